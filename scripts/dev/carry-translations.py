#!/usr/bin/env python3
"""Fill unfinished messages of a .ts file from other .ts files or from a JSON table.

After a merge or an lupdate run, messages whose translation is unfinished are filled from:
  --from OTHER.ts   finished messages with the same context and source text (repeatable);
  --table FILE.json {"source text": "translation"} pairs (any context), for new strings.
The file is edited message by message as text, so lupdate's layout stays as it is. Numerus
messages are left alone unless a .ts source has them finished. Prints what is still unfinished.

Usage: python3 scripts/dev/carry-translations.py translations/definitie-export_nl.ts \
           [--from old_nl.ts ...] [--table new.json]
"""

import argparse
import html
import json
import re
import sys

CONTEXT = re.compile(r"<context>(.*?)</context>", re.S)
NAME = re.compile(r"<name>(.*?)</name>", re.S)
MESSAGE = re.compile(r"(<message\b[^>]*>)(.*?)(</message>)", re.S)
SOURCE = re.compile(r"<source>(.*?)</source>", re.S)
TRANSLATION = re.compile(r"<translation\b[^>]*?(?:/>|>.*?</translation>)", re.S)


def finished(text):
    """(context, escaped source) -> full <translation> element of finished messages."""
    out = {}
    for ctx in CONTEXT.finditer(text):
        name = NAME.search(ctx.group(1)).group(1)
        for m in MESSAGE.finditer(ctx.group(1)):
            src = SOURCE.search(m.group(2))
            tr = TRANSLATION.search(m.group(2))
            if src and tr and 'type="unfinished"' not in tr.group(0) and 'type="vanished"' not in tr.group(0) \
                    and 'type="obsolete"' not in tr.group(0):
                out[(name, src.group(1))] = tr.group(0)
    return out


def escape(text):
    return html.escape(text, quote=False).replace('"', "&quot;").replace("'", "&apos;")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("target")
    ap.add_argument("--from", dest="sources", action="append", default=[])
    ap.add_argument("--table")
    args = ap.parse_args()
    known = {}
    for path in args.sources:
        known.update(finished(open(path, encoding="utf-8").read()))
    table = {}
    if args.table:
        table = {escape(k): v for k, v in json.load(open(args.table, encoding="utf-8")).items()}
    text = open(args.target, encoding="utf-8").read()
    left = []

    def fill_context(ctx):
        body = ctx.group(1)
        name = NAME.search(body).group(1)

        def fill(m):
            inner = m.group(2)
            src = SOURCE.search(inner)
            tr = TRANSLATION.search(inner)
            if not src or not tr or 'type="unfinished"' not in tr.group(0):
                return m.group(0)
            new = known.get((name, src.group(1)))
            if new is None and src.group(1) in table and "numerus" not in m.group(1):
                new = "<translation>" + escape(table[src.group(1)]) + "</translation>"
            if new is None:
                left.append(f"{name}: {html.unescape(src.group(1))[:90]!r}")
                return m.group(0)
            return m.group(1) + inner.replace(tr.group(0), new) + m.group(3)

        return "<context>" + MESSAGE.sub(fill, body) + "</context>"

    text = CONTEXT.sub(fill_context, text)
    open(args.target, "w", encoding="utf-8").write(text)
    for line in left:
        print("unfinished:", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
