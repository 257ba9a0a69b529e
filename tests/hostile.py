"""A corpus of hostile and broken submissions, built from a good one."""
from __future__ import annotations

import os
import random
import re
import shutil
import zipfile
from pathlib import Path

from workbook_tools.forms import survey
from workbook_tools.samples.submissions import fill_template, survey_answers, survey_template_values

INJECTIONS = ["=cmd|' /C calc'!A0", "+SUM(1,2)", "-2+3", "@SUM(A1)", "{=1+1}", "=HYPERLINK(\"http://example.invalid\",\"x\")",
              "http://example.invalid/x", "mailto:someone@example.invalid", "external:c:\\x.xlsx", "\t=1+1",
              "<r>&</r>"]  # XlsxWriter copies a text shaped like rich-text XML unescaped (a broken book)


def parts_of(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n) for n in z.namelist()}


def write_parts(path: Path, parts: dict[str, bytes] | list[tuple[str, bytes]], compress=zipfile.ZIP_DEFLATED) -> Path:
    items = parts.items() if isinstance(parts, dict) else parts
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # duplicate names on purpose
        with zipfile.ZipFile(path, "w", compress) as z:
            for n, b in items:
                z.writestr(n, b)
    return path


def good_survey(template: Path, out: Path, i: int, **texts) -> tuple[Path, dict]:
    a = survey_answers("東京", i, random.Random(i))
    a.texts.update(texts)
    values = survey_template_values(a)
    return fill_template(template, out, survey.FORM, values), values


def _sheet_name(parts) -> str:
    return next(n for n in parts if n.startswith("xl/worksheets/sheet") and n.endswith(".xml"))


def _main_sheet(parts) -> str:
    # the form sheet is the first worksheet (the hidden 選択肢 list comes later)
    return "xl/worksheets/sheet1.xml"


def build_corpus(folder: Path, template: Path, make_xls=None) -> dict[str, dict]:
    """{file name: {"expect": "ok" | "refused" | "skipped", "code": …}}; good files are named 良好_*."""
    folder.mkdir(parents=True, exist_ok=True)
    base, _ = good_survey(template, folder / "良好_基準.xlsx", 1)
    P = parts_of(base)
    sheet = _main_sheet(P)
    expect: dict[str, dict] = {"良好_基準.xlsx": {"expect": "ok"}}

    def mutate(name: str, exp: str, code: str = "", **changes) -> None:
        p = dict(P)
        p.update(changes)
        write_parts(folder / name, p)
        expect[name] = {"expect": exp, "code": code}

    bomb = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">'
            b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;">]><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
            b'2006/main" count="1" uniqueCount="1"><si><t>&lol3;</t></si></sst>')
    mutate("XML爆弾_sharedStrings.xlsx", "refused", "xml_dtd", **{"xl/sharedStrings.xml": bomb})
    xxe = P["xl/workbook.xml"].replace(b"<workbook ", b'<!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]><workbook ', 1)
    mutate("外部実体_workbook.xlsx", "refused", "xml_dtd", **{"xl/workbook.xml": xxe})
    sst0 = P.get("xl/sharedStrings.xml", b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>')
    xxe2 = sst0.replace(b"<sst ", b'<!DOCTYPE s [<!ENTITY x SYSTEM "http://example.invalid/">]><sst ', 1)
    mutate("外部実体_sharedStrings.xlsx", "refused", "xml_dtd", **{"xl/sharedStrings.xml": xxe2})
    dim = re.sub(rb'<dimension ref="[^"]*"/>', b'<dimension ref="A1:XFD1048576"/>', P[sheet])
    mutate("良好_範囲の宣言が過大.xlsx", "ok", **{sheet: dim})
    far = P[sheet].replace(b"</sheetData>", b'<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>')
    mutate("遠いセル.xlsx", "refused", "far_cell", **{sheet: far})
    wide = P[sheet].replace(b"</sheetData>", b'<row r="100000"><c r="AMJ100000"><v>1</v></c></row></sheetData>')
    mutate("範囲_10万行x1024列.xlsx", "refused", "far_cell", **{sheet: wide})
    late_dtd = P[sheet].replace(b"</sheetData>", b"</sheetData>" + b"<!-- " + b"x" * 4000 + b" -->"
                                + b'<!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]>', 1)
    mutate("2KB以降のDTD.xlsx", "refused", "xml_dtd", **{sheet: late_dtd})
    moved = dict(P)
    moved["xl/Data/S1.XML"] = moved.pop(sheet).replace(b"</sheetData>", b'<row r="100000"><c r="AMJ100000"><v>1</v>'
                                                      b"</c></row></sheetData>")
    rels = "xl/_rels/workbook.xml.rels"
    moved[rels] = moved[rels].replace(b'Target="/xl/worksheets/sheet1.xml"', b'Target="Data/S1.XML"')
    assert moved[rels] != P[rels]
    write_parts(folder / "場所を変えたシート.xlsx", moved)
    expect["場所を変えたシート.xlsx"] = {"expect": "refused", "code": "far_cell"}
    cells = "".join(f'<row r="{r}">' + "".join(f'<c r="{_col(c)}{r}"/>' for c in range(1, 701)) + "</row>"
                    for r in range(200, 3200)).encode()
    many = P[sheet].replace(b"</sheetData>", cells + b"</sheetData>")
    mutate("セル数爆弾.xlsx", "refused", "too_many_cells", **{sheet: many})
    sst = b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>' + b"a" * 30_000_000 + b"</t></si></sst>"
    mutate("sharedStrings爆弾.xlsx", "refused", "zip_bomb", **{"xl/sharedStrings.xml": sst})
    mutate("高圧縮率の部品.xlsx", "refused", "zip_bomb", **{"xl/media/image1.png": b"\0" * 20_000_000})
    # declared-size lie: patch the central directory's uncompressed size of the sheet
    lie = folder / "申告サイズ偽装.xlsx"
    write_parts(lie, P)
    _patch_size(lie, sheet)
    expect[lie.name] = {"expect": "refused", "code": "corrupt_entry"}
    write_parts(folder / "重複した部品名.xlsx", list(P.items()) + [(sheet, P[sheet].replace(b"<v>", b"<v>9"))])
    expect["重複した部品名.xlsx"] = {"expect": "refused", "code": "duplicate_entry"}
    strict = {n: b.replace(b"http://schemas.openxmlformats.org/spreadsheetml/2006/main",
                           b"http://purl.oclc.org/ooxml/spreadsheetml/main") for n, b in P.items()}
    write_parts(folder / "Strict形式.xlsx", strict)
    expect["Strict形式.xlsx"] = {"expect": "refused", "code": "strict_ooxml"}
    dde = P[sheet].replace(b"</sheetData>", b'<row r="90"><c r="H90"><f>cmd|\' /C calc\'!A0</f><v>0</v></c>'
                                             b'<c r="I90" t="str"><f>HYPERLINK("http://example.invalid","x")</f><v>x</v></c>'
                                             b'<c r="J90"><f>1+1</f></c></row></sheetData>')
    mutate("良好_DDEとHYPERLINKと未計算の数式.xlsx", "ok", **{sheet: dde})
    mutate("良好_マクロ付き.xlsm", "ok", **{"xl/vbaProject.bin": b"\xd0\xcf\x11\xe0fake vba"})
    mutate("良好_外部リンク.xlsx", "ok", **{"xl/externalLinks/externalLink1.xml": b'<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>'})
    # Text that looks like a formula or a link, stored as text (openpyxl would turn "=…" into a formula)
    fields = survey.FORM.sections[3].fields
    tmp, _ = good_survey(template, folder / "_tmp.xlsx", 2, **{f.key: f"PLACEHOLDER{i:02d}" for i, f in enumerate(fields)})
    q = parts_of(tmp)
    tmp.unlink()
    from xml.sax.saxutils import escape

    for i in range(len(fields)):
        text = INJECTIONS[i % len(INJECTIONS)].replace("\t", "_x0009_")
        q[sheet] = q[sheet].replace(f"PLACEHOLDER{i:02d}".encode(), escape(text, {'"': "&quot;"}).encode("utf-8"))
    write_parts(folder / "良好_数式に見える文字.xlsx", q)
    expect["良好_数式に見える文字.xlsx"] = {"expect": "ok", "injection": True}
    # Texts no Excel writes (over 32,767 characters; raw control characters): edit the sheet XML itself.
    for i, (name, text) in enumerate((("良好_長文.xlsx", "長" * 40_000),
                                      ("良好_制御文字.xlsx", "前_x0001__x0007_\x1b後\u200b")), start=3):
        tmp, _ = good_survey(template, folder / "_tmp.xlsx", i, requests="PLACEHOLDER")
        q = parts_of(tmp)
        tmp.unlink()
        q[sheet] = q[sheet].replace(b"PLACEHOLDER", text.replace("\x1b", "").encode("utf-8"))
        write_parts(folder / name, q)
        expect[name] = {"expect": "ok"}
    if make_xls is not None:
        xls = make_xls(base, folder)
        if xls is not None:
            expect[xls.name] = {"expect": "ok"}
            shutil.copy(xls, folder / "良好_中身はxls.xlsx")
            expect["良好_中身はxls.xlsx"] = {"expect": "ok"}
    (folder / "中身はCSV.xlsx").write_text("県本部,単組\n東京,テスト\n", encoding="utf-8")
    expect["中身はCSV.xlsx"] = {"expect": "refused", "code": "text"}
    (folder / "中身はHTML.xlsx").write_text("<html><body><table><tr><td>1</td></tr></table></body></html>", encoding="utf-8")
    expect["中身はHTML.xlsx"] = {"expect": "refused", "code": "html"}
    (folder / "空.xlsx").write_bytes(b"")
    expect["空.xlsx"] = {"expect": "refused", "code": "empty"}
    (folder / "途中で切れた.xlsx").write_bytes(base.read_bytes()[: base.stat().st_size // 2])
    expect["途中で切れた.xlsx"] = {"expect": "refused", "code": "corrupt_zip"}
    write_parts(folder / "ただのzip.xlsx", {"readme.txt": b"hello"})
    expect["ただのzip.xlsx"] = {"expect": "refused", "code": "not_workbook"}
    write_parts(folder / "Word文書.xlsx", {"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<document/>"})
    expect["Word文書.xlsx"] = {"expect": "refused", "code": "not_workbook"}
    (folder / "~$良好_基準.xlsx").write_bytes(b"\x00lock")
    expect["~$良好_基準.xlsx"] = {"expect": "skipped"}
    cp932 = os.fsencode(folder) + b"/" + "良好_シフトJIS名.xlsx".encode("cp932")
    with open(cp932, "wb") as fh:
        fh.write(base.read_bytes())
    expect["良好_シフトJIS名.xlsx"] = {"expect": "ok"}
    return expect


def _col(n: int) -> str:
    s = ""
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def _patch_size(path: Path, member: str) -> None:
    """Make the central directory claim a smaller uncompressed size than the data has."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as z:
        info = z.getinfo(member)
    name = member.encode()
    pos = 0
    while True:
        pos = data.find(b"PK\x01\x02", pos)
        if pos < 0:
            raise AssertionError("central directory entry not found")
        n = int.from_bytes(data[pos + 28:pos + 30], "little")
        if data[pos + 46:pos + 46 + n] == name:
            data[pos + 24:pos + 28] = (info.file_size // 2).to_bytes(4, "little")
            break
        pos += 4
    lpos = info.header_offset
    data[lpos + 22:lpos + 26] = (info.file_size // 2).to_bytes(4, "little")
    path.write_bytes(bytes(data))


# --- a minimal package, written by hand, for limit tests ---------------------------------------
MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
SHEET_TYPE = REL_NS + "/worksheet"


def sheet_xml(cells: list[str] | None = None, body: bytes = b"") -> bytes:
    """<worksheet> with one row per given reference ('A1', 'D1250000'), each holding 1."""
    rows = "".join(f'<row r="{_ref_row(c)}"><c r="{c}"><v>1</v></c></row>' for c in (["A1"] if cells is None else cells))
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{MAIN_NS}">'
            f"<sheetData>{rows}").encode() + body + b"</sheetData></worksheet>"


def _ref_row(ref: str) -> int:
    return int("".join(ch for ch in ref if ch.isdigit()))


def minimal_parts(sheets: dict[str, bytes] | None = None, *, rels_target: dict[str, str] | None = None) -> dict[str, bytes]:
    """A valid .xlsx package: {stored part name: sheet XML}; rels_target maps a part name to the
    Target written in workbook.xml.rels (default: relative to xl/)."""
    sheets = sheets or {"xl/worksheets/sheet1.xml": sheet_xml()}
    rels_target = rels_target or {}
    overrides = "".join(f'<Override PartName="/{n}" ContentType="application/vnd.openxmlformats-officedocument.'
                        f'spreadsheetml.worksheet+xml"/>' for n in sheets)
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override '
            'PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.'
            f'sheet.main+xml"/>{overrides}</Types>').encode(),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
            f'2006/relationships"><Relationship Id="rId1" Type="{REL_NS}/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>').encode(),
        "xl/workbook.xml": (
            f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN_NS}" xmlns:r="{REL_NS}"><sheets>'
            + "".join(f'<sheet name="S{i}" sheetId="{i}" r:id="rId{i}"/>' for i in range(1, len(sheets) + 1))
            + "</sheets></workbook>").encode(),
        "xl/_rels/workbook.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
            '2006/relationships">'
            + "".join(f'<Relationship Id="rId{i}" Type="{SHEET_TYPE}" '
                      f'Target="{rels_target.get(n, n[3:] if n.startswith("xl/") else "/" + n)}"/>'
                      for i, n in enumerate(sheets, start=1))
            + "</Relationships>").encode(),
    }
    parts.update(sheets)
    return parts


def ratio_part(size: int, ratio: float) -> bytes:
    """`size` bytes that deflate at about `ratio`:1 (random bytes followed by zeros)."""
    import zlib

    lo, hi = 0, size
    while hi - lo > 16:  # the random share sets the compressed size
        mid = (lo + hi) // 2
        data = random.Random(1).randbytes(mid) + b"\0" * (size - mid)
        if size / len(zlib.compress(data, 6)) > ratio:
            lo = mid
        else:
            hi = mid
    return random.Random(1).randbytes(hi) + b"\0" * (size - hi)


def write_parts_bytes(items) -> bytes:
    """A zip (duplicates allowed) in memory."""
    import io
    import warnings

    out = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
            for n, b in items:
                z.writestr(n, b)
    return out.getvalue()
