"""Mends after a helper's review of this round's reader changes: each input below was read wrong by a first version
of a new rule (proven by the reviewer with a failing input), and is read right now.  Expected values by hand."""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

import openpyxl
from openpyxl.utils import column_index_from_string as ci

from workbook_tools.app import grid as job
from workbook_tools.io.readers import open_book

EXAMPLES = Path(__file__).resolve().parents[1] / "workbook_tools" / "examples"
GRID = EXAMPLES / "grid" / "加入拡大モデル単組_6月開始.xlsx"
MONTHS = [6, 7, 8, 9, 10, 11, 12, 1, 2, 3, 4, 5]


def test_next_years_sheet_made_ready_is_not_read_for_this_years(tmp_path):
    """「2025年度」 copied from 「2024年度」 with its months cleared (made ready, nothing reported yet): the filled
    「2024年度」 is read, not the empty newer sheet (a first version read it: every figure 0)."""
    wb = openpyxl.load_workbook(GRID)
    ws = wb.worksheets[0]
    ws.title = "2024年度"
    nxt = wb.copy_worksheet(ws)
    nxt.title = "2025年度"
    nxt["A1"] = "2025年度加入拡大モデル単組（6月開始）"
    nxt["K3"], nxt["AC3"], nxt["AK3"] = "2023年度", "2024年度", "2025年度"
    for r in range(5, nxt.max_row + 1):
        for c in range(ci("AK"), ci("AW") + 1):
            nxt.cell(r, c).value = None
    path = tmp_path / "翌年度準備.xlsx"
    wb.save(path)
    j = job.recompute(path)
    assert (j.input.sheet, j.input.fiscal_year) == ("2024年度", 2024)
    assert j.result.summary.actual == 2955  # the example's 実績, as HQ's summary prints it


def _two_unions_one_code(path: Path, *, note: str | None) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "2024年度"
    ws["A1"] = "2024年度　加入拡大モデル単組　2025年2月末現在"
    heads = ["県コード", "県名", "単組コード", "単組名", "目標件数"]
    for y in (2022, 2023, 2024):
        ws.cell(3, len(heads) + 1, f"{y}年度")
        heads += [f"{m}月" for m in MONTHS]
    heads.append("備考")
    for c, h in enumerate(heads, 1):
        ws.cell(4, c, h)
    rows = [("01", "北海道", "001", "見本一市職員組合", 10, {2024: {6: 2, 7: 1, 8: 3}}, None),
            ("01", "北海道", "002", "見本二町職員組合", 5, {2024: {6: 1}}, None),
            # another union added in the autumn, the code above copied by mistake, its target not set yet
            ("01", "北海道", "002", "見本三村職員組合", None, {2024: {12: 4, 1: 2}}, note)]
    for r, (pc, pn, uc, name, target, counts, memo) in enumerate(rows, 5):
        values = [pc, pn, uc, name, target]
        for y in (2022, 2023, 2024):
            values += [counts.get(y, {}).get(m) for m in MONTHS]
        values.append(memo)
        for c, v in enumerate(values, 1):
            ws.cell(r, c, v)
    wb.save(path)
    return path


def test_two_unions_given_one_code_by_mistake_stay_two(tmp_path):
    """No 備考 says they are one union renamed, and the row without a target has counts this year: two unions
    (said), not merged (a first version merged them: 取組単組 3 → 2)."""
    j = job.recompute(_two_unions_one_code(tmp_path / "コード重複.xlsx", note=None))
    assert j.result.summary.unions == 3 and j.result.summary.actual == 6 + 1 + 6
    assert [p.code for p in j.problems if p.code in ("same_union_code", "renamed_union")] == ["same_union_code"]


def _text_box_over_blank_numbers(path: Path) -> Path:
    """A survey page retyped: a blank text question, then two blank number questions, and a text box beside the
    numbers explaining why they are blank."""
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("アンケート")
    ws.write("A1", "実態共有用アンケート")
    ws.write("A3", "県本部")
    ws.write("B3", "高知")
    ws.write("A4", "単組名")
    ws.write("B4", "見本町職員組合")
    ws.write("A6", "新採加入の主な取り組み")
    ws.merge_range("B7:F9", "")
    ws.write("A11", "2026年 新規採用者")
    ws.write("A12", "新規採用者数")
    ws.write("A13", "自治労加入者数")
    ws.insert_textbox("D12", "人数は4月末に確定するため未記入です", {"width": 300, "height": 40})
    wb.close()
    return path


def test_a_text_box_beside_blank_numbers_is_not_the_text_above(tmp_path):
    """The box sits by the number questions, below the blank text's box: it is not that text's answer (another
    question's row stands between), it is kept as an entry of its own (a first version gave it to the text)."""
    from workbook_tools.app.consolidate import Task, process_file

    folder = tmp_path / "提出"
    folder.mkdir()
    path = _text_box_over_blank_numbers(folder / "高知_アンケート.xlsx")
    rec = process_file(Task(str(path), str(folder), "survey", 2026))
    assert rec.values["texts.new_hire_main"].value is None
    assert [(cell, text) for _, cell, text in rec.extras] == [("D12", "人数は4月末に確定するため未記入です")]


def _quoted_package(path: Path, *, state: bool) -> Path:
    """A two-sheet book whose workbook part writes its attributes in single quotes (valid XML), with 「state='show'」
    on the first sheet, or a dimension without columns on it."""
    wb = openpyxl.Workbook()
    wb.active.title = "回答票"
    wb.active["A1"] = "一枚目"
    wb.create_sheet("二枚目")["A1"] = "二枚目の値"
    raw = io.BytesIO()
    wb.save(raw)
    src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED)
    for info in src.infolist():
        data = src.read(info.filename)
        if info.filename == "xl/workbook.xml":
            text = data.decode("utf-8")
            head, sep, rest = text.partition("<sheets>")
            rest = rest.replace('"', "'")
            if state:
                rest = rest.replace("sheetId='1' state='visible'", "sheetId='1' state='show'", 1)
                assert "state='show'" in rest
            data = (head + sep + rest).encode("utf-8")
        elif info.filename == "xl/worksheets/sheet1.xml" and not state:
            text = data.decode("utf-8")
            if "<dimension" in text:
                start = text.index("<dimension")
                text = text[:start] + '<dimension ref="1:4"/>' + text[text.index("/>", start) + 2:]
            else:
                text = text.replace("<sheetViews>", '<dimension ref="1:4"/><sheetViews>', 1)
            data = text.encode("utf-8")
        out.writestr(info.filename, data)
    out.close()
    return path


def test_a_mended_package_with_single_quoted_attributes_keeps_every_sheet(tmp_path):
    """A first version's mend read only double-quoted attributes: every sheet entry looked partless and was dropped
    (「ブックにシートがありません」), and the other sheets then failed to load from the mended book."""
    for state in (True, False):
        book = open_book(_quoted_package(tmp_path / f"引用符_{state}.xlsx", state=state))
        assert book.sheet_names == ["回答票", "二枚目"], state
        assert book.sheet("二枚目").rows[0][0] == "二枚目の値" and book.sheet("回答票").rows[0][0] == "一枚目"
        assert len(book.sniffed.notes) == 1 and "回答票" in book.sniffed.notes[0], book.sniffed.notes


def _marks_beside_marks(path: Path, heads: tuple[str, str]) -> Path:
    """A 県本部's report whose item table has two mark columns: this year's ✓ and, beside it, another year's ○."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "取組報告"
    ws["A1"] = "令和8年度　県本部共済推進取り組み報告書"
    ws["A3"], ws["B3"] = "県名：", "青森"
    ws["A4"], ws["B4"] = "作成日：", "令和9年2月16日"
    ws["A6"] = "２．共済推進県本部交付金の活用について"
    ws["A7"], ws["E7"], ws["F7"], ws["G7"] = "取り組み項目", heads[0], heads[1], "具体的な取り組み"
    ws["A8"], ws["E8"], ws["F8"] = "共済推進単組交付金規程にもとづき支払っている", "✓", "○"
    ws["A9"], ws["F9"] = "単組に支払った交付金の使われ方を把握している", "○"
    ws["G8"] = "規程どおり支払っている。"
    wb.save(path)
    return path


def test_the_mark_column_of_the_year_asked_for(tmp_path):
    """「R8｜R9」 (R9: next year's plan) read for FY2026 (R8): the R8 column, not the newest; 「今年度｜来年度」: the
    今年度 column (a first version took the newest year's column whatever year was asked for, and read both
    columns of 今年度｜来年度)."""
    from workbook_tools.app.consolidate import Task, process_file

    for heads in (("R8", "R9"), ("今年度", "来年度")):
        folder = tmp_path / "_".join(heads)
        folder.mkdir()
        path = _marks_beside_marks(folder / "青森県本部_報告書.xlsx", heads)
        rec = process_file(Task(str(path), str(folder), "report", 2026))
        assert (rec.values["s2.paid"].value, rec.values["s2.usage_known"].value) == (True, False), heads


def test_a_total_row_that_adds_up_the_typed_column_is_not_said_wrong(tmp_path):
    """One union's typed 累積件数 is wrong (said for that union); the 合計 row is the SUM of the typed column, which
    is right as a sum: nothing said about the total row (a first version compared it with the recomputed 累積)."""
    wb = openpyxl.load_workbook(GRID)
    ws = wb.worksheets[0]
    total_row = next(c.row for row in ws.iter_rows() for c in row if c.value == "合計")
    head_row = next(r for r in range(1, total_row) if ws.cell(r, 4).value == "加入拡大モデル単組")
    cum = next(c.column for c in ws[head_row] if str(c.value).replace("\n", "") == "累積件数")
    first = head_row + 1
    typed = [ws.cell(r, cum).value for r in range(first, total_row)]
    assert all(isinstance(v, int) for v in typed if v is not None)  # (numbers as typed: their sum is the SUM)
    ws.cell(first, cum).value = (typed[0] or 0) + 6
    ws.cell(total_row, cum).value = sum(v or 0 for v in typed) + 6
    path = tmp_path / "合計は列の和.xlsx"
    wb.save(path)
    codes = [p.code for p in job.recompute(path).problems]
    assert "typed_total_row" not in codes and codes.count("typed_total_mismatch") >= 1


def _grid_rows(path: Path, extra_rows: list[list]) -> Path:
    """Two 滋賀 unions on a grid (FY2024, June start), then the rows given (県コード, 県名, 単組コード, 単組名, 目標件数)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "2024年度"
    ws["A1"] = "2024年度　加入拡大モデル単組　2025年2月末現在"
    heads = ["県コード", "県名", "単組コード", "単組名", "目標件数"]
    for y in (2022, 2023, 2024):
        ws.cell(3, len(heads) + 1, f"{y}年度")
        heads += [f"{m}月" for m in MONTHS]
    for c, h in enumerate(heads, 1):
        ws.cell(4, c, h)
    rows = [["26", "滋賀", "001", "見本一市職員組合", 10] + [None] * 24 + [2, 1],
            ["26", "滋賀", "002", "試験二町職員組合", 5] + [None] * 24 + [1]] + extra_rows
    for r, values in enumerate(rows, 5):
        for c, v in enumerate(values, 1):
            ws.cell(r, c, v)
    wb.save(path)
    return path


def test_total_and_note_rows_naming_組合_are_no_unions(tmp_path):
    """「合計｜2組合」, 「滋賀県計｜（2組合）」 and a note 「※以下は社保労連加盟組合」 in the 単組名 column are a total and a
    note, not unions (a rule for union names holding 合計 had read them as unions)."""
    for name, extra in (("合計", [[None, "合計", None, "2組合", 15]]), ("県計", [["26", "滋賀県計", None, "（2組合）", 15]]),
                        ("注記", [[None, None, None, "※以下は社保労連加盟組合"],
                                  ["60", "社保労連", "003", "見本社会保険労働組合", 3] + [None] * 24 + [1]])):
        j = job.recompute(_grid_rows(tmp_path / f"{name}.xlsx", extra))
        main = [u.name for u in j.input.rows if not u.is_sector]
        assert main == ["見本一市職員組合", "試験二町職員組合"], (name, main)
        assert j.result.summary.target == 15 and j.result.summary.actual == 4, name


def test_a_union_marked_with_a_note_mark_is_a_union(tmp_path):
    """「※見本三村職員組合」 (a union marked ※, its 県 and code cells blank: the name the row's first text): a union,
    counted (a note rule had dropped it silently)."""
    j = job.recompute(_grid_rows(tmp_path / "印.xlsx", [[None, None, None, "※見本三村職員組合", 4] + [None] * 24 + [2]]))
    assert len([u for u in j.input.rows if not u.is_sector]) == 3 and j.result.summary.target == 19
