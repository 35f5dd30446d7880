// Every format x level on the small fixture database, with exact expected output
// (tests/data/expected, reviewed by hand), gzip variants, and XLSX read back by openpyxl.

#include "Exporter.h"
#include "TestSupport.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace defex;

Q_DECLARE_METATYPE(defex::Format)
Q_DECLARE_METATYPE(defex::Level)

class TestExportFormats final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exactOutput_data();
    void exactOutput();
    void gzipDecompressesToPlain_data();
    void gzipDecompressesToPlain();
    void jsonFields();
    void xlsxMatchesCsv_data();
    void xlsxMatchesCsv();
    void filesArePrivate();
    void progressIsReported();
    void refusesToReplaceLinks();

private:
    ExportResult exportTo(Format f, Level l, bool gzip, const QString &out);
    QTemporaryDir m_dir;
    QString m_db;
};

static const QDateTime kTimestamp(QDate(2026, 12, 3), QTime(14, 0), Qt::UTC);

// A minimal RFC 4180 reader for the expected CSV (';', quotes doubled, CRLF records).
static QList<QStringList> parseCsv(QString text)
{
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(';')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

void TestExportFormats::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("fixture.db"));
    QString error;
    QVERIFY2(TestSupport::createFixtureDatabase(m_db, &error), qPrintable(error));
}

ExportResult TestExportFormats::exportTo(Format f, Level l, bool gzip, const QString &out)
{
    ExportRequest r;
    r.database = m_db;
    r.output = out;
    r.format = f;
    r.level = l;
    r.gzip = gzip;
    r.timestamp = kTimestamp;
    Exporter exporter(r);
    exporter.setBatchSize(2); // several batches even on the small fixture
    return exporter.run();
}

void TestExportFormats::exactOutput_data()
{
    QTest::addColumn<Format>("format");
    QTest::addColumn<Level>("level");
    for (Format f : {Format::Csv, Format::Json, Format::Txt}) {
        for (Level l : {Level::Basis, Level::Uitgebreid, Level::Compleet}) {
            QTest::addRow("%s-%s", qPrintable(formatName(f)), qPrintable(levelName(l))) << f << l;
        }
    }
}

void TestExportFormats::exactOutput()
{
    QFETCH(Format, format);
    QFETCH(Level, level);
    const QString name = QStringLiteral("fixture_%1%2").arg(levelName(level), fileExtension(format, false));
    const QString out = m_dir.filePath(name);
    const ExportResult result = exportTo(format, level, false, out);
    QVERIFY2(result.ok(), qPrintable(result.error.message));
    QCOMPARE(result.rows, qint64(4));
    QCOMPARE(result.bytes, quint64(QFileInfo(out).size()));
    const QByteArray expected = TestSupport::readFile(QStringLiteral(DEFEX_TEST_DATA "/expected/") + name);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(TestSupport::readFile(out), expected);
    QVERIFY(!QFileInfo::exists(out + QStringLiteral(".part")));
}

void TestExportFormats::gzipDecompressesToPlain_data()
{
    QTest::addColumn<Format>("format");
    for (Format f : {Format::Csv, Format::Json, Format::Txt, Format::Xlsx})
        QTest::addRow("%s", qPrintable(formatName(f))) << f;
}

void TestExportFormats::gzipDecompressesToPlain()
{
    QFETCH(Format, format);
    const QString plain = m_dir.filePath(QStringLiteral("plain") + fileExtension(format, false));
    const QString packed = m_dir.filePath(QStringLiteral("packed") + fileExtension(format, true));
    QVERIFY(exportTo(format, Level::Compleet, false, plain).ok());
    const ExportResult r = exportTo(format, Level::Compleet, true, packed);
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QCOMPARE(r.bytes, quint64(QFileInfo(packed).size()));
    const auto test = TestSupport::run(QStringLiteral("gzip"), {QStringLiteral("-t"), packed});
    QVERIFY2(test.exitCode == 0, test.err.constData());
    const auto unpacked = TestSupport::run(QStringLiteral("gzip"), {QStringLiteral("-dc"), packed});
    QCOMPARE(unpacked.exitCode, 0);
    QCOMPARE(unpacked.out, TestSupport::readFile(plain));
}

void TestExportFormats::jsonFields()
{
    const QString out = m_dir.filePath(QStringLiteral("fields.json"));
    QVERIFY(exportTo(Format::Json, Level::Basis, false, out).ok());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(TestSupport::readFile(out), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject info = doc.object().value(QStringLiteral("export_info")).toObject();
    QCOMPARE(info.value(QStringLiteral("total_definitions")).toInt(), 4);
    QCOMPARE(info.value(QStringLiteral("format")).toString(), QStringLiteral("json"));
    QCOMPARE(info.value(QStringLiteral("export_timestamp")).toString(),
             QStringLiteral("2026-12-03T14:00:00.000000+00:00"));
    const QJsonArray defs = doc.object().value(QStringLiteral("definities")).toArray();
    QCOMPARE(defs.size(), 4);
    const QJsonObject first = defs.at(0).toObject();
    QVERIFY(!first.contains(QStringLiteral("id"))); // basis has no id, like the app's export
    QCOMPARE(first.value(QStringLiteral("begrip")).toString(), QStringLiteral("verdachte"));
    QCOMPARE(first.value(QStringLiteral("validation_score")).toDouble(), 0.92);
    QCOMPARE(first.value(QStringLiteral("context")).toObject().value(QStringLiteral("organisatorische_context")).toString(),
             QStringLiteral("[\"Strafrechtketen\",\"OM\"]"));
    const QJsonObject examples = first.value(QStringLiteral("voorbeelden")).toObject();
    QCOMPARE(examples.value(QStringLiteral("voorbeeld_zinnen")).toArray().size(), 2);
    QCOMPARE(examples.value(QStringLiteral("praktijkvoorbeelden")).toArray().at(0).toString(),
             QStringLiteral("Aanhouding op heterdaad.\nTweede regel."));
    const QJsonObject lang = first.value(QStringLiteral("taalkundig")).toObject();
    QCOMPARE(lang.value(QStringLiteral("synoniemen")).toString(), QStringLiteral("beschuldigde, verdacht persoon"));
    QCOMPARE(lang.value(QStringLiteral("toelichting")).toString(), QStringLiteral("Eerste alinea.\n\nTweede alinea."));
    const QJsonObject second = defs.at(1).toObject();
    QCOMPARE(second.value(QStringLiteral("begrip")).toString(), QStringLiteral("=SUM(A1:A2)")); // no apostrophe in JSON
    QVERIFY(second.value(QStringLiteral("validation_score")).isNull());
    QCOMPARE(second.value(QStringLiteral("voorkeursterm")).toString(), QString());
    QCOMPARE(second.value(QStringLiteral("context")).toObject().value(QStringLiteral("organisatorische_context")).toString(),
             QStringLiteral("Strafrechtketen"));
    QCOMPARE(defs.at(2).toObject().value(QStringLiteral("begrip")).toString(),
             QStringLiteral("rechtspersoonlijkheid ") + QString::fromUcs4(U"\U0001F4DC"));
}

void TestExportFormats::xlsxMatchesCsv_data()
{
    QTest::addColumn<Level>("level");
    for (Level l : {Level::Basis, Level::Uitgebreid, Level::Compleet})
        QTest::addRow("%s", qPrintable(levelName(l))) << l;
}

void TestExportFormats::xlsxMatchesCsv()
{
    QFETCH(Level, level);
    const QString xlsx = m_dir.filePath(QStringLiteral("cmp-%1.xlsx").arg(levelName(level)));
    const ExportResult written = exportTo(Format::Xlsx, level, false, xlsx);
    QVERIFY2(written.ok(), qPrintable(written.error.message));
    const auto read = TestSupport::run(QStringLiteral("/usr/bin/python3"),
                                       {TestSupport::toolsDir() + QStringLiteral("/read_xlsx.py"), xlsx});
    QVERIFY2(read.exitCode == 0, read.err.constData());
    const QJsonObject book = QJsonDocument::fromJson(read.out).object();
    const QJsonArray sheets = book.value(QStringLiteral("sheets")).toArray();
    QCOMPARE(sheets.size(), 1);
    const QJsonObject sheet = sheets.at(0).toObject();
    QCOMPARE(sheet.value(QStringLiteral("name")).toString(), QStringLiteral("Definities"));
    QCOMPARE(sheet.value(QStringLiteral("frozen")).toString(), QStringLiteral("A2"));
    QVERIFY(sheet.value(QStringLiteral("header_bold")).toBool());
    QVERIFY(!sheet.value(QStringLiteral("autofilter")).toString().isEmpty());

    const QList<QStringList> csv = parseCsv(QString::fromUtf8(TestSupport::readFile(
        QStringLiteral(DEFEX_TEST_DATA "/expected/fixture_%1.csv").arg(levelName(level)))));
    const QJsonArray rows = sheet.value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(), csv.size());
    for (int r = 0; r < rows.size(); ++r) {
        const QJsonArray cells = rows.at(r).toArray();
        QCOMPARE(cells.size(), csv.at(r).size());
        for (int c = 0; c < cells.size(); ++c) {
            const QJsonObject cell = cells.at(c).toObject();
            QString expected = csv.at(r).at(c);
            const QString type = cell.value(QStringLiteral("t")).toString();
            QVERIFY2(type != QLatin1String("f"), "no cell may be a formula");
            if (type == QLatin1String("n") && !cell.value(QStringLiteral("v")).isNull()) {
                QCOMPARE(cell.value(QStringLiteral("v")).toDouble(), expected.toDouble());
                continue;
            }
            // CSV neutralises formulas with an apostrophe; XLSX keeps text as text instead.
            if (expected.startsWith(QLatin1Char('\'')))
                expected.remove(0, 1);
            QCOMPARE(cell.value(QStringLiteral("v")).toString(), expected);
        }
    }
}

void TestExportFormats::filesArePrivate()
{
    for (Format f : {Format::Csv, Format::Xlsx}) {
        const QString out = m_dir.filePath(QStringLiteral("private") + fileExtension(f, false));
        QVERIFY(exportTo(f, Level::Basis, false, out).ok());
        struct stat st;
        QCOMPARE(::stat(QFile::encodeName(out).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, mode_t(0600));
    }
}

void TestExportFormats::progressIsReported()
{
    ExportRequest r;
    r.database = m_db;
    r.output = m_dir.filePath(QStringLiteral("progress.csv"));
    Exporter exporter(r);
    exporter.setBatchSize(1);
    QList<qint64> done;
    qint64 total = -1;
    exporter.setProgressHandler([&](const ExportProgress &p) {
        done << p.rowsDone;
        total = p.rowsTotal;
    });
    QVERIFY(exporter.run().ok());
    // Once at the start, once per batch, once at the end; never backwards, never past the total.
    QCOMPARE(done, (QList<qint64>{0, 1, 2, 3, 4, 4}));
    QCOMPARE(total, qint64(4));
}

void TestExportFormats::refusesToReplaceLinks()
{
    // A rename over a symbolic link would replace the link, not write where it points.
    const QString target = m_dir.filePath(QStringLiteral("target.csv"));
    QFile t(target);
    QVERIFY(t.open(QIODevice::WriteOnly));
    t.write("keep me");
    t.close();
    const QString link = m_dir.filePath(QStringLiteral("link.csv"));
    QVERIFY(QFile::link(target, link));
    const ExportResult r = exportTo(Format::Csv, Level::Basis, false, link);
    QCOMPARE(r.error.kind, ErrorKind::Output);
    QVERIFY2(r.error.message.contains(QStringLiteral("not a regular file")), qPrintable(r.error.message));
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(TestSupport::readFile(target), QByteArray("keep me"));
    QVERIFY(!QFileInfo::exists(link + QStringLiteral(".part")));
}

QTEST_GUILESS_MAIN(TestExportFormats)
#include "tst_exportformats.moc"
