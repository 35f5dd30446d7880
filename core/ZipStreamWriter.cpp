#include "ZipStreamWriter.h"

#include "Sink.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>

#include <zlib.h>

namespace defex {

namespace {

constexpr quint32 kLocalHeader = 0x04034b50;
constexpr quint32 kDataDescriptor = 0x08074b50;
constexpr quint32 kCentralHeader = 0x02014b50;
constexpr quint32 kEnd = 0x06054b50;
constexpr quint32 kEnd64 = 0x06064b50;
constexpr quint32 kEnd64Locator = 0x07064b50;
constexpr quint16 kVersion20 = 20; // deflate
constexpr quint16 kVersion45 = 45; // Zip64
constexpr quint16 kFlagDataDescriptor = 0x0008;
constexpr quint16 kMethodDeflate = 8;
constexpr quint16 kDosDate = (0 << 9) | (1 << 5) | 1; // 1980-01-01, as libxlsxwriter wrote
constexpr quint32 k32 = 0xFFFFFFFFu;
constexpr size_t kOutFlush = 256 * 1024;

void put16(std::string &s, quint16 v)
{
    const char b[2] = { char(v & 0xFF), char(v >> 8) };
    s.append(b, 2);
}

void put32(std::string &s, quint32 v)
{
    put16(s, quint16(v & 0xFFFF));
    put16(s, quint16(v >> 16));
}

void put64(std::string &s, quint64 v)
{
    put32(s, quint32(v & k32));
    put32(s, quint32(v >> 32));
}

} // namespace

ZipStreamWriter::ZipStreamWriter(Sink &sink, int level, size_t chunkSize)
    : m_sink(sink)
    , m_level(level)
    , m_chunkSize(chunkSize == 0 ? kDefaultChunkSize : chunkSize)
{
    m_pool.setMaxThreadCount(qMax(1, QThread::idealThreadCount()));
}

ZipStreamWriter::~ZipStreamWriter()
{
    for (auto &f : m_pending)
        f.waitForFinished();
}

bool ZipStreamWriter::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    return false;
}

bool ZipStreamWriter::output(const char *data, size_t len)
{
    m_out.append(data, len);
    m_offset += len;
    return m_out.size() < kOutFlush || flushOut();
}

bool ZipStreamWriter::flushOut()
{
    if (m_out.empty())
        return true;
    if (!m_sink.write(m_out.data(), m_out.size()))
        return fail(m_sink.errorString());
    m_out.clear();
    return true;
}

bool ZipStreamWriter::beginEntry(std::string_view name)
{
    if (!m_error.isEmpty())
        return false;
    if (m_inEntry && !endEntry())
        return false;
    Entry e;
    e.name.assign(name);
    e.offset = m_offset;
    // Sizes and CRC follow in the data descriptor (flag bit 3). Zip64 readers take the sizes
    // from the central directory, so the local header carries Zip64 fields only when forced.
    std::string h;
    put32(h, kLocalHeader);
    put16(h, m_forceZip64 ? kVersion45 : kVersion20);
    put16(h, kFlagDataDescriptor);
    put16(h, kMethodDeflate);
    put16(h, 0); // time 00:00
    put16(h, kDosDate);
    put32(h, 0); // CRC
    put32(h, m_forceZip64 ? k32 : 0);
    put32(h, m_forceZip64 ? k32 : 0);
    put16(h, quint16(e.name.size()));
    put16(h, m_forceZip64 ? 20 : 0);
    h += e.name;
    if (m_forceZip64) {
        put16(h, 0x0001);
        put16(h, 16);
        put64(h, 0);
        put64(h, 0);
    }
    m_entries.push_back(std::move(e));
    m_inEntry = true;
    m_chunk.reserve(m_chunkSize);
    return output(h);
}

bool ZipStreamWriter::write(const char *data, size_t len)
{
    if (!m_error.isEmpty())
        return false;
    while (len > 0) {
        const size_t take = qMin(len, m_chunkSize - m_chunk.size());
        m_chunk.append(data, take);
        data += take;
        len -= take;
        if (m_chunk.size() == m_chunkSize && !submitChunk(false))
            return false;
    }
    return true;
}

bool ZipStreamWriter::submitChunk(bool final)
{
    std::string input;
    input.swap(m_chunk);
    if (!final)
        m_chunk.reserve(m_chunkSize);
    m_pending.push_back(QtConcurrent::run(&m_pool, deflateChunk, std::move(input), m_level, final));
    // Bounded memory: one chunk per core in flight plus one waiting keeps every core busy.
    return drain(size_t(m_pool.maxThreadCount() + 1));
}

bool ZipStreamWriter::drain(size_t keep)
{
    while (m_pending.size() > keep) {
        QFuture<DeflatedChunk> f = m_pending.front();
        m_pending.pop_front();
        const DeflatedChunk chunk = f.takeResult();
        if (chunk.data.empty())
            return fail(QCoreApplication::translate("defex::GzipSink", "Compression failed."));
        Entry &e = m_entries.back();
        e.crc = quint32(crc32_combine(e.crc, chunk.crc, z_off_t(chunk.inSize)));
        e.plain += chunk.inSize;
        e.compressed += chunk.data.size();
        if (!output(chunk.data))
            return false;
    }
    return true;
}

bool ZipStreamWriter::endEntry()
{
    if (!m_error.isEmpty() || !m_inEntry)
        return m_error.isEmpty();
    m_inEntry = false;
    if (!submitChunk(true) || !drain(0))
        return false;
    const Entry &e = m_entries.back();
    std::string d;
    put32(d, kDataDescriptor);
    put32(d, e.crc);
    // 8-byte sizes only where they need them (as Go's archive/zip does); the central
    // directory is what readers go by.
    if (m_forceZip64 || e.plain >= k32 || e.compressed >= k32) {
        put64(d, e.compressed);
        put64(d, e.plain);
    } else {
        put32(d, quint32(e.compressed));
        put32(d, quint32(e.plain));
    }
    return output(d);
}

bool ZipStreamWriter::addEntry(std::string_view name, std::string_view data)
{
    return beginEntry(name) && write(data) && endEntry();
}

bool ZipStreamWriter::needsZip64(const Entry &e) const
{
    return m_forceZip64 || e.plain >= k32 || e.compressed >= k32 || e.offset >= k32;
}

void ZipStreamWriter::appendCentralHeader(const Entry &e)
{
    const bool zip64 = needsZip64(e);
    // Only the fields that do not fit go into the Zip64 extra field, in this order.
    std::string extra;
    const bool bigPlain = m_forceZip64 || e.plain >= k32;
    const bool bigCompressed = m_forceZip64 || e.compressed >= k32;
    const bool bigOffset = m_forceZip64 || e.offset >= k32;
    if (bigPlain)
        put64(extra, e.plain);
    if (bigCompressed)
        put64(extra, e.compressed);
    if (bigOffset)
        put64(extra, e.offset);
    std::string h;
    put32(h, kCentralHeader);
    put16(h, zip64 ? kVersion45 : kVersion20); // made by: MS-DOS
    put16(h, zip64 ? kVersion45 : kVersion20);
    put16(h, kFlagDataDescriptor);
    put16(h, kMethodDeflate);
    put16(h, 0);
    put16(h, kDosDate);
    put32(h, e.crc);
    put32(h, bigCompressed ? k32 : quint32(e.compressed));
    put32(h, bigPlain ? k32 : quint32(e.plain));
    put16(h, quint16(e.name.size()));
    put16(h, quint16(extra.empty() ? 0 : extra.size() + 4));
    put16(h, 0); // comment
    put16(h, 0); // disk
    put16(h, 0); // internal attributes
    put32(h, 0); // external attributes
    put32(h, bigOffset ? k32 : quint32(e.offset));
    h += e.name;
    if (!extra.empty()) {
        put16(h, 0x0001);
        put16(h, quint16(extra.size()));
        h += extra;
    }
    m_out += h;
    m_offset += h.size();
}

void ZipStreamWriter::appendEnd(quint64 centralOffset, quint64 centralSize)
{
    const quint64 count = m_entries.size();
    const bool zip64
        = m_forceZip64 || count >= 0xFFFF || centralSize >= k32 || centralOffset >= k32;
    std::string t;
    if (zip64) {
        const quint64 end64Offset = m_offset;
        put32(t, kEnd64);
        put64(t, 44); // size of the rest of this record
        put16(t, kVersion45);
        put16(t, kVersion45);
        put32(t, 0);
        put32(t, 0);
        put64(t, count);
        put64(t, count);
        put64(t, centralSize);
        put64(t, centralOffset);
        put32(t, kEnd64Locator);
        put32(t, 0);
        put64(t, end64Offset);
        put32(t, 1);
    }
    put32(t, kEnd);
    put16(t, 0);
    put16(t, 0);
    put16(t, zip64 ? 0xFFFF : quint16(count));
    put16(t, zip64 ? 0xFFFF : quint16(count));
    put32(t, zip64 ? k32 : quint32(centralSize));
    put32(t, zip64 ? k32 : quint32(centralOffset));
    put16(t, 0); // comment
    m_out += t;
    m_offset += t.size();
}

bool ZipStreamWriter::finish()
{
    if (m_finished || !m_error.isEmpty())
        return m_error.isEmpty();
    if (m_inEntry && !endEntry())
        return false;
    m_finished = true;
    const quint64 centralOffset = m_offset;
    for (const Entry &e : m_entries)
        appendCentralHeader(e);
    appendEnd(centralOffset, m_offset - centralOffset);
    return flushOut();
}

} // namespace defex
