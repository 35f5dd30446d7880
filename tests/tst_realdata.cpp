// End-to-end exports of the real definitie-app data (../shared/data/definitie-app): a database
// is built from both JSON files (support/RealDataDatabase.h), exported in every format and level,
// and every output is checked against the JSON source. The expected values are computed here from
// the source, not from the product's reader or writers. Skipped when the shared data is absent;
// the data is never copied into the repository.

#include "ExportRequest.h"
#include "Exporter.h"
#include "RealDataDatabase.h"
#include "TestSupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QUuid>
#include <QtTest>

#include <algorithm>
#include <initializer_list>
#include <utility>

using namespace defex;

Q_DECLARE_METATYPE(defex::Level)
Q_DECLARE_METATYPE(defex::Format)

namespace {

QStringList strings(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *s : list)
        out << QString::fromUtf8(s);
    return out;
}

// ---- The export columns, as SCHEMA.md lists them (deliberately not taken from Columns.cpp). ----

const QStringList kExampleColumns = {
    QStringLiteral("voorkeursterm"), QStringLiteral("voorbeeld_zinnen"),
    QStringLiteral("praktijkvoorbeelden"), QStringLiteral("tegenvoorbeelden"),
    QStringLiteral("synoniemen"), QStringLiteral("antoniemen"), QStringLiteral("toelichting")};

QStringList expectedColumns(Level level)
{
    QStringList head;
    switch (level) {
    case Level::Basis:
        head = strings({"begrip", "definitie", "categorie", "organisatorische_context",
                           "juridische_context", "wettelijke_basis", "status", "validation_score",
                           "created_at", "updated_at"});
        break;
    case Level::Uitgebreid:
        head = strings({"begrip", "definitie", "categorie", "organisatorische_context",
                           "juridische_context", "wettelijke_basis", "ufo_categorie", "status",
                           "validation_score", "validation_date", "validation_issues",
                           "toelichting_proces", "source_type", "created_at", "updated_at",
                           "created_by", "updated_by", "ketenpartners"});
        break;
    case Level::Compleet:
        head = strings({"id", "begrip", "definitie", "categorie", "organisatorische_context",
                           "juridische_context", "wettelijke_basis", "ufo_categorie",
                           "toelichting_proces", "status", "version_number", "previous_version_id",
                           "validation_score", "validation_date", "validation_issues", "source_type",
                           "source_reference", "imported_from", "created_at", "updated_at",
                           "created_by", "updated_by", "datum_voorstel", "ketenpartners",
                           "approved_by", "approved_at", "approval_notes", "last_exported_at",
                           "export_destinations"});
        break;
    }
    return head + kExampleColumns;
}

// The six example kinds: stored key, export column, separator in spreadsheet cells.
struct ExampleKind
{
    const char *key;
    const char *column;
    const char *separator;
};
const ExampleKind kKinds[6] = {{"sentence", "voorbeeld_zinnen", "; "},
                               {"practical", "praktijkvoorbeelden", "; "},
                               {"counter", "tegenvoorbeelden", "; "},
                               {"synonyms", "synoniemen", ", "},
                               {"antonyms", "antoniemen", ", "},
                               {"explanation", "toelichting", "\n\n"}};

int kindOfColumn(const QString &column)
{
    for (int k = 0; k < 6; ++k) {
        if (column == QLatin1String(kKinds[k].column))
            return k;
    }
    return -1;
}

// JSON keys the definitie-app's export puts outside "metadata".
const QStringList kJsonTopLevel = strings({"id", "begrip", "definitie", "categorie",
                                   "organisatorische_context", "juridische_context",
                                   "wettelijke_basis", "status", "validation_score", "voorkeursterm"});

// ---- The expected data, computed from the JSON source as RealData loads it. ----

enum class Kind { Null, Int, Real, Text };

struct Cell
{
    Kind kind = Kind::Null;
    QString raw;        // the value as stored (text) — what JSON carries
    QString display;    // what a spreadsheet cell shows
    qint64 integer = 0;
    double real = 0;
};

struct Definition
{
    qint64 id = 0;
    QMap<QString, Cell> cells;   // by source column name; absent means NULL
    QStringList examples[6];     // per kind, in voorbeeld_volgorde order
    QJsonObject appExport;       // for the 3 example definitions: the app's own JSON export

    Cell cell(const QString &column) const { return cells.value(column); }

    // The value of an export column as CSV/XLSX/TXT show it.
    QString display(const QString &column) const
    {
        const int k = kindOfColumn(column);
        if (k >= 0)
            return examples[k].join(QLatin1String(kKinds[k].separator));
        return cell(column).display;
    }
    bool isText(const QString &column) const
    {
        return kindOfColumn(column) >= 0 || cell(column).kind == Kind::Text;
    }
};

// The cell of `column` from the value RealData stores; a JSON array shows as its items.
bool cellOf(const RealData::Definition &src, const QString &column, Cell *c, QString *error)
{
    const QVariant v = src.values.value(column);
    if (!v.isValid() || v.isNull())
        return true;
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
        c->kind = Kind::Int;
        c->integer = v.toLongLong();
        c->raw = c->display = QString::number(c->integer);
        return true;
    case QMetaType::Double:
        c->kind = Kind::Real;
        c->real = v.toDouble();
        c->raw = c->display = QString::number(c->real, 'g', 15);
        return true;
    case QMetaType::QString:
        c->kind = Kind::Text;
        c->raw = v.toString();
        c->display = src.lists.contains(column) ? src.lists.value(column).join(QStringLiteral(", "))
                                                : c->raw;
        return true;
    default:
        *error = QStringLiteral("definition %1 %2: unexpected type %3")
                     .arg(src.id).arg(column, QLatin1String(v.typeName()));
        return false;
    }
}

// The expected values of a definition loaded by RealData.
bool expectedDefinition(const RealData::Definition &src, Definition *d, QString *error)
{
    d->id = src.id;
    d->appExport = src.appExport;
    for (auto it = src.values.begin(); it != src.values.end(); ++it) {
        Cell c;
        if (!cellOf(src, it.key(), &c, error))
            return false;
        if (c.kind != Kind::Null)
            d->cells.insert(it.key(), c);
    }
    QList<RealData::Example> sorted = src.examples;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const RealData::Example &a, const RealData::Example &b) { return a.order < b.order; });
    for (const RealData::Example &e : std::as_const(sorted)) {
        int k = 0;
        while (k < 6 && e.type != QLatin1String(kKinds[k].key))
            ++k;
        if (k == 6) {
            *error = QStringLiteral("definition %1: unknown example type %2").arg(src.id).arg(e.type);
            return false;
        }
        d->examples[k] << e.text;
    }
    return true;
}

// ---- A strict RFC 4180 parser (';' delimiter, CRLF records, quoted fields). ----

bool parseCsv(const QByteArray &bytes, QList<QStringList> *records, QString *error)
{
    if (!bytes.startsWith("\xEF\xBB\xBF")) {
        *error = QStringLiteral("no UTF-8 byte-order mark");
        return false;
    }
    const QString s = QString::fromUtf8(bytes.mid(3));
    if (QString::fromUtf8(s.toUtf8()) != s || s.toUtf8() != bytes.mid(3)) {
        *error = QStringLiteral("not valid UTF-8");
        return false;
    }
    QStringList record;
    QString field;
    qsizetype i = 0;
    const qsizetype n = s.size();
    while (i < n) {
        // One field.
        field.clear();
        if (s[i] == QLatin1Char('"')) {
            ++i;
            while (true) {
                if (i >= n) {
                    *error = QStringLiteral("unterminated quoted field in record %1").arg(records->size() + 1);
                    return false;
                }
                if (s[i] == QLatin1Char('"')) {
                    if (i + 1 < n && s[i + 1] == QLatin1Char('"')) {
                        field += QLatin1Char('"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += s[i++];
            }
        } else {
            while (i < n && s[i] != QLatin1Char(';') && s[i] != QLatin1Char('\r')
                   && s[i] != QLatin1Char('\n')) {
                if (s[i] == QLatin1Char('"')) {
                    *error = QStringLiteral("quote inside an unquoted field in record %1").arg(records->size() + 1);
                    return false;
                }
                field += s[i++];
            }
        }
        record << field;
        // What follows a field: the delimiter or CRLF.
        if (i < n && s[i] == QLatin1Char(';')) {
            ++i;
            if (i == n) {
                *error = QStringLiteral("file ends after a delimiter");
                return false;
            }
            continue;
        }
        if (i + 1 < n && s[i] == QLatin1Char('\r') && s[i + 1] == QLatin1Char('\n')) {
            i += 2;
            records->append(record);
            record.clear();
            continue;
        }
        *error = QStringLiteral("record %1 does not end with CRLF (or junk after a quoted field)")
                     .arg(records->size() + 1);
        return false;
    }
    if (!record.isEmpty()) {
        *error = QStringLiteral("the last record does not end with CRLF");
        return false;
    }
    return true;
}

QString neutralised(const QString &value)
{
    if (!value.isEmpty()
        && (value[0] == QLatin1Char('=') || value[0] == QLatin1Char('+')
            || value[0] == QLatin1Char('-') || value[0] == QLatin1Char('@')))
        return QLatin1Char('\'') + value;
    return value;
}

QString shorten(QString s)
{
    s.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    if (s.size() > 120)
        s = s.left(117) + QStringLiteral("...");
    return s;
}

const char *levelText(Level l)
{
    switch (l) {
    case Level::Basis: return "basis";
    case Level::Uitgebreid: return "uitgebreid";
    case Level::Compleet: return "compleet";
    }
    return "";
}

const char *formatText(Format f)
{
    switch (f) {
    case Format::Csv: return "csv";
    case Format::Xlsx: return "xlsx";
    case Format::Json: return "json";
    case Format::Txt: return "txt";
    }
    return "";
}

// Reads an xlsx back with Debian's openpyxl: [{"name", "rows": [[{"t", "v"}, ...], ...]}, ...].
const char *kReadXlsx = R"PY(
import json, re, sys
import openpyxl
esc = re.compile(r"_x([0-9A-Fa-f]{4})_")
wb = openpyxl.load_workbook(sys.argv[1])
out = []
for ws in wb.worksheets:
    rows = []
    for row in ws.iter_rows():
        cells = []
        for c in row:
            v = c.value
            if isinstance(v, str):
                v = esc.sub(lambda m: chr(int(m.group(1), 16)), v)
            elif v is not None and not isinstance(v, (int, float, bool)):
                v = str(v)
            cells.append({"t": c.data_type, "v": v})
        rows.append(cells)
    out.append({"name": ws.title, "rows": rows})
json.dump(out, sys.stdout)
)PY";

} // namespace

class TestRealData : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void csv_data() { levelData(); }
    void csv();
    void xlsx_data() { levelData(); }
    void xlsx();
    void json_data() { levelData(); }
    void json();
    void txt_data() { levelData(); }
    void txt();
    void gzip_data();
    void gzip();

private:
    void levelData();
    QString exportTo(Format format, Level level, bool gzip, const QString &suffix = {});

    QTemporaryDir m_dir;
    QString m_db;
    QVector<Definition> m_defs;        // ordered by id, as the product exports
    const QDateTime m_timestamp{QDate(2026, 1, 15), QTime(10, 20, 30), QTimeZone::utc()};
};

void TestRealData::levelData()
{
    QTest::addColumn<Level>("level");
    QTest::newRow("basis") << Level::Basis;
    QTest::newRow("uitgebreid") << Level::Uitgebreid;
    QTest::newRow("compleet") << Level::Compleet;
}

void TestRealData::initTestCase()
{
    if (!RealData::available())
        QSKIP(qPrintable(QStringLiteral("The real definitie-app data is not available at %1 "
                                        "(set DEFEX_SHARED_DATA); skipping the real-data tests.")
                             .arg(TestSupport::sharedDataDir())));
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("definities.db"));

    QString error;
    QList<RealData::Definition> source;
    QVERIFY2(RealData::load(&source, &error), qPrintable(error));
    int exampleDefinitions = 0;
    for (const RealData::Definition &src : std::as_const(source)) {
        Definition d;
        QVERIFY2(expectedDefinition(src, &d, &error), qPrintable(error));
        m_defs << d;
        if (!d.appExport.isEmpty())
            ++exampleDefinitions;
    }
    QCOMPARE(m_defs.size(), 45);
    QCOMPARE(exampleDefinitions, 3);
    QVERIFY2(RealData::buildDatabase(source, m_db, &error), qPrintable(error));

    // The database holds what the source says (a guard for the builder, not for the product).
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_db);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*), (SELECT count(*) FROM definitie_voorbeelden), "
                                      "(SELECT count(*) FROM sqlite_master WHERE type = 'trigger') "
                                      "FROM definities")));
        QVERIFY(q.next());
        int examples = 0;
        for (const Definition &d : std::as_const(m_defs)) {
            for (const QStringList &l : d.examples)
                examples += int(l.size());
        }
        QCOMPARE(q.value(0).toInt(), 45);
        QCOMPARE(q.value(1).toInt(), examples);
        QCOMPARE(q.value(2).toInt(), 1);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QString TestRealData::exportTo(Format format, Level level, bool gzip, const QString &suffix)
{
    ExportRequest request;
    request.database = m_db;
    request.format = format;
    request.level = level;
    request.gzip = gzip;
    request.timestamp = m_timestamp;
    request.output = m_dir.filePath(QStringLiteral("export-%1-%2%3%4")
                                        .arg(QLatin1String(levelText(level)), suffix,
                                             QLatin1String(".") + QLatin1String(formatText(format)),
                                             gzip ? QStringLiteral(".gz") : QString()));
    Exporter exporter(request);
    const ExportResult result = exporter.run();
    if (!result.ok()) {
        qWarning("export %s/%s failed: %s", formatText(format), levelText(level),
                 qPrintable(result.error.message));
        return {};
    }
    if (result.rows != 45) {
        qWarning("export %s/%s wrote %lld rows, expected 45", formatText(format), levelText(level),
                 result.rows);
        return {};
    }
    if (!result.warnings.isEmpty()) {
        qWarning("export %s/%s warned: %s", formatText(format), levelText(level),
                 qPrintable(result.warnings.join(QStringLiteral(" | "))));
        return {};
    }
    return request.output;
}

void TestRealData::csv()
{
    QFETCH(Level, level);
    const QString path = exportTo(Format::Csv, level, false);
    QVERIFY(!path.isEmpty());
    QList<QStringList> records;
    QString error;
    QVERIFY2(parseCsv(TestSupport::readFile(path), &records, &error), qPrintable(error));

    const QStringList columns = expectedColumns(level);
    QCOMPARE(columns.size(), level == Level::Basis ? 17 : level == Level::Uitgebreid ? 25 : 36);
    QCOMPARE(records.size(), 1 + 45);
    QCOMPARE(records.first(), columns);

    QStringList mismatches;
    for (int r = 0; r < 45; ++r) {
        const Definition &d = m_defs.at(r);
        const QStringList &rec = records.at(r + 1);
        if (rec.size() != columns.size()) {
            mismatches << QStringLiteral("id %1: %2 fields").arg(d.id).arg(rec.size());
            continue;
        }
        for (int c = 0; c < columns.size(); ++c) {
            const QString &col = columns.at(c);
            QString expected = d.display(col);
            if (d.isText(col))
                expected = neutralised(expected);
            if (rec.at(c) != expected)
                mismatches << QStringLiteral("id %1 %2: got \"%3\", expected \"%4\"")
                                  .arg(d.id).arg(col, shorten(rec.at(c)), shorten(expected));
        }
    }
    QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.mid(0, 10).join(QLatin1Char('\n'))));
}

void TestRealData::xlsx()
{
    QFETCH(Level, level);
    const QString path = exportTo(Format::Xlsx, level, false);
    QVERIFY(!path.isEmpty());
    const auto run = TestSupport::run(QStringLiteral("/usr/bin/python3"),
                                      {QStringLiteral("-c"), QString::fromUtf8(kReadXlsx), path});
    if (run.exitCode != 0 && run.err.contains("No module named 'openpyxl'"))
        QSKIP("Debian's python3-openpyxl is not installed");
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out, &pe);
    QVERIFY2(pe.error == QJsonParseError::NoError, qPrintable(pe.errorString()));
    const QJsonArray sheets = doc.array();
    QCOMPARE(sheets.size(), 1);
    const QJsonArray rows = sheets.at(0).toObject().value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(), 1 + 45);

    const QStringList columns = expectedColumns(level);
    QStringList header;
    for (const QJsonValue &c : rows.at(0).toArray())
        header << c.toObject().value(QStringLiteral("v")).toString();
    QCOMPARE(header, columns);

    QStringList mismatches;
    for (int r = 0; r < 45; ++r) {
        const Definition &d = m_defs.at(r);
        const QJsonArray row = rows.at(r + 1).toArray();
        if (row.size() != columns.size()) {
            mismatches << QStringLiteral("id %1: %2 cells").arg(d.id).arg(row.size());
            continue;
        }
        for (int c = 0; c < columns.size(); ++c) {
            const QString &col = columns.at(c);
            const QJsonObject cell = row.at(c).toObject();
            const QJsonValue v = cell.value(QStringLiteral("v"));
            const QString type = cell.value(QStringLiteral("t")).toString();
            const QString where = QStringLiteral("id %1 %2").arg(d.id).arg(col);
            const QString expected = d.display(col);
            if (expected.isEmpty()) {
                if (!v.isNull())
                    mismatches << where + QStringLiteral(": expected an empty cell, got ")
                                      + shorten(QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)));
                continue;
            }
            const Cell src = d.cell(col);
            if (kindOfColumn(col) < 0 && (src.kind == Kind::Int || src.kind == Kind::Real)) {
                const double want = src.kind == Kind::Int ? double(src.integer) : src.real;
                if (type != QLatin1String("n") || !v.isDouble() || v.toDouble() != want)
                    mismatches << where + QStringLiteral(": expected the number %1, got type %2 value %3")
                                              .arg(want).arg(type, v.toVariant().toString());
                continue;
            }
            if (type != QLatin1String("s") && type != QLatin1String("str") && type != QLatin1String("inlineStr"))
                mismatches << where + QStringLiteral(": expected text, got type ") + type;
            else if (v.toString() != expected)
                mismatches << where + QStringLiteral(": got \"%1\", expected \"%2\"")
                                          .arg(shorten(v.toString()), shorten(expected));
        }
    }
    QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.mid(0, 10).join(QLatin1Char('\n'))));
}

void TestRealData::json()
{
    QFETCH(Level, level);
    const QString path = exportTo(Format::Json, level, false);
    QVERIFY(!path.isEmpty());
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(TestSupport::readFile(path), &pe);
    QVERIFY2(pe.error == QJsonParseError::NoError, qPrintable(pe.errorString()));
    QVERIFY(doc.isObject());
    const QJsonObject root = doc.object();
    QCOMPARE(root.keys(), (strings({"definities", "export_info"})));

    // export_info: the app's four keys (the product adds "detail_level").
    const QJsonObject info = root.value(QStringLiteral("export_info")).toObject();
    QCOMPARE(info.value(QStringLiteral("total_definitions")).toInt(-1), 45);
    QCOMPARE(info.value(QStringLiteral("export_version")).toString(), QStringLiteral("2.0"));
    QCOMPARE(info.value(QStringLiteral("format")).toString(), QStringLiteral("json"));
    QCOMPARE(info.value(QStringLiteral("export_timestamp")).toString(),
             QStringLiteral("2026-01-15T10:20:30.000000+00:00"));
    QCOMPARE(info.value(QStringLiteral("detail_level")).toString(), QLatin1String(levelText(level)));

    const QJsonArray defs = root.value(QStringLiteral("definities")).toArray();
    QCOMPARE(defs.size(), 45);

    const QStringList columns = expectedColumns(level);
    QStringList metadataKeys;
    for (const QString &col : columns) {
        if (!kJsonTopLevel.contains(col) && kindOfColumn(col) < 0)
            metadataKeys << col;
    }
    metadataKeys.sort();
    if (level == Level::Basis)
        QCOMPARE(metadataKeys, (strings({"created_at", "updated_at"})));
    QStringList definitionKeys = strings({"begrip", "categorie", "context", "definitie", "metadata",
                                  "status", "taalkundig", "validation_score", "voorbeelden",
                                  "voorkeursterm"});
    if (level == Level::Compleet)
        definitionKeys << QStringLiteral("id");
    definitionKeys.sort();

    auto rawValue = [](const Cell &c) -> QJsonValue {
        switch (c.kind) {
        case Kind::Null: return QJsonValue(QJsonValue::Null);
        case Kind::Int: return QJsonValue(double(c.integer));
        case Kind::Real: return QJsonValue(c.real);
        case Kind::Text: return QJsonValue(c.raw);
        }
        return {};
    };
    auto show = [](const QJsonValue &v) {
        return shorten(QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)));
    };

    QStringList mismatches;
    auto expect = [&](const Definition &d, const QString &key, const QJsonValue &got,
                      const QJsonValue &want) {
        if (got != want)
            mismatches << QStringLiteral("id %1 %2: got %3, expected %4")
                              .arg(d.id).arg(key, show(got), show(want));
    };
    for (int r = 0; r < 45; ++r) {
        const Definition &d = m_defs.at(r);
        const QJsonObject o = defs.at(r).toObject();
        if (o.keys() != definitionKeys) {
            mismatches << QStringLiteral("id %1: keys %2").arg(d.id).arg(o.keys().join(QLatin1Char(',')));
            continue;
        }
        if (level == Level::Compleet)
            expect(d, QStringLiteral("id"), o.value(QStringLiteral("id")), QJsonValue(double(d.id)));
        for (const char *key : {"begrip", "definitie", "categorie", "status", "validation_score"})
            expect(d, QLatin1String(key), o.value(QLatin1String(key)), rawValue(d.cell(QLatin1String(key))));
        expect(d, QStringLiteral("voorkeursterm"), o.value(QStringLiteral("voorkeursterm")),
               QJsonValue(d.cell(QStringLiteral("voorkeursterm")).raw));

        // Contexts: the raw JSON strings as stored, which must also parse to the source lists.
        const QJsonObject ctx = o.value(QStringLiteral("context")).toObject();
        QJsonObject wantCtx;
        for (const char *key : {"organisatorische_context", "juridische_context", "wettelijke_basis"}) {
            const Cell c = d.cell(QLatin1String(key));
            wantCtx.insert(QLatin1String(key), c.raw);
            const QJsonArray parsed = QJsonDocument::fromJson(ctx.value(QLatin1String(key)).toString().toUtf8()).array();
            QStringList items;
            for (const QJsonValue &v : parsed)
                items << v.toString();
            if (items.join(QStringLiteral(", ")) != c.display)
                mismatches << QStringLiteral("id %1 %2: the stored array does not hold the source list")
                                  .arg(d.id).arg(QLatin1String(key));
        }
        expect(d, QStringLiteral("context"), ctx, wantCtx);

        QJsonObject wantExamples;
        const char *listKeys[3] = {"voorbeeld_zinnen", "praktijkvoorbeelden", "tegenvoorbeelden"};
        for (int k = 0; k < 3; ++k)
            wantExamples.insert(QLatin1String(listKeys[k]), QJsonArray::fromStringList(d.examples[k]));
        expect(d, QStringLiteral("voorbeelden"), o.value(QStringLiteral("voorbeelden")), wantExamples);
        QJsonObject wantTaal;
        wantTaal.insert(QStringLiteral("synoniemen"), d.examples[3].join(QStringLiteral(", ")));
        wantTaal.insert(QStringLiteral("antoniemen"), d.examples[4].join(QStringLiteral(", ")));
        wantTaal.insert(QStringLiteral("toelichting"), d.examples[5].join(QStringLiteral("\n\n")));
        expect(d, QStringLiteral("taalkundig"), o.value(QStringLiteral("taalkundig")), wantTaal);

        const QJsonObject meta = o.value(QStringLiteral("metadata")).toObject();
        QStringList gotMetaKeys = meta.keys();
        if (gotMetaKeys != metadataKeys)
            mismatches << QStringLiteral("id %1 metadata keys: %2").arg(d.id).arg(gotMetaKeys.join(QLatin1Char(',')));
        for (const QString &key : metadataKeys)
            expect(d, QStringLiteral("metadata.") + key, meta.value(key), rawValue(d.cell(key)));

        // The three definitions from the app's own export: the same shape and values, field by
        // field; at the basis level the whole object is identical to the app's.
        if (!d.appExport.isEmpty()) {
            const QJsonObject &app = d.appExport;
            for (const QString &key : app.keys()) {
                if (key == QLatin1String("metadata"))
                    continue;
                expect(d, QStringLiteral("app.") + key, o.value(key), app.value(key));
            }
            const QJsonObject appMeta = app.value(QStringLiteral("metadata")).toObject();
            for (const QString &key : appMeta.keys())
                expect(d, QStringLiteral("app.metadata.") + key, meta.value(key), appMeta.value(key));
            if (level == Level::Basis)
                expect(d, QStringLiteral("app (whole object)"), o, app);
        }
    }
    QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.mid(0, 10).join(QLatin1Char('\n'))));
}

void TestRealData::txt()
{
    QFETCH(Level, level);
    const QString path = exportTo(Format::Txt, level, false);
    QVERIFY(!path.isEmpty());
    const QByteArray bytes = TestSupport::readFile(path);
    const QString text = QString::fromUtf8(bytes);
    QCOMPARE(text.toUtf8(), bytes); // valid UTF-8
    QVERIFY(text.startsWith(QLatin1String("DEFINITIE EXPORT\n")));

    const QStringList lines = text.split(QLatin1Char('\n'));
    auto isDashLine = [](const QString &l) {
        return l.size() >= 10 && std::all_of(l.begin(), l.end(), [](QChar c) { return c == QLatin1Char('-'); });
    };
    // Header up to the first dash line, then 45 blocks each closed by a dash line.
    QList<QStringList> blocks;
    QStringList header, current;
    bool inHeader = true;
    for (const QString &l : lines) {
        if (isDashLine(l)) {
            if (inHeader)
                inHeader = false;
            else
                blocks << current;
            current.clear();
            continue;
        }
        (inHeader ? header : current) << l;
    }
    QVERIFY(!inHeader);
    QCOMPARE(current, QStringList{QString()}); // nothing after the last dash line
    QVERIFY2(header.contains(QStringLiteral("Aantal definities: 45")), qPrintable(header.join(QLatin1Char('|'))));
    QVERIFY(header.contains(QStringLiteral("Exportdatum: 2026-01-15 10:20:30 UTC")));
    QCOMPARE(blocks.size(), 45);

    QStringList mismatches;
    for (int r = 0; r < 45; ++r) {
        const Definition &d = m_defs.at(r);
        const QStringList &block = blocks.at(r);
        for (const char *field : {"Begrip", "Categorie", "Status"}) {
            const QString col = QString::fromLatin1(field).toLower();
            const QString want = QLatin1String(field) + QStringLiteral(": ") + d.display(col);
            if (!block.contains(want))
                mismatches << QStringLiteral("block %1 (id %2) lacks \"%3\"").arg(r + 1).arg(d.id).arg(want);
        }
        // Every line of the definition text is in the block.
        const QStringList defLines = d.display(QStringLiteral("definitie")).split(QLatin1Char('\n'));
        const QString joined = block.join(QLatin1Char('\n'));
        for (const QString &l : defLines) {
            if (!l.trimmed().isEmpty() && !joined.contains(l))
                mismatches << QStringLiteral("block %1 (id %2) lacks the definition line \"%3\"")
                                  .arg(r + 1).arg(d.id).arg(shorten(l));
        }
    }
    QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.mid(0, 10).join(QLatin1Char('\n'))));
}

void TestRealData::gzip_data()
{
    QTest::addColumn<Format>("format");
    QTest::addColumn<Level>("level");
    for (Format f : {Format::Csv, Format::Json}) {
        for (Level l : {Level::Basis, Level::Uitgebreid, Level::Compleet})
            QTest::addRow("%s-%s", formatText(f), levelText(l)) << f << l;
    }
}

void TestRealData::gzip()
{
    QFETCH(Format, format);
    QFETCH(Level, level);
    const QString plain = exportTo(format, level, false, QStringLiteral("-plain"));
    const QString packed = exportTo(format, level, true, QStringLiteral("-packed"));
    QVERIFY(!plain.isEmpty());
    QVERIFY(!packed.isEmpty());
    const QByteArray gz = TestSupport::readFile(packed);
    QVERIFY(gz.startsWith("\x1f\x8b"));
    const auto test = TestSupport::run(QStringLiteral("gzip"), {QStringLiteral("-t"), packed});
    QVERIFY2(test.exitCode == 0, test.err.constData());
    const auto unpacked = TestSupport::run(QStringLiteral("gzip"), {QStringLiteral("-dc"), packed});
    QVERIFY2(unpacked.exitCode == 0, unpacked.err.constData());
    const QByteArray expected = TestSupport::readFile(plain);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(unpacked.out.size(), expected.size());
    QVERIFY(unpacked.out == expected);
}

QTEST_GUILESS_MAIN(TestRealData)
#include "tst_realdata.moc"
