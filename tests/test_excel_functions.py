"""The worksheet functions (plain functions under the UDFs) and the UDF module."""
import ast
import datetime as dt
import re
import subprocess
import sys

import openpyxl
import pytest

from conftest import ROOT
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


def test_recompute_grid_array_matches_the_batch_job():
    from workbook_tools.app import grid

    path = ROOT / "workbook_tools" / "examples" / "grid" / "加入拡大モデル単組_6月開始.xlsx"
    rows = [list(r) for r in openpyxl.load_workbook(path).active.iter_rows(values_only=True)]
    out = f.recompute_grid(rows)
    job = grid.recompute(path)
    assert out[0][:4] == ["県コード", "県名", "単組コード", "単組名"]
    assert len(out) == len(job.result.rows) + 2
    assert [r[4] for r in out[1:-1]] == [x.cumulative for x in job.result.results]
    assert out[-1][4] == job.result.summary.actual and out[-1][8] == job.result.summary.achievers
    may = f.recompute_grid(rows, 5)
    assert may[-1][4] == grid.recompute(path, start_month=5).result.summary.actual


def _value(node):
    from workbook_tools.excel import udfs

    return getattr(udfs, node.id) if isinstance(node, ast.Name) else ast.literal_eval(node)


def _decorators(fn_node):
    out = {"func": None, "args": [], "ret": None}
    for d in fn_node.decorator_list:
        name = d.func.attr if isinstance(d, ast.Call) and isinstance(d.func, ast.Attribute) else None
        if name == "func":
            out["func"] = {k.arg: _value(k.value) for k in d.keywords}
        elif name == "arg":
            out["args"].append((_value(d.args[0]), {k.arg: _value(k.value) for k in d.keywords}))
        elif name == "ret":
            out["ret"] = {k.arg: _value(k.value) for k in d.keywords}
    return out


def test_udfs_are_declared_the_xlwings_way_and_call_the_functions():
    """On Linux xlwings' decorators are no-ops, so check the declarations themselves: every
    KT_ function is an @xw.func of our category, and every parameter has an @xw.arg with a
    Japanese description (xlwings on Windows refuses an @xw.arg for an unknown parameter)."""
    from workbook_tools.excel import udfs

    tree = ast.parse((ROOT / "workbook_tools" / "excel" / "udfs.py").read_text("utf-8"))
    fns = [n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name.startswith("KT_")]
    assert len(fns) == 15
    for node in fns:
        d = _decorators(node)
        assert d["func"] == {"category": "共済ツール"}, node.name
        params = [a.arg for a in node.args.args]
        assert [a for a, _ in d["args"]] == params, node.name
        assert all(re.search(r"[ぁ-んァ-ヶ一-龠]", kw["doc"]) for _, kw in d["args"]), node.name
        assert re.search(r"[ぁ-んァ-ヶ一-龠]", ast.get_docstring(node) or ""), node.name
        assert callable(getattr(udfs, node.name))
    assert _decorators(next(n for n in fns if n.name == "KT_GRID"))["ret"] == {"expand": "table"}
    assert udfs.KT_RATE(1, 16) == 0.063 and udfs.KT_RATE_TEXT(1, 16) == "6.3%"
    assert udfs.KT_RATE_TEXT(1, 2, 1, "銀行丸め").startswith("#エラー")
    assert udfs.KT_GRID([["x"]])[0][0].startswith("#エラー")


def test_udf_module_import_stays_light():
    code = ("import sys; import workbook_tools.excel.udfs; "
            "print(' '.join(m for m in ('pandas', 'openpyxl', 'xlsxwriter', 'python_calamine', 'typer') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == ""
