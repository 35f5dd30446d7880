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
    bool write(const char *data, size_t len) override;
    bool finish() override;          // fsync
    bool commit();                   // rename .part -> final, fsync the folder
    void discard();                  // close and remove the .part

    quint64 bytesWritten() const override { return m_bytes; }
    QString errorString() const override { return m_error; }
    QString directPath() const override { return m_partPath; }
    QString partPath() const { return m_partPath; }
    QString finalPath() const { return m_finalPath; }

    static QString partPathFor(const QString &finalPath);

private:
    bool setError(const QString &what, int err);
    void closeFd();

    int m_fd = -1;
    QString m_finalPath;
    QString m_partPath;
    quint64 m_bytes = 0;
    QString m_error;
    bool m_committed = false;
};

} // namespace defex
