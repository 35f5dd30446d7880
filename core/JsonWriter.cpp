#include "JsonWriter.h"

#include <algorithm>

namespace defex {

namespace {

// Columns that the app's shape places outside "metadata".
bool isTopLevel(Column c)
{
    switch (c) {
    case Column::Id:
    case Column::Begrip:
    case Column::Definitie:
    case Column::Categorie:
    case Column::OrganisatorischeContext:
    case Column::JuridischeContext:
    case Column::WettelijkeBasis:
    case Column::Status:
    case Column::ValidationScore:
    case Column::Voorkeursterm:
        return true;
    default:
        return isExampleColumn(c);
    }
}

void appendIndent(std::string &out, int indent)
{
    out.push_back('\n');
    out.append(size_t(indent), ' ');
}

} // namespace

void JsonWriter::appendString(std::string &out, std::string_view s)
{
    static const char hex[] = "0123456789abcdef";
    out.push_back('"');
    size_t start = 0;
    for (size_t i = 0; i < s.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(s.data() + start, i - start);
        start = i + 1;
        switch (c) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        case '\b': out.append("\\b"); break;
        case '\f': out.append("\\f"); break;
        default:
            out.append("\\u00");
            out.push_back(hex[c >> 4]);
            out.push_back(hex[c & 0xF]);
        }
    }
    out.append(s.data() + start, s.size() - start);
    out.push_back('"');
}

void JsonWriter::appendKey(int indent, const char *key)
{
    appendIndent(m_buf, indent);
    m_buf.push_back('"');
    m_buf.append(key);
    m_buf.append("\": ");
}

void JsonWriter::appendField(int indent, const char *key, const RowBatch &batch, int row, Column c)
{
    appendKey(indent, key);
    appendValue(batch, row, c);
    m_buf.push_back(',');
}

void JsonWriter::appendValue(const RowBatch &batch, int row, Column c)
{
    const CellType type = batch.type(row, c);
    const bool numericColumn = c == Column::Id || c == Column::VersionNumber
                               || c == Column::PreviousVersionId || c == Column::ValidationScore;
    if (type == CellType::Null)
        m_buf.append("null");
    else if (numericColumn && type != CellType::Text)
        m_buf.append(batch.text(row, c));
    else
        appendString(m_buf, batch.text(row, c));
}

void JsonWriter::appendExampleList(const RowBatch &batch, int row, ExampleType t, int indent)
{
    const int n = batch.exampleCount(row, t);
    if (n == 0) {
        m_buf.append("[]");
        return;
    }
    m_buf.push_back('[');
    for (int i = 0; i < n; ++i) {
        if (i)
            m_buf.push_back(',');
        appendIndent(m_buf, indent + 2);
        appendString(m_buf, batch.example(row, t, i));
    }
    appendIndent(m_buf, indent);
    m_buf.push_back(']');
}

bool JsonWriter::begin(const ExportHeader &header)
{
    m_header = header;
    m_hasId = std::find(header.columns.begin(), header.columns.end(), Column::Id) != header.columns.end();
    m_metadataColumns.clear();
    for (Column c : header.columns) {
        if (!isTopLevel(c))
            m_metadataColumns.push_back(c);
    }
    const QDateTime ts = header.timestamp.toUTC();
    const QByteArray stamp = (ts.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz"))
                              + QStringLiteral("000+00:00")).toUtf8();
    m_buf.append("{\n  \"export_info\": {\n    \"export_timestamp\": ");
    appendString(m_buf, std::string_view(stamp.constData(), size_t(stamp.size())));
    m_buf.append(",\n    \"export_version\": \"2.0\",\n    \"format\": \"json\",\n"
                 "    \"detail_level\": \"");
    m_buf.append(levelName(header.level).toLatin1().constData());
    m_buf.append("\",\n    \"total_definitions\": ");
    m_buf.append(std::to_string(header.totalRows));
    m_buf.append("\n  },\n  \"definities\": [");
    m_first = true;
    return flushIfFull();
}

bool JsonWriter::writeRows(const RowBatch &batch, int first, int count)
{
    const int rows = first + count;
    for (int r = first; r < rows; ++r) {
        m_buf.append(m_first ? "\n    {" : ",\n    {");
        m_first = false;
        if (m_hasId)
            appendField(6, "id", batch, r, Column::Id);
        appendField(6, "begrip", batch, r, Column::Begrip);
        appendField(6, "definitie", batch, r, Column::Definitie);
        appendField(6, "categorie", batch, r, Column::Categorie);
        appendKey(6, "context");
        m_buf.push_back('{');
        appendField(8, "organisatorische_context", batch, r, Column::OrganisatorischeContext);
        appendField(8, "juridische_context", batch, r, Column::JuridischeContext);
        appendKey(8, "wettelijke_basis");
        appendValue(batch, r, Column::WettelijkeBasis);
        appendIndent(m_buf, 6);
        m_buf.append("},");
        appendField(6, "status", batch, r, Column::Status);
        appendField(6, "validation_score", batch, r, Column::ValidationScore);
        // The app writes an empty string, not null, for a missing preferred term.
        appendKey(6, "voorkeursterm");
        appendString(m_buf, batch.text(r, Column::Voorkeursterm));
        m_buf.push_back(',');
        appendKey(6, "voorbeelden");
        m_buf.push_back('{');
        appendKey(8, "voorbeeld_zinnen");
        appendExampleList(batch, r, ExampleType::Sentence, 8);
        m_buf.push_back(',');
        appendKey(8, "praktijkvoorbeelden");
        appendExampleList(batch, r, ExampleType::Practical, 8);
        m_buf.push_back(',');
        appendKey(8, "tegenvoorbeelden");
        appendExampleList(batch, r, ExampleType::Counter, 8);
        appendIndent(m_buf, 6);
        m_buf.append("},");
        appendKey(6, "taalkundig");
        m_buf.push_back('{');
        const std::pair<const char *, Column> lang[] = {{"synoniemen", Column::Synoniemen},
                                                       {"antoniemen", Column::Antoniemen},
                                                       {"toelichting", Column::Toelichting}};
        for (size_t i = 0; i < 3; ++i) {
            appendKey(8, lang[i].first);
            appendString(m_buf, batch.displayText(r, lang[i].second, m_scratch));
            if (i < 2)
                m_buf.push_back(',');
        }
        appendIndent(m_buf, 6);
        m_buf.append("},");
        appendKey(6, "metadata");
        m_buf.push_back('{');
        for (size_t i = 0; i < m_metadataColumns.size(); ++i) {
            const Column c = m_metadataColumns[i];
            appendKey(8, columnInfo(c).name);
            appendValue(batch, r, c);
            if (i + 1 < m_metadataColumns.size())
                m_buf.push_back(',');
        }
        appendIndent(m_buf, 6);
        m_buf.push_back('}');
        appendIndent(m_buf, 4);
        m_buf.push_back('}');
        if (!flushIfFull())
            return false;
    }
    return true;
}

bool JsonWriter::resume(const ExportHeader &header)
{
    m_header = header;
    m_hasId = std::find(header.columns.begin(), header.columns.end(), Column::Id) != header.columns.end();
    m_metadataColumns.clear();
    for (Column c : header.columns) {
        if (!isTopLevel(c))
            m_metadataColumns.push_back(c);
    }
    m_first = header.resumedRows == 0;
    return true;
}

bool JsonWriter::finish()
{
    m_buf.append(m_first ? "]\n}\n" : "\n  ]\n}\n");
    return flush();
}

} // namespace defex
