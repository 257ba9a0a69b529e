"""Fourteenth independent fixture set: 新契約件数 主要共済の実績 (Report B) workbooks
for FY2026 (令和8年度 = 2026-06 … 2027-05, June start) -- "THE CLAIMS OF THE
README, TRIED ON BOOKS NOBODY TUNED FOR".  Ten claims of the README's Report B
section, each used by ONE book in a shape designed here (not copied from an
earlier set), combined with two or three ordinary habits of a 県本部 / 地連
clerk; plus two ordinary books where none of those claims should fire.

Built to MEASURE.  The helper who wrote it read DOMAIN.md (Report B), the
README usage of ``contracts recompute``, ``--help``, the scoring harness and
set 13's files as a format model -- never the reader's code.  Every count and
target of a 県支部 is a literal typed below, and so are the typed total rows
(東北計, 合計, 九州計, 中国計, 四国計, 首都圏計), 前年比 / 前年同期 figures,
月間目標, 当初目標 replaced by a 修正後 target, 1 month-old 確定 figures, 継続
and 合計 rows of an export, 当月 rows, 人数 columns and the monthly snapshots
before the last one -- all decoration except where the docstring below says
how a human combines them.  Cached rates (到達率) are decoration computed from
the literals.  The expected readings (typed by hand) are in expected.py.  No
person is named in the files.

FY arithmetic: 令和8年度 starts 2026-06, so 「10月末」 is 2026-10, 「11月末」
2026-11, 「12月末」 2026-12 and 「1月末」 2027-01.

Files (office / writer / CLAIM tried / other habits)
----------------------------------------------------
01_東北地連_主要共済_件数人数.xlsx -- openpyxl.  Sheet 「東北地連」.
    CLAIM 「件数｜人数」 -> 件数: 団体生命共済 and じちろう退職者団体生命共済 each
    「目標｜実績（件数｜人数）｜到達率｜前年比」 (three heading rows); 人数
    (insured persons incl. family) is larger than 件数 and reaches the target
    where 件数 does not (宮城 団生 402 vs 330, 件数 318).  火災共済 plain.
    Habits: merged title, 「令和9年1月末現在」, a typed 東北計 row, a 前年比
    column typed as text 「△5」 for minus, notes under the table.
02_北信越地連_自動車共済_月間年間目標.xlsx -- XlsxWriter.  Sheet 「北信越」.
    CLAIM 目標 「年間｜月間」 -> 年間, here in the order 「月間｜年間」 (the
    clerk puts the monthly pace first): マイカー and 車両 「目標（月間｜年間）｜
    実績（累計）｜前年同期｜到達率」; 自賠責 plain 「年間目標｜実績（累計）」.
    Every 県支部 beats its 月間 target; only 福井 beats 年間 (車両, 自賠責).
    Habits: 「12月末現在」 with the year only in the title 「令和8年度」, the
    前年同期 columns HIDDEN, number format 「#,##0"件"」, a typed 合計 row.
03_九州地連_目標修正_商品別シート.xlsx -- openpyxl.  Sheets 「団生」「マイカー」
    「火災」, one product each (full name in each title).
    CLAIM 目標 「当初｜修正後」 -> 修正後; 修正後 is filled only for the 県支部
    whose target was revised, and a note says 「※修正後の欄が空欄の県支部は
    当初目標のまま」: the target is 修正後 where given, else 当初.  Achievers
    change (長崎 団生 205 ≥ 当初 200 but < 修正後 210; 福岡 455 ≥ 修正後 450).
    Habits: a different as-of per sheet (「令和8年11月末現在」, 火災 「令和8年
    10月末現在」), a 備考 column 「10/15 目標修正」, a typed 九州計 row.
04_中国地連_速報確定_月違い.xlsx -- XlsxWriter.  Sheets 「中国地連」「メモ」.
    CLAIM 「12月末速報｜11月末確定」 (months differ) -> the newer month: 団生 and
    マイカー 「目標｜実績（1月末速報｜12月末確定）｜到達率」: 実績 = 1月末速報
    and 時点 2027-01 (the year from 「令和8年度」).  長期共済 plain 目標｜実績 with
    the note 「※長期共済は12月末確定」 (2026-12).
    Habits: a 「コード」 column of 自治労県コード as text, a 作成日 「令和9年2月4日」
    (not the 時点), a 中国計 row, one full-width count 「２０９」, a second sheet
    of notes without figures.
05_北海道東北ブロック_契約区分別一覧.xlsx -- openpyxl.  Sheet 「データ」.
    CLAIM 「契約区分」 export with 新規 / 切替 / 継続 rows AND a 区分 「合計」 row
    that INCLUDES 継続 (合計 = 新規+切替+継続): new contracts = 新規 + 切替; the
    合計 row (README: 「継続を含む計は除きます」) and 継続 are not read.
    目標件数 repeated on every row of a 県支部 × 種目 (one target).
    Habits: metadata lines above (帳票名, 集計年月 「2026年12月」, 出力日 a real
    date, 出力範囲), the note 「※継続＝更新契約」 under the data.
06_関東甲信地連_区分件数_抽出.xlsx -- XlsxWriter.  Sheets 「抽出データ」「条件」.
    CLAIM 「区分｜件数」 export: 区分 目標 / 当月 / 累計 in one column, the figure
    in 「件数」: 目標 and 累計 rows are the report; 当月 is a single month.
    Sorted by 県支部 then 種目 (not by 種目).
    Habits: 集計年月 202701 per row, 県支部CD as text (自治労県コード, names
    beside), a HIDDEN 種目CD column, a trailer 「データ件数：36」, a second sheet
    of extraction conditions with a real date-time.
07_四国地連_前月累計と当月.xlsx -- XlsxWriter.  Sheet 「12月分」.
    CLAIM 「前月までの累計」＋「当月」 (no 累計 column) -> their sum: each product
    「目標｜前月までの累計｜当月｜到達率」; note 「※到達率＝（前月までの累計＋
    当月）÷目標」.  Neither part alone gives the achievers.
    Habits: JIS order (徳島 香川 愛媛 高知), number format 「#,##0"件"」, a
    typed 四国計 row, 「令和8年12月末現在」.
08_近畿地連_月末累計の推移.xlsx -- openpyxl.  Sheets 「団体生命」「火災」.
    CLAIM month-end running totals: 「累計件数（各月末）」 over 「6月末｜7月末…
    5月末」, filled through 1月末 (団体生命) and 12月末 (火災): 実績 = the last
    filled column and 時点 its month (2027-01 / 2026-12).
    Habits: a product per sheet (title names it), JIS order (滋賀 京都 大阪 兵庫
    奈良 和歌山), a note line 「※各月末時点の6月からの累計件数」, no 計 row.
09_首都圏_目標上期下期.xlsx -- XlsxWriter.  Sheet 「首都圏」.
    CLAIM 目標 「上期｜下期」 -> 上期 + 下期 = the year's target, 実績 「実績
    （累計）」, 「年間到達率」.  上期 alone would make every 県支部 an achiever.
    Habits: JIS order (埼玉 千葉 東京 神奈川), one target typed as full-width
    text 「２０」, a typed 首都圏計 row, 「令和9年1月末現在」.
10_自治労熊本県本部_新契約件数報告書.xlsx -- openpyxl.  Sheets 「報告書」「記入要領」.
    CLAIM a 県本部's own report: no 県支部 column, products down with
    「年間目標｜累計実績｜到達率｜前年同期｜前年比」, 「県本部名｜自治労熊本県本部」,
    「報告月｜令和9年1月末」, 「作成日｜令和9年2月6日」 -> all figures are 熊本's.
    Habits: short product names (「退職者団生」「マイカー共済」), 前年比 as text
    with 「△」, a form-instructions sheet without figures.
11_東海地連_新契約件数_12月末.xlsx -- XlsxWriter.  Sheet 「東海」.  ORDINARY.
    県支部 down, products across 「目標｜実績｜到達率｜前年比」, 前年比 numbers
    with the format 「#,##0;"△"#,##0」 (negative shown △), number format
    「#,##0"件"」, a merged title, 「令和8年12月末現在」, a typed 合計 row and a
    備考 column.  No claim should fire.
12_九州地連_新契約件数_2月末.xlsx -- openpyxl.  Sheets 「R8新契約」「県支部一覧」.
    ORDINARY.  One-cell headings 「団生目標｜団生実績｜団生前年度｜自賠責目標…」,
    the 団生前年度 column HIDDEN, one count as full-width text 「１９３」, a
    typed 九州計 row, 「令和9年2月末現在」, a second sheet listing the 県支部
    with their codes (no figures).  No claim should fire.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import xlsxwriter
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter as L

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def _num(x):
    """The value of a typed literal (full-width text or 「△5」) for cached rates."""
    if isinstance(x, str):
        import unicodedata
        s = unicodedata.normalize("NFKC", x).replace("△", "-")
        return int(s)
    return x


def _rate(a, t):
    """Cached 到達率 (decoration only)."""
    if not t or a is None:
        return None
    return round(_num(a) / _num(t), 4)


def _box(ws, min_row, max_row, max_col, head_rows, fill):
    for row in ws.iter_rows(min_row=min_row, max_row=max_row, max_col=max_col):
        for c in row:
            c.border = BOX
            if c.row in head_rows:
                c.font = Font(bold=True)
                c.fill = fill
                c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)


# =====================================================================
# 01  東北地連: 実績 over 「件数｜人数」
# =====================================================================
F01_BRANCHES = ["青森", "岩手", "宮城", "秋田", "山形", "福島"]
F01_LIFE = [  # (目標, 件数, 人数, 前年比)
    (210, 198, 251, "△5"), (230, 236, 290, 14), (330, 318, 402, "△20"),
    (160, 161, 199, 3), (180, 166, 214, "△9"), (340, 327, 418, "△2"),
]
F01_LIFE_SUM = (1450, 1406, 1774, "△19")
F01_RET = [  # (目標, 件数, 人数)
    (30, 24, 41), (35, 36, 52), (45, 40, 63), (25, 22, 30), (28, 28, 39), (50, 47, 71),
]
F01_RET_SUM = (213, 197, 296)
F01_FIRE = [(60, 48), (65, 66), (110, 97), (50, 39), (55, 55), (100, 81)]  # (目標, 実績)
F01_FIRE_SUM = (440, 386)


def build_01(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "東北地連"
    ws.merge_cells("A1:M1")
    ws["A1"] = "令和8年度　主要共済　新契約実績（東北地連）"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws["A2"] = "令和9年1月末現在"
    ws.merge_cells("A4:A6")
    ws["A4"] = "県支部"
    # 団体生命共済 B..F
    ws.merge_cells("B4:F4")
    ws["B4"] = "団体生命共済"
    ws.merge_cells("B5:B6")
    ws["B5"] = "目標"
    ws.merge_cells("C5:D5")
    ws["C5"] = "実績"
    ws["C6"] = "件数"
    ws["D6"] = "人数"
    ws.merge_cells("E5:E6")
    ws["E5"] = "到達率"
    ws.merge_cells("F5:F6")
    ws["F5"] = "前年比"
    # じちろう退職者団体生命共済 G..J
    ws.merge_cells("G4:J4")
    ws["G4"] = "じちろう退職者団体生命共済"
    ws.merge_cells("G5:G6")
    ws["G5"] = "目標"
    ws.merge_cells("H5:I5")
    ws["H5"] = "実績"
    ws["H6"] = "件数"
    ws["I6"] = "人数"
    ws.merge_cells("J5:J6")
    ws["J5"] = "到達率"
    # 火災共済 K..M
    ws.merge_cells("K4:M4")
    ws["K4"] = "火災共済"
    for col, h in zip("KLM", ("目標", "実績", "到達率")):
        ws.merge_cells(f"{col}5:{col}6")
        ws[f"{col}5"] = h
    rows = [(b, F01_LIFE[i], F01_RET[i], F01_FIRE[i]) for i, b in enumerate(F01_BRANCHES)]
    rows.append(("東北計", F01_LIFE_SUM, F01_RET_SUM, F01_FIRE_SUM))
    for i, (b, life, ret, fire) in enumerate(rows):
        r = 7 + i
        ws.cell(r, 1, b)
        t, n, p, d = life
        ws.cell(r, 2, t)
        ws.cell(r, 3, n)
        ws.cell(r, 4, p)
        ws.cell(r, 5, _rate(n, t)).number_format = "0.0%"
        c = ws.cell(r, 6, d)
        c.alignment = Alignment(horizontal="right")
        t, n, p = ret
        ws.cell(r, 7, t)
        ws.cell(r, 8, n)
        ws.cell(r, 9, p)
        ws.cell(r, 10, _rate(n, t)).number_format = "0.0%"
        t, a = fire
        ws.cell(r, 11, t)
        ws.cell(r, 12, a)
        ws.cell(r, 13, _rate(a, t)).number_format = "0.0%"
        if b == "東北計":
            for cc in range(1, 14):
                ws.cell(r, cc).font = Font(bold=True)
    last = 6 + len(rows)
    _box(ws, 4, last, 13, {4, 5, 6}, PatternFill("solid", fgColor="DDEBF7"))
    ws.cell(last + 2, 1, "※人数は被共済者数（家族を含む）。到達率は件数で計算しています。")
    ws.cell(last + 3, 1, "※前年比は前年同月末の件数との差（△はマイナス）")
    ws.column_dimensions["A"].width = 10
    wb.save(path)


# =====================================================================
# 02  北信越地連: 目標 over 「月間｜年間」, hidden 前年同期
# =====================================================================
F02_BRANCHES = ["新潟", "富山", "石川", "福井"]
F02_CAR = [(38, 450, 301, 290), (30, 360, 248, 260), (35, 420, 282, 300), (25, 300, 210, 190)]  # (月間, 年間, 実績, 前年同期)
F02_CAR_SUM = (128, 1530, 1041, 1040)
F02_DMG = [(13, 150, 97, 88), (10, 120, 80, 95), (12, 140, 101, 90), (8, 90, 92, 70)]
F02_DMG_SUM = (43, 500, 370, 343)
F02_JIBAI = [(120, 70), (80, 66), (90, 51), (60, 62)]  # (年間目標, 実績)
F02_JIBAI_SUM = (350, 249)


def build_02(path: Path) -> None:
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("北信越")
    f_t = wb.add_format({"bold": True, "font_size": 14, "align": "center"})
    f_h = wb.add_format({"bold": True, "border": 1, "align": "center", "valign": "vcenter",
                         "bg_color": "#E2EFDA", "text_wrap": True})
    f_n = wb.add_format({"border": 1, "num_format": '#,##0"件"'})
    f_k = wb.add_format({"border": 1, "num_format": '#,##0"件"', "bold": True})
    f_s = wb.add_format({"border": 1})
    f_p = wb.add_format({"border": 1, "num_format": "0.0%"})
    ws.merge_range(0, 0, 0, 13, "令和8年度　自動車関連共済　新契約件数（北信越地連）", f_t)
    ws.write(1, 0, "12月末現在")
    ws.merge_range(3, 0, 5, 0, "県支部", f_h)
    for c0, prod in ((1, "じちろうマイカー共済"), (6, "車両損害補償")):
        ws.merge_range(3, c0, 3, c0 + 4, prod, f_h)
        ws.merge_range(4, c0, 4, c0 + 1, "目標", f_h)
        ws.write(5, c0, "月間", f_h)
        ws.write(5, c0 + 1, "年間", f_h)
        ws.merge_range(4, c0 + 2, 5, c0 + 2, "実績（累計）", f_h)
        ws.merge_range(4, c0 + 3, 5, c0 + 3, "前年同期", f_h)
        ws.merge_range(4, c0 + 4, 5, c0 + 4, "到達率", f_h)
    ws.merge_range(3, 11, 3, 13, "自賠責共済", f_h)
    for j, h in enumerate(("年間目標", "実績（累計）", "到達率")):
        ws.merge_range(4, 11 + j, 5, 11 + j, h, f_h)
    rows = [(b, F02_CAR[i], F02_DMG[i], F02_JIBAI[i]) for i, b in enumerate(F02_BRANCHES)]
    rows.append(("合計", F02_CAR_SUM, F02_DMG_SUM, F02_JIBAI_SUM))
    for i, (b, car, dmg, jib) in enumerate(rows):
        r = 6 + i
        fn = f_k if b == "合計" else f_n
        ws.write(r, 0, b, f_h if b == "合計" else f_s)
        for c0, q in ((1, car), (6, dmg)):
            m, y, a, prev = q
            ws.write_number(r, c0, m, fn)
            ws.write_number(r, c0 + 1, y, fn)
            ws.write_number(r, c0 + 2, a, fn)
            ws.write_number(r, c0 + 3, prev, fn)
            ws.write_number(r, c0 + 4, _rate(a, y), f_p)
        y, a = jib
        ws.write_number(r, 11, y, fn)
        ws.write_number(r, 12, a, fn)
        ws.write_number(r, 13, _rate(a, y), f_p)
    ws.write(12, 0, "※到達率は年間目標に対する割合です。月間目標は年間目標の12分の1（端数切上げ）。")
    ws.set_column(0, 0, 10)
    ws.set_column(1, 13, 8)
    ws.set_column(4, 4, None, None, {"hidden": True})
    ws.set_column(9, 9, None, None, {"hidden": True})
    wb.close()


# =====================================================================
# 03  九州地連: 目標 over 「当初｜修正後」, one product per sheet
# =====================================================================
F03_BRANCHES = ["福岡", "佐賀", "長崎", "熊本", "大分", "宮崎", "鹿児島", "沖縄"]
F03 = {  # sheet: (full name, as-of caption, rows (当初, 修正後 or None, 実績), 九州計 (当初, 修正後, 実績))
    "団生": ("団体生命共済", "令和8年11月末現在",
            [(480, 450, 455), (140, None, 132), (200, 210, 205), (250, None, 251),
             (190, None, 160), (165, 150, 148), (225, None, 200), (160, 170, 120)],
            (1810, 1785, 1671)),
    "マイカー": ("じちろうマイカー共済", "令和8年11月末現在",
             [(1100, None, 720), (300, 280, 281), (420, None, 300), (520, 500, 410),
              (380, None, 390), (330, None, 190), (450, 430, 300), (350, None, 210)],
             (3850, 3790, 2801)),
    "火災": ("火災共済", "令和8年10月末現在",
           [(90, None, 60), (25, None, 26), (35, 30, 30), (45, None, 33),
            (30, None, 18), (28, None, 20), (40, None, 29), (22, 25, 23)],
           (315, 313, 239)),
}


def build_03(path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for sheet, (prod, asof, rows, total) in F03.items():
        ws = wb.create_sheet(sheet)
        ws.merge_cells("A1:F1")
        ws["A1"] = f"令和8年度　{prod}　新契約件数（九州地連）"
        ws["A1"].font = Font(bold=True, size=14)
        ws["A1"].alignment = Alignment(horizontal="center")
        ws["A2"] = asof
        ws.merge_cells("A4:A5")
        ws["A4"] = "県支部"
        ws.merge_cells("B4:C4")
        ws["B4"] = "目標"
        ws["B5"] = "当初"
        ws["C5"] = "修正後"
        for col, h in zip("DEF", ("実績", "到達率", "備考")):
            ws.merge_cells(f"{col}4:{col}5")
            ws[f"{col}4"] = h
        for i, b in enumerate(F03_BRANCHES):
            r = 6 + i
            first, revised, a = rows[i]
            ws.cell(r, 1, b)
            ws.cell(r, 2, first)
            if revised is not None:
                ws.cell(r, 3, revised)
                ws.cell(r, 6, "10/15 目標修正")
            ws.cell(r, 4, a)
            ws.cell(r, 5, _rate(a, revised if revised is not None else first)).number_format = "0.0%"
        r = 6 + len(F03_BRANCHES)
        ws.cell(r, 1, "九州計")
        ws.cell(r, 2, total[0])
        ws.cell(r, 3, total[1])
        ws.cell(r, 4, total[2])
        ws.cell(r, 5, _rate(total[2], total[1])).number_format = "0.0%"
        _box(ws, 4, r, 6, {4, 5}, PatternFill("solid", fgColor="FCE4D6"))
        ws.cell(r + 2, 1, "※修正後の欄が空欄の県支部は当初目標のまま")
        ws.cell(r + 3, 1, "※到達率は修正後の目標で計算")
        ws.column_dimensions["A"].width = 10
        ws.column_dimensions["F"].width = 16
    wb.save(path)


# =====================================================================
# 04  中国地連: 実績 over 「1月末速報｜12月末確定」
# =====================================================================
F04_BRANCHES = [("33", "岡山"), ("34", "広島"), ("35", "鳥取"), ("36", "島根"), ("37", "山口")]
F04_LIFE = [(320, 312, 290), (440, 445, 420), (130, 128, 121), (150, 150, 139), (220, "２０９", 197)]  # (目標, 1月末速報, 12月末確定)
F04_LIFE_SUM = (1260, 1244, 1167)
F04_CAR = [(900, 690, 610), (1250, 1010, 905), (350, 352, 300), (380, 301, 270), (600, 540, 470)]
F04_CAR_SUM = (3480, 2893, 2555)
F04_LONG = [(40, 31), (60, 61), (15, 9), (18, 18), (30, 22)]  # (目標, 実績) 12月末確定
F04_LONG_SUM = (163, 141)


def build_04(path: Path) -> None:
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("中国地連")
    f_t = wb.add_format({"bold": True, "font_size": 14})
    f_h = wb.add_format({"bold": True, "border": 1, "align": "center", "valign": "vcenter",
                         "bg_color": "#FFF2CC", "text_wrap": True})
    f_n = wb.add_format({"border": 1, "num_format": "#,##0"})
    f_r = wb.add_format({"border": 1, "align": "right"})
    f_s = wb.add_format({"border": 1})
    f_p = wb.add_format({"border": 1, "num_format": "0.0%"})
    ws.write(0, 0, "令和8年度　新契約件数　中国地連", f_t)
    ws.write(0, 10, "令和9年2月4日　中国地連事務局")
    ws.merge_range(2, 0, 4, 0, "コード", f_h)
    ws.merge_range(2, 1, 4, 1, "県支部", f_h)
    for c0, prod in ((2, "団体生命共済"), (6, "じちろうマイカー共済")):
        ws.merge_range(2, c0, 2, c0 + 3, prod, f_h)
        ws.merge_range(3, c0, 4, c0, "目標", f_h)
        ws.merge_range(3, c0 + 1, 3, c0 + 2, "実績", f_h)
        ws.write(4, c0 + 1, "1月末速報", f_h)
        ws.write(4, c0 + 2, "12月末確定", f_h)
        ws.merge_range(3, c0 + 3, 4, c0 + 3, "到達率", f_h)
    ws.merge_range(2, 10, 2, 12, "長期共済", f_h)
    for j, h in enumerate(("目標", "実績", "到達率")):
        ws.merge_range(3, 10 + j, 4, 10 + j, h, f_h)
    rows = [(code, b, F04_LIFE[i], F04_CAR[i], F04_LONG[i]) for i, (code, b) in enumerate(F04_BRANCHES)]
    rows.append(("", "中国計", F04_LIFE_SUM, F04_CAR_SUM, F04_LONG_SUM))
    for i, (code, b, life, car, lng) in enumerate(rows):
        r = 5 + i
        ws.write_string(r, 0, code, f_s)
        ws.write_string(r, 1, b, f_s)
        for c0, q in ((2, life), (6, car)):
            t, quick, fixed = q
            ws.write_number(r, c0, t, f_n)
            if isinstance(quick, str):
                ws.write_string(r, c0 + 1, quick, f_r)
            else:
                ws.write_number(r, c0 + 1, quick, f_n)
            ws.write_number(r, c0 + 2, fixed, f_n)
            ws.write_number(r, c0 + 3, _rate(quick, t), f_p)
        t, a = lng
        ws.write_number(r, 10, t, f_n)
        ws.write_number(r, 11, a, f_n)
        ws.write_number(r, 12, _rate(a, t), f_p)
    ws.write(12, 0, "※到達率は1月末速報で計算")
    ws.write(13, 0, "※長期共済は12月末確定")
    ws.set_column(0, 0, 6)
    ws.set_column(1, 1, 10)
    ws.set_column(2, 12, 9)
    memo = wb.add_worksheet("メモ")
    memo.write(0, 0, "作業メモ")
    memo.write(1, 0, "・確定値は本部の集計システムの数字（前月末）")
    memo.write(2, 0, "・速報値は各県支部からのメール報告を転記")
    memo.write(3, 0, "・山口県支部は速報を全角で入力（要確認）")
    wb.close()


# =====================================================================
# 05  北海道・東北ブロック: 契約区分 新規 / 切替 / 継続 / 合計(継続込み)
# =====================================================================
F05_BRANCHES = ["北海道", "青森", "岩手", "宮城"]
F05 = {  # 共済種目: per branch (目標件数, {契約区分: 件数}) -- 合計 = 新規+切替+継続, typed
    "じちろうマイカー共済": [
        (1500, {"新規": 820, "切替": 610, "継続": 5200, "合計": 6630}),
        (400, {"新規": 250, "切替": 160, "継続": 1300, "合計": 1710}),
        (420, {"新規": 230, "切替": 150, "継続": 1450, "合計": 1830}),
        (700, {"新規": 480, "切替": 230, "継続": 2400, "合計": 3110}),
    ],
    "火災共済": [
        (300, {"新規": 240, "継続": 2100, "合計": 2340}),
        (60, {"新規": 61, "継続": 410, "合計": 471}),
        (65, {"新規": 50, "継続": 480, "合計": 530}),
        (110, {"新規": 98, "継続": 760, "合計": 858}),
    ],
    "自然災害共済": [
        (200, {"新規": 150, "継続": 900, "合計": 1050}),
        (45, {"新規": 30, "継続": 200, "合計": 230}),
        (50, {"新規": 52, "継続": 260, "合計": 312}),
        (80, {"新規": 66, "継続": 410, "合計": 476}),
    ],
}


def build_05(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "データ"
    ws["A1"] = "帳票名"
    ws["B1"] = "新契約件数　契約区分別一覧"
    ws["A2"] = "集計年月"
    ws["B2"] = "2026年12月"
    ws["A3"] = "出力日"
    ws["B3"] = dt.datetime(2027, 1, 8)
    ws["B3"].number_format = "yyyy/m/d"
    ws["A4"] = "出力範囲"
    ws["B4"] = "北海道・東北ブロック"
    heads = ("県支部", "共済種目", "契約区分", "目標件数", "件数")
    for j, h in enumerate(heads):
        ws.cell(6, 1 + j, h)
    r = 7
    for prod, per_branch in F05.items():
        for b, (target, parts) in zip(F05_BRANCHES, per_branch):
            for kind, n in parts.items():
                ws.cell(r, 1, b)
                ws.cell(r, 2, prod)
                ws.cell(r, 3, kind)
                ws.cell(r, 4, target)
                ws.cell(r, 5, n)
                r += 1
    _box(ws, 6, r - 1, 5, {6}, PatternFill("solid", fgColor="D9D9D9"))
    ws.cell(r + 1, 1, "※継続＝更新契約")
    ws.column_dimensions["B"].width = 22
    wb.save(path)


# =====================================================================
# 06  関東甲信地連: long export 区分 目標 / 当月 / 累計, 件数
# =====================================================================
F06_BRANCHES = [("10", "群馬"), ("11", "栃木"), ("12", "茨城"), ("13", "埼玉"), ("17", "山梨"), ("18", "長野")]
F06 = {  # (種目CD, 共済種目): per branch (目標, 当月, 累計)
    ("01", "団体生命共済"): [(230, 18, 221), (220, 25, 224), (310, 30, 289), (420, 41, 421), (145, 9, 120),
                        (250, 22, 238)],
    ("11", "交通災害共済"): [(20, 2, 17), (15, 1, 15), (30, 4, 26), (40, 3, 33), (10, 0, 11), (20, 2, 14)],
}


def build_06(path: Path) -> None:
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("抽出データ")
    f_h = wb.add_format({"bold": True, "border": 1, "bg_color": "#D9D9D9"})
    f_s = wb.add_format({"border": 1})
    f_n = wb.add_format({"border": 1, "num_format": "#,##0"})
    ws.write(0, 0, "新契約件数　区分別データ（関東甲信地連）")
    ws.write(1, 0, "抽出条件：令和8年度　2027年1月分")
    for j, h in enumerate(("集計年月", "県支部CD", "県支部名", "種目CD", "共済種目", "区分", "件数")):
        ws.write(3, j, h, f_h)
    r = 4
    for code, b in F06_BRANCHES:
        for (pcd, prod), per_branch in F06.items():
            t, month, cum = per_branch[[x[1] for x in F06_BRANCHES].index(b)]
            for kind, n in (("目標", t), ("当月", month), ("累計", cum)):
                ws.write_number(r, 0, 202701, f_s)
                ws.write_string(r, 1, code, f_s)
                ws.write_string(r, 2, b, f_s)
                ws.write_string(r, 3, pcd, f_s)
                ws.write_string(r, 4, prod, f_s)
                ws.write_string(r, 5, kind, f_s)
                ws.write_number(r, 6, n, f_n)
                r += 1
    ws.write(r + 1, 0, "データ件数：36")
    ws.set_column(3, 3, None, None, {"hidden": True})
    ws.set_column(4, 4, 16)
    cond = wb.add_worksheet("条件")
    f_d = wb.add_format({"num_format": "yyyy/m/d h:mm"})
    cond.write(0, 0, "抽出日時")
    cond.write_datetime(0, 1, dt.datetime(2027, 2, 3, 10, 15), f_d)
    cond.write(1, 0, "対象年度")
    cond.write(1, 1, "令和8年度")
    cond.write(2, 0, "対象地連")
    cond.write(2, 1, "関東甲信地連")
    cond.write(3, 0, "区分")
    cond.write(3, 1, "目標＝年間目標、当月＝1月の件数、累計＝6月からの累計")
    cond.set_column(1, 1, 40)
    wb.close()


# =====================================================================
# 07  四国地連: 「前月までの累計｜当月」 and no 累計
# =====================================================================
F07_BRANCHES = ["徳島", "香川", "愛媛", "高知"]  # JIS order
F07 = {  # product: per branch (目標, 前月までの累計, 当月); 四国計 typed
    "団体生命共済": ([(160, 140, 21), (180, 150, 18), (260, 230, 30), (120, 95, 12)], (720, 615, 81)),
    "じちろうマイカー共済": ([(400, 300, 45), (420, 370, 52), (650, 520, 61), (300, 250, 38)], (1770, 1440, 196)),
    "こども保障満期金付きタイプ": ([(8, 6, 1), (10, 8, 2), (12, 9, 0), (6, 5, 1)], (36, 28, 4)),
}


def build_07(path: Path) -> None:
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("12月分")
    f_t = wb.add_format({"bold": True, "font_size": 13})
    f_h = wb.add_format({"bold": True, "border": 1, "align": "center", "valign": "vcenter",
                         "bg_color": "#DDEBF7", "text_wrap": True})
    f_n = wb.add_format({"border": 1, "num_format": '#,##0"件"'})
    f_k = wb.add_format({"border": 1, "num_format": '#,##0"件"', "bold": True})
    f_s = wb.add_format({"border": 1})
    f_p = wb.add_format({"border": 1, "num_format": "0.0%"})
    ws.write(0, 0, "令和8年度　新契約件数報告（12月分）　四国地連", f_t)
    ws.write(1, 0, "令和8年12月末現在")
    ws.merge_range(3, 0, 4, 0, "県支部", f_h)
    for k, (prod, (rows, tot)) in enumerate(F07.items()):
        c0 = 1 + 4 * k
        ws.merge_range(3, c0, 3, c0 + 3, prod, f_h)
        for j, h in enumerate(("目標", "前月までの累計", "当月", "到達率")):
            ws.write(4, c0 + j, h, f_h)
        for i, b in enumerate(F07_BRANCHES + ["四国計"]):
            r = 5 + i
            t, before, month = rows[i] if i < len(rows) else tot
            if k == 0:
                ws.write(r, 0, b, f_h if b == "四国計" else f_s)
            fn = f_k if b == "四国計" else f_n
            ws.write_number(r, c0, t, fn)
            ws.write_number(r, c0 + 1, before, fn)
            ws.write_number(r, c0 + 2, month, fn)
            ws.write_number(r, c0 + 3, round((before + month) / t, 4), f_p)
    ws.write(11, 0, "※到達率＝（前月までの累計＋当月）÷目標")
    ws.set_column(0, 0, 9)
    ws.set_column(1, 12, 9)
    wb.close()


# =====================================================================
# 08  近畿地連: month-end running totals, one product per sheet
# =====================================================================
F08_BRANCHES = ["滋賀", "京都", "大阪", "兵庫", "奈良", "和歌山"]  # JIS order
F08 = {  # sheet: (full name, per branch (年間目標, [6月末, 7月末, ...] filled months only))
    "団体生命": ("団体生命共済", [
        (150, [12, 30, 51, 70, 92, 110, 128, 149]),
        (250, [20, 48, 80, 115, 150, 181, 214, 252]),
        (640, [55, 120, 190, 270, 350, 430, 520, 601]),
        (470, [40, 95, 150, 210, 280, 350, 420, 470]),
        (160, [10, 25, 44, 63, 80, 101, 120, 138]),
        (210, [18, 40, 66, 90, 118, 140, 171, 190]),
    ]),
    "火災": ("火災共済", [
        (40, [3, 8, 13, 19, 24, 30, 36]),
        (60, [5, 11, 20, 28, 37, 45, 52]),
        (150, [12, 28, 45, 64, 85, 104, 121]),
        (110, [10, 22, 36, 50, 66, 80, 95]),
        (45, [4, 9, 15, 22, 30, 38, 46]),
        (35, [2, 6, 10, 15, 19, 24, 28]),
    ]),
}
MONTHS = [6, 7, 8, 9, 10, 11, 12, 1, 2, 3, 4, 5]


def build_08(path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for sheet, (prod, rows) in F08.items():
        ws = wb.create_sheet(sheet)
        ws.merge_cells("A1:O1")
        ws["A1"] = f"令和8年度　{prod}　新契約件数の推移（近畿地連）"
        ws["A1"].font = Font(bold=True, size=14)
        ws["A2"] = "※各月末時点の6月からの累計件数"
        ws.merge_cells("A4:A5")
        ws["A4"] = "県支部"
        ws.merge_cells("B4:B5")
        ws["B4"] = "年間目標"
        ws.merge_cells("C4:N4")
        ws["C4"] = "累計件数（各月末）"
        for j, m in enumerate(MONTHS):
            ws.cell(5, 3 + j, f"{m}月末")
        ws.merge_cells("O4:O5")
        ws["O4"] = "到達率"
        for i, b in enumerate(F08_BRANCHES):
            r = 6 + i
            t, cums = rows[i]
            ws.cell(r, 1, b)
            ws.cell(r, 2, t)
            for j, v in enumerate(cums):
                ws.cell(r, 3 + j, v)
            ws.cell(r, 15, _rate(cums[-1], t)).number_format = "0.0%"
        last = 5 + len(F08_BRANCHES)
        _box(ws, 4, last, 15, {4, 5}, PatternFill("solid", fgColor="E2EFDA"))
        ws.column_dimensions["A"].width = 10
        for j in range(3, 15):
            ws.column_dimensions[L(j)].width = 6
    wb.save(path)


# =====================================================================
# 09  首都圏: 目標 over 「上期｜下期」
# =====================================================================
F09_BRANCHES = ["埼玉", "千葉", "東京", "神奈川"]  # JIS order
F09 = {  # product: per branch (上期, 下期, 実績), 首都圏計 typed
    "団体生命共済": ([(220, 200, 380), (180, 170, 352), (250, 230, 401), (230, 210, 441)], (880, 810, 1574)),
    "じちろう退職者団体生命共済": ([(25, 25, 44), ("２０", 20, 38), (30, 30, 61), (28, 27, 55)], (103, 102, 198)),
    "じちろうマイカー共済": ([(450, 420, 690), (400, 380, 700), (520, 510, 812), (480, 470, 760)],
                   (1850, 1780, 2962)),
}


def build_09(path: Path) -> None:
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("首都圏")
    f_t = wb.add_format({"bold": True, "font_size": 14})
    f_h = wb.add_format({"bold": True, "border": 1, "align": "center", "valign": "vcenter",
                         "bg_color": "#FCE4D6", "text_wrap": True})
    f_n = wb.add_format({"border": 1, "num_format": "#,##0"})
    f_r = wb.add_format({"border": 1, "align": "right"})
    f_k = wb.add_format({"border": 1, "num_format": "#,##0", "bold": True})
    f_s = wb.add_format({"border": 1})
    f_p = wb.add_format({"border": 1, "num_format": "0.0%"})
    ws.write(0, 0, "令和8年度　新契約件数（首都圏）", f_t)
    ws.write(1, 0, "令和9年1月末現在")
    ws.merge_range(2, 0, 4, 0, "県支部", f_h)
    for k, (prod, (rows, tot)) in enumerate(F09.items()):
        c0 = 1 + 4 * k
        ws.merge_range(2, c0, 2, c0 + 3, prod, f_h)
        ws.merge_range(3, c0, 3, c0 + 1, "目標", f_h)
        ws.write(4, c0, "上期", f_h)
        ws.write(4, c0 + 1, "下期", f_h)
        ws.merge_range(3, c0 + 2, 4, c0 + 2, "実績（累計）", f_h)
        ws.merge_range(3, c0 + 3, 4, c0 + 3, "年間到達率", f_h)
        for i, b in enumerate(F09_BRANCHES + ["首都圏計"]):
            r = 5 + i
            h1, h2, a = rows[i] if i < len(rows) else tot
            if k == 0:
                ws.write(r, 0, b, f_h if b == "首都圏計" else f_s)
            fn = f_k if b == "首都圏計" else f_n
            if isinstance(h1, str):
                ws.write_string(r, c0, h1, f_r)
            else:
                ws.write_number(r, c0, h1, fn)
            ws.write_number(r, c0 + 1, h2, fn)
            ws.write_number(r, c0 + 2, a, fn)
            ws.write_number(r, c0 + 3, round(a / (_num(h1) + h2), 4), f_p)
    ws.write(11, 0, "※上期は6～11月、下期は12～5月")
    ws.set_column(0, 0, 10)
    ws.set_column(1, 12, 8)
    wb.close()


# =====================================================================
# 10  自治労熊本県本部: its own report, no 県支部 column
# =====================================================================
F10 = [  # (共済名 as typed, 年間目標, 累計実績, 前年同期, 前年比)
    ("団体生命共済", 250, 238, 245, "△7"),
    ("退職者団生", 32, 34, 30, 4),
    ("マイカー共済", 520, 455, 470, "△15"),
    ("車両損害補償", 180, 181, 160, 21),
    ("自賠責共済", 140, 96, 110, "△14"),
    ("火災共済", 45, 40, 41, "△1"),
    ("自然災害共済", 30, 22, 25, "△3"),
    ("長期共済", 20, 20, 17, 3),
    ("交通災害共済", 15, 9, 12, "△3"),
]


def build_10(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "報告書"
    ws.merge_cells("A1:F1")
    ws["A1"] = "令和8年度　新契約件数報告書"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center")
    for r, (k, v) in enumerate((("県本部名", "自治労熊本県本部"), ("報告月", "令和9年1月末"),
                                ("作成日", "令和9年2月6日")), start=3):
        ws.cell(r, 1, k).border = BOX
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
        ws.cell(r, 2, v).border = BOX
    for j, h in enumerate(("共済名", "年間目標", "累計実績", "到達率", "前年同期", "前年比")):
        ws.cell(7, 1 + j, h)
    for i, (name, t, a, prev, diff) in enumerate(F10):
        r = 8 + i
        ws.cell(r, 1, name)
        ws.cell(r, 2, t)
        ws.cell(r, 3, a)
        ws.cell(r, 4, _rate(a, t)).number_format = "0.0%"
        ws.cell(r, 5, prev)
        ws.cell(r, 6, diff).alignment = Alignment(horizontal="right")
    last = 7 + len(F10)
    _box(ws, 7, last, 6, {7}, PatternFill("solid", fgColor="DDEBF7"))
    ws.cell(last + 2, 1, "※前年比は前年同期との差（△はマイナス）")
    ws.column_dimensions["A"].width = 16
    ws.column_dimensions["B"].width = 10
    guide = wb.create_sheet("記入要領")
    guide["A1"] = "記入要領"
    guide["A2"] = "1. 年間目標は県本部共済推進方針の目標件数を記入してください。"
    guide["A3"] = "2. 累計実績は6月からの累計を記入してください。"
    guide["A4"] = "3. 報告月の翌月10日までに地連へ提出してください。"
    wb.save(path)


# =====================================================================
# 11  東海地連: ORDINARY
# =====================================================================
F11_BRANCHES = ["静岡", "愛知", "岐阜", "三重"]
F11 = {  # product: per branch (目標, 実績, 前年比), 合計 typed
    "団体生命共済": ([(370, 352, -8), (560, 571, 23), (190, 176, -4), (210, 210, 6)], (1330, 1309, 17)),
    "じちろうマイカー共済": ([(800, 688, -30), (1200, 1045, 12), (450, 392, -11), (480, 431, 5)], (2930, 2556, -24)),
    "火災共済": ([(85, 86, 4), (130, 112, -9), (50, 41, -2), (55, 49, 0)], (320, 288, -7)),
    "交通災害共済": ([(25, 19, -1), (40, 40, 3), (15, 7, -5), (20, 12, 0)], (100, 78, -3)),
}
F11_NOTES = ["", "11/30 目標見直し済", "", ""]


def build_11(path: Path) -> None:
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("東海")
    f_t = wb.add_format({"bold": True, "font_size": 14, "align": "center"})
    f_h = wb.add_format({"bold": True, "border": 1, "align": "center", "valign": "vcenter",
                         "bg_color": "#EDEDED", "text_wrap": True})
    f_n = wb.add_format({"border": 1, "num_format": '#,##0"件"'})
    f_k = wb.add_format({"border": 1, "num_format": '#,##0"件"', "bold": True})
    f_d = wb.add_format({"border": 1, "num_format": '#,##0;"△"#,##0;0'})
    f_s = wb.add_format({"border": 1})
    f_p = wb.add_format({"border": 1, "num_format": "0.0%"})
    ncol = 1 + 4 * len(F11) + 1
    ws.merge_range(0, 0, 0, ncol - 1, "令和8年度　新契約件数（東海地連）", f_t)
    ws.write(1, 0, "令和8年12月末現在")
    ws.merge_range(3, 0, 4, 0, "県支部", f_h)
    for k, (prod, (rows, tot)) in enumerate(F11.items()):
        c0 = 1 + 4 * k
        ws.merge_range(3, c0, 3, c0 + 3, prod, f_h)
        for j, h in enumerate(("目標", "実績", "到達率", "前年比")):
            ws.write(4, c0 + j, h, f_h)
        for i, b in enumerate(F11_BRANCHES + ["合計"]):
            r = 5 + i
            t, a, d = rows[i] if i < len(rows) else tot
            if k == 0:
                ws.write(r, 0, b, f_h if b == "合計" else f_s)
            fn = f_k if b == "合計" else f_n
            ws.write_number(r, c0, t, fn)
            ws.write_number(r, c0 + 1, a, fn)
            ws.write_number(r, c0 + 2, _rate(a, t), f_p)
            ws.write_number(r, c0 + 3, d, f_d)
    ws.merge_range(3, ncol - 1, 4, ncol - 1, "備考", f_h)
    for i, note in enumerate(F11_NOTES + [""]):
        ws.write(5 + i, ncol - 1, note, f_s)
    ws.write(11, 0, "※前年比は前年同月末の実績との差")
    ws.set_column(0, 0, 9)
    ws.set_column(1, ncol - 2, 8)
    ws.set_column(ncol - 1, ncol - 1, 18)
    wb.close()


# =====================================================================
# 12  九州地連: ORDINARY, one-cell headings, hidden 前年度 column
# =====================================================================
F12_BRANCHES = ["福岡", "佐賀", "長崎", "熊本", "大分", "宮崎", "鹿児島", "沖縄"]
F12_LIFE = [(480, 470, 455), (140, 151, 138), (200, 180, 205), (250, 244, 260), (190, "１９３", 170),
            (165, 150, 149), (225, 225, 219), (160, 140, 131)]  # (目標, 実績, 前年度 hidden)
F12_JIBAI = [(300, 240), (80, 81), (110, 96), (150, 120), (100, 88), (90, 90), (130, 101), (100, 66)]
F12_PENSION = [(12, 7), (4, 4), (5, 2), (6, 3), (5, 1), (4, 0), (6, 6), (4, 1)]
F12_SUM = (1810, 1753, 1727, 1060, 882, 46, 24)
F12_CODES = ["42", "43", "44", "47", "45", "46", "48", "49"]


def build_12(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "R8新契約"
    ws["A1"] = "令和8年度　新契約件数（九州地連）"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "令和9年2月末現在"
    heads = ("県支部", "団生目標", "団生実績", "団生前年度", "自賠責目標", "自賠責実績",
             "税制適格年金目標", "税制適格年金実績")
    for j, h in enumerate(heads):
        ws.cell(4, 1 + j, h)
    for i, b in enumerate(F12_BRANCHES):
        r = 5 + i
        ws.cell(r, 1, b)
        t, a, prev = F12_LIFE[i]
        ws.cell(r, 2, t)
        c = ws.cell(r, 3, a)
        if isinstance(a, str):
            c.alignment = Alignment(horizontal="right")
        ws.cell(r, 4, prev)
        t, a = F12_JIBAI[i]
        ws.cell(r, 5, t)
        ws.cell(r, 6, a)
        t, a = F12_PENSION[i]
        ws.cell(r, 7, t)
        ws.cell(r, 8, a)
    r = 5 + len(F12_BRANCHES)
    ws.cell(r, 1, "九州計")
    for j, v in enumerate(F12_SUM):
        ws.cell(r, 2 + j, v)
    _box(ws, 4, r, 8, {4}, PatternFill("solid", fgColor="FFF2CC"))
    ws.column_dimensions["D"].hidden = True
    ws.column_dimensions["A"].width = 10
    for col in "BCEFGH":
        ws.column_dimensions[col].width = 12
    ws.cell(r + 2, 1, "※税制適格年金は新規加入のみ")
    lst = wb.create_sheet("県支部一覧")
    lst["A1"] = "県コード"
    lst["B1"] = "県支部"
    for i, (code, b) in enumerate(zip(F12_CODES, F12_BRANCHES)):
        lst.cell(2 + i, 1, code)
        lst.cell(2 + i, 2, b)
    wb.save(path)


FILES = {
    "01_東北地連_主要共済_件数人数.xlsx": build_01,
    "02_北信越地連_自動車共済_月間年間目標.xlsx": build_02,
    "03_九州地連_目標修正_商品別シート.xlsx": build_03,
    "04_中国地連_速報確定_月違い.xlsx": build_04,
    "05_北海道東北ブロック_契約区分別一覧.xlsx": build_05,
    "06_関東甲信地連_区分件数_抽出.xlsx": build_06,
    "07_四国地連_前月累計と当月.xlsx": build_07,
    "08_近畿地連_月末累計の推移.xlsx": build_08,
    "09_首都圏_目標上期下期.xlsx": build_09,
    "10_自治労熊本県本部_新契約件数報告書.xlsx": build_10,
    "11_東海地連_新契約件数_12月末.xlsx": build_11,
    "12_九州地連_新契約件数_2月末.xlsx": build_12,
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

    for n, p in build(Path(sys.argv[1] if len(sys.argv) > 1 else "legacy_contracts14_out")).items():
        print(p)
