"""A twentieth set (tests/legacy20, FY2025): how submissions ARRIVE, by a helper who never read the reader.  214 of 237
on first contact, and one case the harness cannot score: a 県本部's book holding three unions' filled surveys as
sheets gave one record and called the other two sheets 「様式のシートではない」 (INFO) -- two unions' answers dropped
with hardly a word.  Also: last year's filled form pasted above this year's on one sheet was read (静岡: 21 misses);
a locked form sheet holding only 県本部 / 単組 beside a 「回答」 sheet lost those two; the printed title
「実態共有用アンケート（令和7年度）」 was an unexpected entry in every file (every file 警告あり).
Fixed since: another sender's filled form on another sheet (its 単組 / 県本部 differs) is never a source of answers and is
WARNED by name (other_sender_sheet); a filled copy of the same is said (form_copy_sheet); a printed text with its year
in brackets is printed text; the form filled in twice on one sheet (静岡) is read block by block and the block of the
year asked, else the latest year, is the reading, the other said (form_twice_on_sheet): 235 of 237.  Left: two unions
answered side by side on one sheet (兵庫).
The score may only go up (FLOOR)."""
from __future__ import annotations

import pytest

import legacy_sets

_SET = legacy_sets.load("legacy20")
expected = _SET["expected"]

FLOOR = 235  # of 237 now (214 when the set was made)


@pytest.fixture(scope="module")
def readings(tmp_path_factory):
    return legacy_sets.read(_SET, tmp_path_factory.mktemp("legacy20"))


def _problems(readings, part: str) -> list[dict]:
    return next(r for n, r in readings.items() if part in n)["problems"]


def test_score_never_falls_below_the_floor(readings):
    right, total = legacy_sets.score(_SET, readings)
    assert right >= FLOOR, f"{right}/{total}"


def test_other_unions_sheets_are_warned_by_name(readings):
    said = [p for p in _problems(readings, "取りまとめ") if p["code"] == "other_sender_sheet"]
    assert sorted(p["sheet"] for p in said) == ["架空市職労", "試験村職"]
    assert all(p["severity"] == "警告" for p in said)


def test_the_printed_title_with_its_year_is_no_entry(readings):
    for name, r in readings.items():
        assert not [p for p in r["problems"] if p["code"] == "unexpected_place"
                    and p["message"].endswith("アンケート（令和7年度）」")], name


def test_the_form_twice_on_one_sheet_reads_this_years(readings):
    said = [p for p in _problems(readings, "静岡") if p["code"] == "form_twice_on_sheet"]
    assert len(said) == 1 and said[0]["severity"] == "情報" and "2024年度" in said[0]["message"]
    shizuoka = next(r for n, r in readings.items() if "静岡" in n)["values"]
    assert (shizuoka["org.members_j"]["value"], shizuoka["org.as_of"]["value"]) == (176, "2025-11")
