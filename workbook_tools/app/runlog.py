"""Logging of batch runs: `--verbose` / `--quiet` on the console and a log
file beside the output (出力名.log, UTF-8, Japanese lines).  Nothing is logged
to stdout, so scripts and notebooks calling the Python API stay quiet."""
from __future__ import annotations

import logging
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

LOG = logging.getLogger("workbook_tools")
_state = {"quiet": False}


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
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname_ja)s %(message)s", "%Y-%m-%d %H:%M:%S"))
    handler.addFilter(_japanese_level)
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
    record.levelname_ja = {"DEBUG": "詳細", "INFO": "情報", "WARNING": "警告", "ERROR": "エラー",
                           "CRITICAL": "重大"}.get(record.levelname, record.levelname)
    message = record.getMessage()
    if "\n" in message or "\r" in message:  # one line per entry: a file name or a text with line breaks
        record.msg, record.args = message.replace("\r\n", "⏎").replace("\n", "⏎").replace("\r", "⏎"), None
    return True


def log_batch(log: logging.Logger, batch) -> None:
    """One line per file and per problem, then the counts."""
    for rec in batch.held():  # path, status and reason: no need to read the records back
        log.info("%s: %s%s", rec.path, rec.status, f"（{rec.reason}）" if rec.reason else "")
    for p in batch.all_problems():
        log.info("[%s] %s: %s", p.severity, p.where(), p.message)
    counts = " / ".join(f"{k} {v}" for k, v in batch.counts().items())
    log.info("ファイル %d 件: %s / 未提出 %d 件", len(batch.records), counts, len(batch.roster_missing))
