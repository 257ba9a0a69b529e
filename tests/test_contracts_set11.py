"""Report B habits of the eleventh set (tests/legacy_contracts11, "how the figures arrived"), each on a small book typed
here: every expected value is worked out by hand from the cells below, and every test fails on the reader before
these rules (the wrong or missing reading it gave is in each docstring).  FY2026 = 令和8年度 = 2026-06 … 2027-05."""
from __future__ import annotations

from pathlib import Path


from workbook_tools.core.calendar import YearMonth
from workbook_tools.io.contracts_reader import read_contracts

from one_sheet import book as _book


def _product(products, name: str):
    return next(p for p in products if p.product == name)


def _figures(products, name: str = "団体生命共済") -> list[tuple[str, int | None, int | None]]:
    return [(b.name, b.target, b.actual) for b in _product(products, name).branches]


def _codes(problems) -> set[str]:
    return {p.code for p in problems}


def test_actual_merged_over_single_month_and_cumulative_reads_the_cumulative(tmp_path):
    """実績 merged over 「単月｜累計」: the report's 実績 is 累計, 北海道 60 and 青森 81 (the 単月 column 5 / 3 was read,
    silently, as the first column under 実績)."""
    rows = [["令和8年度 新契約件数（2027年1月末現在）"],
            [None, "団体生命共済"],
            ["県支部", "目標", "実績", None, "到達率"],
            [None, None, "単月", "累計"],
            ["北海道", 100, 5, 60, 0.6],
            ["青森", 80, 3, 81, 1.0]]
    products, problems = read_contracts(_book(tmp_path / "単月累計.xlsx", rows,
                                              ("B2:E2", "A3:A4", "B3:B4", "C3:D3", "E3:E4")))
    assert _figures(products) == [("北海道", 100, 60), ("青森", 80, 81)]
    assert _product(products, "団体生命共済").as_of == YearMonth(2027, 1)


def test_chokyo_is_long_term_mutual_aid(tmp_path):
    """「長共」 over 目標｜実績 is 長期共済 (the file was refused: no product heading found; beside a known product it
    was kept as an unknown product 「長共」)."""
    rows = [["令和8年度 新契約件数（2026年12月末現在）"],
            ["県支部", "長共"],
            [None, "目標", "実績"],
            ["北海道", 40, 28],
            ["青森", 45, 46]]
    products, problems = read_contracts(_book(tmp_path / "長共.xlsx", rows, ("A2:A3", "B2:C2")))
    assert [p.product for p in products] == ["長期共済"]
    assert _figures(products, "長期共済") == [("北海道", 40, 28), ("青森", 45, 46)]
    assert "unknown_product" not in _codes(problems)


def test_a_month_alone_under_the_fiscal_title_is_in_the_campaign_year(tmp_path):
    """Title 「令和8年度 新契約件数 月報」 with 「1月末現在」 on the line below: 団体生命共済 is 2027-01 (令和8年度 starts in
    June 2026, so its January is 2027's), said as a year supplied; the note 「※火災は12月末現在」 gives 火災共済 2026-12.
    (団体生命共済 had no 時点 at all.)"""
    rows = [["令和8年度 新契約件数 月報"],
            ["1月末現在", None, None, "※火災は12月末現在"],
            ["県支部", "団体生命共済", None, "火災共済"],
            [None, "目標", "実績", "目標", "実績"],
            ["北海道", 100, 90, 20, 21],
            ["青森", 80, 70, 10, 9]]
    products, problems = read_contracts(_book(tmp_path / "月報.xlsx", rows, ("A3:A4", "B3:C3", "D3:E3"),
                                              title="1月"))
    assert _product(products, "団体生命共済").as_of == YearMonth(2027, 1)
    assert _product(products, "火災共済").as_of == YearMonth(2026, 12)
    assert any(p.code == "as_of_year_inferred" and p.cell == "A2" for p in problems)


def test_the_send_date_of_a_pasted_mail_is_no_as_of(tmp_path):
    """A table pasted out of an e-mail: 「送信日時: 2027年1月8日」 is when it was sent; the 件名 「令和8年度 新契約件数
    （12月末）」 gives 2026-12 (2027-01 was read from the send date)."""
    rows = [["差出人: 地連 共済担当"],
            ["送信日時: 2027年1月8日 10:12"],
            ["件名: 令和8年度 新契約件数（12月末）"],
            [None],
            ["県支部", "団体生命共済", None],
            [None, "目標", "実績"],
            ["北海道", 100, 90],
            ["青森", 80, 70]]
    products, _ = read_contracts(_book(tmp_path / "メール.xlsx", rows, ("A5:A6", "B5:C5")))
    assert _product(products, "団体生命共済").as_of == YearMonth(2026, 12)


def test_a_heading_row_one_column_left_of_its_figures_is_moved_back_and_said(tmp_path):
    """The merges lost in a paste: 「目標｜実績｜目標｜実績」 starts in column A (the 県支部 column) while the figures
    are in B:E.  Read one column right: 団体生命共済 北海道 目標 100 実績 60, 火災共済 20 / 25, with a warning naming
    A6:D6 (目標 and 実績 were swapped, 北海道 目標 60 実績 100, without a word)."""
    rows = [["件名: 令和8年度 新契約件数（2026年12月末）"],
            [None],
            [None],
            [None],
            ["県支部", "団体生命共済", None, "火災共済", None],
            ["目標", "実績", "目標", "実績"],
            ["北海道", 100, 60, 20, 25],
            ["青森", 80, 81, 10, 4]]
    products, problems = read_contracts(_book(tmp_path / "貼付.xlsx", rows))
    assert _figures(products) == [("北海道", 100, 60), ("青森", 80, 81)]
    assert _figures(products, "火災共済") == [("北海道", 20, 25), ("青森", 10, 4)]
    shifted = [p for p in problems if p.code == "shifted_headings"]
    assert [(p.severity.name, p.cell) for p in shifted] == [("WARNING", "A6:D6")]


def test_month_end_cumulative_columns_give_the_last_filled_one(tmp_path):
    """「累計件数（各月末）」 over 「6月末｜7月末｜8月末｜9月末」, filled through 8月末: each column is already the year so
    far, so 実績 is 8月末's 40 / 33 (never 10+25+40), 時点 2026-08 (令和8年度); 岩手 left 8月末 blank: no 実績 (its 7月末
    12 is an older month), said.  (No 実績 was read at all.)"""
    rows = [["令和8年度 団体生命共済 累計件数の推移"],
            [None],
            ["県支部", "年間目標", "累計件数（各月末）", None, None, None],
            [None, None, "6月末", "7月末", "8月末", "9月末"],
            ["北海道", 100, 10, 25, 40, None],
            ["青森", 80, 8, 20, 33, None],
            ["岩手", 50, 5, 12, None, None]]
    products, problems = read_contracts(_book(tmp_path / "累計推移.xlsx", rows, ("A3:A4", "B3:B4", "C3:F3"),
                                              title="団体生命"))
    assert _figures(products) == [("北海道", 100, 40), ("青森", 80, 33), ("岩手", 50, None)]
    assert _product(products, "団体生命共済").as_of == YearMonth(2026, 8)
    assert {"actual_last_month_end", "month_end_blank"} <= _codes(problems)
    assert next(p for p in problems if p.code == "month_end_blank").cell == "E7"


def test_month_columns_under_a_running_band_that_do_not_run_are_not_read(tmp_path):
    """「実績（累計）」 merged over 「6月｜7月｜8月」 whose figures go down (北海道 10, 5, 7): neither running totals nor
    surely single months, so no column is the 実績 (blank), said (6月's 10 / 3 was read, without a word)."""
    rows = [["令和8年度 新契約件数（2026年8月末現在）"],
            ["県支部", "団体生命共済", None, None, None],
            [None, "目標", "実績（累計）", None, None],
            [None, None, "6月", "7月", "8月"],
            ["北海道", 100, 10, 5, 7],
            ["青森", 80, 3, 4, 1]]
    products, problems = read_contracts(_book(tmp_path / "月別.xlsx", rows, ("B2:E2", "C3:E3", "A2:A4", "B3:B4")))
    assert _figures(products) == [("北海道", 100, None), ("青森", 80, None)]
    assert [p.cell for p in problems if p.code == "month_columns_unread"] == ["C4:E4"]


def test_prior_months_total_plus_this_month_is_the_actual(tmp_path):
    """「前月までの累計｜当月（12月）」 and no 累計 column: 実績 = 690 + 61 = 751 for 北海道, 284 + 「－」 = 284 for 青森;
    時点 2026-12 from 「（12月分）」 under 令和8年度; said.  (No 実績 was read.)"""
    rows = [["令和8年度 重点県支部 新契約件数（12月分）"],
            [None],
            ["県支部", "団体生命共済", None, None, None],
            [None, "年間目標", "前月までの累計", "当月（12月）", "到達率"],
            ["北海道", 850, 690, 61, 0.88],
            ["青森", 310, 284, "－", 0.91]]
    products, problems = read_contracts(_book(tmp_path / "12月分.xlsx", rows, ("A3:A4", "B3:E3")))
    assert _figures(products) == [("北海道", 850, 751), ("青森", 310, 284)]
    assert _product(products, "団体生命共済").as_of == YearMonth(2026, 12)
    assert "actual_from_prior_and_month" in _codes(problems)


def test_a_long_export_with_kind_and_count_columns(tmp_path):
    """A system's CSV opened in Excel: one row per 県支部 × 種目 × 区分 (目標 / 単月 / 累計) with the figure in 件数,
    export data above and 「出力件数｜6」 「*** 以上 ***」 under it.  北海道 目標 150 実績 (累計) 128, 青森 250 / 257 (no
    目標 nor 実績 was read, each 区分 row said as a duplicate of the one before, and the trailer rows gave no_product
    errors)."""
    rows = [["帳票名", "新契約件数実績一覧"],
            ["集計年月", 202612],
            [None],
            ["集計年月", "県支部名", "種目名", "区分", "件数"],
            [202612, "北海道", "団体生命", "目標", 150],
            [202612, "北海道", "団体生命", "単月", 14],
            [202612, "北海道", "団体生命", "累計", 128],
            [202612, "青森", "団体生命", "目標", 250],
            [202612, "青森", "団体生命", "単月", 22],
            [202612, "青森", "団体生命", "累計", 257],
            [None],
            ["出力件数", 6],
            ["*** 以上 ***"]]
    products, problems = read_contracts(_book(tmp_path / "KY0420.xlsx", rows))
    assert _figures(products) == [("北海道", 150, 128), ("青森", 250, 257)]
    assert _product(products, "団体生命共済").as_of == YearMonth(2026, 12)
    assert not [p for p in problems if p.severity.name == "ERROR" or p.code == "duplicate_branch"]
    assert {"kind_rows", "export_trailer"} <= _codes(problems)


def test_half_year_targets_across_and_actuals_down_below(tmp_path):
    """【目標】 with the 県支部 across, each over 「上期｜下期」 (no annual column), the products down; 【実績】 below it
    the other way round (県支部 down, in another order).  北海道 目標 100 + 110 = 210, 実績 205; 青森 50 + 60 = 110,
    実績 112; 岩手 30 + 35 = 65 and missing from 【実績】 (未報告): 実績 blank, not 0, said.  (The file was refused: no
    table found.)"""
    rows = [["令和8年度 新契約件数"],
            [None],
            ["【目標】令和8年度 推進目標（半期別）"],
            ["共済名", "北海道", None, "青森", None, "岩手", None],
            [None, "上期（6～11月）", "下期（12～5月）", "上期（6～11月）", "下期（12～5月）", "上期（6～11月）",
             "下期（12～5月）"],
            ["団体生命共済", 100, 110, 50, 60, 30, 35],
            [None],
            ["【実績】累計実績 令和8年12月末現在"],
            ["県支部", "団生"],
            ["青森", 112],
            ["北海道", 205],
            ["※岩手は未報告"]]
    products, problems = read_contracts(_book(tmp_path / "上期下期.xlsx", rows,
                                              ("A4:A5", "B4:C4", "D4:E4", "F4:G4")))
    assert _figures(products) == [("北海道", 210, 205), ("青森", 110, 112), ("岩手", 65, None)]
    assert _product(products, "団体生命共済").as_of == YearMonth(2026, 12)
    assert {"target_from_halves", "branch_without_actual"} <= _codes(problems)
