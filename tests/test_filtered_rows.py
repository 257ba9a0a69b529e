"""Rows an AutoFilter's condition hides are out of view, not put away: Book.hidden leaves them out and Book.filtered
names them; rows hidden by hand (or under an AutoFilter with no condition, or above its range) stay hidden."""
from __future__ import annotations

import openpyxl

from workbook_tools.io.readers import open_book


def _book(path, *, condition: bool, hide: list[int]) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "表"
    ws.append(["古いメモ"])
    ws.append(["県名", "単組名", "件数"])
    for i in range(6):
        ws.append(["福岡県" if i % 2 == 0 else "佐賀県", f"見本{i}職員組合", i])
    ws.auto_filter.ref = "A2:C8"
    if condition:
        ws.auto_filter.add_filter_column(0, ["福岡県"])
    for r in hide:  # 1-based row numbers
        ws.row_dimensions[r].hidden = True
    wb.save(path)


def test_rows_a_filter_condition_hides_are_not_hidden_rows(tmp_path):
    _book(tmp_path / "a.xlsx", condition=True, hide=[1, 4, 6, 8])
    book = open_book(tmp_path / "a.xlsx")
    rows, _ = book.hidden("表")
    assert rows == {0}  # row 1, above the filter: hidden by hand
    assert book.filtered("表") == [3, 5, 7]


def test_a_filter_without_a_condition_hides_nothing_itself(tmp_path):
    _book(tmp_path / "b.xlsx", condition=False, hide=[4, 6])
    book = open_book(tmp_path / "b.xlsx")
    assert book.hidden("表")[0] == {3, 5} and book.filtered("表") == []


def test_a_filter_on_a_year_column_puts_the_other_years_rows_away(tmp_path):
    """A condition on the 「年度」 column (this year's rows shown, last year's filtered out): those rows are put away,
    as rows hidden by hand are (they would come back as a second row of each union)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "表"
    ws.append(["年度", "単組名", "件数"])
    for year in (2023, 2024):
        for i in range(3):
            ws.append([year, f"見本{i}職員組合", i])
    ws.auto_filter.ref = "A1:C7"
    ws.auto_filter.add_filter_column(0, ["2024"])
    for r in (2, 3, 4):  # 1-based: the 2023 rows
        ws.row_dimensions[r].hidden = True
    wb.save(tmp_path / "c.xlsx")
    book = open_book(tmp_path / "c.xlsx")
    assert book.hidden("表")[0] == {1, 2, 3} and book.filtered("表") == []
