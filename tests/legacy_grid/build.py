"""Independent fixture set: 加入拡大モデル単組 grids (Report A) typed the way
other offices would retype or adapt HQ's layout.

All union names are invented; all numbers are literals typed here by hand.
FY2024 (past years 2022 and 2023).  Cutoff 2025年2月 unless the file says
otherwise.  Expected readings are in expected.py (typed by hand, not produced
by the tool).  ``_`` below means a blank cell.

Files (writer / sheet / header rows / habits)
---------------------------------------------

01_北海道東北_6月開始.xlsx  -- openpyxl, sheet 「6月開始」, June start.
    Rows 1-3 title and a note (「北海道・東北ブロック 2025年2月速報値」), row 4
    blank, header on TWO rows (5-6) with merged cells: the fixed columns are
    merged vertically A5:A6 … and carry line breaks (「組合\\n員数」), the year
    groups 「2022年度」「2023年度」「2024年度」 are merged over their months in
    row 5, months 「6月」… and 「2月\\n累計」 in row 6.  Data from row 7.
    Habits: 県コード typed as a NUMBER (1, 3, 4, 5, 60 instead of 01 …);
    単組コード typed as a number (12 → 012); 県コード/県名 merged vertically
    over the two 北海道 unions; 合計 label merged A:D; a blank row, a ※ note
    and a 社保労連 (60) union below the 合計 row.

02_関東_5月開始.xlsx  -- XlsxWriter, sheet 「関東ブロック」, MAY start.
    Row 1 title, row 2 blank, row 3 year labels in the first month column of
    each year only (not merged), row 4 column headings.  Data from row 5.
    Habits: NO 県コード column (県名 only, typed 「埼玉」「東京都」「千葉」
    「神奈川県本部」 -> 13, 14, 15, 16 per the federation table); month
    headings are REAL DATES (2022-05-01 …) formatted m"月"; typed yearly
    totals headed 「前々年度実績」「前年度実績」; a 「小計」 row after each
    prefecture (only 組合員数/団生保有/累積/目標 filled); 組合員数 and
    団生保有 typed as text with a thousands comma 「1,234」; extra columns
    備考 and 担当者 at the right end, no trailing 県名.

03_中部_6月開始.xls  -- openpyxl, then LibreOffice → .xls (BIFF8).
    Sheet 1 「表紙」 is a cover page; the grid is on sheet 2 「集計表」.
    Rows 1-2 title (「令和6年度 …」「（2025年2月速報値・6月開始）」), row 3
    year groups 「令和4年度」「令和5年度」「令和6年度」 merged over months,
    row 4 headings; months typed 「R4.6」 … 「R5.5」 (era year + month),
    typed yearly totals headed 「R4年度実績」「R5年度実績」.  Data from row 5.
    Habits: grid on the second sheet after a cover; 令和 headings; 県名 with
    the 県 suffix (「長野県」); a blank separator row between prefectures;
    explicit 0 typed in some months where others leave blanks; 合計 row and a
    ※ note under the table.

04_近畿_5月開始.xlsx  -- openpyxl, sheet 「Sheet1」, MAY start.
    Row 1 title with 「（5月開始）」 and 「2025年2月速報値」, row 2 blank, row 3
    the year label REPEATED in every month column (「2022年度」 ×12 …), row 4
    headings.  Data from row 5.
    Habits: month headings in FULL-WIDTH digits (「５月」「１０月」); NO past
    「2月累計」 columns and NO typed yearly totals (months only) -- the cutoff
    is only in the title; a few month counts typed as full-width text
    (「１２」); 県コード and 単組コード as numbers; 合計 row, blank row, ※ note
    and a 社保労連 (60) union below it.

05_九州_6月開始.xlsx  -- openpyxl, sheet 「九州」, June start, CUTOFF 2025年1月.
    Row 1 title (「… 2025年1月速報値」), row 2 the only header row.  Data from
    row 3.
    Habits: month headings with the full year, 「2024年6月」 … (no year-group
    row); past cutoff totals headed 「2023年1月累計」「2024年1月累計」;
    extra column 「担当」 between 単組名 and 組合員数 and 「備考」 at the end;
    組合員数 as text 「2,870」; explicit 0 in a few months.
    県コード typed as the JIS prefecture code by mistake: 40 福岡, 43 熊本,
    44 大分, 47 沖縄.  Every code equals the JIS code of the name typed next
    to it and none equals the federation code of that name (federation 40 =
    愛媛, 43 = 佐賀, 44 = 長崎, 47 = 熊本), so a careful human concludes the
    office used JIS codes and reads the federation codes from the names:
    福岡 42, 熊本 47, 大分 45, 沖縄 49.  (Listed as debatable in expected.py.)

06_北陸_6月開始_修正版.xlsx  -- openpyxl, sheet 「北陸」, June start.
    Column A left empty (grid starts in column B); rows 1-2 title, row 3
    blank, row 4 year groups merged over months, row 5 headings with
    shortened/variant wording (「団生保有数」「R4年度実績」「累積」「目標」).
    Data from row 6.
    Habits: a HIDDEN column 「旧単組コード」 (old 4-digit codes) right after
    単組名; current-year months after the cutoff typed as 0 (3月-5月); the
    typed 累積/前年比/達成率/残件数 are STALE (copied from the January report)
    and 達成率 is typed as text 「50.0%」 -- the reader must recompute; one
    union with a BLANK 目標; one union name with a trailing full-width space;
    a stale 合計 row.
"""
from __future__ import annotations

import datetime as dt
import shutil
import sys
import tempfile
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/: the shared LibreOffice helper
import lo  # noqa: E402

_ = None  # a blank cell

JUNE = ["6月", "7月", "8月", "9月", "10月", "11月", "12月", "1月", "2月", "3月", "4月", "5月"]
MAY = ["5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月", "1月", "2月", "3月", "4月"]
WRAP = Alignment(wrap_text=True, horizontal="center", vertical="center")


def _put_row(ws, row: int, col: int, values) -> None:
    for i, v in enumerate(values):
        if v is not None:
            ws.cell(row=row, column=col + i, value=v)


# ---------------------------------------------------------------------------
# 01  北海道・東北  (openpyxl, June start)
# ---------------------------------------------------------------------------
# per union: 県コード, 県名, 単組コード, 単組名, 組合員数, 団生保有, 加入率, 発効,
#            2022年度実績, 2023年度実績, months2022[12], 2月累計2022,
#            months2023[12], 2月累計2023, months2024[12],
#            累積件数, 目標件数, 前年比, 達成率, 残件数, 県名
F01_UNIONS = [
    (1, "北海道", 12, "見本市職員労働組合", 845, 402, 0.476, "10月", 19, 16,
     [2, _, 1, _, 9, 3, _, 1, _, 2, 1, _], 16,
     [1, 1, _, 2, 7, _, 1, _, _, _, 3, 1], 12,
     [_, 2, 1, _, 11, 2, _, 1, 1, _, _, _],
     18, 20, 6, 0.9, 2, "北海道"),
    (_, _, 105, "試験町職員組合", 96, 41, 0.427, "7月", 5, 6,
     [_, 3, 1, _, _, _, _, 1, _, _, _, _], 5,
     [_, 4, _, _, _, _, _, _, _, _, 2, _], 4,
     [_, 6, 2, _, _, _, _, _, 3, _, _, _],
     11, 10, 7, 1.1, -1, "北海道"),
    (3, "青森", 27, "北浜市職員労働組合", 1320, 610, 0.462, "11月", 27, 21,
     [1, _, _, 2, 3, 12, 2, _, 1, _, 4, 2], 21,
     [_, 1, _, 1, 4, 9, 3, 1, _, 2, _, _], 19,
     [2, _, 1, _, 5, 8, 1, _, _, _, _, _],
     17, 30, -2, 0.5666666666666667, 13, "青森"),
    (4, "岩手", 8, "東雲町職員組合", 233, 150, 0.644, "10月", 5, 3,
     [_, _, _, _, 4, _, _, _, _, _, _, 1], 4,
     [_, _, _, _, 2, 1, _, _, _, _, _, _], 3,
     [_, _, _, _, 7, _, _, 3, _, _, _, _],
     10, 10, 7, 1.0, 0, "岩手"),
    (5, "宮城", 44, "若葉市役所職員組合", 512, 230, 0.449, "1月", 8, 10,
     [_, _, _, _, _, _, 2, 5, 1, _, _, _], 8,
     [1, _, _, _, _, 1, 3, 4, _, _, 1, _], 9,
     [_, _, _, _, _, 2, 4, 6, _, _, _, _],
     12, 15, 3, 0.8, 3, "宮城"),
]
F01_SHAHO = (60, "社保労連", 3, "見本社会保険職員労働組合", 2104, 980, 0.466, "12月", 34, 28,
             [3, 2, _, 1, 4, 8, 10, 2, 1, _, 2, 1], 31,
             [2, 1, 1, _, 3, 6, 12, _, 2, 1, _, _], 27,
             [1, _, 2, 2, 5, 7, 9, 1, _, _, _, _],
             27, 40, 0, 0.675, 13, "社保労連")


def _f01_row(ws, r: int, u) -> None:
    (code, pref, ucode, name, mem, dan, rate, hakko, y22, y23,
     m22, c22, m23, c23, m24, cum, tgt, yoy, ach, rem, pref2) = u
    _put_row(ws, r, 1, [code, pref, ucode, name, mem, dan, rate, hakko, y22, y23])
    ws.cell(row=r, column=7).number_format = "0.0%"
    _put_row(ws, r, 11, m22)
    ws.cell(row=r, column=23, value=c22)
    _put_row(ws, r, 24, m23)
    ws.cell(row=r, column=36, value=c23)
    _put_row(ws, r, 37, m24)
    _put_row(ws, r, 49, [cum, tgt, yoy, ach, rem, pref2])
    ws.cell(row=r, column=52).number_format = "0.0%"


def build_01(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "6月開始"
    ws["A1"] = "2024年度 加入拡大モデル単組 取り組み状況（6月開始）"
    ws["A2"] = "北海道・東北ブロック　2025年2月速報値"
    ws["A3"] = "※県支部からの報告をもとに作成（単位：件）"
    fixed = ["県\nコード", "県名", "単組\nコード", "単組名", "組合\n員数", "団生\n保有",
             "加入率", "発効", "2022年\n度実績", "2023年\n度実績"]
    for i, h in enumerate(fixed, start=1):
        ws.cell(row=5, column=i, value=h).alignment = WRAP
        ws.merge_cells(start_row=5, start_column=i, end_row=6, end_column=i)
    for start, label in ((11, "2022年度"), (24, "2023年度"), (37, "2024年度")):
        ws.cell(row=5, column=start, value=label).alignment = WRAP
        end = start + 12 if start != 37 else start + 11
        ws.merge_cells(start_row=5, start_column=start, end_row=5, end_column=end)
        for k, m in enumerate(JUNE):
            ws.cell(row=6, column=start + k, value=m)
        if start != 37:
            ws.cell(row=6, column=start + 12, value="2月\n累計").alignment = WRAP
    tail = ["累積\n件数", "目標\n件数", "前年比", "達成率", "残件数", "県名"]
    for i, h in enumerate(tail, start=49):
        ws.cell(row=5, column=i, value=h).alignment = WRAP
        ws.merge_cells(start_row=5, start_column=i, end_row=6, end_column=i)
    r = 7
    for u in F01_UNIONS:
        _f01_row(ws, r, u)
        r += 1
    # 北海道 code / name merged over its two unions (rows 7-8)
    ws.merge_cells("A7:A8")
    ws.merge_cells("B7:B8")
    # 合計 row 12: label merged A:D, only the headline totals typed
    ws.cell(row=12, column=1, value="合計")
    ws.merge_cells("A12:D12")
    _put_row(ws, 12, 49, [68, 85, 21, 0.8, 17])
    ws.cell(row=12, column=52).number_format = "0.0%"
    ws.cell(row=14, column=1, value="※社保労連は単組目標を設定して推進しているが、全国集計には含まない")
    _f01_row(ws, 15, F01_SHAHO)
    ws.column_dimensions["D"].width = 26
    wb.save(path)


# ---------------------------------------------------------------------------
# 02  関東  (XlsxWriter, May start)
# ---------------------------------------------------------------------------
# per row: kind, 県名, 単組コード, 単組名, 組合員数, 団生保有, 発効, 前々年度実績,
#          前年度実績, months2022[12], 2月累計2022, months2023[12], 2月累計2023,
#          months2024[12], 累積件数, 目標件数, 前年比, 達成率, 残件数, 備考, 担当者
F02_ROWS = [
    ("u", "埼玉", "015", "朝日野市職員労働組合", "1,234", "388", "6月", 9, 7,
     [1, _, 3, _, _, 2, _, 1, _, _, 2, _], 7,
     [_, 2, 1, _, _, _, 1, _, 2, _, _, 1], 6,
     [3, 1, _, _, 2, _, 1, _, 2, 1, _, _],
     10, 20, 4, 0.5, 10, "", "県支部"),
    ("s", "", "", "小計", 1234, 388, "", _, _, [_] * 12, _, [_] * 12, _, [_] * 12,
     10, 20, _, _, _, "", ""),
    ("u", "東京都", "204", "青葉台市職員組合", "2,046", "615", "10月", 17, 17,
     [2, _, 1, _, _, 6, 4, _, _, 1, _, 3], 14,
     [_, 1, _, 2, _, 8, 2, 1, _, _, 1, 2], 14,
     [4, _, 2, 1, _, 9, 3, _, 1, 2, _, _],
     22, 25, 8, 0.88, 3, "10月発効で新採加入", "書記次長"),
    ("u", "東京都", "231", "緑ヶ丘町職員組合", 188, 60, "10月", 2, 4,
     [_, _, _, _, _, 2, _, _, _, _, _, _], 2,
     [_, _, _, _, _, 1, _, _, _, _, 3, _], 1,
     [1, _, _, _, _, 6, 2, _, _, 3, _, _],
     12, 10, 11, 1.2, -2, "", "県支部"),
    ("s", "", "", "小計", 2234, 675, "", _, _, [_] * 12, _, [_] * 12, _, [_] * 12,
     34, 35, _, _, _, "", ""),
    ("u", "千葉", "062", "潮見台市職員労働組合", "3,410", "1,020", "1月", 38, 30,
     [5, 2, 1, _, 3, 4, 6, 2, 9, 1, 3, 2], 33,
     [4, 1, _, 2, 2, 3, 5, 1, 11, _, 1, _], 29,
     [6, 3, 2, 1, 4, 2, 7, _, 12, 3, _, _],
     40, 40, 11, 1.0, 0, "1月発効スポット募集", "県支部"),
    ("s", "", "", "小計", 3410, 1020, "", _, _, [_] * 12, _, [_] * 12, _, [_] * 12,
     40, 40, _, _, _, "", ""),
    ("u", "神奈川県本部", "007", "汐入町職員組合", 402, 95, "10月", 4, 5,
     [_, _, 1, _, _, 3, _, _, _, _, _, _], 4,
     [_, 1, _, _, _, 2, _, _, 1, _, _, 1], 4,
     [_, _, _, _, _, 4, _, _, 1, _, _, _],
     5, 15, 1, 0.3333333333333333, 10, "", "県支部"),
    ("u", "神奈川県本部", "118", "若潮市職員労働組合", "1,587", 702, "4月", 24, 25,
     [12, _, 1, _, _, 2, _, _, _, _, _, 9], 15,
     [10, 2, _, _, 1, _, _, _, 1, _, _, 11], 14,
     [14, 1, _, 1, _, 3, _, _, 2, _, _, _],
     21, 30, 7, 0.7, 9, "4月新採対策", "書記長"),
    ("s", "", "", "小計", 1989, 797, "", _, _, [_] * 12, _, [_] * 12, _, [_] * 12,
     26, 45, _, _, _, "", ""),
    ("t", "", "", "合計", 8867, 2880, "", _, _, [_] * 12, _, [_] * 12, _, [_] * 12,
     110, 140, _, 0.7857142857142857, 30, "", ""),
]


def build_02(path: Path) -> None:
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("関東ブロック")
    month_fmt = wb.add_format({"num_format": 'm"月"', "align": "center"})
    pct = wb.add_format({"num_format": "0.0%"})
    head = wb.add_format({"bold": True, "text_wrap": True, "align": "center"})
    ws.write(0, 0, "2024年度 加入拡大モデル単組（5月開始）関東ブロック集計")
    fixed = ["県名", "単組コード", "単組名", "組合員数", "団生保有", "発効",
             "前々年度実績", "前年度実績"]
    for i, h in enumerate(fixed):
        ws.write(3, i, h, head)
    # month blocks: 2022 at col 8 (12 months + 累計), 2023 at col 21, 2024 at col 34
    for start, fy in ((8, 2022), (21, 2023), (34, 2024)):
        ws.write(2, start, f"{fy}年度", head)
        for k in range(12):
            month = 5 + k
            year = fy + (1 if month > 12 else 0)
            month = month - 12 if month > 12 else month
            ws.write_datetime(3, start + k, dt.datetime(year, month, 1), month_fmt)
        if fy != 2024:
            ws.write(3, start + 12, "2月累計", head)
    tail = ["累積件数", "目標件数", "前年比", "達成率", "残件数", "備考", "担当者"]
    for i, h in enumerate(tail, start=46):
        ws.write(3, i, h, head)

    def val(r, c, v, fmt=None):
        if v is None or v == "":
            return
        if isinstance(v, str):
            ws.write_string(r, c, v)
        elif fmt is not None:
            ws.write_number(r, c, v, fmt)
        else:
            ws.write_number(r, c, v)

    r = 4
    for row in F02_ROWS:
        (kind, pref, ucode, name, mem, dan, hakko, y22, y23, m22, c22, m23, c23, m24,
         cum, tgt, yoy, ach, rem, note, tanto) = row
        for c, v in enumerate([pref, ucode, name, mem, dan, hakko, y22, y23]):
            val(r, c, v)
        for k, v in enumerate(m22):
            val(r, 8 + k, v)
        val(r, 20, c22)
        for k, v in enumerate(m23):
            val(r, 21 + k, v)
        val(r, 33, c23)
        for k, v in enumerate(m24):
            val(r, 34 + k, v)
        val(r, 46, cum)
        val(r, 47, tgt)
        val(r, 48, yoy)
        val(r, 49, ach, pct)
        val(r, 50, rem)
        val(r, 51, note)
        val(r, 52, tanto)
        r += 1
    ws.set_column(2, 2, 24)
    wb.close()


# ---------------------------------------------------------------------------
# 03  中部  (openpyxl → LibreOffice .xls, June start, cover sheet first)
# ---------------------------------------------------------------------------
def _reiwa_months(fy: int) -> list[str]:
    out = []
    for k in range(12):
        month = 6 + k
        year = fy + (1 if month > 12 else 0)
        month = month - 12 if month > 12 else month
        out.append(f"R{year - 2018}.{month}")
    return out


# same tuple shape as F01 (without the trailing 県名); None row = blank separator
F03_ROWS = [
    ("09", "新潟県", "017", "雪見町職員組合", 310, 188, 0.606, "11月", 4, 6,
     [_, _, _, _, _, 3, _, _, _, _, 1, _], 3,
     [0, 0, 0, 0, 0, 5, 1, 0, 0, 0, 0, 0], 6,
     [0, 0, 0, 0, 1, 6, 0, 0, 0, _, _, _],
     7, 10, 1, 0.7, 3),
    None,
    ("18", "長野県", "022", "高原市職員労働組合", 1105, 870, 0.787, "4月", 29, 31,
     [8, 2, _, 1, _, _, _, _, _, 3, 14, 1], 11,
     [6, 1, 1, _, _, 2, _, _, 1, 2, 18, _], 11,
     [15, 3, _, 2, 1, _, 1, _, _, _, _, _],
     22, 35, 11, 0.6285714285714286, 13),
    ("18", "長野県", "140", "山辺村職員組合", 64, 30, 0.469, "4月", 1, 2,
     [1, _, _, _, _, _, _, _, _, _, _, _], 1,
     [_, _, _, _, _, _, _, _, _, _, 2, _], 0,
     [3, _, _, _, _, _, _, 2, 1, _, _, _],
     6, 5, 6, 1.2, -1),
    None,
    ("22", "静岡県", "031", "浜風市職員労働組合", 2250, 640, 0.284, "1月", 33, 33,
     [2, 1, _, _, 1, 3, 8, 14, 2, _, 1, 1], 31,
     [1, _, 2, _, _, 4, 11, 9, 3, 1, _, 2], 30,
     [3, 2, _, 1, 2, 5, 12, 16, 4, _, _, _],
     45, 45, 15, 1.0, 0),
    None,
    ("23", "愛知県", "058", "新緑市職員組合", 1876, 301, 0.160, "4月", 17, 17,
     [5, _, _, _, _, _, 1, _, _, 2, 9, _], 6,
     [4, 2, _, _, _, 1, _, _, _, _, 7, 3], 7,
     [6, 1, _, _, _, _, 2, _, 1, _, _, _],
     10, 30, 3, 0.3333333333333333, 20),
]


def build_03_xlsx(path: Path) -> None:
    wb = openpyxl.Workbook()
    cover = wb.active
    cover.title = "表紙"
    cover["A1"] = "加入拡大モデル単組 実績報告"
    cover["A3"] = "中部ブロック"
    cover["A4"] = "提出日"
    cover["B4"] = "2025年3月5日"
    cover["A5"] = "作成"
    cover["B5"] = "ブロック事務局"
    cover["A7"] = "※集計表は次のシートです"
    ws = wb.create_sheet("集計表")
    ws["A1"] = "令和6年度 加入拡大モデル単組 実績集計表"
    ws["A2"] = "（2025年2月速報値・6月開始）"
    fixed = ["県コード", "県名", "単組コード", "単組名", "組合員数", "団生保有",
             "加入率", "発効", "R4年度実績", "R5年度実績"]
    for i, h in enumerate(fixed, start=1):
        ws.cell(row=4, column=i, value=h)
    for start, fy, label in ((11, 2022, "令和4年度"), (24, 2023, "令和5年度"),
                             (37, 2024, "令和6年度")):
        ws.cell(row=3, column=start, value=label).alignment = WRAP
        ws.merge_cells(start_row=3, start_column=start, end_row=3,
                       end_column=start + (12 if fy != 2024 else 11))
        for k, m in enumerate(_reiwa_months(fy)):
            ws.cell(row=4, column=start + k, value=m)
        if fy != 2024:
            ws.cell(row=4, column=start + 12, value="2月累計")
    for i, h in enumerate(["累積件数", "目標件数", "前年比", "達成率", "残件数"], start=49):
        ws.cell(row=4, column=i, value=h)
    r = 5
    for row in F03_ROWS:
        if row is None:
            r += 1
            continue
        (code, pref, ucode, name, mem, dan, rate, hakko, y22, y23,
         m22, c22, m23, c23, m24, cum, tgt, yoy, ach, rem) = row
        _put_row(ws, r, 1, [code, pref, ucode, name, mem, dan, rate, hakko, y22, y23])
        ws.cell(row=r, column=7).number_format = "0.0%"
        _put_row(ws, r, 11, m22)
        ws.cell(row=r, column=23, value=c22)
        _put_row(ws, r, 24, m23)
        ws.cell(row=r, column=36, value=c23)
        _put_row(ws, r, 37, m24)
        _put_row(ws, r, 49, [cum, tgt, yoy, ach, rem])
        ws.cell(row=r, column=52).number_format = "0.0%"
        r += 1
    # r == 13 here
    ws.cell(row=r, column=1, value="合計")
    _put_row(ws, r, 5, [5605, 2029])
    _put_row(ws, r, 49, [90, 125, 36, 0.72, 35])
    ws.cell(row=r, column=52).number_format = "0.0%"
    ws.cell(row=r + 1, column=1, value="※令和6年度は2025年2月までの速報値。3月以降は空欄")
    wb.save(path)


def build_03(path: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / (path.stem + ".xlsx")
        build_03_xlsx(src)
        shutil.move(str(lo.convert(src, Path(tmp), "xls")), str(path))  # tests/lo.py


# ---------------------------------------------------------------------------
# 04  近畿  (openpyxl, May start, no past 累計 columns, full-width headings)
# ---------------------------------------------------------------------------
FW_MAY = ["５月", "６月", "７月", "８月", "９月", "１０月", "１１月", "１２月",
          "１月", "２月", "３月", "４月"]
# per union: 県コード, 県名, 単組コード, 単組名, 組合員数, 団生保有, 発効,
#            months2022[12], months2023[12], months2024[12],
#            累積件数, 目標件数, 前年比, 達成率, 残件数
F04_UNIONS = [
    (26, "滋賀", 8, "湖岸町職員組合", 275, 120, "10月",
     [_, _, _, _, _, 4, _, _, _, 1, _, _],
     [_, 1, _, _, _, 3, _, _, _, _, _, _],
     [_, _, _, _, "２", 5, _, _, _, 1, _, _],
     8, 10, 4, 0.8, 2),
    (27, "京都", 36, "北山市職員労働組合", 930, 515, "4月",
     [2, 10, 1, _, _, _, _, _, 1, _, 3, 9],
     [1, 12, _, 2, _, 1, _, _, _, _, 2, 11],
     [9, "１２", 1, _, 1, _, _, 2, _, _, _, _],
     25, 25, 9, 1.0, 0),
    (30, "大阪", 112, "淀川台市職員組合", 1640, 402, "1月",
     [_, 2, _, _, _, 1, 3, 6, 8, 2, _, _],
     [1, _, 1, _, _, _, 4, 9, 5, _, _, 1],
     [_, 1, _, _, _, 2, 2, 7, "３", _, _, _],
     15, 30, -5, 0.5, 15),
    (32, "兵庫", 5, "播磨野市職員労働組合", 3020, 1210, "11月",
     [3, 4, _, 2, 1, 15, 9, 1, _, 1, 2, 3],
     [4, 2, 1, 1, 3, 12, 14, 2, 1, _, 1, 2],
     [5, 3, 2, _, 4, 18, 11, _, 2, 1, _, _],
     46, 50, 6, 0.92, 4),
    (32, "兵庫", 77, "六甲台町職員組合", 150, 99, "7月",
     [_, _, 2, 1, _, _, _, _, _, _, _, _],
     [_, _, 5, _, _, _, _, _, _, _, _, _],
     [_, _, 9, 1, _, _, _, _, _, 1, _, _],
     11, 10, 6, 1.1, -1),
]
F04_SHAHO = (60, "社保労連", 12, "見本健康保険職員組合", 640, 210, "12月",
             [_, _, _, _, _, _, _, 4, 1, _, _, _],
             [1, _, _, _, _, _, 2, 3, _, _, _, _],
             [_, _, _, _, _, _, 1, 6, 2, _, _, _],
             9, 15, 3, 0.6, 6)


def _f04_row(ws, r: int, u) -> None:
    (code, pref, ucode, name, mem, dan, hakko, m22, m23, m24,
     cum, tgt, yoy, ach, rem) = u
    _put_row(ws, r, 1, [code, pref, ucode, name, mem, dan, hakko])
    _put_row(ws, r, 8, m22)
    _put_row(ws, r, 20, m23)
    _put_row(ws, r, 32, m24)
    _put_row(ws, r, 44, [cum, tgt, yoy, ach, rem])
    ws.cell(row=r, column=47).number_format = "0.0%"


def build_04(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws["A1"] = "2024年度 加入拡大モデル単組 近畿ブロック（5月開始）　2025年2月速報値"
    for i, h in enumerate(["県コード", "県名", "単組コード", "単組名", "組合員数",
                           "団生保有", "発効"], start=1):
        ws.cell(row=4, column=i, value=h)
    for start, label in ((8, "2022年度"), (20, "2023年度"), (32, "2024年度")):
        for k in range(12):
            ws.cell(row=3, column=start + k, value=label)
            ws.cell(row=4, column=start + k, value=FW_MAY[k])
    for i, h in enumerate(["累積件数", "目標件数", "前年比", "達成率", "残件数"], start=44):
        ws.cell(row=4, column=i, value=h)
    r = 5
    for u in F04_UNIONS:
        _f04_row(ws, r, u)
        r += 1
    # r == 10
    ws.cell(row=r, column=4, value="合計")
    _put_row(ws, r, 44, [105, 125, 20, 0.84, 20])
    ws.cell(row=r, column=47).number_format = "0.0%"
    ws.cell(row=r + 2, column=1, value="※社保労連は全国集計に含まない")
    _f04_row(ws, r + 3, F04_SHAHO)
    wb.save(path)


# ---------------------------------------------------------------------------
# 05  九州  (openpyxl, June start, cutoff 2025年1月, JIS codes by mistake)
# ---------------------------------------------------------------------------
def _ym_headings(fy: int) -> list[str]:
    out = []
    for k in range(12):
        month = 6 + k
        year = fy + (1 if month > 12 else 0)
        month = month - 12 if month > 12 else month
        out.append(f"{year}年{month}月")
    return out


# per union: 県コード(JIS!), 県名, 単組コード, 単組名, 担当, 組合員数, 団生保有, 発効,
#            2022年度実績, 2023年度実績, months2022[12], 1月累計2022,
#            months2023[12], 1月累計2023, months2024[12],
#            累積件数, 目標件数, 前年比, 達成率, 残件数, 備考
F05_UNIONS = [
    (40, "福岡", "210", "筑前原市職員労働組合", "県支部", "2,870", 1930, "10月", 46, 45,
     [3, 2, 1, 4, 20, 6, 2, 1, 3, 1, 2, 1], 39,
     [2, 4, _, 3, 25, 4, 1, 2, _, 1, 3, _], 41,
     [5, 1, 2, 2, 31, 5, 3, _, _, _, _, _],
     49, 60, 8, 0.8166666666666667, 11, "10月発効で大幅増"),
    (40, "福岡", "233", "遠賀野町職員組合", "書記局", 198, 77, "10月", 3, 2,
     [_, _, _, _, 3, _, _, _, _, _, _, _], 3,
     [0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0], 2,
     [0, 0, 0, 0, 6, 2, 0, 3, _, _, _, _],
     11, 10, 9, 1.1, -1, ""),
    (43, "熊本", "009", "阿蘇野市役所職員組合", "県支部", 455, 212, "1月", 10, 11,
     [_, 1, _, _, _, _, 2, 6, 1, _, _, _], 9,
     [1, _, _, _, _, _, 1, 8, _, _, 1, _], 10,
     [_, _, 1, _, _, _, 3, 9, _, _, _, _],
     13, 20, 3, 0.65, 7, ""),
    (44, "大分", "046", "湯ノ里市職員連合労働組合", "県支部", "1,012", 540, "1月", 17, 16,
     [2, _, _, 1, _, _, 4, 9, _, _, 1, _], 16,
     [_, 1, _, _, _, 2, 3, 7, 1, _, _, 2], 13,
     [1, _, _, _, 1, _, 5, 18, _, _, _, _],
     25, 25, 12, 1.0, 0, "1月スポット募集"),
    (47, "沖縄", "015", "珊瑚浜町職員労働組合", "書記局", 120, 58, "12月", 3, 1,
     [_, _, _, _, _, 1, 2, _, _, _, _, _], 3,
     [_, _, _, _, _, _, 1, _, _, _, _, _], 1,
     [_, _, _, _, _, _, 2, 1, _, _, _, _],
     3, 12, 2, 0.25, 9, ""),
]


def build_05(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "九州"
    ws["A1"] = "九州ブロック 加入拡大モデル単組一覧（6月開始）　2025年1月速報値"
    heads = ["県コード", "県名", "単組コード", "単組名", "担当", "組合員数", "団生保有",
             "発効", "2022年度実績", "2023年度実績"]
    heads += _ym_headings(2022) + ["2023年1月累計"]
    heads += _ym_headings(2023) + ["2024年1月累計"]
    heads += _ym_headings(2024)
    heads += ["累積件数", "目標件数", "前年比", "達成率", "残件数", "備考"]
    for i, h in enumerate(heads, start=1):
        ws.cell(row=2, column=i, value=h)
    r = 3
    for u in F05_UNIONS:
        (code, pref, ucode, name, tanto, mem, dan, hakko, y22, y23,
         m22, c22, m23, c23, m24, cum, tgt, yoy, ach, rem, note) = u
        _put_row(ws, r, 1, [code, pref, ucode, name, tanto, mem, dan, hakko, y22, y23])
        _put_row(ws, r, 11, m22)
        ws.cell(row=r, column=23, value=c22)
        _put_row(ws, r, 24, m23)
        ws.cell(row=r, column=36, value=c23)
        _put_row(ws, r, 37, m24)
        _put_row(ws, r, 49, [cum, tgt, yoy, ach, rem, note or None])
        ws.cell(row=r, column=52).number_format = "0.0%"
        r += 1
    # r == 8
    ws.cell(row=r, column=2, value="合計")
    _put_row(ws, r, 49, [101, 127, 34, 0.795, 26])
    ws.cell(row=r, column=52).number_format = "0.0%"
    ws.cell(row=r + 1, column=1, value="※2025年1月末現在。2月以降の実績は次回報告")
    wb.save(path)


# ---------------------------------------------------------------------------
# 06  北陸  (openpyxl, June start, grid from column B, stale typed results)
# ---------------------------------------------------------------------------
# per union: 県コード, 県名, 単組コード, 単組名, 旧単組コード(hidden), 組合員数,
#            団生保有数, 発効, R4年度実績, R5年度実績, months2022[12], 2月累計2022,
#            months2023[12], 2月累計2023, months2024[12],
#            累積(stale), 目標, 前年比(stale), 達成率(stale text), 残件数(stale)
F06_UNIONS = [
    ("19", "富山", "006", "雪見市職員組合　", 1906, 520, 210, "12月", 8, 9,
     [_, _, _, _, _, 2, 5, _, _, _, _, 1], 7,
     [1, _, _, _, _, 3, 4, _, 1, _, _, _], 9,
     [_, 1, _, _, _, 1, 6, 2, 3, 0, 0, 0],
     10, 20, 2, "50.0%", 10),
    ("19", "富山", "041", "朝霧町職員組合", 1941, 88, 35, "12月", 1, 0,
     [_, _, _, _, _, _, 1, _, _, _, _, _], 1,
     [_, _, _, _, _, _, _, _, _, _, _, _], 0,
     [_, _, _, _, _, _, 2, _, _, 0, 0, 0],
     2, _, 2, _, _),
    ("20", "石川", "003", "白山麓市職員労働組合", 2003, 1450, 610, "11月", 24, 25,
     [2, _, 1, _, 3, 14, 1, _, _, 1, _, 2], 21,
     [1, 1, _, _, 2, 16, 2, 1, _, _, 1, 1], 23,
     [3, _, _, 2, 4, 19, 1, 2, _, 0, 0, 0],
     31, 30, 8, "103.3%", -1),
    ("20", "石川", "019", "能登浜町職員組合", 2019, 230, 150, "11月", 4, 3,
     [_, _, _, _, _, 4, _, _, _, _, _, _], 4,
     [_, _, _, _, 1, 2, _, _, _, _, _, _], 3,
     [_, _, _, _, _, 3, _, _, 2, 0, 0, 0],
     3, 10, 0, "30.0%", 7),
    ("21", "福井", "002", "越前原市職員労働組合", 2102, 980, 455, "10月", 15, 18,
     [1, _, _, 2, 9, 1, _, _, 1, _, 1, _], 14,
     [_, 2, _, 1, 11, _, 1, _, _, 2, _, 1], 15,
     [2, _, 1, 1, 14, 2, _, 1, 4, 0, 0, 0],
     21, 25, 6, "84.0%", 4),
]


def build_06(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "北陸"
    ws["B1"] = "北陸ブロック 加入拡大モデル単組（6月開始）"
    ws["B2"] = "2025年2月分　修正版"
    fixed = ["県コード", "県名", "単組コード", "単組名", "旧単組コード", "組合員数",
             "団生保有数", "発効", "R4年度実績", "R5年度実績"]
    for i, h in enumerate(fixed, start=2):
        ws.cell(row=5, column=i, value=h)
    for start, label in ((12, "2022年度"), (25, "2023年度"), (38, "2024年度")):
        ws.cell(row=4, column=start, value=label).alignment = WRAP
        ws.merge_cells(start_row=4, start_column=start, end_row=4,
                       end_column=start + (12 if start != 38 else 11))
        for k, m in enumerate(JUNE):
            ws.cell(row=5, column=start + k, value=m)
        if start != 38:
            ws.cell(row=5, column=start + 12, value="2月累計")
    for i, h in enumerate(["累積", "目標", "前年比", "達成率", "残件数"], start=50):
        ws.cell(row=5, column=i, value=h)
    ws.column_dimensions["F"].hidden = True
    r = 6
    for u in F06_UNIONS:
        (code, pref, ucode, name, old, mem, dan, hakko, y22, y23,
         m22, c22, m23, c23, m24, cum, tgt, yoy, ach, rem) = u
        _put_row(ws, r, 2, [code, pref, ucode, name, old, mem, dan, hakko, y22, y23])
        _put_row(ws, r, 12, m22)
        ws.cell(row=r, column=24, value=c22)
        _put_row(ws, r, 25, m23)
        ws.cell(row=r, column=37, value=c23)
        _put_row(ws, r, 38, m24)
        _put_row(ws, r, 50, [cum, tgt, yoy, ach, rem])
        r += 1
    # r == 11: stale 合計 row (January figures)
    ws.cell(row=r, column=5, value="合計")
    _put_row(ws, r, 50, [67, 85, 18, "78.8%", 18])
    ws.cell(row=r + 1, column=2, value="※3月以降は0を入力しています。累積・達成率は前回報告時点のままです")
    ws.freeze_panes = "F6"
    wb.save(path)


BUILDERS = {
    "01_北海道東北_6月開始.xlsx": build_01,
    "02_関東_5月開始.xlsx": build_02,
    "03_中部_6月開始.xls": build_03,
    "04_近畿_5月開始.xlsx": build_04,
    "05_九州_6月開始.xlsx": build_05,
    "06_北陸_6月開始_修正版.xlsx": build_06,
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
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp(prefix="legacy_grid_"))
    for n, p in build(target).items():
        print(n, p)
