#pragma once

// One job running on the queue's thread pool. The worker thread only touches the atomics and
// the mutex-guarded fields of RunningJob; the queue's thread reads them on its timer and is
// told through a queued call when the task ends. The task never touches the job store.

#include "ExportCheckpoint.h"
#include "Exporter.h"
#include "JobRecord.h"

#include <QObject>
#include <QPointer>
#include <QRunnable>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>

namespace defex {

struct RunningJob
{
    qint64 id = 0;
    std::atomic<int> stop{Exporter::Run};
    std::atomic<qint64> rowsDone{0};
    std::atomic<qint64> rowsTotal{0};
    std::atomic<quint64> bytes{0};
    std::atomic<bool> finished{false}; // the export returned; `result` is final
    std::atomic<bool> restarted{false}; // its checkpoint was unusable: progress starts over

    std::mutex mutex;           // guards the fields below
    ExportCheckpoint checkpoint;
    bool checkpointChanged = false;
    ExportResult result;
};

class ExportTask final : public QRunnable
{
public:
    using FinishedHandler = std::function<void(qint64 id)>;

    // `finished` runs on the thread of `context` after the export ended.
    ExportTask(std::shared_ptr<RunningJob> job, const JobRecord &record, QObject *context,
               FinishedHandler finished);
    void setLockTimeout(int milliseconds) { m_lockTimeoutMs = milliseconds; } // -1: Exporter's
    // Run behind interactive threads (see ThreadPriority.h). The pool's threads keep it.
    void setBackgroundPriority(bool on) { m_backgroundPriority = on; }
    void run() override;

private:
    std::shared_ptr<RunningJob> m_job;
    ExportRequest m_request;
    ExportCheckpoint m_resumeFrom;
    QPointer<QObject> m_context;
    FinishedHandler m_finished;
    bool m_backgroundPriority = false;
    int m_lockTimeoutMs = -1;
};

} // namespace defex
