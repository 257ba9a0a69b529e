"""Report A grid habits: an Excel table's renamed headings (「5月2」), the 上期 and 下期 tables stacked on one sheet
(「△1」 cancellations), 合併 reference rows 「（旧）…」, a union added below 合計 in a 県本部's own file, a cutoff
typed across cells.  Every expected figure below is worked out by hand from the months typed here (never by the
code under test)."""
from __future__ import annotations

import unicodedata
from pathlib import Path

import openpyxl
from openpyxl.styles import PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.table import Table

from workbook_tools.app import grid as job
from workbook_tools.core.calendar import YearMonth
from workbook_tools.io.grid_reader import _unsuffixed

MAY = [5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3, 4]
JUNE = [6, 7, 8, 9, 10, 11, 12, 1, 2, 3, 4, 5]
RED = PatternFill("solid", fgColor="FFFF0000")


def _by_name(j):
    return {r.name: (r, x) for r, x in zip(j.result.rows, j.result.results)}


# --- 1. Excel table column names 「5月2」「3月累計2」 --------------------------------------------------------------

# (県コード, 県名, 単組コード, 単組名, 目標件数, {fiscal year: {month: count}}, typed 3月累計 (2022, 2023))
KINKI = [
    ("26", "滋賀", "001", "見本一市職員組合", 10,
     {2022: {5: 1, 10: 3, 4: 2}, 2023: {6: 2, 3: 1, 4: 1}, 2024: {5: 1, 12: 2, 3: 3}}, (4, 5)),
    ("27", "京都", "002", "試験二町職員組合", 3,
     {2022: {}, 2023: {7: 1}, 2024: {8: 1, 1: 2}}, (0, 1)),
]


def _renamed_grid(path, *, first_cum: bool = True, table: bool = False):
    """May start.  Row 3: the years over their blocks; row 4: the headings as Excel renames a table's repeated
    column names.  ``first_cum`` False: the 2022 block has no 3月累計 column, so 「3月累計2」 has no plain twin in
    the row; ``table``: an Excel table over rows 4-6 (the heading row is the table's)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "近畿"
    # a legend top right, a red fill meaning 未報告 on a blank month: colours carry no count
    ws["P1"], ws["R1"] = "凡例", "未報告"
    ws["Q1"].fill = RED
    heads = ["県コード", "県名", "単組コード", "単組名", "目標件数"]
    starts = {}
    for y, suffix in ((2022, ""), (2023, "2"), (2024, "3")):
        starts[y] = len(heads) + 1
        ws.cell(3, starts[y], f"{y}年度")
        heads += [f"{m}月{suffix}" for m in MAY]
        if y < 2024 and (y > 2022 or first_cum):
            heads.append(f"3月累計{suffix}")
    heads.append("累積件数")
    for c, h in enumerate(heads, 1):
        ws.cell(4, c, h)
    for r, (pc, pn, uc, name, target, counts, cums) in enumerate(KINKI, 5):
        for c, v in enumerate([pc, pn, uc, name, target], 1):
            ws.cell(r, c, v)
        for y in (2022, 2023, 2024):
            for k, m in enumerate(MAY):
                if m in counts[y]:
                    ws.cell(r, starts[y] + k, counts[y][m])
            if y == 2022 and first_cum:
                ws.cell(r, starts[y] + 12, cums[0])
            if y == 2023:
                ws.cell(r, starts[y] + 12, cums[1])
    ws.cell(6, starts[2024] + 9, None).fill = RED  # 試験二町 2025年2月: not reported yet (blank)
    if table:
        ws.add_table(Table(displayName="テーブル1", ref=f"A4:{get_column_letter(len(heads))}6"))
    wb.save(path)
    return path


def test_excel_table_suffixes_are_the_headings(tmp_path):
    j = job.recompute(_renamed_grid(tmp_path / "表.xlsx"))
    # the cutoff from 「3月累計」: May start, FY2024 → 2025年3月
    assert (j.input.start_month, j.input.cutoff) == (5, YearMonth(2025, 3))
    got = _by_name(j)
    _, a = got["見本一市職員組合"]
    # 2022: 5月1 + 10月3 → to March 4, + 4月2 → year 6;  2023: 6月2 + 3月1 → 3, + 4月1 → 4
    # 2024: 5月1 + 12月2 + 3月3 = 6;  6 − 3 = 3;  10 − 6 = 4
    assert (a.year_totals, a.cumulative_past, a.cumulative, a.yoy, a.remaining) == \
        ({2022: 6, 2023: 4}, {2022: 4, 2023: 3}, 6, 3, 4)
    _, b = got["試験二町職員組合"]
    # 2022: nothing;  2023: 7月1 → 1, 1;  2024: 8月1 + 1月2 = 3;  3 − 1 = 2;  3 − 3 = 0, reached
    assert (b.year_totals, b.cumulative_past, b.cumulative, b.yoy, b.remaining, b.achieved) == \
        ({2022: 0, 2023: 1}, {2022: 0, 2023: 1}, 3, 2, 0, True)
    # the typed 「3月累計2」 (2023) of 見本一 is 5, the months make 3: checked, so read as 2023's 3月累計
    # (columns: 5 fixed + 12 months + 3月累計 (2022) + 12 months → 「3月累計2」 is the 31st, AE)
    wrong = [(p.cell, p.message) for p in j.problems if p.code == "typed_total_mismatch"]
    assert wrong == [("AE5", "入力された2023年度累計（5）が月別の合計（3）と違います")]
    said = [p for p in j.problems if p.code == "table_heading_suffix"]
    assert len(said) == 1 and "「5月2」" in said[0].message and "25 列" in said[0].message  # 24 months + 3月累計2


def test_a_suffix_without_its_plain_heading_counts_only_in_a_table(tmp_path):
    """「3月累計2」 with no 「3月累計」 in the row: a heading of an Excel table's heading row is Excel's renaming, and is
    the 2023 累計; on a plain range it is nobody's heading (left as a column of notes) and the cutoff is guessed."""
    j = job.recompute(_renamed_grid(tmp_path / "テーブル.xlsx", first_cum=False, table=True))
    assert j.input.cutoff == YearMonth(2025, 3)  # from 「3月累計2」 read as 3月累計
    assert "cutoff_guessed" not in [p.code for p in j.problems]
    # columns: 5 fixed + 12 months (2022) + 12 months (2023) → 「3月累計2」 is the 30th, AD
    assert [p.cell for p in j.problems if p.code == "typed_total_mismatch"] == ["AD5"]
    plain = job.recompute(_renamed_grid(tmp_path / "範囲.xlsx", first_cum=False, table=False))
    assert "cutoff_guessed" in [p.code for p in plain.problems]
    # the last month with data of 2024: 3月 (見本一 3月3) → the same month, guessed
    assert plain.input.cutoff == YearMonth(2025, 3)
    assert [p.cell for p in plain.problems if p.code == "typed_total_mismatch"] == []


def test_unsuffixed_keys():
    keys = ["県名", "5月", "5月2", "3月累計2", "備考2", "目標件数3", "2022年度"]
    assert _unsuffixed(keys, table=False) == \
        (["県名", "5月", "5月", "3月累計2", "備考2", "目標件数3", "2022年度"], [2])
    assert _unsuffixed(keys, table=True) == \
        (["県名", "5月", "5月", "3月累計", "備考2", "目標件数", "2022年度"], [2, 3, 5])


# --- 2. 上期 and 下期 tables stacked on one sheet ------------------------------------------------------------------

FIRST, SECOND = JUNE[:6], JUNE[6:]
# (県コード, 県名, 単組コード, 単組名, 目標件数, {fiscal year: {month: count}}, typed 12月累計 (2022, 2023), typed 累積件数)
CHUBU = [
    ("01", "北海道", "001", "見本一市職員組合", 10,
     {2022: {6: 1, 10: 2, 12: 1, 3: 1}, 2023: {7: 1, 11: 1, 1: 2, 5: 1}, 2024: {6: 2, 9: 1, 12: "△1"}}, (4, 2), 3),
    ("01", "北海道", "002", "見本二町職員組合", 4,
     {2022: {8: 1, 2: 1}, 2023: {12: 1}, 2024: {10: 3, 12: 1}}, (1, 1), 4),
]


def _stacked(path, *, title: str, cum: bool, unions=CHUBU):
    """One sheet: 【上期】 (rows 3-8: years row 4, headings row 5, 合計 row 8) with the targets and 6月～11月 of
    each year; two blank rows; 【下期】 (rows 11-16: years row 12, headings row 13) with 12月～5月 of each year,
    ``cum``: the past years' 「12月累計」 after their months; 累積件数 at the right end."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "中部"
    ws["A1"] = title
    ws["A3"] = "【上期（6月～11月）】"
    heads = ["県コード", "県名", "単組コード", "単組名", "目標件数"]
    up = {}
    for y in (2022, 2023, 2024):
        up[y] = len(heads) + 1
        ws.cell(4, up[y], f"{y}年度")
        heads += [f"{m}月" for m in FIRST]
    for c, h in enumerate(heads, 1):
        ws.cell(5, c, h)
    for r, (pc, pn, uc, name, target, counts, _cums, _typed) in enumerate(unions, 6):
        for c, v in enumerate([pc, pn, uc, name, target], 1):
            ws.cell(r, c, v)
        for y in (2022, 2023, 2024):
            for k, m in enumerate(FIRST):
                if m in counts[y]:
                    ws.cell(r, up[y] + k, counts[y][m])
    ws.cell(8, 1, "合計")
    ws.cell(8, 5, sum(u[4] for u in unions))
    ws["A11"] = "【下期（12月～5月）】"
    heads = ["県コード", "県名", "単組コード", "単組名"]
    low = {}
    for y in (2022, 2023, 2024):
        low[y] = len(heads) + 1
        ws.cell(12, low[y], f"{y}年度")
        heads += [f"{m}月" for m in SECOND] + (["12月累計"] if cum and y < 2024 else [])
    heads.append("累積件数")
    for c, h in enumerate(heads, 1):
        ws.cell(13, c, h)
    for r, (pc, pn, uc, name, _target, counts, cums, typed) in enumerate(unions, 14):
        for c, v in enumerate([pc, pn, uc, name], 1):
            ws.cell(r, c, v)
        for y in (2022, 2023, 2024):
            for k, m in enumerate(SECOND):
                if m in counts[y]:
                    ws.cell(r, low[y] + k, counts[y][m])
            if cum and y < 2024:
                ws.cell(r, low[y] + 6, cums[y - 2022])
        ws.cell(r, len(heads), typed)
    ws.cell(16, 1, "合計")
    ws["A18"] = "※△は解約（取消）による減です。"
    wb.save(path)
    return path


def test_stacked_half_year_tables_are_one_grid(tmp_path):
    j = job.recompute(_stacked(tmp_path / "上期下期.xlsx", title="2024年度　加入拡大モデル単組", cum=True))
    # the cutoff from the lower table's 「12月累計」: 2024年12月
    assert (j.input.start_month, j.input.cutoff) == (6, YearMonth(2024, 12))
    assert [r.name for r in j.result.rows] == ["見本一市職員組合", "見本二町職員組合"]  # the lower rows join them
    got = _by_name(j)
    _, a = got["見本一市職員組合"]
    # 2022: 6月1 + 10月2 + 12月1 → to Dec 4, + 3月1 → year 5;  2023: 7月1 + 11月1 → 2, + 1月2 + 5月1 → 5
    # 2024: 6月2 + 9月1 + 12月「△1」(−1) = 2;  2 − 2 = 0;  10 − 2 = 8
    assert (a.year_totals, a.cumulative_past, a.cumulative, a.yoy, a.remaining) == \
        ({2022: 5, 2023: 5}, {2022: 4, 2023: 2}, 2, 0, 8)
    _, b = got["見本二町職員組合"]
    # 2022: 8月1 → 1, + 2月1 → 2;  2023: 12月1 → 1, 1;  2024: 10月3 + 12月1 = 4;  4 − 1 = 3;  4 − 4 = 0
    assert (b.year_totals, b.cumulative_past, b.cumulative, b.yoy, b.remaining, b.achieved) == \
        ({2022: 2, 2023: 1}, {2022: 1, 2023: 1}, 4, 3, 0, True)
    codes = [p.code for p in j.problems]
    assert codes.count("months_from_sheet") == 1 and "cutoff_guessed" not in codes
    # 「△1」: 4 fixed + (6 months + 12月累計) × 2 → 2024's 12月 is the 19th column, S; row 14
    minus = [p for p in j.problems if p.code == "negative"]
    assert [(p.cell, "△1" in p.message) for p in minus] == [("S14", True)]
    # the typed 累積件数 3 (Excel's SUM left the text 「△1」 out) against the months' 2: said, in the lower table
    # (4 fixed + 7 + 7 + 6 columns → 累積件数 is the 25th, Y)
    assert [p.cell for p in j.problems if p.code == "typed_total_mismatch"] == ["Y14"]


def test_stacked_halves_take_the_cutoff_from_the_title(tmp_path):
    """No 「N月累計」 anywhere; the title says 2025年2月, a month the upper table has no column for (and no union
    has a count in: the last month with data is 1月, so a guess would be 2025年1月)."""
    unions = [CHUBU[0][:5] + ({**CHUBU[0][5], 2024: {6: 2, 9: 1, 12: "△1", 1: 2}},) + CHUBU[0][6:], CHUBU[1]]
    j = job.recompute(_stacked(tmp_path / "上期下期.xlsx", title="2024年度　加入拡大モデル単組　2025年2月末現在",
                               cum=False, unions=unions))
    assert j.input.cutoff == YearMonth(2025, 2)
    assert "cutoff_guessed" not in [p.code for p in j.problems]
    got = _by_name(j)
    _, a = got["見本一市職員組合"]
    # 2022 to Feb: 6月1 + 10月2 + 12月1 = 4;  2023 to Feb: 7月1 + 11月1 + 1月2 = 4;
    # 2024: 6月2 + 9月1 + 12月(−1) + 1月2 = 4;  4 − 4 = 0
    assert (a.cumulative_past, a.cumulative, a.yoy) == ({2022: 4, 2023: 4}, 4, 0)
    _, b = got["見本二町職員組合"]
    # 2022 to Feb: 8月1 + 2月1 = 2 (to Jan it would be 1);  2023: 12月1 → 1;  2024: 4;  4 − 1 = 3
    assert (b.cumulative_past, b.cumulative, b.yoy) == ({2022: 2, 2023: 1}, 4, 3)


# --- 3. 合併 reference rows, a union below 合計, a cutoff across cells ------------------------------------------------

def _kagoshima(path, *, old_target=None):
    """A 県本部's own file (no 県 column; the title names 鹿児島), June start.  Row 2: 「集計月｜2025｜年｜1｜月末現在」;
    years row 4, headings row 5; a merged union (備考 「2024年4月合併」) with its two predecessors' rows
    「（旧）…」 under it (no 単組コード, no 目標件数: ``old_target`` gives the first one a target); 合計; a note; a
    union that joined mid-year below it."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "実績"
    ws["A1"] = "自治労鹿児島県本部　2024年度　加入拡大モデル単組　実績一覧"
    for col, v in zip("ABCDE", ["集計月", 2025, "年", 1, "月末現在"]):
        ws[f"{col}2"] = v
    heads = ["単組コード", "単組名", "目標件数"]
    start = {}
    for y in (2022, 2023, 2024):
        start[y] = len(heads) + 1
        ws.cell(4, start[y], f"{y}年度")
        heads += [f"{m}月" for m in JUNE]
    heads.append("備考")
    for c, h in enumerate(heads, 1):
        ws.cell(5, c, h)
    rows = [
        ("001", "見本一市職員組合", 10, {2022: {6: 1, 2: 1}, 2023: {10: 2, 1: 1}, 2024: {7: 1, 12: 1}}, ""),
        ("015", "見本合市職員労働組合", 6, {2022: {10: 3, 1: 1}, 2023: {11: 2}, 2024: {10: 2}}, "2024年4月合併"),
        (None, "（旧）見本合市職員組合", old_target, {2022: {10: 2, 1: 1}, 2023: {11: 1}, 2024: {}}, "合併前（参考）"),
        (None, "（旧）見本合村職員組合", None, {2022: {10: 1}, 2023: {11: 1}, 2024: {}}, "合併前（参考）"),
        ("合計", None, None, {2022: {}, 2023: {}, 2024: {}}, ""),
        (None, "※下記の単組は2024年10月に新規加盟し、モデル単組に追加しました（上の合計には含めていません）。", None,
         {2022: {}, 2023: {}, 2024: {}}, ""),
        ("051", "試験新町職員組合", 2, {2022: {}, 2023: {}, 2024: {10: 1, 12: 1}}, "2024年10月新規加盟"),
    ]
    for r, (code, name, target, counts, note) in enumerate(rows, 6):
        for c, v in enumerate([code, name, target], 1):
            ws.cell(r, c, v)
        for y in (2022, 2023, 2024):
            for k, m in enumerate(JUNE):
                if m in counts[y]:
                    ws.cell(r, start[y] + k, counts[y][m])
        ws.cell(r, len(heads), note or None)
    wb.save(path)
    return path


def test_merger_reference_rows_and_a_union_below_the_total(tmp_path):
    j = job.recompute(_kagoshima(tmp_path / "鹿児島.xlsx"))
    # 「集計月｜2025｜年｜1｜月末現在」: 2025年1月 (the last month with data is 12月: a guess would say 2024年12月)
    assert j.input.cutoff == YearMonth(2025, 1)
    assert "cutoff_guessed" not in [p.code for p in j.problems]
    # the two （旧） rows are no unions; the union under the note below 合計 is one, of 鹿児島 (48) as the others
    assert [(r.pref_code, r.union_code, r.name) for r in j.result.rows] == [
        ("48", "001", "見本一市職員組合"), ("48", "015", "見本合市職員労働組合"), ("48", "051", "試験新町職員組合")]
    former = [(p.severity, p.cell) for p in j.problems if p.code == "former_union_row"]
    assert former == [("情報", "B8"), ("情報", "B9")]
    assert all("見本合市職員労働組合" in p.message for p in j.problems if p.code == "former_union_row")
    assert "no_target" not in [p.code for p in j.problems]
    got = _by_name(j)
    _, a = got["見本一市職員組合"]
    # 2022: 6月1 → to Jan 1, + 2月1 → 2;  2023: 10月2 + 1月1 → 3, 3;  2024: 7月1 + 12月1 = 2;  2 − 3 = −1
    assert (a.year_totals, a.cumulative_past, a.cumulative, a.yoy) == ({2022: 2, 2023: 3}, {2022: 1, 2023: 3}, 2, -1)
    _, m = got["見本合市職員労働組合"]
    # its own row holds the predecessors' past months: 2022: 10月3 + 1月1 → 4;  2023: 11月2 → 2;  2024: 2;  0
    assert (m.year_totals, m.cumulative_past, m.cumulative, m.yoy) == ({2022: 4, 2023: 2}, {2022: 4, 2023: 2}, 2, 0)
    _, n = got["試験新町職員組合"]
    # 2024: 10月1 + 12月1 = 2 of target 2: reached;  no past months
    assert (n.cumulative, n.remaining, n.achieved) == (2, 0, True)
    # summary: 3 unions, targets 10 + 6 + 2 = 18, results 2 + 2 + 2 = 6
    assert (j.result.summary.unions, j.result.summary.target, j.result.summary.actual) == (3, 18, 6)


def test_a_former_row_with_a_target_is_a_union(tmp_path):
    """A 「（旧）…」 row that has its own 目標件数 is not a reference row: read as a union (with the others)."""
    j = job.recompute(_kagoshima(tmp_path / "鹿児島.xlsx", old_target=3))
    names = [r.name for r in j.result.rows]
    assert names == ["見本一市職員組合", "見本合市職員労働組合", "（旧）見本合市職員組合", "試験新町職員組合"]
    assert [p.cell for p in j.problems if p.code == "former_union_row"] == ["B9"]


def _typed_total(tmp_path, target_total: int, month_total: int | None = None):
    """The example grid with its empty 合計 row typed: the 目標件数 total (and one month's), and the plain sums of the
    input's own cells above the row (worked out here from the cells, not by the tool)."""
    src = Path(job.__file__).resolve().parent.parent / "examples" / "grid" / "加入拡大モデル単組_6月開始.xlsx"
    wb = openpyxl.load_workbook(src)
    ws = wb.worksheets[0]
    total_row = next(c.row for row in ws.iter_rows() for c in row if c.value == "合計")
    heads = {str(c.value).replace("\n", ""): c.column for c in ws[max(r for r in range(1, total_row)
                                                                         if ws.cell(r, 4).value == "加入拡大モデル単組")]}
    target_col = heads["目標件数"]
    first = min(r for r in range(1, total_row) if ws.cell(r, 4).value == "加入拡大モデル単組") + 1
    def count(v) -> int:  # the cell as typed: a number, 「1,677」 / full-width digits as text, or blank
        text = unicodedata.normalize("NFKC", str(v or 0)).replace(",", "").strip()
        return int(float(text)) if text.replace(".", "", 1).isdigit() else 0

    sums = {"target": sum(count(ws.cell(r, target_col).value) for r in range(first, total_row))}
    ws.cell(total_row, target_col, target_total)
    note = next(r for r in range(total_row + 1, ws.max_row + 1) if str(ws.cell(r, 1).value or "").startswith("※社保労連"))
    sector = [r for r in range(note + 1, ws.max_row + 1) if ws.cell(r, 4).value]  # (the unions under the ※ note)
    sums["sector_target"] = sum(count(ws.cell(r, target_col).value) for r in sector)
    out = tmp_path / "合計あり.xlsx"
    wb.save(out)
    return out, sums, f"{get_column_letter(target_col)}{total_row}"


ROW_CODES = ("typed_total_row", "typed_total_with_sector")


def test_a_typed_total_row_that_differs_from_the_unions_is_said(tmp_path):
    """The input's own 合計 row (typed by hand, or a SUM over the wrong rows) is compared with the unions above it."""
    path, sums, cell = _typed_total(tmp_path, 0)
    assert sums["target"] == 4000  # (the example's 目標 in the summary HQ printed)
    path, sums, cell = _typed_total(tmp_path, sums["target"] - 1)
    j = job.recompute(path)
    said = [p for p in j.problems if p.code == "typed_total_row"]
    assert len(said) == 1 and said[0].cell == cell and "目標件数 3,999（単組の合計 4,000）" in said[0].message
    # right: nothing said
    path, sums, _ = _typed_total(tmp_path, 4000)
    assert not [p for p in job.recompute(path).problems if p.code in ROW_CODES]
    # the sum with the 社保労連 unions (HQ's national total leaves them out): said as such, not as wrong
    assert sums["sector_target"] == 130  # 30 + 50 + 50, the three 社保労連 unions' targets
    path, _, cell = _typed_total(tmp_path, 4000 + sums["sector_target"])
    said = [p for p in job.recompute(path).problems if p.code in ROW_CODES]
    assert [(p.code, p.cell) for p in said] == [("typed_total_with_sector", cell)]
