#!/usr/bin/env python3
"""Writes normalization-test.txt.gz, the part of Unicode's NormalizationTest.txt that NormalizationConformanceTests
reads: every test line whose characters were all assigned by Unicode 10.0 (so any ICU from 60 on, and every .NET
runtime's, knows them), the five columns only, without the comment and character names each line ends with.

Input: Debian's unicode-data package (apt-get install unicode-data, or apt-get download it and unpack it with
dpkg-deb -x into a folder given as the argument), which ships NormalizationTest.txt.bz2 and DerivedAge.txt.
"""
import bz2
import gzip
import sys
from pathlib import Path

MAX_AGE = (10, 0)


def assigned_by(derived_age: Path) -> set:
    points = set()
    for line in derived_age.read_text(encoding="utf-8").splitlines():
        fields = line.split("#")[0].split(";")
        if len(fields) < 2:
            continue
        age = tuple(int(part) for part in fields[1].strip().split("."))
        if age <= MAX_AGE:
            first, _, last = fields[0].strip().partition("..")
            points.update(range(int(first, 16), int(last or first, 16) + 1))
    return points


def main() -> None:
    root = Path(sys.argv[1] if len(sys.argv) > 1 else "/") / "usr/share/unicode"
    assigned = assigned_by(root / "DerivedAge.txt")
    source = bz2.open(root / "NormalizationTest.txt.bz2", "rt", encoding="utf-8").read().splitlines()
    out = [source[0], "# Subset: lines whose characters Unicode 10.0 had assigned; columns only (see README.md)."]
    kept = 0
    for line in source:
        if line.startswith("@"):
            out.append(line.split("#")[0].strip())
            continue
        if not line or line.startswith("#"):
            continue
        columns = [column.strip() for column in line.split("#")[0].split(";")[:5]]
        if all(int(point, 16) in assigned for column in columns for point in column.split()):
            out.append(";".join(columns))
            kept += 1
    target = Path(__file__).with_name("normalization-test.txt.gz")
    with gzip.GzipFile(target, "wb", mtime=0) as file:
        file.write(("\n".join(out) + "\n").encode("utf-8"))
    print(f"{target.name}: {kept} test lines")


if __name__ == "__main__":
    main()
