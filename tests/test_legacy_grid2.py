"""A second set of Report A grids (tests/legacy_grid2), made by a helper who never read the reader, with habits the
first set (tests/legacy_grid) did not use; every expected number typed by hand.  On first contact five of six files
stopped (80 of 534 fields), and a probe showed worse: with this year's block typed first, the years were taken by
position and 2024 and 2022 swapped in silence.  Fixed: year blocks keep their labels in any order (「2024年度（今年度）」,
前々年度／前年度／今年度 with the year in the title), 「5月分」 / 「6月実績」 month headings, 目標件数 typed before the
months, hidden rows and columns not read (reported), 「コード」 holding 県コード and 単組コード together (01021),
「35-004」, a row marked 「集計対象外」 left out (reported), the past years on a second sheet (joined by union), the
past years as typed totals only (実績 and 2月累計, kept as given), 【香川県本部】 rows instead of a 県名 column, the cutoff
stated in a cell above the grid (「集計月：2025年3月」)."""
from __future__ import annotations

import json

import pytest

import legacy_sets

_SET = legacy_sets.load("legacy_grid2")
compare, expected = _SET["compare"], _SET["expected"]

import lo


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("legacy_grid2")
    files = _SET["build"].build(root / "in")
    out = root / "out"
    out.mkdir()
    return files, out


@pytest.fixture(scope="module")
def scores(built):
    files, out = built
    return {name: compare.run_one(name, files[name], out, True) for name in expected.EXPECTED}


@pytest.mark.parametrize("name", list(expected.EXPECTED))
def test_every_field_of_every_grid(scores, name):
    right, total, mismatches = scores[name]
    assert right == total, mismatches


def _checks(built, part: str) -> list[dict]:
    files, out = built
    name = next(n for n in expected.EXPECTED if part in n)
    return json.loads((out / (files[name].stem + ".json")).read_text(encoding="utf-8"))["チェック"]


def test_this_year_typed_first_keeps_its_year(scores):
    """01: 「2024年度（今年度）」 first, then 前年度, then 前々年度: read by their labels, not by position."""
    name = next(n for n in expected.EXPECTED if n.startswith("01_"))
    assert scores[name][0] == scores[name][1], scores[name][2]


def test_hidden_rows_are_not_read_and_are_reported(scores, built):
    assert [c for c in _checks(built, "05_") if c["code"] == "hidden_rows"]


def test_a_row_marked_out_of_the_count_is_reported(scores, built):
    said = [c for c in _checks(built, "03_") if c["code"] == "excluded_row"]
    assert len(said) == 1 and "休止" in said[0]["message"]


def test_past_years_from_a_second_sheet_are_joined_by_union(scores, built):
    """02: this year on 「今年度」, 2022 and 2023 on 「前年度まで」; a union only on the past sheet is said, not read."""
    codes = [c["code"] for c in _checks(built, "02_")]
    assert "years_from_sheet" in codes and codes.count("union_not_this_year") == 1


def test_past_years_typed_as_totals_stay_as_given_and_recalculate(scores, built, tmp_path, soffice):
    """04: 2022/2023 only as 実績 and 2月累計: the output keeps them as values (no SUM over empty months), and every
    formula of the output recalculates in LibreOffice to the value written."""
    files, out = built
    name = next(n for n in expected.EXPECTED if n.startswith("04_"))
    assert lo.assert_formulas_match(out / (files[name].stem + "_out.xlsx"), tmp_path) > 0


def test_past_totals_refuse_another_cutoff(built, tmp_path):
    import subprocess
    import sys
    files, _ = built
    name = next(n for n in expected.EXPECTED if n.startswith("04_"))
    proc = subprocess.run([sys.executable, "-m", "workbook_tools", "grid", "recompute", str(files[name]), "-o",
                           str(tmp_path / "o.xlsx"), "--cutoff", "2025-01"], capture_output=True, text=True)
    assert proc.returncode != 0 and "開始月・締め月を変えて計算できません" in proc.stderr + proc.stdout
    assert not (tmp_path / "o.xlsx").exists()
