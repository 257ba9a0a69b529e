"""Tenth independent fixture set: 新契約件数 主要共済の実績 (Report B) workbooks for
FY2026 (令和8年度) -- "A YEAR LATER AND SOMEONE ELSE".  Each file is what a
clerk who TOOK OVER the table keeps: last year's workbook rolled forward,
last year's figures left somewhere (a hidden or visible column, a sheet, a
row), a product added or renamed, a 県支部 written differently or added
below the total, hand-typed totals that disagree, rates typed as text or
left as last year's values, 「件」 in cells, notes beside figures, and the
as-of month in a title, a header, a footer, a cell or only the file name.

Built to MEASURE how well the reader generalises.  The helper who wrote it
read DOMAIN.md, the README usage of ``contracts recompute``,
workbook_tools/forms/contracts.py (product names), the scoring harness and
the docstrings of sets 1-9 -- never the reader's code.  Each file blends four
to six habits: about half seen in earlier sets (combined differently), about
half NEW (marked).  The fiscal year is 令和8年度 = 2026-06 … 2027-05 (June
start), so 「11月末」 of 令和8年度 is 2026-11.

Every figure of a 県支部 is a literal typed below.  Totals, rates, last
year's figures (令和7年度 / R7 / 前年度), 前年度同月実績 and the 備考 texts
that appear *inside* the workbooks are decoration (some deliberately wrong,
as a clerk typed them) and must never be read as a 県支部's figure of this
report.  The expected readings (typed by hand) are in expected.py.  The two
people named in the files (担当 葛西 澄乃, 前任 汐見 拓真) are invented.

Files (person / writer / habits)
--------------------------------
01_東北地連_R7年度(2)シート_前年度シート残し.xlsx -- openpyxl.  Sheets 「R7年度」
    (last year, visible) and 「R7年度 (2)」 (this year, active, last tab).
    - NEW: this year's sheet is Excel's COPY of last year's, still named
      「R7年度 (2)」; only its title says 「令和8年度 … 令和8年11月末現在」.  The
      original 「R7年度」 (title 令和7年度 … 令和7年11月末現在) stays VISIBLE.
    - NEW: the 到達率 columns of the copy still hold LAST YEAR'S rates as
      pasted values (never updated).
    - products across merged over 目標｜実績｜到達率 (seen); a typed 合計 row
      that disagrees (seen); some 実績 typed as text 「224件」 (seen).
02_関東甲信越_新契約_R8.11末.xlsx -- XlsxWriter.  Sheet 「新契約」.
    - NEW: the as-of month ONLY in the file name, in the era-dotted form
      「R8.11末」 (the title says 令和8年度 only).
    - NEW: a UNITS ROW 「（件）｜（件）｜（％）」 under the measure headings.
    - NEW: a product ADDED this year (自然災害共済) to the RIGHT of the 備考
      column, with single-cell headings 「自然災害（目標）」「自然災害（実績）」
      while the older products are merged over 目標｜実績｜到達率.
    - NEW: a 県支部 added this year (山梨) typed BELOW the 合計 row, with
      「※山梨は今年度から当地連で集計（合計に未反映）」 in 備考.
    - last year's 目標/実績 in HIDDEN columns 「前年度目標」「前年度実績」 (seen),
      here right of each product's 到達率.
03_東海北陸_縦長_R7R8交互行.xlsx -- openpyxl.  Sheet 「データ」.
    - NEW: one long table 年度｜県支部｜共済名｜目標｜実績｜備考 where each
      (県支部, 商品) has its R7 row directly ABOVE its R8 row (interleaved,
      not two blocks); 年度 written 「R7」 / 「R8」.
    - NEW: a figure with a note in the same cell 「64（速報）」; a target typed
      「未設定」.
    - 「富山県支部」 names (seen); 「171件」 (seen); 備考 with numbers (seen);
      the as-of in a line 「集計時点：令和8年11月末（火災共済は令和8年10月末）」
      (seen).
04_近畿_商品別シート_参考前年度表.xlsx -- XlsxWriter.  Sheets 「団生」「マイカー」
    「こども」.
    - sheet per product with abbreviated tab names (seen); titles with the
      as-of month (seen); 「京都府」「和歌山県」 (seen); 到達率 typed as TEXT
      「87.50%」 (seen); typed 合計 rows that disagree (seen).
    - NEW: last year's table placed to the RIGHT of this year's on the same
      sheet under 「（参考）令和7年度 同時期」, same headings and 県支部.
    - NEW: the product added this year (こども) titled with its name in
      brackets 「じちろうこども保障（満期金付きタイプ）」 and the reference side
      saying 「（参考）令和7年度：取扱なし」.
05_中国四国_商品縦_県支部ペア_目標未定.xlsx -- openpyxl.  Sheet 「中国四国」.
    - products DOWN, 県支部 across in 目標｜実績 pairs merged above (seen);
      typed 合計 pair that disagrees (seen); 備考 column with numbers (seen).
    - NEW: 県支部 headings with a note in brackets 「高知（幡多含む）」 and
      「愛媛県本部」.
    - NEW: a 時点 column holding the month only 「11月末」/「10月末」; the year
      only from the title's 「令和8年度」.
    - NEW: a product whose targets are NOT SET this year: every 目標 「－」 and
      備考 「目標未定（本部から未提示）」 (自然災害共済, 実績 given).
06_九州_県本部別シート_未着は前年度のまま.xlsx -- XlsxWriter.  Sheets 「42福岡」
    「佐賀県」「長崎県本部」「熊本」「大分（未着）」.
    - one sheet per 県本部 (seen) with tab names written four ways (NEW: the
      code glued to the name 「42福岡」 as a tab).
    - NEW: the month as a bare number in a cell 「報告月｜11｜月末」, the year
      only in the title's 「令和8年度」; a note 「※自賠責共済は10月末」 (seen).
    - NEW: the 大分 sheet was not replaced: tab 「大分（未着）」, title 「令和7年度」
      and a note 「※今年度分未着のため前年度の報告を表示」: not this year's report.
    - 年間目標｜累計実績｜前年度同月実績 (seen).
07_北海道東北_目標実績の下に年度_末尾に時点.xlsx -- openpyxl.  Sheet 「集計表」.
    - NEW: three heading rows product / measure / YEAR: under each product
      「目標」 merged over 「R7年度｜R8年度」 and 「実績」 likewise (the year is the
      innermost level).
    - NEW: the as-of month only in a FOOTER line under the table
      「以上（令和8年11月30日現在）」; the title has no date.
    - NEW: 「件」 only in the number format '#,##0"件"'.
    - a typed 合計 row that disagrees (seen).
08_全国抜粋_旧様式転記_交災は対象外.xlsx -- XlsxWriter.  Sheet 「R8新契約」.
    - 県CD text 「01」 + 県支部 (seen); single-cell headings 「団生目標」「団生実績」
      「団生率」 with rates typed as text (seen).
    - NEW: a product DROPPED this year: 「交災目標（R7）」「交災実績（R7）」 columns
      still there, greyed, with last year's figures and the note
      「※交通災害共済は令和8年度から本部集計の対象外（前年度の数字を残しています）」.
    - NEW: the as-of date as TEXT with slashes in a labelled cell
      「データ時点｜2026/11/30」.
    - NEW: a note inside a figure cell 「512（1件取消後）」.
"""
from __future__ import annotations

from pathlib import Path

import openpyxl
import xlsxwriter
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

_ = None
DASH = "－"
TANTO = "担当：葛西 澄乃（前任：汐見 拓真）"


def _last_year(t, a, i):
    """Decoration: last year's figures (achievers different on purpose)."""
    t0 = (t or 0) - 7 + i
    return t0, (t0 + 2 if i % 3 == 0 else max(a - 9 - i, 0))


# =====================================================================
# 01  東北: 「R7年度 (2)」 copy holds this year, 「R7年度」 visible, stale rates
# =====================================================================
F01_BRANCHES = ["青森", "岩手", "宮城", "秋田", "山形", "福島"]
F01 = {
    "団体生命共済": [(190, 171), (220, 224), (310, 262), (150, 150), (170, 133), (330, 301)],
    "じちろう退職者団体生命共済": [(62, 25), (72, 40), (95, 51), (52, 55), (66, 30), (98, 62)],
    "長期共済": [(42, 30), (47, 47), (72, 58), (36, 19), (40, 41), (75, 70)],
}
F01_TEXT = {("団体生命共済", 1): "224件", ("長期共済", 5): "70件"}  # typed with 件
F01_TYPED_TOTAL = {"団体生命共済": (1370, 1231), "じちろう退職者団体生命共済": (445, 263), "長期共済": (312, 256)}


def _f01_sheet(wb, title_name, title, figs, rates, typed_total, text_cells):
    ws = wb.create_sheet(title_name)
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = TANTO
    ws.merge_cells("A4:A5")
    ws["A4"] = "県支部"
    for k, p in enumerate(F01):
        c0 = 2 + 3 * k
        ws.merge_cells(start_row=4, start_column=c0, end_row=4, end_column=c0 + 2)
        ws.cell(4, c0, p)
        for j, m in enumerate(("目標", "実績", "到達率")):
            ws.cell(5, c0 + j, m)
    for i, b in enumerate(F01_BRANCHES):
        r = 6 + i
        ws.cell(r, 1, b)
        for k, p in enumerate(F01):
            c0 = 2 + 3 * k
            t, a = figs[p][i]
            ws.cell(r, c0, t)
            ws.cell(r, c0 + 1, text_cells.get((p, i), a))
            c = ws.cell(r, c0 + 2, rates[p][i])
            c.number_format = "0.0%"
    r = 6 + len(F01_BRANCHES)
    ws.cell(r, 1, "合計")
    for k, p in enumerate(F01):
        c0 = 2 + 3 * k
        t, a = typed_total[p]
        ws.cell(r, c0, t)
        ws.cell(r, c0 + 1, a)
        ws.cell(r, c0 + 2, round(a / t, 3)).number_format = "0.0%"
    for row in ws.iter_rows(min_row=4, max_row=5):
        for c in row:
            c.font = Font(bold=True)
            c.alignment = Alignment(horizontal="center")
            c.fill = PatternFill("solid", fgColor="DDEBF7")
    return ws


def build_01(path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    last = {p: [_last_year(t, a, i) for i, (t, a) in enumerate(v)] for p, v in F01.items()}
    last_rates = {p: [round(a / t, 3) for t, a in v] for p, v in last.items()}
    last_total = {p: (sum(t for t, _a in v), sum(a for _t, a in v)) for p, v in last.items()}
    _f01_sheet(wb, "R7年度", "令和7年度　新契約件数（東北地連）　令和7年11月末現在", last, last_rates, last_total, {})
    ws = _f01_sheet(wb, "R7年度 (2)", "令和8年度　新契約件数（東北地連）　令和8年11月末現在", F01, last_rates,
                    F01_TYPED_TOTAL, F01_TEXT)
    ws["A3"] = "※到達率の列は未更新です（集計時に再計算してください）"
    wb.active = 1
    wb.save(path)


# =====================================================================
# 02  関東甲信越: month only in the file name, units row, added product right of 備考, 山梨 below 合計
# =====================================================================
F02_BRANCHES = ["茨城", "栃木", "群馬", "埼玉", "東京", "千葉", "神奈川"]  # then 山梨 below 合計
F02_OLD = {
    "じちろうマイカー共済": [(520, 388), (410, 300), (400, 402), (880, 610), (1100, 790), (760, 512), (950, 700),
                            (230, 231)],
    "車両損害補償": [(120, 64), (90, 47), (85, 50), (200, 118), (260, 141), (170, 99), (210, 215), (40, 18)],
    "自賠責共済": [(300, 170), (240, 150), (230, 240), (500, 290), (640, 330), (420, 260), (560, 305), (110, 60)],
}
F02_NEW = [(60, 21), (45, 19), (40, 12), (90, 33), (120, 44), (80, 81), (100, 37), (20, 6)]  # 自然災害共済
F02_TYPED_TOTAL = {"じちろうマイカー共済": (5020, 3720), "車両損害補償": (1135, 734), "自賠責共済": (2890, 1745)}


def build_02(path: Path) -> None:
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("新契約")
    f_t = wb.add_format({"bold": True, "font_size": 14})
    f_h = wb.add_format({"bold": True, "border": 1, "align": "center", "bg_color": "#E2EFDA"})
    f_u = wb.add_format({"border": 1, "align": "center", "font_size": 8})
    f_n = wb.add_format({"border": 1, "num_format": "#,##0"})
    f_p = wb.add_format({"border": 1, "num_format": "0.0%"})
    f_s = wb.add_format({"border": 1})
    ws.write(0, 0, "令和8年度　新契約件数　関東甲信越地連", f_t)
    ws.write(1, 0, TANTO)
    ws.merge_range(3, 0, 5, 0, "県支部", f_h)
    col = 1
    cols = {}
    for p in F02_OLD:
        ws.merge_range(3, col, 3, col + 2, p, f_h)
        for j, (m, u) in enumerate((("目標", "（件）"), ("実績", "（件）"), ("到達率", "（％）"))):
            ws.write(4, col + j, m, f_h)
            ws.write(5, col + j, u, f_u)
        ws.write(3, col + 3, "前年度", f_h)
        ws.write(4, col + 3, "前年度目標", f_h)
        ws.write(4, col + 4, "前年度実績", f_h)
        ws.set_column(col + 3, col + 4, 8, None, {"hidden": True})
        cols[p] = col
        col += 5
    c_note = col
    ws.merge_range(3, c_note, 5, c_note, "備考", f_h)
    ws.set_column(c_note, c_note, 36)
    c_new = c_note + 1
    ws.write(4, c_new, "自然災害（目標）", f_h)
    ws.write(4, c_new + 1, "自然災害（実績）", f_h)
    ws.write(5, c_new, "（件）", f_u)
    ws.write(5, c_new + 1, "（件）", f_u)
    ws.write(3, c_new, "↓今年度から追加", f_s)

    def row(r, i, name, note=None):
        ws.write(r, 0, name, f_s)
        for p, c0 in cols.items():
            t, a = F02_OLD[p][i]
            ws.write_number(r, c0, t, f_n)
            ws.write_number(r, c0 + 1, a, f_n)
            ws.write_number(r, c0 + 2, round(a / t, 3), f_p)
            lt, la = _last_year(t, a, i)
            ws.write_number(r, c0 + 3, lt, f_n)
            ws.write_number(r, c0 + 4, la, f_n)
        t, a = F02_NEW[i]
        ws.write_number(r, c_new, t, f_n)
        ws.write_number(r, c_new + 1, a, f_n)
        if note:
            ws.write(r, c_note, note, f_s)

    notes = {3: "前年度は実績に移管分8件を含む", 5: "12月に追加報告予定"}
    for i, b in enumerate(F02_BRANCHES):
        row(6 + i, i, b, notes.get(i))
    r = 6 + len(F02_BRANCHES)
    ws.write(r, 0, "合計", f_h)
    for p, c0 in cols.items():
        t, a = F02_TYPED_TOTAL[p]
        ws.write_number(r, c0, t, f_n)
        ws.write_number(r, c0 + 1, a, f_n)
        ws.write_number(r, c0 + 2, round(a / t, 3), f_p)
    ws.write_number(r, c_new, 535, f_n)
    ws.write_number(r, c_new + 1, 247, f_n)
    row(r + 1, 7, "山梨", "※山梨は今年度から当地連で集計（合計に未反映）")
    wb.close()


# =====================================================================
# 03  東海北陸: long table, R7 row above R8 row for each (県支部, 商品)
# =====================================================================
F03_BRANCHES = ["富山", "石川", "福井", "静岡", "愛知"]
F03 = {
    "団体生命共済": [(160, 140), (170, "171件"), (115, 96), (360, 330), (540, 498)],
    "火災共済": [(50, 22), (55, 30), (40, 41), (110, "64件"), (160, 90)],
    "税制適格年金": [(30, 12), (35, 36), ("未設定", 2), (70, 38), (110, "64（速報）")],
}
F03_R7 = {  # last year's same-month figures (decoration)
    "団体生命共済": [(155, 158), (165, 150), (110, 111), (350, 301), (530, 470)],
    "火災共済": [(48, 50), (52, 25), (38, 20), (105, 60), (150, 152)],
    "税制適格年金": [(28, 30), (33, 20), (5, 1), (65, 40), (100, 101)],
}
F03_NOTES = {("団体生命共済", 0): "前年比▲18件", ("火災共済", 2): "前年同期20件", ("税制適格年金", 4): "12/3確定予定"}


def build_03(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "データ"
    ws["A1"] = "東海北陸地連　新契約件数（前年同期比較）"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "集計時点：令和8年11月末（火災共済は令和8年10月末）"
    ws["A3"] = TANTO
    ws.append([])
    ws.append(["年度", "県支部", "共済名", "目標", "実績", "備考"])
    for c in ws[5]:
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="FCE4D6")
    grey = Font(color="808080")
    for i, b in enumerate(F03_BRANCHES):
        for p in F03:
            t7, a7 = F03_R7[p][i]
            ws.append(["R7", f"{b}県支部", p, t7, a7, _])
            for c in ws[ws.max_row]:
                c.font = grey
            t, a = F03[p][i]
            ws.append(["R8", f"{b}県支部", p, t, a, F03_NOTES.get((p, i))])
    ws.column_dimensions["B"].width = 14
    ws.column_dimensions["C"].width = 22
    ws.column_dimensions["F"].width = 20
    wb.save(path)


# =====================================================================
# 04  近畿: sheet per product, last year's table to the right, こども added
# =====================================================================
F04_BRANCHES = ["滋賀県", "京都府", "奈良県", "和歌山県", "大阪府", "兵庫県"]
F04 = [  # (tab, title product, 時点 text, figures, typed total, has last year)
    ("団生", "団体生命共済", "令和8年11月末現在",
     [(145, 120), (240, 244), (155, 131), (220, 220), (620, 533), (460, 401)], (1840, 1694), True),
    ("マイカー", "じちろうマイカー共済", "令和8年10月末現在",
     [(360, 250), (610, 430), (390, 262), (340, 351), (1520, 1010), (1120, 790)], (4340, 3093), True),
    ("こども", "じちろうこども保障（満期金付きタイプ）", "令和8年11月末現在",
     [(8, 3), (12, 13), (6, 2), (5, 0), (25, 11), (18, 9)], (74, 36), False),
]


def build_04(path: Path) -> None:
    wb = xlsxwriter.Workbook(str(path))
    f_t = wb.add_format({"bold": True, "font_size": 13})
    f_h = wb.add_format({"bold": True, "border": 1, "align": "center", "bg_color": "#FFF2CC"})
    f_n = wb.add_format({"border": 1, "num_format": "#,##0"})
    f_s = wb.add_format({"border": 1})
    f_g = wb.add_format({"border": 1, "font_color": "#808080", "num_format": "#,##0"})
    for tab, prod, when, figs, total, has_last in F04:
        ws = wb.add_worksheet(tab)
        ws.write(0, 0, f"令和8年度　{prod}　新契約実績（{when}）", f_t)
        ws.write(1, 0, "近畿地連　" + TANTO)
        for j, h in enumerate(("県支部", "目標", "実績", "到達率")):
            ws.write(3, j, h, f_h)
        for i, (b, (t, a)) in enumerate(zip(F04_BRANCHES, figs)):
            ws.write(4 + i, 0, b, f_s)
            ws.write_number(4 + i, 1, t, f_n)
            ws.write_number(4 + i, 2, a, f_n)
            ws.write(4 + i, 3, f"{a * 100 / t:.2f}%", f_s)
        r = 4 + len(figs)
        ws.write(r, 0, "合計", f_h)
        ws.write_number(r, 1, total[0], f_n)
        ws.write_number(r, 2, total[1], f_n)
        ws.write(r, 3, f"{total[1] * 100 / total[0]:.2f}%", f_s)
        if has_last:
            ws.write(2, 5, "（参考）令和7年度 同時期", f_t)
            for j, h in enumerate(("県支部", "目標", "実績", "到達率")):
                ws.write(3, 5 + j, h, f_h)
            for i, (b, (t, a)) in enumerate(zip(F04_BRANCHES, figs)):
                lt, la = _last_year(t, a, i)
                ws.write(4 + i, 5, b, f_s)
                ws.write_number(4 + i, 6, lt, f_g)
                ws.write_number(4 + i, 7, la, f_g)
                ws.write(4 + i, 8, f"{la * 100 / lt:.2f}%", f_s)
        else:
            ws.write(2, 5, "（参考）令和7年度：取扱なし（今年度から集計）", f_t)
        ws.set_column(0, 0, 12)
        ws.set_column(5, 5, 12)
    wb.close()


# =====================================================================
# 05  中国四国: products down, 県支部 pairs across, month without year, targets not set
# =====================================================================
F05_BRANCHES = ["岡山", "広島", "山口", "香川", "愛媛県本部", "高知（幡多含む）"]
F05 = [  # (product, 時点, figures, typed 合計, 備考)
    ("団体生命共済", "11月末", [(310, 255), (430, 410), (215, 220), (155, 150), (205, 180), (115, 116)],
     (1430, 1313), "広島の実績に移管2件を含む"),
    ("じちろうマイカー共済", "10月末", [(710, 470), (990, 640), (530, 350), (390, 250), (490, 495), (260, 170)],
     (3370, 2375), _),
    ("自然災害共済", "11月末", [(DASH, 14), (DASH, 21), (DASH, 9), (DASH, 5), (DASH, 11), (DASH, 3)],
     (DASH, 63), "目標未定（本部から未提示）"),
    ("長期共済", "11月末", [(75, 60), (100, 88), (50, 52), (40, 28), (48, 30), (30, 30)],
     (343, 298), "前年度同期は261件"),
]


def build_05(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "中国四国"
    ws["A1"] = "令和8年度　新契約件数　中国・四国地連"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = TANTO
    ws.merge_cells("A4:A5")
    ws["A4"] = "共済名"
    ws.merge_cells("B4:B5")
    ws["B4"] = "時点"
    for k, b in enumerate(F05_BRANCHES + ["合計"]):
        c0 = 3 + 2 * k
        ws.merge_cells(start_row=4, start_column=c0, end_row=4, end_column=c0 + 1)
        ws.cell(4, c0, b)
        ws.cell(5, c0, "目標")
        ws.cell(5, c0 + 1, "実績")
    c_note = 3 + 2 * (len(F05_BRANCHES) + 1)
    ws.merge_cells(start_row=4, start_column=c_note, end_row=5, end_column=c_note)
    ws.cell(4, c_note, "備考")
    for i, (p, when, figs, total, note) in enumerate(F05):
        r = 6 + i
        ws.cell(r, 1, p)
        ws.cell(r, 2, when)
        for k, (t, a) in enumerate(figs + [total]):
            ws.cell(r, 3 + 2 * k, t)
            ws.cell(r, 4 + 2 * k, a)
        ws.cell(r, c_note, note)
    for row in ws.iter_rows(min_row=4, max_row=5):
        for c in row:
            c.font = Font(bold=True)
            c.alignment = Alignment(horizontal="center")
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions[get_column_letter(c_note)].width = 28
    wb.save(path)


# =====================================================================
# 06  九州: sheet per 県本部, 報告月 as a bare number, 大分 still last year's
# =====================================================================
F06_PRODUCTS = ["団体生命共済", "じちろう退職者団体生命共済", "自賠責共済", "交通災害共済"]
F06 = [  # (tab, 県本部 in title, 年度, figures per product, 前年度同月)
    ("42福岡", "自治労福岡県本部", "令和8年度", [(480, 455), (150, 80), (600, 330), (40, 45)], [430, 90, 310, 38]),
    ("佐賀県", "自治労佐賀県本部", "令和8年度", [(140, 141), (45, 20), (180, 95), (12, 4)], [120, 25, 100, 6]),
    ("長崎県本部", "自治労長崎県本部", "令和8年度", [(200, 170), (60, 61), (260, 140), (15, 9)], [180, 50, 150, 12]),
    ("熊本", "自治労熊本県本部", "令和8年度", [(250, 230), (75, 33), (330, 340), (20, 20)], [210, 40, 300, 22]),
    ("大分（未着）", "自治労大分県本部", "令和7年度", [(190, 200), (55, 60), (240, 250), (14, 30)], [170, 45, 220, 10]),
]


def build_06(path: Path) -> None:
    wb = xlsxwriter.Workbook(str(path))
    f_t = wb.add_format({"bold": True, "font_size": 13})
    f_h = wb.add_format({"bold": True, "border": 1, "bg_color": "#DDEBF7"})
    f_n = wb.add_format({"border": 1, "num_format": "#,##0"})
    f_s = wb.add_format({"border": 1})
    f_r = wb.add_format({"font_color": "#C00000"})
    for tab, who, year, figs, prev in F06:
        ws = wb.add_worksheet(tab)
        ws.write(0, 0, f"{year}　新契約件数報告（{who}）", f_t)
        ws.write(2, 0, "報告月", f_h)
        ws.write_number(2, 1, 11, f_s)
        ws.write(2, 2, "月末", f_s)
        for j, h in enumerate(("共済名", "年間目標", "累計実績", "前年度同月実績", "備考")):
            ws.write(4, j, h, f_h)
        for i, (p, (t, a), pv) in enumerate(zip(F06_PRODUCTS, figs, prev)):
            ws.write(5 + i, 0, p, f_s)
            ws.write_number(5 + i, 1, t, f_n)
            ws.write_number(5 + i, 2, a, f_n)
            ws.write_number(5 + i, 3, pv, f_n)
            ws.write(5 + i, 4, "", f_s)
        ws.write(10, 0, "※自賠責共済は10月末", f_r)
        if tab.startswith("大分"):
            ws.write(11, 0, "※今年度分未着のため前年度の報告を表示", f_r)
        ws.set_column(0, 0, 28)
    wb.close()


# =====================================================================
# 07  北海道東北: product / measure / year heading rows, date only in a footer line
# =====================================================================
F07_BRANCHES = ["北海道", "青森", "岩手", "秋田", "山形"]
F07 = {  # (R7 目標, R8 目標, R7 実績, R8 実績)
    "団体生命共済": [(800, 820, 790, 700), (180, 185, 170, 186), (210, 215, 212, 190), (140, 145, 141, 120),
                  (160, 165, 150, 170)],
    "車両損害補償": [(290, 300, 291, 150), (58, 60, 40, 31), (68, 70, 50, 71), (48, 50, 49, 22), (52, 55, 30, 30)],
    "こども保障満期金付きタイプ": [(28, 30, 30, 12), (5, 6, 2, 2), (7, 7, 1, 1), (5, 5, 6, 5), (6, 6, 7, 3)],
}
F07_TYPED_TOTAL = {"団体生命共済": (1561, 1530, 1463, 1366), "車両損害補償": (516, 535, 460, 340),
                   "こども保障満期金付きタイプ": (51, 54, 46, 23)}


def build_07(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "集計表"
    ws["A1"] = "新契約件数（北海道・東北）"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = TANTO
    ws.merge_cells("A4:A6")
    ws["A4"] = "県支部"
    for k, p in enumerate(F07):
        c0 = 2 + 4 * k
        ws.merge_cells(start_row=4, start_column=c0, end_row=4, end_column=c0 + 3)
        ws.cell(4, c0, p)
        for j, m in enumerate(("目標", "実績")):
            ws.merge_cells(start_row=5, start_column=c0 + 2 * j, end_row=5, end_column=c0 + 2 * j + 1)
            ws.cell(5, c0 + 2 * j, m)
            ws.cell(6, c0 + 2 * j, "R7年度")
            ws.cell(6, c0 + 2 * j + 1, "R8年度")
    fmt = '#,##0"件"'
    rows = [(b, [F07[p][i] for p in F07]) for i, b in enumerate(F07_BRANCHES)]
    rows.append(("合計", [F07_TYPED_TOTAL[p] for p in F07]))
    for i, (b, vals) in enumerate(rows):
        r = 7 + i
        ws.cell(r, 1, b)
        for k, (t7, t8, a7, a8) in enumerate(vals):
            c0 = 2 + 4 * k
            for j, v in enumerate((t7, t8, a7, a8)):
                c = ws.cell(r, c0 + j, v)
                c.number_format = fmt
                if j in (0, 2):
                    c.font = Font(color="808080")
    ws.cell(7 + len(rows) + 1, 1, "以上（令和8年11月30日現在）")
    for row in ws.iter_rows(min_row=4, max_row=6):
        for c in row:
            c.font = Font(bold=True)
            c.alignment = Alignment(horizontal="center")
    wb.save(path)


# =====================================================================
# 08  全国抜粋: 県CD + name, single-cell headings, 交災 dropped but kept, date as text
# =====================================================================
F08_BRANCHES = [("01", "北海道"), ("05", "宮城"), ("14", "東京"), ("23", "愛知"), ("30", "大阪"), ("34", "広島"),
                ("42", "福岡"), ("49", "沖縄")]
F08 = {  # short heading: figures
    "団生": [(830, 712), (305, 310), (700, 566), (530, 470), (610, "512（1件取消後）"), (420, 399), (470, 470),
           (160, 101)],
    "長期": [(210, 150), (70, 62), (190, 120), (190, 195), (230, 160), (100, 70), (120, 90), (30, 33)],
    "火災": [(260, 120), (90, 40), (220, 100), (160, 88), (190, 191), (120, 60), (140, 70), (40, 12)],
}
F08_KOSAI_R7 = [(40, 45), (15, 9), (30, 31), (25, 12), (35, 40), (20, 8), (25, 26), (10, 3)]


def build_08(path: Path) -> None:
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("R8新契約")
    f_t = wb.add_format({"bold": True, "font_size": 13})
    f_h = wb.add_format({"bold": True, "border": 1, "bg_color": "#D9E1F2", "text_wrap": True})
    f_hg = wb.add_format({"bold": True, "border": 1, "bg_color": "#D9D9D9", "font_color": "#808080"})
    f_n = wb.add_format({"border": 1, "num_format": "#,##0"})
    f_g = wb.add_format({"border": 1, "num_format": "#,##0", "font_color": "#808080", "bg_color": "#F2F2F2"})
    f_s = wb.add_format({"border": 1})
    ws.write(0, 0, "令和8年度　新契約件数（抜粋）", f_t)
    ws.write(1, 0, "データ時点", f_h)
    ws.write_string(1, 1, "2026/11/30", f_s)
    ws.write(1, 3, TANTO)
    heads = ["県CD", "県支部"]
    for p in F08:
        heads += [f"{p}目標", f"{p}実績", f"{p}率"]
    heads += ["交災目標（R7）", "交災実績（R7）"]
    for j, h in enumerate(heads):
        ws.write(3, j, h, f_hg if "交災" in h else f_h)
    for i, (code, b) in enumerate(F08_BRANCHES):
        r = 4 + i
        ws.write_string(r, 0, code, f_s)
        ws.write(r, 1, b, f_s)
        c = 2
        for p, figs in F08.items():
            t, a = figs[i]
            ws.write_number(r, c, t, f_n)
            if isinstance(a, str):
                ws.write_string(r, c + 1, a, f_s)
                av = int(a[:3])
            else:
                ws.write_number(r, c + 1, a, f_n)
                av = a
            ws.write_string(r, c + 2, f"{av * 100 / t:.1f}%", f_s)
            c += 3
        kt, ka = F08_KOSAI_R7[i]
        ws.write_number(r, c, kt, f_g)
        ws.write_number(r, c + 1, ka, f_g)
    r = 4 + len(F08_BRANCHES) + 1
    ws.write(r, 0, "※交通災害共済は令和8年度から本部集計の対象外（前年度の数字を残しています）")
    ws.set_column(0, 0, 6)
    ws.set_column(1, 1, 10)
    wb.close()


FILES = {
    "01_東北地連_R7年度(2)シート_前年度シート残し.xlsx": build_01,
    "02_関東甲信越_新契約_R8.11末.xlsx": build_02,
    "03_東海北陸_縦長_R7R8交互行.xlsx": build_03,
    "04_近畿_商品別シート_参考前年度表.xlsx": build_04,
    "05_中国四国_商品縦_県支部ペア_目標未定.xlsx": build_05,
    "06_九州_県本部別シート_未着は前年度のまま.xlsx": build_06,
    "07_北海道東北_目標実績の下に年度_末尾に時点.xlsx": build_07,
    "08_全国抜粋_旧様式転記_交災は対象外.xlsx": build_08,
}


def build(folder: Path) -> dict[str, Path]:
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    out = {}
    for name, fn in FILES.items():
        p = folder / name
        fn(p)
        out[name] = p
    return out


if __name__ == "__main__":
    import sys

    for n, p in build(Path(sys.argv[1] if len(sys.argv) > 1 else "legacy_contracts10_out")).items():
        print(p)
