#pragma once

// The queue's persistence: one SQLite database (QtSql) in the user's data folder, shared by
// every process of that user (the window and headless runners). Every state change is written
// here before it is announced. Use one JobStore per thread; it opens its own connection.

#include "JobRecord.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QSqlDatabase;

namespace defex {

class JobStore final
{
public:
    JobStore();
    ~JobStore();
    JobStore(const JobStore &) = delete;
    JobStore &operator=(const JobStore &) = delete;

    static constexpr int SchemaVersion = 1;

    // The folder for the store and default exports: $DEFINITIE_EXPORT_DATA_DIR, else
    // QStandardPaths::AppDataLocation.
    static QString defaultDirectory();
    static QString currentUser();   // the operating-system user name
    static QString bootId();        // /proc/sys/kernel/random/boot_id

    // Opens or creates DIR/queue.sqlite (folder 0700, file 0600, WAL, busy timeout, migrations).
    // A store that exists but cannot be written is opened read-only (isReadOnly()); a corrupt
    // store or one from a newer program version fails with a clear message.
    bool open(const QString &directory, QString *error);
    bool isOpen() const;
    bool isReadOnly() const { return m_readOnly; }
    QString path() const { return m_path; }
    QString lastError() const { return m_lastError; }

    // Everything below acts on the current user's jobs only.

    // Assigns id, position (after all others), createdAt and owner; one transaction for all.
    bool insert(QList<JobRecord> &jobs);
    // The same, calling `prepare` inside the write transaction, before the rows are written, with
    // the output path of every job in the store (any user, any state): names planned there cannot
    // collide with those of another process that queues at the same moment.
    using Prepare = std::function<void(const QStringList &storedOutputs, QList<JobRecord> &jobs)>;
    bool insert(QList<JobRecord> &jobs, const Prepare &prepare);
    std::optional<JobRecord> load(qint64 id);
    QList<JobRecord> list();                        // ordered by id
    // Only the jobs in these states (ordered by id): what recovery needs, without reading a
    // long history.
    QList<JobRecord> listInStates(const QList<JobState> &states);
    // Finished, not pinned, finished before `cutoff`: what the retention cleanup removes.
    QList<JobRecord> listExpired(const QDateTime &cutoff);
    // For watchers: the jobs written after `sequence` (every write stores the new change
    // sequence in the rows it touches), and in *newSequence the sequence to pass next time.
    // A job removed after `sequence` comes back as a removal marker: a record with only `id`
    // set and an empty owner (isRemoval()); the store keeps these tombstones for 30 days.
    QList<JobRecord> listChangedSince(qint64 sequence, qint64 *newSequence);
    static bool isRemoval(const JobRecord &job) { return job.id > 0 && job.owner.isEmpty(); }
    qint64 changeSequence();                        // grows with every write by any process

    // Atomically claims the pending job with the smallest position whose notBefore has passed:
    // state -> running, attempts + 1, startedAt, lease. Two processes never get the same job.
    std::optional<JobRecord> claimNext(qint64 pid, const QString &bootId);
    // Atomically claims one given job if it is still pending (for tests and "start now").
    std::optional<JobRecord> claim(qint64 id, qint64 pid, const QString &bootId);

    // Writes every mutable field of `job` (not id, owner, createdAt). Bumps the change sequence.
    bool update(const JobRecord &job);
    // The same, in one atomic write, only while the stored job is in one of `from` (the state in
    // `job` is the new one); returns whether it wrote. For changes of state that carry other
    // fields, so that no crash can leave the new state without them.
    bool update(const JobRecord &job, const QList<JobState> &from);
    // Changes the state only when the job is in one of `from`; returns whether it did.
    bool transition(qint64 id, const QList<JobState> &from, JobState to);
    // Progress and heartbeat in one cheap statement.
    bool updateProgress(qint64 id, qint64 rowsDone, qint64 rowsTotal, quint64 bytes);
    bool heartbeat(const QList<qint64> &ids, qint64 pid, const QString &bootId);

    // A request another process left for a running job: "cancel", "pause" or empty.
    bool setRequestedAction(qint64 id, const QString &action);
    QString requestedAction(qint64 id);

    bool remove(qint64 id);
    // Moves a pending job: to the top, bottom, or one place up/down among pending jobs.
    enum class Move { Top, Up, Down, Bottom };
    bool move(qint64 id, Move where);
    // Reorders pending jobs to exactly this order (the ids must all be pending).
    bool setPendingOrder(const QList<qint64> &ids);
    // 1-based position among pending jobs, 0 when not pending.
    int queuePosition(qint64 id);

private:
    QList<JobRecord> listWhere(const QString &condition, const QVariantHash &binds);
    bool exec(const QString &sql);
    bool migrate(QString *error);
    bool bump();
    QSqlDatabase database() const;
    int openConnection(bool readOnly, bool immutable, QString *error);
    void closeConnection();
    bool fail(const QString &message);
    bool canWrite();
    std::optional<JobRecord> claimOne(qint64 id, qint64 pid, const QString &bootId);
    bool setPosition(qint64 id, qint64 position);

    QString m_connection;
    QString m_path;
    QString m_user;
    QString m_lastError;
    bool m_readOnly = false;
};

} // namespace defex
