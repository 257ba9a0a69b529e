"""Reading HQ's layout with its quirks, and writing the recomputed grid."""
import json
import shutil
from pathlib import Path

import openpyxl
import pytest

from conftest import ROOT
from workbook_tools.app import grid as job
from workbook_tools.core.calendar import FiscalCalendar, YearMonth
from workbook_tools.errors import InputError
from workbook_tools.samples.examples import GRID_EXAMPLE_CUTOFF, synthetic_unions

EXAMPLES = ROOT / "workbook_tools" / "examples" / "grid"


@pytest.mark.parametrize("start", [6, 5])
def test_example_grid_read_finds_every_union(start):
    expected = synthetic_unions(110)  # the generator of the bundled examples
    path = EXAMPLES / f"加入拡大モデル単組_{start}月開始.xlsx"
    inp, _ = job.load_grid(path)
    assert inp.start_month == start and inp.cutoff == GRID_EXAMPLE_CUTOFF and inp.fiscal_year == 2024
    assert [(u.pref_code, u.union_code, u.name) for u in inp.rows] == \
        [(u.pref_code, u.union_code, u.name) for u in expected]
    assert len({u.pref_code for u in inp.rows if u.pref_code != "60"}) >= 40
    months = set(FiscalCalendar(start).months(2022) + FiscalCalendar(start).months(2023)
                 + FiscalCalendar(start).months_through(2024, 2))
    for got, want in zip(inp.rows, expected):
        assert got.members == want.members and got.target == want.target
        assert got.monthly == {ym: v for ym, v in want.monthly.items() if ym in months}


def test_example_checks_find_the_mistyped_year_total():
    j = job.recompute(EXAMPLES / "加入拡大モデル単組_6月開始.xlsx")
    typed = [p for p in j.problems if p.code == "typed_total_mismatch"]
    assert len(typed) == 1 and typed[0].cell.startswith("J") and typed[0].sheet == "6月開始"


def _months(first: tuple[int, int], last: tuple[int, int]) -> list[YearMonth]:
    y, m = first
    out = []
    while (y, m) <= last:
        out.append(YearMonth(y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def test_may_view_of_june_data_against_an_independent_sum():
    """Expected summary summed straight from the generator's data (not from core.grid): the May-start view
    of FY2024 through 2025-02 counts 2024-05 … 2025-02; 社保労連 (60) is left out; 達成 = target > 0 and
    count ≥ target; the rate is half away from zero to 0.1 % with Decimal."""
    from decimal import ROUND_HALF_UP, Decimal

    months = _months((2024, 5), (2025, 2))
    main = [u for u in synthetic_unions(110) if u.pref_code != "60"]
    counts = [sum(u.monthly.get(ym) or 0 for ym in months) for u in main]
    target = sum(u.target or 0 for u in main)
    achievers = sum(1 for u, c in zip(main, counts) if u.target and u.target > 0 and c >= u.target)
    rate_text = f"{(Decimal(sum(counts)) * 100 / Decimal(target)).quantize(Decimal('0.1'), ROUND_HALF_UP)}%"
    j = job.recompute(EXAMPLES / "加入拡大モデル単組_6月開始.xlsx", start_month=5)
    s = j.result.summary
    assert (s.unions, s.target, s.actual, s.achievers) == (len(main), target, sum(counts), achievers)
    assert j.result.spec.rule.text(s.rate) == rate_text
    june = job.recompute(EXAMPLES / "加入拡大モデル単組_6月開始.xlsx").result.summary.actual
    assert june == sum(sum(u.monthly.get(ym) or 0 for ym in _months((2024, 6), (2025, 2))) for u in main)
    assert s.actual > june


def _quirky(path: Path, *, drop: str | None = None):
    """A small sheet built the way people leave them: merged 県 cells, header
    line breaks and spaces, numbers as text, full-width digits."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "集計"
    ws["A1"] = "2024年度加入拡大モデル単組"
    heads = ["自治労\n県コード", "県 名", "単組コード", "加入拡大モデル単組", "組合\n員数", "団生\n保有", "加入率", "発効",
             "2022年\n度実績", "2023年\n度実績"]
    months = [6, 7, 8, 9, 10, 11, 12, 1, 2, 3, 4, 5]
    for y in (2022, 2023):
        heads += [f"{m}月" for m in months] + ["2月累計"]
    heads += [f"{m}月" for m in months] + ["累積\n件数", "目標 件数", "前年比", "達成率", "残件数", "県名"]
    if drop:
        heads = ["" if h.replace("\n", "").replace(" ", "") == drop else h for h in heads]
    for c, h in enumerate(heads, start=1):
        ws.cell(row=4, column=c, value=h)
    ws.cell(row=3, column=11, value="2022年度")
    ws.merge_cells(start_row=3, start_column=11, end_row=3, end_column=23)
    ws.cell(row=3, column=30, value="2023 年度")  # over the middle of its block
    ws.cell(row=3, column=37, value="2024年度")
    ws.merge_cells(start_row=3, start_column=37, end_row=3, end_column=48)
    rows = [
        ["04", "岩手", "001", "サンプル県職員労働組合", "1,677", "１１５０"],
        [None, None, 13, "サンプル市職員労働組合", 214, 160],
        ["3", "青森県", "046", "サンプル町職員組合", 82, 40],
    ]
    for i, r in enumerate(rows):
        for c, v in enumerate(r, start=1):
            if v is not None:
                ws.cell(row=5 + i, column=c, value=v)
    ws.merge_cells("A5:A6")
    ws.merge_cells("B5:B6")
    # FY2024 months: 6月 = col 37 … ; put 3 in 6月, "２" in 7月, 5 in 2月 (col 45), 9 in 3月 (after cutoff)
    ws.cell(row=5, column=37, value=3)
    ws.cell(row=5, column=38, value="２")
    ws.cell(row=5, column=45, value=5)
    ws.cell(row=5, column=46, value=9)
    ws.cell(row=5, column=11 + 13, value=4)  # FY2023 6月
    ws.cell(row=5, column=50, value=20)  # 目標
    ws.cell(row=6, column=50, value=10)
    ws.cell(row=6, column=40, value=-1)
    ws.cell(row=7, column=50, value=0)
    ws.cell(row=8, column=4, value="合計")
    ws.cell(row=10, column=1, value="※2022年度からは社保労連においても単組目標を設定（全国集計には含まない）")
    for c, v in enumerate(["60", "社保労連", "001", "サンプル機構職員労働組合", 6003, 2000], start=1):
        ws.cell(row=11, column=c, value=v)
    ws.cell(row=11, column=50, value=50)
    ws.cell(row=11, column=37, value=60)
    wb.save(path)
    return path


def test_quirky_layout(tmp_path):
    path = _quirky(tmp_path / "癖のある表.xlsx")
    before = path.read_bytes()
    j = job.recompute(path)
    assert path.read_bytes() == before  # input never modified
    inp = j.input
    assert [u.pref_code for u in inp.rows] == ["04", "04", "03", "60"]
    assert [u.union_code for u in inp.rows] == ["001", "013", "046", "001"]
    a = inp.rows[0]
    assert a.members == 1677 and a.policies == 1150
    assert a.monthly[YearMonth(2024, 6)] == 3 and a.monthly[YearMonth(2024, 7)] == 2
    assert a.monthly[YearMonth(2023, 6)] == 4
    x = j.result.results[0]
    assert x.cumulative == 10 and x.yoy == 6 and x.remaining == 10
    s = j.result.summary
    assert (s.unions, s.target, s.actual, s.achievers) == (3, 30, 9, 0)  # 社保労連 excluded, -1 counted
    codes = {p.code for p in j.problems}
    assert {"after_cutoff", "negative"} <= codes
    after = [p for p in j.problems if p.code == "after_cutoff"][0]
    assert after.sheet == "集計" and "5行目" in after.cell


def test_flags_override_detection(tmp_path):
    path = _quirky(tmp_path / "q.xlsx")
    j = job.recompute(path, cutoff=YearMonth(2025, 3))
    assert j.result.spec.cutoff == YearMonth(2025, 3) and j.result.results[0].cumulative == 19


def test_missing_header_is_a_japanese_error_naming_sheet_and_cell(tmp_path):
    path = _quirky(tmp_path / "q.xlsx", drop="目標件数")
    with pytest.raises(InputError) as e:
        job.recompute(path)
    assert "目標件数" in e.value.message and e.value.sheet == "集計" and e.value.cell.startswith("A4:")


def test_written_grid_layout_and_json(tmp_path):
    j = job.recompute(EXAMPLES / "加入拡大モデル単組_6月開始.xlsx")
    out = job.write_grid_workbook(j, tmp_path / "出力" / "結果.xlsx")
    job.write_json(j, tmp_path / "s.json")
    wb = openpyxl.load_workbook(out)
    ws = wb.worksheets[0]
    assert ws.title == "2024年度_6月開始" and wb.sheetnames[1] == "チェック"
    assert ws.freeze_panes == "E7" and ws.auto_filter.ref.startswith("A6:")
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.paperSize == 9
    assert ws.print_title_rows == "$5:$6"
    assert ws["E2"].value == "取組単組" and ws["E3"].value.startswith("=COUNTA(") and ws["I2"].value == "目標達成単組"
    assert "I2:J2" in {str(m) for m in ws.merged_cells.ranges}  # the box's last heading over two narrow columns
    # the title: year and name within the identity columns A:D (printed on every page), the period beside them
    assert ws["A1"].value == "2024年度（6月開始）\n加入拡大モデル単組の取り組み状況" and "A1:D1" in {str(m) for m in ws.merged_cells.ranges}
    assert ws["E1"].value == "2024年6月～2025年5月（2025年2月速報値）"
    heads = [c.value for c in ws[6]]
    assert heads[:4] == ["自治労県コード", "県名", "単組コード", "加入拡大モデル単組"]
    assert heads[-6:] == ["累積件数", "目標件数", "前年比", "達成率", "残件数", "県名"]
    assert heads.count("2月累計") == 2 and len(heads) == 54
    assert ws.conditional_formatting  # achievers highlighted
    data = json.loads((tmp_path / "s.json").read_text("utf-8"))
    assert data["まとめ"]["取組単組"] == 110 and len(data["単組"]) == 113
    assert data["まとめ"]["到達率表示"].endswith("%")


def test_output_locked_leaves_old_output_and_no_temp(tmp_path, monkeypatch):
    import os

    from workbook_tools.errors import OutputError
    from workbook_tools.io import outputs

    j = job.recompute(EXAMPLES / "加入拡大モデル単組_6月開始.xlsx")
    target = tmp_path / "out.xlsx"
    target.write_bytes(b"old workbook")
    real_replace = os.replace

    def deny(src, dst):  # what Windows does while Excel holds the file open
        if Path(dst) == target:
            raise PermissionError(13, "denied", str(dst))
        real_replace(src, dst)

    monkeypatch.setattr(outputs.os, "replace", deny)
    with pytest.raises(OutputError) as e:
        job.write_grid_workbook(j, target, json_path=tmp_path / "out.json")
    assert "Excel などで開いています" in e.value.message and "閉じてから" in e.value.message
    assert str(target) in str(e.value)
    assert target.read_bytes() == b"old workbook"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.xlsx"]  # no temporary file, no lone JSON


def test_cli_grid(tmp_path):
    from click.testing import CliRunner

    from workbook_tools.cli import app

    src = tmp_path / "入力.xlsx"
    shutil.copy(EXAMPLES / "加入拡大モデル単組_6月開始.xlsx", src)
    res = CliRunner().invoke(app, ["grid", "recompute", str(src), "-o", str(tmp_path / "o.xlsx"),
                                   "--start-month", "5", "--json", str(tmp_path / "o.json")])
    assert res.exit_code == 0, res.output
    assert "5月開始" in res.output and "到達率" in res.output
    bad = CliRunner().invoke(app, ["grid", "recompute", str(tmp_path / "none.xlsx"), "-o", str(tmp_path / "x.xlsx")])
    assert bad.exit_code == 2 and "エラー" in bad.output


def test_a_second_grid_in_the_book_is_said_when_it_cannot_join(tmp_path):
    """A copy of the grid on a second sheet (the same 県本部): read once, the copy said, never passed over unseen;
    the unions are those of the first sheet only."""
    src = ROOT / "workbook_tools" / "examples" / "grid" / "加入拡大モデル単組_6月開始.xlsx"
    wb = openpyxl.load_workbook(src)
    first = wb.worksheets[0]
    copy = wb.copy_worksheet(first)
    copy.title = "先月の写し"
    wb.save(tmp_path / "二枚.xlsx")
    alone = job.load_grid(src)[0]
    inp, read = job.load_grid(tmp_path / "二枚.xlsx")
    assert read == first.title and len(inp.rows) == len(alone.rows)
    said = [p for p in inp.problems if p.code == "other_grid"]
    assert [(p.sheet, p.severity) for p in said] == [("先月の写し", "警告")]
