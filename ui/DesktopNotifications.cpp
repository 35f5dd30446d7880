#include "DesktopNotifications.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QGuiApplication>
#include <QVariantMap>

namespace defex {

namespace {

const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kInterface = QStringLiteral("org.freedesktop.Notifications");
constexpr int kTimeoutMs = 10000; // as QSystemTrayIcon::showMessage's default

} // namespace

DesktopNotifications::DesktopNotifications(QObject *parent)
    : QObject(parent)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    bus.connect(kService, kPath, kInterface, QStringLiteral("ActionInvoked"), this,
                SLOT(onActionInvoked(uint, QString)));
    bus.connect(kService, kPath, kInterface, QStringLiteral("NotificationClosed"), this,
                SLOT(onClosed(uint, uint)));
    // Bodies are plain text to us; a server that reads markup would mangle "<" and "&".
    auto *watcher = new QDBusPendingCallWatcher(
        bus.asyncCall(QDBusMessage::createMethodCall(kService, kPath, kInterface,
                                                     QStringLiteral("GetCapabilities"))),
        this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        const QDBusPendingReply<QStringList> reply = *w;
        m_markup = reply.isValid() && reply.value().contains(QStringLiteral("body-markup"));
        w->deleteLater();
    });
}

DesktopNotifications::~DesktopNotifications() = default;

bool DesktopNotifications::isAvailable()
{
    const QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface())
        return false;
    return bus.interface()->isServiceRegistered(kService).value()
        || bus.interface()->activatableServiceNames().value().contains(kService);
}

void DesktopNotifications::show(const QString &title, const QString &body, bool warning, qint64 key,
                                bool folderAction)
{
    QStringList actions { QStringLiteral("default"), tr("Show") };
    if (folderAction)
        actions << QStringLiteral("open-folder") << tr("Open folder");
    QVariantMap hints;
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue(uchar(1))); // normal
    hints.insert(QStringLiteral("desktop-entry"), QGuiApplication::desktopFileName());
    QDBusMessage call
        = QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Notify"));
    call << QCoreApplication::applicationName() << uint(0)
         << (warning ? QStringLiteral("dialog-warning") : QStringLiteral("dialog-information"))
         << title << (m_markup ? body.toHtmlEscaped() : body) << actions << hints << kTimeoutMs;
    auto *watcher
        = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, key](QDBusPendingCallWatcher *w) {
                const QDBusPendingReply<uint> reply = *w;
                if (reply.isValid())
                    m_keys.insert(reply.value(), key);
                w->deleteLater();
            });
}

void DesktopNotifications::onActionInvoked(uint id, const QString &action)
{
    const auto it = m_keys.constFind(id);
    if (it != m_keys.constEnd())
        emit activated(it.value(), action);
}

void DesktopNotifications::onClosed(uint id, uint)
{
    m_keys.remove(id);
}

} // namespace defex
