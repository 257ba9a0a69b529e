"""How close can a consolidation that keeps today's safety get to the bare calamine read?  A floor, measured.

    python benchmarks/floor.py [--surveys 2000] [--corpus DIR] [--rounds 3]

Three contenders, each a whole process from spawn to exit, on every file of the same corpus (the surveys and
the 47 reports of benchmarks/corpus.py), run ``--rounds`` times interleaved; the median run of each is shown:

- python-calamine reading every cell of every sheet (benchmarks/read_all.py: issue 17's yardstick);
- the FLOOR: what any consolidation keeping today's checks cannot skip, and nothing else.  One process for
  both folders (one start-up, where the tool has two: a lower bound), in it for every file: its bytes read
  once with their SHA-256 (duplicate submissions are told by it), the pre-check of the file and of every
  sheet (io/safety via io/readers.open_book and Book.sheet: the hostile-input tests rely on every check)
  and calamine's read of every cell of every sheet; then ONE row per file written to a single sheet with
  XlsxWriter in constant_memory mode (the cheapest well-kept writer of benchmarks/writers.py), as many cells
  a row as the tool's 一覧 sheet has.  No field is located, no value normalised or checked, no other sheet
  (集計, 読み取り確認, 取込状況) written, no worker process;
- ``consolidate survey`` + ``consolidate report`` with ``--jobs 1``, as users run them.

It prints the three, the floor's and the tool's ratios to calamine, and the floor split into its parts
(CPU per file, in this process, best of three passes).  The gap between the floor and the tool is what
locating, normalising, checking and the full output cost; the floor's own ratio is what no design keeping
the checks and the output can go below.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import HERE, Run, compile_package, machine, run, spread  # noqa: E402
from consolidate import _median_run, _ours, _read  # noqa: E402
from corpus import ensure  # noqa: E402


def _files(folders: list[Path]) -> list[Path]:
    return [p for f in folders for p in sorted(Path(f).iterdir()) if p.suffix == ".xlsx"]


def _read_safely(p: Path) -> list:
    """The file read as the tool must: bytes + SHA-256, pre-checks, every cell of every sheet."""
    from workbook_tools.io.files import read_regular
    from workbook_tools.io.readers import open_book
    from workbook_tools.io.safety import DEFAULT_LIMITS

    data, _digest = read_regular(p, DEFAULT_LIMITS.max_file_bytes, None)
    book = open_book(p, data=data)
    values: list = []
    for name in book.sheet_names:
        for row in book.sheet(name).rows:
            values += [v for v in row if v != "" and v is not None]
    return values


def _write(out: Path, rows: list[list], width: int) -> None:
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(out), {"constant_memory": True})
    ws = wb.add_worksheet("一覧")
    for r, values in enumerate(rows):
        for c, v in enumerate(values[:width]):
            if isinstance(v, str):
                ws.write_string(r, c, v)
            elif isinstance(v, (int, float)) and not isinstance(v, bool):
                ws.write_number(r, c, v)
            else:
                ws.write_string(r, c, str(v))
    wb.close()


def child(out: Path, width: int, folders: list[Path]) -> None:
    """The floor as its own process (start-up included)."""
    rows = [[p.name] + _read_safely(p) for p in _files(folders)]
    _write(out, rows, width)
    print(f"files={len(rows)}")


def _width(output: Path) -> int:
    from python_calamine import CalamineWorkbook

    rows = CalamineWorkbook.from_path(str(output)).get_sheet_by_name("一覧").to_python()
    return max(len(r) for r in rows)


PARTS = {"calamine": "calamine alone, every cell", "read": "bytes read once + SHA-256",
         "safe": "pre-checks + calamine (open_book, Book.sheet)",
         "write": "writing one row a file (XlsxWriter constant_memory)"}


def _parts(files: list[Path], width: int, tmp: Path) -> dict[str, float]:
    """CPU ms per file of the floor's parts, in this process (imports done), best of three passes."""
    from python_calamine import CalamineWorkbook

    from workbook_tools.io.files import read_regular
    from workbook_tools.io.readers import open_book
    from workbook_tools.io.safety import DEFAULT_LIMITS

    def bare():
        for p in files:
            wb = CalamineWorkbook.from_path(str(p))
            for name in wb.sheet_names:
                wb.get_sheet_by_name(name).to_python(skip_empty_area=False)

    def read_hash():
        for p in files:
            read_regular(p, DEFAULT_LIMITS.max_file_bytes, None)

    def safe():
        for p in files:
            book = open_book(p)
            for name in book.sheet_names:
                book.sheet(name)

    rows = [[p.name] + _read_safely(p) for p in files]
    parts = {"calamine": bare, "read": read_hash, "safe": safe, "write": lambda: _write(tmp / "parts.xlsx", rows, width)}
    best = {}
    for label, fn in parts.items():
        fn()  # warm
        times = []
        for _ in range(3):
            t = time.process_time()
            fn()
            times.append(time.process_time() - t)
        best[label] = min(times) * 1000 / len(files)
    return best


def measure(surveys: int, corpus: Path | None, rounds: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp_s:
        tmp = Path(tmp_s)
        s_dir, r_dir = ensure(corpus or tmp / "corpus", surveys, 47)
        res: dict = {"files": surveys + 47, "bytecode": compile_package(), "machine_before": machine(),
                     "rounds": rounds}
        _ours(s_dir, r_dir, tmp, 1)  # once before timing: and the width of the tool's 一覧
        width = _width(tmp / "survey_j1.xlsx")
        res["width"] = width
        quick = {"calamine": lambda: _read("calamine", [s_dir, r_dir]),
                 "floor": lambda: run([sys.executable, str(HERE / "floor.py"), "--child", str(tmp / "floor.xlsx"),
                                       "--width", str(width), str(s_dir), str(r_dir)]),
                 "jobs1": lambda: _ours(s_dir, r_dir, tmp, 1)}
        runs: dict[str, list[Run]] = {k: [] for k in quick}
        for _ in range(max(1, rounds)):
            for key, how in quick.items():
                runs[key].append(how())
        for key, got in runs.items():
            res[key] = _median_run(got)
            res[f"{key} spread"] = spread([r.wall for r in got])
        res["parts"] = _parts(_files([s_dir, r_dir]), width, tmp)
        res["machine_after"] = machine()
    return res


def report(res: dict) -> str:
    cal = res["calamine"]
    lines = [f"floor of a consolidation keeping today's checks: {res['files']:,} files (surveys + 47 reports), "
             f"whole processes, median of interleaved runs",
             f"  {res['bytecode']}", f"  machine before: {res['machine_before']}"]
    for key, label in (("calamine", "python-calamine, every cell of every file"),
                       ("floor", f"floor: safe read of every cell + one {res['width']}-cell row a file"),
                       ("jobs1", "consolidate --jobs 1 (survey + report)")):
        r = res[key]
        lo, _, hi = res[f"{key} spread"]
        lines.append(f"  {label:58s} {r.wall:6.2f} s ({r.wall / cal.wall:4.1f}x)  CPU {r.cpu:6.2f} s "
                     f"({r.cpu / cal.cpu:4.1f}x)  [runs {lo:.2f}-{hi:.2f} s]")
    lines.append("  the floor's parts, CPU ms per file in one process (best of 3):")
    lines += [f"    {PARTS[key]:56s} {ms:6.3f} ms" for key, ms in res["parts"].items()]
    lines.append(f"  machine after: {res['machine_after']}")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--surveys", type=int, default=2000)
    ap.add_argument("--corpus", type=Path, help="keep (and reuse) the generated corpus here")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--width", type=int, default=40, help=argparse.SUPPRESS)
    ap.add_argument("folders", nargs="*", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child, args.width, args.folders)
        return
    print(report(measure(args.surveys, args.corpus, args.rounds)))


if __name__ == "__main__":
    main()
