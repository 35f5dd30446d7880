#include "Commands.h"
#include "Console.h"
#include "DemoDatabase.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>

#include <cstdio>
#include <unistd.h>

using namespace defex;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DemoDbCommand)
};


} // namespace

int runDemoDbCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Create a demo database in the definitie-app's schema, filled with deterministic "
           "Dutch legal definitions."));
    parser.addHelpOption();
    parser.addOption(QCommandLineOption(QStringLiteral("rows"), Tr::tr("Number of definitions (default 5000)."), QStringLiteral("N")));
    parser.addOption(QCommandLineOption(QStringLiteral("seed"), Tr::tr("Seed for the generator (default 1)."), QStringLiteral("S")));
    parser.addPositionalArgument(Tr::tr("FILE"), Tr::tr("The database file to create (must not exist)."));
    if (const auto done = parseArguments(parser, arguments, Tr::tr("Usage: definitie-export demo-db [options] FILE")))
        return *done;
    if (parser.positionalArguments().size() != 1) {
        printErr(Tr::tr("Give exactly one FILE to create. Run \"definitie-export demo-db --help\"."));
        return ExitCode::Usage;
    }
    DemoOptions options;
    bool ok = true;
    if (parser.isSet(QStringLiteral("rows")))
        options.rows = parser.value(QStringLiteral("rows")).toLongLong(&ok);
    if (!ok || options.rows < 0) {
        printErr(Tr::tr("--rows expects a number of definitions."));
        return ExitCode::Usage;
    }
    if (parser.isSet(QStringLiteral("seed")))
        options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok) {
        printErr(Tr::tr("--seed expects a whole number."));
        return ExitCode::Usage;
    }
    const QString file = parser.positionalArguments().constFirst();
    const bool tty = ::isatty(STDERR_FILENO) == 1;
    QElapsedTimer clock;
    clock.start();
    QString error;
    const bool created = createDemoDatabase(file, options, &error, [&](qint64 done, qint64 total) {
        if (tty && total > 0) {
            std::fprintf(stderr, "\r%3d%% %lld/%lld", int(done * 100 / total), done, total);
            std::fflush(stderr);
        }
    });
    if (tty)
        std::fprintf(stderr, "\r\033[K");
    if (!created) {
        printErr(error);
        return ExitCode::OutputError;
    }
    printErr(Tr::tr("Created %1 with %2 definitions in %3 s.")
                 .arg(QDir::toNativeSeparators(file))
                 .arg(options.rows)
                 .arg(double(clock.elapsed()) / 1000.0, 0, 'f', 1));
    return ExitCode::Done;
}
