"""Logging of batch runs: `--verbose` / `--quiet` on the console and a log
file beside the output (出力名.log, UTF-8, Japanese lines).  Nothing is logged
to stdout, so scripts and notebooks calling the Python API stay quiet."""
from __future__ import annotations

import logging
import time
from contextlib import contextmanager
from itertools import chain, islice
from pathlib import Path
from typing import Iterable, Iterator

LOG = logging.getLogger("workbook_tools")
_state = {"quiet": False}
_DATE_FORMAT = "%Y-%m-%d %H:%M:%S"
LINES_A_WRITE = 1000  # lines log_batch writes to the log file at once (memory stays flat in the number of files)
_LEVELS_JA = {"DEBUG": "詳細", "INFO": "情報", "WARNING": "警告", "ERROR": "エラー", "CRITICAL": "重大"}


def configure(*, verbose: bool = False, quiet: bool = False) -> None:
    """Console logging for the CLI: INFO with --verbose, errors only with --quiet, else warnings."""
    _state["quiet"] = quiet and not verbose
    LOG.setLevel(logging.DEBUG)
    for h in [h for h in LOG.handlers if getattr(h, "_wt_console", False)]:
        LOG.removeHandler(h)
    console = logging.StreamHandler()  # stderr
    console._wt_console = True  # type: ignore[attr-defined]
    console.setLevel(logging.INFO if verbose else logging.ERROR if quiet else logging.WARNING)
    console.setFormatter(logging.Formatter("%(message)s"))
    LOG.addHandler(console)


def is_quiet() -> bool:
    return _state["quiet"]


def log_path(output: Path) -> Path:
    return Path(output).with_suffix(".log")


@contextmanager
def batch_log(output: Path) -> Iterator[logging.Logger]:
    """Everything logged while the batch runs also goes to <output>.log."""
    handler = logging.FileHandler(log_path(output), mode="w", encoding="utf-8")
    handler.setLevel(logging.INFO)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname_ja)s %(message)s", _DATE_FORMAT))
    handler.addFilter(_japanese_level)
    handler._wt_batch = True  # type: ignore[attr-defined]  # log_batch writes its lines to it at once
    LOG.setLevel(logging.DEBUG)
    LOG.addHandler(handler)
    try:
        yield LOG
    except Exception as exc:
        # into the log file only: the CLI itself tells the console why it stopped (once)
        handler.handle(LOG.makeRecord(LOG.name, logging.ERROR, __file__, 0, "中止しました: %s", (exc,), None))
        raise
    finally:
        LOG.removeHandler(handler)
        handler.close()


def _japanese_level(record: logging.LogRecord) -> bool:
    record.levelname_ja = _LEVELS_JA.get(record.levelname, record.levelname)
    message = record.getMessage()
    if "\n" in message or "\r" in message:  # one line per entry: a file name or a text with line breaks
        record.msg, record.args = _one_line(message), None
    return True


def _one_line(message: str) -> str:
    return message.replace("\r\n", "⏎").replace("\n", "⏎").replace("\r", "⏎")


def log_batch(log: logging.Logger, batch) -> None:
    """One line per file and per problem, then the counts."""
    files = (("%s: %s%s", (rec.path, rec.status, f"（{rec.reason}）" if rec.reason else ""))
             for rec in batch.held())  # path, status and reason: no need to read the records back
    _info_lines(log, chain(files, (("[%s] %s: %s", (p.severity, p.where(), p.message)) for p in batch.all_problems())))
    counts = " / ".join(f"{k} {v}" for k, v in batch.counts().items())
    log.info("ファイル %d 件: %s / 未提出 %d 件", len(batch.records), counts, len(batch.roster_missing))


def _info_lines(log: logging.Logger, lines: Iterable[tuple[str, tuple]]) -> None:
    """``log.info(msg, *args)`` for each (msg, args).  When the batch's log file is the only handler that takes
    INFO (no --verbose console, no caller's handler up the logger tree), the lines are written to it LINES_A_WRITE
    at a time, each as its handler writes a record (one time stamp: they are logged in the same instant); a record
    through the logging machinery costs ~25 µs, two lines per file of a 10,000-file run."""
    handler = next((h for h in log.handlers if getattr(h, "_wt_batch", False)), None)
    if handler is None or log.filters or not log.isEnabledFor(logging.INFO) or _others_take_info(log, handler):
        for msg, args in lines:
            log.info(msg, *args)
        return
    prefix, end = f"{time.strftime(_DATE_FORMAT)} {_LEVELS_JA['INFO']} ", handler.terminator
    lines = iter(lines)
    while True:
        text = "".join(f"{prefix}{_one_line(msg % args)}{end}" for msg, args in islice(lines, LINES_A_WRITE))
        if not text:
            return
        with handler.lock:  # as Handler.handle takes it around each record
            try:
                handler.stream.write(text)
                handler.flush()
            except Exception:  # noqa: BLE001 - as a handler's emit: reported on stderr, the run goes on
                handler.handleError(log.makeRecord(log.name, logging.INFO, __file__, 0, "%s", (text[:200],), None))


def _others_take_info(log: logging.Logger, mine: logging.Handler) -> bool:
    """Whether a handler other than ``mine`` would be given an INFO record logged on ``log``."""
    logger: logging.Logger | None = log
    while logger is not None:
        if any(h is not mine and h.level <= logging.INFO for h in logger.handlers):
            return True
        logger = logger.parent if logger.propagate else None
    return False
