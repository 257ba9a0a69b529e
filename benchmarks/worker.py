"""What each consolidation worker does per file, in one process, on every file of the corpus.

    python benchmarks/worker.py [--surveys 2000] [--corpus DIR] [--runs 3] [--against REF [--rounds 2]]

CPU time (process_time; steadier than wall time on a shared machine), per file, best of --runs passes
over every survey of the corpus (half filled from our template, half legacy layouts):

- python-calamine reading every cell of every sheet of the same files (the yardstick);
- ``process_file`` as a worker process runs it (it reads its file itself: the parent's deadline is its
  time limit) and as the in-process fallback runs it (the read goes through the reading thread that keeps
  a time limit);
- a split into stages from one more pass with a timer around each stage (the timers add a little).

Template and legacy files are also shown apart.  The machine's core count and load are printed before and after.

``--against REF`` (a git commit, e.g. ``main``) measures that commit's package and the working tree's in
turn, ``--rounds`` times each, alternately (old, new, old, new: the machine is shared, so both see the same
load), each in its own process on the same corpus, and prints the best of each figure for both.  The old
package is exported with ``git archive`` into a temporary folder and imported from there instead of the
editable install.
"""
from __future__ import annotations

import argparse
import json
import multiprocessing
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import machine  # noqa: E402
from corpus import YEAR, ensure  # noqa: E402

STAGES = (  # (module, class or "", function, label); a nested stage's time is also in the one around it
    ("workbook_tools.io.files", "", "read_regular", "read the file once + SHA-256"),
    ("workbook_tools.io.readers", "", "check_file", "pre-check (io/safety.check_file)"),
    ("workbook_tools.io.readers", "", "_calamine", "calamine open"),
    ("workbook_tools.io.readers", "", "_read_package_xml", "package XML (names, properties, controls)"),
    ("workbook_tools.io.locate", "", "locate", "locate fields (incl. calamine sheet loads)"),
    ("workbook_tools.io.readers", "Book", "sheet", "  of which sheet loads (pre-check + calamine)"),
    # a worksheet's prescan runs just before calamine loads it (absent in older code: shown as 0)
    ("workbook_tools.io.readers", "", "scan_sheet", "    of which the sheet's pre-check"),
    ("workbook_tools.app.consolidate", "", "process_file", "process_file (whole)"),
)


def _from_template(p: Path) -> bool:
    """Filled from our template: its workbook part defines names (as tests/test_benchmarks.py tells them)."""
    import zipfile

    with zipfile.ZipFile(p) as zf:
        return b"<definedName " in zf.read("xl/workbook.xml")


def _calamine(files: list[Path]) -> None:
    from python_calamine import CalamineWorkbook

    for p in files:
        wb = CalamineWorkbook.from_path(str(p))
        for name in wb.sheet_names:
            wb.get_sheet_by_name(name).to_python(skip_empty_area=False)


def _best(fn, runs: int, n: int) -> float:
    """Best CPU milliseconds per file of `runs` calls of fn (each over n files)."""
    best = float("inf")
    for _ in range(runs):
        t = time.process_time()
        fn()
        best = min(best, time.process_time() - t)
    return best * 1000 / n


def _process_all(tasks) -> None:
    from workbook_tools.app.consolidate import process_file

    for task in tasks:
        process_file(task)


def _stages(tasks) -> dict[str, float]:
    """CPU seconds per stage over one pass (a timer wrapped around each stage function)."""
    import importlib

    spent: dict[str, float] = defaultdict(float)
    undo = []
    for module, cls, attr, label in STAGES:
        target = importlib.import_module(module)
        target = getattr(target, cls) if cls else target
        original = getattr(target, attr, None)
        if original is None:  # a stage the measured package does not have (an older commit): shown as 0
            continue

        def timed(*a, _f=original, _label=label, **k):
            t = time.process_time()
            try:
                return _f(*a, **k)
            finally:
                spent[_label] += time.process_time() - t

        setattr(target, attr, timed)
        undo.append((target, attr, original))
    try:
        _process_all(tasks)
    finally:
        for target, attr, original in reversed(undo):
            setattr(target, attr, original)
    return spent


def measure(surveys: int, corpus: Path | None, runs: int) -> dict:
    from workbook_tools.app.consolidate import Task

    with tempfile.TemporaryDirectory() as tmp:
        s_dir, _ = ensure(corpus or Path(tmp) / "corpus", surveys, 47)
        files = sorted(p for p in s_dir.iterdir() if p.suffix == ".xlsx")
        kinds = [_from_template(p) for p in files]
        halves = {"template": [p for p, t in zip(files, kinds) if t], "legacy": [p for p, t in zip(files, kinds) if not t]}
        res: dict = {"files": len(files), "machine_before": machine()}
        tasks = [Task(str(p), str(s_dir), "survey", YEAR) for p in files]
        _process_all(tasks[:2])  # imports, caches of the form definition
        res["calamine"] = _best(lambda: _calamine(files), runs, len(files))
        res["in_process"] = _best(lambda: _process_all(tasks), runs, len(files))
        real = multiprocessing.parent_process
        multiprocessing.parent_process = lambda: True  # what a worker process sees
        try:
            res["worker"] = _best(lambda: _process_all(tasks), runs, len(files))
            for name, part in halves.items():
                sub = [Task(str(p), str(s_dir), "survey", YEAR) for p in part]
                res[f"n {name}"] = len(part)
                res[f"worker {name}"] = _best(lambda: _process_all(sub), runs, len(sub))
                res[f"calamine {name}"] = _best(lambda: _calamine(part), runs, len(part))
            res["stages"] = {k: v * 1000 / len(files) for k, v in _stages(tasks).items()}
        finally:
            multiprocessing.parent_process = real
        res["machine_after"] = machine()
    return res


def len_of(res: dict, name: str) -> str:
    return f"{res[f'n {name}']:,}"


def report(res: dict) -> str:
    cal = res["calamine"]
    lines = [f"per-file work of `consolidate survey`: {res['files']:,} surveys, CPU ms per file (best of runs)",
             f"  machine before: {res['machine_before']}",
             f"  python-calamine, every cell of every sheet     {cal:6.3f} ms  (1.0x)",
             f"  process_file, as a worker runs it              {res['worker']:6.3f} ms  ({res['worker'] / cal:.1f}x)",
             f"  process_file, in-process (reading thread)      {res['in_process']:6.3f} ms  "
             f"({res['in_process'] / cal:.1f}x)"]
    for name in ("template", "legacy"):
        lines.append(f"    {name:8s} files ({len_of(res, name)}): worker {res[f'worker {name}']:6.3f} ms, calamine "
                     f"{res[f'calamine {name}']:6.3f} ms")
    lines.append("  stages (one more pass, timers around each stage):")
    lines += [f"    {label:48s} {res['stages'].get(label, 0.0):6.3f} ms" for *_, label in STAGES]
    lines.append(f"  machine after: {res['machine_after']}")
    return "\n".join(lines)


def _use_package(folder: str) -> None:
    """Import workbook_tools from `folder` (an exported commit), not from the editable install."""
    sys.meta_path[:] = [f for f in sys.meta_path if "editable" not in repr(f).lower()]
    sys.path.insert(0, folder)
    import workbook_tools

    assert Path(workbook_tools.__file__).resolve().is_relative_to(Path(folder).resolve()), workbook_tools.__file__


def _against(args: argparse.Namespace) -> str:
    """The commit `args.against` and the working tree, measured alternately in their own processes."""
    repo = Path(__file__).resolve().parent.parent
    best: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as tmp:
        old = Path(tmp) / "old"
        old.mkdir()
        archive = subprocess.run(["git", "-C", str(repo), "archive", args.against, "workbook_tools"],
                                 check=True, capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", str(old)], input=archive, check=True)
        corpus = args.corpus or Path(tmp) / "corpus"
        ensure(corpus, args.surveys, 47)
        base = [sys.executable, __file__, "--json", "--surveys", str(args.surveys), "--corpus", str(corpus),
                "--runs", str(args.runs)]
        for _ in range(args.rounds):
            for label, extra in (("old", ["--package", str(old)]), ("new", [])):
                res = json.loads(subprocess.run(base + extra, check=True, capture_output=True, text=True).stdout)
                best[label] = _better(best.get(label), res)
    return _side_by_side(best, args.against)


def _better(a: dict | None, b: dict) -> dict:
    """Figure by figure, the smaller of two results (stages too)."""
    if a is None:
        return b
    out = {k: min(a[k], v) if isinstance(v, float) else v for k, v in b.items()}
    out["stages"] = {k: min(a["stages"].get(k, v), v) for k, v in b["stages"].items()}
    return out


def _side_by_side(best: dict[str, dict], ref: str) -> str:
    old, new = best["old"], best["new"]
    rows = [("python-calamine, every cell", "calamine"), ("process_file, as a worker runs it", "worker"),
            ("  template files", "worker template"), ("  legacy files", "worker legacy"),
            ("process_file, in-process", "in_process")]
    lines = [f"per-file CPU ms, best of each figure, {ref} (old) and the working tree (new) measured alternately",
             f"  machine at the end: {new['machine_after']}",
             f"  {'':48s} {'old':>7s} {'new':>7s}"]
    lines += [f"  {label:48s} {old[key]:7.3f} {new[key]:7.3f}" for label, key in rows]
    lines.append("  stages (one more pass, timers around each stage):")
    lines += [f"    {label:46s} {old['stages'].get(label, 0.0):7.3f} {new['stages'].get(label, 0.0):7.3f}"
              for *_, label in STAGES]
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--surveys", type=int, default=2000)
    ap.add_argument("--corpus", type=Path)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--against", help="a git commit to measure alternately with the working tree")
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--package", help=argparse.SUPPRESS)  # a folder holding an exported workbook_tools
    args = ap.parse_args()
    if args.against:
        print(_against(args))
        return
    if args.package:
        _use_package(args.package)
    res = measure(args.surveys, args.corpus, args.runs)
    print(json.dumps(res) if args.json else report(res))


if __name__ == "__main__":
    main()
