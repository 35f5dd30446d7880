#pragma once

// One writer per format behind one small interface: begin, write batches, finish.

#include "Columns.h"
#include "ExportRequest.h"
#include "RowBatch.h"
#include "Sink.h"

#include <QDateTime>
#include <QStringList>

#include <memory>
#include <string>
#include <vector>

namespace defex {

struct ExportHeader
{
    Level level = Level::Basis;
    std::vector<Column> columns;
    qint64 totalRows = 0;      // rows the count query found (written into JSON/TXT headers)
    qint64 resumedRows = 0;    // rows already in the file when an export resumes
    QDateTime timestamp;       // the request's timestamp (fixed per request)
};

class Writer
{
public:
    explicit Writer(Sink &sink) : m_sink(sink) {}
    virtual ~Writer() = default;
    Writer(const Writer &) = delete;
    Writer &operator=(const Writer &) = delete;

    virtual bool begin(const ExportHeader &header) = 0;
    // Continues a file whose header and first `header.resumedRows` rows exist already.
    // Formats that cannot continue a file (XLSX) return false and the export starts over.
    virtual bool resume(const ExportHeader &header)
    {
        Q_UNUSED(header);
        return false;
    }
    // Hands everything buffered to the sink (at checkpoints).
    bool flushBuffered() { return flush(); }
    // Writes rows [first, first + count) of the batch.
    virtual bool writeRows(const RowBatch &batch, int first, int count) = 0;
    bool writeBatch(const RowBatch &batch) { return writeRows(batch, 0, batch.rowCount()); }
    bool writeBatch(const RowBatch &batch, int first, int count) { return writeRows(batch, first, count); }
    virtual bool finish() = 0;

    QString errorString() const { return m_error; }
    // Things the user should know about the output (e.g. texts cut at Excel's cell limit).
    QStringList warnings() const { return m_warnings; }

    static std::unique_ptr<Writer> create(const ExportRequest &request, Sink &sink);

protected:
    // Buffered output: writers append to m_buf and hand it to the sink in large pieces.
    bool flush();
    bool flushIfFull() { return m_buf.size() < kFlushSize || flush(); }
    bool fail(const QString &message);

    static constexpr size_t kFlushSize = 256 * 1024;
    Sink &m_sink;
    std::string m_buf;
    QString m_error;
    QStringList m_warnings;
};

} // namespace defex
