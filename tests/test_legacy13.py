"""A thirteenth set of legacy layouts (tests/legacy13), made for generalisation after legacy2–12 had been worked on:
ordinary reports and surveys combining habits, by a helper who never read the reader.  281 of 300 on first contact,
no opposite readings, but a figure corrected in place (the old number struck through, the new one after it in the same
cell) read as 「212218」 without a word, and two texts swapped between topics.  Fixed since: the struck-through old
figure (left out, said), 「済（12/3）」「未（3月予定）」, the texts asked as topic headings with short questions under
them, a choice with a note in brackets, a 未加入者数 merged over both columns, 「令和7年（2025年）2月17日」 (300 of 300).
The score may only go up (FLOOR), and no answer may be read as its opposite."""
from __future__ import annotations

import pytest

import legacy_sets

_SET = legacy_sets.load("legacy13")
expected = _SET["expected"]

FLOOR = 300  # of 300 (281 when the set was made)


@pytest.fixture(scope="module")
def readings(tmp_path_factory):
    return legacy_sets.read(_SET, tmp_path_factory.mktemp("legacy13"))


def _got(readings, part: str) -> dict:
    name = next(n for n in expected.FILES if part in n)
    return {k: v["value"] for k, v in readings[name]["values"].items()}


def test_every_file_is_read(readings):
    assert set(readings) == set(expected.FILES)
    assert all(r["status"] != "取込不可" for r in readings.values())


def test_score_never_falls_below_the_floor(readings):
    right, total = legacy_sets.score(_SET, readings)
    assert right >= FLOOR, f"{right}/{total}"


def test_no_item_is_read_as_the_opposite(readings):
    assert legacy_sets.opposites(_SET, readings) == []


def test_a_figure_corrected_in_place_is_the_new_one_and_is_said(readings):
    """沖縄: 「212」 struck through and 「218」 after it in one cell (rich text): 218, with a note."""
    got = _got(readings, "沖縄")
    assert (got["org.members_j"], got["org.rate_j"]) == (218, 72.7)
    name = next(n for n in expected.FILES if "沖縄" in n)
    assert any(p.get("code") == "inferred_reading" and "取り消し線" in p["message"] for p in readings[name]["problems"])


def test_a_state_word_with_a_note(readings):
    """奈良: 「済（12/3）」「済（毎月）」 done, 「未（3月予定）」 not done."""
    got = _got(readings, "奈良")
    assert (got["s2.paid"], got["s3.meeting"], got["s3.simul_policy"]) == (True, True, False)
