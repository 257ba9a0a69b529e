"""Third independent fixture set: 新契約件数 主要共済の実績 (Report B) workbooks
in habits NOT used by tests/legacy_contracts or tests/legacy_contracts2 (see
their build.py docstrings: wide sheets with products merged over 目標｜実績｜
到達率, one sheet per product, HQ's stacked blocks, 目標 / 実績 on separate
sheets, a long 共済名｜県本部 table, radical characters, products down the side
with 県支部 pairs across, 「団体生命共済（目標）」 headings, a 全国 row on top with
ブロック rows, a hidden last-year sheet, one sheet per 県本部, a 県支部 merged
down over its products, 当月実績｜累計実績).

Every number below is a literal typed here.  Rates, totals and 全国 rows that
appear *inside* the workbooks are what a clerk typed or what Excel cached --
rounded, stale or simply wrong -- and must never be read as a 県支部's figures.
Expected readings are in expected.py (typed by hand, not produced by the tool).
``_`` below means a blank cell.

Files (writer / sheets / habits)
--------------------------------

01_東北_記入要領の下に表.xlsx  -- XlsxWriter, ONE sheet 「東北地連」.
    Title 「新契約件数 主要共済の実績（2025年1月末現在）」, then a note
    「（注）マイカー・車両・自賠責は12月末」 (three products, abbreviated, year
    implied), then 【記入要領】: 33 numbered instruction lines that name
    products and carry numbers (「例）目標（件）120、実績（件）96 …」), and a
    記入例 mini-table (記入例｜目標（件）｜実績（件）｜到達率（％） / 「○○県支部」
    120｜96｜80.000) -- the real table starts on row 42.  Headings with units
    in brackets: product merged over 目標（件）｜実績（件）｜到達率（％）; the
    到達率 column holds PERCENT POINTS with three decimals (61.429, not 0.614).
    Products abbreviated and NOT in HQ's order: マイカー, 車両, 自賠責,
    団体生命, 退職団生.  Branches with suffix: 「北海道支部」「青森県支部」 ….
    A 合計 row (SUM formulas, cached).  Traps: 秋田 団体生命 150/150; 宮城
    退職団生 目標 0 with 実績 2; 山形 自賠責 4/47 (1175.00%); 宮城 団体生命
    281/280 (100.35%, rounding would give 100.36%).

02_関東甲信越_左右二表_集計時点一覧.xlsx  -- openpyxl, sheets 「実績」 and
    「集計時点一覧」.  Two tables SIDE BY SIDE on 「実績」, each with its own
    県支部 column: left 【団体生命系】 (団体生命, 退職団生, 長期, 税適; 県支部
    short names in the federation order), a blank column, right 【損保系】
    (マイカー共済, 車両, 自賠責, 火災, 自然災害; 県支部 written 「茨城県」
    「東京都」 in JIS order -- a different order from the left table).
    Headings 目標数｜実績数｜達成 where 達成 holds 「○」 (achieved) or nothing.
    Each table ends with a 合計 row.  The 時点 of each product is ONLY in the
    small table on the other sheet 「集計時点一覧」 (商品｜集計時点, real dates
    2025/1/31 or 2024/12/31, product names written a third way, plus
    交通災害共済 which has no figures in this file).  Traps: 山梨 税適 目標 blank
    with 実績 3; 埼玉 長期 88/88 and 山梨 自然災害 25/25; 長野 火災 3/41
    (1366.66%).

03_東海近畿_目標実績縦積み_LO保護.xlsx  -- openpyxl → LibreOffice .ods →
    LibreOffice .xlsx; the sheet 「東海近畿」 is PROTECTED with a password
    (sheet protection, not file encryption).  Three blocks stacked DOWN one
    sheet: 【目標】 (県支部 × products, federation order, 計 row), 【実績】 (a
    集計時点 row under the product headings, 県支部 in JIS order -- 岐阜
    before 静岡, 大阪 兵庫 before 奈良 和歌山 -- 計 row), 【到達率】 (typed
    fractions formatted 0.000%, rounded).  Products abbreviated, not in HQ's
    order: こども, 交通災害, 税適, 長期, 火災.  Traps: 福井 こども 目標 0 with
    実績 1; 岐阜 こども 7/7 and 愛知 税適 60/60; 奈良 交通災害 5/63 (1260.00%).

04_九州_団生が二か所.xls  -- openpyxl then LibreOffice → .xls, sheet 「九州」.
    県支部 rows written 「福岡県支部」 …, product groups across (product merged
    over 目標｜実績, a 時点 row merged under it).  団体生命 appears TWICE: the
    first group 「2024年12月末」 (last month's figures the clerk kept) and a
    group added at the far right 「2025年1月末」.  Also 退職団生, 交通災害,
    こども.  A 九州計 row.  Title has an update date (「2025年2月7日 更新」),
    not an as-of month.  Traps: 団体生命 achievers only in the January group
    (大分 224/220, 熊本 252/250); 宮崎 こども 目標 blank with 実績 1; 大分
    交通災害 30/30 and 沖縄 こども 4/4; 佐賀 交通災害 6/77 (1283.33%).

05_全国_コード列_名称は右端.xlsx  -- XlsxWriter, sheet 「全国集計」, ALL 47.
    The column headed 「県支部」 holds CODES ONLY (text 「01」…「49」); the names
    are in a column 「県支部名」 at the far right, after a blank column.  Title
    in 和暦 「令和6年度 新契約件数 全国集計（令和7年1月末現在）」 and a note
    「※交通災害は令和6年12月末現在」.  Products 団体生命, 長期, 交通災害.
    Numbers typed as TEXT: 「1，204」 (full-width comma), 「１，１５０」 (full-width
    digits and comma), 「約120」 (approximate), 「集計中」 (not yet counted: no
    figure), and a NEGATIVE correction -2 (a number).  A 「全国」 row at the
    bottom with TYPED figures that disagree with the sum of the branches (not
    updated after corrections).  Traps: 愛媛 団体生命 380/380, 富山 長期 173/173,
    滋賀 長期 95/95; 山梨 長期 目標 0 with 実績 3; 福井 交通災害 9/97
    (1077.77%).

06_中国四国_区分行_実績見出しに時点.xlsx  -- XlsxWriter, sheet 「中国四国」.
    Products DOWN the side, each merged vertically over three 区分 rows:
    「目標」, 「実績（2025年1月末）」 / 「実績（2024年12月末）」 (the as-of month
    is only in the 実績 row's label) and 「到達率」 (text with three decimals,
    「60.200%」, rounded; 「－」 when 目標 is 0).  県支部 ACROSS (short names)
    and a 計 column (SUM formulas, cached).  Product names as the office says
    them: マイカー, 住まいる（火災）, 住まいる（自然災害）, じちろう団体生命,
    税適, こども.  Traps: 香川 団体生命 215/215 and 山口 こども 10/10; 高知 税適
    目標 0 with 実績 1; 島根 住まいる（自然災害） 4/46 (1150.00%).
"""
from __future__ import annotations

import datetime as dt
import shutil
import sys
import tempfile
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/: the shared LibreOffice helper
import lo  # noqa: E402

_ = None      # a blank cell

CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="DDEBF7")
# a fixed creation date so that XlsxWriter files are byte-for-byte reproducible
FIXED_PROPS = {"created": dt.datetime(2025, 2, 10, 9, 0, 0), "author": "共済推進"}


def _col(c: int) -> str:
    """0-based column index → letter."""
    return get_column_letter(c + 1)


def _n(v) -> int:
    """A literal as a number for cached totals (blank / text → 0)."""
    return v if isinstance(v, int) else 0


def _convert(src: Path, fmt: str, outdir: Path) -> Path:
    """LibreOffice headless conversion (tests/lo.py); returns the converted file."""
    return lo.convert(src, outdir, fmt)


# ---------------------------------------------------------------------------
# 01  東北: 33 lines of 記入要領 (and a 記入例) above the table
# ---------------------------------------------------------------------------
# label on the sheet, canonical product (for the reader of this file only)
F01_PRODUCTS = ["マイカー", "車両", "自賠責", "団体生命", "退職団生"]
F01_ROWS = [
    # 県支部 as written, then (目標, 実績) per product in F01_PRODUCTS order
    ("北海道支部", (880, 512), (900, 498), (400, 246), (520, 431), (160, 52)),
    ("青森県支部", (340, 201), (350, 188), (160, 97), (210, 188), (70, 21)),
    ("岩手県支部", (410, 266), (420, 240), (190, 121), (330, 297), (95, 38)),
    ("宮城県支部", (560, 333), (580, 301), (260, 144), (280, 281), (0, 2)),
    ("秋田県支部", (300, 188), (310, 166), (140, 88), (150, 150), (55, 17)),
    ("山形県支部", (320, 176), (330, 171), (4, 47), (190, 143), (60, 63)),
    ("福島県支部", (450, 270), (460, 259), (210, 130), (260, 201), (80, 29)),
]
F01_NOTES = [
    "【記入要領】",
    "1. この表は東北地連の各県支部の新契約件数を、毎月10日までに地連事務局へ報告するためのものです。",
    "2. 目標（件）は、2024年6月の代表者会議で確認した年間目標件数を記入してください。",
    "3. 実績（件）は、年度当初からの累計の新契約件数を記入してください（当月分だけの件数ではありません）。",
    "4. 到達率（％）は、実績÷目標×100 を小数第3位まで記入してください。",
    "5. 団体生命は、団体生命共済の新規加入件数です。増口・継続は含みません。",
    "6. 退職団生は、じちろう退職者団体生命共済の新規加入件数です。",
    "7. マイカーは、じちろうマイカー共済の新規契約件数です（他団体からの切替を含みます）。",
    "8. 車両は、車両損害補償の新規付帯件数です。",
    "9. 自賠責は、自賠責共済の新規契約件数です。",
    "10. 住まいる共済（火災・自然災害）は本表の対象外です。別表で報告してください。",
    "11. 長期共済・税制適格年金・こども保障は、本部の集計表で確認します（本表には記入不要）。",
    "12. 交通災害共済は県本部で集計しているため、本表には記入しません。",
    "13. 目標が設定されていない場合は、目標欄を 0 とし、到達率は空欄にしてください。",
    "14. 数字は半角で、「件」などの単位を付けずに記入してください。",
    "15. 県支部の行の順番は変えないでください。",
    "16. 合計の行は計算式が入っています。上書きしないでください。",
    "17. 例）目標（件）120、実績（件）96 の場合、到達率（％）は 80.000 と記入します。",
    "18. 前年度の件数は記入しないでください（前年比は地連事務局で計算します）。",
    "19. 契約管理の変更（全労済管理から自治労管理への変更）も新規契約として計上されます。",
    "20. そのため到達率が 1000％ を超えることがありますが、誤りではありません。",
    "21. 訂正がある場合は、数字を直接修正し、備考欄に理由を記入してください。",
    "22. 報告が間に合わない県支部は、前月の数字のままにせず、空欄にしてください。",
    "23. 提出はメールで、件名を「新契約件数（○○県支部）」としてください。",
    "24. ファイル名は変更しないでください。",
    "25. 不明な点は地連事務局までお問い合わせください。",
    "26. 本表の数字は、地連の共済推進委員会（3月予定）の資料として使用します。",
    "27. 集計時点は表題のとおりです。ただし上の（注）の商品は12月末の件数です。",
    "28. 12月末の件数は、1月20日頃に本部から届く速報値を使ってください。",
    "29. 1月末の件数は、2月上旬の速報値です。",
    "30. 確定値との差がある場合は、次回の報告で修正します。",
    "31. 記入例は次のとおりです。",
    "32. （記入例の県支部名・件数は架空のものです）",
]


def build_01(path: Path) -> None:
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path))
    wb.set_properties(FIXED_PROPS)
    ws = wb.add_worksheet("東北地連")
    title = wb.add_format({"bold": True, "font_size": 14})
    note = wb.add_format({"font_color": "#C00000"})
    head = wb.add_format({"bold": True, "align": "center", "valign": "vcenter",
                          "border": 1, "text_wrap": True, "bg_color": "#DDEBF7"})
    num = wb.add_format({"num_format": "#,##0", "border": 1})
    rate = wb.add_format({"num_format": "0.000", "border": 1})
    txt = wb.add_format({"border": 1})
    tot = wb.add_format({"bold": True, "num_format": "#,##0", "border": 1, "bg_color": "#FFF2CC"})
    totr = wb.add_format({"bold": True, "num_format": "0.000", "border": 1, "bg_color": "#FFF2CC"})
    ex = wb.add_format({"border": 1, "font_color": "#808080", "italic": True})
    exr = wb.add_format({"border": 1, "font_color": "#808080", "italic": True, "num_format": "0.000"})

    ws.write(0, 0, "新契約件数 主要共済の実績（2025年1月末現在）", title)
    ws.write(1, 0, "（注）マイカー・車両・自賠責は12月末", note)
    ws.write(2, 0, "東北地連 共済推進委員会")
    r = 4
    for line in F01_NOTES:          # rows 5 … 37
        ws.write(r, 0, line)
        r += 1
    # 記入例 (rows 38-39): an example, not a 県支部
    for k, h in enumerate(("記入例", "目標（件）", "実績（件）", "到達率（％）")):
        ws.write(r, k, h, ex)
    ws.write(r + 1, 0, "○○県支部", ex)
    ws.write_number(r + 1, 1, 120, ex)
    ws.write_number(r + 1, 2, 96, ex)
    ws.write_number(r + 1, 3, 80.0, exr)
    # the table: heading rows 42-43 (0-based 41-42)
    h0 = 41
    ws.merge_range(h0, 0, h0 + 1, 0, "県支部", head)
    for g, prod in enumerate(F01_PRODUCTS):
        c = 1 + 3 * g
        ws.merge_range(h0, c, h0, c + 2, prod, head)
        for k, h in enumerate(("目標（件）", "実績（件）", "到達率（％）")):
            ws.write(h0 + 1, c + k, h, head)
    first = h0 + 2
    for i, row in enumerate(F01_ROWS):
        rr = first + i
        ws.write_string(rr, 0, row[0], txt)
        for g in range(len(F01_PRODUCTS)):
            c = 1 + 3 * g
            t, a = row[1 + g]
            ws.write_number(rr, c, t, num)
            ws.write_number(rr, c + 1, a, num)
            if t:
                ws.write_number(rr, c + 2, round(a * 100 / t, 3), rate)   # typed, rounded
            else:
                ws.write_blank(rr, c + 2, None, rate)
    last = first + len(F01_ROWS) - 1
    rr = last + 1
    ws.write_string(rr, 0, "合計", tot)
    for g in range(len(F01_PRODUCTS)):
        c = 1 + 3 * g
        ts = sum(row[1 + g][0] for row in F01_ROWS)
        as_ = sum(row[1 + g][1] for row in F01_ROWS)
        ws.write_formula(rr, c, f"=SUM({_col(c)}{first + 1}:{_col(c)}{last + 1})", tot, ts)
        ws.write_formula(rr, c + 1, f"=SUM({_col(c + 1)}{first + 1}:{_col(c + 1)}{last + 1})", tot, as_)
        ws.write_formula(rr, c + 2, f"=ROUND({_col(c + 1)}{rr + 1}/{_col(c)}{rr + 1}*100,3)", totr,
                         round(as_ * 100 / ts, 3))
    ws.set_column(0, 0, 14)
    ws.set_column(1, 15, 9)
    wb.close()


# ---------------------------------------------------------------------------
# 02  関東甲信越: two tables side by side, 時点 on a separate sheet
# ---------------------------------------------------------------------------
F02_LEFT_PRODUCTS = ["団体生命", "退職団生", "長期", "税適"]
F02_LEFT = [
    # 県支部 (federation order), (目標, 実績) × 4
    ("新潟", (300, 244), (90, 31), (75, 51), (50, 28)),
    ("群馬", (280, 219), (80, 27), (70, 48), (45, 26)),
    ("栃木", (250, 203), (60, 22), (60, 44), (40, 21)),
    ("茨城", (230, 198), (70, 25), (65, 47), (42, 24)),
    ("埼玉", (320, 297), (110, 44), (88, 88), (70, 39)),
    ("東京", (450, 412), (150, 61), (120, 97), (95, 57)),
    ("千葉", (340, 341), (100, 38), (80, 59), (55, 31)),
    ("神奈川", (410, 355), (130, 49), (110, 83), (85, 50)),
    ("山梨", (140, 99), (40, 12), (35, 21), (_, 3)),
    ("長野", (290, 260), (85, 33), (70, 52), (48, 27)),
]
F02_RIGHT_PRODUCTS = ["マイカー共済", "車両", "自賠責", "火災", "自然災害"]
F02_RIGHT = [
    # 県支部 (JIS order, with suffix), (目標, 実績) × 5
    ("茨城県", (520, 315), (530, 298), (240, 151), (75, 36), (65, 31)),
    ("栃木県", (470, 288), (480, 270), (220, 140), (70, 33), (60, 27)),
    ("群馬県", (600, 377), (620, 351), (280, 170), (85, 40), (75, 33)),
    ("埼玉県", (710, 433), (720, 401), (330, 209), (120, 57), (100, 47)),
    ("千葉県", (650, 388), (660, 360), (300, 188), (100, 46), (90, 41)),
    ("東京都", (830, 520), (850, 488), (380, 246), (140, 70), (120, 58)),
    ("神奈川県", (770, 466), (790, 433), (360, 221), (130, 61), (110, 52)),
    ("新潟県", (560, 331), (580, 320), (260, 161), (90, 43), (80, 38)),
    ("山梨県", (300, 175), (310, 166), (130, 81), (30, 14), (25, 25)),
    ("長野県", (540, 329), (550, 307), (250, 152), (3, 41), (70, 34)),
]
F02_ASOF = [
    ("団体生命共済", dt.datetime(2025, 1, 31)),
    ("退職者団体生命", dt.datetime(2025, 1, 31)),
    ("長期共済", dt.datetime(2025, 1, 31)),
    ("税制適格年金", dt.datetime(2025, 1, 31)),
    ("マイカー共済", dt.datetime(2024, 12, 31)),
    ("車両損害", dt.datetime(2024, 12, 31)),
    ("自賠責共済", dt.datetime(2024, 12, 31)),
    ("火災共済", dt.datetime(2024, 12, 31)),
    ("自然災害共済", dt.datetime(2024, 12, 31)),
    ("交通災害共済", dt.datetime(2024, 12, 31)),
]


def _f02_table(ws, c0: int, label: str, products, rows) -> None:
    """One of the two tables; c0 = 1-based column of its 県支部 column."""
    ws.cell(row=3, column=c0, value=label).font = Font(bold=True)
    hc = ws.cell(row=4, column=c0, value="県支部")
    ws.merge_cells(start_row=4, start_column=c0, end_row=5, end_column=c0)
    hc.alignment = CENTER
    hc.fill = HEAD_FILL
    for g, prod in enumerate(products):
        c = c0 + 1 + 3 * g
        pc = ws.cell(row=4, column=c, value=prod)
        pc.alignment = CENTER
        pc.fill = HEAD_FILL
        pc.font = Font(bold=True)
        ws.merge_cells(start_row=4, start_column=c, end_row=4, end_column=c + 2)
        for k, h in enumerate(("目標数", "実績数", "達成")):
            x = ws.cell(row=5, column=c + k, value=h)
            x.alignment = CENTER
            x.fill = HEAD_FILL
            x.border = BOX
    for i, row in enumerate(rows):
        r = 6 + i
        ws.cell(row=r, column=c0, value=row[0]).border = BOX
        for g in range(len(products)):
            c = c0 + 1 + 3 * g
            t, a = row[1 + g]
            if t is not None:
                ws.cell(row=r, column=c, value=t)
            ws.cell(row=r, column=c + 1, value=a)
            mark = ws.cell(row=r, column=c + 2, value="○" if (t and a >= t) else None)
            mark.alignment = CENTER
            for k in range(3):
                ws.cell(row=r, column=c + k).border = BOX
    r = 6 + len(rows)
    ws.cell(row=r, column=c0, value="合計").font = Font(bold=True)
    for g in range(len(products)):
        c = c0 + 1 + 3 * g
        for k in (0, 1):
            col = get_column_letter(c + k)
            ws.cell(row=r, column=c + k, value=f"=SUM({col}6:{col}{r - 1})").font = Font(bold=True)


def build_02(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "実績"
    ws["A1"] = "関東甲信越地連 新契約件数（集計時点は「集計時点一覧」シートを参照）"
    ws["A1"].font = Font(bold=True, size=13)
    _f02_table(ws, 1, "【団体生命系】", F02_LEFT_PRODUCTS, F02_LEFT)        # A … M
    right0 = 1 + 1 + 3 * len(F02_LEFT_PRODUCTS) + 1                         # O
    _f02_table(ws, right0, "【損保系】", F02_RIGHT_PRODUCTS, F02_RIGHT)      # O … AD
    ws.column_dimensions["A"].width = 10
    ws.column_dimensions[get_column_letter(right0)].width = 10
    ws.column_dimensions[get_column_letter(right0 - 1)].width = 3
    ws.freeze_panes = "B6"

    ts = wb.create_sheet("集計時点一覧")
    ts["A1"] = "集計時点一覧"
    ts["A1"].font = Font(bold=True, size=13)
    ts["A3"] = "商品"
    ts["B3"] = "集計時点"
    for c in ("A3", "B3"):
        ts[c].font = Font(bold=True)
        ts[c].fill = HEAD_FILL
    for i, (prod, d) in enumerate(F02_ASOF):
        ts.cell(row=4 + i, column=1, value=prod)
        dc = ts.cell(row=4 + i, column=2, value=d)
        dc.number_format = "yyyy/m/d"
    ts.column_dimensions["A"].width = 18
    ts.column_dimensions["B"].width = 12
    wb.save(path)


# ---------------------------------------------------------------------------
# 03  東海北陸・近畿: 目標 / 実績 / 到達率 blocks stacked, LibreOffice, protected
# ---------------------------------------------------------------------------
F03_PRODUCTS = ["こども", "交通災害", "税適", "長期", "火災"]
F03_ASOF = ["2025年1月末", "2024年12月末", "2025年1月末", "2025年1月末", "2024年12月末"]
F03_TARGET_ORDER = ["富山", "石川", "福井", "静岡", "愛知", "岐阜", "三重",
                    "滋賀", "京都", "奈良", "和歌山", "大阪", "兵庫"]       # federation
F03_ACTUAL_ORDER = ["富山", "石川", "福井", "岐阜", "静岡", "愛知", "三重",
                    "滋賀", "京都", "大阪", "兵庫", "奈良", "和歌山"]       # JIS
F03 = {
    # 県支部: (目標, 実績) × 5 products in F03_PRODUCTS order
    "富山": ((8, 5), (40, 31), (45, 27), (85, 66), (70, 33)),
    "石川": ((6, 4), (35, 29), (40, 23), (70, 52), (60, 28)),
    "福井": ((0, 1), (30, 22), (35, 19), (60, 47), (50, 24)),
    "静岡": ((12, 9), (60, 47), (65, 40), (110, 88), (100, 47)),
    "愛知": ((15, 11), (70, 58), (60, 60), (130, 104), (120, 60)),
    "岐阜": ((7, 7), (45, 36), (42, 25), (75, 61), (65, 30)),
    "三重": ((6, 3), (38, 30), (38, 22), (68, 50), (55, 25)),
    "滋賀": ((5, 2), (33, 25), (36, 20), (66, 67), (52, 23)),
    "京都": ((9, 6), (50, 41), (55, 31), (95, 72), (85, 40)),
    "奈良": ((4, 3), (5, 63), (30, 17), (55, 41), (45, 20)),
    "和歌山": ((5, 2), (28, 19), (32, 18), (58, 44), (48, 21)),
    "大阪": ((14, 10), (80, 66), (90, 54), (140, 119), (130, 64)),
    "兵庫": ((11, 7), (65, 52), (70, 43), (120, 94), (110, 52)),
}


def _f03_block(ws, r0: int, label: str, order, cell_value, fmt: str | None,
               asof_row: bool, total: bool) -> int:
    """Write one block from 1-based row r0; return the next free row."""
    ws.cell(row=r0, column=1, value=label).font = Font(bold=True, size=12)
    r = r0 + 1
    ws.cell(row=r, column=1, value="県支部").fill = HEAD_FILL
    for g, prod in enumerate(F03_PRODUCTS):
        x = ws.cell(row=r, column=2 + g, value=prod)
        x.fill = HEAD_FILL
        x.alignment = CENTER
        x.font = Font(bold=True)
    r += 1
    if asof_row:
        ws.cell(row=r, column=1, value="集計時点")
        for g, asof in enumerate(F03_ASOF):
            ws.cell(row=r, column=2 + g, value=asof).alignment = CENTER
        r += 1
    first = r
    for name in order:
        ws.cell(row=r, column=1, value=name)
        for g in range(len(F03_PRODUCTS)):
            v = cell_value(name, g)
            x = ws.cell(row=r, column=2 + g, value=v)
            if fmt:
                x.number_format = fmt
        r += 1
    if total:
        ws.cell(row=r, column=1, value="計").font = Font(bold=True)
        for g in range(len(F03_PRODUCTS)):
            col = get_column_letter(2 + g)
            ws.cell(row=r, column=2 + g, value=f"=SUM({col}{first}:{col}{r - 1})").font = Font(bold=True)
        r += 1
    return r + 1


def build_03_source(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "東海近畿"
    ws["A1"] = "東海北陸・近畿 新契約件数（県支部別）"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "東海北陸地連・近畿地連 合同集計"
    r = 4
    r = _f03_block(ws, r, "【目標】", F03_TARGET_ORDER,
                   lambda n, g: F03[n][g][0], "#,##0", False, True)
    r = _f03_block(ws, r, "【実績】", F03_ACTUAL_ORDER,
                   lambda n, g: F03[n][g][1], "#,##0", True, True)

    def rate(n, g):
        t, a = F03[n][g]
        return round(a / t, 5) if t else None   # typed: rounded to 0.000%

    _f03_block(ws, r, "【到達率】", F03_TARGET_ORDER, rate, "0.000%", False, False)
    ws.column_dimensions["A"].width = 12
    for g in range(len(F03_PRODUCTS)):
        ws.column_dimensions[get_column_letter(2 + g)].width = 12
    ws.protection.sheet = True
    ws.protection.password = "kyosai"
    wb.save(path)


def build_03(path: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="legacy_contracts3_ods_") as tmp:
        tmpd = Path(tmp)
        src = tmpd / "src" / (path.stem + ".xlsx")
        src.parent.mkdir()
        build_03_source(src)
        ods = _convert(src, "ods", tmpd / "ods")
        back = _convert(ods, 'xlsx:Calc MS Excel 2007 XML', tmpd / "xlsx")
        _put_sheet_password(back, path, "kyosai")


def _put_sheet_password(src: Path, dst: Path, password: str) -> None:
    """LibreOffice 7.4 keeps the sheet protection through .ods but drops the
    password hash on the way back to .xlsx; put the (legacy 16-bit) hash back
    into every <sheetProtection> so the sheet is protected WITH a password, as
    the office's copy is.  Entries are rewritten in their original order."""
    import zipfile
    from openpyxl.worksheet.protection import hash_password

    attr = f'<sheetProtection password="{hash_password(password)}" '
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename.startswith("xl/worksheets/sheet") and b"<sheetProtection " in data:
                data = data.replace(b"<sheetProtection ", attr.encode("ascii"), 1)
            zout.writestr(info, data)


# ---------------------------------------------------------------------------
# 04  九州 (.xls): 団体生命 twice (12月末 and 1月末)
# ---------------------------------------------------------------------------
F04_GROUPS = [("団体生命", "2024年12月末"), ("退職団生", "2025年1月末"),
              ("交通災害", "2024年12月末"), ("こども", "2025年1月末"),
              ("団体生命", "2025年1月末")]
F04_ROWS = [
    # 県支部 as written, (目標, 実績) × 5 groups in F04_GROUPS order
    ("福岡県支部", (420, 330), (140, 49), (60, 47), (10, 6), (420, 356)),
    ("佐賀県支部", (190, 150), (65, 21), (6, 77), (5, 3), (190, 163)),
    ("長崎県支部", (240, 188), (95, 33), (44, 31), (6, 4), (240, 207)),
    ("大分県支部", (220, 201), (70, 26), (30, 30), (5, 2), (220, 224)),
    ("宮崎県支部", (175, 133), (60, 19), (22, 16), (_, 1), (175, 141)),
    ("熊本県支部", (250, 230), (100, 38), (38, 29), (8, 5), (250, 252)),
    ("鹿児島県支部", (270, 190), (85, 30), (35, 27), (7, 4), (270, 204)),
    ("沖縄県支部", (195, 160), (40, 41), (20, 15), (4, 4), (195, 171)),
]


def build_04_xlsx(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "九州"
    ws["A1"] = "九州地連 新契約件数実績"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "2025年2月7日 更新"
    ws.cell(row=4, column=1, value="県支部").alignment = CENTER
    ws.merge_cells(start_row=4, start_column=1, end_row=6, end_column=1)
    for g, (prod, asof) in enumerate(F04_GROUPS):
        c = 2 + 2 * g
        ws.cell(row=4, column=c, value=prod).alignment = CENTER
        ws.merge_cells(start_row=4, start_column=c, end_row=4, end_column=c + 1)
        ws.cell(row=5, column=c, value=asof).alignment = CENTER
        ws.merge_cells(start_row=5, start_column=c, end_row=5, end_column=c + 1)
        ws.cell(row=6, column=c, value="目標").alignment = CENTER
        ws.cell(row=6, column=c + 1, value="実績").alignment = CENTER
    for i, row in enumerate(F04_ROWS):
        r = 7 + i
        ws.cell(row=r, column=1, value=row[0])
        for g in range(len(F04_GROUPS)):
            c = 2 + 2 * g
            t, a = row[1 + g]
            if t is not None:
                ws.cell(row=r, column=c, value=t)
            ws.cell(row=r, column=c + 1, value=a)
    r = 7 + len(F04_ROWS)
    ws.cell(row=r, column=1, value="九州計").font = Font(bold=True)
    for g in range(len(F04_GROUPS)):
        c = 2 + 2 * g
        for k in (0, 1):
            col = get_column_letter(c + k)
            ws.cell(row=r, column=c + k, value=f"=SUM({col}7:{col}{r - 1})").font = Font(bold=True)
    ws.cell(row=r + 2, column=1,
            value="※佐賀の交通災害は契約管理の変更分を新契約として計上しています。")
    ws.column_dimensions["A"].width = 14
    wb.save(path)


def build_04(path: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="legacy_contracts3_xls_") as tmp:
        src = Path(tmp) / (path.stem + ".xlsx")
        build_04_xlsx(src)
        xls = _convert(src, "xls", Path(tmp))
        shutil.move(str(xls), str(path))


# ---------------------------------------------------------------------------
# 05  全国 47: codes in the 県支部 column, names at the far right, text numbers
# ---------------------------------------------------------------------------
F05_PRODUCTS = ["団体生命", "長期", "交通災害"]
F05_ROWS = [
    # 県コード (text), 県支部名, 団体生命 目標, 実績, 長期 目標, 実績, 交通災害 目標, 実績
    ("01", "北海道", "１，１５０", 994, 286, 261, 132, 116),
    ("03", "青森", 143, 146, 101, 57, 88, 40),
    ("04", "岩手", 145, 147, 155, 105, 57, 41),
    ("05", "宮城", 427, 336, 257, 177, 61, 58),
    ("06", "秋田", 218, 148, 229, 146, 163, 128),
    ("07", "山形", 469, 233, 54, 23, 49, 24),
    ("08", "福島", 389, 377, 128, 64, 132, 75),
    ("09", "新潟", 294, 194, 128, 63, 106, 86),
    ("10", "群馬", 273, "約120", 270, 187, 127, 74),
    ("11", "栃木", 156, 82, 40, 25, 93, 72),
    ("12", "茨城", 323, 251, 219, 149, 179, 127),
    ("13", "埼玉", 344, 358, 263, 247, 104, 72),
    ("14", "東京", "1，204", 1003, 290, 215, 88, 50),
    ("15", "千葉", 432, 372, 221, 229, 64, 42),
    ("16", "神奈川", 410, 338, 65, 68, 122, 64),
    ("17", "山梨", 127, 82, 0, 3, 160, 166),
    ("18", "長野", 320, 234, 238, 244, 36, 33),
    ("19", "富山", 326, 222, 173, 173, 112, 91),
    ("20", "石川", 475, 255, 161, 75, 67, 45),
    ("21", "福井", 440, 390, 121, 55, 9, 97),
    ("22", "静岡", 403, 186, 259, 157, 44, 32),
    ("23", "愛知", 208, 104, 40, 32, 146, 133),
    ("24", "岐阜", 191, 120, 210, 171, 106, 59),
    ("25", "三重", 412, 361, 175, 95, 139, 68),
    ("26", "滋賀", 282, 131, 95, 95, 107, 112),
    ("27", "京都", 380, 363, 109, 64, 145, 154),
    ("28", "奈良", 464, 271, 173, 172, 170, 113),
    ("29", "和歌山", 456, 346, 132, 101, 29, 14),
    ("30", "大阪", 160, 143, 214, 94, 200, 131),
    ("32", "兵庫", 305, 205, 88, 78, 40, 37),
    ("33", "岡山", 449, 465, 187, 150, 63, 26),
    ("34", "広島", 330, 324, 195, 105, 40, 26),
    ("35", "鳥取", 407, 195, 207, 192, 25, -2),
    ("36", "島根", 435, 227, 261, 108, 173, 121),
    ("37", "山口", 294, 201, 237, 209, 123, 61),
    ("38", "香川", 332, 177, 69, 49, 59, 55),
    ("39", "徳島", 161, 97, 60, 33, 112, 68),
    ("40", "愛媛", 380, 380, 101, 91, 97, 89),
    ("41", "高知", 368, 300, 58, "集計中", 180, 108),
    ("42", "福岡", 320, 334, 226, 115, 147, 139),
    ("43", "佐賀", 224, 184, 131, 95, 76, 81),
    ("44", "長崎", 475, 436, 56, 37, 29, 27),
    ("45", "大分", 477, 444, 260, 145, 113, 83),
    ("46", "宮崎", 299, 227, 197, 92, 143, 145),
    ("47", "熊本", 277, 172, 210, 167, 85, 62),
    ("48", "鹿児島", 421, 407, 93, 46, 38, 20),
    ("49", "沖縄", 266, 282, 232, 222, 82, 39),
]
# the 全国 row as typed at the bottom -- last month's figures, NOT the sum
F05_NATIONAL_TYPED = (15820, 10512, 7750, 5380, 4870, 3520)


def build_05(path: Path) -> None:
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path))
    wb.set_properties(FIXED_PROPS)
    ws = wb.add_worksheet("全国集計")
    title = wb.add_format({"bold": True, "font_size": 14})
    head = wb.add_format({"bold": True, "align": "center", "valign": "vcenter",
                          "border": 1, "text_wrap": True, "bg_color": "#E2EFDA"})
    num = wb.add_format({"num_format": "#,##0;[Red]-#,##0", "border": 1})
    numtxt = wb.add_format({"border": 1, "align": "right"})
    code = wb.add_format({"border": 1, "align": "center", "num_format": "@"})
    txt = wb.add_format({"border": 1})
    nat = wb.add_format({"bold": True, "num_format": "#,##0", "border": 1, "bg_color": "#FFE699"})
    natt = wb.add_format({"bold": True, "border": 1, "bg_color": "#FFE699"})
    ws.write(0, 0, "令和6年度 新契約件数 全国集計（令和7年1月末現在）", title)
    ws.write(1, 0, "※交通災害は令和6年12月末現在")
    ws.merge_range(3, 0, 4, 0, "県支部", head)
    for g, prod in enumerate(F05_PRODUCTS):
        c = 1 + 2 * g
        ws.merge_range(3, c, 3, c + 1, prod, head)
        ws.write(4, c, "目標", head)
        ws.write(4, c + 1, "実績", head)
    name_col = 1 + 2 * len(F05_PRODUCTS) + 1          # after one blank column
    ws.merge_range(3, name_col, 4, name_col, "県支部名", head)
    for i, row in enumerate(F05_ROWS):
        r = 5 + i
        ws.write_string(r, 0, row[0], code)
        for k, v in enumerate(row[2:]):
            if isinstance(v, str):
                ws.write_string(r, 1 + k, v, numtxt)
            else:
                ws.write_number(r, 1 + k, v, num)
        ws.write_string(r, name_col, row[1], txt)
    r = 5 + len(F05_ROWS)
    ws.write_string(r, 0, "全国", natt)
    for k, v in enumerate(F05_NATIONAL_TYPED):
        ws.write_number(r, 1 + k, v, nat)
    ws.write(r + 2, 0, "※群馬の団体生命は概数、高知の長期は集計中です。鳥取の交通災害は前月の計上誤りを訂正したためマイナスです。")
    ws.set_column(0, 0, 8)
    ws.set_column(1, 6, 10)
    ws.set_column(name_col - 1, name_col - 1, 3)
    ws.set_column(name_col, name_col, 10)
    ws.freeze_panes(5, 1)
    wb.close()


# ---------------------------------------------------------------------------
# 06  中国・四国: products down, 区分 rows 目標 / 実績（時点） / 到達率
# ---------------------------------------------------------------------------
F06_BRANCHES = ["岡山", "広島", "鳥取", "島根", "山口", "香川", "徳島", "愛媛", "高知"]
F06_PRODUCTS = [
    # label on the sheet, 実績 row label, (目標, 実績) × 9 branches in F06_BRANCHES order
    ("マイカー", "実績（2024年12月末）",
     [(500, 301), (640, 377), (260, 150), (300, 177), (450, 266), (380, 221), (320, 188), (420, 250), (290, 160)]),
    ("住まいる（火災）", "実績（2024年12月末）",
     [(80, 38), (100, 47), (40, 18), (45, 21), (70, 33), (55, 26), (50, 24), (65, 31), (42, 19)]),
    ("住まいる（自然災害）", "実績（2024年12月末）",
     [(70, 33), (90, 41), (35, 16), (4, 46), (60, 28), (48, 22), (44, 20), (58, 27), (38, 17)]),
    ("じちろう団体生命", "実績（2025年1月末）",
     [(290, 244), (360, 301), (150, 122), (175, 181), (265, 210), (215, 215), (195, 150), (235, 203), (165, 131)]),
    ("税適", "実績（2025年1月末）",
     [(95, 53), (120, 70), (40, 22), (55, 30), (80, 46), (60, 37), (50, 28), (70, 71), (0, 1)]),
    ("こども", "実績（2025年1月末）",
     [(12, 7), (15, 9), (5, 3), (6, 4), (10, 10), (8, 5), (5, 2), (9, 6), (4, 1)]),
]


def _pct3(a: int, t: int) -> str:
    """The clerk's typed rate: rounded to three decimals of a percent."""
    if not t:
        return "－"
    return f"{a * 100 / t:.3f}%"


def build_06(path: Path) -> None:
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path))
    wb.set_properties(FIXED_PROPS)
    ws = wb.add_worksheet("中国四国")
    title = wb.add_format({"bold": True, "font_size": 13})
    head = wb.add_format({"bold": True, "align": "center", "valign": "vcenter",
                          "border": 1, "text_wrap": True, "bg_color": "#D9E1F2"})
    prodf = wb.add_format({"bold": True, "align": "center", "valign": "vcenter",
                           "border": 1, "text_wrap": True})
    num = wb.add_format({"num_format": "#,##0", "border": 1})
    ratef = wb.add_format({"border": 1, "align": "right", "font_color": "#595959"})
    txt = wb.add_format({"border": 1})
    tot = wb.add_format({"bold": True, "num_format": "#,##0", "border": 1, "bg_color": "#EDEDED"})
    ws.write(0, 0, "中国・四国地連 新契約件数", title)
    ws.write(2, 0, "共済", head)
    ws.write(2, 1, "区分", head)
    for j, b in enumerate(F06_BRANCHES):
        ws.write(2, 2 + j, b, head)
    tot_col = 2 + len(F06_BRANCHES)
    ws.write(2, tot_col, "計", head)
    r = 3
    for label, actual_label, figs in F06_PRODUCTS:
        ws.merge_range(r, 0, r + 2, 0, label, prodf)
        ws.write(r, 1, "目標", txt)
        ws.write(r + 1, 1, actual_label, txt)
        ws.write(r + 2, 1, "到達率", txt)
        for j, (t, a) in enumerate(figs):
            ws.write_number(r, 2 + j, t, num)
            ws.write_number(r + 1, 2 + j, a, num)
            ws.write_string(r + 2, 2 + j, _pct3(a, t), ratef)
        ts = sum(t for t, _a in figs)
        as_ = sum(a for _t, a in figs)
        first, last = _col(2), _col(tot_col - 1)
        ws.write_formula(r, tot_col, f"=SUM({first}{r + 1}:{last}{r + 1})", tot, ts)
        ws.write_formula(r + 1, tot_col, f"=SUM({first}{r + 2}:{last}{r + 2})", tot, as_)
        ws.write_string(r + 2, tot_col, _pct3(as_, ts), ratef)
        r += 3
    ws.write(r + 1, 0, "※島根の住まいる（自然災害）は契約管理の変更分を含みます。")
    ws.set_column(0, 0, 18)
    ws.set_column(1, 1, 18)
    ws.set_column(2, tot_col, 9)
    ws.freeze_panes(3, 2)
    wb.close()


BUILDERS = {
    "01_東北_記入要領の下に表.xlsx": build_01,
    "02_関東甲信越_左右二表_集計時点一覧.xlsx": build_02,
    "03_東海近畿_目標実績縦積み_LO保護.xlsx": build_03,
    "04_九州_団生が二か所.xls": build_04,
    "05_全国_コード列_名称は右端.xlsx": build_05,
    "06_中国四国_区分行_実績見出しに時点.xlsx": build_06,
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
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp(prefix="legacy_contracts3_"))
    for n, p in build(target).items():
        print(n, p)