#include "XlsxWriter.h"

#include "Utf8.h"
#include "XlsxText.h"
#include "ZipStreamWriter.h"

#include <QCoreApplication>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace defex {

static_assert(XlsxWriter::kExcelMaxCellUnits == xlsx::kMaxCellUnits);

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(defex::XlsxWriter)
};

// Integers beyond this are not exact in Excel's doubles; they stay text.
constexpr double kMaxExactInteger = 9007199254740992.0; // 2^53

// Deflate is most of an XLSX export's work. libdeflate's level 1 needs about 40% less time than
// level 4 on worksheet XML for a 17% larger file (docs/design-notes.md, "XLSX speed").
constexpr int kDeflateLevel = 1;

// Worksheet XML is handed to the zip writer in pieces of about this size.
constexpr size_t kXmlFlush = 256 * 1024;

double columnWidth(Column c)
{
    switch (c) {
    case Column::Definitie:
        return 80;
    case Column::VoorbeeldZinnen:
    case Column::Praktijkvoorbeelden:
    case Column::Tegenvoorbeelden:
    case Column::Toelichting:
    case Column::ToelichtingProces:
    case Column::ApprovalNotes:
        return 50;
    case Column::OrganisatorischeContext:
    case Column::JuridischeContext:
    case Column::WettelijkeBasis:
    case Column::ValidationIssues:
    case Column::SourceReference:
    case Column::ImportedFrom:
    case Column::Ketenpartners:
    case Column::ExportDestinations:
    case Column::Synoniemen:
    case Column::Antoniemen:
        return 30;
    case Column::Begrip:
    case Column::Voorkeursterm:
        return 28;
    case Column::CreatedAt:
    case Column::UpdatedAt:
    case Column::ValidationDate:
    case Column::ApprovedAt:
    case Column::LastExportedAt:
    case Column::CreatedBy:
    case Column::UpdatedBy:
    case Column::ApprovedBy:
        return 20;
    case Column::Id:
    case Column::VersionNumber:
    case Column::ValidationScore:
        return 12;
    default:
        return 16;
    }
}

} // namespace

XlsxWriter::XlsxWriter(Sink &sink, int maxRowsPerSheet)
    : Writer(sink)
    , m_maxRowsPerSheet(std::clamp(maxRowsPerSheet, 2, kExcelMaxRows))
    , m_chunkSize(ZipStreamWriter::kDefaultChunkSize)
{
}

XlsxWriter::~XlsxWriter() = default;

bool XlsxWriter::zipFailed()
{
    const QString error = m_zip->errorString();
    m_zip.reset(); // waits for the compressions still running; nothing was written to disk
    return fail(error);
}

bool XlsxWriter::begin(const ExportHeader &header)
{
    m_header = header;
    if (m_header.columns.empty())
        return fail(Tr::tr("The XLSX export has no columns."));
    for (size_t col = 0; col < m_header.columns.size(); ++col)
        m_columnNames.push_back(xlsx::columnName(col));

    m_zip = std::make_unique<ZipStreamWriter>(m_sink, kDeflateLevel, m_chunkSize);
    // The parts known now come first, the ones that list the sheets after the last sheet.
    if (!m_zip->addEntry("_rels/.rels", xlsx::rootRelationships())
        || !m_zip->addEntry("docProps/core.xml", xlsx::coreProperties(m_header.timestamp))
        || !m_zip->addEntry("xl/styles.xml", xlsx::styles()))
        return zipFailed();
    return startSheet();
}

bool XlsxWriter::startSheet()
{
    const size_t number = m_sheets.size() + 1;
    xlsx::SheetInfo sheet;
    sheet.name
        = number == 1 ? std::string("Definities") : "Definities (" + std::to_string(number) + ")";
    m_sheets.push_back(sheet);
    if (!m_zip->beginEntry("xl/worksheets/sheet" + std::to_string(number) + ".xml"))
        return zipFailed();

    std::vector<double> widths;
    for (Column c : m_header.columns)
        widths.push_back(columnWidth(c));
    m_xml += xlsx::sheetStart(number == 1, widths);
    m_sheetRow = 0;
    beginRow();
    for (size_t col = 0; col < m_header.columns.size(); ++col) {
        appendCellRef(col);
        m_xml += "\" s=\"1\" t=\"inlineStr\"><is><t>";
        xlsx::appendXmlText(m_xml, columnInfo(m_header.columns[col]).name);
        m_xml += "</t></is></c>";
    }
    m_xml += "</row>";
    m_sheetRow = 1;
    return true;
}

bool XlsxWriter::endSheet()
{
    std::string &last = m_sheets.back().lastCell;
    last = m_columnNames.back() + std::to_string(m_sheetRow);
    m_xml += xlsx::sheetEnd("A1:" + last);
    if (!flushXml() || !m_zip->endEntry())
        return zipFailed();
    return true;
}

bool XlsxWriter::flushXml()
{
    const bool ok = m_zip->write(m_xml);
    m_xml.clear();
    return ok;
}

void XlsxWriter::beginRow()
{
    m_rowNumber = std::to_string(m_sheetRow + 1);
    m_xml += "<row r=\"";
    m_xml += m_rowNumber;
    m_xml += "\">";
}

void XlsxWriter::appendCellRef(size_t col)
{
    m_xml += "<c r=\"";
    m_xml += m_columnNames[col];
    m_xml += m_rowNumber;
}

bool XlsxWriter::writeRows(const RowBatch &batch, int first, int count)
{
    if (!m_zip)
        return fail(m_error.isEmpty() ? Tr::tr("The XLSX writer was not started.") : m_error);
    for (int row = first; row < first + count; ++row) {
        if (m_sheetRow >= quint32(m_maxRowsPerSheet) && !(endSheet() && startSheet()))
            return false;
        writeRow(batch, row);
        ++m_sheetRow;
        if (m_xml.size() >= kXmlFlush && !flushXml())
            return zipFailed();
    }
    return true;
}

void XlsxWriter::writeRow(const RowBatch &batch, int row)
{
    const size_t rowStart = m_xml.size();
    beginRow();
    const size_t cellsStart = m_xml.size();
    for (size_t col = 0; col < m_header.columns.size(); ++col) {
        const Column c = m_header.columns[col];
        const std::string_view value = batch.displayText(row, c, m_scratch);
        if (value.empty())
            continue;
        appendCellRef(col);
        if (!isExampleColumn(c)) {
            const CellType type = batch.type(row, c);
            if ((type == CellType::Integer || type == CellType::Real) && appendNumber(type, value))
                continue;
        }
        appendText(value, batch.id(row));
    }
    // A row without any value is left out, as Excel itself does.
    if (m_xml.size() == cellsStart)
        m_xml.resize(rowStart);
    else
        m_xml += "</row>";
}

// Numbers that do not parse, are not finite, or are integers Excel cannot hold exactly (its
// numbers are doubles) stay text, so that no digit is ever lost. Returns false for those.
bool XlsxWriter::appendNumber(CellType type, std::string_view text)
{
    const char *first = text.data();
    const char *last = text.data() + text.size();
    char out[32];
    std::to_chars_result printed {};
    if (type == CellType::Integer) {
        long long value = 0;
        const auto res = std::from_chars(first, last, value);
        if (res.ec != std::errc() || res.ptr != last || std::fabs(double(value)) > kMaxExactInteger)
            return false;
        printed = std::to_chars(out, out + sizeof out, value);
    } else {
        double number = 0;
        const auto res = std::from_chars(first, last, number);
        if (res.ec != std::errc() || res.ptr != last || !std::isfinite(number))
            return false;
        printed = std::to_chars(out, out + sizeof out, number); // shortest exact form
    }
    m_xml += "\"><v>";
    m_xml.append(out, printed.ptr);
    m_xml += "</v></c>";
    return true;
}

// Always an inline string, whatever it looks like: "=SUM(...)" stays text, never a formula.
void XlsxWriter::appendText(std::string_view text, qint64 id)
{
    // The reader repairs UTF-8 already; this guards the limit and escape logic below, which
    // walk characters and would misbehave on broken sequences.
    if (!isCleanUtf8(text)) {
        m_repaired.clear();
        appendRepairedUtf8(text, m_repaired);
        text = m_repaired;
    }
    bool cut = false;
    std::string_view cell = text;
    if (xlsx::needsEscaping(text)) {
        cut = xlsx::escapeForExcel(text, m_cell);
        cell = m_cell;
    } else if (text.size() > kExcelMaxCellUnits) { // a UTF-16 unit never takes less than a byte
        cell = truncateUtf16(text, kExcelMaxCellUnits);
        cut = cell.size() < text.size();
    }
    if (cut) {
        ++m_cutTexts;
        if (m_cutIds.empty() || m_cutIds.back() != id) {
            if (m_cutIds.size() <= size_t(kMaxListedIds))
                m_cutIds.push_back(id);
        }
    }
    // Excel drops leading and trailing white space unless told to keep it.
    if (!cell.empty() && (xlsx::isXmlSpace(cell.front()) || xlsx::isXmlSpace(cell.back())))
        m_xml += "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">";
    else
        m_xml += "\" t=\"inlineStr\"><is><t>";
    xlsx::appendXmlText(m_xml, cell);
    m_xml += "</t></is></c>";
}

void XlsxWriter::addTruncationWarning()
{
    if (m_cutTexts == 0)
        return;
    QStringList ids;
    for (size_t i = 0; i < m_cutIds.size() && i < size_t(kMaxListedIds); ++i)
        ids << QString::number(m_cutIds[i]);
    QString list = ids.join(QStringLiteral(", "));
    if (m_cutIds.size() > size_t(kMaxListedIds))
        list += QStringLiteral(", …");
    const QString message = m_cutTexts == 1
        ? Tr::tr("1 text was longer than Excel's cell limit of 32,767 characters and was cut "
                 "(definition ids %1).")
              .arg(list)
        : Tr::tr("%1 texts were longer than Excel's cell limit of 32,767 characters and were cut "
                 "(definition ids %2).")
              .arg(m_cutTexts)
              .arg(list);
    m_warnings << message;
}

bool XlsxWriter::finish()
{
    if (m_finished)
        return m_error.isEmpty();
    m_finished = true;
    if (!m_zip)
        return fail(m_error.isEmpty() ? Tr::tr("The XLSX writer was not started.") : m_error);
    if (!endSheet())
        return false;
    if (!m_zip->addEntry("xl/workbook.xml", xlsx::workbook(m_sheets))
        || !m_zip->addEntry("xl/_rels/workbook.xml.rels",
                            xlsx::workbookRelationships(m_sheets.size()))
        || !m_zip->addEntry("docProps/app.xml", xlsx::appProperties(m_sheets))
        || !m_zip->addEntry("[Content_Types].xml", xlsx::contentTypes(m_sheets.size()))
        || !m_zip->finish())
        return zipFailed();
    m_zip.reset();
    addTruncationWarning();
    return true;
}

} // namespace defex
