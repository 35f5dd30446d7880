// definitie-export: one binary for the headless commands (no display needed) and, later, the window.

#include "Commands.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#include <cstdio>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(main)
};

void printUsage(FILE *to)
{
    const QString text = Tr::tr(
        "Usage: definitie-export COMMAND [OPTIONS]\n\n"
        "Commands:\n"
        "  export    Export a definitie-app database to CSV, XLSX, JSON or TXT.\n"
        "  demo-db   Create a demo database with realistic definitions.\n"
        "  queue     The persistent export queue: add, list, cancel, run, watch...\n\n"
        "Run \"definitie-export COMMAND --help\" for the options of a command.\n");
    std::fprintf(to, "%s", text.toLocal8Bit().constData());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("definitie-export"));
    QCoreApplication::setOrganizationName(QStringLiteral("definitie-export"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DEFEX_VERSION));
    // Dutch on a Dutch locale (LANG / LC_ALL / LC_MESSAGES), English otherwise.
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("definitie-export"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        printUsage(stderr);
        return ExitCode::Usage;
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
