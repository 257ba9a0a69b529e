"""A twelfth set of legacy layouts (tests/legacy12), made for generalisation after legacy2–11 had been worked on:
ordinary reports and surveys combining habits, by a helper who never read the reader.  254 of 300 on first contact,
no opposite readings, but one file's numbers wrong without a word: last year's columns kept beside this year's
(「令和5年11月1日現在｜令和6年11月1日現在」, 「2024年4月｜2025年4月」) were read instead of this year's.  Fixed since:
the latest period is read (and the 時点 taken from the columns' headings), 「実施・未実施」 with the word that does not
apply struck through (rich text), dates in a 実施日 column (done), questions led by their period 「2025年4月　新規採用者数」
(297); per-item texts with an item's text left empty, an oval drawn round the chosen 上部団体 (299).  Left:
(debatable) 「3月予定」.  The score may only go up (FLOOR), and no answer may be read as its opposite."""
from __future__ import annotations

import pytest

import legacy_sets

_SET = legacy_sets.load("legacy12")
expected = _SET["expected"]

FLOOR = 299  # of 300 (254 when the set was made)


@pytest.fixture(scope="module")
def readings(tmp_path_factory):
    return legacy_sets.read(_SET, tmp_path_factory.mktemp("legacy12"))


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


def test_this_years_columns_not_last_years(readings):
    """長崎: 令和5年 and 令和6年 side by side, each 自治労｜競合; intake 2024年4月｜2025年4月."""
    got = _got(readings, "長崎")
    assert (got["org.members_j"], got["intake.hired"], got["intake.joined_r"], got["org.as_of"]) == (455, 12, 2, "2024-11")


def test_the_word_struck_through_is_the_one_not_chosen(readings):
    """石川: 「実施・未実施」 in every item row, the word that does not apply struck through (a rich-text run)."""
    got = _got(readings, "石川")
    assert (got["s2.paid"], got["s3.joint_org"], got["s3.meeting"]) == (True, False, True)


def test_a_date_under_jisshibi_is_done(readings):
    """香川: 取り組み項目｜実施日 with the date each item was done, 「未」 otherwise."""
    got = _got(readings, "香川")
    assert (got["s2.paid"], got["s3.meeting"]) == (True, True)
