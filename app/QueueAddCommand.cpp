// `definitie-export queue add`: queues an export after the same checks `export` makes before it
// writes anything, so that a job that cannot work is refused now instead of failing later.

#include "Commands.h"
#include "Console.h"
#include "DefinitionReader.h"
#include "ExportOptions.h"
#include "ExportQueue.h"
#include "FileSink.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cstdio>

using namespace defex;

namespace {

// Part of the queue command: its texts share that translation context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(QueueCommand)
};

} // namespace

int runQueueAddCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Queue an export; prints its id. Without --output or --dir the file goes into the "
               "queue's own export folder, with a name made of the description and the time.\n\n"
               "Exit codes: 0 queued, 1 usage error, 2 bad input (database missing, not SQLite, "
               "not a definitie-app database), 3 output folder missing, or the queue database "
               "cannot be opened or written."));
    parser.addHelpOption();
    addExportOptions(parser);
    addOutputOption(parser);
    parser.addOption(QCommandLineOption(QStringLiteral("dir"),
                                        Tr::tr("The folder to write into (a name is chosen)."),
                                        Tr::tr("DIR")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("data-dir"),
        Tr::tr("The queue's folder (default $DEFINITIE_EXPORT_DATA_DIR or the user's application "
               "data folder)."),
        Tr::tr("DIR")));
    if (const auto done = parseArguments(parser, arguments, Tr::tr("Usage: definitie-export queue add [options]"),
                                         Tr::tr("Run \"definitie-export queue add --help\" for the options.")))
        return *done;
    if (!parser.positionalArguments().isEmpty()) {
        printErr(
            Tr::tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()));
        return ExitCode::Usage;
    }
    const bool hasOutput = parser.isSet(QStringLiteral("output"));
    const bool hasDir = parser.isSet(QStringLiteral("dir"));
    if (hasOutput && hasDir) {
        printErr(Tr::tr("Give --output or --dir, not both."));
        return ExitCode::Usage;
    }

    ExportRequest request;
    request.output = hasOutput ? parser.value(QStringLiteral("output"))
                               : QStringLiteral("-"); // a placeholder for validation
    QString invalid = requestFromOptions(parser, &request);
    if (invalid.isEmpty() && hasOutput)
        invalid = outputNameError(request.output, request);
    if (!invalid.isEmpty()) {
        printErr(invalid);
        return ExitCode::Usage;
    }
    for (const QString &w : ineffectiveOptionWarnings(parser, request))
        printErr(Tr::tr("warning: %1").arg(w));
    request.database = QFileInfo(request.database).absoluteFilePath();
    request.output = hasOutput ? QFileInfo(request.output).absoluteFilePath() : QString();
    if (request.gzip && hasOutput
        && !request.output.endsWith(QStringLiteral(".gz"), Qt::CaseInsensitive))
        request.output += QStringLiteral(".gz");

    // The source as `export` checks it: the same reader, the same messages. A locked database
    // is no reason to refuse: the queue waits for it and retries.
    {
        DefinitionReader reader(request);
        reader.setLockTimeout(0);
        ExportError error;
        if (!reader.open(&error) && error.kind != ErrorKind::SourceBusy) {
            printErr(error.message);
            return ExitCode::BadInput;
        }
    }
    // A folder that is not there is a mistake to report now, not one to repair at run time.
    const QString exportDir
        = hasDir ? QFileInfo(parser.value(QStringLiteral("dir"))).absoluteFilePath() : QString();
    if (hasDir && !QFileInfo(exportDir).isDir()) {
        printErr(Tr::tr("Cannot write into %1: the folder does not exist.")
                     .arg(QDir::toNativeSeparators(exportDir)));
        return ExitCode::OutputError;
    }
    if (hasOutput) {
        const QString problem = FileSink::destinationProblem(request.output);
        if (!problem.isEmpty()) {
            printErr(problem);
            return ExitCode::OutputError;
        }
    }

    const QString dataDir = parser.isSet(QStringLiteral("data-dir"))
        ? parser.value(QStringLiteral("data-dir"))
        : JobStore::defaultDirectory();
    ExportQueue queue;
    if (hasDir)
        queue.setExportDirectory(exportDir);
    QString error;
    if (!queue.open(dataDir, false, &error)) {
        printErr(error);
        return ExitCode::OutputError;
    }
    if (queue.isReadOnly()) {
        printErr(Tr::tr("The queue database in %1 is read-only; nothing was changed.")
                     .arg(QDir::toNativeSeparators(queue.dataDirectory())));
        return ExitCode::OutputError;
    }
    const qint64 id = queue.enqueue(request, parser.value(QStringLiteral("description")));
    if (!id) {
        printErr(queue.lastError());
        return ExitCode::OutputError;
    }
    printOut(QString::number(id));
    return ExitCode::Done;
}
