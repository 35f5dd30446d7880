#include "DemoDatabase.h"

#include "DemoBuilder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace defex {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(defex::DemoDatabase)
};

void removeBuildFiles(const QString &part)
{
    QFile::remove(part);
    QFile::remove(part + QStringLiteral("-journal"));
}

// The build ran with synchronous=OFF: flush the file before its name says it is complete.
bool syncToDisk(const QString &file, QString *error)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(file).constData(), O_RDONLY | O_CLOEXEC);
    const bool ok = fd >= 0 && ::fsync(fd) == 0;
    const int savedErrno = errno;
    if (fd >= 0)
        ::close(fd);
    if (!ok) {
        const QString shown = QDir::toNativeSeparators(file);
        *error = savedErrno == ENOSPC || savedErrno == EDQUOT
            ? Tr::tr("Disk full: not enough free space for %1.").arg(shown)
            : Tr::tr("Cannot write %1: %2")
                  .arg(shown, QString::fromLocal8Bit(std::strerror(savedErrno)));
    }
    return ok;
#else
    Q_UNUSED(file);
    Q_UNUSED(error);
    return true;
#endif
}

// Makes the rename itself durable; a failure here loses nothing but durability, so it is ignored.
void syncFolder(const QString &folder)
{
#ifdef Q_OS_UNIX
    const QByteArray name = QFile::encodeName(folder);
    const int fd = ::open(name.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(folder);
#endif
}

} // namespace

bool createDemoDatabase(const QString &path, const DemoOptions &options, QString *error,
                        const std::function<void(qint64 done, qint64 total)> &progress)
{
    QString message;
    auto fail = [&](const QString &text) {
        if (error)
            *error = text;
        return false;
    };
    if (path.isEmpty())
        return fail(Tr::tr("No file name given for the demo database."));
    if (options.rows < 0)
        return fail(Tr::tr("The number of rows must not be negative (got %1).").arg(options.rows));
    const QFileInfo target(path);
    const QString shown = QDir::toNativeSeparators(target.absoluteFilePath());
    if (target.exists() || target.isSymLink())
        return fail(Tr::tr("%1 already exists; the demo database is only written to a "
                       "new file.")
                        .arg(shown));
    const QFileInfo folder(target.absolutePath());
    if (!folder.isDir())
        return fail(Tr::tr("The folder %1 does not exist.")
                        .arg(QDir::toNativeSeparators(folder.absoluteFilePath())));

    const QString folderShown = QDir::toNativeSeparators(folder.absoluteFilePath());
    if (!folder.isWritable())
        return fail(Tr::tr("The folder %1 is not writable.").arg(folderShown));

    const QString part = path + QStringLiteral(".part");
    removeBuildFiles(part); // left by an interrupted run, never anyone else's
    {
        // Creating the file ourselves gives the operating system's reason when it cannot be
        // (root passes the check above on a read-only or special file system).
        QFile probe(part);
        if (!probe.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return fail(Tr::tr("Cannot create a file in the folder %1: %2.")
                            .arg(folderShown, probe.errorString()));
    }

    bool ok
        = demo::buildDemoDatabase(part, options, progress, &message) && syncToDisk(part, &message);
    if (ok) {
        QFile built(part);
        if (!built.rename(path)) {
            ok = false;
            message = Tr::tr("Cannot rename %1 to %2: %3")
                          .arg(QDir::toNativeSeparators(part), shown, built.errorString());
        }
    }
    if (!ok) {
        removeBuildFiles(part);
        return fail(message);
    }
    syncFolder(folder.absoluteFilePath());
    if (progress)
        progress(options.rows, options.rows);
    return true;
}

} // namespace defex
