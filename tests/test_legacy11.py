"""An eleventh set of legacy layouts (tests/legacy11), made for generalisation after legacy2–10 had been worked on:
ordinary reports and surveys combining habits, by a helper who never read the reader.  211 of 300 on first contact,
with 23 done items read as 未実施 (a blank 様式 sheet read before the filled one; done items shown by a yellow fill,
their printed □ read as not done).  Fixed since: both of those, check boxes typed in Wingdings (「R」 ☑, 「£」 □),
texts typed 「label：answer」 in one cell (they were dropped), 自治労 and 競合 asked in two blocks, a form turned
sideways under a two-row heading, a note in brackets after a number's label, 「医労連」 for 全労連・医労連, 「7.2.14」
(295); ○ beside one of the choices listed down a column, 時点 inside the column headings (297); an answer in a text
box (298).  Left (debatable): 「該当なし」 for a whole section.  The score may only go up (FLOOR), and no answer may be
read as its opposite."""
from __future__ import annotations

import pytest

import legacy_sets

_SET = legacy_sets.load("legacy11")
expected = _SET["expected"]

FLOOR = 298  # of 300 (211 when the set was made)


@pytest.fixture(scope="module")
def readings(tmp_path_factory):
    return legacy_sets.read(_SET, tmp_path_factory.mktemp("legacy11"))


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


def test_the_filled_sheet_is_read_not_the_blank_form_before_it(readings):
    """鹿児島: a blank 「様式」 sheet (every item 「□　…」) first, the filled sheet second."""
    name = next(n for n in expected.FILES if "鹿児島" in n)
    assert readings[name]["sheet"] != "様式"
    assert _got(readings, "鹿児島")["s2.paid"] is True


def test_done_items_shown_by_a_yellow_fill(readings):
    """栃木: 「※実施している取り組みは、黄色で塗りつぶしています。」, every item printed 「□　…」: the yellow items are
    done, the others not, and the file says how they were read."""
    got = _got(readings, "栃木")
    assert (got["s2.paid"], got["s2.usage_known"], got["s3.study"], got["s3.meeting"]) == (True, False, True, False)
    name = next(n for n in expected.FILES if "栃木" in n)
    assert any(p.get("code") == "inferred_reading" and "黄色" in p["message"] for p in readings[name]["problems"])


def test_check_boxes_typed_in_a_symbol_font(readings):
    """愛媛: Wingdings 2 「R」 (☑) and 「£」 (□) left of the items."""
    got = _got(readings, "愛媛")
    assert (got["s2.paid"], got["s3.study"]) == (True, False)


def test_texts_typed_after_their_label_in_one_cell_and_two_blocks_of_numbers(readings):
    """千葉: 「新採加入の主な取り組み：…」 (the texts were dropped with their label cell); 「■自治労（当組合）」 and
    「■競合組合」 blocks asking the same three questions (the competitor's were blank, and its 未加入者数 was taken
    for the intake's)."""
    got = _got(readings, "千葉")
    assert got["texts.requests"] == "病院職場向けの共済の説明資料がほしい。"
    assert (got["org.members_r"], got["intake.not_joined"]) == (140, 4)


def test_a_survey_turned_sideways_under_a_two_row_heading(readings):
    got = _got(readings, "岩手")
    assert (got["h.union"], got["org.members_r"], got["org.rate_j"]) == ("見本町職員組合", 58, 54.7)
