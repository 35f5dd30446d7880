// DefinitionReader: every filter, the count, keyset paging and example aggregation per batch.

#include "DefinitionReader.h"
#include "TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace defex;

Q_DECLARE_METATYPE(defex::ExportFilters)

class TestFilters final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void filters_data();
    void filters();
    void examplesFollowTheirDefinition_data();
    void examplesFollowTheirDefinition();
    void resumeAfterId();
    void rowsAddedLaterAreNotExported();

private:
    QList<qint64> readIds(const ExportFilters &f, int batchSize, qint64 *counted);
    QTemporaryDir m_dir;
    QString m_db;
};

void TestFilters::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("fixture.db"));
    QString error;
    QVERIFY2(TestSupport::createFixtureDatabase(m_db, &error), qPrintable(error));
}

QList<qint64> TestFilters::readIds(const ExportFilters &f, int batchSize, qint64 *counted)
{
    ExportRequest r;
    r.database = m_db;
    r.filters = f;
    DefinitionReader reader(r);
    reader.setBatchSize(batchSize);
    ExportError error;
    if (!reader.open(&error) || !reader.count(counted, &error)) {
        qWarning() << error.message;
        return {-1};
    }
    QList<qint64> ids;
    RowBatch batch;
    while (reader.next(batch, &error) && !batch.isEmpty()) {
        for (int i = 0; i < batch.rowCount(); ++i)
            ids << batch.id(i);
    }
    if (error.isError())
        return {-2};
    return ids;
}

void TestFilters::filters_data()
{
    QTest::addColumn<ExportFilters>("filters");
    QTest::addColumn<QList<qint64>>("expected");

    auto f = [] { return ExportFilters{}; };
    QTest::newRow("none") << f() << QList<qint64>{1, 2, 3, 5};
    ExportFilters x = f();
    x.statuses = {QStringLiteral("established")};
    QTest::newRow("status") << x << QList<qint64>{1};
    x.statuses = {QStringLiteral("draft"), QStringLiteral("archived")};
    QTest::newRow("two statuses") << x << QList<qint64>{2, 5};
    x = f();
    x.categories = {QStringLiteral("type"), QStringLiteral("OTH")};
    QTest::newRow("categories") << x << QList<qint64>{1, 5};
    x = f();
    x.organisatorischeContext = QStringLiteral("Strafrechtketen");
    QTest::newRow("org context: array element and legacy string") << x << QList<qint64>{1, 2};
    x.organisatorischeContext = QStringLiteral("strafrechtketen");
    QTest::newRow("org context ignores case") << x << QList<qint64>{1, 2};
    x.organisatorischeContext = QStringLiteral("OM");
    QTest::newRow("org context second element") << x << QList<qint64>{1};
    x.organisatorischeContext = QStringLiteral("Straf");
    QTest::newRow("org context is not a substring match") << x << QList<qint64>{};
    x = f();
    x.juridischeContext = QStringLiteral("Strafrecht");
    QTest::newRow("jur context") << x << QList<qint64>{1, 3};
    x = f();
    x.createdFrom = QDate(2024, 1, 5);
    QTest::newRow("created from, inclusive") << x << QList<qint64>{1, 2};
    x = f();
    x.createdTo = QDate(2023, 3, 3);
    QTest::newRow("created to, ISO T timestamps") << x << QList<qint64>{3, 5};
    x = f();
    x.updatedFrom = QDate(2025, 1, 1);
    x.updatedTo = QDate(2025, 1, 1);
    QTest::newRow("updated on one day") << x << QList<qint64>{3};
    x = f();
    x.minScore = 0.92;
    QTest::newRow("min score") << x << QList<qint64>{1, 3};
    x.minScore = 0.0;
    QTest::newRow("min score 0 drops NULL scores") << x << QList<qint64>{1, 3, 5};
    x = f();
    x.search = QStringLiteral("VERDACHTE");
    QTest::newRow("search begrip, any case") << x << QList<qint64>{1};
    x.search = QStringLiteral("CAFÉ, NAÏEF");
    QTest::newRow("search folds accented capitals") << x << QList<qint64>{3};
    x.search = QStringLiteral("landnummer");
    QTest::newRow("search definitie") << x << QList<qint64>{5};
    x.search = QStringLiteral("%");
    QTest::newRow("search wildcard is literal") << x << QList<qint64>{};
    x.search = QStringLiteral("A1:A2");
    QTest::newRow("search with colon") << x << QList<qint64>{2};
    x = f();
    x.statuses = {QStringLiteral("established"), QStringLiteral("review")};
    x.juridischeContext = QStringLiteral("Strafrecht");
    x.minScore = 0.95;
    QTest::newRow("combined") << x << QList<qint64>{3};
}

void TestFilters::filters()
{
    QFETCH(ExportFilters, filters);
    QFETCH(QList<qint64>, expected);
    for (int batchSize : {1, 2, 1000}) {
        qint64 counted = -1;
        QCOMPARE(readIds(filters, batchSize, &counted), expected);
        QCOMPARE(counted, qint64(expected.size()));
    }
}

void TestFilters::examplesFollowTheirDefinition_data()
{
    QTest::addColumn<int>("batchSize");
    QTest::newRow("one per batch") << 1;
    QTest::newRow("all in one batch") << 100;
}

void TestFilters::examplesFollowTheirDefinition()
{
    QFETCH(int, batchSize);
    ExportRequest r;
    r.database = m_db;
    DefinitionReader reader(r);
    reader.setBatchSize(batchSize);
    ExportError error;
    QVERIFY(reader.open(&error));
    RowBatch batch;
    QMap<qint64, QStringList> sentences;
    QMap<qint64, int> explanations;
    std::string scratch;
    QString explanationOfOne;
    while (reader.next(batch, &error) && !batch.isEmpty()) {
        for (int i = 0; i < batch.rowCount(); ++i) {
            QStringList list;
            for (int k = 0; k < batch.exampleCount(i, ExampleType::Sentence); ++k) {
                const auto e = batch.example(i, ExampleType::Sentence, k);
                list << QString::fromUtf8(e.data(), qsizetype(e.size()));
            }
            sentences[batch.id(i)] = list;
            explanations[batch.id(i)] = batch.exampleCount(i, ExampleType::Explanation);
            if (batch.id(i) == 1) {
                const auto t = batch.displayText(i, Column::Toelichting, scratch);
                explanationOfOne = QString::fromUtf8(t.data(), qsizetype(t.size()));
            }
        }
    }
    QVERIFY(!error.isError());
    // Active examples only, in voorbeeld_volgorde order; the orphan of the missing id 4 is not
    // attached to a neighbour.
    QCOMPARE(sentences.value(1), (QStringList{QStringLiteral("De verdachte werd gehoord."),
                                              QStringLiteral("Een tweede zin; met puntkomma.")}));
    QCOMPARE(sentences.value(2), QStringList{});
    QCOMPARE(sentences.value(3), QStringList{QStringLiteral("\"Geciteerd\" voorbeeld")});
    QCOMPARE(sentences.value(5), QStringList{});
    QCOMPARE(explanations.value(1), 2);
    QCOMPARE(explanationOfOne, QStringLiteral("Eerste alinea.\n\nTweede alinea."));
}

void TestFilters::resumeAfterId()
{
    ExportRequest r;
    r.database = m_db;
    DefinitionReader reader(r);
    ExportError error;
    QVERIFY(reader.open(&error));
    reader.setResumeAfterId(2);
    RowBatch batch;
    QVERIFY(reader.next(batch, &error));
    QCOMPARE(batch.rowCount(), 2);
    QCOMPARE(batch.id(0), qint64(3));
    QCOMPARE(batch.id(1), qint64(5));
    QCOMPARE(reader.lastId(), qint64(5));
}

void TestFilters::rowsAddedLaterAreNotExported()
{
    const QString copy = m_dir.filePath(QStringLiteral("copy.db"));
    QVERIFY(QFile::copy(m_db, copy));
    ExportRequest r;
    r.database = copy;
    DefinitionReader reader(r);
    reader.setBatchSize(2);
    ExportError error;
    QVERIFY(reader.open(&error));
    RowBatch batch;
    QVERIFY(reader.next(batch, &error));
    QCOMPARE(batch.rowCount(), 2);
    QVERIFY(TestSupport::execSql(copy, QStringLiteral(
        "INSERT INTO definities (id, begrip, definitie, categorie, created_at, updated_at) "
        "VALUES (99, 'nieuw', 'later toegevoegd', 'type', '2026-01-01', '2026-01-01')")));
    QList<qint64> rest;
    while (reader.next(batch, &error) && !batch.isEmpty()) {
        for (int i = 0; i < batch.rowCount(); ++i)
            rest << batch.id(i);
    }
    QCOMPARE(rest, (QList<qint64>{3, 5}));
    QCOMPARE(reader.upperBoundId(), qint64(5));
}

QTEST_GUILESS_MAIN(TestFilters)
#include "tst_filters.moc"
