"""A grid whose oldest year is given only as one 「年度計」 column under 「2022年度」 (no months, no 累計 for it): that year's
年度実績 is taken as typed, its 累計 is unknown (blank, not 0), and this is said.  Every expected figure below is worked
out by hand from the cells typed here."""
from __future__ import annotations

import openpyxl
import pytest

from workbook_tools.app import grid as job
from workbook_tools.core.calendar import YearMonth
from workbook_tools.errors import InputError

MONTHS = [6, 7, 8, 9, 10, 11, 12, 1, 2, 3, 4, 5]
# (単組コード, 単組名, 目標件数, 2022年度計, 2023 months, typed 2023 2月累計, 2024 months)
UNIONS = [("001", "見本甲市職員組合", 8, 7, {6: 2, 1: 1, 4: 3}, 3, {9: 4, 2: 1}),
          ("002", "見本乙町職員組合", 3, 0, {}, 0, {12: 3})]


def _book(path, *, oldest=True):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "一覧"
    ws["A1"] = "2024年度　加入拡大モデル単組　2025年2月末現在"
    heads = ["県コード", "県名", "単組コード", "単組名", "目標件数"]
    if oldest:
        ws.cell(3, len(heads) + 1, "2022年度")
        heads.append("年度計")
    ws.cell(3, len(heads) + 1, "2023年度")
    heads += [f"{m}月" for m in MONTHS] + ["2月累計"]
    ws.cell(3, len(heads) + 1, "2024年度")
    heads += [f"{m}月" for m in MONTHS]
    for c, h in enumerate(heads, 1):
        ws.cell(4, c, h)
    for r, (code, name, target, y22, m23, cum23, m24) in enumerate(UNIONS, 5):
        row = ["13", "東京都", code, name, target] + ([y22] if oldest else [])
        row += [m23.get(m) for m in MONTHS] + [cum23] + [m24.get(m) for m in MONTHS]
        for c, v in enumerate(row, 1):
            ws.cell(r, c, v)
    wb.save(path)
    return path


def test_the_oldest_year_as_its_total_alone(tmp_path):
    j = job.recompute(_book(tmp_path / "年度計だけ.xlsx"))
    assert j.input.cutoff == YearMonth(2025, 2)
    a, b = j.result.results
    # 甲: 2023 2+1+3 = 6, to Feb 2+1 = 3; 2024 to Feb 4+1 = 5; 5-3 = 2; 8-5 = 3
    assert (a.year_totals, a.cumulative_past, a.cumulative, a.yoy, a.remaining) == \
        ({2022: 7, 2023: 6}, {2022: None, 2023: 3}, 5, 2, 3)
    # 乙: 2022 typed 0; 2023 nothing; 2024 12月3; 3-0 = 3; reached
    assert (b.year_totals, b.cumulative_past, b.cumulative, b.yoy, b.achieved) == \
        ({2022: 0, 2023: 0}, {2022: None, 2023: 0}, 3, 3, True)
    t = j.result.totals
    assert (t.year_totals[2022], t.cumulative_past[2022], t.cumulative_past[2023]) == (7, None, 3)
    said = [p for p in j.problems if p.code == "year_total_only"]
    assert len(said) == 1 and said[0].cell == "F4" and "2022年度" in said[0].message
    assert not [p for p in j.problems if p.code == "typed_total_mismatch"]


def test_another_start_month_is_refused(tmp_path):
    with pytest.raises(InputError) as e:
        job.recompute(_book(tmp_path / "年度計だけ.xlsx"), start_month=5)
    assert e.value.code == "past_totals_only" and "2022年度" in str(e.value)


def test_two_blocks_without_the_total_still_stop(tmp_path):
    with pytest.raises(InputError) as e:
        job.recompute(_book(tmp_path / "2年分.xlsx", oldest=False))
    assert e.value.code == "year_blocks"


def test_the_written_grid_leaves_the_unknown_blank(tmp_path):
    src = _book(tmp_path / "年度計だけ.xlsx")
    j = job.recompute(src)
    out = tmp_path / "出力.xlsx"
    job.write_grid_workbook(j, out)
    ws = openpyxl.load_workbook(out).worksheets[0]
    heads = {}
    for row in ws.iter_rows(min_row=1, max_row=12):
        for c in row:
            if c.value == "2月累計" and c.column not in heads.values():
                heads[len(heads)] = c.column
    first_cum = min(heads.values())  # the 2022 block's 2月累計 column comes first
    cells = [ws.cell(r, first_cum).value for r in range(1, ws.max_row + 1)]
    assert 0 not in cells  # no figure invented for the unknown 累計 (blank, not 0) ...
    assert not [v for v in cells if isinstance(v, str) and v.startswith("=")]  # ... nor a SUM of blanks in 合計
