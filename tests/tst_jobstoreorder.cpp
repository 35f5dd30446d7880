// JobStore: the order of the queue and claiming from it. Claims follow queue position and
// back-off; moves and reorders touch only pending jobs; two connections racing on two threads
// never claim the same job.

#include "JobStore.h"
#include "JobStoreTestSupport.h"

#include <QDeadlineTimer>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

using namespace defex;
using TestSupport::insertJobs;
using TestSupport::makeJob;

namespace {

// Letters of the pending jobs in queue order (queuePosition 1, 2, ...).
QString pendingOrder(JobStore &store, const QHash<qint64, QChar> &letters)
{
    QMap<int, QChar> byRank;
    for (auto it = letters.cbegin(); it != letters.cend(); ++it) {
        if (const int rank = store.queuePosition(it.key()))
            byRank.insert(rank, it.value());
    }
    QString order;
    for (QChar c : std::as_const(byRank))
        order += c;
    return order;
}

} // namespace

class TestJobStoreOrder final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void claimOrder();
    void moves_data();
    void moves();
    void setPendingOrder();
    void concurrentClaims();

private:
    QString dir() const { return m_tmp->path() + QStringLiteral("/store"); }
    void openStore(JobStore &store)
    {
        QString error;
        QVERIFY2(store.open(dir(), &error), qPrintable(error));
        QVERIFY(store.isOpen());
    }

    std::unique_ptr<QTemporaryDir> m_tmp;
};

void TestJobStoreOrder::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
}

void TestJobStoreOrder::cleanup()
{
    m_tmp.reset();
}

void TestJobStoreOrder::claimOrder()
{
    JobStore store;
    openStore(store);
    QList<JobRecord> jobs;
    for (const char *name : { "first", "later", "second", "third" })
        jobs.append(makeJob(QLatin1String(name)));
    jobs[1].notBefore = QDateTime::currentDateTimeUtc().addSecs(3600); // backing off
    jobs[2].notBefore = QDateTime::currentDateTimeUtc().addSecs(-5); // back-off passed
    QVERIFY(store.insert(jobs));
    QVERIFY(store.move(jobs[3].id, JobStore::Move::Top));
    QVERIFY(store.setRequestedAction(jobs[3].id, QStringLiteral("pause")));

    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    QStringList order;
    while (std::optional<JobRecord> job = store.claimNext(777, QStringLiteral("boot-x"))) {
        order.append(job->description);
        QCOMPARE(job->state, JobState::Running);
        QCOMPARE(job->attempts, 1);
        QCOMPARE(job->leasePid, 777);
        QCOMPARE(job->leaseBootId, QStringLiteral("boot-x"));
        QVERIFY(job->startedAt >= before);
        QCOMPARE(job->heartbeat, job->startedAt);
        QVERIFY(store.requestedAction(job->id).isEmpty());
    }
    QCOMPARE(order,
             QStringList(
                 { QStringLiteral("third"), QStringLiteral("first"), QStringLiteral("second") }));
    QVERIFY(store.lastError().isEmpty());
    QCOMPARE(store.load(jobs[1].id)->state, JobState::Pending);

    // claim(id) ignores the back-off ("start now") but only takes pending jobs.
    QVERIFY(!store.claim(jobs[0].id, 1, QString()));
    std::optional<JobRecord> now = store.claim(jobs[1].id, 1, QString());
    QVERIFY(now);
    QCOMPARE(now->state, JobState::Running);
    QVERIFY(!store.claimNext(1, QString()));
}

void TestJobStoreOrder::moves_data()
{
    QTest::addColumn<char>("job");
    QTest::addColumn<int>("where");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("order");
    const int top = int(JobStore::Move::Top), up = int(JobStore::Move::Up);
    const int down = int(JobStore::Move::Down), bottom = int(JobStore::Move::Bottom);
    // Jobs A B X C D E in insert order; X is running and is skipped by every move.
    QTest::newRow("top") << 'D' << top << true << QStringLiteral("DABCE");
    QTest::newRow("top of first is a no-op") << 'A' << top << true << QStringLiteral("ABCDE");
    QTest::newRow("bottom") << 'B' << bottom << true << QStringLiteral("ACDEB");
    QTest::newRow("bottom of last is a no-op") << 'E' << bottom << true << QStringLiteral("ABCDE");
    QTest::newRow("up past the running job") << 'C' << up << true << QStringLiteral("ACBDE");
    QTest::newRow("down past the running job") << 'B' << down << true << QStringLiteral("ACBDE");
    QTest::newRow("up of first is a no-op") << 'A' << up << true << QStringLiteral("ABCDE");
    QTest::newRow("down of last is a no-op") << 'E' << down << true << QStringLiteral("ABCDE");
    QTest::newRow("running job does not move") << 'X' << top << false << QStringLiteral("ABCDE");
}

void TestJobStoreOrder::moves()
{
    QFETCH(char, job);
    QFETCH(int, where);
    QFETCH(bool, ok);
    QFETCH(QString, order);
    JobStore store;
    openStore(store);
    const QList<qint64> ids = insertJobs(store, 6);
    QHash<qint64, QChar> letters;
    QHash<QChar, qint64> byLetter;
    const QString names = QStringLiteral("ABXCDE");
    for (int i = 0; i < ids.size(); ++i) {
        letters.insert(ids[i], names[i]);
        byLetter.insert(names[i], ids[i]);
    }
    QVERIFY(store.transition(byLetter[u'X'], { JobState::Pending }, JobState::Running));
    const qint64 runningPosition = store.load(byLetter[u'X'])->position;
    QCOMPARE(pendingOrder(store, letters), QStringLiteral("ABCDE"));

    QCOMPARE(store.move(byLetter[QLatin1Char(job)], JobStore::Move(where)), ok);
    QCOMPARE(pendingOrder(store, letters), order);
    QCOMPARE(store.queuePosition(byLetter[u'X']), 0);
    QCOMPARE(store.load(byLetter[u'X'])->position, runningPosition);
    QSet<qint64> positions;
    for (const JobRecord &j : store.list())
        positions.insert(j.position);
    QCOMPARE(positions.size(), 6); // still unique
}

void TestJobStoreOrder::setPendingOrder()
{
    JobStore store;
    openStore(store);
    const QList<qint64> ids = insertJobs(store, 5);
    QHash<qint64, QChar> letters;
    for (int i = 0; i < ids.size(); ++i)
        letters.insert(ids[i], QChar(u'A' + i));

    QVERIFY(store.setPendingOrder({ ids[4], ids[3], ids[2], ids[1], ids[0] }));
    QCOMPARE(pendingOrder(store, letters), QStringLiteral("EDCBA"));
    // A subset reorders among the places it already holds.
    QVERIFY(store.setPendingOrder({ ids[0], ids[4] }));
    QCOMPARE(pendingOrder(store, letters), QStringLiteral("ADCBE"));

    QVERIFY(store.transition(ids[2], { JobState::Pending }, JobState::Running));
    QVERIFY(!store.setPendingOrder({ ids[2], ids[0] }));
    QVERIFY(store.lastError().contains(QString::number(ids[2])));
    QVERIFY(!store.setPendingOrder({ ids[1], ids[1] }));
    QVERIFY(!store.setPendingOrder({ ids[1], 9999 }));
    QCOMPARE(pendingOrder(store, letters), QStringLiteral("ADBE"));
}

void TestJobStoreOrder::concurrentClaims()
{
    {
        JobStore store;
        openStore(store);
        QCOMPARE(insertJobs(store, 200).size(), 200);
    }
    struct Result
    {
        QList<qint64> ids;
        QString error;
    } results[2];
    const QString directory = dir();
    std::atomic<int> ready { 0 };
    QList<QThread *> threads;
    for (qint64 pid : { 1, 2 }) {
        Result &r = results[pid - 1];
        threads.append(QThread::create([&r, &ready, directory, pid] {
            JobStore store; // its own connection, created in this thread
            const bool opened = store.open(directory, &r.error);
            // Both start claiming only once both are open, so that they really race.
            ++ready;
            QDeadlineTimer deadline(10000);
            while (ready.load() < 2 && !deadline.hasExpired())
                QThread::yieldCurrentThread();
            if (!opened)
                return;
            while (std::optional<JobRecord> job = store.claimNext(pid, QStringLiteral("b"))) {
                if (job->leasePid != pid)
                    r.error = QStringLiteral("claimed record has the wrong lease");
                r.ids.append(job->id);
            }
            if (r.error.isEmpty())
                r.error = store.lastError();
        }));
    }
    for (QThread *t : threads)
        t->start();
    for (QThread *t : threads) {
        QVERIFY(t->wait(60000));
        delete t;
    }
    QVERIFY2(results[0].error.isEmpty(), qPrintable(results[0].error));
    QVERIFY2(results[1].error.isEmpty(), qPrintable(results[1].error));
    QSet<qint64> all;
    for (const Result &r : results) {
        for (qint64 id : r.ids)
            QVERIFY2(!all.contains(id), "a job was claimed twice");
        all.unite(QSet<qint64>(r.ids.cbegin(), r.ids.cend()));
    }
    QCOMPARE(results[0].ids.size() + results[1].ids.size(), 200);
    QCOMPARE(all.size(), 200);
    qInfo("claims per thread: %lld and %lld", qint64(results[0].ids.size()),
          qint64(results[1].ids.size()));
    JobStore store;
    openStore(store);
    for (const JobRecord &j : store.list()) {
        QCOMPARE(j.state, JobState::Running);
        QCOMPARE(j.attempts, 1);
        QCOMPARE(j.leasePid, results[0].ids.contains(j.id) ? 1 : 2);
    }
}

QTEST_GUILESS_MAIN(TestJobStoreOrder)
#include "tst_jobstoreorder.moc"
