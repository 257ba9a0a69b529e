"""Eighth independent fixture set: 加入拡大モデル単組 grids (Report A) meant to
measure GENERALISATION -- ordinary grid files as prefecture / block offices
would really retype and send them, each combining 4-6 habits: about half
habits already met in tests/legacy_grid … legacy_grid7 (combined
differently), about half habits none of those sets has (marked NEW).
Made by a helper who never read the reader's code (only the docstrings of
the earlier sets' build.py, to tell seen habits from new ones).

All union names are invented (見本 / 試験 / 架空); no person's name appears.
All month counts are literals typed here by hand (sparse dicts
``{month: count}``; a missing month is a blank cell).  FY2024 (past years
2022 and 2023).  Expected readings are in expected.py (worked out by hand,
not produced by the tool).

The typed derived cells in the files (上期計, N月累計, 年度計, 前々年度実績,
累積件数, 前年比, 達成率, 残件数, 月平均, running 累計 rows, 合計 rows) are what
the clerk's Excel would show: build.py fills them with Excel's SUM of the
month cells (``_xsum``), which LEAVES OUT text cells (「－1」, 「－」) -- so
where a month is typed as text the typed totals of that row differ from the
recomputed ones.  expected.py does not use them.

Files (writer / sheet / header rows / habits)
---------------------------------------------

01_東北_6月開始_上期下期.xlsx  -- openpyxl, June start, cutoff 2025年2月
    (row 2 「2025年2月速報値（6月開始）」 on both sheets).
    Habits:
    * NEW: the grid SPLIT OVER TWO SHEETS BY HALF-YEAR: 「上期（6月～11月）」
      holds every fixed column (県コード … 目標件数) and, for each of the three
      years, 6月…11月 + 「上期計」; 「下期（12月～5月）」 repeats only 県コード /
      県名 / 単組コード / 単組名 and holds 12月…5月 of each year, the past
      years' 「2月累計」 and 「年度計」 (cross-sheet: they include 上期, a note
      under the table says so), then 累積件数 / 前年比 / 達成率 / 残件数.
      The unions are in the same order on both sheets;
    * 「上期計」 half-year subtotal columns inside the year blocks (seen in
      spirit: legacy_grid4 04 quarter subtotals);
    * two-row heading, fixed columns merged vertically over rows 4-5, year
      groups merged over their columns (seen: legacy_grid 01);
    * 県コード and 単組コード typed as NUMBERS (3 → 03, 5 → 005) (seen);
    * the 単組名 column headed 「加入拡大モデル単組」 (HQ's own heading); frozen
      panes (seen).  A 合計 row on each sheet.

02_関東_5月開始_県支部見出し.xlsx  -- openpyxl, sheet 「関東」, MAY start, cutoff
    2025年1月 (row 2 「2025年1月末現在」, headings 「1月累計」).  Year groups row
    4, headings row 5, data from row 6.
    Habits:
    * NEW (form): NO 県コード / 県名 columns; the unions are GROUPED BY 県支部
      under a BOLD group row 「群馬県支部」「栃木県支部」「茨城県支部」 merged over
      the fixed columns, with a BLANK row before each following group (seen
      in spirit: legacy_grid2 04 「【香川県本部】」 rows);
    * NEW: 目標件数 typed as TEXT with the first-half target in brackets
      「40（上期22）」「50（上期30）」 -- the target is the first number; and as
      「15件」「20件」 (「件」 seen: legacy_grid3 03);
    * NEW: a cancellation typed with a FULL-WIDTH MINUS as text 「－1」 in two
      month cells (note under the table 「※「－1」は解約（取消）による減」),
      while a lone 「－」 means nothing in other cells (「－」 seen:
      legacy_grid2 06) -- Excel's SUM leaves 「－1」 out, so the typed
      累積件数 / 前年比 / 達成率 / 残件数 of those two rows are one too high;
    * NEW (small): a leading 「No.」 column (1 … 5) on the union rows only;
    * month headings 「5月分」… (seen: legacy_grid2 02); typed 「前々年度実績」
      「前年度実績」 (seen: legacy_grid 02); 備考 at the right end (seen).
    A 合計 row (目標 typed by hand 137).

03_中部_6月開始_累計先頭.xls  -- openpyxl, then LibreOffice → .xls (BIFF8).
    Sheet 「中部」, June start, cutoff 2024年12月 (row 2 「令和6年12月末現在」,
    headings 「12月累計」).  Year groups row 4, headings row 5, data from row 6.
    Habits:
    * NEW: the cumulative columns placed BEFORE the months of each year:
      「12月累計」「年度計」 then 6…5 for R4 and R5, 「累積件数」 then the months
      for R6;
    * NEW: month headings in TWO STYLES on one sheet: bare numbers 6, 7, …
      12, 1, … 5 (integer cells) under 「R4年度」「R5年度」, but 「R6.6」
      「R6.7」 … 「R7.5」 (text) under 「R6年度」 (each style seen alone:
      legacy_grid3 02 / legacy_grid 03);
    * NEW (small): 組合員数 typed as TEXT with the unit 「人」 and a comma
      (「1,250人」「430人」);
    * 令和 year groups and cutoff (seen: legacy_grid 03, legacy_grid6 03);
      県名 with the 県 suffix, 県コード / 単組コード as text, a BLANK separator
      row between prefectures (seen: legacy_grid 03); legacy .xls (seen).
    One union's 団生保有 exceeds its 組合員数 (valid).  A 合計 row.

04_近畿_6月開始_空白列.xlsx  -- openpyxl, sheet 「近畿」, June start, cutoff
    2025年2月 (row 2 「2025年2月速報値（6月開始）」, headings 「2月末累計」).
    Year groups row 4, headings row 5 (fixed headings not merged, row 4
    blank above them), data from row 6.
    Habits:
    * NEW: an EMPTY SPACER COLUMN after EVERY column (the table was pasted
      from another file with every other column empty): the headings sit in
      A, C, E, …; B, D, F, … are blank and narrow everywhere (spacers only
      between blocks seen: legacy_grid5 02);
    * NEW: the OLDEST year is only ONE column 「年度計」 under 「2022年度」 (no
      2022 months, no 2022 累計) -- 年度実績.2022 is that value, 累計.2022 is
      unknown;
    * NEW: a PRINT AREA that stops after the 2023年度 block (the current year
      and 累積件数 … 残件数 are outside it) -- the cells are still data;
    * frozen panes (seen); 「2月末累計」 (seen: legacy_grid3 01); 県コード as
      text, 単組コード as numbers (seen).
    A 合計 row.

05_九州_5月開始_当月累計2段.xlsx  -- openpyxl, sheet 「九州」, MAY start, cutoff
    2025年3月 (row 2 「2025年3月末現在」, headings 「3月累計」).  Year groups
    row 4, headings row 5, data from row 6, TWO rows per union.
    Habits:
    * two rows per union, 「区分」 「当月」 / 「累計」 (the running cumulative of
      each year month by month), fixed and derived columns merged vertically
      over the pair (seen: legacy_grid4 05, there 件数 / 累計);
    * NEW (small): month headings 「5月度」「6月度」 …;
    * NEW: a 「月平均」 column (年度計 / 12, decimals, 0.0) after each past
      year's 「3月累計」「年度計」 -- not a month;
    * NEW: a union new to the model-union list this year has its past years'
      months blank and 「新規」 typed in its 「3月累計」「年度計」 cells and 「－」 in
      前年比;
    * 県コード / 単組コード as numbers (seen); a 社保労連 (60) union below the
      合計 rows under a ※ note (seen: legacy_grid 01).
"""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

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
# 01 東北: two sheets by half-year
# ---------------------------------------------------------------------------
U01 = [
    # 県コード, 県名, 単組コード, 単組名, 組合員数, 団生保有, 発効, 目標, m2022, m2023, m2024
    (3, "青森", 5, "見本森市職員労働組合", 820, 410, "10月", 20,
     {7: 1, 10: 3, 12: 2, 2: 1, 4: 2},
     {6: 1, 9: 2, 11: 1, 1: 4, 3: 1},
     {8: 2, 10: 6, 12: 1, 1: 3, 2: 2}),
    (3, "青森", 21, "試験戸市職員組合", 360, 95, "7月", 10,
     {11: 2, 5: 1},
     {6: 3, 1: 1},
     {6: 4, 7: 1, 11: 2, 2: 3}),
    (4, "岩手", 12, "架空関市職員労働組合", 1240, 530, "10月", 25,
     {6: 2, 8: 1, 10: 9, 1: 1, 3: 2},
     {7: 1, 10: 11, 12: 2, 4: 1, 5: 1},
     {6: 1, 10: 12, 12: 1, 1: 2}),
    (6, "秋田", 33, "見本手市職員労働組合", 540, 260, "4月", 12,
     {4: 5},
     {9: 1, 4: 6},
     {9: 1, 12: 1}),
    (7, "山形", 1, "試験形県職員労働組合", 3150, 1820, "10月", 60,
     {6: 3, 7: 2, 8: 2, 9: 4, 10: 25, 11: 3, 12: 2, 1: 1, 2: 2, 3: 1, 5: 2},
     {6: 4, 7: 3, 8: 1, 9: 2, 10: 30, 11: 2, 12: 1, 1: 2, 2: 1, 4: 3},
     {6: 5, 7: 2, 8: 3, 9: 3, 10: 33, 11: 4, 12: 2, 1: 3, 2: 4}),
]


def build_01(path: Path) -> None:
    wb = Workbook()
    up = wb.active
    up.title = "上期（6月～11月）"
    down = wb.create_sheet("下期（12月～5月）")
    first_half, second_half = JUNE[:6], JUNE[6:]
    upto = _upto(JUNE, 2)
    years = (2022, 2023, 2024)

    # --- 上期 -------------------------------------------------------------
    up["A1"] = "2024年度　加入拡大モデル単組　月別実績（東北ブロック）【上期：6月～11月】"
    up["A1"].font = BOLD
    up["A2"] = "2025年2月速報値（6月開始）"
    fixed = ["自治労\n県コード", "県名", "単組\nコード", "加入拡大モデル単組", "組合\n員数",
             "団生\n保有", "加入率", "発効", "目標\n件数"]
    for i, h in enumerate(fixed, start=1):
        _merge(up, 4, i, 5, i, h)
    col = 10
    starts = {}
    for y in years:
        starts[y] = col
        _merge(up, 4, col, 4, col + 6, f"{y}年度")
        for k, m in enumerate(first_half):
            up.cell(5, col + k, f"{m}月").alignment = CENTER
        up.cell(5, col + 6, "上期計").alignment = CENTER
        col += 7
    r = 6
    for u in U01:
        kc, ken, tc, name, mem, dan, hakko, goal, *ms = u
        vals = [kc, ken, tc, name, mem, dan, round(dan / mem, 4), hakko, goal]
        for i, v in enumerate(vals, start=1):
            up.cell(r, i, v)
        up.cell(r, 7).number_format = "0.0%"
        for y, md in zip(years, ms):
            c = starts[y]
            for k, m in enumerate(first_half):
                if m in md:
                    up.cell(r, c + k, md[m])
            up.cell(r, c + 6, _xsum(md, first_half))
        r += 1
    _merge(up, r, 1, r, 4, "合計", bold=True)
    up.cell(r, 5, sum(u[4] for u in U01))
    up.cell(r, 6, sum(u[5] for u in U01))
    up.cell(r, 9, sum(u[7] for u in U01))
    for y_i, y in enumerate(years):
        c = starts[y]
        for k, m in enumerate(first_half):
            up.cell(r, c + k, sum(_n(u[8 + y_i].get(m)) for u in U01))
        up.cell(r, c + 6, sum(_xsum(u[8 + y_i], first_half) for u in U01))
    up.freeze_panes = "E6"

    # --- 下期 -------------------------------------------------------------
    down["A1"] = "2024年度　加入拡大モデル単組　月別実績（東北ブロック）【下期：12月～5月】"
    down["A1"].font = BOLD
    down["A2"] = "2025年2月速報値（6月開始）"
    for i, h in enumerate(fixed[:4], start=1):
        _merge(down, 4, i, 5, i, h)
    col = 5
    dstarts = {}
    for y in years:
        dstarts[y] = col
        width = 8 if y < 2024 else 6
        _merge(down, 4, col, 4, col + width - 1, f"{y}年度")
        for k, m in enumerate(second_half):
            down.cell(5, col + k, f"{m}月").alignment = CENTER
        if y < 2024:
            down.cell(5, col + 6, "2月\n累計").alignment = CENTER
            down.cell(5, col + 7, "年度計").alignment = CENTER
        col += width
    tail = col
    for i, h in enumerate(["累積\n件数", "前年比", "達成率", "残件数"]):
        _merge(down, 4, tail + i, 5, tail + i, h)
    r = 6
    for u in U01:
        kc, ken, tc, name, mem, dan, hakko, goal, *ms = u
        for i, v in enumerate([kc, ken, tc, name], start=1):
            down.cell(r, i, v)
        for y, md in zip(years, ms):
            c = dstarts[y]
            for k, m in enumerate(second_half):
                if m in md:
                    down.cell(r, c + k, md[m])
            if y < 2024:
                down.cell(r, c + 6, _xsum(md, upto))
                down.cell(r, c + 7, _xsum(md, JUNE))
        ruiseki = _xsum(ms[2], upto)
        down.cell(r, tail, ruiseki)
        down.cell(r, tail + 1, ruiseki - _xsum(ms[1], upto))
        down.cell(r, tail + 2, _ratio(ruiseki, goal))
        down.cell(r, tail + 2).number_format = "0.0%"
        down.cell(r, tail + 3, goal - ruiseki)
        r += 1
    _merge(down, r, 1, r, 4, "合計", bold=True)
    for y_i, y in enumerate(years):
        c = dstarts[y]
        for k, m in enumerate(second_half):
            down.cell(r, c + k, sum(_n(u[8 + y_i].get(m)) for u in U01))
        if y < 2024:
            down.cell(r, c + 6, sum(_xsum(u[8 + y_i], upto) for u in U01))
            down.cell(r, c + 7, sum(_xsum(u[8 + y_i], JUNE) for u in U01))
    tr = sum(_xsum(u[10], upto) for u in U01)
    tg = sum(u[7] for u in U01)
    down.cell(r, tail, tr)
    down.cell(r, tail + 1, tr - sum(_xsum(u[9], upto) for u in U01))
    down.cell(r, tail + 2, _ratio(tr, tg))
    down.cell(r, tail + 2).number_format = "0.0%"
    down.cell(r, tail + 3, tg - tr)
    down.cell(r + 2, 1, "※2月累計・累積件数・年度計は上期（6月～11月）シートの件数を含みます。")
    down.cell(r + 3, 1, "※目標件数・組合員数などは上期シートを参照。")
    down.freeze_panes = "E6"
    wb.save(path)


# ---------------------------------------------------------------------------
# 02 関東: 県支部 group rows, text targets, 「－1」
# ---------------------------------------------------------------------------
# group, 単組コード, 単組名, 組合員数, 団生保有, 発効, 目標(typed), 目標(number, for typed derived),
# m2022, m2023, m2024, 備考
U02 = [
    ("群馬県支部", "002", "見本崎市職員労働組合", 2380, 1105, "10月", "40（上期22）", 40,
     {6: 2, 8: 1, 10: 20, 12: 3, 1: 2, 3: 2},
     {5: 1, 7: 2, 10: 24, 11: 1, 1: 1, 2: 3},
     {5: 2, 6: 1, 9: 3, 10: 26, 12: 2, 1: "－1"}, "1月：解約1件"),
    ("群馬県支部", "015", "試験岡市職員組合", 520, 240, "10月", "15件", 15,
     {10: 4, 4: 1},
     {9: 1, 10: 5, 2: 1},
     {10: 7, 11: 1, 1: 1}, ""),
    ("栃木県支部", "004", "架空都宮市職員労働組合", 3300, 1500, "10月", "50（上期30）", 50,
     {5: 3, 6: 2, 7: 1, 10: 30, 11: 2, 1: 1, 2: 2, 4: 1},
     {5: 2, 6: 3, 8: 2, 10: 33, 12: 1, 3: 2},
     {5: 4, 6: 2, 7: 2, 8: 1, 10: 38, 11: 3, 12: 2, 1: 1}, ""),
    ("茨城県支部", "031", "見本浦市職員組合", 690, 300, "7月", 12, 12,
     {7: 4, 8: 1, 3: 1},
     {6: 1, 7: 5},
     {7: 3, 8: "－", 9: 1, 12: "－1", 1: "－"}, "12月：取消1件"),
    ("茨城県支部", "044", "試験立市職員労働組合", 1420, 880, "10月", "20件", 20,
     {10: 8, 1: 2, 2: 1},
     {10: 9, 12: 1, 4: 2},
     {5: 1, 10: 11, 11: 2, 1: 3}, ""),
]


def build_02(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "関東"
    upto = _upto(MAY, 1)
    ws["A1"] = "2024年度　加入拡大モデル単組　取り組み状況（関東・5月開始）"
    ws["A1"].font = BOLD
    ws["A2"] = "2025年1月末現在"
    fixed = ["No.", "単組\nコード", "単組名", "組合員数", "団生保有", "加入率", "発効", "目標件数",
             "前々年度\n実績", "前年度\n実績"]
    for i, h in enumerate(fixed, start=1):
        _merge(ws, 4, i, 5, i, h)
    col = 11
    starts = {}
    for y in (2022, 2023, 2024):
        starts[y] = col
        width = 13 if y < 2024 else 12
        _merge(ws, 4, col, 4, col + width - 1, f"{y}年度")
        for k, m in enumerate(MAY):
            ws.cell(5, col + k, f"{m}月分").alignment = CENTER
        if y < 2024:
            ws.cell(5, col + 12, "1月累計").alignment = CENTER
        col += width
    tail = col
    for i, h in enumerate(["累積件数", "前年比", "達成率", "残件数", "備考"]):
        _merge(ws, 4, tail + i, 5, tail + i, h)

    r = 6
    group = None
    no = 0
    for u in U02:
        grp, tc, name, mem, dan, hakko, goal_typed, goal_n, m22, m23, m24, note = u
        if grp != group:
            if group is not None:
                r += 1  # blank row between groups
            _merge(ws, r, 1, r, 10, grp)
            ws.cell(r, 1).font = Font(bold=True, size=12)
            ws.cell(r, 1).alignment = Alignment(horizontal="left", vertical="center")
            group = grp
            r += 1
        no += 1
        vals = [no, tc, name, mem, dan, round(dan / mem, 4), hakko, goal_typed,
                _xsum(m22, MAY), _xsum(m23, MAY)]
        for i, v in enumerate(vals, start=1):
            ws.cell(r, i, v)
        ws.cell(r, 6).number_format = "0.0%"
        for y, md in ((2022, m22), (2023, m23), (2024, m24)):
            c = starts[y]
            for k, m in enumerate(MAY):
                if m in md:
                    ws.cell(r, c + k, md[m])
                    if isinstance(md[m], str):
                        ws.cell(r, c + k).alignment = Alignment(horizontal="right")
            if y < 2024:
                ws.cell(r, c + 12, _xsum(md, upto))
        ruiseki = _xsum(m24, upto)  # Excel's SUM: 「－1」 left out
        ws.cell(r, tail, ruiseki)
        ws.cell(r, tail + 1, ruiseki - _xsum(m23, upto))
        ws.cell(r, tail + 2, _ratio(ruiseki, goal_n))
        ws.cell(r, tail + 2).number_format = "0.0%"
        ws.cell(r, tail + 3, goal_n - ruiseki)
        if note:
            ws.cell(r, tail + 4, note)
        r += 1
    r += 1
    ws.cell(r, 3, "合計").font = BOLD
    ws.cell(r, 4, sum(u[3] for u in U02))
    ws.cell(r, 5, sum(u[4] for u in U02))
    ws.cell(r, 8, 137)  # typed by hand (the targets are text)
    ws.cell(r, 9, sum(_xsum(u[8], MAY) for u in U02))
    ws.cell(r, 10, sum(_xsum(u[9], MAY) for u in U02))
    for y_i, y in enumerate((2022, 2023, 2024)):
        c = starts[y]
        for k, m in enumerate(MAY):
            ws.cell(r, c + k, sum(_n(u[8 + y_i].get(m)) for u in U02))
        if y < 2024:
            ws.cell(r, c + 12, sum(_xsum(u[8 + y_i], upto) for u in U02))
    tr = sum(_xsum(u[10], upto) for u in U02)
    ws.cell(r, tail, tr)
    ws.cell(r, tail + 1, tr - sum(_xsum(u[9], upto) for u in U02))
    ws.cell(r, tail + 2, _ratio(tr, 137))
    ws.cell(r, tail + 2).number_format = "0.0%"
    ws.cell(r, tail + 3, 137 - tr)
    ws.cell(r + 2, 1, "※目標件数の（　）内は上期（5月～10月）の目標です。")
    ws.cell(r + 3, 1, "※「－1」は解約（取消）による減、「－」は該当なしです。")
    ws.freeze_panes = "D6"
    wb.save(path)


# ---------------------------------------------------------------------------
# 03 中部: cumulative before the months, two month-heading styles, .xls
# ---------------------------------------------------------------------------
# 県コード, 県名, 単組コード, 単組名, 組合員数(typed), 組合員数(n), 団生保有, 発効, 目標, m22, m23, m24
U03 = [
    ("09", "新潟県", "003", "見本岡市職員労働組合", "1,250人", 1250, 610, "10月", 25,
     {6: 1, 10: 8, 12: 2, 1: 1, 4: 1},
     {7: 2, 10: 10, 11: 1, 3: 2},
     {6: 2, 8: 1, 10: 12, 12: 3}),
    ("09", "新潟県", "027", "試験条市職員組合", "430人", 430, 140, "7月", 8,
     {7: 3, 2: 1},
     {7: 2, 9: 1, 1: 2},
     {7: 4, 11: 1}),
    None,  # blank separator row
    ("18", "長野県", "052", "試験田市職員労働組合", "1,610人", 1610, 1720, "10月", 20,
     {6: 1, 7: 1, 10: 9, 12: 1, 3: 1},
     {8: 2, 10: 11, 11: 1, 1: 1, 2: 1},
     {7: 1, 10: 10, 12: 1}),
    None,
    ("19", "富山県", "010", "架空岡市職員労働組合", "2,040人", 2040, 1150, "10月", 30,
     {6: 2, 10: 15, 11: 2, 2: 3},
     {6: 1, 8: 1, 10: 18, 12: 1, 5: 1},
     {6: 3, 9: 2, 10: 20, 11: 2, 12: 4}),
    None,
    ("20", "石川県", "006", "見本松市職員組合", "980人", 980, 390, "4月", 15,
     {4: 7, 5: 1},
     {12: 1, 4: 9},
     {6: 1, 12: 2}),
]


def _era_month(m: int) -> str:
    return f"R6.{m}" if m >= 6 else f"R7.{m}"


def build_03_xlsx(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "中部"
    upto = _upto(JUNE, 12)
    ws["A1"] = "令和6年度　加入拡大モデル単組　取組状況（中部ブロック・6月開始）"
    ws["A1"].font = BOLD
    ws["A2"] = "令和6年12月末現在"
    fixed = ["県コード", "県名", "単組コード", "単組名", "組合員数", "団生保有", "加入率", "発効", "目標件数"]
    for i, h in enumerate(fixed, start=1):
        _merge(ws, 4, i, 5, i, h)
    starts = {}
    col = 10
    for y, label in ((2022, "R4年度"), (2023, "R5年度")):
        starts[y] = col
        _merge(ws, 4, col, 4, col + 13, label)
        ws.cell(5, col, "12月累計").alignment = CENTER
        ws.cell(5, col + 1, "年度計").alignment = CENTER
        for k, m in enumerate(JUNE):
            ws.cell(5, col + 2 + k, m).alignment = CENTER  # bare numbers
        col += 14
    starts[2024] = col
    _merge(ws, 4, col, 4, col + 12, "R6年度")
    ws.cell(5, col, "累積件数").alignment = CENTER
    for k, m in enumerate(JUNE):
        ws.cell(5, col + 1 + k, _era_month(m)).alignment = CENTER
    tail = col + 13
    for i, h in enumerate(["前年比", "達成率", "残件数"]):
        _merge(ws, 4, tail + i, 5, tail + i, h)

    r = 6
    real = [u for u in U03 if u is not None]
    for u in U03:
        if u is None:
            r += 1
            continue
        kc, ken, tc, name, mem_t, mem_n, dan, hakko, goal, m22, m23, m24 = u
        vals = [kc, ken, tc, name, mem_t, dan, round(dan / mem_n, 4), hakko, goal]
        for i, v in enumerate(vals, start=1):
            ws.cell(r, i, v)
        ws.cell(r, 5).alignment = Alignment(horizontal="right")
        ws.cell(r, 7).number_format = "0.0%"
        for y, md in ((2022, m22), (2023, m23)):
            c = starts[y]
            ws.cell(r, c, _xsum(md, upto))
            ws.cell(r, c + 1, _xsum(md, JUNE))
            for k, m in enumerate(JUNE):
                if m in md:
                    ws.cell(r, c + 2 + k, md[m])
        c = starts[2024]
        ruiseki = _xsum(m24, upto)
        ws.cell(r, c, ruiseki)
        for k, m in enumerate(JUNE):
            if m in m24:
                ws.cell(r, c + 1 + k, m24[m])
        ws.cell(r, tail, ruiseki - _xsum(m23, upto))
        ws.cell(r, tail + 1, _ratio(ruiseki, goal))
        ws.cell(r, tail + 1).number_format = "0.0%"
        ws.cell(r, tail + 2, goal - ruiseki)
        r += 1
    _merge(ws, r, 1, r, 4, "合計", bold=True)
    ws.cell(r, 5, f"{sum(u[5] for u in real):,}人")
    ws.cell(r, 6, sum(u[6] for u in real))
    ws.cell(r, 9, sum(u[8] for u in real))
    for y_i, y in enumerate((2022, 2023)):
        c = starts[y]
        ws.cell(r, c, sum(_xsum(u[9 + y_i], upto) for u in real))
        ws.cell(r, c + 1, sum(_xsum(u[9 + y_i], JUNE) for u in real))
        for k, m in enumerate(JUNE):
            ws.cell(r, c + 2 + k, sum(_n(u[9 + y_i].get(m)) for u in real))
    c = starts[2024]
    tr = sum(_xsum(u[11], upto) for u in real)
    tg = sum(u[8] for u in real)
    ws.cell(r, c, tr)
    for k, m in enumerate(JUNE[:7]):
        ws.cell(r, c + 1 + k, sum(_n(u[11].get(m)) for u in real))
    ws.cell(r, tail, tr - sum(_xsum(u[10], upto) for u in real))
    ws.cell(r, tail + 1, _ratio(tr, tg))
    ws.cell(r, tail + 1).number_format = "0.0%"
    ws.cell(r, tail + 2, tg - tr)
    ws.cell(r + 2, 1, "※月の欄は各月の新規加入件数。累計・年度計は各年度の左端に記載。")
    ws.freeze_panes = "E6"
    wb.save(path)


def _to_xls(src: Path, dest: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="lg8_lo_") as tmp:
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


def build_03(path: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="lg8_03_") as tmp:
        src = Path(tmp) / "grid03.xlsx"
        build_03_xlsx(src)
        _to_xls(src, path)


# ---------------------------------------------------------------------------
# 04 近畿: a spacer column after every column, 2022 only 年度計, print area
# ---------------------------------------------------------------------------
# 県コード, 県名, 単組コード, 単組名, 組合員数, 団生保有, 発効, 目標, 2022年度計, m23, m24
U04 = [
    ("26", "滋賀", 1, "見本賀県職員労働組合", 2900, 1350, "10月", 45, 38,
     {6: 2, 7: 1, 9: 3, 10: 25, 11: 2, 1: 1, 2: 2, 3: 1, 5: 2},
     {6: 3, 8: 2, 10: 28, 11: 1, 12: 2, 1: 2, 2: 1}),
    ("27", "京都", 18, "試験治市職員組合", 760, 330, "7月", 10, 6,
     {7: 4, 12: 1, 4: 1},
     {7: 6, 8: 1, 1: 4}),
    ("28", "奈良", 9, "架空原市職員労働組合", 1130, 470, "10月", 20, 14,
     {10: 9, 11: 1, 2: 2, 5: 1},
     {6: 1, 10: 8, 2: 1}),
    ("29", "和歌山", 40, "見本辺市職員組合", 450, 120, "10月", 8, 3,
     {10: 2, 3: 1},
     {10: 3, 1: 1}),
    ("32", "兵庫", 112, "試験路市職員労働組合", 2150, 960, "10月", 35, 27,
     {6: 1, 8: 2, 10: 18, 12: 2, 1: 1, 3: 3, 4: 1},
     {6: 2, 7: 1, 10: 21, 11: 2, 12: 1, 2: 3}),
]


def _pc(i: int) -> int:
    """Physical column of logical column i (0-based): a spacer after every column."""
    return 2 * i + 1


def build_04(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "近畿"
    upto = _upto(JUNE, 2)
    ws["A1"] = "2024年度　加入拡大モデル単組　月別実績（近畿ブロック）"
    ws["A1"].font = BOLD
    ws["A2"] = "2025年2月速報値（6月開始）"
    heads = ["県コード", "県名", "単組コード", "単組名", "組合員数", "団生保有", "加入率", "発効",
             "目標件数", "年度計"]
    heads += [f"{m}月" for m in JUNE] + ["2月末累計", "年度計"]
    heads += [f"{m}月" for m in JUNE] + ["累積件数", "前年比", "達成率", "残件数"]
    L22, L23, L24, LT = 9, 10, 24, 36
    for i, h in enumerate(heads):
        ws.cell(5, _pc(i), h).alignment = CENTER
    ws.cell(4, _pc(L22), "2022年度").alignment = CENTER
    _merge(ws, 4, _pc(L23), 4, _pc(L23 + 13), "2023年度")
    _merge(ws, 4, _pc(L24), 4, _pc(L24 + 11), "2024年度")
    for i in range(len(heads)):
        ws.column_dimensions[get_column_letter(_pc(i) + 1)].width = 1.5
    r = 6
    for u in U04:
        kc, ken, tc, name, mem, dan, hakko, goal, y22, m23, m24 = u
        vals = [kc, ken, tc, name, mem, dan, round(dan / mem, 4), hakko, goal, y22]
        for i, v in enumerate(vals):
            ws.cell(r, _pc(i), v)
        ws.cell(r, _pc(6)).number_format = "0.0%"
        for k, m in enumerate(JUNE):
            if m in m23:
                ws.cell(r, _pc(L23 + k), m23[m])
            if m in m24:
                ws.cell(r, _pc(L24 + k), m24[m])
        ws.cell(r, _pc(L23 + 12), _xsum(m23, upto))
        ws.cell(r, _pc(L23 + 13), _xsum(m23, JUNE))
        ruiseki = _xsum(m24, upto)
        ws.cell(r, _pc(LT), ruiseki)
        ws.cell(r, _pc(LT + 1), ruiseki - _xsum(m23, upto))
        ws.cell(r, _pc(LT + 2), _ratio(ruiseki, goal))
        ws.cell(r, _pc(LT + 2)).number_format = "0.0%"
        ws.cell(r, _pc(LT + 3), goal - ruiseki)
        r += 1
    ws.cell(r, _pc(3), "合計").font = BOLD
    ws.cell(r, _pc(4), sum(u[4] for u in U04))
    ws.cell(r, _pc(5), sum(u[5] for u in U04))
    ws.cell(r, _pc(8), sum(u[7] for u in U04))
    ws.cell(r, _pc(9), sum(u[8] for u in U04))
    for k, m in enumerate(JUNE):
        ws.cell(r, _pc(L23 + k), sum(_n(u[9].get(m)) for u in U04))
        if k < 9:
            ws.cell(r, _pc(L24 + k), sum(_n(u[10].get(m)) for u in U04))
    ws.cell(r, _pc(L23 + 12), sum(_xsum(u[9], upto) for u in U04))
    ws.cell(r, _pc(L23 + 13), sum(_xsum(u[9], JUNE) for u in U04))
    tr = sum(_xsum(u[10], upto) for u in U04)
    tg = sum(u[7] for u in U04)
    ws.cell(r, _pc(LT), tr)
    ws.cell(r, _pc(LT + 1), tr - sum(_xsum(u[9], upto) for u in U04))
    ws.cell(r, _pc(LT + 2), _ratio(tr, tg))
    ws.cell(r, _pc(LT + 2)).number_format = "0.0%"
    ws.cell(r, _pc(LT + 3), tg - tr)
    last_print_col = get_column_letter(_pc(L23 + 13))
    ws.print_area = f"A1:{last_print_col}{r}"
    ws.freeze_panes = ws.cell(6, _pc(4)).coordinate
    ws.page_setup.orientation = "landscape"
    wb.save(path)


# ---------------------------------------------------------------------------
# 05 九州: two rows per union (当月 / 累計), 月度, 月平均, 新規
# ---------------------------------------------------------------------------
# 県コード, 県名, 単組コード, 単組名, 組合員数, 団生保有, 発効, 目標, m22, m23, m24  (None = 「新規」)
U05 = [
    (42, "福岡", 3, "見本留米市職員労働組合", 1880, 900, "10月", 30,
     {5: 1, 7: 2, 10: 15, 12: 1, 2: 2, 4: 1},
     {6: 1, 10: 17, 11: 2, 1: 1, 3: 2, 4: 2},
     {5: 2, 6: 1, 9: 1, 10: 19, 12: 2, 2: 1, 3: 3}),
    (42, "福岡", 51, "試験塚市職員組合", 640, 210, "7月", 10,
     None,
     None,
     {7: 3, 8: 1, 11: 1, 3: 2}),
    (43, "佐賀", 2, "架空賀市職員労働組合", 1050, 520, "10月", 15,
     {10: 6, 11: 1, 3: 1},
     {9: 1, 10: 7, 4: 1},
     {10: 9, 1: 1, 3: 1}),
    (44, "長崎", 14, "見本世保市職員労働組合", 1490, 640, "10月", 20,
     {5: 2, 10: 10, 2: 1},
     {5: 1, 6: 1, 10: 12, 12: 1, 4: 3},
     {5: 3, 10: 14, 11: 2, 1: 1, 2: 1}),
    (45, "大分", 7, "試験府市職員組合", 900, 300, "4月", 12,
     {4: 6},
     {8: 1, 4: 7},
     {8: 1, 12: 1, 3: 1}),
]
SHAHO05 = (60, "社保労連", 2, "架空年金事務職員労働組合", 4200, 1300, "10月", 40,
           {5: 2, 6: 1, 10: 14, 11: 2, 1: 2, 3: 1, 4: 1},
           {5: 1, 7: 2, 10: 16, 12: 1, 2: 2, 4: 2},
           {5: 3, 6: 1, 10: 18, 11: 1, 1: 2, 3: 1})


def build_05(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "九州"
    upto = _upto(MAY, 3)
    ws["A1"] = "2024年度　加入拡大モデル単組　実績（九州ブロック・5月開始）"
    ws["A1"].font = BOLD
    ws["A2"] = "2025年3月末現在"
    fixed = ["県コード", "県名", "単組コード", "単組名", "組合員数", "団生保有", "加入率", "発効",
             "目標件数", "区分"]
    for i, h in enumerate(fixed, start=1):
        _merge(ws, 4, i, 5, i, h)
    starts = {}
    col = 11
    for y in (2022, 2023, 2024):
        starts[y] = col
        width = 15 if y < 2024 else 12
        _merge(ws, 4, col, 4, col + width - 1, f"{y}年度")
        for k, m in enumerate(MAY):
            ws.cell(5, col + k, f"{m}月度").alignment = CENTER
        if y < 2024:
            ws.cell(5, col + 12, "3月累計").alignment = CENTER
            ws.cell(5, col + 13, "年度計").alignment = CENTER
            ws.cell(5, col + 14, "月平均").alignment = CENTER
        col += width
    tail = col
    for i, h in enumerate(["累積件数", "前年比", "達成率", "残件数"]):
        _merge(ws, 4, tail + i, 5, tail + i, h)

    def write_pair(r, u, label=None):
        kc, ken, tc, name, mem, dan, hakko, goal, m22, m23, m24 = u
        if label:
            _merge(ws, r, 1, r + 1, 4, label, bold=True)
            vals = [None, None, None, None, mem, dan, round(dan / mem, 4), None, goal]
        else:
            vals = [kc, ken, tc, name, mem, dan, round(dan / mem, 4), hakko, goal]
        for i, v in enumerate(vals, start=1):
            if v is not None:
                ws.cell(r, i, v)
            if not (label and i <= 4):
                ws.merge_cells(start_row=r, start_column=i, end_row=r + 1, end_column=i)
                ws.cell(r, i).alignment = Alignment(vertical="center")
        ws.cell(r, 7).number_format = "0.0%"
        ws.cell(r, 10, "当月")
        ws.cell(r + 1, 10, "累計")
        for y, md in ((2022, m22), (2023, m23), (2024, m24)):
            c = starts[y]
            if md is None:  # new model union: 「新規」 in the past totals
                ws.cell(r, c + 12, "新規")
                ws.cell(r, c + 13, "新規")
                continue
            run = 0
            months = MAY if y < 2024 else upto
            for k, m in enumerate(MAY):
                if m in md:
                    ws.cell(r, c + k, md[m])
                if m in months:
                    run += _n(md.get(m))
                    ws.cell(r + 1, c + k, run)
            if y < 2024:
                ws.cell(r, c + 12, _xsum(md, upto))
                ws.cell(r, c + 13, _xsum(md, MAY))
                ws.cell(r, c + 14, round(_xsum(md, MAY) / 12, 4))
                ws.cell(r, c + 14).number_format = "0.0"
        ruiseki = _xsum(m24, upto)
        ws.cell(r, tail, ruiseki)
        ws.cell(r, tail + 1, "－" if m23 is None else ruiseki - _xsum(m23, upto))
        ws.cell(r, tail + 2, _ratio(ruiseki, goal))
        ws.cell(r, tail + 2).number_format = "0.0%"
        ws.cell(r, tail + 3, goal - ruiseki)
        for i in range(4):
            ws.merge_cells(start_row=r, start_column=tail + i, end_row=r + 1, end_column=tail + i)

    r = 6
    for u in U05:
        write_pair(r, u)
        r += 2
    # 合計 (two rows): sums of the unions' month cells (Excel's SUM)
    def tot(idx):
        out = {}
        for u in U05:
            if u[idx] is None:
                continue
            for m, v in u[idx].items():
                out[m] = out.get(m, 0) + _n(v)
        return out
    total = (None, None, None, None, sum(u[4] for u in U05), sum(u[5] for u in U05), None,
             sum(u[7] for u in U05), tot(8), tot(9), tot(10))
    write_pair(r, total, label="合計")
    r += 3
    ws.cell(r, 1, "※社保労連は全国集計の対象外（参考掲載）")
    r += 1
    write_pair(r, SHAHO05)
    ws.freeze_panes = "K6"
    wb.save(path)


FILES = {
    "01_東北_6月開始_上期下期.xlsx": build_01,
    "02_関東_5月開始_県支部見出し.xlsx": build_02,
    "03_中部_6月開始_累計先頭.xls": build_03,
    "04_近畿_6月開始_空白列.xlsx": build_04,
    "05_九州_5月開始_当月累計2段.xlsx": build_05,
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

    dest = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("legacy_grid8_out")
    for k, v in build(dest).items():
        print(k, "->", v)
