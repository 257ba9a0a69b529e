"""Mends after a twelfth helper review (of the round's Report B rules as mended twice) and a fourteenth independent set:
renewals by their words, a made date beside a month, 「うち…」 rows, repeats judged over the sheet, 「件数」 beside a 区分
column, 速報 / 確定 headings that begin with a month or carry a year, dash notes in other words, a 計 left blank, a rate
in a split, month lines in other brackets, a sender's stamp, a 県本部's 「報告月」.  Every expected value is worked out
by hand from the cells typed here."""
from __future__ import annotations

from pathlib import Path

import pytest

from workbook_tools.io.contracts_reader import read_contracts

from one_sheet import book as _book

TITLE = "令和8年度 新契約件数（令和8年12月末現在）"
MONTH = "2026年12月"


def _read(path: Path, name: str = "団体生命共済"):
    products, problems = read_contracts(path)
    p = next(p for p in products if p.product == name)
    return [(b.name, b.target, b.actual) for b in p.branches], problems, p


def _split(tmp_path: Path, parts: list, data: list[tuple], name: str = "split.xlsx") -> Path:
    """火災共済 over 「目標｜実績」, 実績 merged over ``parts`` (row 5); ``data``: (県支部, 目標, [figures])."""
    last = chr(ord("C") + len(parts) - 1)
    rows = [[TITLE], [None], ["県支部", "火災共済"] + [None] * len(parts), [None, "目標", "実績"] + [None] * (len(parts) - 1),
            [None, None] + parts] + [[b, t] + v for b, t, v in data]
    return _book(tmp_path / name, rows, ("A3:A5", f"B3:{last}3", "B4:B5", f"C4:{last}4"))


@pytest.mark.parametrize("renewal, total", [("継続加入", "計"), ("継続・更新", "計"), ("継続（更新）", "計"), ("更新等", "合計")])
def test_renewals_in_other_words_and_their_total_are_not_new_contracts(tmp_path, renewal, total):
    """「新規｜継続加入｜計」 (and 継続・更新, 更新等): 新規 20 / 13 (the 計 with renewals, 320 / 213, was read)."""
    path = _split(tmp_path, ["新規", renewal, total], [("宮城", 50, [20, 300, 320]), ("福島", 40, [13, 200, 213])])
    assert _read(path, "火災共済")[0] == [("宮城", 50, 20), ("福島", 40, 13)]


def test_renewal_rows_in_other_words(tmp_path):
    """契約区分 rows 新規加入 / 継続加入 / 計: 新規加入 20 / 12 and 15 / 15 (the 計 with renewals was read)."""
    rows = [["県支部", "共済名", "契約区分", "目標", "実績", "集計月"],
            ["宮城", "自然災害共済", "新規加入", 20, 12, MONTH], ["宮城", "自然災害共済", "継続加入", None, 310, MONTH],
            ["宮城", "自然災害共済", "計", 20, 322, MONTH], ["福島", "自然災害共済", "新規加入", 15, 15, MONTH],
            ["福島", "自然災害共済", "継続加入", None, 200, MONTH], ["福島", "自然災害共済", "計", 15, 215, MONTH]]
    assert _read(_book(tmp_path / "継続.xlsx", rows), "自然災害共済")[0] == [("宮城", 20, 12), ("福島", 15, 15)]


def test_an_update_date_beside_a_products_month_keeps_it(tmp_path):
    """「2026年12月末現在（1/8更新）」 over 団体生命共済, 「2026年11月末現在」 over 自賠責共済: 2026-12 and 2026-11 (団体生命
    took 自賠責's month)."""
    rows = [["令和8年度 新契約件数"], [None, "2026年12月末現在（1/8更新）", None, "2026年11月末現在", None],
            ["県支部", "団体生命共済", None, "自賠責共済", None], [None, "目標", "実績", "目標", "実績"],
            ["宮城", 50, 44, 30, 20], ["福島", 40, 41, 20, 10]]
    products, _ = read_contracts(_book(tmp_path / "更新.xlsx", rows, ("B2:C2", "D2:E2", "B3:C3", "D3:E3", "A3:A4")))
    assert {p.product: (p.as_of.year, p.as_of.month) for p in products} == {"団体生命共済": (2026, 12),
                                                                            "自賠責共済": (2026, 11)}


@pytest.mark.parametrize("inside", ["うち切替", "うち家族"])
def test_a_row_of_which_is_inside_the_row_above(tmp_path, inside):
    """Rows 新規 12 + 「うち切替」 3: 12 (15 was read)."""
    rows = [["県支部", "共済名", "契約区分", "目標", "実績", "集計月"],
            ["宮城", "じちろうマイカー共済", "新規", 30, 12, MONTH], ["宮城", "じちろうマイカー共済", inside, None, 3, MONTH],
            ["福島", "じちろうマイカー共済", "新規", 25, 10, MONTH], ["福島", "じちろうマイカー共済", inside, None, 4, MONTH]]
    assert _read(_book(tmp_path / "うち.xlsx", rows), "じちろうマイカー共済")[0] == [("宮城", 30, 12), ("福島", 25, 10)]


def test_two_equal_parts_at_one_branch_are_still_added(tmp_path):
    """The target typed on 本人 and 家族 rows, the 実績 parted; 福島's parts happen to be 3 and 3: 25 / 6 (read 25 / 3)."""
    rows = [["県支部", "共済名", "加入区分", "目標", "実績", "集計月"],
            ["宮城", "団体生命共済", "本人", 30, 12, MONTH], ["宮城", "団体生命共済", "家族", 30, 5, MONTH],
            ["福島", "団体生命共済", "本人", 25, 3, MONTH], ["福島", "団体生命共済", "家族", 25, 3, MONTH],
            ["山形", "団体生命共済", "本人", 20, 8, MONTH], ["山形", "団体生命共済", "家族", 20, 2, MONTH]]
    assert _read(_book(tmp_path / "偶然.xlsx", rows))[0] == [("宮城", 30, 17), ("山形", 20, 10), ("福島", 25, 6)]


def test_a_count_column_beside_a_kind_of_figure_column_is_not_the_result(tmp_path):
    """目標件数｜区分（累計 / 単月）｜件数: the 件数 is not the 実績 row by row (単月 was read as 実績)."""
    rows = [["県支部", "共済名", "目標件数", "区分", "件数", "集計月"],
            ["宮城", "火災共済", 50, "累計", 44, MONTH], ["宮城", "火災共済", 50, "単月", 6, MONTH],
            ["福島", "火災共済", 40, "累計", 31, MONTH], ["福島", "火災共済", 40, "単月", 2, MONTH]]
    figures, problems, _ = _read(_book(tmp_path / "区分.xlsx", rows), "火災共済")
    assert [a for _, _, a in figures] != [6, 2]
    assert not [p for p in problems if p.code == "count_as_actual"]


@pytest.mark.parametrize("parts, expected", [
    (["12月末速報", "12月末確定"], [44, 30]), (["12月速報", "12月確定"], [44, 30]),
    (["速報（令和8年12月末）", "確定（令和8年12月末）"], [44, 30]),
    (["11月末確定", "12月末速報"], [41, 30]), (["確定（R8.11末）", "速報（R8.12末）"], [41, 30])])
def test_quick_and_final_headings_that_name_their_month(tmp_path, parts, expected):
    """Same month: 確定 where typed, else 速報 (44, 30); an older 確定 first: the newer 速報 whole (41, 30)."""
    figures = {"12月末速報": [41, 30], "12月速報": [41, 30], "速報（令和8年12月末）": [41, 30], "速報（R8.12末）": [41, 30],
               "12月末確定": [44, None], "12月確定": [44, None], "確定（令和8年12月末）": [44, None],
               "11月末確定": [38, 28], "確定（R8.11末）": [38, 28]}
    data = [(b, t, [figures[h][i] for h in parts]) for i, (b, t) in enumerate((("宮城", 50), ("福島", 40)))]
    figs, _, _ = _read(_split(tmp_path, parts, data), "火災共済")
    assert figs == [("宮城", 50, expected[0]), ("福島", 40, expected[1])]


@pytest.mark.parametrize("note", ["※「－」は契約なし（0件）、空欄は未報告", "※「－」は0件、未提出の県支部は空欄",
                                  "※目標の「－」は設定なし、実績の「－」は0件", "※（－）は0件", "※0件は「－」で表示しています"])
def test_dash_notes_in_other_words(tmp_path, note):
    """Each note says a 「－」 in the 実績 is 0: 福島 0 (it stayed blank)."""
    rows = [[TITLE], [None], ["県支部", "目標", "実績"], ["宮城", 50, 44], ["福島", 40, "－"], [None], [note]]
    assert _read(_book(tmp_path / "注.xlsx", rows, title="団体生命共済"))[0] == [("宮城", 50, 44), ("福島", 40, 0)]


def test_a_blank_total_is_its_parts_sum(tmp_path):
    """「本人｜家族｜計」 with 福島's 計 left blank: 15 + 7 = 22 (it was read blank)."""
    path = _split(tmp_path, ["本人", "家族", "計"], [("宮城", 50, [20, 5, 25]), ("福島", 40, [15, 7, None])])
    assert _read(path, "火災共済")[0] == [("宮城", 50, 25), ("福島", 40, 22)]


def test_a_rate_inside_the_split_result(tmp_path):
    """実績 merged over 「本人｜家族｜計｜到達率」: 計 25 / 22 (本人 was read)."""
    path = _split(tmp_path, ["本人", "家族", "計", "到達率"], [("宮城", 50, [20, 5, 25, 0.5]), ("福島", 40, [15, 7, 22, 0.55])])
    assert _read(path, "火災共済")[0] == [("宮城", 50, 25), ("福島", 40, 22)]


@pytest.mark.parametrize("line", ["【12月末現在】", "〔12月末現在〕", "《12月末現在》", "【実績は12月末現在】", "12月末現在（1月15日集計）"])
def test_month_lines_in_other_brackets(tmp_path, line):
    """Under 「令和8年度 新契約件数」: 2026-12 (no month was read)."""
    rows = [["令和8年度 新契約件数"], [line], [None], ["県支部", "目標", "実績"], ["宮城", 50, 44], ["福島", 40, 41]]
    p = _read(_book(tmp_path / "括弧.xlsx", rows, title="団体生命共済"))[2]
    assert (p.as_of.year, p.as_of.month) == (2026, 12)


def test_a_senders_date_stamp_is_no_month_of_the_figures(tmp_path):
    """「令和9年2月4日　中国地連事務局」 at the top right, 「1月末現在」 under the title: 2027-01 (2027-02 was read)."""
    rows = [["令和8年度 新契約件数 中国地連", None, None, None, None, "令和9年2月4日　中国地連事務局"], ["1月末現在"],
            ["県支部", "団体生命共済", None], [None, "目標", "実績"], ["岡山", 320, 312], ["広島", 440, 410]]
    p = _read(_book(tmp_path / "印.xlsx", rows, ("B3:C3", "A3:A4")))[2]
    assert (p.as_of.year, p.as_of.month) == (2027, 1)


def test_a_prefectures_own_report_month_field(tmp_path):
    """A 県本部's own report, 「報告月｜令和9年1月末」 above the products: 2027-01 (no month was read)."""
    rows = [["令和8年度 新契約件数報告書"], [None], ["県本部名", "自治労熊本県本部"], ["報告月", "令和9年1月末"],
            ["作成日", "令和9年2月6日"], [None], ["共済名", "年間目標", "累計実績"], ["団体生命共済", 250, 238],
            ["火災共済", 60, 41]]
    products, _ = read_contracts(_book(tmp_path / "熊本.xlsx", rows, title="報告書"))
    assert {(p.as_of.year, p.as_of.month) for p in products} == {(2027, 1)}
