"""Independent fixture set: 新契約件数 主要共済の実績 (Report B) workbooks typed
the way HQ staff and other offices actually keep them -- NOT the tool's
template (実績入力 / 商品設定).

Every number below is a literal typed here; the rates and totals that appear
*inside* the workbooks (typed 到達率 columns, 合計 rows, summary boxes) are
what a clerk would have typed or what Excel would have cached, and they are
often rounded instead of truncated: the reader must recompute them.
Expected readings are in expected.py (typed by hand, not produced by the tool).
``_`` below means a blank cell.

Files (writer / sheet / habits)
-------------------------------

01_全国_横並び_2025年1月.xlsx  -- XlsxWriter, sheet 「県支部別実績」, ALL 47 県支部.
    WIDE: 県支部 as rows (HQ order, 県コード typed as text 「01」…), products
    as column groups.  Row 4 the product name merged over its three columns,
    row 5 the as-of month merged the same way (「2025年1月末現在」, 交通災害共済
    「2024年12月末現在」), row 6 目標｜実績｜到達率; 県コード and 県支部 merged
    A4:A6 / B4:B6.  Row 2 says 「2025年2月作成」 (a creation date, not the as-of
    month).  到達率 are formulas ROUND(実績/目標,3) with cached values (rounded,
    not truncated).  A 全国計 row (SUM formulas, cached) under the 47 rows and
    a ※ note under it.  Traps: 秋田 団体生命 150/150 (exactly 100%), 山梨 長期
    3/2 (66.66%), 福井 交通災害 12/415 (3458.33%), 佐賀 交通災害 目標 blank
    with 実績 9, 沖縄 退職者 目標 0 with 実績 3, 高知 退職者 実績 blank.

02_関東甲信越_商品別シート.xlsx  -- XlsxWriter, one sheet per product.
    First sheet 「まとめ」 (商品｜時点｜目標｜実績｜到達率, cross-sheet formulas
    with cached values: block totals, not a branch table), then sheets named
    by ABBREVIATION: 団生, マイカー, 車両, 自賠責, 自然災害.  Each has a title
    row 「<商品> 新契約実績（2025年1月末現在）」, a block name row, headings
    県支部｜目標｜実績｜到達率｜備考 on row 4, ten 県支部 in JIS order (茨城 …
    長野, which is NOT the federation order), a 合計 row.  Habits: the 車両
    sheet's title has no product name (「新契約実績（2024年12月末現在）」: only the
    sheet name says 車両損害補償); the 自賠責 title gives the month in 和暦
    (「令和6年12月末現在」); the マイカー sheet writes names with suffixes
    (「茨城県」「東京都」); 到達率 formulas cached unrounded with a 0.0% format.
    Traps: 山梨 車両 目標 0 with 実績 5; 群馬 自賠責 240/240; 新潟 自然災害 3/2.

03_本部公表形式_四国九州.xlsx  -- openpyxl, sheet 「実績報告」.
    HQ's published shape stacked on one sheet: a heading per product
    「(1) 団体生命共済 (2025年1月)」「(3) じちろうマイカー共済 (2024年 12月)」
    「(11)交通災害共済 (2024年12月)」…, then the summary box (目標｜実績｜
    到達率｜目標達成県支部 with 「3,129 件」「67.95%」「1 県」 -- the rate typed
    ROUNDED), then 県支部｜目標｜実績｜到達率 for 12 県支部 (香川 … 沖縄).
    Number habits vary by block: numbers formatted #,##0" 件", text 「140 件」,
    text 「612件」, plain numbers, text 「5件」.  Six products.
    Traps: 福岡 交通災害 45/106 (235.55%), 佐賀 交通災害 18/990 (5500.00%),
    宮崎 こども 5/5 (100.00%).

04_北海道東北北陸_転置.xlsx  -- openpyxl, TRANSPOSED, three sheets.
    「目標」: products as rows written as abbreviations (団生, 退職者団生,
    マイカー, 車両, 自賠責, 火災, 自然災害, 長期, 税制適格, こども, 交災), ten
    県支部 as columns (short names), a 計 column (SUM formulas, no cache).
    「実績」: products written another way (団体生命, 退職者団体生命共済,
    じちろうマイカー, …, こども保障, 交通災害), 車両 and 自賠責 rows SWAPPED,
    an extra 時点 column before the branches, branch headings with 県 (青森県
    …), a 合計 column.  時点 typed in many ways: 「2025年1月」, 「2025/1」,
    「R6.12」, 「令和6年12月」, a real date 2024-12-31 shown 2024年12月末,
    「2024年12月末」, the NUMBER 2024.12, 「R7.1」.  「到達率」: formulas
    referring to the other two sheets (no cached values).  All 11 products.
    Traps: 福井 こども 目標 0 with 実績 2; 石川 交災 8/97 (1212.50%); 岩手 火災
    60/60; 山形 税制適格 6/4.

05_東海近畿ほか_縦長.xls  -- openpyxl then LibreOffice → .xls, sheet 「新契約」.
    A long table with legacy headings No.｜共済名｜県本部｜目標件数｜新契約件数｜
    集計月｜備考.  Three product blocks (自賠責 / 火災共済 / 税制適格年金), each
    followed by a 小計 row and a blank row, a 総計 row at the end.  共済名 only
    on a block's first row (blank below) in block 1, on every row in block 2,
    「〃」 below the first row in block 3 (集計月 too).  県本部 typed with the
    code in front and suffixes: 「01北海道」「14東京都」「16神奈川県本部」
    「27京都府」「30大阪府」; block 2 as 「14 東京都」 with a space.  Numbers as
    ints, 全角 text 「４４２」, 「355件」, 「1,500」, 「１，０２８」, 「５９１件」.
    集計月 「２０２４年１２月」 (全角), 「2024年12月」, 「2025年1月」.
    Traps: 大阪 自賠責 1500/1500; 奈良 火災 9/6 (66.66%).

06_PDF貼付_部首文字.xlsx  -- openpyxl, sheet 「Sheet1」.
    Text pasted from HQ's PDF: heading 「県⽀部」 (U+2F40), products 「⻑期共済」
    (U+2ED1), 「こども保障満期⾦付きタイプ」 (U+2FA6), 「交通災害」; branches
    「埼⽟」 (U+2F5F), 「⻑野」「⻑崎」 (U+2ED1).  Columns 商品｜時点｜県⽀部｜
    目標｜実績｜到達率; 商品 and 時点 only on each block's first row; numbers
    as text 「115 件」; 到達率 as text.  Blank row between blocks.
    Traps: ⻑野 長期 90/90; 鳥取 交通災害 11/160 (1454.54%); ⻑崎 こども 3/2.

07_近畿北陸_実績先.xlsx  -- XlsxWriter, sheet 「R6年度」.
    WIDE with the figures in a different order per product: 新契約件数｜
    目標件数｜達成率｜前年同期 (the 前年同期 column is last year's count and must
    not be read as 実績).  Product groups written 「団体生命」「じちろうマイカー」
    「退職者団体生命共済」「火災共済」.  Title 「令和6年度 新契約実績（2025年1月末
    現在）」 and a second line 「※じちろうマイカー共済は2024年12月末現在」.
    Rows in JIS order with subtotal rows 北陸計 (after 福井) and 近畿計 (after
    和歌山), a blank row and 合計.  Traps: 奈良 火災 目標 blank with 実績 3;
    福井 火災 4/47 (1175.00%); 奈良 団体生命 120/120; 滋賀 退職者 6/4.
"""
from __future__ import annotations

import datetime as dt
import shutil
import sys
import tempfile
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Font
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/: the shared LibreOffice helper
import lo  # noqa: E402

_ = None  # a blank cell

CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def _rounded_pct(a, t, places=2) -> str:
    """What a clerk's ROUND-based sheet shows (not HQ's truncation)."""
    return f"{a / t * 100:.{places}f}%"


# ---------------------------------------------------------------------------
# 01  全国 横並び (47 県支部 × 4 products)
# ---------------------------------------------------------------------------
F01_PRODUCTS = [
    ("団体生命共済", "2025年1月末現在"),
    ("じちろう退職者団体生命共済", "2025年1月末現在"),
    ("長期共済", "2025年1月末現在"),
    ("交通災害共済", "2024年12月末現在"),
]
F01_ROWS = [
    # 県コード, 県支部, 団体生命 目標, 実績, 退職者団生 目標, 実績, 長期 目標, 実績, 交通災害 目標, 実績
    ("01", "北海道", 126, 105, 65, 26, 132, 91, 13, 14),
    ("03", "青森", 89, 90, 172, 50, 110, 101, 107, 82),
    ("04", "岩手", 400, 429, 143, 54, 176, 65, 29, 23),
    ("05", "宮城", 347, 359, 172, 46, 134, 51, 199, 197),
    ("06", "秋田", 150, 150, 183, 27, 294, 130, 177, 151),
    ("07", "山形", 376, 175, 177, 72, 78, 29, 28, 16),
    ("08", "福島", 352, 303, 134, 48, 203, 200, 77, 38),
    ("09", "新潟", 216, 83, 162, 65, 213, 142, 23, 20),
    ("10", "群馬", 277, 244, 78, 33, 169, 99, 58, 63),
    ("11", "栃木", 219, 77, 123, 54, 219, 121, 96, 78),
    ("12", "茨城", 133, 97, 42, 9, 220, 161, 92, 103),
    ("13", "埼玉", 187, 200, 172, 56, 190, 124, 172, 95),
    ("14", "東京", 399, 175, 213, 21, 162, 144, 102, 94),
    ("15", "千葉", 314, 188, 175, 55, 89, 101, 106, 88),
    ("16", "神奈川", 329, 215, 42, 14, 104, 49, 96, 71),
    ("17", "山梨", 405, 201, 210, 45, 3, 2, 70, 55),
    ("18", "長野", 116, 98, 171, 42, 131, 69, 175, 136),
    ("19", "富山", 247, 130, 79, 34, 125, 108, 81, 65),
    ("20", "石川", 242, 267, 159, 58, 99, 76, 82, 98),
    ("21", "福井", 303, 117, 133, 47, 51, 56, 12, 415),
    ("22", "静岡", 259, 232, 97, 18, 45, 31, 27, 19),
    ("23", "愛知", 257, 211, 244, 39, 248, 77, 80, 43),
    ("24", "岐阜", 349, 211, 238, 64, 61, 44, 144, 147),
    ("25", "三重", 60, 38, 177, 67, 62, 56, 123, 55),
    ("26", "滋賀", 391, 176, 184, 69, 206, 224, 87, 100),
    ("27", "京都", 157, 145, 46, 18, 157, 100, 152, 178),
    ("28", "奈良", 257, 274, 238, 51, 100, 63, 101, 115),
    ("29", "和歌山", 416, 451, 186, 73, 272, 167, 142, 85),
    ("30", "大阪", 87, 50, 136, 28, 289, 210, 110, 52),
    ("32", "兵庫", 157, 139, 207, 82, 258, 224, 89, 55),
    ("33", "岡山", 243, 266, 102, 10, 307, 214, 61, 69),
    ("34", "広島", 380, 273, 66, 27, 62, 59, 108, 47),
    ("35", "鳥取", 191, 92, 162, 29, 314, 199, 200, 129),
    ("36", "島根", 93, 54, 157, 50, 46, 42, 156, 178),
    ("37", "山口", 298, 317, 146, 30, 195, 129, 118, 133),
    ("38", "香川", 363, 270, 106, 46, 107, 49, 27, 22),
    ("39", "徳島", 393, 317, 205, 30, 281, 247, 38, 19),
    ("40", "愛媛", 269, 285, 63, 26, 48, 46, 107, 73),
    ("41", "高知", 317, 273, 123, _, 293, 132, 110, 51),
    ("42", "福岡", 163, 108, 64, 24, 81, 83, 103, 55),
    ("43", "佐賀", 299, 218, 166, 35, 76, 28, _, 9),
    ("44", "長崎", 339, 323, 258, 89, 156, 175, 91, 53),
    ("45", "大分", 385, 243, 210, 70, 105, 70, 152, 101),
    ("46", "宮崎", 169, 92, 183, 36, 44, 29, 178, 87),
    ("47", "熊本", 295, 120, 159, 67, 82, 76, 103, 85),
    ("48", "鹿児島", 242, 163, 142, 63, 227, 198, 28, 16),
    ("49", "沖縄", 255, 241, 0, 3, 175, 127, 197, 84),
]


def build_01(path: Path) -> None:
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("県支部別実績")
    title = wb.add_format({"bold": True, "font_size": 14})
    head = wb.add_format({"bold": True, "align": "center", "valign": "vcenter",
                          "border": 1, "text_wrap": True, "bg_color": "#DDEBF7"})
    num = wb.add_format({"num_format": "#,##0", "border": 1})
    pct = wb.add_format({"num_format": "0.0%", "border": 1})
    txt = wb.add_format({"border": 1})
    tot = wb.add_format({"bold": True, "num_format": "#,##0", "border": 1, "bg_color": "#FFF2CC"})
    totp = wb.add_format({"bold": True, "num_format": "0.0%", "border": 1, "bg_color": "#FFF2CC"})
    ws.write(0, 0, "2024年度 新契約件数 主要共済の実績（県支部別）", title)
    ws.write(1, 0, "自治労共済推進本部　2025年2月作成")
    ws.merge_range(3, 0, 5, 0, "県コード", head)
    ws.merge_range(3, 1, 5, 1, "県支部", head)
    for g, (prod, asof) in enumerate(F01_PRODUCTS):
        c = 2 + 3 * g
        ws.merge_range(3, c, 3, c + 2, prod, head)
        ws.merge_range(4, c, 4, c + 2, asof, head)
        for k, h in enumerate(("目標", "実績", "到達率")):
            ws.write(5, c + k, h, head)
    first = 6
    for i, row in enumerate(F01_ROWS):
        r = first + i
        ws.write_string(r, 0, row[0], txt)
        ws.write_string(r, 1, row[1], txt)
        for g in range(len(F01_PRODUCTS)):
            c = 2 + 3 * g
            t, a = row[2 + 2 * g], row[3 + 2 * g]
            if t is None:
                ws.write_blank(r, c, None, num)
            else:
                ws.write_number(r, c, t, num)
            if a is None:
                ws.write_blank(r, c + 1, None, num)
            else:
                ws.write_number(r, c + 1, a, num)
            tc = f"{_col(c)}{r + 1}"
            ac = f"{_col(c + 1)}{r + 1}"
            cached = "" if not t else round((a or 0) / t, 3)
            ws.write_formula(r, c + 2, f'=IF(N({tc})=0,"",ROUND({ac}/{tc},3))', pct, cached)
    last = first + len(F01_ROWS) - 1
    r = last + 1
    ws.merge_range(r, 0, r, 1, "全国計", tot)
    for g in range(len(F01_PRODUCTS)):
        c = 2 + 3 * g
        ts = sum(row[2 + 2 * g] or 0 for row in F01_ROWS)
        as_ = sum(row[3 + 2 * g] or 0 for row in F01_ROWS)
        ws.write_formula(r, c, f"=SUM({_col(c)}{first + 1}:{_col(c)}{last + 1})", tot, ts)
        ws.write_formula(r, c + 1, f"=SUM({_col(c + 1)}{first + 1}:{_col(c + 1)}{last + 1})", tot, as_)
        ws.write_formula(r, c + 2, f"=ROUND({_col(c + 1)}{r + 1}/{_col(c)}{r + 1},3)", totp,
                         round(as_ / ts, 3))
    ws.write(r + 2, 0, "※交通災害共済の福井は契約移行分を新契約として計上しているため到達率が1000%を超えています。")
    ws.set_column(0, 0, 8)
    ws.set_column(1, 1, 10)
    ws.set_column(2, 13, 9)
    ws.freeze_panes(6, 2)
    wb.close()


def _col(c: int) -> str:
    from openpyxl.utils import get_column_letter
    return get_column_letter(c + 1)


# ---------------------------------------------------------------------------
# 02  関東甲信越 一商品一シート
# ---------------------------------------------------------------------------
# sheet name, canonical product (for the まとめ sheet), title, as-of for まとめ
F02_META = [
    ("団生", "団体生命共済", "団体生命共済 新契約実績（2025年1月末現在）", "2025年1月末"),
    ("マイカー", "じちろうマイカー共済", "じちろうマイカー共済 新契約実績（2024年12月末現在）", "2024年12月末"),
    ("車両", "車両損害補償", "新契約実績（2024年12月末現在）", "2024年12月末"),
    ("自賠責", "自賠責共済", "自賠責共済 新契約実績（令和6年12月末現在）", "令和6年12月末"),
    ("自然災害", "自然災害共済", "自然災害共済 新契約実績（2024年12月末現在）", "2024年12月末"),
]
# per sheet: 県支部, 目標, 実績, 備考
F02_SHEETS = {
    "団生": [
        ("茨城", 322, 250, _),
        ("栃木", 298, 286, _),
        ("群馬", 228, 199, _),
        ("埼玉", 413, 227, _),
        ("千葉", 278, 295, "達成"),
        ("東京", 149, 78, _),
        ("神奈川", 402, 304, _),
        ("新潟", 455, 344, _),
        ("山梨", 363, 266, _),
        ("長野", 404, 345, _),
    ],
    "マイカー": [
        ("茨城県", 548, 259, _),
        ("栃木県", 560, 227, _),
        ("群馬県", 573, 362, _),
        ("埼玉県", 394, 336, _),
        ("千葉県", 641, 347, _),
        ("東京都", 764, 523, _),
        ("神奈川県", 743, 554, _),
        ("新潟県", 654, 420, _),
        ("山梨県", 496, 246, _),
        ("長野県", 331, 195, _),
    ],
    "車両": [
        ("茨城", 729, 404, _),
        ("栃木", 272, 194, _),
        ("群馬", 814, 373, _),
        ("埼玉", 814, 658, _),
        ("千葉", 687, 298, _),
        ("東京", 642, 375, _),
        ("神奈川", 456, 271, _),
        ("新潟", 406, 213, _),
        ("山梨", 0, 5, "目標未設定"),
        ("長野", 834, 314, _),
    ],
    "自賠責": [
        ("茨城", 335, 234, _),
        ("栃木", 369, 160, _),
        ("群馬", 240, 240, "達成"),
        ("埼玉", 241, 112, _),
        ("千葉", 204, 65, _),
        ("東京", 222, 129, _),
        ("神奈川", 435, 259, _),
        ("新潟", 387, 175, _),
        ("山梨", 385, 273, _),
        ("長野", 150, 51, _),
    ],
    "自然災害": [
        ("茨城", 165, 107, _),
        ("栃木", 134, 99, _),
        ("群馬", 166, 72, _),
        ("埼玉", 136, 112, _),
        ("千葉", 69, 44, _),
        ("東京", 138, 132, _),
        ("神奈川", 151, 140, _),
        ("新潟", 3, 2, _),
        ("山梨", 81, 86, "達成"),
        ("長野", 81, 43, _),
    ],
}


def build_02(path: Path) -> None:
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path))
    title = wb.add_format({"bold": True, "font_size": 13})
    head = wb.add_format({"bold": True, "align": "center", "border": 1, "bg_color": "#E2EFDA"})
    num = wb.add_format({"num_format": "#,##0", "border": 1})
    pct = wb.add_format({"num_format": "0.0%", "border": 1})
    txt = wb.add_format({"border": 1})
    tot = wb.add_format({"bold": True, "num_format": "#,##0", "border": 1})
    totp = wb.add_format({"bold": True, "num_format": "0.0%", "border": 1})

    summary = wb.add_worksheet("まとめ")
    summary.write(0, 0, "関東甲信越ブロック 新契約実績まとめ", title)
    for k, h in enumerate(("商品", "時点", "目標", "実績", "到達率")):
        summary.write(2, k, h, head)
    for i, (sheet, prod, ttl, asof) in enumerate(F02_META):
        rows = F02_SHEETS[sheet]
        ws = wb.add_worksheet(sheet)
        ws.write(0, 0, ttl, title)
        ws.write(1, 0, "関東甲信越ブロック")
        for k, h in enumerate(("県支部", "目標", "実績", "到達率", "備考")):
            ws.write(3, k, h, head)
        for j, (name, t, a, note) in enumerate(rows):
            r = 4 + j
            ws.write_string(r, 0, name, txt)
            ws.write_number(r, 1, t, num)
            ws.write_number(r, 2, a, num)
            ws.write_formula(r, 3, f'=IF(B{r + 1}=0,"",C{r + 1}/B{r + 1})', pct,
                             "" if t == 0 else a / t)
            if note is not None:
                ws.write_string(r, 4, note, txt)
        r = 4 + len(rows)
        ts = sum(x[1] for x in rows)
        as_ = sum(x[2] for x in rows)
        ws.write_string(r, 0, "合計", tot)
        ws.write_formula(r, 1, f"=SUM(B5:B{r})", tot, ts)
        ws.write_formula(r, 2, f"=SUM(C5:C{r})", tot, as_)
        ws.write_formula(r, 3, f"=C{r + 1}/B{r + 1}", totp, as_ / ts)
        ws.set_column(0, 0, 12)
        ws.set_column(4, 4, 14)
        # まとめ row
        sr = 3 + i
        summary.write_string(sr, 0, prod, txt)
        summary.write_string(sr, 1, asof, txt)
        summary.write_formula(sr, 2, f"='{sheet}'!B{r + 1}", num, ts)
        summary.write_formula(sr, 3, f"='{sheet}'!C{r + 1}", num, as_)
        summary.write_formula(sr, 4, f"=D{sr + 1}/C{sr + 1}", pct, as_ / ts)
    summary.set_column(0, 0, 24)
    summary.set_column(1, 1, 14)
    wb.close()


# ---------------------------------------------------------------------------
# 03  本部公表形式 (stacked blocks), 四国・九州
# ---------------------------------------------------------------------------
# heading, number style, [(県支部, 目標, 実績)]
F03_BLOCKS = [
    ("(1) 団体生命共済 (2025年1月)", "fmt", [
        ("香川", 354, 206), ("徳島", 372, 186), ("愛媛", 258, 117), ("高知", 132, 122),
        ("福岡", 120, 102), ("佐賀", 368, 178), ("長崎", 86, 43), ("大分", 348, 361),
        ("宮崎", 226, 179), ("熊本", 233, 165), ("鹿児島", 306, 160), ("沖縄", 326, 307),
    ]),
    ("(2) じちろう退職者団体生命共済 (2025年1月)", "sp", [
        ("香川", 50, 17), ("徳島", 47, 11), ("愛媛", 75, 26), ("高知", 176, 50),
        ("福岡", 143, 46), ("佐賀", 196, 24), ("長崎", 154, 50), ("大分", 44, 8),
        ("宮崎", 181, 53), ("熊本", 94, 24), ("鹿児島", 59, 10), ("沖縄", 113, 27),
    ]),
    ("(3) じちろうマイカー共済 (2024年 12月)", "nosp", [
        ("香川", 612, 310), ("徳島", 287, 227), ("愛媛", 157, 132), ("高知", 605, 357),
        ("福岡", 353, 219), ("佐賀", 485, 202), ("長崎", 466, 266), ("大分", 622, 360),
        ("宮崎", 626, 302), ("熊本", 230, 171), ("鹿児島", 392, 208), ("沖縄", 489, 251),
    ]),
    ("(8) 長期共済 (2025年1月)", "int", [
        ("香川", 215, 117), ("徳島", 174, 116), ("愛媛", 224, 116), ("高知", 100, 62),
        ("福岡", 102, 103), ("佐賀", 228, 235), ("長崎", 259, 226), ("大分", 61, 64),
        ("宮崎", 235, 100), ("熊本", 118, 117), ("鹿児島", 190, 204), ("沖縄", 137, 120),
    ]),
    ("(10) こども保障満期金付きタイプ (2025年1月)", "nosp", [
        ("香川", 26, 12), ("徳島", 8, 1), ("愛媛", 8, 3), ("高知", 10, 2),
        ("福岡", 7, 3), ("佐賀", 22, 13), ("長崎", 14, 2), ("大分", 16, 12),
        ("宮崎", 5, 5), ("熊本", 29, 9), ("鹿児島", 14, 10), ("沖縄", 17, 3),
    ]),
    ("(11)交通災害共済 (2024年12月)", "sp", [
        ("香川", 153, 159), ("徳島", 30, 24), ("愛媛", 102, 59), ("高知", 116, 60),
        ("福岡", 45, 106), ("佐賀", 18, 990), ("長崎", 153, 80), ("大分", 88, 52),
        ("宮崎", 189, 118), ("熊本", 22, 11), ("鹿児島", 53, 33), ("沖縄", 71, 49),
    ]),
]


def _f03_put(ws, r, c, v, style):
    if style == "fmt":
        cell = ws.cell(row=r, column=c, value=v)
        cell.number_format = '#,##0" 件"'
    elif style == "int":
        ws.cell(row=r, column=c, value=v)
    elif style == "sp":
        ws.cell(row=r, column=c, value=f"{v:,} 件")
    else:  # "nosp"
        ws.cell(row=r, column=c, value=f"{v:,}件")


def build_03(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "実績報告"
    ws["A1"] = "自治労共済推進本部の取り組み報告【実績報告分冊】（四国・九州ブロック抜粋）"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A3"] = "1. 新契約件数 主要共済の実績"
    ws["A3"].font = Font(bold=True)
    r = 5
    for heading, style, rows in F03_BLOCKS:
        ws.cell(row=r, column=1, value=heading).font = Font(bold=True)
        r += 1
        for k, h in enumerate(("目標", "実績", "到達率", "目標達成県支部")):
            ws.cell(row=r, column=1 + k, value=h)
        r += 1
        ts = sum(x[1] for x in rows)
        as_ = sum(x[2] for x in rows)
        n_ach = sum(1 for x in rows if x[1] and x[2] >= x[1])
        ws.cell(row=r, column=1, value=f"{ts:,} 件")
        ws.cell(row=r, column=2, value=f"{as_:,} 件")
        ws.cell(row=r, column=3, value=_rounded_pct(as_, ts))
        ws.cell(row=r, column=4, value=f"{n_ach} 県")
        r += 2
        for k, h in enumerate(("県支部", "目標", "実績", "到達率")):
            ws.cell(row=r, column=1 + k, value=h)
        r += 1
        for name, t, a in rows:
            ws.cell(row=r, column=1, value=name)
            _f03_put(ws, r, 2, t, style)
            _f03_put(ws, r, 3, a, style)
            ws.cell(row=r, column=4, value=_rounded_pct(a, t))
            r += 1
        r += 2
    ws.column_dimensions["A"].width = 16
    wb.save(path)


# ---------------------------------------------------------------------------
# 04  北海道・東北・北陸 転置 (目標 / 実績 sheets)
# ---------------------------------------------------------------------------
F04_BRANCHES_TGT = ["北海道", "青森", "岩手", "宮城", "秋田", "山形", "福島", "富山", "石川", "福井"]
F04_BRANCHES_ACT = ["北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県",
                    "富山県", "石川県", "福井県"]
F04_TARGETS = [  # 北海道 青森 岩手 宮城 秋田 山形 福島 富山 石川 福井
    ("団生", [234, 148, 178, 274, 284, 248, 293, 262, 358, 240]),
    ("退職者団生", [96, 127, 101, 124, 66, 95, 78, 62, 167, 154]),
    ("マイカー", [615, 321, 303, 166, 334, 668, 348, 560, 425, 604]),
    ("車両", [553, 433, 435, 564, 625, 652, 488, 512, 728, 592]),
    ("自賠責", [175, 381, 286, 289, 282, 399, 222, 338, 118, 173]),
    ("火災", [100, 157, 60, 196, 114, 78, 55, 91, 94, 100]),
    ("自然災害", [50, 175, 161, 83, 67, 93, 156, 70, 130, 56]),
    ("長期", [215, 53, 260, 57, 101, 55, 258, 70, 128, 131]),
    ("税制適格", [88, 66, 113, 196, 121, 6, 120, 103, 108, 61]),
    ("こども", [9, 2, 12, 4, 18, 18, 16, 25, 3, 0]),
    ("交災", [129, 88, 41, 90, 38, 57, 25, 129, 8, 74]),
]
F04_ACTUALS = [  # 共済名, 時点, 北海道 青森 岩手 宮城 秋田 山形 福島 富山 石川 福井
    ("団体生命", "2025年1月", [154, 105, 76, 209, 169, 182, 241, 273, 363, 266]),
    ("退職者団体生命共済", "2025/1", [32, 44, 38, 44, 10, 34, 10, 10, 74, 50]),
    ("じちろうマイカー", "R6.12", [302, 139, 220, 83, 286, 396, 168, 471, 321, 398]),
    ("自賠責共済", "令和6年12月", [98, 224, 144, 99, 94, 129, 119, 124, 77, 56]),
    ("車両損害補償", dt.datetime(2024, 12, 31), [465, 272, 227, 436, 481, 505, 359, 208, 304, 419]),
    ("火災共済", "2024年12月末", [54, 93, 60, 97, 54, 29, 22, 29, 39, 44]),
    ("自然災害共済", 2024.12, [16, 48, 46, 27, 26, 40, 52, 22, 54, 33]),
    ("長期共済", "R7.1", [240, 37, 252, 26, 81, 34, 155, 61, 74, 124]),
    ("税制適格年金", "2025年1月", [30, 28, 64, 124, 70, 4, 66, 69, 56, 26]),
    ("こども保障", "2025年1月", [2, 1, 10, 2, 6, 12, 12, 18, 1, 2]),
    ("交通災害", "2024年12月", [86, 67, 24, 57, 30, 53, 19, 134, 97, 57]),
]


def build_04(path: Path) -> None:
    from openpyxl.utils import get_column_letter as L

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "目標"
    ws["A1"] = "2024年度 新契約 目標件数（北海道・東北・北陸）"
    ws["A1"].font = Font(bold=True)
    ws.cell(row=3, column=1, value="共済")
    for j, b in enumerate(F04_BRANCHES_TGT):
        ws.cell(row=3, column=2 + j, value=b)
    ws.cell(row=3, column=12, value="計")
    for i, (prod, vals) in enumerate(F04_TARGETS):
        r = 4 + i
        ws.cell(row=r, column=1, value=prod)
        for j, v in enumerate(vals):
            ws.cell(row=r, column=2 + j, value=v)
        ws.cell(row=r, column=12, value=f"=SUM(B{r}:K{r})")

    wa = wb.create_sheet("実績")
    wa["A1"] = "新契約件数 実績（北海道・東北・北陸）"
    wa["A1"].font = Font(bold=True)
    wa.cell(row=3, column=1, value="共済名")
    wa.cell(row=3, column=2, value="時点")
    for j, b in enumerate(F04_BRANCHES_ACT):
        wa.cell(row=3, column=3 + j, value=b)
    wa.cell(row=3, column=13, value="合計")
    for i, (prod, asof, vals) in enumerate(F04_ACTUALS):
        r = 4 + i
        wa.cell(row=r, column=1, value=prod)
        c = wa.cell(row=r, column=2, value=asof)
        if isinstance(asof, dt.datetime):
            c.number_format = 'yyyy"年"m"月末"'
        for j, v in enumerate(vals):
            wa.cell(row=r, column=3 + j, value=v)
        wa.cell(row=r, column=13, value=f"=SUM(C{r}:L{r})")
    wa.column_dimensions["A"].width = 20
    wa.column_dimensions["B"].width = 14

    wr = wb.create_sheet("到達率")
    wr["A1"] = "到達率（目標・実績シートから計算）"
    wr.cell(row=3, column=1, value="共済")
    for j, b in enumerate(F04_BRANCHES_TGT):
        wr.cell(row=3, column=2 + j, value=b)
    # same product order as 目標; 実績 row of the same product (車両/自賠責 swapped)
    act_row = {0: 4, 1: 5, 2: 6, 3: 8, 4: 7, 5: 9, 6: 10, 7: 11, 8: 12, 9: 13, 10: 14}
    for i, (prod, _vals) in enumerate(F04_TARGETS):
        r = 4 + i
        wr.cell(row=r, column=1, value=prod)
        for j in range(10):
            tcell = f"目標!{L(2 + j)}{r}"
            acell = f"実績!{L(3 + j)}{act_row[i]}"
            c = wr.cell(row=r, column=2 + j,
                        value=f'=IF({tcell}=0,"",ROUNDDOWN({acell}/{tcell},4))')
            c.number_format = "0.00%"
    wb.save(path)


# ---------------------------------------------------------------------------
# 05  東海・近畿ほか 縦長 (.xls)
# ---------------------------------------------------------------------------
# block: 共済名 (first row), 共済名 (following rows), 集計月 (first), 集計月 (following),
#        rows of (県本部, 目標件数, 新契約件数) typed as the prefectures reported them
F05_BLOCKS = [
    ("自賠責", _, "２０２４年１２月", "２０２４年１２月", [
        ("01北海道", 520, "355件"),
        ("14東京都", "４４２", 282),
        ("16神奈川県本部", "704件", "２２４件"),
        ("22静岡県", 920, 437),
        ("23愛知県本部", "６３９件", "２４４"),
        ("27京都府", 643, "474件"),
        ("28奈良県", "１，０２８", 730),
        ("29和歌山", "628件", "４４０件"),
        ("30大阪府", "1,500", "１，５００"),
        ("32兵庫県", "４０６件", "１７６"),
    ]),
    ("火災共済", "火災共済", "2024年12月", "2024年12月", [
        ("01 北海道", 173, "71件"),
        ("14 東京都", "１９５", 133),
        ("16 神奈川県本部", "351件", "２３５件"),
        ("22 静岡県", 240, 99),
        ("23 愛知県本部", "３２５件", "１６３"),
        ("27 京都府", 359, "184件"),
        ("28 奈良県", "９", 6),
        ("29 和歌山", "133件", "６９件"),
        ("30 大阪府", 397, 242),
        ("32 兵庫県", "１４９件", "６４"),
    ]),
    ("税制適格年金", "〃", "2025年1月", "〃", [
        ("01北海道", 885, "331件"),
        ("14東京都", "７２", 66),
        ("16神奈川県本部", "１，１７２", "３６５件"),
        ("22静岡県", 227, 85),
        ("23愛知県本部", "1,159", "７０２"),
        ("27京都府", 728, "264件"),
        ("28奈良県", "５１５", 466),
        ("29和歌山", 1085, "５９１件"),
        ("30大阪府", "1,135", 589),
        ("32兵庫県", "９７０件", "３６０"),
    ]),
]
# 小計 rows as the office typed them (plain numbers)
F05_SUBTOTALS = [(7430, 4862), (2331, 1266), (7948, 3819)]
F05_GRAND = (17709, 9947)


def build_05_xlsx(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "新契約"
    ws["A1"] = "新契約件数 集計表（県本部別）"
    ws["A1"].font = Font(bold=True)
    ws["A2"] = "※各県本部からの報告を貼り付け（数字の書式は報告のまま）"
    for k, h in enumerate(("No.", "共済名", "県本部", "目標件数", "新契約件数", "集計月", "備考")):
        ws.cell(row=4, column=1 + k, value=h).font = Font(bold=True)
    r = 5
    no = 1
    for (first_name, next_name, first_month, next_month, rows), (st, sa) in zip(F05_BLOCKS, F05_SUBTOTALS):
        for j, (pref, t, a) in enumerate(rows):
            ws.cell(row=r, column=1, value=no)
            name = first_name if j == 0 else next_name
            if name is not None:
                ws.cell(row=r, column=2, value=name)
            ws.cell(row=r, column=3, value=pref)
            ws.cell(row=r, column=4, value=t)
            ws.cell(row=r, column=5, value=a)
            ws.cell(row=r, column=6, value=first_month if j == 0 else next_month)
            r += 1
            no += 1
        ws.cell(row=r, column=3, value="小計")
        ws.cell(row=r, column=4, value=st)
        ws.cell(row=r, column=5, value=sa)
        r += 2  # blank separator row
    ws.cell(row=r, column=3, value="総計")
    ws.cell(row=r, column=4, value=F05_GRAND[0])
    ws.cell(row=r, column=5, value=F05_GRAND[1])
    ws.column_dimensions["B"].width = 14
    ws.column_dimensions["C"].width = 16
    ws.column_dimensions["F"].width = 16
    wb.save(path)


def build_05(path: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="legacy_contracts_xls_") as tmp:
        src = Path(tmp) / (path.stem + ".xlsx")
        build_05_xlsx(src)
        shutil.move(str(lo.convert(src, Path(tmp), "xls")), str(path))  # tests/lo.py


# ---------------------------------------------------------------------------
# 06  PDF から貼り付け (部首文字)
# ---------------------------------------------------------------------------
# 商品 (as pasted), 時点, rows of (県支部 as pasted, 目標, 実績) -- text with 件
F06_BLOCKS = [
    ("\u2ed1期共済", "2025年1月", [                       # ⻑期共済
        ("埼\u2f5f", "180 件", "143 件"),                   # 埼⽟
        ("\u2ed1野", "90 件", "90 件"),                     # ⻑野
        ("岡山", "240 件", "103 件"),
        ("広島", "137 件", "56 件"),
        ("鳥取", "244 件", "254 件"),
        ("島根", "70 件", "63 件"),
        ("山口", "62 件", "51 件"),
        ("\u2ed1崎", "115 件", "122 件"),                   # ⻑崎
    ]),
    ("こども保障満期\u2fa6付きタイプ", "2025年1月", [        # ⾦
        ("埼\u2f5f", "11 件", "9 件"),
        ("\u2ed1野", "7 件", "4 件"),
        ("岡山", "15 件", "11 件"),
        ("広島", "7 件", "3 件"),
        ("鳥取", "4 件", "1 件"),
        ("島根", "15 件", "7 件"),
        ("山口", "21 件", "16 件"),
        ("\u2ed1崎", "3 件", "2 件"),
    ]),
    ("交通災害", "2024年12月", [
        ("埼\u2f5f", "72 件", "59 件"),
        ("\u2ed1野", "149 件", "130 件"),
        ("岡山", "134 件", "119 件"),
        ("広島", "51 件", "38 件"),
        ("鳥取", "11 件", "160 件"),
        ("島根", "39 件", "20 件"),
        ("山口", "104 件", "71 件"),
        ("\u2ed1崎", "75 件", "82 件"),
    ]),
]


def build_06(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws["A1"] = "新契約件数 主要共済の実績"
    for k, h in enumerate(("商品", "時点", "県\u2f40部", "目標", "実績", "到達率")):  # 県⽀部
        ws.cell(row=3, column=1 + k, value=h)
    r = 4
    for prod, asof, rows in F06_BLOCKS:
        for j, (name, t, a) in enumerate(rows):
            if j == 0:
                ws.cell(row=r, column=1, value=prod)
                ws.cell(row=r, column=2, value=asof)
            ws.cell(row=r, column=3, value=name)
            ws.cell(row=r, column=4, value=t)
            ws.cell(row=r, column=5, value=a)
            tn = int(t.split()[0])
            an = int(a.split()[0])
            ws.cell(row=r, column=6, value=_rounded_pct(an, tn))
            r += 1
        r += 1
    wb.save(path)


# ---------------------------------------------------------------------------
# 07  近畿・北陸 実績が先 (新契約件数｜目標件数｜達成率｜前年同期)
# ---------------------------------------------------------------------------
F07_PRODUCTS = ["団体生命", "じちろうマイカー", "退職者団体生命共済", "火災共済"]
F07_ROWS = [  # 県支部, then per product: 新契約件数, 目標件数, 前年同期
    ("富山", 308, 322, 170, 287, 644, 261, 66, 190, 144, 145, 190, 67),
    ("石川", 53, 116, 78, 323, 726, 404, 14, 55, 19, 72, 81, 53),
    ("福井", 281, 292, 95, 278, 365, 220, 24, 54, 19, 47, 4, 1),
    "北陸計",
    ("三重", 296, 280, 167, 273, 311, 273, 16, 48, 19, 58, 174, 79),
    ("滋賀", 214, 326, 241, 253, 308, 297, 4, 6, 4, 43, 147, 85),
    ("京都", 91, 135, 133, 359, 610, 203, 29, 101, 91, 26, 41, 21),
    ("大阪", 148, 151, 61, 94, 229, 88, 66, 191, 99, 44, 155, 135),
    ("兵庫", 289, 268, 114, 510, 606, 429, 10, 65, 49, 24, 75, 42),
    ("奈良", 120, 120, 82, 342, 489, 168, 41, 147, 50, 3, _, 9),
    ("和歌山", 181, 179, 139, 606, 732, 439, 32, 147, 76, 32, 96, 68),
    "近畿計",
]


def build_07(path: Path) -> None:
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("R6年度")
    title = wb.add_format({"bold": True, "font_size": 13})
    head = wb.add_format({"bold": True, "align": "center", "valign": "vcenter",
                          "border": 1, "text_wrap": True, "bg_color": "#FCE4D6"})
    num = wb.add_format({"num_format": "#,##0", "border": 1})
    pct = wb.add_format({"num_format": "0.0%", "border": 1})
    txt = wb.add_format({"border": 1})
    sub = wb.add_format({"bold": True, "num_format": "#,##0", "border": 1, "bg_color": "#EDEDED"})
    subp = wb.add_format({"bold": True, "num_format": "0.0%", "border": 1, "bg_color": "#EDEDED"})
    ws.write(0, 0, "令和6年度 新契約実績（2025年1月末現在）", title)
    ws.write(1, 0, "※じちろうマイカー共済は2024年12月末現在")
    ws.merge_range(2, 0, 3, 0, "県支部", head)
    for g, prod in enumerate(F07_PRODUCTS):
        c = 1 + 4 * g
        ws.merge_range(2, c, 2, c + 3, prod, head)
        for k, h in enumerate(("新契約件数", "目標件数", "達成率", "前年同期")):
            ws.write(3, c + k, h, head)

    def field(row, g, k):  # k: 0 新契約件数, 1 目標件数, 3 前年同期 (column offset)
        return row[1 + 3 * g + {0: 0, 1: 1, 3: 2}[k]] or 0

    r = 4
    block: list[tuple] = []
    block_first = r
    all_rows: list[tuple] = []
    sub_rows: list[int] = []
    for row in F07_ROWS:
        if isinstance(row, str):  # 北陸計 / 近畿計
            ws.write_string(r, 0, row, sub)
            for g in range(len(F07_PRODUCTS)):
                c = 1 + 4 * g
                for k in (0, 1, 3):
                    col = _col(c + k)
                    ws.write_formula(r, c + k, f"=SUM({col}{block_first + 1}:{col}{r})", sub,
                                     sum(field(x, g, k) for x in block))
                a = sum(field(x, g, 0) for x in block)
                t = sum(field(x, g, 1) for x in block)
                ws.write_formula(r, c + 2, f"={_col(c)}{r + 1}/{_col(c + 1)}{r + 1}", subp,
                                 round(a / t, 3))
            sub_rows.append(r)
            r += 1
            block = []
            block_first = r
            continue
        ws.write_string(r, 0, row[0], txt)
        for g in range(len(F07_PRODUCTS)):
            c = 1 + 4 * g
            a, t, py = row[1 + 3 * g], row[2 + 3 * g], row[3 + 3 * g]
            ws.write_number(r, c, a, num)
            if t is None:
                ws.write_blank(r, c + 1, None, num)
            else:
                ws.write_number(r, c + 1, t, num)
            ac, tc = f"{_col(c)}{r + 1}", f"{_col(c + 1)}{r + 1}"
            ws.write_formula(r, c + 2, f'=IF(N({tc})=0,"",ROUND({ac}/{tc},3))', pct,
                             "" if not t else round(a / t, 3))
            ws.write_number(r, c + 3, py, num)
        block.append(row)
        all_rows.append(row)
        r += 1
    r += 1  # blank row
    ws.write_string(r, 0, "合計", sub)
    for g in range(len(F07_PRODUCTS)):
        c = 1 + 4 * g
        for k in (0, 1, 3):
            col = _col(c + k)
            ws.write_formula(r, c + k, "=" + "+".join(f"{col}{sr + 1}" for sr in sub_rows), sub,
                             sum(field(x, g, k) for x in all_rows))
        a = sum(field(x, g, 0) for x in all_rows)
        t = sum(field(x, g, 1) for x in all_rows)
        ws.write_formula(r, c + 2, f"={_col(c)}{r + 1}/{_col(c + 1)}{r + 1}", subp, round(a / t, 3))
    ws.set_column(0, 0, 10)
    ws.set_column(1, 16, 9)
    ws.freeze_panes(4, 1)
    wb.close()


BUILDERS = {
    "01_全国_横並び_2025年1月.xlsx": build_01,
    "02_関東甲信越_商品別シート.xlsx": build_02,
    "03_本部公表形式_四国九州.xlsx": build_03,
    "04_北海道東北北陸_転置.xlsx": build_04,
    "05_東海近畿ほか_縦長.xls": build_05,
    "06_PDF貼付_部首文字.xlsx": build_06,
    "07_近畿北陸_実績先.xlsx": build_07,
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
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp(prefix="legacy_contracts_"))
    for n, p in build(target).items():
        print(n, p)
