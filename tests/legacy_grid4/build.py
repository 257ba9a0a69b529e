"""Fourth independent fixture set: 加入拡大モデル単組 grids (Report A) meant to
measure GENERALISATION -- ordinary grid files as prefecture / block offices
would really send them, each combining 3-4 habits: about two thirds habits
already met in tests/legacy_grid, legacy_grid2 or legacy_grid3 (combined
differently), about one third habits none of those sets has (marked NEW).

All union names are invented (見本 / 試験 / 架空); no person's name appears
(the 担当者 column holds roles).  All month counts are literals typed here by
hand.  FY2024 (past years 2022 and 2023).  Expected readings are in
expected.py (typed by hand, not produced by the tool).  ``_`` below means a
blank cell.

The typed derived cells in the files (年度計, N月累計, 累積件数, 前年比, 達成率,
残件数, subtotal / 合計 rows, quarter subtotals, running 累計 rows) are what
the clerk's Excel would show; build.py fills them with plain sums of the
literal months (``_derived``) unless a habit below says they are stale.
expected.py does not use them.

Files (writer / sheet / header rows / habits)
---------------------------------------------

01_東北_6月開始_前年同月比較.xlsx  -- openpyxl, sheet 「東北」, June start, cutoff
    2025年2月 (row 2 「2025年2月速報値」).  Headings on rows 5-6, data from row 7.
    Habits:
    * two-row heading with merged cells and line breaks: the fixed columns
      merged A5:A6 … (「県\\nコード」「組合\\n員数」) (seen: legacy_grid 01);
    * 県コード and 単組コード typed as NUMBERS (3, 5 …; 7 → 007) (seen);
    * an unrelated 「担当者」 column (roles) between 単組名 and 組合員数 (seen:
      legacy_grid 05 「担当」);
    * NEW: MONTH-MAJOR layout for a same-month comparison -- each month heading
      「6月」…「5月」 is merged over THREE sub-columns 「2022年度」「2023年度」
      「2024年度」 (row 6), so the years are interleaved month by month; then
      「2月累計」 merged over the same three sub-columns (its 2024年度 sub-column
      is this year's 累積) and 「年度計」 over 「2022年度」「2023年度」.
    A fully summed 合計 row under the unions; frozen panes.

02_関東_5月開始_県計上置き.xlsx  -- XlsxWriter, sheet 「関東ブロック」, MAY start,
    cutoff 2025年2月 (title).  Row 3 year groups merged, row 4 headings, data
    from row 5.
    Habits:
    * NO 県コード column, the prefecture given by name (「埼玉県本部」
      「東京都本部」 …) (seen: legacy_grid 02, legacy_grid2 04);
    * month headings are REAL DATES (2022-05-01 …) shown as m"月" (seen:
      legacy_grid 02), typed totals 「前々年度実績」「前年度実績」 (seen);
    * NEW: the prefecture's subtotal row sits ABOVE its unions and serves as
      their heading: 「埼玉県本部計」 (label in the 県名 column, every count
      column summed, bold) followed by its unions, whose 県名 cell is BLANK;
      a note under the table says so;
    * NEW: a 社保労連 union is listed INSIDE the table like a prefecture
      (「社保労連計」 above it) before the 合計 row, with no note, and the
      clerk's 合計 includes it -- it is still not part of the national total
      (DOMAIN) and must be kept out of まとめ.
    備考 column at the right end.

03_中部_6月開始_年度別シート.xlsx  -- openpyxl, June start, cutoff 2025年2月.
    Habits:
    * NEW: ONE SHEET PER FISCAL YEAR: 「R6年度」 (the current year, first),
      「R5年度」 and 「R4年度」, each a plain list 県コード/県名/単組コード/単組名
      + 12 months (+ 「年度計」 on the past sheets, no N月累計 anywhere); the
      past sheets list the unions in a DIFFERENT ORDER (R5 reversed, R4 by
      単組コード) and carry no 組合員数 / 目標 -- unions are joined by code;
    * 令和 in sheet names and titles (「令和6年度 …」, 「令和7年2月末現在」 --
      the only statement of the cutoff) (seen: legacy_grid 03, legacy_grid3 04);
    * 県名 with the 県 suffix and a BLANK separator row between prefectures on
      the current sheet (seen: legacy_grid 03);
    * explicit 0 typed in every empty month of one union, blanks elsewhere
      (seen: legacy_grid 03).

04_近畿_5月開始_四半期計.xlsx  -- openpyxl, sheet 「近畿」, MAY start, cutoff
    2025年1月 (row 2 「2025年1月末集計」 and the past headings 「1月累計」).
    Row 4 year groups merged, row 5 headings, data from row 6.
    Habits:
    * counts typed as TEXT with 「件」 in some month cells and in 目標
      (「6件」「15件」) (seen: legacy_grid3 03);
    * 「－」 typed for nothing in some months (seen: legacy_grid2 06);
    * the 目標 column (「今年度目標」) right after 単組名, before 組合員数 and
      the months (seen in spirit: legacy_grid2 01 put 目標 before the months);
    * NEW: QUARTER SUBTOTAL columns inside every year block: 5月 6月 7月
      「第1四半期計」 8月 9月 10月 「第2四半期計」 11月 12月 1月 「第3四半期計」
      2月 3月 4月 「第4四半期計」 (then 「1月累計」「年度計」 for past years);
      the quarter cells are the clerk's sums and must not be read as months.
    Small extra: some current-year cells after the cutoff hold a single SPACE
    (look blank).  A 合計 row under the unions.

05_九州_6月開始_上下2段.xls  -- openpyxl, then LibreOffice → .xls (BIFF8).
    Cutoff 2025年2月 (title).  One heading row (row 3), 合計 on rows 4-5, unions
    from row 6, TWO rows each.
    Habits:
    * NEW: a HIDDEN FIRST SHEET 「1月末」 -- last month's copy of the same grid
      (2025年1月速報値, January figures); the real grid is the visible,
      active second sheet 「2月末」;
    * NEW: TWO ROWS PER UNION: column 「区分」 「件数」 (monthly counts) and
      「累計」 (the running cumulative of each fiscal year, month by month); the
      fixed columns, 目標件数 and the derived columns are merged vertically over
      the two rows; only the 件数 row is data;
    * the 合計 (two rows as well) at the TOP, above the unions (seen: legacy_grid2 01);
    * month headings with the full year 「2022年6月」 … 「2025年5月」 and no
      year-group row (seen: legacy_grid 05); 県コード typed as text (seen).

06_中国四国_6月開始_前年度下段.xlsx  -- openpyxl, sheet 「中国四国」, June start.
    Habits:
    * column A left empty (the table starts in column B), frozen panes (seen:
      legacy_grid 06, legacy_grid2 01);
    * typed 累積件数 / 前年比 / 達成率 / 残件数 STALE for two unions (January
      figures) and 達成率 typed as text 「60.0%」 (seen: legacy_grid 06);
    * NEW: the PAST YEARS IN A SECOND TABLE BELOW the current one on the same
      sheet: 「（参考）前年度・前々年度実績」, its own year-group row 「2022年度
      （前々年度）」「2023年度（前年度）」 and heading row, the same unions again
      with months, 「同月累計」 and 「年度計」 per year (the months aligned under
      the current table's months);
    * NEW: the cutoff is stated as 「2月末現在」 WITHOUT a year (row 2) and the
      past 累計 columns are headed 「同月累計」 (no month): FY2024 from the title
      makes it 2025年2月.
"""
from __future__ import annotations

import datetime as dt
import shutil
import sys
import tempfile
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter as L
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/: the shared LibreOffice helper
import lo  # noqa: E402

_ = None  # a blank cell

JUNE = ["6月", "7月", "8月", "9月", "10月", "11月", "12月", "1月", "2月", "3月", "4月", "5月"]
MAY = ["5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月", "1月", "2月", "3月", "4月"]
WRAP = Alignment(wrap_text=True, horizontal="center", vertical="center")
BOLD = Font(bold=True)


def _num(v) -> int:
    """What the clerk counts for a typed cell (「6件」, 「－」, a lone space)."""
    if v is None:
        return 0
    if isinstance(v, (int, float)):
        return v
    s = str(v).replace("件", "").strip()
    if s in ("", "－", "-"):
        return 0
    return int(s)


def _derived(m22, m23, m24, n: int, tgt):
    """Cells the clerk's sheet would show: (y22, c22, y23, c23, cum, yoy, ach, rem)."""
    y22 = sum(_num(v) for v in m22)
    c22 = sum(_num(v) for v in m22[:n])
    y23 = sum(_num(v) for v in m23)
    c23 = sum(_num(v) for v in m23[:n])
    cum = sum(_num(v) for v in m24[:n])
    t = _num(tgt)
    ach = (cum / t) if t else None
    return y22, c22, y23, c23, cum, cum - c23, ach, t - cum


def _put_row(ws, row: int, col: int, values) -> None:
    for i, v in enumerate(values):
        if v is not None:
            ws.cell(row=row, column=col + i, value=v)


def _group(ws, row: int, start: int, end: int, label: str) -> None:
    ws.cell(row=row, column=start, value=label).alignment = WRAP
    ws.merge_cells(start_row=row, start_column=start, end_row=row, end_column=end)


def _vmerge(ws, col: int, r0: int, r1: int) -> None:
    ws.merge_cells(start_row=r0, start_column=col, end_row=r1, end_column=col)


# ---------------------------------------------------------------------------
# 01  東北  (openpyxl, June start, months interleaved by year)
# ---------------------------------------------------------------------------
# per union: 県コード, 県名, 単組コード, 単組名, 担当者, 組合員数, 団生保有, 発効,
#            months2022[12], months2023[12], months2024[12], 目標件数
F01_UNIONS = [
    (3, "青森", 31, "架空岬市職員労働組合", "書記長", 980, 455, "10月",
     [1, _, 2, _, 6, 2, _, 1, _, _, 1, _],
     [_, 1, 1, _, 7, 3, _, _, 1, 1, _, _],
     [2, _, 1, 1, 8, 2, _, 1, _, _, _, _], 25),
    (5, "宮城", 112, "見本瀬町職員組合", "県支部", 142, 60, "11月",
     [_, _, _, _, _, 2, _, _, _, _, _, _],
     [_, _, _, _, 1, 1, _, _, _, _, 1, _],
     [_, _, _, _, _, 3, 1, _, 1, _, _, _], 5),
    (5, "宮城", 7, "試験平市職員組合", "共済担当", 2210, 870, "1月",
     [2, 1, _, 1, 2, 3, 4, 9, 2, _, 1, 1],
     [1, 2, 1, _, 3, 2, 5, 11, 1, 1, _, 2],
     [3, _, 2, 1, 2, 4, 6, 12, 2, _, _, _], 45),
    (6, "秋田", 45, "架空角町職員組合", "県支部", 310, 140, "10月",
     [_, 1, _, _, 3, _, _, _, _, _, _, _],
     [_, _, _, _, 2, 1, _, _, _, _, 1, _],
     [_, _, _, _, 1, _, _, _, _, _, _, _], 10),
    (7, "山形", 19, "見本庄市職員労働組合", "書記次長", 760, 388, "4月",
     [1, _, _, _, 1, _, _, _, _, 2, 6, 1],
     [2, _, _, _, _, 1, _, _, _, 1, 7, _],
     [3, 1, _, _, 1, _, _, _, 1, _, _, _], 20),
    (8, "福島", 63, "試験会市職員組合", "共済担当", 1330, 602, "11月",
     [1, _, 1, _, 2, 8, 1, _, _, _, 1, _],
     [_, 1, _, 1, 3, 9, 2, _, 1, _, _, 1],
     [2, _, 1, _, 3, 11, 2, _, 1, _, _, _], 25),
]


def build_01(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "東北"
    ws["A1"] = "2024年度 加入拡大モデル単組 月別加入件数（6月開始）　東北ブロック"
    ws["A2"] = "2025年2月速報値"
    ws["A3"] = "※各月とも前年同月と比べられるよう、左から2022年度・2023年度・2024年度の順に並べています"
    fixed = ["県\nコード", "県名", "単組\nコード", "単組名", "担当者", "組合\n員数", "団生\n保有",
             "加入率", "発効"]
    # 1-based: fixed 1..9; month k (0..11) → 10+3k (2022), 11+3k (2023), 12+3k (2024)
    # 46..48 2月累計 (2022, 2023, 2024); 49..50 年度計 (2022, 2023);
    # 51 目標件数, 52 前年比, 53 達成率, 54 残件数
    for i, h in enumerate(fixed, start=1):
        ws.cell(row=5, column=i, value=h).alignment = WRAP
        _vmerge(ws, i, 5, 6)
    years = ["2022年度", "2023年度", "2024年度"]
    for k, m in enumerate(JUNE):
        c = 10 + 3 * k
        _group(ws, 5, c, c + 2, m)
        for j, y in enumerate(years):
            ws.cell(row=6, column=c + j, value=y).alignment = WRAP
    _group(ws, 5, 46, 48, "2月累計")
    for j, y in enumerate(years):
        ws.cell(row=6, column=46 + j, value=y).alignment = WRAP
    _group(ws, 5, 49, 50, "年度計")
    for j, y in enumerate(years[:2]):
        ws.cell(row=6, column=49 + j, value=y).alignment = WRAP
    for i, h in enumerate(["目標\n件数", "前年比", "達成率", "残件数"], start=51):
        ws.cell(row=5, column=i, value=h).alignment = WRAP
        _vmerge(ws, i, 5, 6)
    r = 7
    tot: dict[int, float] = {}
    for u in F01_UNIONS:
        (code, pref, ucode, name, tanto, mem, dan, hakko, m22, m23, m24, tgt) = u
        y22, c22, y23, c23, cum, yoy, ach, rem = _derived(m22, m23, m24, 9, tgt)
        _put_row(ws, r, 1, [code, pref, ucode, name, tanto, mem, dan, round(dan / mem, 3), hakko])
        ws.cell(row=r, column=8).number_format = "0.0%"
        for k in range(12):
            _put_row(ws, r, 10 + 3 * k, [m22[k], m23[k], m24[k]])
        _put_row(ws, r, 46, [c22, c23, cum, y22, y23, tgt, yoy, ach, rem])
        ws.cell(row=r, column=53).number_format = "0.0%"
        for c in [6, 7] + list(range(10, 53)) + [54]:
            if c == 53:
                continue
            v = ws.cell(row=r, column=c).value
            if isinstance(v, (int, float)):
                tot[c] = tot.get(c, 0) + v
        r += 1
    # r == 13: 合計 (every count column summed)
    ws.cell(row=r, column=1, value="合計")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
    for c, v in tot.items():
        ws.cell(row=r, column=c, value=v)
    ws.cell(row=r, column=8, value=round(tot[7] / tot[6], 3)).number_format = "0.0%"
    ws.cell(row=r, column=53, value=tot[48] / tot[51]).number_format = "0.0%"
    ws.column_dimensions["D"].width = 24
    ws.freeze_panes = "J7"
    wb.save(path)


# ---------------------------------------------------------------------------
# 02  関東  (XlsxWriter, May start, 県計 rows above their unions, 社保労連 inside)
# ---------------------------------------------------------------------------
# per prefecture: label of its 計 row, [unions: 単組コード, 単組名, 組合員数, 団生保有,
#                 発効, months2022[12], months2023[12], months2024[12], 目標件数, 備考]
F02_PREFS = [
    ("埼玉県本部計", [
        ("021", "見本川市職員労働組合", 1450, 610, "6月",
         [1, 4, _, 1, _, 2, _, 1, _, _, 1, _],
         [_, 5, 1, _, _, 3, _, _, 1, 1, _, _],
         [2, 6, _, 1, _, 2, 1, _, _, 1, _, _], 25, ""),
        ("133", "試験谷町職員組合", 205, 92, "10月",
         [_, _, _, _, _, 2, _, _, _, _, _, _],
         [_, _, _, _, _, 1, 1, _, _, _, _, _],
         [_, _, _, _, _, 4, _, _, 1, _, _, _], 5, ""),
    ]),
    ("東京都本部計", [
        ("046", "架空鷹市職員組合", 1880, 720, "10月",
         [2, _, 1, _, _, 7, 2, _, _, 1, _, 1],
         [1, 1, _, _, 1, 8, 1, 1, _, _, 1, _],
         [3, _, 1, _, 1, 9, 3, _, 1, _, _, _], 30, "10月発効で新採加入"),
    ]),
    ("千葉県本部計", [
        ("008", "見本葉市職員労働組合", 2650, 1105, "1月",
         [3, 1, _, 2, 1, 2, 3, 1, 9, 2, _, 3],
         [2, 2, 1, _, 1, 3, 2, 1, 11, 1, 1, 2],
         [4, 1, 2, 1, _, 3, 4, _, 12, 2, _, _], 45, "1月発効スポット募集"),
    ]),
    ("神奈川県本部計", [
        ("072", "架空沢市職員組合", 690, 300, "4月",
         [_, _, 1, _, _, _, _, _, _, _, _, 5],
         [1, _, _, _, _, _, _, _, _, _, 1, 6],
         [2, _, _, _, 1, _, _, _, _, 1, _, _], 15, "4月新採は次年度に計上"),
    ]),
    ("社保労連計", [
        ("015", "見本社会保険職員組合", 1720, 810, "12月",
         [1, _, 2, _, 1, _, 2, 6, 1, _, _, 1],
         [_, 1, 1, _, 2, _, 1, 7, 1, _, 1, _],
         [2, _, 1, _, 1, 1, 1, 8, _, 1, _, _], 30, ""),
    ]),
]


def build_02(path: Path) -> None:
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("関東ブロック")
    month_fmt = wb.add_format({"num_format": 'm"月"', "align": "center", "bold": True})
    head = wb.add_format({"bold": True, "text_wrap": True, "align": "center", "valign": "vcenter"})
    pct = wb.add_format({"num_format": "0.0%"})
    sub = wb.add_format({"bold": True, "bg_color": "#DDEBF7"})
    sub_pct = wb.add_format({"bold": True, "bg_color": "#DDEBF7", "num_format": "0.0%"})
    ws.write(0, 0, "2024年度 加入拡大モデル単組 実績（5月開始）　関東ブロック　2025年2月速報値")
    fixed = ["県名", "単組コード", "単組名", "組合員数", "団生保有", "発効",
             "前々年度実績", "前年度実績"]
    # 0-based: fixed 0..7; 2022 8..19 + 20 2月累計; 2023 21..32 + 33; 2024 34..45;
    # 46 累積件数, 47 目標件数, 48 前年比, 49 達成率, 50 残件数, 51 備考
    for c, h in enumerate(fixed):
        ws.write(3, c, h, head)
    for start, fy in ((8, 2022), (21, 2023), (34, 2024)):
        end = start + (12 if fy != 2024 else 11)
        ws.merge_range(2, start, 2, end, f"{fy}年度", head)
        for k in range(12):
            month = 5 + k
            year = fy + (1 if month > 12 else 0)
            month = month - 12 if month > 12 else month
            ws.write_datetime(3, start + k, dt.datetime(year, month, 1), month_fmt)
        if fy != 2024:
            ws.write(3, start + 12, "2月累計", head)
    for c, h in enumerate(["累積件数", "目標件数", "前年比", "達成率", "残件数", "備考"], start=46):
        ws.write(3, c, h, head)

    def cells_of(u):
        (ucode, name, mem, dan, hakko, m22, m23, m24, tgt, note) = u
        y22, c22, y23, c23, cum, yoy, ach, rem = _derived(m22, m23, m24, 10, tgt)
        c = {1: ucode, 2: name, 3: mem, 4: dan, 5: hakko, 6: y22, 7: y23, 20: c22, 33: c23,
             46: cum, 47: tgt, 48: yoy, 49: ach, 50: rem, 51: note}
        for k in range(12):
            c[8 + k] = m22[k]
            c[21 + k] = m23[k]
            c[34 + k] = m24[k]
        return c

    num_cols = [3, 4, 6, 7, 20, 33, 46, 47, 48, 50] + list(range(8, 20)) \
        + list(range(21, 33)) + list(range(34, 44))

    def total_of(label, rows):
        c = {0: label}
        for col in num_cols:
            c[col] = sum(_num(r.get(col)) for r in rows)
        c[49] = c[46] / c[47]
        return c

    def write_row(r, cells, fmt=None, fmt_pct=pct):
        for col, v in cells.items():
            if v is None or v == "":
                continue
            if col == 49:
                ws.write_number(r, col, v, fmt_pct)
            elif isinstance(v, str):
                ws.write_string(r, col, v, fmt) if fmt else ws.write_string(r, col, v)
            else:
                ws.write_number(r, col, v, fmt) if fmt else ws.write_number(r, col, v)

    r = 4
    every = []
    for label, unions in F02_PREFS:
        rows = [cells_of(u) for u in unions]
        write_row(r, total_of(label, rows), sub, sub_pct)
        r += 1
        for cells in rows:
            write_row(r, cells)
            r += 1
        every += rows
    # 合計: the clerk's sum of every row, 社保労連 included
    write_row(r, total_of("合計", every), sub, sub_pct)
    ws.write(r + 1, 0, "※各「県本部計」の行の下に、その県本部のモデル単組を記載しています")
    ws.set_column(0, 0, 14)
    ws.set_column(2, 2, 24)
    ws.freeze_panes(4, 3)
    wb.close()


# ---------------------------------------------------------------------------
# 03  中部  (openpyxl, June start, one sheet per fiscal year)
# ---------------------------------------------------------------------------
# per union: 県コード, 県名, 単組コード, 単組名, 組合員数, 団生保有, 発効,
#            months2022[12], months2023[12], months2024[12], 目標件数
F03_UNIONS = [
    ("09", "新潟県", "014", "架空越町職員組合", 280, 150, "11月",
     [0, 0, 0, 0, 1, 3, 0, 0, 0, 0, 1, 0],
     [0, 0, 0, 0, 0, 2, 1, 0, 0, 0, 0, 0],
     [0, 0, 0, 0, 2, 4, 0, 0, 1, _, _, _], 8),
    ("18", "長野県", "027", "見本科市職員労働組合", 1260, 700, "4月",
     [6, 1, _, _, 1, _, _, _, _, 2, 12, _],
     [7, 2, _, 1, _, _, 1, _, _, 3, 13, 1],
     [9, 1, 1, _, _, 1, _, _, 2, _, _, _], 35),
    ("18", "長野県", "161", "試験木村職員組合", 55, 28, "7月",
     [_, 1, _, _, _, _, _, _, _, _, _, _],
     [_, 2, _, _, _, _, _, _, _, _, _, _],
     [_, 1, 2, _, _, _, _, _, _, _, _, _], 3),
    ("19", "富山県", "033", "架空波市職員組合", 840, 390, "10月",
     [1, _, 1, _, 5, 2, _, _, 1, _, _, _],
     [_, 1, _, 1, 6, 1, _, 1, _, _, 1, _],
     [1, _, _, 2, 4, 1, 1, _, _, _, _, _], 20),
    ("22", "静岡県", "058", "見本松市職員労働組合", 2040, 880, "1月",
     [2, 1, _, 1, _, 2, 3, 8, 2, 1, _, 1],
     [1, 2, 1, _, 1, 3, 2, 10, 3, _, 1, _],
     [2, 1, 2, 1, 1, 2, 4, 11, 3, _, _, _], 40),
]


def build_03(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "R6年度"
    ws["A1"] = "令和6年度 加入拡大モデル単組 実績一覧（6月開始）　中部ブロック"
    ws["A2"] = "令和7年2月末現在"
    ws["A3"] = "※前年度・前々年度は「R5年度」「R4年度」シートを参照"
    heads = ["県コード", "県名", "単組コード", "単組名", "組合員数", "団生保有", "加入率", "発効"]
    heads += JUNE + ["累積件数", "目標件数", "前年比", "達成率", "残件数", "備考"]
    for i, h in enumerate(heads, start=1):
        ws.cell(row=4, column=i, value=h).alignment = WRAP
    r = 5
    prev_pref = None
    for u in F03_UNIONS:
        (code, pref, ucode, name, mem, dan, hakko, m22, m23, m24, tgt) = u
        if prev_pref is not None and pref != prev_pref:
            r += 1  # blank separator row between prefectures
        prev_pref = pref
        y22, c22, y23, c23, cum, yoy, ach, rem = _derived(m22, m23, m24, 9, tgt)
        _put_row(ws, r, 1, [code, pref, ucode, name, mem, dan, round(dan / mem, 3), hakko])
        ws.cell(row=r, column=7).number_format = "0.0%"
        _put_row(ws, r, 9, m24)
        _put_row(ws, r, 21, [cum, tgt, yoy, ach, rem])
        ws.cell(row=r, column=24).number_format = "0.0%"
        r += 1
    ws.column_dimensions["D"].width = 24
    ws.freeze_panes = "E5"

    def past_sheet(title, fy_label, idx, order):
        ps = wb.create_sheet(title)
        ps["A1"] = f"{fy_label} 加入拡大モデル単組 実績一覧（6月開始）　中部ブロック"
        for i, h in enumerate(["県コード", "県名", "単組コード", "単組名"] + JUNE + ["年度計"], start=1):
            ps.cell(row=3, column=i, value=h).alignment = WRAP
        rr = 4
        for u in order:
            months = u[7 + idx]
            _put_row(ps, rr, 1, [u[0], u[1], u[2], u[3]])
            _put_row(ps, rr, 5, months)
            ps.cell(row=rr, column=17, value=sum(_num(v) for v in months))
            rr += 1
        ps.column_dimensions["D"].width = 24

    past_sheet("R5年度", "令和5年度", 1, list(reversed(F03_UNIONS)))
    past_sheet("R4年度", "令和4年度", 0, sorted(F03_UNIONS, key=lambda u: u[2]))
    wb.save(path)


# ---------------------------------------------------------------------------
# 04  近畿  (openpyxl, May start, quarter subtotal columns, 件 text, 「－」)
# ---------------------------------------------------------------------------
SP = " "  # a cell holding a single space
# per union: 県コード, 県名, 単組コード, 単組名, 今年度目標, 組合員数, 団生保有, 発効,
#            months2022[12], months2023[12], months2024[12]  (May … April)
F04_UNIONS = [
    ("26", "滋賀", "009", "架空湖市職員組合", "15件", 610, 280, "10月",
     [1, _, _, _, _, 4, 1, _, _, _, _, 1],
     [_, 1, "－", _, _, 5, _, 1, _, _, 1, _],
     [2, _, 1, _, _, "6件", 1, _, 1, SP, SP, SP]),
    ("27", "京都", "044", "見本嵐町職員組合", 5, 180, 95, "11月",
     ["－", "－", "－", "－", "－", "－", 2, "－", "－", "－", "－", "－"],
     [_, _, _, _, _, _, 1, 1, _, _, _, _],
     [_, _, _, _, _, _, "3件", _, 1, _, _, _]),
    ("28", "奈良", "017", "試験良市職員労働組合", "20件", 1150, 530, "1月",
     [2, 1, _, _, 1, _, 1, 1, 5, 2, _, 1],
     [1, _, 1, 1, _, 1, 2, _, 6, 1, 1, _],
     [3, 1, _, "1件", 1, _, 2, _, 7, SP, _, SP]),
    ("29", "和歌山", "006", "架空歌町職員組合", 10, 330, 120, "7月",
     [_, _, 3, 1, _, _, _, _, _, _, _, _],
     [_, _, 4, _, _, 1, _, _, _, _, _, 1],
     [_, 1, "5件", _, _, _, _, _, _, _, _, _]),
    ("30", "大阪", "102", "見本堺市職員労働組合", "50件", 4020, 1580, "10月",
     [3, 2, 1, 2, _, 14, 3, 2, 4, 1, 2, 3],
     [4, 1, 2, 1, 1, 15, 2, 3, 3, 2, 1, 2],
     [5, 2, "3件", 1, 2, 16, 4, 2, "5件", SP, SP, SP]),
]


def build_04(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "近畿"
    ws["A1"] = "2024年度 加入拡大モデル単組（5月開始）　近畿ブロック"
    ws["A2"] = "2025年1月末集計"
    fixed = ["県コード", "県名", "単組コード", "単組名", "今年度目標", "組合員数", "団生保有", "発効"]
    for i, h in enumerate(fixed, start=1):
        ws.cell(row=5, column=i, value=h).alignment = WRAP
    # one year block: 5 6 7 Q1 8 9 10 Q2 11 12 1 Q3 2 3 4 Q4 (16 columns) [+ 1月累計, 年度計]
    # 2022 9..26, 2023 27..44, 2024 45..60; 61 累積件数, 62 前年比, 63 達成率, 64 残件数
    starts = {2022: 9, 2023: 27, 2024: 45}

    def block_cols(start):
        """column of month k (0..11) and of quarter q (0..3)."""
        mcol = [start + (k // 3) * 4 + (k % 3) for k in range(12)]
        qcol = [start + q * 4 + 3 for q in range(4)]
        return mcol, qcol

    for fy, start in starts.items():
        mcol, qcol = block_cols(start)
        end = start + (17 if fy != 2024 else 15)
        _group(ws, 4, start, end, f"{fy}年度")
        for k in range(12):
            ws.cell(row=5, column=mcol[k], value=MAY[k]).alignment = WRAP
        for q in range(4):
            ws.cell(row=5, column=qcol[q], value=f"第{q + 1}四半期計").alignment = WRAP
        if fy != 2024:
            ws.cell(row=5, column=start + 16, value="1月累計").alignment = WRAP
            ws.cell(row=5, column=start + 17, value="年度計").alignment = WRAP
    for i, h in enumerate(["累積件数", "前年比", "達成率", "残件数"], start=61):
        ws.cell(row=5, column=i, value=h).alignment = WRAP
    r = 6
    tot: dict[int, float] = {}
    for u in F04_UNIONS:
        (code, pref, ucode, name, tgt, mem, dan, hakko, m22, m23, m24) = u
        y22, c22, y23, c23, cum, yoy, ach, rem = _derived(m22, m23, m24, 9, tgt)
        _put_row(ws, r, 1, [code, pref, ucode, name, tgt, mem, dan, hakko])
        for fy, months in ((2022, m22), (2023, m23), (2024, m24)):
            start = starts[fy]
            mcol, qcol = block_cols(start)
            for k in range(12):
                if months[k] is not None:
                    ws.cell(row=r, column=mcol[k], value=months[k])
            for q in range(4):
                if fy == 2024 and q == 3:
                    continue  # 2月-4月 not reached yet
                ws.cell(row=r, column=qcol[q], value=sum(_num(v) for v in months[3 * q:3 * q + 3]))
        _put_row(ws, r, 25, [c22, y22])
        _put_row(ws, r, 43, [c23, y23])
        _put_row(ws, r, 61, [cum, yoy, ach, rem])
        ws.cell(row=r, column=63).number_format = "0.0%"
        for c in [5, 6, 7] + list(range(9, 63)) + [64]:
            if c == 63:
                continue
            v = ws.cell(row=r, column=c).value
            if v is not None and not (isinstance(v, str) and v.strip() == ""):
                tot[c] = tot.get(c, 0) + _num(v)
        r += 1
    # r == 11: 合計
    ws.cell(row=r, column=4, value="合計")
    for c, v in tot.items():
        ws.cell(row=r, column=c, value=v)
    ws.cell(row=r, column=63, value=tot[61] / tot[5]).number_format = "0.0%"
    ws.cell(row=r + 1, column=1, value="※「－」は実績なし。四半期計は各3か月の合計")
    ws.column_dimensions["D"].width = 24
    ws.freeze_panes = "I6"
    wb.save(path)


# ---------------------------------------------------------------------------
# 05  九州  (openpyxl → LibreOffice .xls, June start, hidden January sheet,
#            two rows per union: 件数 / 累計)
# ---------------------------------------------------------------------------
# per union: 県コード, 県名, 単組コード, 単組名, 組合員数, 団生保有, 発効,
#            months2022[12], months2023[12], months2024[12], 目標件数
F05_UNIONS = [
    ("42", "福岡", "024", "架空宰府市職員労働組合", 2480, 1010, "10月",
     [2, 1, _, 1, 9, 3, 1, _, 2, _, 1, 1],
     [1, 2, 1, _, 10, 4, _, 1, 1, 1, _, 2],
     [3, 1, 2, _, 11, 5, 1, _, 2, _, _, _], 40),
    ("42", "福岡", "150", "見本柳町職員組合", 170, 88, "11月",
     [_, _, _, _, 1, 1, _, _, _, _, _, _],
     [_, _, _, _, _, 2, _, _, _, _, 1, _],
     [_, _, _, _, 2, 1, _, _, 1, _, _, _], 5),
    ("43", "佐賀", "011", "試験唐市職員組合", 620, 300, "1月",
     [_, 1, _, _, _, 1, 2, 6, 1, _, _, _],
     [1, _, _, _, 1, 1, 1, 7, _, _, 1, _],
     [_, 1, 1, _, _, 2, 2, 8, 1, _, _, _], 15),
    ("44", "長崎", "032", "架空世保市職員労働組合", 1390, 545, "10月",
     [1, _, 2, _, 6, 2, _, 1, _, 1, _, _],
     [_, 1, 1, 1, 5, 3, 1, _, 1, _, 1, _],
     [1, _, 1, _, 4, 2, _, _, 1, _, _, _], 25),
    ("46", "宮崎", "008", "見本延市職員組合", 455, 210, "12月",
     [_, _, _, _, _, _, 3, 1, _, _, _, _],
     [_, _, _, _, 1, _, 4, 1, _, _, _, _],
     [_, _, _, _, _, 1, 5, 2, 1, _, _, _], 10),
]


def _running(months, n: int):
    """The clerk's 累計 row: running sum month by month (through month n)."""
    out, acc = [], 0
    for k, v in enumerate(months):
        if k >= n:
            out.append(None)
            continue
        acc += _num(v)
        out.append(acc)
    return out


def _f05_sheet(ws, cutoff_label: str, n: int, unions) -> None:
    ws["A1"] = f"2024年度 加入拡大モデル単組 実績（6月開始）　九州ブロック　{cutoff_label}速報値"
    ws["A2"] = "※各単組とも上段が月別件数、下段が年度ごとの累計"
    fixed = ["県コード", "県名", "単組コード", "単組名", "組合員数", "団生保有", "発効", "区分"]
    for i, h in enumerate(fixed, start=1):
        ws.cell(row=3, column=i, value=h).alignment = WRAP
    # months 9..44: 2022年6月 … 2025年5月; 45 目標件数, 46 前年比, 47 達成率, 48 残件数
    for fy_i, fy in enumerate((2022, 2023, 2024)):
        for k in range(12):
            month = 6 + k
            year = fy + (1 if month > 12 else 0)
            month = month - 12 if month > 12 else month
            ws.cell(row=3, column=9 + 12 * fy_i + k, value=f"{year}年{month}月").alignment = WRAP
    for i, h in enumerate(["目標件数", "前年比", "達成率", "残件数"], start=45):
        ws.cell(row=3, column=i, value=h).alignment = WRAP

    def pair(r, fixed_vals, years, tgt, yoy, ach, rem, label_bold=False):
        _put_row(ws, r, 1, fixed_vals)
        ws.cell(row=r, column=8, value="件数")
        ws.cell(row=r + 1, column=8, value="累計")
        for fy_i, (months, nn) in enumerate(years):
            _put_row(ws, r, 9 + 12 * fy_i, months)
            _put_row(ws, r + 1, 9 + 12 * fy_i, _running(months, nn))
        _put_row(ws, r, 45, [tgt, yoy, ach, rem])
        ws.cell(row=r, column=47).number_format = "0.0%"
        for c in list(range(1, 8)) + [45, 46, 47, 48]:
            _vmerge(ws, c, r, r + 1)
        if label_bold:
            ws.cell(row=r, column=4).font = BOLD

    sums = [[0] * 12 for _y in range(3)]
    derived = []
    for u in unions:
        (code, pref, ucode, name, mem, dan, hakko, m22, m23, m24, tgt) = u
        m24 = list(m24[:n]) + [None] * (12 - n)
        d = _derived(m22, m23, m24, n, tgt)
        derived.append((u, m24, d))
        for y, months in enumerate((m22, m23, m24)):
            for k in range(12):
                sums[y][k] += _num(months[k])
    tgt_t = sum(u[10] for u in unions)
    cum_t = sum(d[4] for _u, _m, d in derived)
    c23_t = sum(d[3] for _u, _m, d in derived)
    # 合計 at the top (rows 4-5)
    tot_m24 = sums[2][:n] + [None] * (12 - n)
    pair(4, [_, _, _, "合計", sum(u[4] for u in unions), sum(u[5] for u in unions), _],
         [(sums[0], 12), (sums[1], 12), (tot_m24, n)],
         tgt_t, cum_t - c23_t, cum_t / tgt_t, tgt_t - cum_t, label_bold=True)
    r = 6
    for u, m24, d in derived:
        (code, pref, ucode, name, mem, dan, hakko, m22, m23, _m24, tgt) = u
        y22, c22, y23, c23, cum, yoy, ach, rem = d
        pair(r, [code, pref, ucode, name, mem, dan, hakko],
             [(m22, 12), (m23, 12), (m24, n)], tgt, yoy, ach, rem)
        r += 2
    ws.column_dimensions["D"].width = 24
    ws.freeze_panes = "I4"


def build_05_xlsx(path: Path) -> None:
    wb = openpyxl.Workbook()
    old = wb.active
    old.title = "1月末"
    # last month's copy: January figures (架空宰府市's 10月 was 10 before the correction)
    jan = []
    for u in F05_UNIONS:
        u = list(u)
        if u[3] == "架空宰府市職員労働組合":
            m24 = list(u[9])
            m24[4] = 10
            u[9] = m24
        jan.append(tuple(u))
    _f05_sheet(old, "2025年1月", 8, jan)
    old.sheet_state = "hidden"
    ws = wb.create_sheet("2月末")
    _f05_sheet(ws, "2025年2月", 9, F05_UNIONS)
    wb.active = 1
    wb.save(path)


def build_05(path: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / (path.stem + ".xlsx")
        build_05_xlsx(src)
        out = lo.convert(src, Path(tmp) / "out", "xls")  # tests/lo.py
        shutil.move(str(out), str(path))


# ---------------------------------------------------------------------------
# 06  中国四国  (openpyxl, June start, past years in a second table below)
# ---------------------------------------------------------------------------
# per union: 県コード, 県名, 単組コード, 単組名, 組合員数, 団生保有, 発効,
#            months2022[12], months2023[12], months2024[12], 目標件数, stale?
F06_UNIONS = [
    ("33", "岡山", "005", "架空備市職員労働組合", 1620, 700, "10月",
     [2, _, 1, _, 7, 3, 1, _, 1, _, 1, _],
     [1, 1, _, 2, 8, 2, _, 1, _, 1, _, 1],
     [2, 1, 1, _, 9, 3, 1, _, 1, _, _, _], 30, True),
    ("34", "広島", "038", "見本尾町職員組合", 240, 110, "11月",
     [_, _, _, _, _, 2, _, _, _, _, _, _],
     [_, _, _, _, 1, 1, _, _, _, _, _, 1],
     [_, _, _, _, _, 3, _, 1, _, _, _, _], 5, False),
    ("37", "山口", "012", "試験萩市職員組合", 560, 250, "1月",
     [1, _, _, 1, _, 1, 2, 5, _, _, 1, _],
     [_, 1, _, _, 1, 1, 3, 6, 1, _, _, _],
     [1, _, 1, _, _, 2, 2, 4, _, _, _, _], 15, False),
    ("38", "香川", "027", "架空亀市職員労働組合", 930, 415, "10月",
     [_, 1, _, 1, 5, 2, _, _, 1, _, _, 1],
     [1, _, 1, _, 6, 1, 1, _, _, 1, _, _],
     [_, 2, _, 1, 7, 3, _, 1, 2, _, _, _], 20, True),
    ("40", "愛媛", "003", "見本条市職員組合", 380, 170, "12月",
     [_, _, _, _, _, _, 3, _, _, _, _, _],
     [_, _, _, _, _, 1, 2, 1, _, _, _, _],
     [_, _, _, _, 1, _, 4, 1, _, _, _, _], 8, False),
    ("41", "高知", "019", "試験万町職員組合", 120, 70, "7月",
     [_, 1, _, _, _, _, _, _, _, _, _, _],
     [_, 2, _, _, _, _, _, _, _, _, _, _],
     [_, 2, _, _, _, _, _, _, 1, _, _, _], 3, False),
]


def _pct_text(x: float) -> str:
    return f"{x * 100:.1f}%"


def build_06(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "中国四国"
    ws["B1"] = "2024年度 加入拡大モデル単組 進捗表（6月開始）　中国・四国ブロック"
    ws["B2"] = "2月末現在"
    fixed = ["県コード", "県名", "単組コード", "単組名", "組合員数", "団生保有", "加入率", "発効"]
    # 1-based: fixed 2..9; months 10..21; 22 累積件数, 23 目標件数, 24 前年比, 25 達成率, 26 残件数
    for i, h in enumerate(fixed, start=2):
        ws.cell(row=5, column=i, value=h).alignment = WRAP
    _group(ws, 4, 10, 21, "2024年度")
    for k, m in enumerate(JUNE):
        ws.cell(row=5, column=10 + k, value=m)
    for i, h in enumerate(["累積件数", "目標件数", "前年比", "達成率", "残件数"], start=22):
        ws.cell(row=5, column=i, value=h).alignment = WRAP
    r = 6
    tot_mem = tot_dan = tot_tgt = tot_cum = tot_yoy = 0
    for u in F06_UNIONS:
        (code, pref, ucode, name, mem, dan, hakko, m22, m23, m24, tgt, stale) = u
        # stale rows still show January's 累積/前年比/達成率/残件数 (cutoff 8 months)
        n_typed = 8 if stale else 9
        _y22, _c22, _y23, _c23, cum, yoy, ach, rem = _derived(m22, m23, m24, n_typed, tgt)
        _put_row(ws, r, 2, [code, pref, ucode, name, mem, dan, round(dan / mem, 3), hakko])
        ws.cell(row=r, column=8).number_format = "0.0%"
        _put_row(ws, r, 10, m24)
        _put_row(ws, r, 22, [cum, tgt, yoy, _pct_text(ach), rem])
        tot_mem += mem
        tot_dan += dan
        tot_tgt += tgt
        tot_cum += cum
        tot_yoy += yoy
        r += 1
    # r == 12: 合計 (built from the typed, partly stale cells)
    ws.cell(row=r, column=5, value="合計")
    _put_row(ws, r, 6, [tot_mem, tot_dan, round(tot_dan / tot_mem, 3)])
    ws.cell(row=r, column=8).number_format = "0.0%"
    _put_row(ws, r, 22, [tot_cum, tot_tgt, tot_yoy, _pct_text(tot_cum / tot_tgt), tot_tgt - tot_cum])

    # the past years: a second table below (rows 15-23)
    r = 15
    ws.cell(row=r, column=2, value="（参考）前年度・前々年度実績").font = BOLD
    _group(ws, r + 1, 10, 23, "2022年度（前々年度）")
    _group(ws, r + 1, 24, 37, "2023年度（前年度）")
    for i, h in enumerate(["県コード", "県名", "単組コード", "単組名"], start=2):
        ws.cell(row=r + 2, column=i, value=h).alignment = WRAP
    for start in (10, 24):
        for k, m in enumerate(JUNE):
            ws.cell(row=r + 2, column=start + k, value=m)
        ws.cell(row=r + 2, column=start + 12, value="同月累計")
        ws.cell(row=r + 2, column=start + 13, value="年度計")
    r += 3
    for u in F06_UNIONS:
        (code, pref, ucode, name, mem, dan, hakko, m22, m23, m24, tgt, stale) = u
        y22, c22, y23, c23, *_rest = _derived(m22, m23, m24, 9, tgt)
        _put_row(ws, r, 2, [code, pref, ucode, name])
        _put_row(ws, r, 10, m22)
        _put_row(ws, r, 22, [c22, y22])
        _put_row(ws, r, 24, m23)
        _put_row(ws, r, 36, [c23, y23])
        r += 1
    ws.column_dimensions["A"].width = 3
    ws.column_dimensions["E"].width = 24
    ws.freeze_panes = "F6"
    wb.save(path)


BUILDERS = {
    "01_東北_6月開始_前年同月比較.xlsx": build_01,
    "02_関東_5月開始_県計上置き.xlsx": build_02,
    "03_中部_6月開始_年度別シート.xlsx": build_03,
    "04_近畿_5月開始_四半期計.xlsx": build_04,
    "05_九州_6月開始_上下2段.xls": build_05,
    "06_中国四国_6月開始_前年度下段.xlsx": build_06,
}


def build(root: Path) -> dict[str, Path]:
    root = Path(root)
    root.mkdir(parents=True, exist_ok=True)
    out: dict[str, Path] = {}
    for name, fn in BUILDERS.items():
        path = root / name
        fn(path)
        out[name] = path
    return out


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp(prefix="legacy_grid4_"))
    for n, p in build(target).items():
        print(n, p)
