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

Memory is watched the same way on every platform: the parent reads each busy worker's
resident size (psutil) once per poll interval and ends a worker past the budget; its input is
reported as MEMORY.  Pre-checks (io/safety.py) refuse most such files before they are read;
the watch is the backstop for the rest.

A program can start workers ahead of need (`prestart`, with the function named as text so that
nothing of it is imported by the caller): their start-up then overlaps the program's own, and
run_isolated takes them over.

A worker's function must be a module-level function of an importable module other than ``__main__``:
workers are started without the program's main script (``_start_without_main``).
"""
from __future__ import annotations

import atexit
import multiprocessing as mp
import os
import pickle
import sys
import threading
import time
import types
from collections import deque
from dataclasses import dataclass
from multiprocessing.connection import wait
from typing import Any, Callable, Iterable, Iterator

CRASHED = "crashed"
MEMORY = "memory"  # ended by the parent: past the memory budget
STARTUP_SECONDS = 120.0  # a worker that is not up by then is treated as unable to start
TIMED_OUT = "timed_out"
DEFAULT_MAX_MEMORY_MB = 1024  # per worker; --max-memory changes it
_CONFIG = "config"  # a message to a worker (not an input): how to send results
POLL_SECONDS = 0.1  # how often the parent looks at deadlines, liveness and memory


class IsolationUnavailable(RuntimeError):
    """Worker processes die before doing any work (e.g. a frozen or embedded interpreter)."""


@dataclass
class Outcome:
    index: int
    ok: bool
    result: Any = None
    failure: str = ""  # CRASHED / TIMED_OUT / MEMORY / the exception text
    peak_bytes: int = 0  # largest resident size the parent saw while the worker held this input


def _worker(fn: Callable | str, conn, preload: tuple[str, ...] = ()) -> None:
    if isinstance(fn, str):  # started ahead of need (prestart): the function by its "module:name"
        import importlib

        module, _, name = fn.partition(":")
        fn = getattr(importlib.import_module(module), name)
        for extra in preload:  # what the function imports lazily, loaded before any input arrives
            importlib.import_module(extra)
    pickled: bool | Callable = False  # set by a _CONFIG message (a prestarted worker learns it when adopted)
    try:
        conn.send(("ready", True, None, ""))
    except (BrokenPipeError, ConnectionResetError, EOFError, OSError):
        return  # the run ended while this worker started (e.g. the replacement of one that crashed): no traceback
    _quiet_stderr()
    while True:
        try:
            item = conn.recv()
        except (EOFError, OSError):  # the parent closed the pipe or is gone (Windows: a reset)
            return
        if item is None:
            return
        if item[0] == _CONFIG:
            pickled = item[1]
            continue
        index, arg = item
        try:
            result = fn(arg)
            if pickled:  # the parent keeps the bytes as they are (e.g. to spill them)
                data = pickle.dumps(result, pickle.HIGHEST_PROTOCOL)
                result = (pickled(result), data) if callable(pickled) else data
            answer = (index, True, result, "")
        except BaseException as exc:  # noqa: BLE001 - reported, never raised across the process boundary
            answer = (index, False, None, f"{type(exc).__name__}: {exc}")
        try:
            conn.send(answer)
        except (BrokenPipeError, ConnectionResetError, OSError):
            return  # the parent is gone or done with this worker: nobody to tell
        except Exception as exc:  # noqa: BLE001 - the answer does not pickle: say so instead
            conn.send((index, False, None, f"{type(exc).__name__}: {exc}"))


def _quiet_stderr() -> None:
    """Send the worker's standard error to the null device once it has started.  A reader's native code writes
    there before its exception reaches Python: calamine's Rust panic prints an English message, a source path
    and (with RUST_BACKTRACE) a backtrace of dozens of lines into the user's console, in the middle of the
    progress bar.  Nothing is lost: the exception's text is sent to the parent with the answer, which reports
    the file in Japanese (and a worker that dies is reported by the parent).  A start-up failure, before this,
    still shows."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
    except OSError:
        return
    try:
        sys.stderr.flush()
        os.dup2(null, 2)
    except (OSError, ValueError, AttributeError):
        pass
    finally:
        os.close(null)


def _memory_probe(pid: int) -> Callable[[], int] | None:
    """A function returning the process's resident size in bytes (psutil: Windows working
    set, Linux RSS), or None when it cannot be watched."""
    try:
        import psutil

        proc = psutil.Process(pid)
    except Exception:  # noqa: BLE001 - no psutil or the process is already gone: not watched
        return None

    def rss() -> int:
        try:
            return proc.memory_info().rss
        except Exception:  # noqa: BLE001 - gone between two looks: the liveness check reports it
            return 0
    return rss


_MAIN_SWAP = threading.Lock()
_EXITING = threading.Event()  # the program is ending: no worker is started any more (see replace)


def _note_exit() -> None:
    _EXITING.set()


# Registered after multiprocessing's own exit handler (imported above with multiprocessing.connection), so it runs
# before it: that handler ends the daemon workers, and a thread still driving a pool (e.g. the other read of
# `bundle` when the first one failed) must not take them for workers that died starting and start new ones
# while the interpreter shuts down (their start-up then failed with a traceback).
atexit.register(_note_exit)


def _start_without_main(proc) -> None:
    """Start a spawned worker without it running the program's main script first.  Spawn (the only start
    method on Windows, ours everywhere) makes each worker import the parent's __main__ by its path; a script
    that calls the Python API at top level, without ``if __name__ == "__main__":``, then ran again in every
    worker, which tried to start workers of its own (multiprocessing's RuntimeError, printed by each worker)
    and the read fell back to the caller's process.  A worker runs a module-level function of an importable
    module (``_worker``, the function by its module and name) and needs nothing of __main__: while the
    process starts (spawn reads __main__ to prepare the child, at once), __main__ is a bare module with
    neither a file nor a spec, so the child imports none."""
    with _MAIN_SWAP:
        main = sys.modules.get("__main__")
        sys.modules["__main__"] = types.ModuleType("__main__")
        try:
            proc.start()
        finally:
            if main is not None:
                sys.modules["__main__"] = main


class _Slot:
    def __init__(self, ctx, fn: Callable | str, preload: tuple[str, ...] = ()) -> None:
        self.fn = fn
        self.conn, child = ctx.Pipe(duplex=True)
        self.proc = ctx.Process(target=_worker, args=(fn, child, preload), daemon=True)
        _start_without_main(self.proc)
        child.close()
        self.inflight: deque[int] = deque()
        self.started = time.monotonic()  # when the head of inflight began
        self.ready = False
        self.rss: Callable[[], int] | None = None  # psutil is imported at the first look, not at start-up
        self.peak = 0  # while the head of inflight is worked on

    def configure(self, pickled: bool | Callable) -> "_Slot":
        """How this run wants results sent (see run_isolated's ``pickled``); told before any input."""
        if pickled:
            try:
                self.conn.send((_CONFIG, pickled))
            except (BrokenPipeError, ConnectionResetError, OSError):
                pass  # died already: the liveness check replaces it (and configures the new one)
        return self

    def give(self, index: int, arg) -> None:
        if not self.inflight:
            self.started = time.monotonic()
            self.peak = 0
        self.inflight.append(index)
        try:
            self.conn.send((index, arg))
        except (BrokenPipeError, ConnectionResetError, OSError):
            pass  # the worker just died: the liveness check reports the input it was on and re-queues this one

    def memory(self) -> int:
        if self.rss is None:
            self.rss = _memory_probe(self.proc.pid) or (lambda: 0)
        used = self.rss()
        self.peak = max(self.peak, used)
        return used

    def stop(self, kill: bool = False, wait: bool = True) -> None:
        """End the worker: told to (an idle one) or killed.  ``wait=False`` does not wait for an idle worker's
        interpreter to exit (~15 ms, on every run's path to its output); multiprocessing reaps it later."""
        if not kill:
            try:
                self.conn.send(None)
            except (OSError, BrokenPipeError):
                kill = True
            if not kill and not wait:
                self.conn.close()
                return
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
            outs.append(Outcome(index, ok, result, failure, slot.peak))
            slot.started = time.monotonic()
            slot.peak = 0
        if not drain:
            break
    return outs


class _Pool:
    """The parent's side: slots, the queue, and what to do when a worker misbehaves."""

    def __init__(self, fn: Callable, todo: list, jobs: int, timeout: float, depth: int, max_bytes: int,
                 pickled: bool | Callable = False) -> None:
        self.ctx = mp.get_context("spawn")
        self.fn, self.timeout, self.depth, self.max_bytes = fn, timeout, depth, max_bytes
        self.pickled = pickled
        self.by_index = dict(todo)
        self.pending: deque[int] = deque(i for i, _ in todo)
        self.remaining = len(todo)
        self.dead_on_start = 0
        self.slots = [(_adopt(fn) or _Slot(self.ctx, fn)).configure(pickled)
                      for _ in range(max(1, min(jobs, len(todo))))]
        self.watched = 0.0  # when watch() last looked at every worker
        self.alarm = False  # a worker's pipe was ready without an answer (it ended, or came up): look now
        for slot in self.slots:
            self.feed(slot)

    def feed(self, slot: _Slot) -> None:
        while self.pending and len(slot.inflight) < self.depth:
            i = self.pending.popleft()
            slot.give(i, self.by_index[i])

    def replace(self, k: int) -> None:
        """End worker k and start another for the inputs waiting; none is started when nothing waits or the
        program is ending (the ended slot stays, closed: a start then would only race the program's exit)."""
        self.slots[k].stop(kill=True)
        if not self.pending or _EXITING.is_set():
            return
        self.slots[k] = _Slot(self.ctx, self.fn).configure(self.pickled)
        self.feed(self.slots[k])

    def answers(self) -> Iterator[Outcome]:
        """What the workers sent within one poll interval."""
        for conn in wait([s.conn for s in self.slots if not s.conn.closed], timeout=POLL_SECONDS):
            slot = next(s for s in self.slots if s.conn is conn)
            outs = _receive(slot, drain=False)
            if not outs:
                self.alarm = True
            for out in outs:
                self.remaining -= 1
                self.feed(slot)
                yield out

    def watch(self) -> Iterator[Outcome]:
        """Deadlines, liveness and memory of every busy worker: once per poll interval (not after every answer:
        a look at a worker's memory costs ~30 µs), and at once when a pipe was ready without an answer."""
        now = time.monotonic()
        if not self.alarm and now - self.watched < POLL_SECONDS:
            return
        self.watched, self.alarm = now, False
        for k, slot in enumerate(self.slots):
            if not slot.inflight:
                continue
            dead = not slot.proc.is_alive()
            if dead:  # answers it wrote before dying still count
                for out in _receive(slot, drain=True):
                    self.remaining -= 1
                    yield out
                if not slot.inflight:
                    self.replace(k)
                    continue
            over = not dead and slot.ready and self.max_bytes > 0 and slot.memory() > self.max_bytes
            late = now - slot.started > (self.timeout if slot.ready else max(self.timeout, STARTUP_SECONDS))
            if dead or late or over:
                out = self.end(k, CRASHED if dead else MEMORY if over else TIMED_OUT)
                if out is not None:
                    yield out

    def end(self, k: int, why: str) -> Outcome | None:
        """Kill worker k; its current input fails with ``why``, inputs queued behind it move on."""
        slot = self.slots[k]
        if not slot.ready:  # died or never came up: nothing was tried
            self.dead_on_start += 1
            if self.dead_on_start >= 3:
                raise IsolationUnavailable("worker processes exit before doing any work")
            self.pending.extendleft(reversed(slot.inflight))  # nothing was tried: try again
            slot.inflight.clear()
            self.replace(k)
            return None
        lost = slot.inflight.popleft()
        self.pending.extendleft(reversed(slot.inflight))  # queued behind it: to the new worker
        slot.inflight.clear()
        self.remaining -= 1
        peak = slot.peak
        self.replace(k)
        return Outcome(lost, False, None, why, peak)

    def close(self) -> None:
        for slot in self.slots:
            slot.stop(kill=bool(slot.inflight), wait=False)


_SPARE: list[_Slot] = []  # workers started ahead of need, waiting for run_isolated


def prestart(fn_name: str, *, jobs: int = 1, preload: tuple[str, ...] = ()) -> None:
    """Start ``jobs`` workers now for the module-level function ``fn_name`` ("package.module:function"),
    so that their start-up (a fresh interpreter importing the function's module and ``preload``) overlaps
    the caller's own work.  The next run_isolated with that function takes them over; discard_spares()
    ends the ones nobody took (so does the end of the program: workers are daemons)."""
    ctx = mp.get_context("spawn")
    _SPARE.extend(_Slot(ctx, fn_name, tuple(preload)) for _ in range(jobs))


def _adopt(fn: Callable) -> _Slot | None:
    """A prestarted worker for ``fn``, told nothing yet; None when there is none."""
    name = f"{getattr(fn, '__module__', '')}:{getattr(fn, '__qualname__', '')}"
    for slot in _SPARE:
        if slot.fn == name:
            _SPARE.remove(slot)
            return slot
    return None


def discard_spares() -> None:
    while _SPARE:
        _SPARE.pop().stop(kill=True)


def run_isolated(fn: Callable, args: Iterable, *, jobs: int = 2, timeout: float = 60.0, depth: int = 2,
                 max_memory_mb: float = DEFAULT_MAX_MEMORY_MB,
                 on_done: Callable[[Outcome], None] | None = None,
                 pickled: bool | Callable = False) -> Iterator[Outcome]:
    """Yield an Outcome per argument (in completion order).  A worker past ``max_memory_mb``
    (resident size, watched by the parent; 0 turns the watch off) is ended like a hung one.
    ``pickled``: a result arrives as its pickle (bytes), for a parent that stores it as it is; a
    function (module-level, it travels to the workers) makes it ``(pickled(result), bytes)``: what the
    parent needs at once, computed in the worker, and the rest to store unread."""
    todo = list(enumerate(args))
    if not todo:
        return
    pool = _Pool(fn, todo, jobs, timeout, depth, int(max_memory_mb * 1024 * 1024), pickled)
    try:
        while pool.remaining:
            for out in (*pool.answers(), *pool.watch()):
                if on_done:
                    on_done(out)
                yield out
    finally:
        pool.close()
