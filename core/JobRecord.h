#pragma once

// One export job as the queue keeps it: the request, where it stands, and its history.

#include "ExportRequest.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace defex {

// pending -> running -> completed | failed | cancelled; running -> paused -> pending (resume);
// running -> interrupted (owner died or quit) -> pending at the next start; failed/cancelled ->
// pending (retry). Interrupted is only seen between a crash and the next recovery.
enum class JobState { Pending, Running, Paused, Completed, Failed, Cancelled, Interrupted };

QString jobStateName(JobState s);                   // "pending", "running", ... (stored, JSON)
bool jobStateFromName(const QString &name, JobState *out);
bool isFinishedState(JobState s);                   // completed, failed, cancelled

struct JobRecord
{
    qint64 id = 0;
    ExportRequest request;
    QString description;
    JobState state = JobState::Pending;
    qint64 position = 0;         // start order among pending jobs (smaller first)
    qint64 rowsDone = 0;
    qint64 rowsTotal = 0;
    quint64 bytes = 0;
    int attempts = 0;            // started attempts
    int interruptions = 0;       // consecutive attempts that ended with the owner gone
    QString error;               // the last error, for the user
    QJsonArray errorHistory;     // [{"attempt": n, "at": iso, "message": text}, ...]
    QDateTime createdAt, startedAt, finishedAt;
    QString outputPath;          // the final file (set when completed; planned path before)
    QString sha256;              // hex, when completed
    QJsonObject checkpoint;      // ExportCheckpoint::toJson(), empty when none
    bool pinned = false;         // exempt from retention
    QString owner;               // operating-system user that created the job
    QDateTime notBefore;         // automatic retry back-off: not started before this time
    // Lease of the process running it.
    qint64 leasePid = 0;
    QString leaseBootId;
    QDateTime heartbeat;

    bool operator==(const JobRecord &o) const;
};

} // namespace defex

Q_DECLARE_METATYPE(defex::JobRecord)
Q_DECLARE_METATYPE(defex::JobState)
