"""Ovals drawn round a choice (「該当するものを○で囲んでください」): the cell under each oval's centre.  A real workbook
written by XlsxWriter with a shape over the cells, its geometry made an ellipse (XlsxWriter writes text boxes as
rectangles), read back; the expected cells are written by hand."""
from __future__ import annotations

import zipfile
from pathlib import Path

from workbook_tools.app.consolidate import Task, process_file
from workbook_tools.io.shapes import circled_cells


def _ellipse(path: Path) -> Path:
    """The workbook at ``path`` with its text boxes drawn as ellipses."""
    with zipfile.ZipFile(path) as zf:
        parts = {n: zf.read(n) for n in zf.namelist()}
    for name in parts:
        if name.startswith("xl/drawings/drawing"):
            parts[name] = parts[name].replace(b'prst="rect"', b'prst="ellipse"')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    return path


def _survey(path: Path, ring: str | None) -> Path:
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("アンケート")
    ws.set_column("B:E", 18)
    rows = [("県本部", "宮城"), ("単組", "見本市職員労働組合"), ("記入者お名前", "見本 太郎")]
    for r, (k, v) in enumerate(rows, start=2):
        ws.write_string(r, 0, k)
        ws.write_string(r, 1, v)
    ws.write_string(5, 0, "上部団体")
    for c, choice in enumerate(("全労連・自治労連", "旧全官公自治労連", "全労連・医労連", "なし"), start=1):
        ws.write_string(5, c, choice)
    ws.write_string(5, 5, "←該当するものを○で囲んでください")
    if ring:  # an oval a little wider than the cell, its centre on the cell
        ws.insert_textbox(ring, "", {"width": 150, "height": 26, "x_offset": -10, "y_offset": -3})
    wb.close()
    return _ellipse(path)


def test_the_cell_under_an_ovals_centre(tmp_path):
    path = _survey(tmp_path / "a.xlsx", "D6")
    assert circled_cells(path.read_bytes(), "xl/worksheets/sheet1.xml") == [(5, 3)]


def test_a_choice_ringed_by_an_oval_is_the_answer(tmp_path):
    path = _survey(tmp_path / "b.xlsx", "C6")
    rec = process_file(Task(str(path), str(tmp_path), "survey", 2024))
    assert rec.values["h.rival_union"].value == "旧全官公自治労連"


def test_no_oval_no_answer(tmp_path):
    path = _survey(tmp_path / "c.xlsx", None)
    rec = process_file(Task(str(path), str(tmp_path), "survey", 2024))
    assert rec.values["h.rival_union"].value is None


def _requests_in_a_text_box(path: Path, text: str | None) -> Path:
    """A survey whose 要望 is typed in a text box over the row of its label (its cell left blank)."""
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("アンケート")
    for r, (k, v) in enumerate((("県本部", "岐阜"), ("単組", "見本村職員組合"), ("記入者お名前", "見本 花子")), start=2):
        ws.write_string(r, 0, k)
        ws.write_string(r, 1, v)
    ws.write_string(8, 0, "他の単組・他の県本部に聞いてみたいこと")
    ws.write_string(8, 1, "小規模単組の進め方")
    ws.write_string(9, 0, "県本部・本部への要望")
    if text is not None:
        ws.insert_textbox("B10", text, {"width": 300, "height": 40})
    ws.write_string(12, 0, "※以上")
    wb.close()
    return path


def test_an_answer_typed_in_a_text_box(tmp_path):
    """The text box's paragraphs, one per line, are the blank question's answer on the row of its corner (said)."""
    path = _requests_in_a_text_box(tmp_path / "d.xlsx", "学習会の資料がほしい。\n説明会を開いてほしい。")
    rec = process_file(Task(str(path), str(tmp_path), "survey", 2024))
    got = rec.values["texts.requests"]
    assert got.value == "学習会の資料がほしい。\n説明会を開いてほしい。" and got.how == "inferred" and got.cell == "B10"
    assert rec.values["texts.questions"].value == "小規模単組の進め方"


def test_no_text_box_leaves_the_answer_blank(tmp_path):
    path = _requests_in_a_text_box(tmp_path / "e.xlsx", None)
    rec = process_file(Task(str(path), str(tmp_path), "survey", 2024))
    assert rec.values["texts.requests"].value is None
