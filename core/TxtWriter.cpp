#include "TxtWriter.h"

namespace defex {

namespace {

constexpr std::string_view kSeparator = "----------------------------------------"
                                        "----------------------------------------\n";

} // namespace

const char *TxtWriter::label(Column c)
{
    switch (c) {
    case Column::Id: return "ID";
    case Column::Begrip: return "Begrip";
    case Column::Definitie: return "Definitie";
    case Column::Categorie: return "Categorie";
    case Column::OrganisatorischeContext: return "Organisatorische context";
    case Column::JuridischeContext: return "Juridische context";
    case Column::WettelijkeBasis: return "Wettelijke basis";
    case Column::UfoCategorie: return "UFO-categorie";
    case Column::ToelichtingProces: return "Toelichting proces";
    case Column::Status: return "Status";
    case Column::VersionNumber: return "Versie";
    case Column::PreviousVersionId: return "Vorige versie";
    case Column::ValidationScore: return "Validatiescore";
    case Column::ValidationDate: return "Validatiedatum";
    case Column::ValidationIssues: return "Validatiepunten";
    case Column::SourceType: return "Brontype";
    case Column::SourceReference: return "Bronverwijzing";
    case Column::ImportedFrom: return "Ge\xC3\xAFmporteerd uit";
    case Column::CreatedAt: return "Aangemaakt op";
    case Column::UpdatedAt: return "Bijgewerkt op";
    case Column::CreatedBy: return "Aangemaakt door";
    case Column::UpdatedBy: return "Bijgewerkt door";
    case Column::DatumVoorstel: return "Datum voorstel";
    case Column::Ketenpartners: return "Ketenpartners";
    case Column::ApprovedBy: return "Goedgekeurd door";
    case Column::ApprovedAt: return "Goedgekeurd op";
    case Column::ApprovalNotes: return "Goedkeuringsnotities";
    case Column::LastExportedAt: return "Laatst ge\xC3\xABxporteerd op";
    case Column::ExportDestinations: return "Exportbestemmingen";
    case Column::Voorkeursterm: return "Voorkeursterm";
    case Column::VoorbeeldZinnen: return "Voorbeeldzinnen";
    case Column::Praktijkvoorbeelden: return "Praktijkvoorbeelden";
    case Column::Tegenvoorbeelden: return "Tegenvoorbeelden";
    case Column::Synoniemen: return "Synoniemen";
    case Column::Antoniemen: return "Antoniemen";
    case Column::Toelichting: return "Toelichting";
    case Column::Count: break;
    }
    return "";
}

bool TxtWriter::begin(const ExportHeader &header)
{
    m_columns = header.columns;
    const QByteArray date = header.timestamp.toUTC()
                                .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"))
                                .toUtf8();
    m_buf.append("DEFINITIE EXPORT\n================\n\n");
    m_buf.append("Aantal definities: ").append(std::to_string(header.totalRows)).append("\n");
    m_buf.append("Exportdatum: ").append(date.constData(), size_t(date.size())).append("\n");
    m_buf.append("Detailniveau: ").append(levelName(header.level).toLatin1().constData()).append("\n\n");
    m_buf.append(kSeparator);
    return flushIfFull();
}

// Single-line values follow the label; multi-line values start on the next line, indented.
void TxtWriter::appendValueBlock(std::string_view value)
{
    if (value.find('\n') == std::string_view::npos) {
        m_buf.push_back(' ');
        m_buf.append(value);
        m_buf.push_back('\n');
        return;
    }
    m_buf.push_back('\n');
    size_t start = 0;
    while (start <= value.size()) {
        size_t end = value.find('\n', start);
        if (end == std::string_view::npos)
            end = value.size();
        std::string_view line = value.substr(start, end - start);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (!line.empty())
            m_buf.append("  ").append(line);
        m_buf.push_back('\n');
        start = end + 1;
    }
}

bool TxtWriter::writeRows(const RowBatch &batch, int first, int count)
{
    const int rows = first + count;
    for (int r = first; r < rows; ++r) {
        for (Column c : m_columns) {
            if (isExampleColumn(c)) {
                const ExampleType t = exampleTypeOf(c);
                const int n = batch.exampleCount(r, t);
                if (n == 0)
                    continue;
                m_buf.append(label(c)).append(":");
                if (t == ExampleType::Synonyms || t == ExampleType::Antonyms
                    || t == ExampleType::Explanation) {
                    appendValueBlock(batch.displayText(r, c, m_scratch));
                    continue;
                }
                m_buf.push_back('\n');
                for (int i = 0; i < n; ++i) {
                    m_buf.append("  - ");
                    const std::string_view item = batch.example(r, t, i);
                    // Continuation lines of a multi-line example line up under its text.
                    size_t start = 0;
                    while (true) {
                        const size_t end = item.find('\n', start);
                        m_buf.append(item.substr(start, end == std::string_view::npos ? end : end - start));
                        if (end == std::string_view::npos)
                            break;
                        m_buf.append("\n    ");
                        start = end + 1;
                    }
                    m_buf.push_back('\n');
                }
                continue;
            }
            const std::string_view value = batch.displayText(r, c, m_scratch);
            if (value.empty())
                continue;
            m_buf.append(label(c)).append(":");
            appendValueBlock(value);
        }
        m_buf.append(kSeparator);
        if (!flushIfFull())
            return false;
    }
    return true;
}

bool TxtWriter::resume(const ExportHeader &header)
{
    m_columns = header.columns;
    return true;
}

bool TxtWriter::finish()
{
    return flush();
}

} // namespace defex
