"""Every ribbon button's logic, run for real on .xlsx files through the file-backed sheet I/O."""
import hashlib
import shutil

import openpyxl
import pytest

from conftest import ROOT
from workbook_tools.app import grid
from workbook_tools.excel import buttons
from workbook_tools.excel.sheetio import FileSheetIO

EX = ROOT / "workbook_tools" / "examples"
DATA = ROOT / "workbook_tools" / "excel" / "selftest_data"


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


def _sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_grid_recompute_writes_a_new_sheet_and_leaves_the_input_alone(grid_copy, tmp_path):
    _bump_a_month(grid_copy)
    digest = _sha(grid_copy)
    io = FileSheetIO(grid_copy)
    sheet = io.active_sheet()
    before = io.read_used_range(sheet)
    msg = buttons.grid_recompute(io)
    assert "再計算し" in msg and io.messages[-1] == msg and not io.confirms  # nothing to ask: nothing overwritten
    assert io.read_used_range(sheet) == before and io.added == [f"再計算_{sheet}"]
    saved = io.save(tmp_path / "後.xlsx")
    assert _sha(grid_copy) == digest  # the input file is byte-identical
    wb = openpyxl.load_workbook(saved)
    assert [list(r) for r in wb[sheet].iter_rows(values_only=True)] == before  # and value-identical when saved
    result = [list(r) for r in wb[f"再計算_{sheet}"].iter_rows(values_only=True)]
    assert result[3][:12] == buttons.GRID_RESULT_HEADER
    expected = grid.recompute(grid_copy).result
    first = next(r for r in result if r[4] == expected.rows[0].name)
    assert first[6] == expected.results[0].cumulative and first[0] == expected.rows[0].source_row
    assert io.statuses[-1] is None  # the status bar is given back


def test_grid_recompute_leaves_out_hidden_rows_and_says_so(grid_copy, tmp_path):
    """A union's row hidden in Excel (an old copy kept out of sight) is not read by the button, as the command line
    does not read it; the check sheet says so."""
    wb = openpyxl.load_workbook(grid_copy)
    ws = wb.active
    hidden_name = ws.cell(row=6, column=4).value  # the second union (row 6; 単組名 in column D)
    ws.row_dimensions[6].hidden = True
    wb.save(grid_copy)
    io = FileSheetIO(grid_copy)
    assert io.hidden_rows(io.active_sheet()) == {5}
    msg = buttons.grid_recompute(io)
    assert msg is not None
    rows = io.read_used_range(io.added[0])
    assert hidden_name and not any(r and r[4] == hidden_name for r in rows)
    assert any(r and isinstance(r[3], str) and "非表示の行" in r[3] for r in rows)


def test_grid_recompute_on_hand_made_grid(tmp_path):
    """The self-test's small grid, with answers worked out by hand (see the comments)."""
    p = tmp_path / "g.xlsx"
    shutil.copy(DATA / "グリッド_自己診断.xlsx", p)
    io = FileSheetIO(p)
    msg = buttons.grid_recompute(io)
    assert "取組単組 3 / 目標 38 / 実績 20 / 到達率 52.6% / 目標達成 1 単組" in msg  # 20/38 = 52.63 %
    rows = {r[4]: r for r in io.read_used_range(io.added[0]) if r and len(r) > 11}
    assert rows["テスト第1職員組合"][6:12] == [11, 9, 1.1, -1, 0.5, "達成"]  # 2+3+0+1+5; last year 2; 50/100
    assert rows["テスト第2職員組合"][6:11] == [9, 5, 0.45, 11, 0.15]  # 5+4; last year 4; 30/200
    assert rows["テスト第3職員組合"][6:10] == [0, 0, 0.0, 8]


def test_text_from_the_sheet_is_written_as_text(tmp_path):
    p = tmp_path / "t.xlsx"
    openpyxl.Workbook().save(p)
    io = FileSheetIO(p)
    with pytest.raises(Exception):
        io.write_block(io.active_sheet(), (0, 0), [["x"]])  # never into a sheet the action did not add
    name = io.add_sheet("結果")
    io.write_block(name, (0, 0), [["=1+1", "@SUM(A1)", 3]])
    saved = openpyxl.load_workbook(io.save(tmp_path / "o.xlsx"))
    assert [c.data_type for c in saved[name][1]] == ["s", "s", "n"]
    assert io.add_sheet("結果") == "結果 (2)" and io.add_sheet("あ" * 40) == "あ" * 31


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
    assert "Python の場所" in text and "ワークシート関数: 15 個" in text and "xlwings（パッケージ）" in text


def test_self_test_runs_every_function_and_button():
    from workbook_tools.excel import udfs
    from workbook_tools.excel.selftest import run_selftest

    host = FileSheetIO(DATA / "新契約_自己診断.xlsx")
    report = run_selftest(host, buttons.ACTIONS)
    assert report.ok, report.summary()
    names = {c.name for c in report.checks}
    assert all(any(n.startswith(f"{f}(") for n in names) for f in udfs.UDFS)  # every worksheet function
    assert {"報告書を集約", "アンケートを集約", "テンプレート作成", "バージョン・診断", "名簿から様式作成", "修正を反映"} <= names
    assert any(n.startswith("グリッド再計算") for n in names) and any(n.startswith("新契約集計") for n in names)
    text = report.path.read_text("utf-8-sig")
    assert "Python の場所" in text and "ビット" in text and "xlwings（パッケージ）" in text
    saved = openpyxl.load_workbook(report.path.with_suffix(".xlsx"))
    assert saved["自己診断"]["A1"].value == "共済ツール 自己診断"


def test_self_test_fails_when_a_function_is_wrong(monkeypatch):
    """The self-test really computes: a wrong rate makes its check fail."""
    from workbook_tools.excel import functions
    from workbook_tools.excel.selftest import check_udfs

    monkeypatch.setattr(functions, "achievement_rate", lambda *a: 0.062)
    checks = {c.name: c.ok for c in check_udfs(FileSheetIO(DATA / "新契約_自己診断.xlsx"))}
    assert checks["KT_RATE(1, 16)"] is False and checks["KT_REMAINING(100, 37)"] is True


def test_every_action_has_a_button():
    assert set(buttons.ACTIONS) == {"grid_recompute", "contracts_recompute", "consolidate_reports",
                                    "consolidate_surveys", "make_templates", "diagnose", "self_test",
                                    "make_personal_forms", "apply_corrections"}


def test_ribbon_actions_are_read_from_the_registry(tmp_path):
    """A consolidated kind with a ribbon tag gets the folder-consolidation action without a production edit."""
    from dataclasses import replace

    from workbook_tools.forms import registry

    kinds = registry.ribbon_actions()
    assert {t: buttons.ACTIONS[t] for t in kinds} and set(buttons.ACTIONS) - set(kinds) == set(buttons.TOOL_ACTIONS)
    from test_registry import TOY  # a fifth kind declared in the tests only

    registry.register(replace(TOY, ribbon_action="consolidate_toy"))
    try:
        action = buttons.ribbon_actions()["consolidate_toy"]
        (tmp_path / "toy").mkdir()
        io = FileSheetIO(DATA / "新契約_自己診断.xlsx", folder=tmp_path / "toy")
        out = action(io)
        assert out.exists() and out.name.startswith("おもちゃ_集約_") and "ファイル 0 件" in io.messages[-1]
    finally:
        registry.unregister("toy")


class _Range:
    def __init__(self, log, address):
        self.log, self.address = log, address

    def options(self, **_):
        return self

    @property
    def value(self):
        self.log.append(("read", self.address))
        return [[1, 2], [3, 4]]

    @value.setter
    def value(self, v):
        self.log.append(("write", self.address, len(v), len(v[0]), v[0][0]))

    @property
    def last_cell(self):
        return type("C", (), {"row": 2, "column": 2})()


class _Sheet:
    def __init__(self, log, name):
        self.log, self.name = log, name
        self.used_range = _Range(log, "used")

    def range(self, *a):
        return _Range(self.log, a)


def test_excel_sheet_io_reads_and_writes_whole_blocks():
    """XlwingsSheetIO speaks to Excel once per block (each call is a cross-process round trip)."""
    from workbook_tools.excel.sheetio import XlwingsSheetIO

    log: list = []
    sheets = {"入力": _Sheet(log, "入力")}

    class Sheets(dict):
        active = sheets["入力"]

        def add(self, name, after=None):
            self[name] = _Sheet(log, name)
            return self[name]

        def __iter__(self):
            return iter(self.values())

        def __getitem__(self, k):
            return list(self.values())[k] if isinstance(k, int) else dict.__getitem__(self, k)

    book = type("B", (), {"sheets": Sheets(sheets), "app": None, "fullname": "x.xlsx"})()
    io = XlwingsSheetIO(book)
    assert io.read_used_range("入力") == [[1, 2], [3, 4]] and [e[0] for e in log] == ["read"]
    name = io.add_sheet("再計算_入力")
    log.clear()
    io.write_block(name, (0, 0), [["=danger", 1]] + [[i, i * 2] for i in range(500)])
    assert log == [("write", ((1, 1),), 501, 2, "'=danger")]  # one call for 1,002 cells; text stays text
    with pytest.raises(Exception):
        io.write_block("入力", (0, 0), [[1]])  # the user's sheet is never written


def test_personal_forms_from_the_roster_in_front_and_corrections_applied(tmp_path):
    roster = tmp_path / "名簿.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["県本部", "単組"])
    wb.active.append(["北海道", "テスト第1職員組合"])
    wb.active.append(["青森", "テスト第2職員組合"])
    wb.save(roster)
    io = FileSheetIO(roster, folder=tmp_path / "配布")
    assert buttons.make_personal_forms(io) == tmp_path / "配布"
    forms = sorted((tmp_path / "配布").glob("*.xlsx"))
    assert len(forms) == 2 and "2 件" in io.messages[-1]
    inbox = tmp_path / "提出"
    inbox.mkdir()
    wb = openpyxl.load_workbook(forms[0])
    cell = wb.defined_names["survey_intake_hired"].attr_text.split("!")[1].replace("$", "").split(":")[0]
    wb["アンケート"][cell] = "約12"
    wb.save(inbox / "a.xlsx")
    batch = buttons.ACTIONS["consolidate_surveys"](FileSheetIO(roster, folder=inbox))
    assert batch is not None
    out = next(tmp_path.glob("実態アンケート_集約_*.xlsx"))
    wb = openpyxl.load_workbook(out)
    ws = wb["読み取り確認"]
    heads = [c.value for c in ws[1]]
    assert ws.cell(2, heads.index("読み取った文字") + 1).value == "約12"
    ws.cell(2, heads.index("修正値") + 1, "12")
    wb.save(out)
    io = FileSheetIO(out)
    new = buttons.apply_corrections(io)
    assert new is not None and new.exists() and io.opened == [new] and "手修正 1 件" in io.messages[-1]
    ws = openpyxl.load_workbook(new)["読み取り確認"]
    assert [c.value for c in ws[2]][heads.index("フラグ")] == "手修正"
