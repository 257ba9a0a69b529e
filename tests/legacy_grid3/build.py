"""Third independent fixture set: 加入拡大モデル単組 grids (Report A) with habits
used by NEITHER tests/legacy_grid NOR tests/legacy_grid2.

All union names are invented; all month counts are literals typed here by hand.
FY2024 (past years 2022 and 2023).  Expected readings are in expected.py
(typed by hand, not produced by the tool).  ``_`` below means a blank cell.

The typed derived cells in the files (年度実績, N月累計, 累積件数, 前年比, 達成率,
残件数, 県計 / 計 / 合計 rows) are what the clerk's Excel would show; build.py
fills them with plain sums of the literal months (``_derived``), the way Excel's
SUM would, unless a habit below says they are stale.  expected.py does not
use them.

Files (writer / sheet / header rows / habits)
---------------------------------------------

01_南関東_6月開始_県別ブロック.xlsx  -- XlsxWriter, sheet 「南関東」, June start,
    cutoff 2025年2月 (row 2 「2025年2月速報値」).
    Habits: TWO prefecture blocks one UNDER the other on the same sheet, each
    with its own block title (「東京都本部」 / 「神奈川県本部」), its own
    year-group row and its own heading row (the second heading row sits in
    the middle of the sheet, rows 13-15), each block closed by a fully summed
    「東京都計」 / 「神奈川県計」 row (label in the 単組名 column, 県コード/県名
    blank), two blank rows between the blocks, and a 「合計」 row under the
    second block; past cutoff totals headed 「2月末累計」.

02_東海_6月開始_県名結合.xlsx  -- openpyxl, sheet 「東海ブロック」, June start,
    cutoff 2025年2月 (title).  Headings on rows 3-4.
    Habits: month headings are BARE NUMBERS (integer cells 6, 7, … 12, 1, … 5)
    under year groups 「2022年度 月別件数」 …; 県コード and 県名 are each ONE
    merged cell spanning the prefecture's unions AND its 「計」 row (岐阜 has a
    single union, so its merge spans that union + 計); the 「計」 row (label
    in the 単組名 column, no 単組コード) is fully summed -- every month,
    累計, 目標, 累積 …; a 「東海ブロック合計」 row at the bottom.

03_近畿_5月開始_記入要領付き.xlsx  -- openpyxl, MAY start, cutoff 2025年1月.
    Sheet 1 「記入要領」: instructions, a table of monthly deadlines (one row
    per month 5月…4月) and a one-row 記入例 with headings 県名/単組名/組合員数/
    5月/6月/7月 (a trap).  Sheet 2 「県本部一覧」: 県コード/県名 list.  The grid
    is on sheet 3 「集計表」 (row 3 year groups merged, row 4 headings).
    Habits: the cutoff is stated ONLY by the past years' heading 「累計（1月）」
    (the title gives year and start month, no cutoff); counts stored as TEXT
    -- with a leading apostrophe (quotePrefix, 「'8」) and with a trailing
    「件」 (「12件」, 「20件」 in 目標件数 and in the typed yearly totals);
    組合員数 of one union typed 「'1020」.

04_北信越_5月開始_令和表題.xlsx  -- openpyxl, sheet 「R6」, MAY start, cutoff
    2025年3月.  Title 「令和６年度 …（５月開始）」, row 2 「令和７年３月末現在」
    (full-width digits, era year only).
    Habits: a summary box typed ABOVE the headings (rows 3-4: 取組単組/目標/
    実績/到達率/目標達成単組) with STALE February values; the year groups
    「R4年度」「R5年度」「R6年度」 merged on row 6, a BLANK row 7, headings on
    row 8; the current year only PARTLY filled (some unions have not reported
    January-March yet; 4月 blank everywhere); NEGATIVE month counts (a
    cancellation typed -1: 2025年2月 of 架空潟市, 2024年2月 of 試験沢市) with
    a note 「※-1 は解約（取消）による減」 -- read as a net count.

05_中国_6月開始_重複行.xlsx  -- openpyxl, sheet 「中国」, June start, cutoff
    2025年2月 (title).  Row 3 year groups merged, row 4 headings.
    Habits: one union's row pasted TWICE (identical, adjacent) -- one union;
    two DIFFERENT unions with the SAME name 「架空中町職員組合」 in 岡山 (33-010)
    and 広島 (34-022) -- two unions; a model union with NO entry at all this
    year (累積 0); the typed 合計 row includes the duplicated row (wrong).

06_九州_6月開始_過去年度折りたたみ.xls  -- openpyxl with formulas, then
    LibreOffice → .xls (BIFF8).  Sheet 「九州ブロック」, June start, cutoff
    2025年1月: 「基準日」 with a real DATE cell 2025-01-31 (shown
    「2025年1月31日」) and past headings 「1月末累計」.
    Habits: the past years' MONTH columns grouped (outline) and COLLAPSED
    (hidden) -- only 「1月末累計」 and 「年度計」 of each past year are visible;
    some current-year month cells are FORMULAS the clerk typed to add up
    reports (「=9+4」, 「=3+2」); 県コード typed as text.
"""
from __future__ import annotations

import datetime as dt
import shutil
import sys
import tempfile
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter as L
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/: the shared LibreOffice helper
import lo  # noqa: E402

_ = None  # a blank cell

JUNE = ["6月", "7月", "8月", "9月", "10月", "11月", "12月", "1月", "2月", "3月", "4月", "5月"]
MAY = ["5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月", "1月", "2月", "3月", "4月"]
WRAP = Alignment(wrap_text=True, horizontal="center", vertical="center")


def _num(v) -> int:
    """What Excel would count for a typed cell (text 「'8」「12件」, formula 「=9+4」)."""
    if v is None:
        return 0
    if isinstance(v, (int, float)):
        return v
    s = str(v).lstrip("'").replace("件", "").strip()
    if s.startswith("="):
        return sum(int(p) for p in s[1:].split("+"))
    return int(s)


def _derived(m22, m23, m24, n: int, tgt):
    """Cells the clerk's sheet would show: (y22, c22, y23, c23, cum, yoy, ach, rem)."""
    y22 = sum(_num(v) for v in m22)
    c22 = sum(_num(v) for v in m22[:n])
    y23 = sum(_num(v) for v in m23)
    c23 = sum(_num(v) for v in m23[:n])
    cum = sum(_num(v) for v in m24[:n])
    t = _num(tgt)
    ach = (cum / t) if t else None
    return y22, c22, y23, c23, cum, cum - c23, ach, t - cum


def _put_row(ws, row: int, col: int, values) -> None:
    for i, v in enumerate(values):
        if v is not None:
            ws.cell(row=row, column=col + i, value=v)


def _group(ws, row: int, start: int, end: int, label: str) -> None:
    ws.cell(row=row, column=start, value=label).alignment = WRAP
    ws.merge_cells(start_row=row, start_column=start, end_row=row, end_column=end)


def _colsum(rows, idx):
    return sum(_num(r[idx]) for r in rows)


# ---------------------------------------------------------------------------
# 01  南関東  (XlsxWriter, June start, two prefecture blocks one under the other)
# ---------------------------------------------------------------------------
# per union: 県コード, 県名, 単組コード, 単組名, 組合員数, 団生保有, 加入率, 発効,
#            months2022[12], months2023[12], months2024[12], 目標件数
F01_BLOCKS = [
    ("東京都本部", "東京都計", [
        ("14", "東京", "012", "架空野市職員労働組合", 1540, 690, 0.448, "10月",
         [1, _, 2, _, 7, 3, 1, _, 2, _, 1, _],
         [_, 2, 1, 1, 8, 2, _, 1, _, 2, _, 1],
         [2, 1, _, 3, 9, 4, _, 2, 1, _, _, _], 30),
        ("14", "東京", "105", "見本森町職員組合", 210, 118, 0.562, "11月",
         [_, _, _, _, _, 2, _, _, _, _, 1, _],
         [_, _, _, _, 1, 3, _, _, _, _, _, _],
         [_, _, _, _, _, 4, 1, _, 1, _, _, _], 5),
        ("14", "東京", "230", "架空台区職員労働組合", 3120, 1250, 0.401, "1月",
         [2, 1, 1, _, 3, 4, 6, 11, 2, 1, _, 1],
         [1, 2, _, 2, 4, 3, 8, 12, 3, _, 1, 2],
         [3, _, 2, 1, 5, 2, 7, 10, 4, _, _, _], 40),
    ]),
    ("神奈川県本部", "神奈川県計", [
        ("16", "神奈川", "007", "見本浜市職員労働組合", 2260, 980, 0.434, "10月",
         [2, _, 1, 2, 9, 5, 1, _, 1, _, 2, _],
         [1, 1, 2, _, 10, 4, 2, 1, _, 1, _, 1],
         [2, 2, 1, 1, 12, 6, _, 1, 2, _, _, _], 35),
        ("16", "神奈川", "044", "架空原町職員組合", 330, 105, 0.318, "4月",
         [_, _, _, _, _, _, _, _, _, 1, 4, 2],
         [1, _, _, _, _, _, _, _, 1, 2, 5, 1],
         [_, 1, _, _, _, _, 1, _, 2, _, _, _], 10),
    ]),
]


def build_01(path: Path) -> None:
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("南関東")
    head = wb.add_format({"bold": True, "text_wrap": True, "align": "center",
                          "valign": "vcenter", "border": 1})
    bold = wb.add_format({"bold": True, "font_size": 12})
    pct = wb.add_format({"num_format": "0.0%"})
    tot = wb.add_format({"bold": True, "top": 1})
    tot_pct = wb.add_format({"bold": True, "top": 1, "num_format": "0.0%"})
    ws.write(0, 0, "2024年度 加入拡大モデル単組 実績（6月開始）　南関東ブロック")
    ws.write(1, 0, "2025年2月速報値")
    fixed = ["県コード", "県名", "単組コード", "単組名", "組合員数", "団生保有", "加入率",
             "発効", "2022年度\n実績", "2023年度\n実績"]
    # 0-based columns: fixed 0..9; 2022 10..21 + 22; 2023 23..34 + 35; 2024 36..47;
    # 48 累積件数, 49 目標件数, 50 前年比, 51 達成率, 52 残件数
    tail = ["累積件数", "目標件数", "前年比", "達成率", "残件数"]

    def headings(r0: int) -> None:
        for start, label in ((10, "2022年度"), (23, "2023年度"), (36, "2024年度")):
            end = start + 12 if start != 36 else start + 11
            ws.merge_range(r0, start, r0, end, label, head)
        for c, h in enumerate(fixed):
            ws.write(r0 + 1, c, h, head)
        for start in (10, 23, 36):
            for k, m in enumerate(JUNE):
                ws.write(r0 + 1, start + k, m, head)
        ws.write(r0 + 1, 22, "2月末\n累計", head)
        ws.write(r0 + 1, 35, "2月末\n累計", head)
        for k, h in enumerate(tail):
            ws.write(r0 + 1, 48 + k, h, head)

    def counts_row(r: int, vals: dict, fmt_n=None, fmt_p=pct) -> None:
        for c, v in vals.items():
            if v is None:
                continue
            if c in (6, 51):
                ws.write_number(r, c, v, fmt_p)
            elif isinstance(v, str):
                ws.write_string(r, c, v, fmt_n) if fmt_n else ws.write_string(r, c, v)
            else:
                ws.write_number(r, c, v, fmt_n) if fmt_n else ws.write_number(r, c, v)

    def row_cells(u):
        (code, pref, ucode, name, mem, dan, rate, hakko, m22, m23, m24, tgt) = u
        y22, c22, y23, c23, cum, yoy, ach, rem = _derived(m22, m23, m24, 9, tgt)
        cells = {0: code, 1: pref, 2: ucode, 3: name, 4: mem, 5: dan, 6: rate, 7: hakko,
                 8: y22, 9: y23, 22: c22, 35: c23, 48: cum, 49: tgt, 50: yoy, 51: ach, 52: rem}
        for k in range(12):
            cells[10 + k] = m22[k]
            cells[23 + k] = m23[k]
            cells[36 + k] = m24[k]
        return cells

    def total_cells(label, rows):
        num_cols = [4, 5, 8, 9, 22, 35, 48, 49, 50, 52] + list(range(10, 22)) \
            + list(range(23, 35)) + list(range(36, 45))
        cells = {3: label}
        for c in num_cols:
            cells[c] = sum(_num(r.get(c)) for r in rows)
        cells[6] = round(cells[5] / cells[4], 3)
        cells[51] = cells[48] / cells[49]
        return cells

    r = 3
    all_rows = []
    for title, total_label, unions in F01_BLOCKS:
        ws.write(r, 0, title, bold)
        headings(r + 1)
        r += 3
        rows = []
        for u in unions:
            cells = row_cells(u)
            counts_row(r, cells)
            rows.append(cells)
            r += 1
        counts_row(r, total_cells(total_label, rows), tot, tot_pct)
        all_rows += rows
        r += 3          # two blank rows before the next block
    r -= 1              # one blank row before 合計
    counts_row(r, total_cells("合計", all_rows), tot, tot_pct)
    ws.write(r + 1, 0, "※県本部ごとに作成した表を貼り合わせたもの")
    ws.set_column(3, 3, 24)
    wb.close()


# ---------------------------------------------------------------------------
# 02  東海  (openpyxl, June start, bare-number months, merged 県 over unions + 計)
# ---------------------------------------------------------------------------
# per prefecture: 県コード, 県名, [unions: 単組コード, 単組名, 組合員数, 団生保有,
#                 加入率, 発効, months2022[12], months2023[12], months2024[12], 目標]
F02_PREFS = [
    ("22", "静岡", [
        ("015", "架空岡市職員労働組合", 1880, 820, 0.436, "10月",
         [1, 2, _, 1, 8, 4, _, 1, 1, 2, _, 1],
         [2, 1, 1, _, 9, 3, 1, _, 2, _, 1, _],
         [1, 3, _, 2, 10, 5, 1, 2, 1, _, _, _], 30),
        ("062", "見本川町職員組合", 160, 71, 0.444, "11月",
         [_, _, _, _, _, 1, _, _, _, _, _, _],
         [_, _, _, _, _, 2, 1, _, _, _, _, _],
         [_, _, _, _, _, 3, _, _, 2, _, _, _], 5),
    ]),
    ("23", "愛知", [
        ("003", "試験屋市職員労働組合", 4150, 1630, 0.393, "1月",
         [3, 2, 1, 2, 4, 3, 5, 14, 4, 1, 2, 1],
         [2, 3, 2, 1, 5, 4, 6, 15, 3, 2, 1, 1],
         [4, 2, 3, 2, 6, 3, 8, 18, 5, _, _, _], 50),
        ("027", "架空田市職員組合", 690, 240, 0.348, "10月",
         [_, 1, _, _, 4, 2, _, _, _, _, 1, _],
         [_, _, 1, _, 3, 1, _, 1, _, _, _, _],
         [_, _, _, 1, 2, 1, _, _, 1, _, _, _], 15),
        ("118", "見本碧町職員組合", 240, 130, 0.542, "7月",
         [_, 2, _, _, _, _, _, _, _, _, _, _],
         [_, 3, _, _, _, _, _, _, _, _, _, 1],
         [_, 2, 1, _, _, _, _, _, _, _, _, _], 5),
    ]),
    ("24", "岐阜", [
        ("040", "架空山市職員労働組合", 980, 455, 0.464, "11月",
         [1, _, _, 1, 2, 6, 1, _, _, 1, _, _],
         [_, 1, _, _, 3, 7, _, 1, 1, _, _, 1],
         [_, _, 1, 1, 4, 8, 2, _, _, _, _, _], 20),
    ]),
    ("25", "三重", [
        ("009", "試験勢市職員組合", 1210, 560, 0.463, "10月",
         [2, _, 1, _, 6, 2, _, 1, _, _, 1, _],
         [1, 1, _, 1, 7, 3, 1, _, 1, 1, _, _],
         [_, 2, 1, _, 8, 4, 1, 1, 2, _, _, _], 25),
        ("051", "見本鳥町職員組合", 120, 80, 0.667, "12月",
         [_, _, _, _, _, _, 1, _, _, _, _, _],
         [_, _, _, _, _, _, 2, _, _, _, _, _],
         [_, _, _, _, _, _, 2, 1, _, _, _, _], 3),
    ]),
]


def build_02(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "東海ブロック"
    ws["A1"] = "2024年度 加入拡大モデル単組（6月開始）東海ブロック　2025年2月末現在"
    fixed = ["県コード", "県名", "単組コード", "単組名", "組合員数", "団生保有",
             "加入率", "発効", "2022年度\n実績", "2023年度\n実績"]
    # 1-based: fixed 1..10; 2022 11..22 + 23; 2023 24..35 + 36; 2024 37..48;
    # 49 累積件数, 50 目標件数, 51 前年比, 52 達成率, 53 残件数
    for i, h in enumerate(fixed, start=1):
        ws.cell(row=3, column=i, value=h).alignment = WRAP
        ws.merge_cells(start_row=3, start_column=i, end_row=4, end_column=i)
    for start, label in ((11, "2022年度　月別件数"), (24, "2023年度　月別件数"),
                         (37, "2024年度　月別件数")):
        _group(ws, 3, start, start + (12 if start != 37 else 11), label)
        for k, m in enumerate([6, 7, 8, 9, 10, 11, 12, 1, 2, 3, 4, 5]):
            ws.cell(row=4, column=start + k, value=m).alignment = WRAP
        if start != 37:
            ws.cell(row=4, column=start + 12, value="2月累計").alignment = WRAP
    for i, h in enumerate(["累積件数", "目標件数", "前年比", "達成率", "残件数"], start=49):
        ws.cell(row=3, column=i, value=h).alignment = WRAP
        ws.merge_cells(start_row=3, start_column=i, end_row=4, end_column=i)

    def cells_of(u):
        (ucode, name, mem, dan, rate, hakko, m22, m23, m24, tgt) = u
        y22, c22, y23, c23, cum, yoy, ach, rem = _derived(m22, m23, m24, 9, tgt)
        c = {3: ucode, 4: name, 5: mem, 6: dan, 7: rate, 8: hakko, 9: y22, 10: y23,
             23: c22, 36: c23, 49: cum, 50: tgt, 51: yoy, 52: ach, 53: rem}
        for k in range(12):
            c[11 + k] = m22[k]
            c[24 + k] = m23[k]
            c[37 + k] = m24[k]
        return c

    num_cols = [5, 6, 9, 10, 23, 36, 49, 50, 51, 53] + list(range(11, 23)) \
        + list(range(24, 36)) + list(range(37, 46))

    def total_of(label_col, label, rows):
        c = {label_col: label}
        for col in num_cols:
            c[col] = sum(_num(r.get(col)) for r in rows)
        c[7] = round(c[6] / c[5], 3)
        c[52] = c[49] / c[50]
        return c

    def write(r, cells):
        for col, v in cells.items():
            if v is not None:
                ws.cell(row=r, column=col, value=v)
        ws.cell(row=r, column=7).number_format = "0.0%"
        ws.cell(row=r, column=52).number_format = "0.0%"

    r = 5
    everything = []
    for code, pref, unions in F02_PREFS:
        first = r
        rows = []
        for u in unions:
            cells = cells_of(u)
            write(r, cells)
            rows.append(cells)
            r += 1
        write(r, total_of(4, "計", rows))
        ws.cell(row=first, column=1, value=code).alignment = WRAP
        ws.cell(row=first, column=2, value=pref).alignment = WRAP
        ws.merge_cells(start_row=first, start_column=1, end_row=r, end_column=1)
        ws.merge_cells(start_row=first, start_column=2, end_row=r, end_column=2)
        everything += rows
        r += 1
    total = total_of(1, "東海ブロック合計", everything)
    write(r, total)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
    ws.cell(row=r + 2, column=1, value="※月欄の数字は月（6＝6月）。各県の「計」は県本部計")
    ws.column_dimensions["D"].width = 24
    ws.freeze_panes = "E5"
    wb.save(path)


# ---------------------------------------------------------------------------
# 03  近畿  (openpyxl, May start, cutoff only in 「累計（1月）」, grid on sheet 3,
#            numbers as text)
# ---------------------------------------------------------------------------
# A string starting with ' is written as text with Excel's quote prefix; any
# other string (「12件」) is written as it is.
# per union: 県コード, 県名, 単組コード, 単組名, 組合員数, 団生保有, 加入率, 発効,
#            months2022[12], months2023[12], months2024[12], 目標件数
F03_UNIONS = [
    ("26", "滋賀", "004", "架空江市職員労働組合", "'1020", 480, 0.471, "10月",
     [1, _, 2, _, _, 6, 2, _, 1, _, 1, 1],
     [_, 1, 1, _, 1, 7, 1, 1, _, 1, _, _],
     [2, _, 1, 1, _, "'8", 2, _, 1, _, _, _], "20件"),
    ("27", "京都", "011", "見本治市職員組合", 2870, 1100, 0.383, "1月",
     [2, 1, _, 2, 1, 3, 4, 9, 3, 1, _, 2],
     [1, 2, 1, 1, 2, 4, 5, 10, 2, _, 1, 1],
     [3, 1, 2, _, 2, 3, 6, "12件", "4件", _, _, _], "35件"),
    ("30", "大阪", "101", "試験津市職員労働組合", 3650, 1290, 0.353, "10月",
     [2, 2, 1, 1, 3, 12, 4, 1, 2, 1, _, 1],
     [3, 1, 2, _, 4, 13, 5, 2, 1, _, 2, 1],
     [2, 3, 1, 2, 5, 15, 6, 1, 3, _, _, _], 45),
    ("30", "大阪", "126", "見本野町職員組合", 150, 92, 0.613, "12月",
     [_, _, _, _, _, _, _, 2, _, _, _, _],
     [_, _, _, _, _, _, _, 3, 1, _, _, _],
     [_, _, _, _, _, _, 1, "'4", 1, _, _, _], "5件"),
    ("32", "兵庫", "033", "架空姫市職員組合", 1330, 610, 0.459, "11月",
     [_, 1, _, 1, _, 2, 9, 1, _, 1, _, _],
     [1, _, 1, _, 1, 3, 10, _, 1, _, 1, _],
     [_, 1, _, 2, _, 4, 11, 2, 1, _, _, _], 25),
]


def _w3(ws, r: int, c: int, v) -> None:
    if v is None:
        return
    if isinstance(v, str) and v.startswith("'"):
        cell = ws.cell(row=r, column=c, value=v[1:])
        cell.quotePrefix = True
    else:
        ws.cell(row=r, column=c, value=v)


def build_03(path: Path) -> None:
    wb = openpyxl.Workbook()
    guide = wb.active
    guide.title = "記入要領"
    guide["A1"] = "加入拡大モデル単組 月別実績 記入要領"
    guide["A1"].font = Font(bold=True, size=14)
    guide["A3"] = "1. 「集計表」シートの黄色のセルに、前月分の新規加入件数を入力してください。"
    guide["A4"] = "2. 件数は数字で入力してください（「件」は不要です）。"
    guide["A5"] = "3. 累計・累積件数・達成率は入力不要です。"
    guide["A7"] = "提出期限"
    for c, h in enumerate(["月", "提出期限", "備考"], start=1):
        guide.cell(row=8, column=c, value=h).font = Font(bold=True)
    deadlines = ["6月10日", "7月10日", "8月9日", "9月10日", "10月10日", "11月8日",
                 "12月10日", "1月14日", "2月10日", "3月10日", "4月10日", "5月9日"]
    for k, m in enumerate(MAY):
        guide.cell(row=9 + k, column=1, value=m)
        guide.cell(row=9 + k, column=2, value=deadlines[k])
    guide.cell(row=9, column=3, value="年度の最初の月")
    guide.cell(row=20, column=3, value="年度の最後の月")
    guide["A23"] = "記入例"
    for c, h in enumerate(["県名", "単組名", "組合員数", "5月", "6月", "7月"], start=1):
        guide.cell(row=24, column=c, value=h).font = Font(bold=True)
    _put_row(guide, 25, 1, ["（記入例）", "○○市職員労働組合", 1200, 1, 2, _])
    guide.column_dimensions["B"].width = 22

    lst = wb.create_sheet("県本部一覧")
    lst["A1"] = "県コード"
    lst["B1"] = "県名"
    for k, (code, pref) in enumerate([("26", "滋賀"), ("27", "京都"), ("28", "奈良"),
                                      ("29", "和歌山"), ("30", "大阪"), ("32", "兵庫")]):
        lst.cell(row=2 + k, column=1, value=code)
        lst.cell(row=2 + k, column=2, value=pref)

    ws = wb.create_sheet("集計表")
    ws["A1"] = "2024年度　加入拡大モデル単組　集計表（5月開始）"
    ws["A2"] = "近畿ブロック"
    fixed = ["県コード", "県名", "単組コード", "単組名", "組合員数", "団生保有", "加入率",
             "発効", "2022年度実績", "2023年度実績"]
    for i, h in enumerate(fixed, start=1):
        ws.cell(row=4, column=i, value=h).alignment = WRAP
    # 2022 11..22 + 23; 2023 24..35 + 36; 2024 37..48; 49.. tail
    for start, label in ((11, "2022年度"), (24, "2023年度"), (37, "2024年度")):
        _group(ws, 3, start, start + (12 if start != 37 else 11), label)
        for k, m in enumerate(MAY):
            ws.cell(row=4, column=start + k, value=m)
        if start != 37:
            ws.cell(row=4, column=start + 12, value="累計（1月）")
    for i, h in enumerate(["累積件数", "目標件数", "前年比", "達成率", "残件数", "県名"], start=49):
        ws.cell(row=4, column=i, value=h)
    r = 5
    for u in F03_UNIONS:
        (code, pref, ucode, name, mem, dan, rate, hakko, m22, m23, m24, tgt) = u
        y22, c22, y23, c23, cum, yoy, ach, rem = _derived(m22, m23, m24, 9, tgt)
        for c, v in enumerate([code, pref, ucode, name, mem, dan, rate, hakko,
                               f"{y22}件", f"{y23}件"], start=1):
            _w3(ws, r, c, v)
        ws.cell(row=r, column=7).number_format = "0.0%"
        for k in range(12):
            _w3(ws, r, 11 + k, m22[k])
            _w3(ws, r, 24 + k, m23[k])
            _w3(ws, r, 37 + k, m24[k])
        ws.cell(row=r, column=23, value=c22)
        ws.cell(row=r, column=36, value=c23)
        for c, v in enumerate([cum, tgt, yoy, ach, rem, pref], start=49):
            _w3(ws, r, c, v)
        ws.cell(row=r, column=52).number_format = "0.0%"
        r += 1
    ws.cell(row=r, column=4, value="合計")
    _put_row(ws, r, 49, [113, 130, 21, 113 / 130, 17])
    ws.cell(row=r, column=52).number_format = "0.0%"
    ws.column_dimensions["D"].width = 24
    wb.save(path)


# ---------------------------------------------------------------------------
# 04  北信越  (openpyxl, May start, 令和 title, box above, blank row, negatives)
# ---------------------------------------------------------------------------
# per union: 県コード, 県名, 単組コード, 単組名, 組合員数, 団生保有, 加入率, 発効,
#            months2022[12], months2023[12], months2024[12], 目標件数
F04_UNIONS = [
    ("09", "新潟", "006", "架空潟市職員労働組合", 2480, 1050, 0.423, "10月",
     [1, 2, _, 1, _, 9, 3, 1, 2, 1, 2, 1],
     [2, 1, 1, _, 1, 10, 2, _, 1, 2, 1, _],
     [1, 2, 2, 1, _, 11, 4, 1, 2, -1, 3, _], 35),
    ("19", "富山", "013", "見本山市職員組合", 870, 430, 0.494, "11月",
     [_, 1, _, _, _, 1, 5, 1, _, _, 1, 1],
     [_, _, 1, _, _, 2, 6, _, 1, _, _, _],
     [1, _, _, 1, _, 2, 7, 1, _, 2, _, _], 15),
    ("20", "石川", "021", "試験沢市職員労働組合", 1560, 700, 0.449, "1月",
     [1, _, 1, _, 1, 1, 2, 3, 8, 2, 1, _],
     [_, 1, _, 1, 1, 2, 2, 4, 9, -1, 1, 1],
     [1, 1, 1, _, 2, 2, 3, 5, 11, 1, 2, _], 25),
    ("21", "福井", "008", "架空井町職員組合", 220, 140, 0.636, "4月",
     [_, _, _, _, _, _, _, _, _, _, 1, 3],
     [1, _, _, _, _, _, _, _, _, _, 2, 2],
     [2, _, _, _, _, _, _, _, _, _, _, _], 5),
    ("21", "福井", "035", "見本前市職員組合", 640, 275, 0.430, "10月",
     [_, _, 1, _, _, 3, 1, _, _, _, 1, _],
     [_, 1, _, _, _, 4, _, _, 1, _, _, _],
     [_, _, _, 1, _, 5, 2, _, _, _, _, _], 10),
]


def build_04(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "R6"
    ws["A1"] = "令和６年度　加入拡大モデル単組　取組状況（５月開始）　北信越ブロック"
    ws["A2"] = "令和７年３月末現在"
    # summary box above the headings -- February's values, never updated
    ws["A3"] = "ブロック計（速報）"
    for k, h in enumerate(["取組単組", "目標", "実績", "到達率", "目標達成単組"]):
        ws.cell(row=3, column=4 + k, value=h).alignment = WRAP
    _put_row(ws, 4, 4, [5, 90, 61, 0.678, 0])
    ws.cell(row=4, column=7).number_format = "0.0%"
    fixed = ["県コード", "県名", "単組コード", "単組名", "組合員数", "団生保有", "加入率",
             "発効", "R4年度実績", "R5年度実績"]
    for i, h in enumerate(fixed, start=1):
        ws.cell(row=8, column=i, value=h).alignment = WRAP
    for start, label in ((11, "R4年度"), (24, "R5年度"), (37, "R6年度")):
        _group(ws, 6, start, start + (12 if start != 37 else 11), label)
        for k, m in enumerate(MAY):
            ws.cell(row=8, column=start + k, value=m)
        if start != 37:
            ws.cell(row=8, column=start + 12, value="3月累計")
    for i, h in enumerate(["累積件数", "目標件数", "前年比", "達成率", "残件数"], start=49):
        ws.cell(row=8, column=i, value=h)
    r = 9
    tot = {}
    for u in F04_UNIONS:
        (code, pref, ucode, name, mem, dan, rate, hakko, m22, m23, m24, tgt) = u
        y22, c22, y23, c23, cum, yoy, ach, rem = _derived(m22, m23, m24, 11, tgt)
        _put_row(ws, r, 1, [code, pref, ucode, name, mem, dan, rate, hakko, y22, y23])
        ws.cell(row=r, column=7).number_format = "0.0%"
        _put_row(ws, r, 11, m22)
        ws.cell(row=r, column=23, value=c22)
        _put_row(ws, r, 24, m23)
        ws.cell(row=r, column=36, value=c23)
        _put_row(ws, r, 37, m24)
        _put_row(ws, r, 49, [cum, tgt, yoy, ach, rem])
        ws.cell(row=r, column=52).number_format = "0.0%"
        for c in [5, 6, 9, 10, 23, 36, 49, 50, 51, 53] + list(range(11, 23)) \
                + list(range(24, 36)) + list(range(37, 49)):
            v = ws.cell(row=r, column=c).value
            tot[c] = tot.get(c, 0) + (v or 0)
        r += 1
    ws.cell(row=r, column=4, value="合計")
    for c, v in tot.items():
        ws.cell(row=r, column=c, value=v)
    ws.cell(row=r, column=52, value=tot[49] / tot[50]).number_format = "0.0%"
    ws.cell(row=r + 1, column=1, value="※-1 は解約（取消）による減。4月分は未集計")
    ws.column_dimensions["D"].width = 24
    ws.freeze_panes = "E9"
    wb.save(path)


# ---------------------------------------------------------------------------
# 05  中国  (openpyxl, June start, a pasted-twice row, two unions of one name)
# ---------------------------------------------------------------------------
F05_UNIONS = [
    ("33", "岡山", "010", "架空中町職員組合", 410, 190, 0.463, "10月",
     [_, 1, _, _, 3, 1, _, _, 1, _, _, _],
     [_, _, 1, _, 4, _, _, 1, _, _, 1, _],
     [1, _, _, 1, 5, 2, _, _, 1, _, _, _], 10),
    ("33", "岡山", "052", "見本敷市職員労働組合", 1750, 760, 0.434, "1月",
     [1, 1, 2, _, 2, 3, 4, 8, 2, _, 1, 1],
     [2, _, 1, 1, 3, 2, 5, 9, 1, 1, _, 1],
     [1, 2, 1, 1, 2, 4, 5, 7, 3, _, _, _], 30),
    "DUP",   # the row above pasted again
    ("34", "広島", "022", "架空中町職員組合", 280, 120, 0.429, "11月",
     [_, _, _, _, _, 2, _, _, _, _, _, _],
     [_, _, _, _, 1, 1, _, _, _, _, _, _],
     [_, _, _, _, _, 1, 1, _, _, _, _, _], 5),
    ("34", "広島", "005", "試験島市職員労働組合", 3300, 1410, 0.427, "10月",
     [2, 3, 1, 2, 11, 5, 2, 1, 3, 1, 2, 1],
     [3, 2, 2, 1, 12, 6, 1, 2, 2, 2, 1, _],
     [2, 4, 1, 3, 14, 7, 3, 2, 4, _, _, _], 45),
    ("37", "山口", "017", "見本防市職員組合", 520, 200, 0.385, "11月",
     [_, _, 1, _, _, 2, _, _, _, _, _, _],
     [_, _, _, _, 1, 1, _, _, 1, _, _, _],
     [_, _, _, _, _, _, _, _, _, _, _, _], 10),
    ("37", "山口", "041", "試験浦町職員組合", 95, 60, 0.632, "10月",
     [_, _, _, _, 1, _, _, _, _, _, _, _],
     [_, _, _, _, 2, _, _, _, _, _, _, _],
     [_, _, _, _, 2, _, 1, _, _, _, _, _], 3),
]


def build_05(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "中国"
    ws["A1"] = "2024年度 加入拡大モデル単組実績（6月開始）中国ブロック　2025年2月速報"
    fixed = ["県コード", "県名", "単組コード", "単組名", "組合員数", "団生保有", "加入率",
             "発効", "2022年度実績", "2023年度実績"]
    for i, h in enumerate(fixed, start=1):
        ws.cell(row=4, column=i, value=h).alignment = WRAP
    for start, label in ((11, "2022年度"), (24, "2023年度"), (37, "2024年度")):
        _group(ws, 3, start, start + (12 if start != 37 else 11), label)
        for k, m in enumerate(JUNE):
            ws.cell(row=4, column=start + k, value=m)
        if start != 37:
            ws.cell(row=4, column=start + 12, value="2月累計")
    for i, h in enumerate(["累積件数", "目標件数", "前年比", "達成率", "残件数", "県名"], start=49):
        ws.cell(row=4, column=i, value=h)
    r = 5
    prev = None
    tot = {}
    for u in F05_UNIONS:
        if u == "DUP":
            u = prev
        prev = u
        (code, pref, ucode, name, mem, dan, rate, hakko, m22, m23, m24, tgt) = u
        y22, c22, y23, c23, cum, yoy, ach, rem = _derived(m22, m23, m24, 9, tgt)
        _put_row(ws, r, 1, [code, pref, ucode, name, mem, dan, rate, hakko, y22, y23])
        ws.cell(row=r, column=7).number_format = "0.0%"
        _put_row(ws, r, 11, m22)
        ws.cell(row=r, column=23, value=c22)
        _put_row(ws, r, 24, m23)
        ws.cell(row=r, column=36, value=c23)
        _put_row(ws, r, 37, m24)
        _put_row(ws, r, 49, [cum, tgt, yoy, ach, rem, pref])
        ws.cell(row=r, column=52).number_format = "0.0%"
        for c in [5, 6, 9, 10, 23, 36, 49, 50, 51, 53]:
            tot[c] = tot.get(c, 0) + (ws.cell(row=r, column=c).value or 0)
        r += 1
    # 合計: the clerk's SUM covers the pasted-twice row too
    ws.cell(row=r, column=4, value="合計")
    for c, v in tot.items():
        ws.cell(row=r, column=c, value=v)
    ws.cell(row=r, column=52, value=tot[49] / tot[50]).number_format = "0.0%"
    ws.column_dimensions["D"].width = 24
    ws.freeze_panes = "E5"
    wb.save(path)


# ---------------------------------------------------------------------------
# 06  九州  (openpyxl with formulas → LibreOffice .xls, June start, cutoff
#            2025年1月, past months collapsed)
# ---------------------------------------------------------------------------
F06_UNIONS = [
    ("42", "福岡", "018", "架空倉市職員労働組合", 2900, 1180, 0.407, "10月",
     [2, 1, 3, 1, 10, 4, 2, 1, 2, 1, 1, 1],
     [1, 2, 2, 2, 11, 5, 1, 2, 1, 2, _, 1],
     [3, 1, 2, 1, "=9+4", 5, 2, "=1+1", _, _, _, _], 40),
    ("42", "福岡", "073", "見本宗町職員組合", 310, 150, 0.484, "11月",
     [_, _, _, _, _, 3, _, _, _, _, _, _],
     [_, _, _, _, 1, 2, 1, _, _, _, _, _],
     [_, _, _, _, 1, "=3+2", 1, _, _, _, _, _], 8),
    ("43", "佐賀", "006", "試験賀市職員組合", 780, 400, 0.513, "1月",
     [_, 1, _, _, 1, 1, 2, 5, 2, _, _, _],
     [1, _, _, 1, _, 2, 2, 6, 1, _, 1, _],
     [_, 1, 1, _, 2, 1, 3, 7, _, _, _, _], 15),
    ("45", "大分", "014", "見本府市職員組合", 860, 395, 0.459, "12月",
     [_, _, _, _, 1, _, 4, 2, _, _, _, _],
     [_, _, 1, _, _, 1, 5, 1, 1, _, _, _],
     [_, 1, _, _, 1, 1, 6, "=2+1", _, _, _, _], 12),
    ("47", "熊本", "029", "架空本市職員労働組合", 1650, 720, 0.436, "10月",
     [1, _, 1, 1, 7, 2, 1, _, 1, _, 1, _],
     [_, 1, 2, _, 8, 3, _, 1, _, 1, _, _],
     [2, _, 1, 1, 6, 2, 1, _, _, _, _, _], 25),
]


def build_06_xlsx(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "九州ブロック"
    ws["A1"] = "2024年度 加入拡大モデル単組 集計表（6月開始）　九州ブロック"
    ws["A2"] = "基準日"
    ws["C2"] = dt.date(2025, 1, 31)
    ws["C2"].number_format = 'yyyy"年"m"月"d"日"'
    fixed = ["県コード", "県名", "単組コード", "単組名", "組合員数", "団生保有", "加入率", "発効"]
    for i, h in enumerate(fixed, start=1):
        ws.cell(row=5, column=i, value=h).alignment = WRAP
    # 2022: months 9..20, 21 1月末累計, 22 年度計; 2023: 23..34, 35, 36; 2024: 37..48
    for start, label, end in ((9, "2022年度", 22), (23, "2023年度", 36), (37, "2024年度", 48)):
        _group(ws, 4, start, end, label)
        for k, m in enumerate(JUNE):
            ws.cell(row=5, column=start + k, value=m)
        if start != 37:
            ws.cell(row=5, column=start + 12, value="1月末累計").alignment = WRAP
            ws.cell(row=5, column=start + 13, value="年度計")
    for i, h in enumerate(["累積件数", "目標件数", "前年比", "達成率", "残件数"], start=49):
        ws.cell(row=5, column=i, value=h)
    r = 6
    tot = {}
    for u in F06_UNIONS:
        (code, pref, ucode, name, mem, dan, rate, hakko, m22, m23, m24, tgt) = u
        y22, c22, y23, c23, cum, yoy, ach, rem = _derived(m22, m23, m24, 8, tgt)
        _put_row(ws, r, 1, [code, pref, ucode, name, mem, dan, rate, hakko])
        ws.cell(row=r, column=7).number_format = "0.0%"
        _put_row(ws, r, 9, m22)
        _put_row(ws, r, 21, [c22, y22])
        _put_row(ws, r, 23, m23)
        _put_row(ws, r, 35, [c23, y23])
        _put_row(ws, r, 37, m24)
        _put_row(ws, r, 49, [cum, tgt, yoy, ach, rem])
        ws.cell(row=r, column=52).number_format = "0.0%"
        for c, v in zip([5, 6, 21, 22, 35, 36, 49, 50, 51, 53],
                        [mem, dan, c22, y22, c23, y23, cum, tgt, yoy, rem]):
            tot[c] = tot.get(c, 0) + v
        r += 1
    ws.cell(row=r, column=4, value="合計")
    for c, v in tot.items():
        ws.cell(row=r, column=c, value=v)
    ws.cell(row=r, column=52, value=tot[49] / tot[50]).number_format = "0.0%"
    ws.cell(row=r + 1, column=1, value="※前年度・前々年度の月別はグループ化して折りたたみ")
    # past months grouped and collapsed: I:T (9..20) and W:AH (23..34)
    ws.column_dimensions.group("I", "T", outline_level=1, hidden=True)
    ws.column_dimensions.group("W", "AH", outline_level=1, hidden=True)
    ws.column_dimensions["D"].width = 24
    ws.freeze_panes = "E6"
    wb.save(path)


def _lo_convert(src: Path, fmt: str, outdir: Path) -> Path:
    return lo.convert(src, outdir, fmt)  # tests/lo.py


def build_06(path: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / (path.stem + ".xlsx")
        build_06_xlsx(src)
        out = _lo_convert(src, "xls", Path(tmp))
        shutil.move(str(out), str(path))


BUILDERS = {
    "01_南関東_6月開始_県別ブロック.xlsx": build_01,
    "02_東海_6月開始_県名結合.xlsx": build_02,
    "03_近畿_5月開始_記入要領付き.xlsx": build_03,
    "04_北信越_5月開始_令和表題.xlsx": build_04,
    "05_中国_6月開始_重複行.xlsx": build_05,
    "06_九州_6月開始_過去年度折りたたみ.xls": build_06,
}


def build(root: Path) -> dict[str, Path]:
    root = Path(root)
    root.mkdir(parents=True, exist_ok=True)
    out: dict[str, Path] = {}
    for name, fn in BUILDERS.items():
        path = root / name
        fn(path)
        out[name] = path
    return out


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp(prefix="legacy_grid3_"))
    for n, p in build(target).items():
        print(n, p)
