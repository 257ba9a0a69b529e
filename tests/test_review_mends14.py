"""Mends after a fourteenth helper review (of the thirteenth's mends): February's last day is a month's end; a sender's
stamp or a due date is left out of a line and what is left may still name the month (the word 集計 elsewhere in the
line no longer hides the stamp; 締切 is a due date, 締め a cut-off); a dash note whose other clause or bracket speaks
of blanks still says 「－」 is 0; 速報 / 確定 written in a product's heading.  Every expected value is worked out by
hand from the cells typed here."""
from __future__ import annotations

from pathlib import Path

import pytest

from workbook_tools.io.contracts_reader import read_contracts

from one_sheet import book as _book


def _products(path: Path) -> dict:
    products, _ = read_contracts(path)
    return {p.product: (p.as_of.year, p.as_of.month) if p.as_of else None for p in products}


def _small(tmp_path: Path, lines: list[list], name: str = "x.xlsx") -> Path:
    rows = lines + [[None], ["県支部", "目標", "実績"], ["宮城", 50, 44], ["福島", 40, 41]]
    return _book(tmp_path / name, rows, title="団体生命共済")


def test_februarys_last_day_is_a_months_end(tmp_path):
    """「令和9年2月28日」 (2027 is no leap year) alone, and over a product's columns: 2027-02 (no month, or January's)."""
    assert _products(_small(tmp_path, [["令和9年2月28日"]])) == {"団体生命共済": (2027, 2)}
    rows = [["令和8年度 新契約件数"], [None, "2027年1月31日", None, "2027年2月28日", None],
            ["県支部", "団体生命共済", None, "自賠責共済", None], [None, "目標", "実績", "目標", "実績"],
            ["宮城", 50, 44, 30, 20], ["福島", 40, 41, 20, 10]]
    assert _products(_book(tmp_path / "列.xlsx", rows, ("B2:C2", "D2:E2", "B3:C3", "D3:E3", "A3:A4"))) == {
        "団体生命共済": (2027, 1), "自賠責共済": (2027, 2)}


@pytest.mark.parametrize("lines", [
    [["令和8年度 新契約件数集計表（令和9年2月4日）"], ["令和9年1月末現在"]],
    [["令和8年度 新契約件数", None, None, "令和9年2月4日　共済集計担当"], ["（令和9年1月末現在）"]],
    [["令和8年度 新契約件数（締切 令和9年2月10日）"], ["令和9年1月末現在"]],
    [["令和8年度 新契約件数", None, None, "令和9年2月10日締切"], ["令和9年1月末現在"]]])
def test_a_stamp_or_due_date_is_no_month_beside_the_as_of_line(tmp_path, lines):
    """A sent or due date (even in a line that also says 集計): 2027-01 from the as-of line (2027-02 was read)."""
    assert _products(_small(tmp_path, lines)) == {"団体生命共済": (2027, 1)}


def test_a_prefectures_due_date_in_the_title_leaves_its_report_month(tmp_path):
    """「…報告書（締切 令和9年2月10日）」 over 「報告月｜令和9年1月」: 2027-01 (the due date's 2027-02 was read)."""
    rows = [["令和8年度 新契約件数報告書（締切 令和9年2月10日）"], [None], ["県本部名", "自治労熊本県本部"],
            ["報告月", "令和9年1月"], [None], ["共済名", "年間目標", "累計実績"], ["団体生命共済", 250, 238],
            ["火災共済", 60, 41]]
    products, _ = read_contracts(_book(tmp_path / "熊本.xlsx", rows, title="報告書"))
    assert {(p.as_of.year, p.as_of.month) for p in products} == {(2027, 1)}


@pytest.mark.parametrize("note", ["※0件は「－」で表示（未報告は空欄）", "※0件は「－」で表示、空欄は0件ではなく未報告です",
                                  "※「－」は0件、空欄は0件ではありません（未報告）", "※目標以外の0件は「－」で表示"])
def test_dash_notes_that_also_speak_of_blanks(tmp_path, note):
    """福島's 実績 「－」 is 0 (it stayed blank)."""
    rows = [["令和8年度 新契約件数（令和8年12月末現在）"], [None], ["県支部", "目標", "実績"], ["宮城", 50, 44],
            ["福島", 40, "－"], [None], [note]]
    products, _ = read_contracts(_book(tmp_path / "注.xlsx", rows, title="団体生命共済"))
    assert [(b.name, b.actual) for b in products[0].branches] == [("宮城", 44), ("福島", 0)]


def test_quick_and_final_written_in_the_products_heading(tmp_path):
    """「団体生命共済｜団体生命共済（速報）｜団体生命共済（確定）」 over 目標｜実績｜実績: 確定 44 / 41 (速報 40 / 39 was
    read, with a warning)."""
    rows = [["令和8年度 新契約件数（令和8年12月末現在）"], [None],
            ["県支部", "団体生命共済", "団体生命共済（速報）", "団体生命共済（確定）"], [None, "目標", "実績", "実績"],
            ["宮城", 50, 40, 44], ["福島", 40, 39, 41]]
    products, problems = read_contracts(_book(tmp_path / "見出し.xlsx", rows, ("A3:A4",)))
    assert [(b.name, b.target, b.actual) for b in products[0].branches] == [("宮城", 50, 44), ("福島", 40, 41)]
    assert not [p for p in problems if p.code == "measure_twice"]
