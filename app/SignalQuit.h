#pragma once

// SIGTERM, SIGINT and SIGHUP for an event-loop program: a signal handler may only write to a
// pipe, so it does (the self-pipe trick) and a QSocketNotifier turns that into received() in the
// main thread, where quitting gracefully is allowed. A second signal ends the process at once.

#include <QObject>

class QSocketNotifier;

class SignalQuit final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignalQuit)

public:
    explicit SignalQuit(QObject *parent = nullptr);
    ~SignalQuit() override;

    bool isInstalled() const { return m_notifier != nullptr; }

signals:
    void received(int signalNumber);

private:
    void onReadable();

    QSocketNotifier *m_notifier = nullptr;
};
