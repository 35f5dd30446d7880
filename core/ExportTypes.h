#pragma once

// Small enums and value types shared by every part of the export engine.

#include <QString>
#include <QStringList>

namespace defex {

enum class Format { Csv, Xlsx, Json, Txt };
enum class Level { Basis, Uitgebreid, Compleet };

// What went wrong, so that callers (command line exit codes, the queue's retry policy) can act.
enum class ErrorKind {
    None,
    Usage,       // the request itself is invalid
    BadInput,    // the source database is missing, not SQLite, not a definitie-app schema
    SourceBusy,  // the source is locked by a writer beyond the timeout (transient)
    Output,      // the destination cannot be written (permissions, disk full)
    Cancelled,   // stopped for good: the .part is removed
    Suspended,   // stopped to continue later (pause, quit): the .part is kept for resuming
    Internal,
};

struct ExportError
{
    ErrorKind kind = ErrorKind::None;
    QString message;

    bool isError() const { return kind != ErrorKind::None; }
    static ExportError make(ErrorKind k, const QString &m) { return ExportError{k, m}; }
};

QString formatName(Format f);                       // "csv", "xlsx", ...
bool formatFromName(const QString &name, Format *out);
QString levelName(Level l);                         // "basis", "uitgebreid", "compleet"
bool levelFromName(const QString &name, Level *out);
QString fileExtension(Format f, bool gzip);         // ".csv", ".csv.gz", ...

} // namespace defex
