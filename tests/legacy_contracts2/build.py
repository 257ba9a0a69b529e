"""Second independent fixture set: 新契約件数 主要共済の実績 (Report B) workbooks
in layouts HQ staff, 地連 (block) offices and 県本部 keep -- habits NOT used
by tests/legacy_contracts (which covered: a wide sheet with products merged
over 目標｜実績｜到達率 plus a month row; one sheet per product; HQ's published
blocks stacked; products as rows on separate 目標 / 実績 sheets; a long table
共済名｜県本部｜目標件数｜新契約件数｜集計月 with 〃 / 「01北海道」 / 「144件」 /
小計; radical characters; 新契約件数 before 目標件数 with a 前年同期 column).

Every number below is a literal typed here.  Rates, totals and subtotals that
appear *inside* the workbooks (到達率 columns, 計 / 合計 / 全国 / ブロック rows)
are what a clerk would have typed or what Excel would have cached -- usually
ROUNDED, not truncated -- and must never be read as figures of a 県支部.
Expected readings are in expected.py (typed by hand, not produced by the tool).
``_`` below means a blank cell; ``DASH`` is the text 「－」 (none).

Files (writer / sheets / habits)
--------------------------------

01_九州_商品縦_県支部ペア.xlsx  -- XlsxWriter, ONE sheet 「九州ブロック」.
    Products DOWN the side (A: 共済名, B: 集計時点), 県支部 ACROSS: row 4 the
    branch name merged over its two columns, row 5 目標｜実績 alternating; A4:A5
    and B4:B5 merged.  Branches in JIS order (福岡 佐賀 長崎 熊本 大分 宮崎
    鹿児島 沖縄: 熊本 BEFORE 大分, the federation order is the other way round),
    then a 「九州計」 pair (formulas, cached).  集計時点 is a real Excel date
    (2025-01-01 / 2024-12-01) formatted 'yyyy"年"m"月"'.  Row 2 is a creation
    date (「作成：2025年2月10日」), not an as-of month.  Some 実績 cells are
    formulas a clerk typed to add a late report (=331+31) with cached values.
    Six products.  Traps: 熊本 団体生命 250/250 (exactly 100%); 大分 and 熊本
    both achieve 団体生命 (listed 大分, 熊本); 鹿児島 車両 目標 0 with 実績 4;
    沖縄 交通災害 7/83 (1185.71%).

02_全国_全国行が先頭_ブロック行.xlsx  -- XlsxWriter, sheet 「全国」, ALL 47.
    Headings carry product AND measure in ONE cell: 「団体生命共済（目標）」
    「団体生命共済（実績）」「団体生命共済（到達率）」 (three products).  The
    「全国」 row is at the TOP (right under the headings), and a ブロック row
    (北海道ブロック, 東北ブロック, 関東甲信越ブロック, 東海北陸ブロック,
    近畿ブロック, 中国ブロック, 四国ブロック, 九州ブロック) stands BEFORE its
    members with the block subtotal (formulas, cached).  Branch names are
    written 「自治労北海道本部」「自治労青森県本部」「自治労東京都本部」
    「自治労京都府本部」「自治労大阪府本部」.  The as-of month is only in the
    title 「…（2025年1月末現在）」.  Traps: 山梨 退職者 目標 blank with 実績 2;
    山梨 団体生命 131/131 and 愛媛 379/379 (exactly 100%); 石川 長期 9/95
    (1055.55%, rounding would give 1055.56%).

03_関東甲信越_前年隠しシート.xlsx  -- XlsxWriter, sheets 「2024年1月」
    (HIDDEN, FIRST -- tabs in date order: last year's figures in the same
    layout, plus a fifth product 自然災害共済 that last year's sheet still
    tracked) and 「2025年1月」 (visible, active).  The year is only in the sheet NAME; the 時点 row under
    each product says 「1月末」 or 「12月末」 (12月末 in the 2025年1月 sheet is
    2024年12月).  Two heading rows where the product is written ONLY in the
    first of its two columns (NOT merged), then a 時点 row, then 目標｜実績.
    A 県コード column holding NUMBERS (9, 10, … shown as 09, 10 by the
    format "00") and a 県本部 column with short names.  「－」 typed for none.
    A 合計 row at the bottom.  Traps: 埼玉 団体生命 300/300; 山梨 火災 目標 12
    実績 「－」; 群馬 税制適格 目標 「－」 with 実績 3; 山梨 税制適格 4/45
    (1125.00%).

04_近畿_県本部別シート.xlsx  -- openpyxl, ONE SHEET PER 県本部 (the 県本部
    is named only by the sheet name and the title: sheets 「滋賀」 「京都府」
    「大阪府」 「兵庫」 「奈良」 「和歌山県本部」, JIS order -- 大阪 before
    奈良), preceded by a 「集計」 sheet (商品｜目標｜実績 as cross-sheet formulas
    with NO cached values).  Each branch sheet: title 「自治労滋賀県本部 新契約
    実績報告」, headings 共済｜集計時点｜年間目標｜実績（累計）｜到達率｜備考,
    five products incl. 「がん共済」 (a product not in HQ's list of 11), a 合計
    row.  The 大阪府 sheet writes products abbreviated (団生, 退職者団生,
    自然災害, がん共済, こども).  Traps: 京都 自然災害 4/49 (1225.00%); 兵庫
    がん共済 目標 blank with 実績 7; 和歌山 こども 12/12; 団体生命 achievers
    奈良 and 大阪 (listed 奈良, 大阪).

05_北海道東北_県支部縦結合.xls  -- openpyxl then LibreOffice → .xls, sheet
    「損保系」.  県支部｜共済｜目標｜実績｜到達率 with the 県支部 cell MERGED
    VERTICALLY over its five rows (four products and a 「計」 row summing the
    products of that branch), then a block 「北海道・東北 合計」 merged over four
    product rows with the column sums.  到達率 typed as text, rounded to one
    decimal.  時点 only in the title 「…（2024年12月末現在）」.  Traps: 岩手
    自賠責 180/180; 秋田 火災 目標 blank with 実績 6; 山形 自然災害 3/37
    (1233.33%).

06_中国四国_当月と累計.xlsx  -- XlsxWriter, TWO region sheets 「中国」 (岡山
    広島 鳥取 島根 山口 + 中国計) and 「四国」 (香川 徳島 愛媛 高知 + 四国計, a
    blank row, 「中国・四国 合計」 with cross-sheet formulas, cached).  Each
    product is merged over FOUR columns 目標｜当月実績｜累計実績｜到達率 (the
    figure to read is 累計実績; 当月実績 is the month alone), with a 時点 row
    merged under the product row (「2025年1月末現在」 / 交通災害共済
    「2024年12月末現在」).  Traps: 香川 団体生命 210/210 and 山口 こども 10/10;
    鳥取 こども 目標 0 with 実績 1; 徳島 交通災害 6/71 (1183.33%).
"""
from __future__ import annotations

import datetime as dt
import shutil
import sys
import tempfile
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/: the shared LibreOffice helper
import lo  # noqa: E402

_ = None      # a blank cell
DASH = "－"   # 「－」 typed for none (U+FF0D)

CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
# a fixed creation date so that XlsxWriter files are byte-for-byte reproducible
FIXED_PROPS = {"created": dt.datetime(2025, 2, 10, 9, 0, 0), "author": "共済推進"}


def _col(c: int) -> str:
    """0-based column index → letter."""
    return get_column_letter(c + 1)


def _n(v) -> int:
    """A literal as a number for cached totals ('－' / blank → 0)."""
    if isinstance(v, F):
        return v.value
    return v if isinstance(v, int) else 0


class F:
    """A cell a clerk typed as a formula adding two reports, e.g. =331+31."""

    def __init__(self, *parts: int):
        self.parts = parts
        self.value = sum(parts)

    def formula(self) -> str:
        return "=" + "+".join(str(p) for p in self.parts)


# ---------------------------------------------------------------------------
# 01  九州 products down the side, 県支部 across (目標｜実績 pairs)
# ---------------------------------------------------------------------------
F01_BRANCHES = ["福岡", "佐賀", "長崎", "熊本", "大分", "宮崎", "鹿児島", "沖縄"]  # JIS order
F01_ROWS = [
    # 共済名, 集計時点 (date), then (目標, 実績) per branch in F01_BRANCHES order
    ("団体生命共済", dt.datetime(2025, 1, 1), [
        (410, F(331, 31)), (188, 151), (236, 204), (250, 250),
        (214, 229), (173, 140), (265, 198), (190, 176)]),
    ("じちろう退職者団体生命共済", dt.datetime(2025, 1, 1), [
        (142, 51), (66, 19), (98, 35), (105, 41),
        (72, 30), (61, 17), (88, 26), (40, 43)]),
    ("じちろうマイカー共済", dt.datetime(2024, 12, 1), [
        (520, 301), (310, F(170, 6)), (402, 255), (377, 290),
        (344, 251), (280, 157), (415, 230), (298, 187)]),
    ("車両損害補償", dt.datetime(2024, 12, 1), [
        (610, 344), (280, 150), (390, 213), (350, 198),
        (300, 167), (260, 139), (0, 4), (230, 118)]),
    ("長期共済", dt.datetime(2025, 1, 1), [
        (120, 96), (64, 70), (88, 61), (75, 52),
        (58, 44), (49, 50), (93, F(51, 6)), (41, 22)]),
    ("交通災害共済", dt.datetime(2024, 12, 1), [
        (60, 48), (25, 22), (44, 30), (38, 41),
        (30, 19), (22, 17), (35, 26), (7, 83)]),
]


def build_01(path: Path) -> None:
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path))
    wb.set_properties(FIXED_PROPS)
    ws = wb.add_worksheet("九州ブロック")
    title = wb.add_format({"bold": True, "font_size": 14})
    head = wb.add_format({"bold": True, "align": "center", "valign": "vcenter",
                          "border": 1, "text_wrap": True, "bg_color": "#DDEBF7"})
    num = wb.add_format({"num_format": "#,##0", "border": 1})
    month = wb.add_format({"num_format": 'yyyy"年"m"月"', "border": 1, "align": "center"})
    txt = wb.add_format({"border": 1})
    tot = wb.add_format({"bold": True, "num_format": "#,##0", "border": 1, "bg_color": "#FFF2CC"})
    ws.write(0, 0, "2024年度 九州ブロック 新契約件数 主要共済の実績", title)
    ws.write(1, 0, "九州地区連絡会　作成：2025年2月10日")
    ws.merge_range(3, 0, 4, 0, "共済名", head)
    ws.merge_range(3, 1, 4, 1, "集計時点", head)
    for j, b in enumerate(F01_BRANCHES + ["九州計"]):
        c = 2 + 2 * j
        ws.merge_range(3, c, 3, c + 1, b, head)
        ws.write(4, c, "目標", head)
        ws.write(4, c + 1, "実績", head)
    for i, (prod, asof, pairs) in enumerate(F01_ROWS):
        r = 5 + i
        ws.write_string(r, 0, prod, txt)
        ws.write_datetime(r, 1, asof, month)
        for j, (t, a) in enumerate(pairs):
            c = 2 + 2 * j
            for k, v in enumerate((t, a)):
                if isinstance(v, F):
                    ws.write_formula(r, c + k, v.formula(), num, v.value)
                elif v is None:
                    ws.write_blank(r, c + k, None, num)
                else:
                    ws.write_number(r, c + k, v, num)
        c_tot = 2 + 2 * len(F01_BRANCHES)
        for k in (0, 1):
            cells = "+".join(f"{_col(2 + 2 * j + k)}{r + 1}" for j in range(len(F01_BRANCHES)))
            ws.write_formula(r, c_tot + k, "=" + cells, tot, sum(_n(p[k]) for p in pairs))
    ws.write(5 + len(F01_ROWS) + 1, 0,
             "※沖縄の交通災害共済は契約管理の変更分を新契約として計上しています。")
    ws.set_column(0, 0, 26)
    ws.set_column(1, 1, 11)
    ws.set_column(2, 19, 7)
    ws.freeze_panes(5, 2)
    wb.close()


# ---------------------------------------------------------------------------
# 02  全国 (47) with the 全国 row on top and ブロック rows before their members
# ---------------------------------------------------------------------------
F02_PRODUCTS = ["団体生命共済", "じちろう退職者団体生命共済", "長期共済"]
F02_BLOCKS = [
    # ブロック, [(name as written, 団生 目標, 実績, 退職者 目標, 実績, 長期 目標, 実績)]
    ("北海道ブロック", [
        ("自治労北海道本部", 146, 123, 44, 23, 118, 93),
    ]),
    ("東北ブロック", [
        ("自治労青森県本部", 201, 196, 208, 36, 116, 110),
        ("自治労岩手県本部", 420, 333, 108, 18, 257, 226),
        ("自治労宮城県本部", 239, 107, 66, 24, 167, 176),
        ("自治労秋田県本部", 419, 218, 157, 46, 242, 148),
        ("自治労山形県本部", 176, 123, 194, 91, 227, 127),
        ("自治労福島県本部", 262, 278, 151, 25, 239, 214),
    ]),
    ("関東甲信越ブロック", [
        ("自治労新潟県本部", 277, 231, 174, 52, 40, 26),
        ("自治労群馬県本部", 411, 218, 78, 37, 237, 248),
        ("自治労栃木県本部", 290, 140, 32, 7, 115, 123),
        ("自治労茨城県本部", 125, 105, 87, 49, 126, 132),
        ("自治労埼玉県本部", 232, 122, 149, 84, 89, 94),
        ("自治労東京都本部", 337, 292, 81, 26, 279, 207),
        ("自治労千葉県本部", 359, 338, 192, 60, 149, 86),
        ("自治労神奈川県本部", 315, 156, 121, 40, 235, 221),
        ("自治労山梨県本部", 131, 131, _, 2, 247, 237),
        ("自治労長野県本部", 345, 266, 173, 39, 228, 211),
    ]),
    ("東海北陸ブロック", [
        ("自治労富山県本部", 325, 322, 68, 38, 206, 223),
        ("自治労石川県本部", 84, 55, 162, 72, 9, 95),
        ("自治労福井県本部", 406, 423, 204, 50, 223, 162),
        ("自治労静岡県本部", 311, 160, 69, 39, 278, 261),
        ("自治労愛知県本部", 266, 242, 87, 24, 149, 95),
        ("自治労岐阜県本部", 339, 223, 141, 56, 77, 32),
        ("自治労三重県本部", 162, 151, 59, 24, 233, 148),
    ]),
    ("近畿ブロック", [
        ("自治労滋賀県本部", 415, 410, 92, 15, 93, 95),
        ("自治労京都府本部", 324, 201, 147, 64, 252, 159),
        ("自治労奈良県本部", 212, 224, 195, 44, 86, 87),
        ("自治労和歌山県本部", 247, 146, 54, 27, 292, 189),
        ("自治労大阪府本部", 366, 237, 149, 84, 245, 267),
        ("自治労兵庫県本部", 355, 327, 76, 27, 110, 99),
    ]),
    ("中国ブロック", [
        ("自治労岡山県本部", 216, 108, 211, 49, 217, 162),
        ("自治労広島県本部", 118, 59, 111, 56, 213, 149),
        ("自治労鳥取県本部", 209, 138, 200, 61, 69, 68),
        ("自治労島根県本部", 341, 348, 205, 57, 197, 111),
        ("自治労山口県本部", 129, 137, 62, 15, 196, 139),
    ]),
    ("四国ブロック", [
        ("自治労香川県本部", 395, 222, 33, 7, 99, 77),
        ("自治労徳島県本部", 91, 95, 32, 11, 248, 101),
        ("自治労愛媛県本部", 379, 379, 40, 14, 62, 55),
        ("自治労高知県本部", 246, 254, 88, 29, 100, 67),
    ]),
    ("九州ブロック", [
        ("自治労福岡県本部", 411, 302, 154, 57, 258, 223),
        ("自治労佐賀県本部", 347, 258, 41, 20, 241, 262),
        ("自治労長崎県本部", 392, 179, 151, 70, 258, 252),
        ("自治労大分県本部", 147, 83, 150, 68, 48, 45),
        ("自治労宮崎県本部", 333, 186, 50, 26, 76, 34),
        ("自治労熊本県本部", 196, 207, 62, 21, 44, 31),
        ("自治労鹿児島県本部", 122, 112, 123, 55, 175, 131),
        ("自治労沖縄県本部", 133, 66, 127, 45, 78, 58),
    ]),
]


def build_02(path: Path) -> None:
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path))
    wb.set_properties(FIXED_PROPS)
    ws = wb.add_worksheet("全国")
    title = wb.add_format({"bold": True, "font_size": 14})
    head = wb.add_format({"bold": True, "align": "center", "valign": "vcenter",
                          "border": 1, "text_wrap": True, "bg_color": "#E2EFDA"})
    num = wb.add_format({"num_format": "#,##0", "border": 1})
    pct = wb.add_format({"num_format": "0.00%", "border": 1})
    txt = wb.add_format({"border": 1})
    nat = wb.add_format({"bold": True, "num_format": "#,##0", "border": 1, "bg_color": "#FFE699"})
    natp = wb.add_format({"bold": True, "num_format": "0.00%", "border": 1, "bg_color": "#FFE699"})
    natt = wb.add_format({"bold": True, "border": 1, "bg_color": "#FFE699"})
    blk = wb.add_format({"bold": True, "num_format": "#,##0", "border": 1, "bg_color": "#EDEDED"})
    blkp = wb.add_format({"bold": True, "num_format": "0.00%", "border": 1, "bg_color": "#EDEDED"})
    blkt = wb.add_format({"bold": True, "border": 1, "bg_color": "#EDEDED"})
    ws.write(0, 0, "新契約件数 主要共済の実績（2025年1月末現在）", title)
    ws.write(1, 0, "自治労共済推進本部")
    ws.write(2, 0, "県本部", head)
    for g, prod in enumerate(F02_PRODUCTS):
        c = 1 + 3 * g
        ws.write(2, c, f"{prod}（目標）", head)
        ws.write(2, c + 1, f"{prod}（実績）", head)
        ws.write(2, c + 2, f"{prod}（到達率）", head)
    ws.set_row(2, 45)

    def rate(r, c, t, a, fmt):
        tc, ac = f"{_col(c)}{r + 1}", f"{_col(c + 1)}{r + 1}"
        ws.write_formula(r, c + 2, f'=IF(N({tc})=0,"",ROUND({ac}/{tc},4))', fmt,
                         "" if not t else round(a / t, 4))

    # lay out rows first: 全国 on row 3, then blocks
    r = 4
    block_rows: list[int] = []
    for bname, members in F02_BLOCKS:
        br = r
        block_rows.append(br)
        ws.write_string(br, 0, bname, blkt)
        first, last = br + 1, br + len(members)
        for g in range(len(F02_PRODUCTS)):
            c = 1 + 3 * g
            ts = sum(_n(m[1 + 2 * g]) for m in members)
            as_ = sum(_n(m[2 + 2 * g]) for m in members)
            ws.write_formula(br, c, f"=SUM({_col(c)}{first + 1}:{_col(c)}{last + 1})", blk, ts)
            ws.write_formula(br, c + 1, f"=SUM({_col(c + 1)}{first + 1}:{_col(c + 1)}{last + 1})", blk, as_)
            rate(br, c, ts, as_, blkp)
        for k, m in enumerate(members):
            mr = br + 1 + k
            ws.write_string(mr, 0, m[0], txt)
            for g in range(len(F02_PRODUCTS)):
                c = 1 + 3 * g
                t, a = m[1 + 2 * g], m[2 + 2 * g]
                if t is None:
                    ws.write_blank(mr, c, None, num)
                else:
                    ws.write_number(mr, c, t, num)
                ws.write_number(mr, c + 1, a, num)
                rate(mr, c, t, a, pct)
        r = last + 1
    ws.write_string(3, 0, "全国", natt)
    allm = [m for _b, ms in F02_BLOCKS for m in ms]
    for g in range(len(F02_PRODUCTS)):
        c = 1 + 3 * g
        ts = sum(_n(m[1 + 2 * g]) for m in allm)
        as_ = sum(_n(m[2 + 2 * g]) for m in allm)
        ws.write_formula(3, c, "=" + "+".join(f"{_col(c)}{x + 1}" for x in block_rows), nat, ts)
        ws.write_formula(3, c + 1, "=" + "+".join(f"{_col(c + 1)}{x + 1}" for x in block_rows), nat, as_)
        rate(3, c, ts, as_, natp)
    ws.set_column(0, 0, 20)
    ws.set_column(1, 9, 12)
    ws.freeze_panes(4, 1)
    wb.close()


# ---------------------------------------------------------------------------
# 03  関東甲信越, hidden last-year sheet, product only in its first column
# ---------------------------------------------------------------------------
F03_PRODUCTS = [("団体生命共済", "1月末"), ("じちろうマイカー共済", "12月末"),
                ("火災共済", "12月末"), ("税制適格年金", "1月末")]
F03_CURRENT = [
    # 県コード (number), 県本部, then (目標, 実績) × 4 products
    (9, "新潟", (280, 201), (560, 318), (90, 41), (60, 33)),
    (10, "群馬", (310, 254), (610, 377), (85, 39), (DASH, 3)),
    (11, "栃木", (260, 187), (480, 265), (70, 30), (50, 27)),
    (12, "茨城", (240, 243), (520, 301), (75, 36), (55, 31)),
    (13, "埼玉", (300, 300), (700, 436), (120, 58), (90, 52)),
    (14, "東京", (420, 305), (820, 512), (140, 73), (110, 64)),
    (15, "千葉", (330, 262), (640, 371), (100, 47), (70, 41)),
    (16, "神奈川", (390, 311), (760, 455), (130, 62), (100, 58)),
    (17, "山梨", (150, 97), (300, 166), (12, DASH), (4, 45)),
    (18, "長野", (270, 219), (530, 332), (80, 38), (65, 39)),
]
# the hidden 「2024年1月」 sheet: last year's figures, NOT to be counted.  Last
# year the sheet also tracked 自然災害共済 (a fifth pair of columns).
F03_LAST_YEAR_PRODUCTS = F03_PRODUCTS + [("自然災害共済", "12月末")]
F03_LAST_YEAR = [
    (9, "新潟", (270, 276), (540, 402), (88, 52), (58, 40), (40, 22)),
    (10, "群馬", (300, 244), (600, 433), (80, 47), (30, 31), (35, 18)),
    (11, "栃木", (250, 198), (470, 310), (66, 35), (48, 30), (30, 15)),
    (12, "茨城", (230, 201), (510, 377), (70, 44), (52, 36), (32, 20)),
    (13, "埼玉", (290, 268), (690, 520), (115, 70), (88, 61), (50, 27)),
    (14, "東京", (400, 410), (800, 601), (135, 88), (105, 77), (60, 31)),
    (15, "千葉", (320, 280), (630, 455), (95, 61), (68, 49), (45, 24)),
    (16, "神奈川", (380, 333), (750, 540), (125, 79), (96, 70), (55, 30)),
    (17, "山梨", (145, 120), (290, 201), (12, 9), (20, 14), (15, 16)),
    (18, "長野", (260, 240), (520, 398), (78, 50), (62, 44), (38, 21)),
]


def _f03_sheet(wb, ws, products, rows, fmts) -> None:
    title, head, code, txt, num, tot = fmts
    ws.write(0, 0, "新契約件数 主要共済の実績（関東甲信越地連）", title)
    ws.write(2, 0, "県コード", head)
    ws.write(2, 1, "県本部", head)
    for g, (prod, asof) in enumerate(products):
        c = 2 + 2 * g
        ws.write(2, c, prod, head)          # product only in the first of its two columns
        ws.write_blank(2, c + 1, None, head)
        ws.write(3, c, asof, txt)           # 時点 only in the first column too
        ws.write_blank(3, c + 1, None, txt)
        ws.write(4, c, "目標", head)
        ws.write(4, c + 1, "実績", head)
    ws.write_blank(3, 0, None, txt)
    ws.write_blank(3, 1, None, txt)
    ws.write_blank(4, 0, None, head)
    ws.write_blank(4, 1, None, head)
    for i, row in enumerate(rows):
        r = 5 + i
        ws.write_number(r, 0, row[0], code)
        ws.write_string(r, 1, row[1], txt)
        for g in range(len(products)):
            c = 2 + 2 * g
            for k, v in enumerate(row[2 + g]):
                if isinstance(v, str):
                    ws.write_string(r, c + k, v, num)
                else:
                    ws.write_number(r, c + k, v, num)
    r = 5 + len(rows)
    ws.write_blank(r, 0, None, tot)
    ws.write_string(r, 1, "合計", tot)
    for g in range(len(products)):
        c = 2 + 2 * g
        for k in (0, 1):
            col = _col(c + k)
            ws.write_formula(r, c + k, f"=SUM({col}6:{col}{r})", tot,
                             sum(_n(row[2 + g][k]) for row in rows))
    ws.set_column(0, 0, 8)
    ws.set_column(1, 1, 10)
    ws.set_column(2, 11, 11)


def build_03(path: Path) -> None:
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path))
    wb.set_properties(FIXED_PROPS)
    fmts = (wb.add_format({"bold": True, "font_size": 13}),
            wb.add_format({"bold": True, "border": 1, "bg_color": "#FCE4D6"}),
            wb.add_format({"num_format": "00", "border": 1, "align": "center"}),
            wb.add_format({"border": 1, "align": "center"}),
            wb.add_format({"num_format": "#,##0", "border": 1, "align": "right"}),
            wb.add_format({"bold": True, "num_format": "#,##0", "border": 1}))
    old = wb.add_worksheet("2024年1月")
    cur = wb.add_worksheet("2025年1月")
    _f03_sheet(wb, old, F03_LAST_YEAR_PRODUCTS, F03_LAST_YEAR, fmts)
    _f03_sheet(wb, cur, F03_PRODUCTS, F03_CURRENT, fmts)
    cur.activate()
    cur.set_first_sheet()
    old.hide()
    wb.close()


# ---------------------------------------------------------------------------
# 04  近畿, one sheet per 県本部, with an unknown product がん共済
# ---------------------------------------------------------------------------
F04_STD = ["団体生命共済", "じちろう退職者団体生命共済", "自然災害共済", "がん共済",
           "こども保障満期金付きタイプ"]
F04_ABBR = ["団生", "退職者団生", "自然災害", "がん共済", "こども"]
F04_ASOF = ["2025年1月末", "2025年1月末", "2024年12月末", "2025年1月末", "2025年1月末"]
F04_SHEETS = [
    # sheet name, title prefix, product labels, [(目標, 実績)] × 5, 備考 per row
    ("滋賀", "自治労滋賀県本部", F04_STD,
     [(320, 251), (80, 22), (70, 31), (40, 18), (10, 6)], {}),
    ("京都府", "自治労京都府本部", F04_STD,
     [(340, 288), (95, 30), (4, 49), (55, 21), (14, 9)], {2: "契約移行分を含む"}),
    ("大阪府", "自治労大阪府本部", F04_ABBR,
     [(410, 415), (150, 47), (130, 66), (90, 44), (20, 11)], {}),
    ("兵庫", "自治労兵庫県本部", F04_STD,
     [(300, 236), (110, 35), (100, 52), (_, 7), (16, 8)], {3: "目標未設定"}),
    ("奈良", "自治労奈良県本部", F04_STD,
     [(200, 212), (70, 19), (60, 27), (30, 31), (8, 5)], {}),
    ("和歌山県本部", "自治労和歌山県本部", F04_STD,
     [(230, 174), (75, 24), (50, 20), (35, 12), (12, 12)], {}),
]


def build_04(path: Path) -> None:
    wb = openpyxl.Workbook()
    summ = wb.active
    summ.title = "集計"
    summ["A1"] = "近畿地連 新契約実績 集計（各県本部シートから）"
    summ["A1"].font = Font(bold=True, size=13)
    for k, h in enumerate(("共済", "年間目標", "実績（累計）")):
        summ.cell(row=3, column=1 + k, value=h).font = Font(bold=True)
    for i, prod in enumerate(F04_STD):
        r = 4 + i
        summ.cell(row=r, column=1, value=prod)
        summ.cell(row=r, column=2, value="=" + "+".join(f"'{s[0]}'!C{4 + i}" for s in F04_SHEETS))
        summ.cell(row=r, column=3, value="=" + "+".join(f"'{s[0]}'!D{4 + i}" for s in F04_SHEETS))
    summ.column_dimensions["A"].width = 28
    for sheet, who, labels, figs, notes in F04_SHEETS:
        ws = wb.create_sheet(sheet)
        ws["A1"] = f"{who}　新契約実績報告"
        ws["A1"].font = Font(bold=True, size=13)
        for k, h in enumerate(("共済", "集計時点", "年間目標", "実績（累計）", "到達率", "備考")):
            c = ws.cell(row=3, column=1 + k, value=h)
            c.font = Font(bold=True)
            c.alignment = CENTER
        for i, (label, asof, (t, a)) in enumerate(zip(labels, F04_ASOF, figs)):
            r = 4 + i
            ws.cell(row=r, column=1, value=label)
            ws.cell(row=r, column=2, value=asof)
            ws.cell(row=r, column=3, value=t)
            ws.cell(row=r, column=4, value=a)
            pc = ws.cell(row=r, column=5, value=f'=IF(N(C{r})=0,"",D{r}/C{r})')
            pc.number_format = "0.0%"
            if i in notes:
                ws.cell(row=r, column=6, value=notes[i])
        r = 4 + len(labels)
        ws.cell(row=r, column=1, value="合計").font = Font(bold=True)
        ws.cell(row=r, column=3, value=f"=SUM(C4:C{r - 1})").font = Font(bold=True)
        ws.cell(row=r, column=4, value=f"=SUM(D4:D{r - 1})").font = Font(bold=True)
        ws.column_dimensions["A"].width = 28
        ws.column_dimensions["B"].width = 14
        ws.column_dimensions["F"].width = 18
    wb.save(path)


# ---------------------------------------------------------------------------
# 05  北海道・東北, 県支部 merged vertically over its product rows (.xls)
# ---------------------------------------------------------------------------
F05_PRODUCTS = ["自賠責共済", "車両損害補償", "火災共済", "自然災害共済"]
F05_BRANCHES = [
    # 県支部, [(目標, 実績)] × 4 products
    ("北海道", [(310, 188), (540, 322), (160, 79), (120, 51)]),
    ("青森", [(150, 97), (260, 151), (70, 33), (55, 22)]),
    ("岩手", [(180, 180), (290, 170), (85, 41), (60, 29)]),
    ("宮城", [(240, 151), (380, 236), (110, 58), (90, 40)]),
    ("秋田", [(130, 88), (240, 139), (_, 6), (50, 19)]),
    ("山形", [(140, 79), (250, 143), (65, 30), (3, 37)]),
    ("福島", [(210, 132), (330, 198), (100, 47), (80, 35)]),
]


def _pct1(a: int, t) -> str:
    """The clerk's typed rate: rounded to one decimal (not HQ's truncation)."""
    if not t:
        return "－"
    return f"{a / t * 100:.1f}%"


def build_05_xlsx(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "損保系"
    ws["A1"] = "北海道・東北地連 新契約件数（損保系）（2024年12月末現在）"
    ws["A1"].font = Font(bold=True, size=13)
    for k, h in enumerate(("県支部", "共済", "目標", "実績", "到達率")):
        c = ws.cell(row=3, column=1 + k, value=h)
        c.font = Font(bold=True)
        c.alignment = CENTER
    r = 4
    for name, figs in F05_BRANCHES:
        first = r
        for prod, (t, a) in zip(F05_PRODUCTS, figs):
            ws.cell(row=r, column=2, value=prod)
            if t is not None:
                ws.cell(row=r, column=3, value=t)
            ws.cell(row=r, column=4, value=a)
            ws.cell(row=r, column=5, value=_pct1(a, t))
            r += 1
        ts = sum(_n(t) for t, _a in figs)
        as_ = sum(a for _t, a in figs)
        ws.cell(row=r, column=2, value="計")
        ws.cell(row=r, column=3, value=ts)
        ws.cell(row=r, column=4, value=as_)
        ws.cell(row=r, column=5, value=_pct1(as_, ts))
        ws.cell(row=first, column=1, value=name).alignment = CENTER
        ws.merge_cells(start_row=first, start_column=1, end_row=r, end_column=1)
        r += 1
    first = r
    for g, prod in enumerate(F05_PRODUCTS):
        ts = sum(_n(figs[g][0]) for _n2, figs in F05_BRANCHES)
        as_ = sum(figs[g][1] for _n2, figs in F05_BRANCHES)
        ws.cell(row=r, column=2, value=prod)
        ws.cell(row=r, column=3, value=ts)
        ws.cell(row=r, column=4, value=as_)
        ws.cell(row=r, column=5, value=_pct1(as_, ts))
        r += 1
    ws.cell(row=first, column=1, value="北海道・東北 合計").alignment = CENTER
    ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    ws.column_dimensions["A"].width = 14
    ws.column_dimensions["B"].width = 16
    wb.save(path)


def build_05(path: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="legacy_contracts2_xls_") as tmp:
        src = Path(tmp) / (path.stem + ".xlsx")
        build_05_xlsx(src)
        shutil.move(str(lo.convert(src, Path(tmp), "xls")), str(path))  # tests/lo.py


# ---------------------------------------------------------------------------
# 06  中国・四国, two region sheets, 目標｜当月実績｜累計実績｜到達率
# ---------------------------------------------------------------------------
F06_PRODUCTS = [("団体生命共済", "2025年1月末現在"), ("税制適格年金", "2025年1月末現在"),
                ("こども保障満期金付きタイプ", "2025年1月末現在"),
                ("交通災害共済", "2024年12月末現在")]
F06_SHEETS = [
    ("中国", "中国計", [
        # 県支部, (目標, 当月実績, 累計実績) × 4 products
        ("岡山", (280, 14, 231), (95, 3, 52), (12, 1, 7), (70, 5, 48)),
        ("広島", (350, 22, 298), (120, 6, 71), (15, 0, 9), (85, 4, 62)),
        ("鳥取", (150, 9, 118), (40, 1, 23), (0, 0, 1), (30, 2, 27)),
        ("島根", (170, 11, 176), (55, 2, 31), (6, 0, 3), (25, 1, 26)),
        ("山口", (260, 17, 201), (80, 4, 45), (10, 1, 10), (60, 3, 41)),
    ]),
    ("四国", "四国計", [
        ("香川", (210, 12, 210), (60, 2, 38), (8, 0, 5), (40, 2, 33)),
        ("徳島", (190, 8, 137), (50, 3, 29), (5, 1, 2), (6, 0, 71)),
        ("愛媛", (230, 16, 199), (70, 5, 72), (9, 0, 6), (55, 3, 39)),
        ("高知", (160, 10, 121), (45, 1, 20), (4, 0, 1), (35, 1, 22)),
    ]),
]


def build_06(path: Path) -> None:
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path))
    wb.set_properties(FIXED_PROPS)
    title = wb.add_format({"bold": True, "font_size": 13})
    head = wb.add_format({"bold": True, "align": "center", "valign": "vcenter",
                          "border": 1, "text_wrap": True, "bg_color": "#D9E1F2"})
    asof_f = wb.add_format({"align": "center", "border": 1, "font_color": "#595959"})
    num = wb.add_format({"num_format": "#,##0", "border": 1})
    pct = wb.add_format({"num_format": "0.0%", "border": 1})
    txt = wb.add_format({"border": 1})
    tot = wb.add_format({"bold": True, "num_format": "#,##0", "border": 1, "bg_color": "#EDEDED"})
    totp = wb.add_format({"bold": True, "num_format": "0.0%", "border": 1, "bg_color": "#EDEDED"})
    tott = wb.add_format({"bold": True, "border": 1, "bg_color": "#EDEDED"})
    sub_rows: dict[str, int] = {}
    for sheet, subname, rows in F06_SHEETS:
        ws = wb.add_worksheet(sheet)
        ws.write(0, 0, f"新契約件数 主要共済の実績（{sheet}地区）", title)
        ws.merge_range(2, 0, 4, 0, "県支部", head)
        for g, (prod, asof) in enumerate(F06_PRODUCTS):
            c = 1 + 4 * g
            ws.merge_range(2, c, 2, c + 3, prod, head)
            ws.merge_range(3, c, 3, c + 3, asof, asof_f)
            for k, h in enumerate(("目標", "当月実績", "累計実績", "到達率")):
                ws.write(4, c + k, h, head)
        for i, row in enumerate(rows):
            r = 5 + i
            ws.write_string(r, 0, row[0], txt)
            for g in range(len(F06_PRODUCTS)):
                c = 1 + 4 * g
                t, m, a = row[1 + g]
                ws.write_number(r, c, t, num)
                ws.write_number(r, c + 1, m, num)
                ws.write_number(r, c + 2, a, num)
                tc, ac = f"{_col(c)}{r + 1}", f"{_col(c + 2)}{r + 1}"
                ws.write_formula(r, c + 3, f'=IF({tc}=0,"",{ac}/{tc})', pct,
                                 "" if t == 0 else a / t)
        r = 5 + len(rows)
        sub_rows[sheet] = r
        ws.write_string(r, 0, subname, tott)
        for g in range(len(F06_PRODUCTS)):
            c = 1 + 4 * g
            for k in (0, 1, 2):
                col = _col(c + k)
                ws.write_formula(r, c + k, f"=SUM({col}6:{col}{r})", tot,
                                 sum(row[1 + g][k] for row in rows))
            ts = sum(row[1 + g][0] for row in rows)
            as_ = sum(row[1 + g][2] for row in rows)
            ws.write_formula(r, c + 3, f"={_col(c + 2)}{r + 1}/{_col(c)}{r + 1}", totp, as_ / ts)
        if sheet == "四国":
            r += 2
            ws.write_string(r, 0, "中国・四国 合計", tott)
            allrows = [row for _s, _n2, rs in F06_SHEETS for row in rs]
            for g in range(len(F06_PRODUCTS)):
                c = 1 + 4 * g
                for k in (0, 1, 2):
                    col = _col(c + k)
                    ws.write_formula(
                        r, c + k, f"='中国'!{col}{sub_rows['中国'] + 1}+{col}{sub_rows['四国'] + 1}",
                        tot, sum(row[1 + g][k] for row in allrows))
                ts = sum(row[1 + g][0] for row in allrows)
                as_ = sum(row[1 + g][2] for row in allrows)
                ws.write_formula(r, c + 3, f"={_col(c + 2)}{r + 1}/{_col(c)}{r + 1}", totp, as_ / ts)
        ws.set_column(0, 0, 16)
        ws.set_column(1, 16, 8)
        ws.freeze_panes(5, 1)
    wb.close()


BUILDERS = {
    "01_九州_商品縦_県支部ペア.xlsx": build_01,
    "02_全国_全国行が先頭_ブロック行.xlsx": build_02,
    "03_関東甲信越_前年隠しシート.xlsx": build_03,
    "04_近畿_県本部別シート.xlsx": build_04,
    "05_北海道東北_県支部縦結合.xls": build_05,
    "06_中国四国_当月と累計.xlsx": build_06,
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
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp(prefix="legacy_contracts2_"))
    for n, p in build(target).items():
        print(n, p)
