#!/usr/bin/python3
"""Prints an xlsx file as JSON so that C++ tests can check values, types and sheet settings.

Usage: read_xlsx.py FILE.xlsx

Output: {"sheets": [{"name", "frozen", "autofilter", "header_bold", "max_column",
                     "rows": [[{"t": data_type, "v": value}, ...], ...]}]}

Text values are decoded the way Excel shows them: "_xHHHH_" becomes the character HHHH
(openpyxl leaves inline strings undecoded). Loading with openpyxl also proves the file is
well-formed XML and a valid package.
"""

import json
import re
import sys

import openpyxl

ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


def excel_text(value):
    return ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), value)


def cell_json(cell):
    value = cell.value
    if isinstance(value, str):
        value = excel_text(value)
    elif value is not None and not isinstance(value, (int, float, bool)):
        value = str(value)
    return {"t": cell.data_type, "v": value}


def sheet_json(ws):
    rows = []
    for row in ws.iter_rows():
        rows.append([cell_json(c) for c in row])
    header_bold = ws.max_row >= 1 and all(
        c.font is not None and bool(c.font.b) for c in ws[1] if c.value is not None)
    return {
        "name": ws.title,
        "frozen": ws.freeze_panes,
        "autofilter": ws.auto_filter.ref,
        "header_bold": bool(header_bold),
        "max_column": ws.max_column,
        "rows": rows,
    }


def main():
    if len(sys.argv) != 2:
        print("usage: read_xlsx.py FILE.xlsx", file=sys.stderr)
        return 2
    wb = openpyxl.load_workbook(sys.argv[1], read_only=False)
    out = {
        "title": wb.properties.title,
        "created": wb.properties.created.isoformat() if wb.properties.created else None,
        "sheets": [sheet_json(ws) for ws in wb.worksheets],
    }
    json.dump(out, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
