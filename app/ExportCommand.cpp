#include "CancelSignals.h"
#include "Commands.h"
#include "Console.h"
#include "ExportOptions.h"
#include "Exporter.h"
#include "ProgressPrinter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>

#include <cstdio>

using namespace defex;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)
};

// A finished export of nothing is easy to mistake for a failed one: say what the file holds.
QString emptyExportNote(const ExportRequest &request)
{
    const QString why = request.filters.isEmpty() ? Tr::tr("The database holds no definitions.")
                                                  : Tr::tr("No definitions match the filters.");
    QString what;
    switch (request.format) {
    case Format::Csv:
        what = Tr::tr("The file has only the header row.");
        break;
    case Format::Xlsx:
        what = Tr::tr("The sheet has only the header row.");
        break;
    case Format::Json:
        what = Tr::tr("The file holds an empty list of definitions.");
        break;
    case Format::Txt:
        what = Tr::tr("The report has only its heading.");
        break;
    }
    return Tr::tr("note: %1").arg(why + QLatin1Char(' ') + what);
}

} // namespace

int runExportCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Export a definitie-app database to CSV, XLSX, JSON or TXT.\n\n"
           "Exit codes: 0 done, 1 usage error, 2 bad input (database missing, not SQLite, not a "
           "definitie-app database, locked), 3 output error (folder not writable, disk full), "
           "4 cancelled (Ctrl-C or SIGTERM)."));
    parser.addHelpOption();
    addExportOptions(parser);
    addOutputOption(parser);
    parser.addOption(QCommandLineOption(QStringLiteral("lock-timeout"),
                                        Tr::tr("Seconds to wait for a program that holds the database locked (default 10)."),
                                        Tr::tr("SECONDS")));
    parser.addOption(QCommandLineOption(QStringList{QStringLiteral("q"), QStringLiteral("quiet")},
                                        Tr::tr("Print no progress.")));
    if (const auto done = parseArguments(parser, arguments, Tr::tr("Usage: definitie-export export [options]"),
                                         Tr::tr("Run \"definitie-export export --help\" for the options.")))
        return *done;
    if (!parser.positionalArguments().isEmpty()) {
        printErr(Tr::tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()));
        return ExitCode::Usage;
    }

    ExportRequest request;
    request.output = parser.value(QStringLiteral("output"));
    if (request.output.isEmpty()) {
        printErr(Tr::tr("--output is required."));
        return ExitCode::Usage;
    }
    QString invalid = requestFromOptions(parser, &request);
    if (invalid.isEmpty())
        invalid = outputNameError(request.output, request);
    if (!invalid.isEmpty()) {
        printErr(invalid);
        return ExitCode::Usage;
    }
    for (const QString &w : ineffectiveOptionWarnings(parser, request))
        printErr(Tr::tr("warning: %1").arg(w));
    if (request.gzip && !request.output.endsWith(QStringLiteral(".gz"), Qt::CaseInsensitive)) {
        request.output += QStringLiteral(".gz");
        printErr(Tr::tr("Writing %1 (gzip).").arg(QDir::toNativeSeparators(request.output)));
    }

    Exporter exporter(request);
    if (parser.isSet(QStringLiteral("lock-timeout"))) {
        bool ok = false;
        const double seconds = parser.value(QStringLiteral("lock-timeout")).toDouble(&ok);
        if (!ok || seconds < 0) {
            printErr(Tr::tr("--lock-timeout expects a number of seconds."));
            return ExitCode::Usage;
        }
        exporter.setLockTimeout(int(seconds * 1000));
    }
    const bool quiet = parser.isSet(QStringLiteral("quiet"));
    ProgressPrinter printer(quiet);
    exporter.setProgressHandler([&printer](const ExportProgress &p) { printer.update(p); });
    CancelSignals::install();
    exporter.setCancelFlag(CancelSignals::flag());

    QElapsedTimer clock;
    clock.start();
    const ExportResult result = exporter.run();
    printer.finish();
    for (const QString &w : result.warnings)
        printErr(Tr::tr("warning: %1").arg(w));

    switch (result.error.kind) {
    case ErrorKind::None:
        if (result.rows == 0)
            printErr(emptyExportNote(request));
        if (!quiet) {
            printErr(Tr::tr("Exported %1 definitions to %2 (%3 bytes) in %4 s.")
                         .arg(result.rows)
                         .arg(QDir::toNativeSeparators(result.outputPath))
                         .arg(result.bytes)
                         .arg(double(clock.elapsed()) / 1000.0, 0, 'f', 1));
        }
        return ExitCode::Done;
    case ErrorKind::Usage:
        printErr(result.error.message);
        return ExitCode::Usage;
    case ErrorKind::BadInput:
    case ErrorKind::SourceBusy:
        printErr(result.error.message);
        return ExitCode::BadInput;
    case ErrorKind::Cancelled:
    case ErrorKind::Suspended:
        printErr(Tr::tr("Cancelled; nothing was written to %1.").arg(QDir::toNativeSeparators(result.outputPath)));
        return ExitCode::Cancelled;
    case ErrorKind::Output:
    case ErrorKind::Internal:
        printErr(result.error.message);
        return ExitCode::OutputError;
    }
    return ExitCode::OutputError;
}
