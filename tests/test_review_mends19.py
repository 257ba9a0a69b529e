"""Mends after a nineteenth helper review (of the round's last month rules): a date or a number in a table's heading rows
is a month only on a 時点 label's row (a 作成日 / 提出日 / 期限 date above or inside the headings was taken as the
products' month, silently; month headings kept as dates were taken as one month); in a grid, a 締め切り / 期限 / 次回締め
date is no cutoff, nor a row holding two months (「対象期間｜2024/6｜～｜2025/1」); a formula's float is a whole count only
within a few units in its last place (12345678.01 stays a fraction).  Expected values are worked out by hand."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from workbook_tools.app import grid as job
from workbook_tools.core.calendar import YearMonth
from workbook_tools.core.normalize import parse_count
from workbook_tools.io.contracts_reader import read_contracts

from one_sheet import book as _book

D = dt.datetime


def _month(path: Path, name: str = "団体生命共済"):
    products, _ = read_contracts(path)
    p = next(p for p in products if p.product == name)
    return (p.as_of.year, p.as_of.month) if p.as_of else None


@pytest.mark.parametrize("label, date", [("作成日", D(2027, 2, 4)), ("提出期限", D(2027, 2, 10))])
def test_a_made_or_due_date_above_the_table_is_no_month(tmp_path, label, date):
    """「作成日｜2027/2/4」 under the title, 「令和9年1月末現在」 below the table: 2027-01 (2027-02 was read)."""
    rows = [["令和8年度 新契約件数"], [label, date], [None], ["県支部", "目標", "実績"], ["岡山", 50, 44], ["広島", 40, 41],
            [None], ["令和9年1月末現在"]]
    assert _month(_book(tmp_path / "作成.xlsx", rows, title="団体生命共済")) == (2027, 1)


def test_a_date_given_in_the_heading_rows_without_a_label_is_no_month(tmp_path):
    """「提出日｜2027/2/4」 under マイカー's 目標｜実績, the title 令和9年1月末現在: マイカー 2027-01 (2027-02 was read)."""
    rows = [["令和8年度 新契約件数（令和9年1月末現在）"], [None], ["県支部", "団体生命共済", None, "じちろうマイカー共済", None],
            [None, "目標", "実績", "目標", "実績"], [None, None, None, "提出日", D(2027, 2, 4)], ["岡山", 50, 44, 30, 20],
            ["広島", 40, 41, 20, 10]]
    path = _book(tmp_path / "提出日.xlsx", rows, ("A3:A5", "B3:C3", "D3:E3"))
    assert _month(path, "じちろうマイカー共済") == (2027, 1)


def test_a_date_beside_a_time_label_in_the_heading_rows_is_the_month(tmp_path):
    """「時点｜2026/12｜｜｜｜2026.11」 over each product's columns: 2026-12 and 2026-11."""
    rows = [["令和8年度 新契約件数"], [None], [None, "団体生命共済", None, "じちろうマイカー共済", None],
            ["時点", D(2026, 12, 1), None, 2026.11, None], ["県支部", "目標", "実績", "目標", "実績"],
            ["岡山", 50, 44, 30, 20], ["広島", 40, 41, 20, 10]]
    path = _book(tmp_path / "時点.xlsx", rows, ("B3:C3", "D3:E3"))
    assert (_month(path), _month(path, "じちろうマイカー共済")) == ((2026, 12), (2026, 11))


def _grid(path: Path, row2: list) -> Path:
    """Title, ``row2``, years, headings, two unions (June start, FY2024; no 累計 column: the cutoff from row 2 or the
    data's last month, 2024年12月)."""
    months = (6, 7, 8, 9, 10, 11, 12, 1, 2, 3, 4, 5)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "自治労鹿児島県本部　2024年度　加入拡大モデル単組　実績一覧"
    for c, v in enumerate(row2, 1):
        ws.cell(2, c, v)
    heads = ["単組コード", "単組名", "目標件数"]
    for y in (2022, 2023, 2024):
        ws.cell(4, len(heads) + 1, f"{y}年度")
        heads += [f"{m}月" for m in months]
    for c, h in enumerate(heads, 1):
        ws.cell(5, c, h)
    for r, (code, name) in enumerate((("001", "見本一市職員組合"), ("002", "見本二町職員組合")), 6):
        ws.cell(r, 1, code)
        ws.cell(r, 2, name)
        ws.cell(r, 3, 10)
        ws.cell(r, 4 + 12 * 2 + 6, 1)  # 2024年12月
    wb.save(path)
    return path


@pytest.mark.parametrize("row2, cutoff", [(["締め切り", D(2025, 2, 10)], (2024, 12)), (["次回締め", D(2025, 2, 28)], (2024, 12)),
                                          (["目標期限", "年度末", D(2025, 5, 31)], (2024, 12)),
                                          (["対象期間", D(2024, 6, 1), "～", D(2025, 1, 1), "末現在"], (2024, 12)),
                                          (["集計月", D(2025, 1, 1)], (2025, 1))])
def test_a_deadline_or_a_period_above_the_grid_is_no_cutoff(tmp_path, row2, cutoff):
    """A 締め切り / 次回締め / 期限 date or a period's first month was taken as the cutoff (2025-02, 2025-05, 2024-06); the
    data's last month (2024年12月, said) stands; 「集計月｜2025/1」 is read."""
    j = job.recompute(_grid(tmp_path / "締め.xlsx", row2))
    assert j.input.cutoff == YearMonth(*cutoff)


def test_a_formulas_float_is_a_whole_count_only_by_a_few_units_in_its_last_place():
    assert parse_count(187.00000000000003) == (187, "")
    assert parse_count(12345678.01) == (12345678.01, "整数ではありません")
    assert parse_count(1e-10)[0] == 1e-10
