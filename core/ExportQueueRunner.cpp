// ExportQueue, part two: running jobs, progress, recovery after crashes, shutdown, retention.

#include "ExportQueue.h"

#include "FileSink.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <signal.h>

namespace defex {

namespace {

constexpr qint64 kStoreWriteIntervalMs = 1000;  // progress reaches the store about once a second
constexpr qint64 kPollIntervalMs = 250;         // other processes' changes show up this fast
constexpr qint64 kOrphanCheckMs = 5000;
constexpr qint64 kStaleHeartbeatSecs = 30;      // a lease without a heartbeat this long is dead

// Marks on error-history entries: the failed attempt was retried automatically, or it ended the
// job (failed for good).
const char kRetried[] = "retried";
const char kFinal[] = "final";

void markLastEntry(JobRecord &job, const char *key)
{
    if (job.errorHistory.isEmpty())
        return;
    QJsonObject entry = job.errorHistory.last().toObject();
    entry.insert(QLatin1String(key), true);
    job.errorHistory.replace(job.errorHistory.size() - 1, entry);
}

// Automatic retries since the job last failed for good. Pauses, resumes and restarts claim a
// job again too (and raise `attempts`) but are no failed attempts: they must not use these up.
int automaticRetries(const JobRecord &job)
{
    int n = 0;
    for (qsizetype i = job.errorHistory.size() - 1; i >= 0; --i) {
        const QJsonObject entry = job.errorHistory.at(i).toObject();
        if (entry.value(QLatin1String(kFinal)).toBool())
            break;
        n += entry.value(QLatin1String(kRetried)).toBool() ? 1 : 0;
    }
    return n;
}

} // namespace

void ExportQueue::tick()
{
    const qint64 now = m_clock.elapsed();
    if (m_runJobs) {
        flushProgress(false);
        if (now - m_lastOrphanCheckMs >= kOrphanCheckMs) {
            m_lastOrphanCheckMs = now;
            recoverOrphans();
        }
        schedule();
    }
    if (now - m_lastPollMs >= kPollIntervalMs) {
        m_lastPollMs = now;
        pollStore();
    }
    announce();
}

void ExportQueue::schedule()
{
    if (!m_runJobs || m_shuttingDown)
        return;
    while (int(m_running.size()) < m_maxConcurrent) {
        std::optional<JobRecord> claimed = m_store.claimNext(m_pid, m_bootId);
        if (!claimed)
            break;
        startJob(*claimed);
    }
}

void ExportQueue::startJob(JobRecord record)
{
    Live live;
    live.job = std::make_shared<RunningJob>();
    live.job->id = record.id;
    const ExportCheckpoint cp = ExportCheckpoint::fromJson(record.checkpoint);
    // Progress never goes backwards within an attempt; a resumed attempt starts at its checkpoint.
    record.rowsDone = cp.isValid() ? cp.rowsDone : 0;
    record.bytes = cp.isValid() ? cp.partBytes : 0;
    live.job->rowsDone = record.rowsDone;
    live.job->rowsTotal = record.rowsTotal;
    live.job->bytes = record.bytes; // until the export reports, not 0 bytes of a resumed file
    live.lastStoreWriteMs = m_clock.elapsed();
    live.eta.addSample(m_clock.elapsed(), record.rowsDone);
    m_cache.insert(record.id, record);
    markChanged(record.id);
    std::shared_ptr<RunningJob> job = live.job;
    m_running.insert(record.id, live);
    auto *task = new ExportTask(job, record, this, [this](qint64 id) { onTaskFinished(id); });
    task->setLockTimeout(m_lockTimeoutMs);
    task->setBackgroundPriority(m_backgroundPriority);
    m_pool.start(task);
}

void ExportQueue::flushProgress(bool force)
{
    const qint64 now = m_clock.elapsed();
    QList<qint64> heartbeats;
    for (auto it = m_running.begin(); it != m_running.end(); ++it) {
        RunningJob &job = *it->job;
        JobRecord &rec = m_cache[it.key()];
        const qint64 done = job.rowsDone.load(std::memory_order_acquire);
        const qint64 total = job.rowsTotal.load(std::memory_order_relaxed);
        const quint64 bytes = job.bytes.load(std::memory_order_relaxed);
        // Progress never goes backwards within an attempt, except once when a resumed attempt
        // finds its checkpoint unusable and really starts over.
        if (job.restarted.exchange(false)) {
            rec.rowsDone = 0;
            it->eta.reset();
        }
        const qint64 clampedDone = qMax(rec.rowsDone, done);
        if (clampedDone != rec.rowsDone || total != rec.rowsTotal || bytes != rec.bytes) {
            rec.rowsDone = clampedDone;
            rec.rowsTotal = qMax(total, clampedDone);
            rec.bytes = bytes;
            markChanged(rec.id);
        }
        it->eta.addSample(now, rec.rowsDone);
        // A new checkpoint goes to the store on the next tick (at most one write per 20,000 rows),
        // so a crash loses at most the rows since it; plain progress only about once a second.
        bool checkpointChanged = false;
        {
            std::lock_guard<std::mutex> lock(job.mutex);
            checkpointChanged = job.checkpointChanged;
        }
        if (!force && !checkpointChanged && now - it->lastStoreWriteMs < kStoreWriteIntervalMs)
            continue;
        it->lastStoreWriteMs = now;
        if (checkpointChanged) {
            std::lock_guard<std::mutex> lock(job.mutex);
            rec.checkpoint = job.checkpoint.toJson();
            job.checkpointChanged = false;
        }
        if (checkpointChanged)
            m_store.update(rec);
        else
            m_store.updateProgress(rec.id, rec.rowsDone, rec.rowsTotal, rec.bytes);
        heartbeats << rec.id;
        // Another process may have asked to cancel or pause this job.
        const QString action = m_store.requestedAction(rec.id);
        if (action == QLatin1String("cancel"))
            job.stop = Exporter::Cancel;
        else if (action == QLatin1String("pause"))
            job.stop = Exporter::Suspend;
        if (!action.isEmpty())
            m_store.setRequestedAction(rec.id, QString());
    }
    if (!heartbeats.isEmpty())
        m_store.heartbeat(heartbeats, m_pid, m_bootId);
}

bool ExportQueue::isTransient(const ExportError &error) const
{
    // A locked source and a file that failed its read-back are worth another try; bad input,
    // a full disk or a missing folder need the user.
    return error.kind == ErrorKind::SourceBusy || error.kind == ErrorKind::Internal;
}

void ExportQueue::onTaskFinished(qint64 id)
{
    auto it = m_running.find(id);
    if (it == m_running.end())
        return; // handled already (shutdown)
    std::shared_ptr<RunningJob> job = it->job;
    ExportResult result;
    {
        std::lock_guard<std::mutex> lock(job->mutex);
        result = job->result;
        if (job->checkpointChanged)
            m_cache[id].checkpoint = job->checkpoint.toJson();
    }
    m_running.erase(it);
    JobRecord rec = m_cache.value(id);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!result.restartReason.isEmpty())
        addHistory(rec, result.restartReason);
    bool finished = false;
    switch (result.error.kind) {
    case ErrorKind::None:
        rec.state = JobState::Completed;
        rec.rowsDone = rec.rowsTotal = result.rows;
        rec.bytes = result.bytes;
        rec.sha256 = result.sha256;
        rec.outputPath = result.outputPath;
        rec.error.clear();
        rec.checkpoint = {};
        rec.interruptions = 0;
        for (const QString &w : result.warnings)
            addHistory(rec, tr("Warning: %1").arg(w));
        finished = true;
        break;
    case ErrorKind::Cancelled:
        rec.state = JobState::Cancelled;
        rec.checkpoint = {};
        finished = true;
        break;
    case ErrorKind::Suspended:
        if (m_shuttingDown) {
            rec.state = JobState::Pending;
            addHistory(rec, tr("Stopped when the program quit; it continues from row %1 at the next start.")
                                .arg(ExportCheckpoint::fromJson(rec.checkpoint).rowsDone));
        } else {
            rec.state = JobState::Paused;
        }
        break;
    default: {
        rec.error = result.error.message;
        const int retries = automaticRetries(rec);
        const bool again = isTransient(result.error) && retries + 1 < MaxAttempts && !m_shuttingDown;
        addHistory(rec, result.error.message);
        markLastEntry(rec, again ? kRetried : kFinal);
        // A failed export removed its .part, so its checkpoint leads nowhere.
        rec.checkpoint = {};
        if (again) {
            // Back-off: 5 s after the first failure, 20 s after the second.
            rec.state = JobState::Pending;
            rec.notBefore = now.addSecs(retries == 0 ? 5 : 20);
        } else {
            rec.state = JobState::Failed;
            finished = true;
        }
        break;
    }
    }
    if (finished)
        rec.finishedAt = now;
    rec.leasePid = 0;
    rec.leaseBootId.clear();
    save(rec);
    if (finished)
        m_finished.insert(id);
    schedule();
}

bool ExportQueue::leaseIsAlive(const JobRecord &job) const
{
    if (job.leaseBootId != m_bootId)
        return false; // the machine restarted since
    if (job.leasePid == m_pid)
        return m_running.contains(job.id);
    if (job.leasePid <= 0 || (::kill(pid_t(job.leasePid), 0) != 0 && errno != EPERM))
        return false;
    // The process id may have been reused by an unrelated program: trust a recent heartbeat only.
    return job.heartbeat.isValid()
           && job.heartbeat.secsTo(QDateTime::currentDateTimeUtc()) < kStaleHeartbeatSecs;
}

void ExportQueue::recoverOrphans()
{
    for (JobRecord job : m_store.listInStates({JobState::Running, JobState::Interrupted})) {
        // "interrupted" in the store is a recovery that a crash cut short (older versions wrote
        // it first and the outcome in a second write): finish it, or the job is stuck for good.
        if ((job.state != JobState::Running && job.state != JobState::Interrupted) || leaseIsAlive(job))
            continue;
        const JobState found = job.state;
        job.interruptions += 1;
        addHistory(job, tr("Interrupted: the program running this export stopped unexpectedly."));
        if (job.interruptions >= MaxInterruptions) {
            job.state = JobState::Failed;
            job.error = tr("The export was interrupted %1 times in a row: each time, the program "
                           "running it stopped. It is not started again automatically; retry it "
                           "when the cause is found.").arg(job.interruptions);
            job.finishedAt = QDateTime::currentDateTimeUtc();
            job.checkpoint = {};
            markLastEntry(job, kFinal);
        } else {
            job.state = JobState::Pending;
        }
        job.leasePid = 0;
        job.leaseBootId.clear();
        // One conditional write: one process recovers it, once, and no crash can leave it
        // half-recovered.
        if (!m_store.update(job, {found}))
            continue;
        m_cache.insert(job.id, job);
        markChanged(job.id);
        if (job.state == JobState::Failed) {
            removePartFile(job);
            m_finished.insert(job.id);
        }
    }
}

void ExportQueue::pollStore()
{
    const qint64 sequence = m_store.changeSequence();
    if (sequence == m_seenSequence)
        return;
    qint64 newSequence = sequence;
    const QList<JobRecord> changed = m_store.listChangedSince(m_seenSequence, &newSequence);
    m_seenSequence = newSequence;
    for (const JobRecord &job : changed) {
        if (m_running.contains(job.id))
            continue; // this process knows its running jobs better than the store
        if (job.owner.isEmpty()) { // a removal (see JobStore::listChangedSince)
            if (m_cache.remove(job.id))
                markRemoved(job.id);
            continue;
        }
        const auto old = m_cache.constFind(job.id);
        const bool isNew = old == m_cache.constEnd();
        if (!isNew && *old == job)
            continue;
        if (isFinishedState(job.state) && (isNew || old->state != job.state))
            m_finished.insert(job.id);
        m_cache.insert(job.id, job);
        if (isNew)
            markAdded(job.id);
        else
            markChanged(job.id);
    }
}

void ExportQueue::announce()
{
    if (m_added.isEmpty() && m_changed.isEmpty() && m_finished.isEmpty() && m_removed.isEmpty())
        return;
    auto collect = [this](const QSet<qint64> &ids) {
        QList<qint64> sorted(ids.begin(), ids.end());
        std::sort(sorted.begin(), sorted.end());
        QList<JobSnapshot> out;
        for (qint64 id : sorted) {
            const auto it = m_cache.constFind(id);
            if (it != m_cache.constEnd())
                out << snapshot(*it);
        }
        return out;
    };
    QSet<qint64> updated = m_changed;
    updated.subtract(m_added);
    const QList<JobSnapshot> added = collect(m_added);
    const QList<JobSnapshot> changed = collect(updated);
    const QList<JobSnapshot> finished = collect(m_finished);
    const QList<qint64> removed = m_removed;
    m_added.clear();
    m_changed.clear();
    m_finished.clear();
    m_removed.clear();
    if (!added.isEmpty())
        emit jobsAdded(added);
    if (!changed.isEmpty())
        emit jobsUpdated(changed);
    if (!finished.isEmpty())
        emit jobsFinished(finished);
    if (!removed.isEmpty())
        emit jobsRemoved(removed);
}

void ExportQueue::shutdown(int timeoutMs)
{
    if (m_shuttingDown)
        return;
    m_shuttingDown = true;
    m_timer.stop();
    m_retentionTimer.stop();
    for (Live &live : m_running)
        live.job->stop = Exporter::Suspend;
    m_pool.waitForDone(timeoutMs);
    flushProgress(true);
    // The tasks' own finish notifications are queued behind us; handle the finished ones now.
    const QList<qint64> ids = m_running.keys();
    for (qint64 id : ids) {
        if (m_running.value(id).job->finished.load(std::memory_order_acquire))
            onTaskFinished(id);
    }
    announce();
}

int ExportQueue::runRetention()
{
    const QDateTime cutoff = QDateTime::currentDateTimeUtc().addDays(-m_retentionDays);
    const QString exportRoot = QFileInfo(m_exportDir).canonicalFilePath();
    int removed = 0;
    for (const JobRecord &job : m_store.listExpired(cutoff)) {
        if (!isFinishedState(job.state) || job.pinned || !job.finishedAt.isValid() || job.finishedAt >= cutoff)
            continue;
        if (job.state == JobState::Completed && !job.outputPath.isEmpty() && !exportRoot.isEmpty()) {
            // Delete only the file this job wrote, and only inside the export folder.
            const QFileInfo file(job.outputPath);
            const QString canonical = file.canonicalFilePath();
            if (!canonical.isEmpty() && canonical.startsWith(exportRoot + QLatin1Char('/'))
                && quint64(file.size()) == job.bytes) {
                QFile f(canonical);
                QCryptographicHash hash(QCryptographicHash::Sha256);
                if (f.open(QIODevice::ReadOnly) && hash.addData(&f)
                    && QString::fromLatin1(hash.result().toHex()) == job.sha256) {
                    f.close();
                    QFile::remove(canonical);
                }
            }
        }
        if (m_store.remove(job.id)) {
            m_cache.remove(job.id);
            markRemoved(job.id);
            ++removed;
        }
    }
    return removed;
}

} // namespace defex
