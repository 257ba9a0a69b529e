"""Report B: a measure given in several columns (「実績」 over 「本人｜家族｜計」, 速報 and 確定), renewals in a system's
export, a note saying what a dash means, and a caption line with a mark before its month.  Each book is typed here in
a shape unlike set 12's (where these rules were found); every expected value is worked out by hand from the cells."""
from __future__ import annotations

from pathlib import Path


from workbook_tools.io.contracts_reader import read_contracts

from one_sheet import book as _book


def _read(path: Path, name: str = "団体生命共済"):
    products, problems = read_contracts(path)
    p = next(p for p in products if p.product == name)
    return [(b.name, b.target, b.actual) for b in p.branches], problems, p


def test_the_total_of_a_split_result_is_read_and_said(tmp_path):
    """実績 merged over 「男性｜女性｜合計」 (total on the right, headings two rows under the product): 合計 45 / 33,
    not 男性 20 / 18."""
    rows = [["令和8年度 新契約件数（令和8年12月末現在）"], [None],
            ["県支部", "団体生命共済", None, None, None], [None, "目標", "実績", None, None], [None, None, "男性", "女性", "合計"],
            ["宮城", 50, 20, 25, 45], ["福島", 40, 18, 15, 33]]
    path = _book(tmp_path / "男女.xlsx", rows, ("A3:A5", "B3:E3", "B4:B5", "C4:E4"))
    figures, problems, _ = _read(path)
    assert figures == [("宮城", 50, 45), ("福島", 40, 33)]
    said = [p for p in problems if p.code == "split_measure"]
    assert len(said) == 1 and "「合計」" in said[0].message and said[0].cell == "C4:E5"


def test_parts_with_no_total_are_added_and_said(tmp_path):
    """実績 merged over 「うち新規｜うち切替」 (no total): the parts are added, 27 / 20 (not 新規 alone, 20 / 18), and
    said, naming the columns."""
    rows = [["令和8年度 新契約件数（令和8年12月末現在）"], [None],
            ["県支部", "じちろうマイカー共済", None, None], [None, "目標", "実績", None], [None, None, "うち新規", "うち切替"],
            ["宮城", 50, 20, 7], ["福島", 40, 18, 2]]
    path = _book(tmp_path / "うち.xlsx", rows, ("A3:A5", "B3:D3", "B4:B5", "C4:D4"))
    figures, problems, _ = _read(path, "じちろうマイカー共済")
    assert figures == [("宮城", 50, 27), ("福島", 40, 20)]
    said = [p for p in problems if p.code == "split_measure_added"]
    assert len(said) == 1 and "うち新規｜うち切替" in said[0].message and said[0].cell == "C4:D5"
    assert not [p for p in problems if p.code == "measure_twice"]


def test_two_result_columns_of_their_own_are_said(tmp_path):
    """Two 「実績」 headings of one product side by side (not one merged over parts): the first is read as before, and
    a warning names them."""
    rows = [["令和8年度 新契約件数（令和8年12月末現在）"], [None], ["県支部", "火災共済", None, None],
            [None, "目標", "実績", "実績"], ["宮城", 50, 20, 7], ["福島", 40, 18, 2]]
    figures, problems, _ = _read(_book(tmp_path / "二.xlsx", rows, ("A3:A4", "B3:D3")), "火災共済")
    assert figures == [("宮城", 50, 20), ("福島", 40, 18)]
    assert [p.code for p in problems if p.code == "measure_twice"] == ["measure_twice"]


def test_final_over_quick_under_one_merged_result(tmp_path):
    """「実績」 merged over 「速報｜確定」 (the words on their own row): 確定 where typed, else 速報 — 宮城 44 (確定),
    福島 30 (速報; 確定 blank)."""
    rows = [["令和8年度 新契約件数（令和8年12月末現在）"], [None],
            ["県支部", "火災共済", None, None], [None, "目標", "実績", None], [None, None, "速報", "確定"],
            ["宮城", 50, 41, 44], ["福島", 40, 30, None]]
    path = _book(tmp_path / "速報.xlsx", rows, ("A3:A5", "B3:D3", "B4:B5", "C4:D4"))
    figures, problems, _ = _read(path, "火災共済")
    assert figures == [("宮城", 50, 44), ("福島", 40, 30)]
    assert [p.code for p in problems if p.code == "quick_and_final"] == ["quick_and_final"]


def test_quick_and_final_in_one_heading_each_turned(tmp_path):
    """Turned round (県支部 across, products down): 「実績（速報値）」 and 「実績（確報）」 rows: 確報 where typed."""
    rows = [["令和8年度 新契約件数（令和9年1月末現在）"], [None],
            ["共済", "区分", "宮城", "福島"],
            ["団体生命共済", "目標", 60, 45], [None, "実績（速報値）", 50, 41], [None, "実績（確報）", None, 43]]
    path = _book(tmp_path / "横.xlsx", rows, ("A4:A6",))
    figures, _, _ = _read(path)
    assert figures == [("宮城", 60, 50), ("福島", 45, 43)]


def test_renewal_rows_of_an_export_are_not_new_contracts(tmp_path):
    """A long export with 「契約区分」 新規 / 更新 rows: only 新規 are read (宮城 12 of target 20; the 更新 row's 310 and
    its blank target used to replace them)."""
    rows = [["県支部", "共済名", "契約区分", "目標", "実績", "集計月"],
            ["宮城", "自然災害共済", "新規", 20, 12, "2026年12月"], ["宮城", "自然災害共済", "更新", None, 310, "2026年12月"],
            ["福島", "自然災害共済", "新規", 15, 15, "2026年12月"], ["福島", "自然災害共済", "更新", None, 200, "2026年12月"]]
    path = _book(tmp_path / "更新.xlsx", rows)
    figures, problems, _ = _read(path, "自然災害共済")
    assert figures == [("宮城", 20, 12), ("福島", 15, 15)]
    said = [p for p in problems if p.code == "renewal_rows"]
    assert len(said) == 1 and said[0].cell == "C3〜C5"
    assert not [p for p in problems if p.code == "duplicate_branch"]


def test_a_kind_column_of_new_contracts_only_reads_every_row(tmp_path):
    """「契約区分」 all 新規 (the export filtered): nothing is left out and nothing said."""
    rows = [["県支部", "共済名", "契約区分", "目標", "実績", "集計月"],
            ["宮城", "火災共済", "新規", 20, 12, "2026年12月"], ["福島", "火災共済", "新規", 15, 16, "2026年12月"]]
    figures, problems, _ = _read(_book(tmp_path / "新規.xlsx", rows), "火災共済")
    assert figures == [("宮城", 20, 12), ("福島", 15, 16)]
    assert not [p for p in problems if p.code == "renewal_rows"]


def test_a_dash_is_zero_only_where_the_sheet_says_so(tmp_path):
    """「－は０件」 under the table: 福島's 「－」 is 0 (rate 0 %); 「－は未報告」 says the opposite: blank (未報告)."""
    def book(name, note):
        rows = [["令和8年度 新契約件数（令和8年12月末現在）"], [None], ["県支部", "目標", "実績"],
                ["宮城", 50, 44], ["福島", 40, "－"], [None], [note]]
        return _book(tmp_path / name, rows, title="団体生命共済")
    figures, problems, _ = _read(book("零.xlsx", "注：－は０件"))
    assert figures == [("宮城", 50, 44), ("福島", 40, 0)]
    said = [p for p in problems if p.code == "dash_zero"]
    assert len(said) == 1 and said[0].cell == "A7" and "1 か所" in said[0].message
    figures, problems, _ = _read(book("未.xlsx", "注：－は未報告"))
    assert figures == [("宮城", 50, 44), ("福島", 40, None)]
    assert not [p for p in problems if p.code == "dash_zero"]


def test_a_marked_caption_line_gives_the_month(tmp_path):
    """「●件数は1月末現在」 under a title 「令和8年度 …」 (June start): 2027-01."""
    rows = [["令和8年度 新契約件数"], ["●件数は1月末現在"], [None], ["県支部", "目標", "実績"], ["宮城", 50, 44],
            ["福島", 40, 41]]
    _, _, p = _read(_book(tmp_path / "印.xlsx", rows, title="団体生命共済"))
    assert (p.as_of.year, p.as_of.month) == (2027, 1)
