"""Zip post-processing: add what openpyxl/XlsxWriter cannot write.

- Form-control check boxes as Excel stores them: xl/ctrlProps/ctrlPropN.xml
  (formControlPr objectType="CheckBox", checked state, optional fmlaLink), a
  legacy VML drawing with the same shapes, and the sheet's <controls> list
  whose anchors put each box beside its item's row.
- Excel 365 cell check boxes: boolean cells whose cell style carries the
  check-box feature property bag (xfComplement → XFControls → CellControl).
"""
from __future__ import annotations

import re
import zipfile
from pathlib import Path

SHEET = "xl/worksheets/sheet1.xml"
NS_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
NS_X14 = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"
NS_XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"
REL_CTRL = "http://schemas.microsoft.com/office/2006/relationships/ctrlProp"
REL_VML = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing"
REL_FPB = "http://schemas.microsoft.com/office/2022/11/relationships/FeaturePropertyBag"
CT_CTRL = "application/vnd.ms-excel.controlproperties+xml"
CT_VML = "application/vnd.openxmlformats-officedocument.vmlDrawing"
CT_FPB = "application/vnd.ms-excel.featurepropertybag+xml"


def _rewrite(path: Path, parts: dict[str, bytes]) -> None:
    with zipfile.ZipFile(path) as z:
        old = {n: z.read(n) for n in z.namelist()}
    old.update(parts)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in old.items():
            z.writestr(name, data)


def _add_rels(rels: str | None, items: list[tuple[str, str, str]]) -> str:
    if rels is None:
        rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns='
                '"http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>')
    new = "".join(f'<Relationship Id="{i}" Type="{t}" Target="{tg}"/>' for i, t, tg in items)
    return rels.replace("</Relationships>", new + "</Relationships>")


def _add_types(ct: str, overrides: list[tuple[str, str]], defaults: list[tuple[str, str]] = ()) -> str:
    for ext, typ in defaults:
        if f'Extension="{ext}"' not in ct:
            ct = ct.replace("</Types>", f'<Default Extension="{ext}" ContentType="{typ}"/></Types>')
    for part, typ in overrides:
        ct = ct.replace("</Types>", f'<Override PartName="/{part}" ContentType="{typ}"/></Types>')
    return ct


def _vml(boxes: list[tuple[int, int, bool, str]]) -> str:
    shapes = []
    for n, (row, col, checked, link) in enumerate(boxes):
        data = (f"<x:SizeWithCells/><x:Anchor>{col}, 4, {row}, 2, {col}, 28, {row}, 18</x:Anchor>"
                "<x:AutoFill>False</x:AutoFill><x:AutoLine>False</x:AutoLine><x:TextVAlign>Center</x:TextVAlign>"
                + ("<x:Checked>1</x:Checked>" if checked else "")
                + (f"<x:FmlaLink>{link}</x:FmlaLink>" if link else "") + "<x:NoThreeD/>")
        shapes.append(f'<v:shape id="_x0000_s{1025 + n}" type="#_x0000_t201" style="position:absolute;'
                      f'z-index:{n + 1}" filled="f" stroked="f" o:insetmode="auto"><v:textbox '
                      'style="mso-direction-alt:auto" o:singleclick="f"><div style="text-align:left"></div>'
                      f'</v:textbox><x:ClientData ObjectType="Checkbox">{data}</x:ClientData></v:shape>')
    return ('<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" '
            'data="1"/></o:shapelayout><v:shapetype id="_x0000_t201" coordsize="21600,21600" o:spt="201" '
            'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path shadowok="f" '
            'o:extrusionok="f" strokeok="f" fillok="f" o:connecttype="rect"/><o:lock v:ext="edit" '
            'shapetype="t"/></v:shapetype>' + "".join(shapes) + "</xml>")


def _controls_xml(boxes: list[tuple[int, int, bool, str]]) -> str:
    out = []
    for n, (row, col, _checked, _link) in enumerate(boxes):
        anchor = (f"<from><xdr:col>{col}</xdr:col><xdr:colOff>38100</xdr:colOff><xdr:row>{row}</xdr:row>"
                  f"<xdr:rowOff>19050</xdr:rowOff></from><to><xdr:col>{col}</xdr:col><xdr:colOff>342900"
                  f"</xdr:colOff><xdr:row>{row}</xdr:row><xdr:rowOff>171450</xdr:rowOff></to>")
        out.append(f'<mc:AlternateContent><mc:Choice Requires="x14"><control shapeId="{1025 + n}" '
                   f'r:id="rIdCtl{n + 1}" name="Check Box {n + 1}"><controlPr defaultSize="0" autoFill="0" '
                   f'autoLine="0" autoPict="0"><anchor moveWithCells="1">{anchor}</anchor></controlPr>'
                   "</control></mc:Choice></mc:AlternateContent>")
    return ('<legacyDrawing r:id="rIdVml1"/><mc:AlternateContent><mc:Choice Requires="x14"><controls>'
            + "".join(out) + "</controls></mc:Choice></mc:AlternateContent>")


def add_form_checkboxes(path: Path, boxes: list[tuple[int, int, bool, str]]) -> None:
    """boxes: (0-based row, 0-based col, checked, fmlaLink like '$J$23' or '')."""
    with zipfile.ZipFile(path) as z:
        sheet = z.read(SHEET).decode()
        ct = z.read("[Content_Types].xml").decode()
        rels_name = "xl/worksheets/_rels/sheet1.xml.rels"
        rels = z.read(rels_name).decode() if rels_name in z.namelist() else None
    sheet = sheet.replace("<worksheet ", f'<worksheet xmlns:mc="{NS_MC}" xmlns:x14="{NS_X14}" '
                                         f'xmlns:xdr="{NS_XDR}" mc:Ignorable="x14" ', 1)
    sheet = sheet.replace("</worksheet>", _controls_xml(boxes) + "</worksheet>")
    parts: dict[str, bytes] = {SHEET: sheet.encode(), "xl/drawings/vmlDrawing1.vml": _vml(boxes).encode()}
    rel_items = [("rIdVml1", REL_VML, "../drawings/vmlDrawing1.vml")]
    overrides = []
    for n, (_row, _col, checked, link) in enumerate(boxes):
        attrs = ' checked="Checked"' if checked else ""
        attrs += f' fmlaLink="{link}"' if link else ""
        parts[f"xl/ctrlProps/ctrlProp{n + 1}.xml"] = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<formControlPr xmlns='
            f'"{NS_X14}" objectType="CheckBox"{attrs} lockText="1" noThreeD="1"/>').encode()
        rel_items.append((f"rIdCtl{n + 1}", REL_CTRL, f"../ctrlProps/ctrlProp{n + 1}.xml"))
        overrides.append((f"xl/ctrlProps/ctrlProp{n + 1}.xml", CT_CTRL))
    parts[rels_name] = _add_rels(rels, rel_items).encode()
    parts["[Content_Types].xml"] = _add_types(ct, overrides, [("vml", CT_VML)]).encode()
    _rewrite(path, parts)


FPB = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<FeaturePropertyBags xmlns='
       '"http://schemas.microsoft.com/office/spreadsheetml/2022/featurepropertybag"><bag type="Checkbox"/>'
       '<bag type="XFControls"><bagId k="CellControl">0</bagId></bag><bag type="XFComplement">'
       '<bagId k="XFControls">1</bagId></bag><bag type="XFComplements" extRef="XFComplementsMapperExtRef">'
       '<a k="MappedFeaturePropertyBags"><bagId>2</bagId></a></bag></FeaturePropertyBags>')
XF_EXT = ('<extLst><ext uri="{C7286773-470A-42A8-94C5-96B5CB345126}" xmlns:xfpb='
          '"http://schemas.microsoft.com/office/spreadsheetml/2022/featurepropertybag">'
          '<xfpb:xfComplement i="0"/></ext></extLst>')


def add_cell_checkbox_style(path: Path, cell: str) -> None:
    """Give the style of boolean ``cell`` (and every cell sharing it) the check-box property bag."""
    with zipfile.ZipFile(path) as z:
        sheet = z.read(SHEET).decode()
        styles = z.read("xl/styles.xml").decode()
        ct = z.read("[Content_Types].xml").decode()
        wb_rels = z.read("xl/_rels/workbook.xml.rels").decode()
    m = re.search(rf'<c r="{cell}" s="(\d+)" t="b">', sheet)
    assert m, f"{cell} is not a styled boolean cell"
    idx = int(m.group(1))
    head, rest = styles.split("<cellXfs", 1)
    body, tail = rest.split("</cellXfs>", 1)
    xfs = re.findall(r"<xf [^>]*?(?:/>|>.*?</xf>)", body, re.S)
    xf = xfs[idx]
    new = xf[:-2] + ">" + XF_EXT + "</xf>" if xf.endswith("/>") else xf.replace("</xf>", XF_EXT + "</xf>")
    body = body.replace(xf, new, 1) if body.count(xf) == 1 else _replace_nth(body, xf, new, xfs[:idx].count(xf))
    parts = {"xl/styles.xml": (head + "<cellXfs" + body + "</cellXfs>" + tail).encode(),
             "xl/featurePropertyBag/featurePropertyBag.xml": FPB.encode(),
             "xl/_rels/workbook.xml.rels": _add_rels(wb_rels, [("rIdFpb1", REL_FPB,
                                                                "featurePropertyBag/featurePropertyBag.xml")]).encode(),
             "[Content_Types].xml": _add_types(ct, [("xl/featurePropertyBag/featurePropertyBag.xml", CT_FPB)]).encode()}
    _rewrite(path, parts)


def _replace_nth(text: str, old: str, new: str, n: int) -> str:
    pos = -1
    for _ in range(n + 1):
        pos = text.index(old, pos + 1)
    return text[:pos] + new + text[pos + len(old):]


# ActiveX check boxes (Forms.CheckBox.1): <controls> entries, xl/activeX/activeXN.xml (ax:ocx) and
# activeXN.bin, an OLE compound file whose "contents" stream is an [MS-OFORMS] 2.2.5.1 MorphDataControl.
REL_AX = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/control"
REL_AXBIN = "http://schemas.microsoft.com/office/2006/relationships/activeXControlBinary"
CT_AX, CT_AXBIN = "application/vnd.ms-office.activeX+xml", "application/vnd.ms-office.activeX"
AX_CLSID = "{8BD21D40-EC42-11CE-9E0D-00AA006002F3}"


def morph_data(value: str, caption: str) -> bytes:
    """A check box's MorphDataControl, laid out by hand from [MS-OFORMS] 2.2.5.1–2.2.5.3:
    PropMask = VariousPropertyBits(0) | DisplayStyle(6) | Size(8) | Value(22) | Caption(23) | Reserved(31)."""
    import struct

    mask = (1 << 0) | (1 << 6) | (1 << 8) | (1 << 22) | (1 << 23) | (1 << 31)
    cap = caption.encode("utf-16-le")  # not compressed: the flag bit stays 0
    data = (struct.pack("<I", 0x2C80081B) + bytes([4, 0, 0, 0])  # DisplayStyle 4 = check box, 3 pad bytes
            + struct.pack("<II", len(value) | 0x80000000, len(cap)))
    pad = lambda b: b + b"\0" * (-len(b) % 4)  # noqa: E731
    extra = struct.pack("<ii", 1270, 450) + pad(value.encode("latin-1")) + pad(cap)
    return bytes([0, 2]) + struct.pack("<HQ", 8 + len(data) + len(extra), mask) + data + extra


def _ax_vml(n_boxes: int, rows_cols: list[tuple[int, int]]) -> str:
    shapes = "".join(
        f'<v:shape id="_x0000_s{1025 + n}" type="#_x0000_t201" style="position:absolute;z-index:{n + 1}" '
        'stroked="f" o:button="t" o:insetmode="auto"><v:fill o:detectmouseclick="t"/><o:lock v:ext="edit" '
        f'rotation="t"/><x:ClientData ObjectType="Pict"><x:SizeWithCells/><x:Anchor>{c}, 4, {r}, 2, {c}, 60, '
        f'{r}, 18</x:Anchor><x:CF>Pict</x:CF><x:AutoPict/></x:ClientData></v:shape>'
        for n, (r, c) in enumerate(rows_cols[:n_boxes]))
    return ('<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" '
            'data="1"/></o:shapelayout><v:shapetype id="_x0000_t201" coordsize="21600,21600" o:spt="201" '
            'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path shadowok="f" '
            'o:extrusionok="f" strokeok="f" fillok="f" o:connecttype="rect"/><o:lock v:ext="edit" '
            'shapetype="t"/></v:shapetype>' + shapes + "</xml>")


def _ax_controls(boxes: list[tuple[int, int, bool, str]]) -> str:
    out = []
    for n, (row, col, _checked, link) in enumerate(boxes):
        anchor = (f"<from><xdr:col>{col}</xdr:col><xdr:colOff>38100</xdr:colOff><xdr:row>{row}</xdr:row>"
                  f"<xdr:rowOff>19050</xdr:rowOff></from><to><xdr:col>{col}</xdr:col><xdr:colOff>571500"
                  f"</xdr:colOff><xdr:row>{row}</xdr:row><xdr:rowOff>171450</xdr:rowOff></to>")
        linked = f' linkedCell="{link}"' if link else ""
        head = f'<control shapeId="{1025 + n}" r:id="rIdAx{n + 1}" name="CheckBox{n + 1}"'
        out.append(f'<mc:AlternateContent><mc:Choice Requires="x14">{head}><controlPr defaultSize="0" '
                   f'autoLine="0"{linked}><anchor moveWithCells="1">{anchor}</anchor></controlPr></control>'
                   f"</mc:Choice><mc:Fallback>{head}/></mc:Fallback></mc:AlternateContent>")
    return '<legacyDrawing r:id="rIdVml1"/><controls>' + "".join(out) + "</controls>"


def add_activex_checkboxes(path: Path, boxes: list[tuple[int, int, bool, str]]) -> None:
    """boxes: (0-based row, 0-based col, checked, linkedCell like 'J15' or '')."""
    from workbook_tools.io import cfb  # the project's compound-file writer; LibreOffice reads the result back

    with zipfile.ZipFile(path) as z:
        sheet = z.read(SHEET).decode()
        ct = z.read("[Content_Types].xml").decode()
        rels_name = "xl/worksheets/_rels/sheet1.xml.rels"
        rels = z.read(rels_name).decode() if rels_name in z.namelist() else None
    sheet = sheet.replace("<worksheet ", f'<worksheet xmlns:mc="{NS_MC}" xmlns:x14="{NS_X14}" '
                                         f'xmlns:xdr="{NS_XDR}" mc:Ignorable="x14" ', 1)
    sheet = sheet.replace("</worksheet>", _ax_controls(boxes) + "</worksheet>")
    parts = {SHEET: sheet.encode(),
             "xl/drawings/vmlDrawing1.vml": _ax_vml(len(boxes), [(r, c) for r, c, _s, _l in boxes]).encode()}
    rel_items, overrides = [("rIdVml1", REL_VML, "../drawings/vmlDrawing1.vml")], []
    for n, (_row, _col, checked, _link) in enumerate(boxes):
        ax = f"xl/activeX/activeX{n + 1}"
        parts[ax + ".xml"] = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<ax:ocx ax:classid="' + AX_CLSID
            + '" ax:persistence="persistStorage" r:id="rId1" xmlns:ax="http://schemas.microsoft.com/office/'
            '2006/activeX" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/>').encode()
        parts[f"xl/activeX/_rels/activeX{n + 1}.xml.rels"] = _add_rels(
            None, [("rId1", REL_AXBIN, f"activeX{n + 1}.bin")]).encode()
        parts[ax + ".bin"] = cfb.write({"contents": morph_data("1" if checked else "0", f"実施{n + 1}")})
        rel_items.append((f"rIdAx{n + 1}", REL_AX, f"../activeX/activeX{n + 1}.xml"))
        overrides.append((ax + ".xml", CT_AX))
    parts[rels_name] = _add_rels(rels, rel_items).encode()
    parts["[Content_Types].xml"] = _add_types(ct, overrides, [("vml", CT_VML), ("bin", CT_AXBIN)]).encode()
    _rewrite(path, parts)
