// Queue benchmark (not a test): time to enqueue 100 jobs, and 100 small jobs run through the
// queue with 5 at once. Prints Markdown rows. Usage: bench_queue [DEMO_DB]

#include "DemoDatabase.h"
#include "ExportQueue.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace defex;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    QString db = argc > 1 ? QString::fromLocal8Bit(argv[1]) : dir.filePath(QStringLiteral("small.db"));
    if (argc <= 1) {
        DemoOptions options;
        options.rows = 200;
        QString error;
        if (!createDemoDatabase(db, options, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
    }
    auto request = [&](int i) {
        ExportRequest r;
        r.database = db;
        r.format = i % 2 ? Format::Csv : Format::Json;
        r.gzip = i % 3 == 0;
        return r;
    };

    // 1. Enqueue 100 jobs one by one (what a user or script does), and in one call.
    {
        ExportQueue queue;
        QString error;
        if (!queue.open(dir.filePath(QStringLiteral("enqueue")), false, &error))
            return 1;
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < 100; ++i)
            queue.enqueue(request(i));
        const double single = t.nsecsElapsed() / 1e6;
        QList<ExportRequest> many;
        for (int i = 0; i < 100; ++i)
            many << request(i);
        t.restart();
        queue.enqueueMany(many);
        const double batch = t.nsecsElapsed() / 1e6;
        std::printf("| enqueue 100 jobs, one call each | %.1f ms |\n", single);
        std::printf("| enqueue 100 jobs, one call | %.1f ms |\n", batch);
    }

    // 2. 100 small jobs through the queue, 5 at once.
    {
        ExportQueue queue;
        QString error;
        if (!queue.open(dir.filePath(QStringLiteral("run")), true, &error))
            return 1;
        queue.setExportDirectory(dir.filePath(QStringLiteral("out")));
        QList<ExportRequest> many;
        for (int i = 0; i < 100; ++i)
            many << request(i);
        int finished = 0;
        int maxRunning = 0;
        QObject::connect(&queue, &ExportQueue::jobsFinished, &queue,
                         [&](const QList<JobSnapshot> &jobs) { finished += int(jobs.size()); });
        QObject::connect(&queue, &ExportQueue::jobsUpdated, &queue,
                         [&](const QList<JobSnapshot> &) { maxRunning = qMax(maxRunning, queue.runningCount()); });
        QElapsedTimer t;
        t.start();
        queue.enqueueMany(many);
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, &app, [&] {
            if (finished >= 100)
                app.quit();
        });
        poll.start(10);
        app.exec();
        std::printf("| 100 small jobs (200 rows each), 5 at once | %.2f s (max running seen: %d) |\n",
                    t.elapsed() / 1000.0, maxRunning);
    }
    return 0;
}
