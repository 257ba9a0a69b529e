"""Patterns found by running other libraries' public test files (SheetJS test_files, excelize test/, xlrd
tests/samples, tealeg/xlsx testdocs, exceljs spec/, ClosedXML test resources) through the CLI.

None of those files is copied here: every book is built by this file, from the package's own examples or the survey
template, with the one pattern the public file showed patched into its XML. LibreOffice opens each of the patched
books below and shows their cells; the tool refused them (or gave a different reason from one command to another).
Mended since (a helper's run of 1,132 files, about 3,540 command runs: no crash, hang or silent drop; these seven
patterns): the three slips the native reader refuses are mended in memory and read (io/repair.py, said); a refusal
names the sheet tab, not the zip part; a book without sheets says so in every command; consolidate gives the macro
sheet's reason; the folder summary counts unrelated files apart from the other kind's forms.
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from workbook_tools.app.templates import write_template

EXAMPLES = Path(__file__).resolve().parents[1] / "workbook_tools" / "examples"
GRID = EXAMPLES / "grid" / "加入拡大モデル単組_6月開始.xlsx"
CONTRACTS = EXAMPLES / "contracts" / "新契約件数_県支部別.xlsx"


# ---------------------------------------------------------------- helpers

def _parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n) for n in z.namelist()}


def _write(path: Path, parts: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, b in parts.items():
            z.writestr(n, b)
    return path


def _cli(*args, timeout=120):
    return subprocess.run([sys.executable, "-m", "workbook_tools", *map(str, args)], capture_output=True, text=True,
                          encoding="utf-8", timeout=timeout, env={**os.environ, "PYTHONIOENCODING": "utf-8"})


def _consolidate(folder: Path, tmp_path: Path, kind: str = "survey") -> tuple[subprocess.CompletedProcess, dict]:
    out = tmp_path / f"集約_{folder.name}.xlsx"
    js = tmp_path / f"集約_{folder.name}.json"
    got = _cli("consolidate", kind, folder, "-o", out, "--json", js, "--jobs", "1")
    assert got.returncode == 0, got.stderr
    return got, json.loads(js.read_text(encoding="utf-8"))


def _reason(result: dict, name: str) -> dict:
    return next(f for f in result["files"] if f["file"].endswith(name))


@pytest.fixture(scope="module")
def good_survey(tmp_path_factory) -> Path:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import hostile  # the tests' own builder of a filled-in survey

    d = tmp_path_factory.mktemp("様式")
    template = write_template("survey", d / "survey.xlsx", year=2024)
    path, _ = hostile.good_survey(template, d / "良好.xlsx", 1)
    return path


# ------------------------------------------------- generators (one pattern each)

def row_only_dimension(src: Path, out: Path) -> Path:
    """exceljs spec/integration/data/test-issue-176.xlsx: `<dimension ref="1:4"/>` (rows only, no columns).
    The dimension is only a hint; openpyxl and LibreOffice read the cells."""
    parts = _parts(src)
    for name in [n for n in parts if n.startswith("xl/worksheets/") and n.endswith(".xml")]:
        xml = parts[name]
        rows = [int(r) for r in re.findall(rb'<row r="(\d+)"', xml)] or [1]
        new = f'<dimension ref="1:{max(rows)}"/>'.encode()
        if b"<dimension" in xml:
            xml = re.sub(rb"<dimension [^>]*/>", new, xml, count=1)
        else:
            xml = re.sub(rb"(<worksheet[^>]*>)", rb"\1" + new, xml, count=1)
        parts[name] = xml
    return _write(out, parts)


def sheet_entry_without_part(src: Path, out: Path, rid: str = "") -> Path:
    """ClosedXML TryToLoad/SheetsWithoutRelId.xlsx and LO/xlsm/tdf111974.xlsm: workbook.xml lists a sheet whose
    r:id is empty (an Excel 5 VBA module or dialog kept as a name) or names no relationship. The other sheets are
    fine; openpyxl skips the entry and LibreOffice opens the book."""
    parts = _parts(src)
    extra = f'<sheet name="Module1" sheetId="99" state="veryHidden" r:id="{rid}"/></sheets>'.encode()
    parts["xl/workbook.xml"] = parts["xl/workbook.xml"].replace(b"</sheets>", extra, 1)
    return _write(out, parts)


def sheet_state_show(src: Path, out: Path) -> Path:
    """exceljs spec/integration/data/test-row-styles.xlsx: `<sheet … state="show">` (not one of visible / hidden /
    veryHidden). LibreOffice opens it as a visible sheet."""
    parts = _parts(src)
    parts["xl/workbook.xml"] = re.sub(rb'(<sheet [^>]*?)(\s*state="[^"]*")?(\s*r:id=)', rb'\1 state="show"\3',
                                      parts["xl/workbook.xml"], count=1)
    assert b'state="show"' in parts["xl/workbook.xml"]
    return _write(out, parts)


def with_macro_sheet(src: Path, out: Path) -> Path:
    """SheetJS BlankSheetTypes.xlsm: a worksheet plus an Excel 4.0 macro sheet (xl/macrosheets/)."""
    parts = _parts(src)
    part = "xl/macrosheets/sheet1.xml"
    parts[part] = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><xm:macrosheet '
                   b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                   b'xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><sheetData/></xm:macrosheet>')
    parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
        b"</Relationships>", b'<Relationship Id="rId90" Type="http://schemas.microsoft.com/office/2006/relationships/'
                             b'xlMacrosheet" Target="/xl/macrosheets/sheet1.xml"/></Relationships>')
    parts["xl/workbook.xml"] = parts["xl/workbook.xml"].replace(
        b"</sheets>", b'<sheet name="Macro1" sheetId="90" r:id="rId90"/></sheets>', 1)
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>", b'<Override PartName="/xl/macrosheets/sheet1.xml" '
                     b'ContentType="application/vnd.ms-excel.macrosheet+xml"/></Types>')
    return _write(out, parts)


def without_sheets(src: Path, out: Path) -> Path:
    """excelize test/BadWorkbook.xlsx: `<sheets></sheets>` (the sheet part and its relationship are still there)."""
    parts = _parts(src)
    xml = re.sub(rb"<sheets>.*?</sheets>", b"<sheets></sheets>", parts["xl/workbook.xml"], flags=re.S)
    parts["xl/workbook.xml"] = re.sub(rb"<definedNames>.*?</definedNames>", b"", xml, flags=re.S)
    return _write(out, parts)


def styled_to_last_row(out: Path) -> Path:
    """tealeg/xlsx testdocs/testFileToSliceValueOnly.xlsx (WPS): two rows of text and empty, styled cells down to
    row 1,048,576, so the used range is every row."""
    import openpyxl
    from openpyxl.styles import Border, Side

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "回答票"
    ws["A1"] = "実態共有用アンケート"
    ws["A2"] = "県本部"
    for col in "ABCDEFG":
        ws[f"{col}1048576"].border = Border(bottom=Side(style="thin"))
    wb.save(out)
    return out


def biff4_worksheet(out: Path) -> Path:
    """SheetJS crlf/CRLFR9_4.XLS and xlrd biff4_no_format_no_window2.xls: an Excel 4.0 (BIFF4) worksheet, named
    with an upper-case .XLS."""
    bof = bytes.fromhex("0904 0600 0000 1000 0000".replace(" ", ""))
    eof = bytes.fromhex("0a00 0000".replace(" ", ""))
    out.write_bytes(bof + eof)
    return out


# ---------------------------------------------------------------------- tests

@pytest.mark.parametrize("command,src", [("grid", GRID), ("contracts", CONTRACTS)])
def test_row_only_dimension_does_not_refuse_the_sheet(tmp_path, command, src):
    """Found: test-issue-176.xlsx → every command: 「シートを読み込めません（ファイルの中身が壊れているか、
    対応していない形式です）」. A `<dimension>` that gives rows only is a hint that can be ignored."""
    book = row_only_dimension(src, tmp_path / "寸法.xlsx")
    got = _cli(command, "recompute", book, "-o", tmp_path / "出力.xlsx")
    assert got.returncode == 0, got.stderr
    assert "シートを読み込めません" not in got.stderr + got.stdout


def test_row_only_dimension_in_a_survey_is_read(tmp_path, good_survey):
    d = tmp_path / "寸法"
    d.mkdir()
    row_only_dimension(good_survey, d / "寸法.xlsx")
    _, result = _consolidate(d, tmp_path)
    assert _reason(result, "寸法.xlsx")["status"] != "取込不可", _reason(result, "寸法.xlsx")


@pytest.mark.parametrize("rid", ["", "rId99"], ids=["empty-r-id", "unknown-r-id"])
def test_a_sheet_entry_without_a_part_skips_that_sheet_not_the_book(tmp_path, rid):
    """Found: SheetsWithoutRelId.xlsx, tdf111974.xlsm → grid / contracts / consolidate: 「ブックを読み込めません
    （ファイルの中身が壊れているか、対応していない形式です）」 for the whole book, and the message does not say which
    sheet. Expected: the other sheets are read and the entry is named (as a note or in the reason)."""
    book = sheet_entry_without_part(GRID, tmp_path / "部品なし.xlsx", rid)
    js = tmp_path / "出力.json"
    got = _cli("grid", "recompute", book, "-o", tmp_path / "出力.xlsx", "--json", js)
    said = got.stdout + got.stderr + (js.read_text(encoding="utf-8") if js.exists() else "")
    assert "Module1" in said, said
    assert got.returncode == 0, got.stderr


def test_a_sheet_state_show_is_read_as_visible(tmp_path):
    """Found: exceljs test-row-styles.xlsx → grid 「ブックを読み込めません（対応していない形式です）」, consolidate
    「…（ファイルの中身が壊れているか、対応していない形式です）」 (neither names the sheet nor the attribute).
    LibreOffice opens the book with the sheet visible."""
    book = sheet_state_show(GRID, tmp_path / "表示.xlsx")
    got = _cli("grid", "recompute", book, "-o", tmp_path / "出力.xlsx")
    assert got.returncode == 0, got.stderr


def test_consolidate_names_the_macro_sheet_like_the_single_book_commands(tmp_path, good_survey):
    """Found: SheetJS BlankSheetTypes.xlsm. grid / contracts say 「Excel 4.0 マクロ シートを含むブックです。マクロ
    シートを削除して保存し直してください」 (README, 7 回目), but consolidate says only 「ブックを読み込めません
    （ファイルの中身が壊れているか、対応していない形式です）」 — the submitter is told the file is broken."""
    d = tmp_path / "マクロ"
    d.mkdir()
    book = with_macro_sheet(good_survey, d / "マクロ.xlsm")
    single = _cli("grid", "recompute", book, "-o", tmp_path / "g.xlsx")
    assert single.returncode == 2 and "マクロ シート" in single.stderr  # the single-book commands already say it
    _, result = _consolidate(d, tmp_path)
    row = _reason(result, "マクロ.xlsm")
    assert row["status"] == "取込不可"
    assert "マクロ シート" in row["reason"], row["reason"]
    assert "壊れている" not in row["reason"]


def test_a_book_without_sheets_gets_the_same_reason_from_every_command(tmp_path, good_survey):
    """Found: excelize BadWorkbook.xlsx (`<sheets></sheets>`): grid 「ブックにシートがありません」; contracts
    「実績の表…がどのシートにも見つかりません」; consolidate 「読み込み中にエラーが発生しました（読み込みライブラリが
    処理できない壊れ方です）」."""
    d = tmp_path / "シートなし"
    d.mkdir()
    book = without_sheets(good_survey, d / "シートなし.xlsx")
    grid = _cli("grid", "recompute", book, "-o", tmp_path / "g.xlsx")
    assert grid.returncode == 2 and "シートがありません" in grid.stderr
    contracts = _cli("contracts", "recompute", book, "-o", tmp_path / "c.xlsx")
    assert contracts.returncode == 2
    assert "シートがありません" in contracts.stderr, contracts.stderr
    _, result = _consolidate(d, tmp_path)
    row = _reason(result, "シートなし.xlsx")
    assert row["status"] == "取込不可"
    assert "シートがありません" in row["reason"], row["reason"]


def test_a_range_too_large_is_named_by_its_sheet_not_its_zip_part(tmp_path):
    """Found: tealeg testFileToSliceValueOnly.xlsx → 「使われている範囲が大きすぎます（xl/worksheets/sheet1.xml の
    行 1,048,576 × 列 25 …）」. The person who must delete the rows sees sheet tabs, not zip part names."""
    d = tmp_path / "範囲"
    d.mkdir()
    book = styled_to_last_row(d / "範囲.xlsx")
    grid = _cli("grid", "recompute", book, "-o", tmp_path / "g.xlsx")
    assert grid.returncode == 2
    assert "回答票" in grid.stderr, grid.stderr
    _, result = _consolidate(d, tmp_path)
    row = _reason(result, "範囲.xlsx")
    assert row["status"] == "取込不可" and "大きすぎ" in row["reason"]
    assert "回答票" in row["reason"] or row.get("sheet") == "回答票", row


def test_old_excel_files_and_xlsb_are_listed_not_dropped(tmp_path, good_survey):
    """Passes today (was untested): a BIFF4 worksheet named `.XLS` (upper case) is 取込不可 with a Japanese reason
    and an .xlsb is listed as 対象外; nothing in the folder is dropped silently and the good file is still read."""
    d = tmp_path / "古い形式"
    d.mkdir()
    biff4_worksheet(d / "古い.XLS")
    (d / "バイナリ.xlsb").write_bytes(b"PK\x05\x06" + b"\0" * 18)  # an empty zip
    (d / "良好.xlsx").write_bytes(good_survey.read_bytes())
    got, result = _consolidate(d, tmp_path)
    old = _reason(result, "古い.XLS")
    assert old["status"] == "取込不可"
    assert re.search(r"[ぁ-んァ-ン一-龥]", old["reason"]) and not re.search(r"[A-Za-z]{5,}", old["reason"].replace("Excel", ""))
    assert any(s["file"].endswith("バイナリ.xlsb") for s in result["skipped"])
    assert _reason(result, "良好.xlsx")["status"] in ("取込済", "警告あり")
    grid = _cli("grid", "recompute", d / "古い.XLS", "-o", tmp_path / "g.xlsx")
    assert grid.returncode == 2 and "古い.XLS" in grid.stderr and "Traceback" not in grid.stderr


def unrelated_table(out: Path) -> Path:
    """Most files of every suite (e.g. excelize test/Book1.xlsx, tealeg testdocs/empty_cells.xlsx): an ordinary
    table that is no form at all."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "在庫"
    ws.append(["品番", "品名", "数量"])
    ws.append(["A-1", "ねじ", 100])
    wb.save(out)
    return out


def test_the_summary_does_not_call_an_unrelated_table_the_other_kind_of_form(tmp_path):
    """Found on every suite: 「注意: 36 件中 27 件は別の種類の様式のようです（例: …: 「実態共有用アンケート」の様式の
    項目が 1 つも見つかりません（別のファイルの可能性があります））。集約する種類（KIND）とフォルダを確かめてください」.
    Each file's own reason is right (README: the other kind's form → 「このファイルは「…」の様式です」, anything else
    → 「…の項目が 1 つも見つかりません」), but the summary line counts both as 「別の種類の様式」 and tells the user to
    change KIND. Here one report form and one stock table in a survey folder: 1 file of the other kind, not 2."""
    d = tmp_path / "混在"
    d.mkdir()
    (d / "報告書_佐賀.xlsx").write_bytes((EXAMPLES / "reports" / "報告書_佐賀.xlsx").read_bytes())
    unrelated_table(d / "在庫表.xlsx")
    got, result = _consolidate(d, tmp_path)
    assert _reason(result, "報告書_佐賀.xlsx")["reason"].startswith("このファイルは")
    assert "見つかりません" in _reason(result, "在庫表.xlsx")["reason"]
    said = got.stdout + got.stderr
    assert "2 件中 2 件は別の種類の様式" not in said, said
    assert "2 件中 1 件は別の種類の様式" in said, said


def month_headers_as_dates(out: Path, *, date1904: bool) -> Path:
    """SheetJS 1904/1904.xlsx: a book in the 1904 date system. Here the grid example's 「6月」… headers are dates shown
    as 「m月」, in a 1904 book (a serial misread as 1900-based is 4 years and 1 day off: 6月1日 → 5月31日)."""
    import datetime

    import openpyxl
    from openpyxl.utils.datetime import CALENDAR_MAC_1904

    wb = openpyxl.load_workbook(GRID)
    if date1904:
        wb.epoch = CALENDAR_MAC_1904
    ws = wb.active
    fy = None
    for header_row in ws.iter_rows(min_row=1, max_row=6):
        months = [c for c in header_row if isinstance(c.value, str) and re.fullmatch(r"\d{1,2}月", c.value)]
        if len(months) < 12:
            continue
        fy = 2021
        for c in months:
            m = int(c.value[:-1])
            fy += m == 6
            c.value = datetime.datetime(fy if m >= 6 else fy + 1, m, 1)
            c.number_format = 'm"月"'
        break
    assert fy == 2024
    wb.save(out)
    return out


def test_grid_month_headers_as_dates_in_a_1904_book(tmp_path):
    """Passes today (was untested for the grid): the same totals as the example from date headers in either date
    system."""
    base = _cli("grid", "recompute", GRID, "-o", tmp_path / "基準.xlsx")
    assert base.returncode == 0, base.stderr
    for date1904 in (False, True):
        book = month_headers_as_dates(tmp_path / f"日付見出し_{int(date1904)}.xlsx", date1904=date1904)
        if date1904:
            assert b'date1904="1"' in _parts(book)["xl/workbook.xml"]
        got = _cli("grid", "recompute", book, "-o", tmp_path / f"出力_{int(date1904)}.xlsx")
        assert got.returncode == 0, got.stderr
        assert got.stdout.splitlines()[1] == base.stdout.splitlines()[1]  # 取組単組 … / 実績 … / 到達率 …


def test_a_mended_sheets_note_names_its_sheet_in_the_sheet_column(tmp_path):
    """The note of a package slip mended in memory names the sheet in its message and in the problem's sheet field
    (the 「チェック」 sheet's シート column, the JSON's "sheet"): it was empty."""
    import json

    for command, src in (("grid", GRID), ("contracts", CONTRACTS)):
        book = row_only_dimension(src, tmp_path / f"{command}_寸法.xlsx")
        with zipfile.ZipFile(src) as z:
            tabs = set(re.findall(r'<sheet [^>]*name="([^"]+)"', z.read("xl/workbook.xml").decode()))
        js = tmp_path / f"{command}.json"
        got = _cli(command, "recompute", book, "-o", tmp_path / f"{command}_出力.xlsx", "--json", js)
        assert got.returncode == 0, got.stderr
        notes = [p for p in json.loads(js.read_text(encoding="utf-8"))["チェック"] if p["code"] == "book_note"]
        assert notes and all(p["sheet"] in tabs and p["sheet"] in p["message"] for p in notes), notes
