#pragma once

// Writes an export to `<final>.part` (mode 0600, locked against a second writer) and renames it
// into place only on commit(). Whatever happens before that, the final name is never touched.

#include "Sink.h"

#include <QString>

namespace defex {

class FileSink final : public Sink
{
public:
    FileSink() = default;
    ~FileSink() override; // discards an uncommitted .part
    FileSink(const FileSink &) = delete;
    FileSink &operator=(const FileSink &) = delete;

    bool open(const QString &finalPath);
    // Reopens the .part of an interrupted export and cuts it back to `keepBytes` (the last
    // checkpoint). Fails, leaving nothing changed, when the .part is missing or shorter.
    bool openForResume(const QString &finalPath, quint64 keepBytes);
    bool write(const char *data, size_t len) override;
    bool finish() override;          // fsync
    bool sync();                     // fsync without finishing (at checkpoints)
    bool commit();                   // rename .part -> final, fsync the folder
    void discard();                  // close and remove the .part
    // Keep the .part when this sink is destroyed uncommitted (a suspended export).
    void keepPartOnDestruction() { m_keepPart = true; }

    quint64 bytesWritten() const override { return m_bytes; }
    QString errorString() const override { return m_error; }
    QString directPath() const override { return m_partPath; }
    QString partPath() const { return m_partPath; }
    QString finalPath() const { return m_finalPath; }

    static QString partPathFor(const QString &finalPath);
    // Why no export can be written to `finalPath` (its folder is missing or not a folder, or the
    // path is a folder), found without creating anything; empty when none of these applies.
    // open() gives the same messages; a queue checks with this when the job is queued.
    static QString destinationProblem(const QString &finalPath);

    // SHA-256 of the file's bytes (hex), available after finish().
    QString sha256() const { return m_sha256; }

private:
    bool setError(const QString &what, int err);
    bool lockPart(const QByteArray &part);
    void closeFd();
    bool hashFile(quint64 length); // (re)computes the hash from the file's first `length` bytes

    int m_fd = -1;
    QString m_finalPath;
    QString m_partPath;
    quint64 m_bytes = 0;
    QString m_error;
    bool m_committed = false;
    bool m_keepPart = false;
    void *m_hash = nullptr; // EVP_MD_CTX, kept opaque to keep OpenSSL out of this header
    QString m_sha256;
};

} // namespace defex
