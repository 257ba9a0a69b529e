"""A third set of Report A grids (tests/legacy_grid3), made by a helper who never read the reader, with habits neither
earlier set used; every expected number typed by hand.  On first contact 347 of 598: two files stopped (months as
bare numbers 6｜7｜…｜5 under 「2022年度　月別件数」 with 県名 in the row above; the past years' months in collapsed,
hidden columns), 「東京都計」 / 「計」 rows and a second table's heading row read as unions, a row pasted twice counted
twice, 「12件」 read as nothing, 「累計（1月）」 not seen as the cutoff."""
from __future__ import annotations

import json

import pytest

import legacy_sets

_SET = legacy_sets.load("legacy_grid3")
compare, expected = _SET["compare"], _SET["expected"]


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    root = tmp_path_factory.mktemp("legacy_grid3")
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


def test_a_row_pasted_twice_counts_once_and_is_said(run):
    said = [c for c in _checks(run, "05_") if c["code"] == "duplicate_row"]
    assert len(said) == 1


def test_the_cutoff_comes_from_its_heading_not_a_guess(run):
    """03: 「累計（1月）」 is the 1月 cutoff; the tool does not fall back on "the last month with a figure"."""
    assert not [c for c in _checks(run, "03_") if c["code"] == "cutoff_guessed"]
