#pragma once

// Helpers for the tests of the export queue: a queue on a temporary data folder, a job's state
// as text (readable QCOMPARE messages), a job read back through a JobStore of its own, what the
// queue announced, and the most jobs that ran at the same moment according to the store.

#include "ExportQueue.h"
#include "JobStore.h"

#include <QSignalSpy>

#include <algorithm>
#include <memory>
#include <optional>

namespace TestSupport {

inline std::unique_ptr<defex::ExportQueue> openQueue(const QString &dataDir, bool runJobs,
                                                     int maxConcurrent)
{
    auto queue = std::make_unique<defex::ExportQueue>();
    queue->setMaxConcurrent(maxConcurrent);
    QString error;
    if (!queue->open(dataDir, runJobs, &error)) {
        qWarning("cannot open the queue in %s: %s", qPrintable(dataDir), qPrintable(error));
        return nullptr;
    }
    return queue;
}

// "pending", "running", ... or "gone".
inline QString stateOf(const defex::ExportQueue &queue, qint64 id)
{
    const auto job = queue.job(id);
    return job ? defex::jobStateName(job->record.state) : QStringLiteral("gone");
}

inline defex::JobRecord recordOf(const defex::ExportQueue &queue, qint64 id)
{
    const auto job = queue.job(id);
    return job ? job->record : defex::JobRecord();
}

// What the store holds, through a connection of its own (as another process would see it).
inline std::optional<defex::JobRecord> storedJob(const QString &dataDir, qint64 id)
{
    defex::JobStore store;
    QString error;
    if (!store.open(dataDir, &error))
        return std::nullopt;
    return store.load(id);
}

inline QList<defex::JobRecord> storedJobs(const QString &dataDir)
{
    defex::JobStore store;
    QString error;
    if (!store.open(dataDir, &error))
        return {};
    return store.list();
}

// Every snapshot a spy on jobsAdded/jobsUpdated/jobsFinished recorded, in order.
inline QList<defex::JobSnapshot> snapshots(const QSignalSpy &spy)
{
    QList<defex::JobSnapshot> all;
    for (const QList<QVariant> &args : spy)
        all += args.at(0).value<QList<defex::JobSnapshot>>();
    return all;
}

// The largest number of jobs whose [startedAt, finishedAt) intervals overlap.
inline int mostAtOnce(const QList<defex::JobRecord> &jobs)
{
    QList<std::pair<qint64, int>> events;
    for (const defex::JobRecord &job : jobs) {
        if (!job.startedAt.isValid() || !job.finishedAt.isValid())
            continue;
        events.append({ job.startedAt.toMSecsSinceEpoch(), +1 });
        events.append({ job.finishedAt.toMSecsSinceEpoch(), -1 });
    }
    std::sort(events.begin(), events.end()); // at the same moment, a finish comes first
    int running = 0;
    int most = 0;
    for (const auto &event : std::as_const(events)) {
        running += event.second;
        most = std::max(most, running);
    }
    return most;
}

} // namespace TestSupport
