#include "GzipSink.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>

#include <libdeflate.h>

#include <memory>

namespace defex {

namespace {

struct CompressorDeleter
{
    void operator()(libdeflate_compressor *c) const { libdeflate_free_compressor(c); }
};

std::string compressMember(std::string input, int level)
{
    // One compressor per pool thread and level: allocating one per chunk would cost more than
    // the compression of small chunks.
    thread_local std::unique_ptr<libdeflate_compressor, CompressorDeleter> compressor;
    thread_local int compressorLevel = -1;
    if (!compressor || compressorLevel != level) {
        compressor.reset(libdeflate_alloc_compressor(level));
        compressorLevel = level;
    }
    std::string out;
    if (!compressor)
        return out;
    out.resize(libdeflate_gzip_compress_bound(compressor.get(), input.size()));
    const size_t n = libdeflate_gzip_compress(compressor.get(), input.data(), input.size(),
                                              out.data(), out.size());
    out.resize(n);
    out.shrink_to_fit(); // the bound is far larger than the result; do not keep the slack
    return out;
}

} // namespace

GzipSink::GzipSink(Sink &next, int level, size_t chunkSize)
    : m_next(next), m_level(level), m_chunkSize(chunkSize)
{
    m_pool.setMaxThreadCount(qMax(1, QThread::idealThreadCount()));
    m_chunk.reserve(m_chunkSize);
}

GzipSink::~GzipSink()
{
    for (auto &f : m_pending)
        f.waitForFinished();
}

bool GzipSink::write(const char *data, size_t len)
{
    m_bytesIn += len;
    while (len > 0) {
        const size_t room = m_chunkSize - m_chunk.size();
        const size_t take = len < room ? len : room;
        m_chunk.append(data, take);
        data += take;
        len -= take;
        if (m_chunk.size() == m_chunkSize && !submitChunk())
            return false;
    }
    return true;
}

bool GzipSink::submitChunk()
{
    if (m_chunk.empty())
        return true;
    std::string input;
    input.swap(m_chunk);
    m_chunk.reserve(m_chunkSize);
    m_pending.push_back(QtConcurrent::run(&m_pool, compressMember, std::move(input), m_level));
    m_anyMember = true;
    // Bounded memory: one chunk per core in flight plus one waiting, enough to keep every core busy.
    return drain(size_t(m_pool.maxThreadCount() + 1));
}

bool GzipSink::drain(size_t keep)
{
    while (m_pending.size() > keep) {
        QFuture<std::string> f = m_pending.front();
        m_pending.pop_front();
        const std::string member = f.takeResult(); // moved out, not copied
        if (member.empty()) {
            m_error = QCoreApplication::translate("defex::GzipSink", "Compression failed.");
            return false;
        }
        if (!m_next.write(member.data(), member.size())) {
            m_error = m_next.errorString();
            return false;
        }
    }
    return true;
}

bool GzipSink::endMember()
{
    return submitChunk() && drain(0);
}

bool GzipSink::finish()
{
    // An empty export is still a valid gzip file: one member holding nothing.
    if (!m_anyMember && m_chunk.empty()) {
        m_pending.push_back(QtConcurrent::run(&m_pool, compressMember, std::string(), m_level));
        m_anyMember = true;
    }
    if (!submitChunk() || !drain(0))
        return false;
    if (!m_next.finish()) {
        m_error = m_next.errorString();
        return false;
    }
    return true;
}

} // namespace defex
