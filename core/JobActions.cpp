#include "JobActions.h"

#include <QCoreApplication>

namespace defex {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(JobActions)
};
} // namespace

QList<JobAction> availableActions(const JobRecord &job, bool fileExists)
{
    switch (job.state) {
    case JobState::Pending:
        return {JobAction::Pause, JobAction::Cancel};
    case JobState::Running:
        return {JobAction::Pause, JobAction::Cancel};
    case JobState::Paused:
        return {JobAction::Resume, JobAction::Cancel};
    case JobState::Interrupted: // only until the queue recovers it (moments after a start)
        return {};
    case JobState::Completed:
        if (fileExists)
            return {JobAction::SaveAs, JobAction::OpenFolder, JobAction::Remove};
        return {JobAction::Remove}; // the file was moved or cleaned up
    case JobState::Failed:
    case JobState::Cancelled:
        return {JobAction::Retry, JobAction::Remove};
    }
    return {};
}

bool isActionAvailable(const JobRecord &job, JobAction action, bool fileExists)
{
    return availableActions(job, fileExists).contains(action);
}

QString jobActionText(JobAction action)
{
    switch (action) {
    case JobAction::Cancel:
        return Tr::tr("Cancel", "job button");
    case JobAction::Pause:
        return Tr::tr("Pause", "job button");
    case JobAction::Resume:
        return Tr::tr("Resume", "job button");
    case JobAction::Retry:
        return Tr::tr("Retry", "job button");
    case JobAction::SaveAs:
        return Tr::tr("Save as…", "job button");
    case JobAction::OpenFolder:
        return Tr::tr("Open folder", "job button");
    case JobAction::Remove:
        return Tr::tr("Remove", "job button");
    }
    return {};
}

QString jobActionToolTip(JobAction action)
{
    switch (action) {
    case JobAction::Cancel:
        return Tr::tr("Stop this export and discard its partial file");
    case JobAction::Pause:
        return Tr::tr("Pause this export; it continues from where it stopped when resumed");
    case JobAction::Resume:
        return Tr::tr("Put this export back in the queue");
    case JobAction::Retry:
        return Tr::tr("Run this export again");
    case JobAction::SaveAs:
        return Tr::tr("Save a copy of the exported file elsewhere");
    case JobAction::OpenFolder:
        return Tr::tr("Show the exported file in its folder");
    case JobAction::Remove:
        return Tr::tr("Remove this job from the list (the exported file stays)");
    }
    return {};
}

} // namespace defex
