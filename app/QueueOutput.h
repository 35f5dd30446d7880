#pragma once

// How `queue` subcommands print jobs: aligned text for people, JSON for programs.

#include "JobSnapshot.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>

class QueueOutput final
{
public:
    explicit QueueOutput(bool json);

    void list(const QList<defex::JobSnapshot> &jobs);
    void show(const defex::JobSnapshot &job);
    // A live event ("added", "updated", "finished"); text mode prints state changes at once and
    // progress at most every two seconds per job.
    void events(const QString &kind, const QList<defex::JobSnapshot> &jobs);
    void finish() {}

    static QJsonObject toJson(const defex::JobSnapshot &job);

private:
    bool m_json;
    QElapsedTimer m_clock;
    QHash<qint64, defex::JobState> m_lastState;
    QHash<qint64, qint64> m_lastPrintMs;
};
