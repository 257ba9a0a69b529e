"""Check-box controls drawn over a sheet (Excel form controls), read from the package.

Excel stores every form-control check box twice: as a legacy VML shape
(``xl/drawings/vmlDrawingN.vml``: anchor cell, ``<x:Checked>``, ``<x:FmlaLink>``)
and, since 2010, as ``xl/ctrlProps/ctrlPropN.xml`` (``checked``, ``fmlaLink``)
tied to the sheet's ``<controls>``.  The VML shape carries everything the
reader needs (position, state, linked cell) in one small part, so it is the
source here; the parts come from the safety layer (size-checked, parsed with
defusedxml).

ActiveX check boxes (Forms.CheckBox.1) are listed in the sheet's ``<controls>``
(kept by the safety layer as ``<sheet part>#controls``): anchor, optional
``linkedCell`` and a relationship to ``xl/activeX/activeXN.xml``, whose own
relationship points at ``activeXN.bin``, an OLE compound file.  Its ``contents``
stream is an MS-OFORMS MorphDataControl; only its Value ("1"/"0") is read
(activex.py).  A linked cell, when there is one, decides the state (locate.py).
"""
from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass

_NS_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_NS_X = "{urn:schemas-microsoft-com:office:excel}"
_VML_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing"


@dataclass(frozen=True)
class CheckBox:
    """One check-box control: the cell its top-left corner sits in (0-based), its state, its linked cell."""

    row: int
    col: int
    checked: bool
    link: str = ""  # 'J15' (no sheet, no $) when the box is linked to a cell
    activex: bool = False  # an ActiveX check box: its linked cell, when there is one, holds the state


def checkboxes(parts: dict[str, bytes], notes: list[str] | None = None,
               by_name: dict[str, str] | None = None) -> dict[str, list[CheckBox]]:
    """{sheet name: check boxes} for every sheet that has form-control or ActiveX check boxes.

    `by_name`: sheet_parts(parts) when the caller has it.  A control that cannot be read (a
    malformed ActiveX part) adds a note naming sheet and cell."""
    if not any(name.startswith(("xl/drawings/vmlDrawing", "xl/activeX/")) for name in parts):
        return {}
    from defusedxml import ElementTree as ET  # lazy; refuses entities and DTDs

    out: dict[str, list[CheckBox]] = {}
    for sheet, sheet_part in (sheet_parts(parts) if by_name is None else by_name).items():
        rels = parts.get(_rels_name(sheet_part))
        boxes = []
        for target in _targets(rels, _VML_REL, posixpath.dirname(sheet_part), ET):
            boxes += _vml_checkboxes(parts.get(target), ET)
        if parts.get(sheet_part + "#controls"):
            from workbook_tools.io.activex import activex_checkboxes

            found, problems = activex_checkboxes(
                parts, sheet_part, lambda part: _relmap(parts.get(_rels_name(part)), part, ET), ET)
            boxes += [CheckBox(row, col, checked, _own_cell(link, sheet), True) for row, col, checked, link in found]
            if notes is not None:
                notes += [f"シート「{sheet}」{where}: {msg}" for where, msg in problems]
        if boxes:
            out[sheet] = boxes
    return out


_CELL = re.compile(r"[A-Z]{1,3}[1-9][0-9]{0,6}")


def _own_cell(link: str, sheet: str) -> str:
    """'J15' for a link to one cell of this sheet ('J15', '報告書!J15', "'報告書'!J15"); '' otherwise
    (another sheet, a range, a name): the control's own state is used then."""
    where, _, ref = link.rpartition("!")
    if where and where.strip("'").replace("''", "'") != sheet:
        return ""
    ref = ref.upper()
    return ref if _CELL.fullmatch(ref) else ""


def _rels_name(part: str) -> str:
    return posixpath.join(posixpath.dirname(part), "_rels", posixpath.basename(part) + ".rels")


def _relmap(data: bytes | None, part: str, ET) -> dict[str, str]:
    """{relationship id: package path} of a part's internal relationships."""
    try:
        root = ET.fromstring(data) if data else None
    except Exception:  # noqa: BLE001 - broken relationships: nothing reachable through them
        root = None
    if root is None:
        return {}
    return {r.get("Id", ""): _resolve(posixpath.dirname(part), r.get("Target", ""))
            for r in root.iter(f"{_NS_REL}Relationship") if r.get("TargetMode") != "External"}


def sheet_parts(parts: dict[str, bytes], sheets: list[dict[str, str]] | None = None,
                rels: list[dict[str, str]] | None = None) -> dict[str, str]:
    """{sheet name: 'xl/worksheets/sheet1.xml'} from the workbook and its relationships.

    `sheets` / `rels`: the attributes of workbook.xml's <sheet> elements and of the <Relationship>
    elements of xl/_rels/workbook.xml.rels, when the caller has them already."""
    from workbook_tools.io.xmlscan import elements

    try:
        if sheets is None:
            sheets = [a for _, a in elements(parts.get("xl/workbook.xml", b"<workbook/>"), _SHEET.__eq__)]
        if rels is None:
            rels = [a for _, a in elements(parts.get("xl/_rels/workbook.xml.rels", b"<Relationships/>"),
                                           _RELATIONSHIP.__eq__)]
    except Exception:  # noqa: BLE001 - a broken package part: no controls read (the workbook reader reports it)
        return {}
    by_id = {r.get("Id"): r.get("Target", "") for r in rels}  # resolved below for the sheets only
    return {s.get("name", ""): _resolve("xl", by_id[s.get(_DOC_ID)]) for s in sheets if s.get(_DOC_ID) in by_id}


_SHEET = "http://schemas.openxmlformats.org/spreadsheetml/2006/main}sheet"  # expat's spelling (io.xmlscan)
_RELATIONSHIP = "http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_DOC_ID = "http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


def _targets(data: bytes | None, rel_type: str, base: str, ET) -> list[str]:
    if not data:
        return []
    try:
        root = ET.fromstring(data)
    except Exception:  # noqa: BLE001
        return []
    return [_resolve(base, r.get("Target", "")) for r in root.iter(f"{_NS_REL}Relationship")
            if r.get("Type") == rel_type and r.get("TargetMode") != "External"]


def _resolve(base: str, target: str) -> str:
    if target.startswith("/"):
        return target.lstrip("/")
    return posixpath.normpath(posixpath.join(base, target))


def _vml_checkboxes(data: bytes | None, ET) -> list[CheckBox]:
    if not data:
        return []
    try:
        root = ET.fromstring(data)
    except Exception:  # noqa: BLE001 - VML that is not well-formed XML: no boxes read from it
        return []
    boxes = []
    for cd in root.iter(f"{_NS_X}ClientData"):
        if (cd.get("ObjectType") or "").lower() != "checkbox":
            continue
        anchor = (cd.findtext(f"{_NS_X}Anchor") or "").split(",")
        if len(anchor) < 8:
            continue
        left_col, top_row = int(anchor[0]), int(anchor[2])
        checked = (cd.findtext(f"{_NS_X}Checked") or "0").strip() == "1"  # 2 = mixed: not done
        link = (cd.findtext(f"{_NS_X}FmlaLink") or "").replace("$", "").strip()
        boxes.append(CheckBox(top_row, left_col, checked, link.rsplit("!", 1)[-1]))
    return boxes
