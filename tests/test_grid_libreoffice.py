"""Formulas in the written grid, recalculated by LibreOffice, equal Python's values."""
import openpyxl
import pytest
import xlsxwriter

import lo
from conftest import ROOT
from workbook_tools.app import grid as job

EXAMPLES = ROOT / "workbook_tools" / "examples" / "grid"


def test_harness_really_recalculates(tmp_path, soffice):
    path = tmp_path / "wrong_cache.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("s")
    ws.write_number(0, 0, 2)
    ws.write_formula(0, 1, "=A1*21", None, 999)  # deliberately wrong cached value
    wb.close()
    with pytest.raises(AssertionError):
        lo.assert_formulas_match(path, tmp_path)
    assert lo.recalculated_values(path, tmp_path / "2")["s"]["B1"] == 42


@pytest.mark.parametrize("src,start", [("6月開始", None), ("6月開始", 5), ("5月開始", None), ("5月開始", 6)])
def test_grid_formulas_match_python(tmp_path, soffice, src, start):
    j = job.recompute(EXAMPLES / f"加入拡大モデル単組_{src}.xlsx", start_month=start)
    out = job.write_grid_workbook(j, tmp_path / "grid.xlsx")
    n = lo.assert_formulas_match(out, tmp_path)
    assert n > 100 * 10
    values = lo.recalculated_values(out, tmp_path / "v")[openpyxl.load_workbook(out).sheetnames[0]]
    s = j.result.summary
    assert (values["E3"], values["F3"], values["G3"], values["I3"]) == (s.unions, s.target, s.actual, s.achievers)
