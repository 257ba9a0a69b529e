"""A seventh set of legacy layouts (tests/legacy7), typed by another helper who never read the reader: ten ordinary
files (five reports, five surveys) written with XlsxWriter, openpyxl and LibreOffice (.xls), to measure how far the
reader generalises to files it has never seen.  It got 285 of 300 on first contact; the misses were labels typed in
【】 (their answer read as 「】」), a 0.0\\% format (LibreOffice's spelling of 0.0"%") read as a percent (52.2 →
5220), 「上部団体（競合）：…」, section labels in 「」 quotes and a ※ note under a blank last answer.  The score may
only go up (FLOOR), and no answer may be read as its opposite."""
from __future__ import annotations

import pytest

import legacy_sets

_SET = legacy_sets.load("legacy7")
expected = _SET["expected"]

FLOOR = 299  # of 300 now (285 when the set was made; the other one is debatable: 「2月予定」)


@pytest.fixture(scope="module")
def readings(tmp_path_factory):
    return legacy_sets.read(_SET, tmp_path_factory.mktemp("legacy7"))


def _wrong(readings, name: str, prefix: str = "") -> list:
    got = readings[name]["values"]
    want = expected.FILES[name]["values"]
    return [(k, want[k], got[k]["value"]) for k in want
            if k.startswith(prefix) and not legacy_sets.text_ok(_SET, want[k], got[k]["value"])]


def _name(part: str) -> str:
    return next(n for n in expected.FILES if part in n)


def test_every_file_is_read(readings):
    assert set(readings) == set(expected.FILES)
    assert all(r["status"] != "取込不可" for r in readings.values())


def test_score_never_falls_below_the_floor(readings):
    right, total = legacy_sets.score(_SET, readings)
    assert right >= FLOOR, f"{right}/{total}"


def test_no_item_is_read_as_the_opposite_of_what_the_file_says(readings):
    wrong = legacy_sets.opposites(_SET, readings)
    assert not wrong, wrong


def test_labels_in_brackets_and_a_literal_percent_sign(readings):
    """東京 and 奈良: 「【作成者】」 labels (the answer was read as 「】」); 奈良 (.xls): 52.2 in a 0.0"%" cell, which
    LibreOffice writes 0.0\\%, was read as 5220."""
    assert _wrong(readings, _name("東京"), "h.") == []
    assert _wrong(readings, _name("奈良"), "h.") == []
    assert _wrong(readings, _name("奈良"), "org.rate") == []


def test_a_qualified_label_quoted_labels_and_a_note_under_a_blank_answer(readings):
    """熊本: 「上部団体（競合）：…」 (skipped as if it were a pair's column) and a ※ note two rows under the last, blank
    answer (it was read as the answer); 岩手: section 1's labels in 「」 quotes (two boxes read as one)."""
    assert _wrong(readings, _name("熊本")) == []
    assert _wrong(readings, _name("岩手"), "s1.") == []
    rec = readings[_name("熊本")]
    assert any("総務課" in str(e.get("text", "")) for e in rec.get("extras", [])), rec.get("extras")
