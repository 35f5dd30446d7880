#include "RowBatch.h"

#include "Utf8.h"

namespace defex {

void RowBatch::reset()
{
    m_arena.clear();
    m_ids.clear();
    m_cells.clear();
    m_examples.clear();
    m_exampleIndexValid = false;
}

void RowBatch::beginRow(qint64 id)
{
    m_ids.push_back(id);
    m_cells.resize(m_ids.size() * SourceColumnCount);
    m_exampleIndexValid = false;
}

void RowBatch::setCell(Column c, CellType type, const char *data, size_t len)
{
    CellRef &ref = m_cells[(m_ids.size() - 1) * SourceColumnCount + size_t(c)];
    ref.type = type;
    ref.offset = quint32(m_arena.size());
    ref.length = quint32(len);
    if (len)
        m_arena.append(data, len);
}

void RowBatch::addExample(int row, ExampleType t, const char *data, size_t len)
{
    m_examples.push_back({row, t, quint32(m_arena.size()), quint32(len)});
    m_arena.append(data, len);
    m_exampleIndexValid = false;
}

std::string_view RowBatch::text(int row, Column c) const
{
    const CellRef &ref = cellRef(row, c);
    return std::string_view(m_arena.data() + ref.offset, ref.length);
}

void RowBatch::indexExamples() const
{
    if (m_exampleIndexValid)
        return;
    m_exampleIndex.assign(m_ids.size() * ExampleTypeCount, {0, 0});
    for (size_t i = 0; i < m_examples.size(); ++i) {
        const ExampleRef &e = m_examples[i];
        auto &slot = m_exampleIndex[size_t(e.row) * ExampleTypeCount + size_t(e.type)];
        if (slot.second == 0)
            slot.first = quint32(i);
        ++slot.second;
    }
    m_exampleIndexValid = true;
}

int RowBatch::exampleCount(int row, ExampleType t) const
{
    indexExamples();
    return int(m_exampleIndex[size_t(row) * ExampleTypeCount + size_t(t)].second);
}

std::string_view RowBatch::example(int row, ExampleType t, int index) const
{
    indexExamples();
    const auto &slot = m_exampleIndex[size_t(row) * ExampleTypeCount + size_t(t)];
    const ExampleRef &e = m_examples[slot.first + quint32(index)];
    return std::string_view(m_arena.data() + e.offset, e.length);
}

std::string_view RowBatch::displayText(int row, Column c, std::string &scratch) const
{
    if (isExampleColumn(c)) {
        const ExampleType t = exampleTypeOf(c);
        const int n = exampleCount(row, t);
        if (n == 0)
            return {};
        if (n == 1)
            return example(row, t, 0);
        scratch.clear();
        const std::string_view sep = exampleSeparator(t);
        for (int i = 0; i < n; ++i) {
            if (i)
                scratch.append(sep);
            scratch.append(example(row, t, i));
        }
        return scratch;
    }
    const std::string_view raw = text(row, c);
    if (columnInfo(c).jsonArray && !raw.empty() && raw.front() == '[') {
        scratch.clear();
        if (appendJoinedJsonStringArray(raw, scratch))
            return scratch;
    }
    return raw;
}

namespace {

void skipSpace(std::string_view s, size_t &i)
{
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r'))
        ++i;
}

// Parses one JSON string starting at s[i] == '"', appending its decoded UTF-8 to out.
bool parseJsonString(std::string_view s, size_t &i, std::string &out)
{
    ++i;
    while (i < s.size()) {
        const char ch = s[i++];
        if (ch == '"')
            return true;
        if (ch != '\\') {
            out.push_back(ch);
            continue;
        }
        if (i >= s.size())
            return false;
        const char esc = s[i++];
        switch (esc) {
        case '"': out.push_back('"'); break;
        case '\\': out.push_back('\\'); break;
        case '/': out.push_back('/'); break;
        case 'b': out.push_back('\b'); break;
        case 'f': out.push_back('\f'); break;
        case 'n': out.push_back('\n'); break;
        case 'r': out.push_back('\r'); break;
        case 't': out.push_back('\t'); break;
        case 'u': {
            auto hex4 = [&](char32_t *v) {
                if (i + 4 > s.size())
                    return false;
                *v = 0;
                for (int k = 0; k < 4; ++k) {
                    const char h = s[i++];
                    *v <<= 4;
                    if (h >= '0' && h <= '9') *v |= char32_t(h - '0');
                    else if (h >= 'a' && h <= 'f') *v |= char32_t(h - 'a' + 10);
                    else if (h >= 'A' && h <= 'F') *v |= char32_t(h - 'A' + 10);
                    else return false;
                }
                return true;
            };
            char32_t cp = 0;
            if (!hex4(&cp))
                return false;
            if (cp >= 0xD800 && cp <= 0xDBFF && i + 6 <= s.size() && s[i] == '\\' && s[i + 1] == 'u') {
                i += 2;
                char32_t lo = 0;
                if (!hex4(&lo))
                    return false;
                if (lo >= 0xDC00 && lo <= 0xDFFF)
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                else
                    cp = 0xFFFD;
            } else if (cp >= 0xD800 && cp <= 0xDFFF) {
                cp = 0xFFFD;
            }
            appendUtf8(out, cp);
            break;
        }
        default: return false;
        }
    }
    return false;
}

} // namespace

bool appendJoinedJsonStringArray(std::string_view raw, std::string &out)
{
    const size_t start = out.size();
    size_t i = 0;
    skipSpace(raw, i);
    if (i >= raw.size() || raw[i] != '[')
        return false;
    ++i;
    skipSpace(raw, i);
    bool first = true;
    if (i < raw.size() && raw[i] == ']') {
        ++i;
    } else {
        while (true) {
            skipSpace(raw, i);
            if (i >= raw.size() || raw[i] != '"') {
                out.resize(start);
                return false;
            }
            if (!first)
                out.append(", ");
            first = false;
            if (!parseJsonString(raw, i, out)) {
                out.resize(start);
                return false;
            }
            skipSpace(raw, i);
            if (i < raw.size() && raw[i] == ',') {
                ++i;
                continue;
            }
            if (i < raw.size() && raw[i] == ']') {
                ++i;
                break;
            }
            out.resize(start);
            return false;
        }
    }
    skipSpace(raw, i);
    if (i != raw.size()) {
        out.resize(start);
        return false;
    }
    return true;
}

} // namespace defex
