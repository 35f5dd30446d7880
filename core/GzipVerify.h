#pragma once

// Reads a finished gzip file back completely before it is handed to the user: every member's
// CRC and length must check out and the total must be what was compressed.

#include <QString>

namespace defex {

// True when `path` is a valid (possibly multi-member) gzip file holding `expectedBytes` bytes
// once decompressed; otherwise false with a message.
bool verifyGzipFile(const QString &path, quint64 expectedBytes, QString *error);

} // namespace defex
