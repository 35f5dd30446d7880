#include "FileSink.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace defex {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("defex::FileSink", text);
}

} // namespace

FileSink::~FileSink()
{
    if (!m_committed)
        discard();
}

QString FileSink::partPathFor(const QString &finalPath)
{
    return finalPath + QStringLiteral(".part");
}

bool FileSink::setError(const QString &what, int err)
{
    QString reason;
    if (err == ENOSPC || err == EDQUOT)
        reason = tr("the disk is full");
    else if (err == EACCES || err == EPERM || err == EROFS)
        reason = tr("no permission to write there");
    else if (err == EFBIG)
        reason = tr("the file is too large for this file system or limit");
    else
        reason = QString::fromLocal8Bit(std::strerror(err));
    m_error = what.arg(QDir::toNativeSeparators(m_finalPath), reason);
    return false;
}

bool FileSink::open(const QString &finalPath)
{
    m_finalPath = QFileInfo(finalPath).absoluteFilePath();
    m_partPath = partPathFor(m_finalPath);
    m_bytes = 0;
    m_committed = false;
    const QFileInfo dir(QFileInfo(m_finalPath).absolutePath());
    if (!dir.exists()) {
        m_error = tr("Cannot write %1: the folder does not exist.").arg(QDir::toNativeSeparators(m_finalPath));
        m_partPath.clear();
        return false;
    }
    if (QFileInfo(m_finalPath).isDir()) {
        m_error = tr("Cannot write %1: it is a folder.").arg(QDir::toNativeSeparators(m_finalPath));
        m_partPath.clear();
        return false;
    }
    const QByteArray part = QFile::encodeName(m_partPath);
    // No O_TRUNC yet: a .part that another export is writing must not be emptied under it.
    m_fd = ::open(part.constData(), O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
    if (m_fd < 0) {
        const int err = errno;
        m_partPath.clear();
        return setError(tr("Cannot write %1: %2."), err);
    }
    if (::flock(m_fd, LOCK_EX | LOCK_NB) != 0) {
        ::close(m_fd);
        m_fd = -1;
        m_partPath.clear(); // not ours: never remove it
        m_error = tr("Cannot write %1: another export is writing this file right now.")
                      .arg(QDir::toNativeSeparators(m_finalPath));
        return false;
    }
    // A stale .part left by a crash is ours now; start it afresh with private permissions.
    if (::ftruncate(m_fd, 0) != 0 || ::fchmod(m_fd, 0600) != 0) {
        const int err = errno;
        discard();
        return setError(tr("Cannot write %1: %2."), err);
    }
    return true;
}

bool FileSink::write(const char *data, size_t len)
{
    if (m_fd < 0) {
        if (m_error.isEmpty())
            m_error = tr("Internal error: the output file is not open.");
        return false;
    }
    while (len > 0) {
        const ssize_t n = ::write(m_fd, data, len);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return setError(tr("Cannot write %1: %2."), errno);
        }
        data += n;
        len -= size_t(n);
        m_bytes += quint64(n);
    }
    return true;
}

bool FileSink::finish()
{
    if (m_fd < 0)
        return false;
    // A writer with its own file layer (XLSX) wrote the file through another handle.
    struct stat st;
    if (::fstat(m_fd, &st) == 0 && quint64(st.st_size) > m_bytes)
        m_bytes = quint64(st.st_size);
    if (::fsync(m_fd) != 0)
        return setError(tr("Cannot write %1: %2."), errno);
    return true;
}

bool FileSink::commit()
{
    if (m_fd < 0)
        return false;
    const QByteArray part = QFile::encodeName(m_partPath);
    const QByteArray fin = QFile::encodeName(m_finalPath);
    if (::rename(part.constData(), fin.constData()) != 0)
        return setError(tr("Cannot move the finished export to %1: %2."), errno);
    m_committed = true;
    closeFd();
    // Make the rename itself durable.
    const QByteArray dir = QFile::encodeName(QFileInfo(m_finalPath).absolutePath());
    const int dfd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd >= 0) {
        ::fsync(dfd);
        ::close(dfd);
    }
    return true;
}

void FileSink::closeFd()
{
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
}

void FileSink::discard()
{
    if (m_fd >= 0) {
        ::unlink(QFile::encodeName(m_partPath).constData());
        closeFd();
    }
}

} // namespace defex
