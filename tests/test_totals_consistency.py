"""Totals that say what they include (Report D): rows failing the intake check (hires ≠ joined +
joined elsewhere + not joined) are listed, left out of the first table, its rate and the chart, and
counted in a second table 全回答; --include-inconsistent swaps the two.

Expected sums are computed here from the 一覧 sheet's own cells (what a person would add up by
hand), and LibreOffice recalculates every formula of 集計."""
from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

import lo
from workbook_tools.app import consolidate as job

ROOT = Path(__file__).resolve().parent.parent
YEAR = 2024
ROSTER = ROOT / "workbook_tools" / "examples" / "アンケート提出予定名簿.xlsx"


@pytest.fixture(scope="module")
def batch():
    return job.consolidate("survey", ROOT / "workbook_tools" / "examples" / "surveys", year=YEAR, roster=ROSTER, isolate=False)


def _listing(wb) -> list[dict]:
    ws = wb["一覧"]
    heads = [c.value for c in ws[2]]
    top = [c.value for c in ws[1]]
    names = [h or t for h, t in zip(heads, top)]
    return [dict(zip(names, (c.value for c in row))) for row in ws.iter_rows(min_row=3) if row[0].value]


def _table(ws, heading: str) -> dict[str, list]:
    """{県本部: row values} of the table under ``heading`` on 集計 (cached values)."""
    rows = list(ws.iter_rows(values_only=True))
    start = next(i for i, r in enumerate(rows) if r[0] == heading)
    heads = rows[start + 1]
    out = {}
    for r in rows[start + 2:]:
        out[r[0]] = dict(zip(heads, r))
        if r[0] == "合計":
            break
    return out


def _hired_key(table) -> str:
    return next(k for k in table["合計"] if k and "採用" in k)


def test_inconsistent_rows_are_left_out_by_default(batch, tmp_path):
    out, _ = job.write_workbook(batch, tmp_path / "d.xlsx")
    wb = openpyxl.load_workbook(out, data_only=True)
    listing = _listing(wb)
    used = [r for r in listing if r["集計対象"] == "○"]
    bad = [r for r in used if r["整合"] == "×"]
    assert 1 <= len(bad) < len(used)  # the examples hold a few inconsistent answers
    ws = wb["集計"]
    only, every = _table(ws, "整合する回答のみ"), _table(ws, "全回答（整合しない回答を含む）")
    hired = _hired_key(only)
    col = next(k for k in listing[0] if k and "採用" in k)
    assert only["合計"]["回答単組数"] == len(used) - len(bad)
    assert every["合計"]["回答単組数"] == len(used)
    assert only["合計"][hired] == sum(r[col] or 0 for r in used if r["整合"] == "○")
    assert every["合計"][hired] == sum(r[col] or 0 for r in used)
    # the excluded rows are listed with their reason
    texts = [c for row in ws.iter_rows(values_only=True) for c in row if isinstance(c, str)]
    assert any(t.startswith("整合しない回答（合計・率・グラフから除外）") for t in texts)
    for r in bad:
        assert r["ファイル"] in texts
    # the chart is drawn from the first table
    chart_xml = openpyxl.reader.excel.ZipFile(out).read("xl/charts/chart1.xml").decode()
    assert "整合する回答のみ" in chart_xml
    assert "$A$3:$A$49" in chart_xml


def test_formulas_recalculate_in_libreoffice(batch, tmp_path):
    if lo.soffice() is None:
        pytest.skip("LibreOffice is needed")
    out, _ = job.write_workbook(batch, tmp_path / "d.xlsx")
    assert lo.assert_formulas_match(out, tmp_path) > 300


def test_include_inconsistent_from_the_cli(tmp_path):
    from workbook_tools.cli import app

    out = tmp_path / "all.xlsx"
    res = CliRunner().invoke(app, ["consolidate", "survey", str(ROOT / "workbook_tools" / "examples" / "surveys"), "-o", str(out),
                                   "--year", str(YEAR), "--roster", str(ROSTER), "--jobs", "1",
                                   "--include-inconsistent"])
    assert res.exit_code == 0, res.output
    wb = openpyxl.load_workbook(out, data_only=True)
    ws = wb["集計"]
    assert ws["A1"].value == "全回答（整合しない回答を含む）"
    listing = _listing(wb)
    used = [r for r in listing if r["集計対象"] == "○"]
    assert _table(ws, "全回答（整合しない回答を含む）")["合計"]["回答単組数"] == len(used)
    texts = [c for row in ws.iter_rows(values_only=True) for c in row if isinstance(c, str)]
    assert any(t.startswith("整合しない回答（合計・率・グラフに含めています）") for t in texts)
