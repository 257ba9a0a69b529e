"""Mends after a sixth helper review (of Report B's rules added in the eleventh independent set and the fifth review's
mends): each book below was read wrong (a silent wrong figure, last year's sheet read, garbage products, a warning
where nothing is wrong) and is read right now; every expected value is worked out by hand from the cells typed here."""
from __future__ import annotations

from pathlib import Path

import openpyxl

from workbook_tools.io.contracts_reader import read_contracts


def _book(path: Path, sheets: dict[str, list[list]], merges: dict[str, list[str]] | None = None) -> Path:
    """A book of sheets given row by row (None: an empty cell), with merged ranges per sheet."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for r, row in enumerate(rows, start=1):
            for c, v in enumerate(row, start=1):
                if v is not None:
                    ws.cell(r, c, v)
        for m in (merges or {}).get(name, ()):
            ws.merge_cells(m)
    wb.save(path)
    return path


def _figures(products, name: str = "団体生命共済") -> list[tuple[str, int | None, int | None]]:
    p = next(p for p in products if p.product == name)
    return [(b.name, b.target, b.actual) for b in p.branches]


def _warnings(problems) -> list[str]:
    return [p.code for p in problems if p.severity.name != "INFO"]


def test_a_caption_over_the_table_never_makes_last_years_column_its_measure(tmp_path):
    """「■目標：前年度実績の105％」 / 「【実績】令和8年12月末現在」 over 県支部｜団体生命共済 with 「前年度実績｜目標｜実績」 under
    the product.  前年度実績 (95 / 76) is last year's, never read: 北海道 目標 100 実績 60, 青森 80 / 81 under either caption
    (the caption's measure was given to 前年度実績, read before the real column: 目標 95 / 76, or 実績 95 / 76, unsaid)."""
    for i, caption in enumerate(("■目標：前年度実績の105％", "【実績】令和8年12月末現在")):
        rows = [["令和8年度 新契約件数（2026年12月末現在）"], [caption],
                ["県支部", "団体生命共済", None, None], [None, "前年度実績", "目標", "実績"],
                ["北海道", 95, 100, 60], ["青森", 76, 80, 81]]
        path = _book(tmp_path / f"caption{i}.xlsx", {"集計": rows}, {"集計": ["A3:A4", "B3:D3"]})
        products, problems = read_contracts(path)
        assert _figures(products) == [("北海道", 100, 60), ("青森", 80, 81)], caption
        assert _warnings(problems) == []


def test_targets_per_half_year_with_the_branches_down_the_side_are_summed(tmp_path):
    """【目標】 over 県支部｜団体生命共済（上期｜下期）｜火災共済（上期｜下期）, 県支部 down the side, the 【実績】 table
    below.  目標 = 上期 + 下期: 団体生命 北海道 100 + 110 = 210, 青森 50 + 60 = 110; 火災 20 + 25 = 45, 10 + 12 = 22;
    実績 205 / 112 and 30 / 15; said (target_from_halves).  The same without 【】 (「令和8年度 推進目標（半期別）」) too.
    (上期 alone was read as the year's 目標, unsaid: 100 / 50 and 20 / 10; without 【】 no 目標 at all.)"""
    for i, caption in enumerate(("【目標】令和8年度 推進目標（半期別）", "令和8年度 推進目標（半期別）")):
        rows = [["令和8年度 新契約件数（2026年12月末現在）"], [None], [caption],
                ["県支部", "団体生命共済", None, "火災共済", None],
                [None, "上期（6～11月）", "下期（12～5月）", "上期（6～11月）", "下期（12～5月）"],
                ["北海道", 100, 110, 20, 25], ["青森", 50, 60, 10, 12], [None],
                ["【実績】累計実績 令和8年12月末現在"], ["県支部", "団体生命共済", "火災共済"],
                ["北海道", 205, 30], ["青森", 112, 15]]
        path = _book(tmp_path / f"halves{i}.xlsx", {"集計": rows}, {"集計": ["A4:A5", "B4:C4", "D4:E4"]})
        products, problems = read_contracts(path)
        assert _figures(products) == [("北海道", 210, 205), ("青森", 110, 112)], caption
        assert _figures(products, "火災共済") == [("北海道", 45, 30), ("青森", 22, 15)], caption
        assert _warnings(problems) == []
        assert [p.cell for p in problems if p.code == "target_from_halves"] == ["B5・C5", "D5・E5"]


def test_this_years_sheet_with_a_last_years_column_is_not_taken_for_one_made_ready(tmp_path):
    """「R7年度」 (last year, final: 90 / 95, 70 / 60) and 「R8年度」 (2026年12月末) whose table is 「目標｜累計｜前年実績」.
    R8's 累計 is this year's 実績 (60, 81): R8 is read, 北海道 100 / 60, 青森 80 / 81, 時点 2026-12, and R7 is said as
    last year's.  (Only headings holding 「実績」 were looked at: 前年実績 alone made R8 a sheet made ready ahead, and
    last year's R7 was read: 90 / 95.)"""
    r7 = [["令和7年度 新契約件数（確定）"], [None], ["県支部", "団体生命共済", None], [None, "目標", "実績"],
          ["北海道", 90, 95], ["青森", 70, 60]]
    r8 = [["令和8年度 新契約件数（2026年12月末現在）"], [None], ["県支部", "団体生命共済", None, None],
          [None, "目標", "累計", "前年実績"], ["北海道", 100, 60, 95], ["青森", 80, 81, 60]]
    path = _book(tmp_path / "years.xlsx", {"R7年度": r7, "R8年度": r8},
                 {"R7年度": ["A3:A4", "B3:C3"], "R8年度": ["A3:A4", "B3:D3"]})
    products, problems = read_contracts(path)
    assert _figures(products) == [("北海道", 100, 60), ("青森", 80, 81)]
    assert str(products[0].as_of) == "2026-12"
    assert [p.sheet for p in problems if p.code == "other_year_sheet"] == ["R7年度"]


def test_month_columns_of_two_products_side_by_side(tmp_path):
    """Two products side by side over the same months.  (a) 「実績（累計）」 merged over 「6月｜7月｜8月」 whose figures go
    down (10, 5, 7: single months): no column is the 実績 (blank), said once per product (month_columns_unread);
    (b) 「累計件数（各月末）」 over 「6月末｜7月末｜8月末」, growing: 実績 = 8月末, 団体生命 40 / 33, 火災 6 / 3, 時点 2026-08.
    (The repeated months made the whole row no month row: (a) read 6月 as the 実績, 10 / 3 and 2 / 1, unsaid;
    (b) lost both 実績.)"""
    merges = {"集計": ["B2:E2", "F2:I2", "C3:E3", "G3:I3", "A2:A4", "B3:B4", "F3:F4"]}
    single = [["令和8年度 新契約件数（2026年8月末現在）"],
              ["県支部", "団体生命共済", None, None, None, "火災共済", None, None, None],
              [None, "目標", "実績（累計）", None, None, "目標", "実績（累計）", None, None],
              [None, None, "6月", "7月", "8月", None, "6月", "7月", "8月"],
              ["北海道", 100, 10, 5, 7, 20, 2, 1, 3], ["青森", 80, 3, 4, 1, 10, 1, 0, 2]]
    products, problems = read_contracts(_book(tmp_path / "single.xlsx", {"集計": single}, merges))
    assert _figures(products) == [("北海道", 100, None), ("青森", 80, None)]
    assert _figures(products, "火災共済") == [("北海道", 20, None), ("青森", 10, None)]
    assert [p.cell for p in problems if p.code == "month_columns_unread"] == ["C4:E4", "G4:I4"]
    running = [["令和8年度 累計件数の推移"],
               ["県支部", "団体生命共済", None, None, None, "火災共済", None, None, None],
               [None, "年間目標", "累計件数（各月末）", None, None, "年間目標", "累計件数（各月末）", None, None],
               [None, None, "6月末", "7月末", "8月末", None, "6月末", "7月末", "8月末"],
               ["北海道", 100, 10, 25, 40, 20, 2, 3, 6], ["青森", 80, 8, 20, 33, 10, 1, 1, 3]]
    products, problems = read_contracts(_book(tmp_path / "running.xlsx", {"集計": running}, merges))
    assert _figures(products) == [("北海道", 100, 40), ("青森", 80, 33)]
    assert _figures(products, "火災共済") == [("北海道", 20, 6), ("青森", 10, 3)]
    assert [str(p.as_of) for p in products] == ["2026-08", "2026-08"]
    assert _warnings(problems) == []


def test_a_heading_row_pasted_one_column_left_with_a_blank_last_column_or_a_remark(tmp_path):
    """「目標｜実績｜目標｜実績」 typed from the 県支部 column on (one column left of its figures) under 団体生命共済｜火災共済:
    (a) 火災's 実績 not in yet (its column blank), (b) a 「備考」 heading at the row's end.  Both read moved one column
    right, said (shifted_headings): 団体生命 北海道 100 / 60, 青森 80 / 81; 火災 20 / blank, 10 / blank in (a), 20 / 25,
    10 / 4 in (b).  (The row was left where it was: 目標 and 実績 swapped, 60 / 100, unsaid.)"""
    top = [["件名: 令和8年度 新契約件数（2026年12月末）"], [None], [None], [None]]
    cases = {
        "a": (top + [["県支部", "団体生命共済", None, "火災共済", None], ["目標", "実績", "目標", "実績"],
                     ["北海道", 100, 60, 20, None], ["青森", 80, 81, 10, None]], [("北海道", 20, None), ("青森", 10, None)]),
        "b": (top + [["県支部", "団体生命共済", None, "火災共済", None, "備考"], ["目標", "実績", "目標", "実績", "備考"],
                     ["北海道", 100, 60, 20, 25, "12月分含む"], ["青森", 80, 81, 10, 4, None]],
              [("北海道", 20, 25), ("青森", 10, 4)]),
    }
    for key, (rows, fire) in cases.items():
        products, problems = read_contracts(_book(tmp_path / f"shift_{key}.xlsx", {"Sheet1": rows}))
        assert _figures(products) == [("北海道", 100, 60), ("青森", 80, 81)], key
        assert _figures(products, "火災共済") == fire, key
        assert "shifted_headings" in _warnings(problems)


def test_a_bracket_saying_the_month_alone_is_no_running_total(tmp_path):
    """「目標｜実績（単月）｜実績（累計）｜到達率」: 実績 = 累計, 北海道 60, 青森 81 (not the month's 5 / 3); a system's
    区分 「実績（累計）」 / 「実績（単月）」 likewise: 北海道 150 / 128, 青森 250 / 257, nothing warned (単月 was read, unsaid,
    and the export's rows gave 14 / 22 with a duplicate warned)."""
    rows = [["令和8年度 新契約件数（2027年1月末現在）"], [None, "団体生命共済"],
            ["県支部", "目標", "実績（単月）", "実績（累計）", "到達率"],
            ["北海道", 100, 5, 60, 0.6], ["青森", 80, 3, 81, 1.0]]
    products, problems = read_contracts(_book(tmp_path / "bracket.xlsx", {"集計": rows}, {"集計": ["B2:E2"]}))
    assert _figures(products) == [("北海道", 100, 60), ("青森", 80, 81)]
    rows = [["集計年月", "県支部名", "種目名", "区分", "件数"],
            [202612, "北海道", "団体生命", "目標", 150], [202612, "北海道", "団体生命", "実績（累計）", 128],
            [202612, "北海道", "団体生命", "実績（単月）", 14],
            [202612, "青森", "団体生命", "目標", 250], [202612, "青森", "団体生命", "実績（累計）", 257],
            [202612, "青森", "団体生命", "実績（単月）", 22]]
    products, problems = read_contracts(_book(tmp_path / "export.xlsx", {"Sheet1": rows}))
    assert _figures(products) == [("北海道", 150, 128), ("青森", 250, 257)]
    assert _warnings(problems) == []


def test_targets_per_half_year_end_at_the_results_caption_without_a_blank_row(tmp_path):
    """【目標】 over 共済名｜北海道｜青森｜岩手 (each over 上期｜下期), one row 団体生命共済, then at once (no blank row) the
    【実績】 table 県支部｜団生.  目標 = 上期 + 下期: 北海道 210, 青森 110, 岩手 65; 実績 205 / 112 / 60; no other product.
    (The 目標 table ran on into the 【実績】 rows: products 「県支部」, 「青森」 …, and no 実績.)"""
    rows = [["令和8年度 新契約件数"], [None], ["【目標】令和8年度 推進目標（半期別）"],
            ["共済名", "北海道", None, "青森", None, "岩手", None],
            [None, "上期（6～11月）", "下期（12～5月）", "上期（6～11月）", "下期（12～5月）", "上期（6～11月）", "下期（12～5月）"],
            ["団体生命共済", 100, 110, 50, 60, 30, 35],
            ["【実績】累計実績 令和8年12月末現在"], ["県支部", "団生"], ["青森", 112], ["北海道", 205], ["岩手", 60]]
    path = _book(tmp_path / "halves.xlsx", {"Sheet1": rows}, {"Sheet1": ["A4:A5", "B4:C4", "D4:E4", "F4:G4"]})
    products, problems = read_contracts(path)
    assert [p.product for p in products] == ["団体生命共済"]
    assert _figures(products) == [("北海道", 210, 205), ("青森", 110, 112), ("岩手", 65, 60)]
    assert _warnings(problems) == []


def test_a_deadline_month_is_no_as_of(tmp_path):
    """Title 「令和8年度 新契約件数 報告」, a line 「提出期限｜1月末」 (the deadline), no other month in the book; the file
    is 「新契約件数_R8.12末.xlsx」: 時点 2026-12 from the file name.  (「1月末」 was read as the 時点, 2027-01.)"""
    rows = [["令和8年度 新契約件数 報告"], [None, None, None, None, "提出期限", "1月末"], [None],
            ["県支部", "団体生命共済", None], [None, "目標", "実績"], ["北海道", 100, 90], ["青森", 80, 70]]
    path = _book(tmp_path / "新契約件数_R8.12末.xlsx", {"Sheet1": rows}, {"Sheet1": ["A4:A5", "B4:C4"]})
    products, problems = read_contracts(path)
    assert str(products[0].as_of) == "2026-12"
    assert [p.code for p in problems if p.code.startswith("as_of")] == ["as_of_from_file_name"]


def test_a_dash_for_the_result_is_no_branch_yet_to_report(tmp_path):
    """税制適格年金 目標｜実績 with 「－」 (HQ's way to print no contract) as 実績 of 青森, 岩手, 秋田: read as blank (no
    figure), and no WARNING branch_without_actual (that is for a 実績 left empty: 未報告)."""
    rows = [["令和8年度 新契約件数（2026年12月末現在）"], ["県支部", "税制適格年金", None], [None, "目標", "実績"],
            ["北海道", 3, 2], ["青森", 1, "－"], ["岩手", 0, "－"], ["宮城", 2, 1], ["秋田", 0, "－"]]
    products, problems = read_contracts(_book(tmp_path / "dash.xlsx", {"集計": rows}, {"集計": ["B2:C2", "A2:A3"]}))
    assert _figures(products, "税制適格年金") == [("北海道", 3, 2), ("青森", 1, None), ("岩手", 0, None),
                                               ("宮城", 2, 1), ("秋田", 0, None)]
    assert _warnings(problems) == []


def test_an_exports_record_count_in_the_branch_column_is_its_trailer(tmp_path):
    """A system's 区分｜件数 export closing with 「出力件数｜6」 (the 6 in the 県支部名 column) and 「*** 以上 ***」: both are
    the trailer (INFO export_trailer, A12〜A13), no WARNING; 北海道 150 / 128, 青森 250 / 257 (累計; 単月 not read).
    (The 出力件数 row was said as WARNING unknown_kind 区分「（空欄）」.)"""
    rows = [["帳票名", "新契約件数実績一覧"], ["集計年月", 202612], [None],
            ["集計年月", "県支部名", "種目名", "区分", "件数"],
            [202612, "北海道", "団体生命", "目標", 150], [202612, "北海道", "団体生命", "単月", 14],
            [202612, "北海道", "団体生命", "累計", 128], [202612, "青森", "団体生命", "目標", 250],
            [202612, "青森", "団体生命", "単月", 22], [202612, "青森", "団体生命", "累計", 257],
            [None], ["出力件数", 6], ["*** 以上 ***"]]
    products, problems = read_contracts(_book(tmp_path / "KY0420.xlsx", {"Sheet1": rows}))
    assert _figures(products) == [("北海道", 150, 128), ("青森", 250, 257)]
    assert _warnings(problems) == []
    assert [p.cell for p in problems if p.code == "export_trailer"] == ["A12〜A13"]
