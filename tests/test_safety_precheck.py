"""The cheaper safety pre-check still refuses what it refused before (issue 17).

Each protection is triggered on a small synthetic workbook written by XlsxWriter and
edited at the zip level; expectations are written by hand."""
import zipfile
from pathlib import Path

import pytest
import xlsxwriter

from hostile import minimal_parts, parts_of, sheet_xml, write_parts
from workbook_tools.errors import RefusedFile
from workbook_tools.io.safety import Limits, check_file, unparsed_part

SHEET = "xl/worksheets/sheet1.xml"


@pytest.fixture(scope="module")
def base(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("safety") / "base.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("様式")
    ws.write_string(0, 0, "区分")
    ws.write_number(1, 0, 3)
    # a data validation whose <formula1> is not a cell formula
    ws.data_validation(2, 0, 2, 0, {"validate": "list", "source": ["実施", "未実施"]})
    wb.close()
    return path


def _variant(base: Path, tmp_path: Path, name: str, **changes: bytes) -> Path:
    parts = parts_of(base)
    parts.update(changes)
    return write_parts(tmp_path / name, parts)


def _stored_with_bad_crc(base: Path, tmp_path: Path, member: str) -> Path:
    """The workbook stored uncompressed, one byte of `member`'s data changed (its CRC no longer holds)."""
    parts = parts_of(base)
    path = write_parts(tmp_path / "crc.xlsx", parts, compress=zipfile.ZIP_STORED)
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as z:
        info = z.getinfo(member)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    pos = data.index(b">", start) + 1  # inside the part, after its first tag
    data[pos] = ord(b" ") if data[pos] != ord(b" ") else ord(b"\n")
    path.write_bytes(bytes(data))
    return path


def _code(path: Path, limits: Limits = Limits()) -> str:
    try:
        check_file(path, limits)
    except RefusedFile as exc:
        return exc.code
    return "ok"


def test_base_is_accepted_and_validation_formula_is_not_a_formula(base):
    sn = check_file(base)
    assert b"<formula1>" in parts_of(base)[SHEET]
    assert (sn.formulas, sn.uncached_formulas, sn.dde_formulas) == (0, 0, 0)


def test_real_formulas_are_still_counted(base, tmp_path):
    sheet = parts_of(base)[SHEET].replace(
        b"</sheetData>", b'<row r="9"><c r="A9"><f>1+1</f></c><c r="B9"><f>cmd|\' /C calc\'!A0</f><v>0</v></c>'
                         b'<c r="C9"><f>SUM(A1:A2)</f><v>3</v></c></row></sheetData>')
    sn = check_file(_variant(base, tmp_path, "f.xlsx", **{SHEET: sheet}))
    assert (sn.formulas, sn.uncached_formulas, sn.dde_formulas) == (3, 1, 1)


@pytest.mark.parametrize("member", ["xl/styles.xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", SHEET])
def test_bad_crc_in_a_parsed_part_is_refused(base, tmp_path, member):
    assert _code(_stored_with_bad_crc(base, tmp_path, member)) == "corrupt_entry"


def test_bad_crc_in_an_unparsed_part_is_not_inflated(base, tmp_path):
    assert unparsed_part("xl/theme/theme1.xml") and not unparsed_part("xl/styles.xml")
    assert _code(_stored_with_bad_crc(base, tmp_path, "xl/theme/theme1.xml")) == "ok"


def test_unparsed_part_still_bounded_by_its_declared_size(base, tmp_path):
    big = b"<a:theme>" + b" " * 20_000_000 + b"</a:theme>"
    assert _code(_variant(base, tmp_path, "bomb.xlsx", **{"xl/theme/theme1.xml": big})) == "zip_bomb"


def test_dtd_in_a_parsed_part_is_refused(base, tmp_path):
    styles = parts_of(base)["xl/styles.xml"].replace(
        b"<styleSheet ", b'<!DOCTYPE s [<!ENTITY x SYSTEM "file:///etc/passwd">]><styleSheet ', 1)
    assert _code(_variant(base, tmp_path, "dtd.xlsx", **{"xl/styles.xml": styles})) == "xml_dtd"


@pytest.mark.parametrize("ref, row, limits, expected", [
    # the bound is the area from A1 to the farthest cell: rows × columns ≤ 5,000,000 by default
    ("E1000000", 1000000, Limits(), "ok"),  # 5 × 1,000,000 = 5,000,000: the last area allowed
    ("F1000000", 1000000, Limits(), "far_cell"),  # 6 × 1,000,000
    ("XFD305", 305, Limits(), "ok"),  # 16,384 × 305 = 4,997,120
    ("XFD306", 306, Limits(), "far_cell"),  # 16,384 × 306 = 5,013,504
    ("XFD400", 5, Limits(), "far_cell"),  # the cell's own reference lies about its row
    ("AD5", 5, Limits(max_cell_area=150), "ok"),  # 30 × 5 = 150
    ("AE5", 5, Limits(max_cell_area=150), "far_cell"),  # 31 × 5, two letters
    ("F5", 5, Limits(max_cell_area=25), "far_cell"),  # 6 × 5, one letter
    ("A51", 51, Limits(max_cell_area=50), "far_cell"),  # 1 × 51
])
def test_far_cells_are_refused_at_the_limits(base, tmp_path, ref, row, limits, expected):
    sheet = parts_of(base)[SHEET].replace(
        b"</sheetData>", f'<row r="{row}"><c r="{ref}"><v>1</v></c></row></sheetData>'.encode())
    assert _code(_variant(base, tmp_path, "far.xlsx", **{SHEET: sheet}), limits) == expected


_STYLES = (b'<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/'
           b'spreadsheetml/2006/main"><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="10"/><xf numFmtId="0"/>'
           b'<xf numFmtId="9"/></cellXfs></styleSheet>')


@pytest.mark.parametrize("padded", [False, True])
def test_special_style_cells_found_by_their_style_only(tmp_path, padded):
    # Styles 1 (0.00%) and 3 (0%) change a value's meaning; 0, 2 and 11 do not.  s="11" and an
    # attribute merely ending in s (xs="1") are not style 1; s="01" (zero-padded) is.
    cells = ('<c r="A1" s="1"><v>0.5</v></c><c r="C1" s="2"><v>1</v></c><c r="D1" s="3"><v>1</v></c>'
             '<c r="E1" s="11"><v>1</v></c><c r="F1" xs="1" s="2"><v>1</v></c><c s="3" r="G1"><v>1</v></c>'
             + ('<c r="B1" s="01"><v>1</v></c>' if padded else ""))
    sheet = sheet_xml([]).replace(b"<sheetData>", b'<sheetData><row r="1">' + cells.encode() + b"</row>")
    parts = minimal_parts({"xl/worksheets/sheet1.xml": sheet})
    parts["xl/styles.xml"] = _STYLES
    sn = check_file(write_parts(tmp_path / "s.xlsx", parts))
    expected = {"A1": "0.00%", "D1": "0%", "G1": "0%"} | ({"B1": "0.00%"} if padded else {})
    assert sn.cell_formats["xl/worksheets/sheet1.xml"] == expected


def _zipfile_reads(data: bytes, info: zipfile.ZipInfo) -> bytes | None:
    """What reading a part through zipfile to its end gives (None when zipfile refuses it)."""
    import io

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf, zf.open(info) as fh:
            return fh.read()
    except Exception:  # noqa: BLE001 - any refusal
        return None


def test_a_part_inflated_from_the_bytes_is_what_zipfile_reads_or_left_to_zipfile(base, tmp_path):
    """safety._clean_part (small parts inflated straight from the package's bytes) never accepts what zipfile
    refuses, and what it accepts is what zipfile reads: on a clean book (deflated and stored parts) and on
    1,500 copies with one byte changed anywhere (headers, names, sizes, CRCs, compressed data)."""
    import io
    import random

    from workbook_tools.io.safety import _clean_part

    books = [base.read_bytes(), write_parts(tmp_path / "stored.xlsx", parts_of(base),
                                            compress=zipfile.ZIP_STORED).read_bytes()]
    for data in books:  # clean: every part taken from the bytes, exactly as zipfile reads it
        infos = zipfile.ZipFile(io.BytesIO(data)).infolist()
        assert [_clean_part(memoryview(data), i) for i in infos] == [_zipfile_reads(data, i) for i in infos]
    rng = random.Random(17)
    taken = left = 0
    for n in range(1500):
        data = bytearray(books[n % 2])
        at = rng.randrange(len(data))
        data[at] = (data[at] + rng.randrange(1, 256)) % 256
        data = bytes(data)
        try:
            infos = zipfile.ZipFile(io.BytesIO(data)).infolist()
        except Exception:  # noqa: BLE001 - a directory zipfile cannot list: refused before any part is read
            continue
        for info in infos:
            mine = _clean_part(memoryview(data), info)
            if mine is None:
                left += 1
            else:
                taken += 1
                assert mine == _zipfile_reads(data, info), (n, at, info.filename)
    assert taken > 1000 and left > 100  # both ways were exercised
