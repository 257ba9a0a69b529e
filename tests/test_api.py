"""The Python API (import workbook_tools as wt): DataFrames equal to the output workbooks read back
with openpyxl, stable Japanese columns and dtypes, a light import and no output on stdout."""
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from conftest import ROOT

pd = pytest.importorskip("pandas")
import workbook_tools as wt  # noqa: E402

EX = ROOT / "workbook_tools" / "examples"


def _header_row(ws, label):
    for row in ws.iter_rows(min_row=1, max_row=15):
        for c in row:
            if c.value == label:
                return c.row, {x.value: x.column for x in row if x.value is not None}
    raise AssertionError(f"{label} not found")


def test_import_is_light_and_lazy():
    code = ("import sys, workbook_tools as wt; assert callable(wt.read_surveys); "
            "print(sorted(m for m in ('pandas', 'openpyxl', 'xlsxwriter', 'python_calamine') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
    with pytest.raises(AttributeError):
        wt.no_such_function  # noqa: B018


def test_grid_frame_matches_workbook(tmp_path):
    res = wt.recompute_grid(EX / "grid" / "加入拡大モデル単組_6月開始.xlsx")
    frames = res.to_pandas()
    df = frames["単組"]
    assert list(df.columns[:9]) == ["県コード", "県名", "単組コード", "単組名", "組合員数", "団生保有", "目標件数",
                                    "全国集計対象", "加入率"]
    assert {"累積件数", "前年比", "達成率", "達成率表示", "残件数", "目標達成", "入力行"} <= set(df.columns)
    assert str(df["県コード"].dtype) == "string" and str(df["目標達成"].dtype) == "boolean"
    assert str(df["累積件数"].dtype) == "Int64" and str(df["達成率"].dtype) == "Float64"
    out = res.write(tmp_path / "a.xlsx")
    ws = openpyxl.load_workbook(out, data_only=True).worksheets[0]
    hr, cols = _header_row(ws, "単組コード")
    book = {}
    for r in range(hr + 1, ws.max_row + 1):
        code = ws.cell(r, cols["単組コード"]).value
        if code:
            book[(ws.cell(r, 1).value, code)] = (ws.cell(r, cols["累積件数"]).value, ws.cell(r, cols["目標件数"]).value,
                                                 ws.cell(r, cols["残件数"]).value)
    assert len(df) == len(book) > 100
    for _, row in df.iterrows():
        want = book[(row["県コード"], row["単組コード"])]
        got = (row["累積件数"], row["目標件数"], row["残件数"])
        assert tuple(None if pd.isna(v) else int(v) for v in got) == tuple(None if v in (None, "") else v for v in want)
    assert len(frames["チェック"]) == len(res.problems) >= 1
    assert list(frames["チェック"].columns) == ["重要度", "ファイル", "シート", "セル", "内容", "対処", "コード"]


def test_contracts_frames_match_workbook(tmp_path):
    res = wt.recompute_contracts(EX / "contracts" / "新契約件数_県支部別.xlsx")
    frames = res.to_pandas()
    products, branches = frames["商品"], frames["県支部別"]
    assert list(products.columns) == ["商品", "時点", "目標", "実績", "到達率", "到達率表示", "目標達成県支部数",
                                      "目標達成県支部", "注記"]
    assert len(products) == 11 and len(branches) == 11 * 47
    ws = openpyxl.load_workbook(res.write(tmp_path / "b.xlsx"), data_only=True)["県支部別"]
    row4 = [c.value for c in ws[4]]
    first = products["商品"][0]
    mine = branches[(branches["商品"] == first) & (branches["県コード"] == row4[0])].iloc[0]
    assert (mine["目標"], mine["実績"]) == (row4[2], row4[3])
    assert mine["到達率"] == pytest.approx(row4[4])
    # the product's total equals the sum of its branch rows (independent of the code's own total)
    assert products["目標"][0] == branches[branches["商品"] == first]["目標"].sum()


def test_survey_frames_match_workbook_and_stay_quiet(tmp_path, capfd):
    res = wt.read_surveys(EX / "surveys", year=2025)
    assert capfd.readouterr().out == ""
    frames = res.to_pandas()
    files, answers = frames["ファイル"], frames["回答"]
    assert list(answers.columns) == ["ファイル", "項目キー", "区分", "項目", "値", "注記", "元の記入", "シート", "セル"]
    assert len(files) == len(res.job.records) == 40
    ws = openpyxl.load_workbook(res.write(tmp_path / "d.xlsx"), data_only=True)["一覧"]
    labels = {c.value: c.column for c in ws[2] if c.value}
    for r in range(3, ws.max_row + 1):
        name = ws.cell(r, 2).value
        if not name:
            continue
        assert files[files["ファイル"] == name]["状態"].iloc[0] == ws.cell(r, 3).value
        mine = answers[answers["ファイル"] == name].set_index("項目")["値"]
        assert mine["県本部"] == ws.cell(r, labels["県本部"]).value
        assert mine["単組"] == ws.cell(r, labels["単組"]).value
        n = ws.cell(r, labels["組織人員数（人）（自治労）"]).value
        assert (None if pd.isna(mine["組織人員数（人）（自治労）"]) else mine["組織人員数（人）（自治労）"]) == n
    cells = answers[answers["項目キー"] == "h.pref"]
    assert cells["セル"].str.match(r"^[A-Z]+[0-9]+$").all()  # provenance


def test_api_errors_are_japanese(tmp_path):
    from workbook_tools.errors import WorkbookToolsError

    with pytest.raises(WorkbookToolsError, match="ありません"):
        wt.read_reports(tmp_path / "なし")
    with pytest.raises(ValueError, match="6 か 5"):
        wt.recompute_grid(EX / "grid" / "加入拡大モデル単組_6月開始.xlsx", start_month=7)


def test_kt_grid_returns_a_dataframe_for_xlwings():
    xw_conv = pytest.importorskip("xlwings.conversion")
    from workbook_tools.excel import udfs
    from workbook_tools.excel.functions import recompute_grid

    rows = [list(r) for r in openpyxl.load_workbook(EX / "grid" / "加入拡大モデル単組_6月開始.xlsx", data_only=True)
            .worksheets[0].iter_rows(values_only=True)]
    df = udfs.KT_GRID(rows)
    plain = recompute_grid(rows)
    assert isinstance(df, pd.DataFrame) and list(df.columns) == plain[0]
    assert df.values.tolist() == plain[1:]
    # xlwings routes a returned DataFrame to its DataFrame converter (header, no index per @xw.ret)
    assert xw_conv.accessors[None].router(df, None, {}).__name__ == "PandasDataFrameConverter"


@pytest.mark.parametrize("call, name", [("recompute_grid", "grid/加入拡大モデル単組_6月開始.xlsx"),
                                        ("recompute_contracts", "contracts/新契約件数_県支部別.xlsx")])
def test_one_file_reads_of_the_api_run_in_a_worker(monkeypatch, call, name):
    """A reader that aborts (made to, in the worker, by the test-only hook) is a Japanese RefusedFile naming the
    file: the caller's interpreter (a notebook's kernel) lives on."""
    from workbook_tools.app import isolated_read
    from workbook_tools.errors import RefusedFile

    monkeypatch.setenv(isolated_read.TEST_HOOK, "crash")
    with pytest.raises(RefusedFile) as err:
        getattr(wt, call)(EX / name)
    assert err.value.file == Path(name).name and "異常終了" in err.value.message
