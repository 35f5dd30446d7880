#pragma once

// UTF-8 checks and repairs used on every text cell read from the source.

#include <string>
#include <string_view>

namespace defex {

void appendUtf8(std::string &out, char32_t cp);

// True when `s` is valid UTF-8 without NUL bytes (the common, fast path).
bool isCleanUtf8(std::string_view s);

// Appends `s` with every invalid sequence and every NUL byte replaced by U+FFFD.
void appendRepairedUtf8(std::string_view s, std::string &out);

// Length of `s` in UTF-16 code units (what Excel's cell limit counts).
size_t utf16Length(std::string_view s);

// The longest prefix of valid UTF-8 `s` that has at most `maxUnits` UTF-16 units, never
// splitting a character.
std::string_view truncateUtf16(std::string_view s, size_t maxUnits);

} // namespace defex
