#pragma once

// Reads matching definitions from a definitie-app database, read-only, in keyset-paginated
// batches (WHERE id > last ORDER BY id LIMIT n) with their active examples aggregated per batch.
// Uses SQLite's C API directly: the cells go into the batch's arena as UTF-8 bytes with no
// QVariant or UTF-16 round trip, and every byte can be checked (invalid UTF-8 is repaired and
// reported, not silently swallowed). Use it from one thread.

#include "ExportRequest.h"
#include "RowBatch.h"

#include <QStringList>

#include <memory>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace defex {

class DefinitionReader final
{
public:
    explicit DefinitionReader(const ExportRequest &request);
    ~DefinitionReader();
    DefinitionReader(const DefinitionReader &) = delete;
    DefinitionReader &operator=(const DefinitionReader &) = delete;

    void setBatchSize(int rows) { m_batchSize = rows; }
    // How long to wait for a writer that holds the database locked.
    void setLockTimeout(int milliseconds) { m_lockTimeoutMs = milliseconds; }

    bool open(ExportError *error);
    bool count(qint64 *rows, ExportError *error);
    // Fills `batch` with the next rows; an empty batch means the end.
    bool next(RowBatch &batch, ExportError *error);

    // Continue after this definition id (a resumed export).
    void setResumeAfterId(qint64 id) { m_lastId = id; }
    qint64 lastId() const { return m_lastId; }
    // Highest id that existed when the export started; rows added later are not exported.
    qint64 upperBoundId() const { return m_upperId; }
    // A resumed export keeps the upper id of its first start (call after open()).
    void setUpperBoundId(qint64 id) { m_upperId = id; }

    QStringList warnings() const { return m_warnings; }

private:
    bool fail(ExportError *error, int rc, const QString &context);
    bool inspectSchema(ExportError *error);
    QString buildWhere(ExportError *error);
    bool bindFilters(sqlite3_stmt *stmt);
    bool readExamples(RowBatch &batch, ExportError *error);
    void storeText(RowBatch &batch, Column c, CellType type, const char *data, int len, qint64 id);
    void warnInvalidText(qint64 id, const char *column);

    ExportRequest m_request;
    int m_batchSize = 2000;
    int m_lockTimeoutMs = 10000;
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_rowsStmt = nullptr;
    sqlite3_stmt *m_examplesStmt = nullptr;
    std::vector<Column> m_selected;      // columns read, in SELECT order after id
    std::vector<bool> m_present;         // per Column: exists in this database
    QString m_where;
    QStringList m_warnings;
    std::string m_repair;
    qint64 m_lastId = 0;
    qint64 m_upperId = 0;
    int m_invalidTextCount = 0;
    bool m_hasExamples = false;
};

} // namespace defex
