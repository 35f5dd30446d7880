// ExportRequest: validation and the JSON round trip the queue relies on.

#include "ExportRequest.h"

#include <QJsonDocument>
#include <QTest>

using namespace defex;

Q_DECLARE_METATYPE(defex::ExportRequest)

class TestExportRequest final : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void validate_data();
    void validate();
    void rejectsUnknownVersionAndFormat();
    void namesAndExtensions();
};

static ExportRequest baseRequest()
{
    ExportRequest r;
    r.database = QStringLiteral("/data/definities.db");
    r.output = QStringLiteral("/tmp/out.csv");
    return r;
}

void TestExportRequest::roundTrip_data()
{
    QTest::addColumn<ExportRequest>("request");
    QTest::newRow("defaults") << baseRequest();

    ExportRequest full = baseRequest();
    full.format = Format::Xlsx;
    full.level = Level::Compleet;
    full.gzip = true;
    full.filters.statuses = {QStringLiteral("established"), QStringLiteral("review")};
    full.filters.categories = {QStringLiteral("type")};
    full.filters.organisatorischeContext = QStringLiteral("Strafrechtketen");
    full.filters.juridischeContext = QStringLiteral("Strafrecht");
    full.filters.createdFrom = QDate(2024, 1, 1);
    full.filters.createdTo = QDate(2024, 12, 31);
    full.filters.updatedFrom = QDate(2025, 2, 1);
    full.filters.updatedTo = QDate(2025, 3, 1);
    full.filters.minScore = 0.75;
    full.filters.search = QStringLiteral("verdachte \"quoted\" ë");
    full.csv.delimiter = '\t';
    full.csv.byteOrderMark = false;
    full.csv.neutraliseFormulas = false;
    full.description = QStringLiteral("Vastgestelde definities – Excel");
    full.timestamp = QDateTime(QDate(2026, 12, 3), QTime(14, 5, 6, 789), Qt::UTC);
    QTest::newRow("everything") << full;

    ExportRequest zeroScore = baseRequest();
    zeroScore.filters.minScore = 0.0;
    QTest::newRow("score zero is kept, not dropped") << zeroScore;
}

void TestExportRequest::roundTrip()
{
    QFETCH(ExportRequest, request);
    const QByteArray json = QJsonDocument(request.toJson()).toJson();
    QString error = QStringLiteral("unset");
    const ExportRequest back = ExportRequest::fromJson(QJsonDocument::fromJson(json).object(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(back == request);
    QCOMPARE(back.filters.minScore.has_value(), request.filters.minScore.has_value());
}

void TestExportRequest::validate_data()
{
    QTest::addColumn<ExportRequest>("request");
    QTest::addColumn<QString>("expectedPart"); // empty: valid

    QTest::newRow("valid") << baseRequest() << QString();
    ExportRequest r = baseRequest();
    r.database.clear();
    QTest::newRow("no database") << r << QStringLiteral("source database");
    r = baseRequest();
    r.output.clear();
    QTest::newRow("no output") << r << QStringLiteral("output");
    r = baseRequest();
    r.csv.delimiter = '|';
    QTest::newRow("bad delimiter") << r << QStringLiteral("delimiter");
    r = baseRequest();
    r.filters.createdFrom = QDate(2025, 2, 1);
    r.filters.createdTo = QDate(2025, 1, 1);
    QTest::newRow("created range reversed") << r << QStringLiteral("created-from");
    r = baseRequest();
    r.filters.updatedFrom = QDate(2025, 2, 1);
    r.filters.updatedTo = QDate(2025, 1, 1);
    QTest::newRow("updated range reversed") << r << QStringLiteral("updated-from");
    r = baseRequest();
    r.filters.createdFrom = QDate(2025, 1, 1);
    r.filters.createdTo = QDate(2025, 1, 1);
    QTest::newRow("one-day range") << r << QString();
    r = baseRequest();
    r.filters.minScore = 1.5;
    QTest::newRow("score above 1") << r << QStringLiteral("between 0 and 1");
    r = baseRequest();
    r.filters.minScore = -0.1;
    QTest::newRow("negative score") << r << QStringLiteral("between 0 and 1");
}

void TestExportRequest::validate()
{
    QFETCH(ExportRequest, request);
    QFETCH(QString, expectedPart);
    const QString message = request.validate();
    if (expectedPart.isEmpty())
        QVERIFY2(message.isEmpty(), qPrintable(message));
    else
        QVERIFY2(message.contains(expectedPart), qPrintable(message));
}

void TestExportRequest::rejectsUnknownVersionAndFormat()
{
    QJsonObject o = baseRequest().toJson();
    o.insert(QStringLiteral("version"), 99);
    QString error;
    ExportRequest::fromJson(o, &error);
    QVERIFY(error.contains(QStringLiteral("version")));

    o = baseRequest().toJson();
    o.insert(QStringLiteral("format"), QStringLiteral("pdf"));
    ExportRequest::fromJson(o, &error);
    QVERIFY(error.contains(QStringLiteral("format")));
}

void TestExportRequest::namesAndExtensions()
{
    Format f;
    QVERIFY(formatFromName(QStringLiteral("XLSX"), &f));
    QCOMPARE(f, Format::Xlsx);
    QVERIFY(!formatFromName(QStringLiteral("xls"), &f));
    Level l;
    QVERIFY(levelFromName(QStringLiteral("Uitgebreid"), &l));
    QCOMPARE(l, Level::Uitgebreid);
    QVERIFY(!levelFromName(QStringLiteral("extended"), &l));
    QCOMPARE(fileExtension(Format::Csv, true), QStringLiteral(".csv.gz"));
    QCOMPARE(fileExtension(Format::Txt, false), QStringLiteral(".txt"));
}

QTEST_GUILESS_MAIN(TestExportRequest)
#include "tst_exportrequest.moc"
