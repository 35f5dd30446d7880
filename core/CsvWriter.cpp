#include "CsvWriter.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace defex {

CsvWriter::CsvWriter(Sink &sink, const CsvOptions &options) : Writer(sink), m_options(options)
{
    for (unsigned char c : {'"', '\r', '\n'})
        m_special[c] = true;
    m_special[static_cast<unsigned char>(m_options.delimiter)] = true;
}

bool CsvWriter::needsQuotes(std::string_view value) const
{
    size_t i = 0;
#ifdef __SSE2__
    // Sixteen bytes per step: most fields hold none of the four special characters.
    const __m128i quoteChar = _mm_set1_epi8('"');
    const __m128i cr = _mm_set1_epi8('\r');
    const __m128i lf = _mm_set1_epi8('\n');
    const __m128i delim = _mm_set1_epi8(m_options.delimiter);
    for (; i + 16 <= value.size(); i += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(value.data() + i));
        const __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quoteChar), _mm_cmpeq_epi8(v, cr)),
                                         _mm_or_si128(_mm_cmpeq_epi8(v, lf), _mm_cmpeq_epi8(v, delim)));
        if (_mm_movemask_epi8(hit))
            return true;
    }
#endif
    for (; i < value.size(); ++i) {
        if (m_special[static_cast<unsigned char>(value[i])])
            return true;
    }
    return false;
}

void CsvWriter::appendField(std::string_view value, bool isText)
{
    // A spreadsheet runs a cell that starts like this as a formula (CSV injection); an
    // apostrophe makes it literal text in Excel and LibreOffice.
    const bool neutralise = isText && m_options.neutraliseFormulas && !value.empty()
                            && (value[0] == '=' || value[0] == '+' || value[0] == '-'
                                || value[0] == '@' || value[0] == '\t' || value[0] == '\r');
    const bool quote = needsQuotes(value);
    if (!quote) {
        if (neutralise)
            m_buf.push_back('\'');
        m_buf.append(value);
        return;
    }
    m_buf.push_back('"');
    if (neutralise)
        m_buf.push_back('\'');
    size_t start = 0;
    for (size_t i = 0; i < value.size(); ++i) {
        if (value[i] == '"') {
            m_buf.append(value.data() + start, i - start + 1);
            m_buf.push_back('"');
            start = i + 1;
        }
    }
    m_buf.append(value.data() + start, value.size() - start);
    m_buf.push_back('"');
}

bool CsvWriter::begin(const ExportHeader &header)
{
    m_columns = header.columns;
    if (m_options.byteOrderMark)
        m_buf.append("\xEF\xBB\xBF");
    for (size_t i = 0; i < m_columns.size(); ++i) {
        if (i)
            m_buf.push_back(m_options.delimiter);
        appendField(columnInfo(m_columns[i]).name, false);
    }
    m_buf.append("\r\n");
    return flushIfFull();
}

bool CsvWriter::writeRows(const RowBatch &batch, int first, int count)
{
    const int rows = first + count;
    for (int r = first; r < rows; ++r) {
        for (size_t i = 0; i < m_columns.size(); ++i) {
            if (i)
                m_buf.push_back(m_options.delimiter);
            const Column c = m_columns[i];
            const bool isText = isExampleColumn(c) || batch.type(r, c) == CellType::Text;
            appendField(batch.displayText(r, c, m_scratch), isText);
        }
        m_buf.append("\r\n");
        if (!flushIfFull())
            return false;
    }
    return true;
}

bool CsvWriter::resume(const ExportHeader &header)
{
    m_columns = header.columns;
    return true;
}

bool CsvWriter::finish()
{
    return flush();
}

} // namespace defex
