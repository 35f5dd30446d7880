#include "DemoFormat.h"

#include <array>
#include <charconv>

namespace defex::demo {

namespace {

struct CalendarDay
{
    char text[10]; // YYYY-MM-DD, not terminated
};

// The calendar of the demo range, computed once: formatting a date is then a copy.
const std::array<CalendarDay, DemoDays> &calendar()
{
    static const std::array<CalendarDay, DemoDays> days = [] {
        std::array<CalendarDay, DemoDays> table {};
        static const int monthLengths[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
        int index = 0;
        for (int year = 2023; year <= 2026; ++year) {
            for (int month = 1; month <= 12; ++month) {
                int length = monthLengths[month - 1] + (month == 2 && year % 4 == 0 ? 1 : 0);
                for (int day = 1; day <= length; ++day) {
                    char *p = table[size_t(index++)].text;
                    p[0] = char('0' + year / 1000);
                    p[1] = char('0' + year / 100 % 10);
                    p[2] = char('0' + year / 10 % 10);
                    p[3] = char('0' + year % 10);
                    p[4] = '-';
                    p[5] = char('0' + month / 10);
                    p[6] = char('0' + month % 10);
                    p[7] = '-';
                    p[8] = char('0' + day / 10);
                    p[9] = char('0' + day % 10);
                }
            }
        }
        return table;
    }();
    return days;
}

void appendTwoDigits(std::string &out, int v)
{
    out.push_back(char('0' + v / 10));
    out.push_back(char('0' + v % 10));
}

// Decodes one code point of valid UTF-8 at s[i] and advances i.
char32_t decodeUtf8(std::string_view s, size_t &i)
{
    const auto c = static_cast<unsigned char>(s[i++]);
    if (c < 0x80)
        return c;
    int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
    char32_t cp = c & (0x3F >> extra);
    while (extra-- > 0 && i < s.size())
        cp = (cp << 6) | (static_cast<unsigned char>(s[i++]) & 0x3F);
    return cp;
}

void appendUnicodeEscape(std::string &out, unsigned unit)
{
    static const char hex[] = "0123456789abcdef";
    out += "\\u";
    for (int shift = 12; shift >= 0; shift -= 4)
        out.push_back(hex[(unit >> shift) & 0xF]);
}

} // namespace

quint64 streamSeed(quint64 seed, quint64 stream)
{
    // Run the seed through the mixer first so that seeds 1 and 2 give unrelated streams.
    Rng mixer(seed ^ 0x6A09E667F3BCC909ull);
    return mixer.next() + stream * 0xD1B54A32D192ED03ull;
}

size_t charCount(std::string_view utf8)
{
    size_t n = 0;
    for (char c : utf8)
        n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}

void appendJsonString(std::string &out, std::string_view s, bool asciiOnly)
{
    out.push_back('"');
    for (size_t i = 0; i < s.size();) {
        const char c = s[i];
        if (c == '"' || c == '\\') {
            out.push_back('\\');
            out.push_back(c);
            ++i;
        } else if (c == '\n') {
            out += "\\n";
            ++i;
        } else if (static_cast<unsigned char>(c) < 0x20) {
            appendUnicodeEscape(out, static_cast<unsigned char>(c));
            ++i;
        } else if (asciiOnly && static_cast<unsigned char>(c) >= 0x80) {
            char32_t cp = decodeUtf8(s, i);
            if (cp >= 0x10000) {
                cp -= 0x10000;
                appendUnicodeEscape(out, 0xD800 + unsigned(cp >> 10));
                appendUnicodeEscape(out, 0xDC00 + unsigned(cp & 0x3FF));
            } else {
                appendUnicodeEscape(out, unsigned(cp));
            }
        } else {
            out.push_back(c);
            ++i;
        }
    }
    out.push_back('"');
}

void appendWithBegrip(std::string &out, std::string_view fragment, std::string_view begrip)
{
    size_t from = 0;
    for (size_t at = fragment.find('%'); at != std::string_view::npos;
         at = fragment.find('%', from)) {
        out.append(fragment.substr(from, at - from));
        out.append(begrip);
        from = at + 1;
    }
    out.append(fragment.substr(from));
}

void appendInt(std::string &out, qint64 value)
{
    char buf[24];
    auto result = std::to_chars(buf, buf + sizeof buf, value);
    out.append(buf, result.ptr);
}

Timestamp later(const Timestamp &t, qint64 seconds)
{
    qint64 total = qint64(t.day) * SecondsPerDay + t.second + seconds;
    const qint64 last = qint64(DemoDays) * SecondsPerDay - 1;
    if (total > last)
        total = last;
    Timestamp r;
    r.day = int(total / SecondsPerDay);
    r.second = int(total % SecondsPerDay);
    r.micro = t.micro;
    return r;
}

void appendTimestamp(std::string &out, const Timestamp &t, TimestampStyle style)
{
    appendDate(out, t.day);
    out.push_back(style == TimestampStyle::TSeparator || style == TimestampStyle::TMicro ? 'T'
                                                                                         : ' ');
    appendTwoDigits(out, t.second / 3600);
    out.push_back(':');
    appendTwoDigits(out, t.second / 60 % 60);
    out.push_back(':');
    appendTwoDigits(out, t.second % 60);
    if (style == TimestampStyle::SpaceMicroUtc || style == TimestampStyle::TMicro) {
        out.push_back('.');
        int micro = t.micro;
        char digits[6];
        for (int i = 5; i >= 0; --i, micro /= 10)
            digits[i] = char('0' + micro % 10);
        out.append(digits, 6);
    }
    if (style == TimestampStyle::SpaceMicroUtc)
        out += "+00:00";
}

void appendDate(std::string &out, int day)
{
    if (day < 0)
        day = 0;
    if (day >= DemoDays)
        day = DemoDays - 1;
    out.append(calendar()[size_t(day)].text, 10);
}

} // namespace defex::demo
