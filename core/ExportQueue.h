#pragma once

// The persistent background export queue: runs at most N jobs at once on its own thread pool,
// keeps every job in the JobStore (written before announced), recovers jobs of crashed
// processes, resumes from checkpoints, retries transient failures with back-off and removes old
// exports. Lives in one thread (call it there); announces changes in batches, at most ~10 per
// second, whatever the number of jobs.

#include "ExportTask.h"
#include "EtaEstimator.h"
#include "JobSnapshot.h"
#include "JobStore.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QThreadPool>
#include <QTimer>

#include <memory>

namespace defex {

class ExportQueue final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportQueue)

public:
    explicit ExportQueue(QObject *parent = nullptr);
    ~ExportQueue() override; // stops gracefully (see shutdown())

    static constexpr int DefaultMaxConcurrent = 5;
    static constexpr int MaxAttempts = 3;           // automatic retries of transient failures
    static constexpr int MaxInterruptions = 3;      // crashes in a row before a job fails

    // Opens the store in `dataDirectory`, recovers jobs whose process is gone and removes
    // expired exports. With `runJobs` false the queue only edits the store (command line
    // commands); jobs are run by whichever process runs them.
    bool open(const QString &dataDirectory, bool runJobs, QString *error);
    bool isReadOnly() const { return m_store.isReadOnly(); }
    QString lastError() const { return m_lastError; }
    QString dataDirectory() const { return m_dataDir; }

    // Where jobs without an explicit output file write (default: DATA/exports).
    QString exportDirectory() const { return m_exportDir; }
    void setExportDirectory(const QString &dir); // made absolute
    int maxConcurrent() const { return m_maxConcurrent; }
    void setMaxConcurrent(int n);                   // 1..16, takes effect at once
    int retentionDays() const { return m_retentionDays; }
    void setRetentionDays(int days) { m_retentionDays = qMax(1, days); }
    // How long a job waits for a locked source database before the attempt fails as transient;
    // -1 (the default) keeps the Exporter's own. Applies to jobs started afterwards.
    int lockTimeout() const { return m_lockTimeoutMs; }
    void setLockTimeout(int milliseconds) { m_lockTimeoutMs = qMax(-1, milliseconds); }

    // Export threads run at a lower priority than the caller's (a window's) threads, so that a
    // window stays responsive while every core exports. For windows; off by default (a headless
    // runner has nothing to protect). Set before open().
    void setBackgroundPriority(bool on) { m_backgroundPriority = on; }
    bool backgroundPriority() const { return m_backgroundPriority; }

    // --- commands; each returns whether it did something, failures leave lastError() ---
    // Queues a job; an empty request.output gets a file in exportDirectory(). Returns its id or 0.
    qint64 enqueue(const ExportRequest &request, const QString &description = {});
    QList<qint64> enqueueMany(const QList<ExportRequest> &requests, const QStringList &descriptions = {});
    bool cancel(qint64 id);
    bool pause(qint64 id);
    bool resume(qint64 id);
    bool retry(qint64 id);
    bool setPinned(qint64 id, bool pinned);
    bool move(qint64 id, JobStore::Move where);
    bool setPendingOrder(const QList<qint64> &ids);
    bool remove(qint64 id);                         // finished jobs only; their files stay
    // Bulk actions act on exactly the ids given (what the user saw) and return how many they
    // changed; ids in a state the action does not apply to are left alone.
    int cancelAll(const QList<qint64> &ids);
    int retryFailed(const QList<qint64> &ids);
    int removeFinished(const QList<qint64> &ids);
    void pauseAll();
    void resumeAll();
    // Finished jobs older than the retention period (not pinned) and their files. Returns count.
    int runRetention();

    // --- state ---
    QList<JobSnapshot> jobs() const;
    std::optional<JobSnapshot> job(qint64 id) const;
    QList<qint64> idsInStates(const QList<JobState> &states) const;
    // 1-based place among pending jobs (0 when not pending), always current: a pending job's
    // place changes when jobs ahead of it start or move, without an update of its own.
    int queuePosition(qint64 id) const;
    int runningCount() const { return int(m_running.size()); }

    // Suspends running jobs at their next batch (they keep their checkpoint), waits up to
    // `timeoutMs` and stores them as pending so the next start resumes them.
    void shutdown(int timeoutMs = 2000);

signals:
    void jobsAdded(const QList<defex::JobSnapshot> &jobs);
    void jobsUpdated(const QList<defex::JobSnapshot> &jobs);
    // Reached completed, failed or cancelled.
    void jobsFinished(const QList<defex::JobSnapshot> &jobs);
    void jobsRemoved(const QList<qint64> &ids);

private:
    struct Live
    {
        std::shared_ptr<RunningJob> job;
        EtaEstimator eta;
        qint64 lastStoreWriteMs = 0;
    };

    void tick();
    void schedule();
    void pollStore();
    void flushProgress(bool force);
    void onTaskFinished(qint64 id);
    void recoverOrphans();
    bool leaseIsAlive(const JobRecord &job) const;
    void startJob(JobRecord record);
    void addHistory(JobRecord &job, const QString &message);
    bool save(JobRecord &job);                      // store then cache, marks it for announcing
    void markChanged(qint64 id);
    void markAdded(qint64 id);
    void markRemoved(qint64 id);
    void announce();
    JobSnapshot snapshot(const JobRecord &record) const;
    void refreshPositions() const;
    void removePartFile(const JobRecord &job);
    bool isTransient(const ExportError &error) const;

    JobStore m_store;
    QString m_dataDir;
    QString m_exportDir;
    QString m_lastError;
    QString m_bootId;
    qint64 m_pid = 0;
    bool m_runJobs = false;
    bool m_shuttingDown = false;
    int m_maxConcurrent = DefaultMaxConcurrent;
    int m_retentionDays = 7;
    int m_lockTimeoutMs = -1;
    bool m_backgroundPriority = false;
    QThreadPool m_pool;
    QTimer m_timer;
    QTimer m_retentionTimer;
    QElapsedTimer m_clock;
    qint64 m_lastPollMs = 0;
    qint64 m_lastHeartbeatMs = 0;
    qint64 m_lastOrphanCheckMs = 0;
    qint64 m_seenSequence = 0;
    QHash<qint64, JobRecord> m_cache;
    QHash<qint64, Live> m_running;
    QSet<qint64> m_added, m_changed, m_finished;
    mutable QHash<qint64, int> m_positions;         // 1-based places of pending jobs
    mutable bool m_positionsDirty = true;
    QList<qint64> m_removed;
};

} // namespace defex
