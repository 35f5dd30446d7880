#include "ExportTask.h"

#include "ThreadPriority.h"

#include <QMetaObject>

namespace defex {

ExportTask::ExportTask(std::shared_ptr<RunningJob> job, const JobRecord &record, QObject *context,
                       FinishedHandler finished)
    : m_job(std::move(job))
    , m_request(record.request)
    , m_resumeFrom(ExportCheckpoint::fromJson(record.checkpoint))
    , m_context(context)
    , m_finished(std::move(finished))
{
    setAutoDelete(true);
}

void ExportTask::run()
{
    // The pool's threads only ever run exports: they (and the reader and compression threads
    // the export starts, which inherit it) stay behind the window's thread.
    if (m_backgroundPriority)
        lowerCurrentThreadPriority();
    Exporter exporter(m_request);
    exporter.setStopRequest(&m_job->stop);
    exporter.setVerify(true);
    if (m_lockTimeoutMs >= 0)
        exporter.setLockTimeout(m_lockTimeoutMs);
    if (m_resumeFrom.isValid())
        exporter.setResumeFrom(m_resumeFrom);
    RunningJob *job = m_job.get();
    const qint64 resumeRows = m_resumeFrom.isValid() ? m_resumeFrom.rowsDone : 0;
    exporter.setProgressHandler([job, resumeRows, first = true](const ExportProgress &p) mutable {
        // A checkpoint that could not be used: the export starts over, and says so once.
        if (first && p.rowsDone < resumeRows)
            job->restarted.store(true, std::memory_order_relaxed);
        first = false;
        job->rowsTotal.store(p.rowsTotal, std::memory_order_relaxed);
        job->bytes.store(p.bytesWritten, std::memory_order_relaxed);
        job->rowsDone.store(p.rowsDone, std::memory_order_release);
    });
    exporter.setCheckpointHandler([job](const ExportCheckpoint &cp) {
        std::lock_guard<std::mutex> lock(job->mutex);
        job->checkpoint = cp;
        job->checkpointChanged = true;
    });
    ExportResult result = exporter.run();
    {
        std::lock_guard<std::mutex> lock(job->mutex);
        job->result = std::move(result);
    }
    job->finished.store(true, std::memory_order_release);
    const qint64 id = job->id;
    if (m_context) {
        FinishedHandler finished = m_finished;
        QMetaObject::invokeMethod(m_context.data(), [finished, id] { finished(id); },
                                  Qt::QueuedConnection);
    }
}

} // namespace defex
