#include "DeflateChunk.h"

#include <libdeflate.h>
#include <memory>
#include <zlib.h>

namespace defex {

namespace {

struct CompressorDeleter
{
    void operator()(libdeflate_compressor *c) const { libdeflate_free_compressor(c); }
};

libdeflate_compressor *compressorFor(int level)
{
    // One compressor per thread and level: allocating one per chunk would cost more than
    // compressing it.
    thread_local std::unique_ptr<libdeflate_compressor, CompressorDeleter> compressor;
    thread_local int compressorLevel = -1;
    if (!compressor || compressorLevel != level) {
        compressor.reset(libdeflate_alloc_compressor(level));
        compressorLevel = level;
    }
    return compressor.get();
}

struct Inflater
{
    z_stream s = {};
    bool ok = false;
    Inflater() { ok = inflateInit2(&s, -15) == Z_OK; }
    ~Inflater()
    {
        if (ok)
            inflateEnd(&s);
    }
};

} // namespace

// libdeflate always writes a complete stream: its last block carries BFINAL and the stream is
// padded to a byte. Where that block starts and where exactly it ends is known only to a
// decoder, so we walk the blocks with zlib's inflate(Z_BLOCK), as zlib's examples/gzjoin.c
// does: it stops at every block boundary and reports how many bits of the last byte it left.
bool makeDeflateContinuable(std::string &stream, quint64 plainSize)
{
    Inflater inf;
    if (!inf.ok || stream.empty())
        return false;
    thread_local std::string scratch(256 * 1024, '\0');
    auto *in = reinterpret_cast<unsigned char *>(stream.data());
    inf.s.next_in = in;
    inf.s.avail_in = uInt(stream.size());
    size_t headerByte = 0; // where the current block's header (and its BFINAL bit) is
    int headerBit = 0;
    int endUnusedBits = -1;
    while (endUnusedBits < 0) {
        inf.s.next_out = reinterpret_cast<unsigned char *>(scratch.data());
        inf.s.avail_out = uInt(scratch.size());
        if (inflate(&inf.s, Z_BLOCK) != Z_OK)
            return false; // Z_STREAM_END cannot come before the end of the last block is seen
        if (!(inf.s.data_type & 128))
            continue; // inside a block: the scratch output was full
        const size_t consumed = size_t(inf.s.next_in - in);
        const int unused = inf.s.data_type & 7;
        if (inf.s.data_type & 64) {
            if (consumed != stream.size())
                return false;
            endUnusedBits = unused;
        } else if (unused != 0) {
            headerByte = consumed - 1;
            headerBit = 8 - unused;
        } else {
            headerByte = consumed;
            headerBit = 0;
        }
    }
    if (inf.s.total_out != plainSize || headerByte >= stream.size())
        return false;
    auto &header = reinterpret_cast<unsigned char &>(stream[headerByte]);
    if (!(header & (1u << headerBit)))
        return false;
    header = static_cast<unsigned char>(header & ~(1u << headerBit));

    // The padding after the last block is where the next block header now starts. An empty
    // stored block (3 header bits, padding to the byte, LEN 0, NLEN 0xFFFF) realigns: its
    // header fits in three or more padding bits, otherwise it continues into one more byte.
    if (endUnusedBits == 0)
        return true;
    auto &last = reinterpret_cast<unsigned char &>(stream.back());
    last = static_cast<unsigned char>(last & (0xFFu >> endUnusedBits)); // padding bits are 0
    if (endUnusedBits < 3)
        stream.push_back('\0');
    stream.append("\0\0\xFF\xFF", 4);
    return true;
}

DeflatedChunk deflateChunk(const std::string &input, int level, bool final)
{
    DeflatedChunk out;
    out.inSize = input.size();
    out.crc = quint32(libdeflate_crc32(0, input.data(), input.size()));
    libdeflate_compressor *c = compressorFor(level);
    if (!c)
        return out;
    out.data.resize(libdeflate_deflate_compress_bound(c, input.size()));
    const size_t n = libdeflate_deflate_compress(c, input.data(), input.size(), out.data.data(),
                                                 out.data.size());
    out.data.resize(n);
    if (n == 0 || (!final && !makeDeflateContinuable(out.data, input.size())))
        out.data.clear();
    out.data.shrink_to_fit(); // the bound is far larger than the result; do not keep the slack
    return out;
}

} // namespace defex
