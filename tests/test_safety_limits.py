"""Every bound of the pre-check (io/safety.py, io/xls_bounds.py) with a part just inside it
and one just outside, on the default limits: moving a limit or dropping a check turns a
test here red.  Sizes and ratios of the generated parts are measured independently
(zipfile's own directory), not taken from the code under test."""
import io
import random
import struct
import zipfile
from pathlib import Path

import pytest

import hostile
import lo
from hostile import minimal_parts, ratio_part, sheet_xml, write_parts
from workbook_tools.errors import RefusedFile
from workbook_tools.io.safety import DEFAULT_LIMITS, check_file

L = DEFAULT_LIMITS


def _code(path: Path) -> str:
    """'' when the pre-check accepts the file, else the refusal's code (and the reason is Japanese)."""
    try:
        check_file(path)
    except RefusedFile as exc:
        assert any("\u3040" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff" for ch in exc.message), exc.message
        return exc.code
    return ""


def _xlsx(tmp_path, name, parts, compress=zipfile.ZIP_DEFLATED) -> Path:
    return write_parts(tmp_path / name, parts, compress)


def test_the_limits_tested_here_are_the_defaults():
    # if a default moves, the parts below must move with it: this test names them
    assert (L.max_ratio, L.ratio_floor_bytes, L.max_cell_area, L.max_book_area, L.max_cells, L.max_entries,
            L.max_entry_bytes, L.max_total_bytes, L.max_strings) == (
        200.0, 1_000_000, 5_000_000, 10_000_000, 2_000_000, 2_000, 200 * 1024 * 1024, 400 * 1024 * 1024, 2_000_000)


# --- compression ratio ---------------------------------------------------------------------------
@pytest.mark.parametrize("size, ratio, code", [
    (2_000_000, 180, ""), (2_000_000, 230, "zip_bomb"),  # around 200:1
    (950_000, 900, ""), (1_050_000, 900, "zip_bomb"),  # around the 1 MB floor
])
def test_ratio_limit(tmp_path, size, ratio, code):
    parts = minimal_parts()
    parts["xl/media/image1.png"] = ratio_part(size, ratio)
    path = _xlsx(tmp_path, "r.xlsx", parts)
    with zipfile.ZipFile(path) as z:
        info = z.getinfo("xl/media/image1.png")
    measured = info.file_size / info.compress_size
    assert abs(measured - ratio) / ratio < 0.08, measured
    assert _code(path) == code


def test_the_1028_to_1_bombs_are_refused(tmp_path):
    parts = minimal_parts()
    parts["xl/sharedStrings.xml"] = b"<sst>" + b"a" * 20_000_000 + b"</sst>"
    assert _code(_xlsx(tmp_path, "b.xlsx", parts)) == "zip_bomb"


# --- cell area -------------------------------------------------------------------------------
@pytest.mark.parametrize("cells, code", [
    (["A1", "D1250000"], ""),  # 4 × 1,250,000 = 5,000,000: exactly the bound
    (["A1", "D1250001"], "far_cell"),  # 5,000,004
    (["A1", "D1048576"], ""),  # a real tall sheet: every row, 4 columns
    (["A1", "XFD305"], ""),  # a real wide sheet: every column, 305 rows (4,997,120)
    (["A1", "XFD306"], "far_cell"),
    (["A1", "AMJ100000"], "far_cell"),  # 1,024 × 100,000: once accepted, then 3.9 GB
])
def test_cell_area_bound(tmp_path, cells, code):
    path = _xlsx(tmp_path, "a.xlsx", minimal_parts({"xl/worksheets/sheet1.xml": sheet_xml(cells)}))
    assert _code(path) == code


@pytest.mark.parametrize("sheets, code", [(2, ""), (3, "far_cell")])
def test_book_area_bound(tmp_path, sheets, code):
    # 4,000,000 cells each: two fit in 10,000,000, three do not
    parts = minimal_parts({f"xl/worksheets/sheet{i}.xml": sheet_xml(["A1", "D1000000"]) for i in range(1, sheets + 1)})
    assert _code(_xlsx(tmp_path, "b.xlsx", parts)) == code


@pytest.mark.parametrize("count, code", [(2_000_000, ""), (2_000_001, "too_many_cells")])
def test_cell_count_bound(tmp_path, count, code):
    full, rest = divmod(count, 1_000)
    rows = [b'<row r="%d">' % (r + 1) + b'<c t="n"/>' * 1_000 + b"</row>" for r in range(full)]
    if rest:
        rows.append(b'<row r="%d">' % (full + 1) + b'<c t="n"/>' * rest + b"</row>")
    xml = sheet_xml([], b"".join(rows))
    assert xml.count(b"<c ") == count
    # stored, not deflated: the repetitive part would otherwise be refused as a zip bomb first
    path = _xlsx(tmp_path, "c.xlsx", minimal_parts({"xl/worksheets/sheet1.xml": xml}), zipfile.ZIP_STORED)
    assert _code(path) == code


# --- zip directory -----------------------------------------------------------------------------
@pytest.mark.parametrize("extra, code", [(2_000 - 5, ""), (2_000 - 4, "too_many_entries")])
def test_entry_count_bound(tmp_path, extra, code):
    parts = minimal_parts()  # 5 parts
    parts.update({f"customXml/item{i}.bin": b"" for i in range(extra)})
    path = _xlsx(tmp_path, "e.xlsx", parts)
    with zipfile.ZipFile(path) as z:
        assert len(z.infolist()) == extra + 5
    assert _code(path) == code


def _declare(path: Path, member: str, size: int) -> None:
    """Rewrite the uncompressed size a zip declares for `member` (central directory and local header)."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as z:
        info = z.getinfo(member)
    name = member.encode()
    pos = data.find(b"PK\x01\x02")
    while pos >= 0:
        n = int.from_bytes(data[pos + 28:pos + 30], "little")
        if data[pos + 46:pos + 46 + n] == name:
            data[pos + 24:pos + 28] = size.to_bytes(4, "little")
        pos = data.find(b"PK\x01\x02", pos + 4)
    data[info.header_offset + 22:info.header_offset + 26] = size.to_bytes(4, "little")
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("declared, code", [(200 * 1024 * 1024, "declared_size_lie"),
                                            (200 * 1024 * 1024 + 1, "entry_too_big")])
def test_part_size_bound(tmp_path, declared, code):
    parts = minimal_parts()
    parts["xl/styles.xml"] = random.Random(2).randbytes(1_100_000)  # incompressible: 200 MB / 1.1 MB < 200:1
    path = _xlsx(tmp_path, "s.xlsx", parts)
    _declare(path, "xl/styles.xml", declared)
    assert _code(path) == code  # at the bound it is read, and the lie is found while reading


@pytest.mark.parametrize("delta, code", [(0, "declared_size_lie"), (1, "too_big_unpacked")])
def test_total_size_bound(tmp_path, delta, code):
    parts = minimal_parts()
    others = sum(len(b) for b in parts.values())
    for i in range(3):
        parts[f"xl/styles{i}.xml"] = random.Random(i).randbytes(1_000_000)  # 150 MB / 1 MB stays under 200:1
    path = _xlsx(tmp_path, "t.xlsx", parts)
    sizes = [150 * 1024 * 1024, 150 * 1024 * 1024, 100 * 1024 * 1024 - others + delta]
    for i, size in enumerate(sizes):
        _declare(path, f"xl/styles{i}.xml", size)
    with zipfile.ZipFile(path) as z:
        declared = sum(i.file_size for i in z.infolist())
    assert declared == 400 * 1024 * 1024 + delta
    assert _code(path) == code  # at the bound it is read, and the lie is found while reading


@pytest.mark.parametrize("second", ["xl/worksheets/sheet1.xml", "xl/worksheets/Sheet1.xml"])
def test_duplicate_part_names_refused(tmp_path, second):
    parts = list(minimal_parts().items()) + [(second, sheet_xml(["B2"]))]
    assert _code(_xlsx(tmp_path, "d.xlsx", parts)) == "duplicate_entry"


# --- CRC ---------------------------------------------------------------------------------------------
def _stored_with_flipped_byte(tmp_path, member: str) -> Path:
    parts = minimal_parts()
    parts.setdefault(member, b"<?xml version='1.0'?><x>" + b"z" * 200 + b"</x>")
    path = _xlsx(tmp_path, "crc.xlsx", parts, compress=zipfile.ZIP_STORED)
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as z:
        info = z.getinfo(member)
    start = info.header_offset + 30 + len(member.encode())
    i = data.index(b"z" if b"z" * 10 in parts[member] else b"1", start)
    data[i] ^= 0x01  # same length, different bytes: only the CRC can tell
    path.write_bytes(bytes(data))
    return path


@pytest.mark.parametrize("member", ["xl/worksheets/sheet1.xml", "xl/styles.xml"])
def test_crc_checked_on_every_part_the_reader_parses(tmp_path, member):
    assert _code(_stored_with_flipped_byte(tmp_path, member)) == "corrupt_entry"


def test_unflipped_stored_package_passes(tmp_path):
    parts = minimal_parts()
    parts["xl/styles.xml"] = b"<?xml version='1.0'?><x>" + b"z" * 200 + b"</x>"
    assert _code(_xlsx(tmp_path, "ok.xlsx", parts, compress=zipfile.ZIP_STORED)) == ""


# --- DTD ---------------------------------------------------------------------------------------------
DTD = b'<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'


@pytest.mark.parametrize("member, where", [
    ("xl/worksheets/sheet1.xml", "start"), ("xl/worksheets/sheet1.xml", "after_2k"),
    ("xl/worksheets/sheet1.xml", "chunk_edge"), ("xl/styles.xml", "after_2k"),
    ("xl/_rels/workbook.xml.rels", "start"), ("[Content_Types].xml", "start"), ("docProps/custom.xml", "start"),
])
def test_dtd_refused_anywhere(tmp_path, member, where):
    parts = minimal_parts()
    body = parts.get(member, b"<?xml version='1.0'?><Properties/>")
    if where == "start":
        body = body.replace(b"?>", b"?>" + DTD, 1) if b"?>" in body else DTD + body
    elif where == "after_2k":
        body = body[:-12] + b"<!--" + b" " * 3000 + b"-->" + b"<!ENTITY a 'b'>" + body[-12:]
    else:  # split by the 1 MiB read boundary: '<!DOC' ends one chunk, 'TYPE' starts the next
        pad = (1 << 20) - len(body[:-12]) - 5
        body = body[:-12] + b" " * pad + b"<!DOCTYPE z>" + body[-12:]
        assert body.index(b"<!DOCTYPE") + 5 == 1 << 20
    parts[member] = body
    stored = zipfile.ZIP_STORED if where == "chunk_edge" else zipfile.ZIP_DEFLATED  # 1 MiB of spaces: no bomb
    assert _code(_xlsx(tmp_path, "dtd.xlsx", parts, stored)) == "xml_dtd"


@pytest.mark.parametrize("spelling", [b"<!doctype x>", b"<!Entity y 'z'>",
                                      "<!DOCTYPE x>".encode("utf-16-le"), "<!DOCTYPE x>".encode("utf-16-be")])
def test_dtd_in_other_spellings(tmp_path, spelling):
    parts = minimal_parts()
    parts["xl/styles.xml"] = b"<?xml version='1.0'?>" + spelling + b"<styleSheet/>"
    assert _code(_xlsx(tmp_path, "dtd.xlsx", parts)) == "xml_dtd"


def test_comments_and_cdata_are_not_a_dtd(tmp_path):
    parts = minimal_parts()
    parts["xl/styles.xml"] = b"<?xml version='1.0'?><!-- note --><styleSheet><x><![CDATA[<a>]]></x></styleSheet>"
    assert _code(_xlsx(tmp_path, "ok.xlsx", parts)) == ""


# --- relationships: the sheets the reader will read, wherever they are -------------------------------
@pytest.mark.parametrize("stored, target", [
    ("xl/data/s1.xml", "data/s1.xml"), ("xl/Worksheets/SHEET1.XML", "worksheets/sheet1.xml"),
    ("xl/Data/S1.XML", "data/s1.xml"),
    ("elsewhere/s.xml", "/elsewhere/s.xml"), ("xl/s.bin", "../xl/s.bin"),
])
@pytest.mark.parametrize("hostile_sheet, code", [(None, ""), ("far", "far_cell"), ("dtd", "xml_dtd")])
def test_relationships_followed(tmp_path, stored, target, hostile_sheet, code):
    xml = {None: sheet_xml(["A1"]), "far": sheet_xml(["A1", "AMJ100000"]),
           "dtd": sheet_xml(["A1"]).replace(b"?>\n", b"?>\n" + b" " * 5000 + DTD, 1)}[hostile_sheet]
    parts = minimal_parts({stored: xml}, rels_target={stored: target})
    assert _code(_xlsx(tmp_path, "rel.xlsx", parts)) == code


# --- Excel 97-2003 -----------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def xls_bytes(tmp_path_factory):
    if lo.soffice() is None:
        pytest.skip("LibreOffice がありません")
    folder = tmp_path_factory.mktemp("xls")
    text = b'<row r="21"><c r="A21" t="inlineStr"><is><t>\xe6\x96\x87\xe5\xad\x97</t></is></c></row>'
    parts = minimal_parts({"xl/worksheets/sheet1.xml": sheet_xml(["A1", "F20"], text)})
    src = write_parts(folder / "s.xlsx", parts)
    return lo.convert(src, folder / "out", "xls").read_bytes()


def _records(data: bytes):
    """(offset of the record body, type, length) for every BIFF record found in the file bytes
    (a small file's Workbook stream is stored in order)."""
    import olefile

    ole = olefile.OleFileIO(io.BytesIO(data))
    stream = ole.openstream("Workbook").read()
    base = data.find(stream[:512])
    assert base >= 0
    pos = 0
    while pos + 4 <= len(stream):
        rtype, length = struct.unpack_from("<HH", stream, pos)
        yield base + pos + 4, rtype, length
        pos += 4 + length


def _patched(tmp_path, data: bytes, rtype: int, fmt: str, offset: int, value: int) -> Path:
    buf = bytearray(data)
    for body, t, _ in _records(data):
        if t == rtype:
            struct.pack_into(fmt, buf, body + offset, value)
            break
    else:
        raise AssertionError(f"record {rtype:#x} not found")
    path = tmp_path / "p.xls"
    path.write_bytes(bytes(buf))
    return path


def test_xls_as_written_passes(tmp_path, xls_bytes):
    (tmp_path / "ok.xls").write_bytes(xls_bytes)
    assert _code(tmp_path / "ok.xls") == ""


def test_xls_stream_names_compare_without_case(tmp_path, xls_bytes):
    """Compound file names are compared without case: a 'WORKBOOK' stream (some writers use it) is a workbook,
    not 'an Office file that is not Excel'."""
    from workbook_tools.io.readers import open_book

    old = "Workbook".encode("utf-16-le")
    assert xls_bytes.count(old) == 1  # the directory entry's name
    path = tmp_path / "upper.xls"
    path.write_bytes(xls_bytes.replace(old, "WORKBOOK".encode("utf-16-le")))
    assert _code(path) == ""
    assert open_book(path).sheet(open_book(path).sheet_names[0]).rows[20][0] == "文字"


@pytest.mark.parametrize("rows, code", [(833_333, ""), (833_334, "far_cell")])  # × 6 columns (A:F)
def test_xls_declared_dimensions(tmp_path, xls_bytes, rows, code):
    cols = [struct.unpack_from("<IIHH", xls_bytes, b)[3] for b, t, n in _records(xls_bytes) if t == 0x0200]
    assert cols[0] == 6
    assert _code(_patched(tmp_path, xls_bytes, 0x0200, "<I", 4, rows)) == code


@pytest.mark.parametrize("col, code", [(5, ""), (255, "far_cell")])  # the last row 65,536 × 6 or × 256 columns
def test_xls_cell_positions(tmp_path, xls_bytes, col, code):
    cells = [(b, t) for b, t, n in _records(xls_bytes) if t in (0x0203, 0x027E)]
    buf = bytearray(xls_bytes)
    struct.pack_into("<HH", buf, cells[-1][0], 65_535, col)
    (tmp_path / "c.xls").write_bytes(bytes(buf))
    assert _code(tmp_path / "c.xls") == code


def test_xls_shared_string_count(tmp_path, xls_bytes):
    sst = [(b, n) for b, t, n in _records(xls_bytes) if t == 0x00FC]
    if not sst:
        pytest.skip("no SST in this file")
    body, _ = sst[0]
    stream_left = len(xls_bytes)  # an upper bound on the bytes after the header
    assert _code(_patched(tmp_path, xls_bytes, 0x00FC, "<I", 4, 3)) == ""
    assert _code(_patched(tmp_path, xls_bytes, 0x00FC, "<I", 4, stream_left)) == "sst_too_big"
    assert _code(_patched(tmp_path, xls_bytes, 0x00FC, "<I", 4, 2_000_001)) == "sst_too_big"


@pytest.mark.parametrize("space", [" ", "\t", "\n", "\r\n"])
def test_far_cell_found_whatever_separates_the_attributes(tmp_path, space):
    body = f'<row{space}r="1048576"><c{space}r="XFD1048576"><v>1</v></c></row>'.encode()
    path = _xlsx(tmp_path, "sp.xlsx", minimal_parts({"xl/worksheets/sheet1.xml": sheet_xml(["A1"], body)}))
    assert _code(path) == "far_cell"
    body = f'<row{space}r="9"><c{space}r="D9"><v>1</v></c></row>'.encode()
    path = _xlsx(tmp_path, "ok.xlsx", minimal_parts({"xl/worksheets/sheet1.xml": sheet_xml(["A1"], body)}))
    assert _code(path) == ""


def test_xls_filepass_means_encrypted(tmp_path, xls_bytes):
    records = list(_records(xls_bytes))
    assert records[0][1] == 0x0809  # BOF of the workbook globals
    buf = bytearray(xls_bytes)
    struct.pack_into("<H", buf, records[1][0] - 4, 0x002F)  # the next record becomes FILEPASS
    (tmp_path / "e.xls").write_bytes(bytes(buf))
    assert check_file(tmp_path / "e.xls").kind == "encrypted"
    (tmp_path / "ok.xls").write_bytes(xls_bytes)
    assert check_file(tmp_path / "ok.xls").kind == "xls"


def _ordered_rows(n: int, liar: bytes, at_row: int) -> bytes:
    """n ordered rows of cells A..D (far more than the pre-check's 32 KB tail), with `liar`
    inserted inside row `at_row`."""
    rows = []
    for r in range(1, n + 1):
        cells = "".join(f'<c r="{c}{r}"><v>1</v></c>' for c in "ABCD").encode()
        rows.append(b'<row r="%d">' % r + (liar if r == at_row else b"") + cells + b"</row>")
    return sheet_xml([]).replace(b"<sheetData>", b"<sheetData>" + b"".join(rows))


@pytest.mark.parametrize("liar, at_row, code", [
    (b"", 1, ""),                                    # 1,500 × 4: accepted
    (b'<c r="XFD1"><v>1</v></c>', 1, "far_cell"),    # a far column before the tail, row in order
    (b'<c r="XFD7"><v>1</v></c>', 1_400, "far_cell"),  # out of order inside a row (XFD7 in row 1,400)
    (b'<c r="A5000000"><v>1</v></c>', 10, "far_cell"),  # a far row inside an early row
    (b'<c r="E1000"><v>1</v></c>', 3, ""),           # out of order but near: 1,500 × 5 accepted
])
def test_far_cell_found_in_any_byte_order(tmp_path, liar, at_row, code):
    # The scan takes its bound from the sheet's end and proves nothing lies beyond it; a
    # reference anywhere else that goes beyond must still count.
    path = _xlsx(tmp_path, "o.xlsx", minimal_parts({"xl/worksheets/sheet1.xml": _ordered_rows(1_500, liar, at_row)}))
    assert _code(path) == code


# --- zip files that are not (standard) workbooks: the reason says what to do -------------------------
def _refusal(path: Path) -> RefusedFile:
    with pytest.raises(RefusedFile) as caught:
        check_file(path)
    return caught.value


@pytest.mark.parametrize("parts, says", [
    ({"[Content_Types].xml": b"<Types/>", "xl/workbook.bin": b"\x83\x01\x00", "_rels/.rels": b"<Relationships/>"},
     ".xlsb"),
    ({"mimetype": b"application/vnd.oasis.opendocument.spreadsheet", "content.xml": b"<office:document-content/>"},
     ".ods"),
    ({"[content_types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"}, "標準と違う形"),
    ({"[Content_Types].xml": b"<Types/>", "xl\\workbook.xml": b"<workbook/>"}, "標準と違う形"),
    ({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<document/>"}, "Word など"),
    ({"readme.txt": b"hello"}, "Excel ブックではない zip ファイルです"),
])
def test_a_zip_that_is_not_a_workbook_says_what_it_is(tmp_path, parts, says):
    path = tmp_path / "x.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    exc = _refusal(path)
    assert exc.code == "not_workbook" and says in exc.message, exc.message
    if says in (".xlsb", ".ods", "標準と違う形"):
        assert "保存し直してください" in exc.message


def test_an_ods_given_to_grid_recompute_is_named(tmp_path):
    """A real OpenDocument file (LibreOffice's) given to a one-book command: the user is told to save it as .xlsx."""
    import subprocess
    import sys

    if lo.soffice() is None:
        pytest.skip("LibreOffice がありません")
    src = write_parts(tmp_path / "s.xlsx", minimal_parts({"xl/worksheets/sheet1.xml": sheet_xml(["A1", "B2"])}))
    ods = lo.convert(src, tmp_path / "out", "ods")
    res = subprocess.run([sys.executable, "-m", "workbook_tools", "grid", "recompute", str(ods), "-o",
                          str(tmp_path / "g.xlsx")], capture_output=True, text=True, timeout=120)
    assert res.returncode == 2 and "Traceback" not in res.stderr
    assert ".ods" in res.stderr and "保存し直してください" in res.stderr, res.stderr


def test_a_book_with_an_excel4_macro_sheet_is_refused_with_its_reason(tmp_path):
    """python-calamine cannot read a book holding an Excel 4.0 macro sheet: the user is told so, not that the XML
    is broken."""
    from workbook_tools.io.readers import open_book

    macro = b'<?xml version="1.0"?><xm:macrosheet xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"/>'
    parts = minimal_parts({"xl/worksheets/sheet1.xml": sheet_xml(["A1"]), "xl/macrosheets/sheet1.xml": macro})
    parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
        b'Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"',
        b'Id="rId2" Type="http://schemas.microsoft.com/office/2006/relationships/xlMacrosheet"')
    assert b"xlMacrosheet" in parts["xl/_rels/workbook.xml.rels"]
    path = write_parts(tmp_path / "m.xlsm", parts)
    with pytest.raises(RefusedFile) as caught:
        open_book(path)
    assert "マクロ シート" in caught.value.message and "XML が壊れて" not in caught.value.message


def test_hidden_rows_and_columns_are_known_in_xlsx_and_xls(tmp_path):
    """What a person does not see is not read as an answer: the pre-check notes hidden rows and columns, from the
    sheet XML of an .xlsx and from the ROW / COLINFO records of an .xls (LibreOffice's)."""
    import openpyxl

    from workbook_tools.io.readers import open_book

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "様式"
    for r in range(1, 8):
        ws.cell(r, 1, f"行{r}")
        ws.cell(r, 3, r)
    ws.row_dimensions[3].hidden = True
    ws.row_dimensions[5].hidden = True
    ws.column_dimensions["B"].hidden = True
    src = tmp_path / "h.xlsx"
    wb.save(src)
    books = [src]
    if lo.soffice() is not None:
        books.append(lo.convert(src, tmp_path / "out", "xls"))
    for path in books:
        rows, cols = open_book(path).hidden("様式")
        assert rows == {2, 4} and cols == {1}, (path.suffix, rows, cols)


def test_number_formats_that_change_a_value_are_known_in_xlsx_and_xls(tmp_path):
    """0.415 shown as 41.5% is 41.5 points, and a date shown 「2024年11月時点」 is that text: the cell's format is read
    from the styles of an .xlsx and from the XF / FORMAT records of an .xls (LibreOffice's).  An .xls's percents were
    read as 0.415."""
    import datetime as dt

    import openpyxl

    from workbook_tools.io.readers import open_book

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "様式"
    ws["A1"], ws["B1"] = 0.415, 0.055
    ws["A1"].number_format, ws["B1"].number_format = "0.0%", "0%"
    ws["A2"] = dt.datetime(2024, 11, 1)
    ws["A2"].number_format = 'yyyy"年"m"月時点"'
    ws["A3"], ws["B3"] = 0.5, dt.datetime(2024, 11, 1)  # General, yyyy/m/d: nothing to change
    ws["B3"].number_format = "yyyy/m/d"
    src = tmp_path / "f.xlsx"
    wb.save(src)
    books = [src]
    if lo.soffice() is not None:
        books.append(lo.convert(src, tmp_path / "out", "xls"))
    for path in books:
        formats = open_book(path).formats("様式")
        assert set(formats) == {(0, 0), (0, 1), (1, 0)}, (path.suffix, formats)
        assert "%" in formats[(0, 0)] and "%" in formats[(0, 1)] and "時点" in formats[(1, 0)], (path.suffix, formats)
