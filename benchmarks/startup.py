"""Benchmark: how fast every `--help` answers (target: every run <= 0.3 s).

Finds every command and subcommand from the help texts themselves, then runs
each `… --help` through the installed console script in fresh processes
(default 15 runs each) and prints min / median / max, flagging any run over
0.3 s.  A bare `python -c pass` is timed in the same run for reference.

    python benchmarks/startup.py [--runs 15]
"""
from __future__ import annotations

import argparse
import re
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import cli, machine, spread  # noqa: E402

LIMIT = 0.3


def _subcommands(prefix: list[str]) -> list[list[str]]:
    text = subprocess.run(cli() + prefix + ["--help"], capture_output=True, text=True, encoding="utf-8",
                          check=True).stdout
    found = [prefix]
    if "Commands:" in text:
        block = text.split("Commands:", 1)[1]
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


def measure(runs: int = 15) -> dict:
    res = {"machine_before": machine(), "runs": runs,
           "python -c pass": _times([sys.executable, "-c", "pass"], runs)}
    for sub in _subcommands([]):
        res[" ".join(["workbook-tools", *sub, "--help"])] = _times(cli() + sub + ["--help"], runs)
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
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=15)
    args = ap.parse_args()
    print(report(measure(args.runs)))


if __name__ == "__main__":
    main()
