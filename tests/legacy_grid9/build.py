"""Ninth independent fixture set: 加入拡大モデル単組 grids (Report A) meant to
measure GENERALISATION -- ordinary grid files as prefecture / block offices
would really make and send them, each combining 4-6 habits: about half
habits already met in tests/legacy_grid … legacy_grid8 (combined
differently), about half habits none of those sets has (marked NEW).
Made by a helper who never read the reader's code (only the docstrings of
the earlier sets' build.py, to tell seen habits from new ones).

All union names are invented (見本 / 試験 / 架空); no person's name appears.
All month counts are literals typed here by hand (sparse dicts
``{month: count}``; a missing month is a blank cell).  FY2024 (past years
2022 and 2023) in every file.  Expected readings are in expected.py (worked
out by hand, not produced by the tool).

The typed / cached derived cells in the files (N月累計, 年度計, 上期計, 累積件数,
前年比, 前年同期比, 達成率, 残件数, 小計 / 合計 rows, summary boxes) are what the
clerk's Excel would show: build.py fills them with Excel's SUM of the month
cells (``_xsum``), which LEAVES OUT text cells (「△1」「2件」「 2」) -- unless a
habit below says they are stale or have no cached value.  expected.py never
uses them: the month counts are the truth.

Files (writer / sheet / header rows / habits)
---------------------------------------------

01_北海道東北_6月開始_数式値なし.xlsx  -- openpyxl, sheet 「北海道東北」, June
    start, cutoff 2025年2月 (row 2 「2025年2月速報値（6月開始）」, headings
    「2月累計」).  Year groups row 4, headings row 5, data from row 6.
    Habits:
    * NEW: every derived cell -- 加入率, 2月累計, 年度計, 累積件数, 前年比,
      達成率 (=IF(目標=0,"",…)), 残件数 and the whole total row -- is a FORMULA
      written by the office's own script (openpyxl) and the file was never
      opened in Excel: NO CACHED VALUES at all (only the month cells, codes,
      組合員数, 団生保有 and 目標件数 are values);
    * NEW (small): headings in HALF-WIDTH KATAKANA 「県ｺｰﾄﾞ」「単組ｺｰﾄﾞ」;
    * NEW (small): the total row labelled 「総計」 (not 合計);
    * two-row heading, fixed columns merged vertically over rows 4-5, year
      groups merged over their columns (seen: legacy_grid 01);
    * 県コード typed as NUMBERS (1, 3, 4, 5, 60) (seen); 「－」 for nothing in
      some months (seen: legacy_grid2 06);
    * a 社保労連 (60) union below the total under a ※ note (seen).

02_関東甲信_5月開始_数式古い値.xlsx  -- XlsxWriter, sheet 「関東甲信」, MAY start,
    cutoff 2025年1月 (row 2 「2025年1月末現在」, headings 「1月累計」).  Year
    groups row 4, headings row 5, data from row 6.
    Habits:
    * NEW: the derived cells (加入率, 1月累計, 年度計, 累積件数, 前年比, 達成率,
      残件数, 合計 row) are formulas whose CACHED VALUES ARE STALE: after the
      file was last calculated, two month counts were corrected in a viewer
      that does not recalculate (試験飾区 2024年12月 1→3, 見本本市 2023年10月
      16→18; notes under the table say so) -- the cached 累計 / 累積 / 前年比 /
      達成率 / 残件数 of those two rows and of 合計 show the old figures;
    * NEW: 目標件数 is a FORMULA =ROUNDUP(組合員数*1.5%,0) (cached values
      correct), the rule in a note;
    * NEW: TWO target columns 「上期目標」 (=ROUNDUP(年間目標/2,0)) and
      「年間目標」 -- the target is 年間目標;
    * NO 県コード column, 県名 typed 「東京都本部」「山梨県本部」「長野県本部」
      (seen: legacy_grid 02, legacy_grid4 02);
    * month headings are REAL DATES (2022-05-01 …) shown as m"月" (seen);
      備考 at the right end (seen).

03_中部_6月開始_上期下期2段.xlsx  -- openpyxl, sheet 「中部」, June start, cutoff
    2024年12月 (row 2 「令和6年12月末現在」).
    Habits:
    * NEW: the months run across TWO TABLES ON THE SAME SHEET: the upper
      table 「【上期（6月～11月）】」 (rows 4-12) holds every fixed column
      (県コード … 目標件数) and, per year, 6月…11月 + 「上期計」; the lower
      table 「【下期（12月～5月）】」 (rows 15-23) repeats 県コード / 県名 /
      単組コード / 単組名 and holds 12月…5月 per year, the past years'
      「12月累計」「年度計」 (they include 上期, note under it), then 累積件数 /
      前年比 / 達成率 / 残件数; the unions in the same order in both tables, each
      table with its own 合計 row (the two-sheet form was legacy_grid8 01);
    * NEW (small): cancellations typed 「△1」 (text) in two month cells, note
      「※△は解約（取消）による減」 -- Excel's SUM leaves them out, so the typed
      totals of those rows are one too high;
    * 令和 year groups 「R4年度」「R5年度」「R6年度」 and 「令和6年12月末現在」
      (seen: legacy_grid 03, legacy_grid8 03); a December cutoff (seen);
    * 県名 with the 県 suffix, 県コード typed as text (seen); 「上期計」
      half-year subtotal columns (seen: legacy_grid8 01); frozen panes (seen).

04_近畿_5月開始_テーブル列名.xlsx  -- openpyxl, sheet 「近畿」, MAY start, cutoff
    2025年3月 (row 2 「2025年3月末現在」, headings 「3月累計」).
    Habits:
    * NEW: the grid is an Excel TABLE (「テーブル1」, A5:BA10) whose duplicate
      month headings were RENAMED BY EXCEL when the range became a table:
      「5月」…「4月」「3月累計」「年度計」 (2022), 「5月2」…「4月2」「3月累計2」
      「年度計2」 (2023), 「5月3」…「4月3」 (2024); the year groups 「2022年度」
      「2023年度」「2024年度」 sit in row 4 ABOVE the table (merged, outside
      it); no total row (a table is seen: legacy_grid5 06, there with unique
      「2022年6月」 headings);
    * NEW: COLOURS WITH MEANING and a legend 「凡例」 top right: a RED fill on a
      blank month = 未報告 (not reported yet: 試験山市 2-3月, 見本石市 1-3月),
      YELLOW = 前回報告から修正; a note under the table repeats it;
    * 県コード and 単組コード typed as NUMBERS (26, 1 → 001) (seen);
    * counts typed as TEXT with 「件」 in three month cells (seen:
      legacy_grid3 03, legacy_grid7 04); one 団生保有 above 組合員数 (seen).

05_中国四国_6月開始_県支部小計.xlsx  -- XlsxWriter, June start, cutoff 2025年2月
    (row 2 「2025年2月速報値（6月開始）」, headings 「2月末累計」).  Sheets
    「集計表」 (the grid; year groups row 4, headings row 5, data from row 6),
    「グラフ」, 「印刷用」 (ACTIVE when the file opens), 「メモ」.
    Habits:
    * NEW: a subtotal row per 県支部 「鳥取県支部　小計」 (label in the 単組名
      column) made with SUBTOTAL(9,…) in every count column, and a 合計 row
      =SUBTOTAL(9, all rows) (cached values stored);
    * NEW: EXTRA UNRELATED SHEETS: 「グラフ」 is a worksheet with a small
      chart-data table (単組名｜目標件数｜累積件数｜達成率) and a column chart;
      「印刷用」 is a values copy of the current-year part for a meeting
      (県名｜単組名｜目標件数｜累積件数｜達成率｜残件数) and is the active sheet;
      「メモ」 holds notes;
    * NEW (small): the clerk's 前年比 column is headed 「前年同期比」 and is a
      RATIO (累積 / 前年2月末累計, 0.0%), not HQ's difference;
    * two-row heading, fixed columns merged vertically (seen); 単組コード
      typed as NUMBERS (seen); 「2月末累計」 (seen: legacy_grid3 01); derived
      cells as formulas with cached results (seen: legacy_grid5 03).

06_鹿児島_6月開始_合併と追加.xlsx  -- openpyxl, sheet 「鹿児島」, June start,
    cutoff 2025年1月 given ONLY in split cells (row 2: 「集計月」｜2025｜年｜1｜
    「月末現在」); the past cumulative columns are headed 「同月累計」.
    Headings rows 4-5, data from row 6.
    Habits:
    * NEW: 合併: 「架空島市職員労働組合」 was formed in 2024年4月 by merging two
      unions; its row holds the predecessors' past months added up, and two
      grey reference rows 「（旧）架空島市職員組合」「（旧）架空崎町職員組合」
      (no 単組コード, no 目標, past months only, 備考 「2024年4月合併…」) follow
      it; notes under the table explain -- the 旧 rows are not unions;
    * NEW: a union that JOINED MID-YEAR (新規加盟 2024年10月) is appended BELOW
      the 合計 row under a note saying it is a model union added after the
      合計 was set up; its past years 「－」, its months before 10月 blank --
      it is a union of this year's grid and of the national total;
    * NEW: the cutoff split over cells (「集計月」 2025 「年」 1 「月末現在」) with
      「同月累計」 headings (「同月累計」 seen: legacy_grid4 06);
    * ONE PREFECTURE'S OWN FILE named only in the title 「自治労鹿児島県本部」
      (seen: legacy_grid5 05, legacy_grid6 07): every union is 鹿児島 (48);
    * month headings 「6月分」… (seen); typed 「前々年度実績」「前年度実績」
      (seen).

07_本部様式_6月開始_5月参考.xls  -- openpyxl, then LibreOffice → .xls (BIFF8).
    HQ's own layout, cutoff 2025年1月.
    Habits:
    * NEW: the SAME GRID TWICE, as HQ publishes it: sheet 1 「6月開始」 (first,
      active; title 「…過去2年実績（6月開始）」) and sheet 2 「5月開始（参考）」,
      the same unions with the months regrouped on a May start (2022年5月 …
      2025年4月) and May-start 「1月累計」 / 累積件数 / summary box -- the grid
      of the file is the 6月開始 one;
    * NEW (small): month counts pasted from another system as TEXT with a stray
      space 「 2」「 1」「1 」 (three cells);
    * HQ's headings 「自治労県コード」「加入拡大モデル単組」, typed
      「2022年度実績」「2023年度実績」 among the fixed columns and 県名 repeated
      at the right end (seen: legacy_grid 01, legacy_grid8 01);
    * a summary box (取組単組｜目標｜実績｜到達率｜目標達成単組) ABOVE the grid
      (seen: legacy_grid3 04, here with current values);
    * a 社保労連 (60) union below 合計 under a ※ note (seen); legacy .xls (seen).
"""
from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import xlsxwriter
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter as L
from openpyxl.worksheet.table import Table, TableStyleInfo

JUNE = [6, 7, 8, 9, 10, 11, 12, 1, 2, 3, 4, 5]
MAY = [5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3, 4]
BOLD = Font(bold=True)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def _n(v):
    """What Excel's SUM takes from a cell: numbers only (text is left out)."""
    return v if isinstance(v, (int, float)) and not isinstance(v, bool) else 0


def _xsum(months: dict, which) -> int:
    return sum(_n(months.get(m)) for m in which)


def _upto(order, cutoff):
    return order[: order.index(cutoff) + 1]


def _merge(ws, r1, c1, r2, c2, value, bold=False):
    ws.cell(r1, c1, value)
    ws.cell(r1, c1).alignment = CENTER
    if bold:
        ws.cell(r1, c1).font = BOLD
    if (r1, c1) != (r2, c2):
        ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)


def _ratio(a, b):
    return round(a / b, 4) if b else None


# ---------------------------------------------------------------------------
# 01 北海道東北: formulas with no cached values, half-width katakana headings
# ---------------------------------------------------------------------------
# 県コード, 県名, 単組コード, 単組名, 組合員数, 団生保有, 発効, 目標, m2022, m2023, m2024
U01 = [
    (1, "北海道", "012", "見本広市職員労働組合", 1560, 720, "10月", 30,
     {6: 1, 8: 2, 10: 14, 11: 1, 1: 2, 3: 1, 4: 2},
     {7: 1, 10: 16, 12: 2, 2: 1, 5: 3},
     {6: 2, 9: 1, 10: 18, 11: 2, 1: 1, 2: "－"}),
    (1, "北海道", "047", "試験路市職員組合", 830, 410, "7月", 12,
     {7: 3, 9: 1, 12: 1, 5: 1},
     {7: 4, 11: "－", 1: 1, 4: 1},
     {7: 5, 8: 1, 12: 2, 2: 1}),
    (3, "青森", "008", "架空前市職員労働組合", 1120, 480, "10月", 20,
     {10: 11, 11: 2, 2: 1, 4: 1},
     {6: 1, 10: 12, 1: 2, 3: 2},
     {10: 15, 11: 3, 12: 1, 1: 2, 2: 1}),
    (4, "岩手", "015", "見本関市職員組合", 560, 600, "4月", 8,
     {4: 5, 5: 1},
     {8: 1, 4: 6},
     {8: 1, 12: "－", 2: 1}),
    (5, "宮城", "003", "試験台市職員労働組合", 4850, 2300, "10月", 60,
     {6: 2, 7: 1, 9: 3, 10: 35, 11: 4, 12: 2, 1: 1, 2: 2, 3: 1, 5: 2},
     {6: 3, 8: 2, 10: 38, 11: 3, 12: 1, 2: 2, 4: 1},
     {6: 1, 7: 2, 8: 1, 10: 41, 11: 4, 12: 2, 1: 3, 2: 2}),
]
SHAHO01 = (60, "社保労連", "005", "架空保険事務職員労働組合", 3900, 1250, "10月", 35,
           {6: 1, 10: 20, 11: 2, 1: 1, 4: 1},
           {7: 1, 10: 22, 12: 1, 3: 2},
           {6: 2, 10: 24, 11: 1, 2: 1})


def build_01(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "北海道東北"
    ws["A1"] = "2024年度　加入拡大モデル単組　月別実績（北海道・東北ブロック）"
    ws["A1"].font = BOLD
    ws["A2"] = "2025年2月速報値（6月開始）"
    fixed = ["県ｺｰﾄﾞ", "県名", "単組ｺｰﾄﾞ", "単組名", "組合員数", "団生保有", "加入率", "発効"]
    for i, h in enumerate(fixed, start=1):
        _merge(ws, 4, i, 5, i, h)
    starts = {2022: 9, 2023: 23, 2024: 37}
    for y, c in starts.items():
        width = 14 if y < 2024 else 12
        _merge(ws, 4, c, 4, c + width - 1, f"{y}年度")
        for k, m in enumerate(JUNE):
            ws.cell(5, c + k, f"{m}月").alignment = CENTER
        if y < 2024:
            ws.cell(5, c + 12, "2月累計").alignment = CENTER
            ws.cell(5, c + 13, "年度計").alignment = CENTER
    T = 49  # 累積件数, 目標件数, 前年比, 達成率, 残件数
    for i, h in enumerate(["累積件数", "目標件数", "前年比", "達成率", "残件数"]):
        _merge(ws, 4, T + i, 5, T + i, h)

    def formulas(r, top=None, bottom=None):
        """Derived cells of row r as formulas; for a total row (top/bottom) the
        count columns are SUMs over the union rows."""
        if top is not None:
            cols = [5, 6, T + 1]
            for y, c in starts.items():
                cols += list(range(c, c + 12))
            for c in cols:
                ws.cell(r, c, f"=SUM({L(c)}{top}:{L(c)}{bottom})")
        ws.cell(r, 7, f"=IF(E{r}=0,\"\",F{r}/E{r})").number_format = "0.0%"
        for y in (2022, 2023):
            c = starts[y]
            ws.cell(r, c + 12, f"=SUM({L(c)}{r}:{L(c + 8)}{r})")
            ws.cell(r, c + 13, f"=SUM({L(c)}{r}:{L(c + 11)}{r})")
        c = starts[2024]
        ws.cell(r, T, f"=SUM({L(c)}{r}:{L(c + 8)}{r})")
        ws.cell(r, T + 2, f"={L(T)}{r}-{L(starts[2023] + 12)}{r}")
        ws.cell(r, T + 3, f"=IF({L(T + 1)}{r}=0,\"\",{L(T)}{r}/{L(T + 1)}{r})").number_format = "0.0%"
        ws.cell(r, T + 4, f"={L(T + 1)}{r}-{L(T)}{r}")

    def union(r, u):
        kc, ken, tc, name, mem, dan, hakko, goal, *ms = u
        for i, v in enumerate([kc, ken, tc, name, mem, dan], start=1):
            ws.cell(r, i, v)
        ws.cell(r, 8, hakko)
        ws.cell(r, T + 1, goal)
        for y, md in zip((2022, 2023, 2024), ms):
            for k, m in enumerate(JUNE):
                if m in md:
                    ws.cell(r, starts[y] + k, md[m])
                    if isinstance(md[m], str):
                        ws.cell(r, starts[y] + k).alignment = Alignment(horizontal="center")
        formulas(r)

    r = 6
    for u in U01:
        union(r, u)
        r += 1
    _merge(ws, r, 1, r, 4, "総計", bold=True)
    formulas(r, top=6, bottom=r - 1)
    ws.cell(r + 2, 1, "※社保労連は全国集計の対象外です（参考掲載）。")
    union(r + 3, SHAHO01)
    ws.cell(r + 5, 1, "※「－」は該当なし。累計・年度計・累積件数などは自動計算（集計用マクロで作成）。")
    ws.freeze_panes = "E6"
    wb.save(path)


# ---------------------------------------------------------------------------
# 02 関東甲信: formulas with STALE cached values, target as a formula
# ---------------------------------------------------------------------------
# 県名, 単組コード, 単組名, 組合員数, 団生保有, 発効, m2022, m2023, m2024 (the truth),
# and the month cells as they were when the file was last calculated (y, m) -> old
U02 = [
    ("東京都本部", "103", "見本並区職員労働組合", 2480, 1150, "10月",
     {5: 1, 6: 2, 10: 20, 11: 2, 1: 1, 3: 2},
     {5: 2, 7: 1, 10: 22, 12: 3, 2: 1, 4: 1},
     {5: 1, 6: 1, 10: 25, 11: 2, 12: 1, 1: 2}, {}, ""),
    ("東京都本部", "118", "試験飾区職員労働組合", 1350, 700, "10月",
     {10: 12, 12: 1, 2: 1},
     {6: 1, 10: 13, 11: 1, 4: 2},
     {10: 14, 11: 2, 12: 3, 1: 1}, {(2024, 12): 1}, "12月分修正（1→3）"),
    ("山梨県本部", "002", "架空府市職員労働組合", 1040, 520, "7月",
     {7: 6, 8: 1, 1: 1, 4: 1},
     {7: 7, 9: 1, 3: 1},
     {5: 1, 7: 9, 8: 2, 10: 1, 1: 4}, {}, ""),
    ("長野県本部", "011", "見本本市職員労働組合", 1900, 940, "10月",
     {5: 1, 10: 17, 11: 1, 12: 1, 2: 2},
     {6: 2, 10: 18, 1: 1, 4: 1},
     {6: 1, 10: 19, 11: 1, 12: 1}, {(2023, 10): 16}, "2023年10月分修正（16→18）"),
    ("長野県本部", "034", "試験谷市職員組合", 460, 150, "4月",
     {4: 3},
     {9: 1, 4: 4},
     {9: 1, 1: 1}, {}, ""),
]


def _roundup(x: float) -> int:
    i = int(x)
    return i if i == x else i + 1


def build_02(path: Path) -> None:
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("関東甲信")
    bold = wb.add_format({"bold": True})
    head = wb.add_format({"bold": True, "align": "center", "valign": "vcenter", "text_wrap": True,
                          "border": 1, "bg_color": "#DDEBF7"})
    mhead = wb.add_format({"bold": True, "align": "center", "border": 1, "bg_color": "#DDEBF7",
                           "num_format": 'm"月"'})
    cell = wb.add_format({"border": 1})
    pct = wb.add_format({"border": 1, "num_format": "0.0%"})
    upto = _upto(MAY, 1)
    ws.write(0, 0, "2024年度　加入拡大モデル単組　実績表（関東甲信ブロック・5月開始）", bold)
    ws.write(1, 0, "2025年1月末現在")
    fixed = ["県名", "単組\nコード", "単組名", "組合員数", "団生保有", "加入率", "発効",
             "上期目標", "年間目標"]
    for i, h in enumerate(fixed):
        ws.merge_range(3, i, 4, i, h, head)
    starts = {2022: 9, 2023: 23, 2024: 37}
    for y, c in starts.items():
        width = 14 if y < 2024 else 12
        ws.merge_range(3, c, 3, c + width - 1, f"{y}年度", head)
        for k, m in enumerate(MAY):
            ws.write_datetime(4, c + k, dt.datetime(y if m >= 5 else y + 1, m, 1), mhead)
        if y < 2024:
            ws.write(4, c + 12, "1月累計", head)
            ws.write(4, c + 13, "年度計", head)
    T = 49
    for i, h in enumerate(["累積件数", "前年比", "達成率", "残件数", "備考"]):
        ws.merge_range(3, T + i, 4, T + i, h, head)

    def A(r, c):  # A1 reference of 0-based (r, c)
        return f"{L(c + 1)}{r + 1}"

    r = 5
    first = r
    old_rows = []
    for u in U02:
        ken, tc, name, mem, dan, hakko, m22, m23, m24, old, note = u
        goal = _roundup(mem * 15 / 1000)
        half = _roundup(goal / 2)
        olds = {}
        for y, md in ((2022, m22), (2023, m23), (2024, m24)):
            o = dict(md)
            for (oy, om), v in old.items():
                if oy == y:
                    o[om] = v
            olds[y] = o
        old_rows.append(olds)
        ws.write(r, 0, ken, cell)
        ws.write_string(r, 1, tc, cell)
        ws.write(r, 2, name, cell)
        ws.write_number(r, 3, mem, cell)
        ws.write_number(r, 4, dan, cell)
        ws.write_formula(r, 5, f"={A(r, 4)}/{A(r, 3)}", pct, dan / mem)
        ws.write(r, 6, hakko, cell)
        ws.write_formula(r, 7, f"=ROUNDUP({A(r, 8)}/2,0)", cell, half)
        ws.write_formula(r, 8, f"=ROUNDUP({A(r, 3)}*1.5%,0)", cell, goal)
        for y, md in ((2022, m22), (2023, m23), (2024, m24)):
            c = starts[y]
            for k, m in enumerate(MAY):
                if m in md:
                    ws.write_number(r, c + k, md[m], cell)
                else:
                    ws.write_blank(r, c + k, None, cell)
            if y < 2024:
                ws.write_formula(r, c + 12, f"=SUM({A(r, c)}:{A(r, c + 8)})", cell,
                                 _xsum(olds[y], upto))
                ws.write_formula(r, c + 13, f"=SUM({A(r, c)}:{A(r, c + 11)})", cell,
                                 _xsum(olds[y], MAY))
        c = starts[2024]
        ru = _xsum(olds[2024], upto)
        ws.write_formula(r, T, f"=SUM({A(r, c)}:{A(r, c + 8)})", cell, ru)
        ws.write_formula(r, T + 1, f"={A(r, T)}-{A(r, starts[2023] + 12)}", cell,
                         ru - _xsum(olds[2023], upto))
        ws.write_formula(r, T + 2, f'=IF({A(r, 8)}=0,"",{A(r, T)}/{A(r, 8)})', pct, ru / goal)
        ws.write_formula(r, T + 3, f"={A(r, 8)}-{A(r, T)}", cell, goal - ru)
        ws.write(r, T + 4, note, cell)
        r += 1
    last = r - 1
    # 合計 row: SUM formulas, cached with the old (stale) figures
    ws.merge_range(r, 0, r, 2, "合計", head)
    goals = [_roundup(u[3] * 15 / 1000) for u in U02]
    ws.write_formula(r, 3, f"=SUM({A(first, 3)}:{A(last, 3)})", cell, sum(u[3] for u in U02))
    ws.write_formula(r, 4, f"=SUM({A(first, 4)}:{A(last, 4)})", cell, sum(u[4] for u in U02))
    ws.write_formula(r, 5, f"={A(r, 4)}/{A(r, 3)}", pct,
                     sum(u[4] for u in U02) / sum(u[3] for u in U02))
    ws.write_formula(r, 7, f"=SUM({A(first, 7)}:{A(last, 7)})", cell,
                     sum(_roundup(g / 2) for g in goals))
    ws.write_formula(r, 8, f"=SUM({A(first, 8)}:{A(last, 8)})", cell, sum(goals))
    for y in (2022, 2023, 2024):
        c = starts[y]
        for k, m in enumerate(MAY):
            ws.write_formula(r, c + k, f"=SUM({A(first, c + k)}:{A(last, c + k)})", cell,
                             sum(_n(o[y].get(m)) for o in old_rows))
        if y < 2024:
            ws.write_formula(r, c + 12, f"=SUM({A(r, c)}:{A(r, c + 8)})", cell,
                             sum(_xsum(o[y], upto) for o in old_rows))
            ws.write_formula(r, c + 13, f"=SUM({A(r, c)}:{A(r, c + 11)})", cell,
                             sum(_xsum(o[y], MAY) for o in old_rows))
    tr = sum(_xsum(o[2024], upto) for o in old_rows)
    ws.write_formula(r, T, f"=SUM({A(r, starts[2024])}:{A(r, starts[2024] + 8)})", cell, tr)
    ws.write_formula(r, T + 1, f"={A(r, T)}-{A(r, starts[2023] + 12)}", cell,
                     tr - sum(_xsum(o[2023], upto) for o in old_rows))
    ws.write_formula(r, T + 2, f'=IF({A(r, 8)}=0,"",{A(r, T)}/{A(r, 8)})', pct, tr / sum(goals))
    ws.write_formula(r, T + 3, f"={A(r, 8)}-{A(r, T)}", cell, sum(goals) - tr)
    ws.write(r + 2, 0, "※年間目標＝組合員数×1.5％（小数点以下切り上げ）、上期目標＝年間目標÷2（切り上げ）。")
    ws.write(r + 3, 0, "※1月28日　試験飾区職員労働組合の2024年12月分を修正（1件→3件）。")
    ws.write(r + 4, 0, "※1月28日　見本本市職員労働組合の2023年10月分を修正（16件→18件）。")
    ws.freeze_panes(5, 3)
    ws.set_column(0, 0, 12)
    ws.set_column(2, 2, 22)
    wb.close()


# ---------------------------------------------------------------------------
# 03 中部: 上期 / 下期 as two tables on one sheet, 「△1」
# ---------------------------------------------------------------------------
# 県コード, 県名, 単組コード, 単組名, 組合員数, 団生保有, 発効, 目標, m2022, m2023, m2024
U03 = [
    ("09", "新潟県", "014", "見本潟市職員労働組合", 3200, 1480, "10月", 45,
     {6: 2, 7: 1, 10: 28, 11: 3, 12: 2, 1: 1, 3: 2},
     {6: 1, 8: 2, 10: 30, 11: 2, 12: 1, 2: 2, 5: 1},
     {6: 3, 7: "△1", 10: 33, 11: 2, 12: 3}),
    ("19", "富山県", "006", "試験岡市職員組合", 1280, 560, "10月", 18,
     {10: 10, 12: 1, 4: 1},
     {7: 1, 10: 11, 2: 1},
     {10: 13, 11: 1, 12: 2}),
    ("20", "石川県", "002", "架空沢市職員労働組合", 2150, 1020, "7月", 30,
     {7: 18, 8: 2, 11: 1, 1: 2, 5: 1},
     {7: 20, 9: 1, 12: "△1", 3: 1},
     {7: 24, 8: 3, 10: 1, 12: 2}),
    ("21", "福井県", "010", "見本井市職員組合", 720, 300, "10月", 10,
     {10: 5, 2: 1},
     {10: 6, 11: 1},
     {10: 4, 12: 1}),
    ("22", "静岡県", "031", "試験松市職員労働組合", 4100, 1750, "10月", 55,
     {6: 2, 9: 1, 10: 33, 11: 4, 12: 1, 1: 2, 4: 3},
     {6: 1, 7: 2, 10: 35, 11: 3, 12: 2, 3: 1, 5: 2},
     {6: 2, 8: 1, 10: 38, 11: 2, 12: 1}),
]
ERA = {2022: "R4年度", 2023: "R5年度", 2024: "R6年度"}


def build_03(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "中部"
    first_half, second_half = JUNE[:6], JUNE[6:]
    upto = _upto(JUNE, 12)
    years = (2022, 2023, 2024)
    ws["A1"] = "令和6年度　加入拡大モデル単組　取組状況（中部ブロック・6月開始）"
    ws["A1"].font = BOLD
    ws["A2"] = "令和6年12月末現在"

    # --- upper table: 上期 -------------------------------------------------
    ws["A4"] = "【上期（6月～11月）】"
    ws["A4"].font = BOLD
    fixed = ["県コード", "県名", "単組コード", "単組名", "組合員数", "団生保有", "加入率", "発効", "目標件数"]
    for i, h in enumerate(fixed, start=1):
        _merge(ws, 5, i, 6, i, h)
    ust = {2022: 10, 2023: 17, 2024: 24}
    for y, c in ust.items():
        _merge(ws, 5, c, 5, c + 6, ERA[y])
        for k, m in enumerate(first_half):
            ws.cell(6, c + k, f"{m}月").alignment = CENTER
        ws.cell(6, c + 6, "上期計").alignment = CENTER
    r = 7
    for u in U03:
        kc, ken, tc, name, mem, dan, hakko, goal, *ms = u
        for i, v in enumerate([kc, ken, tc, name, mem, dan, round(dan / mem, 4), hakko, goal], start=1):
            ws.cell(r, i, v)
        ws.cell(r, 7).number_format = "0.0%"
        for y, md in zip(years, ms):
            c = ust[y]
            for k, m in enumerate(first_half):
                if m in md:
                    ws.cell(r, c + k, md[m])
            ws.cell(r, c + 6, _xsum(md, first_half))
        r += 1
    _merge(ws, r, 1, r, 4, "合計", bold=True)
    ws.cell(r, 5, sum(u[4] for u in U03))
    ws.cell(r, 6, sum(u[5] for u in U03))
    ws.cell(r, 9, sum(u[7] for u in U03))
    for y_i, y in enumerate(years):
        c = ust[y]
        for k, m in enumerate(first_half):
            ws.cell(r, c + k, sum(_n(u[8 + y_i].get(m)) for u in U03))
        ws.cell(r, c + 6, sum(_xsum(u[8 + y_i], first_half) for u in U03))

    # --- lower table: 下期 -------------------------------------------------
    top = r + 3  # two blank rows
    ws.cell(top, 1, "【下期（12月～5月）】").font = BOLD
    for i, h in enumerate(fixed[:4], start=1):
        _merge(ws, top + 1, i, top + 2, i, h)
    dst = {2022: 5, 2023: 13, 2024: 21}
    for y, c in dst.items():
        width = 8 if y < 2024 else 6
        _merge(ws, top + 1, c, top + 1, c + width - 1, ERA[y])
        for k, m in enumerate(second_half):
            ws.cell(top + 2, c + k, f"{m}月").alignment = CENTER
        if y < 2024:
            ws.cell(top + 2, c + 6, "12月累計").alignment = CENTER
            ws.cell(top + 2, c + 7, "年度計").alignment = CENTER
    T = 27
    for i, h in enumerate(["累積件数", "前年比", "達成率", "残件数"]):
        _merge(ws, top + 1, T + i, top + 2, T + i, h)
    r = top + 3
    for u in U03:
        kc, ken, tc, name, mem, dan, hakko, goal, *ms = u
        for i, v in enumerate([kc, ken, tc, name], start=1):
            ws.cell(r, i, v)
        for y, md in zip(years, ms):
            c = dst[y]
            for k, m in enumerate(second_half):
                if m in md:
                    ws.cell(r, c + k, md[m])
            if y < 2024:
                ws.cell(r, c + 6, _xsum(md, upto))
                ws.cell(r, c + 7, _xsum(md, JUNE))
        ru = _xsum(ms[2], upto)
        ws.cell(r, T, ru)
        ws.cell(r, T + 1, ru - _xsum(ms[1], upto))
        ws.cell(r, T + 2, _ratio(ru, goal)).number_format = "0.0%"
        ws.cell(r, T + 3, goal - ru)
        r += 1
    _merge(ws, r, 1, r, 4, "合計", bold=True)
    for y_i, y in enumerate(years):
        c = dst[y]
        for k, m in enumerate(second_half):
            ws.cell(r, c + k, sum(_n(u[8 + y_i].get(m)) for u in U03))
        if y < 2024:
            ws.cell(r, c + 6, sum(_xsum(u[8 + y_i], upto) for u in U03))
            ws.cell(r, c + 7, sum(_xsum(u[8 + y_i], JUNE) for u in U03))
    tr = sum(_xsum(u[10], upto) for u in U03)
    tg = sum(u[7] for u in U03)
    ws.cell(r, T, tr)
    ws.cell(r, T + 1, tr - sum(_xsum(u[9], upto) for u in U03))
    ws.cell(r, T + 2, _ratio(tr, tg)).number_format = "0.0%"
    ws.cell(r, T + 3, tg - tr)
    ws.cell(r + 2, 1, "※12月累計・年度計・累積件数は上期（上の表）の件数を含みます。目標件数は上の表を参照。")
    ws.cell(r + 3, 1, "※「△1」は解約（取消）による減です。")
    ws.freeze_panes = "E7"
    wb.save(path)


# ---------------------------------------------------------------------------
# 04 近畿: Excel table with renamed duplicate headings, colours with a legend
# ---------------------------------------------------------------------------
RED = PatternFill("solid", fgColor="FFFF0000")
YELLOW = PatternFill("solid", fgColor="FFFFFF00")
# 県コード, 県名, 単組コード, 単組名, 組合員数, 団生保有, 発効, 目標, m2022, m2023, m2024,
# red (2024 months not reported), yellow (2024 months corrected)
U04 = [
    (26, "滋賀", 1, "見本津市職員労働組合", 1980, 880, "10月", 28,
     {5: 1, 7: 1, 10: 18, 11: 2, 1: 1, 3: 1, 4: 2},
     {6: 2, 10: 19, 12: 1, 2: "2件", 4: 1},
     {5: 2, 10: 21, 11: 1, 1: "1件", 3: 1}, (), ()),
    (27, "京都", 42, "試験山市職員組合", 640, 250, "7月", 9,
     {7: 4, 9: 1, 4: 1},
     {7: 5, 1: 1},
     {7: 6, 8: 1}, (2, 3), ()),
    (30, "大阪", 105, "架空中市職員労働組合", 2760, 1300, "10月", 40,
     {5: 2, 6: 1, 10: 26, 11: 3, 12: 1, 2: 2, 4: 1},
     {5: 1, 8: 2, 10: 28, 12: 2, 1: 1, 3: 2, 4: 1},
     {5: 3, 10: 30, 11: 2, 12: "3件", 1: 1, 2: 2, 3: 1}, (), (12,)),
    (32, "兵庫", 77, "見本石市職員組合", 1150, 1210, "10月", 16,
     {10: 9, 12: 1, 3: 1},
     {10: 10, 11: 1, 2: 1, 4: 2},
     {10: 8, 11: 1}, (1, 2, 3), ()),
    (28, "奈良", 8, "試験和市職員労働組合", 860, 390, "4月", 12,
     {4: 6, 5: 1},
     {5: 1, 4: 7},
     {6: 1, 9: 1, 3: 2}, (), ()),
]


def build_04(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "近畿"
    upto = _upto(MAY, 3)
    ws["A1"] = "2024年度　加入拡大モデル単組　実績（近畿ブロック・5月開始）"
    ws["A1"].font = BOLD
    ws["A2"] = "2025年3月末現在"
    # legend, top right
    ws["P1"] = "凡例"
    ws["P1"].font = BOLD
    ws["Q1"].fill = RED
    ws["R1"] = "未報告（報告があり次第入力）"
    ws["Q2"].fill = YELLOW
    ws["R2"] = "前回報告から修正"
    heads = ["県コード", "県名", "単組コード", "単組名", "組合員数", "団生保有", "加入率", "発効", "目標件数"]
    starts = {2022: 10, 2023: 24, 2024: 38}
    for y, c in starts.items():
        suffix = {2022: "", 2023: "2", 2024: "3"}[y]
        width = 14 if y < 2024 else 12
        _merge(ws, 4, c, 4, c + width - 1, f"{y}年度")
        heads += [f"{m}月{suffix}" for m in MAY]
        if y < 2024:
            heads += [f"3月累計{suffix}", f"年度計{suffix}"]
    heads += ["累積件数", "前年比", "達成率", "残件数"]
    T = 50
    assert len(heads) == T + 3
    for i, h in enumerate(heads, start=1):
        ws.cell(5, i, h).alignment = CENTER
    r = 6
    for u in U04:
        kc, ken, tc, name, mem, dan, hakko, goal, m22, m23, m24, red, yellow = u
        for i, v in enumerate([kc, ken, tc, name, mem, dan, round(dan / mem, 4), hakko, goal], start=1):
            ws.cell(r, i, v)
        ws.cell(r, 7).number_format = "0.0%"
        for y, md in ((2022, m22), (2023, m23), (2024, m24)):
            c = starts[y]
            for k, m in enumerate(MAY):
                if m in md:
                    ws.cell(r, c + k, md[m])
                    if isinstance(md[m], str):
                        ws.cell(r, c + k).alignment = Alignment(horizontal="right")
                if y == 2024 and m in red:
                    ws.cell(r, c + k).fill = RED
                if y == 2024 and m in yellow:
                    ws.cell(r, c + k).fill = YELLOW
            if y < 2024:
                ws.cell(r, c + 12, _xsum(md, upto))
                ws.cell(r, c + 13, _xsum(md, MAY))
        ru = _xsum(m24, upto)
        ws.cell(r, T, ru)
        ws.cell(r, T + 1, ru - _xsum(m23, upto))
        ws.cell(r, T + 2, _ratio(ru, goal)).number_format = "0.0%"
        ws.cell(r, T + 3, goal - ru)
        r += 1
    tab = Table(displayName="テーブル1", ref=f"A5:{L(T + 3)}{r - 1}")
    tab.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showFirstColumn=False,
                                        showLastColumn=False, showRowStripes=True,
                                        showColumnStripes=False)
    ws.add_table(tab)
    ws.cell(r + 1, 1, "※赤色のセルは未報告の月です（報告があり次第入力します）。黄色のセルは前回報告から修正した月です。")
    ws.freeze_panes = "E6"
    wb.save(path)


# ---------------------------------------------------------------------------
# 05 中国四国: 県支部 subtotal rows (SUBTOTAL), extra sheets, 前年同期比
# ---------------------------------------------------------------------------
# 県支部, 県コード, 県名, 単組コード, 単組名, 組合員数, 団生保有, 発効, 目標, m2022, m2023, m2024
U05 = [
    ("鳥取県支部", "35", "鳥取", 4, "見本取市職員労働組合", 1420, 650, "10月", 22,
     {6: 1, 10: 14, 11: 1, 1: 1, 3: 1},
     {7: 2, 10: 15, 12: 1, 2: 1, 5: 1},
     {6: 1, 10: 16, 11: 2, 1: 1, 2: 2}),
    ("鳥取県支部", "35", "鳥取", 19, "試験子市職員組合", 610, 230, "7月", 8,
     {7: 3, 12: 1, 4: 1},
     {7: 3, 9: 1},
     {7: 2, 11: 1}),
    ("岡山県支部", "33", "岡山", 22, "架空敷市職員労働組合", 3050, 1480, "10月", 45,
     {6: 2, 8: 1, 10: 30, 11: 3, 12: 1, 2: 2, 3: 1, 5: 1},
     {6: 1, 10: 31, 11: 2, 1: 2, 2: 1, 4: 2},
     {6: 2, 7: 1, 10: 33, 11: 1, 12: 2, 1: 1, 2: 2}),
    ("香川県支部", "38", "香川", 1, "見本松市職員労働組合", 2280, 1060, "10月", 32,
     {6: 1, 10: 22, 12: 2, 1: 1, 4: 2},
     {5: 1, 7: 1, 10: 23, 11: 1, 2: 2},
     {6: 1, 10: 25, 11: 2, 12: 1, 2: 1}),
    ("香川県支部", "38", "香川", 12, "試験亀市職員組合", 890, 420, "10月", 12,
     {10: 7, 11: 1, 3: 1},
     {10: 8, 1: 1, 4: 1},
     {10: 9, 12: 1, 1: 1}),
]


def build_05(path: Path) -> None:
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("集計表")
    gs = wb.add_worksheet("グラフ")
    ps = wb.add_worksheet("印刷用")
    ms_ = wb.add_worksheet("メモ")
    bold = wb.add_format({"bold": True})
    head = wb.add_format({"bold": True, "align": "center", "valign": "vcenter", "text_wrap": True,
                          "border": 1, "bg_color": "#E2EFDA"})
    cell = wb.add_format({"border": 1})
    pct = wb.add_format({"border": 1, "num_format": "0.0%"})
    sub = wb.add_format({"border": 1, "bold": True, "bg_color": "#FFF2CC"})
    subpct = wb.add_format({"border": 1, "bold": True, "bg_color": "#FFF2CC", "num_format": "0.0%"})
    upto = _upto(JUNE, 2)
    ws.write(0, 0, "2024年度　加入拡大モデル単組　月別実績（中国・四国ブロック）", bold)
    ws.write(1, 0, "2025年2月速報値（6月開始）")
    fixed = ["県コード", "県名", "単組\nコード", "単組名", "組合員数", "団生保有", "加入率", "発効", "目標件数"]
    for i, h in enumerate(fixed):
        ws.merge_range(3, i, 4, i, h, head)
    starts = {2022: 9, 2023: 23, 2024: 37}
    for y, c in starts.items():
        width = 14 if y < 2024 else 12
        ws.merge_range(3, c, 3, c + width - 1, f"{y}年度", head)
        for k, m in enumerate(JUNE):
            ws.write(4, c + k, f"{m}月", head)
        if y < 2024:
            ws.write(4, c + 12, "2月末累計", head)
            ws.write(4, c + 13, "年度計", head)
    T = 49
    for i, h in enumerate(["累積件数", "前年同期比", "達成率", "残件数"]):
        ws.merge_range(3, T + i, 4, T + i, h, head)

    def A(r, c):
        return f"{L(c + 1)}{r + 1}"

    count_cols = [4, 5, 8] + [starts[y] + k for y in starts for k in range(12)]

    def derived(r, vals, fmt, pfmt):
        """Formulas (with cached values) of row r from the month dicts ``vals``."""
        mem, dan, goal, m22, m23, m24 = vals
        ws.write_formula(r, 6, f'=IF({A(r, 4)}=0,"",{A(r, 5)}/{A(r, 4)})', pfmt, dan / mem)
        for y, md in ((2022, m22), (2023, m23)):
            c = starts[y]
            ws.write_formula(r, c + 12, f"=SUM({A(r, c)}:{A(r, c + 8)})", fmt, _xsum(md, upto))
            ws.write_formula(r, c + 13, f"=SUM({A(r, c)}:{A(r, c + 11)})", fmt, _xsum(md, JUNE))
        c = starts[2024]
        ru, prev = _xsum(m24, upto), _xsum(m23, upto)
        ws.write_formula(r, T, f"=SUM({A(r, c)}:{A(r, c + 8)})", fmt, ru)
        pc = A(r, starts[2023] + 12)
        ws.write_formula(r, T + 1, f'=IF({pc}=0,"",{A(r, T)}/{pc})', pfmt, ru / prev if prev else "")
        ws.write_formula(r, T + 2, f'=IF({A(r, 8)}=0,"",{A(r, T)}/{A(r, 8)})', pfmt, ru / goal)
        ws.write_formula(r, T + 3, f"={A(r, 8)}-{A(r, T)}", fmt, goal - ru)

    def total_row(r, label, rows, groups):
        """SUBTOTAL(9, …) row over the 0-based rows first..last; ``groups`` are
        the unions it covers (for the cached values)."""
        first, last = rows
        ws.merge_range(r, 0, r, 3, label, sub)
        for c in count_cols:
            if c == 4:
                v = sum(u[5] for u in groups)
            elif c == 5:
                v = sum(u[6] for u in groups)
            elif c == 8:
                v = sum(u[8] for u in groups)
            else:
                y = next(y for y in starts if starts[y] <= c < starts[y] + 12)
                m = JUNE[c - starts[y]]
                idx = {2022: 9, 2023: 10, 2024: 11}[y]
                v = sum(_n(u[idx].get(m)) for u in groups)
            ws.write_formula(r, c, f"=SUBTOTAL(9,{A(first, c)}:{A(last, c)})", sub, v)
        agg = [{} for _ in range(3)]
        for u in groups:
            for i in range(3):
                for m, v in u[9 + i].items():
                    agg[i][m] = agg[i].get(m, 0) + _n(v)
        derived(r, (sum(u[5] for u in groups), sum(u[6] for u in groups),
                    sum(u[8] for u in groups), *agg), sub, subpct)

    r = 5
    first_all = r
    by_branch: dict[str, list] = {}
    for u in U05:
        by_branch.setdefault(u[0], []).append(u)
    for branch, us in by_branch.items():
        first = r
        for u in us:
            _, kc, ken, tc, name, mem, dan, hakko, goal, m22, m23, m24 = u
            ws.write_string(r, 0, kc, cell)
            ws.write(r, 1, ken, cell)
            ws.write_number(r, 2, tc, cell)
            ws.write(r, 3, name, cell)
            ws.write_number(r, 4, mem, cell)
            ws.write_number(r, 5, dan, cell)
            ws.write(r, 7, hakko, cell)
            ws.write_number(r, 8, goal, cell)
            for y, md in ((2022, m22), (2023, m23), (2024, m24)):
                for k, m in enumerate(JUNE):
                    if m in md:
                        ws.write_number(r, starts[y] + k, md[m], cell)
                    else:
                        ws.write_blank(r, starts[y] + k, None, cell)
            derived(r, (mem, dan, goal, m22, m23, m24), cell, pct)
            r += 1
        total_row(r, f"{branch}　小計", (first, r - 1), us)
        r += 1
    total_row(r, "合計", (first_all, r - 1), U05)
    ws.write(r + 2, 0, "※前年同期比＝累積件数÷前年度2月末累計。小計・合計は SUBTOTAL 関数で集計しています。")
    ws.freeze_panes(5, 4)

    # --- グラフ: a small chart-data table and a chart ---------------------
    gs.write(0, 0, "達成率グラフ（2月速報）", bold)
    for i, h in enumerate(["単組名", "目標件数", "累積件数", "達成率"]):
        gs.write(2, i, h, head)
    for j, u in enumerate(U05):
        ru = _xsum(u[11], upto)
        gs.write(3 + j, 0, u[4], cell)
        gs.write_number(3 + j, 1, u[8], cell)
        gs.write_number(3 + j, 2, ru, cell)
        gs.write_number(3 + j, 3, ru / u[8], pct)
    chart = wb.add_chart({"type": "column"})
    chart.add_series({"name": "達成率", "categories": "='グラフ'!$A$4:$A$8",
                      "values": "='グラフ'!$D$4:$D$8"})
    chart.set_title({"name": "モデル単組　達成率"})
    gs.insert_chart("F3", chart)

    # --- 印刷用: values copy of the current-year part ---------------------
    ps.write(0, 0, "加入拡大モデル単組　2月速報（中国・四国ブロック会議資料）", bold)
    for i, h in enumerate(["県名", "単組名", "目標件数", "累積件数", "達成率", "残件数"]):
        ps.write(2, i, h, head)
    for j, u in enumerate(U05):
        ru = _xsum(u[11], upto)
        ps.write(3 + j, 0, u[2], cell)
        ps.write(3 + j, 1, u[4], cell)
        ps.write_number(3 + j, 2, u[8], cell)
        ps.write_number(3 + j, 3, ru, cell)
        ps.write_number(3 + j, 4, ru / u[8], pct)
        ps.write_number(3 + j, 5, u[8] - ru, cell)
    tg = sum(u[8] for u in U05)
    tr = sum(_xsum(u[11], upto) for u in U05)
    ps.write(8, 1, "合計", sub)
    ps.write_number(8, 2, tg, sub)
    ps.write_number(8, 3, tr, sub)
    ps.write_number(8, 4, tr / tg, subpct)
    ps.write_number(8, 5, tg - tr, sub)
    ps.set_column(1, 1, 24)
    ps.activate()

    # --- メモ -------------------------------------------------------------
    for i, line in enumerate([
        "メモ",
        "・2月分の報告締切は3月7日（各県支部から）",
        "・香川県支部：1月分の訂正あり（反映済み）",
        "・グラフと印刷用は集計表から値で貼り付け",
        "・3月のブロック会議で印刷用を配布",
    ]):
        ms_.write(i, 0, line, bold if i == 0 else None)
    wb.close()


# ---------------------------------------------------------------------------
# 06 鹿児島: one prefecture's file, a merger, a union added below 合計
# ---------------------------------------------------------------------------
# 単組コード, 単組名, 組合員数, 団生保有, 発効, 目標, m2022, m2023, m2024, 備考
U06 = [
    ("001", "見本児島市職員労働組合", 4300, 2050, "10月", 58,
     {6: 2, 7: 1, 10: 40, 11: 3, 12: 2, 1: 1, 3: 2, 5: 1},
     {6: 1, 8: 2, 10: 42, 11: 2, 1: 2, 2: 1, 4: 2},
     {6: 3, 9: 1, 10: 44, 11: 3, 12: 1, 1: 2}, ""),
    ("015", "架空島市職員労働組合", 1760, 830, "10月", 25,
     {10: 12, 11: 1, 12: 1, 2: 1, 4: 1, 5: 1},
     {7: 1, 10: 14, 12: 1, 1: 1, 3: 1, 4: 1},
     {7: 2, 10: 16, 11: 1, 1: 1}, "2024年4月合併（前年度までは旧2単組の合算）"),
    ("027", "試験之市職員組合", 520, 260, "7月", 8,
     {7: 4, 2: 1},
     {7: 3, 8: 1, 5: 1},
     {7: 5, 12: 1, 1: 2}, ""),
    ("033", "見本屋市職員労働組合", 1150, 510, "10月", 16,
     {10: 8, 11: 1, 4: 1},
     {6: 1, 10: 9, 12: 1, 3: 1},
     {10: 10, 11: 2, 1: 1}, ""),
]
# the predecessors of 架空島市職員労働組合 (reference rows; their months add up
# to the merged union's past months)
OLD06 = [
    ("（旧）架空島市職員組合",
     {10: 9, 12: 1, 2: 1, 4: 1},
     {7: 1, 10: 10, 1: 1, 3: 1}, "2024年4月合併（旧単組コード 015）"),
    ("（旧）架空崎町職員組合",
     {10: 3, 11: 1, 5: 1},
     {10: 4, 12: 1, 4: 1}, "2024年4月合併（旧単組コード 042）"),
]
ADDED06 = ("051", "試験留町職員組合", 340, 95, "10月", 5, {10: 2, 11: 1, 1: 1},
           "2024年10月新規加盟・モデル単組に追加")


def build_06(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "鹿児島"
    upto = _upto(JUNE, 1)
    grey = Font(color="FF808080", italic=True)
    ws["A1"] = "自治労鹿児島県本部　2024年度　加入拡大モデル単組　実績一覧（6月開始）"
    ws["A1"].font = BOLD
    for col, v in zip("ABCDE", ["集計月", 2025, "年", 1, "月末現在"]):
        ws[f"{col}2"] = v
        ws[f"{col}2"].alignment = Alignment(horizontal="center")
    fixed = ["単組コード", "単組名", "組合員数", "団生保有", "加入率", "発効", "目標件数",
             "前々年度\n実績", "前年度\n実績"]
    for i, h in enumerate(fixed, start=1):
        _merge(ws, 4, i, 5, i, h)
    starts = {2022: 10, 2023: 23, 2024: 36}
    for y, c in starts.items():
        width = 13 if y < 2024 else 12
        _merge(ws, 4, c, 4, c + width - 1, f"{y}年度")
        for k, m in enumerate(JUNE):
            ws.cell(5, c + k, f"{m}月分").alignment = CENTER
        if y < 2024:
            ws.cell(5, c + 12, "同月累計").alignment = CENTER
    T = 48
    for i, h in enumerate(["累積件数", "前年比", "達成率", "残件数", "備考"]):
        _merge(ws, 4, T + i, 5, T + i, h)

    def months(r, y, md):
        for k, m in enumerate(JUNE):
            if m in md:
                ws.cell(r, starts[y] + k, md[m])

    r = 6
    first = r
    for u in U06:
        tc, name, mem, dan, hakko, goal, m22, m23, m24, note = u
        for i, v in enumerate([tc, name, mem, dan, round(dan / mem, 4), hakko, goal,
                               _xsum(m22, JUNE), _xsum(m23, JUNE)], start=1):
            ws.cell(r, i, v)
        ws.cell(r, 5).number_format = "0.0%"
        for y, md in ((2022, m22), (2023, m23), (2024, m24)):
            months(r, y, md)
            if y < 2024:
                ws.cell(r, starts[y] + 12, _xsum(md, upto))
        ru = _xsum(m24, upto)
        ws.cell(r, T, ru)
        ws.cell(r, T + 1, ru - _xsum(m23, upto))
        ws.cell(r, T + 2, _ratio(ru, goal)).number_format = "0.0%"
        ws.cell(r, T + 3, goal - ru)
        ws.cell(r, T + 4, note)
        r += 1
        if name == "架空島市職員労働組合":
            for oname, o22, o23, onote in OLD06:
                ws.cell(r, 2, oname)
                ws.cell(r, 8, _xsum(o22, JUNE))
                ws.cell(r, 9, _xsum(o23, JUNE))
                for y, md in ((2022, o22), (2023, o23)):
                    months(r, y, md)
                    ws.cell(r, starts[y] + 12, _xsum(md, upto))
                ws.cell(r, T + 4, onote)
                for c in range(1, T + 5):
                    ws.cell(r, c).font = grey
                r += 1
    _merge(ws, r, 1, r, 2, "合計", bold=True)
    ws.cell(r, 3, sum(u[2] for u in U06))
    ws.cell(r, 4, sum(u[3] for u in U06))
    ws.cell(r, 7, sum(u[5] for u in U06))
    ws.cell(r, 8, sum(_xsum(u[6], JUNE) for u in U06))
    ws.cell(r, 9, sum(_xsum(u[7], JUNE) for u in U06))
    for y_i, y in enumerate((2022, 2023, 2024)):
        c = starts[y]
        for k, m in enumerate(JUNE):
            v = sum(_n(u[6 + y_i].get(m)) for u in U06)
            if y < 2024 or m in upto:
                ws.cell(r, c + k, v)
        if y < 2024:
            ws.cell(r, c + 12, sum(_xsum(u[6 + y_i], upto) for u in U06))
    tr = sum(_xsum(u[8], upto) for u in U06)
    tg = sum(u[5] for u in U06)
    ws.cell(r, T, tr)
    ws.cell(r, T + 1, tr - sum(_xsum(u[7], upto) for u in U06))
    ws.cell(r, T + 2, _ratio(tr, tg)).number_format = "0.0%"
    ws.cell(r, T + 3, tg - tr)
    ws.cell(r + 2, 1, "※架空島市職員労働組合は2024年4月に架空島市職員組合と架空崎町職員組合が合併して"
                      "発足。前年度までの実績は旧2単組の合算です。")
    ws.cell(r + 3, 1, "※（旧）の行は合併前の内訳（参考）で、合計には含めていません。")
    ws.cell(r + 5, 1, "※下記の単組は2024年10月に新規加盟し、モデル単組に追加しました"
                      "（上の合計には含めていません）。")
    r += 6
    tc, name, mem, dan, hakko, goal, m24, note = ADDED06
    for i, v in enumerate([tc, name, mem, dan, round(dan / mem, 4), hakko, goal, "－", "－"], start=1):
        ws.cell(r, i, v)
    ws.cell(r, 5).number_format = "0.0%"
    ws.cell(r, starts[2022] + 12, "－")
    ws.cell(r, starts[2023] + 12, "－")
    months(r, 2024, m24)
    ru = _xsum(m24, upto)
    ws.cell(r, T, ru)
    ws.cell(r, T + 1, "－")
    ws.cell(r, T + 2, _ratio(ru, goal)).number_format = "0.0%"
    ws.cell(r, T + 3, goal - ru)
    ws.cell(r, T + 4, note)
    ws.freeze_panes = "C6"
    wb.save(path)


# ---------------------------------------------------------------------------
# 07 本部様式: 6月開始 and 5月開始（参考） sheets, text counts with spaces, .xls
# ---------------------------------------------------------------------------
# 県コード, 県名, 単組コード, 単組名, 組合員数, 団生保有, 発効, 目標,
# may2022 (2022年5月: in no June-start year of the grid), m2022, m2023, m2024 (June years)
U07 = [
    ("13", "埼玉", "021", "見本越市職員労働組合", 2640, 1190, "10月", 36, 1,
     {6: 2, 10: 22, 11: 2, 1: 1, 3: 1, 5: 2},
     {7: 1, 10: 24, 12: 2, 1: 1, 4: 1, 5: 1},
     {6: 1, 8: 1, 10: 26, 11: 1, 12: " 2", 1: 1}),
    ("23", "愛知", "108", "試験崎市職員労働組合", 3520, 1760, "10月", 50, 0,
     {6: 3, 7: 1, 10: 35, 11: 3, 12: 1, 2: 2, 4: 1},
     {6: 2, 9: 1, 10: 37, 11: 2, 1: 2, 3: 1, 5: 2},
     {6: 2, 7: 2, 10: 40, 11: 3, 12: 2, 1: 3}),
    ("34", "広島", "045", "架空道市職員組合", 980, 410, "7月", 14, 0,
     {7: 6, 9: 1, 2: 1},
     {7: 7, 12: 1, 5: 1},
     {7: 8, 8: " 1", 11: 1}),
    ("42", "福岡", "063", "見本方市職員組合", 710, 330, "4月", 10, 2,
     {4: 5, 5: 1},
     {9: 1, 4: 6},
     {9: 1, 1: 1}),
    ("49", "沖縄", "011", "試験覇市職員労働組合", 2050, 870, "10月", 28, 1,
     {6: 1, 10: 17, 12: 1, 1: 1, 3: 2},
     {6: 1, 8: 1, 10: 18, 11: 1, 2: 1, 4: 1},
     {7: 1, 10: 20, 11: 1, 1: "1 "}),
]
SHAHO07 = ("60", "社保労連", "003", "架空年金機構職員労働組合", 5200, 1900, "10月", 45, 1,
           {6: 1, 10: 28, 11: 2, 1: 1, 5: 1},
           {6: 2, 10: 30, 12: 1, 3: 1},
           {6: 1, 10: 33, 11: 2, 1: 1})


def _may_view(u):
    """The same calendar months regrouped on a May start: {2022: …, 2023: …, 2024: …}."""
    may22, m22, m23, m24 = u[8], u[9], u[10], u[11]
    out = {}
    for y, prev_may, md in ((2022, may22, m22), (2023, m22.get(5), m23), (2024, m23.get(5), m24)):
        d = {m: v for m, v in md.items() if m != 5}
        if prev_may:
            d[5] = prev_may
        out[y] = d
    return out


def _build_07_sheet(ws, order, view, title) -> None:
    upto = _upto(order, 1)
    ws["A1"] = title
    ws["A1"].font = BOLD
    ws["A2"] = "（2025年1月速報値）"
    fixed = ["自治労\n県コード", "県名", "単組\nコード", "加入拡大モデル単組", "組合\n員数", "団生\n保有",
             "加入率", "発効", "2022年度\n実績", "2023年度\n実績"]
    H = 7
    for i, h in enumerate(fixed, start=1):
        _merge(ws, H, i, H + 1, i, h)
    starts = {2022: 11, 2023: 24, 2024: 37}
    for y, c in starts.items():
        width = 13 if y < 2024 else 12
        _merge(ws, H, c, H, c + width - 1, f"{y}年度")
        for k, m in enumerate(order):
            ws.cell(H + 1, c + k, f"{m}月").alignment = CENTER
        if y < 2024:
            ws.cell(H + 1, c + 12, "1月\n累計").alignment = CENTER
    T = 49
    for i, h in enumerate(["累積\n件数", "目標\n件数", "前年比", "達成率", "残件数", "県名"]):
        _merge(ws, H, T + i, H + 1, T + i, h)

    def row(r, u):
        kc, ken, tc, name, mem, dan, hakko, goal = u[:8]
        ms = view(u)
        vals = [kc, ken, tc, name, mem, dan, round(dan / mem, 4), hakko,
                _xsum(ms[2022], order), _xsum(ms[2023], order)]
        for i, v in enumerate(vals, start=1):
            ws.cell(r, i, v)
        ws.cell(r, 7).number_format = "0.0%"
        for y in (2022, 2023, 2024):
            c = starts[y]
            for k, m in enumerate(order):
                if m in ms[y]:
                    ws.cell(r, c + k, ms[y][m])
            if y < 2024:
                ws.cell(r, c + 12, _xsum(ms[y], upto))
        ru = _xsum(ms[2024], upto)
        ws.cell(r, T, ru)
        ws.cell(r, T + 1, goal)
        ws.cell(r, T + 2, ru - _xsum(ms[2023], upto))
        ws.cell(r, T + 3, _ratio(ru, goal)).number_format = "0.0%"
        ws.cell(r, T + 4, goal - ru)
        ws.cell(r, T + 5, ken)
        return ru, goal

    r = H + 2
    done = []
    for u in U07:
        done.append(row(r, u))
        r += 1
    # 合計 row: the sum of the unions (month by month)
    agg_view = {}
    for u in U07:
        for y, md in view(u).items():
            d = agg_view.setdefault(y, {})
            for m, v in md.items():
                d[m] = d.get(m, 0) + _n(v)
    total = ("", "", "", "", sum(u[4] for u in U07), sum(u[5] for u in U07), "", sum(u[7] for u in U07))
    _merge(ws, r, 1, r, 4, "合計", bold=True)
    ws.cell(r, 5, total[4])
    ws.cell(r, 6, total[5])
    ws.cell(r, 7, round(total[5] / total[4], 4)).number_format = "0.0%"
    ws.cell(r, 9, _xsum(agg_view[2022], order))
    ws.cell(r, 10, _xsum(agg_view[2023], order))
    for y in (2022, 2023, 2024):
        c = starts[y]
        for k, m in enumerate(order):
            if y < 2024 or m in upto:
                ws.cell(r, c + k, agg_view[y].get(m, 0))
        if y < 2024:
            ws.cell(r, c + 12, _xsum(agg_view[y], upto))
    tr = sum(d[0] for d in done)
    tg = sum(d[1] for d in done)
    ws.cell(r, T, tr)
    ws.cell(r, T + 1, tg)
    ws.cell(r, T + 2, tr - _xsum(agg_view[2023], upto))
    ws.cell(r, T + 3, _ratio(tr, tg)).number_format = "0.0%"
    ws.cell(r, T + 4, tg - tr)
    ws.cell(r + 2, 1, "※社保労連は全国集計の対象外です。")
    row(r + 3, SHAHO07)
    # summary box above the grid (rows 3-4), current values of this view
    for i, h in enumerate(["取組単組", "目標", "実績", "到達率", "目標達成単組"]):
        ws.cell(4, 2 + i, h).alignment = CENTER
        ws.cell(4, 2 + i).font = BOLD
    ws.cell(5, 2, len(done))
    ws.cell(5, 3, tg)
    ws.cell(5, 4, tr)
    ws.cell(5, 5, _ratio(tr, tg)).number_format = "0.0%"
    ws.cell(5, 6, sum(1 for ru, g in done if g and ru >= g))
    ws.freeze_panes = ws.cell(H + 2, 5).coordinate


def build_07_xlsx(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "6月開始"
    _build_07_sheet(ws, JUNE, lambda u: {2022: u[9], 2023: u[10], 2024: u[11]},
                    "2024年度加入拡大モデル単組　過去2年実績（6月開始）")
    ws2 = wb.create_sheet("5月開始（参考）")
    _build_07_sheet(ws2, MAY, _may_view,
                    "2024年度加入拡大モデル単組　過去2年実績（5月開始）　※参考")
    wb.active = 0
    wb.save(path)


def _to_xls(src: Path, dest: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="lg9_lo_") as tmp:
        profile = Path(tmp) / "profile"
        outdir = Path(tmp) / "out"
        outdir.mkdir()
        cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
               "--convert-to", "xls:MS Excel 97", "--outdir", str(outdir), str(src)]
        subprocess.run(cmd, check=True, capture_output=True, timeout=180,
                       env={**os.environ, "HOME": tmp})
        produced = outdir / (src.stem + ".xls")
        if not produced.exists():
            raise RuntimeError(f"LibreOffice did not produce {produced}")
        shutil.move(str(produced), dest)


def build_07(path: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="lg9_07_") as tmp:
        src = Path(tmp) / "grid07.xlsx"
        build_07_xlsx(src)
        _to_xls(src, path)


FILES = {
    "01_北海道東北_6月開始_数式値なし.xlsx": build_01,
    "02_関東甲信_5月開始_数式古い値.xlsx": build_02,
    "03_中部_6月開始_上期下期2段.xlsx": build_03,
    "04_近畿_5月開始_テーブル列名.xlsx": build_04,
    "05_中国四国_6月開始_県支部小計.xlsx": build_05,
    "06_鹿児島_6月開始_合併と追加.xlsx": build_06,
    "07_本部様式_6月開始_5月参考.xls": build_07,
}


def build(root: Path) -> dict[str, Path]:
    """Write every fixture into ``root`` and return {file name: path}."""
    root = Path(root)
    root.mkdir(parents=True, exist_ok=True)
    out: dict[str, Path] = {}
    for name, fn in FILES.items():
        p = root / name
        fn(p)
        out[name] = p
    return out


if __name__ == "__main__":
    import sys

    dest = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("legacy_grid9_out")
    for k, v in build(dest).items():
        print(k, "->", v)
