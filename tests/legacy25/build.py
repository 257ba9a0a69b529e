"""Twenty-fifth, independent set of legacy-style fixtures (tests/legacy25), made to measure GENERALISATION.

Theme: OUR OWN TEMPLATE, MISUSED (FY2026, 令和8年度).  Every file STARTS FROM the official template in templates/
(C_県本部共済推進取り組み報告書_2026年度.xlsx / D_実態共有用アンケート_2026年度.xlsx, loaded with openpyxl, filled in) and
is then abused the way clerks abuse a template: the sheet unprotected and a row or a column inserted inside a section
(the defined names, merges and validations moved as Excel moves them), values pasted one row off, the sheet copied
into a fresh workbook (names and properties lost), LAST year's template (a FY2025 variant of the same file) filled for
this year, free text typed over a dropdown cell (「○」 「一部実施」 「実施予定」 「岐阜県本部」 「自治労連」), the hidden
選択肢 sheet deleted (its validations left pointing to #REF!), two unions filled on two copies of the sheet in one
book, a cut / paste that leaves a defined name on #REF! and another name on the wrong cell, a 前年度 column beside the
answer column, and a save through LibreOffice (soffice --headless --convert-to xlsx).  Each file blends 2-4 habits.
Reports are made in February 2027; surveys give figures as of October - November 2026 and the intake of 2026年4月.
Every name, union and sentence is invented for this set (試験 / 見本 / 架空 / 仮名 / 例示).  Nothing here imports the
reader.

REPORTS
R1 青森 (template, names kept): unprotected; a ROW INSERTED in s3 after item 3 (the names below it, the s3 text box and
   the merges moved down as Excel moves them) holding a ※ note in the item-label column; free text typed over the
   ☑/□ dropdown: 「○」 (s2 item 1), 「一部実施」 (s3 item 5), 「実施予定」 (s4 item 2); saved through LibreOffice.
R2 岩手 (template copied into a FRESH WORKBOOK by select-all / paste: one sheet 「Sheet1」, no defined names, no document
   properties, no 選択肢 sheet, no validations): 作成日 typed as text 「2027年2月8日」 in the new book; a ※ note typed
   under the form.
R3 秋田 (LAST YEAR'S TEMPLATE: the FY2025 variant -- title 「（2025年度）」, s3 「2026年4月…」, s4 「2026年3月末…」,
   property wbt_fiscal_year 2025 -- filled for this year, 作成日 2027-02-10): the hidden 選択肢 sheet DELETED (the
   県名 dropdown left on #REF!), 県名 typed 「秋田県」; done items marked 「○」 typed over the dropdown, the rest left □.
R4 山形 (template): the header values PASTED ONE ROW LOW from the clerk's draft (県名 in the 作成日 row, the date in
   the 作成者 row, 作成者 in the 確認者 row, 確認者 in the unlabelled row under it); ● bullets in the s5 text; a ※ note
   under the form; saved through LibreOffice.
R5 高知 (template, names kept): unprotected; a COLUMN INSERTED before column A (names, merges, validations moved right)
   headed 「前年度」 holding last year's ☑/□ beside this year's column; 作成者 first typed in the 確認者 row, then CUT and
   PASTED into the 作成者 row (Excel: the name report_h_author -> #REF!, report_h_checker -> the 作成者 cells) and the
   確認者 typed again in its row.

SURVEYS
S1 福井 (template): the 自治労 figures first typed in the 競合 column, CUT and PASTED into the 自治労 column (Excel:
   survey_org_*_j -> #REF!, survey_org_*_r -> the 自治労 cells), then the 競合 figures typed in the 競合 column (its
   未加入者数 left blank); a
   「前年度（自治労）」 column E with last year's figures and 時点; saved through LibreOffice.
S2 岐阜 (LAST YEAR'S TEMPLATE, FY2025 variant, the clerk overwrote 「2025年 新規採用者」 with 「2026年 新規採用者」 but
   left the title 「（2025年度）」): the 選択肢 sheet deleted (県本部 / 上部団体 dropdowns on #REF!); free text over the
   dropdowns: 県本部 「岐阜県本部」, 上部団体 「自治労連」; 時点 「R8.11.1現在」.
S3 三重 (template, TWO UNIONS in one book): 「アンケート」 filled for 試験市職員労働組合, copied (Ctrl+drag: 「アンケート (2)」
   with sheet-scoped copies of every name) and filled for 架空町職員組合; 競合 組織人員数 「約40」; 時点 a real date.
S4 滋賀 (template): unprotected, a ROW INSERTED under the 非正規職員数 row with a ※ note, then the sheet copied into a
   FRESH WORKBOOK by select-all / paste (「Sheet1」, no names, no properties); saved through LibreOffice.
S5 鳥取 (template, names kept): unprotected; a ROW INSERTED under 新規採用者数 「（うち会計年度任用職員）」 with its
   count (names moved as Excel moves them); a 「（参考）2025年」 column G with last year's intake; 県本部 typed
   「鳥取県本部」 over the dropdown; 組織率 typed as 0.452 with a percent format.
"""
from __future__ import annotations

import copy
import datetime as dt
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Font
from openpyxl.utils.cell import get_column_letter, range_boundaries
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.cell_range import MultiCellRange

FY = 2026
Y1 = FY + 1
TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
C_TEMPLATE = TEMPLATES / f"C_県本部共済推進取り組み報告書_{FY}年度.xlsx"
D_TEMPLATE = TEMPLATES / f"D_実態共有用アンケート_{FY}年度.xlsx"
WRAP = Alignment(wrap_text=True, vertical="top")


# ---------------------------------------------------------------- Excel's ways, done by hand on an openpyxl book
def _ref(b, dollars=False):
    c1, r1, c2, r2 = b
    d = "$" if dollars else ""
    a = f"{d}{get_column_letter(c1)}{d}{r1}"
    z = f"{d}{get_column_letter(c2)}{d}{r2}"
    return a if (c1, r1) == (c2, r2) else f"{a}:{z}"


def _shift(b, axis, idx, n):
    c1, r1, c2, r2 = b
    if axis == "row":
        if r1 >= idx:
            r1, r2 = r1 + n, r2 + n
        elif r2 >= idx:
            r2 += n
    else:
        if c1 >= idx:
            c1, c2 = c1 + n, c2 + n
        elif c2 >= idx:
            c2 += n
    return c1, r1, c2, r2


def _name_parts(text):
    sheet, _, rng = text.rpartition("!")
    return sheet.strip("'"), rng


def insert_like_excel(wb, ws, axis, idx, n=1):
    """Insert rows / columns the way Excel does: cells, merges, validations, defined names, heights / widths move."""
    merges = [range_boundaries(str(m)) for m in ws.merged_cells.ranges]
    for m in list(ws.merged_cells.ranges):
        ws.unmerge_cells(str(m))
    if axis == "row":
        heights = {r: d.height for r, d in ws.row_dimensions.items() if d.height}
        ws.insert_rows(idx, n)
        for r in sorted(heights, reverse=True):
            if r >= idx:
                ws.row_dimensions[r + n].height = heights[r]
                ws.row_dimensions[r].height = None
        for r in range(idx, idx + n):
            ws.row_dimensions[r].height = 18.0
    else:
        widths = {c: d.width for c, d in ws.column_dimensions.items() if d.width}
        ws.insert_cols(idx, n)
        for col in sorted(widths, key=lambda c: -openpyxl.utils.column_index_from_string(c)):
            i = openpyxl.utils.column_index_from_string(col)
            if i >= idx:
                ws.column_dimensions[get_column_letter(i + n)].width = widths[col]
                ws.column_dimensions[col].width = 8.43
    for b in merges:
        ws.merge_cells(_ref(_shift(b, axis, idx, n)))
    for dv in ws.data_validations.dataValidation:
        dv.sqref = MultiCellRange(" ".join(_ref(_shift(range_boundaries(str(r)), axis, idx, n))
                                           for r in dv.sqref.ranges))
    for name, dn in list(wb.defined_names.items()):
        sheet, rng = _name_parts(dn.attr_text)
        if sheet == ws.title and rng != "#REF!":
            dn.attr_text = f"'{sheet}'!" + _ref(_shift(range_boundaries(rng.replace("$", "")), axis, idx, n), True)
    if ws.print_area:
        area = ws.print_area
        area = area[0] if isinstance(area, (list, tuple)) else area
        _, rng = _name_parts(area)
        ws.print_area = _ref(_shift(range_boundaries(rng.replace("$", "")), axis, idx, n))


def cut_paste_names(wb, sheet, src, dst):
    """Excel's cut / paste of the range src onto dst: a name on dst goes to #REF!, a name on src follows to dst."""
    src_t = f"'{sheet}'!" + _ref(range_boundaries(src), True)
    dst_t = f"'{sheet}'!" + _ref(range_boundaries(dst), True)
    moved = [n for n, dn in wb.defined_names.items() if dn.attr_text == src_t]
    for name, dn in list(wb.defined_names.items()):
        if dn.attr_text == dst_t:
            dn.attr_text = "#REF!"
    for name in moved:
        wb.defined_names[name].attr_text = dst_t


def delete_choice_sheet(wb, ws):
    """Delete the hidden 選択肢 sheet: Excel leaves the list validations that pointed at it on #REF!."""
    del wb["選択肢"]
    for dv in ws.data_validations.dataValidation:
        if dv.formula1 and "選択肢" in dv.formula1:
            dv.formula1 = "#REF!"


def copy_into_new_book(ws, title="Sheet1"):
    """Select all, copy, paste into a new workbook: cells, formats, merges, widths, heights -- no names, no properties."""
    wb = openpyxl.Workbook()
    new = wb.active
    new.title = title
    for row in ws.iter_rows():
        for c in row:
            if type(c).__name__ == "MergedCell":
                continue
            n = new.cell(row=c.row, column=c.column, value=c.value)
            if c.has_style:
                n.font = copy.copy(c.font)
                n.fill = copy.copy(c.fill)
                n.border = copy.copy(c.border)
                n.alignment = copy.copy(c.alignment)
                n.number_format = c.number_format
    for m in ws.merged_cells.ranges:
        new.merge_cells(str(m))
    for k, d in ws.column_dimensions.items():
        if d.width:
            new.column_dimensions[k].width = d.width
    for k, d in ws.row_dimensions.items():
        if d.height:
            new.row_dimensions[k].height = d.height
    return wb


def set_fy_property(wb, year):
    for p in wb.custom_doc_props.props:
        if p.name == "wbt_fiscal_year":
            p.value = str(year)


def lo_resave(path: Path) -> None:
    """Open and save through LibreOffice (xlsx -> xlsx), as a clerk on LibreOffice would."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if not exe:
        return  # without LibreOffice the file stays as openpyxl wrote it
    with tempfile.TemporaryDirectory(prefix="legacy25-lo-") as tmp:
        out = Path(tmp) / "out"
        src = Path(tmp) / "in.xlsx"
        shutil.copy(path, src)
        profile = Path(tmp) / "profile"
        subprocess.run([exe, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "xlsx",
                        "--outdir", str(out), str(src)], capture_output=True, timeout=240, check=False)
        got = out / "in.xlsx"
        if got.exists():
            shutil.copy(got, path)


def put(ws, ref, value, fmt=None):
    ws[ref] = value
    if fmt:
        ws[ref].number_format = fmt


# ---------------------------------------------------------------- the report template's answer cells (FY2026 layout)
R_ITEMS = {"s2": (40, 41), "s3": (47, 48, 49, 50, 51, 52, 53), "s4": (57, 58, 59), "s5": (64, 65),
           "s6": (70, 71, 72, 73)}
R_TEXT = {"s2": 40, "s3": 47, "s4": 57, "s5": 64, "s6": 70}
R_S1 = (15, 23, 31)


def fill_report(ws, header, s1, marks, texts, *, col_shift=0, done="☑", not_done="□"):
    """Fill the report template the intended way (before any abuse)."""
    A = get_column_letter(1 + col_shift)
    B = get_column_letter(2 + col_shift)
    C = get_column_letter(3 + col_shift)
    for r, v in zip((7, 8, 9, 10), header):
        if v is not None:
            put(ws, f"{C}{r}", v)
    for r, t in zip(R_S1, s1):
        put(ws, f"{B}{r}", t)
    for sec, rows in R_ITEMS.items():
        for r, m in zip(rows, marks[sec]):
            ws[f"{A}{r}"] = m if isinstance(m, str) else (done if m else not_done)
        put(ws, f"{C}{R_TEXT[sec]}", texts[sec])


def report_fy2025():
    """Last year's template: the FY2026 file with FY2025's printed years and property (what HQ sent a year ago)."""
    wb = openpyxl.load_workbook(C_TEMPLATE)
    ws = wb["報告書"]
    for row in ws.iter_rows():
        for c in row:
            if isinstance(c.value, str):
                c.value = (c.value.replace(f"{FY}年度", f"{FY - 1}年度").replace(f"{FY}年6月", f"{FY - 1}年6月")
                           .replace(f"{Y1}年", f"{FY}年"))
    wb.properties.title = wb.properties.title.replace(str(FY), str(FY - 1))
    set_fy_property(wb, FY - 1)
    return wb


def survey_fy2025():
    wb = openpyxl.load_workbook(D_TEMPLATE)
    ws = wb["アンケート"]
    for row in ws.iter_rows():
        for c in row:
            if isinstance(c.value, str):
                c.value = c.value.replace(f"{FY}年度", f"{FY - 1}年度").replace(f"{FY}年 新規", f"{FY - 1}年 新規")
    wb.properties.title = wb.properties.title.replace(str(FY), str(FY - 1))
    set_fy_property(wb, FY - 1)
    return wb


# ---------------------------------------------------------------- R1 青森: row inserted in s3, free text on dropdowns, LibreOffice
R1 = dict(
    header=("青森", dt.datetime(Y1, 2, 5), "見本 洋平", "架空 節子"),
    s1=("6月時点で団体生命共済の新規加入は目標の27％にとどまり、津軽地域の単組で伸び悩んでいた。",
        "9月から県支部と合同で津軽地域の10単組を訪問し、1月末で目標の51％まで進んだ。",
        "新採の同時加入の徹底と、下北地域の小規模単組への支援。"),
    marks={"s2": ("○", "☑"), "s3": ("☑", "☑", "□", "☑", "一部実施", "□", "□"), "s4": ("☑", "実施予定", "☑"),
           "s5": ("☑", "□"), "s6": ("☑", "☑", "□", "□")},
    texts={"s2": "交付金は規程どおり年2回支払っている。使途は年度末に報告を受けて確認している。",
           "s3": "12月に新採対策会議を開いた。組織化方針は一部の県支部にとどまり、残りは2月に提起する。",
           "s4": "役職定年者向けのチラシを作成した。説明会は3月に開く予定。",
           "s5": "推進委員会で毎月モデル単組の進捗を確認している。",
           "s6": "冊子を執行委員会で確認し、全単組に郵送した。"},
    note="※学習会は県支部ごとに3月に開催予定です。",
)


def r1(folder: Path) -> None:
    wb = openpyxl.load_workbook(C_TEMPLATE)
    ws = wb["報告書"]
    d = R1
    fill_report(ws, d["header"], d["s1"], d["marks"], d["texts"])
    ws.protection.sheet = False
    insert_like_excel(wb, ws, "row", 50)  # a blank row after 「県本部・単組主催の執行部学習会の開催」 (row 49)
    ws["B50"] = d["note"]
    ws["B50"].alignment = WRAP
    path = folder / "報告書_青森.xlsx"
    wb.save(path)
    lo_resave(path)


# ---------------------------------------------------------------- R2 岩手: copied into a fresh workbook
R2 = dict(
    header=("岩手", "2027年2月8日", "仮名 正樹", "例示 由紀子"),
    s1=("6月時点の新規加入は目標の31％。県北の単組で推進委員が不在のところがある。",
        "10月に県北の8単組を県支部と合同で訪問し、推進委員を選んでもらった。1月末で目標の55％。",
        "推進委員の育成と、退職予定者への退職者団体生命共済の案内。"),
    marks={"s2": (1, 1), "s3": (1, 0, 1, 1, 0, 1, 0), "s4": (0, 1, 1), "s5": (1, 1), "s6": (1, 0, 1, 0)},
    texts={"s2": "規程にもとづき支払い、使途を一覧にまとめている。",
           "s3": "11月に執行部学習会を開いた。1月に新採対策会議を開き、同時加入の方針を確認した。",
           "s4": "再任用予定者の名簿を単組から集め、説明会を開いた。共済のチラシも配った。",
           "s5": "推進委員会で進捗を確認し、県支部と合同で2単組を訪問した。",
           "s6": "冊子を執行委員会で確認した。代表者会議で活用方法を説明した。"},
    note="※確認者は3月末で交代します。",
)


def r2(folder: Path) -> None:
    wb = openpyxl.load_workbook(C_TEMPLATE)
    ws = wb["報告書"]
    d = R2
    fill_report(ws, (d["header"][0], None, d["header"][2], d["header"][3]), d["s1"], d["marks"], d["texts"])
    new = copy_into_new_book(ws)
    ns = new["Sheet1"]
    ns["C8"] = d["header"][1]  # typed as text in the new book
    ns["C8"].number_format = "@"
    ns["A76"] = d["note"]
    new.save(folder / "岩手県本部_共済推進取り組み報告書.xlsx")


# ---------------------------------------------------------------- R3 秋田: last year's template, 選択肢 deleted, 「○」
R3 = dict(
    header=("秋田県", dt.datetime(Y1, 2, 10), "試験 拓也", "見本 理恵"),
    s1=(f"{FY}年6月の合同会議では、新規加入が目標の22％で、県南の単組の取り組みが遅れていると報告した。",
        "11月から県南の単組を重点的に訪問し、1月末で目標の47％となった。",
        f"{Y1}年4月の新採の同時加入と、県南の単組の推進体制づくり。"),
    marks={"s2": ("○", "□"), "s3": ("○", "○", "□", "○", "□", "○", "□"), "s4": ("□", "○", "○"),
           "s5": ("○", "○"), "s6": ("○", "□", "□", "○")},
    texts={"s2": "規程どおり支払っている。",
           "s3": f"{Y1}年4月採用予定者向けに、同時加入の申込書を組合加入届と同じ封筒で配る案内を作った。",
           "s4": f"{Y1}年3月末の退職予定者の説明会を2月に開いた。",
           "s5": "モデル単組の進捗を推進委員会で確認し、県支部と合同でオルグを行った。",
           "s6": "冊子の内容を執行委員会で確認し、単組オルグで参照を呼びかけた。"},
)


def r3(folder: Path) -> None:
    wb = report_fy2025()
    ws = wb["報告書"]
    d = R3
    fill_report(ws, d["header"], d["s1"], d["marks"], d["texts"])
    delete_choice_sheet(wb, ws)
    wb.save(folder / "報告書_秋田.xlsx")


# ---------------------------------------------------------------- R4 山形: header pasted one row low, LibreOffice
R4 = dict(
    header=("山形", dt.datetime(Y1, 2, 12), "架空 誠", "仮名 美穂"),
    s1=("6月時点の新規加入は目標の28％。置賜地域で推進の担い手が足りない。",
        "10月に推進担当者会議を開き、単組ごとの目標を確認した。1月末で目標の50％。",
        "担い手の育成と、同時加入の徹底。"),
    marks={"s2": (1, 0), "s3": (1, 1, 0, 0, 1, 1, 0), "s4": (1, 0, 1), "s5": (1, 1), "s6": (1, 1, 0, 0)},
    texts={"s2": "規程どおり支払っている。",
           "s3": "県支部と合同で7単組をオルグし、同時加入の方針を提起した。",
           "s4": "役職定年者向けに共済の案内を単組経由で配った。",
           "s5": "●県支部と合同でモデル単組を訪問\n●訪問の結果を推進委員会で共有",
           "s6": "冊子を執行委員会で確認し、全単組に配布した。"},
    note="※モデル単組の一覧は別途メールで送付します。",
)


def r4(folder: Path) -> None:
    wb = openpyxl.load_workbook(C_TEMPLATE)
    ws = wb["報告書"]
    d = R4
    fill_report(ws, (None, None, None, None), d["s1"], d["marks"], d["texts"])
    ws.protection.sheet = False
    # the four header values pasted from the draft at C8 instead of C7 (merges come with the paste)
    ws.merge_cells("C11:E11")
    for r, v in zip((8, 9, 10, 11), d["header"]):
        ws[f"C{r}"] = v
    ws["C9"].number_format = "yyyy/m/d"
    ws["C8"].number_format = "General"
    ws["A76"] = d["note"]
    path = folder / "山形県本部_取り組み報告書_2026.xlsx"
    wb.save(path)
    lo_resave(path)


# ---------------------------------------------------------------- R5 高知: 前年度 column inserted, author cut / pasted
R5 = dict(
    header=("高知", dt.datetime(Y1, 2, 15), "例示 聡", "試験 麻衣"),
    s1=("6月時点で新規加入は目標の25％。幡多地域の単組への訪問が追いついていない。",
        "12月に幡多地域の6単組を訪問した。1月末で目標の45％。",
        "幡多地域への継続した訪問と、新採の同時加入の定着。"),
    marks={"s2": (1, 1), "s3": (0, 1, 1, 0, 1, 0, 1), "s4": (1, 1, 0), "s5": (0, 1), "s6": (1, 1, 1, 0)},
    last={"s2": (1, 0), "s3": (1, 0, 0, 1, 0, 1, 0), "s4": (0, 0, 1), "s5": (1, 0), "s6": (0, 0, 0, 1)},
    texts={"s2": "交付金は規程どおり支払い、全単組から使途の報告を受けた。",
           "s3": "県支部と合同で5単組をオルグし、学習会も開いた。同時加入の具体策を示した。",
           "s4": "組織化方針を単組に示し、対象者の名簿をそろえた。",
           "s5": "県支部と合同で幡多地域のモデル単組を訪問した。",
           "s6": "冊子を確認し、配布したうえで代表者会議で周知した。"},
)


def r5(folder: Path) -> None:
    wb = openpyxl.load_workbook(C_TEMPLATE)
    ws = wb["報告書"]
    d = R5
    ws.protection.sheet = False
    insert_like_excel(wb, ws, "col", 1)  # a new column A: the template's columns are now B..G
    ws.column_dimensions["A"].width = 7
    fill_report(ws, (d["header"][0], d["header"][1], None, None), d["s1"], d["marks"], d["texts"], col_shift=1)
    for head in (39, 46, 56, 63, 69):
        ws[f"A{head}"] = "前年度"
        ws[f"A{head}"].font = Font(name="ＭＳ Ｐゴシック", size=9)
    for sec, rows in R_ITEMS.items():
        for r, m in zip(rows, d["last"][sec]):
            ws[f"A{r}"] = "☑" if m else "□"
    # 作成者 typed in the 確認者 row, then cut D10:F10 and pasted on D9:F9; the 確認者 typed again in D10
    ws["D10"] = d["header"][2]
    ws["D9"] = ws["D10"].value
    ws["D10"] = None
    cut_paste_names(wb, "報告書", "D10:F10", "D9:F9")
    ws["D10"] = d["header"][3]
    wb.save(folder / "高知県本部_報告書.xlsx")


# ---------------------------------------------------------------- the survey template's answer cells
TEXT_ROWS = {"new_hire_main": 28, "new_hire_ideas": 35, "new_hire_worries": 42, "nonmember_main": 49,
             "nonmember_worries": 56, "visibility": 63, "sharing_worries": 70, "labor_relations": 77,
             "differentiation": 84, "questions": 91, "requests": 98}


def fill_survey(ws, header, org, intake, texts):
    pref, union, writer, rival = header
    members, rates, nonmembers, as_of, regular, nonregular = org
    for ref, v in (("C6", pref), ("C7", union), ("C8", writer), ("C9", rival),
                   ("C13", members[0]), ("D13", members[1]), ("C14", rates[0]), ("D14", rates[1]),
                   ("C15", nonmembers[0]), ("D15", nonmembers[1]), ("C16", as_of), ("C17", regular),
                   ("C18", nonregular)):
        if v is not None:
            ws[ref] = v
    for r, v in zip((21, 22, 23, 24), intake):
        if v is not None:
            ws[f"C{r}"] = v
    for key, r in TEXT_ROWS.items():
        ws[f"B{r}"] = texts[key]


# ---------------------------------------------------------------- S1 福井: 自治労 figures cut / pasted, 前年度 column, LO
S1 = dict(
    header=("福井", "見本市職員労働組合", "見本 恭子", "全労連・自治労連"),
    org=((1480, 260), (52.3, 9.2), (1090, None), "2026年10月", 2300, 530),
    last=(1505, 53.6, 1040, "2025年10月"),
    intake=(64, 51, 4, 9),
    texts={"new_hire_main": "新採研修の初日に組合の説明会を開き、その場で加入を呼びかけている。",
           "new_hire_ideas": "説明会では入庁2年目の組合員に体験を話してもらっている。",
           "new_hire_worries": "競合組合の説明が研修の前に行われることがある。",
           "nonmember_main": "職場委員が未加入者の一覧をもとに声をかけている。",
           "nonmember_worries": "本庁以外の職場の未加入者に会う機会が少ない。",
           "visibility": "交渉の結果をその週のうちに組合ニュースで知らせている。",
           "sharing_worries": "若い組合員がニュースを読んでいるか分からない。",
           "labor_relations": "市当局とは春と秋に交渉を行い、人員要求の一部が前進した。",
           "differentiation": "共済の給付と全国の仲間のつながりを伝えている。",
           "questions": "競合組合と併存する単組の新採説明会のやり方を知りたい。",
           "requests": "新採向けのパンフレットを早めに届けてほしい。"},
)


def s1(folder: Path) -> None:
    wb = openpyxl.load_workbook(D_TEMPLATE)
    ws = wb["アンケート"]
    d = S1
    members, rates, nonmembers, as_of, regular, nonregular = d["org"]
    fill_survey(ws, d["header"], ((None, None), (None, None), (None, None), as_of, regular, nonregular),
                d["intake"], d["texts"])
    ws.protection.sheet = False
    # the 自治労 figures typed in the 競合 column by mistake ...
    for r, pair in zip((13, 14, 15), (members, rates, nonmembers)):
        ws[f"D{r}"] = pair[0]
    # ... cut D13:D15 and pasted on C13:C15 (Excel: the names on C go to #REF!, the names on D follow to C)
    for r in (13, 14, 15):
        ws[f"C{r}"] = ws[f"D{r}"].value
        ws[f"D{r}"] = None
        cut_paste_names(wb, "アンケート", f"D{r}", f"C{r}")
    # ... and the 競合 figures typed in the 競合 column
    for r, pair in zip((13, 14, 15), (members, rates, nonmembers)):
        ws[f"D{r}"] = pair[1]
    # a 前年度 column beside the answers
    ws["E12"] = "前年度（自治労）"
    for r, v in zip((13, 14, 15, 16), d["last"]):
        ws[f"E{r}"] = v
    path = folder / "福井県本部_見本市職員労働組合_アンケート.xlsx"
    wb.save(path)
    lo_resave(path)


# ---------------------------------------------------------------- S2 岐阜: last year's template, 選択肢 deleted, free text
S2 = dict(
    header=("岐阜県本部", "例示町職員組合", "例示 和夫", "自治労連"),
    org=((212, 38), (61.4, 11.0), (95, 95), "R8.11.1現在", 270, 75),
    intake=(14, 11, 1, 2),
    texts={"new_hire_main": "辞令交付式の後に組合の説明をしている。",
           "new_hire_ideas": "説明の後に先輩組合員と昼食をとる場を設けている。",
           "new_hire_worries": "新採が少なく、毎年の担当者が替わってしまう。",
           "nonmember_main": "未加入者に年1回、委員長が直接声をかけている。",
           "nonmember_worries": "保育士の職場で競合組合への加入が多い。",
           "visibility": "組合だよりを月1回発行し、全職員に配っている。",
           "sharing_worries": "交代勤務の職場に情報が届きにくい。",
           "labor_relations": "町当局とは年2回交渉している。",
           "differentiation": "共済と県本部の支援の手厚さを伝えている。",
           "questions": "小規模単組での役員の引き継ぎ方を知りたい。",
           "requests": "なし"},
)


def s2(folder: Path) -> None:
    wb = survey_fy2025()
    ws = wb["アンケート"]
    d = S2
    fill_survey(ws, d["header"], d["org"], d["intake"], d["texts"])
    ws.protection.sheet = False
    ws["A20"] = f"{FY}年 新規採用者"
    delete_choice_sheet(wb, ws)
    wb.save(folder / "岐阜県本部_例示町職員組合_実態アンケート.xlsx")


# ---------------------------------------------------------------- S3 三重: two unions on two copies of the sheet
S3 = dict(
    header=("三重", "試験市職員労働組合", "試験 広美", "旧全官公自治労連"),
    org=((830, "約40"), (44.6, 2.2), (990, 990), dt.datetime(FY, 10, 1), 1520, 340),
    intake=(37, 30, 1, 6),
    texts={"new_hire_main": "採用前の説明会で組合を紹介し、入庁後に加入書を回収している。",
           "new_hire_ideas": "青年部が新採歓迎会を開いている。",
           "new_hire_worries": "歓迎会への参加が年々減っている。",
           "nonmember_main": "異動の時期に職場委員が未加入者を訪ねている。",
           "nonmember_worries": "会計年度任用職員への声かけが進まない。",
           "visibility": "組合の掲示板と職場ニュースで交渉の経過を知らせている。",
           "sharing_worries": "職場委員によって情報の伝わり方に差がある。",
           "labor_relations": "市当局とは定期交渉のほか、職場ごとの協議を行っている。",
           "differentiation": "共済の保障と全国組織の情報量を伝えている。",
           "questions": "会計年度任用職員の組織化の進め方を知りたい。",
           "requests": "特になし"},
)
S3B = dict(
    header=("三重", "架空町職員組合", "架空 信二", "なし"),
    org=((145, None), (72.5, None), (55, None), dt.datetime(FY, 10, 1), 160, 40),
    intake=(6, 6, 0, 0),
    texts={"new_hire_main": "新採の歓迎会の席で加入を呼びかけている。",
           "new_hire_ideas": "委員長が一人ずつ面談している。",
           "new_hire_worries": "特になし",
           "nonmember_main": "未加入者は少ないため、個別に声をかけている。",
           "nonmember_worries": "特になし",
           "visibility": "年4回の組合ニュースを配っている。",
           "sharing_worries": "役員以外の組合員の声を聞く機会が少ない。",
           "labor_relations": "町当局とは年1回交渉している。",
           "differentiation": "競合組合はない。",
           "questions": "役員のなり手の見つけ方を知りたい。",
           "requests": "なし"},
)


def s3(folder: Path) -> None:
    wb = openpyxl.load_workbook(D_TEMPLATE)
    ws = wb["アンケート"]
    fill_survey(ws, S3["header"], S3["org"], S3["intake"], S3["texts"])
    ws["C16"].number_format = "yyyy/m/d"
    # Ctrl+drag copy of the sheet: 「アンケート (2)」 with sheet-scoped copies of every name
    ws2 = wb.copy_worksheet(ws)
    ws2.title = "アンケート (2)"
    wb.move_sheet(ws2, offset=-(len(wb.sheetnames) - 2))
    for name, dn in list(wb.defined_names.items()):
        sheet, rng = _name_parts(dn.attr_text)
        if sheet == "アンケート":
            ws2.defined_names[name] = DefinedName(name, attr_text=f"'アンケート (2)'!{rng}")
    ws2.protection.sheet = True
    for ref in ("D13", "D14", "D15"):
        ws2[ref] = None
    fill_survey(ws2, S3B["header"], S3B["org"], S3B["intake"], S3B["texts"])
    ws2["C16"].number_format = "yyyy/m/d"
    wb.save(folder / "三重県本部_アンケート（試験市職労・架空町職組）.xlsx")


# ---------------------------------------------------------------- S4 滋賀: row inserted with a note, fresh workbook, LO
S4 = dict(
    header=("滋賀", "架空村職員組合", "仮名 孝", "全労連・医労連"),
    org=((96, 20), (48.0, 10.0), (84, 84), "2026年11月", 150, 50),
    intake=(9, 7, 1, 1),
    texts={"new_hire_main": "村の新採研修の時間をもらい、組合の説明をしている。",
           "new_hire_ideas": "説明の資料を1枚にまとめ、分かりやすくしている。",
           "new_hire_worries": "診療所の新採は競合組合に入ることが多い。",
           "nonmember_main": "年に1度、未加入者に手紙を渡している。",
           "nonmember_worries": "診療所の職員と話す機会がない。",
           "visibility": "組合の取り組みを村内の掲示板に貼っている。",
           "sharing_worries": "特になし",
           "labor_relations": "村当局とは年1回交渉し、休暇制度の改善を求めている。",
           "differentiation": "自治労の共済と研修の充実を伝えている。",
           "questions": "診療所の職員への声のかけ方を知りたい。",
           "requests": "県本部から診療所向けの資料がほしい。"},
    note="※非正規職員数は2026年4月1日現在の人数です。",
)


def s4(folder: Path) -> None:
    wb = openpyxl.load_workbook(D_TEMPLATE)
    ws = wb["アンケート"]
    d = S4
    fill_survey(ws, d["header"], d["org"], d["intake"], d["texts"])
    ws.protection.sheet = False
    insert_like_excel(wb, ws, "row", 19)
    ws["B19"] = d["note"]
    new = copy_into_new_book(ws)
    path = folder / "滋賀県本部_架空村職員組合_アンケート.xlsx"
    new.save(path)
    lo_resave(path)


# ---------------------------------------------------------------- S5 鳥取: row inserted in the intake, 参考 column, free text
S5 = dict(
    header=("鳥取県本部", "見本町職員労働組合", "見本 直樹", "なし"),
    org=((388, None), (0.452, None), (470, None), "2026年10月", 720, 138),
    intake=(22, 18, 0, 4),
    part_time=6,
    last_intake=(19, 15, 0, 4),
    texts={"new_hire_main": "入庁式の日に組合の説明会を開いている。",
           "new_hire_ideas": "会計年度任用職員にも同じ説明会に来てもらっている。",
           "new_hire_worries": "会計年度任用職員の採用が年度の途中にもあり、説明が漏れる。",
           "nonmember_main": "職場ごとに未加入者の名簿を作り、役員が声をかけている。",
           "nonmember_worries": "組合費の負担を理由に断られることが多い。",
           "visibility": "組合の活動をSNSでも発信し始めた。",
           "sharing_worries": "SNSを見ない組合員への伝え方に悩んでいる。",
           "labor_relations": "町当局とは年2回交渉し、会計年度任用職員の処遇改善を求めている。",
           "differentiation": "競合組合はない。",
           "questions": "SNSでの発信の工夫を知りたい。",
           "requests": "特になし"},
)


def s5(folder: Path) -> None:
    wb = openpyxl.load_workbook(D_TEMPLATE)
    ws = wb["アンケート"]
    d = S5
    fill_survey(ws, d["header"], d["org"], d["intake"], d["texts"])
    ws["C14"].number_format = "0.0%"
    ws.protection.sheet = False
    insert_like_excel(wb, ws, "row", 22)  # under 新規採用者数 (row 21)
    ws["B22"] = "（うち会計年度任用職員）"
    ws["C22"] = d["part_time"]
    ws["G20"] = "（参考）2025年"
    ws.column_dimensions["G"].width = 14
    for r, v in zip((21, 23, 24, 25), d["last_intake"]):
        ws[f"G{r}"] = v
    wb.save(folder / "鳥取県本部_見本町職員労働組合_アンケート.xlsx")


# ---------------------------------------------------------------- the set
def build(root: Path) -> dict:
    root = Path(root)
    survey = root / "survey"
    report = root / "report"
    for d in (survey, report):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
    for make in (r1, r2, r3, r4, r5):
        make(report)
    for make in (s1, s2, s3, s4, s5):
        make(survey)
    return {"report": report, "survey": survey}


if __name__ == "__main__":
    import sys

    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/legacy25")
    print(build(out))
