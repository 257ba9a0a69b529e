"""A twenty-seventh set (tests/legacy27, FY2026): WHAT EXCEL DID TO WHAT PEOPLE TYPED -- four reports and six surveys
(our templates filled in and legacy layouts) whose cells hold what Excel's auto-conversion made of the typing: 「1/2」
and 「10/12」 stored as dates, 「(2)」 as -2, 「45%」 as 0.45, 「012」 as 12, 「1e3」 as 1000, 時点 「2026.11」 as a number,
作成日 as a serial in a General cell, numbers stored as text, units in number formats, marks typed as TRUE / FALSE or
1 / 0, free texts typed with 「-」 or 「＝」 first that Excel made formulas of (#NAME?); by a helper who never read the
reader, every expected value written from what the person typed.
257 of 288 on first contact, SILENTLY losing six free texts (「-辞令交付日に説明会」 became a formula whose result is
#NAME?: read as blank); also 1 / 0 marks under 「実施は1、未実施は0を入力してください。」 not read (17 items), 時点 stored as
the number 2026.11 refused, a date in a count read as its year (2026).
Fixed since (282 of 288): a formula whose saved result is #NAME? and whose text holds words is the text typed (said);
1 / 0 under a heading that says which is which; a year.month number is that month; a date in a number field is no
number (refused, said).  Left: 「(2)」 stored as -2 (read -2; the consistency checks say it), 「45%」 kept as 45 in a
free text, 0.06 in a General （％） cell (debatable), a date typed for a fraction (refused, debatable).
The score may only go up (FLOOR)."""
from __future__ import annotations

import pytest

import legacy_sets

_SET = legacy_sets.load("legacy27")

FLOOR = 282  # of 288 now (257 on first contact)


@pytest.fixture(scope="module")
def readings(tmp_path_factory):
    return legacy_sets.read(_SET, tmp_path_factory.mktemp("legacy27"))


def test_score_never_falls_below_the_floor(readings):
    right, total = legacy_sets.score(_SET, readings)
    assert right >= FLOOR, f"{right}/{total}"


@pytest.mark.parametrize("name, key, text", [
    ("宮城県本部_共済推進取り組み報告書_2026年度.xlsx", "s3.text", "-辞令交付日に説明会"),
    ("沖縄県本部_共済推進報告書.xlsx", "s4.text", "-説明会を2月に開催"),
    ("石川県本部_報告書.xlsx", "s1.focus", "前回報告と同じ")])
def test_a_text_excel_made_a_formula_of_is_read_as_typed(readings, name, key, text):
    assert readings[name]["values"][key]["value"] == text


def test_a_text_read_from_a_formula_is_said(readings):
    """The consolidation says each text it read from a formula (it said nothing: the reading was silent)."""
    problems = readings["宮城県本部_共済推進取り組み報告書_2026年度.xlsx"]["problems"]
    assert [p["cell"] for p in problems if p["code"] == "typed_text_formula"] == ["C47"]
