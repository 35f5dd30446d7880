#include "QueueOutput.h"

#include "Console.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <cstdio>

using namespace defex;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(QueueOutput)
};


QString isoOrEmpty(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString progressText(const JobSnapshot &j)
{
    const QLocale c = QLocale::c();
    return QStringLiteral("%1% %2/%3").arg(j.percent()).arg(c.toString(j.record.rowsDone), c.toString(j.record.rowsTotal));
}

} // namespace

QueueOutput::QueueOutput(bool json) : m_json(json)
{
    m_clock.start();
}

QJsonObject QueueOutput::toJson(const JobSnapshot &j)
{
    const JobRecord &r = j.record;
    QJsonObject o{
        {QStringLiteral("id"), r.id},
        {QStringLiteral("description"), r.description},
        {QStringLiteral("state"), jobStateName(r.state)},
        {QStringLiteral("queuePosition"), j.queuePosition},
        {QStringLiteral("rowsDone"), r.rowsDone},
        {QStringLiteral("rowsTotal"), r.rowsTotal},
        {QStringLiteral("percent"), j.percent()},
        {QStringLiteral("bytes"), double(r.bytes)},
        {QStringLiteral("attempts"), r.attempts},
        {QStringLiteral("error"), r.error},
        {QStringLiteral("errorHistory"), r.errorHistory},
        {QStringLiteral("createdAt"), isoOrEmpty(r.createdAt)},
        {QStringLiteral("startedAt"), isoOrEmpty(r.startedAt)},
        {QStringLiteral("finishedAt"), isoOrEmpty(r.finishedAt)},
        {QStringLiteral("outputPath"), r.outputPath},
        {QStringLiteral("sha256"), r.sha256},
        {QStringLiteral("pinned"), r.pinned},
        {QStringLiteral("request"), r.request.toJson()},
    };
    if (j.etaSeconds >= 0)
        o.insert(QStringLiteral("etaSeconds"), j.etaSeconds);
    if (j.rowsPerSecond > 0)
        o.insert(QStringLiteral("rowsPerSecond"), j.rowsPerSecond);
    return o;
}

void QueueOutput::list(const QList<JobSnapshot> &jobs)
{
    if (m_json) {
        QJsonArray a;
        for (const JobSnapshot &j : jobs)
            a.append(toJson(j));
        printOut(QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Indented)).trimmed());
        return;
    }
    if (jobs.isEmpty()) {
        printOut(Tr::tr("The queue is empty."));
        return;
    }
    printOut(QStringLiteral("%1  %2  %3  %4  %5").arg(Tr::tr("ID"), 6).arg(Tr::tr("STATE"), -11).arg(Tr::tr("POS"), 4)
                 .arg(Tr::tr("PROGRESS"), -24).arg(Tr::tr("DESCRIPTION")));
    for (const JobSnapshot &j : jobs) {
        printOut(QStringLiteral("%1  %2  %3  %4  %5")
                     .arg(j.record.id, 6)
                     .arg(jobStateName(j.record.state), -11)
                     .arg(j.queuePosition ? QString::number(j.queuePosition) : QStringLiteral("-"), 4)
                     .arg(progressText(j), -24)
                     .arg(j.record.description.isEmpty() ? QDir::toNativeSeparators(j.record.request.output)
                                                         : j.record.description));
    }
}

void QueueOutput::show(const JobSnapshot &j)
{
    if (m_json) {
        printOut(QString::fromUtf8(QJsonDocument(toJson(j)).toJson(QJsonDocument::Indented)).trimmed());
        return;
    }
    const JobRecord &r = j.record;
    const ExportRequest &q = r.request;
    printOut(Tr::tr("Job %1: %2").arg(r.id).arg(r.description));
    printOut(Tr::tr("  State:       %1%2").arg(jobStateName(r.state),
                                           j.queuePosition ? Tr::tr(" (position %1)").arg(j.queuePosition) : QString()));
    printOut(Tr::tr("  Progress:    %1").arg(progressText(j)));
    printOut(Tr::tr("  Source:      %1").arg(QDir::toNativeSeparators(q.database)));
    printOut(Tr::tr("  Format:      %1, level %2%3").arg(formatName(q.format), levelName(q.level),
                                                    q.gzip ? QStringLiteral(", gzip") : QString()));
    printOut(Tr::tr("  Output:      %1").arg(QDir::toNativeSeparators(r.outputPath.isEmpty() ? q.output : r.outputPath)));
    if (!r.sha256.isEmpty())
        printOut(Tr::tr("  SHA-256:     %1 (%2 bytes)").arg(r.sha256).arg(r.bytes));
    printOut(Tr::tr("  Attempts:    %1").arg(r.attempts));
    printOut(Tr::tr("  Created:     %1").arg(isoOrEmpty(r.createdAt)));
    if (r.finishedAt.isValid())
        printOut(Tr::tr("  Finished:    %1").arg(isoOrEmpty(r.finishedAt)));
    if (r.pinned)
        printOut(Tr::tr("  Pinned:      kept from the automatic cleanup"));
    if (!r.error.isEmpty())
        printOut(Tr::tr("  Error:       %1").arg(r.error));
    for (const QJsonValue &v : r.errorHistory) {
        const QJsonObject h = v.toObject();
        printOut(Tr::tr("  History:     attempt %1, %2: %3")
                     .arg(h.value(QStringLiteral("attempt")).toInt())
                     .arg(h.value(QStringLiteral("at")).toString(), h.value(QStringLiteral("message")).toString()));
    }
}

void QueueOutput::events(const QString &kind, const QList<JobSnapshot> &jobs)
{
    const qint64 now = m_clock.elapsed();
    for (const JobSnapshot &j : jobs) {
        const qint64 id = j.record.id;
        const bool stateChanged = !m_lastState.contains(id) || m_lastState.value(id) != j.record.state;
        m_lastState.insert(id, j.record.state);
        if (m_json) {
            QJsonObject o = toJson(j);
            o.insert(QStringLiteral("event"), kind);
            o.remove(QStringLiteral("request"));
            o.remove(QStringLiteral("errorHistory"));
            printOut(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
            continue;
        }
        // The "updated" event already showed the change of state.
        if (kind == QLatin1String("finished"))
            continue;
        if (!stateChanged && now - m_lastPrintMs.value(id, -100000) < 2000)
            continue;
        m_lastPrintMs.insert(id, now);
        QString line = QStringLiteral("#%1 %2 %3").arg(id).arg(jobStateName(j.record.state), progressText(j));
        if (j.etaSeconds >= 0 && j.record.state == JobState::Running)
            line += QLatin1Char(' ') + Tr::tr("ETA %1 s").arg(qint64(j.etaSeconds + 0.5));
        if (j.record.state == JobState::Completed)
            line += QStringLiteral(" -> ") + QDir::toNativeSeparators(j.record.outputPath);
        if (j.record.state == JobState::Failed)
            line += QStringLiteral(": ") + j.record.error;
        printOut(line);
    }
}
