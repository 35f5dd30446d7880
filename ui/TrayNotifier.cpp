#include "TrayNotifier.h"

#include "AppIcon.h"
#include "DesktopNotifications.h"
#include "MainWindow.h"
#include "QueueClient.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QUrl>

#include <climits>
#include <cstdio>

namespace defex {

namespace {

// Notifications are short: a summary names this many jobs, then "and N more".
constexpr int kSummaryLines = 4;
// Jobs finishing within this time of the first one share a notification.
constexpr int kBatchMs = 1000;

QString firstLine(const QString &text)
{
    const QString trimmed = text.trimmed();
    const qsizetype end = trimmed.indexOf(QLatin1Char('\n'));
    return (end < 0 ? trimmed : trimmed.left(end)).trimmed();
}

QString fileName(const JobRecord &job)
{
    return QFileInfo(job.outputPath.isEmpty() ? job.request.output : job.outputPath).fileName();
}

} // namespace

TrayNotifier::TrayNotifier(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_debug(qEnvironmentVariableIntValue("DEFEX_DEBUG_TRAY") > 0)
{
    m_batchTimer = new QTimer(this);
    m_batchTimer->setSingleShot(true);
    m_batchTimer->setInterval(kBatchMs);
    connect(m_batchTimer, &QTimer::timeout, this, [this] {
        // The last state of each job counts (a job may be announced twice in a burst).
        QList<JobSnapshot> jobs;
        QHash<qint64, qsizetype> at;
        for (const JobSnapshot &s : std::as_const(m_batch)) {
            const auto it = at.constFind(s.record.id);
            if (it != at.constEnd()) {
                jobs[it.value()] = s;
            } else {
                at.insert(s.record.id, jobs.size());
                jobs << s;
            }
        }
        m_batch.clear();
        notifyFinished(jobs);
    });
    if (QSystemTrayIcon::isSystemTrayAvailable())
        createTray();
    if (m_debug)
        std::fprintf(stderr, "tray: %s\n", m_tray ? "available" : "unavailable");
    retranslate();
}

TrayNotifier::~TrayNotifier()
{
    // The menu has no QObject parent (QSystemTrayIcon does not own its context menu).
    delete m_menu;
}

void TrayNotifier::createTray()
{
    m_menu = new QMenu;
    m_showAction = m_menu->addAction(QString(), this, [this] { showWindow(); });
    m_menu->addSeparator();
    m_pauseAction = m_menu->addAction(QString(), this, [this] { m_window->client()->pauseAll(); });
    m_resumeAction
        = m_menu->addAction(QString(), this, [this] { m_window->client()->resumeAll(); });
    m_menu->addSeparator();
    m_quitAction = m_menu->addAction(QString(), this, [this] { m_window->quitApplication(); });

    m_tray = new QSystemTrayIcon(appIcon(), this);
    m_tray->setContextMenu(m_menu);
    connect(m_tray, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                    showWindow();
            });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this,
            &TrayNotifier::activateLastNotification);
    m_tray->show();

    // Qt's own tray messages cannot report a click on Linux desktops; ours can.
    if (DesktopNotifications::isAvailable()) {
        m_desktop = new DesktopNotifications(this);
        connect(m_desktop, &DesktopNotifications::activated, this,
                [this](qint64 key, const QString &action) {
                    const Target target = m_targets.value(key);
                    if (m_debug) {
                        std::fprintf(stderr, "tray: clicked job %lld (%s)\n",
                                     static_cast<long long>(target.jobId),
                                     action.toUtf8().constData());
                    }
                    activate(target, action != QLatin1String("open-folder"));
                });
    }
}

bool TrayNotifier::hasTray() const
{
    return m_tray && m_tray->isVisible();
}

void TrayNotifier::setNotificationsEnabled(bool on)
{
    m_enabled = on;
    if (!on)
        m_batch.clear();
}

void TrayNotifier::jobsFinished(const QList<JobSnapshot> &jobs)
{
    if (!m_enabled)
        return;
    if (m_batchTimer->interval() == 0) {
        notifyFinished(jobs);
        return;
    }
    // Small exports finish in bursts, each in its own announcement: gather them briefly.
    m_batch += jobs;
    if (!m_batchTimer->isActive())
        m_batchTimer->start();
}

void TrayNotifier::setBatchInterval(int ms)
{
    m_batchTimer->setInterval(qMax(0, ms));
}

int TrayNotifier::batchInterval() const
{
    return m_batchTimer->interval();
}

void TrayNotifier::notifyFinished(const QList<JobSnapshot> &jobs)
{
    if (!m_enabled)
        return;
    // Cancelled jobs were stopped by the user, who needs no news about them.
    QList<JobRecord> completed, failed;
    for (const JobSnapshot &s : jobs) {
        if (s.record.state == JobState::Completed)
            completed << s.record;
        else if (s.record.state == JobState::Failed)
            failed << s.record;
    }
    if (completed.isEmpty() && failed.isEmpty())
        return;

    const QLocale locale;
    const auto name = [](const JobRecord &job) {
        if (!job.description.isEmpty())
            return job.description;
        return job.request.description.isEmpty() ? tr("Export %1").arg(job.id)
                                                 : job.request.description;
    };
    const auto folderOf = [](const JobRecord &job) {
        return QFileInfo(job.outputPath.isEmpty() ? job.request.output : job.outputPath)
            .absolutePath();
    };

    if (completed.size() + failed.size() == 1) {
        if (completed.size() == 1) {
            const JobRecord &job = completed.constFirst();
            // %Ln: the count in the locale's digits ("6.500" in Dutch), with its plural.
            const QString rows
                = tr("%Ln definitions", "rows exported", int(qMin<qint64>(job.rowsDone, INT_MAX)));
            notify(tr("Export ready"),
                   name(job) + QLatin1Char('\n') + rows + QStringLiteral(" · ") + fileName(job),
                   false, job.id, folderOf(job));
        } else {
            const JobRecord &job = failed.constFirst();
            notify(tr("Export failed"), name(job) + QLatin1Char('\n') + firstLine(job.error), true,
                   job.id, QString());
        }
        return;
    }

    // Several in one batch: one summary instead of a burst of notifications.
    QString title;
    if (failed.isEmpty())
        title = tr("%n exports ready", nullptr, int(completed.size()));
    else if (completed.isEmpty())
        title = tr("%n exports failed", nullptr, int(failed.size()));
    else
        title = tr("Exports finished: %1 ready, %2 failed")
                    .arg(locale.toString(completed.size()), locale.toString(failed.size()));
    // One line per job, each saying what happened to it, failures first: "Export 21: failed"
    // followed by "bulk 5 · bulk-5.json.gz" read as if bulk 5 had failed.
    QStringList lines;
    for (const JobRecord &job : failed) {
        const QString error = firstLine(job.error);
        lines << (error.isEmpty() ? tr("Failed: %1", "job name").arg(name(job))
                                  : tr("Failed: %1 (%2)", "job name, first line of its error")
                                        .arg(name(job), error));
    }
    for (const JobRecord &job : completed)
        lines << tr("Ready: %1 (%2)", "job name, file name").arg(name(job), fileName(job));
    const qsizetype all = lines.size();
    if (all > kSummaryLines) {
        lines = lines.mid(0, kSummaryLines - 1);
        lines << tr("and %n more", nullptr, int(all - lines.size()));
    }
    // A click shows the first failure (it needs attention), else the first file; the folder is
    // revealed only when every file landed in the same one.
    const JobRecord &first = failed.isEmpty() ? completed.constFirst() : failed.constFirst();
    QString folder;
    if (failed.isEmpty()) {
        folder = folderOf(completed.constFirst());
        for (const JobRecord &job : completed) {
            if (folderOf(job) != folder)
                folder.clear();
        }
    }
    notify(title, lines.join(QLatin1Char('\n')), !failed.isEmpty(), first.id, folder, true);
}

void TrayNotifier::notify(const QString &title, const QString &message, bool failure, qint64 jobId,
                          const QString &folder, bool perJobLines)
{
    m_lastTitle = title;
    m_lastMessage = message;
    m_lastJob = jobId;
    m_lastFolder = folder;
    if (hasTray() && m_desktop) {
        // Every notification keeps its own target: clicking an older one shows its job.
        const qint64 key = m_nextKey++;
        m_targets.insert(key, Target { jobId, folder });
        m_targets.remove(key - 100); // older ones have long expired

        m_desktop->show(title, message, failure, key, !folder.isEmpty());
    } else if (hasTray()) {
        m_tray->showMessage(title, message,
                            failure ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
    } else {
        // The window's notice bar is one line (elided; every line in its tooltip): a summary's
        // jobs separated by semicolons, a single job's lines by dashes.
        const QStringList lines = message.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const QString line = perJobLines
            ? title + QStringLiteral(" — ") + lines.join(QStringLiteral("; "))
            : title + QStringLiteral(": ") + lines.join(QStringLiteral(" — "));
        m_window->showNotice(line, jobId, title + QLatin1Char('\n') + message);
    }
    if (m_debug) {
        std::fprintf(
            stderr, "tray: notified %s: %s\n", title.toUtf8().constData(),
            QString(message).replace(QLatin1Char('\n'), QLatin1String(" | ")).toUtf8().constData());
    }
    emit notified(jobId);
}

void TrayNotifier::tellHiddenToTray()
{
    if (!hasTray())
        return;
    notify(tr("Still running in the tray"),
           tr("The export queue keeps working. Click the tray icon to show the window, or choose "
              "Quit in its menu to stop."),
           false, 0, QString());
}

void TrayNotifier::activateLastNotification()
{
    if (m_debug)
        std::fprintf(stderr, "tray: clicked job %lld\n", static_cast<long long>(m_lastJob));
    activate(Target { m_lastJob, m_lastFolder }, true);
}

void TrayNotifier::activate(const Target &target, bool showJob)
{
    if (!target.folder.isEmpty() && QFileInfo(target.folder).isDir())
        QDesktopServices::openUrl(QUrl::fromLocalFile(target.folder));
    if (!showJob)
        return;
    if (target.jobId > 0)
        m_window->showJob(target.jobId);
    else
        showWindow();
}

void TrayNotifier::showWindow()
{
    m_window->show();
    m_window->setWindowState((m_window->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    m_window->raise();
    m_window->activateWindow();
}

void TrayNotifier::setStatus(int running, int waiting, int failed, int percent)
{
    m_running = running;
    m_waiting = waiting;
    m_failed = failed;
    m_percent = percent;
    updateToolTip();
}

void TrayNotifier::updateToolTip()
{
    QStringList parts;
    if (m_running > 0)
        parts << tr("%n running", "export jobs", m_running);
    if (m_waiting > 0)
        parts << tr("%n waiting", "export jobs", m_waiting);
    if (m_failed > 0)
        parts << tr("%n failed", "export jobs", m_failed);
    QString text = parts.isEmpty() ? tr("Export queue: idle")
                                   : tr("Export queue: %1").arg(parts.join(QStringLiteral(", ")));
    if (m_running > 0 && m_percent >= 0)
        text
            += QStringLiteral(" — ") + tr("%1%", "percent done").arg(QLocale().toString(m_percent));
    m_toolTip = text;
    if (m_tray)
        m_tray->setToolTip(text);
    if (m_pauseAction)
        m_pauseAction->setEnabled(m_running + m_waiting > 0);
}

void TrayNotifier::retranslate()
{
    if (m_menu) {
        m_showAction->setText(tr("&Show window"));
        m_pauseAction->setText(tr("&Pause all"));
        m_resumeAction->setText(tr("&Resume all"));
        m_quitAction->setText(tr("&Quit"));
    }
    updateToolTip();
}

} // namespace defex
