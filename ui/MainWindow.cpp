#include "MainWindow.h"

#include "DetailsPane.h"
#include "JobFilterProxy.h"
#include "JobListModel.h"
#include "JobPanel.h"
#include "JobView.h"
#include "Language.h"
#include "NewExportDialog.h"
#include "NoticeBar.h"
#include "QueueClient.h"
#include "SettingsDialog.h"
#include "StatusIndicator.h"
#include "TrayNotifier.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace defex {

MainWindow::MainWindow(QueueClient *client, const Options &options, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_options(options)
    , m_settings(AppSettings::load())
    , m_model(new JobListModel(this))
{
    // A database named on the command line wins over the one used last time.
    if (!options.defaultDatabase.isEmpty())
        m_settings.lastDatabase = options.defaultDatabase;
    setObjectName(QStringLiteral("mainWindow"));
    connect(client, &QueueClient::opened, this, &MainWindow::onOpened);
    connect(client, &QueueClient::jobsAdded, m_model, &JobListModel::onJobsAdded);
    connect(client, &QueueClient::jobsUpdated, m_model, &JobListModel::onJobsUpdated);
    connect(client, &QueueClient::jobsFinished, m_model, &JobListModel::onJobsUpdated);
    connect(client, &QueueClient::jobsRemoved, m_model, &JobListModel::onJobsRemoved);
    connect(client, &QueueClient::jobsFinished, this, &MainWindow::onJobsFinished);
    connect(client, &QueueClient::commandFailed, this, [this](const QString &message) {
        showNotice(message);
    });
    connect(client, &QueueClient::bulkDone, this, [this](QueueClient::Bulk action, int n) {
        const QLocale locale;
        switch (action) {
        case QueueClient::Bulk::CancelAll:
            showNotice(tr("Cancelled %n export(s).", nullptr, n));
            break;
        case QueueClient::Bulk::RetryFailed:
            showNotice(tr("Queued %n failed export(s) again.", nullptr, n));
            break;
        case QueueClient::Bulk::RemoveFinished:
            showNotice(tr("Removed %n finished export(s) from the list.", nullptr, n));
            break;
        }
    });

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);

    auto *header = new QHBoxLayout;
    m_indicator = new StatusIndicator(m_model, central);
    m_indicator->setObjectName(QStringLiteral("statusIndicator"));
    header->addWidget(m_indicator, 1);
    layout->addLayout(header);

    // The notice shares the header's row: showing or hiding it never moves the job lists under
    // the user's mouse (a list that jumps makes a click hit the wrong job).
    m_notice = new NoticeBar(central);
    m_notice->setObjectName(QStringLiteral("noticeBar"));
    m_notice->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_notice->setVisible(false);
    connect(m_notice, &NoticeBar::jobRequested, this, &MainWindow::showJob);
    header->addWidget(m_notice, 2);
    {
        // Hidden, it keeps its place.
        QSizePolicy keep = m_notice->sizePolicy();
        keep.setRetainSizeWhenHidden(true);
        m_notice->setSizePolicy(keep);
    }

    m_splitter = new QSplitter(Qt::Horizontal, central);
    m_splitter->setObjectName(QStringLiteral("splitter"));
    m_tabs = new QTabWidget(m_splitter);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_queuePanel = new JobPanel(JobPanel::Kind::Queue, m_model, client, m_tabs);
    m_queuePanel->setObjectName(QStringLiteral("queuePanel"));
    m_historyPanel = new JobPanel(JobPanel::Kind::History, m_model, client, m_tabs);
    m_historyPanel->setObjectName(QStringLiteral("historyPanel"));
    m_tabs->addTab(m_queuePanel, QString());
    m_tabs->addTab(m_historyPanel, QString());
    m_details = new DetailsPane(m_splitter);
    m_details->setObjectName(QStringLiteral("detailsPane"));
    m_splitter->addWidget(m_tabs);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    connect(m_indicator, &QAbstractButton::clicked, this, [this] {
        const StatusIndicator::Counts c = m_indicator->counts();
        // Failures only: the history filtered to them; otherwise the queue.
        if (c.failed > 0 && c.running == 0 && c.waiting == 0 && c.paused == 0) {
            m_tabs->setCurrentWidget(m_historyPanel);
            m_historyPanel->setStateFilter(int(JobState::Failed));
            m_historyPanel->view()->setFocus();
        } else {
            m_tabs->setCurrentWidget(m_queuePanel);
            m_queuePanel->view()->setFocus();
        }
    });
    connect(m_indicator, &StatusIndicator::countsChanged, this, &MainWindow::updateStatus);

    for (JobPanel *panel : {m_queuePanel, m_historyPanel}) {
        connect(panel, &JobPanel::currentJobChanged, this, [this, panel](qint64 id) {
            if (m_tabs->currentWidget() != panel)
                return;
            const int row = m_model->rowOf(id);
            m_details->showJob(row >= 0 ? m_model->snapshotAt(row) : JobSnapshot());
            updateActions();
        });
        connect(panel, &JobPanel::selectionChanged, this, &MainWindow::updateActions);
        connect(panel, &JobPanel::detailsRequested, this, [this](qint64 id) {
            showJob(id);
            m_details->setFocus(Qt::OtherFocusReason);
        });
        connect(panel, &JobPanel::notice, this, [this](const QString &text) { showNotice(text); });
        connect(panel, &JobPanel::folderNotOpened, this,
                [this](const QString &folder, const QString &reason) {
                    const QString where = QDir::toNativeSeparators(folder);
                    const QString text = reason.isEmpty()
                        ? tr("Could not open the folder %1.").arg(where)
                        : tr("Could not open the folder %1 (%2).").arg(where, reason);
                    showNotice(text, 0,
                               text + QLatin1Char('\n')
                                   + tr("Copy the path and open it in a file manager or a terminal."),
                               where);
                });
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        auto *panel = qobject_cast<JobPanel *>(m_tabs->currentWidget());
        const qint64 id = panel ? panel->currentId() : 0;
        const int row = m_model->rowOf(id);
        m_details->showJob(row >= 0 ? m_model->snapshotAt(row) : JobSnapshot());
        updateActions();
    });
    // The details follow their job's updates.
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const int row = m_model->rowOf(m_details->jobId());
                if (row < topLeft.row() || row > bottomRight.row())
                    return;
                const JobSnapshot job = m_model->snapshotAt(row);
                // A change of places only matters to a waiting job (its "Place in the queue").
                if (topLeft.column() == JobListModel::Position && bottomRight.column() == JobListModel::Position
                    && job.record.state != JobState::Pending)
                    return;
                m_details->showJob(job);
                updateActions();
            });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this] {
        if (m_details->jobId() != 0 && m_model->rowOf(m_details->jobId()) < 0)
            m_details->showJob({});
    });
    connect(m_details, &DetailsPane::pinRequested, client, &QueueClient::setPinned);

    createActions();
    createMenus();
    m_notifier = new TrayNotifier(this);
    m_notifier->setNotificationsEnabled(m_settings.notifications);
    statusBar();
    retranslate();
    restoreLayout();
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    auto make = [this](const QString &name, const QKeySequence &key, auto slot) {
        auto *a = new QAction(this);
        a->setObjectName(name);
        if (!key.isEmpty())
            a->setShortcut(key);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_newExportAction = make(QStringLiteral("newExportAction"), QKeySequence::New, &MainWindow::newExport);
    m_newExportAction->setIcon(style()->standardIcon(QStyle::SP_FileDialogNewFolder));
    // Not every platform theme defines Preferences; Ctrl+, is what most programs use.
    const QKeySequence preferences = QKeySequence::keyBindings(QKeySequence::Preferences).value(
        0, QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction = make(QStringLiteral("settingsAction"), preferences, &MainWindow::openSettings);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_quitAction = make(QStringLiteral("quitAction"), QKeySequence::Quit, &MainWindow::quitApplication);
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_pauseAllAction = make(QStringLiteral("pauseAllAction"), QKeySequence(), [this] { m_client->pauseAll(); });
    m_pauseAllAction->setIcon(style()->standardIcon(QStyle::SP_MediaPause));
    m_resumeAllAction = make(QStringLiteral("resumeAllAction"), QKeySequence(), [this] { m_client->resumeAll(); });
    m_resumeAllAction->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_cancelAllAction = make(QStringLiteral("cancelAllAction"), QKeySequence(), &MainWindow::cancelAll);
    m_cancelAllAction->setIcon(style()->standardIcon(QStyle::SP_BrowserStop));
    m_retryFailedAction = make(QStringLiteral("retryFailedAction"), QKeySequence(), &MainWindow::retryAllFailed);
    m_retryFailedAction->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_removeFinishedAction = make(QStringLiteral("removeFinishedAction"), QKeySequence(), &MainWindow::removeAllFinished);
    m_removeFinishedAction->setIcon(style()->standardIcon(QStyle::SP_DialogResetButton));
    m_aboutAction = make(QStringLiteral("aboutAction"), QKeySequence(), [this] {
        QMessageBox::about(this, tr("About definitie-export"),
                           tr("<p><b>definitie-export %1</b></p><p>Exports definitie-app databases "
                              "to CSV, Excel, JSON and text in a background queue that survives "
                              "quitting and crashes.</p>")
                               .arg(QCoreApplication::applicationVersion().toHtmlEscaped()));
    });
    m_aboutAction->setMenuRole(QAction::AboutRole);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newExportAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_settingsAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_jobMenu = menuBar()->addMenu(QString());
    // The selected jobs' actions, built when the menu opens so they fit the jobs' states; the
    // same actions as the per-job buttons, reachable by keyboard.
    connect(m_jobMenu, &QMenu::aboutToShow, this, &MainWindow::fillJobMenu);

    m_queueMenu = menuBar()->addMenu(QString());
    m_queueMenu->addAction(m_pauseAllAction);
    m_queueMenu->addAction(m_resumeAllAction);
    m_queueMenu->addSeparator();
    m_queueMenu->addAction(m_cancelAllAction);
    m_queueMenu->addAction(m_retryFailedAction);
    m_queueMenu->addAction(m_removeFinishedAction);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(m_newExportAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_pauseAllAction);
    m_toolBar->addAction(m_resumeAllAction);
    m_toolBar->addAction(m_cancelAllAction);
    m_toolBar->addAction(m_retryFailedAction);
    m_toolBar->addAction(m_removeFinishedAction);
}

void MainWindow::fillJobMenu()
{
    m_jobMenu->clear();
    auto *panel = qobject_cast<JobPanel *>(m_tabs->currentWidget());
    const QList<qint64> ids = panel ? panel->selectedIds() : QList<qint64>();
    if (ids.isEmpty()) {
        m_jobMenu->addAction(tr("No job selected"))->setEnabled(false);
        return;
    }
    // Offer what applies to the current job; act on every selected job it applies to.
    const int row = m_model->rowOf(panel->currentId() ? panel->currentId() : ids.constFirst());
    if (row < 0)
        return;
    const JobRecord current = m_model->snapshotAt(row).record;
    const bool exists = !current.outputPath.isEmpty() && QFileInfo::exists(current.outputPath);
    for (JobAction action : availableActions(current, exists)) {
        QAction *a = m_jobMenu->addAction(jobActionText(action));
        a->setToolTip(jobActionToolTip(action));
        const bool single = action == JobAction::SaveAs || action == JobAction::OpenFolder;
        connect(a, &QAction::triggered, panel, [panel, action, ids, single, id = current.id] {
            if (single) {
                panel->trigger(action, id);
                return;
            }
            for (qint64 each : ids)
                panel->trigger(action, each);
        });
    }
    if (panel == m_queuePanel && current.state == JobState::Pending) {
        m_jobMenu->addSeparator();
        const struct { JobStore::Move where; QString text; QKeySequence key; } moves[] = {
            {JobStore::Move::Top, tr("Move to &top"), QKeySequence(Qt::CTRL | Qt::Key_Home)},
            {JobStore::Move::Up, tr("Move &up"), QKeySequence(Qt::CTRL | Qt::Key_Up)},
            {JobStore::Move::Down, tr("Move &down"), QKeySequence(Qt::CTRL | Qt::Key_Down)},
            {JobStore::Move::Bottom, tr("Move to &bottom"), QKeySequence(Qt::CTRL | Qt::Key_End)},
        };
        for (const auto &m : moves) {
            QAction *a = m_jobMenu->addAction(m.text);
            a->setShortcut(m.key);
            connect(a, &QAction::triggered, panel, [panel, where = m.where] { panel->moveSelected(where); });
        }
    }
    m_jobMenu->addSeparator();
    QAction *pin = m_jobMenu->addAction(tr("&Keep (never clean up)"));
    pin->setCheckable(true);
    pin->setChecked(current.pinned);
    connect(pin, &QAction::toggled, this, [this, id = current.id](bool on) { m_client->setPinned(id, on); });
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("definitie-export"));
    m_fileMenu->setTitle(tr("&File"));
    m_jobMenu->setTitle(tr("&Job"));
    m_queueMenu->setTitle(tr("&Queue"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Toolbar"));
    m_newExportAction->setText(tr("&New export…"));
    m_newExportAction->setToolTip(tr("Queue a new export of a definitie-app database"));
    m_settingsAction->setText(tr("&Settings…"));
    m_quitAction->setText(tr("&Quit"));
    m_pauseAllAction->setText(tr("&Pause all"));
    m_pauseAllAction->setToolTip(tr("Pause every running and waiting export"));
    m_resumeAllAction->setText(tr("&Resume all"));
    m_resumeAllAction->setToolTip(tr("Resume every paused export"));
    m_cancelAllAction->setText(tr("&Cancel all…"));
    m_cancelAllAction->setToolTip(tr("Cancel every waiting, running and paused export"));
    m_retryFailedAction->setText(tr("Retry &failed…"));
    m_retryFailedAction->setToolTip(tr("Queue every failed export again"));
    m_removeFinishedAction->setText(tr("Remove &finished…"));
    m_removeFinishedAction->setToolTip(tr("Remove every finished export from the list (the files stay)"));
    m_aboutAction->setText(tr("&About definitie-export"));
    m_tabs->setTabText(m_tabs->indexOf(m_queuePanel), tr("&Queue"));
    m_tabs->setTabText(m_tabs->indexOf(m_historyPanel), tr("&History"));
    m_tabs->setAccessibleName(tr("Export lists"));
    m_model->retranslate();
    m_queuePanel->retranslate();
    m_historyPanel->retranslate();
    m_details->retranslate();
    if (m_notifier)
        m_notifier->retranslate();
    updateStatus();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_fileMenu)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::onOpened(bool ok, const QString &error, const QList<JobSnapshot> &jobs)
{
    if (!ok) {
        QMessageBox box(QMessageBox::Critical, tr("definitie-export"),
                        tr("The export queue could not be opened."), QMessageBox::Ok, this);
        box.setObjectName(QStringLiteral("openFailed"));
        box.setInformativeText(error);
        box.exec();
        emit queueOpened(false);
        return;
    }
    m_model->setJobs(jobs);
    m_indicator->refresh();
    updateActions();
    statusBar()->showMessage(tr("Exports are saved in %1").arg(QDir::toNativeSeparators(m_client->exportDirectory())));
    emit queueOpened(true);
}

void MainWindow::onJobsFinished(const QList<JobSnapshot> &jobs)
{
    if (m_notifier)
        m_notifier->jobsFinished(jobs);
}

void MainWindow::updateStatus()
{
    const StatusIndicator::Counts c = m_indicator->counts();
    if (m_notifier)
        m_notifier->setStatus(c.running, c.waiting, c.failed, c.percent);
    updateActions();
}

void MainWindow::updateActions()
{
    const StatusIndicator::Counts c = m_indicator->counts();
    m_cancelAllAction->setEnabled(c.running + c.waiting + c.paused > 0);
    m_retryFailedAction->setEnabled(c.failed > 0);
    m_pauseAllAction->setEnabled(c.running + c.waiting > 0);
    m_resumeAllAction->setEnabled(c.paused > 0);
    // From the header's counts: a scan of 10,000 rows on every progress step would not be.
    m_removeFinishedAction->setEnabled(c.completed + c.failed + c.cancelled > 0);
}

void MainWindow::showJob(qint64 id)
{
    if (isHidden() || isMinimized())
        showNormal();
    raise();
    activateWindow();
    if (m_queuePanel->selectJob(id)) {
        m_tabs->setCurrentWidget(m_queuePanel);
        m_queuePanel->view()->setFocus();
    } else {
        m_historyPanel->setStateFilter(-1);
        m_historyPanel->setSearchText(QString());
        if (m_historyPanel->selectJob(id)) {
            m_tabs->setCurrentWidget(m_historyPanel);
            m_historyPanel->view()->setFocus();
        }
    }
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_details->showJob(m_model->snapshotAt(row));
}

void MainWindow::showNotice(const QString &text, qint64 jobId, const QString &details,
                            const QString &copyText)
{
    // One line in the header (the full text is in the tooltip and the status bar).
    const QString line = text.section(QLatin1Char('\n'), 0, 0);
    m_notice->showNotice(line, details.isEmpty() ? text : details, jobId, copyText);
    statusBar()->showMessage(line, 10000);
}

QList<qint64> idsInStates(const JobListModel *model, std::initializer_list<JobState> states)
{
    QList<qint64> ids;
    for (int row = 0, n = model->rowCount(); row < n; ++row) {
        const QModelIndex index = model->index(row, 0);
        const JobState s = JobState(index.data(JobListModel::StateRole).toInt());
        if (std::find(states.begin(), states.end(), s) != states.end())
            ids << index.data(JobListModel::IdRole).toLongLong();
    }
    return ids;
}

bool MainWindow::confirmBulk(const QString &question, int count)
{
    QMessageBox box(QMessageBox::Question, tr("definitie-export"), question,
                    QMessageBox::Yes | QMessageBox::No, this);
    box.setObjectName(QStringLiteral("bulkConfirmation"));
    box.setProperty("jobCount", count);
    box.setDefaultButton(QMessageBox::No);
    return box.exec() == QMessageBox::Yes;
}

void MainWindow::cancelAll()
{
    const QList<qint64> ids = idsInStates(m_model, {JobState::Pending, JobState::Running, JobState::Paused});
    if (ids.isEmpty())
        return;
    if (confirmBulk(tr("Cancel %n export(s)? Their partial files are deleted.", nullptr, int(ids.size())), int(ids.size())))
        m_client->cancelAll(ids);
}

void MainWindow::retryAllFailed()
{
    const QList<qint64> ids = idsInStates(m_model, {JobState::Failed});
    if (ids.isEmpty())
        return;
    if (confirmBulk(tr("Queue %n failed export(s) again?", nullptr, int(ids.size())), int(ids.size())))
        m_client->retryFailed(ids);
}

void MainWindow::removeAllFinished()
{
    const QList<qint64> ids = idsInStates(m_model, {JobState::Completed, JobState::Failed, JobState::Cancelled});
    if (ids.isEmpty())
        return;
    if (confirmBulk(tr("Remove %n finished export(s) from the list? The exported files stay where they are.",
                       nullptr, int(ids.size())),
                    int(ids.size())))
        m_client->removeFinished(ids);
}

void MainWindow::newExport()
{
    NewExportDialog dialog(m_settings, m_options.defaultDatabase, this);
    dialog.setObjectName(QStringLiteral("newExportDialog"));
    dialog.setQueueExportDirectory(m_client->exportDirectory());
    // Files that unfinished jobs will write: a new job in the same folder gets another name.
    QStringList reserved;
    for (int row = 0, n = m_model->rowCount(); row < n; ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (!isFinishedState(JobState(index.data(JobListModel::StateRole).toInt())))
            reserved << index.data(JobListModel::OutputRole).toString();
    }
    dialog.setReservedOutputs(reserved);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_settings.lastDatabase = dialog.database();
    m_settings.save();
    m_client->enqueue({dialog.request()}, {dialog.description()});
    m_tabs->setCurrentWidget(m_queuePanel);
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_settings, this);
    dialog.setObjectName(QStringLiteral("settingsDialog"));
    if (dialog.exec() == QDialog::Accepted)
        applySettings(dialog.settings());
}

void MainWindow::applySettings(const AppSettings &settings)
{
    const bool languageChanged = settings.language != m_settings.language;
    const bool folderChanged = settings.exportDirectory != m_settings.exportDirectory;
    m_settings = settings;
    m_settings.save();
    m_client->setMaxConcurrent(settings.maxConcurrent);
    m_client->setRetentionDays(settings.retentionDays);
    if (folderChanged && !settings.exportDirectory.isEmpty())
        m_client->setExportDirectory(settings.exportDirectory);
    m_notifier->setNotificationsEnabled(settings.notifications);
    if (languageChanged)
        installLanguage(settings.language); // widgets retranslate on QEvent::LanguageChange
}

void MainWindow::quitApplication()
{
    if (m_quitting)
        return;
    m_quitting = true;
    saveLayout();
    statusBar()->showMessage(tr("Stopping the running exports; they continue at the next start…"));
    // Running jobs suspend at their next batch and keep their checkpoint.
    m_client->shutdown(3000);
    close();
    QCoreApplication::quit();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_quitting && m_notifier && m_notifier->hasTray()) {
        // The queue keeps running in the tray; the first time, say so.
        saveLayout();
        hide();
        if (!m_toldAboutTray) {
            m_toldAboutTray = true;
            m_notifier->tellHiddenToTray();
        }
        event->ignore();
        return;
    }
    if (!m_quitting) {
        event->ignore();
        QTimer::singleShot(0, this, &MainWindow::quitApplication);
        return;
    }
    event->accept();
}

void MainWindow::restoreLayout()
{
    const QByteArray geometry = AppSettings::value(QStringLiteral("geometry"));
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        // First start: most of the screen, so every column and button is in sight.
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
        resize(qMin(available.width() * 9 / 10, fontMetrics().averageCharWidth() * 240),
               qMin(available.height() * 85 / 100, fontMetrics().height() * 48));
    }
    restoreState(AppSettings::value(QStringLiteral("state")));
    if (!m_splitter->restoreState(AppSettings::value(QStringLiteral("splitter"))))
        m_splitter->setSizes({width() * 3 / 4, width() / 4});
    m_queuePanel->view()->header()->restoreState(AppSettings::value(QStringLiteral("queueHeader")));
    m_historyPanel->view()->header()->restoreState(AppSettings::value(QStringLiteral("historyHeader")));
}

void MainWindow::saveLayout()
{
    AppSettings::setValue(QStringLiteral("geometry"), saveGeometry());
    AppSettings::setValue(QStringLiteral("state"), saveState());
    AppSettings::setValue(QStringLiteral("splitter"), m_splitter->saveState());
    AppSettings::setValue(QStringLiteral("queueHeader"), m_queuePanel->view()->header()->saveState());
    AppSettings::setValue(QStringLiteral("historyHeader"), m_historyPanel->view()->header()->saveState());
}

} // namespace defex
