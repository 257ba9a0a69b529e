"""A fifteenth set of Report A grids (tests/legacy_grid15, theme WHAT EXCEL DID TO WHAT PEOPLE TYPED), made by a helper
who never read the reader: codes whose zeros Excel dropped (「001」 kept as 1) beside codes kept as text, counts, targets
and 団生保有 kept as text, 組合員数 under #,##0"人", 加入率 45% kept as 0.45, 「3-1」 and 「1/2」 typed in months kept as dates,
「(2)」 kept as -2, 「1e2」 as 100, union names typed with 「-」 / 「=」 first that Excel made formulas (#NAME?), 「=済」 and
#VALUE! in months, month headings that are dates (6月1日, 「Jun」), year headings that are numbers under 0"年度", 集計月 /
締め月 given as a date (2025/1) or as the number 2025.1 beside its label; every expected number worked out by hand.
On first contact 618 of 639, warned but wrong: a 締め月 given as a date or a number beside 「集計月」 / 「締め月」 was not read
(the last month with data, 2024年12月, was taken: every past year's 累計 and 前年比 a month short).
Fixed since (639 of 639): a date or a year.month number beside the label is the cutoff; 2025.1 (「2025.10」 loses its 0)
is the one of January and October in the fiscal year.
The score may only go up (FLOOR)."""
from __future__ import annotations

import pytest

import legacy_sets

_SET = legacy_sets.load("legacy_grid15")

FLOOR = 639  # of 639 (618 on first contact)


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return legacy_sets.run_each(_SET, tmp_path_factory.mktemp("legacy_grid15"))


def test_the_floor(run):
    assert sum(r for r, _, _ in run[2].values()) >= FLOOR, {n: m for n, (_, _, m) in run[2].items() if m}


@pytest.mark.parametrize("prefix", ["06_", "07_"])
def test_a_cutoff_given_as_a_date_or_a_number_beside_its_label(run, prefix):
    right, total, mismatches = next(v for n, v in run[2].items() if n.startswith(prefix))
    assert right == total, mismatches
