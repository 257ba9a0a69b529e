"""A fifth Report B set (tests/legacy_contracts5), made for generalisation after sets 1–4: ordinary files combining
habits, by a helper who never read the reader; every figure typed by hand.  On first contact 424 of 542: a 県本部's
own report with no 県支部 column (the 県本部 only in 「県本部名：…」, or its figure in a 「県本部計」 row under its 単組)
stopped the run; a visible sheet of last month's report gave the 時点; a note under an Excel table's 集計 row was read
as a product with an unknown 県支部.  Fixed since: the last three, and a 県本部's own table of products with no 県支部
column (its 県本部 from 「県本部名」, the title or the names; a 「その他は…現在」 note), and 単組 rows with the 県本部's
figure in a 「県本部計」 row (542 of 542)."""
from __future__ import annotations

import json

import pytest

import legacy_sets

_SET = legacy_sets.load("legacy_contracts5")
compare, expected = _SET["compare"], _SET["expected"]

@pytest.fixture(scope="module")
def run(tmp_path_factory):
    root = tmp_path_factory.mktemp("legacy_contracts5")
    files = _SET["build"].build(root / "in")
    out = root / "out"
    out.mkdir()
    return files, out, {name: compare.run_one(name, files[name], out, True) for name in expected.EXPECTED}


def _checks(run, prefix: str) -> list[dict]:
    files, out, _ = run
    name = next(n for n in expected.EXPECTED if n.startswith(prefix))
    return json.loads((out / (files[name].stem + ".json")).read_text(encoding="utf-8"))["チェック"]


@pytest.mark.parametrize("name", list(expected.EXPECTED))
def test_every_field_of_every_file(run, name):
    right, total, mismatches = run[2][name]
    assert right == total, mismatches


def test_last_months_sheet_gives_way_to_this_months_and_is_said(run):
    """03: 「12月末（報告済）」 (last month's report, left in sight) before 「1月末」: this month's figures and 時点."""
    said = [c for c in _checks(run, "03_") if c["code"] == "earlier_sheet"]
    assert len(said) == 1 and "12月末" in said[0]["sheet"]
    assert not [c for c in _checks(run, "03_") if c["code"] in ("duplicate_branch", "as_of_mismatch")]


def test_a_note_under_a_table_is_no_product(run):
    """06: 「※達成率＝実績÷目標…」 under an Excel table's 集計 row was an unknown product with a 県支部 「None」."""
    assert not [c for c in _checks(run, "06_") if c["severity"] in ("警告", "エラー")]


def test_a_prefectures_own_table_without_a_branch_column_is_read_and_said(run):
    """01: 「県本部名｜自治労岡山県本部」 over a table of products with 年間目標｜累計実績 (a cover letter sheet first)."""
    said = [c for c in _checks(run, "01_") if c["code"] == "own_branch"]
    assert len(said) == 1 and "岡山" in said[0]["message"]


def test_a_branch_figure_given_by_the_total_row_of_its_unions(run):
    """02: one row per 単組 (no 県支部 anywhere), the 県本部's figure in its 「県本部計」 row."""
    said = [c for c in _checks(run, "02_") if c["code"] == "own_branch"]
    assert len(said) == 1 and "県本部計" in said[0]["message"] and "広島" in said[0]["message"]
