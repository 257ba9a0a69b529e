"""Cost of the pre-check (io/safety.check_file) on ordinary files: the bundled examples,
a 3,000-union grid and a sheet of 200,000 cells with images and a data validation.

Run: python benchmarks/precheck.py [--runs 5]
Prints the median over runs of the CPU time (process_time: steadier on a shared machine) for each group of files,
beside python-calamine's read of every cell of every sheet of the same files (what the pre-check protects).
"""
from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _big_sheet(path: Path) -> Path:
    import random

    import xlsxwriter

    rng = random.Random(3)
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("データ")
    for r in range(10_000):
        ws.write_row(r, 0, [rng.randint(0, 9999) for _ in range(15)] + [f"単組{r}", f"=A{r + 1}+B{r + 1}"] * 2
                     + [rng.random()])
    ws.data_validation("T1:T10000", {"validate": "list", "source": ["はい", "いいえ"]})
    png = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                        "1f15c4890000000d4944415478da63f8ffff3f0005fe02fea73581e40000000049454e44ae426082")
    img = path.with_suffix(".png")
    img.write_bytes(png)
    for i in range(20):
        ws.insert_image(i * 3, 25, str(img))
    wb.close()
    return path


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    from workbook_tools.io.safety import check_file
    from workbook_tools.samples.examples import GRID_EXAMPLE_CUTOFF, synthetic_unions, write_hq_grid

    with tempfile.TemporaryDirectory() as tmp:
        groups = {
            "examples (all bundled .xlsx)": sorted((ROOT / "workbook_tools" / "examples").rglob("*.xlsx")),
            "grid of 3,000 unions": [write_hq_grid(Path(tmp) / "grid.xlsx", synthetic_unions(3000), start_month=6,
                                                   fiscal_year=2024, cutoff=GRID_EXAMPLE_CUTOFF)],
            "200,000 cells + 20 images + validation": [_big_sheet(Path(tmp) / "big.xlsx")],
        }
        for label, files in groups.items():
            check = _median(lambda: [check_file(f) for f in files], args.runs)
            read = _median(lambda: _calamine(files), args.runs)
            size = sum(f.stat().st_size for f in files)
            print(f"{label}: {len(files)} files, {size / 1024:,.0f} KB, pre-check median {check * 1000:.1f} ms, "
                  f"calamine's read median {read * 1000:.1f} ms ({check / read:.2f}x)")


def _median(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.process_time()
        fn()
        times.append(time.process_time() - t)
    return statistics.median(times)


def _calamine(files: list[Path]) -> None:
    from python_calamine import CalamineWorkbook

    for p in files:
        wb = CalamineWorkbook.from_path(str(p))
        for name in wb.sheet_names:
            wb.get_sheet_by_name(name).to_python(skip_empty_area=False)


if __name__ == "__main__":
    main()
