// SourceChoices: the filter choices of a database are split the way the reader matches them, so
// every offered choice finds the definitions that carry it, and bad sources get the reader's
// own messages.

#include "DefinitionReader.h"
#include "SourceChoices.h"
#include "TestSupport.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace defex;

namespace {

qint64 countWith(const QString &db, const ExportFilters &filters)
{
    ExportRequest r;
    r.database = db;
    r.filters = filters;
    DefinitionReader reader(r);
    ExportError e;
    qint64 n = -1;
    if (!reader.open(&e) || !reader.count(&n, &e))
        qWarning("%s", qPrintable(e.message));
    return n;
}

} // namespace

class TestSourceChoices : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void contextsAreSplitLikeTheFilter();
    void everyChoiceMatches();
    void statusesInLifecycleOrder();
    void badSources();
    void checkOnly();

private:
    QTemporaryDir m_dir;
    QString m_db;
};

void TestSourceChoices::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("choices.db"));
    QString error;
    QVERIFY2(TestSupport::createFixtureDatabase(m_db, &error), qPrintable(error));
    // Odd but real shapes: padded and differently cased elements, a legacy string, an empty
    // array, an empty legacy string, a JSON object (not an array: matched as a whole string).
    const QString insert = QStringLiteral(
        "INSERT INTO definities (begrip, definitie, categorie, organisatorische_context, "
        "juridische_context, status, created_at, updated_at) VALUES ('%1', 'tekst', '%2', '%3', "
        "'%4', '%5', '2025-01-01', '2025-01-01')");
    const QStringList rows = {
        insert.arg(QStringLiteral("a"), QStringLiteral("ENT"),
                   QStringLiteral("[\" om \", \"Politie\"]"), QStringLiteral("[\"Strafrecht\"]"),
                   QStringLiteral("established")),
        insert.arg(QStringLiteral("b"), QStringLiteral("ENT"), QStringLiteral("  Politie  "),
                   QStringLiteral("[]"), QStringLiteral("imported")),
        insert.arg(QStringLiteral("c"), QStringLiteral("ACT"), QStringLiteral(""),
                   QStringLiteral("{\"rechtsgebied\": \"civiel\"}"), QStringLiteral("archived")),
        insert.arg(QStringLiteral("d"), QStringLiteral("type"),
                   QStringLiteral("[\"Justitiële Jeugdinrichtingen\"]"),
                   QStringLiteral("strafrecht"), QStringLiteral("draft")),
    };
    for (const QString &sql : rows)
        QVERIFY2(TestSupport::execSql(m_db, sql, &error), qPrintable(error));
}

void TestSourceChoices::contextsAreSplitLikeTheFilter()
{
    const SourceChoices c = SourceChoices::read(m_db);
    QVERIFY2(c.ok(), qPrintable(c.error.message));
    QCOMPARE(c.database, m_db);
    // "OM" and " om " are one choice (the filter ignores case and padding); "Politie" from an
    // array and from a legacy string is one; the empty values are no choice.
    QCOMPARE(c.organisatorischeContexts,
             QStringList({ QStringLiteral("Justitiële Jeugdinrichtingen"), QStringLiteral("KMAR"),
                           QStringLiteral("OM"), QStringLiteral("Politie"),
                           QStringLiteral("Strafrechtketen") }));
    QCOMPARE(c.juridischeContexts,
             QStringList({ QStringLiteral("Bestuursrecht"), QStringLiteral("Strafrecht"),
                           QStringLiteral("{\"rechtsgebied\": \"civiel\"}") }));
}

void TestSourceChoices::everyChoiceMatches()
{
    const SourceChoices c = SourceChoices::read(m_db);
    for (const QString &org : c.organisatorischeContexts) {
        ExportFilters f;
        f.organisatorischeContext = org;
        QVERIFY2(countWith(m_db, f) > 0, qPrintable(org));
    }
    for (const QString &jur : c.juridischeContexts) {
        ExportFilters f;
        f.juridischeContext = jur;
        QVERIFY2(countWith(m_db, f) > 0, qPrintable(jur));
    }
    ExportFilters politie;
    politie.organisatorischeContext = QStringLiteral("Politie");
    QCOMPARE(countWith(m_db, politie), 2); // the array element and the legacy string
    qint64 sum = 0;
    for (const SourceChoice &s : c.categories) {
        ExportFilters f;
        f.categories = { s.value };
        QCOMPARE(countWith(m_db, f), s.count);
        sum += s.count;
    }
    QCOMPARE(sum, countWith(m_db, {}));
}

void TestSourceChoices::statusesInLifecycleOrder()
{
    const SourceChoices c = SourceChoices::read(m_db);
    QStringList values;
    qint64 sum = 0;
    for (const SourceChoice &s : c.statuses) {
        values << s.value;
        sum += s.count;
    }
    QCOMPARE(
        values,
        QStringList({ QStringLiteral("imported"), QStringLiteral("draft"), QStringLiteral("review"),
                      QStringLiteral("established"), QStringLiteral("archived") }));
    QCOMPARE(c.statuses.at(3), (SourceChoice { QStringLiteral("established"), 2 }));
    QCOMPARE(sum, countWith(m_db, {}));
}

void TestSourceChoices::badSources()
{
    const QString missing = m_dir.filePath(QStringLiteral("weg.db"));
    SourceChoices c = SourceChoices::read(missing);
    QVERIFY(!c.ok());
    QCOMPARE(c.error.kind, ErrorKind::BadInput);
    QVERIFY(c.error.message.contains(QStringLiteral("does not exist")));
    QVERIFY(c.statuses.isEmpty() && c.organisatorischeContexts.isEmpty());

    // An older schema without status and contexts: no choices for them, no error.
    const QString old = m_dir.filePath(QStringLiteral("oud.db"));
    QVERIFY(TestSupport::execSql(
        old,
        QStringLiteral("CREATE TABLE definities (id INTEGER PRIMARY KEY, "
                       "begrip TEXT, definitie TEXT, categorie TEXT);\n"
                       "INSERT INTO definities VALUES (1, 'x', 'y', 'type')")));
    c = SourceChoices::read(old);
    QVERIFY2(c.ok(), qPrintable(c.error.message));
    QVERIFY(c.statuses.isEmpty());
    QVERIFY(c.organisatorischeContexts.isEmpty());
    QCOMPARE(c.categories, (QList<SourceChoice> { { QStringLiteral("type"), 1 } }));
}

// The quick check judges the source without reading the lists; read() is complete.
void TestSourceChoices::checkOnly()
{
    const SourceChoices checked = SourceChoices::check(m_db);
    QVERIFY(checked.ok());
    QVERIFY(!checked.complete);
    QVERIFY(checked.statuses.isEmpty() && checked.categories.isEmpty()
            && checked.organisatorischeContexts.isEmpty() && checked.juridischeContexts.isEmpty());
    const SourceChoices read = SourceChoices::read(m_db);
    QVERIFY(read.complete);
    QCOMPARE(read.categories.size(), 6); // the fixture's four, ENT and ACT
    const SourceChoices bad = SourceChoices::check(m_dir.filePath(QStringLiteral("weg.db")));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error.message,
             SourceChoices::read(m_dir.filePath(QStringLiteral("weg.db"))).error.message);
}

QTEST_GUILESS_MAIN(TestSourceChoices)
#include "tst_sourcechoices.moc"
