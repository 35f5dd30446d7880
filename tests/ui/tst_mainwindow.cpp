// The real window on the offscreen platform, driven as a user would: the new-export dialog, the
// per-job buttons, a bulk action's confirmation, the header, the details, the language, quitting.

#include "DemoDatabase.h"
#include "DetailsPane.h"
#include "JobFilterProxy.h"
#include "JobListModel.h"
#include "JobPanel.h"
#include "JobView.h"
#include "Language.h"
#include "MainWindow.h"
#include "QueueClient.h"
#include "QueueTestSupport.h"
#include "StatusIndicator.h"
#include "TestSupport.h"
#include "TrayNotifier.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace defex;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;      // small: exports finish at once
    QString m_bigDb;   // large: exports run long enough to be clicked

    struct Fixture
    {
        QTemporaryDir data;
        std::unique_ptr<QueueClient> client;
        std::unique_ptr<MainWindow> window;
        ~Fixture()
        {
            window.reset();
            client.reset(); // stops the queue gracefully
        }
    };

    std::unique_ptr<Fixture> open(int maxConcurrent = 5)
    {
        auto f = std::make_unique<Fixture>();
        f->client = std::make_unique<QueueClient>();
        f->window = std::make_unique<MainWindow>(f->client.get(), MainWindow::Options{m_db});
        QSignalSpy opened(f->window.get(), &MainWindow::queueOpened);
        QueueClient::Settings settings;
        settings.maxConcurrent = maxConcurrent;
        f->client->open(f->data.path(), settings);
        f->window->resize(1500, 800);
        f->window->show();
        // The answer may already have come while the window was being shown.
        if (!QTest::qWaitForWindowExposed(f->window.get())
            || (opened.isEmpty() && !opened.wait(10000)) || !opened.at(0).at(0).toBool())
            return nullptr;
        return f;
    }

    // Runs `answer` on the next modal dialog once it shows (exec() blocks the caller meanwhile).
    static void whenModalShows(std::function<void(QWidget *)> answer, bool *ran)
    {
        *ran = false;
        auto *timer = new QTimer;
        timer->setInterval(20);
        QObject::connect(timer, &QTimer::timeout, timer, [timer, answer, ran] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal || !modal->isVisible())
                return;
            timer->stop();
            timer->deleteLater();
            *ran = true;
            answer(modal);
        });
        timer->start();
    }

    static JobSnapshot jobOf(MainWindow &w, qint64 id)
    {
        const int row = w.model()->rowOf(id);
        return row >= 0 ? w.model()->snapshotAt(row) : JobSnapshot();
    }

    static QList<qint64> enqueue(MainWindow &w, const QList<ExportRequest> &requests)
    {
        QSignalSpy enqueued(w.client(), &QueueClient::enqueued);
        w.client()->enqueue(requests);
        if (!enqueued.wait(10000))
            return {};
        return enqueued.at(0).at(0).value<QList<qint64>>();
    }

    ExportRequest bigRequest() const
    {
        ExportRequest r;
        r.database = m_bigDb;
        r.format = Format::Xlsx;
        r.level = Level::Compleet;
        return r;
    }

    static void clickButton(JobPanel *panel, qint64 id, JobAction action)
    {
        const QModelIndex index = [&] {
            for (int row = 0; row < panel->proxy()->rowCount(); ++row) {
                const QModelIndex i = panel->proxy()->index(row, 0);
                if (i.data(JobListModel::IdRole).toLongLong() == id)
                    return i;
            }
            return QModelIndex();
        }();
        QVERIFY2(index.isValid(), qPrintable(QStringLiteral("job %1 is not in the panel").arg(id)));
        panel->view()->scrollTo(index);
        const QRect rect = panel->view()->actionButtonRect(index, action);
        QVERIFY2(rect.isValid(), qPrintable(QStringLiteral("job %1 has no %2 button").arg(id).arg(jobActionText(action))));
        QTest::mouseClick(panel->view()->viewport(), Qt::LeftButton, {}, rect.center());
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
        // The window's preferences go to a private place, never the user's.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        QCoreApplication::setOrganizationName(QStringLiteral("definitie-export-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        m_db = m_dir.filePath(QStringLiteral("small.db"));
        m_bigDb = m_dir.filePath(QStringLiteral("big.db"));
        QString error;
        DemoOptions small;
        small.rows = 200;
        QVERIFY2(createDemoDatabase(m_db, small, &error), qPrintable(error));
        DemoOptions big;
        big.rows = 40000;
        QVERIFY2(createDemoDatabase(m_bigDb, big, &error), qPrintable(error));
    }

    void detailsFollowTheQueuePlace()
    {
        auto f = open();
        QVERIFY(f);
        MainWindow &w = *f->window;
        const auto pending = [](qint64 id, qint64 position) {
            JobSnapshot s;
            s.record.id = id;
            s.record.state = JobState::Pending;
            s.record.position = position;
            s.record.description = QStringLiteral("Waiting %1").arg(id);
            return s;
        };
        // Fed by hand: the queue's store is empty, so it announces nothing of its own.
        w.model()->setJobs({pending(1, 1), pending(2, 2), pending(3, 3)});
        const auto place = [&w] {
            const QString text = w.detailsPane()->text();
            const int at = text.indexOf(QStringLiteral("Place in the queue"));
            return at < 0 ? QString() : text.mid(at).section(QLatin1Char('\n'), 0, 1).simplified();
        };
        w.showJob(1);
        QCOMPARE(w.detailsPane()->jobId(), qint64(1));
        QCOMPARE(place(), QStringLiteral("Place in the queue 1"));
        // Job 3 moves to the top: only the places of the others change for job 1.
        w.model()->onJobsUpdated({pending(3, 0)});
        QCoreApplication::processEvents();
        QCOMPARE(place(), QStringLiteral("Place in the queue 2"));
        w.showJob(3);
        QCOMPARE(place(), QStringLiteral("Place in the queue 1"));
        // And back to the bottom: the shown job's own row and the places change together.
        w.model()->onJobsUpdated({pending(3, 10)});
        QCoreApplication::processEvents();
        QCOMPARE(place(), QStringLiteral("Place in the queue 3"));
    }

    void queueAJobThroughTheDialog()
    {
        auto f = open();
        QVERIFY(f);
        MainWindow &w = *f->window;
        bool ran = false;
        whenModalShows([this](QWidget *dialog) {
            auto *database = dialog->findChild<QLineEdit *>(QStringLiteral("database"));
            auto *format = dialog->findChild<QComboBox *>(QStringLiteral("format"));
            auto *description = dialog->findChild<QLineEdit *>(QStringLiteral("description"));
            auto *buttons = dialog->findChild<QDialogButtonBox *>();
            if (!database || !format || !description || !buttons) {
                dialog->close();
                return;
            }
            database->setText(m_db);
            format->setCurrentIndex(format->findText(QStringLiteral("CSV"), Qt::MatchStartsWith));
            description->setText(QStringLiteral("From the dialog"));
            QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
            // The dialog checks the database off the UI thread first.
            auto *poll = new QTimer(dialog);
            QObject::connect(poll, &QTimer::timeout, dialog, [ok, poll] {
                if (ok->isEnabled()) {
                    poll->stop();
                    QTest::mouseClick(ok, Qt::LeftButton);
                }
            });
            poll->start(20);
        }, &ran);
        w.findChild<QAction *>(QStringLiteral("newExportAction"))->trigger();
        QVERIFY(ran);
        QTRY_COMPARE_WITH_TIMEOUT(w.model()->rowCount(), 1, 10000);
        const qint64 id = w.model()->idAt(0);
        QCOMPARE(jobOf(w, id).record.description, QStringLiteral("From the dialog"));
        QCOMPARE(jobOf(w, id).record.request.format, Format::Csv);
        QCOMPARE(jobOf(w, id).record.request.database, m_db);
        QTRY_COMPARE_WITH_TIMEOUT(jobOf(w, id).record.state, JobState::Completed, 30000);
        const JobRecord done = jobOf(w, id).record;
        QCOMPARE(done.rowsDone, qint64(200));
        // It left the queue for the history, where the details show its checksum.
        QTRY_COMPARE(w.queuePanel()->visibleIds(), QList<qint64>());
        QCOMPARE(w.historyPanel()->visibleIds(), QList<qint64>{id});
        w.showJob(id);
        QCOMPARE(w.findChild<QTabWidget *>(QStringLiteral("tabs"))->currentWidget(), w.historyPanel());
        QCOMPARE(w.detailsPane()->jobId(), id);
        const QString details = w.detailsPane()->text();
        QVERIFY2(details.contains(QString::fromLatin1(TestSupport::fileSha256(done.outputPath))), qPrintable(details));
        QVERIFY(details.contains(QStringLiteral("200")));
        // The source database is remembered for the next dialog.
        QCOMPARE(w.settings().lastDatabase, m_db);
    }

    void perJobButtonsCancelAndRetry()
    {
        auto f = open(1);
        QVERIFY(f);
        MainWindow &w = *f->window;
        const QList<qint64> ids = enqueue(w, {bigRequest(), bigRequest()});
        QCOMPARE(ids.size(), 2);
        // The second waits behind the first: its place shows, and Cancel on it cancels it.
        QTRY_COMPARE_WITH_TIMEOUT(jobOf(w, ids.at(0)).record.state, JobState::Running, 10000);
        QTRY_COMPARE(w.model()->data(w.model()->index(w.model()->rowOf(ids.at(1)), JobListModel::Position)).toString(),
                     QStringLiteral("1"));
        clickButton(w.queuePanel(), ids.at(1), JobAction::Cancel);
        QTRY_COMPARE_WITH_TIMEOUT(jobOf(w, ids.at(1)).record.state, JobState::Cancelled, 10000);
        // The running one: Cancel stops it at its next batch.
        clickButton(w.queuePanel(), ids.at(0), JobAction::Cancel);
        QTRY_COMPARE_WITH_TIMEOUT(jobOf(w, ids.at(0)).record.state, JobState::Cancelled, 20000);
        QVERIFY(!QFileInfo::exists(jobOf(w, ids.at(0)).record.outputPath));
        // Both are history now; Retry there puts one back in the queue.
        w.findChild<QTabWidget *>(QStringLiteral("tabs"))->setCurrentWidget(w.historyPanel());
        QTRY_COMPARE(w.historyPanel()->visibleIds().size(), 2);
        clickButton(w.historyPanel(), ids.at(1), JobAction::Retry);
        QTRY_VERIFY_WITH_TIMEOUT(!isFinishedState(jobOf(w, ids.at(1)).record.state), 10000);
        QTRY_VERIFY(w.queuePanel()->visibleIds().contains(ids.at(1)));
        QCOMPARE(jobOf(w, ids.at(0)).record.state, JobState::Cancelled);
    }

    void bulkCancelAsksWithTheCount()
    {
        auto f = open(1);
        QVERIFY(f);
        MainWindow &w = *f->window;
        const QList<qint64> ids = enqueue(w, {bigRequest(), bigRequest(), bigRequest(), bigRequest()});
        QCOMPARE(ids.size(), 4);
        QTRY_COMPARE_WITH_TIMEOUT(w.model()->rowCount(), 4, 10000);
        // Paused, so that none completes while the questions are answered (on a quiet machine
        // the running one did, in the 300 ms after "No"); paused jobs are cancelled too.
        w.client()->pauseAll();
        for (qint64 id : ids)
            QTRY_COMPARE_WITH_TIMEOUT(jobOf(w, id).record.state, JobState::Paused, 10000);
        QAction *cancelAll = w.findChild<QAction *>(QStringLiteral("cancelAllAction"));
        QTRY_VERIFY(cancelAll->isEnabled());

        // "No" changes nothing.
        bool ran = false;
        int asked = -1;
        QString question;
        whenModalShows([&](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            asked = modal->property("jobCount").toInt();
            question = box ? box->text() : QString();
            if (box)
                box->button(QMessageBox::No)->click();
        }, &ran);
        cancelAll->trigger();
        QVERIFY(ran);
        QCOMPARE(asked, 4);
        QVERIFY2(question.contains(QStringLiteral("4")), qPrintable(question));
        QTest::qWait(300);
        for (qint64 id : ids)
            QVERIFY(!isFinishedState(jobOf(w, id).record.state));

        // "Yes" cancels exactly those four.
        whenModalShows([](QWidget *modal) {
            if (auto *box = qobject_cast<QMessageBox *>(modal))
                box->button(QMessageBox::Yes)->click();
        }, &ran);
        cancelAll->trigger();
        QVERIFY(ran);
        for (qint64 id : ids)
            QTRY_COMPARE_WITH_TIMEOUT(jobOf(w, id).record.state, JobState::Cancelled, 20000);
        QTRY_VERIFY(!cancelAll->isEnabled());
        // The window says how many.
        QTRY_VERIFY(w.findChild<QLabel *>(QStringLiteral("notice"))->text().contains(QStringLiteral("4")));
    }

    void headerShowsTheQueue()
    {
        auto f = open(1);
        QVERIFY(f);
        MainWindow &w = *f->window;
        StatusIndicator *header = w.statusIndicator();
        QCOMPARE(header->summary(), QStringLiteral("Export queue: idle"));
        const QList<qint64> ids = enqueue(w, {bigRequest(), bigRequest(), bigRequest()});
        QTRY_VERIFY_WITH_TIMEOUT(header->summary().startsWith(QStringLiteral("Export queue: 1 running, 2 waiting")), 10000);
        QCOMPARE(header->counts().running, 1);
        QCOMPARE(header->counts().waiting, 2);
        QVERIFY(header->counts().percent >= 0);
        QCOMPARE(header->accessibleName(), header->summary());
        // Clicking it shows the queue.
        w.findChild<QTabWidget *>(QStringLiteral("tabs"))->setCurrentWidget(w.historyPanel());
        QTest::mouseClick(header, Qt::LeftButton);
        QCOMPARE(w.findChild<QTabWidget *>(QStringLiteral("tabs"))->currentWidget(), w.queuePanel());
        w.client()->cancelAll(ids);
        QTRY_COMPARE_WITH_TIMEOUT(header->summary(), QStringLiteral("Export queue: idle"), 20000);
    }

    // The header's percentage is the running rows' sum, at the same model change that updates
    // the rows (no later recount), and never 100% while a running job's row is below it.
    void headerProgressIsTheRunningRowsSum()
    {
        const auto job = [](qint64 id, JobState state, qint64 done, qint64 total) {
            JobSnapshot s;
            s.record.id = id;
            s.record.state = state;
            s.record.position = id;
            s.record.rowsDone = done;
            s.record.rowsTotal = total;
            return s;
        };
        JobListModel model;
        model.setJobs({job(1, JobState::Running, 200000, 200000), job(2, JobState::Pending, 0, 0),
                       job(3, JobState::Pending, 0, 0), job(4, JobState::Pending, 0, 0),
                       job(5, JobState::Completed, 900, 900)});
        StatusIndicator header(&model);
        QCOMPARE(header.counts().percent, 100);
        QCOMPARE(header.summary(), QStringLiteral("Export queue: 1 running, 3 waiting — 100%"));

        // Job 1 finishes as job 2 starts: the header follows in the same update.
        model.onJobsUpdated({job(1, JobState::Completed, 200000, 200000),
                             job(2, JobState::Running, 1000, 100000)});
        QCOMPARE(model.snapshotAt(model.rowOf(2)).percent(), 1);
        QCOMPARE(header.counts().percent, 1);
        QCOMPARE(header.counts().running, 1);
        QCOMPARE(header.counts().waiting, 2);
        QCOMPARE(header.counts().completed, 2);
        QCOMPARE(header.summary(), QStringLiteral("Export queue: 1 running, 2 waiting — 1%"));

        // Progress steps: exactly the row's percentage each time, never a step behind.
        for (qint64 done : {6300, 56000, 63000, 99999}) {
            model.onJobsUpdated({job(2, JobState::Running, done, 100000)});
            QCOMPARE(header.counts().percent, model.snapshotAt(model.rowOf(2)).percent());
        }

        // Two running: rows done over rows in total of both (finished jobs do not count).
        model.onJobsUpdated({job(2, JobState::Running, 650, 1000), job(3, JobState::Running, 10, 1000)});
        QCOMPARE(header.counts().percent, 33);
        // A running job whose total is not known yet (0%) next to a full one: below 100%.
        model.onJobsUpdated({job(2, JobState::Running, 1000, 1000), job(3, JobState::Running, 0, 0)});
        QCOMPARE(header.counts().percent, 99);
        // Paused jobs are not running; removed jobs leave the sums.
        model.onJobsUpdated({job(3, JobState::Paused, 0, 0)});
        QCOMPARE(header.counts().percent, 100);
        QCOMPARE(header.counts().paused, 1);
        model.onJobsRemoved({2});
        QCOMPARE(header.counts().running, 0);
        QCOMPARE(header.counts().percent, -1);
        QCOMPARE(header.summary(), QStringLiteral("Export queue: 1 waiting, 1 paused"));
        model.onJobsAdded({job(9, JobState::Running, 5, 10), job(10, JobState::Failed, 0, 0)});
        QCOMPARE(header.counts().percent, 50);
        QCOMPARE(header.counts().failed, 1);
    }

    // English means day before month and 24 hours (not the American "12/4/26 10:30 AM"), and
    // every language writes dates in the same style.
    void datesAreTheSameStyleInEveryLanguage()
    {
        const auto guard = qScopeGuard([] {
            installLanguage(QString());
            QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        });
        JobSnapshot s;
        s.record.id = 1;
        s.record.state = JobState::Completed;
        s.record.createdAt = QDateTime(QDate(2026, 12, 4), QTime(10, 30, 9)).toUTC();
        s.record.finishedAt = QDateTime(QDate(2026, 3, 1), QTime(14, 5)).toUTC();
        JobListModel model;
        model.setJobs({s});
        DetailsPane details;
        const auto cell = [&model](int column) {
            return model.index(0, column).data().toString();
        };

        QVERIFY(installLanguage(QStringLiteral("en")));
        QCOMPARE(QLocale().language(), QLocale::English);
        QCOMPARE(QLocale().territory(), QLocale::UnitedKingdom);
        QCOMPARE(cell(JobListModel::Created), QStringLiteral("4 Dec 2026 10:30"));
        QCOMPARE(cell(JobListModel::Finished), QStringLiteral("1 Mar 2026 14:05"));
        QCOMPARE(QLocale().toString(1234567.5, 'f', 1), QStringLiteral("1,234,567.5"));
        details.showJob(model.snapshotAt(0));
        QVERIFY2(details.text().contains(QStringLiteral("4 Dec 2026 10:30:09")), qPrintable(details.text()));

        QVERIFY(installLanguage(QStringLiteral("nl")));
        QCOMPARE(cell(JobListModel::Created), QStringLiteral("4 dec. 2026 10:30"));
        QCOMPARE(cell(JobListModel::Finished), QStringLiteral("1 mrt. 2026 14:05"));
        details.showJob(model.snapshotAt(0));
        QVERIFY2(details.text().contains(QStringLiteral("4 dec. 2026 10:30:09")), qPrintable(details.text()));
    }

    // xdg-open that finds no file manager exits non-zero (QDesktopServices would still report
    // success): the window says so, names the folder and offers to copy its path.
    void openFolderFailureIsToldWithThePath()
    {
        QTemporaryDir bin;
        QVERIFY(bin.isValid());
        QFile script(bin.filePath(QStringLiteral("xdg-open")));
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\necho 'xdg-open: no method available' >&2\nexit 3\n");
        script.close();
        QVERIFY(script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", QFile::encodeName(bin.path()) + ':' + path);
        const auto restore = qScopeGuard([path] { qputenv("PATH", path); });

        auto f = open();
        QVERIFY(f);
        MainWindow &w = *f->window;
        ExportRequest r;
        r.database = m_db;
        r.format = Format::Csv;
        const QList<qint64> ids = enqueue(w, {r});
        QCOMPARE(ids.size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(jobOf(w, ids.at(0)).record.state, JobState::Completed, 20000);
        const QString folder =
            QDir::toNativeSeparators(QFileInfo(jobOf(w, ids.at(0)).record.outputPath).absolutePath());

        w.historyPanel()->trigger(JobAction::OpenFolder, ids.at(0));
        auto *notice = w.findChild<QLabel *>(QStringLiteral("notice"));
        auto *links = w.findChild<QLabel *>(QStringLiteral("noticeLinks"));
        QVERIFY(notice && links);
        QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible()
                                     && notice->accessibleName().contains(folder),
                                 10000);
        QVERIFY2(notice->accessibleName().startsWith(QStringLiteral("Could not open the folder ")),
                 qPrintable(notice->accessibleName()));
        QVERIFY2(notice->accessibleName().contains(QStringLiteral("no method available")),
                 qPrintable(notice->accessibleName()));
        QVERIFY(links->isVisible());
        QVERIFY2(links->text().contains(QStringLiteral("Copy path")), qPrintable(links->text()));
        QGuiApplication::clipboard()->clear();
        emit links->linkActivated(QStringLiteral("copy"));
        QCOMPARE(QGuiApplication::clipboard()->text(), folder);
        QVERIFY(links->text().contains(QStringLiteral("Copied")));
    }

    void switchingTheLanguageRetranslatesTheWindow()
    {
        auto f = open();
        QVERIFY(f);
        MainWindow &w = *f->window;
        QMenu *fileMenu = w.menuBar()->actions().at(0)->menu();
        QCOMPARE(fileMenu->title(), QStringLiteral("&File"));
        AppSettings dutch = w.settings();
        dutch.language = QStringLiteral("nl");
        w.applySettings(dutch);
        QCOMPARE(installedLanguage(), QStringLiteral("nl"));
        // Every visible text follows (widgets get the language change as a posted event), from
        // the translation that ships with the program.
        QTRY_COMPARE(fileMenu->title(), QStringLiteral("&Bestand"));
        QTRY_COMPARE(w.statusIndicator()->summary(), QStringLiteral("Exportwachtrij: niets te doen"));
        QCOMPARE(w.model()->headerData(JobListModel::State, Qt::Horizontal).toString(), QStringLiteral("Status"));
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("nl"));
        AppSettings english = w.settings();
        english.language = QStringLiteral("en");
        w.applySettings(english);
        QTRY_COMPARE(fileMenu->title(), QStringLiteral("&File"));
        QTRY_COMPARE(w.statusIndicator()->summary(), QStringLiteral("Export queue: idle"));
    }

    void closingWithoutATrayStopsTheQueueGracefully()
    {
        auto f = open(1);
        QVERIFY(f);
        MainWindow &w = *f->window;
        const QList<qint64> ids = enqueue(w, {bigRequest()});
        QTRY_VERIFY_WITH_TIMEOUT(jobOf(w, ids.at(0)).record.rowsDone > 0, 20000);
        QVERIFY(!w.notifier()->hasTray()); // offscreen: no tray, so closing quits
        w.close();
        QTRY_VERIFY_WITH_TIMEOUT(!f->client->isOpen(), 10000);
        QVERIFY(!w.isVisible());
        // The running job keeps its place and checkpoint for the next start.
        const auto stored = TestSupport::storedJob(f->data.path(), ids.at(0));
        QVERIFY(stored);
        QCOMPARE(jobStateName(stored->state), QStringLiteral("pending"));
        QVERIFY(stored->rowsDone > 0);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
