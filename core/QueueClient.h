#pragma once

// The export queue for a user interface thread: runs an ExportQueue (and with it every SQLite
// access of the queue) in a thread of its own, so the caller's thread never waits on the job
// store or on export work. Commands are asynchronous and run in the order given; the queue's
// batched announcements arrive as this object's signals in the caller's thread.

#include "ExportRequest.h"
#include "JobSnapshot.h"
#include "JobStore.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QThread>

namespace defex {

class ExportQueue;

class QueueClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueClient)

public:
    struct Settings
    {
        int maxConcurrent = 5;
        int retentionDays = 7;
        QString exportDirectory;   // empty: DATA/exports
        int lockTimeoutMs = -1;    // -1: the exporter's own
        bool backgroundPriority = true; // exports yield the processor to interactive threads
    };

    explicit QueueClient(QObject *parent = nullptr);
    ~QueueClient() override; // stops gracefully (shutdown()) when still running

    // Opens the store in `dataDirectory` and starts running jobs; answers with opened().
    void open(const QString &dataDirectory, const Settings &settings);
    void open(const QString &dataDirectory) { open(dataDirectory, Settings()); }
    bool isOpen() const { return m_open; }
    QString dataDirectory() const { return m_dataDir; }
    QString exportDirectory() const { return m_exportDir; }

    // --- commands (asynchronous; failures arrive as commandFailed()) ---
    // Answers with enqueued() carrying the new ids (empty when it failed).
    void enqueue(const QList<ExportRequest> &requests, const QStringList &descriptions = {});
    void cancel(const QList<qint64> &ids);
    void pause(const QList<qint64> &ids);
    void resume(const QList<qint64> &ids);
    void retry(const QList<qint64> &ids);
    void remove(const QList<qint64> &ids);
    void setPinned(qint64 id, bool pinned);
    void move(qint64 id, JobStore::Move where);
    void setPendingOrder(const QList<qint64> &ids);
    // Bulk actions on exactly these ids; answered with bulkDone().
    void cancelAll(const QList<qint64> &ids);
    void retryFailed(const QList<qint64> &ids);
    void removeFinished(const QList<qint64> &ids);
    void pauseAll();
    void resumeAll();
    void setMaxConcurrent(int n);
    void setRetentionDays(int days);
    void setExportDirectory(const QString &dir);

    // Suspends running jobs (they keep their checkpoint and resume at the next start), waits up
    // to `timeoutMs` and stops the queue's thread. Blocks: call it when quitting.
    void shutdown(int timeoutMs = 3000);

    enum class Bulk { CancelAll, RetryFailed, RemoveFinished };
    Q_ENUM(Bulk)

signals:
    // After open(): the jobs as they are (already recovered), or ok false with a message.
    void opened(bool ok, const QString &error, const QList<defex::JobSnapshot> &jobs);
    void enqueued(const QList<qint64> &ids);
    void bulkDone(defex::QueueClient::Bulk action, int changed);
    void commandFailed(const QString &message);

    void jobsAdded(const QList<defex::JobSnapshot> &jobs);
    void jobsUpdated(const QList<defex::JobSnapshot> &jobs);
    void jobsFinished(const QList<defex::JobSnapshot> &jobs);
    void jobsRemoved(const QList<qint64> &ids);

private:
    template<typename F> void post(F &&f);
    void forEachId(const QList<qint64> &ids, bool (ExportQueue::*command)(qint64));
    void onOpened(bool ok, const QString &error, const QString &exportDir);

    QThread m_thread;
    ExportQueue *m_queue = nullptr; // lives in m_thread
    QString m_dataDir;
    QString m_exportDir;
    bool m_open = false;
    bool m_stopped = false;
};

} // namespace defex

Q_DECLARE_METATYPE(defex::QueueClient::Bulk)
