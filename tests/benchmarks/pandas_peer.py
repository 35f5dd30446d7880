#!/usr/bin/python3
"""Peer for the benchmark: pandas + openpyxl, the way the definitie-app itself exports XLSX."""
import sqlite3
import sys

import pandas as pd

db, query_file, out = sys.argv[1], sys.argv[2], sys.argv[3]
limit = int(sys.argv[4]) if len(sys.argv) > 4 else None
query = open(query_file, encoding="utf-8").read().rstrip().rstrip(";")
if limit:
    query += f" LIMIT {limit}"
con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
df = pd.read_sql_query(query, con)
df.to_excel(out, sheet_name="Definities", index=False, engine="openpyxl")
print(len(df))
