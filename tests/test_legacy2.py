"""A second set of legacy layouts (tests/legacy2), typed by a helper who never read the reader, with hand-written
expected readings.  The reader got 128 of 240 when the set was made and reads all of them since the fixes that came
with it (FLOOR); an answer read as its opposite — done when the file says not done — must never happen."""
from __future__ import annotations

import pytest

import legacy_sets

_SET = legacy_sets.load("legacy2")
compare, expected = _SET["compare"], _SET["expected"]

FLOOR = 240  # of 240 fields and kept notes: all (128 when the set was made, before the fixes it came with)


@pytest.fixture(scope="module")
def readings(tmp_path_factory):
    return legacy_sets.read(_SET, tmp_path_factory.mktemp("legacy2"))


def test_every_file_is_read(readings):
    assert set(readings) == set(expected.FILES)
    assert all(r["status"] != "取込不可" for r in readings.values())


def test_score_never_falls_below_the_floor(readings):
    right, total = legacy_sets.score(_SET, readings)
    assert total == 240
    assert right >= FLOOR, f"{right}/{total}"


def test_no_item_is_read_as_the_opposite_of_what_the_file_says(readings):
    """○ in a 未実施 column, × in a 実施(○×) column, 未実施 typed in a 実施状況 column: never done; 実施 typed under
    a row that says 未実施: never not done.  (A miss may be unread, None; a clean wrong answer is never allowed.)"""
    wrong = legacy_sets.opposites(_SET, readings)
    assert not wrong, wrong


def test_the_marks_of_a_done_and_not_done_table_are_read_by_their_column(readings):
    """静岡: a table 取り組み内容 | 実施 | 未実施 with ○ in one of the two columns (was: every ○ read as done)."""
    values = readings["静岡県本部_報告書.xlsx"]["values"]
    for key in ("s2.usage_known", "s3.study", "s3.meeting", "s3.simul_policy", "s4.policy", "s4.briefing",
                "s6.review"):
        assert values[key]["value"] is False, (key, values[key])
    assert values["s2.paid"]["value"] is True


def test_no_note_typed_beside_the_form_is_lost(readings):
    """Every note a sender typed (※…, 提出日：…) is somewhere in the record: an entry of its own or inside a field.
    The report form listed any cell starting with ※ as printed text, so a sender's ※ note vanished."""
    lost = []
    for name, exp in expected.FILES.items():
        rec = readings[name]
        texts = [e.get("text", "") for e in rec.get("extras") or []]
        texts += [v["value"] for v in (rec.get("values") or {}).values() if isinstance(v.get("value"), str)]
        lost += [(name, t) for t in exp["extras"] if not any(compare.norm(t) in compare.norm(x) for x in texts)]
    assert not lost, lost


def test_an_answer_typed_in_its_question_s_cell_is_read_and_the_question_s_long_form_is_not(readings):
    """群馬: 「【question】⏎answer」 in one cell (the cell matched as the label and the answer after it was dropped);
    栃木: a label wrapped onto its printed explanation (「…など⏎（労使関係の状態…）」) is still only the label."""
    gunma = readings["群馬_試験村職組_アンケート.xlsx"]["values"]
    want = expected.FILES["群馬_試験村職組_アンケート.xlsx"]["values"]
    for key in [k for k in want if k.startswith("texts.")]:
        assert legacy_sets.text_ok(_SET, want[key], gunma[key]["value"]), (key, gunma[key])
    tochigi = readings["実態アンケート（栃木・試験町職員組合）.xlsx"]["values"]["texts.labor_relations"]
    assert tochigi["value"] == "月1回の労使協議を行っている。", tochigi


@pytest.mark.parametrize("typed, author, checker", [
    ("試験 五子 / 確認者:試験 六子", "試験 五子", "試験 六子"),
    ("試験・見本 ／ 確認者 見本 三郎", "試験・見本", "見本 三郎"),  # a ・ between two names stays
    ("試験・見本", "試験・見本", None),
    ("確認者を兼ねる", "確認者を兼ねる", None),  # a label word inside the answer, not after a separator
])
def test_two_fields_typed_in_one_cell_are_split_at_the_second_label(typed, author, checker):
    from workbook_tools.forms import report
    from workbook_tools.io.locate import _split_fields

    header = report.FORM.sections[0]
    answer, others = _split_fields(typed, header, header.fields[[f.key for f in header.fields].index("author")], 2024)
    assert answer == author
    assert [(g.key, text) for g, text in others] == ([("checker", checker)] if checker else [])
