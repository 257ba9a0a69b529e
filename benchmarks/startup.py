"""Benchmark: the fixed cost of every run.

1. How fast every `--help` answers (target: every run <= 0.3 s).  Finds every
   command and subcommand from the help texts themselves, then runs each
   `… --help` through the installed console script in fresh processes (default
   15 runs each) and prints min / median / max, flagging any run over 0.3 s.
2. Whole runs on the smallest inputs, where start-up, the worker and writing
   the output are all there is: `consolidate survey` / `report` of a folder with
   ONE file (`--jobs 1`; target for survey: median <= 0.35 s on an idle machine)
   and `grid recompute` of the bundled example.
A bare `python -c pass` is timed in the same run for reference, and whether the
package's bytecode cache is there is printed (without it, every run compiles
the package's modules again: ~0.1 s, e.g. with PYTHONDONTWRITEBYTECODE on an
editable install).

    python benchmarks/startup.py [--runs 15]
"""
from __future__ import annotations

import argparse
import importlib.util
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import cli, compile_package, machine, run, spread  # noqa: E402

LIMIT = 0.3
ONE_FILE_GOAL = 0.35
EXAMPLES = Path(__file__).resolve().parents[1] / "workbook_tools" / "examples"


def _subcommands(prefix: list[str]) -> list[list[str]]:
    text = subprocess.run(cli() + prefix + ["--help"], capture_output=True, text=True, encoding="utf-8",
                          check=True).stdout
    found = [prefix]
    heading = next((h for h in ("コマンド:", "Commands:") if h in text), None)
    if heading:
        block = text.split(heading, 1)[1]
        for m in re.finditer(r"^\s{2}([a-z][\w-]*)\s", block, flags=re.M):
            found += _subcommands(prefix + [m.group(1)])
    return found


def _times(cmd: list[str], runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        out.append(time.perf_counter() - t)
    return out


def bytecode_cached() -> str:
    """How many of the package's modules have an up-to-date bytecode cache."""
    spec = importlib.util.find_spec("workbook_tools")
    sources = list(Path(spec.origin).parent.rglob("*.py"))
    fresh = 0
    for src in sources:
        pyc = Path(importlib.util.cache_from_source(str(src)))
        fresh += pyc.exists() and pyc.stat().st_mtime >= src.stat().st_mtime
    return f"bytecode cache for {fresh} of {len(sources)} package modules"


def _one_file_runs(runs: int) -> dict[str, list[tuple[float, float]]]:
    """(wall, CPU of the process and its workers) of whole runs on the smallest inputs."""
    out: dict[str, list[tuple[float, float]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        cases = {}
        for kind, folder in (("survey", "surveys"), ("report", "reports")):
            src = sorted((EXAMPLES / folder).rglob("*.xlsx"))[0]
            (base / kind).mkdir()
            shutil.copy(src, base / kind / src.name)
            cases[f"consolidate {kind} (1 file) --jobs 1"] = [
                "-q", "consolidate", kind, str(base / kind), "-o", str(base / f"{kind}.xlsx"), "--jobs", "1"]
        grid = sorted((EXAMPLES / "grid").glob("*.xlsx"))[0]
        cases[f"grid recompute ({grid.name})"] = ["-q", "grid", "recompute", str(grid), "-o", str(base / "grid.xlsx")]
        for name, args in cases.items():
            out[name] = []
            for _ in range(runs):
                r = run(cli() + args, memory=False)
                out[name].append((r.wall, r.cpu))
    return out


def measure(runs: int = 15) -> dict:
    compile_package()
    res = {"machine_before": machine(), "runs": runs, "bytecode": bytecode_cached(),
           "python -c pass": _times([sys.executable, "-c", "pass"], runs)}
    for sub in _subcommands([]):
        res[" ".join(["workbook-tools", *sub, "--help"])] = _times(cli() + sub + ["--help"], runs)
    res["one_file"] = _one_file_runs(runs)
    res["machine_after"] = machine()
    return res


def timings(res: dict) -> dict[str, list[float]]:
    return {k: v for k, v in res.items() if isinstance(v, list)}


def report(res: dict) -> str:
    lines = [f"--help start-up, {res['runs']} runs each (min / median / max)",
             f"  machine before: {res['machine_before']}", f"  machine after : {res['machine_after']}"]
    slow_total = 0
    for name, ts in timings(res).items():
        lo, med, hi = spread(ts)
        slow = sum(t > LIMIT for t in ts)
        slow_total += slow if name != "python -c pass" else 0
        flag = f"  <-- {slow} run(s) over {LIMIT} s" if slow else ""
        lines.append(f"  {name:52s} {lo * 1000:5.0f} / {med * 1000:5.0f} / {hi * 1000:5.0f} ms{flag}")
    lines.append(f"  target (every run <= {LIMIT} s): " + ("met" if not slow_total else f"NOT met ({slow_total} slow runs)"))
    lines.append(f"whole runs on the smallest inputs, {res['runs']} runs each: wall min / median / max, median CPU "
                 f"(process + workers); {res['bytecode']}")
    for name, ts in res.get("one_file", {}).items():
        lo, med, hi = spread([w for w, _ in ts])
        cpu = spread([c for _, c in ts])[1]
        lines.append(f"  {name:52s} {lo * 1000:5.0f} / {med * 1000:5.0f} / {hi * 1000:5.0f} ms, CPU {cpu * 1000:4.0f} ms")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=15)
    args = ap.parse_args()
    print(report(measure(args.runs)))


if __name__ == "__main__":
    main()
