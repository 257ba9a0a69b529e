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


def _book(path, sheets: dict[str, list[list]], merges: dict[str, list[str]] | None = None):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
        for rng in (merges or {}).get(name, []):
            ws.merge_cells(rng)
    wb.save(path)
    return path


def test_our_own_output_read_back_gives_the_same_figures(tmp_path):
    """Last year's output used as this year's input: the 県支部別 sheet is a cross table (県支部 down the side, each
    product's 目標｜実績｜到達率 across), the 主要共済の実績 sheet repeats the achievers' figures (said once, not
    counted twice), the 全国計 row is no 県支部."""
    first = job.recompute(EXAMPLE)
    out = job.write_workbook(first, tmp_path / "昨年度.xlsx")
    again = job.recompute(out)
    assert [(p.product, p.target, p.actual, str(p.as_of), [b.figures.name for b in p.achievers])
            for p in again.result.products] == \
        [(p.product, p.target, p.actual, str(p.as_of), [b.figures.name for b in p.achievers])
         for p in first.result.products]
    codes = [x.code for x in again.problems]
    assert codes.count("same_figures") == 1 and "unknown_branch" not in codes and "duplicate_branch" not in codes


def test_cross_table_by_hand(tmp_path):
    """県支部 down the side; 団生 merged over 目標｜実績, がん共済 (not one of the 11) over the next two, a month row,
    a 合計 row, a 社保労連 row with figures, a ※ note.  Figures typed by hand: 団生 100+50 / 90+60 = 150 / 150."""
    rows = [
        ["新契約実績（2025年1月末現在）"],
        [],
        ["県支部", "団生", None, "がん共済", None],
        [None, "目標", "実績", "目標", "実績"],
        ["北海道", 100, 90, 5, 1],
        ["東京都", 50, "60件", 3, 3],
        ["社保労連", 7, 7, None, None],
        ["合計", 157, 157, 8, 4],
        ["※東京の実績は速報値"],
    ]
    path = _book(tmp_path / "横並び.xlsx", {"実績": rows}, {"実績": ["B3:C3", "D3:E3"]})
    j = job.recompute(path)
    by = {p.product: p for p in j.result.products}
    life = by["団体生命共済"]
    assert (life.target, life.actual, str(life.as_of)) == (150, 150, "2025-01")
    assert [(b.figures.name, b.figures.target, b.figures.actual) for b in life.branches] == \
        [("北海道", 100, 90), ("東京", 50, 60)]
    assert [b.figures.name for b in life.achievers] == ["東京"]
    assert (by["がん共済"].target, by["がん共済"].actual) == (8, 4)
    problems = {(x.code, x.cell) for x in j.problems}
    assert ("unknown_product", "D3") in problems  # がん共済: kept under its own name, and said
    assert ("unknown_branch", "A7") in problems  # 社保労連 has figures: not a 県支部, not silently dropped
    assert not any(x.code == "unknown_branch" and x.cell in ("A8", "A9") for x in j.problems)  # 合計, the ※ note


def test_targets_and_results_on_two_sheets_turned_round(tmp_path):
    """Products down the side, 県支部 across the top; a sheet named 目標 and one named 実績 make one line per 県支部."""
    path = _book(tmp_path / "転置.xlsx", {
        "目標": [["共済", "青森", "岩手", "計"], ["火災", 10, 20, 30], ["長期", 4, 0, 4]],
        "実績": [["共済名", "時点", "青森県", "岩手県"], ["火災共済", "R6.12", 12, 5], ["長期共済", "2025/1", 1, 2]],
    })
    j = job.recompute(path)
    by = {p.product: p for p in j.result.products}
    fire, long_term = by["火災共済"], by["長期共済"]
    assert [(b.figures.name, b.figures.target, b.figures.actual) for b in fire.branches] == \
        [("青森", 10, 12), ("岩手", 20, 5)]
    assert (str(fire.as_of), str(long_term.as_of)) == ("2024-12", "2025-01")
    assert [b.figures.name for b in fire.achievers] == ["青森"]
    assert [j.result.rule.text(b.rate) for b in long_term.branches] == ["25.00%", ""]  # 岩手: 目標 0, no rate
    assert not [x for x in j.problems if x.code in ("duplicate_branch", "unknown_branch", "no_as_of")]


def test_conflicting_figures_on_two_sheets_are_a_duplicate(tmp_path):
    path = _book(tmp_path / "二重.xlsx", {
        "団生": [["団体生命共済（2025年1月）"], ["県支部", "目標", "実績"], ["秋田", 140, 144], ["山形", 10, 9]],
        "再集計": [["団体生命共済（2025年1月）"], ["県支部", "目標", "実績"], ["秋田", 140, 150], ["山形", 10, 9]],
    })
    j = job.recompute(path)
    life = j.result.products[0]
    assert [(b.figures.name, b.figures.actual) for b in life.branches] == [("秋田", 150), ("山形", 9)]
    dup = [x for x in j.problems if x.code == "duplicate_branch"]
    assert len(dup) == 1 and dup[0].sheet == "再集計" and dup[0].cell == "A3" and "団生!A3" in dup[0].message
    assert [x.code for x in j.problems].count("same_figures") == 0  # one figure differs: not "the same sheet again"


def test_figures_with_no_product_anywhere_are_reported_not_dropped(tmp_path):
    path = _book(tmp_path / "無題.xlsx", {"Sheet1": [["県支部", "目標", "実績"], ["秋田", 1, 2], ["山形", 3, 4]]})
    with pytest.raises(Exception) as err:
        job.recompute(path)
    assert "見つかりません" in str(err.value)


def test_a_product_with_no_results_column_is_said_not_zero_in_silence(tmp_path):
    """目標｜当月実績 only (this month's figures are not the year's 実績): the product's 実績 is not read as zeros
    without a word."""
    path = _book(tmp_path / "当月.xlsx", {"火災（2025年1月）": [["県支部", "目標", "当月実績"], ["秋田", 10, 2], ["山形", 5, 1]]})
    j = job.recompute(path)
    fire = j.result.products[0]
    assert fire.product == "火災共済" and [b.figures.actual for b in fire.branches] == [None, None]
    said = [x for x in j.problems if x.code == "no_actual" and "火災共済" in x.message]
    assert len(said) == 1 and said[0].sheet == "火災（2025年1月）" and said[0].cell == "A2"


def test_one_sheet_per_branch(tmp_path):
    """Sheets named by their 県本部, products down the side; a product not among the 11 is kept under its name."""
    path = _book(tmp_path / "県本部別.xlsx", {
        "奈良": [["自治労奈良県本部 新契約実績"], [], ["共済", "集計時点", "年間目標", "実績（累計）"],
                 ["団生", "2025年1月", 100, 120], ["がん共済", "2025年1月", 8, 2]],
        "京都": [["京都府本部"], [], ["共済", "集計時点", "年間目標", "実績（累計）"], ["団体生命共済", "2025年1月", 50, 10]],
    })
    j = job.recompute(path)
    by = {p.product: p for p in j.result.products}
    assert [(b.figures.name, b.figures.target, b.figures.actual) for b in by["団体生命共済"].branches] == \
        [("京都", 50, 10), ("奈良", 100, 120)]  # 京都 26, 奈良 28
    assert (by["がん共済"].target, by["がん共済"].actual, str(by["がん共済"].as_of)) == (8, 2, "2025-01")


def test_a_products_note_is_printed_whole_within_its_block(tmp_path):
    """HQ's transfer note under a product over 1000% is longer than the block's first column: it is merged across
    the block's four columns and wraps (printed, it was cut at the margin)."""
    figs = [{"product": "交通災害共済", "branch": "佐賀", "target": 18, "actual": 990}]
    out = job.write_workbook(job.recompute(_input(tmp_path, figs)), tmp_path / "o.xlsx")
    ws = openpyxl.load_workbook(out)["主要共済の実績"]
    cell = next(c for row in ws.iter_rows() for c in row if c.value == TRANSFER_NOTE)
    merged = next(m for m in ws.merged_cells.ranges if cell.coordinate in m)
    assert (merged.min_col, merged.max_col) == (1, 4) and cell.alignment.wrap_text
    assert ws.row_dimensions[cell.row].height and ws.row_dimensions[cell.row].height > 15


@pytest.mark.parametrize("heading, expected", [  # by hand, from the headings the form and HQ's sheets print
    ("団体生命共済", ("団体生命共済", None)),
    ("団生目標", ("団体生命共済", "target")),
    ("火災（実績）", ("火災共済", "actual")),
    ("実績 火災", ("火災共済", "actual")),
    ("(1) 団体生命共済 (2025年1月)", ("団体生命共済", None)),
    ("住まいる（火災）", ("火災共済", None)),
    ("団体生命共済 到達率(%)", ("団体生命共済", "rate")),
    ("目標", (None, None)),
    ("秋田", (None, None)),
    ("12345", (None, None)),
    ("", (None, None)),
    (12.5, (None, None)),
])
def test_a_heading_names_its_product_and_measure(heading, expected):
    assert form.product_of(heading) == expected


def test_a_long_text_is_never_a_heading_or_a_branch():
    """A note or a pasted text (over 100 characters) is not a product's heading even when it names one, and a cell
    longer than any 県支部's name is not a 県支部: a sheet of 57,000 long texts took 8 s to be told apart."""
    from workbook_tools.io.contracts_reader import _branch

    note = "※団体生命共済の目標は" + "前年度の実績をもとに各県支部で定めたものです。" * 5
    assert len(note) > form.HEADING_MAX and form.product_of(note) == (None, None)
    assert form.product_of(note[:form.HEADING_MAX]) != (None, None)  # (as long as a heading may be: looked at)
    assert _branch("秋田") is not None and _branch("自治労秋田県本部") is not None
    assert _branch("秋田" + "　" * 40) is None
