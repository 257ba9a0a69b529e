"""A sixth set of legacy layouts (tests/legacy6), typed by another helper who never read the reader: ordinary mixes of
common habits (labels with colons or numbers, ■ over □, レ in a 実施 column, answers two columns away, dates typed
every way, numbers with units, a 前年度 sheet, hidden helper sheets, print titles), made to measure how far the
reader generalises rather than to puzzle it.  It got 234 of 240 on first contact; what it missed were an .xls's
percent cells read as fractions and 「（分母）正規職員数」 labels.  The score may only go up (FLOOR), and no answer
may be read as its opposite."""
from __future__ import annotations

import pytest

import legacy_sets

_SET = legacy_sets.load("legacy6")
expected = _SET["expected"]

FLOOR = 238  # of 240 now (234 when the set was made; the other two are debatable: 「検討中」)


@pytest.fixture(scope="module")
def readings(tmp_path_factory):
    return legacy_sets.read(_SET, tmp_path_factory.mktemp("legacy6"))


def test_every_file_is_read(readings):
    assert set(readings) == set(expected.FILES)
    assert all(r["status"] != "取込不可" for r in readings.values())


def test_score_never_falls_below_the_floor(readings):
    right, total = legacy_sets.score(_SET, readings)
    assert right >= FLOOR, f"{right}/{total}"


def test_no_item_is_read_as_the_opposite_of_what_the_file_says(readings):
    wrong = legacy_sets.opposites(_SET, readings)
    assert not wrong, wrong


def test_an_xls_percent_cell_and_a_bracketed_note_before_a_label(readings):
    """千葉 (.xls from LibreOffice): 0.415 in a 0.0% cell is 41.5 (it was read 0.415: the .xls's formats were not
    read), and 「（分母）正規職員数」 / 「（分母）会計年度任用職員等」 are the 正規 / 非正規 labels."""
    got = readings["千葉_見本町職員組合_アンケート.xls"]["values"]
    want = expected.FILES["千葉_見本町職員組合_アンケート.xls"]["values"]
    for key in ("org.rate_j", "org.rate_r", "org.regular", "org.nonregular"):
        assert got[key]["value"] == want[key], (key, got[key])
