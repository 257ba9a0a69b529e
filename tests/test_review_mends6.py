"""Mends after a sixth helper review (of this round's rules, Reports A, C and D; Report B's are in
tests/test_review_mends5.py): each book below was read wrong by the first version of a rule and is read right now;
every expected value worked out by hand from the cells typed here."""
from __future__ import annotations

from pathlib import Path

import openpyxl

from workbook_tools.app.consolidate import Task, process_file

MONTHS = [6, 7, 8, 9, 10, 11, 12, 1, 2, 3, 4, 5]
UNIONS = [("01", "北海道", "001", "見本一市職員組合"), ("01", "北海道", "002", "見本二町職員組合"),
          ("01", "北海道", "003", "見本三村職員組合")]
# the unions' months per fiscal year: 2024's June 2 + 1 + 0 = 3 (the 前年比 base of June 2025)
COUNTS = {2022: [{6: 1, 9: 1}, {7: 1}, {}], 2023: [{6: 1, 9: 2}, {7: 1}, {8: 1}],
          2024: [{6: 2, 7: 1, 8: 3, 12: 1}, {6: 1}, {9: 2}]}


def _grid_sheet(ws, fy: int, targets: list[int], counts: dict) -> None:
    ws["A1"] = f"{fy}年度　加入拡大モデル単組"
    heads = ["県コード", "県名", "単組コード", "単組名", "目標件数"]
    for y in (fy - 2, fy - 1, fy):
        ws.cell(3, len(heads) + 1, f"{y}年度")
        heads += [f"{m}月" for m in MONTHS]
    for c, h in enumerate(heads, 1):
        ws.cell(4, c, h)
    for i, (u, t) in enumerate(zip(UNIONS, targets)):
        values = list(u) + [t]
        for y in (fy - 2, fy - 1, fy):
            values += [counts.get(y, [{}] * 3)[i].get(m) for m in MONTHS]
        for c, v in enumerate(values, 1):
            ws.cell(5 + i, c, v)


def test_a_new_years_sheet_with_june_typed_0_is_this_years(tmp_path):
    """「2025年度」 first (targets 12 / 6 / 12, June 2025 typed 0 for every union: no contract yet) and 「2024年度」
    after it: 2025 is read, 目標 30, 実績 0, with or without --cutoff 2025-06 (the zeros counted as no count: the 2024
    sheet was read, 目標 25, or FY2024 to 2024-12)."""
    from workbook_tools.app import grid as job
    from workbook_tools.core.calendar import YearMonth

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "2025年度"
    _grid_sheet(ws, 2025, [12, 6, 12], {**COUNTS, 2025: [{6: 0}, {6: 0}, {6: 0}]})
    _grid_sheet(wb.create_sheet("2024年度"), 2024, [10, 5, 10], COUNTS)
    path = tmp_path / "6月0件.xlsx"
    wb.save(path)
    for cutoff in (YearMonth(2025, 6), None):
        run = job.recompute(path, cutoff=cutoff)
        s = run.result.summary
        assert (run.input.sheet, run.input.fiscal_year, s.target, s.actual) == ("2025年度", 2025, 30, 0), cutoff


def test_a_year_made_ready_with_every_month_0_is_still_made_ready(tmp_path):
    """The other side: 「2025年度」 first with all twelve months of 2025 typed 0 (a copy made ready with zeros): the
    2024 sheet is this year's (目標 25, 実績 6 + 1 + 2 + 1 = 10 to its last month with data, 2024-12)."""
    from workbook_tools.app import grid as job

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "2025年度"
    _grid_sheet(ws, 2025, [12, 6, 12], {**COUNTS, 2025: [{m: 0 for m in MONTHS}] * 3})
    _grid_sheet(wb.create_sheet("2024年度"), 2024, [10, 5, 10], COUNTS)
    path = tmp_path / "準備中0.xlsx"
    wb.save(path)
    run = job.recompute(path)
    assert (run.input.sheet, run.result.summary.target, run.result.summary.actual) == ("2024年度", 25, 10)


def _report_lines(path: Path, lines: list[str]) -> Path:
    wb = openpyxl.Workbook()
    for r, line in enumerate(lines, 1):
        wb.active.cell(r, 1, line)
    wb.save(path)
    return path


def test_a_ballot_box_then_レ_and_items_in_one_cell_are_checks(tmp_path):
    """「☐レマニュアルの単組への配布」 (☐ U+2610, not □), and the section's items typed in one cell one per line: done,
    like 「□レ同時加入…」 (☐ was left out of the first mend, and the one-cell list had no such rule: 未実施 / unanswered)."""
    from workbook_tools.forms import report
    from workbook_tools.forms.model import format_year

    s6 = next(s for s in report.FORM.sections if s.key == "s6")
    labels = [format_year(f.label, 2026) for f in s6.fields if f.type == "check"]
    marks = ["☐レ", "☐レ", "☐", "☐"]
    title = format_year(report.FORM.title, 2026)
    one_per_row = [title, "県名：和歌山", f"6．{s6.resolved_title(2026)}"] + [m + lbl for m, lbl in zip(marks, labels)]
    in_one_cell = [title, "県名：和歌山", f"6．{s6.resolved_title(2026)}",
                   "\n".join(m.replace("☐", "□") + lbl for m, lbl in zip(marks, labels))]
    for name, lines in (("行ごと", one_per_row), ("1セル", in_one_cell)):
        path = _report_lines(tmp_path / f"報告書_{name}.xlsx", lines)
        rec = process_file(Task(str(path), str(tmp_path), "report", 2026))
        got = [rec.values[f"s6.{f.key}"].value for f in s6.fields if f.type == "check"]
        assert got == [True, True, False, False], (name, got)


def test_the_copy_filled_and_the_templates_own_sheet_left_blank(tmp_path):
    """Excel's copy 「アンケート (2)」 of our template (its names scoped to it) filled, the original 「アンケート」 left blank:
    the copy is read (830 members), said (the blank original had been read: every answer empty)."""
    from openpyxl.workbook.defined_name import DefinedName

    wb = openpyxl.load_workbook(next((Path(__file__).resolve().parents[1] / "templates").glob("D_*.xlsx")))
    ws = wb["アンケート"]
    copy = wb.copy_worksheet(ws)
    copy.title = "アンケート (2)"
    for name, dn in list(wb.defined_names.items()):
        sheet, ref = dn.attr_text.rsplit("!", 1)
        if sheet.strip("'") == "アンケート":
            copy.defined_names[name] = DefinedName(name, attr_text=f"'アンケート (2)'!{ref}")

    def cell(name: str) -> str:
        return wb.defined_names[name].attr_text.rsplit("!", 1)[1].replace("$", "").split(":")[0]

    copy[cell("survey_h_union")], copy[cell("survey_org_members_j")] = "試験市職員労働組合", 830
    path = tmp_path / "三重県本部_アンケート.xlsx"
    wb.save(path)
    rec = process_file(Task(str(path), str(tmp_path), "survey", 2026))
    assert rec.values["h.union"].value == "試験市職員労働組合" and rec.values["org.members_j"].value == 830
    assert any(p.code == "filled_copy_read" and p.sheet == "アンケート (2)" for p in rec.problems)
