"""Formulas saved without their results (a script's openpyxl file) are worked out as Excel shows them on opening
(io/formulas.py): checked against values worked out by hand, and against LibreOffice's engine recalculating the same
file on load."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from openpyxl.workbook.defined_name import DefinedName

import lo
from workbook_tools.io.formulas import formulas_in
from workbook_tools.io.readers import open_book

# (cell on 「表」, formula, the value worked out by hand); 「別」 holds B2 済, C1:C3 自治労 / 自治労 / その他, D1:D3 4 / 5 / 6
CASES = [
    ("A3", "=SUM(A1:A2)", 30.0),  # A1 10, A2 20
    ("A4", "=ROUND(A1/A3*100,1)", 33.3),  # 10/30 = 33.333…
    ("A5", "=ROUND(2.5,0)", 3.0),  # half away from zero (Python's round gives 2)
    ("A6", "=ROUNDDOWN(A2/A3*100,2)", 66.66),  # 66.666…
    ("A7", '=IF(別!B2="済","☑","□")', "☑"),
    ("A8", '=COUNTIF(別!C1:C3,"自治労")', 2.0),
    ("A9", '="交付金は"&"全額"&A1&"件"', "交付金は全額10件"),
    ("A10", "=組合員数*2", 40.0),  # the defined name points at 表!A2 (20)
    ("A11", "=DATE(2026,2,13)", dt.date(2026, 2, 13)),
    ("A12", "=A11+3", dt.date(2026, 2, 16)),
    ("A13", "=SUM(別!D1:D3)/COUNT(別!D1:D3)", 5.0),  # (4+5+6)/3
    ("A14", "=IFERROR(A1/0,\"-\")", "-"),
    ("A15", "=MAX(A1,A2,7)-MIN(別!D1:D3)", 16.0),  # 20 - 4
    ("A16", "=A3*10%", 3.0),
    ("A17", "=-2^2", 4.0),  # Excel's unary minus binds before ^
    ("A18", "=別!E9", 0.0),  # a blank cell shows 0
    ("A19", '=SUMIF(別!C1:C3,"自治労",別!D1:D3)', 9.0),  # 4 + 5
    ("A20", "=AND(A1>5,A2<30)", True),
    ("A21", "=A3+A4", 63.3),  # a formula over formulas: 30 + 33.3
    ("A22", '=IF(N(A1)=0,"",ROUNDDOWN(A2/A1,4))', 2.0),  # the rate formula our own outputs write: 20/10
    ("A23", '=N("abc")+VALUE("12")', 12.0),
]


def _book(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "表"
    ws["A1"], ws["A2"] = 10, 20
    for ref, formula, _ in CASES:
        ws[ref] = formula
    ws["A11"].number_format = ws["A12"].number_format = "yyyy/m/d"
    other = wb.create_sheet("別")
    other["B2"] = "済"
    for i, (c, d) in enumerate([("自治労", 4), ("自治労", 5), ("その他", 6)], 1):
        other[f"C{i}"], other[f"D{i}"] = c, d
    wb.defined_names["組合員数"] = DefinedName("組合員数", attr_text="表!$A$2")
    wb.save(path)
    return path


def test_the_cells_openpyxl_left_without_a_result_are_found():
    xml = (b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
           b'<row r="1"><c r="A1"><v>1</v></c><c r="B1"><f>A1+1</f><v>2</v></c><c r="C1"><f>A1*3</f><v/></c></row>'
           b'<row r="2"><c r="A2"><f t="shared" ref="A2:A4" si="0">A1*2</f></c><c r="B2"><f>1+1</f></c></row>'
           b'<row r="3"><c r="A3"><f t="shared" si="0"/></c></row></sheetData></worksheet>')
    # B1 has its result; C1 an empty <v/>; A2 a shared formula's first cell; A3 that formula moved one row down
    assert formulas_in(xml) == {(0, 2): "A1*3", (1, 0): "A1*2", (1, 1): "1+1", (2, 0): "A2*2"}


def test_worked_out_as_by_hand(tmp_path):
    book = open_book(_book(tmp_path / "数式.xlsx"))
    sheet = book.sheet("表")
    for ref, formula, want in CASES:
        r, c = int(ref[1:]) - 1, 0
        got = sheet.value(r, c)
        if isinstance(want, float):
            assert got == pytest.approx(want), (ref, formula, got)
        else:
            assert got == want, (ref, formula, got)
    said = book.formula_problems("数式.xlsx")
    assert [(p.code, p.severity, p.sheet) for p in said] == [("formula_worked_out", "情報", "表")]
    assert f"{len(CASES)} 件" in said[0].message


def test_what_cannot_be_worked_out_stays_blank_and_is_said(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"], ws["A2"], ws["A3"], ws["A4"] = "=TODAY()", "=A3", "=A2", "=VLOOKUP(1,B1:C3,2,FALSE)"
    ws["A5"] = "=1+1"
    wb.save(tmp_path / "未対応.xlsx")
    book = open_book(tmp_path / "未対応.xlsx")
    sheet = book.sheet(book.sheet_names[0])
    # TODAY() is volatile (the day it was meant for is unknown), A2/A3 refer to each other, VLOOKUP is not evaluated
    assert [sheet.value(r, 0) for r in range(5)] == [None, None, None, None, 2.0]
    said = book.formula_problems("未対応.xlsx")
    assert sorted(p.cell for p in said if p.code == "uncached_formula") == ["A1", "A2", "A3", "A4"]
    assert [p.cell for p in said if p.code == "formula_worked_out"] == ["A5"]


@pytest.mark.libreoffice
@pytest.mark.skipif(lo.soffice() is None, reason="LibreOffice not installed")
def test_libreoffice_recalculating_the_same_file_agrees(tmp_path):
    src = _book(tmp_path / "数式.xlsx")
    engine = lo.recalculated_values(src, tmp_path)["表"]
    sheet = open_book(src).sheet("表")
    for ref, formula, _ in CASES:
        want, got = engine[ref], sheet.value(int(ref[1:]) - 1, 0)
        if isinstance(want, dt.datetime):
            want = want.date()
        if isinstance(want, (int, float)) and not isinstance(want, bool):
            assert got == pytest.approx(float(want)), (ref, formula, got, want)
        else:
            assert got == want, (ref, formula, got, want)


def test_a_long_chain_a_blank_count_and_numbers_as_text(tmp_path):
    """Found by review: a chain of 100 formulas each pointing at the cell below (more than one pass deep), COUNTIF(r,"<>")
    (Excel counts the cells that are not blank), 0.1+0.2 joined as text (Excel shows 0.3), a date far past 9999 (no
    crash: blank, as Excel shows #####)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    for r in range(1, 101):
        ws[f"A{r}"] = f"=A{r + 1}+1"
    ws["A101"] = 5
    ws["B1"], ws["B3"] = "x", 0
    ws["C1"] = '=COUNTIF(B1:B5,"<>")'
    ws["C2"] = '=0.1+0.2&""'
    ws["C3"] = "=DATE(2025,1,1)+12000000"
    wb.save(tmp_path / "連鎖.xlsx")
    book = open_book(tmp_path / "連鎖.xlsx")
    sheet = book.sheet(book.sheet_names[0])
    # A1 = A101 + 100 links of +1 = 5 + 100; A50 = 5 + 51
    assert (sheet.value(0, 0), sheet.value(49, 0)) == (105.0, 56.0)
    assert (sheet.value(0, 2), sheet.value(1, 2), sheet.value(2, 2)) == (2.0, "0.3", None)
    assert not [p for p in book.formula_problems("連鎖.xlsx") if p.code == "uncached_formula" and p.cell != "C3"]
