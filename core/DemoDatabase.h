#pragma once

// A generator of demo source databases: the definitie-app schema filled with realistic,
// deterministic Dutch definitions and examples, for demos, benchmarks and tests.

#include <QString>
#include <QtGlobal>

#include <functional>

namespace defex {

struct DemoOptions
{
    qint64 rows = 5000; // rows of `definities`; examples come on top (about 4.5 per row)
    quint64 seed = 1; // same seed and rows: the same database content, byte for byte in every row
};

// Creates FILE (must not exist yet, or it is an error) in the definitie-app schema filled with
// deterministic demo definitions. The database is built as FILE.part and renamed into place
// only when complete, so an interrupted run never leaves a half database under FILE.
// `progress` gets (definitions written, options.rows) now and then, and (rows, rows) at the end.
bool createDemoDatabase(const QString &path, const DemoOptions &options, QString *error,
                        const std::function<void(qint64 done, qint64 total)> &progress = {});

} // namespace defex
