"""The 組織の状況 / 新規採用者 figures written in people's own ways (the habits tests/legacy22 found read wrong or not
at all), each on a small workbook built here with other names and numbers than the set's; the expected values worked
out by hand: a column headed with a rival union's name (「医労連｜自治労」) is the 競合 column and 「医労連加入者数」 the
競合加入者数; the rivals' total column (「競合合計」) beside one column per rival; a count broken down into rows
(正規 / 再任用 / 合計) read from its total row, and 職員数 broken down into 正規 / 非正規 rows; the intake by job type
with no total row summed (said); a count typed with its working 「…＝130」, counts named one after another; a rate as
a fraction of counts; 時点 typed where the form prints it and with its era in brackets; the rival named only in the
column's heading."""
from __future__ import annotations

import openpyxl

from workbook_tools.app.consolidate import Task, process_file

TITLE = "実態共有用アンケート（令和7年度）"


def _read(wb, tmp_path, name="回答.xlsx"):
    wb.save(tmp_path / name)
    return process_file(Task(str(tmp_path / name), str(tmp_path), "survey", 2025))


def _head(ws, rival="全労連・医労連", top=3):
    ws["A1"] = TITLE
    for r, (label, value) in enumerate((("県本部", "長野"), ("単組", "試験市職員組合"), ("記入者お名前", "試験 三郎"),
                                        ("上部団体", rival)), top):
        ws.cell(r, 1, label)
        if value is not None:
            ws.cell(r, 2, value)


def _book():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "アンケート"
    return wb, ws


def test_a_column_headed_with_a_rival_unions_name_is_the_rivals(tmp_path):
    wb, ws = _book()
    _head(ws)
    ws["B9"], ws["C9"] = "医労連", "自治労"  # the rival first, by name
    for r, (label, rival, ours) in enumerate((("組織人員数（人）", 140, 62), ("組織率（％）", 35.0, 15.5),
                                              ("未加入者数（人）", 198, 198)), 10):
        ws.cell(r, 1, label), ws.cell(r, 2, rival), ws.cell(r, 3, ours)
    for r, (label, value) in enumerate((("新規採用者数", 9), ("医労連加入者数", 4), ("自治労加入者数", 3),
                                        ("未加入者数", 2)), 15):
        ws.cell(r, 1, label), ws.cell(r, 2, value)
    v = _read(wb, tmp_path).values
    assert [v[k].value for k in ("org.members_j", "org.members_r", "org.rate_j", "org.rate_r")] == [62, 140, 15.5, 35]
    assert (v["intake.hired"].value, v["intake.joined_j"].value, v["intake.joined_r"].value) == (9, 3, 4)
    assert v["org.members_r"].cell == "B10" and v["intake.joined_r"].cell == "B16"


def test_the_rivals_total_column_beside_one_column_per_rival(tmp_path):
    wb, ws = _book()
    _head(ws, "全労連・自治労連")
    for col, head in zip("BCDE", ("自治労", "全労連", "医労連", "競合合計")):
        ws[f"{col}9"] = head
    for r, (label, values) in enumerate((("組織人員数（人）", (900, 120, 30, 150)), ("組織率（％）", (45.0, 6.0, 1.5, 7.5)),
                                         ("未加入者数（人）", (950, None, None, 950))), 10):
        ws.cell(r, 1, label)
        for c, x in enumerate(values, 2):
            if x is not None:
                ws.cell(r, c, x)
    v = _read(wb, tmp_path).values
    assert [v[k].value for k in ("org.members_j", "org.members_r", "org.rate_r", "org.nonmembers_r")] == \
        [900, 150, 7.5, 950]
    assert v["org.members_r"].cell == "E10"


def test_a_count_broken_down_into_rows_is_read_from_its_total_row(tmp_path):
    wb, ws = _book()
    _head(ws)
    ws["D9"], ws["E9"] = "自治労", "競合"
    ws["B10"] = "組合員数"  # not merged: the rows under it carry only their own headings
    for r, (sub, ours, rival) in enumerate((("正規", 300, 40), ("再任用", 20, 2), ("合計", 320, 42)), 10):
        ws.cell(r, 3, sub), ws.cell(r, 4, ours), ws.cell(r, 5, rival)
    ws["B13"], ws["D13"], ws["E13"] = "組織率（％）", 40.0, 5.3
    ws["B15"] = "職員数（人）"
    ws.merge_cells("B15:B16")
    ws["C15"], ws["D15"] = "正規", 700
    ws["C16"], ws["D16"] = "非正規", 100
    v = _read(wb, tmp_path).values
    assert (v["org.members_j"].value, v["org.members_r"].value) == (320, 42)
    assert (v["org.members_j"].cell, v["org.members_r"].cell) == ("D12", "E12")
    assert (v["org.regular"].value, v["org.nonregular"].value) == (700, 100)
    assert (v["org.rate_j"].value, v["org.rate_r"].value) == (40, 5.3)


def test_the_intake_by_job_type_without_a_total_row_is_summed_and_said(tmp_path):
    wb, ws = _book()
    _head(ws)
    for col, head in zip("ABCDE", ("区分", "新規採用者数", "自治労加入者数", "競合加入者数", "未加入者数")):
        ws[f"{col}10"] = head
    rows = (("一般行政", 7, 5, 1, 1), ("保健師", 2, 1, 0, 1), ("保育士", 4, 2, 2, 0), ("消防", 3, 3, 0, 0))
    for r, line in enumerate(rows, 11):
        for c, x in enumerate(line, 1):
            ws.cell(r, c, x)
    rec = _read(wb, tmp_path)
    v = rec.values
    assert [v[k].value for k in ("intake.hired", "intake.joined_j", "intake.joined_r", "intake.not_joined")] == \
        [16, 11, 3, 2]
    assert v["intake.hired"].how == "inferred" and "一般行政・保健師・保育士・消防" in v["intake.hired"].rule
    assert "4 行を足した 16" in v["intake.hired"].rule


def test_rows_headed_by_years_are_not_summed(tmp_path):
    wb, ws = _book()
    _head(ws)
    for col, head in zip("ABC", ("", "新規採用者数", "自治労加入者数")):
        ws[f"{col}10"] = head or None
    for r, line in enumerate((("令和7年度", 8, 6), ("令和6年度", 5, 4)), 11):
        for c, x in enumerate(line, 1):
            ws.cell(r, c, x)
    ws["A14"], ws["B14"] = "単組の規模", "小"
    # years as the rows' headings: not parts of one figure (the first row is the answer; nothing added)
    # — and a count typed with its working, and counts named one after another, in other cells of the same form
    ws["A16"], ws["B16"] = "組織人員数（人）", "正規120＋再任用10＝130"
    ws["A17"], ws["B17"] = "競合加入者数", "全労連3、医労連1"
    v = _read(wb, tmp_path).values
    assert (v["intake.hired"].value, v["intake.hired"].how) == (8, "label")
    assert (v["org.members_j"].value, v["org.members_j"].how) == (130, "inferred")
    assert "130" in v["org.members_j"].rule and "正規120＋再任用10＝130" in v["org.members_j"].rule
    assert (v["intake.joined_r"].value, v["intake.joined_r"].how) == (4, "inferred")


def test_a_rate_typed_as_a_fraction_of_counts(tmp_path):
    wb, ws = _book()
    _head(ws)
    ws["B9"], ws["C9"] = "自治労", "競合"
    ws["A10"], ws["B10"], ws["C10"] = "組織率（％）", "45/180", "9／180"
    v = _read(wb, tmp_path).values
    assert (v["org.rate_j"].value, v["org.rate_r"].value) == (25, 5)
    assert v["org.rate_j"].how == "inferred" and "45/180" in v["org.rate_j"].rule


def test_as_of_typed_where_the_form_prints_it(tmp_path):
    wb, ws = _book()
    _head(ws)
    ws["B9"], ws["C9"] = "自治労", "競合"
    ws["A10"], ws["B10"], ws["C10"] = "組織人員数（人）", 210, 30
    ws["A11"], ws["B11"], ws["C11"], ws["D11"] = "組織率（％）", 35.0, 5.0, "R7.11.1現在"  # no 時点 label anywhere
    v = _read(wb, tmp_path).values
    assert (v["org.as_of"].value, v["org.as_of"].cell, v["org.as_of"].how) == ("2025-11", "D11", "inferred")


def test_a_date_with_its_era_in_brackets(tmp_path):
    wb, ws = _book()
    _head(ws)
    ws["A10"], ws["B10"] = "時点", "2025年（令和7年）11月1日現在"
    v = _read(wb, tmp_path).values
    assert v["org.as_of"].value == "2025-11" and not v["org.as_of"].flag


def test_the_rival_named_only_in_the_columns_heading(tmp_path):
    wb, ws = _book()
    _head(ws, None)
    ws["B9"], ws["C9"] = "自治労", "競合（医労連）"
    ws["A10"], ws["B10"], ws["C10"] = "組織人員数（人）", 210, 30
    v = _read(wb, tmp_path).values
    assert (v["h.rival_union"].value, v["h.rival_union"].how) == ("全労連・医労連", "inferred")
    assert "競合（医労連）" in v["h.rival_union"].rule
