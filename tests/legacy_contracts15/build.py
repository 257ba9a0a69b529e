"""Fifteenth independent fixture set: 新契約件数 主要共済の実績 (Report B) workbooks
for FY2026 (令和8年度 = 2026-06 … 2027-05, June start) -- "CHARACTERS".

Ordinary Report B tables (product blocks 目標｜実績｜率 over 県支部 rows, a long
list, per-product sheets, one-cell headings, HQ's published block form) whose
CHARACTERS are what real Japanese office PCs, Macs and phones produce:
full-width digits in counts and month captions, half-width katakana in
product names and headings, kanji numerals and era ligatures (㋿ ㍻) in
captions, spaced / NBSP / zero-width-space / BOM / IVS-selector 県支部 names,
NFD text from a Mac (combining dakuten), CR / CRLF inside heading cells, mixed
full / half-width brackets, colons and percent signs, minus signs − － ‐ ー
in counts (corrections), 「－」 dashes for "no contract", circled numbers as
footnote marks and in notes.

Built to MEASURE.  The helper who wrote it read DOMAIN.md (Report B), the
README usage of ``contracts recompute``, ``--help``, the scoring harness and
sets 13/14 as a format model -- never the reader's code.  Every 目標 / 実績 of a
県支部 is a literal typed below; typed 合計 / 計 rows are decoration (their
literals are the correct sums); cached rates are decoration.  The expected
readings, worked out by hand, are in expected.py.  No person is named.

FY arithmetic: 令和8年度 starts 2026-06, so 「11月末」 is 2026-11, 「12月末」
2026-12 and 「1月末」 2027-01.

Files (writer / shape / characters)
-----------------------------------
01_北海道東北_新契約件数_１２月末.xlsx -- openpyxl.  Sheet 「１２月末」 (full-width).
    県支部 down, product blocks 目標｜実績｜達成率 across (product name merged
    over the three).  Caption 「１２月末現在」 (full-width digits) under the
    title 「令和８年度…」.  Product 「ｼﾞﾁﾛｳ退職者団体生命共済」 in half-width kana.
    Headings 「目標（件）」「目標(件)」「実績（件）\\r\\n」「達成率(％）」「達成率（%）」.
    県支部 padded with ideographic spaces 「北　海　道」「青　森」.  Counts typed as
    text 「１,２05」(mixed) 「３１２」「４２０」…  A typed 「合　計」 row.
02_関東甲信越_ﾏｲｶｰ車両自賠責.xlsx -- XlsxWriter.  Sheet 「ﾏｲｶｰ・車両・自賠責」.
    A 「ﾌﾞﾛｯｸ」 column (北関東 / 南関東 / 甲信越, merged down) before 「県支部」;
    product blocks 「ｼﾞﾁﾛｳﾏｲｶｰ共済」「車両損害補償」「自賠責共済」 each 目標｜実績｜
    達成率.  県支部 「茨<U+E0100>城」 (IVS), 「東 京」, 「神奈川<NBSP>」, 「長<ZWSP>野」.
    車両 実績 「－」 (U+FF0D), 「―」 (U+2015), 「-」 for three 県支部 with the
    note 「※「－」は契約なし（0件）」 -> 0 (README).  「令和8年11月末現在」.
03_近畿地連_新契約件数_データ.xlsx (file name in NFD) -- openpyxl, as from a Mac.
    Sheets 「団生」「退職者団生」「こども」(NFD) 「自災」, one product each; titles
    「令和８年度　①じちろう退職者団体生命共済」 in NFD (combining dakuten),
    circled block numbers ①–④; as-of 「十二月末現在」 (kanji) and on 「こども」
    「令和八年十一月末現在」.  Headings 「目標\\r\\n件数」「実績\\r\\n件数」「到達率\\r」.
    県支部 「\\ufeff滋賀」 (BOM), 「大阪府」, 「兵 庫」, 「和歌山\\u3000」.  One count
    「57\\u200b」 (trailing zero-width space).
04_中国四国_ﾃﾞｰﾀ一覧.xlsx -- XlsxWriter.  Sheet 「ﾃﾞｰﾀ」: a long list 商品名｜県支部｜
    目標(件)｜実績（件）｜時点｜備考, one row per product × 県支部 and a 「計」 row
    per product.  時点 「㋿8年12月末」「令和８年１２月末」「㋿８年１１月末」
    「令和八年十二月」.  Product 「こども保障満期金付きﾀｲﾌﾟ」 (half-width kana).
    Corrections (備考 「前月計上分の取消」): 「−1」 (U+2212), 「－2」 (U+FF0D),
    「ー1」 (U+30FC, katakana prolonged sound mark: debatable), 「‐1」 (U+2010).
    県支部 「鳥取県」, 「広島\\n」, 「徳<U+E0100>島」, 「高　知」.
05_九州地連_新契約件数_LO保存.xlsx -- openpyxl, then saved through LibreOffice
    headless (falls back to the openpyxl file if soffice is missing).  Sheet
    「九州地連」.  Block layout; title 「令和８年度…」, caption 「㋿8年12月末現在」.
    Product 「ｼﾞﾁﾛｳ ﾏｲｶｰ共済」.  Counts 「１，０２２」 (full-width comma),
    「412①」 and 「330②」 (circled footnote marks, explained by notes
    「①…」「②…」 under the table), 自賠責 実績 「－」 for two 県支部 with NO note
    (README: blank, not 0).  Rates typed as text 「96.3％」「100.7%」.
06_東海北陸地連_新契約件数.xlsx -- XlsxWriter.  Sheet 「東海北陸」.  One-cell
    headings 「団生目標」「団生実績」「ﾏｲｶｰ\\r\\n目標」「ﾏｲｶｰ\\r\\n実績」「車両目標\\r」
    「車両実績」; caption 「集計時点：令和８年１２月末」 (full-width colon and
    digits); a footer 「様式：㍻30年度改定版」 (a form version, not a 時点);
    県支部 「富山県」… 「岐<U+E0100>阜県」; counts 「３２４」「９０２」.
07_関東地連_公表用.xlsx -- openpyxl.  Sheet 「公表用」: HQ's published form, blocks
    「（１）団体生命共済（２０２６年１２月）」「(２) ｼﾞﾁﾛｳ退職者団体生命共済 (2026年12月)」
    「（3）火災共済(２０２６年１１月)」 down the sheet, each 県支部｜目標｜実績｜
    到達率（％）｜ and a 「計」 row.  県支部 「東京都」「千　葉」「埼⽟」 (Kangxi
    radical ⽟ U+2F5F, README names it).
"""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import unicodedata
from pathlib import Path

import openpyxl
import xlsxwriter
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)

NFD = lambda s: unicodedata.normalize("NFD", s)  # noqa: E731
IVS = "\U000E0100"  # VARIATION SELECTOR-17
ZWSP = "\u200b"
NBSP = "\u00a0"
BOM = "\ufeff"
# openpyxl writes a raw CR that XML parsing turns into LF; Excel stores a CR in a cell as the
# OOXML escape _x000D_ (XlsxWriter does the same), so the openpyxl books type the escape itself.
CR = "_x000D_"
CRLF = "_x000D_\n"


def _v(x):
    """Decoration only: the number a clerk meant by a typed literal (for cached rates)."""
    if isinstance(x, (int, float)):
        return x
    s = unicodedata.normalize("NFKC", x.rstrip("①②"))
    s = s.replace(ZWSP, "").replace(BOM, "").replace(",", "")
    s = s.replace("\u2212", "-").replace("\u2010", "-").replace("\u30fc", "-")
    if s.strip() in ("-", "―", ""):
        return 0
    return int(s)


def _rate(a, t):
    t, a = _v(t), _v(a)
    if not t:
        return None
    return round(a / t, 4)


def _box(ws, min_row, max_row, max_col, head_rows, fill, min_col=1):
    for row in ws.iter_rows(min_row=min_row, max_row=max_row, min_col=min_col, max_col=max_col):
        for c in row:
            c.border = BOX
            if c.row in head_rows:
                c.font = Font(bold=True)
                c.fill = fill
                c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)


# =====================================================================
# 01  北海道・東北: full-width digits, half-width kana product, spaced names
# =====================================================================
F01_BRANCHES = ["北　海　道", "青　森", "岩　手", "宮　城", "秋　田", "山　形", "福　島"]
F01_LIFE = [("１,２05", 1180), (310, "３１２"), (280, 265), ("４２０", "４０１"), (150, 150), (200, "１８８"),
            (390, 402)]
F01_RET = [(95, "１０１"), (30, 28), (25, "２５"), (40, 33), (15, "１２"), (20, 21), (35, 30)]
F01_FIRE = [(140, 122), (45, "４６"), (40, 31), (60, "６０"), (20, 14), (30, 27), (55, 49)]
F01_SUM = ((2955, 2898), (260, 250), (390, 349))


def build_01(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "１２月末"
    ws.merge_cells("A1:J1")
    ws["A1"] = "令和８年度　主要共済　新契約件数（北海道・東北）"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws["A2"] = "１２月末現在"
    ws.merge_cells("A4:A5")
    ws["A4"] = "県支部"
    heads = [
        ("団体生命共済", ("目標（件）", "実績（件）" + CRLF, "達成率(％）")),
        ("ｼﾞﾁﾛｳ退職者団体生命共済", ("目標(件)", "実績(件)", "達成率（%）")),
        ("火災共済", ("目標（件）", "実績（件）", "達成率(％)")),
    ]
    for k, (prod, hs) in enumerate(heads):
        c0 = 2 + 3 * k
        ws.merge_cells(start_row=4, start_column=c0, end_row=4, end_column=c0 + 2)
        ws.cell(4, c0, prod)
        for j, h in enumerate(hs):
            ws.cell(5, c0 + j, h)
    for i, b in enumerate(F01_BRANCHES):
        r = 6 + i
        ws.cell(r, 1, b)
        for k, q in enumerate((F01_LIFE[i], F01_RET[i], F01_FIRE[i])):
            c0 = 2 + 3 * k
            t, a = q
            for j, x in enumerate((t, a)):
                c = ws.cell(r, c0 + j, x)
                if isinstance(x, str):
                    c.alignment = Alignment(horizontal="right")
            ws.cell(r, c0 + 2, _rate(a, t)).number_format = "0.0%"
    r = 6 + len(F01_BRANCHES)
    ws.cell(r, 1, "合　計")
    for k, (t, a) in enumerate(F01_SUM):
        c0 = 2 + 3 * k
        ws.cell(r, c0, t)
        ws.cell(r, c0 + 1, a)
        ws.cell(r, c0 + 2, _rate(a, t)).number_format = "0.0%"
        for j in range(3):
            ws.cell(r, c0 + j).font = Font(bold=True)
    _box(ws, 4, r, 10, {4, 5}, PatternFill("solid", fgColor="DDEBF7"))
    ws.cell(r + 2, 1, "※数値は１２月末現在の累計（件）。達成率＝実績÷目標")
    ws.column_dimensions["A"].width = 12
    wb.save(path)


# =====================================================================
# 02  関東甲信越: half-width kana, IVS / NBSP / ZWSP names, 「－」 with a note
# =====================================================================
F02_BRANCHES = ["群馬", "栃木", "茨" + IVS + "城", "埼玉", "東 京", "千葉", "神奈川" + NBSP, "山梨",
                "長" + ZWSP + "野", "新潟"]
F02_BLOCKS = [("北関東", 0, 3), ("南関東", 4, 6), ("甲信越", 7, 9)]  # (label, first row idx, last row idx)
F02_CAR = [(260, 248), (240, 251), (300, 287), (520, 466), (610, 633), (480, 422), (550, 501), (120, 118),
           (230, 230), (280, 241)]
F02_DMG = [(20, 14), (15, "－"), (25, 26), (40, 31), (50, 44), (35, "―"), (45, 47), (8, 8), (12, "-"),
           (18, 11)]
F02_JIBAI = [(30, 33), (25, 19), (35, 30), (60, 52), (70, 58), (50, 50), (65, 71), (10, 6), (25, 22), (30, 27)]
F02_SUM = ((3590, 3397), (268, 181), (400, 368))


def build_02(path: Path) -> None:
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("ﾏｲｶｰ・車両・自賠責")
    f_t = wb.add_format({"bold": True, "font_size": 14})
    f_h = wb.add_format({"bold": True, "border": 1, "align": "center", "valign": "vcenter",
                         "bg_color": "#E2EFDA", "text_wrap": True})
    f_n = wb.add_format({"border": 1})
    f_r = wb.add_format({"border": 1, "align": "right"})
    f_p = wb.add_format({"border": 1, "num_format": "0.0%"})
    f_b = wb.add_format({"border": 1, "valign": "vcenter"})
    ws.write(0, 0, "令和8年度　ｼﾞﾁﾛｳ自動車共済　新契約件数（関東甲信越地連）", f_t)
    ws.write(1, 0, "令和8年11月末現在")
    ws.merge_range(3, 0, 4, 0, "ﾌﾞﾛｯｸ", f_h)
    ws.merge_range(3, 1, 4, 1, "県支部", f_h)
    prods = ["ｼﾞﾁﾛｳﾏｲｶｰ共済", "車両損害補償", "自賠責共済"]
    for k, prod in enumerate(prods):
        c0 = 2 + 3 * k
        ws.merge_range(3, c0, 3, c0 + 2, prod, f_h)
        for j, h in enumerate(("目標", "実績", "達成率")):
            ws.write(4, c0 + j, h, f_h)
    for label, i0, i1 in F02_BLOCKS:
        ws.merge_range(5 + i0, 0, 5 + i1, 0, label, f_b)
    for i, b in enumerate(F02_BRANCHES):
        r = 5 + i
        ws.write_string(r, 1, b, f_n)
        for k, q in enumerate((F02_CAR[i], F02_DMG[i], F02_JIBAI[i])):
            c0 = 2 + 3 * k
            t, a = q
            ws.write_number(r, c0, t, f_n)
            if isinstance(a, str):
                ws.write_string(r, c0 + 1, a, f_r)
            else:
                ws.write_number(r, c0 + 1, a, f_n)
            ws.write_number(r, c0 + 2, _rate(a, t), f_p)
    r = 5 + len(F02_BRANCHES)
    ws.merge_range(r, 0, r, 1, "合計", f_h)
    for k, (t, a) in enumerate(F02_SUM):
        c0 = 2 + 3 * k
        ws.write_number(r, c0, t, f_n)
        ws.write_number(r, c0 + 1, a, f_n)
        ws.write_number(r, c0 + 2, _rate(a, t), f_p)
    ws.write(r + 2, 0, "※「－」は契約なし（0件）")
    ws.write(r + 3, 0, "※ﾏｲｶｰ・車両・自賠責とも11月末現在の累計です")
    ws.set_column(0, 0, 8)
    ws.set_column(1, 1, 10)
    wb.close()


# =====================================================================
# 03  近畿: NFD (a Mac), kanji month captions, CR / CRLF headings, one product per sheet
# =====================================================================
F03_FILE = NFD("03_近畿地連_新契約件数_データ.xlsx")
F03_BRANCHES = [BOM + "滋賀", "京都", "大阪府", "兵 庫", "奈良", "和歌山\u3000"]
F03 = [  # (sheet, title, as-of caption, rows (目標, 実績))
    ("団生", "令和８年度　②団体生命共済", "十二月末現在",
     [(150, 139), (260, 262), (540, 498), (430, 401), (140, 140), (110, 97)]),
    ("退職者団生", NFD("令和８年度　①じちろう退職者団体生命共済"), "十二月末現在",
     [(18, 17), (35, 38), (80, 71), (60, 60), (20, 15), (15, 16)]),
    (NFD("こども"), NFD("令和８年度　③こども保障満期金付きタイプ"), "令和八年十一月末現在",
     [(10, 12), (15, 9), (30, 24), (25, 25), (8, 5), (6, 7)]),
    ("自災", "令和８年度　④自然災害共済", "十二月末現在",
     [(40, 33), (55, "57" + ZWSP), (120, 104), (90, 88), (35, 36), (25, 19)]),
]
F03_SUMS = {"団生": (1630, 1537), "退職者団生": (228, 217), NFD("こども"): (94, 82), "自災": (365, 337)}


def build_03(path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for sheet, title, asof, rows in F03:
        ws = wb.create_sheet(sheet)
        ws["A1"] = title
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = asof
        ws["A2"].alignment = Alignment(horizontal="left")
        for j, h in enumerate(("県支部", "目標" + CRLF + "件数", "実績" + CRLF + "件数", "到達率" + CR, NFD("備考（メモ）"))):
            ws.cell(4, 1 + j, h)
        for i, b in enumerate(F03_BRANCHES):
            r = 5 + i
            t, a = rows[i]
            ws.cell(r, 1, b)
            ws.cell(r, 2, t)
            ws.cell(r, 3, a)
            ws.cell(r, 4, _rate(a, t)).number_format = "0.00%"
        r = 5 + len(F03_BRANCHES)
        t, a = F03_SUMS[sheet]
        ws.cell(r, 1, "計")
        ws.cell(r, 2, t)
        ws.cell(r, 3, a)
        ws.cell(r, 4, _rate(a, t)).number_format = "0.00%"
        _box(ws, 4, r, 5, {4}, PatternFill("solid", fgColor="FCE4D6"))
        ws.cell(r + 2, 1, NFD("※データは県支部からの報告（メール）による"))
        ws.column_dimensions["A"].width = 12
    wb.save(path)


# =====================================================================
# 04  中国四国: a long list, era ligatures, minus signs in corrections
# =====================================================================
F04_BRANCHES = ["鳥取県", "島根", "岡山", "広島\n", "山口", "徳" + IVS + "島", "香川", "愛媛", "高　知"]
F04 = [  # (product as typed, 時点 as typed, rows (目標, 実績), 計 (目標, 実績))
    ("長期共済", "㋿8年12月末",
     [(5, 3), (6, "\u22121"), (12, 10), (15, 16), (8, 4), (5, 5), (6, 2), (10, 7), (5, 0)], (72, 46)),
    ("税制適格年金", "令和８年１２月末",
     [(3, 4), (3, 1), (8, "８"), (10, 6), (4, "\uff0d2"), (3, 0), (4, 5), (5, 3), (3, 2)], (43, 27)),
    ("交通災害共済", "㋿８年１１月末",
     [(30, 27), (25, 26), (60, 48), (80, 77), (40, 40), (25, 18), (30, "\u30fc1"), (35, 29), (20, 21)], (345, 285)),
    ("こども保障満期金付きﾀｲﾌﾟ", "令和八年十二月",
     [(4, 5), (4, 3), (10, 8), (12, 12), (6, 4), (4, 2), (5, 5), (6, "\u20101"), (3, 1)], (54, 39)),
]


def build_04(path: Path) -> None:
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("ﾃﾞｰﾀ")
    f_h = wb.add_format({"bold": True, "border": 1, "bg_color": "#DDEBF7", "align": "center"})
    f_n = wb.add_format({"border": 1})
    f_r = wb.add_format({"border": 1, "align": "right"})
    f_k = wb.add_format({"border": 1, "bold": True})
    for j, h in enumerate(("商品名", "県支部", "目標(件)", "実績（件）", "時点", "備考")):
        ws.write(0, j, h, f_h)
    r = 1
    for prod, asof, rows, (st, sa) in F04:
        for i, b in enumerate(F04_BRANCHES):
            t, a = rows[i]
            ws.write_string(r, 0, prod, f_n)
            ws.write_string(r, 1, b, f_n)
            ws.write_number(r, 2, t, f_n)
            if isinstance(a, str):
                ws.write_string(r, 3, a, f_r)
            else:
                ws.write_number(r, 3, a, f_n)
            ws.write_string(r, 4, asof, f_n)
            neg = isinstance(a, str) and _v(a) < 0
            ws.write_string(r, 5, "前月計上分の取消" if neg else "", f_n)
            r += 1
        ws.write_string(r, 0, prod, f_k)
        ws.write_string(r, 1, "計", f_k)
        ws.write_number(r, 2, st, f_k)
        ws.write_number(r, 3, sa, f_k)
        ws.write_string(r, 4, asof, f_k)
        ws.write_string(r, 5, "", f_k)
        r += 1
    ws.write(r + 1, 0, "※実績は年度当初からの累計。取消により累計がマイナスになった県支部があります。")
    ws.set_column(0, 0, 26)
    ws.set_column(1, 1, 10)
    ws.set_column(4, 4, 16)
    ws.set_column(5, 5, 18)
    ws.autofilter(0, 0, r - 1, 5)
    wb.close()


# =====================================================================
# 05  九州: ㋿ caption, circled footnote marks, 「－」 with no note, saved by LibreOffice
# =====================================================================
F05_BRANCHES = ["福岡", "佐賀", "長崎", "熊本 ", "大分", "宮崎", "鹿児島", "沖縄"]
F05_LIFE = [(460, 447), (140, 141), (210, 188), (260, 262), (190, 170), (150, 150), (230, 201), (170, 133)]
F05_CAR = [(1100, "１，０２２"), (280, 290), (420, 377), (400, "412①"), (380, 366), ("330②", 331), (430, 398),
           (350, 301)]
F05_JIBAI = [(90, 84), (20, "－"), (35, 36), (40, 33), (30, 30), (25, 22), (40, 38), (25, "－")]
F05_SUM = ((1810, 1692), (3690, 3497), (305, 243))


def _pct_text(a, t, k):
    r = _rate(a, t)
    if r is None:
        return ""
    return f"{r * 100:.1f}" + ("％" if k % 2 == 0 else "%")


def _build_05_raw(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "九州地連"
    ws.merge_cells("A1:J1")
    ws["A1"] = "令和８年度　新契約件数（九州地連）"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "㋿8年12月末現在"
    ws.merge_cells("A4:A5")
    ws["A4"] = "県支部"
    for k, prod in enumerate(("団体生命共済", "ｼﾞﾁﾛｳ ﾏｲｶｰ共済", "自賠責共済")):
        c0 = 2 + 3 * k
        ws.merge_cells(start_row=4, start_column=c0, end_row=4, end_column=c0 + 2)
        ws.cell(4, c0, prod)
        for j, h in enumerate(("目標", "実績", "到達率")):
            ws.cell(5, c0 + j, h)
    for i, b in enumerate(F05_BRANCHES):
        r = 6 + i
        ws.cell(r, 1, b)
        for k, q in enumerate((F05_LIFE[i], F05_CAR[i], F05_JIBAI[i])):
            c0 = 2 + 3 * k
            t, a = q
            for j, x in enumerate((t, a)):
                c = ws.cell(r, c0 + j, x)
                if isinstance(x, str):
                    c.alignment = Alignment(horizontal="right")
            c = ws.cell(r, c0 + 2, _pct_text(a, t, i + k))
            c.alignment = Alignment(horizontal="right")
    r = 6 + len(F05_BRANCHES)
    ws.cell(r, 1, "九州計")
    for k, (t, a) in enumerate(F05_SUM):
        c0 = 2 + 3 * k
        ws.cell(r, c0, t)
        ws.cell(r, c0 + 1, a)
        ws.cell(r, c0 + 2, _pct_text(a, t, 0))
    _box(ws, 4, r, 10, {4, 5}, PatternFill("solid", fgColor="E2EFDA"))
    ws.cell(r + 2, 1, "①熊本のﾏｲｶｰ実績には12月28日受付分を含む")
    ws.cell(r + 3, 1, "②宮崎のﾏｲｶｰ目標は10月に修正済み")
    ws.column_dimensions["A"].width = 10
    wb.save(path)


def build_05(path: Path) -> None:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory(prefix="lc15-") as tmp:
        raw = Path(tmp) / "raw" / path.name
        raw.parent.mkdir()
        _build_05_raw(raw)
        if exe is None:
            shutil.copyfile(raw, path)
            return
        prof = Path(tmp) / "profile"
        prof.mkdir()
        outd = Path(tmp) / "lo"
        outd.mkdir()
        cmd = [exe, f"-env:UserInstallation={prof.as_uri()}", "--headless", "--norestore",
               "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(outd), str(raw)]
        try:
            subprocess.run(cmd, capture_output=True, timeout=180, env=dict(os.environ, HOME=str(prof)))
        except (OSError, subprocess.TimeoutExpired):
            pass
        got = outd / path.name
        shutil.copyfile(got if got.exists() else raw, path)


# =====================================================================
# 06  東海北陸: one-cell headings with half-width kana and CR / CRLF, ㍻ footer
# =====================================================================
F06_BRANCHES = ["富山県", "石川県", "福井県", "静岡県", "愛知県", "岐" + IVS + "阜県", "三重県"]
F06_LIFE = [(170, 163), (190, 195), (120, 111), (380, 352), (620, 640), (230, 230), (210, 188)]
F06_CAR = [(300, 271), (320, "３２４"), (210, 199), (600, 588), (950, "９０２"), (400, 401), (370, 333)]
F06_DMG = [(80, 66), (90, 91), (60, 60), (150, 132), (240, 215), (100, 87), (90, 94)]
F06_SUM = (1920, 1879, 3150, 3018, 810, 745)


def build_06(path: Path) -> None:
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("東海北陸")
    f_t = wb.add_format({"bold": True, "font_size": 14})
    f_h = wb.add_format({"bold": True, "border": 1, "align": "center", "valign": "vcenter",
                         "bg_color": "#FFF2CC", "text_wrap": True})
    f_n = wb.add_format({"border": 1, "num_format": "#,##0"})
    f_r = wb.add_format({"border": 1, "align": "right"})
    f_k = wb.add_format({"border": 1, "bold": True, "num_format": "#,##0"})
    ws.write(0, 0, "令和８年度　新契約件数（東海北陸地連）", f_t)
    ws.write(1, 0, "集計時点：令和８年１２月末")
    heads = ["県支部", "団生目標", "団生実績", "ﾏｲｶｰ\r\n目標", "ﾏｲｶｰ\r\n実績", "車両目標\r", "車両実績"]
    for j, h in enumerate(heads):
        ws.write(3, j, h, f_h)
    for i, b in enumerate(F06_BRANCHES):
        r = 4 + i
        ws.write_string(r, 0, b, f_n)
        vals = F06_LIFE[i] + F06_CAR[i] + F06_DMG[i]
        for j, x in enumerate(vals):
            if isinstance(x, str):
                ws.write_string(r, 1 + j, x, f_r)
            else:
                ws.write_number(r, 1 + j, x, f_n)
    r = 4 + len(F06_BRANCHES)
    ws.write_string(r, 0, "合計", f_k)
    for j, x in enumerate(F06_SUM):
        ws.write_number(r, 1 + j, x, f_k)
    ws.write(r + 2, 0, "※団生＝団体生命共済、ﾏｲｶｰ＝じちろうマイカー共済、車両＝車両損害補償")
    ws.write(r + 3, 0, "様式：㍻30年度改定版")
    ws.set_column(0, 0, 10)
    ws.set_column(1, 6, 9)
    ws.set_row(3, 30)
    wb.close()


# =====================================================================
# 07  関東: HQ's published block form with full-width / half-width brackets and digits
# =====================================================================
F07_BRANCHES = ["群馬", "栃木", "茨城", "埼⽟", "東京都", "千　葉", "神奈川", "山梨"]
F07 = [  # (block heading, rows (目標, 実績), 計)
    ("（１）団体生命共済（２０２６年１２月）",
     [(280, 266), (250, 258), (330, 301), (560, 560), (700, 652), (520, 477), (610, 634), (130, 111)], (3380, 3259)),
    ("(２) ｼﾞﾁﾛｳ退職者団体生命共済 (2026年12月)",
     [(30, 26), (25, 25), (35, 37), (60, 48), (80, 71), (55, 49), (70, 72), (12, 9)], (367, 337)),
    ("（3）火災共済(２０２６年１１月)",
     [(40, 41), (35, 29), (45, 45), (80, 66), (100, 93), (70, 58), (90, 81), (15, 16)], (475, 429)),
]


def build_07(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "公表用"
    ws["A1"] = "令和８年度　主要共済　新契約件数の状況（関東地連）"
    ws["A1"].font = Font(bold=True, size=14)
    r = 3
    for head, rows, (st, sa) in F07:
        ws.cell(r, 1, head).font = Font(bold=True)
        r += 1
        for j, h in enumerate(("県支部", "目標", "実績", "到達率（％）")):
            ws.cell(r, 1 + j, h)
        top = r
        r += 1
        for i, b in enumerate(F07_BRANCHES):
            t, a = rows[i]
            ws.cell(r, 1, b)
            ws.cell(r, 2, t)
            ws.cell(r, 3, a)
            ws.cell(r, 4, _rate(a, t)).number_format = "0.00%"
            r += 1
        ws.cell(r, 1, "計")
        ws.cell(r, 2, st)
        ws.cell(r, 3, sa)
        ws.cell(r, 4, _rate(sa, st)).number_format = "0.00%"
        _box(ws, top, r, 4, {top}, PatternFill("solid", fgColor="EDEDED"))
        r += 2
    ws.cell(r, 1, "※到達率は小数点第２位未満切り捨て")
    ws.column_dimensions["A"].width = 12
    wb.save(path)


FILES = {
    "01_北海道東北_新契約件数_１２月末.xlsx": build_01,
    "02_関東甲信越_ﾏｲｶｰ車両自賠責.xlsx": build_02,
    F03_FILE: build_03,
    "04_中国四国_ﾃﾞｰﾀ一覧.xlsx": build_04,
    "05_九州地連_新契約件数_LO保存.xlsx": build_05,
    "06_東海北陸地連_新契約件数.xlsx": build_06,
    "07_関東地連_公表用.xlsx": build_07,
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

    for n, p in build(Path(sys.argv[1] if len(sys.argv) > 1 else "legacy_contracts15_out")).items():
        print(p)
