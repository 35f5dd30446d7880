#!/usr/bin/env python3
"""Fill the English .ts file: every unfinished message's translation becomes its source text.

The sources are English, so the English translation is the source itself; having it complete
keeps Qt from falling back to another language and lets tests/tools/check_translations.py
demand that every message in every .ts file is finished.

Usage (from anywhere):
    cmake --build build --target update_translations     # lupdate adds the new strings first
    python3 scripts/dev/fill-english-ts.py [translations/definitie-export_en.ts ...]

The file is edited as text, message by message, so it keeps lupdate's exact layout and
escaping (the source's escaped text is copied as it stands). Numerus messages get the source
in each <numerusform> (English has two forms; the count already in the file is kept, at least
two). Finished translations are left alone (hand-written plurals). Runs again harmlessly.
"""

import pathlib
import re
import sys

REPO = pathlib.Path(__file__).resolve().parents[2]
DEFAULT = REPO / "translations" / "definitie-export_en.ts"

MESSAGE = re.compile(r"(<message\b[^>]*>)(.*?)(</message>)", re.S)
SOURCE = re.compile(r"<source>(.*?)</source>", re.S)
TRANSLATION = re.compile(r"<translation\b[^>]*?(?:/>|>.*?</translation>)", re.S)
NUMERUSFORM = re.compile(r"<numerusform\b[^>]*?(?:/>|>.*?</numerusform>)", re.S)


def fill_message(match):
    start, body, end = match.groups()
    source = SOURCE.search(body)
    if not source:
        return match.group(0)
    text = source.group(1)  # already escaped the way lupdate writes it
    old = TRANSLATION.search(body)
    # A finished translation stays: the English plural forms ("1 export", "3 exports") are
    # written by hand and are not the source text ("%n export(s)").
    if old and 'type="unfinished"' not in old.group(0) and old.group(0).strip() != "<translation/>":
        return match.group(0)
    if 'numerus="yes"' in start:
        forms = len(NUMERUSFORM.findall(old.group(0))) if old else 0
        inner = "".join(
            "\n            <numerusform>%s</numerusform>" % text for _ in range(max(forms, 2)))
        new = "<translation>%s\n        </translation>" % inner
    else:
        new = "<translation>%s</translation>" % text
    if old:
        body = body[:old.start()] + new + body[old.end():]
    else:  # no translation element at all: add one after the source (and comment)
        anchor = max(body.rfind("</source>") + len("</source>"),
                     body.rfind("</comment>") + len("</comment>"))
        body = body[:anchor] + "\n        " + new + body[anchor:]
    return start + body + end


def fill(path):
    original = path.read_text(encoding="utf-8")
    filled = MESSAGE.sub(fill_message, original)
    count = len(MESSAGE.findall(original))
    if filled != original:
        path.write_text(filled, encoding="utf-8")
    unfinished = filled.count('type="unfinished"')
    print("%s: %d messages, %d unfinished" % (path, count, unfinished))
    return unfinished == 0


def main(argv):
    paths = [pathlib.Path(a) for a in argv[1:]] or [DEFAULT]
    ok = True
    for path in paths:
        if not path.is_file():
            print("%s: no such file" % path, file=sys.stderr)
            return 2
        ok = fill(path) and ok
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
