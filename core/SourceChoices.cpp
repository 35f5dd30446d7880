#include "SourceChoices.h"

#include "DefinitionReader.h"

#include <QCollator>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <sqlite3.h>

namespace defex {

namespace {

QString columnText(sqlite3_stmt *stmt, int col)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, col));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(stmt, col)) : QString();
}

bool hasColumn(sqlite3 *db, const char *column)
{
    sqlite3_stmt *stmt = nullptr;
    bool found = false;
    if (sqlite3_prepare_v2(db, "SELECT 1 FROM pragma_table_info('definities') WHERE name = ?1", -1,
                           &stmt, nullptr)
        == SQLITE_OK) {
        sqlite3_bind_text(stmt, 1, column, -1, SQLITE_STATIC);
        found = sqlite3_step(stmt) == SQLITE_ROW;
    }
    sqlite3_finalize(stmt);
    return found;
}

// `SELECT column, count(*) ... GROUP BY column`: both columns are indexed in the app's schema.
QList<SourceChoice> grouped(sqlite3 *db, const char *column)
{
    QList<SourceChoice> out;
    if (!hasColumn(db, column))
        return out;
    const QByteArray sql = QByteArray("SELECT ") + column + ", count(*) FROM definities WHERE "
        + column + " IS NOT NULL AND trim(" + column + ") <> '' GROUP BY " + column;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &stmt, nullptr) == SQLITE_OK) {
        while (sqlite3_step(stmt) == SQLITE_ROW)
            out.append(SourceChoice { columnText(stmt, 0), sqlite3_column_int64(stmt, 1) });
    }
    sqlite3_finalize(stmt);
    return out;
}

// The distinct contexts, split exactly as DefinitionReader's filter matches them: the trimmed
// elements of a JSON array, or the whole trimmed legacy string. The distinct raw values come
// first (the app indexes these columns), so the JSON is parsed once per distinct value.
QStringList contexts(sqlite3 *db, const char *column)
{
    QStringList out;
    if (!hasColumn(db, column))
        return out;
    const QByteArray c(column);
    const QByteArray isArray = "CASE WHEN json_valid(c) THEN json_type(c) = 'array' ELSE 0 END";
    const QByteArray sql = "WITH raw AS MATERIALIZED (SELECT DISTINCT " + c
        + " AS c FROM definities WHERE " + c
        + " IS NOT NULL) "
          "SELECT trim(json_each.value) FROM raw, json_each(CASE WHEN "
        + isArray + " THEN c ELSE '[]' END) UNION SELECT trim(c) FROM raw WHERE NOT (" + isArray
        + ")";
    sqlite3_stmt *stmt = nullptr;
    QSet<QString> seen;
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &stmt, nullptr) == SQLITE_OK) {
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            const QString value = columnText(stmt, 0);
            // The filter compares with COLLATE NOCASE: values differing in case are one choice.
            if (!value.isEmpty() && !seen.contains(value.toCaseFolded())) {
                seen.insert(value.toCaseFolded());
                out << value;
            }
        }
    }
    sqlite3_finalize(stmt);
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(out.begin(), out.end(),
              [&](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
    return out;
}

int lifecycleRank(const QString &status)
{
    static const QStringList order
        = { QStringLiteral("imported"), QStringLiteral("draft"), QStringLiteral("review"),
            QStringLiteral("established"), QStringLiteral("archived") };
    const qsizetype i = order.indexOf(status);
    return i < 0 ? int(order.size()) : int(i);
}

} // namespace

SourceChoices SourceChoices::check(const QString &database, int lockTimeoutMs)
{
    SourceChoices out;
    out.database = database;
    // The reader's own checks and messages: missing, not SQLite, not a definitie-app database.
    ExportRequest request;
    request.database = database;
    DefinitionReader reader(request);
    reader.setLockTimeout(lockTimeoutMs);
    reader.open(&out.error);
    return out;
}

SourceChoices SourceChoices::read(const QString &database, int lockTimeoutMs)
{
    SourceChoices out = check(database, lockTimeoutMs);
    out.complete = true;
    if (!out.ok())
        return out;

    sqlite3 *db = nullptr;
    const QByteArray path = QFile::encodeName(QFileInfo(database).absoluteFilePath());
    if (sqlite3_open_v2(path.constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr)
        == SQLITE_OK) {
        sqlite3_busy_timeout(db, lockTimeoutMs);
        sqlite3_exec(db, "PRAGMA query_only = 1", nullptr, nullptr, nullptr);
        out.statuses = grouped(db, "status");
        std::stable_sort(out.statuses.begin(), out.statuses.end(),
                         [](const SourceChoice &a, const SourceChoice &b) {
                             const int ra = lifecycleRank(a.value), rb = lifecycleRank(b.value);
                             return ra != rb ? ra < rb : a.value < b.value;
                         });
        out.categories = grouped(db, "categorie");
        out.organisatorischeContexts = contexts(db, "organisatorische_context");
        out.juridischeContexts = contexts(db, "juridische_context");
    }
    sqlite3_close_v2(db);
    return out;
}

} // namespace defex
