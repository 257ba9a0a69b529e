"""Characters as office PCs, Macs and phones type them, read where every reader reads them (core/normalize, io/table):
a footnote's circled number after a figure, dashes typed for a minus sign, no-width characters, ideographic variation
selectors, a unit in brackets after a table's heading.  Expected values are written by hand."""
from __future__ import annotations

import pytest

from workbook_tools.core.normalize import Flag, fix_radicals, normalize_text, parse_count, parse_number
from workbook_tools.forms.model import Column, TableDef
from workbook_tools.io.readers import SheetData
from workbook_tools.io.table import find_header


@pytest.mark.parametrize("raw, value, mark", [("4①", 4, "①"), ("412①", 412, "①"), ("３３０②", 330, "②"),
                                              ("12⑳", 12, "⑳"), ("7㉑", 7, "㉑")])
def test_a_circled_number_after_a_count_is_a_notes_mark(raw, value, mark):
    """NFKC makes ① the digit 1: 「4①」 was 41."""
    got, problem = parse_count(raw)
    assert got == value and f"「{mark}」" in problem


def test_a_circled_number_after_a_survey_number_is_a_note():
    reading = parse_number("12①")
    assert (reading.number, reading.flag) == (12, Flag.EXTRA)


@pytest.mark.parametrize("raw, value", [("‐1", -1), ("ー1", -1), ("ｰ2", -2), ("―3", -3), ("–4", -4), ("－１", -1),
                                        ("−1", -1), ("▲5", -5)])
def test_a_dash_typed_before_a_count_is_its_minus(raw, value):
    assert parse_count(raw) == (value, "")
    assert parse_number(raw).number == value


@pytest.mark.parametrize("raw", ["－", "ー", "―", "‐"])
def test_a_dash_alone_is_still_no_count(raw):
    assert parse_count(raw) == (None, "")


def test_a_lone_circled_number_is_left_as_it_was():
    assert parse_count("①") == (1, "")


def test_no_width_characters_leave_a_name():
    assert fix_radicals("\ufeff見本霞浦町職員組合") == "見本霞浦町職員組合"
    assert fix_radicals("見本\u200b北浜町") == "見本北浜町"
    family = "家族👨\u200d👩\u200d👧"  # (the joiners of an emoji's sequence stay)
    assert fix_radicals(family) == family


def test_an_ideographic_variation_selector_is_not_compared():
    assert normalize_text("茨\U000E0100城") == "茨城"
    assert normalize_text("岐\U000E0100阜県") == "岐阜県"


@pytest.mark.parametrize("target, actual", [("目標(件)", "実績（件）"), ("目標（件数）", "実績(件)"), ("目標", "実績")])
def test_a_unit_in_brackets_after_a_heading(target, actual):
    table = TableDef("t", "s", (Column("target", "目標", required=True), Column("actual", "実績", required=True)))
    sheet = SheetData("s", [["県支部", target, actual], ["岡山", 5, 3]])
    assert find_header(sheet, table) == (0, {"target": 1, "actual": 2})


def test_a_bracket_that_is_no_unit_stays_part_of_the_heading():
    table = TableDef("t", "s", (Column("target", "目標", required=True),))
    assert find_header(SheetData("s", [["目標(上期)"], [5]]), table) is None
