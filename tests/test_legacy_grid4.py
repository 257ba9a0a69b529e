"""A fourth set of Report A grids (tests/legacy_grid4), made for generalisation after legacy_grid1–3: ordinary grids
combining habits, by a helper who never read the reader; every expected number typed or worked out by hand from the
typed months.  On first contact 183 of 582: four of six files stopped (months first with the three years alternating
under each month; the past years as a second table below the current one; a target headed 「今年度目標」; a hidden
sheet holding last month's copy read before the real one, and the year only in 「2022年6月」 headings), and the
prefecture given by a 「…県本部計」 row above its unions was not taken (a 社保労連 union counted nationally)."""
from __future__ import annotations

import json

import pytest

import legacy_sets

_SET = legacy_sets.load("legacy_grid4")
compare, expected = _SET["compare"], _SET["expected"]


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    root = tmp_path_factory.mktemp("legacy_grid4")
    files = _SET["build"].build(root / "in")
    out = root / "out"
    out.mkdir()
    return files, out, {name: compare.run_one(name, files[name], out, True) for name in expected.EXPECTED}


def _checks(run, prefix: str) -> list[dict]:
    files, out, _ = run
    name = next(n for n in expected.EXPECTED if n.startswith(prefix))
    return json.loads((out / (files[name].stem + ".json")).read_text(encoding="utf-8"))["チェック"]


@pytest.mark.parametrize("name", list(expected.EXPECTED))
def test_every_field_of_every_grid(run, name):
    right, total, mismatches = run[2][name]
    assert right == total, mismatches


def test_a_hidden_sheet_is_not_read_and_is_said(run):
    """05: a hidden 「1月末」 sheet (last month's copy) before the real one: read, it gave January's figures."""
    said = [c for c in _checks(run, "05_") if c["code"] == "hidden_sheet"]
    assert len(said) == 1 and "1月末" in said[0]["message"]


def test_the_past_years_from_the_table_below_are_said(run):
    """06: this year's grid, the past years' grid under it on the same sheet: joined, and the user is told where
    the past years came from."""
    said = [c for c in _checks(run, "06_") if c["code"] == "years_from_sheet"]
    assert len(said) == 1 and "からの表" in said[0]["message"]
