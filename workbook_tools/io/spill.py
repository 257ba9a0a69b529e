"""A consolidation's records on disk: the parent keeps a slim copy of each, the rest is spilled.

``RecordSpill`` is a ``Sequence[FileRecord]`` in file order.  Each record is pickled into one temporary
file as it arrives; in memory stays its *held* copy: every field but the answers, of which only the
value keys the batch rules need (the roster's sender and date fields, the totals' grouping field) are
kept, and no extras.  Reading an item unpickles the full record and lays the held copy over it (status,
superseded_by, problems … and the kept values), so what the rules changed is what every reader sees;
the lists and dicts of the held copy (problems, notes, corrected) are shared, so appending to a read
record's problems reaches the held copy too.  A record that must change in its other values (a
correction) is *pinned*: read once and held whole from then on.

The file lives in its own temporary folder, never beside the inputs; ``close`` (also run when the
spill is garbage-collected, at interpreter exit, or by the caller on failure) closes the file before
removing the folder, as Windows requires.
"""
from __future__ import annotations

import errno
import os
import pickle
import shutil
import tempfile
import weakref
from collections.abc import Iterator, Sequence
from dataclasses import fields, replace
from pathlib import Path

from workbook_tools.errors import WorkbookToolsError
from workbook_tools.forms.records import FileRecord

_OVERLAID = tuple(f.name for f in fields(FileRecord) if f.name not in ("values", "extras"))
_PROTOCOL = pickle.HIGHEST_PROTOCOL


def spill_error(exc: OSError, folder: str) -> WorkbookToolsError:
    """A Japanese reason for a failure of the temporary file (a full or unwritable temporary folder)."""
    full = getattr(exc, "errno", None) == errno.ENOSPC or getattr(exc, "winerror", None) in (39, 112)
    why = "空きが足りません" if full else f"書き込めません（{getattr(exc, 'strerror', None) or type(exc).__name__}）"
    return WorkbookToolsError(f"読み取り結果の一時ファイルに{why}。一時フォルダ（TEMP）の空きと書き込みの権限を確認して、"
                              "もう一度実行してください", file=folder, code="spill_failed")


def _remove(fh, folder: str) -> None:
    try:
        fh.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _temporary_file(dir) -> tuple[str, object]:
    """A new temporary folder (never beside the inputs) and a binary file open in it for writing and reading."""
    try:
        folder = tempfile.mkdtemp(prefix="wbt_spill_", dir=dir)
    except OSError as exc:
        raise spill_error(exc, str(dir or tempfile.gettempdir())) from exc
    try:
        return folder, open(Path(folder) / "records.bin", "w+b")  # noqa: SIM115 - closed by its owner's close()
    except BaseException as exc:
        shutil.rmtree(folder, ignore_errors=True)
        if isinstance(exc, OSError):
            raise spill_error(exc, folder) from exc
        raise


def slim(rec: FileRecord, keep: tuple[str, ...]) -> FileRecord:
    """The copy of a record the parent holds: every field but the answers (only those in ``keep``) and the extras.
    Module-level: workers compute it (run_isolated's ``pickled``) so the parent does not unpickle whole records."""
    return replace(rec, values={k: rec.values[k] for k in keep if k in rec.values}, extras=[])


class RecordSpill(Sequence):
    """``size`` records (index = file order) whose bulk lives in a temporary file."""

    def __init__(self, size: int, keep: tuple[str, ...] = (), *, dir: str | os.PathLike | None = None) -> None:
        self.folder, self._fh = _temporary_file(dir)
        self._close = weakref.finalize(self, _remove, self._fh, self.folder)
        self.keep = tuple(keep)
        self._where: list[tuple[int, int] | None] = [None] * size
        self._held: list[FileRecord | None] = [None] * size
        self._pinned: set[int] = set()
        self._end = 0
        self._reading = False  # the file position is not at the end
        self.bytes_written = 0

    # -- filling -------------------------------------------------------------------------------
    def put(self, index: int, rec: FileRecord) -> None:
        """Spill record ``index`` and hold its slim copy."""
        self.put_pickled(index, slim(rec, self.keep), pickle.dumps(rec, _PROTOCOL))

    def put_pickled(self, index: int, held: FileRecord, data: bytes) -> None:
        """Spill record ``index`` given as its pickle, with the slim copy to hold (`slim`, made by whoever had the
        record: a worker)."""
        try:
            if self._reading:  # a read moved the file position (a seek also flushes the write buffer: only then)
                self._fh.seek(self._end)
                self._reading = False
            self._fh.write(data)
        except OSError as exc:
            raise spill_error(exc, self.folder) from exc
        self._where[index] = (self._end, len(data))
        self._end += len(data)
        self.bytes_written += len(data)
        self._held[index] = held
        self._pinned.discard(index)

    def hold(self, index: int, rec: FileRecord) -> None:
        """Keep a record whole in memory (small ones made by the parent: refused before reading)."""
        self._held[index] = rec
        self._pinned.add(index)

    # -- reading -------------------------------------------------------------------------------
    @property
    def held(self) -> list[FileRecord]:
        """The records as held in memory (changes made to them are seen by every later read)."""
        return self._held  # type: ignore[return-value]

    def __len__(self) -> int:
        return len(self._held)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if index in self._pinned:
            return self._held[index]
        off, n = self._where[index]
        self._reading = True
        self._fh.seek(off)
        return self._overlay(pickle.loads(self._fh.read(n)), self._held[index])

    def __iter__(self) -> Iterator[FileRecord]:
        for i in range(len(self._held)):
            yield self[i]

    @staticmethod
    def _overlay(full: FileRecord, held: FileRecord) -> FileRecord:
        for name in _OVERLAID:
            setattr(full, name, getattr(held, name))
        if held.values:
            full.values.update(held.values)
        return full

    def pin(self, index: int) -> FileRecord:
        """Record ``index`` held whole from now on (to change any of its values); returns it."""
        if index not in self._pinned:
            self._held[index] = self[index]
            self._pinned.add(index)
        return self._held[index]

    def close(self) -> None:
        self._close()

    @property
    def closed(self) -> bool:
        return not self._close.alive


class RowSpill:
    """Rows of a sheet written later in another order (記述's texts, gathered in the one pass over the records):
    each row is pickled into a temporary file as it is added and read back by its number, so the texts are not
    held in memory and the records are not unpickled a second time.  ``close`` removes the file (also run when
    the spill is garbage-collected or at exit)."""

    def __init__(self, *, dir: str | os.PathLike | None = None) -> None:
        self.folder, self._fh = _temporary_file(dir)
        self._close = weakref.finalize(self, _remove, self._fh, self.folder)
        self._where: list[tuple[int, int]] = []
        self._end = 0
        self._reading = False

    def add(self, row) -> int:
        """Spill one row (any picklable value); returns its number."""
        data = pickle.dumps(row, _PROTOCOL)
        try:
            if self._reading:
                self._fh.seek(self._end)
                self._reading = False
            self._fh.write(data)
        except OSError as exc:
            raise spill_error(exc, self.folder) from exc
        self._where.append((self._end, len(data)))
        self._end += len(data)
        return len(self._where) - 1

    def __len__(self) -> int:
        return len(self._where)

    def __getitem__(self, number: int):
        off, n = self._where[number]
        self._reading = True
        self._fh.seek(off)
        return pickle.loads(self._fh.read(n))

    def close(self) -> None:
        self._close()
