"""File-system entries met while looking for submissions, opened safely.

Only regular files are opened: a named pipe, a device, a socket or a link to
one is never opened (opening a pipe for reading waits for a writer forever).
Links are resolved and must stay inside the input folder.  Hashing runs with
a time limit.  Every refusal is a Japanese reason; nothing here raises
anything but ``RefusedFile`` for one entry.  Works the same on Windows
(``os.stat`` / ``os.path.realpath``; no signals).
"""
from __future__ import annotations

import errno
import hashlib
import os
import queue
import stat
import threading
from pathlib import Path

from workbook_tools.errors import RefusedFile

_O_NONBLOCK = getattr(os, "O_NONBLOCK", 0)  # POSIX: opening a pipe never waits (Windows has no such file)
_O_BINARY = getattr(os, "O_BINARY", 0)


def within(path: str, root_real: str) -> bool:
    try:
        return os.path.commonpath([os.path.normcase(path), os.path.normcase(root_real)]) == os.path.normcase(root_real)
    except ValueError:  # another drive on Windows
        return False


def entry_refusal(path: Path, root_real: str, real_dir: str | None = None) -> str | None:
    """Why this directory entry must not be read as a submission, or None for a regular file inside the folder.

    `real_dir`: the resolved path of the entry's folder when the caller knows it (a folder walk that
    follows no links): an entry that is not itself a link then resolves to real_dir joined with its
    name, so the one lstat decides and no realpath (a system call per path component) is needed."""
    try:
        lst = os.lstat(path)
    except OSError as exc:
        return read_error_reason(exc)
    if real_dir is not None and not stat.S_ISLNK(lst.st_mode):
        st = lst
    else:
        real = os.path.realpath(path)
        if stat.S_ISLNK(lst.st_mode) or real != os.path.abspath(path):
            try:
                os.stat(path)
            except OSError:
                return "リンク先のファイルがない（壊れたリンク）ため読み込みませんでした"
            if not within(real, root_real):
                return "入力フォルダの外を指すリンクのため読み込みませんでした（リンク先は読みません）"
        try:
            st = os.stat(path)
        except OSError as exc:
            return read_error_reason(exc)
    if not stat.S_ISREG(st.st_mode):
        return f"通常のファイルではない（{_kind_of(st.st_mode)}）ため読み込みませんでした"
    return None


def _kind_of(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "名前付きパイプ"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "デバイス"
    if stat.S_ISSOCK(mode):
        return "ソケット"
    if stat.S_ISDIR(mode):
        return "フォルダ"
    return "特殊なファイル"


def read_error_reason(exc: BaseException) -> str:
    """A Japanese reason for an OS error met while reading an input."""
    code = getattr(exc, "errno", None)
    if isinstance(exc, FileNotFoundError) or code == errno.ENOENT:
        return "ファイルが見つかりません（処理中に削除または移動された可能性）"
    if isinstance(exc, PermissionError) or code in (errno.EACCES, errno.EPERM):
        return "ファイルを読む権限がありません（他のプログラムが使用中の可能性）"
    if code == errno.ELOOP:
        return "リンクが循環しているため読み込みませんでした"
    if code == errno.EIO:
        return "ディスクの読み取りエラーでファイルを読めませんでした"
    return f"ファイルを読めませんでした（{getattr(exc, 'strerror', None) or type(exc).__name__}）"


def open_regular(path: Path):
    """A binary file object for a regular file; a pipe, device or other entry is refused, never waited on."""
    try:
        fd = os.open(path, os.O_RDONLY | _O_NONBLOCK | _O_BINARY)
    except OSError as exc:
        raise RefusedFile(read_error_reason(exc), file=str(path), code="read_error") from exc
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise RefusedFile(f"通常のファイルではない（{_kind_of(mode)}）ため読み込みませんでした", file=str(path),
                              code="not_regular")
        if _O_NONBLOCK and hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def _hash(path: Path, out: dict) -> None:
    try:
        h = hashlib.sha256()
        with open_regular(path) as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
        out["hash"] = h.hexdigest()
    except RefusedFile as exc:
        out["error"] = exc
    except OSError as exc:
        out["error"] = RefusedFile(read_error_reason(exc), file=str(path), code="read_error")


def _read(path: Path, out: dict, max_bytes: int) -> None:
    """The file's bytes (None when there are more than max_bytes) and the SHA-256 of what was read."""
    try:
        with open_regular(path) as fh:
            size = os.fstat(fh.fileno()).st_size
            data = fh.read() if size <= max_bytes else fh.read(max_bytes + 1)
            h = hashlib.sha256(data)
            if len(data) > max_bytes:  # too big (or grown since): hashed in pieces, never kept
                for chunk in iter(lambda: fh.read(1 << 20), b""):
                    h.update(chunk)
                data = None
        out["hash"], out["data"] = h.hexdigest(), data
    except RefusedFile as exc:
        out["error"] = exc
    except OSError as exc:
        out["error"] = RefusedFile(read_error_reason(exc), file=str(path), code="read_error")


class _Hasher:
    """One daemon thread reading files handed to it (a thread per file costs more than hashing a small file).
    A hasher stuck on a file is abandoned and a new one takes over; being a daemon, it never blocks exit."""

    def __init__(self) -> None:
        self.jobs: queue.SimpleQueue = queue.SimpleQueue()
        threading.Thread(target=self._loop, daemon=True, name="wbt-hash").start()

    def _loop(self) -> None:
        while True:
            item = self.jobs.get()
            if item is None:  # HashLater.close: this thread's work is over
                return
            job, path, out, done = item
            try:
                job(path, out)
            except Exception as exc:  # noqa: BLE001 - the reading thread must outlive any one file
                out["error"] = RefusedFile(read_error_reason(exc), file=str(path), code="read_error")
            finally:
                done.release()  # the caller holds it until then


_hasher: _Hasher | None = None
_hasher_lock = threading.Lock()


def sha256_file(path: Path, timeout: float = 60.0) -> str:
    """SHA-256 of a regular file within `timeout` seconds; RefusedFile (Japanese) otherwise."""
    return _in_thread(_hash, path, timeout)["hash"]


def read_regular(path: Path, max_bytes: int, timeout: float | None = 60.0) -> tuple[bytes | None, str]:
    """(the bytes, their SHA-256) of a regular file, read once within `timeout` seconds; the bytes are
    None for a file of more than max_bytes (hashed all the same).  RefusedFile (Japanese) otherwise.

    timeout=None reads in the calling thread, for a caller that is itself under a deadline (a worker
    process the parent ends when it overruns: io/isolation.py): handing the read to the reading
    thread and back costs more than reading a small file."""
    if timeout is None:
        out: dict = {}
        _read(path, out, max_bytes)
        if "error" in out:
            raise out["error"]
    else:
        out = _in_thread(lambda p, o: _read(p, o, max_bytes), path, timeout)
    return out["data"], out["hash"]


def _in_thread(job, path: Path, timeout: float) -> dict:
    """Run job(path, out) on the reading thread and wait at most `timeout` seconds for it."""
    return _wait(*_post(job, path), path, timeout)


def _post(job, path: Path, hasher: _Hasher | None = None) -> tuple[dict, threading.Lock, _Hasher]:
    """Hand job(path, out) to a reading thread (the shared one unless `hasher` is given): (out, the lock
    released when it is over, that thread)."""
    global _hasher
    out: dict = {}
    done = threading.Lock()  # released by the reading thread when the job is over (lighter than an Event)
    done.acquire()
    if hasher is None:
        with _hasher_lock:
            if _hasher is None:
                _hasher = _Hasher()
            hasher = _hasher
    hasher.jobs.put((job, path, out, done))
    return out, done, hasher


def _wait(out: dict, done: threading.Lock, hasher: _Hasher, path: Path, timeout: float) -> dict:
    global _hasher
    if not done.acquire(timeout=timeout):
        with _hasher_lock:
            if _hasher is hasher:
                _hasher = None  # stuck: the next file gets a fresh thread
        raise RefusedFile(f"{timeout:.0f} 秒以内にファイルを読み終えられませんでした", file=str(path), code="hash_timeout")
    if "error" in out:
        raise out["error"]
    return out


class HashLater:
    """Files hashed on a reading thread of their own while the caller goes on (``add``; the shared reading thread
    stays free for reads with a deadline); ``result`` waits for one, at most `timeout` seconds.  The thread takes
    the files in the order they were added, so a wait that runs out may be for a file queued behind a stuck one:
    the thread is then abandoned and that file, and every one not hashed yet, is hashed afresh (sha256_file,
    its own time limit)."""

    def __init__(self) -> None:
        self.waiting: dict[object, tuple[Path, dict, threading.Lock, _Hasher]] = {}
        self.stuck = False
        self.hasher: _Hasher | None = None  # started at the first file

    def add(self, key, path: Path) -> None:
        if self.hasher is None:
            self.hasher = _Hasher()
        self.waiting[key] = (path, *_post(_hash, path, self.hasher))

    def __contains__(self, key) -> bool:
        return key in self.waiting

    def result(self, key, timeout: float = 60.0) -> str:
        """The SHA-256 of the file added as `key` (RefusedFile with a Japanese reason otherwise)."""
        path, out, done, hasher = self.waiting.pop(key)
        if not self.stuck and done.acquire(timeout=timeout):
            if "error" in out:
                raise out["error"]
            return out["hash"]
        self.stuck = True  # this run's thread is left to its file (a daemon: it never holds up the exit)
        return sha256_file(path, timeout)

    def close(self) -> None:
        """End the thread once it has hashed what it was given (a stuck one ends if its file ever answers)."""
        if self.hasher is not None:
            self.hasher.jobs.put(None)
            self.hasher = None
