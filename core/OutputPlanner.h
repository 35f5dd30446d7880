#pragma once

// Chooses the file names of queued jobs that got no --output: readable ("description-time.csv")
// and never the path of another job, an existing file or a .part, however the paths are
// spelled (relative, "./", "..", a trailing slash, a symlinked folder).

#include "ExportTypes.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QString>

namespace defex {

class OutputPlanner final
{
public:
    // `directory` is where the planned files go; a relative one is taken from the current folder.
    explicit OutputPlanner(const QString &directory);

    // A path that no planned name may take (another job's output).
    void reserve(const QString &path);
    // A new unique path in the directory, reserved at once.
    QString plan(const QString &description, Format format, bool gzip, const QDateTime &when);

    // The absolute, clean form of a path, for storing and showing.
    static QString absolutePath(const QString &path);

private:
    // One spelling per file: the canonical folder (when it exists) and the file name.
    QString identity(const QString &path);

    QString m_dir;
    QSet<QString> m_taken;
    QHash<QString, QString> m_canonicalDirs;
    // How far the numbering of each name got, so that n names cost O(n) and not O(n²).
    QHash<QString, int> m_nextSuffix;
};

} // namespace defex
