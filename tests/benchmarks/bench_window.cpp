// Window benchmark (not a test): the real MainWindow on a QueueClient, as ./scripts/run opens it.
// tests/benchmarks/window_compare.sh runs it; every mode prints "key value" lines on stdout and
// what it sees on the way on stderr.
//
//   bench_window load BIG_DB WORK_DIR [SECONDS] [INTERVAL_MS] [repaint|norepaint] [nice]
//       5 exports of BIG_DB (csv, csv.gz, xlsx, json, txt) running at once and 100 small jobs
//       waiting; a precise timer in the window's thread records how late each tick fires while
//       every tick repaints the window and scrolls the queue view. Cancels everything, stops the
//       queue gracefully and deletes the exported files at the end.
//   bench_window fill DATA_DIR COUNT
//       Writes COUNT finished jobs (completed, failed, cancelled) into the queue store in DATA_DIR
//       with JobStore::insert (one transaction).
//   bench_window startup DATA_DIR EXPECTED_HISTORY_ROWS [queue|history]
//       Run in a fresh process: the time from the process's start (/proc/self/stat) to the end of
//       the first frame painted after MainWindow::queueOpened(true) with the history proxy
//       holding EXPECTED_HISTORY_ROWS rows, and the peak RSS (VmHWM) at that moment. The last
//       argument is the tab shown (default history: its 10,000 rows are laid out and painted).

#include "DemoDatabase.h"
#include "JobFilterProxy.h"
#include "JobListModel.h"
#include "JobPanel.h"
#include "JobStore.h"
#include "JobView.h"
#include "Language.h"
#include "MainWindow.h"
#include "QueueClient.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QScrollBar>
#include <QSet>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <functional>
#include <map>
#include <sys/resource.h>
#include <unistd.h>
#include <vector>

using namespace defex;

namespace {

qint64 clockNs(clockid_t clock)
{
    timespec ts {};
    clock_gettime(clock, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

// The process's start on CLOCK_BOOTTIME's scale: field 22 of /proc/self/stat, in clock ticks
// (10 ms on this kernel, so the start-up time below can read up to one tick long).
qint64 processStartNs()
{
    QFile f(QStringLiteral("/proc/self/stat"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray stat = f.readAll();
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    // fields[0] is field 3 (state); starttime is field 22.
    const qint64 ticks = fields.value(22 - 3).toLongLong();
    return ticks * 1000000000 / sysconf(_SC_CLK_TCK);
}

// This thread's CPU time and time spent runnable but waiting for a CPU, in ns (schedstat).
std::pair<qint64, qint64> threadSchedstat()
{
    QFile f(QStringLiteral("/proc/thread-self/schedstat"));
    if (!f.open(QIODevice::ReadOnly))
        return { 0, 0 };
    const QList<QByteArray> v = f.readAll().trimmed().split(' ');
    return { v.value(0).toLongLong(), v.value(1).toLongLong() };
}

// Diagnosis only (the "nice" variant of load): lowers every export worker thread of this process
// to nice 19, to tell how much of the window's lateness is its own export threads' competition
// for the CPU. Returns the names of the threads it lowered.
QStringList niceWorkerThreads()
{
    QStringList names;
    const QString self = QString::number(gettid());
    for (const QString &tid :
         QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (tid == self)
            continue;
        QFile comm(QStringLiteral("/proc/self/task/%1/comm").arg(tid));
        if (!comm.open(QIODevice::ReadOnly))
            continue;
        const QString name = QString::fromLocal8Bit(comm.readAll().trimmed());
        // Qt's pooled threads (the export tasks and their compression helpers); not the queue's
        // own thread, nor Qt's X event reader.
        if (!name.startsWith(QLatin1String("Thread (pooled)"))
            && !name.startsWith(QLatin1String("Thread")))
            continue;
        if (name.contains(QLatin1String("QueueClient")) || name.contains(QLatin1String("Xcb")))
            continue;
        if (setpriority(PRIO_PROCESS, id_t(tid.toInt()), 19) == 0)
            names << name;
    }
    return names;
}

// CPU time (ns) of this process's threads named `name` (e.g. "export queue": the queue's thread).
qint64 threadCpuNs(const QString &name)
{
    qint64 ns = 0;
    for (const QString &tid :
         QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(QStringLiteral("/proc/self/task/%1/comm").arg(tid));
        QFile sched(QStringLiteral("/proc/self/task/%1/schedstat").arg(tid));
        if (comm.open(QIODevice::ReadOnly)
            && QString::fromLocal8Bit(comm.readAll().trimmed()) == name
            && sched.open(QIODevice::ReadOnly))
            ns += sched.readAll().split(' ').value(0).toLongLong();
    }
    return ns;
}

qint64 statusKb(const char *key)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(key) + ':';
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Times every event the application dispatches from its event loop (not nested ones), per
// receiver class and event type, to tell what a late timer waited for.
class BenchApplication final : public QApplication
{
public:
    using QApplication::QApplication;

    struct Cost
    {
        qint64 count = 0, totalNs = 0, maxNs = 0, over16 = 0;
    };
    bool recording = false;
    std::map<QByteArray, Cost> costs;

    qint64 paintNs = 0, paints = 0; // time inside widgets' paint events (part of UpdateRequest)

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (recording && event->type() == QEvent::Paint) {
            const qint64 start = clockNs(CLOCK_MONOTONIC);
            const bool result = QApplication::notify(receiver, event);
            paintNs += clockNs(CLOCK_MONOTONIC) - start;
            ++paints;
            return result;
        }
        if (!recording || m_depth > 0)
            return QApplication::notify(receiver, event);
        ++m_depth;
        const qint64 start = clockNs(CLOCK_MONOTONIC);
        const QEvent::Type type = event->type();
        // Read before the dispatch: the receiver may delete itself while handling the event (a
        // single-shot timer does), and reading it afterwards crashed the benchmark now and then.
        const char *className = receiver->metaObject()->className();
        const bool result = QApplication::notify(receiver, event);
        const qint64 ns = clockNs(CLOCK_MONOTONIC) - start;
        --m_depth;
        if (ns > 1000000) { // keep the table small: only dispatches over 1 ms
            const QByteArray key = QByteArray(className) + " / "
                + QByteArray::number(int(type)) + ' ' + eventName(type);
            Cost &c = costs[key];
            ++c.count;
            c.totalNs += ns;
            c.maxNs = std::max(c.maxNs, ns);
            if (ns > 16000000)
                ++c.over16;
        }
        return result;
    }

private:
    static QByteArray eventName(QEvent::Type type)
    {
        switch (type) {
        case QEvent::MetaCall:
            return "MetaCall (queued signal)";
        case QEvent::UpdateRequest:
            return "UpdateRequest (paint + flush)";
        case QEvent::Paint:
            return "Paint";
        case QEvent::Timer:
            return "Timer";
        case QEvent::LayoutRequest:
            return "LayoutRequest";
        case QEvent::Expose:
            return "Expose";
        case QEvent::Resize:
            return "Resize";
        default:
            return "";
        }
    }
    int m_depth = 0;
};

void printCosts(const BenchApplication &app)
{
    std::vector<std::pair<QByteArray, BenchApplication::Cost>> rows(app.costs.begin(),
                                                                    app.costs.end());
    std::sort(rows.begin(), rows.end(),
              [](const auto &a, const auto &b) { return a.second.totalNs > b.second.totalNs; });
    std::fprintf(stderr,
                 "event dispatches over 1 ms (receiver / event: count, total, max, over 16 ms):\n");
    for (size_t i = 0; i < rows.size() && i < 12; ++i) {
        const auto &[key, c] = rows[i];
        std::fprintf(stderr, "  %s: %lld, %.0f ms, %.1f ms, %lld\n", key.constData(), c.count,
                     c.totalNs / 1e6, c.maxNs / 1e6, c.over16);
        std::printf("cost %s|%lld|%.0f|%.1f|%lld\n", key.constData(), c.count, c.totalNs / 1e6,
                    c.maxNs / 1e6, c.over16);
    }
}

// Waits in a nested event loop until `done` holds (checked every 20 ms) or `timeoutMs` passed.
template<typename F> bool waitFor(F done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QEventLoop loop;
        QTimer::singleShot(20, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

double percentileMs(const std::vector<qint64> &sorted, double p)
{
    if (sorted.empty())
        return 0;
    const size_t i = std::min(sorted.size() - 1, size_t(p * double(sorted.size() - 1) + 0.5));
    return sorted[i] / 1e6;
}

// ---------------------------------------------------------------------------------------------

int runLoad(BenchApplication &app, const QString &bigDb, const QString &workRoot, int seconds,
            int intervalMs, bool repaint, bool niceWorkers)
{
    QDir().mkpath(workRoot);
    QTemporaryDir work(workRoot + QStringLiteral("/window-XXXXXX"));
    if (!work.isValid())
        return 1;
    const QString smallDb = work.filePath(QStringLiteral("small.db"));
    const QString exportDir = work.filePath(QStringLiteral("exports"));
    {
        DemoOptions options;
        options.rows = 200;
        QString error;
        if (!createDemoDatabase(smallDb, options, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
    }

    QueueClient client;
    MainWindow window(&client, MainWindow::Options { bigDb });
    window.resize(1500, 800);
    window.show();
    bool opened = false;
    QObject::connect(&window, &MainWindow::queueOpened, &window, [&](bool ok) { opened = ok; });
    QueueClient::Settings settings;
    settings.maxConcurrent = 5;
    settings.exportDirectory = exportDir;
    client.open(work.filePath(QStringLiteral("queue")), settings);
    if (!waitFor([&] { return opened; }, 20000)) {
        std::fprintf(stderr, "the queue did not open\n");
        return 1;
    }

    // 5 big exports first (they start at once), then 100 small ones waiting behind them.
    QList<ExportRequest> requests;
    QStringList descriptions;
    const struct
    {
        Format format;
        bool gzip;
        const char *name;
    } big[] = {
        { Format::Csv, false, "csv" },   { Format::Csv, true, "csv.gz" },
        { Format::Xlsx, false, "xlsx" }, { Format::Json, false, "json" },
        { Format::Txt, false, "txt" },
    };
    for (const auto &b : big) {
        ExportRequest r;
        r.database = bigDb;
        r.format = b.format;
        r.gzip = b.gzip;
        requests << r;
        descriptions << QStringLiteral("Benchmark: 1,000,000 rows (%1)").arg(QLatin1String(b.name));
    }
    for (int i = 0; i < 100; ++i) {
        ExportRequest r;
        r.database = smallDb;
        r.format = i % 2 ? Format::Csv : Format::Json;
        r.gzip = i % 3 == 0;
        requests << r;
        descriptions << QStringLiteral("Benchmark: small job %1").arg(i + 1);
    }
    QList<qint64> ids;
    QObject::connect(&client, &QueueClient::enqueued, &window,
                     [&](const QList<qint64> &added) { ids = added; });
    QSet<qint64> bigFinished;
    QHash<qint64, int> percent;
    int finishedJobs = 0;
    auto track = [&](const QList<JobSnapshot> &jobs) {
        for (const JobSnapshot &s : jobs) {
            percent[s.record.id] = s.percent();
            if (isFinishedState(s.record.state)) {
                ++finishedJobs;
                if (ids.indexOf(s.record.id) >= 0 && ids.indexOf(s.record.id) < 5)
                    bigFinished.insert(s.record.id);
            }
        }
    };
    QObject::connect(&client, &QueueClient::jobsUpdated, &window, track);
    QObject::connect(&client, &QueueClient::jobsFinished, &window, track);
    client.enqueue(requests, descriptions);
    auto runningRows = [&] {
        int n = 0;
        for (int row = 0; row < window.model()->rowCount(); ++row) {
            if (window.model()->index(row, 0).data(JobListModel::StateRole).toInt()
                == int(JobState::Running))
                ++n;
        }
        return n;
    };
    if (!waitFor([&] { return ids.size() == 105 && runningRows() == 5; }, 30000)) {
        std::fprintf(stderr, "the 5 big exports did not start (%lld ids, %d running)\n",
                     qint64(ids.size()), runningRows());
        return 1;
    }
    std::fprintf(stderr, "platform %s; 5 exports running, %d jobs in the window; measuring %d s\n",
                 qPrintable(QGuiApplication::platformName()), window.model()->rowCount(), seconds);

    // The probe: a precise timer; lateness against the time Qt meant to fire it (Qt's own
    // schedule: the previous due time plus the interval, or now plus the interval after a miss).
    JobView *queueView = window.queuePanel()->view();
    std::vector<qint64> lateness;
    lateness.reserve(size_t(seconds) * 1000 / size_t(intervalMs) + 16);
    int paints = 0;
    struct PaintCounter : QObject
    {
        int *n;
        explicit PaintCounter(int *count)
            : n(count)
        {
        }
        bool eventFilter(QObject *, QEvent *e) override
        {
            if (e->type() == QEvent::Paint)
                ++*n;
            return false;
        }
    } counter(&paints);
    queueView->viewport()->installEventFilter(&counter);

    const qint64 intervalNs = qint64(intervalMs) * 1000000;
    QElapsedTimer clock;
    qint64 due = 0;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(intervalMs);
    QObject::connect(&probe, &QTimer::timeout, &window, [&] {
        const qint64 now = clock.nsecsElapsed();
        lateness.push_back(std::max<qint64>(0, now - due));
        due += intervalNs;
        if (due < now)
            due = now + intervalNs;
        if (!repaint)
            return;
        // Painting is part of what is measured: the whole window, and the queue scrolls.
        window.update();
        QScrollBar *bar = queueView->verticalScrollBar();
        bar->setValue(bar->value() >= bar->maximum() ? 0 : bar->value() + bar->singleStep());
    });
    QTimer renice;
    QStringList niced;
    if (niceWorkers) {
        QObject::connect(&renice, &QTimer::timeout, &window, [&] { niced = niceWorkerThreads(); });
        niced = niceWorkerThreads();
        renice.start(500);
        std::fprintf(stderr, "threads at nice 19: %s\n",
                     qPrintable(niced.join(QStringLiteral(", "))));
    }
    const auto schedStart = threadSchedstat();
    app.recording = true;
    clock.start();
    due = intervalNs;
    probe.start();
    const bool allDone = waitFor([&] { return bigFinished.size() == 5; }, seconds * 1000);
    probe.stop();
    app.recording = false;
    const double elapsedS = clock.nsecsElapsed() / 1e9;
    const auto schedEnd = threadSchedstat();
    const double cpuS = (schedEnd.first - schedStart.first) / 1e9;
    const double waitS = (schedEnd.second - schedStart.second) / 1e9;

    QStringList progress;
    for (int i = 0; i < 5; ++i)
        progress << QStringLiteral("%1 %2%")
                        .arg(QLatin1String(big[i].name))
                        .arg(percent.value(ids.value(i)));
    std::sort(lateness.begin(), lateness.end());
    const auto over = [&](double ms) {
        return qint64(lateness.end()
                      - std::upper_bound(lateness.begin(), lateness.end(), qint64(ms * 1e6)));
    };
    std::printf("platform %s\n", qPrintable(QGuiApplication::platformName()));
    std::printf("interval_ms %d\n", intervalMs);
    std::printf("seconds %.1f\n", elapsedS);
    std::printf("big_jobs_finished %d\n", int(bigFinished.size()));
    std::printf("big_progress %s\n", qPrintable(progress.join(QStringLiteral(", "))));
    std::printf("ticks %lld\n", qint64(lateness.size()));
    std::printf("queue_view_paints %d\n", paints);
    std::printf("p50_ms %.2f\n", percentileMs(lateness, 0.50));
    std::printf("p99_ms %.2f\n", percentileMs(lateness, 0.99));
    std::printf("max_ms %.2f\n", lateness.empty() ? 0.0 : lateness.back() / 1e6);
    std::printf("over16 %lld\n", over(16));
    std::printf("over50 %lld\n", over(50));
    std::printf("repaint %s\n", repaint ? "yes" : "no");
    std::printf("workers_niced %lld\n", niceWorkers ? qint64(niced.size()) : qint64(-1));
    std::printf("gui_thread_cpu_percent %.0f\n", cpuS * 100 / elapsedS);
    std::printf("gui_thread_runqueue_wait_percent %.0f\n", waitS * 100 / elapsedS);
    std::printf("paint_events %lld\n", app.paints);
    std::printf("paint_events_ms %.0f\n", app.paintNs / 1e6);
    std::fprintf(stderr, "%s after %.1f s: %s\n", allDone ? "all 5 exports finished" : "stopped",
                 elapsedS, qPrintable(progress.join(QStringLiteral(", "))));
    printCosts(app);

    // Cancel everything, stop the queue gracefully, delete what was exported.
    bool bulkDone = false;
    QObject::connect(&client, &QueueClient::bulkDone, &window, [&] { bulkDone = true; });
    client.cancelAll(ids);
    waitFor([&] { return bulkDone; }, 20000);
    waitFor([&] { return runningRows() == 0; }, 20000);
    client.shutdown(10000);
    int left = 0;
    QDirIterator files(exportDir, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        files.next();
        ++left;
    }
    QDir(exportDir).removeRecursively();
    std::printf("files_left_after_cancel %d\n", left);
    std::printf("exports_deleted %s\n", QFileInfo::exists(exportDir) ? "no" : "yes");
    return 0;
}

// ---------------------------------------------------------------------------------------------

int runFill(const QString &dataDir, int count)
{
    JobStore store;
    QString error;
    if (!store.open(dataDir, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    // Every job finished within the last five days: the queue's retention (7 days) keeps them.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const char *const formats[] = { "csv", "csv.gz", "xlsx", "json", "txt" };
    const char *const what[]
        = { "Alle definities",      "Vastgestelde definities",   "Juridische begrippen",
            "Definities in review", "Begrippen organisatie DJI", "Export voor de werkgroep" };
    const char *const errors[] = {
        "Could not write to /home/gebruiker/Exports: No space left on device (errno 28).",
        "The database is locked by another program (timed out after 30 s).",
        "The source database is not a definitie-app database: table definities is missing.",
    };
    QList<JobRecord> jobs;
    jobs.reserve(count);
    for (int i = 0; i < count; ++i) {
        JobRecord j;
        const int f = i % 5;
        j.request.database
            = QStringLiteral("/home/gebruiker/definitie-app/data/definities-%1.db").arg(i % 3 + 1);
        j.request.format = f == 0 || f == 1 ? Format::Csv
            : f == 2                        ? Format::Xlsx
            : f == 3                        ? Format::Json
                                            : Format::Txt;
        j.request.gzip = f == 1;
        j.request.level = Level(i % 3);
        if (i % 4 == 0)
            j.request.filters.statuses = QStringList { QStringLiteral("established") };
        j.finishedAt = now.addSecs(-qint64(i) * 43); // 10,000 jobs over five days
        j.startedAt = j.finishedAt.addSecs(-(5 + i % 90));
        j.createdAt = j.startedAt.addSecs(-(i % 30));
        j.request.timestamp = j.createdAt;
        j.description = QStringLiteral("%1 (%2) %3")
                            .arg(QLatin1String(what[i % 6]), QLatin1String(formats[f]),
                                 j.createdAt.toLocalTime().toString(QStringLiteral("d MMM HH:mm")));
        j.request.description = j.description;
        const QString output = QStringLiteral("/home/gebruiker/Exports/definities-%1-%2.%3")
                                   .arg(j.createdAt.toString(QStringLiteral("yyyyMMdd-HHmmss")))
                                   .arg(i)
                                   .arg(QLatin1String(formats[f]));
        j.request.output = output;
        j.outputPath = output;
        j.rowsTotal = 1000 + (qint64(i) * 7919) % 1000000;
        j.attempts = 1;
        const int kind = i % 10;
        if (kind < 8) {
            j.state = JobState::Completed;
            j.rowsDone = j.rowsTotal;
            j.bytes = quint64(j.rowsDone) * (f == 1 ? 190 : 1300);
            j.sha256 = QString::fromLatin1(
                QCryptographicHash::hash(QByteArray::number(i), QCryptographicHash::Sha256)
                    .toHex());
        } else if (kind == 8) {
            j.state = JobState::Failed;
            j.attempts = 3;
            j.rowsDone = j.rowsTotal / 3;
            j.bytes = quint64(j.rowsDone) * 1300;
            j.error = QString::fromLatin1(errors[i % 3]);
            for (int a = 1; a <= 3; ++a) {
                j.errorHistory.append(
                    QJsonObject { { QStringLiteral("attempt"), a },
                                  { QStringLiteral("at"),
                                    j.startedAt.addSecs(a * 20).toString(Qt::ISODateWithMs) },
                                  { QStringLiteral("message"), j.error } });
            }
        } else {
            j.state = JobState::Cancelled;
            j.rowsDone = j.rowsTotal / 2;
            j.bytes = quint64(j.rowsDone) * 1300;
        }
        j.pinned = i % 97 == 0;
        jobs << j;
    }
    QElapsedTimer t;
    t.start();
    if (!store.insert(jobs)) {
        std::fprintf(stderr, "%s\n", qPrintable(store.lastError()));
        return 1;
    }
    std::printf("inserted %d\n", count);
    std::printf("insert_ms %.0f\n", t.nsecsElapsed() / 1e6);
    // What opening the queue costs at least: it reads every record (ExportQueue::open() reads
    // them once into its cache and runRetention() once more).
    JobStore reader;
    reader.open(dataDir, &error);
    t.restart();
    const qsizetype listed = reader.list().size();
    std::printf("list_ms %.0f\n", t.nsecsElapsed() / 1e6);
    std::printf("listed %lld\n", qint64(listed));
    return 0;
}

// ---------------------------------------------------------------------------------------------

int runStartup(BenchApplication &app, qint64 mainNs, const QString &dataDir, int expectedRows,
               bool historyTab)
{
    const qint64 startNs = processStartNs();
    const qint64 appNs = clockNs(CLOCK_BOOTTIME);
    QueueClient client;
    MainWindow window(&client, MainWindow::Options {});
    const qint64 windowNs = clockNs(CLOCK_BOOTTIME);
    window.resize(1500, 800);
    if (historyTab)
        window.findChild<QTabWidget *>(QStringLiteral("tabs"))
            ->setCurrentWidget(window.historyPanel());

    qint64 openedNs = 0, firstPaintNs = 0, filledPaintNs = 0, frameNs = 0, hwmKb = 0, rssKb = 0;
    qint64 processCpuNs = 0, mainCpuNs = 0, queueCpuNs = 0;
    int openedRows = -1;
    QObject::connect(&window, &MainWindow::queueOpened, &window, [&](bool ok) {
        openedNs = clockNs(CLOCK_BOOTTIME);
        openedRows = ok ? window.historyPanel()->proxy()->rowCount() : -1;
        if (!ok)
            app.exit(1);
    });
    struct PaintWatch : QObject
    {
        std::function<void(QWidget *)> onPaint;
        bool eventFilter(QObject *o, QEvent *e) override
        {
            if (e->type() == QEvent::Paint && o->isWidgetType())
                onPaint(static_cast<QWidget *>(o));
            return false;
        }
    } watch;
    watch.onPaint = [&](QWidget *w) {
        if (w->window() != &window)
            return;
        const qint64 now = clockNs(CLOCK_BOOTTIME);
        if (!firstPaintNs)
            firstPaintNs = now;
        if (filledPaintNs || !openedNs
            || window.historyPanel()->proxy()->rowCount() != expectedRows)
            return;
        filledPaintNs = now;
        // The frame ends when this paint pass has been flushed: the next turn of the event loop.
        QTimer::singleShot(0, &window, [&] {
            frameNs = clockNs(CLOCK_BOOTTIME);
            hwmKb = statusKb("VmHWM");
            rssKb = statusKb("VmRSS");
            processCpuNs = clockNs(CLOCK_PROCESS_CPUTIME_ID);
            mainCpuNs = clockNs(CLOCK_THREAD_CPUTIME_ID);
            queueCpuNs = threadCpuNs(QStringLiteral("export queue"));
            app.quit();
        });
    };
    app.installEventFilter(&watch);
    QTimer::singleShot(30000, &app, [&] { app.exit(2); });

    window.show();
    client.open(dataDir); // the default settings, as a first start
    const int rc = app.exec();
    app.removeEventFilter(&watch);
    const auto ms = [&](qint64 t) { return t ? (t - startNs) / 1e6 : -1.0; };
    std::printf("platform %s\n", qPrintable(QGuiApplication::platformName()));
    std::printf("history_rows %d\n", window.historyPanel()->proxy()->rowCount());
    std::printf("model_rows %d\n", window.model()->rowCount());
    std::printf("opened_rows %d\n", openedRows);
    std::printf("main_ms %.1f\n", ms(mainNs));
    std::printf("qapplication_ms %.1f\n", ms(appNs));
    std::printf("window_constructed_ms %.1f\n", ms(windowNs));
    std::printf("first_paint_ms %.1f\n", ms(firstPaintNs));
    std::printf("queue_opened_ms %.1f\n", ms(openedNs));
    std::printf("filled_paint_ms %.1f\n", ms(filledPaintNs));
    std::printf("frame_done_ms %.1f\n", ms(frameNs));
    std::printf("from_main_ms %.1f\n", frameNs ? (frameNs - mainNs) / 1e6 : -1.0);
    std::printf("vmhwm_kb %lld\n", hwmKb);
    std::printf("process_cpu_ms %.0f\n", processCpuNs / 1e6);
    std::printf("window_thread_cpu_ms %.0f\n", mainCpuNs / 1e6);
    std::printf("queue_thread_cpu_ms %.0f\n", queueCpuNs / 1e6);
    std::printf("vmrss_kb %lld\n", rssKb);
    client.shutdown();
    return rc;
}

} // namespace

int main(int argc, char *argv[])
{
    const qint64 mainNs = clockNs(CLOCK_BOOTTIME);
    const QByteArray mode = argc > 1 ? QByteArray(argv[1]) : QByteArray();
    if (mode == "fill" && argc >= 4) {
        QCoreApplication core(argc, argv);
        return runFill(QString::fromLocal8Bit(argv[2]), atoi(argv[3]));
    }
    if ((mode != "load" || argc < 4) && (mode != "startup" || argc < 4)) {
        std::fprintf(
            stderr,
            "usage: bench_window load BIG_DB WORK_DIR [SECONDS] [INTERVAL_MS] [repaint|norepaint] "
            "[nice]\n"
            "       bench_window fill DATA_DIR COUNT\n"
            "       bench_window startup DATA_DIR EXPECTED_HISTORY_ROWS [queue|history]\n");
        return 1;
    }
    // The window keeps its layout in QSettings: a benchmark must neither read nor change the
    // user's, so it runs on a configuration folder of its own (the script passes an empty one).
    if (qEnvironmentVariableIsEmpty("XDG_CONFIG_HOME")) {
        std::fprintf(stderr, "set XDG_CONFIG_HOME to an empty folder\n");
        return 1;
    }
    BenchApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("definitie-export"));
    QCoreApplication::setOrganizationName(QStringLiteral("definitie-export"));
    QApplication::setQuitOnLastWindowClosed(false);
    installLanguage(AppSettings::load().language); // as the program does: English here (C locale)
    if (mode == "load")
        return runLoad(app, QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]),
                       argc > 4 ? atoi(argv[4]) : 60, argc > 5 ? atoi(argv[5]) : 5,
                       !(argc > 6 && QByteArray(argv[6]) == "norepaint"),
                       argc > 7 && QByteArray(argv[7]) == "nice");
    return runStartup(app, mainNs, QString::fromLocal8Bit(argv[2]), atoi(argv[3]),
                      !(argc > 4 && QByteArray(argv[4]) == "queue"));
}
