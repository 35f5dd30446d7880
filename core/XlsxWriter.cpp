#include "XlsxWriter.h"

#include "Utf8.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryFile>

#include <xlsxwriter.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>

namespace defex {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(defex::XlsxWriter)
};

// Invalid timestamps fall back to a fixed moment, never to 0: libxlsxwriter reads 0 as "now",
// which would make two exports of the same data differ.
constexpr time_t kFallbackCreated = 946684800; // 2000-01-01T00:00:00Z

// Integers beyond this are not exact in Excel's doubles; they stay text.
constexpr double kMaxExactInteger = 9007199254740992.0; // 2^53

constexpr size_t kStreamChunk = 1024 * 1024;

double columnWidth(Column c)
{
    switch (c) {
    case Column::Definitie: return 80;
    case Column::VoorbeeldZinnen:
    case Column::Praktijkvoorbeelden:
    case Column::Tegenvoorbeelden:
    case Column::Toelichting:
    case Column::ToelichtingProces:
    case Column::ApprovalNotes: return 50;
    case Column::OrganisatorischeContext:
    case Column::JuridischeContext:
    case Column::WettelijkeBasis:
    case Column::ValidationIssues:
    case Column::SourceReference:
    case Column::ImportedFrom:
    case Column::Ketenpartners:
    case Column::ExportDestinations:
    case Column::Synoniemen:
    case Column::Antoniemen: return 30;
    case Column::Begrip:
    case Column::Voorkeursterm: return 28;
    case Column::CreatedAt:
    case Column::UpdatedAt:
    case Column::ValidationDate:
    case Column::ApprovedAt:
    case Column::LastExportedAt:
    case Column::CreatedBy:
    case Column::UpdatedBy:
    case Column::ApprovedBy: return 20;
    case Column::Id:
    case Column::VersionNumber:
    case Column::ValidationScore: return 12;
    default: return 16;
    }
}

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

// U+FFFE and U+FFFF are valid UTF-8 but not allowed in XML 1.0; libxlsxwriter passes them raw.
bool isXmlNonCharacter(std::string_view s, size_t i)
{
    return i + 3 <= s.size() && quint8(s[i]) == 0xEF && quint8(s[i + 1]) == 0xBF
        && (quint8(s[i + 2]) == 0xBE || quint8(s[i + 2]) == 0xBF);
}

bool needsEscaping(std::string_view s)
{
    for (size_t i = 0; i < s.size(); ++i) {
        if ((s[i] == '_' && startsEscapeLookalike(s, i)) || (s[i] == '\xEF' && isXmlNonCharacter(s, i)))
            return true;
    }
    return false;
}

size_t utf8SequenceLength(quint8 lead)
{
    return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
}

// Copies valid UTF-8 `s` into `out` with Excel's escapes applied, keeping within both limits:
// Excel's (UTF-16 units of the decoded text) and libxlsxwriter's (code points of what it is
// given). Only used for the rare texts that need escaping. Returns true when `s` had to be cut.
bool escapeForExcel(std::string_view s, std::string &out)
{
    const size_t limit = XlsxWriter::kExcelMaxCellUnits;
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

} // namespace

XlsxWriter::XlsxWriter(Sink &sink, const QString &tempDir, int maxRowsPerSheet)
    : Writer(sink)
    , m_tempDir(tempDir.isEmpty() ? QDir::tempPath() : tempDir)
    , m_maxRowsPerSheet(std::clamp(maxRowsPerSheet, 2, kExcelMaxRows))
{
}

XlsxWriter::~XlsxWriter()
{
    abandonWorkbook();
}

void XlsxWriter::abandonWorkbook()
{
    // Frees everything without assembling the file: an abandoned export must not cost the
    // time (or the disk) of writing a workbook nobody will read.
    // libxlsxwriter closes a sheet's constant-memory temporary file only while assembling the
    // workbook; lxw_workbook_free leaves it open, and with it the disk space of the (already
    // unlinked) file, for as long as the process runs.
    for (lxw_worksheet *sheet : m_sheets) {
        if (m_workbook && sheet && sheet->optimize_tmpfile) {
            std::fclose(sheet->optimize_tmpfile);
            sheet->optimize_tmpfile = nullptr;
            sheet->file = nullptr;
        }
    }
    if (m_workbook)
        lxw_workbook_free(m_workbook);
    m_workbook = nullptr;
    m_sheet = nullptr;
    m_sheets.clear();
    m_tempFile.reset();
}

bool XlsxWriter::libraryError(const QString &what)
{
    abandonWorkbook();
    return fail(what);
}

bool XlsxWriter::check(int lxwError)
{
    if (lxwError == LXW_NO_ERROR)
        return true;
    return libraryError(Tr::tr("Could not write the XLSX file: %1")
                            .arg(QString::fromUtf8(lxw_strerror(lxw_error(lxwError)))));
}

bool XlsxWriter::begin(const ExportHeader &header)
{
    m_header = header;
    if (m_header.columns.empty())
        return fail(Tr::tr("The XLSX export has no columns."));

    m_tempDirBytes = QFile::encodeName(m_tempDir);
    // The temporary file is created even when the sink takes the file directly: libxlsxwriter
    // silently falls back to the system temp dir (often RAM-backed) when `tempDir` is unusable,
    // and a big export should rather fail clearly than fill that. QTemporaryFile makes it 0600
    // with a unique name.
    auto tempFile = std::make_unique<QTemporaryFile>(
        QDir(m_tempDir).filePath(QStringLiteral(".defex-xlsx-XXXXXX.tmp")));
    if (!tempFile->open()) {
        return fail(Tr::tr("Cannot create a temporary file in %1: %2")
                        .arg(m_tempDir, tempFile->errorString()));
    }
    QString outputPath = m_sink.directPath();
    if (outputPath.isEmpty()) {
        // The sink transforms the bytes (gzip): build the workbook in the temporary file and
        // stream it through the sink at the end.
        outputPath = tempFile->fileName();
        tempFile->close();
        m_tempFile = std::move(tempFile);
    }
    m_outputPathBytes = QFile::encodeName(outputPath);

    lxw_workbook_options options = {};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = m_tempDirBytes.data();
    options.use_zip64 = LXW_TRUE;
    m_workbook = workbook_new_opt(m_outputPathBytes.constData(), &options);
    if (!m_workbook)
        return libraryError(Tr::tr("Could not start the XLSX file (out of memory)."));

    lxw_doc_properties properties = {};
    static char title[] = "Definities";
    properties.title = title;
    const qint64 secs = m_header.timestamp.isValid() ? m_header.timestamp.toSecsSinceEpoch() : 0;
    properties.created = secs > 0 ? time_t(secs) : kFallbackCreated;
    if (!check(workbook_set_properties(m_workbook, &properties)))
        return false;

    m_headerFormat = workbook_add_format(m_workbook);
    if (!m_headerFormat)
        return libraryError(Tr::tr("Could not start the XLSX file (out of memory)."));
    format_set_bold(m_headerFormat);
    return addSheet();
}

bool XlsxWriter::addSheet()
{
    const int number = int(m_sheets.size()) + 1;
    const QByteArray name = number == 1
        ? QByteArrayLiteral("Definities")
        : QByteArrayLiteral("Definities (") + QByteArray::number(number) + ')';
    m_sheet = workbook_add_worksheet(m_workbook, name.constData());
    if (!m_sheet) {
        // In constant-memory mode the only likely cause is the sheet's temporary file.
        return libraryError(
            Tr::tr("Cannot create a temporary file in %1 for the XLSX export.").arg(m_tempDir));
    }
    m_sheets.push_back(m_sheet);

    for (size_t col = 0; col < m_header.columns.size(); ++col) {
        const Column c = m_header.columns[col];
        if (!check(worksheet_set_column(m_sheet, lxw_col_t(col), lxw_col_t(col), columnWidth(c),
                                        nullptr))
            || !check(worksheet_write_string(m_sheet, 0, lxw_col_t(col), columnInfo(c).name,
                                             m_headerFormat)))
            return false;
    }
    worksheet_freeze_panes(m_sheet, 1, 0);
    m_sheetRow = 1;
    return true;
}

// The filter range must cover the sheet's last row, which is known only when the sheet is
// done; libxlsxwriter merely stores the range until it assembles the file.
void XlsxWriter::closeSheetRange()
{
    if (!m_sheet)
        return;
    worksheet_autofilter(m_sheet, 0, 0, m_sheetRow - 1, lxw_col_t(m_header.columns.size() - 1));
}

bool XlsxWriter::writeRows(const RowBatch &batch, int first, int count)
{
    if (!m_workbook)
        return fail(m_error.isEmpty() ? Tr::tr("The XLSX writer was not started.") : m_error);
    for (int row = first; row < first + count; ++row) {
        if (m_sheetRow >= quint32(m_maxRowsPerSheet)) {
            closeSheetRange();
            if (!addSheet())
                return false;
        }
        if (!writeRow(batch, row))
            return false;
        ++m_sheetRow;
    }
    return true;
}

bool XlsxWriter::writeRow(const RowBatch &batch, int row)
{
    for (size_t col = 0; col < m_header.columns.size(); ++col) {
        const Column c = m_header.columns[col];
        const std::string_view value = batch.displayText(row, c, m_scratch);
        if (value.empty())
            continue;
        if (!isExampleColumn(c)) {
            const CellType type = batch.type(row, c);
            if (type == CellType::Integer || type == CellType::Real) {
                bool written = false;
                if (!writeNumber(int(col), type, value, &written))
                    return false;
                if (written)
                    continue;
            }
        }
        if (!writeText(int(col), value, batch.id(row)))
            return false;
    }
    return true;
}

// Numbers that do not parse, are not finite, or are integers Excel cannot hold exactly (its
// numbers are doubles) stay text, so that no digit is ever lost.
bool XlsxWriter::writeNumber(int col, CellType type, std::string_view text, bool *written)
{
    const char *first = text.data();
    const char *last = text.data() + text.size();
    double number = 0;
    if (type == CellType::Integer) {
        long long value = 0;
        const auto res = std::from_chars(first, last, value);
        if (res.ec != std::errc() || res.ptr != last || std::fabs(double(value)) > kMaxExactInteger)
            return true;
        number = double(value);
    } else {
        const auto res = std::from_chars(first, last, number);
        if (res.ec != std::errc() || res.ptr != last || !std::isfinite(number))
            return true;
    }
    *written = true;
    return check(worksheet_write_number(m_sheet, m_sheetRow, lxw_col_t(col), number, nullptr));
}

bool XlsxWriter::writeText(int col, std::string_view text, qint64 id)
{
    // The reader repairs UTF-8 already; this guards the limit and escape logic below, which
    // walk characters and would misbehave on broken sequences.
    if (!isCleanUtf8(text)) {
        m_repaired.clear();
        appendRepairedUtf8(text, m_repaired);
        text = m_repaired;
    }
    bool cut = false;
    if (needsEscaping(text)) {
        cut = escapeForExcel(text, m_cell);
    } else if (text.size() > kExcelMaxCellUnits) { // a UTF-16 unit never takes less than a byte
        const std::string_view kept = truncateUtf16(text, kExcelMaxCellUnits);
        cut = kept.size() < text.size();
        m_cell.assign(kept);
    } else {
        m_cell.assign(text);
    }
    if (cut) {
        ++m_cutTexts;
        if (m_cutIds.empty() || m_cutIds.back() != id) {
            if (m_cutIds.size() <= size_t(kMaxListedIds))
                m_cutIds.push_back(id);
        }
    }
    // write_string stores text as text whatever it looks like ("=SUM(...)" stays a string);
    // it escapes control characters itself as _xHHHH_.
    return check(
        worksheet_write_string(m_sheet, m_sheetRow, lxw_col_t(col), m_cell.c_str(), nullptr));
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
    if (!m_workbook)
        return fail(m_error.isEmpty() ? Tr::tr("The XLSX writer was not started.") : m_error);
    closeSheetRange();

    // libxlsxwriter does not check its writes to the sheets' temporary files; a full disk
    // there would otherwise end up as a silently damaged workbook.
    for (lxw_worksheet *sheet : m_sheets) {
        if (sheet->optimize_tmpfile
            && (std::fflush(sheet->optimize_tmpfile) != 0 || std::ferror(sheet->optimize_tmpfile)))
            return libraryError(
                Tr::tr("Could not write the XLSX file: writing a temporary file in %1 failed.")
                    .arg(m_tempDir));
    }

    const lxw_error err = workbook_close(m_workbook);
    m_workbook = nullptr; // workbook_close frees it, also on failure
    m_sheet = nullptr;
    m_sheets.clear();
    if (err != LXW_NO_ERROR) {
        m_tempFile.reset();
        return fail(Tr::tr("Could not write the XLSX file: %1")
                        .arg(QString::fromUtf8(lxw_strerror(err))));
    }
    addTruncationWarning();
    if (m_tempFile) {
        const bool ok = streamTempFileToSink();
        m_tempFile.reset();
        return ok;
    }
    return true;
}

bool XlsxWriter::streamTempFileToSink()
{
    QFile file(m_tempFile->fileName());
    if (!file.open(QIODevice::ReadOnly))
        return fail(Tr::tr("Cannot read the temporary XLSX file: %1").arg(file.errorString()));
    std::string chunk(kStreamChunk, '\0');
    while (true) {
        const qint64 n = file.read(chunk.data(), qint64(chunk.size()));
        if (n < 0)
            return fail(Tr::tr("Cannot read the temporary XLSX file: %1").arg(file.errorString()));
        if (n == 0)
            return true;
        if (!m_sink.write(chunk.data(), size_t(n)))
            return fail(m_sink.errorString());
    }
}

} // namespace defex
