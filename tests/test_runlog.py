"""The batch log (app/runlog.py): one line per file and per problem, written at once when only the log file
takes them, record by record when anything else listens."""
import logging
import re

from workbook_tools.app import runlog

LINES = [("%s: %s%s", ("報告書_北海道.xlsx", "取込済", "")),
         ("%s: %s%s", ("改行\nのある名前.xlsx", "取込不可", "（開けません）")),
         ("[%s] %s: %s", ("警告", "a.xlsx / 報告 / C5", "100% を超えています\r\n（確認）"))]
EXPECTED = ["情報 報告書_北海道.xlsx: 取込済", "情報 改行⏎のある名前.xlsx: 取込不可（開けません）",
            "情報 [警告] a.xlsx / 報告 / C5: 100% を超えています⏎（確認）"]  # written out by hand


class _Count(logging.Filter):
    def __init__(self):
        super().__init__()
        self.n = 0

    def filter(self, record):
        self.n += 1
        return True


def _logged(tmp_path, name):
    out = tmp_path / f"{name}.xlsx"
    counter = _Count()
    with runlog.batch_log(out) as log:
        next(h for h in log.handlers if getattr(h, "_wt_batch", False)).addFilter(counter)
        runlog._info_lines(log, LINES)
    lines = runlog.log_path(out).read_text(encoding="utf-8").splitlines()
    assert all(re.match(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d 情報 ", line) for line in lines), lines
    return [line[20:] for line in lines], counter.n


def test_lines_go_to_the_log_file_at_once_when_nothing_else_listens(tmp_path, monkeypatch):
    monkeypatch.setattr(runlog.LOG, "propagate", False)  # pytest's own handlers sit on the root logger
    monkeypatch.setattr(runlog, "LINES_A_WRITE", 2)  # three lines: two writes
    body, records = _logged(tmp_path, "fast")
    assert body == EXPECTED
    assert records == 0  # no record went through the handler


def test_a_listening_handler_gets_every_line_as_a_record(tmp_path, caplog):
    with caplog.at_level(logging.INFO, logger="workbook_tools"):
        body, records = _logged(tmp_path, "each")
    assert body == EXPECTED and records == 3
    # (the log file's filter has made each message one line before the listener sees it)
    assert [r.getMessage() for r in caplog.records] == [e.removeprefix("情報 ") for e in EXPECTED]
