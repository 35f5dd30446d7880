#include "QueueClient.h"

#include "ExportQueue.h"

#include <QMetaObject>

namespace defex {

QueueClient::QueueClient(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<defex::JobSnapshot>();
    qRegisterMetaType<QList<defex::JobSnapshot>>();
    qRegisterMetaType<QList<qint64>>();
    qRegisterMetaType<defex::QueueClient::Bulk>();
    m_thread.setObjectName(QStringLiteral("export queue"));
    m_thread.start();
    // The queue and its timers belong to the queue's thread from birth (its timers are members,
    // which moveToThread() would leave behind).
    auto *birthplace = new QObject;
    birthplace->moveToThread(&m_thread);
    QMetaObject::invokeMethod(birthplace, [this] { m_queue = new ExportQueue; },
                              Qt::BlockingQueuedConnection);
    birthplace->deleteLater();
    connect(&m_thread, &QThread::finished, m_queue, &QObject::deleteLater);
    // Signal to signal: re-emitted in this object's thread.
    connect(m_queue, &ExportQueue::jobsAdded, this, &QueueClient::jobsAdded);
    connect(m_queue, &ExportQueue::jobsUpdated, this, &QueueClient::jobsUpdated);
    connect(m_queue, &ExportQueue::jobsFinished, this, &QueueClient::jobsFinished);
    connect(m_queue, &ExportQueue::jobsRemoved, this, &QueueClient::jobsRemoved);
}

QueueClient::~QueueClient()
{
    shutdown();
}

template<typename F> void QueueClient::post(F &&f)
{
    if (m_stopped)
        return;
    QMetaObject::invokeMethod(m_queue, std::forward<F>(f), Qt::QueuedConnection);
}

void QueueClient::open(const QString &dataDirectory, const Settings &settings)
{
    m_dataDir = dataDirectory;
    post([this, dataDirectory, settings] {
        ExportQueue *q = m_queue;
        q->setMaxConcurrent(settings.maxConcurrent);
        q->setRetentionDays(settings.retentionDays);
        q->setLockTimeout(settings.lockTimeoutMs);
        // The queue runs for a window: its exports yield the processor to the window's thread.
        q->setBackgroundPriority(settings.backgroundPriority);
        if (!settings.exportDirectory.isEmpty())
            q->setExportDirectory(settings.exportDirectory);
        QString error;
        const bool ok = q->open(dataDirectory, true, &error);
        const QList<JobSnapshot> jobs = ok ? q->jobs() : QList<JobSnapshot>();
        const QString exportDir = q->exportDirectory();
        // Queued to this thread: the announcements the queue makes from now on come after it.
        QMetaObject::invokeMethod(this, [this, ok, error, jobs, exportDir] {
            onOpened(ok, error, exportDir);
            emit opened(ok, error, jobs);
        }, Qt::QueuedConnection);
    });
}

void QueueClient::onOpened(bool ok, const QString &, const QString &exportDir)
{
    m_open = ok;
    m_exportDir = exportDir;
}

void QueueClient::enqueue(const QList<ExportRequest> &requests, const QStringList &descriptions)
{
    post([this, requests, descriptions] {
        const QList<qint64> ids = m_queue->enqueueMany(requests, descriptions);
        const QString error = ids.isEmpty() ? m_queue->lastError() : QString();
        QMetaObject::invokeMethod(this, [this, ids, error] {
            if (!error.isEmpty())
                emit commandFailed(error);
            emit enqueued(ids);
        }, Qt::QueuedConnection);
    });
}

void QueueClient::forEachId(const QList<qint64> &ids, bool (ExportQueue::*command)(qint64))
{
    post([this, ids, command] {
        QString error;
        for (qint64 id : ids) {
            if (!(m_queue->*command)(id) && error.isEmpty())
                error = m_queue->lastError();
        }
        if (!error.isEmpty())
            QMetaObject::invokeMethod(this, [this, error] { emit commandFailed(error); },
                                      Qt::QueuedConnection);
    });
}

void QueueClient::cancel(const QList<qint64> &ids) { forEachId(ids, &ExportQueue::cancel); }
void QueueClient::pause(const QList<qint64> &ids) { forEachId(ids, &ExportQueue::pause); }
void QueueClient::resume(const QList<qint64> &ids) { forEachId(ids, &ExportQueue::resume); }
void QueueClient::retry(const QList<qint64> &ids) { forEachId(ids, &ExportQueue::retry); }
void QueueClient::remove(const QList<qint64> &ids) { forEachId(ids, &ExportQueue::remove); }

void QueueClient::setPinned(qint64 id, bool pinned)
{
    post([this, id, pinned] { m_queue->setPinned(id, pinned); });
}

void QueueClient::move(qint64 id, JobStore::Move where)
{
    post([this, id, where] { m_queue->move(id, where); });
}

void QueueClient::setPendingOrder(const QList<qint64> &ids)
{
    post([this, ids] {
        if (!m_queue->setPendingOrder(ids)) {
            const QString error = m_queue->lastError();
            QMetaObject::invokeMethod(this, [this, error] { emit commandFailed(error); },
                                      Qt::QueuedConnection);
        }
    });
}

void QueueClient::cancelAll(const QList<qint64> &ids)
{
    post([this, ids] {
        const int n = m_queue->cancelAll(ids);
        QMetaObject::invokeMethod(this, [this, n] { emit bulkDone(Bulk::CancelAll, n); },
                                  Qt::QueuedConnection);
    });
}

void QueueClient::retryFailed(const QList<qint64> &ids)
{
    post([this, ids] {
        const int n = m_queue->retryFailed(ids);
        QMetaObject::invokeMethod(this, [this, n] { emit bulkDone(Bulk::RetryFailed, n); },
                                  Qt::QueuedConnection);
    });
}

void QueueClient::removeFinished(const QList<qint64> &ids)
{
    post([this, ids] {
        const int n = m_queue->removeFinished(ids);
        QMetaObject::invokeMethod(this, [this, n] { emit bulkDone(Bulk::RemoveFinished, n); },
                                  Qt::QueuedConnection);
    });
}

void QueueClient::pauseAll() { post([this] { m_queue->pauseAll(); }); }
void QueueClient::resumeAll() { post([this] { m_queue->resumeAll(); }); }
void QueueClient::setMaxConcurrent(int n) { post([this, n] { m_queue->setMaxConcurrent(n); }); }
void QueueClient::setRetentionDays(int days) { post([this, days] { m_queue->setRetentionDays(days); }); }

void QueueClient::setExportDirectory(const QString &dir)
{
    m_exportDir = dir;
    post([this, dir] { m_queue->setExportDirectory(dir); });
}

void QueueClient::shutdown(int timeoutMs)
{
    if (m_stopped)
        return;
    QMetaObject::invokeMethod(m_queue, [this, timeoutMs] { m_queue->shutdown(timeoutMs); },
                              Qt::BlockingQueuedConnection);
    m_stopped = true;
    m_thread.quit();
    m_thread.wait();
    m_open = false;
}

} // namespace defex
