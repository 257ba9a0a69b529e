"""Writing output workbooks with XlsxWriter, sealed.

``SafeBook`` / ``SafeSheet`` are the only way the writers reach XlsxWriter;
there is no pass-through to the raw workbook or worksheet.

- Every text goes through ``write_string``: never a formula, a link or a
  number.  strings_to_formulas / strings_to_urls / strings_to_numbers are off
  anyway.  Text starting with = + - @ (or their full-width forms, a tab or a
  CR) gets Excel's quote prefix, in single cells and in merged ranges, so that
  editing the cell in Excel does not turn it into a formula.
- Lengths are counted in UTF-16 code units, Excel's and XlsxWriter's unit.  A
  text over 32,767 units is cut on a code-point boundary in the cell, kept
  whole in the side file "（出力名）_長文全文.txt" and reported as a problem row.
- Numbers that Excel cannot hold (NaN, ±inf, beyond ±9.99E+307) are written as
  their text with a problem row; they never reach XlsxWriter as numbers.
- Every XlsxWriter return code is checked; a non-zero code raises OutputError
  naming the file, sheet and cell.
- The workbook and its side files are written to temporary files and moved
  into place together with the caller's JSON (``io/outputs.OutputSet``); any
  OS failure is a Japanese ``OutputError`` and leaves no temporary file.
- A problems list longer than a sheet holds (``EXCEL_MAX_ROWS``) is cut with a
  visible count; the whole list goes to "（出力名）_検証結果全件.csv".
"""
from __future__ import annotations

import math
import re
from bisect import bisect_right
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

from workbook_tools.errors import WARNING, OutputError, Problem
from workbook_tools.io.outputs import OutputSet, output_error
from workbook_tools.io.xlsx_rows import BLANK, FORMULA, NUMBER, TEXT, dynamic_formula, render_cells, store_cells
from workbook_tools.io.xlsx_rows import install as install_row_writer

EXCEL_MAX_TEXT = 32_767  # UTF-16 code units
EXCEL_MAX_NUMBER = 9.99e307
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")  # + lone surrogates
_SHORT_TEXT = EXCEL_MAX_TEXT // 2  # no text this long or shorter can be over Excel's length
_FORMULA_START = ("=", "+", "-", "@", "＝", "＋", "－", "＠", "\t", "\r")
JAPANESE_FONT = "游ゴシック"
PAPER_A4 = 9
# paper → (XlsxWriter paper code, width and height in points, portrait)
PAPERS = {"A4": (9, 595.3, 841.9), "A3": (8, 841.9, 1190.6)}
DEFAULT_MARGINS = {"left": 0.5, "right": 0.5, "top": 0.75, "bottom": 0.75}  # inches
DEFAULT_WIDTH = 8.43  # Excel's default column width in characters
DEFAULT_FONT_PT = 11.0
MIN_PRINT_PT = 7.0  # no printed text smaller than this after scaling
CHART_FONT_PT = 10.0  # chart texts without a size of their own
WIDTH_SLACK = 0.97  # rounding of column widths by the renderers
MAX_ROW_PT = 409.0  # Excel's tallest row
ROW_PT = 18.75  # Excel's default row height with 游ゴシック 11 pt, written as every sheet's default (see SafeBook.sheet)
BALANCE_MAX_ROWS = 5_000  # past this many rows a sheet's last page is one of many: its rows are not balanced
PAGE_FOOTER = "&C&12&P / &N ページ"


def page_header(title: str, today=None, *, dated: bool = True) -> str:
    """Report name left, the day the workbook was written right, in Japanese (「作成 2026年12月2日」: Excel's &D prints the
    day of printing in the printing program's own format, 「12/02/2026」 from a LibreOffice set to English), 12 pt so
    it stays readable at the smallest scale.  ``dated`` False: the name only (a template to hand out)."""
    import datetime as dt

    left = f"&L&12{title.replace('&', '&&')}"
    if not dated:
        return left
    d = today or dt.date.today()
    return f"{left}&R&12作成 {d.year}年{d.month}月{d.day}日"


def column_points(width: float, *, narrowest: bool = False) -> float:
    """Printed width in points of a column ``width`` characters wide: the wider of Excel (游ゴシック 11,
    8 px a digit + 5 px) and LibreOffice (measured: 7 pt a character + 5 pt); ``narrowest``: the narrower (the room
    a text running over the columns is sure to have)."""
    if width <= 0:
        return 0.0
    return (min if narrowest else max)(7.0 * width + 5.0, (int(width * 8 + 0.5) + 5) * 0.75)


def text_columns(text: str) -> int:
    """Width of a text in half-width columns: full-width (East Asian wide) characters count double."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def wrapped_height(text: str, width: float, font_pt: float = DEFAULT_FONT_PT, *, min_lines: int = 1) -> float:
    """Row height in points that shows ``text`` wrapped in a cell ``width`` characters wide.  Short texts recur
    (file names and messages on every row of 検証結果): their heights are remembered."""
    if type(text) is str and len(text) <= 200:
        return _short_height(text, width, font_pt, min_lines)
    return _height(text, width, font_pt, min_lines)


@lru_cache(maxsize=8192)
def _short_height(text: str, width: float, font_pt: float, min_lines: int) -> float:
    return _height(text, width, font_pt, min_lines)


def _height(text, width: float, font_pt: float, min_lines: int) -> float:
    per_line = max(width * DEFAULT_FONT_PT / font_pt - 1, 1.0)
    lines = sum(_lines(part, per_line) for part in str(text).split("\n"))
    return round(max(lines, min_lines) * font_pt * 1.45 + 4, 1)


def _lines(part: str, per_line: float) -> int:
    """Lines one line of text takes wrapped at ``per_line`` columns.  A character is at most two columns and an
    ASCII one exactly one, so a short or ASCII line needs no look at each character (same answer)."""
    if len(part) * 2 <= per_line:
        return 1
    return max(1, math.ceil((len(part) if part.isascii() else text_columns(part)) / per_line))


ONE_LINE_PT = wrapped_height("", 10)  # the height wrapped_height gives one line (any width)


def page_breaks(sizes: list[float], first_page: float, other_pages: float, *, starts=frozenset(),
                balance_below: float = 0.5) -> list[int]:
    """Where new pages start (indexes into ``sizes``, never 0) for rows or columns of ``sizes`` printed points, with
    ``first_page`` points of room on the first page and ``other_pages`` on the next ones (less what is repeated on
    them).  Items from one of ``starts`` to the next (a section under one heading) stay on one page where they fit on
    one (a section wider than a page goes on where it began).  When filling page after page would leave the last page
    less than ``balance_below`` full (a few rows reprinted under the title rows, one column on a page of its own), the
    same number of pages is filled evenly (with sections: the smallest page size that needs no more pages).  Returns []
    when the renderers' own breaks are as good: everything on one page, or no sections and a last page full enough."""
    if not sizes:
        return []
    breaks, used, room = _pack(sizes, first_page, other_pages, starts, math.inf)
    if not breaks:
        return []
    if used >= balance_below * room:
        return breaks if starts else []
    pages = len(breaks) + 1
    even = _even(sizes, first_page, other_pages, pages) if not starts else None  # (sections: by the smallest page)
    if even is not None:
        return even
    lo, hi = max(sizes), other_pages
    for _ in range(30):  # else the smallest page size that still needs no more pages
        mid = (lo + hi) / 2
        if len(_pack(sizes, first_page, other_pages, starts, mid)[0]) + 1 <= pages:
            hi = mid
        else:
            lo = mid
    return _pack(sizes, first_page, other_pages, starts, hi)[0]


def _even(sizes: list[float], first_page: float, other_pages: float, pages: int) -> list[int] | None:
    """Breaks that fill ``pages`` pages about equally (each page up to its share of what is left, an item taken when
    its middle is within the share); None when the rest does not fit on the last page."""
    extra = first_page - other_pages  # what the first page holds once and the others repeat
    left = sum(sizes) - extra
    breaks: list[int] = []
    i, n = 0, len(sizes)
    for k in range(pages - 1):
        share = left / (pages - k) + (extra if k == 0 else 0.0)
        room = first_page if k == 0 else other_pages
        used, start = 0.0, i
        while i < n and (i == start or (used + sizes[i] <= room and used + sizes[i] / 2 <= share)):
            used += sizes[i]
            i += 1
        if i >= n:
            return breaks
        breaks.append(i)
        left -= used - (extra if k == 0 else 0.0)
    return breaks if sum(sizes[i:]) <= (other_pages if breaks else first_page) else None


def _pack(sizes: list[float], first_page: float, other_pages: float, starts, cap: float):
    """Fill pages of at most ``cap`` one after another: (breaks, used on the last page, room on the last page)."""
    breaks: list[int] = []
    # the cap is on what is not repeated: the first page holds the repeated rows / columns once, as every page does
    room, top, used, mark, i, n = min(cap + first_page - other_pages, first_page), 0, 0.0, 0, 0, len(sizes)
    bounds = sorted({*starts, n}) if starts else [n]
    while i < n:
        if i > top and i in starts:
            end = bounds[bisect_right(bounds, i)] if i < bounds[-1] else n
            # a section that fits on a page starts one; a wider one goes on where it began (it is split anyway), and the
            # page breaks inside it, never back at the section before it
            mark = i if sum(sizes[i:end]) <= min(cap, other_pages) else top
        if i == top or used + sizes[i] <= room:
            used += sizes[i]
            i += 1
            continue
        top = i = mark if mark > top else i  # back to the section's start when it began on this page
        breaks.append(top)
        room, used = min(cap, other_pages), 0.0
    return breaks, used, room


def _fewer_row_pages(sizes: list[float], repeated: float, page_h: float, scale: int, min_scale: int,
                     starts=frozenset(), forced=()) -> int:
    """The print scale, lowered by up to a tenth (never under ``min_scale``) where that saves a row of pages: 123 rows
    at 78 % fill four pages and one row of a fifth, at 74 % four (sections starting at ``starts`` kept whole; a page
    always starting at ``forced``: a table that ran one row past its page before its chart's)."""
    cuts = [0, *forced, len(sizes)]

    def pages(s: int) -> int:
        room = page_h * 100 / s
        return sum(len(_pack(sizes[a:b], room if a == 0 else room - repeated, room - repeated,
                             {x - a for x in starts if a < x < b}, math.inf)[0]) + 1
                   for a, b in zip(cuts, cuts[1:]) if b > a)

    now = pages(scale)
    for s in range(scale - 1, max(min_scale, math.floor(scale * 0.9)) - 1, -1):
        if pages(s) < now:
            return s
    return scale


def print_scale(page_width: float, widths: list[float], repeated: float, min_font: float) -> int:
    """The print scale in percent: the largest that fits the columns on as few pages wide as
    possible, never below the scale at which ``min_font`` prints at 7 pt, never above 100."""
    min_scale = math.ceil(MIN_PRINT_PT / min_font * 100)
    total = sum(widths)
    if total <= 0:
        return 100
    fit = math.floor(page_width / total * 100 * WIDTH_SLACK)
    if fit >= min_scale:
        return min(100, fit)
    rest = total - repeated
    per_page = max(page_width * 100 / min_scale - repeated, 1.0)
    pages = math.ceil(rest / per_page)
    scale = math.floor(page_width * 100 / (repeated + rest / pages) * WIDTH_SLACK * 0.97)  # pages break at columns
    return max(min_scale, min(100, scale))
SIDE_FILE_SUFFIX = "_長文全文.txt"
PROBLEMS_CSV_SUFFIX = "_検証結果全件.csv"
EXCEL_MAX_ROWS = 1_048_576  # rows per sheet (XlsxWriter's and Excel's limit); tests inject a smaller one
EXCEL_MAX_COLS = 16_384  # columns per sheet (A … XFD)


def utf16_len(s: str) -> int:
    """Length in UTF-16 code units (a character outside the BMP counts 2)."""
    if len(s) * 2 <= EXCEL_MAX_TEXT:
        return len(s) if s.isascii() else len(s.encode("utf-16-le", "surrogatepass")) // 2
    return len(s.encode("utf-16-le", "surrogatepass")) // 2


def utf16_prefix(s: str, units: int) -> str:
    """The longest prefix of s that fits in `units` UTF-16 units, never splitting a surrogate pair."""
    data = s.encode("utf-16-le", "surrogatepass")[: units * 2]
    if data and 0xD8 <= data[-1] <= 0xDB:  # a high surrogate left without its low half
        data = data[:-2]
    return data.decode("utf-16-le", "surrogatepass")


def clean_text(value) -> tuple[str, bool]:
    """Text safe for a cell: control characters and lone surrogates → U+FFFD; (text, was_cut)."""
    s = "" if value is None else str(value)
    s = _CONTROL_RE.sub("\ufffd", s)
    if len(s) > EXCEL_MAX_TEXT // 2 and utf16_len(s) > EXCEL_MAX_TEXT:
        return utf16_prefix(s, EXCEL_MAX_TEXT), True
    return s, False


def needs_quote(s: str) -> bool:
    return s.startswith(_FORMULA_START)


def excel_number_ok(value) -> bool:
    return isinstance(value, (int, float)) and math.isfinite(value) and abs(value) <= EXCEL_MAX_NUMBER


def plain_formula(text: str) -> bool:
    """A formula XlsxWriter stores as it is: not empty, no newer function to prefix, no dynamic array.
    Digits put into a pattern (a row number) cannot change the answer: the function names have none."""
    t = text.lstrip("=")
    return bool(t) and not _NEEDS_PREFIX.search(t) and not dynamic_formula(t)


def _cached_value(cached):
    """A formula's cached result as XlsxWriter takes it: a number within Excel's range or a text ('' for none)."""
    t = type(cached)
    if (t is int or t is float) and -EXCEL_MAX_NUMBER <= cached <= EXCEL_MAX_NUMBER or t is str:
        return cached
    if cached is not None and not isinstance(cached, (int, float, str)):
        cached = float(cached)
    if cached is None or (isinstance(cached, (int, float)) and not excel_number_ok(cached)):
        return ""
    return cached


def a1_of(row: int, col: int) -> str:
    from xlsxwriter.utility import xl_rowcol_to_cell

    return xl_rowcol_to_cell(row, col)


def rich_shaped(s: str) -> bool:
    """A text XlsxWriter would take for rich-text XML (``<r>…</r>``) and copy into the sheet unescaped."""
    return s.startswith("<r>") and s.endswith("</r>")


class AsNumber:
    """A value for `SafeSheet.put_row` to write as `number` writes it, whatever its type (a text in a number
    column: blank when empty, else the text with a problem row)."""

    __slots__ = ("value",)

    def __init__(self, value) -> None:
        self.value = value


class AsFormula:
    """A formula of our own making and its cached value, for `SafeSheet.whole_row` (written as `formula` writes it)."""

    __slots__ = ("text", "cached")

    def __init__(self, text: str, cached) -> None:
        self.text, self.cached = text, cached


class SafeSheet:
    """A worksheet whose every write is typed, checked and quote-protected."""

    __slots__ = ("book", "_ws", "truncated", "_widths", "_heights", "_print", "_chart", "_setup", "_w_str", "_w_num",
                 "_w_blank", "_w_formula", "_streamed", "_titled")

    def __init__(self, book: "SafeBook", ws) -> None:
        self.book = book
        self._ws = ws
        # XlsxWriter's undecorated cell writers (no A1-notation check per call: we always pass
        # row and column numbers); the public ones where a version has no such method
        self._w_str = getattr(ws, "_write_string", ws.write_string)
        self._w_num = getattr(ws, "_write_number", ws.write_number)
        self._w_blank = getattr(ws, "_write_blank", ws.write_blank)
        self._w_formula = getattr(ws, "_write_formula", ws.write_formula)
        self._widths: dict[int, float] = {}  # column → width in characters, for the print scale
        self._heights: dict[int, float] = {}  # row → height in points where not ROW_PT (up to BALANCE_MAX_ROWS)
        self._print: tuple | None = None
        self._chart = False
        self._setup = False  # print_setup was called (else the book gives the sheet a default on close)
        self._titled: tuple[tuple[int, int], int] | None = None  # (repeated rows, the last row they title): see below
        self.truncated: list[tuple[int, int, str]] = []  # (row, col, full original text)
        self._streamed = False  # rows go to a temporary file as they are finished (see SafeBook.sheet)

    @property
    def name(self) -> str:
        return self._ws.name

    def _check(self, rc, what: str, row: int | None = None, col: int | None = None) -> None:
        if rc not in (None, 0):
            cell = a1_of(row, col) if row is not None and col is not None else ""
            raise OutputError(f"出力の書き込みに失敗しました（{what}、XlsxWriter の戻り値 {rc}）",
                              file=self.book.path.name, sheet=self.name, cell=cell, code="writer_error")

    # -- cells ---------------------------------------------------------------------------
    def text(self, row: int, col: int, value, fmt=None) -> None:
        """A text, quote-protected and cut to Excel's length.  An empty text is written as a blank cell with the
        format (as `value` and `number` write it): a cell holding "" looks empty but is not, so Ctrl+arrow stops
        on it, COUNTA counts it and ジャンプ → 空白セル skips it."""
        s, cut = clean_text(value)
        if not s:
            return self.blank(row, col, fmt)
        if cut:
            self._report_cut(row, col, str(value))
        if fmt is not None and fmt in self.book.tall and row not in self._heights:  # a title larger than the
            self.row_height(row, self.book.tall[fmt])  # rows' ROW_PT: its row as tall as its font (it was cut)
        if needs_quote(s):
            fmt = self.book.quoted(fmt)
        rc = self._w_str(row, col, s, fmt) if not rich_shaped(s) \
            else self._rich_shaped(row, col, s, fmt)
        if rc:
            self._check(rc, "文字列", row, col)

    def _rich_shaped(self, row: int, col: int, s: str, fmt) -> int:
        """A text shaped like rich-text XML ("<r>…</r>"): XlsxWriter copies such a string into the book unescaped
        (a submitted "<r>&</r>" made the workbook unreadable, "<r><t>…</t></r>" became formatting).  Written as a
        rich string of two runs in the cell's own font, it is escaped and reads back as the same text."""
        run = fmt if fmt is not None else self.book.fmt()
        args = (s[:3], run, s[3:]) + ((fmt,) if fmt is not None else ())
        return self._ws.write_rich_string(row, col, *args)

    def number(self, row: int, col: int, value, fmt=None) -> None:
        t = type(value)
        # the hot path: a plain int or float within Excel's range (NaN fails both comparisons)
        if (t is int or t is float) and -EXCEL_MAX_NUMBER <= value <= EXCEL_MAX_NUMBER:
            rc = self._w_num(row, col, value, fmt)
        elif value is None or value == "":
            return self.blank(row, col, fmt)
        elif not excel_number_ok(value):
            return self._not_a_number(row, col, value, fmt)
        else:
            rc = self._w_num(row, col, value, fmt)
        if rc:
            self._check(rc, "数値", row, col)

    def _not_a_number(self, row: int, col: int, value, fmt) -> None:
        self.book._add_problem(Problem(
            WARNING, f"数値「{value}」は Excel のセルに入らないため、文字として入れました", self.book.path.name,
            self.name, a1_of(row, col), "元のファイルの値を確認してください", code="number_not_writable"))
        self.text(row, col, str(value), fmt)

    def blank(self, row: int, col: int, fmt=None) -> None:
        rc = self._w_blank(row, col, None, fmt)
        if rc:
            self._check(rc, "空欄", row, col)

    def value(self, row: int, col: int, value, fmt=None) -> None:
        """A value of our own making: numbers as numbers, everything else as text."""
        if isinstance(value, bool):
            self._check(self._ws.write_boolean(row, col, value, fmt), "真偽値", row, col)
        elif isinstance(value, (int, float)):
            self.number(row, col, value, fmt)
        elif value is None or value == "":
            self.blank(row, col, fmt)
        else:
            self.text(row, col, value, fmt)

    def formula(self, row: int, col: int, formula: str, cached, fmt=None) -> None:
        """A formula of our own making with the value Python computed as its cached result."""
        rc = self._w_formula(row, col, "=" + formula.lstrip("="), fmt, _cached_value(cached))
        if rc:
            self._check(rc, "数式", row, col)

    def put_row(self, row: int, cells: list[tuple[int, object, object]]) -> None:
        """One row's cells [(col, value, fmt)], left to right: a ``str`` as `text`, None as `blank`, anything
        else (an ``AsNumber`` unwrapped) as `number`; the same cells as those calls one by one.  On a streamed sheet
        the row becomes its XML at once when every cell has a format (io/xlsx_rows.render_cells), else its cells
        are stored together (store_cells: one dimension check and no XlsxWriter call per cell)."""
        if not self._streamed:
            return self._put_cells(row, cells)
        ready = []
        for col, value, fmt in cells:
            t = type(value)
            if t is str and value:
                s, cut, fmt = self._prepared_text(value, fmt)
                if cut:
                    self._report_cut(row, col, value)
                if rich_shaped(s):  # as `text` writes it
                    self._check(self._rich_shaped(row, col, s, fmt), "文字列", row, col)
                else:
                    ready.append((col, TEXT, s, fmt))
            elif (t is int or t is float) and -EXCEL_MAX_NUMBER <= value <= EXCEL_MAX_NUMBER:
                ready.append((col, NUMBER, value, fmt))
            elif value is None or t is str:  # None or an empty text: a blank, as `text` writes it
                if fmt is not None:  # XlsxWriter writes no blank cell without a format
                    ready.append((col, BLANK, None, fmt))
            else:
                self.number(row, col, value.value if t is AsNumber else value, fmt)
        # the row's XML at once (each cell formatted), else its cells for the flush of the row
        if ready and not render_cells(self._ws, row, ready) and not store_cells(self._ws, row, ready):
            self._put_ready(row, ready)

    def whole_row(self, row: int, cells: list[tuple[int, object, object]], *, checked: bool = False) -> None:
        """One whole row, [(col, value, fmt)] left to right and written once: a ``str`` as
        `text`, None as `blank`, an ``AsFormula`` as `formula`, anything else (an ``AsNumber`` unwrapped) as
        `number`; the same cells as those calls one by one.  A row of plain cells, each with a format, becomes its
        XML at once (io/xlsx_rows.render_cells: ~4x less work than the cell table and its writer at close; the
        grid's 3,000 union rows); any other row is written cell by cell.  ``checked``: every formula is a row
        pattern `plain_formula` accepted (the row number cannot change that)."""
        ready: list | None = [] if not self._ws.use_future_functions else None
        cuts: list[tuple[int, str]] = []  # texts cut to Excel's length, reported once the row is written
        last = -1
        for col, value, fmt in cells if ready is not None else ():
            t = type(value)
            if fmt is None or col <= last:  # XlsxWriter writes no blank without a format; left to right only
                ready = None
                break
            last = col
            if t is AsNumber:
                value = value.value
                t = type(value)
                if t is str and value:  # a text where a number goes: `number` notes it
                    ready = None
                    break
            if t is str and value:
                if rich_shaped(value):  # as `text` writes it
                    ready = None
                    break
                s, cut, quoted = self._prepared_text(value, fmt)
                if cut:
                    cuts.append((col, value))
                ready.append((col, TEXT, s, quoted))
            elif (t is int or t is float) and -EXCEL_MAX_NUMBER <= value <= EXCEL_MAX_NUMBER:
                ready.append((col, NUMBER, value, fmt))
            elif value is None or t is str:
                ready.append((col, BLANK, None, fmt))
            elif t is AsFormula and (checked or plain_formula(value.text)):
                ready.append((col, FORMULA, (value.text.lstrip("="), _cached_value(value.cached)), fmt))
            else:
                ready = None
                break
        if ready is not None and render_cells(self._ws, row, ready):
            for col, value in cuts:
                self._report_cut(row, col, value)
            return
        self._put_cells(row, cells)

    def _prepared_text(self, value: str, fmt) -> tuple[str, bool, object]:
        """A non-empty text as `text` writes it: (the text, whether it was cut to Excel's length, its format,
        quote-protected when it starts like a formula).  clean_text's work only for a text that needs it (long,
        or a control character)."""
        s, cut = clean_text(value) if len(value) > _SHORT_TEXT or _CONTROL_RE.search(value) else (value, False)
        return s, cut, self.book.quoted(fmt) if s.startswith(_FORMULA_START) else fmt

    def _report_cut(self, row: int, col: int, full: str) -> None:
        self.truncated.append((row, col, full))
        self.book.report_cut(self, row, col, full)

    def _put_cells(self, row: int, cells) -> None:
        """Cells one by one: an ``AsFormula`` as `formula`, a ``str`` as `text`, None as `blank`, anything else
        (an ``AsNumber`` unwrapped) as `number`."""
        for col, value, fmt in cells:
            t = type(value)
            if t is AsFormula:
                self.formula(row, col, value.text, value.cached, fmt)
            elif t is str:
                self.text(row, col, value, fmt)
            elif value is None:
                self.blank(row, col, fmt)
            else:
                self.number(row, col, value.value if t is AsNumber else value, fmt)

    def _put_ready(self, row: int, ready: list) -> None:
        """Prepared cells one by one through XlsxWriter (a refused row: the return code names the problem)."""
        for col, kind, value, fmt in ready:
            if kind == TEXT:
                self._check(self._w_str(row, col, value, fmt), "文字列", row, col)
            elif kind == NUMBER:
                self._check(self._w_num(row, col, value, fmt), "数値", row, col)
            else:
                self._check(self._w_blank(row, col, None, fmt), "空欄", row, col)

    def merge(self, first_row: int, first_col: int, last_row: int, last_col: int, value, fmt=None) -> None:
        """Merged cells holding a text (quote-protected and length-checked like `text`)."""
        s = clean_text(value)[0]
        if needs_quote(s):
            fmt = self.book.quoted(fmt)
        self._check(self._ws.merge_range(first_row, first_col, last_row, last_col, "", fmt), "セルの結合",
                    first_row, first_col)
        if s:  # an empty merged box stays a formatted blank, as XlsxWriter wrote it
            self.text(first_row, first_col, value, fmt)

    def merge_top(self, first_row: int, first_col: int, last_row: int, last_col: int, value, fmt=None) -> None:
        """Like `merge`, but only the first row's cells are written now: the caller writes the cells of the rows
        below as blanks with the same format (`blank`) when it reaches them.  A streamed sheet takes its rows in
        order, so a merge over two heading rows cannot write both at once."""
        s = clean_text(value)[0]
        if needs_quote(s):
            fmt = self.book.quoted(fmt)
        ws = self._ws
        merged, ranges = getattr(ws, "merged_cells", None), getattr(ws, "merge", None)
        if merged is None or ranges is None or not self._streamed:  # pragma: no cover - other XlsxWriter versions
            return self.merge(first_row, first_col, last_row, last_col, value, fmt)
        from xlsxwriter.utility import xl_range

        for row, col in ((first_row, first_col), (last_row, last_col)):
            if ws._check_dimensions(row, col, True, True):
                self._check(-1, "セルの結合", row, col)
        cell_range = xl_range(first_row, first_col, last_row, last_col)
        for row in range(first_row, last_row + 1):
            for col in range(first_col, last_col + 1):
                if (row, col) in merged:
                    self._check(-3, "セルの結合（重なり）", row, col)
                merged[(row, col)] = cell_range
        ranges.append([first_row, first_col, last_row, last_col])
        self.text(first_row, first_col, s, fmt) if s else self.blank(first_row, first_col, fmt)
        for col in range(first_col + 1, last_col + 1):
            self.blank(first_row, col, fmt)

    # -- layout ----------------------------------------------------------------------------
    def column_width(self, first: int, last: int, width: float) -> None:
        self._check(self._ws.set_column(first, last, width), "列幅", 0, first)
        for c in range(first, min(last, first + 400) + 1):
            self._widths[c] = width

    def width(self, col: int) -> float:
        """A column's width in characters as set (Excel's default where none was)."""
        return self._widths.get(col, DEFAULT_WIDTH)

    def row_height(self, row: int, height: float | None, *, hidden: bool = False) -> None:
        rc = self._ws.set_row(row, height, None, {"hidden": True}) if hidden else self._ws.set_row(row, height)
        self._check(rc, "行の高さ", row, 0)
        if row <= BALANCE_MAX_ROWS:
            if hidden or height is not None:
                self._heights[row] = 0.0 if hidden else float(height)
            else:
                self._heights.pop(row, None)

    def fit_row(self, row: int, texts, *, always: bool = False) -> None:
        """Make ``row`` tall enough for its wrapped texts, given as (text, column width) pairs; a row whose texts all
        fit on one line keeps the default height (``always``: gets the height of one wrapped line).  Without it a
        wrapped text's next lines print over the rows below: Excel does not grow a row for wrapped text written by a
        program.  A text of under half its width in characters and without a line break is not measured (a
        character is at most two columns: one line).  Call it before the row's cells on a streamed sheet."""
        tall = max([wrapped_height(t, w) for t, w in texts if len(t) * 2 >= w or "\n" in t], default=ONE_LINE_PT)
        if tall > ONE_LINE_PT or always:
            self.row_height(row, min(tall, MAX_ROW_PT))

    def freeze(self, row: int, col: int) -> None:
        self._check(self._ws.freeze_panes(row, col), "ウィンドウ枠の固定", row, col)

    def filter(self, first_row: int, first_col: int, last_row: int, last_col: int) -> None:
        self._check(self._ws.autofilter(first_row, first_col, last_row, last_col), "フィルター", first_row, first_col)

    def conditional_format(self, first_row: int, first_col: int, last_row: int, last_col: int, options: dict) -> None:
        self._check(self._ws.conditional_format(first_row, first_col, last_row, last_col, options), "条件付き書式",
                    first_row, first_col)

    def validation(self, first_row: int, first_col: int, last_row: int, last_col: int, options: dict) -> None:
        self._check(self._ws.data_validation(first_row, first_col, last_row, last_col, options), "入力規則",
                    first_row, first_col)

    def chart(self, row: int, col: int, chart: "Chart") -> None:
        self._check(self._ws.insert_chart(row, col, chart._chart), "グラフ", row, col)
        self._chart = True

    def print_setup(self, *, landscape: bool, title: str, fit: tuple[int, int] | None = None,
                    repeat_rows: tuple[int, int] | None = None, repeat_columns: tuple[int, int] | None = None,
                    area: tuple[int, int, int, int] | None = None, margins: dict | None = None,
                    paper: str = "A4", across: bool = False, v_breaks: list[int] | None = None,
                    h_breaks: list[int] | None = None, dated: bool = True, v_groups: list[int] | None = None,
                    h_groups: list[int] | None = None, titled_until: int | None = None) -> None:
        """Paper, orientation, repeated titles, print area, header (report name, date) and footer (N / M ページ).
        ``titled_until``: the last row ``repeat_rows`` title (a table with a chart on a page of its own below it): when
        the rows down to it all print on the first page they are not repeated (the chart's page held the table's
        heading alone above the chart).
        ``dated`` False (or the book's ``dated`` False): no date in the header (a template to hand out: the same file
        whatever day it is made).
        ``v_groups`` / ``h_groups``: the first columns / rows of sections under one heading (a form's section, a
        question and its answer box), kept on one page where they fit on one.

        Without ``fit`` the scale is chosen when the book is closed (`print_plan`): as large as the
        paper allows up to 100 %, never so small that the smallest font prints under 7 pt; what is
        wider then goes onto further pages with ``repeat_columns`` printed on each."""
        ws = self._ws
        self._setup = True
        (ws.set_landscape if landscape else ws.set_portrait)()
        ws.set_paper(PAPERS[paper][0])
        ws.set_margins(**{**DEFAULT_MARGINS, **(margins or {})})
        if repeat_rows is not None and titled_until is None:
            self._check(ws.repeat_rows(*repeat_rows), "印刷タイトル行")
        self._titled = (repeat_rows, titled_until) if repeat_rows is not None and titled_until is not None else None
        if repeat_columns is not None:
            self._check(ws.repeat_columns(*repeat_columns), "印刷タイトル列")
        if area is not None:
            self._check(ws.print_area(*area), "印刷範囲")
        if across:
            ws.print_across()
        if v_breaks:
            self._check(ws.set_v_pagebreaks(v_breaks), "改ページ")
        if h_breaks:
            self._check(ws.set_h_pagebreaks(h_breaks), "改ページ")
        self._check(ws.set_header(page_header(title, dated=dated and self.book.dated)), "ヘッダー")
        self._check(ws.set_footer(PAGE_FOOTER), "フッター")
        if fit is not None:
            ws.fit_to_pages(*fit)
        self._print = (landscape, paper, margins or {}, area, repeat_columns, v_breaks or [], repeat_rows,
                       tuple(sorted(h_breaks or ())), frozenset(v_groups or ()), frozenset(h_groups or ())) \
            if fit is None else None

    def apply_print_scale(self, min_font: float) -> int | None:
        """Set the print scale planned by `print_setup` (called by the book on close); returns it."""
        if self._print is None:
            return None
        landscape, paper, margins, area, repeat, v_breaks, repeat_rows, own_rows, groups, row_groups = self._print
        m = {**DEFAULT_MARGINS, **margins}
        page_w = PAPERS[paper][2 if landscape else 1] - (m["left"] + m["right"]) * 72
        first, last = (area[1], area[3]) if area else (0, max(self._widths, default=0))
        pts = {c: column_points(self._widths.get(c, DEFAULT_WIDTH)) for c in range(first, last + 1)}
        rep = sum(column_points(self._widths.get(c, DEFAULT_WIDTH)) for c in range(repeat[0], repeat[1] + 1)) \
            if repeat else 0.0
        if self._chart:
            min_font = min(min_font, CHART_FONT_PT)
        cuts = [first, *[b for b in sorted(v_breaks) if first < b <= last], last + 1]
        scale = min(print_scale(page_w, [pts[c] for c in range(a, b)] + ([rep] if a != first and rep else []),
                                rep, min_font) for a, b in zip(cuts, cuts[1:]) if b > a)
        rows = self._row_sizes(area, repeat_rows) if area is not None else None
        page_h = (PAPERS[paper][1 if landscape else 2] - (m["top"] + m["bottom"]) * 72) * WIDTH_SLACK
        row_starts = {r - rows[0] for r in row_groups if r > rows[0]} if rows is not None else set()
        if rows is not None:  # (the sheet's own breaks kept: a table and its chart on pages of their own)
            forced = [b - rows[0] for b in own_rows if 0 < b - rows[0] < len(rows[1])]
            scale = _fewer_row_pages(rows[1], rows[2], page_h, scale, math.ceil(MIN_PRINT_PT / min_font * 100),
                                     row_starts, forced)
        self._ws.set_print_scale(scale)
        if self._titled is not None:  # repeated only where the table they title runs past its first page
            (top, bottom), until = self._titled
            if rows is None or sum(rows[1][:until - rows[0] + 1]) * scale / 100 > page_h:
                self._check(self._ws.repeat_rows(top, bottom), "印刷タイトル行")
        self._break_columns(cuts, pts, rep, page_w, scale, groups)
        if rows is not None and not own_rows:
            room = page_h * 100 / scale
            found = page_breaks(rows[1], room, room - rows[2], starts=row_starts)
            if found:
                self._check(self._ws.set_h_pagebreaks([rows[0] + i for i in found]), "改ページ")
        return scale

    def column_pages(self, first: int, last: int, *, landscape: bool, paper: str = "A4",
                     repeat: tuple[int, int] | None = None, groups=()) -> list[int]:
        """The column breaks a wide sheet will print with, worked out once its column widths are set and before its
        headings are written (so that a heading merged over a section can be split where the pages break): at the
        scale the book's smallest font allows so far, sections starting at ``groups`` kept whole where they fit on a
        page.  Given back to `print_setup` as ``v_breaks``, the pages break there."""
        page_w = PAPERS[paper][2 if landscape else 1] - (DEFAULT_MARGINS["left"] + DEFAULT_MARGINS["right"]) * 72
        pts = [column_points(self._widths.get(c, DEFAULT_WIDTH)) for c in range(first, last + 1)]
        rep = sum(column_points(self._widths.get(c, DEFAULT_WIDTH)) for c in range(repeat[0], repeat[1] + 1)) \
            if repeat else 0.0
        min_font, room = self.book.min_font(), page_w * WIDTH_SLACK
        starts = {c - first for c in groups if first < c <= last}
        scale = print_scale(page_w, pts, rep, min_font)
        for _ in range(4):  # the scale the book will print with given these breaks (apply_print_scale), till it holds
            f = scale / 100
            found = page_breaks([p * f for p in pts], room, room - rep * f, starts=starts)
            cuts = [0, *found, len(pts)]
            then = min(print_scale(page_w, pts[a:b] + ([rep] if a and rep else []), rep, min_font)
                       for a, b in zip(cuts, cuts[1:]))
            if then == scale:
                break
            scale = then
        return [first + i for i in found]

    def _row_sizes(self, area: tuple, repeat_rows: tuple[int, int] | None):
        """(first row, heights of the print area's rows, height of the rows repeated on every page), in points at
        100 %; None for a sheet too long to be worth balancing."""
        first, last = area[0], area[2]
        if last - first > BALANCE_MAX_ROWS:
            return None
        h = self._heights
        rep = sum(h.get(r, ROW_PT) for r in range(repeat_rows[0], repeat_rows[1] + 1)) if repeat_rows else 0.0
        return first, [h.get(r, ROW_PT) for r in range(first, last + 1)], rep

    def _break_columns(self, cuts: list[int], pts: dict, rep: float, page_w: float, scale: int, groups) -> None:
        """Column breaks within each stretch between the given ones where the sheet has sections (``groups``): kept
        whole.  Without sections the renderers break the columns themselves: the widths here are the wider of Excel's
        and LibreOffice's (a form 6 % wider than the page by that measure printed on one page across, and a break put
        in for it split it in two)."""
        if not groups:
            return
        f = scale / 100
        room = page_w * WIDTH_SLACK
        found = []
        for a, b in zip(cuts, cuts[1:]):
            sizes = [pts[c] * f for c in range(a, b)]
            other = room - rep * f
            found += [a + i for i in page_breaks(sizes, room if a == cuts[0] else other, other,
                                                 starts={c - a for c in groups if a < c < b})]
        if found:
            self._check(self._ws.set_v_pagebreaks(sorted({*cuts[1:-1], *found})), "改ページ")

    def protect(self, password: str | None, options: dict) -> None:
        self._check(self._ws.protect(password or "", options), "シートの保護")

    def hide(self) -> None:
        self._ws.hide()

    def activate(self) -> None:
        self._ws.activate()


class Chart:
    """A chart built in one call; only `SafeSheet.chart` places it."""

    __slots__ = ("_chart",)

    def __init__(self, chart) -> None:
        self._chart = chart


IN_MEMORY_CELLS = 100_000  # streamed sheets' used area up to which a book is assembled in memory (_close_workbook)
IN_MEMORY_HELD_CELLS = 1_000_000  # … and its in-memory sheets' used area (their cells are all held already)


class SafeBook:
    def __init__(self, path: Path, outputs: OutputSet | None = None) -> None:
        import xlsxwriter  # lazy

        self.path = Path(path)
        self._own_outputs = outputs is None  # then closing the book commits its set
        self.outputs = outputs if outputs is not None else OutputSet(self.path)
        self.tmp = self.outputs.temp_for(self.path)
        self._wb = xlsxwriter.Workbook(str(self.tmp), {
            "strings_to_formulas": False,
            "strings_to_urls": False,
            "strings_to_numbers": False,
            "nan_inf_to_errors": False,  # never reached: numbers are checked before they are written
        })
        self._wb.formats[0].set_font_name(JAPANESE_FONT)
        self._formats: dict = {}
        self._quoted: dict = {}
        self.tall: dict = {}  # format → the row height its larger font needs (titles; see SafeSheet.text)
        self._choices: SafeSheet | None = None
        self._problem_sheets: list[tuple[SafeSheet, list[Problem]]] = []
        self.sheets: list[SafeSheet] = []
        self.problems: list[Problem] = []  # what the writer itself had to do (cut text, unwritable number)
        self.side_file: Path | None = None
        self._filling = False  # the problems sheets are being filled
        self._finished = False
        self.title = ""  # report name printed in the page header of sheets that do not name their own
        self.dated = True  # False: no day in any page header (a template: the same file whatever day it is made)
        self._rows_dir: str | None = None  # streamed sheets' row files
        self.stream = True  # False: sheets asked for as streamed are kept in memory too (a small book)

    @property
    def side_path(self) -> Path:
        return self.path.with_name(self.path.stem + SIDE_FILE_SUFFIX)

    @property
    def problems_csv_path(self) -> Path:
        return self.path.with_name(self.path.stem + PROBLEMS_CSV_SUFFIX)

    # -- styles ----------------------------------------------------------------------------
    def fmt(self, **props):
        key = tuple(sorted(props.items()))
        if key not in self._formats:
            props.setdefault("font_name", JAPANESE_FONT)
            self._formats[key] = f = self._wb.add_format(props)
            if props.get("font_size", DEFAULT_FONT_PT) > DEFAULT_FONT_PT and not props.get("text_wrap"):
                self.tall[f] = max(ROW_PT, round(props["font_size"] * 1.45 + 4, 1))  # (a title's row grows with it)
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
            self._quoted[key] = self._wb.add_format(props)
        return self._quoted[key]

    # -- sheets, names, properties, charts --------------------------------------------------
    def sheet(self, name: str, *, streamed: bool = False) -> SafeSheet:
        """A new sheet.  ``streamed``: its rows go to a temporary file as soon as a later row is written
        (XlsxWriter's constant_memory, for this sheet only), so a sheet of any length costs one row of memory.
        Such a sheet must be written row by row, top to bottom (a write or a row height above the current
        row raises OutputError); texts are stored in the cells (inline), not in the shared string table."""
        ws = self._wb.add_worksheet(name)
        # every row ROW_PT high unless set: Excel draws a row of 游ゴシック 11 pt 18.75 pt high, LibreOffice (without
        # that font) 15 pt, so the two printed different pages; the manual page breaks assume this height
        ws.set_default_row(ROW_PT)
        _speed_up_formulas(ws)
        install_row_writer(ws)
        sh = SafeSheet(self, ws)
        if streamed and self.stream:
            sh._streamed = _stream_rows(ws, self._stream_folder)
        self.sheets.append(sh)
        return sh

    def _stream_folder(self) -> str:
        """The temporary folder of the streamed sheets' row files (removed when the book is closed or abandoned)."""
        if self._rows_dir is None:
            import tempfile

            self._rows_dir = tempfile.mkdtemp(prefix="wbt_rows_")
        return self._rows_dir

    def _remove_row_files(self) -> None:
        """Close every streamed sheet's row file (Windows cannot delete an open file), then remove the folder."""
        if self._rows_dir is None:
            return
        import shutil

        for sh in self.sheets:
            fh = getattr(sh._ws, "row_data_fh", None) if sh._streamed else None
            if fh is not None and not fh.closed:
                fh.close()
        shutil.rmtree(self._rows_dir, ignore_errors=True)
        self._rows_dir = None

    def choices_sheet(self) -> SafeSheet:
        """A hidden sheet holding dropdown lists (created on first use)."""
        if self._choices is None:
            self._choices = self.sheet("選択肢")
            self._choices.hide()
            self._choices.protect("", {})
        return self._choices

    def define_name(self, name: str, sheet: str, ref: str) -> None:
        """A workbook-level name for `ref` (e.g. "$A$1:$B$3") on `sheet`."""
        quoted = "'" + sheet.replace("'", "''") + "'"
        if self._wb.define_name(name, f"={quoted}!{ref}") not in (None, 0):
            raise OutputError(f"名前「{name}」を定義できません", file=self.path.name, sheet=sheet, cell=ref,
                              code="writer_error")

    def set_properties(self, props: dict) -> None:
        self._wb.set_properties(props)

    def set_custom_property(self, name: str, value: str) -> None:
        if self._wb.set_custom_property(name, value) not in (None, 0):
            raise OutputError(f"文書プロパティ「{name}」を書けません", file=self.path.name, code="writer_error")

    def chart(self, options: dict, series: list[dict], *, title: dict | None = None, x_axis: dict | None = None,
              y_axis: dict | None = None, legend: dict | None = None, size: dict | None = None) -> Chart:
        chart = self._wb.add_chart(options)
        if chart is None:
            raise OutputError(f"グラフを作れません（{options}）", file=self.path.name, code="writer_error")
        for s in series:
            chart.add_series(s)
        for setter, value in ((chart.set_title, title), (chart.set_x_axis, x_axis), (chart.set_y_axis, y_axis),
                              (chart.set_legend, legend), (chart.set_size, size)):
            if value is not None:
                setter(value)
        return Chart(chart)

    # -- problems and over-long texts -----------------------------------------------------------
    def _add_problem(self, problem: Problem) -> None:
        if self._finished:  # the problems sheet is already filled: never drop a row silently
            raise OutputError(problem.message, file=problem.file, sheet=problem.sheet, cell=problem.cell,
                              code=problem.code)
        self.problems.append(problem)

    def report_cut(self, sheet: SafeSheet, row: int, col: int, full: str) -> None:
        self._add_problem(Problem(
            WARNING, f"{utf16_len(full):,} 文字（UTF-16 単位）の文字列が Excel のセルの上限（32,767）を超えるため、"
                     f"セルには先頭だけを入れました。全文は {self.side_path.name} にあります",
            self.path.name, sheet.name, a1_of(row, col), "全文は別ファイルで確認してください", code="cell_text_cut"))

    def problems_sheet(self, sheet_name: str, problems) -> SafeSheet:
        """The problems sheet: placed now, filled when the book is finished (so it also lists
        what the writer itself reported, wherever that happened).  ``problems``: a list, or a function
        giving it when the book is finished (problems noted while the other sheets are written)."""
        ws = self.sheet(sheet_name, streamed=True)
        self._problem_sheets.append((ws, problems if callable(problems) else list(problems)))
        return ws

    def finish(self) -> Path | None:
        """Fill the problems sheets and write the side file; returns the side file, if any."""
        if self._finished:
            return self.side_file
        if self._filling:
            raise OutputError("出力の仕上げが二重に呼ばれました", file=self.path.name, code="writer_error")
        self._filling = True
        rows = list(self.problems)
        over = []
        for ws, problems in self._problem_sheets:
            problems = list(problems()) if callable(problems) else problems
            # a cut inside the problems sheet itself goes to the side file like any other
            if _fill_problems_sheet(self, ws, problems + rows):
                over = problems + rows
        self._finished = True
        if over:
            _write_problems_csv(self, over)
        else:
            self.outputs.drop(self.problems_csv_path)
        if self.problems and not self._problem_sheets:
            first = self.problems[0]
            raise OutputError(first.message, file=first.file, sheet=first.sheet, cell=first.cell, code=first.code)
        self.side_file = self._write_side_file()
        return self.side_file

    def _write_side_file(self) -> Path | None:
        cut = [(sh.name, a1_of(r, c), text) for sh in self.sheets for r, c, text in sh.truncated]
        if not cut:
            self.outputs.drop(self.side_path)
            return None
        text = "".join(f"===== {sheet}!{cell}（{len(t):,} 文字） =====\n{t}\n\n" for sheet, cell, t in cut)
        self.outputs.write_text(self.side_path, text)
        return self.side_path

    def min_font(self) -> float:
        """The smallest font size of the book's formats (what the print scale must keep at 7 pt)."""
        sizes = [getattr(f, "font_size", DEFAULT_FONT_PT) or DEFAULT_FONT_PT for f in self._wb.formats]
        return min(sizes, default=DEFAULT_FONT_PT)

    def abandon(self) -> None:
        try:
            self._wb.close()
        except Exception:  # noqa: BLE001 - the book is being thrown away; its temporary file goes below
            pass
        finally:
            self._remove_row_files()
            self.tmp.unlink(missing_ok=True)
            if self._own_outputs:
                self.outputs.abandon()

    def close(self) -> Path:
        """Finish and write the workbook to its temporary file; commit the set if the book owns it."""
        try:
            self.finish()
            self._apply_print()
            self._close_workbook()
        except BaseException:
            self.abandon()
            raise
        self._remove_row_files()
        if self._own_outputs:
            self.outputs.commit()
        return self.path

    def _in_memory_areas(self) -> bool:
        """Whether the streamed sheets' used area is at most IN_MEMORY_CELLS and the other sheets' at most
        IN_MEMORY_HELD_CELLS."""
        streamed = held = 0
        for sh in self.sheets:  # the used area: A1 to the farthest written cell
            rows, cols = sh._ws.dim_rowmax, sh._ws.dim_colmax
            area = (rows + 1) * (cols + 1) if rows is not None and cols is not None else 0
            if sh._streamed:
                streamed += area
            else:
                held += area
        return streamed <= IN_MEMORY_CELLS and held <= IN_MEMORY_HELD_CELLS

    def _apply_print(self) -> None:
        """Print scales for every sheet (and a default layout for a sheet that has none)."""
        min_font = self.min_font()
        for sh in self.sheets:
            if not sh._setup:  # a sheet without a layout of its own still prints readable and numbered
                sh.print_setup(landscape=True, title=f"{self.title}　{sh.name}" if self.title else sh.name,
                               repeat_rows=(0, 0))
            sh.apply_print_scale(min_font)

    def _close_workbook(self) -> None:
        from xlsxwriter.exceptions import FileCreateError

        # XlsxWriter writes every part (~20 for our books) to a temporary file, times it, zips and deletes
        # it; for a small book that costs more than the work itself (~50 ms of a one-file consolidation,
        # more where a virus scanner looks at each temporary file).  Same workbook either way.  A sheet kept in
        # memory holds every cell already (~100 bytes each in XlsxWriter's table), so its XML in memory (~30 bytes
        # a cell) is assembled there up to a large area (a 3,000-union grid: ~50 ms less); a streamed sheet was
        # streamed to keep memory flat, so past a small area its rows stay in their file.
        if not self._wb.constant_memory and self._in_memory_areas():
            self._wb.in_memory = True
        try:
            self._wb.close()
        except FileCreateError as exc:
            cause = exc.args[0] if exc.args and isinstance(exc.args[0], OSError) else exc
            raise output_error(cause, self.path) from exc
        except OSError as exc:
            raise output_error(exc, self.path) from exc
        self._release_cells()

    def _release_cells(self) -> None:
        """Empty every sheet's cell table once the book is written.  XlsxWriter's workbook and sheets refer to
        each other, so the book is freed only by the cycle collector, which would first walk every cell held
        (about 50 ms at a 3,000-union grid's exit); emptied, the cells are freed at once."""
        for sh in self.sheets:
            table = getattr(sh._ws, "table", None)
            if isinstance(table, dict):
                table.clear()


# XlsxWriter rewrites every formula with ~30 regular expressions to prefix
# newer Excel functions.  Our formulas are our own and use none of them, so a
# single check decides whether that rewrite is needed (3-4x faster writes).
_NEEDS_PREFIX = re.compile(
    r"\b(ANCHORARRAY|BYCOL|BYROW|CHOOSECOLS|CHOOSEROWS|DROP|EXPAND|FILTER|HSTACK|LAMBDA|MAKEARRAY|MAP|"
    r"RANDARRAY|REDUCE|SCAN|SINGLE|SEQUENCE|SORT|SORTBY|SWITCH|TAKE|TEXTSPLIT|TOCOL|TOROW|UNIQUE|VSTACK|"
    r"WRAPCOLS|WRAPROWS|XLOOKUP)\(")


def _stream_rows(ws, folder) -> bool:
    """Put one XlsxWriter worksheet in constant_memory mode (what the workbook option does for every sheet, in
    Worksheet._initialize; the packager then assembles it from the row file).  False: not possible with this
    XlsxWriter version, the sheet stays in memory.  ``folder()`` gives the folder of the row file."""
    import os
    import tempfile

    needed = ("constant_memory", "row_data_fh", "row_data_filename", "row_data_fh_closed", "_write_single_row",
              "_opt_reopen", "table")
    if not all(hasattr(ws, a) for a in needed) or ws.table:  # pragma: no cover - other XlsxWriter versions
        return False
    fd, name = tempfile.mkstemp(dir=folder())
    os.close(fd)
    ws.row_data_filename = name
    ws.row_data_fh = open(name, mode="w+", encoding="utf-8")  # noqa: SIM115 - XlsxWriter closes it on assembly
    ws.row_data_fh_closed = False
    ws.fh = ws.row_data_fh
    ws.constant_memory = True
    return True


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


def preload() -> None:
    """Import XlsxWriter now: a caller that waits for something else (an isolated read) pays the import there."""
    import xlsxwriter  # noqa: F401


@contextmanager
def safe_book(path: Path, outputs: OutputSet | None = None):
    """A book written to a temporary file; with `outputs`, it joins that set (committed by its owner)."""
    book = SafeBook(path, outputs)
    try:
        yield book
    except BaseException:
        book.abandon()
        raise
    book.close()


PROBLEM_HEADERS = ["ファイル", "シート", "セル", "重要度", "内容", "対応"]
_SEVERITY_ORDER = {"エラー": 0, "警告": 1, "情報": 2}


def write_problems_sheet(book: SafeBook, problems, sheet_name: str) -> SafeSheet:
    """Every problem with where it is and what to do, errors first; print-ready.  The rows are
    written when the book is finished, together with the writer's own problems."""
    return book.problems_sheet(sheet_name, problems)


_A1_START = re.compile(r"([A-Z]{1,3})(\d{1,7})")


def _cell_order(cell: str) -> tuple:
    """A problem's cell in reading order (B8 before B17, A2 before B2), whatever else it says (「B7:C9」, 「12行目」)."""
    m = _A1_START.match(cell or "")
    if m is None:
        return (1, cell or "")
    return (0, int(m.group(2)), len(m.group(1)), m.group(1), cell)


def _fill_problems_sheet(book: SafeBook, ws: SafeSheet, problems: list[Problem]) -> bool:
    """Header, then one row per problem; True when the list was cut at the sheet's row limit."""
    head = book.fmt(bold=True, bg_color="#DDEBF7", border=1, align="center")
    cell = book.fmt(border=1, text_wrap=True, valign="top")
    error = book.fmt(border=1, valign="top", font_color="#9C0006", bg_color="#FFC7CE")
    for i, h in enumerate(PROBLEM_HEADERS):
        ws.text(0, i, h, head)
    ordered = sorted(problems, key=lambda p: (_SEVERITY_ORDER.get(p.severity, 3), p.file, p.sheet, _cell_order(p.cell)))
    room = EXCEL_MAX_ROWS - 2  # the header and the note row
    cut = len(ordered) > EXCEL_MAX_ROWS - 1
    shown = ordered[:room] if cut else ordered
    for r, p in enumerate(shown, start=1):
        texts = ("" if v is None else str(v) for v in (p.file, p.sheet, p.cell, p.severity, p.message, p.action))
        ws.put_row(r, [(i, v, error if p.severity == "エラー" and i == 3 else cell) for i, v in enumerate(texts)])
        ws.fit_row(r, ((p.file or "", 30), (p.message or "", 50), (p.action or "", 50)), always=True)
    if cut:
        ws.text(len(shown) + 1, 0, f"シートに入りきらないため {len(shown):,} 件だけ表示しています。"
                                    f"ほか {len(ordered) - len(shown):,} 件（全 {len(ordered):,} 件）は "
                                    f"{book.problems_csv_path.name} にあります", error)
    if not ordered:
        ws.text(1, 0, "問題は見つかりませんでした", cell)
    ws.column_width(0, 0, 30)
    ws.column_width(1, 2, 10)
    ws.column_width(3, 3, 7)
    ws.column_width(4, 5, 50)
    ws.freeze(1, 0)
    ws.filter(0, 0, max(len(shown), 1), len(PROBLEM_HEADERS) - 1)
    ws.print_setup(landscape=True, title=f"{book.title}　{ws.name}" if book.title else ws.name,
                   repeat_rows=(0, 0), repeat_columns=(0, 0))
    return cut


def _write_problems_csv(book: SafeBook, problems: list[Problem]) -> None:
    """The whole problems list, UTF-8 with BOM (Excel opens it with the right encoding)."""
    import csv
    import io

    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(PROBLEM_HEADERS)
    for p in sorted(problems, key=lambda p: (_SEVERITY_ORDER.get(p.severity, 3), p.file, p.sheet,
                                             _cell_order(p.cell))):
        w.writerow([("'" + v if needs_quote(v) else v) for v in (p.file, p.sheet, p.cell, p.severity, p.message,
                                                                   p.action)])  # no formula when Excel opens it
    book.outputs.write_text(book.problems_csv_path, buf.getvalue(), bom=True)
