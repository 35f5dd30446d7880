// The export queue across restarts: a graceful shutdown resumes to the very bytes of an
// uninterrupted run, jobs of a process that died are queued again (and fail after 3 times),
// another user's jobs are never shown or touched, and retention removes only what it should.
// (A running queue's own behaviour: tst_exportqueue.)

#include "DemoDatabase.h"
#include "ExportQueue.h"
#include "Exporter.h"
#include "JobStoreTestSupport.h"
#include "QueueTestSupport.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <memory>
#include <signal.h>
#include <unistd.h>

using namespace defex;
using TestSupport::recordOf;
using TestSupport::stateOf;
using TestSupport::storedJob;

namespace {

// A process id that no process has now.
qint64 deadPid()
{
    for (qint64 pid = 999999; pid > 1000; --pid) {
        if (::kill(pid_t(pid), 0) != 0 && errno == ESRCH)
            return pid;
    }
    return 0;
}

bool historyMentions(const JobRecord &job, const QString &text)
{
    for (const QJsonValue &entry : job.errorHistory) {
        if (entry.toObject().value(QStringLiteral("message")).toString().contains(text))
            return true;
    }
    return false;
}

} // namespace

class TestQueueRecovery final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void shutdownResumesToIdenticalBytes();
    void deadOwnersJobsAreQueuedAgain();
    void threeInterruptionsFail();
    void otherUsersJobsAreInvisible();
    void retentionRemovesOnlyWhatItShould();

private:
    std::unique_ptr<ExportQueue> open(bool runJobs, int maxConcurrent = 1)
    {
        return TestSupport::openQueue(dataDir(), runJobs, maxConcurrent);
    }
    QString dataDir() const { return m_data->path(); }
    ExportRequest request(const QString &database, Format format = Format::Csv) const;
    // Claims job `id` for process `pid` with a heartbeat `age` seconds old, as a runner would.
    bool leaveRunning(qint64 id, qint64 pid, const QString &bootId, int age);

    QTemporaryDir m_sources;
    QString m_small, m_big;
    std::unique_ptr<QTemporaryDir> m_data;
};

void TestQueueRecovery::initTestCase()
{
    QVERIFY(m_sources.isValid());
    // Three checkpoints' worth: a shutdown lands after the first one, well before the end.
    const QList<std::pair<QString *, qint64>> dbs
        = { { &m_small, 2000 }, { &m_big, 3 * Exporter::CheckpointRows } };
    for (const auto &[path, rows] : dbs) {
        *path = m_sources.filePath(QStringLiteral("demo-%1.db").arg(rows));
        DemoOptions options;
        options.rows = rows;
        QString error;
        QVERIFY2(createDemoDatabase(*path, options, &error), qPrintable(error));
    }
}

void TestQueueRecovery::init()
{
    m_data = std::make_unique<QTemporaryDir>();
    QVERIFY(m_data->isValid());
}

void TestQueueRecovery::cleanup()
{
    m_data.reset();
}

ExportRequest TestQueueRecovery::request(const QString &database, Format format) const
{
    ExportRequest r;
    r.database = database;
    r.format = format;
    return r;
}

bool TestQueueRecovery::leaveRunning(qint64 id, qint64 pid, const QString &bootId, int age)
{
    JobStore store;
    QString error;
    if (!store.open(dataDir(), &error))
        return false;
    std::optional<JobRecord> job = store.claim(id, pid, bootId);
    if (!job)
        return false;
    job->heartbeat = QDateTime::currentDateTimeUtc().addSecs(-age);
    return store.update(*job);
}

void TestQueueRecovery::shutdownResumesToIdenticalBytes()
{
    ExportRequest r = request(m_big, Format::Json);
    r.level = Level::Compleet;
    r.gzip = true;
    r.output = dataDir() + QStringLiteral("/out/resumed.json.gz");
    QVERIFY(QDir().mkpath(dataDir() + QStringLiteral("/out")));
    qint64 id = 0, waiting = 0, paused = 0;
    {
        auto first = open(true, 1);
        QVERIFY(first);
        const QList<qint64> ids = first->enqueueMany({ r, request(m_small), request(m_small) });
        id = ids[0];
        waiting = ids[1];
        paused = ids[2];
        QVERIFY(first->pause(paused));
        // Past the first checkpoint (20,000 rows) by a batch, far from the end.
        QTRY_VERIFY_WITH_TIMEOUT(recordOf(*first, id).rowsDone > Exporter::CheckpointRows, 60000);
        QCOMPARE(stateOf(*first, waiting), QStringLiteral("pending"));
        first->shutdown();
        QCOMPARE(stateOf(*first, id), QStringLiteral("pending"));
        QCOMPARE(first->runningCount(), 0);
    }
    // Stored as waiting, with its checkpoint and the .part it continues.
    const JobRecord stopped = *storedJob(dataDir(), id);
    QCOMPARE(stopped.state, JobState::Pending);
    QCOMPARE(stopped.attempts, 1);
    QCOMPARE(stopped.leasePid, qint64(0));
    const ExportCheckpoint cp = ExportCheckpoint::fromJson(stopped.checkpoint);
    QVERIFY(cp.isValid());
    QVERIFY(cp.rowsDone >= Exporter::CheckpointRows);
    QVERIFY(cp.rowsDone < 3 * Exporter::CheckpointRows);
    QCOMPARE(cp.rowsDone % Exporter::CheckpointRows, 0);
    QVERIFY(QFileInfo(r.output + QStringLiteral(".part")).size() >= qint64(cp.partBytes));
    QVERIFY(!QFileInfo::exists(r.output));
    QVERIFY(historyMentions(stopped, QStringLiteral("quit")));
    QCOMPARE(storedJob(dataDir(), paused)->state, JobState::Paused);

    // The reference: the same request (as stored, with its fixed timestamp) in one run.
    ExportRequest reference = stopped.request;
    reference.output = dataDir() + QStringLiteral("/reference.json.gz");
    const ExportResult ref = Exporter(reference).run();
    QVERIFY2(ref.ok(), qPrintable(ref.error.message));

    // The next start continues from the checkpoint, runs the waiting job, leaves the paused one.
    auto second = open(true, 1);
    QVERIFY(second);
    QSignalSpy updated(second.get(), &ExportQueue::jobsUpdated);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(*second, id), QStringLiteral("completed"), 90000);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(*second, waiting), QStringLiteral("completed"), 30000);
    QCOMPARE(stateOf(*second, paused), QStringLiteral("paused"));
    for (const JobSnapshot &s : TestSupport::snapshots(updated)) {
        if (s.record.id == id)
            QVERIFY2(s.record.rowsDone >= cp.rowsDone,
                     qPrintable(QString::number(s.record.rowsDone)));
    }
    const JobRecord done = *storedJob(dataDir(), id);
    QCOMPARE(done.attempts, 2);
    QCOMPARE(done.interruptions, 0);
    QCOMPARE(done.rowsDone, 3 * Exporter::CheckpointRows);
    QVERIFY(!historyMentions(done, QStringLiteral("started over")));
    QCOMPARE(done.sha256, ref.sha256);
    QCOMPARE(TestSupport::fileSha256(r.output), TestSupport::fileSha256(reference.output));
    QCOMPARE(QString::fromLatin1(TestSupport::fileSha256(r.output)), done.sha256);
    QVERIFY(!QFileInfo::exists(r.output + QStringLiteral(".part")));
}

void TestQueueRecovery::deadOwnersJobsAreQueuedAgain()
{
    qint64 orphan = 0, alive = 0, otherBoot = 0;
    {
        auto queue = open(false);
        QVERIFY(queue);
        const QList<qint64> ids
            = queue->enqueueMany({ request(m_small), request(m_small), request(m_small) });
        orphan = ids[0];
        alive = ids[1];
        otherBoot = ids[2];
    }
    const qint64 dead = deadPid();
    QVERIFY(dead > 0);
    QVERIFY(leaveRunning(orphan, dead, JobStore::bootId(), 3600));
    // A living process with a fresh heartbeat keeps its job; the same after a reboot does not.
    QVERIFY(leaveRunning(alive, qint64(::getppid()), JobStore::bootId(), 0));
    QVERIFY(leaveRunning(otherBoot, qint64(::getppid()), QStringLiteral("another-boot"), 0));

    {
        auto queue = open(false); // recovery runs at open, even for a queue that runs nothing
        QVERIFY(queue);
        QCOMPARE(stateOf(*queue, alive), QStringLiteral("running"));
        for (qint64 id : { orphan, otherBoot }) {
            QCOMPARE(stateOf(*queue, id), QStringLiteral("pending"));
            const JobRecord r = *storedJob(dataDir(), id);
            QCOMPARE(r.state, JobState::Pending);
            QCOMPARE(r.interruptions, 1);
            QCOMPARE(r.attempts, 1);
            QCOMPARE(r.leasePid, qint64(0));
            QVERIFY(historyMentions(r, QStringLiteral("Interrupted")));
        }
    }
    // A queue that runs jobs picks the recovered one up and completes it.
    auto runner = open(true, 2);
    QVERIFY(runner);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(*runner, orphan), QStringLiteral("completed"), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(*runner, otherBoot), QStringLiteral("completed"), 30000);
    QCOMPARE(storedJob(dataDir(), orphan)->attempts, 2);
    QCOMPARE(storedJob(dataDir(), orphan)->interruptions, 0);
    QCOMPARE(stateOf(*runner, alive), QStringLiteral("running")); // still the other's
}

void TestQueueRecovery::threeInterruptionsFail()
{
    JobStore store;
    QString error;
    QVERIFY2(store.open(dataDir(), &error), qPrintable(error));
    const qint64 id = TestSupport::insertJobs(store, 1, QStringLiteral("crashes")).value(0);
    QVERIFY(id > 0);
    const qint64 dead = deadPid();
    for (int round = 1; round <= ExportQueue::MaxInterruptions; ++round) {
        QVERIFY(leaveRunning(id, dead, JobStore::bootId(), 3600));
        auto queue = open(false);
        QVERIFY(queue);
        const JobRecord r = *store.load(id);
        QCOMPARE(r.interruptions, round);
        QCOMPARE(r.attempts, round);
        QCOMPARE(r, recordOf(*queue, id));
        if (round < ExportQueue::MaxInterruptions) {
            QCOMPARE(r.state, JobState::Pending);
            QVERIFY(r.error.isEmpty());
        } else {
            QCOMPARE(r.state, JobState::Failed);
            QVERIFY2(r.error.contains(QStringLiteral("interrupted 3 times")), qPrintable(r.error));
            QVERIFY(r.finishedAt.isValid());
            QVERIFY(r.checkpoint.isEmpty());
        }
    }
}

void TestQueueRecovery::otherUsersJobsAreInvisible()
{
    auto queue = open(true, 2);
    QVERIFY(queue);
    QSignalSpy added(queue.get(), &ExportQueue::jobsAdded);
    // Theirs: one waiting at the front of the line, one finished long ago with a file.
    const QString theirFile = queue->exportDirectory() + QStringLiteral("/theirs.csv");
    QVERIFY(QDir().mkpath(queue->exportDirectory()));
    {
        QFile f(theirFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("theirs\n");
    }
    ExportRequest theirRequest = request(m_small);
    theirRequest.output = dataDir() + QStringLiteral("/theirs-waiting.csv");
    theirRequest.csv.delimiter = ','; // execSql splits statements at ';'
    const QString json
        = QString::fromUtf8(QJsonDocument(theirRequest.toJson()).toJson(QJsonDocument::Compact));
    const QString db = dataDir() + QStringLiteral("/queue.sqlite");
    QString error;
    // A high change sequence: a watcher that forgot the owner would pick them up.
    const QStringList inserts = {
        QStringLiteral("INSERT INTO jobs (owner, state, position, request, description, seq) "
                       "VALUES ('someone-else', 'pending', -100, '%1', 'theirs', 1000000)")
            .arg(json),
        QStringLiteral("INSERT INTO jobs (owner, state, position, request, description, "
                       "finished_at, output_path, bytes, seq) VALUES ('someone-else', "
                       "'completed', -99, '%1', 'old', 1000, '%2', 7, 1000000)")
            .arg(json, theirFile),
    };
    for (const QString &sql : inserts)
        QVERIFY2(TestSupport::execSql(db, sql, &error), qPrintable(error));
    const qint64 theirs
        = TestSupport::sqlValue(db, QStringLiteral("SELECT min(id) FROM jobs")).toLongLong();
    const qint64 theirsOld = theirs + 1;

    const qint64 mine = queue->enqueue(request(m_small));
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(*queue, mine), QStringLiteral("completed"), 30000);
    QTest::qWait(600); // a few polls of the store
    for (const JobSnapshot &job : TestSupport::snapshots(added))
        QCOMPARE(job.record.id, mine);
    QCOMPARE(queue->jobs().size(), 1);
    QVERIFY(!queue->job(theirs));
    QVERIFY(!queue->cancel(theirs));
    QVERIFY(!queue->pause(theirs));
    QVERIFY(!queue->retry(theirsOld));
    QVERIFY(!queue->remove(theirsOld));
    QVERIFY(!queue->setPinned(theirs, true));
    QCOMPARE(queue->cancelAll({ theirs, theirsOld }), 0);
    QCOMPARE(queue->removeFinished({ theirs, theirsOld }), 0);
    QCOMPARE(queue->queuePosition(theirs), 0);
    QCOMPARE(queue->job(mine)->record.attempts, 1);
    queue.reset();

    // Not run, and not cleaned up by this user's retention either.
    auto again = open(false);
    QVERIFY(again);
    again->setRetentionDays(1);
    QCOMPARE(again->runRetention(), 0);
    QCOMPARE(TestSupport::sqlValue(
                 db, QStringLiteral("SELECT state FROM jobs WHERE id = %1").arg(theirs))
                 .toString(),
             QStringLiteral("pending"));
    QCOMPARE(TestSupport::sqlValue(
                 db, QStringLiteral("SELECT count(*) FROM jobs WHERE owner = 'someone-else'"))
                 .toInt(),
             2);
    QVERIFY(QFileInfo::exists(theirFile));
    QVERIFY(!QFileInfo::exists(theirRequest.output));
}

void TestQueueRecovery::retentionRemovesOnlyWhatItShould()
{
    const QString elsewhere = dataDir() + QStringLiteral("/elsewhere");
    QVERIFY(QDir().mkpath(elsewhere));
    enum Case {
        Expired,
        Pinned,
        Moved,
        Longer,
        SameSize,
        Outside,
        Symlink,
        Recent,
        Gzip,
        Failed,
        Cancelled,
        N
    };
    QList<qint64> ids;
    QString exportDir;
    {
        auto queue = open(true, 2);
        QVERIFY(queue);
        exportDir = queue->exportDirectory();
        QList<ExportRequest> requests;
        for (int i = 0; i < N; ++i)
            requests << request(m_small);
        requests[Outside].output = elsewhere + QStringLiteral("/outside.csv");
        requests[Gzip].gzip = true;
        requests[Failed].database = dataDir() + QStringLiteral("/missing.db");
        ids = queue->enqueueMany(requests);
        QCOMPARE(ids.size(), int(N));
        QVERIFY(queue->cancel(ids[Cancelled])); // still waiting: two run at a time
        QVERIFY(queue->setPinned(ids[Pinned], true));
        for (qint64 id : std::as_const(ids))
            QTRY_VERIFY_WITH_TIMEOUT(isFinishedState(recordOf(*queue, id).state), 30000);
        QCOMPARE(queue->idsInStates({ JobState::Completed }).size(), int(N) - 2);
    }
    QHash<int, QString> file;
    for (int c = 0; c < N; ++c)
        file.insert(c, storedJob(dataDir(), ids[c])->outputPath);
    for (int c : { Expired, Pinned, Moved, Longer, SameSize, Symlink, Recent, Gzip })
        QVERIFY2(file[c].startsWith(exportDir + QLatin1Char('/')), qPrintable(file[c]));

    // Everything but Recent finished 8 days ago.
    {
        JobStore store;
        QString error;
        QVERIFY2(store.open(dataDir(), &error), qPrintable(error));
        for (int c = 0; c < N; ++c) {
            JobRecord r = *store.load(ids[c]);
            r.finishedAt = QDateTime::currentDateTimeUtc().addDays(c == Recent ? -3 : -8);
            QVERIFY(store.update(r));
        }
    }
    // The user moved one file away, changed two, and replaced one by a link to a copy outside.
    const QString moved = elsewhere + QStringLiteral("/moved.csv");
    QVERIFY(QFile::rename(file[Moved], moved));
    {
        QFile f(file[Longer]);
        QVERIFY(f.open(QIODevice::Append));
        f.write("extra\n");
    }
    {
        QFile f(file[SameSize]);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(f.size() - 2));
        f.write("!");
    }
    const QString linked = elsewhere + QStringLiteral("/linked.csv");
    QVERIFY(QFile::rename(file[Symlink], linked));
    QVERIFY(QFile::link(linked, file[Symlink]));

    auto queue = open(false); // retention runs at open
    QVERIFY(queue);
    QList<qint64> left;
    for (const JobSnapshot &job : queue->jobs())
        left << job.record.id;
    QCOMPARE(left, (QList<qint64> { ids[Pinned], ids[Recent] }));
    QVERIFY(!QFileInfo::exists(file[Expired]));
    QVERIFY(!QFileInfo::exists(file[Gzip]));
    QVERIFY(QFileInfo::exists(file[Pinned]));
    QVERIFY(QFileInfo::exists(file[Recent]));
    QVERIFY(QFileInfo::exists(moved));
    QVERIFY(QFileInfo::exists(file[Longer]));
    QVERIFY(QFileInfo::exists(file[SameSize]));
    QVERIFY(QFileInfo::exists(file[Outside]));
    QVERIFY(QFileInfo::exists(linked));
    QVERIFY(QFileInfo(file[Symlink]).isSymLink());
    QCOMPARE(queue->runRetention(), 0);

    // Unpinned, it goes too; a shorter retention period takes the recent one as well.
    QSignalSpy removed(queue.get(), &ExportQueue::jobsRemoved);
    QVERIFY(queue->setPinned(ids[Pinned], false));
    QCOMPARE(queue->runRetention(), 1);
    QVERIFY(!QFileInfo::exists(file[Pinned]));
    queue->setRetentionDays(2);
    QCOMPARE(queue->runRetention(), 1);
    QVERIFY(!QFileInfo::exists(file[Recent]));
    QVERIFY(queue->jobs().isEmpty());
    QTRY_VERIFY(!removed.isEmpty());
    QList<qint64> gone;
    for (const QList<QVariant> &args : std::as_const(removed))
        gone += args.at(0).value<QList<qint64>>();
    std::sort(gone.begin(), gone.end());
    QCOMPARE(gone, (QList<qint64> { ids[Pinned], ids[Recent] }));
}

QTEST_GUILESS_MAIN(TestQueueRecovery)
#include "tst_queuerecovery.moc"
