"""Struck-through words in a cell's text (rich text): 「実施・未実施」 with the word that does not apply struck out.

python-calamine gives a cell's text without its runs' fonts.  A form that asks the clerk to strike out the word
that does not apply (「不要な方を消してください」) is answered only in those fonts, so the sheet's XML is read
again, once, when the reader meets such a cell: the runs of inline strings (``<is><r>``, as openpyxl writes
them) and of shared strings (``xl/sharedStrings.xml``, as Excel writes them), each run struck when its
``<rPr>`` has ``<strike/>`` (not ``val="0"``/``"false"``).  Parsed with expat callbacks (io.xmlscan: no DTD, no
entity); the parts were bounded by io.safety before any reader saw them.
"""
from __future__ import annotations

import io
import re
import zipfile

from workbook_tools.io.cells import col_index
from workbook_tools.io.xmlscan import scan

_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REF = re.compile(r"([A-Z]{1,3})([0-9]{1,7})$")


def _runs_reader():
    """Callbacks collecting the runs of ``<si>`` / ``<is>`` elements: [[(text, struck), …], …]."""
    state = {"runs": None, "struck": False, "in_t": False, "in_rpr": False, "skip": False}
    done: list[list[tuple[str, bool]]] = []

    def open_string() -> None:
        state["runs"] = []

    def start(name: str, attrs: dict[str, str]) -> None:
        local = name.rsplit("}", 1)[-1]
        if local == "r" and state["runs"] is not None:
            state["struck"] = False
        elif local == "rPr":
            state["in_rpr"] = True
        elif local == "strike" and state["in_rpr"]:
            state["struck"] = attrs.get("val", "1") not in ("0", "false")
        elif local == "t" and state["runs"] is not None and not state["skip"]:
            state["in_t"] = True
            state["runs"].append(["", state["struck"]])
        elif local == "rPh":  # a phonetic run (furigana) is no part of the text
            state["skip"] = True

    def end(name: str) -> None:
        local = name.rsplit("}", 1)[-1]
        if local == "rPr":
            state["in_rpr"] = False
        elif local == "t":
            state["in_t"] = False
        elif local == "r":
            state["struck"] = False
        elif local == "rPh":
            state["skip"] = False

    def text(data: str) -> None:
        if state["in_t"] and state["runs"]:
            state["runs"][-1][0] += data

    def close_string() -> None:
        done.append([(t, s) for t, s in state["runs"] or ()])
        state["runs"] = None

    return state, done, open_string, close_string, start, end, text


def _shared_runs(xml: bytes) -> list[list[tuple[str, bool]]]:
    """The runs of every shared string, in order (a string without runs: one run, not struck)."""
    state, done, open_string, close_string, start_run, end_run, text = _runs_reader()

    def start(name: str, attrs: dict[str, str]) -> None:
        if name == _NS + "si":
            open_string()
        start_run(name, attrs)

    def end(name: str) -> None:
        end_run(name)
        if name == _NS + "si":
            close_string()

    scan(xml, start, end, text)
    return done


def struck_cells(data: bytes, sheet_part: str) -> dict[tuple[int, int], str]:
    """{(row, column) 0-based: the cell's text without its struck-through runs} for the cells of one sheet whose
    text has a struck run and another that is not.  {} when the sheet has none."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        names = set(zf.namelist())
        sheet = zf.read(sheet_part) if sheet_part in names else b""
        shared_xml = zf.read("xl/sharedStrings.xml") if "xl/sharedStrings.xml" in names else b""
    if b"strike" not in sheet and b"strike" not in shared_xml:
        return {}
    shared = _shared_runs(shared_xml) if b"strike" in shared_xml else []
    state, done, open_string, close_string, start_run, end_run, text_run = _runs_reader()
    out: dict[tuple[int, int], str] = {}
    cell = {"ref": None, "type": "", "v": None}

    def start(name: str, attrs: dict[str, str]) -> None:
        if name == _NS + "c":
            cell.update(ref=attrs.get("r"), type=attrs.get("t", ""), v=None)
        elif name == _NS + "is":
            open_string()
        elif name == _NS + "v":
            cell["v"] = ""
        start_run(name, attrs)

    def end(name: str) -> None:
        end_run(name)
        if name == _NS + "is":
            close_string()
            _keep(cell["ref"], done.pop() if done else [], out)
        elif name == _NS + "c" and cell["type"] == "s" and cell["v"] is not None and shared:
            i = int(cell["v"]) if cell["v"].strip().isdigit() else -1
            if 0 <= i < len(shared):
                _keep(cell["ref"], shared[i], out)
            cell["v"] = None
        elif name == _NS + "v" and cell["type"] != "s":
            cell["v"] = None

    def text(data: str) -> None:
        if cell["v"] is not None and cell["type"] == "s":
            cell["v"] += data
        text_run(data)

    scan(sheet, start, end, text)
    return out


def _keep(ref: str | None, runs: list[tuple[str, bool]], out: dict) -> None:
    if not ref or not any(s for _, s in runs) or all(s for _, s in runs):
        return
    at = _cell_at(ref)
    if at is not None:
        out[at] = "".join(t for t, s in runs if not s)


def _cell_at(ref: str) -> tuple[int, int] | None:
    """(row, column) 0-based of an A1 reference; None for anything else."""
    m = _REF.match(ref)
    if m is None:
        return None
    return int(m.group(2)) - 1, col_index(m.group(1))


def struck_styled_cells(data: bytes, sheet_part: str) -> set[tuple[int, int]]:
    """(row, column) 0-based of the cells of one sheet whose cell style's font is struck through (取り消し線 set on the
    whole cell: a row left in place as 「入力誤り」).  set() when no font of the book is struck."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        names = set(zf.namelist())
        styles = zf.read("xl/styles.xml") if "xl/styles.xml" in names else b""
        if b"strike" not in styles or sheet_part not in names:
            return set()
        sheet = zf.read(sheet_part)
    fonts: list[bool] = []  # per font of <fonts>: struck
    xf_fonts: list[int] = []  # per cell style of <cellXfs>: its fontId
    where = {"fonts": False, "xfs": False, "depth": 0}

    def start(name: str, attrs: dict[str, str]) -> None:
        where["depth"] += 1
        local = name.rsplit("}", 1)[-1]
        if where["depth"] == 2 and local in ("fonts", "cellXfs"):
            where["fonts" if local == "fonts" else "xfs"] = True
        elif where["fonts"] and where["depth"] == 3 and local == "font":
            fonts.append(False)
        elif where["fonts"] and local == "strike" and fonts:
            fonts[-1] = attrs.get("val", "1").lower() not in ("0", "false")
        elif where["xfs"] and where["depth"] == 3 and local == "xf":
            xf_fonts.append(_int(attrs.get("fontId")))

    def end(name: str) -> None:
        if where["depth"] == 2:
            where["fonts"] = where["xfs"] = False
        where["depth"] -= 1

    scan(styles, start, end)
    struck = {i for i, f in enumerate(xf_fonts) if 0 <= f < len(fonts) and fonts[f]}
    out: set[tuple[int, int]] = set()
    if not struck:
        return out
    for tag in _CELL_TAG.findall(sheet):
        style, ref = _STYLE_ATTR.search(tag), _REF_ATTR.search(tag)
        at = _cell_at(ref.group(1).decode()) if style and ref and int(style.group(1)) in struck else None
        if at is not None and len(out) < 100_000:
            out.add(at)
    return out


_CELL_TAG = re.compile(rb'<(?:\w+:)?c\s[^>]*>')
_STYLE_ATTR = re.compile(rb'\ss="([0-9]{1,6})"')
_REF_ATTR = re.compile(rb'\sr="([A-Z]{1,3}[0-9]{1,7})"')


def _int(text: str | None) -> int:
    return int(text) if text and text.isdigit() else -1
