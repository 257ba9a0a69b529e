"""Yardstick: read every cell of every sheet of every workbook under the given folders.

    python benchmarks/read_all.py {calamine|fastexcel|openpyxl} FOLDER [FOLDER …]

Run as its own process by the benchmarks (start-up included).  No sampling:
every file is opened and every cell value is touched.  Prints the file and
cell counts so the harness can check that every file was read.
"""
from __future__ import annotations

import sys
from pathlib import Path


def _files(folders: list[str]) -> list[Path]:
    out: list[Path] = []
    for f in folders:
        out += sorted(p for p in Path(f).rglob("*") if p.suffix.lower() in (".xlsx", ".xlsm", ".xls")
                      and not p.name.startswith("~$"))
    return out


def calamine(paths: list[Path]) -> int:
    from python_calamine import CalamineWorkbook

    cells = 0
    for p in paths:
        wb = CalamineWorkbook.from_path(str(p))
        for name in wb.sheet_names:
            for row in wb.get_sheet_by_name(name).to_python(skip_empty_area=False):
                cells += len(row)
    return cells


def fastexcel(paths: list[Path]) -> int:
    """Every cell decoded into Arrow arrays in Rust (pyarrow is not needed to export them as capsules)."""
    import logging

    import fastexcel as fe

    logging.disable(logging.WARNING)  # "could not determine dtype … falling back to string" per mixed column
    cells = 0
    for p in paths:
        reader = fe.read_excel(str(p))
        for name in reader.sheet_names:
            sheet = reader.load_sheet(name, header_row=None)
            sheet._sheet.__arrow_c_array__(None)  # the whole sheet as Arrow data
            cells += sheet.height * sheet.width
    return cells


def openpyxl(paths: list[Path]) -> int:
    import openpyxl as ox

    cells = 0
    for p in paths:
        wb = ox.load_workbook(p, data_only=True)
        for ws in wb.worksheets:
            for row in ws.iter_rows(values_only=True):
                cells += len(row)
        wb.close()
    return cells


def main() -> None:
    how, folders = sys.argv[1], sys.argv[2:]
    paths = _files(folders)
    cells = {"calamine": calamine, "fastexcel": fastexcel, "openpyxl": openpyxl}[how](paths)
    print(f"files={len(paths)} cells={cells}")


if __name__ == "__main__":
    main()
