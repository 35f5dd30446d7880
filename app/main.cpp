// definitie-export: one binary for the desktop window and the headless commands. Only the window
// gets a QApplication (and with it a display connection); the other commands run on a
// QCoreApplication and never need a display.

#include "AppSettings.h"
#include "Commands.h"
#include "DisplayGuard.h"
#include "Language.h"

#include <QApplication>
#include <QCoreApplication>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(main)
};

void printUsage(FILE *to)
{
    const QString text = Tr::tr(
        "Usage: definitie-export [COMMAND] [OPTIONS]\n\n"
        "Commands:\n"
        "  window    Open the desktop window (the default without a command).\n"
        "  export    Export a definitie-app database to CSV, XLSX, JSON or TXT.\n"
        "  demo-db   Create a demo database with realistic definitions.\n"
        "  queue     The persistent export queue: add, list, cancel, run, watch...\n\n"
        "Run \"definitie-export COMMAND --help\" for the options of a command.\n");
    std::fprintf(to, "%s", text.toLocal8Bit().constData());
}

// The window runs with no command at all, or with "window"; its help needs no display.
bool wantsWindow(int argc, char *argv[], bool *help)
{
    // Options without a command are the window's ("definitie-export --data-dir DIR"), except the
    // program's own --help and --version.
    const bool windowOptions = argc >= 2 && argv[1][0] == '-' && std::strcmp(argv[1], "--help") != 0
        && std::strcmp(argv[1], "-h") != 0 && std::strcmp(argv[1], "--version") != 0;
    if (argc >= 2 && std::strcmp(argv[1], "window") != 0 && !windowOptions)
        return false;
    *help = false;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0)
            *help = true;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    // The application type must be chosen before one exists, from argv alone.
    bool help = false;
    const bool window = wantsWindow(argc, argv, &help);
    std::unique_ptr<QCoreApplication> app;
    if (window && !help && displayAvailable()) {
        DisplayGuard::install();
        DisplayGuard::setStartingUp(true);
        app = std::make_unique<QApplication>(argc, argv);
        DisplayGuard::setStartingUp(false);
    } else
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("definitie-export"));
    QCoreApplication::setOrganizationName(QStringLiteral("definitie-export"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DEFEX_VERSION));
    // The window follows the language setting ("" = the system's); the commands follow the
    // locale (LANG / LC_ALL / LC_MESSAGES), so scripts do not change with the window's setting.
    // Dutch on a Dutch locale, English otherwise.
    defex::installLanguage(window ? defex::AppSettings::load().language : QString());

    QStringList args = QCoreApplication::arguments();
    if (window) {
        // The parser sees "definitie-export window" as its program name.
        const bool named = args.size() >= 2 && args.at(1) == QLatin1String("window");
        QStringList rest = args.mid(named ? 2 : 1);
        rest.prepend(args.at(0) + QStringLiteral(" window"));
        return runWindowCommand(rest);
    }
    const QString command = args.at(1);
    // The parser of each command sees "definitie-export COMMAND" as its program name.
    QStringList rest = args.mid(2);
    rest.prepend(args.at(0) + QLatin1Char(' ') + command);

    if (command == QLatin1String("export"))
        return runExportCommand(rest);
    if (command == QLatin1String("demo-db"))
        return runDemoDbCommand(rest);
    if (command == QLatin1String("queue")) {
        QStringList queueArgs = args.mid(1);
        queueArgs[0] = args.at(0) + QStringLiteral(" queue");
        return runQueueCommand(queueArgs);
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        printUsage(stdout);
        return ExitCode::Done;
    }
    if (command == QLatin1String("--version")) {
        std::printf("definitie-export %s\n", DEFEX_VERSION);
        return ExitCode::Done;
    }
    std::fprintf(stderr, "%s\n", Tr::tr("Unknown command \"%1\".").arg(command).toLocal8Bit().constData());
    printUsage(stderr);
    return ExitCode::Usage;
}
