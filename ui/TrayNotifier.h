#pragma once

// Tells the user about finished jobs: a system-tray icon where a tray exists (tooltip with the
// active count; menu: show window, pause all, resume all, quit) and its notifications on
// completion (name, rows, file) or failure — clicking one reveals the file or the job. Without a
// tray the window's own notice bar says it (MainWindow::showNotice).

#include "JobSnapshot.h"

#include <QHash>
#include <QObject>

class QSystemTrayIcon;
class QMenu;
class QAction;
class QTimer;

namespace defex {

class DesktopNotifications;
class MainWindow;

class TrayNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayNotifier)

public:
    explicit TrayNotifier(MainWindow *window);
    ~TrayNotifier() override;

    bool hasTray() const; // a tray icon is shown
    void setNotificationsEnabled(bool on); // off: no tray messages, no in-window notices
    bool notificationsEnabled() const { return m_enabled; }

    // From MainWindow: jobs that reached completed / failed / cancelled. Jobs that finish within
    // batchInterval() of each other are told in one notification.
    void jobsFinished(const QList<defex::JobSnapshot> &jobs);
    void setBatchInterval(int ms); // 0: notify at once (tests)
    int batchInterval() const;
    // From MainWindow: the header's numbers, for the tooltip.
    void setStatus(int running, int waiting, int failed, int percent);
    void retranslate();

    // The text of the last notification (tests read it).
    QString lastTitle() const { return m_lastTitle; }
    QString lastMessage() const { return m_lastMessage; }

    qint64 lastJob() const { return m_lastJob; }
    // The folder a click on the last notification opens (empty: none).
    QString lastFolder() const { return m_lastFolder; }
    QString toolTip() const { return m_toolTip; }

    // Tells the user the window went to the tray and the queue keeps running (first close only).
    void tellHiddenToTray();

    // What clicking the last notification does: reveals its folder and shows its job.
    void activateLastNotification();

signals:
    void notified(qint64 jobId);

private:
    void notifyFinished(const QList<defex::JobSnapshot> &jobs);
    struct Target
    {
        qint64 jobId = 0;
        QString folder;
    };
    void activate(const Target &target, bool showJob);
    void createTray();
    // `message` has one line per job when `perJobLines` (a summary of several).
    void notify(const QString &title, const QString &message, bool failure, qint64 jobId,
                const QString &folder, bool perJobLines = false);
    void showWindow();
    void updateToolTip();

    MainWindow *m_window;
    QSystemTrayIcon *m_tray = nullptr;
    DesktopNotifications *m_desktop = nullptr; // where a freedesktop notification service runs
    QHash<qint64, Target> m_targets; // what each shown notification leads to
    qint64 m_nextKey = 1;
    QTimer *m_batchTimer = nullptr;
    QList<defex::JobSnapshot> m_batch;
    QMenu *m_menu = nullptr;
    QAction *m_showAction = nullptr, *m_pauseAction = nullptr, *m_resumeAction = nullptr,
            *m_quitAction = nullptr;
    bool m_enabled = true;
    bool m_debug = false; // DEFEX_DEBUG_TRAY=1: what the tray does, on stderr
    qint64 m_lastJob = 0;
    QString m_lastTitle, m_lastMessage, m_lastFolder, m_toolTip;
    int m_running = 0, m_waiting = 0, m_failed = 0, m_percent = -1;
};

} // namespace defex
