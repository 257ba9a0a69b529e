"""The add-in's package parts (.xlam is a zip): read, replace, write.

Only byte and XML work lives here; what goes into the parts is decided by
app/addin.py.
"""
from __future__ import annotations

import datetime as dt
import io
import os
import re
import tempfile
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from workbook_tools.errors import WorkbookToolsError
from workbook_tools.io.cells import col_index
from workbook_tools.io.readers import col_letter

CORE = "docProps/core.xml"
WORKBOOK = "xl/workbook.xml"
SHEET = "xl/worksheets/sheet1.xml"
SHARED = "xl/sharedStrings.xml"
RIBBON = "customUI/customUI.xml"
ROOT_RELS = "_rels/.rels"
VBA = "xl/vbaProject.bin"
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def read_parts(path: Path) -> dict[str, bytes]:
    try:
        with zipfile.ZipFile(path) as z:
            return {n: z.read(n) for n in z.namelist()}
    except (OSError, zipfile.BadZipFile) as exc:
        raise WorkbookToolsError(f"アドインの雛形を読めません（{exc}）", file=str(path)) from exc


def write_parts(parts: dict[str, bytes], output: Path) -> Path:
    """Write the zip to a temporary file beside `output`, then move it into place."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    output.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=output.parent, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(buf.getvalue())
        os.chmod(tmp, 0o644)  # (mkstemp's file is private to its maker: the add-in is for everyone's Excel)
        os.replace(tmp, output)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise WorkbookToolsError(f"アドインを書き出せません（{exc}）。Excel で開いていれば閉じてください",
                                 file=str(output)) from exc
    return output


def config_sheet(pairs: list[tuple[str, str]], code_name: str, side: list[list] = ()) -> tuple[bytes, bytes]:
    """(sheet XML, shared strings XML) for a config sheet holding exactly `pairs` from A1 down, with
    nothing else in columns A–B (xlwings reads A1 down to the first blank), and `side` from D1."""
    strings: list[str] = []
    grid: dict[int, dict[int, object]] = {}
    for r, (key, value) in enumerate(pairs):
        grid.setdefault(r, {}).update({0: key, 1: value})
    for r, row in enumerate(side):
        grid.setdefault(r, {}).update({3 + c: v for c, v in enumerate(row) if v not in (None, "")})
    rows = []
    for r in sorted(grid):
        cells = []
        for c, v in sorted(grid[r].items()):
            ref = f"{col_letter(c)}{r + 1}"
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                strings.append(str(v))
                cells.append(f'<c r="{ref}" t="s"><v>{len(strings) - 1}</v></c>')
        rows.append(f'<row r="{r + 1}">{"".join(cells)}</row>')
    sheet = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{_MAIN}">'
             f'<sheetPr codeName="{code_name}"/>'
             '<cols><col min="1" max="1" width="16" customWidth="1"/><col min="2" max="2" width="32" customWidth="1"/>'
             '<col min="4" max="5" width="24" customWidth="1"/></cols>'
             f'<sheetData>{"".join(rows)}</sheetData></worksheet>')
    sst = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="{_MAIN}" count="{len(strings)}" '
           f'uniqueCount="{len(strings)}">' + "".join(f"<si><t>{escape(s)}</t></si>" for s in strings) + "</sst>")
    return sheet.encode(), sst.encode()


def workbook_xml(xml: bytes, sheet_name: str) -> bytes:
    """Name the (only) sheet and drop the absolute path of the machine the template was saved on."""
    xml = re.sub(rb"<mc:AlternateContent\b.*?</mc:AlternateContent>", b"", xml, flags=re.S)
    xml, n = re.subn(rb'(<sheet name=")[^"]*(")', lambda m: m.group(1) + escape(sheet_name).encode() + m.group(2),
                     xml, count=1)
    if n != 1:
        raise WorkbookToolsError("アドインの雛形にシートがありません", file=WORKBOOK)
    return xml


def core_properties(title: str, description: str, author: str) -> bytes:
    """docProps/core.xml written afresh: one title, our author, no template user."""
    now = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"<dc:title>{escape(title)}</dc:title><dc:creator>{escape(author)}</dc:creator>"
            f"<cp:lastModifiedBy>{escape(author)}</cp:lastModifiedBy><dc:description>{escape(description)}</dc:description>"
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{now}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{now}</dcterms:modified>'
            "</cp:coreProperties>").encode()


def sheet_cells(parts: dict[str, bytes]) -> dict[str, str]:
    """{"A1": text, …} of the add-in's (only) sheet, shared and inline strings resolved."""
    from defusedxml import ElementTree as ET

    ns = {"m": _MAIN}
    shared = []
    if SHARED in parts:
        shared = ["".join(t.text or "" for t in si.iter(f"{{{_MAIN}}}t"))
                  for si in ET.fromstring(parts[SHARED]).findall("m:si", ns)]
    out = {}
    for c in ET.fromstring(parts[SHEET]).iter(f"{{{_MAIN}}}c"):
        v, kind = c.find("m:v", ns), c.get("t")
        if kind == "s" and v is not None:
            out[c.get("r")] = shared[int(v.text)]
        elif kind == "inlineStr":
            out[c.get("r")] = "".join(t.text or "" for t in c.iter(f"{{{_MAIN}}}t"))
        elif v is not None:
            out[c.get("r")] = {"1": "True", "0": "False"}.get(v.text, v.text) if kind == "b" else v.text
    return out


def _side_table(cells: dict[str, str]) -> list[list]:
    """What the sheet holds from column D on, as rows (the function table)."""
    rows: dict[int, dict[int, object]] = {}
    for ref, value in cells.items():
        m = re.fullmatch(r"([A-Z]+)(\d+)", ref)
        col = col_index(m.group(1)) + 1
        if col >= 4:
            rows.setdefault(int(m.group(2)) - 1, {})[col - 4] = value
    return [[rows.get(r, {}).get(c) for c in range(max(rows.get(r, {0: 0}), default=0) + 1)]
            for r in range(max(rows, default=-1) + 1)]


def with_config(parts: dict[str, bytes], pairs: list[tuple[str, str]], code_name: str = "Sheet2") -> dict[str, bytes]:
    """The parts with the config sheet's columns A–B holding `pairs` (the function table stays)."""
    out = dict(parts)
    out[SHEET], out[SHARED] = config_sheet(pairs, code_name, _side_table(sheet_cells(parts)))
    return out
