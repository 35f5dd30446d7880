#pragma once

// The definitie-app's plain report: "DEFINITIE EXPORT", a header with count and date, then one
// block per definition separated by a line of dashes. The report is Dutch like the app's own,
// whatever the program's language, because it is data for Dutch readers.

#include "Writer.h"

namespace defex {

class TxtWriter final : public Writer
{
public:
    explicit TxtWriter(Sink &sink) : Writer(sink) {}

    bool begin(const ExportHeader &header) override;
    bool resume(const ExportHeader &header) override;
    bool writeRows(const RowBatch &batch, int first, int count) override;
    bool finish() override;

    static const char *label(Column c);

private:
    void appendValueBlock(std::string_view value);

    std::vector<Column> m_columns;
    std::string m_scratch;
};

} // namespace defex
