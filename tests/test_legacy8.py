"""An eighth set of legacy layouts (tests/legacy8), typed by another helper who never read the reader: ten files
(five reports, five surveys; openpyxl, XlsxWriter, two .xls from LibreOffice) with habits the earlier sets used
little.  It got 236 of 301 on first contact.  The misses were: the other headings of an items table (未実施, 備考,
実施しているか, 具体的な取組) and the notes under a 備考 column glued onto the section's text; check items laid out
across a row with their marks in the row below (none read); a unit typed in the cell after a number (268｜人｜54｜人)
read as the competitor's number; text questions under the sender's shorter wording (新採加入の取組, 要望（県本部・
本部）) not found, their answers piled into one; an answer typed on into a second box of the same rows cut in half;
「予定なし」 not read as not done.  Later: the organisation table turned sideways with 「競合（自治労連）」 as a row
heading, 「未加入者数（自治労）」 asked as a question of its own, 「情報共有の悩み」 and a check item in the sender's
shorter wording.  The score may only go up (FLOOR), and no answer may be read as its opposite."""
from __future__ import annotations

import pytest

import legacy_sets

_SET = legacy_sets.load("legacy8")
expected = _SET["expected"]

FLOOR = 298  # of 301 now (236 when the set was made; the 3 left are all debatable)


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
    assert _wrong(readings, _name("山口"), "texts.") == []  # 「情報共有の悩み」 too, cut down from the printed label
    got = readings[_name("山口")]["values"]["texts.sharing_worries"]
    assert got["how"] == "inferred" and "情報共有の悩み" in got["rule"]


def test_a_pair_table_turned_sideways_with_a_noted_row_heading(readings):
    """山口: 組織人員数｜組織率｜未加入者数｜時点 across the top, 「自治労」 and 「競合（自治労連）」 down the side."""
    assert _wrong(readings, _name("山口"), "org.") == []


def test_one_column_of_a_pair_asked_on_a_row_of_its_own(readings):
    """栃木: 「未加入者数（自治労）｜40人」 and 「未加入者数（競合）｜40人」 on rows of their own, no section title: they are
    the pair's, not the 新規採用者 未加入者数."""
    assert _wrong(readings, _name("栃木"), "org.") == []
    assert _wrong(readings, _name("栃木"), "intake.") == []


def test_a_check_item_in_shorter_wording_takes_its_mark_and_says_so(readings):
    """香川 s6: 「単組執行部オルグ等でマニュアルを参照するよう提案｜×」 for the long printed item: read as not done,
    marked inferred with the wording it matched, and its text kept out of the section's text."""
    assert _wrong(readings, _name("香川"), "s6.") == []
    got = readings[_name("香川")]["values"]["s6.propose"]
    assert got["value"] is False and got["how"] == "inferred" and "単組執行部オルグ等で" in got["rule"]
