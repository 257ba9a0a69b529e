"""XlsxWriter's cell table and ``<sheetData>`` writer, faster and byte for byte the same.

XlsxWriter writes each cell through generic helpers: a list of attributes per cell, a regular
expression per attribute (an exception for the integer style index) and one file write per cell,
about 3 µs a cell, which was two thirds of closing a 3,000-union grid.  ``install(ws)`` replaces, on
one worksheet object, ``_write_rows`` with a version that writes the same XML for the cells our
writers make (number, shared string, formula, blank; each with a format) in one write per row, and
hands any other cell to XlsxWriter's own ``_write_cell``.  A sheet in constant_memory mode (a streamed
sheet) gets the same for ``_write_single_row``, XlsxWriter's flush of one finished row to the row file,
with its texts as inline strings (``t="inlineStr"``, control characters as ``_xHHHH_``, whitespace kept
as XlsxWriter keeps it; a text shaped like rich-text XML, ``<r>…</r>``, is escaped like any other, where
XlsxWriter would copy it unescaped into the sheet).  A sheet with comments keeps XlsxWriter's writer whole; an XlsxWriter without
these internals keeps it everywhere (``install`` returns False).

``store_cells`` puts a streamed row's texts, numbers and blanks into the cell table with one dimension
check (``SafeSheet.put_row``).  ``render_cells`` turns a whole row of an in-memory sheet into its XML at once (``SafeSheet.whole_row``, the grid's union
rows, and a streamed sheet's rows through ``SafeSheet.put_row``): the same cell XML, kept in the cell table
as a ``RenderedRow`` that ``<sheetData>`` copies (a cell written into it later is kept: the row is then
written from its cells).

Only ``io/writer.py`` (the sealed writer) uses this module.  ``tests/test_writer_rows.py`` writes every
kind of cell both ways and compares the parts byte for byte.
"""
from __future__ import annotations

import re
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


def dynamic_formula(text: str) -> bool:
    """Whether XlsxWriter would write ``text`` as a dynamic-array formula (True when it cannot tell)."""
    classes = _cell_classes()
    return classes is None or classes[5].search(text) is not None


TEXT, NUMBER, BLANK, FORMULA = 0, 1, 2, 3  # the kinds of cell store_cells (the first three) and render_cells take


def store_cells(ws, row: int, cells: list) -> bool:
    """Put one row's cells [(col, kind, value, fmt)] of a constant_memory sheet into its cell table as
    ``_write_string`` / ``_write_number`` / ``_write_blank`` would store them one by one, with one dimension
    check for the row (the previous row is flushed first, as the first write of a new row does).  The caller
    passes texts already cut to Excel's length, finite numbers within Excel's range and blanks with a format.
    False with nothing stored: not a constant_memory sheet, a row above the current one, a cell outside the
    sheet, or an XlsxWriter without these internals."""
    classes = _cell_classes()
    if classes is None or not ws.constant_memory or not cells or not hasattr(ws, "_check_dimensions"):
        return False
    number_t, string_t, _, blank_t, _, _ = classes
    cols = [c[0] for c in cells]
    if ws._check_dimensions(row, min(cols)) or ws._check_dimensions(row, max(cols)):
        return False
    if row > ws.previous_row:
        ws._write_single_row(row)
    table = ws.table[row]
    for col, kind, value, fmt in cells:
        if kind == TEXT:
            table[col] = string_t(value, fmt)
        elif kind == NUMBER:
            table[col] = number_t(value, fmt)
        else:
            table[col] = blank_t(fmt)
    return True


_EXACT = 10 ** 15


class RenderedRow(dict):
    """A row whose cells are already XML (``render_cells``).  As a dict it holds the row's first and last column
    (with None), which is all the sheet's dimensions and spans need.  A cell written into the row afterwards is
    kept too, and the row is then written from its cells like any other (``cells``): nothing is lost."""

    __slots__ = ("xml", "kept", "shared")

    def __setitem__(self, key, value) -> None:
        self.xml = None  # written from its cells after all
        dict.__setitem__(self, key, value)

    def cells(self, ws, classes) -> dict:
        """The row as XlsxWriter's cell table holds it: the rendered cells, then the ones written later."""
        number_t, string_t, formula_t, blank_t = classes[:4]
        shared = self.shared  # in memory: column → the text's shared string index (None: inline texts)
        out: dict = {}
        for col, kind, value, fmt in self.kept:
            if kind == NUMBER:
                out[col] = number_t(value, fmt)
            elif kind == TEXT:
                out[col] = string_t(value if shared is None else shared[col], fmt)
            elif kind == BLANK:
                out[col] = blank_t(fmt)
            else:
                out[col] = formula_t(value[0], fmt, value[1])
        out.update((col, cell) for col, cell in dict.items(self) if cell is not None)
        return out


def render_cells(ws, row: int, cells: list) -> bool:
    """One whole row given by ``install``'s sheet, [(col, kind, value, fmt)] left to right, turned into its XML at
    once (the XML XlsxWriter writes for the same cells: texts as shared strings, or inline strings on a streamed
    sheet, numbers as ``.16G``, formulas as ``_write_formula`` stores a plain one with its cached value) and kept
    in the cell table as a ``RenderedRow``.  The caller passes what ``store_cells`` takes, plus (col, FORMULA,
    (text without '=', cached value), fmt) for plain formulas (no newer or dynamic-array function).  A streamed sheet's previous
    row is flushed first, as ``store_cells`` does.  A format's xf index is taken when its first row is rendered:
    on a streamed sheet that is XlsxWriter's order (its rows are flushed one by one), in memory styles.xml may
    number the same styles in another order (XlsxWriter takes them when the sheet's XML is written).  False with
    nothing stored: a sheet with comments or without the faster writer, a row that already holds cells, a cell
    outside the sheet (or above a streamed sheet's current row), or a cell without a format (XlsxWriter takes
    the row's or the column's)."""
    classes = _cell_classes()
    cache = getattr(ws, "_wbt_render", None)
    if classes is None or cache is None or ws.comments or not cells:
        return False
    for cell in cells:
        if cell[3] is None:
            return False
    if ws._check_dimensions(row, cells[0][0]) or ws._check_dimensions(row, cells[-1][0]):
        return False
    inline = ws.constant_memory
    if inline and row > ws.previous_row:
        ws._write_single_row(row)
    if ws.table.get(row):
        return False
    letters, styles = cache.letters, cache.styles
    shared = None if inline else ws.str_table._get_shared_string_index
    indices: dict[int, int] | None = None if inline else {}
    n = str(row + 1)
    out: list[str] = []
    append = out.append
    for col, kind, value, fmt in cells:
        s = styles.get(id(fmt))
        if s is None:
            s = styles[id(fmt)] = str(fmt._get_xf_index())
        letter = letters.get(col)
        if letter is None:
            letter = letters[col] = cache.col_name(col)
        if kind == NUMBER:
            # an int below 10**15 prints as .16G prints it, at a third of the cost
            append(f'<c r="{letter}{n}" s="{s}"><v>{value}</v></c>' if type(value) is int and -_EXACT < value < _EXACT
                   else f'<c r="{letter}{n}" s="{s}"><v>{value:.16G}</v></c>')
        elif kind == TEXT:
            if inline:
                append(f'<c r="{letter}{n}" s="{s}" t="inlineStr"><is><t{_inline_body(value)}</t></is></c>')
            else:
                i = indices[col] = shared(value)
                append(f'<c r="{letter}{n}" s="{s}" t="s"><v>{i}</v></c>')
        elif kind == BLANK:
            append(f'<c r="{letter}{n}" s="{s}"/>')
        else:
            append(_formula_xml(f'<c r="{letter}{n}" s="{s}"', value[0], value[1], ws._escape_data))
    append("</row>")
    rendered = RenderedRow({cells[0][0]: None, cells[-1][0]: None})
    rendered.xml, rendered.kept, rendered.shared = "".join(out), cells, indices
    ws.table[row] = rendered
    return True


def install(ws) -> bool:
    """Give worksheet ``ws`` the faster row writer; False when this XlsxWriter lacks what it relies on."""
    classes = _cell_classes()[:5] if _cell_classes() else None
    needed = ("_write_rows", "_write_cell", "_write_row", "_write_empty_row", "_escape_data", "table",
              "row_info", "comments", "constant_memory", "_write_single_row", "previous_row")
    if classes is None or not all(hasattr(ws, n) for n in needed):
        return False
    original_rows, original_cell, original_single = ws._write_rows, ws._write_cell, ws._write_single_row
    streamed_cache: list[_Cache] = []  # one per sheet, made at the first flushed row
    ws._wbt_render = _Cache(classes, ws._escape_data)  # render_cells' column letters and styles

    def write_rows() -> None:
        if ws.constant_memory or ws.comments:
            for row, cells in list(ws.table.items()):  # comments given after rows were rendered
                if type(cells) is RenderedRow:
                    ws.table[row] = cells.cells(ws, classes)
            original_rows()
            return
        _calculate_spans(ws)
        _write_rows(ws, original_cell, classes)

    def write_single_row(current_row_num: int = 0) -> None:
        if not ws.constant_memory or ws.comments:
            original_single(current_row_num)
            return
        if not streamed_cache:
            streamed_cache.append(_Cache(classes, ws._escape_data, inline=True, ws=ws))
        _write_single_row(ws, current_row_num, original_cell, streamed_cache[0])

    ws._write_rows = write_rows
    ws._write_single_row = write_single_row
    return True


def _write_single_row(ws, current_row_num: int, original_cell, cache: "_Cache") -> None:
    """XlsxWriter's ``_write_single_row`` (constant_memory, no comments): the previous row, if it has cells or
    row settings, goes to the row file (no spans in this mode); the cell table is emptied."""
    row_num = ws.previous_row
    ws.previous_row = current_row_num
    cells = ws.table.get(row_num)
    info = ws.row_info.get(row_num)
    if cells:
        ws._write_row(row_num, None, info)
        if type(cells) is not RenderedRow:
            _write_cells(ws.fh, row_num, cells, cache, original_cell)
        elif cells.xml is not None:
            ws.fh.write(cells.xml)
        else:  # cells written into the row after it was rendered
            _write_cells(ws.fh, row_num, cells.cells(ws, cache.classes), cache, original_cell)
    elif row_num in ws.row_info:
        ws._write_empty_row(row_num, None, info)
    ws.table.clear()
    if info is not None and row_num < current_row_num:
        # the row is in the file: its height is not needed again (XlsxWriter keeps one per row given a height,
        # 0.4 KB a row of a 10,000-file consolidation's parent)
        del ws.row_info[row_num]


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
    table, row_info, spans = ws.table, ws.row_info, ws.row_spans
    cache = _Cache(classes, ws._escape_data)
    for row_num in range(ws.dim_rowmin, ws.dim_rowmax + 1):
        cells = table[row_num]  # a defaultdict, read the way XlsxWriter reads it
        if not cells and row_num not in row_info:
            continue
        span = spans.get(row_num // 16)
        if not cells:
            ws._write_empty_row(row_num, span, row_info.get(row_num))
            continue
        ws._write_row(row_num, span, row_info.get(row_num))
        if type(cells) is not RenderedRow:
            _write_cells(ws.fh, row_num, cells, cache, original_cell)
        elif cells.xml is not None:
            ws.fh.write(cells.xml)
        else:  # cells written into the row after it was rendered
            _write_cells(ws.fh, row_num, cells.cells(ws, classes), cache, original_cell)


class _Cache:
    """Per sheet: column letters, and each format's xf index as text (taken in XlsxWriter's order: first use).
    ``inline``: a constant_memory sheet, whose string cells hold the text itself (an inline string)."""

    def __init__(self, classes, escape, *, inline: bool = False, ws=None) -> None:
        self.classes = classes
        self.number_t, self.string_t, self.formula_t, self.blank_t, self.col_name = classes
        self.fast = frozenset((self.number_t, self.string_t, self.formula_t, self.blank_t))
        self.escape = escape
        self.inline = inline
        self.row_info, self.col_info = (ws.row_info, getattr(ws, "col_info", {})) if ws is not None else ({}, {})
        self.letters: dict[int, str] = {}
        self.styles: dict[int, str] = {}


def _write_cells(fh, row_num: int, cells: dict, cache: _Cache, original_cell) -> None:
    """One row's cells and its end tag, in column order, in one write (another kind of cell: XlsxWriter's)."""
    number_t, string_t, blank_t, fast = cache.number_t, cache.string_t, cache.blank_t, cache.fast
    letters, styles, inline = cache.letters, cache.styles, cache.inline
    n = str(row_num + 1)
    out: list[str] = []
    append = out.append
    for col, cell in sorted(cells.items()):
        fmt = cell.format
        kind = cell.__class__
        if not fmt or kind not in fast:
            if inline and kind is string_t:  # a text without a format of its own
                append(_unformatted_inline(cache, row_num, col, n, cell.string))
                continue
            if out:
                fh.write("".join(out))
                out.clear()
            original_cell(row_num, col, cell)
            continue
        s = styles.get(id(fmt))
        if s is None:
            s = styles[id(fmt)] = str(fmt._get_xf_index())
        letter = letters.get(col)
        if letter is None:
            letter = letters[col] = cache.col_name(col)
        if kind is number_t:
            append(f'<c r="{letter}{n}" s="{s}"><v>{cell.number:.16G}</v></c>')
        elif kind is string_t:
            if inline:
                append(f'<c r="{letter}{n}" s="{s}" t="inlineStr"><is><t{_inline_body(cell.string)}</t></is></c>')
            else:
                append(f'<c r="{letter}{n}" s="{s}" t="s"><v>{cell.string}</v></c>')
        elif kind is blank_t:
            append(f'<c r="{letter}{n}" s="{s}"/>')
        else:
            append(_formula(f'<c r="{letter}{n}" s="{s}"', cell, cache.escape))
    append("</row>")
    fh.write("".join(out))


def _formula(head: str, cell, escape) -> str:
    """XlsxWriter's formula cell."""
    return _formula_xml(head, cell.formula, cell.value, escape)


def _formula_xml(head: str, formula, value, escape) -> str:
    """XlsxWriter's formula cell.  Its escape changes only & < > (and returns a non-text value as it is):
    a text without them is written as it is, without the regular expression."""
    t = ""
    if isinstance(value, bool):
        t, value = ' t="b"', 1 if value else 0
    elif isinstance(value, str):
        if value != "":
            t = ' t="e"' if value in _ERROR_CODES else ' t="str"'
        if "&" in value or "<" in value or ">" in value:
            value = escape(value)
    if isinstance(formula, str) and ("&" in formula or "<" in formula or ">" in formula):
        formula = escape(formula)
    return f"{head}{t}><f>{formula}</f><v>{value}</v></c>"


# Inline strings (constant_memory) as XlsxWriter writes them: _escape_control_characters changes an "_xHHHH_"
# spelled out (its underscore escaped), control characters other than tab and line feed, and U+FFFE / U+FFFF
# (this finds them); xml:space="preserve" when the text starts or ends with white space (XlsxWriter's ^\s / \s$
# are isspace of the first and last character, tested); then & < > are escaped.  One difference, on purpose:
# XlsxWriter copies a text shaped "<r>…</r>" unescaped as rich-text XML, so a submitted "<r>&</r>" made the
# sheet unreadable and "<r><t>…</t></r>" injected markup; here every text is escaped (written as the same text
# an in-memory sheet holds).
_CONTROL_LIKE = re.compile("_x|[\x00-\x08\x0b-\x1f\ufffe\uffff]")


@lru_cache(maxsize=1)
def _control_escaper():
    from xlsxwriter.xmlwriter import XMLwriter

    return XMLwriter._escape_control_characters


def _xml_escape_control(text: str) -> str:
    return _control_escaper()(text)


def _inline_body(text: str) -> str:
    """What follows ``<is><t`` of an inline string cell up to ``</t>``: the preserve attribute and the text."""
    if _CONTROL_LIKE.search(text):
        text = _xml_escape_control(text)
    space = ' xml:space="preserve"' if text[:1].isspace() or text[-1:].isspace() else ""
    if "&" in text or "<" in text or ">" in text:
        text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return f"{space}>{text}"


def _unformatted_inline(cache: _Cache, row_num: int, col: int, n: str, text: str) -> str:
    """An inline string cell without a format: the row's format, else the column's, as XlsxWriter takes them."""
    info = cache.row_info.get(row_num)
    fmt = info.row_format if info is not None and info.row_format else None
    if fmt is None and col in cache.col_info:
        fmt = cache.col_info[col].column_format
    letter = cache.letters.get(col) or cache.letters.setdefault(col, cache.col_name(col))
    style = f' s="{fmt._get_xf_index()}"' if fmt is not None else ""
    return f'<c r="{letter}{n}"{style} t="inlineStr"><is><t{_inline_body(text)}</t></is></c>'
