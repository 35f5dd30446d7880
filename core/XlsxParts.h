#pragma once

// The small fixed parts of an XLSX package (ECMA-376 SpreadsheetML) around the worksheets that
// XlsxWriter streams: content types, relationships, workbook, styles, document properties.

#include <QDateTime>

#include <string>
#include <vector>

namespace defex::xlsx {

struct SheetInfo
{
    std::string name; // plain text, at most 31 characters, no characters Excel forbids
    std::string lastCell; // bottom-right cell of the autofilter range, e.g. "Q31"
};

std::string contentTypes(size_t sheetCount);
std::string rootRelationships();
std::string coreProperties(const QDateTime &created);
std::string appProperties(const std::vector<SheetInfo> &sheets);
std::string workbook(const std::vector<SheetInfo> &sheets);
std::string workbookRelationships(size_t sheetCount);
// Style 0 is the default; style 1 is the bold header.
std::string styles();

// Everything of a worksheet before its first row, and everything after its last one.
std::string sheetStart(bool selected, const std::vector<double> &columnWidths);
std::string sheetEnd(const std::string &autofilterRef);

// "A", "B", ..., "Z", "AA", ... for a zero-based column.
std::string columnName(size_t column);

} // namespace defex::xlsx
