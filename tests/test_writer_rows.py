"""io/xlsx_rows.py writes <sheetData> exactly as XlsxWriter does: the same workbook written by plain
XlsxWriter and with the faster row writer installed has byte-identical sheet and style parts, for
every kind of cell (the ones the fast path writes and the ones it hands back to XlsxWriter)."""
import datetime
import zipfile

import pytest
import xlsxwriter

from workbook_tools.io import xlsx_rows


def _fill(wb, fast: bool) -> list[bool]:
    plain = wb.add_worksheet("値")
    rowfmt = wb.add_worksheet("行と列の書式")
    noted = wb.add_worksheet("コメント")
    installed = [xlsx_rows.install(ws) for ws in (plain, rowfmt, noted)] if fast else []
    f_num = wb.add_format({"num_format": "#,##0", "border": 1})
    f_rate = wb.add_format({"num_format": "0.0%"})
    f_text = wb.add_format({"bold": True})
    f_date = wb.add_format({"num_format": "yyyy-mm-dd"})
    for r in range(40):  # several 16-row span blocks, sparse columns
        if r % 7 == 3:
            continue
        plain.write_number(r, 0, r * 1.5 - 7, f_num)
        plain.write_number(r, 2 + r % 5, 10 ** (r % 20) / 3, f_rate)
        plain.write_string(r, 8, f"単組{r} & <x> \"q\"\n  ", f_text)
        plain.write_blank(r, 9 + r % 3, None, f_num)
        plain.write_formula(r, 12, f'IF(A{r + 1}>0,"<"&B{r + 1},A{r + 1}&">")', f_num, r)
    cached = [0, 1.25, -3, "", "#N/A", "#DIV/0!", "テキスト & <b>", True, False, None, 10 ** 20, 1e-20]
    for i, value in enumerate(cached):
        plain.write_formula(45 + i, 1, f"SUM(A1:A{i + 2})", f_num if i % 2 else None, value)
    plain.write_number(60, 0, 5)  # no format: XlsxWriter's own path
    plain.write_string(60, 1, "書式なし")
    plain.write_datetime(61, 0, datetime.datetime(2025, 2, 1), f_date)
    plain.write_boolean(61, 1, True, f_text)
    plain.write_rich_string(61, 2, "a", f_text, "b", " c")
    plain.write_array_formula(62, 0, 62, 0, "{=SUM(A1:A3*B1:B3)}", f_num, 7)
    plain.write_url(63, 0, "https://example.com/", string="リンク")
    plain.merge_range(64, 0, 65, 3, "結合", f_text)
    plain.set_row(20, 30)
    plain.set_row(21, None, None, {"hidden": True})
    plain.set_row(70, 25)  # a row with height only
    rowfmt.set_row(2, 20, f_text)
    rowfmt.set_column(3, 3, 12, f_rate)
    for r in range(6):
        for c in range(6):
            rowfmt.write_number(r, c, r * c) if (r + c) % 2 else rowfmt.write_string(r, c, f"{r}-{c}")
    noted.write_number(0, 0, 1, f_num)
    noted.write_comment(0, 0, "注記")
    noted.write_string(3, 1, "コメント付きのシート", f_text)
    return installed


def _parts(path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n) for n in z.namelist() if n.startswith("xl/worksheets/") or n == "xl/styles.xml"
                or n == "xl/sharedStrings.xml"}


def test_sheet_xml_is_byte_identical_to_xlsxwriters(tmp_path):
    outs = {}
    for fast in (False, True):
        path = tmp_path / f"{fast}.xlsx"
        wb = xlsxwriter.Workbook(str(path))
        installed = _fill(wb, fast)
        wb.close()
        outs[fast] = _parts(path)
        if fast:
            assert installed == [True, True, True]
    assert outs[True].keys() == outs[False].keys()
    assert len([n for n in outs[True] if n.endswith(".xml") and "sheet" in n]) == 3
    for name in outs[False]:
        assert outs[True][name] == outs[False][name], name


def _counted(path, monkeypatch, options: dict):
    """A workbook and sheet with our row writer installed; the list of cells XlsxWriter's own per-cell writer
    still gets."""
    wb = xlsxwriter.Workbook(str(path), options)
    ws = wb.add_worksheet()
    calls = []
    original = ws._write_cell
    monkeypatch.setattr(ws, "_write_cell", lambda r, c, cell: (calls.append((r, c)), original(r, c, cell)))
    assert xlsx_rows.install(ws)
    return wb, ws, calls


def test_fast_path_is_used_for_our_cells(tmp_path, monkeypatch):
    """The comparison above would pass vacuously if the fast path never ran: count the cells XlsxWriter's
    own per-cell writer still gets (only the ones without a format or of another kind)."""
    wb, ws, calls = _counted(tmp_path / "x.xlsx", monkeypatch, {})
    f = wb.add_format({"bold": True})
    for r in range(100):
        ws.write_number(r, 0, r, f)
        ws.write_string(r, 1, "x", f)
        ws.write_formula(r, 2, f"A{r + 1}*2", f, 2 * r)
        ws.write_blank(r, 3, None, f)
    ws.write_number(100, 0, 1)  # no format
    wb.close()
    assert calls == [(100, 0)]


@pytest.mark.parametrize("attr", ["_write_cell", "table"])
def test_an_xlsxwriter_without_the_internals_keeps_its_own_writer(tmp_path, attr):
    class Bare:
        pass

    ws = Bare()
    for name in ("_write_rows", "_write_cell", "_write_row", "_write_empty_row", "_escape_data", "table",
                 "row_info", "comments", "constant_memory"):
        if name != attr:
            setattr(ws, name, None)
    assert xlsx_rows.install(ws) is False
    assert ws._write_rows is None


def test_plain_formula():
    from workbook_tools.io.writer import plain_formula

    assert plain_formula("=SUM(A1:B1)") and plain_formula('IF(N(E7)=0,"",ROUND(F7/E7,3))')
    assert not plain_formula("") and not plain_formula("=")
    assert not plain_formula("XLOOKUP(1,A:A,B:B)") and not plain_formula("LAMBDA(x,x)(1)")
    assert not plain_formula("SORT(A1:A3)")  # a dynamic array: XlsxWriter writes it its own way


def _rgb(color) -> str | None:
    rgb = getattr(color, "rgb", None)
    return rgb if isinstance(rgb, str) else None  # a theme or indexed colour: openpyxl gives an error text object


def _cell_by_cell(ws, r: int, cells) -> None:
    """The row's cells through SafeSheet's one-cell writers (what put_row / whole_row must equal)."""
    from workbook_tools.io.writer import AsFormula, AsNumber

    for c, v, fmt in cells:
        if type(v) is AsFormula:
            ws.formula(r, c, v.text, v.cached, fmt)
        elif type(v) is AsNumber:
            ws.number(r, c, v.value, fmt)
        elif type(v) is str:
            ws.text(r, c, v, fmt)
        elif v is None:
            ws.blank(r, c, fmt)
        else:
            ws.number(r, c, v, fmt)


def _cells_seen(path) -> dict:
    """Every cell of every sheet as openpyxl reads it back: value, type and what its format shows (the xf
    indices themselves may be numbered in another order, see io/xlsx_rows.render_cells)."""
    import openpyxl

    wb = openpyxl.load_workbook(path)
    seen = {}
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                value = c.value if not hasattr(c.value, "text") else ("array", c.value.ref, c.value.text)
                seen[(ws.title, c.coordinate)] = (
                    value, c.data_type, c.number_format, c.font.b, _rgb(c.font.color), _rgb(c.fill.fgColor),
                    c.border.left.style, c.alignment.horizontal, c.alignment.wrap_text,
                    c.quotePrefix, c.protection.locked)
        seen[(ws.title, "dimensions")] = ws.dimensions
    return seen


@pytest.mark.parametrize("example", ["加入拡大モデル単組_6月開始.xlsx", "加入拡大モデル単組_5月開始.xlsx"])
def test_the_grid_written_in_one_go_equals_cell_by_cell(tmp_path, monkeypatch, example):
    """The whole grid (every union row rendered at once by SafeSheet.whole_row) against the same grid with
    render_cells refused, i.e. every cell through SafeSheet.text / number / formula and XlsxWriter's writers."""
    from workbook_tools.app import grid as job
    from workbook_tools.io import writer
    from conftest import ROOT

    j = job.recompute(ROOT / "workbook_tools" / "examples" / "grid" / example)
    seen, rendered = {}, []
    real = writer.render_cells
    for way in ("one_go", "cell_by_cell"):
        monkeypatch.setattr(writer, "render_cells", (lambda *a: (a[0].constant_memory or rendered.append(a[1])
                                                                 or True) and real(*a))
                            if way == "one_go" else (lambda *a: False))
        (tmp_path / way).mkdir()
        job.write_grid_workbook(j, tmp_path / way / "出力.xlsx")
        seen[way] = _cells_seen(tmp_path / way / "出力.xlsx")
    assert len(rendered) == len(j.result.rows) > 10  # every union row went the fast way
    assert seen["one_go"] == seen["cell_by_cell"]
    assert any(v[0] for k, v in seen["one_go"].items() if k[1] != "dimensions")


def _whole_row_book(path, together: bool) -> tuple[dict, list, list]:
    from decimal import Decimal

    from workbook_tools.io.writer import AsFormula, AsNumber, SafeBook, write_problems_sheet

    book = SafeBook(path)
    ws = book.sheet("行")
    write_problems_sheet(book, [], "チェック")
    f, g = book.fmt(border=1, num_format="#,##0"), book.fmt(bold=True, text_wrap=True)
    rows = [  # plain rows (rendered at once), then rows that must go cell by cell
        [(0, 1, f), (1, "単組 & <x> \"q\"", g), (2, None, f), (3, 2.5, g), (4, "", f), (5, 10 ** 15, f),
         (6, 10 ** 16 + 1, f), (7, -0.0, f), (8, 1e-20, g), (9, AsFormula("SUM(A1:B1)", 3.5), f),
         (10, AsFormula("=IF(A1>0,\"<\"&B1,\">\")", "<x> & y"), g), (11, AsFormula("A1", True), f),
         (12, AsFormula("A1", None), f), (13, AsFormula("A1", "#N/A"), f), (14, AsFormula("A1", Decimal("2.0")), f),
         (15, AsFormula("A1", float("inf")), f), (16, AsNumber(7), f)],
        [(0, "=1+1", f), (1, "＠注意", g), (2, "\t先頭タブ", g), (3, "改行\r\n制御\x01", f), (4, "長" * 40_000, g),
         (5, "_x0041_", g), (6, " 前後の空白 ", f)],
        [(0, 1, f), (1, "<r>rich</r>", f)],  # rich-shaped: the row cell by cell
        [(0, 1, f), (1, 2, None)],  # a cell without a format: cell by cell
        [(0, float("nan"), f), (1, Decimal("1.5"), f), (2, True, g), (3, 1e308, f), (4, AsNumber("729名"), f)],
        [(0, AsFormula("XLOOKUP(1,A1:A3,B1:B3)", 0), f), (1, 5, f)],  # a formula XlsxWriter rewrites
        [(3, 1, f), (1, 2, f)],  # not left to right
    ]
    for r, cells in enumerate(rows):
        if together:
            ws.whole_row(r, cells)
        else:
            _cell_by_cell(ws, r, cells)
    book.close()
    return _cells_seen(path), [(p.cell, p.code) for p in book.problems], [(r, c) for r, c, _ in ws.truncated]


def test_whole_row_writes_what_cell_by_cell_writes(tmp_path, monkeypatch):
    from workbook_tools.io import writer

    rendered = []
    real = writer.render_cells
    monkeypatch.setattr(writer, "render_cells", lambda ws, row, cells: (real(ws, row, cells) and
                                                                       (ws.name != "行" or rendered.append(row)
                                                                        or True)))
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    together = _whole_row_book(tmp_path / "a" / "行.xlsx", True)
    single = _whole_row_book(tmp_path / "b" / "行.xlsx", False)
    assert rendered == [0, 1]  # the plain rows; every other row cell by cell
    assert together == single
    assert together[2] == [(1, 4)]  # the cut text, reported once
    assert ("A5", "number_not_writable") in together[1]
    cells = together[0]
    assert cells[("行", "B2")][9] is True and cells[("行", "A2")][9] is True  # quote-protected texts
    assert cells[("行", "J1")][:2] == ("=SUM(A1:B1)", "f") and cells[("行", "D1")][0] == 2.5


@pytest.mark.parametrize("streamed", [False, True])
def test_a_cell_written_into_a_rendered_row_is_kept(tmp_path, streamed):
    """A writer that adds a cell to a row after writing it whole loses nothing: the row is then written from
    its cells (the rendered ones and the later one, which wins its column as in XlsxWriter)."""
    import openpyxl

    from workbook_tools.io.writer import AsFormula, SafeBook

    book = SafeBook(tmp_path / "e.xlsx")
    ws = book.sheet("行", streamed=streamed)
    f = book.fmt(border=1)
    ws.whole_row(0, [(0, 1, f), (1, "a", f), (2, AsFormula("A1*2", 2), f), (4, None, f)])
    ws.number(0, 3, 5, f)
    ws.text(0, 1, "b", f)
    ws.whole_row(0, [(6, 7, f)])  # the row holds cells already: cell by cell into it
    ws.whole_row(1, [(0, "c", f), (2, 3.5, f)])
    book.close()
    sheet = openpyxl.load_workbook(tmp_path / "e.xlsx")["行"]
    assert [[c.value for c in r] for r in sheet.iter_rows(max_col=7)] == [[1, "b", "=A1*2", 5, None, None, 7],
                                                                         ["c", None, 3.5, None, None, None, None]]
    assert sheet["E1"].border.left.style == "thin"  # the blank with a format is there


_TRICKY_TEXTS = ["単組", " 先頭の空白", "末尾の空白 ", "\u3000全角空白", "改行\n", "\n", "\t", "", "a\x1cb", "x\x1f",
                 "行1\r\n行2", "_x0041_ と _X00ff_", "_x12_", "\ufffe\uffff", "<r>本当の", "<r>x</r> ",
                 "<b> & \"q\" 'a' >", "=1+1", "\u00a0nbsp\u00a0", "🈂️ 𠮷", "a\x85", "\x1e"]


def _fill_streamed(wb, fast: bool) -> list[bool]:
    sheets = [wb.add_worksheet("流す"), wb.add_worksheet("コメント")]
    installed = [xlsx_rows.install(ws) for ws in sheets] if fast else []
    ws, noted = sheets
    f_text = wb.add_format({"text_wrap": True, "border": 1})
    f_num = wb.add_format({"num_format": "#,##0.0#"})
    f_bold = wb.add_format({"bold": True})
    ws.set_row(0, 45)
    ws.set_row(3, None, None, {"hidden": True})
    ws.set_row(5, 20)  # a row with its height only
    ws.set_row(10, 15, f_bold)  # a row format, taken by a cell without a format
    ws.set_column(11, 11, 12, f_num)  # a column format, likewise
    for r in range(40):
        if r in (5, 17):
            continue
        if r % 9 == 4:
            ws.set_row(r, 12.5 + r)
        ws.write_number(r, 0, r * 2.25 - 3, f_num)
        ws.write_string(r, 1, _TRICKY_TEXTS[r % len(_TRICKY_TEXTS)], f_text)
        ws.write_string(r, 2 + r % 4, f"{r}番 & <x>", f_bold if r % 2 else f_text)
        ws.write_blank(r, 7, None, f_text)
        ws.write_formula(r, 8, f'IF(A{r + 1}>0,"<"&B{r + 1},"")', f_num, "<x>" if r % 3 else r)
        if r % 5 == 0:
            ws.write_string(r, 9, "書式なし")  # no format of its own: the row's, the column's or none
            ws.write_string(r, 11, " 列の書式")
            ws.write_boolean(r, 10, True, f_bold)  # another kind of cell: XlsxWriter's own writer
    ws.merge_range(41, 0, 41, 3, "結合 ", f_bold)
    noted.write_string(0, 0, " コメント付き", f_text)
    noted.write_comment(0, 0, "注記")
    noted.write_number(2, 1, 5, f_num)
    return installed


def test_streamed_rows_are_byte_identical_to_xlsxwriters(tmp_path):
    """constant_memory (a streamed sheet): XlsxWriter's own row flush and ours write the same parts, for inline
    texts with every escape XlsxWriter makes (control characters, _xHHHH_, white space, & < >, rich-looking text)."""
    outs = {}
    for fast in (False, True):
        path = tmp_path / f"{fast}.xlsx"
        wb = xlsxwriter.Workbook(str(path), {"constant_memory": True})
        installed = _fill_streamed(wb, fast)
        wb.close()
        outs[fast] = _parts(path)
        if fast:
            assert installed == [True, True]
    assert b"inlineStr" in outs[False]["xl/worksheets/sheet1.xml"]
    assert outs[True].keys() == outs[False].keys()
    for name in outs[False]:
        assert outs[True][name] == outs[False][name], name


def test_streamed_fast_path_is_used(tmp_path, monkeypatch):
    """Only the cells without a format, of another kind or rich-looking reach XlsxWriter's per-cell writer."""
    wb, ws, calls = _counted(tmp_path / "s.xlsx", monkeypatch, {"constant_memory": True})
    f = wb.add_format({"bold": True})
    for r in range(50):
        ws.write_number(r, 0, r, f)
        ws.write_string(r, 1, " x\x01", f)
        ws.write_formula(r, 2, f"A{r + 1}*2", f, 2 * r)
        ws.write_blank(r, 3, None, f)
    ws.write_string(50, 0, "<r>y</r>", f)
    ws.write_string(50, 1, "書式なし")
    ws.write_number(51, 0, 1)
    wb.close()
    assert calls == [(51, 0)]


def test_rich_text_shaped_submissions_stay_text_in_a_streamed_sheet(tmp_path):
    """XlsxWriter's constant_memory writer copies a text "<r>…</r>" as XML: "<r>&</r>" made the sheet unreadable,
    "<r><t>…</t></r>" became formatting.  The streamed sheet writes them as the texts they are, as in memory."""
    import openpyxl
    from python_calamine import CalamineWorkbook

    from workbook_tools.io.writer import SafeBook, write_problems_sheet

    texts = ["<r>&</r>", "<r><t>見た目</t></r>", "<r><rPr><b/></rPr><t>太字</t></r>", "<r></r>", "<r>x</r>"]
    values = {}
    for streamed in (True, False):
        path = tmp_path / f"{streamed}.xlsx"
        book = SafeBook(path)
        ws = book.sheet("一覧", streamed=streamed)
        write_problems_sheet(book, [], "検証結果")
        f = book.fmt(bold=True)
        for r, t in enumerate(texts):
            ws.text(r, 0, t, f if r % 2 else None)
        book.close()
        got = [c.value for c in openpyxl.load_workbook(path)["一覧"]["A"]]
        assert got == texts
        assert [row[0] for row in CalamineWorkbook.from_path(str(path)).get_sheet_by_name("一覧").to_python()] == texts
        values[streamed] = got
    assert values[True] == values[False]


def test_leading_and_trailing_white_space_is_isspace():
    """The inline writer's test for xml:space="preserve" (isspace of the first and last character) agrees with
    XlsxWriter's regular expressions for every character, alone, after a letter and before a line feed."""
    from xlsxwriter.utility import _preserve_whitespace

    for cp in range(0x110000):
        ch = chr(cp)
        for text in (ch, "a" + ch, ch + "a", "a" + ch + "\n"):
            ours = text[:1].isspace() or text[-1:].isspace()
            assert ours == bool(_preserve_whitespace(text)), hex(cp)


def _put_row_book(path, together: bool, streamed: bool) -> tuple[dict, list, list]:
    from decimal import Decimal

    from workbook_tools.io.writer import AsNumber, SafeBook, write_problems_sheet

    book = SafeBook(path)
    ws = book.sheet("行", streamed=streamed)
    write_problems_sheet(book, [], "チェック")
    f, g = book.fmt(border=1), book.fmt(bold=True, text_wrap=True)
    rows = [
        [(0, 1, f), (1, "単組 & <x>", g), (2, None, f), (3, 2.5, None), (4, "", f), (5, None, None)],
        [(0, "=1+1", f), (1, "＠注意", g), (2, "\t先頭タブ", None), (3, "改行\r\n制御\x01", f), (5, -0.0, g)],
        [(0, float("nan"), f), (1, Decimal("1.5"), f), (2, True, g), (3, 1e308, f), (4, AsNumber(""), f),
         (5, AsNumber("729名"), f), (6, AsNumber(None), f), (7, AsNumber(3), f)],
        [(0, "長" * 40_000, g), (2, "𠮷" * 20_000, f), (3, " 前後の空白 ", f)],
        [(1, "<r>rich</r>", f), (2, "_x0041_", g), (9, 10 ** 15, f)],
        [(0, 3, f), (1, "書式あり & <x>", g), (2, None, f), (3, " 前後 ", g), (4, "_x0041_\x01", f), (5, 0.1, g),
         (6, "", f), (7, 2 ** 60, f)],  # every cell formatted: rendered at once on a streamed sheet
    ]
    for r, cells in enumerate(rows):
        if together:
            ws.put_row(r, cells)
        else:
            _cell_by_cell(ws, r, cells)
        ws.row_height(r, 20 + r)
    book.close()
    return _parts(path), [(p.cell, p.code) for p in book.problems], [(r, c) for r, c, _ in ws.truncated]


@pytest.mark.parametrize("streamed", [True, False])
def test_put_row_writes_what_cell_by_cell_writes(tmp_path, streamed, monkeypatch):
    from workbook_tools.io import writer

    rendered = []
    real = writer.render_cells
    monkeypatch.setattr(writer, "render_cells", lambda ws, row, cells: (real(ws, row, cells) and
                                                                       (ws.name != "行" or rendered.append(row)
                                                                        or True)))
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    together = _put_row_book(tmp_path / "a" / "行.xlsx", True, streamed)
    single = _put_row_book(tmp_path / "b" / "行.xlsx", False, streamed)
    assert rendered == ([1, 3, 5] if streamed else [])  # the rows whose every cell has a format (a quoted text has)
    assert together == single  # byte for byte
    assert together[2] == [(3, 0), (3, 2)]  # cut texts, reported in the same order
    assert ("A3", "number_not_writable") in together[1] and ("F3", "number_not_writable") in together[1]
    assert (b"inlineStr" in together[0]["xl/worksheets/sheet1.xml"]) is streamed


def test_put_row_stores_a_streamed_row_in_one_go(tmp_path, monkeypatch):
    from workbook_tools.errors import OutputError
    from workbook_tools.io import writer

    calls = []
    monkeypatch.setattr(writer, "store_cells", lambda ws, row, cells: calls.append(row) or
                        xlsx_rows.store_cells(ws, row, cells))
    book = writer.SafeBook(tmp_path / "d.xlsx")
    ws = book.sheet("行", streamed=True)
    writer.write_problems_sheet(book, [], "チェック")
    ws.put_row(0, [(0, "a", None), (1, 1, None)])
    ws.put_row(1, [(0, "b", None)])
    with pytest.raises(OutputError):
        ws.put_row(0, [(2, "above the current row", None)])
    book.abandon()
    assert calls == [0, 1, 0]
