#include "XlsxText.h"

#include <QtGlobal>

#include <algorithm>
#include <array>
#include <cstdio>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace defex::xlsx {

namespace {

bool isHex(char ch)
{
    return (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f') || (ch >= 'A' && ch <= 'F');
}

// Excel decodes "_xHHHH_" in cell text as the character HHHH, so a literal one in a definition
// would silently change; its underscore has to be written as "_x005F_" to survive.
bool startsEscapeLookalike(std::string_view s, size_t i)
{
    return i + 7 <= s.size() && s[i] == '_' && (s[i + 1] == 'x' || s[i + 1] == 'X')
        && isHex(s[i + 2]) && isHex(s[i + 3]) && isHex(s[i + 4]) && isHex(s[i + 5])
        && s[i + 6] == '_';
}

// U+FFFE and U+FFFF are valid UTF-8 but not allowed in XML 1.0.
bool isXmlNonCharacter(std::string_view s, size_t i)
{
    return i + 3 <= s.size() && quint8(s[i]) == 0xEF && quint8(s[i + 1]) == 0xBF
        && (quint8(s[i + 2]) == 0xBE || quint8(s[i + 2]) == 0xBF);
}

size_t utf8SequenceLength(quint8 lead)
{
    return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
}

// Bytes that cannot go into a <t> element as they are: markup, and control characters, which
// XML 1.0 forbids (or, for CR, would turn into LF). Tab and LF stay.
constexpr std::array<bool, 256> kSpecial = [] {
    std::array<bool, 256> t = {};
    for (int c = 0; c < 0x20; ++c)
        t[size_t(c)] = c != '\t' && c != '\n';
    t['&'] = t['<'] = t['>'] = true;
    return t;
}();

} // namespace

bool needsEscaping(std::string_view s)
{
    for (size_t i = 0; i < s.size(); ++i) {
        if ((s[i] == '_' && startsEscapeLookalike(s, i))
            || (s[i] == '\xEF' && isXmlNonCharacter(s, i)))
            return true;
    }
    return false;
}

bool escapeForExcel(std::string_view s, std::string &out)
{
    const size_t limit = kMaxCellUnits;
    size_t units = 0;
    size_t codePoints = 0;
    out.clear();
    for (size_t i = 0; i < s.size();) {
        const size_t len = std::min(utf8SequenceLength(quint8(s[i])), s.size() - i);
        const size_t charUnits = len == 4 ? 2 : 1;
        char escape[8] = {};
        if (s[i] == '_' && startsEscapeLookalike(s, i))
            std::snprintf(escape, sizeof escape, "_x005F_"); // stands for the underscore
        else if (len == 3 && isXmlNonCharacter(s, i))
            std::snprintf(escape, sizeof escape, "_x%04X_", s[i + 2] == '\xBE' ? 0xFFFE : 0xFFFF);
        const size_t outPoints = escape[0] ? 7 : 1;
        if (units + charUnits > limit || codePoints + outPoints > limit)
            return true;
        if (escape[0])
            out.append(escape);
        else
            out.append(s.data() + i, len);
        codePoints += outPoints;
        units += charUnits;
        i += len;
    }
    return false;
}

void appendXmlText(std::string &out, std::string_view s)
{
    size_t start = 0;
    size_t i = 0;
    const size_t n = s.size();
    while (i < n) {
#ifdef __SSE2__
        // Sixteen bytes per step: most text holds none of the special bytes.
        const __m128i low = _mm_set1_epi8(0x1F);
        const __m128i amp = _mm_set1_epi8('&');
        const __m128i lt = _mm_set1_epi8('<');
        const __m128i gt = _mm_set1_epi8('>');
        while (i + 16 <= n) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s.data() + i));
            const __m128i hit = _mm_or_si128(
                _mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(v, low), v), _mm_cmpeq_epi8(v, amp)),
                _mm_or_si128(_mm_cmpeq_epi8(v, lt), _mm_cmpeq_epi8(v, gt)));
            if (_mm_movemask_epi8(hit))
                break;
            i += 16;
        }
#endif
        const size_t stop = std::min(n, i + 16);
        for (; i < stop; ++i) {
            const auto c = static_cast<unsigned char>(s[i]);
            if (!kSpecial[c])
                continue;
            out.append(s.data() + start, i - start);
            start = i + 1;
            switch (c) {
            case '&':
                out.append("&amp;");
                break;
            case '<':
                out.append("&lt;");
                break;
            case '>':
                out.append("&gt;");
                break;
            default: {
                char escape[8];
                std::snprintf(escape, sizeof escape, "_x%04X_", unsigned(c));
                out.append(escape, 7);
            }
            }
        }
    }
    out.append(s.data() + start, n - start);
}

bool isXmlSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

} // namespace defex::xlsx
