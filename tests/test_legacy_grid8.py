"""An eighth set of Report A grids (tests/legacy_grid8), made for generalisation after legacy_grid1–7 by a helper who
never read the reader; every expected number worked out by hand from the typed months.  On first contact 136 of 461:
three of five files stopped -- 「5月度」 month headings (「見出し行が見つかりません」), the prefecture only in bold
「群馬県支部」 rows over its unions with no 県名 column (「必須の見出し「県名」が見つかりません」), empty spacer columns with
the oldest year given only as one 年度計 column (「月見出しのまとまりが 2 年度分」); the year split over two sheets by
half-year (上期 6月～11月 | 下期 12月～5月) read from the first sheet only, the cutoff guessed as 2024-11 (said).  With
「12月累計」 typed BEFORE each year's months, the R5 block's 累計 was compared with the R4 months: four false warnings.
Fixed since (330 of 461): 「5月度」; a 県支部 row heads its group; 「40（上期22）」 is 40 with its note said; a 累計
column takes the year of the 年度 heading over it; the two half-year sheets are one grid (01: 47 -> 89 of 89, the
cutoff from the 下期 sheet's 「2月累計」, not guessed); the oldest year given only as its 「年度計」 column under
「2022年度」 is read (04: 0 -> 89 of 89; its 年度実績 as typed, its 累計 unknown and blank, said).
The score may only go up (FLOOR, and per file FILE_FLOORS)."""
from __future__ import annotations

import json

import pytest

import legacy_sets

_SET = legacy_sets.load("legacy_grid8")
compare, expected = _SET["compare"], _SET["expected"]

FLOOR = 461  # of 461 now (136 when the set was made)
FILE_FLOORS = {  # fields right per file now (first contact: 47, 0, 89, 0, 0)
    "01_東北_6月開始_上期下期.xlsx": 89,         # 47 of 89 while only the 上期 sheet was read
    "02_関東_5月開始_県支部見出し.xlsx": 89,      # stopped on first contact
    "03_中部_6月開始_累計先頭.xls": 89,          # (four false warnings on first contact)
    "04_近畿_6月開始_空白列.xlsx": 89,           # stopped until the oldest year as one 年度計 column was read
    "05_九州_5月開始_当月累計2段.xlsx": 105,      # stopped on first contact (「5月度」)
}


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    root = tmp_path_factory.mktemp("legacy_grid8")
    files = _SET["build"].build(root / "in")
    out = root / "out"
    out.mkdir()
    return files, out, {name: compare.run_one(name, files[name], out, True) for name in expected.EXPECTED}


def _checks(run, prefix: str) -> list[dict]:
    files, out, _ = run
    name = next(n for n in expected.EXPECTED if n.startswith(prefix))
    return json.loads((out / (files[name].stem + ".json")).read_text(encoding="utf-8"))["チェック"]


def test_the_floors_cover_every_file():
    assert set(FILE_FLOORS) == set(expected.EXPECTED)
    assert sum(FILE_FLOORS.values()) == FLOOR


@pytest.mark.parametrize("name", list(expected.EXPECTED))
def test_every_grid_keeps_its_score(run, name):
    right, total, mismatches = run[2][name]
    assert right >= FILE_FLOORS[name], mismatches


def test_a_cumulative_typed_before_the_months_is_its_own_years(run):
    """03: 「12月累計」 before each year's months: compared with its own year's months, no false warning."""
    assert not [c for c in _checks(run, "03_") if c["code"] == "typed_total_mismatch"]


def test_a_target_with_a_note_is_the_target_and_the_note_is_said(run):
    said = [c for c in _checks(run, "02_") if "上期22" in c["message"]]
    assert said and said[0]["severity"] != "エラー"


def test_the_oldest_year_as_one_total_column_is_said(run):
    said = [c for c in _checks(run, "04_") if c["code"] == "year_total_only"]
    assert len(said) == 1 and "2022年度" in said[0]["message"]
