"""A third set of Report B layouts (tests/legacy_contracts3), made by a helper who never read the reader; every figure
typed by hand.  On first contact 458 of 1,032: 【目標】 and 【実績】 tables stacked on one sheet, and a 県支部 column of
codes with the names at the table's right end, stopped the run; 「実績（2025年1月末）」 was no 実績 heading;
「住まいる（火災）」 was an unknown product; a note 「（注）マイカー・車両・自賠責は12月末」 was ignored in silence; a
集計時点一覧 sheet was not used; a product twice in one table (December's columns, then January's) took the older."""
from __future__ import annotations

import json

import pytest

import legacy_sets

_SET = legacy_sets.load("legacy_contracts3")
compare, expected = _SET["compare"], _SET["expected"]


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    root = tmp_path_factory.mktemp("legacy_contracts3")
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


def test_a_product_twice_in_one_table_takes_the_latest_and_says_so(run):
    said = [c for c in _checks(run, "04_") if c["code"] == "product_twice"]
    assert len(said) == 1 and "2025年1月" in said[0]["message"]
    assert not [c for c in _checks(run, "04_") if c["code"] == "as_of_mismatch"]


def test_a_figure_still_being_counted_is_said(run):
    """05: 「集計中」 is no number: no figure, and the チェック sheet says where."""
    assert [c for c in _checks(run, "05_") if c["code"] == "bad_number" and "集計中" in c["message"]]
