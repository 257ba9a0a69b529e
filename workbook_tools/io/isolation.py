"""Run one function per input in worker processes, so that a crash or a hang
costs one input, not the batch.

Spawn-safe (Windows and Linux alike): workers are started with the "spawn"
method and run a module-level function.  Each worker takes one task at a
time; the parent watches a deadline per task and whether the worker is
alive, kills and replaces a worker that hangs or dies, and reports that
input as failed.  No signals, no fork, no POSIX resource limits.
"""
from __future__ import annotations

import multiprocessing as mp
import queue
import time
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator

CRASHED = "crashed"
TIMED_OUT = "timed_out"


@dataclass
class Outcome:
    index: int
    ok: bool
    result: Any = None
    failure: str = ""  # CRASHED / TIMED_OUT / the exception text


def _worker(fn: Callable, tasks, results) -> None:
    while True:
        item = tasks.get()
        if item is None:
            return
        index, arg = item
        try:
            results.put((index, True, fn(arg), ""))
        except BaseException as exc:  # noqa: BLE001 - reported, never raised across the process boundary
            results.put((index, False, None, f"{type(exc).__name__}: {exc}"))


class _Slot:
    def __init__(self, ctx, fn, results) -> None:
        self.tasks = ctx.Queue()
        self.proc = ctx.Process(target=_worker, args=(fn, self.tasks, results), daemon=True)
        self.proc.start()
        self.current: int | None = None
        self.started = 0.0

    def give(self, index: int, arg) -> None:
        self.current = index
        self.started = time.monotonic()
        self.tasks.put((index, arg))

    def stop(self, kill: bool = False) -> None:
        if kill:
            self.proc.kill()
        else:
            self.tasks.put(None)
        self.proc.join(timeout=5)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join(timeout=5)


def run_isolated(fn: Callable, args: Iterable, *, jobs: int = 2, timeout: float = 60.0,
                 on_done: Callable[[Outcome], None] | None = None) -> Iterator[Outcome]:
    """Yield an Outcome per argument (in completion order)."""
    todo = list(enumerate(args))
    if not todo:
        return
    ctx = mp.get_context("spawn")
    results = ctx.Queue()
    slots = [_Slot(ctx, fn, results) for _ in range(max(1, min(jobs, len(todo))))]
    pending = iter(todo)
    remaining = len(todo)
    done: set[int] = set()  # a killed worker's late answer is ignored

    def feed(slot: _Slot) -> None:
        nxt = next(pending, None)
        if nxt is None:
            slot.current = None
        else:
            slot.give(*nxt)

    try:
        for slot in slots:
            feed(slot)
        while remaining:
            try:
                index, ok, result, failure = results.get(timeout=0.2)
            except queue.Empty:
                index = None
            if index is not None and index in done:
                continue
            if index is not None:
                done.add(index)
                remaining -= 1
                out = Outcome(index, ok, result, failure)
                for slot in slots:
                    if slot.current == index:
                        feed(slot)
                        break
                if on_done:
                    on_done(out)
                yield out
                continue
            now = time.monotonic()
            for i, slot in enumerate(slots):
                if slot.current is None:
                    continue
                dead = not slot.proc.is_alive()
                late = now - slot.started > timeout
                if dead or late:
                    lost = slot.current
                    done.add(lost)
                    slot.stop(kill=True)
                    slots[i] = _Slot(ctx, fn, results)
                    remaining -= 1
                    out = Outcome(lost, False, None, CRASHED if dead else TIMED_OUT)
                    feed(slots[i])
                    if on_done:
                        on_done(out)
                    yield out
    finally:
        for slot in slots:
            slot.stop(kill=slot.current is not None)
