"""Second independent fixture set: 加入拡大モデル単組 grids (Report A) as other
offices retype HQ's layout -- habits NOT covered by tests/legacy_grid.

All union names are invented; all numbers are literals typed here by hand.
FY2024 (past years 2022 and 2023).  Expected readings are in expected.py
(typed by hand, not produced by the tool).  ``_`` below means a blank cell.

Files (writer / sheet / header rows / habits)
---------------------------------------------

01_東北_6月開始_今年度先頭.xlsx  -- openpyxl, sheet 「R6モデル単組」, June start,
    cutoff 2025年2月 (title).  Row 4 year groups merged over their months, row
    5 headings, then the 合計 row at the TOP (row 6, just under the headings),
    data from row 7.
    Habits: the three years in REVERSE order (「2024年度（今年度）」 first, then
    「2023年度（前年度）」, then 「2022年度（前々年度）」), the typed yearly totals
    reversed too (「2023年度\\n実績」 before 「2022年度\\n実績」); 目標件数 BEFORE the
    months; 累積件数 right after the current months; headings with spaces
    inside words (「県　名」「単　組　名」「組 合 員 数」「達 成 率」) and line
    breaks; 県コード/県名 typed only on the first union of each prefecture
    (blank, not merged, below); frozen panes.

02_関東甲信_5月開始_前年度別シート.xlsx  -- openpyxl, MAY start, cutoff 2025年3月.
    Sheet 1 「今年度」: only the current year (months 「5月分」…「4月分」, no
    year-group row; the year is in the title), cutoff stated ONLY in a cell
    right of the title 「集計月：2025年3月」 (no 「N月累計」 heading anywhere on
    this sheet); 前年比 is a number shown with the Japanese minus (format
    ``#,##0;"△"#,##0``); one union has an April figure typed ahead of time
    (after the stated 集計月 -> not counted).
    Sheet 2 「前年度まで」: the two past years (year groups 「2022年度（前々年度）」
    「2023年度（前年度）」 merged, months 「5月分」…, then 「3月累計」 and 「年度計」
    per year), plus one union that is no longer a model union (備考
    「2024年度はモデル単組から除外」) -- it is not on the current sheet and is
    not a union of this year's grid.

03_中国_6月開始.xls  -- openpyxl with FORMULAS, then LibreOffice → .xls (BIFF8;
    LibreOffice computes and stores the formula results).  Sheet 「中国ブロック」,
    cutoff 2025年2月 (row 2).
    Habits: year groups headed 「前々年度」「前年度」「今年度」 without any year
    number (the year is only in the title 「2024年度 …」); months headed
    「6月実績」…; 単組コード typed with the prefecture prefix 「35-004」;
    prefectures in the block's own order (鳥取, 島根, 岡山, 広島, 山口); yearly
    totals, 2月累計, 累積件数, 前年比, 残件数, 加入率 and the 合計 row are
    formulas; 達成率 =累積/目標 is #DIV/0! for a union whose 目標 is 0 and for
    a suspended union; a union 「…（休止）」 with 備考 「集計対象外」 (not
    counted).

04_四国_6月開始_過去年度集約.xlsx  -- XlsxWriter, sheet 「四国」, June start,
    cutoff 2025年2月.  Row 1 title, row 2 year group 「2024年度」 over the
    current months, row 3 headings.  Data from row 4.
    Habits: NO 県コード and NO 県名 column -- the prefecture is given by
    section rows 「【香川県本部】」 above its unions; the past years are
    condensed to typed 「2022年度\\n実績」「2022年度\\n2月累計」「2023年度\\n実績」
    「2023年度\\n2月累計」 (no monthly breakdown); the current year's month
    columns after the cutoff are DELETED (6月…2月 only); the summary box
    (取組単組／目標／実績／到達率／目標達成単組) sits to the RIGHT of the grid on
    the heading row, with stale (January) values; 組合員数 shown with
    ``#,##0"人"``; frozen panes.

05_九州沖縄_5月開始_確定値.xlsx  -- openpyxl, sheet 「5月開始（確定）」, MAY start,
    cutoff 2025年4月 (a FULL year: 「2025年4月末確定値」, 「4月累計」).  Row 4 year
    groups merged, row 5 headings.  Data from row 6.
    Habits: cutoff at the last month of the year (4月累計 = 年度実績); 前年比
    typed as TEXT with △ for negatives (「△3」); 達成率 typed as text with a
    full-width percent (「83.3％」); one union's typed 累積/前年比/達成率/残件数
    stale; a HIDDEN row directly above a union holding its superseded
    (February) copy -- the clerk copied the row, corrected the copy and hid
    the original; 県コード typed as text.

06_北海道_6月開始_4年分.xlsx  -- openpyxl, sheet 「北海道」, June start, cutoff
    2024年12月 (title 「2024年12月末現在」, 「12月累計」).  Row 3 year groups
    merged, row 4 headings.  Data from row 5.
    Habits: FOUR fiscal years on the sheet -- the oldest (2021年度, its
    months, 12月累計 and typed 2021年度実績) in HIDDEN columns; a December
    cutoff (still FY2024); one combined 「コード」 column typed as text
    「01021」 (県コード + 単組コード) and no 県コード column; months typed 「-」
    for nothing; one union's 目標 typed 「－」 (not set yet).
"""
from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter as L
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/: the shared LibreOffice helper
import lo  # noqa: E402

_ = None  # a blank cell

JUNE = ["6月", "7月", "8月", "9月", "10月", "11月", "12月", "1月", "2月", "3月", "4月", "5月"]
MAY = ["5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月", "1月", "2月", "3月", "4月"]
WRAP = Alignment(wrap_text=True, horizontal="center", vertical="center")


def _put_row(ws, row: int, col: int, values) -> None:
    for i, v in enumerate(values):
        if v is not None:
            ws.cell(row=row, column=col + i, value=v)


def _group(ws, row: int, start: int, end: int, label: str) -> None:
    ws.cell(row=row, column=start, value=label).alignment = WRAP
    ws.merge_cells(start_row=row, start_column=start, end_row=row, end_column=end)


# ---------------------------------------------------------------------------
# 01  東北  (openpyxl, June start, current year first, 合計 at the top)
# ---------------------------------------------------------------------------
# per union: 県コード, 県名, 単組コード, 単組名, 組合員数, 団生保有, 加入率, 発効,
#            2023年度実績, 2022年度実績, 目標件数, months2024[12], 累積件数,
#            months2023[12], 2月累計2023, months2022[12], 2月累計2022,
#            前年比, 達成率, 残件数, 県名(trailing)
F01_UNIONS = [
    ("06", "秋田", "011", "架空市職員労働組合", 620, 280, 0.452, "10月", 14, 9, 20,
     [1, _, 2, _, 6, 1, _, 3, 1, _, _, _], 14,
     [_, 1, _, 1, 5, 2, _, 2, _, 1, _, 2], 11,
     [2, _, _, _, 4, _, 1, 1, _, _, 1, _], 8,
     3, 0.7, 6, "秋田"),
    (_, _, "058", "見本村職員組合", 58, 31, 0.534, "10月", 3, 2, 5,
     [_, _, _, _, 3, _, _, 2, 1, _, _, _], 6,
     [_, _, _, _, 2, _, _, _, _, _, 1, _], 2,
     [_, _, _, _, 1, _, _, 1, _, _, _, _], 2,
     4, 1.2, -1, "秋田"),
    ("07", "山形", "023", "月山台市職員労働組合", 1480, 655, 0.443, "11月", 21, 20, 30,
     [2, 1, _, 3, 8, 2, 1, _, 2, _, _, _], 19,
     [1, 2, 1, _, 9, 3, _, 1, _, 2, 1, 1], 17,
     [3, _, 1, 2, 7, 1, 2, _, 1, _, 3, _], 17,
     2, 0.6333333333333333, 11, "山形"),
    ("08", "福島", "004", "阿武野市職員組合", 905, 512, 0.566, "11月", 19, 18, 25,
     [_, 2, _, _, 4, 11, 3, _, 5, _, _, _], 25,
     [1, _, _, 1, 3, 9, 2, 1, _, _, 2, _], 17,
     [_, 1, 2, _, 2, 10, _, _, 2, 1, _, _], 17,
     8, 1.0, 0, "福島"),
    (_, _, "117", "架空広域消防職員組合", 240, 77, 0.321, "1月", 6, 5, 10,
     [_, _, _, _, 1, _, _, 1, _, _, _, _], 2,
     [_, _, 1, _, 2, _, _, 3, _, _, _, _], 6,
     [_, _, _, _, 3, _, _, 1, _, 1, _, _], 4,
     -4, 0.2, 8, "福島"),
]


def build_01(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "R6モデル単組"
    ws["A1"] = "2024年度 加入拡大モデル単組 実績（6月開始）　東北ブロック"
    ws["A2"] = "（2025年2月速報値）"
    fixed = ["県コード", "県　名", "単組\nコード", "単　組　名", "組 合 員 数", "団生\n保有",
             "加入率", "発　効", "2023年度\n実績", "2022年度\n実績", "目標\n件数"]
    for i, h in enumerate(fixed, start=1):
        ws.cell(row=5, column=i, value=h).alignment = WRAP
    # current year 12..23, 累積 24; 2023 25..36 + 累計 37; 2022 38..49 + 累計 50
    _group(ws, 4, 12, 23, "2024年度（今年度）")
    _group(ws, 4, 25, 37, "2023年度（前年度）")
    _group(ws, 4, 38, 50, "2022年度（前々年度）")
    for k, m in enumerate(JUNE):
        ws.cell(row=5, column=12 + k, value=m)
        ws.cell(row=5, column=25 + k, value=m)
        ws.cell(row=5, column=38 + k, value=m)
    ws.cell(row=5, column=24, value="累積\n件数").alignment = WRAP
    ws.cell(row=5, column=37, value="2月\n累計").alignment = WRAP
    ws.cell(row=5, column=50, value="2月\n累計").alignment = WRAP
    for i, h in enumerate(["前年比", "達 成 率", "残件数", "県　名"], start=51):
        ws.cell(row=5, column=i, value=h).alignment = WRAP
    # 合計 row at the top (row 6): headline totals and this year's months
    ws.cell(row=6, column=4, value="合　計")
    _put_row(ws, 6, 5, [3303, 1555, 0.471, _, 63, 54, 90])
    _put_row(ws, 6, 12, [3, 3, 2, 3, 22, 14, 4, 6, 9])
    ws.cell(row=6, column=24, value=66)
    ws.cell(row=6, column=37, value=53)
    ws.cell(row=6, column=50, value=48)
    _put_row(ws, 6, 51, [13, 0.7333333333333333, 24])
    ws.cell(row=6, column=7).number_format = "0.0%"
    ws.cell(row=6, column=52).number_format = "0.0%"
    r = 7
    for u in F01_UNIONS:
        (code, pref, ucode, name, mem, dan, rate, hakko, y23, y22, tgt,
         m24, cum, m23, c23, m22, c22, yoy, ach, rem, pref2) = u
        _put_row(ws, r, 1, [code, pref, ucode, name, mem, dan, rate, hakko, y23, y22, tgt])
        ws.cell(row=r, column=7).number_format = "0.0%"
        _put_row(ws, r, 12, m24)
        ws.cell(row=r, column=24, value=cum)
        _put_row(ws, r, 25, m23)
        ws.cell(row=r, column=37, value=c23)
        _put_row(ws, r, 38, m22)
        ws.cell(row=r, column=50, value=c22)
        _put_row(ws, r, 51, [yoy, ach, rem, pref2])
        ws.cell(row=r, column=52).number_format = "0.0%"
        r += 1
    ws.column_dimensions["D"].width = 24
    ws.freeze_panes = "L6"
    wb.save(path)


# ---------------------------------------------------------------------------
# 02  関東甲信  (openpyxl, May start, cutoff 2025年3月 stated in a cell,
#               past years on a second sheet)
# ---------------------------------------------------------------------------
MAY_BUN = [m + "分" for m in MAY]
# sheet 「今年度」 per union: 県コード, 県名, 単組コード, 単組名, 組合員数, 団生保有,
#   加入率, 発効, months2024[12], 累積件数, 目標件数, 前年比, 達成率, 残件数, 県名
F02_NOW = [
    ("10", "群馬", "006", "架空市役所職員労働組合", 1210, 604, 0.499, "11月",
     [2, _, 1, _, _, 4, 9, 3, _, 1, 2, _], 22, 30, 4, 0.7333333333333333, 8, "群馬"),
    ("11", "栃木", "015", "試験市職員組合", 455, 190, 0.418, "1月",
     [_, _, _, 1, _, _, 1, 3, 6, _, _, _], 11, 15, -2, 0.7333333333333333, 4, "栃木"),
    ("12", "茨城", "032", "見本町職員労働組合", 180, 54, 0.3, "2月",
     [_, _, _, _, _, _, 1, _, 2, 7, 1, _], 11, 10, 5, 1.1, -1, "茨城"),
    ("17", "山梨", "008", "架空峡市職員組合", 390, 160, 0.41, "7月",
     [_, 1, 6, 2, _, _, _, _, _, _, 1, 3], 10, 15, 2, 0.6666666666666666, 5, "山梨"),
    ("18", "長野", "044", "高見原町職員組合", 95, 61, 0.642, "4月",
     [2, _, _, _, _, _, _, _, _, _, 3, _], 5, 5, 0, 1.0, 0, "長野"),
]
# sheet 「前年度まで」 per union: 県コード, 県名, 単組コード, 単組名,
#   months2022[12], 3月累計, 年度計, months2023[12], 3月累計, 年度計, 備考
F02_PAST = [
    ("10", "群馬", "006", "架空市役所職員労働組合",
     [_, 2, _, 1, 1, 2, 8, 1, _, _, _, 3], 15, 18,
     [1, 1, _, _, 2, 3, 7, 2, 1, _, 1, 2], 18, 20, _),
    ("11", "栃木", "015", "試験市職員組合",
     [_, _, 1, _, _, 1, 3, 4, _, 1, _, 1], 10, 11,
     [1, _, _, _, _, 2, 4, 5, 1, _, _, _], 13, 13, _),
    ("12", "茨城", "032", "見本町職員労働組合",
     [_, _, _, _, _, _, _, _, 2, 3, _, 1], 5, 6,
     [_, _, _, _, _, _, _, 1, 3, 2, _, _], 6, 6, _),
    ("17", "山梨", "008", "架空峡市職員組合",
     [1, 1, 4, 1, _, _, _, _, _, _, _, 1], 7, 8,
     [_, 2, 5, _, 1, _, _, _, _, _, _, 2], 8, 10, _),
    ("18", "長野", "044", "高見原町職員組合",
     [3, _, _, _, _, _, _, _, _, _, 2, _], 5, 5,
     [1, _, _, _, _, _, _, _, _, _, 4, 1], 5, 6, _),
    ("18", "長野", "050", "見本谷村職員組合",
     [_, _, 1, _, _, _, _, _, _, 1, _, _], 2, 2,
     [_, 1, _, _, _, _, _, _, _, _, 2, _], 3, 3, "2024年度はモデル単組から除外"),
]


def build_02(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "今年度"
    ws["A1"] = "2024年度 加入拡大モデル単組 取り組み状況（5月開始）"
    ws["A2"] = "関東甲信ブロック"
    ws["V2"] = "集計月：2025年3月"
    heads = ["県コード", "県名", "単組コード", "単組名", "組合員数", "団生保有", "加入率", "発効"]
    heads += MAY_BUN + ["累積件数", "目標件数", "前年比", "達成率", "残件数", "県名"]
    for i, h in enumerate(heads, start=1):
        ws.cell(row=4, column=i, value=h).alignment = WRAP
    r = 5
    for u in F02_NOW:
        (code, pref, ucode, name, mem, dan, rate, hakko, m24, cum, tgt, yoy, ach, rem, pref2) = u
        _put_row(ws, r, 1, [code, pref, ucode, name, mem, dan, rate, hakko])
        ws.cell(row=r, column=7).number_format = "0.0%"
        _put_row(ws, r, 9, m24)
        _put_row(ws, r, 21, [cum, tgt, yoy, ach, rem, pref2])
        ws.cell(row=r, column=23).number_format = '#,##0;"△"#,##0'
        ws.cell(row=r, column=24).number_format = "0.0%"
        r += 1
    # r == 10: 合計
    ws.cell(row=r, column=4, value="合計")
    _put_row(ws, r, 5, [2330, 1069])
    _put_row(ws, r, 21, [59, 75, 9, 0.7866666666666666, 16])
    ws.cell(row=r, column=24).number_format = "0.0%"
    ws.cell(row=r + 1, column=1, value="※前年度・前々年度の実績は「前年度まで」シートを参照")
    ws.column_dimensions["D"].width = 24
    ws.freeze_panes = "E5"

    past = wb.create_sheet("前年度まで")
    past["A1"] = "加入拡大モデル単組 前年度・前々年度実績（5月開始）"
    heads = ["県コード", "県名", "単組コード", "単組名"]
    for i, h in enumerate(heads, start=1):
        past.cell(row=4, column=i, value=h)
    # 2022: 5..16 months, 17 3月累計, 18 年度計; 2023: 19..30, 31, 32; 33 備考
    _group(past, 3, 5, 18, "2022年度（前々年度）")
    _group(past, 3, 19, 32, "2023年度（前年度）")
    for start in (5, 19):
        for k, m in enumerate(MAY_BUN):
            past.cell(row=4, column=start + k, value=m)
        past.cell(row=4, column=start + 12, value="3月累計")
        past.cell(row=4, column=start + 13, value="年度計")
    past.cell(row=4, column=33, value="備考")
    r = 5
    for u in F02_PAST:
        (code, pref, ucode, name, m22, c22, y22, m23, c23, y23, note) = u
        _put_row(past, r, 1, [code, pref, ucode, name])
        _put_row(past, r, 5, m22)
        _put_row(past, r, 17, [c22, y22])
        _put_row(past, r, 19, m23)
        _put_row(past, r, 31, [c23, y23, note])
        r += 1
    past.column_dimensions["D"].width = 24
    wb.save(path)


# ---------------------------------------------------------------------------
# 03  中国  (openpyxl with formulas → LibreOffice .xls, June start)
# ---------------------------------------------------------------------------
JUNE_JISSEKI = [m + "実績" for m in JUNE]
# per row: 県コード, 県名, 単組コード, 単組名, 組合員数, 団生保有, 発効,
#          months2022[12], months2023[12], months2024[12], 目標件数, 備考
F03_ROWS = [
    ("35", "鳥取", "35-004", "架空浜市職員労働組合", 720, 350, "10月",
     [2, _, _, _, 5, 2, _, _, 1, _, _, _],
     [_, 1, _, 1, 6, 1, 1, _, _, 1, _, 1],
     [1, _, 2, _, 7, 2, _, 1, 1, _, _, _], 20, _),
    ("36", "島根", "36-021", "試験原町職員組合", 150, 88, "11月",
     [_, _, _, _, 1, 1, _, _, _, _, _, _],
     [_, _, _, _, _, 1, _, _, _, _, _, _],
     [_, _, _, _, _, 3, _, _, _, _, _, _], 0, "目標は県本部と調整中"),
    ("33", "岡山", "33-012", "見本台市職員労働組合", 2310, 980, "1月",
     [1, _, 2, 1, _, 5, 7, 12, 3, _, 2, _],
     [2, 2, 1, _, 1, 3, 8, 15, 2, 1, _, 1],
     [3, 1, _, 2, 1, 4, 9, 18, 4, _, _, _], 40, _),
    ("34", "広島", "34-007", "架空川町職員組合", 310, 102, "10月",
     [_, 1, _, _, 3, 1, _, _, _, 1, _, _],
     [_, _, 1, _, 5, _, _, 1, _, _, _, _],
     [_, _, _, 1, 4, _, _, _, _, _, _, _], 10, _),
    ("34", "広島", "34-030", "見本島町職員組合（休止）", 85, 20, "10月",
     [_, _, _, _, 2, _, _, _, _, _, _, _],
     [_, _, _, _, 1, _, _, _, _, _, _, _],
     [_, _, _, _, _, _, _, _, _, _, _, _], _, "集計対象外"),
    ("37", "山口", "37-016", "架空関市職員労働組合", 1045, 498, "4月",
     [5, _, _, 1, _, _, 1, _, _, 3, 8, _],
     [3, 1, 1, _, _, 1, _, 1, _, 2, 9, 1],
     [4, 2, _, _, 1, _, 2, _, 1, _, _, _], 25, _),
]


def build_03_xlsx(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "中国ブロック"
    ws["A1"] = "2024年度 加入拡大モデル単組 中国ブロック集計（6月開始）"
    ws["A2"] = "2025年2月速報値"
    fixed = ["県コード", "県名", "単組コード", "単組名", "組合員数", "団生保有",
             "加入率", "発効", "前々年度実績", "前年度実績"]
    for i, h in enumerate(fixed, start=1):
        ws.cell(row=4, column=i, value=h)
    # 2022 11..22 + 23 累計; 2023 24..35 + 36 累計; 2024 37..48
    _group(ws, 3, 11, 23, "前々年度")
    _group(ws, 3, 24, 36, "前年度")
    _group(ws, 3, 37, 48, "今年度")
    for start in (11, 24, 37):
        for k, m in enumerate(JUNE_JISSEKI):
            ws.cell(row=4, column=start + k, value=m)
    ws.cell(row=4, column=23, value="2月累計")
    ws.cell(row=4, column=36, value="2月累計")
    for i, h in enumerate(["累積件数", "目標件数", "前年比", "達成率", "残件数", "備考"], start=49):
        ws.cell(row=4, column=i, value=h)
    r = 5
    for row in F03_ROWS:
        (code, pref, ucode, name, mem, dan, hakko, m22, m23, m24, tgt, note) = row
        _put_row(ws, r, 1, [code, pref, ucode, name, mem, dan])
        ws.cell(row=r, column=7, value=f"=IF(E{r}=0,\"\",F{r}/E{r})").number_format = "0.0%"
        ws.cell(row=r, column=8, value=hakko)
        ws.cell(row=r, column=9, value=f"=SUM(K{r}:V{r})")
        ws.cell(row=r, column=10, value=f"=SUM(X{r}:AI{r})")
        _put_row(ws, r, 11, m22)
        ws.cell(row=r, column=23, value=f"=SUM(K{r}:S{r})")
        _put_row(ws, r, 24, m23)
        ws.cell(row=r, column=36, value=f"=SUM(X{r}:AF{r})")
        _put_row(ws, r, 37, m24)
        ws.cell(row=r, column=49, value=f"=SUM(AK{r}:AS{r})")
        if tgt is not None:
            ws.cell(row=r, column=50, value=tgt)
        ws.cell(row=r, column=51, value=f"=AW{r}-AJ{r}")
        ws.cell(row=r, column=52, value=f"=AW{r}/AX{r}").number_format = "0.0%"
        ws.cell(row=r, column=53, value=f"=AX{r}-AW{r}")
        if note is not None:
            ws.cell(row=r, column=54, value=note)
        r += 1
    # r == 11: 合計 (formulas over rows 5..10, the suspended union included)
    ws.cell(row=r, column=1, value="合計")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
    for c in [5, 6, 9, 10] + list(range(11, 50)) + [50, 51]:
        col = L(c)
        ws.cell(row=r, column=c, value=f"=SUM({col}5:{col}10)")
    ws.cell(row=r, column=7, value=f"=F{r}/E{r}").number_format = "0.0%"
    ws.cell(row=r, column=52, value=f"=AW{r}/AX{r}").number_format = "0.0%"
    ws.cell(row=r, column=53, value=f"=AX{r}-AW{r}")
    ws.cell(row=r + 1, column=1, value="※（休止）の単組は今年度の取り組みを休止（集計対象外）")
    ws.column_dimensions["D"].width = 26
    wb.save(path)


def _lo_convert(src: Path, fmt: str, outdir: Path) -> Path:
    return lo.convert(src, outdir, fmt)  # tests/lo.py


def build_03(path: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / (path.stem + ".xlsx")
        build_03_xlsx(src)
        out = _lo_convert(src, "xls", Path(tmp))
        shutil.move(str(out), str(path))


# ---------------------------------------------------------------------------
# 04  四国  (XlsxWriter, June start, section rows, condensed past years)
# ---------------------------------------------------------------------------
# rows: ("h", label) section row, or ("u", 単組コード, 単組名, 組合員数, 団生保有,
#        加入率, 発効, 2022実績, 2022年2月累計, 2023実績, 2023年2月累計,
#        months2024 6月..2月 [9], 累積件数, 目標件数, 前年比, 達成率, 残件数)
F04_ROWS = [
    ("h", "【香川県本部】"),
    ("u", "003", "架空松市職員労働組合", 1620, 730, 0.451, "10月", 24, 20, 22, 18,
     [2, _, 1, 3, 9, 4, _, 1, 2], 22, 30, 4, 0.7333333333333333, 8),
    ("u", "041", "見本津町職員組合", 210, 96, 0.457, "10月", 6, 5, 4, 4,
     [_, _, _, 2, 5, 1, _, _, 3], 11, 10, 7, 1.1, -1),
    ("h", "【徳島県本部】"),
    ("u", "010", "試験波市職員組合", 530, 205, 0.387, "1月", 11, 9, 12, 12,
     [_, 1, _, _, _, 2, 4, 6, 2], 15, 15, 3, 1.0, 0),
    ("h", "【愛媛県本部】"),
    ("u", "025", "架空予市職員労働組合", 880, 310, 0.352, "11月", 15, 12, 14, 13,
     [1, _, _, 1, 2, 3, 1, _, _], 8, 20, -5, 0.4, 12),
    ("h", "【高知県本部】"),
    ("u", "007", "見本戸町職員組合", 140, 66, 0.471, "12月", 2, 2, 3, 1,
     [_, _, _, _, _, 1, 2, _, _], 3, 5, 2, 0.6, 2),
]


def build_04(path: Path) -> None:
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("四国")
    head = wb.add_format({"bold": True, "text_wrap": True, "align": "center", "valign": "vcenter"})
    pct = wb.add_format({"num_format": "0.0%"})
    nin = wb.add_format({"num_format": '#,##0"人"'})
    box = wb.add_format({"border": 1, "align": "center", "bold": True})
    box_pct = wb.add_format({"border": 1, "num_format": "0.0%"})
    box_n = wb.add_format({"border": 1})
    ws.write(0, 0, "四国ブロック 2024年度 加入拡大モデル単組（6月開始）　2025年2月速報値")
    heads = ["単組コード", "単組名", "組合員数", "団生保有", "加入率", "発効",
             "2022年度\n実績", "2022年度\n2月累計", "2023年度\n実績", "2023年度\n2月累計"]
    heads += JUNE[:9]
    heads += ["累積件数", "目標件数", "前年比", "達成率", "残件数"]
    for c, h in enumerate(heads):
        ws.write(2, c, h, head)
    ws.merge_range(1, 10, 1, 18, "2024年度", head)
    # summary box to the right (stale January values)
    ws.merge_range(1, 25, 1, 29, "四国ブロック計", box)
    for k, h in enumerate(["取組単組", "目標", "実績", "到達率", "目標達成単組"]):
        ws.write(2, 25 + k, h, box)
    ws.write_number(3, 25, 5, box_n)
    ws.write_number(3, 26, 80, box_n)
    ws.write_number(3, 27, 51, box_n)
    ws.write_number(3, 28, 0.6375, box_pct)
    ws.write_number(3, 29, 1, box_n)
    r = 3
    for row in F04_ROWS:
        if row[0] == "h":
            ws.write_string(r, 0, row[1])
            r += 1
            continue
        (_k, ucode, name, mem, dan, rate, hakko, y22, c22, y23, c23, m24,
         cum, tgt, yoy, ach, rem) = row
        ws.write_string(r, 0, ucode)
        ws.write_string(r, 1, name)
        ws.write_number(r, 2, mem, nin)
        ws.write_number(r, 3, dan)
        ws.write_number(r, 4, rate, pct)
        ws.write_string(r, 5, hakko)
        for c, v in enumerate([y22, c22, y23, c23], start=6):
            ws.write_number(r, c, v)
        for k, v in enumerate(m24):
            if v is not None:
                ws.write_number(r, 10 + k, v)
        ws.write_number(r, 19, cum)
        ws.write_number(r, 20, tgt)
        ws.write_number(r, 21, yoy)
        ws.write_number(r, 22, ach, pct)
        ws.write_number(r, 23, rem)
        r += 1
    # r == 12: 合計
    ws.write_string(r, 1, "合計")
    ws.write_number(r, 2, 3380, nin)
    ws.write_number(r, 3, 1407)
    for c, v in zip((19, 20, 21, 23), (59, 80, 11, 21)):
        ws.write_number(r, c, v)
    ws.write_number(r, 22, 0.7375, pct)
    ws.write_string(r + 1, 0, "※2022・2023年度は年度実績と2月累計のみ記載。3月以降の列は削除")
    ws.set_column(1, 1, 24)
    ws.freeze_panes(3, 2)
    wb.close()


# ---------------------------------------------------------------------------
# 05  九州沖縄  (openpyxl, May start, cutoff 2025年4月 = full year)
# ---------------------------------------------------------------------------
# per row: hidden?, 県コード, 県名, 単組コード, 単組名, 組合員数, 団生保有, 加入率, 発効,
#          2022年度実績, 2023年度実績, months2022[12], 4月累計2022,
#          months2023[12], 4月累計2023, months2024[12],
#          累積件数, 目標件数, 前年比, 達成率(text), 残件数, 県名
F05_ROWS = [
    (False, "43", "佐賀", "005", "架空津市職員労働組合", 640, 301, 0.47, "10月", 11, 14,
     [2, _, _, _, 1, 4, 2, _, _, 1, _, 1], 11,
     [_, 1, _, 1, _, 6, 2, 1, _, _, 1, 2], 14,
     [1, _, 2, _, _, 5, 3, _, 1, _, 2, 1],
     15, 15, 1, "100.0％", 0, "佐賀"),
    # the superseded February copy of the next union, hidden
    (True, "44", "長崎", "012", "見本崎市職員組合", 1390, 402, 0.289, "1月", 23, 28,
     [3, _, 1, 1, _, 2, 5, 6, _, 2, 1, 2], 23,
     [1, 2, 1, _, 1, 3, 8, 9, 1, 1, _, 1], 28,
     [2, 1, _, 1, _, 2, 6, 7, 2, _, _, _],
     21, 30, "△7", "70.0％", 9, "長崎"),
    (False, "44", "長崎", "012", "見本崎市職員組合", 1390, 402, 0.289, "1月", 23, 28,
     [3, _, 1, 1, _, 2, 5, 6, _, 2, 1, 2], 23,
     [1, 2, 1, _, 1, 3, 8, 9, 1, 1, _, 1], 28,
     [2, 1, _, 1, _, 2, 6, 7, 2, _, 1, 3],
     25, 30, "△3", "83.3％", 5, "長崎"),
    # typed 累積/前年比/達成率/残件数 stale (5 instead of 6)
    (False, "46", "宮崎", "031", "試験日町職員組合", 260, 140, 0.538, "11月", 6, 8,
     [_, _, 1, _, _, 4, 1, _, _, _, _, _], 6,
     [_, _, _, _, 2, 5, _, _, _, _, 1, _], 8,
     [_, _, _, _, 1, 3, 2, _, _, _, _, _],
     5, 10, "△3", "50.0％", 5, "宮崎"),
    (False, "48", "鹿児島", "019", "架空島市職員労働組合", 1780, 820, 0.461, "4月", 28, 32,
     [2, 2, 1, _, _, 1, _, 1, 1, 2, 10, 8], 28,
     [4, 1, _, 1, _, 1, 2, _, _, 3, 11, 9], 32,
     [3, 2, 1, _, 1, 2, _, 1, _, 4, 14, 12],
     40, 35, 8, "114.3％", -5, "鹿児島"),
    (False, "49", "沖縄", "002", "架空浦町職員組合", 330, 95, 0.288, "12月", 5, 5,
     [_, _, _, _, _, _, 2, 2, _, _, 1, _], 5,
     [_, _, _, _, _, 1, 4, _, _, _, _, _], 5,
     [_, _, _, _, _, _, 3, 1, _, _, _, _],
     4, 10, "△1", "40.0％", 6, "沖縄"),
]


def build_05(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "5月開始（確定）"
    ws["A1"] = "2024年度 加入拡大モデル単組 最終実績（5月開始）　九州沖縄ブロック"
    ws["A2"] = "2025年4月末確定値"
    fixed = ["県コード", "県名", "単組コード", "単組名", "組合員数", "団生保有",
             "加入率", "発効", "2022年度実績", "2023年度実績"]
    for i, h in enumerate(fixed, start=1):
        ws.cell(row=5, column=i, value=h).alignment = WRAP
    for start, label in ((11, "2022年度"), (24, "2023年度"), (37, "2024年度")):
        _group(ws, 4, start, start + (12 if start != 37 else 11), label)
        for k, m in enumerate(MAY):
            ws.cell(row=5, column=start + k, value=m)
        if start != 37:
            ws.cell(row=5, column=start + 12, value="4月累計")
    for i, h in enumerate(["累積件数", "目標件数", "前年比", "達成率", "残件数", "県名"], start=49):
        ws.cell(row=5, column=i, value=h)
    r = 6
    for row in F05_ROWS:
        (hidden, code, pref, ucode, name, mem, dan, rate, hakko, y22, y23,
         m22, c22, m23, c23, m24, cum, tgt, yoy, ach, rem, pref2) = row
        _put_row(ws, r, 1, [code, pref, ucode, name, mem, dan, rate, hakko, y22, y23])
        ws.cell(row=r, column=7).number_format = "0.0%"
        _put_row(ws, r, 11, m22)
        ws.cell(row=r, column=23, value=c22)
        _put_row(ws, r, 24, m23)
        ws.cell(row=r, column=36, value=c23)
        _put_row(ws, r, 37, m24)
        _put_row(ws, r, 49, [cum, tgt, yoy, ach, rem, pref2])
        if hidden:
            ws.row_dimensions[r].hidden = True
        r += 1
    # r == 12: 合計 (typed, stale like the 宮崎 row)
    ws.cell(row=r, column=4, value="合計")
    _put_row(ws, r, 5, [4400, 1758])
    _put_row(ws, r, 49, [89, 100, 2, "89.0％", 11])
    ws.cell(row=r + 1, column=1, value="※2025年4月末確定。前年比の△はマイナス")
    ws.column_dimensions["D"].width = 24
    ws.freeze_panes = "E6"
    wb.save(path)


# ---------------------------------------------------------------------------
# 06  北海道  (openpyxl, June start, cutoff 2024年12月, four years, 2021 hidden)
# ---------------------------------------------------------------------------
# per union: コード(県+単組), 県名, 単組名, 組合員数, 団生保有, 加入率, 発効,
#            2021年度実績, 2022年度実績, 2023年度実績,
#            months2021[12], 12月累計2021, months2022[12], 12月累計2022,
#            months2023[12], 12月累計2023, months2024[12],
#            累積件数, 目標件数, 前年比, 達成率, 残件数
D = "-"
F06_UNIONS = [
    ("01021", "北海道", "架空別市職員労働組合", 1130, 560, 0.496, "10月", 11, 17, 21,
     [1, 1, _, _, 6, 2, _, _, 1, _, _, _], 10,
     [_, 1, 1, 2, 8, 1, _, 2, _, 1, _, 1], 13,
     [2, 1, D, _, 10, 2, 1, 1, 3, _, 1, _], 16,
     [1, D, 2, 1, 12, 3, 2, _, _, _, _, _],
     21, 25, 5, 0.84, 4),
    ("01046", "北海道", "見本内町職員組合", 76, 30, 0.395, "7月", 0, 1, 2,
     [_, _, _, _, _, _, _, _, _, _, _, _], 0,
     [_, 1, _, _, _, _, _, _, _, _, _, _], 1,
     [_, 2, _, _, _, _, _, _, _, _, _, _], 2,
     [_, 3, D, D, D, D, D, _, _, _, _, _],
     3, "－", 1, _, _),
    ("01103", "北海道", "試験岳市職員組合", 2450, 1320, 0.539, "11月", 23, 32, 40,
     [2, 2, _, 1, 3, 12, 2, _, _, 1, _, _], 22,
     [1, 3, 1, 2, 4, 15, 3, _, 1, _, 2, _], 29,
     [2, 2, 2, 3, 5, 17, 4, 1, _, 2, 1, 1], 35,
     [3, 2, 1, 4, 6, 19, 5, _, _, _, _, _],
     40, 40, 5, 1.0, 0),
    ("01155", "北海道", "架空沢町職員組合", 188, 52, 0.277, "10月", 2, 4, 5,
     [_, _, _, _, 2, _, _, _, _, _, _, _], 2,
     [_, _, _, _, 3, _, _, _, _, _, 1, _], 3,
     [_, _, _, _, 4, 1, _, _, _, _, _, _], 5,
     [_, _, D, _, 2, _, D, _, _, _, _, _],
     2, 10, -3, 0.2, 8),
    ("01208", "北海道", "見本丘市職員労働組合", 530, 240, 0.453, "1月", 8, 12, 14,
     [_, _, _, _, _, 1, 4, 3, _, _, _, _], 5,
     [_, _, _, 1, _, 2, 6, 3, _, _, _, _], 9,
     [1, _, _, _, _, 2, 8, 2, _, _, _, 1], 11,
     [_, 1, _, _, _, 3, 9, _, _, _, _, _],
     13, 15, 2, 0.8666666666666667, 2),
]


def build_06(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "北海道"
    ws["A1"] = "2024年度 加入拡大モデル単組 北海道本部（6月開始）"
    ws["A2"] = "2024年12月末現在"
    fixed = ["コード", "県名", "単組名", "組合員数", "団生保有", "加入率", "発効",
             "2021年度実績", "2022年度実績", "2023年度実績"]
    for i, h in enumerate(fixed, start=1):
        ws.cell(row=4, column=i, value=h).alignment = WRAP
    # 2021 11..22 + 23; 2022 24..35 + 36; 2023 37..48 + 49; 2024 50..61
    for start, label in ((11, "2021年度"), (24, "2022年度"), (37, "2023年度"), (50, "2024年度")):
        _group(ws, 3, start, start + (12 if start != 50 else 11), label)
        for k, m in enumerate(JUNE):
            ws.cell(row=4, column=start + k, value=m)
        if start != 50:
            ws.cell(row=4, column=start + 12, value="12月累計")
    for i, h in enumerate(["累積件数", "目標件数", "前年比", "達成率", "残件数"], start=62):
        ws.cell(row=4, column=i, value=h)
    r = 5
    for u in F06_UNIONS:
        (code, pref, name, mem, dan, rate, hakko, y21, y22, y23,
         m21, c21, m22, c22, m23, c23, m24, cum, tgt, yoy, ach, rem) = u
        _put_row(ws, r, 1, [code, pref, name, mem, dan, rate, hakko, y21, y22, y23])
        ws.cell(row=r, column=6).number_format = "0.0%"
        _put_row(ws, r, 11, m21)
        ws.cell(row=r, column=23, value=c21)
        _put_row(ws, r, 24, m22)
        ws.cell(row=r, column=36, value=c22)
        _put_row(ws, r, 37, m23)
        ws.cell(row=r, column=49, value=c23)
        _put_row(ws, r, 50, m24)
        _put_row(ws, r, 62, [cum, tgt, yoy, ach, rem])
        ws.cell(row=r, column=65).number_format = "0.0%"
        r += 1
    # r == 10: 合計
    ws.cell(row=r, column=3, value="合計")
    _put_row(ws, r, 4, [4374, 2202])
    _put_row(ws, r, 62, [79, 90, 10, 0.8777777777777778, 11])
    ws.cell(row=r, column=65).number_format = "0.0%"
    ws.cell(row=r + 1, column=1, value="※「-」は実績なし。目標「－」は県本部と調整中")
    # the oldest year is kept but hidden: 2021年度実績 (H) and K..W
    ws.column_dimensions["H"].hidden = True
    for c in range(11, 24):
        ws.column_dimensions[L(c)].hidden = True
    ws.column_dimensions["C"].width = 24
    ws.freeze_panes = "D5"
    wb.save(path)


BUILDERS = {
    "01_東北_6月開始_今年度先頭.xlsx": build_01,
    "02_関東甲信_5月開始_前年度別シート.xlsx": build_02,
    "03_中国_6月開始.xls": build_03,
    "04_四国_6月開始_過去年度集約.xlsx": build_04,
    "05_九州沖縄_5月開始_確定値.xlsx": build_05,
    "06_北海道_6月開始_4年分.xlsx": build_06,
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
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp(prefix="legacy_grid2_"))
    for n, p in build(target).items():
        print(n, p)