"""Ninth independent fixture set: 新契約件数 主要共済の実績 (Report B) workbooks
that ordinary staff in other offices could plausibly keep -- "ordinary files,
ordinary mistakes".  Built to MEASURE how well the reader generalises: the
helper who wrote it read DOMAIN.md, the seeds, the README usage of
``contracts recompute``, workbook_tools/forms/contracts.py (product names),
core/data/prefectures.tsv, the scoring harness and the first lines of set 8 as
a format example -- never the reader's code.

Each file is one person's habit set.  Every figure of a 県支部 is a literal
typed below; totals, rates, earlier months, last year's figures, the 2023
rows of the system export and the hand-typed rates/○ marks that appear
*inside* the workbooks are decoration (some deliberately wrong, as a clerk
typed them) and must never be read as a 県支部's figure of this report.  The
expected readings (typed by hand) are in expected.py.

Files (person / writer / habits; NEW = not in sets 1-8 as far as their
docstrings say)
----------------------------------------------------------------------------

01_東北地連_月別シート_2月シート準備済.xlsx -- the clerk who keeps a RUNNING
    MONTHLY BOOK.  XlsxWriter.  Sheets 「6月」…「1月」「2月」.
    - NEW: one sheet per month of the fiscal year; each sheet's 累計 is a
      formula ='<previous month>'!累計 + 当月 (cached), so the book only makes
      sense sheet after sheet.
    - NEW: next month's sheet 「2月」 is already prepared (targets copied,
      当月 all blank) and is the ACTIVE tab; its 累計 formulas therefore
      repeat January's figures under a 「2月末現在」 title.  The report is
      「1月」.
    - NEW: the title is a formula using CELL("filename") to print the sheet
      name: 「令和6年度 新契約件数（東北地連） 1月末現在」 (cached); the year
      comes only from 令和6年度 (June start → 1月 = 2025-01).
    - NEW: a relative note 「※交通災害共済は前月末現在の件数」 (in the 1月 sheet:
      2024-12).
    - 目標｜当月｜累計｜到達率 per product (seen), 「東北計」 row (seen).

02_中国四国_システム抽出貼付_前年度行つき.xlsx -- the person who pastes HQ's
    system export.  openpyxl.  Sheets 「集計」 (a by-product summary, values,
    NO 県支部 column) and 「抽出データ」.
    - NEW: long format straight from the system with a 「年度」 column: two
      exports pasted one under the other, 年度 2023 (last year, 集計年月
      202401/202312) first, then 年度 2024 (this year, 202501/202412), each
      with its own 抽出条件 line and header row.
    - NEW: half-width katakana from the system (「県支部ｺｰﾄﾞ」「ﾏｲｶｰ共済」
      「こども保障満期金付ﾀｲﾌﾟ」); every figure is fixed-width TEXT with
      leading spaces ("     300"); codes as text "010", "33".
    - NEW: the month per product only in a 「集計年月」 column as 202501 /
      202412 (one product lags).
    - 「岡山県支部」 names (seen), a summary table of products without 県支部
      on the first sheet (a trap: it is the office's total, not a 県本部).

03_東海北陸近畿_商品が縦_地連計列_時点が数値.xlsx -- the person who TRANSPOSES
    the table.  XlsxWriter.  One sheet.
    - NEW: products down the side, each over three rows 目標 / 実績 / 到達率
      (product merged over the three rows), 県支部 across as single columns,
      with 地連 SUBTOTAL COLUMNS between them (「東海北陸計」 after 三重,
      「近畿計」 after 兵庫) and 「合計」, and a 地連 band above the names.
    - NEW: the month typed as a NUMBER: 「集計時点」 2025.1 and a 「時点」 column
      holding 2025.1 or 2024.12 (floats; Excel shows 2025.1 / 2024.12).
    - NEW: the 到達率 rows are typed by hand in percentage points (87.3), some
      simply wrong.
    - 「－」 for a target not set (福井 税制適格年金, 実績 2).

04_関東甲信越_JISコード_手打ち達成率.xlsx -- the person who uses prefecture
    CODES.  openpyxl.  Sheets 「新契約」 and 「コード表」.
    - NEW: the 県支部 column holds only JIS X 0401 都道府県コード ("08" 茨城 …
      "13" 東京 … "20" 長野), headed 「都道府県コード」, with a note saying so
      and a 「コード表」 sheet (JIS code → name).  Read as 自治労県コード they
      would give 福島, 新潟, 群馬, 栃木, 茨城, 埼玉, 東京, 千葉, 富山, 石川.
    - NEW: a hand-typed 「達成」 column of ○ marks, one wrong (山梨 99/100 ○)
      and one missing (新潟 292/290); hand-typed 達成率, some wrong; a typed
      「計」 row with a typo (団生 実績 2329 for 2392).
    - products across merged over 目標｜実績｜達成率｜達成 (seen); a ※ note for
      the lagging products (seen).

05_九州_Numbers書き出し.xlsx -- the person on a Mac who exports from
    Numbers.  XlsxWriter.  Sheets 「書き出しの概要」 (first), 「新契約 - 表1」,
    「新契約 - 表2」.
    - NEW: Numbers' export summary sheet first; each Numbers table on its own
      worksheet 「<sheet> - <table>」 (life products on 表1, damage products on
      表2).
    - NEW: text in NFD (decomposed dakuten/handakuten, as a Mac writes it):
      「じちろう…」「こども保障満期金付きタイプ」 are し+U+3099 … フ+U+309A.
    - NEW: the as-of date is a real DATE cell (2025-01-31 / 2024-12-31) whose
      「…現在」 exists only in its number format 'yyyy"年"m"月"d"日現在"'.
    - every figure a float (320.0); Hiragino fonts; a 「合計」 footer row
      (SUM, cached); rows in the writer's own order (熊本 before 大分).
    - 交通災害共済 佐賀 20/1004 (5020%, a transfer), 福岡 48/110.

06_北海道東北_前年度列が残る旧ファイル.xls -- the veteran whose OLD FILE still
    has LAST YEAR'S COLUMNS (visible).  openpyxl → LibreOffice .xls (BIFF8).
    - NEW: per product 「令和5年度（確定）」 目標｜実績｜達成率 THEN 「令和6年度
      （1月末）」 目標｜実績｜達成率, all visible, last year on the LEFT; three
      heading rows (product / year / measure).
    - the month in the year heading 「令和6年度（12月末）」 for 火災共済 (and
      「火災共済（12月末）」 above it); legacy .xls; typed 合計 row and rates.

07_近畿中国_県支部ごとに区分3行_地連小計.xlsx -- the person who adds 地連
    SUBTOTALS.  openpyxl.  One sheet.
    - NEW: each 県支部 merged down over three rows 「目標｜実績｜率」 in a 区分
      column, products across; 地連 name merged down column A over its rows;
      a 「小計」 block (three rows) closing each 地連 and a 「合計」 block.
    - one 県支部 (奈良) has lost its 率 row (two rows only).
    - 「令和7年1月31日現在」 under the title, 「※マイカー・車両は令和6年12月31日
      現在」 (era dates).
    - マイカー total 4910/7210 = 68.09% truncated (68.10% rounded).

08_関東甲信越_順位表_訂正版シート_誤字.xlsx -- the person who sends RANKINGS and
    re-sends a CORRECTION.  openpyxl.  Sheets 「団体生命供済」「長期（2月5日送付）」
    「長期（訂正2月7日）」「税制適格年金」.
    - NEW: each product a ranking (sorted by 到達率, 順位 column, ties share a
      rank), the 地連 total row 「関東甲信越計」 at the TOP above rank 1.
    - NEW: a CORRECTED SHEET added beside the original: 「長期（訂正2月7日）」
      with 【訂正版】 in its title; the original sheet keeps a note sending the
      reader to the correction (埼玉 and 千葉 differ).
    - NEW: the IME typo 「団体生命供済」 (供 for 共) as the only name of the
      product (tab and title).
    - 「－」 for a target not set (山梨 税制適格年金, 実績 1).
"""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import unicodedata
from datetime import datetime
from pathlib import Path

import openpyxl
import xlsxwriter
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

_ = None  # a blank cell


def _xl_col(i: int) -> str:
    """0-based column index → letters."""
    return get_column_letter(i + 1)


# =====================================================================
# 01  東北地連: one sheet per month, 2月 prepared, title from CELL("filename")
# =====================================================================
# (branch, 年間目標, 12月末累計, 1月当月)  -- 1月累計 = 12月末累計 + 1月当月
F01_BRANCHES = ["青森", "岩手", "宮城", "秋田", "山形", "福島"]
F01 = {
    "団体生命共済": [(180, 150, 12), (210, 196, 14), (300, 231, 20), (140, 139, 5), (160, 120, 9), (320, 260, 25)],
    "退職者団体生命共済": [(60, 20, 3), (70, 31, 4), (90, 40, 6), (50, 48, 4), (65, 30, 2), (95, 44, 7)],
    "長期共済": [(40, 30, 2), (45, 41, 5), (70, 52, 3), (35, 20, 1), (38, 25, 0), (72, 60, 6)],
    "交通災害共済": [(12, 10, 3), (15, 9, 1), (20, 14, 2), (8, 7, 0), (10, 60, 2), (25, 18, 4)],
}
F01_MONTHS = ["6月", "7月", "8月", "9月", "10月", "11月", "12月", "1月", "2月"]


def _f01_month_figures(dec_cum: int, jan: int) -> list[int | None]:
    """当月 of 6月 … 2月 (decoration for 6月-12月: 12月末累計 spread over seven months; 2月 blank)."""
    base, rest = divmod(dec_cum, 7)
    months = [base + (1 if i < rest else 0) for i in range(7)]
    return months + [jan, None]


def build_01(path: Path) -> None:
    wb = xlsxwriter.Workbook(str(path))
    f_title = wb.add_format({"bold": True, "font_size": 14, "font_name": "ＭＳ Ｐゴシック"})
    f_note = wb.add_format({"font_size": 9, "font_color": "#C00000", "font_name": "ＭＳ Ｐゴシック"})
    f_head = wb.add_format({"bold": True, "border": 1, "align": "center", "valign": "vcenter",
                            "bg_color": "#DDEBF7", "font_name": "ＭＳ Ｐゴシック"})
    f_name = wb.add_format({"border": 1, "font_name": "ＭＳ Ｐゴシック"})
    f_num = wb.add_format({"border": 1, "num_format": "#,##0", "font_name": "ＭＳ Ｐゴシック"})
    f_in = wb.add_format({"border": 1, "num_format": "#,##0", "bg_color": "#FFF2CC", "font_name": "ＭＳ Ｐゴシック"})
    f_pct = wb.add_format({"border": 1, "num_format": "0.0%", "font_name": "ＭＳ Ｐゴシック"})
    f_tot = wb.add_format({"border": 1, "bold": True, "num_format": "#,##0", "top": 2, "font_name": "ＭＳ Ｐゴシック"})
    f_totp = wb.add_format({"border": 1, "bold": True, "num_format": "0.0%", "top": 2, "font_name": "ＭＳ Ｐゴシック"})
    products = list(F01)
    figures = {p: [_f01_month_figures(d, j) for (_t, d, j) in F01[p]] for p in products}
    sheets = []
    for mi, month in enumerate(F01_MONTHS):
        ws = wb.add_worksheet(month)
        sheets.append(ws)
        ws.set_column(0, 0, 10)
        ws.set_column(1, 16, 8)
        title = '="令和6年度 新契約件数（東北地連） "&MID(CELL("filename",A1),FIND("]",CELL("filename",A1))+1,31)&"末現在"'
        ws.write_formula(0, 0, title, f_title, f"令和6年度 新契約件数（東北地連） {month}末現在")
        ws.write(1, 0, "※交通災害共済は前月末現在の件数です（システム反映が1か月遅れのため）。黄色のセルに当月分を入力。", f_note)
        ws.merge_range(3, 0, 4, 0, "県支部", f_head)
        for k, p in enumerate(products):
            c0 = 1 + 4 * k
            ws.merge_range(3, c0, 3, c0 + 3, p, f_head)
            for j, m in enumerate(["目標", "当月", "累計", "到達率"]):
                ws.write(4, c0 + j, m, f_head)
        first, last = 5, 5 + len(F01_BRANCHES) - 1
        for i, b in enumerate(F01_BRANCHES):
            r = 5 + i
            ws.write(r, 0, b, f_name)
            for k, p in enumerate(products):
                c0 = 1 + 4 * k
                t = F01[p][i][0]
                months = figures[p][i]
                cur = months[mi]
                cum = sum(x for x in months[:mi + 1] if x is not None)
                ws.write_number(r, c0, t, f_num)
                if cur is None:
                    ws.write_blank(r, c0 + 1, None, f_in)
                else:
                    ws.write_number(r, c0 + 1, cur, f_in)
                cur_ref = f"{_xl_col(c0 + 1)}{r + 1}"
                if mi == 0:
                    ws.write_formula(r, c0 + 2, f"={cur_ref}", f_num, cum)
                else:
                    prev = F01_MONTHS[mi - 1]
                    ws.write_formula(r, c0 + 2, f"='{prev}'!{_xl_col(c0 + 2)}{r + 1}+{cur_ref}", f_num, cum)
                tr, cr = f"{_xl_col(c0)}{r + 1}", f"{_xl_col(c0 + 2)}{r + 1}"
                ws.write_formula(r, c0 + 3, f'=IF({tr}=0,"",{cr}/{tr})', f_pct, cum / t)
        r = last + 1
        ws.write(r, 0, "東北計", f_tot)
        for k, p in enumerate(products):
            c0 = 1 + 4 * k
            tsum = sum(F01[p][i][0] for i in range(len(F01_BRANCHES)))
            msum = sum((figures[p][i][mi] or 0) for i in range(len(F01_BRANCHES)))
            csum = sum(sum(x for x in figures[p][i][:mi + 1] if x is not None) for i in range(len(F01_BRANCHES)))
            for j, v in ((0, tsum), (1, msum), (2, csum)):
                col = _xl_col(c0 + j)
                ws.write_formula(r, c0 + j, f"=SUM({col}{first + 1}:{col}{last + 1})", f_tot, v)
            tr, cr = f"{_xl_col(c0)}{r + 1}", f"{_xl_col(c0 + 2)}{r + 1}"
            ws.write_formula(r, c0 + 3, f'=IF({tr}=0,"",{cr}/{tr})', f_totp, csum / tsum)
        ws.freeze_panes(5, 1)
    sheets[-1].activate()  # the clerk saved the book with next month's sheet open
    wb.close()


# =====================================================================
# 02  中国四国: HQ system export pasted, 年度 2023 rows then 2024 rows
# =====================================================================
# 自治労県コード order (33 … 41); (目標, 実績) of 年度 2024
F02_BRANCHES = [("33", "岡山"), ("34", "広島"), ("35", "鳥取"), ("36", "島根"), ("37", "山口"),
                ("38", "香川"), ("39", "徳島"), ("40", "愛媛"), ("41", "高知")]
F02 = {  # (system code, system name, 集計年月 2024, 集計年月 2023): figures
    ("010", "団体生命共済", "202501", "202401"):
        [(300, 246), (420, 398), (120, 125), (130, 101), (210, 189), (150, 150), (140, 117), (200, 176), (110, 98)],
    ("020", "退職者団体生命共済", "202501", "202401"):
        [(90, 30), (130, 61), (40, 12), (45, 20), (70, 25), (50, 51), (45, 19), (60, 22), (35, 9)],
    ("110", "ﾏｲｶｰ共済", "202412", "202312"):
        [(700, 455), (980, 610), (260, 270), (300, 199), (520, 330), (380, 245), (330, 212), (480, 301), (250, 160)],
    ("210", "火災共済", "202412", "202312"):
        [(150, 60), (210, 88), (50, 21), (55, 23), (100, 41), (70, 30), (60, 61), (90, 35), (45, 0)],
    ("510", "こども保障満期金付ﾀｲﾌﾟ", "202501", "202401"):
        [(20, 6), (25, 8), (5, 5), (5, 2), (10, 3), (8, 4), (6, 1), (10, 11), (0, 1)],
}
# the office's own summary (values pasted from a pivot): the sums of the 2024 rows, typed here
F02_SUMMARY = [("団体生命共済", 1780, 1600), ("退職者団体生命共済", 565, 249), ("マイカー共済", 4200, 2782),
               ("火災共済", 830, 359), ("こども保障満期金付きタイプ", 89, 41)]


def _f02_last_year(t: int, a: int, i: int) -> tuple[int, int]:
    """Decoration: last year's figures (年度 2023), different achievers on purpose."""
    return max(t - 6, 0), (t + 3 if i % 4 == 1 else max(a - 4 - i, 0))


def _fixed(v: int, width: int = 8) -> str:
    return f"{v:>{width}}"


def build_02(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "集計"
    ws["A1"] = "2024年度　中国・四国地連　新契約件数集計"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "2025年1月末現在（ﾏｲｶｰ・火災は2024年12月末現在）　※抽出データシートから集計"
    ws.append([])
    ws.append(["共済種目", "目標件数", "実績件数", "達成率"])
    for p, t, a in F02_SUMMARY:
        ws.append([p, t, a, round(a / t, 4)])
        ws.cell(ws.max_row, 4).number_format = "0.00%"
    for c in ws[4]:
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9E1F2")
    ws.column_dimensions["A"].width = 30

    wd = wb.create_sheet("抽出データ")
    header = ["年度", "集計年月", "共済種目ｺｰﾄﾞ", "共済種目名", "県支部ｺｰﾄﾞ", "県支部名", "目標件数", "実績件数", "達成率(%)"]

    def block(year: str, stamp: str) -> None:
        wd.append([f"新契約実績照会（県支部別・共済種目別）　抽出条件：年度＝{year}　出力日時：{stamp}"])
        wd.append(header)
        for ci, (code, name) in enumerate(F02_BRANCHES):
            for (pcode, pname, ym24, ym23), figs in F02.items():
                t, a = figs[ci]
                if year == "2023":
                    t, a = _f02_last_year(t, a, ci)
                    ym = ym23
                else:
                    ym = ym24
                rate = f"{a * 100 / t:6.2f}" if t else "  0.00"
                wd.append([year, ym, pcode, pname, code, f"{name}県支部", _fixed(t), _fixed(a), rate])

    wd.append(["※システムの出力をそのまま貼り付け（前年度比較用に2023年度分も）"])
    block("2023", "2025/02/10 09:15:42")
    wd.append([])
    block("2024", "2025/02/10 09:16:05")
    for row in wd.iter_rows():
        for c in row:
            c.number_format = "@"
            c.font = Font(name="ＭＳ ゴシック", size=10)
    for col, w in zip("ABCDEFGHI", (6, 9, 12, 26, 11, 12, 10, 10, 10)):
        wd.column_dimensions[col].width = w
    wb.save(path)


# =====================================================================
# 03  東海北陸・近畿: products down (目標/実績/到達率 rows), 地連計 columns
# =====================================================================
F03_TOKAI = ["富山", "石川", "福井", "静岡", "愛知", "岐阜", "三重"]
F03_KINKI = ["滋賀", "京都", "奈良", "和歌山", "大阪", "兵庫"]
F03 = {  # product: (時点 as the clerk typed it (a number), [(目標, 実績)] 東海北陸 7 then 近畿 6)
    "団体生命共済": (2025.1, [(150, 131), (160, 166), (110, 92), (350, 301), (520, 480), (200, 181), (210, 199),
                            (140, 120), (230, 233), (150, 129), (214, 220), (600, 512), (450, 390)]),
    "じちろうマイカー共済": (2024.12, [(400, 260), (420, 300), (300, 188), (900, 640), (1300, 905), (520, 410),
                                   (540, 380),
                                   (350, 240), (600, 421), (380, 250), (330, 346), (1500, 1002), (1100, 780)]),
    "自賠責共済": (2024.12, [(200, 98), (210, 120), (150, 70), (450, 260), (700, 410), (260, 150), (270, 140),
                          (180, 90), (300, 160), (190, 101), (160, 85), (800, 430), (550, 300)]),
    "長期共済": (2025.1, [(60, 41), (65, 50), (40, 40), (130, 99), (200, 170), (80, 66), (85, 70),
                        (55, 44), (90, 80), (60, 61), (50, 30), (240, 199), (180, 150)]),
    "税制適格年金": (2025.1, [(30, 14), (35, 20), ("－", 2), (70, 40), (110, 60), (40, 41), (45, 25),
                           (30, 15), (50, 22), (30, 12), (25, 3), (130, 70), (90, 45)]),
}
# hand-typed 到達率 (percentage points) that are wrong: (product, column index among the 13 branches) → typed
F03_WRONG_RATE = {("団体生命共済", 0): 78.5, ("団体生命共済", 8): 100.0, ("じちろうマイカー共済", 10): 98.7,
                  ("長期共済", 2): 98.0, ("税制適格年金", 5): 97.5}


def build_03(path: Path) -> None:
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("新契約（縦）")
    fn = "ＭＳ Ｐゴシック"
    f_title = wb.add_format({"bold": True, "font_size": 14, "font_name": fn})
    f_lab = wb.add_format({"bold": True, "font_name": fn})
    f_head = wb.add_format({"bold": True, "border": 1, "align": "center", "valign": "vcenter",
                            "bg_color": "#E2EFDA", "font_name": fn})
    f_band = wb.add_format({"bold": True, "border": 1, "align": "center", "bg_color": "#C6E0B4", "font_name": fn})
    f_prod = wb.add_format({"bold": True, "border": 1, "valign": "vcenter", "text_wrap": True, "font_name": fn})
    f_kind = wb.add_format({"border": 1, "align": "center", "font_name": fn})
    f_num = wb.add_format({"border": 1, "num_format": "#,##0", "font_name": fn})
    f_txt = wb.add_format({"border": 1, "align": "right", "font_name": fn})
    f_sub = wb.add_format({"border": 1, "num_format": "#,##0", "bold": True, "bg_color": "#F2F2F2", "font_name": fn})
    f_rate = wb.add_format({"border": 1, "num_format": "0.0", "font_color": "#7F7F7F", "font_name": fn})
    f_when = wb.add_format({"border": 1, "align": "center", "valign": "vcenter", "font_name": fn})
    ws.write(0, 0, "令和6年度　主要共済 新契約件数（東海北陸地連・近畿地連）", f_title)
    ws.write(1, 0, "集計時点", f_lab)
    ws.write_number(1, 1, 2025.1)
    ws.write(1, 3, "※到達率は手入力（％）", f_lab)
    # columns: A 共済種目, B 区分, C..I 東海北陸, J 東海北陸計, K..P 近畿, Q 近畿計, R 合計, S 時点
    cols_t = list(range(2, 9))
    col_tsub = 9
    cols_k = list(range(10, 16))
    col_ksub, col_all, col_when = 16, 17, 18
    ws.merge_range(2, 2, 2, 9, "東海北陸地連", f_band)
    ws.merge_range(2, 10, 2, 16, "近畿地連", f_band)
    ws.write(3, 0, "共済種目", f_head)
    ws.write(3, 1, "区分", f_head)
    for c, b in zip(cols_t + cols_k, F03_TOKAI + F03_KINKI):
        ws.write(3, c, b, f_head)
    ws.write(3, col_tsub, "東海北陸計", f_head)
    ws.write(3, col_ksub, "近畿計", f_head)
    ws.write(3, col_all, "合計", f_head)
    ws.write(3, col_when, "時点", f_head)
    ws.set_column(0, 0, 22)
    ws.set_column(1, 1, 6)
    ws.set_column(2, 17, 8)
    ws.set_column(18, 18, 9)
    r = 4
    for p, (when, figs) in F03.items():
        ws.merge_range(r, 0, r + 2, 0, p, f_prod)
        ws.merge_range(r, col_when, r + 2, col_when, when, f_when)
        for j, kind in enumerate(("目標", "実績", "到達率")):
            ws.write(r + j, 1, kind, f_kind)
        for idx, c in enumerate(cols_t + cols_k):
            t, a = figs[idx]
            if isinstance(t, str):
                ws.write_string(r, c, t, f_txt)
            else:
                ws.write_number(r, c, t, f_num)
            ws.write_number(r + 1, c, a, f_num)
            typed = F03_WRONG_RATE.get((p, idx))
            if typed is None:
                typed = round(a * 100 / t, 1) if isinstance(t, int) and t else None
            if typed is None:
                ws.write_string(r + 2, c, "－", f_txt)
            else:
                ws.write_number(r + 2, c, typed, f_rate)
        for j in (0, 1):
            vt = sum(figs[i][j] for i in range(7) if isinstance(figs[i][j], int))
            vk = sum(figs[7 + i][j] for i in range(6) if isinstance(figs[7 + i][j], int))
            row = r + j + 1
            ws.write_formula(r + j, col_tsub, f"=SUM(C{row}:I{row})", f_sub, vt)
            ws.write_formula(r + j, col_ksub, f"=SUM(K{row}:P{row})", f_sub, vk)
            ws.write_formula(r + j, col_all, f"=J{row}+Q{row}", f_sub, vt + vk)
        for c in (col_tsub, col_ksub, col_all):
            ws.write_blank(r + 2, c, None, f_rate)
        r += 3
    ws.write(r + 1, 0, "※マイカー・自賠責は前月末。時点欄は 2025.1＝2025年1月末。")
    ws.freeze_panes(4, 2)
    wb.close()


# =====================================================================
# 04  関東甲信越: JIS 都道府県コード only, hand-typed 達成率 and ○
# =====================================================================
F04_CODES = ["08", "09", "10", "11", "12", "13", "14", "15", "19", "20"]  # JIS: 茨城 栃木 群馬 埼玉 千葉 東京 神奈川 新潟 山梨 長野
F04 = {
    "団体生命共済": [(250, 230), (180, 185), (190, 171), (400, 352), (380, 299), (150, 183), (420, 401), (290, 292),
                   (100, 99), (220, 180)],
    "自賠責共済": [(300, 160), (220, 121), (230, 140), (500, 270), (480, 250), (400, 230), (520, 300), (350, 200),
                  (120, 125), (260, 140)],
    "自然災害共済": [(100, 40), (80, 33), (80, 30), (160, 70), (150, 66), (120, 50), (170, 80), (110, 45), (40, 12),
                   (90, 91)],
    "税制適格年金": [(60, 30), (45, 20), (45, 22), (100, 51), (90, 40), (80, 81), (110, 60), (70, 33), (25, 10),
                   (55, 27)],
}
# the clerk's own marks/rates: ○ where (s)he thought the target was reached -- wrong for 山梨 団生 (99/100),
# missing for 新潟 団生 (292/290); typed rates (fractions, % format), some wrong
F04_MARKS = {("団体生命共済", 1), ("団体生命共済", 5), ("団体生命共済", 8), ("自賠責共済", 8), ("自然災害共済", 9),
             ("税制適格年金", 5)}
F04_TYPED_RATE = {("団体生命共済", 8): 1.0, ("団体生命共済", 3): 0.908, ("自賠責共済", 0): 0.503,
                  ("税制適格年金", 9): 0.5}
F04_TOTAL_TYPO = {"団体生命共済": (2580, 2329)}  # the typed 計 row: 実績 2392 mistyped as 2329
JIS_NAMES = ["北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県", "茨城県", "栃木県", "群馬県",
             "埼玉県", "千葉県", "東京都", "神奈川県", "新潟県", "富山県", "石川県", "福井県", "山梨県", "長野県",
             "岐阜県", "静岡県", "愛知県", "三重県", "滋賀県", "京都府", "大阪府", "兵庫県", "奈良県", "和歌山県",
             "鳥取県", "島根県", "岡山県", "広島県", "山口県", "徳島県", "香川県", "愛媛県", "高知県", "福岡県",
             "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県"]


def build_04(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "新契約"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "関東甲信越地連　新契約件数（2025年1月末現在）"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "※都道府県コードは総務省の都道府県コード（JIS X 0401）。名称はコード表シート参照。　※自賠責・自然災害は2024年12月末現在"
    ws["A2"].font = Font(size=9)
    ws.merge_cells("A4:A5")
    ws["A4"] = "都道府県コード"
    products = list(F04)
    for k, p in enumerate(products):
        c0 = 2 + 4 * k
        ws.merge_cells(start_row=4, start_column=c0, end_row=4, end_column=c0 + 3)
        ws.cell(4, c0, p)
        for j, m in enumerate(("目標", "実績", "達成率", "達成")):
            ws.cell(5, c0 + j, m)
    for i, code in enumerate(F04_CODES):
        r = 6 + i
        ws.cell(r, 1, code).number_format = "@"
        for k, p in enumerate(products):
            c0 = 2 + 4 * k
            t, a = F04[p][i]
            ws.cell(r, c0, t)
            ws.cell(r, c0 + 1, a)
            typed = F04_TYPED_RATE.get((p, i), round(a / t, 3))
            ws.cell(r, c0 + 2, typed).number_format = "0.0%"
            ws.cell(r, c0 + 3, "○" if (p, i) in F04_MARKS else "")
    r = 6 + len(F04_CODES)
    ws.cell(r, 1, "計")
    for k, p in enumerate(products):
        c0 = 2 + 4 * k
        t, a = F04_TOTAL_TYPO.get(p, (sum(x for x, _y in F04[p]), sum(y for _x, y in F04[p])))
        ws.cell(r, c0, t)
        ws.cell(r, c0 + 1, a)
        ws.cell(r, c0 + 2, round(a / t, 3)).number_format = "0.0%"
    for row in ws.iter_rows(min_row=4, max_row=r, max_col=1 + 4 * len(products)):
        for c in row:
            c.border = box
            if c.row <= 5:
                c.font = Font(bold=True)
                c.alignment = Alignment(horizontal="center", vertical="center")
    ws.column_dimensions["A"].width = 14
    wc = wb.create_sheet("コード表")
    wc.append(["都道府県コード", "都道府県名"])
    for i, name in enumerate(JIS_NAMES, start=1):
        wc.append([f"{i:02d}", name])
        wc.cell(wc.max_row, 1).number_format = "@"
    wb.save(path)


# =====================================================================
# 05  九州: Numbers export, NFD text, date cells formatted …現在
# =====================================================================
F05_BRANCHES = ["福岡", "佐賀", "長崎", "熊本", "大分", "宮崎", "鹿児島", "沖縄"]  # the writer's order
F05_T1 = {  # 表1 (2025-01-31)
    "団体生命共済": [(520, 455), (160, 150), (200, 188), (330, 372), (190, 195), (170, 140), (250, 230), (180, 121)],
    "じちろう退職者団体生命共済": [(150, 60), (50, 18), (60, 30), (90, 41), (55, 56), (50, 20), (80, 33), (40, 8)],
    "こども保障満期金付きタイプ": [(30, 12), (6, 6), (8, 3), (12, 13), (7, 2), (6, 1), (10, 4), (5, 0)],
}
F05_T2 = {  # 表2 (2024-12-31)
    "じちろうマイカー共済": [(1200, 800), (400, 251), (500, 330), (700, 460), (450, 300), (420, 270), (600, 390),
                         (380, 390)],
    "車両損害補償": [(1250, 760), (420, 240), (520, 300), (720, 430), (470, 280), (430, 250), (620, 370), (390, 230)],
    "交通災害共済": [(48, 110), (20, 1004), (25, 20), (30, 22), (20, 14), (15, 9), (28, 30), (12, 5)],
}


def _nfd(s: str) -> str:
    return unicodedata.normalize("NFD", s)


def build_05(path: Path) -> None:
    wb = xlsxwriter.Workbook(str(path))
    fn = "Hiragino Sans W3"
    f_plain = wb.add_format({"font_name": fn, "font_size": 10})
    f_title = wb.add_format({"font_name": fn, "font_size": 16, "bold": True})
    f_date = wb.add_format({"font_name": fn, "font_size": 10, "num_format": 'yyyy"年"m"月"d"日現在"',
                            "align": "left"})
    f_head = wb.add_format({"font_name": fn, "font_size": 10, "bold": True, "bg_color": "#DBDBDB",
                            "align": "center", "valign": "vcenter", "bottom": 1, "right": 1})
    f_name = wb.add_format({"font_name": fn, "font_size": 10, "bold": True, "bg_color": "#EEEEEE", "right": 1})
    f_num = wb.add_format({"font_name": fn, "font_size": 10, "num_format": "#,##0"})
    f_pct = wb.add_format({"font_name": fn, "font_size": 10, "num_format": "0.00%"})
    f_foot = wb.add_format({"font_name": fn, "font_size": 10, "bold": True, "num_format": "#,##0", "top": 1,
                            "bg_color": "#EEEEEE"})
    f_footp = wb.add_format({"font_name": fn, "font_size": 10, "bold": True, "num_format": "0.00%", "top": 1,
                             "bg_color": "#EEEEEE"})

    ws = wb.add_worksheet("書き出しの概要")
    ws.set_column(0, 2, 28)
    ws.write(0, 0, "書き出しの概要", f_title)
    ws.write(2, 0, _nfd("このドキュメントはNumbersから書き出されました。各表はExcelワークシートに変換されました。"
                        "各Numbersシートのほかのオブジェクトはすべて個別のワークシートに配置されました。"
                        "数式の計算はExcelでは異なる場合があることに注意してください。"), f_plain)
    ws.write_row(4, 0, [_nfd("Numbersシート名"), _nfd("Numbers表名"), _nfd("Excelワークシート名")], f_head)
    ws.write_row(5, 0, ["新契約", "表1", "新契約 - 表1"], f_plain)
    ws.write_row(6, 0, ["新契約", "表2", "新契約 - 表2"], f_plain)

    def table(name: str, title: str, when: datetime, data: dict) -> None:
        t = wb.add_worksheet(name)
        t.set_column(0, 0, 12)
        t.set_column(1, 3 * len(data), 10)
        t.write(0, 0, _nfd(title), f_title)
        t.write_datetime(1, 0, when, f_date)
        t.merge_range(2, 0, 3, 0, "県支部", f_head)
        for k, p in enumerate(data):
            c0 = 1 + 3 * k
            t.merge_range(2, c0, 2, c0 + 2, _nfd(p), f_head)
            t.write_row(3, c0, ["目標", "実績", "到達率"], f_head)
        for i, b in enumerate(F05_BRANCHES):
            r = 4 + i
            t.write(r, 0, b, f_name)
            for k, p in enumerate(data):
                c0 = 1 + 3 * k
                tv, av = data[p][i]
                t.write_number(r, c0, float(tv), f_num)
                t.write_number(r, c0 + 1, float(av), f_num)
                t.write_formula(r, c0 + 2, f"=IF({_xl_col(c0)}{r + 1}=0,\"\",{_xl_col(c0 + 1)}{r + 1}/"
                                           f"{_xl_col(c0)}{r + 1})", f_pct, av / tv if tv else "")
        r = 4 + len(F05_BRANCHES)
        t.write(r, 0, "合計", f_foot)
        for k, p in enumerate(data):
            c0 = 1 + 3 * k
            ts = float(sum(x for x, _y in data[p]))
            as_ = float(sum(y for _x, y in data[p]))
            for j, v in ((0, ts), (1, as_)):
                col = _xl_col(c0 + j)
                t.write_formula(r, c0 + j, f"=SUM({col}5:{col}{r})", f_foot, v)
            t.write_formula(r, c0 + 2, f"={_xl_col(c0 + 1)}{r + 1}/{_xl_col(c0)}{r + 1}", f_footp, as_ / ts)

    table("新契約 - 表1", "九州地連　新契約件数（生命系）", datetime(2025, 1, 31), F05_T1)
    table("新契約 - 表2", "九州地連　新契約件数（損保系・交通災害）", datetime(2024, 12, 31), F05_T2)
    wb.close()


# =====================================================================
# 06  北海道・東北: last year's columns still there (visible), legacy .xls
# =====================================================================
F06_BRANCHES = ["北海道", "青森", "岩手", "宮城", "秋田", "山形", "福島"]
F06 = {  # product heading: (令和6年度 heading, [(R5 目標, R5 実績), …], [(R6 目標, R6 実績), …])
    "団体生命共済": ("令和6年度（1月末）",
                   [(580, 601), (165, 150), (195, 199), (270, 262), (135, 140), (150, 131), (290, 250)],
                   [(600, 512), (170, 171), (200, 188), (280, 240), (140, 120), (150, 150), (300, 270)]),
    "長期共済": ("令和6年度（1月末）",
               [(190, 170), (48, 50), (52, 40), (78, 80), (44, 33), (46, 39), (88, 92)],
               [(200, 150), (50, 44), (55, 56), (80, 61), (45, 30), (48, 40), (90, 72)]),
    "火災共済（12月末）": ("令和6年度（12月末）",
                      [(175, 160), (48, 30), (52, 55), (78, 60), (44, 20), (44, 30), (82, 85)],
                      [(180, 70), (50, 20), (55, 23), (80, 33), (45, 15), (45, 46), (85, 30)]),
    "交通災害共済": ("令和6年度（1月末）",
                   [(15, 20), (10, 11), (12, 7), (15, 16), (8, 2), (9, 5), (14, 14)],
                   [(16, 17), (10, 6), (12, 8), (15, 10), (8, 3), (9, 9), (14, 13)]),
}


def build_06_src(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "新契約"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "北海道・東北地連　主要共済 新契約件数"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "※令和5年度は確定値。令和6年度は速報値。"
    ws.merge_cells("A3:A5")
    ws["A3"] = "県支部"
    c = 2
    for p, (head6, _r5, _r6) in F06.items():
        ws.merge_cells(start_row=3, start_column=c, end_row=3, end_column=c + 5)
        ws.cell(3, c, p)
        ws.merge_cells(start_row=4, start_column=c, end_row=4, end_column=c + 2)
        ws.cell(4, c, "令和5年度（確定）")
        ws.merge_cells(start_row=4, start_column=c + 3, end_row=4, end_column=c + 5)
        ws.cell(4, c + 3, head6)
        for j, m in enumerate(("目標", "実績", "達成率") * 2):
            ws.cell(5, c + j, m)
        c += 6
    for i, b in enumerate(F06_BRANCHES):
        r = 6 + i
        ws.cell(r, 1, b)
        c = 2
        for p, (_h, r5, r6) in F06.items():
            for off, (t, a) in ((0, r5[i]), (3, r6[i])):
                ws.cell(r, c + off, t)
                ws.cell(r, c + off + 1, a)
                ws.cell(r, c + off + 2, round(a / t, 3)).number_format = "0.0%"
            c += 6
    r = 6 + len(F06_BRANCHES)
    ws.cell(r, 1, "合計")
    c = 2
    for p, (_h, r5, r6) in F06.items():
        for off, rows in ((0, r5), (3, r6)):
            t, a = sum(x for x, _y in rows), sum(y for _x, y in rows)
            ws.cell(r, c + off, t)
            ws.cell(r, c + off + 1, a)
            ws.cell(r, c + off + 2, round(a / t, 3)).number_format = "0.0%"
        c += 6
    for row in ws.iter_rows(min_row=3, max_row=r, max_col=c - 1):
        for cell in row:
            cell.border = box
            if cell.row <= 5:
                cell.font = Font(bold=True)
                cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wb.save(path)


def _via_lo(src: Path, target: Path, fmt: str) -> None:
    """Convert with LibreOffice (a private profile, so a running soffice is not disturbed)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise RuntimeError("LibreOffice (soffice) is needed to build the .xls fixture")
    with tempfile.TemporaryDirectory(prefix="lc9_lo_") as tmp:
        profile = Path(tmp) / "profile"
        outdir = Path(tmp) / "out"
        outdir.mkdir()
        subprocess.run([soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", fmt,
                        "--outdir", str(outdir), str(src)], check=True, capture_output=True, timeout=300,
                       env={**os.environ, "HOME": tmp})
        produced = outdir / (src.stem + "." + fmt.split(":")[0])
        if not produced.exists():
            raise RuntimeError(f"LibreOffice produced no {produced.name}")
        shutil.move(str(produced), str(target))


def build_06(path: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="lc9_06_") as tmp:
        src = Path(tmp) / (path.stem + ".xlsx")
        build_06_src(src)
        _via_lo(src, path, "xls")


# =====================================================================
# 07  近畿・中国: each 県支部 over 目標/実績/率 rows, 地連 小計 blocks
# =====================================================================
F07_PRODUCTS = ["団体生命共済", "退職者団生", "マイカー", "車両", "長期共済"]
F07 = {  # 地連: [(県支部, [(目標, 実績) per product in F07_PRODUCTS order])]
    "近畿": [
        ("滋賀", [(150, 131), (50, 20), (360, 250), (370, 230), (55, 41)]),
        ("京都", [(240, 250), (80, 41), (620, 430), (640, 400), (92, 93)]),
        ("奈良", [(160, 140), (55, 22), (390, 260), (400, 240), (60, 50)]),
        ("和歌山", [(220, 221), (70, 30), (340, 230), (350, 210), (50, 35)]),
        ("大阪", [(620, 560), (200, 95), (1550, 1010), (1600, 950), (245, 200)]),
        ("兵庫", [(460, 410), (150, 70), (1120, 800), (1150, 700), (180, 140)]),
    ],
    "中国": [
        ("鳥取", [(120, 99), (40, 41), (270, 280), (280, 170), (40, 30)]),
        ("島根", [(130, 130), (45, 18), (310, 200), (320, 190), (42, 33)]),
        ("岡山", [(300, 255), (90, 40), (720, 470), (740, 430), (100, 80)]),
        ("広島", [(420, 380), (130, 66), (1000, 640), (1020, 600), (150, 151)]),
        ("山口", [(210, 170), (70, 30), (530, 340), (540, 320), (80, 60)]),
    ],
}
F07_NO_RATE_ROW = {"奈良"}


def build_07(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "実績"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    mid = Alignment(vertical="center", horizontal="center")
    ws["A1"] = "主要共済　新契約件数（近畿地連・中国地連）"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "令和7年1月31日現在"
    ws["E2"] = "※マイカー・車両は令和6年12月31日現在"
    ws.append([])
    ws.append(["地連", "県支部", "区分", *F07_PRODUCTS])
    r = 5

    def rows_for(name: str, figs: list, with_rate: bool, bold: bool = False) -> int:
        nonlocal r
        kinds = ("目標", "実績", "率") if with_rate else ("目標", "実績")
        start = r
        for j, kind in enumerate(kinds):
            ws.cell(r, 3, kind)
            for k, (t, a) in enumerate(figs):
                cell = ws.cell(r, 4 + k)
                if kind == "目標":
                    cell.value = t
                elif kind == "実績":
                    cell.value = a
                else:
                    cell.value = round(a / t, 3) if t else None
                    cell.number_format = "0.0%"
                if bold:
                    cell.font = Font(bold=True)
            r += 1
        ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
        ws.cell(start, 2, name).alignment = mid
        if bold:
            ws.cell(start, 2).font = Font(bold=True)
        return start

    all_sums = [[0, 0] for _ in F07_PRODUCTS]
    for block, members in F07.items():
        top = r
        sums = [[0, 0] for _ in F07_PRODUCTS]
        for name, figs in members:
            rows_for(name, figs, name not in F07_NO_RATE_ROW)
            for k, (t, a) in enumerate(figs):
                sums[k][0] += t
                sums[k][1] += a
        rows_for("小計", [tuple(s) for s in sums], True, bold=True)
        ws.merge_cells(start_row=top, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(top, 1, block).alignment = Alignment(vertical="center", horizontal="center", text_rotation=255)
        for k in range(len(F07_PRODUCTS)):
            all_sums[k][0] += sums[k][0]
            all_sums[k][1] += sums[k][1]
    top = r
    rows_for("合計", [tuple(s) for s in all_sums], True, bold=True)
    ws.merge_cells(start_row=top, start_column=1, end_row=r - 1, end_column=1)
    for row in ws.iter_rows(min_row=4, max_row=r - 1, max_col=3 + len(F07_PRODUCTS)):
        for cell in row:
            cell.border = box
    ws.column_dimensions["B"].width = 10
    ws.column_dimensions["D"].width = 13
    wb.save(path)


# =====================================================================
# 08  関東甲信越: rankings, a corrected sheet beside the original, 「供済」
# =====================================================================
F08_DANSEI = {"茨城": (260, 240), "栃木": (190, 200), "群馬": (200, 180), "埼玉": (410, 361), "千葉": (390, 310),
              "東京": (160, 190), "神奈川": (430, 400), "新潟": (300, 300), "山梨": (110, 100), "長野": (230, 200)}
F08_CHOUKI = {"茨城": (70, 55), "栃木": (50, 51), "群馬": (50, 40), "埼玉": (110, 90), "千葉": (100, 101),
              "東京": (90, 70), "神奈川": (120, 100), "新潟": (80, 60), "山梨": (30, 22), "長野": (60, 45)}
F08_CHOUKI_FIRST = {**F08_CHOUKI, "埼玉": (110, 109), "千葉": (100, 99)}  # the 2月5日 version, wrong
F08_ZEISEI = {"茨城": (65, 30), "栃木": (48, 22), "群馬": (48, 20), "埼玉": (105, 50), "千葉": (95, 41),
              "東京": (85, 88), "神奈川": (115, 60), "新潟": (75, 30), "山梨": ("－", 1), "長野": (58, 25)}


def _ranking(ws, title: str, note: str | None, data: dict, total_label: str) -> None:
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    if note:
        ws["A2"] = note
        ws["A2"].font = Font(color="C00000")
    for j, h in enumerate(["順位", "県支部", "目標", "実績", "到達率", "前月順位"], start=1):
        ws.cell(4, j, h)
    for c in ws[4]:
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="FCE4D6")
    tt = sum(t for t, _a in data.values() if isinstance(t, int))
    ta = sum(a for _t, a in data.values())
    for j, v in enumerate(["", total_label, tt, ta, round(ta / tt, 4)], start=1):
        ws.cell(5, j, v)
    ws.cell(5, 5).number_format = "0.00%"
    for c in ws[5]:
        c.font = Font(bold=True)
    order = sorted(data, key=lambda b: -(data[b][1] / data[b][0]) if isinstance(data[b][0], int) else 1.0)
    rank, prev_rate = 0, None
    for n, b in enumerate(order, start=1):
        t, a = data[b]
        rate = a / t if isinstance(t, int) and t else None
        if rate != prev_rate:
            rank = n
        prev_rate = rate
        ws.append([rank if rate is not None else "－", b, t, a, round(rate, 4) if rate is not None else "－",
                   ((n * 7) % len(order)) + 1])
        ws.cell(ws.max_row, 5).number_format = "0.00%"
    ws.column_dimensions["A"].width = 6
    ws.column_dimensions["B"].width = 12
    ws.auto_filter.ref = f"A4:F{ws.max_row}"


def build_08(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "団体生命供済"
    _ranking(ws, "団体生命供済　県支部別到達率順位（2025年1月末現在）", None, F08_DANSEI, "関東甲信越計")
    _ranking(wb.create_sheet("長期（2月5日送付）"), "長期共済　県支部別到達率順位（2025年1月末現在）",
             "（2月5日送付分：埼玉・千葉の実績に誤りがありました → 「長期（訂正2月7日）」シートを参照してください）",
             F08_CHOUKI_FIRST, "関東甲信越計")
    _ranking(wb.create_sheet("長期（訂正2月7日）"), "【訂正版】長期共済　県支部別到達率順位（2025年1月末現在）",
             "※2月5日送付分の埼玉・千葉の実績を訂正しました（2月7日）", F08_CHOUKI, "関東甲信越計")
    _ranking(wb.create_sheet("税制適格年金"), "税制適格年金　県支部別到達率順位（2025年1月末現在）", None,
             F08_ZEISEI, "関東甲信越計")
    wb.save(path)


# =====================================================================
FILES = {
    "01_東北地連_月別シート_2月シート準備済.xlsx": build_01,
    "02_中国四国_システム抽出貼付_前年度行つき.xlsx": build_02,
    "03_東海北陸近畿_商品が縦_地連計列_時点が数値.xlsx": build_03,
    "04_関東甲信越_JISコード_手打ち達成率.xlsx": build_04,
    "05_九州_Numbers書き出し.xlsx": build_05,
    "06_北海道東北_前年度列が残る旧ファイル.xls": build_06,
    "07_近畿中国_県支部ごとに区分3行_地連小計.xlsx": build_07,
    "08_関東甲信越_順位表_訂正版シート_誤字.xlsx": build_08,
}


def build(out_dir) -> dict[str, Path]:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    files = {}
    for name, fn in FILES.items():
        path = out_dir / name
        fn(path)
        files[name] = path
    return files


if __name__ == "__main__":
    import sys
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent / "_built"
    for n, p in build(target).items():
        print(p)
