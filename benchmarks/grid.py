"""Benchmark: Report A recompute of a generated grid (3,000 unions × 3 fiscal years).

End to end: ``workbook-tools grid recompute`` as a whole process (start-up,
reading in its isolated worker, checks and writing the output included) against
the same command reading in its own process (``--read-here``: what the isolated
read costs; the two alternate run by run) and a bare python-calamine read of the
same file (benchmarks/read_all.py), in one run.
Phases: an instrumented in-process run (imports warm, median of 3) split into
pre-check (io.safety), read (calamine + package XML), parse rows
(io.grid_reader), core (core.grid, each call), checks (app.grid.check_input,
which reuses the recomputed result when it is on the input's calendar and
otherwise calls the core itself, counted under core) and write (XlsxWriter).

    python benchmarks/grid.py [--unions 3000] [--runs 3]
    python benchmarks/grid.py --read-here grid recompute IN.xlsx -o OUT.xlsx   (the in-process contender)
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import HERE, cli, compile_package, machine, run  # noqa: E402

PHASES = ("pre-check", "read", "parse rows", "core", "checks", "write")


def make_grid(path: Path, unions: int) -> Path:
    from workbook_tools.core.calendar import YearMonth
    from workbook_tools.samples.examples import synthetic_unions, write_hq_grid

    rows = synthetic_unions(unions, seed=3, sector=5)
    write_hq_grid(path, rows, start_month=6, fiscal_year=2024, cutoff=YearMonth(2025, 2), quirks=False)
    return path


def _timed(spent: dict, key: str, fn):
    def wrapper(*a, **k):
        t = time.perf_counter()
        try:
            return fn(*a, **k)
        finally:
            spent[key] += time.perf_counter() - t
            spent[key + " calls"] += 1
    return wrapper


def phases(src: Path, out: Path) -> dict[str, float]:
    """One instrumented in-process recompute + write; seconds per phase."""
    from workbook_tools.app import grid as job
    from workbook_tools.io import readers

    spent: dict = defaultdict(float)
    saved = {(readers, "check_file"): readers.check_file, (job, "read_grid"): job.read_grid,
             (job, "compute_grid"): job.compute_grid, (job, "check_input"): job.check_input,
             (job, "load_grid"): job.load_grid}
    names = {"check_file": "pre-check", "read_grid": "parse rows", "compute_grid": "core",
             "check_input": "checks", "load_grid": "load"}
    try:
        for (mod, name), fn in saved.items():
            setattr(mod, name, _timed(spent, names[name], fn))
        j = job.recompute(src)
        t = time.perf_counter()
        job.write_grid_workbook(j, out)
        spent["write"] = time.perf_counter() - t
    finally:
        for (mod, name), fn in saved.items():
            setattr(mod, name, fn)
    spent["read"] = spent["load"] - spent["pre-check"] - spent["parse rows"]
    return dict(spent)


def measure(unions: int = 3000, runs: int = 3) -> dict:
    with tempfile.TemporaryDirectory() as tmp_s:
        tmp = Path(tmp_s)
        (tmp / "in").mkdir()
        src = make_grid(tmp / "in" / "grid.xlsx", unions)
        res: dict = {"unions": unions, "bytes": src.stat().st_size, "bytecode": compile_package(),
                     "machine_before": machine()}
        e2e, here = [], []
        for i in range(runs):  # alternating, so that a change of load hits both alike
            e2e.append(run(cli() + ["grid", "recompute", str(src), "-o", str(tmp / f"out{i}.xlsx")]))
            here.append(run([sys.executable, __file__, "--read-here", "grid", "recompute", str(src), "-o",
                             str(tmp / f"here{i}.xlsx")]))
        bare = [run([sys.executable, str(HERE / "read_all.py"), "calamine", str(tmp / "in")]) for _ in range(runs)]
        phases(src, tmp / "warm.xlsx")  # imports warm
        split = [phases(src, tmp / f"p{i}.xlsx") for i in range(runs)]
        res["e2e"] = statistics.median(r.wall for r in e2e)
        res["e2e_cpu"] = statistics.median(r.cpu for r in e2e)
        res["bare_cpu"] = statistics.median(r.cpu for r in bare)
        res["e2e_mb"] = max(r.parent_mb for r in e2e)
        res["e2e_worker_mb"] = max(r.worker_mb for r in e2e)
        res["e2e_min"] = min(r.wall for r in e2e)
        res["here"] = statistics.median(r.wall for r in here)
        res["here_min"] = min(r.wall for r in here)
        res["here_cpu"] = statistics.median(r.cpu for r in here)
        res["bare"] = statistics.median(r.wall for r in bare)
        res["phases"] = {k: statistics.median(s[k] for s in split) for k in split[0]}
        res["machine_after"] = machine()
    return res


def report(res: dict) -> str:
    ph = res["phases"]
    lines = [f"grid: {res['unions']:,} unions x 3 fiscal years ({res['bytes']:,} bytes)",
             f"  machine before: {res['machine_before']}", f"  machine after : {res['machine_after']}", f"  {res['bytecode']}",
             f"  workbook-tools grid recompute (whole process): {res['e2e']:.2f} s (best {res['e2e_min']:.2f} s), "
             f"peak {res['e2e_mb']:.0f} MB + worker {res['e2e_worker_mb']:.0f} MB (goal <= 1.5 s), "
             f"CPU {res['e2e_cpu']:.2f} s",
             f"  the same, reading in-process (--read-here)    : {res['here']:.2f} s (best {res['here_min']:.2f} s), "
             f"CPU {res['here_cpu']:.2f} s -> the isolated read costs {res['e2e'] - res['here']:+.2f} s "
             f"(CPU {res['e2e_cpu'] - res['here_cpu']:+.2f} s)",
             f"  bare python-calamine read (whole process)    : {res['bare']:.2f} s "
             f"-> recompute is {res['e2e'] / res['bare']:.1f}x the bare read (CPU {res['e2e_cpu'] / res['bare_cpu']:.1f}x)",
             "  phases (in-process, imports warm):"]
    for k in PHASES:
        calls = f" ({ph[k + ' calls']:.0f} calls)" if k + " calls" in ph else ""
        lines.append(f"    {k:10s} {ph[k] * 1000:7.0f} ms{calls}")
    total = sum(ph[k] for k in PHASES) * 1000
    lines.append(f"    (core calls in all: {ph.get('core calls', 0):.0f}, checks' own included; sum of phases {total:.0f} ms)")
    return "\n".join(lines)


def read_here(argv: list[str]) -> None:
    """The CLI with the grid's read in its own process instead of the isolated worker."""
    from workbook_tools import cli
    from workbook_tools.app import grid as job

    isolated = job.recompute
    job.recompute = lambda *a, **k: isolated(*a, **{**k, "isolate": False})
    sys.argv = ["workbook-tools", *argv]
    cli.main()


def main() -> None:
    if sys.argv[1:2] == ["--read-here"]:
        read_here(sys.argv[2:])
        return
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--unions", type=int, default=3000)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    print(report(measure(args.unions, args.runs)))


if __name__ == "__main__":
    main()
