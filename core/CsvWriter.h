#pragma once

// RFC 4180 CSV: CRLF line ends, fields quoted when they hold the delimiter, a quote or a line
// break; UTF-8 with a byte-order mark by default, ';' by default (what Dutch Excel expects).
// Text cells that a spreadsheet would run as a formula get a leading apostrophe by default.

#include "Writer.h"

namespace defex {

class CsvWriter final : public Writer
{
public:
    CsvWriter(Sink &sink, const CsvOptions &options);

    bool begin(const ExportHeader &header) override;
    bool resume(const ExportHeader &header) override;
    bool writeRows(const RowBatch &batch, int first, int count) override;
    bool finish() override;

    // Appends one field, quoted and neutralised as the options say (exposed for tests).
    void appendField(std::string_view value, bool isText);

private:
    bool needsQuotes(std::string_view value) const;

    CsvOptions m_options;
    std::vector<Column> m_columns;
    std::string m_scratch;
    bool m_special[256] = {};
};

} // namespace defex
