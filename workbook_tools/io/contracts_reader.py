"""Read Report B input: 新契約件数 per product × 県支部, every problem with file, sheet and cell.

Two shapes are read, on every sheet of the book:

- a long table, one row per product and 県支部 (the standard template: 商品｜県支部｜目標｜実績, found by its headings,
  forms/contracts.py FIGURES), with the optional 商品設定 table (商品｜時点｜注記);
- a cross table, the 県支部 down one column and the products' 目標 / 実績 across (the product over its columns, merged
  or not, or in the heading itself: 「団生目標」), or the same turned round (the 県支部 across the top, the products
  down the side).  A table's product can also be the heading above it (「(1) 団体生命共済 (2025年1月)」: HQ's blocks
  stacked on one sheet) or the sheet's own name or title (one sheet per product); a sheet named 目標 or 実績 says
  what all its figures are.

Rates typed in the book are never read (they are recomputed).  Total rows (合計, 全国計, 小計) are not 県支部.

What is out of sight or not this report's is left out and said: hidden rows and columns (last year's 目標｜実績 kept
beside this year's: ``said_hidden_columns``), hidden sheets, an earlier report's table beside this one's
(【前回報告】 | 【今回報告】: ``_Reader.versions``).  A 県支部 column holding only the federation's codes (「県CD」 1 … 49)
is read through core.prefectures (``_code_column``); a table with one column per month and no cumulative one has the
months' sum as its 実績 (``_month_columns``); a table continued on the next sheet (「（つづき）」) takes the month of
the sheet before (``_continued_as_of``); the file's name (「…_202501.xlsx」) gives a month only to the products
nothing inside the file gives one (``_file_name_as_of``).  Each of these is said as a problem naming its cells.

Several fiscal years in one table are never added up nor silently picked: columns under 「令和5年度（確定）」 beside
「令和6年度（1月末）」 (``_Reader.one_year``) and rows of a 「年度」 column (``_Reader.other_year_rows``: a system's
export of last year pasted above this year's) are read for the year asked (``read_contracts(year=…)``), else the
latest, and the others are said; so are the columns of a row of years under the measures (目標 over 「R7年度｜R8年度」),
a table beside this year's captioned as last year's (「（参考）令和7年度 同時期」: ``_Reader.other_year_tables``) and a
sheet whose title names another year than the others (last year's report left in the book, or Excel's copy
「R7年度 (2)」 retitled 令和8年度: ``_this_years_sheets``).  A column of codes is read as JIS 都道府県コード or as the federation's 県コード by
what the file says (heading, note, a code table, codes only one system has: ``_Reader.code_system``); when it says
both, or only 「都道府県コード」, the file is refused (13 is 東京 in JIS, 埼玉 for the federation).  Next month's sheet
prepared ahead (its 当月 all blank) is not the latest month (``_prepared_month``).  A 県支部's name with a note in
brackets (「高知（幡多含む）」) is read as the 県支部 and the note said; a month typed without its year (「11月末」,
「報告月｜11｜月末」) takes the year of the sheet's name or title (said); a line under the table 「以上（令和8年11月30日
現在）」 (``_footer_as_of``) and an era-dotted file name 「…_R8.11末.xlsx」 give a month to the products nothing else does.

How the figures arrived also shows in the shape, each reading said: a system's long export with one figure a row
(区分 目標 / 単月 / 累計 + 件数: ``_kind_columns``; its closing 「出力件数｜72」 「*** 以上 ***」: ``_trailer``); a heading
row pasted one column left of its figures (``_shifted_measures``); 「単月」 beside 「累計」 under 実績 is never the 実績;
month-end running totals 「6月末｜…｜5月末」 under 「累計件数（各月末）」 give their last filled column
(``_Reader.month_end_totals``); 「前月までの累計」 + 「当月」 with no 累計 column are added (``_Reader.prior_and_month``);
targets per half-year 「上期｜下期」 under each 県支部 are added (``_Reader.half_year_targets``); a line that is a month
alone (「1月末現在」 under 「令和8年度」, 「■ 実績は12月末現在（…）」) takes the campaign year's (``_Reader.title_month``);
a mail's 送信日時 is no as-of date.  A measure over several columns of its own (「実績」 merged over 「本人｜家族｜計」,
「実績（速報）｜実績（確定）」, 「件数｜人数」) reads its total, 確定 where typed and else 速報, the count among other units,
or parts added only when they are a known breakdown of one count (``_Reader.one_of_columns``); a long export's renewal
rows (契約区分 継続) are no new contracts (``_Reader.renewal_rows``) and the rows a 契約区分 / 加入区分 parts are read
per 県支部 and product (``_Reader.kind_rows``); a dash is 0 only on a sheet whose note says so (「※「－」は契約なし」:
``_dash_note``).
"""
from __future__ import annotations

import datetime as _dt
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from pathlib import Path

from workbook_tools.core.calendar import FiscalCalendar, YearMonth
from workbook_tools.core.contracts import PRODUCTS, BranchFigures, ProductInput
from workbook_tools.core.normalize import (TRAILING_NOTE, fiscal_year_cell, kanji_year_month, label_key, normalize_text,
                                           parse_count, parse_date, year_month_number)
from workbook_tools.core.prefectures import (Prefecture, by_code, by_jis, by_name, fold_variants, named_in,
                                              prefectures)
from workbook_tools.errors import ERROR, INFO, WARNING, InputError, Problem
from workbook_tools.forms import contracts as form
from workbook_tools.io.readers import SheetData, a1, open_book, parse_a1
from workbook_tools.io.styles import as_shown
from workbook_tools.io.table import find_header, read_table

_LONG = form.FIGURES  # the long table (its headings as the template has them and as HQ's system prints them)
_YEAR_HEADS = frozenset(("年度", "事業年度", "対象年度", "会計年度", "集計年度"))
# a long table's column saying whether a row is new contracts or renewals (a system's export of both)
_CONTRACT_KIND_HEADS = frozenset(label_key(x) for x in ("契約区分", "契約種別", "新規継続区分", "新規・継続", "新継区分",
                                                         "加入区分", "新規/継続", "加入者区分", "本人家族区分"))
_RENEWAL_WORD = re.compile("継続|更新")


def _is_renewal(key: str) -> bool:
    """A kind or heading of renewals (継続, 更新, 継続加入, 継続・更新, 更新等), never one naming 新規 too."""
    return bool(_RENEWAL_WORD.search(key)) and "新規" not in key and not key.startswith("うち")


_NEW_KINDS = frozenset(label_key(x) for x in ("新規", "新規契約", "新規分", "新規加入"))
# the kinds that part one count of new contracts, each counted once (新規＋切替, 本人＋家族, 男性＋女性): only such
# parts are added; 「うち…」 before each of them is the same
_BREAKDOWN = frozenset(label_key(x) for x in (
    "新規", "切替", "切替え", "切り替え", "転換", "新規加入", "中途加入", "本人", "家族", "配偶者", "子", "子ども", "こども",
    "男", "男性", "女", "女性", "正規", "非正規", "正職員", "正規職員", "非正規職員", "臨時", "会計年度任用職員", "組合員",
    "一般", "退職者", "現職", "本人加入", "家族加入"))


def _kind_total(kind: str) -> bool:
    """A kind (or a part's heading) that is the parts' total: 計, 合計, 「本人・家族計」, 「合計件数」 (not 累計)."""
    return kind in _SPLIT_TOTALS or kind.startswith("合計") or (kind.endswith("計") and not kind.endswith(
        ("累計", "統計", "集計", "推計", "見込計")))


def _kinds_add_up(kinds: list[str]) -> bool:
    """Whether parts of these kinds make one count together: two or more, each once, each a known breakdown."""
    bare = [_bare_part(k) for k in kinds]
    return len(bare) > 1 and len(set(bare)) == len(bare) and all(k in _BREAKDOWN for k in bare)


def _bare_part(key: str) -> str:
    """A part's key without 「うち」 before it and 「分」 / 「件数」 after it: 「うち新規分」 → 新規."""
    key = key[2:] if key.startswith("うち") else key
    for tail in ("件数", "分", "数"):
        if key.endswith(tail) and len(key) > len(tail):
            key = key[:-len(tail)]
    return key


_KIND_HEADS = frozenset(label_key(x) for x in form.KIND_LABELS)
_COUNT_HEADS = frozenset(label_key(x) for x in ("件数", "実件数", "契約件数", "件数(件)"))

_HEAD_ROWS = 4  # how far above a table's heading row its product heading may stand
_MAX_BRANCH_COLUMNS = 8  # tables side by side on one sheet, at most
_YM = re.compile(r"(?:(?:令和|平成|[RH])\s*(?:\d{1,2}|元)|\d{4})\s*年\s*\d{1,2}\s*月"
                 r"|(?:(?:令和|平成|[RH])\s*\d{1,2}|\d{4})\s*[/.．\-]\s*\d{1,2}(?!\d)")
_CODE_PREFIX = re.compile(r"^\d{1,2}\s*[.:：．\-_]?\s*(?=\D)")


def _ym_cell(raw) -> YearMonth | None:
    """A 時点 cell: 2025年1月, R6.12, 2025/1, a date, the number 2024.12 (typed as year.month) or 202501 (a system's
    year-month code)."""
    raw = _ym_cell_period(raw)
    if type(raw) in (int, float) and 190001 <= raw <= 210012 and raw == int(raw) and 1 <= int(raw) % 100 <= 12:
        return YearMonth(int(raw) // 100, int(raw) % 100)
    if isinstance(raw, float) and 1900 < raw < 2100:
        raw = repr(raw)  # 2024.12 → 「2024.12」 (2024.1 stays January: a number cannot say 10)
    elif isinstance(raw, bool) or raw is None:
        return None
    d = parse_date(raw)
    return YearMonth(d.year, d.month) if d.year and d.month else None


def _digits(value: str) -> str:
    """A caption's text normalised, its years and months written in kanji as digits (「令和八年十二月末現在」)."""
    text = normalize_text(value)
    return kanji_year_month(text) if _KANJI_NUMERAL.search(text) else text


_KANJI_NUMERAL = re.compile("[〇一二三四五六七八九十元][年月]")


def _month_value(value) -> YearMonth | None:
    """The month a date cell or a year.month number names (「2026/12」 kept by Excel as the date 2026-12-01, 「2026.11」 as
    the number 2026.11; never 2026.1: 「2026.10」 loses its 0), else None."""
    if isinstance(value, _dt.date):
        return _ym_cell(value)
    ym = year_month_number(value)
    return YearMonth(ym[0], ym[1][0]) if ym is not None and len(ym[1]) == 1 else None


def _month_in(value, ref: YearMonth | None) -> YearMonth | None:
    """_year_month_in, and a month without its year (「1月末」「12月末」) in the year of ``ref`` (the sheet's own
    month) or the year before it."""
    ym = _year_month_in(value)
    if ym is None and ref is not None and isinstance(value, str):
        text = _digits(value).strip().strip("()（）")
        m = _MONTH_ONLY.match(text)
        if m and 1 <= int(m.group(1)) <= 12:
            month = int(m.group(1))
            ym = YearMonth(ref.year if month <= ref.month else ref.year - 1, month)
        elif _LAST_MONTH.match(text):  # 「前月末」: the month before the sheet's own
            ym = YearMonth(ref.year - 1, 12) if ref.month == 1 else YearMonth(ref.year, ref.month - 1)
    return ym


_MONTH_IN_BRACKETS = re.compile(r"[(（]([^()（）]{2,12})[)）]\s*$")


def _bracket_month(value, ref: YearMonth | None) -> YearMonth | None:
    """A month without its year in brackets after a product's name (「■団体生命共済（1月末）」), in the year of ``ref``."""
    m = _MONTH_IN_BRACKETS.search(normalize_text(value)) if isinstance(value, str) else None
    return _month_in(m.group(1), ref) if m else None


def _ym_cell_period(raw):
    """A period 「2024年6月～2025年1月」 (a 集計期間): its last month's text; anything else as it is."""
    if isinstance(raw, str):
        parts = _PERIOD_SPLIT.split(normalize_text(raw).strip())
        if len(parts) == 2 and all(parts):
            return parts[1]
    return raw


_PERIOD_SPLIT = re.compile(r"\s*(?:～|〜|~|から)\s*")


def _year_month_in(value) -> YearMonth | None:
    """The year-month a heading, a title or a 時点 cell names (「(1) 団体生命共済 (2025年1月)」「R6年12月末現在」), or a
    month named after its fiscal year (「令和6年度（1月末）」: _fiscal_month)."""
    if not isinstance(value, str):
        return _ym_cell(value)
    text = _digits(value)
    m = _YM.search(text)
    if m:
        return _ym_cell(m.group(0).replace(" ", ""))
    return _fiscal_month(text) if "年度" in text else None


_CAMPAIGN = FiscalCalendar(6)  # the campaign year (年度) starts in June: 令和6年度 1月 is 2025年1月
_FISCAL_YEAR = re.compile(r"((?:令和|平成|[RH])\s*(?:\d{1,2}|元)|(?:19|20)\d{2})\s*年度")
_MONTH_AFTER = re.compile(r"(?<!\d)(\d{1,2})\s*月")
_RELATIVE_YEARS = (("前年度", -1), ("昨年度", -1), ("前々年度", -2), ("今年度", 0), ("本年度", 0), ("当年度", 0))


def _fiscal_start(text: str) -> int | None:
    """The calendar year a fiscal year named 「令和6年度」 / 「R6年度」 / 「2024年度」 starts in (2024)."""
    m = _FISCAL_YEAR.search(text)
    if m is None:
        return None
    d = parse_date(m.group(1).replace(" ", "") + "年6月")
    return d.year or None


def _fiscal_month(text: str) -> YearMonth | None:
    """A month written after the fiscal year it belongs to (「令和6年度（1月末）」, 「令和6年度 新契約件数 1月末現在」,
    the last month of 「令和6年度（6月～1月）」): in the campaign year's calendar (6月 … 翌5月)."""
    m = _FISCAL_YEAR.search(text)
    start = _fiscal_start(text) if m else None
    if start is None:
        return None
    rest = _ym_cell_period(text[m.end():])
    months = _MONTH_AFTER.search(rest) if isinstance(rest, str) else None
    if months is None or not 1 <= int(months.group(1)) <= 12:
        return None
    month = int(months.group(1))
    return YearMonth(_CAMPAIGN.year_of_month(start, month), month)


def _fiscal_year_of(value) -> int | None:
    """The fiscal year a column heading names: 「令和5年度（確定）」 → 2023, 「2024年度」 → 2024; 「前年度」 / 「今年度」
    without a year as ``_RELATIVE`` - 1 / ``_RELATIVE`` (compared only with each other).  None for any other cell."""
    if not isinstance(value, str) or "年度" not in value:
        return None
    text = normalize_text(value)
    start = _fiscal_start(text)
    if start is not None:
        return start
    key = label_key(text)
    return next((_RELATIVE + shift for word, shift in _RELATIVE_YEARS if word in key), None)


_RELATIVE = -10_000  # 前年度 / 今年度 without a year: far below any real year, so never mixed up with one


def _branch(value) -> Prefecture | None:
    """The 県支部 a cell names: 秋田, 東京都, 神奈川県本部, 埼⽟ (radicals), 「01北海道」 (a code typed before it), 「★香川」
    (a mark set before an achiever's name)."""
    if not isinstance(value, str) or len(value) > 40:  # (longer than any 県支部's name, however typed)
        return None
    p = by_name(value)
    if p is None:
        key = label_key(value)
        bare = _CODE_PREFIX.sub("", _MARK_PREFIX.sub("", key))  # 「★香　川」: an achiever's star before the name
        p = by_name(bare) if bare != key else None
        if p is None and (note := _branch_note(bare)):  # 「高知（幡多含む）」: a note in brackets after the name
            p = by_name(bare[:-len(note)])
    return p if p is not None and p.is_prefecture else None


# an achiever's star before the name (「★香　川」), or the sign Excel took for a formula's (「-北海道」: a text typed with
# 「-」 first, read from the formula its result #NAME? left: io.readers.Book)
_MARK_PREFIX = re.compile(r"^(?:[★☆◎○●◆◇■□]+|[-+=])")
_NOTE_AFTER_NAME = re.compile(r"\(([^()]{1,20})\)$")
# a bracket that says whose figures the column or row is not (last year's, a target, a total): no note on a name
_NOT_A_NOTE = re.compile("年度|前年|昨年|参考|目標|実績|計|率|R\\d|令和|平成")
# a note saying the row is a part of the 県支部's figures (「宮城（うち仙台市）」 「大阪（再掲）」): the 県's own row, when
# the table has one, is never replaced by it (Reader.add)
_PART_NOTE = re.compile("うち|内訳|再掲|除く|除き|以外|のみ|だけ")


def _row_branch(value) -> Prefecture | None:
    """The 県支部 a long table's row names: by its name, or by a code typed as text or a whole number."""
    return _branch(value) or (by_code(value) if not isinstance(value, float) else None)


def _branch_note(key: str) -> str:
    """The note in brackets after a 県支部's name in a label key (「高知(幡多含む)」 → 「(幡多含む)」), or ""."""
    m = _NOTE_AFTER_NAME.search(key) if key.endswith(")") else None
    return m.group(0) if m and m.start() > 0 and not _NOT_A_NOTE.search(m.group(1)) else ""


def _said_note(value) -> str:
    """The note in brackets a cell naming a 県支部 carries after the name (「（幡多含む）」), or ""."""
    if not isinstance(value, str) or by_name(value) is not None:
        return ""
    return _branch_note(_CODE_PREFIX.sub("", _MARK_PREFIX.sub("", label_key(value))))


class _Reader:
    """One input file: the products seen so far (in order of appearance), their figures and the problems."""

    def __init__(self, file: str, year: int | None = None) -> None:
        self.file = file
        self.year = year  # the fiscal year asked for (columns or rows of several years: that one's are read)
        self.sheets: list[SheetData] = []  # the book's sheets in sight (a code table on one of them)
        self._code_table: tuple | None = None  # (the book's code table or None,), once looked for
        self.problems: list[Problem] = []
        self.ref: YearMonth | None = None  # the month the sheet being read names (its name or title)
        self.tenth_said: set[tuple[str, int]] = set()  # (sheet, year) whose 「2026.1」 was said (tenth_month)
        self.preset: dict[str, tuple] = {}  # product → (month, sheet, cell, note) from a 商品設定 table
        self.hidden_rows: tuple[set[int], set[int]] = (set(), set())  # the sheet being read: hidden rows, columns
        self.unseen: dict[str, list[str]] = {}  # sheet → the 県支部 on hidden rows, not read
        # sheet → [(product, measure, whether a column in sight has them too)] of the hidden columns a table has
        self.hidden_heads: dict[str, list[tuple[str | None, str, bool]]] = {}
        self.products: dict[str, ProductInput] = {}
        self.seen: dict[tuple[str, str], dict[str, tuple[str, object]]] = {}  # (product, 県コード) → {measure: (where, value)}
        self.parts: set[str] = set()  # sheet!cell of the rows noted as a part of a 県支部 (「宮城（うち仙台市）」)
        self.repeats: dict[tuple[str, str], str] = {}  # (sheet, earlier sheet) repeating its figures → first cell
        self.clashed: set[tuple[str, str]] = set()  # (sheet, earlier sheet) with other figures for a 県支部
        self.noted: set[tuple[str, object]] = set()  # (sheet, 県支部 cell text) whose bracketed note was said
        self.inferred: dict[str, list[tuple[str, str, YearMonth]]] = {}  # sheet → (cell, text, month) year supplied
        self.dashed: set[tuple[str, str]] = set()  # (product, 県コード) whose 実績 is 「－」 (HQ's "no contract"): no 未報告
        self._dashes: set[str] = set()  # the labels of the figures read as 「－」 since the last add()
        self.dash_zero: tuple[str, str] | None = None  # (cell, text) of the sheet's note 「「－」は契約なし」: a dash is 0
        self.dash_zeroed: list[str] = []  # the cells of the sheet being read whose dash was read as 0 so

    def product(self, raw, cell, sheet) -> ProductInput | None:
        name = normalize_text(raw or "").strip()
        if not name:
            return None
        canonical = form.product_of(name)[0] or name
        if canonical == name and _PRODUCTS_TOTAL.search(label_key(name)):  # 「3共済計」: the products added, no product
            if (sheet, name) not in self.noted:
                self.noted.add((sheet, name))
                self.problems.append(Problem(INFO, f"「{name}」は商品の合計とみなして読んでいません（各商品から計算します）",
                                             self.file, sheet, cell, code="products_total"))
            return None
        if canonical in self.products:
            return self.products[canonical]
        if canonical not in PRODUCTS:
            self.problems.append(Problem(WARNING, f"標準の 11 商品にない商品名「{name}」です（そのまま集計しました）",
                                         self.file, sheet, cell, code="unknown_product"))
        p = self.products[canonical] = ProductInput(canonical, None)
        if canonical in self.preset:  # its month and note from the 商品設定 table come first
            ym, where, at, note = self.preset[canonical]
            self.set_as_of(p, ym, where, at)
            p.note = note
        return p

    def count(self, raw, sheet: str, cell: str, label: str):
        value, problem = parse_count(raw)  # (「144件」, 「－」, 「▲1」: core.normalize)
        if value is None and not problem and isinstance(raw, str) and raw.strip():  # 「－」: none, typed so
            if self.dash_zero is not None and label != _TARGET_LABEL:  # (the sheet's note: a dash is no contract)
                self.dash_zeroed.append(cell)
                return 0
            self._dashes.add(label)
        if problem:  # (a value read with a note taken off it, 「412①」 → 412, is a warning: read, check it)
            self.problems.append(Problem(WARNING if value is not None and problem.startswith("注記") else ERROR,
                                         f"{label}: {problem}", self.file, sheet, cell, code="bad_number"))
        if value is not None and value < 0:
            self.problems.append(Problem(WARNING, f"{label}が負の値です（{value}）", self.file, sheet, cell,
                                         code="negative"))
        return value

    def set_as_of(self, p: ProductInput, ym: YearMonth | None, sheet: str, cell: str) -> None:
        if ym is None:
            return
        if p.as_of and ym != p.as_of:
            self.problems.append(Problem(WARNING, f"{p.product}の時点が場所によって違います（{p.as_of.label()} と "
                                         f"{ym.label()}）。最初の時点を使いました", self.file, sheet, cell,
                                         code="as_of_mismatch"))
        p.as_of = p.as_of or ym

    def month_cell(self, raw, sheet: str, cell: str) -> YearMonth | None:
        """A 時点 cell; 「1月末」 / 「12月」 without a year take it from the sheet's own month (its name or title:
        「12月末」 on the sheet 「2025年1月」 is 2024年12月, 「11月末」 under 「令和8年度」 2026年11月), said in ordered()."""
        if raw in (None, ""):
            return None
        if (number := year_month_number(raw)) is not None and len(number[1]) > 1:
            return self.tenth_month(number[0], sheet, cell)
        ym = _ym_cell(raw)
        if ym is None and (ym := _month_in(raw, self.ref)) is not None and _year_month_in(raw) is None:
            self.inferred.setdefault(sheet, []).append((cell, normalize_text(raw).strip(), ym))  # (said once a sheet)
        if ym is None:
            self.problems.append(Problem(WARNING, f"時点「{raw}」を年月として読めません", self.file, sheet, cell,
                                         code="bad_date", action="「2025年1月」の形で入力してください"))
        return ym

    def tenth_month(self, year: int, sheet: str, cell: str) -> YearMonth | None:
        """2026.1 typed as 「2026.1」 or 「2026.10」 (Excel drops the 0): the one of January and October in the campaign
        year asked for or the sheet's own (June to May), said; when neither or both, none (said)."""
        campaign = self.year if self.year is not None else _CAMPAIGN.fiscal_year(self.ref) if self.ref else None
        months = [YearMonth(year, m) for m in (1, 10)]
        inside = [ym for ym in months if campaign is not None and _CAMPAIGN.fiscal_year(ym) == campaign]
        if len(inside) == 1:
            if (sheet, year) not in self.tenth_said:  # (said once a sheet: a long list repeats it on every row)
                self.tenth_said.add((sheet, year))
                self.problems.append(Problem(INFO, f"時点「{year}.1」は 1 月とも 10 月（「{year}.10」の 0 が消えたもの）とも読める"
                                                   f"ため、{campaign}年度の中の {inside[0].label()} としました", self.file,
                                             sheet, cell, code="tenth_month",
                                             action="違うときは「2026年10月」の形で入力してください"))
            return inside[0]
        self.problems.append(Problem(WARNING, f"時点「{year}.1」は 1 月とも 10 月とも読めるため、読んでいません", self.file,
                                     sheet, cell, code="bad_date", action="「2026年10月」の形で入力してください"))
        return None

    def title_month(self, top: list, sheet: str) -> tuple[YearMonth, str] | None:
        """A line above the tables that is a month alone (「1月末現在」 under the title 「令和8年度 新契約件数 月報」): in
        the year of the sheet's own month (``self.ref``: its name, or the fiscal year its title names, 6月 … 翌5月),
        said once a sheet (ordered()); None when the sheet gives no year."""
        if self.ref is None:
            return None
        alone = [((r, c), text) for (r, c), v in top if isinstance(v, str) and len(v) <= 40
                 and _MONTH_ONLY.match(text := _month_line(v)) and _AS_OF_WORD.search(text)]
        rows = Counter(r for (r, _), _ in alone)  # (「6月｜7月｜…」 heading months: never an as-of line)
        for (r, c), text in alone:
            left = max(((cc, v) for (rr, cc), v in top if rr == r and cc < c), default=None)
            if left is not None and isinstance(left[1], str) and len(left[1]) <= 12 \
                    and _DUE_LABEL.search(normalize_text(left[1])):
                continue  # 「提出期限｜1月末」, 「作成日｜1月末」: the month the sheet is due or made, not its figures'
            if rows[r] == 1 and (ym := _month_in(text, self.ref)) is not None:
                said = self.inferred.setdefault(sheet, [])
                if not any(x[0] == a1(r, c) for x in said):
                    said.append((a1(r, c), text, ym))
                return ym, a1(r, c)
        return None

    def branch_noted(self, raw, pref: Prefecture, sheet: str, cell: str) -> None:
        """Say a note in brackets read off a 県支部's name (「高知（幡多含む）」 read as 高知), once per sheet and name."""
        note = _said_note(raw)
        if note and (sheet, raw) not in self.noted:
            self.noted.add((sheet, raw))
            self.problems.append(Problem(INFO, f"県支部名「{normalize_text(raw).strip()}」は、括弧内の「{note[1:-1]}」を注記と"
                                         f"みなして{pref.name}として読みました", self.file, sheet, cell,
                                         code="branch_note"))

    def unknown_branch(self, raw, sheet: str, cell: str) -> None:
        self.problems.append(Problem(ERROR, f"県支部名「{raw}」が分かりません（全国計に含めていません）", self.file,
                                     sheet, cell, code="unknown_branch", action="47 都道府県の名前で入力してください"))

    def add(self, p: ProductInput, pref: Prefecture, figures: dict[str, object], sheet: str, cell: str,
            raw=None) -> None:
        """A 県支部's figures for a product: {"target"/"actual": value} of the columns its table has.  A table of
        targets and one of results (two sheets) make one line; the same measure twice is a duplicate (the later
        wins, said per 県支部), unless it repeats the same number on another sheet (a summary: said once).  ``raw``:
        the 県支部 as typed; a row noted as a part of it (「宮城（うち仙台市）」) never replaces its own row, and its own
        row replaces it."""
        where = f"{sheet}!{cell}"
        key = (p.product, pref.code)
        dash = _ACTUAL_LABEL in self._dashes  # (the 実績 just read for this line was 「－」)
        self._dashes.clear()
        note = _said_note(raw) if raw is not None else ""
        part = bool(note) and bool(_PART_NOTE.search(note))
        known = self.seen.setdefault(key, {})
        # a row noted as a part of a 県支部 and the 県支部's own row, on one sheet or two (a breakdown sheet of
        # 政令市): the own row's figures, measure by measure (a part's figures of a measure the own row lacks join as
        # any row's do: targets by 「青森（本部のみ）」 on one sheet, 実績 by 「青森」 on another)
        own = {m for m, (w, _) in known.items() if w not in self.parts}
        if part and own & set(figures):
            self.problems.append(Problem(WARNING, f"「{normalize_text(raw).strip()}」は{pref.name}の一部の行とみなし、"
                                         f"{pref.name}の行の数字を使いました（{p.product}）", self.file, sheet, cell,
                                         code="branch_part", action="別の県支部の数字なら、県支部名を確認してください"))
            figures = {m: v for m, v in figures.items() if m not in own}
            if not figures:
                return
        if not part:  # the own row after a part of it: the part's figures of the own row's measures give way, unsaid
            for m in [m for m, (w, _) in known.items() if w in self.parts and m in figures]:
                del known[m]
        else:
            self.parts.add(where)
        clash = ""
        for measure, value in figures.items():
            if measure in known:
                before, old = known[measure]
                other = before.split("!")[0]
                if old == value and other != sheet:
                    self.repeats.setdefault((sheet, other), cell)
                    continue
                clash = clash or before
                if other != sheet:
                    self.clashed.add((sheet, other))
            known[measure] = (where, value)
        if clash:  # the same 県支部 twice in one table, or other figures for it elsewhere
            self.problems.append(Problem(WARNING, f"{p.product}の{pref.name}が重複しています（{clash} と）。後の値を"
                                         "使いました", self.file, sheet, cell, code="duplicate_branch"))
        line = next((b for b in p.branches if b.code == pref.code), None)
        if line is None:
            line = BranchFigures(pref.code, pref.name, None, None, where)
            p.branches.append(line)
        line.target = known["target"][1] if "target" in known else None
        line.actual = known["actual"][1] if "actual" in known else None
        if "actual" in figures:  # (a 「－」 typed for the 実績: no contract, not a 県支部 yet to report)
            (self.dashed.add if figures["actual"] is None and dash else self.dashed.discard)(key)

    # -- the long table (the template's shape) ---------------------------------------------------------------

    def settings(self, sheet: SheetData) -> None:
        """A table of the products' months and notes (商品設定, 集計時点一覧): kept, and given to each product when
        its figures are read; a product listed here with no figures anywhere is said, not printed empty."""
        for row in read_table(sheet, form.PRODUCTS, self.file):
            name = normalize_text(row.values["product"] or "").strip()
            if not name:
                continue
            canonical = form.product_of(name)[0] or name
            cell = row.cells.get("as_of", row.cells["product"])
            ym = self.month_cell(row.values["as_of"], sheet.name, cell) if "as_of" in row.values else None
            note = normalize_text(row.values["note"]).strip() if row.values.get("note") else ""
            self.preset.setdefault(canonical, (ym, sheet.name, cell, note))

    def long_table(self, sheet: SheetData) -> None:
        above: tuple[object, object] = (None, None)  # the product and 時点 of the row above, for rows that leave it
        last_row, carried = -2, []  # blank or 〃 ("the same as above"), in one run of rows (a blank row ends it)
        head = find_header(sheet, _LONG, self.hidden_rows[1])
        if head and "target" in head[1] and "actual" not in head[1]:  # 「目標件数｜件数」: the 件数 is the 実績
            count_col = next((c for c, v in enumerate(sheet.rows[head[0]]) if label_key(v) in _COUNT_HEADS
                              and c not in head[1].values() and c not in self.hidden_rows[1]), None)
            kinds_said = any(label_key(v) in _KIND_HEADS for v in sheet.rows[head[0]])  # (区分 目標 / 累計 / 単月)
            if count_col is not None and not kinds_said:
                head = (head[0], {**head[1], "actual": count_col})
                self.problems.append(Problem(INFO, f"「{normalize_text(sheet.rows[head[0]][count_col]).strip()}」の列を"
                                             f"実績として読みました（目標の列「"
                                             f"{normalize_text(sheet.rows[head[0]][head[1]['target']]).strip()}」の横）",
                                             self.file, sheet.name, a1(head[0], count_col), code="count_as_actual",
                                             action="実績でない件数なら、見出しを確認してください"))
        # no 実績 column but one column per month (6月｜7月｜…｜5月): the 実績 is the sum of the months typed
        months = _month_columns(sheet, head[0], self.hidden_rows[1]) if head and "actual" not in head[1] else []
        summed: list[int] = []
        # no 目標 / 実績 column but 区分｜件数 (one figure a row: 区分 目標 / 単月 / 累計): the 区分 says the measure
        kinds = _kind_columns(sheet, head[0], self.hidden_rows[1]) \
            if head and "target" not in head[1] and "actual" not in head[1] else None
        passed: dict[str, list[str]] = {}  # a 区分 not read (単月) → its cells
        trailer: list[tuple[str, str]] = []  # (cell, text) of an export's closing lines
        rows = read_table(sheet, _LONG, self.file, self.hidden_rows[1], header=head)
        if kinds is not None and not any(form.measure_of(sheet.value(row.row, kinds[0])) in ("target", "actual")
                                         for row in rows):
            kinds = None  # (a 区分 of something else: 新規 / 更新)
        other_years = self.other_year_rows(sheet, head, rows) if head else set()
        renewals, kind_col = self.renewal_rows(sheet, head, rows) if head else (set(), None)
        # (product, 県コード) → [product, 県支部, [(row, its 区分, figures, cell, 県支部 as typed, 実績 「－」)]]: the rows
        # of one 県支部 and product that a 契約区分 / 加入区分 column parts, read together (kind_rows)
        split: dict[tuple, list] = {}
        renewed: set[tuple[str, str]] = set()  # (product, 県コード) with renewal rows left out
        for row in rows:
            raw_product, raw_branch = row.values["product"], row.values["branch"]
            if row.row in self.hidden_rows[0]:  # out of sight: not read, and said
                self.unseen.setdefault(sheet.name, []).append(str(raw_branch or ""))
                continue
            if row.row in other_years:  # last year's rows pasted above this year's (a 年度 column): said once
                continue
            if raw_branch in (None, ""):  # a 県支部 merged down over its products' rows
                r, c = parse_a1(row.cells["branch"])
                m = sheet.merged_at(r, c)
                raw_branch = sheet.value(m[0], m[1]) if m is not None else raw_branch
            if row.row != last_row + 1:
                above = (None, None)
            last_row = row.row
            if row.row in renewals:  # renewals (契約区分 継続): said once; a product typed on them is the one the
                if _text(raw_product) and not _same_as_above(raw_product):  # rows below repeat (〃)
                    above = (raw_product, row.values.get("as_of"))
                named = above[0] if _same_as_above(raw_product) or not _text(raw_product) else raw_product
                pref = _row_branch(raw_branch)
                if _text(named) and pref is not None:
                    renewed.add((form.product_of(named)[0] or normalize_text(named).strip(), pref.code))
                continue
            # 「出力件数｜72」, 「*** 以上 ***」 under a system's export: no row of figures (its count may stand in the
            # 県支部 column: looked for on any row lacking a product's or a 県支部's text)
            if not (_text(raw_product) and _text(raw_branch)) and (end := _trailer(sheet, row.row)):
                trailer.append(end)
                above = (None, None)
                continue
            if form.is_total(raw_branch) or form.is_total(raw_product):
                above = (None, None)
                continue  # 合計 / 小計 rows: recomputed, not a 県支部
            if _heading_again(raw_product, raw_branch):  # 「共済名｜県本部｜…」 printed again at the top of page 2
                above = (None, None)
                continue
            if (_is_note(raw_product) and raw_branch in (None, "") or _is_note(raw_branch) and raw_product in (None, "")) \
                    and not any(row.values.get(k) not in (None, "") for k in ("target", "actual")):
                continue  # 「※達成率＝実績÷目標…」 under the table: a note (its months are read by _notes)
            if kinds is not None:
                kind = sheet.value(row.row, kinds[0])
                measure = form.measure_of(kind)
                if measure not in ("target", "actual"):  # 単月 (the month alone), 到達率: not this report's figures
                    passed.setdefault(normalize_text(kind or "").strip() or "（空欄）", []).append(a1(row.row, kinds[0]))
                    continue
            if _same_as_above(raw_product) and above[0] is not None:
                raw_product = above[0]
                carried.append(row.cells["product"])
            if _same_as_above(row.values.get("as_of")):
                row.values["as_of"] = above[1]
            above = (raw_product, row.values.get("as_of"))
            p = self.product(raw_product, row.cells["product"], sheet.name)
            if p is None:
                self.problems.append(Problem(ERROR, "商品名が空欄の行です（集計していません）", self.file, sheet.name,
                                             row.cells["product"], code="no_product"))
                continue
            pref = _row_branch(raw_branch)
            if pref is None or not pref.is_prefecture:
                self.unknown_branch(raw_branch, sheet.name, row.cells["branch"])
                continue
            self.branch_noted(raw_branch, pref, sheet.name, row.cells["branch"])
            figures = {k: self.count(row.values.get(k), sheet.name, row.cells.get(k, ""), form.FIGURES.column(k).label)
                       for k in ("target", "actual")}
            if kinds is not None:  # one figure a row, the 区分 saying which
                figures = {measure: self.count(sheet.value(row.row, kinds[1]), sheet.name, a1(row.row, kinds[1]),
                                               form.FIGURES.column(measure).label)}
            if months:
                typed = [v for c, _ in months if (v := self.count(sheet.value(row.row, c), sheet.name, a1(row.row, c),
                                                                  "月別の実績")) is not None]
                figures["actual"] = sum(typed) if typed else None
                summed.append(row.row)
            if row.values.get("as_of") not in (None, ""):
                self.set_as_of(p, self.month_cell(row.values["as_of"], sheet.name, row.cells["as_of"]), sheet.name, row.cells["as_of"])
            if kind_col is not None:  # rows of one 県支部 and product split by 契約区分 (新規｜切替), 加入区分 (本人｜家族)
                dashed = _ACTUAL_LABEL in self._dashes
                self._dashes.clear()
                # (a row noted as a part of a 県支部, 「宮城（うち仙台市）」, is read as any row: add() weighs it)
                key = (p.product, pref.code) + ((row.row,) if _said_note(raw_branch) else ())
                split.setdefault(key, [p, pref, []])[2].append(
                    (row.row, label_key(sheet.value(row.row, kind_col)), figures, row.cells["branch"], raw_branch, dashed))
                continue
            self.add(p, pref, figures, sheet.name, row.cells["branch"], raw_branch)
        if kind_col is not None:
            self.kind_rows(sheet, head[0], kind_col, split, renewed)
        mine = [p for p in self.products.values() if any(b.source.startswith(f"{sheet.name}!") for b in p.branches)]
        notes = _product_note_months(sheet, self.ref)
        for p in mine:  # a note naming the product (「※自賠・車両補償は2024年12月末現在」) before the title's month
            if p.as_of is None and p.product in notes:
                self.set_as_of(p, notes[p.product][0], sheet.name, notes[p.product][1])
        top = _top_cells({(r, c): v for r, c, v in sheet.filled()})
        title = _title_as_of(top) or (self.title_month(top, sheet.name) if any(p.as_of is None for p in mine) else None)
        if title is not None:  # 「（2024年12月末現在）」 in the title: the month of the products that say none
            for p in mine:
                if p.as_of is None:
                    self.set_as_of(p, title[0], sheet.name, title[1])
        if summed and head is not None:
            first, last = months[0], months[-1]
            self.problems.append(Problem(INFO, f"実績（累計）の列がないため、月別の列（{first[1]}〜{last[1]}）に入力された件数の"
                                         f"合計を実績としました（{len(summed)} 行）", self.file, sheet.name,
                                         f"{a1(head[0], first[0])}:{a1(summed[-1], last[0])}", code="actual_from_months",
                                         action="累計の列があるなら、見出しを「実績」にしてください"))
        if kinds is not None:
            kc, nc = kinds
            other = "".join(f"「{k}」の行（{len(v)} 行）" for k, v in passed.items())
            self.problems.append(Problem(INFO, f"「{normalize_text(sheet.rows[head[0]][kc]).strip()}」の列の「目標」の行を目標、"
                                         f"「累計」「実績」の行を実績として、「{normalize_text(sheet.rows[head[0]][nc]).strip()}」"
                                         f"の列の数字を読みました" + (f"。{other}は読んでいません" if other else ""),
                                         self.file, sheet.name, f"{a1(head[0], kc)}・{a1(head[0], nc)}",
                                         code="kind_rows",
                                         action="区分の読み方が違うときは、目標・実績の列に並べ直してください"))
            unknown = {k: v for k, v in passed.items() if form.measure_of(k) not in ("other", "rate", "prior")}
            for k, v in unknown.items():
                self.problems.append(Problem(WARNING, f"区分「{k}」の行（{len(v)} 行）は目標・実績のどちらか分からないため"
                                             "読んでいません", self.file, sheet.name, _span(v), code="unknown_kind",
                                             action="目標か実績（累計）の行なら、区分を「目標」「累計」にしてください"))
        if trailer:
            self.problems.append(Problem(INFO, f"表の下の{'・'.join(f'「{t}」' for _, t in trailer)}の行は、出力の件数・終わりの"
                                         "印として読んでいません", self.file, sheet.name, _span([c for c, _ in trailer]),
                                         code="export_trailer"))
        if carried:
            self.problems.append(Problem(INFO, f"商品名が空欄または「〃」の行は、上の行と同じ商品として集計しました（{len(carried)}"
                                         " 行）", self.file, sheet.name, _span(carried), code="product_from_above"))

    def renewal_rows(self, sheet: SheetData, head: tuple[int, dict[str, int]], rows: list) -> tuple[set[int], int | None]:
        """(the rows of renewals, the column) of a long table whose 「契約区分」 / 「加入区分」 column parts a 県支部's
        figures row by row (a system's export of 新規｜切替｜継続, a list of 本人｜家族): a renewal is no new contract, so
        only the other rows are read (said); the rest of one 県支部 and product are added (long_table)."""
        hr = head[0]
        kc = next((c for c, v in enumerate(sheet.rows[hr]) if isinstance(v, str)
                   and label_key(v) in _CONTRACT_KIND_HEADS and c not in head[1].values()), None)
        if kc is None:
            return set(), None
        kinds = {row.row: label_key(sheet.value(row.row, kc)) for row in rows}
        renewals = {r for r, k in kinds.items() if _is_renewal(k)}
        if not renewals or not any(k in _NEW_KINDS for k in kinds.values()):
            return set(), kc
        at = sorted(renewals)
        others = list(dict.fromkeys(normalize_text(sheet.value(r, kc)).strip() for r in sorted(kinds)
                                    if r not in renewals and not _kind_total(kinds[r])
                                    and sheet.value(r, kc) not in (None, "")))
        self.problems.append(Problem(INFO, f"「{normalize_text(sheet.rows[hr][kc]).strip()}」の列が継続（更新）の行（{len(at)} "
                                     f"行）は新契約でないため読まず、ほかの行（{'・'.join(others)}）を読みました", self.file, sheet.name,
                                     _span([a1(r, kc) for r in at]), code="renewal_rows",
                                     action="継続も実績に含めるなら、新規と継続を足した行にしてください"))
        return renewals, kc

    def kind_rows(self, sheet: SheetData, hr: int, kc: int, split: dict[tuple, list],
                  renewed: set[tuple[str, str]]) -> None:
        """The rows of a long table that a 契約区分 / 加入区分 column parts, one 県支部 and product at a time: a lone row
        as it is; the kinds' own 計 row when it counts no renewal (its parts not added again); the same figures
        repeated on each kind's row once; parts that make one count (新規｜切替, 本人｜家族: each kind once) added,
        with the 計 row's target where they give none; anything else row by row as before (a row twice is a
        duplicate, said).  Each reading said once a sheet."""
        said: dict[str, list[int]] = {"total": [], "repeated": [], "summed": [], "renewed_total": [], "target_once": [],
                                      "inside": []}
        groups = []
        for key, (p, pref, entries) in split.items():
            totals = [e for e in entries if _kind_total(e[1])]
            parts = [e for e in entries if not _kind_total(e[1])]
            whole = [e for e in parts if not e[1].startswith("うち")]
            if whole and len(whole) < len(parts):  # 「新規｜うち切替」: the うち row is inside the other
                said["inside"].extend(e[0] for e in parts if e not in whole)
                parts = whole
            groups.append((p, pref, entries, totals, parts))
        # the product's figures (or target) typed again on each kind's row: judged over the sheet, not one 県支部
        # (two kinds' equal counts at one 県支部 are no repeat where the others differ)
        several = [parts for *_, parts in groups if len(parts) > 1 and len({e[1] for e in parts}) == len(parts)]
        same = [len({tuple(sorted(e[2].items())) for e in parts}) == 1 and len(parts[0][2]) > 1
                and all(v is not None for v in parts[0][2].values()) for parts in several]
        repeated = sum(same) * 2 > len(same)  # (most 県支部 repeat them: an equal pair elsewhere is a coincidence)
        target_once = bool(several) and all(parts[0][2].get("target") is not None
                                            and len({e[2].get("target") for e in parts}) == 1 for parts in several)
        for p, pref, entries, totals, parts in groups:
            counted = (p.product, pref.code) in renewed
            if len(entries) == 1:
                chosen = [(entries[0], entries[0][2])]
            elif len(totals) == 1 and not counted:  # 「本人｜家族｜計」: the 計 row (its target may be there alone)
                figures = dict(totals[0][2])
                if figures.get("actual") is None and _kinds_add_up([e[1] for e in parts]) \
                        and any(e[2].get("actual") is not None for e in parts):  # (its 実績 left blank: the parts')
                    figures["actual"] = sum(e[2].get("actual") or 0 for e in parts)
                    said["summed"].extend(e[0] for e in parts)
                chosen = [(totals[0], figures)]
                said["total"].append(totals[0][0])
            elif repeated and len(parts) > 1 and len({e[1] for e in parts}) == len(parts) \
                    and len({tuple(sorted(e[2].items())) for e in parts}) == 1:
                chosen = [(parts[0], parts[0][2])]  # the product's figures on each kind's row
                said["repeated"].extend(e[0] for e in parts)
            elif len(totals) <= 1 and parts and (len(parts) == 1 or _kinds_add_up([e[1] for e in parts])):
                figures = {m: None if all(e[2].get(m) is None for e in parts) else sum(e[2].get(m) or 0 for e in parts)
                           for m in {m for e in parts for m in e[2]}}
                if len(parts) > 1 and target_once:  # the product's target on each kind's row (its 実績 parted): once
                    figures["target"] = parts[0][2].get("target")
                    said["target_once"].extend(e[0] for e in parts)
                if totals and figures.get("target") is None and totals[0][2].get("target") is not None:
                    figures["target"] = totals[0][2]["target"]  # (the target typed on the 計 row alone)
                said["renewed_total"].extend(e[0] for e in totals)
                first = parts[0]
                dashed = all(e[5] for e in parts)
                chosen = [((first[0], first[1], figures, first[3], first[4], dashed), figures)]
                if len(parts) > 1:
                    said["summed"].extend(e[0] for e in parts)
            else:
                chosen = [(e, e[2]) for e in entries]
            for e, figures in chosen:
                self._dashes = {_ACTUAL_LABEL} if e[5] and figures.get("actual") is None else set()
                self.add(p, pref, figures, sheet.name, e[3], e[4])
        head = normalize_text(sheet.rows[hr][kc]).strip()
        def kinds_of(rows: list[int]) -> str:
            return "・".join(dict.fromkeys(normalize_text(sheet.value(r, kc)).strip() for r in sorted(rows)
                                           if sheet.value(r, kc) not in (None, "")))
        if said["total"]:
            self.problems.append(Problem(INFO, f"「{head}」の列が「{kinds_of(said['total'])}」の行を県支部・商品の数字として読み、"
                                         f"区分ごとの行は足していません（{len(said['total'])} か所）", self.file, sheet.name,
                                         _span([a1(r, kc) for r in sorted(said["total"])]), code="kind_total_rows"))
        if said["renewed_total"]:
            self.problems.append(Problem(INFO, f"「{head}」の列が「{kinds_of(said['renewed_total'])}」の行は継続（更新）を含むため、"
                                         f"実績として読んでいません（{len(said['renewed_total'])} か所）", self.file, sheet.name,
                                         _span([a1(r, kc) for r in sorted(said["renewed_total"])]),
                                         code="kind_total_skipped"))
        if said["repeated"]:
            self.problems.append(Problem(INFO, f"「{head}」の列で分かれた行（{kinds_of(said['repeated'])}）に同じ目標・実績が"
                                         "繰り返されているため、1 行分だけを読みました", self.file, sheet.name,
                                         _span([a1(r, kc) for r in sorted(said["repeated"])]), code="kind_rows_repeated",
                                         action="区分ごとに違う数字なら、各行の数字を確認してください"))
        if said["inside"]:
            self.problems.append(Problem(INFO, f"「{head}」の列が「{kinds_of(said['inside'])}」の行は、上の区分の内訳のため"
                                         f"足していません（{len(said['inside'])} 行）", self.file, sheet.name,
                                         _span([a1(r, kc) for r in sorted(said["inside"])]), code="kind_rows_inside"))
        if said["target_once"]:
            self.problems.append(Problem(INFO, f"「{head}」の列で分かれた行（{kinds_of(said['target_once'])}）に同じ目標が"
                                         "繰り返されているため、目標は 1 行分を読みました（実績は足しています）", self.file,
                                         sheet.name, _span([a1(r, kc) for r in sorted(said["target_once"])]),
                                         code="kind_target_once",
                                         action="区分ごとの目標なら、各行の目標を確認してください"))
        if said["summed"]:
            self.problems.append(Problem(INFO, f"「{head}」の列で分かれた行（{kinds_of(said['summed'])}）を、県支部・商品ごとに"
                                         f"足して読みました（{len(said['summed'])} 行）", self.file, sheet.name,
                                         _span([a1(r, kc) for r in sorted(said["summed"])]), code="kind_rows_summed",
                                         action="足さない区分があるなら、その行を消してから読み直してください"))

    def other_year_rows(self, sheet: SheetData, head: tuple[int, dict[str, int]], rows: list) -> set[int]:
        """The rows of a long table's other fiscal years, when a 「年度」 column beside its headings gives several
        (a system's export of last year pasted above this year's): all but the year asked (``self.year``), else
        the latest; said, naming the column and the rows read."""
        hr = head[0]
        yc = next((c for c, v in enumerate(sheet.rows[hr]) if isinstance(v, str) and label_key(v) in _YEAR_HEADS), None)
        if yc is None:
            return set()
        years: dict[int, int] = {}
        for row in rows:
            y = fiscal_year_cell(sheet.value(row.row, yc))
            if y is not None:
                years[row.row] = y
        seen = sorted(set(years.values()))
        if len(seen) < 2:
            return set()
        asked = self.year in seen
        chosen = self.year if asked else seen[-1]
        kept = sorted(r for r, y in years.items() if y == chosen)
        left = {r for r, y in years.items() if y != chosen}
        why = f"{chosen}年度を指定されたため" if asked else "年度の新しい行を使うため" + (
            f"（指定の {self.year}年度の行はありません）" if self.year is not None else "")
        self.problems.append(Problem(INFO if asked else WARNING,
                                     f"「{normalize_text(sheet.rows[hr][yc]).strip()}」の列に"
                                     f"{'・'.join(str(y) for y in seen)}年度の行があります。{why}、{chosen}年度の行"
                                     f"（{a1(kept[0], yc)}:{a1(kept[-1], yc)}）を読み、ほかの年度の行（{len(left)} 行）は"
                                     "読んでいません", self.file, sheet.name, f"{a1(kept[0], yc)}:{a1(kept[-1], yc)}",
                                     code="other_year_rows",
                                     action="別の年度を集計するなら、使わない年度の行を消してから読み直してください"))
        return left

    # -- a 県本部's own report: products down the side, no 県支部 column ----------------------------------------

    def own_table(self, sheet: SheetData, file: str) -> bool:
        """A 県本部's report of its own figures: products down the side with 目標｜実績 columns and no 県支部 column
        or rows; the 県支部 from a 「県本部名」 field, the title, the sheet's or the file's name (said).  False when
        the sheet holds no such table or names no 県本部."""
        head = _own_heading(sheet, self.hidden_rows[1])
        if head is None:
            return False
        hr, pc, measures = head
        pref, where = _own_branch(sheet, file, hr)
        if pref is None:
            return False
        read: list[ProductInput] = []
        for r in range(hr + 1, sheet.height):
            raw = sheet.value(r, pc)
            if r in self.hidden_rows[0] or not isinstance(raw, str) or not raw.strip():
                continue
            if _is_note(raw):
                break
            if form.is_total(raw):
                continue
            figures = {k: self.count(sheet.value(r, c), sheet.name, a1(r, c), form.FIGURES.column(k).label)
                       for k, c in measures.items()}
            if all(v is None for v in figures.values()):  # 「－｜－ 取扱なし」: not a product of this office
                continue
            p = self.product(raw.strip().strip("()（）").removeprefix("うち"), a1(r, pc), sheet.name)
            if p is not None:
                self.add(p, pref, figures, sheet.name, a1(r, pc))
                read.append(p)
        if not read:
            return False
        above = {(r, c): v for r, c, v in sheet.filled() if r < hr}
        title = _title_as_of(_top_cells(above))  # 「…報告書（令和9年1月末現在）」, then 「報告月｜令和9年1月末」
        field = _field_as_of(above, hr)
        month, at = title if title else ((self.month_cell(field[0], sheet.name, field[1]), field[1]) if field else (None, ""))
        for p in read:
            if p.as_of is None and month is not None:
                self.set_as_of(p, month, sheet.name, at)
        self.problems.append(Problem(INFO, f"県支部の列がない表のため、{where}の{pref.name}の数字として読みました",
                                     self.file, sheet.name, a1(hr, pc), code="own_branch"))
        _apply_notes(self, sheet)
        return True

    def own_total_row(self, sheet: SheetData, file: str) -> bool:
        """A 県本部's table of its 単組 (products across, 目標｜実績 under each, one row per 単組) whose 「県本部計」 row is
        the 県支部's figures: that row is read for the 県本部 its title or names give (said).  False otherwise."""
        cells = {(r, c): v for r, c, v in sheet.filled()}
        named = sorted((r, c) for (r, c), v in cells.items() if isinstance(v, str) and form.product_of(v)[0])
        rows = Counter(r for r, _ in named)
        hp = next((r for r, n in sorted(rows.items()) if n >= 2), None)
        if hp is None:
            return False
        columns: dict[str, dict[str, int]] = {}  # product → {measure: column}
        for r, c in named:
            if r != hp:
                continue
            m = sheet.merged_at(r, c)
            last = m[3] if m else c
            for cc in range(c, last + 1):
                measure = form.measure_of(cells.get((hp + 1, cc)))
                if measure in ("target", "actual"):
                    columns.setdefault(form.product_of(cells[(r, c)])[0], {}).setdefault(measure, cc)
        first = min(c for r, c in named if r == hp)
        totals = [r for r in range(hp + 2, sheet.height)
                  if form.is_total(next((v for c, v in enumerate(sheet.rows[r][:first]) if v not in (None, "")), None))]
        if not columns or not totals:
            return False
        total = next((r for r in totals if any("県本部" in label_key(v) for v in sheet.rows[r][:first] if isinstance(v, str))),
                     totals[-1])  # (「県本部計」 before a 合計 under it)
        pref, where = _own_branch(sheet, file, hp)
        if pref is None:
            return False
        label = next(v for v in sheet.rows[total][:first] if v not in (None, ""))
        for product, measures in columns.items():
            figures = {k: self.count(sheet.value(total, c), sheet.name, a1(total, c), form.FIGURES.column(k).label)
                       for k, c in measures.items()}
            p = self.product(product, a1(hp, min(measures.values())), sheet.name)
            if p is not None and any(v is not None for v in figures.values()):
                self.add(p, pref, figures, sheet.name, a1(total, 0))
        self.problems.append(Problem(INFO, f"県支部の行がなく単組ごとの行の表のため、「{label}」の行を{where}の{pref.name}の数字として"
                                     "読みました（単組の行は読んでいません）", self.file, sheet.name, a1(total, 0),
                                     code="own_branch"))
        _apply_notes(self, sheet)
        title = _title_as_of(_top_cells(cells))
        for p in self.products.values():
            if p.as_of is None and title is not None:
                self.set_as_of(p, title[0], sheet.name, title[1])
        return True

    # -- the cross table ---------------------------------------------------------------------------------------

    def cross_table(self, sheet: SheetData) -> bool:
        """Read the sheet's cross tables; False when it holds none (no column or row of 県支部 names)."""
        cells = {(r, c): v for r, c, v in sheet.filled()}
        down = Counter(c for (r, c), v in cells.items() if _branch(v))
        across = Counter(r for (r, c), v in cells.items() if _branch(v))
        halves = self.half_year_targets(sheet, cells, across) if max(across.values(), default=0) >= 2 else None
        if halves is not None:  # a 目標 table of 上期｜下期 under each 県支部 (read): the rest of the sheet as if alone
            cells = {(r, c): v for (r, c), v in cells.items() if not halves[0] <= r <= halves[1]}
            down = Counter(c for (r, c), v in cells.items() if _branch(v))
            across = Counter(r for (r, c), v in cells.items() if _branch(v))
            if max(down.values(), default=0) < 2 and max(across.values(), default=0) < 2:
                return True
        if max(down.values(), default=0) < 2 and max(across.values(), default=0) < 2:
            if self.branch_sheet(sheet, cells) or self.cards(sheet, cells):
                return True
            # no 県支部 names: a column of codes under 「県CD」 (the federation's) or 「都道府県コード」 (JIS)
            coded = _code_column(cells, lambda kind, at, codes: self.code_system(sheet, cells, kind, at, codes))
            if coded is None:
                return False
            (hr, cc), named, system = coded
            for (r, c), pref in named.items():
                cells[(r, c)] = pref.name
            down = Counter({cc: len(named)})
            rows = sorted(r for r, _ in named)
            self.problems.append(Problem(INFO, f"県支部名の列がないため、「{normalize_text(cells[(hr, cc)]).strip()}」の列の"
                                         f"番号を{system}として県支部を読みました（{len(named)} 県支部）", self.file,
                                         sheet.name, f"{a1(rows[0], cc)}:{a1(rows[-1], cc)}", code="branch_by_code",
                                         action="コードが自治労県コード（JIS コードではありません）か確認してください"
                                         if system == _FEDERATION_CODES else "県支部の読み違いがないか確認してください"))
        if sum(down.values()) <= 12 and self.cards(sheet, cells):  # a few 県支部, each heading a card of products
            return True
        turned = max(across.values(), default=0) > max(down.values(), default=0)
        if not turned and (shifted := _shifted_measures(cells, down)) is not None:
            h, first, last = shifted  # (the headings moved in ``cells``: said here, with the sheet's cells)
            self.problems.append(Problem(WARNING, f"目標・実績の見出しの行（{a1(h, first)}:{a1(h, last)}）が数字の列より 1 列"
                                         f"左にずれているため（貼り付けで結合セルが失われた表など）、1 列右の {a1(h, first + 1)}:"
                                         f"{a1(h, last + 1)} の見出しとして読みました", self.file, sheet.name,
                                         f"{a1(h, first)}:{a1(h, last)}", code="shifted_headings",
                                         action="見出しと数字の列の対応（目標・実績）を確認してください"))
        top = _top_cells(cells)
        if turned:  # the 県支部 across the top: read it as its mirror image, cell addresses kept
            cells = {(c, r): v for (r, c), v in cells.items()}
            merged = [(c1, r1, c2, r2) for r1, c1, r2, c2 in sheet.merged]
            counts = across
        else:
            merged, counts = sheet.merged, down
        heads = {rc: h for rc, v in cells.items() if (h := _heading(v)) != (None, None)}
        down_col: dict[int, list[int]] = {}
        for r, c in sorted(cells):
            down_col.setdefault(c, []).append(r)
        read = halves is not None
        # the columns of 県支部 names (one per table side by side); a sheet with more than a handful is no such table
        columns = sorted(c for c, n in counts.most_common(_MAX_BRANCH_COLUMNS) if n >= 2)
        # the same table twice side by side (last report's beside this one's): only the latest is read
        left_out = self.versions(sheet.name, cells, columns, heads, turned)
        notes = _notes(sheet)
        if left_out:
            def kept(r: int, c: int) -> bool:
                x = r if turned else c  # (the grid's column of a cell of the sheet)
                return not any(lo <= x < hi for lo, hi in left_out.values())
            top = [((r, c), v) for (r, c), v in top if kept(r, c)]
            notes = [((r, c), v) for (r, c), v in notes if kept(r, c)]
            columns = [c for c in columns if c not in left_out]
        grid = _Grid(sheet.name, cells, merged, turned, top, self.ref, notes)
        for i, bc in enumerate(columns):
            limit = min([x for x in columns[i + 1:]] + [lo for lo, _ in left_out.values() if lo > bc] + [1 << 30])
            mine = {rc: h for rc, h in heads.items() if bc < rc[1] < limit}
            if mine:
                read |= self.branch_column(grid, bc, limit, mine, down_col.get(bc, []))
                continue
            # nothing right of it: the names typed at the table's right end (「県支部」 holding codes on the left)
            lo = columns[i - 1] if i else -1
            mine = {rc: h for rc, h in heads.items() if lo < rc[1] < bc}
            if mine:
                read |= self.branch_column(grid, bc, bc, mine, down_col.get(bc, []), lo)
        return read

    def half_year_targets(self, sheet: SheetData, cells: dict, across: Counter) -> tuple[int, int] | None:
        """A table of targets given per half-year (【目標】 over it; each 県支部 across the top over 「上期（6～11月）｜
        下期（12～5月）」, the products down the side, no annual column): each 県支部's 目標 is 上期 + 下期, said.  (its
        first row, its last row) once read, else None.  Only under a caption or heading naming 目標 (halves of an
        実績 are not summed here)."""
        for r, n in across.most_common(2):
            if n < 2:
                break
            names = sorted((c, v) for (rr, c), v in cells.items() if rr == r and _branch(v))
            if any(_half(cells.get((r + 1, c))) != 1 or _half(cells.get((r + 1, c + 1))) != 2 for c, _ in names):
                continue
            first = names[0][0]
            caption = next(((rr, c) for rr in range(r - 1, max(-1, r - 1 - _HEAD_ROWS), -1)
                            for c in range(first) if _caption_measure(cells.get((rr, c))) == "target"), None)
            if caption is None:
                continue
            read, last, blank, unknown = 0, r + 1, [], []
            for rr in range(r + 2, sheet.height):
                label = next(((c, v) for c in range(first) if isinstance(v := cells.get((rr, c)), str) and v.strip()),
                             None)
                if label is None or _ends_halves(label[1]):
                    break
                last = rr
                if form.is_total(label[1]) or _is_note(label[1]):
                    continue
                if form.product_of(label[1])[0] is None:  # (not one of the products: never read as one, said)
                    if any(cells.get((rr, x)) not in (None, "") for c, _ in names for x in (c, c + 1)):
                        unknown.append(a1(rr, label[0]))
                    continue
                p = self.product(label[1], a1(rr, label[0]), sheet.name)
                if p is None:
                    continue
                for c, name in names:
                    halves = [self.count(cells.get((rr, x)), sheet.name, a1(rr, x), "目標") for x in (c, c + 1)]
                    if all(v is None for v in halves):
                        continue
                    if any(v is None for v in halves):
                        blank.append(a1(rr, c + halves.index(None)))
                    pref = _branch(name)
                    self.add(p, pref, {"target": sum(v or 0 for v in halves)}, sheet.name, a1(r, c), name)
                    read += 1
            if not read:
                continue
            at = f"{a1(r, first)}:{a1(last, names[-1][0] + 1)}"
            self.problems.append(Problem(INFO, f"目標の表（{at}）は県支部ごとに上期・下期の目標のため、上期＋下期を年間の目標と"
                                         "しました", self.file, sheet.name, at, code="target_from_halves",
                                         action="年間の目標の列があるなら、その列を「年間目標」の見出しにしてください"))
            if blank:
                self.problems.append(Problem(WARNING, f"上期・下期の目標の片方が空欄です（{len(blank)} か所）。もう片方だけを"
                                             "年間の目標としました", self.file, sheet.name, "・".join(blank),
                                             code="target_half_blank", action="空欄の期の目標を入力してください"))
            if unknown:
                self.problems.append(Problem(WARNING, f"上期・下期の目標の表の行のうち、商品名の分からない行（{len(unknown)} 行）は"
                                             "読んでいません", self.file, sheet.name, "・".join(unknown),
                                             code="unknown_product", action="標準の 11 商品の名前で入力してください"))
            return caption[0], last
        return None

    def code_system(self, sheet: SheetData, cells: dict, kind: str, at: tuple[int, int],
                    codes: dict[tuple[int, int], str]) -> tuple[str, object] | None:
        """Which prefecture codes a column of codes holds, from what the file says: the heading's words (「自治労県コード」,
        「都道府県コード」, 「JISコード」), a note on the sheet (「※都道府県コードは総務省の…（JIS X 0401）」), a code table in
        the book (01｜北海道 … 13｜東京都) and codes only one system has (02 and 31 are JIS, 48, 49 and 60 the
        federation's).  (what the codes were read as, code → prefecture), or None when the sheet names no product
        (no figures to read).  Refused
        (InputError) when the file says both, or only that it may be JIS (「都道府県コード」 with nothing else):
        13 is 東京 in JIS and 埼玉 in the federation's codes, and a guess would put figures on the wrong 県支部."""
        head = normalize_text(cells[at]).strip()
        rows = sorted(r for r, _ in codes)
        where = f"{a1(rows[0], at[1])}:{a1(rows[-1], at[1])}"
        jis: list[str] = []
        federation: list[str] = []
        key = label_key(head).upper()
        if "JIS" in key:
            jis.append(f"見出し「{head}」")
        elif "自治労" in key:
            federation.append(f"見出し「{head}」")
        for (r, c), v in cells.items():  # a note saying which codes these are
            if (r, c) == at or not isinstance(v, str) or len(v) > 300:
                continue
            said = _code_note(v)
            if said is not None:
                (jis if said == "jis" else federation).append(f"{a1(r, c)} の注記")
        table = self.code_table(sheet.name)
        if table is not None:
            mapping, name, cells_at = table
            matches = [code for code in codes.values() if code in mapping]
            if matches and all(mapping[code].jis == code for code in matches):
                jis.append(f"シート「{name}」のコード表（{cells_at}）")
            elif matches and all(mapping[code].code == code for code in matches):
                federation.append(f"シート「{name}」のコード表（{cells_at}）")
            elif len(matches) * 10 >= len(codes) * 9 and not jis and not federation:
                return f"シート「{name}」のコード表（{cells_at}）のコード", mapping.get
        values = set(codes.values())
        if values & _JIS_ONLY:
            jis.append(f"自治労県コードにない番号（{'・'.join(sorted(values & _JIS_ONLY))}）")
        if values & _FEDERATION_ONLY:
            federation.append(f"JIS コードにない番号（{'・'.join(sorted(values & _FEDERATION_ONLY))}）")
        if (jis and federation or not jis and not federation and kind == "jis") and not any(
                _heading(v)[0] for v in cells.values()):
            return None  # (no product on the sheet: no table of figures to put on a 県支部, nothing to refuse)
        if jis and federation:
            raise InputError(f"「{head}」の列の番号が、どちらの県コードか決められません（{'・'.join(jis)}は JIS の都道府県コード、"
                             f"{'・'.join(federation)}は自治労県コードを示しています。JIS の 13 は東京、自治労県コードの 13 は"
                             "埼玉です）。読み違えないよう、このファイルは集計していません", file=self.file, sheet=sheet.name,
                             cell=where, code="code_system_unknown")
        if jis:
            return f"JIS の都道府県コード（根拠: {'・'.join(jis)}）", by_jis
        if federation or kind == "federation":
            return _FEDERATION_CODES, by_code
        raise InputError(f"「{head}」の列の番号が JIS の都道府県コード（13 は東京）か自治労県コード（13 は埼玉）か、ファイルの"
                         "中に記載がないため分かりません。読み違えないよう、このファイルは集計していません", file=self.file,
                         sheet=sheet.name, cell=where, code="code_system_unknown")

    def code_table(self, current: str) -> tuple[dict[str, Prefecture], str, str] | None:
        """The book's list of codes with the prefectures' names (a 「コード表」 sheet): ({code: prefecture}, its sheet,
        its cells), looked for once, on the other sheets first."""
        if self._code_table is None:
            found = None
            for sh in sorted(self.sheets, key=lambda x: x.name == current):
                hit = _code_table(sh)
                if hit is not None:
                    found = (hit[0], sh.name, hit[1])
                    break
            self._code_table = (found,)
        return self._code_table[0]

    def versions(self, name: str, cells: dict, columns: list[int], heads: dict,
                 turned: bool) -> dict[int, tuple[int, int]]:
        """Tables side by side that are two versions of one report (the same 県支部, products and measures; one
        captioned 【前回報告】 / an earlier month, the other 【今回報告】 / 最新 / a later month): {the 県支部 column of
        each one left out: (its first column, the column after its last)}, said.  Tables side by side that differ
        (two halves, a 目標 table beside a 実績 table) or with nothing telling which is the later are all read."""
        if len(columns) < 2:
            return {}
        tables = []
        for i, bc in enumerate(columns):
            end = columns[i + 1] if i + 1 < len(columns) else 1 << 30
            rows = sorted(r for (r, c), v in cells.items() if c == bc and _branch(v))
            prefs = frozenset(p.code for r in rows if (p := _branch(cells[(r, bc)])))
            mine = {rc: h for rc, h in heads.items() if bc < rc[1] < end and rc[0] < rows[0]}
            products = frozenset(p for p, _ in mine.values() if p)
            measures = frozenset(m for _, m in mine.values() if m in ("target", "actual"))
            top = min([r for r, _ in mine] + [rows[0]])
            caption = sorted((((r, c), v) for (r, c), v in cells.items()
                              if top - 3 <= r < top and bc <= c < end and isinstance(v, str)),
                             key=lambda kv: (-kv[0][0], kv[0][1]))  # (the nearest row first)
            right = max(c for (r, c) in cells if bc <= c < end and top <= r <= rows[-1])
            tables.append((bc, end, prefs, products, measures, caption, (top, bc, rows[-1], right)))
        out = self.other_year_tables(name, tables, turned)
        tables = [t for t in tables if t[0] not in out]
        if not tables:
            return out
        a = tables[0]
        for b in tables[1:]:
            if not (a[3] and a[3] == b[3] and a[4] and a[4] == b[4]
                    and len(a[2] & b[2]) * 2 > max(len(a[2]), len(b[2]))):
                a = b
                continue
            ranks = [_version_rank(t[5]) for t in (a, b)]
            if ranks[0] is None or ranks[1] is None or ranks[0][0] == ranks[1][0]:
                a = b
                continue
            old = a if ranks[0][0] < ranks[1][0] else b
            why = (ranks[0] if old is a else ranks[1])[1], (ranks[1] if old is a else ranks[0])[1]  # (old, kept)
            a = b if old is a else a  # (the one kept is compared with the next table)
            out[old[0]] = (old[0], old[1])
            at = (lambda r, c: a1(c, r)) if turned else a1
            r1, c1, r2, c2 = old[6]
            by_words = ranks[0][0][0] != ranks[1][0][0]  # (今回 / 前回 in the captions; else only their months)
            self.problems.append(Problem(INFO if by_words else WARNING,
                                         f"同じ県支部・商品の表が 2 つ並んでいるため、{'' if by_words else '時点の新しい'}"
                                         f"「{why[1]}」の表だけを読み、「{why[0]}」の表は読んでいません", self.file, name,
                                         f"{at(r1, c1)}:{at(r2, c2)}", code="earlier_table",
                                         action="読む表が違うときは、使わない表を消してから読み直してください"))
        return out

    def other_year_tables(self, name: str, tables: list, turned: bool) -> dict[int, tuple[int, int]]:
        """Tables side by side whose captions say they are of another fiscal year (「（参考）令和7年度 同時期」 to the
        right of this year's): the year asked (``self.year``), else the latest; a caption 「（参考）」 / 「前年度」
        without a year is last year's.  {the 県支部 column of each one left out: (its first column, the column after
        its last)}, said; {} when the captions name one year (or none)."""
        years: dict[int, tuple[int | None, bool, str]] = {}  # 県支部 column → (the year named, 参考/前年, caption)
        for bc, _end, _p, _pr, _m, caption, _box in tables:
            texts = [normalize_text(v).strip() for _, v in caption]
            year = next((y for t in texts if (y := _fiscal_start(t)) is not None), None)
            marked = next((t for t in texts if len(t) <= 60 and _REFERENCE_CAPTION.match(t)), None)
            said = marked or next((t for t in texts if _fiscal_start(t) is not None), "")
            years[bc] = (year, marked is not None, said)
        named = sorted({y for y, _, _ in years.values() if y is not None})
        if not any(marked for _, marked, _ in years.values()) and len(named) < 2:
            return {}
        asked = self.year in named
        chosen = self.year if asked else named[-1] if named else None
        other = {bc for bc, (y, marked, _) in years.items()
                 if (y is not None and y != chosen) or (y is None and marked and not asked)}
        if not other or len(other) == len(tables):
            return {}
        kept_products = set().union(*(set(t[3]) for t in tables if t[0] not in other))
        other = {t[0] for t in tables if t[0] in other  # (only a table of the same products as one read, or of
                 and (not t[3] or not kept_products or set(t[3]) & kept_products)}  # the sheet's product: the same
        if not other:  # products as one read is another year's copy of it; another product's table is read)
            return {}
        out: dict[int, tuple[int, int]] = {}
        at = (lambda r, c: a1(c, r)) if turned else a1
        kept = next(t for t in tables if t[0] not in other)
        for t in tables:
            if t[0] not in other:
                continue
            out[t[0]] = (t[0], t[1])
            r1, c1, r2, c2 = t[6]
            k1, kc1, k2, kc2 = kept[6]
            why = f"{self.year}年度を指定されたため" if asked else "前年度（参考）の表のため"
            self.problems.append(Problem(INFO if asked else WARNING,
                                         f"「{years[t[0]][2] or '年度の違う表'}」の表（{at(r1, c1)}:{at(r2, c2)}）は、{why}"
                                         f"読んでいません（{at(k1, kc1)}:{at(k2, kc2)} の表を読みました）", self.file, name,
                                         f"{at(r1, c1)}:{at(r2, c2)}", code="other_year_table",
                                         action="読む表が違うときは、使わない表を消すか、--year で年度を指定してください"))
        return out

    def branch_column(self, g: "_Grid", bc: int, limit: int, heads: dict, rows_of_bc: list[int],
                      lo: int | None = None) -> bool:
        """The tables whose 県支部 run down column ``bc`` (the figures right of it, up to the next such column).
        A column of 目標 / 実績 beside it, row by row under a 県支部 merged over them, says each row's measure
        (「福岡｜目標」「　｜実績」: a table of products across whose 県支部 head pairs of rows or columns)."""
        mc = _measure_column(g, bc, heads)
        if mc is not None:
            measured = sorted(r for (r, c) in heads if c == mc)
            heads = {rc: h for rc, h in heads.items() if rc[1] != mc}
            rows_of_bc = sorted(set(rows_of_bc) | set(measured))
        head_rows = sorted({r for r, _ in heads})
        by_row: dict[int, list[int]] = {}
        for r, c in heads:
            by_row.setdefault(r, []).append(c)
        groups: dict[int, list[int]] = {}
        for r in rows_of_bc:  # each row under the nearest heading row above it
            i = bisect_left(head_rows, r) - 1
            if i >= 0:
                groups.setdefault(head_rows[i], []).append(r)
        read = False
        prev_end = -1
        for h, rows in sorted(groups.items()):
            branch_rows = [r for r in rows if _branch(g.at(r, bc))]
            if branch_rows:
                # a product's own row among the 県支部 (a pivot table pasted as values: 「団体生命共済」 over its 県支部,
                # its subtotals beside it): each product's rows read as a table of that product
                for named, part in _product_runs(g, bc, rows):
                    read |= self.block(g, bc, limit, h, part, by_row, prev_end, mc, bc if lo is None else lo, named)
                prev_end = branch_rows[-1]  # (a heading row or summary box between two tables is the next one's)
        return read

    def block(self, g: "_Grid", bc: int, limit: int, h: int, rows: list[int], heads: dict[int, list[int]],
              prev_end: int, mc: int | None = None, lo: int | None = None,
              named: tuple[str, str] | None = None) -> bool:
        """One table: the 県支部 rows ``rows`` under heading row ``h``; its figures' columns lie between ``lo`` (the
        県支部 column itself, unless the names stand at the table's right end) and ``limit``.  ``named``: (product,
        its cell) of a product's own row above ``rows`` in the 県支部 column (_product_runs)."""
        lo = bc if lo is None else lo
        band = [r for r in range(max(prev_end + 1, h - _HEAD_ROWS), h + 1)]
        block_product, block_cell = named or self.block_product(g, band, prev_end, h)
        # 【目標】 / 【実績】 over a table of one measure (not for a column headed otherwise: 「前年比」)
        block_measure, caption_row = _block_measure(g, prev_end, h) or (None, h)
        columns = sorted({c for r in band for c in heads.get(r, ())})
        first_row = min((r for r in rows if _branch(g.at(r, bc))), default=h + 1)
        # a row of fiscal years under the measures (目標 merged over 「R7年度｜R8年度」): each year's column is one
        years_under = {c for r in range(h + 1, first_row) for (_, c), v in g.row(r)
                       if lo < c < limit and c not in columns and _fiscal_year_of(v) is not None and not _heading(v)[0]}
        if years_under:
            columns = sorted(set(columns) | years_under)
        # 上期｜下期 under a product (its 目標 given per half-year): each half is a column of its own
        under = list(range(h + 1, first_row))
        halves_under = {c for r in [h] + under for (_, c), v in g.row(r) if lo < c < limit and _half(v)}
        # under a caption's 目標 / 実績, a column headed only 「件数」 / 「年間」 under its product is one of that measure
        plain_under = {c for r in under for (_, c), v in g.row(r) if lo < c < limit and isinstance(v, str)
                       and label_key(v) in _PLAIN_HEADS} if block_measure else set()
        if halves_under or plain_under:
            columns = sorted(set(columns) | halves_under | plain_under)
        # 「実績」 merged over 「本人｜家族｜計」: each part a column of that measure (which one is read: one_of_columns)
        parts_under, renewal_cols, beside = _split_measure_columns(g, band, columns, first_row, limit)
        if parts_under or renewal_cols or beside:
            columns = sorted((set(columns) | parts_under) - set(renewal_cols) - beside)
        if renewal_cols:
            self.problems.append(Problem(INFO, f"{'・'.join(f'「{w}」' for w, _ in dict.fromkeys(renewal_cols.values()))}の"
                                         f"{_COLUMN[g.turned]}は継続（更新）を含むため、新契約として読んでいません", self.file,
                                         g.name, "・".join(g.addr(rr, c) for c, (_, rr) in sorted(renewal_cols.items())),
                                         code="renewal_columns"))
        halves: dict[str, dict[tuple, tuple]] = {}  # product → {(measure, 1 / 2): (column, product, its half's cell)}
        plan: list[tuple[int, ProductInput, str]] = []
        unnamed: list[int] = []
        hidden_cols = self.hidden_rows[0 if g.turned else 1]  # (a turned table's columns are the sheet's rows)
        hidden: list[tuple[str | None, str]] = []  # (product, measure) of the table's hidden columns: not read
        found = []  # (column, product, measure, its heading's month, where that month is)
        years: dict[int, tuple[int, str, str]] = {}  # column → (the fiscal year over it, that heading, its cell)
        shared: dict[str, set[str]] = {}  # a month cell over the columns → the products under it
        first = min(columns, default=lo + 1)
        month_band = band + list(range(h + 1, first_row))  # (a row of months may stand under the headings too)
        # product → {"prior" / "month": (column, its heading, the heading's cell, the product's text, its cell)}
        pieces: dict[str, dict[str, tuple]] = {}
        for c in columns:
            product, measure, cell = self.column_heading(g, lo, c, band)
            # (a 目標｜実績 column says each row's measure: before the sheet's name, 「実績」, and a heading over the table)
            measure = measure or ("row" if mc is not None and c != mc else None) or g.sheet_measure() or (
                block_measure if block_measure and not _own_text(g, c, range(caption_row + 1, first_row)) else None)
            half = _column_half(g, c, [h] + under) if c in halves_under else None
            if half is not None and measure is None:  # 「令和8年度 推進目標（半期別）」 over the table
                measure = _halves_caption(g, prev_end, h)
            if measure in ("prior", "other") and c not in hidden_cols:  # 前月までの累計｜当月: kept, summed below
                text, at = _measure_text(g, c, band, measure)
                kind = "prior" if measure == "prior" else "month" if _month_count(text) else None
                named = product or block_product
                if kind is not None and named is not None:
                    pieces.setdefault(form.product_of(named)[0] or normalize_text(named).strip(), {}).setdefault(
                        kind, (c, text, at, named, cell if product else block_cell))
            if measure not in ("target", "actual", "row"):
                continue
            if product is None and block_product is not None:
                product, cell = block_product, block_cell
            if c in hidden_cols:  # out of sight (last year's 目標｜実績 kept beside this year's): never this report's
                if measure != "row" and any(g.cells.get((r, c)) not in (None, "") for r in rows):
                    hidden.append((form.product_of(product)[0] or normalize_text(product).strip() if product else None,
                                   measure))
                continue
            if product is None:
                unnamed.append(c)
                continue
            p = self.product(product, cell, g.name)
            if p is not None:
                ym = g.column_as_of(lo, c, month_band, first)  # 「2025年1月末現在」 with the product, over its columns
                # 「令和6年度（1月末）」 over the column (or 「R8年度」 under its measure): its months' year
                year = g.column_year(lo, c, month_band if years_under else band, first)
                if year is not None:
                    years[c] = year
                ref = YearMonth(year[0] + 1, 5) if year is not None and year[0] > 0 else g.ref
                heading_ym = _year_month_in(product) or _bracket_month(product, ref)
                if half is not None and measure in ("target", "actual"):  # (joined below, never read alone)
                    halves.setdefault(p.product, {}).setdefault((measure, half[0]), (c, p, half[1]))
                    continue
                found.append((c, p, measure, heading_ym or (ym[0] if ym else None), cell if heading_ym else
                              (ym[1] if ym else "")))
                if not heading_ym and ym:
                    shared.setdefault(ym[1], set()).add(p.product)
        # no 実績 column: the last filled of the month-end 累計 columns (「累計件数（各月末）」 over 6月末｜…｜5月末), or
        # 「前月までの累計」 + 「当月」
        found = self.month_end_totals(g, bc, lo, limit, month_band, rows, found, block_product, block_cell, band)
        summed = self.prior_and_month(g, pieces, found)
        summed.update(self.half_year_columns(g, halves, found))
        if years:  # this year's columns beside last year's (「令和5年度（確定）」｜「令和6年度（1月末）」): one year read
            found = self.one_year(g, found, years)
        for i, (c, p, measure, ym, where) in enumerate(found):  # a month over several products' columns (the table's
            note = g.note_as_of(p.product) if len(shared.get(where, ())) > 1 else None  # caption): a note naming
            if note is not None:                                                           # the product comes first
                found[i] = (c, p, measure, note[0], note[1])
        # a product twice in one table (its December columns, and January's added at the right end): the latest
        for name in dict.fromkeys(p.product for _, p, _, _, _ in found):
            mine = [f for f in found if f[1].product == name]
            months = sorted({f[3] for f in mine if f[3] is not None})
            if len(months) > 1 and any(sum(1 for f in mine if f[2] == m) > 1 for m in {f[2] for f in mine}):
                latest = months[-1]
                kept = [f for f in mine if f[3] == latest]
                first = min(f[0] for f in kept)
                for m in {f[2] for f in mine if f[3] is None} - {f[2] for f in kept}:  # (its undated 目標: the one
                    near = [f for f in mine if f[2] == m and f[0] < first]  # nearest left of the latest block, a month
                    undated = [f for f in mine if f[3] is None and f[2] == m]  # over the 実績 beside it or none)
                    kept.append(max(near, key=lambda f: f[0]) if near else undated[-1])
                self.problems.append(Problem(WARNING, f"{name}の列が {len(months)} か所にあります（"
                                             f"{'・'.join(m.label() for m in months)}）。新しい {latest.label()} の列を"
                                             "使いました", self.file, g.name, kept[0][4], code="product_twice",
                                             action="古い列を消すか、どちらを使うか確認してください"))
                mine = kept
            for c, p, measure, ym, where in mine:
                self.set_as_of(p, ym, g.name, where)
                plan.append((c, p, measure))
        plan.sort(key=lambda x: x[0])
        shown = {(p.product, m) for _, p, m in plan}
        self.hidden_heads.setdefault(g.name, []).extend((name, m, (name, m) in shown) for name, m in hidden)
        if unnamed:
            self.problems.append(Problem(ERROR, "商品名の分からない目標・実績の列があります（集計していません）", self.file,
                                         g.name, "・".join(g.addr(h, c) for c in unnamed), code="no_product",
                                         action="列の上に商品名を入れてください"))
        if not plan:
            return False
        for r in rows:  # a 時点 row between the headings and the 県支部 (the products' months under them)
            if _as_of_label(g.cells.get((r, bc))):
                for c, p, _ in plan:
                    if g.cells.get((r, c)) not in (None, ""):
                        self.set_as_of(p, self.month_cell(g.cells[(r, c)], g.name, g.addr(r, c)), g.name,
                                       g.addr(r, c))
        caption = self.caption_as_of(g, prev_end, h) if block_product is not None else None
        for p in {id(p): p for _, p, _ in plan}.values():  # 「(2) じちろうマイカー共済｜｜時点｜2026/12」: the month
            if caption is not None and p.as_of is None and p.product == caption[2]:  # beside the product's own heading
                self.set_as_of(p, self.month_cell(caption[0], g.name, caption[1]), g.name, caption[1])
        sheet_ym = g.sheet_as_of()
        for p in {id(p): p for _, p, _ in plan}.values():  # then a note naming the product, then the title's month
            if p.as_of is not None:
                continue
            ym = g.note_as_of(p.product) or sheet_ym or g.name_as_of() or self.title_month(g.top, g.name)
            if ym is not None:
                self.set_as_of(p, ym[0], g.name, ym[1])
        several: dict[str, dict[str, list[int]]] = {}
        for c, p, measure in plan:
            several.setdefault(p.product, {}).setdefault(measure, []).append(c)
        by_product: dict[str, dict[str, int]] = {}
        confirmed: dict[tuple[str, str], tuple[int, int]] = {}  # (product, measure) → (速報 column, 確定 column)
        added: dict[tuple[str, str], list[int]] = {}  # (product, measure) → the parts added (「本人｜家族」, no 計)
        total_of: dict[tuple[str, str], list[int]] = {}  # (product, measure) → the parts its 計 column adds up
        newer: dict[str, int] = {}  # product → its 実績's newer column of 速報 / 確定 of two months
        for name, measures in several.items():
            for measure, cols in measures.items():
                by_product.setdefault(name, {})[measure] = cols[0]
                if len(cols) > 1 and measure in ("target", "actual"):
                    pick = self.one_of_columns(g, name, measure, cols, band + under, parts_under)
                    if isinstance(pick, tuple) and pick[0] == "total":  # (the 計, and the parts it adds up)
                        by_product[name][measure] = pick[1]
                        total_of[(name, measure)] = pick[2]
                    elif isinstance(pick, tuple) and pick[0] == "newer":  # (速報 and 確定 of two months: the newer)
                        by_product[name][measure] = pick[1]
                        if measure == "actual":
                            newer[name] = pick[1]
                    elif isinstance(pick, tuple):
                        confirmed[(name, measure)] = pick
                        by_product[name][measure] = pick[1]
                    elif isinstance(pick, list):
                        added[(name, measure)] = pick
                    else:
                        by_product[name][measure] = pick
        products = {p.product: p for _, p, _ in plan}
        for (name, measure), (quick, final) in confirmed.items():  # 「1月末速報｜1月末確定」: a product no month was
            self.month_of_column(g, products[name], (quick, final), band + under)  # found for takes theirs
        for name, col in newer.items():  # (「1月末速報｜12月末確定」: the newer one read)
            self.month_of_column(g, products[name], (col,), band + under)
        for name, cols in by_product.items():  # (「実績（1月末）」, 「1月末累計」: the column read names its month)
            if "actual" in cols:
                self.month_of_column(g, products[name], (cols["actual"],), band + under)
        half_blank: list[str] = []  # the blank half of a 目標 given per half-year
        for r in rows:
            raw = g.at(r, bc)  # (a 県支部 merged down over its rows names each of them)
            if form.is_total(raw):
                continue
            if _as_of_label(raw) or _heading(raw) != (None, None) \
                    or label_key(raw) in form.FIGURES.column("branch").label_keys():
                continue  # a heading row of the next table or of a summary box (目標｜実績｜到達率)
            if label_key(raw) in _REMARK_HEADS:
                continue  # a 備考 column (turned: a row) beside the 県支部: notes, not a 県支部
            pref = _branch(raw)
            if mc is not None and pref is None and g.cells.get((r, bc)) is None:
                continue  # a measure row outside any 県支部 (a total's second row)
            if r in self.hidden_rows[1 if g.turned else 0]:  # out of sight (HQ's 47 rows, the others hidden)
                if pref is not None:
                    self.unseen.setdefault(g.name, []).append(pref.name)
                continue
            has_figures = any(g.cells.get((r, c)) not in (None, "") for c, _, _ in plan)
            if pref is None:
                if has_figures and not (isinstance(raw, str) and raw.strip().startswith(("※", "注", "*"))):
                    self.unknown_branch(raw, g.name, g.addr(r, bc))
                continue
            self.branch_noted(raw, pref, g.name, g.addr(*g.origin(r, bc)))
            row_measure = form.measure_of(g.cells.get((r, mc))) if mc is not None else None
            for name, cols in by_product.items():
                figures = {}
                for k, c in cols.items():
                    k = row_measure if k == "row" else k
                    if k == "sum":  # 前月までの累計 + 当月 (「－」 or blank: none)
                        parts = [self.count(g.cells.get((r, x)), g.name, g.addr(r, x), label)
                                 for x, label in zip(summed[name], ("前月までの累計", "当月"))]
                        figures["actual"] = None if all(v is None for v in parts) else sum(v or 0 for v in parts)
                    elif k in ("halves", "actual_halves"):  # 上期 + 下期 (a 目標 with one blank: the other alone, said)
                        m = "target" if k == "halves" else "actual"
                        parts = [self.count(g.cells.get((r, x)), g.name, g.addr(r, x), form.FIGURES.column(m).label)
                                 for x in summed[(name, k)]]
                        if m == "target" and any(v is None for v in parts) and not all(v is None for v in parts):
                            half_blank.append(g.addr(r, summed[(name, k)][parts.index(None)]))
                        figures[m] = None if all(v is None for v in parts) else sum(v or 0 for v in parts)
                    elif (name, k) in total_of and parse_count(g.cells.get((r, c)))[0] is None \
                            and any(parse_count(g.cells.get((r, x)))[0] is not None for x in total_of[(name, k)]):
                        parts = [self.count(g.cells.get((r, x)), g.name, g.addr(r, x), form.FIGURES.column(k).label)
                                 for x in total_of[(name, k)]]  # (its 計 left blank: the parts typed, added)
                        figures[k] = sum(v or 0 for v in parts)
                    elif (name, k) in added:  # the parts of a measure with no total column
                        parts = [self.count(g.cells.get((r, x)), g.name, g.addr(r, x), form.FIGURES.column(k).label)
                                 for x in added[(name, k)]]
                        figures[k] = None if all(v is None for v in parts) else sum(v or 0 for v in parts)
                    elif (name, k) in confirmed:  # 確定 where it has come (a number), else 速報
                        x = next((x for x in reversed(confirmed[(name, k)])
                                  if parse_count(g.cells.get((r, x)))[0] is not None), confirmed[(name, k)][0])
                        figures[k] = self.count(g.cells.get((r, x)), g.name, g.addr(r, x), form.FIGURES.column(k).label)
                    elif k in ("target", "actual"):
                        figures[k] = self.count(g.cells.get((r, c)), g.name, g.addr(r, c), form.FIGURES.column(k).label)
                if figures:
                    self.add(products[name], pref, figures, g.name, g.addr(*g.origin(r, bc)), raw)
        if half_blank:
            self.problems.append(Problem(WARNING, f"上期・下期の目標の片方が空欄です（{len(half_blank)} か所）。もう片方だけを"
                                         "年間の目標としました", self.file, g.name, "・".join(half_blank),
                                         code="target_half_blank", action="空欄の期の目標を入力してください"))
        return True

    def month_of_column(self, g: "_Grid", p: ProductInput, cols: tuple[int, ...], heading_rows: list[int]) -> None:
        """A product with no month yet takes the month its 実績 columns' own headings name (「実績（1月末）」,
        「1月末累計」, 「1月末速報｜1月末確定」, 「速報｜1月末確定」: read in the sheet's campaign year, said when the year is
        supplied) when those that name one name the same; never a span (「6月～1月」), a made date (「令和9年2月4日
        作成」) or a sender's stamp over the column (_heading_month)."""
        if p.as_of is not None:
            return
        found = [_heading_month(_own_words(g, c, heading_rows)) for c in cols]
        if any(f == "" for f in found) or len({f.rstrip("末") for f in found if f}) != 1:
            return
        month = next(f for f in found if f)
        if g.ref is None and "年" not in month:  # (no year on the sheet to read it in)
            return
        c = cols[-1]
        row = next((r for r in reversed(heading_rows) if isinstance(g.cells.get((r, c)), str)), heading_rows[-1])
        ym = self.month_cell(month, g.name, g.addr(row, c))
        if ym is not None:
            self.set_as_of(p, ym, g.name, g.addr(row, c))

    def one_of_columns(self, g: "_Grid", name: str, measure: str, cols: list[int], heading_rows: list[int],
                       parts: set[int]) -> int | tuple | list[int]:
        """The column to read when one product's 目標 / 実績 heads several columns of a table: its total when the
        measure is split (「実績」 merged over 「本人｜家族｜計」: the 計), or (速報, 確定) when it is given twice
        (「実績（速報）｜実績（確定）」: 確定 where it has come, else 速報), or the parts to add when a measure merged over
        them has no total (「うち新規｜うち切替」, ``parts``: _split_measure_columns), or ("total", the 計, the parts
        it adds up) when they are a known breakdown (a 県支部 whose 計 is blank: its parts added); otherwise the first,
        said."""
        words = {c: _own_words(g, c, heading_rows) for c in cols}
        what = form.FIGURES.column(measure).label
        line = _COLUMN[g.turned]  # (a turned table's columns are the sheet's rows)
        shown = "｜".join(words[c] or g.addr(heading_rows[-1], c) for c in cols)
        top = next((r for r in heading_rows if any(form.measure_of(g.cells.get((r, c))) for c in cols)), None)
        filled = [r for r in heading_rows if (top is None or r >= top)
                  and any(g.cells.get((r, c)) not in (None, "") for c in cols)] or heading_rows
        where = f"{g.addr(filled[0], cols[0])}:{g.addr(filled[-1], cols[-1])}"
        totals = [c for c in cols if _kind_total(label_key(words[c]))]
        if len(totals) == 1:
            self.problems.append(Problem(INFO, f"{name}の{what}は {len(cols)} {line}（{shown}）に分かれているため、"
                                         f"「{words[totals[0]]}」の{line}を{what}としました", self.file, g.name, where,
                                         code="split_measure"))
            rest = [c for c in cols if c != totals[0]]
            if set(cols) <= parts and _kinds_add_up([label_key(words[c]) for c in rest]):
                return "total", totals[0], rest  # (a 県支部 whose 計 is blank: its parts added)
            return totals[0]
        quick = [c for c in cols if _QUICK.search(words[c])]
        final = [c for c in cols if _FINAL.search(words[c]) and c not in quick]
        if len(quick) == 1 and len(final) == 1 and (newer := _newer_column(g, words, quick[0], final[0])) is not None:
            self.problems.append(Problem(INFO, f"{name}の{what}は「{words[quick[0]]}」と「{words[final[0]]}」の月が違うため、"
                                         f"新しい「{words[newer]}」の列を{what}としました", self.file, g.name, where,
                                         code="quick_and_final"))
            return "newer", newer
        if len(quick) == 1 and len(final) == 1:
            self.problems.append(Problem(INFO, f"{name}の{what}は「{words[quick[0]]}」と「{words[final[0]]}」の 2 {line}ある"
                                         f"ため、「{words[final[0]]}」の数がある県支部はそれを、ない県支部は「{words[quick[0]]}」"
                                         "を使いました", self.file, g.name, where, code="quick_and_final"))
            return quick[0], final[0]
        keys = {c: label_key(words[c]) for c in cols}
        for pick, why in (([c for c in cols if keys[c] in _COUNT_HEADS], ""),  # (「件数｜人数」, 「件数｜口数」)
                          ([c for c in cols if keys[c] in _ANNUAL] if measure == "target" else [], ""),
                          ([c for c in cols if not keys[c].startswith("うち")]
                           if any(keys[c].startswith("うち") for c in cols) else [], "（「うち…」はその内訳）")):
            if len(pick) == 1 and set(cols) <= parts:
                self.problems.append(Problem(INFO, f"{name}の{what}は {len(cols)} {line}（{shown}）に分かれているため、"
                                             f"「{words[pick[0]]}」の{line}を{what}としました{why}", self.file, g.name, where,
                                             code="split_measure"))
                return pick[0]
        if set(cols) <= parts and not quick and not final and _kinds_add_up([keys[c] for c in cols]):
            self.problems.append(Problem(INFO, f"{name}の{what}は {len(cols)} {line}（{shown}）に分かれていて合計の{line}がないため、"
                                         f"足して{what}としました", self.file, g.name, where, code="split_measure_added",
                                         action=f"足さない{line}があるなら、合計の{line}を加えてください"))
            return cols
        self.problems.append(Problem(WARNING, f"{name}の{what}の{line}が {len(cols)} {line}あります（{shown}）。最初の{line}を"
                                     f"{what}としました", self.file, g.name, where, code="measure_twice",
                                     action=f"{what}にする{line}だけを残すか、見出しを分けてください"))
        return cols[0]

    def half_year_columns(self, g: "_Grid", halves: dict[str, dict[tuple, tuple]],
                          found: list) -> dict[tuple[str, str], tuple[int, int]]:
        """A product whose 目標 (or 実績) stands under 「上期｜下期」 (each 県支部 down the side): the year's is 上期 +
        下期, said, unless another column gives that measure (「年間」).  One half only: not read, said (a half is never
        the year's figure).  {(product, "halves" / "actual_halves"): (上期 column, 下期 column)}, with that entry
        added to ``found``."""
        out: dict[tuple[str, str], tuple[int, int]] = {}
        for name, got in halves.items():
            for measure in dict.fromkeys(m for m, _ in got):
                one, two = got.get((measure, 1)), got.get((measure, 2))
                if measure == "target" and two is None and (measure, 3) in got:  # 「上期計画｜下期計画」: the plan is
                    two = got[(measure, 3)]  # the target
                p = (one or two or got[(measure, 3)])[1]
                if any(f[1] is p and f[2] == measure for f in found):
                    continue  # (an annual column of its own beside the halves: that one is read)
                at = "・".join(x[2] for x in (one, two, got.get((measure, 3))) if x is not None)
                what = "目標" if measure == "target" else "実績"
                if one is not None and two is not None and one[0] < two[0]:
                    kind = "halves" if measure == "target" else "actual_halves"
                    out[(name, kind)] = (one[0], two[0])
                    found.append((one[0], p, kind, None, ""))
                    self.problems.append(Problem(INFO, f"{name}の{what}は上期・下期の列（{at}）のため、上期＋下期を年間の"
                                                 f"{what}としました", self.file, g.name, at, code=f"{measure}_from_halves",
                                                 action=f"年間の{what}の列があるなら、その列を「年間{what}」の見出しにして"
                                                        "ください"))
                    continue
                if measure == "actual" and one is not None and two is None and (measure, 3) in got:  # 上期｜下期（見込）:
                    # 上期 is the 実績 so far (said: if the 時点 is in 下期, its months so far are not in it)
                    found.append((one[0], p, "actual", None, ""))
                    self.problems.append(Problem(WARNING, f"{name}の実績は下期の列が見込みなどで実績の列がないため、上期の列"
                                                 f"（{at}）を実績としました", self.file, g.name, at,
                                                 code="actual_first_half",
                                                 action="下期の実績があるなら、累計の列を加えてから読み直してください"))
                    continue
                self.problems.append(Problem(WARNING, f"{name}の{what}は片方の期の列しかないため、年間の{what}として"
                                             "読んでいません", self.file, g.name, at, code="halves_unread",
                                             action=f"年間（累計）の{what}の列を加えてから読み直してください"))
        return out

    def month_end_totals(self, g: "_Grid", bc: int, lo: int, limit: int, month_band: list[int], rows: list[int],
                         found: list, block_product, block_cell: str, band: list[int]) -> list:
        """A table that keeps the count through each month end (「累計件数（各月末）」 merged over 「6月末｜7月末｜…｜
        5月末」, or 「6月末累計」 …): each column already holds the year so far, so the 実績 is the last column any
        県支部 has filled (never the months' sum), and its month the 時点; said.  Only for a product with no 実績
        column of its own (a 累計 heading merged over the months is no column of its own).  ``found`` with it."""
        for r, months in self.month_runs(g, lo, limit, month_band, band):
            over = {g.origin(r - 1, c) for c, _ in months}
            band_text = g.cells.get(next(iter(over))) if len(over) == 1 else None
            band_text = band_text if isinstance(band_text, str) else ""
            running = all(_RUNNING.search(v) for _, v in months) or bool(_RUNNING.search(band_text))
            if form.measure_of(band_text) == "target" or _heading(band_text)[1] == "target":
                continue  # (「累計目標（各月末）」: the target's months, never the 実績)
            if not running and _heading(band_text)[1] != "actual":
                continue
            cols = [c for c, _ in months]
            branch_rows = [x for x in rows if _branch(g.at(x, bc))]
            filled = [c for c in cols if any(type(g.cells.get((x, c))) in (int, float) for x in branch_rows)]
            if not filled:
                continue
            latest = filled[-1]
            text = dict(months)[latest]
            product, _, cell = self.column_heading(g, lo, latest, band)
            product, cell = (product, cell) if product is not None else (block_product, block_cell)
            if product is None:
                continue
            p = self.product(product, cell, g.name)
            if p is None or any(f[1] is p and f[2] == "actual" and f[0] not in cols for f in found):
                continue
            found = [f for f in found if not (f[1] is p and f[0] in cols)]
            at = f"{g.addr(r, cols[0])}:{g.addr(r, cols[-1])}"
            if not running or not all(_growing([g.cells.get((x, c)) for c in cols]) for x in branch_rows):
                # 実績 over one column a month, not said to be running totals or with a figure below the month
                # before: whether each is the month alone or the year so far is unknown; no column is the 実績
                self.problems.append(Problem(WARNING, f"{p.product}の実績が月ごとの列（{normalize_text(months[0][1]).strip()}〜"
                                             f"{normalize_text(months[-1][1]).strip()}）に分かれていて、各月の件数か累計かが"
                                             "分からないため、実績として読んでいません", self.file, g.name, at,
                                             code="month_columns_unread",
                                             action="累計の列を加えるか、見出しに「累計」と書いてください"))
                continue
            ym = _month_in(text, g.ref)
            found.append((latest, p, "actual", ym, g.addr(r, latest)))
            self.problems.append(Problem(INFO, f"{p.product}は月末ごとの累計の列（{normalize_text(months[0][1]).strip()}〜"
                                         f"{normalize_text(months[-1][1]).strip()}）のため、数字のある最後の列"
                                         f"「{normalize_text(text).strip()}」（{g.addr(r, latest)}）を実績とし"
                                         + (f"、時点を {ym.label()} としました" if ym else "ました"),
                                         self.file, g.name, at, code="actual_last_month_end",
                                         action="各月の列が累計でなく単月の件数なら、累計の列を加えてください"))
            late = [g.addr(x, latest) for x in branch_rows if g.cells.get((x, latest)) in (None, "")
                    and any(g.cells.get((x, c)) not in (None, "") for c in cols if c < latest)]
            if late:
                self.problems.append(Problem(WARNING, f"{p.product}の「{normalize_text(text).strip()}」の列が空欄の県支部が"
                                             f"あります（{len(late)} 県支部）。前の月の累計は使わず、実績は空欄にしました",
                                             self.file, g.name, "・".join(late), code="month_end_blank",
                                             action="その月の累計を入力してから読み直してください"))
        return found

    def month_runs(self, g: "_Grid", lo: int, limit: int, month_band: list[int], band: list[int]) -> list:
        """[(row, [(column, heading)])] of the rows of month headings (「6月｜7月｜…」, 「6月末｜7月末｜…」) over a
        table's figures, one run of months per product: products side by side over the same months (団生 6月｜7月｜8月,
        火災 6月｜7月｜8月) are split by the heading over them (the product's cell, else the band merged over its
        months); a run that names a month twice is none."""
        out = []
        for r in month_band:
            months = [(c, v) for (_, c), v in sorted(g.row(r)) if lo < c < limit and isinstance(v, str)
                      and (m := _MONTH_END_HEAD.match(label_key(v))) and 1 <= int(m.group(1)) <= 12]
            if len(months) < 2:
                continue
            runs = [months]
            if len({_MONTH_END_HEAD.match(label_key(v)).group(1) for _, v in months}) < len(months):
                # split by the product over them only (two years' months of one product side by side, 「令和6年度
                # 累計実績｜令和7年度 累計実績」, are no two runs: which year is this one's is not for this rule)
                groups: dict[object, list] = {}
                bands: dict[object, set] = {}
                for c, v in months:
                    product = self.column_heading(g, lo, c, band)[0]
                    over = g.origin(r - 1, c)
                    text = g.cells.get(over)
                    key = (form.product_of(product)[0] if product else None,  # (「累計目標（各月末）｜累計実績（各月末）」)
                           form.measure_of(text) or _heading(text)[1] if isinstance(text, str) else None)
                    groups.setdefault(key, []).append((c, v))
                    bands.setdefault(key, set()).add(over)
                # (a product known: its measure's months, however many cells stand over them; no product: one band)
                runs = [run for key, run in groups.items()
                        if key[0] is not None or key[1] is not None and len(bands[key]) == 1] if len(groups) > 1 else []
            out.extend((r, run) for run in runs if len(run) >= 2
                       and len({_MONTH_END_HEAD.match(label_key(v)).group(1) for _, v in run}) == len(run))
        return out

    def prior_and_month(self, g: "_Grid", pieces: dict[str, dict[str, tuple]], found: list) -> dict[str, tuple]:
        """A product with 「前月までの累計」 and 「当月（12月）」 columns and no 実績 (累計) column: its 実績 is their sum
        (the clerk's own 到達率 formula adds them); said.  {product: (前月までの累計 column, 当月 column)}, with a
        ("sum") entry added to ``found``."""
        summed: dict[str, tuple] = {}
        for name, got in pieces.items():
            if "prior" not in got or "month" not in got or any(f[1].product == name and f[2] == "actual"
                                                               for f in found):
                continue
            (pc, ptext, pat, product, cell), (mc, mtext, mat, _, _) = got["prior"], got["month"]
            p = self.product(product, cell, g.name)
            if p is None or any(f[1] is p and f[2] == "actual" for f in found):
                continue
            summed[p.product] = (pc, mc)
            ym = _bracket_month(mtext, g.ref)  # 「当月（12月）」: the month of the sum
            found.append((pc, p, "sum", ym, mat if ym else ""))
            self.problems.append(Problem(INFO, f"{p.product}は累計の列がないため、「{normalize_text(ptext).strip()}」と"
                                         f"「{normalize_text(mtext).strip()}」の合計を実績としました（「－」・空欄は 0 件）",
                                         self.file, g.name, f"{pat}・{mat}",
                                         code="actual_from_prior_and_month",
                                         action="累計の列があるなら、見出しを「実績」または「累計」にしてください"))
        return summed

    def one_year(self, g: "_Grid", found: list, years: dict[int, tuple[int, str, str]]) -> list:
        """The columns of one fiscal year, when a product has the same measure under two (last year's final figures
        kept beside this year's): the year asked (``self.year``), else the latest; said, naming the headings of
        the columns read and of those left."""
        kept, left = [], []
        for name in dict.fromkeys(f[1].product for f in found):
            mine = [f for f in found if f[1].product == name]
            seen = {years[f[0]][0] for f in mine if f[0] in years}
            twice = any(sum(1 for f in mine if f[2] == m) > 1 for m in {f[2] for f in mine})
            if len(seen) < 2 or not twice:
                kept.extend(mine)
                continue
            chosen = self.year if self.year in seen else max(seen)
            for f in mine:
                (kept if f[0] in years and years[f[0]][0] == chosen else left).append(f)
        if not left:
            return found
        def heads(fs: list) -> tuple[str, str]:
            """(the headings' texts, their cells) of the columns ``fs``."""
            marks = {years[f[0]][1:] for f in fs if f[0] in years}
            return ("」「".join(dict.fromkeys(t for t, _ in sorted(marks, key=lambda m: m[1]))),
                    "・".join(dict.fromkeys(c for _, c in sorted(marks, key=lambda m: _cell_order(m[1])))))
        (used, used_at), (other, other_at) = heads(kept), heads(left)
        asked = self.year is not None and any(years.get(f[0], (None,))[0] == self.year for f in kept)
        current = any(years.get(f[0], (None,))[0] == _RELATIVE for f in kept)  # (「今年度」 says it is this year's)
        why = f"{self.year}年度を指定されたため" if asked else "年度の新しい列を使うため" + (
            f"（指定の {self.year}年度の列はありません）" if self.year is not None else "")
        names = "・".join(dict.fromkeys(f[1].product for f in left))
        self.problems.append(Problem(INFO if asked or current and self.year is None else WARNING,
                                     f"同じ商品の目標・実績の列が年度ごとにあります（{names}）。{why}、「{used}」の列"
                                     f"（{used_at}）を読み、「{other}」の列（{other_at}）は読んでいません", self.file,
                                     g.name, used_at, code="other_year_columns",
                                     action="別の年度を集計するなら、使わない年度の列を消してから読み直してください"))
        left_ids = {id(f) for f in left}
        return [f for f in found if id(f) not in left_ids]

    def cards(self, sheet: SheetData, cells: dict) -> bool:
        """Cards, one per 県支部, side by side and one under another: 「富山県支部」 over 共済｜年間目標｜累計, the
        products down its first column (a 東海北陸計 card is a total)."""
        found = []
        for (r, c), v in cells.items():
            pref = _branch(v)
            if pref is None:
                continue
            head = next((rr for rr in (r + 1, r + 2) if label_key(cells.get((rr, c))) in _PRODUCT_HEADS
                         and any(form.measure_of(cells.get((rr, x))) in ("target", "actual") for x in range(c + 1, c + 6))),
                        None)  # (the card's own heading row: 共済｜年間目標｜累計 under the 県支部's name)
            if head is not None and form.product_of(cells.get((head + 1, c)))[0]:
                found.append((r, c, head, pref))
        if not found:
            return False
        # the month: a footnote naming the product, the title's, or a footnote's for all (「※件数はいずれも2025年1月末現在」)
        title = _title_as_of(_top_cells(cells)) or _title_as_of(
            [(rc, v) for rc, v in sorted(cells.items()) if isinstance(v, str) and v.lstrip()[:1] in ("※", "*", "＊")])
        width = max(c for _, c in cells) + 1
        notes = _product_note_months(sheet, self.ref)
        for r, c, head, pref in sorted(found):
            right = min((x for (rr, x) in cells if rr == r and x > c), default=width)  # the next card's title
            below = min((rr for rr, x, _, _ in found if x == c and rr > r), default=head + 40)
            cols: dict[str, int] = {}
            for x in range(c + 1, right):
                m = form.measure_of(cells.get((head, x))) if x not in self.hidden_rows[1] else None
                if m in ("target", "actual"):
                    cols.setdefault(m, x)
            for rr in range(head + 1, min(below, head + 40)):
                v = cells.get((rr, c))
                if not isinstance(v, str) or not v.strip():
                    if v is None and not any(cells.get((rr, x)) is not None for x in range(c, right)):
                        break  # the card ends at its first blank row
                    continue
                if form.is_total(v) or v.strip().startswith(("※", "注", "*")):
                    continue
                p = self.product(v, a1(rr, c), sheet.name)
                if p is None:
                    continue
                if p.as_of is None:  # a footnote naming the product, else the title's month
                    ym = notes.get(p.product) or title
                    if ym is not None:
                        self.set_as_of(p, ym[0], sheet.name, ym[1])
                figures = {k: self.count(cells.get((rr, x)), sheet.name, a1(rr, x), form.FIGURES.column(k).label)
                           for k, x in cols.items()}
                self.add(p, pref, figures, sheet.name, a1(rr, c))
        return True

    def branch_sheet(self, sheet: SheetData, cells: dict) -> bool:
        """A sheet of one 県支部 (named by the sheet or its title: 「滋賀」, 「自治労滋賀県本部 新契約実績報告」): the
        products down a column, 目標 / 実績 (and 時点) in the heading row above them."""
        top = _top_cells(cells)
        pref = _branch(sheet.name) or next((p for _, v in top if (p := _branch_in(v))), None)
        if pref is None:
            return False
        down = Counter(c for (r, c), v in cells.items() if form.product_of(v)[0] and not form.product_of(v)[1])
        if not down or down.most_common(1)[0][1] < 1:
            return False
        pc = down.most_common(1)[0][0]
        first = min(r for (r, c), v in cells.items() if c == pc and form.product_of(v)[0])
        head = max((r for (r, c), v in cells.items() if r < first and c > pc and form.measure_of(v)), default=None)
        if head is None:
            return False
        cols = {m: c for (r, c), v in sorted(cells.items()) if r == head and c > pc and c not in self.hidden_rows[1]
                and (m := form.measure_of(v)) in ("target", "actual")}
        # every named row under the headings is a product, one we do not know too (がん共済: said, and kept)
        rows = sorted(r for (r, c), v in cells.items() if c == pc and r > head and isinstance(v, str) and v.strip()
                      and not form.is_total(v) and not v.strip().startswith(("※", "注", "*"))
                      and any(cells.get((r, x)) not in (None, "") for x in cols.values()))
        as_of_col = next((c for (r, c), v in cells.items() if r == head and _as_of_label(v)), None)
        if not cols:
            return False
        title = _title_as_of(top)
        read = []
        for r in rows:
            p = self.product(cells[(r, pc)], a1(r, pc), sheet.name)
            if p is None:
                continue
            if as_of_col is not None and cells.get((r, as_of_col)) not in (None, ""):
                self.set_as_of(p, self.month_cell(cells[(r, as_of_col)], sheet.name, a1(r, as_of_col)), sheet.name,
                               a1(r, as_of_col))
            figures = {k: self.count(cells.get((r, c)), sheet.name, a1(r, c), form.FIGURES.column(k).label)
                       for k, c in cols.items()}
            self.add(p, pref, figures, sheet.name, a1(r, pc))
            read.append(p)
        # the products a note names (「2025年1月末（マイカー・車両・火災は2024年12月末）」), then the month a 「集計時点」
        # field above the table gives the others (what is left out of brackets), then the title's
        _apply_notes(self, sheet)
        field = _field_as_of(cells, head)
        for month, where in ((self.month_cell(field[0], sheet.name, field[1]), field[1]) if field else (None, ""),
                             title or (None, "")):
            for p in read:
                if p.as_of is None and month is not None:
                    self.set_as_of(p, month, sheet.name, where)
        return True

    def column_heading(self, g: "_Grid", bc: int, c: int, band: list[int]) -> tuple[str | None, str | None, str]:
        """(product text, measure, its cell) of column ``c`` from the heading rows ``band`` above its figures."""
        product = measure = None
        cell = ""
        for r in reversed(band):
            v = g.at(r, c)
            p, m = _heading(v)
            measure = measure or m
            if p is not None and product is None:
                product, cell = v, g.addr(*g.origin(r, c))
        if product is None:  # the product over a group of columns: merged across them, or written over the first
            for r in reversed(band):
                if not g.names_products(r, bc):
                    continue
                left = g.left_of(r, c, bc)
                if left is None or not isinstance(left[1], str) or form.measure_of(left[1]):
                    continue
                product, cell = left[1], g.addr(r, left[0])
                break
        return product, measure, cell

    def caption_as_of(self, g: "_Grid", prev_end: int, h: int) -> tuple[object, str, str] | None:
        """(the value, its cell, the product) right of a 時点 label on the row of a product's heading above a table (a
        block's own month: a text, a date, a year.month number), or None."""
        for r in range(h - 1, max(prev_end, h - 1 - _HEAD_ROWS), -1):
            row = dict(g.row(r))
            named = [name for v in row.values() if (name := form.product_of(v)[0])]
            if not named:
                continue
            for (rr, c), v in sorted(row.items()):
                right = row.get((rr, c + 1))
                if len(named) == 1 and _as_of_label(v) and right not in (None, ""):
                    return right, g.addr(rr, c + 1), named[0]
            return None
        return None

    def block_product(self, g: "_Grid", band: list[int], prev_end: int, h: int) -> tuple[str | None, str]:
        """The product a heading above a table names (「(1) 団体生命共済 (2025年1月)」, a title), or the sheet's name."""
        for r in range(h - 1, max(prev_end, h - 1 - _HEAD_ROWS), -1):
            for (rr, c), v in sorted(g.row(r)):
                if form.product_of(v)[0] and not form.product_of(v)[1]:
                    return v, g.addr(rr, c)
        if form.product_of(g.name)[0] and g.title_product() is None:
            return g.name, ""
        return g.title_product() or (None, "")

    def said_hidden_columns(self, sheet: SheetData) -> None:
        """Say which hidden columns of the sheet hold figures under a 目標 / 実績 heading (not read: last year's, a
        work column), naming their cells: INFO when the columns in sight give the same products' figures, WARNING
        when a product's 目標 or 実績 is only there."""
        heads = self.hidden_heads.pop(sheet.name, [])
        ranges = _hidden_figure_columns(sheet, self.hidden_rows[1])
        if not ranges and not heads:
            return
        names = list(dict.fromkeys(n or "商品名の分からない列" for n, _, _ in heads))
        only = list(dict.fromkeys(f"{n}の{'目標' if m == 'target' else '実績'}" for n, m, seen in heads
                                  if n and not seen and m in ("target", "actual")))
        what = f"（{'・'.join(names)}）" if names else ""
        cells = "・".join(ranges) if ranges else ""
        if only:
            self.problems.append(Problem(WARNING, f"非表示の列にある目標・実績{what}は読んでいません。{'・'.join(only)}は"
                                         "表示されている列にないため、集計されていません", self.file, sheet.name, cells,
                                         code="hidden_columns", action="集計に使う列なら、表示してから読み直してください"))
        else:
            self.problems.append(Problem(INFO, f"非表示の列にある目標・実績{what}は読んでいません（前年度の数字など）。"
                                         "表示されている列の数字を使いました", self.file, sheet.name, cells,
                                         code="hidden_columns", action="集計に使う列なら、表示してから読み直してください"))

    def ordered(self) -> list[ProductInput]:
        """Standard products in HQ's order, then the others in order of appearance."""
        for sheet, cells in self.inferred.items():  # months typed without their year: the year supplied, said
            (cell, text, ym), more = cells[0], len(cells) - 1
            self.problems.append(Problem(INFO, f"時点「{text}」{f'など {more + 1} か所' if more else ''}に年の記載がないため、"
                                         f"シートの名前・表題の年（年度）から年を補って読みました（{text} → {ym.label()}）",
                                         self.file, sheet, cell, code="as_of_year_inferred",
                                         action="違う年なら、「2025年1月」のように年も入力してください"))
        for sheet, names in self.unseen.items():
            shown = "・".join(dict.fromkeys(n for n in names if n))
            self.problems.append(Problem(INFO, f"非表示の行（{len(names)} 行: {shown[:80]}）は読んでいません", self.file, sheet,
                                         "", code="hidden_rows", action="集計に入れる行なら、表示してから読み直してください"))
        for name, (_, sheet, cell, _) in self.preset.items():
            if name not in self.products:
                self.problems.append(Problem(INFO, f"「{name}」は{sheet}シートにありますが、目標・実績の表にないため出力していません",
                                             self.file, sheet, cell, code="product_without_figures"))
        for (sheet, other), cell in self.repeats.items():  # a sheet that only repeats another one (a summary)
            if (sheet, other) not in self.clashed:
                self.problems.append(Problem(INFO, f"シート「{sheet}」の数字はシート「{other}」と同じです（1 回だけ"
                                             "集計しました）", self.file, sheet, cell, code="same_figures"))
        order = {name: i for i, name in enumerate(PRODUCTS)}
        names = list(self.products)
        ordered = sorted(self.products.values(), key=lambda p: (order.get(p.product, len(order)), names.index(p.product)))
        for p in ordered:
            p.branches.sort(key=lambda b: b.code)
            for attr, label in (("target", "目標"), ("actual", "実績")):
                if p.branches and all(getattr(b, attr) is None for b in p.branches):
                    sheet, _, cell = p.branches[0].source.partition("!")  # (where its first 県支部 was read)
                    self.problems.append(Problem(WARNING, f"{p.product}の{label}がどの県支部にもありません（{label}の列が"
                                                 "見つからないか、空欄です）", self.file, sheet, cell, code=f"no_{attr}",
                                                 action=f"{label}の列の見出しを確認してください"))
            lacking = [b for b in p.branches if b.target is not None and b.actual is None
                       and (p.product, b.code) not in self.dashed]
            if lacking and any(b.actual is not None for b in p.branches):  # (未報告: blank, never 0)
                sheet, _, cell = lacking[0].source.partition("!")
                self.problems.append(Problem(WARNING, f"{p.product}: 目標があって実績が空欄の県支部があります（"
                                             f"{'・'.join(b.name for b in lacking)}）。実績は 0 件とせず、空欄のまま集計しました",
                                             self.file, sheet, cell, code="branch_without_actual",
                                             action="未報告でなければ、その県支部の実績を確認してください"))
            if p.as_of is None:
                self.problems.append(Problem(WARNING, f"{p.product}の時点（集計月）がありません", self.file, "", "",
                                             code="no_as_of"))
        return ordered


_ACTUAL_LABEL = form.FIGURES.column("actual").label
_TARGET_LABEL = form.FIGURES.column("target").label
_REMARK_HEADS = frozenset(("備考", "摘要", "注記", "メモ", "コメント", "備考欄", "特記事項", "注"))
_DITTO = frozenset({"〃", "″", "′′", "同上", "同", "々", "\"", "''"})


_PRODUCTS_TOTAL = re.compile(r"^(?:\d+|[一二三四五六七八九十]+|主要|全|全商品|全種目)?(?:共済|商品|種目)?(?:計|合計|総計|小計)$")
_SPLIT_TOTALS = frozenset(label_key(x) for x in ("計", "合計", "小計", "総計", "合計件数", "計(件)", "合計(件)"))
_NOT_A_PART = re.compile("率|比|%|金額|円|掛金|保険料|保障額|前年|昨年|前回|前月|先月|目標|見込|予定|計画|順位|増減|差|平均|"
                         "シェア|割合|達成度|構成")
_QUICK = re.compile("速報|当初|修正前|変更前")
_FINAL = re.compile("確定|確報|修正後|見直し後|変更後|改定後")
_QUICK_OR_FINAL = re.compile("速報|確定|確報")
_ANNUAL = frozenset(label_key(x) for x in ("年間", "通年", "通期", "年度", "年間計", "年間目標", "年度計"))
_COLUMN = {False: "列", True: "行"}


def _split_measure_columns(g: "_Grid", band: list[int], columns: list[int], first_row: int,
                           limit: int) -> tuple[set[int], dict[int, tuple[str, int]], set[int]]:
    """(the columns under a 目標 / 実績 heading merged across them whose own headings below part it (「本人｜家族｜計」,
    「新規｜切替｜計」: one_of_columns weighs them), {column: (its heading, row)} of the renewals among them and the 計
    that counts them (「新規｜継続｜計」: neither is new contracts), the columns beside the count that are no part of it
    (「件数｜構成比」, 「前回｜今回」: a rate, a rank, another unit's figure, last time's)); not months, years or halves
    (their own rules read those)."""
    out: set[int] = set()
    renewals: dict[int, tuple[str, int]] = {}
    beside: set[int] = set()
    for r in band:
        for c in columns:
            if _heading(g.cells.get((r, c)))[1] not in ("target", "actual"):
                continue
            end = c
            while end + 1 < limit and g.origin(r, end + 1) == (r, c):
                end += 1
            if end == c:
                continue
            parts = {x: [v for rr in range(r + 1, first_row) if isinstance(v := g.cells.get((rr, x)), str) and v.strip()]
                     for x in range(c, end + 1)}
            if not all(parts.values()) or any((_month_in(v, g.ref) or _MONTH_WORD.match(normalize_text(v).strip())
                                                or _fiscal_year_of(v) is not None) and not _QUICK_OR_FINAL.search(v)
                                               or _half(v) or _heading(v)[0] is not None
                                               or _heading(v)[1] not in (None, "rate")
                                               for vs in parts.values() for v in vs):
                continue
            rows = {x: [rr for rr in range(r + 1, first_row) if isinstance(v := g.cells.get((rr, x)), str) and v.strip()]
                    for x in parts}
            renewed = {x: (normalize_text(v).strip(), rr) for x, vs in parts.items() for v, rr in zip(vs, rows[x])
                       if _is_renewal(label_key(v))}
            if renewed:  # (「新規｜継続｜計」: the 計 counts renewals too)
                renewed.update({x: (normalize_text(v).strip(), rr) for x, vs in parts.items()
                                for v, rr in zip(vs, rows[x]) if _kind_total(label_key(v))})
            # a rate, an amount, a rank or last time's figure beside the count (「件数｜構成比」) is no part of it
            other = {x for x, vs in parts.items() if x not in renewed  # (a rate: 「本人｜家族｜計｜到達率」)
                     and any(_NOT_A_PART.search(normalize_text(v)) or _heading(v)[1] == "rate" for v in vs)}
            counted = [x for x in parts if x not in renewed and x not in other]
            if not counted:
                continue
            renewals.update(renewed)
            beside |= other
            if len(counted) > 1:
                out.update(counted)
            elif counted[0] != c:  # (「前回｜今回」: the one column counted, not the heading's first)
                out.add(counted[0])
    return out, renewals, beside


def _newer_column(g: "_Grid", words: dict[int, str], quick: int, final: int) -> int | None:
    """The column of the later month when 速報 and 確定 name different months (「12月末速報｜11月末確定」, 「当月速報｜
    前月確定」): that one is read whole; None when they name the same month or none."""
    months = {c: _campaign_month(words[c]) for c in (quick, final)}
    if months[quick] is not None and months[final] is not None and months[quick] != months[final]:
        return quick if months[quick] > months[final] else final
    last = {c: bool(_PREVIOUS.search(words[c])) for c in (quick, final)}
    if last[quick] != last[final]:
        return final if last[quick] else quick
    return None


def _month_count(text: str) -> bool:
    """A heading of one month's own count (「当月」, 「単月」, 「実績（月間）」), not a monthly target (「目標（月間）」)."""
    key = label_key(text)
    return bool(form.ONE_MONTH.search(key)) and form.measure_of(TRAILING_NOTE.sub("", key)) != "target"


_PREVIOUS = re.compile("前月|先月|前回")
_MONTH_WORD = re.compile(r"^(?:(?:令和|平成|R|H)?\d{1,4}年)?\d{1,2}月")  # (a part headed by a month: 「8年12月」)
_SPAN_WORD = re.compile("[~～〜]|から|以降|まで|迄")


def _heading_month(words: str) -> str | None:
    """The one month a column's own heading words name (「1月末」 of 「実績（1月末）」, 「1月末速報（2月3日集計）」: the
    month outside brackets before one inside), None when they name none, "" when they name a span (「6月～1月」), a
    made date (「令和9年2月4日作成」), a stamp's day only (「令和9年2月4日　中国地連」: no month) or two months."""
    if _made(words):
        return ""
    text = _unstamped(words)
    if _SPAN_WORD.search(text):
        return ""
    months = {m.rstrip("末"): m for m in _MONTH_IN_HEADING.findall(_BRACKETED.sub("", text))} or \
        {m.rstrip("末"): m for m in _MONTH_IN_HEADING.findall(text)}
    if not months:
        return "" if _DAY_DATE.search(words) and not _DAY_DATE.search(text) else None
    return next(iter(months.values())) if len(months) == 1 else ""
_MONTH_IN_HEADING = re.compile(r"(?:(?:令和|平成|R|H)\d{1,2}年|\d{4}年)?\d{1,2}月末?")  # (「12月末」, 「令和8年12月」)
_A_MONTH = re.compile(r"(?<![\d/.])(\d{1,2})\s*(?:月|/\d{1,2}(?![\d/]))|(?<=\.)(\d{1,2})\s*末")


def _campaign_month(text: str) -> int | None:
    """The place in the campaign year (June first) of a month a heading names (「12月末速報」, 「確定（11月末）」)."""
    m = _A_MONTH.search(normalize_text(text))
    month = int(m.group(1) or m.group(2)) if m else 0
    return (month - 6) % 12 if 1 <= month <= 12 else None


def _own_words(g: "_Grid", c: int, rows: list[int]) -> str:
    """The words of column ``c``'s own heading cells in ``rows`` (a cell merged over other columns too is not its own;
    the measure word itself left out): 「本人」 under 「実績」, 「速報」 of 「実績（速報）」."""
    out = []
    for r in rows:
        v = g.cells.get((r, c))
        if not isinstance(v, str) or not v.strip() or g.origin(r, c + 1) == (r, c):
            continue
        text = normalize_text(v).strip()
        if _heading(text)[0] is not None or form.measure_of(text) is not None:  # (the product's or the measure's
            # own heading: only what it says in brackets, 「団体生命共済（速報）」, 「実績（確定）」)
            inner = re.search(r"[（(]([^（）()]+)[）)]\s*$", text)
            if inner is None:
                continue
            text = inner.group(1).strip()
        out.append(text)
    return "・".join(out)


def _heading_again(product, branch) -> bool:
    """A row that repeats the table's headings (the heading row copied to the top of a second printed page): its
    商品 cell names the 商品 column and its 県支部 cell the 県支部 column."""
    return isinstance(product, str) and isinstance(branch, str) \
        and label_key(product) in _LONG.column("product").label_keys() \
        and label_key(branch) in _LONG.column("branch").label_keys()


def _same_as_above(value) -> bool:
    """A cell left blank or holding 〃 / 同上 under a filled one: "the same as the row above"."""
    return value is None or (isinstance(value, str) and (not value.strip() or normalize_text(value).strip() in _DITTO))


def _cell_order(cell: str) -> tuple[int, int]:
    """A1 cells in the order of the sheet's columns, then rows."""
    r, c = parse_a1(cell)
    return c, r


def _span(cells: list[str]) -> str:
    return cells[0] if len(cells) == 1 else f"{cells[0]}〜{cells[-1]}"


_BRACKETS = "【】[]［］()（）■◆●・ 　"


_NOTE_MONTH = re.compile(r"^(?:[(（]注[)）]|注[:：]?|※|\*)?\s*(.+?)(?:は|のみ)(.+)$")
_NOTE_SPLIT = re.compile(r"[・、,，/／]|及び|と")


def _dash_note(sheet: SheetData) -> tuple[str, str] | None:
    """(cell, text) of a note saying a dash in a count means no contract, 0 (「※「－」は契約なし」, 「－は0件」)."""
    for r, c, v in sheet.filled():
        if not isinstance(v, str) or len(v) > 120 or not (_DASH_RAW.search(v) or _DASH_SHOWN.search(v)):
            continue
        text = normalize_text(v)
        for m in [*_DASH_NOTE.finditer(text), *_DASH_SHOWN.finditer(text)]:  # (each dash the note speaks of)
            sentence = re.split("[。]", text[m.start():], maxsplit=1)[0]
            clauses = re.split("[、,]", sentence)
            own = _BRACKETED.sub("", clauses[0])  # (「0件は「－」で表示（未報告は空欄）」: the bracket is about blanks)
            prefix = re.split("[。※、,]", text[:m.start()])[-1]
            if _DASH_NOT_ZERO.search(own) or _NOT_SO.search(own) \
                    or any(_DASH_NOT_ZERO.search(x) and not _BLANK_WORD.search(x) for x in clauses[1:]) \
                    or _OTHER_COLUMN.search(prefix) and "以外" not in prefix:
                continue  # (「…、空欄は未報告」 is about blanks: the dash's clause stands)
            return a1(r, c), v.strip()
    return None


_DASH_NOTE = re.compile(r"(?<![ァ-ヺ])[「『\"(]?[-\u30fc―‐−–—][」』\")]?\s*(?:印|記号)?\s*(?:は|=|:)\s*を?(?:(?:新?契約|実績|新規契約?|件数)\s*(?:が|は)?\s*(?:なし|無し|ゼロ|0件?)|0\s*件?(?![0-9])|ゼロ|零|(?:該当|実績)なし\s*\(\s*0\s*件?\s*\))")
_DASH_SHOWN = re.compile(r"(?:0|０)\s*件(?:の県支部)?は\s*[「『\"（(]?[-－ー―‐−–—][」』\"）)]?\s*で(?:表示|表記|記載)")  # 「0件は「－」で表示」
_DASH_NOT_ZERO = re.compile("未報告|未提出|未集計|集計中|未着|不明")
_DASH_RAW = re.compile("[-－ー―‐−–—ｰ][」』\"”）)]?\\s*(?:印|記号)?\\s*[は＝=:：]")  # (cheap: before normalising the text)
_NOT_SO = re.compile("ではな|でない|ではありません")  # 「「－」は0件ではありません」
_BLANK_WORD = re.compile("空欄|空白|ブランク|未記入")
_OTHER_COLUMN = re.compile("前年|比|率|目標|増減|差")  # 「前年比の「－」は…」: a note about another column


def _notes(sheet: SheetData) -> list:
    """((row, col), text) of the cells that say a month for some products (「（注）マイカー・車両・自賠責は12月末」,
    「基準日：2025年1月31日（③交通災害共済は前月末）」)."""
    return [((r, c), v) for r, c, v in sheet.filled()
            if isinstance(v, str) and len(v) <= 120 and ("は" in v or "のみ" in v)
            and any(_NOTE_MONTH.match(t) for t in _note_texts(v))]


def _note_texts(text: str) -> list[str]:
    """A note's text and, first, what it says in brackets, then each of its sentences when it has several
    (「※都道府県コードは…。　※自賠責・自然災害は2024年12月末現在」)."""
    t = normalize_text(text).strip()
    parts = [x.strip() for x in _SENTENCES.split(t)] if "※" in t[1:] or "。" in t.rstrip("。") else []
    return [m.group(0)[1:-1].strip() for m in _BRACKETED.finditer(t)] + [x for x in parts if x] + [t]


_SENTENCES = re.compile(r"(?<=。)|(?=※)")
_NOTE_WHEN = re.compile(r"^\s*(.{1,16}?(?:末|現在|時点))")  # 「前月末現在の件数です」: the month before the rest


def _note_months(text, ref: YearMonth | None) -> list[tuple[str, YearMonth]]:
    """[(product, month)] a note gives: 「※交通災害は令和6年12月末現在」, 「（注）マイカー・車両・自賠責は12月末」,
    「※交通災害共済は前月末現在の件数です」."""
    if not isinstance(text, str):
        return []
    for t in _note_texts(text):
        m = _NOTE_MONTH.match(t)
        if m is None:
            continue
        ym = _month_in(m.group(2), ref)
        if ym is None and (when := _NOTE_WHEN.match(m.group(2))):
            ym = _month_in(when.group(1), ref)
        if ym is not None:
            names = [n for x in _NOTE_SPLIT.split(m.group(1)) if (n := form.product_of(x.strip())[0])]
            if names:
                return [(n, ym) for n in names]
    return []


_PRODUCT_HEADS = frozenset(form.FIGURES.column("product").label_keys())
_BRANCH_HEADS = frozenset(form.FIGURES.column("branch").label_keys())


def _block_measure(g: "_Grid", prev_end: int, h: int) -> tuple[str, int] | None:
    """(目標 or 実績, its row) when a heading just above a table says all its figures are that (「【目標】」, 「■実績」)."""
    for r in range(h - 1, max(prev_end, h - 1 - _HEAD_ROWS), -1):
        for _, v in g.row(r):
            if isinstance(v, str) and ((m := form.measure_of(v.strip(_BRACKETS))) in ("target", "actual", "rate")
                                       or (m := _caption_measure(v)) is not None):  # (「【実績】累計実績 12月末現在」)
                return m, r
    return None


# headings that leave a caption's measure as it is: a count, its unit, the year's whole (「年間」 beside 上期｜下期)
_PLAIN_HEADS = frozenset(label_key(x) for x in (*form.COUNT_LABELS, "件", "(件)", "件数(件)", "年間", "通年", "通期",
                                                "年間計", "年度計", "合計", "計"))


def _own_text(g: "_Grid", c: int, rows) -> bool:
    """Column ``c`` has a heading of its own in ``rows`` (its own cell, not a merged one over it) that names another
    figure than the caption's (「前年比」, 「前年度実績」, 「基準」, 「見込」, a rate): a caption's 目標 / 実績 over the
    table is not its measure.  A unit 「（単位：件）」 or a word for the count itself (「新規件数」, 「契約件数」) is no
    other figure."""
    for r in rows:
        v = g.cells.get((r, c))
        if isinstance(v, str) and v.strip() and not _is_note(v) and label_key(v) not in _PLAIN_HEADS \
                and (form.measure_of(v) in ("other", "rate", "prior") or _OTHER_FIGURE.search(label_key(v))):
            return True
    return False


_OTHER_FIGURE = re.compile("前年|昨年|前々年|基準(?!日)|見込|予測|予定|比$|前年比|対比")  # a figure not the caption's
# (a plan under 【目標】 is the target; 「（基準日：2026年1月末）」 a date)


_HALF = (re.compile(r"^(?:上期|上半期|前期|前半期)"), re.compile(r"^(?:下期|下半期|後期|後半期)"))
_CAPTION = re.compile(r"^[\s【\[［<＜■◆●]*(目標|実績)\s*[】\]］>＞:：]")


def _half(value) -> int | None:
    """1 for a heading of the first half-year (「上期（6～11月）」), 2 for the second (「下期」), 3 for a forecast of the
    second (「下期（見込）」), else None."""
    if not isinstance(value, str) or len(value) > 20:
        return None
    key = label_key(value)
    half = next((i + 1 for i, rx in enumerate(_HALF) if rx.match(key)), None)
    if half == 2 and _FORECAST.search(key):  # 「下期（見込）」: a forecast (3), never added to a figure
        return 3
    return half


_FORECAST = re.compile("見込|予測|見通し|予定|計画")  # (「上期計画｜下期計画」 under 目標: a plan is the target, summed)


def _ends_halves(label: str) -> bool:
    """A row label that ends a table of 上期｜下期 targets with no blank row under it: the next table's caption
    (「【実績】…」) or heading row (「県支部｜団生」, 「実績」), or a 県支部's name (a table of 県支部 down the side)."""
    product, measure = _heading(label)
    return _caption_measure(label) is not None or _branch(label) is not None or label_key(label) in _BRANCH_HEADS \
        or product is None and measure is not None


def _column_half(g: "_Grid", c: int, rows: list[int]) -> tuple[int, str] | None:
    """(1 / 2, the cell) when column ``c``'s own heading cell in ``rows`` says 上期 / 下期."""
    return next(((x, g.addr(r, c)) for r in rows if (x := _half(g.cells.get((r, c)))) is not None), None)


def _halves_caption(g: "_Grid", prev_end: int, h: int) -> str | None:
    """"target" when a line just above a table of 上期｜下期 columns names 目標 and not 実績 (「令和8年度 推進目標（半期
    別）」), else None."""
    for r in range(h - 1, max(prev_end, h - 1 - _HEAD_ROWS), -1):
        for _, v in g.row(r):
            if isinstance(v, str) and len(v) <= 60 and "目標" in v and "実績" not in v and not _is_note(v):
                return "target"
    return None


def _caption_measure(value) -> str | None:
    """目標 / 実績 a caption over a table names (「【目標】令和8年度 推進目標（半期別）」, 「■実績」), else None."""
    if not isinstance(value, str) or len(value) > 60:
        return None
    m = _CAPTION.match(normalize_text(value))
    if m:
        return form.measure_of(m.group(1))
    hit = form.measure_of(value.strip(_BRACKETS))
    return hit if hit in ("target", "actual") else None


_MONTH_END_HEAD = re.compile(r"^(?:(?:令和|平成|R|H)?\d{1,4}年)?(\d{1,2})月末?(?:現在|時点)?(?:の)?(?:累計|累積)?(?:件数|実績)?$")
_RUNNING = re.compile("累計|累積")


def _growing(values: list) -> bool:
    """The numbers among ``values`` never go down, left to right (running totals)."""
    numbers = [v for v in values if type(v) in (int, float)]
    return all(a <= b for a, b in zip(numbers, numbers[1:]))


def _measure_text(g: "_Grid", c: int, band: list[int], measure: str) -> tuple[str, str]:
    """(the text, its cell) of the heading over column ``c`` that names ``measure`` (「前月までの累計」, 「当月（12月）」)."""
    for r in reversed(band):
        v = g.at(r, c)
        if isinstance(v, str) and form.measure_of(v) == measure:
            return v, g.addr(*g.origin(r, c))
    return "", ""


def _shifted_measures(cells: dict, down: Counter) -> tuple[int, int, int] | None:
    """A row of 目標｜実績 headings that starts in the 県支部 column itself, one column left of the figures it
    labels (a table pasted out of an e-mail: the 県支部 cell spanned two heading rows, and with its merge lost the
    second row slid left): the row's headings are moved one column right in ``cells``; (the row, its first and last
    column as the sheet has them), or None.  Only when the row's cells from the 県支部 column on, with no gap, are
    measures (then perhaps headings of no measure at its end: 「備考」, moved too), the row above names a product over
    the first figure column, and the 県支部 rows' numbers begin one right of the 県支部 column and stand no further
    right than one column past the last measure (that column may be blank: a 実績 not in yet)."""
    candidates = {c for c, n in down.most_common(_MAX_BRANCH_COLUMNS) if n >= 2}
    tops: dict[int, int] = {}  # 県支部 column → its first 県支部 row (one pass, names looked at in those columns only)
    for (r, c), v in cells.items():
        if c in candidates and r < tops.get(c, 1 << 30) and _branch(v):
            tops[c] = r
    for bc, top in sorted(tops.items()):
        h = top - 1
        if form.measure_of(cells.get((h, bc))) not in ("target", "actual") \
                or not form.product_of(cells.get((h - 1, bc + 1)))[0]:
            continue
        rows = sorted(r for (r, c), v in cells.items() if c == bc and _branch(v))
        row = sorted((c, v) for (r, c), v in cells.items() if r == h and c >= bc)
        if [c for c, _ in row] != list(range(bc, bc + len(row))):
            continue
        # the measures first, then at most headings of no measure at the row's end (「備考」), moved with them
        n = next((i for i, (_, v) in enumerate(row) if form.measure_of(v) not in ("target", "actual", "rate")), len(row))
        cols = [c for c, _ in row[:n]]
        if len(cols) < 2 or any(form.measure_of(v) is not None for _, v in row[n:]):
            continue
        rowset = set(rows)
        # the 県支部 rows' numbers begin right of the 県支部 column and go no further than one column right of the
        # last measure (its column may be blank: a product's 実績 not in yet)
        figures = {c for (r, c), v in cells.items() if r in rowset and c > bc and type(v) in (int, float)}
        if min(figures, default=-1) != bc + 1 or max(figures) > cols[-1] + 1:
            continue
        for c, _ in row:
            del cells[(h, c)]
        cells.update({(h, c + 1): v for c, v in row})
        return h, cols[0], cols[-1]
    return None


def _measure_column(g: "_Grid", bc: int, heads: dict) -> int | None:
    """A column right of the 県支部 whose cells say 目標 / 実績 on the 県支部's own rows (each 県支部 over a pair
    of rows), or None."""
    count: Counter = Counter()
    for (r, c), (_, m) in heads.items():
        if m in ("target", "actual") and _branch(g.at(r, bc)):
            count[c] += 1
    if not count:
        return None
    c, n = count.most_common(1)[0]
    return c if n >= 4 else None


def _branch_in(value) -> Prefecture | None:
    """The 県本部 a title names (「自治労滋賀県本部 新契約実績報告」)."""
    if not isinstance(value, str):
        return None
    key = fold_variants(label_key(value))  # (「自治労德島県本部」)
    for p in prefectures():
        if any(f"{p.name}{tail}" in key for tail in ("県本部", "都本部", "府本部", "道本部", "本部", "県支部")):
            return p
    return None


def _is_note(value) -> bool:
    return isinstance(value, str) and (value.lstrip()[:1] in ("※", "*", "＊") or bool(_NOTE_MONTH.match(
        normalize_text(value).strip())))


def _field_as_of(cells: dict, head: int) -> tuple[object, str] | None:
    """(the text, its cell) of a 「集計時点｜2025年1月末（…）」 field above a table's heading row: the text right of the
    label without what it says in brackets (a note for some products, read by _apply_notes)."""
    for (r, c), v in sorted(cells.items()):
        if r < head and _as_of_label(v):
            right = cells.get((r, c + 1))
            if type(right) in (int, float) and right == int(right) and 1 <= right <= 12:  # 「報告月｜11｜月末」
                unit = cells.get((r, c + 2))
                unit = normalize_text(unit).strip() if isinstance(unit, str) and unit.strip()[:1] == "月" else ""
                if unit and (re.search(r"\d", unit) or _SPAN_MARK.search(unit[1:])):  # 「4｜月～11月末」: a span
                    continue
                after = [x for (rr, cc), x in sorted(cells.items()) if rr == r and cc > c + (2 if unit else 1)][:3]
                if not _month_span(after):  # (not 「集計期間｜6｜月｜～｜11｜月末」: a span of months)
                    return f"{int(right)}{unit or '月'}", a1(r, c + 1)  # (「基準日｜11｜月｜30｜日」: a day of it)
                continue
            if isinstance(right, str) and (text := _BRACKETED.sub("", normalize_text(right)).strip()):
                return text, a1(r, c + 1)
            if isinstance(right, _dt.date) or isinstance(right, float) and 1900 < right < 2100:
                return right, a1(r, c + 1)  # (「集計時点｜2026/12」 kept by Excel as a date, 「2026.12」 as a number)
    return None


_SPAN_MARK = re.compile(r"^[~～〜\-－ー]|から|まで")  # what follows a month that begins a span


def _month_span(after: list) -> bool:
    """Whether the cells after a month's 「｜11｜月」 carry on a span of months: a ～ / から mark, or another number
    followed by 月 (「6｜月｜11｜月末」); 「30｜日」 is a day."""
    for k, x in enumerate(after):
        if isinstance(x, str) and _SPAN_MARK.search(normalize_text(x)):
            return True
        if type(x) in (int, float) and k + 1 < len(after) and isinstance(after[k + 1], str) \
                and normalize_text(after[k + 1]).strip()[:1] == "月":
            return True
    return False


def _as_of_label(value) -> bool:
    return isinstance(value, str) and label_key(value) in form.FIGURES.column("as_of").label_keys()


def _heading(value) -> tuple[str | None, str | None]:
    """(product, measure) a heading cell names; (None, None) for any other cell."""
    if not isinstance(value, str) or value.lstrip()[:1] in ("※", "*", "＊"):  # a note naming a product is no heading
        return None, None
    m = form.measure_of(value)
    if m is not None:
        return None, m
    return form.product_of(value)


def _product_runs(g: "_Grid", bc: int, rows: list[int]) -> list[tuple[tuple[str, str] | None, list[int]]]:
    """A table's rows split at the rows whose 県支部 cell names a product instead (a pivot table's group rows):
    [(None, the rows before the first), ((product, its cell), the rows under it), …]; one run when there is none."""
    runs: list[tuple[tuple[str, str] | None, list[int]]] = [(None, [])]
    for r in rows:
        v = g.at(r, bc)
        product = _heading(v)[0] if isinstance(v, str) and not _branch(v) and not form.is_total(v) else None
        if product is not None:
            runs.append(((product, g.addr(r, bc)), []))
        runs[-1][1].append(r)
    return [run for run in runs if run[1]] if len(runs) > 1 else runs


class _Grid:
    """A sheet's filled cells, possibly turned round (rows ↔ columns), with addresses on the real sheet."""

    def __init__(self, name: str, cells: dict, merged: list, turned: bool, top: list,
                 ref: YearMonth | None = None, notes: list | None = None) -> None:
        self.name, self.cells, self.merged, self.turned = name, cells, merged, turned
        self.notes = notes or []  # ((row, col), text) of the notes anywhere on the sheet (「（注）…は12月末」)
        self.ref = ref  # the sheet's own month, for months typed without their year
        self.top = top  # ((row, col), value) of the sheet's first rows, above its tables, as the sheet has them
        self._rows: dict[int, list] = {}
        for (r, c), v in cells.items():
            self._rows.setdefault(r, []).append(((r, c), v))
        self._index: dict[int, tuple[list[int], list]] = {}  # row → (its filled columns, sorted; their values)
        self._merges: dict[int, tuple[list[int], list]] = {}  # row → (first columns of its merged ranges; the ranges)
        self._products: dict[tuple[int, int], bool] = {}
        self._notes: dict[str, tuple[YearMonth, str]] | None = None
        self._sheet_as_of: tuple | None = None

    def _row_index(self, r: int) -> tuple[list[int], list]:
        hit = self._index.get(r)
        if hit is None:
            row = sorted((c, v) for (_, c), v in self.row(r))
            hit = self._index[r] = ([c for c, _ in row], [v for _, v in row])
        return hit

    def left_of(self, r: int, c: int, lo: int) -> tuple[int, object] | None:
        """The nearest filled cell of row ``r`` at column ``c`` or left of it, right of column ``lo``."""
        cols, values = self._row_index(r)
        i = bisect_right(cols, c) - 1
        return (cols[i], values[i]) if i >= 0 and cols[i] > lo else None

    def names_products(self, r: int, bc: int) -> bool:
        """Row ``r`` names a product right of column ``bc`` (a row of product headings over their columns)."""
        key = (r, bc)
        if key not in self._products:
            cols, values = self._row_index(r)
            self._products[key] = any(c > bc and _heading(v)[0] for c, v in zip(cols, values))
        return self._products[key]

    def addr(self, r: int, c: int) -> str:
        return a1(c, r) if self.turned else a1(r, c)

    def row(self, r: int) -> list:
        return self._rows.get(r, [])

    def origin(self, r: int, c: int) -> tuple[int, int]:
        """The top-left cell of a merged range holding (r, c), else (r, c)."""
        hit = self._merges.get(r)
        if hit is None:  # the ranges crossing row r do not overlap: sorted by their first column
            ranges = sorted((m for m in self.merged if m[0] <= r <= m[2]), key=lambda m: m[1])
            hit = self._merges[r] = ([m[1] for m in ranges], ranges)
        i = bisect_right(hit[0], c) - 1
        if i >= 0 and hit[1][i][3] >= c:
            return hit[1][i][0], hit[1][i][1]
        return r, c

    def at(self, r: int, c: int):
        v = self.cells.get((r, c))
        if v is None:
            o = self.origin(r, c)
            v = self.cells.get(o) if o != (r, c) else None
        return v

    def sheet_measure(self) -> str | None:
        """目標 or 実績 when the sheet's name says which (one sheet of targets, one of results)."""
        m = form.measure_of(self.name)
        return m if m in ("target", "actual") else None

    def column_as_of(self, bc: int, c: int, band: list[int], first: int = -1) -> tuple[YearMonth, str] | None:
        """A month in the heading rows over column ``c``: in its own cell, a cell merged over it, or the nearest one
        left of it on a row of months (「2025年1月末現在」 written over the first of a product's columns)."""
        for r in reversed(band):
            v = self.at(r, c)
            if isinstance(v, str) and not _heading(v)[0] and not _is_note(v) and not _made(v) \
                    and (ym := _month_in(_unstamped(v), self.ref)):
                return ym, self.addr(*self.origin(r, c))
            if (ym := _month_value(v)) is not None and self.as_of_row(r, c):  # (「時点｜2026/12」 kept as a date,
                return ym, self.addr(*self.origin(r, c))  # 「2026.11」 as a number: under a 時点 label's row only)
            left = self.left_of(r, c, max(bc, first - 1))  # (within the table's own columns: not its title)
            if left is not None and isinstance(left[1], str) and not _heading(left[1])[0] and not _is_note(left[1]) \
                    and not _made(left[1]) and (ym := _month_in(_unstamped(left[1]), self.ref)):
                return ym, self.addr(r, left[0])
            if left is not None and (ym := _month_value(left[1])) is not None and self.as_of_row(r, left[0]):
                return ym, self.addr(r, left[0])
        return None

    def as_of_row(self, r: int, c: int) -> bool:
        """Whether a 時点 label stands left of column ``c`` on row ``r`` (a date or a number there is a month: not a
        作成日 / 提出日 / 期限, not a rate, not month headings kept as dates)."""
        return any(cc < c and _as_of_label(v) for (rr, cc), v in self.row(r))

    def column_year(self, bc: int, c: int, band: list[int], first: int = -1) -> tuple[int, str, str] | None:
        """(the fiscal year, the heading's text, its cell) of a 「令和6年度（1月末）」 / 「前年度」 heading over column
        ``c``: in its own cell, a cell merged over it, or the nearest one left of it on the same row."""
        for r in reversed(band):
            v = self.at(r, c)
            at = self.origin(r, c)
            if not (isinstance(v, str) and "年度" in v):
                left = self.left_of(r, c, max(bc, first - 1))
                v, at = (left[1], (r, left[0])) if left is not None else (None, at)
            year = _fiscal_year_of(v) if not _heading(v)[0] else None
            if year is not None:
                return year, v.strip(), self.addr(*at)
        return None

    def note_as_of(self, product: str) -> tuple[YearMonth, str] | None:
        """A month a title or note above the tables gives one product (「※じちろうマイカー共済は2024年12月末現在」)."""
        if self._notes is None:
            self._notes = {}
            for (r, c), v in self.top + self.notes:
                for name, ym in _note_months(v, self.ref):
                    self._notes.setdefault(name, (ym, a1(r, c)))
        return self._notes.get(product)

    def name_as_of(self) -> tuple[YearMonth, str] | None:
        """The month the sheet's name gives (「R7.1月末」, 「2025年1月」): the last place to look."""
        ym = _year_month_in(self.name)
        return (ym, "") if ym is not None else None

    def title_product(self) -> tuple[str, str] | None:
        for (r, c), v in self.top:
            if form.product_of(v)[0]:
                return v, a1(r, c)
        return None

    def sheet_as_of(self) -> tuple[YearMonth, str] | None:
        """The month a title above the tables gives every product (not a date the sheet was made on)."""
        if self._sheet_as_of is None:
            self._sheet_as_of = (_title_as_of(self.top),)
        return self._sheet_as_of[0]


_MADE_WORDS = "作成|提出|印刷|発行|更新|報告日|記入日|送信日|受信日"
_MADE = re.compile(_MADE_WORDS)  # (a date made or sent, not as of: 「送信日時:」)
# a label of the month a sheet is due or was made (「提出期限」, 「締切」, 「作成日：」), not of its figures' month
_DUE_LABEL = re.compile(rf"(?:期限|締切|締め切り|〆切|締日|期日|(?:{_MADE_WORDS})日?)時?\s*[:：]?\s*$")
_LAST_MONTH = re.compile(r"^前月(?:末)?(?:現在|時点)?$")
_FISCAL_TITLE = re.compile(r"((?:令和|平成|[RH])\s*(?:\d{1,2}|元)|\d{4})\s*年度")
_AS_OF_WORD = re.compile("末|現在|時点|分")  # 「1月末現在」, 「12月分」: a month said as the figures' as-of
_MONTH_ONLY = re.compile(r"^(\d{1,2})\s*月\s*(?:末|分)?\s*(?:現在|時点)?$")
_ENCLOSING = frozenset(("()", "【】", "[]", "<>", "〔〕", "《》", "〈〉", "「」"))
_COUNTED_ON = re.compile(rf"\d{{1,2}}\s*(?:日|/\d{{1,2}})\s*(?:{_MADE_WORDS}|集計|受付)")  # 「（1月15日集計）」
_STATE_WORD = re.compile(r"^(?:速報|確定|確報|暫定|見込み?|概数|累計)値?$")  # (「12月末現在（速報）」)
_TRAILING_BRACKET = re.compile(r"\([^()]*\)\s*$")
_LINE_MARK = re.compile(r"^[■□●○◆◇・※*]?\s*(?:(?:実績|件数|数字|数値)\s*(?:は|:)\s*)?")


def _month_line(value: str) -> str:
    """A line's text as a month alone may stand in it: 「（1月末現在）」, 「■ 実績は12月末現在（自賠責は11月末現在）」 →
    「12月末現在」 (a mark, 「実績は」 before it and a bracket after it left out: the bracket's own month is a note's)."""
    text = _digits(value).strip()
    if text[:1] + text[-1:] in _ENCLOSING:
        text = text[1:-1].strip()
    text = _LINE_MARK.sub("", text)
    bracket = _TRAILING_BRACKET.search(text)
    if bracket is not None and form.product_of((inner := bracket.group(0)[1:-1]).split("は")[0])[0] is None \
            and not _STATE_WORD.match(inner.strip()) and not _COUNTED_ON.search(inner):
        return text  # (「1月分（12月末締め）」, 「5月末現在（前年度）」: the bracket says more than the month alone)
    return _TRAILING_BRACKET.sub("", text).strip()


def _box_title(reader: "_Reader", book, name: str) -> None:
    """A title drawn in a text box over the sheet (「…集計表（2025年1月末現在）」, no cell holds it): its month for
    the products read on that sheet that have none yet, said."""
    boxes = book.shape_texts(name)
    title = _title_as_of([((r, c), text) for r, c, text in boxes]) if boxes else None
    if title is None:
        return
    given = [p for p in reader.products.values()
             if p.as_of is None and any(b.source.startswith(f"{name}!") for b in p.branches)]
    for p in given:
        reader.set_as_of(p, title[0], name, title[1])
    if given:
        reader.problems.append(Problem(INFO, f"{'・'.join(p.product for p in given)}の時点（{title[0].label()}）は、"
                                             "テキストボックスの表題から読みました", reader.file, name, title[1],
                                       code="as_of_from_text_box"))


def _title_as_of(top: list) -> tuple[YearMonth, str] | None:
    """The month a title above the tables gives every product (not a date the sheet was made on; a product named in
    brackets is a note: 「基準日：2025年1月31日（③交通災害は前月末）」; a made date in brackets is left out: 「令和9年1月31日
    現在（2/3更新）」)."""
    cells = dict(top)
    labels = [(r, c) for (r, c), v in top if _as_of_label(v)
              and not any(rr == r and isinstance(x, str) and form.product_of(x)[0] for (rr, _), x in top)]
    for r, c in labels if len(labels) == 1 else ():  # 「集計時点｜2026/12」 (one for the sheet, not a product's):
        right = cells.get((r, c + 1))  # Excel kept the month as a date (or 「2026.12」 as a number)
        if (ym := _month_value(right)) is not None:
            return ym, a1(r, c + 1)
    return next(((ym, a1(r, c)) for (r, c), v in top if isinstance(v, str)
                 and form.product_of(_BRACKETED.sub("", v))[0] is None and not _MADE.search(t := _made_notes_out(v))
                 and (ym := _year_month_in(_unstamped(t)))), None)


_BRACKETED = re.compile(r"[（(][^（）()]*[）)]")


def _made_notes_out(text: str) -> str:
    """A title without its brackets that say when it was made (「令和9年1月31日現在（2/3更新）」 → its as-of alone)."""
    return _BRACKETED.sub(lambda m: "" if _MADE.search(m.group(0)) else m.group(0), text)


def _made(text: str) -> bool:
    """A date made (「令和9年2月3日作成」), not a month of figures; a made date in brackets beside a month (「12月末現在
    （1/8更新）」) is not the line's."""
    return bool(_MADE.search(_BRACKETED.sub("", text)))


# a day's date (「令和9年2月4日」): the day a sheet was sent or is due, unless it is a month's last day or an as-of word
# stands by it (「基準日 令和9年1月31日」, 「1月20日現在」, 「12月25日締め」)
_DAY_DATE = re.compile(r"(?:(?:令和|平成|R|H)?\s*\d{1,4}\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_AS_OF_BEFORE = re.compile(r"(?:基準日?|集計日|時点|現在|締め?日|末日)\s*[:：]?\s*$")
# what may follow an as-of day before its word: a weekday 「（水）」, an hour 「17時」 / 「17:00」
_DAY_TAIL = re.compile(r"^(?:\s|\([月火水木金土日]\)|\d{1,2}\s*時(?:\s*\d{1,2}\s*分)?|\d{1,2}:\d{2})*")
# the as-of word right after a day (「現在」, 「集計」, 「まで」, 「受付分」, 「～1月31日」, 「〆」, 「の実績」)
_AS_OF_AFTER = re.compile(r"^(?:現在|時点|集計(?!担当|表|係|課|者)|まで(?!に)|迄|受付|分|締め(?!切)|締(?![切め])|〆(?!切)|"
                          r"の?(?:実績|件数)|[~～〜])")
_DEADLINE = re.compile("締切|締め切り|〆切|期限|必着|までに")
_SENT = re.compile("送付|発送|送信|返送|配信|通知")  # (「令和9年2月4日送付」: the day it was sent)


def _unstamped(text: str) -> str:
    """The text without the days' dates that are no as-of (a sender's stamp 「令和9年2月4日　中国地連事務局」, a due date
    「締切 令和9年2月10日」, 「令和9年2月10日（水）17時まで必着」): what is left may still name the figures' month (「…1月末
    現在（令和9年2月4日）」).  A day is an as-of when it is a month's last day or an as-of word stands right by it
    (「基準日 令和9年1月31日」, 「1月20日（水）現在」, 「12月25日締め」), unless a due, made or sent word does (before it, or
    in the words right after it: 「令和9年1月31日現在（2/3更新）」 keeps its day, the bracket being the update's)."""
    text = normalize_text(text)
    for m in reversed(list(_DAY_DATE.finditer(text))):
        month, day = int(m.group(1)), int(m.group(2))
        before, after = text[max(0, m.start() - 8):m.start()], text[m.end():]
        head = after[_DAY_TAIL.match(after).end():]
        word = re.split(r"[\s(]", head, maxsplit=1)[0][:8]  # (the words right after, up to a space or a bracket)
        if not any(x.search(before + word) for x in (_DEADLINE, _MADE, _SENT)) and (
                day >= (28 if month == 2 else 30 if month in (4, 6, 9, 11) else 31)
                or _AS_OF_BEFORE.search(before) or _AS_OF_AFTER.search(head)):
            continue
        text = text[:m.start()] + text[m.end():]
    return text


_OWN_PRODUCT_HEADS = frozenset(("共済名", "共済", "商品", "商品名", "種目", "共済種目", "共済種類", "項目"))
_OWN_BRANCH_LABELS = frozenset(("県本部名", "県本部", "県支部名", "県支部", "報告県本部", "所属"))


def _own_heading(sheet: SheetData,
                 hidden_cols: set[int] = frozenset()) -> tuple[int, int, dict[str, int]] | None:  # type: ignore[assignment]
    """(heading row, product column, {measure: column}) of a table of products with 目標｜実績 columns (none of them
    hidden)."""
    for r in range(min(sheet.height, 30)):
        row = sheet.rows[r]
        pc = next((c for c, v in enumerate(row) if isinstance(v, str) and label_key(v) in _OWN_PRODUCT_HEADS), None)
        if pc is None:
            continue
        measures: dict[str, int] = {}
        for c, v in enumerate(row):
            m = form.measure_of(v) if c > pc and c not in hidden_cols else None
            if m in ("target", "actual") and m not in measures:
                measures[m] = c
        if "actual" in measures:
            return r, pc, measures
    return None


def _own_branch(sheet: SheetData, file: str, hr: int) -> tuple[Prefecture | None, str]:
    """The 県本部 a report of its own figures names: its 「県本部名」 field, a title above the table, the sheet's
    name, the file's name; (its prefecture, where it was found)."""
    for r in range(hr):
        row = sheet.rows[r]
        for c, v in enumerate(row):
            if isinstance(v, str) and label_key(v) in _OWN_BRANCH_LABELS:
                nxt = next((x for x in row[c + 1:] if x not in (None, "")), None)
                pref = named_in(nxt)
                if pref is not None:
                    return pref, f"「{v.strip()}」"
    for r in range(hr):
        for v in sheet.rows[r]:
            if (pref := named_in(v)) is not None:
                return pref, "タイトル"
    for text, where in ((sheet.name, "シート名"), (Path(file).stem, "ファイル名")):
        if (pref := named_in(text)) is not None:
            return pref, where
    return None, ""


_OTHERS_MONTH = re.compile(r"その他(?:の商品|の共済)?は(.+?)(?:現在|時点|の)")


def _apply_notes(reader: "_Reader", sheet: SheetData) -> None:
    """The months notes on the sheet give (「※マイカー・火災は2024年12月末現在、その他は2025年1月末現在」)."""
    named = set()
    for (r, c), text in _notes(sheet):
        for product, ym in _note_months(text, reader.ref):
            if product in reader.products:
                reader.set_as_of(reader.products[product], ym, sheet.name, a1(r, c))
                named.add(product)
        m = _OTHERS_MONTH.search(normalize_text(text))
        ym = _month_in(m.group(1), reader.ref) if m else None
        if ym is not None:
            for name, p in reader.products.items():
                if name not in named and p.as_of is None:
                    reader.set_as_of(p, ym, sheet.name, a1(r, c))


_EARLIER_WORDS = ("報告済", "前月", "先月", "旧", "前回")
_SHEET_MONTH = re.compile(r"(\d{1,2})月")


def _earlier_sheets(names: list[str]) -> set[str]:
    """The sheets holding an earlier month's report beside this month's: named so (「12月末（報告済）」, 「前月」) or
    named with a month before another sheet's (「12月末」 beside 「1月末」, in fiscal-year order)."""
    if len(names) < 2:
        return set()
    marked = {n for n in names if any(w in n for w in _EARLIER_WORDS)}
    if marked and len(marked) < len(names):
        return marked
    order = {}
    for n in names:
        ym = _year_month_in(n)
        m = _SHEET_MONTH.search(normalize_text(n))
        if ym is not None:
            order[n] = (ym.year, ym.month)
        elif m and 1 <= int(m.group(1)) <= 12:
            order[n] = (0, (int(m.group(1)) - 4) % 12)  # (no year: the fiscal year's order, April first)
    kinds = {k[0] == 0 for k in order.values()}
    if len(order) < 2 or len(kinds) > 1:
        return set()
    latest = max(order.values())
    return {n for n, k in order.items() if k < latest}


_REFERENCE = re.compile("参考|前年|昨年")  # a caption of last year's figures kept for comparison
_REFERENCE_CAPTION = re.compile(r"^[\s(（【\[［<＜■◆●※]*(?:参考|前年|昨年|前々年|過年度)")  # 「（参考）…」「【前年度】」 over a table


def _sheet_year(sheet: SheetData) -> tuple[int, str, str] | None:
    """(the fiscal year, the text naming it, its cell) a sheet is of: its title's 「令和8年度」 (above its tables; a
    caption 「（参考）令和7年度」 is not the sheet's year), else its name's (「R7年度」, "" for the cell); None when
    neither names one."""
    for r in range(min(sheet.height, _TOP_ROWS)):
        row = sheet.rows[r]
        if any(_branch(v) or _heading(v)[1] for v in row if isinstance(v, str)):
            break  # (the tables begin)
        for c, v in enumerate(row):
            if isinstance(v, str) and "年度" in v and not _REFERENCE.search(v) and not _is_sentence_note(v) \
                    and (y := _fiscal_start(normalize_text(v))) is not None:
                return y, normalize_text(v).strip(), a1(r, c)
    y = _fiscal_start(normalize_text(sheet.name))
    return (y, sheet.name, "") if y is not None else None


def _is_sentence_note(text: str) -> bool:
    """A note under a title, not a title: starts with ※ or 注 (「※目標は令和7年度実績の105％で設定」), or reads as a
    sentence or a sum whatever it starts with (「（目標は令和7年度実績の105％で設定）」, 「目標：令和7年度実績×105％」);
    「＊令和7年度 新契約件数（確定）＊」 is a decorated title."""
    head = text.lstrip()[:1]
    return head in "※注" or bool(_NOTE_WORDS.search(text))


_NOTE_WORDS = re.compile("は|を|もとに|で設定|により|[×✕*＊÷][0-9０-９.．]|[0-9０-９][％%]")  # (words, a sum, a rate)


def _has_actuals(sheet: SheetData) -> bool:
    """Whether a number other than 0 stands under a heading of this year's 実績 (the measure 実績 or 累計, no year named);
    False for a sheet whose only 実績 is an earlier year's (「令和8年度実績」 beside next year's targets: made ready
    ahead); True when no heading names 実績 (nothing to judge by: not taken for a sheet made ready ahead)."""
    named = _sheet_year(sheet)
    this, earlier = [], False
    for r, c, v in sheet.filled():
        # (a heading of this year's 実績 need not say 実績: 「累計」, 「新契約件数」 beside 「前年実績」)
        if not (isinstance(v, str) and len(v) <= 30 and ("実績" in v or form.measure_of(v) == "actual")):
            continue
        if _REFERENCE.search(v):  # 「前年度実績」 beside next year's targets: the base they were set on
            earlier = earlier or bool(re.search("前年|昨年", v))
            continue
        year = _fiscal_start(normalize_text(v))
        if (year is None or named is not None and year == named[0]) and (
                form.measure_of(v) == "actual" or _heading(v)[1] == "actual"):  # (「実績（令和8年度）」 on R8's sheet)
            this.append((r, c))
        elif year is not None and named is not None and year < named[0]:
            earlier = True
    if this:
        return any(type(x := sheet.value(rr, c)) in (int, float) and x != 0
                   for r, c in this for rr in range(r + 1, min(sheet.height, r + 80)))
    return not earlier


def _this_years_sheets(reader: "_Reader", tables: list) -> list:
    """The sheets of the fiscal year read when the sheets' titles (or names) name several (last year's sheet left
    beside this year's, or Excel's copy 「R7年度 (2)」 of it retitled 「令和8年度」): the year asked
    (``reader.year``), else the latest; the others are not read, said.  Sheets that name no year are all read."""
    years = {sh.name: y for sh, _ in tables if (y := _sheet_year(sh)) is not None}
    seen = sorted({y[0] for y in years.values()})
    if len(seen) < 2:
        return tables
    asked = reader.year in seen
    chosen = reader.year if asked else seen[-1]
    if not asked:  # next year's sheet made ready ahead (its targets typed, no 実績 at all yet): the year before is read
        actual = {y: any(_has_actuals(sh) for sh, _ in tables if years.get(sh.name, (None,))[0] == y) for y in seen}
        while len(seen) > 1 and not actual[seen[-1]] and actual[seen[-2]]:
            seen = seen[:-1]
        chosen = seen[-1]
    left = {name for name, y in years.items() if y[0] != chosen}
    kept = "・".join(f"「{sh.name}」" for sh, _ in tables if sh.name in years and sh.name not in left)
    for name in left:
        y, text, cell = years[name]
        said = f"表題「{text[:40]}」" if cell else "シート名"
        why = f"{chosen}年度を指定されたため" if asked else ("ほかのシートより前の年度のため" if y < chosen else
                                                       "まだ記入の少ない次の年度のシート（準備中）のため") + (
            f"（指定の {reader.year}年度のシートはありません）" if reader.year is not None else "")
        reader.problems.append(Problem(INFO if asked else WARNING,
                                       f"シート「{name}」は{said}から {y}年度の表です。{why}読んでいません（{chosen}年度の"
                                       f"シート{kept}を読みました）", reader.file, name, cell, code="other_year_sheet",
                                       action="このシートを集計するなら、表題の年度を確認するか、--year で年度を指定して"
                                              "ください"))
    return [t for t in tables if t[0].name not in left]


def _merge_earlier(reader: "_Reader", earlier: "_Reader", sheet: str) -> None:
    """An earlier month's sheet, read apart: its products that this month's sheets lack are kept (with what was said
    about them); the others come from this month's sheets, said once."""
    skipped = [name for name in earlier.products if name in reader.products]
    for name, p in earlier.products.items():
        if name not in reader.products:
            reader.products[name] = p
            reader.seen.update({k: v for k, v in earlier.seen.items() if k[0] == name})
    reader.problems.extend(pr for pr in earlier.problems if not any(name in pr.message for name in skipped))
    reader.unseen.update(earlier.unseen)
    if skipped:
        reader.problems.append(Problem(INFO, f"シート「{sheet}」は前の月の表のため、後の月のシートにある商品（{len(skipped)} 商品）は"
                                       "後の月の値と時点を使いました", reader.file, sheet, "", code="earlier_sheet"))


def _sheet_ref(sheet: SheetData) -> YearMonth | None:
    """The sheet's own month, for months typed without their year: its name (「2025年1月」, 「R7.1月末」), its title's
    month, or the last month of the fiscal year its title names (「令和6年度」: 1月 is 2025年1月, 12月 is 2024年12月)."""
    ym = _year_month_in(sheet.name)
    if ym is not None:
        return ym
    top = _top_cells({(r, c): v for r, c, v in sheet.filled()})
    title = _title_as_of(top)
    if title is not None:
        return title[0]
    for _, v in top:
        if isinstance(v, str) and (m := _FISCAL_TITLE.search(normalize_text(v))):
            d = parse_date(m.group(1) + "年6月")
            if d.year:  # (the campaign year: 6月 … 翌5月)
                return YearMonth(d.year + 1, 5)
    return None


def _top_cells(cells: dict) -> list:
    """((row, col), value) of a sheet's first rows, above its tables (titles, 「2025年1月末現在」, notes)."""
    rows: dict[int, list] = {}
    for (r, c), v in cells.items():
        rows.setdefault(r, []).append(((r, c), v))
    out = []
    for r in sorted(rows)[:6]:
        row = sorted(rows[r])
        if any(_branch(v) for _, v in row) or any(_heading(v)[1] for _, v in row):
            break
        out.extend(row)
    return out


def _hidden_figure_columns(sheet: SheetData, hidden_cols: set[int]) -> list[str]:
    """The cells (「B7:C13」, one range per run of columns) of the hidden columns that hold numbers under a 目標 /
    実績 heading (its own cell or a merged one over it)."""
    if not hidden_cols:
        return []
    numbers: dict[int, list[int]] = {}
    for r, c, v in sheet.filled():
        if c in hidden_cols and type(v) in (int, float):
            numbers.setdefault(c, []).append(r)
    found: list[tuple[int, int, int]] = []  # (column, heading row, last row)
    for c, rows in sorted(numbers.items()):
        head = next((r for r in range(rows[0] - 1, max(-1, rows[0] - 1 - _HEAD_ROWS - 2), -1)
                     if _measure_cell(sheet, r, c)), None)
        if head is not None:
            found.append((c, head, rows[-1]))
    ranges: list[str] = []
    i = 0
    while i < len(found):
        j = i
        while j + 1 < len(found) and found[j + 1][0] == found[j][0] + 1:
            j += 1
        run = found[i:j + 1]
        ranges.append(f"{a1(min(h for _, h, _ in run), run[0][0])}:{a1(max(e for _, _, e in run), run[-1][0])}")
        i = j + 1
    return ranges


def _measure_cell(sheet: SheetData, r: int, c: int) -> bool:
    """The cell (or the merged area holding it) names 目標 or 実績 (「目標」, 「団生実績」)."""
    v = sheet.value(r, c)
    if v is None and (m := sheet.merged_at(r, c)) is not None:
        v = sheet.value(m[0], m[1])
    return isinstance(v, str) and (form.measure_of(v) in ("target", "actual")
                                   or form.product_of(v)[1] in ("target", "actual"))


_CONTINUED = re.compile(r"つづき|(?<![手引相存継接連])続き|\(続\)|\(承前\)")


def _product_note_months(sheet: SheetData, ref) -> dict[str, tuple]:
    """{product: (month, the note's cell)} of the notes on a sheet that give a product its month (「※マイカーは2024年
    12月末現在」)."""
    return {n: (ym, a1(*at)) for at, t in _notes(sheet) for n, ym in _note_months(t, ref)}


def _continued(sheet: SheetData) -> str | None:
    """The cell saying the sheet continues the table of the sheet before it (「…一覧（つづき）」 over a copy of the
    heading row; "" for a tab named so), or None."""
    if _CONTINUED.search(normalize_text(sheet.name)):
        return ""
    top = _top_cells({(r, c): v for r, c, v in sheet.filled()})
    return next((a1(r, c) for (r, c), v in top if isinstance(v, str) and _CONTINUED.search(normalize_text(v))), None)


def _continued_as_of(reader: "_Reader", sheet: SheetData, before: SheetData, cell: str) -> None:
    """A table continued from the sheet before (no month of its own): its products that have no month take the
    month a note on that sheet gives them, else that sheet's title month; said."""
    mine = [p for p in reader.products.values()
            if p.as_of is None and any(b.source.startswith(f"{sheet.name}!") for b in p.branches)]
    if not mine:
        return
    cells = {(r, c): v for r, c, v in before.filled()}
    notes = _product_note_months(before, reader.ref)
    title = _title_as_of(_top_cells(cells))
    given, sources = [], []
    for p in mine:
        hit = notes.get(p.product) or title
        if hit is not None:
            reader.set_as_of(p, hit[0], before.name, hit[1])
            given.append(p)
            sources.append(f"{before.name}!{hit[1]} の {hit[0].label()}")
    if given:
        reader.problems.append(Problem(INFO, f"シート「{sheet.name}」はシート「{before.name}」の続きの表で時点の記載がないため、"
                                       f"{'・'.join(p.product for p in given)}の時点は前のシートの記載"
                                       f"（{'、'.join(dict.fromkeys(sources))}）を使いました", reader.file, sheet.name,
                                       cell, code="as_of_continued",
                                       action="違う時点なら、シートに時点を書いてください"))


_LATER_WORDS = ("今回", "最新", "今月", "修正後", "訂正後")
_EARLIER_TABLE_WORDS = ("前回", "前月", "先月", "報告済", "修正前", "訂正前")


def _version_rank(caption: list) -> tuple[tuple[int, int, int], str] | None:
    """How late a table's caption says it is (「【今回報告】2025年1月末現在」 later than 「【前回報告】…」; else by its month),
    with the caption's text; None when it says neither."""
    for _, v in caption:
        text = normalize_text(v).strip()
        word = 1 if any(w in text for w in _LATER_WORDS) else -1 if any(w in text for w in _EARLIER_TABLE_WORDS) else 0
        ym = _year_month_in(text) if not _MADE.search(text) else None
        if word or ym is not None:
            return (word, ym.year if ym else 0, ym.month if ym else 0), text
    return None


_CODE_HEADS = frozenset(("県CD", "県コード", "県番号", "県NO", "県NO.", "自治労県コード", "県本部コード", "県本部CD",
                         "県支部コード", "県支部CD"))
_PLAIN_CODE_HEADS = frozenset(("コード", "CD", "NO", "NO.", "番号"))  # (a 単組's code too: taken only when all fit)
# the words of the JIS X 0401 code (総務省's 都道府県コード), not the federation's own numbering
_JIS_HEADS = frozenset(("都道府県コード", "都道府県CD", "都道府県番号", "都道府県NO", "都道府県NO.", "JISコード",
                        "JIS都道府県コード", "都道府県JISコード", "JIS", "JISCD", "団体コード", "地方公共団体コード"))
_FEDERATION_CODES = "自治労県コード"
_JIS_NOTE = re.compile(r"JIS|ＪＩＳ|総務省|地方公共団体コード")
_FEDERATION_NOTE = re.compile(r"自治労県(?:コード|CD|ＣＤ|番号)")


def _code_note(text: str) -> str | None:
    """"jis" / "federation" when a note says which codes a column holds (「※都道府県コードは総務省の都道府県コード
    （JIS X 0401）」, 「※県コードは自治労県コード」); None for any other text (cheap tests first)."""
    if "コード" not in text and "JIS" not in text and "ＪＩＳ" not in text:
        return None
    if _JIS_NOTE.search(text):
        return "jis"
    return "federation" if _FEDERATION_NOTE.search(text) else None


_JIS_ONLY, _FEDERATION_ONLY = frozenset(("02", "31")), frozenset(("48", "49", "60"))  # (codes only one system has)


def _code_heading(value) -> str | None:
    """Which code system a heading over a column of codes names: "federation" (県CD, 県コード, 自治労県コード),
    "jis" (都道府県コード, JISコード), "plain" (コード, No.), or None for any other cell."""
    if not isinstance(value, str) or len(value) > 20 or _is_note(value):
        return None
    key = label_key(value).upper()
    if key in _CODE_HEADS:
        return "federation"
    if key in _JIS_HEADS or (len(key) <= 12 and "JIS" in key and ("コード" in key or "CD" in key)):
        return "jis"
    return "plain" if key in _PLAIN_CODE_HEADS else None


def _names_a_code(value) -> bool:
    """A heading naming a code (「都道府県コード」, 「県CD」, 「コード」), not a plain 「No.」 / 「番号」."""
    if not isinstance(value, str) or len(value) > 20:
        return False
    key = label_key(value).upper()
    return "コード" in key or "CD" in key


def _code_cells(cells: dict, r: int, c: int) -> tuple[dict[tuple[int, int], str], int]:
    """({cell: code of one or two digits, "08"} of the numbers under the heading (r, c), how many numbers there are
    under it) (numbers or digits typed as text; 「全国」, 「合計」, a note are left)."""
    codes, numbers = {}, 0
    for (rr, cc), x in cells.items():
        if cc != c or rr <= r:
            continue
        if isinstance(x, (int, float)) and not isinstance(x, bool):
            if x != int(x):
                continue
            x = str(int(x))
        elif isinstance(x, str) and (k := label_key(x)).isdigit():
            x = k
        else:
            continue
        numbers += 1
        if len(x) <= 2:
            codes[(rr, cc)] = x.zfill(2)
    return codes, numbers


def _code_column(cells: dict, system=None) -> tuple[tuple[int, int], dict[tuple[int, int], Prefecture], str] | None:
    """A column headed 「県CD」 / 「県コード」 / 「都道府県コード」 (or a plain 「コード」) whose numbers below are codes
    of prefectures (numbers or digits as text): (its heading cell, {cell: prefecture}, what the codes were read as);
    None when there is none.  ``system(kind, heading cell, codes)`` says which code system the numbers are
    (_Reader.code_system: (its name, code → prefecture) or None to pass the column by); the federation's without it.
    Under a plain heading every number must be such a code (a list of 単組 numbered 1, 2, 3 … is no list of
    県支部: 02 and 31 are no prefecture's code); under a 県 heading nine in ten (an unknown code is said later)."""
    for (r, c), v in sorted(cells.items()):
        kind = _code_heading(v)
        if kind is None:
            continue
        codes, numbers = _code_cells(cells, r, c)
        if len(codes) < 2:
            continue
        decided = system(kind, (r, c), codes) if system is not None and kind != "plain" else (_FEDERATION_CODES, by_code)
        if decided is None:
            continue
        name, lookup = decided
        named = {}
        for rc, code in codes.items():
            pref = lookup(code)
            if pref is not None and pref.is_prefecture:
                named[rc] = pref
        if len(named) >= 2 and (len(named) == numbers or kind != "plain" and len(named) * 10 >= numbers * 9):
            return (r, c), named, name
    return None


def _code_table(sheet: SheetData) -> tuple[dict[str, Prefecture], str] | None:
    """A list of codes with the prefecture's name beside each (a 「コード表」 sheet: 都道府県コード｜都道府県名, 01｜北海道,
    13｜東京都 …): ({code: prefecture}, its cells), or None when the sheet holds none (ten such rows at least, under a
    heading naming a code: 「No.」 alone is not one)."""
    cells = {(r, c): v for r, c, v in sheet.filled()}
    by_col: dict[int, dict[int, str]] = {}
    for (r, c), v in cells.items():
        if type(v) in (int, float) and v == int(v) and 0 < v < 100:
            by_col.setdefault(c, {})[r] = str(int(v)).zfill(2)
        elif isinstance(v, str) and len(v) <= 3 and (k := label_key(v)).isdigit() and len(k) <= 2:
            by_col.setdefault(c, {})[r] = k.zfill(2)
    for c, rows in sorted(by_col.items()):
        if len(rows) < 10 or not any(_names_a_code(cells.get((r, c))) for r in range(min(rows) - 1, -1, -1)):
            continue  # (a list numbered 1, 2, 3 … under 「No.」 is no code table)
        for nc in (c + 1, c + 2, c - 1):
            table = {code: p for r, code in rows.items() if (p := by_name(cells.get((r, nc)))) is not None}
            if len(table) >= 10:
                first, last = min(rows), max(rows)
                return table, f"{a1(first, min(c, nc))}:{a1(last, max(c, nc))}"
    return None


_KIND_KEYS = frozenset(label_key(k) for k in form.KIND_LABELS)
_COUNT_KEYS = frozenset(label_key(k) for k in form.COUNT_LABELS)
_TRAILER_KEYS = frozenset(label_key(k) for k in form.TRAILER_LABELS)


def _kind_columns(sheet: SheetData, hr: int, hidden_cols: set[int]) -> tuple[int, int] | None:
    """(区分 column, 件数 column) of a long table's heading row that has no 目標 / 実績 column (a system's export, one
    figure a row: 区分 目標 / 単月 / 累計), or None when it has not both."""
    kc = nc = None
    for c, v in enumerate(sheet.rows[hr]):
        if c in hidden_cols or not isinstance(v, str):
            continue
        k = label_key(v)
        if kc is None and k in _KIND_KEYS:
            kc = c
        elif nc is None and k in _COUNT_KEYS:
            nc = c
    return (kc, nc) if kc is not None and nc is not None else None


def _text(value) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _trailer(sheet: SheetData, r: int) -> tuple[str, str] | None:
    """(its cell, its text) when row ``r`` is a closing line of a system's export (「出力件数｜72」, 「*** 以上 ***」:
    its first filled cell one of form.TRAILER_LABELS, with at most a number after it), else None."""
    filled = [(c, v) for c, v in enumerate(sheet.rows[r]) if v not in (None, "")]
    if not filled or len(filled) > 2 or not isinstance(filled[0][1], str):
        return None
    if label_key(filled[0][1]).strip("*＊-=＝ー─_").upper() not in _TRAILER_KEYS:
        return None
    if len(filled) == 2 and type(filled[1][1]) not in (int, float):
        return None
    text = "｜".join(normalize_text(v).strip() if isinstance(v, str) else f"{v:g}" for _, v in filled)
    return a1(r, filled[0][0]), text


_MONTH_HEAD = re.compile(r"^(\d{1,2})月(?:分|実績|度)?$")


def _month_columns(sheet: SheetData, hr: int, hidden_cols: set[int]) -> list[tuple[int, str]]:
    """(column, heading) of the heading row's month columns (「6月」「7月分」「2024年6月」, each month once, none hidden);
    [] when there are fewer than two."""
    found: list[tuple[int, str]] = []
    seen: set[int] = set()
    for c, v in enumerate(sheet.rows[hr]):
        if c in hidden_cols or v in (None, ""):
            continue
        text = label_key(v) if isinstance(v, str) else ""
        m = _MONTH_HEAD.match(text)
        ym = _ym_cell(v) if isinstance(v, _dt.date) or (not m and _YM.fullmatch(text)) else None
        month = int(m.group(1)) if m else ym.month if ym else None
        if month is None or not 1 <= month <= 12 or month in seen:
            continue
        seen.add(month)
        found.append((c, normalize_text(v).strip() if isinstance(v, str) else f"{month}月"))
    return found if len(found) >= 2 else []


_ERA_START = re.compile(r"(?:令和|平成|[RH])\s*\d")  # 「R8.11末」: an era's year, dotted, then the month
_NAME_YM = re.compile(r"(?<!\d)((?:19|20)\d{2})(0[1-9]|1[0-2])(?!\d)")  # 「…_202501.xlsx」: a system's year-month


_FOOTER_AS_OF = re.compile("現在|時点")
# what a footer's date is written with: 「※令和8年11月30日現在」 「以上（令和8年11月末現在）」 are a date and 現在 only;
# 「組合員数は2026年4月1日現在」 「※前年度末（令和8年3月31日現在）」 say the date of something else
_DATE_WORDS = re.compile(r"[\d\s年月日末.．/()（）]|令和|平成|現在|時点|以上|R|H")  # (「11月末現在」, 「11月末日現在」)


def _footer_as_of(reader: "_Reader", sheets: list[SheetData]) -> None:
    """The products nothing above or beside their table gives a month: the month a line elsewhere on the sheet they
    were read from says the figures are as of (「以上（令和8年11月30日現在）」 under the table), said; only when the
    sheet has one such month."""
    missing = [p for p in reader.products.values() if p.as_of is None and p.branches]
    if not missing:
        return
    by_sheet: dict[str, list[ProductInput]] = {}
    for p in missing:
        by_sheet.setdefault(p.branches[0].source.partition("!")[0], []).append(p)
    for sheet in sheets:
        products = by_sheet.get(sheet.name)
        if not products:
            continue
        found = {}
        for r, c, v in sheet.filled():
            if isinstance(v, str) and len(v) <= 60 and _FOOTER_AS_OF.search(v) and not _MADE.search(v) \
                    and not _DATE_WORDS.sub("", normalize_text(v)).strip("※＊*注:：、,・ ") \
                    and form.product_of(_BRACKETED.sub("", v))[0] is None and (ym := _year_month_in(v)) is not None:
                found.setdefault(ym, (a1(r, c), normalize_text(v).strip()))
        if len(found) != 1:
            continue
        (ym, (cell, text)), = found.items()
        for p in products:
            reader.set_as_of(p, ym, sheet.name, cell)
        reader.problems.append(Problem(INFO, f"{'・'.join(p.product for p in products)}の時点（{ym.label()}）は、表の上に"
                                       f"記載がないため、「{text}」から読みました", reader.file, sheet.name, cell,
                                       code="as_of_from_footer",
                                       action="違う時点なら、表の上に「2025年1月末現在」のように書いてください"))


def _file_name_as_of(reader: "_Reader", path: Path) -> None:
    """The products nothing inside the file gives a month: the month the file's name carries (「新契約_202501.xlsx」,
    「新契約_2025年1月末.xlsx」), said; the last place looked."""
    missing = [p for p in reader.products.values() if p.as_of is None]
    if not missing:
        return
    stem = normalize_text(path.stem)
    m = _NAME_YM.search(stem)
    words = _YM.search(stem) if m is None and not _MADE.search(stem) else None  # (not a date the file was made on)
    ym = YearMonth(int(m.group(1)), int(m.group(2))) if m else (  # (「2025.1」 alone may be a version: not a month)
        _year_month_in(words.group(0)) if words and ("年" in words.group(0) or _ERA_START.match(words.group(0)))
        else None)
    if ym is None:
        return
    for p in missing:
        reader.set_as_of(p, ym, "", "")
    sheet = missing[0].branches[0].source.partition("!")[0] if missing[0].branches else ""
    reader.problems.append(Problem(INFO, f"{'・'.join(p.product for p in missing)}の時点（{ym.label()}）は、ファイルの中に"
                                   f"記載がないため、ファイル名「{path.name}」から読みました", reader.file, sheet, "",
                                   code="as_of_from_file_name", action="違う時点なら、表の上に「2025年1月末現在」のように書いてください"))


_THIS_MONTH = ("当月", "今月", "月間")


def _prepared_month(sheet: SheetData) -> str:
    """The cells of a sheet's 当月 columns (「当月」「今月実績」) when none holds a number other than 0 (next month's
    sheet copied ahead, its 累計 only repeating the month before); "" otherwise or when it has no such column."""
    filled = sheet.filled()
    heads = [(r, c) for r, c, v in filled if isinstance(v, str) and len(v) <= 8
             and any(w in v for w in _THIS_MONTH) and form.measure_of(v) == "other"]
    if not heads:
        return ""
    cols = {c: r for r, c in reversed(heads)}
    for r, c, v in filled:
        if c in cols and r > cols[c] and type(v) in (int, float) and v != 0:
            return ""
    return "・".join(a1(r, c) for r, c in heads)


_AS_OF_FORMAT = re.compile("現在|時点|末")
_TOP_ROWS = 10  # the rows a title and its as-of date stand in


def _as_of_dates_shown(book, sheet: SheetData) -> None:
    """Date cells above the tables whose number format says they are an as-of date (yyyy"年"m"月"d"日現在":
    「2025年1月31日現在」 on screen, a bare date to calamine) hold the text they show, so that they are read as a
    title's 「…現在」 is.  (A sheet with no date in its first rows is not looked at further.)"""
    if not any(isinstance(v, _dt.date) for row in sheet.rows[:_TOP_ROWS] for v in row):
        return
    for (r, c), code in book.formats(sheet.name).items():
        if r >= _TOP_ROWS or '"' not in code or not _AS_OF_FORMAT.search(code) or c >= len(sheet.rows[r]):
            continue
        v = sheet.rows[r][c]
        if isinstance(v, _dt.date) and isinstance(sheet.rows[r], list):
            shown = as_shown(v, code)
            if isinstance(shown, str):
                sheet.rows[r][c] = shown


def _settings_table(sheet: SheetData) -> bool:
    """A table of products with their months or notes only (商品設定, 集計時点一覧): no 目標 / 実績 beside them."""
    hit = find_header(sheet, form.PRODUCTS)
    if hit is None or not ("as_of" in hit[1] or "note" in hit[1]):
        return False
    return not any(form.measure_of(v) in ("target", "actual") for v in sheet.rows[hit[0]])


def read_contracts(path: Path, year: int | None = None) -> tuple[list[ProductInput], list[Problem]]:
    """Products with their branches' figures (standard products first), and every problem found.  ``year``: the
    fiscal year to read where a table holds several (last year's columns or rows kept beside this year's); by
    default the latest."""
    book = open_book(path)
    reader = _Reader(path.name, year)
    hidden = book.hidden_sheets()
    settings, tables = [], []
    for name in book.sheet_names:
        if name in hidden:  # out of the user's sight (last year's figures, a work sheet): not read, but said
            reader.problems.append(Problem(INFO, f"非表示のシート「{name}」は読んでいません", path.name, name, "",
                                           code="hidden_sheet", action="集計に使うシートなら、表示してから読み直してください"))
            continue
        sh = book.sheet(name)
        reader.sheets.append(sh)
        _as_of_dates_shown(book, sh)
        if find_header(sh, _LONG):
            tables.append((sh, True))
        elif _settings_table(sh):
            settings.append(sh)
        else:
            tables.append((sh, False))
    for sh in settings:
        reader.settings(sh)
    found, unread = False, []
    before: SheetData | None = None  # the sheet read before (a table continued on the next sheet takes its month)
    tables = _this_years_sheets(reader, tables)  # last year's sheet left in the book (its title 「令和7年度」): not read
    older = _earlier_sheets([sh.name for sh, _ in tables])
    while older:  # next month's sheet made ready (its 当月 all blank): the month before is the latest data
        prepared = {t[0].name: at for t in tables if t[0].name not in older and (at := _prepared_month(t[0]))}
        if not prepared or len(prepared) == len(tables):
            break
        tables = [t for t in tables if t[0].name not in prepared]
        older = _earlier_sheets([sh.name for sh, _ in tables])
        latest = "・".join(f"「{sh.name}」" for sh, _ in tables if sh.name not in older)
        for name, at in prepared.items():
            reader.problems.append(Problem(INFO, f"シート「{name}」は当月の欄がすべて空欄のため、次の月の準備のシートとみなして"
                                           f"読んでいません（シート{latest}を最新の月として読みました）", path.name, name, at,
                                           code="prepared_sheet",
                                           action="このシートの月を集計するなら、当月の件数を入力してから読み直してください"))
    for sh, long in [t for t in tables if t[0].name not in older] + [t for t in tables if t[0].name in older]:
        into = reader
        if sh.name in older:  # last month's report kept beside this month's: read apart, kept only for products
            into = _Reader(path.name, year)  # this month's sheets do not have
            into.preset = reader.preset
        into.ref = _sheet_ref(sh)
        continued = _continued(sh) if before is not None and into is reader else None
        if continued is not None and into.ref is None:
            into.ref = _sheet_ref(before)
        into.hidden_rows = book.hidden(sh.name)
        if book.filtered(sh.name):  # rows an AutoFilter hid: read with the others (the filter narrows the view)
            rows = book.filtered(sh.name)
            reader.problems.append(Problem(INFO, f"オートフィルターで表示されていなかった行（{len(rows):,} 行）も読みました"
                                                 "（フィルターは表示の絞り込みで、行を集計から外す印ではありません）",
                                           path.name, sh.name, f"A{rows[0] + 1}", code="filtered_rows"))
        read_here = True
        into.dash_zero, into.dash_zeroed = _dash_note(sh), []
        if long:
            into.long_table(sh)
        elif into.cross_table(sh):
            pass
        elif into.own_table(sh, path.name) or into.own_total_row(sh, path.name):
            pass
        else:
            read_here = False
            if any(type(v) in (int, float) for _, _, v in sh.filled()):
                unread.append(sh.name)
        found |= read_here
        if into.dash_zeroed and into.dash_zero is not None:
            into.problems.append(Problem(INFO, f"「－」の欄（{len(into.dash_zeroed)} か所）は、注記「{into.dash_zero[1]}」の"
                                         "とおり 0 件として読みました", path.name, sh.name, into.dash_zero[0],
                                         code="dash_zero"))
        into.dash_zero = None
        into.said_hidden_columns(sh)
        if into is reader:
            _box_title(reader, book, sh.name)
            if continued is not None and before is not None:
                _continued_as_of(reader, sh, before, continued)
            if read_here:
                before = sh
        else:
            _merge_earlier(reader, into, sh.name)
    if not found:
        labels = "・".join(c.label for c in form.FIGURES.columns if c.required)
        raise InputError(f"実績の表（見出し: {labels}・目標・実績、または県支部ごとの行と商品ごとの目標・実績の列）が"
                         "どのシートにも見つかりません", file=path.name, sheet="、".join(book.sheet_names), code="no_table")
    _footer_as_of(reader, reader.sheets)
    _file_name_as_of(reader, path)
    for name in unread:  # numbers on a sheet that holds no table of ours (a summary of formulas, a memo)
        reader.problems.append(Problem(INFO, f"シート「{name}」には県支部と商品の表が見つからないため読んでいません", path.name,
                                       name, "", code="sheet_not_read"))
    reader.problems.extend(book.formula_problems(path.name, per_cell=False))  # formulas saved without their results: worked out
    reader.problems[:0] = [Problem(INFO, note, path.name, book.sniffed.note_sheets.get(note, ""), "", code="book_note")
                           for note in book.sniffed.notes]
    return reader.ordered(), reader.problems
