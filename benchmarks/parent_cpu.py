"""Benchmark: the consolidation parent's CPU per file, receiving (run_isolated's loop, spilling the records)
and writing the consolidated workbook, each measured with process_time in a process of its own.

Receiving: ``consolidate(…, jobs=2)`` with the parent's ``_run`` timed (the workers' CPU is not counted).
Writing: ``write_workbook`` of a batch read in-process beforehand (the serial tail after the last file).
``--other DIR`` runs the same measurements with another checkout's package (PYTHONPATH=DIR, e.g. a
``git archive`` of an older commit) alternately with this one, so both see the same machine load.

    python benchmarks/parent_cpu.py --corpus DIR [--rounds 3] [--other OLD_CHECKOUT]
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import machine  # noqa: E402
from corpus import ensure  # noqa: E402


def _receive(folder: Path) -> float:
    import workbook_tools.app.consolidate as job

    real, spent = job._run, []

    def timed(*a, **k):
        start = time.process_time()
        try:
            return real(*a, **k)
        finally:
            spent.append(time.process_time() - start)
    job._run = timed
    batch = job.consolidate("survey", folder, year=2024, jobs=2)
    n = len(batch.records)
    batch.close()
    return spent[0] * 1000 / n


def _write(folder: Path) -> float:
    import tempfile

    from workbook_tools.app.consolidate import consolidate, write_workbook

    batch = consolidate("survey", folder, year=2024, isolate=False)
    with tempfile.TemporaryDirectory() as tmp:
        start = time.process_time()
        write_workbook(batch, Path(tmp) / "集約.xlsx")
        spent = time.process_time() - start
    n = len(batch.records)
    batch.close()
    return spent * 1000 / n


def _one(what: str, folder: Path, code: str | None) -> float:
    env = dict(os.environ)
    if code:
        env["PYTHONPATH"] = code
    else:
        env.pop("PYTHONPATH", None)
    out = subprocess.run([sys.executable, __file__, "--one", what, str(folder)], env=env, capture_output=True,
                         text=True, check=True).stdout
    return float(out.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path)
    ap.add_argument("--surveys", type=int, default=2000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--other", help="another checkout's folder (its package is measured alternately)")
    ap.add_argument("--one", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print((_receive if args.one[0] == "receive" else _write)(Path(args.one[1])))
        return
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        s_dir, _ = ensure(args.corpus or Path(tmp) / "corpus", args.surveys, 47)
        print(f"parent CPU per file, {args.surveys} surveys; machine: {machine()}")
        codes = [("this", None)] + ([("other", args.other)] if args.other else [])
        for r in range(args.rounds):
            for name, code in codes:
                rec, wri = _one("receive", s_dir, code), _one("write", s_dir, code)
                print(f"  round {r + 1} {name:5s}: receiving {rec:.3f} ms/file, writing {wri:.3f} ms/file")
        print(f"  after: {machine()}")


if __name__ == "__main__":
    main()
