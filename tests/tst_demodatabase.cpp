// The demo database generator: schema, row counts, determinism, content coverage and ranges,
// and its refusals (existing file, unwritable folder).

#include "DemoDatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace defex;

namespace {

// Opens a QSQLITE connection under a unique name and removes it again when it goes away.
class Connection
{
public:
    explicit Connection(const QString &path)
        : m_name(QStringLiteral("tst_demodatabase_%1").arg(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_ok = db.open();
    }
    ~Connection() { QSqlDatabase::removeDatabase(m_name); }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    bool isOpen() const { return m_ok; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    // The first column of the first row of `sql`; an invalid QVariant when the query fails.
    QVariant value(const QString &sql) const
    {
        QSqlQuery query(db());
        if (!query.exec(sql) || !query.next()) {
            qWarning("query failed: %s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
            return {};
        }
        return query.value(0);
    }
    qint64 count(const QString &sql) const { return value(sql).toLongLong(); }

    // SHA-256 over every column of every row of the table, in id order.
    QByteArray tableHash(const QString &table) const
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        QSqlQuery query(db());
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table)))
            return {};
        while (query.next()) {
            for (int c = 0; c < query.record().count(); ++c) {
                const QVariant v = query.value(c);
                hash.addData(v.isNull() ? QByteArrayLiteral("\x01NULL") : v.toString().toUtf8());
                hash.addData(QByteArrayView("\x00", 1));
            }
            hash.addData(QByteArrayView("\n", 1));
        }
        return hash.result();
    }

private:
    static inline int s_counter = 0;
    QString m_name;
    bool m_ok = false;
};

QStringList distinctValues(const Connection &c, const QString &sql)
{
    QStringList values;
    QSqlQuery query(c.db());
    if (query.exec(sql)) {
        while (query.next())
            values << query.value(0).toString();
    }
    values.sort();
    return values;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

class TestDemoDatabase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void schema();
    void updateTriggerWritesHistory();
    void rowCountAndProgress();
    void emptyDatabase();
    void deterministic();
    void coversEveryValue();
    void contexts();
    void textLengths();
    void timestamps();
    void refusesExistingFile();
    void unwritableFolder();

private:
    QString demoPath(const QString &name) const { return m_dir.filePath(name); }
    QString m_db2000; // one 2,000-row database shared by the read-only tests
    QTemporaryDir m_dir;
};

void TestDemoDatabase::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db2000 = demoPath(QStringLiteral("demo2000.db"));
    DemoOptions options;
    options.rows = 2000;
    options.seed = 1;
    QString error;
    QVERIFY2(createDemoDatabase(m_db2000, options, &error), qPrintable(error));
    QVERIFY(error.isEmpty());
    QVERIFY(!QFile::exists(m_db2000 + QStringLiteral(".part")));
}

void TestDemoDatabase::schema()
{
    Connection c(m_db2000);
    QVERIFY(c.isOpen());
    const QStringList tables
        = distinctValues(c, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
    for (const char *table :
         { "definities", "definitie_voorbeelden", "definitie_geschiedenis", "import_export_logs" })
        QVERIFY2(tables.contains(QLatin1String(table)), table);

    // SCHEMA.md: indexes on begrip, (organisatorische_context, juridische_context), status,
    // categorie, created_at, datum_voorstel.
    const QStringList indexed
        = distinctValues(c,
                         QStringLiteral("SELECT group_concat(ii.name, ',') FROM sqlite_master m, "
                                        "pragma_index_info(m.name) ii WHERE m.type = 'index' "
                                        "AND m.tbl_name = 'definities' GROUP BY m.name"));
    for (const char *columns : { "begrip", "organisatorische_context,juridische_context", "status",
                                 "categorie", "created_at", "datum_voorstel" })
        QVERIFY2(indexed.contains(QLatin1String(columns)), columns);

    QCOMPARE(c.count(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
                                    "AND tbl_name = 'definities' AND sql LIKE '%UPDATE%'")),
             1);
    QCOMPARE(c.value(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("delete"));
    QCOMPARE(c.value(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    QCOMPARE(c.count(QStringLiteral("SELECT count(*) FROM import_export_logs")), 3);
}

void TestDemoDatabase::updateTriggerWritesHistory()
{
    const QString copy = demoPath(QStringLiteral("trigger-copy.db"));
    QVERIFY(QFile::copy(m_db2000, copy));
    Connection c(copy);
    QVERIFY(c.isOpen());
    QCOMPARE(c.count(QStringLiteral("SELECT count(*) FROM definitie_geschiedenis")), 0);
    QSqlQuery update(c.db());
    QVERIFY2(
        update.exec(QStringLiteral("UPDATE definities SET definitie = definitie || ' (herzien)', "
                                   "updated_by = 'tester' WHERE id = 7")),
        qPrintable(update.lastError().text()));
    QCOMPARE(c.count(QStringLiteral("SELECT count(*) FROM definitie_geschiedenis "
                                    "WHERE definitie_id = 7 AND wijziging_type = 'updated' "
                                    "AND gewijzigd_door = 'tester' "
                                    "AND definitie_nieuwe_waarde LIKE '% (herzien)'")),
             1);
}

void TestDemoDatabase::rowCountAndProgress()
{
    const QString path = demoPath(QStringLiteral("count.db"));
    DemoOptions options;
    options.rows = 1234;
    options.seed = 7;
    QList<QPair<qint64, qint64>> reports;
    QString error;
    QVERIFY2(createDemoDatabase(path, options, &error,
                                [&](qint64 done, qint64 total) {
                                    reports.append({ done, total });
                                }),
             qPrintable(error));
    Connection c(path);
    QCOMPARE(c.count(QStringLiteral("SELECT count(*) FROM definities")), 1234);
    QCOMPARE(c.count(QStringLiteral("SELECT max(id) FROM definities")), 1234);
    QVERIFY(c.count(QStringLiteral("SELECT count(*) FROM definitie_voorbeelden")) > 1234 * 3);

    QVERIFY(reports.size() >= 2);
    QCOMPARE(reports.last(), qMakePair(qint64(1234), qint64(1234)));
    for (int i = 1; i < reports.size(); ++i)
        QVERIFY(reports[i].first > reports[i - 1].first);
}

void TestDemoDatabase::emptyDatabase()
{
    const QString path = demoPath(QStringLiteral("empty.db"));
    DemoOptions options;
    options.rows = 0;
    QString error;
    QVERIFY2(createDemoDatabase(path, options, &error), qPrintable(error));
    Connection c(path);
    QCOMPARE(c.count(QStringLiteral("SELECT count(*) FROM definities")), 0);

    options.rows = -1;
    QVERIFY(!createDemoDatabase(demoPath(QStringLiteral("negative.db")), options, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(demoPath(QStringLiteral("negative.db"))));
}

void TestDemoDatabase::deterministic()
{
    const QString again = demoPath(QStringLiteral("again.db"));
    const QString other = demoPath(QStringLiteral("other.db"));
    DemoOptions options;
    options.rows = 2000;
    options.seed = 1;
    QString error;
    QVERIFY2(createDemoDatabase(again, options, &error), qPrintable(error));
    options.seed = 2;
    QVERIFY2(createDemoDatabase(other, options, &error), qPrintable(error));

    Connection first(m_db2000), second(again), third(other);
    for (const char *table : { "definities", "definitie_voorbeelden", "import_export_logs" }) {
        const QString name = QLatin1String(table);
        const QByteArray hash = first.tableHash(name);
        QVERIFY(!hash.isEmpty());
        QCOMPARE(second.tableHash(name), hash);
        QVERIFY2(third.tableHash(name) != hash, table);
    }
}

void TestDemoDatabase::coversEveryValue()
{
    Connection c(m_db2000);
    QCOMPARE(distinctValues(c, QStringLiteral("SELECT DISTINCT status FROM definities")),
             sorted({ QStringLiteral("imported"), QStringLiteral("draft"), QStringLiteral("review"),
                      QStringLiteral("established"), QStringLiteral("archived") }));
    QCOMPARE(distinctValues(c, QStringLiteral("SELECT DISTINCT categorie FROM definities")),
             sorted(QStringLiteral("type,proces,resultaat,exemplaar,ENT,ACT,REL,ATT,AUT,STA,OTH")
                        .split(QLatin1Char(','))));
    QCOMPARE(distinctValues(c,
                            QStringLiteral("SELECT DISTINCT ufo_categorie FROM definities "
                                           "WHERE ufo_categorie IS NOT NULL")),
             sorted(QStringLiteral("Kind,Event,Role,Phase,Relator,Mode,Quantity,Quality,Subkind,"
                                   "Category,Mixin,RoleMixin,PhaseMixin,Abstract,Relatie,"
                                   "Event Composition")
                        .split(QLatin1Char(','))));
    QVERIFY(c.count(QStringLiteral("SELECT count(*) FROM definities WHERE ufo_categorie IS NULL"))
            > 0);
    QCOMPARE(distinctValues(c, QStringLiteral("SELECT DISTINCT source_type FROM definities")),
             sorted({ QStringLiteral("generated"), QStringLiteral("imported"),
                      QStringLiteral("manual") }));
    QCOMPARE(distinctValues(
                 c, QStringLiteral("SELECT DISTINCT voorbeeld_type FROM definitie_voorbeelden")),
             sorted(QStringLiteral("sentence,practical,counter,synonyms,antonyms,explanation")
                        .split(QLatin1Char(','))));

    // ~4-5 examples per definition, ~10% inactive, volgorde 1..n without gaps per type.
    const qint64 examples = c.count(QStringLiteral("SELECT count(*) FROM definitie_voorbeelden"));
    QVERIFY2(examples >= 2000 * 4 && examples <= 2000 * 5, qPrintable(QString::number(examples)));
    const qint64 inactive
        = c.count(QStringLiteral("SELECT count(*) FROM definitie_voorbeelden WHERE actief = 0"));
    QVERIFY(inactive > examples / 20 && inactive < examples / 6);
    QCOMPARE(c.count(QStringLiteral("SELECT count(*) FROM (SELECT definitie_id, voorbeeld_type, "
                                    "count(*) AS n, max(voorbeeld_volgorde) AS m FROM "
                                    "definitie_voorbeelden GROUP BY 1, 2) WHERE n != m")),
             0);
    QCOMPARE(c.count(QStringLiteral("SELECT count(*) FROM definitie_voorbeelden v LEFT JOIN "
                                    "definities d ON d.id = v.definitie_id WHERE d.id IS NULL")),
             0);

    // The optional columns are sometimes set and sometimes not.
    for (const char *column : { "voorkeursterm", "previous_version_id", "generation_prompt_data",
                                "datum_voorstel", "validation_score", "approved_by" }) {
        const QString where = QStringLiteral("SELECT count(*) FROM definities WHERE %1 IS NULL")
                                  .arg(QLatin1String(column));
        const qint64 nulls = c.count(where);
        QVERIFY2(nulls > 0 && nulls < 2000, column);
    }
    QCOMPARE(c.count(QStringLiteral("SELECT count(*) FROM definities d WHERE previous_version_id "
                                    "IS NOT NULL AND previous_version_id >= d.id")),
             0);
    QCOMPARE(c.count(QStringLiteral("SELECT count(*) FROM definities WHERE validation_score < 0 "
                                    "OR validation_score > 1 OR round(validation_score, 2) != "
                                    "validation_score")),
             0);
    QCOMPARE(c.count(QStringLiteral("SELECT count(*) FROM definities WHERE generation_prompt_data "
                                    "IS NOT NULL AND NOT json_valid(generation_prompt_data)")),
             0);
}

void TestDemoDatabase::contexts()
{
    Connection c(m_db2000);
    const qint64 legacy = c.count(QStringLiteral(
        "SELECT count(*) FROM definities WHERE NOT json_valid(organisatorische_context)"));
    QVERIFY2(legacy >= 10 && legacy <= 100, qPrintable(QString::number(legacy)));
    QVERIFY(
        c.count(QStringLiteral("SELECT count(*) FROM definities WHERE "
                               "organisatorische_context = 'Strafrechtketen'"))
            + c.count(QStringLiteral("SELECT count(*) FROM definities WHERE "
                                     "juridische_context IN ('Strafrecht', 'Strafprocesrecht')"))
        > 0);
    const qint64 arrays
        = c.count(QStringLiteral("SELECT count(*) FROM definities WHERE CASE WHEN "
                                 "json_valid(organisatorische_context) THEN "
                                 "json_type(organisatorische_context) END = 'array'"));
    QCOMPARE(arrays + legacy, 2000);
    QVERIFY(c.count(QStringLiteral("SELECT count(*) FROM definities WHERE "
                                   "CASE WHEN json_valid(organisatorische_context) THEN "
                                   "json_array_length(organisatorische_context) END >= 2"))
            > 0);
    // Every stored JSON array holds strings only.
    QCOMPARE(
        c.count(QStringLiteral("SELECT count(*) FROM definities d, json_each(d.wettelijke_basis) e "
                               "WHERE e.type != 'text'")),
        0);
    for (const char *column :
         { "wettelijke_basis", "validation_issues", "ketenpartners", "export_destinations" }) {
        const QString sql = QStringLiteral("SELECT count(*) FROM definities WHERE %1 IS NOT NULL "
                                           "AND CASE WHEN json_valid(%1) THEN json_type(%1) "
                                           "END IS NOT 'array'")
                                .arg(QLatin1String(column));
        QVERIFY2(c.count(sql) == 0, column);
    }
    QVERIFY(c.count(QStringLiteral("SELECT count(*) FROM definities WHERE "
                                   "json_array_length(wettelijke_basis) > 0"))
            > 0);
}

void TestDemoDatabase::textLengths()
{
    Connection c(m_db2000);
    QCOMPARE(c.count(QStringLiteral("SELECT count(*) FROM definities "
                                    "WHERE length(begrip) NOT BETWEEN 5 AND 70")),
             0);
    QCOMPARE(c.count(QStringLiteral("SELECT count(*) FROM definities "
                                    "WHERE length(definitie) NOT BETWEEN 60 AND 1200")),
             0);
    QVERIFY(c.count(QStringLiteral("SELECT max(length(definitie)) FROM definities")) > 900);
    QVERIFY(c.count(QStringLiteral("SELECT count(*) FROM definitie_voorbeelden "
                                   "WHERE length(voorbeeld_tekst) > 2000"))
            >= 1);
    QCOMPARE(c.count(QStringLiteral("SELECT count(*) FROM definitie_voorbeelden "
                                    "WHERE length(voorbeeld_tekst) = 0")),
             0);

    // The texts carry what exporters must get right.
    const auto some = [&](const QString &where) {
        return c.count(QStringLiteral("SELECT count(*) FROM definities WHERE ") + where) > 0;
    };
    QVERIFY(some(QStringLiteral("definitie LIKE '%' || char(10) || '%'")));
    QVERIFY(some(QStringLiteral("definitie LIKE '%Toelichting:%'")));
    QVERIFY(
        some(QStringLiteral("definitie LIKE '- %' OR definitie LIKE '%' || char(10) || '- %'")));
    QVERIFY(some(QStringLiteral("definitie LIKE '\"%\"@nl%'")));
    QVERIFY(some(QStringLiteral("definitie LIKE '%;%' AND definitie LIKE '%,%'")));
    QVERIFY(some(QStringLiteral("instr(definitie, '‘') > 0 AND instr(definitie, '’') > 0")));
    QVERIFY(some(QStringLiteral("instr(definitie, 'é') > 0 OR instr(definitie, 'ë') > 0 "
                                "OR instr(definitie, 'ï') > 0")));
    QVERIFY(some(QStringLiteral("instr(begrip, 'ï') > 0 OR instr(begrip, 'ë') > 0 "
                                "OR instr(begrip, 'é') > 0")));
}

void TestDemoDatabase::timestamps()
{
    Connection c(m_db2000);
    QCOMPARE(c.count(QStringLiteral("SELECT count(*) FROM definities WHERE julianday(created_at) "
                                    "IS NULL OR julianday(updated_at) IS NULL")),
             0);
    QCOMPARE(c.count(QStringLiteral("SELECT count(*) FROM definities "
                                    "WHERE julianday(updated_at) < julianday(created_at)")),
             0);
    QCOMPARE(c.count(QStringLiteral("SELECT count(*) FROM definities WHERE "
                                    "substr(created_at, 1, 4) NOT BETWEEN '2023' AND '2026'")),
             0);
    QVERIFY(c.count(QStringLiteral("SELECT count(DISTINCT substr(created_at, 1, 4)) "
                                   "FROM definities"))
            == 4);
    // The shapes of the real data: with fraction and zone, with 'T', plain.
    QVERIFY(c.count(QStringLiteral("SELECT count(*) FROM definities WHERE created_at LIKE "
                                   "'____-__-__ __:__:__.______+00:00'"))
            > 0);
    QVERIFY(c.count(QStringLiteral("SELECT count(*) FROM definities WHERE length(created_at) = 19 "
                                   "AND substr(created_at, 11, 1) = 'T'"))
            > 0);
    QVERIFY(c.count(QStringLiteral("SELECT count(*) FROM definities WHERE length(created_at) = 19 "
                                   "AND substr(created_at, 11, 1) = ' '"))
            > 0);
    QCOMPARE(c.count(QStringLiteral("SELECT count(*) FROM definities WHERE datum_voorstel IS NOT "
                                    "NULL AND date(datum_voorstel) IS NOT datum_voorstel")),
             0);
}

void TestDemoDatabase::refusesExistingFile()
{
    const QString path = demoPath(QStringLiteral("existing.db"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a database");
    }
    DemoOptions options;
    options.rows = 10;
    QString error;
    QVERIFY(!createDemoDatabase(path, options, &error));
    QVERIFY2(error.contains(QStringLiteral("already exists")), qPrintable(error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("not a database"));
    QVERIFY(!QFile::exists(path + QStringLiteral(".part")));

    error.clear();
    QVERIFY(!createDemoDatabase(m_dir.filePath(QStringLiteral("missing/sub/demo.db")), options,
                                &error));
    QVERIFY2(error.contains(QStringLiteral("does not exist")), qPrintable(error));
}

void TestDemoDatabase::unwritableFolder()
{
    // A read-only folder; when that does not stop us (running as root), a folder of a file
    // system that refuses new files even to root.
    const QString readOnly = demoPath(QStringLiteral("readonly"));
    QVERIFY(QDir().mkpath(readOnly));
    QVERIFY(QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::ExeOwner));
    QString folder;
    for (const QString &candidate : { readOnly, QStringLiteral("/sys"), QStringLiteral("/proc") }) {
        QFile probe(candidate + QStringLiteral("/probe.tmp"));
        if (QFileInfo(candidate).isDir() && !probe.open(QIODevice::WriteOnly)) {
            folder = candidate;
            break;
        }
        probe.remove();
    }
    if (folder.isEmpty()) {
        QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QSKIP("No folder here refuses new files");
    }

    const QString path = folder + QStringLiteral("/demo.db");
    DemoOptions options;
    options.rows = 10;
    QString error;
    QVERIFY(!createDemoDatabase(path, options, &error));
    QVERIFY2(!error.isEmpty() && error.contains(folder), qPrintable(error));
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
    QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

QTEST_GUILESS_MAIN(TestDemoDatabase)
#include "tst_demodatabase.moc"
