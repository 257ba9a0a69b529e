"""The pre-check of a worksheet runs when a reader loads that sheet (issue 17), not when the book is opened.

A consolidation hands the file's bytes to open_book, which checks everything but the worksheets at once
and keeps each worksheet's prescan (farthest cell, cell count, area, formulas, special styles) until
Book.sheet loads it.  A hostile sheet is still refused before calamine touches it; a sheet no reader
loads (our template's 選択肢 list, on the template path) is never scanned, like any part no reader parses.
Expected outcomes are written by hand; workbooks are real zips read back."""
from pathlib import Path

import pytest

import hostile
from hostile import minimal_parts, sheet_xml, write_parts
from workbook_tools.app import consolidate as job
from workbook_tools.app.templates import write_template
from workbook_tools.errors import RefusedFile
from workbook_tools.forms.records import Status
from workbook_tools.io.readers import open_book
from workbook_tools.io.safety import Limits, check_file

FAR_ROW = b'<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>'  # 17 billion cells from A1


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    return write_template("survey", tmp_path_factory.mktemp("t") / "survey.xlsx", year=2024)


@pytest.fixture(scope="module")
def good(tmp_path_factory, template):
    path, _ = hostile.good_survey(template, tmp_path_factory.mktemp("g") / "良好.xlsx", 1)
    return path


def _with_far_cell(good: Path, out: Path, part: str) -> Path:
    parts = hostile.parts_of(good)
    assert b"</sheetData>" in parts[part]
    parts[part] = parts[part].replace(b"</sheetData>", FAR_ROW, 1)
    return write_parts(out, parts)


def _process(path: Path):
    return job.process_file(job.Task(str(path), str(path.parent), "survey", 2024))


def _choices_part(good: Path) -> str:
    book = open_book(good, data=good.read_bytes())
    return next(part for part, name in book.part_sheets.items() if name == "選択肢")


def test_the_template_sheets_are_what_the_tests_below_assume(good):
    book = open_book(good, data=good.read_bytes())
    assert book.sheet_names == ["アンケート", "選択肢"]
    assert book.part_sheets == {"xl/worksheets/sheet1.xml": "アンケート", "xl/worksheets/sheet2.xml": "選択肢"}
    assert book.sniffed.pending is not None and set(book.sniffed.pending.parts) == set(book.part_sheets)


def test_a_hostile_sheet_the_template_path_loads_is_refused_before_calamine_reads_it(good, tmp_path):
    bad = _with_far_cell(good, tmp_path / "遠いセル.xlsx", "xl/worksheets/sheet1.xml")
    book = open_book(bad, data=bad.read_bytes())  # opened: the sheet waits for its load
    with pytest.raises(RefusedFile) as exc:
        book.sheet("アンケート")
    # (named by its tab, as the sender sees it, not by its part in the package)
    assert exc.value.code == "far_cell" and "シート「アンケート」の行" in exc.value.message
    assert "sheet1.xml" not in exc.value.message and exc.value.sheet == "アンケート"
    with pytest.raises(RefusedFile):  # asked again: refused again, never handed to calamine
        book.sheet("アンケート")
    rec = _process(bad)
    assert rec.status == Status.REFUSED and [p.code for p in rec.problems] == ["far_cell"]
    assert rec.submission_id == "" and rec.sha256  # as when the pre-check refused at open


def test_a_hostile_sheet_no_reader_loads_is_never_scanned_and_the_file_is_read(good, tmp_path):
    """The template path never loads 選択肢 (its dropdown lists are not answers): a far cell there is not
    looked at, the answers are read from the form sheet as from the good file, and nothing is kept from
    that sheet.  Before, the whole file was refused at open."""
    part = _choices_part(good)
    bad = _with_far_cell(good, tmp_path / "遠いセル_選択肢.xlsx", part)
    book = open_book(bad, data=bad.read_bytes())
    book.sheet("アンケート")
    assert book.sniffed.pending is not None and list(book.sniffed.pending.parts) == [part]
    rec, ref = _process(bad), _process(good)
    assert rec.status == ref.status and rec.status != Status.REFUSED
    assert rec.values == ref.values and rec.extras == ref.extras == []
    assert [p.code for p in rec.problems] == [p.code for p in ref.problems]
    with pytest.raises(RefusedFile) as exc:  # a reader that does load it (the legacy search reads every sheet)
        book.sheet("選択肢")
    assert exc.value.code == "far_cell"
    with pytest.raises(RefusedFile):  # the eager pre-check (a path, or no deferral) refuses the file at once
        check_file(bad)


def test_the_book_wide_area_counts_every_sheet_loaded(tmp_path):
    sheets = {f"xl/worksheets/sheet{i}.xml": sheet_xml(["J1000"]) for i in (1, 2, 3)}  # 10,000 cells each
    path = write_parts(tmp_path / "三枚.xlsx", minimal_parts(sheets))
    limits = Limits(max_cell_area=10_000, max_book_area=25_000)
    book = open_book(path, data=path.read_bytes(), limits=limits)
    assert book.sniffed.pending is not None
    book.sheet("S1")
    book.sheet("S2")  # 20,000 so far
    with pytest.raises(RefusedFile) as exc:
        book.sheet("S3")
    assert exc.value.code == "far_cell" and "30,000" in exc.value.message
    with pytest.raises(RefusedFile):  # the eager pre-check counts the same sheets
        check_file(path, limits)


@pytest.mark.parametrize("target", ["../xl/worksheets/sheet2.xml", "worksheets/./sheet2.xml", "/xl//worksheets/sheet2.xml",
                                    "worksheets\\sheet2.xml"])
def test_a_sheet_named_by_an_unusual_target_is_scanned_when_the_book_is_opened(tmp_path, target):
    """Only a plain target (worksheets/x.xml, /xl/worksheets/x.xml) is certain to be the part calamine
    loads for that name; any other sheet part is scanned at open, as before."""
    sheets = {"xl/worksheets/sheet1.xml": sheet_xml(), "xl/worksheets/sheet2.xml": sheet_xml(["XFD1048576"])}
    path = write_parts(tmp_path / "x.xlsx", minimal_parts(sheets, rels_target={"xl/worksheets/sheet2.xml": target}))
    with pytest.raises(RefusedFile) as exc:
        open_book(path, data=path.read_bytes())
    assert exc.value.code == "far_cell"


def test_two_names_for_one_part_and_parts_nobody_names_are_scanned_at_open(tmp_path):
    sheets = {"xl/worksheets/sheet1.xml": sheet_xml(), "xl/worksheets/sheet2.xml": sheet_xml(["XFD1048576"])}
    twice = minimal_parts(sheets, rels_target={"xl/worksheets/sheet1.xml": "worksheets/sheet2.xml"})
    path = write_parts(tmp_path / "twice.xlsx", twice)
    with pytest.raises(RefusedFile):
        open_book(path, data=path.read_bytes())
    orphan = minimal_parts({"xl/worksheets/sheet1.xml": sheet_xml()})
    orphan["xl/worksheets/sheet9.xml"] = sheet_xml(["XFD1048576"])  # in no relationship
    path = write_parts(tmp_path / "orphan.xlsx", orphan)
    with pytest.raises(RefusedFile):
        open_book(path, data=path.read_bytes())


def test_a_sheet_name_the_workbook_part_does_not_give_scans_every_waiting_sheet(tmp_path):
    sheets = {"xl/worksheets/sheet1.xml": sheet_xml(), "xl/worksheets/sheet2.xml": sheet_xml(["XFD1048576"])}
    path = write_parts(tmp_path / "x.xlsx", minimal_parts(sheets))
    book = open_book(path, data=path.read_bytes())
    with pytest.raises(RefusedFile):
        book.sheet("どこにもない")  # unknown to the workbook part: every waiting sheet is scanned first


def test_without_the_bytes_or_with_check_box_parts_every_sheet_is_scanned_at_open(good, tmp_path):
    part = _choices_part(good)
    bad = _with_far_cell(good, tmp_path / "遠いセル_選択肢.xlsx", part)
    with pytest.raises(RefusedFile):
        open_book(bad)  # read from the path (grid, contracts, the API): the pre-check is whole at once
    parts = hostile.parts_of(bad)
    parts["xl/drawings/vmlDrawing1.vml"] = b"<xml/>"  # form controls are read from every sheet's prescan
    boxed = write_parts(tmp_path / "vml.xlsx", parts)
    with pytest.raises(RefusedFile):
        open_book(boxed, data=boxed.read_bytes())
    assert check_file(good, data=good.read_bytes(), defer_sheets=True).pending is not None
    assert check_file(good, data=good.read_bytes()).pending is None


def test_a_file_refused_as_another_form_has_every_sheet_scanned_first(tmp_path):
    """A stamped report template in a survey run: before the wrong-form refusal every sheet is scanned, so a
    hostile sheet is refused for what it is, as when the pre-check ran at open."""
    report = write_template("report", tmp_path / "report.xlsx", year=2024)
    book = open_book(report, data=report.read_bytes())
    choices = next(part for part, name in book.part_sheets.items() if name == "選択肢")
    bad = _with_far_cell(report, tmp_path / "報告書_遠いセル.xlsx", choices)
    rec = _process(bad)
    assert rec.status == Status.REFUSED and [p.code for p in rec.problems] == ["far_cell"]
    rec = _process(report)
    assert [p.code for p in rec.problems] == ["wrong_form"]


def test_calamine_opens_a_book_without_inflating_its_worksheets(good, tmp_path):
    """What deferring rests on: python-calamine reads no worksheet when the book is opened, only when that sheet
    is loaded (a worksheet whose compressed data is garbage fails at its load, not at open).  If a calamine
    version ever reads sheets at open, this fails, and every sheet must be scanned at open again."""
    import io
    import zipfile

    from python_calamine import CalamineWorkbook

    part = _choices_part(good)
    data = bytearray(good.read_bytes())
    info = zipfile.ZipFile(io.BytesIO(bytes(data))).getinfo(part)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for at in range(start + 4, start + info.compress_size - 2):
        data[at] ^= 0x5A  # the deflate stream of 選択肢 made garbage; its local header left as it was
    wb = CalamineWorkbook.from_filelike(io.BytesIO(bytes(data)))
    assert wb.sheet_names == ["アンケート", "選択肢"]
    assert wb.get_sheet_by_name("アンケート").to_python(skip_empty_area=False)  # the other sheet loads
    with pytest.raises(Exception):
        wb.get_sheet_by_name("選択肢").to_python(skip_empty_area=False)
    bad = tmp_path / "壊れた選択肢.xlsx"
    bad.write_bytes(bytes(data))
    rec = _process(bad)  # on the template path the broken sheet is never inflated, by us or by calamine
    assert rec.status != Status.REFUSED and rec.values == _process(good).values


DDE_ROW = b'<row r="300"><c r="A300"><f>cmd|\'/c calc\'!A0</f><v>0</v></c></row></sheetData>'


def test_a_dde_formula_in_a_sheet_no_reader_loads_is_still_noted(good, tmp_path):
    """Deferring the scan of 選択肢 does not lose what someone opening the file in Excel would meet: its DDE
    formulas are counted when the reading is over (the full scan at open counted them too)."""
    part = _choices_part(good)
    parts = hostile.parts_of(good)
    parts[part] = parts[part].replace(b"</sheetData>", DDE_ROW, 1)
    bad = write_parts(tmp_path / "DDE_選択肢.xlsx", parts)
    eager = check_file(bad)  # every sheet scanned at open (a book opened from its path)
    assert eager.dde_formulas == 1
    rec = _process(bad)
    assert rec.status != Status.REFUSED
    assert "外部プログラムを呼ぶ数式（DDE）が 1 件あります（実行していません）" in rec.notes
    assert not [n for n in _process(good).notes if "DDE" in n]


def test_a_sheet_loaded_after_the_reading_is_over_is_still_scanned_first(good, tmp_path):
    part = _choices_part(good)
    parts = hostile.parts_of(good)
    parts[part] = parts[part].replace(b"</sheetData>", DDE_ROW.replace(b"</sheetData>", b"") + FAR_ROW, 1)
    bad = write_parts(tmp_path / "遠いDDE.xlsx", parts)
    book = open_book(bad, data=bad.read_bytes())
    book.sheet("アンケート")
    book.finish_reading()
    assert book.sniffed.dde_formulas == 1
    with pytest.raises(RefusedFile) as exc:  # loaded after all: the scan runs (and refuses) before calamine
        book.sheet("選択肢")
    assert exc.value.code == "far_cell"
    assert book.sniffed.dde_formulas == 1  # counted once, by the scan
