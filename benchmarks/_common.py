"""Shared helpers for the benchmarks: whole-process timing, peak memory, machine facts.

Every contender runs as its own process (start-up included).  Peak memory is
read while the process runs: the high-water mark of the process itself
(VmHWM on Linux, peak working set on Windows) and the largest of its child
processes (the CLI's workers).  Needs psutil (``pip install -e ".[bench]"``).
"""
from __future__ import annotations

import os
import platform
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
BIN = Path(sys.executable).parent


def cli() -> list[str]:
    """The installed console script, as users run it (falls back to -m)."""
    for name in ("workbook-tools", "workbook-tools.exe"):
        exe = BIN / name
        if exe.exists():
            return [str(exe)]
    return [sys.executable, "-m", "workbook_tools"]


def compile_package() -> str:
    """Write the package's bytecode cache, as pip does when it installs a wheel (an editable install, or a
    shell with PYTHONDONTWRITEBYTECODE set, would otherwise compile every module again in every process
    timed, workers included: ~0.1 s a process that no installed copy pays).  Returns a line saying so."""
    import compileall
    import importlib.util

    folder = Path(importlib.util.find_spec("workbook_tools").origin).parent
    compileall.compile_dir(str(folder), quiet=1)
    return f"bytecode cache written for {folder} (as a wheel install has it)"


def machine() -> str:
    try:
        load = "load average %.2f / %.2f / %.2f" % os.getloadavg()
    except (AttributeError, OSError):  # Windows
        load = "load average n/a"
    try:
        import psutil

        load += f", CPU busy {psutil.cpu_percent(interval=0.5):.0f}%"
    except ImportError:
        pass
    return (f"{os.cpu_count()} cores, {load}; Python {platform.python_version()} on "
            f"{platform.system()} {platform.machine()}")


def _peak_mb(proc) -> float:
    """High-water mark of one live process, in MB (0 if it is gone)."""
    try:
        mi = proc.memory_info()
        peak = getattr(mi, "peak_wset", None)  # Windows
        if peak is None:
            try:
                with open(f"/proc/{proc.pid}/status", encoding="ascii") as fh:
                    for line in fh:
                        if line.startswith("VmHWM:"):
                            peak = int(line.split()[1]) * 1024
                            break
            except OSError:
                peak = None
        return (peak or mi.rss) / 1e6
    except Exception:  # noqa: BLE001 - psutil.NoSuchProcess / AccessDenied: the process ended
        return 0.0


def _children_cpu() -> float | None:
    """CPU seconds (user + system) of every finished descendant of this process (POSIX)."""
    try:
        import resource
    except ImportError:  # Windows: run() sums what it saw of each process instead
        return None
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def _cpu(proc) -> float:
    try:
        t = proc.cpu_times()
        return t.user + t.system
    except Exception:  # noqa: BLE001 - the process ended
        return 0.0


@dataclass
class Run:
    wall: float
    cpu: float = 0.0  # user + system of the process and all its children
    parent_mb: float = 0.0
    worker_mb: float = 0.0
    rc: int = 0
    out: str = ""


@dataclass
class _Watch:
    parent: float = 0.0
    workers: dict = field(default_factory=dict)
    cpu: dict = field(default_factory=dict)


def run(cmd: list[str], *, memory: bool = True, env: dict | None = None, check: bool = True) -> Run:
    """Run a whole process; wall time from spawn to exit, and its peak memory."""
    cpu0 = _children_cpu()
    t = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env)
    watch = _Watch()
    stop = threading.Event()
    if memory:
        import psutil

        def poll() -> None:
            root = psutil.Process(p.pid)
            while not stop.is_set():
                watch.parent = max(watch.parent, _peak_mb(root))
                watch.cpu[root.pid] = max(watch.cpu.get(root.pid, 0.0), _cpu(root))
                try:
                    kids = root.children(recursive=True)
                except Exception:  # noqa: BLE001 - root ended
                    kids = []
                for k in kids:
                    watch.workers[k.pid] = max(watch.workers.get(k.pid, 0.0), _peak_mb(k))
                    watch.cpu[k.pid] = max(watch.cpu.get(k.pid, 0.0), _cpu(k))
                stop.wait(0.02)

        th = threading.Thread(target=poll, daemon=True)
        th.start()
    out = p.communicate()[0].decode("utf-8", "replace")
    wall = time.perf_counter() - t
    stop.set()
    if memory:
        th.join()
    if check and p.returncode not in (0,):
        raise RuntimeError(f"{cmd[:3]}… exited {p.returncode}:\n{out[-2000:]}")
    cpu1 = _children_cpu()
    cpu = cpu1 - cpu0 if cpu0 is not None and cpu1 is not None else sum(watch.cpu.values())
    return Run(wall, cpu, watch.parent, max(watch.workers.values(), default=0.0), p.returncode, out)


def spread(times: list[float]) -> tuple[float, float, float]:
    return min(times), statistics.median(times), max(times)
