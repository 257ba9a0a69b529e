"""Thirteenth independent fixture set: 加入拡大モデル単組 grids (Report A), theme
"THE TOOL'S OWN FILES COMING BACK" -- eight grid workbooks that are the
tool's own products reused by staff: last month's OUTPUT book with this
month's counts typed into it, an input book into which the Excel button added
its 「再計算_…」 sheet, our grid TEMPLATE filled by a 県本部 (in Excel, and by a
script), the 5月開始 output fed back on the June start, an output with
前年比 / 達成率 typed over by hand, an output re-saved by LibreOffice.
Eight books.  Made to MEASURE how well the reader generalises, by a helper who never read
the reader's code (only README.md, --help, the example inputs, the committed
template, tests/grid_compare.py, the earlier sets' scaffolding and the tool's
OUTPUT files, produced here by running the CLI).

build.py CALLS THE TOOL (``python -m workbook_tools grid recompute`` and
``template grid``) to make the books staff later edit: that is the point of the
set.  The expected numbers (expected.py) never come from those outputs: they
are worked out by hand from the month literals below (sparse dicts
``{fiscal year: {calendar month: count}}``; in a June-start dict the months
1-5 are of the following calendar year, in a May-start dict 1-4).

All union names are invented (見本 / 試験 / 架空 prefixes + invented places);
no person's name appears.  FY2024 (past years 2022 / 2023) in 01, 04, 06, 07,
08; FY2025 (past years 2023 / 2024) in 02, 03, 05.

"Saved by Excel" is simulated by a LibreOffice headless round trip (it
recalculates and stores every formula's value, as Excel does on save); a book
saved by a script (openpyxl) keeps its formulas WITHOUT cached values.

Files (what staff did / sheet read / habits)
---------------------------------------------

01_前月出力に2月分入力_6月開始.xlsx -- FY2024, June start.  Last month's
    OUTPUT (``grid recompute`` of an HQ-style input with cutoff 2025年1月),
    sheet 「2024年度_6月開始」 + its 「チェック」 sheet.  The clerk typed the
    2025年2月 counts into the 2024年度 2月 column, corrected one December
    count (宮城 3 → 2), retyped the two 「1月累計」 headings as 「2月累計」 and
    the title's 「2025年1月速報値」 as 「2025年2月速報値」 -- but left the
    tool's formulas alone (the 累計 / 累積件数 formulas still SUM through
    1月, so every derived cell is one month short).  A model union designated
    this month (福岡 架空玄海台市) added by INSERTING A ROW AT the 合計 row: as
    in Excel, the 合計 SUMs and the summary box's COUNTA / SUMPRODUCT ranges
    (…7:…12) do not grow to take it in.  Summary box, print titles, frozen
    panes, AutoFilter, conditional format, チェック sheet all present.  Saved as
    by Excel (recalculated).

02_入力ブックに再計算シート_5月開始.xlsx -- FY2025, MAY start.  The HQ-style
    input book 「5月開始」 (cutoff 2025年11月) into which the Excel button added
    its result sheet 「再計算_5月開始」 (simulated: the CLI's output sheet
    copied cell by cell, formulas and formats, after the input sheet).  Then
    the clerk updated the ORIGINAL sheet for December: typed the 2025年12月
    counts, retyped 「11月累計」 → 「12月累計」 and row 2 「2025年11月末現在」 →
    「2025年12月末現在」, left the typed 累計 / 累積件数 / 前年比 / 達成率 /
    残件数 values of November.  The 再計算 sheet is last month's and stale.
    Read: the original sheet, cutoff 2025年12月.

03_テンプレート記入_熊本_行挿入_目標修正.xlsx -- FY2025, June start.  Our
    template (``workbook-tools template grid --year 2025``) filled by 熊本県本部
    in Excel: six unions, 締め月 (A3) = 1 (so 2026年1月; the 「N月累計」 headings
    are the template's formula =A3&"月累計"), sheet protection switched off,
    a union added later BY INSERTING A ROW between two filled rows (every
    formula, range, merge, name, format range shifted as Excel does; the row's
    formulas copied from the row above), a union's target REVISED mid-year
    (10 → 15: the cell holds 15, a comment says 当初10件), the blank template
    rows and the five pre-printed 「60 社保労連」 rows left empty.  Recalculated.

04_5月開始出力を6月開始で再集計.xlsx -- FY2024.  An HQ-style June-start input
    (cutoff 2025年2月) recomputed with ``--start-month 5``; that 5月開始
    OUTPUT (sheet 「2024年度_5月開始」, 5月…4月 blocks) is the file, fed back
    with ``--start-month 6`` (cli_args).  Every month a June-start FY2022-2024
    through 2025年2月 needs is in the May blocks.

05_出力に前年比達成率を手入力_5月開始.xlsx -- FY2025, MAY start.  Last month's
    OUTPUT (cutoff 2025年9月); the clerk typed the 10月 counts, retyped the
    「9月累計」 headings as 「10月累計」 and the title's 「2025年9月速報値」, and
    typed VALUES over the 前年比 column (as a ratio: 今年累積 ÷ 前年累計,
    shown 0%) and over the 達成率 column (texts like 「62.5%」, the figure
    they meant to report).  The output's AutoFilter left FILTERED on 県名 =
    京都 (to send that 県本部 its line): six of seven union rows hidden by the
    filter.  Recalculated.

06_出力をLibreOfficeで保存_5月開始.xlsx -- FY2024, MAY start.  Last month's
    OUTPUT (cutoff 2024年11月) opened in LibreOffice Calc at a 県本部 without
    Excel: 12月 counts typed, the 「11月累計」 headings and the title's
    速報値 month retyped, a 社保労連 union added below the existing one, saved
    (``soffice --headless --convert-to xlsx``).

07_テンプレート記入_愛知_スクリプト保存.xlsx -- FY2024, June start.  Our
    template (``template grid --year 2024``) filled BY A SCRIPT (openpyxl) at
    愛知県本部: five unions (one with target 0), 締め月 A3 = 2; saved without
    any cached formula value -- the 「N月累計」 headings are formulas
    =A3&"月累計" with no value stored.

08_再計算シートが先頭_6月開始.xlsx -- FY2024, June start.  Like 02, but the
    button's sheet 「再計算_6月開始」 (last month's result, cutoff 2024年10月)
    sits FIRST and is the active sheet (xlwings' sheets.add puts a new sheet
    before the active one); the entry sheet 「6月開始」 second, updated to
    2024年11月 (11月 counts, 「11月累計」, 「2024年11月末現在」; its typed
    累計 / 累積 etc. left at October).  Read: 「6月開始」, cutoff 2024年11月.
"""
from __future__ import annotations

import copy
import os
import re
import shutil
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

import openpyxl
from openpyxl.comments import Comment
from openpyxl.formatting.formatting import ConditionalFormattingList
from openpyxl.formula.translate import Translator
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.cell_range import MultiCellRange
from openpyxl.worksheet.filters import FilterColumn, Filters
from openpyxl.utils import get_column_letter as L

JUNE = (6, 7, 8, 9, 10, 11, 12, 1, 2, 3, 4, 5)
MAY = (5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3, 4)


def order(start: int):
    return JUNE if start == 6 else MAY


def ysum(d) -> int:
    return sum((d or {}).values())


def csum(d, start: int, cut: int) -> int:
    tot = 0
    for m in order(start):
        tot += (d or {}).get(m, 0)
        if m == cut:
            break
    return tot


def _norm(v) -> str:
    return "".join(str(v).split()) if v is not None else ""


# ----------------------------------------------------------------------
# tools: the CLI, LibreOffice
# ----------------------------------------------------------------------
def cli(*args: str) -> None:
    proc = subprocess.run([sys.executable, "-m", "workbook_tools", *args], capture_output=True, text=True,
                          timeout=600)
    if proc.returncode != 0:
        raise RuntimeError(f"workbook_tools {' '.join(args)} failed ({proc.returncode}):\n"
                           f"{proc.stdout}\n{proc.stderr}")


def lo_resave(path: Path) -> None:
    """Open and save the book in LibreOffice (recalculates and stores every formula's value)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        print(f"warning: no LibreOffice; {path.name} keeps formulas without cached values", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory(prefix="lg13_lo_") as td:
        prof = Path(td) / f"profile_{uuid.uuid4().hex}"
        outd = Path(td) / "out"
        outd.mkdir()
        src = Path(td) / "in.xlsx"
        shutil.copy(path, src)
        subprocess.run([soffice, f"-env:UserInstallation=file://{prof}", "--headless", "--calc",
                        "--convert-to", "xlsx", "--outdir", str(outd), str(src)],
                       capture_output=True, text=True, timeout=300, check=True)
        shutil.copy(outd / "in.xlsx", path)


# ----------------------------------------------------------------------
# an HQ-style input grid (like workbook_tools/examples/grid), openpyxl
# ----------------------------------------------------------------------
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def hq_input(path: Path, sheet: str, fy: int, start: int, cut: int, unions: list[dict], title: str,
             asof: str | None) -> None:
    """Row 1 title, row 2 as-of, row 3 years (merged), row 4 headings, unions from row 5, 合計,
    ※ note and 社保労連 (60) below.  Derived cells are typed values, right for the months."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    ws["A1"] = title
    ws["A1"].font = Font(bold=True)
    if asof:
        ws["A2"] = asof
    months = order(start)
    left = ["自治労\n県コード", "県名", "単組\nコード", "加入拡大モデル単組", "組合\n員数", "団生\n保有", "加入率", "発効",
            f"{fy - 2}年\n度実績", f"{fy - 1}年\n度実績"]
    for i, h in enumerate(left, 1):
        ws.cell(4, i, h)
    c = len(left) + 1
    block = {}
    for y in (fy - 2, fy - 1, fy):
        block[y] = c
        ws.cell(3, c, f"{y}年度")
        width = 13 if y < fy else 12
        ws.merge_cells(start_row=3, start_column=c, end_row=3, end_column=c + width - 1)
        for k, m in enumerate(months):
            ws.cell(4, c + k, f"{m}月")
        if y < fy:
            ws.cell(4, c + 12, f"{cut}月\n累計")
        c += width
    right = ["累積\n件数", "目標\n件数", "前年比", "達成率", "残件数", "県名"]
    rc = {}
    for h in right:
        ws.cell(4, c, h)
        rc[h] = c
        c += 1
    last = c - 1

    def union_row(r, u):
        vals = [u["pc"], u["pn"], u["uc"], u["name"], u["mem"], u["pol"], round(u["pol"] / u["mem"], 3),
                u.get("eff", "10月"), ysum(u["m"].get(fy - 2)), ysum(u["m"].get(fy - 1))]
        for i, v in enumerate(vals, 1):
            ws.cell(r, i, v)
        for y in (fy - 2, fy - 1, fy):
            for k, m in enumerate(months):
                v = u["m"].get(y, {}).get(m)
                if v is not None:
                    ws.cell(r, block[y] + k, v)
            if y < fy:
                ws.cell(r, block[y] + 12, csum(u["m"].get(y), start, cut))
        cum = csum(u["m"].get(fy), start, cut)
        prev = csum(u["m"].get(fy - 1), start, cut)
        ws.cell(r, rc["累積\n件数"], cum)
        ws.cell(r, rc["目標\n件数"], u["tgt"])
        ws.cell(r, rc["前年比"], cum - prev)
        if u["tgt"]:
            ws.cell(r, rc["達成率"], round(cum / u["tgt"], 3)).number_format = "0.0%"
        ws.cell(r, rc["残件数"], u["tgt"] - cum)
        ws.cell(r, rc["県名"], u["pn"])
        ws.cell(r, 7).number_format = "0.0%"

    r = 5
    nat = [u for u in unions if u["pc"] != "60"]
    for u in nat:
        union_row(r, u)
        r += 1
    ws.cell(r, 4, "合計")
    for col in list(range(5, 7)) + list(range(9, last)):
        if col == rc["達成率"]:
            continue
        ws.cell(r, col, f"=SUM({L(col)}5:{L(col)}{r - 1})")
    total_row = r
    r += 2
    sixty = [u for u in unions if u["pc"] == "60"]
    if sixty:
        ws.cell(r, 1, "※社保労連においても単組目標を設定し推進している（加入拡大モデル単組の全国集計には含まない）")
        r += 1
        for u in sixty:
            union_row(r, u)
            r += 1
    for row in ws.iter_rows(min_row=3, max_row=r - 1, max_col=last):
        for cell in row:
            if cell.row != total_row + 1:
                cell.border = BOX
    for cell in ws[4]:
        cell.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
    ws.column_dimensions["D"].width = 30
    ws.freeze_panes = "E5"
    wb.save(path)


# ----------------------------------------------------------------------
# finding things in the tool's output (by heading text, not position)
# ----------------------------------------------------------------------
class Layout:
    """Heading row (the one with 単組コード), the year row above it, month / 累計 / result columns."""

    def __init__(self, ws, start: int):
        self.ws = ws
        hr = None
        for row in ws.iter_rows(min_row=1, max_row=30):
            for cell in row:
                if _norm(cell.value) in ("単組コード",):
                    hr = cell.row
                    break
            if hr:
                break
        assert hr, f"no heading row in {ws.title}"
        self.hr = hr
        years = {}
        for cell in ws[hr - 1]:
            m = re.search(r"(\d{4})年度", str(cell.value or ""))
            if m:
                years[cell.column] = int(m.group(1))
        self.month_col: dict[tuple[int, int], int] = {}
        self.cum_col: dict[int, int] = {}
        self.col: dict[str, int] = {}
        ystarts = sorted(years)
        for cell in ws[hr]:
            t = _norm(cell.value)
            if not t:
                continue
            fy = None
            for ys in ystarts:
                if cell.column >= ys:
                    fy = years[ys]
            mm = re.fullmatch(r"(\d{1,2})月", t)
            if mm and fy:
                self.month_col[(fy, int(mm.group(1)))] = cell.column
            elif "累計" in t and fy:
                self.cum_col[fy] = cell.column
            else:
                self.col.setdefault(t, cell.column)
        self.name_col = self.col.get("加入拡大モデル単組") or self.col.get("単組名")
        assert self.name_col, self.col

    def row_of(self, name: str) -> int:
        for r in range(self.hr + 1, self.ws.max_row + 1):
            if _norm(self.ws.cell(r, self.name_col).value) == _norm(name):
                return r
        raise KeyError(name)

    def month(self, fy: int, m: int) -> int:
        return self.month_col[(fy, m)]


def type_months(lay: Layout, name: str, fy: int, months: dict[int, int]) -> None:
    r = lay.row_of(name)
    for m, v in months.items():
        lay.ws.cell(r, lay.month(fy, m), v)


def retitle(ws, old: str, new: str) -> None:
    for row in ws.iter_rows(min_row=1, max_row=8):
        for cell in row:
            if isinstance(cell.value, str) and old in cell.value:
                cell.value = cell.value.replace(old, new)


# ----------------------------------------------------------------------
# inserting a row the way Excel does (formulas, merges, names, format ranges shift)
# ----------------------------------------------------------------------
_REF = re.compile(r"(?<![A-Za-z0-9_])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![0-9(])")


def _shift_formula(f: str, at: int) -> str:
    out, pos = [], 0
    # leave string literals alone
    for m in re.finditer(r'"[^"]*"', f):
        out.append(_shift_plain(f[pos:m.start()], at))
        out.append(m.group(0))
        pos = m.end()
    out.append(_shift_plain(f[pos:], at))
    return "".join(out)


def _shift_plain(s: str, at: int) -> str:
    def rep(m):
        row = int(m.group(4))
        if row >= at:
            row += 1
        return f"{m.group(1)}{m.group(2)}{m.group(3)}{row}"
    return _REF.sub(rep, s)


def _shift_range(ref: str, at: int) -> str:
    return _shift_plain(ref, at)


def excel_insert_row(wb, ws, at: int) -> None:
    """Insert an empty row before row ``at`` and shift what refers to rows >= at."""
    merges = [str(m) for m in ws.merged_cells.ranges]
    for m in merges:
        ws.unmerge_cells(m)
    dvs = list(ws.data_validations.dataValidation)
    cfs = [(str(cf.sqref), list(cf.rules)) for cf in ws.conditional_formatting]
    heights = {r: d.height for r, d in ws.row_dimensions.items() if d.height}
    ws.insert_rows(at)
    for row in ws.iter_rows():
        for cell in row:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.value = _shift_formula(cell.value, at)
    for m in merges:
        ws.merge_cells(_shift_range(m, at))
    for dv in dvs:
        dv.sqref = MultiCellRange(_shift_range(str(dv.sqref), at))
    new_cf = ConditionalFormattingList()
    for sq, rules in cfs:
        for rule in rules:
            new_cf.add(_shift_range(sq, at), rule)
    ws.conditional_formatting = new_cf
    for r, h in sorted(heights.items(), reverse=True):
        if r >= at:
            ws.row_dimensions[r + 1].height = h
    if ws.auto_filter.ref:
        ws.auto_filter.ref = _shift_range(ws.auto_filter.ref, at)
    if ws.print_area:
        pa = ws.print_area if isinstance(ws.print_area, str) else ws.print_area[0]
        ws.print_area = _shift_range(pa.split("!")[-1].replace("$", ""), at)
    for name, dn in list(wb.defined_names.items()):
        dn.attr_text = _shift_formula(dn.attr_text, at)


def copy_row_formulas(ws, src: int, dst: int) -> None:
    """Excel's 「コピーしたセルの挿入」: the row's formulas and formats, translated to the new row."""
    for cell in ws[src]:
        tgt = ws.cell(dst, cell.column)
        if cell.has_style:
            tgt._style = copy.copy(cell._style)
        if isinstance(cell.value, str) and cell.value.startswith("="):
            tgt.value = Translator(cell.value, origin=cell.coordinate).translate_formula(tgt.coordinate)


# ----------------------------------------------------------------------
# the button's sheet: the CLI's output sheet copied into the input book
# ----------------------------------------------------------------------
def copy_sheet_into(src_ws, wb, title: str):
    ws = wb.create_sheet(title)
    for row in src_ws.iter_rows():
        for cell in row:
            if cell.value is None and not cell.has_style:
                continue
            t = ws.cell(cell.row, cell.column, cell.value)
            if cell.has_style:
                t.font = copy.copy(cell.font)
                t.fill = copy.copy(cell.fill)
                t.border = copy.copy(cell.border)
                t.alignment = copy.copy(cell.alignment)
                t.number_format = cell.number_format
    for m in src_ws.merged_cells.ranges:
        ws.merge_cells(str(m))
    for k, d in src_ws.column_dimensions.items():
        ws.column_dimensions[k].width = d.width
    for r, d in src_ws.row_dimensions.items():
        if d.height:
            ws.row_dimensions[r].height = d.height
    ws.freeze_panes = src_ws.freeze_panes
    for cf in src_ws.conditional_formatting:
        for rule in cf.rules:
            ws.conditional_formatting.add(str(cf.sqref), rule)
    return ws


# ======================================================================
# 01 last month's output + February typed in (June start, FY2024)
# ======================================================================
F01 = "01_前月出力に2月分入力_6月開始.xlsx"
U01 = [
    dict(pc="01", pn="北海道", uc="004", name="見本湊川町職員組合", mem=860, pol=301, tgt=10, eff="6月",
         m={2022: {6: 3, 9: 2, 12: 4, 3: 1}, 2023: {7: 2, 10: 5, 2: 3, 5: 1}, 2024: {6: 1, 8: 2, 11: 3, 1: 2}}),
    dict(pc="05", pn="宮城", uc="017", name="試験岬台市職員労働組合", mem=2310, pol=1155, tgt=30,
         m={2022: {7: 6, 10: 8, 1: 5, 4: 2}, 2023: {6: 4, 9: 7, 12: 6, 2: 8}, 2024: {7: 5, 9: 6, 12: 3, 1: 4}}),
    dict(pc="09", pn="新潟", uc="023", name="架空雪野町職員組合", mem=415, pol=498, tgt=6,
         m={2022: {8: 1, 2: 2}, 2023: {11: 3, 3: 1}, 2024: {10: 4, 12: 2}}),
    dict(pc="10", pn="群馬", uc="031", name="見本桑原市職員組合", mem=1540, pol=616, tgt=24,
         m={2022: {6: 10, 11: 4, 5: 3}, 2023: {8: 6, 1: 9, 4: 2}, 2024: {6: 2, 9: 1}}),
    dict(pc="22", pn="静岡", uc="008", name="試験潮見市職員労働組合", mem=3020, pol=1812, tgt=40,
         m={2022: {9: 12, 12: 8, 2: 6}, 2023: {6: 3, 10: 11, 2: 10, 3: 4}, 2024: {7: 9, 10: 7, 1: 6}}),
    dict(pc="32", pn="兵庫", uc="044", name="架空松風町職員組合", mem=520, pol=182, tgt=8,
         m={2022: {5: 1}, 2023: {12: 2}, 2024: {11: 1}}),
    dict(pc="60", pn="社保労連", uc="052", name="試験第一機構職員労働組合", mem=4100, pol=2050, tgt=20,
         m={2022: {10: 5, 3: 3}, 2023: {7: 4, 1: 6}, 2024: {8: 3, 12: 5}}),
]
# typed this month into last month's output (2025年2月; 宮城's December corrected 3 → 2)
# a model union designated this month, added by inserting a row just above 合計 (its past months from HQ's list)
NEW01 = dict(pc="42", pn="福岡", uc="061", name="架空玄海台市職員労働組合", mem=1260, pol=504, tgt=12,
             m={2022: {8: 2, 1: 3}, 2023: {9: 4, 12: 1, 3: 2}, 2024: {10: 3, 12: 2, 1: 1, 2: 3}})
FEB01 = {"見本湊川町職員組合": {2: 4}, "試験岬台市職員労働組合": {2: 7, 12: 2}, "架空雪野町職員組合": {2: 1},
         "試験潮見市職員労働組合": {2: 12}, "架空松風町職員組合": {2: -1}, "試験第一機構職員労働組合": {2: 2}}


def put_union(ws, lay: Layout, r: int, u: dict) -> None:
    """Type a union's fixed cells and months into an output-style row."""
    for key, v in (("自治労県コード", u["pc"]), ("県名", u["pn"]), ("単組コード", u["uc"]), ("組合員数", u["mem"]),
                   ("団生保有", u["pol"]), ("発効", u.get("eff", "10月")), ("目標件数", u["tgt"])):
        if key in lay.col:
            ws.cell(r, lay.col[key], v)
    ws.cell(r, lay.name_col, u["name"])
    for cell in ws[lay.hr]:
        if _norm(cell.value) == "県名" and cell.column > lay.name_col:
            ws.cell(r, cell.column, u["pn"])
    for y, ms in u["m"].items():
        for m, v in ms.items():
            ws.cell(r, lay.month(y, m), v)


def build01(path: Path, tmp: Path):
    src = tmp / "01_入力_1月.xlsx"
    hq_input(src, "6月開始", 2024, 6, 1, U01, "2024年度加入拡大モデル単組 過去2年実績（6月開始）", "2025年1月末現在")
    out = tmp / "01_出力_1月.xlsx"
    cli("grid", "recompute", str(src), "-o", str(out))
    wb = openpyxl.load_workbook(out)
    ws = wb.worksheets[0]
    lay = Layout(ws, 6)
    for name, ms in FEB01.items():
        type_months(lay, name, 2024, ms)
    for c in lay.cum_col.values():
        ws.cell(lay.hr, c).value = "2月累計"
    retitle(ws, "2025年1月速報値", "2025年2月速報値")
    # the new union: a row inserted AT the 合計 row (Excel does not widen SUM(E7:E12) then), the row above's
    # formulas copied down, the values typed
    r_tot = lay.row_of("合計")
    excel_insert_row(wb, ws, r_tot)
    copy_row_formulas(ws, r_tot - 1, r_tot)
    lay = Layout(ws, 6)
    put_union(ws, lay, r_tot, NEW01)
    wb.save(path)
    lo_resave(path)


# ======================================================================
# 02 the input book with the button's 再計算 sheet, then December typed (May start, FY2025)
# ======================================================================
F02 = "02_入力ブックに再計算シート_5月開始.xlsx"
U02 = [
    dict(pc="12", pn="茨城", uc="006", name="見本鹿島台町職員組合", mem=1120, pol=448, tgt=15,
         m={2023: {5: 2, 8: 3, 12: 1, 3: 4}, 2024: {6: 5, 9: 2, 11: 3, 2: 1}, 2025: {5: 1, 7: 4, 10: 2}}),
    dict(pc="15", pn="千葉", uc="019", name="試験潮田市職員労働組合", mem=2750, pol=1650, tgt=36,
         m={2023: {6: 8, 10: 6, 1: 5, 4: 7}, 2024: {5: 4, 8: 9, 12: 6, 3: 2}, 2025: {6: 10, 9: 5, 11: 8}}),
    dict(pc="18", pn="長野", uc="027", name="架空白樺村職員組合", mem=190, pol=211, tgt=4,
         m={2023: {9: 1}, 2024: {1: 2, 4: 1}, 2025: {8: 2}}),
    dict(pc="24", pn="岐阜", uc="035", name="見本柳瀬市職員組合", mem=1880, pol=752, tgt=20,
         m={2023: {7: 4, 11: 6, 2: 3}, 2024: {5: 2, 10: 7, 12: 5, 4: 3}, 2025: {5: 3, 6: 2, 9: 6, 10: 4, 11: 3}}),
    dict(pc="33", pn="岡山", uc="012", name="試験吉備野町職員労働組合", mem=640, pol=224, tgt=10,
         m={2023: {12: 2, 3: 3}, 2024: {7: 1, 11: 4, 2: 2}, 2025: {8: 1}}),
    dict(pc="40", pn="愛媛", uc="041", name="架空石鎚市職員組合", mem=3380, pol=1352, tgt=45,
         m={2023: {5: 10, 9: 8, 12: 7, 3: 9}, 2024: {6: 12, 10: 6, 1: 8, 4: 5}, 2025: {5: 6, 7: 9, 10: 7, 11: -1}}),
]
DEC02 = {"見本鹿島台町職員組合": 3, "試験潮田市職員労働組合": 6, "見本柳瀬市職員組合": 4,
         "試験吉備野町職員労働組合": 2, "架空石鎚市職員組合": 11}


def build02(path: Path, tmp: Path):
    hq_input(path, "5月開始", 2025, 5, 11, U02, "2025年度加入拡大モデル単組 過去2年実績（5月開始）", "2025年11月末現在")
    out = tmp / "02_出力_11月.xlsx"
    cli("grid", "recompute", str(path), "-o", str(out))
    wb = openpyxl.load_workbook(path)
    owb = openpyxl.load_workbook(out)
    copy_sheet_into(owb.worksheets[0], wb, "再計算_5月開始")
    ws = wb["5月開始"]
    # December typed into the original sheet; headings retyped; the typed 累計 / 累積 etc. left at November
    dec_col = None
    for c in ws[4]:
        if _norm(c.value) == "12月" and c.column >= 11 + 13 + 13:
            dec_col = c.column
    assert dec_col
    for r in range(5, ws.max_row + 1):
        name = ws.cell(r, 4).value
        if name in DEC02:
            ws.cell(r, dec_col, DEC02[name])
    for c in ws[4]:
        if _norm(c.value) == "11月累計":
            c.value = "12月\n累計"
    ws["A2"] = "2025年12月末現在"
    wb.active = 0
    wb.save(path)
    lo_resave(path)


# ======================================================================
# 03 our template filled by 熊本県本部 in Excel: a row inserted, a target revised (June, FY2025)
# ======================================================================
F03 = "03_テンプレート記入_熊本_行挿入_目標修正.xlsx"
U03 = [
    dict(pc="47", pn="熊本", uc="003", name="見本阿蘇谷町職員組合", mem=730, pol=292, tgt=8, eff="7月",
         m={2023: {6: 1, 9: 3, 1: 2}, 2024: {8: 2, 11: 4, 3: 1}, 2025: {7: 3, 10: 2, 1: 1}}),
    dict(pc="47", pn="熊本", uc="011", name="試験白川市職員労働組合", mem=2960, pol=1480, tgt=15, eff="10月",
         m={2023: {7: 5, 12: 6, 4: 3}, 2024: {6: 4, 10: 8, 2: 5}, 2025: {6: 2, 9: 6, 12: 4}}),
    dict(pc="47", pn="熊本", uc="018", name="架空球磨原町職員組合", mem=350, pol=385, tgt=5, eff="10月",
         m={2023: {10: 2}, 2024: {9: 1, 5: 2}, 2025: {8: 1, 11: 2, 1: 3}}),
    # the inserted row (goes between 018 and 026)
    dict(pc="47", pn="熊本", uc="020", name="見本天草浜市職員組合", mem=1210, pol=484, tgt=12, eff="4月",
         m={2023: {8: 4, 2: 2}, 2024: {7: 3, 12: 5, 4: 2}, 2025: {6: 4, 9: 2, 12: 3, 1: 1}}),
    dict(pc="47", pn="熊本", uc="026", name="試験菊池台市職員労働組合", mem=1650, pol=990, tgt=20, eff="10月",
         m={2023: {6: 6, 11: 5, 3: 4}, 2024: {9: 7, 1: 6}, 2025: {7: 5, 10: 6, 12: 4}}),
    dict(pc="47", pn="熊本", uc="034", name="架空宇土見町職員組合", mem=260, pol=78, tgt=3, eff="1月",
         m={2023: {5: 1}, 2024: {3: 1}, 2025: {12: 1}}),
]


def fill_template_row(ws, lay: Layout, r: int, u: dict, fy: int):
    ws.cell(r, lay.col["自治労県コード"], u["pc"])
    ws.cell(r, lay.col["県名"], u["pn"])
    ws.cell(r, lay.col["単組コード"], u["uc"])
    ws.cell(r, lay.name_col, u["name"])
    ws.cell(r, lay.col["組合員数"], u["mem"])
    ws.cell(r, lay.col["団生保有"], u["pol"])
    ws.cell(r, lay.col["発効"], u.get("eff", "10月"))
    ws.cell(r, lay.col["目標件数"], u["tgt"])
    for y, ms in u["m"].items():
        for m, v in ms.items():
            ws.cell(r, lay.month(y, m), v)


def build03(path: Path, tmp: Path):
    tpl = tmp / "03_template.xlsx"
    cli("template", "grid", "-o", str(tpl), "--year", "2025")
    wb = openpyxl.load_workbook(tpl)
    ws = wb.worksheets[0]
    ws.protection.sheet = False            # 「シート保護の解除」 (no password) to insert a row
    lay = Layout(ws, 6)
    first = lay.hr + 1
    order_typed = [u for u in U03 if u["uc"] != "020"]
    for i, u in enumerate(order_typed):
        fill_template_row(ws, lay, first + i, u, 2025)
    ws["A3"] = 1                           # 締め月: 1 (2026年1月)
    # the target of 白川 revised 10 → 15 in November: the cell overwritten, a comment left
    r_sh = lay.row_of("試験白川市職員労働組合")
    ws.cell(r_sh, lay.col["目標件数"]).comment = Comment("当初目標10件。11月の県本部共済推進委員会で15件に上方修正。", "熊本県本部")
    # a union added later: a row inserted before 試験菊池台市 (row of the 4th typed union)
    at = lay.row_of("試験菊池台市職員労働組合")
    excel_insert_row(wb, ws, at)
    copy_row_formulas(ws, at - 1, at)
    lay = Layout(ws, 6)
    fill_template_row(ws, lay, at, U03[3], 2025)
    wb.save(path)
    lo_resave(path)


# ======================================================================
# 04 the 5月開始 output of a June-start input, fed back on the June start (FY2024)
# ======================================================================
F04 = "04_5月開始出力を6月開始で再集計.xlsx"
U04 = [
    dict(pc="03", pn="青森", uc="009", name="見本十和野町職員組合", mem=980, pol=343, tgt=12,
         m={2022: {6: 2, 8: 4, 11: 1, 5: 3}, 2023: {7: 3, 10: 2, 1: 4, 5: 2}, 2024: {6: 4, 9: 2, 12: 3, 2: 1}}),
    dict(pc="06", pn="秋田", uc="014", name="試験男鹿崎市職員労働組合", mem=1460, pol=730, tgt=18,
         m={2022: {7: 5, 12: 6, 3: 2}, 2023: {6: 7, 9: 3, 2: 5}, 2024: {7: 6, 10: 4, 1: 5}}),
    dict(pc="19", pn="富山", uc="022", name="架空立山原町職員組合", mem=310, pol=341, tgt=5,
         m={2022: {10: 1, 4: 2}, 2023: {11: 2, 5: 1}, 2024: {6: 2, 8: 1, 11: 2, 2: 1}}),
    dict(pc="28", pn="奈良", uc="030", name="見本飛鳥野市職員組合", mem=2200, pol=880, tgt=25,
         m={2022: {6: 8, 9: 5, 1: 4}, 2023: {8: 6, 12: 7, 3: 3, 5: 4}, 2024: {7: 5, 11: 6, 12: 2, 1: 3}}),
    dict(pc="36", pn="島根", uc="007", name="試験出雲浜市職員労働組合", mem=1730, pol=519, tgt=20,
         m={2022: {8: 3, 2: 4, 5: 2}, 2023: {6: 1, 10: 5, 4: 3}, 2024: {9: 4, 2: -1}}),
    dict(pc="43", pn="佐賀", uc="016", name="架空有明台町職員組合", mem=450, pol=135, tgt=6,
         m={2022: {11: 2}, 2023: {7: 1, 3: 2}, 2024: {6: 1, 10: 2, 1: 1}}),
    dict(pc="60", pn="社保労連", uc="058", name="見本協会職員労働組合", mem=2600, pol=1040, tgt=15,
         m={2022: {9: 3, 1: 2}, 2023: {6: 4, 11: 3, 5: 1}, 2024: {8: 2, 12: 4, 2: 3}}),
]


def build04(path: Path, tmp: Path):
    src = tmp / "04_入力_6月開始.xlsx"
    hq_input(src, "6月開始", 2024, 6, 2, U04, "2024年度加入拡大モデル単組 過去2年実績（6月開始）", "2025年2月末現在")
    cli("grid", "recompute", str(src), "-o", str(path), "--start-month", "5")


# ======================================================================
# 05 last month's output; October typed; 前年比 and 達成率 typed over (May start, FY2025)
# ======================================================================
F05 = "05_出力に前年比達成率を手入力_5月開始.xlsx"
U05 = [
    dict(pc="07", pn="山形", uc="005", name="見本最上川町職員組合", mem=640, pol=256, tgt=8,
         m={2023: {6: 2, 9: 1, 1: 3}, 2024: {5: 1, 8: 2, 10: 3, 3: 1}, 2025: {5: 2, 7: 1, 9: 2}}),
    dict(pc="11", pn="栃木", uc="013", name="試験那須野市職員労働組合", mem=2480, pol=1240, tgt=30,
         m={2023: {5: 6, 8: 7, 11: 5, 2: 4}, 2024: {6: 8, 9: 6, 12: 4, 4: 3}, 2025: {5: 5, 6: 4, 8: 7, 9: 3}}),
    dict(pc="20", pn="石川", uc="021", name="架空能登浦町職員組合", mem=280, pol=308, tgt=4,
         m={2023: {7: 1}, 2024: {10: 2}, 2025: {6: 1, 9: 2}}),
    dict(pc="27", pn="京都", uc="038", name="見本嵐山台市職員組合", mem=3120, pol=1248, tgt=40,
         m={2023: {5: 9, 10: 8, 1: 6, 3: 5}, 2024: {5: 7, 7: 10, 10: 6, 2: 8}, 2025: {6: 9, 8: 6, 9: 5}}),
    dict(pc="37", pn="山口", uc="010", name="試験秋芳市職員労働組合", mem=1350, pol=405, tgt=15,
         m={2023: {9: 4, 12: 3}, 2024: {6: 2, 11: 5, 1: 3}, 2025: {7: 3}}),
    dict(pc="41", pn="高知", uc="024", name="架空四万浜町職員組合", mem=520, pol=156, tgt=6,
         m={2023: {8: 2, 4: 1}, 2024: {7: 3, 9: 1}, 2025: {5: 1, 8: 2, 9: 1}}),
    dict(pc="45", pn="大分", uc="031", name="見本湯布原市職員組合", mem=1900, pol=950, tgt=20,
         m={2023: {6: 5, 11: 4, 3: 3}, 2024: {5: 3, 8: 4, 10: 5, 12: 2}, 2025: {5: 4, 6: 3, 9: -1}}),
]
OCT05 = {"見本最上川町職員組合": 3, "試験那須野市職員労働組合": 6, "架空能登浦町職員組合": 2,
         "見本嵐山台市職員組合": 12, "架空四万浜町職員組合": 2, "見本湯布原市職員組合": 4}
# what the clerk typed over the formulas (ratios and texts; not the definitions)
TYPED05 = {  # name: (前年比 as a ratio, 達成率 as a text)
    "見本最上川町職員組合": (1.5, "100.0%"),
    "試験那須野市職員労働組合": (1.2, "83.3%"),
    "架空能登浦町職員組合": (2.5, "125%"),
    "見本嵐山台市職員組合": (1.0, "80.0%"),
    "試験秋芳市職員労働組合": (0.43, "20.0%"),
    "架空四万浜町職員組合": (1.5, "100%"),
    "見本湯布原市職員組合": (0.9, "45.0%"),
}


def build05(path: Path, tmp: Path):
    src = tmp / "05_入力_9月.xlsx"
    hq_input(src, "5月開始", 2025, 5, 9, U05, "2025年度加入拡大モデル単組 過去2年実績（5月開始）", "2025年9月末現在")
    out = tmp / "05_出力_9月.xlsx"
    cli("grid", "recompute", str(src), "-o", str(out))
    wb = openpyxl.load_workbook(out)
    ws = wb.worksheets[0]
    lay = Layout(ws, 5)
    for name, v in OCT05.items():
        type_months(lay, name, 2025, {10: v})
    for c in lay.cum_col.values():
        ws.cell(lay.hr, c).value = "10月累計"
    retitle(ws, "2025年9月速報値", "2025年10月速報値")
    yoy, rate = lay.col["前年比"], lay.col["達成率"]
    for name, (ratio, text) in TYPED05.items():
        r = lay.row_of(name)
        ws.cell(r, yoy).value = ratio
        ws.cell(r, yoy).number_format = "0%"
        ws.cell(r, rate).value = text
    # the clerk filtered the output's AutoFilter to 京都 (to send that 県本部 its line) and saved it so
    ref = ws.auto_filter.ref
    c1 = openpyxl.utils.cell.range_boundaries(ref)[0]
    ws.auto_filter.filterColumn.append(FilterColumn(colId=lay.col["県名"] - c1, filters=Filters(filter=["京都"])))
    for u in U05:
        if u["pn"] != "京都":
            ws.row_dimensions[lay.row_of(u["name"])].hidden = True
    wb.save(path)
    lo_resave(path)


# ======================================================================
# 06 last month's output opened and saved in LibreOffice Calc (May start, FY2024)
# ======================================================================
F06 = "06_出力をLibreOfficeで保存_5月開始.xlsx"
U06 = [
    dict(pc="04", pn="岩手", uc="002", name="見本北上野町職員組合", mem=870, pol=348, tgt=10,
         m={2022: {5: 2, 8: 3, 1: 1}, 2023: {6: 4, 11: 2, 3: 3}, 2024: {5: 1, 7: 3, 10: 2}}),
    dict(pc="08", pn="福島", uc="015", name="試験阿武隈市職員労働組合", mem=2640, pol=1056, tgt=32,
         m={2022: {6: 7, 10: 5, 2: 6}, 2023: {5: 5, 9: 8, 12: 6, 4: 4}, 2024: {6: 6, 8: 5, 11: 7}}),
    dict(pc="14", pn="東京", uc="048", name="架空多摩川区職員労働組合", mem=5200, pol=1560, tgt=60,
         m={2022: {7: 12, 11: 10, 3: 9}, 2023: {6: 11, 10: 14, 1: 8, 4: 6}, 2024: {5: 9, 7: 12, 9: 10, 11: 8}}),
    dict(pc="16", pn="神奈川", uc="027", name="見本相模台市職員組合", mem=1320, pol=396, tgt=14,
         m={2022: {9: 3, 12: 2}, 2023: {8: 5, 2: 3}, 2024: {6: 2, 10: 3}}),
    dict(pc="29", pn="和歌山", uc="011", name="試験熊野浦町職員組合", mem=240, pol=264, tgt=3,
         m={2022: {4: 1}, 2023: {7: 1}, 2024: {9: 1, 11: 1}}),
    dict(pc="39", pn="徳島", uc="006", name="架空眉山市職員組合", mem=1780, pol=712, tgt=18,
         m={2022: {5: 4, 9: 6, 1: 3}, 2023: {7: 5, 11: 4, 3: 2}, 2024: {8: 4, 10: -1, 11: 3}}),
    dict(pc="46", pn="宮崎", uc="019", name="見本日向浜市職員組合", mem=960, pol=384, tgt=12,
         m={2022: {10: 2, 4: 3}, 2023: {5: 3, 12: 4}, 2024: {6: 5, 9: 4, 11: 4}}),
    dict(pc="60", pn="社保労連", uc="063", name="試験第二機構職員労働組合", mem=3300, pol=1320, tgt=25,
         m={2022: {6: 4, 12: 3}, 2023: {9: 5, 2: 4}, 2024: {7: 3, 10: 4}}),
]
DEC06 = {"見本北上野町職員組合": 2, "試験阿武隈市職員労働組合": 5, "架空多摩川区職員労働組合": 15,
         "試験熊野浦町職員組合": 1, "架空眉山市職員組合": 2, "見本日向浜市職員組合": 1, "試験第二機構職員労働組合": 2}
# the 社保労連 union added below the existing one in LibreOffice (its months typed from the 機構's own record)
NEW06 = dict(pc="60", pn="社保労連", uc="070", name="架空第三機構職員組合", mem=1450, pol=580, tgt=10,
             m={2022: {8: 2}, 2023: {10: 3, 1: 1}, 2024: {9: 2, 12: 3}})


def build06(path: Path, tmp: Path):
    src = tmp / "06_入力_11月.xlsx"
    hq_input(src, "5月開始", 2024, 5, 11, U06, "2024年度加入拡大モデル単組 過去2年実績（5月開始）", "2024年11月末現在")
    out = tmp / "06_出力_11月.xlsx"
    cli("grid", "recompute", str(src), "-o", str(out))
    wb = openpyxl.load_workbook(out)
    ws = wb.worksheets[0]
    lay = Layout(ws, 5)
    for name, v in DEC06.items():
        type_months(lay, name, 2024, {12: v})
    for c in lay.cum_col.values():
        ws.cell(lay.hr, c).value = "12月累計"
    retitle(ws, "2024年11月速報値", "2024年12月速報値")
    # the new 社保労連 row: the row under the last 60 row, formulas copied from it (Ctrl+D), values typed
    r_last = lay.row_of("試験第二機構職員労働組合")
    r = r_last + 1
    copy_row_formulas(ws, r_last, r)
    put_union(ws, lay, r, NEW06)
    wb.save(path)
    lo_resave(path)


# ======================================================================
# 07 our template filled by a script at 愛知県本部: no cached values (June, FY2024)
# ======================================================================
F07 = "07_テンプレート記入_愛知_スクリプト保存.xlsx"
U07 = [
    dict(pc="23", pn="愛知", uc="004", name="見本尾張台市職員組合", mem=2900, pol=1160, tgt=30,
         m={2022: {6: 5, 9: 7, 12: 4, 3: 6}, 2023: {7: 8, 10: 5, 1: 6, 4: 3}, 2024: {6: 6, 8: 5, 11: 7, 2: 4}}),
    dict(pc="23", pn="愛知", uc="012", name="試験三河浜市職員労働組合", mem=1150, pol=575, tgt=12,
         m={2022: {8: 3, 1: 2}, 2023: {6: 2, 11: 4, 5: 3}, 2024: {9: 3, 12: 4, 1: 2, 2: 3}}),
    dict(pc="23", pn="愛知", uc="019", name="架空知多崎町職員組合", mem=380, pol=418, tgt=5,
         m={2022: {11: 1}, 2023: {9: 2, 2: 1}, 2024: {10: 1}}),
    dict(pc="23", pn="愛知", uc="027", name="見本渥美野町職員組合", mem=720, pol=216, tgt=8,
         m={2022: {7: 2, 2: 3}, 2023: {8: 1, 12: 2, 3: 2}, 2024: {7: 3, 2: 2}}),
    dict(pc="23", pn="愛知", uc="033", name="試験豊川原市職員労働組合", mem=1980, pol=792, tgt=0,
         m={2022: {10: 4, 4: 2}, 2023: {6: 3, 1: 5}, 2024: {6: 2, 12: 3}}),
]


def build07(path: Path, tmp: Path):
    tpl = tmp / "07_template.xlsx"
    cli("template", "grid", "-o", str(tpl), "--year", "2024")
    wb = openpyxl.load_workbook(tpl)
    ws = wb.worksheets[0]
    lay = Layout(ws, 6)
    for i, u in enumerate(U07):
        fill_template_row(ws, lay, lay.hr + 1 + i, u, 2024)
    ws["A3"] = 2
    wb.save(path)                           # openpyxl: formulas kept, no cached values


# ======================================================================
# 08 the button's sheet landed FIRST (before the entry sheet) and is active; November typed (June, FY2024)
# ======================================================================
F08 = "08_再計算シートが先頭_6月開始.xlsx"
U08 = [
    dict(pc="13", pn="埼玉", uc="004", name="見本入間台市職員組合", mem=1640, pol=656, tgt=20,
         m={2022: {6: 4, 9: 3, 12: 5, 3: 2}, 2023: {7: 6, 10: 4, 2: 3}, 2024: {6: 3, 8: 4, 10: 2}}),
    dict(pc="17", pn="山梨", uc="011", name="試験笛吹原町職員組合", mem=420, pol=462, tgt=5,
         m={2022: {10: 1}, 2023: {8: 2, 4: 1}, 2024: {7: 1, 9: 2}}),
    dict(pc="21", pn="福井", uc="018", name="架空九頭竜市職員労働組合", mem=2100, pol=840, tgt=25,
         m={2022: {7: 5, 11: 6, 2: 4}, 2023: {6: 3, 9: 7, 11: 5, 1: 6}, 2024: {6: 4, 9: 6}}),
    dict(pc="26", pn="滋賀", uc="025", name="見本湖東町職員組合", mem=690, pol=207, tgt=8,
         m={2022: {8: 2, 5: 1}, 2023: {10: 3}, 2024: {8: 1, 10: 2}}),
    dict(pc="34", pn="広島", uc="032", name="試験安芸浜市職員労働組合", mem=3450, pol=1725, tgt=40,
         m={2022: {6: 9, 9: 8, 12: 7}, 2023: {7: 10, 11: 6, 3: 5}, 2024: {6: 7, 7: 5, 9: 8, 10: 6}}),
    dict(pc="38", pn="香川", uc="009", name="架空讃岐野町職員組合", mem=510, pol=153, tgt=6,
         m={2022: {11: 2}, 2023: {6: 1, 12: 2}, 2024: {9: 1}}),
    dict(pc="60", pn="社保労連", uc="077", name="見本第四機構職員労働組合", mem=2850, pol=1140, tgt=18,
         m={2022: {7: 3, 1: 2}, 2023: {8: 4, 11: 2}, 2024: {9: 3}}),
]
NOV08 = {"見本入間台市職員組合": 5, "試験笛吹原町職員組合": 2, "架空九頭竜市職員労働組合": 3,
         "試験安芸浜市職員労働組合": 9, "架空讃岐野町職員組合": 2, "見本第四機構職員労働組合": 4}


def build08(path: Path, tmp: Path):
    hq_input(path, "6月開始", 2024, 6, 10, U08, "2024年度加入拡大モデル単組 過去2年実績（6月開始）", "2024年10月末現在")
    out = tmp / "08_出力_10月.xlsx"
    cli("grid", "recompute", str(path), "-o", str(out))
    wb = openpyxl.load_workbook(path)
    owb = openpyxl.load_workbook(out)
    ws_btn = copy_sheet_into(owb.worksheets[0], wb, "再計算_6月開始")
    wb.move_sheet(ws_btn, offset=-(len(wb.sheetnames) - 1))   # before the active (entry) sheet, as sheets.add does
    wb.active = 0
    ws = wb["6月開始"]
    ws.sheet_view.tabSelected = False
    nov_col = None
    for c in ws[4]:
        if _norm(c.value) == "11月" and c.column >= 11 + 13 + 13:
            nov_col = c.column
    assert nov_col
    for r in range(5, ws.max_row + 1):
        name = ws.cell(r, 4).value
        if name in NOV08:
            ws.cell(r, nov_col, NOV08[name])
    for c in ws[4]:
        if _norm(c.value) == "10月累計":
            c.value = "11月\n累計"
    ws["A2"] = "2024年11月末現在"
    wb.save(path)
    lo_resave(path)


BUILDERS = [(F01, build01), (F02, build02), (F03, build03), (F04, build04), (F05, build05), (F06, build06),
            (F07, build07), (F08, build08)]


def build(outdir: Path) -> dict[str, Path]:
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    files = {}
    with tempfile.TemporaryDirectory(prefix="lg13_build_") as td:
        tmp = Path(td)
        for name, fn in BUILDERS:
            p = outdir / name
            fn(p, tmp)
            files[name] = p
    return files


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "legacy_grid13_out")
    for n, p in build(out).items():
        print(p, os.path.getsize(p))
