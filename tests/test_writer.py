"""The sealed writer: no way around it to raw XlsxWriter, quote prefix on every injected text in
every writer's output, XlsxWriter's return codes surface, lengths in UTF-16 units."""
import dataclasses
import json

import openpyxl
import pytest

import hostile
from workbook_tools.app import consolidate as job
from workbook_tools.app.templates import write_template
from workbook_tools.core.calendar import YearMonth
from workbook_tools.core.contracts import BranchFigures, ProductInput, compute_contracts
from workbook_tools.core.grid import GridSpec, UnionRow, compute_grid
from workbook_tools.errors import WARNING, OutputError, Problem
from workbook_tools.forms import contracts as contracts_form
from workbook_tools.forms import survey
from workbook_tools.io.contracts_writer import MATRIX_SHEET, write_contracts
from workbook_tools.io.grid_writer import write_checks_sheet, write_grid_sheet
from workbook_tools.io.table_template import _table
from workbook_tools.io.template_writer import write_form_template
from workbook_tools.io.writer import SafeBook, clean_text, safe_book, utf16_prefix

INJECTED = ["=1+1", "+SUM(A1)", "-2+3", "@SUM(A1)", "＝HYPERLINK(\"x\")", "＋1", "－1", "＠A1", "\t=1", "\r=1"]


def _quoted_cells(path, sheet):
    """{value: quotePrefix} for every text cell of the sheet, read back by openpyxl."""
    ws = openpyxl.load_workbook(path)[sheet]
    return {c.value: bool(c.quotePrefix) for row in ws.iter_rows() for c in row if isinstance(c.value, str)}


def _assert_all_quoted(path, sheet, texts):
    cells = _quoted_cells(path, sheet)
    for t in texts:
        seen = t.replace("\r", "_x000D_")  # XlsxWriter stores CR escaped; openpyxl does not unescape it
        hits = [v for v in cells if v.startswith(seen)]
        assert hits, f"{t!r} not found in {sheet}"
        assert all(cells[v] for v in hits), f"{t!r} in {sheet} has no quote prefix"


# --- sealing -----------------------------------------------------------------------------------
def test_no_raw_xlsxwriter_access(tmp_path):
    book = SafeBook(tmp_path / "x.xlsx")
    sheet = book.sheet("表")
    for name in ("write", "write_formula", "write_url", "merge_range", "set_column", "insert_image", "ws",
                 "__getattr__"):
        with pytest.raises(AttributeError):
            getattr(sheet, name)
    for name in ("wb", "add_worksheet", "add_chart", "add_format", "worksheets"):
        with pytest.raises(AttributeError):
            getattr(book, name)
    with pytest.raises(AttributeError):
        sheet.new_attribute = 1  # no instance dict to smuggle a raw sheet through
    book.abandon()


@pytest.mark.filterwarnings("ignore:.*:UserWarning:xlsxwriter")
def test_xlsxwriter_error_codes_surface(tmp_path):
    with pytest.raises(OutputError) as e:
        with safe_book(tmp_path / "行外.xlsx") as book:
            book.sheet("表").text(1_048_576, 0, "x")  # one row past Excel's last
    assert e.value.sheet == "表" and e.value.cell == "A1048577" and "-1" in e.value.message
    with pytest.raises(OutputError) as e:
        with safe_book(tmp_path / "名前.xlsx") as book:
            book.sheet("表")
            book.define_name("1 bad name", "表", "$A$1")
    assert e.value.cell == "$A$1" and "1 bad name" in e.value.message
    with pytest.raises(OutputError):
        with safe_book(tmp_path / "条件.xlsx") as book:
            book.sheet("表").conditional_format(0, 0, 1, 1, {"type": "no_such_type"})
    assert not list(tmp_path.glob("*.xlsx"))  # nothing half-written is left behind


def test_numbers_excel_cannot_hold_become_text_and_problem_rows(tmp_path):
    out = tmp_path / "数.xlsx"
    with safe_book(out) as book:
        ws = book.sheet("表")
        for r, v in enumerate((float("nan"), float("inf"), -float("inf"), 1e308, -1e308, 9.99e307, 12.5)):
            ws.number(r, 0, v)
        write_checks_sheet(book, [])
    wb = openpyxl.load_workbook(out)
    col = [wb["表"].cell(r + 1, 1).value for r in range(7)]
    assert col == ["nan", "inf", "-inf", "1e+308", "-1e+308", 9.99e307, 12.5]
    rows = [[c.value for c in row] for row in wb["チェック"].iter_rows(min_row=2)]
    assert sorted(r[2] for r in rows) == ["A1", "A2", "A3", "A4", "A5"]
    assert all(r[0] == "数.xlsx" and r[1] == "表" and r[3] == "警告" for r in rows)


def test_writer_problem_without_problems_sheet_is_an_error(tmp_path):
    with pytest.raises(OutputError) as e:
        with safe_book(tmp_path / "x.xlsx") as book:
            book.sheet("表").number(0, 0, float("nan"))
    assert e.value.cell == "A1"
    assert not (tmp_path / "x.xlsx").exists()


# --- lengths in UTF-16 units ---------------------------------------------------------------------
def test_utf16_prefix_never_splits_a_pair():
    assert utf16_prefix("𠮷" * 3, 5) == "𠮷𠮷"  # 5 units: the third pair does not fit whole
    assert utf16_prefix("a𠮷", 2) == "a"
    assert utf16_prefix("a𠮷", 3) == "a𠮷"
    s, cut = clean_text("𠮷" * 20_000)
    assert cut and s == "𠮷" * 16_383
    s, cut = clean_text("a" * 32_767)
    assert not cut and len(s) == 32_767
    s, cut = clean_text("x\ud800y\x01")  # a lone surrogate cannot be stored: replaced like a control character
    assert s == "x\ufffdy\ufffd" and not cut


# --- quote prefix in every writer ----------------------------------------------------------------
def test_quote_prefix_in_grid_output(tmp_path):
    rows = [UnionRow("13", "東京", f"{i:03d}", t, members=10, policies=1, target=5) for i, t in enumerate(INJECTED)]
    spec = GridSpec(6, 2024, YearMonth(2025, 2))
    out = tmp_path / "grid.xlsx"
    with safe_book(out) as book:
        write_grid_sheet(book, compute_grid(rows, spec), "グリッド")
        write_checks_sheet(book, [Problem(WARNING, "=危険", "=a.xlsx", "＝表", "@A1", "－対応")])
    _assert_all_quoted(out, "グリッド", INJECTED)
    _assert_all_quoted(out, "チェック", ["=危険", "=a.xlsx", "＝表", "@A1", "－対応"])


def test_quote_prefix_in_contracts_output_including_merged_headers(tmp_path):
    names = ["=cmd|' /C calc'!A0", "＝商品", "＠商品", "-商品"]
    products = [ProductInput(n, YearMonth(2025, 1), [BranchFigures("13", "東京", 10, 5, "x!A1")]) for n in names]
    out = tmp_path / "contracts.xlsx"
    with safe_book(out) as book:
        write_contracts(book, compute_contracts(products))
    _assert_all_quoted(out, MATRIX_SHEET, names)  # the merged product headers of 県支部別
    ws = openpyxl.load_workbook(out)[MATRIX_SHEET]
    merged_tops = {str(r).split(":")[0] for r in ws.merged_cells.ranges}
    headers = [c for c in ws[2] if isinstance(c.value, str) and c.value.startswith(tuple(n[0] for n in names))]
    assert len(headers) == len(names) and all(c.coordinate in merged_tops and c.quotePrefix for c in headers)
    _assert_all_quoted(out, "到達率グラフ", names)


def test_quote_prefix_in_templates(tmp_path):
    form = dataclasses.replace(survey.FORM, title="＝テスト様式", instructions=("－注意",))
    table = dataclasses.replace(contracts_form.FIGURES, title="@表")
    out = tmp_path / "t.xlsx"
    with safe_book(out) as book:
        write_form_template(book, form, 2024)
        _table(book, table, [{"product": "=商品", "branch": "＋支部"}], None, "x")
    _assert_all_quoted(out, form.sheet, ["＝テスト様式"])  # a merged title
    _assert_all_quoted(out, table.sheet, ["@表", "=商品", "＋支部"])


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    return write_template("survey", tmp_path_factory.mktemp("t") / "survey.xlsx", year=2024)


def test_quote_prefix_in_consolidated_output(tmp_path, template):
    from xml.sax.saxutils import escape

    folder = tmp_path / "提出"
    folder.mkdir()
    fields = [f.key for f in survey.FORM.sections[3].fields]
    texts = {k: INJECTED[i % len(INJECTED)] for i, k in enumerate(fields)}
    # stored as text, the way Excel stores a typed '=1+1 (openpyxl would write a formula)
    tmp, _ = hostile.good_survey(template, tmp_path / "_tmp.xlsx", 1, **{k: f"PLACEHOLDER{i:02d}"
                                                                         for i, k in enumerate(fields)})
    parts = hostile.parts_of(tmp)
    for i, k in enumerate(fields):
        stored = escape(texts[k]).replace("\t", "_x0009_").replace("\r", "_x000D_").encode("utf-8")
        parts = {n: b.replace(f"PLACEHOLDER{i:02d}".encode(), stored) for n, b in parts.items()}
    hostile.write_parts(folder / "注入.xlsx", parts)
    batch = job.consolidate("survey", folder, year=2024, jobs=1)
    out, _ = job.write_workbook(batch, tmp_path / "集約.xlsx")
    _assert_all_quoted(out, "記述", list(texts.values()))


# --- the UTF-16 proof through consolidation ---------------------------------------------------------
KICHI = "𠮷" * 20_000  # 20,000 characters, 40,000 UTF-16 units
FAMILY = "👨\u200d👩\u200d👧\u200d👦家族" * 2_600 + "終"  # 23,401 characters, 33,801 UTF-16 units


def _input_cell(path, text):
    """Where the text sits in the submission, found by openpyxl (not by our reader)."""
    ws = openpyxl.load_workbook(path)[survey.FORM.sheet]
    return next(c.coordinate for row in ws.iter_rows() for c in row if c.value == text)


def test_long_texts_in_utf16_units_side_file_problem_rows_and_prefix(tmp_path, template):
    folder = tmp_path / "提出"
    folder.mkdir()
    files = {}
    for i, (name, text) in enumerate((("吉.xlsx", KICHI), ("絵文字.xlsx", FAMILY)), start=1):
        path, _ = hostile.good_survey(template, folder / name, i, requests=text)
        files[name] = (text, _input_cell(path, text))
    batch = job.consolidate("survey", folder, year=2024, jobs=1)
    out, side = job.write_workbook(batch, tmp_path / "集約.xlsx")

    assert side is not None and side.name == "集約_長文全文.txt"
    side_bytes = side.read_bytes()
    wb = openpyxl.load_workbook(out)
    problems = [[c.value for c in row] for row in wb["検証結果"].iter_rows(min_row=2)]
    cells = [c.value for row in wb["記述"].iter_rows() for c in row if isinstance(c.value, str)]
    for name, (text, cell) in files.items():
        assert text.encode("utf-8") in side_bytes  # whole, byte for byte
        assert any(p[0] == name and p[1] == survey.FORM.sheet and p[2] == cell for p in problems), name
        kept = [v for v in cells if v[:50] == text[:50]]
        assert len(kept) == 1
        v = kept[0]
        units = len(v.encode("utf-16-le")) // 2
        assert text.startswith(v) and v != text
        assert 32_766 <= units <= 32_767  # as much as fits, never more
        assert not any("\ud800" <= ch <= "\udfff" for ch in v)
    assert kept_len(cells, KICHI) == 16_383  # 32,767 units end inside a pair: one unit stays empty
    # the writer names the output cell it cut, too
    assert sum(1 for p in problems if p[0] == "集約.xlsx" and p[1] == "記述") == 2
    summary = {r[0].value: r[1].value for r in wb["概要"].iter_rows(min_row=3, max_col=2) if r[0].value}
    assert summary["検証結果の件数"] == len(problems)
    report = json.loads(json.dumps([p.to_dict() for p in batch.all_problems()]))
    assert sum(1 for p in report if p["code"] == "long_text") == 2


def kept_len(cells, text):
    return len(next(v for v in cells if v[:50] == text[:50]))


def test_only_the_writer_reaches_xlsxwriter():
    """Outputs are written through io/writer.py alone: no other production module imports XlsxWriter
    or touches the writer's private workbook/worksheet (the sample generators write *inputs*).
    io/xlsx_rows.py (the faster sheet-data writer) belongs to it: only io/writer.py imports it."""
    import ast
    from pathlib import Path

    import workbook_tools

    root = Path(workbook_tools.__file__).parent
    offenders = []
    for path in root.rglob("*.py"):
        rel = path.relative_to(root).as_posix()
        if rel in ("io/writer.py", "io/xlsx_rows.py") or rel.startswith("samples/"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            if any(n.endswith("xlsx_rows") for n in names):
                offenders.append(f"{rel}:{node.lineno} imports io/xlsx_rows.py")
            if any(n.split(".")[0] == "xlsxwriter" for n in names):
                offenders.append(f"{rel}:{node.lineno} imports xlsxwriter")
            if isinstance(node, ast.Attribute) and node.attr in ("_ws", "_wb", "_chart"):
                offenders.append(f"{rel}:{node.lineno} uses .{node.attr}")
    assert offenders == []


def test_a_long_text_in_a_problem_message_is_kept_too(tmp_path):
    out = tmp_path / "p.xlsx"
    raw = "値" * 40_000
    with safe_book(out) as book:
        write_checks_sheet(book, [Problem(WARNING, f"時点「{raw}」を年月として読めません", "a.xlsx", "表", "B2")])
    assert raw in (tmp_path / "p_長文全文.txt").read_text("utf-8")
    cell = openpyxl.load_workbook(out)["チェック"]["E2"].value
    assert cell.startswith("時点「値") and len(cell) == 32_767


def test_writing_after_the_book_is_finished_is_refused(tmp_path):
    with pytest.raises(OutputError):
        with safe_book(tmp_path / "x.xlsx") as book:
            ws = book.sheet("表")
            write_checks_sheet(book, [])
            book.finish()
            ws.number(0, 0, float("inf"))


@pytest.mark.parametrize("streamed", [False, True])
def test_an_empty_text_is_a_blank_cell_with_its_format(tmp_path, streamed):
    """An empty text is written as a blank cell keeping its format (borders still print), on an in-memory and on a
    streamed sheet, by `text` and by `put_row` alike: a cell holding "" looks empty but stops Ctrl+arrow and counts
    in COUNTA.  Without a format nothing is written, as for a blank."""
    out = tmp_path / "空欄.xlsx"
    with safe_book(out) as book:
        ws = book.sheet("表", streamed=streamed)
        boxed = book.fmt(border=1)
        ws.text(0, 0, "", boxed)
        ws.text(0, 1, "あ", boxed)
        ws.text(0, 2, "")
        ws.put_row(1, [(0, "", boxed), (1, "い", boxed), (2, "", None), (3, None, boxed)])
    cells = {c.coordinate: c for row in openpyxl.load_workbook(out)["表"].iter_rows() for c in row}
    for ref in ("A1", "A2", "D2"):
        assert cells[ref].value is None and cells[ref].border.left.style == "thin", ref
    assert cells["B1"].value == "あ" and cells["B2"].value == "い"
    assert "C1" not in cells or cells["C1"].value is None
    import zipfile
    with zipfile.ZipFile(out) as z:
        sheet = z.read("xl/worksheets/sheet1.xml")
    assert b"<t></t>" not in sheet and b"<t/>" not in sheet and b'r="C1"' not in sheet and b'r="C2"' not in sheet
