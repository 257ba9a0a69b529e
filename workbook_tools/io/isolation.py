"""Run one function per input in worker processes, so that a crash or a hang
costs one input, not the batch.

Spawn-safe (Windows and Linux alike): workers are started with the "spawn"
method, run a module-level function, and talk to the parent over one duplex
pipe each.  Each worker holds at most ``depth`` inputs (one being worked on, the
rest queued so it never waits for the parent), handed over several to a message,
and sends its answers in batches (``BATCH`` answers, or sooner: before it would
wait for inputs, or once ``BATCH_SECONDS`` have passed): every message costs
both processes a wake-up, which on a busy machine cost more than a small file's
whole read.  The input being worked on is written by the worker into a shared
number (no message), from which the parent keeps that input's deadline.  The
parent watches that deadline and whether the worker is alive, kills and replaces
a worker that hangs or dies, reports that input as failed and hands the rest it
held to the new worker: those queued behind it, and those done but not sent yet
(read again: sends are synchronous, so an answer sent before a crash is not lost,
and an answer not sent is redone, never dropped).  No signals, no fork, no
POSIX limits.

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
BATCH = 8  # answers a worker sends in one message (fewer when it would wait, or after BATCH_SECONDS)
BATCH_SECONDS = 0.25  # an answer waits at most about this long (plus its next input's time) to be sent
BATCH_BYTES = 1 << 20  # … or until the pickled answers held reach this size
DEPTH = 2 * BATCH  # inputs a worker holds: a batch being worked through and the next one queued
IDLE = -1  # the shared number while a worker works on no input


class IsolationUnavailable(RuntimeError):
    """Worker processes die before doing any work (e.g. a frozen or embedded interpreter)."""


@dataclass
class Outcome:
    index: int
    ok: bool
    result: Any = None
    failure: str = ""  # CRASHED / TIMED_OUT / MEMORY / the exception text
    peak_bytes: int = 0  # largest resident size the parent saw while the worker was on this input


def _worker(fn: Callable | str, conn, current, preload: tuple[str, ...] = ()) -> None:
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
    todo: deque = deque()
    held = _Held(conn)
    while True:
        if not todo:
            if not held.flush():  # about to wait for inputs: what is done goes first
                return
            try:
                item = conn.recv()
            except (EOFError, OSError):  # the parent closed the pipe or is gone (Windows: a reset)
                return
            if item is None:
                return
            if item[0] == _CONFIG:
                pickled = item[1]
            else:
                todo.extend(item)
            continue
        index, arg = todo.popleft()
        if current is not None:
            current.value = index  # the parent keeps this input's deadline and blames it if the process dies
        started, size = time.monotonic(), 0
        try:
            result = fn(arg)
            if pickled:  # the parent keeps the bytes as they are (e.g. to spill them)
                data = pickle.dumps(result, pickle.HIGHEST_PROTOCOL)
                size = len(data)
                result = (pickled(result), data) if callable(pickled) else data
            answer = (index, True, result, "")
        except BaseException as exc:  # noqa: BLE001 - reported, never raised across the process boundary
            answer = (index, False, None, f"{type(exc).__name__}: {exc}")
        if current is not None:
            current.value = IDLE
        if not held.add(answer, size, started):
            return


class _Held:
    """A worker's answers not sent yet: sent as one message once there are BATCH of them, BATCH_BYTES of
    pickled results, or BATCH_SECONDS since the first of them was begun (a slow input's answer goes at once),
    and whenever the worker is about to wait."""

    def __init__(self, conn) -> None:
        self.conn = conn
        self.answers: list = []
        self.size = 0
        self.since = 0.0

    def add(self, answer, size: int, started: float) -> bool:
        if not self.answers:
            self.since = started
        self.answers.append(answer)
        self.size += size
        if len(self.answers) >= BATCH or self.size >= BATCH_BYTES or time.monotonic() - self.since >= BATCH_SECONDS:
            return self.flush()
        return True

    def flush(self) -> bool:
        """Send what is held; False when nobody is there to send it to."""
        if not self.answers:
            return True
        answers, self.answers, self.size = self.answers, [], 0
        try:
            self.conn.send(answers)
        except (BrokenPipeError, ConnectionResetError, OSError):
            return False  # the parent is gone or done with this worker: nobody to tell
        except Exception:  # noqa: BLE001 - an answer does not pickle: each goes alone, that one says so instead
            for answer in answers:
                try:
                    self.conn.send([answer])
                except (BrokenPipeError, ConnectionResetError, OSError):
                    return False
                except Exception as exc:  # noqa: BLE001
                    self.conn.send([(answer[0], False, None, f"{type(exc).__name__}: {exc}")])
        return True


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
    def __init__(self, ctx, fn: Callable | str, preload: tuple[str, ...] = (), shared: bool = True) -> None:
        self.fn = fn
        self.conn, child = ctx.Pipe(duplex=True)
        # the input the worker is on (it writes, the parent reads); a worker given one input needs none (it is
        # that input), and a one-file read is spared importing ctypes for it in both processes
        self.current = ctx.RawValue("q", IDLE) if shared else None
        self.proc = ctx.Process(target=_worker, args=(fn, child, self.current, preload), daemon=True)
        _start_without_main(self.proc)
        child.close()
        self.inflight: deque[int] = deque()
        self.seen = IDLE  # the input the parent last saw the worker on …
        self.started = time.monotonic()  # … and since when (its deadline runs from there)
        self.ready = False
        self.rss: Callable[[], int] | None = None  # psutil is imported at the first look, not at start-up
        self.peak = 0  # while the input seen is worked on
        self.peaks: dict[int, int] = {}  # … and of inputs seen before it, until their answers arrive

    def configure(self, pickled: bool | Callable) -> "_Slot":
        """How this run wants results sent (see run_isolated's ``pickled``); told before any input."""
        if pickled:
            try:
                self.conn.send((_CONFIG, pickled))
            except (BrokenPipeError, ConnectionResetError, OSError):
                pass  # died already: the liveness check replaces it (and configures the new one)
        return self

    def give(self, items: list) -> None:
        """Hand inputs (index, argument) over in one message."""
        if not self.inflight:
            self.started = time.monotonic()
        self.inflight.extend(i for i, _ in items)
        try:
            self.conn.send(items)
        except (BrokenPipeError, ConnectionResetError, OSError):
            pass  # the worker just died: the liveness check reports the input it was on and re-queues these

    def on(self, now: float) -> int:
        """The input the worker is on (IDLE between inputs); a change restarts the deadline and the peak."""
        index = self.current.value if self.current is not None else self.inflight[0] if self.inflight else IDLE
        if index != self.seen:
            if self.seen != IDLE and self.peak:
                self.peaks[self.seen] = self.peak
            self.seen, self.started, self.peak = index, now, 0
        return index

    def lost(self) -> int:
        """The input to blame for the worker's end: the one it is on, else (it ended between inputs, e.g.
        sending answers) the first one it holds."""
        index = self.current.value if self.current is not None else IDLE
        return index if index in self.inflight else self.inflight[0]

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
    """Read one message (or, for a dead worker, all that are left): a batch of answers, or "ready"."""
    outs = []
    while True:
        try:
            if drain and not slot.conn.poll():
                break
            message = slot.conn.recv()
        except (EOFError, OSError):
            break
        if isinstance(message, list):
            for index, ok, result, failure in message:
                if index in slot.inflight:
                    slot.inflight.remove(index)
                peak = slot.peaks.pop(index, 0) or (slot.peak if index == slot.seen else 0)
                outs.append(Outcome(index, ok, result, failure, peak))
        else:  # ("ready", …): the deadline runs from when the worker can work
            slot.ready = True
            slot.started = time.monotonic()
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
        self.shared = len(todo) > 1  # workers write the input they are on into a shared number (_Slot)
        self.slots = [(_adopt(fn) or _Slot(self.ctx, fn, shared=self.shared)).configure(pickled)
                      for _ in range(max(1, min(jobs, len(todo))))]
        self.watched = 0.0  # when watch() last looked at every worker
        self.alarm = False  # a worker's pipe was ready without an answer (it ended, or came up): look now
        for slot in self.slots:
            self.feed(slot)

    def feed(self, slot: _Slot) -> None:
        """Top the worker up to ``depth`` inputs, taking no more than its share of those waiting (a few files
        on two workers go half to each)."""
        share = -(-len(self.pending) // len(self.slots))
        items = [(i, self.by_index[i]) for i in
                 (self.pending.popleft() for _ in range(min(share, self.depth - len(slot.inflight))))]
        if items:
            slot.give(items)

    def replace(self, k: int) -> None:
        """End worker k and start another for the inputs waiting; none is started when nothing waits or the
        program is ending (the ended slot stays, closed: a start then would only race the program's exit)."""
        self.slots[k].stop(kill=True)
        if not self.pending or _EXITING.is_set():
            return
        self.slots[k] = _Slot(self.ctx, self.fn, shared=self.shared).configure(self.pickled)
        self.feed(self.slots[k])

    def answers(self) -> Iterator[Outcome]:
        """What the workers sent within one poll interval."""
        for conn in wait([s.conn for s in self.slots if not s.conn.closed], timeout=POLL_SECONDS):
            slot = next(s for s in self.slots if s.conn is conn)
            outs = _receive(slot, drain=False)
            if not outs:
                self.alarm = True
            self.remaining -= len(outs)
            self.feed(slot)
            yield from outs

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
            if slot.ready:
                slot.on(now)
            over = not dead and slot.ready and self.max_bytes > 0 and slot.memory() > self.max_bytes
            late = now - slot.started > (self.timeout if slot.ready else max(self.timeout, STARTUP_SECONDS))
            if dead or late or over:
                out = self.end(k, CRASHED if dead else MEMORY if over else TIMED_OUT)
                if out is not None:
                    yield out

    def end(self, k: int, why: str) -> Outcome | None:
        """Kill worker k; its current input fails with ``why``, the others it held (queued, or done and not sent)
        move on."""
        slot = self.slots[k]
        if not slot.ready:  # died or never came up: nothing was tried
            self.dead_on_start += 1
            if self.dead_on_start >= 3:
                raise IsolationUnavailable("worker processes exit before doing any work")
            self.pending.extendleft(reversed(slot.inflight))  # nothing was tried: try again
            slot.inflight.clear()
            self.replace(k)
            return None
        lost = slot.lost()
        slot.inflight.remove(lost)
        self.pending.extendleft(reversed(slot.inflight))  # queued, or done but not sent: to the new worker
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


def run_isolated(fn: Callable, args: Iterable, *, jobs: int = 2, timeout: float = 60.0, depth: int = DEPTH,
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
