#pragma once

// XLSX written as a stream: the worksheet XML is generated row by row and deflated on every
// core straight into the sink (ZipStreamWriter), so memory stays flat however many definitions
// are exported and no temporary file is needed. The small package parts come first and last.

#include "Writer.h"
#include "XlsxParts.h"

#include <memory>
#include <string>
#include <vector>

namespace defex {

class ZipStreamWriter;

class XlsxWriter final : public Writer
{
public:
    static constexpr int kExcelMaxRows = 1048576;
    // Excel's cell limit, in UTF-16 code units.
    static constexpr size_t kExcelMaxCellUnits = 32767;

    explicit XlsxWriter(Sink &sink, int maxRowsPerSheet = kExcelMaxRows);
    ~XlsxWriter() override;

    bool begin(const ExportHeader &header) override;
    bool writeRows(const RowBatch &batch, int first, int count) override;
    bool finish() override;

    // The size of the compressed pieces of a worksheet (tests use small ones).
    void setChunkSize(size_t bytes) { m_chunkSize = bytes; }

private:
    bool startSheet();
    bool endSheet();
    bool flushXml();
    bool zipFailed();
    void beginRow();
    void writeRow(const RowBatch &batch, int row);
    bool appendNumber(CellType type, std::string_view text);
    void appendText(std::string_view text, qint64 id);
    void appendCellRef(size_t col);
    void addTruncationWarning();

    int m_maxRowsPerSheet;
    size_t m_chunkSize;
    ExportHeader m_header;
    std::unique_ptr<ZipStreamWriter> m_zip;
    std::vector<xlsx::SheetInfo> m_sheets;
    std::vector<std::string> m_columnNames; // "A", "B", ...
    quint32 m_sheetRow = 0; // next row to write in the current sheet (0 = header)
    std::string m_rowNumber; // the 1-based number of the row being written
    bool m_finished = false;

    std::string m_xml; // worksheet XML waiting for the zip writer
    std::string m_scratch; // displayText storage
    std::string m_repaired; // invalid UTF-8 repaired
    std::string m_cell; // the text of one cell before XML escaping

    int m_cutTexts = 0;
    std::vector<qint64> m_cutIds; // at most kMaxListedIds + 1, to know whether to add "…"
    static constexpr int kMaxListedIds = 20;
};

} // namespace defex
