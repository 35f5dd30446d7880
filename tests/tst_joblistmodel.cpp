// JobListModel over a real ExportQueue: rows follow jobs being added, run, finished, cancelled
// and removed (checked by QAbstractItemModelTester all along), raw values and display texts,
// one dataChanged for a bulk change, and a queue of 10,000 jobs.

#include "DemoDatabase.h"
#include "ExportQueue.h"
#include "JobListModel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace defex;

class TestJobListModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void headersAndTexts();
    void followsARunningQueue();
    void waitingPausedAndPositions();
    void removesScatteredRows();
    void mergesDataChangedForBulkChanges();
    void loadsTenThousandJobs();

private:
    std::unique_ptr<ExportQueue> openQueue(bool runJobs, int maxConcurrent = 2);
    ExportRequest request(const QString &database = {}) const;
    QVariant raw(const JobListModel &model, qint64 id, int column) const;
    QString text(const JobListModel &model, qint64 id, int column) const;

    QTemporaryDir m_sources;
    QString m_db;
    std::unique_ptr<QTemporaryDir> m_data;
};

void TestJobListModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // "2,000"
    QVERIFY(m_sources.isValid());
    m_db = m_sources.filePath(QStringLiteral("demo.db"));
    DemoOptions options;
    options.rows = 2000;
    QString error;
    QVERIFY2(createDemoDatabase(m_db, options, &error), qPrintable(error));
}

void TestJobListModel::init()
{
    m_data = std::make_unique<QTemporaryDir>();
    QVERIFY(m_data->isValid());
}

void TestJobListModel::cleanup()
{
    m_data.reset();
}

std::unique_ptr<ExportQueue> TestJobListModel::openQueue(bool runJobs, int maxConcurrent)
{
    auto queue = std::make_unique<ExportQueue>();
    queue->setMaxConcurrent(maxConcurrent);
    QString error;
    if (!queue->open(m_data->path(), runJobs, &error))
        qWarning("cannot open the queue: %s", qPrintable(error));
    return queue;
}

ExportRequest TestJobListModel::request(const QString &database) const
{
    ExportRequest r;
    r.database = database.isEmpty() ? m_db : database;
    r.format = Format::Csv;
    return r;
}

QVariant TestJobListModel::raw(const JobListModel &model, qint64 id, int column) const
{
    return model.index(model.rowOf(id), column).data(JobListModel::RawRole);
}

QString TestJobListModel::text(const JobListModel &model, qint64 id, int column) const
{
    return model.index(model.rowOf(id), column).data().toString();
}

void TestJobListModel::headersAndTexts()
{
    auto queue = openQueue(false);
    JobListModel model(queue.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(JobListModel::Count));
    QCOMPARE(model.headerData(JobListModel::Description, Qt::Horizontal).toString(),
             QStringLiteral("Description"));
    QCOMPARE(model.headerData(JobListModel::Position, Qt::Horizontal).toString(),
             QStringLiteral("Position"));
    QCOMPARE(JobListModel::etaText(-1), QString());
    QCOMPARE(JobListModel::etaText(4.6), QStringLiteral("5 s"));
    QCOMPARE(JobListModel::etaText(65), QStringLiteral("1 min 5 s"));
    QCOMPARE(JobListModel::etaText(3725), QStringLiteral("1 h 2 min"));
    QVERIFY(model.roleNames().contains(JobListModel::RawRole));
}

void TestJobListModel::followsARunningQueue()
{
    auto queue = openQueue(true, 1);
    JobListModel model(queue.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ExportRequest gz = request();
    gz.gzip = true;
    gz.format = Format::Json;
    const QList<qint64> ids = queue->enqueueMany(
        { request(), gz, request(), request(),
          request(m_sources.filePath(QStringLiteral("missing.db"))) },
        { QStringLiteral("first"), QStringLiteral("second"), QStringLiteral("third"),
          QStringLiteral("fourth"), QStringLiteral("broken") });
    QCOMPARE(ids.size(), 5);
    // Still waiting (one runs at a time): one to cancel, one to pause.
    QVERIFY2(queue->cancel(ids[3]), qPrintable(queue->lastError()));
    QVERIFY2(queue->pause(ids[2]), qPrintable(queue->lastError()));
    QTRY_COMPARE(model.rowCount(), 5);
    for (int row = 0; row < 5; ++row)
        QCOMPARE(model.index(row, 0).data(JobListModel::IdRole).toLongLong(), ids[row]);

    QTRY_COMPARE_WITH_TIMEOUT(raw(model, ids[4], JobListModel::State).toInt(),
                              int(JobState::Failed), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(raw(model, ids[1], JobListModel::State).toInt(),
                              int(JobState::Completed), 20000);
    QTRY_COMPARE(raw(model, ids[0], JobListModel::State).toInt(), int(JobState::Completed));

    // A completed job: raw values for sorting and delegates, and its texts.
    QCOMPARE(raw(model, ids[0], JobListModel::Progress).toInt(), 100);
    QCOMPARE(raw(model, ids[0], JobListModel::Rows).toLongLong(), qint64(2000));
    QCOMPARE(raw(model, ids[0], JobListModel::Position).toInt(), 0);
    QCOMPARE(raw(model, ids[0], JobListModel::Format).toInt(), int(Format::Csv));
    QVERIFY(raw(model, ids[0], JobListModel::Created).toDateTime().isValid());
    QVERIFY(raw(model, ids[0], JobListModel::Finished).toDateTime().isValid());
    QCOMPARE(text(model, ids[0], JobListModel::Description), QStringLiteral("first"));
    QCOMPARE(text(model, ids[0], JobListModel::State), QStringLiteral("Completed"));
    QCOMPARE(text(model, ids[0], JobListModel::Progress), QStringLiteral("100%"));
    QCOMPARE(text(model, ids[0], JobListModel::Rows), QStringLiteral("2,000 / 2,000"));
    QCOMPARE(text(model, ids[0], JobListModel::Format), QStringLiteral("CSV"));
    QCOMPARE(text(model, ids[1], JobListModel::Format), QStringLiteral("JSON, gzip"));
    QCOMPARE(text(model, ids[0], JobListModel::Eta), QString());
    const QVariant snap = model.index(model.rowOf(ids[0]), 0).data(JobListModel::SnapshotRole);
    QVERIFY(snap.canConvert<JobSnapshot>());
    QCOMPARE(snap.value<JobSnapshot>().record.id, ids[0]);
    QCOMPARE(snap.value<JobSnapshot>().record.sha256.size(), 64);
    QVERIFY(model.index(model.rowOf(ids[0]), JobListModel::Description)
                .data(Qt::ToolTipRole)
                .toString()
                .endsWith(QStringLiteral(".csv")));

    // The failed job: its state, the error's first line, the full error as tooltip.
    QCOMPARE(text(model, ids[4], JobListModel::State), QStringLiteral("Failed"));
    const QString error = queue->job(ids[4])->record.error;
    QVERIFY2(error.contains(QStringLiteral("does not exist")), qPrintable(error));
    QCOMPARE(raw(model, ids[4], JobListModel::Error).toString(), error);
    QCOMPARE(text(model, ids[4], JobListModel::Error), error.section(QLatin1Char('\n'), 0, 0));
    QCOMPARE(model.index(model.rowOf(ids[4]), JobListModel::State).data(Qt::ToolTipRole).toString(),
             error);

    QCOMPARE(text(model, ids[3], JobListModel::State), QStringLiteral("Cancelled"));
    QCOMPARE(text(model, ids[2], JobListModel::State), QStringLiteral("Paused"));

    // Resume and retry: they run to the end too.
    QVERIFY(queue->resume(ids[2]));
    QVERIFY(queue->retry(ids[3]));
    QTRY_COMPARE_WITH_TIMEOUT(raw(model, ids[2], JobListModel::State).toInt(),
                              int(JobState::Completed), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(raw(model, ids[3], JobListModel::State).toInt(),
                              int(JobState::Completed), 20000);

    // Removing finished jobs removes their rows; the others move up.
    QCOMPARE(queue->removeFinished({ ids[0], ids[4] }), 2);
    QTRY_COMPARE(model.rowCount(), 3);
    QCOMPARE(model.idAt(0), ids[1]);
    QCOMPARE(model.rowOf(ids[3]), 2);
    QCOMPARE(model.rowOf(ids[0]), -1);
    QCOMPARE(queue->removeFinished(ids), 3);
    QTRY_COMPARE(model.rowCount(), 0);
}

void TestJobListModel::waitingPausedAndPositions()
{
    // A queue that does not run jobs: they stay waiting, so positions can be watched.
    auto queue = openQueue(false);
    const QList<qint64> ids = queue->enqueueMany(
        { request(), request(), request(), request() },
        { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d") });
    QCOMPARE(ids.size(), 4);
    JobListModel model(queue.get()); // the initial fill
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(text(model, ids[0], JobListModel::State), QStringLiteral("Waiting"));
    QCOMPARE(text(model, ids[0], JobListModel::Progress), QStringLiteral("0%"));
    QCOMPARE(text(model, ids[0], JobListModel::Rows), QString());
    for (int i = 0; i < 4; ++i)
        QCOMPARE(raw(model, ids[i], JobListModel::Position).toInt(), i + 1);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(queue->pause(ids[1]));
    QVERIFY(queue->move(ids[3], JobStore::Move::Top));
    QTRY_VERIFY(!changed.isEmpty());
    QTRY_COMPARE(text(model, ids[1], JobListModel::State), QStringLiteral("Paused"));
    QCOMPARE(raw(model, ids[1], JobListModel::Position).toInt(), 0);
    QCOMPARE(text(model, ids[1], JobListModel::Position), QString());
    QCOMPARE(raw(model, ids[3], JobListModel::Position).toInt(), 1);
    QCOMPARE(raw(model, ids[0], JobListModel::Position).toInt(), 2);
    QCOMPARE(raw(model, ids[2], JobListModel::Position).toInt(), 3);
    QCOMPARE(text(model, ids[2], JobListModel::Position), QStringLiteral("3"));
    QCOMPARE(model.snapshotAt(model.rowOf(ids[2])).queuePosition, 3);
    // The Position column was announced as changed for every row.
    bool wholeColumn = false;
    for (const QList<QVariant> &args : std::as_const(changed)) {
        const auto tl = args.at(0).value<QModelIndex>();
        const auto br = args.at(1).value<QModelIndex>();
        wholeColumn = wholeColumn
            || (tl.row() == 0 && br.row() == 3 && tl.column() <= JobListModel::Position
                && br.column() >= JobListModel::Position);
    }
    QVERIFY(wholeColumn);

    QVERIFY(queue->cancel(ids[2]));
    QTRY_COMPARE(text(model, ids[2], JobListModel::State), QStringLiteral("Cancelled"));
    QCOMPARE(raw(model, ids[2], JobListModel::State).toInt(), int(JobState::Cancelled));
    QVERIFY(raw(model, ids[2], JobListModel::Finished).toDateTime().isValid());
    QCOMPARE(raw(model, ids[0], JobListModel::Position).toInt(), 2);
}

void TestJobListModel::removesScatteredRows()
{
    auto queue = openQueue(false);
    QList<ExportRequest> requests;
    for (int i = 0; i < 8; ++i)
        requests << request();
    const QList<qint64> ids = queue->enqueueMany(requests);
    JobListModel model(queue.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(queue->cancelAll(ids), 8);
    QTRY_COMPARE(raw(model, ids[7], JobListModel::State).toInt(), int(JobState::Cancelled));
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    // Rows 1, 2 and 4 and the last: three runs.
    QCOMPARE(queue->removeFinished({ ids[1], ids[4], ids[2], ids[7] }), 4);
    QTRY_COMPARE(model.rowCount(), 4);
    QCOMPARE(removed.count(), 3);
    const QList<qint64> left = { ids[0], ids[3], ids[5], ids[6] };
    for (int row = 0; row < left.size(); ++row) {
        QCOMPARE(model.idAt(row), left[row]);
        QCOMPARE(model.rowOf(left[row]), row);
    }
    // Updates still reach the right rows after the removal.
    QVERIFY(queue->retry(ids[5]));
    QTRY_COMPARE(raw(model, ids[5], JobListModel::State).toInt(), int(JobState::Pending));
    QCOMPARE(raw(model, ids[6], JobListModel::State).toInt(), int(JobState::Cancelled));
}

void TestJobListModel::mergesDataChangedForBulkChanges()
{
    auto queue = openQueue(false);
    QList<ExportRequest> requests;
    for (int i = 0; i < 3000; ++i)
        requests << request();
    const QList<qint64> ids = queue->enqueueMany(requests);
    QCOMPARE(ids.size(), 3000);
    JobListModel model(queue.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 3000);

    // A few rows: one signal per contiguous run (rows 10-11 and 500), plus the Position column.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(queue->pause(ids[10]));
    QVERIFY(queue->pause(ids[11]));
    QVERIFY(queue->pause(ids[500]));
    QTRY_VERIFY(!changed.isEmpty());
    QTest::qWait(250); // nothing more may come
    QList<std::pair<int, int>> rowRanges;
    int columnSignals = 0;
    for (const QList<QVariant> &args : std::as_const(changed)) {
        const auto tl = args.at(0).value<QModelIndex>();
        const auto br = args.at(1).value<QModelIndex>();
        if (tl.column() == JobListModel::Position && br.column() == JobListModel::Position)
            ++columnSignals;
        else
            rowRanges.append({ tl.row(), br.row() });
    }
    QCOMPARE(rowRanges, (QList<std::pair<int, int>> { { 10, 11 }, { 500, 500 } }));
    QCOMPARE(columnSignals, 1);
    QCOMPARE(raw(model, ids[12], JobListModel::Position).toInt(), 11); // ten wait ahead of it

    // Most rows at once (a bulk cancel): one dataChanged over the whole table.
    changed.clear();
    QCOMPARE(queue->cancelAll(ids), 3000);
    QTRY_COMPARE(raw(model, ids[2999], JobListModel::State).toInt(), int(JobState::Cancelled));
    QTest::qWait(250);
    QVERIFY2(changed.count() <= 2, qPrintable(QString::number(changed.count())));
    const auto tl = changed.constFirst().at(0).value<QModelIndex>();
    const auto br = changed.constFirst().at(1).value<QModelIndex>();
    QCOMPARE(tl.row(), 0);
    QCOMPARE(tl.column(), 0);
    QCOMPARE(br.row(), 2999);
    QCOMPARE(br.column(), JobListModel::Count - 1);
    for (int row : { 0, 10, 1500, 2999 })
        QCOMPARE(model.index(row, JobListModel::State).data().toString(),
                 QStringLiteral("Cancelled"));

    // And removing them all empties the model.
    QCOMPARE(queue->removeFinished(ids), 3000);
    QTRY_COMPARE(model.rowCount(), 0);
}

void TestJobListModel::loadsTenThousandJobs()
{
    auto queue = openQueue(false);
    JobListModel early(queue.get()); // before the jobs: they arrive as one insertion
    QAbstractItemModelTester tester(&early, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&early, &QAbstractItemModel::rowsInserted);
    QList<ExportRequest> requests;
    for (int i = 0; i < 10000; ++i)
        requests << request();
    const QList<qint64> ids = queue->enqueueMany(requests);
    QCOMPARE(ids.size(), 10000);
    QTRY_COMPARE(early.rowCount(), 10000);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(early.idAt(9999), ids.constLast());
    QCOMPARE(raw(early, ids.constLast(), JobListModel::Position).toInt(), 10000);

    JobListModel late(queue.get()); // from queue.jobs()
    QCOMPARE(late.rowCount(), 10000);
    QCOMPARE(late.rowOf(ids[5000]), 5000);
    QCOMPARE(late.index(9999, JobListModel::Position).data().toString(), QStringLiteral("10,000"));

    // One job changes among 10,000: one row signal.
    QSignalSpy changed(&late, &QAbstractItemModel::dataChanged);
    QVERIFY(queue->setPinned(ids[4321], true));
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(changed.constFirst().at(0).value<QModelIndex>().row(), 4321);
    QCOMPARE(changed.constFirst().at(1).value<QModelIndex>().row(), 4321);
}

QTEST_GUILESS_MAIN(TestJobListModel)
#include "tst_joblistmodel.moc"
