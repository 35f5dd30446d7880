// JobStore: the queue's SQLite persistence. Round trips of every field, ids and positions on
// insert, owner isolation, conditional state changes, progress and heartbeats, and the change
// sequence that watchers follow. (Queue order and claims: tst_jobstoreorder; the file itself and
// bad stores: tst_jobstorefile.)

#include "JobStore.h"
#include "JobStoreTestSupport.h"
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace defex;
using TestSupport::insertJobs;
using TestSupport::makeJob;
using TestSupport::sqlValue;

namespace {

const QString kOther = QStringLiteral("someone-else");

JobRecord fullJob()
{
    JobRecord job = makeJob(QStringLiteral("volledig"));
    job.request.format = Format::Json;
    job.request.level = Level::Compleet;
    job.request.gzip = true;
    job.request.filters.statuses = { QStringLiteral("established") };
    job.request.filters.minScore = 0.5;
    job.request.timestamp = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 678), Qt::UTC);
    job.description = QStringLiteral("Alle definities – \"compleet\"; ë 📜");
    job.state = JobState::Paused;
    job.rowsDone = 1234;
    job.rowsTotal = 1000000;
    job.bytes = quint64(5) << 33;
    job.attempts = 2;
    job.interruptions = 1;
    job.error = QStringLiteral("The database is locked.");
    job.errorHistory = QJsonArray { QJsonObject {
        { QStringLiteral("attempt"), 1 },
        { QStringLiteral("at"), QStringLiteral("2026-01-02T03:04:05.678Z") },
        { QStringLiteral("message"), QStringLiteral("locked") } } };
    job.createdAt = QDateTime(QDate(2026, 1, 1), QTime(23, 59, 58, 1), Qt::UTC);
    job.startedAt = QDateTime(QDate(2026, 1, 2), QTime(0, 0, 0, 999), Qt::UTC);
    job.finishedAt = QDateTime(QDate(2026, 1, 2), QTime(0, 1, 2, 3), Qt::OffsetFromUTC, 3600);
    job.outputPath = QStringLiteral("/home/u/Exports/alle definities.json.gz");
    job.sha256 = QStringLiteral("ab").repeated(32);
    job.checkpoint
        = QJsonObject { { QStringLiteral("rows"), 1000 }, { QStringLiteral("lastId"), 1042 } };
    job.pinned = true;
    job.notBefore = QDateTime(QDate(2026, 1, 2), QTime(0, 5, 0, 500), Qt::UTC);
    job.leasePid = 4242;
    job.leaseBootId = QStringLiteral("0f0e0d0c-0b0a-0908-0706-050403020100");
    job.heartbeat = QDateTime(QDate(2026, 1, 2), QTime(0, 4, 59, 250), Qt::UTC);
    return job;
}

QList<JobState> statesFrom(const QString &names)
{
    QList<JobState> states;
    for (const QString &n : names.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        JobState s;
        if (jobStateFromName(n, &s))
            states.append(s);
    }
    return states;
}

} // namespace

class TestJobStore final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void stateNames();
    void roundTrip();
    void insertAssignsIdsAndPositions();
    void ownerIsolation();
    void transitions_data();
    void transitions();
    void progressHeartbeatAndActions();
    void changeSequence();
    void secondConnectionSeesWrites();

private:
    QString dir() const { return m_tmp->path() + QStringLiteral("/store"); }
    QString dbPath() const { return dir() + QStringLiteral("/queue.sqlite"); }
    void openStore(JobStore &store)
    {
        QString error;
        QVERIFY2(store.open(dir(), &error), qPrintable(error));
        QVERIFY(store.isOpen());
    }

    std::unique_ptr<QTemporaryDir> m_tmp;
};

void TestJobStore::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
}

void TestJobStore::cleanup()
{
    m_tmp.reset();
}

void TestJobStore::stateNames()
{
    const QList<std::pair<JobState, const char *>> all
        = { { JobState::Pending, "pending" },        { JobState::Running, "running" },
            { JobState::Paused, "paused" },          { JobState::Completed, "completed" },
            { JobState::Failed, "failed" },          { JobState::Cancelled, "cancelled" },
            { JobState::Interrupted, "interrupted" } };
    for (const auto &[state, name] : all) {
        QCOMPARE(jobStateName(state), QLatin1String(name));
        JobState back = JobState::Pending;
        QVERIFY(jobStateFromName(QLatin1String(name), &back));
        QCOMPARE(back, state);
        QCOMPARE(isFinishedState(state),
                 state == JobState::Completed || state == JobState::Failed
                     || state == JobState::Cancelled);
    }
    JobState untouched = JobState::Paused;
    QVERIFY(!jobStateFromName(QStringLiteral("removed"), &untouched));
    QCOMPARE(untouched, JobState::Paused);
}

void TestJobStore::roundTrip()
{
    JobStore store;
    QVERIFY(!store.isOpen());
    openStore(store);
    QVERIFY(!store.isReadOnly());

    QList<JobRecord> jobs { fullJob() };
    QVERIFY2(store.insert(jobs), qPrintable(store.lastError()));
    JobRecord expected = jobs.first();
    QVERIFY(expected.id > 0);
    QCOMPARE(expected.owner, JobStore::currentUser());
    QCOMPARE(expected.createdAt, fullJob().createdAt); // kept when already set

    std::optional<JobRecord> loaded = store.load(expected.id);
    QVERIFY(loaded);
    QCOMPARE(loaded->request.toJson(), expected.request.toJson());
    QCOMPARE(loaded->errorHistory, expected.errorHistory);
    QCOMPARE(loaded->checkpoint, expected.checkpoint);
    QCOMPARE(loaded->finishedAt, expected.finishedAt);
    QCOMPARE(loaded->heartbeat.time().msec(), 250);
    QCOMPARE(loaded->bytes, quint64(5) << 33);
    QVERIFY(*loaded == expected);

    // update() writes every mutable field, but never id, owner or createdAt.
    JobRecord changed = *loaded;
    changed.request.format = Format::Xlsx;
    changed.description = QStringLiteral("anders");
    changed.state = JobState::Completed;
    changed.position = 77;
    changed.rowsDone = changed.rowsTotal = 1000000;
    changed.bytes = 99;
    changed.attempts = 3;
    changed.interruptions = 0;
    changed.error.clear();
    changed.errorHistory.append(QJsonObject { { QStringLiteral("attempt"), 2 } });
    changed.startedAt = changed.startedAt.addMSecs(1);
    changed.finishedAt = QDateTime::currentDateTimeUtc();
    changed.outputPath = QStringLiteral("/elders.json");
    changed.sha256 = QStringLiteral("cd").repeated(32);
    changed.checkpoint = QJsonObject();
    changed.pinned = false;
    changed.notBefore = QDateTime();
    changed.leasePid = 0;
    changed.leaseBootId.clear();
    changed.heartbeat = QDateTime();
    JobRecord ignored = changed;
    ignored.owner = kOther;
    ignored.createdAt = QDateTime::currentDateTimeUtc();
    QVERIFY2(store.update(ignored), qPrintable(store.lastError()));
    loaded = store.load(expected.id);
    QVERIFY(loaded);
    QVERIFY(loaded->checkpoint.isEmpty());
    QVERIFY(!loaded->heartbeat.isValid());
    QVERIFY(*loaded == changed);

    JobRecord missing = changed;
    missing.id = 9999;
    QVERIFY(!store.update(missing));
    QVERIFY(store.lastError().contains(QLatin1String("9999")));
    QVERIFY(!store.load(9999));
}

void TestJobStore::insertAssignsIdsAndPositions()
{
    JobStore store;
    openStore(store);
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    QList<JobRecord> first { makeJob(QStringLiteral("a")), makeJob(QStringLiteral("b")),
                             makeJob(QStringLiteral("c")) };
    QVERIFY(store.insert(first));
    QList<JobRecord> second { makeJob(QStringLiteral("d")), makeJob(QStringLiteral("e")) };
    QVERIFY(store.insert(second));
    const QList<JobRecord> all = store.list();
    QCOMPARE(all.size(), 5);
    for (int i = 0; i < all.size(); ++i) {
        QCOMPARE(all[i].description, QString(QChar(u'a' + i)));
        QCOMPARE(all[i].state, JobState::Pending);
        QCOMPARE(all[i].owner, JobStore::currentUser());
        QVERIFY(all[i].createdAt >= before && all[i].createdAt <= QDateTime::currentDateTimeUtc());
        QCOMPARE(store.queuePosition(all[i].id), i + 1);
        if (i > 0) {
            QVERIFY(all[i].id > all[i - 1].id);
            QVERIFY(all[i].position > all[i - 1].position);
        }
    }
    QCOMPARE(first[2].id, all[2].id); // written back into the caller's list
    QCOMPARE(second[1].position, all[4].position);

    // Figures for the report, not an assertion: 100 jobs in one insert().
    QElapsedTimer timer;
    timer.start();
    const QList<qint64> hundred = insertJobs(store, 100);
    const qint64 ns = timer.nsecsElapsed();
    QCOMPARE(hundred.size(), 100);
    qInfo("insert() of 100 jobs: %.2f ms", double(ns) / 1e6);
}
void TestJobStore::ownerIsolation()
{
    JobStore store;
    openStore(store);
    const QList<qint64> mine = insertJobs(store, 1);
    QString error;
    QVERIFY2(
        TestSupport::execSql(dbPath(),
                             QStringLiteral("INSERT INTO jobs (owner, state, position, request, "
                                            "description) VALUES ('%1', 'pending', -100, "
                                            "'{}', 'theirs')")
                                 .arg(kOther),
                             &error),
        qPrintable(error));
    const qint64 theirs
        = sqlValue(dbPath(), QStringLiteral("SELECT max(id) FROM jobs")).toLongLong();
    QVERIFY(theirs > mine[0]);

    QCOMPARE(store.list().size(), 1);
    QVERIFY(!store.load(theirs));
    JobRecord fake = makeJob(QStringLiteral("hijack"));
    fake.id = theirs;
    QVERIFY(!store.update(fake));
    QVERIFY(!store.transition(theirs, { JobState::Pending }, JobState::Cancelled));
    QVERIFY(!store.updateProgress(theirs, 1, 2, 3));
    QVERIFY(!store.setRequestedAction(theirs, QStringLiteral("cancel")));
    QVERIFY(!store.move(theirs, JobStore::Move::Bottom));
    QVERIFY(!store.setPendingOrder({ theirs }));
    QVERIFY(!store.claim(theirs, 1, QString()));
    QVERIFY(!store.remove(theirs));
    QCOMPARE(store.queuePosition(theirs), 0);
    QCOMPARE(store.queuePosition(mine[0]), 1);
    qint64 seq = 0;
    for (const JobRecord &j : store.listChangedSince(0, &seq))
        QVERIFY(j.id != theirs);
    // Their job has the smallest position, yet ours is the one claimed.
    std::optional<JobRecord> claimed = store.claimNext(1, QString());
    QVERIFY(claimed);
    QCOMPARE(claimed->id, mine[0]);
    QVERIFY(!store.claimNext(1, QString()));
    QVERIFY(store.heartbeat({ theirs, mine[0] }, 1, QString()));

    const QString where = QStringLiteral(" FROM jobs WHERE id = %1").arg(theirs);
    QCOMPARE(sqlValue(dbPath(), QStringLiteral("SELECT state") + where).toString(),
             QStringLiteral("pending"));
    QCOMPARE(sqlValue(dbPath(), QStringLiteral("SELECT description") + where).toString(),
             QStringLiteral("theirs"));
    QCOMPARE(sqlValue(dbPath(), QStringLiteral("SELECT position") + where).toLongLong(), -100);
    QVERIFY(sqlValue(dbPath(), QStringLiteral("SELECT heartbeat") + where).isNull());
    QVERIFY(sqlValue(dbPath(), QStringLiteral("SELECT requested_action") + where).isNull());
}

void TestJobStore::transitions_data()
{
    QTest::addColumn<QString>("initial");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("changed");
    QTest::newRow("pending to running") << "pending"
                                        << "pending"
                                        << "running" << true;
    QTest::newRow("running to completed") << "running"
                                          << "running"
                                          << "completed" << true;
    QTest::newRow("running to paused") << "running"
                                       << "running,pending"
                                       << "paused" << true;
    QTest::newRow("paused resumes") << "paused"
                                    << "paused"
                                    << "pending" << true;
    QTest::newRow("retry failed") << "failed"
                                  << "failed,cancelled"
                                  << "pending" << true;
    QTest::newRow("retry cancelled") << "cancelled"
                                     << "failed,cancelled"
                                     << "pending" << true;
    QTest::newRow("interrupted requeued") << "interrupted"
                                          << "interrupted"
                                          << "pending" << true;
    QTest::newRow("completed is not retried") << "completed"
                                              << "failed,cancelled"
                                              << "pending" << false;
    QTest::newRow("cancel of finished job") << "failed"
                                            << "pending,running,paused"
                                            << "cancelled" << false;
    QTest::newRow("pause of pending job") << "pending"
                                          << "running"
                                          << "paused" << false;
    QTest::newRow("no from states") << "running"
                                    << ""
                                    << "failed" << false;
}

void TestJobStore::transitions()
{
    QFETCH(QString, initial);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, changed);
    JobStore store;
    openStore(store);
    JobRecord job = makeJob(QStringLiteral("t"));
    QVERIFY(jobStateFromName(initial, &job.state));
    QList<JobRecord> jobs { job };
    QVERIFY(store.insert(jobs));
    JobState target;
    QVERIFY(jobStateFromName(to, &target));
    const qint64 seqBefore = store.changeSequence();

    QCOMPARE(store.transition(jobs[0].id, statesFrom(from), target), changed);
    QCOMPARE(jobStateName(store.load(jobs[0].id)->state), changed ? to : initial);
    QCOMPARE(store.changeSequence(), changed ? seqBefore + 1 : seqBefore);
    QCOMPARE(store.lastError().isEmpty(), changed);
}

void TestJobStore::progressHeartbeatAndActions()
{
    JobStore store;
    openStore(store);
    const QList<qint64> ids = insertJobs(store, 2);
    QVERIFY(store.claim(ids[0], 10, QStringLiteral("b")));
    QVERIFY(store.updateProgress(ids[0], 500, 1000, 4096));
    std::optional<JobRecord> job = store.load(ids[0]);
    QCOMPARE(job->rowsDone, 500);
    QCOMPARE(job->rowsTotal, 1000);
    QCOMPARE(job->bytes, quint64(4096));

    QVERIFY(store.heartbeat({ ids[0], ids[1] }, 11, QStringLiteral("boot-2")));
    job = store.load(ids[0]);
    QCOMPARE(job->leasePid, 11);
    QCOMPARE(job->leaseBootId, QStringLiteral("boot-2"));
    QVERIFY(!store.load(ids[1])->heartbeat.isValid()); // only running jobs get a heartbeat

    QVERIFY(store.requestedAction(ids[0]).isEmpty());
    QVERIFY(store.setRequestedAction(ids[0], QStringLiteral("cancel")));
    QCOMPARE(store.requestedAction(ids[0]), QStringLiteral("cancel"));
    QVERIFY(store.setRequestedAction(ids[0], QString()));
    QVERIFY(store.requestedAction(ids[0]).isEmpty());
}

void TestJobStore::changeSequence()
{
    JobStore store;
    openStore(store);
    const qint64 s0 = store.changeSequence();
    QCOMPARE(s0, 0);
    const QList<qint64> ids = insertJobs(store, 3);
    qint64 s1 = -1;
    QList<JobRecord> changed = store.listChangedSince(s0, &s1);
    QCOMPARE(changed.size(), 3);
    QCOMPARE(s1, store.changeSequence());
    QVERIFY(s1 > s0);

    QVERIFY(store.updateProgress(ids[1], 5, 10, 20));
    QVERIFY(store.remove(ids[2]));
    QVERIFY(!store.remove(ids[2]));
    qint64 s2 = -1;
    changed = store.listChangedSince(s1, &s2);
    QCOMPARE(s2, s1 + 2);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed[0].id, ids[1]);
    QVERIFY(!JobStore::isRemoval(changed[0]));
    QCOMPARE(changed[0].rowsDone, 5);
    QCOMPARE(changed[1].id, ids[2]);
    QVERIFY(JobStore::isRemoval(changed[1]));
    QVERIFY(!store.load(ids[2]));

    qint64 s3 = -1;
    QVERIFY(store.listChangedSince(s2, &s3).isEmpty());
    QCOMPARE(s3, s2);
    // A second store (another process) bumps the same sequence.
    JobStore other;
    openStore(other);
    QVERIFY(other.transition(ids[0], { JobState::Pending }, JobState::Cancelled));
    changed = store.listChangedSince(s3, &s3);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed[0].state, JobState::Cancelled);
    QCOMPARE(s3, s2 + 1);
}

void TestJobStore::secondConnectionSeesWrites()
{
    JobStore a, b;
    openStore(a);
    openStore(b);
    const QList<qint64> ids = insertJobs(a, 2);
    QCOMPARE(b.list().size(), 2);
    std::optional<JobRecord> claimed = b.claimNext(2, QString());
    QVERIFY(claimed);
    QCOMPARE(claimed->id, ids[0]);
    QCOMPARE(a.load(ids[0])->state, JobState::Running);
    QVERIFY(!a.claim(ids[0], 1, QString()));
    QCOMPARE(sqlValue(dbPath(), QStringLiteral("PRAGMA journal_mode")).toString(),
             QStringLiteral("wal"));
}
QTEST_GUILESS_MAIN(TestJobStore)
#include "tst_jobstore.moc"
