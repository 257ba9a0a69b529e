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


def test_long_item_rows_of_the_totals_are_tall_enough(tmp_path):
    """C 集計: rows were 30 pt (two lines) whatever the item; the last item, 92 characters in a column 50 wide (at most
    25 full-width characters a line: four lines, about 60 pt at 11 pt), lost its last lines on paper, and the heading
    「未回答・項目なし」 (eight characters in a column 9 wide: two lines) was cut at one line of 18.75 pt."""
    from pathlib import Path

    import openpyxl

    from workbook_tools.app.demo import run_demo

    root = Path(__file__).resolve().parent.parent
    list(run_demo(root / "workbook_tools" / "examples", tmp_path))
    ws = openpyxl.load_workbook(next(tmp_path.glob("C_*.xlsx")))["集計"]
    last = max(r for r in range(2, ws.max_row + 1) if isinstance(ws.cell(r, 2).value, str)
               and ws.cell(r, 2).value.startswith("単組執行部オルグ"))
    assert ws.row_dimensions[last].height >= 55
    assert ws.row_dimensions[1].height >= 30


def test_what_was_typed_wraps_in_its_cell_of_the_list(tmp_path):
    """D 一覧: 「28% 対象職員数1,003人」 (元の記入 of a 組織率, a column 12 wide) and the unions' names were cut at the column's
    edge on paper (no wrapping): they wrap now, and their row is at least two lines (30 pt) high."""
    from pathlib import Path

    import openpyxl

    from workbook_tools.app.demo import run_demo

    root = Path(__file__).resolve().parent.parent
    list(run_demo(root / "workbook_tools" / "examples", tmp_path))
    ws = openpyxl.load_workbook(next(tmp_path.glob("D_*.xlsx")))["一覧"]
    cell = next(c for row in ws.iter_rows(min_row=3) for c in row if c.value == "28% 対象職員数1,003人")
    assert cell.alignment.wrap_text and ws.row_dimensions[cell.row].height >= 30
    union = next(c for c in ws[cell.row] if isinstance(c.value, str) and c.value.endswith("労働組合")
                 and not c.value.endswith(".xlsx"))
    assert union.alignment.wrap_text


def test_no_roster_entry_says_so_across_its_columns(tmp_path):
    """未提出・重複 with nothing to list: 「未提出・重複はありません」 ran over its cell's border (a column 10 wide); it is
    merged over the sheet's three columns now."""
    import openpyxl

    from workbook_tools.forms.records import Batch
    from workbook_tools.forms.registry import get
    from workbook_tools.io.consolidate_writer import _Fmt, _write_roster
    from workbook_tools.io.writer import safe_book

    out = tmp_path / "r.xlsx"
    with safe_book(out) as book:
        _write_roster(book.sheet("未提出・重複"), Batch("survey", tmp_path, [], [], [], 2025), _Fmt(book, get("survey")))
    ws = openpyxl.load_workbook(out)["未提出・重複"]
    assert ws["A2"].value == "未提出・重複はありません" and "A2:C2" in {str(r) for r in ws.merged_cells.ranges}


def test_inconsistent_answers_have_no_blank_column(tmp_path):
    """D 集計's 「整合しない回答」 list: 県本部 in A, 単組・ファイル from C, and B left blank and unbordered between them (a gap
    on paper); the 県本部 cells are merged over A:B now."""
    from pathlib import Path

    import openpyxl

    from workbook_tools.app.demo import run_demo

    root = Path(__file__).resolve().parent.parent
    list(run_demo(root / "workbook_tools" / "examples", tmp_path))
    ws = openpyxl.load_workbook(next(tmp_path.glob("D_*.xlsx")))["集計"]
    title = next(c.row for row in ws.iter_rows() for c in row
                 if isinstance(c.value, str) and c.value.startswith("整合しない回答"))
    merged = {str(m) for m in ws.merged_cells.ranges}
    assert ws.cell(title + 1, 1).value == "県本部" and f"A{title + 1}:B{title + 1}" in merged
    assert f"A{title + 2}:B{title + 2}" in merged  # the first listed answer's 県本部
