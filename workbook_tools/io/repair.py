"""A package the native reader refuses for a slip other programs shrug off, mended in memory and read again.

Asked only after python-calamine has refused a book or one of its sheets (never on the usual path).  Three slips
found in other libraries' public test files, each of which LibreOffice and openpyxl read:

- a ``<sheet>`` entry of ``xl/workbook.xml`` whose ``r:id`` is empty or names no relationship (an Excel 5 module or
  dialog kept as a name): the entry is left out and named;
- a ``state`` other than visible / hidden / veryHidden (``state="show"``): read as visible;
- a worksheet's ``<dimension ref="1:4"/>`` without columns: the element is only a hint, left out.

The bytes were checked by io.safety before any of this (sizes, DTDs, zip structure); the mended package is written
to memory with the same part names, and the input file is never touched.
"""
from __future__ import annotations

import io
import re
import zipfile

_SHEET_ENTRY = re.compile(rb"<(?:\w+:)?sheet\b[^>]*?/>|<(?:\w+:)?sheet\b[^>]*?>\s*</(?:\w+:)?sheet>")
_ATTR = re.compile(rb"""([\w:]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")  # (either quote: both are XML)
_REL = re.compile(rb"<(?:\w+:)?Relationship\b[^>]*>")
_STATES = (b"visible", b"hidden", b"veryHidden")
_DIMENSION = re.compile(rb"""<(?:\w+:)?dimension\b[^>]*?\bref\s*=\s*["']([^"']*)["'][^>]*/>""")
_A1_RANGE = re.compile(rb"\$?[A-Za-z]{1,3}\$?[0-9]{1,7}(?::\$?[A-Za-z]{1,3}\$?[0-9]{1,7})?")


def _attrs(tag: bytes) -> dict[bytes, bytes]:
    return {k: a or b for k, a, b in _ATTR.findall(tag)}


def _entry_name(entry: bytes) -> str:
    from xml.sax.saxutils import unescape

    return unescape(_attrs(entry).get(b"name", b"").decode("utf-8", "replace"), {"&quot;": '"', "&apos;": "'"})


def mend(data: bytes) -> tuple[bytes, list[tuple[str, str]]] | None:
    """(the mended package, what was mended: [(the sheet tab, the Japanese note)]) when one of the slips above is in
    ``data``; None when none is (the refusal stands)."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        parts = {i.filename: i for i in zf.infolist()}
        workbook = zf.read("xl/workbook.xml")
        rels = zf.read("xl/_rels/workbook.xml.rels") if "xl/_rels/workbook.xml.rels" in parts else b""
    except (zipfile.BadZipFile, KeyError, OSError, ValueError):
        return None
    ids = {a.get(b"Id") for a in map(_attrs, _REL.findall(rels))}
    from workbook_tools.io.controls import sheet_parts

    tabs = {part: tab for tab, part in sheet_parts({"xl/workbook.xml": workbook,
                                                    "xl/_rels/workbook.xml.rels": rels or b"<Relationships/>"}).items()}
    notes: list[tuple[str, str]] = []
    changed: dict[str, bytes] = {}

    def one_entry(m: re.Match) -> bytes:
        entry = m.group(0)
        attrs = _attrs(entry)
        rid = next((v for k, v in attrs.items() if k.endswith(b":id") or k == b"id"), None)
        if rid is None or not rid or rid not in ids:
            notes.append((_entry_name(entry), f"シート「{_entry_name(entry)}」はブックの中に本体がない名前だけの項目のため"
                                              "読みませんでした"))
            return b""
        state = attrs.get(b"state")
        if state is not None and state not in _STATES:
            notes.append((_entry_name(entry), f"シート「{_entry_name(entry)}」の表示状態（{state.decode('utf-8', 'replace')}）は"
                                              " Excel にない値のため、表示されたシートとして読みました"))
            return re.sub(rb"""\bstate\s*=\s*["'][^"']*["']""", b'state="visible"', entry, count=1)
        return entry

    mended_wb = _SHEET_ENTRY.sub(one_entry, workbook)
    if mended_wb != workbook:
        if not _SHEET_ENTRY.search(mended_wb):  # every sheet would go: not a slip, the refusal stands
            return None
        changed["xl/workbook.xml"] = mended_wb
    for name in parts:
        if not (name.startswith("xl/worksheets/") and name.endswith(".xml")):
            continue
        try:
            xml = zf.read(name)
        except (zipfile.BadZipFile, OSError, ValueError):
            return None
        m = _DIMENSION.search(xml, 0, 4096)
        if m is not None and not _A1_RANGE.fullmatch(m.group(1)):
            changed[name] = xml[:m.start()] + xml[m.end():]
            tab = tabs.get(name, name)
            notes.append((tab, f"シート「{tab}」の「使われている範囲」の記録（{m.group(1).decode('ascii', 'replace')}）"
                               "が Excel の形でないため、その記録を使わずに読みました"))
    if not changed:
        return None
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as new:
        for info in zf.infolist():
            new.writestr(info.filename, changed.get(info.filename) or zf.read(info.filename))
    return out.getvalue(), notes
