"""Fifth independent fixture set: 新契約件数 主要共済の実績 (Report B) workbooks
that measure how well the reader GENERALISES to ordinary files it was not
tuned on.  Built without reading the reader's code.  Each file is what one
県本部 or 地連 office would really send, and COMBINES three or four habits:
about two thirds are habits already seen in tests/legacy_contracts …
legacy_contracts4 (see their build.py docstrings), mixed differently; about
one third are plausible habits none of those sets has -- marked NEW below.

Every number below is a literal typed here.  Rates, totals, 残件数, 前年同月
figures and the previous month's sheet that appear *inside* the workbooks are
what a clerk typed or what Excel / LibreOffice cached -- rounded, not
truncated -- and must never be read as a 県支部's figures of this report
(the one exception is file 02, where the 県本部's own total row IS the
figure of its 県支部; see there).  Expected readings are in expected.py
(typed by hand, not produced by the tool).  ``_`` below means a blank cell;
``DASH`` is the text 「－」.

Files (writer / sheets / habits)
--------------------------------

01_岡山県本部_送付状と別紙.xlsx  -- openpyxl, sheets 「送付状」 and 「別紙」.
    ONE 県本部 reporting its own figures (the single 県支部 岡山).
    - NEW: a COVER LETTER sheet first (「送付状」: date 2025年2月12日, 「自治労共済
      推進本部　御中」, sender, 「標記の件について、2025年1月末現在の実績を別紙の
      とおり報告いたします。」, 「記」 with 「1部」「2枚」, a phone number and
      内線) -- text with numbers, no table.
    - the 県支部 is named only in a header field 「県本部名」｜「自治労岡山県本部」
      of the 別紙 (seen: one 県本部 per sheet named by the sheet/title).
    - products DOWN with their long names (じちろう団体生命共済, …), columns
      No.｜共済名｜年間目標｜累計実績｜到達率｜前年同月実績｜備考: 到達率 typed as
      TEXT rounded to one decimal (「74.7%」), a 前年同月実績 column that is not a
      figure (seen), and a 「合計」 row adding all products (seen).
    - NEW: 車両損害補償 written as a sub-row of マイカー: 「（うち車両損害補償）」.
    - the as-of month per product in a NOTE: 「※じちろうマイカー共済・車両損害
      補償・自賠責共済・火災共済・自然災害共済は2024年12月末現在」 (seen).
    - 「－」 for none: 税制適格年金 目標 「－」 with 実績 3; 交通災害共済 「－」｜「－」
      with 備考 「取扱なし」 (no figures at all: not a product of this file).
    Traps: 自賠責 230/230; 長期 152/140; 退職者 47/120 (39.16%, rounding 39.17%).

02_広島県本部_単組別_県本部計.xlsx  -- XlsxWriter, sheet 「単組別」.
    - NEW: the 県本部 keeps its figures PER 単組 (local union): rows are eight
      invented 単組 (単組コード typed as text 「001」… and 単組名), and the row
      「県本部計」 at the bottom (SUM formulas, cached) is the 広島 県支部's figure,
      as the note under the table says (「※県本部計を広島県支部の実績として報告
      します。」).  The 単組 rows are not 県支部.
    - products across, each merged over 目標｜実績｜到達率 (seen), 到達率 formulas
      ROUND(…,3) with cached values, 0.0% (seen).
    - the as-of month in the title 「（2025年1月末現在）」 and a second line
      「※火災共済は2024年12月末現在」 (seen).
    - products written 「団体生命」「退職者団生」「長期共済」「火災共済」 (seen).
    Traps: 長期 111/110 (100.90%, an achiever); a small 単組 with 退職者 目標
    blank and 実績 1; 団体生命 228/273 (83.51%, rounding 83.52%).

03_九州地連_前月シートと今月シート.xlsx  -- openpyxl, sheets 「12月末（報告済）」
    and 「1月末」, both VISIBLE, in date order (last month's sheet FIRST).
    - NEW: last month's report kept as a visible sheet with the same layout
      (title 「【前月報告済】新契約件数 九州地連（2024年12月末現在）」, note
      「※マイカー・交災は2024年11月末現在」) -- the report is the 1月末 sheet
      (「新契約件数 九州地連（2025年1月末現在）」, 「※マイカー・交災は2024年12月末
      現在」).  (Seen only as a HIDDEN last-year sheet and as a second group on
      one sheet.)
    - headings that carry product AND measure in ONE cell: 「団生目標」「団生実績」
      「団生達成率」 … 「マイカー…」「交災…」「こども…」 (seen).
    - 県支部 with the suffix: 「福岡県支部」 …, in JIS order (熊本 before 大分) (seen).
    - a 「九州計」 row at the TOP, right under the headings (seen), typed sums.
    - the 団生実績 column typed as TEXT 「254件」 (seen); 達成率 typed fractions
      rounded to 3 decimals with 0.0%.
    Traps: 大分 団生 240/240; 佐賀 団生 181/180; 大分 交災 149/12 (1241.66%,
    rounding 1241.67%); 沖縄 交災 目標 blank with 実績 4; 宮崎 こども 目標 0 with
    実績 1; こども total 23/41 (56.09%, rounding 56.10%).

04_関東甲信越_縦書き県支部名_残件数.xlsx  -- XlsxWriter, sheet 「関東甲信越」.
    - products DOWN, 県支部 ACROSS (seen), each product merged vertically over
      three 区分 rows 「目標」「実績」「残件数」 (区分 rows / 差引 rows seen);
      残件数 = 目標 − 実績 as formulas shown '#,##0;"▲"#,##0;0' (not a figure).
    - NEW: 県支部 names written VERTICALLY, one character per line, the way
      narrow heading cells are typed: 「新\\n潟」「神\\n奈\\n川」 ….
    - a 時点 column per product: 「R7.1末」 / 「R6.12末」 (seen).
    - a 「地連計」 column at the right (SUM formulas, cached) (seen), 「（単位：件）」.
    - products 「じちろう団体生命」「退職者団生」「マイカー」「車両」「自賠責」
      「自然災害」 (seen).
    Traps: 東京 団生 410/410; 山梨 退職者 41/40; 山梨 自賠責 目標 0 with 実績 2;
    長野 自然災害 53/4 (1325.00%).

05_東北_月別推移_商品別シート.xls  -- openpyxl then LibreOffice → .xls (formulas
    recalculated and cached by LibreOffice), one sheet per product named by
    abbreviation: 「団生」「退職団生」「長期」「交災」 (seen).
    - NEW: a MONTH-BY-MONTH table: 県支部｜年間目標｜6月｜7月｜…｜1月｜累計｜到達率
      (the 交災 sheet stops at 12月).  累計 (=SUM of the months) is the 実績;
      the month columns are not figures on their own.
    - the as-of month in the title in 和暦: 「（令和7年1月末現在）」 /
      「（令和6年12月末現在）」 (seen).
    - 県支部 written 「北海道」「青森県」「岩手県」 … (seen), a 「合計」 row (seen).
    Traps: 岩手 団生 210/210; 福島 交災 50/50; 秋田 長期 目標 blank with 実績 8;
    山形 交災 61/5 (1220.00%).

06_東海北陸_テーブル_集計行.xlsx  -- openpyxl, sheet 「データ」.
    - NEW: the data is an Excel TABLE (ListObject 「新契約実績」, banded style,
      filter buttons) with a TOTALS ROW (集計行: 「集計」 and SUBTOTAL(109, …)
      formulas, no cached values) and a 達成率 column of structured-reference
      formulas (no cached values).
    - a long table, one row per product × 県支部: 商品｜県支部｜時点｜目標｜実績｜
      達成率｜備考 (seen), sorted by product, 県支部 in JIS order (岐阜 before
      静岡) written 「富山県支部」 … (seen).
    - 時点 as real dates (2025-01-31 / 2024-12-31) shown in 和暦 by the number
      format 「令和7年1月」 (real dates seen).
    - blank / 0 / 「－」 mixed: 石川 火災 目標 「－」 with 実績 2; 福井 税制適格 0｜0
      (seen).
    Traps: 団体生命 achievers 石川, 静岡, 岐阜 (federation order; 岐阜 comes
    before 静岡 on the sheet); 岐阜 税制適格 60/60; 三重 税制適格 37/3
    (1233.33%).
"""
from __future__ import annotations

import datetime as dt
import shutil
import sys
import tempfile
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter as L

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
# 01  岡山県本部: 送付状 + 別紙 (one 県支部, products down)
# ---------------------------------------------------------------------------
# No., 共済名 as typed, 年間目標, 累計実績, 前年同月実績, 備考
F01_ROWS = [
    (1, "じちろう団体生命共済", 265, 198, 183, _),
    (2, "じちろう退職者団体生命共済", 120, 47, 52, _),
    (3, "じちろうマイカー共済", 610, 372, 340, _),
    (_, "（うち車両損害補償）", 488, 251, 229, _),
    (4, "自賠責共済", 230, 230, 201, "目標達成"),
    (5, "火災共済", 95, 41, 38, _),
    (6, "自然災害共済", 60, 33, 29, _),
    (7, "長期共済", 140, 152, 147, "目標達成"),
    (8, "税制適格年金", DASH, 3, 5, "目標設定なし"),
    (9, "こども保障満期金付きタイプ", 9, 2, 3, _),
    (10, "交通災害共済", DASH, DASH, DASH, "取扱なし"),
]


def build_01(path: Path) -> None:
    wb = openpyxl.Workbook()
    cv = wb.active
    cv.title = "送付状"
    cv.column_dimensions["A"].width = 4
    for c in "BCDEFG":
        cv.column_dimensions[c].width = 12
    cv["G2"] = "2025年2月12日"
    cv["G2"].alignment = Alignment(horizontal="right")
    cv["B4"] = "自治労共済推進本部　御中"
    cv["B4"].font = Font(size=12)
    cv["G6"] = "自治労岡山県本部"
    cv["G7"] = "共済推進担当　架空 花子"
    for ref in ("G6", "G7"):
        cv[ref].alignment = Alignment(horizontal="right")
    cv["B10"] = "新契約件数実績の報告について"
    cv["B10"].font = Font(bold=True, size=14)
    cv["B12"] = "　標記の件について、2025年1月末現在の実績を別紙のとおり報告いたします。"
    cv["B13"] = "　なお、交通災害共済は当県本部では取り扱っておりません。"
    cv["D15"] = "記"
    cv["C17"] = "1.　新契約件数 実績報告書（別紙）　1部"
    cv["C18"] = "2.　送付枚数　2枚（本紙を含む）"
    cv["G20"] = "以上"
    cv["B23"] = "連絡先：電話 086-000-0000（内線 21）　担当 架空"

    ws = wb.create_sheet("別紙")
    ws.column_dimensions["A"].width = 5
    ws.column_dimensions["B"].width = 30
    for c in "CDEF":
        ws.column_dimensions[c].width = 12
    ws.column_dimensions["G"].width = 14
    ws["A1"] = "令和6年度　新契約件数 実績報告書"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A3"] = "県本部名"
    ws["C3"] = "自治労岡山県本部"
    ws["A4"] = "報告日"
    ws["C4"] = "2025年2月12日"
    ws["E4"] = "（単位：件）"
    heads = ("No.", "共済名", "年間目標", "累計実績", "到達率", "前年同月実績", "備考")
    for k, h in enumerate(heads):
        c = ws.cell(row=6, column=1 + k, value=h)
        c.font = Font(bold=True)
        c.alignment = CENTER
        c.border = BOX
        c.fill = PatternFill("solid", fgColor="DDEBF7")
    r = 7
    sum_t = sum_a = sum_py = 0
    for no, name, t, a, py, note in F01_ROWS:
        vals = [no, name, t, a, _, py, note]
        if isinstance(t, int) and isinstance(a, int) and t:
            vals[4] = f"{a / t * 100:.1f}%"  # typed, rounded to one decimal
        else:
            vals[4] = DASH
        for k, v in enumerate(vals):
            c = ws.cell(row=r, column=1 + k, value=v)
            c.border = BOX
            if k in (2, 3, 5) and isinstance(v, int):
                c.number_format = "#,##0"
            if k in (2, 3, 4, 5) and isinstance(v, str):
                c.alignment = Alignment(horizontal="right")
        # the clerk's 合計 adds every typed number of the column, 車両 included
        sum_t += t if isinstance(t, int) else 0
        sum_a += a if isinstance(a, int) else 0
        sum_py += py if isinstance(py, int) else 0
        r += 1
    for k, v in enumerate((_, "合計", sum_t, sum_a, f"{sum_a / sum_t * 100:.1f}%", sum_py, _)):
        c = ws.cell(row=r, column=1 + k, value=v)
        c.border = BOX
        c.font = Font(bold=True)
        if isinstance(v, int):
            c.number_format = "#,##0"
    ws.cell(row=r + 2, column=1,
            value="※じちろうマイカー共済・車両損害補償・自賠責共済・火災共済・自然災害共済は2024年12月末現在、"
                  "その他は2025年1月末現在の件数です。")
    ws.cell(row=r + 3, column=1, value="※到達率は累計実績÷年間目標（小数第2位を四捨五入）。前年同月実績は参考。")
    wb.save(path)


# ---------------------------------------------------------------------------
# 02  広島県本部: 単組別, 県本部計 = the 広島 県支部
# ---------------------------------------------------------------------------
F02_PRODUCTS = ["団体生命", "退職者団生", "長期共済", "火災共済"]
F02_ROWS = [  # 単組コード, 単組名, then (目標, 実績) per product in F02_PRODUCTS order
    ("001", "見本県職員労働組合", (120, 88), (40, 12), (45, 50), (30, 11)),
    ("004", "見本市職員労働組合", (60, 71), (25, 9), (30, 26), (18, 7)),
    ("011", "試験市役所職員組合", (35, 22), (10, 6), (12, 15), (8, 5)),
    ("023", "試験町職員組合", (10, 10), (_, 1), (4, 4), (3, 0)),
    ("037", "架空村職員労働組合", (5, 1), (_, _), (2, 0), (1, 0)),
    ("052", "架空郡町村職員労働組合", (15, 9), (5, 2), (6, 3), (4, 2)),
    ("060", "見本市病院労働組合", (20, 24), (6, 1), (8, 9), (5, 1)),
    ("078", "試験地区消防組合職員労組", (8, 3), (2, 0), (3, 4), (2, 1)),
]


def build_02(path: Path) -> None:
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("単組別")
    title = wb.add_format({"bold": True, "font_size": 13})
    head = wb.add_format({"bold": True, "align": "center", "valign": "vcenter", "border": 1,
                          "text_wrap": True, "bg_color": "#E2EFDA"})
    txt = wb.add_format({"border": 1})
    num = wb.add_format({"border": 1, "num_format": "#,##0"})
    pct = wb.add_format({"border": 1, "num_format": "0.0%"})
    tot = wb.add_format({"bold": True, "border": 1, "num_format": "#,##0", "bg_color": "#FFF2CC"})
    totp = wb.add_format({"bold": True, "border": 1, "num_format": "0.0%", "bg_color": "#FFF2CC"})
    tott = wb.add_format({"bold": True, "border": 1, "bg_color": "#FFF2CC"})
    ws.write(0, 0, "自治労広島県本部　単組別 新契約実績（2025年1月末現在）", title)
    ws.write(1, 0, "※火災共済は2024年12月末現在")
    ws.merge_range(3, 0, 4, 0, "単組コード", head)
    ws.merge_range(3, 1, 4, 1, "単組名", head)
    for g, prod in enumerate(F02_PRODUCTS):
        c = 2 + 3 * g
        ws.merge_range(3, c, 3, c + 2, prod, head)
        for k, h in enumerate(("目標", "実績", "到達率")):
            ws.write(4, c + k, h, head)
    first = 5
    for i, row in enumerate(F02_ROWS):
        r = first + i
        ws.write_string(r, 0, row[0], txt)
        ws.write_string(r, 1, row[1], txt)
        for g in range(len(F02_PRODUCTS)):
            c = 2 + 3 * g
            t, a = row[2 + g]
            for k, v in ((0, t), (1, a)):
                if v is None:
                    ws.write_blank(r, c + k, None, num)
                else:
                    ws.write_number(r, c + k, v, num)
            tc, ac = f"{_col(c)}{r + 1}", f"{_col(c + 1)}{r + 1}"
            ws.write_formula(r, c + 2, f'=IF(N({tc})=0,"",ROUND({ac}/{tc},3))', pct,
                             "" if not t else round((a or 0) / t, 3))
    last = first + len(F02_ROWS) - 1
    r = last + 1
    ws.merge_range(r, 0, r, 1, "県本部計", tott)
    for g in range(len(F02_PRODUCTS)):
        c = 2 + 3 * g
        ts = sum(row[2 + g][0] or 0 for row in F02_ROWS)
        as_ = sum(row[2 + g][1] or 0 for row in F02_ROWS)
        ws.write_formula(r, c, f"=SUM({_col(c)}{first + 1}:{_col(c)}{last + 1})", tot, ts)
        ws.write_formula(r, c + 1, f"=SUM({_col(c + 1)}{first + 1}:{_col(c + 1)}{last + 1})", tot, as_)
        ws.write_formula(r, c + 2, f"=ROUND({_col(c + 1)}{r + 1}/{_col(c)}{r + 1},3)", totp,
                         round(as_ / ts, 3))
    ws.write(r + 2, 0, "※県本部計を広島県支部の実績として報告します。")
    ws.write(r + 3, 0, "※単組の目標は県本部で配分したもの。空欄は目標なし。")
    ws.set_column(0, 0, 10)
    ws.set_column(1, 1, 24)
    ws.set_column(2, 13, 8)
    ws.freeze_panes(5, 2)
    wb.close()


# ---------------------------------------------------------------------------
# 03  九州地連: 前月シート (報告済) + 今月シート
# ---------------------------------------------------------------------------
F03_PRODUCTS = ["団生", "マイカー", "交災", "こども"]
F03_BRANCHES = ["福岡県支部", "佐賀県支部", "長崎県支部", "熊本県支部", "大分県支部",
                "宮崎県支部", "鹿児島県支部", "沖縄県支部"]  # JIS order: 熊本 before 大分
# per branch (same order): (目標, 実績) for 団生, マイカー, 交災, こども
F03_CURRENT = [
    ((310, 254), (520, 301), (40, 37), (8, 5)),    # 福岡
    ((180, 181), (310, 188), (15, 12), (4, 1)),    # 佐賀
    ((260, 199), (450, 276), (30, 31), (6, 6)),    # 長崎
    ((290, 212), (480, 290), (35, 20), (7, 3)),    # 熊本
    ((240, 240), (390, 233), (12, 149), (5, 2)),   # 大分
    ((200, 166), (350, 214), (20, 18), (0, 1)),    # 宮崎
    ((230, 171), (420, 255), (25, 19), (6, 2)),    # 鹿児島
    ((270, 205), (400, 233), (_, 4), (5, 3)),      # 沖縄
]
# last month's report (団生・こども 12月末, マイカー・交災 11月末): same targets, lower counts
F03_PREVIOUS = [
    ((310, 231), (520, 270), (40, 33), (8, 4)),    # 福岡
    ((180, 163), (310, 171), (15, 10), (4, 1)),    # 佐賀
    ((260, 180), (450, 249), (30, 27), (6, 5)),    # 長崎
    ((290, 190), (480, 262), (35, 18), (7, 2)),    # 熊本
    ((240, 221), (390, 209), (12, 141), (5, 2)),   # 大分
    ((200, 150), (350, 196), (20, 15), (0, 1)),    # 宮崎
    ((230, 155), (420, 230), (25, 17), (6, 1)),    # 鹿児島
    ((270, 187), (400, 210), (_, 3), (5, 2)),      # 沖縄
]


def _f03_sheet(wb, name: str, title: str, note: str, data) -> None:
    ws = wb.create_sheet(name)
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = note
    ws.cell(row=4, column=1, value="県支部").font = Font(bold=True)
    for g, prod in enumerate(F03_PRODUCTS):
        for k, h in enumerate(("目標", "実績", "達成率")):
            c = ws.cell(row=4, column=2 + 3 * g + k, value=prod + h)
            c.font = Font(bold=True)
            c.alignment = CENTER
    # 九州計 at the top, typed sums
    ws.cell(row=5, column=1, value="九州計").font = Font(bold=True)
    for g in range(len(F03_PRODUCTS)):
        t = sum(row[g][0] or 0 for row in data)
        a = sum(row[g][1] or 0 for row in data)
        ws.cell(row=5, column=2 + 3 * g, value=t).font = Font(bold=True)
        ws.cell(row=5, column=3 + 3 * g, value=a).font = Font(bold=True)
        c = ws.cell(row=5, column=4 + 3 * g, value=round(a / t, 3))
        c.number_format = "0.0%"
        c.font = Font(bold=True)
    for i, (branch, row) in enumerate(zip(F03_BRANCHES, data)):
        r = 6 + i
        ws.cell(row=r, column=1, value=branch)
        for g in range(len(F03_PRODUCTS)):
            t, a = row[g]
            ws.cell(row=r, column=2 + 3 * g, value=t)
            ws.cell(row=r, column=3 + 3 * g, value=f"{a}件" if g == 0 else a)
            c = ws.cell(row=r, column=4 + 3 * g, value=round(a / t, 3) if t else _)
            c.number_format = "0.0%"
    ws.column_dimensions["A"].width = 14
    for c in range(2, 2 + 3 * len(F03_PRODUCTS)):
        ws.column_dimensions[L(c)].width = 10


def build_03(path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    _f03_sheet(wb, "12月末（報告済）", "【前月報告済】新契約件数 九州地連（2024年12月末現在）",
               "※マイカー・交災は2024年11月末現在", F03_PREVIOUS)
    _f03_sheet(wb, "1月末", "新契約件数 九州地連（2025年1月末現在）",
               "※マイカー・交災は2024年12月末現在", F03_CURRENT)
    wb.active = 1
    wb.save(path)


# ---------------------------------------------------------------------------
# 04  関東甲信越: products down × 区分 rows, 県支部 across written vertically
# ---------------------------------------------------------------------------
F04_BRANCHES = ["新\n潟", "群\n馬", "栃\n木", "茨\n城", "埼\n玉", "東\n京", "千\n葉",
                "神\n奈\n川", "山\n梨", "長\n野"]  # federation order 09 … 18
F04_PRODUCTS = [  # 共済名 as typed, 時点, 目標 row, 実績 row
    ("じちろう団体生命", "R7.1末",
     [300, 260, 280, 240, 350, 410, 330, 390, 150, 270],
     [221, 198, 205, 187, 262, 410, 249, 301, 118, 219]),
    ("退職者団生", "R7.1末",
     [90, 70, 85, 60, 110, 130, 95, 120, 40, 80],
     [31, 22, 40, 18, 47, 55, 33, 49, 41, 27]),
    ("マイカー", "R6.12末",
     [520, 480, 500, 430, 610, 700, 560, 650, 300, 470],
     [298, 310, 277, 250, 366, 402, 331, 388, 170, 281]),
    ("車両", "R6.12末",
     [480, 450, 470, 400, 590, 680, 520, 620, 280, 440],
     [250, 231, 262, 199, 301, 355, 270, 312, 140, 233]),
    ("自賠責", "R6.12末",
     [210, 190, 200, 170, 260, 300, 220, 280, 0, 190],
     [120, 98, 111, 95, 140, 177, 130, 150, 2, 101]),
    ("自然災害", "R6.12末",
     [70, 60, 65, 55, 85, 90, 75, 80, 30, 4],
     [28, 30, 26, 22, 37, 41, 30, 35, 12, 53]),
]


def build_04(path: Path) -> None:
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("関東甲信越")
    title = wb.add_format({"bold": True, "font_size": 13})
    head = wb.add_format({"bold": True, "align": "center", "valign": "vcenter", "border": 1,
                          "text_wrap": True, "bg_color": "#DDEBF7"})
    grp = wb.add_format({"align": "center", "valign": "vcenter", "border": 1, "text_wrap": True})
    kb = wb.add_format({"align": "center", "border": 1})
    num = wb.add_format({"border": 1, "num_format": "#,##0"})
    rem = wb.add_format({"border": 1, "num_format": '#,##0;"▲"#,##0;0', "font_color": "#7F7F7F"})
    tot = wb.add_format({"bold": True, "border": 1, "num_format": "#,##0", "bg_color": "#FFF2CC"})
    totr = wb.add_format({"bold": True, "border": 1, "num_format": '#,##0;"▲"#,##0;0',
                          "bg_color": "#FFF2CC"})
    ws.write(0, 0, "関東甲信越地連　新契約件数 県支部別実績", title)
    ws.write(1, 0, "（単位：件）")
    ws.write(3, 0, "共済名", head)
    ws.write(3, 1, "時点", head)
    ws.write(3, 2, "区分", head)
    for j, b in enumerate(F04_BRANCHES):
        ws.write(3, 3 + j, b, head)
    tc = 3 + len(F04_BRANCHES)
    ws.write(3, tc, "地連計", head)
    ws.set_row(3, 52)
    r = 4
    for prod, asof, tgt, act in F04_PRODUCTS:
        ws.merge_range(r, 0, r + 2, 0, prod, grp)
        ws.merge_range(r, 1, r + 2, 1, asof, grp)
        for k, lab in enumerate(("目標", "実績", "残件数")):
            ws.write(r + k, 2, lab, kb)
        for j in range(len(F04_BRANCHES)):
            c = 3 + j
            ws.write_number(r, c, tgt[j], num)
            ws.write_number(r + 1, c, act[j], num)
            ws.write_formula(r + 2, c, f"={_col(c)}{r + 1}-{_col(c)}{r + 2}", rem, tgt[j] - act[j])
        first, last = _col(3), _col(tc - 1)
        ws.write_formula(r, tc, f"=SUM({first}{r + 1}:{last}{r + 1})", tot, sum(tgt))
        ws.write_formula(r + 1, tc, f"=SUM({first}{r + 2}:{last}{r + 2})", tot, sum(act))
        ws.write_formula(r + 2, tc, f"={_col(tc)}{r + 1}-{_col(tc)}{r + 2}", totr, sum(tgt) - sum(act))
        r += 3
    ws.write(r + 1, 0, "※残件数＝目標－実績（▲は目標超過）")
    ws.set_column(0, 0, 16)
    ws.set_column(1, 1, 9)
    ws.set_column(2, 2, 7)
    ws.set_column(3, 3 + len(F04_BRANCHES) - 1, 5)
    ws.set_column(tc, tc, 8)
    ws.freeze_panes(4, 3)
    wb.close()


# ---------------------------------------------------------------------------
# 05  東北: one sheet per product, month-by-month (.xls through LibreOffice)
# ---------------------------------------------------------------------------
F05_BRANCHES = ["北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県"]
F05_MONTHS_JAN = ["6月", "7月", "8月", "9月", "10月", "11月", "12月", "1月"]
F05_MONTHS_DEC = F05_MONTHS_JAN[:-1]
F05_SHEETS = [  # sheet, title, months, rows of (年間目標, monthly counts) in F05_BRANCHES order
    ("団生", "団体生命共済　県支部別 月別新契約件数（令和7年1月末現在）", F05_MONTHS_JAN, [
        (320, [12, 25, 18, 30, 41, 22, 15, 19]),
        (250, [8, 14, 20, 11, 35, 17, 9, 12]),
        (210, [20, 31, 25, 18, 44, 30, 21, 21]),
        (280, [15, 19, 22, 27, 38, 25, 14, 16]),
        (190, [10, 12, 9, 15, 28, 14, 11, 13]),
        (230, [9, 16, 21, 14, 33, 19, 12, 18]),
        (300, [18, 22, 27, 25, 51, 28, 19, 24]),
    ]),
    ("退職団生", "じちろう退職者団体生命共済　県支部別 月別新契約件数（令和7年1月末現在）", F05_MONTHS_JAN, [
        (100, [3, 4, 2, 6, 5, 3, 2, 4]),
        (80, [1, 2, 3, 2, 4, 1, 2, 1]),
        (70, [4, 3, 5, 2, 6, 4, 3, 2]),
        (90, [2, 5, 3, 4, 3, 2, 1, 3]),
        (60, [2, 1, 2, 3, 2, 1, 1, 0]),
        (75, [3, 2, 4, 3, 5, 2, 2, 1]),
        (110, [5, 6, 4, 7, 8, 5, 3, 4]),
    ]),
    ("長期", "長期共済　県支部別 月別新契約件数（令和7年1月末現在）", F05_MONTHS_JAN, [
        (150, [8, 12, 9, 15, 20, 11, 7, 10]),
        (90, [5, 6, 8, 7, 12, 6, 4, 5]),
        (120, [9, 10, 13, 11, 18, 12, 8, 9]),
        (130, [7, 11, 10, 12, 16, 9, 6, 8]),
        (_, [1, 0, 2, 1, 3, 0, 1, 0]),
        (85, [6, 7, 9, 8, 12, 7, 5, 6]),
        (140, [12, 14, 11, 16, 22, 13, 9, 11]),
    ]),
    ("交災", "交通災害共済　県支部別 月別新契約件数（令和6年12月末現在）", F05_MONTHS_DEC, [
        (60, [5, 6, 4, 8, 7, 5, 6]),
        (40, [3, 4, 2, 5, 6, 3, 4]),
        (45, [4, 5, 6, 7, 8, 6, 5]),
        (55, [6, 7, 5, 9, 8, 7, 6]),
        (35, [2, 3, 4, 5, 4, 3, 2]),
        (5, [7, 9, 8, 12, 10, 8, 7]),
        (50, [6, 5, 7, 9, 8, 6, 9]),
    ]),
]


def build_05_xlsx(path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for sheet, title, months, rows in F05_SHEETS:
        ws = wb.create_sheet(sheet)
        ws["A1"] = title
        ws["A1"].font = Font(bold=True, size=12)
        ws["A2"] = "（単位：件、月は発効月）"
        heads = ["県支部", "年間目標", *months, "累計", "到達率"]
        for k, h in enumerate(heads):
            c = ws.cell(row=4, column=1 + k, value=h)
            c.font = Font(bold=True)
            c.alignment = CENTER
            c.border = BOX
        n = len(months)
        mfirst, mlast = L(3), L(2 + n)
        ccum, crate = 3 + n, 4 + n
        for i, (branch, (t, counts)) in enumerate(zip(F05_BRANCHES, rows)):
            r = 5 + i
            ws.cell(row=r, column=1, value=branch).border = BOX
            ws.cell(row=r, column=2, value=t).border = BOX
            for k, v in enumerate(counts):
                ws.cell(row=r, column=3 + k, value=v).border = BOX
            c = ws.cell(row=r, column=ccum, value=f"=SUM({mfirst}{r}:{mlast}{r})")
            c.border = BOX
            c.font = Font(bold=True)
            c = ws.cell(row=r, column=crate, value=f'=IF(N(B{r})=0,"",{L(ccum)}{r}/B{r})')
            c.number_format = "0.0%"
            c.border = BOX
        last = 5 + len(rows) - 1
        r = last + 1
        ws.cell(row=r, column=1, value="合計").font = Font(bold=True)
        for col in range(2, ccum + 1):
            c = ws.cell(row=r, column=col, value=f"=SUM({L(col)}5:{L(col)}{last})")
            c.font = Font(bold=True)
            c.border = BOX
        c = ws.cell(row=r, column=crate, value=f"={L(ccum)}{r}/B{r}")
        c.number_format = "0.0%"
        c.border = BOX
        ws.column_dimensions["A"].width = 10
    wb.save(path)


def build_05(path: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="legacy_contracts5_xls_") as tmp:
        src = Path(tmp) / (path.stem + ".xlsx")
        build_05_xlsx(src)
        shutil.move(str(lo.convert(src, Path(tmp) / "out", "xls")), str(path))  # tests/lo.py


# ---------------------------------------------------------------------------
# 06  東海北陸: an Excel table with a totals row
# ---------------------------------------------------------------------------
JAN = dt.datetime(2025, 1, 31)
DEC = dt.datetime(2024, 12, 31)
F06_BRANCHES = ["富山県支部", "石川県支部", "福井県支部", "岐阜県支部", "静岡県支部",
                "愛知県支部", "三重県支部"]  # JIS order: 岐阜 before 静岡
F06_PRODUCTS = [  # 商品, 時点, (目標, 実績) in F06_BRANCHES order, 備考 per branch
    ("団体生命共済", JAN,
     [(240, 198), (220, 231), (260, 201), (300, 300), (350, 356), (310, 244), (270, 219)], {}),
    ("じちろう退職者団体生命共済", JAN,
     [(80, 31), (70, 22), (90, 40), (85, 37), (110, 46), (95, 38), (75, 29)], {}),
    ("自賠責共済", DEC,
     [(180, 95), (160, 88), (170, 102), (200, 121), (230, 140), (210, 129), (190, 111)], {}),
    ("火災共済", DEC,
     [(60, 22), (DASH, 2), (55, 19), (70, 33), (85, 41), (75, 30), (65, 27)],
     {1: "目標未設定"}),
    ("税制適格年金", JAN,
     [(50, 19), (45, 20), (0, 0), (60, 60), (70, 33), (55, 24), (3, 37)],
     {6: "契約移行分を含む"}),
]


def build_06(path: Path) -> None:
    from openpyxl.worksheet.filters import AutoFilter
    from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "データ"
    ws["A1"] = "東海北陸地連　新契約実績一覧"
    ws["A1"].font = Font(bold=True, size=13)
    heads = ["商品", "県支部", "時点", "目標", "実績", "達成率", "備考"]
    hr = 3
    for k, h in enumerate(heads):
        ws.cell(row=hr, column=1 + k, value=h)
    r = hr + 1
    tname = "新契約実績"
    for prod, asof, pairs, notes in F06_PRODUCTS:
        for j, (branch, (t, a)) in enumerate(zip(F06_BRANCHES, pairs)):
            ws.cell(row=r, column=1, value=prod)
            ws.cell(row=r, column=2, value=branch)
            c = ws.cell(row=r, column=3, value=asof)
            c.number_format = '[$-411]ggge"年"m"月"'
            ws.cell(row=r, column=4, value=t)
            ws.cell(row=r, column=5, value=a)
            c = ws.cell(row=r, column=6,
                        value=f'=IFERROR({tname}[[#This Row],[実績]]/{tname}[[#This Row],[目標]],"")')
            c.number_format = "0.0%"
            if j in notes:
                ws.cell(row=r, column=7, value=notes[j])
            r += 1
    last_data = r - 1
    # the totals row (集計行)
    ws.cell(row=r, column=1, value="集計")
    ws.cell(row=r, column=4, value=f"=SUBTOTAL(109,{tname}[目標])")
    ws.cell(row=r, column=5, value=f"=SUBTOTAL(109,{tname}[実績])")
    tab = Table(displayName=tname, ref=f"A{hr}:G{r}", totalsRowCount=1)
    tab.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    cols = []
    for i, h in enumerate(heads):
        col = TableColumn(id=i + 1, name=h)
        if i == 0:
            col.totalsRowLabel = "集計"
        elif h in ("目標", "実績"):
            col.totalsRowFunction = "sum"
        cols.append(col)
    tab.tableColumns = cols
    tab.autoFilter = AutoFilter(ref=f"A{hr}:G{last_data}")
    ws.add_table(tab)
    ws.cell(row=r + 2, column=1, value="※達成率＝実績÷目標。目標「－」は目標未設定。")
    widths = {"A": 28, "B": 12, "C": 12, "D": 8, "E": 8, "F": 9, "G": 16}
    for k, w in widths.items():
        ws.column_dimensions[k].width = w
    wb.save(path)


BUILDERS = {
    "01_岡山県本部_送付状と別紙.xlsx": build_01,
    "02_広島県本部_単組別_県本部計.xlsx": build_02,
    "03_九州地連_前月シートと今月シート.xlsx": build_03,
    "04_関東甲信越_縦書き県支部名_残件数.xlsx": build_04,
    "05_東北_月別推移_商品別シート.xls": build_05,
    "06_東海北陸_テーブル_集計行.xlsx": build_06,
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
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp(prefix="legacy_contracts5_"))
    for n, p in build(target).items():
        print(n, p)
