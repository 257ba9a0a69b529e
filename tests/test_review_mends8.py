"""Mends after an eighth helper review (of the seventh round's mends): each book below was read wrong by the first
version of a rule and is read right now; every expected value worked out by hand from the cells typed here."""
from __future__ import annotations

from pathlib import Path

import openpyxl
from openpyxl.utils import get_column_letter as col

from workbook_tools.core.normalize import parse_count
from workbook_tools.io.contracts_reader import read_contracts

from one_sheet import book as _book


def _read(path: Path, name: str = "団体生命共済"):
    products, problems = read_contracts(path)
    p = next(p for p in products if p.product == name)
    return [(b.name, b.target, b.actual) for b in p.branches], p, problems


def test_a_plan_per_half_year_is_the_target(tmp_path):
    """目標 over 「上期計画｜下期計画」: 40 + 60 = 100, 30 + 50 = 80 (「計画」 was taken for a forecast: 上期 alone, 40 /
    30, read as the year's target, 到達率 175 %)."""
    rows = [["令和7年度 新契約件数（2026年1月末現在）"], [None], ["県支部", "団体生命共済", None, None],
            [None, "目標", None, "実績"], [None, "上期計画", "下期計画", None], ["北海道", 40, 60, 70], ["青森", 30, 50, 45]]
    got, _, _ = _read(_book(tmp_path / "計画.xlsx", rows, ("A3:A5", "B3:D3", "B4:C4", "D4:D5")))
    assert got == [("北海道", 100, 70), ("青森", 80, 45)]


def test_month_end_targets_beside_month_end_results(tmp_path):
    """「累計目標（各月末）」 over 6月末…5月末 beside 「累計実績（各月末）」 over 6月末…5月末, 実績 to 1月末: the 実績 is the
    1月末 total (60, 40) as of 2026-01 (the 6月末 column, 8 / 5, was read, unsaid)."""
    months = [f"{m}月末" for m in (6, 7, 8, 9, 10, 11, 12, 1, 2, 3, 4, 5)]
    head1 = ["県支部", "年間目標", "累計目標（各月末）"] + [None] * 11 + ["累計実績（各月末）"] + [None] * 11

    def line(name, target, jan):  # the target spread evenly over the months; the 実績 rising to 1月末
        return [name, target] + [round(target * (i + 1) / 12) for i in range(12)] + \
            [round(jan * (i + 1) / 8) for i in range(8)] + [None] * 4

    rows = [["令和7年度 団体生命共済 新契約件数（2026年1月末現在）"], [None], head1, [None, None] + months + months,
            line("北海道", 120, 60), line("青森", 96, 40)]
    got, p, _ = _read(_book(tmp_path / "月末.xlsx", rows, ("A3:A4", "B3:B4", f"C3:{col(14)}3", f"{col(15)}3:{col(26)}3")))
    assert got == [("北海道", 120, 60), ("青森", 96, 40)] and str(p.as_of) == "2026-01"


def test_a_target_so_far_is_not_the_years_target(tmp_path):
    """「目標（当月累計）｜実績（当月累計）｜達成率｜目標（年間）」: 目標 120 / 96 (the year's), 実績 60 / 81 (the pro-rated
    target 80 / 64 was read as the year's)."""
    rows = [["令和7年度 新契約件数（2026年1月末現在）"], [None], ["県支部", "団体生命共済", None, None, None],
            [None, "目標（当月累計）", "実績（当月累計）", "達成率", "目標（年間）"],
            ["北海道", 80, 60, 0.75, 120], ["青森", 64, 81, 1.2656, 96]]
    got, _, _ = _read(_book(tmp_path / "当月累計.xlsx", rows, ("A3:A4", "B3:E3")))
    assert got == [("北海道", 120, 60), ("青森", 96, 81)]


def test_a_date_note_or_a_plan_under_a_caption_keeps_the_column(tmp_path):
    """Under 【実績】, 「（基準日：2026年1月末）」 over the last column; under 【目標】, 「年間計画」 under each product: both
    read (自然災害共済's 実績, and every 目標, were dropped)."""
    dated = [["令和7年度 新契約件数"], [None], ["【目標】"], ["県支部", "団体生命共済", "火災共済", "自然災害共済"],
             ["北海道", 100, 20, 30], ["青森", 80, 10, 15], [None], ["【実績】"], [None, None, None, "（基準日：2026年1月末）"],
             ["県支部", "団体生命共済", "火災共済", "自然災害共済"], ["北海道", 60, 25, 7], ["青森", 81, 12, 9]]
    got, _, _ = _read(_book(tmp_path / "基準日.xlsx", dated), "自然災害共済")
    assert got == [("北海道", 30, 7), ("青森", 15, 9)]
    plan = [["令和7年度 新契約件数（2026年1月末現在）"], [None], ["【目標】"], ["県支部", "団体生命共済", "火災共済", "自然災害共済"],
            [None, "年間計画", "年間計画", "年間計画"], ["北海道", 100, 20, 30], ["青森", 80, 10, 15], [None], ["【実績】"],
            ["県支部", "団体生命共済", "火災共済", "自然災害共済"], ["北海道", 60, 25, 7], ["青森", 81, 12, 9]]
    got, _, _ = _read(_book(tmp_path / "計画件数.xlsx", plan))
    assert got == [("北海道", 100, 60), ("青森", 80, 81)]


def test_the_first_half_alone_is_the_result_only_beside_a_forecast(tmp_path):
    """実績 over 「上期｜10月｜11月｜12月｜1月」 at 1月末: the 実績 so far is 上期 + the months, not 上期 alone (40 / 30
    was read and dated 1月末); this table says neither running totals nor a forecast: nothing read, said."""
    rows = [["令和7年度 団体生命共済 新契約件数（2026年1月末現在）"], [None],
            ["県支部", "目標", "実績", None, None, None, None], [None, None, "上期", "10月", "11月", "12月", "1月"],
            ["北海道", 100, 40, 5, 6, 4, 5], ["青森", 80, 30, 2, 3, 1, 4]]
    got, _, problems = _read(_book(tmp_path / "上期と月.xlsx", rows, ("A3:A4", "B3:B4", "C3:G3")))
    assert [a for _, _, a in got] != [40, 30]
    assert "actual_first_half" not in {p.code for p in problems}


def test_zero_in_kanji_is_a_count():
    """「零」 is 0 (it was refused with the lone 一 / 〇 of the seventh round: 零 is never a mark)."""
    assert parse_count("零") == (0, "")


def test_a_unions_working_copy_of_a_blank_form_is_read(tmp_path):
    """Our D template with 「アンケート」 blank and the union's filled copy 「アンケート（作業用）」 (names scoped to it), plus
    HQ's 「記入例」: the union's copy is read (作業用 had been excluded like 記入例, and with two copies nothing was read)."""
    from openpyxl.workbook.defined_name import DefinedName

    from workbook_tools.app.consolidate import Task, process_file

    wb = openpyxl.load_workbook(next((Path(__file__).resolve().parents[1] / "templates").glob("D_*.xlsx")))

    def cell(name: str) -> str:
        return wb.defined_names[name].attr_text.rsplit("!", 1)[1].replace("$", "").split(":")[0]

    for title, union, members in (("記入例", "〇〇市職員労働組合", 830), ("アンケート（作業用）", "北市職員労働組合", 412)):
        copy = wb.copy_worksheet(wb["アンケート"])
        copy.title = title
        for name, dn in list(wb.defined_names.items()):
            sheet, ref = dn.attr_text.rsplit("!", 1)
            if sheet.strip("'") == "アンケート":
                copy.defined_names[name] = DefinedName(name, attr_text=f"'{title}'!{ref}")
        copy[cell("survey_h_union")], copy[cell("survey_org_members_j")] = union, members
    path = tmp_path / "アンケート.xlsx"
    wb.save(path)
    rec = process_file(Task(str(path), str(tmp_path), "survey", 2026))
    assert rec.values["h.union"].value == "北市職員労働組合" and rec.values["org.members_j"].value == 412
