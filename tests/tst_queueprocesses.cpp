// The queue across processes, with the real binary: SIGTERM pauses running jobs at a checkpoint
// and the next run resumes them; two runners on one store never run the same job; `queue watch`
// shows what another process does within a second; `queue cancel` stops a job that another
// process runs; exit codes and messages of the subcommands, and a corrupt queue database.

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

using namespace defex;

namespace {

constexpr qint64 kBigRows = 100000;
constexpr qint64 kSmallRows = 4000;
const char *const kTimestamp = "2026-12-03T12:00:00Z";

QString partPath(const QString &output)
{
    return FileSink::partPathFor(output);
}

// Stops a child at the end of a test, whatever happened.
void stopChild(QProcess &p)
{
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished(5000);
    }
}

// Lines of a child's stdout with the time each arrived (ms since the epoch).
struct LineReader
{
    explicit LineReader(QProcess &p)
    {
        QObject::connect(&p, &QProcess::readyReadStandardOutput, &p, [this, &p] {
            buffer += p.readAllStandardOutput();
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            int nl;
            while ((nl = buffer.indexOf('\n')) >= 0) {
                lines << qMakePair(buffer.left(nl), now);
                buffer.remove(0, nl + 1);
            }
        });
    }
    QByteArray buffer;
    QList<QPair<QByteArray, qint64>> lines;
};

} // namespace

class TestQueueProcesses final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void quitKeepsCheckpointsAndResumes();
    void twoRunnersNeverShareAJob();
    void watchShowsOtherProcesses();
    void cancelFromAnotherProcess();
    void halfRecoveredJobIsNotStuck();
    void generatedNamesNeverShareAFile();
    void exitCodesAndMessages_data();
    void exitCodesAndMessages();
    void bulkActionsPrintCounts();
    void corruptStoreIsReportedAndKept();

private:
    QStringList addArguments(const QString &db, const QString &output, const QStringList &options) const;
    QString newDir(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QString m_bigDb;
    QString m_smallDb;
};

QStringList TestQueueProcesses::addArguments(const QString &db, const QString &output,
                                             const QStringList &options) const
{
    QStringList args{QStringLiteral("--database"), db, QStringLiteral("--timestamp"), QString::fromLatin1(kTimestamp)};
    args << options << QStringLiteral("--output") << output;
    return args;
}

void TestQueueProcesses::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (qEnvironmentVariableIsSet("DEFEX_KEEP_TEST_DIR")) {
        m_dir.setAutoRemove(false);
        qInfo("keeping %s", qPrintable(m_dir.path()));
    }
    m_bigDb = m_dir.filePath(QStringLiteral("big.db"));
    m_smallDb = m_dir.filePath(QStringLiteral("small.db"));
    for (const auto &[path, rows] : {qMakePair(m_bigDb, kBigRows), qMakePair(m_smallDb, kSmallRows)}) {
        const TestSupport::ProcessResult r = TestSupport::runBinary(
            {QStringLiteral("demo-db"), QStringLiteral("--rows"), QString::number(rows), path}, 300000);
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }
}

void TestQueueProcesses::quitKeepsCheckpointsAndResumes()
{
    const QString data = newDir(QStringLiteral("quit-data"));
    const QString out = newDir(QStringLiteral("quit"));
    const QString ref = newDir(QStringLiteral("quit-ref"));
    QVERIFY(QDir().mkpath(out));
    QVERIFY(QDir().mkpath(ref));
    const QList<QPair<QString, QStringList>> specs = {
        {QStringLiteral("q1.csv.gz"), {QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--gzip")}},
        {QStringLiteral("q2.json"), {QStringLiteral("--format"), QStringLiteral("json")}},
        {QStringLiteral("q3.txt.gz"),
         {QStringLiteral("--format"), QStringLiteral("txt"), QStringLiteral("--gzip"), QStringLiteral("--level"),
          QStringLiteral("uitgebreid")}},
    };
    QHash<qint64, QString> nameOf;
    QHash<QString, QByteArray> refSha;
    for (const auto &[name, options] : specs) {
        const qint64 id = QueueProcess::add(data, addArguments(m_bigDb, QDir(out).filePath(name), options));
        QVERIFY(id > 0);
        nameOf.insert(id, name);
        QStringList args{QStringLiteral("export"), QStringLiteral("--quiet")};
        args << addArguments(m_bigDb, QDir(ref).filePath(name), options);
        const TestSupport::ProcessResult r = TestSupport::runBinary(args, 300000);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        refSha.insert(name, TestSupport::fileSha256(QDir(ref).filePath(name)));
    }

    const QString log1 = newDir(QStringLiteral("quit-run1.log"));
    QProcess runner;
    const auto cleanup = qScopeGuard([&runner] { stopChild(runner); });
    QVERIFY(QueueProcess::startQueue(runner, data, {QStringLiteral("run"), QStringLiteral("--json")}, log1, log1 + QStringLiteral(".err")));

    // Wait until every job is running with a checkpoint in the store: mid-way.
    JobStore store;
    QString error;
    QVERIFY2(store.open(data, &error), qPrintable(error));
    QElapsedTimer wait;
    wait.start();
    bool midway = false;
    while (!midway && wait.elapsed() < 60000 && runner.state() == QProcess::Running) {
        QTest::qWait(20);
        const QList<JobRecord> jobs = store.list();
        midway = jobs.size() == specs.size() && std::all_of(jobs.cbegin(), jobs.cend(), [](const JobRecord &j) {
                     return j.state == JobState::Running && ExportCheckpoint::fromJson(j.checkpoint).isValid();
                 });
    }
    QVERIFY2(midway, "the jobs did not all reach a checkpoint while running");

    QElapsedTimer stopping;
    stopping.start();
    runner.terminate(); // SIGTERM
    QVERIFY2(runner.waitForFinished(3000), "queue run did not stop within 3 s of SIGTERM");
    qInfo("queue run stopped %lld ms after SIGTERM", stopping.elapsed());
    QVERIFY(stopping.elapsed() <= 3000);
    QCOMPARE(runner.exitStatus(), QProcess::NormalExit);
    QCOMPARE(runner.exitCode(), 0);

    // Pending again (not failed, not running, not interrupted), with a checkpoint and the .part.
    QHash<qint64, ExportCheckpoint> checkpoints;
    for (const JobRecord &j : store.list()) {
        const QString name = nameOf.value(j.id);
        QCOMPARE(jobStateName(j.state), QStringLiteral("pending"));
        QCOMPARE(j.leasePid, qint64(0));
        QCOMPARE(j.attempts, 1);
        QCOMPARE(j.interruptions, 0);
        QVERIFY(j.error.isEmpty());
        const ExportCheckpoint cp = ExportCheckpoint::fromJson(j.checkpoint);
        QVERIFY2(cp.isValid() && cp.rowsDone % Exporter::CheckpointRows == 0, qPrintable(name));
        checkpoints.insert(j.id, cp);
        const QString part = partPath(QDir(out).filePath(name));
        QVERIFY2(QFileInfo::exists(part), qPrintable(part));
        QVERIFY(quint64(QFileInfo(part).size()) >= cp.partBytes);
        QVERIFY(!QFileInfo::exists(QDir(out).filePath(name)));
        QCOMPARE(j.errorHistory.size(), 1);
        QVERIFY(j.errorHistory.at(0).toObject().value(QStringLiteral("message")).toString().contains(
            QStringLiteral("quit")));
    }
    bool ok = false;
    for (const QJsonValue &v : QueueProcess::list(data, &ok))
        QCOMPARE(v.toObject().value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
    QVERIFY(ok);

    // The next run continues from the checkpoints and ends with the reference bytes.
    const QString log2 = newDir(QStringLiteral("quit-run2.log"));
    QProcess second;
    const auto cleanup2 = qScopeGuard([&second] { stopChild(second); });
    QVERIFY(QueueProcess::startQueue(second, data, {QStringLiteral("run"), QStringLiteral("--until-empty"),
                                                    QStringLiteral("--json")}, log2, log2 + QStringLiteral(".err")));
    QVERIFY(second.waitForFinished(180000));
    QCOMPARE(second.exitCode(), 0);
    QHash<qint64, bool> beyond;
    for (const QJsonObject &e : QueueProcess::jsonLines(TestSupport::readFile(log2))) {
        const qint64 id = e.value(QStringLiteral("id")).toInteger();
        if (e.value(QStringLiteral("state")).toString() != QLatin1String("running"))
            continue;
        const ExportCheckpoint cp = checkpoints.value(id);
        const qint64 rows = e.value(QStringLiteral("rowsDone")).toInteger();
        const qint64 bytes = qint64(e.value(QStringLiteral("bytes")).toDouble());
        QVERIFY2(rows >= cp.rowsDone && bytes >= qint64(cp.partBytes),
                 qPrintable(QStringLiteral("job %1 went back to row %2 / byte %3 (checkpoint row %4 / byte %5)")
                                .arg(id).arg(rows).arg(bytes).arg(cp.rowsDone).arg(cp.partBytes)));
        if (rows > cp.rowsDone)
            beyond[id] = true;
    }
    for (auto it = nameOf.cbegin(); it != nameOf.cend(); ++it) {
        const QJsonObject job = QueueProcess::show(data, it.key());
        const QString output = QDir(out).filePath(it.value());
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("completed"));
        QCOMPARE(job.value(QStringLiteral("attempts")).toInt(), 2);
        QCOMPARE(QueueProcess::historyCount(job, QStringLiteral("started over")), 0);
        QCOMPARE(TestSupport::fileSha256(output), refSha.value(it.value()));
        QCOMPARE(job.value(QStringLiteral("sha256")).toString().toLatin1(), refSha.value(it.value()));
        QVERIFY(!QFileInfo::exists(partPath(output)));
        QVERIFY2(beyond.value(it.key()), qPrintable(it.value() + QStringLiteral(": no progress past the checkpoint seen")));
    }
}

void TestQueueProcesses::twoRunnersNeverShareAJob()
{
    const QString data = newDir(QStringLiteral("two-data"));
    const QString out = newDir(QStringLiteral("two"));
    QVERIFY(QDir().mkpath(out));
    constexpr int kJobs = 30;
    const QStringList formats{QStringLiteral("csv"), QStringLiteral("json"), QStringLiteral("txt"), QStringLiteral("xlsx")};
    QHash<qint64, QString> outputOf;
    for (int i = 0; i < kJobs; ++i) {
        const bool gzip = (i / formats.size()) % 2 == 1;
        const QString format = formats.at(i % formats.size());
        QStringList options{QStringLiteral("--format"), format};
        if (gzip)
            options << QStringLiteral("--gzip");
        const QString name = QStringLiteral("t%1.%2%3").arg(i, 2, 10, QLatin1Char('0')).arg(format)
                                 .arg(gzip ? QStringLiteral(".gz") : QString());
        const qint64 id = QueueProcess::add(data, addArguments(m_smallDb, QDir(out).filePath(name), options));
        QVERIFY(id > 0);
        outputOf.insert(id, QDir(out).filePath(name));
    }

    JobStore store;
    QString error;
    QVERIFY2(store.open(data, &error), qPrintable(error));
    QProcess a, b;
    const auto cleanup = qScopeGuard([&] {
        stopChild(a);
        stopChild(b);
    });
    const QStringList args{QStringLiteral("run"), QStringLiteral("--until-empty"), QStringLiteral("--max-concurrent"),
                           QStringLiteral("3")};
    const QString logs = newDir(QStringLiteral("two-"));
    QVERIFY(QueueProcess::startQueue(a, data, args, logs + QStringLiteral("a.log"), logs + QStringLiteral("a.err")));
    QVERIFY(QueueProcess::startQueue(b, data, args, logs + QStringLiteral("b.log"), logs + QStringLiteral("b.err")));
    const qint64 pidA = a.processId(), pidB = b.processId();

    // Watch the leases while they work: a job must only ever be leased to one of them, and
    // neither may run more than 3 at once.
    QHash<qint64, QSet<qint64>> leases;
    int samples = 0, maxA = 0, maxB = 0;
    QElapsedTimer wait;
    wait.start();
    while ((a.state() != QProcess::NotRunning || b.state() != QProcess::NotRunning) && wait.elapsed() < 180000) {
        QTest::qWait(3);
        int runningA = 0, runningB = 0;
        for (const JobRecord &j : store.list()) {
            if (j.state != JobState::Running)
                continue;
            leases[j.id].insert(j.leasePid);
            runningA += j.leasePid == pidA;
            runningB += j.leasePid == pidB;
        }
        maxA = qMax(maxA, runningA);
        maxB = qMax(maxB, runningB);
        ++samples;
    }
    QVERIFY2(a.state() == QProcess::NotRunning && b.state() == QProcess::NotRunning, "the runners did not finish");
    QCOMPARE(a.exitCode(), 0);
    QCOMPARE(b.exitCode(), 0);
    QVERIFY(maxA <= 3 && maxB <= 3);

    QSet<qint64> jobsOfA, jobsOfB;
    for (auto it = leases.cbegin(); it != leases.cend(); ++it) {
        QVERIFY2(it.value().size() == 1, qPrintable(QStringLiteral("job %1 was leased to %2 processes")
                                                        .arg(it.key()).arg(it.value().size())));
        const qint64 pid = *it.value().cbegin();
        QVERIFY(pid == pidA || pid == pidB);
        (pid == pidA ? jobsOfA : jobsOfB).insert(it.key());
    }
    qInfo("%d samples; %d of %d jobs seen running: %d by one runner, %d by the other",
          samples, int(leases.size()), kJobs, int(jobsOfA.size()), int(jobsOfB.size()));
    QVERIFY2(!jobsOfA.isEmpty() && !jobsOfB.isEmpty(), "one runner did all the work: the test proves nothing");

    bool ok = false;
    const QJsonArray jobs = QueueProcess::list(data, &ok);
    QVERIFY(ok);
    QCOMPARE(jobs.size(), kJobs);
    int completed = 0;
    QSet<QString> outputs;
    for (const QJsonValue &v : jobs) {
        const QJsonObject job = v.toObject();
        const qint64 id = job.value(QStringLiteral("id")).toInteger();
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("completed"));
        QCOMPARE(job.value(QStringLiteral("attempts")).toInt(), 1); // claimed once, run once
        QVERIFY(job.value(QStringLiteral("errorHistory")).toArray().isEmpty());
        const QString output = job.value(QStringLiteral("outputPath")).toString();
        QCOMPARE(output, outputOf.value(id));
        QVERIFY(!outputs.contains(output));
        outputs.insert(output);
        QCOMPARE(job.value(QStringLiteral("sha256")).toString().toLatin1(), TestSupport::fileSha256(output));
        QVERIFY(!QFileInfo::exists(partPath(output)));
        ++completed;
    }
    QCOMPARE(completed, kJobs);
    QCOMPARE(QDir(out).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot).size(), kJobs);
}

void TestQueueProcesses::watchShowsOtherProcesses()
{
    const QString data = newDir(QStringLiteral("watch-data"));
    const QString out = newDir(QStringLiteral("watch"));
    QVERIFY(QDir().mkpath(out));

    QProcess watch, runner;
    const auto cleanup = qScopeGuard([&] {
        stopChild(watch);
        stopChild(runner);
    });
    LineReader reader(watch);
    QVERIFY(QueueProcess::startQueue(watch, data, {QStringLiteral("watch"), QStringLiteral("--json")}));
    // The watcher has opened the store once the file exists; give it a moment to take its
    // starting point, so that the jobs below are news to it.
    QTRY_VERIFY(QFileInfo::exists(QDir(data).filePath(QStringLiteral("queue.sqlite"))));
    QTest::qWait(300);

    QHash<qint64, qint64> addedAt;
    for (const QString &format : {QStringLiteral("csv"), QStringLiteral("json")}) {
        const qint64 id = QueueProcess::add(
            data, addArguments(m_bigDb, QDir(out).filePath(QStringLiteral("w.") + format), {QStringLiteral("--format"), format}));
        QVERIFY(id > 0);
        addedAt.insert(id, QDateTime::currentMSecsSinceEpoch());
    }
    // Both announced as added (and waiting) before another process starts running them.
    const auto addedSeen = [&] {
        int n = 0;
        for (const auto &[line, at] : reader.lines) {
            Q_UNUSED(at);
            const QJsonObject e = QJsonDocument::fromJson(line).object();
            n += e.value(QStringLiteral("event")).toString() == QLatin1String("added")
                 && addedAt.contains(e.value(QStringLiteral("id")).toInteger());
        }
        return n == addedAt.size();
    };
    QTRY_VERIFY_WITH_TIMEOUT(addedSeen(), 5000);
    QVERIFY(QueueProcess::startQueue(runner, data, {QStringLiteral("run"), QStringLiteral("--until-empty")}));

    // Every job's completion, then the events in order with the delay of each.
    const auto eventsOf = [&](qint64 id) {
        QList<QPair<QJsonObject, qint64>> events;
        for (const auto &[line, at] : reader.lines) {
            const QJsonDocument doc = QJsonDocument::fromJson(line);
            if (doc.isObject() && doc.object().value(QStringLiteral("id")).toInteger() == id)
                events << qMakePair(doc.object(), at);
        }
        return events;
    };
    const auto completedSeen = [&] {
        for (auto it = addedAt.cbegin(); it != addedAt.cend(); ++it) {
            const auto events = eventsOf(it.key());
            if (std::none_of(events.cbegin(), events.cend(), [](const QPair<QJsonObject, qint64> &e) {
                    return e.first.value(QStringLiteral("state")).toString() == QLatin1String("completed");
                }))
                return false;
        }
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(completedSeen(), 120000);
    // (waitForFinished() is false for a process that already ended while the events ran.)
    QVERIFY(runner.state() == QProcess::NotRunning || runner.waitForFinished(10000));
    QCOMPARE(runner.exitStatus(), QProcess::NormalExit);
    QCOMPARE(runner.exitCode(), 0);

    for (const auto &[line, at] : reader.lines) {
        Q_UNUSED(at);
        QVERIFY2(QJsonDocument::fromJson(line).isObject(), line.constData());
    }
    for (auto it = addedAt.cbegin(); it != addedAt.cend(); ++it) {
        const auto events = eventsOf(it.key());
        int added = -1, running = -1, completed = -1;
        for (int i = 0; i < events.size(); ++i) {
            const QJsonObject &e = events.at(i).first;
            const QString state = e.value(QStringLiteral("state")).toString();
            if (added < 0 && e.value(QStringLiteral("event")).toString() == QLatin1String("added"))
                added = i;
            if (running < 0 && state == QLatin1String("running"))
                running = i;
            if (completed < 0 && state == QLatin1String("completed"))
                completed = i;
        }
        QVERIFY2(added >= 0 && running > added && completed > running,
                 qPrintable(QStringLiteral("job %1: added %2, running %3, completed %4").arg(it.key())
                                .arg(added).arg(running).arg(completed)));
        QCOMPARE(events.at(added).first.value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
        const qint64 addDelay = events.at(added).second - it.value();
        const qint64 startDelay = events.at(running).second
            - QueueProcess::isoTime(events.at(running).first.value(QStringLiteral("startedAt"))).toMSecsSinceEpoch();
        const qint64 finishDelay = events.at(completed).second
            - QueueProcess::isoTime(events.at(completed).first.value(QStringLiteral("finishedAt"))).toMSecsSinceEpoch();
        qInfo("job %lld seen %lld ms after it was added, %lld ms after it started, %lld ms after it completed",
              it.key(), addDelay, startDelay, finishDelay);
        QVERIFY(addDelay <= 1000);
        QVERIFY(startDelay <= 1000);
        QVERIFY(finishDelay <= 1000);
        // Progress in between, never backwards.
        qint64 last = 0;
        for (int i = running; i <= completed; ++i) {
            const qint64 rows = events.at(i).first.value(QStringLiteral("rowsDone")).toInteger();
            QVERIFY(rows >= last);
            last = rows;
        }
        QCOMPARE(last, kBigRows);
    }
    watch.terminate();
    QVERIFY(watch.waitForFinished(5000));
    QCOMPARE(watch.exitCode(), 0);
}

void TestQueueProcesses::cancelFromAnotherProcess()
{
    const QString data = newDir(QStringLiteral("cancel-data"));
    const QString out = newDir(QStringLiteral("cancel"));
    QVERIFY(QDir().mkpath(out));
    // A slow one (gzip, every column), so that it is still running when the cancel arrives.
    const QString output = QDir(out).filePath(QStringLiteral("c.txt.gz"));
    const qint64 id = QueueProcess::add(data, addArguments(m_bigDb, output, {QStringLiteral("--format"), QStringLiteral("txt"),
                                                                             QStringLiteral("--gzip"), QStringLiteral("--level"),
                                                                             QStringLiteral("compleet")}));
    QVERIFY(id > 0);

    QProcess runner;
    const auto cleanup = qScopeGuard([&runner] { stopChild(runner); });
    const QString log = newDir(QStringLiteral("cancel-run.log"));
    QVERIFY(QueueProcess::startQueue(runner, data, {QStringLiteral("run")}, log, log + QStringLiteral(".err")));
    JobStore store;
    QString error;
    QVERIFY2(store.open(data, &error), qPrintable(error));
    // Running, with a growing .part.
    QTRY_VERIFY_WITH_TIMEOUT(store.load(id) && store.load(id)->state == JobState::Running
                                 && QFileInfo(partPath(output)).size() > 0,
                             60000);
    QVERIFY2(store.load(id)->rowsDone < kBigRows * 3 / 4, "the job was nearly done before it could be cancelled");

    QElapsedTimer clock;
    clock.start();
    const TestSupport::ProcessResult r = QueueProcess::queue(data, {QStringLiteral("cancel"), QString::number(id)});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QTRY_VERIFY_WITH_TIMEOUT(store.load(id)->state != JobState::Running, 5000);
    qInfo("cancelled %lld ms after `queue cancel` was started", clock.elapsed());
    QVERIFY(clock.elapsed() <= 3000);
    const JobRecord job = *store.load(id);
    QCOMPARE(jobStateName(job.state), QStringLiteral("cancelled"));
    QVERIFY(job.finishedAt.isValid());
    QCOMPARE(job.leasePid, qint64(0));
    QVERIFY(!QFileInfo::exists(partPath(output)));
    QVERIFY(!QFileInfo::exists(output));
    QCOMPARE(QueueProcess::show(data, id).value(QStringLiteral("state")).toString(), QStringLiteral("cancelled"));
    // The runner itself goes on (only the job stopped).
    QCOMPARE(runner.state(), QProcess::Running);
    runner.terminate();
    QVERIFY(runner.waitForFinished(5000));
    QCOMPARE(runner.exitCode(), 0);
}

void TestQueueProcesses::halfRecoveredJobIsNotStuck()
{
    // A process that died while it recovered a crashed runner's job could leave the job in the
    // store as "interrupted" (older versions wrote that state first and the outcome second).
    // Nothing waits for an interrupted job: the next start must finish the recovery.
    const QString data = newDir(QStringLiteral("half-data"));
    const QString output = newDir(QStringLiteral("half.csv"));
    const qint64 id = QueueProcess::add(data, addArguments(m_smallDb, output, {QStringLiteral("--format"), QStringLiteral("csv")}));
    QVERIFY(id > 0);
    // A process id that is certainly gone: a child that already ended.
    QProcess gone;
    gone.start(TestSupport::binary(), {QStringLiteral("--version")});
    QVERIFY(gone.waitForFinished(10000));
    const qint64 deadPid = gone.processId() > 0 ? gone.processId() : 999999;
    {
        JobStore store;
        QString error;
        QVERIFY2(store.open(data, &error), qPrintable(error));
        QVERIFY(store.claim(id, deadPid, JobStore::bootId()));
        QVERIFY(store.transition(id, {JobState::Running}, JobState::Interrupted));
        QCOMPARE(store.load(id)->leasePid, deadPid);
    }
    const TestSupport::ProcessResult r = QueueProcess::queue(data, {QStringLiteral("run"), QStringLiteral("--until-empty")}, 60000);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject job = QueueProcess::show(data, id);
    QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("completed"));
    QCOMPARE(job.value(QStringLiteral("attempts")).toInt(), 2);
    QCOMPARE(QueueProcess::historyCount(job, QStringLiteral("Interrupted")), 1);
    QCOMPARE(job.value(QStringLiteral("sha256")).toString().toLatin1(), TestSupport::fileSha256(output));
}

// Jobs queued without --output, from a relative data folder in every spelling (as a newcomer
// did: "cd /tmp/t; queue add --data-dir q4 ..." twice): every job gets a file of its own, named
// by an absolute path, and a runner started elsewhere writes each where it was planned.
void TestQueueProcesses::generatedNamesNeverShareAFile()
{
    const QString work = newDir(QStringLiteral("relative"));
    QVERIFY(QDir().mkpath(work));
    QVERIFY(QFile::copy(m_smallDb, QDir(work).filePath(QStringLiteral("demo.db"))));
    QVERIFY(QFile::link(QStringLiteral("q4"), QDir(work).filePath(QStringLiteral("link"))));
    const auto addIn = [&](const QStringList &dataDirArgs, const QString &envDataDir) {
        QProcess p;
        p.setWorkingDirectory(work);
        QProcessEnvironment env = QueueProcess::environment(envDataDir);
        p.setProcessEnvironment(env);
        p.start(TestSupport::binary(),
                QStringList { QStringLiteral("queue"), QStringLiteral("add") } + dataDirArgs
                    + QStringList { QStringLiteral("--database"), QStringLiteral("demo.db"),
                                    QStringLiteral("--format"), QStringLiteral("csv"),
                                    QStringLiteral("--description"), QStringLiteral("rel") });
        if (!p.waitForFinished(30000) || p.exitCode() != 0) {
            qWarning("queue add failed: %s", p.readAllStandardError().constData());
            return qint64(0);
        }
        return p.readAllStandardOutput().trimmed().toLongLong();
    };
    const QString dataDir = QDir(work).filePath(QStringLiteral("q4"));
    QList<qint64> ids;
    const QString elsewhere = m_dir.path(); // a DEFINITIE_EXPORT_DATA_DIR that --data-dir overrides
    ids << addIn({ QStringLiteral("--data-dir"), QStringLiteral("q4") }, elsewhere)
        << addIn({ QStringLiteral("--data-dir"), QStringLiteral("q4") }, elsewhere)
        << addIn({ QStringLiteral("--data-dir"), QStringLiteral("./q4/") }, elsewhere)
        << addIn({ QStringLiteral("--data-dir"), QStringLiteral("link") }, elsewhere)
        << addIn({}, QStringLiteral("q4")); // a relative DEFINITIE_EXPORT_DATA_DIR
    QSet<QString> files;
    for (qint64 id : std::as_const(ids)) {
        QVERIFY(id > 0);
        const QJsonObject job = QueueProcess::show(dataDir, id);
        const QString output = job.value(QStringLiteral("outputPath")).toString();
        QVERIFY2(QDir::isAbsolutePath(output), qPrintable(output));
        QCOMPARE(QDir::cleanPath(output), output);
        const QFileInfo file(output);
        QCOMPARE(QFileInfo(file.absolutePath()).canonicalFilePath(),
                 QFileInfo(QDir(dataDir).filePath(QStringLiteral("exports"))).canonicalFilePath());
        QVERIFY2(file.fileName().startsWith(QLatin1String("rel-")), qPrintable(output));
        files.insert(file.fileName());
    }
    QCOMPARE(files.size(), ids.size());

    // Run from another folder: every job completes into its own file, which still holds what
    // that job wrote.
    const TestSupport::ProcessResult run = QueueProcess::queue(
        dataDir, { QStringLiteral("run"), QStringLiteral("--until-empty") }, 120000);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    for (qint64 id : std::as_const(ids)) {
        const QJsonObject job = QueueProcess::show(dataDir, id);
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("completed"));
        const QString output = job.value(QStringLiteral("outputPath")).toString();
        QCOMPARE(job.value(QStringLiteral("sha256")).toString().toLatin1(),
                 TestSupport::fileSha256(output));
    }
    QCOMPARE(QDir(QDir(dataDir).filePath(QStringLiteral("exports"))).entryList(QDir::Files).size(),
             ids.size());
}

void TestQueueProcesses::exitCodesAndMessages_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message"); // a part of stderr

    const QString missing = newDir(QStringLiteral("no-such.db"));
    QTest::newRow("unknown subcommand") << QStringList{QStringLiteral("frobnicate")} << 1
                                        << QStringLiteral("Unknown queue subcommand \"frobnicate\"");
    QTest::newRow("show unknown job") << QStringList{QStringLiteral("show"), QStringLiteral("999")} << 2
                                      << QStringLiteral("There is no job 999");
    QTest::newRow("cancel unknown job") << QStringList{QStringLiteral("cancel"), QStringLiteral("999")} << 2
                                        << QStringLiteral("There is no job 999");
    QTest::newRow("cancel abc") << QStringList{QStringLiteral("cancel"), QStringLiteral("abc")} << 1
                                << QStringLiteral("needs one or more job ids");
    QTest::newRow("show without id") << QStringList{QStringLiteral("show")} << 1
                                     << QStringLiteral("needs one or more job ids");
    QTest::newRow("add missing database")
        << QStringList{QStringLiteral("add"), QStringLiteral("--database"), missing} << 2
        << QStringLiteral("does not exist");
    QTest::newRow("add bad format")
        << QStringList{QStringLiteral("add"), QStringLiteral("--database"), m_smallDb, QStringLiteral("--format"),
                       QStringLiteral("pdf")} << 1 << QStringLiteral("pdf");
    // `queue add` checks what `export` checks, with the same messages and exit codes.
    const QString notSqlite = newDir(QStringLiteral("notities.txt"));
    const QString noDefinities = newDir(QStringLiteral("anders.db"));
    const QString empty = newDir(QStringLiteral("leeg.db"));
    const QString noFolder = newDir(QStringLiteral("geen-map"));
    QFile text(notSqlite);
    QVERIFY(text.open(QIODevice::WriteOnly) && text.write("Dit is geen SQLite-database.\n") > 0);
    text.close();
    QVERIFY(TestSupport::execSql(noDefinities,
                                 QStringLiteral("CREATE TABLE iets (id INTEGER PRIMARY KEY);")));
    QFile none(empty);
    QVERIFY(none.open(QIODevice::WriteOnly));
    none.close();
    const auto add = [&](const QString &db, const QStringList &more) {
        return QStringList { QStringLiteral("add"), QStringLiteral("--database"), db } + more;
    };
    QTest::newRow("add not SQLite")
        << add(notSqlite, {}) << 2 << QStringLiteral("is not a SQLite database");
    QTest::newRow("add no definities")
        << add(noDefinities, {}) << 2 << QStringLiteral("definities");
    QTest::newRow("add empty file") << add(empty, {}) << 2 << QStringLiteral("is an empty file");
    QTest::newRow("add missing --dir") << add(m_smallDb, { QStringLiteral("--dir"), noFolder }) << 3
                                       << QStringLiteral("the folder does not exist");
    QTest::newRow("add missing --output folder")
        << add(m_smallDb, { QStringLiteral("--output"), noFolder + QStringLiteral("/uit.csv") })
        << 3 << QStringLiteral("the folder does not exist");
    QTest::newRow("add csv named .csv.gz")
        << add(m_smallDb, { QStringLiteral("--output"), newDir(QStringLiteral("c5.csv.gz")) }) << 1
        << QStringLiteral("c5.csv.gz ends in .gz but --gzip was not given: add --gzip or name the "
                          "file c5.csv.");
    QTest::newRow("add --format twice")
        << add(m_smallDb,
               { QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--format"),
                 QStringLiteral("json") })
        << 1 << QStringLiteral("--format was given more than once");
    QTest::newRow("list --data-dir twice")
        << QStringList { QStringLiteral("list"), QStringLiteral("--data-dir"),
                         newDir(QStringLiteral("elders")) }
        << 1 << QStringLiteral("--data-dir was given more than once");
    QTest::newRow("max-concurrent out of range")
        << QStringList{QStringLiteral("run"), QStringLiteral("--max-concurrent"), QStringLiteral("17")} << 1
        << QStringLiteral("1 to 16");
    QTest::newRow("unexpected argument") << QStringList{QStringLiteral("list"), QStringLiteral("extra")} << 1
                                         << QStringLiteral("Unexpected argument");
}

void TestQueueProcesses::exitCodesAndMessages()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString data = newDir(QStringLiteral("codes-data"));
    const TestSupport::ProcessResult r = QueueProcess::queue(data, args, 30000);
    QVERIFY2(r.exitCode == exitCode, qPrintable(QStringLiteral("exit %1, stderr: %2").arg(r.exitCode)
                                                    .arg(QString::fromUtf8(r.err))));
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    QVERIFY(r.out.trimmed().isEmpty());
    // Nothing was queued by a failed command.
    bool ok = false;
    QVERIFY(QueueProcess::list(data, &ok).isEmpty());
    QVERIFY(ok);
    // A missing folder is reported, not created.
    QVERIFY(!QFileInfo::exists(newDir(QStringLiteral("geen-map"))));
}

void TestQueueProcesses::bulkActionsPrintCounts()
{
    const QString data = newDir(QStringLiteral("bulk-data"));
    const QString out = newDir(QStringLiteral("bulk"));
    QVERIFY(QDir().mkpath(out));
    // A database that is no database any more when its job runs: the job fails (bad input, not
    // retried). `queue add` refuses a bad source, so it is spoiled after being queued.
    const QString notADb = QDir(out).filePath(QStringLiteral("not-a-database.db"));
    QVERIFY(QFile::copy(m_smallDb, notADb));
    const auto add = [&](const QString &db, const QString &name) {
        return QueueProcess::add(data, addArguments(db, QDir(out).filePath(name), {QStringLiteral("--format"), QStringLiteral("csv")}));
    };
    const qint64 a = add(m_smallDb, QStringLiteral("a.csv"));
    const qint64 b = add(m_smallDb, QStringLiteral("b.csv"));
    const qint64 f = add(notADb, QStringLiteral("f.csv"));
    QVERIFY(a > 0 && b > 0 && f > 0);
    {
        QFile spoil(notADb);
        QVERIFY(spoil.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(spoil.write(QByteArray(4096, 'x')), qint64(4096));
    }
    const TestSupport::ProcessResult run = QueueProcess::queue(data, {QStringLiteral("run"), QStringLiteral("--until-empty")});
    // A job that failed makes the run's exit code say so (scripts check it).
    QVERIFY2(run.exitCode == 6, run.err.constData());
    QVERIFY2(run.err.contains("1 job(s) failed") || run.err.contains("1 job failed"), run.err.constData());
    QCOMPARE(QueueProcess::show(data, a).value(QStringLiteral("state")).toString(), QStringLiteral("completed"));
    QCOMPARE(QueueProcess::show(data, b).value(QStringLiteral("state")).toString(), QStringLiteral("completed"));
    const QJsonObject failed = QueueProcess::show(data, f);
    QCOMPARE(failed.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
    QCOMPARE(failed.value(QStringLiteral("attempts")).toInt(), 1); // bad input is not retried
    QVERIFY(!failed.value(QStringLiteral("error")).toString().isEmpty());

    const qint64 c = add(m_smallDb, QStringLiteral("c.csv"));
    const qint64 d = add(m_smallDb, QStringLiteral("d.csv"));
    QVERIFY(c > 0 && d > 0);

    const auto bulk = [&](const char *sub) {
        const TestSupport::ProcessResult r = QueueProcess::queue(data, {QString::fromLatin1(sub)});
        return r.exitCode == 0 ? QString::fromUtf8(r.out) : QStringLiteral("exit %1: %2").arg(r.exitCode).arg(QString::fromUtf8(r.err));
    };
    const auto state = [&](qint64 id) { return QueueProcess::show(data, id).value(QStringLiteral("state")).toString(); };

    QCOMPARE(bulk("cancel-all"), QStringLiteral("2\n")); // c and d
    QCOMPARE(state(c), QStringLiteral("cancelled"));
    QCOMPARE(state(d), QStringLiteral("cancelled"));
    QCOMPARE(state(a), QStringLiteral("completed"));
    QCOMPARE(state(f), QStringLiteral("failed"));
    QCOMPARE(bulk("retry-failed"), QStringLiteral("1\n")); // f
    QCOMPARE(state(f), QStringLiteral("pending"));
    QCOMPARE(QueueProcess::show(data, f).value(QStringLiteral("errorHistory")).toArray().size(), 1); // kept
    QCOMPARE(bulk("retry-failed"), QStringLiteral("0\n"));
    QCOMPARE(bulk("cancel-all"), QStringLiteral("1\n")); // f again
    QCOMPARE(bulk("cancel-all"), QStringLiteral("0\n"));
    QCOMPARE(bulk("remove-finished"), QStringLiteral("5\n"));
    QCOMPARE(bulk("remove-finished"), QStringLiteral("0\n"));
    bool ok = false;
    QVERIFY(QueueProcess::list(data, &ok).isEmpty());
    QVERIFY(ok);
    // Removing jobs from the list leaves their files.
    QVERIFY(QFileInfo::exists(QDir(out).filePath(QStringLiteral("a.csv"))));
    QVERIFY(QFileInfo::exists(QDir(out).filePath(QStringLiteral("b.csv"))));
}

void TestQueueProcesses::corruptStoreIsReportedAndKept()
{
    const QString data = newDir(QStringLiteral("corrupt-data"));
    QVERIFY(QDir().mkpath(data));
    const QString file = QDir(data).filePath(QStringLiteral("queue.sqlite"));
    QByteArray junk(64 * 1024, Qt::Uninitialized);
    QRandomGenerator rng(4242);
    for (char &c : junk)
        c = char(rng.bounded(256));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(junk), junk.size());
    }
    const QByteArray before = TestSupport::fileSha256(file);
    const QList<QStringList> commands = {
        {QStringLiteral("list")},
        {QStringLiteral("list"), QStringLiteral("--json")},
        {QStringLiteral("show"), QStringLiteral("1")},
        {QStringLiteral("add"), QStringLiteral("--database"), m_smallDb},
        {QStringLiteral("cancel"), QStringLiteral("1")},
        {QStringLiteral("cancel-all")},
        {QStringLiteral("remove-finished")},
        {QStringLiteral("run"), QStringLiteral("--until-empty")},
        {QStringLiteral("watch"), QStringLiteral("--json")},
    };
    for (const QStringList &args : commands) {
        const TestSupport::ProcessResult r = QueueProcess::queue(data, args, 30000);
        const QString what = args.join(QLatin1Char(' ')) + QStringLiteral(": ") + QString::fromUtf8(r.err);
        QVERIFY2(r.exitCode == 3, qPrintable(QStringLiteral("exit %1 from queue %2").arg(r.exitCode).arg(what)));
        QVERIFY2(QString::fromUtf8(r.err).contains(QDir::toNativeSeparators(file)), qPrintable(what));
        QVERIFY2(QString::fromUtf8(r.err).contains(QStringLiteral("damaged")), qPrintable(what));
        QVERIFY2(r.out.trimmed().isEmpty(), qPrintable(what));
        QCOMPARE(TestSupport::fileSha256(file), before);
    }
    // Nothing was created beside it either (no -wal or -shm of a "repaired" database).
    QCOMPARE(QDir(data).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot), QStringList{QStringLiteral("queue.sqlite")});
}

QTEST_GUILESS_MAIN(TestQueueProcesses)
#include "tst_queueprocesses.moc"
