"""The cheaper per-file work of a consolidation (issue 17) reads what it read before.

The file is read once (its hash is of those bytes), the package XML is read with expat
callbacks (DTDs and entities still refused), the styles part is skipped only when no special
format can be in it, and the farthest reference stays exact on every path of the pre-check.
Expected values are written by hand; workbooks are real zips read back."""
import hashlib
from pathlib import Path

import pytest
from xml.parsers import expat

from hostile import minimal_parts, sheet_xml, write_parts
from workbook_tools.errors import RefusedFile
from workbook_tools.io.files import read_regular
from workbook_tools.io.safety import Limits, check_file
from workbook_tools.io.styles import special_styles
from workbook_tools.io.xmlscan import XmlRefused, elements_with_text, scan

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def _styles(num_fmts: str, xfs: str) -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="{MAIN}"><numFmts>{num_fmts}</numFmts>'
            f"<cellXfs>{xfs}</cellXfs></styleSheet>").encode()


@pytest.mark.parametrize("styles, expected", [
    (_styles('<numFmt numFmtId="164" formatCode="0.0"/>', '<xf numFmtId="0"/><xf numFmtId="164"/>'), {}),
    (_styles('<numFmt numFmtId="164" formatCode="0.0&#37;"/>', '<xf numFmtId="0"/><xf numFmtId="164"/>'),
     {1: "0.0%"}),  # the percent sign as a character reference: not seen by the byte test, read by the parser
    (_styles('<numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;"/>', '<xf numFmtId="164"/>'), {0: 'yyyy"年"'}),
    (_styles("", '<xf numFmtId="0"/><xf numFmtId = "10"/>'), {1: "0.00%"}),  # built-in 0.00%, spaces around =
    (_styles("<numFmt numFmtId='164' formatCode='0\"人\"'/>", "<xf numFmtId='164'/>"), {0: '0"人"'}),
    (_styles("", '<xf numFmtId="9"/>').decode().replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16"),
     {0: "0%"}),  # UTF-16
])
def test_special_styles_whatever_the_spelling(styles, expected):
    assert special_styles(styles) == expected


def _filled(fills: str, xfs: str, palette: str = "") -> bytes:
    colors = f"<colors><indexedColors>{palette}</indexedColors></colors>" if palette else ""
    return (f'<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="{MAIN}"><fills>{fills}</fills>'
            f"<cellXfs>{xfs}</cellXfs>{colors}</styleSheet>").encode()


_NONE, _GRAY = '<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>'


@pytest.mark.parametrize("styles, expected", [
    # a highlighter's yellow: its style is HIGHLIGHT (「実施した項目は黄色で塗りつぶし」)
    (_filled(_NONE + _GRAY + '<fill><patternFill patternType="solid"><fgColor rgb="FFFFFF00"/></patternFill></fill>',
             '<xf numFmtId="0" fillId="0"/><xf numFmtId="0" fillId="2"/>'), {1: "@highlight"}),
    # the pale cream of an input cell and a grey heading are no highlight
    (_filled(_NONE + _GRAY + '<fill><patternFill patternType="solid"><fgColor rgb="FFFFF2CC"/></patternFill></fill>'
             '<fill><patternFill patternType="solid"><fgColor rgb="FFF2F2F2"/></patternFill></fill>',
             '<xf numFmtId="0" fillId="2"/><xf numFmtId="0" fillId="3"/>'), {}),
    # the legacy palette has a yellow in every file that carries it: no reason to parse the part
    (_filled(_NONE + _GRAY, '<xf numFmtId="0" fillId="0"/>', '<rgbColor rgb="00FFFF00"/><rgbColor rgb="00FFFF99"/>'),
     {}),
])
def test_yellow_fills(styles, expected):
    from workbook_tools.io.styles import _may_be_special

    assert special_styles(styles) == expected
    assert _may_be_special(styles) == bool(expected)


def test_entities_and_dtds_are_refused_by_the_expat_reader():
    with pytest.raises(XmlRefused):
        scan(b'<!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>', lambda name, attrs: None)
    with pytest.raises(expat.ExpatError):  # an entity nobody declared
        scan(b"<x>&a;</x>", lambda name, attrs: None)


def test_element_text_is_read_as_elementtree_reads_it():
    xml = (f'<w xmlns="{MAIN}"><sheet name="S"/><definedName name="a">S!$A$1</definedName>'
           f'<definedName name="b"/><definedName name="c">t<q/>tail</definedName></w>').encode()
    found = elements_with_text(xml, MAIN + "}definedName", also=MAIN + "}sheet")
    assert [(tag.rsplit("}", 1)[1], attrs["name"], text) for tag, attrs, text in found] == [
        ("sheet", "S", ""), ("definedName", "a", "S!$A$1"), ("definedName", "b", ""), ("definedName", "c", "t")]


@pytest.mark.parametrize("timeout", [None, 5.0])
def test_read_regular_returns_the_bytes_it_hashed(tmp_path, timeout):
    content = b"PK\x03\x04" + bytes(range(256)) * 10
    (tmp_path / "a.xlsx").write_bytes(content)
    assert read_regular(tmp_path / "a.xlsx", 10_000, timeout) == (content, hashlib.sha256(content).hexdigest())
    # past the size limit: not kept, hashed all the same
    assert read_regular(tmp_path / "a.xlsx", 100, timeout) == (None, hashlib.sha256(content).hexdigest())


def test_check_file_on_bytes_checks_the_bytes_not_the_path(tmp_path):
    good = write_parts(tmp_path / "good.xlsx", minimal_parts())
    far = write_parts(tmp_path / "far.xlsx", minimal_parts({"xl/worksheets/sheet1.xml": sheet_xml(["XFD400"])}))
    assert check_file(far, data=good.read_bytes()).kind == "xlsx"
    with pytest.raises(RefusedFile) as exc:
        check_file(good, data=far.read_bytes())
    assert exc.value.code == "far_cell" and exc.value.file == "good.xlsx"


def _area_code(tmp_path: Path, sheet: bytes, area: int) -> str:
    path = write_parts(tmp_path / "s.xlsx", minimal_parts({"xl/worksheets/sheet1.xml": sheet}))
    try:
        check_file(path, Limits(max_cell_area=area, max_book_area=10 * area))
    except RefusedFile as exc:
        return exc.code
    return "ok"


@pytest.mark.parametrize("rows, changed, dimension, area", [
    # a mid-sized sheet (16 KB – 128 KB): the <dimension> is a hint, the area exact whatever it says
    (600, {100: "J100"}, "A1:J600", 10 * 600),  # the widest column in row 100, far from the tail
    (600, {5: "J5"}, "A1:J600", 10 * 600),  # ... in a row of fewer digits than the last
    (600, {100: "J100"}, "A1:Z600", 10 * 600),  # the dimension claims more than there is
    (600, {100: "J100"}, "A1:C600", 10 * 600),  # ... or less
    (600, {5: "AB5"}, None, 28 * 600),  # no dimension at all
    (600, {7: "C700"}, "A1:C600", 3 * 700),  # a row beyond the last row, early in the sheet
    # a big sheet (over 128 KB): one search for anything beyond the farthest of its tail
    (6000, {10: "D10"}, "A1:B6000", 4 * 6000),
    (6000, {}, "A1:B6000", 2 * 6000),
])
def test_farthest_reference_is_exact_on_every_path(tmp_path, rows, changed, dimension, area):
    refs = [changed.get(r, f"B{r}") for r in range(1, rows + 1)]  # every row holds B<row> unless changed
    sheet = sheet_xml(refs)
    if dimension:
        sheet = sheet.replace(b"<sheetData>", f'<dimension ref="{dimension}"/><sheetData>'.encode())
    assert _area_code(tmp_path, sheet, area) == "ok"
    assert _area_code(tmp_path, sheet, area - 1) == "far_cell"


def test_special_style_cells_in_the_usual_form_are_all_found(tmp_path):
    styles = _styles("", '<xf numFmtId="0"/><xf numFmtId="10"/>')
    cells = "".join(f'<c r="{c}{r}" s="{1 if c == "B" else 0}"><v>0.5</v></c>' for r in range(1, 4) for c in "ABC")
    sheet = sheet_xml([]).replace(b"<sheetData>", b"<sheetData><row r=\"1\">" + cells.encode() + b"</row>")
    parts = minimal_parts({"xl/worksheets/sheet1.xml": sheet})
    parts["xl/styles.xml"] = styles
    sn = check_file(write_parts(tmp_path / "s.xlsx", parts))
    assert sn.cell_formats["xl/worksheets/sheet1.xml"] == {"B1": "0.00%", "B2": "0.00%", "B3": "0.00%"}


_OPENERS_SHEET = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
    b'2006/main" xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    b'<cols><col min="1" max="1" width="9"/></cols><sheetData>'
    b'<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>0</v></c><c><v>2</v></c>EXTRA</row>'
    b'<row r="2"><c r="A2"><f>1+1</f><v>2</v></c><c r="B2"><f t="shared" ref="B2:B3" si="0">A2</f><v>2</v></c></row>'
    b'<row r="3"><c r="B3"><f t="shared" si="0"/><v>2</v></c><c r="C3"><f/><v>0</v></c></row>'
    b'<row r="4"><x:c r="A4"><x:f>3*3</x:f><x:v>9</x:v></x:c></row></sheetData>'
    b'<dataValidations count="1"><dataValidation sqref="A1"><formula1>"a,b"</formula1></dataValidation>'
    b'</dataValidations></worksheet>')


@pytest.mark.parametrize("extra, cells", [
    (b"", 8),  # '<c ' A1 B1 A2 B2 B3 C3, '<c>' once, 'x:c ' once
    (b'<c r="D1" t="inlineStr"><is><t>' + b":" * 70 + b"</t></is></c>", 9),  # many ':' (counted, not looked at)
])
def test_cells_and_formulas_counted_in_every_spelling(tmp_path, extra, cells):
    # formulas: '<f>' A2, '<f ' B2 and B3, '<f/' C3, ':f>' of A4's '<x:f>' and of its '</x:f>' = 6 (the count
    # only decides whether the formula regexes run: a prefixed closing tag errs toward looking); '<formula1>'
    # and '<cols>' are neither
    sheet = _OPENERS_SHEET.replace(b"EXTRA", extra)
    path = write_parts(tmp_path / "o.xlsx", minimal_parts({"xl/worksheets/sheet1.xml": sheet}))
    sn = check_file(path, Limits(max_cells=cells))
    assert (sn.formulas, sn.uncached_formulas) == (6, 0)
    # with the usual bound the sheet is too small to pass it: its cells are not counted, its formulas still are
    assert (check_file(path).formulas, check_file(path).uncached_formulas) == (6, 0)
    with pytest.raises(RefusedFile) as exc:
        check_file(path, Limits(max_cells=cells - 1))
    assert exc.value.code == "too_many_cells"


@pytest.mark.parametrize("rows, expected", [
    ([["題", "", None], ["", 0, ""], [False, "", "x"]], [(0, 0, "題"), (1, 1, 0), (2, 0, False), (2, 2, "x")]),
    ([["題"], [], ["", "", 3.5]], [(0, 0, "題"), (2, 2, 3.5)]),  # ragged rows
    ([[], []], []),
    ([], []),
])
def test_filled_cells_in_row_order_with_their_positions(rows, expected):
    from workbook_tools.io.readers import SheetData

    assert SheetData("表", rows).filled() == expected
