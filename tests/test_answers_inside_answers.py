"""Answers typed inside other answers.  A section of counts answered in one sentence (「新規採用者は6名で、うち自治労加入4名、未加入2名でした。」): each count
read for the field its words name, as an inference shown for checking; one count alone in a sentence, or a sentence
in another section, is not read as counts.  The 時点 given only in a note after a count (「1,020人（R6.11.1現在）」) when
the form's 時点 is not answered.

The workbooks are typed here in a layout of our own (a vertical label | answer list); every expected value is read
by hand from the sentence typed in the test."""
from __future__ import annotations

import openpyxl

from workbook_tools.app import consolidate as job
from workbook_tools.forms import survey

YEAR = 2024


def _survey(path, intake_line: str | None = None, text_answer: str = "説明会で加入を呼びかけた", members_j=120,
            as_of: str | None = None) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "アンケート"
    intake_title = next(s for s in survey.FORM.sections if s.key == "intake").resolved_title(YEAR)
    rows = [("実態共有用アンケート",), (), ("県本部", "秋田"), ("単組", "見本町職員組合"), ("記入者お名前", "見本 一郎"),
            ("上部団体", "なし"), (), ("組織の状況",), ("", "自治労", "競合"), ("組織人員数（人）", members_j, 30),
            ("組織率（％）", 60, 15), ("時点", as_of) if as_of else (), (intake_title,), (intake_line or "",), (), ("取り組みと悩み",),
            ("新採加入の主な取り組み", text_answer)]
    for row in rows:
        ws.append(list(row))
    wb.save(path)


def _intake(tmp_path, name: str, **kw) -> dict:
    folder = tmp_path / name
    folder.mkdir()
    _survey(folder / f"{name}.xlsx", **kw)
    rec = job.consolidate("survey", folder, year=YEAR, jobs=1).records[0]
    assert rec.status != job.Status.REFUSED, rec.reason
    return rec.values


def test_counts_typed_in_one_sentence_are_read_as_inferences(tmp_path):
    v = _intake(tmp_path, "文", intake_line="新規採用者は6名で、うち自治労加入4名、未加入2名でした。")
    assert (v["intake.hired"].value, v["intake.joined_j"].value, v["intake.not_joined"].value) == (6, 4, 2)
    assert v["intake.joined_r"].value is None  # not in the sentence
    assert v["intake.hired"].how == "inferred" and v["intake.hired"].cell == "A14"
    assert "自治労加入4名" in v["intake.joined_j"].rule and "自治労加入者数" in v["intake.joined_j"].rule
    assert v["org.members_j"].value == 120  # the rest of the form as typed


def test_one_count_in_a_sentence_is_a_remark_not_the_answers(tmp_path):
    v = _intake(tmp_path, "一つ", intake_line="新規採用者は6名でした。")
    assert [v[f"intake.{k}"].value for k in ("hired", "joined_j", "joined_r", "not_joined")] == [None] * 4


def test_a_sentence_of_counts_in_another_section_is_that_sections_text(tmp_path):
    said = "新規採用者6名のうち自治労加入4名、未加入2名。説明会で呼びかけた"
    v = _intake(tmp_path, "別の節", intake_line=None, text_answer=said)
    assert [v[f"intake.{k}"].value for k in ("hired", "joined_j", "joined_r", "not_joined")] == [None] * 4
    assert v["texts.new_hire_main"].value == said


def test_the_date_in_a_counts_note_is_the_as_of_when_none_is_given(tmp_path):
    v = _intake(tmp_path, "注記", members_j="1,020人（R6.11.1現在）")
    assert v["org.members_j"].value == 1020
    assert (v["org.as_of"].value, v["org.as_of"].how, v["org.as_of"].cell) == ("2024-11", "inferred", "B10")
    assert "R6.11.1現在" in v["org.as_of"].rule


def test_a_given_as_of_is_kept_over_a_counts_note(tmp_path):
    v = _intake(tmp_path, "時点あり", members_j="1,020人（R6.11.1現在）", as_of="2024年12月")
    assert (v["org.as_of"].value, v["org.as_of"].how) == ("2024-12", "label")


def test_a_note_without_現在_or_時点_gives_no_as_of(tmp_path):
    v = _intake(tmp_path, "注記のみ", members_j="1,020人（R6.11.1に再集計）")
    assert v["org.as_of"].value is None


def test_a_choice_answered_with_the_number_of_an_option_printed_in_the_question(tmp_path):
    """「上部団体（1.全労連・自治労連　2.旧全官公自治労連　3.全労連・医労連　4.なし　※番号を記入）」 answered 2: option 2."""
    folder = tmp_path / "番号"
    folder.mkdir()
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in [("実態共有用アンケート",), ("県本部", "秋田"), ("単組", "見本町職員組合"), ("記入者お名前", "見本 一郎"),
                ("上部団体（1.全労連・自治労連　2.旧全官公自治労連　3.全労連・医労連　4.なし　※番号を記入）", 2), ("組織の状況",),
                ("", "自治労", "競合"), ("組織人員数（人）", 120, 30)]:
        ws.append(list(row))
    wb.save(folder / "a.xlsx")
    v = job.consolidate("survey", folder, year=YEAR, jobs=1).records[0].values
    assert (v["h.rival_union"].value, v["h.rival_union"].how) == ("旧全官公自治労連", "inferred")
    assert "番号「2」" in v["h.rival_union"].rule
