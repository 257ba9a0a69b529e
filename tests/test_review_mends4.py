"""Mends after a fifth helper review (of the fourth round's mends and the reader rules added since): each book below
was read wrong (a silent wrong figure, a product lost, a union dropped or counted twice) and is read right now; every
expected value is worked out by hand from the cells typed here."""
from __future__ import annotations

from pathlib import Path

import openpyxl

from workbook_tools.io.contracts_reader import read_contracts

PREFS = ["北海道", "青森", "岩手", "宮城", "秋田"]


def _book(path: Path, sheets: list[tuple[str, dict]]) -> Path:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, cells in sheets:
        ws = wb.create_sheet(title)
        for ref, value in cells.items():
            if value is not None:
                ws[ref] = value
    wb.save(path)
    return path


def _table(title: str, heads: tuple[str, str], targets: int, actuals: int | None, *, product: str = "団体生命共済",
           extra: dict | None = None) -> dict:
    """title / product / 県支部｜heads for five 県支部: targets, targets+1, …; 実績 likewise (None: blank)."""
    cells = {"A1": title, "B2": product, "A3": "県支部", "B3": heads[0], "C3": heads[1]}
    for i, name in enumerate(PREFS):
        cells[f"A{4 + i}"], cells[f"B{4 + i}"] = name, targets + i
        cells[f"C{4 + i}"] = actuals + i if actuals is not None else None
    cells.update(extra or {})
    return cells


def _figures(products, name: str = "団体生命共済") -> list[tuple[str, int | None, int | None]]:
    p = next(p for p in products if p.product == name)
    return [(b.name, b.target, b.actual) for b in p.branches]


# ------------------------------------------------------------------------------------------------ Report B

def test_next_years_sheet_made_ready_is_passed_over_when_its_headings_name_its_year(tmp_path):
    """「令和8年度」 filled and 「令和9年度」 made ready (targets only), each heading naming its own year
    「目標（令和N年度）｜実績（令和N年度）」: this year's figures are R8's, 北海道 100 / 50 (they were R9's 110 and no 実績
    for every 県支部: a 実績 heading naming the sheet's own year counted as no 実績 heading)."""
    r8 = _table("令和8年度 新契約件数（2026年11月末現在）", ("目標（令和8年度）", "実績（令和8年度）"), 100, 50)
    r9 = _table("令和9年度 新契約件数", ("目標（令和9年度）", "実績（令和9年度）"), 110, None)
    products, problems = read_contracts(_book(tmp_path / "翌年度準備.xlsx", [("令和8年度", r8), ("令和9年度", r9)]))
    assert _figures(products)[:2] == [("北海道", 100, 50), ("青森", 101, 51)]
    assert [p.sheet for p in problems if p.code == "other_year_sheet"] == ["令和9年度"]


def test_next_years_sheet_with_last_years_results_as_its_base_is_passed_over(tmp_path):
    """Next year's sheet made ready with 「目標｜前年度実績」 (last year's results typed as the base of the new targets):
    R8's sheet is read, 北海道 100 / 50 (R9's 110 and no 実績 were read: 「前年度実績」 was passed over as a
    reference and the sheet counted as having nothing to judge by)."""
    r8 = _table("令和8年度 新契約件数（2026年11月末現在）", ("目標", "実績"), 100, 50)
    r9 = _table("令和9年度 新契約件数", ("目標", "前年度実績"), 110, 50)
    products, _ = read_contracts(_book(tmp_path / "前年度実績.xlsx", [("令和8年度", r8), ("令和9年度", r9)]))
    assert _figures(products)[0] == ("北海道", 100, 50)


def test_a_breakdown_sheet_of_parts_never_replaces_the_branches_own_rows(tmp_path):
    """Sheet 「実績」 with every 県支部's own row, sheet 「政令市内訳」 with 「宮城（うち仙台市）」 40 / 20: 宮城 stays 103 / 53,
    the part said (the part replaced the own row when on another sheet: the national totals went wrong)."""
    own = _table("令和8年度 新契約件数（2026年11月末現在）", ("目標", "実績"), 100, 50)
    parts = {"A1": "令和8年度 政令市内訳（2026年11月末現在）", "A3": "県支部", "B3": "団体生命共済（目標）",
             "C3": "団体生命共済（実績）"}
    for i, (name, t, a) in enumerate((("北海道（うち札幌市）", 60, 30), ("宮城（うち仙台市）", 40, 20),
                                      ("秋田（うち秋田市）", 20, 10))):
        parts[f"A{4 + i}"], parts[f"B{4 + i}"], parts[f"C{4 + i}"] = name, t, a
    products, problems = read_contracts(_book(tmp_path / "内訳.xlsx", [("実績", own), ("政令市内訳", parts)]))
    assert ("宮城", 103, 53) in _figures(products)
    assert any(p.code == "branch_part" and p.sheet == "政令市内訳" for p in problems)


def test_a_note_naming_last_year_without_a_mark_is_no_sheet_title(tmp_path):
    """Under 「火災共済 新契約件数（2026年11月末現在）」 the note 「（目標は令和7年度実績の105％で設定）」 or 「目標：令和7年度実績
    ×105％」 (no ※): the sheet is this year's, 火災共済 read (the whole product was left out as last year's sheet)."""
    for i, note in enumerate(("（目標は令和7年度実績の105％で設定）", "目標：令和7年度実績×105％")):
        first = _table("令和8年度 新契約件数（2026年11月末現在）", ("目標", "実績"), 100, 50)
        second = _table("火災共済 新契約件数（2026年11月末現在）", ("目標", "実績"), 10, 5, product="火災共済",
                        extra={"A2": note})
        products, problems = read_contracts(_book(tmp_path / f"注記{i}.xlsx", [("団体生命", first), ("火災", second)]))
        assert {p.product for p in products} == {"団体生命共済", "火災共済"}, note
        assert _figures(products, "火災共済")[0] == ("北海道", 10, 5)
        assert "other_year_sheet" not in {p.code for p in problems}


def test_a_footer_of_the_month_end_gives_the_month(tmp_path):
    """「以上（令和8年11月末現在）」 / 「※2026年11月末現在」 under the table, in a file named for October: 2026-11 (末 was
    not among a footer date's words, so the file name's month won)."""
    for i, footer in enumerate(("以上（令和8年11月末現在）", "※2026年11月末現在", "以上（令和8年11月末日現在）")):
        cells = _table("令和8年度 新契約件数", ("目標", "実績"), 100, 50, extra={"A10": footer})
        d = tmp_path / str(i)
        d.mkdir()
        products, _ = read_contracts(_book(d / "新契約件数_2026年10月末.xlsx", [("実績", cells)]))
        assert str(products[0].as_of) == "2026-11", footer


def test_a_date_typed_in_cells_is_no_span_of_months(tmp_path):
    """A 県本部's sheet 「42福岡」 (products down: 共済名｜年間目標｜累計実績) with 「基準日｜11｜月｜30｜日」 above it, in a
    file named for October: 2026-11 (the day's 30 was taken for the end of a span of months and the line passed
    over); 「集計期間｜6｜月｜11｜月末」 is a span, no 時点 (the file name's month then)."""
    for i, (row, want) in enumerate(((("基準日", 11, "月", 30, "日"), "2026-11"),
                                     (("基準日", 11, "月", 30, "日現在"), "2026-11"),
                                     (("集計期間", 6, "月", 11, "月末"), "2026-10"))):
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "42福岡"
        for values in (["令和8年度　新契約件数報告"], [], list(row), [], ["共済名", "年間目標", "累計実績"],
                       ["団体生命共済", 480, 455], ["自賠責共済", 600, 330]):
            ws.append(values)
        d = tmp_path / str(i)
        d.mkdir()
        wb.save(d / "新契約件数_2026年10月末.xlsx")
        products, _ = read_contracts(d / "新契約件数_2026年10月末.xlsx")
        assert [str(p.as_of) for p in products] == [want, want], row


# ------------------------------------------------------------------------------------------------ Report A

MONTHS = [6, 7, 8, 9, 10, 11, 12, 1, 2, 3, 4, 5]
GRID = Path(__file__).resolve().parents[1] / "workbook_tools" / "examples" / "grid" / "加入拡大モデル単組_6月開始.xlsx"


def _grid(path: Path, rows: list[tuple], *, members: bool = False) -> Path:
    """A 県本部's grid of 2022–2024 (June start), cut off 2025-02: rows (県コード, 県名, 単組コード, 単組名, [組合員数,]
    目標, {year: {month: count}})."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "2024年度"
    ws["A1"] = "2024年度　加入拡大モデル単組　2025年2月末現在"
    heads = ["県コード", "県名", "単組コード", "単組名"] + (["組合員数"] if members else []) + ["目標件数"]
    for y in (2022, 2023, 2024):
        ws.cell(3, len(heads) + 1, f"{y}年度")
        heads += [f"{m}月" for m in MONTHS]
    for c, h in enumerate(heads, 1):
        ws.cell(4, c, h)
    for r, row in enumerate(rows, 5):
        *ident, counts = row
        values = list(ident)
        for y in (2022, 2023, 2024):
            values += [counts.get(y, {}).get(m) for m in MONTHS]
        for c, v in enumerate(values, 1):
            ws.cell(r, c, v)
    wb.save(path)
    return path


def test_a_total_row_with_the_count_of_its_unions_is_no_union(tmp_path):
    """Three unions (目標 10 / 5 / 10; counts 2+1+3, 1, 2) and the row 「合計　3組合」 (or 「北海道計　3組合」) with 25
    and the sums: 取組単組 3, 目標 25, 実績 9 (the row was counted as a fourth union: 4 / 50 / 18, nothing said)."""
    from workbook_tools.app import grid as job

    for label in ("合計　3組合", "北海道計　3組合", "合計（3組合）"):
        rows = [("01", "北海道", "001", "見本一市職員組合", 10, {2024: {6: 2, 7: 1, 8: 3}}),
                ("01", "北海道", "002", "見本二町職員組合", 5, {2024: {6: 1}}),
                ("01", "北海道", "003", "見本三村職員組合", 10, {2024: {9: 2}}),
                (None, None, None, label, 25, {2024: {6: 3, 7: 1, 8: 3, 9: 2}})]
        s = job.recompute(_grid(tmp_path / f"{label}.xlsx", rows)).result.summary
        assert (s.unions, s.target, s.actual) == (3, 25, 9), label


def test_a_new_union_given_a_copied_code_and_no_figures_stays_a_union(tmp_path):
    """001 見本一市 (10), 002 見本二町 (5), then 002 見本三村 with no target and no count (added late, the code copied):
    three unions, 実績 6 + 1 = 7, the shared code said (the third row was merged away as the second's old name)."""
    from workbook_tools.app import grid as job

    rows = [("01", "北海道", "001", "見本一市職員組合", 820, 10, {2023: {6: 1, 9: 2}, 2024: {6: 2, 7: 1, 8: 3}}),
            ("01", "北海道", "002", "見本二町職員組合", 240, 5, {2023: {7: 1}, 2024: {6: 1}}),
            ("01", "北海道", "002", "見本三村職員組合", 95, None, {})]
    run = job.recompute(_grid(tmp_path / "コード重複.xlsx", rows, members=True))
    assert (run.result.summary.unions, run.result.summary.actual) == (3, 7)
    assert [u.name for u in run.input.rows] == ["見本一市職員組合", "見本二町職員組合", "見本三村職員組合"]
    assert "same_union_code" in {p.code for p in run.problems}


def _next_year_copy(front: bool, typed: bool) -> openpyxl.Workbook:
    """HQ's example as 「2024年度」 and a copy 「2025年度」 (years moved on, this year's months cleared; June 2025 typed
    for two unions when ``typed``), the copy first when ``front``."""
    from openpyxl.utils import column_index_from_string as ci

    wb = openpyxl.load_workbook(GRID)
    ws = wb.worksheets[0]
    ws.title = "2024年度"
    nxt = wb.copy_worksheet(ws)
    nxt.title = "2025年度"
    nxt["A1"] = "2025年度加入拡大モデル単組 過去2年実績（6月開始）"
    nxt["K3"], nxt["AC3"], nxt["AK3"] = "2023年度", "2024年度", "2025年度"
    for r in range(5, nxt.max_row + 1):
        for c in range(ci("AK"), ci("AW") + 1):
            nxt.cell(r, c).value = None
    if typed:
        nxt.cell(5, ci("AK")).value, nxt.cell(7, ci("AK")).value = 3, 2
    if front:
        wb.move_sheet(nxt, offset=-1)
    return wb


def test_a_cutoff_in_last_year_reads_last_years_sheet(tmp_path):
    """「2024年度」 (HQ's example, 実績 2,955 to February) and 「2025年度」 begun after it; --cutoff 2025-02: the 2024
    sheet, 2,955 (the 2025 sheet was read with a cutoff outside its year: 3,169 and false total warnings)."""
    from workbook_tools.app import grid as job
    from workbook_tools.core.calendar import YearMonth

    path = tmp_path / "2025年度開始.xlsx"
    _next_year_copy(front=False, typed=True).save(path)
    run = job.recompute(path, cutoff=YearMonth(2025, 2))
    assert (run.input.sheet, run.result.summary.actual) == ("2024年度", 2955)
    assert "typed_total_mismatch" not in {p.code for p in run.problems if p.sheet == "2025年度"}


def test_next_years_empty_sheet_in_front_is_not_read_for_this_years(tmp_path):
    """The copy 「2025年度」 made ready (no count in its year) moved to the first tab: 2024年度 is read, 2,955, the
    sheet passed over said (the empty grid was read: 実績 0)."""
    from workbook_tools.app import grid as job

    path = tmp_path / "準備中が先頭.xlsx"
    _next_year_copy(front=True, typed=False).save(path)
    run = job.recompute(path)
    assert (run.input.sheet, run.result.summary.actual) == ("2024年度", 2955)
    assert any(p.code == "newer_grid_sheet" and "2025年度" in p.message for p in run.problems)


# ------------------------------------------------------------------------------------------------ Report C

def test_a_box_then_レ_before_an_item_that_begins_in_katakana_is_a_check(tmp_path):
    """A report retyped in one column, 「□」 kept before each item and レ typed after it for a done one: 「□レマニュアルの
    単組への配布」 is done like 「□レ同時加入…」 (the レ was taken for the start of a katakana word: not done)."""
    from workbook_tools.app.consolidate import Task, process_file
    from workbook_tools.forms import report
    from workbook_tools.forms.model import format_year

    done = {("s6", "distribute"), ("s6", "review")}
    lines = [format_year(report.FORM.title, 2026), "県名：和歌山"]
    for s in report.FORM.sections:
        checks = [f for f in s.fields if f.type == "check"]
        if not checks:
            continue
        lines.append(f"{s.number}．{s.resolved_title(2026)}")
        lines += [("□レ" if (s.key, f.key) in done else "□") + format_year(f.label, 2026) for f in checks]
    wb = openpyxl.Workbook()
    for r, line in enumerate(lines, 1):
        wb.active.cell(r, 1, line)
    wb.save(tmp_path / "報告書_和歌山.xlsx")
    rec = process_file(Task(str(tmp_path / "報告書_和歌山.xlsx"), str(tmp_path), "report", 2026))
    got = {k: v.value for k, v in rec.values.items() if k.startswith("s6.")}
    assert got.get("s6.distribute") is True and got.get("s6.review") is True, got
    assert got.get("s6.announce") is False, got


# ------------------------------------------------------------------------------------------------ our template misused
# (a sixth independent set, tests/legacy25: the official template filled, then handled as clerks do)

TEMPLATES = Path(__file__).resolve().parents[1] / "templates"


def _survey_template() -> openpyxl.Workbook:
    return openpyxl.load_workbook(next(TEMPLATES.glob("D_*.xlsx")))


def _named(wb, name: str) -> tuple[str, str]:
    """(sheet, first cell) a workbook-level name of the template points at."""
    sheet, ref = wb.defined_names[name].attr_text.rsplit("!", 1)
    return sheet.strip("'"), ref.replace("$", "").split(":")[0]


def _fill(ws, wb, values: dict[str, object]) -> None:
    for name, value in values.items():
        ws[_named(wb, name)[1]] = value


def _consolidate_one(path: Path, kind: str = "survey"):
    from workbook_tools.app.consolidate import Task, process_file

    return process_file(Task(str(path), str(path.parent), kind, 2026))


def test_a_copied_sheet_of_the_template_is_another_union_not_the_answers(tmp_path):
    """「アンケート」 filled for 試験市職員労働組合 and Excel's copy 「アンケート (2)」 (Ctrl+drag: every name copied, scoped
    to the copy) filled for 架空町職員組合: the first sheet is read (830 members), the copy said with the union it names
    (the copy's scoped names had won: every value the other union's, unsaid, the first sheet's answers left as
    「想定外の場所」)."""
    from openpyxl.workbook.defined_name import DefinedName

    wb = _survey_template()
    ws = wb["アンケート"]
    ws.protection.sheet = False
    first = {"survey_h_union": "試験市職員労働組合", "survey_h_writer": "見本 一郎", "survey_org_members_j": 830,
             "survey_org_regular": 1200, "survey_org_nonregular": 300, "survey_intake_hired": 40}
    _fill(ws, wb, first)
    copy = wb.copy_worksheet(ws)
    copy.title = "アンケート (2)"
    for name, dn in list(wb.defined_names.items()):
        sheet, ref = dn.attr_text.rsplit("!", 1)
        if sheet.strip("'") == "アンケート":
            copy.defined_names[name] = DefinedName(name, attr_text=f"'アンケート (2)'!{ref}")
    _fill(copy, wb, {"survey_h_union": "架空町職員組合", "survey_h_writer": "例示 花子", "survey_org_members_j": 145,
                     "survey_org_regular": 200, "survey_org_nonregular": 60, "survey_intake_hired": 8})
    path = tmp_path / "三重県本部_アンケート.xlsx"
    wb.save(path)
    rec = _consolidate_one(path)
    assert rec.values["h.union"].value == "試験市職員労働組合"
    assert rec.values["org.members_j"].value == 830 and rec.values["intake.hired"].value == 40
    said = [p for p in rec.problems if p.code == "other_sender_sheet"]
    assert said and said[0].sheet == "アンケート (2)" and "架空町職員組合" in said[0].message
    assert not [e for e in rec.extras if e[0] == "アンケート"], rec.extras[:5]


def test_a_template_whose_names_were_cut_over_is_read_by_its_labels(tmp_path):
    """The 自治労 figures typed in the 競合 column, then cut and pasted into the 自治労 column: Excel sends the names
    of the 自治労 cells to 「#REF!」 and moves the 競合 names onto them; the 競合 figures then typed again.  Read by
    the labels: 自治労 1480 / 競合 260, said (the names gave 競合 = 1480 and no 自治労, unsaid)."""
    wb = _survey_template()
    ws = wb["アンケート"]
    ws.protection.sheet = False
    _fill(ws, wb, {"survey_h_union": "見本市職員労働組合", "survey_h_writer": "見本 恭子"})
    j_sheet, j_cell = _named(wb, "survey_org_members_j")
    r_sheet, r_cell = _named(wb, "survey_org_members_r")
    ws[j_cell], ws[r_cell] = 1480, 260
    for field in ("members", "rate", "nonmembers"):  # what the cut / paste did to the names
        wb.defined_names[f"survey_org_{field}_r"].attr_text = wb.defined_names[f"survey_org_{field}_j"].attr_text
        wb.defined_names[f"survey_org_{field}_j"].attr_text = "#REF!"
    path = tmp_path / "福井県本部_アンケート.xlsx"
    wb.save(path)
    rec = _consolidate_one(path)
    assert rec.values["org.members_j"].value == 1480 and rec.values["org.members_r"].value == 260
    said = [p for p in rec.problems if p.code == "broken_names"]
    assert said and "#REF!" in said[0].message and "組織人員数" in said[0].message
