"""Mends after a fifteenth helper review (of the newest two mends): a product takes its 実績 column's own month only
from 速報 / 確定 headings naming one month (never a made date, a stamp or a span over a plain 実績); a day's date is a
stamp only with a due or made word by it or nothing after it that says an as-of (「（水）現在」, 「集計」, 「まで」,
「受付分」, 「～1月31日」, 「〆」, 「の実績」).  Every expected value is worked out by hand from the cells typed here."""
from __future__ import annotations

from pathlib import Path

import pytest

from workbook_tools.io.contracts_reader import read_contracts

from one_sheet import book as _book


def _month(path: Path, name: str = "団体生命共済"):
    products, _ = read_contracts(path)
    p = next(p for p in products if p.product == name)
    return (p.as_of.year, p.as_of.month) if p.as_of else None


@pytest.mark.parametrize("over", ["令和9年2月4日作成", "令和9年2月4日　中国地連", "印刷日：2027年2月5日"])
def test_a_date_over_a_plain_result_column_is_no_month(tmp_path, over):
    """A made date or stamp in the cell over the 実績 column, the month in the footer: 2027-01 (2027-02 was read)."""
    rows = [["令和8年度 新契約件数", None, over], [None], ["県支部", "目標", "実績"], ["宮城", 50, 44], ["福島", 40, 41],
            [None], ["以上（令和9年1月31日現在）"]]
    assert _month(_book(tmp_path / "上.xlsx", rows, title="団体生命共済")) == (2027, 1)


@pytest.mark.parametrize("heading", ["累計実績（6月～）", "実績（6月～1月累計）", "実績（10月以降加入分）"])
def test_a_span_in_the_result_heading_is_no_month(tmp_path, heading):
    """A period heading over the 実績, the month in the footer: 2027-01 (its first month, 2026-06 / 2026-10, was read)."""
    rows = [["令和8年度 新契約件数"], [None], ["県支部", "目標", heading], ["宮城", 50, 44], ["福島", 40, 41], [None],
            ["令和9年1月末現在"]]
    assert _month(_book(tmp_path / "期間.xlsx", rows, title="団体生命共済")) == (2027, 1)


@pytest.mark.parametrize("line", ["令和9年1月20日（水）現在", "令和9年1月20日 17時現在", "令和9年1月25日集計",
                                  "令和9年1月20日まで", "令和9年1月20日受付分", "令和9年1月20日～1月31日",
                                  "令和9年1月20日の実績", "令和9年1月20日〆"])
def test_an_as_of_day_with_more_words_after_it(tmp_path, line):
    """Under 「令和8年度 新契約件数」: 2027-01 (the date was taken for a stamp: no month)."""
    rows = [["令和8年度 新契約件数"], [line], [None], ["県支部", "目標", "実績"], ["宮城", 50, 44], ["福島", 40, 41]]
    assert _month(_book(tmp_path / "日.xlsx", rows, title="団体生命共済")) == (2027, 1)


def test_a_weekday_as_of_over_one_products_columns(tmp_path):
    """「令和9年1月31日現在」 over 団体生命共済, 「令和8年12月20日（金）現在」 over マイカー: マイカー 2026-12 (it took
    団体生命's month)."""
    rows = [["令和8年度 新契約件数"], [None, "令和9年1月31日現在", None, "令和8年12月20日（金）現在", None],
            ["県支部", "団体生命共済", None, "じちろうマイカー共済", None], [None, "目標", "実績", "目標", "実績"],
            ["宮城", 50, 44, 30, 20], ["福島", 40, 41, 20, 10]]
    path = _book(tmp_path / "曜日.xlsx", rows, ("B2:C2", "D2:E2", "B3:C3", "D3:E3", "A3:A4"))
    assert _month(path, "じちろうマイカー共済") == (2026, 12)
