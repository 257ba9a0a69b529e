"""Mends after a tenth helper review (of the twenty-first round's Report B rules: a measure over several columns,
renewal rows, a note saying what a dash means, a marked caption line).  Each book below was read wrong by the first
version of a rule; every expected value is worked out by hand from the cells typed here."""
from __future__ import annotations

from pathlib import Path

import pytest

from workbook_tools.io.contracts_reader import read_contracts

from one_sheet import book as _book

TITLE = "令和8年度 新契約件数（令和8年12月末現在）"


def _split(tmp_path: Path, name: str, parts: list[str], data: list[tuple]) -> Path:
    """団体生命共済 over 「目標｜実績」, 実績 merged over ``parts`` (row 5); ``data``: (県支部, 目標, [parts' figures])."""
    last = chr(ord("C") + len(parts) - 1)
    rows = [[TITLE], [None], ["県支部", "団体生命共済"] + [None] * len(parts), [None, "目標", "実績"] + [None] * (len(parts) - 1),
            [None, None] + parts] + [[b, t] + v for b, t, v in data]
    return _book(tmp_path / name, rows, ("A3:A5", f"B3:{last}3", "B4:B5", f"C4:{last}4"))


def _read(path: Path, name: str = "団体生命共済"):
    products, problems = read_contracts(path)
    p = next(p for p in products if p.product == name)
    return [(b.name, b.target, b.actual) for b in p.branches], problems, p


def test_the_total_of_new_and_renewed_is_no_new_contract_count(tmp_path):
    """「新規｜継続｜計」 under 実績: the 計 counts renewals; 新規 20 / 13 is the count (320 / 213 were read)."""
    path = _split(tmp_path, "継続.xlsx", ["新規", "継続", "計"], [("宮城", 50, [20, 300, 320]), ("福島", 40, [13, 200, 213])])
    figures, problems, _ = _read(path)
    assert figures == [("宮城", 50, 20), ("福島", 40, 13)]
    assert [p.code for p in problems if p.code == "renewal_columns"] == ["renewal_columns"]


@pytest.mark.parametrize("parts", [["12月末速報", "11月末確定"], ["速報（12月末）", "確定（11月末）"], ["当月速報", "前月確定"]])
def test_last_months_final_figure_never_replaces_this_months_quick_one(tmp_path, parts):
    """速報 of December beside 確定 of November: the newer month, 25 / 16 (November's 20 / 13 were read)."""
    path = _split(tmp_path, "月.xlsx", parts, [("宮城", 50, [25, 20]), ("福島", 40, [16, 13])])
    assert _read(path)[0] == [("宮城", 50, 25), ("福島", 40, 16)]


def test_months_under_the_result_keep_the_target(tmp_path):
    """「11月｜12月｜計」 under 実績: months are for the month rules; the 目標 50 / 40 stays (it was lost)."""
    path = _split(tmp_path, "月別.xlsx", ["11月", "12月", "計"], [("宮城", 50, [5, 6, 11]), ("福島", 40, [3, 4, 7])])
    figures, problems, _ = _read(path)
    assert [t for _, t, _ in figures] == [50, 40]
    assert not [p for p in problems if p.code == "product_twice"]


@pytest.mark.parametrize("other", ["構成比", "前年比", "前年差", "順位"])
def test_a_figure_beside_the_count_raises_no_warning(tmp_path, other):
    """「件数｜構成比」 (or 前年比, 前年差, 順位) under 実績: 件数 20 / 13, and no warning to remove a column."""
    path = _split(tmp_path, "横.xlsx", ["件数", other], [("宮城", 50, [20, 1]), ("福島", 40, [13, 2])])
    figures, problems, _ = _read(path)
    assert figures == [("宮城", 50, 20), ("福島", 40, 13)]
    assert not [p for p in problems if p.code == "measure_twice"]


def test_a_dash_for_a_final_figure_not_yet_come_leaves_the_quick_one(tmp_path):
    """確定 「－」 on a sheet noting 「－」は契約なし: 福島's 速報 30 (it was read 0)."""
    rows = [[TITLE], [None], ["県支部", "火災共済", None, None], [None, "目標", "実績（速報）", "実績（確定）"],
            ["宮城", 50, 41, 44], ["福島", 40, 30, "－"], [None], ["※「－」は契約なし"]]
    path = _book(tmp_path / "確定.xlsx", rows, ("A3:A4", "B3:D3"))
    assert _read(path, "火災共済")[0] == [("宮城", 50, 44), ("福島", 40, 30)]


def test_a_dash_in_a_target_is_no_target_of_zero(tmp_path):
    """「－」 in 目標 under the note 「※「－」は契約なし」: the target stays blank; the 実績 「－」 is 0."""
    rows = [[TITLE], [None], ["県支部", "目標", "実績"], ["宮城", "－", 3], ["福島", 10, "－"], [None], ["※「－」は契約なし"]]
    figures, problems, _ = _read(_book(tmp_path / "目標.xlsx", rows, title="自賠責共済"), "自賠責共済")
    assert figures == [("宮城", None, 3), ("福島", 10, 0)]
    assert [p.message for p in problems if p.code == "dash_zero"][0].startswith("「－」の欄（1 か所）")


def test_a_dash_note_about_another_column_is_not_about_the_result(tmp_path):
    """「※前年比の「－」は該当なし」: 福島's 実績 「－」 stays blank (it was read 0)."""
    rows = [[TITLE], [None], ["県支部", "目標", "実績", "前年比"], ["宮城", 50, 44, 1.1], ["福島", 40, "－", "－"],
            [None], ["※前年比の「－」は該当なし（前年0件）"]]
    figures, problems, _ = _read(_book(tmp_path / "前年比.xlsx", rows, title="団体生命共済"))
    assert figures == [("宮城", 50, 44), ("福島", 40, None)]
    assert not [p for p in problems if p.code == "dash_zero"]


@pytest.mark.parametrize("ditto", ["〃", None])
def test_a_renewal_row_keeps_the_product_for_the_rows_under_it(tmp_path, ditto):
    """A 〃 (or blank) product under a skipped 継続 row is the product above: 福島 15 / 15 (it went to a product
    「〃」, or was dropped)."""
    rows = [["県支部", "共済名", "契約区分", "目標", "実績", "集計月"],
            ["宮城", "自然災害共済", "新規", 20, 12, "2026年12月"], ["宮城", ditto, "継続", None, 310, "2026年12月"],
            ["福島", ditto, "新規", 15, 15, "2026年12月"], ["福島", ditto, "継続", None, 200, "2026年12月"]]
    assert _read(_book(tmp_path / "〃.xlsx", rows), "自然災害共済")[0] == [("宮城", 20, 12), ("福島", 15, 15)]


def test_the_kinds_own_total_row_is_not_read(tmp_path):
    """「新規｜継続｜計」 rows: 新規 20 → 12, the 計 row (322) is neither read nor added; said."""
    rows = [["県支部", "共済名", "契約区分", "目標", "実績", "集計月"],
            ["宮城", "自然災害共済", "新規", 20, 12, "2026年12月"], ["宮城", "自然災害共済", "継続", None, 310, "2026年12月"],
            ["宮城", "自然災害共済", "計", 20, 322, "2026年12月"],
            ["福島", "自然災害共済", "新規", 15, 15, "2026年12月"], ["福島", "自然災害共済", "継続", None, 200, "2026年12月"],
            ["福島", "自然災害共済", "計", 15, 215, "2026年12月"]]
    figures, problems, _ = _read(_book(tmp_path / "計.xlsx", rows), "自然災害共済")
    assert figures == [("宮城", 20, 12), ("福島", 15, 15)]
    said = {p.code: p for p in problems}
    assert said["kind_total_skipped"].cell == "C4〜C7" and "（新規）" in said["renewal_rows"].message


@pytest.mark.parametrize("line", ["（提出期限）1月末", "（締切）1月末", "(次回報告)1月末現在", "（前年度）5月末現在",
                                  "・1月分（12月末締め）"])
def test_a_bracketed_label_before_a_month_is_no_as_of_line(tmp_path, line):
    """A due date or last year's month written as a line: no 時点 (it was read as the figures' month)."""
    rows = [["令和8年度 新契約件数"], [line], [None], ["県支部", "目標", "実績"], ["宮城", 50, 44], ["福島", 40, 41]]
    assert _read(_book(tmp_path / "期限.xlsx", rows, title="団体生命共済"))[2].as_of is None
