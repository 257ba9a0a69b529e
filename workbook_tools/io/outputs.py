"""The files of one result (workbook, JSON, side files) replaced together.

Every file of a set is first written to a short temporary name in its own
folder.  Then a journal naming every (temporary → final) move and every old
side file to delete is put in place atomically, the moves are made, and the
journal is removed.  A run killed before the journal leaves the old set (and
temporary files that the next run deletes); a run killed after it leaves a
journal that the next run completes, so the next run always starts from
either the old set or the new one, never a mixture.

Every OS failure becomes an ``OutputError`` in Japanese naming the path and
what to do, and no temporary file is left behind.

``WORKBOOK_TOOLS_TEST_PAUSE`` (tests only): when it names one of the points
below, the process writes that name to ``WORKBOOK_TOOLS_TEST_PAUSE_FILE`` and
sleeps, so that a test can kill it there.  Unset, it does nothing.
"""
from __future__ import annotations

import errno
import hashlib
import json
import os
import time
from pathlib import Path

from workbook_tools.errors import OutputError

TEMP_PREFIX = ".~wbt"
PAUSE_POINTS = ("staged", "mid_commit", "committed")
_counter = iter(range(1, 1 << 30))


def _set_tag(primary: Path) -> str:
    """A short tag shared by the temporary files of one output set (same folder, same primary name)."""
    return hashlib.sha1(primary.name.encode("utf-8", "surrogateescape")).hexdigest()[:8]


def is_own_temp(name: str) -> bool:
    """A temporary or journal file of this tool (never read as a submission)."""
    return name.startswith(TEMP_PREFIX) and (name.endswith(".tmp") or name.endswith(".journal"))


def output_error(exc: BaseException, path: Path) -> OutputError:
    """A Japanese message for an OS failure while writing `path`: what happened and what to do."""
    code = getattr(exc, "errno", None)
    winerror = getattr(exc, "winerror", None)
    if code == errno.ENOSPC or code == getattr(errno, "EDQUOT", -1) or winerror in (39, 112):
        why = "ディスクの空きが足りません。空きを作るか、別のドライブの出力先を指定してください"
        tag = "disk_full"
    elif code == errno.ENAMETOOLONG or winerror in (206,):
        why = "ファイル名またはフォルダの名前が長すぎます。短い出力名か浅いフォルダを指定してください"
        tag = "name_too_long"
    elif code in (errno.ENOTDIR, errno.EEXIST) or winerror == 267:
        why = "出力先のフォルダの途中に同じ名前のファイルがあります。別の出力先を指定してください"
        tag = "parent_is_file"
    elif isinstance(exc, PermissionError) or code in (errno.EACCES, errno.EPERM, errno.EROFS) or winerror in (5, 32, 33):
        why = ("書き込めません（読み取り専用のフォルダか、出力先を Excel などで開いています）。"
               "開いていれば閉じてから、そうでなければ書き込めるフォルダを指定して、もう一度実行してください")
        tag = "output_locked"
    else:
        detail = getattr(exc, "strerror", None) or type(exc).__name__
        why = f"書き込めませんでした（{detail}）。出力先を確認して、もう一度実行してください"
        tag = "output_failed"
    return OutputError(f"出力できませんでした: {why}", file=str(path), code=tag)


def _pause(point: str) -> None:
    if os.environ.get("WORKBOOK_TOOLS_TEST_PAUSE") != point:
        return
    marker = os.environ.get("WORKBOOK_TOOLS_TEST_PAUSE_FILE")
    if marker:
        Path(marker).write_text(point, encoding="utf-8")
    time.sleep(float(os.environ.get("WORKBOOK_TOOLS_TEST_PAUSE_SECONDS", "120")))


class OutputSet:
    """Files replaced together; use as a context manager (commit on success, abandon on error)."""

    def __init__(self, primary: Path) -> None:
        self.primary = Path(primary)
        self.folder = self.primary.parent
        self.tag = _set_tag(self.primary)
        self.moves: list[tuple[Path, Path]] = []  # (temporary, final)
        self.removals: list[Path] = []
        self._done = False
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise output_error(exc, self.folder) from exc
        recover(self.primary)

    def temp_for(self, final: Path) -> Path:
        """The temporary path to write `final` to: short (so a long final name still has one) and in
        `final`'s own folder (so the move is a rename).  A file in another folder (a JSON elsewhere) joins too."""
        final = Path(final)
        for tmp, f in self.moves:
            if f == final:
                return tmp
        folder = final.parent
        if os.path.normcase(os.path.abspath(folder)) != os.path.normcase(os.path.abspath(self.folder)):
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise output_error(exc, folder) from exc
            _clean_leftovers(folder, self.tag)  # a killed run's temporary files in that folder
        tmp = folder / f"{TEMP_PREFIX}{self.tag}_{os.getpid()}_{next(_counter)}.tmp"
        self.moves.append((tmp, final))
        if final in self.removals:
            self.removals.remove(final)
        return tmp

    def write_bytes(self, final: Path, data: bytes) -> None:
        tmp = self.temp_for(final)
        try:
            with open(tmp, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
        except OSError as exc:
            raise output_error(exc, final) from exc

    def write_chunks(self, final: Path, chunks) -> None:
        """A UTF-8 text written piece by piece (never held whole)."""
        tmp = self.temp_for(final)
        try:
            with open(tmp, "wb") as fh:
                for chunk in chunks:
                    fh.write(chunk.encode("utf-8"))
                fh.flush()
                os.fsync(fh.fileno())
        except OSError as exc:
            raise output_error(exc, final) from exc

    def write_text(self, final: Path, text: str, *, bom: bool = False) -> None:
        self.write_bytes(final, text.encode("utf-8-sig" if bom else "utf-8"))

    def drop(self, final: Path) -> None:
        """An old file of the set that the new set does not have (e.g. last run's side file)."""
        final = Path(final)
        if all(f != final for _, f in self.moves) and final not in self.removals:
            self.removals.append(final)

    def commit(self) -> None:
        if self._done:
            return
        self._done = True
        _pause("staged")
        journal = self.folder / f"{TEMP_PREFIX}{self.tag}.journal"
        staging = self.folder / f"{TEMP_PREFIX}{self.tag}_{os.getpid()}_j.tmp"
        # the workbook first: if it cannot be replaced (open in Excel), nothing of the old set has changed
        self.moves.sort(key=lambda m: m[1] != self.primary)
        data = {"moves": [[self._rel(t), self._rel(f)] for t, f in self.moves],
                "removals": [self._rel(r) for r in self.removals]}
        try:
            staging.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
            os.replace(staging, journal)
        except OSError as exc:
            staging.unlink(missing_ok=True)
            self._cleanup()
            raise output_error(exc, self.primary) from exc
        try:
            _apply(self.folder, data, pause=True)
        except OSError as exc:
            _undo(self.folder, journal, data)
            raise output_error(exc, _failed_target(exc, self.primary)) from exc
        journal.unlink(missing_ok=True)
        _pause("committed")

    def _rel(self, path: Path) -> str:
        """A name in the primary's folder, else an absolute path (the journal lives in the primary's folder)."""
        same = os.path.normcase(os.path.abspath(path.parent)) == os.path.normcase(os.path.abspath(self.folder))
        return path.name if same else os.path.abspath(path)

    def abandon(self) -> None:
        self._done = True
        self._cleanup()

    def _cleanup(self) -> None:
        for tmp, _ in self.moves:
            try:
                tmp.unlink(missing_ok=True)
            except OSError:
                pass

    def __enter__(self) -> "OutputSet":
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.commit()
        else:
            self.abandon()


def _failed_target(exc: OSError, default: Path) -> Path:
    name = getattr(exc, "filename2", None) or getattr(exc, "filename", None)
    return Path(name) if name else default


def _apply(folder: Path, data: dict, pause: bool = False) -> None:
    """Make the journal's moves and removals (idempotent: a move whose temporary is gone is done)."""
    for i, (tmp, final) in enumerate(data["moves"]):
        if (folder / tmp).exists():
            os.replace(folder / tmp, folder / final)
        if pause and i == 0:
            _pause("mid_commit")
    for name in data["removals"]:
        (folder / name).unlink(missing_ok=True)


def _undo(folder: Path, journal: Path, data: dict) -> None:
    """A move failed part-way (e.g. the workbook is open in Excel): no temporary is left behind.
    The files already moved are the new ones; the journal is dropped so nothing rolls forward later."""
    for tmp, _ in data["moves"]:
        try:
            (folder / tmp).unlink(missing_ok=True)
        except OSError:
            pass
    journal.unlink(missing_ok=True)


def recover(primary: Path) -> None:
    """Finish a commit a killed run left half-done, then delete that set's leftover temporary files."""
    folder, tag = primary.parent, _set_tag(primary)
    journal = folder / f"{TEMP_PREFIX}{tag}.journal"
    if journal.exists():
        try:
            _apply(folder, json.loads(journal.read_text(encoding="utf-8")))
            journal.unlink()
        except (OSError, ValueError, KeyError) as exc:
            raise output_error(exc if isinstance(exc, OSError) else OSError(str(exc)), journal) from exc
    _clean_leftovers(folder, tag)


def _clean_leftovers(folder: Path, tag: str) -> None:
    try:
        leftovers = [p for p in folder.iterdir() if p.name.startswith(f"{TEMP_PREFIX}{tag}_") and p.name.endswith(".tmp")]
    except OSError:
        return
    for p in leftovers:
        try:
            p.unlink()
        except OSError:
            pass


def preflight(primary: Path) -> None:
    """Before a long run: the output folder exists (or is made) and takes a file; OutputError otherwise."""
    primary = Path(primary)
    probe = primary.parent / f"{TEMP_PREFIX}{_set_tag(primary)}_{os.getpid()}_probe.tmp"
    try:
        primary.parent.mkdir(parents=True, exist_ok=True)
        probe.write_bytes(b"")
    except OSError as exc:
        raise output_error(exc, primary) from exc
    finally:
        try:
            probe.unlink(missing_ok=True)
        except OSError:
            pass
