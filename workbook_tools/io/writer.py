"""Writing output workbooks with XlsxWriter, safely.

- Every text from a submission goes through ``SafeSheet.text`` →
  ``write_string``: never a formula, never a link, never a number.
- strings_to_formulas / strings_to_urls / strings_to_numbers are off anyway.
- Text starting with = + - @ gets Excel's quote prefix so that editing the
  cell in Excel does not turn it into a formula.
- Control characters are replaced; text over Excel's 32,767 limit is cut
  in the cell, flagged, and kept whole in a side file by the caller.
- The workbook is written to a temporary file and moved into place; if the
  target is open in Excel the temporary file is kept and a Japanese error
  names both.
"""
from __future__ import annotations

import os
import re
from contextlib import contextmanager
from pathlib import Path

from workbook_tools.errors import OutputError

EXCEL_MAX_TEXT = 32_767
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
JAPANESE_FONT = "游ゴシック"


def clean_text(value) -> tuple[str, bool]:
    """Text safe for a cell: control characters → '?'; (text, was_truncated)."""
    s = "" if value is None else str(value)
    s = _CONTROL_RE.sub("\ufffd", s)
    if len(s) > EXCEL_MAX_TEXT:
        return s[:EXCEL_MAX_TEXT], True
    return s, False


class SafeSheet:
    """A worksheet wrapper whose text writes are always plain strings."""

    def __init__(self, book: "SafeBook", ws) -> None:
        self.book = book
        self.ws = ws
        self.truncated: list[tuple[int, int, str]] = []

    def text(self, row: int, col: int, value, fmt=None) -> None:
        s, cut = clean_text(value)
        if cut:
            self.truncated.append((row, col, str(value)))
        if s.startswith(_FORMULA_START):
            fmt = self.book.quoted(fmt)
        self.ws.write_string(row, col, s, fmt)

    def number(self, row: int, col: int, value, fmt=None) -> None:
        if value is None or value == "":
            self.ws.write_blank(row, col, None, fmt)
        else:
            self.ws.write_number(row, col, value, fmt)

    def value(self, row: int, col: int, value, fmt=None) -> None:
        """A value of our own making: numbers as numbers, everything else as text."""
        if isinstance(value, bool):
            self.ws.write_boolean(row, col, value, fmt)
        elif isinstance(value, (int, float)):
            self.ws.write_number(row, col, value, fmt)
        elif value is None or value == "":
            self.ws.write_blank(row, col, None, fmt)
        else:
            self.text(row, col, value, fmt)

    def formula(self, row: int, col: int, formula: str, cached, fmt=None) -> None:
        value = "" if cached is None else (float(cached) if not isinstance(cached, (int, float, str)) else cached)
        self.ws.write_formula(row, col, "=" + formula.lstrip("="), fmt, value)

    def __getattr__(self, name):  # set_column, merge_range, … of the real sheet
        return getattr(self.ws, name)


class SafeBook:
    def __init__(self, path: Path) -> None:
        import xlsxwriter  # lazy

        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.tmp = self.path.with_name(f".~{self.path.stem}.{os.getpid()}.tmp.xlsx")
        self.wb = xlsxwriter.Workbook(str(self.tmp), {
            "strings_to_formulas": False,
            "strings_to_urls": False,
            "strings_to_numbers": False,
            "nan_inf_to_errors": True,
        })
        self.wb.formats[0].set_font_name(JAPANESE_FONT)
        self._formats: dict = {}
        self._quoted: dict = {}
        self.sheets: list[SafeSheet] = []

    def fmt(self, **props):
        key = tuple(sorted(props.items()))
        if key not in self._formats:
            props.setdefault("font_name", JAPANESE_FONT)
            self._formats[key] = self.wb.add_format(props)
        return self._formats[key]

    def quoted(self, fmt):
        key = id(fmt)
        if key not in self._quoted:
            props = {}
            for k, f in self._formats.items():
                if f is fmt:
                    props = dict(k)
                    break
            props["quote_prefix"] = True
            props.setdefault("font_name", JAPANESE_FONT)
            self._quoted[key] = self.wb.add_format(props)
        return self._quoted[key]

    def choices_sheet(self) -> SafeSheet:
        """A hidden sheet holding dropdown lists (created on first use)."""
        if getattr(self, "_choices", None) is None:
            self._choices = self.sheet("選択肢")
            self._choices.hide()
            self._choices.protect()
        return self._choices

    def sheet(self, name: str) -> SafeSheet:
        ws = self.wb.add_worksheet(name)
        _speed_up_formulas(ws)
        sh = SafeSheet(self, ws)
        self.sheets.append(sh)
        return sh

    def close(self) -> Path:
        self.wb.close()
        try:
            os.replace(self.tmp, self.path)
        except PermissionError as exc:
            raise OutputError(
                f"出力ファイルに書き込めません。Excel で開いていたら閉じてから、もう一度実行してください。"
                f"結果は一時ファイル {self.tmp.name} に残してあります", file=str(self.path),
                code="output_locked") from exc
        return self.path


# XlsxWriter rewrites every formula with ~30 regular expressions to prefix
# newer Excel functions.  Our formulas are our own and use none of them, so a
# single check decides whether that rewrite is needed (3-4x faster writes).
_NEEDS_PREFIX = re.compile(
    r"\b(ANCHORARRAY|BYCOL|BYROW|CHOOSECOLS|CHOOSEROWS|DROP|EXPAND|FILTER|HSTACK|LAMBDA|MAKEARRAY|MAP|"
    r"RANDARRAY|REDUCE|SCAN|SINGLE|SEQUENCE|SORT|SORTBY|SWITCH|TAKE|TEXTSPLIT|TOCOL|TOROW|UNIQUE|VSTACK|"
    r"WRAPCOLS|WRAPROWS|XLOOKUP)\(")


def _speed_up_formulas(ws) -> None:
    original = getattr(ws, "_prepare_formula", None)
    if original is None:  # pragma: no cover - other XlsxWriter versions
        return

    def prepare(formula, expand_future_functions=False):
        if expand_future_functions or ws.use_future_functions or formula.startswith("{") \
                or _NEEDS_PREFIX.search(formula):
            return original(formula, expand_future_functions)
        return formula[1:] if formula.startswith("=") else formula

    ws._prepare_formula = prepare


@contextmanager
def safe_book(path: Path):
    book = SafeBook(path)
    try:
        yield book
    except BaseException:
        try:
            book.wb.close()
        finally:
            book.tmp.unlink(missing_ok=True)
        raise
    book.close()


PROBLEM_HEADERS = ["ファイル", "シート", "セル", "重要度", "内容", "対応"]
_SEVERITY_ORDER = {"エラー": 0, "警告": 1, "情報": 2}


def write_problems_sheet(book: SafeBook, problems, sheet_name: str) -> SafeSheet:
    """Every problem with where it is and what to do, errors first; print-ready."""
    ws = book.sheet(sheet_name)
    head = book.fmt(bold=True, bg_color="#DDEBF7", border=1, align="center")
    cell = book.fmt(border=1, text_wrap=True, valign="top")
    error = book.fmt(border=1, valign="top", font_color="#9C0006", bg_color="#FFC7CE")
    for i, h in enumerate(PROBLEM_HEADERS):
        ws.text(0, i, h, head)
    ordered = sorted(problems, key=lambda p: (_SEVERITY_ORDER.get(p.severity, 3), p.file, p.sheet, p.cell))
    for r, p in enumerate(ordered, start=1):
        for i, v in enumerate((p.file, p.sheet, p.cell, p.severity, p.message, p.action)):
            ws.text(r, i, v, error if p.severity == "エラー" and i == 3 else cell)
    if not ordered:
        ws.text(1, 0, "問題は見つかりませんでした", cell)
    ws.set_column(0, 0, 30)
    ws.set_column(1, 2, 10)
    ws.set_column(3, 3, 7)
    ws.set_column(4, 5, 50)
    ws.freeze_panes(1, 0)
    ws.autofilter(0, 0, max(len(ordered), 1), len(PROBLEM_HEADERS) - 1)
    ws.set_landscape()
    ws.set_paper(9)
    ws.fit_to_pages(1, 0)
    ws.repeat_rows(0)
    ws.set_footer("&C&A  &P / &N")
    return ws
