#pragma once

// Runs one export from start to finish on the calling thread: reader -> writer -> sink,
// written to `<output>.part` and renamed into place only when everything succeeded. Progress,
// cancellation and suspension are handled between batches; checkpoints are taken at fixed row
// counts so that an interrupted export can continue to the very same bytes.

#include "ExportCheckpoint.h"
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
    QString sha256;              // of the finished file
    QStringList warnings;
    bool resumed = false;        // continued from a checkpoint
    QString restartReason;       // why a checkpoint could not be used (the export started over)

    bool ok() const { return !error.isError(); }
};

class Exporter final
{
public:
    using ProgressHandler = std::function<void(const ExportProgress &)>;
    // Called after the file is durable up to the checkpoint.
    using CheckpointHandler = std::function<void(const ExportCheckpoint &)>;

    enum StopRequest : int { Run = 0, Cancel = 1, Suspend = 2 };

    // Checkpoints fall on multiples of this many rows in every run, with or without a queue,
    // so an interrupted-and-resumed export produces the same bytes as one that ran through.
    static constexpr qint64 CheckpointRows = 20000;

    explicit Exporter(const ExportRequest &request);

    void setProgressHandler(ProgressHandler handler) { m_progress = std::move(handler); }
    void setCheckpointHandler(CheckpointHandler handler) { m_checkpoint = std::move(handler); }
    // Cancel flag: true cancels (the .part is removed).
    void setCancelFlag(const std::atomic<bool> *flag) { m_cancel = flag; }
    // Stop request: Cancel removes the .part, Suspend keeps it for resuming.
    void setStopRequest(const std::atomic<int> *request) { m_stop = request; }
    void setResumeFrom(const ExportCheckpoint &checkpoint) { m_resumeFrom = checkpoint; }
    // Read the finished file back (gzip integrity and length) before it is renamed into place.
    void setVerify(bool verify) { m_verify = verify; }
    void setBatchSize(int rows) { m_batchSize = rows; }
    void setLockTimeout(int milliseconds) { m_lockTimeoutMs = milliseconds; }

    ExportResult run();

private:
    int stopRequest() const;

    ExportRequest m_request;
    ProgressHandler m_progress;
    CheckpointHandler m_checkpoint;
    const std::atomic<bool> *m_cancel = nullptr;
    const std::atomic<int> *m_stop = nullptr;
    ExportCheckpoint m_resumeFrom;
    bool m_verify = false;
    int m_batchSize = 2000;
    int m_lockTimeoutMs = 10000;
};

} // namespace defex
