#pragma once

// The SQLite half of createDemoDatabase: fills an empty file with the schema and the rows.

#include "DemoDatabase.h"

namespace defex::demo {

// Builds the demo database in `file`, which exists and is empty. Fast rather than safe (no
// journal, no syncs): the caller deletes the file when this fails and syncs it when it succeeds.
bool buildDemoDatabase(const QString &file, const DemoOptions &options,
                       const std::function<void(qint64, qint64)> &progress, QString *error);

} // namespace defex::demo
