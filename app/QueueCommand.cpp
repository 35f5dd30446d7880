// `definitie-export queue …`: the export queue from the command line, on the same store as the
// window, for scripts and servers.

#include "CancelSignals.h"
#include "Commands.h"
#include "Console.h"
#include "ExportOptions.h"
#include "ExportQueue.h"
#include "QueueOutput.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTimer>

#include <cstdio>

using namespace defex;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(QueueCommand)
};



const QStringList kSubcommands = {
    QStringLiteral("add"), QStringLiteral("list"), QStringLiteral("show"), QStringLiteral("cancel"),
    QStringLiteral("pause"), QStringLiteral("resume"), QStringLiteral("retry"), QStringLiteral("pin"),
    QStringLiteral("unpin"), QStringLiteral("cancel-all"), QStringLiteral("retry-failed"),
    QStringLiteral("remove-finished"), QStringLiteral("run"), QStringLiteral("watch")};

QString usage()
{
    return Tr::tr(
        "Usage: definitie-export queue SUBCOMMAND [OPTIONS]\n\n"
        "The persistent export queue (shared with the window, per user).\n\n"
        "Subcommands:\n"
        "  add [export options] [--output FILE | --dir DIR] [--description TEXT]\n"
        "                      Queue an export; prints its id. \"queue add --help\" lists\n"
        "                      the export options.\n"
        "  list [--json]       All jobs with state, queue position and progress.\n"
        "  show ID [--json]    One job in detail, with its error history.\n"
        "  cancel ID...        Cancel waiting, paused or running jobs.\n"
        "  pause ID...         Pause jobs (a running job keeps its checkpoint).\n"
        "  resume ID...        Queue paused jobs again.\n"
        "  retry ID...         Queue failed or cancelled jobs again.\n"
        "  pin ID... / unpin ID...\n"
        "                      Keep finished jobs from the automatic cleanup, or not.\n"
        "  cancel-all          Cancel every waiting, paused and running job.\n"
        "  retry-failed        Retry every failed job.\n"
        "  remove-finished     Remove finished jobs from the list (their files stay).\n"
        "  run [--until-empty] [--max-concurrent N]\n"
        "                      Run queued jobs until stopped (Ctrl-C or SIGTERM pause them\n"
        "                      at a checkpoint; they continue at the next run).\n"
        "  watch [--json]      Follow job events live, one line each (JSON with --json).\n\n"
        "Options for every subcommand:\n"
        "  --data-dir DIR      The queue's folder (default $DEFINITIE_EXPORT_DATA_DIR or the\n"
        "                      user's application data folder).\n\n"
        "Exit codes: 0 done, 1 usage error, 2 unknown job or not possible in its state,\n"
        "3 the queue database cannot be opened or written, 6 \"run --until-empty\" ran a\n"
        "job that failed.\n");
}

bool parseIds(const QStringList &args, QList<qint64> *ids)
{
    for (const QString &a : args) {
        bool ok = false;
        const qint64 id = a.toLongLong(&ok);
        if (!ok || id <= 0)
            return false;
        *ids << id;
    }
    return !ids->isEmpty();
}

int runQueue(ExportQueue &queue, bool untilEmpty, bool json)
{
    QueueOutput output(json);
    int failed = 0;
    // `output` dies with this function, the queue lives on: the connections go before it does.
    const QMetaObject::Connection connections[] = {
        QObject::connect(&queue, &ExportQueue::jobsAdded, &queue, [&](const QList<JobSnapshot> &jobs) {
            output.events(QStringLiteral("added"), jobs);
        }),
        QObject::connect(&queue, &ExportQueue::jobsUpdated, &queue, [&](const QList<JobSnapshot> &jobs) {
            output.events(QStringLiteral("updated"), jobs);
        }),
        QObject::connect(&queue, &ExportQueue::jobsFinished, &queue, [&](const QList<JobSnapshot> &jobs) {
            output.events(QStringLiteral("finished"), jobs);
            for (const JobSnapshot &job : jobs)
                failed += job.record.state == JobState::Failed;
        }),
    };
    CancelSignals::install();
    QTimer check;
    check.setInterval(100);
    QObject::connect(&check, &QTimer::timeout, &queue, [&] {
        if (CancelSignals::flag()->load()) {
            check.stop();
            queue.shutdown();
            output.finish();
            QCoreApplication::quit();
            return;
        }
        if (untilEmpty && queue.runningCount() == 0
            && queue.idsInStates({JobState::Pending, JobState::Running}).isEmpty()) {
            check.stop();
            queue.shutdown(); // announces the last changes (the final "completed") now
            output.finish();
            QCoreApplication::quit();
        }
    });
    check.start();
    QCoreApplication::exec();
    for (const QMetaObject::Connection &c : connections)
        QObject::disconnect(c);
    // Scripts that wait for the queue to empty learn that something did not make it.
    if (untilEmpty && failed > 0 && !CancelSignals::flag()->load()) {
        printErr(Tr::tr("%n job(s) failed; see \"definitie-export queue list\".", nullptr, failed));
        return ExitCode::JobFailed;
    }
    return ExitCode::Done;
}

} // namespace

int runQueueCommand(const QStringList &arguments)
{
    // arguments: [program, subcommand, ...]
    if (arguments.size() < 2 || arguments.at(1) == QLatin1String("--help")
        || arguments.at(1) == QLatin1String("-h") || arguments.at(1) == QLatin1String("help")) {
        std::fprintf(arguments.size() < 2 ? stderr : stdout, "%s", usage().toLocal8Bit().constData());
        return arguments.size() < 2 ? ExitCode::Usage : ExitCode::Done;
    }
    const QString sub = arguments.at(1);
    if (!kSubcommands.contains(sub)) {
        printErr(Tr::tr("Unknown queue subcommand \"%1\".").arg(sub));
        std::fprintf(stderr, "%s", usage().toLocal8Bit().constData());
        return ExitCode::Usage;
    }
    QStringList rest = arguments.mid(2);
    rest.prepend(arguments.at(0) + QLatin1Char(' ') + sub);
    if (sub == QLatin1String("add"))
        return runQueueAddCommand(rest);

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(QCommandLineOption(QStringLiteral("data-dir"), Tr::tr("The queue's folder."), Tr::tr("DIR")));
    if (sub == QLatin1String("list") || sub == QLatin1String("show") || sub == QLatin1String("watch")
        || sub == QLatin1String("run"))
        parser.addOption(
            QCommandLineOption(QStringLiteral("json"), Tr::tr("Machine-readable JSON output.")));
    if (sub == QLatin1String("run")) {
        parser.addOption(QCommandLineOption(QStringLiteral("until-empty"), Tr::tr("Stop when no job is waiting or running.")));
        parser.addOption(QCommandLineOption(QStringLiteral("max-concurrent"), Tr::tr("Jobs at once, 1-16 (default 5)."), QStringLiteral("N")));
    }
    if (!parser.parse(rest)) {
        printErr(parser.errorText());
        return ExitCode::Usage;
    }
    const QString repeated = repeatedOptionError(parser);
    if (!repeated.isEmpty()) {
        printErr(repeated);
        return ExitCode::Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fprintf(stdout, "%s", usage().toLocal8Bit().constData());
        return ExitCode::Done;
    }
    const QString dataDir = parser.isSet(QStringLiteral("data-dir")) ? parser.value(QStringLiteral("data-dir"))
                                                                     : JobStore::defaultDirectory();
    const bool json = parser.optionNames().contains(QStringLiteral("json")) && parser.isSet(QStringLiteral("json"));

    // Validate arguments before touching the store.
    QList<qint64> ids;
    const bool takesIds = QStringList{QStringLiteral("show"), QStringLiteral("cancel"), QStringLiteral("pause"),
                                      QStringLiteral("resume"), QStringLiteral("retry"), QStringLiteral("pin"),
                                      QStringLiteral("unpin")}.contains(sub);
    if (takesIds && !parseIds(parser.positionalArguments(), &ids)) {
        printErr(Tr::tr("\"queue %1\" needs one or more job ids.").arg(sub));
        return ExitCode::Usage;
    }
    if (!takesIds && !parser.positionalArguments().isEmpty()) {
        printErr(Tr::tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()));
        return ExitCode::Usage;
    }
    int maxConcurrent = ExportQueue::DefaultMaxConcurrent;
    if (sub == QLatin1String("run") && parser.isSet(QStringLiteral("max-concurrent"))) {
        bool ok = false;
        maxConcurrent = parser.value(QStringLiteral("max-concurrent")).toInt(&ok);
        if (!ok || maxConcurrent < 1 || maxConcurrent > 16) {
            printErr(Tr::tr("--max-concurrent expects a number from 1 to 16."));
            return ExitCode::Usage;
        }
    }

    ExportQueue queue;
    queue.setMaxConcurrent(maxConcurrent);
    QString error;
    if (!queue.open(dataDir, sub == QLatin1String("run"), &error)) {
        printErr(error);
        return ExitCode::OutputError;
    }
    const bool mutates = sub != QLatin1String("list") && sub != QLatin1String("show") && sub != QLatin1String("watch");
    if (mutates && queue.isReadOnly()) {
        printErr(Tr::tr("The queue database in %1 is read-only; nothing was changed.")
                     .arg(QDir::toNativeSeparators(queue.dataDirectory())));
        return ExitCode::OutputError;
    }

    QueueOutput output(json);
    if (sub == QLatin1String("list")) {
        output.list(queue.jobs());
        return ExitCode::Done;
    }
    if (sub == QLatin1String("show")) {
        for (qint64 id : ids) {
            const auto job = queue.job(id);
            if (!job) {
                printErr(Tr::tr("There is no job %1.").arg(id));
                return ExitCode::BadInput;
            }
            output.show(*job);
        }
        return ExitCode::Done;
    }
    if (takesIds) {
        int failures = 0;
        for (qint64 id : ids) {
            bool ok = false;
            if (sub == QLatin1String("cancel")) ok = queue.cancel(id);
            else if (sub == QLatin1String("pause")) ok = queue.pause(id);
            else if (sub == QLatin1String("resume")) ok = queue.resume(id);
            else if (sub == QLatin1String("retry")) ok = queue.retry(id);
            else if (sub == QLatin1String("pin")) ok = queue.setPinned(id, true);
            else if (sub == QLatin1String("unpin")) ok = queue.setPinned(id, false);
            if (!ok) {
                printErr(queue.lastError());
                ++failures;
            }
        }
        return failures ? ExitCode::BadInput : ExitCode::Done;
    }
    if (sub == QLatin1String("cancel-all") || sub == QLatin1String("retry-failed") || sub == QLatin1String("remove-finished")) {
        // Exactly the jobs that exist now, in the states the action applies to.
        int n = 0;
        if (sub == QLatin1String("cancel-all"))
            n = queue.cancelAll(queue.idsInStates({JobState::Pending, JobState::Paused, JobState::Running}));
        else if (sub == QLatin1String("retry-failed"))
            n = queue.retryFailed(queue.idsInStates({JobState::Failed}));
        else
            n = queue.removeFinished(queue.idsInStates({JobState::Completed, JobState::Failed, JobState::Cancelled}));
        printOut(QString::number(n));
        return ExitCode::Done;
    }
    if (sub == QLatin1String("run"))
        return runQueue(queue, parser.isSet(QStringLiteral("until-empty")), json);
    if (sub == QLatin1String("watch")) {
        queue.setObjectName(QStringLiteral("watch"));
        return runQueue(queue, false, json);
    }
    return ExitCode::Usage;
}
