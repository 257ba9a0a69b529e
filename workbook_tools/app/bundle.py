"""`workbook-tools bundle`: HQ's 実績報告分冊 as one workbook (and one PDF).

Published order (the printed 分冊): 1. 新契約件数 主要共済の実績 (Report B's tables and chart),
then 加入拡大モデル単組の取り組み状況, the June-start view followed by the May-start view
(Report A, both from the same grid), then the checks of both.
"""
from __future__ import annotations

from pathlib import Path

GRID_VIEWS = (6, 5)  # start months, in the published order


def write_bundle(contracts_file: Path, grid_file: Path, output: Path, *, sheet: str | None = None,
                 year: int | None = None, isolate: bool = True) -> tuple[Path, list]:
    """Recompute Report B and both Report A views and write them into ``output``; returns (path, problems).
    ``isolate``: both inputs are read at once, each in a worker process (app/isolated_read.py: a file that
    crashes the reader or eats memory ends in a Japanese error), the grid once for both views."""
    from workbook_tools.app import contracts, grid
    from workbook_tools.io.contracts_writer import write_contracts
    from workbook_tools.io.grid_writer import write_checks_sheet, write_grid_sheet
    from workbook_tools.io.writer import safe_book

    reading = grid.start_read(grid_file, sheet=sheet, fiscal_year=year) if isolate else None
    cj = contracts.recompute(contracts_file, isolate=isolate)
    views = [grid.recompute(grid_file, sheet=sheet, start_month=m, fiscal_year=year, pending=reading)
             for m in GRID_VIEWS]
    problems = list(cj.problems)
    seen = set()
    for job in views:  # both views read the same file: its problems once
        for p in job.problems:
            if (p.sheet, p.cell, p.message) not in seen:
                seen.add((p.sheet, p.cell, p.message))
                problems.append(p)
    with safe_book(output) as book:
        book.title = "実績報告分冊"
        book.set_properties({"title": "実績報告分冊", "author": "workbook_tools"})
        write_contracts(book, cj.result)
        for job in views:
            spec = job.result.spec
            write_grid_sheet(book, job.result, f"加入拡大_{spec.start_month}月開始")
        write_checks_sheet(book, problems)
    return output, problems
