#include "DisplayGuard.h"

#include "Commands.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <cstdio>
#include <unistd.h>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(WindowCommand)
};

QtMessageHandler g_previous = nullptr;
std::atomic<bool> g_startingUp{false};
std::atomic<bool> g_lost{false};
std::function<void()> g_onDisplayLost;

void printLine(const QString &text)
{
    std::fprintf(stderr, "%s\n", text.toLocal8Bit().constData());
    std::fflush(stderr);
}

bool isDisplayLost(QtMsgType type, const QString &message)
{
    // qxcbconnection.cpp: "The X11 connection broke (error %d). Did the X11 server die?"
    // followed by exit(1).
    return type == QtWarningMsg && message.contains(QLatin1String("X11 connection broke"));
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtFatalMsg && g_startingUp.load()) {
        // No platform plugin could connect: say it plainly and end without a core dump. Qt's
        // own text ("Reinstalling the application may fix this problem") would mislead; its
        // warning before it already named the display.
        printLine(Tr::tr("The window cannot open: the display could not be reached (DISPLAY=%1). "
                         "The headless commands work without one: run \"definitie-export --help\".")
                      .arg(QString::fromLocal8Bit(qgetenv("DISPLAY"))));
        ::_exit(ExitCode::NoDisplay);
    }
    if (g_previous)
        g_previous(type, context, message);
    else
        printLine(message);
    if (isDisplayLost(type, message) && !g_lost.exchange(true)) {
        printLine(Tr::tr("The connection to the display was lost. The running exports stop at a "
                         "checkpoint and continue at the next start."));
        if (g_onDisplayLost)
            g_onDisplayLost();
        std::fflush(stdout);
        // Qt would call exit(1) next, with the queue's threads still running.
        ::_exit(ExitCode::DisplayLost);
    }
}

} // namespace

namespace DisplayGuard {

void install()
{
    g_previous = qInstallMessageHandler(handler);
}

void setStartingUp(bool startingUp)
{
    g_startingUp = startingUp;
}

void setOnDisplayLost(std::function<void()> stop)
{
    g_onDisplayLost = std::move(stop);
}

} // namespace DisplayGuard
