"""Readings a review of the new rules found misfiring on ordinary files (each built here, the expected reading worked
out by hand): the survey's title repeated at the top of its second page is one form, not two; the same 県本部 written
「三重県」 on one sheet and 「三重県本部」 on the other is one sender; two numbered copies of the form (this year's and last
year's, both printing their questions) are no answers keyed by question numbers."""
from __future__ import annotations

import openpyxl

from workbook_tools.app.consolidate import Task, process_file

TITLE = "実態共有用アンケート（令和7年度）"


def _survey_rows(ws, top: int, rows) -> None:
    for r, (label, value) in enumerate(rows, top):
        ws.cell(r, 1, label)
        if value is not None:
            ws.cell(r, 2, value)


def _read(path, tmp_path):
    return process_file(Task(str(path), str(tmp_path), "survey", 2025))


def test_a_title_repeated_on_page_two_is_one_form(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "アンケート"
    ws["A1"] = TITLE
    _survey_rows(ws, 3, [("県本部", "三重"), ("単組", "見本町職員組合"), ("記入者お名前", "見本 一郎"),
                         ("新規採用者数", 12), ("自治労加入者数", 9)])
    ws["A30"] = TITLE  # the title again at the top of the printed second page
    _survey_rows(ws, 32, [("組合活動の可視化", "ニュースを月1回出している。"), ("労使関係・交渉など", "年2回交渉している。"),
                          ("県本部・本部への要望", "学習会を増やしてほしい。")])
    wb.save(tmp_path / "二頁.xlsx")
    rec = _read(tmp_path / "二頁.xlsx", tmp_path)
    assert (rec.values["h.union"].value, rec.values["intake.hired"].value) == ("見本町職員組合", 12)
    assert rec.values["texts.visibility"].value == "ニュースを月1回出している。"
    assert not [p for p in rec.problems if p.code == "form_twice_on_sheet"]


def test_the_same_sender_written_two_ways_is_one_form_over_two_sheets(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "アンケート1"
    _survey_rows(ws, 1, [("県本部", "三重県"), ("単組", "見本町職員組合"), ("新規採用者数", 12), ("自治労加入者数", 9),
                         ("競合加入者数", 1), ("未加入者数", 2)])
    ws2 = wb.create_sheet("アンケート2")
    _survey_rows(ws2, 1, [("県本部", "三重県本部"), ("単組", "見本町職員組合"),
                          ("組合活動の可視化", "ニュースを月1回出している。"), ("県本部・本部への要望", "学習会を増やしてほしい。")])
    wb.save(tmp_path / "二枚.xlsx")
    rec = _read(tmp_path / "二枚.xlsx", tmp_path)
    assert rec.values["texts.visibility"].value == "ニュースを月1回出している。"  # the second sheet's answers read
    assert not [p for p in rec.problems if p.code == "other_sender_sheet"]


def test_two_numbered_copies_are_no_answers_by_number(tmp_path):
    wb = openpyxl.Workbook()
    for title, union, hired in (("R7回答", "見本町職員組合", 12), ("R6回答", "見本町職員組合", 8)):
        ws = wb.create_sheet(title)
        rows = [("県本部", "三重"), ("単組", union), ("記入者お名前", "見本 一郎"), ("新規採用者数", hired),
                ("自治労加入者数", 5), ("競合加入者数", 1)]
        for r, (q, a) in enumerate(rows, 1):
            ws.cell(r, 1, f"問{r}")
            ws.cell(r, 2, q)
            ws.cell(r, 3, a)
    del wb["Sheet"]
    wb.save(tmp_path / "番号付き.xlsx")
    rec = _read(tmp_path / "番号付き.xlsx", tmp_path)
    assert (rec.values["h.union"].value, rec.values["intake.hired"].value) == ("見本町職員組合", 12)  # this year's
    assert not [p for p in rec.problems if p.code == "questions_by_number"]
