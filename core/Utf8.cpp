#include "Utf8.h"

#include <cstring>

namespace defex {

void appendUtf8(std::string &out, char32_t cp)
{
    if (cp < 0x80) {
        out.push_back(char(cp));
    } else if (cp < 0x800) {
        out.push_back(char(0xC0 | (cp >> 6)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(char(0xE0 | (cp >> 12)));
        out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(char(0xF0 | (cp >> 18)));
        out.push_back(char(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    }
}

namespace {

// Length of the valid UTF-8 sequence at s[i], or 0 when it is invalid (or a NUL byte).
size_t sequenceLength(const unsigned char *s, size_t n, size_t i)
{
    const unsigned char c = s[i];
    if (c == 0)
        return 0;
    if (c < 0x80)
        return 1;
    auto cont = [&](size_t k) { return i + k < n && (s[i + k] & 0xC0) == 0x80; };
    if (c >= 0xC2 && c <= 0xDF)
        return cont(1) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        if (!cont(1) || !cont(2))
            return 0;
        const unsigned char c1 = s[i + 1];
        if (c == 0xE0 && c1 < 0xA0)
            return 0; // overlong
        if (c == 0xED && c1 >= 0xA0)
            return 0; // surrogate
        return 3;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (!cont(1) || !cont(2) || !cont(3))
            return 0;
        const unsigned char c1 = s[i + 1];
        if (c == 0xF0 && c1 < 0x90)
            return 0;
        if (c == 0xF4 && c1 >= 0x90)
            return 0;
        return 4;
    }
    return 0;
}

bool isAsciiWithoutNul(const unsigned char *s, size_t n, size_t *stop)
{
    size_t i = 0;
    // Eight bytes at a time: no high bit set and no zero byte.
    for (; i + 8 <= n; i += 8) {
        unsigned long long w;
        std::memcpy(&w, s + i, 8);
        const unsigned long long high = w & 0x8080808080808080ULL;
        const unsigned long long zero = (w - 0x0101010101010101ULL) & ~w & 0x8080808080808080ULL;
        if (high | zero)
            break;
    }
    for (; i < n; ++i) {
        if (s[i] == 0 || s[i] >= 0x80)
            break;
    }
    *stop = i;
    return i == n;
}

} // namespace

bool isCleanUtf8(std::string_view sv)
{
    const auto *s = reinterpret_cast<const unsigned char *>(sv.data());
    const size_t n = sv.size();
    size_t i = 0;
    while (i < n) {
        // Dutch text is mostly ASCII with an accent here and there: go back to the fast
        // eight-bytes-at-a-time scan after every multi-byte character.
        size_t stop = 0;
        if (isAsciiWithoutNul(s + i, n - i, &stop))
            return true;
        i += stop;
        const size_t len = sequenceLength(s, n, i);
        if (len == 0)
            return false;
        i += len;
    }
    return true;
}

void appendRepairedUtf8(std::string_view sv, std::string &out)
{
    const auto *s = reinterpret_cast<const unsigned char *>(sv.data());
    const size_t n = sv.size();
    size_t i = 0;
    while (i < n) {
        const size_t len = sequenceLength(s, n, i);
        if (len == 0) {
            out.append("\xEF\xBF\xBD");
            ++i;
            // Skip the continuation bytes of the broken sequence, so one bad character gives
            // one replacement character.
            while (i < n && (s[i] & 0xC0) == 0x80)
                ++i;
        } else {
            out.append(sv.data() + i, len);
            i += len;
        }
    }
}

size_t utf16Length(std::string_view s)
{
    size_t units = 0;
    for (unsigned char c : s) {
        if ((c & 0xC0) != 0x80)
            units += (c >= 0xF0) ? 2 : 1;
    }
    return units;
}

std::string_view truncateUtf16(std::string_view s, size_t maxUnits)
{
    size_t units = 0;
    size_t i = 0;
    while (i < s.size()) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        const size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        const size_t u = c >= 0xF0 ? 2 : 1;
        if (units + u > maxUnits)
            break;
        units += u;
        i += len;
    }
    return s.substr(0, i);
}

} // namespace defex
