"""Seventh independent fixture set: 加入拡大モデル単組 grids (Report A) meant to
measure GENERALISATION -- ordinary grid files as prefecture / block offices
would really retype and send them, each combining 4-5 habits: about two
thirds habits already met in tests/legacy_grid … legacy_grid6 (combined
differently), about one third habits none of those sets has (marked NEW).
Made by a helper who never read the reader's code.

All union names are invented (見本 / 試験 / 架空); no person's name appears
(the 担当 cells hold roles).  All month counts are literals typed here by
hand.  FY2024 (past years 2022 and 2023).  Expected readings are in
expected.py (worked out by hand, not produced by the tool).  ``_`` below
means a blank cell.

The typed derived cells in the files (N月累計, 年度計, 前々年度実績, 累積件数,
前年比, 達成率, 残件数, 年度見込, 県計 / 合計 rows and column) are what the
clerk's Excel would show: build.py fills them with Excel's SUM of the month
cells (``_derived``), which LEAVES OUT text cells (「3件」, 「－」) -- so where
a month is typed as text the typed totals of that row are short, as they
would be in Excel.  expected.py does not use them.

Files (writer / sheet / header rows / habits)
---------------------------------------------

01_東北_6月開始_和暦併記.xlsx  -- openpyxl, sheet 「東北」, June start, cutoff
    2025年2月 (row 2 「2025年2月速報値　6月開始」, headings 「2月\\n累計」).  Year
    groups row 4, headings row 5, data from row 6.
    Habits:
    * NEW: year groups typed with BOTH calendars 「2022年度（令和4年度）」
      「2023年度（令和5年度）」「2024年度（令和6年度）」 (title likewise);
    * NEW: 組合員数 / 団生保有 typed as TEXT in FULL-WIDTH, with a FULL-WIDTH
      thousands comma: 「１，６５０」「４，５４０」「３１０」「５００」 and the
      mixed 「3，070」 (half-width digits, full-width comma); other cells are
      numbers;
    * two-row heading, fixed columns merged vertically over rows 4-5 with
      line breaks 「自治労\\n県コード」「組合\\n員数」 (seen: legacy_grid 01);
    * 県コード typed as NUMBERS (5, 6, 7, 8) and 県コード / 県名 merged
      vertically over 宮城's two unions (seen: legacy_grid 01);
    * 合計 row, blank row, ※ note and a 社保労連 (60) union below (seen).

02_関東_5月開始_訂正行.xlsx  -- XlsxWriter, sheet 「関東ブロック」, MAY start,
    cutoff 2025年1月 (row 2 「2025年1月末現在」, headings 「1月累計」).  Year
    groups row 3, headings row 4, data from row 5.
    Habits:
    * NEW: a mistyped row LEFT IN PLACE WITH STRIKETHROUGH (取り消し線 on every
      cell of the row) -- 試験木市 with wrong 2024 figures, 備考 「入力誤り（1月分）
      →下の行に訂正」 -- and the corrected row of the same union directly
      below (備考 「1月分訂正」); a note under the table: 「※取り消し線の行は
      入力誤りです（下の行が正しい数字）」.  One union, the corrected figures;
    * NEW: the 単組名 column is TWO MERGED COLUMNS (heading 「単組名」 merged
      C4:D4 and every name merged C:D), so every later column is one to the
      right of where a one-column name would put it;
    * NO 県コード column, 県名 typed 「群馬県本部」「栃木県本部」「茨城県本部」
      「千葉県本部」 (seen: legacy_grid 02, legacy_grid4 02);
    * typed 「前々年度実績」「前年度実績」 (seen: legacy_grid 02); 備考 at the
      right end (seen); frozen panes (seen).
    A 合計 row (the clerk's SUM includes the struck row).

03_北信越_6月開始_累計右端.xls  -- openpyxl, then LibreOffice → .xls (BIFF8).
    Sheet 「北信越」, June start, cutoff 2024年12月 (row 2 「2024年12月末現在」).
    Year groups row 4, headings row 5, data from row 6.
    Habits:
    * NEW: the year groups in TWO-DIGIT western years 「22年度」「23年度」
      「24年度」 (the title has 「2024年度」);
    * NEW: the past years' month blocks hold ONLY months; their 「12月累計」 and
      「年度計」 are collected at the RIGHT END, after 残件数, under one group
      「過去実績」: 「22年度\\n12月累計」「22年度\\n年度計」「23年度\\n12月累計」
      「23年度\\n年度計」;
    * column A left empty (the table starts in column B) (seen: legacy_grid
      06); a BLANK separator row between prefectures, 県名 with the 県 suffix
      (「新潟県」…), 県コード as text (seen: legacy_grid 03);
    * month headings in FULL-WIDTH digits 「６月」「１２月」 (seen: legacy_grid
      04); explicit 0 in every empty month of one union (seen); legacy .xls
      (seen).
    A 合計 row.

04_大阪_5月開始_縦横入替.xlsx  -- openpyxl, sheet 「月別」, MAY start, cutoff
    2025年1月 (row 2 「2025年1月末現在」, row label 「1月累計」).
    Habits:
    * NEW: the grid TRANSPOSED -- ONE COLUMN PER UNION (C…F), the fixed items
      (単組コード, 単組名, 組合員数, 団生保有, 加入率, 発効, 目標件数) and the
      months as ROWS; column A holds the year group merged vertically
      (「2022年度」 over its 12 months + 「1月累計」 + 「年度計」, likewise 2023;
      「2024年度」 over its 12 months + 「累積件数」), column B the row label;
      then rows 「前年比」「達成率」「残件数」;
    * NEW: a 「合計」 COLUMN (G) at the right (sum over the unions per row);
    * ONE PREFECTURE'S OWN FILE named only in the title 「自治労大阪府本部」
      (seen: legacy_grid5 05, legacy_grid6 07): every union is 大阪 (30);
    * month labels are REAL DATES (2022-05-01 …) shown as m"月" (seen:
      legacy_grid 02);
    * counts typed as TEXT with 「件」 in two month cells (「3件」「1件」)
      (seen: legacy_grid3 03).

05_中国四国_6月開始_見込列.xlsx  -- openpyxl, sheet 「中国四国」, June start,
    cutoff 2025年2月 (title 「…2025年2月速報値」, headings 「2月累計」).  Summary
    box rows 2-3, year groups row 5, headings row 6, data from row 7.
    Habits:
    * NEW: the current year's columns after the cutoff are FORECASTS: 6月…2月
      (actual) then 「3月\\n見込」「4月\\n見込」「5月\\n見込」「年度\\n見込」, filled
      with the unions' expected figures; a note under the table says 「※見込は
      各単組からの聞き取りによる見込み件数（実績ではありません）」;
    * NEW: a note typed INSIDE the union's name cell: 「架空吉市職員労働組合
      （2年目）」, 「試験頭町職員組合（新規）」, 「試験知市職員労働組合（新規）」
      (the model-union year); the union is counted normally;
    * the 2022年度 MONTH columns HIDDEN (plain hidden columns, no outline), its
      「2月累計」 and the typed 「2022年度実績」 visible (seen in spirit:
      legacy_grid3 06 collapsed outline);
    * 県コード / 県名 typed only on the FIRST union of a prefecture (seen:
      legacy_grid2 01); 単組コード typed as NUMBERS (seen);
    * a summary box ABOVE the headings (取組単組／目標／実績／到達率／目標達成単組)
      with STALE (January) values (seen: legacy_grid3 04).
    A 合計 row.

06_九州_5月開始_フィルター.xlsx  -- openpyxl, sheet 「九州」, MAY start, cutoff
    2025年3月 (row 2 「2025年3月末現在」, headings 「3月累計」).  Year groups row
    4, headings row 5, data from row 6.
    Habits:
    * NEW: an AUTOFILTER LEFT ON: the filter on 県名 = 「福岡県」 is still
      applied, so rows 8-16 (the other prefectures' unions and every 県計 row)
      are HIDDEN BY THE FILTER; the title names the whole 九州ブロック and the
      合計 row (outside the filter range) sums all six unions -- a careful
      clerk clears the filter and reads all six;
    * NEW: the year groups headed by their DATE RANGE 「2022年5月～2023年4月」
      「2023年5月～2024年4月」「2024年5月～2025年4月」 instead of 「…年度」;
    * a 「県計」 row after each prefecture's unions (label 「福岡県計」 in the
      県名 column) (seen: legacy_grid3 01, legacy_grid 02 小計);
    * 「－」 typed for nothing in some months (seen: legacy_grid2 06); a 「担当」
      column (roles) after 単組名 and 「備考」 at the end (seen: legacy_grid 05);
      県コード as text, 県名 with the 県 suffix (seen).
"""
from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import openpyxl
import xlsxwriter
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter as L
from openpyxl.worksheet.filters import FilterColumn, Filters

_ = None
JUNE = [6, 7, 8, 9, 10, 11, 12, 1, 2, 3, 4, 5]
MAY = [5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3, 4]
FW = str.maketrans("0123456789", "０１２３４５６７８９")


def _xl(v):
    """What Excel's SUM takes from a typed cell: numbers only."""
    return v if isinstance(v, (int, float)) and not isinstance(v, bool) else 0


def _derived(m22, m23, m24, n, tgt):
    """Cells the clerk's sheet would show: (y22, c22, y23, c23, cum, yoy, ach, rem)."""
    y22 = sum(_xl(v) for v in m22)
    c22 = sum(_xl(v) for v in m22[:n])
    y23 = sum(_xl(v) for v in m23)
    c23 = sum(_xl(v) for v in m23[:n])
    cum = sum(_xl(v) for v in m24[:n])
    ach = (cum / tgt) if tgt else ""
    return y22, c22, y23, c23, cum, cum - c23, ach, tgt - cum


def _num(v):
    return _xl(v)


def _ym(fy, start, k):
    m = start + k
    return (fy, m) if m <= 12 else (fy + 1, m - 12)


# ======================================================================
# 01 東北, June start, cutoff 2025年2月 (indexes 0-8)
# ======================================================================
U01 = [
    # 県コード, 県名, 単組コード(int), 単組名, 組合員数(cell), 団生保有(cell), 発効, 目標, m22, m23, m24
    (5, "宮城", 12, "見本理市職員労働組合", "１，６５０", 720, "10月", 30,
     [2, 1, _, 3, 9, 1, _, 1, 2, 1, 4, _],
     [1, 2, 1, _, 11, _, 1, _, 1, _, 2, 1],
     [3, 1, 2, 1, 14, 2, _, 1, 2, _, _, _]),
    (5, "宮城", 43, "試験松市職員組合", "３１０", 95, "1月", 8,
     [_, _, 1, _, _, _, _, 2, _, _, _, 1],
     [_, 1, _, _, _, _, _, 3, 1, 1, _, _],
     [_, _, _, 1, _, _, _, 4, 3, _, _, _]),
    (6, "秋田", 7, "架空沢市役所職員労働組合", 360, 155, "10月", 20,
     [1, _, _, 2, 5, _, _, _, _, _, 1, _],
     [_, _, 1, 1, 4, 1, _, _, _, _, _, _],
     [_, 1, _, _, 3, _, _, 1, _, _, _, _]),
    (7, "山形", 4, "見本田市職員労働組合", 615, "５００", "11月", 20,
     [_, _, _, _, 1, 6, 1, _, _, _, _, _],
     [_, 1, _, _, _, 9, _, 1, _, _, 1, _],
     [1, _, _, 1, 2, 12, 1, _, 1, _, _, _]),
    (8, "福島", 1, "架空島県職員連合労働組合", "４，５４０", "3，070", "10月", 200,
     [10, 8, 12, 15, 60, 9, 7, 6, 5, 4, 3, 2],
     [9, 10, 11, 14, 70, 8, 6, 5, 4, 3, 2, 1],
     [12, 9, 10, 16, 80, 11, 8, 7, 6, _, _, _]),
]
SHAHO01 = (60, "社保労連", 1, "試験年金職員労働組合", 6000, 2010, "12月", 60,
           [3, 2, 4, 2, 3, 5, 8, 4, 3, 2, 2, 1],
           [2, 3, 2, 3, 4, 4, 9, 5, 2, 1, 1, 2],
           [4, 3, 3, 2, 5, 6, 10, 4, 3, _, _, _])


def build_01(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "東北"
    ws["A1"] = "2024年度（令和6年度）　加入拡大モデル単組　取り組み状況（東北ブロック）"
    ws["A2"] = "2025年2月速報値　6月開始"
    ws["A1"].font = Font(bold=True, size=14)
    wrap = Alignment(wrap_text=True, horizontal="center", vertical="center")
    fixed = ["自治労\n県コード", "県名", "単組\nコード", "加入拡大モデル単組", "組合\n員数",
             "団生\n保有", "加入率", "発効", "2022年度\n実績", "2023年度\n実績"]
    for i, h in enumerate(fixed, start=1):
        ws.cell(4, i, h).alignment = wrap
        ws.merge_cells(start_row=4, start_column=i, end_row=5, end_column=i)
    col = len(fixed) + 1  # K
    starts = {}
    for fy, wareki, has_c in ((2022, "令和4年度", True), (2023, "令和5年度", True), (2024, "令和6年度", False)):
        starts[fy] = col
        width = 13 if has_c else 12
        ws.cell(4, col, f"{fy}年度（{wareki}）").alignment = wrap
        ws.merge_cells(start_row=4, start_column=col, end_row=4, end_column=col + width - 1)
        for k, m in enumerate(JUNE):
            ws.cell(5, col + k, f"{m}月").alignment = wrap
        if has_c:
            ws.cell(5, col + 12, "2月\n累計").alignment = wrap
        col += width
    tail = ["累積\n件数", "目標\n件数", "前年比", "達成率", "残件数", "県名"]
    tail_col = col
    for i, h in enumerate(tail):
        ws.cell(4, col + i, h).alignment = wrap
        ws.merge_cells(start_row=4, start_column=col + i, end_row=5, end_column=col + i)

    def put(r, u):
        code, pref, ucode, name, mem, held, eff, tgt, m22, m23, m24 = u
        y22, c22, y23, c23, cum, yoy, ach, rem = _derived(m22, m23, m24, 9, tgt)
        ws.cell(r, 1, code)
        ws.cell(r, 2, pref)
        ws.cell(r, 3, ucode).number_format = "000"
        ws.cell(r, 4, name)
        ws.cell(r, 5, mem)
        ws.cell(r, 6, held)
        rate = _num(held) / _num(mem) if _num(mem) and _num(held) else ""
        ws.cell(r, 7, rate).number_format = "0.0%"
        ws.cell(r, 8, eff)
        ws.cell(r, 9, y22)
        ws.cell(r, 10, y23)
        for fy, ms, c in ((2022, m22, c22), (2023, m23, c23), (2024, m24, None)):
            for k, v in enumerate(ms):
                if v is not None:
                    ws.cell(r, starts[fy] + k, v)
            if c is not None:
                ws.cell(r, starts[fy] + 12, c)
        for i, v in enumerate([cum, tgt, yoy, ach, rem, pref]):
            ws.cell(r, tail_col + i, v)
        ws.cell(r, tail_col + 3).number_format = "0.0%"

    r = 6
    for u in U01:
        put(r, u)
        r += 1
    # 宮城 (rows 6-7): 県コード and 県名 merged vertically
    ws.merge_cells("A6:A7")
    ws.merge_cells("B6:B7")
    # 合計 (Excel SUM: text 組合員数 / 団生保有 left out)
    ws.cell(r, 1, "合計")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
    last = tail_col + 4
    for c in list(range(5, 7)) + list(range(9, last + 1)):
        if c in (7, 8, tail_col + 3):
            continue
        vals = [ws.cell(rr, c).value for rr in range(6, r)]
        ws.cell(r, c, sum(_xl(v) for v in vals))
    tc, tt = ws.cell(r, tail_col).value, ws.cell(r, tail_col + 1).value
    ws.cell(r, tail_col + 3, tc / tt).number_format = "0.0%"
    r += 2
    ws.cell(r, 1, "※社保労連は加入拡大モデル単組の取り組みに準じて推進（全国集計には含まない）")
    r += 1
    put(r, SHAHO01)
    ws.freeze_panes = "E6"
    wb.save(path)


# ======================================================================
# 02 関東, MAY start, cutoff 2025年1月 (indexes 0-8)
# ======================================================================
U02 = [
    # 県名, 単組コード(str), 単組名, 組合員数, 団生保有, 発効, 目標, m22, m23, m24, 備考, struck
    ("群馬県本部", "001", "見本馬県職員労働組合", 4450, 2290, "11月", 100,
     [6, 5, 4, 8, 7, 40, 6, 5, 3, 2, 4, 9],
     [5, 6, 3, 7, 9, 45, 4, 6, 2, 3, 2, 8],
     [7, 4, 5, 9, 8, 50, 5, 4, 3, _, _, _], "", False),
    ("群馬県本部", "003", "試験橋市役所職員組合", 1530, 1200, "11月", 35,
     [_, 1, _, 2, _, 25, 1, _, _, _, 1, 3],
     [1, _, _, 1, 2, 28, _, 1, _, _, _, 2],
     [2, 1, _, 1, 1, 30, 1, _, 2, _, _, _], "目標達成", False),
    ("栃木県本部", "010", "試験木市職員労働組合", 880, 630, "1月", 12,
     [_, _, _, _, _, _, _, _, 8, 3, _, _],
     [_, _, 1, _, _, _, _, _, 10, _, 1, _],
     [_, 1, _, _, _, _, _, 1, 9, _, _, _], "入力誤り（1月分）→下の行に訂正", True),
    ("栃木県本部", "010", "試験木市職員労働組合", 880, 630, "1月", 12,
     [_, _, _, _, _, _, _, _, 8, 3, _, _],
     [_, _, 1, _, _, _, _, _, 10, _, 1, _],
     [_, 1, _, _, _, _, _, 2, 6, _, _, _], "1月分訂正", False),
    ("茨城県本部", "029", "見本方市職員組合", 270, 122, "2月", 10,
     [_, _, _, _, _, _, _, _, _, 6, 1, _],
     [_, _, _, _, _, _, _, _, 1, 8, _, _],
     [_, _, _, _, 1, _, _, _, _, _, _, _], "2月発効分を募集中", False),
    ("千葉県本部", "045", "試験川市職員組合", 1510, 216, "10月", 15,
     [_, _, _, _, _, 2, _, _, _, _, _, _],
     [1, _, _, _, _, 2, 1, _, _, _, _, 1],
     [_, _, 1, _, _, 3, _, 1, _, _, _, _], "", False),
]


def build_02(path: Path) -> None:
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("関東ブロック")
    title = wb.add_format({"bold": True, "font_size": 14})
    head = wb.add_format({"bold": True, "border": 1, "align": "center", "valign": "vcenter",
                          "text_wrap": True, "bg_color": "#DDEBF7"})
    cell = wb.add_format({"border": 1})
    pct = wb.add_format({"border": 1, "num_format": "0.0%"})
    strike = wb.add_format({"border": 1, "font_strikeout": True, "font_color": "#808080"})
    strike_pct = wb.add_format({"border": 1, "font_strikeout": True, "font_color": "#808080",
                                "num_format": "0.0%"})
    ws.write(0, 0, "関東ブロック　加入拡大モデル単組　実績一覧（5月開始）", title)
    ws.write(1, 0, "2025年1月末現在")
    # columns (0-based): A 県名, B 単組コード, C:D 単組名, E 組合員数, F 団生保有, G 加入率,
    # H 発効, I 前々年度実績, J 前年度実績, K.. months
    fixed = [(0, "県名"), (1, "単組コード"), (4, "組合員数"), (5, "団生保有"), (6, "加入率"),
             (7, "発効"), (8, "前々年度実績"), (9, "前年度実績")]
    for c, h in fixed:
        ws.write(3, c, h, head)
    ws.merge_range(3, 2, 3, 3, "単組名", head)
    col = 10
    starts = {}
    for fy, has_c in ((2022, True), (2023, True), (2024, False)):
        starts[fy] = col
        width = 13 if has_c else 12
        ws.merge_range(2, col, 2, col + width - 1, f"{fy}年度", head)
        for k, m in enumerate(MAY):
            ws.write(3, col + k, f"{m}月", head)
        if has_c:
            ws.write(3, col + 12, "1月累計", head)
        col += width
    tail_col = col
    for i, h in enumerate(["累積件数", "目標件数", "前年比", "達成率", "残件数", "備考"]):
        ws.write(3, col + i, h, head)
    ws.set_column(2, 3, 14)
    ws.set_column(tail_col + 5, tail_col + 5, 30)
    r = 4
    totals: dict[int, float] = {}
    for pref, ucode, name, mem, held, eff, tgt, m22, m23, m24, note, struck in U02:
        f = strike if struck else cell
        fp = strike_pct if struck else pct
        y22, c22, y23, c23, cum, yoy, ach, rem = _derived(m22, m23, m24, 9, tgt)
        row = {0: pref, 1: ucode, 4: mem, 5: held, 7: eff, 8: y22, 9: y23}
        for fy, ms, c in ((2022, m22, c22), (2023, m23, c23), (2024, m24, None)):
            for k, v in enumerate(ms):
                row[starts[fy] + k] = v
            if c is not None:
                row[starts[fy] + 12] = c
        row.update({tail_col: cum, tail_col + 1: tgt, tail_col + 2: yoy, tail_col + 4: rem,
                    tail_col + 5: note})
        for c in range(0, tail_col + 6):
            if c in (2, 3):
                continue
            v = row.get(c)
            if c == 6:
                ws.write(r, c, held / mem, fp)
            elif c == tail_col + 3:
                ws.write(r, c, ach, fp)
            elif v is None or v == "":
                ws.write_blank(r, c, None, f)
            else:
                ws.write(r, c, v, f)
            if isinstance(v, (int, float)) and c not in (1,):
                totals[c] = totals.get(c, 0) + v
        ws.merge_range(r, 2, r, 3, name, f)
        r += 1
    ws.merge_range(r, 0, r, 3, "合計", head)
    for c, v in totals.items():
        if c in (7,):
            continue
        ws.write(r, c, v, cell)
    ws.write(r, 6, totals[5] / totals[4], pct)
    ws.write(r, tail_col + 3, totals[tail_col] / totals[tail_col + 1], pct)
    r += 2
    ws.write(r, 0, "※取り消し線の行は入力誤りです（下の行が正しい数字）。")
    ws.freeze_panes(4, 4)
    wb.close()


# ======================================================================
# 03 北信越, June start, cutoff 2024年12月 (indexes 0-6) -> .xls
# ======================================================================
U03 = [
    # 県コード, 県名, 単組コード, 単組名, 組合員数, 団生保有, 発効, 目標, m22, m23, m24
    ("09", "新潟県", "071", "架空条市職員組合", 300, 190, "11月", 15,
     [_, 1, _, _, _, 4, 2, 1, _, _, _, 1],
     [_, _, 1, _, 1, 5, _, _, 2, _, _, _],
     [1, _, _, 2, _, 6, 1, _, _, _, _, _]),
    ("09", "新潟県", "102", "試験日町職員組合", 140, 70, "4月", 5,
     [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0],
     [0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 3, 0],
     [0, 0, 0, 0, 0, 1, 0, _, _, _, _, _]),
    None,
    ("19", "富山県", "014", "見本水市職員労働組合", 262, 100, "12月", 10,
     [_, _, _, _, _, _, 3, 1, _, _, _, _],
     [_, _, _, _, _, 1, 4, _, _, _, _, 1],
     [_, _, _, _, _, _, 7, _, _, _, _, _]),
    None,
    ("20", "石川県", "002", "架空賀市職員組合", 600, 220, "11月", 20,
     [1, _, _, 1, _, 12, _, 1, _, _, _, _],
     [_, 1, _, _, 2, 15, 1, _, _, 1, _, _],
     [_, 2, 1, _, 1, 18, _, _, _, _, _, _]),
    None,
    ("21", "福井県", "005", "見本井町職員労働組合", 450, 55, "10月", 25,
     [2, 1, _, 3, 9, _, 1, 1, 2, _, _, _],
     [1, 2, 1, 2, 11, 1, _, _, 1, 2, _, 1],
     [3, 1, 2, 1, 12, 2, 1, _, _, _, _, _]),
]


def build_03_xlsx(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "北信越"
    ws["B1"] = "2024年度　加入拡大モデル単組　月別実績（北信越・6月開始）"
    ws["B1"].font = Font(bold=True, size=14)
    ws["B2"] = "2024年12月末現在"
    wrap = Alignment(wrap_text=True, horizontal="center", vertical="center")
    fixed = ["県コード", "県名", "単組コード", "単組名", "組合員数", "団生保有", "加入率", "発効"]
    for i, h in enumerate(fixed):
        ws.cell(5, 2 + i, h).alignment = wrap
    col = 2 + len(fixed)  # J
    starts = {}
    for fy in (2022, 2023, 2024):
        starts[fy] = col
        ws.cell(4, col, f"{fy % 100}年度").alignment = wrap
        ws.merge_cells(start_row=4, start_column=col, end_row=4, end_column=col + 11)
        for k, m in enumerate(JUNE):
            ws.cell(5, col + k, f"{m}月".translate(FW)).alignment = wrap
        col += 12
    tail_col = col
    for i, h in enumerate(["累積件数", "目標件数", "前年比", "達成率", "残件数"]):
        ws.cell(5, col + i, h).alignment = wrap
    past_col = col + 5
    ws.cell(4, past_col, "過去実績（12月累計・年度計）").alignment = wrap
    ws.merge_cells(start_row=4, start_column=past_col, end_row=4, end_column=past_col + 3)
    for i, h in enumerate(["22年度\n12月累計", "22年度\n年度計", "23年度\n12月累計", "23年度\n年度計"]):
        ws.cell(5, past_col + i, h).alignment = wrap
    r = 6
    data_rows = []
    for u in U03:
        if u is None:
            r += 1
            continue
        code, pref, ucode, name, mem, held, eff, tgt, m22, m23, m24 = u
        y22, c22, y23, c23, cum, yoy, ach, rem = _derived(m22, m23, m24, 7, tgt)
        for i, v in enumerate([code, pref, ucode, name, mem, held, held / mem, eff]):
            ws.cell(r, 2 + i, v)
        ws.cell(r, 8).number_format = "0.0%"
        for fy, ms in ((2022, m22), (2023, m23), (2024, m24)):
            for k, v in enumerate(ms):
                if v is not None:
                    ws.cell(r, starts[fy] + k, v)
        for i, v in enumerate([cum, tgt, yoy, ach, rem, c22, y22, c23, y23]):
            ws.cell(r, tail_col + i, v)
        ws.cell(r, tail_col + 3).number_format = "0.0%"
        data_rows.append(r)
        r += 1
    ws.cell(r, 2, "合計")
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
    for c in [6, 7] + list(range(starts[2022], past_col + 4)):
        if c == tail_col + 3:
            continue
        ws.cell(r, c, sum(_xl(ws.cell(rr, c).value) for rr in data_rows))
    ws.cell(r, tail_col + 3, ws.cell(r, tail_col).value / ws.cell(r, tail_col + 1).value)
    ws.cell(r, tail_col + 3).number_format = "0.0%"
    ws.column_dimensions["A"].width = 2
    wb.save(path)


def _to_xls(src: Path, dst: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="lg7_lo_") as tmp:
        profile = Path(tmp) / "profile"
        out = Path(tmp) / "out"
        out.mkdir()
        cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
               "--convert-to", "xls:MS Excel 97", "--outdir", str(out), str(src)]
        subprocess.run(cmd, check=True, capture_output=True, timeout=300,
                       env={**os.environ, "HOME": tmp})
        shutil.move(str(out / (src.stem + ".xls")), str(dst))


def build_03(path: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="lg7_03_") as tmp:
        src = Path(tmp) / (path.stem + ".xlsx")
        build_03_xlsx(src)
        _to_xls(src, path)


# ======================================================================
# 04 大阪, MAY start, cutoff 2025年1月 (indexes 0-8), transposed
# ======================================================================
U04 = [
    # 単組コード, 単組名, 組合員数, 団生保有, 発効, 目標, m22, m23, m24
    ("211", "見本豊市職員労働組合", 2400, 900, "10月", 40,
     [2, 1, 3, 1, 1, 15, 2, 1, 2, 1, 1, 2],
     [1, 2, 2, 1, 3, 17, 1, 2, 1, 2, _, 1],
     [3, 2, 1, 2, 2, 20, "3件", 1, 2, _, _, _]),
    ("034", "試験田市職員組合", 780, 300, "4月", 15,
     [_, _, _, _, _, _, _, _, _, _, _, 9],
     [1, _, _, _, _, _, _, _, _, _, _, 11],
     [2, 1, _, _, _, _, _, "1件", _, _, _, _]),
    ("120", "架空尾市職員労働組合", 520, 260, "10月", 12,
     [_, 1, _, _, _, 6, _, _, 1, _, _, _],
     [_, _, 1, _, 1, 8, _, _, _, 1, _, _],
     [1, _, _, _, 2, 9, _, 1, _, _, _, _]),
    ("301", "見本阪水道労働組合", 350, 40, "6月", 6,
     [_, 2, _, _, _, _, _, _, _, _, _, _],
     [_, 1, _, _, _, _, _, _, _, _, 1, _],
     [_, _, _, _, _, _, _, _, _, _, _, _]),
]


def build_04(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "月別"
    ws["A1"] = "自治労大阪府本部　加入拡大モデル単組　月別実績（5月開始）"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "2025年1月末現在"
    mid = Alignment(horizontal="center", vertical="center", wrap_text=True)
    labels = ["単組コード", "単組名", "組合員数", "団生保有", "加入率", "発効", "目標件数"]
    ws.cell(4, 1, "単組").alignment = mid
    ws.merge_cells("A4:A10")
    for i, h in enumerate(labels):
        ws.cell(4 + i, 2, h)
    ws.cell(5, 7, "合計")
    first_u = 3
    n = len(U04)
    # fixed rows
    for j, (ucode, name, mem, held, eff, tgt, *_m) in enumerate(U04):
        c = first_u + j
        ws.cell(4, c, ucode)
        ws.cell(5, c, name).alignment = Alignment(wrap_text=True)
        ws.cell(6, c, mem)
        ws.cell(7, c, held)
        ws.cell(8, c, held / mem).number_format = "0.0%"
        ws.cell(9, c, eff)
        ws.cell(10, c, tgt)
    tot = first_u + n  # G
    for rr in (6, 7, 10):
        ws.cell(rr, tot, sum(ws.cell(rr, first_u + j).value for j in range(n)))
    ws.cell(8, tot, ws.cell(7, tot).value / ws.cell(6, tot).value).number_format = "0.0%"
    # year blocks
    r = 12
    rows_of = {}
    for fy, extra in ((2022, ["1月累計", "年度計"]), (2023, ["1月累計", "年度計"]), (2024, ["累積件数"])):
        top = r
        rows_of[fy] = r
        for k in range(12):
            y, m = _ym(fy, 5, k)
            ws.cell(r + k, 2, dt.datetime(y, m, 1)).number_format = 'm"月"'
        for i, lab in enumerate(extra):
            ws.cell(r + 12 + i, 2, lab)
        bottom = r + 12 + len(extra) - 1
        ws.cell(top, 1, f"{fy}年度").alignment = mid
        ws.merge_cells(start_row=top, start_column=1, end_row=bottom, end_column=1)
        r = bottom + 1
    agg_row = r
    ws.cell(r, 1, "集計").alignment = mid
    ws.merge_cells(start_row=r, start_column=1, end_row=r + 2, end_column=1)
    for i, lab in enumerate(["前年比", "達成率", "残件数"]):
        ws.cell(r + i, 2, lab)
    for j, (ucode, name, mem, held, eff, tgt, m22, m23, m24) in enumerate(U04):
        c = first_u + j
        y22, c22, y23, c23, cum, yoy, ach, rem = _derived(m22, m23, m24, 9, tgt)
        for fy, ms in ((2022, m22), (2023, m23), (2024, m24)):
            for k, v in enumerate(ms):
                if v is not None:
                    ws.cell(rows_of[fy] + k, c, v)
        ws.cell(rows_of[2022] + 12, c, c22)
        ws.cell(rows_of[2022] + 13, c, y22)
        ws.cell(rows_of[2023] + 12, c, c23)
        ws.cell(rows_of[2023] + 13, c, y23)
        ws.cell(rows_of[2024] + 12, c, cum)
        ws.cell(agg_row, c, yoy)
        ws.cell(agg_row + 1, c, ach).number_format = "0.0%"
        ws.cell(agg_row + 2, c, rem)
    # 合計 column (Excel SUM: text cells left out)
    for rr in range(rows_of[2022], agg_row + 3):
        if rr == agg_row + 1:
            continue
        vals = [ws.cell(rr, first_u + j).value for j in range(n)]
        if any(v is not None for v in vals) or ws.cell(rr, 2).value is not None:
            ws.cell(rr, tot, sum(_xl(v) for v in vals))
    ws.cell(agg_row + 1, tot, ws.cell(rows_of[2024] + 12, tot).value / ws.cell(10, tot).value)
    ws.cell(agg_row + 1, tot).number_format = "0.0%"
    ws.column_dimensions["A"].width = 9
    ws.column_dimensions["B"].width = 11
    for j in range(n + 1):
        ws.column_dimensions[L(first_u + j)].width = 14
    ws.freeze_panes = "C11"
    wb.save(path)


# ======================================================================
# 05 中国四国, June start, cutoff 2025年2月 (indexes 0-8) + forecast columns
# ======================================================================
U05 = [
    # 県コード, 県名 (first union only), 単組コード(int), 単組名 (with note), 組合員数, 団生保有, 発効, 目標,
    # m22, m23, m24 (6月…2月, 9 values), forecasts (3月見込, 4月見込, 5月見込)
    ("35", "鳥取", 11, "架空吉市職員労働組合（2年目）", 880, 300, "10月", 20,
     [1, 1, _, 1, 8, 1, _, _, 1, _, 1, _],
     [_, 1, 1, 2, 9, _, 1, _, _, 1, _, _],
     [2, _, 1, 1, 10, 1, _, 1, _], (1, 2, _)),
    (_, _, 102, "試験頭町職員組合（新規）", 95, 20, "7月", 4,
     [_, _, _, _, _, _, _, _, _, _, _, _],
     [_, 1, _, _, _, _, _, _, _, _, _, _],
     [_, 2, _, _, _, _, _, _, 1], (_, _, 2)),
    ("36", "島根", 1, "架空根県職員労働組合", 2100, 980, "10月", 45,
     [3, 2, 1, 2, 20, 3, 1, 1, 2, 2, 9, 1],
     [2, 3, 2, 1, 22, 2, 2, 1, 1, 3, 8, 2],
     [4, 2, 3, 2, 25, 3, 1, 2, 4], (3, 10, 2)),
    ("40", "愛媛", 15, "見本治市職員組合", 610, 140, "1月", 10,
     [_, _, _, _, _, _, _, 3, 1, _, _, _],
     [_, _, _, _, _, _, 1, 4, _, _, _, 1],
     [_, _, _, 1, _, _, _, _, _], (_, _, _)),
    ("41", "高知", 3, "試験知市職員労働組合（新規）", 1200, 410, "10月", 25,
     [1, _, 2, _, 6, _, 1, _, _, _, _, _],
     [_, 2, 1, 1, 7, 1, _, 1, _, _, 1, _],
     [1, 1, _, 2, 9, 1, 2, _, 1], (1, 2, 1)),
]


def build_05(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "中国四国"
    ws["A1"] = "加入拡大モデル単組　取り組み状況（中国・四国ブロック）2025年2月速報値"
    ws["A1"].font = Font(bold=True, size=14)
    # stale summary box (January)
    for i, (h, v) in enumerate([("取組単組", 5), ("目標", 104), ("実績", 70), ("到達率", 0.673),
                                ("目標達成単組", 1)]):
        ws.cell(2, 1 + i, h)
        ws.cell(3, 1 + i, v)
    ws.cell(3, 4).number_format = "0.0%"
    wrap = Alignment(wrap_text=True, horizontal="center", vertical="center")
    fixed = ["県コード", "県名", "単組コード", "単組名", "組合員数", "団生保有", "加入率", "発効",
             "2022年度実績", "2023年度実績"]
    for i, h in enumerate(fixed, start=1):
        ws.cell(6, i, h).alignment = wrap
    col = len(fixed) + 1  # K
    starts = {}
    for fy in (2022, 2023):
        starts[fy] = col
        ws.cell(5, col, f"{fy}年度").alignment = wrap
        ws.merge_cells(start_row=5, start_column=col, end_row=5, end_column=col + 12)
        for k, m in enumerate(JUNE):
            ws.cell(6, col + k, f"{m}月").alignment = wrap
        ws.cell(6, col + 12, "2月累計").alignment = wrap
        col += 13
    starts[2024] = col
    ws.cell(5, col, "2024年度").alignment = wrap
    ws.merge_cells(start_row=5, start_column=col, end_row=5, end_column=col + 12)
    for k, m in enumerate(JUNE[:9]):
        ws.cell(6, col + k, f"{m}月").alignment = wrap
    for i, h in enumerate(["3月\n見込", "4月\n見込", "5月\n見込", "年度\n見込"]):
        ws.cell(6, col + 9 + i, h).alignment = wrap
    col += 13
    tail_col = col
    for i, h in enumerate(["累積件数", "目標件数", "前年比", "達成率", "残件数"]):
        ws.cell(6, col + i, h).alignment = wrap
    r = 7
    for code, pref, ucode, name, mem, held, eff, tgt, m22, m23, m24, fc in U05:
        y22, c22, y23, c23, cum, yoy, ach, rem = _derived(m22, m23, m24, 9, tgt)
        for i, v in enumerate([code, pref, ucode, name, mem, held, held / mem, eff, y22, y23], start=1):
            if v is not None:
                ws.cell(r, i, v)
        ws.cell(r, 7).number_format = "0.0%"
        for fy, ms, c in ((2022, m22, c22), (2023, m23, c23)):
            for k, v in enumerate(ms):
                if v is not None:
                    ws.cell(r, starts[fy] + k, v)
            ws.cell(r, starts[fy] + 12, c)
        for k, v in enumerate(m24):
            if v is not None:
                ws.cell(r, starts[2024] + k, v)
        for i, v in enumerate(fc):
            if v is not None:
                ws.cell(r, starts[2024] + 9 + i, v)
        ws.cell(r, starts[2024] + 12, cum + sum(_xl(v) for v in fc))
        for i, v in enumerate([cum, tgt, yoy, ach, rem]):
            ws.cell(r, tail_col + i, v)
        ws.cell(r, tail_col + 3).number_format = "0.0%"
        r += 1
    ws.cell(r, 1, "合計")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
    for c in [5, 6, 9, 10] + list(range(starts[2022], tail_col + 5)):
        if c == tail_col + 3:
            continue
        ws.cell(r, c, sum(_xl(ws.cell(rr, c).value) for rr in range(7, r)))
    ws.cell(r, 7, ws.cell(r, 6).value / ws.cell(r, 5).value).number_format = "0.0%"
    ws.cell(r, tail_col + 3, ws.cell(r, tail_col).value / ws.cell(r, tail_col + 1).value)
    ws.cell(r, tail_col + 3).number_format = "0.0%"
    ws.cell(r + 2, 1, "※見込は各単組からの聞き取りによる見込み件数（実績ではありません）")
    for k in range(12):
        ws.column_dimensions[L(starts[2022] + k)].hidden = True
    ws.column_dimensions["D"].width = 30
    ws.freeze_panes = "E7"
    wb.save(path)


# ======================================================================
# 06 九州, MAY start, cutoff 2025年3月 (indexes 0-10), autofilter left on
# ======================================================================
M = "－"
U06 = [
    # 県コード, 県名, 単組コード, 単組名, 担当, 組合員数, 団生保有, 発効, 目標, m22, m23, m24, 備考
    ("42", "福岡県", "031", "試験塚市職員労働組合", "書記長", 1100, 500, "10月", 20,
     [1, _, 1, 2, _, 6, 1, _, 2, 1, _, 1],
     [_, 2, 1, 1, 1, 7, _, 1, 1, _, 1, _],
     [2, 1, M, 2, 1, 9, 1, M, 2, 1, _, _], ""),
    ("42", "福岡県", "055", "見本川市職員組合", "共済担当", 330, 150, "4月", 8,
     [_, _, _, _, _, _, _, _, _, _, 1, 5],
     [_, _, 1, _, _, _, _, _, _, _, 2, 6],
     [1, _, _, _, _, _, _, 1, _, _, 6, _], "3月に新採説明会で6件"),
    "福岡県計",
    ("43", "佐賀県", "004", "架空津市職員労働組合", "書記", 720, 260, "10月", 15,
     [_, 1, _, _, _, 5, _, _, 1, _, _, _],
     [1, _, _, 1, _, 6, _, 1, _, _, 1, 1],
     [_, _, 1, _, 2, 7, _, _, _, 1, M, _], ""),
    "佐賀県計",
    ("44", "長崎県", "012", "試験世保市職員労働組合", "書記次長", 1800, 640, "1月", 30,
     [1, 1, _, 2, 1, _, 1, _, 12, 2, 1, 1],
     [_, 2, 1, 1, _, 1, _, 1, 14, 1, _, _],
     [2, _, 1, 1, 1, 2, _, 1, 15, 3, 1, _], "1月発効"),
    "長崎県計",
    ("47", "熊本県", "022", "見本代市職員労働組合", "共済担当", 640, 210, "10月", 12,
     [_, _, 1, _, _, 4, _, _, _, _, _, _],
     [_, 1, _, _, 1, 5, _, _, _, 1, _, 2],
     [1, _, _, 1, _, 7, 1, _, 1, _, 2, _], ""),
    "熊本県計",
    ("49", "沖縄県", "007", "架空添市職員労働組合", "書記", 980, 120, "4月", 10,
     [_, _, _, _, _, _, _, _, _, _, _, 4],
     [_, _, _, _, _, _, _, _, _, _, 1, 3],
     [_, _, _, _, 1, _, _, _, _, _, _, _], "4月発効に向けて準備中"),
    "沖縄県計",
]


def build_06(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "九州"
    ws["A1"] = "九州ブロック　加入拡大モデル単組　実績（5月開始）"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "2025年3月末現在"
    wrap = Alignment(wrap_text=True, horizontal="center", vertical="center")
    fixed = ["県コード", "県名", "単組コード", "単組名", "担当", "組合員数", "団生保有", "加入率", "発効"]
    for i, h in enumerate(fixed, start=1):
        ws.cell(5, i, h).alignment = wrap
    col = len(fixed) + 1  # J
    starts = {}
    for fy, has_c in ((2022, True), (2023, True), (2024, False)):
        starts[fy] = col
        width = 14 if has_c else 12
        ws.cell(4, col, f"{fy}年5月～{fy + 1}年4月").alignment = wrap
        ws.merge_cells(start_row=4, start_column=col, end_row=4, end_column=col + width - 1)
        for k, m in enumerate(MAY):
            ws.cell(5, col + k, f"{m}月").alignment = wrap
        if has_c:
            ws.cell(5, col + 12, "3月累計").alignment = wrap
            ws.cell(5, col + 13, "年度計").alignment = wrap
        col += width
    tail_col = col
    for i, h in enumerate(["累積件数", "目標件数", "前年比", "達成率", "残件数", "備考"]):
        ws.cell(5, col + i, h).alignment = wrap
    last_col = tail_col + 5
    count_cols = [6, 7] + list(range(starts[2022], tail_col + 5))
    r = 6
    block: list[int] = []
    union_rows: list[int] = []
    for u in U06:
        if isinstance(u, str):
            ws.cell(r, 2, u)
            for c in count_cols:
                if c == tail_col + 3:
                    continue
                vals = [ws.cell(rr, c).value for rr in block]
                ws.cell(r, c, sum(_xl(v) for v in vals))
            ws.cell(r, 8, ws.cell(r, 7).value / ws.cell(r, 6).value).number_format = "0.0%"
            ws.cell(r, tail_col + 3, ws.cell(r, tail_col).value / ws.cell(r, tail_col + 1).value)
            ws.cell(r, tail_col + 3).number_format = "0.0%"
            for c in range(1, last_col + 1):
                ws.cell(r, c).font = Font(bold=True)
            block = []
            r += 1
            continue
        code, pref, ucode, name, role, mem, held, eff, tgt, m22, m23, m24, note = u
        y22, c22, y23, c23, cum, yoy, ach, rem = _derived(m22, m23, m24, 11, tgt)
        for i, v in enumerate([code, pref, ucode, name, role, mem, held, held / mem, eff], start=1):
            ws.cell(r, i, v)
        ws.cell(r, 8).number_format = "0.0%"
        for fy, ms, c, y in ((2022, m22, c22, y22), (2023, m23, c23, y23), (2024, m24, None, None)):
            for k, v in enumerate(ms):
                if v is not None:
                    ws.cell(r, starts[fy] + k, v)
            if c is not None:
                ws.cell(r, starts[fy] + 12, c)
                ws.cell(r, starts[fy] + 13, y)
        for i, v in enumerate([cum, tgt, yoy, ach, rem, note]):
            if v != "":
                ws.cell(r, tail_col + i, v)
        ws.cell(r, tail_col + 3).number_format = "0.0%"
        block.append(r)
        union_rows.append(r)
        r += 1
    last_data = r - 1
    # 合計 (outside the filter range, after a blank row): all six unions
    r += 1
    ws.cell(r, 1, "合計")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
    for c in count_cols:
        if c == tail_col + 3:
            continue
        ws.cell(r, c, sum(_xl(ws.cell(rr, c).value) for rr in union_rows))
    ws.cell(r, 8, ws.cell(r, 7).value / ws.cell(r, 6).value).number_format = "0.0%"
    ws.cell(r, tail_col + 3, ws.cell(r, tail_col).value / ws.cell(r, tail_col + 1).value)
    ws.cell(r, tail_col + 3).number_format = "0.0%"
    for c in range(1, last_col + 1):
        ws.cell(r, c).font = Font(bold=True)
    # the filter left on: 県名 = 福岡県
    ws.auto_filter.ref = f"A5:{L(last_col)}{last_data}"
    ws.auto_filter.filterColumn.append(FilterColumn(colId=1, filters=Filters(filter=["福岡県"])))
    for rr in range(6, last_data + 1):
        if ws.cell(rr, 2).value != "福岡県":
            ws.row_dimensions[rr].hidden = True
    ws.column_dimensions["D"].width = 24
    ws.freeze_panes = "E6"
    wb.save(path)


FILES = {
    "01_東北_6月開始_和暦併記.xlsx": build_01,
    "02_関東_5月開始_訂正行.xlsx": build_02,
    "03_北信越_6月開始_累計右端.xls": build_03,
    "04_大阪_5月開始_縦横入替.xlsx": build_04,
    "05_中国四国_6月開始_見込列.xlsx": build_05,
    "06_九州_5月開始_フィルター.xlsx": build_06,
}


def build(root: Path) -> dict[str, Path]:
    """Write every fixture into ``root``; return {file name: path}."""
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

    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("legacy_grid7_out")
    for n, p in build(target).items():
        print(n, p)
