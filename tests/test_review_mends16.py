"""Mends after a sixteenth helper review (of the newest mends to Report B's months): a monthly target 「目標（月間）」 is
no month's own count; a day's date is an as-of only when its as-of word stands right after it (past a weekday or an
hour), never when a due, made or sent word does (「…17時まで必着」, 「…送付」), and a made date in brackets after an as-of
(「令和9年1月31日現在（2/3更新）」) leaves the as-of; a product takes the month its 実績 column's own heading names
again (「実績（1月末）」, 「1月末累計」), 速報 / 確定 headings saying 累計 or only one of them naming it included; months
typed with a short year (「8年12月｜9年1月｜計」) are months, not parts to add.  Every expected value is worked out by
hand from the cells typed here."""
from __future__ import annotations

from pathlib import Path

import pytest

from workbook_tools.io.contracts_reader import read_contracts

from one_sheet import book as _book


def _read(path: Path, name: str = "団体生命共済"):
    products, problems = read_contracts(path)
    p = next(p for p in products if p.product == name)
    return p, problems


def _month(path: Path, name: str = "団体生命共済"):
    p, _ = _read(path, name)
    return (p.as_of.year, p.as_of.month) if p.as_of else None


def test_a_monthly_target_is_not_the_months_count(tmp_path):
    """No 累計 column: 実績 = 前月までの累計 + 当月 (岡山 80 + 9 = 89, 広島 60 + 4 = 64); the 目標（月間） (10, 8) was
    taken for 当月 (90, 68)."""
    rows = [["令和8年度 新契約件数（令和9年1月末現在）"], [None], ["県支部", "年間目標", "目標（月間）", "前月までの累計", "当月"],
            ["岡山", 120, 10, 80, 9], ["広島", 96, 8, 60, 4]]
    p, _ = _read(_book(tmp_path / "月間.xlsx", rows, title="団体生命共済"))
    assert {b.name: (b.target, b.actual) for b in p.branches} == {"岡山": (120, 89), "広島": (96, 64)}


@pytest.mark.parametrize("stamp", ["令和9年2月4日　新契約件数一覧", "令和9年2月4日 中国地連 各県支部分", "令和9年2月4日 推進月報",
                                   "返送は令和9年2月10日（水）17時まで必着", "令和9年2月4日 10時30分　中国地連",
                                   "令和9年2月4日送付 新契約件数（令和9年1月末現在）"])
def test_a_day_with_other_words_after_it_is_a_stamp(tmp_path, stamp):
    """The day the sheet was sent or is due, then other words; 「令和9年1月末現在」 below the table: 2027-01 (2027-02 was
    read from the stamp)."""
    rows = [["令和8年度 新契約件数"], [stamp], [None], ["県支部", "目標", "実績"], ["岡山", 50, 44], ["広島", 40, 41],
            [None], ["令和9年1月末現在"]]
    assert _month(_book(tmp_path / "印.xlsx", rows, title="団体生命共済")) == (2027, 1)


def test_an_update_date_in_brackets_leaves_the_as_of(tmp_path):
    """「令和9年1月31日現在（2/3更新）」 over 団体生命共済, 「令和8年12月31日現在（1/8更新）」 over マイカー: 2027-01 and
    2026-12 (both were lost: no month); as the sheet's title it gives 2027-01 too."""
    rows = [["令和8年度 新契約件数"], [None, "令和9年1月31日現在（2/3更新）", None, "令和8年12月31日現在（1/8更新）", None],
            ["県支部", "団体生命共済", None, "じちろうマイカー共済", None], [None, "目標", "実績", "目標", "実績"],
            ["岡山", 50, 44, 30, 20], ["広島", 40, 41, 20, 10]]
    path = _book(tmp_path / "更新.xlsx", rows, ("B2:C2", "D2:E2", "B3:C3", "D3:E3", "A3:A4"))
    assert (_month(path), _month(path, "じちろうマイカー共済")) == ((2027, 1), (2026, 12))
    titled = [["令和9年1月31日現在（2/3更新）"], [None], ["県支部", "目標", "実績"], ["岡山", 50, 44], ["広島", 40, 41]]
    assert _month(_book(tmp_path / "表題.xlsx", titled, title="団体生命共済")) == (2027, 1)


def test_a_made_month_in_the_titles_brackets_is_no_month(tmp_path):
    """「新契約件数（令和9年2月作成）」, the month below the table: 2027-01 (a made month is not the figures')."""
    rows = [["新契約件数（令和9年2月作成）"], [None], ["県支部", "目標", "実績"], ["岡山", 50, 44], ["広島", 40, 41],
            [None], ["令和9年1月末現在"]]
    assert _month(_book(tmp_path / "作成.xlsx", rows, title="団体生命共済")) == (2027, 1)


@pytest.mark.parametrize("heading", ["実績（1月末）", "実績（1月末現在）", "累計実績（1月末）", "実績（1月末累計）"])
def test_a_plain_result_headings_month(tmp_path, heading):
    """Under 「令和8年度 新契約件数」 (its year only): 2027-01 (no month: 791066b kept only 速報 / 確定 headings)."""
    rows = [["令和8年度 新契約件数"], [None], ["県支部", "目標", heading], ["岡山", 120, 89], ["広島", 96, 64]]
    assert _month(_book(tmp_path / "見出し.xlsx", rows, title="団体生命共済")) == (2027, 1)


def test_each_products_result_heading_month_before_the_footers(tmp_path):
    """団体生命 「実績（1月末現在）」, マイカー 「実績（12月末現在）」, footer 「以上（令和9年1月31日現在）」: 2027-01 and 2026-12
    (マイカー took the footer's month)."""
    rows = [["令和8年度 新契約件数"], [None], ["県支部", "団体生命共済", None, "じちろうマイカー共済", None],
            [None, "目標", "実績（1月末現在）", "目標", "実績（12月末現在）"], ["岡山", 120, 89, 30, 20], ["広島", 96, 64, 20, 10],
            [None], ["以上（令和9年1月31日現在）"]]
    path = _book(tmp_path / "二つ.xlsx", rows, ("A3:A4", "B3:C3", "D3:E3"))
    assert (_month(path), _month(path, "じちろうマイカー共済")) == ((2027, 1), (2026, 12))


def test_month_end_totals_give_the_last_ones_month(tmp_path):
    """実績 over 「11月末累計｜12月末累計｜1月末累計」: the 1月末累計 (89, 64) and its month 2027-01 (no month was read)."""
    rows = [["令和8年度 新契約件数"], [None], ["県支部", "目標", "実績", None, None], [None, None, "11月末累計", "12月末累計", "1月末累計"],
            ["岡山", 120, 70, 80, 89], ["広島", 96, 50, 60, 64]]
    p, _ = _read(_book(tmp_path / "月末.xlsx", rows, ("A3:A4", "B3:B4", "C3:E3"), title="団体生命共済"))
    assert ({b.name: b.actual for b in p.branches}, (p.as_of.year, p.as_of.month)) == ({"岡山": 89, "広島": 64}, (2027, 1))


@pytest.mark.parametrize("quick, final, actual", [("1月末累計速報", "12月末累計確定", (312, 410)),
                                                  ("速報（1月末累計）", "確定（12月末累計）", (312, 410)),
                                                  ("1月末累計（速報）", "1月末累計（確定）", (290, 380)),
                                                  ("速報", "1月末確定", (290, 380)),
                                                  ("1月末速報（2月3日集計）", "12月末確定", (312, 410))])
def test_quick_and_final_headings_month(tmp_path, quick, final, actual):
    """Under 「令和8年度 新契約件数 中国地連」: 2027-01 every time (no month: 「累計」 was taken for a span, 「速報」 alone
    for no month, 2月3日 for a second month); the newer column read whole, or 確定 where it has a number."""
    rows = [["令和8年度 新契約件数 中国地連"], [None], ["県支部", "団体生命共済", None, None], [None, "目標", "実績", None],
            [None, None, quick, final], ["岡山", 320, 312, 290], ["広島", 440, 410, 380]]
    p, _ = _read(_book(tmp_path / "速報.xlsx", rows, ("A3:A5", "B3:D3", "B4:B5", "C4:D4")))
    assert (tuple(b.actual for b in p.branches), (p.as_of.year, p.as_of.month)) == (actual, (2027, 1))


def test_short_year_months_are_not_parts(tmp_path):
    """実績 over 「8年12月｜9年1月｜計」: two months and their sum (19, 12), not the year's 実績: not read, said
    (the 計 was read as 実績)."""
    rows = [["令和8年度 新契約件数（令和9年1月末現在）"], [None], ["県支部", "年間目標", "実績", None, None],
            [None, None, "8年12月", "9年1月", "計"], ["岡山", 120, 10, 9, 19], ["広島", 96, 8, 4, 12]]
    p, problems = _read(_book(tmp_path / "短い年.xlsx", rows, ("A3:A4", "B3:B4", "C3:E3"), title="団体生命共済"))
    assert [b.actual for b in p.branches] == [None, None]
    assert "month_columns_unread" in {q.code for q in problems}
