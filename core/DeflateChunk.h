#pragma once

// Compresses one piece of a longer stream into raw deflate that can be concatenated with the
// pieces after it (the pigz way), so that one zip entry can be compressed on every core.

#include <QtGlobal>

#include <string>
#include <string_view>

namespace defex {

struct DeflatedChunk
{
    std::string data; // raw deflate; empty only on failure
    quint32 crc = 0; // CRC-32 of the input
    quint64 inSize = 0; // input bytes
};

// `final` chunks end the deflate stream. Any other chunk ends on a byte boundary without the
// last-block flag, so the next chunk's deflate data can follow it directly.
DeflatedChunk deflateChunk(const std::string &input, int level, bool final);

// Clears the last-block flag of the complete raw deflate stream `stream` (which decompresses to
// `plainSize` bytes) and byte-aligns its end with an empty stored block where needed. False when
// `stream` is not such a stream.
bool makeDeflateContinuable(std::string &stream, quint64 plainSize);

} // namespace defex
