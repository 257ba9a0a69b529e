"""Shapes drawn over a sheet: an oval round a choice (「該当するものを○で囲んでください」), a text box holding an answer.

python-calamine gives cell values, not drawings.  A sheet's DrawingML part (``xl/drawings/drawingN.xml``, found
through the sheet's relationships) anchors each shape from a cell plus an offset to a cell plus an offset (EMU);
the cell the oval is drawn round is the one under its centre, worked out with the sheet's column widths and row
heights (``<cols>``, ``<row ht>``, ``<sheetFormatPr>``).  Read once, and only when a reader looks for a choice that
was not typed.  Parsed with expat callbacks (io.xmlscan: no DTD, no entity); a part past ``_MAX_PART`` bytes is not
read.
"""
from __future__ import annotations

import io
import zipfile

from workbook_tools.io.rels import related_parts
from workbook_tools.io.xmlscan import scan

_MAX_PART = 2_000_000  # bytes: a drawing or sheet larger than this is not read for ovals
_EMU_PER_PX = 9525
_DEFAULT_COL_PX = 64  # Excel's default column (8.43 characters of Calibri 11)
_DEFAULT_ROW_PX = 20  # 15 pt
_DRAWING_REL = "/drawing"


def _col_px(width: float) -> float:
    """Pixels of a column of ``width`` characters (Excel: width × 7 + 5, the padding)."""
    return int(width * 7 + 5) if width > 0 else 0


def _sheet_sizes(xml: bytes) -> tuple[dict[int, float], dict[int, float], float, float]:
    """({column: px}, {row: px}, default column px, default row px), 0-based."""
    cols: dict[int, float] = {}
    rows: dict[int, float] = {}
    default = {"col": float(_DEFAULT_COL_PX), "row": float(_DEFAULT_ROW_PX)}

    def start(name: str, attrs: dict[str, str]) -> None:
        local = name.rsplit("}", 1)[-1]
        try:
            if local == "sheetFormatPr":
                if "defaultColWidth" in attrs:
                    default["col"] = _col_px(float(attrs["defaultColWidth"]))
                elif "baseColWidth" in attrs:
                    default["col"] = _col_px(float(attrs["baseColWidth"]) + 0.43)
                if "defaultRowHeight" in attrs:
                    default["row"] = float(attrs["defaultRowHeight"]) * 4 / 3
            elif local == "col" and "width" in attrs:
                lo, hi = int(attrs.get("min", "1")), int(attrs.get("max", "1"))
                px = _col_px(float(attrs["width"])) if attrs.get("hidden") not in ("1", "true") else 0
                for c in range(lo - 1, min(hi, lo + 16_384)):
                    cols[c] = px
            elif local == "row" and "r" in attrs and "ht" in attrs:
                rows[int(attrs["r"]) - 1] = float(attrs["ht"]) * 4 / 3
        except ValueError:
            pass  # an attribute that is no number: the default stands

    scan(xml, start)
    return cols, rows, default["col"], default["row"]


def _anchors(xml: bytes) -> list[tuple[tuple, tuple, bool, str]]:
    """((from col, colOff, row, rowOff), (to …), an ellipse?, its text) of every shape drawn with a two-cell
    anchor (a text box's paragraphs one per line)."""
    found = []
    st = {"anchor": None, "side": None, "field": None, "t": False}

    def start(name: str, attrs: dict[str, str]) -> None:
        local = name.rsplit("}", 1)[-1]
        if local == "twoCellAnchor":
            st["anchor"] = {"from": {}, "to": {}, "ellipse": False, "paras": []}
        elif st["anchor"] is not None:
            if local in ("from", "to"):
                st["side"] = local
            elif local in ("col", "colOff", "row", "rowOff") and st["side"]:
                st["field"] = local
            elif local == "prstGeom" and attrs.get("prst") == "ellipse":
                st["anchor"]["ellipse"] = True
            elif local == "p":
                st["anchor"]["paras"].append("")
            elif local == "t" and st["anchor"]["paras"]:
                st["t"] = True

    def end(name: str) -> None:
        local = name.rsplit("}", 1)[-1]
        if local in ("from", "to"):
            st["side"] = None
        elif local in ("col", "colOff", "row", "rowOff"):
            st["field"] = None
        elif local == "t":
            st["t"] = False
        elif local == "twoCellAnchor" and st["anchor"] is not None:
            a = st["anchor"]
            st["anchor"] = None
            try:
                ends = tuple(tuple(int(a[side].get(k, "0")) for k in ("col", "colOff", "row", "rowOff"))
                             for side in ("from", "to"))
            except ValueError:
                return
            found.append((ends[0], ends[1], a["ellipse"], "\n".join(a["paras"]).strip()))

    def text(data: str) -> None:
        a = st["anchor"]
        if a is None:
            return
        if st["t"]:
            a["paras"][-1] += data
        elif st["side"] and st["field"]:
            a[st["side"]][st["field"]] = a[st["side"]].get(st["field"], "") + data.strip()

    scan(xml, start, end, text)
    return found


def _at(index: int, offset_emu: int, sizes: dict[int, float], default: float) -> float:
    """A position in fractional cells: the cell plus the offset's share of its size."""
    px = sizes.get(index, default) or default
    return index + min(offset_emu / _EMU_PER_PX / px, 1.0)


def circled_cells(data: bytes, sheet_part: str) -> list[tuple[int, int]]:
    """(row, column) 0-based of the cell under the centre of each oval drawn over a sheet, in drawing order."""
    return [rc for rc, ellipse, _ in shapes(data, sheet_part) if ellipse]


def shape_texts(data: bytes, sheet_part: str) -> list[tuple[int, int, str]]:
    """(row, column) 0-based of the cell each text box's top-left corner sits in, and its text (an answer typed
    in a text box over the sheet), for the shapes that hold text."""
    return [(r, c, text) for (r, c), _, text in shapes(data, sheet_part, centre=False) if text]


def shapes(data: bytes, sheet_part: str, centre: bool = True) -> list[tuple[tuple[int, int], bool, str]]:
    """((row, column) of each shape's centre cell, or of its top-left corner's; an ellipse?; its text)."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        names = {i.filename: i for i in zf.infolist()}
        if sheet_part not in names:
            return []
        drawings = [t for t in related_parts(zf, sheet_part, _DRAWING_REL) if names[t].file_size <= _MAX_PART]
        if not drawings or names[sheet_part].file_size > _MAX_PART:
            return []
        anchors = [a for t in drawings for a in _anchors(zf.read(t))]
        if not anchors:
            return []
        cols, rows, col_px, row_px = _sheet_sizes(zf.read(sheet_part))
    out = []
    for (c1, co1, r1, ro1), (c2, co2, r2, ro2), ellipse, text in anchors:
        if not centre:
            out.append(((r1, c1), ellipse, text))
            continue
        c = (_at(c1, co1, cols, col_px) + _at(c2, co2, cols, col_px)) / 2
        r = (_at(r1, ro1, rows, row_px) + _at(r2, ro2, rows, row_px)) / 2
        out.append(((int(r), int(c)), ellipse, text))
    return out
