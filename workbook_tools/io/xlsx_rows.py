"""XlsxWriter's cell table and ``<sheetData>`` writer, faster and byte for byte the same.

XlsxWriter writes each cell through generic helpers: a list of attributes per cell, a regular
expression per attribute (an exception for the integer style index) and one file write per cell,
about 3 µs a cell, which was two thirds of closing a 3,000-union grid.  ``install(ws)`` replaces, on
one worksheet object, ``_write_rows`` with a version that writes the same XML for the cells our
writers make (number, shared string, formula, blank; each with a format) in one write per row, and
hands any other cell to XlsxWriter's own ``_write_cell``.  A sheet with comments, or in
constant_memory mode, keeps XlsxWriter's writer whole; an XlsxWriter without these internals keeps it
everywhere (``install`` returns False).

``store_row`` puts a row of plain numbers and formulas into the cell table with one dimension check,
as ``_write_number`` / ``_write_formula`` would one by one (``SafeSheet.row_cells``).

Only ``io/writer.py`` (the sealed writer) uses this module.  ``tests/test_writer_rows.py`` writes every
kind of cell both ways and compares the parts byte for byte.
"""
from __future__ import annotations

from functools import lru_cache

_ERROR_CODES = frozenset(("#DIV/0!", "#N/A", "#NAME?", "#NULL!", "#NUM!", "#REF!", "#VALUE!"))


@lru_cache(maxsize=1)
def _cell_classes():
    try:
        from xlsxwriter import worksheet as xw
        from xlsxwriter.utility import xl_col_to_name

        return (xw.CellNumberTuple, xw.CellStringTuple, xw.CellFormulaTuple, xw.CellBlankTuple, xl_col_to_name,
                xw.re_dynamic_function)
    except (ImportError, AttributeError):  # pragma: no cover - another XlsxWriter: keep its own writer
        return None


def store_row(ws, row: int, numbers: list, formulas: list) -> bool:
    """Put one row's numbers [(col, value, fmt)] and formulas [(col, text, cached, fmt)] into ``ws``'s cell
    table as ``_write_number`` / ``_write_formula`` would store them, with one dimension check for the
    row.  The caller passes only finite numbers within Excel's range and formula texts without the leading
    '=' that need none of XlsxWriter's rewriting; a dynamic-array formula, constant_memory, a cell outside
    the sheet or an XlsxWriter without these internals returns False with nothing stored."""
    classes = _cell_classes()
    if classes is None or ws.constant_memory or not hasattr(ws, "_check_dimensions"):
        return False
    number_t, _, formula_t, _, _, dynamic = classes
    if any(dynamic.search(text) for _, text, _, _ in formulas):
        return False
    cols = [c for c, _, _ in numbers] + [c for c, _, _, _ in formulas]
    if not cols:
        return True
    if ws._check_dimensions(row, min(cols)) or ws._check_dimensions(row, max(cols)):
        return False
    cells = ws.table[row]
    for c, value, fmt in numbers:
        cells[c] = number_t(value, fmt)
    for c, text, cached, fmt in formulas:
        cells[c] = formula_t(text, fmt, cached)
    return True


def install(ws) -> bool:
    """Give worksheet ``ws`` the faster row writer; False when this XlsxWriter lacks what it relies on."""
    classes = _cell_classes()[:5] if _cell_classes() else None
    needed = ("_write_rows", "_write_cell", "_write_row", "_write_empty_row", "_escape_data", "table",
              "row_info", "comments", "constant_memory")
    if classes is None or not all(hasattr(ws, n) for n in needed):
        return False
    original_rows, original_cell = ws._write_rows, ws._write_cell

    def write_rows() -> None:
        if ws.constant_memory or ws.comments:
            original_rows()
            return
        _calculate_spans(ws)
        _write_rows(ws, original_cell, classes)

    ws._write_rows = write_rows
    return True


def _calculate_spans(ws) -> None:
    """XlsxWriter's ``spans`` per block of 16 rows (first:last column, 1-based) for a sheet without comments."""
    spans: dict[int, str] = {}
    lo = hi = None
    table = ws.table
    last = ws.dim_rowmax
    for row_num in range(ws.dim_rowmin, last + 1):
        cols = table.get(row_num)
        if cols:
            a, b = min(cols), max(cols)
            if lo is None:
                lo, hi = a, b
            else:
                lo, hi = min(lo, a), max(hi, b)
        if (row_num + 1) % 16 == 0 or row_num == last:
            if lo is not None:
                spans[row_num // 16] = f"{lo + 1}:{hi + 1}"
                lo = None
    ws.row_spans = spans


def _write_rows(ws, original_cell, classes) -> None:
    """The rows of ``<sheetData>`` as XlsxWriter writes them (no comments on the sheet)."""
    number_t, string_t, formula_t, blank_t, col_name = classes
    table, row_info, spans = ws.table, ws.row_info, ws.row_spans
    fh = ws.fh
    letters: dict[int, str] = {}
    styles: dict[int, str] = {}  # id(format) → its xf index as text, taken in XlsxWriter's order
    escape = ws._escape_data
    for row_num in range(ws.dim_rowmin, ws.dim_rowmax + 1):
        cells = table[row_num]  # a defaultdict, read the way XlsxWriter reads it
        if not cells and row_num not in row_info:
            continue
        span = spans.get(row_num // 16)
        if not cells:
            ws._write_empty_row(row_num, span, row_info.get(row_num))
            continue
        ws._write_row(row_num, span, row_info.get(row_num))
        n = str(row_num + 1)
        out = []
        for col in sorted(cells):
            cell = cells[col]
            fmt = cell.format
            kind = cell.__class__
            if not fmt or kind not in (number_t, string_t, formula_t, blank_t):
                if out:
                    fh.write("".join(out))
                    out = []
                original_cell(row_num, col, cell)
                continue
            s = styles.get(id(fmt))
            if s is None:
                s = styles[id(fmt)] = str(fmt._get_xf_index())
            letter = letters.get(col)
            if letter is None:
                letter = letters[col] = col_name(col)
            head = f'<c r="{letter}{n}" s="{s}"'
            if kind is number_t:
                out.append(f"{head}><v>{cell.number:.16G}</v></c>")
            elif kind is string_t:
                out.append(f'{head} t="s"><v>{cell.string}</v></c>')
            elif kind is blank_t:
                out.append(f"{head}/>")
            else:
                out.append(_formula(head, cell, escape))
        out.append("</row>")
        fh.write("".join(out))


def _formula(head: str, cell, escape) -> str:
    value = cell.value
    t = ""
    if isinstance(value, bool):
        t, value = ' t="b"', 1 if value else 0
    elif isinstance(value, str) and value != "":
        t = ' t="e"' if value in _ERROR_CODES else ' t="str"'
    return f"{head}{t}><f>{escape(cell.formula)}</f><v>{escape(value)}</v></c>"
