"""Run one function per input in worker processes, so that a crash or a hang
costs one input, not the batch.

Spawn-safe (Windows and Linux alike): workers are started with the "spawn"
method, run a module-level function, and talk to the parent over one duplex
pipe each (sends are synchronous, so an answer written before a crash is not
lost).  Each worker holds at most ``depth`` inputs (one being worked on, the
rest queued so it never waits for the parent); the parent watches a deadline
for the input being worked on and whether the worker is alive, kills and
replaces a worker that hangs or dies, reports that input as failed and hands
its queued inputs to the new worker.  No signals, no fork, no POSIX limits.
"""
from __future__ import annotations

import multiprocessing as mp
import time
from collections import deque
from dataclasses import dataclass
from multiprocessing.connection import wait
from typing import Any, Callable, Iterable, Iterator

CRASHED = "crashed"
STARTUP_SECONDS = 120.0  # a worker that is not up by then is treated as unable to start
TIMED_OUT = "timed_out"


class IsolationUnavailable(RuntimeError):
    """Worker processes die before doing any work (e.g. a frozen or embedded interpreter)."""


@dataclass
class Outcome:
    index: int
    ok: bool
    result: Any = None
    failure: str = ""  # CRASHED / TIMED_OUT / the exception text


def _worker(fn: Callable, conn) -> None:
    conn.send(("ready", True, None, ""))
    while True:
        try:
            item = conn.recv()
        except EOFError:
            return
        if item is None:
            return
        index, arg = item
        try:
            conn.send((index, True, fn(arg), ""))
        except BaseException as exc:  # noqa: BLE001 - reported, never raised across the process boundary
            conn.send((index, False, None, f"{type(exc).__name__}: {exc}"))


class _Slot:
    def __init__(self, ctx, fn) -> None:
        self.conn, child = ctx.Pipe(duplex=True)
        self.proc = ctx.Process(target=_worker, args=(fn, child), daemon=True)
        self.proc.start()
        child.close()
        self.inflight: deque[int] = deque()
        self.started = time.monotonic()  # when the head of inflight began
        self.ready = False

    def give(self, index: int, arg) -> None:
        if not self.inflight:
            self.started = time.monotonic()
        self.inflight.append(index)
        try:
            self.conn.send((index, arg))
        except (BrokenPipeError, ConnectionResetError, OSError):
            pass  # the worker just died: the liveness check reports the input it was on and re-queues this one

    def stop(self, kill: bool = False) -> None:
        if not kill:
            try:
                self.conn.send(None)
            except (OSError, BrokenPipeError):
                kill = True
        if kill:
            self.proc.kill()
        self.proc.join(timeout=5)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join(timeout=5)
        self.conn.close()


def _receive(slot: _Slot, *, drain: bool) -> list[Outcome]:
    """Read one message (or, for a dead worker, all that are left)."""
    outs = []
    while True:
        try:
            if drain and not slot.conn.poll():
                break
            index, ok, result, failure = slot.conn.recv()
        except (EOFError, OSError):
            break
        if index == "ready":
            slot.ready = True
            slot.started = time.monotonic()  # the deadline runs from when the worker can work
        else:
            if index in slot.inflight:
                slot.inflight.remove(index)
            slot.started = time.monotonic()
            outs.append(Outcome(index, ok, result, failure))
        if not drain:
            break
    return outs


def run_isolated(fn: Callable, args: Iterable, *, jobs: int = 2, timeout: float = 60.0, depth: int = 2,
                 on_done: Callable[[Outcome], None] | None = None) -> Iterator[Outcome]:
    """Yield an Outcome per argument (in completion order)."""
    todo = list(enumerate(args))
    if not todo:
        return
    ctx = mp.get_context("spawn")
    by_index = dict(todo)
    pending: deque[int] = deque(i for i, _ in todo)
    remaining = len(todo)
    dead_on_start = 0
    slots = [_Slot(ctx, fn) for _ in range(max(1, min(jobs, len(todo))))]

    def feed(slot: _Slot) -> None:
        while pending and len(slot.inflight) < depth:
            i = pending.popleft()
            slot.give(i, by_index[i])

    def replace(k: int) -> None:
        slots[k].stop(kill=True)
        slots[k] = _Slot(ctx, fn)
        feed(slots[k])

    try:
        for slot in slots:
            feed(slot)
        while remaining:
            readable = wait([s.conn for s in slots], timeout=0.2)
            for conn in readable:
                slot = next(s for s in slots if s.conn is conn)
                for out in _receive(slot, drain=False):
                    remaining -= 1
                    feed(slot)
                    if on_done:
                        on_done(out)
                    yield out
            now = time.monotonic()
            for k, slot in enumerate(slots):
                if not slot.inflight:
                    continue
                dead = not slot.proc.is_alive()
                if dead:  # answers it wrote before dying still count
                    for out in _receive(slot, drain=True):
                        remaining -= 1
                        if on_done:
                            on_done(out)
                        yield out
                    if not slot.inflight:
                        replace(k)
                        continue
                late = now - slot.started > (timeout if slot.ready else max(timeout, STARTUP_SECONDS))
                if not (dead or late):
                    continue
                if not slot.ready:  # died or never came up: nothing was tried
                    dead_on_start += 1
                    if dead_on_start >= 3:
                        raise IsolationUnavailable("worker processes exit before doing any work")
                    pending.extendleft(reversed(slot.inflight))  # nothing was tried: try again
                    slot.inflight.clear()
                    replace(k)
                    continue
                lost = slot.inflight.popleft()
                pending.extendleft(reversed(slot.inflight))  # queued behind it: to the new worker
                slot.inflight.clear()
                remaining -= 1
                replace(k)
                out = Outcome(lost, False, None, CRASHED if dead else TIMED_OUT)
                if on_done:
                    on_done(out)
                yield out
    finally:
        for slot in slots:
            slot.stop(kill=bool(slot.inflight))
