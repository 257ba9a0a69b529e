"""ActiveX check boxes (Forms.CheckBox.1) of one sheet, from the parts the safety layer kept.

The sheet's ``<controls>`` gives each control's anchor, ``linkedCell`` and a
relationship to ``xl/activeX/activeXN.xml`` (``<ax:ocx ax:classid=…>``).  The
state lives in ``activeXN.bin``: an OLE compound file (persistStorage) whose
``contents`` stream, or the stream itself (persistStream), is an [MS-OFORMS]
2.2.5.1 MorphDataControl; only its Value property is read.  A property bag
(persistPropertyBag) carries Value as ``<ax:ocxPr ax:name="Value">``.
Everything is bounded and defensive: a part that cannot be read is a problem
reported for that control, never an exception.
"""
from __future__ import annotations

import io
import struct
from typing import Callable

_NS_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_NS_XDR = "{http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing}"
_NS_DOCREL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_NS_AX = "{http://schemas.microsoft.com/office/2006/activeX}"
CHECKBOX_CLSID = "{8BD21D40-EC42-11CE-9E0D-00AA006002F3}"
MAX_BIN = 1 << 20  # a check box's .bin is a few hundred bytes

# MorphDataPropMask bits 0..32: each property's size in the DataBlock (aligned to that size).
# Size (bit 8) lives in the ExtraDataBlock only; Value (bit 22), Caption (23) and GroupName (32)
# are a 4-byte count with a compression flag there and their text in the ExtraDataBlock.
_DATA_SIZES = (4, 4, 4, 4, 1, 1, 1, 1, 0, 2, 4, 2, 2, 2, 2, 2, 1, 1, 1, 0, 1, 1,
               4, 4, 4, 4, 4, 2, 2, 2, 0, 0, 4)
_F_SIZE, _VALUE_BIT = 1 << 8, 22


class BadControl(Exception):
    """A control part that cannot be read (internal: turned into a note)."""


def activex_checkboxes(parts: dict[str, bytes], sheet_part: str, relmap: Callable[[str], dict[str, str]],
                       ET) -> tuple[list[tuple[int, int, bool, str]], list[tuple[str, str]]]:
    """([(row, col, checked, linkedCell as written)], [(where, problem)]) for the sheet's ActiveX check boxes.

    relmap(part) gives {relationship id: package path} of a part (io.controls)."""
    rels = relmap(sheet_part)
    try:
        root = ET.fromstring(parts[sheet_part + "#controls"])
    except Exception:  # noqa: BLE001 - a <controls> that is not XML: reported, nothing read from it
        return [], [("", "ActiveX コントロールの一覧（controls）が壊れているため読めません")]
    found, problems, seen = [], [], set()
    for ctl in root.iter(f"{_NS_MAIN}control"):
        pr = ctl.find(f"{_NS_MAIN}controlPr")
        frm = pr.find(f"{_NS_MAIN}anchor/{_NS_MAIN}from") if pr is not None else None
        if frm is None or ctl.get("shapeId") in seen:
            continue  # the mc:Fallback copy has no anchor
        seen.add(ctl.get("shapeId"))
        try:
            row, col = int(frm.findtext(f"{_NS_XDR}row") or ""), int(frm.findtext(f"{_NS_XDR}col") or "")
        except ValueError:
            continue
        link = (pr.get("linkedCell") or "").replace("$", "").strip()
        try:
            state = _state(parts, rels.get(ctl.get(f"{_NS_DOCREL}id", ""), ""), relmap, ET)
        except BadControl as exc:
            problems.append((f"{_a1(row, col)} の ActiveX コントロール「{ctl.get('name', '')}」", str(exc)))
            if not link:
                continue
            state = False  # the linked cell decides (locate.py)
        if state is not None:
            found.append((row, col, state, link))
    return found, problems


def _a1(row: int, col: int) -> str:
    letters, n = "", col + 1
    while n:
        n, r = divmod(n - 1, 26)
        letters = chr(65 + r) + letters
    return f"{letters}{row + 1}"


def _state(parts: dict[str, bytes], ax_part: str, relmap, ET) -> bool | None:
    """True/False for a check box, None for another kind of control."""
    try:
        ocx = ET.fromstring(parts[ax_part])
    except Exception as exc:  # noqa: BLE001
        raise BadControl("ActiveX の定義（activeX.xml）がないか壊れています") from exc
    if (ocx.get(f"{_NS_AX}classid") or "").upper() != CHECKBOX_CLSID:
        return None
    persistence = ocx.get(f"{_NS_AX}persistence", "")
    if persistence == "persistPropertyBag":
        value = next((p.get(f"{_NS_AX}value", "") for p in ocx.iter(f"{_NS_AX}ocxPr")
                      if p.get(f"{_NS_AX}name") == "Value"), "0")
        return value.strip() == "1"
    bin_part = relmap(ax_part).get(ocx.get(f"{_NS_DOCREL}id", ""), "")
    data = parts.get(bin_part)
    if not data or len(data) > MAX_BIN:
        raise BadControl("ActiveX の状態（activeX.bin）がないか大きすぎます")
    if persistence == "persistStorage" or data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        data = _contents_stream(data)
    return morph_value(data) == "1"


def _contents_stream(data: bytes) -> bytes:
    import olefile  # lazy: only when a workbook has ActiveX controls

    try:
        with olefile.OleFileIO(io.BytesIO(data)) as ole:
            if not ole.exists("contents") or ole.get_size("contents") > MAX_BIN:
                raise BadControl("ActiveX の状態（activeX.bin）に contents がありません")
            return ole.openstream("contents").read()
    except BadControl:
        raise
    except Exception as exc:  # noqa: BLE001 - any malformed compound file
        raise BadControl("ActiveX の状態（activeX.bin）が壊れています") from exc


def morph_value(stream: bytes) -> str:
    """The Value property of an [MS-OFORMS] MorphDataControl stream ('' when absent)."""
    if len(stream) < 12 or stream[1] != 2:
        raise BadControl("ActiveX の状態（MorphData）の形式が違います")
    size, mask = struct.unpack_from("<HQ", stream, 2)
    end = min(len(stream), 4 + size)
    if not mask & (1 << _VALUE_BIT):
        return ""
    pos, value_at = 12, 0
    for bit, width in enumerate(_DATA_SIZES):
        if mask & (1 << bit) and width:
            pos = (pos + width - 1) // width * width  # each property aligned to its own size
            value_at = pos if bit == _VALUE_BIT else value_at
            pos += width
    extra = (pos + 3) // 4 * 4 + (8 if mask & _F_SIZE else 0)  # ExtraDataBlock: Size, then Value's text
    if extra > end:
        raise BadControl("ActiveX の状態（MorphData）が途中で切れています")
    count = struct.unpack_from("<I", stream, value_at)[0]
    n, compressed = count & 0x7FFFFFFF, bool(count & 0x80000000)
    if extra + n > end or n > 64:
        raise BadControl("ActiveX の状態（MorphData）の値が不正です")
    raw = stream[extra:extra + n]
    return raw.decode("latin-1") if compressed else raw.decode("utf-16-le", "replace")
