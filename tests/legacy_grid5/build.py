"""Fifth independent fixture set: 加入拡大モデル単組 grids (Report A) meant to
measure GENERALISATION -- ordinary grid files as prefecture / block offices
would really send them, each combining 3-4 habits: about two thirds habits
already met in tests/legacy_grid … legacy_grid4 (combined differently), about
one third habits none of those sets has (marked NEW).

All union names are invented (見本 / 試験 / 架空); no person's name appears
(the 担当 / 受付者 cells hold roles).  All month counts are literals typed here
by hand.  FY2024 (past years 2022 and 2023).  Expected readings are in
expected.py (typed by hand, not produced by the tool).  ``_`` below means a
blank cell.

The typed derived cells in the files (N月累計, 年度計, 前々年度実績, 累積件数,
前年比, 達成率, 残件数, 合計 rows, the summary box) are what the clerk's Excel
would show; build.py fills them with plain sums of the literal months
(``_derived``) -- as values, or as formulas with the cached result -- unless a
habit below says they are stale.  expected.py does not use them.

Files (writer / sheet / header rows / habits)
---------------------------------------------

01_東北_6月開始_達成率順.xlsx  -- openpyxl, sheet 「東北」, June start, cutoff
    2025年2月 (row 2 「2025年2月速報値」, headings 「２月累計」).  Year groups on
    row 4, headings on row 5, a units row 6, data from row 7.
    Habits:
    * two-row heading: fixed columns merged vertically over rows 4-5, year
      groups 「2022年度」… merged over their months (seen: legacy_grid 01);
    * month headings in FULL-WIDTH digits 「６月」「１０月」「２月累計」 (seen:
      legacy_grid 04);
    * 県コード and 単組コード typed as NUMBERS (4, 5 …; 18 → 018) (seen:
      legacy_grid 01);
    * NEW: the unions SORTED BY 達成率 (highest first) with a leading 「順位」
      column (1 … 6) in column A, so the prefectures are out of code order
      (04, 05, 03, 08, 06, 07);
    * NEW: a UNITS ROW between the headings and the data: 「（人）」「（件）」
      「（％）」 under the fixed / derived columns and 「件」 under every month.
    A fully summed 合計 row under the unions; frozen panes.

02_関東甲信_5月開始_県支部別.xlsx  -- openpyxl, sheet 「関東甲信」, MAY start,
    cutoff 2025年3月 (row 2 「2025年3月末現在」, past headings 「3月累計」).  Year
    groups on row 4, headings on row 5, data from row 6.
    Habits:
    * NEW: the prefecture given ONLY as a 「県支部」 column (「群馬県支部」
      「茨城県支部」「東京都支部」「山梨県支部」), no 県コード and no 県名 column;
      the 県支部 cell is merged vertically over that branch's unions (merging
      seen: legacy_grid 01, legacy_grid3 02);
    * NEW: narrow EMPTY SPACER COLUMNS between the fixed part and the first year
      block and between the year blocks (no heading, no data);
    * typed yearly totals 「前々年度実績」「前年度実績」 among the fixed columns
      (seen: legacy_grid 02);
    * 「－」 typed for nothing in some months, explicit 0 in every empty month of
      one union, blanks elsewhere (seen: legacy_grid2 06, legacy_grid 03).
    Small extras: the sheet is PROTECTED (no password); two month cells carry
    a cell COMMENT (a note about the report, not a figure); 備考 at the right.

03_中部_6月開始_前月コピー.xlsx  -- XlsxWriter with FORMULAS (cached results
    stored), June start, cutoff 2025年2月 (row 2 「2025年2月速報値」, headings
    「2月累計」).  Year groups on row 4, headings on row 5, data from row 6.
    Habits:
    * NEW: the clerk COPIED LAST MONTH'S FILE and overwrote it: the sheet tab
      is still 「1月」; right of 残件数 there are two leftover columns
      「前月累積\\n（1月末）」 (January's 累積件数, pasted as values) and 「増減」
      (=累積件数−前月累積) -- neither is this month's 累積件数;
    * 加入率, 2月累計, 年度計, 累積件数, 前年比, 達成率 (=IF(目標=0,"",…)),
      残件数 and the 合計 row are FORMULAS (seen: legacy_grid2 03, there .xls);
    * 県名 with the 県 suffix (「長野県」) and a BLANK separator row between
      prefectures (seen: legacy_grid 03, legacy_grid4 03);
    * 県コード typed as text (seen); frozen panes (seen).

04_近畿_5月開始_受付台帳.xlsx  -- XlsxWriter, MAY start, cutoff 2025年1月
    (row 2 「2025年1月末現在」, past headings 「1月累計」).  Sheet 1 「集計表」
    (year groups row 4, headings row 5, data from row 6), sheet 2 「受付台帳」.
    Habits:
    * NEW: this year's MONTH CELLS ARE SUMIFS FORMULAS over a second sheet
      「受付台帳」 -- a log, one row per report (受付日 | 県名 | 単組名 | 対象月 |
      件数 | 受付者), itself a table with 単組名 and 件数 columns that is NOT the
      grid; the formula cells hold 0 where nothing was reported, hidden by the
      number format ``0;-0;;@`` (they look blank); the past years are values;
    * month headings are REAL DATES (2022-05-01 …) shown as m"月" (seen:
      legacy_grid 02, legacy_grid4 02) -- the SUMIFS criteria point at them;
    * 目標件数 right after 単組名, before 組合員数 and the months (seen:
      legacy_grid2 01, legacy_grid4 04);
    * 県コード typed as NUMBERS (26 …) (seen: legacy_grid 01).
    A 合計 row (formulas); a 担当 column (roles) at the right end.

05_中国_6月開始_県本部単独.xls  -- openpyxl, then LibreOffice → .xls (BIFF8).
    Sheet 「広島」, June start.  Title in A1, 「集計月：2025年2月」 in L1 (right
    of the title) -- the only cutoff statement besides 「2月累計」.  Year groups
    row 3, headings row 4, data from row 5.
    Habits:
    * NEW: ONE PREFECTURE'S OWN FILE: the prefecture appears only in the title
      「自治労広島県本部 …」 -- no 県コード, no 県名 column, no section row;
      every union is 広島 (34);
    * NEW: the SUMMARY BOX (取組単組／目標／実績／到達率／目標達成単組) sits
      BELOW the grid, two rows under 合計, with STALE (January) values;
    * 令和 year groups 「令和4年度」「令和5年度」「令和6年度」 (seen:
      legacy_grid 03) and the cutoff in a cell right of the title 「集計月：…」
      (seen: legacy_grid2 02);
    * 組合員数 typed as TEXT 「1,880」「720」 (seen: legacy_grid 02); legacy .xls
      (seen).

06_九州_6月開始_テーブル.xlsx  -- XlsxWriter, June start, cutoff 2024年11月
    (row 2 「2024年11月末現在」, headings 「2022年度11月累計」).  Sheet 1
    「グラフ」 is a chart sheet, sheet 2 「データ」 holds the grid.
    Habits:
    * NEW: the grid is an Excel TABLE (テーブル 「テーブル1」, banded style,
      filter buttons, one heading row) whose built-in TOTAL ROW is labelled
      「集計」 (Excel's own default label, not 合計) with SUBTOTAL formulas;
    * NEW: a CHART SHEET 「グラフ」 (達成率 by union) is the FIRST and active
      sheet of the workbook;
    * NEW (small): one union name wrapped with Alt+Enter
      (「架空留米市\\n職員労働組合」);
    * month headings with the full year 「2022年6月」 … and no year-group row
      (seen: legacy_grid 05, legacy_grid4 05); a cutoff other than February
      (seen: legacy_grid2 06 December, here November);
    * a 社保労連 (60) union below the table under a ※ note (seen: legacy_grid
      01, 04).
"""
from __future__ import annotations

import datetime as dt
import shutil
import sys
import tempfile
from pathlib import Path

import openpyxl
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter as L

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/: the shared LibreOffice helper
import lo  # noqa: E402

_ = None  # a blank cell

JUNE = ["6月", "7月", "8月", "9月", "10月", "11月", "12月", "1月", "2月", "3月", "4月", "5月"]
MAY = ["5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月", "1月", "2月", "3月", "4月"]
FW = str.maketrans("0123456789", "０１２３４５６７８９")
WRAP = Alignment(wrap_text=True, horizontal="center", vertical="center")
BOLD = Font(bold=True)


def _num(v) -> int:
    """What the clerk counts for a typed cell (blank, 「－」 → 0)."""
    if v is None:
        return 0
    if isinstance(v, (int, float)):
        return v
    s = str(v).strip()
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


def _ym(fy: int, start_month: int, k: int) -> tuple[int, int]:
    """(year, month) of the k-th month (0-based) of fiscal year fy."""
    m = start_month + k
    return (fy + 1, m - 12) if m > 12 else (fy, m)


# ---------------------------------------------------------------------------
# 01  東北  (openpyxl, June start, sorted by 達成率 with 順位, units row)
# ---------------------------------------------------------------------------
# per union (already in the clerk's 達成率 order):
#   県コード, 県名, 単組コード, 単組名, 組合員数, 団生保有, 発効,
#   months2022[12], months2023[12], months2024[12], 目標件数
F01_UNIONS = [
    (4, "岩手", 18, "見本沢市職員労働組合", 890, 430, "10月",
     [1, _, _, 1, 4, 2, _, _, 1, _, 1, _],
     [_, 1, 1, _, 5, 1, 1, _, _, 1, _, 1],
     [2, 1, _, 1, 6, 2, 1, _, 1, _, _, _], 12),
    (5, "宮城", 203, "試験川町職員組合", 160, 71, "11月",
     [_, _, _, _, _, 1, _, _, _, _, _, _],
     [_, _, _, _, 1, 1, _, _, _, _, 1, _],
     [_, _, _, _, _, 2, 1, _, 1, _, _, _], 5),
    (3, "青森", 56, "架空浦市職員組合", 1210, 540, "10月",
     [2, _, 1, _, 7, 3, _, 1, _, _, 1, _],
     [1, 1, _, 1, 8, 2, _, _, 1, 1, _, _],
     [2, _, 1, _, 9, 3, 1, _, 1, _, _, _], 25),
    (8, "福島", 71, "見本森市職員労働組合", 2050, 910, "1月",
     [1, 2, _, 1, 2, 3, 4, 9, 2, _, 1, 1],
     [2, 1, 1, _, 3, 2, 5, 10, 1, 1, _, 2],
     [3, _, 2, 1, 2, 4, 5, 8, 1, _, _, _], 40),
    (6, "秋田", 9, "試験能市職員組合", 480, 205, "10月",
     [_, 1, _, _, 4, 1, _, _, _, _, _, 1],
     [1, _, _, _, 5, _, 1, _, _, _, 1, _],
     [_, 1, _, 1, 3, 1, _, _, _, _, _, _], 15),
    (7, "山形", 112, "架空上町職員組合", 230, 96, "4月",
     [_, _, _, _, _, _, _, _, _, 1, 4, _],
     [1, _, _, _, _, _, _, _, _, _, 5, 1],
     [1, _, _, _, 1, _, _, _, _, _, _, _], 8),
]


def build_01(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "東北"
    ws["A1"] = "2024年度　加入拡大モデル単組　取組状況（6月開始）　東北ブロック"
    ws["A2"] = "2025年2月速報値　※達成率の高い順に並べています"
    fixed = ["順位", "県\nコード", "県名", "単組\nコード", "単組名", "組合\n員数", "団生\n保有", "加入率", "発効"]
    # 1-based: fixed 1..9; 2022 months 10..21 + 22 ２月累計; 2023 23..34 + 35; 2024 36..47;
    # 48 累積件数, 49 目標件数, 50 前年比, 51 達成率, 52 残件数
    for i, h in enumerate(fixed, start=1):
        ws.cell(row=4, column=i, value=h).alignment = WRAP
        _vmerge(ws, i, 4, 5)
    for fy, start in ((2022, 10), (2023, 23), (2024, 36)):
        end = start + (12 if fy != 2024 else 11)
        _group(ws, 4, start, end, f"{fy}年度")
        for k, m in enumerate(JUNE):
            ws.cell(row=5, column=start + k, value=m.translate(FW)).alignment = WRAP
        if fy != 2024:
            ws.cell(row=5, column=start + 12, value="２月累計").alignment = WRAP
    for i, h in enumerate(["累積\n件数", "目標\n件数", "前年比", "達成率", "残件数"], start=48):
        ws.cell(row=4, column=i, value=h).alignment = WRAP
        _vmerge(ws, i, 4, 5)
    # row 6: units
    units = {6: "（人）", 7: "（件）", 8: "（％）", 22: "（件）", 35: "（件）",
             48: "（件）", 49: "（件）", 50: "（件）", 51: "（％）", 52: "（件）"}
    for start in (10, 23, 36):
        for k in range(12):
            units[start + k] = "件"
    for c, u in units.items():
        ws.cell(row=6, column=c, value=u).alignment = WRAP
    r = 7
    tot: dict[int, float] = {}
    prev_ach = 10.0
    for rank, u in enumerate(F01_UNIONS, start=1):
        (code, pref, ucode, name, mem, dan, hakko, m22, m23, m24, tgt) = u
        y22, c22, y23, c23, cum, yoy, ach, rem = _derived(m22, m23, m24, 9, tgt)
        assert ach < prev_ach, "F01 must be in 達成率 order"
        prev_ach = ach
        _put_row(ws, r, 1, [rank, code, pref, ucode, name, mem, dan, round(dan / mem, 3), hakko])
        ws.cell(row=r, column=8).number_format = "0.0%"
        _put_row(ws, r, 10, m22)
        ws.cell(row=r, column=22, value=c22)
        _put_row(ws, r, 23, m23)
        ws.cell(row=r, column=35, value=c23)
        _put_row(ws, r, 36, m24)
        _put_row(ws, r, 48, [cum, tgt, yoy, ach, rem])
        ws.cell(row=r, column=51).number_format = "0.0%"
        for c in [6, 7] + list(range(10, 51)) + [52]:
            v = ws.cell(row=r, column=c).value
            if isinstance(v, (int, float)):
                tot[c] = tot.get(c, 0) + v
        r += 1
    # r == 13: 合計
    ws.cell(row=r, column=1, value="合計")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
    for c, v in tot.items():
        ws.cell(row=r, column=c, value=v)
    ws.cell(row=r, column=8, value=round(tot[7] / tot[6], 3)).number_format = "0.0%"
    ws.cell(row=r, column=51, value=tot[48] / tot[49]).number_format = "0.0%"
    ws.column_dimensions["E"].width = 24
    ws.freeze_panes = "J7"
    wb.save(path)


# ---------------------------------------------------------------------------
# 02  関東甲信  (openpyxl, May start, 県支部 column only, spacer columns)
# ---------------------------------------------------------------------------
# per branch: 県支部, [unions: 単組コード, 単組名, 組合員数, 団生保有, 発効,
#                      months2022[12], months2023[12], months2024[12], 目標件数, 備考]
F02_BRANCHES = [
    ("群馬県支部", [
        ("004", "架空橋市職員労働組合", 1780, 760, "11月",
         [1, _, 1, "－", _, 2, 8, 1, _, 1, _, 2],
         [2, 1, _, _, 1, 1, 9, _, 1, _, 1, 1],
         [3, _, 1, 1, _, 2, 10, 1, _, 1, 2, _], 30, ""),
        ("052", "見本岡町職員組合", 195, 88, "10月",
         [0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0],
         [0, 0, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0],
         [0, 0, 0, 0, 1, 4, 0, 0, 0, 1, 0, _], 5, "目標達成"),
    ]),
    ("茨城県支部", [
        ("031", "試験浦市職員組合", 640, 250, "2月",
         [_, 1, _, _, _, _, _, _, 1, 5, 2, _],
         [1, _, _, _, 1, _, _, _, _, 6, 1, _],
         ["－", "－", 1, "－", "－", "－", "－", 1, "－", 7, 1, _], 15, "2月発効スポット"),
    ]),
    ("東京都支部", [
        ("118", "架空布区職員労働組合", 2900, 1020, "6月",
         [2, 9, 1, _, 1, 2, _, 1, _, 1, 1, 1],
         [1, 11, 2, 1, _, 1, 1, _, 1, _, _, 2],
         [3, 12, 1, _, 2, 1, _, 1, 1, _, 1, _], 35, ""),
        ("340", "見本島町職員組合", 120, 45, "6月",
         [_, 1, _, _, _, _, _, _, _, _, _, _],
         [_, _, _, _, _, _, _, _, _, _, _, _],
         [_, 1, _, _, _, _, _, _, _, _, _, _], 3, ""),
    ]),
    ("山梨県支部", [
        ("027", "試験吹市職員組合", 560, 230, "7月",
         [_, _, 3, 1, _, _, _, _, _, _, _, 1],
         [1, _, 4, _, _, 1, _, _, _, _, 1, _],
         [_, 1, 5, _, 1, _, _, 1, _, _, _, _], 10, ""),
    ]),
]


def build_02(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "関東甲信"
    ws["A1"] = "2024年度 加入拡大モデル単組 実績一覧（5月開始）　関東甲信ブロック"
    ws["A2"] = "2025年3月末現在"
    fixed = ["県支部", "単組コード", "単組名", "組合員数", "団生保有", "発効", "前々年度実績", "前年度実績"]
    # 1-based: fixed 1..8; 9 spacer; 2022 months 10..21 + 22 3月累計; 23 spacer;
    # 2023 24..35 + 36 3月累計; 37 spacer; 2024 38..49;
    # 50 累積件数, 51 目標件数, 52 前年比, 53 達成率, 54 残件数, 55 備考
    for i, h in enumerate(fixed, start=1):
        ws.cell(row=5, column=i, value=h).alignment = WRAP
    starts = {2022: 10, 2023: 24, 2024: 38}
    for fy, start in starts.items():
        end = start + (12 if fy != 2024 else 11)
        _group(ws, 4, start, end, f"{fy}年度")
        for k, m in enumerate(MAY):
            ws.cell(row=5, column=start + k, value=m).alignment = WRAP
        if fy != 2024:
            ws.cell(row=5, column=start + 12, value="3月累計").alignment = WRAP
    for i, h in enumerate(["累積件数", "目標件数", "前年比", "達成率", "残件数", "備考"], start=50):
        ws.cell(row=5, column=i, value=h).alignment = WRAP
    for spacer in (9, 23, 37):
        ws.column_dimensions[L(spacer)].width = 1.5
    r = 6
    tot: dict[int, float] = {}
    for branch, unions in F02_BRANCHES:
        first = r
        ws.cell(row=r, column=1, value=branch).alignment = WRAP
        for u in unions:
            (ucode, name, mem, dan, hakko, m22, m23, m24, tgt, note) = u
            y22, c22, y23, c23, cum, yoy, ach, rem = _derived(m22, m23, m24, 11, tgt)
            _put_row(ws, r, 2, [ucode, name, mem, dan, hakko, y22, y23])
            _put_row(ws, r, 10, m22)
            ws.cell(row=r, column=22, value=c22)
            _put_row(ws, r, 24, m23)
            ws.cell(row=r, column=36, value=c23)
            _put_row(ws, r, 38, m24)
            _put_row(ws, r, 50, [cum, tgt, yoy, ach, rem, note or None])
            ws.cell(row=r, column=53).number_format = "0.0%"
            for c in [4, 5, 7, 8] + list(range(10, 53)) + [54]:
                if c in (9, 23, 37, 53):
                    continue
                v = ws.cell(row=r, column=c).value
                if v is not None:
                    tot[c] = tot.get(c, 0) + _num(v)
            r += 1
        if r - 1 > first:
            _vmerge(ws, 1, first, r - 1)
    # r == 12: 合計
    ws.cell(row=r, column=1, value="合計")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
    for c, v in tot.items():
        ws.cell(row=r, column=c, value=v)
    ws.cell(row=r, column=53, value=tot[50] / tot[51]).number_format = "0.0%"
    ws.cell(row=r + 1, column=1, value="※「－」は報告なし")
    # comments on two month cells (notes about the report, not figures)
    ws.cell(row=9, column=39).comment = Comment("新採説明会の当日加入分", "県支部")
    ws.cell(row=6, column=44).comment = Comment("10月発効の継続募集", "県支部")
    ws.column_dimensions["A"].width = 12
    ws.column_dimensions["C"].width = 24
    ws.freeze_panes = "D6"
    ws.protection.sheet = True
    wb.save(path)


# ---------------------------------------------------------------------------
# 03  中部  (XlsxWriter with formulas, June start, last month's copy)
# ---------------------------------------------------------------------------
# per prefecture: [unions: 県コード, 県名, 単組コード, 単組名, 組合員数, 団生保有, 発効,
#                  months2022[12], months2023[12], months2024[12], 目標件数]
F03_PREFS = [
    [("18", "長野県", "006", "見本曽市職員労働組合", 1340, 620, "4月",
      [2, _, 1, _, 1, 1, _, _, 1, 1, 9, 2],
      [1, 1, _, 1, _, 2, 1, _, _, 2, 10, 1],
      [3, 1, 1, _, 2, 1, _, 1, 1, _, _, _], 30),
     ("18", "長野県", "140", "架空科村職員組合", 64, 30, "10月",
      [_, _, _, _, 1, _, _, _, _, _, _, _],
      [_, _, _, _, _, _, _, _, _, _, _, _],
      [_, _, _, _, 2, _, _, _, _, _, _, _], 3)],
    [("19", "富山県", "021", "試験部市職員組合", 420, 160, "12月",
      [_, _, _, _, _, 1, 4, 1, _, _, _, _],
      [_, _, _, _, 1, _, 5, _, 1, _, _, _],
      [_, _, _, _, _, 1, 6, 2, 1, _, _, _], 10)],
    [("20", "石川県", "033", "架空尾市職員労働組合", 760, 310, "11月",
      [1, _, 1, _, 2, 6, 1, _, _, _, 1, _],
      [_, 1, _, 1, 3, 7, _, 1, _, 1, _, _],
      [1, _, 1, _, 2, 8, _, _, _, _, _, _], 20)],
    [("21", "福井県", "015", "見本浜町職員組合", 210, 104, "10月",
      [_, _, _, _, 2, _, _, _, _, _, _, _],
      [_, _, _, _, 3, 1, _, _, _, _, _, _],
      [_, _, _, _, 1, _, _, _, _, _, _, _], 6)],
    [("23", "愛知県", "088", "試験崎市職員組合", 3150, 1280, "1月",
      [2, 1, 2, 1, 3, 2, 3, 12, 3, 1, 1, 2],
      [3, 2, 1, 2, 2, 3, 2, 13, 2, 2, _, 1],
      [2, 2, 2, 1, 3, 2, 4, 15, 2, _, _, _], 45)],
]


def build_03(path: Path) -> None:
    import xlsxwriter
    from xlsxwriter.utility import xl_rowcol_to_cell as cell, xl_col_to_name as col

    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("1月")  # last month's tab name, never renamed
    head = wb.add_format({"bold": True, "text_wrap": True, "align": "center", "valign": "vcenter", "border": 1})
    pct = wb.add_format({"num_format": "0.0%"})
    bold = wb.add_format({"bold": True})
    bold_pct = wb.add_format({"bold": True, "num_format": "0.0%"})
    ws.write(0, 0, "2024年度 加入拡大モデル単組 実績（6月開始）　中部ブロック")
    ws.write(1, 0, "2025年2月速報値")
    fixed = ["県コード", "県名", "単組コード", "単組名", "組合員数", "団生保有", "加入率", "発効"]
    # 0-based: fixed 0..7; 2022 months 8..19, 20 2月累計, 21 年度計; 2023 22..33, 34, 35;
    # 2024 36..47; 48 累積件数, 49 目標件数, 50 前年比, 51 達成率, 52 残件数,
    # 53 前月累積（1月末）, 54 増減
    for c, h in enumerate(fixed):
        ws.write(4, c, h, head)
    starts = {2022: 8, 2023: 22, 2024: 36}
    for fy, start in starts.items():
        end = start + (13 if fy != 2024 else 11)
        ws.merge_range(3, start, 3, end, f"{fy}年度", head)
        for k, m in enumerate(JUNE):
            ws.write(4, start + k, m, head)
        if fy != 2024:
            ws.write(4, start + 12, "2月累計", head)
            ws.write(4, start + 13, "年度計", head)
    for c, h in enumerate(["累積件数", "目標件数", "前年比", "達成率", "残件数", "前月累積\n（1月末）", "増減"],
                          start=48):
        ws.write(4, c, h, head)

    def rng(r, c0, c1):
        return f"{cell(r, c0)}:{cell(r, c1)}"

    r = 5
    data_rows = []
    sums: dict[int, float] = {}
    for p_i, unions in enumerate(F03_PREFS):
        if p_i:
            r += 1  # blank separator row between prefectures
        for u in unions:
            (code, pref, ucode, name, mem, dan, hakko, m22, m23, m24, tgt) = u
            y22, c22, y23, c23, cum, yoy, ach, rem = _derived(m22, m23, m24, 9, tgt)
            _y, _c, _y2, _c2, jan, *_r = _derived(m22, m23, m24, 8, tgt)
            vals = {4: mem, 5: dan, 20: c22, 21: y22, 34: c23, 35: y23, 48: cum, 49: tgt,
                    50: yoy, 52: rem, 53: jan, 54: cum - jan}
            for c, v in ((0, code), (1, pref), (2, ucode), (3, name), (7, hakko)):
                ws.write_string(r, c, v)
            ws.write_number(r, 4, mem)
            ws.write_number(r, 5, dan)
            ws.write_formula(r, 6, f"={cell(r, 5)}/{cell(r, 4)}", pct, dan / mem)
            for fy, months in ((2022, m22), (2023, m23), (2024, m24)):
                for k, v in enumerate(months):
                    if v is not None:
                        ws.write_number(r, starts[fy] + k, v)
                        vals[starts[fy] + k] = v
            for start, (c_v, y_v) in ((8, (c22, y22)), (22, (c23, y23))):
                ws.write_formula(r, start + 12, f"=SUM({rng(r, start, start + 8)})", None, c_v)
                ws.write_formula(r, start + 13, f"=SUM({rng(r, start, start + 11)})", None, y_v)
            ws.write_formula(r, 48, f"=SUM({rng(r, 36, 44)})", None, cum)
            ws.write_number(r, 49, tgt)
            ws.write_formula(r, 50, f"={cell(r, 48)}-{cell(r, 34)}", None, yoy)
            ws.write_formula(r, 51, f'=IF({cell(r, 49)}=0,"",{cell(r, 48)}/{cell(r, 49)})', pct,
                             ach if ach is not None else "")
            ws.write_formula(r, 52, f"={cell(r, 49)}-{cell(r, 48)}", None, rem)
            ws.write_number(r, 53, jan)  # pasted as values from January's file
            ws.write_formula(r, 54, f"={cell(r, 48)}-{cell(r, 53)}", None, cum - jan)
            for c, v in vals.items():
                sums[c] = sums.get(c, 0) + v
            data_rows.append(r)
            r += 1
    # 合計 (formulas over the whole block, separator rows included)
    first, last = data_rows[0], data_rows[-1]
    ws.write(r, 3, "合計", bold)
    for c in [4, 5] + list(range(8, 51)) + [52, 53, 54]:
        ws.write_formula(r, c, f"=SUM({col(c)}{first + 1}:{col(c)}{last + 1})", bold, sums.get(c, 0))
    ws.write_formula(r, 6, f"={cell(r, 5)}/{cell(r, 4)}", bold_pct, sums[5] / sums[4])
    ws.write_formula(r, 51, f'=IF({cell(r, 49)}=0,"",{cell(r, 48)}/{cell(r, 49)})', bold_pct,
                     sums[48] / sums[49])
    ws.set_column(3, 3, 24)
    ws.set_column(53, 53, 10)
    ws.freeze_panes(5, 4)
    wb.close()


# ---------------------------------------------------------------------------
# 04  近畿  (XlsxWriter, May start, this year's months SUMIFS over 受付台帳)
# ---------------------------------------------------------------------------
# per union: 県コード, 県名, 単組コード, 単組名, 目標件数, 組合員数, 団生保有, 発効, 担当,
#            months2022[12], months2023[12], months2024[12]  (May … April)
F04_UNIONS = [
    (26, "滋賀", "012", "架空津市職員労働組合", 25, 1480, 650, "10月", "県支部",
     [1, _, _, 1, _, 6, 1, _, 1, _, 1, _],
     [2, 1, _, _, 1, 7, _, 1, _, 1, _, 1],
     [2, _, 1, 1, _, 9, 2, _, 1, _, _, _]),
    (27, "京都", "061", "見本丹町職員組合", 4, 150, 70, "11月", "県本部",
     [_, _, _, _, _, _, 1, _, _, _, _, _],
     [_, _, _, _, _, _, 2, _, _, _, _, _],
     [_, _, _, _, _, _, 3, _, 1, _, _, _]),
    (28, "奈良", "019", "見本原町職員組合", 8, 260, 115, "10月", "県支部",
     [_, _, _, _, _, 3, _, _, _, _, _, _],
     [_, _, _, _, 1, 4, _, _, _, _, _, 1],
     [_, _, _, _, _, 2, _, _, _, _, _, _]),
    (29, "和歌山", "007", "試験辺市職員組合", 12, 540, 260, "7月", "県支部",
     [_, _, 4, 1, _, _, _, _, _, _, 1, _],
     [1, _, 5, _, _, 1, _, _, _, _, _, _],
     [_, 1, 6, _, 1, _, _, 1, _, _, _, _]),
    (30, "大阪", "205", "試験中市職員労働組合", 50, 3620, 1400, "10月", "県本部",
     [3, 2, 1, 2, 1, 12, 2, 2, 3, 1, 2, 3],
     [4, 1, 2, 1, 2, 14, 3, 2, 2, 2, 1, 2],
     [5, 2, 2, 1, 1, 15, 2, 3, 2, _, _, _]),
    (32, "兵庫", "044", "架空路市職員組合", 20, 980, 430, "1月", "県支部",
     [1, _, 1, _, _, 1, _, 2, 7, 1, _, 1],
     [_, 1, _, 1, _, 1, 1, 1, 8, _, 1, _],
     [1, 1, _, _, 1, 2, _, 1, 9, _, _, _]),
]


def _f04_log():
    """The 受付台帳 rows: (受付日, 県名, 単組名, 対象月, 件数, 受付者), one per report,
    a month of 15 or more split into two reports; in order of arrival."""
    rows = []
    for u in F04_UNIONS:
        pref, name, m24 = u[1], u[3], u[11]
        for k, v in enumerate(m24):
            if not v:
                continue
            y, m = _ym(2024, 5, k)
            ny, nm = (y + 1, 1) if m == 12 else (y, m + 1)
            target = dt.datetime(y, m, 1)
            if v >= 15:
                rows.append((dt.datetime(y, m, 20), pref, name, target, 9, "県本部書記"))
                rows.append((dt.datetime(ny, nm, 6), pref, name, target, v - 9, "県本部書記"))
            else:
                rows.append((dt.datetime(ny, nm, 5 + (k % 3)), pref, name, target, v, "県本部書記"))
    rows.sort(key=lambda t: (t[0], t[2]))
    return rows


def build_04(path: Path) -> None:
    import xlsxwriter
    from xlsxwriter.utility import xl_rowcol_to_cell as cell, xl_col_to_name as col

    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("集計表")
    log = wb.add_worksheet("受付台帳")
    head = wb.add_format({"bold": True, "text_wrap": True, "align": "center", "valign": "vcenter", "border": 1})
    month_fmt = wb.add_format({"num_format": 'm"月"', "bold": True, "align": "center", "border": 1})
    date_fmt = wb.add_format({"num_format": "yyyy/m/d"})
    ym_fmt = wb.add_format({"num_format": 'yyyy"年"m"月"'})
    hide0 = wb.add_format({"num_format": "0;-0;;@"})
    pct = wb.add_format({"num_format": "0.0%"})
    bold = wb.add_format({"bold": True})
    bold_pct = wb.add_format({"bold": True, "num_format": "0.0%"})

    # --- sheet 2: the log -------------------------------------------------
    rows = _f04_log()
    for c, h in enumerate(["受付日", "県名", "単組名", "対象月", "件数", "受付者"]):
        log.write(0, c, h, head)
    for i, (recv, pref, name, target, n, who) in enumerate(rows, start=1):
        log.write_datetime(i, 0, recv, date_fmt)
        log.write_string(i, 1, pref)
        log.write_string(i, 2, name)
        log.write_datetime(i, 3, target, ym_fmt)
        log.write_number(i, 4, n)
        log.write_string(i, 5, who)
    log.set_column(0, 0, 11)
    log.set_column(2, 2, 24)
    log.set_column(3, 3, 11)
    log.autofilter(0, 0, len(rows), 5)
    log_last = len(rows) + 50  # the clerk's range leaves room for more reports

    # --- sheet 1: the grid ------------------------------------------------
    ws.write(0, 0, "2024年度 加入拡大モデル単組 集計表（5月開始）　近畿ブロック")
    ws.write(1, 0, "2025年1月末現在")
    ws.write(2, 0, "※今年度の月別件数は「受付台帳」シートから自動集計（入力不要）")
    fixed = ["県コード", "県名", "単組コード", "単組名", "目標件数", "組合員数", "団生保有", "発効"]
    # 0-based: fixed 0..7; 2022 months 8..19, 20 1月累計, 21 年度計; 2023 22..33, 34, 35;
    # 2024 36..47; 48 累積件数, 49 前年比, 50 達成率, 51 残件数, 52 担当
    for c, h in enumerate(fixed):
        ws.write(4, c, h, head)
    starts = {2022: 8, 2023: 22, 2024: 36}
    for fy, start in starts.items():
        end = start + (13 if fy != 2024 else 11)
        ws.merge_range(3, start, 3, end, f"{fy}年度", head)
        for k in range(12):
            y, m = _ym(fy, 5, k)
            ws.write_datetime(4, start + k, dt.datetime(y, m, 1), month_fmt)
        if fy != 2024:
            ws.write(4, start + 12, "1月累計", head)
            ws.write(4, start + 13, "年度計", head)
    for c, h in enumerate(["累積件数", "前年比", "達成率", "残件数", "担当"], start=48):
        ws.write(4, c, h, head)

    r = 5
    sums: dict[int, float] = {}
    for u in F04_UNIONS:
        (code, pref, ucode, name, tgt, mem, dan, hakko, tanto, m22, m23, m24) = u
        y22, c22, y23, c23, cum, yoy, ach, rem = _derived(m22, m23, m24, 9, tgt)
        ws.write_number(r, 0, code)
        ws.write_string(r, 1, pref)
        ws.write_string(r, 2, ucode)
        ws.write_string(r, 3, name)
        ws.write_number(r, 4, tgt)
        ws.write_number(r, 5, mem)
        ws.write_number(r, 6, dan)
        ws.write_string(r, 7, hakko)
        vals = {4: tgt, 5: mem, 6: dan, 20: c22, 21: y22, 34: c23, 35: y23, 48: cum, 49: yoy, 51: rem}
        for fy, months in ((2022, m22), (2023, m23)):
            for k, v in enumerate(months):
                if v is not None:
                    ws.write_number(r, starts[fy] + k, v)
                    vals[starts[fy] + k] = v
        for k in range(12):  # this year: SUMIFS over the log, cached result stored
            c = 36 + k
            v = _num(m24[k])
            f = (f"=SUMIFS(受付台帳!$E$2:$E${log_last},受付台帳!$C$2:$C${log_last},$D{r + 1},"
                 f"受付台帳!$D$2:$D${log_last},{col(c)}$5)")
            ws.write_formula(r, c, f, hide0, v)
            vals[c] = v
        for start, (c_v, y_v) in ((8, (c22, y22)), (22, (c23, y23))):
            ws.write_formula(r, start + 12, f"=SUM({cell(r, start)}:{cell(r, start + 8)})", None, c_v)
            ws.write_formula(r, start + 13, f"=SUM({cell(r, start)}:{cell(r, start + 11)})", None, y_v)
        ws.write_formula(r, 48, f"=SUM({cell(r, 36)}:{cell(r, 44)})", None, cum)
        ws.write_formula(r, 49, f"={cell(r, 48)}-{cell(r, 34)}", None, yoy)
        ws.write_formula(r, 50, f'=IF({cell(r, 4)}=0,"",{cell(r, 48)}/{cell(r, 4)})', pct, ach)
        ws.write_formula(r, 51, f"={cell(r, 4)}-{cell(r, 48)}", None, rem)
        ws.write_string(r, 52, tanto)
        for c, v in vals.items():
            sums[c] = sums.get(c, 0) + v
        r += 1
    # r == 11: 合計
    ws.write(r, 3, "合計", bold)
    for c in [4, 5, 6] + list(range(8, 50)) + [51]:
        ws.write_formula(r, c, f"=SUM({col(c)}6:{col(c)}{r})", bold, sums.get(c, 0))
    ws.write_formula(r, 50, f'=IF({cell(r, 4)}=0,"",{cell(r, 48)}/{cell(r, 4)})', bold_pct, sums[48] / sums[4])
    ws.set_column(3, 3, 24)
    ws.set_column(8, 47, 5)
    ws.freeze_panes(5, 4)
    ws.activate()
    wb.close()


# ---------------------------------------------------------------------------
# 05  中国 (広島 only)  (openpyxl → LibreOffice .xls, June start, summary below)
# ---------------------------------------------------------------------------
# per union: 単組コード, 単組名, 組合員数 (text), 団生保有, 発効,
#            months2022[12], months2023[12], months2024[12], 目標件数
F05_UNIONS = [
    ("005", "架空島市職員労働組合", "1,880", 790, "10月",
     [1, 2, _, 1, 8, 2, 1, _, 1, _, 1, _],
     [2, 1, 1, _, 9, 1, _, 1, _, 1, _, 1],
     [2, 1, _, 2, 10, 3, 1, _, 1, _, _, _], 30),
    ("014", "見本道市職員組合", "720", 300, "11月",
     [_, 1, _, _, 1, 5, _, 1, _, _, _, 1],
     [1, _, _, 1, _, 6, 1, _, _, _, 1, _],
     [_, 1, _, _, 2, 6, _, 1, 1, _, _, _], 15),
    ("022", "試験原町職員組合", "240", 112, "10月",
     [_, _, _, _, 2, _, _, _, _, _, _, _],
     [_, _, _, _, 3, _, _, 1, _, _, _, _],
     [_, _, _, _, 4, 1, _, _, 1, _, _, _], 6),
    ("031", "架空山市職員労働組合", "1,120", 468, "1月",
     [_, 1, _, 1, _, 1, 1, 6, 1, _, 1, _],
     [1, _, 1, _, 1, _, 2, 7, _, 1, _, 1],
     [1, _, _, 1, 1, 1, 1, 5, _, _, _, _], 20),
    ("047", "見本田町職員組合", "95", 40, "7月",
     [_, 1, _, _, _, _, _, _, _, _, _, _],
     [_, 2, _, _, _, _, _, _, _, _, _, _],
     [_, 1, _, _, _, _, _, _, _, _, _, _], 3),
]


def build_05_xlsx(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "広島"
    ws["A1"] = "自治労広島県本部　2024年度 加入拡大モデル単組 実績報告（6月開始）"
    ws["L1"] = "集計月：2025年2月"
    fixed = ["単組コード", "単組名", "組合員数", "団生保有", "発効"]
    # 1-based: fixed 1..5; 2022 months 6..17 + 18 2月累計; 2023 19..30 + 31; 2024 32..43;
    # 44 累積件数, 45 目標件数, 46 前年比, 47 達成率, 48 残件数
    for i, h in enumerate(fixed, start=1):
        ws.cell(row=4, column=i, value=h).alignment = WRAP
    for fy, start, label in ((2022, 6, "令和4年度"), (2023, 19, "令和5年度"), (2024, 32, "令和6年度")):
        end = start + (12 if fy != 2024 else 11)
        _group(ws, 3, start, end, label)
        for k, m in enumerate(JUNE):
            ws.cell(row=4, column=start + k, value=m).alignment = WRAP
        if fy != 2024:
            ws.cell(row=4, column=start + 12, value="2月累計").alignment = WRAP
    for i, h in enumerate(["累積件数", "目標件数", "前年比", "達成率", "残件数"], start=44):
        ws.cell(row=4, column=i, value=h).alignment = WRAP
    r = 5
    tot: dict[int, float] = {}
    mem_t = 0
    for u in F05_UNIONS:
        (ucode, name, mem, dan, hakko, m22, m23, m24, tgt) = u
        y22, c22, y23, c23, cum, yoy, ach, rem = _derived(m22, m23, m24, 9, tgt)
        mem_t += int(mem.replace(",", ""))
        _put_row(ws, r, 1, [ucode, name, mem, dan, hakko])
        ws.cell(row=r, column=3).number_format = "@"
        _put_row(ws, r, 6, m22)
        ws.cell(row=r, column=18, value=c22)
        _put_row(ws, r, 19, m23)
        ws.cell(row=r, column=31, value=c23)
        _put_row(ws, r, 32, m24)
        _put_row(ws, r, 44, [cum, tgt, yoy, ach, rem])
        ws.cell(row=r, column=47).number_format = "0.0%"
        for c in [4] + list(range(6, 47)) + [48]:
            v = ws.cell(row=r, column=c).value
            if isinstance(v, (int, float)):
                tot[c] = tot.get(c, 0) + v
        r += 1
    # r == 10: 合計
    ws.cell(row=r, column=2, value="合計")
    ws.cell(row=r, column=3, value=f"{mem_t:,}")
    for c, v in tot.items():
        ws.cell(row=r, column=c, value=v)
    ws.cell(row=r, column=47, value=tot[44] / tot[45]).number_format = "0.0%"
    # summary box two rows below, still showing January's figures (stale)
    jan = [_derived(u[5], u[6], u[7], 8, u[8]) for u in F05_UNIONS]
    tgt_t = sum(u[8] for u in F05_UNIONS)
    cum_jan = sum(d[4] for d in jan)
    met_jan = sum(1 for d in jan if d[6] >= 1)
    r += 2
    ws.cell(row=r, column=2, value="【まとめ】")
    for i, h in enumerate(["取組単組", "目標", "実績", "到達率", "目標達成単組"], start=2):
        ws.cell(row=r + 1, column=i, value=h).alignment = WRAP
    _put_row(ws, r + 2, 2, [len(F05_UNIONS), tgt_t, cum_jan, cum_jan / tgt_t, met_jan])
    ws.cell(row=r + 2, column=5).number_format = "0.0%"
    ws.column_dimensions["B"].width = 24
    ws.freeze_panes = "F5"
    wb.save(path)


def build_05(path: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / (path.stem + ".xlsx")
        build_05_xlsx(src)
        out = lo.convert(src, Path(tmp) / "out", "xls")  # tests/lo.py
        shutil.move(str(out), str(path))


# ---------------------------------------------------------------------------
# 06  九州  (XlsxWriter, June start, cutoff 2024年11月, Excel table + chart sheet)
# ---------------------------------------------------------------------------
# per union: 県コード, 県名, 単組コード, 単組名, 組合員数, 団生保有, 発効,
#            months2022[12], months2023[12], months2024[12], 目標件数
F06_UNIONS = [
    ("42", "福岡", "061", "架空留米市\n職員労働組合", 2300, 980, "10月",
     [2, 1, _, 1, 9, 3, 1, _, 1, _, 1, 1],
     [1, 2, 1, _, 10, 2, _, 1, _, 1, _, 2],
     [3, 1, 1, 1, 11, 4, _, _, _, _, _, _], 30),
    ("43", "佐賀", "017", "見本雄市職員組合", 330, 150, "11月",
     [_, _, _, _, _, 2, _, _, 1, _, _, _],
     [_, _, _, _, 1, 3, _, _, _, _, _, _],
     [_, _, _, _, 1, 4, _, _, _, _, _, _], 8),
    ("45", "大分", "008", "架空府町職員組合", 180, 66, "7月",
     [_, 2, _, _, _, _, _, _, _, _, _, _],
     [_, 1, _, _, _, _, _, _, _, _, 1, _],
     [_, 1, _, _, _, _, _, _, _, _, _, _], 5),
    ("47", "熊本", "035", "試験代市職員労働組合", 870, 370, "10月",
     [1, _, _, 1, 5, 1, _, _, _, 1, _, _],
     [_, 1, 1, _, 6, 2, _, 1, _, _, _, 1],
     [1, 1, _, 1, 8, 4, _, _, _, _, _, _], 15),
    ("48", "鹿児島", "112", "見本島市職員労働組合", 1560, 640, "1月",
     [1, _, 1, _, 2, 1, 2, 8, 1, _, 1, _],
     [_, 1, _, 1, 3, 1, 1, 9, _, 1, _, 1],
     [2, _, 1, 1, 2, 2, _, _, _, _, _, _], 25),
    ("49", "沖縄", "020", "試験覇市職員組合", 1050, 380, "10月",
     [_, 1, _, _, 6, 2, _, _, 1, _, _, 1],
     [1, _, 1, _, 7, 1, 1, _, _, _, 1, _],
     [1, 1, _, 1, 5, 1, _, _, _, _, _, _], 20),
]
F06_SHAHO = ("60", "社保労連", "004", "見本年金職員労働組合", 4200, 1500, "12月",
             [2, 1, 2, 1, 3, 2, 9, 2, 1, 1, _, 2],
             [1, 2, 1, 2, 4, 3, 10, 1, 2, _, 1, 1],
             [2, 2, 1, 1, 5, 4, _, _, _, _, _, _], 40)


def build_06(path: Path) -> None:
    import xlsxwriter
    from xlsxwriter.utility import xl_rowcol_to_cell as cell

    wb = xlsxwriter.Workbook(str(path))
    cs = wb.add_chartsheet("グラフ")  # first sheet
    ws = wb.add_worksheet("データ")
    wrap = wb.add_format({"text_wrap": True, "valign": "vcenter"})
    pct = wb.add_format({"num_format": "0.0%"})
    ws.write(0, 0, "2024年度 加入拡大モデル単組 実績（6月開始）　九州ブロック")
    ws.write(1, 0, "2024年11月末現在")
    n = 6  # 6月 … 11月
    # 0-based columns: 0 県コード 1 県名 2 単組コード 3 単組名 4 組合員数 5 団生保有 6 発効;
    # 2022 months 7..18, 19 2022年度11月累計; 2023 20..31, 32; 2024 33..44;
    # 45 累積件数, 46 目標件数, 47 前年比, 48 達成率, 49 残件数
    headers = ["県コード", "県名", "単組コード", "単組名", "組合員数", "団生保有", "発効"]
    for fy in (2022, 2023, 2024):
        for k in range(12):
            y, m = _ym(fy, 6, k)
            headers.append(f"{y}年{m}月")
        if fy != 2024:
            headers.append(f"{fy}年度11月累計")
    headers += ["累積件数", "目標件数", "前年比", "達成率", "残件数"]
    assert len(headers) == 50
    top, first = 3, 4
    last = first + len(F06_UNIONS) - 1  # data rows
    total_r = last + 1

    rows = []
    for u in F06_UNIONS:
        (code, pref, ucode, name, mem, dan, hakko, m22, m23, m24, tgt) = u
        y22, c22, y23, c23, cum, yoy, ach, rem = _derived(m22, m23, m24, n, tgt)
        vals = [code, pref, ucode, name, mem, dan, hakko] + list(m22) + [c22] + list(m23) + [c23] \
            + list(m24) + [cum, tgt, yoy, ach, rem]
        rows.append(vals)
    count_cols = [4, 5] + list(range(7, 48)) + [49]
    columns = []
    for c, h in enumerate(headers):
        spec = {"header": h}
        if c == 0:
            spec["total_string"] = "集計"
        elif c in count_cols:
            spec["total_function"] = "sum"
            spec["total_value"] = sum(_num(v[c]) for v in rows)
        columns.append(spec)
    ws.add_table(top, 0, total_r, len(headers) - 1,
                 {"name": "テーブル1", "style": "Table Style Medium 2", "total_row": True,
                  "columns": columns})
    for c in count_cols:  # the total row's SUBTOTALs, qualified as Excel stores them
        ws.write_formula(total_r, c, f"=SUBTOTAL(109,テーブル1[{headers[c]}])", None,
                         sum(_num(v[c]) for v in rows))
    for i, vals in enumerate(rows):
        r = first + i
        for c, v in enumerate(vals):
            if v is None:
                continue
            if c == 3:
                ws.write_string(r, c, v, wrap)
            elif c == 45:
                ws.write_formula(r, c, f"=SUM({cell(r, 33)}:{cell(r, 38)})", None, v)
            elif c == 48:
                ws.write_number(r, c, v, pct)
            else:
                ws.write(r, c, v)
        ws.set_row(r, 30)
    # 社保労連 below the table, under a note
    r = total_r + 2
    ws.write(r, 0, "※社保労連は全国集計に含まない")
    (code, pref, ucode, name, mem, dan, hakko, m22, m23, m24, tgt) = F06_SHAHO
    y22, c22, y23, c23, cum, yoy, ach, rem = _derived(m22, m23, m24, n, tgt)
    vals = [code, pref, ucode, name, mem, dan, hakko] + list(m22) + [c22] + list(m23) + [c23] \
        + list(m24) + [cum, tgt, yoy, ach, rem]
    for c, v in enumerate(vals):
        if v is not None:
            ws.write(r + 1, c, v, pct if c == 48 else None)
    ws.set_column(3, 3, 16)
    ws.set_column(7, 44, 9)
    ws.freeze_panes(first, 4)

    chart = wb.add_chart({"type": "bar"})
    chart.add_series({"name": "達成率", "categories": ["データ", first, 3, last, 3],
                      "values": ["データ", first, 48, last, 48]})
    chart.set_title({"name": "加入拡大モデル単組 達成率（2024年11月末）"})
    chart.set_legend({"none": True})
    cs.set_chart(chart)
    cs.activate()
    wb.close()


BUILDERS = {
    "01_東北_6月開始_達成率順.xlsx": build_01,
    "02_関東甲信_5月開始_県支部別.xlsx": build_02,
    "03_中部_6月開始_前月コピー.xlsx": build_03,
    "04_近畿_5月開始_受付台帳.xlsx": build_04,
    "05_中国_6月開始_県本部単独.xls": build_05,
    "06_九州_6月開始_テーブル.xlsx": build_06,
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
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp(prefix="legacy_grid5_"))
    for n, p in build(target).items():
        print(n, p)
