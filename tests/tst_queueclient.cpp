// QueueClient: the queue in a thread of its own, driven from the test's (the window's) thread.

#include "QueueClient.h"
#include "QueueTestSupport.h"
#include "TestSupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <unistd.h>

using namespace defex;

class TestQueueClient : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QString m_bigDb;

    ExportRequest request(const QString &db, Format format = Format::Csv) const
    {
        ExportRequest r;
        r.database = db;
        r.format = format;
        return r;
    }

    // Thread id -> nice value of every thread of this process (/proc/self/task/*/stat, field 19).
    static QHash<QString, int> threadNices()
    {
        QHash<QString, int> nices;
        const QStringList tasks = QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &tid : tasks) {
            QFile stat(QStringLiteral("/proc/self/task/%1/stat").arg(tid));
            if (!stat.open(QIODevice::ReadOnly))
                continue;
            const QByteArray line = stat.readAll();
            // After the command name in parentheses: state is field 3, nice field 19.
            const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
            if (fields.size() > 16)
                nices.insert(tid, fields.at(16).toInt());
        }
        return nices;
    }

    static JobSnapshot lastOf(const QSignalSpy &spy, qint64 id)
    {
        JobSnapshot found;
        for (const JobSnapshot &s : TestSupport::snapshots(spy)) {
            if (s.record.id == id)
                found = s;
        }
        return found;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("fixture.db"));
        QString error;
        QVERIFY2(TestSupport::createFixtureDatabase(m_db, &error), qPrintable(error));
        m_bigDb = m_dir.filePath(QStringLiteral("big.db"));
        const auto made = TestSupport::runBinary({QStringLiteral("demo-db"), QStringLiteral("--rows"),
                                                  QStringLiteral("60000"), m_bigDb});
        QCOMPARE(made.exitCode, 0);
    }

    void signalsArriveInTheCallersThread()
    {
        QTemporaryDir data;
        QueueClient client;
        QSignalSpy opened(&client, &QueueClient::opened);
        QThread *mine = QThread::currentThread();
        QThread *seen = nullptr;
        connect(&client, &QueueClient::jobsFinished, this, [&seen] { seen = QThread::currentThread(); });
        QSignalSpy finished(&client, &QueueClient::jobsFinished);
        QSignalSpy enqueued(&client, &QueueClient::enqueued);
        client.open(data.path());
        // Commands given before the answer run after the opening, in order.
        client.enqueue({request(m_db)}, {QStringLiteral("first")});
        QVERIFY(opened.wait(10000));
        QCOMPARE(opened.at(0).at(0).toBool(), true);
        QVERIFY(client.isOpen());
        QCOMPARE(client.exportDirectory(), QDir(data.path()).filePath(QStringLiteral("exports")));
        QTRY_COMPARE_WITH_TIMEOUT(enqueued.size(), 1, 10000);
        const QList<qint64> ids = enqueued.at(0).at(0).value<QList<qint64>>();
        QCOMPARE(ids.size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(lastOf(finished, ids.at(0)).record.state == JobState::Completed, 20000);
        QCOMPARE(seen, mine);
        const JobRecord done = lastOf(finished, ids.at(0)).record;
        QVERIFY(QFileInfo::exists(done.outputPath));
        QCOMPARE(done.description, QStringLiteral("first"));
        QCOMPARE(done.rowsDone, done.rowsTotal);
    }

    void openReportsAnUnusableFolder()
    {
        QTemporaryDir data;
        const QString file = data.filePath(QStringLiteral("not-a-folder"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        QueueClient client;
        QSignalSpy opened(&client, &QueueClient::opened);
        client.open(file);
        QVERIFY(opened.wait(10000));
        QCOMPARE(opened.at(0).at(0).toBool(), false);
        QVERIFY(!opened.at(0).at(1).toString().isEmpty());
        QVERIFY(!client.isOpen());
    }

    void openShowsJobsOfAnEarlierRun()
    {
        QTemporaryDir data;
        qint64 id = 0;
        {
            QueueClient client;
            QSignalSpy enqueued(&client, &QueueClient::enqueued);
            QSignalSpy finished(&client, &QueueClient::jobsFinished);
            client.open(data.path());
            client.enqueue({request(m_db, Format::Json)}, {QStringLiteral("earlier")});
            QTRY_COMPARE_WITH_TIMEOUT(enqueued.size(), 1, 10000);
            id = enqueued.at(0).at(0).value<QList<qint64>>().value(0);
            QTRY_VERIFY_WITH_TIMEOUT(lastOf(finished, id).record.state == JobState::Completed, 20000);
        }
        QueueClient again;
        QSignalSpy opened(&again, &QueueClient::opened);
        again.open(data.path());
        QVERIFY(opened.wait(10000));
        const auto jobs = opened.at(0).at(2).value<QList<JobSnapshot>>();
        QCOMPARE(jobs.size(), 1);
        QCOMPARE(jobs.at(0).record.id, id);
        QCOMPARE(jobs.at(0).record.state, JobState::Completed);
    }

    void shutdownSuspendsARunningJobForTheNextStart()
    {
        QTemporaryDir data;
        qint64 id = 0;
        {
            QueueClient client;
            QSignalSpy enqueued(&client, &QueueClient::enqueued);
            QSignalSpy updated(&client, &QueueClient::jobsUpdated);
            client.open(data.path());
            client.enqueue({request(m_bigDb, Format::Json)}, {QStringLiteral("long")});
            QTRY_COMPARE_WITH_TIMEOUT(enqueued.size(), 1, 10000);
            id = enqueued.at(0).at(0).value<QList<qint64>>().value(0);
            QTRY_VERIFY_WITH_TIMEOUT(lastOf(updated, id).record.rowsDone > 0, 30000);
            // The export's threads run behind this (the window's) thread.
            QCOMPARE(threadNices().value(QString::number(::gettid()), -100), 0);
            QVERIFY2(threadNices().values().contains(10), qPrintable(QStringLiteral("no thread at nice 10")));
            client.shutdown(5000);
            QVERIFY(!client.isOpen());
            // Commands after the stop are ignored, not queued to a dead thread.
            client.cancel({id});
        }
        const auto stored = TestSupport::storedJob(data.path(), id);
        QVERIFY(stored);
        QCOMPARE(jobStateName(stored->state), QStringLiteral("pending"));
        QVERIFY(stored->rowsDone > 0);
    }

    void bulkActionsAnswerWithTheirCount()
    {
        QTemporaryDir data;
        QueueClient client;
        QSignalSpy enqueued(&client, &QueueClient::enqueued);
        QSignalSpy bulk(&client, &QueueClient::bulkDone);
        QSignalSpy finished(&client, &QueueClient::jobsFinished);
        QueueClient::Settings settings;
        settings.maxConcurrent = 1;
        client.open(data.path(), settings);
        client.enqueue({request(m_bigDb), request(m_bigDb), request(m_bigDb)});
        QTRY_COMPARE_WITH_TIMEOUT(enqueued.size(), 1, 10000);
        const QList<qint64> ids = enqueued.at(0).at(0).value<QList<qint64>>();
        QCOMPARE(ids.size(), 3);
        // Only the ids given: the first job is left alone.
        client.cancelAll(ids.mid(1));
        QTRY_COMPARE_WITH_TIMEOUT(bulk.size(), 1, 10000);
        QCOMPARE(bulk.at(0).at(0).value<QueueClient::Bulk>(), QueueClient::Bulk::CancelAll);
        QCOMPARE(bulk.at(0).at(1).toInt(), 2);
        // Reaching cancelled is finishing: announced with jobsFinished.
        QTRY_VERIFY_WITH_TIMEOUT(lastOf(finished, ids.at(2)).record.state == JobState::Cancelled, 10000);
        QCOMPARE(lastOf(finished, ids.at(1)).record.state, JobState::Cancelled);
        QVERIFY(lastOf(finished, ids.at(0)).record.id == 0); // still running
        // A running job stops at its next batch: removable once it is cancelled.
        client.cancel({ids.at(0)});
        QTRY_VERIFY_WITH_TIMEOUT(lastOf(finished, ids.at(0)).record.state == JobState::Cancelled, 20000);
        client.removeFinished(ids);
        QTRY_COMPARE_WITH_TIMEOUT(bulk.size(), 2, 20000);
        QCOMPARE(bulk.at(1).at(1).toInt(), 3);
    }

    void aFailedCommandIsReported()
    {
        QTemporaryDir data;
        QueueClient client;
        QSignalSpy opened(&client, &QueueClient::opened);
        QSignalSpy failed(&client, &QueueClient::commandFailed);
        client.open(data.path());
        QVERIFY(opened.wait(10000));
        client.retry({424242});
        QVERIFY(failed.wait(10000));
        QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("424242")));
    }
};

QTEST_GUILESS_MAIN(TestQueueClient)
#include "tst_queueclient.moc"
