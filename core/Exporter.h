#pragma once

// Runs one export from start to finish on the calling thread: reader -> writer -> sink,
// written to `<output>.part` and renamed into place only when everything succeeded. Progress
// and cancellation are handled between batches.

#include "ExportRequest.h"

#include <QStringList>

#include <atomic>
#include <functional>

namespace defex {

struct ExportProgress
{
    qint64 rowsDone = 0;
    qint64 rowsTotal = 0;
    quint64 bytesWritten = 0;
};

struct ExportResult
{
    ExportError error;
    qint64 rows = 0;
    quint64 bytes = 0;
    QString outputPath;
    QStringList warnings;

    bool ok() const { return !error.isError(); }
};

class Exporter final
{
public:
    using ProgressHandler = std::function<void(const ExportProgress &)>;
    using WarningHandler = std::function<void(const QString &)>;

    explicit Exporter(const ExportRequest &request);

    void setProgressHandler(ProgressHandler handler) { m_progress = std::move(handler); }
    void setCancelFlag(const std::atomic<bool> *flag) { m_cancel = flag; }
    void setBatchSize(int rows) { m_batchSize = rows; }
    void setLockTimeout(int milliseconds) { m_lockTimeoutMs = milliseconds; }

    ExportResult run();

private:
    bool cancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }

    ExportRequest m_request;
    ProgressHandler m_progress;
    const std::atomic<bool> *m_cancel = nullptr;
    int m_batchSize = 2000;
    int m_lockTimeoutMs = 10000;
};

} // namespace defex
