// JobStore on disk: a new store gets a 0700 folder and a 0600 file in WAL mode and keeps its
// jobs across reopening; a store from a newer version, a corrupt or foreign file, and a
// read-only store each give a clear message (read-only: reads work, writes are refused).

#include "JobStore.h"
#include "JobStoreTestSupport.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>
#include <sys/stat.h>
#include <unistd.h>

using namespace defex;
using TestSupport::insertJobs;
using TestSupport::makeJob;
using TestSupport::sqlValue;

namespace {

struct MountGuard
{
    QString path;
    ~MountGuard()
    {
        if (!path.isEmpty())
            QProcess::execute(QStringLiteral("umount"), { path });
    }
};

int modeOf(const QString &path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

} // namespace

class TestJobStoreFile final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void permissions_data();
    void permissions();
    void reopenKeepsJobs();
    void newerVersion();
    void corruptStore_data();
    void corruptStore();
    void foreignDatabase();
    void readOnlyStore_data();
    void readOnlyStore();

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

void TestJobStoreFile::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
}

void TestJobStoreFile::cleanup()
{
    m_tmp.reset();
}

void TestJobStoreFile::newerVersion()
{
    {
        JobStore store;
        openStore(store);
        insertJobs(store, 1);
    }
    QVERIFY(TestSupport::execSql(dbPath(), QStringLiteral("PRAGMA user_version = 7")));
    JobStore store;
    QString error;
    QVERIFY(!store.open(dir(), &error));
    QVERIFY(!store.isOpen());
    QCOMPARE(error,
             QStringLiteral("The queue database %1 was written by a newer version of "
                            "definitie-export (schema 7); this version understands schema 1.")
                 .arg(QDir::toNativeSeparators(dbPath())));
    QCOMPARE(store.lastError(), error);
    QVERIFY(store.list().isEmpty());
    QList<JobRecord> jobs { makeJob(QStringLiteral("x")) };
    QVERIFY(!store.insert(jobs));
    QCOMPARE(sqlValue(dbPath(), QStringLiteral("PRAGMA user_version")).toInt(), 7); // untouched
}

void TestJobStoreFile::corruptStore_data()
{
    QTest::addColumn<QByteArray>("content");
    QByteArray noise(8192, Qt::Uninitialized);
    QRandomGenerator rng(42);
    for (char &c : noise)
        c = char(rng.bounded(256));
    QTest::newRow("random bytes") << noise;
    QTest::newRow("text file") << QByteArray("this is not a database\n").repeated(100);
}

void TestJobStoreFile::corruptStore()
{
    QFETCH(QByteArray, content);
    QVERIFY(QDir().mkpath(dir()));
    QFile f(dbPath());
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
    f.close();
    JobStore store;
    QString error;
    QVERIFY(!store.open(dir(), &error));
    QVERIFY2(error.contains(QLatin1String("is damaged or not a queue database")),
             qPrintable(error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(dbPath())), qPrintable(error));
    QCOMPARE(TestSupport::readFile(dbPath()), content); // left as it was
}

void TestJobStoreFile::foreignDatabase()
{
    QVERIFY(QDir().mkpath(dir()));
    QVERIFY(TestSupport::execSql(dbPath(), QStringLiteral("CREATE TABLE definities (id INTEGER)")));
    JobStore store;
    QString error;
    QVERIFY(!store.open(dir(), &error));
    QVERIFY2(error.contains(QLatin1String("is damaged or not a queue database")),
             qPrintable(error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(dbPath())), qPrintable(error));
    QCOMPARE(sqlValue(dbPath(), QStringLiteral("PRAGMA user_version")).toInt(), 0); // untouched
}

void TestJobStoreFile::readOnlyStore_data()
{
    QTest::addColumn<bool>("writerOpen");
    // Closed: no -wal/-shm next to the file, and none can be created in a read-only folder.
    QTest::newRow("closed store") << false;
    // Another process has it open: the -wal/-shm exist but cannot be written through here.
    QTest::newRow("store open in another process") << true;
}

void TestJobStoreFile::readOnlyStore()
{
    QFETCH(bool, writerOpen);
    // Declared first so it unmounts last: SQLite keeps a closed connection's file open while
    // another connection in the process holds a lock on the same file.
    MountGuard guard;
    std::optional<JobStore> writer(std::in_place);
    openStore(*writer);
    const qint64 jobId = insertJobs(*writer, 1).value(0);
    QVERIFY(jobId > 0);
    if (!writerOpen)
        writer.reset();

    QString readOnlyDir = dir();
    if (::geteuid() != 0) {
        QVERIFY(::chmod(QFile::encodeName(dbPath()).constData(), 0400) == 0);
        QVERIFY(::chmod(QFile::encodeName(dir()).constData(), 0500) == 0);
    } else {
        // Root writes through any permission bits; a read-only bind mount stops it.
        readOnlyDir = m_tmp->path() + QStringLiteral("/readonly");
        QVERIFY(QDir().mkpath(readOnlyDir));
        if (QProcess::execute(QStringLiteral("mount"),
                              { QStringLiteral("--bind"), dir(), readOnlyDir })
            != 0)
            QSKIP("Running as root without permission to bind-mount: the read-only case is not "
                  "testable here.");
        guard.path = readOnlyDir;
        if (QProcess::execute(
                QStringLiteral("mount"),
                { QStringLiteral("-o"), QStringLiteral("remount,ro,bind"), readOnlyDir })
            != 0)
            QSKIP("Running as root without permission to remount read-only: the read-only case is "
                  "not testable here.");
    }
    {
        JobStore store;
        QString error;
        QVERIFY2(store.open(readOnlyDir, &error), qPrintable(error));
        QVERIFY(store.isReadOnly());
        QCOMPARE(store.list().size(), 1);
        QVERIFY(store.load(jobId));
        QCOMPARE(store.queuePosition(jobId), 1);
        QVERIFY(store.changeSequence() > 0);

        QList<JobRecord> jobs { makeJob(QStringLiteral("new")) };
        QVERIFY(!store.insert(jobs));
        QVERIFY2(store.lastError().contains(QLatin1String("read-only")),
                 qPrintable(store.lastError()));
        QVERIFY(!store.claimNext(1, QString()));
        QVERIFY(!store.lastError().isEmpty());
        QVERIFY(!store.transition(jobId, { JobState::Pending }, JobState::Cancelled));
        QVERIFY(!store.updateProgress(jobId, 1, 2, 3));
        QVERIFY(!store.remove(jobId));
        QVERIFY(!store.move(jobId, JobStore::Move::Top));
        QCOMPARE(store.list().first().state, JobState::Pending);
        if (writerOpen) {
            QVERIFY(writer->transition(jobId, { JobState::Pending }, JobState::Paused));
            qInfo("read-only reader sees the writer's later change: %s",
                  store.load(jobId)->state == JobState::Paused ? "yes" : "no");
        }
    }
    if (::geteuid() != 0) {
        ::chmod(QFile::encodeName(dir()).constData(), 0700);
        ::chmod(QFile::encodeName(dbPath()).constData(), 0600);
    }
}

void TestJobStoreFile::reopenKeepsJobs()
{
    QList<qint64> ids;
    {
        JobStore store;
        openStore(store);
        ids = insertJobs(store, 3);
        QVERIFY(store.remove(ids[1]));
    }
    JobStore store;
    openStore(store);
    QCOMPARE(store.list().size(), 2);
    QCOMPARE(store.changeSequence(), 2);
    QCOMPARE(insertJobs(store, 1).value(0), ids[2] + 1); // ids are never reused
    QCOMPARE(sqlValue(dbPath(), QStringLiteral("PRAGMA user_version")).toInt(),
             JobStore::SchemaVersion);
    QCOMPARE(sqlValue(dbPath(), QStringLiteral("PRAGMA journal_mode")).toString(),
             QStringLiteral("wal"));
}

void TestJobStoreFile::permissions_data()
{
    QTest::addColumn<int>("umask");
    QTest::newRow("umask 000") << 0;
    QTest::newRow("umask 022") << 022;
    QTest::newRow("umask 077") << 077;
}

void TestJobStoreFile::permissions()
{
    QFETCH(int, umask);
    const QString nested = m_tmp->path() + QStringLiteral("/a/b/definitie-export");
    JobStore store;
    QString error;
    const mode_t oldMask = ::umask(mode_t(umask));
    const bool opened = store.open(nested, &error);
    if (opened)
        insertJobs(store, 1);
    ::umask(oldMask);
    QVERIFY2(opened, qPrintable(error));
    QCOMPARE(store.path(), nested + QStringLiteral("/queue.sqlite"));
    QCOMPARE(modeOf(nested), 0700);
    QCOMPARE(modeOf(store.path()), 0600);
    // SQLite gives the WAL and its index the main file's permissions.
    QCOMPARE(modeOf(store.path() + QStringLiteral("-wal")), 0600);
    QCOMPARE(modeOf(store.path() + QStringLiteral("-shm")), 0600);
}

QTEST_GUILESS_MAIN(TestJobStoreFile)
#include "tst_jobstorefile.moc"
