#pragma once

// Writes a ZIP archive (PKWARE APPNOTE 6.3) front to back into a Sink, without seeking: every
// entry is deflated and followed by a data descriptor, and the central directory comes last.
// An entry's data is cut into fixed-size chunks compressed on a private thread pool (see
// DeflateChunk.h), so the bytes do not depend on timing. Zip64 fields are written where a size
// or an offset needs them. All timestamps are the DOS epoch, 1980-01-01 00:00.

#include "DeflateChunk.h"

#include <QFuture>
#include <QString>
#include <QThreadPool>

#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace defex {

class Sink;

class ZipStreamWriter final
{
public:
    static constexpr size_t kDefaultChunkSize = 1024 * 1024;

    explicit ZipStreamWriter(Sink &sink, int level = 6, size_t chunkSize = kDefaultChunkSize);
    ~ZipStreamWriter();
    ZipStreamWriter(const ZipStreamWriter &) = delete;
    ZipStreamWriter &operator=(const ZipStreamWriter &) = delete;

    // Zip64 fields for every entry and the end records even where 32 bits suffice. Only for
    // tests: it exercises the Zip64 path with small archives.
    void setForceZip64(bool force) { m_forceZip64 = force; }

    bool beginEntry(std::string_view name);
    bool write(const char *data, size_t len);
    bool write(std::string_view data) { return write(data.data(), data.size()); }
    bool endEntry();
    bool addEntry(std::string_view name, std::string_view data);
    // Writes the central directory and hands everything to the sink (which it does not finish).
    bool finish();

    QString errorString() const { return m_error; }

private:
    struct Entry
    {
        std::string name;
        quint64 offset = 0;
        quint64 compressed = 0;
        quint64 plain = 0;
        quint32 crc = 0;
    };

    bool submitChunk(bool final);
    bool drain(size_t keep);
    bool output(const char *data, size_t len);
    bool output(const std::string &data) { return output(data.data(), data.size()); }
    bool flushOut();
    bool fail(const QString &message);
    bool needsZip64(const Entry &e) const;
    void appendCentralHeader(const Entry &e);
    void appendEnd(quint64 centralOffset, quint64 centralSize);

    Sink &m_sink;
    int m_level;
    size_t m_chunkSize;
    bool m_forceZip64 = false;
    QThreadPool m_pool;
    std::deque<QFuture<DeflatedChunk>> m_pending;
    std::string m_chunk;
    std::string m_out; // bytes on their way to the sink, handed over in large pieces
    quint64 m_offset = 0; // archive bytes produced so far
    std::vector<Entry> m_entries;
    bool m_inEntry = false;
    bool m_finished = false;
    QString m_error;
};

} // namespace defex
