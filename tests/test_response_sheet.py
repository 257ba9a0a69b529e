"""An online form's response sheet (Microsoft Forms' layout: 「ID｜開始時刻｜完了時刻｜…」, one row per response; the
Google フォーム layout is in tests/legacy16): the latest response is read, a checkbox question's ticked items are done
and the others not, the timestamp's date is the 作成日, and which response was read is said.  Expected values are read
by hand from the rows typed here."""
from __future__ import annotations

import datetime as dt

import openpyxl

from workbook_tools.app import consolidate as job
from workbook_tools.forms import report

S2 = next(s for s in report.FORM.sections if s.key == "s2")
PAID, USAGE = (f.label for f in S2.checks)


def test_the_latest_response_of_a_microsoft_forms_sheet_is_read(tmp_path):
    folder = tmp_path / "回答"
    folder.mkdir()
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.append(["ID", "開始時刻", "完了時刻", "県名", "作成者", "確認者",
               f"2．{S2.title}　実施している取り組みを選んでください", f"2．{S2.title}　具体的な取り組み"])
    ws.append([1, dt.datetime(2026, 2, 20, 9, 0), dt.datetime(2026, 2, 20, 9, 5), "秋田県", "見本 一郎", "見本 二郎",
               f"{PAID};{USAGE}", "後の回答"])
    ws.append([2, dt.datetime(2026, 2, 3, 9, 0), dt.datetime(2026, 2, 3, 9, 5), "秋田県", "見本 一郎", "",
               PAID, "先の回答"])
    wb.save(folder / "報告書_回答.xlsx")
    rec = job.consolidate("report", folder, year=2025, jobs=1).records[0]
    v = rec.values
    assert (v["h.pref"].value, v["h.author"].value, v["h.checker"].value) == ("秋田", "見本 一郎", "見本 二郎")
    assert (v["h.created"].value, v["h.created"].how) == ("2026-02-20", "inferred")
    assert "2 件の回答" in v["h.created"].rule and v["h.created"].cell == "B2"
    assert v["s2.text"].value == "後の回答"
    # Microsoft Forms joins the ticked items with 「;」: both ticked
    assert (v["s2.paid"].value, v["s2.usage_known"].value) == (True, True)
