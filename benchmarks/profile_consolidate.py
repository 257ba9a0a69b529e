"""Profile: where one consolidation of the mixed corpus spends its time (cProfile, in one process).

Runs ``consolidate(…, isolate=False)`` over the corpus surveys (what each
worker does, file after file, then what the parent does) and writes the
output, under cProfile.  Prints the named buckets per file (safety
pre-check, calamine, locating fields, hashing, parent writing), the cost of
pickling the records (what crossing from a worker to the parent costs), and
the top functions by own time.

    python benchmarks/profile_consolidate.py [--surveys 2000] [--corpus DIR] [--top 15]
"""
from __future__ import annotations

import argparse
import cProfile
import io
import pickle
import pstats
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import machine  # noqa: E402
from corpus import ensure  # noqa: E402

# bucket -> (file suffix, function name) whose cumulative time is the bucket
BUCKETS = {
    "hashing (sha256: the worker's, and the parent's once after the run)": ("io/files.py", "sha256_file"),
    "safety pre-check (check_file)": ("io/safety.py", "check_file"),
    "open_book (pre-check + calamine open + package XML)": ("io/readers.py", "open_book"),
    "calamine sheet load (to_python)": ("io/readers.py", "load"),
    "package XML (_read_package_xml)": ("io/readers.py", "_read_package_xml"),
    "locate fields (locate)": ("io/locate.py", "locate"),
    "  of which _find_label": ("io/locate.py", "_find_label"),
    "whole per-file work (process_file)": ("app/consolidate.py", "process_file"),
    "parent: write output (write_workbook)": ("app/consolidate.py", "write_workbook"),
    "  of which 一覧 rows (streamed; a row's XML is made when the next row starts)": ("io/consolidate_writer.py", "row"),
    "  of which 読み取り確認 rows (streamed)": ("io/collection_writer.py", "record"),
    "  of which 記述 (its rows gathered in the pass, from their own spill)": ("io/consolidate_writer.py", "_write_texts"),
    "  of which 検証結果 (_fill_problems_sheet)": ("io/writer.py", "_fill_problems_sheet"),
    "  of which reading records back from the spill": ("io/spill.py", "__getitem__"),
    "  of which assembling and zipping (_close_workbook)": ("io/writer.py", "_close_workbook"),
}


def _cumulative(stats: pstats.Stats, suffix: str, name: str) -> float:
    return sum(v[3] for (f, _, fn), v in stats.stats.items() if fn == name and f.replace("\\", "/").endswith(suffix))


def measure(surveys: int = 2000, corpus: Path | None = None, top: int = 15) -> dict:
    from workbook_tools.app.consolidate import consolidate, write_workbook

    with tempfile.TemporaryDirectory() as tmp:
        s_dir, _ = ensure(corpus or Path(tmp) / "corpus", surveys, 47)
        prof = cProfile.Profile()
        t = time.perf_counter()
        prof.enable()
        batch = consolidate("survey", s_dir, year=2024, isolate=False)
        write_workbook(batch, Path(tmp) / "out.xlsx")
        prof.disable()
        wall = time.perf_counter() - t
    t = time.perf_counter()
    for rec in batch.records:
        pickle.dumps(rec, protocol=pickle.HIGHEST_PROTOCOL)
    pickling = time.perf_counter() - t
    stats = pstats.Stats(prof)
    buf = io.StringIO()
    pstats.Stats(prof, stream=buf).sort_stats("tottime").print_stats(top)
    buckets = {k: _cumulative(stats, *v) for k, v in BUCKETS.items()}
    return {"files": len(batch.records), "wall": wall, "pickling": pickling, "buckets": buckets,
            "top": buf.getvalue(), "machine": machine()}


def report(res: dict) -> str:
    n = res["files"]
    lines = [f"profile: consolidate survey, {n} files in one process under cProfile ({res['wall']:.1f} s incl. "
             f"profiler overhead)", f"  machine: {res['machine']}"]
    for k, v in res["buckets"].items():
        lines.append(f"  {k:55s} {v:7.2f} s  {v * 1000 / n:6.2f} ms/file")
    lines.append(f"  {'pickling the records (no profiler)':55s} {res['pickling']:7.2f} s  "
                 f"{res['pickling'] * 1000 / n:6.2f} ms/file")
    lines.append("  top functions by own time:")
    keep = [ln for ln in res["top"].splitlines() if ln.strip()][-(16):]
    lines += ["    " + ln for ln in keep]
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--surveys", type=int, default=2000)
    ap.add_argument("--corpus", type=Path)
    ap.add_argument("--top", type=int, default=15)
    args = ap.parse_args()
    print(report(measure(args.surveys, args.corpus, args.top)))


if __name__ == "__main__":
    main()
