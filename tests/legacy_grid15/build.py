"""Fifteenth independent fixture set: 加入拡大モデル単組 grids (Report A), theme
"WHAT EXCEL DID TO WHAT PEOPLE TYPED" -- seven otherwise ordinary grid
workbooks (HQ-like or common legacy shapes: union rows x month columns) in
which Excel turned what a clerk typed into something else: a count typed
「1/2」 or 「3-1」 stored as a DATE, 「(2)」 stored as -2 under an accounting
format, 単組コード 「001」 stored as the number 1 next to others kept as the
text 「001」 (Excel's green triangle), 県コード 「01」 stored as 1, counts kept
as TEXT (「3」「1,020」), 「1e2」 stored as 100 (shown 1.00E+02), 組合員数 under
#,##0"人", 加入率 「45%」 stored as 0.45, a typed note 「=済」 / a lookup of 「－」
saved as formulas whose result is #NAME? / #VALUE!, union names typed with a
leading 「-」 or 「=」 that Excel made formulas (#NAME?), TRUE / FALSE in the 発効
column, a 締め月 「2025/1」 stored as the date 2025-01-01 and 「2025.1」 /
「2025.10」 stored as the same number 2025.1, month headings 「6/1」 / 「5/1」
stored as dates (shown 6月1日 or Jun), year headings 「2024年度」 stored as the
number 2024 under 0"年度".

Made to MEASURE how well the reader generalises, by a helper who never read
the reader's code (only README.md, --help, DOMAIN.md, the example inputs,
tests/grid_compare.py and the earlier sets' scaffolding).  build.py never
runs the tool.

All union names are invented (見本 / 試験 / 架空 + invented places); no
person's name appears.  Month counts are LITERALS (sparse dicts
``{fiscal year: {calendar month: cell}}``; in a June-start dict months 1-5
are of the following calendar year, in a May-start dict 1-4): an int, a text
as typed, or a ``C`` (what Excel STORED: a date, a number with a format, a
formula with its saved result) that carries ``mean``, the number the clerk
meant.  A missing month is an empty cell.  Derived cells (N月累計, 年度実績
columns, 累積件数, 前年比, 達成率, 残件数, 合計 rows) are what the clerk's
sheet shows (computed here from ``mean``); expected.py never uses them.

Files (writer / FY / start / cutoff / what Excel did)
-----------------------------------------------------

01_コード数値化_文字列件数_6月開始.xlsx -- openpyxl, FY2024, June start,
    cutoff 2025年1月 (「1月\\n累計」).  県コード as NUMBERS (1, 5, 14 …; 「05」 once
    kept as text); 単組コード mixed: the number 1 (typed 001, zeros lost), the
    text 「017」, the number 8 under the format 「000」 (shows 008), the number
    101; 組合員数 under #,##0"人"; 加入率 typed 「35%」 → 0.35 under 0%; counts
    as text 「3」「1,020」「1,050」; 目標 「1,100」 and 団生保有 「9,860」 as text;
    a 社保労連 union (60, 単組コード the number 52).

02_日付化した件数_括弧負数_5月開始.xlsx -- XlsxWriter, FY2025, MAY start,
    cutoff 2025年12月 (「12月累計」).  A past count typed 「3-1」 stored as the
    date 2023-03-01 (shown 3月1日); a past count typed 「1/2」 stored as the date
    2025-01-02 (shown 1/2); a current count typed 「(2)」 stored as −2 under
    #,##0;(#,##0) (a note says （ ） is a cancellation); a 目標 typed 「1e2」
    stored as 100 (shown 1.00E+02); zeros shown as 「-」 by an accounting
    format; a 社保労連 union.

03_数式エラー_NAME_6月開始.xlsx -- openpyxl + an edit of the sheet XML,
    FY2024, June start, cutoff 2024年11月 (「11月累計」).  Union names typed
    「-見本南浦町職員組合」 and 「=試験東岡市職員労働組合」 saved as formulas whose
    result is #NAME?; a month typed 「=済」 (#NAME?); a month =VALUE("－")
    (#VALUE!, a lookup of a 「－」); months typed 「=2+1」 and 「=1+1」 (saved 3, 2).

04_日付の月見出し_数値の年度_6月開始.xlsx -- XlsxWriter, FY2024, June start,
    cutoff 2025年2月 (「2月累計」).  Month headings typed 「6/1」… in 2024:
    the DATES 2024-06-01 … 2024-05-01 (every block, the same twelve dates of
    2024) shown 6月1日 …; year headings the NUMBERS 2022 / 2023 / 2024 under
    0"年度"; 県コード numbers.

05_Jun表示の月見出し_2025.10_5月開始.xlsx -- openpyxl, FY2025, MAY start,
    cutoff 2025年10月 (「10月累計」; 「集計月」 B2 the number 2025.1 under 0.00,
    shown 2025.10).  Month headings typed 「5/1」… in 2025: dates shown May,
    Jun … (format mmm); 発効 TRUE / FALSE; months typed 「-」.

06_集計月が日付_累計なし_6月開始.xlsx -- XlsxWriter, FY2024, June start,
    cutoff 2025年1月 given ONLY by 「集計月」 B2: 「2025/1」 stored as the date
    2025-01-01 (yyyy/m).  A legacy shape: three blocks of 12 months, no 累計
    columns, no January counts yet in the current year; 単組コード numbers under
    000, 加入率 typed 「45%」; 組合員数 under #,##0"人".

07_締め月2025.1_数値_5月開始.xlsx -- openpyxl, FY2024, MAY start, cutoff
    2025年1月 given ONLY by 「締め月」 B2: 「2025.1」 stored as the number 2025.1
    (General, shown 2025.1); no 累計 columns; no January counts in the current
    year; 県コード 「01」 as 1, counts as text.
"""
from __future__ import annotations

import datetime as dt
import os
import re
import sys
import zipfile
from pathlib import Path

import openpyxl
import xlsxwriter
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter as L

JUNE = (6, 7, 8, 9, 10, 11, 12, 1, 2, 3, 4, 5)
MAY = (5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3, 4)
PCT = "0.0%"
NIN = '#,##0"人"'
ACC = "#,##0;(#,##0)"
ACC0 = '_ * #,##0_ ;_ * -#,##0_ ;_ * "-"_ ;_ @_ '


def order(start: int):
    return JUNE if start == 6 else MAY


class C:
    """What Excel stored in a cell: ``v`` (number, date, bool, or a formula's saved
    result), ``fmt``, ``f`` (a formula without the '='), and ``mean`` -- the number the
    clerk meant (for the derived cells the clerk's sheet shows)."""

    def __init__(self, v, fmt=None, f=None, mean=None):
        self.v, self.fmt, self.f = v, fmt, f
        self.mean = mean if mean is not None else (v if isinstance(v, (int, float)) and not isinstance(v, bool) else 0)


def P(v) -> int:
    if v is None:
        return 0
    if isinstance(v, C):
        return int(v.mean)
    if isinstance(v, (int, float)):
        return int(v)
    s = v.strip().replace(",", "")
    if s in ("", "-", "－"):
        return 0
    return int(s)


def ysum(d) -> int:
    return sum(P(v) for v in (d or {}).values())


def csum(d, start: int, cut: int) -> int:
    tot = 0
    for m in order(start):
        tot += P((d or {}).get(m))
        if m == cut:
            break
    return tot


# ----------------------------------------------------------------------
# a small cell model written out by either library
# ----------------------------------------------------------------------
class Sheet:
    def __init__(self, name: str):
        self.name = name
        self.cells: dict[tuple[int, int], dict] = {}
        self.merges: list[tuple[int, int, int, int]] = []
        self.freeze = None
        self.widths: dict[int, float] = {}

    def put(self, r, c, v, fmt=None, bold=False):
        if v is None:
            return
        f = None
        if isinstance(v, C):
            fmt = v.fmt or fmt
            f = v.f
            v = v.v
        self.cells[(r, c)] = {"v": v, "fmt": fmt, "bold": bold, "f": f}

    def merge(self, r1, c1, r2, c2):
        self.merges.append((r1, c1, r2, c2))


def _patch_formulas(path: Path, patches: dict[str, list[tuple[str, str, object]]]):
    """Give openpyxl's formula cells their saved result (as Excel keeps it):
    <c r="X" [s=".."] t="e"><f>…</f><v>#NAME?</v></c> (t omitted for a number)."""
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename in patches:
                xml = data.decode("utf-8")
                for ref, formula, val in patches[item.filename]:
                    pat = re.compile(r'<c r="%s"([^>]*)>.*?</c>' % ref, re.S)
                    m = pat.search(xml)
                    assert m, (item.filename, ref)
                    attrs = re.sub(r'\s+t="[^"]*"', "", m.group(1))
                    fx = formula.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                    if isinstance(val, str):
                        new = f'<c r="{ref}"{attrs} t="e"><f>{fx}</f><v>{val}</v></c>'
                    else:
                        new = f'<c r="{ref}"{attrs}><f>{fx}</f><v>{val}</v></c>'
                    xml = xml[:m.start()] + new + xml[m.end():]
                data = xml.encode("utf-8")
            zout.writestr(item, data)
    os.replace(tmp, path)


def save_openpyxl(sheets: list[Sheet], path: Path):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    formulas: dict[int, list] = {}
    for si, sh in enumerate(sheets, 1):
        ws = wb.create_sheet(sh.name)
        for (r, c), d in sh.cells.items():
            if d["f"] is not None:
                cell = ws.cell(r, c, "=" + d["f"])
                formulas.setdefault(si, []).append((f"{L(c)}{r}", d["f"], d["v"]))
            else:
                cell = ws.cell(r, c, d["v"])
            if d["fmt"]:
                cell.number_format = d["fmt"]
            if d["bold"]:
                cell.font = Font(bold=True)
            if isinstance(d["v"], str) and "\n" in d["v"]:
                cell.alignment = Alignment(wrap_text=True, vertical="center")
            if r > 3:
                cell.border = box
        for m in sh.merges:
            ws.merge_cells(start_row=m[0], start_column=m[1], end_row=m[2], end_column=m[3])
            ws.cell(m[0], m[1]).alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        if sh.freeze:
            ws.freeze_panes = sh.freeze
        ws.page_setup.orientation = "landscape"
        for c, w in sh.widths.items():
            ws.column_dimensions[L(c)].width = w
    wb.save(path)
    if formulas:
        _patch_formulas(path, {f"xl/worksheets/sheet{si}.xml": lst for si, lst in formulas.items()})


def save_xlsxwriter(sheets: list[Sheet], path: Path):
    wb = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False})
    fmts: dict = {}

    def fmt(d, r):
        key = (d.get("fmt"), d.get("bold"), r > 3, isinstance(d.get("v"), str) and "\n" in d["v"])
        if key not in fmts:
            p = {"valign": "vcenter"}
            if key[0]:
                p["num_format"] = key[0]
            if key[1]:
                p["bold"] = True
            if key[2]:
                p["border"] = 1
            if key[3]:
                p["text_wrap"] = True
            fmts[key] = wb.add_format(p)
        return fmts[key]

    def write(ws, r, c, d, fm):
        v = d["v"]
        if d.get("f") is not None:
            ws.write_formula(r, c, "=" + d["f"], fm, v)
        elif isinstance(v, bool):
            ws.write_boolean(r, c, v, fm)
        elif isinstance(v, (dt.date, dt.datetime)):
            ws.write_datetime(r, c, v if isinstance(v, dt.datetime) else dt.datetime(v.year, v.month, v.day), fm)
        elif isinstance(v, str):
            ws.write_string(r, c, v, fm)
        else:
            ws.write_number(r, c, v, fm)

    for sh in sheets:
        ws = wb.add_worksheet(sh.name)
        covered = set()
        for (r1, c1, r2, c2) in sh.merges:
            d = sh.cells.get((r1, c1), {"v": "", "fmt": None, "bold": True})
            ws.merge_range(r1 - 1, c1 - 1, r2 - 1, c2 - 1, "", fmt(d, r1))
            for r in range(r1, r2 + 1):
                for c in range(c1, c2 + 1):
                    covered.add((r, c))
            if d["v"] not in ("", None):
                write(ws, r1 - 1, c1 - 1, d, fmt(d, r1))
        for (r, c), d in sh.cells.items():
            if (r, c) in covered:
                continue
            write(ws, r - 1, c - 1, d, fmt(d, r))
        if sh.freeze:
            ws.freeze_panes(*sh.freeze)
        ws.set_landscape()
        ws.set_paper(9)
        for c, w in sh.widths.items():
            ws.set_column(c - 1, c - 1, w)
    wb.close()


# ----------------------------------------------------------------------
# an HQ-like grid: title, as-of, year-group row, heading row, unions, 合計, notes, 社保労連
# ----------------------------------------------------------------------
def hq_grid(sh: Sheet, *, fy: int, start: int, cut: int, title: str, asof=None,
            years: dict, month_label, cum_label, left: list, right: list, unions: list[dict],
            total_label: str = "合計", notes=(), sixty_note=None, yr_row: int = 3) -> None:
    """``left`` / ``right``: (key, heading).  Keys: pc pn uc name mem pol rate eff yA yB | cum tgt yoy ach rem pn.
    ``asof``: None, a text for A2, or a (label, cell) pair for A2 / B2.  ``cum_label`` None: no 累計 columns."""
    sh.put(1, 1, title, bold=True)
    if isinstance(asof, tuple):
        sh.put(2, 1, asof[0], bold=True)
        sh.put(2, 2, asof[1])
    elif asof:
        sh.put(2, 1, asof)
    hr = yr_row + 1
    col: dict[str, int] = {}
    c = 1
    for key, h in left:
        sh.put(hr, c, h, bold=True)
        col.setdefault(key, c)
        c += 1
    blocks: dict[int, int] = {}
    for y in (fy - 2, fy - 1, fy):
        width = 13 if (y < fy and cum_label) else 12
        sh.put(yr_row, c, years[y], bold=True)
        sh.merge(yr_row, c, yr_row, c + width - 1)
        blocks[y] = c
        for k, m in enumerate(order(start)):
            sh.put(hr, c + k, month_label(m), bold=True)
        if width == 13:
            sh.put(hr, c + 12, cum_label, bold=True)
        c += width
    rcol: dict[str, int] = {}
    for key, h in right:
        sh.put(hr, c, h, bold=True)
        rcol.setdefault(key, c)
        c += 1

    def row(r, u):
        cum = csum(u["m"].get(fy), start, cut)
        prev = csum(u["m"].get(fy - 1), start, cut)
        tgt = P(u.get("tgt"))
        vals = {"pc": u.get("pc"), "pn": u.get("pn"), "uc": u.get("uc"), "name": u["name"],
                "mem": u.get("mem"), "pol": u.get("pol"), "eff": u.get("eff"), "rate": u.get("rate"),
                "yA": ysum(u["m"].get(fy - 2)), "yB": ysum(u["m"].get(fy - 1)),
                "cum": cum, "tgt": u.get("tgt"), "yoy": cum - prev, "rem": tgt - cum}
        for key, cc in list(col.items()) + list(rcol.items()):
            if key == "rate" and vals["rate"] is None:
                if P(u.get("mem")):
                    sh.put(r, cc, round(P(u.get("pol")) / P(u.get("mem")), 3), PCT)
            elif key == "ach":
                if tgt:
                    sh.put(r, cc, round(cum / tgt, 3), PCT)
            else:
                sh.put(r, cc, vals.get(key))
        if "pn" in rcol:
            sh.put(r, rcol["pn"], u.get("pn"))
        for y, c0 in blocks.items():
            d = u["m"].get(y) or {}
            for k, m in enumerate(order(start)):
                if m in d:
                    sh.put(r, c0 + k, d[m])
            if y < fy and cum_label:
                sh.put(r, c0 + 12, csum(d, start, cut))

    r = hr + 1
    nat = [u for u in unions if not u.get("sixty")]
    for u in nat:
        row(r, u)
        r += 1
    sh.put(r, col["name"], total_label, bold=True)
    for key in ("mem", "pol", "yA", "yB"):
        if key in col:
            if key in ("mem", "pol"):
                sh.put(r, col[key], sum(P(u.get(key)) for u in nat), bold=True)
            else:
                y = fy - 2 if key == "yA" else fy - 1
                sh.put(r, col[key], sum(ysum(u["m"].get(y)) for u in nat), bold=True)
    for y, c0 in blocks.items():
        for k, m in enumerate(order(start)):
            t = sum(P((u["m"].get(y) or {}).get(m)) for u in nat)
            if t:
                sh.put(r, c0 + k, t, bold=True)
        if y < fy and cum_label:
            sh.put(r, c0 + 12, sum(csum(u["m"].get(y), start, cut) for u in nat), bold=True)
    cum = sum(csum(u["m"].get(fy), start, cut) for u in nat)
    prev = sum(csum(u["m"].get(fy - 1), start, cut) for u in nat)
    tgt = sum(P(u.get("tgt")) for u in nat)
    for key, v in (("cum", cum), ("tgt", tgt), ("yoy", cum - prev), ("rem", tgt - cum)):
        if key in rcol:
            sh.put(r, rcol[key], v, bold=True)
    if "ach" in rcol and tgt:
        sh.put(r, rcol["ach"], round(cum / tgt, 3), PCT, bold=True)
    r += 2
    for n in notes:
        sh.put(r, 1, n)
        r += 1
    sixty = [u for u in unions if u.get("sixty")]
    if sixty:
        if sixty_note:
            sh.put(r, 1, sixty_note)
            r += 1
        for u in sixty:
            row(r, u)
            r += 1
    sh.widths[col["name"]] = 28


LEFT_HQ = [("pc", "自治労\n県コード"), ("pn", "県名"), ("uc", "単組\nコード"), ("name", "加入拡大モデル単組"),
           ("mem", "組合\n員数"), ("pol", "団生\n保有"), ("rate", "加入率"), ("eff", "発効"),
           ("yA", "前々年度実績"), ("yB", "前年度実績")]
RIGHT_HQ = [("cum", "累積件数"), ("tgt", "目標件数"), ("yoy", "前年比"), ("ach", "達成率"), ("rem", "残件数")]
SIXTY_NOTE = "※社保労連においても単組目標を設定し推進している（加入拡大モデル単組の全国集計には含まない）"


def D(y, m, d, fmt, mean):
    """A typed text that Excel turned into a DATE (shown with ``fmt``)."""
    return C(dt.datetime(y, m, d), fmt, mean=mean)


# ======================================================================
# 01 codes that lost their zeros, counts kept as text, 人 / % formats
# ======================================================================
F01 = "01_コード数値化_文字列件数_6月開始.xlsx"
U01 = [
    dict(pc=1, pn="北海道", uc=1, name="見本北浦町職員組合", mem=C(860, NIN), pol=301, rate=C(0.35, "0%"),
         tgt=10, eff="10月",
         m={2022: {6: "3", 9: 2, 12: "4", 3: 1}, 2023: {7: "2", 10: 5, 2: "3", 5: 1},
            2024: {6: "1", 8: "2", 11: "3", 1: "2"}}),
    dict(pc="05", pn="宮城", uc="017", name="試験岬野市職員労働組合", mem=C(2310, NIN), pol=1155, tgt="30", eff="6月",
         m={2022: {7: 6, 10: "8", 1: 5, 4: 2}, 2023: {6: "4", 9: 7, 12: 6, 2: "8"},
            2024: {7: "5", 9: "6", 12: "2", 1: "4"}}),
    dict(pc=14, pn="東京", uc=101, name="架空港浜市職員労働組合", mem=C(12480, NIN), pol="9,860", tgt="1,100",
         eff="4月", m={2022: {6: 10, 10: 4}, 2023: {7: "6", 4: "1,050"},
                      2024: {6: "12", 8: 8, 10: "1,020", 11: 3}}),
    dict(pc=22, pn="静岡", uc=C(8, "000"), name="見本潮浜市職員労働組合", mem=C(3020, NIN), pol=1812, tgt=40, eff="1月",
         m={2022: {9: 12, 12: 8, 2: 6}, 2023: {6: 3, 10: "11", 2: 10, 3: 4},
            2024: {7: "9", 10: "7", 1: "6"}}),
    dict(pc=32, pn="兵庫", uc="044", name="架空松林町職員組合", mem=C(520, NIN), pol=182, tgt=8, eff="11月",
         m={2022: {5: 1}, 2023: {12: "2"}, 2024: {11: "1", 12: 2, 1: "3"}}),
    dict(pc=60, pn="社保労連", uc=52, name="見本第二機構職員労働組合", mem=C(4100, NIN), pol=2050, tgt=20, eff="8月",
         sixty=True, m={2022: {10: 5, 3: 3}, 2023: {7: "4", 1: 6}, 2024: {8: "3", 12: "5"}}),
]


def build01(path: Path):
    sh = Sheet("6月開始")
    hq_grid(sh, fy=2024, start=6, cut=1, title="2024年度　加入拡大モデル単組　実績一覧（6月開始）",
            asof="2025年1月末現在", years={y: f"{y}年度" for y in (2022, 2023, 2024)},
            month_label=lambda m: f"{m}月", cum_label="1月\n累計", left=LEFT_HQ, right=RIGHT_HQ,
            unions=U01, sixty_note=SIXTY_NOTE)
    sh.freeze = "E5"
    save_openpyxl([sh], path)


# ======================================================================
# 02 counts that became dates, (2) under an accounting format, 1e2
# ======================================================================
F02 = "02_日付化した件数_括弧負数_5月開始.xlsx"
U02 = [
    # 「3-1」 typed in 2023 into FY2023 August: the date 2023-03-01, shown 3月1日 (meant: 3 less 1 = 2? debatable)
    dict(pc="03", pn="青森", uc="012", name="見本緑ヶ原町職員組合", mem=640, pol=224, tgt=12, eff="5月",
         m={2023: {6: 2, 8: D(2023, 3, 1, 'm"月"d"日"', 2), 1: 3}, 2024: {5: 1, 8: 5, 12: 2, 3: 4},
            2025: {5: 2, 7: 3, 10: 1, 12: 4}}),
    # 「(2)」 typed into FY2025 November: −2 under #,##0;(#,##0) (the note: （ ） is a cancellation)
    dict(pc="13", pn="埼玉", uc="045", name="試験桜丘市職員労働組合", mem=1880, pol=752, tgt=24, eff="7月",
         m={2023: {7: 6, 11: 5, 2: 2}, 2024: {6: 3, 10: 8, 1: 6},
            2025: {6: 4, 8: 6, 11: C(-2, ACC), 12: 5}}),
    # 目標 typed 「1e2」: 100 shown 1.00E+02
    dict(pc="23", pn="愛知", uc="078", name="架空東湊市職員労働組合", mem=2950, pol=1475, tgt=C(100, "0.00E+00"),
         eff="5月", m={2023: {5: 8, 12: 6, 4: 3}, 2024: {7: 9, 11: 4, 2: 5}, 2025: {5: 10, 9: 7, 11: 6}}),
    # 「1/2」 typed in 2025 into FY2024 February (after the cutoff month): the date 2025-01-02 shown 1/2
    dict(pc="30", pn="大阪", uc="102", name="見本西野清掃職員組合", mem=410, pol=287, tgt=6, eff="9月",
         m={2023: {10: 1}, 2024: {9: 2, 2: D(2025, 1, 2, "m/d", 0)}, 2025: {9: 3, 10: 2, 12: 2}}),
    # zeros under the accounting format (shown 「-」)
    dict(pc="38", pn="香川", uc="019", name="試験琴原町職員組合", mem=780, pol=390, tgt=15, eff="8月",
         m={2023: {8: 3, 9: C(0, ACC0), 1: 4}, 2024: {8: 2, 10: C(0, ACC0), 12: 7},
            2025: {8: 5, 9: C(0, ACC0), 12: 3}}),
    dict(pc="60", pn="社保労連", uc="771", name="見本情報機構職員労働組合", mem=5300, pol=3280, tgt=18, eff="6月",
         sixty=True, m={2023: {6: 4, 2: 2}, 2024: {11: 3}, 2025: {6: 5, 11: 4}}),
]


def build02(path: Path):
    sh = Sheet("5月開始")
    hq_grid(sh, fy=2025, start=5, cut=12, title="令和7年度 加入拡大モデル単組 県本部別一覧（5月開始）",
            asof="2025年12月末現在", years={y: f"{y}年度" for y in (2023, 2024, 2025)},
            month_label=lambda m: f"{m}月", cum_label="12月累計",
            left=[("pc", "県コード"), ("pn", "県名"), ("uc", "単組コード"), ("name", "単組名"), ("mem", "組合員数"),
                  ("pol", "団生保有"), ("rate", "加入率"), ("eff", "発効"), ("yA", "2023年度実績"),
                  ("yB", "2024年度実績")],
            right=RIGHT_HQ, unions=U02, sixty_note="※社保労連は全国集計に含まない",
            notes=["（ ）は解約による減"])
    sh.freeze = (4, 4)
    save_xlsxwriter([sh], path)


# ======================================================================
# 03 formulas whose saved result is an error: names and month notes
# ======================================================================
F03 = "03_数式エラー_NAME_6月開始.xlsx"
NAME_ERR = "#NAME?"
U03 = [
    # typed 「-見本南浦町職員組合」 → =-見本南浦町職員組合 → #NAME?
    dict(pc="12", pn="茨城", uc="008", name=C(NAME_ERR, f="-見本南浦町職員組合"), mem=740, pol=296, tgt=10, eff="6月",
         m={2022: {6: 2, 10: 3, 2: 1}, 2023: {7: 4, 11: 2, 3: 2}, 2024: {6: 5, 9: 2, 11: 2}}),
    # typed 「=試験東岡市職員労働組合」 → #NAME?
    dict(pc="19", pn="富山", uc="015", name=C(NAME_ERR, f="試験東岡市職員労働組合"), mem=1510, pol=604, tgt=18,
         eff="8月", m={2022: {8: 5, 12: 4}, 2023: {8: 6, 10: 2, 1: 3}, 2024: {8: 7, 10: 3, 11: 4}}),
    # a month typed 「=済」 (#NAME?) in FY2024 October: a note, no count
    dict(pc="26", pn="滋賀", uc="027", name="架空湖南原町職員組合", mem=560, pol=224, tgt=6, eff="9月",
         m={2022: {9: 1}, 2023: {9: 2, 4: 1}, 2024: {9: 3, 10: C(NAME_ERR, f="済"), 11: 1}}),
    # FY2023 July: =VALUE("－") (#VALUE!), a lookup of a 「－」: no count; FY2024 August typed =2+1 (saved 3)
    dict(pc="40", pn="愛媛", uc="034", name="見本石原野市職員組合", mem=980, pol=392, tgt=12, eff="7月",
         m={2022: {7: 3, 11: 2, 5: 2}, 2023: {7: C("#VALUE!", f='VALUE("－")'), 8: 4, 12: 3},
            2024: {7: 5, 8: C(3, f="2+1"), 10: 2}}),
    # FY2022 December typed =1+1 (saved 2)
    dict(pc="45", pn="大分", uc="041", name="試験湯川台町職員組合", mem=300, pol=240, tgt=4, eff="8月",
         m={2022: {8: 1, 12: C(2, f="1+1")}, 2023: {8: 2}, 2024: {8: 3, 11: 2}}),
]


def build03(path: Path):
    sh = Sheet("6月開始")
    hq_grid(sh, fy=2024, start=6, cut=11, title="令和6年度 加入拡大モデル単組（6月開始）",
            asof="令和6年11月末現在", years={y: f"{y}年度" for y in (2022, 2023, 2024)},
            month_label=lambda m: f"{m}月", cum_label="11月累計",
            left=[("pc", "県コード"), ("pn", "県名"), ("uc", "単組コード"), ("name", "単組名"), ("mem", "組合員数"),
                  ("pol", "団生保有"), ("yA", "前々年度実績"), ("yB", "前年度実績")],
            right=RIGHT_HQ, unions=U03)
    sh.freeze = "E5"
    save_openpyxl([sh], path)


# ======================================================================
# 04 month headings stored as dates (6月1日), year headings as numbers under 0"年度"
# ======================================================================
F04 = "04_日付の月見出し_数値の年度_6月開始.xlsx"
U04 = [
    dict(pc=4, pn="岩手", uc="014", name="見本北上原町職員組合", mem=880, pol=352, tgt=12, eff="7月",
         m={2022: {7: 3, 10: 2, 2: 4}, 2023: {6: 2, 9: 5, 1: 3, 3: 1}, 2024: {7: 4, 9: 3, 2: 2}}),
    dict(pc=10, pn="群馬", uc="026", name="試験榛名原市職員労働組合", mem=1620, pol=810, tgt=20, eff="6月",
         m={2022: {6: 5, 11: 4, 4: 2}, 2023: {8: 6, 11: 3, 12: 4}, 2024: {6: 6, 8: 4, 10: 5, 1: 2}}),
    dict(pc=20, pn="石川", uc="031", name="架空白砂市職員組合", mem=450, pol=180, tgt=6, eff="10月",
         m={2022: {10: 2}, 2023: {10: 3, 2: 1}, 2024: {10: 3, 11: 1}}),
    dict(pc=33, pn="岡山", uc="048", name="見本吉備野市職員労働組合", mem=2760, pol=1380, tgt=30, eff="6月",
         m={2022: {6: 7, 9: 6, 12: 5, 3: 4}, 2023: {6: 8, 10: 7, 2: 6}, 2024: {6: 9, 9: 8, 12: 7, 2: 3}}),
    dict(pc=45, pn="大分", uc="053", name="試験湯布原町職員組合", mem=300, pol=240, tgt=4, eff="8月",
         m={2022: {8: 1, 1: 1}, 2023: {8: 2}, 2024: {8: 3, 1: 2}}),
]


def build04(path: Path):
    sh = Sheet("6月開始")
    hq_grid(sh, fy=2024, start=6, cut=2, title="2024年度 加入拡大モデル単組 進捗表（6月開始）",
            asof="2025年2月末現在",
            years={y: C(y, '0"年度"') for y in (2022, 2023, 2024)},
            # typed 「6/1」「7/1」…「5/1」 in 2024: every block the same twelve dates of 2024
            month_label=lambda m: C(dt.datetime(2024, m, 1), 'm"月"d"日"'),
            cum_label="2月累計", left=LEFT_HQ, right=RIGHT_HQ, unions=U04)
    sh.freeze = (4, 4)
    save_xlsxwriter([sh], path)


# ======================================================================
# 05 month headings shown Jun (dates, mmm), 集計月 2025.10 stored 2025.1, TRUE / FALSE 発効
# ======================================================================
F05 = "05_Jun表示の月見出し_2025.10_5月開始.xlsx"
U05 = [
    dict(pc="01", pn="北海道", uc="015", name="見本北浜台町職員組合", mem=920, pol=322, tgt=12, eff=True,
         m={2023: {5: 3, 8: 2, 2: 1}, 2024: {6: 4, 11: 3, 3: 2}, 2025: {5: 2, 7: 3, 9: 1, 10: 2}}),
    dict(pc="09", pn="新潟", uc="027", name="試験東峰市職員労働組合", mem=1540, pol=616, tgt=24, eff=False,
         m={2023: {7: 5, 12: 6}, 2024: {5: 2, 9: 7, 1: 4}, 2025: {6: 5, 7: "-", 8: 12, 10: 3}}),
    dict(pc="25", pn="三重", uc="039", name="架空鈴原市職員組合", mem=730, pol=219, tgt=10, eff=True,
         m={2023: {10: 2}, 2024: {6: 1, 10: 3, 4: 2}, 2025: {5: 4, 6: "-", 9: 3}}),
    dict(pc="34", pn="広島", uc="041", name="見本瀬戸原市職員労働組合", mem=2480, pol=1240, tgt=30, eff=False,
         m={2023: {5: 6, 11: 8, 3: 5}, 2024: {7: 9, 12: 6, 2: 3}, 2025: {6: 8, 7: 6, 10: 9}}),
    dict(pc="46", pn="宮崎", uc="052", name="試験日向原町職員組合", mem=310, pol=155, tgt=5, eff=True,
         m={2023: {9: 1}, 2024: {8: 2}, 2025: {8: 1, 10: 1}}),
]


def build05(path: Path):
    sh = Sheet("5月開始")
    hq_grid(sh, fy=2025, start=5, cut=10, title="2025年度 加入拡大モデル単組（5月開始）",
            # 「2025.10」 typed: the number 2025.1, shown 2025.10 under 0.00
            asof=("集計月", C(2025.1, "0.00")),
            years={y: f"{y}年度" for y in (2023, 2024, 2025)},
            # typed 「5/1」「6/1」… in 2025, formatted mmm: May, Jun, …
            month_label=lambda m: C(dt.datetime(2025, m, 1), "mmm"),
            cum_label="10月累計",
            left=[("pc", "県コード"), ("pn", "県名"), ("uc", "単組コード"), ("name", "単組名"), ("mem", "組合員数"),
                  ("pol", "団生保有"), ("eff", "発効"), ("yA", "前々年度実績"), ("yB", "前年度実績")],
            right=RIGHT_HQ, unions=U05, notes=["発効: TRUE＝今年度中に発効済み"])
    sh.freeze = "E5"
    save_openpyxl([sh], path)


# ======================================================================
# 06 the 締め月 only as a date 2025/1 (yyyy/m); a legacy shape without 累計 columns
# ======================================================================
F06 = "06_集計月が日付_累計なし_6月開始.xlsx"
U06 = [
    dict(pc=8, pn="福島", uc=C(11, "000"), name="見本四方浜町職員組合", mem=C(610, NIN), pol=275, rate=C(0.45, "0%"),
         tgt=8, m={2022: {6: 2, 10: 1, 1: 2}, 2023: {5: 3, 1: 2}, 2024: {6: 2, 9: 3, 12: 1}}),
    dict(pc=13, pn="埼玉", uc=C(24, "000"), name="試験荒木台市職員労働組合", mem=C(1730, NIN), pol=865,
         rate=C(0.5, "0%"), tgt=20,
         m={2022: {5: 4, 12: 6, 3: 2}, 2023: {7: 5, 11: 4, 1: 3}, 2024: {6: 6, 10: 4, 12: 5}}),
    dict(pc=14, pn="東京", uc=C(36, "000"), name="架空多摩野市職員組合", mem=C(2200, NIN), pol=660,
         rate=C(0.3, "0%"), tgt=25,
         m={2022: {8: 7, 1: 3}, 2023: {6: 6, 12: 5, 1: 4}, 2024: {7: 7, 8: 6, 12: 5}}),
    dict(pc=42, pn="福岡", uc=C(40, "000"), name="見本遠賀野町職員組合", mem=C(390, NIN), pol=273,
         rate=C(0.7, "0%"), tgt=5,
         m={2022: {11: 1}, 2023: {9: 2, 2: 1}, 2024: {11: 2, 12: 3}}),
]


def build06(path: Path):
    sh = Sheet("実績")
    hq_grid(sh, fy=2024, start=6, cut=1, title="2024年度 加入拡大モデル単組 月別件数（6月開始）",
            asof=("集計月", C(dt.datetime(2025, 1, 1), "yyyy/m")),
            years={y: f"{y}年度" for y in (2022, 2023, 2024)}, month_label=lambda m: f"{m}月", cum_label=None,
            left=[("pc", "県コード"), ("pn", "県名"), ("uc", "単組コード"), ("name", "単組名"), ("mem", "組合員数"),
                  ("pol", "団生保有"), ("rate", "加入率")],
            right=[("cum", "累積件数"), ("tgt", "目標件数"), ("ach", "達成率")], unions=U06)
    sh.freeze = (4, 4)
    save_xlsxwriter([sh], path)


# ======================================================================
# 07 the 締め月 only as the number 2025.1 (General); May start; codes as numbers
# ======================================================================
F07 = "07_締め月2025.1_数値_5月開始.xlsx"
U07 = [
    dict(pc=1, pn="北海道", uc="021", name="架空札原町職員組合", mem=470, pol=188, tgt=8,
         m={2022: {7: 2, 11: 1, 1: 2}, 2023: {8: 3, 12: 1, 1: 1}, 2024: {7: 2, 10: "3", 12: 1}}),
    dict(pc=24, pn="岐阜", uc="017", name="試験薔薇野市職員労働組合", mem=1960, pol=784, tgt=24,
         m={2022: {6: 6, 10: 5, 1: 4}, 2023: {6: 7, 9: 6, 1: 5}, 2024: {6: 8, 9: "3", 12: 6}}),
    dict(pc=29, pn="和歌山", uc="023", name="架空葡萄坂町職員組合", mem=330, pol=99, tgt=5,
         m={2022: {10: 1}, 2023: {10: 2, 4: 1}, 2024: {10: 3, 12: 2}}),
    dict(pc=37, pn="山口", uc="036", name="見本真珠浜市職員組合", mem=1280, pol=512, tgt=15,
         m={2022: {8: 4, 1: 3}, 2023: {8: 5, 11: 2, 1: 3}, 2024: {8: 6, 11: 4, 12: 2}}),
    dict(pc=43, pn="佐賀", uc="042", name="試験港野市職員組合", mem=690, pol=276, tgt=10,
         m={2022: {9: 2, 12: 3}, 2023: {9: 3, 1: 2}, 2024: {9: 2, 11: 1}}),
]


def build07(path: Path):
    sh = Sheet("5月開始")
    hq_grid(sh, fy=2024, start=5, cut=1, title="2024年度 加入拡大モデル単組 月別（5月開始）",
            asof=("締め月", 2025.1),
            years={y: f"{y}年度" for y in (2022, 2023, 2024)}, month_label=lambda m: f"{m}月", cum_label=None,
            left=[("pc", "県コード"), ("pn", "県名"), ("uc", "単組コード"), ("name", "単組名"), ("mem", "組合員数"),
                  ("pol", "団生保有")],
            right=[("cum", "累積件数"), ("tgt", "目標件数"), ("yoy", "前年比"), ("ach", "達成率"),
                   ("rem", "残件数")], unions=U07)
    sh.freeze = "E5"
    save_openpyxl([sh], path)


BUILDERS = [(F01, build01), (F02, build02), (F03, build03), (F04, build04), (F05, build05), (F06, build06),
            (F07, build07)]


def build(outdir: Path) -> dict[str, Path]:
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    files = {}
    for name, fn in BUILDERS:
        p = outdir / name
        fn(p)
        files[name] = p
    return files


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "legacy_grid15_out")
    for n, p in build(out).items():
        print(p, os.path.getsize(p))
