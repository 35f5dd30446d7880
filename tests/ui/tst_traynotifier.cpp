// The tray notifier on the offscreen platform, where there is no system tray: finished jobs are
// told in the window's own notice (tests/desktop covers the real tray and its notifications).

#include "DemoDatabase.h"
#include "DetailsPane.h"
#include "MainWindow.h"
#include "NoticeBar.h"
#include "QueueClient.h"
#include "TrayNotifier.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

using namespace defex;

// Stands in for the file manager: QDesktopServices hands it the file URLs it would open.
class UrlRecorder : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public slots:
    void open(const QUrl &url) { urls << url; }
};

class TestTrayNotifier : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    UrlRecorder m_opened;

    struct Fixture
    {
        QTemporaryDir data;
        std::unique_ptr<QueueClient> client;
        std::unique_ptr<MainWindow> window;
        ~Fixture()
        {
            window.reset();
            client.reset();
        }
        TrayNotifier *notifier() const { return window->notifier(); }
        QLabel *notice() const { return window->findChild<QLabel *>(QStringLiteral("notice")); }
    };

    std::unique_ptr<Fixture> open()
    {
        auto f = std::make_unique<Fixture>();
        f->client = std::make_unique<QueueClient>();
        f->window = std::make_unique<MainWindow>(f->client.get(), MainWindow::Options { m_db });
        QSignalSpy opened(f->window.get(), &MainWindow::queueOpened);
        f->client->open(f->data.path());
        f->window->show();
        if (!QTest::qWaitForWindowExposed(f->window.get()) || (opened.isEmpty() && !opened.wait(10000))
            || !opened.at(0).at(0).toBool())
            return nullptr;
        return f;
    }

    static qint64 enqueue(Fixture &f, const ExportRequest &request, const QString &description)
    {
        QSignalSpy enqueued(f.client.get(), &QueueClient::enqueued);
        f.client->enqueue({ request }, { description });
        if (!enqueued.wait(10000))
            return 0;
        const auto ids = enqueued.at(0).at(0).value<QList<qint64>>();
        return ids.isEmpty() ? 0 : ids.constFirst();
    }

    ExportRequest request(const QString &output) const
    {
        ExportRequest r;
        r.database = m_db;
        r.format = Format::Csv;
        r.output = output;
        return r;
    }

    static JobSnapshot finished(qint64 id, JobState state, const QString &description,
                                const QString &output = {}, const QString &error = {})
    {
        JobSnapshot s;
        s.record.id = id;
        s.record.state = state;
        s.record.description = description;
        s.record.outputPath = output;
        s.record.rowsDone = s.record.rowsTotal = 1500;
        s.record.error = error;
        return s;
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("settings")));
        QCoreApplication::setOrganizationName(QStringLiteral("definitie-export-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_traynotifier"));
        QDesktopServices::setUrlHandler(QStringLiteral("file"), &m_opened, "open");
        m_db = m_dir.filePath(QStringLiteral("demo.db"));
        DemoOptions options;
        options.rows = 1500;
        QString error;
        QVERIFY2(createDemoDatabase(m_db, options, &error), qPrintable(error));
    }

    void cleanupTestCase() { QDesktopServices::unsetUrlHandler(QStringLiteral("file")); }

    void offscreenHasNoTray()
    {
        QVERIFY(!QSystemTrayIcon::isSystemTrayAvailable());
        auto f = open();
        QVERIFY(f);
        QVERIFY(!f->notifier()->hasTray());
        QVERIFY(f->notice());
        QVERIFY(!f->notice()->isVisible());
    }

    void completedJobGivesAnInWindowNotice()
    {
        auto f = open();
        QVERIFY(f);
        const QString output = m_dir.filePath(QStringLiteral("vastgesteld.csv"));
        QSignalSpy notified(f->notifier(), &TrayNotifier::notified);
        const qint64 id = enqueue(*f, request(output), QStringLiteral("Vastgestelde definities"));
        QVERIFY(id > 0);
        QTRY_COMPARE_WITH_TIMEOUT(notified.size(), 1, 30000);
        QCOMPARE(notified.at(0).at(0).toLongLong(), id);
        QVERIFY(QFileInfo::exists(output));

        QCOMPARE(f->notifier()->lastTitle(), QStringLiteral("Export ready"));
        const QString message = f->notifier()->lastMessage();
        QVERIFY2(message.contains(QStringLiteral("Vastgestelde definities")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("1,500 definitions")),
                 qPrintable(message)); // localized
        QVERIFY2(message.contains(QStringLiteral("vastgesteld.csv")), qPrintable(message));

        // Without a tray the window says it, with the same words.
        QLabel *notice = f->notice();
        QVERIFY(notice->isVisible());
        const QString shown = notice->accessibleName();
        for (const QString &part :
             { QStringLiteral("Export ready"), QStringLiteral("Vastgestelde definities"),
               QStringLiteral("1,500 definitions"), QStringLiteral("vastgesteld.csv") })
            QVERIFY2(shown.contains(part), qPrintable(shown));

        // Acting on it reveals the file's folder and shows the job.
        m_opened.urls.clear();
        f->notifier()->activateLastNotification();
        QCOMPARE(m_opened.urls, QList<QUrl> { QUrl::fromLocalFile(m_dir.path()) });
        QCOMPARE(f->window->detailsPane()->jobId(), id);
    }

    void disabledNotificationsGiveNone()
    {
        auto f = open();
        QVERIFY(f);
        f->notifier()->setNotificationsEnabled(false);
        QVERIFY(!f->notifier()->notificationsEnabled());
        QSignalSpy notified(f->notifier(), &TrayNotifier::notified);
        QSignalSpy jobsFinished(f->client.get(), &QueueClient::jobsFinished);
        const QString output = m_dir.filePath(QStringLiteral("stil.csv"));
        QVERIFY(enqueue(*f, request(output), QStringLiteral("Stil")) > 0);
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(output) && !jobsFinished.isEmpty(), 30000);
        QTest::qWait(200); // anything the notifier would do happens in the same event
        QCOMPARE(notified.size(), 0);
        QVERIFY(!f->notice()->isVisible()
                || !f->notice()->accessibleName().contains(QStringLiteral("Export ready")));

        // Failures stay silent too.
        f->notifier()->jobsFinished({ finished(99, JobState::Failed, QStringLiteral("Kapot"), {},
                                               QStringLiteral("boom")) });
        QCOMPARE(notified.size(), 0);
        QVERIFY(f->notifier()->lastTitle().isEmpty());
    }

    void failureNoticeCarriesTheErrorsFirstLine()
    {
        auto f = open();
        QVERIFY(f);
        // A real failure: the source does not exist.
        QSignalSpy notified(f->notifier(), &TrayNotifier::notified);
        ExportRequest bad = request(m_dir.filePath(QStringLiteral("nooit.csv")));
        bad.database = m_dir.filePath(QStringLiteral("bestaat-niet.db"));
        const qint64 id = enqueue(*f, bad, QStringLiteral("Zonder bron"));
        QVERIFY(id > 0);
        QTRY_COMPARE_WITH_TIMEOUT(notified.size(), 1, 30000);
        QCOMPARE(f->notifier()->lastTitle(), QStringLiteral("Export failed"));
        QVERIFY2(f->notifier()->lastMessage().contains(QStringLiteral("Zonder bron")),
                 qPrintable(f->notifier()->lastMessage()));
        QVERIFY2(f->notifier()->lastMessage().contains(QStringLiteral("bestaat-niet.db")),
                 qPrintable(f->notifier()->lastMessage()));
        QVERIFY(f->notice()->accessibleName().contains(QStringLiteral("Export failed")));

        // A message of several lines: only the first one is shown.
        f->notifier()->setBatchInterval(0);
        f->notifier()->jobsFinished({ finished(
            77, JobState::Failed, QStringLiteral("Meerdere regels"), {},
            QStringLiteral("The destination folder is full.\nDetails: errno 28\nat attempt 3")) });
        QCOMPARE(notified.size(), 2);
        const QString shown = f->notice()->accessibleName();
        QVERIFY2(shown.contains(QStringLiteral("Export failed")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("Meerdere regels")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("The destination folder is full.")),
                 qPrintable(shown));
        QVERIFY2(!shown.contains(QStringLiteral("errno")), qPrintable(shown));
        QCOMPARE(f->notifier()->lastJob(), qint64(77));
        QVERIFY(f->notifier()->lastFolder().isEmpty()); // nothing to reveal
    }

    void severalJobsGiveOneSummary()
    {
        auto f = open();
        QVERIFY(f);
        QSignalSpy notified(f->notifier(), &TrayNotifier::notified);
        f->notifier()->setBatchInterval(0);
        const QString folder = m_dir.path();
        f->notifier()->jobsFinished({ finished(1, JobState::Completed, QStringLiteral("Een"),
                                               folder + QStringLiteral("/een.csv")),
                                      finished(2, JobState::Completed, QStringLiteral("Twee"),
                                               folder + QStringLiteral("/twee.csv")),
                                      finished(3, JobState::Completed, QStringLiteral("Drie"),
                                               folder + QStringLiteral("/drie.csv")) });
        QCOMPARE(notified.size(), 1);
        QCOMPARE(f->notifier()->lastTitle(), QStringLiteral("3 exports ready"));
        QVERIFY(f->notifier()->lastMessage().contains(QStringLiteral("twee.csv")));
        QCOMPARE(f->notifier()->lastFolder(), folder);

        f->notifier()->jobsFinished(
            { finished(4, JobState::Completed, QStringLiteral("Vier"),
                       folder + QStringLiteral("/vier.csv")),
              finished(5, JobState::Failed, QStringLiteral("Vijf"), {}, QStringLiteral("locked")),
              finished(6, JobState::Cancelled, QStringLiteral("Zes")) });
        QCOMPARE(notified.size(), 2);
        QCOMPARE(f->notifier()->lastTitle(), QStringLiteral("Exports finished: 1 ready, 1 failed"));
        QCOMPARE(f->notifier()->lastJob(), qint64(5)); // the failure needs attention first
        QVERIFY(!f->notifier()->lastMessage().contains(QStringLiteral("Zes")));

        // Cancelled by the user: no news.
        f->notifier()->jobsFinished({ finished(7, JobState::Cancelled, QStringLiteral("Zeven")) });
        QCOMPARE(notified.size(), 2);
    }

    // Each job on its own line saying what happened to it, failures first; in the window the
    // same on one line, jobs separated by semicolons.
    void summaryNamesWhatHappenedToEachJob()
    {
        auto f = open();
        QVERIFY(f);
        f->notifier()->setBatchInterval(0);
        const QString folder = m_dir.path();
        f->notifier()->jobsFinished(
            { finished(5, JobState::Completed, QStringLiteral("bulk 5"),
                       folder + QStringLiteral("/bulk-5.json.gz")),
              finished(21, JobState::Failed, QStringLiteral("Export 21"), {},
                       QStringLiteral("The disk is full.\nerrno 28")),
              finished(22, JobState::Completed, QStringLiteral("Export 22"),
                       folder + QStringLiteral("/export-22.csv")) });
        QCOMPARE(f->notifier()->lastTitle(), QStringLiteral("Exports finished: 2 ready, 1 failed"));
        const QStringList lines = f->notifier()->lastMessage().split(QLatin1Char('\n'));
        QCOMPARE(lines,
                 (QStringList { QStringLiteral("Failed: Export 21 (The disk is full.)"),
                                QStringLiteral("Ready: bulk 5 (bulk-5.json.gz)"),
                                QStringLiteral("Ready: Export 22 (export-22.csv)") }));
        auto *bar = f->window->noticeBar();
        QCOMPARE(bar->text(),
                 QStringLiteral("Exports finished: 2 ready, 1 failed — Failed: Export 21 (The disk "
                                "is full.); Ready: bulk 5 (bulk-5.json.gz); Ready: Export 22 "
                                "(export-22.csv)"));
        QCOMPARE(f->notice()->toolTip(),
                 f->notifier()->lastTitle() + QLatin1Char('\n') + f->notifier()->lastMessage());
    }

    // A notice longer than the window is elided; its "Show" link stays in sight.
    void longNoticeKeepsItsLinkInSight()
    {
        auto f = open();
        QVERIFY(f);
        f->window->resize(900, 600);
        f->notifier()->setBatchInterval(0);
        QList<JobSnapshot> jobs;
        for (qint64 id = 31; id <= 36; ++id)
            jobs << finished(id, JobState::Completed,
                             QStringLiteral("Vastgestelde definities – Excel – 4 dec 2026 (%1)").arg(id),
                             m_dir.filePath(QStringLiteral("vastgestelde-definities-%1.xlsx").arg(id)));
        f->notifier()->jobsFinished(jobs);
        QCOMPARE(f->notifier()->lastTitle(), QStringLiteral("6 exports ready"));
        QLabel *notice = f->notice();
        auto *links = f->window->findChild<QLabel *>(QStringLiteral("noticeLinks"));
        QVERIFY(links);
        QTRY_VERIFY(notice->isVisible() && links->isVisible());
        QVERIFY2(links->text().contains(QStringLiteral("Show")), qPrintable(links->text()));
        const QRect linkRect(links->mapTo(f->window.get(), QPoint(0, 0)), links->size());
        QVERIFY2(f->window->rect().contains(linkRect),
                 qPrintable(QStringLiteral("link at %1,%2 %3 wide, window %4 wide")
                                .arg(linkRect.x())
                                .arg(linkRect.y())
                                .arg(linkRect.width())
                                .arg(f->window->width())));
        QVERIFY(links->width() >= links->sizeHint().width());
        QTRY_VERIFY(notice->text().endsWith(QChar(0x2026)));
        QVERIFY(notice->fontMetrics().horizontalAdvance(notice->text()) <= notice->width());
        QVERIFY(!notice->geometry().intersects(links->geometry()));
        // The whole text is still there for the tooltip and screen readers.
        QVERIFY(notice->accessibleName().contains(QStringLiteral("vastgestelde-definities-33.xlsx")));
    }

    void jobsFinishingCloseTogetherShareANotification()
    {
        auto f = open();
        QVERIFY(f);
        QVERIFY(f->notifier()->batchInterval() > 0);
        QSignalSpy notified(f->notifier(), &TrayNotifier::notified);
        const QString folder = m_dir.path();
        // Three announcements in a burst (the queue announces per tick), one job twice.
        f->notifier()->jobsFinished({ finished(11, JobState::Completed, QStringLiteral("Elf"),
                                               folder + QStringLiteral("/elf.csv")) });
        f->notifier()->jobsFinished({ finished(12, JobState::Completed, QStringLiteral("Twaalf"),
                                               folder + QStringLiteral("/twaalf.csv")) });
        f->notifier()->jobsFinished({ finished(11, JobState::Completed, QStringLiteral("Elf"),
                                               folder + QStringLiteral("/elf.csv")) });
        QCOMPARE(notified.size(), 0);
        QVERIFY(notified.wait(5000));
        QTest::qWait(f->notifier()->batchInterval() + 200);
        QCOMPARE(notified.size(), 1);
        QCOMPARE(f->notifier()->lastTitle(), QStringLiteral("2 exports ready"));
    }

    void toolTipCountsTheQueue()
    {
        auto f = open();
        QVERIFY(f);
        f->notifier()->setStatus(2, 1, 0, 40);
        QCOMPARE(f->notifier()->toolTip(),
                 QStringLiteral("Export queue: 2 running, 1 waiting — 40%"));
        f->notifier()->setStatus(0, 0, 1, -1);
        QCOMPARE(f->notifier()->toolTip(), QStringLiteral("Export queue: 1 failed"));
        f->notifier()->setStatus(0, 0, 0, -1);
        QCOMPARE(f->notifier()->toolTip(), QStringLiteral("Export queue: idle"));
    }
};

QTEST_MAIN(TestTrayNotifier)
#include "tst_traynotifier.moc"
