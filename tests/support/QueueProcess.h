#pragma once

// Helpers for the tests that drive `definitie-export queue ...` as child processes, each on a
// private data folder (passed as --data-dir and as DEFINITIE_EXPORT_DATA_DIR, so the user's own
// queue is never touched).

#include "TestSupport.h"

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <optional>

namespace QueueProcess {

inline QProcessEnvironment environment(const QString &dataDir)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DEFINITIE_EXPORT_DATA_DIR"), dataDir);
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("SOURCE_DATE_EPOCH"));
    return env;
}

inline QStringList queueArguments(const QString &dataDir, const QStringList &args)
{
    QStringList all{QStringLiteral("queue")};
    all << args << QStringLiteral("--data-dir") << dataDir;
    return all;
}

// Runs `definitie-export queue ARGS --data-dir DIR` to its end.
inline TestSupport::ProcessResult queue(const QString &dataDir, const QStringList &args,
                                        int timeoutMs = 120000)
{
    return TestSupport::run(TestSupport::binary(), queueArguments(dataDir, args), timeoutMs, {},
                            environment(dataDir));
}

// Starts a long-running `queue` child (run, watch). Output goes to files when given (a pipe that
// nobody reads would stall the child), else stays readable through the QProcess.
inline bool startQueue(QProcess &p, const QString &dataDir, const QStringList &args,
                       const QString &stdoutFile = {}, const QString &stderrFile = {})
{
    p.setProcessEnvironment(environment(dataDir));
    if (!stdoutFile.isEmpty())
        p.setStandardOutputFile(stdoutFile, QIODevice::Append);
    if (!stderrFile.isEmpty())
        p.setStandardErrorFile(stderrFile, QIODevice::Append);
    p.start(TestSupport::binary(), queueArguments(dataDir, args));
    if (!p.waitForStarted(10000))
        return false;
    p.closeWriteChannel();
    return true;
}

// `queue add ...`; returns the printed id or 0.
inline qint64 add(const QString &dataDir, const QStringList &args, QByteArray *errors = nullptr)
{
    const TestSupport::ProcessResult r = queue(dataDir, QStringList{QStringLiteral("add")} + args);
    if (errors)
        *errors = r.err;
    if (r.exitCode != 0)
        return 0;
    bool ok = false;
    const qint64 id = r.out.trimmed().toLongLong(&ok);
    return ok ? id : 0;
}

// `queue list --json` as an array (empty and *ok false on failure).
inline QJsonArray list(const QString &dataDir, bool *ok = nullptr)
{
    const TestSupport::ProcessResult r = queue(dataDir, {QStringLiteral("list"), QStringLiteral("--json")});
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    if (ok)
        *ok = r.exitCode == 0 && error.error == QJsonParseError::NoError && doc.isArray();
    return doc.array();
}

// `queue show ID --json` as an object (empty on failure).
inline QJsonObject show(const QString &dataDir, qint64 id)
{
    const TestSupport::ProcessResult r
        = queue(dataDir, {QStringLiteral("show"), QString::number(id), QStringLiteral("--json")});
    if (r.exitCode != 0)
        return {};
    return QJsonDocument::fromJson(r.out).object();
}

// One JSON object per line (the --json feeds of `queue run` and `queue watch`); lines that are
// not JSON objects are returned in *bad.
inline QList<QJsonObject> jsonLines(const QByteArray &text, QStringList *bad = nullptr)
{
    QList<QJsonObject> out;
    for (const QByteArray &line : text.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            if (bad)
                *bad << QString::fromUtf8(line);
            continue;
        }
        out << doc.object();
    }
    return out;
}

inline QDateTime isoTime(const QJsonValue &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

// Messages in a job's errorHistory that contain `needle`.
inline int historyCount(const QJsonObject &job, const QString &needle)
{
    int n = 0;
    for (const QJsonValue &v : job.value(QStringLiteral("errorHistory")).toArray()) {
        if (v.toObject().value(QStringLiteral("message")).toString().contains(needle, Qt::CaseInsensitive))
            ++n;
    }
    return n;
}

} // namespace QueueProcess
