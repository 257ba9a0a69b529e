"""Words struck through in a cell (rich text): 「実施・未実施」 answered by striking out the word that does not apply.
Real workbooks written by XlsxWriter (shared strings, as Excel writes them) and openpyxl (inline strings), read back;
the expected texts are written by hand."""
from __future__ import annotations

from pathlib import Path

import pytest

from workbook_tools.io.readers import open_book
from workbook_tools.io.rich import struck_cells


def _xlsxwriter_book(path: Path) -> Path:
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("報告")
    strike = wb.add_format({"font_strikeout": True})
    plain = wb.add_format({})
    ws.write_rich_string(0, 0, plain, "実施・", strike, "未実施")  # A1: 実施
    ws.write_rich_string(1, 0, strike, "実施", plain, "・未実施")  # A2: 未実施
    ws.write_string(2, 0, "実施・未実施")  # A3: neither struck
    ws.write_rich_string(3, 2, strike, "実施・", strike, "未実施")  # C4: both struck: nothing left, not kept
    wb.close()
    return path


def _openpyxl_book(path: Path) -> Path:
    from openpyxl import Workbook
    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.cell.text import InlineFont

    wb = Workbook()
    ws = wb.active
    ws.title = "報告"
    ws["B2"] = CellRichText([TextBlock(InlineFont(), "済・"), TextBlock(InlineFont(strike=True), "未")])
    ws["B3"] = "済・未"
    wb.save(path)
    return path


def test_shared_strings_with_struck_runs(tmp_path):
    book = open_book(_xlsxwriter_book(tmp_path / "a.xlsx"))
    assert book.struck("報告") == {(0, 0): "実施・", (1, 0): "・未実施"}


def test_inline_strings_with_struck_runs(tmp_path):
    pytest.importorskip("openpyxl.cell.rich_text")
    book = open_book(_openpyxl_book(tmp_path / "b.xlsx"))
    assert book.struck("報告") == {(1, 1): "済・"}


def test_a_sheet_without_strikes_costs_no_parse(tmp_path):
    path = tmp_path / "c.xlsx"
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path))
    wb.add_worksheet("報告").write_string(0, 0, "実施・未実施")
    wb.close()
    assert struck_cells(path.read_bytes(), "xl/worksheets/sheet1.xml") == {}
