"""A ninth set of legacy layouts (tests/legacy9), typed by a helper who never read the reader: five reports, five
surveys with habits legacy2–8 did not use.  188 of 300 on first contact: a draft sheet 「下書き」 read instead of
「提出用」 (in silence, for a survey), ☑ / ☐ typed after the item, a 実施状況 column answered in words
(「実施した（5単組）」「まだ実施していない」), the choice put in brackets 「（実施）・未実施」, a column of item letters
ア イ ウ under 「No.」 glued onto the texts, 作成者名 / 確認者名 and a 担当 / 確認 stamp box, a date typed over cells
(2025｜年｜2｜月｜12｜日), 上部団体 marked 「（○）」 beside one of the printed choices (the first was taken), the intake broken
down by 職種 with a 合計 row (the first job's figures were taken, in silence).  The score may only go up (FLOOR), and no answer may be read as its opposite (the one ● in a
実施予定 column is a debatable reading, listed in expected.py)."""
from __future__ import annotations

import pytest

import legacy_sets

_SET = legacy_sets.load("legacy9")
expected = _SET["expected"]

FLOOR = 295  # of 300 now (188 when the set was made; 3 of the 5 left are debatable)


@pytest.fixture(scope="module")
def readings(tmp_path_factory):
    return legacy_sets.read(_SET, tmp_path_factory.mktemp("legacy9"))


def _name(part: str) -> str:
    return next(n for n in expected.FILES if part in n)


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


def test_the_copy_sent_is_read_not_the_draft(readings):
    for part in ("岐阜", "大分"):
        assert readings[_name(part)]["sheet"] == "提出用", part


def test_status_in_words_and_in_brackets(readings):
    """福井: 実施状況 answered in words; 和歌山: 「（実施）・未実施」 / 「実施・（未実施）」; neither glued onto the texts."""
    assert [w for w in _wrong(readings, _name("福井"), "s") if w[0] not in expected.FILES[_name("福井")]
            .get("debatable", {})] == []
    assert _wrong(readings, _name("和歌山")) == []


def test_item_letters_and_long_header_labels(readings):
    assert _wrong(readings, _name("徳島")) == []


def test_no_item_is_read_as_the_opposite_except_the_one_debatable(readings):
    """Only 佐賀 s3.study (● under 実施予定: "planned", read as done) — listed as debatable in expected.py."""
    wrong = legacy_sets.opposites(_SET, readings)
    assert [(n, k) for n, k, *_ in wrong if k not in expected.FILES[n].get("debatable", {})] == [], wrong


def test_a_choice_marked_beside_it_and_a_total_row(readings):
    """三重: 上部団体 「全労連・自治労連｜（　）｜…｜全労連・医労連｜（○）」; 沖縄: 新規採用者数 etc. by 職種 with 合計."""
    assert readings[_name("三重")]["values"]["h.rival_union"]["value"] == "全労連・医労連"
    assert _wrong(readings, _name("沖縄"), "intake.") == []
