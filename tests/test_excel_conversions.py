"""What Excel makes of what people type, read back as they meant it: a text typed with 「-」 or 「=」 first (a formula
whose result is #NAME?), a year and month typed 「2026.11」 (a number), 「10/12」 typed in a count (a date).  Expected
values written by hand."""
from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import openpyxl
import pytest

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
        f = escape(formula)
        xml = xml.replace(f'<c r="{ref}"><f>{f}</f><v /></c>', f'<c r="{ref}" t="e"><f>{f}</f><v>{error}</v></c>')
        assert f't="e"><f>{f}' in xml, xml
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


def test_a_real_formula_whose_name_is_lost_is_no_typed_text(tmp_path):
    """#NAME? of a formula naming a deleted sheet, a name or a function the add-in gives (VLOOKUP over 「単組一覧」,
    「前年度報告書!D60」, 「KT_ORG_RATE(…)」, a text joined with 「&」, a defined name of the book): blank, as before
    (each was read as the answer, the formula's text)."""
    path = _with_errors(tmp_path / "本物.xlsx", {"B2": ("VLOOKUP(A1,単組一覧,2,FALSE)", "#NAME?"),
                                                 "B3": ("前年度報告書!D60", "#NAME?"),
                                                 "B4": ("KT_ORG_RATE(回答!C10,回答!C14)", "#NAME?"),
                                                 "B5": ('"前年と同じ："&前年回答', "#NAME?")})
    sheet = open_book(path).sheet("回答")
    assert [sheet.value(r, 1) for r in (1, 2, 3, 4)] == [None, None, None, None]


def test_a_year_and_month_that_may_be_october_is_not_read():
    """2026.1 is 「2026.1」 or 「2026.10」 (Excel drops the 0): refused, not January."""
    assert parse_date(2026.1).flag == Flag.DATE_UNKNOWN


@pytest.mark.parametrize("heading, read", [("実施は1、未実施は0を入力してください。", True), ("実施は1、未実施は0を入力", True),
                                           ("1：実施　0：未実施", True), ("実施=1 未実施=0", True),
                                           ("実施している場合は1、していない場合は0", True),
                                           ("実施状況（1＝未実施、0＝実施）", False), ("未実施は1、実施は0を入力してください。", False),
                                           ("実施10件 未実施0", False)])
def test_which_headings_say_1_is_done_and_0_not(heading, read):
    """「1＝未実施、0＝実施」 (the other way round) was read as 1 = done: every mark the opposite, silently."""
    from workbook_tools.core.normalize import label_key
    from workbook_tools.io.locate import _one_zero

    assert _one_zero(label_key(heading)) is read


def test_a_formulas_float_a_hair_from_a_whole_count_is_that_count():
    """=170*1.1 is saved as 187.00000000000003: 187 (a 県支部 with 187 of 187 fell short of its target)."""
    from workbook_tools.core.normalize import parse_count

    assert parse_count(187.00000000000003) == (187, "")
    assert parse_count(186.99999999999997) == (187, "")
    assert parse_count(12.5) == (12.5, "整数ではありません")
