"""The cycle collector is paused only for a bounded phase, and always turned back on as it was."""
from __future__ import annotations

import gc

import pytest

from workbook_tools.app.gcpause import collector_paused


def test_paused_inside_and_restored_after():
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_restored_when_the_phase_fails():
    with pytest.raises(ZeroDivisionError):
        with collector_paused():
            1 / 0
    assert gc.isenabled()


def test_left_off_when_it_was_off():
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_writing_a_book_pauses_the_collector_and_frees_its_cells(tmp_path):
    """write_book_and_json runs the caller's filling with the collector paused; once the book is written its
    sheets hold no cells (freed at once, not left for the collector), and the file still has them."""
    from python_calamine import CalamineWorkbook

    from workbook_tools.app.output import write_book_and_json

    seen = {}

    def fill(book) -> None:
        seen["enabled"] = gc.isenabled()
        sh = book.sheet("表")
        for r in range(50):
            sh.text(r, 0, f"行{r}")
            sh.number(r, 1, r * 2)
        seen["sheet"] = sh

    out = tmp_path / "出力.xlsx"
    write_book_and_json(out, None, fill, lambda: "")
    assert seen["enabled"] is False
    assert gc.isenabled()
    assert not seen["sheet"]._ws.table
    rows = CalamineWorkbook.from_path(str(out)).get_sheet_by_name("表").to_python()
    assert rows[0] == ["行0", 0] and rows[49] == ["行49", 98]
