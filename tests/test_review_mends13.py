"""Mends after a thirteenth helper review (of the twelfth's mends): a month-end date is an as-of date, not a sender's
stamp; figures repeated by most 県支部 of a sheet stay repeats beside one that parts them; 「0件は「－」で表示」 about
another column, and 「「－」は0件ではありません」; January's revised 目標 in a table added at the right; a 県本部's title
month before its 「報告月」 field.  Every expected value is worked out by hand from the cells typed here."""
from __future__ import annotations

from pathlib import Path

import pytest

from workbook_tools.io.contracts_reader import read_contracts

from one_sheet import book as _book

MONTH = "2026年12月"


def _read(path: Path, name: str = "団体生命共済"):
    products, problems = read_contracts(path)
    p = next(p for p in products if p.product == name)
    return [(b.name, b.target, b.actual) for b in p.branches], problems, p


@pytest.mark.parametrize("line", ["令和9年1月31日", "基準日 令和9年1月31日", "令和8年度 新契約件数（令和9年1月31日）",
                                  "令和8年度 新契約件数 令和9年1月末現在（令和9年2月4日）"])
def test_a_month_end_date_is_the_as_of(tmp_path, line):
    """A month's last day, or an as-of beside a sent date: 2027-01 (no month was read)."""
    rows = [[line], [None], ["県支部", "目標", "実績"], ["宮城", 50, 44], ["福島", 40, 41]]
    p = _read(_book(tmp_path / "日付.xlsx", rows, title="団体生命共済"))[2]
    assert (p.as_of.year, p.as_of.month) == (2027, 1)


def test_month_end_dates_over_each_products_columns(tmp_path):
    """「2026年12月31日」 over 団体生命共済, 「2027年1月31日」 over 自賠責共済: 2026-12 and 2027-01 (none was read)."""
    rows = [["令和8年度 新契約件数"], [None, "2026年12月31日", None, "2027年1月31日", None],
            ["県支部", "団体生命共済", None, "自賠責共済", None], [None, "目標", "実績", "目標", "実績"],
            ["宮城", 50, 44, 30, 20], ["福島", 40, 41, 20, 10]]
    products, _ = read_contracts(_book(tmp_path / "列.xlsx", rows, ("B2:C2", "D2:E2", "B3:C3", "D3:E3", "A3:A4")))
    assert {p.product: (p.as_of.year, p.as_of.month) for p in products} == {"団体生命共済": (2026, 12),
                                                                            "自賠責共済": (2027, 1)}


def test_repeats_of_most_branches_stay_repeats_beside_one_that_parts(tmp_path):
    """宮城 and 福島 repeat the product's 30 / 17 and 25 / 14 on 本人 and 家族; 山形 parts its 実績 12 / 5: 30 / 17,
    25 / 14 and 20 / 17 (宮城 and 福島 were doubled)."""
    rows = [["県支部", "共済名", "加入区分", "加入者数", "目標", "実績", "集計月"],
            ["宮城", "団体生命共済", "本人", 800, 30, 17, MONTH], ["宮城", "団体生命共済", "家族", 300, 30, 17, MONTH],
            ["福島", "団体生命共済", "本人", 600, 25, 14, MONTH], ["福島", "団体生命共済", "家族", 200, 25, 14, MONTH],
            ["山形", "団体生命共済", "本人", 500, 20, 12, MONTH], ["山形", "団体生命共済", "家族", 150, 20, 5, MONTH]]
    assert _read(_book(tmp_path / "多数.xlsx", rows))[0] == [("宮城", 30, 17), ("山形", 20, 17), ("福島", 25, 14)]


@pytest.mark.parametrize("note", ["※目標0件は「－」で表示", "※目標が0件の県支部は「－」で表示", "※前年実績0件は「－」で表示しています",
                                  "※前年比：前年0件は「－」で表示", "※「－」は0件ではありません。未報告の県支部です",
                                  "※「－」は0件、または未報告"])
def test_notes_that_do_not_make_the_results_dash_zero(tmp_path, note):
    """福島's 実績 「－」 stays blank (it was read 0)."""
    rows = [["令和8年度 新契約件数（令和8年12月末現在）"], [None], ["県支部", "目標", "実績"], ["宮城", 50, 44],
            ["福島", "－", "－"], [None], [note]]
    figures = _read(_book(tmp_path / "注.xlsx", rows, title="団体生命共済"))[0]
    assert figures[1] == ("福島", None, None)


def test_the_revised_target_of_the_block_added_at_the_right(tmp_path):
    """「目標｜実績」 twice, the months over the 実績 only (12月末, 1月末), January's 目標 revised 50 → 55: 55 / 48 and
    40 / 43 (December's 50 was read, or none)."""
    rows = [["令和8年度 新契約件数"], [None], ["県支部", "団体生命共済", None, None, None], [None, None, "12月末", None, "1月末"],
            [None, "目標", "実績", "目標", "実績"], ["宮城", 50, 44, 55, 48], ["福島", 40, 41, 40, 43]]
    assert _read(_book(tmp_path / "二.xlsx", rows, ("A3:A5", "B3:E3")))[0] == [("宮城", 55, 48), ("福島", 40, 43)]


def test_a_prefectures_title_month_before_its_report_month(tmp_path):
    """「…報告書（令和9年1月末現在）」 over 「報告月｜令和9年2月」 (the month it was sent): 2027-01 (2027-02 was read)."""
    rows = [["令和8年度 新契約件数報告書（令和9年1月末現在）"], [None], ["県本部名", "自治労熊本県本部"], ["報告月", "令和9年2月"],
            [None], ["共済名", "年間目標", "累計実績"], ["団体生命共済", 250, 238], ["火災共済", 60, 41]]
    products, _ = read_contracts(_book(tmp_path / "熊本.xlsx", rows, title="報告書"))
    assert {(p.as_of.year, p.as_of.month) for p in products} == {(2027, 1)}


def test_the_month_of_the_quick_column_read_is_the_products(tmp_path):
    """「1月末速報｜12月末確定」 under 実績, no other month on the sheet but the title's year: the newer 速報 is read, and
    its month 2027-01 is the product's (it had none: set 14's last two misses)."""
    rows = [["令和8年度 新契約件数 中国地連"], [None], ["県支部", "団体生命共済", None, None], [None, "目標", "実績", None],
            [None, None, "1月末速報", "12月末確定"], ["岡山", 320, 312, 290], ["広島", 440, 410, 380]]
    figures, _, p = _read(_book(tmp_path / "速報月.xlsx", rows, ("A3:A5", "B3:D3", "B4:B5", "C4:D4")))
    assert figures == [("岡山", 320, 312), ("広島", 440, 410)]
    assert (p.as_of.year, p.as_of.month) == (2027, 1)
