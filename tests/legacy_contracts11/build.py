"""Eleventh independent fixture set: 新契約件数 主要共済の実績 (Report B) workbooks
for FY2026 (令和8年度 = 2026-06 … 2027-05, June start) from ORDINARY OFFICES
-- "HOW THE FIGURES ARRIVED".  Each file is the trace of how an office got
its figures into Excel: a running monthly book, a system's CSV opened in
Excel, a table pasted out of an e-mail, HQ's target master looked up with
VLOOKUP, a web system's "Excel出力" that is really an HTML page, a book that
keeps the cumulative count month by month, a correction appended under a
struck-through row, targets given per half-year.

Built to MEASURE how well the reader generalises.  The helper who wrote it
read DOMAIN.md (Report B), the README usage of ``contracts recompute`` and
``--help``, the scoring harness, the docstrings of sets 1-10 and set 10's
files as a format model -- never the reader's code.  Each file combines three
to five habits; the ones no earlier set's docstring names are marked NEW.

Every figure of a 県支部 is a literal typed below.  Totals, rates (typed,
cached or stale), 単月 / 当月 / 前月累計 figures, the months before the last
one in a 累計推移 table or a monthly book, the struck-through row, HQ's
target master for the 県支部 of other 地連, record counts, phone numbers and
the export metadata that appear *inside* the workbooks are decoration (some
deliberately wrong, as a clerk typed them) and are never a 県支部's figure of
this report -- except where the docstring below says how a human combines
them (上期 + 下期 = the year's target; 前月までの累計 + 当月 = 実績).  The
expected readings (typed by hand) are in expected.py.  No person is named in
the files.

FY arithmetic: 令和8年度 starts 2026-06, so 「12月末」 is 2026-12 and 「1月末」
is 2027-01 (令和9年1月).

Files (office / writer / habits)
--------------------------------
01_東北地連_新契約月報_令和8年度.xlsx -- openpyxl.  Sheets 「1月」「12月」「11月」
    「10月」「9月」「8月」「7月」「6月」 (one per month).
    - NEW: the running monthly book keeps its sheets NEWEST FIRST (each month
      the clerk copies the last sheet with 「移動またはコピー」, which puts the
      copy BEFORE it): the report is the FIRST tab 「1月」, the last tab is
      「6月」.  (Month sheets in date order, last month's sheet first, seen.)
    - NEW: under each product 「目標」 and 「到達率」 merged down over two
      heading rows and 「実績」 merged over 「単月｜累計」: the first column
      under 実績 is the month alone; the report needs 累計.
    - NEW: 「長共」 for 長期共済 (the abbreviation the offices use in their
      reports); 「退職者団生」 (seen).
    - NEW: the year boundary: 「1月末現在」 with only 「令和8年度」 in the title
      is 2027-01; the note 「※長共は12月末現在」 is 2026-12.
    - 到達率 typed by the clerk as values rounded to one decimal (seen).
02_近畿地連_KY0420_新契約抽出.xlsx -- openpyxl.  One sheet named after the CSV
    file 「KY0420_20270106084215」.
    - NEW: a system's CSV opened in Excel by double-click and saved as .xlsx:
      an EXPORT METADATA block above the header (帳票名, 帳票ID, 出力日時 as a
      real date-time, 出力者, 集計年月 202612, 抽出条件), and a trailer
      「出力件数｜72」 (a record count with no unit) and 「*** 以上 ***」 under
      the data.
    - NEW: the codes the system protected with a LEADING APOSTROPHE, which
      Excel shows literally when it opens a CSV: 「'05」「'26」「'0110」「'01」.
    - NEW: fully long ("縦持ち") data: one row per 県支部 × 種目 × 区分, where
      区分 is 「目標」「単月」「累計」 and the figure is in ONE column 「件数」;
      the report's 実績 is the 累計 row.
    - 集計年月 per row as yyyymm (seen): the 自賠責 rows say 202611.
    - 県支部CD are 自治労県コード (26 滋賀 … 32 兵庫; JIS would read 26 as 京都),
      with the names beside them (seen).
03_関東甲信越_目標上期下期_実績は縦横逆.xlsx -- XlsxWriter.  Sheet 「R8集計」.
    - NEW: targets given PER HALF-YEAR only: each 県支部 merged over
      「上期（6～11月）｜下期（12～5月）」 in the 【目標】 table, no annual
      column: the year's 目標 is 上期 + 下期.  (An 上期目標 BESIDE 年間目標 seen.)
    - NEW: 【目標】 (products down, 県支部 across) and, BELOW it on the same
      sheet, 【実績】 the other way round (県支部 down, products across) in
      ANOTHER ORDER (JIS: 茨城 栃木 群馬 埼玉 千葉 東京 神奈川 新潟).
    - NEW: two 県支部 (山梨・長野) have targets but are MISSING from 【実績】
      (「※山梨・長野は未報告（1/8現在）」): their 実績 is unknown, not 0.
    - the as-of month in the 【実績】 heading with a bracket for one product
      「令和8年12月末現在（マイカーは11月末）」 (seen-ish).
04_九州地連_メール本文貼付.xlsx -- openpyxl.  Sheet 「Sheet1」.
    - NEW: a table PASTED AS TEXT out of an e-mail: the mail header lines
      (差出人, 送信日時, 宛先, 件名), the greeting and the signature (with a
      phone number and 内線) are in column A around the table.
    - NEW: the merges were lost in the paste: each product name is in the
      first of its two columns, and because the 県支部 cell spanned two rows
      in the mail, the second heading row 「目標｜実績｜目標…」 STARTS ONE
      COLUMN TO THE LEFT (in column A) of the figures it labels.
    - NEW: the as-of month only in the mail: the 件名 「【九州地連】令和8年度
      新契約件数（12月末）」 and the sentence 「12月末現在の新契約件数を送ります。
      自賠責のみ11月末です。」
    - a typed 計 row, マイカー 実績 typed 3242 for 3422 (seen); 交通災害 福岡
      106/45 (235.55%).
05_中国地連_新契約_訂正行追記.xlsx -- XlsxWriter.  Sheet 「中国」.
    - NEW: a 県支部 CORRECTED after the first report: the original 岡山 row
      is kept but STRUCK THROUGH (strikeout font), and the corrected row
      「岡山（1/7訂正）」 is appended UNDER the 合計 row with a note
      「※岡山県支部から訂正報告あり（団生・火災）。取消線の行は訂正前」.
      The corrected row is 岡山's figure.
    - the typed 合計 row still adds the OLD 岡山 (seen: disagreeing totals);
      到達率 typed, the corrected row's rates copied from the old row (seen).
    - 「団生」「退職団生」「交災」 (seen); JIS order (seen).
06_東海北陸地連_実績報告_目標はVLOOKUP.xlsx -- XlsxWriter.  Sheets 「実績報告」
    and 「目標マスタ」.
    - NEW: the 目標 cells of 「実績報告」 are VLOOKUP formulas (cached) into
      HQ's target master 「目標マスタ」, a VISIBLE sheet listing ALL 47
      県支部 (本部配分) with their targets for the four products (headings
      「団体生命」「こども」「税適」「自然災害」, in another order).  Only the seven
      県支部 of 「実績報告」 are this report; the master's other 40 rows are
      reference data with no 実績 anywhere.
    - products across merged over 目標｜実績｜到達率 (seen); JIS order (岐阜
      before 静岡) (seen); the as-of month in the title (seen).
07_四国地連_累計推移.xlsx -- XlsxWriter (formulas with cached values).  Sheets 「団体生命」「マイカー」「車両」.
    - NEW: a 累計推移 table: each month column 「6月末」…「5月末」 under the
      band 「累計件数（各月末）」 is ALREADY CUMULATIVE (the figures grow month
      by month); filled through 12月末 (団体生命) / 11月末 (マイカー・車両).
      The 実績 is the LAST FILLED column, never the sum of the months, and
      the as-of month is that column's month.  (Month-by-month SINGLE-month
      columns, summed, seen.)
    - NEW: the clerk's 到達率 formula on the マイカー and 車両 sheets points at
      the empty 12月末 column (copied from 団体生命): cached 0.0%.
    - sheet per product with short tab names (seen).
08_本部_重点県支部_12月分.xlsx -- XlsxWriter.  Sheet 「12月分」.
    - NEW: 実績 given only as 「前月までの累計」 and 「当月（12月）」, with NO
      累計 column: the 実績 is their sum (the clerk's 到達率 formula
      =(前月までの累計+当月)/年間目標 says so).  (前月累計｜当月｜累計 seen.)
    - NEW: the as-of written as 「12月分」 in the title and tab (令和8年度 →
      2026-12); 「－」 for a month with no contract (0).
    - ten 県支部 from several 地連 in 自治労県コード order; 「退職者団生」 (seen).
09_北海道北信越_Web速報_Excel出力.xls -- written as TEXT: an HTML page with
    the extension .xls, the way web systems do "Excel出力" (Excel opens it
    after a warning that the format and the extension do not match).
    - NEW: the file is HTML (UTF-8, <meta charset>, the Excel XML namespaces),
      not BIFF: a table with colspan product headings (Excel shows them
      merged), 目標｜実績 under each, the as-of month in an <h3> above the
      table 「2026年12月末現在」.
    - 「団体生命」「長期」「こども」 (seen), a 合計 row (seen).
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import xlsxwriter
from openpyxl.styles import Alignment, Font, PatternFill

DASH = "－"


# =====================================================================
# 01  東北: monthly book, newest sheet first, 実績 over 単月｜累計, 長共, 1月 = 2027-01
# =====================================================================
F01_BRANCHES = ["青森", "岩手", "宮城", "秋田", "山形", "福島"]
F01_PRODUCTS = ["団体生命共済", "退職者団生", "長共"]  # as headed in the sheets
# 1月 sheet (the report): (目標, 1月単月, 1月末累計)
F01 = {
    "団体生命共済": [(200, 19, 181), (230, 24, 231), (320, 30, 268), (160, 15, 142), (175, 21, 175),
                (340, 33, 297)],
    "退職者団生": [(60, 4, 31), (70, 6, 44), (90, 11, 93), (50, 2, 22), (65, 5, 40), (95, 7, 58)],
    "長共": [(40, 3, 28), (45, 4, 33), (70, 8, 71), (35, 2, 19), (40, 3, 26), (75, 9, 80)],
}
F01_MONTHS = ["1月", "12月", "11月", "10月", "9月", "8月", "7月", "6月"]  # tab order (newest first)


def _f01_month_figures():
    """Decoration: each earlier month's 単月/累計, walked back from January's."""
    out = {"1月": {p: [(t, m, c) for t, m, c in v] for p, v in F01.items()}}
    prev = out["1月"]
    for k, mon in enumerate(F01_MONTHS[1:], start=1):
        cur = {}
        for p, rows in prev.items():
            lst = []
            for i, (t, m, c) in enumerate(rows):
                c2 = max(c - m, 0)
                m2 = min(c2, (t // 9) + ((i + k) % 4) - 1) if mon != "6月" else c2
                lst.append((t, max(m2, 0), c2))
            cur[p] = lst
        out[mon] = cur
        prev = cur
    return out


def build_01(path: Path) -> None:
    figs = _f01_month_figures()
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    head_fill = PatternFill("solid", fgColor="DDEBF7")
    for mon in F01_MONTHS:
        ws = wb.create_sheet(mon)
        ws["A1"] = "令和8年度　新契約件数 月報（東北地連）"
        ws["A1"].font = Font(bold=True, size=14)
        ws["A2"] = f"{mon}末現在"
        if mon == "1月":
            ws["D2"] = "※長共は12月末現在"
        ws.merge_cells("A4:A5")
        ws["A4"] = "県支部"
        for k, p in enumerate(F01_PRODUCTS):
            c0 = 2 + 4 * k
            ws.merge_cells(start_row=3, start_column=c0, end_row=3, end_column=c0 + 3)
            ws.cell(3, c0, p)
            ws.merge_cells(start_row=4, start_column=c0, end_row=5, end_column=c0)
            ws.cell(4, c0, "目標")
            ws.merge_cells(start_row=4, start_column=c0 + 1, end_row=4, end_column=c0 + 2)
            ws.cell(4, c0 + 1, "実績")
            ws.cell(5, c0 + 1, "単月")
            ws.cell(5, c0 + 2, "累計")
            ws.merge_cells(start_row=4, start_column=c0 + 3, end_row=5, end_column=c0 + 3)
            ws.cell(4, c0 + 3, "到達率")
        for i, b in enumerate(F01_BRANCHES):
            r = 6 + i
            ws.cell(r, 1, b)
            for k, p in enumerate(F01_PRODUCTS):
                c0 = 2 + 4 * k
                t, m, c = figs[mon][p][i]
                ws.cell(r, c0, t)
                ws.cell(r, c0 + 1, m)
                ws.cell(r, c0 + 2, c)
                ws.cell(r, c0 + 3, round(c / t, 3)).number_format = "0.0%"
        r = 6 + len(F01_BRANCHES)
        ws.cell(r, 1, "東北計")
        for k, p in enumerate(F01_PRODUCTS):
            c0 = 2 + 4 * k
            for j in range(3):
                ws.cell(r, c0 + j, sum(row[j] for row in figs[mon][p]))
            tt = sum(row[0] for row in figs[mon][p])
            cc = sum(row[2] for row in figs[mon][p])
            ws.cell(r, c0 + 3, round(cc / tt, 3)).number_format = "0.0%"
        for row in ws.iter_rows(min_row=3, max_row=5, max_col=1 + 4 * len(F01_PRODUCTS)):
            for c in row:
                c.font = Font(bold=True)
                c.alignment = Alignment(horizontal="center", vertical="center")
                c.fill = head_fill
        ws.column_dimensions["A"].width = 10
    wb.active = 0
    wb.save(path)


# =====================================================================
# 02  近畿: system CSV opened in Excel: metadata, apostrophes, 区分 rows
# =====================================================================
F02_BRANCHES = [("'26", "滋賀県支部"), ("'27", "京都府支部"), ("'28", "奈良県支部"), ("'29", "和歌山県支部"),
                ("'30", "大阪府支部"), ("'32", "兵庫県支部")]
F02_PRODUCTS = [  # (種目CD, 種目名, 集計年月, [(目標, 単月, 累計) per branch])
    ("'0110", "団体生命", 202612, [(150, 14, 128), (250, 22, 257), (160, 12, 133), (210, 18, 210), (640, 50, 551),
                                (470, 41, 412)]),
    ("'0310", "マイカー", 202612, [(370, 30, 262), (620, 41, 455), (400, 25, 281), (350, 33, 362), (1500, 98, 1032),
                                (1100, 77, 806)]),
    ("'0330", "自賠責", 202611, [(180, 9, 96), (300, 17, 188), (190, 20, 203), (160, 8, 99), (700, 42, 455),
                              (520, 31, 330)]),
    ("'0410", "火災", 202612, [(60, 3, 25), (95, 5, 54), (55, 2, 31), (45, 4, 47), (210, 11, 118), (160, 9, 95)]),
]
F02_KUBUN = [("'01", "目標"), ("'02", "単月"), ("'03", "累計")]


def build_02(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "KY0420_20270106084215"
    meta = [
        ("帳票名", "新契約件数実績一覧（県支部別・種目別）"),
        ("帳票ID", "'KY0420"),
        ("出力日時", dt.datetime(2027, 1, 6, 8, 42, 15)),
        ("出力者", "近畿地連事務局"),
        ("集計年月", 202612),
        ("抽出条件", "地連コード='05'"),
    ]
    for k, v in meta:
        ws.append([k, v])
    ws["B3"].number_format = "yyyy/m/d h:mm"
    ws.append([])
    ws.append(["集計年月", "地連CD", "地連名", "県支部CD", "県支部名", "種目CD", "種目名", "区分CD", "区分", "件数"])
    n = 0
    for bi, (bcd, bname) in enumerate(F02_BRANCHES):
        for pcd, pname, ym, figs in F02_PRODUCTS:
            for ki, (kcd, kname) in enumerate(F02_KUBUN):
                ws.append([ym, "'05", "近畿", bcd, bname, pcd, pname, kcd, kname, figs[bi][ki]])
                n += 1
    ws.append([])
    ws.append(["出力件数", n])
    ws.append(["*** 以上 ***"])
    wb.save(path)


# =====================================================================
# 03  関東甲信越: 目標 per half-year (products down), 実績 the other way below, two missing
# =====================================================================
F03_T_BRANCHES = ["新潟", "群馬", "栃木", "茨城", "埼玉", "東京", "千葉", "神奈川", "山梨", "長野"]
F03_T = {  # (上期, 下期) per branch, federation order
    "団体生命共済": [(140, 150), (110, 120), (105, 115), (150, 160), (200, 220), (230, 250), (170, 180), (210, 230),
                (70, 75), (120, 130)],
    "じちろうマイカー共済": [(300, 320), (260, 270), (250, 260), (330, 350), (420, 450), (500, 530), (380, 400),
                      (460, 490), (110, 120), (240, 250)],
    "長期共済": [(35, 40), (30, 30), (25, 30), (40, 45), (55, 60), (60, 65), (45, 50), (50, 55), (15, 15),
             (30, 30)],
}
F03_A_BRANCHES = ["茨城", "栃木", "群馬", "埼玉", "千葉", "東京", "神奈川", "新潟"]  # JIS order, 山梨・長野 missing
F03_A_HEAD = ["団生", "マイカー", "長期"]
F03_A = {  # 累計実績 per branch of F03_A_BRANCHES
    "団生": [288, 221, 205, 401, 300, 455, 446, 260],
    "マイカー": [512, 402, 540, 640, 590, 810, 700, 455],
    "長期": [60, 56, 48, 90, 95, 100, 70, 52],
}


def build_03(path: Path) -> None:
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("R8集計")
    f_t = wb.add_format({"bold": True, "font_size": 14})
    f_b = wb.add_format({"bold": True, "font_size": 12})
    f_h = wb.add_format({"bold": True, "border": 1, "align": "center", "valign": "vcenter", "bg_color": "#E2EFDA",
                         "text_wrap": True})
    f_n = wb.add_format({"border": 1, "num_format": "#,##0"})
    f_s = wb.add_format({"border": 1})
    f_note = wb.add_format({"font_color": "#C00000"})
    ws.write(0, 0, "令和8年度　新契約件数（関東甲信越地連）", f_t)
    ws.write(2, 0, "【目標】令和8年度　推進目標（半期別）", f_b)
    ws.merge_range(3, 0, 4, 0, "共済名", f_h)
    for k, b in enumerate(F03_T_BRANCHES + ["計"]):
        c0 = 1 + 2 * k
        ws.merge_range(3, c0, 3, c0 + 1, b, f_h)
        ws.write(4, c0, "上期（6～11月）", f_h)
        ws.write(4, c0 + 1, "下期（12～5月）", f_h)
    for i, (p, pairs) in enumerate(F03_T.items()):
        r = 5 + i
        ws.write(r, 0, p, f_s)
        for k, (u, d) in enumerate(pairs):
            ws.write_number(r, 1 + 2 * k, u, f_n)
            ws.write_number(r, 2 + 2 * k, d, f_n)
        c0 = 1 + 2 * len(F03_T_BRANCHES)
        ws.write_number(r, c0, sum(u for u, _d in pairs), f_n)
        ws.write_number(r, c0 + 1, sum(d for _u, d in pairs), f_n)
    ws.set_row(4, 30)
    ws.set_column(0, 0, 22)
    ws.set_column(1, 2 * len(F03_T_BRANCHES) + 2, 8)

    r0 = 10
    ws.write(r0, 0, "【実績】累計実績　令和8年12月末現在（マイカーは11月末）", f_b)
    ws.write(r0 + 1, 0, "県支部", f_h)
    for j, h in enumerate(F03_A_HEAD):
        ws.write(r0 + 1, 1 + j, h, f_h)
    for i, b in enumerate(F03_A_BRANCHES):
        r = r0 + 2 + i
        ws.write(r, 0, b, f_s)
        for j, h in enumerate(F03_A_HEAD):
            ws.write_number(r, 1 + j, F03_A[h][i], f_n)
    r = r0 + 2 + len(F03_A_BRANCHES)
    ws.write(r, 0, "計", f_h)
    for j, h in enumerate(F03_A_HEAD):
        ws.write_number(r, 1 + j, sum(F03_A[h]), f_n)
    ws.write(r + 1, 0, "※山梨・長野は未報告（1/8現在）", f_note)
    wb.close()


# =====================================================================
# 04  九州: table pasted as text from an e-mail, headings shifted, month in the mail
# =====================================================================
F04_BRANCHES = ["福岡", "佐賀", "長崎", "熊本", "大分", "宮崎", "鹿児島", "沖縄"]
F04_PRODUCTS = ["団体生命共済", "じちろうマイカー共済", "自賠責共済", "交通災害共済"]
F04 = {  # (目標, 実績)
    "団体生命共済": [(490, 462), (145, 146), (205, 171), (255, 238), (195, 195), (170, 150), (230, 201), (165, 109)],
    "じちろうマイカー共済": [(1200, 860), (350, 251), (500, 372), (640, 655), (480, 333), (420, 290), (560, 401),
                      (390, 260)],
    "自賠責共済": [(620, 340), (185, 99), (270, 146), (340, 351), (250, 132), (220, 110), (300, 177), (200, 205)],
    "交通災害共済": [(45, 106), (12, 9), (16, 8), (22, 22), (15, 4), (10, 3), (18, 11), (8, 2)],
}
F04_TYPED_TOTAL = {"団体生命共済": (1855, 1672), "じちろうマイカー共済": (4540, 3242), "自賠責共済": (2385, 1560),
                   "交通災害共済": (146, 165)}


def build_04(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    lines = [
        "差出人: 九州地連 共済担当",
        "送信日時: 2027年1月8日 10:12",
        "宛先: 共済推進本部 推進課",
        "件名: 【九州地連】令和8年度 新契約件数（12月末）",
        None,
        "推進課 御中",
        "お疲れ様です。",
        "12月末現在の新契約件数を送ります。自賠責のみ11月末です。",
        None,
    ]
    for s in lines:
        ws.append([s])
    # heading row 1: 県支部 | product | (blank) | product | (blank) ...
    h1 = ["県支部"]
    for p in F04_PRODUCTS:
        h1 += [p, None]
    ws.append(h1)
    # heading row 2 lost its first cell (the 県支部 cell spanned two rows): starts in column A
    h2 = []
    for _p in F04_PRODUCTS:
        h2 += ["目標", "実績"]
    ws.append(h2)
    for i, b in enumerate(F04_BRANCHES):
        row = [b]
        for p in F04_PRODUCTS:
            row += list(F04[p][i])
        ws.append(row)
    row = ["計"]
    for p in F04_PRODUCTS:
        row += list(F04_TYPED_TOTAL[p])
    ws.append(row)
    for s in [None, "数字は各県支部からの報告を集計したものです。", "以上、よろしくお願いします。", None,
              "――――――――――――――――", "九州地連 共済担当", "TEL 092-000-1234（内線 215）",
              "FAX 092-000-1235"]:
        ws.append([s])
    ws.column_dimensions["A"].width = 12
    wb.save(path)


# =====================================================================
# 05  中国: the 岡山 row struck through, the corrected row appended under 合計
# =====================================================================
F05_BRANCHES = ["鳥取", "島根", "岡山", "広島", "山口"]  # JIS order
F05_PRODUCTS = ["団生", "退職団生", "火災共済", "交災"]
F05 = {  # (目標, 実績); 岡山 here is the ORIGINAL (struck-through) report
    "団生": [(130, 118), (150, 151), (320, 298), (440, 402), (220, 199)],
    "退職団生": [(40, 41), (45, 20), (90, 45), (120, 66), (60, 33)],
    "火災共済": [(40, 22), (45, 30), (110, 62), (150, 88), (70, 70)],
    "交災": [(14, 150), (10, 4), (30, 20), (35, 29), (20, 21)],
}
F05_OKAYAMA_FIXED = {"団生": (320, 321), "退職団生": (90, 45), "火災共済": (110, 112), "交災": (30, 20)}


def build_05(path: Path) -> None:
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("中国")
    f_t = wb.add_format({"bold": True, "font_size": 14})
    f_h = wb.add_format({"bold": True, "border": 1, "align": "center", "bg_color": "#FCE4D6"})
    f_n = wb.add_format({"border": 1, "num_format": "#,##0"})
    f_s = wb.add_format({"border": 1})
    f_p = wb.add_format({"border": 1, "num_format": "0.0%"})
    f_ns = wb.add_format({"border": 1, "num_format": "#,##0", "font_strikeout": True})
    f_ss = wb.add_format({"border": 1, "font_strikeout": True})
    f_ps = wb.add_format({"border": 1, "num_format": "0.0%", "font_strikeout": True})
    f_note = wb.add_format({"font_color": "#C00000"})
    ws.write(0, 0, "令和8年度　新契約件数（中国地連）　令和8年12月末現在", f_t)
    ws.merge_range(2, 0, 3, 0, "県支部", f_h)
    for k, p in enumerate(F05_PRODUCTS):
        c0 = 1 + 3 * k
        ws.merge_range(2, c0, 2, c0 + 2, p, f_h)
        for j, m in enumerate(("目標", "実績", "到達率")):
            ws.write(3, c0 + j, m, f_h)

    def put(r, name, pairs, rates, strike=False):
        ws.write(r, 0, name, f_ss if strike else f_s)
        for k, p in enumerate(F05_PRODUCTS):
            c0 = 1 + 3 * k
            t, a = pairs[p]
            ws.write_number(r, c0, t, f_ns if strike else f_n)
            ws.write_number(r, c0 + 1, a, f_ns if strike else f_n)
            ws.write_number(r, c0 + 2, rates[p], f_ps if strike else f_p)

    for i, b in enumerate(F05_BRANCHES):
        pairs = {p: F05[p][i] for p in F05_PRODUCTS}
        rates = {p: round(a / t, 3) for p, (t, a) in pairs.items()}
        put(4 + i, b, pairs, rates, strike=(b == "岡山"))
    r = 4 + len(F05_BRANCHES)
    tot = {p: (sum(t for t, _a in F05[p]), sum(a for _t, a in F05[p])) for p in F05_PRODUCTS}
    put(r, "合計", tot, {p: round(a / t, 3) for p, (t, a) in tot.items()})
    old_rates = {p: round(a / t, 3) for p, (t, a) in zip(F05_PRODUCTS, (F05[p][2] for p in F05_PRODUCTS))}
    put(r + 2, "岡山（1/7訂正）", F05_OKAYAMA_FIXED, old_rates)
    ws.write(r + 3, 0, "※岡山県支部から訂正報告あり（団生・火災）。取消線の行は訂正前", f_note)
    ws.set_column(0, 0, 16)
    wb.close()


# =====================================================================
# 06  東海北陸: 目標 by VLOOKUP from a visible 47-row target master
# =====================================================================
FED = [("01", "北海道"), ("03", "青森"), ("04", "岩手"), ("05", "宮城"), ("06", "秋田"), ("07", "山形"),
       ("08", "福島"), ("09", "新潟"), ("10", "群馬"), ("11", "栃木"), ("12", "茨城"), ("13", "埼玉"),
       ("14", "東京"), ("15", "千葉"), ("16", "神奈川"), ("17", "山梨"), ("18", "長野"), ("19", "富山"),
       ("20", "石川"), ("21", "福井"), ("22", "静岡"), ("23", "愛知"), ("24", "岐阜"), ("25", "三重"),
       ("26", "滋賀"), ("27", "京都"), ("28", "奈良"), ("29", "和歌山"), ("30", "大阪"), ("32", "兵庫"),
       ("33", "岡山"), ("34", "広島"), ("35", "鳥取"), ("36", "島根"), ("37", "山口"), ("38", "香川"),
       ("39", "徳島"), ("40", "愛媛"), ("41", "高知"), ("42", "福岡"), ("43", "佐賀"), ("44", "長崎"),
       ("45", "大分"), ("46", "宮崎"), ("47", "熊本"), ("48", "鹿児島"), ("49", "沖縄")]
F06_BRANCHES = ["富山", "石川", "福井", "岐阜", "静岡", "愛知", "三重"]  # JIS order on 実績報告
F06_PRODUCTS = ["団体生命共済", "税制適格年金", "自然災害共済", "こども保障満期金付きタイプ"]  # 実績報告 order
F06_MASTER_HEAD = ["団体生命", "こども", "税適", "自然災害"]  # master order
F06_MASTER_OF = {"団体生命共済": "団体生命", "こども保障満期金付きタイプ": "こども", "税制適格年金": "税適",
                 "自然災害共済": "自然災害"}
F06_TARGET = {  # the seven 東海北陸 rows of the master (literal)
    "富山": {"団体生命": 165, "こども": 7, "税適": 30, "自然災害": 45},
    "石川": {"団体生命": 175, "こども": 8, "税適": 35, "自然災害": 50},
    "福井": {"団体生命": 120, "こども": 5, "税適": 20, "自然災害": 35},
    "静岡": {"団体生命": 370, "こども": 14, "税適": 70, "自然災害": 110},
    "愛知": {"団体生命": 560, "こども": 20, "税適": 110, "自然災害": 160},
    "岐阜": {"団体生命": 190, "こども": 7, "税適": 35, "自然災害": 50},
    "三重": {"団体生命": 210, "こども": 9, "税適": 40, "自然災害": 60},
}
F06_ACTUAL = {  # 実績 per branch of F06_BRANCHES
    "団体生命共済": [150, 176, 98, 190, 341, 502, 187],
    "税制適格年金": [14, 22, 8, 37, 41, 66, 18],
    "自然災害共済": [20, 28, 12, 31, 112, 88, 29],
    "こども保障満期金付きタイプ": [3, 5, 6, 2, 9, 12, 9],
}


def _f06_master_row(code, name):
    """The other 40 県支部: HQ's targets by a fixed rule (decoration, never this report)."""
    if name in F06_TARGET:
        return F06_TARGET[name]
    n = int(code)
    return {"団体生命": 120 + 7 * n, "こども": 4 + n % 9, "税適": 20 + 2 * (n % 17), "自然災害": 30 + 3 * (n % 13)}


def build_06(path: Path) -> None:
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("実績報告")
    wm = wb.add_worksheet("目標マスタ")
    f_t = wb.add_format({"bold": True, "font_size": 14})
    f_h = wb.add_format({"bold": True, "border": 1, "align": "center", "bg_color": "#FFF2CC", "text_wrap": True})
    f_n = wb.add_format({"border": 1, "num_format": "#,##0"})
    f_f = wb.add_format({"border": 1, "num_format": "#,##0", "bg_color": "#F2F2F2"})
    f_s = wb.add_format({"border": 1})
    f_p = wb.add_format({"border": 1, "num_format": "0.0%"})
    # master
    wm.write(0, 0, "令和8年度　県支部別目標（本部配分）", f_t)
    for j, h in enumerate(["県CD", "県支部"] + F06_MASTER_HEAD):
        wm.write(2, j, h, f_h)
    master_rows = {}
    for i, (code, name) in enumerate(FED):
        r = 3 + i
        vals = _f06_master_row(code, name)
        wm.write_string(r, 0, code, f_s)
        wm.write(r, 1, name, f_s)
        for j, h in enumerate(F06_MASTER_HEAD):
            wm.write_number(r, 2 + j, vals[h], f_n)
        master_rows[name] = vals
    wm.set_column(1, 1, 10)
    # report
    ws.write(0, 0, "令和8年度　新契約件数（東海北陸地連）　令和8年12月末現在", f_t)
    ws.write(1, 0, "※目標は「目標マスタ」シート（本部配分）から参照")
    ws.merge_range(3, 0, 4, 0, "県支部", f_h)
    for k, p in enumerate(F06_PRODUCTS):
        c0 = 1 + 3 * k
        ws.merge_range(3, c0, 3, c0 + 2, p, f_h)
        for j, m in enumerate(("目標", "実績", "到達率")):
            ws.write(4, c0 + j, m, f_h)
    for i, b in enumerate(F06_BRANCHES):
        r = 5 + i
        ws.write(r, 0, b, f_s)
        for k, p in enumerate(F06_PRODUCTS):
            c0 = 1 + 3 * k
            mh = F06_MASTER_OF[p]
            col_index = 2 + F06_MASTER_HEAD.index(mh)
            t = master_rows[b][mh]
            a = F06_ACTUAL[p][i]
            ws.write_formula(r, c0, f"=VLOOKUP($A{r + 1},'目標マスタ'!$B:$F,{col_index},FALSE)", f_f, t)
            ws.write_number(r, c0 + 1, a, f_n)
            tl = xlsxwriter.utility.xl_rowcol_to_cell(r, c0)
            al = xlsxwriter.utility.xl_rowcol_to_cell(r, c0 + 1)
            ws.write_formula(r, c0 + 2, f"=IFERROR({al}/{tl},\"\")", f_p, a / t)
    ws.set_column(0, 0, 10)
    ws.set_row(3, 30)
    ws.activate()
    wb.close()


# =====================================================================
# 07  四国: 累計推移 (each month column already cumulative), sheet per product
# =====================================================================
F07_BRANCHES = ["徳島", "香川", "愛媛", "高知"]  # JIS order
F07_MONTHS = ["6月末", "7月末", "8月末", "9月末", "10月末", "11月末", "12月末", "1月末", "2月末", "3月末", "4月末",
              "5月末"]
F07 = [  # (tab, product title, {branch: (年間目標, [cumulative 6月末 …])})
    ("団体生命", "団体生命共済", {
        "徳島": (180, [12, 30, 51, 77, 101, 128, 150]),
        "香川": (210, [20, 45, 70, 101, 140, 180, 212]),
        "愛媛": (380, [25, 60, 110, 170, 230, 290, 341]),
        "高知": (160, [15, 33, 58, 85, 110, 140, 160]),
    }),
    ("マイカー", "じちろうマイカー共済", {
        "徳島": (400, [40, 95, 150, 210, 262, 310]),
        "香川": (450, [50, 110, 170, 240, 300, 362]),
        "愛媛": (700, [80, 170, 270, 380, 500, 705]),
        "高知": (350, [30, 70, 120, 170, 220, 251]),
    }),
    ("車両", "車両損害補償", {
        "徳島": (90, [8, 20, 33, 45, 60, 71]),
        "香川": (100, [10, 25, 40, 58, 77, 101]),
        "愛媛": (160, [15, 35, 55, 80, 100, 122]),
        "高知": (80, [9, 20, 32, 47, 66, 80]),
    }),
]


def build_07(path: Path) -> None:
    wb = xlsxwriter.Workbook(str(path))
    f_h = wb.add_format({"bold": True, "align": "center", "bg_color": "#E2EFDA", "border": 1})
    f_t = wb.add_format({"bold": True, "font_size": 13})
    f_n = wb.add_format({"border": 1})
    f_p = wb.add_format({"border": 1, "num_format": "0.0%"})
    for tab, prod, rows in F07:
        ws = wb.add_worksheet(tab)
        ws.write(0, 0, f"令和8年度　{prod}　累計件数の推移（四国地連）", f_t)
        ws.merge_range(2, 0, 3, 0, "県支部", f_h)
        ws.merge_range(2, 1, 3, 1, "年間目標", f_h)
        ws.merge_range(2, 2, 2, 13, "累計件数（各月末）", f_h)
        for j, m in enumerate(F07_MONTHS):
            ws.write(3, 2 + j, m, f_h)
        ws.merge_range(2, 14, 3, 14, "到達率", f_h)
        for i, b in enumerate(F07_BRANCHES):
            r = 4 + i
            t, cum = rows[b]
            ws.write(r, 0, b, f_n)
            ws.write_number(r, 1, t, f_n)
            for j in range(len(F07_MONTHS)):
                if j < len(cum):
                    ws.write_number(r, 2 + j, cum[j], f_n)
                else:
                    ws.write_blank(r, 2 + j, None, f_n)
            dec = cum[6] / t if len(cum) > 6 else 0  # formula =I/B: 12月末 column
            ws.write_formula(r, 14, f"=I{r + 1}/B{r + 1}", f_p, dec)
        r = 4 + len(F07_BRANCHES)
        ws.write(r, 0, "四国計", f_h)
        tt = sum(rows[b][0] for b in F07_BRANCHES)
        ws.write_formula(r, 1, f"=SUM(B5:B{r})", f_h, tt)
        for j in range(len(F07_MONTHS)):
            if any(len(rows[b][1]) > j for b in F07_BRANCHES):
                col = xlsxwriter.utility.xl_col_to_name(2 + j)
                ws.write_formula(r, 2 + j, f"=SUM({col}5:{col}{r})", f_h,
                                 sum(rows[b][1][j] for b in F07_BRANCHES if len(rows[b][1]) > j))
        t12 = sum(rows[b][1][6] for b in F07_BRANCHES if len(rows[b][1]) > 6)
        ws.write_formula(r, 14, f"=I{r + 1}/B{r + 1}", f_p, t12 / tt)
        ws.set_column(2, 13, 7)
    wb.close()


# =====================================================================
# 08  本部: 前月までの累計 + 当月, no 累計 column, 「12月分」
# =====================================================================
F08_BRANCHES = ["北海道", "宮城", "埼玉", "東京", "愛知", "大阪", "兵庫", "広島", "福岡", "沖縄"]
F08_PRODUCTS = ["団体生命共済", "退職者団生", "交通災害共済"]
F08 = {  # (年間目標, 前月までの累計, 当月)
    "団体生命共済": [(850, 690, 61), (310, 284, 27), (420, 350, 33), (480, 420, 48), (560, 470, 41), (640, 560, 55),
                (470, 380, 36), (440, 372, 30), (490, 430, 40), (165, 99, 8)],
    "退職者団生": [(260, 150, 14), (95, 60, 6), (130, 70, 9), (150, 98, 12), (170, 160, 11), (190, 120, 10),
              (140, 80, 7), (120, 60, 8), (150, 75, 6), (50, 48, 3)],
    "交通災害共済": [(50, 30, 4), (18, 10, 1), (25, 20, 5), (30, 15, 2), (25, 18, 2), (35, 20, 3), (25, 12, 1),
               (20, 21, 2), (45, 100, 6), (8, 2, DASH)],
}


def build_08(path: Path) -> None:
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("12月分")
    f_t = wb.add_format({"bold": True, "font_size": 14})
    f_h = wb.add_format({"bold": True, "border": 1, "align": "center", "valign": "vcenter", "bg_color": "#D9E1F2",
                         "text_wrap": True})
    f_n = wb.add_format({"border": 1, "num_format": "#,##0"})
    f_s = wb.add_format({"border": 1, "align": "center"})
    f_p = wb.add_format({"border": 1, "num_format": "0.0%"})
    ws.write(0, 0, "令和8年度　重点県支部　新契約件数（12月分）", f_t)
    ws.write(1, 0, "共済推進本部　推進課作成")
    ws.merge_range(3, 0, 4, 0, "県支部", f_h)
    for k, p in enumerate(F08_PRODUCTS):
        c0 = 1 + 4 * k
        ws.merge_range(3, c0, 3, c0 + 3, p, f_h)
        for j, m in enumerate(("年間目標", "前月までの累計", "当月（12月）", "到達率")):
            ws.write(4, c0 + j, m, f_h)
    ws.set_row(4, 30)
    for i, b in enumerate(F08_BRANCHES):
        r = 5 + i
        ws.write(r, 0, b, f_s)
        for k, p in enumerate(F08_PRODUCTS):
            c0 = 1 + 4 * k
            t, prev, cur = F08[p][i]
            ws.write_number(r, c0, t, f_n)
            ws.write_number(r, c0 + 1, prev, f_n)
            if cur == DASH:
                ws.write_string(r, c0 + 2, DASH, f_s)
                curv = 0
            else:
                ws.write_number(r, c0 + 2, cur, f_n)
                curv = cur
            cells = [xlsxwriter.utility.xl_rowcol_to_cell(r, c0 + j) for j in range(3)]
            ws.write_formula(r, c0 + 3, f"=(N({cells[1]})+N({cells[2]}))/{cells[0]}", f_p, (prev + curv) / t)
    ws.set_column(0, 0, 10)
    ws.set_column(1, 12, 9)
    wb.close()


# =====================================================================
# 09  北海道・北信越: HTML page saved with the extension .xls (web "Excel出力")
# =====================================================================
F09_BRANCHES = ["北海道", "新潟", "長野", "富山", "石川", "福井"]
F09 = {
    "団体生命": [(860, 733), (300, 301), (260, 220), (170, 143), (180, 150), (125, 126)],
    "長期": [(220, 160), (80, 55), (65, 66), (45, 30), (50, 42), (30, 22)],
    "こども": [(32, 14), (9, 9), (8, 3), (6, 2), (7, 4), (5, 1)],
}


def build_09(path: Path) -> None:
    head = "".join(f'<td colspan="2" class="h">{p}</td>' for p in F09)
    sub = "".join('<td class="h">目標</td><td class="h">実績</td>' for _p in F09)
    body = []
    for i, b in enumerate(F09_BRANCHES):
        cells = "".join(f'<td class="n">{t}</td><td class="n">{a}</td>' for t, a in (F09[p][i] for p in F09))
        body.append(f"<tr><td>{b}</td>{cells}</tr>")
    tot = "".join(f'<td class="n">{sum(t for t, _a in F09[p])}</td><td class="n">{sum(a for _t, a in F09[p])}</td>'
                  for p in F09)
    body.append(f"<tr><td>合計</td>{tot}</tr>")
    html = f"""<html xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:x="urn:schemas-microsoft-com:office:excel"
xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="ProgId" content="Excel.Sheet">
<title>新契約件数速報</title>
<style>
td {{ mso-number-format:General; border:.5pt solid windowtext; }}
td.n {{ mso-number-format:"\\#\\,\\#\\#0"; text-align:right; }}
td.h {{ background:#DDEBF7; font-weight:700; text-align:center; }}
</style>
</head>
<body>
<h2>新契約件数速報（地域：北海道・北信越）</h2>
<h3>令和8年度　2026年12月末現在</h3>
<table>
<tr><td rowspan="2" class="h">県支部</td>{head}</tr>
<tr>{sub}</tr>
{chr(10).join(body)}
</table>
<p>出力日：2027/01/07　共済推進システム</p>
</body>
</html>
"""
    path.write_text(html, encoding="utf-8")


FILES = {
    "01_東北地連_新契約月報_令和8年度.xlsx": build_01,
    "02_近畿地連_KY0420_新契約抽出.xlsx": build_02,
    "03_関東甲信越_目標上期下期_実績は縦横逆.xlsx": build_03,
    "04_九州地連_メール本文貼付.xlsx": build_04,
    "05_中国地連_新契約_訂正行追記.xlsx": build_05,
    "06_東海北陸地連_実績報告_目標はVLOOKUP.xlsx": build_06,
    "07_四国地連_累計推移.xlsx": build_07,
    "08_本部_重点県支部_12月分.xlsx": build_08,
    "09_北海道北信越_Web速報_Excel出力.xls": build_09,
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

    for n, p in build(Path(sys.argv[1] if len(sys.argv) > 1 else "legacy_contracts11_out")).items():
        print(p)
