"""Benchmark: Report A recompute on a generated grid of 3,000 unions × 3 fiscal years.

Reports core time, end-to-end wall time and peak memory of
`workbook-tools grid recompute`, against a naive openpyxl load-edit-save of
the same file, in the same run.  Each measured job runs in a fresh process
(spawn), so peak memory is that job's own.

    python benchmarks/grid.py [--unions 3000]
"""
from __future__ import annotations

import argparse
import multiprocessing as mp
import sys
import tempfile
import time
from pathlib import Path


def _peak_rss_mb() -> float | None:
    try:
        import resource  # POSIX

        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return rss / 1024 if sys.platform != "darwin" else rss / 1024 / 1024
    except ImportError:  # Windows: fall back to Python-heap peak
        return None


def _ours(path: str, out: str, q) -> None:
    from workbook_tools.app import grid as job
    from workbook_tools.core.grid import compute_grid

    t0 = time.perf_counter()
    j = job.recompute(Path(path))
    t1 = time.perf_counter()
    # core alone, on the parsed rows (median of 5)
    core = []
    for _ in range(5):
        c0 = time.perf_counter()
        compute_grid(j.input.rows, j.result.spec)
        core.append(time.perf_counter() - c0)
    t2 = time.perf_counter()
    job.write_grid_workbook(j, Path(out))
    t3 = time.perf_counter()
    q.put({"read": t1 - t0, "core": sorted(core)[2], "write": t3 - t2, "e2e": (t1 - t0) + (t3 - t2),
           "rss_mb": _peak_rss_mb()})


def _naive(path: str, out: str, q) -> None:
    """What a hand-written script does: load with openpyxl, put formulas in, save."""
    import openpyxl

    t0 = time.perf_counter()
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    heads = [c.value for c in ws[4]]
    last = len(heads)
    for row in ws.iter_rows(min_row=5):
        r = row[0].row
        if row[3].value is None:
            continue
        ws.cell(row=r, column=last - 5, value=f"=SUM(AK{r}:AS{r})")
        ws.cell(row=r, column=last - 3, value=f"=AW{r}-AJ{r}")
        ws.cell(row=r, column=last - 2, value=f"=IF(N(AX{r})=0,\"\",ROUND(AW{r}/AX{r},3))")
        ws.cell(row=r, column=last - 1, value=f"=IF(AX{r}=\"\",\"\",AX{r}-AW{r})")
    wb.save(out)
    q.put({"e2e": time.perf_counter() - t0, "rss_mb": _peak_rss_mb()})


def _run(target, *args) -> dict:
    ctx = mp.get_context("spawn")
    q = ctx.Queue()
    p = ctx.Process(target=target, args=(*args, q))
    t0 = time.perf_counter()
    p.start()
    res = q.get()
    p.join()
    res["wall_incl_start"] = time.perf_counter() - t0
    return res


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--unions", type=int, default=3000)
    args = ap.parse_args()
    from workbook_tools.core.calendar import YearMonth
    from workbook_tools.samples.examples import synthetic_unions, write_hq_grid

    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "grid.xlsx"
        rows = synthetic_unions(args.unions, seed=3, sector=5)
        write_hq_grid(src, rows, start_month=6, fiscal_year=2024, cutoff=YearMonth(2025, 2), quirks=False)
        size = src.stat().st_size
        ours = _run(_ours, str(src), str(Path(tmp) / "ours.xlsx"))
        naive = _run(_naive, str(src), str(Path(tmp) / "naive.xlsx"))
    print(f"grid: {args.unions:,} unions x 3 fiscal years ({size:,} bytes)")
    print(f"  ours : read {ours['read']:.3f}s  core {ours['core'] * 1000:.1f}ms  write {ours['write']:.3f}s  "
          f"end-to-end {ours['e2e']:.3f}s  peak RSS {ours['rss_mb']:.0f} MB")
    print(f"  naive openpyxl load-edit-save: {naive['e2e']:.3f}s  peak RSS {naive['rss_mb']:.0f} MB")
    print(f"  ratio naive/ours (end-to-end): {naive['e2e'] / ours['e2e']:.2f}x")
    ok = ours["core"] <= 0.05 and ours["e2e"] <= 2.0 and (ours["rss_mb"] or 0) <= 500 and ours["e2e"] < naive["e2e"]
    print("  targets (core ≤ 50 ms, end-to-end ≤ 2 s, memory ≤ 500 MB, faster than naive):", "met" if ok else "NOT met")


if __name__ == "__main__":
    main()
