#pragma once

// Building blocks of the demo database generator: a seeded random source and the formatting of
// timestamps, dates and JSON strings, all appending to caller-owned UTF-8 buffers.

#include "DemoWords.h"

#include <QtGlobal>

#include <string>
#include <string_view>

namespace defex::demo {

// splitmix64: tiny, fast and specified bit for bit, so a seed means the same rows on every
// platform and compiler (std:: distributions do not promise that).
class Rng
{
public:
    explicit Rng(quint64 seed)
        : m_state(seed)
    {
    }

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    // Uniform in [0, n), n > 0. Multiply-shift instead of modulo: no division, bias ~n/2^32.
    quint32 below(quint32 n) { return quint32(((next() >> 32) * n) >> 32); }
    int between(int lo, int hi) { return lo + int(below(quint32(hi - lo + 1))); }
    bool percent(int p) { return below(100) < quint32(p); }
    std::string_view pick(const WordList &list) { return list[below(quint32(list.size()))]; }

private:
    quint64 m_state;
};

// Stream `stream` of the generator for `seed`: every row gets its own stream so that a row's
// content does not depend on how much randomness the rows before it used.
quint64 streamSeed(quint64 seed, quint64 stream);

// Characters (code points) in valid UTF-8, which is what SQLite's length() counts.
size_t charCount(std::string_view utf8);

// Appends `s` as a JSON string literal. `asciiOnly` escapes every non-ASCII character as \uXXXX
// the way Python's json.dumps does by default; some real rows were written like that.
void appendJsonString(std::string &out, std::string_view s, bool asciiOnly);

// Appends `fragment` with every '%' replaced by `begrip`.
void appendWithBegrip(std::string &out, std::string_view fragment, std::string_view begrip);

void appendInt(std::string &out, qint64 value);

// Demo timestamps lie in 2023-01-01 .. 2026-12-31.
constexpr int DemoDays = 1461;
constexpr int SecondsPerDay = 86400;

struct Timestamp
{
    int day = 0; // days since 2023-01-01
    int second = 0; // within the day
    int micro = 0;
};

// The text timestamp shapes found in the real database.
enum class TimestampStyle {
    SpaceMicroUtc, // 2025-10-01 14:45:09.867093+00:00 (the app's own, most rows)
    TSeparator, // 2025-09-24T07:24:25
    Space, // 2025-09-24 07:24:25
    TMicro, // 2025-09-24T07:24:25.083589
};

// Later by `seconds` (>= 0), clamped to the last second of the range; keeps the microseconds.
Timestamp later(const Timestamp &t, qint64 seconds);
void appendTimestamp(std::string &out, const Timestamp &t, TimestampStyle style);
void appendDate(std::string &out, int day); // 2025-09-24

} // namespace defex::demo
