#pragma once

// Where a writer's bytes go. Writers never touch the filesystem; a sink does.

#include <QString>
#include <QtGlobal>

#include <cstddef>

namespace defex {

class Sink
{
public:
    virtual ~Sink() = default;

    virtual bool write(const char *data, size_t len) = 0;
    // Flushes everything and makes it durable; the sink accepts no more writes afterwards.
    virtual bool finish() = 0;
    // Bytes that reached the file so far (compressed bytes for a compressing sink).
    virtual quint64 bytesWritten() const = 0;
    virtual QString errorString() const = 0;
    // The path of the file being written when bytes go to it unchanged, else empty.
    // Lets a writer with its own file layer (XLSX) write the file directly.
    virtual QString directPath() const { return {}; }
};

} // namespace defex
