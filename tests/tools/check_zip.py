#!/usr/bin/python3
"""Checks a zip archive the way readers see it and prints its entries as JSON.

Usage: check_zip.py FILE.zip

Reads every entry completely (zipfile.testzip: inflate and CRC-32), then prints
{"entries": [{"name", "size", "compressed", "crc", "offset", "version", "flags", "zip64",
"sha256"}, ...], "zip64_end": bool}. Exits 1 with the reason on stderr when the archive is bad.
"""

import hashlib
import json
import struct
import sys
import zipfile


def has_zip64(extra):
    i = 0
    while i + 4 <= len(extra):
        tag, length = struct.unpack("<HH", extra[i:i + 4])
        if tag == 0x0001:
            return True
        i += 4 + length
    return False


def main():
    if len(sys.argv) != 2:
        print("usage: check_zip.py FILE.zip", file=sys.stderr)
        return 2
    path = sys.argv[1]
    with zipfile.ZipFile(path) as z:
        bad = z.testzip()
        if bad is not None:
            print("bad CRC or data in " + bad, file=sys.stderr)
            return 1
        entries = []
        for info in z.infolist():
            h = hashlib.sha256()
            with z.open(info) as f:
                while True:
                    block = f.read(1 << 20)
                    if not block:
                        break
                    h.update(block)
            entries.append({
                "name": info.filename,
                "size": info.file_size,
                "compressed": info.compress_size,
                "crc": info.CRC,
                "offset": info.header_offset,
                "version": info.extract_version,
                "flags": info.flag_bits,
                "zip64": has_zip64(info.extra),
                "sha256": h.hexdigest(),
            })
    with open(path, "rb") as f:
        f.seek(-22 - 20, 2)
        zip64_end = struct.unpack("<I", f.read(4))[0] == 0x07064b50
    json.dump({"entries": entries, "zip64_end": zip64_end}, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
