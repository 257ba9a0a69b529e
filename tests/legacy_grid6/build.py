"""Sixth independent fixture set: 加入拡大モデル単組 grids (Report A) meant to
measure GENERALISATION -- ordinary grid files as prefecture / block offices
that did not use HQ's template would really send them, each combining 3-5
habits: about two thirds habits already met in tests/legacy_grid …
legacy_grid5 (combined differently), about one third habits none of those
sets has (marked NEW).

All union names are invented (見本 / 試験 / 架空); no person's name appears.
All month counts are literals typed here by hand.  FY2024 (past years 2022
and 2023).  Expected readings are in expected.py (typed / worked out by hand,
not produced by the tool).  ``_`` below means a blank cell.

The typed derived cells in the files (N月累計, 6月～1月計, 年度計, 前々年度実績,
累積件数, 前年比, 達成率, 残件数, 合計 rows) are what the clerk's Excel would
show: build.py fills them with Excel's SUM of the month cells (``_derived``),
which LEAVES OUT text cells -- so where a month is typed as text (「１２」,
「12※」) the typed totals of that row are short, as they would be in Excel.
expected.py does not use them.

Files (writer / sheet / header rows / habits)
---------------------------------------------

01_北海道東北_6月開始_県別シート.xlsx  -- openpyxl, June start, cutoff 2025年2月
    (row 2 「2025年2月速報値」, headings 「2月累計」).  Year groups row 4,
    headings row 5, data from row 6, on every sheet.
    Habits:
    * NEW: ONE SHEET PER PREFECTURE -- tabs 「北海道」「青森」「岩手」, the
      same layout on each, no 県コード and no 県名 column; the title names
      the block (「北海道・東北ブロック」), so the sheet tab is the only
      statement of the prefecture; each sheet has its own 合計 row;
    * two-row heading, fixed columns merged vertically over rows 4-5, year
      groups merged over their months, 「組合\\n員数」 line breaks (seen:
      legacy_grid 01, legacy_grid5 01);
    * 単組コード typed as NUMBERS (21 → 021, 1 → 001) (seen: legacy_grid 01);
    * frozen panes (seen).

02_関東_5月開始_年度別行.xlsx  -- XlsxWriter, sheet 「関東」, MAY start, cutoff
    2024年12月 (row 2 「2024年12月末現在」, heading 「12月累計」).  One heading
    row 4, data from row 5.
    Habits:
    * NEW: YEAR-MAJOR ROWS -- each union takes THREE rows, one per fiscal
      year, told apart by a 「年度」 column (「2022年度」「2023年度」「2024年度」);
      ONE set of month columns 5月…4月, then 「12月累計」 and 「年度計」 per row
      (the 2024年度 row's 12月累計 is this year's 累積件数); 前年比, 達成率,
      残件数 on the 2024年度 row only;
    * the fixed columns (県名, 単組コード, 単組名, 組合員数, 団生保有, 発効,
      目標件数) merged vertically over the union's three rows (merging seen:
      legacy_grid 01, legacy_grid3 02); 目標件数 before the months (seen:
      legacy_grid2 01);
    * NO 県コード column, 県名 typed 「栃木県」「埼玉県」「東京都」「神奈川県」
      (seen: legacy_grid 02);
    * a cutoff other than February, in December (seen: legacy_grid2 06).
    A 合計 block (three rows, 「合計」 merged) under the unions; one union with
    no figure at all this year.

03_中部_6月開始_締め月まで.xlsx  -- openpyxl, sheet 「中部」, June start, cutoff
    2025年1月 (row 2 「令和7年1月末現在」).  Year groups row 4 (merged over the
    months only), headings row 5 (fixed headings not merged), data from row 6.
    Habits:
    * NEW: this year's block has columns ONLY THROUGH THE CUTOFF MONTH
      (6月…1月, eight columns; no 2月…5月 columns at all), the past years
      full twelve months;
    * NEW: the past years' cumulative headed by a month RANGE 「6月～1月計」
      (not 「1月累計」), and the cutoff otherwise stated only in 令和
      (「令和7年1月末現在」 = 2025年1月; NEW small);
    * 県コード / 県名 typed only on the FIRST union of each prefecture (blank,
      not merged, below) (seen: legacy_grid2 01); 県コード as text 「09」;
    * 組合員数 typed as TEXT with a thousands comma 「1,270」 (seen: legacy_grid
      02); typed 「2022年度実績」「2023年度実績」 among the fixed columns (seen).
    A 合計 row.

04_近畿_6月開始_足し算セル.xlsx  -- XlsxWriter, sheet 「近畿」, June start, cutoff
    2025年2月 (row 2 「2025年2月速報値」, headings 「2月累計」).  Year groups row
    4, headings row 5, 合計 row 6 (at the TOP), data from row 7.
    Habits:
    * NEW: some month cells are the clerk's ADDITIONS =12+9, =4+2 (two
      reports of the same month added in the cell; formulas, cached results
      stored);
    * NEW: the prefecture as CODE AND NAME IN ONE CELL under 「県本部」
      (「26 滋賀」「27 京都」 …), no separate 県コード / 県名 columns;
    * 目標件数 right after 単組名, before the months (seen: legacy_grid2 01,
      legacy_grid5 04); typed 「前々年度実績」「前年度実績」 (seen:
      legacy_grid 02);
    * the 合計 row at the TOP, just under the headings (seen: legacy_grid2 01);
    * 単組コード typed as NUMBERS (24 → 024) (seen).

05_中国四国_5月開始_支部内訳.xlsx  -- openpyxl, sheet 「中国四国」, MAY start,
    cutoff 2025年3月 (title 「（2025年3月末）」, headings 「2022年度3月累計」).
    One heading row 3, data from row 4.
    Habits:
    * NEW: one union followed by a BREAKDOWN ROW 「　うち病院支部」 (no codes, its
      own 組合員数 and months, a part of the union's figures above it, left
      out of 合計) -- not a union;
    * NEW: month headings typed as TEXT 「2022.5」「2022.6」…「2023.4」 (year and
      month with a dot), no year-group row; per-year 「2022年度3月累計」
      「2022年度実績」 after each year's months (year in the month heading seen:
      legacy_grid 05, legacy_grid5 06 as 「2022年6月」);
    * 県コード typed as NUMBERS (33 …) (seen: legacy_grid 01);
    * a 社保労連 (60) union below 合計 under a ※ note (seen: legacy_grid 01).

06_九州_6月開始_目標別シート.xls  -- openpyxl, then LibreOffice → .xls (BIFF8).
    Sheet 1 「実績」 (June start, cutoff 2024年11月: row 2 「2024年11月末現在」,
    headings 「11月累計」; year groups row 4, headings row 5, data from row 6),
    sheet 2 「目標」.
    Habits:
    * NEW: the TARGETS ON A SEPARATE SHEET 「目標」 (県名 | 単組コード | 単組名 |
      目標件数, in target order, with a 合計 row): the grid has NO 目標件数,
      達成率 or 残件数 column (only 累積件数 and 前年比); a note above the grid
      says 「※目標件数は「目標」シートを参照」;
    * 「－」 typed for nothing in some months (seen: legacy_grid5 02);
    * month counts typed as FULL-WIDTH TEXT 「１２」「３」 in two cells (seen:
      README, full-width strings);
    * legacy .xls (seen); 県名 with the 県 suffix 「福岡県」 (seen: legacy_grid
      03) and 県コード as text.
    A 合計 row.

07_東京_5月開始_都本部単独.xlsx  -- XlsxWriter, sheet 「東京」, MAY start.  Title
    in A1, 「集計月：2025年1月」 in L1, headings 「1月累計」.  Year groups row
    3, headings row 4, data from row 5.
    Habits:
    * ONE PREFECTURE'S OWN FILE, named only in the title 「自治労東京都本部」
      (seen: legacy_grid5 05); the cutoff in a cell right of the title (seen:
      legacy_grid2 02);
    * NEW: NO 単組コード column -- the code is typed IN FRONT OF THE NAME in the
      単組名 cell (「118 架空布区職員労働組合」);
    * NEW: FOOTNOTE MARKS in month cells (「12※」「3※」「2※」, text) with the
      ※ note under the grid (Excel's SUM leaves them out, so the typed
      累計 / 累積件数 of those rows are short);
    * month headings 「5月分」… (seen: legacy_grid2 02).
    A 合計 row.
"""
from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Font

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/: the shared LibreOffice helper
import lo  # noqa: E402

_ = None  # a blank cell

JUNE = ["6月", "7月", "8月", "9月", "10月", "11月", "12月", "1月", "2月", "3月", "4月", "5月"]
MAY = ["5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月", "1月", "2月", "3月", "4月"]
WRAP = Alignment(wrap_text=True, horizontal="center", vertical="center")
BOLD = Font(bold=True)


def _xl(v) -> int:
    """What Excel's SUM takes from a typed cell: numbers only (text such as 「１２」, 「12※」, 「－」 is left out)."""
    if isinstance(v, bool) or v is None:
        return 0
    if isinstance(v, (int, float)):
        return v
    if isinstance(v, tuple):  # (formula, cached result)
        return v[1]
    return 0


def _derived(m22, m23, m24, n: int, tgt):
    """Cells the clerk's sheet would show: (y22, c22, y23, c23, cum, yoy, ach, rem)."""
    y22 = sum(_xl(v) for v in m22)
    c22 = sum(_xl(v) for v in m22[:n])
    y23 = sum(_xl(v) for v in m23)
    c23 = sum(_xl(v) for v in m23[:n])
    cum = sum(_xl(v) for v in m24[:n])
    t = _xl(tgt)
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


def _ym(fy: int, start_month: int, k: int) -> tuple[int, int]:
    """(year, month) of the k-th month (0-based) of fiscal year fy."""
    m = start_month + k
    return (fy + 1, m - 12) if m > 12 else (fy, m)


# ---------------------------------------------------------------------------
# 01  北海道・東北  (openpyxl, June start, one sheet per prefecture)
# ---------------------------------------------------------------------------
# per sheet (= prefecture): [unions: 単組コード (number), 単組名, 組合員数, 団生保有, 発効,
#                            months2022[12], months2023[12], months2024[12], 目標件数]
F01_SHEETS = [
    ("北海道", [
        (21, "見本別市職員労働組合", 640, 310, "10月",
         [1, _, _, 1, 3, 1, _, _, 1, _, _, 1],
         [_, 1, _, _, 4, 2, _, 1, _, _, 1, _],
         [2, _, 1, _, 5, 1, _, _, 1, _, _, _], 15),
        (107, "試験丹町職員組合", 150, 58, "7月",
         [_, 2, _, _, _, _, _, _, _, _, _, _],
         [_, 1, _, _, _, _, _, _, _, _, 1, _],
         [_, 3, _, _, 1, _, _, _, _, _, _, _], 4),
    ]),
    ("青森", [
        (46, "架空間町職員組合", 85, 44, "10月",
         [_, _, _, _, 2, _, _, _, _, _, _, _],
         [_, _, _, _, 3, 1, _, _, _, _, _, _],
         [_, _, _, _, 6, _, _, 1, _, _, _, _], 8),
    ]),
    ("岩手", [
        (1, "見本手県職員労働組合", 1650, 1120, "10月",
         [1, 2, 1, 2, 20, 3, _, 1, 2, 1, _, 1],
         [2, 1, _, 1, 18, 2, 1, _, 1, _, 1, 1],
         [1, 1, 2, 3, 22, 4, 1, _, 2, _, _, _], 35),
        (13, "試験州市職員労働組合", 230, 170, "4月",
         [_, _, _, _, _, _, _, _, _, 1, 3, _],
         [_, _, 1, _, _, _, _, _, _, _, 2, _],
         [1, _, _, _, 1, _, _, _, 1, _, _, _], 12),
    ]),
]


def build_01(path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for sheet, unions in F01_SHEETS:
        ws = wb.create_sheet(sheet)
        ws["A1"] = "2024年度　加入拡大モデル単組　取組状況（6月開始）　北海道・東北ブロック"
        ws["A2"] = "2025年2月速報値"
        fixed = ["単組\nコード", "単組名", "組合\n員数", "団生\n保有", "加入率", "発効"]
        # 1-based: fixed 1..6; 2022 months 7..18 + 19 2月累計; 2023 20..31 + 32; 2024 33..44;
        # 45 累積件数, 46 目標件数, 47 前年比, 48 達成率, 49 残件数
        for i, h in enumerate(fixed, start=1):
            ws.cell(row=4, column=i, value=h).alignment = WRAP
            _vmerge(ws, i, 4, 5)
        for fy, start in ((2022, 7), (2023, 20), (2024, 33)):
            end = start + (12 if fy != 2024 else 11)
            _group(ws, 4, start, end, f"{fy}年度")
            for k, m in enumerate(JUNE):
                ws.cell(row=5, column=start + k, value=m).alignment = WRAP
            if fy != 2024:
                ws.cell(row=5, column=start + 12, value="2月累計").alignment = WRAP
        for i, h in enumerate(["累積\n件数", "目標\n件数", "前年比", "達成率", "残件数"], start=45):
            ws.cell(row=4, column=i, value=h).alignment = WRAP
            _vmerge(ws, i, 4, 5)
        r = 6
        tot: dict[int, float] = {}
        for u in unions:
            (ucode, name, mem, dan, hakko, m22, m23, m24, tgt) = u
            y22, c22, y23, c23, cum, yoy, ach, rem = _derived(m22, m23, m24, 9, tgt)
            _put_row(ws, r, 1, [ucode, name, mem, dan, round(dan / mem, 3), hakko])
            ws.cell(row=r, column=5).number_format = "0.0%"
            _put_row(ws, r, 7, m22)
            ws.cell(row=r, column=19, value=c22)
            _put_row(ws, r, 20, m23)
            ws.cell(row=r, column=32, value=c23)
            _put_row(ws, r, 33, m24)
            _put_row(ws, r, 45, [cum, tgt, yoy, ach, rem])
            ws.cell(row=r, column=48).number_format = "0.0%"
            for c in [3, 4] + list(range(7, 48)) + [49]:
                v = ws.cell(row=r, column=c).value
                if isinstance(v, (int, float)):
                    tot[c] = tot.get(c, 0) + v
            r += 1
        ws.cell(row=r, column=1, value="合計")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        for c, v in tot.items():
            ws.cell(row=r, column=c, value=v)
        ws.cell(row=r, column=5, value=round(tot[4] / tot[3], 3)).number_format = "0.0%"
        ws.cell(row=r, column=48, value=tot[45] / tot[46]).number_format = "0.0%"
        ws.column_dimensions["B"].width = 24
        ws.freeze_panes = "C6"
    wb.save(path)


# ---------------------------------------------------------------------------
# 02  関東  (XlsxWriter, May start, cutoff 2024年12月, one row per union and year)
# ---------------------------------------------------------------------------
# per union: 県名, 単組コード, 単組名, 組合員数, 団生保有, 発効, 目標件数,
#            months2022[12], months2023[12], months2024[12]  (May … April)
F02_UNIONS = [
    ("栃木県", "011", "見本光市職員労働組合", 540, 60, "1月", 15,
     [_, _, _, _, _, 1, _, 2, 8, _, _, _],
     [_, 1, _, _, _, _, 1, 3, 9, _, 1, _],
     [1, _, _, _, 1, _, 2, 4, _, _, _, _]),
    ("埼玉県", "031", "試験谷市職員労働組合", 1020, 230, "6月", 20,
     [3, 6, 1, _, _, _, 1, _, _, _, 1, 2],
     [2, 8, _, 1, _, _, _, _, 1, _, _, 3],
     [4, 9, 1, _, 1, _, _, 1, _, _, _, _]),
    ("東京都", "004", "架空蔵野市職員労働組合", 660, 160, "6月", 3,
     [1, 2, _, _, _, _, _, _, _, _, _, _],
     [_, 1, _, _, _, _, _, _, _, _, _, 1],
     [1, 2, _, _, _, 1, _, _, _, _, _, _]),
    ("東京都", "033", "見本野市職員組合", 1040, 115, "6月", 15,
     [_, 1, _, _, _, _, _, _, _, _, _, _],
     [_, 2, _, _, _, _, _, _, _, _, _, _],
     [_, _, _, _, _, _, _, _, _, _, _, _]),
    ("神奈川県", "030", "試験川町職員労働組合", 250, 46, "10月", 10,
     [_, _, _, _, _, 2, _, _, _, _, _, _],
     [_, _, _, _, 1, 3, _, _, _, _, _, _],
     [_, _, _, _, _, 5, 1, _, _, _, _, _]),
]


def build_02(path: Path) -> None:
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("関東")
    head = wb.add_format({"bold": True, "text_wrap": True, "align": "center", "valign": "vcenter", "border": 1})
    mid = wb.add_format({"valign": "vcenter", "border": 1})
    mid_wrap = wb.add_format({"valign": "vcenter", "border": 1, "text_wrap": True})
    pct = wb.add_format({"num_format": "0.0%", "border": 1})
    cellf = wb.add_format({"border": 1})
    bold = wb.add_format({"bold": True, "align": "center", "valign": "vcenter", "border": 1})
    ws.write(0, 0, "2024年度 加入拡大モデル単組 年度別実績（5月開始）　関東ブロック")
    ws.write(1, 0, "2024年12月末現在")
    n = 8  # 5月 … 12月
    headers = ["県名", "単組コード", "単組名", "組合員数", "団生保有", "発効", "目標件数", "年度"] + MAY \
        + ["12月累計", "年度計", "前年比", "達成率", "残件数"]
    # 0-based: fixed 0..6, 7 年度, months 8..19, 20 12月累計, 21 年度計, 22 前年比, 23 達成率, 24 残件数
    for c, h in enumerate(headers):
        ws.write(3, c, h, head)
    r = 4
    tot = {fy: [0] * 14 for fy in (2022, 2023, 2024)}  # months 12, 累計, 年度計
    fixed_tot = [0, 0, 0]  # 組合員数, 団生保有, 目標件数
    for u in F02_UNIONS:
        (pref, ucode, name, mem, dan, hakko, tgt, m22, m23, m24) = u
        y22, c22, y23, c23, cum, yoy, ach, rem = _derived(m22, m23, m24, n, tgt)
        y24 = sum(_xl(v) for v in m24)
        fixed = [pref, ucode, name, mem, dan, hakko, tgt]
        for c, v in enumerate(fixed):
            ws.merge_range(r, c, r + 2, c, v, mid_wrap if c == 2 else mid)
        fixed_tot[0] += mem
        fixed_tot[1] += dan
        fixed_tot[2] += tgt
        for i, (fy, months, c_v, y_v) in enumerate(((2022, m22, c22, y22), (2023, m23, c23, y23),
                                                     (2024, m24, cum, y24))):
            ws.write_string(r + i, 7, f"{fy}年度", cellf)
            for k, v in enumerate(months):
                if v is not None:
                    ws.write_number(r + i, 8 + k, v, cellf)
                    tot[fy][k] += v
                else:
                    ws.write_blank(r + i, 8 + k, None, cellf)
            ws.write_number(r + i, 20, c_v, cellf)
            ws.write_number(r + i, 21, y_v, cellf)
            tot[fy][12] += c_v
            tot[fy][13] += y_v
        ws.write_number(r + 2, 22, yoy, cellf)
        ws.write_number(r + 2, 23, ach, pct)
        ws.write_number(r + 2, 24, rem, cellf)
        r += 3
    # 合計 block: three rows
    ws.merge_range(r, 0, r + 2, 2, "合計", bold)
    for c, v in zip((3, 4, 6), fixed_tot):
        ws.merge_range(r, c, r + 2, c, v, bold)
    ws.merge_range(r, 5, r + 2, 5, "", bold)
    for i, fy in enumerate((2022, 2023, 2024)):
        ws.write_string(r + i, 7, f"{fy}年度", cellf)
        for k in range(12):
            ws.write_number(r + i, 8 + k, tot[fy][k], cellf)
        ws.write_number(r + i, 20, tot[fy][12], cellf)
        ws.write_number(r + i, 21, tot[fy][13], cellf)
    ws.write_number(r + 2, 22, tot[2024][12] - tot[2023][12], cellf)
    ws.write_number(r + 2, 23, tot[2024][12] / fixed_tot[2], pct)
    ws.write_number(r + 2, 24, fixed_tot[2] - tot[2024][12], cellf)
    ws.set_column(2, 2, 22)
    ws.set_column(8, 19, 5)
    ws.freeze_panes(4, 3)
    wb.close()


# ---------------------------------------------------------------------------
# 03  中部  (openpyxl, June start, cutoff 2025年1月, this year only through 1月)
# ---------------------------------------------------------------------------
# per prefecture: [unions: 県コード, 県名, 単組コード, 単組名, 組合員数 (text), 団生保有, 発効,
#                  months2022[12], months2023[12], months2024[8: 6月…1月], 目標件数]
F03_PREFS = [
    [("09", "新潟", "059", "見本上市職員組合", "460", 300, "11月",
      [_, _, _, _, _, 9, _, 1, _, _, 7, _],
      [_, _, _, _, 4, _, _, _, _, 5, _, _],
      [_, _, _, _, _, 2, _, 1], 20),
     ("09", "新潟", "061", "試験魚沼市職員労働組合", "750", 345, "11月",
      [_, _, 4, _, _, _, 1, 1, 1, _, _, _],
      [_, _, 5, 1, _, _, 2, _, 1, 1, _, _],
      [_, _, 2, _, _, 1, 1, _], 20)],
    [("18", "長野", "003", "架空本市職員労働組合", "1,270", 1015, "4月",
      [3, 1, _, 1, _, _, 1, _, _, 2, 20, 2],
      [2, 2, 1, _, 1, _, _, 1, _, 3, 24, 1],
      [26, 8, 10, 1, 2, 2, _, 1], 42)],
    [("19", "富山", "014", "見本波市職員労働組合", "280", 95, "12月",
      [_, _, _, _, _, 1, 3, _, _, _, _, _],
      [_, _, _, _, 1, _, 4, 1, _, _, _, _],
      [_, _, _, _, _, 2, 5, _], 10)],
    [("22", "静岡", "003", "試験津市職員労働組合連合会", "1,470", 325, "1月",
      [1, _, _, 1, _, 1, 2, 9, 1, _, _, 1],
      [_, 1, 1, _, 1, _, 1, 10, 2, _, 1, _],
      [1, _, 2, _, 1, 1, 3, 11], 30)],
]


def build_03(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "中部"
    ws["A1"] = "2024年度　加入拡大モデル単組　実績一覧（6月開始）　中部ブロック"
    ws["A2"] = "令和7年1月末現在"
    fixed = ["県コード", "県名", "単組コード", "単組名", "組合員数", "団生保有", "加入率", "発効",
             "2022年度実績", "2023年度実績"]
    # 1-based: fixed 1..10; 2022 months 11..22 + 23 6月～1月計; 2023 24..35 + 36; 2024 37..44 (6月…1月);
    # 45 累積件数, 46 目標件数, 47 前年比, 48 達成率, 49 残件数
    for i, h in enumerate(fixed, start=1):
        ws.cell(row=5, column=i, value=h).alignment = WRAP
    for fy, start in ((2022, 11), (2023, 24)):
        _group(ws, 4, start, start + 11, f"{fy}年度")
        for k, m in enumerate(JUNE):
            ws.cell(row=5, column=start + k, value=m).alignment = WRAP
        ws.cell(row=5, column=start + 12, value="6月～1月計").alignment = WRAP
    _group(ws, 4, 37, 44, "2024年度")
    for k, m in enumerate(JUNE[:8]):
        ws.cell(row=5, column=37 + k, value=m).alignment = WRAP
    for i, h in enumerate(["累積件数", "目標件数", "前年比", "達成率", "残件数"], start=45):
        ws.cell(row=5, column=i, value=h).alignment = WRAP
    r = 6
    tot: dict[int, float] = {}
    mem_t = 0
    for unions in F03_PREFS:
        for j, u in enumerate(unions):
            (code, pref, ucode, name, mem, dan, hakko, m22, m23, m24, tgt) = u
            y22, c22, y23, c23, cum, yoy, ach, rem = _derived(m22, m23, m24, 8, tgt)
            mem_i = int(mem.replace(",", ""))
            mem_t += mem_i
            if j == 0:  # the prefecture typed on its first union only
                _put_row(ws, r, 1, [code, pref])
            _put_row(ws, r, 3, [ucode, name, mem, dan, round(dan / mem_i, 3), hakko, y22, y23])
            ws.cell(row=r, column=5).number_format = "@"
            ws.cell(row=r, column=7).number_format = "0.0%"
            _put_row(ws, r, 11, m22)
            ws.cell(row=r, column=23, value=c22)
            _put_row(ws, r, 24, m23)
            ws.cell(row=r, column=36, value=c23)
            _put_row(ws, r, 37, m24)
            _put_row(ws, r, 45, [cum, tgt, yoy, ach, rem])
            ws.cell(row=r, column=48).number_format = "0.0%"
            for c in [6, 9, 10] + list(range(11, 48)) + [49]:
                v = ws.cell(row=r, column=c).value
                if isinstance(v, (int, float)):
                    tot[c] = tot.get(c, 0) + v
            r += 1
    ws.cell(row=r, column=4, value="合計")
    ws.cell(row=r, column=5, value=f"{mem_t:,}").number_format = "@"
    for c, v in tot.items():
        ws.cell(row=r, column=c, value=v)
    ws.cell(row=r, column=7, value=round(tot[6] / mem_t, 3)).number_format = "0.0%"
    ws.cell(row=r, column=48, value=tot[45] / tot[46]).number_format = "0.0%"
    ws.column_dimensions["D"].width = 26
    ws.freeze_panes = "E6"
    wb.save(path)


# ---------------------------------------------------------------------------
# 04  近畿  (XlsxWriter, June start, additions typed as formulas, 「26 滋賀」)
# ---------------------------------------------------------------------------
# per union: 県本部 (code and name), 単組コード (number), 単組名, 目標件数, 組合員数, 団生保有, 発効,
#            months2022[12], months2023[12], months2024[12]  -- a month given as ("=12+9", 21)
#            is a formula cell with its cached result
F04_UNIONS = [
    ("26 滋賀", 24, "見本山市職員労働組合連合会", 20, 440, 80, "10月",
     [_, 1, _, _, 6, 2, _, _, 1, _, _, _],
     [1, _, _, 1, 9, 1, _, 2, _, _, 1, _],
     [2, 1, _, 3, ("=12+9", 21), 4, 1, 1, _, _, _, _]),
    ("27 京都", 53, "試験都市職員労働組合", 20, 2050, 940, "4月",
     [4, _, 8, _, 3, 1, _, _, _, _, 22, _],
     [1, 8, 2, _, _, _, _, _, _, _, 8, _],
     [11, 4, ("=4+2", 6), 2, 2, _, _, _, _, _, _, _]),
    ("28 奈良", 11, "試験井市職員組合", 20, 250, 50, "4月",
     [1, 1, _, _, _, _, _, _, _, 2, 18, _],
     [_, _, _, _, _, _, _, _, _, 1, 9, _],
     [_, 2, _, _, _, 1, _, _, _, _, _, _]),
    ("30 大阪", 205, "架空中市職員労働組合", 50, 3600, 1390, "10月",
     [3, 2, 1, 2, 12, 2, 2, 3, 1, 2, 3, 1],
     [4, 1, 2, 1, 14, 3, 2, 2, 2, 1, 2, 2],
     [5, 2, 2, 1, ("=9+6", 15), 2, 3, 2, ("=1+1", 2), _, _, _]),
    ("32 兵庫", 44, "見本路市職員組合", 20, 980, 430, "1月",
     [1, _, 1, _, _, 1, _, 2, 7, 1, _, 1],
     [_, 1, _, 1, _, 1, 1, 1, 8, _, 1, _],
     [1, 1, _, _, 1, 2, _, 1, ("=6+3", 9), _, _, _]),
]


def build_04(path: Path) -> None:
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("近畿")
    head = wb.add_format({"bold": True, "text_wrap": True, "align": "center", "valign": "vcenter", "border": 1})
    pct = wb.add_format({"num_format": "0.0%"})
    bold = wb.add_format({"bold": True, "bg_color": "#FFF2CC"})
    bold_pct = wb.add_format({"bold": True, "bg_color": "#FFF2CC", "num_format": "0.0%"})
    ws.write(0, 0, "2024年度 加入拡大モデル単組 実績（6月開始）　近畿ブロック")
    ws.write(1, 0, "2025年2月速報値")
    fixed = ["県本部", "単組コード", "単組名", "目標件数", "組合員数", "団生保有", "加入率", "発効",
             "前々年度実績", "前年度実績"]
    # 0-based: fixed 0..9; 2022 months 10..21 + 22 2月累計; 2023 23..34 + 35; 2024 36..47;
    # 48 累積件数, 49 前年比, 50 達成率, 51 残件数
    for c, h in enumerate(fixed):
        ws.write(4, c, h, head)
    starts = {2022: 10, 2023: 23, 2024: 36}
    for fy, start in starts.items():
        end = start + (12 if fy != 2024 else 11)
        ws.merge_range(3, start, 3, end, f"{fy}年度", head)
        for k, m in enumerate(JUNE):
            ws.write(4, start + k, m, head)
        if fy != 2024:
            ws.write(4, start + 12, "2月累計", head)
    for c, h in enumerate(["累積件数", "前年比", "達成率", "残件数"], start=48):
        ws.write(4, c, h, head)
    total_r = 5  # 合計 at the top
    r = 6
    sums: dict[int, float] = {}
    for u in F04_UNIONS:
        (pref, ucode, name, tgt, mem, dan, hakko, m22, m23, m24) = u
        y22, c22, y23, c23, cum, yoy, ach, rem = _derived(m22, m23, m24, 9, tgt)
        ws.write_string(r, 0, pref)
        ws.write_number(r, 1, ucode)
        ws.write_string(r, 2, name)
        vals = {3: tgt, 4: mem, 5: dan, 8: y22, 9: y23, 22: c22, 35: c23, 48: cum, 49: yoy, 51: rem}
        for c in (3, 4, 5, 8, 9):
            ws.write_number(r, c, vals[c])
        ws.write_number(r, 6, round(dan / mem, 3), pct)
        ws.write_string(r, 7, hakko)
        for fy, months in ((2022, m22), (2023, m23), (2024, m24)):
            for k, v in enumerate(months):
                if v is None:
                    continue
                c = starts[fy] + k
                if isinstance(v, tuple):
                    ws.write_formula(r, c, v[0], None, v[1])
                else:
                    ws.write_number(r, c, v)
                vals[c] = _xl(v)
        for c in (22, 35, 48, 49, 51):
            ws.write_number(r, c, vals[c])
        ws.write_number(r, 50, ach, pct)
        for c, v in vals.items():
            sums[c] = sums.get(c, 0) + v
        r += 1
    ws.write(total_r, 2, "合計", bold)
    for c, v in sums.items():
        ws.write_number(total_r, c, v, bold)
    ws.write_number(total_r, 6, round(sums[5] / sums[4], 3), bold_pct)
    ws.write_number(total_r, 50, sums[48] / sums[3], bold_pct)
    ws.set_column(2, 2, 26)
    ws.set_column(10, 47, 5)
    ws.freeze_panes(6, 3)
    wb.close()


# ---------------------------------------------------------------------------
# 05  中国・四国  (openpyxl, May start, cutoff 2025年3月, 「うち病院支部」 row, 「2022.5」 headings)
# ---------------------------------------------------------------------------
# per union: 県コード (number), 県名, 単組コード, 単組名, 組合員数, 団生保有, 発効,
#            months2022[12], months2023[12], months2024[12], 目標件数, breakdown row or None
F05_UNIONS = [
    (33, "岡山", "012", "架空敷市職員労働組合", 1320, 510, "10月",
     [2, 1, _, _, 1, 6, 1, _, 1, _, 1, 1],
     [1, 1, 1, _, _, 7, _, 1, _, 1, _, _],
     [2, _, 1, 1, _, 9, 1, _, 1, _, 2, _], 25, None),
    (34, "広島", "005", "見本島市職員労働組合", 1900, 800, "10月",
     [3, 1, _, 1, 2, 8, 1, _, 1, _, 1, 2],
     [2, 2, 1, _, 1, 9, _, 1, _, 1, _, 1],
     [4, 2, _, 2, 1, 11, 1, _, 1, _, 2, _], 30,
     ("　うち病院支部", 420, 150,
      [1, _, _, _, _, 2, _, _, _, _, _, 1],
      [_, 1, _, _, _, 3, _, _, _, _, _, _],
      [2, _, _, 1, _, 4, _, _, _, _, 1, _])),
    (35, "鳥取", "009", "試験子市職員労働組合", 880, 300, "1月",
     [_, 1, _, _, 1, _, 1, 1, 8, 1, _, _],
     [1, _, 1, _, _, 1, _, 2, 9, _, 1, 1],
     [1, 2, _, 1, _, 1, 1, 2, 10, 1, 2, _], 20, None),
    (38, "香川", "042", "見本庄町職員組合", 160, 90, "10月",
     [3, _, _, _, _, 2, _, _, _, _, _, _],
     [4, _, _, _, _, 1, _, _, _, _, _, _],
     [9, 1, _, _, _, 3, _, _, _, _, _, _], 10, None),
    (40, "愛媛", "015", "架空前町職員組合", 300, 140, "2月",
     [_, _, _, _, _, _, _, _, _, 4, 2, _],
     [_, _, _, _, _, _, _, _, 1, 5, _, _],
     [_, _, _, _, _, _, 1, _, _, 3, _, _], 10, None),
]
F05_SHAHO = (60, "社保労連", "001", "試験保険職員労働組合", 5900, 2000, "12月",
             [3, 4, 2, 3, 5, 4, 9, 12, 3, 2, 3, 2],
             [2, 3, 3, 2, 4, 6, 10, 11, 2, 3, 1, 1],
             [4, 3, 2, 2, 5, 5, 12, 9, 3, 2, 2, _], 60, None)


def build_05(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "中国四国"
    ws["A1"] = "2024年度　加入拡大モデル単組　実績（5月開始）　中国・四国ブロック（2025年3月末）"
    fixed = ["県コード", "県名", "単組コード", "単組名", "組合員数", "団生保有", "加入率", "発効"]
    # 1-based: fixed 1..8; 2022 months 9..20, 21 2022年度3月累計, 22 2022年度実績;
    # 2023 23..34, 35, 36; 2024 37..48; 49 累積件数, 50 目標件数, 51 前年比, 52 達成率, 53 残件数
    headers = list(fixed)
    for fy in (2022, 2023, 2024):
        headers += [f"{y}.{m}" for y, m in (_ym(fy, 5, k) for k in range(12))]
        if fy != 2024:
            headers += [f"{fy}年度3月累計", f"{fy}年度実績"]
    headers += ["累積件数", "目標件数", "前年比", "達成率", "残件数"]
    assert len(headers) == 53
    for i, h in enumerate(headers, start=1):
        c = ws.cell(row=3, column=i, value=h)
        c.alignment = WRAP
        c.number_format = "@"

    def put(r, u, sub=False):
        if sub:
            (name, mem, dan, m22, m23, m24) = u
            code = pref = ucode = hakko = tgt = None
        else:
            (code, pref, ucode, name, mem, dan, hakko, m22, m23, m24, tgt, _sub) = u
        y22, c22, y23, c23, cum, yoy, ach, rem = _derived(m22, m23, m24, 11, tgt)
        _put_row(ws, r, 1, [code, pref, ucode, name, mem, dan, round(dan / mem, 3), hakko])
        ws.cell(row=r, column=7).number_format = "0.0%"
        _put_row(ws, r, 9, m22)
        _put_row(ws, r, 21, [c22, y22])
        _put_row(ws, r, 23, m23)
        _put_row(ws, r, 35, [c23, y23])
        _put_row(ws, r, 37, m24)
        if sub:
            _put_row(ws, r, 49, [cum, None, yoy])
        else:
            _put_row(ws, r, 49, [cum, tgt, yoy, ach, rem])
            ws.cell(row=r, column=52).number_format = "0.0%"

    r = 4
    tot: dict[int, float] = {}
    for u in F05_UNIONS:
        put(r, u)
        for c in [5, 6] + list(range(9, 52)) + [53]:
            v = ws.cell(row=r, column=c).value
            if isinstance(v, (int, float)):
                tot[c] = tot.get(c, 0) + v
        r += 1
        if u[11] is not None:
            put(r, u[11], sub=True)
            r += 1
    ws.cell(row=r, column=4, value="合計")
    for c, v in tot.items():
        ws.cell(row=r, column=c, value=v)
    ws.cell(row=r, column=7, value=round(tot[6] / tot[5], 3)).number_format = "0.0%"
    ws.cell(row=r, column=52, value=tot[49] / tot[50]).number_format = "0.0%"
    r += 2
    ws.cell(row=r, column=1, value="※社保労連は加入拡大モデル単組の全国集計に含まない")
    put(r + 1, F05_SHAHO)
    ws.column_dimensions["D"].width = 24
    ws.freeze_panes = "E4"
    wb.save(path)


# ---------------------------------------------------------------------------
# 06  九州  (openpyxl → LibreOffice .xls, June start, cutoff 2024年11月, targets on sheet 「目標」)
# ---------------------------------------------------------------------------
# per union: 県コード, 県名, 単組コード, 単組名, 組合員数, 団生保有, 発効,
#            months2022[12], months2023[12], months2024[12], 目標件数 (written on sheet 「目標」 only)
F06_UNIONS = [
    ("42", "福岡県", "021", "試験牟田市職員労働組合", 1100, 520, "10月",
     [1, _, 1, _, 6, 2, _, 1, _, _, 1, _],
     [_, 2, _, 1, 8, 1, 1, _, _, 1, _, _],
     [3, "－", 2, 1, "１２", 4, _, _, _, _, _, _], 20),
    ("44", "長崎県", "001", "見本崎県職員連合労働組合", 3200, 1500, "5月",
     [2, 1, 1, _, 1, 2, 1, 2, 8, 20, 6, 1],
     [1, 2, _, 1, 2, 1, _, 3, 10, 25, 8, 2],
     [3, 2, 1, 2, "－", 3, _, _, _, _, _, _], 65),
    ("45", "大分県", "033", "架空後大野市職員連合労働組合", 520, 310, "10月",
     [_, 1, _, 1, 9, 1, _, _, _, _, 1, _],
     [1, _, 2, _, 11, 2, _, 1, _, _, _, _],
     ["－", "３", 1, 2, 25, "－", _, _, _, _, _, _], 23),
    ("46", "宮崎県", "008", "見本城市職員組合", 610, 200, "11月",
     [_, _, _, _, 1, 4, _, _, _, _, _, 1],
     [_, 1, _, _, _, 5, _, _, _, _, 1, _],
     [_, _, 1, _, _, 2, _, _, _, _, _, _], 15),
    ("47", "熊本県", "012", "試験池市役所職員労働組合", 700, 330, "10月",
     [1, 1, _, 2, 7, 1, _, _, _, 1, _, _],
     [_, 1, 1, 1, 9, _, 1, _, _, _, _, 1],
     [2, 1, _, 3, 12, 2, _, _, _, _, _, _], 20),
]


def build_06_xlsx(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "実績"
    ws["A1"] = "2024年度　加入拡大モデル単組　実績報告（6月開始）　九州ブロック"
    ws["A2"] = "2024年11月末現在"
    ws["A3"] = "※目標件数は「目標」シートを参照"
    fixed = ["県コード", "県名", "単組コード", "単組名", "組合員数", "団生保有", "加入率", "発効"]
    # 1-based: fixed 1..8; 2022 months 9..20 + 21 11月累計; 2023 22..33 + 34; 2024 35..46;
    # 47 累積件数, 48 前年比, 49 備考
    for i, h in enumerate(fixed, start=1):
        ws.cell(row=5, column=i, value=h).alignment = WRAP
    for fy, start in ((2022, 9), (2023, 22), (2024, 35)):
        end = start + (12 if fy != 2024 else 11)
        _group(ws, 4, start, end, f"{fy}年度")
        for k, m in enumerate(JUNE):
            ws.cell(row=5, column=start + k, value=m).alignment = WRAP
        if fy != 2024:
            ws.cell(row=5, column=start + 12, value="11月累計").alignment = WRAP
    for i, h in enumerate(["累積件数", "前年比", "備考"], start=47):
        ws.cell(row=5, column=i, value=h).alignment = WRAP
    r = 6
    tot: dict[int, float] = {}
    for u in F06_UNIONS:
        (code, pref, ucode, name, mem, dan, hakko, m22, m23, m24, tgt) = u
        y22, c22, y23, c23, cum, yoy, ach, rem = _derived(m22, m23, m24, 6, tgt)
        _put_row(ws, r, 1, [code, pref, ucode, name, mem, dan, round(dan / mem, 3), hakko])
        ws.cell(row=r, column=1).number_format = "@"
        ws.cell(row=r, column=3).number_format = "@"
        ws.cell(row=r, column=7).number_format = "0.0%"
        _put_row(ws, r, 9, m22)
        ws.cell(row=r, column=21, value=c22)
        _put_row(ws, r, 22, m23)
        ws.cell(row=r, column=34, value=c23)
        _put_row(ws, r, 35, m24)
        _put_row(ws, r, 47, [cum, yoy])
        for c in [5, 6] + list(range(9, 49)):
            v = ws.cell(row=r, column=c).value
            if isinstance(v, (int, float)):
                tot[c] = tot.get(c, 0) + v
        r += 1
    ws.cell(row=r, column=4, value="合計")
    for c, v in tot.items():
        ws.cell(row=r, column=c, value=v)
    ws.cell(row=r, column=7, value=round(tot[6] / tot[5], 3)).number_format = "0.0%"
    ws.cell(row=r + 1, column=1, value="※「－」は報告なし")
    ws.column_dimensions["D"].width = 28
    ws.freeze_panes = "E6"

    tg = wb.create_sheet("目標")
    tg["A1"] = "2024年度　加入拡大モデル単組　目標件数（本部設定）"
    for i, h in enumerate(["県名", "単組コード", "単組名", "目標件数"], start=1):
        tg.cell(row=3, column=i, value=h).font = BOLD
    rows = sorted(F06_UNIONS, key=lambda u: -u[10])
    r = 4
    for u in rows:
        _put_row(tg, r, 1, [u[1], u[2], u[3], u[10]])
        tg.cell(row=r, column=2).number_format = "@"
        r += 1
    tg.cell(row=r, column=3, value="合計")
    tg.cell(row=r, column=4, value=sum(u[10] for u in F06_UNIONS))
    tg.column_dimensions["C"].width = 28
    wb.save(path)


def build_06(path: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / (path.stem + ".xlsx")
        build_06_xlsx(src)
        out = lo.convert(src, Path(tmp) / "out", "xls")  # tests/lo.py
        shutil.move(str(out), str(path))


# ---------------------------------------------------------------------------
# 07  東京  (XlsxWriter, May start, cutoff 2025年1月, 都本部単独, code in the name cell, 「12※」)
# ---------------------------------------------------------------------------
# per union: 単組名 cell (code + name), 組合員数, 団生保有, 発効,
#            months2022[12], months2023[12], months2024[12], 目標件数
F07_UNIONS = [
    ("118 架空布区職員労働組合", 2900, 1030, "6月",
     [2, 9, 1, _, 1, 2, _, 1, _, 1, 1, 1],
     [1, 11, 2, 1, _, 1, 1, _, 1, _, _, 2],
     [3, "12※", 1, _, 2, 1, _, 1, 1, _, _, _], 35),
    ("205 見本並区職員労働組合", 1800, 560, "6月",
     [1, 6, _, 1, _, _, 1, _, _, _, _, 1],
     [2, 7, 1, _, _, 1, _, _, _, 1, _, _],
     [2, 8, _, 1, 1, "3※", _, _, 1, _, _, _], 25),
    ("340 試験島町職員組合", 120, 45, "6月",
     [_, 1, _, _, _, _, _, _, _, _, _, _],
     [_, _, _, _, _, _, _, _, _, _, _, _],
     [_, 2, _, _, _, _, _, 1, _, _, _, _], 3),
    ("412 架空王子市職員組合", 1500, 390, "6月",
     [1, 4, _, 1, _, _, _, _, 1, _, _, _],
     [_, 5, 1, _, _, 1, _, _, _, _, 1, _],
     [1, 3, _, _, "2※", _, 1, _, _, _, _, _], 20),
    ("515 見本清掃労働組合", 3900, 160, "6月",
     [_, 2, _, _, _, _, _, _, _, _, _, 1],
     [1, 3, _, _, _, _, _, _, _, _, _, _],
     [_, 1, _, _, _, _, _, _, _, _, _, _], 25),
]


def build_07(path: Path) -> None:
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("東京")
    head = wb.add_format({"bold": True, "text_wrap": True, "align": "center", "valign": "vcenter", "border": 1})
    pct = wb.add_format({"num_format": "0.0%"})
    right = wb.add_format({"align": "right"})
    bold = wb.add_format({"bold": True})
    bold_pct = wb.add_format({"bold": True, "num_format": "0.0%"})
    ws.write(0, 0, "自治労東京都本部　2024年度 加入拡大モデル単組 実績（5月開始）")
    ws.write(0, 11, "集計月：2025年1月")
    fixed = ["単組名", "組合員数", "団生保有", "加入率", "発効"]
    # 0-based: fixed 0..4; 2022 months 5..16 + 17 1月累計; 2023 18..29 + 30; 2024 31..42;
    # 43 累積件数, 44 目標件数, 45 前年比, 46 達成率, 47 残件数
    for c, h in enumerate(fixed):
        ws.write(3, c, h, head)
    starts = {2022: 5, 2023: 18, 2024: 31}
    for fy, start in starts.items():
        end = start + (12 if fy != 2024 else 11)
        ws.merge_range(2, start, 2, end, f"{fy}年度", head)
        for k, m in enumerate(MAY):
            ws.write(3, start + k, m + "分", head)
        if fy != 2024:
            ws.write(3, start + 12, "1月累計", head)
    for c, h in enumerate(["累積件数", "目標件数", "前年比", "達成率", "残件数"], start=43):
        ws.write(3, c, h, head)
    r = 4
    sums: dict[int, float] = {}
    for u in F07_UNIONS:
        (name, mem, dan, hakko, m22, m23, m24, tgt) = u
        y22, c22, y23, c23, cum, yoy, ach, rem = _derived(m22, m23, m24, 9, tgt)
        ws.write_string(r, 0, name)
        ws.write_number(r, 1, mem)
        ws.write_number(r, 2, dan)
        ws.write_number(r, 3, round(dan / mem, 3), pct)
        ws.write_string(r, 4, hakko)
        vals = {1: mem, 2: dan, 17: c22, 30: c23, 43: cum, 44: tgt, 45: yoy, 47: rem}
        for fy, months in ((2022, m22), (2023, m23), (2024, m24)):
            for k, v in enumerate(months):
                if v is None:
                    continue
                c = starts[fy] + k
                if isinstance(v, str):
                    ws.write_string(r, c, v, right)
                else:
                    ws.write_number(r, c, v)
                    vals[c] = v
        for c in (17, 30, 43, 44, 45, 47):
            ws.write_number(r, c, vals[c])
        ws.write_number(r, 46, ach, pct)
        for c, v in vals.items():
            sums[c] = sums.get(c, 0) + v
        r += 1
    ws.write(r, 0, "合計", bold)
    for c, v in sums.items():
        ws.write_number(r, c, v, bold)
    ws.write_number(r, 3, round(sums[2] / sums[1], 3), bold_pct)
    ws.write_number(r, 46, sums[43] / sums[44], bold_pct)
    ws.write(r + 2, 0, "※印は、翌月発効分の前倒し申込を含む件数（本部確認済み）")
    ws.set_column(0, 0, 28)
    ws.set_column(5, 42, 6)
    ws.freeze_panes(4, 1)
    wb.close()


BUILDERS = {
    "01_北海道東北_6月開始_県別シート.xlsx": build_01,
    "02_関東_5月開始_年度別行.xlsx": build_02,
    "03_中部_6月開始_締め月まで.xlsx": build_03,
    "04_近畿_6月開始_足し算セル.xlsx": build_04,
    "05_中国四国_5月開始_支部内訳.xlsx": build_05,
    "06_九州_6月開始_目標別シート.xls": build_06,
    "07_東京_5月開始_都本部単独.xlsx": build_07,
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
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp(prefix="legacy_grid6_"))
    for n, p in build(target).items():
        print(n, p)
