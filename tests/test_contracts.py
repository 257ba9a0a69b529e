"""Report B: hand-computed cases, name variants, and LibreOffice agreement."""
import zipfile

import openpyxl
import pytest

import lo
from conftest import ROOT
from workbook_tools.app import contracts as job
from workbook_tools.core.contracts import TRANSFER_NOTE
from workbook_tools.forms import contracts as form
from workbook_tools.samples.examples import write_table_workbook

EXAMPLE = ROOT / "workbook_tools" / "examples" / "contracts" / "新契約件数_県支部別.xlsx"


def _input(tmp_path, figures, settings=()):
    return write_table_workbook(tmp_path / "入力.xlsx", [(form.FIGURES, figures), (form.PRODUCTS, list(settings))])


def test_hand_computed_products(tmp_path):
    figs = [
        {"product": "交通災害共済", "branch": "福岡", "target": 45, "actual": 106},  # 235.555… → 235.55 %
        {"product": "交通災害共済", "branch": "佐賀県", "target": 18, "actual": 990},  # 5500.00 %
        {"product": "交通災害共済", "branch": "東京都", "target": 100, "actual": 29},  # 29.00 %, not 28.99 %
        {"product": "団体生命共済", "branch": "秋田", "target": 140, "actual": 144},  # ROUND 102.86, ROUNDDOWN 102.85
        {"product": "団体生命共済", "branch": "埼\u2f5f", "target": 0, "actual": 5},  # zero target: blank
        {"product": "団体生命共済", "branch": "東京", "target": 139, "actual": 100},
        {"product": "じちろう退職者団体生命共済", "branch": "北海道", "target": 7063, "actual": 1406},
    ]
    settings = [{"product": "団体生命共済", "as_of": "2025年1月"}, {"product": "交通災害共済", "as_of": "R6年12月"}]
    j = job.recompute(_input(tmp_path, figs, settings))
    by = {p.product: p for p in j.result.products}
    text = j.result.rule.text
    traffic = by["交通災害共済"]
    assert [b.figures.name for b in traffic.achievers] == ["福岡", "佐賀"]  # HQ lists in 県コード order
    assert [text(b.rate) for b in traffic.branches] == ["29.00%", "235.55%", "5500.00%"]
    assert traffic.target == 163 and traffic.actual == 1125 and text(traffic.rate) == "690.18%"
    assert traffic.note == TRANSFER_NOTE and str(traffic.as_of) == "2024-12"
    life = by["団体生命共済"]
    assert [text(b.rate) for b in life.branches] == ["102.85%", "", "71.94%"]  # 秋田 06, 埼玉 13, 東京 14
    assert [b.figures.name for b in life.achievers] == ["秋田"]
    assert text(by["じちろう退職者団体生命共済"].rate) == "19.90%"
    assert by["じちろう退職者団体生命共済"].achievers == []


def test_branch_variants_map_to_one_branch_and_unknown_is_reported(tmp_path):
    figs = [{"product": "火災共済", "branch": "東京", "target": 10, "actual": 5},
            {"product": "火災共済", "branch": "東京都", "target": 10, "actual": 12},
            {"product": "火災共済", "branch": "架空県", "target": 10, "actual": 12}]
    j = job.recompute(_input(tmp_path, figs))
    p = j.result.products[0]
    assert [(b.figures.name, b.figures.actual) for b in p.branches] == [("東京", 12)]
    codes = {x.code: x for x in j.problems}
    assert codes["duplicate_branch"].cell == "B3" and codes["unknown_branch"].cell == "B4"
    assert "架空県" in codes["unknown_branch"].message and codes["unknown_branch"].sheet == "実績入力"


def test_example_output_layout(tmp_path):
    j = job.recompute(EXAMPLE)
    out = job.write_workbook(j, tmp_path / "out.xlsx")
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["主要共済の実績", "県支部別", "到達率グラフ", "チェック"]
    ws = wb["主要共済の実績"]
    texts = [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    assert texts[1].startswith("（1）団体生命共済（2025年1月）")
    assert "目標達成県支部" in texts and TRANSFER_NOTE in texts
    m = wb["県支部別"]
    assert m["B4"].value == "北海道" and m["B50"].value == "沖縄" and m["B51"].value == "全国計"
    with zipfile.ZipFile(out) as z:
        charts = [n for n in z.namelist() if n.startswith("xl/charts/chart")]
        assert charts and "到達率グラフ" in z.read(charts[0]).decode("utf-8")


def test_none_when_no_branch_reached_target(tmp_path):
    figs = [{"product": "火災共済", "branch": "東京", "target": 10, "actual": 5}]
    j = job.recompute(_input(tmp_path, figs))
    out = job.write_workbook(j, tmp_path / "o.xlsx")
    ws = openpyxl.load_workbook(out)["主要共済の実績"]
    assert "なし" in [c.value for row in ws.iter_rows() for c in row]


def test_contracts_formulas_match_libreoffice(tmp_path, soffice):
    j = job.recompute(EXAMPLE)
    out = job.write_workbook(j, tmp_path / "out.xlsx")
    n = lo.assert_formulas_match(out, tmp_path)
    assert n > 47 * 11
    # and the displayed truncated rates are what HQ publishes
    values = lo.recalculated_values(out, tmp_path / "v")["県支部別"]
    wb = openpyxl.load_workbook(out)
    m = wb["県支部別"]
    fukuoka = next(r for r in range(4, 51) if m.cell(r, 2).value == "福岡")
    col = 2 + 3 * 10 + 3  # 交通災害共済 到達率 (1-based)
    assert values[m.cell(fukuoka, col).coordinate] == pytest.approx(2.3555, abs=1e-12)


def test_cli_contracts(tmp_path):
    from click.testing import CliRunner

    from workbook_tools.cli import app

    res = CliRunner().invoke(app, ["contracts", "recompute", str(EXAMPLE), "-o", str(tmp_path / "o.xlsx"),
                                   "--json", str(tmp_path / "o.json")])
    assert res.exit_code == 0, res.output
    assert "交通災害共済" in res.output and (tmp_path / "o.json").exists()
