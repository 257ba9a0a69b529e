"""Answers no local union can have (a phone number in a head count, −5 people, 12.5 people, a rate of 135%) are
warnings on their cell, listed in 読み取り確認 for correction and kept out of the totals' first table.

Every expected figure below is worked out by hand from the answers typed in the test, not by the code under test."""
from __future__ import annotations

import openpyxl
import pytest

import lo
from workbook_tools.app import consolidate as job
from workbook_tools.app.templates import write_template
from workbook_tools.forms import survey
from workbook_tools.samples.submissions import SurveyAnswers, fill_template, survey_template_values

YEAR = 2024
BLANKS = {"nonmembers_j": "", "nonmembers_r": "", "rate_r": "", "as_of": ""}


def _answers(i: int, members_j, members_r, intake: tuple, rate_j="") -> SurveyAnswers:
    hired, jj, jr, nj = intake
    a = SurveyAnswers("岩手", f"岩手第{i}職員労働組合", f"記入者{i}", "なし")
    a.numbers = {"members_j": members_j, "members_r": members_r, "rate_j": rate_j, **BLANKS,
                 "hired": hired, "joined_j": jj, "joined_r": jr, "not_joined": nj}
    return a


# file → (its answers, the cell and message of its warning or None); each intake adds up (hired = the three parts)
CASES = {
    "a_普通.xlsx": (_answers(1, 300, 50, (10, 6, 1, 3)), None),
    "b_負.xlsx": (_answers(2, "-5", 20, (8, 4, 2, 2)),
                 ("C13", "「組織人員数（人）（自治労）」の値「-5」が想定の範囲（0～1,000,000 の整数）を外れています")),
    "c_小数.xlsx": (_answers(3, 12.5, 0, (5, 5, 0, 0)),
                  ("C13", "「組織人員数（人）（自治労）」の値「12.5」が想定の範囲（0～1,000,000 の整数）を外れています")),
    "d_電話番号.xlsx": (_answers(4, "0312345678", 7, (4, 1, 1, 2)),
                    ("C13", "「組織人員数（人）（自治労）」の値「0312345678」が想定の範囲（0～1,000,000 の整数）を外れています")),
    "e_率.xlsx": (_answers(5, 100, 0, (2, 2, 0, 0), rate_j="135%"),
                 ("C14", "「組織率（％）（自治労）」の値「135%」が想定の範囲（0～100）を外れています")),
    "f_上限.xlsx": (_answers(6, 1_000_000, 0, (0, 0, 0, 0), rate_j="100"), None),  # both at their limit: fine
}
# 「▲12」 is −12 (the Japanese minus), outside a head count's limits: said, as −5 is
TRIANGLE = ("C13", "「組織人員数（人）（自治労）」の値「▲12」が想定の範囲（0～1,000,000 の整数）を外れています")


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    d = tmp_path_factory.mktemp("limits")
    template = write_template("survey", d / "template.xlsx", year=YEAR)
    root = d / "提出"
    root.mkdir()
    for name, (a, _) in CASES.items():
        fill_template(template, root / name, survey.FORM, survey_template_values(a))
    return root


def test_out_of_range_answers_are_warnings_on_their_cell(folder):
    batch = job.consolidate("survey", folder, year=YEAR, jobs=1)
    got = {r.path: r for r in batch.records}
    assert sorted(got) == sorted(CASES)
    for name, (_, expected) in CASES.items():
        rec = got[name]
        limits = [(p.cell, p.message, p.severity) for p in rec.problems if p.code == "out_of_range"]
        assert limits == ([] if expected is None else [(*expected, "警告")]), name
        assert rec.status == (job.Status.OK if expected is None else job.Status.WARN), name
    # kept as written
    assert got["b_負.xlsx"].get("org.members_j") == -5 and got["d_電話番号.xlsx"].get("org.members_j") == 312345678


def test_totals_keep_them_out_of_the_first_table_and_libreoffice_agrees(folder, tmp_path, soffice):
    batch = job.consolidate("survey", folder, year=YEAR, jobs=1)
    out, _ = job.write_workbook(batch, tmp_path / "集約.xlsx")
    wb = openpyxl.load_workbook(out, data_only=True)
    ws = wb["集計"]
    rows = {}
    for row in ws.iter_rows(values_only=True):
        if row[0] == "岩手" and isinstance(row[1], int):  # a totals row (a listed file's row has no count)
            rows.setdefault("岩手", []).append(row[1:8])
    # heads: 回答単組数, 新規採用者数, 自治労加入者数, 競合加入者数, 未加入者数, 組織人員数（自治労）, 組織人員数（競合）
    consistent, every = rows["岩手"]
    assert consistent == (2, 10, 6, 1, 3, 1_000_300, 50)  # a and f: 300 + 1,000,000 members
    # all six: hires 10+8+5+4+2+0, joined 6+4+5+1+2+0, elsewhere 1+2+0+1+0+0, not joined 3+2+0+2+0+0,
    # members 300 − 5 + 12.5 + 312,345,678 + 100 + 1,000,000, rivals 50+20+0+7+0+0
    assert every == (6, 29, 18, 4, 7, 313_346_085.5, 77)
    listed = [row for row in ws.iter_rows(values_only=True) if row[0] == "岩手" and row[2] and ".xlsx" in str(row[2])]
    assert sorted(r[2] for r in listed) == ["b_負.xlsx", "c_小数.xlsx", "d_電話番号.xlsx", "e_率.xlsx"]
    assert next(r[4] for r in listed if r[2] == "e_率.xlsx") == CASES["e_率.xlsx"][1][1]
    head, *check = list(wb["読み取り確認"].iter_rows(values_only=True))
    at = [head.index(h) for h in ("ファイル", "セル", "項目キー", "理由")]
    assert sorted(tuple(r[i] for i in at) for r in check) == sorted(
        (name, cell, "org.rate_j" if name == "e_率.xlsx" else "org.members_j", message)
        for name, (_, hit) in CASES.items() if hit for cell, message in [hit])
    assert lo.assert_formulas_match(out, tmp_path) > 100


def test_a_correction_in_the_check_sheet_clears_the_warning(folder, tmp_path):
    batch = job.consolidate("survey", folder, year=YEAR, jobs=1)
    first, _ = job.write_workbook(batch, tmp_path / "集約.xlsx")
    wb = openpyxl.load_workbook(first)
    ws = wb["読み取り確認"]
    heads = [c.value for c in ws[1]]
    for row in ws.iter_rows(min_row=2):
        if row[0].value == "d_電話番号.xlsx":
            row[heads.index("修正値")].value = "312"
            row[heads.index("修正者")].value = "確認者"
    wb.save(first)
    again, _ = job.rerun_with_corrections(first, tmp_path / "修正後.xlsx", jobs=1)
    rec = {r.path: r for r in again.records}["d_電話番号.xlsx"]
    assert rec.get("org.members_j") == 312
    assert not [p for p in rec.problems if p.code == "out_of_range"] and rec.status == job.Status.OK


def test_a_triangle_minus_in_a_head_count_is_said(tmp_path):
    template = write_template("survey", tmp_path / "t.xlsx", year=YEAR)
    folder = tmp_path / "in"
    folder.mkdir()
    fill_template(template, folder / "g_三角.xlsx", survey.FORM, survey_template_values(_answers(7, "▲12", 0, (1, 1, 0, 0))))
    rec = job.consolidate("survey", folder, year=YEAR, jobs=1).records[0]
    assert rec.get("org.members_j") == -12
    assert [(p.cell, p.message) for p in rec.problems if p.code == "out_of_range"] == [TRIANGLE]
