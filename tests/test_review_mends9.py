"""Mends after a ninth helper review (of the eighth round's mends): each book below was read wrong by the first
version of a rule and is read right now; every expected value worked out by hand from the cells typed here."""
from __future__ import annotations

from pathlib import Path

import openpyxl

from workbook_tools.io.contracts_reader import read_contracts

from one_sheet import book as _book


def _figures(path: Path, name: str = "団体生命共済"):
    products, _ = read_contracts(path)
    p = next(p for p in products if p.product == name)
    return [(b.name, b.target, b.actual) for b in p.branches]


def test_a_planned_second_half_is_never_added_to_the_result(tmp_path):
    """実績 over 「上期｜下期（予定）」 / 「上期｜下期（計画）」 at 11月末: 上期 is the 実績 so far, 40 / 30 (the plan was
    added: 110 / 85)."""
    for word in ("予定", "計画"):
        rows = [["令和7年度 新契約件数 実績と予定（2025年11月末現在）"], [None], ["県支部", "団体生命共済", None, None],
                [None, "目標", "実績", None], [None, None, "上期", f"下期（{word}）"],
                ["北海道", 100, 40, 70], ["青森", 80, 30, 55]]
        path = _book(tmp_path / f"{word}.xlsx", rows, ("A3:A5", "B3:D3", "B4:B5", "C4:D4"))
        assert _figures(path) == [("北海道", 100, 40), ("青森", 80, 30)], word


def test_a_base_count_under_the_target_caption_is_not_the_target(tmp_path):
    """【目標】 with each product over 「基準件数｜目標」: 目標 110 / 88 (the 基準件数, 100 / 80, was read, unsaid)."""
    rows = [["令和7年度 新契約件数（2026年1月末現在）"], [None], ["【目標】"],
            ["県支部", "団体生命共済", None, "火災共済", None], [None, "基準件数", "目標", "基準件数", "目標"],
            ["北海道", 100, 110, 20, 22], ["青森", 80, 88, 10, 11], [None], ["【実績】"],
            ["県支部", "団体生命共済", "火災共済"], ["北海道", 60, 25], ["青森", 81, 12]]
    path = _book(tmp_path / "基準.xlsx", rows, ("B4:C4", "D4:E4"))
    assert _figures(path) == [("北海道", 110, 60), ("青森", 88, 81)]


def test_last_years_dated_column_under_the_results_caption_is_never_the_result(tmp_path):
    """【実績】 with each product over 「2025年1月末（前年）｜2026年1月末」: last year's 50 / 70 is never the 実績 (it was
    read as this year's)."""
    rows = [["令和7年度 新契約件数"], [None], ["【目標】"], ["県支部", "団体生命共済"], ["北海道", 100], ["青森", 80], [None],
            ["【実績】"], ["県支部", "団体生命共済", None], [None, "2025年1月末（前年）", "2026年1月末"],
            ["北海道", 50, 60], ["青森", 70, 81]]
    path = _book(tmp_path / "前年.xlsx", rows, ("B9:C9",))
    assert [a for _, _, a in _figures(path)] != [50, 70]


def test_month_end_totals_with_the_product_typed_over_every_column(tmp_path):
    """No merged cells: 「団体生命共済」 typed over each of its nine columns (目標, 6月末累計 … 1月末累計), the same for
    火災共済: the 1月末 totals are the 実績 (nothing was read)."""
    months = ["目標"] + [f"{m}月末累計" for m in (6, 7, 8, 9, 10, 11, 12, 1)]

    def line(name, t1, a1, t2, a2):
        return [name, t1] + [round(a1 * (i + 1) / 8) for i in range(8)] + [t2] + [round(a2 * (i + 1) / 8) for i in range(8)]

    rows = [["令和7年度 新契約件数（2026年1月末現在）"], [None], ["県支部"] + ["団体生命共済"] * 9 + ["火災共済"] * 9,
            [None] + months + months, line("北海道", 120, 60, 30, 16), line("青森", 96, 40, 20, 8)]
    path = _book(tmp_path / "製品ごと.xlsx", rows)
    assert _figures(path) == [("北海道", 120, 60), ("青森", 96, 40)]
    assert _figures(path, "火災共済") == [("北海道", 30, 16), ("青森", 20, 8)]


def test_a_unions_sheet_named_after_a_mihon_city_is_no_example(tmp_path):
    """Our D template blank, the union's filled copy on a sheet 「見本市職員組合」: read (「見本」 took it for HQ's
    example)."""
    from openpyxl.workbook.defined_name import DefinedName

    from workbook_tools.app.consolidate import Task, process_file

    wb = openpyxl.load_workbook(next((Path(__file__).resolve().parents[1] / "templates").glob("D_*.xlsx")))
    copy = wb.copy_worksheet(wb["アンケート"])
    copy.title = "見本市職員組合"
    for name, dn in list(wb.defined_names.items()):
        sheet, ref = dn.attr_text.rsplit("!", 1)
        if sheet.strip("'") == "アンケート":
            copy.defined_names[name] = DefinedName(name, attr_text=f"'見本市職員組合'!{ref}")

    def cell(name: str) -> str:
        return wb.defined_names[name].attr_text.rsplit("!", 1)[1].replace("$", "").split(":")[0]

    copy[cell("survey_h_union")], copy[cell("survey_org_members_j")] = "見本市職員組合", 412
    path = tmp_path / "アンケート.xlsx"
    wb.save(path)
    rec = process_file(Task(str(path), str(tmp_path), "survey", 2026))
    assert rec.values["h.union"].value == "見本市職員組合" and rec.values["org.members_j"].value == 412
