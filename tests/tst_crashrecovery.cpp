// The kill test: `definitie-export queue run` is killed with SIGKILL at random moments, again and
// again, across every format with and without gzip, and restarted each time. Every job must end
// completed exactly once, with the SHA-256 of an uninterrupted reference run, its interruptions
// recorded, and the CSV/JSON/TXT jobs continued from their checkpoints instead of from row 0.
//
// The kill moments come from a seeded generator (DEFEX_CRASH_SEED overrides the seed; it is
// printed): most kills wait until a running job's .part has grown to a random fraction of its
// final size, a few land during start-up and claiming. A job killed while running a third time in
// a row would rightly be failed by the queue ("it stopped the program each time"), so no job is
// killed more than twice: while one with two interruptions is still unfinished, the runner is
// left alone until that job is done.

#include "ExportCheckpoint.h"
#include "Exporter.h"
#include "FileSink.h"
#include "JobStore.h"
#include "QueueProcess.h"
#include "TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <signal.h>

using namespace defex;

namespace {

constexpr qint64 kRows = 80000;             // four checkpoints of Exporter::CheckpointRows
constexpr int kKills = 20;                  // kills that interrupted at least one running job
constexpr int kMaxKillsPerJob = 2;          // see the comment at the top
constexpr qint64 kKillPhaseLimitMs = 240000;
constexpr quint32 kDefaultSeed = 20261203;
const char *const kTimestamp = "2026-12-03T12:00:00Z";

struct JobSpec
{
    QString name;        // output file name
    QStringList options; // export options besides --database, --timestamp, --output
    bool xlsx = false;   // starts over after an interruption (no checkpoints)
};

struct Interruption
{
    int cycle = 0;
    qint64 id = 0;
    int attempt = 0;          // the attempt that was killed
    qint64 checkpointRows = 0;
    quint64 checkpointBytes = 0;
    qint64 partSize = -1;     // size of the .part at the kill, -1 when there was none
    bool outputExisted = false;
};

QString partPath(const QString &output)
{
    return FileSink::partPathFor(output);
}

} // namespace

class TestCrashRecovery final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void referenceMatchesPlainExport();
    void killRepeatedly();

private:
    QStringList addArguments(const JobSpec &spec, const QString &output) const;

    QTemporaryDir m_dir;
    QString m_db;
    QList<JobSpec> m_specs;
    QHash<QString, QByteArray> m_refSha;   // by output file name
    QHash<QString, qint64> m_refSize;
    QHash<QString, qint64> m_refRows;
    QElapsedTimer m_clock;
};

QStringList TestCrashRecovery::addArguments(const JobSpec &spec, const QString &output) const
{
    QStringList args{QStringLiteral("--database"), m_db, QStringLiteral("--timestamp"),
                     QString::fromLatin1(kTimestamp), QStringLiteral("--description"), spec.name};
    args << spec.options << QStringLiteral("--output") << output;
    return args;
}

void TestCrashRecovery::initTestCase()
{
    m_clock.start();
    QVERIFY(m_dir.isValid());
    if (qEnvironmentVariableIsSet("DEFEX_KEEP_TEST_DIR")) {
        m_dir.setAutoRemove(false);
        qInfo("keeping %s", qPrintable(m_dir.path()));
    }
    m_db = m_dir.filePath(QStringLiteral("demo.db"));
    const TestSupport::ProcessResult demo = TestSupport::runBinary(
        {QStringLiteral("demo-db"), QStringLiteral("--rows"), QString::number(kRows), m_db}, 300000);
    QVERIFY2(demo.exitCode == 0, demo.err.constData());

    const auto spec = [](const char *name, QStringList options) {
        JobSpec s;
        s.name = QString::fromLatin1(name);
        s.options = options;
        s.xlsx = options.contains(QStringLiteral("xlsx"));
        return s;
    };
    const QString f = QStringLiteral("--format"), gz = QStringLiteral("--gzip"), lv = QStringLiteral("--level"),
                  st = QStringLiteral("--status");
    m_specs = {
        spec("k01.csv", {f, QStringLiteral("csv")}),
        spec("k02.csv.gz", {f, QStringLiteral("csv"), gz}),
        spec("k03.json", {f, QStringLiteral("json")}),
        spec("k04.json.gz", {f, QStringLiteral("json"), gz}),
        spec("k05.txt", {f, QStringLiteral("txt")}),
        spec("k06.txt.gz", {f, QStringLiteral("txt"), gz}),
        spec("k07.xlsx", {f, QStringLiteral("xlsx"), st, QStringLiteral("established")}),
        spec("k08.xlsx.gz", {f, QStringLiteral("xlsx"), gz, st, QStringLiteral("review")}),
        spec("k09.csv", {f, QStringLiteral("csv"), lv, QStringLiteral("compleet"), QStringLiteral("--delimiter"),
                         QStringLiteral("tab"), QStringLiteral("--no-bom"), st, QStringLiteral("draft,review")}),
        spec("k10.json.gz", {f, QStringLiteral("json"), gz, lv, QStringLiteral("uitgebreid")}),
        spec("k11.txt.gz", {f, QStringLiteral("txt"), gz, lv, QStringLiteral("compleet")}),
        spec("k12.csv.gz", {f, QStringLiteral("csv"), gz, lv, QStringLiteral("uitgebreid"), st,
                            QStringLiteral("draft,review")}),
        spec("k13.json", {f, QStringLiteral("json"), lv, QStringLiteral("compleet"), st,
                          QStringLiteral("draft,imported")}),
        spec("k14.txt", {f, QStringLiteral("txt"), lv, QStringLiteral("uitgebreid"), st, QStringLiteral("draft,review")}),
        // Spare jobs at the end of the queue, in case the kills use up the others early.
        spec("k15.csv.gz", {f, QStringLiteral("csv"), gz, lv, QStringLiteral("compleet"), st, QStringLiteral("draft,review")}),
        spec("k16.json.gz", {f, QStringLiteral("json"), gz, st, QStringLiteral("draft,imported,archived")}),
    };

    // The reference: the same requests through a queue that nobody interrupts.
    const QString data = m_dir.filePath(QStringLiteral("ref-data"));
    const QString out = m_dir.filePath(QStringLiteral("ref"));
    QVERIFY(QDir().mkpath(out));
    for (const JobSpec &s : m_specs) {
        QByteArray errors;
        QVERIFY2(QueueProcess::add(data, addArguments(s, QDir(out).filePath(s.name)), &errors) > 0,
                 errors.constData());
    }
    const TestSupport::ProcessResult run = QueueProcess::queue(
        data, {QStringLiteral("run"), QStringLiteral("--until-empty"), QStringLiteral("--max-concurrent"),
               QStringLiteral("2")}, 300000);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    bool ok = false;
    const QJsonArray jobs = QueueProcess::list(data, &ok);
    QVERIFY(ok);
    QCOMPARE(jobs.size(), m_specs.size());
    for (const QJsonValue &v : jobs) {
        const QJsonObject job = v.toObject();
        const QString name = job.value(QStringLiteral("description")).toString();
        const QString path = QDir(out).filePath(name);
        QVERIFY2(job.value(QStringLiteral("state")).toString() == QLatin1String("completed"), qPrintable(name));
        QCOMPARE(job.value(QStringLiteral("attempts")).toInt(), 1);
        const QByteArray sha = TestSupport::fileSha256(path);
        QCOMPARE(job.value(QStringLiteral("sha256")).toString().toLatin1(), sha);
        QCOMPARE(qint64(job.value(QStringLiteral("bytes")).toDouble()), QFileInfo(path).size());
        m_refSha.insert(name, sha);
        m_refSize.insert(name, QFileInfo(path).size());
        m_refRows.insert(name, job.value(QStringLiteral("rowsDone")).toInteger());
        QVERIFY2(m_refRows.value(name) > 0, qPrintable(name));
    }
    // Each resumable job crosses several checkpoints, so kills land before, between and after them.
    for (const JobSpec &s : m_specs) {
        if (!s.xlsx)
            QVERIFY2(m_refRows.value(s.name) >= 2 * Exporter::CheckpointRows, qPrintable(s.name));
    }
    qInfo("demo database and reference run: %.1f s", m_clock.elapsed() / 1000.0);
}

void TestCrashRecovery::referenceMatchesPlainExport()
{
    // A queue job verifies and checkpoints; a plain `export` takes the same fixed checkpoints, so
    // the bytes are the same. One job per format (two with gzip) is enough to show it.
    const QString out = m_dir.filePath(QStringLiteral("plain"));
    QVERIFY(QDir().mkpath(out));
    for (const char *name : {"k02.csv.gz", "k03.json", "k06.txt.gz", "k07.xlsx"}) {
        const auto it = std::find_if(m_specs.cbegin(), m_specs.cend(),
                                     [&](const JobSpec &s) { return s.name == QLatin1String(name); });
        QVERIFY(it != m_specs.cend());
        QStringList args{QStringLiteral("export"), QStringLiteral("--quiet")};
        args << addArguments(*it, QDir(out).filePath(it->name));
        const TestSupport::ProcessResult r = TestSupport::runBinary(args, 300000);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(TestSupport::fileSha256(QDir(out).filePath(it->name)), m_refSha.value(it->name));
    }
}

void TestCrashRecovery::killRepeatedly()
{
    QElapsedTimer phase;
    phase.start();
    const QByteArray seedText = qgetenv("DEFEX_CRASH_SEED");
    const quint32 seed = seedText.isEmpty() ? kDefaultSeed : seedText.toUInt();
    qInfo("kill test seed %u (set DEFEX_CRASH_SEED to repeat another)", seed);
    QRandomGenerator rng(seed);

    const QString data = m_dir.filePath(QStringLiteral("kill-data"));
    const QString out = m_dir.filePath(QStringLiteral("kill"));
    const QString logs = m_dir.filePath(QStringLiteral("logs"));
    QVERIFY(QDir().mkpath(out));
    QVERIFY(QDir().mkpath(logs));

    QHash<qint64, JobSpec> specOf;
    QList<qint64> ids;
    for (const JobSpec &s : m_specs) {
        QByteArray errors;
        const qint64 id = QueueProcess::add(data, addArguments(s, QDir(out).filePath(s.name)), &errors);
        QVERIFY2(id > 0, errors.constData());
        QVERIFY(!specOf.contains(id));
        specOf.insert(id, s);
        ids << id;
    }

    // A watcher follows the whole test from its own process, to count completions.
    QProcess watch;
    QVERIFY(QueueProcess::startQueue(watch, data, {QStringLiteral("watch"), QStringLiteral("--json")},
                                     QDir(logs).filePath(QStringLiteral("watch.log")),
                                     QDir(logs).filePath(QStringLiteral("watch.err"))));
    const auto stopWatch = qScopeGuard([&watch] {
        if (watch.state() != QProcess::NotRunning) {
            watch.kill();
            watch.waitForFinished(5000);
        }
    });

    // The test reads the store directly to see what is running and where its checkpoint is.
    JobStore store;
    QString error;
    QVERIFY2(store.open(data, &error), qPrintable(error));

    QList<Interruption> interruptions;
    QHash<qint64, int> killsOf;
    QSet<qint64> killedPids;
    QStringList runLogs;
    QStringList killLog; // logs/kills.log, for a failure's post-mortem (DEFEX_KEEP_TEST_DIR)
    int kills = 0, idleKills = 0, cycle = 0;
    while (kills < kKills) {
        QVERIFY2(phase.elapsed() < kKillPhaseLimitMs,
                 qPrintable(QStringLiteral("only %1 kills in %2 s").arg(kills).arg(phase.elapsed() / 1000)));
        const QList<JobRecord> before = store.list();
        QCOMPARE(before.size(), ids.size());
        const bool anyLeft = std::any_of(before.cbegin(), before.cend(), [&](const JobRecord &j) {
            return j.state != JobState::Completed;
        });
        QVERIFY2(anyLeft, qPrintable(QStringLiteral("every job completed after only %1 kills").arg(kills)));

        // Mostly one job at a time, so that each kill hits one job; every fourth run two at once,
        // unless a job with two interruptions is waiting (it would run beside another that
        // cannot be killed meanwhile).
        const bool twiceKilledLeft = std::any_of(before.cbegin(), before.cend(), [&](const JobRecord &j) {
            return j.state != JobState::Completed && killsOf.value(j.id) >= kMaxKillsPerJob;
        });
        const int concurrency = cycle % 4 == 3 && !twiceKilledLeft ? 2 : 1;
        const QString log = QDir(logs).filePath(QStringLiteral("run-%1.log").arg(cycle, 2, 10, QLatin1Char('0')));
        runLogs << log;
        QProcess runner;
        QVERIFY(QueueProcess::startQueue(runner, data,
                                         {QStringLiteral("run"), QStringLiteral("--json"),
                                          QStringLiteral("--max-concurrent"), QString::number(concurrency)},
                                         log, log + QStringLiteral(".err")));
        const qint64 pid = runner.processId();
        QElapsedTimer since;
        since.start();

        // Now and then a kill during start-up, recovery and claiming.
        const bool early = rng.bounded(8) == 0;
        const qint64 earlyMs = rng.bounded(300);
        qint64 targetId = 0, targetPartSize = -1, targetAtMs = -1;
        qint64 lastListMs = -1000;
        QList<JobRecord> jobs;
        bool allDone = false;
        while (runner.state() != QProcess::NotRunning) {
            QTest::qWait(5);
            if (since.elapsed() - lastListMs >= 40) {
                lastListMs = since.elapsed();
                jobs = store.list();
            }
            allDone = std::all_of(jobs.cbegin(), jobs.cend(),
                                  [](const JobRecord &j) { return j.state == JobState::Completed; });
            if (allDone && !jobs.isEmpty())
                break;
            // A job with two interruptions must finish before the next kill.
            const bool blocked = std::any_of(jobs.cbegin(), jobs.cend(), [&](const JobRecord &j) {
                return j.state != JobState::Completed && killsOf.value(j.id) >= kMaxKillsPerJob;
            });
            if (blocked || jobs.isEmpty())
                continue;
            if (early) {
                if (since.elapsed() >= earlyMs)
                    break;
                continue;
            }
            QList<const JobRecord *> running;
            for (const JobRecord &j : jobs) {
                if (j.state == JobState::Running && j.leasePid == pid)
                    running << &j;
            }
            const bool targetRunning = std::any_of(running.cbegin(), running.cend(),
                                                   [&](const JobRecord *j) { return j->id == targetId; });
            if (!targetRunning)
                targetId = 0;
            if (!targetId && !running.isEmpty()) {
                const JobRecord *j = running.at(int(rng.bounded(running.size())));
                const JobSpec &s = specOf.value(j->id);
                targetId = j->id;
                if (s.xlsx) {
                    targetAtMs = since.elapsed() + rng.bounded(150, 2500);
                    targetPartSize = -1;
                } else {
                    // Somewhere between 3% and 97% of what is left of the finished file (a
                    // restarted job's old .part is emptied first, so it gets past it later).
                    const qint64 now = qMax<qint64>(0, QFileInfo(partPath(QDir(out).filePath(s.name))).size());
                    const qint64 left = qMax<qint64>(0, m_refSize.value(s.name) - now);
                    targetPartSize = now + qint64(left * (0.03 + 0.94 * rng.generateDouble()));
                    targetAtMs = -1;
                }
            }
            if (!targetId)
                continue;
            if (targetAtMs >= 0 ? since.elapsed() >= targetAtMs
                                : QFileInfo(partPath(QDir(out).filePath(specOf.value(targetId).name))).size()
                                      >= targetPartSize)
                break;
        }
        if (allDone && !jobs.isEmpty()) {
            runner.terminate();
            QVERIFY(runner.waitForFinished(10000));
            qInfo("%s", qPrintable(killLog.join(QLatin1Char('\n'))));
            QFAIL(qPrintable(QStringLiteral("every job completed after only %1 kills").arg(kills)));
        }
        QVERIFY2(runner.state() != QProcess::NotRunning,
                 qPrintable(QStringLiteral("queue run ended by itself: ")
                            + QString::fromUtf8(TestSupport::readFile(log + QStringLiteral(".err")))));

        QVERIFY(::kill(pid_t(pid), SIGKILL) == 0);
        QVERIFY(runner.waitForFinished(10000));
        QCOMPARE(runner.exitStatus(), QProcess::CrashExit);

        // Which jobs it was running: the store still says "running" under the dead process.
        int hit = 0;
        for (const JobRecord &j : store.list()) {
            if (j.state != JobState::Running)
                continue;
            // Still leased to an earlier victim: this one died before it recovered the job,
            // which is then counted as interrupted once.
            if (killedPids.contains(j.leasePid))
                continue;
            QCOMPARE(j.leasePid, pid);
            const ExportCheckpoint cp = ExportCheckpoint::fromJson(j.checkpoint);
            Interruption i;
            i.cycle = cycle;
            i.id = j.id;
            i.attempt = j.attempts;
            i.checkpointRows = cp.isValid() ? cp.rowsDone : 0;
            i.checkpointBytes = cp.isValid() ? cp.partBytes : 0;
            const QString output = QDir(out).filePath(specOf.value(j.id).name);
            i.partSize = QFileInfo::exists(partPath(output)) ? QFileInfo(partPath(output)).size() : -1;
            i.outputExisted = QFileInfo::exists(output);
            interruptions << i;
            killsOf[j.id] += 1;
            killLog << QStringLiteral("cycle %1 (%2 at once, %3 ms%4): job %5 %6 attempt %7, .part %8 bytes, checkpoint row %9")
                           .arg(cycle).arg(concurrency).arg(since.elapsed()).arg(early ? QStringLiteral(", early") : QString())
                           .arg(j.id).arg(specOf.value(j.id).name).arg(j.attempts).arg(i.partSize).arg(i.checkpointRows);
            QVERIFY(killsOf.value(j.id) <= kMaxKillsPerJob);
            ++hit;
        }
        killedPids.insert(pid);
        if (hit) {
            ++kills;
        } else {
            ++idleKills;
            killLog << QStringLiteral("cycle %1 (%2 at once, %3 ms%4): nothing running").arg(cycle).arg(concurrency)
                           .arg(since.elapsed()).arg(early ? QStringLiteral(", early") : QString());
        }
        QFile logFile(QDir(logs).filePath(QStringLiteral("kills.log")));
        if (logFile.open(QIODevice::WriteOnly | QIODevice::Truncate))
            logFile.write(killLog.join(QLatin1Char('\n')).toUtf8() + '\n');
        ++cycle;
    }
    const qint64 killPhaseMs = phase.elapsed();
    qInfo("%d kills in %d runs (%d during start-up with nothing running yet), %.1f s",
          kills, cycle, idleKills, killPhaseMs / 1000.0);

    // Then let it run to the end.
    const QString finalLog = QDir(logs).filePath(QStringLiteral("final.log"));
    runLogs << finalLog;
    QProcess last;
    QVERIFY(QueueProcess::startQueue(last, data, {QStringLiteral("run"), QStringLiteral("--until-empty"),
                                                  QStringLiteral("--json")},
                                     finalLog, finalLog + QStringLiteral(".err")));
    QVERIFY2(last.waitForFinished(300000), "the final queue run did not finish");
    QCOMPARE(last.exitStatus(), QProcess::NormalExit);
    QCOMPARE(last.exitCode(), 0);
    QTest::qWait(800); // the watcher sees the last changes within a second
    watch.terminate();
    QVERIFY(watch.waitForFinished(5000));
    QCOMPARE(watch.exitCode(), 0);

    // --- every job completed exactly once, byte-identical to the reference ---
    bool ok = false;
    const QJsonArray listed = QueueProcess::list(data, &ok);
    QVERIFY(ok);
    QCOMPARE(listed.size(), ids.size()); // no job lost, none duplicated
    QSet<qint64> seenIds;
    QSet<QString> seenOutputs;
    QHash<qint64, QJsonObject> shown;
    for (const QJsonValue &v : listed) {
        const qint64 id = v.toObject().value(QStringLiteral("id")).toInteger();
        QVERIFY(specOf.contains(id));
        QVERIFY(!seenIds.contains(id));
        seenIds.insert(id);
        const JobSpec s = specOf.value(id);
        const QString output = QDir(out).filePath(s.name);
        const QJsonObject job = QueueProcess::show(data, id);
        shown.insert(id, job);
        const QByteArray what = QStringLiteral("job %1 (%2)").arg(id).arg(s.name).toUtf8();
        QVERIFY2(job.value(QStringLiteral("state")).toString() == QLatin1String("completed"), what);
        QCOMPARE(job.value(QStringLiteral("outputPath")).toString(), output);
        QVERIFY(!seenOutputs.contains(output));
        seenOutputs.insert(output);
        QVERIFY2(QFileInfo::exists(output), what);
        QVERIFY2(!QFileInfo::exists(partPath(output)), what);
        const QByteArray sha = TestSupport::fileSha256(output);
        QCOMPARE(job.value(QStringLiteral("sha256")).toString().toLatin1(), sha);
        QVERIFY2(sha == m_refSha.value(s.name), what);
        QCOMPARE(qint64(job.value(QStringLiteral("bytes")).toDouble()), QFileInfo(output).size());
        QCOMPARE(job.value(QStringLiteral("rowsDone")).toInteger(), m_refRows.value(s.name));
        QCOMPARE(job.value(QStringLiteral("rowsTotal")).toInteger(), m_refRows.value(s.name));
        QCOMPARE(job.value(QStringLiteral("error")).toString(), QString());
        // Interruptions and attempts: one attempt per kill that hit it, plus the one that finished.
        const int k = killsOf.value(id);
        QCOMPARE(job.value(QStringLiteral("attempts")).toInt(), 1 + k);
        QCOMPARE(QueueProcess::historyCount(job, QStringLiteral("Interrupted")), k);
        // Anything else in the history may only be a start-over of a resumable job whose .part
        // was already renamed into place when it was killed.
        const int restarts = QueueProcess::historyCount(job, QStringLiteral("started over"));
        QCOMPARE(job.value(QStringLiteral("errorHistory")).toArray().size(), k + restarts);
        QVERIFY2(restarts <= k, what);
    }
    // Nothing else was left in the output folder: no .part, no stray files.
    // XLSX too: it streams into the .part like every other format, with no temporary files.
    QStringList strays;
    for (const QString &name : QDir(out).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot)) {
        const bool expected = std::any_of(m_specs.cbegin(), m_specs.cend(), [&](const JobSpec &s) { return s.name == name; });
        if (!expected)
            strays << name;
    }
    QVERIFY2(strays.isEmpty(), qPrintable(strays.join(QLatin1Char(' '))));
    // The store has no lease, checkpoint or interruption count left.
    for (const JobRecord &j : store.list()) {
        QCOMPARE(j.leasePid, qint64(0));
        QVERIFY(j.checkpoint.isEmpty());
        QCOMPARE(j.interruptions, 0);
    }

    // --- completed once: the watcher saw exactly one completion per job and nothing else ---
    QStringList bad;
    const QList<QJsonObject> feed
        = QueueProcess::jsonLines(TestSupport::readFile(QDir(logs).filePath(QStringLiteral("watch.log"))), &bad);
    QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1Char('\n'))));
    QHash<qint64, int> completions;
    for (const QJsonObject &e : feed) {
        const QString state = e.value(QStringLiteral("state")).toString();
        QVERIFY2(state != QLatin1String("failed") && state != QLatin1String("cancelled"),
                 QJsonDocument(e).toJson(QJsonDocument::Compact).constData());
        if (e.value(QStringLiteral("event")).toString() == QLatin1String("finished"))
            completions[e.value(QStringLiteral("id")).toInteger()] += 1;
    }
    for (qint64 id : ids)
        QCOMPARE(completions.value(id), 1);

    // --- resumed from the checkpoint, not from row 0 ---
    // The runner announces its own jobs' live progress; the attempt after a kill with a
    // checkpoint must never report fewer rows or bytes than that checkpoint (a restart would
    // begin at 0 bytes) and must get past it.
    QHash<QPair<qint64, int>, QList<QJsonObject>> progress; // (id, attempt) -> running events
    for (const QString &log : runLogs) {
        for (const QJsonObject &e : QueueProcess::jsonLines(TestSupport::readFile(log))) {
            if (e.value(QStringLiteral("state")).toString() == QLatin1String("running"))
                progress[qMakePair(e.value(QStringLiteral("id")).toInteger(), e.value(QStringLiteral("attempts")).toInt())]
                    << e;
        }
    }
    int resumed = 0, restarted = 0, unobserved = 0, withCheckpoint = 0;
    for (const Interruption &i : interruptions) {
        const JobSpec s = specOf.value(i.id);
        const QJsonObject job = shown.value(i.id);
        // The history entry written when the next attempt had to start over.
        bool startedOver = false;
        for (const QJsonValue &v : job.value(QStringLiteral("errorHistory")).toArray()) {
            const QJsonObject h = v.toObject();
            if (h.value(QStringLiteral("attempt")).toInt() == i.attempt + 1
                && h.value(QStringLiteral("message")).toString().contains(QStringLiteral("started over")))
                startedOver = true;
        }
        if (s.xlsx || i.checkpointRows == 0) {
            QVERIFY(!startedOver || s.xlsx);
            ++restarted;
            continue;
        }
        ++withCheckpoint;
        if (startedOver) {
            // Only acceptable when the kill came after the file was renamed into place.
            QVERIFY2(i.outputExisted && i.partSize < 0,
                     qPrintable(QStringLiteral("job %1 (%2) started over after the kill in cycle %3")
                                    .arg(i.id).arg(s.name).arg(i.cycle)));
            ++restarted;
            continue;
        }
        QVERIFY2(i.partSize >= qint64(i.checkpointBytes), qPrintable(s.name));
        const QList<QJsonObject> events = progress.value(qMakePair(i.id, i.attempt + 1));
        bool beyond = false;
        for (const QJsonObject &e : events) {
            const qint64 rows = e.value(QStringLiteral("rowsDone")).toInteger();
            const qint64 bytes = qint64(e.value(QStringLiteral("bytes")).toDouble());
            QVERIFY2(rows >= i.checkpointRows && bytes >= qint64(i.checkpointBytes),
                     qPrintable(QStringLiteral("job %1 (%2), attempt %3 went back to row %4 / byte %5; its checkpoint "
                                               "was row %6 / byte %7")
                                    .arg(i.id).arg(s.name).arg(i.attempt + 1).arg(rows).arg(bytes)
                                    .arg(i.checkpointRows).arg(i.checkpointBytes)));
            if (rows > i.checkpointRows)
                beyond = true;
        }
        if (beyond)
            ++resumed;
        else
            ++unobserved; // killed again before it reported progress
    }
    qInfo("%d kills that interrupted jobs (+%d during start-up with nothing running), %d interruptions: "
          "%d with a checkpoint, %d resumed from it (progress seen past the checkpoint), %d restarted "
          "(XLSX, before the first checkpoint, or after the rename), %d killed again before any progress",
          kills, idleKills, int(interruptions.size()), withCheckpoint, resumed, restarted, unobserved);
    QVERIFY2(resumed >= 5, qPrintable(QStringLiteral("only %1 attempts were seen resuming from a checkpoint").arg(resumed)));

    qInfo("kill phase %.1f s, final run %.1f s, whole test %.1f s", killPhaseMs / 1000.0,
          (phase.elapsed() - killPhaseMs) / 1000.0, m_clock.elapsed() / 1000.0);
}

QTEST_GUILESS_MAIN(TestCrashRecovery)
#include "tst_crashrecovery.moc"
