"""Every ribbon button's logic, run for real on .xlsx files through the file-backed sheet I/O."""
import shutil

import openpyxl
import pytest

from conftest import ROOT
from workbook_tools.app import grid
from workbook_tools.excel import buttons
from workbook_tools.excel.sheetio import FileSheetIO

EX = ROOT / "workbook_tools" / "examples"


@pytest.fixture
def grid_copy(tmp_path):
    p = tmp_path / "グリッド.xlsx"
    shutil.copy(EX / "grid" / "加入拡大モデル単組_6月開始.xlsx", p)
    return p


def _bump_a_month(path):
    """A person types a new February count for the first union."""
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    heads = [c.value for c in ws[4]]
    feb_2025 = [i for i, h in enumerate(heads) if h == "2月"][2] + 1
    old = ws.cell(row=5, column=feb_2025).value or 0
    ws.cell(row=5, column=feb_2025, value=(int(old) if not isinstance(old, str) else 0) + 7)
    wb.save(path)


def test_grid_recompute_asks_before_overwriting_typed_values(grid_copy):
    _bump_a_month(grid_copy)
    io = FileSheetIO(grid_copy, confirm_answer=False)
    before = io.read_used_range(io.active_sheet())
    assert buttons.grid_recompute(io) == "変更しませんでした"
    assert io.confirms and "上書きしますか" in io.confirms[0]
    assert io.read_used_range(io.active_sheet()) == before and "チェック" not in io.sheet_names()


def test_grid_recompute_updates_computed_columns_only(grid_copy, tmp_path):
    _bump_a_month(grid_copy)
    io = FileSheetIO(grid_copy, confirm_answer=True)
    sheet = io.active_sheet()
    before = io.read_used_range(sheet)
    msg = buttons.grid_recompute(io)
    assert "再計算しました" in msg and io.messages[-1] == msg
    after = io.read_used_range(sheet)
    heads = [str(h or "").replace("\n", "") for h in before[3]]
    computed = {i for i, h in enumerate(heads) if h in ("累積件数", "前年比", "達成率", "残件数", "加入率", "2月累計")
                or h.endswith("年度実績")}
    for r, (b, a) in enumerate(zip(before, after)):
        for c, (x, y) in enumerate(zip(b, a)):
            if c not in computed or r < 4:
                assert x == y, (r, c)  # input cells untouched
    saved = io.save(tmp_path / "後.xlsx")
    expected = grid.recompute(saved)
    cum_col = heads.index("累積件数")
    assert after[4][cum_col] == expected.result.results[0].cumulative
    assert "チェック" in io.sheet_names()
    assert io.statuses[-1] is None  # the status bar is given back


def test_grid_recompute_on_a_wrong_sheet_is_a_japanese_message(tmp_path):
    p = tmp_path / "別の表.xlsx"
    wb = openpyxl.Workbook()
    wb.active["A1"] = "関係ない表"
    wb.save(p)
    io = FileSheetIO(p)
    assert buttons.grid_recompute(io) is None
    assert io.messages and "見出し行が見つかりません" in io.messages[0] and "Traceback" not in io.messages[0]


def test_contracts_button(tmp_path):
    p = tmp_path / "新契約.xlsx"
    shutil.copy(EX / "contracts" / "新契約件数_県支部別.xlsx", p)
    io = FileSheetIO(p)
    out = buttons.contracts_recompute(io)
    assert out.exists() and out.parent == tmp_path and io.opened == [out]
    assert openpyxl.load_workbook(out).sheetnames[0] == "主要共済の実績"


def test_consolidate_buttons(tmp_path):
    for folder in ("reports", "surveys"):
        shutil.copytree(EX / folder, tmp_path / folder)
    io = FileSheetIO(EX / "contracts" / "新契約件数_県支部別.xlsx", folder=tmp_path / "reports")
    out = buttons.consolidate_reports(io)
    assert out.exists() and out.parent == tmp_path and "未提出 2 件" in io.messages[-1]
    assert any(s and "/ 46" in s for s in io.statuses)  # progress in the status bar
    io.folder = tmp_path / "surveys"
    assert buttons.consolidate_surveys(io).exists()
    io.folder = None  # the user cancelled the folder picker
    assert buttons.consolidate_reports(io) is None


def test_templates_and_diagnose(tmp_path):
    io = FileSheetIO(EX / "contracts" / "新契約件数_県支部別.xlsx", folder=tmp_path)
    assert buttons.make_templates(io) == tmp_path
    assert len(list(tmp_path.glob("*.xlsx"))) == 4
    text = buttons.diagnose(io)
    assert "workbook-tools" in text and "openpyxl" in text


def test_import_udfs_button():
    io = FileSheetIO(EX / "contracts" / "新契約件数_県支部別.xlsx")
    assert "取り込みました" in buttons.import_udfs(io)
    assert "KT_RATE" in io.imported_udfs and len(io.imported_udfs) == 15


def test_every_action_has_a_button():
    assert set(buttons.ACTIONS) == {"grid_recompute", "contracts_recompute", "consolidate_reports",
                                    "consolidate_surveys", "make_templates", "diagnose", "import_udfs"}
