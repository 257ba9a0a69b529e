"""Cost of one submission of long strings: the whole per-file path (pre-check, read,
locate, checks) against calamine alone reading the same file.

Run: python benchmarks/long_strings.py [--cells N]
The file mixes long random text with long runs of era letters (R, 令和), which once
made the label search quadratic (a run of 30,000 R took seconds per cell).
"""
from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path


def make_file(path: Path, cells: int) -> Path:
    import xlsxwriter

    rng = random.Random(7)
    alphabet = "あいうえおかきくけこ漢字組合共済加入拡大ABCDEFG0123456789 "
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("回答")
    for i in range(cells):
        if i % 3 == 0:
            text = "R" * 32_000
        elif i % 3 == 1:
            text = "令和" * 16_000
        else:
            text = "".join(rng.choice(alphabet) for _ in range(32_000))
        ws.write_string(i, i % 4, text)
    wb.close()
    return path


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cells", type=int, default=90)
    args = ap.parse_args()
    from python_calamine import CalamineWorkbook

    from workbook_tools.app.consolidate import Task, process_file

    with tempfile.TemporaryDirectory() as tmp:
        path = make_file(Path(tmp) / "長文.xlsx", args.cells)
        t0 = time.perf_counter()
        wb = CalamineWorkbook.from_path(str(path))
        for name in wb.sheet_names:
            wb.get_sheet_by_name(name).to_python()
        read = time.perf_counter() - t0
        timings = {}
        for kind in ("survey", "report"):
            t0 = time.perf_counter()
            rec = process_file(Task(str(path), tmp, kind, 2024))
            timings[kind] = (time.perf_counter() - t0, rec.status)
        print(f"file {path.stat().st_size:,} bytes, {args.cells} cells of 32,000 characters")
        print(f"calamine read: {read:.2f} s")
        for kind, (secs, status) in timings.items():
            print(f"process_file ({kind}): {secs:.2f} s, {status}")


if __name__ == "__main__":
    main()
