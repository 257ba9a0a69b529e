"""A one-sheet workbook typed in a test: ``rows`` from A1 down (None: a blank cell), ``merges`` as A1 ranges.  Shared
by the Report B tests that type small books cell by cell (each module used to carry its own copy)."""
from __future__ import annotations

from pathlib import Path

import openpyxl


def book(path: Path, rows: list[list], merges: tuple[str, ...] = (), title: str = "集計") -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            if value is not None:
                ws.cell(r, c, value)
    for m in merges:
        ws.merge_cells(m)
    wb.save(path)
    return path
