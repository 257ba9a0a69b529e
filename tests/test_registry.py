"""A fifth workbook kind, declared in this test only, goes end to end through the registry alone:
template, filled copies, consolidation in worker processes, output workbook, JSON and the CLI.
No production file knows it."""
import json

import openpyxl
import pytest
from click.testing import CliRunner

import lo
from conftest import ROOT
from workbook_tools.app import consolidate as job
from workbook_tools.app.templates import write_template
from workbook_tools.core.prefectures import prefectures
from workbook_tools.core.rounding import RoundingRule
from workbook_tools.errors import WorkbookToolsError
from workbook_tools.forms import registry
from workbook_tools.forms.consolidation import Consolidation, GroupTotals, SumCheck, SumColumn, UnionRoster
from workbook_tools.forms.model import (CHOICE, LONG_TEXT, NUMBER, PROP_KIND, TEXT, Field, FormDef, Section,
                                        defined_name)

TOY_FORM = FormDef(
    kind="toy",
    title="おもちゃ調査（{y}年度）",
    version="1.0",
    sheet="おもちゃ",
    sections=(
        Section("h", "", (Field("pref", "県本部", CHOICE, choices=tuple(p.name for p in prefectures()), required=True),
                          Field("union", "単組", TEXT, required=True)), layout="fields"),
        Section("n", "数", (Field("a", "赤い玉", NUMBER), Field("b", "白い玉", NUMBER), Field("total", "玉の合計", NUMBER)),
                layout="fields"),
        Section("t", "ひとこと", (Field("memo", "感想", LONG_TEXT, lines=2),), layout="texts"),
    ),
)
TOY = registry.Kind(
    "toy", "E", "おもちゃ調査", "おもちゃ", TOY_FORM, registry.FORM, "E_おもちゃ調査_{y}年度.xlsx",
    RoundingRule(1, "half_up"), consolidation=Consolidation(
        identity=("h.pref", "h.union"),
        roster=UnionRoster("h.pref", "h.union"),
        totals=GroupTotals(by="h.pref", columns=(SumColumn("n.a"), SumColumn("n.b"), SumColumn("n.total")),
                           rate=("n.a", "n.total", "赤の割合"), chart=(("n.a", "#FF0000"), ("n.b", "#CCCCCC")),
                           chart_title="県本部別の玉"),
        checks=(SumCheck("n.total", ("n.a", "n.b"), code="toy_sum"),),
        sort=("h.union",)),
    folder_help="おもちゃ調査のフォルダ")

ANSWERS = {  # file → (pref, union, red, white, total, memo)
    "東京_一.xlsx": ("東京", "一組合", 3, 4, 7, "とても楽しい"),
    "大阪_二.xlsx": ("大阪", "二組合", 5, 1, 9, "数が合わない"),
    "東京_三.xlsx": ("東京", "三組合", "約10", 2, 12, None),
}


@pytest.fixture()
def toy():
    registry.register(TOY)
    yield TOY
    registry.unregister("toy")


def _fill(template, out, answers):
    wb = openpyxl.load_workbook(template)
    for (s, f), value in zip(TOY_FORM.all_fields(), answers):  # pref, union, a, b, total, memo
        if value is None:
            continue
        dest = list(wb.defined_names[defined_name("toy", s, f)].destinations)[0]
        wb[dest[0]][dest[1].replace("$", "").split(":")[0]] = value
    wb.save(out)


def test_no_production_file_names_the_toy_kind():
    hits = [p for p in (ROOT / "workbook_tools").rglob("*.py") if '"toy"' in p.read_text(encoding="utf-8")]
    assert hits == []


def test_a_kind_named_by_its_module_loads_at_first_use_and_is_checked():
    """A kind registered with "module:NAME" texts gets the very objects they name at first use; a form stamped
    with another kind's name is refused then, as register() refuses the object itself."""
    from workbook_tools.forms import survey

    lazy = registry.Kind("lazy_toy", "", "遅延", "遅延", "workbook_tools.forms.survey:FORM", registry.FORM, "x_{y}.xlsx",
                         RoundingRule(1, "half_up"), consolidation="workbook_tools.forms.survey:CONSOLIDATION")
    assert lazy.is_consolidated and lazy.consolidation is survey.CONSOLIDATION
    with pytest.raises(WorkbookToolsError) as err:
        lazy.definition
    assert err.value.code == "kind_mismatch"
    with pytest.raises(WorkbookToolsError) as err:
        registry.register(registry.Kind("lazy_toy", "", "遅延", "遅延", survey.FORM, registry.FORM, "x_{y}.xlsx",
                                        RoundingRule(1, "half_up")))
    assert err.value.code == "kind_mismatch" and registry.find("lazy_toy") is None
    grid = registry.get("grid")
    assert grid.definition.__name__ == "workbook_tools.forms.grid" and not grid.is_consolidated


def test_unknown_kind_is_an_error_never_a_fallback(tmp_path):
    with pytest.raises(WorkbookToolsError, match="集約の種類「toy」はありません"):
        job.consolidate("toy", tmp_path)
    with pytest.raises(WorkbookToolsError, match="ワークブックの種類「toy」はありません"):
        write_template("toy", tmp_path / "x.xlsx")
    with pytest.raises(WorkbookToolsError, match="集約の種類「grid」はありません"):
        job.consolidate("grid", tmp_path)
    assert {"grid", "contracts", "report", "survey"} <= set(registry.names())


def test_ribbon_actions_come_from_the_registry(toy):
    actions = registry.ribbon_actions()
    assert actions["consolidate_reports"] == "report" and actions["consolidate_surveys"] == "survey"
    assert actions["grid_recompute"] == "grid" and "toy" not in actions.values()  # the toy has no button


def test_toy_kind_end_to_end(toy, tmp_path, soffice):
    template = write_template("toy", tmp_path / "toy.xlsx", year=2024)
    wb = openpyxl.load_workbook(template)
    assert {p.name: p.value for p in wb.custom_doc_props.props}[PROP_KIND] == "toy"
    assert wb.sheetnames[0] == "おもちゃ" and "toy_n_total" in wb.defined_names
    folder = tmp_path / "提出"
    folder.mkdir()
    for name, answers in ANSWERS.items():
        _fill(template, folder / name, answers)
    (folder / "壊れた.xlsx").write_bytes(b"PK\x03\x04 not really a zip")
    (folder / "~$東京_一.xlsx").write_bytes(b"lock")

    batch = job.consolidate("toy", folder, year=2024, jobs=2)  # worker processes receive the kind
    by = {r.path: r for r in batch.records}
    assert batch.counts() == {"取込済": 2, "警告あり": 1, "取込不可": 1}
    assert by["壊れた.xlsx"].status == job.Status.REFUSED
    assert [p.code for p in by["大阪_二.xlsx"].problems] == ["toy_sum"]  # 5 + 1 ≠ 9
    assert "赤い玉＋白い玉（5 + 1 = 6）" in by["大阪_二.xlsx"].problems[0].message
    assert (by["東京_三.xlsx"].values["n.a"].value, by["東京_三.xlsx"].values["n.a"].flag) == (10, "概数")
    assert by["東京_一.xlsx"].via == "template" and batch.skipped[0][0] == "~$東京_一.xlsx"

    out, side = job.write_workbook(batch, tmp_path / "集約.xlsx")
    job.write_json(batch, tmp_path / "集約.json")
    assert side is None
    data = json.loads((tmp_path / "集約.json").read_text(encoding="utf-8"))
    tokyo1 = next(f for f in data["files"] if f["file"] == "東京_一.xlsx")
    assert data["kind"] == "toy" and tokyo1["values"]["n.a"] == {"value": 3, "flag": "", "raw": "3",
                                                                   "sheet": "おもちゃ", "cell": "C7",
                                                                       "how": "name", "rule": ""}
    assert tokyo1["values"]["t.memo"]["value"] == "とても楽しい"

    wb = openpyxl.load_workbook(out, data_only=True)
    assert wb.sheetnames == ["概要", "一覧", "集計", "記述", "未提出・重複", "検証結果", "読み取り確認"]
    totals = {row[0]: row[1:] for row in wb["集計"].iter_rows(min_row=2, values_only=True) if row[0]}
    # hand-computed: 東京 = 一組合 + 三組合, 大阪 = 二組合; 赤の割合 = 赤 / 合計 at 0.1 %, half up
    assert wb["集計"]["A1"].value == "県本部" and wb["集計"]["F1"].value == "赤の割合"
    assert totals["東京"] == (2, 13, 6, 19, 0.684)
    assert totals["大阪"] == (1, 5, 1, 9, 0.556)
    assert totals["北海道"][:4] == (0, 0, 0, 0) and totals["北海道"][4] in (None, "")
    assert totals["合計"] == (3, 18, 7, 28, 0.643)
    texts = list(wb["記述"].iter_rows(values_only=True))
    assert texts[0][:3] == ("県本部", "単組", "感想")
    # an unanswered 感想 is a blank cell (not a cell holding an empty text)
    assert [r[:3] for r in texts[1:]] == [("東京", "一組合", "とても楽しい"), ("東京", "三組合", None),
                                         ("大阪", "二組合", "数が合わない")]
    assert lo.assert_formulas_match(out, tmp_path / "lo") > 40  # LibreOffice recalculates every total the same


def test_toy_kind_through_the_cli(toy, tmp_path):
    from workbook_tools.cli import app

    template = write_template("toy", tmp_path / "toy.xlsx", year=2024)
    folder = tmp_path / "提出"
    folder.mkdir()
    _fill(template, folder / "東京_一.xlsx", ANSWERS["東京_一.xlsx"])
    help_text = CliRunner().invoke(app, ["consolidate", "--help"]).output
    assert "report" in help_text and "survey" in help_text and "toy" in help_text  # listed when shown
    res = CliRunner().invoke(app, ["consolidate", "toy", str(folder), "-o", str(tmp_path / "o.xlsx"), "--jobs", "1"])
    assert res.exit_code == 0, res.output
    assert "取込済 1" in res.output and (tmp_path / "o.xlsx").exists()
