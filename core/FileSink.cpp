#include "FileSink.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <openssl/evp.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace defex {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(defex::FileSink)
};

} // namespace

FileSink::~FileSink()
{
    if (m_keepPart)
        closeFd();
    else if (!m_committed)
        discard();
    EVP_MD_CTX_free(static_cast<EVP_MD_CTX *>(m_hash));
}

static EVP_MD_CTX *freshHash(void *&slot)
{
    if (!slot)
        slot = EVP_MD_CTX_new();
    auto *ctx = static_cast<EVP_MD_CTX *>(slot);
    EVP_DigestInit_ex(ctx, EVP_sha256(), nullptr);
    return ctx;
}

QString FileSink::partPathFor(const QString &finalPath)
{
    return finalPath + QStringLiteral(".part");
}

QString FileSink::destinationProblem(const QString &finalPath)
{
    const QString path = QFileInfo(finalPath).absoluteFilePath();
    const QFileInfo dir(QFileInfo(path).absolutePath());
    if (!dir.exists())
        return Tr::tr("Cannot write %1: the folder does not exist.")
            .arg(QDir::toNativeSeparators(path));
    if (!dir.isDir()) {
        return Tr::tr("Cannot write %1: %2 is not a folder.")
            .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(dir.filePath()));
    }
    if (QFileInfo(path).isDir())
        return Tr::tr("Cannot write %1: it is a folder.").arg(QDir::toNativeSeparators(path));
    return {};
}

bool FileSink::setError(const QString &what, int err)
{
    QString reason;
    if (err == ENOSPC || err == EDQUOT)
        reason = Tr::tr("the disk is full");
    else if (err == EACCES || err == EPERM || err == EROFS)
        reason = Tr::tr("no permission to write there");
    else if (err == EFBIG)
        reason = Tr::tr("the file is too large for this file system or limit");
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
    m_keepPart = false;
    m_error = destinationProblem(m_finalPath);
    if (!m_error.isEmpty()) {
        m_partPath.clear();
        return false;
    }
    // The finished export replaces what is at the path with a rename: that is right for an
    // earlier export, never for a link, a device or a pipe.
    struct stat existing;
    if (::lstat(QFile::encodeName(m_finalPath).constData(), &existing) == 0 && !S_ISREG(existing.st_mode)) {
        m_error = Tr::tr("Cannot write %1: it exists and is not a regular file (a link, device or "
                         "pipe). Give the path of a new or ordinary file.")
                      .arg(QDir::toNativeSeparators(m_finalPath));
        m_partPath.clear();
        return false;
    }
    const QByteArray part = QFile::encodeName(m_partPath);
    if (!lockPart(part))
        return false;
    // A stale .part left by a crash is ours now; start it afresh with private permissions.
    if (::ftruncate(m_fd, 0) != 0 || ::fchmod(m_fd, 0600) != 0) {
        const int err = errno;
        discard();
        return setError(Tr::tr("Cannot write %1: %2."), err);
    }
    freshHash(m_hash);
    return true;
}

bool FileSink::lockPart(const QByteArray &part)
{
    // No O_TRUNC: a .part that another export is writing must not be emptied under it.
    m_fd = ::open(part.constData(), O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
    if (m_fd < 0) {
        const int err = errno;
        m_partPath.clear();
        // The folder exists (open() checked), yet "no such file": a folder such as /proc or
        // /sys in which no file can be created. strerror's words would point the wrong way.
        if (err == ENOENT && QFileInfo(QFileInfo(m_finalPath).absolutePath()).isDir()) {
            m_error = Tr::tr("Cannot write %1: no file can be created in the folder %2.")
                          .arg(QDir::toNativeSeparators(m_finalPath),
                               QDir::toNativeSeparators(QFileInfo(m_finalPath).absolutePath()));
            return false;
        }
        return setError(Tr::tr("Cannot write %1: %2."), err);
    }
    if (::flock(m_fd, LOCK_EX | LOCK_NB) != 0) {
        ::close(m_fd);
        m_fd = -1;
        m_partPath.clear(); // not ours: never remove it
        m_error = Tr::tr("Cannot write %1: another export is writing this file right now.")
                      .arg(QDir::toNativeSeparators(m_finalPath));
        return false;
    }
    return true;
}

bool FileSink::openForResume(const QString &finalPath, quint64 keepBytes)
{
    m_finalPath = QFileInfo(finalPath).absoluteFilePath();
    m_partPath = partPathFor(m_finalPath);
    m_committed = false;
    const QByteArray part = QFile::encodeName(m_partPath);
    struct stat st;
    if (::stat(part.constData(), &st) != 0 || quint64(st.st_size) < keepBytes) {
        m_error = Tr::tr("The partial file %1 is missing or shorter than its checkpoint.")
                      .arg(QDir::toNativeSeparators(m_partPath));
        m_partPath.clear();
        return false;
    }
    if (!lockPart(part))
        return false;
    if (::ftruncate(m_fd, off_t(keepBytes)) != 0 || ::lseek(m_fd, 0, SEEK_END) < 0) {
        const int err = errno;
        discard();
        return setError(Tr::tr("Cannot write %1: %2."), err);
    }
    m_bytes = keepBytes;
    if (!hashFile(keepBytes)) {
        discard();
        return false;
    }
    return true;
}

bool FileSink::hashFile(quint64 length)
{
    EVP_MD_CTX *ctx = freshHash(m_hash);
    const int rfd = ::open(QFile::encodeName(m_partPath).constData(), O_RDONLY | O_CLOEXEC);
    if (rfd < 0)
        return setError(Tr::tr("Cannot read back %1: %2."), errno);
    std::string buffer(1 << 20, '\0');
    quint64 left = length;
    while (left > 0) {
        const ssize_t n = ::read(rfd, buffer.data(), size_t(qMin<quint64>(left, buffer.size())));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const int err = n < 0 ? errno : EIO;
            ::close(rfd);
            return setError(Tr::tr("Cannot read back %1: %2."), err);
        }
        EVP_DigestUpdate(ctx, buffer.data(), size_t(n));
        left -= quint64(n);
    }
    ::close(rfd);
    return true;
}

bool FileSink::write(const char *data, size_t len)
{
    if (m_fd < 0) {
        if (m_error.isEmpty())
            m_error = Tr::tr("Internal error: the output file is not open.");
        return false;
    }
    while (len > 0) {
        const ssize_t n = ::write(m_fd, data, len);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return setError(Tr::tr("Cannot write %1: %2."), errno);
        }
        EVP_DigestUpdate(static_cast<EVP_MD_CTX *>(m_hash), data, size_t(n));
        data += n;
        len -= size_t(n);
        m_bytes += quint64(n);
    }
    return true;
}

bool FileSink::sync()
{
    if (m_fd < 0)
        return false;
    if (::fsync(m_fd) != 0)
        return setError(Tr::tr("Cannot write %1: %2."), errno);
    return true;
}

bool FileSink::finish()
{
    if (m_fd < 0)
        return false;
    // A writer with its own file layer (XLSX) wrote the file through another handle: its bytes
    // never passed through write(), so they are hashed from the file.
    struct stat st;
    if (::fstat(m_fd, &st) == 0 && quint64(st.st_size) != m_bytes) {
        m_bytes = quint64(st.st_size);
        if (!hashFile(m_bytes))
            return false;
    }
    if (::fsync(m_fd) != 0)
        return setError(Tr::tr("Cannot write %1: %2."), errno);
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(static_cast<EVP_MD_CTX *>(m_hash), digest, &length);
    m_sha256 = QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex());
    return true;
}

bool FileSink::commit()
{
    if (m_fd < 0)
        return false;
    const QByteArray part = QFile::encodeName(m_partPath);
    const QByteArray fin = QFile::encodeName(m_finalPath);
    if (::rename(part.constData(), fin.constData()) != 0)
        return setError(Tr::tr("Cannot move the finished export to %1: %2."), errno);
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
