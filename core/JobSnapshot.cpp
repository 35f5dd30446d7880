#include "JobSnapshot.h"

namespace defex {

int JobSnapshot::percent() const
{
    if (record.state == JobState::Completed)
        return 100;
    if (record.rowsTotal <= 0)
        return 0;
    const qint64 p = record.rowsDone * 100 / record.rowsTotal;
    return int(qBound(qint64(0), p, qint64(100)));
}

} // namespace defex
