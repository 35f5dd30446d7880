#!/usr/bin/env python3
"""Fails when a user-visible string has no finished translation.

Two checks, on every .ts file given:

  (a) lupdate runs over the sources into a temporary copy of the file (the committed file is
      never touched). The messages it finds - (context, source, disambiguation) - must be
      exactly the committed file's: a string added to the code without a translation, or a
      translation whose string left the code, is listed.
  (b) Every message in the committed file is finished and not empty (each numerus form too),
      and uses the same placeholders %1, %2, ... as its source.

Usage (ctest runs it; see tests/CMakeLists.txt):
    check_translations.py --lupdate /usr/lib/qt6/bin/lupdate --source-dir . \
        --ts translations/definitie-export_nl.ts --ts translations/definitie-export_en.ts \
        --sources 'core/*.cpp' 'core/*.h' 'app/*.cpp' 'app/*.h'

To fix a failure: `cmake --build build --target update_translations`, translate the new
messages in translations/definitie-export_nl.ts (remove type="unfinished"), then run
scripts/dev/fill-english-ts.py for the English file.
"""

import argparse
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%(\d{1,2})")
FIX_HINT = ("Run `cmake --build <build dir> --target update_translations`, translate the new "
            "messages in the Dutch .ts file, and run scripts/dev/fill-english-ts.py.")


def read_messages(path):
    """{(context, source, comment): message element} of a .ts file."""
    messages = {}
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            messages[key] = message
    return messages


def describe(key):
    context, source, comment = key
    text = source if len(source) <= 100 else source[:97] + "..."
    text = text.replace("\n", "\\n")
    return "[%s] \"%s\"%s" % (context, text, " (%s)" % comment if comment else "")


def placeholders(text):
    return set(PLACEHOLDER.findall(text))


def check_messages(path, messages):
    """Problems of check (b) in one committed file."""
    problems = []
    for key, message in messages.items():
        translation = message.find("translation")
        if translation is None:
            problems.append("no translation: " + describe(key))
            continue
        kind = translation.get("type")
        if kind in ("vanished", "obsolete"):
            problems.append("obsolete message still in the file: " + describe(key))
            continue
        if kind is not None:
            problems.append("%s: %s" % (kind, describe(key)))
        if message.get("numerus") == "yes":
            forms = [f.text or "" for f in translation.findall("numerusform")]
            if not forms:
                problems.append("no numerus forms: " + describe(key))
        else:
            forms = [translation.text or ""]
        wanted = placeholders(key[1])
        for form in forms:
            if not form.strip():
                problems.append("empty translation: " + describe(key))
            elif placeholders(form) != wanted:
                problems.append("placeholders %s in the translation, %s in the source: %s" % (
                    sorted("%" + p for p in placeholders(form)),
                    sorted("%" + p for p in wanted), describe(key)))
    return problems


def lupdate_messages(lupdate, sources, ts_path, workdir):
    """Messages lupdate finds in the sources, merged into a temporary copy of ts_path."""
    copy = os.path.join(workdir, os.path.basename(ts_path))
    shutil.copyfile(ts_path, copy)
    listing = os.path.join(workdir, "sources.lst")
    with open(listing, "w", encoding="utf-8") as f:
        f.write("\n".join(sources) + "\n")
    command = [lupdate, "-no-obsolete", "-locations", "none", "-silent",
               "@" + listing, "-ts", copy]
    result = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            universal_newlines=True)
    if result.returncode != 0:
        raise RuntimeError("lupdate failed (%d):\n%s" % (result.returncode, result.stdout))
    return read_messages(copy)


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lupdate", required=True, help="the lupdate program")
    parser.add_argument("--source-dir", required=True, help="the project's source directory")
    parser.add_argument("--ts", action="append", required=True, help="a committed .ts file")
    parser.add_argument("--sources", nargs="+",
                        default=["core/*.cpp", "core/*.h", "app/*.cpp", "app/*.h"],
                        help="glob patterns of the translatable sources, relative to --source-dir")
    args = parser.parse_args(argv[1:])

    sources = sorted({os.path.abspath(p) for pattern in args.sources
                      for p in glob.glob(os.path.join(args.source_dir, pattern))})
    if not sources:
        print("No source files match %s in %s." % (args.sources, args.source_dir))
        return 1
    if not os.access(args.lupdate, os.X_OK):
        print("lupdate not found or not executable: %s" % args.lupdate)
        return 1

    failed = False
    with tempfile.TemporaryDirectory(prefix="defex-ts-check-") as workdir:
        for ts in args.ts:
            committed = read_messages(ts)
            found = lupdate_messages(args.lupdate, sources, ts, workdir)
            new = sorted(set(found) - set(committed))
            gone = sorted(set(committed) - set(found))
            problems = check_messages(ts, committed)
            name = os.path.relpath(ts, args.source_dir)
            print("%s: %d messages in the file, %d in the sources (%d source files)"
                  % (name, len(committed), len(found), len(sources)))
            if new:
                failed = True
                print("\n%s lacks %d string(s) that the code uses (untranslated):" % (name, len(new)))
                for key in new:
                    print("  " + describe(key))
            if gone:
                failed = True
                print("\n%s holds %d message(s) that the code no longer uses:" % (name, len(gone)))
                for key in gone:
                    print("  " + describe(key))
            if problems:
                failed = True
                print("\n%s has %d unfinished or wrong translation(s):" % (name, len(problems)))
                for p in problems:
                    print("  " + p)
    if failed:
        print("\n" + FIX_HINT)
        return 1
    print("All translations complete.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
