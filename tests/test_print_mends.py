"""What a printed page shows: the header's date in Japanese (a LibreOffice set to English printed &D as 「12/02/2026」),
and the check list's cells in reading order (B8 before B17)."""
from __future__ import annotations

import datetime as dt

from workbook_tools.io.writer import _cell_order, page_header


def test_the_header_date_is_written_in_japanese():
    head = page_header("報告D 実態共有用アンケート", dt.date(2026, 12, 2))
    assert head.endswith("&R&12作成 2026年12月2日") and "&D" not in head


def test_cells_sort_in_reading_order():
    cells = ["B17", "B23", "B8", "D23", "D4", "", "12行目", "AA3", "B7:C9"]
    assert sorted(cells, key=_cell_order) == ["AA3", "D4", "B7:C9", "B8", "B17", "B23", "D23", "", "12行目"]
