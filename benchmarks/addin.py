"""Benchmark: building the add-in and running the self-test without Excel.

Reports the build time (median), the add-in's size, how much the VBA source
compresses (our MS-OVBA compressor against the source size), and the time of
one `addin selftest` run on the file-backed sheet I/O.

    python benchmarks/addin.py [--runs 5]
"""
from __future__ import annotations

import argparse
import statistics
import tempfile
import time
import zipfile
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    import openpyxl

    from workbook_tools.app import addin
    from workbook_tools.excel.buttons import ribbon_actions
    from workbook_tools.excel.selftest import run_selftest
    from workbook_tools.excel.sheetio import FileSheetIO
    from workbook_tools.excel.udf_vba import addin_functions
    from workbook_tools.io import vba

    tmp = Path(tempfile.mkdtemp())
    times = []
    for _ in range(args.runs):
        t = time.perf_counter()
        out = addin.build(tmp / addin.ADDIN_NAME, addin_functions)
        times.append(time.perf_counter() - t)
    with zipfile.ZipFile(out) as z:
        project = vba.read_project(z.read("xl/vbaProject.bin"))
    source = sum(len(m.source) for m in project.modules)
    packed = sum(len(vba.compress(m.source)) for m in project.modules)
    print(f"build: {statistics.median(times) * 1000:.0f} ms (median of {args.runs}), add-in {out.stat().st_size:,} bytes")
    print(f"VBA source {source:,} bytes -> compressed {packed:,} bytes ({packed / source:.0%})")
    openpyxl.Workbook().save(tmp / "host.xlsx")
    t = time.perf_counter()
    report = run_selftest(FileSheetIO(tmp / "host.xlsx"), ribbon_actions(), tmp / "work")
    print(f"selftest: {time.perf_counter() - t:.1f} s, {sum(c.ok for c in report.checks)}/{len(report.checks)} passed")


if __name__ == "__main__":
    main()
