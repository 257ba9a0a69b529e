"""Sheets of the collection round in the consolidated workbook: 提出状況 (one row per roster entry),
督促リスト (who has not answered, ready for a mail), 前回との差分 (--since) and 読み取り確認 (every
inferred or flagged reading, with columns for staff to type a correction into)."""
from __future__ import annotations

import datetime as dt

from workbook_tools.core.normalize import Flag
from workbook_tools.forms.collection import MANUAL, RoundStatus, TrackRow, reminder_lines
from workbook_tools.forms.model import (CHECK, OUTSIDE_LIMITS, PROP_OUTPUT_KIND, PROP_OUTPUT_ROOT, PROP_OUTPUT_ROSTER,
                                         format_year)
from workbook_tools.forms.records import Batch, FileRecord, Status
from workbook_tools.forms.registry import Kind
from workbook_tools.forms.values import FLAG_NO_ITEM
from workbook_tools.io.writer import SafeBook, SafeSheet, text_columns

STATUS_SHEET, REMIND_SHEET, SINCE_SHEET, CHECK_SHEET = "提出状況", "督促リスト", "前回との差分", "読み取り確認"
# the 読み取り確認 columns (app/collection reads them back by these headings): the file and the item first (repeated on
# the second page across, beside the flag and the correction), the keys the tool applies a correction by last, off paper
CHECK_HEADS = ("ファイル", "項目", "読み取った文字", "値", "シート", "セル", "フラグ", "理由", "修正値", "修正者", "修正日",
               "項目キー", "SHA-256")
FIX_COLS = frozenset(CHECK_HEADS.index(h) for h in ("修正値", "修正者", "修正日"))
FIX_COL = CHECK_HEADS.index("修正値")
SHA_COL = CHECK_HEADS.index("SHA-256")
CHECK_PRINTED = CHECK_HEADS.index("修正日")  # the last column printed
# 読み取り確認's columns: the printed ones (ファイル … 修正日) one page across at about 67 % (as the two pages across were at
# 72 %), long texts wrapped
CHECK_WIDTHS = (20, 20, 18, 10, 10, 6, 10, 26, 12, 8, 10, 16, 12)
STATUS_FILES_WIDTH = 48  # 提出状況's ファイル column
STATUS_SENDER_MAX, STATUS_SID_MAX = 24, 24  # 提出状況's widest sender and 提出ID columns (a longer text wraps)
_NOT_READINGS = {Flag.OK, Flag.BLANK, FLAG_NO_ITEM}  # nothing was read there: not a reading to confirm


class RoundSheets:
    """The round's sheets (and the output's document properties), placed now; 読み取り確認 takes its rows record by record (`record`, in file order:
    a streamed sheet) and is finished by `finish`."""

    def __init__(self, book: SafeBook, batch: Batch, kind: Kind) -> None:
        self.f = f = _formats(book)
        self.kind, self.year = kind, batch.year
        book.set_custom_property(PROP_OUTPUT_KIND, kind.name)
        book.set_custom_property(PROP_OUTPUT_ROOT, str(batch.root.resolve()))
        if batch.roster_file:
            book.set_custom_property(PROP_OUTPUT_ROSTER, batch.roster_file)
        if batch.tracking:
            _status_sheet(book.sheet(STATUS_SHEET, streamed=True), batch.tracking, kind, f)
            _lines_sheet(book.sheet(REMIND_SHEET), reminder_lines(batch.tracking, kind.title), f)
        if batch.since is not None:
            _since_sheet(book.sheet(SINCE_SHEET, streamed=True), batch.since, f)
        self.ws = book.sheet(CHECK_SHEET, streamed=True)
        _heads(self.ws, CHECK_HEADS, f)
        self.rows = 0

    def record(self, rec: FileRecord) -> None:
        ws, cell, one_line = self.ws, self.f["cell"], self.f["one_line"]
        for row in record_check_rows(rec, self.kind, self.year):
            self.rows += 1
            fix = self.f["fixed"] if row[FIX_COL] else self.f["fix"]
            texts = [_text(text) for text in row]
            # the SHA-256 stays on one line, cut at the column's edge on paper (whole in the cell)
            ws.fit_row(self.rows, [(t, w) for c, (t, w) in enumerate(zip(texts, CHECK_WIDTHS)) if c != SHA_COL])
            ws.put_row(self.rows, [(c, t, fix if c in FIX_COLS else one_line if c == SHA_COL else cell)
                                   for c, t in enumerate(texts)])

    def finish(self) -> None:
        _check_sheet_end(self.ws, self.rows, self.f)


def _text(value) -> str:
    """What SafeSheet.text writes for a value (None as an empty text)."""
    return value if type(value) is str else "" if value is None else str(value)


def _formats(book: SafeBook) -> dict:
    b = book.fmt
    return {"head": b(bold=True, bg_color="#DDEBF7", border=1, align="center", valign="vcenter", text_wrap=True),
            "cell": b(border=1, valign="top", text_wrap=True),
            "one_line": b(border=1, valign="top"),
            RoundStatus.SUBMITTED: b(border=1, valign="top", bg_color="#C6EFCE", font_color="#006100", align="center"),
            RoundStatus.MISSING: b(border=1, valign="top", bg_color="#FFC7CE", font_color="#9C0006", align="center"),
            RoundStatus.DUPLICATE: b(border=1, valign="top", bg_color="#FFEB9C", font_color="#9C5700", align="center"),
            RoundStatus.REFUSED: b(border=1, valign="top", bg_color="#FFC7CE", font_color="#9C0006", align="center"),
            "fix": b(border=1, bg_color="#FFF2CC", locked=False, valign="top"),
            "fixed": b(border=1, bg_color="#E2EFDA", locked=False, valign="top"),
            "plain": b(valign="top")}


def _heads(ws: SafeSheet, heads, f: dict) -> None:
    for c, h in enumerate(heads):
        ws.text(0, c, h, f["head"])
    ws.freeze(1, 0)


def _status_sheet(ws: SafeSheet, rows: list[TrackRow], kind: Kind, f: dict) -> None:
    senders = [kind.form.by_key(k)[1].label for k, _ in rows[0].entry.values]
    heads = ("名簿の行", *senders, "状況", "ファイル", "提出日時", "取込状態", "照合", "提出ID")
    # each sender column as wide as its longest name (long ones wrap), the columns after the files as wide
    # as what they hold: the sheet prints one page across
    widths = [_fitted([label] + [row.entry.values[i][1] for row in rows], STATUS_SENDER_MAX)
              for i, label in enumerate(senders)]
    sid_width = _fitted(["提出ID"] + [row.entry.sid for row in rows], STATUS_SID_MAX)
    _heads(ws, heads, f)
    for r, row in enumerate(rows, start=1):
        ws.fit_row(r, [("\n".join(row.files), STATUS_FILES_WIDTH)]
                   + [(t, w) for (_, t), w in zip(row.entry.values, widths)])
        ws.number(r, 0, row.entry.row, f["cell"])
        for c, (_, text) in enumerate(row.entry.values, start=1):
            ws.text(r, c, text, f["cell"])
        c = 1 + len(senders)
        newest = row.newest
        ws.text(r, c, row.status, f[row.status])
        ws.text(r, c + 1, "\n".join(row.files), f["cell"])  # several files (a duplicate): one line each
        ws.text(r, c + 2, _time(newest), f["cell"])
        ws.text(r, c + 3, newest.status if newest else "", f["cell"])
        ws.text(r, c + 4, row.how if row.records else "", f["cell"])
        ws.text(r, c + 5, row.entry.sid, f["cell"])
    ws.column_width(0, 0, 8)
    for i, w in enumerate(widths, start=1):
        ws.column_width(i, i, w)
    c = len(senders) + 1
    for i, w in enumerate((9, STATUS_FILES_WIDTH, 17, 10, 10, sid_width)):
        ws.column_width(c + i, c + i, w)
    ws.filter(0, 0, len(rows), len(heads) - 1)
    ws.print_setup(landscape=True, title=f"{ws.book.title}　{ws.name}" if ws.book.title else ws.name,
                   repeat_rows=(0, 0), repeat_columns=(0, 0), area=(0, 0, len(rows), len(heads) - 1))


def _fitted(texts, most: int) -> int:
    """A column width (characters) for ``texts``: the widest line plus one, from 8 up to ``most`` (wider ones wrap)."""
    widest = max((text_columns(line) for t in texts if t for line in str(t).split("\n")), default=0)
    return max(8, min(most, widest + 1))


def _time(rec: FileRecord | None) -> str:
    if rec is None or not rec.mtime:
        return ""
    return dt.datetime.fromtimestamp(rec.mtime).strftime("%Y-%m-%d %H:%M")


def _lines_sheet(ws: SafeSheet, lines: list[str], f: dict) -> None:
    for r, line in enumerate(lines):
        ws.text(r, 0, line, f["plain"])
    ws.column_width(0, 0, 60)


def _since_sheet(ws: SafeSheet, rows: list[tuple[str, str, str]], f: dict) -> None:
    _heads(ws, ("区分", "対象", "内容"), f)
    for r, row in enumerate(rows, start=1):
        for c, text in enumerate(row):
            ws.text(r, c, text, f["cell"])
    if not rows:
        ws.text(1, 0, "前回から変わったところはありません", f["plain"])
    ws.column_width(0, 0, 16)
    ws.column_width(1, 2, 48)


def record_check_rows(rec: FileRecord, kind: Kind, year: int | None) -> list[tuple]:
    """The 読み取り確認 rows of one record."""
    if rec.status == Status.REFUSED:
        return []
    out = []
    why = {(p.sheet, p.cell): p.message for p in rec.problems if p.cell}
    # a clean reading of an answer no sender can have (Field.limits) is listed too: to be corrected here
    doubtful = {(p.sheet, p.cell) for p in rec.problems if p.code == OUTSIDE_LIMITS and p.cell}
    for key, v in rec.values.items():
        if v.flag in _NOT_READINGS and (not doubtful or (v.sheet, v.cell) not in doubtful):
            continue
        s, fld = kind.form.by_key(key)
        text = format_year(fld.label, year)  # no {y1} placeholder in a sheet users read
        label = f"{s.number}．{text[:30]}" if fld.type == CHECK else f"{text}（{fld.group}）" if fld.group else text
        fix = rec.corrected.get(key, {}) if v.flag == MANUAL else {}
        reason = why.get((v.sheet, v.cell), "") or (f"読み取り時: {fix.get('was_flag', '')}" if fix else v.flag)
        out.append((rec.path, label, v.raw, v.display, v.sheet, v.cell, v.flag, reason,
                    fix.get("text", ""), fix.get("by", ""), fix.get("on", ""), key, rec.sha256))  # (CHECK_HEADS' order)
    return out


def _check_sheet_end(ws: SafeSheet, rows: int, f: dict) -> None:
    """読み取り確認 after its rows: the note when there are none, widths, filter, protection and the print layout
    (one page across: what was read and where, the flag, the reason and the correction on one line of paper; the keys
    a correction is applied by stay on screen, off paper)."""
    if not rows:
        ws.text(1, 0, "確認が必要な読み取りはありません", f["plain"])
    for c, width in enumerate(CHECK_WIDTHS):
        ws.column_width(c, c, width)
    ws.filter(0, 0, max(rows, 1), len(CHECK_HEADS) - 1)
    ws.print_setup(landscape=True, title=f"{ws.book.title}　{ws.name}" if ws.book.title else ws.name,
                   repeat_rows=(0, 0), repeat_columns=(0, 1), area=(0, 0, max(rows, 1), CHECK_PRINTED))
    ws.protect(None, {"autofilter": True, "sort": True, "format_columns": True, "select_locked_cells": True,
                      "select_unlocked_cells": True})
