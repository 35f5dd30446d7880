// The names the queue plans for jobs without an output file: one file per job whatever the
// spelling of the folders (relative, "./", "..", a trailing slash, a symlinked folder), against
// the jobs of every state and of other processes, and always as absolute paths.

#include "ExportQueue.h"
#include "JobStore.h"
#include "OutputPlanner.h"
#include "QueueTestSupport.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace defex;

namespace {

const QDateTime kWhen(QDate(2026, 12, 4), QTime(10, 35, 28));

} // namespace

class TestOutputNames final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void reservedPathsAreSeenInEverySpelling_data();
    void reservedPathsAreSeenInEverySpelling();
    void existingFilesAndPartsAreAvoided();
    void storeOffersEveryJobsOutput();
    void relativeDataDirectoryGivesAbsolutePaths();
    void relativeEnvironmentDataDirectory();

private:
    QTemporaryDir m_tmp;
    QString m_previousCwd;
};

void TestOutputNames::init()
{
    QVERIFY(m_tmp.isValid());
    m_previousCwd = QDir::currentPath();
    QVERIFY(QDir().mkpath(m_tmp.filePath(QStringLiteral("t/q4/exports"))));
    QVERIFY(QDir::setCurrent(m_tmp.filePath(QStringLiteral("t"))));
    QFile::link(QStringLiteral("q4"), QStringLiteral("link")); // exists after the first test
}

void TestOutputNames::cleanup()
{
    QDir::setCurrent(m_previousCwd);
}

void TestOutputNames::reservedPathsAreSeenInEverySpelling_data()
{
    QTest::addColumn<QString>("reserved"); // another job's output, as stored
    QTest::addColumn<QString>("folder"); // where the new job's file goes
    const QString abs = m_tmp.filePath(QStringLiteral("t/q4/exports"));
    QTest::newRow("relative folder, absolute job")
        << abs + QStringLiteral("/rel-20261204-103528.csv") << QStringLiteral("q4/exports");
    QTest::newRow("absolute folder, relative job")
        << QStringLiteral("q4/exports/rel-20261204-103528.csv") << abs;
    QTest::newRow("./ and trailing slash")
        << abs + QStringLiteral("/rel-20261204-103528.csv") << QStringLiteral("./q4/exports/");
    QTest::newRow("..") << QStringLiteral("../t/q4/./exports//rel-20261204-103528.csv")
                        << QStringLiteral("q4/exports");
    QTest::newRow("symlinked folder")
        << abs + QStringLiteral("/rel-20261204-103528.csv") << QStringLiteral("link/exports");
    QTest::newRow("job through the link")
        << QStringLiteral("link/exports/rel-20261204-103528.csv") << abs;
}

void TestOutputNames::reservedPathsAreSeenInEverySpelling()
{
    QFETCH(QString, reserved);
    QFETCH(QString, folder);
    OutputPlanner planner(folder);
    planner.reserve(reserved);
    const QString planned = planner.plan(QStringLiteral("rel"), Format::Csv, false, kWhen);
    QVERIFY2(QDir::isAbsolutePath(planned), qPrintable(planned));
    QCOMPARE(QFileInfo(planned).fileName(), QStringLiteral("rel-20261204-103528-2.csv"));
    QCOMPARE(QDir::cleanPath(planned), planned);
    // The next one in the same second goes on counting.
    QCOMPARE(QFileInfo(planner.plan(QStringLiteral("rel"), Format::Csv, false, kWhen)).fileName(),
             QStringLiteral("rel-20261204-103528-3.csv"));
}

void TestOutputNames::existingFilesAndPartsAreAvoided()
{
    for (const char *name : { "q4/exports/x-20261204-103528.json.gz",
                              "q4/exports/x-20261204-103528-2.json.gz.part" }) {
        QFile f(QString::fromLatin1(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    OutputPlanner planner(QStringLiteral("link/exports/"));
    QCOMPARE(QFileInfo(planner.plan(QStringLiteral("x"), Format::Json, true, kWhen)).fileName(),
             QStringLiteral("x-20261204-103528-3.json.gz"));
    // A description that is only punctuation still gives a readable name.
    QCOMPARE(QFileInfo(planner.plan(QStringLiteral("/ ?"), Format::Txt, false, kWhen)).fileName(),
             QStringLiteral("definities-20261204-103528.txt"));
}

void TestOutputNames::storeOffersEveryJobsOutput()
{
    const QString data = m_tmp.filePath(QStringLiteral("store"));
    JobStore store;
    QString error;
    QVERIFY2(store.open(data, &error), qPrintable(error));
    QList<JobRecord> jobs;
    for (const char *path : { "/x/a.csv", "/x/b.csv" }) {
        JobRecord job;
        job.request.database = QStringLiteral("/x/db");
        job.request.output = QString::fromLatin1(path);
        job.outputPath = job.request.output;
        jobs << job;
    }
    QVERIFY(store.insert(jobs));
    JobRecord done = jobs.at(1);
    done.state = JobState::Completed;
    QVERIFY(store.update(done));

    // Another connection (another process) queues next: it is offered both outputs, the completed
    // job's too, and what it plans is written.
    JobStore other;
    QVERIFY2(other.open(data, &error), qPrintable(error));
    QList<JobRecord> more(1);
    more[0].request.database = QStringLiteral("/x/db");
    QStringList offered;
    QVERIFY(other.insert(more, [&](const QStringList &outputs, QList<JobRecord> &toInsert) {
        offered = outputs;
        toInsert[0].request.output = toInsert[0].outputPath = QStringLiteral("/x/c.csv");
    }));
    offered.sort();
    QCOMPARE(offered, (QStringList { QStringLiteral("/x/a.csv"), QStringLiteral("/x/b.csv") }));
    QCOMPARE(more.at(0).outputPath, QStringLiteral("/x/c.csv"));
    QCOMPARE(store.load(more.at(0).id)->outputPath, QStringLiteral("/x/c.csv"));
}

void TestOutputNames::relativeDataDirectoryGivesAbsolutePaths()
{
    // A newcomer's "cd /tmp/t; queue add --data-dir q4 ..." twice, as two processes would.
    QString error;
    const QString db = QStringLiteral("demo.db");
    QVERIFY2(TestSupport::createFixtureDatabase(db, &error), qPrintable(error));
    ExportRequest r;
    r.database = db;
    QSet<QString> outputs;
    for (const QString &dataDir : { QStringLiteral("q4"), QStringLiteral("q4"),
                                    QStringLiteral("./q4/"), QStringLiteral("link") }) {
        auto queue = TestSupport::openQueue(dataDir, false, 1);
        QVERIFY(queue);
        QCOMPARE(queue->dataDirectory(), QDir::cleanPath(QDir(dataDir).absolutePath()));
        QVERIFY(QDir::isAbsolutePath(queue->exportDirectory()));
        const qint64 id = queue->enqueue(r, QStringLiteral("rel"));
        QVERIFY(id > 0);
        const JobRecord job = TestSupport::recordOf(*queue, id);
        QVERIFY2(QDir::isAbsolutePath(job.outputPath), qPrintable(job.outputPath));
        QCOMPARE(job.request.output, job.outputPath);
        QCOMPARE(job.request.database, QDir(QDir::currentPath()).filePath(db));
        outputs.insert(QFileInfo(job.outputPath).fileName());
    }
    QCOMPARE(outputs.size(), 4);
}

void TestOutputNames::relativeEnvironmentDataDirectory()
{
    const QByteArray previous = qgetenv("DEFINITIE_EXPORT_DATA_DIR");
    const auto restore = qScopeGuard([&] { qputenv("DEFINITIE_EXPORT_DATA_DIR", previous); });
    qputenv("DEFINITIE_EXPORT_DATA_DIR", "./q4/");
    QCOMPARE(JobStore::defaultDirectory(), m_tmp.filePath(QStringLiteral("t/q4")));
}

QTEST_GUILESS_MAIN(TestOutputNames)
#include "tst_outputnames.moc"
