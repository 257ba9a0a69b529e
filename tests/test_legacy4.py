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

FLOOR = 237  # of 240 now (108 when the set was made)


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
    new hires' one (theirs is in the intake's sentence)."""
    assert _wrong(readings, "佐賀県本部_見本町職員労働組合_回答.xlsx", "org.") == []
    tokushima = _wrong(readings, "徳島_見本市職員労働組合.xlsx", "org.")
    assert [k for k, *_ in tokushima] == ["org.nonmembers_r"]  # (debatable: one number said to hold for both)
    # (the intake's 未加入 is the 7 of 「42人（うち自治労加入 30人、競合加入 5人、未加入 7人）」, read since the sixteenth round:
    # never the 555 of the 組織の状況 rows)
    intake = readings["徳島_見本市職員労働組合.xlsx"]["values"]["intake.not_joined"]
    assert (intake["value"], intake["cell"]) == (7, "B10")


def test_an_instruction_naming_the_example_does_not_make_an_example_sheet():
    """Only a sheet that says it is an example (its name, or 【記入例】 / 記入例： in its first rows) is passed over: a
    form whose first row says 「※記入例を参考に記入してください」, beside last year's copy, is still the one read."""
    from workbook_tools.forms import registry
    from workbook_tools.io.locate import locate
    from workbook_tools.io.readers import Book, SheetData
    from workbook_tools.io.safety import Sniffed

    def form_sheet(name: str, top: str, union: str) -> SheetData:
        return SheetData(name, [[top, ""], ["県本部", "長野県本部"], ["単組", union], ["記入者お名前", "見本 一"],
                                ["組織人員数（人）", 100]])

    sheets = {"回答": form_sheet("回答", "※記入例を参考に記入してください", "見本町職員労働組合"),
              "前年度": form_sheet("前年度", "実態共有用アンケート", "前年度の見本町職員労働組合")}
    book = Book(path=None, sheet_names=list(sheets), sniffed=Sniffed("xlsx"), _sheets=sheets)  # type: ignore[arg-type]
    loc = locate(book, registry.find("survey").form, year=2024)
    assert loc.sheet == "回答" and loc.values[("h", "union")].raw == "見本町職員労働組合"


@pytest.mark.parametrize("old_name", ["前年度", "R5", "2023年度", "昨年度の回答"])
def test_last_year_s_copy_is_never_read_for_answers(old_name):
    """A copy of last year's answers kept as a sheet (before this year's, and fuller: this year's writer is blank)
    was read first, or filled this year's blanks.  By its name (前年度, or a fiscal year before the one read) it is
    passed over and reported as not read."""
    from workbook_tools.forms import registry
    from workbook_tools.io.locate import locate
    from workbook_tools.io.readers import Book, SheetData
    from workbook_tools.io.safety import Sniffed

    old = SheetData(old_name, [["県本部", "長野県本部"], ["単組", "前年度の単組"], ["記入者お名前", "前年度の記入者"],
                               ["組織人員数（人）", 90], ["時点", "2023年11月"]])
    now = SheetData("回答", [["県本部", "長野県本部"], ["単組", "見本町職員労働組合"], ["記入者お名前", ""],
                             ["組織人員数（人）", 100]])
    sheets = {old_name: old, "回答": now}
    book = Book(path=None, sheet_names=list(sheets), sniffed=Sniffed("xlsx"), _sheets=sheets)  # type: ignore[arg-type]
    loc = locate(book, registry.find("survey").form, year=2024)
    assert loc.sheet == "回答"
    assert loc.values[("h", "union")].raw == "見本町職員労働組合"
    assert loc.values[("h", "writer")].raw is None and loc.values[("org", "as_of")].how == "missing"
    assert [name for name, _ in loc.unread_sheets] == [old_name]
