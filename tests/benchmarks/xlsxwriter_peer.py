#!/usr/bin/python3
"""Peer for the benchmark: Debian's python3-xlsxwriter in constant-memory mode, same query."""
import sqlite3
import sys

import xlsxwriter

db, query_file, out = sys.argv[1], sys.argv[2], sys.argv[3]
limit = int(sys.argv[4]) if len(sys.argv) > 4 else None
query = open(query_file, encoding="utf-8").read().rstrip().rstrip(";")
if limit:
    query += f" LIMIT {limit}"
con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
cur = con.execute(query)
wb = xlsxwriter.Workbook(out, {"constant_memory": True, "strings_to_formulas": False,
                               "strings_to_numbers": False, "strings_to_urls": False})
ws = wb.add_worksheet("Definities")
bold = wb.add_format({"bold": True})
ws.write_row(0, 0, [d[0] for d in cur.description], bold)
ws.freeze_panes(1, 0)
r = 0
for r, row in enumerate(cur, start=1):
    ws.write_row(r, 0, row)
ws.autofilter(0, 0, r, len(cur.description) - 1)
wb.close()
print(r)
