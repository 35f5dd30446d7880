#include "JobRecord.h"

namespace defex {

namespace {

constexpr JobState kAllStates[]
    = { JobState::Pending, JobState::Running,   JobState::Paused,     JobState::Completed,
        JobState::Failed,  JobState::Cancelled, JobState::Interrupted };

} // namespace

QString jobStateName(JobState s)
{
    // These names are stored in the queue database and printed by `queue list --json`:
    // never rename one.
    switch (s) {
    case JobState::Pending:
        return QStringLiteral("pending");
    case JobState::Running:
        return QStringLiteral("running");
    case JobState::Paused:
        return QStringLiteral("paused");
    case JobState::Completed:
        return QStringLiteral("completed");
    case JobState::Failed:
        return QStringLiteral("failed");
    case JobState::Cancelled:
        return QStringLiteral("cancelled");
    case JobState::Interrupted:
        return QStringLiteral("interrupted");
    }
    return {};
}

bool jobStateFromName(const QString &name, JobState *out)
{
    for (JobState s : kAllStates) {
        if (name.compare(jobStateName(s), Qt::CaseInsensitive) == 0) {
            if (out)
                *out = s;
            return true;
        }
    }
    return false;
}

bool isFinishedState(JobState s)
{
    return s == JobState::Completed || s == JobState::Failed || s == JobState::Cancelled;
}

bool JobRecord::operator==(const JobRecord &o) const
{
    // QDateTime compares instants, so a UTC time read back from the store equals the local
    // time it was written as.
    return id == o.id && request == o.request && description == o.description && state == o.state
        && position == o.position && rowsDone == o.rowsDone && rowsTotal == o.rowsTotal
        && bytes == o.bytes && attempts == o.attempts && interruptions == o.interruptions
        && error == o.error && errorHistory == o.errorHistory && createdAt == o.createdAt
        && startedAt == o.startedAt && finishedAt == o.finishedAt && outputPath == o.outputPath
        && sha256 == o.sha256 && checkpoint == o.checkpoint && pinned == o.pinned
        && owner == o.owner && notBefore == o.notBefore && leasePid == o.leasePid
        && leaseBootId == o.leaseBootId && heartbeat == o.heartbeat;
}

} // namespace defex
