"""Cheap bounds for an Excel 97-2003 (.xls, BIFF) file, read from its records before
any reader sees it.

python-calamine sizes a sheet from its DIMENSIONS record and the shared-string table
from the SST header, so a 6 KB file can ask for gigabytes.  Here the Workbook stream is
walked record by record (type and length only, plus the few bytes that give sizes and
cell positions): stream sizes, the declared and the real used range of every sheet,
the number of shared strings against the bytes that could hold them.
"""
from __future__ import annotations

import struct
from dataclasses import dataclass, field

from workbook_tools.errors import RefusedFile

BOF, EOF, FILEPASS, DIMENSIONS, SST = 0x0809, 0x000A, 0x002F, 0x0200, 0x00FC
_CELL_RECORDS = frozenset((0x0203, 0x027E, 0x00FD, 0x0201, 0x0204, 0x0205, 0x0006, 0x00D6, 0x00BD, 0x00BE))
_MULTI = frozenset((0x00BD, 0x00BE))  # MULRK / MULBLANK: the last column is in the last two bytes
_HEAD = struct.Struct("<HH")


ROW, COLINFO, BOUNDSHEET = 0x0208, 0x007D, 0x0085
FORMAT, XF = 0x041E, 0x00E0
_XF_CELLS = frozenset((0x0203, 0x027E, 0x00FD, 0x0006))  # NUMBER, RK, LABELSST, FORMULA: row, col, XF index
MULRK = 0x00BD
_ROW_HIDDEN, _COL_HIDDEN = 0x0020, 0x0001  # ROW's fDyZero, COLINFO's fHidden


@dataclass
class XlsFacts:
    encrypted: bool = False
    substreams: int = 0  # the first is the workbook globals, then one per sheet
    book_area: int = 0
    # sheet name → (hidden rows, hidden columns), 0-based (a sheet's BOF found through its BOUNDSHEET offset)
    hidden: dict[str, tuple[set[int], set[int]]] = field(default_factory=dict)
    # sheet name → {(row, col): format code} of the cells whose format changes their meaning (io.styles: a percent,
    # literal text), from the cell's XF record and the FORMAT records (built-in 9 and 10 are percents)
    cell_formats: dict[str, dict[tuple[int, int], str]] = field(default_factory=dict)


def check_ole_streams(ole, name: str, limits) -> None:
    """Every stream's size within the per-part bound."""
    for entry in ole.listdir(streams=True, storages=False):
        size = ole.get_size(entry)
        if size > limits.max_entry_bytes:
            raise RefusedFile(f"ブック内のストリームが大きすぎます（{'/'.join(entry)}、{size:,} バイト）",
                              file=name, code="entry_too_big")


def scan_workbook_stream(data: bytes, name: str, limits) -> XlsFacts:
    """Walk the BIFF records; refuse a sheet area, a book area or a string count past the limits."""
    facts = XlsFacts()
    pos, end = 0, len(data)
    sheet: list[int] | None = None  # [declared rows, declared cols, max row + 1, max col + 1]
    names: dict[int, str] = {}  # a sheet's BOF offset → its name (BOUNDSHEET)
    hidden: tuple[set[int], set[int]] | None = None  # the current sheet's hidden rows and columns
    codes: dict[int, str] = dict(_BUILTIN)  # FORMAT: number format index → code
    xf_formats: list[int] = []  # XF records in order: each one's number format index
    special: dict[int, str] | None = None  # XF index → code, for the XFs that matter (once the globals are read)
    formats: dict[tuple[int, int], str] | None = None  # the current sheet's cells in those XFs
    while pos + 4 <= end:
        rtype, length = _HEAD.unpack_from(data, pos)
        body = pos + 4
        at, pos = pos, body + length
        if rtype == FILEPASS:
            facts.encrypted = True  # what follows is encrypted: nothing more to measure
            return facts
        if rtype == BOF:
            sheet = [0, 0, 0, 0]
            hidden = facts.hidden.setdefault(names[at], (set(), set())) if at in names else None
            if special is None and facts.substreams:
                special = _special(codes, xf_formats)
            formats = facts.cell_formats.setdefault(names[at], {}) if at in names and special else None
        elif rtype == FORMAT and length >= 5 and not facts.substreams:
            _format(data, body, length, codes)
        elif rtype == XF and length >= 4 and not facts.substreams and len(xf_formats) < 65_536:
            xf_formats.append(struct.unpack_from("<H", data, body + 2)[0])

        elif rtype == BOUNDSHEET and length >= 8:
            _sheet_name(data, body, length, names)
        elif hidden is not None and rtype == ROW and length >= 16:
            row, grbit = struct.unpack_from("<H", data, body)[0], struct.unpack_from("<H", data, body + 12)[0]
            if grbit & _ROW_HIDDEN and len(hidden[0]) < 100_000:
                hidden[0].add(row)
        elif hidden is not None and rtype == COLINFO and length >= 10:
            first, last, _, _, grbit = struct.unpack_from("<HHHHH", data, body)
            if grbit & _COL_HIDDEN:
                hidden[1].update(range(first, min(last, first + 256) + 1))
        elif rtype == EOF and sheet is not None:
            _close_sheet(sheet, facts, name, limits)
            sheet = None
        elif rtype == SST and length >= 8:
            _check_sst(data, body, end, name, limits)
        elif sheet is not None and rtype == DIMENSIONS:
            _dimensions(data, body, length, sheet)
        elif sheet is not None and rtype in _CELL_RECORDS and length >= 4:
            row, col = _HEAD.unpack_from(data, body)
            if formats is not None and len(formats) < 100_000:
                _cell_format(data, body, length, rtype, row, col, special, formats)  # type: ignore[arg-type]
            if rtype in _MULTI and length >= 6:
                col = struct.unpack_from("<H", data, body + length - 2)[0]
            sheet[2] = max(sheet[2], row + 1)
            sheet[3] = max(sheet[3], col + 1)
    if sheet is not None:
        _close_sheet(sheet, facts, name, limits)
    return facts


_BUILTIN = {9: "0%", 10: "0.00%"}


def _cell_format(data: bytes, body: int, length: int, rtype: int, row: int, col: int, special: dict[int, str],
                 formats: dict[tuple[int, int], str]) -> None:
    """A cell record's XF index (for MULRK, each of its cells'), kept when its format changes the value."""
    if rtype in _XF_CELLS and length >= 6:
        xf = struct.unpack_from("<H", data, body + 4)[0]
        if xf in special:
            formats[(row, col)] = special[xf]
    elif rtype == MULRK:
        for k in range((length - 6) // 6):
            xf = struct.unpack_from("<H", data, body + 4 + 6 * k)[0]
            if xf in special:
                formats[(row, col + k)] = special[xf]


def _format(data: bytes, body: int, length: int, codes: dict[int, str]) -> None:
    """FORMAT (BIFF8): a number format's index and code (an XLUnicodeString: 8-bit or UTF-16 by its flag byte)."""
    ifmt, cch = struct.unpack_from("<HH", data, body)
    wide = data[body + 4] & 1
    raw = data[body + 5:min(body + 5 + cch * (2 if wide else 1), body + length)]
    try:
        codes[ifmt] = raw.decode("utf-16-le") if wide else raw.decode("latin-1")
    except UnicodeDecodeError:
        pass


def _special(codes: dict[int, str], xf_formats: list[int]) -> dict[int, str]:
    """XF index → format code, for the XFs whose format changes what a value means (a percent, literal text)."""
    from workbook_tools.io.styles import is_percent

    out = {}
    for i, ifmt in enumerate(xf_formats):
        code = codes.get(ifmt, "")
        if is_percent(code) or '"' in code:
            out[i] = code
    return out


def _sheet_name(data: bytes, body: int, length: int, names: dict[int, str]) -> None:
    """BOUNDSHEET (BIFF8): the sheet's BOF offset and its name (8-bit or UTF-16, by the flag byte)."""
    offset = struct.unpack_from("<I", data, body)[0]
    cch, wide = data[body + 6], data[body + 7] & 1
    raw = data[body + 8:body + 8 + cch * (2 if wide else 1)]
    try:
        names[offset] = raw.decode("utf-16-le") if wide else raw.decode("latin-1")
    except UnicodeDecodeError:
        pass


def _dimensions(data: bytes, body: int, length: int, sheet: list[int]) -> None:
    if length >= 14:  # BIFF8: 32-bit rows
        _, rows, _, cols = struct.unpack_from("<IIHH", data, body)
    elif length >= 8:  # BIFF2-5: 16-bit rows
        _, rows, _, cols = struct.unpack_from("<HHHH", data, body)
    else:
        return
    sheet[0], sheet[1] = max(sheet[0], rows), max(sheet[1], cols)


def _close_sheet(sheet: list[int], facts: XlsFacts, name: str, limits) -> None:
    facts.substreams += 1
    for kind, rows, cols in (("宣言された範囲", sheet[0], sheet[1]), ("使われている範囲", sheet[2], sheet[3])):
        if rows * cols > limits.max_cell_area:
            raise RefusedFile(f"{kind}が大きすぎます（{max(facts.substreams - 1, 1)} 枚目のシートの行 {rows:,} × 列 {cols:,} = "
                              f"{rows * cols:,} セル相当、上限 {limits.max_cell_area:,}）。"
                              "不要な行や列を削除してください", file=name, code="far_cell")
    facts.book_area += max(sheet[0] * sheet[1], sheet[2] * sheet[3])
    if facts.book_area > limits.max_book_area:
        raise RefusedFile(f"ブック全体の使われている範囲が大きすぎます（{facts.book_area:,} セル相当、上限 "
                          f"{limits.max_book_area:,}）。不要なシートや行・列を削除してください", file=name,
                          code="far_cell")


def _check_sst(data: bytes, body: int, end: int, name: str, limits) -> None:
    _, unique = struct.unpack_from("<II", data, body)
    # every string takes at least 3 bytes (length and flags) somewhere after the header
    if unique > limits.max_strings or unique * 3 > end - body:
        raise RefusedFile(f"共有文字列の数が不正か多すぎます（{unique:,} 個と申告）。壊れたファイルか、"
                          "メモリを使い果たさせるファイルの可能性があります", file=name, code="sst_too_big")
