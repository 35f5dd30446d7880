#pragma once

// The definitie-app's own JSON export shape ({"export_info": …, "definities": […]}, as in
// export_3_with_examples.json), written as a stream one definition at a time.

#include "Writer.h"

namespace defex {

class JsonWriter final : public Writer
{
public:
    explicit JsonWriter(Sink &sink) : Writer(sink) {}

    bool begin(const ExportHeader &header) override;
    bool resume(const ExportHeader &header) override;
    bool writeRows(const RowBatch &batch, int first, int count) override;
    bool finish() override;

    // Appends `s` as a JSON string literal; every control character is escaped.
    static void appendString(std::string &out, std::string_view s);

private:
    void appendKey(int indent, const char *key);
    void appendValue(const RowBatch &batch, int row, Column c);
    // "key": value, (with the comma: every field but the last of an object)
    void appendField(int indent, const char *key, const RowBatch &batch, int row, Column c);
    void appendExampleList(const RowBatch &batch, int row, ExampleType t, int indent);

    ExportHeader m_header;
    std::vector<Column> m_metadataColumns;
    bool m_hasId = false;
    bool m_first = true;
    std::string m_scratch;
};

} // namespace defex
