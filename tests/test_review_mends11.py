"""Mends after an eleventh helper review (of the tenth's mends: parts added under one heading, rows of one 県支部
added by their 契約区分 / 加入区分).  Adding is only right for parts that make one count; each book below was read
wrong (a number doubled, a product lost, a target lost) by the first version; every expected value is worked out by
hand from the cells typed here."""
from __future__ import annotations

from pathlib import Path

import pytest

from workbook_tools.io.contracts_reader import read_contracts

from one_sheet import book as _book

TITLE = "令和8年度 新契約件数（令和8年12月末現在）"
MONTH = "2026年12月"
HEAD = ["県支部", "共済名", "加入区分", "目標", "実績", "集計月"]


def _read(path: Path, name: str = "団体生命共済"):
    products, problems = read_contracts(path)
    p = next((p for p in products if p.product == name), None)
    return ([(b.name, b.target, b.actual) for b in p.branches] if p else None), problems, products


def _split(tmp_path: Path, measure: str, parts: list[str], data: list[tuple]) -> Path:
    """火災共済 over 「目標｜実績」, ``measure`` merged over ``parts`` (row 5); ``data``: (県支部, [the row's figures])."""
    n = len(parts)
    if measure == "実績":
        heads = [None, "目標", "実績"] + [None] * (n - 1)
        subs = [None, None] + parts
        merges = ("A3:A5", f"B3:{chr(ord('B') + n)}3", "B4:B5", f"C4:{chr(ord('C') + n - 1)}4")
    else:
        heads = [None, "目標"] + [None] * (n - 1) + ["実績"]
        subs = [None] + parts + [None]
        merges = ("A3:A5", f"B3:{chr(ord('B') + n)}3", f"B4:{chr(ord('B') + n - 1)}4", f"{chr(ord('B') + n)}4:{chr(ord('B') + n)}5")
    rows = [[TITLE], [None], ["県支部", "火災共済"] + [None] * n, heads, subs] + [[b] + v for b, v in data]
    return _book(tmp_path / "split.xlsx", rows, merges)


def test_a_row_pasted_twice_is_a_duplicate_not_a_part(tmp_path):
    """An export filtered to 新規 (every 契約区分 新規), 宮城's row twice: 20 / 12, said as a duplicate (it was added:
    40 / 24)."""
    rows = [["県支部", "共済名", "契約区分", "目標", "実績", "集計月"], ["宮城", "自然災害共済", "新規", 20, 12, MONTH],
            ["宮城", "自然災害共済", "新規", 20, 12, MONTH], ["福島", "自然災害共済", "新規", 15, 9, MONTH]]
    figures, problems, _ = _read(_book(tmp_path / "二重.xlsx", rows), "自然災害共済")
    assert figures == [("宮城", 20, 12), ("福島", 15, 9)]
    assert [p.code for p in problems if p.code == "duplicate_branch"] == ["duplicate_branch"]


def test_the_kinds_total_row_is_the_figure_and_no_part(tmp_path):
    """本人｜家族｜「本人・家族計」 rows, and 火災共済 with a 計 row alone: 30 / 17, 25 / 14 and 40 / 22, 35 / 18 (the 計
    was added to its parts, 火災共済 lost)."""
    rows = [HEAD, ["宮城", "団体生命共済", "本人", 30, 12, MONTH], ["宮城", "団体生命共済", "家族", None, 5, MONTH],
            ["宮城", "団体生命共済", "本人・家族計", 30, 17, MONTH], ["宮城", "火災共済", "計", 40, 22, MONTH],
            ["福島", "団体生命共済", "本人", 25, 10, MONTH], ["福島", "団体生命共済", "家族", None, 4, MONTH],
            ["福島", "団体生命共済", "本人・家族計", 25, 14, MONTH], ["福島", "火災共済", "計", 35, 18, MONTH]]
    path = _book(tmp_path / "計.xlsx", rows)
    assert _read(path)[0] == [("宮城", 30, 17), ("福島", 25, 14)]
    assert _read(path, "火災共済")[0] == [("宮城", 40, 22), ("福島", 35, 18)]


def test_a_target_typed_on_the_total_row_alone(tmp_path):
    """新規｜切替｜計 rows, the 目標 only on 計: 30 / 17, 25 / 14 (the target was lost)."""
    rows = [["県支部", "共済名", "契約区分", "目標", "実績", "集計月"],
            ["宮城", "じちろうマイカー共済", "新規", None, 12, MONTH], ["宮城", "じちろうマイカー共済", "切替", None, 5, MONTH],
            ["宮城", "じちろうマイカー共済", "計", 30, 17, MONTH], ["福島", "じちろうマイカー共済", "新規", None, 10, MONTH],
            ["福島", "じちろうマイカー共済", "切替", None, 4, MONTH], ["福島", "じちろうマイカー共済", "計", 25, 14, MONTH]]
    assert _read(_book(tmp_path / "目標.xlsx", rows), "じちろうマイカー共済")[0] == [("宮城", 30, 17), ("福島", 25, 14)]


def test_the_products_figures_repeated_on_each_kind_are_read_once(tmp_path):
    """本人 / 家族 rows each carrying the product's 目標 and 実績 (and their own 加入者数): 30 / 17 (doubled: 60 / 34);
    the target alone repeated with the 実績 parted: 30 and 12 + 5 = 17."""
    rows = [["県支部", "共済名", "加入区分", "加入者数", "目標", "実績", "集計月"],
            ["宮城", "団体生命共済", "本人", 800, 30, 17, MONTH], ["宮城", "団体生命共済", "家族", 300, 30, 17, MONTH],
            ["福島", "団体生命共済", "本人", 600, 25, 14, MONTH], ["福島", "団体生命共済", "家族", 200, 25, 14, MONTH]]
    assert _read(_book(tmp_path / "繰返し.xlsx", rows))[0] == [("宮城", 30, 17), ("福島", 25, 14)]
    rows = [HEAD, ["宮城", "団体生命共済", "本人", 30, 12, MONTH], ["宮城", "団体生命共済", "家族", 30, 5, MONTH],
            ["福島", "団体生命共済", "本人", 25, 10, MONTH], ["福島", "団体生命共済", "家族", 25, 4, MONTH]]
    figures, problems, _ = _read(_book(tmp_path / "目標繰返し.xlsx", rows))
    assert figures == [("宮城", 30, 17), ("福島", 25, 14)]
    assert [p.code for p in problems if p.code == "kind_target_once"] == ["kind_target_once"]


def test_a_part_of_a_branch_is_not_added_to_it(tmp_path):
    """宮城 12 and 「宮城（うち仙台市）」 5 under a 加入区分 column: 宮城 12 (it was 17)."""
    rows = [HEAD, ["宮城", "火災共済", "本人", 20, 12, MONTH], ["宮城（うち仙台市）", "火災共済", "本人", None, 5, MONTH],
            ["福島", "火災共済", "本人", 15, 9, MONTH]]
    assert _read(_book(tmp_path / "一部.xlsx", rows), "火災共済")[0] == [("宮城", 20, 12), ("福島", 15, 9)]


def test_kinds_that_are_not_a_breakdown_are_not_added(tmp_path):
    """加入区分 as codes 「1」「2」 (which is a renewal is not said): never added (5 + 3 would be a guess); said as
    duplicates as before."""
    rows = [HEAD, ["宮城", "火災共済", 1, None, 2, MONTH], ["宮城", "火災共済", 2, None, 5, MONTH],
            ["福島", "火災共済", 1, None, 1, MONTH], ["福島", "火災共済", 2, None, 3, MONTH]]
    figures, problems, _ = _read(_book(tmp_path / "番号.xlsx", rows), "火災共済")
    assert [a for _, _, a in figures] != [7, 4]
    assert [p.code for p in problems].count("duplicate_branch") == 2


@pytest.mark.parametrize("other", ["人数", "口数", "台数", "加入者数", "うち新規", "昨年同期", "保障額", "割合", "達成度"])
def test_a_figure_of_another_kind_beside_the_count_is_never_added(tmp_path, other):
    """「件数｜人数」 (口数, 台数, 保障額, …) under 実績: 件数 20 / 18 (the two were added)."""
    path = _split(tmp_path, "実績", ["件数", other], [("宮城", [50, 20, 23]), ("福島", [40, 18, 15])])
    assert _read(path, "火災共済")[0] == [("宮城", 50, 20), ("福島", 40, 18)]


def test_last_times_figure_beside_this_times_is_never_added(tmp_path):
    """「前回｜今回」 under 実績: 今回 27 / 20 (前回 first: it was read, or both added)."""
    path = _split(tmp_path, "実績", ["前回", "今回"], [("宮城", [50, 20, 27]), ("福島", [40, 18, 20])])
    assert _read(path, "火災共済")[0] == [("宮城", 50, 27), ("福島", 40, 20)]


def test_a_whole_beside_its_own_part_is_the_figure(tmp_path):
    """「本人｜うち家族」 under 実績: 本人 20 / 18 holds 家族 already (they were added: 27 / 20)."""
    path = _split(tmp_path, "実績", ["本人", "うち家族"], [("宮城", [50, 20, 7]), ("福島", [40, 18, 2])])
    assert _read(path, "火災共済")[0] == [("宮城", 50, 20), ("福島", 40, 18)]


@pytest.mark.parametrize("parts, target", [(["年間", "月間"], [120, 96]), (["年間", "進捗基準"], [120, 96]),
                                           (["当初", "修正後"], [100, 90]), (["当初", "見直し後"], [100, 90])])
def test_a_target_over_two_columns(tmp_path, parts, target):
    """目標 over 「年間｜月間」: 年間 120 / 96; over 「当初｜修正後」: the revised 100 / 90 (they were added)."""
    path = _split(tmp_path, "目標", parts, [("宮城", [120, 10 if "月間" in parts else 100, 44]),
                                             ("福島", [96, 8 if "月間" in parts else 90, 30])])
    assert [t for _, t, _ in _read(path, "火災共済")[0]] == target


@pytest.mark.parametrize("parts", [["速報(1/31)", "確定(12/31)"], ["1/31速報", "12/31確定"], ["速報（今月分）", "確定（前回分）"]])
def test_a_months_date_or_last_time_under_quick_and_final(tmp_path, parts):
    """速報 of 31 January beside 確定 of 31 December: the newer 25 / 16 (the older 20 / 13 was read)."""
    path = _split(tmp_path, "実績", parts, [("宮城", [50, 25, 20]), ("福島", [40, 16, 13])])
    assert _read(path, "火災共済")[0] == [("宮城", 50, 25), ("福島", 40, 16)]


@pytest.mark.parametrize("word", ["未確定", "集計中", "未"])
def test_a_word_in_the_final_cell_leaves_the_quick_figure(tmp_path, word):
    """福島's 確定 「未確定」: 速報 30 (it was read blank, with an error)."""
    path = _split(tmp_path, "実績", ["速報", "確定"], [("宮城", [50, 41, 44]), ("福島", [40, 30, word])])
    figures, problems, _ = _read(path, "火災共済")
    assert figures == [("宮城", 50, 44), ("福島", 40, 30)]
    assert not [p for p in problems if p.code == "bad_number"]


@pytest.mark.parametrize("note", ["※「－」は報告なし", "※－は回答なし", "※「－」：提出なし", "※「－」はデータなし",
                                  "※「－」は前年0件（前年比算出不能）", "※「－」は前年実績なし", "※「－」は目標設定なし",
                                  "※「－」は取扱いなし"])
def test_a_dash_note_that_does_not_say_no_contract(tmp_path, note):
    """Notes meaning "not reported" or about another figure: 福島's 「－」 stays blank (it was read 0)."""
    rows = [[TITLE], [None], ["県支部", "目標", "実績"], ["宮城", 50, 44], ["福島", 40, "－"], [None], [note]]
    assert _read(_book(tmp_path / "注.xlsx", rows, title="団体生命共済"))[0] == [("宮城", 50, 44), ("福島", 40, None)]


@pytest.mark.parametrize("line", ["●件数は5月末現在（前年度）", "※数値は3月末現在（前年度末）", "●件数は12月末現在（令和7年）"])
def test_a_bracket_naming_another_year_is_no_as_of_of_this_one(tmp_path, line):
    """A bracket after the month naming last year: no 時点 this year (it was read 2027-05, 2027-03, 2026-12)."""
    rows = [["令和8年度 新契約件数"], [line], [None], ["県支部", "目標", "実績"], ["宮城", 50, 44], ["福島", 40, 41]]
    products, _ = read_contracts(_book(tmp_path / "年.xlsx", rows, title="団体生命共済"))
    assert products[0].as_of is None


def test_the_branch_without_a_result_is_the_one_named(tmp_path):
    """A 加入区分 list: 宮城's 実績 blank, 福島's 「－」 (no contract): the warning names 宮城, not 福島."""
    rows = [HEAD, ["岩手", "火災共済", "本人", 10, 7, MONTH], ["宮城", "火災共済", "本人", 20, None, MONTH],
            ["福島", "火災共済", "本人", 15, "－", MONTH]]
    _, problems, _ = _read(_book(tmp_path / "空欄.xlsx", rows), "火災共済")
    said = [p.message for p in problems if p.code == "branch_without_actual"]
    assert len(said) == 1 and "（宮城）" in said[0]


def test_the_renewal_columns_named_at_their_headings(tmp_path):
    """「新規｜継続｜計」 under 実績 with a row of units 「件」 under them: 継続 and 計 named at their own cells."""
    rows = [[TITLE], [None], ["県支部", "火災共済", None, None, None], [None, "目標", "実績", None, None],
            [None, None, "新規", "継続", "計"], [None, "件", "件", "件", "件"],
            ["宮城", 50, 20, 300, 320], ["福島", 40, 13, 200, 213]]
    figures, problems, _ = _read(_book(tmp_path / "単位.xlsx", rows, ("A3:A6", "B3:E3", "B4:B5", "C4:E4")), "火災共済")
    assert figures == [("宮城", 50, 20), ("福島", 40, 13)]
    said = [p for p in problems if p.code == "renewal_columns"]
    assert len(said) == 1 and said[0].cell == "D5・E5" and "「継続」・「計」" in said[0].message
