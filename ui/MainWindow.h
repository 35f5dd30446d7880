#pragma once

// The desktop window: a header with the queue's status, the queue panel (waiting, running and
// paused jobs), the history (finished jobs) with a details pane, menus and a toolbar. All actions
// go through the QueueClient; the window never touches the job store or export work itself.

#include "AppSettings.h"
#include "JobSnapshot.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QMenu;
class QToolBar;
class QLabel;
class QSplitter;
class QTabWidget;

namespace defex {

class DetailsPane;
class JobListModel;
class JobPanel;
class NoticeBar;
class QueueClient;
class StatusIndicator;
class TrayNotifier;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    struct Options
    {
        QString defaultDatabase;   // the new-export dialog's source when none was used before
    };

    MainWindow(QueueClient *client, const Options &options, QWidget *parent = nullptr);
    ~MainWindow() override;

    QueueClient *client() const { return m_client; }
    JobListModel *model() const { return m_model; }
    JobPanel *queuePanel() const { return m_queuePanel; }
    JobPanel *historyPanel() const { return m_historyPanel; }
    DetailsPane *detailsPane() const { return m_details; }
    StatusIndicator *statusIndicator() const { return m_indicator; }
    TrayNotifier *notifier() const { return m_notifier; }
    AppSettings &settings() { return m_settings; }
    const Options &options() const { return m_options; }

    // Brings the window forward with this job selected in whichever panel shows it.
    void showJob(qint64 id);
    // Shows a short notice inside the window (also what the tray would say when there is none):
    // its first line, elided; `details` (default: `text`) in full in the tooltip; a "Show" link
    // for `jobId` and a "Copy path" link for `copyText`.
    void showNotice(const QString &text, qint64 jobId = 0, const QString &details = {},
                    const QString &copyText = {});
    NoticeBar *noticeBar() const { return m_notice; }

    // Opens the new-export dialog; queues its job when accepted.
    void newExport();
    void openSettings();
    // Applies changed settings to the queue, the notifier and the language.
    void applySettings(const AppSettings &settings);
    // Quits the program after the queue stopped gracefully (running jobs keep their checkpoint).
    void quitApplication();

    // Bulk actions: ask for confirmation naming how many jobs, then act on exactly those.
    void cancelAll();
    void retryAllFailed();
    void removeAllFinished();

signals:
    void queueOpened(bool ok);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void fillJobMenu();
    void retranslate();
    void onOpened(bool ok, const QString &error, const QList<defex::JobSnapshot> &jobs);
    void onJobsFinished(const QList<defex::JobSnapshot> &jobs);
    void updateActions();
    void updateStatus();
    void restoreLayout();
    void saveLayout();
    bool confirmBulk(const QString &question, int count);

    QueueClient *m_client;
    Options m_options;
    AppSettings m_settings;
    JobListModel *m_model;
    StatusIndicator *m_indicator = nullptr;
    QTabWidget *m_tabs = nullptr;
    JobPanel *m_queuePanel = nullptr;
    JobPanel *m_historyPanel = nullptr;
    DetailsPane *m_details = nullptr;
    QSplitter *m_splitter = nullptr;
    NoticeBar *m_notice = nullptr;
    TrayNotifier *m_notifier = nullptr;
    bool m_quitting = false;
    bool m_toldAboutTray = false;

    QMenu *m_fileMenu = nullptr, *m_jobMenu = nullptr, *m_queueMenu = nullptr, *m_helpMenu = nullptr;
    QAction *m_newExportAction = nullptr, *m_settingsAction = nullptr, *m_quitAction = nullptr;
    QAction *m_cancelAllAction = nullptr, *m_retryFailedAction = nullptr,
            *m_removeFinishedAction = nullptr, *m_pauseAllAction = nullptr,
            *m_resumeAllAction = nullptr, *m_aboutAction = nullptr;
    QToolBar *m_toolBar = nullptr;
};

} // namespace defex
