"""Find a table by its header labels (TableDef) and read its rows with cell addresses."""
from __future__ import annotations

import re
from dataclasses import dataclass

from workbook_tools.core.normalize import label_key
from workbook_tools.errors import InputError
from workbook_tools.forms.model import TableDef
from workbook_tools.io.readers import SheetData, a1

SCAN_ROWS = 30


@dataclass
class TableRow:
    row: int  # 0-based sheet row
    values: dict[str, object]
    cells: dict[str, str]  # key → A1


_UNIT_NOTE = re.compile(r"\((?:件|件数|人|人数|名)\)$")  # a count's unit (not (千円), (口), (%): other figures); keys are NFKC


def find_header(sheet: SheetData, table: TableDef,
                skip_cols: frozenset[int] | set[int] = frozenset()) -> tuple[int, dict[str, int]] | None:
    """(heading row, {column key: column}) of the first row naming every required column; a column in ``skip_cols``
    (hidden on the sheet) is never one of the table's."""
    required = [c for c in table.columns if c.required]
    for r in range(min(sheet.height, SCAN_ROWS)):
        found: dict[str, int] = {}
        for c, v in enumerate(sheet.rows[r]):
            k = label_key(v)
            if not k or c in skip_cols:
                continue
            bare = _UNIT_NOTE.sub("", k)  # 「目標(件)」, 「実績（件）」: the heading, its unit in brackets after it
            for col in table.columns:
                if col.key not in found and (k in col.label_keys() or bare in col.label_keys()):
                    found[col.key] = c
                    break
        if all(c.key in found for c in required):
            return r, found
    return None


def read_table(sheet: SheetData, table: TableDef, file: str = "",
               skip_cols: frozenset[int] | set[int] = frozenset(), header=None) -> list[TableRow]:
    """``header``: what find_header gave for this sheet already (not looked for again)."""
    hit = header if header is not None else find_header(sheet, table, skip_cols)
    if hit is None:
        labels = "・".join(c.label for c in table.columns if c.required)
        raise InputError(f"見出し行（{labels}）が見つかりません", file=file, sheet=sheet.name,
                         cell=f"A1:{a1(SCAN_ROWS - 1, 10)}", code="no_header")
    hr, cols = hit
    rows = []
    for r in range(hr + 1, sheet.height):
        values = {k: sheet.value(r, c) for k, c in cols.items()}
        if all(v in (None, "") for v in values.values()):
            continue
        rows.append(TableRow(r, values, {k: a1(r, c) for k, c in cols.items()}))
    return rows
