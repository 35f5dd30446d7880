#include "ExportQueue.h"

#include "FileSink.h"
#include "OutputPlanner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <unistd.h>

namespace defex {

ExportQueue::ExportQueue(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<defex::JobSnapshot>();
    qRegisterMetaType<QList<defex::JobSnapshot>>();
    qRegisterMetaType<QList<qint64>>();
    m_pid = qint64(::getpid());
    m_bootId = JobStore::bootId();
    m_clock.start();
    m_timer.setInterval(100); // the announcement rate: at most ten batches a second
    connect(&m_timer, &QTimer::timeout, this, &ExportQueue::tick);
    m_retentionTimer.setInterval(60 * 60 * 1000);
    connect(&m_retentionTimer, &QTimer::timeout, this, &ExportQueue::runRetention);
}

ExportQueue::~ExportQueue()
{
    shutdown();
}

bool ExportQueue::open(const QString &dataDirectory, bool runJobs, QString *error)
{
    // Absolute from here on: jobs store their paths, and whoever runs them may run elsewhere.
    m_dataDir = OutputPlanner::absolutePath(dataDirectory);
    if (m_exportDir.isEmpty() && !m_dataDir.isEmpty())
        m_exportDir = QDir(m_dataDir).filePath(QStringLiteral("exports"));
    if (!m_store.open(m_dataDir, error))
        return false;
    m_runJobs = runJobs && !m_store.isReadOnly();
    m_pool.setMaxThreadCount(m_maxConcurrent);
    m_seenSequence = m_store.changeSequence();
    for (const JobRecord &job : m_store.list())
        m_cache.insert(job.id, job);
    if (!m_store.isReadOnly()) {
        recoverOrphans();
        runRetention();
    }
    m_added.clear();
    m_changed.clear();
    m_removed.clear();
    m_finished.clear();
    m_timer.start();
    m_retentionTimer.start();
    if (m_runJobs)
        schedule();
    return true;
}

void ExportQueue::setExportDirectory(const QString &dir)
{
    m_exportDir = OutputPlanner::absolutePath(dir);
}

void ExportQueue::setMaxConcurrent(int n)
{
    m_maxConcurrent = qBound(1, n, 16);
    m_pool.setMaxThreadCount(m_maxConcurrent);
    if (m_runJobs)
        schedule();
}

qint64 ExportQueue::enqueue(const ExportRequest &request, const QString &description)
{
    const QList<qint64> ids = enqueueMany({request}, {description});
    return ids.isEmpty() ? 0 : ids.constFirst();
}

QList<qint64> ExportQueue::enqueueMany(const QList<ExportRequest> &requests, const QStringList &descriptions)
{
    QList<JobRecord> jobs;
    bool planNames = false;
    for (int i = 0; i < requests.size(); ++i) {
        JobRecord job;
        job.request = requests.at(i);
        if (!job.request.timestamp.isValid())
            job.request.timestamp = QDateTime::currentDateTimeUtc(); // fixed for every attempt
        job.description = i < descriptions.size() && !descriptions.at(i).isEmpty()
                              ? descriptions.at(i)
                              : job.request.description;
        job.state = JobState::Pending;
        // Absolute, so that a runner started in another folder writes the same file.
        job.request.output = OutputPlanner::absolutePath(job.request.output);
        job.request.database = OutputPlanner::absolutePath(job.request.database);
        job.outputPath = job.request.output;
        planNames = planNames || job.request.output.isEmpty();
        jobs << job;
    }
    if (planNames && !QFileInfo::exists(m_exportDir) && QDir().mkpath(m_exportDir))
        QFile::setPermissions(
            m_exportDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    // Names are planned inside the store's write transaction, against every job's output
    // (whatever its state, since failed and cancelled jobs can be retried): two jobs never get
    // the same file, not even from two processes that queue at the same second.
    const auto plan = [this](const QStringList &storedOutputs, QList<JobRecord> &toInsert) {
        OutputPlanner planner(m_exportDir);
        for (const QString &path : storedOutputs)
            planner.reserve(path);
        for (const JobRecord &job : std::as_const(toInsert))
            planner.reserve(job.request.output);
        const QDateTime now = QDateTime::currentDateTime();
        for (JobRecord &job : toInsert) {
            if (!job.request.output.isEmpty())
                continue;
            job.request.output
                = planner.plan(job.description, job.request.format, job.request.gzip, now);
            job.outputPath = job.request.output;
        }
    };
    if (!(planNames ? m_store.insert(jobs, plan) : m_store.insert(jobs))) {
        m_lastError = m_store.lastError();
        return {};
    }
    QList<qint64> ids;
    for (const JobRecord &job : jobs) {
        m_cache.insert(job.id, job);
        markAdded(job.id);
        ids << job.id;
    }
    if (m_runJobs)
        schedule();
    return ids;
}

void ExportQueue::addHistory(JobRecord &job, const QString &message)
{
    job.errorHistory.append(QJsonObject{
        {QStringLiteral("attempt"), job.attempts},
        {QStringLiteral("at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("message"), message},
    });
}

bool ExportQueue::save(JobRecord &job)
{
    if (!m_store.update(job)) {
        m_lastError = m_store.lastError();
        return false;
    }
    m_cache.insert(job.id, job);
    markChanged(job.id);
    return true;
}

void ExportQueue::removePartFile(const JobRecord &job)
{
    if (!job.request.output.isEmpty())
        QFile::remove(FileSink::partPathFor(QFileInfo(job.request.output).absoluteFilePath()));
}

bool ExportQueue::cancel(qint64 id)
{
    auto it = m_running.find(id);
    if (it != m_running.end()) {
        it->job->stop = Exporter::Cancel; // the task ends within a batch; onTaskFinished stores it
        return true;
    }
    std::optional<JobRecord> job = m_store.load(id);
    if (!job) {
        m_lastError = tr("There is no job %1.").arg(id);
        return false;
    }
    if (job->state == JobState::Running) // another process runs it: leave it a request
        return m_store.setRequestedAction(id, QStringLiteral("cancel"));
    if (job->state != JobState::Pending && job->state != JobState::Paused) {
        m_lastError = tr("Job %1 is %2 and cannot be cancelled.").arg(id).arg(jobStateName(job->state));
        return false;
    }
    if (!m_store.transition(id, {JobState::Pending, JobState::Paused}, JobState::Cancelled)) {
        m_lastError = tr("Job %1 changed meanwhile; try again.").arg(id);
        return false;
    }
    job->state = JobState::Cancelled;
    job->finishedAt = QDateTime::currentDateTimeUtc();
    job->checkpoint = {};
    removePartFile(*job);
    if (!save(*job))
        return false;
    m_finished.insert(id);
    return true;
}

bool ExportQueue::pause(qint64 id)
{
    auto it = m_running.find(id);
    if (it != m_running.end()) {
        it->job->stop = Exporter::Suspend;
        return true;
    }
    std::optional<JobRecord> job = m_store.load(id);
    if (!job) {
        m_lastError = tr("There is no job %1.").arg(id);
        return false;
    }
    if (job->state == JobState::Running)
        return m_store.setRequestedAction(id, QStringLiteral("pause"));
    if (job->state != JobState::Pending || !m_store.transition(id, {JobState::Pending}, JobState::Paused)) {
        m_lastError = tr("Job %1 is not waiting or running and cannot be paused.").arg(id);
        return false;
    }
    job->state = JobState::Paused;
    return save(*job);
}

bool ExportQueue::resume(qint64 id)
{
    std::optional<JobRecord> job = m_store.load(id);
    if (!job || job->state != JobState::Paused
        || !m_store.transition(id, {JobState::Paused}, JobState::Pending)) {
        m_lastError = tr("Job %1 is not paused.").arg(id);
        return false;
    }
    job->state = JobState::Pending;
    const bool ok = save(*job);
    if (m_runJobs)
        schedule();
    return ok;
}

bool ExportQueue::retry(qint64 id)
{
    std::optional<JobRecord> job = m_store.load(id);
    if (!job || (job->state != JobState::Failed && job->state != JobState::Cancelled)
        || !m_store.transition(id, {JobState::Failed, JobState::Cancelled}, JobState::Pending)) {
        m_lastError = tr("Job %1 has not failed or been cancelled, so it cannot be retried.").arg(id);
        return false;
    }
    job->state = JobState::Pending;
    job->rowsDone = 0;
    job->bytes = 0;
    job->error.clear();
    job->finishedAt = {};
    job->notBefore = {};
    job->interruptions = 0;
    job->checkpoint = {};
    removePartFile(*job);
    if (!save(*job))
        return false;
    m_store.move(id, JobStore::Move::Bottom);
    if (auto moved = m_store.load(id))
        m_cache.insert(id, *moved);
    if (m_runJobs)
        schedule();
    return true;
}

bool ExportQueue::setPinned(qint64 id, bool pinned)
{
    std::optional<JobRecord> job = m_store.load(id);
    if (!job) {
        m_lastError = tr("There is no job %1.").arg(id);
        return false;
    }
    job->pinned = pinned;
    return save(*job);
}

bool ExportQueue::move(qint64 id, JobStore::Move where)
{
    if (!m_store.move(id, where)) {
        m_lastError = tr("Job %1 is not waiting in the queue, so it cannot be moved.").arg(id);
        return false;
    }
    // Every pending job's position may have changed.
    for (const JobRecord &job : m_store.listInStates({JobState::Pending})) {
        if (job.state == JobState::Pending) {
            m_cache.insert(job.id, job);
            markChanged(job.id);
        }
    }
    return true;
}

bool ExportQueue::setPendingOrder(const QList<qint64> &ids)
{
    if (!m_store.setPendingOrder(ids)) {
        m_lastError = m_store.lastError();
        return false;
    }
    for (const JobRecord &job : m_store.listInStates({JobState::Pending})) {
        m_cache.insert(job.id, job);
        markChanged(job.id);
    }
    return true;
}

bool ExportQueue::remove(qint64 id)
{
    std::optional<JobRecord> job = m_store.load(id);
    if (!job || !isFinishedState(job->state)) {
        m_lastError = tr("Only finished jobs can be removed from the list.");
        return false;
    }
    if (!m_store.remove(id)) {
        m_lastError = m_store.lastError();
        return false;
    }
    m_cache.remove(id);
    markRemoved(id);
    return true;
}

int ExportQueue::cancelAll(const QList<qint64> &ids)
{
    int n = 0;
    for (qint64 id : ids) {
        const auto it = m_cache.constFind(id);
        if (it != m_cache.constEnd()
            && (it->state == JobState::Pending || it->state == JobState::Paused || it->state == JobState::Running)
            && cancel(id))
            ++n;
    }
    return n;
}

int ExportQueue::retryFailed(const QList<qint64> &ids)
{
    int n = 0;
    for (qint64 id : ids) {
        const auto it = m_cache.constFind(id);
        if (it != m_cache.constEnd() && it->state == JobState::Failed && retry(id))
            ++n;
    }
    return n;
}

int ExportQueue::removeFinished(const QList<qint64> &ids)
{
    int n = 0;
    for (qint64 id : ids) {
        const auto it = m_cache.constFind(id);
        if (it != m_cache.constEnd() && isFinishedState(it->state) && remove(id))
            ++n;
    }
    return n;
}

void ExportQueue::pauseAll()
{
    for (qint64 id : idsInStates({JobState::Pending, JobState::Running}))
        pause(id);
}

void ExportQueue::resumeAll()
{
    for (qint64 id : idsInStates({JobState::Paused}))
        resume(id);
}

QList<qint64> ExportQueue::idsInStates(const QList<JobState> &states) const
{
    QList<qint64> ids;
    for (const JobRecord &job : m_cache) {
        if (states.contains(job.state))
            ids << job.id;
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

void ExportQueue::refreshPositions() const
{
    if (!m_positionsDirty)
        return;
    QList<const JobRecord *> pending;
    for (const JobRecord &other : m_cache) {
        if (other.state == JobState::Pending)
            pending << &other;
    }
    std::sort(pending.begin(), pending.end(), [](const JobRecord *a, const JobRecord *b) {
        return a->position != b->position ? a->position < b->position : a->id < b->id;
    });
    m_positions.clear();
    m_positions.reserve(pending.size());
    for (int i = 0; i < pending.size(); ++i)
        m_positions.insert(pending.at(i)->id, i + 1);
    m_positionsDirty = false;
}

int ExportQueue::queuePosition(qint64 id) const
{
    refreshPositions();
    return m_positions.value(id);
}

JobSnapshot ExportQueue::snapshot(const JobRecord &record) const
{
    JobSnapshot s;
    s.record = record;
    if (record.state == JobState::Pending) {
        refreshPositions();
        s.queuePosition = m_positions.value(record.id);
    }
    const auto live = m_running.constFind(record.id);
    if (live != m_running.constEnd()) {
        s.rowsPerSecond = live->eta.rate();
        s.etaSeconds = live->eta.secondsRemaining(record.rowsTotal);
    }
    return s;
}

QList<JobSnapshot> ExportQueue::jobs() const
{
    QList<JobSnapshot> out;
    out.reserve(m_cache.size());
    for (const JobRecord &job : m_cache)
        out << snapshot(job);
    std::sort(out.begin(), out.end(), [](const JobSnapshot &a, const JobSnapshot &b) {
        return a.record.id < b.record.id;
    });
    return out;
}

std::optional<JobSnapshot> ExportQueue::job(qint64 id) const
{
    const auto it = m_cache.constFind(id);
    if (it == m_cache.constEnd())
        return std::nullopt;
    return snapshot(*it);
}

void ExportQueue::markChanged(qint64 id)
{
    m_positionsDirty = true;
    m_changed.insert(id);
}

void ExportQueue::markAdded(qint64 id)
{
    m_positionsDirty = true;
    m_added.insert(id);
}

void ExportQueue::markRemoved(qint64 id)
{
    m_positionsDirty = true;
    m_added.remove(id);
    m_changed.remove(id);
    m_finished.remove(id);
    if (!m_removed.contains(id))
        m_removed << id;
}

} // namespace defex
