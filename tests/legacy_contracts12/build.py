"""Twelfth independent fixture set: 新契約件数 主要共済の実績 (Report B) workbooks
for FY2026 (令和8年度 = 2026-06 … 2027-05, June start) -- "ORDINARY BOOKS
AFTER MANY NEW RULES".  After set 11 the reader learned many shapes at once
(long 区分｜件数 exports, 上期｜下期 halves, month-end running totals,
前月までの累計 + 当月, captions 【目標】/【実績】, heading rows shifted one
column, 単月｜累計, 前年度実績 columns never read).  Each file below is an
ORDINARY book a careful clerk makes that sits CLOSE to one of those shapes
without being it, to catch a rule that fires where it should not.

Built to MEASURE.  The helper who wrote it read DOMAIN.md (Report B), the
README usage of ``contracts recompute``, ``--help``, the scoring harness, the
docstrings of tests/test_legacy_contracts*.py and set 11's files as a format
model -- never the reader's code.  Every figure of a 県支部 is a literal typed
below; typed totals, cached rates, 前年度 / 前年同期 / 前年比 figures, 上期目標
beside 年間目標, single-month counts, the 11月末 snapshot, 速報 figures that a
確定 figure replaces, and renewals (継続) are decoration and never a 県支部's
figure of this report.  The expected readings (typed by hand) are in
expected.py.  No person is named in the files.

FY arithmetic: 令和8年度 starts 2026-06, so 「12月末」 is 2026-12, 「11月末」
2026-11 and 「令和9年1月末」 2027-01.

Files (office / writer / habits; NEAR = the new rule it sits close to)
----------------------------------------------------------------------
01_東北地連_新契約件数_前年同期比較.xlsx -- openpyxl.  Sheet 「12月末」.
    - 県支部 down, products across, each product merged over
      「前年度｜目標｜実績｜前年比｜到達率」: 前年度 (last year's count at the
      same month, LEFT of 目標) and 前年比 (実績 − 前年度, number format
      「#,##0;"▲"#,##0」, so negatives show ▲).  NEAR: 前年度実績 columns.
      前年度 exceeds 目標 for some 県支部 (宮城 団生 335 vs 320).
    - the as-of month on its own row 「令和8年12月末現在」 under the title.
    - a note 「※前年度＝令和7年度12月末の累計、前年比＝実績－前年度」.
02_関東甲信越_実績報告_12月末.xlsx -- XlsxWriter.  Sheet 「実績報告」.
    - a caption 「【実績】県支部別 目標・実績・到達率」 over ONE ordinary table
      whose columns are 目標｜実績｜到達率 under each product (no 【目標】
      table anywhere).  NEAR: captions 【目標】/【実績】.
    - the month in a caption line 「■ 実績は12月末現在（自賠責は11月末現在）」
      above the table, the year only in the title 「令和8年度」.
    - 「退職者団生」「自賠責」 headings; JIS order; 到達率 typed (rounded).
03_東海北陸_上期目標と年間目標.xlsx -- openpyxl.  Sheet 「11月末」.
    - each product merged over 「上期目標｜年間目標｜実績（累計）｜上期到達率｜
      年間到達率」: the ANNUAL target is there, so the year's 目標 is 年間目標
      (上期目標 is a milestone, never added).  NEAR: 上期｜下期 halves.
    - as-of 「令和8年11月末現在（上期終了）」: 2026-11.  Several 県支部 reach
      their 上期目標 but not 年間目標 (two products have no achiever).
04_近畿地連_月別新契約件数.xlsx -- XlsxWriter (SUM formulas cached).
    Sheets 「団体生命」「マイカー」「自賠責」.
    - month columns 「6月｜7月…5月」 under the band 「月別新契約件数（単月）」
      hold SINGLE-month counts, AND a 「累計」 column (=SUM) follows them:
      the 実績 is 累計.  On 「団体生命」 every 県支部's monthly counts happen to
      GROW month by month (a campaign ramp-up), so they look like running
      totals.  NEAR: month-end running totals / months summed.
    - filled 6月…12月 (団体生命, マイカー) and 6月…11月 (自賠責); each sheet's
      title ends 「12月末現在」 / 「11月末現在」 with 「令和8年度」.
05_九州地連_新契約件数_内訳.xlsx -- XlsxWriter.  Sheet 「1月末」.
    - 団体生命共済: 「目標｜実績（本人｜家族｜計）｜到達率」 and マイカー:
      「目標｜実績（新規｜切替｜計）｜到達率」, 実績 merged over three columns:
      the 県支部's 実績 is the 「計」 column (a breakdown, not a total row).
      交通災害共済 plain 「目標｜実績｜到達率」.  NEAR: 単月｜累計 under 実績.
    - as-of 「令和9年1月末現在」 (2027-01); a 九州計 row.
06_北海道北信越_契約区分別_抽出.xlsx -- openpyxl.  Sheet 「KB0310」.
    - a system export opened in Excel: metadata (帳票名, 出力日時 real
      date-time, 抽出条件), then long rows 県支部 × 種目 × 契約区分 where
      契約区分 is 「新規」/「継続」 and the figures are in TWO columns
      「目標件数｜実績件数」.  新規 rows carry the target and the new
      contracts; 継続 rows (renewals, no target, figures ten times larger) are
      not new contracts.  NEAR: long 区分｜件数 exports.
    - 集計年月 202612 per row; 県支部CD as text 「01」「09」… (自治労県コード,
      names beside); trailer 「出力件数｜36」.
07_中国地連_速報と確定.xlsx -- XlsxWriter.  Sheet 「中国」.
    - each product over 「目標｜実績（速報）｜実績（確定）｜到達率」; 確定 is
      blank for 県支部 whose confirmed figure has not arrived; the clerk's
      到達率 formula =IF(確定="",速報,確定)/目標 and a note 「※確定値の未着の
      県支部は速報値で計算」 say how to combine them: 確定 where present, else
      速報.  確定 differs from 速報 for several 県支部 (achievers change).
    - 「交災」; JIS order; a 合計 row of formulas.
08_四国地連_令和8年度上期.xlsx -- openpyxl.  Sheet 「令和8年度 上期」.
    - a half-year report: the tab and title 「令和8年度 上期 新契約件数」,
      subtitle 「（6月～11月）令和8年11月末確定」; plain 「目標｜実績｜到達率」
      columns (the 上期's target and result).  NEAR: 上期｜下期 halves.
    - 「－」 in 実績 for no contract (0); 「退職団生」「こども」「税適」.
09_本部_重点県支部_前月比較.xlsx -- XlsxWriter.  Sheet 「重点県支部」.
    - each product over 「年間目標｜累計実績（11月末｜12月末）｜増加数｜到達率」:
      two cumulative snapshots side by side; the 実績 is 12月末 (never 11月末
      + 12月末), 増加数 (12月末 − 11月末) is 「－」 when 0.  NEAR: 前月までの
      累計 + 当月, month-end running totals.
    - caption 「■ 実績は12月末現在（11月末との比較）」; ten 県支部 of several
      地連 in 自治労県コード order.
10_東北地連_商品別区分別_1月末.xlsx -- openpyxl.  Sheet 「1月末」.
    - products DOWN, each merged over four rows with a 「区分」 column
      「目標｜実績｜到達率｜前年同期」, 県支部 across, a 計 column.  NEAR: 区分
      rows, 前年度 reference.  前年同期 reaches 目標 where 実績 does not.
    - 「令和9年1月末現在」 (2027-01); 「－」 for no contract.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import xlsxwriter
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

DASH = "－"
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def _v(x):
    return 0 if x == DASH else x


# =====================================================================
# 01  東北: 前年度 and 前年比 columns beside 目標｜実績
# =====================================================================
F01_BRANCHES = ["青森", "岩手", "宮城", "秋田", "山形", "福島"]
F01 = {  # (目標, 実績, 前年度)
    "団体生命共済": [(200, 184, 176), (230, 236, 221), (320, 301, 335), (160, 148, 150), (175, 175, 160),
                (340, 312, 298)],
    "じちろうマイカー共済": [(420, 318, 340), (450, 462, 410), (800, 655, 700), (350, 280, 301), (380, 301, 290),
                      (700, 640, 655)],
    "火災共済": [(60, 41, 45), (65, 38, 40), (110, 112, 98), (50, 29, 33), (55, 33, 30), (100, 71, 77)],
}
F01_SUB = ["前年度", "目標", "実績", "前年比", "到達率"]


def build_01(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "12月末"
    ws["A1"] = "令和8年度　新契約件数　前年同期比較（東北地連）"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "令和8年12月末現在"
    ws["H2"] = "※前年度＝令和7年度12月末の累計、前年比＝実績－前年度"
    head_fill = PatternFill("solid", fgColor="DDEBF7")
    ws.merge_cells("A4:A5")
    ws["A4"] = "県支部"
    for k, p in enumerate(F01):
        c0 = 2 + 5 * k
        ws.merge_cells(start_row=4, start_column=c0, end_row=4, end_column=c0 + 4)
        ws.cell(4, c0, p)
        for j, h in enumerate(F01_SUB):
            ws.cell(5, c0 + j, h)
    neg = '#,##0;"▲"#,##0'
    for i, b in enumerate(F01_BRANCHES + ["東北計"]):
        r = 6 + i
        ws.cell(r, 1, b)
        for k, (p, rows) in enumerate(F01.items()):
            c0 = 2 + 5 * k
            if b == "東北計":
                t, a, prev = (sum(x[j] for x in rows) for j in range(3))
            else:
                t, a, prev = rows[i]
            ws.cell(r, c0, prev).number_format = "#,##0"
            ws.cell(r, c0 + 1, t).number_format = "#,##0"
            ws.cell(r, c0 + 2, a).number_format = "#,##0"
            ws.cell(r, c0 + 3, a - prev).number_format = neg
            ws.cell(r, c0 + 4, round(a / t, 3)).number_format = "0.0%"
    for row in ws.iter_rows(min_row=4, max_row=6 + len(F01_BRANCHES), max_col=1 + 5 * len(F01)):
        for c in row:
            c.border = BOX
            if c.row <= 5:
                c.font = Font(bold=True)
                c.alignment = Alignment(horizontal="center", vertical="center")
                c.fill = head_fill
    ws.column_dimensions["A"].width = 10
    wb.save(path)


# =====================================================================
# 02  関東甲信越: caption 【実績】 over an ordinary 目標｜実績｜到達率 table
# =====================================================================
F02_BRANCHES = ["茨城", "栃木", "群馬", "埼玉", "千葉", "東京", "神奈川", "新潟", "山梨", "長野"]  # JIS order
F02 = {  # heading: [(目標, 実績)]
    "団体生命共済": [(310, 297), (220, 224), (230, 201), (420, 388), (350, 351), (480, 402), (440, 415), (290, 263),
                (145, 120), (250, 250)],
    "退職者団生": [(90, 61), (60, 44), (65, 70), (120, 95), (100, 66), (140, 131), (130, 98), (85, 52), (40, 41),
              (75, 50)],
    "自賠責": [(300, 188), (210, 160), (220, 230), (400, 291), (330, 240), (460, 300), (420, 310), (280, 199),
            (130, 88), (240, 171)],
}


def build_02(path: Path) -> None:
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("実績報告")
    f_t = wb.add_format({"bold": True, "font_size": 14})
    f_c = wb.add_format({"bold": True, "font_size": 12})
    f_h = wb.add_format({"bold": True, "border": 1, "align": "center", "valign": "vcenter", "bg_color": "#E2EFDA"})
    f_n = wb.add_format({"border": 1, "num_format": "#,##0"})
    f_s = wb.add_format({"border": 1})
    f_p = wb.add_format({"border": 1, "num_format": "0.0%"})
    ws.write(0, 0, "令和8年度　新契約件数（関東甲信越地連）", f_t)
    ws.write(2, 0, "【実績】県支部別　目標・実績・到達率", f_c)
    ws.write(3, 0, "■ 実績は12月末現在（自賠責は11月末現在）")
    ws.merge_range(4, 0, 5, 0, "県支部", f_h)
    for k, p in enumerate(F02):
        c0 = 1 + 3 * k
        ws.merge_range(4, c0, 4, c0 + 2, p, f_h)
        for j, m in enumerate(("目標", "実績", "到達率")):
            ws.write(5, c0 + j, m, f_h)
    for i, b in enumerate(F02_BRANCHES + ["計"]):
        r = 6 + i
        ws.write(r, 0, b, f_h if b == "計" else f_s)
        for k, (p, rows) in enumerate(F02.items()):
            c0 = 1 + 3 * k
            if b == "計":
                t, a = sum(x[0] for x in rows), sum(x[1] for x in rows)
            else:
                t, a = rows[i]
            ws.write_number(r, c0, t, f_n)
            ws.write_number(r, c0 + 1, a, f_n)
            ws.write_number(r, c0 + 2, round(a / t, 3), f_p)
    ws.write(7 + len(F02_BRANCHES), 0, "※目標は本部配分（令和8年6月確定）")
    ws.set_column(0, 0, 10)
    wb.close()


# =====================================================================
# 03  東海北陸: 上期目標 beside 年間目標 (annual present)
# =====================================================================
F03_BRANCHES = ["富山", "石川", "福井", "岐阜", "静岡", "愛知", "三重"]  # JIS order
F03 = {  # (上期目標, 年間目標, 実績（累計）)
    "団体生命共済": [(80, 165, 92), (85, 175, 88), (60, 120, 55), (95, 190, 101), (180, 370, 176), (270, 560, 280),
                (100, 210, 97)],
    "長期共済": [(20, 40, 22), (20, 40, 19), (15, 30, 14), (20, 45, 46), (40, 85, 43), (60, 125, 58), (25, 50, 25)],
    "自然災害共済": [(20, 45, 18), (25, 50, 26), (15, 35, 11), (25, 50, 20), (55, 110, 60), (80, 160, 77),
               (30, 60, 31)],
}
F03_SUB = ["上期目標", "年間目標", "実績（累計）", "上期到達率", "年間到達率"]


def build_03(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "11月末"
    ws["A1"] = "令和8年度　新契約件数（東海北陸地連）"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "令和8年11月末現在（上期終了）"
    fill = PatternFill("solid", fgColor="FFF2CC")
    ws.merge_cells("A4:A5")
    ws["A4"] = "県支部"
    for k, p in enumerate(F03):
        c0 = 2 + 5 * k
        ws.merge_cells(start_row=4, start_column=c0, end_row=4, end_column=c0 + 4)
        ws.cell(4, c0, p)
        for j, h in enumerate(F03_SUB):
            ws.cell(5, c0 + j, h)
    for i, b in enumerate(F03_BRANCHES):
        r = 6 + i
        ws.cell(r, 1, b)
        for k, (p, rows) in enumerate(F03.items()):
            c0 = 2 + 5 * k
            h, y, a = rows[i]
            ws.cell(r, c0, h)
            ws.cell(r, c0 + 1, y)
            ws.cell(r, c0 + 2, a)
            ws.cell(r, c0 + 3, round(a / h, 3)).number_format = "0.0%"
            ws.cell(r, c0 + 4, round(a / y, 3)).number_format = "0.0%"
    for row in ws.iter_rows(min_row=4, max_row=5 + len(F03_BRANCHES), max_col=1 + 5 * len(F03)):
        for c in row:
            c.border = BOX
            if c.row <= 5:
                c.font = Font(bold=True)
                c.fill = fill
                c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.row_dimensions[5].height = 30
    ws.cell(7 + len(F03_BRANCHES), 1, "※上期目標は年間目標の中間目安（本部配分）")
    wb.save(path)


# =====================================================================
# 04  近畿: single-month columns AND a 累計 column, sheet per product
# =====================================================================
F04_BRANCHES = ["滋賀", "京都", "大阪", "兵庫", "奈良", "和歌山"]  # JIS order
F04_MONTHS = ["6月", "7月", "8月", "9月", "10月", "11月", "12月", "1月", "2月", "3月", "4月", "5月"]
F04 = [  # (tab, product title, as-of text, {branch: (年間目標, [単月 6月 …])})
    ("団体生命", "団体生命共済", "12月末現在", {
        "滋賀": (150, [8, 10, 12, 15, 18, 22, 30]),
        "京都": (250, [15, 18, 22, 26, 31, 38, 46]),
        "大阪": (640, [40, 48, 57, 66, 77, 90, 104]),
        "兵庫": (470, [30, 35, 41, 48, 56, 65, 76]),
        "奈良": (160, [9, 11, 14, 17, 21, 25, 31]),
        "和歌山": (210, [14, 17, 21, 26, 32, 40, 61]),
    }),
    ("マイカー", "じちろうマイカー共済", "12月末現在", {
        "滋賀": (370, [40, 35, 52, 38, 44, 47, 41]),
        "京都": (620, [70, 66, 81, 59, 72, 90, 88]),
        "大阪": (1500, [160, 150, 175, 140, 168, 181, 170]),
        "兵庫": (1100, [120, 115, 130, 101, 124, 140, 133]),
        "奈良": (400, [61, 55, 60, 58, 62, 57, 49]),
        "和歌山": (350, [35, 40, 28, 44, 39, 41, 36]),
    }),
    ("自賠責", "自賠責共済", "11月末現在", {
        "滋賀": (180, [15, 14, 18, 16, 17, 20]),
        "京都": (300, [25, 27, 30, 24, 28, 31]),
        "大阪": (700, [70, 66, 75, 72, 80, 77]),
        "兵庫": (520, [48, 50, 52, 47, 55, 53]),
        "奈良": (190, [30, 32, 35, 31, 33, 34]),
        "和歌山": (160, [12, 15, 14, 13, 16, 18]),
    }),
]


def build_04(path: Path) -> None:
    wb = xlsxwriter.Workbook(str(path))
    f_t = wb.add_format({"bold": True, "font_size": 13})
    f_h = wb.add_format({"bold": True, "align": "center", "valign": "vcenter", "bg_color": "#DDEBF7", "border": 1})
    f_n = wb.add_format({"border": 1, "num_format": "#,##0"})
    f_sum = wb.add_format({"border": 1, "num_format": "#,##0", "bold": True, "bg_color": "#F2F2F2"})
    f_p = wb.add_format({"border": 1, "num_format": "0.0%"})
    cell = xlsxwriter.utility.xl_rowcol_to_cell
    for tab, prod, asof, rows in F04:
        ws = wb.add_worksheet(tab)
        ws.write(0, 0, f"令和8年度　{prod}　月別新契約件数（近畿地連）　{asof}", f_t)
        ws.merge_range(2, 0, 3, 0, "県支部", f_h)
        ws.merge_range(2, 1, 3, 1, "年間目標", f_h)
        ws.merge_range(2, 2, 2, 13, "月別新契約件数（単月）", f_h)
        for j, m in enumerate(F04_MONTHS):
            ws.write(3, 2 + j, m, f_h)
        ws.merge_range(2, 14, 3, 14, "累計", f_h)
        ws.merge_range(2, 15, 3, 15, "到達率", f_h)
        for i, b in enumerate(F04_BRANCHES):
            r = 4 + i
            t, months = rows[b]
            ws.write(r, 0, b, f_n)
            ws.write_number(r, 1, t, f_n)
            for j in range(12):
                if j < len(months):
                    ws.write_number(r, 2 + j, months[j], f_n)
                else:
                    ws.write_blank(r, 2 + j, None, f_n)
            total = sum(months)
            ws.write_formula(r, 14, f"=SUM({cell(r, 2)}:{cell(r, 13)})", f_sum, total)
            ws.write_formula(r, 15, f"={cell(r, 14)}/{cell(r, 1)}", f_p, total / t)
        r = 4 + len(F04_BRANCHES)
        ws.write(r, 0, "近畿計", f_h)
        last = 3 + len(F04_BRANCHES)
        tt = sum(rows[b][0] for b in F04_BRANCHES)
        ws.write_formula(r, 1, f"=SUM({cell(4, 1)}:{cell(last, 1)})", f_sum, tt)
        n = len(next(iter(rows.values()))[1])
        for j in range(n):
            ws.write_formula(r, 2 + j, f"=SUM({cell(4, 2 + j)}:{cell(last, 2 + j)})", f_sum,
                             sum(rows[b][1][j] for b in F04_BRANCHES))
        aa = sum(sum(rows[b][1]) for b in F04_BRANCHES)
        ws.write_formula(r, 14, f"=SUM({cell(4, 14)}:{cell(last, 14)})", f_sum, aa)
        ws.write_formula(r, 15, f"={cell(r, 14)}/{cell(r, 1)}", f_p, aa / tt)
        ws.set_column(2, 13, 6)
        ws.set_column(14, 15, 8)
    wb.close()


# =====================================================================
# 05  九州: 実績 merged over 「本人｜家族｜計」: 計 is the 実績
# =====================================================================
F05_BRANCHES = ["福岡", "佐賀", "長崎", "熊本", "大分", "宮崎", "鹿児島", "沖縄"]  # JIS order
F05_LIFE = [(490, 380, 95), (145, 120, 30), (205, 150, 31), (255, 200, 58), (195, 140, 40), (170, 118, 27),
            (230, 170, 44), (165, 100, 21)]  # (目標, 本人, 家族)
F05_CAR = [(1200, 700, 260), (350, 220, 71), (500, 300, 95), (640, 480, 170), (480, 280, 88), (420, 250, 80),
           (560, 330, 110), (390, 300, 95)]  # (目標, 新規, 切替)
F05_TRAFFIC = [(45, 52), (12, 10), (16, 9), (22, 23), (15, 6), (10, 4), (18, 12), (8, 3)]  # (目標, 実績)


def build_05(path: Path) -> None:
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("1月末")
    f_t = wb.add_format({"bold": True, "font_size": 14})
    f_h = wb.add_format({"bold": True, "border": 1, "align": "center", "valign": "vcenter", "bg_color": "#FCE4D6"})
    f_n = wb.add_format({"border": 1, "num_format": "#,##0"})
    f_k = wb.add_format({"border": 1, "num_format": "#,##0", "bold": True})
    f_s = wb.add_format({"border": 1})
    f_p = wb.add_format({"border": 1, "num_format": "0.0%"})
    ws.write(0, 0, "令和8年度　新契約件数（九州地連）", f_t)
    ws.write(1, 0, "令和9年1月末現在")
    ws.merge_range(3, 0, 5, 0, "県支部", f_h)
    # 団体生命共済 B..F, マイカー G..K, 交通災害 L..N
    for c0, prod, parts in ((1, "団体生命共済", ("本人", "家族", "計")), (6, "じちろうマイカー共済", ("新規", "切替", "計"))):
        ws.merge_range(3, c0, 3, c0 + 4, prod, f_h)
        ws.merge_range(4, c0, 5, c0, "目標", f_h)
        ws.merge_range(4, c0 + 1, 4, c0 + 3, "実績", f_h)
        for j, h in enumerate(parts):
            ws.write(5, c0 + 1 + j, h, f_h)
        ws.merge_range(4, c0 + 4, 5, c0 + 4, "到達率", f_h)
    ws.merge_range(3, 11, 3, 13, "交通災害共済", f_h)
    for j, h in enumerate(("目標", "実績", "到達率")):
        ws.merge_range(4, 11 + j, 5, 11 + j, h, f_h)
    rows = []
    for i, b in enumerate(F05_BRANCHES):
        rows.append((b, F05_LIFE[i], F05_CAR[i], F05_TRAFFIC[i]))
    tot = ("九州計", tuple(sum(x[j] for x in F05_LIFE) for j in range(3)),
           tuple(sum(x[j] for x in F05_CAR) for j in range(3)), tuple(sum(x[j] for x in F05_TRAFFIC) for j in range(2)))
    for i, (b, life, car, traf) in enumerate(rows + [tot]):
        r = 6 + i
        ws.write(r, 0, b, f_h if b == "九州計" else f_s)
        for c0, (t, x, y) in ((1, life), (6, car)):
            ws.write_number(r, c0, t, f_n)
            ws.write_number(r, c0 + 1, x, f_n)
            ws.write_number(r, c0 + 2, y, f_n)
            a = xlsxwriter.utility.xl_rowcol_to_cell
            ws.write_formula(r, c0 + 3, f"={a(r, c0 + 1)}+{a(r, c0 + 2)}", f_k, x + y)
            ws.write_formula(r, c0 + 4, f"={a(r, c0 + 3)}/{a(r, c0)}", f_p, (x + y) / t)
        t, x = traf
        ws.write_number(r, 11, t, f_n)
        ws.write_number(r, 12, x, f_n)
        ws.write_number(r, 13, round(x / t, 3), f_p)
    ws.set_column(0, 0, 10)
    ws.set_column(1, 13, 7)
    wb.close()


# =====================================================================
# 06  北海道・北信越: system export, 契約区分 新規/継続, 目標件数｜実績件数
# =====================================================================
F06_BRANCHES = [("01", "北海道"), ("09", "新潟"), ("18", "長野"), ("19", "富山"), ("20", "石川"), ("21", "福井")]
F06 = {  # 種目名: [(新規 目標, 新規 実績, 継続 実績)] per branch
    "団体生命共済": [(860, 744, 9120), (300, 305, 3410), (260, 228, 2980), (170, 150, 1875), (180, 181, 2010),
                (125, 109, 1402)],
    "じちろうマイカー共済": [(2100, 1620, 15400), (700, 560, 5230), (620, 631, 4880), (400, 318, 3120),
                      (420, 377, 3390), (300, 245, 2410)],
    "自然災害共済": [(240, 150, 1320), (90, 60, 540), (80, 82, 470), (50, 33, 300), (55, 41, 330), (40, 40, 250)],
}


def build_06(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "KB0310"
    meta = [
        ("帳票名", "種目別契約件数一覧（契約区分別）"),
        ("帳票ID", "KB0310"),
        ("出力日時", dt.datetime(2027, 1, 7, 9, 15, 2)),
        ("抽出条件", "地連＝北海道・北信越、集計年月＝202612、契約区分＝新規・継続"),
    ]
    for k, v in meta:
        ws.append([k, v])
    ws["B3"].number_format = "yyyy/m/d h:mm"
    ws.append([])
    ws.append(["集計年月", "県支部CD", "県支部名", "種目名", "契約区分", "目標件数", "実績件数"])
    n = 0
    for bi, (code, name) in enumerate(F06_BRANCHES):
        for prod, figs in F06.items():
            t, new, cont = figs[bi]
            ws.append([202612, code, name, prod, "新規", t, new])
            ws.append([202612, code, name, prod, "継続", None, cont])
            n += 2
    ws.append([])
    ws.append(["出力件数", n])
    for col, w in zip("ABCDEFG", (10, 9, 10, 22, 9, 9, 9)):
        ws.column_dimensions[col].width = w
    wb.save(path)


# =====================================================================
# 07  中国: 実績（速報）｜実績（確定）, 確定 where present else 速報
# =====================================================================
F07_BRANCHES = ["鳥取", "島根", "岡山", "広島", "山口"]  # JIS order
F07 = {  # (目標, 速報, 確定 or None)
    "団体生命共済": [(130, 118, 121), (150, 149, 152), (320, 300, None), (440, 410, 412), (220, 221, None)],
    "火災共済": [(40, 25, 25), (45, 33, 31), (110, 108, 111), (150, 90, None), (70, 52, 55)],
    "交災": [(14, 15, 15), (10, 4, 4), (30, 22, 24), (35, 29, None), (20, 19, 20)],
}


def build_07(path: Path) -> None:
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("中国")
    f_t = wb.add_format({"bold": True, "font_size": 14})
    f_h = wb.add_format({"bold": True, "border": 1, "align": "center", "valign": "vcenter", "bg_color": "#FCE4D6",
                         "text_wrap": True})
    f_n = wb.add_format({"border": 1, "num_format": "#,##0"})
    f_s = wb.add_format({"border": 1})
    f_p = wb.add_format({"border": 1, "num_format": "0.0%"})
    f_note = wb.add_format({"font_color": "#C00000"})
    cell = xlsxwriter.utility.xl_rowcol_to_cell
    ws.write(0, 0, "令和8年度　新契約件数（中国地連）　12月末", f_t)
    ws.write(1, 0, "※確定値の未着の県支部は速報値で計算", f_note)
    ws.merge_range(3, 0, 4, 0, "県支部", f_h)
    for k, p in enumerate(F07):
        c0 = 1 + 4 * k
        ws.merge_range(3, c0, 3, c0 + 3, p, f_h)
        for j, m in enumerate(("目標", "実績（速報）", "実績（確定）", "到達率")):
            ws.write(4, c0 + j, m, f_h)
    ws.set_row(4, 30)
    for i, b in enumerate(F07_BRANCHES):
        r = 5 + i
        ws.write(r, 0, b, f_s)
        for k, (p, rows) in enumerate(F07.items()):
            c0 = 1 + 4 * k
            t, quick, fixed = rows[i]
            ws.write_number(r, c0, t, f_n)
            ws.write_number(r, c0 + 1, quick, f_n)
            if fixed is None:
                ws.write_blank(r, c0 + 2, None, f_n)
            else:
                ws.write_number(r, c0 + 2, fixed, f_n)
            tc, qc, fc = (cell(r, c0 + j) for j in range(3))
            ws.write_formula(r, c0 + 3, f'=IF({fc}="",{qc},{fc})/{tc}', f_p,
                             (quick if fixed is None else fixed) / t)
    r = 5 + len(F07_BRANCHES)
    ws.write(r, 0, "合計", f_h)
    for k, (p, rows) in enumerate(F07.items()):
        c0 = 1 + 4 * k
        for j in range(3):
            col = xlsxwriter.utility.xl_col_to_name(c0 + j)
            val = sum((x[j] or 0) for x in rows)
            ws.write_formula(r, c0 + j, f"=SUM({col}6:{col}{r})", f_n, val)
    ws.set_column(0, 0, 10)
    ws.set_column(1, 12, 9)
    wb.close()


# =====================================================================
# 08  四国: the half-year report 「令和8年度 上期」, 「－」 for no contract
# =====================================================================
F08_BRANCHES = ["徳島", "香川", "愛媛", "高知"]  # JIS order
F08 = {  # heading: [(目標, 実績)]
    "団体生命共済": [(90, 84), (105, 110), (190, 171), (80, 80)],
    "退職団生": [(30, 18), (35, 22), (60, 61), (25, 9)],
    "こども": [(3, DASH), (4, 1), (6, 6), (2, DASH)],
    "税適": [(10, 4), (12, DASH), (20, 11), (8, 2)],
}


def build_08(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "令和8年度 上期"
    ws["A1"] = "令和8年度 上期　新契約件数（四国地連）"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "（6月～11月）令和8年11月末確定"
    ws.merge_cells("A4:A5")
    ws["A4"] = "県支部"
    for k, p in enumerate(F08):
        c0 = 2 + 3 * k
        ws.merge_cells(start_row=4, start_column=c0, end_row=4, end_column=c0 + 2)
        ws.cell(4, c0, p)
        for j, h in enumerate(("目標", "実績", "到達率")):
            ws.cell(5, c0 + j, h)
    for i, b in enumerate(F08_BRANCHES):
        r = 6 + i
        ws.cell(r, 1, b)
        for k, (p, rows) in enumerate(F08.items()):
            c0 = 2 + 3 * k
            t, a = rows[i]
            ws.cell(r, c0, t)
            c = ws.cell(r, c0 + 1, a)
            if a == DASH:
                c.alignment = Alignment(horizontal="right")
            ws.cell(r, c0 + 2, round(_v(a) / t, 3)).number_format = "0.0%"
    fill = PatternFill("solid", fgColor="E2EFDA")
    for row in ws.iter_rows(min_row=4, max_row=5 + len(F08_BRANCHES), max_col=1 + 3 * len(F08)):
        for c in row:
            c.border = BOX
            if c.row <= 5:
                c.font = Font(bold=True)
                c.fill = fill
                c.alignment = Alignment(horizontal="center")
    ws.cell(7 + len(F08_BRANCHES), 1, "※「－」は契約なし")
    wb.save(path)


# =====================================================================
# 09  本部: 11月末｜12月末 cumulative snapshots side by side, 増加数
# =====================================================================
F09_BRANCHES = ["北海道", "岩手", "茨城", "神奈川", "静岡", "京都", "岡山", "愛媛", "熊本", "鹿児島"]  # 自治労県コード順
F09 = {  # (年間目標, 11月末, 12月末)
    "団体生命共済": [(850, 640, 702), (230, 210, 231), (310, 255, 280), (440, 380, 404), (370, 300, 331),
                (250, 220, 248), (320, 290, 290), (380, 300, 333), (255, 250, 262), (230, 180, 199)],
    "じちろうマイカー共済": [(2100, 1500, 1622), (450, 401, 430), (680, 520, 561), (950, 700, 735), (800, 640, 688),
                      (620, 500, 533), (700, 610, 655), (700, 690, 712), (640, 560, 560), (560, 430, 470)],
}


def build_09(path: Path) -> None:
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("重点県支部")
    f_t = wb.add_format({"bold": True, "font_size": 14})
    f_h = wb.add_format({"bold": True, "border": 1, "align": "center", "valign": "vcenter", "bg_color": "#D9E1F2",
                         "text_wrap": True})
    f_n = wb.add_format({"border": 1, "num_format": "#,##0"})
    f_s = wb.add_format({"border": 1, "align": "center"})
    f_p = wb.add_format({"border": 1, "num_format": "0.0%"})
    ws.write(0, 0, "令和8年度　重点県支部の新契約件数", f_t)
    ws.write(1, 0, "■ 実績は12月末現在（11月末との比較）")
    ws.write(2, 0, "共済推進本部　推進課")
    ws.merge_range(4, 0, 6, 0, "県支部", f_h)
    for k, p in enumerate(F09):
        c0 = 1 + 5 * k
        ws.merge_range(4, c0, 4, c0 + 4, p, f_h)
        ws.merge_range(5, c0, 6, c0, "年間目標", f_h)
        ws.merge_range(5, c0 + 1, 5, c0 + 2, "累計実績", f_h)
        ws.write(6, c0 + 1, "11月末", f_h)
        ws.write(6, c0 + 2, "12月末", f_h)
        ws.merge_range(5, c0 + 3, 6, c0 + 3, "増加数", f_h)
        ws.merge_range(5, c0 + 4, 6, c0 + 4, "到達率", f_h)
    for i, b in enumerate(F09_BRANCHES):
        r = 7 + i
        ws.write(r, 0, b, f_s)
        for k, (p, rows) in enumerate(F09.items()):
            c0 = 1 + 5 * k
            t, nov, dec = rows[i]
            ws.write_number(r, c0, t, f_n)
            ws.write_number(r, c0 + 1, nov, f_n)
            ws.write_number(r, c0 + 2, dec, f_n)
            if dec - nov == 0:
                ws.write_string(r, c0 + 3, DASH, f_s)
            else:
                ws.write_number(r, c0 + 3, dec - nov, f_n)
            ws.write_number(r, c0 + 4, round(dec / t, 3), f_p)
    ws.set_column(0, 0, 10)
    ws.set_column(1, 10, 8)
    wb.close()


# =====================================================================
# 10  東北: products down over 「目標｜実績｜到達率｜前年同期」 rows, 県支部 across
# =====================================================================
F10_BRANCHES = ["青森", "岩手", "宮城", "秋田", "山形", "福島"]
F10 = {  # (目標, 実績, 前年同期)
    "長期共済": [(40, 31, 35), (45, 47, 40), (70, 66, 72), (35, 20, 25), (40, 28, 41), (75, 77, 70)],
    "税制適格年金": [(15, 9, 12), (18, 11, 14), (30, 31, 26), (12, 5, 8), (15, 10, 16), (30, 22, 25)],
    "こども保障満期金付きタイプ": [(5, 2, 3), (6, 6, 4), (10, 7, 9), (4, DASH, 1), (5, 1, 2), (10, 4, 6)],
}


def build_10(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "1月末"
    ws["A1"] = "令和8年度　新契約件数（東北地連）"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "令和9年1月末現在"
    heads = ["共済名", "区分"] + F10_BRANCHES + ["計"]
    for j, h in enumerate(heads):
        c = ws.cell(4, 1 + j, h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="DDEBF7")
        c.alignment = Alignment(horizontal="center")
    r = 5
    for p, rows in F10.items():
        ws.merge_cells(start_row=r, start_column=1, end_row=r + 3, end_column=1)
        ws.cell(r, 1, p).alignment = Alignment(vertical="center", wrap_text=True)
        for k, kind in enumerate(("目標", "実績", "到達率", "前年同期")):
            ws.cell(r + k, 2, kind)
        for i, (t, a, prev) in enumerate(rows):
            c = 3 + i
            ws.cell(r, c, t)
            ws.cell(r + 1, c, a)
            ws.cell(r + 2, c, round(_v(a) / t, 3)).number_format = "0.0%"
            ws.cell(r + 3, c, prev)
        c = 3 + len(F10_BRANCHES)
        tt = sum(x[0] for x in rows)
        aa = sum(_v(x[1]) for x in rows)
        ws.cell(r, c, tt)
        ws.cell(r + 1, c, aa)
        ws.cell(r + 2, c, round(aa / tt, 3)).number_format = "0.0%"
        ws.cell(r + 3, c, sum(x[2] for x in rows))
        r += 4
    for row in ws.iter_rows(min_row=4, max_row=r - 1, max_col=3 + len(F10_BRANCHES)):
        for c in row:
            c.border = BOX
    ws.cell(r + 1, 1, "※前年同期＝令和7年度1月末の累計。「－」は契約なし")
    ws.column_dimensions["A"].width = 18
    wb.save(path)


FILES = {
    "01_東北地連_新契約件数_前年同期比較.xlsx": build_01,
    "02_関東甲信越_実績報告_12月末.xlsx": build_02,
    "03_東海北陸_上期目標と年間目標.xlsx": build_03,
    "04_近畿地連_月別新契約件数.xlsx": build_04,
    "05_九州地連_新契約件数_内訳.xlsx": build_05,
    "06_北海道北信越_契約区分別_抽出.xlsx": build_06,
    "07_中国地連_速報と確定.xlsx": build_07,
    "08_四国地連_令和8年度上期.xlsx": build_08,
    "09_本部_重点県支部_前月比較.xlsx": build_09,
    "10_東北地連_商品別区分別_1月末.xlsx": build_10,
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

    for n, p in build(Path(sys.argv[1] if len(sys.argv) > 1 else "legacy_contracts12_out")).items():
        print(p)
