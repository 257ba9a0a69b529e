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


MONTHS = [6, 7, 8, 9, 10, 11, 12, 1, 2, 3, 4, 5]


def _four_blocks(path, labels: list[str], title: str = "2024年度　加入拡大モデル単組　2025年2月末現在"):
    """One union (東京, 見本市職員組合, 目標 10), a block of twelve months under each label, 1 in every month of a
    block labelled with a year (its position 1, 2, 3 … in the list) and 9 in every month of any other block."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = title
    heads = ["県コード", "県名", "単組コード", "単組名", "目標件数"]
    row = ["13", "東京都", "001", "見本市職員組合", 10]
    for i, label in enumerate(labels, 1):
        ws.cell(3, len(heads) + 1, label)
        heads += [f"{m}月" for m in MONTHS]
        row += [i if "年度" in label and "目標" not in label else 9] * 12
    for c, (h, v) in enumerate(zip(heads, row), 1):
        ws.cell(4, c, h)
        ws.cell(5, c, v)
    wb.save(path)
    return path


def test_four_labelled_years_read_the_latest_three(tmp_path):
    from workbook_tools.app import grid as job

    j = job.recompute(_four_blocks(tmp_path / "4年度.xlsx", ["2021年度", "2022年度", "2023年度", "2024年度"]))
    r = j.result.results[0]
    # 2024 (the 4th block, 4 a month), 6月 to 2月 = 9 months: 36; 2023 (3 a month) to 2月: 27; 前年比 36 - 27 = 9
    assert (j.input.years, r.cumulative, r.yoy) == ([2022, 2023, 2024], 36, 9)
    assert [p.code for p in j.problems if p.code == "extra_year_blocks"] == ["extra_year_blocks"]


@pytest.mark.parametrize("fourth", ["2024年度目標", "月別目標"])
def test_a_fourth_block_that_is_no_year_is_refused(tmp_path, fourth):
    """A block of monthly targets after the three years is no fourth year (it had been read as 2025)."""
    from workbook_tools.app import grid as job
    from workbook_tools.errors import InputError

    with pytest.raises(InputError) as e:
        job.recompute(_four_blocks(tmp_path / "目標.xlsx", ["2022年度", "2023年度", "2024年度", fourth]))
    assert e.value.code == "year_blocks"


def test_the_year_asked_bounds_the_three_years(tmp_path):
    from workbook_tools.app import grid as job

    j = job.recompute(_four_blocks(tmp_path / "4年度.xlsx", ["2021年度", "2022年度", "2023年度", "2024年度"],
                                   "2023年度　加入拡大モデル単組　2024年2月末現在"), fiscal_year=2023)
    # 2021-2023 read (1, 2, 3 a month): 2023 to 2月 = 27, 2022 to 2月 = 18, 前年比 9
    assert (j.input.years, j.result.results[0].cumulative, j.result.results[0].yoy) == ([2021, 2022, 2023], 27, 9)


def test_a_year_cell_is_read_one_way_by_both_readers():
    """core.normalize.fiscal_year_cell: the 「年度」 cell of a grid's row (grid_reader) and of a pasted export's row
    (contracts_reader), one function (each reader had its own)."""
    from workbook_tools.core.normalize import fiscal_year_cell

    assert [fiscal_year_cell(v) for v in (2024, 2024.0, "2024", "2024年度", "令和6年度", "R6", "Ｒ６年度", "令和四年度",
                                          "平成30年度")] == [2024, 2024, 2024, 2024, 2024, 2024, 2024, 2022, 2018]
    assert [fiscal_year_cell(v) for v in (None, "", True, 6, "前年度", "2024年度目標", 2024.5)] == [None] * 7
