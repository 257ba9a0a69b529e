"""What Excel makes of what people type, read back as they meant it: a text typed with 「-」 or 「=」 first (a formula
whose result is #NAME?), a year and month typed 「2026.11」 (a number), 「10/12」 typed in a count (a date).  Expected
values written by hand."""
from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import openpyxl

from workbook_tools.core.normalize import Flag, parse_date, parse_number
from workbook_tools.io.readers import open_book


def _with_errors(path: Path, cells: dict[str, tuple[str, str]]) -> Path:
    """A one-sheet book whose cells hold formulas saved with an error as their result (as Excel saves them):
    {A1: (formula without '=', error)}."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "回答"
    ws["A1"] = "項目"
    for ref, (formula, _) in cells.items():
        ws[ref] = "=" + formula
    wb.save(path)
    with zipfile.ZipFile(path) as zf:
        parts = {n: zf.read(n) for n in zf.namelist()}
    xml = parts["xl/worksheets/sheet1.xml"].decode()
    for ref, (formula, error) in cells.items():
        xml = xml.replace(f'<c r="{ref}"><f>{formula}</f><v /></c>', f'<c r="{ref}" t="e"><f>{formula}</f><v>{error}</v></c>')
        assert f't="e"><f>{formula}' in xml, xml
    parts["xl/worksheets/sheet1.xml"] = xml.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for n, data in parts.items():
            zf.writestr(n, data)
    return path


def test_a_text_typed_with_a_minus_or_equals_first_is_read_as_typed(tmp_path):
    """「-辞令交付日に説明会」 and 「=前回と同じ」: formulas whose result is #NAME? (blank to the reader before); a real
    formula's error (#DIV/0!) and a #NAME? of a misspelt function (ASCII) stay blank."""
    path = _with_errors(tmp_path / "数式.xlsx", {"B2": ("-辞令交付日に説明会", "#NAME?"), "B3": ("前回と同じ", "#NAME?"),
                                                 "B4": ("A1/0", "#DIV/0!"), "B5": ("SUMM(A1)", "#NAME?")})
    book = open_book(path)
    sheet = book.sheet("回答")
    assert [sheet.value(r, 1) for r in (1, 2, 3, 4)] == ["-辞令交付日に説明会", "前回と同じ", None, None]
    said = [(p.cell, p.code) for p in book.formula_problems(path.name)]
    assert said == [("B2", "typed_text_formula"), ("B3", "typed_text_formula")]


def test_a_year_and_month_typed_as_a_number():
    assert (parse_date(2026.11).year, parse_date(2026.11).month) == (2026, 11)
    assert (parse_date(2026.4).year, parse_date(2026.4).month) == (2026, 4)
    d = parse_date(46435)  # a date's serial in a General cell, as before
    assert (d.year, d.month, d.day) == (2027, 2, 17)


def test_a_date_in_a_number_field_is_no_number():
    """「10/12」 typed for 10 of 12, kept as the date 10月12日: not 2026 (its year was read)."""
    reading = parse_number(dt.datetime(2026, 10, 12))
    assert (reading.number, reading.flag) == (None, Flag.UNPARSEABLE)
