"""A tenth set of Report A grids (tests/legacy_grid10), made for generalisation after legacy_grid1-9 by a helper who
never read the reader: ordinary files, ordinary mistakes; every expected number worked out by hand.  On first contact
451 of 728, three files refused and one silent gap: last year's book copied with a year added (FOUR year blocks,
2021 left in) refused; headings 「県No.」「単組No.」 not known (refused); 年度 headings in kanji 「令和四年度」 (with
「十月」 in 発効 and full-width months) refused; 「組合員数（人）」「団生保有（件）」 -- a unit in brackets -- not taken, so
both came back empty for every union WITHOUT a word.  Read right on first contact: unions as columns and months as
rows, months as real dates, May start stated only in the title, typed 累計 mistakes warned, 地連 subtotal rows, 県
merged over its unions, 件数/口数 rows, an .xls.  Fixed since (728 of 728): the latest three labelled years are read and
the others named in a warning (extra_year_blocks); 「No.」/「番号」 headings; kanji years and months before 年/月
(core.normalize.kanji_year_month); a unit in brackets after a heading.  The score may only go up (FLOOR)."""
from __future__ import annotations

import json

import pytest

import legacy_sets

_SET = legacy_sets.load("legacy_grid10")
compare, expected = _SET["compare"], _SET["expected"]

FLOOR = 728  # of 728 now (451 when the set was made)


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    root = tmp_path_factory.mktemp("legacy_grid10")
    files = _SET["build"].build(root / "in")
    out = root / "out"
    out.mkdir()
    return files, out, {name: compare.run_one(name, files[name], out, True) for name in expected.EXPECTED}


def _checks(run, prefix: str) -> list[dict]:
    files, out, _ = run
    name = next(n for n in expected.EXPECTED if n.startswith(prefix))
    return json.loads((out / (files[name].stem + ".json")).read_text(encoding="utf-8"))["チェック"]


@pytest.mark.parametrize("name", list(expected.EXPECTED))
def test_every_grid_is_read_whole(run, name):
    right, total, mismatches = run[2][name]
    assert right == total, mismatches


def test_the_floor(run):
    assert sum(r for r, _, _ in run[2].values()) >= FLOOR


def test_the_year_left_out_is_named(run):
    said = [c for c in _checks(run, "01_") if c["code"] == "extra_year_blocks"]
    assert len(said) == 1 and "2021年度" in said[0]["message"] and "2022〜2024年度" in said[0]["message"]


def test_kanji_years_and_months_become_digits():
    from workbook_tools.core.normalize import kanji_year_month

    assert kanji_year_month("令和四年度") == "令和4年度"
    assert kanji_year_month("十月") == "10月"
    assert kanji_year_month("十二月累計") == "12月累計"
    assert kanji_year_month("令和元年度") == "令和1年度"
    assert kanji_year_month("十日町市職員組合") == "十日町市職員組合"  # not before 年 or 月: a name
