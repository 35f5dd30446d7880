// The real definitie-app data through the window's path: a database built from the real
// definitions, the new-export dialog opened on it with a format and a filter chosen, its request
// run by a real QueueClient, and the finished file checked against the JSON source. Skipped with
// a message when ../shared/data/definitie-app is absent.

#include "AppSettings.h"
#include "ChoiceList.h"
#include "NewExportDialog.h"
#include "QueueClient.h"
#include "RealDataDatabase.h"
#include "TestSupport.h"

#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace defex;

class TestRealDataWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dialogToQueueToFile();

private:
    QTemporaryDir m_dir;
    QString m_db;
    QList<RealData::Definition> m_defs;
};

void TestRealDataWindow::initTestCase()
{
    if (!RealData::available())
        QSKIP(qPrintable(
            QStringLiteral("The real definitie-app data is not available at %1 "
                           "(set DEFEX_SHARED_DATA); skipping the real-data window test.")
                .arg(TestSupport::sharedDataDir())));
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(RealData::load(&m_defs, &error), qPrintable(error));
    QCOMPARE(m_defs.size(), 45);
    m_db = m_dir.filePath(QStringLiteral("definities.db"));
    QVERIFY2(RealData::buildDatabase(m_defs, m_db, &error), qPrintable(error));
}

void TestRealDataWindow::dialogToQueueToFile()
{
    QueueClient client;
    QSignalSpy opened(&client, &QueueClient::opened);
    client.open(m_dir.filePath(QStringLiteral("data")));
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 20000);
    QVERIFY2(opened.at(0).at(0).toBool(), qPrintable(opened.at(0).at(1).toString()));

    // The dialog on the real database: JSON, extended level, category "type".
    AppSettings settings;
    NewExportDialog dialog(settings, m_db, client.exportDirectory());
    dialog.show();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.choicesLoaded() && !dialog.isCounting(), 20000);
    QCOMPARE(dialog.matchingCount(), 45);
    auto *categories = dialog.findChild<ChoiceList *>(QStringLiteral("categories"));
    QVERIFY(categories->values().contains(QStringLiteral("type")));
    categories->setCheckedValues({ QStringLiteral("type") });
    auto *format = dialog.findChild<QComboBox *>(QStringLiteral("format"));
    format->setCurrentIndex(format->findData(int(Format::Json)));
    auto *level = dialog.findChild<QComboBox *>(QStringLiteral("level"));
    level->setCurrentIndex(level->findData(int(Level::Uitgebreid)));

    QList<RealData::Definition> expected;
    for (const RealData::Definition &d : std::as_const(m_defs)) {
        if (d.text("categorie") == QLatin1String("type"))
            expected << d;
    }
    QVERIFY(expected.size() > 30 && expected.size() < 45);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isCounting(), 20000);
    QCOMPARE(dialog.matchingCount(), qint64(expected.size()));
    QVERIFY2(dialog.canAccept(), qPrintable(dialog.errors().join(QLatin1Char('\n'))));
    const ExportRequest request = dialog.request();
    QVERIFY(request.output.isEmpty()); // the queue's folder: the queue plans the name
    QCOMPARE(request.filters.categories, QStringList { QStringLiteral("type") });

    // Queued the way the window does it, run by the real queue.
    QSignalSpy enqueued(&client, &QueueClient::enqueued);
    QSignalSpy finished(&client, &QueueClient::jobsFinished);
    client.enqueue({ request }, { dialog.description() });
    QTRY_COMPARE_WITH_TIMEOUT(enqueued.count(), 1, 20000);
    const QList<qint64> ids = enqueued.at(0).at(0).value<QList<qint64>>();
    QCOMPARE(ids.size(), 1);
    JobSnapshot job;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const QList<QVariant> &args : std::as_const(finished)) {
                for (const JobSnapshot &s : args.at(0).value<QList<JobSnapshot>>()) {
                    if (s.record.id == ids.first())
                        job = s;
                }
            }
            return job.record.id != 0;
        }(),
        60000);
    QVERIFY2(job.record.state == JobState::Completed, qPrintable(job.record.error));
    QCOMPARE(job.record.rowsDone, qint64(expected.size()));
    QCOMPARE(job.record.description, dialog.description());
    QVERIFY(job.record.outputPath.startsWith(client.exportDirectory()));
    QVERIFY(job.record.outputPath.endsWith(QLatin1String(".json")));

    // The file against the source.
    QJsonParseError pe;
    const QJsonDocument doc
        = QJsonDocument::fromJson(TestSupport::readFile(job.record.outputPath), &pe);
    QVERIFY2(pe.error == QJsonParseError::NoError, qPrintable(pe.errorString()));
    const QJsonArray rows = doc.object().value(QStringLiteral("definities")).toArray();
    QCOMPARE(rows.size(), expected.size());
    QCOMPARE(doc.object()
                 .value(QStringLiteral("export_info"))
                 .toObject()
                 .value(QStringLiteral("total_definitions"))
                 .toInt(),
             int(expected.size()));
    // In id order, as the source: the app's shape carries no id, the texts must line up.
    for (int i = 0; i < rows.size(); ++i) {
        const QJsonObject row = rows.at(i).toObject();
        const RealData::Definition &d = expected.at(i);
        QCOMPARE(row.value(QStringLiteral("begrip")).toString(), d.text("begrip"));
        QCOMPARE(row.value(QStringLiteral("definitie")).toString(), d.text("definitie"));
        QCOMPARE(row.value(QStringLiteral("categorie")).toString(), QStringLiteral("type"));
        QCOMPARE(row.value(QStringLiteral("status")).toString(), d.text("status"));
    }
    client.shutdown();
}

QTEST_MAIN(TestRealDataWindow)
#include "tst_realdata_window.moc"
