#include "DemoBuilder.h"

#include "DemoRows.h"
#include "SourceSchema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <sqlite3.h>
#include <string>
#include <vector>

namespace defex::demo {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(defex::DemoDatabase)
};

constexpr int DefinitieColumns = 31;
constexpr int VoorbeeldColumns = 15;
// Rows per INSERT: a statement execution has a fixed cost (cursors, AUTOINCREMENT bookkeeping)
// that multi-row VALUES lists share; 16 and 32 keep the parameter count far below SQLite's limit.
constexpr int DefinitieBatch = 16;
constexpr int VoorbeeldBatch = 32;

const char kInsertDefinitie[]
    = "INSERT INTO definities (id, begrip, definitie, categorie, organisatorische_context, "
      "juridische_context, wettelijke_basis, ufo_categorie, toelichting_proces, status, "
      "version_number, previous_version_id, validation_score, validation_date, validation_issues, "
      "source_type, source_reference, imported_from, created_at, updated_at, created_by, "
      "updated_by, approved_by, approved_at, approval_notes, last_exported_at, "
      "export_destinations, generation_prompt_data, datum_voorstel, ketenpartners, voorkeursterm) "
      "VALUES ";

const char kInsertVoorbeeld[]
    = "INSERT INTO definitie_voorbeelden (definitie_id, voorbeeld_type, voorbeeld_tekst, "
      "voorbeeld_volgorde, gegenereerd_door, generation_model, generation_parameters, actief, "
      "beoordeeld, beoordeling, beoordeling_notities, beoordeeld_door, beoordeeld_op, "
      "aangemaakt_op, bijgewerkt_op) VALUES ";

std::string multiRowInsert(const char *head, int columns, int rows)
{
    std::string sql = head;
    for (int r = 0; r < rows; ++r) {
        sql += r ? ",(" : "(";
        for (int c = 0; c < columns; ++c)
            sql += c ? ",?" : "?";
        sql += ')';
    }
    return sql;
}

// The buffers outlive the step that reads them, so SQLite need not copy them.
void bindText(sqlite3_stmt *st, int index, const std::string &s)
{
    sqlite3_bind_text(st, index, s.data(), int(s.size()), SQLITE_STATIC);
}

void bindText(sqlite3_stmt *st, int index, const Text &t)
{
    if (t.null)
        sqlite3_bind_null(st, index);
    else
        bindText(st, index, t.value);
}

void bindStatic(sqlite3_stmt *st, int index, const char *s)
{
    sqlite3_bind_text(st, index, s, -1, SQLITE_STATIC);
}

// Owns the connection and its statements, finalized and closed on every way out.
class DemoBuilder
{
public:
    explicit DemoBuilder(const QString &file)
        : m_file(file)
    {
    }
    ~DemoBuilder()
    {
        finalizeStatements();
        sqlite3_close(m_db);
    }
    DemoBuilder(const DemoBuilder &) = delete;
    DemoBuilder &operator=(const DemoBuilder &) = delete;

    bool build(const DemoOptions &options, const std::function<void(qint64, qint64)> &progress,
               QString *error);

private:
    struct PendingExample
    {
        qint64 definitieId;
        const DemoExample *example;
    };

    bool exec(const char *sql);
    bool check(int rc);
    sqlite3_stmt *statement(std::vector<sqlite3_stmt *> &cache, const char *head, int columns,
                            int rows);
    bool run(sqlite3_stmt *st);
    bool insertDefinities(const std::vector<DemoDefinition> &group, int count);
    bool insertVoorbeelden(const PendingExample *first, int count);
    bool insertLogs(const DemoOptions &options);
    void finalizeStatements();
    bool close();

    QString m_file;
    sqlite3 *m_db = nullptr;
    std::vector<sqlite3_stmt *> m_definitieStatements; // by row count
    std::vector<sqlite3_stmt *> m_voorbeeldStatements;
    std::vector<PendingExample> m_pending;
    int m_errorCode = SQLITE_OK;
    QString m_errorText;
};

bool DemoBuilder::check(int rc)
{
    if (rc == SQLITE_OK || rc == SQLITE_DONE || rc == SQLITE_ROW)
        return true;
    m_errorCode = rc;
    m_errorText = QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc));
    return false;
}

bool DemoBuilder::exec(const char *sql)
{
    return check(sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr));
}

sqlite3_stmt *DemoBuilder::statement(std::vector<sqlite3_stmt *> &cache, const char *head,
                                     int columns, int rows)
{
    if (cache.size() <= size_t(rows))
        cache.resize(size_t(rows) + 1, nullptr);
    sqlite3_stmt *&st = cache[size_t(rows)];
    if (!st) {
        const std::string sql = multiRowInsert(head, columns, rows);
        if (!check(sqlite3_prepare_v3(m_db, sql.c_str(), int(sql.size()), SQLITE_PREPARE_PERSISTENT,
                                      &st, nullptr)))
            return nullptr;
    }
    return st;
}

bool DemoBuilder::run(sqlite3_stmt *st)
{
    const bool ok = check(sqlite3_step(st));
    sqlite3_reset(st);
    return ok;
}

bool DemoBuilder::insertDefinities(const std::vector<DemoDefinition> &group, int count)
{
    sqlite3_stmt *st = statement(m_definitieStatements, kInsertDefinitie, DefinitieColumns, count);
    if (!st)
        return false;
    for (int r = 0; r < count; ++r) {
        const DemoDefinition &row = group[size_t(r)];
        const int b = r * DefinitieColumns;
        sqlite3_bind_int64(st, b + 1, row.id);
        bindText(st, b + 2, row.begrip);
        bindText(st, b + 3, row.definitie);
        bindStatic(st, b + 4, row.categorie);
        bindText(st, b + 5, row.organisatorischeContext);
        bindText(st, b + 6, row.juridischeContext);
        bindText(st, b + 7, row.wettelijkeBasis);
        bindText(st, b + 8, row.ufoCategorie);
        bindText(st, b + 9, row.toelichtingProces);
        bindStatic(st, b + 10, row.status);
        sqlite3_bind_int(st, b + 11, row.versionNumber);
        if (row.previousVersionId > 0)
            sqlite3_bind_int64(st, b + 12, row.previousVersionId);
        else
            sqlite3_bind_null(st, b + 12);
        // Bound as the app binds a Python float: 0.87 stays REAL, 1.0 becomes INTEGER 1 by the
        // column's NUMERIC affinity, exactly as in a real database.
        if (row.validationScore >= 0)
            sqlite3_bind_double(st, b + 13, row.validationScore / 100.0);
        else
            sqlite3_bind_null(st, b + 13);
        bindText(st, b + 14, row.validationDate);
        bindText(st, b + 15, row.validationIssues);
        bindStatic(st, b + 16, row.sourceType);
        bindText(st, b + 17, row.sourceReference);
        bindText(st, b + 18, row.importedFrom);
        bindText(st, b + 19, row.createdAt);
        bindText(st, b + 20, row.updatedAt);
        bindText(st, b + 21, row.createdBy);
        bindText(st, b + 22, row.updatedBy);
        bindText(st, b + 23, row.approvedBy);
        bindText(st, b + 24, row.approvedAt);
        bindText(st, b + 25, row.approvalNotes);
        bindText(st, b + 26, row.lastExportedAt);
        bindText(st, b + 27, row.exportDestinations);
        bindText(st, b + 28, row.generationPromptData);
        bindText(st, b + 29, row.datumVoorstel);
        bindText(st, b + 30, row.ketenpartners);
        bindText(st, b + 31, row.voorkeursterm);
    }
    return run(st);
}

bool DemoBuilder::insertVoorbeelden(const PendingExample *first, int count)
{
    sqlite3_stmt *st = statement(m_voorbeeldStatements, kInsertVoorbeeld, VoorbeeldColumns, count);
    if (!st)
        return false;
    for (int r = 0; r < count; ++r) {
        const DemoExample &ex = *first[r].example;
        const int b = r * VoorbeeldColumns;
        sqlite3_bind_int64(st, b + 1, first[r].definitieId);
        bindStatic(st, b + 2, exampleTypeKey(ex.type));
        bindText(st, b + 3, ex.text);
        sqlite3_bind_int(st, b + 4, ex.order);
        bindStatic(st, b + 5, ex.generatedBy);
        bindText(st, b + 6, ex.generationModel);
        bindText(st, b + 7, ex.generationParameters);
        sqlite3_bind_int(st, b + 8, ex.active ? 1 : 0);
        sqlite3_bind_int(st, b + 9, ex.reviewed ? 1 : 0);
        bindText(st, b + 10, ex.review);
        bindText(st, b + 11, ex.reviewNotes);
        bindText(st, b + 12, ex.reviewedBy);
        bindText(st, b + 13, ex.reviewedAt);
        bindText(st, b + 14, ex.createdAt);
        bindText(st, b + 15, ex.updatedAt);
    }
    return run(st);
}

// A few entries in the app's own log, so that the table is not empty like in a live database.
bool DemoBuilder::insertLogs(const DemoOptions &options)
{
    const std::string rows = std::to_string(options.rows);
    const std::string failed = std::to_string(options.seed % 5);
    const std::string sql
        = "INSERT INTO import_export_logs (operatie_type, bron_bestemming, aantal_verwerkt, "
          "aantal_succesvol, aantal_gefaald, bestand_pad, formaat, fouten_details, gestart_op, "
          "voltooid_op, gestart_door, status) VALUES "
          "('import', 'demo-generator (seed "
        + std::to_string(options.seed) + ")', " + rows + ", " + rows
        + ", 0, NULL, 'json', NULL, '2026-01-05 09:00:00.000000+00:00', "
          "'2026-01-05 09:00:42.512000+00:00', 'system', 'completed'), "
          "('export', 'Begrippenkader-portaal', 120, "
        + std::to_string(120 - options.seed % 5) + ", " + failed
        + ", 'exports/definities_2026-01-06.xlsx', 'excel', "
          "'[{\"id\": 17, \"fout\": \"Ongeldige context: \\\"Strafrechtketen\\\"\"}]', "
          "'2026-01-06T10:15:00', '2026-01-06T10:15:07', 'Anouk Bakker', 'completed'), "
          "('export', 'Gedeelde map Ketenbegrippen', 0, 0, 0, 'exports/definities.csv', 'csv', "
          "'[\"Schijf vol\"]', '2026-01-07 16:02:11', NULL, 'René Brouwer', 'failed')";
    return exec(sql.c_str());
}

bool DemoBuilder::build(const DemoOptions &options,
                        const std::function<void(qint64, qint64)> &progress, QString *error)
{
    const QByteArray file = QFile::encodeName(m_file);
    bool ok = check(sqlite3_open_v2(file.constData(), &m_db,
                                    SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr))
        // Nothing to protect while building: on failure the file is deleted anyway. The index
        // sorts at the end may use a second core.
        && exec("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; "
                "PRAGMA cache_size=-131072; PRAGMA temp_store=MEMORY; PRAGMA threads=2;")
        // Every CHECKed value comes from the generator's fixed tables, and SQLite would
        // build a temporary table for each `IN (...)` check of every row: half the time.
        && exec("PRAGMA ignore_check_constraints=ON;") && exec("BEGIN")
        && exec(definitieAppTableSql());

    const DemoRowGenerator generator(options.seed, options.rows);
    std::vector<DemoDefinition> group(DefinitieBatch);
    const qint64 reportEvery = std::clamp<qint64>(options.rows / 100, 1, 10000);
    qint64 nextReport = reportEvery;
    for (qint64 first = 1; ok && first <= options.rows; first += DefinitieBatch) {
        const int count = int(std::min<qint64>(DefinitieBatch, options.rows - first + 1));
        m_pending.clear();
        for (int r = 0; r < count; ++r) {
            DemoDefinition &row = group[size_t(r)];
            generator.make(first + r, row);
            for (int e = 0; e < row.exampleCount; ++e)
                m_pending.push_back({ row.id, &row.examples[size_t(e)] });
        }
        ok = insertDefinities(group, count);
        for (size_t at = 0; ok && at < m_pending.size(); at += VoorbeeldBatch) {
            const int n = int(std::min<size_t>(VoorbeeldBatch, m_pending.size() - at));
            ok = insertVoorbeelden(m_pending.data() + at, n);
        }
        const qint64 done = first + count - 1;
        if (ok && progress && done >= nextReport && done < options.rows) {
            progress(done, options.rows);
            nextReport = done + reportEvery;
        }
    }
    // Indexes after the data: one sort per index instead of a B-tree update per row.
    ok = ok && insertLogs(options) && exec(definitieAppIndexSql()) && exec("COMMIT")
        && exec("PRAGMA ignore_check_constraints=OFF;");

    if (ok) {
        sqlite3_stmt *count = nullptr;
        ok = check(sqlite3_prepare_v2(m_db, "SELECT count(*) FROM definities", -1, &count, nullptr))
            && check(sqlite3_step(count));
        const qint64 actual = ok ? sqlite3_column_int64(count, 0) : -1;
        sqlite3_finalize(count);
        if (ok && actual != options.rows) {
            *error = Tr::tr("The demo database has %1 definitions instead of %2.")
                         .arg(actual)
                         .arg(options.rows);
            return false;
        }
    }
    // A normal rollback journal from now on, as the definitie-app itself uses.
    ok = ok && exec("PRAGMA journal_mode=DELETE;") && close();
    if (ok)
        return true;

    const int primary = m_errorCode & 0xFF;
    const QString where = QDir::toNativeSeparators(QFileInfo(m_file).absolutePath());
    if (primary == SQLITE_FULL)
        *error = Tr::tr("Disk full: not enough free space in %1 for the demo database.").arg(where);
    else if (primary == SQLITE_CANTOPEN || primary == SQLITE_READONLY || primary == SQLITE_PERM)
        *error = Tr::tr("Cannot write the demo database in %1: the folder is not "
                    "writable (%2).")
                     .arg(where, m_errorText);
    else
        *error = Tr::tr("Cannot create the demo database %1: %2")
                     .arg(QDir::toNativeSeparators(m_file), m_errorText);
    return false;
}

void DemoBuilder::finalizeStatements()
{
    for (auto *cache : { &m_definitieStatements, &m_voorbeeldStatements }) {
        for (sqlite3_stmt *st : *cache)
            sqlite3_finalize(st);
        cache->clear();
    }
}

bool DemoBuilder::close()
{
    finalizeStatements();
    const int rc = sqlite3_close(m_db);
    if (rc != SQLITE_OK)
        return check(rc);
    m_db = nullptr;
    return true;
}

} // namespace

bool buildDemoDatabase(const QString &file, const DemoOptions &options,
                       const std::function<void(qint64, qint64)> &progress, QString *error)
{
    DemoBuilder builder(file);
    return builder.build(options, progress, error);
}

} // namespace defex::demo
