"""Read one input workbook in a worker process (`grid recompute`, `contracts recompute`).

The reader (python-calamine, native code) can abort the whole process on a broken file, and a file can
need more memory than the machine has.  ``start_read`` runs the read — the pre-check first, then
the reader and the parsing into plain records — in one spawned worker of io/isolation.py, under a
deadline and the same memory watch as the folder consolidation, and turns a crash, a timeout or the
memory limit into a Japanese ``RefusedFile`` naming the file: the command ends with exit code 2 and a
message instead of dying.  The worker's own ``WorkbookToolsError`` (a refused file, a missing header…)
comes back as that exception.

Cost: the worker's start-up (a fresh interpreter importing the reader modules) and pickling the parsed
records.  The worker is driven from a thread, so the caller does other work (imports of the writer)
while it reads, and ``PendingRead.result()`` returns as soon as the answer is in.  When no worker
process can start (a frozen or embedded interpreter), the read runs in this process and a warning says so.
"""
from __future__ import annotations

import os
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from workbook_tools.errors import WARNING, Problem, RefusedFile, WorkbookToolsError

READ_TIMEOUT = 120.0  # seconds for one input's pre-check, read and parsing
TEST_HOOK = "WORKBOOK_TOOLS_TEST_WORKER"  # tests only: "crash", "hang" or "hog:MB" inside the worker


def guarded(fn: Callable, *args, **kwargs) -> tuple[str, Any]:
    """In the worker: ``fn(*args, **kwargs)``, with our own exceptions sent back as values (they pickle).
    A command's worker function (module level, e.g. ``app.grid.read_in_worker``) returns this."""
    from workbook_tools.app.gcpause import collector_paused

    _test_hook()
    try:
        with collector_paused():  # one input's objects, all alive until they are sent
            return "ok", fn(*args, **kwargs)
    except WorkbookToolsError as exc:
        return "error", exc


def _test_hook() -> None:
    how = os.environ.get(TEST_HOOK, "")
    if how == "crash":  # set only by tests (tests/test_isolated_read.py)
        os._exit(3)  # like a native reader aborting the process
    if how == "hang":
        threading.Event().wait(3600)
    if how.startswith("hog:"):
        block = bytearray(int(how[4:]) * 1024 * 1024)
        for i in range(0, len(block), 4096):
            block[i] = 1
        threading.Event().wait(3600)


@dataclass
class PendingRead:
    """A read under way in a worker; ``result()`` waits for it."""

    fn: Callable
    arg: Any
    file: str
    timeout: float
    max_memory_mb: float
    notes: list[Problem] = field(default_factory=list)  # e.g. the read ran in this process
    _outcome: Any = None
    _error: BaseException | None = None
    _done: threading.Event = field(default_factory=threading.Event)
    _value: Any = None
    _settled: bool = False  # result() has run: a second call gives the same value (or raises the same error)

    def start(self) -> "PendingRead":
        threading.Thread(target=self._run, name="isolated-read", daemon=True).start()
        return self

    def _run(self) -> None:
        from workbook_tools.io.isolation import IsolationUnavailable, run_isolated

        try:
            for out in run_isolated(self.fn, [self.arg], jobs=1, timeout=self.timeout,
                                    max_memory_mb=self.max_memory_mb):
                self._outcome = out
                self._done.set()  # the caller goes on; ending the worker goes on here
        except IsolationUnavailable:
            pass
        except BaseException as exc:  # noqa: BLE001 - re-raised in the caller's thread by result()
            if not self._done.is_set():
                self._error = exc
        finally:
            self._done.set()

    def result(self):
        """The worker function's value; its error, or a refusal naming the file, raised.  Callable again."""
        if not self._settled:
            try:
                self._value = self._result()
            except BaseException as exc:
                self._error = exc
                raise
            finally:
                self._settled = True
        if self._error is not None:
            raise self._error
        return self._value

    def _result(self):
        while not self._done.wait(0.1):  # short waits: Ctrl+C stays responsive on Windows too
            pass
        if self._error is not None:
            raise self._error
        out = self._outcome
        if out is None:  # no worker could start: read here
            self.notes.append(Problem(WARNING, "別プロセスを起動できなかったため、このプロセスで読み込みました"
                                               "（壊れたファイルで処理が止まる可能性があります）", self.file,
                                      code="no_isolation"))
            status, value = self.fn(self.arg)
        elif not out.ok:
            raise RefusedFile(failure_text(out.failure, self.timeout, self.max_memory_mb), file=self.file,
                              code=out.failure.split(":")[0] or "read_failed")
        else:
            status, value = out.result
        if status == "error":
            raise value
        return value


def failure_text(failure: str, timeout: float, max_memory_mb: float) -> str:
    """The Japanese reason for a worker that crashed, hung, went past the memory budget or failed."""
    from workbook_tools.io.isolation import CRASHED, MEMORY, TIMED_OUT

    again = "Excel で開いて保存し直したファイルで、もう一度実行してください"
    return {CRASHED: f"読み込み中にプログラムが異常終了しました（ファイルが壊れている可能性があります）。{again}",
            TIMED_OUT: f"{timeout:.0f} 秒以内に読み込めませんでした。{again}",
            MEMORY: f"読み込みに {max_memory_mb:,.0f} MB を超えるメモリが必要なため中止しました。{again}",
            }.get(failure, f"読み込み中に予期しないエラーが起きました（{failure[:120]}）")


def start_read(fn: Callable, arg, path: Path, *, timeout: float = READ_TIMEOUT,
               max_memory_mb: float | None = None) -> PendingRead:
    """Start ``fn(arg)`` in a worker; ``.result()`` waits.  ``fn`` is a module-level function returning
    ``guarded(...)``; a worker prestarted for it (``workbook_tools/__main__.py``) is taken over."""
    from workbook_tools.io.isolation import DEFAULT_MAX_MEMORY_MB

    return PendingRead(fn, arg, Path(path).name, timeout, max_memory_mb or DEFAULT_MAX_MEMORY_MB).start()
