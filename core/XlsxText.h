#pragma once

// The text rules of XLSX cells: Excel's limit and "_xHHHH_" escapes, and XML escaping.

#include <string>
#include <string_view>

namespace defex::xlsx {

// Excel's cell limit, in UTF-16 code units.
constexpr size_t kMaxCellUnits = 32767;

// True when valid UTF-8 `s` holds something Excel would decode or XML 1.0 forbids: a literal
// "_xHHHH_" or U+FFFE/U+FFFF.
bool needsEscaping(std::string_view s);

// Copies valid UTF-8 `s` into `out` with Excel's escapes applied, keeping within Excel's limit
// (UTF-16 units of the decoded text) and, as the libxlsxwriter-based writer did, within 32,767
// code points of the escaped text, so cells are cut where they always were. Only used for the
// rare texts that need escaping. Returns true when `s` had to be cut.
bool escapeForExcel(std::string_view s, std::string &out);

// Appends `s` as the text of a <t> element: markup escaped, control characters (which XML 1.0
// forbids, or for CR would turn into LF) as Excel's "_xHHHH_"; tab and LF stay.
void appendXmlText(std::string &out, std::string_view s);

bool isXmlSpace(char c);

} // namespace defex::xlsx
