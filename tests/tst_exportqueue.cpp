// The export queue with real exports: every state change (and the refused ones), cancel, pause,
// resume, retry and bulk actions, the concurrency limit, the start order, progress that can be
// trusted, batched announcements, back-off retries of a locked source and bad input.
// (Restarts, crashed owners, other users and retention: tst_queuerecovery.)

#include "DemoDatabase.h"
#include "ExportQueue.h"
#include "Exporter.h"
#include "QueueTestSupport.h"
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace defex;
using TestSupport::recordOf;
using TestSupport::stateOf;
using TestSupport::storedJob;

namespace {

QString part(const QString &output)
{
    return output + QStringLiteral(".part");
}

// A writer holding a source database locked (EXCLUSIVE: readers wait too) until release().
class SourceLock final
{
public:
    explicit SourceLock(const QString &path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        QSqlQuery q(db);
        m_locked = db.open() && q.exec(QStringLiteral("BEGIN EXCLUSIVE"));
    }
    ~SourceLock() { release(); }
    bool isLocked() const { return m_locked; }
    void release()
    {
        if (!QSqlDatabase::contains(m_name))
            return;
        {
            QSqlDatabase db = QSqlDatabase::database(m_name);
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
        m_locked = false;
    }

private:
    const QString m_name = QStringLiteral("test-source-lock");
    bool m_locked = false;
};

} // namespace

class TestExportQueue final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void transitions_data();
    void transitions();
    void cancelRunningRemovesPart();
    void bulkActionsTouchOnlyTheGivenJobs();
    void neverMoreThanMaxRunning();
    void maxConcurrentChangesWhileRunning();
    void movesSetTheStartOrder();
    void progressIsTrustworthy();
    void updatesAreBatched();
    void lockedSourceIsRetriedWithBackoff();
    void pausesDoNotUseUpRetries();
    void badInputFailsAtOnce();

private:
    std::unique_ptr<ExportQueue> open(int maxConcurrent = 1, bool runJobs = true);
    ExportRequest request(const QString &database, Format format = Format::Csv) const;
    // Long enough to act on while it runs (~30,000 rows, every column, JSON, gzip).
    ExportRequest slowRequest() const;
    QString dataDir() const { return m_data->path(); }

    QTemporaryDir m_sources;
    QString m_tiny, m_small, m_medium;
    std::unique_ptr<QTemporaryDir> m_data;
};

void TestExportQueue::initTestCase()
{
    QVERIFY(m_sources.isValid());
    const QList<std::pair<QString *, qint64>> dbs
        = { { &m_tiny, 200 }, { &m_small, 2000 }, { &m_medium, 3 * Exporter::CheckpointRows / 2 } };
    for (const auto &[path, rows] : dbs) {
        *path = m_sources.filePath(QStringLiteral("demo-%1.db").arg(rows));
        DemoOptions options;
        options.rows = rows;
        QString error;
        QVERIFY2(createDemoDatabase(*path, options, &error), qPrintable(error));
    }
}

void TestExportQueue::init()
{
    m_data = std::make_unique<QTemporaryDir>();
    QVERIFY(m_data->isValid());
}

void TestExportQueue::cleanup()
{
    m_data.reset();
}

std::unique_ptr<ExportQueue> TestExportQueue::open(int maxConcurrent, bool runJobs)
{
    return TestSupport::openQueue(dataDir(), runJobs, maxConcurrent);
}

ExportRequest TestExportQueue::request(const QString &database, Format format) const
{
    ExportRequest r;
    r.database = database;
    r.format = format;
    return r; // no output: the queue plans one in its export folder
}

ExportRequest TestExportQueue::slowRequest() const
{
    ExportRequest r = request(m_medium, Format::Json);
    r.level = Level::Compleet;
    r.gzip = true;
    return r;
}

void TestExportQueue::transitions_data()
{
    QTest::addColumn<QString>("from"); // how the job is when the action comes
    QTest::addColumn<QString>("action");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("then"); // right after the action
    QTest::addColumn<QString>("to"); // where it ends
    const auto row = [](const char *name, const char *from, const char *action, bool accepted,
                        const char *then, const char *to) {
        QTest::newRow(name) << QString::fromLatin1(from) << QString::fromLatin1(action) << accepted
                            << QString::fromLatin1(then) << QString::fromLatin1(to);
    };
    row("pending runs to completed", "pending", "none", true, "pending", "completed");
    row("cancel pending", "pending", "cancel", true, "cancelled", "cancelled");
    row("cancel paused", "paused", "cancel", true, "cancelled", "cancelled");
    row("cancel running", "running", "cancel", true, "running", "cancelled");
    row("pause pending", "pending", "pause", true, "paused", "paused");
    row("pause running", "checkpointed", "pause", true, "running", "paused");
    row("resume paused", "paused", "resume", true, "pending", "completed");
    row("resume paused while running", "pausedRunning", "resume", true, "running", "completed");
    row("retry failed", "failed", "retry", true, "pending", "completed");
    row("retry cancelled", "cancelled", "retry", true, "pending", "completed");
    // Refused: the job stays as it was and lastError() says why.
    for (const char *action : { "cancel", "pause", "resume", "retry", "move" })
        row(qPrintable(QStringLiteral("%1 completed").arg(QLatin1String(action))), "completed",
            action, false, "completed", "completed");
    for (const char *action : { "cancel", "pause", "resume" })
        row(qPrintable(QStringLiteral("%1 failed").arg(QLatin1String(action))), "failed", action,
            false, "failed", "failed");
    for (const char *action : { "cancel", "pause", "resume" })
        row(qPrintable(QStringLiteral("%1 cancelled").arg(QLatin1String(action))), "cancelled",
            action, false, "cancelled", "cancelled");
    row("resume pending", "pending", "resume", false, "pending", "pending");
    row("retry pending", "pending", "retry", false, "pending", "pending");
    row("resume running", "running", "resume", false, "running", "running");
    row("retry running", "running", "retry", false, "running", "running");
    row("move running", "running", "move", false, "running", "running");
    row("pause paused", "paused", "pause", false, "paused", "paused");
    row("retry paused", "paused", "retry", false, "paused", "paused");
}

void TestExportQueue::transitions()
{
    QFETCH(QString, from);
    QFETCH(QString, action);
    QFETCH(bool, accepted);
    QFETCH(QString, then);
    QFETCH(QString, to);

    // One job runs at a time; a slow "blocker" keeps the job waiting until it is cancelled.
    auto queue = open(1);
    QVERIFY(queue);
    const QString appears = dataDir() + QStringLiteral("/appears-later.db");
    qint64 id = 0;
    qint64 blocker = 0;
    if (from == QLatin1String("pending") || from == QLatin1String("paused")
        || from == QLatin1String("cancelled")) {
        const QList<qint64> ids = queue->enqueueMany({ slowRequest(), request(m_small) });
        QCOMPARE(ids.size(), 2);
        blocker = ids[0];
        id = ids[1];
        QCOMPARE(stateOf(*queue, blocker), QStringLiteral("running"));
        if (from == QLatin1String("paused"))
            QVERIFY(queue->pause(id));
        if (from == QLatin1String("cancelled"))
            QVERIFY(queue->cancel(id));
    } else if (from == QLatin1String("running") || from == QLatin1String("checkpointed")
               || from == QLatin1String("pausedRunning")) {
        id = queue->enqueue(slowRequest());
        // "checkpointed": a batch past the first checkpoint, so there is one to keep.
        const qint64 rows = from == QLatin1String("running") ? 1 : Exporter::CheckpointRows + 1;
        QTRY_VERIFY_WITH_TIMEOUT(recordOf(*queue, id).rowsDone >= rows, 60000);
        if (from == QLatin1String("pausedRunning")) {
            QVERIFY(queue->pause(id));
            QTRY_COMPARE_WITH_TIMEOUT(stateOf(*queue, id), QStringLiteral("paused"), 10000);
        }
    } else if (from == QLatin1String("completed")) {
        id = queue->enqueue(request(m_small));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(*queue, id), QStringLiteral("completed"), 30000);
    } else if (from == QLatin1String("failed")) {
        id = queue->enqueue(request(appears)); // the source is not there (yet)
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(*queue, id), QStringLiteral("failed"), 30000);
        blocker = queue->enqueue(slowRequest());
        QCOMPARE(stateOf(*queue, blocker), QStringLiteral("running"));
    }
    QVERIFY(id > 0);
    QCOMPARE(stateOf(*queue, id),
             from == QLatin1String("checkpointed")        ? QStringLiteral("running")
                 : from == QLatin1String("pausedRunning") ? QStringLiteral("paused")
                                                          : from);
    const JobRecord before = recordOf(*queue, id);
    if (from == QLatin1String("failed") && accepted)
        QVERIFY(QFile::copy(m_small, appears)); // the cause is gone: the retry can succeed

    bool ok = true;
    if (action == QLatin1String("cancel"))
        ok = queue->cancel(id);
    else if (action == QLatin1String("pause"))
        ok = queue->pause(id);
    else if (action == QLatin1String("resume"))
        ok = queue->resume(id);
    else if (action == QLatin1String("retry"))
        ok = queue->retry(id);
    else if (action == QLatin1String("move"))
        ok = queue->move(id, JobStore::Move::Top);
    QCOMPARE(ok, accepted);
    QCOMPARE(stateOf(*queue, id), then);
    if (!accepted) {
        QVERIFY(!queue->lastError().isEmpty());
        QCOMPARE(jobStateName(storedJob(dataDir(), id)->state), then);
        if (blocker)
            QVERIFY(queue->cancel(blocker));
        return;
    }
    if (blocker)
        QVERIFY(queue->cancel(blocker));
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(*queue, id), to, 60000);

    // The store says the same (it was written before it was announced).
    const JobRecord after = *storedJob(dataDir(), id);
    QCOMPARE(jobStateName(after.state), to);
    QCOMPARE(after, recordOf(*queue, id));
    if (to == QLatin1String("completed")) {
        QVERIFY(after.rowsTotal > 0);
        QCOMPARE(after.rowsDone, after.rowsTotal);
        QVERIFY(after.finishedAt.isValid());
        QVERIFY(QFileInfo::exists(after.outputPath));
        QVERIFY(!QFileInfo::exists(part(after.outputPath)));
        QCOMPARE(TestSupport::fileSha256(after.outputPath), after.sha256.toLatin1());
        QVERIFY(after.checkpoint.isEmpty());
    } else if (to == QLatin1String("cancelled")) {
        QVERIFY(after.finishedAt.isValid());
        QVERIFY(after.checkpoint.isEmpty());
        QVERIFY(!QFileInfo::exists(after.outputPath));
        QVERIFY(!QFileInfo::exists(part(after.outputPath)));
    } else if (to == QLatin1String("paused")) {
        QVERIFY(!after.finishedAt.isValid());
        if (from == QLatin1String("checkpointed")) {
            // Keeps its checkpoint and the .part it continues.
            const ExportCheckpoint cp = ExportCheckpoint::fromJson(after.checkpoint);
            QVERIFY(cp.isValid());
            QVERIFY(cp.rowsDone >= Exporter::CheckpointRows);
            QCOMPARE(cp.rowsDone % Exporter::CheckpointRows, 0);
            QVERIFY(QFileInfo(part(after.outputPath)).size() >= qint64(cp.partBytes));
        }
    }
    if (action == QLatin1String("retry")) {
        // Another attempt; the history of the earlier ones is kept.
        QCOMPARE(after.attempts, before.attempts + 1);
        QVERIFY(after.errorHistory.size() >= before.errorHistory.size());
        for (int i = 0; i < before.errorHistory.size(); ++i)
            QCOMPARE(after.errorHistory.at(i), before.errorHistory.at(i));
        if (from == QLatin1String("failed")) {
            QVERIFY(after.errorHistory.size() >= 1);
            QVERIFY(after.errorHistory.at(0)
                        .toObject()
                        .value(QStringLiteral("message"))
                        .toString()
                        .contains(QStringLiteral("does not exist")));
            QVERIFY(after.error.isEmpty());
        }
    }
    if (from == QLatin1String("pausedRunning")) {
        // Continued from its checkpoint rather than starting over.
        QCOMPARE(after.attempts, 2);
        for (const QJsonValue &entry : after.errorHistory)
            QVERIFY(!entry.toObject()
                         .value(QStringLiteral("message"))
                         .toString()
                         .contains(QStringLiteral("started over")));
    }
}

void TestExportQueue::cancelRunningRemovesPart()
{
    auto queue = open(1);
    QVERIFY(queue);
    ExportRequest r = slowRequest();
    r.output = dataDir() + QStringLiteral("/cancelled.json.gz");
    QSignalSpy finished(queue.get(), &ExportQueue::jobsFinished);
    const qint64 id = queue->enqueue(r);
    QTRY_VERIFY_WITH_TIMEOUT(recordOf(*queue, id).rowsDone > 0, 30000);
    QVERIFY(QFileInfo::exists(part(r.output)));
    QVERIFY(queue->cancel(id));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    const auto jobs = finished.at(0).at(0).value<QList<JobSnapshot>>();
    QCOMPARE(jobs.size(), 1);
    QCOMPARE(jobs.at(0).record.id, id);
    QCOMPARE(jobs.at(0).record.state, JobState::Cancelled);
    QVERIFY(!QFileInfo::exists(part(r.output)));
    QVERIFY(!QFileInfo::exists(r.output));
    QCOMPARE(queue->runningCount(), 0);
}

void TestExportQueue::bulkActionsTouchOnlyTheGivenJobs()
{
    auto queue = open(2);
    QVERIFY(queue);
    const QString missing = dataDir() + QStringLiteral("/missing.db");
    QSignalSpy finishedSpy(queue.get(), &ExportQueue::jobsFinished);
    // Finished ones first: two completed, one failed.
    const QList<qint64> done
        = queue->enqueueMany({ request(m_tiny), request(m_tiny), request(missing) });
    QTRY_COMPARE_WITH_TIMEOUT(TestSupport::snapshots(finishedSpy).size(), 3, 30000);
    QCOMPARE(stateOf(*queue, done[2]), QStringLiteral("failed"));
    // Two running (both slots), two waiting, one paused.
    const QList<qint64> active = queue->enqueueMany(
        { slowRequest(), slowRequest(), request(m_small), request(m_small), request(m_small) });
    QVERIFY(queue->pause(active[4]));
    QCOMPARE(stateOf(*queue, active[0]), QStringLiteral("running"));
    QCOMPARE(stateOf(*queue, active[1]), QStringLiteral("running"));
    QCOMPARE(stateOf(*queue, active[2]), QStringLiteral("pending"));

    // What the user saw, plus a job the action does not apply to and one that does not exist.
    QList<qint64> seen
        = queue->idsInStates({ JobState::Pending, JobState::Paused, JobState::Running });
    QCOMPARE(seen, active);
    seen << done[0] << 987654;
    const qint64 later = queue->enqueue(request(m_small)); // added after the list was taken
    finishedSpy.clear();
    QCOMPARE(queue->cancelAll(seen), 5);
    for (qint64 id : active)
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(*queue, id), QStringLiteral("cancelled"), 10000);
    QCOMPARE(stateOf(*queue, done[0]), QStringLiteral("completed"));
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(*queue, later), QStringLiteral("completed"), 30000);
    // Announced as finished: exactly the cancelled ones and the one that ran afterwards.
    QTRY_COMPARE(TestSupport::snapshots(finishedSpy).size(), 6);
    QSet<qint64> announced;
    for (const JobSnapshot &job : TestSupport::snapshots(finishedSpy))
        announced.insert(job.record.id);
    QCOMPARE(announced, QSet<qint64>(active.cbegin(), active.cend()) + QSet<qint64> { later });

    // Retry failed: only the failed one among those given (the cancelled ones stay cancelled).
    const QList<qint64> retryList = { done[2], done[0], active[0], 987654 };
    QCOMPARE(queue->retryFailed(retryList), 1);
    QCOMPARE(stateOf(*queue, active[0]), QStringLiteral("cancelled"));
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(*queue, done[2]), QStringLiteral("failed"), 30000);
    QCOMPARE(recordOf(*queue, done[2]).attempts, 2);

    // Remove finished: the list is taken while one more job waits; it finishes afterwards and
    // stays, as does a job that is not finished.
    const qint64 waiting
        = queue->enqueueMany({ slowRequest(), slowRequest(), request(m_tiny) }).last();
    QCOMPARE(stateOf(*queue, waiting), QStringLiteral("pending"));
    QList<qint64> finished
        = queue->idsInStates({ JobState::Completed, JobState::Failed, JobState::Cancelled });
    QCOMPARE(finished.size(), 9);
    const QList<qint64> runningNow = queue->idsInStates({ JobState::Running });
    QCOMPARE(runningNow.size(), 2);
    QCOMPARE(queue->cancelAll(runningNow), 2);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(*queue, waiting), QStringLiteral("completed"), 30000);
    QSignalSpy removed(queue.get(), &ExportQueue::jobsRemoved);
    finished << 987654;
    QCOMPARE(queue->removeFinished(finished), 9);
    QTRY_COMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(0).value<QList<qint64>>().size(), 9);
    QList<qint64> left;
    for (const JobSnapshot &job : queue->jobs())
        left << job.record.id;
    std::sort(left.begin(), left.end());
    QList<qint64> expected = runningNow;
    expected << waiting;
    QCOMPARE(left, expected);
    QCOMPARE(TestSupport::storedJobs(dataDir()).size(), 3);
}

void TestExportQueue::neverMoreThanMaxRunning()
{
    auto queue = open(5);
    QVERIFY(queue);
    // What the announcements say is running at each moment (a job's latest state counts).
    QHash<qint64, JobSnapshot> latest;
    int mostAnnounced = 0;
    int mostCounted = 0;
    const auto follow = [&](const QList<JobSnapshot> &jobs) {
        for (const JobSnapshot &job : jobs)
            latest.insert(job.record.id, job);
        int running = 0;
        for (const JobSnapshot &job : std::as_const(latest))
            running += job.record.state == JobState::Running ? 1 : 0;
        mostAnnounced = qMax(mostAnnounced, running);
        mostCounted = qMax(mostCounted, queue->runningCount());
    };
    QObject context; // goes before what `follow` captures: the connections end with it
    connect(queue.get(), &ExportQueue::jobsAdded, &context, follow);
    connect(queue.get(), &ExportQueue::jobsUpdated, &context, follow);
    QList<ExportRequest> requests;
    for (int i = 0; i < 100; ++i)
        requests << request(m_tiny, i % 2 ? Format::Csv : Format::Txt);
    const QList<qint64> ids = queue->enqueueMany(requests);
    QCOMPARE(ids.size(), 100);
    QCOMPARE(queue->runningCount(), 5);
    QTRY_COMPARE_WITH_TIMEOUT(queue->idsInStates({ JobState::Completed }).size(), 100, 110000);
    const auto announcedCompleted = [&] {
        return std::count_if(latest.cbegin(), latest.cend(), [](const JobSnapshot &job) {
            return job.record.state == JobState::Completed;
        });
    };
    QTRY_COMPARE(announcedCompleted(), 100); // the last ones are announced at the next tick
    QVERIFY2(mostAnnounced <= 5, qPrintable(QString::number(mostAnnounced)));
    QVERIFY2(mostCounted <= 5, qPrintable(QString::number(mostCounted)));

    // The recorded start and finish times: never more than 5 at once, and really in parallel.
    QList<JobRecord> fromAnnouncements;
    for (const JobSnapshot &job : std::as_const(latest)) {
        QCOMPARE(job.record.state, JobState::Completed);
        fromAnnouncements << job.record;
    }
    const QList<JobRecord> stored = TestSupport::storedJobs(dataDir());
    QCOMPARE(stored.size(), 100);
    for (const JobRecord &job : stored) {
        QCOMPARE(job.attempts, 1); // each ran exactly once
        QCOMPARE(job.rowsDone, qint64(200));
        QVERIFY(job.startedAt <= job.finishedAt);
        QCOMPARE(job.startedAt, latest.value(job.id).record.startedAt);
        QCOMPARE(job.finishedAt, latest.value(job.id).record.finishedAt);
    }
    const int most = TestSupport::mostAtOnce(stored);
    QVERIFY2(most <= 5, qPrintable(QString::number(most)));
    QVERIFY2(most >= 2, qPrintable(QString::number(most)));
    QCOMPARE(TestSupport::mostAtOnce(fromAnnouncements), most);
}

void TestExportQueue::maxConcurrentChangesWhileRunning()
{
    auto queue = open(4);
    QVERIFY(queue);
    queue->setMaxConcurrent(0);
    QCOMPARE(queue->maxConcurrent(), 1);
    queue->setMaxConcurrent(40);
    QCOMPARE(queue->maxConcurrent(), 16);
    queue->setMaxConcurrent(4);

    QList<ExportRequest> requests;
    for (int i = 0; i < 10; ++i)
        requests << request(m_small);
    const QList<qint64> first = queue->enqueueMany(requests);
    const QList<qint64> startedBefore = queue->idsInStates({ JobState::Running });
    QCOMPARE(startedBefore.size(), 4);
    queue->setMaxConcurrent(1); // the four finish; from then on one at a time
    QTRY_COMPARE_WITH_TIMEOUT(queue->idsInStates({ JobState::Completed }).size(), 10, 60000);
    const QList<JobRecord> stored = TestSupport::storedJobs(dataDir());
    int startedLater = 0;
    for (const JobRecord &job : stored) {
        if (startedBefore.contains(job.id))
            continue;
        ++startedLater;
        for (const JobRecord &other : stored) {
            if (other.id != job.id)
                QVERIFY2(
                    other.finishedAt <= job.startedAt || other.startedAt >= job.finishedAt,
                    qPrintable(QStringLiteral("jobs %1 and %2 overlap").arg(job.id).arg(other.id)));
        }
    }
    QCOMPARE(startedLater, 6);

    // Raised again: three at once at the next start.
    queue->setMaxConcurrent(3);
    const QList<qint64> second = queue->enqueueMany(requests.mid(0, 6));
    QCOMPARE(queue->runningCount(), 3);
    QTRY_COMPARE_WITH_TIMEOUT(queue->idsInStates({ JobState::Completed }).size(), 16, 60000);
    QList<JobRecord> secondRecords;
    for (qint64 id : second)
        secondRecords << *storedJob(dataDir(), id);
    const int most = TestSupport::mostAtOnce(secondRecords);
    QVERIFY2(most <= 3 && most >= 2, qPrintable(QString::number(most)));
    QCOMPARE(first.size(), 10);
}

void TestExportQueue::movesSetTheStartOrder()
{
    auto queue = open(1);
    QVERIFY(queue);
    const qint64 blocker = queue->enqueue(slowRequest());
    QList<ExportRequest> requests;
    for (int i = 0; i < 5; ++i)
        requests << request(m_tiny);
    const QList<qint64> ids = queue->enqueueMany(requests);
    const qint64 a = ids[0], b = ids[1], c = ids[2], d = ids[3], e = ids[4];
    const auto order = [&] {
        QList<qint64> pending(5);
        for (qint64 id : ids) {
            const int p = queue->queuePosition(id);
            if (p < 1 || p > 5 || queue->job(id)->queuePosition != p)
                return QList<qint64> {};
            pending[p - 1] = id;
        }
        return pending;
    };
    QCOMPARE(order(), (QList<qint64> { a, b, c, d, e }));
    QVERIFY(queue->move(e, JobStore::Move::Top));
    QCOMPARE(order(), (QList<qint64> { e, a, b, c, d }));
    QVERIFY(queue->move(a, JobStore::Move::Down));
    QCOMPARE(order(), (QList<qint64> { e, b, a, c, d }));
    QVERIFY(queue->move(c, JobStore::Move::Up));
    QCOMPARE(order(), (QList<qint64> { e, b, c, a, d }));
    QVERIFY(queue->move(b, JobStore::Move::Bottom));
    QCOMPARE(order(), (QList<qint64> { e, c, a, d, b }));
    QVERIFY(queue->move(e, JobStore::Move::Up)); // already first: nothing to do
    QCOMPARE(order(), (QList<qint64> { e, c, a, d, b }));
    QVERIFY(!queue->move(blocker, JobStore::Move::Top)); // running: not in the waiting line
    QVERIFY(!queue->lastError().isEmpty());
    QCOMPARE(queue->queuePosition(blocker), 0);

    QVERIFY(queue->setPendingOrder({ d, a, c, b, e }));
    QCOMPARE(order(), (QList<qint64> { d, a, c, b, e }));
    QVERIFY(!queue->setPendingOrder({ a, blocker })); // not all waiting: nothing changes
    QVERIFY(!queue->lastError().isEmpty());
    QCOMPARE(order(), (QList<qint64> { d, a, c, b, e }));

    // They start in that order once the blocker is out of the way.
    QVERIFY(queue->cancel(blocker));
    QTRY_COMPARE_WITH_TIMEOUT(queue->idsInStates({ JobState::Completed }).size(), 5, 60000);
    QList<JobRecord> records;
    for (qint64 id : ids)
        records << *storedJob(dataDir(), id);
    std::sort(records.begin(), records.end(),
              [](const JobRecord &x, const JobRecord &y) { return x.startedAt < y.startedAt; });
    QList<qint64> started;
    for (const JobRecord &job : std::as_const(records))
        started << job.id;
    QCOMPARE(started, (QList<qint64> { d, a, c, b, e }));
}

void TestExportQueue::progressIsTrustworthy()
{
    auto queue = open(3);
    QVERIFY(queue);
    QSignalSpy updated(queue.get(), &ExportQueue::jobsUpdated);
    QSignalSpy finished(queue.get(), &ExportQueue::jobsFinished);
    ExportRequest txt = request(m_medium, Format::Txt);
    txt.level = Level::Compleet;
    const QList<qint64> ids = queue->enqueueMany({ slowRequest(), txt, request(m_small) });
    // One of them is paused after a checkpoint and resumed: a second attempt from there.
    const qint64 paused = ids[0];
    QTRY_VERIFY_WITH_TIMEOUT(recordOf(*queue, paused).rowsDone > Exporter::CheckpointRows, 60000);
    QVERIFY(queue->pause(paused));
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(*queue, paused), QStringLiteral("paused"), 10000);
    const qint64 checkpointRows
        = ExportCheckpoint::fromJson(recordOf(*queue, paused).checkpoint).rowsDone;
    QVERIFY(checkpointRows >= Exporter::CheckpointRows);
    QVERIFY(queue->resume(paused));
    for (qint64 id : ids)
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(*queue, id), QStringLiteral("completed"), 60000);
    QTRY_VERIFY(!finished.isEmpty());

    const QList<JobSnapshot> all
        = TestSupport::snapshots(updated) + TestSupport::snapshots(finished);
    QVERIFY(all.size() > 6);
    QHash<std::pair<qint64, int>, qint64> last; // (job, attempt) -> rows done
    QHash<qint64, qint64> firstOfSecondAttempt;
    for (const JobSnapshot &s : TestSupport::snapshots(updated)) {
        const JobRecord &r = s.record;
        QVERIFY2(s.percent() >= 0 && s.percent() <= 100, qPrintable(QString::number(s.percent())));
        QVERIFY(r.rowsDone >= 0);
        QVERIFY2(r.rowsTotal == 0 || r.rowsDone <= r.rowsTotal,
                 qPrintable(QStringLiteral("%1 of %2").arg(r.rowsDone).arg(r.rowsTotal)));
        QVERIFY(s.etaSeconds == -1.0 || s.etaSeconds >= 0.0);
        QVERIFY(s.rowsPerSecond >= 0.0);
        if (r.state != JobState::Running)
            QCOMPARE(s.etaSeconds, -1.0);
        const std::pair<qint64, int> key { r.id, r.attempts };
        QVERIFY2(r.rowsDone >= last.value(key, 0),
                 qPrintable(QStringLiteral("job %1 attempt %2 went from %3 back to %4")
                                .arg(r.id)
                                .arg(r.attempts)
                                .arg(last.value(key))
                                .arg(r.rowsDone)));
        last.insert(key, r.rowsDone);
        if (r.id == paused && r.attempts == 2 && !firstOfSecondAttempt.contains(r.id))
            firstOfSecondAttempt.insert(r.id, r.rowsDone);
    }
    // The resumed attempt started at its checkpoint, not at zero.
    QVERIFY(firstOfSecondAttempt.contains(paused));
    QVERIFY2(firstOfSecondAttempt.value(paused) >= checkpointRows,
             qPrintable(QString::number(firstOfSecondAttempt.value(paused))));
    for (qint64 id : ids) {
        const JobSnapshot s = *queue->job(id);
        QCOMPARE(s.percent(), 100);
        QCOMPARE(s.record.rowsDone, s.record.rowsTotal);
    }
    QCOMPARE(recordOf(*queue, ids[1]).rowsDone, qint64(3 * Exporter::CheckpointRows / 2));
}

void TestExportQueue::updatesAreBatched()
{
    // The most the queue runs at once (16), and some waiting: announcements stay at ~10/s.
    auto queue = open(16);
    QVERIFY(queue);
    QList<ExportRequest> requests;
    for (int i = 0; i < 20; ++i)
        requests << slowRequest();
    const QList<qint64> ids = queue->enqueueMany(requests);
    QCOMPARE(queue->runningCount(), 16);
    QTRY_VERIFY_WITH_TIMEOUT(recordOf(*queue, ids[15]).rowsDone > 0, 60000);
    QSignalSpy updated(queue.get(), &ExportQueue::jobsUpdated);
    QElapsedTimer clock;
    clock.start();
    QTest::qWait(2000);
    const qint64 elapsed = clock.elapsed();
    const int emissions = int(updated.count());
    int jobsInThem = 0;
    for (const QList<QVariant> &args : std::as_const(updated))
        jobsInThem += int(args.at(0).value<QList<JobSnapshot>>().size());
    QCOMPARE(queue->cancelAll(ids), 20);
    QTRY_COMPARE_WITH_TIMEOUT(queue->idsInStates({ JobState::Cancelled }).size(), 20, 30000);
    const double perSecond = emissions * 1000.0 / double(elapsed);
    QVERIFY2(perSecond <= 11.0,
             qPrintable(QStringLiteral("%1 jobsUpdated per second").arg(perSecond)));
    QVERIFY(emissions > 0);
    QVERIFY2(jobsInThem > emissions, "several jobs per announcement");
}

void TestExportQueue::lockedSourceIsRetriedWithBackoff()
{
    // A writer holds the source locked: the attempt times out and is retried after a back-off.
    const QString source = dataDir() + QStringLiteral("/locked.db");
    QVERIFY(QFile::copy(m_small, source));
    SourceLock lock(source);
    QVERIFY(lock.isLocked());
    auto queue = open(1);
    QVERIFY(queue);
    QCOMPARE(queue->lockTimeout(), -1); // the Exporter's own 10 s unless set
    queue->setLockTimeout(1000);
    const qint64 id = queue->enqueue(request(source));
    QTRY_VERIFY_WITH_TIMEOUT(recordOf(*queue, id).errorHistory.size() == 1, 20000);
    JobRecord waiting = recordOf(*queue, id);
    QCOMPARE(waiting.state, JobState::Pending);
    QCOMPARE(waiting.attempts, 1);
    QVERIFY(waiting.notBefore.isValid());
    QVERIFY(waiting.notBefore > QDateTime::currentDateTimeUtc());
    QVERIFY2(waiting.error.contains(QStringLiteral("locked")), qPrintable(waiting.error));
    QCOMPARE(storedJob(dataDir(), id)->notBefore, waiting.notBefore);
    QCOMPARE(stateOf(*queue, id), QStringLiteral("pending")); // waits out the back-off

    lock.release();
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(*queue, id), QStringLiteral("completed"), 30000);
    const JobRecord done = *storedJob(dataDir(), id);
    QCOMPARE(done.attempts, 2);
    QVERIFY(done.finishedAt >= waiting.notBefore); // not before the back-off ended
    QCOMPARE(done.errorHistory.size(), 1); // the failed attempt stays in the history
    QVERIFY(done.error.isEmpty());
    QCOMPARE(done.rowsDone, qint64(2000));
}

void TestExportQueue::pausesDoNotUseUpRetries()
{
    // Paused and resumed three times: three claims, but no failed attempt among them. A locked
    // source after that is still retried automatically.
    const QString source = dataDir() + QStringLiteral("/paused-then-locked.db");
    QVERIFY(QFile::copy(m_medium, source));
    auto queue = open(1);
    QVERIFY(queue);
    queue->setLockTimeout(500);
    ExportRequest r = slowRequest();
    r.database = source;
    const qint64 id = queue->enqueue(r);
    for (int i = 0; i < 3; ++i) {
        if (i > 0)
            QVERIFY(queue->resume(id));
        QTRY_VERIFY_WITH_TIMEOUT(recordOf(*queue, id).state == JobState::Running
                                     && recordOf(*queue, id).rowsDone > 0,
                                 30000);
        QVERIFY(queue->pause(id));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(*queue, id), QStringLiteral("paused"), 10000);
    }
    QCOMPARE(recordOf(*queue, id).attempts, 3);
    SourceLock lock(source);
    QVERIFY(lock.isLocked());
    QVERIFY(queue->resume(id));
    QTRY_VERIFY_WITH_TIMEOUT(!recordOf(*queue, id).error.isEmpty(), 20000);
    const JobRecord r4 = recordOf(*queue, id);
    QCOMPARE(r4.attempts, 4);
    QCOMPARE(jobStateName(r4.state), QStringLiteral("pending")); // retried after a back-off
    QVERIFY(r4.notBefore > QDateTime::currentDateTimeUtc());
    QVERIFY(queue->cancel(id));
}

void TestExportQueue::badInputFailsAtOnce()
{
    auto queue = open(2);
    QVERIFY(queue);
    const QString garbage = dataDir() + QStringLiteral("/not-sqlite.db");
    {
        QFile f(garbage);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
    }
    QSignalSpy finished(queue.get(), &ExportQueue::jobsFinished);
    const QList<qint64> ids = queue->enqueueMany(
        { request(dataDir() + QStringLiteral("/missing.db")), request(garbage) });
    for (qint64 id : ids)
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(*queue, id), QStringLiteral("failed"), 30000);
    QTRY_VERIFY(!finished.isEmpty());
    for (qint64 id : ids) {
        const JobRecord r = *storedJob(dataDir(), id);
        QCOMPARE(r.attempts, 1); // no automatic retry for bad input
        QVERIFY(!r.notBefore.isValid());
        QVERIFY(!r.error.isEmpty());
        QCOMPARE(r.errorHistory.size(), 1);
        QVERIFY(!QFileInfo::exists(part(r.outputPath)));
    }
    QVERIFY(recordOf(*queue, ids[0]).error.contains(QStringLiteral("does not exist")));
    QVERIFY(recordOf(*queue, ids[1]).error.contains(QStringLiteral("not a SQLite database")));
}

QTEST_GUILESS_MAIN(TestExportQueue)
#include "tst_exportqueue.moc"
