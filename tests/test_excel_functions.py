"""The worksheet functions (plain functions under the UDFs) and the UDF module."""
import ast
import datetime as dt
import re
import subprocess
import sys

import openpyxl
import pytest

from conftest import ROOT
from workbook_tools.core.calendar import YearMonth
from workbook_tools.excel import functions as f


def test_rates_and_counts():
    assert f.achievement_rate(1, 16) == 0.063  # Excel's 6.3%, not Python's 6.2%
    assert f.achievement_rate(106, 45, 2, "切り捨て") == pytest.approx(2.3555)
    assert f.achievement_rate(5, 0) == "" and f.achievement_rate(5, None) == ""
    assert f.remaining(20, 27) == -7 and f.remaining(None, 3) == ""
    assert f.year_on_year(35, 28) == 7
    assert f.join_rate(1100, 1000) == 1.1
    assert f.organisation_rate(215, 700, 90) == pytest.approx(27.2)
    assert f.rate_text(1, 16) == "6.3%" and f.rate_text(106, 45, 2, "切り捨て") == "235.55%"
    with pytest.raises(ValueError):
        f.rate_text(1, 2, 1, "銀行丸め")


def test_cumulative_from_headers():
    heads = ["6月", "7月", "8月", "9月", "10月", "11月", "12月", "1月", "2月", "3月", "4月", "5月"]
    vals = [1, None, 2, 0, "3", None, 1, 1, 5, 9, 9, 9]
    assert f.cumulative([vals], [heads], 2) == 13
    with pytest.raises(ValueError):
        f.cumulative(vals, heads[:3], 2)


def test_calendar_names_text():
    assert f.fiscal_year(dt.date(2025, 5, 31), 6) == 2024 and f.fiscal_year("令和7年6月", 6) == 2025
    assert f.fiscal_year(dt.datetime(2025, 5, 1), 5) == 2025
    assert f.pref_name("14") == "東京" and f.pref_name(60) == "社保労連" and f.pref_name("02") == ""
    assert f.pref_code("神奈川県本部") == "16" and f.jis_code("東京") == "13"
    assert f.nfkc("埼⽟の⻑期共済１２") == "埼玉の長期共済12"
    assert f.checked("☑") is True and f.checked("□") is False and f.checked("") == ""
    assert f.messy_number("729名") == 729 and f.messy_number("不明") == ""
    assert f.messy_number_flag("400程度か") == "概数"


def _sum_months(unit, first, last) -> int:
    y, m = first
    total = 0
    while (y, m) <= last:
        total += unit.monthly.get(YearMonth(y, m)) or 0
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return total


def test_recompute_grid_array_against_an_independent_sum():
    """Expected values summed straight from the generator of the example (not from core.grid): cumulative =
    2024-06 … 2025-02 (May start: from 2024-05); totals leave 社保労連 (60) out; 達成 = target > 0 and count ≥ target."""
    from workbook_tools.samples.examples import synthetic_unions

    path = ROOT / "workbook_tools" / "examples" / "grid" / "加入拡大モデル単組_6月開始.xlsx"
    rows = [list(r) for r in openpyxl.load_workbook(path).active.iter_rows(values_only=True)]
    units = synthetic_unions(110)
    out = f.recompute_grid(rows)
    assert out[0][:4] == ["県コード", "県名", "単組コード", "単組名"]
    assert len(out) == len(units) + 2
    june = [_sum_months(u, (2024, 6), (2025, 2)) for u in units]
    assert [r[4] for r in out[1:-1]] == june
    main = [(u, c) for u, c in zip(units, june) if u.pref_code != "60"]
    assert out[-1][4] == sum(c for _, c in main)
    assert out[-1][8] == sum(1 for u, c in main if u.target and u.target > 0 and c >= u.target)
    may = f.recompute_grid(rows, 5)
    assert may[-1][4] == sum(_sum_months(u, (2024, 5), (2025, 2)) for u in units if u.pref_code != "60")


def test_udfs_are_declared_once_with_japanese_descriptions():
    """Each KT_ function is declared by @udf alone (which applies xlwings' decorators): the parameter
    descriptions match the Python signature, and KT_GRID returns a plain array (no expand="table",
    which overwrites cells in dynamic-array Excel)."""
    from workbook_tools.excel import udfs

    tree = ast.parse((ROOT / "workbook_tools" / "excel" / "udfs.py").read_text("utf-8"))
    fns = [n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name.startswith("KT_")]
    assert len(fns) == 15 and sorted(n.name for n in fns) == sorted(udfs.UDFS)
    for node in fns:
        assert [ast.unparse(d.func) for d in node.decorator_list] == ["udf"], node.name
        params = [a.arg for a in node.args.args]
        docs = udfs.UDFS[node.name].__kt_args__
        assert list(docs) == params and all(re.search(r"[ぁ-んァ-ヶ一-龠]", d) for d in docs.values()), node.name
        assert re.search(r"[ぁ-んァ-ヶ一-龠]", ast.get_docstring(node) or ""), node.name
    # no expand="table" anywhere (it overwrites cells in dynamic-array Excel); KT_GRID's DataFrame options only
    assert not [n for n, fn in udfs.UDFS.items() if "expand" in fn.__kt_ret__]
    assert "expand" not in (ROOT / "workbook_tools" / "excel" / "udfs.py").read_text("utf-8")
    with pytest.raises(TypeError):
        udfs.udf({"a": "説明"})(lambda a, b: a)


def test_udf_errors_carry_the_japanese_reason():
    from workbook_tools.excel import udfs

    assert udfs.KT_RATE(1, 16) == 0.063 and udfs.KT_RATE_TEXT(1, 16) == "6.3%"
    with pytest.raises(udfs.UdfError) as e:
        udfs.KT_RATE_TEXT(1, 2, 1, "銀行丸め")
    assert e.value.reason.startswith("丸め方は") and str(e.value).startswith(udfs.ERROR_MARK)
    with pytest.raises(udfs.UdfError):
        udfs.KT_GRID([["x"]])
    grid = udfs.KT_GRID(_grid_rows())
    plain = f.recompute_grid(_grid_rows())
    assert isinstance(plain, list) and all(isinstance(r, list) for r in plain)  # a 2-D array: Excel spills it
    try:
        import pandas  # noqa: F401
    except ImportError:
        assert grid == plain
    else:  # a DataFrame, written by xlwings' DataFrame converter: header row + the same cells, no index
        assert list(grid.columns) == plain[0] and grid.values.tolist() == plain[1:]
        assert udfs.UDFS["KT_GRID"].__kt_ret__ == {"index": False, "header": True}


def _grid_rows():
    import openpyxl

    wb = openpyxl.load_workbook(ROOT / "workbook_tools" / "excel" / "selftest_data" / "グリッド_自己診断.xlsx")
    return [list(r) for r in wb.active.iter_rows(values_only=True)]


def test_vba_wrapper_generation_refuses_what_vba_cannot_compile():
    from workbook_tools.excel import udf_vba

    def KT_X(date, name):  # noqa: N802 - both are VBA keywords
        return date

    def KT_Y(*values):  # noqa: N802
        return values

    with pytest.raises(ValueError, match="reserved"):
        udf_vba.parameters(KT_X)
    with pytest.raises(ValueError, match="positional"):
        udf_vba.parameters(KT_Y)
    assert udf_vba.wrapper("KT_Z", lambda a, b=1: a)[0] == "Public Function KT_Z(a, Optional b)"


def test_udf_module_import_stays_light():
    # what xlwings loads by itself (it imports pandas when installed) is not ours to count
    code = ("import sys, xlwings; before = set(sys.modules); import workbook_tools.excel.udfs; "
            "print(' '.join(m for m in ('pandas', 'openpyxl', 'xlsxwriter', 'python_calamine', 'click') "
            "if m in sys.modules and m not in before))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == ""
