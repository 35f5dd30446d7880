#pragma once

// Compresses into standard gzip on all cores: the stream is cut into fixed-size chunks, each
// compressed (libdeflate, level 6) into its own gzip member on a private thread pool and written
// in order. A multi-member file is plain gzip (RFC 1952) that every reader accepts; the fixed
// chunk size keeps the output independent of timing.

#include "Sink.h"

#include <QFuture>
#include <QThreadPool>

#include <deque>
#include <string>

namespace defex {

class GzipSink final : public Sink
{
public:
    explicit GzipSink(Sink &next, int level = 6, size_t chunkSize = 2 * 1024 * 1024);
    ~GzipSink() override;
    GzipSink(const GzipSink &) = delete;
    GzipSink &operator=(const GzipSink &) = delete;

    bool write(const char *data, size_t len) override;
    bool finish() override;
    // Closes the current member now (used at checkpoints so a resumed run cuts the same way).
    bool endMember();

    quint64 bytesWritten() const override { return m_next.bytesWritten(); }
    quint64 bytesIn() const { return m_bytesIn; }
    // A resumed export continues counting from its checkpoint.
    void setBytesIn(quint64 bytes) { m_bytesIn = bytes; }
    QString errorString() const override { return m_error; }

private:
    bool submitChunk();
    bool drain(size_t keep);

    Sink &m_next;
    int m_level;
    size_t m_chunkSize;
    std::string m_chunk;
    std::deque<QFuture<std::string>> m_pending;
    QThreadPool m_pool;
    quint64 m_bytesIn = 0;
    bool m_anyMember = false;
    QString m_error;
};

} // namespace defex
