"""Mends after a seventh helper review (of the sixth review's mends and the characters rules): each book below was
read wrong by the first version of a rule and is read right now; every expected value worked out by hand from the
cells typed here."""
from __future__ import annotations

from pathlib import Path

import openpyxl
from openpyxl.utils import get_column_letter as col

from workbook_tools.core.normalize import parse_count, parse_number
from workbook_tools.io.contracts_reader import read_contracts

from one_sheet import book as _book


def _figures(products, name: str = "団体生命共済") -> list[tuple]:
    p = next(p for p in products if p.product == name)
    return [(b.name, b.target, b.actual) for b in p.branches]


def test_two_years_of_month_end_totals_are_not_two_products(tmp_path):
    """「令和6年度 累計実績」 over 6月末…5月末 and 「令和7年度 累計実績」 over 6月末…1月末 for one product: last year's
    final (北海道 96) is never this year's 実績 (a first version split the repeated months by year as if by product
    and read last year's run: 96 / 72, the 時点 moved to 5月).  Which run is this year's is not this rule's to say:
    no 実績, said."""
    months = [f"{m}月末" for m in (6, 7, 8, 9, 10, 11, 12, 1, 2, 3, 4, 5)]
    head1 = ["県支部", "目標", "令和6年度 累計実績"] + [None] * 11 + ["令和7年度 累計実績"] + [None] * 11
    head2 = [None, None] + months + months

    def line(name, target, last_final, this_jan):  # running totals: last year to its 5月末, this year to 1月末
        return [name, target] + [round(last_final * (i + 1) / 12) for i in range(12)] + \
            [round(this_jan * (i + 1) / 8) for i in range(8)] + [None] * 4

    rows = [["令和7年度 団体生命共済 新契約件数（2026年1月末現在）"], [None], head1, head2,
            line("北海道", 100, 96, 60), line("青森", 80, 72, 40)]
    products, _ = read_contracts(_book(tmp_path / "2年分.xlsx", rows,
                                       ("A3:A4", "B3:B4", f"C3:{col(14)}3", f"{col(15)}3:{col(26)}3")))
    assert [a for _, _, a in _figures(products)] != [96, 72]
    assert str(products[0].as_of) == "2026-01"


def test_a_second_half_forecast_is_never_added_to_the_result(tmp_path):
    """実績 merged over 「上期｜下期（見込）」 (2025年11月末: still 上期): 北海道 40 + 70 is no 実績 (110 was read as the
    year's, said only as INFO); 上期 is the 実績 so far (40, 30), said."""
    rows = [["令和7年度 新契約件数 実績と見込（2025年11月末現在）"], [None],
            ["県支部", "団体生命共済", None, None], [None, "目標", "実績", None], [None, None, "上期", "下期（見込）"],
            ["北海道", 100, 40, 70], ["青森", 80, 30, 55]]
    products, problems = read_contracts(_book(tmp_path / "見込.xlsx", rows, ("A3:A5", "B3:D3", "B4:B5", "C4:D4")))
    assert _figures(products) == [("北海道", 100, 40), ("青森", 80, 30)]
    assert any(p.code == "actual_first_half" for p in problems)


def test_a_unit_or_a_word_for_the_count_under_a_caption_keeps_the_column(tmp_path):
    """Under 【目標】 / 【実績】 captions, 「（単位：件）」 over the last column or 「新規件数」 under each product: every
    product is read (自然災害共済 was dropped, unsaid, or the whole book refused)."""
    unit = [["令和7年度 新契約件数"], [None], ["【目標】"], [None, None, None, "（単位：件）"],
            ["県支部", "団体生命共済", "火災共済", "自然災害共済"], ["北海道", 100, 20, 30], ["青森", 80, 10, 15], [None],
            ["【実績】"], ["2026年1月末現在", None, None, "（単位：件）"],
            ["県支部", "団体生命共済", "火災共済", "自然災害共済"], ["北海道", 60, 25, 7], ["青森", 81, 12, 9]]
    sub = [["令和7年度 新契約件数（2026年1月末現在）"], [None], ["【目標】"],
           ["県支部", "団体生命共済", "火災共済", "自然災害共済"], [None, "新規件数", "新規件数", "新規件数"],
           ["北海道", 100, 20, 30], ["青森", 80, 10, 15], [None],
           ["【実績】"], ["県支部", "団体生命共済", "火災共済", "自然災害共済"], [None, "新規件数", "新規件数", "新規件数"],
           ["北海道", 60, 25, 7], ["青森", 81, 12, 9]]
    for name, rows in (("単位", unit), ("小見出し", sub)):
        products, _ = read_contracts(_book(tmp_path / f"{name}.xlsx", rows))
        assert _figures(products, "自然災害共済") == [("北海道", 30, 7), ("青森", 15, 9)], name
        assert _figures(products) == [("北海道", 100, 60), ("青森", 80, 81)], name


def test_the_month_so_far_in_brackets_is_the_result(tmp_path):
    """「実績（当月累計）」 「実績（今月まで）」 「実績（月間累計）」: the year so far, read (they were taken for a month alone:
    no 実績 at all)."""
    for i, head in enumerate(("実績（当月累計）", "実績（今月まで）", "実績（月間累計）")):
        rows = [["令和7年度 新契約件数（2026年1月末現在）"], [None], ["県支部", "団体生命共済", None, "火災共済", None],
                [None, "目標", head, "目標", head], ["北海道", 100, 60, 20, 25], ["青森", 80, 81, 10, 12]]
        products, _ = read_contracts(_book(tmp_path / f"{i}.xlsx", rows, ("A3:A4", "B3:C3", "D3:E3")))
        assert _figures(products) == [("北海道", 100, 60), ("青森", 80, 81)], head
        assert _figures(products, "火災共済") == [("北海道", 20, 25), ("青森", 10, 12)], head


def test_a_lone_kanji_one_or_zero_is_no_count():
    """「一」 alone (a dash typed with the IME, or the radical ⼀ a PDF gives) and 「〇」 alone (a mark) are no count (they
    were read as 1 and 0, silently); 「一人」, 「二」 are."""
    assert parse_count("一")[0] is None and parse_count("\u2f00")[0] is None and parse_number("〇").number is None
    assert parse_number("一人").number == 1 and parse_number("二").number == 2


def test_a_blank_form_with_a_filled_example_copy_reads_the_blank_form(tmp_path):
    """Our D template with a 「記入例」 sheet copied from the form (names scoped to it) and filled by HQ, the form left
    blank: the union answered nothing (the example's 〇〇市職員労働組合 / 830 had been read as the answers)."""
    from openpyxl.workbook.defined_name import DefinedName

    from workbook_tools.app.consolidate import Task, process_file

    wb = openpyxl.load_workbook(next((Path(__file__).resolve().parents[1] / "templates").glob("D_*.xlsx")))
    copy = wb.copy_worksheet(wb["アンケート"])
    copy.title = "記入例"
    for name, dn in list(wb.defined_names.items()):
        sheet, ref = dn.attr_text.rsplit("!", 1)
        if sheet.strip("'") == "アンケート":
            copy.defined_names[name] = DefinedName(name, attr_text=f"'記入例'!{ref}")

    def cell(name: str) -> str:
        return wb.defined_names[name].attr_text.rsplit("!", 1)[1].replace("$", "").split(":")[0]

    copy[cell("survey_h_union")], copy[cell("survey_org_members_j")] = "〇〇市職員労働組合", 830
    path = tmp_path / "アンケート.xlsx"
    wb.save(path)
    rec = process_file(Task(str(path), str(tmp_path), "survey", 2026))
    assert rec.values["h.union"].value is None and rec.values["org.members_j"].value is None
