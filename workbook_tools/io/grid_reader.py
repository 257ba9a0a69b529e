"""Read a Report A grid in HQ's layout, by header text (never by position)."""
from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from dataclasses import dataclass, field

from workbook_tools.core.calendar import FiscalCalendar, YearMonth
from workbook_tools.core.grid import UnionRow
from workbook_tools.core.normalize import (EXCEL_MAX_NUMBER, fiscal_year_cell, fix_radicals, kanji_year_month,
                                          label_key, normalize_text, parse_count, year_month_number)
from workbook_tools.core.prefectures import Prefecture, by_code, by_name, named_in
from workbook_tools.errors import ERROR, INFO, WARNING, InputError, Problem
from workbook_tools.forms import grid as form
from workbook_tools.io import xmlscan
from workbook_tools.io.rels import related_parts
from workbook_tools.io.readers import SheetData, a1, col_letter, parse_a1

_HEADER_SCAN_ROWS = 30


@dataclass
class GridInput:
    sheet: str
    rows: list[UnionRow]
    start_month: int
    fiscal_year: int
    cutoff: YearMonth | None
    problems: list[Problem] = field(default_factory=list)
    # typed values found in the input, for the check sheet: (row, key, year) → value
    typed: dict[tuple[int, str, int | None], object] = field(default_factory=dict)
    header_row: int = 0
    years: list[int] = field(default_factory=list)  # the fiscal years whose months the sheet holds
    past_columns: dict[int, tuple[int, int]] = field(default_factory=dict)  # year typed as totals → (実績, 累計) cols
    past_cutoff: YearMonth | None = None  # the cutoff those typed 累計 are for
    file: str = ""
    months: tuple[int, ...] = ()  # the months (1-12) this year's block has columns for, in the sheet's order
    # the cutoff was guessed: the month of the fiscal year a title above states (「2024年12月末現在」) though this
    # sheet has no column for it (its 上期 half alone), for the half that joins it (app.grid)
    stated_cutoff: YearMonth | None = None
    # the grid's own 「合計」 row under the unions, as typed: ("target" | "cumulative" | "month", month or None) →
    # (value, cell), compared with the unions' sums (app.grid.check_input)
    typed_total: dict[tuple[str, YearMonth | None], tuple[object, str]] = field(default_factory=dict)
    typed_total_row: int = 0  # its row (1-based): the unions above it on this sheet are what it adds up


_ERA_YEAR = re.compile(r"(?:令和|R)(\d{1,2})(?=[年.．/])")
_KANJI_NUMERAL = re.compile("[〇一二三四五六七八九十元](?=[〇一二三四五六七八九十]*[年月])")
_YEAR_MONTH = re.compile(r"^\d{4}[年./](\d{1,2})月?$")
_MONTH_SUFFIX = re.compile(r"^(\d{1,2})月(?:分|実績|件数|度)$")  # 「5月分」「6月実績」「5月度」: the month's column
_YEAR_NOTE = re.compile(r"^(\d{4}年度)\((?:今年度|当年度|本年度|前年度|前々年度|前年|前々年|今年)\)$")
_RELATIVE_YEARS = {"今年度": 0, "当年度": 0, "本年度": 0, "前年度": -1, "前々年度": -2}
_CUM_SPELLED = re.compile(r"^累計\((\d{1,2})月(?:末)?(?:まで)?\)$|^(\d{1,2})月末(?:まで)?(?:の)?累計$")
_TITLE_YEAR = re.compile(r"(\d{4})年度")
# a fiscal year headed by its months 「2022年5月～2023年4月」 (「2022.6-2023.5」; 令和 already written out): that 年度
_YEAR_SPAN = re.compile(r"^(\d{4})[年./](\d{1,2})月?(?:分)?[~〜\-ー―‐－から]+(\d{4})[年./](\d{1,2})月?(?:分|まで)?$")


def _header_key(v) -> str:
    """A heading as the reader compares it: a month typed as a date (shown m"月"), 「2024年6月」 or 「R6.6」 is
    「6月」; a 令和 year is written out (「令和5年度」, 「R5年度実績」 → 2023年度…)."""
    if isinstance(v, (dt.date, dt.datetime)):
        return f"{v.month}月"
    k = label_key(v)
    if _KANJI_NUMERAL.search(k):  # 「令和四年度」, 「十月」, 「二月累計」
        k = kanji_year_month(k)
    if "令和" in k or "R" in k:
        k = _ERA_YEAR.sub(lambda m: str(2018 + int(m.group(1))), k)
    m = _YEAR_MONTH.match(k) or _MONTH_SUFFIX.match(k)
    if m:
        return f"{int(m.group(1))}月"
    m = _CUM_SPELLED.match(k)  # 「累計（1月）」, 「1月末累計」, 「1月末まで累計」 → 1月累計
    if m:
        return f"{int(m.group(1) or m.group(2))}月累計"
    m = _YEAR_NOTE.match(k)  # 「2024年度（今年度）」
    if m:
        return m.group(1)
    m = _YEAR_SPAN.match(k)  # 「2022年5月～2023年4月」: twelve months from a start month, the 年度 they make
    if m:
        y1, m1, y2, m2 = (int(g) for g in m.groups())
        if m1 in (5, 6) and (y2 * 12 + m2) - (y1 * 12 + m1) == 11:
            return f"{y1}年度"
    return k


def _row_keys(sheet: SheetData, r: int) -> list[str]:
    """Row r's headings; a heading merged down over two heading rows (「県名」 over the row of months) counts in
    the lower row too."""
    out = []
    for c, v in enumerate(sheet.rows[r]):
        if v in (None, ""):
            m = sheet.merged_at(r, c)
            if m is not None and m[0] < r and m[1] == c:
                v = sheet.value(m[0], m[1])
        out.append(_header_key(v) if v not in (None, "") else "")
    return out


def _month_numbers(keys: list[str], values: list) -> list[str]:
    """A run of six or more bare numbers 1–12 in fiscal order (6｜7｜…｜12｜1…, under a 「月別件数」 heading) are the
    months' headings: 「6月」…; any other number stays a number."""
    out = list(keys)
    run: list[int] = []
    for c in range(len(values) + 1):
        v = values[c] if c < len(values) else None
        n = int(v) if type(v) in (int, float) and 1 <= v <= 12 and v == int(v) else None  # (range first: inf, nan)
        if n is not None and (not run or n == int(values[run[-1]]) % 12 + 1):
            run.append(c)
            continue
        if len(run) >= 6:
            for x in run:
                out[x] = f"{int(values[x])}月"
        run = [c] if n is not None else []
    return out


# 「5月2」, 「3月累計2」, 「年度計3」: a heading and the number Excel appended to keep a table's column names unique
_EXCEL_SUFFIX = re.compile(r"^(.*\D)([2-9]|[1-9]\d)$")


def _known_heading(key: str) -> bool:
    """A heading of ours: a month, a 累計, a 年度計 word, a year, or one of the form's column headings."""
    return bool(form.MONTH_RE.match(key) or form.CUMULATIVE_RE.match(key) or form.YEAR_TOTAL_RE.match(key)
                or form.YEAR_CUMULATIVE_RE.match(key) or form.YEAR_LABEL_RE.match(key)) \
        or key in _YEAR_TOTAL_WORDS or key in _FORM_HEADINGS


def _unsuffixed(keys: list[str], table: bool) -> tuple[list[str], list[int]]:
    """The headings with the numbers Excel appends to a table's repeated column names taken off (「5月」｜…｜「5月2」｜
    …｜「5月3」 → 「5月」 each time): only a heading of ours followed by a number, and only when the same heading
    without the number is in the row (Excel keeps the first as typed) or the row is a table's heading row
    (``table``).  Returns (the keys, the columns changed)."""
    present = set(keys)
    out, changed = list(keys), []
    for c, k in enumerate(keys):
        if not k or _known_heading(k) or not (m := _EXCEL_SUFFIX.match(k)):
            continue
        base = m.group(1)
        if _known_heading(base) and (base in present or table):
            out[c] = base
            changed.append(c)
    return out, changed


def _header_keys(sheet: SheetData, r: int, table: bool = False, renamed: list[int] | None = None) -> list[str]:
    """Row r's headings; a heading row over two rows without merged cells (県名… in the upper row, the months in
    the lower) reads as one: the lower row's blanks take the upper row's headings.  ``table``: the row is the
    heading row of an Excel table (see _unsuffixed); ``renamed`` gets the columns whose number was taken off."""
    keys, changed = _unsuffixed(_row_keys(sheet, r), table)
    if renamed is not None:
        renamed.extend(changed)
    keys = _month_numbers(keys, sheet.rows[r])
    if r > 0 and not any(k in ("県名",) or k in _UNION_NAME_KEYS for k in keys):
        above = _row_keys(sheet, r - 1)
        if any(k in ("県名",) or k in _UNION_NAME_KEYS for k in above):
            keys = [k or (above[c] if c < len(above) else "") for c, k in enumerate(keys)]
            keys += above[len(keys):]
    return keys


def _find_header_row(sheet: SheetData, table_rows: frozenset[int] = frozenset()) -> int:
    best, best_score = -1, 0
    first = next((r for r, row in enumerate(sheet.rows) if row), 0)  # (a view of a lower table: blank rows above)
    for r in range(first, min(sheet.height, first + _HEADER_SCAN_ROWS)):
        keys = [k for k in _header_keys(sheet, r, r in table_rows) if k]
        months = sum(1 for k in keys if form.MONTH_RE.match(k))
        has_pref = any(k in ("県名",) for k in keys)
        has_union = any(k in _UNION_NAME_KEYS for k in keys)  # (no 県名 column: 【香川県本部】 rows between)
        score = months + (10 if has_pref else 5 if has_union else 0)
        if months >= 6 and (has_pref or has_union) and score > best_score:
            best, best_score = r, score
    return best


_TABLE_REL = "/table"
_MAX_TABLE_PART = 1 << 20  # bytes: a table definition is a few hundred; a larger one is not read


def table_ranges(data: bytes, sheet_part: str) -> list[tuple[int, int, int, int]]:
    """(r1, c1, r2, c2), 0-based, of the Excel tables (ListObjects) on a sheet of an .xlsx package: the ``ref`` of each
    ``xl/tables/tableN.xml`` the sheet's relationships name.  Parsed with expat callbacks (io.xmlscan: no DTD, no
    entity); a part past ``_MAX_TABLE_PART`` bytes or a ref that does not parse is left out."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        refs: list[str] = []

        def table(name: str, attrs: dict[str, str]) -> None:
            if name.rsplit("}", 1)[-1] == "table" and "ref" in attrs:
                refs.append(attrs["ref"])

        for t in related_parts(zf, sheet_part, _TABLE_REL):
            if zf.getinfo(t).file_size <= _MAX_TABLE_PART:
                xmlscan.scan(zf.read(t), table)
    out = []
    for ref in refs:
        m = re.fullmatch(r"\$?([A-Za-z]{1,3})\$?(\d{1,7}):\$?([A-Za-z]{1,3})\$?(\d{1,7})", ref.strip())
        if m:
            (r1, c1), (r2, c2) = parse_a1(m.group(1) + m.group(2)), parse_a1(m.group(3) + m.group(4))
            out.append((r1, c1, r2, c2))
    return out


def stacked_tables(sheet: SheetData) -> list[SheetData]:
    """Grids one under another on a sheet (this year's, the past years' below it): each as a view of the sheet with
    only its own rows (the others blank, so row numbers and cell references stay the sheet's); [] for one grid.
    A table's rows run from the label rows just above its heading row (years, at most four rows without a
    number) to the next table's."""
    heads = []
    for r in range(min(sheet.height, _HEADER_SCAN_ROWS * 4)):
        keys = [k for k in _header_keys(sheet, r) if k]
        if sum(1 for k in keys if form.MONTH_RE.match(k)) >= 6 and any(
                k == "県名" or k in _UNION_NAME_KEYS for k in keys):
            if heads and r - heads[-1] <= 2:  # a heading over two rows: the lower one
                heads[-1] = r
            else:
                heads.append(r)
    if len(heads) < 2:
        return []
    starts = []
    for i, h in enumerate(heads):
        floor = heads[i - 1] + 1 if i else 0
        r = h
        while r - 1 >= floor and h - (r - 1) <= 4 and not any(type(v) in (int, float) for v in sheet.rows[r - 1]):
            r -= 1
        starts.append(r if i else 0)
    views = []
    for i, start in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else sheet.height
        views.append(SheetData(sheet.name, [row if start <= r < end else [] for r, row in enumerate(sheet.rows)],
                               [m for m in sheet.merged if start <= m[0] < end]))
    return views


_UNION_NAME_KEYS = frozenset(next(a for k, _, a in form.LEFT if k == "union_name"))
_FORM_HEADINGS = frozenset(a for _, _, aliases in form.LEFT + form.RIGHT for a in aliases)
_SECTION = re.compile(r"^[【\[［<＜■◆●]\s*(.+?)\s*[】\]］>＞]?$")
_BRANCH_ROW = re.compile(r"^\S{1,4}?(?:都|道|府|県)?(?:本部|支部)$")


def _title_pref(sheet: SheetData, hr: int) -> tuple[str, str, str, str] | None:
    """(県コード, 県名, the text, its cell) of the one 県本部 a title above the heading row names (「自治労広島県本部
    2024年度 …」): a 県本部's own grid.  None when no title, or more than one, names one."""
    found = {}
    for r in range(hr):
        for c, v in enumerate(sheet.rows[r]):
            if isinstance(v, str) and "本部" in v and (pref := named_in(v)) is not None:
                found.setdefault(pref.code, (pref.code, pref.name, v.strip()[:40], a1(r, c)))
    return next(iter(found.values())) if len(found) == 1 else None


def _section_pref(raw) -> tuple[str, str] | None:
    """A row that only names a prefecture (「【香川県本部】」, 「■徳島」): the 県 of the rows under it."""
    texts = [v for v in raw if v not in (None, "")]
    if not texts or not isinstance(texts[0], str):
        return None
    text = normalize_text(texts[0]).strip()
    m = _SECTION.match(text)
    pref = by_name(m.group(1)) if m else None
    if pref is None and len(texts) == 1 and _BRANCH_ROW.match(text):  # 「群馬県支部」 alone on its row (a group's head)
        pref = by_name(text)
    return (pref.code, pref.name) if pref is not None and pref.is_prefecture else None


def _match(key: str, aliases) -> bool:
    return key in aliases or (key[-1:] == ")" and _UNIT.sub("", key) in aliases)


_UNIT = re.compile(r"\((?:人|名|件|口|%|円|単組)\)$")  # 「組合員数（人）」, 「団生保有（件）」: the unit after the heading


def _header_columns(header: list[str]):
    """(named columns, month columns, 累計 columns, 年度実績 columns) of the header row."""
    cols: dict[str, int] = {}
    month_cols: list[tuple[int, int]] = []  # (col, month)
    cum_cols: list[tuple[int, int]] = []  # (col, cutoff month)
    year_total_cols: list[tuple[int, int]] = []  # (col, fiscal year)
    year_cum_cols: list[tuple[int, int, int]] = []  # (col, fiscal year, cutoff month): 「2023年度2月累計」
    first_month_col = None
    for c, key in enumerate(header):
        if not key:
            continue
        if m := form.MONTH_RE.match(key):
            month_cols.append((c, int(m.group(1))))
            first_month_col = c if first_month_col is None else first_month_col
            continue
        if m := form.CUMULATIVE_RE.match(key):
            cum_cols.append((c, int(m.group(1))))
            continue
        if m := form.YEAR_TOTAL_RE.match(key):
            year_total_cols.append((c, int(m.group(1))))
            continue
        if m := form.YEAR_CUMULATIVE_RE.match(key):
            year_cum_cols.append((c, int(m.group(1)), int(m.group(2))))
            continue
        before_months = first_month_col is None
        # (a heading of the right-hand side typed before the months, 「目標件数」 first, is still that column)
        for k, _, aliases in (form.LEFT + form.RIGHT if before_months else form.RIGHT):
            if k not in cols and _match(key, aliases):
                cols[k] = c
                break
    return cols, month_cols, cum_cols, year_total_cols, year_cum_cols


_YEAR_TOTAL_WORDS = ("年度計", "年度実績", "年度合計", "年間計", "年計", "実績計")


def _year_totals_under_years(sheet: SheetData, hr: int, header: list[str], known: list) -> list[tuple[int, int]]:
    """(column, fiscal year) of the 「年度計」 headings (「年度実績」 「年間計」 …) under a 年度 heading (「2022年度」 typed or
    merged over the column): the year's typed total, as 「2022年度実績」 is."""
    taken = {c for c, _ in known}
    found = []
    for c, key in enumerate(header):
        if key in _YEAR_TOTAL_WORDS and c not in taken and (y := _year_over(sheet, hr, c)) is not None:
            found.append((c, y))
    return found


def _interleaved_years(sheet: SheetData, hr: int, month_cols, cum_cols):
    """Months first, each merged over three columns with 2022年度｜2023年度｜2024年度 under it (each month beside the
    same month of the years before): (the year blocks, their years, this year's 累計 columns, the past years' 累計
    columns with their years), or None for any other heading."""
    spans = set()
    for c, _month in month_cols:
        m = sheet.merged_at(hr, c)
        if m is None or (m[0], m[1]) != (hr, c):
            return None
        spans.add(m[3] - c + 1)
    if len(spans) != 1 or (k := spans.pop()) != 3:
        return None

    def year_under(col: int) -> int | None:
        m = form.YEAR_LABEL_RE.match(_header_key(sheet.value(hr + 1, col) or ""))
        return int(m.group(1)) if m else None

    years = [year_under(month_cols[0][0] + j) for j in range(k)]
    if None in years or sorted(years) != list(range(min(years), min(years) + k)):  # type: ignore[type-var]
        return None
    if any(year_under(c + j) != years[j] for c, _ in month_cols for j in range(k)):
        return None
    blocks = [[(c + j, month) for c, month in month_cols] for j in range(k)]
    current, past = [], []
    for cc, cm in cum_cols:  # 「2月累計」 over the same three years
        for j in range(k):
            y = year_under(cc + j)
            if y == max(years):  # type: ignore[type-var]
                current.append((cc + j, cm))
            elif y is not None:
                past.append((cc + j, y))
    return blocks, years, current or list(cum_cols), past


def _month_blocks(month_cols, cum_cols, file: str, sheet: SheetData, hr: int,
                  partial: bool = False, hidden_cols: set[int] = frozenset()) -> list[list[tuple[int, int]]]:  # type: ignore[assignment]
    """Group month columns into fiscal-year blocks: a block ends at a 累計 column
    or when the months wrap back to the block's first month."""
    blocks: list[list[tuple[int, int]]] = []
    cum_positions = {c for c, _ in cum_cols}
    for c, month in month_cols:
        if not blocks or len(blocks[-1]) == 12 or any(
                blocks[-1][-1][0] < cc < c for cc in cum_positions) or month == blocks[-1][0][1]:
            blocks.append([])
        blocks[-1].append((c, month))
    if len(blocks) > 3 and hidden_cols:  # a fourth year kept in hidden columns (2021 before the three): not read
        blocks = [b for b in blocks if not all(c in hidden_cols for c, _ in b)]  # (collapsed months of the three are)
    if len(blocks) < 3 and not (partial and blocks):  # (more than three: the latest three, see _latest_three)
        raise InputError(f"月見出しのまとまりが {len(blocks)} 年度分あります（前々年度・前年度・当年度の 3 年度分が必要です）",
                         file=file, sheet=sheet.name, cell=a1(hr, month_cols[0][0]), code="year_blocks")
    for b in blocks:
        if b[0][1] != blocks[0][0][1]:
            raise InputError("年度ごとの開始月がそろっていません", file=file, sheet=sheet.name,
                             cell=a1(hr, b[0][0]), code="start_mismatch")
    return blocks


def _latest_three(blocks, years, fiscal_year, file: str, sheet: SheetData, hr: int):
    """More than three years of months (last year's book copied and a year added, the oldest left in): the three
    latest by their 年度 headings (up to the --year given), and the warning naming the years left out.  Refused
    unless every block has a 年度 heading of its own and the three years are all there."""
    n = len(blocks)
    refusal = InputError(f"月見出しのまとまりが {n} 年度分あります（前々年度・前年度・当年度の 3 年度分が必要です）",
                         file=file, sheet=sheet.name, cell=a1(hr, blocks[0][0][0]), code="year_blocks")
    labelled = [_block_label(sheet, hr, b[0][0]) for b in blocks]  # each block's own 年度 heading (「2024年度目標」
    if years is None or labelled != years:  # or 「月別目標」 over a block of targets is no year: none is guessed here)
        raise refusal
    last = max(y for y in years if fiscal_year is None or y <= fiscal_year) \
        if fiscal_year is None or min(years) <= fiscal_year else max(years)
    keep = [i for i, y in enumerate(years) if last - 2 <= y <= last]
    if sorted(years[i] for i in keep) != [last - 2, last - 1, last]:
        raise refusal
    left = [i for i in range(n) if i not in keep]
    where = "、".join(f"{years[i]}年度（{a1(hr, blocks[i][0][0])}:{a1(hr, blocks[i][-1][0])}）" for i in left)
    problem = Problem(WARNING, f"月見出しのまとまりが {n} 年度分あります。{last - 2}〜{last}年度の 3 年度分を読み、"
                               f"{where}の列は読みませんでした", file, sheet.name, a1(hr, blocks[left[0]][0][0]),
                      code="extra_year_blocks", action="前々年度より前の年度の列は削除するか非表示にしてください")
    return [blocks[i] for i in keep], [years[i] for i in keep], problem


_BLOCK_YEAR = re.compile(r"^(\d{4})年度")


def _block_label(sheet: SheetData, hr: int, c: int) -> int | None:
    """The year a 年度 heading above the heading row names over column ``c`` (「2024年度」, 「令和6年度」, 「2024年度（今年度・
    追加）」); None when there is none, or it heads something else than a year's counts (「2024年度目標」)."""
    for r in range(hr - 1, max(-1, hr - 5), -1):
        m = sheet.merged_at(r, c)
        v = sheet.value(m[0], m[1]) if m is not None else sheet.value(r, c)
        if v in (None, ""):
            continue
        key = _header_key(v)
        hit = _BLOCK_YEAR.match(key)
        return int(hit.group(1)) if hit and "目標" not in key else None
    return None


def read_grid(sheet: SheetData, file: str = "", *, start_month: int | None = None,
              cutoff: YearMonth | None = None, fiscal_year: int | None = None,
              hidden: tuple[set[int], set[int]] | None = None, partial: bool = False,
              targets: bool = True, struck: set[tuple[int, int]] = frozenset(),  # type: ignore[assignment]
              tables: tuple[tuple[int, int, int, int], ...] = ()) -> GridInput:
    """``hidden``: the sheet's hidden (rows, columns), 0-based: what is typed there (an older copy of a union's
    row, a year before the three) is out of sight, so it is not read; rows with content are reported.
    ``struck``: (row, col) of the cells struck through as a whole (Book.struck_whole): a union's row struck through
    (its name and most of its cells, 「入力誤り」 left in place) is not read, and said.
    ``partial``: the sheet may hold fewer than the three years (this year here, the past years on another sheet:
    app.grid joins them); ``GridInput.years`` says which it holds.
    ``tables``: (r1, c1, r2, c2), 0-based, of the sheet's Excel tables (ListObjects): a heading row that is a
    table's first row may carry the numbers Excel appends to repeated column names (「5月2」)."""
    hidden_rows, hidden_cols = hidden or (set(), set())
    table_rows = frozenset(t[0] for t in tables)
    hr = _find_header_row(sheet, table_rows)
    if hr < 0:
        raise InputError("見出し行が見つかりません（「県名」と「6月」などの月見出しが並ぶ行が必要です）",
                         file=file, sheet=sheet.name, cell=f"A1:{a1(_HEADER_SCAN_ROWS - 1, 0)}",
                         code="no_header")
    renamed: list[int] = []
    header = _header_keys(sheet, hr, hr in table_rows, renamed)
    cols, month_cols, cum_cols, year_total_cols, year_cum_cols = _header_columns(header)
    year_total_cols += _year_totals_under_years(sheet, hr, header, year_total_cols)
    # (a sheet of past years has no 目標; nor has a grid whose targets are on a sheet of their own: ``targets`` False)
    required = form.LEFT[2:4] + ([] if partial or not targets else [form.RIGHT[1]])
    if "pref_name" not in cols and "pref_name_right" in cols:  # the 県名 typed at the table's right end only
        cols["pref_name"] = cols["pref_name_right"]
    title_pref = None
    if "pref_name" not in cols and not any(_section_pref(sheet.rows[r]) for r in range(hr + 1, sheet.height)):
        title_pref = _title_pref(sheet, hr) if "pref_code" not in cols else None  # 「自治労広島県本部　…」 above
        if title_pref is None and "pref_code" not in cols and (named := by_name(sheet.name)) is not None:
            title_pref = (named.code, named.name, sheet.name, "")  # a sheet per 県本部, named 「北海道」 on its tab
        if title_pref is None:
            required = form.LEFT[1:2] + required  # no 県名 column, no 【…県本部】 rows, no 県本部 in the title
    if "union_code" not in cols and "union_name" in cols and _codes_in_names(sheet, hr, cols["union_name"]):
        required = [t for t in required if t[0] != "union_code"]  # 「118 架空布区職員労働組合」: the code before the name
        cols[CODE_IN_NAME] = cols["union_name"]
    for k, label, _ in required:  # (no 県コード column: the code comes from the 県名)
        if k not in cols:
            raise InputError(f"必須の見出し「{label}」が見つかりません", file=file, sheet=sheet.name,
                             cell=f"{a1(hr, 0)}:{a1(hr, len(header) - 1)}",
                             code="no_target_column" if k == "target" else "missing_header")
    typed_years = {y for _, y in year_total_cols} & {y for _, y, _ in year_cum_cols}  # past years as totals
    total_years = {y for _, y in year_total_cols}  # (the oldest year may be its 年度計 alone: its 累計 unknown)
    interleaved = _interleaved_years(sheet, hr, month_cols, cum_cols)
    extra_years = None
    row_years = _row_years(sheet, hr, header, month_cols) if interleaved is None and not partial else None
    if interleaved is not None:  # each month over 2022年度｜2023年度｜2024年度 sub-columns
        blocks, years, cum_cols, past_cums = interleaved
    elif row_years is not None:  # one row per union and 年度 under one set of months: the months of each row's year
        blocks, years, past_cums = [[(c, m) for c, m in month_cols]], [max(row_years[1])], None
    else:
        blocks = _month_blocks(month_cols, cum_cols, file, sheet, hr, partial or bool(typed_years | total_years),
                               hidden_cols)  # (a year given as its totals: fewer blocks, checked below)
        years = _block_years(sheet, hr, blocks, year_total_cols)
        past_cums = None
        if len(blocks) > 3:
            blocks, years, extra_years = _latest_three(blocks, years, fiscal_year, file, sheet, hr)
    detected_start = blocks[0][0][1]
    src_cal = FiscalCalendar(detected_start)
    if years is None:
        if fiscal_year is None:
            raise InputError("年度見出し（例「2024年度」）が見つかりません。--year で当年度を指定してください",
                             file=file, sheet=sheet.name, cell=a1(max(hr - 1, 0), blocks[0][0][0]),
                             code="no_year_label")
        years = [fiscal_year - len(blocks) + 1 + i for i in range(len(blocks))]
    cur_year = max(years)
    current = [c for c, _ in blocks[years.index(cur_year)]]
    totals_only = sorted({cur_year - 2, cur_year - 1} - set(years)) if row_years is None else []  # past years as
    # typed totals only (a grid with a row per 年度 has their months)
    if totals_only and not partial:
        if not set(totals_only) <= typed_years | ({cur_year - 2} & total_years):
            raise InputError(f"月見出しのまとまりが {len(blocks)} 年度分あります（前々年度・前年度・当年度の 3 年度分が必要です）",
                             file=file, sheet=sheet.name, cell=a1(hr, month_cols[0][0]), code="year_blocks")
        cum_months = {m for _, y, m in year_cum_cols if y in totals_only}
        if len(cum_months) != 1 and (cum_months or not cum_cols):  # (no 累計 for the oldest year: the 年度計 alone)
            raise InputError("過去年度の「N月累計」の月がそろっていません", file=file, sheet=sheet.name,
                             cell=a1(hr, year_cum_cols[0][0]), code="year_blocks")
        if not cum_cols:  # the past years' 累計 month is the cutoff
            m = next(iter(cum_months))
            cum_cols = [(year_cum_cols[0][0], m)]
    detected_cutoff = None
    if cum_cols:
        cm = cum_cols[0][1]
        detected_cutoff = YearMonth(src_cal.year_of_month(cur_year, cm), cm)
    month_map = [(c, YearMonth(src_cal.year_of_month(fy, month), month))
                 for fy, block in zip(years, blocks) for c, month in block]
    by_year = None
    if row_years is not None:  # each row's months are of the year in its 年度 cell
        by_year = (row_years[0], {fy: [(c, YearMonth(src_cal.year_of_month(fy, month), month)) for c, month in blocks[0]]
                                  for fy in row_years[1]})
    inp = GridInput(sheet.name, [], start_month or detected_start, cur_year, cutoff or detected_cutoff,
                    [], header_row=hr, years=sorted(row_years[1]) if row_years else list(years), file=file,
                    months=tuple(m for _, m in blocks[years.index(cur_year)]))
    if extra_years is not None:
        inp.problems.append(extra_years)
    if inp.cutoff is None:  # 「集計月：2025年3月」, 「2025年2月速報値」, 「2024年12月末現在」 above the grid
        inp.cutoff = _title_cutoff(sheet, hr, [ym for c, ym in month_map if c in current])
    if inp.cutoff is None:
        inp.stated_cutoff = _title_cutoff(sheet, hr, FiscalCalendar(inp.start_month).months(cur_year))
        inp.cutoff = _last_month_with_data(sheet, hr, month_map, current)
        inp.problems.append(cutoff_guessed(inp.cutoff, file, sheet.name, a1(hr, 0)))
    cum_years = past_cums or []  # (column, fiscal year) of the past years' 「N月累計」: the year of the block just
    for cc, _m in cum_cols if past_cums is None else ():  # before it (interleaved: the year under it), unless a
        y = _year_over(sheet, hr, cc)  # 年度 heading over the column names its year (「12月累計」 typed before the months)
        before = [i for i, b in enumerate(blocks) if b[-1][0] < cc]
        if y is None and before:
            y = years[max(before, key=lambda i: blocks[i][-1][0])]
        if y is not None and y != cur_year and y in years:
            cum_years.append((cc, y))
    if totals_only and not partial and set(totals_only) & typed_years:  # the month the typed 累計 run to: the only
        inp.past_cutoff = YearMonth(src_cal.year_of_month(cur_year, cum_cols[0][1]), cum_cols[0][1])  # cutoff
    inp.past_columns = {y: (next(c for c, yy in year_total_cols if yy == y),  # (they are good for)
                            next((c for c, yy, _ in year_cum_cols if yy == y), None)) for y in totals_only} \
        if totals_only and not partial else {}
    for y, (c_total, c_cum) in inp.past_columns.items():
        if c_cum is None:
            inp.problems.append(Problem(INFO, f"{y}年度は「年度計」だけで月別の数字と累計がないため、{y}年度の年度実績は"
                                              "入力どおりとし、月別と累計は空欄にしました", file, sheet.name,
                                        a1(hr, c_total), code="year_total_only"))
    if renamed:
        shown = "".join(f"「{normalize_text(sheet.value(hr, c)).strip()}」" for c in renamed[:3])
        inp.problems.append(Problem(INFO, f"見出し{shown}{'など' if len(renamed) > 3 else ''}（{len(renamed)} 列）は、"
                                          "Excel がテーブルの列名の重複を避けて付けた番号と読み、番号を除いた見出しとして"
                                          "読みました", file, sheet.name, a1(hr, renamed[0]), code="table_heading_suffix"))
    if title_pref is not None:
        source = f"タイトルの「{title_pref[2]}」" if title_pref[3] else f"シート名「{title_pref[2]}」"
        inp.problems.append(Problem(INFO, f"県名の列がないため、{source}からすべての単組を{title_pref[1]}と"
                                          "しました", file, sheet.name, title_pref[3], code="pref_from_title"))
    _read_rows(sheet, file, hr, cols, month_map, cum_years, year_total_cols, years, inp, hidden_rows,
               header, [c for c, _ in cum_cols], title_pref[:2] if title_pref else None, by_year, struck)
    if by_year is not None:
        inp.problems.append(Problem(INFO, f"単組ごとに年度別の行（「年度」の列: "
                                          f"{'・'.join(f'{y}年度' for y in sorted(by_year[1]))}）を 1 単組として読みました",
                                    file, sheet.name, a1(hr, by_year[0]), code="year_rows"))
    return inp


def cutoff_guessed(cutoff: YearMonth, file: str, sheet: str, cell: str) -> Problem:
    """The warning that the cutoff is the last month with data (no 「N月累計」 heading or stated month gave it)."""
    return Problem(WARNING, f"「N月累計」の見出しがないため、締め月をデータのある最後の月 {cutoff.label()} としました。"
                            "--cutoff で指定できます", file, sheet, cell, code="cutoff_guessed")


def _row_years(sheet, hr: int, header: list[str], month_cols) -> tuple[int, list[int]] | None:
    """A grid with one row per union and 年度 (「年度」 column: 2022年度｜2023年度｜2024年度 on a union's rows) under one
    set of month headings: (the 年度 column, the three fiscal years); None for any other grid."""
    year_col = next((c for c, k in enumerate(header) if k == "年度"), None)
    if year_col is None or not month_cols or len(month_cols) > 12:
        return None
    found = []
    for r in range(hr + 1, min(sheet.height, hr + 400)):
        fy = fiscal_year_cell(sheet.value(r, year_col))
        if fy is not None:
            found.append(fy)
    years = sorted(set(found))
    if len(years) != 3 or years[2] - years[0] != 2:
        return None
    return year_col, years


def _block_years(sheet, hr, blocks, year_total_cols) -> list[int] | None:
    """Fiscal year of each month block, from the 年度 labels above the months (merged across the block, or written
    anywhere over it): 「2024年度」, 「令和6年度」, 「2024年度（今年度）」, or 前々年度／前年度／今年度 with the year in the
    sheet's title.  Blocks labelled in any order keep their labels (this year first is read as this year)."""
    years: list[int | None] = [None] * len(blocks)
    relative: list[int | None] = [None] * len(blocks)
    for r in range(max(0, hr - 4), hr):
        for c, v in enumerate(sheet.rows[r]):
            if v in (None, ""):
                continue
            key = _header_key(v)
            m = form.YEAR_LABEL_RE.match(key)
            offset = _RELATIVE_YEARS.get(key)
            if not m and offset is None:
                continue
            rng = sheet.merged_at(r, c)
            c1, c2 = (rng[1], rng[3]) if rng else (c, c)
            for i, block in enumerate(blocks):
                lo, hi = block[0][0], block[-1][0] + 1  # + the 累計 column
                if years[i] is None and relative[i] is None and c1 <= hi and c2 >= lo:
                    if m:
                        years[i] = int(m.group(1))
                    else:
                        relative[i] = offset
                    break
    if all(y is None for y in years) and any(o is not None for o in relative):
        base = _title_year(sheet, hr)
        if base is not None:
            years = [None if o is None else base + o for o in relative]
    n = len(blocks)
    known = [(i, y) for i, y in enumerate(years) if y is not None]
    if len(known) == n and sorted(years) == list(range(min(years), min(years) + n)):  # type: ignore[type-var]
        return years  # type: ignore[return-value]
    if known:
        i, y = known[-1]
        return [y - i + k for k in range(n)]
    if year_total_cols:
        last = max(y for _, y in year_total_cols)
        return [last + 1 - (n - 1) + k for k in range(n)]  # (typed totals of the years before the months')
    dated = _heading_years(sheet, hr, blocks)
    if dated is not None:  # 「2022年6月」｜…, or dates shown m"月": each block's first month says its year
        return dated
    base = _title_year(sheet, hr)  # this year's months alone (the past years elsewhere), or no label over the
    return None if base is None else [base - n + 1 + k for k in range(n)]  # blocks: the year the title names


def _year_over(sheet, hr: int, c: int) -> int | None:
    """The fiscal year a 年度 heading above the heading row names over column ``c`` (the heading merged across the
    column, or typed in it): 「2023年度」, 「令和5年度」 → 2023; None when no heading is over it."""
    for r in range(hr - 1, max(-1, hr - 5), -1):
        m = sheet.merged_at(r, c)
        v = sheet.value(m[0], m[1]) if m is not None else sheet.value(r, c)
        if v in (None, ""):
            continue
        hit = form.YEAR_LABEL_RE.match(_header_key(v))
        return int(hit.group(1)) if hit else None
    return None


def _heading_years(sheet, hr, blocks) -> list[int] | None:
    """The fiscal years the month headings themselves give (「2022年6月」, 「R4.6」, a date), in order, one year
    apart; None when a block's first heading has no year."""
    years = []
    for block in blocks:
        c, _month = block[0]
        v = sheet.value(hr, c)
        if isinstance(v, (dt.date, dt.datetime)):
            y = v.year
        else:
            k = label_key(v)
            if "令和" in k or "R" in k:
                k = _ERA_YEAR.sub(lambda m: str(2018 + int(m.group(1))), k)
            m = _HEADING_YEAR.match(k)
            if m is None:
                return None
            y = int(m.group(1))
        years.append(y)  # (a block starts its fiscal year: its first month's year is the fiscal year)
    ok = all(b - a == 1 for a, b in zip(years, years[1:]))
    return years if ok else None


_HEADING_YEAR = re.compile(r"^((?:19|20)\d{2})(?:年|[./／-])\d{1,2}")
_CUTOFF_TEXT = re.compile(r"(\d{4})年(\d{1,2})月(?!度)")
_CUTOFF_WORDS = ("速報", "確定", "現在", "集計月", "締め", "末", "時点")
_NOT_CUTOFF = ("作成", "提出", "印刷", "発行", "更新", "締め切り", "締切", "〆切", "期限", "次回")


def _title_cutoff(sheet, hr, current: list[YearMonth]) -> YearMonth | None:
    """The cutoff a title or note above the heading row states (「集計月：2025年3月」, 「（2025年2月速報値）」,
    「2024年12月末現在」), when it is a month of the current fiscal year; not a date the sheet was made on.  A cutoff
    typed across cells (「集計月｜2025｜年｜1｜月末現在」) is read from the row's cells joined, when no cell states one."""
    for r in range(0, hr):
        for v in sheet.rows[r]:
            if isinstance(v, str) and (ym := _cutoff_in(v, current)) is not None:
                return ym
    for r in range(0, hr):
        values = [v for v in sheet.rows[r] if v not in (None, "")]
        if len(values) < 2 or sum(isinstance(v, dt.date) or isinstance(v, float) and 1900 < v < 2100
                                  for v in values) > 1:
            continue  # (「対象期間｜2024/6｜～｜2025/1」: two months on the row, no one cutoff)
        # a year.month number 2025.1 is 「2025.1」 or 「2025.10」 (its 0 lost): the one of the two in the fiscal year
        found = {ym for tenth in (False, True)
                 if (ym := _cutoff_in("".join(_cell_piece(v, tenth) for v in values), current)) is not None}
        if len(found) == 1:
            return found.pop()
    return None


def _cell_piece(v, tenth: bool = False) -> str:
    """A cell's value as text to join with its neighbours: a whole number without 「.0」; a date as its year and month
    (「集計月｜2025/1」: Excel kept 「2025/1」 as the date 2025-01-01); a year.month number as such (「締め月｜2025.3」;
    2025.1 as January, or with ``tenth`` as October: 「2025.10」 typed loses its 0)."""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    if isinstance(v, dt.date):
        return f"{v.year}年{v.month}月"
    if (ym := year_month_number(v)) is not None:
        return f"{ym[0]}年{ym[1][-1] if tenth else ym[1][0]}月"
    return v if isinstance(v, str) else str(v)


def _cutoff_in(text: str, current: list[YearMonth]) -> YearMonth | None:
    k = _header_key(text) if ("令和" in text or "R" in text) else label_key(text)
    m = _CUTOFF_TEXT.search(k)
    if m and any(w in k for w in _CUTOFF_WORDS) and not any(w in k for w in _NOT_CUTOFF):
        ym = YearMonth(int(m.group(1)), int(m.group(2)))
        if ym in current:
            return ym
    return None


def _title_year(sheet, hr) -> int | None:
    """The fiscal year a title above the heading row names (「2024年度 加入拡大モデル単組…」, 令和 written out)."""
    for r in range(0, hr):
        for v in sheet.rows[r]:
            if isinstance(v, str) and (m := _TITLE_YEAR.search(_header_key(v))):
                return int(m.group(1))
    return None


def _contained(part: UnionRow, whole: UnionRow, this_year: frozenset = frozenset()) -> bool:
    """A union's row that is a partial copy of another row of it (left behind when it moved to another block): no
    target where the other has one, some count and none in this fiscal year (``this_year``: its months), every
    count it holds (months, past years' totals) the same in the other (its 組合員数 may be the old one)."""
    if part.target is not None or whole.target is None:
        return False
    counts = {k: v for k, v in part.monthly.items() if v is not None}
    if any(k in this_year and v for k, v in counts.items()):
        return False
    if not counts and not any(any(x is not None for x in v) for v in part.past_typed.values()):
        return False  # (a row with no count at all is a union without figures yet, not a copy)
    if any(whole.monthly.get(k) != v for k, v in counts.items()):
        return False
    return all(whole.past_typed.get(y) == v for y, v in part.past_typed.items() if any(x is not None for x in v))


_RENAMED = re.compile(r"合併|名称変更|改称|旧[:：名]|新名")  # a 備考 telling a union's rows were renamed


def _renamed_pair(first: UnionRow, second: UnionRow, noted: bool, fiscal_year: int, start_month: int) -> bool:
    """Two rows with one 県コード and 単組コード under two names that are one union renamed: exactly one of them has
    a target (this year's row), no month and no past year's total holds a number in both, and either a 備考 says so
    (合併, 名称変更, 旧：…) or the row without a target has counts of past years only (the old name's).  Two unions
    given one code by mistake (a new union, its target not set yet, with or without counts) stay two."""
    if (first.target is None) == (second.target is None):
        return False
    both = [k for k, v in first.monthly.items() if v is not None and second.monthly.get(k) is not None]
    both += [y for y, v in first.past_typed.items() if any(v) and any(second.past_typed.get(y, ()))]
    if both:
        return False
    old = first if first.target is None else second
    this_year = set(FiscalCalendar(start_month).months(fiscal_year))
    if noted:
        return True
    past = any(v for ym, v in old.monthly.items() if ym not in this_year) or any(any(v) for v in old.past_typed.values())
    return past and not any(v for ym, v in old.monthly.items() if ym in this_year)  # (a row with no count at all: a
    # new union given a copied code, its figures not in yet)


def _take_renamed(keep: UnionRow, other: UnionRow) -> None:
    """``keep`` (the union's first row, counted) becomes the union under the name of the row with the target, its
    figures where given, and every month and past year either row gives."""
    new, old = (other, keep) if other.target is not None else (keep, other)
    monthly = {k: v for k, v in old.monthly.items() if v is not None}
    monthly.update({k: v for k, v in new.monthly.items() if v is not None})
    past = {y: v for y, v in old.past_typed.items() if any(v)}
    past.update({y: v for y, v in new.past_typed.items() if any(v)})
    keep.name, keep.target = new.name, new.target
    keep.members = new.members if new.members is not None else old.members
    keep.policies = new.policies if new.policies is not None else old.policies
    keep.effective = new.effective or old.effective
    keep.monthly = {k: monthly.get(k) for k in {**old.monthly, **new.monthly}}
    keep.past_typed = past
    keep.source_row = new.source_row


def _last_month_with_data(sheet, hr, month_map, current: list[int]) -> YearMonth:
    """The latest month holding a count other than 0 (a note typed in a month's cell, 「新採見込み約20」, is no data:
    it had moved the cutoff three months on)."""
    last = None
    for r in range(hr + 1, sheet.height):
        for c, ym in month_map:
            v = sheet.value(r, c)
            if v in (None, "", 0) or last is not None and ym <= last:
                continue
            if isinstance(v, str) and parse_count(v)[0] in (None, 0):
                continue
            last = ym
    cur_months = [ym for c, ym in month_map if c in current]
    if last is None or last not in cur_months:
        return cur_months[0]
    return last


def _is_blank_row(values) -> bool:
    return all(v in (None, "") for v in values)


_LINE_BREAK = re.compile(r"[ \t\u3000]*[\r\n]+[ \t\u3000]*")  # a name wrapped by hand: one name
_SUMMARY_KEYS = frozenset(label_key(h) for h in form.SUMMARY_HEADERS if h not in ("目標", "実績")) | {"まとめ"}


def _summary_box(raw, union_col: int) -> bool:
    """The heading of a summary under the grid, its first text at or left of the union names' column: 「【まとめ】」,
    or 「取組単組｜目標｜実績｜到達率｜目標達成単組」."""
    first = next((v for v in raw[:union_col + 1] if type(v) is str and v.strip()), "")
    if "まとめ" not in first and "取組" not in first and "集計" not in first:
        return False  # (every union's row)
    keys = {label_key(v).strip("【】[]［］<>＜＞■◆●") for v in raw[:union_col + 6] if type(v) is str and v.strip()}
    return keys <= {"まとめ", "集計結果"} or len(keys & _SUMMARY_KEYS) >= 2


def _skip_row(raw, cols: dict[str, int], state: dict) -> bool:
    """Blank rows, total rows and note rows (※…; the 社保労連 note starts the sector block)."""
    if _is_blank_row(raw):
        return True
    joined = "".join(label_key(v) for v in raw[: cols["union_name"] + 1])
    name = label_key(raw[cols["union_name"]]) if cols["union_name"] < len(raw) else ""
    if _union_named(raw, cols, name):  # 「試験総合計画研究所職員組合」: a union's name holding 合計, no total row
        joined = joined[: len(joined) - len(name)]  # (only the cells before the name can say it is a total)
    core = _TOTAL_COUNT.sub("", _COUNT_NOTE.sub("", name))  # (a total's name with the count of its unions after it)
    counted = bool(_COUNTED.match(name)) and any(isinstance(v, str) and label_key(v).endswith("計")
                                                 for v in raw[: cols["union_name"]])  # 「滋賀県計｜（2組合）」
    if counted or "合計" in joined or joined.startswith("総計") or "小計" in joined \
            or (core.endswith("計") and len(core) <= 8) or (joined.endswith("計") and _pref_total(raw, cols) is not None):
        # 「計」, 「東京都計」, 「県計」 after a prefecture's unions; or, in a grid whose first row is such a total,
        # 「埼玉県本部計」 over its unions (their 県名 left blank): the 県 of the rows under it
        if state.get("totals_above") is None:
            state["totals_above"] = not state.get("seen_union")
        above = _pref_total(raw, cols) if state["totals_above"] else None
        # (no 県 named: the rows below have none, or, in a 県本部's own grid, the 県 its title names)
        state["code"], state["name"] = (above.code, above.name) if above is not None else state.get("default", ("", ""))
        state["sector"] = bool(above is not None and not above.is_prefecture) or (state["sector"] and above is None)
        return True
    if name in _UNION_NAME_KEYS:  # the heading row of a second table under the first
        return True
    first = next((t for t in (label_key(v) for v in raw) if t), "")
    if first.startswith("※") and not (first == name and _union_named(raw, cols, name)):  # (「※見本三村職員組合」: a
        if "社保労連" in first:  # union marked with ※, its name in its own cell, is a union)
            state["sector"] = True
        return True
    return False


def _grand_total(sheet, r: int, cols: dict[str, int], month_map, inp: GridInput) -> None:
    """The grid's 「合計」 (「総計」) row under its unions, not a 県's or 社保労連's: its typed target, 累積件数 and months
    kept in ``inp.typed_total`` (numbers only; a formula's result counts as typed)."""
    raw = sheet.rows[r]
    joined = "".join(label_key(v) for v in raw[: cols["union_name"] + 1])
    name = label_key(raw[cols["union_name"]]) if cols["union_name"] < len(raw) else ""
    if _union_named(raw, cols, name):  # (a union's name holding 合計: only the cells before it can say 合計)
        joined = joined[: len(joined) - len(name)]
    if not ("合計" in joined or joined.startswith("総計")) or "小計" in joined or _pref_total(raw, cols) is not None:
        return
    wanted = [(("target", None), cols.get("target")), (("cumulative", None), cols.get("cumulative"))]
    wanted += [(("month", ym), c) for c, ym in month_map]
    for key, c in wanted:
        if c is None or c >= len(raw):
            continue
        value = raw[c]
        if type(value) in (int, float) and float(value).is_integer():
            inp.typed_total[key] = (int(value), a1(r, c))
            inp.typed_total_row = r + 1


_UNION_WORDS = re.compile(r"(?:組合|労組|ユニオン|職組|労働組合|支部|分会)$")
_COUNTED = re.compile(r"^[(（]?(?:全)?\d+(?:単組|組合)[)）]?$")  # 「2組合」 「（全3組合）」: how many unions a total adds up
_COUNT_NOTE = re.compile(r"[(（][^()（）]*\d+(?:単組|組合)[^()（）]*[)）]$")  # 「近畿ブロック計（5組合）」: the count after
_TOTAL_COUNT = re.compile(r"(?<=計)[(（]?全?\d+(?:単組|組合)[)）]?$")  # 「合計　3組合」 「北海道計　3組合」: a total's count


def _union_named(raw, cols: dict[str, int], name: str) -> bool:
    """The name cell names a union (it ends as a union's name does, and is no count of unions 「全3組合」), with a
    note's ※ nowhere before it: a 計 / 合計 inside it (「…総合計画研究所職員組合」) does not make its row a total."""
    return bool(name) and bool(_UNION_WORDS.search(name)) and not _COUNTED.match(name) and not _TOTAL_COUNT.search(name) \
        and not (name.startswith("※") and _NOTE_SENTENCE.search(name)) \
        and not any(isinstance(v, str) and v.strip().startswith("※") for v in raw[: cols["union_name"]])


_NOTE_SENTENCE = re.compile("は|以下|以上|加盟|網掛|印|除く|含む|のこと")  # 「※以下は社保労連加盟組合」: a note, not a union


def _pref_total(raw, cols: dict[str, int]) -> Prefecture | None:
    """The prefecture (or 社保労連) a total row names in its first text: 「埼玉県本部計」, 「社保労連計」."""
    first = next((t for t in (label_key(v) for v in raw[: cols["union_name"] + 1]) if t), "")
    if not first.endswith("計") or len(first) > 10:
        return None
    return by_name(first[:-1])


def _row_pref(sheet, file, r: int, cols: dict[str, int], state: dict, problems: list[Problem]) -> tuple[str, str]:
    """(県コード, 県名) of row r; blank cells repeat the previous row's (merged 県 cells)."""
    if "pref_name" not in cols and "pref_code" not in cols:  # the 県 from the 【…県本部】 row above
        return state["code"], state["name"]
    code_col = cols.get("pref_code", cols.get("pref_name"))
    pcode_raw = sheet.value(r, cols["pref_code"]) if "pref_code" in cols else None
    pname_raw = sheet.value(r, cols["pref_name"]) if "pref_name" in cols else None
    if pcode_raw in (None, "") and pname_raw in (None, ""):
        return state["code"], state["name"]
    if pcode_raw in (None, "") and isinstance(pname_raw, str) and (both := _CODE_AND_NAME.match(normalize_text(pname_raw))):
        pcode_raw, pname_raw = both.group(1), both.group(2)  # 「26 滋賀」, 「26:滋賀県」: the code and the name in one cell
    pref = by_code(pcode_raw) or by_name(pname_raw)
    named = by_name(pname_raw)
    if named is not None and pref is not None and named.code != pref.code:  # 47 沖縄: a JIS code by mistake
        problems.append(Problem(WARNING, f"県コード「{_code_text(pcode_raw)}」（自治労県コードでは{pref.name}）と県名「{pname_raw}」が"
                                         f"合わないため、県名から {named.code} としました", file, sheet.name,
                                a1(r, code_col), code="pref_code_mismatch",
                                action="県コードを確認してください（JIS の都道府県コードではなく自治労県コードです）"))
        pref = named
    if pref is None:
        pcode = _code_text(pcode_raw)
        pname = normalize_text(pname_raw or "").strip()
        problems.append(Problem(WARNING, f"県コード「{pcode_raw}」・県名「{pname_raw or ''}」が自治労県コード表にありません",
                                file, sheet.name, a1(r, code_col), code="unknown_pref",
                                action="県コードを確認してください（全国集計には含めています）"))
    else:
        pcode, pname = pref.code, pref.name
        if pcode_raw not in (None, "") and by_code(pcode_raw) is None:
            problems.append(Problem(WARNING, f"県コード「{pcode_raw}」が不明なため県名「{pname_raw}」から {pref.code} としました",
                                    file, sheet.name, a1(r, code_col), code="unknown_pref_code"))
    state["code"], state["name"] = pcode, pname
    return pcode, pname


def _fill_row(sheet, file, r: int, row: UnionRow, cols, month_map, cum_years, year_total_cols, years,
              inp: GridInput) -> None:
    """Counts and months of row r into `row`; the typed totals into inp.typed for the checks."""
    problems, n = inp.problems, len(inp.rows)
    for key in ("members", "policies", "target"):
        if key in cols:
            setattr(row, key, _count(sheet, file, r, cols[key], problems))
    if "effective" in cols:
        eff = sheet.value(r, cols["effective"])
        row.effective = "" if eff is None else normalize_text(eff).strip()
    values = sheet.rows[r]
    width, monthly = len(values), row.monthly
    for c, ym in month_map:
        raw = values[c] if c < width else None
        # the usual cell: a whole, non-negative number (what _count would make of it, without its checks)
        if type(raw) is float and 0.0 <= raw <= EXCEL_MAX_NUMBER and raw.is_integer():
            monthly[ym] = int(raw)
        elif raw is not None and raw != "":
            v = _count(sheet, file, r, c, problems)
            if v is not None:
                monthly[ym] = v
    for y, (c_total, c_cum) in inp.past_columns.items():
        row.past_typed[y] = (_count(sheet, file, r, c_total, problems),  # (no 累計 column: unknown, None)
                             None if c_cum is None else _count(sheet, file, r, c_cum, problems) or 0)
    typed, line = inp.typed, str(r + 1)
    for c, y in year_total_cols:
        if y in inp.past_columns:
            continue  # (the year's figure itself, not a total to check)
        typed[(n, "year_total", y)] = (sheet.value(r, c), col_letter(c) + line)
    for c, y in cum_years:  # a past year's 「N月累計」, the year of the month block just before it
        typed[(n, "cum_past", y)] = (sheet.value(r, c), col_letter(c) + line)
    if "cumulative" in cols:
        c = cols["cumulative"]
        typed[(n, "cumulative", max(years))] = (sheet.value(r, c), col_letter(c) + line)


def _year_row(sheet, file, r: int, inp: GridInput, cols, month_map, current: bool) -> None:
    """Row r of a grid with one row per union and 年度: another year's months of the union read last (this year's
    row also holds the typed 累積件数 and, if the union's first row left it blank, the target)."""
    row, n = inp.rows[-1], len(inp.rows) - 1
    values, problems = sheet.rows[r], inp.problems
    for c, ym in month_map:
        raw = values[c] if c < len(values) else None
        if raw is not None and raw != "":
            v = _count(sheet, file, r, c, problems)
            if v is not None:
                row.monthly[ym] = v
    if current and "cumulative" in cols:
        c = cols["cumulative"]
        inp.typed[(n, "cumulative", max(ym.year for _, ym in month_map))] = (sheet.value(r, c), col_letter(c) + str(r + 1))
    if current and "target" in cols and row.target is None:
        row.target = _count(sheet, file, r, cols["target"], problems)


# a predecessor of a merged union kept for reference: 「（旧）架空島市職員組合」, 「旧架空崎町職員組合」, 「[旧]…」
_FORMER = re.compile(r"^[\s　]*(?:[(（\[［【<＜]\s*旧\s*[)）\]］】>＞]|旧(?=[^\s　)）]))")


def _no_target(sheet, r: int, cols) -> bool:
    """Row r's 目標件数 is blank (or 「－」), or the grid has no 目標件数 column."""
    return "target" not in cols or parse_count(sheet.value(r, cols["target"])) == (None, "")


def _struck_row(values: list, r: int, struck: set[tuple[int, int]]) -> bool:
    """Most of the row's filled cells are struck through (not one struck word or number in a row otherwise kept)."""
    filled = [c for c, v in enumerate(values) if v not in (None, "")]
    return bool(filled) and sum((r, c) in struck for c in filled) * 2 > len(filled)


def _read_rows(sheet, file, hr, cols, month_map, cum_years, year_total_cols, years, inp: GridInput,
               hidden_rows: set[int] = frozenset(), header: list[str] | None = None,  # type: ignore[assignment]
               cum_cols: list[int] = (), pref: tuple[str, str] | None = None,  # type: ignore[assignment]
               by_year: tuple[int, dict] | None = None,
               struck: set[tuple[int, int]] = frozenset()) -> None:  # type: ignore[assignment]
    """``pref``: (県コード, 県名) of every row, when the sheet has no 県 column or rows (its title names the 県本部).
    ``by_year``: (the 年度 column, fiscal year → its month map) of a grid with one row per union and 年度: a row
    without a name continues the union above with the months of its year."""
    state = {"code": pref[0] if pref else "", "name": pref[1] if pref else "", "sector": False,
             "default": (pref[0], pref[1]) if pref else ("", "")}
    unseen, excluded, breakdown, crossed, former = [], [], [], [], []
    merger: UnionRow | None = None  # the last union row whose notes say 合併 (the merged union)
    seen: dict[tuple[str, str, str], UnionRow] = {}  # (県コード, 単組コード, 単組名) → its first row
    by_code: dict[tuple[str, str], UnionRow] = {}  # (県コード, 単組コード) → its first row
    row_notes: dict[int, list[str]] = {}  # id(union row) → its notes (備考)
    # where a 「集計対象外」 note can stand: the union's name, and the columns under no heading of ours (備考)
    known = {c for c, _ in month_map} | set(cols.values()) | {c for c, _ in year_total_cols} | set(cum_cols)
    note_cols = [cols["union_name"]] + [c for c in range(len(header or ())) if c not in known]
    for r in range(hr + 1, sheet.height):
        if r in hidden_rows:
            if not _is_blank_row(sheet.rows[r]):
                unseen.append(r)
            continue
        if "pref_name" not in cols and (section := _section_pref(sheet.rows[r])) is not None:
            state["code"], state["name"] = section
            continue
        if _summary_box(sheet.rows[r], cols["union_name"]):
            break  # 「【まとめ】」 / 「取組単組｜目標｜実績…」 under the grid: the sender's summary, not unions
        if not inp.typed_total and state.get("seen_union") and not state["sector"] and by_year is None:
            _grand_total(sheet, r, cols, month_map, inp)
        if _skip_row(sheet.rows[r], cols, state):
            state["after_union"] = _is_blank_row(sheet.rows[r]) and state.get("after_union", False)
            continue  # (a total's own 年度 rows below it are no union's)
        row_values = sheet.rows[r]
        n = len(row_values)
        if any(type(v) is str and "対象外" in v and "集計対象外" in label_key(v)
               for v in (row_values[c] for c in note_cols if c < n)):
            excluded.append(r)  # 「集計対象外」 written on the row (a 備考): the sender left it out of the count
            state["after_union"] = False
            continue
        if struck and (r, cols["union_name"]) in struck and _struck_row(row_values, r, struck):
            crossed.append(r)  # the row struck through (a mistyped row left in place): the sender took it back
            state["after_union"] = False
            continue
        typed = fix_radicals(str(sheet.value(r, cols["union_name"]) or "")).strip()  # the name as typed (（新規）)
        if "\n" in typed or "\r" in typed:  # a name wrapped by Alt+Enter: one name
            typed = _LINE_BREAK.sub("", typed)
        name = normalize_text(typed)  # (compared: full-width digits and brackets as their plain forms)
        ucode = sheet.value(r, cols["union_code"]) if "union_code" in cols else None
        if CODE_IN_NAME in cols and (split := _UNION_CODE_AND_NAME.match(name)):
            ucode, name = split.group(1), split.group(2)
        elif name and not _BREAKDOWN.match(name):
            name = typed
        row_year = fiscal_year_cell(sheet.value(r, by_year[0])) if by_year is not None else None
        if by_year is not None and not name and ucode in (None, "") and row_year in by_year[1]:
            if state.get("after_union"):
                _year_row(sheet, file, r, inp, cols, by_year[1][row_year], row_year == max(by_year[1]))
            continue  # (the union above, another year's months; under a total row, the total's)
        if not name and ucode in (None, ""):
            continue
        if _BREAKDOWN.match(name) and state.get("seen_union"):  # 「うち病院支部」: part of the union above, no union
            breakdown.append((r, name))
            state["after_union"] = False
            continue
        notes = [v for v in (row_values[c] for c in note_cols[1:] if c < n) if type(v) is str]
        if _FORMER.match(name) and ucode in (None, "") and state.get("seen_union") \
                and _no_target(sheet, r, cols) and (merger is not None or any("合併" in v for v in notes)):
            former.append((r, name, merger))  # 「（旧）架空島市職員組合」 under the merged union: a reference row
            state["after_union"] = False
            continue
        pcode, pname = _row_pref(sheet, file, r, cols, state, inp.problems)
        state["seen_union"] = True
        if state["sector"] and not pcode:
            pcode = "60"
        elif state["sector"] and pref and (pcode, pname) == state["default"]:
            pcode, pname = "60", "社保労連"  # (a 社保労連 union under its ※ note: not the 県 a 県本部's title names)
        row = UnionRow(pref_code=pcode, pref_name=pname, union_code=_union_code(ucode, pcode), name=name,
                       source_row=r + 1)
        n_typed = len(inp.typed)
        _fill_row(sheet, file, r, row, cols, by_year[1][row_year] if by_year is not None and row_year in by_year[1]
                  else month_map, cum_years, year_total_cols, years, inp)
        key = (row.pref_code, row.union_code, label_key(row.name))
        twin = seen.get(key)
        if twin is not None and (twin.members, twin.policies, twin.target, twin.monthly, twin.past_typed) == \
                (row.members, row.policies, row.target, row.monthly, row.past_typed):
            for k in list(inp.typed)[n_typed:]:  # (its typed totals go with it)
                del inp.typed[k]
            inp.problems.append(Problem(WARNING, f"{twin.source_row} 行目と同じ単組・同じ数字の行です（{row.name}）。"
                                                 "1 回だけ数えました", file, sheet.name, a1(r, cols["union_name"]),
                                        code="duplicate_row", action="貼り付けの重複でないか確認してください"))
            continue
        this_year = frozenset(FiscalCalendar(inp.start_month).months(inp.fiscal_year)) if twin is not None else frozenset()
        if twin is not None and (_contained(twin, row, this_year) or _contained(row, twin, this_year)):  # moved:
            kept = inp.rows.index(twin)  # the old row left with its past months, no target; the new one with them all
            mine = list(inp.typed)[n_typed:]
            if _contained(twin, row, this_year):  # (the earlier row is the partial one: it takes the fuller row's)
                for k in [k for k in inp.typed if k[0] == kept]:
                    del inp.typed[k]
                for k in mine:
                    inp.typed[(kept, *k[1:])] = inp.typed.pop(k)
                old_row = twin.source_row
                (twin.members, twin.policies, twin.effective, twin.target, twin.monthly, twin.past_typed,
                 twin.source_row) = (row.members, row.policies, row.effective, row.target, row.monthly,
                                     row.past_typed, row.source_row)
            else:
                for k in mine:
                    del inp.typed[k]
                old_row = r + 1
            inp.problems.append(Problem(WARNING, f"同じ単組（{row.name}）の行が 2 行あり、{old_row} 行目は目標件数がなく、数字が"
                                                 "もう 1 行に含まれているため（ブロックの移動などで残った行）、1 回だけ数えました",
                                        file, sheet.name, a1(r, cols["union_name"]), code="duplicate_row",
                                        action="別の単組なら、単組コードか単組名を確認してください"))
            continue
        if twin is not None:
            inp.problems.append(Problem(WARNING, f"{twin.source_row} 行目と同じ単組（{row.name}）の行が、違う数字でもう 1 行あります"
                                                 "（両方を数えました）", file, sheet.name, a1(r, cols["union_name"]),
                                        code="duplicate_union", action="どちらが正しいか確認してください"))
        same_code = by_code.get((row.pref_code, row.union_code)) if row.union_code and twin is None else None
        if same_code is not None:
            renamed = any(_RENAMED.search(v) for v in notes + row_notes.get(id(same_code), []))
            if _renamed_pair(same_code, row, renamed, inp.fiscal_year, inp.start_month):  # a union renamed (a merger):
                old, new_name = (same_code, row.name) if row.target is not None else (row, same_code.name)  # the old
                message = (f"{same_code.source_row} 行目と {r + 1} 行目は単組コード（{row.union_code}）が同じため、"  # name's
                           f"旧名「{old.name}」の行を、名前を変えた同じ単組「{new_name}」にまとめました"  # row kept
                           "（目標件数のない行の月の数字を合わせています）")  # for its past years
                kept = inp.rows.index(same_code)
                for k in list(inp.typed)[n_typed:]:  # (its typed totals are the union's row's)
                    del inp.typed[k]
                for k in [k for k in inp.typed if k[0] == kept and k[1] == "cumulative"]:
                    del inp.typed[k]  # (the old name's 累積 is not the union's now)
                _take_renamed(same_code, row)
                inp.problems.append(Problem(WARNING, message, file, sheet.name, a1(r, cols["union_name"]),
                                            code="renamed_union",
                                            action="合併・名称変更による旧名の行でないときは、単組コードを確認してください"))
                continue
            inp.problems.append(Problem(WARNING, f"{same_code.source_row} 行目（{same_code.name}）と単組コード"
                                                 f"（{row.union_code}）が同じで名前の違う行です（両方を数えました）", file,
                                        sheet.name, a1(r, cols["union_name"]), code="same_union_code",
                                        action="単組コードを確認してください"))
        by_code.setdefault((row.pref_code, row.union_code), row)
        row_notes[id(row)] = notes
        seen.setdefault(key, row)
        inp.rows.append(row)
        state["after_union"] = True
        if any("合併" in v for v in notes):
            merger = row
    if unseen:
        inp.problems.append(Problem(WARNING, f"非表示の行にある入力（{len(unseen)} 行）は読んでいません（古い写しなど）",
                                    file, sheet.name, "・".join(a1(r, 0) for r in unseen[:20]),
                                    code="hidden_rows", action="集計に入れる行なら、表示してから読み直してください"))
    for r in crossed:
        name = _LINE_BREAK.sub("", fix_radicals(str(sheet.value(r, cols["union_name"]) or "")).strip())
        inp.problems.append(Problem(WARNING, f"取り消し線で消された行です（{name}）。単組として読んでいません", file,
                                    sheet.name, a1(r, cols["union_name"]), code="struck_row",
                                    action="数える行なら取り消し線を外して読み直してください"))
    for r in excluded:
        name = normalize_text(sheet.value(r, cols["union_name"]) or "").strip()
        if "\n" in name or "\r" in name:  # a name wrapped by Alt+Enter: one name
            name = _LINE_BREAK.sub("", name)
        inp.problems.append(Problem(WARNING, f"「集計対象外」と書かれた行です（{name}）。単組として読んでいません", file,
                                    sheet.name, a1(r, cols["union_name"]), code="excluded_row",
                                    action="集計に入れるなら「集計対象外」を消して読み直してください"))
    for r, name, merged in former:
        into = f"合併後の「{merged.name}」（{merged.source_row} 行目）の" if merged is not None else "合併後の単組の"
        inp.problems.append(Problem(INFO, f"「{name}」は{into}合併前の参考の行（単組コード・目標件数なし）と読み、単組として"
                                          "数えていません", file, sheet.name, a1(r, cols["union_name"]),
                                    code="former_union_row",
                                    action="独立した単組として数えるなら単組コードと目標件数を入れてください"))
    for r, name in breakdown:
        inp.problems.append(Problem(WARNING, f"「{name}」は上の単組の内訳の行と読み、単組としては数えていません", file,
                                    sheet.name, a1(r, cols["union_name"]), code="breakdown_row",
                                    action="独立した単組なら名前から「うち」を外して読み直してください"))
    if not inp.rows:
        raise InputError("単組の行が 1 行もありません", file=file, sheet=sheet.name, cell=a1(hr + 1, 0),
                         code="no_rows")


def read_targets(sheet: SheetData) -> list[tuple[str, str, str, object, int]] | None:
    """A sheet of the targets alone (「県名｜単組コード｜単組名｜目標件数」 beside a grid without 目標件数): its rows as
    (県コード, 単組コード, 単組名, 目標件数, 1-based row); None when the sheet is no such list."""
    if _find_header_row(sheet) >= 0:
        return None  # a grid (months under its headings): not a list of targets
    names, targets = set(_UNION_NAME_KEYS), {label_key(a) for a in form.RIGHT[1][2]}
    for hr in range(min(sheet.height, _HEADER_SCAN_ROWS)):
        keys = [label_key(v) if isinstance(v, str) else "" for v in sheet.rows[hr]]
        name_col = next((c for c, k in enumerate(keys) if k in names), None)
        target_col = next((c for c, k in enumerate(keys) if k in targets), None)
        if name_col is None or target_col is None or any(form.MONTH_RE.match(k) for k in keys if k):
            continue  # (a grid's own heading row has months: not a list of targets)
        code_col = next((c for c, k in enumerate(keys) if k in {label_key(a) for a in form.LEFT[2][2]}), None)
        pref_col = next((c for c, k in enumerate(keys) if k in ("県名", "県本部")), None)
        out = []
        for r in range(hr + 1, sheet.height):
            name = normalize_text(sheet.value(r, name_col) or "").strip()
            if not name or name.endswith("計") or name[0] in "※*":
                continue
            pref = by_name(sheet.value(r, pref_col)) if pref_col is not None else None
            code = _union_code(sheet.value(r, code_col), pref.code if pref else "") if code_col is not None else ""
            out.append((pref.code if pref else "", code, name, sheet.value(r, target_col), r + 1))
        return out or None
    return None


CODE_IN_NAME = "union_code_in_name"  # cols: no 単組コード column, the codes typed before the names (that column)
_UNION_CODE_AND_NAME = re.compile(r"^\s*(\d{1,6}(?:[-‐ー_]\d{1,4})?)\s*[:：.．)）]?[\s　]+(\S.*?)\s*$")


def _codes_in_names(sheet, hr: int, c: int) -> bool:
    """Whether the names under the heading row mostly start with a code (「118 架空布区職員労働組合」): at least
    three names, and four in five of them (total rows and ※ notes aside)."""
    names = [n for n in (normalize_text(v).strip() for v in (sheet.value(r, c) for r in range(hr + 1, min(sheet.height, hr + 60)))
                         if isinstance(v, str)) if n and n[0] not in "※*" and not n.endswith("計")]  # (no total, no note)
    coded = sum(1 for n in names if _UNION_CODE_AND_NAME.match(n))
    return coded >= 3 and coded * 5 >= len(names) * 4


_CODE_AND_NAME = re.compile(r"^\s*(\d{1,2})\s*[:：.．)）\-－_]?\s*(\D.*?)\s*$")
# a row under a union giving part of it: 「うち病院支部」, 「（うち現業）」, 「内訳：病院」 (not 「内子町…」, a town)
_BREAKDOWN = re.compile(r"^[\s　]*[（(［\[]?\s*(?:うち(?![ぁ-ゖ])|内訳|内数)")


def _code_text(v) -> str:
    if v is None:
        return ""
    s = label_key(v)
    if s.endswith(".0"):
        s = s[:-2]
    return s.zfill(2) if s.isdigit() else s


def _union_code(v, pref_code: str = "") -> str:
    """A 単組コード, three digits; typed after its 県コード (「35-004」, 「01021」 under 「コード」) it is the last three."""
    if v is None or v == "":
        return ""
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    s = label_key(v)
    if pref_code and len(pref_code) == 2:
        m = re.fullmatch(rf"{pref_code}[-‐ー_/]?(\d{{3}})", s)
        if m:
            return m.group(1)
    return s.zfill(3) if s.isdigit() else s


def _count(sheet, file, r, c, problems):
    row = sheet.rows[r]
    raw = row[c] if c < len(row) else None
    if raw is None or raw == "":
        return None
    if type(raw) is float and raw.is_integer() and abs(raw) <= EXCEL_MAX_NUMBER:
        value, problem = (int(raw) if raw >= 0 else int(raw)), ""
    else:
        value, problem = parse_count(raw)
    if problem:
        problems.append(Problem(ERROR if value is None else WARNING, problem, file, sheet.name, a1(r, c),
                                code="bad_number", action="数値を確認してください"))
    if value is not None and value < 0:
        text = normalize_text(raw).strip() if isinstance(raw, str) else ""
        problems.append(Problem(WARNING, f"「{text}」をマイナスの {value} と読みました（△・▲ は減、解約・取消など）"
                                if text[:1] in ("△", "▲") else f"負の値です（{value}）", file, sheet.name, a1(r, c),
                                code="negative", action="減でなければ数値を直してください" if text[:1] in ("△", "▲") else ""))
    return value

