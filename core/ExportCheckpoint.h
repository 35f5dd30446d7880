#pragma once

// Where an interrupted export can continue: taken at fixed row counts (so it never depends on
// timing), after everything before it is durable in the .part file.

#include <QJsonObject>
#include <QString>

namespace defex {

struct ExportCheckpoint
{
    qint64 rowsDone = 0;     // rows written before this point
    qint64 lastId = 0;       // id of the last written definition
    qint64 upperId = 0;      // the export's fixed upper id (rows added later are not exported)
    qint64 totalRows = 0;    // the count at the export's start (written into JSON/TXT headers)
    quint64 partBytes = 0;   // length of the .part file at this point
    quint64 plainBytes = 0;  // the same before compression (equal to partBytes without gzip)
    QString sourceFingerprint;

    bool isValid() const { return rowsDone > 0 && partBytes > 0; }
    QJsonObject toJson() const;
    static ExportCheckpoint fromJson(const QJsonObject &o);
};

// A cheap stamp of the source database's files (size, modification time, change counter, and
// the same for its -wal file). It changes whenever anything writes to the database; a resumed
// export that finds a different stamp starts over rather than mix old and new data.
QString sourceFingerprint(const QString &databasePath);

} // namespace defex
