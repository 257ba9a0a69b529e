"""An eighth set of legacy layouts (tests/legacy8), typed by another helper who never read the reader: ten files
(five reports, five surveys; openpyxl, XlsxWriter, two .xls from LibreOffice) with habits the earlier sets used
little.  It got 236 of 301 on first contact.  The misses were: the other headings of an items table (未実施, 備考,
実施しているか, 具体的な取組) and the notes under a 備考 column glued onto the section's text; check items laid out
across a row with their marks in the row below (none read); a unit typed in the cell after a number (268｜人｜54｜人)
read as the competitor's number; text questions under the sender's shorter wording (新採加入の取組, 要望（県本部・
本部）) not found, their answers piled into one; an answer typed on into a second box of the same rows cut in half;
「予定なし」 not read as not done.  The score may only go up (FLOOR), and no answer may be read as its opposite."""
from __future__ import annotations

import pytest

import legacy_sets

_SET = legacy_sets.load("legacy8")
expected = _SET["expected"]

FLOOR = 287  # of 301 now (236 when the set was made; 4 of the 14 left are debatable)


@pytest.fixture(scope="module")
def readings(tmp_path_factory):
    return legacy_sets.read(_SET, tmp_path_factory.mktemp("legacy8"))


def _wrong(readings, name: str, prefix: str = "") -> list:
    got = readings[name]["values"]
    want = expected.FILES[name]["values"]
    return [(k, want[k], got[k]["value"]) for k in want
            if k.startswith(prefix) and not legacy_sets.text_ok(_SET, want[k], got[k]["value"])]


def _name(part: str) -> str:
    return next(n for n in expected.FILES if part in n)


def _extras(readings, name: str) -> list[str]:
    return [str(e.get("text", "")) for e in readings[name].get("extras", [])]


def test_every_file_is_read(readings):
    assert set(readings) == set(expected.FILES)
    assert all(r["status"] != "取込不可" for r in readings.values())


def test_score_never_falls_below_the_floor(readings):
    right, total = legacy_sets.score(_SET, readings)
    assert right >= FLOOR, f"{right}/{total}"


def test_no_item_is_read_as_the_opposite_of_what_the_file_says(readings):
    wrong = legacy_sets.opposites(_SET, readings)
    assert not wrong, wrong


def test_table_headings_and_remark_notes_stay_out_of_the_texts(readings):
    """鹿児島 (実施｜未実施｜備考 with notes under 備考) and 滋賀 (実施しているか, 「具体的な取組」 over the text): the texts
    are the texts alone, and 「1/22開催」 / 「12月発送」 are kept as entries of their own."""
    assert _wrong(readings, _name("鹿児島"), "s") == []
    assert _wrong(readings, _name("滋賀"), "s2.") == []
    assert {"1/22開催", "12月発送"} <= set(_extras(readings, _name("鹿児島")))


def test_items_across_a_row_take_the_marks_below_them(readings):
    """香川: each section's items are column headings with 「実施｜○｜×」 in the row below."""
    assert _wrong(readings, _name("香川"), "s3.") == []
    assert _wrong(readings, _name("香川"), "s4.") == []


def test_a_unit_in_the_next_cell_is_not_the_next_column(readings):
    """石川: 「268｜人｜54｜人」: the competitor's number is 54, and the 人 / ％ cells are not reported as entries."""
    assert _wrong(readings, _name("石川"), "org.") == []
    assert not {"人", "％", "%"} & set(_extras(readings, _name("石川")))


def test_shortened_text_labels(readings):
    """山口: the eleven text questions under the sender's own shorter labels (新採加入の取組 …): each answer under its
    own question, not piled into one."""
    wrong = _wrong(readings, _name("山口"), "texts.")
    assert len(wrong) <= 2, wrong  # 「情報共有の悩み」 is too far from 「組合員との情報共有で悩んでいること」 to match
