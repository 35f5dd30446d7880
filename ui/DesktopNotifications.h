#pragma once

// Freedesktop notifications (org.freedesktop.Notifications) sent over D-Bus with a default
// action, so that clicking one comes back to us: Qt 6.4's tray icon sends its messages without
// actions, and notification daemons then never report the click (no messageClicked).

#include <QHash>
#include <QObject>
#include <QString>

namespace defex {

class DesktopNotifications final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopNotifications)

public:
    explicit DesktopNotifications(QObject *parent = nullptr);
    ~DesktopNotifications() override;

    // A notification service runs (or can be started) on the session bus.
    static bool isAvailable();

    // Shows a notification; clicking it emits activated(key, "default"). `folderAction` adds an
    // "Open folder" button that emits activated(key, "open-folder").
    void show(const QString &title, const QString &body, bool warning, qint64 key,
              bool folderAction);

signals:
    void activated(qint64 key, const QString &action);

private slots:
    // QtDBus delivers bus signals to slots named by signature only (no function pointers).
    void onActionInvoked(uint id, const QString &action);
    void onClosed(uint id, uint reason);

private:
    QHash<uint, qint64> m_keys; // notification id -> key, while shown
    bool m_markup = false; // the server renders (and so needs escaped) markup in bodies
};

} // namespace defex
