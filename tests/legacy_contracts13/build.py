"""Thirteenth independent fixture set: 新契約件数 主要共済の実績 (Report B) workbooks
for FY2026 (令和8年度 = 2026-06 … 2027-05, June start) -- "A MEASURE GIVEN IN
SEVERAL COLUMNS, AND DASHES / NOTES".  After set 12 the reader learned five
rules: (1) 実績 (or 目標) merged over parts 「本人｜家族｜計」 / 「新規｜切替｜計」
-> the 計 column; (2) 「実績（速報）｜実績（確定）」 -> 確定 where present, else
速報; (3) a system export with a 契約区分 column of 新規 / 継続 rows -> only the
新規 rows; (4) a note 「※「－」は契約なし」 / 「－は0件」 -> 「－」 in a count is 0,
without such a note a dash is "none typed" (blank); (5) a yearless caption
「■ 実績は12月末現在（自賠責は11月末現在）」 with the year only in the title
「令和8年度」 -> the as-of month.  The files below test those rules in OTHER
shapes than set 12 and their near-misses, where a rule must NOT fire.

Built to MEASURE.  The helper who wrote it read DOMAIN.md (Report B), the
README usage of ``contracts recompute``, ``--help``, the scoring harness, the
docstrings of tests/test_legacy_contracts12.py and set 12's files as a format
model -- never the reader's code.  Every count and target of a 県支部 is a
literal typed below, and so are the typed total rows / columns (計, 九州計,
3共済計); cached rates (到達率) are decoration computed from the literals and
never a figure of this report.  The expected readings (typed by hand) are in
expected.py.  No person is named in the files.

FY arithmetic: 令和8年度 starts 2026-06, so 「11月末」 is 2026-11, 「12月末」
2026-12, 「1月末」 2027-01 and 「2月末」 2027-02.

Files (office / writer / shape; RULE = the rule it exercises, NEAR = a
near-miss where the rule must not fire)
----------------------------------------------------------------------
01_九州地連_男女別_本人家族別.xlsx -- XlsxWriter.  Sheet 「九州」.
    - 団体生命共済 「目標｜実績（男性｜女性｜合計）｜到達率」: 実績 = 合計.
    - じちろう退職者団体生命共済: BOTH 目標 and 実績 merged over 「本人｜家族｜計」:
      目標 = 計, 実績 = 計 (鹿児島: 本人 21 ≥ 本人目標 20 but 計 29 < 30).
    - 火災共済 plain, one 「－」 with the note 「※－印は実績0件を示す」 (0).
    - as-of in a caption 「●件数は1月末現在」 (no year; title 「令和8年度」):
      2027-01.  A 作成日 「令和9年2月3日作成」 at the top right is not the 時点.
    - a typed 九州計 row.  RULE 1 (合計, 目標 計), RULE 4 (phrasing), RULE 5.
02_東海北陸_マイカー車両_うち新規うち切替.xlsx -- openpyxl.  Sheet 「12月末」.
    - マイカー and 車両損害補償: 実績 merged over 「うち新規｜うち切替」 with NO
      total column.  The clerk's 到達率 formula is =(新規+切替)/目標 and the note
      says 切替 is a switch from another insurer: the new contracts are
      新規 + 切替 (the tool must at least SAY it summed, never silently take
      the first part).  団体生命共済 plain.  RULE 1 without 計.
    - 「令和8年12月末現在」 (year given).
03_中国地連_速報確報.xlsx -- openpyxl.  Sheet 「中国地連」.
    - 団体生命共済: 実績 merged over 「速報｜確報」 (the word 確報, not 確定);
      確報 blank for 岡山 and 山口 -> 速報 there.  島根's 確報 (149) is BELOW
      its 速報 (152) and its target (150): not an achiever.
    - じちろうマイカー共済 plain 「目標｜実績」 (no 速報 at all).
    - 自賠責共済 only 「実績（速報）」: that is the 実績.
    - 「令和9年1月末現在」 (2027-01).  RULE 2 in another wording, only on some
      products.
04_北海道東北_契約区分別_抽出.xlsx -- XlsxWriter.  Sheet 「抽出結果」.
    - a long system export 県支部CD｜県支部名｜共済種目｜契約区分｜目標件数｜件数;
      契約区分 新規 / 更新 (all products) and 切替 (マイカー only).  Metadata
      rows say 「※新契約件数＝新規＋切替（更新は含まない）」: 更新 rows are
      renewals, and マイカー's new contracts are 新規 + 切替.  目標 on the
      新規 rows only.  集計年月 202612.  RULE 3 with 更新 and 切替.
05_関東甲信越_県支部横_該当なし注記.xlsx -- openpyxl.  Sheet 「県支部別」.
    - TURNED: products down (区分 rows 目標｜実績｜到達率), 県支部 across, a
      計 column (typed).  「－」 in 実績 AND in 目標 cells, with the note
      「（注）表中の「－」は該当なし（0件）」: a dashed count is 0; a dashed
      target is "no target" (0 or blank, either accepted).
    - caption 「■ 実績は12月末現在（交通災害は11月末現在）」 under the title
      「令和8年度」: 2026-12, 交通災害共済 2026-11.  RULE 4 (phrasing), RULE 5.
06_近畿地連_未報告あり.xlsx -- XlsxWriter.  Sheet 「近畿」.
    - products across 「目標｜実績｜到達率」; the note 「※「－」は未報告（集計中）」:
      a dash is NOT 0 -- the 実績 is blank (奈良 all three, 和歌山 マイカー).
      滋賀's 自然災害 is a typed 0 (a real zero).  NEAR rule 4.
07_東北地連_3共済計_確定.xlsx -- openpyxl.  Sheet 「東北」.  ORDINARY.
    - products across 「目標｜実績｜到達率」 and a last group 「3共済計」 (typed
      sums, not a product, not the 実績 of anything), a 備考 column.
    - 確定 only in the title 「【令和8年12月末確定】」; 継続 only in a note
      「※継続（更新）契約は含みません」.  NEAR rules 1 (計), 2, 3.
08_首都圏_実績と内訳_速報.xlsx -- XlsxWriter.  Sheet 「首都圏」.  ORDINARY.
    - 団体生命共済 「目標｜実績｜内訳（本人｜家族）｜到達率」 and マイカー
      「目標｜実績｜うち切替｜到達率」: the 実績 is its own column; the breakdown
      beside it is not under 実績.  速報 only in the title 「12月末速報」.
    - caption 「■ 実績は令和8年12月末現在」 (year given).  NEAR rules 1, 2.
09_四国地連_県支部横2列.xlsx -- XlsxWriter.  Sheet 「四国」.  ORDINARY.
    - products down, each 県支部 a pair 「目標｜実績」 (name merged over two),
      a typed 四国計 pair.  Three 「－」 in 実績 and NO note anywhere: "none
      typed" (blank; a reader taking 0 is tolerated).  「令和9年2月末現在」
      (2027-02).  NEAR rule 4.
10_九州地連_加入区分別一覧.xlsx -- openpyxl.  Sheet 「一覧」.
    - a long hand-made list 県支部｜共済名｜加入区分｜目標｜実績 where 団体生命共済
      has a 本人 row and a 家族 row (both with 目標 and 実績) and 交通災害共済
      one row with 加入区分 blank.  本人 and 家族 are both new contracts: the
      県支部's figure is 本人 + 家族 (佐賀 148/145 achieves only on the sum).
      「令和8年11月末現在」 (2026-11).  NEAR rule 3 (a 区分 column whose values
      are not 新規 / 継続).
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


def _rate(a, t):
    """Cached 到達率 (decoration only)."""
    if t in (DASH, None, 0) or a is None:
        return DASH
    return round(_v(a) / t, 4)


def _box_header(ws, min_row, max_row, max_col, head_rows, fill):
    for row in ws.iter_rows(min_row=min_row, max_row=max_row, max_col=max_col):
        for c in row:
            c.border = BOX
            if c.row in head_rows:
                c.font = Font(bold=True)
                c.fill = fill
                c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)


# =====================================================================
# 01  九州: 実績 over 男性｜女性｜合計; 退職者 目標 and 実績 over 本人｜家族｜計
# =====================================================================
F01_BRANCHES = ["福岡", "佐賀", "長崎", "熊本", "大分", "宮崎", "鹿児島", "沖縄"]
F01_LIFE = [  # (目標, 男性, 女性, 合計)
    (480, 250, 212, 462), (140, 80, 63, 143), (200, 101, 88, 189), (250, 130, 118, 248),
    (190, 95, 97, 192), (165, 70, 66, 136), (225, 120, 99, 219), (160, 60, 71, 131),
]
F01_LIFE_SUM = (1810, 906, 814, 1720)
F01_RET = [  # (目標 本人, 家族, 計, 実績 本人, 家族, 計)
    (40, 20, 60, 38, 15, 53), (12, 6, 18, 13, 6, 19), (18, 8, 26, 10, 5, 15), (22, 10, 32, 25, 9, 34),
    (16, 8, 24, 12, 4, 16), (14, 6, 20, 9, 3, 12), (20, 10, 30, 21, 8, 29), (12, 6, 18, 7, 2, 9),
]
F01_RET_SUM = (154, 74, 228, 135, 52, 187)
F01_FIRE = [(90, 71), (25, 26), (35, 20), (45, 45), (30, 18), (28, DASH), (40, 33), (22, 9)]  # (目標, 実績)
F01_FIRE_SUM = (315, 222)


def build_01(path: Path) -> None:
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("九州")
    f_t = wb.add_format({"bold": True, "font_size": 14})
    f_h = wb.add_format({"bold": True, "border": 1, "align": "center", "valign": "vcenter", "bg_color": "#FCE4D6"})
    f_n = wb.add_format({"border": 1, "num_format": "#,##0"})
    f_r = wb.add_format({"border": 1, "align": "right"})
    f_k = wb.add_format({"border": 1, "num_format": "#,##0", "bold": True})
    f_s = wb.add_format({"border": 1})
    f_p = wb.add_format({"border": 1, "num_format": "0.0%"})
    ws.write(0, 0, "令和8年度　新契約件数（九州地連）", f_t)
    ws.write(0, 13, "令和9年2月3日作成")
    ws.write(1, 0, "●件数は1月末現在")
    ws.merge_range(3, 0, 5, 0, "県支部", f_h)
    # 団体生命共済 B..F
    ws.merge_range(3, 1, 3, 5, "団体生命共済", f_h)
    ws.merge_range(4, 1, 5, 1, "目標", f_h)
    ws.merge_range(4, 2, 4, 4, "実績", f_h)
    for j, h in enumerate(("男性", "女性", "合計")):
        ws.write(5, 2 + j, h, f_h)
    ws.merge_range(4, 5, 5, 5, "到達率", f_h)
    # じちろう退職者団体生命共済 G..M
    ws.merge_range(3, 6, 3, 12, "じちろう退職者団体生命共済", f_h)
    ws.merge_range(4, 6, 4, 8, "目標", f_h)
    ws.merge_range(4, 9, 4, 11, "実績", f_h)
    for j, h in enumerate(("本人", "家族", "計", "本人", "家族", "計")):
        ws.write(5, 6 + j, h, f_h)
    ws.merge_range(4, 12, 5, 12, "到達率", f_h)
    # 火災共済 N..P
    ws.merge_range(3, 13, 3, 15, "火災共済", f_h)
    for j, h in enumerate(("目標", "実績", "到達率")):
        ws.merge_range(4, 13 + j, 5, 13 + j, h, f_h)
    rows = [(b, F01_LIFE[i], F01_RET[i], F01_FIRE[i]) for i, b in enumerate(F01_BRANCHES)]
    rows.append(("九州計", F01_LIFE_SUM, F01_RET_SUM, F01_FIRE_SUM))
    for i, (b, life, ret, fire) in enumerate(rows):
        r = 6 + i
        ws.write(r, 0, b, f_h if b == "九州計" else f_s)
        t, m, w, s = life
        ws.write_number(r, 1, t, f_n)
        ws.write_number(r, 2, m, f_n)
        ws.write_number(r, 3, w, f_n)
        ws.write_number(r, 4, s, f_k)
        ws.write_number(r, 5, _rate(s, t), f_p)
        for j, x in enumerate(ret):
            ws.write_number(r, 6 + j, x, f_k if j in (2, 5) else f_n)
        ws.write_number(r, 12, _rate(ret[5], ret[2]), f_p)
        t, a = fire
        ws.write_number(r, 13, t, f_n)
        if a == DASH:
            ws.write_string(r, 14, DASH, f_r)
        else:
            ws.write_number(r, 14, a, f_n)
        ws.write_number(r, 15, _rate(a, t), f_p)
    ws.write(7 + len(rows), 0, "※－印は実績0件を示す")
    ws.write(8 + len(rows), 0, "※退職者団生の目標は本人・家族別に配分")
    ws.set_column(0, 0, 10)
    ws.set_column(1, 15, 7)
    wb.close()


# =====================================================================
# 02  東海北陸: 実績 over 「うち新規｜うち切替」 with no total
# =====================================================================
F02_BRANCHES = ["富山", "石川", "福井", "岐阜", "静岡", "愛知", "三重"]
F02_LIFE = [(165, 150), (175, 176), (120, 98), (190, 190), (370, 341), (560, 512), (210, 187)]  # (目標, 実績)
F02_SPLIT = {  # (目標, うち新規, うち切替)
    "じちろうマイカー共済": [(400, 210, 150), (420, 260, 170), (300, 180, 95), (450, 300, 120), (800, 470, 300),
                      (1200, 800, 420), (480, 290, 140)],
    "車両損害補償": [(150, 90, 40), (160, 100, 62), (110, 60, 30), (170, 120, 55), (300, 170, 95), (450, 280, 150),
               (180, 100, 60)],
}


def build_02(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "12月末"
    ws["A1"] = "令和8年度　新契約件数（東海北陸地連）"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "令和8年12月末現在"
    ws.merge_cells("A4:A6")
    ws["A4"] = "県支部"
    ws.merge_cells("B4:D4")
    ws["B4"] = "団体生命共済"
    for col, h in zip("BCD", ("目標", "実績", "到達率")):
        ws.merge_cells(f"{col}5:{col}6")
        ws[f"{col}5"] = h
    for c0, prod in ((5, "じちろうマイカー共済"), (9, "車両損害補償")):
        ws.merge_cells(start_row=4, start_column=c0, end_row=4, end_column=c0 + 3)
        ws.cell(4, c0, prod)
        ws.merge_cells(start_row=5, start_column=c0, end_row=6, end_column=c0)
        ws.cell(5, c0, "目標")
        ws.merge_cells(start_row=5, start_column=c0 + 1, end_row=5, end_column=c0 + 2)
        ws.cell(5, c0 + 1, "実績")
        ws.cell(6, c0 + 1, "うち新規")
        ws.cell(6, c0 + 2, "うち切替")
        ws.merge_cells(start_row=5, start_column=c0 + 3, end_row=6, end_column=c0 + 3)
        ws.cell(5, c0 + 3, "到達率")
    L = openpyxl.utils.get_column_letter
    for i, b in enumerate(F02_BRANCHES):
        r = 7 + i
        ws.cell(r, 1, b)
        t, a = F02_LIFE[i]
        ws.cell(r, 2, t)
        ws.cell(r, 3, a)
        ws.cell(r, 4, f"=C{r}/B{r}").number_format = "0.0%"
        for c0, prod in ((5, "じちろうマイカー共済"), (9, "車両損害補償")):
            t, new, sw = F02_SPLIT[prod][i]
            ws.cell(r, c0, t)
            ws.cell(r, c0 + 1, new)
            ws.cell(r, c0 + 2, sw)
            ws.cell(r, c0 + 3, f"=({L(c0 + 1)}{r}+{L(c0 + 2)}{r})/{L(c0)}{r}").number_format = "0.0%"
    last = 6 + len(F02_BRANCHES)
    _box_header(ws, 4, last, 12, {4, 5, 6}, PatternFill("solid", fgColor="FFF2CC"))
    ws.cell(last + 2, 1, "※切替は他社・他共済からの切替加入（到達率は新規と切替の合算で計算）")
    ws.column_dimensions["A"].width = 10
    wb.save(path)


# =====================================================================
# 03  中国: 実績 over 「速報｜確報」 (団生 only), 自賠責 「実績（速報）」 only
# =====================================================================
F03_BRANCHES = ["鳥取", "島根", "岡山", "広島", "山口"]
F03_LIFE = [(130, 125, 131), (150, 152, 149), (320, 301, None), (440, 420, 423), (220, 222, None)]  # (目標, 速報, 確報)
F03_CAR = [(300, 255), (350, 362), (700, 633), (950, 870), (500, 444)]  # (目標, 実績)
F03_JIBAI = [(200, 150), (230, 190), (450, 460), (600, 521), (320, 300)]  # (目標, 実績（速報）)


def build_03(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "中国地連"
    ws["A1"] = "令和8年度　新契約件数（中国地連）"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "令和9年1月末現在"
    ws.merge_cells("A4:A6")
    ws["A4"] = "県支部"
    ws.merge_cells("B4:E4")
    ws["B4"] = "団体生命共済"
    ws.merge_cells("B5:B6")
    ws["B5"] = "目標"
    ws.merge_cells("C5:D5")
    ws["C5"] = "実績"
    ws["C6"] = "速報"
    ws["D6"] = "確報"
    ws.merge_cells("E5:E6")
    ws["E5"] = "到達率"
    ws.merge_cells("F4:H4")
    ws["F4"] = "じちろうマイカー共済"
    ws.merge_cells("I4:K4")
    ws["I4"] = "自賠責共済"
    for col, h in zip("FGHIJK", ("目標", "実績", "到達率", "目標", "実績（速報）", "到達率")):
        ws.merge_cells(f"{col}5:{col}6")
        ws[f"{col}5"] = h
    for i, b in enumerate(F03_BRANCHES):
        r = 7 + i
        ws.cell(r, 1, b)
        t, quick, fixed = F03_LIFE[i]
        ws.cell(r, 2, t)
        ws.cell(r, 3, quick)
        if fixed is not None:
            ws.cell(r, 4, fixed)
        ws.cell(r, 5, f'=IF(D{r}="",C{r},D{r})/B{r}').number_format = "0.0%"
        t, a = F03_CAR[i]
        ws.cell(r, 6, t)
        ws.cell(r, 7, a)
        ws.cell(r, 8, f"=G{r}/F{r}").number_format = "0.0%"
        t, a = F03_JIBAI[i]
        ws.cell(r, 9, t)
        ws.cell(r, 10, a)
        ws.cell(r, 11, f"=J{r}/I{r}").number_format = "0.0%"
    last = 6 + len(F03_BRANCHES)
    _box_header(ws, 4, last, 11, {4, 5, 6}, PatternFill("solid", fgColor="FCE4D6"))
    ws.cell(last + 2, 1, "※確報が未着の県支部は速報値で計算しています")
    ws.cell(last + 3, 1, "※自賠責共済は速報値のみ")
    ws.column_dimensions["A"].width = 10
    wb.save(path)


# =====================================================================
# 04  北海道・東北: system export, 契約区分 新規 / 切替 / 更新
# =====================================================================
F04_BRANCHES = [("01", "北海道"), ("03", "青森"), ("04", "岩手"), ("05", "宮城"), ("06", "秋田")]
F04 = {  # 共済種目: per branch [(契約区分, 目標件数 or None, 件数)]
    "団体生命共済": [
        [("新規", 860, 801), ("更新", None, 9050)],
        [("新規", 200, 204), ("更新", None, 2100)],
        [("新規", 230, 219), ("更新", None, 2430)],
        [("新規", 320, 322), ("更新", None, 3300)],
        [("新規", 160, 140), ("更新", None, 1720)],
    ],
    "じちろうマイカー共済": [
        [("新規", 2100, 1300), ("切替", None, 640), ("更新", None, 15200)],
        [("新規", 420, 260), ("切替", None, 170), ("更新", None, 3900)],
        [("新規", 450, 250), ("切替", None, 150), ("更新", None, 4100)],
        [("新規", 800, 500), ("切替", None, 310), ("更新", None, 7000)],
        [("新規", 350, 200), ("切替", None, 110), ("更新", None, 3050)],
    ],
    "長期共済": [
        [("新規", 120, 98), ("更新", None, 640)],
        [("新規", 40, 41), ("更新", None, 210)],
        [("新規", 45, 30), ("更新", None, 230)],
        [("新規", 70, 70), ("更新", None, 400)],
        [("新規", 35, 22), ("更新", None, 180)],
    ],
}


def build_04(path: Path) -> None:
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("抽出結果")
    f_d = wb.add_format({"num_format": "yyyy/m/d h:mm"})
    f_h = wb.add_format({"bold": True, "bg_color": "#D9D9D9", "border": 1})
    ws.write(0, 0, "帳票名")
    ws.write(0, 1, "共済種目別　契約区分別　件数一覧")
    ws.write(1, 0, "集計年月")
    ws.write(1, 1, "2026年12月")
    ws.write(2, 0, "出力日時")
    ws.write_datetime(2, 1, dt.datetime(2027, 1, 6, 8, 30, 11), f_d)
    ws.write(3, 0, "注記")
    ws.write(3, 1, "※新契約件数＝新規＋切替（更新は含まない）")
    heads = ["集計年月", "県支部CD", "県支部名", "共済種目", "契約区分", "目標件数", "件数"]
    for j, h in enumerate(heads):
        ws.write(5, j, h, f_h)
    r = 6
    for bi, (code, name) in enumerate(F04_BRANCHES):
        for prod, per_branch in F04.items():
            for kind, t, n in per_branch[bi]:
                ws.write_string(r, 0, "202612")
                ws.write_string(r, 1, code)
                ws.write_string(r, 2, name)
                ws.write_string(r, 3, prod)
                ws.write_string(r, 4, kind)
                if t is not None:
                    ws.write_number(r, 5, t)
                ws.write_number(r, 6, n)
                r += 1
    ws.write(r + 1, 0, "出力件数")
    ws.write_number(r + 1, 1, 35)
    ws.set_column(0, 2, 10)
    ws.set_column(3, 3, 22)
    wb.close()


# =====================================================================
# 05  関東甲信越: turned table, 「－」 in 実績 and 目標, note 「該当なし（0件）」
# =====================================================================
F05_BRANCHES = ["茨城", "栃木", "群馬", "埼玉", "千葉", "東京", "神奈川", "新潟", "山梨", "長野"]
F05 = {  # product: ([(目標, 実績)] per branch, (計 目標, 計 実績))
    "団体生命共済": ([(310, 288), (220, 221), (230, 205), (420, 401), (350, 350), (480, 455), (440, 402), (290, 260),
                 (145, 131), (250, 238)], (3135, 2951)),
    "交通災害共済": ([(30, 22), (DASH, 3), (20, 21), (40, 31), (35, DASH), (DASH, DASH), (45, 40), (25, 25),
                (10, DASH), (20, 12)], (225, 154)),
    "こども保障満期金付きタイプ": ([(5, 2), (3, DASH), (3, 3), (6, 4), (5, 1), (8, 5), (7, 7), (4, DASH), (2, DASH),
                       (4, 2)], (47, 24)),
}


def build_05(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "県支部別"
    ws["A1"] = "令和8年度　新契約件数（関東甲信越地連）"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "■ 実績は12月末現在（交通災害は11月末現在）"
    heads = ["共済名", "区分"] + F05_BRANCHES + ["計"]
    for j, h in enumerate(heads):
        ws.cell(4, 1 + j, h)
    r = 5
    for prod, (rows, tot) in F05.items():
        ws.merge_cells(start_row=r, start_column=1, end_row=r + 2, end_column=1)
        ws.cell(r, 1, prod)
        for k, kind in enumerate(("目標", "実績", "到達率")):
            ws.cell(r + k, 2, kind)
        for i, (t, a) in enumerate(rows + [tot]):
            c = 3 + i
            ct = ws.cell(r, c, t)
            ca = ws.cell(r + 1, c, a)
            for cc in (ct, ca):
                if cc.value == DASH:
                    cc.alignment = Alignment(horizontal="right")
            rate = _rate(a, t)
            cr = ws.cell(r + 2, c, rate)
            if rate == DASH:
                cr.alignment = Alignment(horizontal="right")
            else:
                cr.number_format = "0.0%"
        r += 3
    _box_header(ws, 4, r - 1, 3 + len(F05_BRANCHES), {4}, PatternFill("solid", fgColor="DDEBF7"))
    ws.cell(r + 1, 1, "（注）表中の「－」は該当なし（0件）")
    ws.column_dimensions["A"].width = 16
    wb.save(path)


# =====================================================================
# 06  近畿: note 「－は未報告」: a dash is NOT 0
# =====================================================================
F06_BRANCHES = ["滋賀", "京都", "大阪", "兵庫", "奈良", "和歌山"]
F06 = {  # (目標, 実績)
    "団体生命共済": [(150, 151), (250, 231), (640, 598), (470, 470), (160, DASH), (210, 188)],
    "じちろうマイカー共済": [(370, 301), (620, 633), (1500, 1320), (1100, 987), (400, DASH), (350, DASH)],
    "自然災害共済": [(40, 0), (60, 41), (150, 152), (110, 73), (40, DASH), (35, 12)],
}


def build_06(path: Path) -> None:
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("近畿")
    f_t = wb.add_format({"bold": True, "font_size": 14})
    f_note = wb.add_format({"font_color": "#C00000", "bold": True})
    f_h = wb.add_format({"bold": True, "border": 1, "align": "center", "valign": "vcenter", "bg_color": "#E2EFDA"})
    f_n = wb.add_format({"border": 1, "num_format": "#,##0"})
    f_r = wb.add_format({"border": 1, "align": "right"})
    f_s = wb.add_format({"border": 1})
    f_p = wb.add_format({"border": 1, "num_format": "0.0%"})
    ws.write(0, 0, "令和8年度　新契約件数（近畿地連）　令和8年12月末現在", f_t)
    ws.write(1, 0, "※「－」は未報告（集計中）", f_note)
    ws.merge_range(3, 0, 4, 0, "県支部", f_h)
    for k, p in enumerate(F06):
        c0 = 1 + 3 * k
        ws.merge_range(3, c0, 3, c0 + 2, p, f_h)
        for j, h in enumerate(("目標", "実績", "到達率")):
            ws.write(4, c0 + j, h, f_h)
    for i, b in enumerate(F06_BRANCHES):
        r = 5 + i
        ws.write(r, 0, b, f_s)
        for k, (p, rows) in enumerate(F06.items()):
            c0 = 1 + 3 * k
            t, a = rows[i]
            ws.write_number(r, c0, t, f_n)
            if a == DASH:
                ws.write_string(r, c0 + 1, DASH, f_r)
                ws.write_string(r, c0 + 2, DASH, f_r)
            else:
                ws.write_number(r, c0 + 1, a, f_n)
                ws.write_number(r, c0 + 2, _rate(a, t), f_p)
    ws.set_column(0, 0, 10)
    ws.set_column(1, 9, 8)
    wb.close()


# =====================================================================
# 07  東北: ORDINARY; a 「3共済計」 group, 確定 in the title, 継続 in a note
# =====================================================================
F07_BRANCHES = ["青森", "岩手", "宮城", "秋田", "山形", "福島"]
F07 = {  # (目標, 実績)
    "団体生命共済": [(200, 190), (230, 233), (320, 300), (160, 160), (175, 150), (340, 318)],
    "火災共済": [(60, 45), (65, 50), (110, 115), (50, 31), (55, 40), (100, 88)],
    "自然災害共済": [(45, 30), (50, 52), (80, 66), (35, 20), (40, 22), (75, 61)],
}
F07_SUM3 = [(305, 265), (345, 335), (510, 481), (245, 211), (270, 212), (515, 467)]  # 3共済計 (目標, 実績), typed
F07_NOTE = {"秋田": "団生は12/20に目標達成", "宮城": "火災は12/28受付分まで"}


def build_07(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "東北"
    ws["A1"] = "令和8年度　新契約件数（東北地連）【令和8年12月末確定】"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A3:A4")
    ws["A3"] = "県支部"
    groups = list(F07) + ["3共済計"]
    for k, p in enumerate(groups):
        c0 = 2 + 3 * k
        ws.merge_cells(start_row=3, start_column=c0, end_row=3, end_column=c0 + 2)
        ws.cell(3, c0, p)
        for j, h in enumerate(("目標", "実績", "到達率")):
            ws.cell(4, c0 + j, h)
    cn = 2 + 3 * len(groups)
    ws.merge_cells(start_row=3, start_column=cn, end_row=4, end_column=cn)
    ws.cell(3, cn, "備考")
    for i, b in enumerate(F07_BRANCHES):
        r = 5 + i
        ws.cell(r, 1, b)
        vals = [F07[p][i] for p in F07] + [F07_SUM3[i]]
        for k, (t, a) in enumerate(vals):
            c0 = 2 + 3 * k
            ws.cell(r, c0, t)
            ws.cell(r, c0 + 1, a)
            ws.cell(r, c0 + 2, _rate(a, t)).number_format = "0.0%"
        if b in F07_NOTE:
            ws.cell(r, cn, F07_NOTE[b])
    last = 4 + len(F07_BRANCHES)
    _box_header(ws, 3, last, cn, {3, 4}, PatternFill("solid", fgColor="DDEBF7"))
    ws.cell(last + 2, 1, "※継続（更新）契約は含みません")
    ws.column_dimensions["A"].width = 10
    ws.column_dimensions[openpyxl.utils.get_column_letter(cn)].width = 24
    wb.save(path)


# =====================================================================
# 08  首都圏: ORDINARY; 実績 column plus a breakdown NOT under 実績; 速報 in the title
# =====================================================================
F08_BRANCHES = ["埼玉", "千葉", "東京", "神奈川"]
F08_LIFE = [(420, 405, 330, 75), (350, 362, 290, 72), (480, 470, 400, 70), (440, 441, 360, 81)]  # (目標, 実績, 本人, 家族)
F08_CAR = [(870, 702, 210), (780, 790, 260), (1030, 880, 300), (950, 901, 330)]  # (目標, 実績, うち切替)


def build_08(path: Path) -> None:
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("首都圏")
    f_t = wb.add_format({"bold": True, "font_size": 14})
    f_h = wb.add_format({"bold": True, "border": 1, "align": "center", "valign": "vcenter", "bg_color": "#D9E1F2",
                         "text_wrap": True})
    f_n = wb.add_format({"border": 1, "num_format": "#,##0"})
    f_i = wb.add_format({"border": 1, "num_format": "#,##0", "font_color": "#595959", "italic": True})
    f_s = wb.add_format({"border": 1})
    f_p = wb.add_format({"border": 1, "num_format": "0.0%"})
    ws.write(0, 0, "令和8年度　新契約件数　12月末速報（首都圏ブロック）", f_t)
    ws.write(1, 0, "■ 実績は令和8年12月末現在")
    ws.merge_range(3, 0, 5, 0, "県支部", f_h)
    ws.merge_range(3, 1, 3, 5, "団体生命共済", f_h)
    ws.merge_range(4, 1, 5, 1, "目標", f_h)
    ws.merge_range(4, 2, 5, 2, "実績", f_h)
    ws.merge_range(4, 3, 4, 4, "内訳", f_h)
    ws.write(5, 3, "本人", f_h)
    ws.write(5, 4, "家族", f_h)
    ws.merge_range(4, 5, 5, 5, "到達率", f_h)
    ws.merge_range(3, 6, 3, 9, "じちろうマイカー共済", f_h)
    for j, h in enumerate(("目標", "実績", "うち切替", "到達率")):
        ws.merge_range(4, 6 + j, 5, 6 + j, h, f_h)
    for i, b in enumerate(F08_BRANCHES):
        r = 6 + i
        ws.write(r, 0, b, f_s)
        t, a, me, fam = F08_LIFE[i]
        ws.write_number(r, 1, t, f_n)
        ws.write_number(r, 2, a, f_n)
        ws.write_number(r, 3, me, f_i)
        ws.write_number(r, 4, fam, f_i)
        ws.write_number(r, 5, _rate(a, t), f_p)
        t, a, sw = F08_CAR[i]
        ws.write_number(r, 6, t, f_n)
        ws.write_number(r, 7, a, f_n)
        ws.write_number(r, 8, sw, f_i)
        ws.write_number(r, 9, _rate(a, t), f_p)
    ws.write(7 + len(F08_BRANCHES), 0, "※内訳・うち切替は実績の内数")
    ws.set_column(0, 0, 10)
    ws.set_column(1, 9, 8)
    wb.close()


# =====================================================================
# 09  四国: ORDINARY; products down, 県支部 pairs 目標｜実績, dashes WITHOUT a note
# =====================================================================
F09_BRANCHES = ["徳島", "香川", "愛媛", "高知"]
F09 = {  # heading: ([(目標, 実績)] per branch, 四国計 (目標, 実績) typed)
    "団体生命共済": ([(90, 85), (105, 112), (190, 177), (80, 80)], (465, 454)),
    "退職者団体生命": ([(30, 21), (35, 30), (60, 62), (25, DASH)], (150, 113)),
    "長期共済": ([(20, 14), (22, 22), (40, 31), (15, 9)], (97, 76)),
    "税制適格年金": ([(10, DASH), (12, 5), (20, 21), (8, DASH)], (50, 26)),
}


def build_09(path: Path) -> None:
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("四国")
    f_t = wb.add_format({"bold": True, "font_size": 14})
    f_h = wb.add_format({"bold": True, "border": 1, "align": "center", "valign": "vcenter", "bg_color": "#EDEDED"})
    f_n = wb.add_format({"border": 1, "num_format": "#,##0"})
    f_r = wb.add_format({"border": 1, "align": "right"})
    f_s = wb.add_format({"border": 1})
    f_k = wb.add_format({"border": 1, "num_format": "#,##0", "bold": True})
    ws.write(0, 0, "令和8年度　新契約件数（四国地連）", f_t)
    ws.write(1, 0, "令和9年2月末現在")
    ws.merge_range(3, 0, 4, 0, "共済名", f_h)
    for k, b in enumerate(F09_BRANCHES + ["四国計"]):
        c0 = 1 + 2 * k
        ws.merge_range(3, c0, 3, c0 + 1, b, f_h)
        ws.write(4, c0, "目標", f_h)
        ws.write(4, c0 + 1, "実績", f_h)
    for i, (p, (rows, tot)) in enumerate(F09.items()):
        r = 5 + i
        ws.write(r, 0, p, f_s)
        for k, (t, a) in enumerate(rows + [tot]):
            c0 = 1 + 2 * k
            fmt = f_k if k == len(rows) else f_n
            ws.write_number(r, c0, t, fmt)
            if a == DASH:
                ws.write_string(r, c0 + 1, DASH, f_r)
            else:
                ws.write_number(r, c0 + 1, a, fmt)
    ws.set_column(0, 0, 16)
    ws.set_column(1, 10, 7)
    wb.close()


# =====================================================================
# 10  九州: long hand-made list with a 加入区分 column (本人 / 家族)
# =====================================================================
F10 = [  # (県支部, 共済名, 加入区分, 目標, 実績)
    ("福岡", "団体生命共済", "本人", 400, 380),
    ("福岡", "団体生命共済", "家族", 90, 101),
    ("福岡", "交通災害共済", None, 45, 47),
    ("佐賀", "団体生命共済", "本人", 120, 118),
    ("佐賀", "団体生命共済", "家族", 25, 30),
    ("佐賀", "交通災害共済", None, 12, 8),
    ("長崎", "団体生命共済", "本人", 170, 150),
    ("長崎", "団体生命共済", "家族", 35, 31),
    ("長崎", "交通災害共済", None, 16, 16),
    ("熊本", "団体生命共済", "本人", 210, 200),
    ("熊本", "団体生命共済", "家族", 45, 52),
    ("熊本", "交通災害共済", None, 22, 15),
]


def build_10(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "一覧"
    ws["A1"] = "令和8年度　新契約件数一覧（九州地連）"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "令和8年11月末現在"
    for j, h in enumerate(("県支部", "共済名", "加入区分", "目標", "実績")):
        ws.cell(4, 1 + j, h)
    for i, row in enumerate(F10):
        for j, v in enumerate(row):
            if v is not None:
                ws.cell(5 + i, 1 + j, v)
    last = 4 + len(F10)
    _box_header(ws, 4, last, 5, {4}, PatternFill("solid", fgColor="FCE4D6"))
    ws.cell(last + 2, 1, "※団体生命共済は本人加入・家族加入の別に記入")
    ws.column_dimensions["B"].width = 16
    wb.save(path)


FILES = {
    "01_九州地連_男女別_本人家族別.xlsx": build_01,
    "02_東海北陸_マイカー車両_うち新規うち切替.xlsx": build_02,
    "03_中国地連_速報確報.xlsx": build_03,
    "04_北海道東北_契約区分別_抽出.xlsx": build_04,
    "05_関東甲信越_県支部横_該当なし注記.xlsx": build_05,
    "06_近畿地連_未報告あり.xlsx": build_06,
    "07_東北地連_3共済計_確定.xlsx": build_07,
    "08_首都圏_実績と内訳_速報.xlsx": build_08,
    "09_四国地連_県支部横2列.xlsx": build_09,
    "10_九州地連_加入区分別一覧.xlsx": build_10,
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

    for n, p in build(Path(sys.argv[1] if len(sys.argv) > 1 else "legacy_contracts13_out")).items():
        print(p)
