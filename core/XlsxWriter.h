#pragma once

// XLSX through libxlsxwriter in constant-memory mode: rows stream to temporary files, so memory
// stays flat however many definitions are exported. The workbook is assembled at finish().

#include "Writer.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <string>
#include <vector>

class QTemporaryFile;
struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace defex {

class XlsxWriter final : public Writer
{
public:
    static constexpr int kExcelMaxRows = 1048576;
    // Excel's cell limit, in UTF-16 code units.
    static constexpr size_t kExcelMaxCellUnits = 32767;

    XlsxWriter(Sink &sink, const QString &tempDir, int maxRowsPerSheet = kExcelMaxRows);
    ~XlsxWriter() override;

    bool begin(const ExportHeader &header) override;
    bool writeRows(const RowBatch &batch, int first, int count) override;
    bool finish() override;

private:
    bool addSheet();
    void closeSheetRange();
    bool writeRow(const RowBatch &batch, int row);
    bool writeText(int col, std::string_view text, qint64 id);
    bool writeNumber(int col, CellType type, std::string_view text, bool *written);
    bool check(int lxwError);
    bool libraryError(const QString &what);
    bool streamTempFileToSink();
    void addTruncationWarning();
    void abandonWorkbook();

    QString m_tempDir;
    int m_maxRowsPerSheet;
    ExportHeader m_header;

    // libxlsxwriter keeps raw pointers to some option strings: they live as long as the workbook.
    QByteArray m_tempDirBytes;
    QByteArray m_outputPathBytes;
    std::unique_ptr<QTemporaryFile> m_tempFile;   // only when the sink cannot take the file directly

    lxw_workbook *m_workbook = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_headerFormat = nullptr;
    std::vector<lxw_worksheet *> m_sheets;
    quint32 m_sheetRow = 0;       // next row to write in m_sheet
    bool m_finished = false;

    std::string m_scratch;        // displayText storage
    std::string m_repaired;       // invalid UTF-8 repaired
    std::string m_cell;           // the NUL-terminated text handed to libxlsxwriter

    int m_cutTexts = 0;
    std::vector<qint64> m_cutIds; // at most kMaxListedIds + 1, to know whether to add "…"
    static constexpr int kMaxListedIds = 20;
};

} // namespace defex
