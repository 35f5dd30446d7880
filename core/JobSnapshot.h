#pragma once

// A job as the queue announces it: the stored record plus what only the running queue knows.

#include "JobRecord.h"

#include <QList>

namespace defex {

struct JobSnapshot
{
    JobRecord record;
    int queuePosition = 0;       // 1-based among pending jobs, 0 otherwise
    double rowsPerSecond = 0.0;  // 0 while unknown
    double etaSeconds = -1.0;    // -1 while unknown

    // 0-100, clamped.
    int percent() const;
};

} // namespace defex

Q_DECLARE_METATYPE(defex::JobSnapshot)
