#pragma once

// One batch of definitions as read from the source: every cell is a view into one arena, so a
// batch of thousands of rows costs a handful of allocations and is reused between batches.

#include "Columns.h"

#include <QtGlobal>

#include <string>
#include <string_view>
#include <vector>

namespace defex {

enum class CellType : quint8 { Null, Integer, Real, Text };

class RowBatch final
{
public:
    // `columns` are the source columns (indexes into Column) this batch carries per row.
    void reset();

    void beginRow(qint64 id);
    void setCell(Column c, CellType type, const char *data, size_t len);
    void addExample(int row, ExampleType t, const char *data, size_t len);

    int rowCount() const { return static_cast<int>(m_ids.size()); }
    bool isEmpty() const { return m_ids.empty(); }
    qint64 id(int row) const { return m_ids[size_t(row)]; }

    CellType type(int row, Column c) const { return cellRef(row, c).type; }
    bool isNull(int row, Column c) const { return cellRef(row, c).type == CellType::Null; }
    std::string_view text(int row, Column c) const;

    // The active examples of one kind, in voorbeeld_volgorde order.
    int exampleCount(int row, ExampleType t) const;
    std::string_view example(int row, ExampleType t, int index) const;

    // The value as the spreadsheet and text formats show it: JSON arrays of strings joined with
    // ", ", examples joined with their kind's separator. May use `scratch` as storage.
    std::string_view displayText(int row, Column c, std::string &scratch) const;

    // Arena size, to keep memory bounded and visible in tests.
    size_t arenaBytes() const { return m_arena.size(); }

private:
    struct CellRef
    {
        quint32 offset = 0;
        quint32 length = 0;
        CellType type = CellType::Null;
    };
    struct ExampleRef
    {
        int row;
        ExampleType type;
        quint32 offset;
        quint32 length;
    };
    const CellRef &cellRef(int row, Column c) const
    {
        return m_cells[size_t(row) * SourceColumnCount + size_t(c)];
    }
    void indexExamples() const;

    std::string m_arena;
    std::vector<qint64> m_ids;
    std::vector<CellRef> m_cells;           // rowCount * SourceColumnCount
    std::vector<ExampleRef> m_examples;     // appended in (row, type, order) order
    // first example index per (row, type) and its count, built lazily
    mutable std::vector<std::pair<quint32, quint32>> m_exampleIndex;
    mutable bool m_exampleIndexValid = false;
};

// Appends `raw` as it is displayed when it holds a JSON array of strings (["a","b"] -> "a, b");
// returns false (appending nothing) when it is not such an array, e.g. a legacy plain string.
bool appendJoinedJsonStringArray(std::string_view raw, std::string &out);

} // namespace defex
