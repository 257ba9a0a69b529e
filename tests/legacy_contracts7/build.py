"""Seventh independent fixture set: 新契約件数 主要共済の実績 (Report B) workbooks
that measure how well the reader GENERALISES to ordinary files typed or
exported by offices that never saw HQ's template.  Built without reading the
reader's code (only DOMAIN.md, the README usage of ``contracts recompute``, the
docstrings of the earlier sets' build.py and the scoring harness).  Each file
is what one 地連 (block) office would really send and COMBINES three to five
habits: about two thirds already seen in tests/legacy_contracts …
legacy_contracts6 (see their build.py docstrings), mixed differently; about
one third plausible habits none of those sets has -- marked NEW below.

Every number below is a literal typed here.  Rates, totals, pivot subtotal
rows, Excel 小計 rows, 上期目標, 順位 and the ★ marks that appear *inside* the
workbooks are what a clerk typed or what Excel / LibreOffice / a web system
cached -- rounded, not truncated -- and must never be read as a 県支部's
figures of this report.  The decorative rates are computed below with
Python's round(); they are not expected values.  Expected readings are in
expected.py (typed by hand, not produced by the tool).  ``_`` below means a
blank cell; ``DASH`` is the text 「－」.

Files (writer / sheets / habits)
--------------------------------

01_北海道東北_ピボット貼付_支部名.xlsx  -- openpyxl, ONE sheet 「集計（ピボット）」.
    - NEW: an Excel PIVOT TABLE pasted as values (compact form): headings
      「行ラベル」｜「合計 / 目標件数」｜「合計 / 実績件数」｜「合計 / 到達率」 (the
      last a calculated field, ratio of the sums; 「#DIV/0!」 where the target
      sum is empty), each product a bold GROUP ROW carrying the product's
      subtotals, the 県支部 below it indented by cell alignment (no leading
      spaces), a 「総計」 row at the bottom adding ALL products together.
    - NEW: 県支部 written with 支部 and WITHOUT 県: 「青森支部」「宮城支部」 …
      (「北海道支部」).
    - NEW: the 県支部 in 50音 (reading) order as the pivot sorts them: 青森 秋田
      岩手 福島 北海道 宮城 山形 (neither JIS nor federation order).
    - the as-of month in the title 「（2025年1月末現在）」 and a note line
      「※じちろうマイカー共済・車両損害補償は2024年12月末現在」 (seen).
    - an empty pivot cell for a missing target (秋田 退職者, 実績 2) (blank
      target seen).
    Traps: 岩手 団生 205/205 and 秋田 団生 176/170 (listed 岩手, 秋田: 秋田 is
    first on the sheet); 団生 total 1487/1780 (83.53%, rounding 83.54%); 退職者
    total 185/490 (37.75%, rounding 37.76%); 山形 車両 62/5 (1240.00%).

02_関東甲信越_商品は見出しタブだけ_上期目標.xlsx  -- XlsxWriter, one sheet per
    product: 「生命」「退職」「車両」「自災」.
    - NEW: the product is named ONLY by the sheet tab, with short aliases not
      used before: 「生命」 (団体生命共済), 「退職」 (じちろう退職者団体生命共済),
      「自災」 (自然災害共済); 「車両」 (seen).  The title in each sheet is the
      same 「令和6年度　新契約実績（関東甲信越地連）」 with no product in it.
    - NEW: an 「上期目標」 column (the half-year interim target) BEFORE the
      「年間目標」: headings 県支部｜上期目標｜年間目標｜実績（累計）｜到達率｜備考.
      The 目標 of this report is 年間目標; many 実績 exceed 上期目標.
    - the as-of month in 和暦 on its own line 「令和7年1月末現在」 /
      「令和6年12月末現在」 (seen); 県支部 「茨城県」「東京都」 … in JIS order (seen);
      a 「合計」 row (SUM formulas, cached) (seen); 到達率 formulas
      IFERROR(ROUND(…,3),"－") cached, 0.0% (seen); 目標 0 typed, 「－」 for no
      contracts (seen).
    Traps: 新潟 団生 290/290, 山梨 団生 143/140; 団生 total 2407/2880 (83.57%,
    rounding 83.58%); 山梨 退職者 目標 0 with 実績 3; 山梨 車両 49/4 (1225.00%);
    車両 total 1855/3524 (52.63%, rounding 52.64%); 新潟 自災 60/60; 山梨 自災
    実績 「－」; 自災 total 304/650 (46.76%, rounding 46.77%).

03_近畿_Excel小計機能_集計期間.xlsx  -- openpyxl then LibreOffice → .xlsx
    (formulas recalculated and cached by LibreOffice), sheet 「新契約一覧」.
    - a long table 共済名｜集計期間｜県本部｜目標件数｜実績件数｜達成率 (seen), one
      row per product × 県本部, 県本部 written 「滋賀県」「京都府」「大阪府」 … in
      JIS order (大阪 兵庫 before 奈良 和歌山) (seen), numbers formatted
      '#,##0"件"' (seen).
    - NEW: the subtotals made by Excel's データ→小計 feature: after each product
      a row 「団体生命共済 集計」 (in the 共済名 column, other text cells empty)
      with SUBTOTAL(9, …), a 「総計」 row at the end, and the row OUTLINE
      (details at level 2, 集計 rows at level 1; all expanded).
    - NEW: the as-of month given as the cumulative PERIOD in a 集計期間 column:
      「2024年6月～2025年1月」 (fiscal year starting in June) → 2025-01;
      「2024年6月～2024年12月」 → 2024-12.  The title has no month.
    - 目標 0 typed (seen).
    Traps: 団生 achievers 和歌山 170/170 and 大阪 503/500 (listed 和歌山, 大阪:
    大阪 is first on the sheet); 団生 total 1545/1750 (88.28%, rounding
    88.29%); 自賠責 total 701/1270 (55.19%, rounding 55.20%); 奈良 火災 88/7
    (1257.14%); 兵庫 長期 191/190; 和歌山 長期 目標 0 with 実績 1; 長期 total
    534/685 (77.95%, rounding 77.96%).

04_四国九州_Web抽出_全項目文字列.xlsx  -- openpyxl, ONE sheet 「2025.1末」.
    - NEW: the as-of month ONLY in the sheet tab, in the western dotted form
      「2025.1末」 (no title, no 時点 column; tabs 「R7.1月末」 seen).
    - NEW: a web-system export: field-style headings joined by an underscore
      「団生_目標」「団生_実績」「団生_達成率」 … 「こども_…」 and the 県支部 as
      「38:香川」 (federation code, colon, short name) in federation order.
    - every cell a TEXT string, row numbers and figures included ("215"; the
      達成率 "81.4" in percent points) (numbers as text seen, plain digit
      strings in a whole sheet not); a 「No」 column (seen); an AutoFilter (seen).
    - the 「合計」 row at the TOP, right under the headings (seen); the system
      writes "0" for no target (seen).
    Traps: 高知 団生 160/160 and 大分 240/235; 団生 total 2416/2950 (81.89%,
    rounding 81.90%); 熊本 長期 141/140; 沖縄 税適 40/3 (1333.33%); 税適 total
    247/483 (51.13%, rounding 51.14%); 高知 こども 目標 0 with 実績 1; 佐賀
    こども 4/4.

05_東海北陸_時点はヘッダーだけ_自治労表記.xls  -- openpyxl then LibreOffice →
    .xls (formulas recalculated and cached), sheet 「集計」.
    - NEW: the as-of month ONLY in the PAGE HEADER (ヘッダー, right section:
      「2025年1月末現在」), visible in print preview / page layout; the cells
      hold the title without a month, a line 「作成：2025年2月5日」 (a creation
      date, seen) and, under the table, 「※自治労マイカー共済・火災共済は2024年
      12月末の件数」 (note seen).
    - NEW: products spelled with 自治労 in kanji: 「自治労団体生命共済」
      「自治労退職者団体生命共済」「自治労マイカー共済」.
    - products DOWN, 県支部 ACROSS each merged over 目標｜実績 (seen), written
      「富山県」 … in JIS order (岐阜 before 静岡) (seen), a 「計」 pair at the
      right (SUM over non-adjacent cells, so it silently skips the text cell).
    - text figures 「１，０５０件」 (full-width digits and comma with 件) and
      「575件」 (seen); 「－」 for no target (seen).
    Traps: 福井 団生 255/255 and 岐阜 301/300; 団生 total 1711/1990 (85.97%,
    rounding 85.98%); 三重 退職者 81/80; 退職者 total 287/635 (45.19%, rounding
    45.20%); マイカー total 3032/5170 (58.64%, rounding 58.65%); 岐阜 火災 71/6
    (1183.33%); 福井 交災 目標 「－」 with 実績 3; 愛知
    交災 41/40; 交災 total 186/220 (84.54%, rounding 84.55%).

06_中国四国_商品ブロック横並び_実績順_星印.xlsx  -- XlsxWriter, sheet 「中国四国」.
    - NEW: one small block PER PRODUCT, the blocks SIDE BY SIDE across the
      sheet (columns A–E, G–K, M–Q, S–W, a narrow spacer column between), each
      with its own 県支部 column and a title 「■団体生命共済（1月末）」 merged
      over the block (stacked blocks seen; side by side not).
    - NEW: the achievers marked by a 「★」 glued to the name 「★香　川」 (and a
      green fill), explained by a note 「※★は目標達成県支部」.
    - each block sorted by 実績 DESCENDING with a 順位 column, so every block
      has its own 県支部 order (sorting by 到達率 seen); names padded with a
      full-width space 「鳥　取」 (seen).
    - the month without a year 「（1月末）」「（12月末）」 with the fiscal year
      in the title 「令和6年度 …」 (seen) and a creation date 「2025年2月10日
      作成」 (seen); a 「計」 row per block (SUM, cached) (seen); 目標 blank (seen).
    Traps: 団生 achievers 鳥取 161/160 and 香川 205/205 (listed 鳥取, 香川:
    香川 is higher on the sheet); 団生 total 1705/2010 (84.82%, rounding
    84.83%); 愛媛 自然災害 52/4 (1300.00%); 自然災害 total 291/564 (51.59%,
    rounding 51.60%); 山口 交災 36/35; 徳島 交災 目標 blank with 実績 2.
"""
from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

import openpyxl
import xlsxwriter
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter as L

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/: the shared LibreOffice helper
import lo  # noqa: E402

_ = None  # a blank cell
DASH = "－"

CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def _n(v) -> int:
    """A figure as the number a SUM would see (text / blank / 「－」 → 0)."""
    return v if isinstance(v, int) else 0


def _via_lo(build_src, path: Path, target: str) -> None:
    """Write with openpyxl into a temporary .xlsx, then let LibreOffice save it as ``target``."""
    with tempfile.TemporaryDirectory(prefix="legacy_contracts7_lo_") as tmp:
        src = Path(tmp) / (path.stem + ".xlsx")
        build_src(src)
        shutil.move(str(lo.convert(src, Path(tmp) / "out", target)), str(path))  # tests/lo.py


# ---------------------------------------------------------------------------
# 01  北海道東北: pivot table pasted as values, 「青森支部」, 50音 order
# ---------------------------------------------------------------------------
# 50音 order of the pivot: あおもり あきた いわて ふくしま ほっかいどう みやぎ やまがた
F01_BRANCHES = ["青森支部", "秋田支部", "岩手支部", "福島支部", "北海道支部", "宮城支部", "山形支部"]
F01_DATA = {  # product → per branch in F01_BRANCHES order: (目標, 実績)
    "団体生命共済": [(230, 181), (170, 176), (205, 205), (320, 252), (340, 262), (300, 247), (215, 164)],
    "じちろう退職者団体生命共済": [(70, 26), (_, 2), (60, 23), (95, 36), (110, 41), (90, 33), (65, 24)],
    "じちろうマイカー共済": [(390, 227), (310, 171), (360, 214), (530, 311), (580, 339), (480, 290),
                        (350, 203)],
    "車両損害補償": [(350, 176), (280, 139), (320, 163), (470, 240), (520, 268), (430, 221), (5, 62)],
}


def build_01(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "集計（ピボット）"
    ws["A1"] = "北海道・東北地連　新契約件数集計（2025年1月末現在）"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "※じちろうマイカー共済・車両損害補償は2024年12月末現在"
    head_fill = PatternFill("solid", fgColor="DCE6F1")
    group_fill = PatternFill("solid", fgColor="EEF3F8")
    r = 4
    for c, text in enumerate(["行ラベル", "合計 / 目標件数", "合計 / 実績件数", "合計 / 到達率"], start=1):
        cell = ws.cell(r, c, text)
        cell.font = Font(bold=True)
        cell.fill = head_fill
        cell.border = Border(bottom=THIN)
    all_t = all_a = 0

    def put(row, label, t, a, *, bold=False, indent=0, fill=None):
        ws.cell(row, 1, label).alignment = Alignment(indent=indent)
        ws.cell(row, 2, t if t else None)
        ws.cell(row, 3, a)
        ws.cell(row, 4, (a / t) if t else "#DIV/0!")  # the pivot's calculated field, pasted
        ws.cell(row, 2).number_format = ws.cell(row, 3).number_format = "#,##0"
        ws.cell(row, 4).number_format = "0.0%"
        for c in range(1, 5):
            if bold:
                ws.cell(row, c).font = Font(bold=True)
            if fill is not None:
                ws.cell(row, c).fill = fill

    for product, rows in F01_DATA.items():
        r += 1
        t = sum(_n(x) for x, _y in rows)
        a = sum(_n(y) for _x, y in rows)
        all_t += t
        all_a += a
        put(r, product, t, a, bold=True, fill=group_fill)
        for name, (tt, aa) in zip(F01_BRANCHES, rows):
            r += 1
            put(r, name, tt, aa, indent=1)
    r += 1
    put(r, "総計", all_t, all_a, bold=True, fill=head_fill)
    for c in range(1, 5):
        ws.cell(r, c).border = Border(top=THIN)
    ws.column_dimensions["A"].width = 30
    for k in "BCD":
        ws.column_dimensions[k].width = 16
    wb.save(path)


# ---------------------------------------------------------------------------
# 02  関東甲信越: product only in the sheet tab (生命 / 退職 / 車両 / 自災), 上期目標
# ---------------------------------------------------------------------------
F02_BRANCHES = ["茨城県", "栃木県", "群馬県", "埼玉県", "千葉県", "東京都", "神奈川県", "新潟県", "山梨県", "長野県"]
F02_SHEETS = [  # tab, as-of line, per branch (上期目標, 年間目標, 実績), 備考 {branch index: text}
    ("生命", "令和7年1月末現在",
     [(130, 260, 201), (120, 240, 188), (125, 250, 197), (170, 340, 263), (160, 320, 244),
      (200, 400, 377), (190, 380, 295), (145, 290, 290), (70, 140, 143), (130, 260, 209)],
     {7: "目標達成", 8: "目標達成"}),
    ("退職", "令和7年1月末現在",
     [(35, 70, 24), (30, 60, 22), (32, 65, 25), (50, 100, 38), (45, 90, 31),
      (60, 120, 47), (55, 110, 40), (40, 80, 29), (0, 0, 3), (37, 75, 27)],
     {8: "県支部目標なし"}),
    ("車両", "令和6年12月末現在",
     [(165, 330, 171), (150, 300, 152), (155, 310, 160), (225, 450, 231), (210, 420, 215),
      (260, 520, 268), (250, 500, 255), (180, 360, 184), (2, 4, 49), (165, 330, 170)],
     {8: "制度切替分を含む"}),
    ("自災", "令和6年12月末現在",
     [(30, 60, 27), (27, 55, 23), (27, 55, 24), (40, 80, 35), (37, 75, 31),
      (45, 90, 41), (42, 85, 37), (30, 60, 60), (15, 30, DASH), (30, 60, 26)],
     {7: "目標達成", 8: "新規契約なし"}),
]


def build_02(path: Path) -> None:
    wb = xlsxwriter.Workbook(str(path))
    title = wb.add_format({"bold": True, "font_size": 13})
    head = wb.add_format({"bold": True, "border": 1, "align": "center", "valign": "vcenter",
                          "bg_color": "#FFF2CC", "text_wrap": True})
    num = wb.add_format({"border": 1, "num_format": "#,##0"})
    txt = wb.add_format({"border": 1})
    txt_r = wb.add_format({"border": 1, "align": "right"})
    pct = wb.add_format({"border": 1, "num_format": "0.0%", "align": "right"})
    tot = wb.add_format({"border": 1, "num_format": "#,##0", "bold": True, "top": 2})
    tot_t = wb.add_format({"border": 1, "bold": True, "top": 2})
    tot_p = wb.add_format({"border": 1, "num_format": "0.0%", "bold": True, "top": 2})
    for tab, asof, rows, notes in F02_SHEETS:
        ws = wb.add_worksheet(tab)
        ws.write(0, 0, "令和6年度　新契約実績（関東甲信越地連）", title)
        ws.write(1, 0, asof)
        for c, h in enumerate(["県支部", "上期目標", "年間目標", "実績（累計）", "到達率", "備考"]):
            ws.write(3, c, h, head)
        r = 4
        for i, (name, (h1, t, a)) in enumerate(zip(F02_BRANCHES, rows)):
            ws.write(r, 0, name, txt)
            ws.write_number(r, 1, h1, num)
            ws.write_number(r, 2, t, num)
            if isinstance(a, int):
                ws.write_number(r, 3, a, num)
            else:
                ws.write_string(r, 3, a, txt_r)
            cached = round(a / t, 3) if isinstance(a, int) and t else DASH
            ws.write_formula(r, 4, f"=IFERROR(ROUND(D{r + 1}/C{r + 1},3),\"－\")", pct, cached)
            ws.write(r, 5, notes.get(i, ""), txt)
            r += 1
        first, last = 5, r
        ws.write(r, 0, "合計", tot_t)
        for c, vals in ((1, [x[0] for x in rows]), (2, [x[1] for x in rows]), (3, [x[2] for x in rows])):
            col = "BCD"[c - 1]
            ws.write_formula(r, c, f"=SUM({col}{first}:{col}{last})", tot, sum(_n(v) for v in vals))
        st = sum(x[1] for x in rows)
        sa = sum(_n(x[2]) for x in rows)
        ws.write_formula(r, 4, f"=IFERROR(ROUND(D{r + 1}/C{r + 1},3),\"－\")", tot_p, round(sa / st, 3))
        ws.write(r, 5, "", tot_t)
        ws.set_column(0, 0, 12)
        ws.set_column(1, 4, 11)
        ws.set_column(5, 5, 18)
        ws.freeze_panes(4, 1)
    wb.close()


# ---------------------------------------------------------------------------
# 03  近畿: Excel's データ→小計 rows, 集計期間 「2024年6月～2025年1月」
# ---------------------------------------------------------------------------
F03_BRANCHES = ["滋賀県", "京都府", "大阪府", "兵庫県", "奈良県", "和歌山県"]  # JIS order
F03_DATA = [  # product, 集計期間, per branch (目標, 実績)
    ("団体生命共済", "2024年6月～2025年1月",
     [(200, 163), (270, 214), (500, 503), (430, 356), (180, 139), (170, 170)]),
    ("自賠責共済", "2024年6月～2024年12月",
     [(160, 88), (200, 109), (350, 193), (310, 176), (130, 71), (120, 64)]),
    ("火災共済", "2024年6月～2024年12月",
     [(50, 21), (65, 27), (110, 46), (100, 43), (7, 88), (40, 17)]),
    ("長期共済", "2024年6月～2025年1月",
     [(90, 61), (115, 78), (210, 146), (190, 191), (80, 57), (0, 1)]),
]


def build_03_src(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "新契約一覧"
    ws["A1"] = "近畿地連　新契約件数一覧（主要共済）"
    ws["A1"].font = Font(bold=True, size=13)
    heads = ["共済名", "集計期間", "県本部", "目標件数", "実績件数", "達成率"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(3, c, h)
        cell.font = Font(bold=True)
        cell.alignment = CENTER
        cell.border = BOX
        cell.fill = PatternFill("solid", fgColor="D9D9D9")
    ws.sheet_properties.outlinePr.summaryBelow = True
    r = 4
    subtotal_rows = []
    first_detail = r
    for product, period, rows in F03_DATA:
        start = r
        for name, (t, a) in zip(F03_BRANCHES, rows):
            for c, v in enumerate([product, period, name, t, a], start=1):
                ws.cell(r, c, v).border = BOX
            ws.cell(r, 6, f"=IF(D{r}=0,\"\",E{r}/D{r})").border = BOX
            ws.cell(r, 4).number_format = ws.cell(r, 5).number_format = '#,##0"件"'
            ws.cell(r, 6).number_format = "0.0%"
            ws.row_dimensions[r].outlineLevel = 2
            r += 1
        ws.cell(r, 1, f"{product} 集計").font = Font(bold=True)
        ws.cell(r, 4, f"=SUBTOTAL(9,D{start}:D{r - 1})")
        ws.cell(r, 5, f"=SUBTOTAL(9,E{start}:E{r - 1})")
        for c in range(1, 7):
            ws.cell(r, c).border = BOX
        ws.cell(r, 4).number_format = ws.cell(r, 5).number_format = '#,##0"件"'
        ws.row_dimensions[r].outlineLevel = 1
        subtotal_rows.append(r)
        r += 1
    ws.cell(r, 1, "総計").font = Font(bold=True)
    ws.cell(r, 4, f"=SUBTOTAL(9,D{first_detail}:D{r - 1})")
    ws.cell(r, 5, f"=SUBTOTAL(9,E{first_detail}:E{r - 1})")
    for c in range(1, 7):
        ws.cell(r, c).border = BOX
    ws.cell(r, 4).number_format = ws.cell(r, 5).number_format = '#,##0"件"'
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 24
    ws.column_dimensions["C"].width = 12
    for k in "DEF":
        ws.column_dimensions[k].width = 11
    ws.freeze_panes = "A4"
    wb.save(path)


def build_03(path: Path) -> None:
    _via_lo(build_03_src, path, "xlsx:Calc MS Excel 2007 XML")


# ---------------------------------------------------------------------------
# 04  四国九州: web-system export, every cell text, as-of only in the tab 「2025.1末」
# ---------------------------------------------------------------------------
F04_BRANCHES = [("38", "香川"), ("39", "徳島"), ("40", "愛媛"), ("41", "高知"), ("42", "福岡"), ("43", "佐賀"),
                ("44", "長崎"), ("45", "大分"), ("46", "宮崎"), ("47", "熊本"), ("48", "鹿児島"), ("49", "沖縄")]
F04_DATA = {  # field prefix → per branch (目標, 実績)
    "団生": [(210, 171), (180, 142), (370, 298), (160, 160), (330, 268), (185, 139),
           (255, 201), (235, 240), (205, 157), (310, 243), (245, 190), (265, 207)],
    "長期": [(95, 63), (85, 55), (150, 104), (70, 44), (165, 113), (80, 53),
           (120, 82), (110, 74), (90, 61), (140, 141), (115, 79), (100, 66)],
    "税適": [(40, 17), (35, 15), (60, 26), (30, 12), (65, 29), (30, 13),
           (45, 19), (40, 18), (35, 14), (55, 24), (45, 20), (3, 40)],
    "こども": [(5, 3), (4, 2), (8, 5), (0, 1), (9, 6), (4, 4),
            (6, 3), (5, 2), (4, 1), (7, 5), (6, 4), (5, 3)],
}


def _rate_text(t: int, a: int) -> str:
    return "" if not t else f"{a * 100 / t:.1f}"


def build_04(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "2025.1末"
    heads = ["No", "県支部"]
    for p in F04_DATA:
        heads += [f"{p}_目標", f"{p}_実績", f"{p}_達成率"]
    for c, h in enumerate(heads, start=1):
        ws.cell(1, c, h)
    total = ["", "合計"]
    for p, rows in F04_DATA.items():
        t = sum(x for x, _y in rows)
        a = sum(y for _x, y in rows)
        total += [str(t), str(a), _rate_text(t, a)]
    for c, v in enumerate(total, start=1):
        ws.cell(2, c, v)
    for i, (code, name) in enumerate(F04_BRANCHES):
        vals = [str(i + 1), f"{code}:{name}"]
        for p, rows in F04_DATA.items():
            t, a = rows[i]
            vals += [str(t), str(a), _rate_text(t, a)]
        for c, v in enumerate(vals, start=1):
            ws.cell(3 + i, c, v)
    ws.auto_filter.ref = f"A1:{L(len(heads))}{2 + len(F04_BRANCHES)}"
    ws.freeze_panes = "C2"
    ws.column_dimensions["B"].width = 12
    wb.save(path)


# ---------------------------------------------------------------------------
# 05  東海北陸: as-of only in the page header, 「自治労マイカー共済」, products down
# ---------------------------------------------------------------------------
F05_BRANCHES = ["富山県", "石川県", "福井県", "岐阜県", "静岡県", "愛知県", "三重県"]  # JIS order
F05_DATA = [  # product, per branch in F05_BRANCHES order (目標, 実績)
    ("自治労団体生命共済",
     [(250, 203), (230, 184), (255, 255), (300, 301), (360, 287), (320, 262), (275, 219)]),
    ("自治労退職者団体生命共済",
     [(85, 30), (75, 26), (90, 33), (90, 34), (115, 45), (100, 38), (80, 81)]),
    ("自治労マイカー共済",
     [(620, 366), (580, 341), (600, 352), (700, 409), ("１，０５０件", 612), (980, "575件"), (640, 377)]),
    ("火災共済",
     [(55, 23), (50, 21), (55, 24), (6, 71), (85, 36), (75, 33), (60, 26)]),
    ("交通災害共済",
     [(35, 27), (30, 24), (DASH, 3), (38, 30), (45, 36), (40, 41), (32, 25)]),
]


def build_05_src(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "集計"
    nb = len(F05_BRANCHES)
    last_col = 2 + 2 * (nb + 1)
    ws["A1"] = "東海北陸地連　主要共済 新契約件数"
    ws["A1"].font = Font(bold=True, size=14)
    ws.cell(2, last_col - 3, "作成：2025年2月5日")
    ws.cell(4, 1, "共済名")
    ws.merge_cells(start_row=4, start_column=1, end_row=5, end_column=1)
    for j, name in enumerate(F05_BRANCHES + ["計"]):
        c = 2 + 2 * j
        ws.cell(4, c, name)
        ws.merge_cells(start_row=4, start_column=c, end_row=4, end_column=c + 1)
        ws.cell(5, c, "目標")
        ws.cell(5, c + 1, "実績")
    for rr in (4, 5):
        for c in range(1, last_col + 1):
            ws.cell(rr, c).alignment = CENTER
            ws.cell(rr, c).border = BOX
            ws.cell(rr, c).fill = PatternFill("solid", fgColor="E2EFDA")
    r = 6
    for product, rows in F05_DATA:
        ws.cell(r, 1, product).border = BOX
        for j, (t, a) in enumerate(rows):
            c = 2 + 2 * j
            for k, v in ((c, t), (c + 1, a)):
                cell = ws.cell(r, k, v)
                cell.border = BOX
                cell.number_format = "#,##0"
                if isinstance(v, str):
                    cell.alignment = Alignment(horizontal="right")
        ct = 2 + 2 * nb
        t_refs = ",".join(f"{L(2 + 2 * j)}{r}" for j in range(nb))
        a_refs = ",".join(f"{L(3 + 2 * j)}{r}" for j in range(nb))
        ws.cell(r, ct, f"=SUM({t_refs})").border = BOX
        ws.cell(r, ct + 1, f"=SUM({a_refs})").border = BOX
        ws.cell(r, ct).number_format = ws.cell(r, ct + 1).number_format = "#,##0"
        r += 1
    ws.cell(r + 1, 1, "※自治労マイカー共済・火災共済は2024年12月末の件数")
    ws.cell(r + 2, 1, "※福井県の交通災害共済は県支部目標の設定なし")
    ws.column_dimensions["A"].width = 26
    for c in range(2, last_col + 1):
        ws.column_dimensions[L(c)].width = 8
    ws.oddHeader.center.text = "新契約件数"
    ws.oddHeader.right.text = "2025年1月末現在"
    ws.oddFooter.center.text = "&P / &N"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    wb.save(path)


def build_05(path: Path) -> None:
    _via_lo(build_05_src, path, "xls")


# ---------------------------------------------------------------------------
# 06  中国四国: product blocks side by side, each sorted by 実績, ★ on achievers
# ---------------------------------------------------------------------------
F06_BRANCHES = ["鳥　取", "島　根", "岡　山", "広　島", "山　口", "香　川", "徳　島", "愛　媛", "高　知"]
F06_DATA = [  # block title, per branch in F06_BRANCHES order (目標, 実績)
    ("■団体生命共済（1月末）",
     [(160, 161), (175, 139), (270, 218), (290, 262), (215, 171), (205, 205), (175, 138), (365, 289),
      (155, 122)]),
    ("■じちろうマイカー共済（12月末）",
     [(270, 152), (300, 177), (600, 352), (640, 371), (440, 268), (420, 247), (360, 209), (690, 405),
      (330, 190)]),
    ("■自然災害共済（12月末）",
     [(45, 19), (50, 22), (100, 43), (105, 45), (75, 32), (70, 30), (60, 25), (4, 52), (55, 23)]),
    ("■交通災害共済（1月末）",
     [(30, 22), (25, 19), (45, 34), (50, 38), (35, 36), (30, 23), (_, 2), (55, 42), (28, 21)]),
]


def build_06(path: Path) -> None:
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("中国四国")
    title = wb.add_format({"bold": True, "font_size": 13})
    btitle = wb.add_format({"bold": True, "border": 1, "bg_color": "#DDEBF7", "align": "left"})
    head = wb.add_format({"bold": True, "border": 1, "align": "center", "bg_color": "#F2F2F2"})
    txt = wb.add_format({"border": 1})
    txt_ok = wb.add_format({"border": 1, "bg_color": "#C6EFCE"})
    num = wb.add_format({"border": 1, "num_format": "#,##0"})
    cen = wb.add_format({"border": 1, "align": "center"})
    pct = wb.add_format({"border": 1, "num_format": "0.0%", "align": "right"})
    tot = wb.add_format({"border": 1, "num_format": "#,##0", "bold": True, "top": 2})
    tot_t = wb.add_format({"border": 1, "bold": True, "top": 2})
    tot_p = wb.add_format({"border": 1, "num_format": "0.0%", "bold": True, "top": 2})
    ws.write(0, 0, "令和6年度　中国・四国地連　新契約件数　商品別実績", title)
    ws.write(1, 0, "2025年2月10日作成")
    for k, (btitle_text, rows) in enumerate(F06_DATA):
        c0 = 6 * k
        ws.merge_range(3, c0, 3, c0 + 4, btitle_text, btitle)
        for j, h in enumerate(["順位", "県支部", "目標", "実績", "達成率"]):
            ws.write(4, c0 + j, h, head)
        order = sorted(range(len(F06_BRANCHES)), key=lambda i: -rows[i][1])
        r = 5
        for rank, i in enumerate(order, start=1):
            t, a = rows[i]
            ok = bool(t) and a >= t
            ws.write_number(r, c0, rank, cen)
            ws.write_string(r, c0 + 1, ("★" if ok else "") + F06_BRANCHES[i], txt_ok if ok else txt)
            if t is None:
                ws.write_blank(r, c0 + 2, None, num)
            else:
                ws.write_number(r, c0 + 2, t, num)
            ws.write_number(r, c0 + 3, a, num)
            tc, ac = L(c0 + 3), L(c0 + 4)
            ws.write_formula(r, c0 + 4, f'=IF({tc}{r + 1}="","－",{ac}{r + 1}/{tc}{r + 1})', pct,
                             (a / t) if t else "－")
            r += 1
        ws.write(r, c0, "", tot_t)
        ws.write(r, c0 + 1, "計", tot_t)
        st = sum(_n(t) for t, _a in rows)
        sa = sum(a for _t, a in rows)
        tc, ac = L(c0 + 3), L(c0 + 4)
        ws.write_formula(r, c0 + 2, f"=SUM({tc}6:{tc}{r})", tot, st)
        ws.write_formula(r, c0 + 3, f"=SUM({ac}6:{ac}{r})", tot, sa)
        ws.write_formula(r, c0 + 4, f"={ac}{r + 1}/{tc}{r + 1}", tot_p, sa / st)
        ws.set_column(c0, c0, 5)
        ws.set_column(c0 + 1, c0 + 1, 10)
        ws.set_column(c0 + 2, c0 + 4, 8)
        if k < len(F06_DATA) - 1:
            ws.set_column(c0 + 5, c0 + 5, 2)
    ws.write(16, 0, "※★は目標達成県支部")
    ws.write(17, 0, "※徳島県支部の交通災害共済は目標設定なし")
    ws.set_landscape()
    ws.fit_to_pages(1, 0)
    wb.close()


BUILDERS = {
    "01_北海道東北_ピボット貼付_支部名.xlsx": build_01,
    "02_関東甲信越_商品は見出しタブだけ_上期目標.xlsx": build_02,
    "03_近畿_Excel小計機能_集計期間.xlsx": build_03,
    "04_四国九州_Web抽出_全項目文字列.xlsx": build_04,
    "05_東海北陸_時点はヘッダーだけ_自治労表記.xls": build_05,
    "06_中国四国_商品ブロック横並び_実績順_星印.xlsx": build_06,
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
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp(prefix="legacy_contracts7_"))
    for n, p in build(target).items():
        print(n, p)
