"""Benchmark: where the wall time of one ``consolidate survey`` process goes, with ``--jobs 1`` and ``--jobs 2``.

Each run is the real command in a process of its own (this script re-run with ``--child``: it times the phases
around the package's own functions and then runs the CLI's ``main`` with the command's arguments):

- start-up: from the launch of the process to the start of the reading (imports, arguments, listing the folder);
- reading: ``app.consolidate._run`` (handing files to the workers and receiving their records), with the
  workers' CPU over that time (psutil, read just before the reading ends);
- between: settling the hashes, the roster rule and the rest up to the write;
- writing: ``write_workbook`` (the serial tail after the last file);
- end: from the write to the process's exit.

The runs alternate (``--jobs 1``, ``--jobs 2``, …) so both see the same load; each phase is shown as the median
over ``--rounds``.  The last lines say how much of each run runs on one core only (everything but the
reading) and what ``--jobs 2`` / ``--jobs 1`` ratio that part leaves if the reading were exactly twice as fast.

    python benchmarks/phases.py [--surveys 2000] [--corpus DIR] [--rounds 3]
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import compile_package, machine  # noqa: E402

PHASES = ("start-up", "reading", "between", "writing", "end")


def _child(folder: str, jobs: int, out: str) -> None:
    """Run the command here with timers around its phases; print them as JSON on stderr's last line."""
    import psutil

    me = psutil.Process()
    import workbook_tools.app.consolidate as job
    from workbook_tools.__main__ import main

    marks: dict[str, float] = {}
    real_run, real_write = job._run, job.write_workbook

    def workers_cpu() -> float:
        total = 0.0
        for child in me.children(recursive=True):
            try:
                t = child.cpu_times()
                total += t.user + t.system
            except psutil.Error:
                pass
        return total

    def run(*a, **k):
        marks["read_start"], marks["read_cpu0"] = time.time(), time.process_time()
        try:
            return real_run(*a, **k)
        finally:
            marks["workers_cpu"] = workers_cpu()
            marks["read_end"], marks["read_cpu1"] = time.time(), time.process_time()

    def write(*a, **k):
        marks["write_start"] = time.time()
        try:
            return real_write(*a, **k)
        finally:
            marks["write_end"] = time.time()

    job._run, job.write_workbook = run, write
    sys.argv = ["workbook-tools", "-q", "consolidate", "survey", folder, "-o", out, "--year", "2024",
                "--jobs", str(jobs)]
    try:
        main()
    except SystemExit as exc:
        if exc.code not in (0, None):
            raise
    print(json.dumps(marks), file=sys.stderr)


def _one(folder: Path, jobs: int, out: Path) -> dict[str, float]:
    start = time.time()
    r = subprocess.run([sys.executable, __file__, "--child", str(folder), str(jobs), str(out)],
                       capture_output=True, text=True)
    end = time.time()
    if r.returncode != 0:
        raise RuntimeError(r.stderr[-2000:])
    m = json.loads(r.stderr.strip().splitlines()[-1])
    return {"start-up": m["read_start"] - start, "reading": m["read_end"] - m["read_start"],
            "between": m["write_start"] - m["read_end"], "writing": m["write_end"] - m["write_start"],
            "end": end - m["write_end"], "total": end - start,
            "reading, parent CPU": m["read_cpu1"] - m["read_cpu0"], "reading, workers' CPU": m["workers_cpu"]}


def main() -> None:
    if sys.argv[1:2] == ["--child"]:
        _child(sys.argv[2], int(sys.argv[3]), sys.argv[4])
        return
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--surveys", type=int, default=2000)
    ap.add_argument("--corpus", type=Path, help="generated corpus folder (made if missing, reused if present)")
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    import tempfile

    from corpus import ensure

    with tempfile.TemporaryDirectory() as tmp:
        folder, _ = ensure(args.corpus or Path(tmp) / "corpus", args.surveys)
        n = sum(1 for _ in folder.iterdir())
        print(f"phases of `consolidate survey`: {n:,} surveys, {args.rounds} rounds alternating --jobs 1 / --jobs 2")
        print(f"  machine before: {machine()}")
        print(f"  {compile_package()}")
        runs: dict[int, list[dict[str, float]]] = {1: [], 2: []}
        for _ in range(args.rounds):
            for jobs in (1, 2):
                runs[jobs].append(_one(folder, jobs, Path(tmp) / f"out_{jobs}.xlsx"))
        print(f"  machine after : {machine()}")
    med = {j: {k: statistics.median(r[k] for r in rs) for k in rs[0]} for j, rs in runs.items()}
    print("  median seconds       " + "".join(f"{k:>12s}" for k in (*PHASES, "total")))
    for j in (1, 2):
        print(f"  --jobs {j}             " + "".join(f"{med[j][k]:12.2f}" for k in (*PHASES, "total")))
    for j in (1, 2):
        parent, workers = med[j]["reading, parent CPU"], med[j]["reading, workers' CPU"]
        print(f"  --jobs {j} reading: parent CPU {parent:.2f} s, workers' CPU {workers:.2f} s")
    serial = {j: med[j]["total"] - med[j]["reading"] for j in (1, 2)}
    read_x = med[1]["reading"] / med[2]["reading"]
    print(f"  reading: --jobs 2 is {read_x:.2f}x --jobs 1; whole process: {med[1]['total'] / med[2]['total']:.2f}x")
    print(f"  on one core only (all but the reading): {serial[1]:.2f} s (--jobs 1), {serial[2]:.2f} s (--jobs 2)")
    cap = (med[1]["reading"] + serial[1]) / (med[1]["reading"] / 2 + serial[1])
    print(f"  with that part as in --jobs 1, a reading exactly twice as fast would make the whole {cap:.2f}x")


if __name__ == "__main__":
    main()
