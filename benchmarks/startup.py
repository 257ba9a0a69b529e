"""Benchmark: how fast `workbook-tools --help` answers (target ≤ 0.3 s).

Runs the console entry point in fresh processes and reports the median,
against a bare `python -c pass` in the same run.

    python benchmarks/startup.py [--runs 15]
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time


def _median(cmd: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=15)
    args = ap.parse_args()
    bare = _median([sys.executable, "-c", "pass"], args.runs)
    helped = _median([sys.executable, "-m", "workbook_tools", "--help"], args.runs)
    sub = _median([sys.executable, "-m", "workbook_tools", "consolidate", "report", "--help"], args.runs)
    print(f"python -c pass                          : {bare * 1000:6.0f} ms")
    print(f"workbook-tools --help                   : {helped * 1000:6.0f} ms")
    print(f"workbook-tools consolidate report --help: {sub * 1000:6.0f} ms")
    print("target (≤ 300 ms):", "met" if max(helped, sub) <= 0.3 else "NOT met")


if __name__ == "__main__":
    main()
