"""Benchmark: consolidating a mixed corpus, whole processes, every file in every contender.

Corpus (benchmarks/corpus.py): N surveys + 47 reports, half filled from our
template, half legacy layouts.  Each contender is one or more whole
processes (start-up, reading and, for ours, writing the output included):

- python-calamine reading every cell of every file (benchmarks/read_all.py),
- fastexcel doing the same, if it is installed (``.[bench]``),
- a naive openpyxl loop over every file (no sampling),
- ``workbook-tools consolidate survey`` + ``consolidate report`` with ``--jobs 1`` and ``--jobs 2``.

calamine, fastexcel and both consolidations run ``--rounds`` times (3), interleaved, and each is shown by
its median run with the spread of all (a shared machine's load moves a single run by ±20%); the openpyxl
loop runs once.  Ratios are computed from this one run, on wall time and on CPU time
(user + system of the whole process tree, less sensitive to a shared machine's load).  Peak memory: the CLI process itself
(parent) and its largest worker.  Parent growth per file compares
``consolidate survey --jobs 2`` on the first quarter of the surveys and on all of them
(``--big`` adds a separate 10,000-survey corpus; slow to generate, kept beside ``--corpus DIR`` as
``DIR_10000`` and reused).

    python benchmarks/consolidate.py [--surveys 2000] [--corpus DIR] [--big] [--no-openpyxl] [--rounds 3]
"""
from __future__ import annotations

import argparse
import importlib.util
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import HERE, Run, cli, compile_package, machine, run  # noqa: E402
from corpus import ensure  # noqa: E402


def _read(how: str, folders: list[Path]) -> Run:
    r = run([sys.executable, str(HERE / "read_all.py"), how, *map(str, folders)])
    r.out = r.out.strip().splitlines()[-1]
    return r


def _listed(out: Path) -> int:
    from python_calamine import CalamineWorkbook

    rows = CalamineWorkbook.from_path(str(out)).get_sheet_by_name("一覧").to_python()
    return sum(1 for row in rows if any(isinstance(v, str) and v.endswith(".xlsx") for v in row))


def _ours(s_dir: Path, r_dir: Path, out: Path, jobs: int) -> Run:
    """Both consolidations, as users run them; times add up, memory is the larger."""
    total = Run(0.0)
    for kind, folder in (("survey", s_dir), ("report", r_dir)):
        dest = out / f"{kind}_j{jobs}.xlsx"
        r = run(cli() + ["consolidate", kind, str(folder), "-o", str(dest), "--year", "2024", "--jobs", str(jobs)])
        n = sum(1 for _ in folder.iterdir())
        if _listed(dest) != n:
            raise RuntimeError(f"{dest.name}: {_listed(dest)} files listed, {n} in the folder")
        total.wall += r.wall
        total.cpu += r.cpu
        total.parent_mb = max(total.parent_mb, r.parent_mb)
        total.worker_mb = max(total.worker_mb, r.worker_mb)
    return total


def _subset(s_dir: Path, dest: Path, n: int) -> Path:
    dest.mkdir(parents=True, exist_ok=True)
    for p in sorted(s_dir.iterdir())[:n]:
        shutil.copyfile(p, dest / p.name)
    return dest


def _growth(s_dir: Path, tmp: Path, surveys: int, big: Path | None) -> list[tuple[int, Run]]:
    small = max(1, surveys // 4)
    sizes = [(small, _subset(s_dir, tmp / "small", small)), (surveys, s_dir)]
    if big is not None:
        big_s, _ = ensure(big, 10000, 0)
        sizes.append((10000, big_s))
    out = []
    for n, folder in sizes:
        r = run(cli() + ["consolidate", "survey", str(folder), "-o", str(tmp / f"g{n}.xlsx"), "--year", "2024",
                         "--jobs", "2"])
        out.append((n, r))
    return out


def _median_run(runs: list[Run]) -> Run:
    """The run with the median wall time (its CPU time and memory with it); an even count takes the slower."""
    return sorted(runs, key=lambda r: r.wall)[len(runs) // 2]


def measure(surveys: int = 2000, corpus: Path | None = None, big: bool = False, naive: bool = True,
            rounds: int = 3) -> dict:
    """Every contender on every file.  The quick ones (calamine, fastexcel, both consolidations) run ``rounds``
    times, interleaved (calamine, fastexcel, --jobs 1, --jobs 2, then again), so that each sees the same moments
    of a shared machine; each is shown by its median run, with the spread of all.  The naive openpyxl loop
    (a minute or more, which averages the machine's moods by itself) runs once."""
    with tempfile.TemporaryDirectory() as tmp_s:
        tmp = Path(tmp_s)
        s_dir, r_dir = ensure(corpus or tmp / "corpus", surveys, 47)
        files = surveys + 47
        res: dict = {"files": files, "surveys": surveys, "bytecode": compile_package(), "machine_before": machine(),
                     "rounds": rounds, "spread": {}}
        quick = {"calamine": lambda: _read("calamine", [s_dir, r_dir])}
        if importlib.util.find_spec("fastexcel"):
            quick["fastexcel"] = lambda: _read("fastexcel", [s_dir, r_dir])
        quick["jobs1"] = lambda: _ours(s_dir, r_dir, tmp, 1)
        quick["jobs2"] = lambda: _ours(s_dir, r_dir, tmp, 2)
        runs: dict[str, list[Run]] = {key: [] for key in quick}
        for _ in range(max(1, rounds)):
            for key, how in quick.items():
                runs[key].append(how())
        for key, got in runs.items():
            res[key] = _median_run(got)
            res["spread"][key] = [r.wall for r in got]
        if naive:
            res["openpyxl"] = _read("openpyxl", [s_dir, r_dir])
        # the 10,000-survey corpus is kept beside --corpus (reused like it), else made in the temporary folder
        big_dir = (corpus.parent / f"{corpus.name}_10000" if corpus else tmp / "corpus10000") if big else None
        res["growth"] = _growth(s_dir, tmp, surveys, big_dir)
        res["machine_after"] = machine()
    return res


def report(res: dict) -> str:
    cal, j1, j2 = res["calamine"], res["jobs1"], res["jobs2"]
    lines = [f"consolidate: {res['files']:,} files ({res['surveys']} surveys + 47 reports; half template, half legacy)",
             f"  machine before: {res['machine_before']}", f"  machine after : {res['machine_after']}",
             f"  {res['bytecode']}"]
    for key, label in (("calamine", "python-calamine, every cell"), ("fastexcel", "fastexcel, every cell"),
                       ("openpyxl", "naive openpyxl loop, every file"), ("jobs1", "consolidate --jobs 1"),
                       ("jobs2", "consolidate --jobs 2")):
        if key in res:
            r = res[key]
            mem = f"  parent {r.parent_mb:5.0f} MB" + (f", worker {r.worker_mb:4.0f} MB" if r.worker_mb else "")
            lines.append(f"  {label:34s}: {r.wall:7.2f} s  {r.wall / cal.wall:6.1f}x calamine  "
                         f"CPU {r.cpu:7.2f} s {r.cpu / cal.cpu:6.1f}x{mem}")
    for key, walls in res.get("spread", {}).items():
        lines.append(f"  {key:9s} wall over {len(walls)} interleaved rounds: " + " ".join(f"{w:.2f}" for w in walls)
                     + " s (median shown above)")
    lines.append(f"  consolidate --jobs 1 / calamine: {j1.wall / cal.wall:.1f}x wall, {j1.cpu / cal.cpu:.1f}x CPU "
                 "(goal <= 4x)")
    if "openpyxl" in res:
        op = res["openpyxl"]
        lines.append(f"  naive openpyxl / --jobs 1: {op.wall / j1.wall:.1f}x wall, {op.cpu / j1.cpu:.1f}x CPU "
                     "(goal >= 15x)")
    lines.append(f"  --jobs 1 / --jobs 2: {j1.wall / j2.wall:.2f}x (goal >= 1.6x on an idle 2-core machine)")
    (n0, g0), *rest = res["growth"]
    for n, g in rest:
        per = (g.parent_mb - g0.parent_mb) * 1e3 / (n - n0)
        lines.append(f"  parent peak: {n0} surveys {g0.parent_mb:.0f} MB, {n} surveys {g.parent_mb:.0f} MB "
                     f"-> {per:.1f} KB per file")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--surveys", type=int, default=2000)
    ap.add_argument("--corpus", type=Path, help="keep (and reuse) the generated corpus here")
    ap.add_argument("--big", action="store_true", help="also measure parent memory at 10,000 surveys (slow)")
    ap.add_argument("--no-openpyxl", dest="naive", action="store_false", help="skip the (slow) openpyxl loop")
    ap.add_argument("--rounds", type=int, default=3, help="interleaved runs of each quick contender (median shown)")
    args = ap.parse_args()
    print(report(measure(args.surveys, args.corpus, args.big, args.naive, args.rounds)))


if __name__ == "__main__":
    main()
