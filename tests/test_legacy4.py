"""A fourth set of legacy layouts (tests/legacy4), typed by yet another helper who never read the reader, with
hand-written expected readings: an instructions sheet, a filled 記入例 sheet or a blank copy of the form beside the
answers, 「実施した項目の番号｜1,2,5」 cells, 1 / 0 under a 実施 heading, bullets typed one merged row each, a date
shown without its year, 問1 / Ⅲ． question numbers, a sign-off block under the form.  The reader got 108 of 240
when the set was made; the score may only go up (FLOOR), and no answer may be read as its opposite."""
from __future__ import annotations

import pytest

import legacy_sets

_SET = legacy_sets.load("legacy4")
expected = _SET["expected"]

FLOOR = 231  # of 240 now (108 when the set was made)


@pytest.fixture(scope="module")
def readings(tmp_path_factory):
    return legacy_sets.read(_SET, tmp_path_factory.mktemp("legacy4"))


def _wrong(readings, name: str, prefix: str = "") -> list:
    got = readings[name]["values"]
    want = expected.FILES[name]["values"]
    return [(k, want[k], got[k]["value"]) for k in want
            if k.startswith(prefix) and not legacy_sets.text_ok(_SET, want[k], got[k]["value"])]


def test_every_file_is_read(readings):
    assert set(readings) == set(expected.FILES)
    assert all(r["status"] != "取込不可" for r in readings.values())


def test_score_never_falls_below_the_floor(readings):
    right, total = legacy_sets.score(_SET, readings)
    assert right >= FLOOR, f"{right}/{total}"


def test_no_item_is_read_as_the_opposite_of_what_the_file_says(readings):
    wrong = legacy_sets.opposites(_SET, readings)
    assert not wrong, wrong


def test_an_example_sheet_or_a_blank_copy_is_never_read_for_answers(readings):
    """広島: a filled 記入例 sheet first (its ○○ names and example numbers were read as the union's answers);
    和歌山: a blank copy of the form first (every answer read blank).  The answer sheet is read, and the other
    sheet is reported (INFO) as not read."""
    for name, sheet in (("アンケート_広島_見本市職労.xlsx", "見本市職労"), ("和歌山アンケート（見本村職）.xlsx", "回答")):
        rec = readings[name]
        assert rec["sheet"] == sheet
        assert all(not str(v.get("cell", "")).startswith(("記入例!", "様式!")) for v in rec["values"].values())
        assert any(p.get("code") == "unread_sheet" for p in rec["problems"])
        assert _wrong(readings, name, "h.") == [] and _wrong(readings, name, "org.members") == []


def test_done_items_given_by_their_numbers_in_the_next_cell(readings):
    """新潟: 「実施した項目の番号」 then 1 (a number), 「1,2,5,7」, 「1～3」, 「なし」, 「2、3」 beside it, the items numbered
    in a column of their own: every item was 未回答 and the numbers were glued into the section's text."""
    assert _wrong(readings, "新潟県本部_取組報告_0213.xlsx", "s") == []


def test_one_and_zero_under_a_jisshi_heading_and_a_sign_off_block(readings):
    """熊本 (.xls): 1 / 0 in a column headed 実施 were 未回答; the date, prefecture and names sit in a sign-off block
    under the form (「上記のとおり報告します。」…「以上」), which was read as the last section's text."""
    assert _wrong(readings, "熊本県本部 報告書.xls") == []


def test_bullets_typed_one_merged_row_each_are_one_answer(readings):
    """新潟: 「・…」 bullets one merged row each: only the first row was read (the rest reported as stray entries)."""
    rec = readings["新潟県本部_取組報告_0213.xlsx"]
    assert _wrong(readings, "新潟県本部_取組報告_0213.xlsx", "s1.") == []
    assert not [p for p in rec["problems"] if p.get("code") == "unexpected_place" and "・" in p.get("message", "")]


def test_a_date_shown_without_its_year_keeps_its_year(readings):
    """新潟: a real date shown as 「2月13日」 (m"月"d"日") was read as that text, and refused as a date."""
    assert readings["新潟県本部_取組報告_0213.xlsx"]["values"]["h.created"]["value"] == "2025-02-13"


def test_a_pair_asked_as_two_questions_and_both_answers_in_one_cell(readings):
    """佐賀: 「組織人員数（自治労）（人）｜320」 and 「組織人員数（競合）（人）｜45」 as two questions (the label's rest
    「(自治労)(人)」 was read as the answer); 徳島: 「自治労 1,045人／競合 約200人」 in one cell (the competitor's number
    was lost), 時点 only in the title 「組織の状況（令和6年12月1日現在）」, and 未加入者数 in the 組織の状況 rows is not the
    new hires' one."""
    assert _wrong(readings, "佐賀県本部_見本町職員労働組合_回答.xlsx", "org.") == []
    tokushima = _wrong(readings, "徳島_見本市職員労働組合.xlsx", "org.")
    assert [k for k, *_ in tokushima] == ["org.nonmembers_r"]  # (debatable: one number said to hold for both)
    assert readings["徳島_見本市職員労働組合.xlsx"]["values"]["intake.not_joined"]["value"] is None
