#pragma once

// What a user can do with one job in its current state: the per-job buttons of the window and
// its job menu offer exactly these.

#include "JobRecord.h"

#include <QList>
#include <QString>

namespace defex {

enum class JobAction { Cancel, Pause, Resume, Retry, SaveAs, OpenFolder, Remove };

// In the order the buttons appear. SaveAs/OpenFolder need a completed job whose file exists
// (`fileExists`), which only the caller can check cheaply (it may cache it).
QList<JobAction> availableActions(const JobRecord &job, bool fileExists);
bool isActionAvailable(const JobRecord &job, JobAction action, bool fileExists);

// The button text and the longer description (tooltip, accessible description).
QString jobActionText(JobAction action);
QString jobActionToolTip(JobAction action);

} // namespace defex
