"""Sixth independent fixture set: 新契約件数 主要共済の実績 (Report B) workbooks
that measure how well the reader GENERALISES to ordinary files typed by
offices that did not use HQ's template.  Built without reading the reader's
code.  Each file is what one 地連 (block) office or its 県本部 would really
send, and COMBINES three to five habits: about two thirds are habits already
seen in tests/legacy_contracts … legacy_contracts5 (see their build.py
docstrings), mixed differently; about one third are plausible habits none of
those sets has -- marked NEW below.

Every number below is a literal typed here.  Rates, totals, 見込 (forecasts),
前年同期 figures, the hidden 前月累計 / 当月 columns, the numbers inside cell
comments and the dates of a 決裁欄 or 報告日 that appear *inside* the
workbooks are what a clerk typed or what Excel / LibreOffice cached --
rounded, not truncated -- and must never be read as a 県支部's figures of this
report.  Expected readings are in expected.py (typed by hand, not produced by
the tool).  ``_`` below means a blank cell; ``DASH`` is the text 「－」.

Files (writer / sheets / habits)
--------------------------------

01_北海道東北_生命系損保系_年度末見込.xlsx  -- XlsxWriter, sheet 「北海道東北地連」.
    - 県支部 DOWN written 「北海道」「青森県」「岩手県」 … (seen), products ACROSS,
      each merged over its measure columns (seen).
    - NEW: a CATEGORY BAND above the products: 「生命系」 merged over
      じちろう団体生命 and 長期共済, 「損保系」 over じちろうマイカー and 自然災害.
    - NEW: a 「年度末見込」 (year-end forecast) column between 実績 and 到達率 in
      every product group: 目標｜実績｜年度末見込｜到達率(%).  The forecast is
      not a figure of the report.
    - the as-of month in the title 「（2025年1月末現在）」 and a note that names
      the band: 「※損保系（マイカー・自然災害）は2024年12月末現在」 (notes seen;
      naming the band is part of the NEW band habit).
    - 到達率 formulas ROUND(実績/目標*100,1) in percent points, cached (seen);
      a 「地連計」 row at the bottom (SUM formulas, cached) (seen).
    Traps: 岩手 団生 215/215; 秋田 団生 182/180; 宮城 長期 141/140; 山形 長期
    目標 blank with 実績 6; 山形 自然災害 51/4 (1275.00%); 長期 total 546/755
    (72.31%, rounding 72.32%); マイカー total 1693/2920 (57.97%, rounding 57.98%).

02_関東甲信越_表題はテキストボックス_折りたたみ列.xlsx  -- XlsxWriter, sheet 「集計表」.
    - NEW: the title AND the as-of month are only in a TEXT BOX (a drawing
      shape over rows 1–3): 「関東甲信越地連　新契約件数 集計表（2025年1月末
      現在）」; no cell above the table holds a title.  A cell note under the
      table gives the exceptions: 「※自賠責共済・火災共済は2024年12月末現在」 (seen).
    - NEW: each product is merged over FIVE columns 目標｜前月累計｜当月｜累計｜
      到達率, and 前月累計 and 当月 are GROUPED AND COLLAPSED (outline level 1,
      hidden): what one sees is 目標｜累計｜到達率.  累計 (= 前月累計 + 当月,
      formulas, cached) is the 実績; the hidden 前月累計 is last month's figure.
    - 県本部 names 「自治労茨城県本部」 … 「自治労東京都本部」 (seen) in JIS order
      (茨城 栃木 群馬 埼玉 千葉 東京 神奈川 新潟 山梨 長野; the federation order
      starts 新潟 群馬 栃木 茨城) (seen); a 「合計」 row (seen); 到達率 formulas
      ROUND(…,3), 0.0%, cached (seen).
    Traps: 東京 団生 410/410 (前月累計 389); 山梨 団生 151/150; 団生 total
    2415/2990 (80.76%, rounding 80.77%); 山梨 退職者 目標 blank with 実績 2;
    自賠責 total 1174/2110 (55.63%, rounding 55.64%); 山梨 火災 42/3
    (1400.00%); 火災 total 321/648 (49.53%, rounding 49.54%).

03_東海北陸_商品縦_和暦略記_注記記号.xlsx  -- openpyxl, sheet 「東海北陸」.
    - products DOWN (column 共済名), 県支部 ACROSS, each 県支部 merged over a
      目標｜実績 pair, and a 「計」 pair at the right (SUM formulas, no cached
      values) (seen), short names in the federation order.
    - NEW: the 集計時点 column gives the month with the era LEFT OUT and in
      full-width digits: 「７年１月末」 / 「６年１２月末」 (令和 implied; the title
      says 「令和6年度」).
    - NEW: FOOTNOTE MARKERS glued to product names: 「長期共済※1」 and
      「交通災害共済※2」, with the notes 「※1 …」「※2 …」 under the table (they
      say nothing about months).
    - the 三重 実績 column typed as TEXT 「208件」 (seen); 目標 blank / 0 (seen).
    Traps: 静岡 団生 350/350; 石川 団生 229/220 and 長期 97/95; 三重 長期 目標 0
    with 実績 2; 三重 税適 35/35; 福井 交災 113/9 (1255.55%, rounding 1255.56%);
    交災 total 284/229 (124.01%, rounding 124.02%); 三重 こども 目標 blank with
    実績 1; 退職者 total 232/605 (38.34%, rounding 38.35%).

04_近畿_縦長_2頁目見出し.xls  -- openpyxl then LibreOffice → .xls (formulas
    recalculated and cached by LibreOffice), sheet 「新契約」.
    - a long table No.｜共済名｜県本部｜集計月｜目標件数｜実績件数｜達成率｜前年同期
      (seen), 共済名 and 集計月 typed on a block's first row and 「〃」 below
      (seen), a 「小計」 row after every product and a 「総計」 row (seen); the
      前年同期 column is last year's count (seen).
    - 県本部 written 「滋賀県」「京都府」「大阪府」 … in JIS order (大阪 兵庫
      before 奈良 和歌山) (seen).
    - NEW: the table runs over two printed pages and the clerk COPIED THE
      HEADING ROW onto page 2 (with a manual page break and a title line
      「…（つづき）」「（2／2）」): a second heading row in the middle of the
      table, the No. continuing 19, 20, … after it.
    Traps: 団生 achievers 奈良 170/170 and 兵庫 421/420 (listed 奈良, 兵庫: 兵庫
    is first on the sheet); 車両 total 1289/2540 (50.74%, rounding 50.75%);
    和歌山 自賠責 79/6 (1316.66%, rounding 1316.67%); 奈良 長期 76/75; 長期
    total 505/720 (70.13%, rounding 70.14%).

05_中国_県本部別シート_コメント付き.xlsx  -- openpyxl, one sheet per 県本部:
    「鳥取」「島根」「岡山」「広島」「山口」 (JIS order; seen).
    - each sheet names its 県本部 in a field 「県本部名｜自治労鳥取県本部」 (seen),
      products DOWN, 「集計時点｜2025年1月末（マイカー・車両・火災は2024年12月
      末）」 (seen), 到達率 typed as TEXT rounded to one decimal 「78.7%」 (seen),
      a 「合計」 row (SUM formulas, no cached values) (seen).
    - NEW: headings in the words of a campaign office: 共済名｜推進目標｜
      獲得件数（累計）｜獲得率｜備考 (推進目標 = 目標, 獲得件数 = 実績).
    - NEW: CELL COMMENTS (notes) on some figure cells, carrying numbers
      (「1/29 単組から追加報告あり（+4件）。前回報告は277件」) -- not figures.
    Traps: 広島 団生 281/280; 山口 団生 210/210 (achievers 広島, 山口); 団生 total
    952/1075 (88.55%, rounding 88.56%); 山口 火災 38/3 (1266.66%, rounding
    1266.67%); 島根 こども 目標 0 with 実績 1; こども total 19/29 (65.51%,
    rounding 65.52%); マイカー total 1284/2180 (58.89%, rounding 58.90%).

06_九州_決裁欄_目標実績達成率の三段見出し.xlsx  -- XlsxWriter, sheet 「九州地連」.
    - NEW: a 決裁欄 (approval stamp boxes 「決裁」｜「事務局長」「次長」「担当」 with
      empty stamp cells) at the top right, over the columns of the table, and
      a line 「起案日　2025年2月6日」 (a date, not the as-of month).
    - MEASURE OVER PRODUCT: 「目標」 merged over 団生｜退職団生｜長期｜交災, then
      「実績」 over the same four, then 「達成率」 (seen).
    - the as-of month on its own line under the title: 「2025年1月末現在（交災は
      2024年12月末現在）」 (seen); 県支部 written 「福岡県」 … in JIS order (熊本
      before 大分) (seen); a 「九州地連計」 row (SUM formulas, cached) (seen).
    Traps: 佐賀 団生 180/180 and 熊本 302/300 (achievers 佐賀, 熊本); 熊本 長期
    141/140 and 大分 112/110 (listed 大分, 熊本: 熊本 is first on the sheet);
    大分 交災 12/12; 沖縄 交災 125/9 (1388.88%, rounding 1388.89%); 退職者
    total 200/565 (35.39%, rounding 35.40%).
"""
from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

import openpyxl
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter as L
from openpyxl.worksheet.pagebreak import Break

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/: the shared LibreOffice helper
import lo  # noqa: E402

_ = None  # a blank cell
DASH = "－"

CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def _col(c: int) -> str:
    """0-based column index → letter (XlsxWriter coordinates)."""
    return L(c + 1)


# ---------------------------------------------------------------------------
# 01  北海道東北: 生命系 / 損保系 band, 年度末見込 column
# ---------------------------------------------------------------------------
F01_BRANCHES = ["北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県"]
F01_BANDS = [("生命系", ["じちろう団体生命", "長期共済"]), ("損保系", ["じちろうマイカー", "自然災害"])]
# per product (band order): per branch (目標, 実績, 年度末見込)
F01_DATA = {
    "じちろう団体生命": [(330, 241, 300), (240, 188, 225), (215, 215, 240), (290, 226, 270),
                    (180, 182, 200), (225, 171, 205), (310, 233, 290)],
    "長期共済": [(160, 97, 140), (95, 58, 85), (120, 83, 110), (140, 141, 160),
             (90, 49, 75), (_, 6, 8), (150, 112, 140)],
    "じちろうマイカー": [(560, 322, 470), (380, 219, 320), (350, 207, 300), (470, 281, 400),
                   (300, 166, 250), (340, 198, 290), (520, 300, 440)],
    "自然災害": [(80, 34, 50), (55, 21, 35), (50, 23, 36), (70, 30, 48),
             (40, 18, 27), (4, 51, 60), (75, 36, 55)],
}


def build_01(path: Path) -> None:
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("北海道東北地連")
    title = wb.add_format({"bold": True, "font_size": 13})
    head = wb.add_format({"bold": True, "align": "center", "valign": "vcenter", "border": 1,
                          "text_wrap": True, "bg_color": "#DDEBF7"})
    band = wb.add_format({"bold": True, "align": "center", "valign": "vcenter", "border": 1,
                          "bg_color": "#BDD7EE"})
    txt = wb.add_format({"border": 1})
    num = wb.add_format({"border": 1, "num_format": "#,##0"})
    fc = wb.add_format({"border": 1, "num_format": "#,##0", "font_color": "#7F7F7F", "italic": True})
    pct = wb.add_format({"border": 1, "num_format": "0.0"})
    tot = wb.add_format({"bold": True, "border": 1, "num_format": "#,##0", "bg_color": "#FFF2CC"})
    totp = wb.add_format({"bold": True, "border": 1, "num_format": "0.0", "bg_color": "#FFF2CC"})
    tott = wb.add_format({"bold": True, "border": 1, "bg_color": "#FFF2CC"})
    ws.write(0, 0, "令和6年度　新契約件数 実績報告（2025年1月末現在）", title)
    ws.write(1, 0, "北海道・東北地連")
    ws.write(1, 14, "（単位：件）")
    ws.merge_range(3, 0, 5, 0, "県支部", head)
    products = [p for _b, ps in F01_BANDS for p in ps]
    c = 1
    for bname, ps in F01_BANDS:
        ws.merge_range(3, c, 3, c + 4 * len(ps) - 1, bname, band)
        c += 4 * len(ps)
    for g, prod in enumerate(products):
        c = 1 + 4 * g
        ws.merge_range(4, c, 4, c + 3, prod, head)
        for k, h in enumerate(("目標", "実績", "年度末見込", "到達率(%)")):
            ws.write(5, c + k, h, head)
    first = 6
    for i, branch in enumerate(F01_BRANCHES):
        r = first + i
        ws.write_string(r, 0, branch, txt)
        for g, prod in enumerate(products):
            c = 1 + 4 * g
            t, a, f = F01_DATA[prod][i]
            if t is None:
                ws.write_blank(r, c, None, num)
            else:
                ws.write_number(r, c, t, num)
            ws.write_number(r, c + 1, a, num)
            ws.write_number(r, c + 2, f, fc)
            tc, ac = f"{_col(c)}{r + 1}", f"{_col(c + 1)}{r + 1}"
            ws.write_formula(r, c + 3, f'=IF(N({tc})=0,"",ROUND({ac}/{tc}*100,1))', pct,
                             "" if not t else round(a / t * 100, 1))
    last = first + len(F01_BRANCHES) - 1
    r = last + 1
    ws.write_string(r, 0, "地連計", tott)
    for g, prod in enumerate(products):
        c = 1 + 4 * g
        for k in range(3):
            s = sum(row[k] or 0 for row in F01_DATA[prod])
            col = _col(c + k)
            ws.write_formula(r, c + k, f"=SUM({col}{first + 1}:{col}{last + 1})", tot, s)
        ts = sum(row[0] or 0 for row in F01_DATA[prod])
        as_ = sum(row[1] for row in F01_DATA[prod])
        ws.write_formula(r, c + 3, f"=ROUND({_col(c + 1)}{r + 1}/{_col(c)}{r + 1}*100,1)", totp,
                         round(as_ / ts * 100, 1))
    ws.write(r + 2, 0, "※損保系（マイカー・自然災害）は2024年12月末現在。")
    ws.write(r + 3, 0, "※年度末見込は各県支部からの聞き取りによる3月末の見込件数。到達率は実績÷目標（％、小数第1位）。")
    ws.write(r + 4, 0, "※山形の長期共済は目標未設定。")
    ws.set_column(0, 0, 10)
    ws.set_column(1, 16, 8)
    ws.freeze_panes(6, 1)
    wb.close()


# ---------------------------------------------------------------------------
# 02  関東甲信越: title in a text box, collapsed 前月累計 / 当月 columns
# ---------------------------------------------------------------------------
F02_BRANCHES = ["自治労茨城県本部", "自治労栃木県本部", "自治労群馬県本部", "自治労埼玉県本部",
                "自治労千葉県本部", "自治労東京都本部", "自治労神奈川県本部", "自治労新潟県本部",
                "自治労山梨県本部", "自治労長野県本部"]  # JIS order
# per product: per branch (目標, 前月累計, 当月); 累計 = 前月累計 + 当月
F02_DATA = [
    ("団体生命共済", [(250, 178, 12), (280, 196, 14), (260, 187, 9), (350, 251, 17), (330, 238, 15),
                (410, 389, 21), (390, 283, 20), (300, 214, 13), (150, 140, 11), (270, 195, 12)]),
    ("退職者団体生命", [(60, 17, 2), (85, 36, 3), (70, 20, 1), (110, 43, 4), (95, 30, 2),
                  (130, 50, 6), (120, 45, 3), (90, 28, 2), (_, 2, 0), (80, 24, 3)]),
    ("自賠責共済", [(170, 88, 7), (200, 103, 8), (190, 91, 7), (260, 129, 11), (220, 121, 9),
               (300, 163, 14), (280, 139, 11), (210, 112, 8), (90, 49, 3), (190, 94, 7)]),
    ("火災共済", [(55, 20, 2), (65, 24, 2), (60, 27, 3), (85, 34, 3), (75, 27, 3),
              (90, 37, 4), (80, 32, 3), (70, 25, 3), (3, 38, 4), (65, 28, 2)]),
]


def build_02(path: Path) -> None:
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("集計表")
    head = wb.add_format({"bold": True, "align": "center", "valign": "vcenter", "border": 1,
                          "text_wrap": True, "bg_color": "#E2EFDA"})
    txt = wb.add_format({"border": 1})
    num = wb.add_format({"border": 1, "num_format": "#,##0"})
    cum = wb.add_format({"border": 1, "num_format": "#,##0", "bold": True})
    pct = wb.add_format({"border": 1, "num_format": "0.0%"})
    tot = wb.add_format({"bold": True, "border": 1, "num_format": "#,##0", "bg_color": "#FFF2CC"})
    totp = wb.add_format({"bold": True, "border": 1, "num_format": "0.0%", "bg_color": "#FFF2CC"})
    tott = wb.add_format({"bold": True, "border": 1, "bg_color": "#FFF2CC"})
    ws.insert_textbox(0, 0, "関東甲信越地連　新契約件数 集計表（2025年1月末現在）",
                      {"width": 640, "height": 44, "x_offset": 4, "y_offset": 4,
                       "font": {"bold": True, "size": 14},
                       "align": {"vertical": "middle", "horizontal": "center"},
                       "border": {"color": "#404040", "width": 1.25},
                       "fill": {"color": "#FFFFFF"}})
    ws.set_row(0, 18)
    ws.set_row(1, 18)
    ws.write(2, 18, "（単位：件）")
    hr = 3
    ws.merge_range(hr, 0, hr + 1, 0, "県本部", head)
    for g, (prod, _rows) in enumerate(F02_DATA):
        c = 1 + 5 * g
        ws.merge_range(hr, c, hr, c + 4, prod, head)
        for k, h in enumerate(("目標", "前月累計", "当月", "累計", "到達率")):
            ws.write(hr + 1, c + k, h, head)
    first = hr + 2
    for i, branch in enumerate(F02_BRANCHES):
        r = first + i
        ws.write_string(r, 0, branch, txt)
        for g, (prod, rows) in enumerate(F02_DATA):
            c = 1 + 5 * g
            t, prev, cur = rows[i]
            if t is None:
                ws.write_blank(r, c, None, num)
            else:
                ws.write_number(r, c, t, num)
            ws.write_number(r, c + 1, prev, num)
            ws.write_number(r, c + 2, cur, num)
            ws.write_formula(r, c + 3, f"={_col(c + 1)}{r + 1}+{_col(c + 2)}{r + 1}", cum, prev + cur)
            tc, ac = f"{_col(c)}{r + 1}", f"{_col(c + 3)}{r + 1}"
            ws.write_formula(r, c + 4, f'=IF(N({tc})=0,"",ROUND({ac}/{tc},3))', pct,
                             "" if not t else round((prev + cur) / t, 3))
    last = first + len(F02_BRANCHES) - 1
    r = last + 1
    ws.write_string(r, 0, "合計", tott)
    for g, (prod, rows) in enumerate(F02_DATA):
        c = 1 + 5 * g
        sums = [sum(x[0] or 0 for x in rows), sum(x[1] for x in rows), sum(x[2] for x in rows)]
        sums.append(sums[1] + sums[2])
        for k in range(4):
            col = _col(c + k)
            ws.write_formula(r, c + k, f"=SUM({col}{first + 1}:{col}{last + 1})", tot, sums[k])
        ws.write_formula(r, c + 4, f"=ROUND({_col(c + 3)}{r + 1}/{_col(c)}{r + 1},3)", totp,
                         round(sums[3] / sums[0], 3))
    ws.write(r + 2, 0, "※自賠責共済・火災共済は2024年12月末現在。")
    ws.write(r + 3, 0, "※山梨の退職者団体生命は目標未設定。")
    ws.set_column(0, 0, 18)
    for g in range(len(F02_DATA)):
        c = 1 + 5 * g
        ws.set_column(c, c, 7)
        ws.set_column(c + 1, c + 2, 7, None, {"level": 1, "hidden": True})
        ws.set_column(c + 3, c + 3, 7, None, {"collapsed": True})
        ws.set_column(c + 4, c + 4, 7)
    ws.freeze_panes(first, 1)
    wb.close()


# ---------------------------------------------------------------------------
# 03  東海北陸: products down, 県支部 pairs across, 「７年１月末」, ※ markers
# ---------------------------------------------------------------------------
F03_BRANCHES = ["富山", "石川", "福井", "静岡", "愛知", "岐阜", "三重"]  # federation order
F03_ROWS = [  # 共済名 as typed, 集計時点 as typed, (目標, 実績) per branch
    ("団体生命共済", "７年１月末",
     [(240, 197), (220, 229), (260, 199), (350, 350), (310, 246), (300, 233), (270, 208)]),
    ("退職者団体生命共済", "７年１月末",
     [(80, 29), (70, 24), (90, 38), (110, 44), (95, 36), (85, 33), (75, 28)]),
    ("長期共済※1", "７年１月末",
     [(130, 88), (95, 97), (110, 71), (160, 118), (140, 93), (125, 84), (0, 2)]),
    ("税制適格年金", "７年１月末",
     [(50, 21), (45, 19), (40, 17), (70, 31), (55, 26), (60, 27), (35, 35)]),
    ("交通災害共済※2", "６年１２月末",
     [(35, 28), (30, 22), (9, 113), (45, 37), (40, 31), (38, 29), (32, 24)]),
    ("こども保障", "７年１月末",
     [(6, 3), (5, 2), (4, 1), (8, 5), (7, 4), (6, 6), (_, 1)]),
]


def build_03(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "東海北陸"
    ws["A1"] = "令和6年度　東海北陸地連　新契約件数一覧"
    ws["A1"].font = Font(bold=True, size=13)
    ws["P2"] = "（単位：件）"
    hr = 4
    for col, label in ((1, "共済名"), (2, "集計時点")):
        ws.merge_cells(start_row=hr, start_column=col, end_row=hr + 1, end_column=col)
        c = ws.cell(row=hr, column=col, value=label)
        c.font = Font(bold=True)
        c.alignment = CENTER
    names = F03_BRANCHES + ["計"]
    for j, name in enumerate(names):
        col = 3 + 2 * j
        ws.merge_cells(start_row=hr, start_column=col, end_row=hr, end_column=col + 1)
        c = ws.cell(row=hr, column=col, value=name)
        c.font = Font(bold=True)
        c.alignment = CENTER
        for k, h in enumerate(("目標", "実績")):
            c = ws.cell(row=hr + 1, column=col + k, value=h)
            c.font = Font(bold=True)
            c.alignment = CENTER
    for row in ws.iter_rows(min_row=hr, max_row=hr + 1, min_col=1, max_col=2 + 2 * len(names)):
        for c in row:
            c.border = BOX
            c.fill = PatternFill("solid", fgColor="FCE4D6")
    r = hr + 2
    for prod, asof, pairs in F03_ROWS:
        ws.cell(row=r, column=1, value=prod).border = BOX
        c = ws.cell(row=r, column=2, value=asof)
        c.border = BOX
        c.alignment = Alignment(horizontal="center")
        for j, (t, a) in enumerate(pairs):
            col = 3 + 2 * j
            if F03_BRANCHES[j] == "三重":
                a = f"{a}件"  # the 三重 office typed its counts with the unit
            ct = ws.cell(row=r, column=col, value=t)
            ca = ws.cell(row=r, column=col + 1, value=a)
            for c in (ct, ca):
                c.border = BOX
                c.number_format = "#,##0"
                if isinstance(c.value, str):
                    c.alignment = Alignment(horizontal="right")
        tcol = 3 + 2 * len(F03_BRANCHES)
        for k in range(2):
            refs = ",".join(f"{L(3 + 2 * j + k)}{r}" for j in range(len(F03_BRANCHES)))
            c = ws.cell(row=r, column=tcol + k, value=f"=SUM({refs})")
            c.border = BOX
            c.font = Font(bold=True)
        r += 1
    ws.cell(row=r + 1, column=1, value="※1 満期後の継続契約は含まない。")
    ws.cell(row=r + 2, column=1, value="※2 他制度からの切替分を含む（福井）。")
    ws.cell(row=r + 3, column=1, value="※三重のこども保障は目標未設定。")
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 12
    for j in range(2 * len(names)):
        ws.column_dimensions[L(3 + j)].width = 7
    wb.save(path)


# ---------------------------------------------------------------------------
# 04  近畿: long table over two printed pages, heading row copied on page 2
# ---------------------------------------------------------------------------
F04_BRANCHES = ["滋賀県", "京都府", "大阪府", "兵庫県", "奈良県", "和歌山県"]  # JIS order
F04_BLOCKS = [  # 共済名, 集計月, per branch (目標件数, 実績件数, 前年同期)
    ("団体生命共済", "2025年1月",
     [(190, 152, 160), (260, 205, 214), (480, 377, 390), (420, 421, 398), (170, 170, 150), (160, 119, 131)]),
    ("退職者団体生命共済", "2025年1月",
     [(60, 24, 22), (85, 31, 35), (150, 58, 61), (130, 47, 50), (55, 19, 21), (50, 17, 18)]),
    ("じちろうマイカー共済", "2024年12月",
     [(330, 201, 190), (420, 248, 255), (760, 433, 450), (680, 397, 410), (290, 171, 166), (270, 158, 149)]),
    # ---- page 2 ----
    ("車両損害補償", "2024年12月",
     [(300, 162, 158), (390, 205, 199), (700, 351, 362), (640, 322, 330), (260, 131, 127), (250, 118, 121)]),
    ("自賠責共済", "2024年12月",
     [(150, 83, 80), (190, 104, 99), (330, 182, 176), (300, 171, 165), (120, 66, 61), (6, 79, 5)]),
    ("長期共済", "2025年1月",
     [(85, 57, 60), (110, 74, 70), (200, 138, 141), (180, 119, 122), (75, 76, 68), (70, 41, 44)]),
]
F04_PAGE2 = 3  # the block index that starts page 2
F04_HEADS = ["No.", "共済名", "県本部", "集計月", "目標件数", "実績件数", "達成率", "前年同期"]


def _f04_heading(ws, r: int) -> None:
    for k, h in enumerate(F04_HEADS):
        c = ws.cell(row=r, column=1 + k, value=h)
        c.font = Font(bold=True)
        c.alignment = CENTER
        c.border = BOX
        c.fill = PatternFill("solid", fgColor="D9D9D9")


def build_04_xlsx(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "新契約"
    ws["A1"] = "令和6年度　近畿地連　新契約件数 集計表"
    ws["A1"].font = Font(bold=True, size=13)
    ws["H1"] = "（1／2）"
    ws["H2"] = "（単位：件）"
    _f04_heading(ws, 3)
    r = 4
    no = 1
    subtotals = []
    for b, (prod, month, rows) in enumerate(F04_BLOCKS):
        if b == F04_PAGE2:
            ws.row_breaks.append(Break(id=r - 1))  # page 1 ends with the blank row
            ws.cell(row=r, column=1, value="令和6年度　近畿地連　新契約件数 集計表（つづき）").font = Font(bold=True, size=13)
            ws.cell(row=r, column=8, value="（2／2）")
            r += 1
            _f04_heading(ws, r)
            r += 1
        top = r
        for i, (branch, (t, a, py)) in enumerate(zip(F04_BRANCHES, rows)):
            vals = [no, prod if i == 0 else "〃", branch, month if i == 0 else "〃", t, a,
                    f'=IF(N(E{r})=0,"",ROUND(F{r}/E{r},3))', py]
            for k, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + k, value=v)
                c.border = BOX
                if k in (4, 5, 7):
                    c.number_format = "#,##0"
                if k == 6:
                    c.number_format = "0.0%"
                if k in (1, 3) and v == "〃":
                    c.alignment = Alignment(horizontal="center")
            no += 1
            r += 1
        bottom = r - 1
        vals = [_, _, "小計", _, f"=SUM(E{top}:E{bottom})", f"=SUM(F{top}:F{bottom})",
                f"=ROUND(F{r}/E{r},3)", f"=SUM(H{top}:H{bottom})"]
        for k, v in enumerate(vals):
            c = ws.cell(row=r, column=1 + k, value=v)
            c.border = BOX
            c.font = Font(bold=True)
            c.fill = PatternFill("solid", fgColor="FFF2CC")
            if k == 6:
                c.number_format = "0.0%"
        subtotals.append(r)
        r += 1
        if b == F04_PAGE2 - 1:
            r += 1  # a blank row before the page break
    vals = [_, _, "総計", _, "=" + "+".join(f"E{s}" for s in subtotals),
            "=" + "+".join(f"F{s}" for s in subtotals), f"=ROUND(F{r}/E{r},3)",
            "=" + "+".join(f"H{s}" for s in subtotals)]
    for k, v in enumerate(vals):
        c = ws.cell(row=r, column=1 + k, value=v)
        c.border = BOX
        c.font = Font(bold=True)
        if k == 6:
            c.number_format = "0.0%"
    ws.cell(row=r + 2, column=1, value="※達成率＝実績件数÷目標件数。前年同期は昨年度同月末の実績件数（参考）。")
    widths = {"A": 5, "B": 22, "C": 10, "D": 11, "E": 9, "F": 9, "G": 8, "H": 9}
    for k, w in widths.items():
        ws.column_dimensions[k].width = w
    wb.save(path)


def build_04(path: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="legacy_contracts6_xls_") as tmp:
        src = Path(tmp) / (path.stem + ".xlsx")
        build_04_xlsx(src)
        shutil.move(str(lo.convert(src, Path(tmp) / "out", "xls")), str(path))  # tests/lo.py


# ---------------------------------------------------------------------------
# 05  中国: one sheet per 県本部, 推進目標 / 獲得件数, cell comments
# ---------------------------------------------------------------------------
F05_PRODUCTS = ["団体生命共済", "じちろう退職者団体生命共済", "じちろうマイカー共済", "車両損害補償",
                "火災共済", "こども保障満期金付きタイプ"]
F05_SHEETS = [  # sheet, 県本部名, per product (推進目標, 獲得件数), 備考 {product index: text}
    ("鳥取", "自治労鳥取県本部",
     [(150, 118), (45, 14), (260, 148), (240, 119), (40, 17), (4, 1)], {}),
    ("島根", "自治労島根県本部",
     [(170, 131), (50, 17), (290, 171), (270, 138), (45, 19), (0, 1)], {5: "県本部目標なし"}),
    ("岡山", "自治労岡山県本部",
     [(265, 212), (110, 41), (580, 344), (550, 287), (95, 41), (9, 4)], {}),
    ("広島", "自治労広島県本部",
     [(280, 281), (95, 36), (620, 359), (590, 301), (100, 44), (10, 7)], {0: "目標達成"}),
    ("山口", "自治労山口県本部",
     [(210, 210), (70, 29), (430, 262), (400, 212), (3, 38), (6, 6)],
     {0: "目標達成", 4: "制度切替分を含む", 5: "目標達成"}),
]
F05_COMMENTS = {  # (sheet, product index) → the note on its 獲得件数 cell
    ("広島", 0): "1/29 単組から追加報告あり（+4件）。前回報告は277件。",
    ("岡山", 2): "12月分を訂正 340→344（単組の集計漏れ）",
    ("山口", 4): "切替分35件を含む。通常分は3件。",
    ("鳥取", 1): "退職者会経由 2件を含む",
}


def build_05(path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for sheet, honbu, pairs, notes in F05_SHEETS:
        ws = wb.create_sheet(sheet)
        ws["A1"] = "新契約件数 報告書"
        ws["A1"].font = Font(bold=True, size=14)
        for r, (k, v) in enumerate((("県本部名", honbu),
                                    ("集計時点", "2025年1月末（マイカー・車両・火災は2024年12月末）"),
                                    ("報告日", "2025年2月7日")), start=3):
            ws.cell(row=r, column=1, value=k).font = Font(bold=True)
            ws.cell(row=r, column=2, value=v)
        heads = ("共済名", "推進目標", "獲得件数（累計）", "獲得率", "備考")
        hr = 7
        for k, h in enumerate(heads):
            c = ws.cell(row=hr, column=1 + k, value=h)
            c.font = Font(bold=True)
            c.alignment = CENTER
            c.border = BOX
            c.fill = PatternFill("solid", fgColor="E2EFDA")
        r = hr + 1
        for i, (prod, (t, a)) in enumerate(zip(F05_PRODUCTS, pairs)):
            rate = f"{a / t * 100:.1f}%" if t else DASH  # typed, rounded to one decimal
            vals = [prod, t, a, rate, notes.get(i)]
            for k, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + k, value=v)
                c.border = BOX
                if k in (1, 2):
                    c.number_format = "#,##0"
                if k == 3:
                    c.alignment = Alignment(horizontal="right")
            if (sheet, i) in F05_COMMENTS:
                cm = Comment(F05_COMMENTS[(sheet, i)], "架空 次郎")
                cm.width, cm.height = 220, 70
                ws.cell(row=r, column=3).comment = cm
            r += 1
        last = r - 1
        vals = ["合計", f"=SUM(B{hr + 1}:B{last})", f"=SUM(C{hr + 1}:C{last})", _, _]
        for k, v in enumerate(vals):
            c = ws.cell(row=r, column=1 + k, value=v)
            c.border = BOX
            c.font = Font(bold=True)
        ws.cell(row=r + 2, column=1, value="※獲得率は獲得件数÷推進目標（小数第2位四捨五入）。")
        ws.column_dimensions["A"].width = 30
        ws.column_dimensions["B"].width = 26
        for col in "CD":
            ws.column_dimensions[col].width = 14
        ws.column_dimensions["E"].width = 18
    wb.save(path)


# ---------------------------------------------------------------------------
# 06  九州: 決裁欄, measure over product
# ---------------------------------------------------------------------------
F06_BRANCHES = ["福岡県", "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県"]  # JIS
F06_PRODUCTS = ["団生", "退職団生", "長期", "交災"]
F06_ROWS = [  # per branch: (目標, 実績) for 団生, 退職団生, 長期, 交災
    ((320, 259), (100, 39), (160, 111), (40, 33)),    # 福岡
    ((180, 180), (50, 16), (80, 52), (15, 11)),       # 佐賀
    ((250, 193), (70, 25), (120, 81), (30, 24)),      # 長崎
    ((300, 302), (90, 33), (140, 141), (35, 26)),     # 熊本
    ((230, 176), (65, 22), (110, 112), (12, 12)),     # 大分
    ((200, 151), (55, 20), (90, 60), (20, 16)),       # 宮崎
    ((240, 188), (75, 26), (115, 77), (25, 19)),      # 鹿児島
    ((260, 197), (60, 19), (100, 68), (9, 125)),      # 沖縄
]


def build_06(path: Path) -> None:
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("九州地連")
    title = wb.add_format({"bold": True, "font_size": 13})
    stamp_h = wb.add_format({"align": "center", "valign": "vcenter", "border": 1, "font_size": 9})
    stamp_v = wb.add_format({"align": "center", "valign": "vcenter", "border": 1, "font_size": 9,
                             "rotation": 270})
    stamp = wb.add_format({"border": 1})
    head = wb.add_format({"bold": True, "align": "center", "valign": "vcenter", "border": 1,
                          "bg_color": "#FCE4D6"})
    txt = wb.add_format({"border": 1})
    num = wb.add_format({"border": 1, "num_format": "#,##0"})
    pct = wb.add_format({"border": 1, "num_format": "0.0%"})
    tot = wb.add_format({"bold": True, "border": 1, "num_format": "#,##0", "bg_color": "#FFF2CC"})
    totp = wb.add_format({"bold": True, "border": 1, "num_format": "0.0%", "bg_color": "#FFF2CC"})
    tott = wb.add_format({"bold": True, "border": 1, "bg_color": "#FFF2CC"})
    # 決裁欄 (top right)
    ws.merge_range(0, 9, 2, 9, "決裁", stamp_v)
    for k, who in enumerate(("事務局長", "次長", "担当")):
        ws.write(0, 10 + k, who, stamp_h)
        ws.merge_range(1, 10 + k, 2, 10 + k, None, stamp)
    ws.set_row(1, 24)
    ws.set_row(2, 24)
    ws.write(0, 0, "新契約件数 県支部別実績（九州地連）", title)
    ws.write(1, 0, "2025年1月末現在（交災は2024年12月末現在）")
    ws.write(2, 0, "起案日　2025年2月6日")
    hr = 4
    ws.merge_range(hr, 0, hr + 1, 0, "県支部", head)
    n = len(F06_PRODUCTS)
    for m, measure in enumerate(("目標", "実績", "達成率")):
        c = 1 + n * m
        ws.merge_range(hr, c, hr, c + n - 1, measure, head)
        for k, prod in enumerate(F06_PRODUCTS):
            ws.write(hr + 1, c + k, prod, head)
    first = hr + 2
    for i, (branch, row) in enumerate(zip(F06_BRANCHES, F06_ROWS)):
        r = first + i
        ws.write_string(r, 0, branch, txt)
        for k, (t, a) in enumerate(row):
            ws.write_number(r, 1 + k, t, num)
            ws.write_number(r, 1 + n + k, a, num)
            tc, ac = f"{_col(1 + k)}{r + 1}", f"{_col(1 + n + k)}{r + 1}"
            ws.write_formula(r, 1 + 2 * n + k, f'=IF(N({tc})=0,"",ROUND({ac}/{tc},3))', pct,
                             round(a / t, 3))
    last = first + len(F06_BRANCHES) - 1
    r = last + 1
    ws.write_string(r, 0, "九州地連計", tott)
    for k in range(n):
        ts = sum(row[k][0] for row in F06_ROWS)
        as_ = sum(row[k][1] for row in F06_ROWS)
        for m, s in ((0, ts), (1, as_)):
            col = _col(1 + n * m + k)
            ws.write_formula(r, 1 + n * m + k, f"=SUM({col}{first + 1}:{col}{last + 1})", tot, s)
        ws.write_formula(r, 1 + 2 * n + k,
                         f"=ROUND({_col(1 + n + k)}{r + 1}/{_col(1 + k)}{r + 1},3)", totp, round(as_ / ts, 3))
    ws.write(r + 2, 0, "※交災＝交通災害共済。沖縄の交災には他制度からの切替分を含む。")
    ws.set_column(0, 0, 11)
    ws.set_column(1, 12, 8)
    wb.close()


BUILDERS = {
    "01_北海道東北_生命系損保系_年度末見込.xlsx": build_01,
    "02_関東甲信越_表題はテキストボックス_折りたたみ列.xlsx": build_02,
    "03_東海北陸_商品縦_和暦略記_注記記号.xlsx": build_03,
    "04_近畿_縦長_2頁目見出し.xls": build_04,
    "05_中国_県本部別シート_コメント付き.xlsx": build_05,
    "06_九州_決裁欄_目標実績達成率の三段見出し.xlsx": build_06,
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
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp(prefix="legacy_contracts6_"))
    for n, p in build(target).items():
        print(n, p)
