"""Sixteenth independent fixture set: 新契約件数 主要共済の実績 (Report B) workbooks
for FY2026 (令和8年度 = 2026-06 … 2027-05, June start) -- "WHAT EXCEL DID TO WHAT
PEOPLE TYPED".

Ordinary Report B tables (product blocks 目標｜実績｜率 over 県支部 rows, a long
list 商品｜県支部｜目標｜実績, per-product sheets, HQ's published block form, the
standard 実績入力 / 商品設定 template) in which Excel has turned what a clerk typed
into something else, and the file keeps only Excel's version:

- a count typed 「1/2」 or 「12-1」 saved as a DATE (m/d format; typed in January
  2027, so the year is 2027);
- 「(1)」「(2)」 saved as -1 / -2 with an accounting format that shows (1) (2);
- counts saved as TEXT (「1,205」「265」, the green triangle);
- 「1e2」 saved as 100 with the format 0.00E+00;
- rate cells typed 「95%」 (0.95, percent format) and 95 (General);
- 時点 typed 「R8.12」 (text), 「2026/12」 (the date 2026-12-01, format yyyy/m),
  「2026.12」 (the number 2026.12), 「2026.10」 (the number 2026.1 -- ambiguous),
  「2026.11」 (the number 2026.11);
- 「-北海道」「-佐賀」 and the note 「=済」 / 「=前月分含む」 that Excel made formulas
  whose saved result is #NAME?; a product name typed 「=団体生命共済」 (#NAME?);
- 目標 as real formulas =B5*1.1 with the saved result (Excel's double, e.g.
  187.00000000000003) and without any saved result (written by a script);
- TRUE / FALSE in a 目標達成 column;
- 「－」 dashes with the note 「※「－」は契約なし」, and 0 shown as 「-」 by the
  accounting format.

Built to MEASURE.  The helper who wrote it read DOMAIN.md (Report B), the README
usage of ``contracts recompute``, ``--help``, the scoring harness and sets 14/15
as a format model -- never the reader's code.  Every 目標 / 実績 of a 県支部 is a
literal below; typed 計 rows are decoration (their literals are the correct
sums); cached rates and TRUE/FALSE are decoration.  The expected readings,
worked out by hand, are in expected.py.  No person is named.

Files (writer / shape / what Excel did)
---------------------------------------
01_北海道東北_新契約件数.xlsx -- openpyxl, then the sheet XML edited.  Product
    blocks 目標｜実績｜到達率 across, 県支部 down.  「時点」｜「R8.12」 (text).
    The first product's name cell is =団体生命共済 (#NAME?); the first 県支部 cell is
    =-北海道 (#NAME?).  団生 北海道 目標 the text 「1,205」, 岩手 実績 text 「265」;
    退職者 北海道 実績 100 shown 1.00E+02 (typed 1e2); 長期 青森 実績 the date
    2027-01-02 shown 「1/2」 (目標 2).  Rate cells: 0.95 (percent) and 95 (General).
02_関東地連_新契約件数一覧.xlsx -- XlsxWriter.  Long list 商品｜県支部｜目標｜実績｜時点｜備考.
    時点 per row: 団生 the date 2026-12-01 (yyyy/m), マイカー the number 2026.12,
    車両 the number 2026.1 (typed 2026.10).  Text counts 「700」「560」; 車両 茨城 実績
    the date 2027-12-01 shown 「12/1」 (typed 12-1, 備考 「12件のうち1件取消」);
    車両 山梨 実績 -1 shown (1) (備考 「前月計上分の取消」, note 「※（　）はマイナス」);
    団生 群馬 備考 =済 (#NAME?).
03_東海北陸_商品別.xlsx -- XlsxWriter.  Sheets 「団生」「自賠責」「火災」:
    県支部｜基準件数｜目標｜実績｜到達率｜目標達成, 目標 =B*1.1 with Excel's saved
    double, 目標達成 TRUE/FALSE.  集計時点 the date 2026-12-01 (yyyy/m), 「R8.11」
    (text), the number 2026.12.
04_近畿地連_目標は式.xlsx -- openpyxl (formulas with NO saved result).  Blocks
    基準件数｜目標｜実績｜到達率; 目標 =B*1.1, 到達率 =IF(..); 時点 the number 2026.12;
    a 「確認」 column of =済 (#NAME?).
05_中国四国_12月末.xlsx -- XlsxWriter.  Blocks 目標｜実績｜到達率｜達成 with a 「時点」
    row: the date 2026-12-01 (yyyy/m), the number 2026.11, the text 「R8.12」.
    自賠責 「－」 with 「※「－」は契約なし」 and a 0 in accounting format (shows -);
    広島 団生 目標 the text 「380」; 達成 TRUE/FALSE.
06_九州地連_公表用.xlsx -- openpyxl, then the sheet XML edited.  HQ's published
    blocks down the sheet, each heading with 「時点」: the date 2026-12-01 (yyyy/m),
    the number 2026.1 (typed 2026.10), the text 「R8.12」.  Block 1 県支部 =-佐賀
    (#NAME?).  マイカー 福岡 実績 text 「1,022」; 税制適格年金 長崎 実績 -2 shown (2)
    (note 「※（　）は前月計上分の取消」).  Rates typed as percent points (97.1).
07_全国_実績入力.xlsx -- openpyxl, then the sheet XML edited.  The standard
    template: 「実績入力」 商品｜県支部｜目標｜実績 and 「商品設定」 商品｜時点｜注記 with
    =団体生命共済 (#NAME?) / 「R8.12」, the date 2026-12-01 (yyyy/m), 2026.11 (number)
    with the 注記 =前月分含む (#NAME?), 2026.1 (typed 2026.10).  東京 団生 実績 text
    「712」, 福岡 退職者 実績 100 shown 1.00E+02, 大阪 交災 実績 「－」 (no note).
"""
from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import openpyxl
import xlsxwriter
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD = PatternFill("solid", fgColor="DDEBF7")
ACCT = '_ * #,##0_ ;_ * \\(#,##0\\)_ ;_ * "-"_ ;_ @_ '  # Excel's 会計 format without a symbol
SCI = "0.00E+00"
YM = "yyyy/m"
MD = "m/d"


class NameErr:
    """A cell Excel turned into a formula whose saved result is #NAME? (the formula text, no '=')."""

    def __init__(self, formula: str):
        self.formula = formula


def _patch_errors(path: Path, patches: dict[int, list[tuple[str, str]]]) -> None:
    """Rewrite openpyxl's empty formula cells as Excel saves them: <c t="e"><f>…</f><v>#NAME?</v></c>.
    patches: sheet index (1-based) -> [(cell ref, formula text)]."""
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            m = re.fullmatch(r"xl/worksheets/sheet(\d+)\.xml", item.filename)
            if m and int(m.group(1)) in patches:
                xml = data.decode("utf-8")
                for ref, formula in patches[int(m.group(1))]:
                    pat = re.compile(r'<c r="' + ref + r'"([^>]*?)(?:/>|>.*?</c>)', re.S)
                    hit = pat.search(xml)
                    assert hit, (path.name, ref)
                    attrs = re.sub(r'\s*t="[^"]*"', "", hit.group(1))
                    new = f'<c r="{ref}"{attrs} t="e"><f>{escape(formula)}</f><v>#NAME?</v></c>'
                    xml = xml[:hit.start()] + new + xml[hit.end():]
                data = xml.encode("utf-8")
            zout.writestr(item, data)
    tmp.replace(path)


def _put(ws, r, c, x, errs: list, fmt: str | None = None):
    """openpyxl: write a literal; NameErr cells get a placeholder formula patched later."""
    if isinstance(x, NameErr):
        cell = ws.cell(r, c, "=" + x.formula)
        errs.append((cell.coordinate, x.formula))
        return cell
    cell = ws.cell(r, c, x)
    if fmt:
        cell.number_format = fmt
    elif isinstance(x, dt.datetime):
        cell.number_format = MD
    return cell


def _val(x):
    """Decoration only (cached rates / 計 rows): what the clerk meant."""
    if isinstance(x, str):
        x = x.replace(",", "")
        return 0 if x in ("－", "-") else int(x)
    if isinstance(x, dt.datetime):
        return {(1, 2): 1, (12, 1): 11}[(x.month, x.day)]
    return x


def _box(ws, r0, r1, c1, head_rows, c0=1):
    for row in ws.iter_rows(min_row=r0, max_row=r1, min_col=c0, max_col=c1):
        for c in row:
            c.border = BOX
            if c.row in head_rows:
                c.font = Font(bold=True)
                c.fill = HEAD
                c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)


# =====================================================================
# 01  北海道・東北: product blocks; #NAME? product and 県支部; text, 1e2, 1/2
# =====================================================================
F01_BRANCHES = [NameErr("-北海道"), "青森", "岩手", "宮城", "秋田", "山形", "福島"]
F01_PRODUCTS = [NameErr("団体生命共済"), "じちろう退職者団体生命共済", "長期共済"]
F01 = [  # per product: (目標, 実績) per 県支部
    [("1,205", 1180), (310, 312), (280, "265"), (420, 401), (150, 150), (200, 190), (390, 402)],
    [(95, ("1e2", 100)), (30, 28), (25, 25), (40, 33), (15, 12), (20, 21), (35, 30)],
    [(8, 6), (2, dt.datetime(2027, 1, 2)), (3, 3), (5, 4), (2, 2), (3, 1), (4, 5)],
]
# typed rates: (product idx, branch idx) -> (value, format)
F01_RATES = {(0, 3): (0.95, "0%"), (0, 5): (95, "General")}


def build_01(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "12月末"
    errs: list = []
    ws["A1"] = "令和8年度　主要共済　新契約件数（北海道・東北）"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "時点"
    ws["B2"] = "R8.12"
    ws.merge_cells("A4:A5")
    ws["A4"] = "県支部"
    for k, prod in enumerate(F01_PRODUCTS):
        c0 = 2 + 3 * k
        ws.merge_cells(start_row=4, start_column=c0, end_row=4, end_column=c0 + 2)
        _put(ws, 4, c0, prod, errs)
        for j, h in enumerate(("目標", "実績", "到達率")):
            ws.cell(5, c0 + j, h)
    for i, b in enumerate(F01_BRANCHES):
        r = 6 + i
        _put(ws, r, 1, b, errs)
        for k in range(3):
            c0 = 2 + 3 * k
            t, a = F01[k][i]
            _put(ws, r, c0, t, errs)
            if isinstance(a, tuple):  # 「1e2」: Excel keeps 100 and shows 1.00E+02
                _put(ws, r, c0 + 1, a[1], errs, SCI)
                a = a[1]
            else:
                _put(ws, r, c0 + 1, a, errs)
            if (k, i) in F01_RATES:
                v, f = F01_RATES[(k, i)]
                ws.cell(r, c0 + 2, v).number_format = f
            else:
                ws.cell(r, c0 + 2, round(_val(a) / _val(t), 3)).number_format = "0.0%"
    last = 6 + len(F01_BRANCHES) - 1
    _box(ws, 4, last, 10, {4, 5})
    ws.cell(last + 2, 1, "※実績は12月末現在の累計件数")
    wb.save(path)
    _patch_errors(path, {1: errs})


# =====================================================================
# 02  関東: a long list; 時点 as date / 2026.12 / 2026.1; 12-1 date; (1); =済
# =====================================================================
F02_BRANCHES = ["群馬", "栃木", "茨城", "埼玉", "東京", "千葉", "神奈川", "山梨"]
F02 = [  # (product, 時点 cell, [(目標, 実績, 備考)])
    ("団体生命共済", ("date", dt.datetime(2026, 12, 1)),
     [(280, 266, NameErr("済")), (250, 258, None), (330, 301, None), (560, "560", None), ("700", 652, None),
      (520, 477, None), (610, 634, None), (130, 111, None)]),
    ("じちろうマイカー共済", ("num", 2026.12),
     [(300, 287, None), (260, 262, None), (350, 341, None), (600, 588, None), (720, 735, None),
      (540, 540, None), (650, 602, None), (140, 133, None)]),
    ("車両損害補償", ("num", 2026.1),  # typed 「2026.10」
     [(25, 21, None), (20, 20, None), (30, dt.datetime(2027, 12, 1), "12件のうち1件取消"), (45, 47, None),
      (60, 52, None), (40, 36, None), (50, 50, None), (10, ("acct", -1), "前月計上分の取消")]),
]


def build_02(path: Path) -> None:
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("一覧")
    bold = wb.add_format({"bold": True, "font_size": 14})
    hd = wb.add_format({"bold": True, "border": 1, "bg_color": "#DDEBF7", "align": "center"})
    box = wb.add_format({"border": 1})
    f_ym = wb.add_format({"border": 1, "num_format": YM})
    f_md = wb.add_format({"border": 1, "num_format": MD})
    f_acct = wb.add_format({"border": 1, "num_format": ACCT})
    ws.write(0, 0, "令和8年度　新契約件数　一覧（関東地連）", bold)
    for j, h in enumerate(("商品", "県支部", "目標", "実績", "時点", "備考")):
        ws.write(2, j, h, hd)
    r = 3
    for prod, (kind, tv), rows in F02:
        for i, (t, a, note) in enumerate(rows):
            ws.write_string(r, 0, prod, box)
            ws.write_string(r, 1, F02_BRANCHES[i], box)
            for c, x in ((2, t), (3, a)):
                if isinstance(x, str):
                    ws.write_string(r, c, x, box)  # number stored as text
                elif isinstance(x, dt.datetime):
                    ws.write_datetime(r, c, x, f_md)
                elif isinstance(x, tuple):
                    ws.write_number(r, c, x[1], f_acct)
                else:
                    ws.write_number(r, c, x, box)
            if kind == "date":
                ws.write_datetime(r, 4, tv, f_ym)
            else:
                ws.write_number(r, 4, tv, box)
            if isinstance(note, NameErr):
                ws.write_formula(r, 5, "=" + note.formula, box, "#NAME?")
            elif note:
                ws.write_string(r, 5, note, box)
            else:
                ws.write_blank(r, 5, None, box)
            r += 1
    ws.write(r + 1, 0, "※（　）はマイナス（前月計上分の取消）")
    ws.set_column(0, 0, 26)
    wb.close()


# =====================================================================
# 03  東海北陸: per-product sheets; 目標 =B*1.1 with Excel's saved double; TRUE/FALSE
# =====================================================================
F03_BRANCHES = ["富山", "石川", "福井", "静岡", "愛知", "岐阜", "三重"]
F03 = [  # (sheet, product, 時点 (kind, value), [(基準件数, 実績)])
    ("団生", "団体生命共済", ("date", dt.datetime(2026, 12, 1)),
     [(150, 160), (170, 187), (100, 104), (320, 340), (550, 611), (200, 220), (180, 185)]),
    ("自賠責", "自賠責共済", ("text", "R8.11"),
     [(30, 30), (40, 44), (20, 25), (60, 61), (90, 99), (50, 55), (40, 41)]),
    ("火災", "火災共済", ("num", 2026.12),
     [(40, 40), (50, 52), (30, 33), (80, 90), (140, 150), (60, 58), (50, 49)]),
]
F03_HUMAN_TARGET = {10: 11, 20: 22, 30: 33, 40: 44, 50: 55, 60: 66, 80: 88, 90: 99, 100: 110, 140: 154, 150: 165,
                    170: 187, 180: 198, 200: 220, 320: 352, 550: 605}


def build_03(path: Path) -> None:
    wb = xlsxwriter.Workbook(str(path))
    bold = wb.add_format({"bold": True, "font_size": 14})
    hd = wb.add_format({"bold": True, "border": 1, "bg_color": "#E2EFDA", "align": "center"})
    box = wb.add_format({"border": 1})
    f_t = wb.add_format({"border": 1, "num_format": "#,##0"})
    f_p = wb.add_format({"border": 1, "num_format": "0.0%"})
    f_ym = wb.add_format({"num_format": YM, "align": "left"})
    for sheet, prod, (kind, tv), rows in F03:
        ws = wb.add_worksheet(sheet)
        ws.write(0, 0, f"令和8年度　{prod}　新契約件数（東海北陸地連）", bold)
        ws.write(1, 0, "集計時点")
        if kind == "date":
            ws.write_datetime(1, 1, tv, f_ym)
        elif kind == "num":
            ws.write_number(1, 1, tv)
        else:
            ws.write_string(1, 1, tv)
        for j, h in enumerate(("県支部", "基準件数", "目標", "実績", "到達率", "目標達成")):
            ws.write(3, j, h, hd)
        for i, (base, a) in enumerate(rows):
            r = 4 + i
            ws.write_string(r, 0, F03_BRANCHES[i], box)
            ws.write_number(r, 1, base, box)
            saved = base * 1.1  # what Excel computes and saves (a double)
            ws.write_formula(r, 2, f"=B{r + 1}*1.1", f_t, saved)
            ws.write_number(r, 3, a, box)
            ws.write_formula(r, 4, f"=D{r + 1}/C{r + 1}", f_p, a / saved)
            ws.write_boolean(r, 5, a >= F03_HUMAN_TARGET[base], box)  # typed by the clerk
        ws.write(4 + len(rows) + 1, 0, "※目標は基準件数の110％")
        ws.set_column(0, 0, 10)
    wb.close()


# =====================================================================
# 04  近畿: 目標 formulas with NO saved result (a script wrote them); =済 notes
# =====================================================================
F04_BRANCHES = ["滋賀", "京都", "大阪", "兵庫", "奈良", "和歌山"]
F04_PRODUCTS = ["団体生命共済", "自然災害共済"]
F04 = [  # per product: (基準件数, 実績)
    [(140, 150), (240, 264), (500, 512), (400, 440), (130, 143), (100, 98)],
    [(40, 41), (50, 55), (110, 125), (90, 99), (30, 36), (20, 18)],
]
F04_CHECK = [NameErr("済"), NameErr("済"), None, NameErr("済"), None, NameErr("済")]


def build_04(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "近畿地連"
    errs: list = []
    ws["A1"] = "令和8年度　主要共済　新契約件数（近畿地連）"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "時点"
    ws["B2"] = 2026.12
    ws.merge_cells("A4:A5")
    ws["A4"] = "県支部"
    for k, prod in enumerate(F04_PRODUCTS):
        c0 = 2 + 4 * k
        ws.merge_cells(start_row=4, start_column=c0, end_row=4, end_column=c0 + 3)
        ws.cell(4, c0, prod)
        for j, h in enumerate(("基準件数", "目標", "実績", "到達率")):
            ws.cell(5, c0 + j, h)
    ws.merge_cells("J4:J5")
    ws["J4"] = "確認"
    L = openpyxl.utils.get_column_letter
    for i, b in enumerate(F04_BRANCHES):
        r = 6 + i
        ws.cell(r, 1, b)
        for k in range(2):
            c0 = 2 + 4 * k
            base, a = F04[k][i]
            ws.cell(r, c0, base)
            ws.cell(r, c0 + 1, f"={L(c0)}{r}*1.1").number_format = "#,##0"
            ws.cell(r, c0 + 2, a)
            ws.cell(r, c0 + 3, f'=IF({L(c0 + 1)}{r}=0,"",{L(c0 + 2)}{r}/{L(c0 + 1)}{r})').number_format = "0.0%"
        if F04_CHECK[i] is not None:
            _put(ws, r, 10, F04_CHECK[i], errs)
    last = 6 + len(F04_BRANCHES) - 1
    _box(ws, 4, last, 10, {4, 5})
    ws.cell(last + 2, 1, "※目標は基準件数×1.1（集計用スクリプトで作成）")
    wb.save(path)
    _patch_errors(path, {1: errs})


# =====================================================================
# 05  中国四国: blocks with a 時点 row (date / 2026.11 / R8.12); 「－」 + note; acct 0; TRUE/FALSE
# =====================================================================
F05_BRANCHES = ["鳥取", "島根", "岡山", "広島", "山口", "徳島", "香川", "愛媛", "高知"]
F05 = [  # (product, 時点 (kind, value), [(目標, 実績)])
    ("団体生命共済", ("date", dt.datetime(2026, 12, 1)),
     [(120, 118), (130, 131), (260, 240), ("380", 380), (200, 176), (110, 101), (120, 125), (180, 166), (100, 92)]),
    ("じちろうマイカー共済", ("num", 2026.11),
     [(200, 188), (210, 202), (420, 433), (600, 571), (320, 320), (180, 168), (200, 191), (290, 301), (160, 140)]),
    ("自賠責共済", ("text", "R8.12"),
     [(10, "－"), (12, 12), (25, 22), (35, ("acct", 0)), (20, 21), (8, "－"), (10, 9), (15, 15), (8, 3)]),
]


def build_05(path: Path) -> None:
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("12月末")
    bold = wb.add_format({"bold": True, "font_size": 14})
    hd = wb.add_format({"bold": True, "border": 1, "bg_color": "#FCE4D6", "align": "center"})
    box = wb.add_format({"border": 1})
    right = wb.add_format({"border": 1, "align": "right"})
    f_p = wb.add_format({"border": 1, "num_format": "0.0%"})
    f_acct = wb.add_format({"border": 1, "num_format": ACCT})
    f_ym = wb.add_format({"border": 1, "num_format": YM, "align": "center"})
    ctr = wb.add_format({"border": 1, "align": "center"})
    ws.write(0, 0, "令和8年度　主要共済　新契約件数（中国・四国地連）", bold)
    ws.write(2, 0, "", hd)
    ws.write(3, 0, "時点", hd)
    ws.write(4, 0, "県支部", hd)
    for k, (prod, (kind, tv), rows) in enumerate(F05):
        c0 = 1 + 4 * k
        ws.merge_range(2, c0, 2, c0 + 3, prod, hd)
        if kind == "date":
            ws.merge_range(3, c0, 3, c0 + 3, None, f_ym)
            ws.write_datetime(3, c0, tv, f_ym)
        elif kind == "num":
            ws.merge_range(3, c0, 3, c0 + 3, None, ctr)
            ws.write_number(3, c0, tv, ctr)
        else:
            ws.merge_range(3, c0, 3, c0 + 3, tv, ctr)
        for j, h in enumerate(("目標", "実績", "到達率", "達成")):
            ws.write(4, c0 + j, h, hd)
        for i, (t, a) in enumerate(rows):
            r = 5 + i
            if isinstance(t, str):
                ws.write_string(r, c0, t, right)
            else:
                ws.write_number(r, c0, t, box)
            if isinstance(a, tuple):
                ws.write_number(r, c0 + 1, a[1], f_acct)
            elif isinstance(a, str):
                ws.write_string(r, c0 + 1, a, right)
            else:
                ws.write_number(r, c0 + 1, a, box)
            ws.write_number(r, c0 + 2, round(_val(a if not isinstance(a, tuple) else a[1]) / _val(t), 4), f_p)
            ws.write_boolean(r, c0 + 3, _val(a if not isinstance(a, tuple) else a[1]) >= _val(t), box)
    for i, b in enumerate(F05_BRANCHES):
        ws.write_string(5 + i, 0, b, box)
    ws.write(5 + len(F05_BRANCHES) + 1, 0, "※「－」は契約なし")
    ws.write(5 + len(F05_BRANCHES) + 2, 0, "※上段の年月は各共済の集計時点")
    ws.set_column(0, 0, 10)
    wb.close()


# =====================================================================
# 06  九州: HQ's published blocks; 時点 date / 2026.1 / R8.12; =-佐賀; text 1,022; (2)
# =====================================================================
F06_BRANCHES = ["福岡", "佐賀", "長崎", "熊本", "大分", "宮崎", "鹿児島", "沖縄"]
F06 = [  # (heading, 時点 (kind, value), [(目標, 実績)])
    ("(1) 団体生命共済", ("date", dt.datetime(2026, 12, 1)),
     [(460, 447), (140, 141), (210, 188), (260, 262), (190, 170), (150, 150), (230, 201), (170, 133)]),
    ("(2) じちろうマイカー共済", ("num", 2026.1),  # typed 「2026.10」
     [(1100, "1,022"), (280, 290), (420, 377), (400, 412), (380, 366), (330, 331), (430, 398), (350, 301)]),
    ("(3) 税制適格年金", ("text", "R8.12"),
     [(12, 10), (4, 4), (6, ("acct", -2)), (6, 7), (5, 3), (4, 5), (6, 6), (3, 1)]),
]


def build_06(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "公表用"
    errs: list = []
    ws["A1"] = "令和8年度　主要共済　新契約件数の状況（九州地連）"
    ws["A1"].font = Font(bold=True, size=14)
    r = 3
    for k, (head, (kind, tv), rows) in enumerate(F06):
        ws.cell(r, 1, head).font = Font(bold=True)
        ws.cell(r, 3, "時点")
        c = ws.cell(r, 4, tv)
        if kind == "date":
            c.number_format = YM
        r += 1
        for j, h in enumerate(("県支部", "目標", "実績", "到達率（％）")):
            ws.cell(r, 1 + j, h)
        top = r
        r += 1
        st = sa = 0
        for i, b in enumerate(F06_BRANCHES):
            t, a = rows[i]
            name = NameErr("-佐賀") if (k == 0 and b == "佐賀") else b
            _put(ws, r, 1, name, errs)
            ws.cell(r, 2, t)
            if isinstance(a, tuple):
                ws.cell(r, 3, a[1]).number_format = ACCT
                a = a[1]
            else:
                ws.cell(r, 3, a)
            ws.cell(r, 4, round(100 * _val(a) / t, 1))  # percent points, General
            st += t
            sa += _val(a)
            r += 1
        ws.cell(r, 1, "計")
        ws.cell(r, 2, st)
        ws.cell(r, 3, sa)
        ws.cell(r, 4, round(100 * sa / st, 1))
        _box(ws, top, r, 4, {top})
        r += 2
    ws.cell(r, 1, "※（　）は前月計上分の取消")
    ws.cell(r + 1, 1, "※到達率は小数点第２位未満切り捨て")
    ws.column_dimensions["A"].width = 26
    wb.save(path)
    _patch_errors(path, {1: errs})


# =====================================================================
# 07  全国: the standard template; #NAME? product / note; 時点 text / date / numbers
# =====================================================================
F07_BRANCHES = ["新潟", "長野", "北海道", "東京", "大阪", "福岡"]
F07 = [  # (実績入力 product, [(目標, 実績)])
    ("団体生命共済", [(280, 241), (230, 230), (1200, 1166), (700, "712"), (540, 498), (460, 447)]),
    ("じちろう退職者団体生命共済", [(30, 31), (25, 22), (95, 88), (80, 71), (80, 80), (90, ("1e2", 100))]),
    ("火災共済", [(55, 49), (45, 46), (140, 122), (100, 93), (120, 120), (90, 84)]),
    ("交通災害共済", [(30, 27), (25, 26), (60, 48), (80, 77), (70, "－"), (40, 40)]),
]
F07_SETTINGS = [  # (商品 cell, 時点 cell (kind, value), 注記)
    (NameErr("団体生命共済"), ("text", "R8.12"), None),
    ("じちろう退職者団体生命共済", ("date", dt.datetime(2026, 12, 1)), None),
    ("火災共済", ("num", 2026.11), NameErr("前月分含む")),
    ("交通災害共済", ("num", 2026.1), None),  # typed 「2026.10」
]


def build_07(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "実績入力"
    errs1: list = []
    for j, h in enumerate(("商品", "県支部", "目標", "実績")):
        ws.cell(1, 1 + j, h).font = Font(bold=True)
    r = 2
    for prod, rows in F07:
        for i, (t, a) in enumerate(rows):
            ws.cell(r, 1, prod)
            ws.cell(r, 2, F07_BRANCHES[i])
            ws.cell(r, 3, t)
            if isinstance(a, tuple):
                ws.cell(r, 4, a[1]).number_format = SCI
            else:
                ws.cell(r, 4, a)
            r += 1
    ws.column_dimensions["A"].width = 28
    ws2 = wb.create_sheet("商品設定")
    errs2: list = []
    for j, h in enumerate(("商品", "時点", "注記")):
        ws2.cell(1, 1 + j, h).font = Font(bold=True)
    for i, (prod, (kind, tv), note) in enumerate(F07_SETTINGS):
        rr = 2 + i
        _put(ws2, rr, 1, prod, errs2)
        c = ws2.cell(rr, 2, tv)
        if kind == "date":
            c.number_format = YM
        if note is not None:
            _put(ws2, rr, 3, note, errs2)
    ws2.column_dimensions["A"].width = 28
    wb.save(path)
    _patch_errors(path, {1: errs1, 2: errs2})


FILES = {
    "01_北海道東北_新契約件数.xlsx": build_01,
    "02_関東地連_新契約件数一覧.xlsx": build_02,
    "03_東海北陸_商品別.xlsx": build_03,
    "04_近畿地連_目標は式.xlsx": build_04,
    "05_中国四国_12月末.xlsx": build_05,
    "06_九州地連_公表用.xlsx": build_06,
    "07_全国_実績入力.xlsx": build_07,
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

    for n, p in build(Path(sys.argv[1] if len(sys.argv) > 1 else "legacy_contracts16_out")).items():
        print(p)
