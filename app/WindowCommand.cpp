// `definitie-export [window]`: the desktop window on the user's export queue — the same store
// as `definitie-export queue`, so jobs queued from a script show up (and run) in the window.

#include "AppIcon.h"
#include "AppSettings.h"
#include "Commands.h"
#include "Console.h"
#include "DisplayGuard.h"
#include "JobStore.h"
#include "MainWindow.h"
#include "QueueClient.h"
#include "SignalQuit.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <cstdio>

using namespace defex;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(WindowCommand)
};

QString usage()
{
    return Tr::tr(
        "Usage: definitie-export [window] [OPTIONS]\n\n"
        "Opens the desktop window on the export queue (the same queue as\n"
        "\"definitie-export queue\"). Needs a display; the other commands do not.\n\n"
        "Options:\n"
        "  --database FILE     The database the new-export dialog starts with.\n"
        "  --data-dir DIR      The queue's folder (default $DEFINITIE_EXPORT_DATA_DIR or the\n"
        "                      user's application data folder).\n"
        "  --enqueue-demo      Queue demo exports of --database (every format) at start.\n"
        "  -h, --help          Show this help.\n\n"
        "Exit codes: 0 closed, 1 usage error, 2 the database does not exist,\n"
        "3 the queue cannot be opened, 5 no display, 7 the display was lost (the\n"
        "running exports continue at the next start).\n");
}

// The exports ./scripts/run shows: one of every format, as its headless demo writes them. A demo
// export that an earlier run left unfinished continues instead of being queued a second time.
void enqueueDemo(QueueClient &client, const QString &database, const QList<JobSnapshot> &existing)
{
    struct Demo
    {
        Format format;
        Level level;
        bool gzip;
        QStringList statuses;
        QString description;
    };
    const QList<Demo> demos = {
        { Format::Csv, Level::Basis, false, {}, Tr::tr("Demo: all definitions (CSV)") },
        { Format::Csv, Level::Basis, true, {}, Tr::tr("Demo: all definitions (CSV, gzip)") },
        { Format::Xlsx,
          Level::Uitgebreid,
          false,
          {},
          Tr::tr("Demo: all definitions, extended (Excel)") },
        { Format::Json,
          Level::Compleet,
          false,
          {},
          Tr::tr("Demo: all definitions, complete (JSON)") },
        { Format::Txt,
          Level::Basis,
          false,
          { QStringLiteral("established") },
          Tr::tr("Demo: established definitions (text)") },
    };
    QList<ExportRequest> requests;
    QStringList descriptions;
    QSet<QString> unfinished;
    for (const JobSnapshot &job : existing) {
        if (!isFinishedState(job.record.state) && job.record.request.database == database)
            unfinished.insert(job.record.description);
    }
    for (const Demo &d : demos) {
        if (unfinished.contains(d.description))
            continue;
        ExportRequest r;
        r.database = database;
        r.format = d.format;
        r.level = d.level;
        r.gzip = d.gzip;
        r.filters.statuses = d.statuses;
        r.description = d.description;
        requests << r;
        descriptions << d.description;
    }
    if (!requests.isEmpty())
        client.enqueue(requests, descriptions);
}

} // namespace

bool displayAvailable()
{
    // An explicit platform (offscreen, xcb, wayland...) is the user's choice: Qt reports on it.
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")
        || !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

int runWindowCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(QCommandLineOption(QStringLiteral("database"),
                                        Tr::tr("The database to start with."), Tr::tr("FILE")));
    parser.addOption(QCommandLineOption(QStringLiteral("data-dir"), Tr::tr("The queue's folder."),
                                        Tr::tr("DIR")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("enqueue-demo"), Tr::tr("Queue demo exports at start.")));
    if (!parser.parse(arguments)) {
        printErr(parser.errorText());
        return ExitCode::Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fprintf(stdout, "%s", usage().toLocal8Bit().constData());
        return ExitCode::Done;
    }
    if (!parser.positionalArguments().isEmpty()) {
        printErr(
            Tr::tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()));
        return ExitCode::Usage;
    }
    QString database;
    if (parser.isSet(QStringLiteral("database"))) {
        database = QFileInfo(parser.value(QStringLiteral("database"))).absoluteFilePath();
        if (!QFileInfo(database).isFile()) {
            printErr(
                Tr::tr("The database %1 does not exist.").arg(QDir::toNativeSeparators(database)));
            return ExitCode::BadInput;
        }
    }
    const bool demo = parser.isSet(QStringLiteral("enqueue-demo"));
    if (demo && database.isEmpty()) {
        printErr(Tr::tr("--enqueue-demo needs --database."));
        return ExitCode::Usage;
    }
    // main() made a QApplication only when a display was there.
    if (!qobject_cast<QApplication *>(QCoreApplication::instance())) {
        printErr(
            Tr::tr("The window needs a display, and there is none (DISPLAY and WAYLAND_DISPLAY "
                   "are not set). The headless commands work without one: "
                   "run \"definitie-export --help\"."));
        return ExitCode::NoDisplay;
    }
    const QString dataDir = parser.isSet(QStringLiteral("data-dir"))
        ? QFileInfo(parser.value(QStringLiteral("data-dir"))).absoluteFilePath()
        : JobStore::defaultDirectory();

    QApplication::setWindowIcon(appIcon());
    QGuiApplication::setDesktopFileName(QStringLiteral("definitie-export"));
    // Closing the window either hides it into the tray or quits through quitApplication(), which
    // first stops the queue gracefully; Qt must not quit on its own when the window hides.
    QApplication::setQuitOnLastWindowClosed(false);

    const AppSettings settings = AppSettings::load();
    QueueClient client;
    MainWindow window(&client, MainWindow::Options { database });

    int exitCode = ExitCode::Done;
    QObject::connect(
        &client, &QueueClient::opened, &window,
        [&](bool ok, const QString &error, const QList<JobSnapshot> &jobs) {
            if (!ok) {
                // The window says so too; this is for scripts and logs.
                printErr(error);
                exitCode = ExitCode::OutputError;
                return;
            }
            if (demo)
                enqueueDemo(client, database, jobs);
        },
        Qt::SingleShotConnection);

    SignalQuit signalQuit;
    QObject::connect(&signalQuit, &SignalQuit::received, &window,
                     [&window](int) { window.quitApplication(); });

    QueueClient::Settings queueSettings;
    queueSettings.maxConcurrent = settings.maxConcurrent;
    queueSettings.retentionDays = settings.retentionDays;
    queueSettings.exportDirectory = settings.exportDirectory;
    // A lost display ends the process from inside Qt's event loop: stop the queue first.
    DisplayGuard::setOnDisplayLost([&client] { client.shutdown(3000); });
    window.show();
    client.open(dataDir, queueSettings);
    const int rc = QApplication::exec();
    // quitApplication() stopped the queue already; this covers any other way out.
    client.shutdown();
    DisplayGuard::setOnDisplayLost({});
    return rc != 0 ? rc : exitCode;
}
