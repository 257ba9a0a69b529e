"""Characters as office PCs, Macs and phones type them, read where every reader reads them (core/normalize, io/table):
a footnote's circled number after a figure, dashes typed for a minus sign, no-width characters, ideographic variation
selectors, a unit in brackets after a table's heading.  Expected values are written by hand."""
from __future__ import annotations

from pathlib import Path

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


# --- after a helper's review of the above (five faults) -------------------------------------------------------------

@pytest.mark.parametrize("raw, value", [("412 ①", 412), ("330\u3000②", 330), ("412①件", 412), ("4①\u200b", 4),
                                        ("4①\ufe0f", 4)])
def test_a_notes_mark_after_a_space_or_before_a_unit(raw, value):
    """「412 ①」 and 「412①件」 were 4121 (the space taken out, the mark a digit)."""
    got, problem = parse_count(raw)
    assert got == value and "注記" in problem


def test_a_notes_mark_after_a_survey_answers_unit():
    assert parse_number("366①人").number == 366  # (3661 was read, flagged OK)


@pytest.mark.parametrize("raw", ["ー①", "―②", "‐①", "ー ①"])
def test_a_dash_and_a_notes_mark_is_no_minus(raw):
    """「ー①」 (none, and the note) was −1: the mark made 1 by NFKC, the dash its minus."""
    assert parse_count(raw) == (None, "")
    assert parse_number(raw).number is None


@pytest.mark.parametrize("heading", ["目標(千円)", "目標(口)", "目標(%)", "目標(円)"])
def test_an_amount_or_a_rate_heading_is_not_the_count(heading):
    """A long list 「目標(千円)｜実績(千円)｜目標(件)｜実績(件)」 read the amounts as the counts, silently."""
    table = TableDef("t", "s", (Column("target", "目標", required=True),))
    assert find_header(SheetData("s", [[heading, "目標(件)"], [9000, 450]]), table) == (0, {"target": 1})


def test_a_model_union_mark_column_is_not_the_union_names(tmp_path):
    """The example grid with a column 「モデル単組」 of ○ marks inserted left of 「単組名」: the names are read from
    「単組名」 (every union was named 「○」 when 「モデル単組」 headed the name column) and 110 unions take part, as in
    the example itself."""
    import openpyxl

    from workbook_tools.app import grid as job

    src = Path(__file__).resolve().parent.parent / "workbook_tools" / "examples" / "grid" / "加入拡大モデル単組_6月開始.xlsx"
    plain = job.recompute(src)
    wb = openpyxl.load_workbook(src)
    ws = wb.active
    ws.insert_cols(1)
    ws.cell(4, 1).value = "モデル単組"
    for r in range(5, ws.max_row + 1):
        if isinstance(ws.cell(r, 5).value, str) and ws.cell(r, 6).value is not None:
            ws.cell(r, 1).value = "○"
    wb.save(tmp_path / "印の列.xlsx")
    marked = job.recompute(tmp_path / "印の列.xlsx")
    names = [r.name for r in marked.result.rows]
    assert names == [r.name for r in plain.result.rows] and "○" not in names
    assert len(names) == len(plain.result.rows)
