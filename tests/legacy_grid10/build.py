"""Tenth independent fixture set: 加入拡大モデル単組 grids (Report A), theme
"ordinary files, ordinary mistakes" -- eight grids as eight different people
in other offices plausibly keep them, each file a blend of several habits, to
MEASURE how well the reader generalises to layouts nobody on the team wrote.
Made by a helper who never read the reader's code (only tests/grid_compare.py,
the format of tests/legacy_grid9 and the first docstring lines of
tests/test_legacy_grid*.py, to avoid repeating habits already covered).

All union names are invented (見本 / 試験 / 架空); no person's name appears.
All month counts are literals typed here by hand (sparse dicts
``{calendar month: count}``; a missing month is a blank cell).  FY2024 (past
years 2022 and 2023) in every file.  Expected readings are in expected.py,
worked out by hand from these literals (never produced by the tool).

Derived cells in the files (N月累計, 年度実績, 累積件数, 前年比, 達成率, 残件数,
subtotal / 合計 rows) are what the clerk's sheet shows; some are wrong on
purpose (see the habits).  expected.py never uses them: the months are the
truth.

Files (writer / sheet / habits)
-------------------------------

01_東北_前年ブック流用_年度追加.xlsx -- openpyxl, sheet 「R5年度」 (stale tab
    name), June start, cutoff 2025年2月 (row 2 「2025年2月速報値」).
    * last year's book copied and a 2024 block ADDED on the right: FOUR year
      blocks 2021 | 2022 | 2023 | 2024年度（今年度・追加）, each with a 「2月累計」
      column (the added current block too);
    * the left total columns still headed 「2021年度実績」「2022年度実績」
      (not moved on with the year);
    * the copied 前年比 still subtracts the 2022 block's 2月累計 (stale
      reference: the typed 前年比 values are wrong);
    * a union new this year (試験角市) at the bottom whose 2021-2023 cells
      are all blank;
    * fixed columns merged over the two heading rows, 県コード as text.

02_北陸_単組が列_月が行.xlsx -- XlsxWriter, sheet 「北陸」, June start, cutoff
    2025年1月 (row 2 「2025年1月末現在」).
    * turned: one COLUMN per union, the months as ROWS;
    * the month rows are REAL DATES (2022-06-01 …) shown as m"月";
    * the year given only by 「令和4年度」… cells merged down over its 12 rows;
    * 「年度計」「1月累計」 rows after each past year, 累積件数 / 前年比 /
      達成率 / 残件数 rows after the current one;
    * a 「北陸計」 column at the right (not a union), a 備考 column after it;
    * 県名 only (「富山県」…), no 県コード; 単組コード numbers shown "000".

03_九州_5月開始_累計手入力.xlsx -- openpyxl, sheet 「九州」, MAY start said
    ONLY in the title (「…（5月開始）　2025年3月末」), headings 「3月累計」.
    * 3月累計 and 累積件数 typed BY HAND, three of them wrong (見本留米 2022:
      22 for 20, the April months counted; 架空崎 2023: 10 for 8; 試験津
      累積 7 for 9, last month's figure) and 前年比 / 達成率 / 残件数 / 合計
      typed from the wrong figures;
    * 達成率 typed as text 「65.0%」;
    * headings with units 「組合員数（人）」「団生保有（件）」;
    * 県コード typed as numbers (42 …).

04_全国抜粋_地連小計_社保労連.xlsx -- XlsxWriter, sheet 「モデル単組（6月開始）」,
    HQ's own column plan and title, June start, cutoff 2025年2月.
    * 地連 SUBTOTAL rows interleaved between prefectures, each labelled its
      own way (「北海道地連　計」 merged over A:D; 「東北地連」 in 県名 with
      「小計」 in 単組名; 「関東甲地連　計」 in 単組名 only);
    * 合計 = SUBTOTAL over all unions; a 社保労連 (60) union below it under
      the ※ note;
    * 加入率 over 100 % (架空川町 290 / 246);
    * 単組コード as numbers shown "000"; an AutoFilter on the heading row
      (no condition).

05_近畿_県セル結合_件数口数2段.xlsx -- openpyxl, sheet 「近畿」, June start,
    cutoff 令和6年12月 (row 2 「令和6年12月末現在」, headings 「12月累計」).
    * 県コード / 県名 cells MERGED down over all the rows of the prefecture's
      unions;
    * TWO rows per union, 区分 「件数」 and 「口数」 (units): the union's own
      cells (code, name, 組合員数, 団生保有, 目標件数) merged over both;
      the model-union count is the 件数 row;
    * 目標件数 before the months; a two-row 合計 (件数 / 口数);
    * 令和 title and cutoff.

06_四国_1万行書式_合計が上.xlsx -- XlsxWriter, sheet 「四国」, June start,
    cutoff 2025年1月 (row 2).
    * a 10,000-row data area: every row down to row 10006 formatted
      (borders, number formats), the derived columns holding formulas
      =IF($D…="","",…) copied down, cached "" on the empty rows;
    * the 合計 row at the TOP, between the headings and the first union
      (=SUM over the whole 10,000 rows);
    * headings 「県No.」「単組No.」「組合員」;
    * freeze panes under the 合計 row.

07_中国_漢数字_全角数字.xlsx -- openpyxl, sheet 「中国地連」, June start said as
    「（六月開始）」, cutoff 「令和七年二月末現在」.
    * kanji numerals in the title, year groups (「令和四年度」「令和五年度」
      「令和六年度」), cutoff and 発効 (「十月」);
    * FULL-WIDTH month headings 「６月」…「５月」, 「２月累計」;
    * codes as full-width text 「３３」「００１」; some counts typed
      full-width as text (「１６」「１５」「９」「６」, a target 「１０」);
      組合員数 「２，３１０」 as text;
    * 前々年度実績 / 前年度実績 headed without their years.

08_関東甲_日付見出し_累積が左.xls -- XlsxWriter, converted to legacy .xls with
    LibreOffice; sheet 「関東甲」 (a 「県コード表」 lookup sheet after it),
    June start, cutoff 2024年11月 (row 2 「2024年11月末現在」, 「11月累計」).
    * month HEADINGS are real dates shown m"月";
    * 目標件数 / 累積件数 / 達成率 / 残件数 / 前年比 LEFT of the months;
    * a blank row between prefectures;
    * 「単組CD」 heading; a union with nothing yet this year (架空海村, 0);
    * the lookup sheet lists every 県コード and 県名 (no unions, no months).
"""
from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import openpyxl
import xlsxwriter
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter as L
from xlsxwriter.utility import xl_col_to_name as XL

JUNE = (6, 7, 8, 9, 10, 11, 12, 1, 2, 3, 4, 5)
MAY = (5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3, 4)


def order(start: int):
    return JUNE if start == 6 else MAY


def cal_year(fy: int, m: int, start: int) -> int:
    return fy if m >= start else fy + 1


def ysum(d: dict) -> int:
    return sum(d.values())


def csum(d: dict, start: int, cut: int) -> int:
    tot = 0
    for m in order(start):
        tot += d.get(m, 0)
        if m == cut:
            break
    return tot


def fw(x) -> str:
    """Full-width digits (and comma) as an IME would type them."""
    return str(x).translate(str.maketrans("0123456789,", "０１２３４５６７８９，"))


THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
HEAD_FILL = PatternFill("solid", fgColor="DDEBF7")
NEW_FILL = PatternFill("solid", fgColor="FFF2CC")
SUB_FILL = PatternFill("solid", fgColor="E2EFDA")


def _head(ws, row, col, text, fill=HEAD_FILL):
    c = ws.cell(row, col, text)
    c.alignment = CENTER
    c.border = BOX
    c.fill = fill
    c.font = Font(bold=True)
    return c


# ======================================================================
# 01 東北: last year's book copied, a 2024 block added (June start, cutoff 2月)
# ======================================================================
F01 = "01_東北_前年ブック流用_年度追加.xlsx"
U01 = [
    dict(pc="03", pn="青森", uc="012", name="見本浜市職員労働組合", mem=842, pol=311, eff="10月", tgt=16,
         m={2021: {10: 5, 11: 2, 3: 1},
            2022: {6: 1, 10: 6, 11: 1, 1: 2, 4: 1},
            2023: {10: 4, 12: 1, 2: 2, 5: 3},
            2024: {7: 1, 10: 7, 11: 2, 1: 3}}),
    dict(pc="03", pn="青森", uc="027", name="試験沢町職員組合", mem=215, pol=98, eff="10月", tgt=5,
         m={2021: {10: 2},
            2022: {10: 3, 2: 1},
            2023: {10: 1, 3: 1},
            2024: {10: 4, 12: 1, 2: 1}}),
    dict(pc="04", pn="岩手", uc="003", name="架空野市職員労働組合", mem=1530, pol=702, eff="1月", tgt=48,
         m={2021: {1: 12, 2: 3, 5: 1},
            2022: {6: 2, 1: 15, 2: 4, 3: 2},
            2023: {8: 1, 1: 18, 2: 2, 4: 1},
            2024: {6: 1, 9: 2, 1: 9, 2: 3}}),
    dict(pc="05", pn="宮城", uc="041", name="見本台市職員組合", mem=2204, pol=1016, eff="4月", tgt=30,
         m={2021: {8: 1, 4: 20, 5: 4},
            2022: {7: 2, 11: 1, 4: 22, 5: 3},
            2023: {6: 1, 9: 1, 2: 2, 4: 18, 5: 5},
            2024: {6: 3, 7: 2, 10: 1, 12: 2, 2: 4}}),
    # new model union of 2024: its 2021-2023 cells are left blank
    dict(pc="06", pn="秋田", uc="015", name="試験角市職員労働組合", mem=388, pol=120, eff="10月", tgt=10,
         m={2021: None, 2022: None, 2023: None,
            2024: {10: 6, 11: 2, 1: 1}}),
]


def build01(path: Path):
    start, cut = 6, 2
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "R5年度"
    ws["A1"] = "2024年度　加入拡大モデル単組　取り組み状況（6月開始）"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "2025年2月速報値"
    left = ["自治労県コード", "県名", "単組コード", "加入拡大モデル単組", "組合員数", "団生保有", "加入率", "発効",
            "2021年度実績", "2022年度実績"]
    for i, h in enumerate(left, 1):
        _head(ws, 4, i, h)
        ws.merge_cells(start_row=4, start_column=i, end_row=5, end_column=i)
    col = len(left) + 1
    blocks = {}
    for fy in (2021, 2022, 2023, 2024):
        label = f"{fy}年度" if fy != 2024 else "2024年度（今年度・追加）"
        fill = NEW_FILL if fy == 2024 else HEAD_FILL
        _head(ws, 4, col, label, fill)
        ws.merge_cells(start_row=4, start_column=col, end_row=4, end_column=col + 12)
        blocks[fy] = col
        for k, m in enumerate(JUNE):
            _head(ws, 5, col + k, f"{m}月", fill)
        _head(ws, 5, col + 12, "2月累計", fill)
        col += 13
    right = ["累積件数", "目標件数", "前年比", "達成率", "残件数", "県名"]
    rc = {}
    for i, h in enumerate(right):
        _head(ws, 4, col + i, h)
        ws.merge_cells(start_row=4, start_column=col + i, end_row=5, end_column=col + i)
        rc[h] = col + i
    last_col = col + len(right) - 1
    r = 6
    sums: dict[int, int] = {}

    def put(row, c, v, fmt=None):
        cell = ws.cell(row, c, v)
        cell.border = BOX
        if fmt:
            cell.number_format = fmt
        if isinstance(v, (int, float)) and not isinstance(v, bool) and row < 100:
            sums[c] = sums.get(c, 0) + v
        return cell

    for u in U01:
        for c in range(1, last_col + 1):
            ws.cell(r, c).border = BOX
        put(r, 1, u["pc"])
        put(r, 2, u["pn"])
        put(r, 3, u["uc"])
        put(r, 4, u["name"])
        put(r, 5, u["mem"], "#,##0")
        put(r, 6, u["pol"], "#,##0")
        ws.cell(r, 7, u["pol"] / u["mem"]).number_format = "0.0%"
        put(r, 8, u["eff"])
        if u["m"][2021] is not None:
            put(r, 9, ysum(u["m"][2021]))
            put(r, 10, ysum(u["m"][2022]))
        for fy, c0 in blocks.items():
            d = u["m"][fy]
            if d is None:
                continue
            for k, m in enumerate(JUNE):
                if m in d:
                    put(r, c0 + k, d[m])
            put(r, c0 + 12, csum(d, start, cut))
        cum = csum(u["m"][2024], start, cut)
        put(r, rc["累積件数"], cum)
        put(r, rc["目標件数"], u["tgt"])
        # the copied 前年比 still points at the 2022 block (stale reference)
        if u["m"][2022] is not None:
            put(r, rc["前年比"], cum - csum(u["m"][2022], start, cut))
        else:
            put(r, rc["前年比"], cum)
        ws.cell(r, rc["達成率"], cum / u["tgt"]).number_format = "0.0%"
        put(r, rc["残件数"], u["tgt"] - cum)
        put(r, rc["県名"], u["pn"])
        r += 1
    # 合計 row
    ws.cell(r, 1, "合計")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
    for c, v in sums.items():
        if c >= 5:
            ws.cell(r, c, v).border = BOX
    ws.cell(r, 7, sums[6] / sums[5]).number_format = "0.0%"
    ws.cell(r, rc["達成率"], sums[rc["累積件数"]] / sums[rc["目標件数"]]).number_format = "0.0%"
    for c in range(1, last_col + 1):
        ws.cell(r, c).font = Font(bold=True)
    ws.freeze_panes = "E6"
    wb.save(path)


# ======================================================================
# 02 北陸: turned grid (unions as columns, months as date rows)
# ======================================================================
F02 = "02_北陸_単組が列_月が行.xlsx"
U02 = [
    dict(pn="富山県", uc=4, name="見本部市職員労働組合", mem=261, pol=100, eff="12月", tgt=20,
         m={2022: {6: 1, 12: 8, 1: 2},
            2023: {12: 6, 1: 1, 3: 2},
            2024: {7: 1, 12: 9, 1: 3}}),
    dict(pn="富山県", uc=14, name="試験波市職員労働組合", mem=279, pol=94, eff="12月", tgt=7,
         m={2022: {12: 3},
            2023: {12: 2, 5: 1},
            2024: {12: 5, 1: 2}}),
    dict(pn="石川県", uc=1, name="架空川県職員労働組合", mem=3091, pol=1201, eff="11月", tgt=80,
         m={2022: {11: 20, 12: 3, 2: 5, 4: 1},
            2023: {6: 2, 11: 24, 12: 4, 1: 1, 3: 2},
            2024: {6: 1, 8: 2, 11: 30, 12: 8, 1: 4}}),
    dict(pn="石川県", uc=47, name="見本賀医療センター労働組合", mem=329, pol=12, eff="11月", tgt=5,
         m={2022: {11: 1},
            2023: {11: 2, 2: 1},
            2024: {11: 1}}),
    dict(pn="福井県", uc=5, name="試験賀市職員労働組合", mem=451, pol=54, eff="10月", tgt=15,
         m={2022: {10: 6, 11: 1, 5: 2},
            2023: {10: 9, 1: 2, 2: 1},
            2024: {10: 12, 11: 3, 12: 1}}),
]


def build02(path: Path):
    start, cut = 6, 1
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("北陸")
    b = wb.add_format({"border": 1})
    bh = wb.add_format({"border": 1, "bold": True, "bg_color": "#DDEBF7", "align": "center", "valign": "vcenter",
                        "text_wrap": True})
    by = wb.add_format({"border": 1, "bold": True, "bg_color": "#DDEBF7", "align": "center", "valign": "vcenter",
                        "rotation": 270})
    bd = wb.add_format({"border": 1, "num_format": 'm"月"', "align": "center"})
    b000 = wb.add_format({"border": 1, "num_format": "000", "align": "center"})
    bpct = wb.add_format({"border": 1, "num_format": "0.0%"})
    bnum = wb.add_format({"border": 1, "num_format": "#,##0"})
    bsum = wb.add_format({"border": 1, "bold": True, "bg_color": "#E2EFDA"})
    ws.write(0, 0, "2024年度　加入拡大モデル単組　月別実績（6月開始）", wb.add_format({"bold": True, "font_size": 14}))
    ws.write(1, 0, "2025年1月末現在")
    n = len(U02)
    tc = 2 + n          # 北陸計 column
    note_c = tc + 1     # 備考
    labels = {3: "県名", 4: "単組コード", 5: "単組名", 6: "組合員数", 7: "団生保有", 8: "加入率", 9: "発効", 10: "目標件数"}
    for r, t in labels.items():
        ws.merge_range(r, 0, r, 1, t, bh)
    for j, u in enumerate(U02):
        c = 2 + j
        ws.write(3, c, u["pn"], bh)
        ws.write_number(4, c, u["uc"], b000)
        ws.write(5, c, u["name"], bh)
        ws.write_number(6, c, u["mem"], bnum)
        ws.write_number(7, c, u["pol"], bnum)
        ws.write_formula(8, c, f"={XL(c)}8/{XL(c)}7", bpct, u["pol"] / u["mem"])
        ws.write(9, c, u["eff"], b)
        ws.write_number(10, c, u["tgt"], b)
    ws.write(3, tc, "北陸計", bh)
    ws.write(3, note_c, "備考", bh)
    ws.write_blank(4, tc, None, b)
    ws.write_blank(5, tc, None, b)
    tm = sum(u["mem"] for u in U02)
    tp = sum(u["pol"] for u in U02)
    tt = sum(u["tgt"] for u in U02)
    ws.write_formula(6, tc, f"=SUM(C7:{XL(tc - 1)}7)", bnum, tm)
    ws.write_formula(7, tc, f"=SUM(C8:{XL(tc - 1)}8)", bnum, tp)
    ws.write_formula(8, tc, f"={XL(tc)}8/{XL(tc)}7", bpct, tp / tm)
    ws.write_blank(9, tc, None, b)
    ws.write_formula(10, tc, f"=SUM(C11:{XL(tc - 1)}11)", b, tt)
    ws.write(11, 0, "年度", bh)
    ws.write(11, 1, "月", bh)
    for c in range(2, tc + 1):
        ws.write_blank(11, c, None, bh)
    ws.write(10, note_c, "目標は県本部設定", b)

    def row_total(r, vals, fmt=b):
        ws.write_formula(r, tc, f"=SUM(C{r + 1}:{XL(tc - 1)}{r + 1})", fmt, sum(vals))

    r = 12
    for fy, label in ((2022, "令和4年度"), (2023, "令和5年度"), (2024, "令和6年度")):
        ws.merge_range(r, 0, r + 11, 0, label, by)
        for k, m in enumerate(JUNE):
            ws.write_datetime(r + k, 1, dt.datetime(cal_year(fy, m, start), m, 1), bd)
            vals = []
            for j, u in enumerate(U02):
                v = u["m"][fy].get(m)
                if v is None:
                    ws.write_blank(r + k, 2 + j, None, b)
                else:
                    ws.write_number(r + k, 2 + j, v, b)
                    vals.append(v)
            if fy == 2024 and JUNE.index(m) > JUNE.index(cut):
                ws.write_blank(r + k, tc, None, b)
            else:
                row_total(r + k, vals)
        first, lastm = r + 1, r + 12
        if fy != 2024:
            ws.write(r + 12, 1, "年度計", bsum)
            ws.write_blank(r + 12, 0, None, bsum)
            for j, u in enumerate(U02):
                ws.write_formula(r + 12, 2 + j, f"=SUM({XL(2 + j)}{first}:{XL(2 + j)}{lastm})", bsum,
                                 ysum(u["m"][fy]))
            row_total(r + 12, [ysum(u["m"][fy]) for u in U02], bsum)
            ws.write(r + 13, 1, "1月累計", bsum)
            ws.write_blank(r + 13, 0, None, bsum)
            for j, u in enumerate(U02):
                ws.write_formula(r + 13, 2 + j, f"=SUM({XL(2 + j)}{first}:{XL(2 + j)}{first + 7})", bsum,
                                 csum(u["m"][fy], start, cut))
            row_total(r + 13, [csum(u["m"][fy], start, cut) for u in U02], bsum)
            r += 14
        else:
            r += 12
    # current-year results rows
    cum = [csum(u["m"][2024], start, cut) for u in U02]
    prev = [csum(u["m"][2023], start, cut) for u in U02]
    for k, lab in enumerate(("累積件数", "前年比", "達成率", "残件数")):
        ws.merge_range(r + k, 0, r + k, 1, lab, bh)
    for j, u in enumerate(U02):
        c = 2 + j
        ws.write_number(r, c, cum[j], bsum)
        ws.write_number(r + 1, c, cum[j] - prev[j], b)
        ws.write_number(r + 2, c, cum[j] / u["tgt"], bpct)
        ws.write_number(r + 3, c, u["tgt"] - cum[j], b)
    ws.write_number(r, tc, sum(cum), bsum)
    ws.write_number(r + 1, tc, sum(cum) - sum(prev), b)
    ws.write_number(r + 2, tc, sum(cum) / tt, bpct)
    ws.write_number(r + 3, tc, tt - sum(cum), b)
    ws.write(r + 5, 0, "※2月以降は集計後に入力します。")
    ws.set_column(0, 0, 5)
    ws.set_column(1, 1, 7)
    ws.set_column(2, tc, 14)
    ws.freeze_panes(12, 2)
    wb.close()


# ======================================================================
# 03 九州: May start said only in the title; 累計 typed by hand, some wrong
# ======================================================================
F03 = "03_九州_5月開始_累計手入力.xlsx"
U03 = [
    dict(pc=42, pn="福岡", uc="008", name="見本留米市職員労働組合", mem=1820, pol=640, eff="10月", tgt=40,
         m={2022: {5: 2, 10: 14, 11: 3, 2: 1, 4: 2},
            2023: {6: 1, 10: 16, 11: 2, 3: 3, 4: 1},
            2024: {5: 1, 10: 18, 11: 4, 1: 2, 3: 1}},
         typed={2022: 22}),          # hand-typed 3月累計 2022: 22 (the April 2 counted in); truth 20
    dict(pc=43, pn="佐賀", uc="002", name="試験津市職員組合", mem=512, pol=230, eff="1月", tgt=16,
         m={2022: {1: 6, 2: 2},
            2023: {1: 5, 3: 1, 4: 2},
            2024: {1: 6, 2: 1, 3: 2}},
         typed_cum=7),               # hand-typed 累積件数 7 (last month's figure); truth 9
    dict(pc=44, pn="長崎", uc="001", name="架空崎県職員労働組合", mem=3400, pol=1150, eff="4月", tgt=35,
         m={2022: {5: 3, 9: 1, 12: 2, 4: 18},
            2023: {5: 4, 7: 2, 1: 1, 3: 1, 4: 21},
            2024: {5: 5, 6: 1, 8: 2, 2: 3, 3: 1}},
         typed={2023: 10}),          # hand-typed 3月累計 2023: 10; truth 8
    dict(pc=46, pn="宮崎", uc="020", name="見本城市職員組合", mem=600, pol=455, eff="11月", tgt=8,
         m={2022: {11: 3, 12: 1},
            2023: {11: 5, 4: 1},
            2024: {11: 6, 12: 2, 3: 1}}),
    dict(pc=49, pn="沖縄", uc="011", name="試験添市職員労働組合", mem=730, pol=95, eff="7月", tgt=12,
         m={2022: {7: 4, 8: 1},
            2023: {7: 3, 10: 1, 4: 1},
            2024: {7: 2}}),
]


def build03(path: Path):
    start, cut = 5, 3
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "九州"
    ws["A1"] = "2024年度　加入拡大モデル単組　実績一覧（5月開始）　2025年3月末"
    ws["A1"].font = Font(bold=True, size=13)
    left = ["県コード", "県名", "単組コード", "単組名", "組合員数（人）", "団生保有（件）", "加入率", "発効"]
    for i, h in enumerate(left, 1):
        _head(ws, 3, i, h)
        ws.merge_cells(start_row=3, start_column=i, end_row=4, end_column=i)
    col = len(left) + 1
    blocks = {}
    for fy in (2022, 2023, 2024):
        _head(ws, 3, col, f"{fy}年度")
        width = 13 if fy != 2024 else 12
        ws.merge_cells(start_row=3, start_column=col, end_row=3, end_column=col + width - 1)
        blocks[fy] = col
        for k, m in enumerate(MAY):
            _head(ws, 4, col + k, f"{m}月")
        if fy != 2024:
            _head(ws, 4, col + 12, "3月累計")
        col += width
    right = ["累積件数", "目標件数", "前年比", "達成率", "残件数", "備考"]
    rc = {}
    for i, h in enumerate(right):
        _head(ws, 3, col + i, h)
        ws.merge_cells(start_row=3, start_column=col + i, end_row=4, end_column=col + i)
        rc[h] = col + i
    r = 5
    tot: dict[int, int] = {}

    def put(c, v, fmt=None):
        cell = ws.cell(r, c, v)
        cell.border = BOX
        if fmt:
            cell.number_format = fmt
        if isinstance(v, int) and c >= 5:
            tot[c] = tot.get(c, 0) + v

    for u in U03:
        put(1, u["pc"])
        put(2, u["pn"])
        put(3, u["uc"])
        put(4, u["name"])
        put(5, u["mem"], "#,##0")
        put(6, u["pol"], "#,##0")
        ws.cell(r, 7, round(u["pol"] / u["mem"], 3)).number_format = "0.0%"
        put(8, u["eff"])
        typed_c = {}
        for fy, c0 in blocks.items():
            d = u["m"][fy]
            for k, m in enumerate(MAY):
                if m in d:
                    put(c0 + k, d[m])
            if fy != 2024:
                typed_c[fy] = u.get("typed", {}).get(fy, csum(d, start, cut))
                put(c0 + 12, typed_c[fy])
        cum = u.get("typed_cum", csum(u["m"][2024], start, cut))
        put(rc["累積件数"], cum)
        put(rc["目標件数"], u["tgt"])
        put(rc["前年比"], cum - typed_c[2023])
        ws.cell(r, rc["達成率"], f"{cum / u['tgt'] * 100:.1f}%").border = BOX
        put(rc["残件数"], u["tgt"] - cum)
        ws.cell(r, rc["備考"]).border = BOX
        r += 1
    ws.cell(5, rc["備考"], "10月発効分を含む")
    ws.cell(r, 4, "合計").font = Font(bold=True)
    for c, v in tot.items():
        ws.cell(r, c, v).font = Font(bold=True)
    ws.cell(r, rc["達成率"], f"{tot[rc['累積件数']] / tot[rc['目標件数']] * 100:.1f}%")
    ws.column_dimensions["D"].width = 24
    wb.save(path)


# ======================================================================
# 04 全国抜粋: HQ layout with 地連 subtotal rows; 社保労連 under the total
# ======================================================================
F04 = "04_全国抜粋_地連小計_社保労連.xlsx"
U04 = [
    dict(pc="01", pn="北海道", uc=39, name="見本牧市立病院職員組合", mem=370, pol=41, eff="10月", tgt=10,
         m={2022: {10: 2, 3: 1}, 2023: {10: 1}, 2024: {10: 3, 11: 1, 2: 1}}),
    dict(pc="04", pn="岩手", uc=1, name="架空手県職員労働組合", mem=1677, pol=1150, eff="10月", tgt=36,
         m={2022: {10: 28, 11: 2, 1: 1, 5: 1},
            2023: {10: 21, 11: 1, 12: 1, 2: 1, 3: 1},
            2024: {10: 23, 11: 9, 1: 2, 2: 1}}),
    dict(pc="07", pn="山形", uc=4, name="試験田市職員労働組合", mem=610, pol=495, eff="11月", tgt=20,
         m={2022: {11: 5, 12: 1, 4: 1}, 2023: {11: 4, 1: 1}, 2024: {11: 7, 12: 1, 1: 1}}),
    dict(pc="13", pn="埼玉", uc=31, name="見本谷市職員労働組合", mem=502, pol=113, eff="6月", tgt=11,
         m={2022: {6: 3, 7: 1}, 2023: {6: 2, 8: 1, 5: 1}, 2024: {6: 6, 7: 3, 9: 1, 12: 1}}),
    dict(pc="16", pn="神奈川", uc=30, name="架空川町職員労働組合", mem=246, pol=290, eff="10月", tgt=3,
         m={2022: {10: 1}, 2023: {10: 2}, 2024: {10: 4}}),
    dict(pc="60", pn="社保労連", uc=5, name="見本社会保険労働組合", mem=900, pol=210, eff="4月", tgt=16,
         m={2022: {4: 3, 5: 1}, 2023: {6: 1, 4: 5}, 2024: {6: 1, 9: 1, 2: 3}}),
]


def build04(path: Path):
    start, cut = 6, 2
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("モデル単組（6月開始）")
    b = wb.add_format({"border": 1})
    bh = wb.add_format({"border": 1, "bold": True, "bg_color": "#DDEBF7", "align": "center", "valign": "vcenter",
                        "text_wrap": True})
    b000 = wb.add_format({"border": 1, "num_format": "000"})
    bnum = wb.add_format({"border": 1, "num_format": "#,##0"})
    bpct = wb.add_format({"border": 1, "num_format": "0.0%"})
    bs = wb.add_format({"border": 1, "bold": True, "bg_color": "#E2EFDA"})
    bspct = wb.add_format({"border": 1, "bold": True, "bg_color": "#E2EFDA", "num_format": "0.0%"})
    ws.write(0, 0, "2024年度 加入拡大モデル単組の取り組み状況（6月開始） 2024年6月～2025年5月（2025年2月速報値）",
             wb.add_format({"bold": True, "font_size": 14}))
    left = ["自治労県コード", "県名", "単組コード", "加入拡大モデル単組", "組合員数", "団生保有", "加入率", "発効",
            "2022年度実績", "2023年度実績"]
    for i, h in enumerate(left):
        ws.merge_range(2, i, 3, i, h, bh)
    col = len(left)
    blocks = {}
    for fy in (2022, 2023, 2024):
        w = 13 if fy != 2024 else 12
        ws.merge_range(2, col, 2, col + w - 1, f"{fy}年度", bh)
        blocks[fy] = col
        for k, m in enumerate(JUNE):
            ws.write(3, col + k, f"{m}月", bh)
        if fy != 2024:
            ws.write(3, col + 12, "2月累計", bh)
        col += w
    right = ["累積件数", "目標件数", "前年比", "達成率", "残件数", "県名"]
    rc = {}
    for i, h in enumerate(right):
        ws.merge_range(2, col + i, 3, col + i, h, bh)
        rc[h] = col + i
    last = col + len(right) - 1
    ws.autofilter(3, 0, 3, last)
    count_cols = [4, 5, 8, 9] + [c for fy, c0 in blocks.items() for c in range(c0, c0 + (13 if fy != 2024 else 12))] \
        + [rc["累積件数"], rc["目標件数"], rc["前年比"], rc["残件数"]]

    def union_row(r, u):
        ws.write(r, 0, u["pc"], b)
        ws.write(r, 1, u["pn"], b)
        ws.write_number(r, 2, u["uc"], b000)
        ws.write(r, 3, u["name"], b)
        ws.write_number(r, 4, u["mem"], bnum)
        ws.write_number(r, 5, u["pol"], bnum)
        ws.write_formula(r, 6, f"=IF(E{r + 1}=0,\"\",F{r + 1}/E{r + 1})", bpct, u["pol"] / u["mem"])
        ws.write(r, 7, u["eff"], b)
        ws.write_formula(r, 8, f"=SUM({XL(blocks[2022])}{r + 1}:{XL(blocks[2022] + 11)}{r + 1})", b,
                         ysum(u["m"][2022]))
        ws.write_formula(r, 9, f"=SUM({XL(blocks[2023])}{r + 1}:{XL(blocks[2023] + 11)}{r + 1})", b,
                         ysum(u["m"][2023]))
        for fy, c0 in blocks.items():
            d = u["m"][fy]
            for k, m in enumerate(JUNE):
                if m in d:
                    ws.write_number(r, c0 + k, d[m], b)
                else:
                    ws.write_blank(r, c0 + k, None, b)
            if fy != 2024:
                ws.write_formula(r, c0 + 12, f"=SUM({XL(c0)}{r + 1}:{XL(c0 + 8)}{r + 1})", b,
                                 csum(d, start, cut))
        cum = csum(u["m"][2024], start, cut)
        c24 = blocks[2024]
        ca, ct, cy, cr, cz = (XL(rc[k]) for k in ("累積件数", "目標件数", "前年比", "達成率", "残件数"))
        ws.write_formula(r, rc["累積件数"], f"=SUM({XL(c24)}{r + 1}:{XL(c24 + 8)}{r + 1})", b, cum)
        ws.write_number(r, rc["目標件数"], u["tgt"], b)
        ws.write_formula(r, rc["前年比"], f"={ca}{r + 1}-{XL(blocks[2023] + 12)}{r + 1}", b,
                         cum - csum(u["m"][2023], start, cut))
        ws.write_formula(r, rc["達成率"], f"=IF({ct}{r + 1}=0,\"\",{ca}{r + 1}/{ct}{r + 1})", bpct, cum / u["tgt"])
        ws.write_formula(r, rc["残件数"], f"={ct}{r + 1}-{ca}{r + 1}", b, u["tgt"] - cum)
        ws.write(r, rc["県名"], u["pn"], b)

    def vals(us, c):
        """What the SUBTOTAL shows in column c for the unions us."""
        out = 0
        for u in us:
            if c == 4:
                out += u["mem"]
            elif c == 5:
                out += u["pol"]
            elif c == 8:
                out += ysum(u["m"][2022])
            elif c == 9:
                out += ysum(u["m"][2023])
            elif c == rc["累積件数"]:
                out += csum(u["m"][2024], start, cut)
            elif c == rc["目標件数"]:
                out += u["tgt"]
            elif c == rc["前年比"]:
                out += csum(u["m"][2024], start, cut) - csum(u["m"][2023], start, cut)
            elif c == rc["残件数"]:
                out += u["tgt"] - csum(u["m"][2024], start, cut)
            else:
                for fy, c0 in blocks.items():
                    if c0 <= c < c0 + 12:
                        out += u["m"][fy].get(JUNE[c - c0], 0)
                    elif fy != 2024 and c == c0 + 12:
                        out += csum(u["m"][fy], start, cut)
        return out

    def sub_row(r, first, lastr, us, how):
        if how == "merge":
            ws.merge_range(r, 0, r, 3, us[0]["_label"], bs)
        elif how == "pref":
            ws.write(r, 0, "", bs)
            ws.write(r, 1, us[0]["_label"], bs)
            ws.write(r, 2, "", bs)
            ws.write(r, 3, "小計", bs)
        else:
            for c in range(3):
                ws.write_blank(r, c, None, bs)
            ws.write(r, 3, us[0]["_label"], bs)
        for c in count_cols:
            ws.write_formula(r, c, f"=SUBTOTAL(9,{XL(c)}{first + 1}:{XL(c)}{lastr + 1})", bs, vals(us, c))
        ws.write_formula(r, 6, f"=F{r + 1}/E{r + 1}", bspct, vals(us, 5) / vals(us, 4))
        ws.write_formula(r, 7, "=\"\"", bs, "")
        ca, ct = XL(rc["累積件数"]), XL(rc["目標件数"])
        ws.write_formula(r, rc["達成率"], f"={ca}{r + 1}/{ct}{r + 1}", bspct,
                         vals(us, rc["累積件数"]) / vals(us, rc["目標件数"]))
        ws.write_blank(r, rc["県名"], None, bs)

    r = 4
    groups = [([U04[0]], "北海道地連　計", "merge"), ([U04[1], U04[2]], "東北地連", "pref"),
              ([U04[3], U04[4]], "関東甲地連　計", "name")]
    for us, label, how in groups:
        first = r
        for u in us:
            union_row(r, u)
            r += 1
        tmp = [dict(u) for u in us]
        tmp[0]["_label"] = label
        sub_row(r, first, r - 1, tmp, how)
        r += 1
    # 合計 = SUBTOTAL over all the rows above (SUBTOTAL leaves the 地連 rows out)
    nat = U04[:5]
    ws.merge_range(r, 0, r, 3, "合計", bs)
    for c in count_cols:
        ws.write_formula(r, c, f"=SUBTOTAL(9,{XL(c)}5:{XL(c)}{r})", bs, vals(nat, c))
    ws.write_formula(r, 6, f"=F{r + 1}/E{r + 1}", bspct, vals(nat, 5) / vals(nat, 4))
    ws.write_blank(r, 7, None, bs)
    ca, ct = XL(rc["累積件数"]), XL(rc["目標件数"])
    ws.write_formula(r, rc["達成率"], f"={ca}{r + 1}/{ct}{r + 1}", bspct,
                     vals(nat, rc["累積件数"]) / vals(nat, rc["目標件数"]))
    ws.write_blank(r, rc["県名"], None, bs)
    r += 2
    ws.write(r, 0, "※社保労連は単組目標を設定して推進しているが、加入拡大モデル単組の全国集計には含まない。")
    r += 1
    union_row(r, U04[5])
    ws.set_column(3, 3, 26)
    ws.freeze_panes(4, 4)
    wb.close()


# ======================================================================
# 05 近畿: 県 cells merged over their unions; two rows (件数 / 口数) per union
# ======================================================================
F05 = "05_近畿_県セル結合_件数口数2段.xlsx"
U05 = [
    dict(pc="27", pn="京都", uc="006", name="見本治市職員労働組合", mem=735, pol=402, tgt=24,
         m={2022: {10: 9, 11: 2, 2: 1}, 2023: {6: 1, 10: 7, 12: 2, 3: 1}, 2024: {10: 10, 11: 1, 12: 2}},
         k={2022: {10: 21, 11: 4, 2: 2}, 2023: {6: 2, 10: 15, 12: 5, 3: 2}, 2024: {10: 26, 11: 2, 12: 4}}),
    dict(pc="27", pn="京都", uc="018", name="試験岡京市職員組合", mem=310, pol=77, tgt=6,
         m={2022: {1: 4, 2: 1}, 2023: {7: 1, 1: 3}, 2024: {8: 1, 9: 1}},
         k={2022: {1: 9, 2: 3}, 2023: {7: 2, 1: 7}, 2024: {8: 3, 9: 1}}),
    dict(pc="30", pn="大阪", uc="101", name="架空中市職員労働組合", mem=2950, pol=1610, tgt=48,
         m={2022: {7: 20, 8: 5, 9: 1, 1: 2}, 2023: {7: 18, 8: 6, 12: 1, 4: 2}, 2024: {7: 21, 8: 4, 10: 2}},
         k={2022: {7: 51, 8: 12, 9: 2, 1: 4}, 2023: {7: 40, 8: 13, 12: 3, 4: 4}, 2024: {7: 55, 8: 9, 10: 6}}),
    dict(pc="30", pn="大阪", uc="115", name="見本尾市職員労働組合", mem=880, pol=260, tgt=9,
         m={2022: {10: 3, 11: 1}, 2023: {10: 5}, 2024: {10: 6, 12: 3}},
         k={2022: {10: 7, 11: 3}, 2023: {10: 12}, 2024: {10: 14, 12: 6}}),
    dict(pc="32", pn="兵庫", uc="040", name="試験路市職員労働組合", mem=1240, pol=520, tgt=20,
         m={2022: {12: 6, 1: 2, 5: 1}, 2023: {12: 8, 2: 1}, 2024: {6: 1, 12: 5}},
         k={2022: {12: 13, 1: 5, 5: 2}, 2023: {12: 19, 2: 3}, 2024: {6: 2, 12: 11}}),
]


def build05(path: Path):
    start, cut = 6, 12
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "近畿"
    ws["A1"] = "令和6年度　加入拡大モデル単組　実績報告（6月開始）"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "令和6年12月末現在"
    left = ["県コード", "県名", "単組コード", "単組名", "組合員数", "団生保有", "目標件数", "区分"]
    for i, h in enumerate(left, 1):
        _head(ws, 4, i, h)
        ws.merge_cells(start_row=4, start_column=i, end_row=5, end_column=i)
    col = len(left) + 1
    blocks = {}
    for fy in (2022, 2023, 2024):
        w = 13 if fy != 2024 else 12
        _head(ws, 4, col, f"{fy}年度")
        ws.merge_cells(start_row=4, start_column=col, end_row=4, end_column=col + w - 1)
        blocks[fy] = col
        for k, m in enumerate(JUNE):
            _head(ws, 5, col + k, f"{m}月")
        if fy != 2024:
            _head(ws, 5, col + 12, "12月累計")
        col += w
    right = ["累積件数", "前年比", "達成率", "残件数"]
    rc = {}
    for i, h in enumerate(right):
        _head(ws, 4, col + i, h)
        ws.merge_cells(start_row=4, start_column=col + i, end_row=5, end_column=col + i)
        rc[h] = col + i
    last = col + len(right) - 1
    r = 6
    tot = {"件数": {}, "口数": {}}
    pref_first: dict[str, int] = {}
    pref_last: dict[str, int] = {}
    for u in U05:
        pref_first.setdefault(u["pc"], r)
        pref_last[u["pc"]] = r + 1
        for c in range(1, last + 1):
            ws.cell(r, c).border = BOX
            ws.cell(r + 1, c).border = BOX
        for c, v in ((3, u["uc"]), (4, u["name"]), (5, u["mem"]), (6, u["pol"]), (7, u["tgt"])):
            ws.cell(r, c, v).alignment = Alignment(vertical="center")
            ws.merge_cells(start_row=r, start_column=c, end_row=r + 1, end_column=c)
        ws.cell(r, 5).number_format = "#,##0"
        ws.cell(r, 6).number_format = "#,##0"
        for dr, kind, key in ((0, "件数", "m"), (1, "口数", "k")):
            ws.cell(r + dr, 8, kind)
            t = tot[kind]
            for fy, c0 in blocks.items():
                d = u[key][fy]
                for k, m in enumerate(JUNE):
                    if m in d:
                        ws.cell(r + dr, c0 + k, d[m])
                        t[c0 + k] = t.get(c0 + k, 0) + d[m]
                if fy != 2024:
                    v = csum(d, start, cut)
                    ws.cell(r + dr, c0 + 12, v)
                    t[c0 + 12] = t.get(c0 + 12, 0) + v
            cum = csum(u[key][2024], start, cut)
            ws.cell(r + dr, rc["累積件数"], cum)
            ws.cell(r + dr, rc["前年比"], cum - csum(u[key][2023], start, cut))
            t[rc["累積件数"]] = t.get(rc["累積件数"], 0) + cum
            t[rc["前年比"]] = t.get(rc["前年比"], 0) + cum - csum(u[key][2023], start, cut)
            if kind == "件数":
                ws.cell(r, rc["達成率"], cum / u["tgt"]).number_format = "0.0%"
                ws.cell(r, rc["残件数"], u["tgt"] - cum)
        r += 2
    for pc in pref_first:
        u = next(x for x in U05 if x["pc"] == pc)
        ws.cell(pref_first[pc], 1, u["pc"]).alignment = CENTER
        ws.cell(pref_first[pc], 2, u["pn"]).alignment = CENTER
        ws.merge_cells(start_row=pref_first[pc], start_column=1, end_row=pref_last[pc], end_column=1)
        ws.merge_cells(start_row=pref_first[pc], start_column=2, end_row=pref_last[pc], end_column=2)
    # 合計 (two rows)
    ws.cell(r, 1, "合計").alignment = CENTER
    ws.merge_cells(start_row=r, start_column=1, end_row=r + 1, end_column=4)
    ws.cell(r, 5, sum(u["mem"] for u in U05))
    ws.cell(r, 6, sum(u["pol"] for u in U05))
    ws.cell(r, 7, sum(u["tgt"] for u in U05))
    for c in (5, 6, 7):
        ws.merge_cells(start_row=r, start_column=c, end_row=r + 1, end_column=c)
    for dr, kind in ((0, "件数"), (1, "口数")):
        ws.cell(r + dr, 8, kind)
        for c, v in tot[kind].items():
            ws.cell(r + dr, c, v)
        for c in range(1, last + 1):
            ws.cell(r + dr, c).font = Font(bold=True)
            ws.cell(r + dr, c).border = BOX
    ws.cell(r, rc["達成率"], tot["件数"][rc["累積件数"]] / sum(u["tgt"] for u in U05)).number_format = "0.0%"
    ws.cell(r, rc["残件数"], sum(u["tgt"] for u in U05) - tot["件数"][rc["累積件数"]])
    ws.column_dimensions["D"].width = 22
    ws.freeze_panes = "I6"
    wb.save(path)


# ======================================================================
# 06 四国: a 10,000-row formatted sheet, formulas copied down, 合計 on top
# ======================================================================
F06 = "06_四国_1万行書式_合計が上.xlsx"
U06 = [
    dict(pc=38, pn="香川", uc="002", name="見本松市職員労働組合", mem=1480, pol=540, eff="10月", tgt=30,
         m={2022: {10: 11, 11: 3, 1: 1, 3: 2}, 2023: {6: 1, 10: 9, 12: 2, 4: 1}, 2024: {10: 13, 11: 2, 1: 3}}),
    dict(pc=38, pn="香川", uc="019", name="試験亀市職員労働組合", mem=420, pol=150, eff="10月", tgt=8,
         m={2022: {10: 2}, 2023: {10: 3, 2: 1}, 2024: {10: 5, 12: 1, 1: 2}}),
    dict(pc=39, pn="徳島", uc="001", name="架空島県職員労働組合", mem=2600, pol=980, eff="4月", tgt=80,
         m={2022: {6: 2, 9: 1, 4: 30, 5: 6}, 2023: {7: 3, 11: 2, 1: 1, 4: 28, 5: 4},
            2024: {6: 1, 7: 2, 8: 1, 11: 1}}),
    dict(pc=40, pn="愛媛", uc="033", name="見本予市職員組合", mem=690, pol=230, eff="1月", tgt=12,
         m={2022: {1: 7, 2: 2}, 2023: {1: 5, 3: 1}, 2024: {9: 1, 1: 4}}),
    dict(pc=41, pn="高知", uc="007", name="試験万十市職員労働組合", mem=350, pol=88, eff="11月", tgt=5,
         m={2022: {11: 1}, 2023: {11: 2, 12: 1}, 2024: {11: 3, 12: 2, 1: 1}}),
]
ROWS06 = 10000   # data area rows (worksheet rows 7 … 10006)


def build06(path: Path):
    start, cut = 6, 1
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("四国")
    b = wb.add_format({"border": 1})
    bt = wb.add_format({"border": 1, "num_format": "@"})
    bh = wb.add_format({"border": 1, "bold": True, "bg_color": "#DDEBF7", "align": "center", "valign": "vcenter",
                        "text_wrap": True})
    bnum = wb.add_format({"border": 1, "num_format": "#,##0"})
    bpct = wb.add_format({"border": 1, "num_format": "0.0%"})
    bs = wb.add_format({"border": 1, "bold": True, "bg_color": "#FCE4D6", "num_format": "#,##0"})
    bspct = wb.add_format({"border": 1, "bold": True, "bg_color": "#FCE4D6", "num_format": "0.0%"})
    ws.write(0, 0, "2024年度　加入拡大モデル単組　取組状況（6月開始）", wb.add_format({"bold": True, "font_size": 14}))
    ws.write(1, 0, "2025年1月末現在")
    left = ["県No.", "県名", "単組No.", "単組名", "組合員", "団生保有", "加入率", "発効", "2022年度実績", "2023年度実績"]
    for i, h in enumerate(left):
        ws.merge_range(3, i, 4, i, h, bh)
    col = len(left)
    blocks = {}
    for fy in (2022, 2023, 2024):
        w = 13 if fy != 2024 else 12
        ws.merge_range(3, col, 3, col + w - 1, f"{fy}年度", bh)
        blocks[fy] = col
        for k, m in enumerate(JUNE):
            ws.write(4, col + k, f"{m}月", bh)
        if fy != 2024:
            ws.write(4, col + 12, "1月累計", bh)
        col += w
    right = ["累積件数", "目標件数", "前年比", "達成率", "残件数"]
    rc = {}
    for i, h in enumerate(right):
        ws.merge_range(3, col + i, 4, col + i, h, bh)
        rc[h] = col + i
    last = col + len(right) - 1
    first_row, last_row = 6, 6 + ROWS06 - 1          # 0-based: worksheet rows 7 … 10006
    A1 = lambda c, r: f"{XL(c)}{r + 1}"               # noqa: E731
    ca, ct = XL(rc["累積件数"]), XL(rc["目標件数"])

    def formulas(r, u):
        """The formula columns of row r; u is None on an empty row (cached "")."""
        D = f"$D{r + 1}"
        g = lambda v: "" if u is None else v          # noqa: E731
        ws.write_formula(r, 6, f"=IFERROR(F{r + 1}/E{r + 1},\"\")", bpct, g(u and u["pol"] / u["mem"]))
        for c, fy in ((8, 2022), (9, 2023)):
            c0 = blocks[fy]
            ws.write_formula(r, c, f"=IF({D}=\"\",\"\",SUM({A1(c0, r)}:{A1(c0 + 11, r)}))", bnum,
                             g(u and ysum(u["m"][fy])))
        for fy in (2022, 2023):
            c0 = blocks[fy]
            ws.write_formula(r, c0 + 12, f"=IF({D}=\"\",\"\",SUM({A1(c0, r)}:{A1(c0 + 7, r)}))", bnum,
                             g(u and csum(u["m"][fy], start, cut)))
        c0 = blocks[2024]
        cum = u and csum(u["m"][2024], start, cut)
        ws.write_formula(r, rc["累積件数"], f"=IF({D}=\"\",\"\",SUM({A1(c0, r)}:{A1(c0 + 7, r)}))", bnum, g(cum))
        ws.write_formula(r, rc["前年比"], f"=IF({D}=\"\",\"\",{ca}{r + 1}-{A1(blocks[2023] + 12, r)})", bnum,
                         g(u and cum - csum(u["m"][2023], start, cut)))
        ws.write_formula(r, rc["達成率"], f"=IF(OR({D}=\"\",N({ct}{r + 1})=0),\"\",{ca}{r + 1}/{ct}{r + 1})", bpct,
                         g(u and cum / u["tgt"]))
        ws.write_formula(r, rc["残件数"], f"=IF(OR({D}=\"\",{ct}{r + 1}=\"\"),\"\",{ct}{r + 1}-{ca}{r + 1})", bnum,
                         g(u and u["tgt"] - cum))

    formula_cols = {6, 8, 9, blocks[2022] + 12, blocks[2023] + 12, rc["累積件数"], rc["前年比"], rc["達成率"],
                    rc["残件数"]}
    for i in range(ROWS06):
        r = first_row + i
        u = U06[i] if i < len(U06) else None
        if u is not None:
            ws.write_number(r, 0, u["pc"], b)
            ws.write(r, 1, u["pn"], b)
            ws.write_string(r, 2, u["uc"], bt)
            ws.write(r, 3, u["name"], b)
            ws.write_number(r, 4, u["mem"], bnum)
            ws.write_number(r, 5, u["pol"], bnum)
            ws.write(r, 7, u["eff"], b)
            for fy, c0 in blocks.items():
                for k, m in enumerate(JUNE):
                    if m in u["m"][fy]:
                        ws.write_number(r, c0 + k, u["m"][fy][m], bnum)
                    else:
                        ws.write_blank(r, c0 + k, None, bnum)
            ws.write_number(r, rc["目標件数"], u["tgt"], bnum)
        else:
            for c in range(last + 1):
                if c not in formula_cols:
                    ws.write_blank(r, c, None, bt if c == 2 else (bnum if c >= 4 else b))
        formulas(r, u)
    # the 合計 row on top (row 6, between the headings and the first union)
    tr = 5
    ws.merge_range(tr, 0, tr, 3, "合計", bs)
    sum_cols = [4, 5, 8, 9] + [c for fy, c0 in blocks.items() for c in range(c0, c0 + (13 if fy != 2024 else 12))] \
        + [rc["累積件数"], rc["目標件数"], rc["前年比"], rc["残件数"]]

    def colsum(c):
        out = 0
        for u in U06:
            if c == 4:
                out += u["mem"]
            elif c == 5:
                out += u["pol"]
            elif c in (8, 9):
                out += ysum(u["m"][2022 if c == 8 else 2023])
            elif c == rc["累積件数"]:
                out += csum(u["m"][2024], start, cut)
            elif c == rc["目標件数"]:
                out += u["tgt"]
            elif c == rc["前年比"]:
                out += csum(u["m"][2024], start, cut) - csum(u["m"][2023], start, cut)
            elif c == rc["残件数"]:
                out += u["tgt"] - csum(u["m"][2024], start, cut)
            else:
                for fy, c0 in blocks.items():
                    if c0 <= c < c0 + 12:
                        out += u["m"][fy].get(JUNE[c - c0], 0)
                    elif fy != 2024 and c == c0 + 12:
                        out += csum(u["m"][fy], start, cut)
        return out

    for c in sum_cols:
        ws.write_formula(tr, c, f"=SUM({XL(c)}{first_row + 1}:{XL(c)}{last_row + 1})", bs, colsum(c))
    ws.write_formula(tr, 6, f"=F{tr + 1}/E{tr + 1}", bspct, colsum(5) / colsum(4))
    ws.write_blank(tr, 7, None, bs)
    ws.write_formula(tr, rc["達成率"], f"={ca}{tr + 1}/{ct}{tr + 1}", bspct,
                     colsum(rc["累積件数"]) / colsum(rc["目標件数"]))
    ws.freeze_panes(6, 4)
    ws.set_column(3, 3, 24)
    wb.close()


# ======================================================================
# 07 中国: kanji and full-width numerals
# ======================================================================
F07 = "07_中国_漢数字_全角数字.xlsx"
KANJI_MONTH = {1: "一月", 4: "四月", 10: "十月"}
U07 = [
    dict(pc="33", pn="岡山", uc="001", name="見本山県職員労働組合", mem=2310, pol=905, eff=10, tgt=40,
         m={2022: {10: 12, 11: 4, 12: 1, 3: 2}, 2023: {10: 15, 11: 2, 2: 1, 5: 1},
            2024: {6: 1, 10: 16, 11: 3, 1: 1}},
         fw={(2024, 10)}, mem_text=True),
    dict(pc="34", pn="広島", uc="012", name="試験山市職員組合", mem=1050, pol=610, eff=1, tgt=16,
         m={2022: {1: 8, 2: 3}, 2023: {1: 9, 3: 1}, 2024: {1: 15, 2: 2}},
         fw={(2023, 1), (2024, 1)}),
    dict(pc="35", pn="鳥取", uc="003", name="架空子市職員労働組合", mem=480, pol=220, eff=4, tgt=10,
         m={2022: {4: 6, 5: 1}, 2023: {6: 1, 4: 5}, 2024: {7: 1, 10: 1}},
         tgt_text=True),
    dict(pc="36", pn="島根", uc="008", name="見本雲市職員労働組合", mem=700, pol=300, eff=10, tgt=12,
         m={2022: {10: 4, 11: 1}, 2023: {10: 6, 1: 1, 4: 1}, 2024: {10: 5, 2: 1}},
         fw={(2023, 10)}),
    dict(pc="37", pn="山口", uc="021", name="見本府市職員労働組合", mem=390, pol=140, eff=10, tgt=6,
         m={2022: {10: 2, 12: 1}, 2023: {10: 4}, 2024: {10: 3, 11: 1}}),
]


def build07(path: Path):
    start, cut = 6, 2
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "中国地連"
    ws["A1"] = "令和六年度　加入拡大モデル単組の取り組み状況（六月開始）"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "令和七年二月末現在"
    left = ["自治労県コード", "県名", "単組コード", "加入拡大モデル単組", "組合員数", "団生保有", "加入率", "発効",
            "前々年度実績", "前年度実績"]
    for i, h in enumerate(left, 1):
        _head(ws, 4, i, h)
        ws.merge_cells(start_row=4, start_column=i, end_row=5, end_column=i)
    col = len(left) + 1
    blocks = {}
    for fy, lab in ((2022, "令和四年度"), (2023, "令和五年度"), (2024, "令和六年度")):
        w = 13 if fy != 2024 else 12
        _head(ws, 4, col, lab)
        ws.merge_cells(start_row=4, start_column=col, end_row=4, end_column=col + w - 1)
        blocks[fy] = col
        for k, m in enumerate(JUNE):
            _head(ws, 5, col + k, f"{fw(m)}月")
        if fy != 2024:
            _head(ws, 5, col + 12, "２月累計")
        col += w
    right = ["累積件数", "目標件数", "前年比", "達成率", "残件数", "県名"]
    rc = {}
    for i, h in enumerate(right):
        _head(ws, 4, col + i, h)
        ws.merge_cells(start_row=4, start_column=col + i, end_row=5, end_column=col + i)
        rc[h] = col + i
    r = 6
    for u in U07:
        ws.cell(r, 1, fw(u["pc"]))
        ws.cell(r, 2, u["pn"])
        ws.cell(r, 3, fw(u["uc"]))
        ws.cell(r, 4, u["name"])
        ws.cell(r, 5, fw(f"{u['mem']:,}") if u.get("mem_text") else u["mem"]).number_format = "#,##0"
        ws.cell(r, 6, u["pol"]).number_format = "#,##0"
        ws.cell(r, 7, u["pol"] / u["mem"]).number_format = "0.0%"
        ws.cell(r, 8, KANJI_MONTH[u["eff"]])
        ws.cell(r, 9, ysum(u["m"][2022]))
        ws.cell(r, 10, ysum(u["m"][2023]))
        for fy, c0 in blocks.items():
            d = u["m"][fy]
            for k, m in enumerate(JUNE):
                if m in d:
                    ws.cell(r, c0 + k, fw(d[m]) if (fy, m) in u.get("fw", ()) else d[m])
            if fy != 2024:
                ws.cell(r, c0 + 12, csum(d, start, cut))
        cum = csum(u["m"][2024], start, cut)
        ws.cell(r, rc["累積件数"], cum)
        ws.cell(r, rc["目標件数"], fw(u["tgt"]) if u.get("tgt_text") else u["tgt"])
        ws.cell(r, rc["前年比"], cum - csum(u["m"][2023], start, cut))
        ws.cell(r, rc["達成率"], cum / u["tgt"]).number_format = "0.0%"
        ws.cell(r, rc["残件数"], u["tgt"] - cum)
        ws.cell(r, rc["県名"], u["pn"])
        for c in range(1, rc["県名"] + 1):
            ws.cell(r, c).border = BOX
        r += 1
    ws.cell(r, 1, "合計")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
    tcum = sum(csum(u["m"][2024], start, cut) for u in U07)
    ttgt = sum(u["tgt"] for u in U07)
    ws.cell(r, 5, sum(u["mem"] for u in U07))
    ws.cell(r, 6, sum(u["pol"] for u in U07))
    ws.cell(r, rc["累積件数"], tcum)
    ws.cell(r, rc["目標件数"], ttgt)
    ws.cell(r, rc["達成率"], tcum / ttgt).number_format = "0.0%"
    ws.cell(r, rc["残件数"], ttgt - tcum)
    wb.save(path)


# ======================================================================
# 08 関東甲: legacy .xls, month headings as dates, results left of the months
# ======================================================================
F08 = "08_関東甲_日付見出し_累積が左.xls"
U08 = [
    dict(pc="10", pn="群馬", uc="001", name="見本馬県職員労働組合", mem=4454, pol=2290, eff="11月", tgt=101,
         m={2022: {11: 70, 12: 6, 2: 1, 4: 3}, 2023: {6: 1, 11: 75, 12: 4, 3: 2}, 2024: {7: 2, 11: 53}}),
    dict(pc="11", pn="栃木", uc="010", name="試験木市職員労働組合", mem=877, pol=628, eff="1月", tgt=16,
         m={2022: {1: 12, 2: 1}, 2023: {8: 1, 1: 10}, 2024: {6: 1, 9: 2, 11: 2}}),
    dict(pc="12", pn="茨城", uc="028", name="架空海村職員組合", mem=379, pol=74, eff="2月", tgt=11,
         m={2022: {2: 5, 3: 1}, 2023: {2: 7}, 2024: {}}),
    dict(pc="14", pn="東京", uc="515", name="見本清掃労働組合", mem=3916, pol=157, eff="6月", tgt=20,
         m={2022: {6: 2, 7: 1}, 2023: {6: 4, 10: 1}, 2024: {6: 5, 8: 1, 11: 2}}),
    dict(pc="15", pn="千葉", uc="002", name="試験葉市職員労働組合", mem=5101, pol=520, eff="10月", tgt=30,
         m={2022: {10: 18, 11: 20, 1: 1}, 2023: {10: 30, 11: 4, 2: 1, 5: 1}, 2024: {10: 41, 11: 6}}),
]


def build08(path: Path):
    start, cut = 6, 11
    tmpdir = Path(tempfile.mkdtemp(prefix="lg10_xls_"))
    try:
        src = tmpdir / (path.stem + ".xlsx")
        wb = xlsxwriter.Workbook(str(src))
        ws = wb.add_worksheet("関東甲")
        b = wb.add_format({"border": 1})
        bh = wb.add_format({"border": 1, "bold": True, "bg_color": "#DDEBF7", "align": "center", "valign": "vcenter",
                            "text_wrap": True})
        bhd = wb.add_format({"border": 1, "bold": True, "bg_color": "#DDEBF7", "align": "center",
                             "num_format": 'm"月"'})
        bnum = wb.add_format({"border": 1, "num_format": "#,##0"})
        bpct = wb.add_format({"border": 1, "num_format": "0.0%"})
        bs = wb.add_format({"border": 1, "bold": True, "bg_color": "#E2EFDA", "num_format": "#,##0"})
        bspct = wb.add_format({"border": 1, "bold": True, "bg_color": "#E2EFDA", "num_format": "0.0%"})
        ws.write(0, 0, "2024年度　加入拡大モデル単組（6月開始）", wb.add_format({"bold": True, "font_size": 14}))
        ws.write(1, 0, "2024年11月末現在")
        left = ["県コード", "県名", "単組CD", "単組名", "組合員数", "団生保有", "加入率", "発効",
                "目標件数", "累積件数", "達成率", "残件数", "前年比"]
        for i, h in enumerate(left):
            ws.merge_range(3, i, 4, i, h, bh)
        col = len(left)
        blocks = {}
        for fy in (2022, 2023, 2024):
            w = 13 if fy != 2024 else 12
            ws.merge_range(3, col, 3, col + w - 1, f"{fy}年度", bh)
            blocks[fy] = col
            for k, m in enumerate(JUNE):
                ws.write_datetime(4, col + k, dt.datetime(cal_year(fy, m, start), m, 1), bhd)
            if fy != 2024:
                ws.write(4, col + 12, "11月累計", bh)
            col += w
        last = col - 1
        r = 5
        tot: dict[int, int] = {}

        def num(c, v, fmt=bnum):
            ws.write_number(r, c, v, fmt)
            tot[c] = tot.get(c, 0) + v

        for i, u in enumerate(U08):
            if i:
                r += 1        # a blank row between prefectures
            ws.write(r, 0, u["pc"], b)
            ws.write(r, 1, u["pn"], b)
            ws.write_string(r, 2, u["uc"], b)
            ws.write(r, 3, u["name"], b)
            num(4, u["mem"])
            num(5, u["pol"])
            ws.write_number(r, 6, u["pol"] / u["mem"], bpct)
            ws.write(r, 7, u["eff"], b)
            cum = csum(u["m"][2024], start, cut)
            num(8, u["tgt"])
            num(9, cum)
            ws.write_number(r, 10, cum / u["tgt"], bpct)
            num(11, u["tgt"] - cum)
            num(12, cum - csum(u["m"][2023], start, cut))
            for fy, c0 in blocks.items():
                for k, m in enumerate(JUNE):
                    if m in u["m"][fy]:
                        num(c0 + k, u["m"][fy][m])
                    else:
                        ws.write_blank(r, c0 + k, None, bnum)
                if fy != 2024:
                    num(c0 + 12, csum(u["m"][fy], start, cut))
            r += 1
        r += 1
        ws.merge_range(r, 0, r, 3, "合計", bs)
        for c in range(4, last + 1):
            if c == 6:
                ws.write_number(r, c, tot[5] / tot[4], bspct)
            elif c == 10:
                ws.write_number(r, c, tot[9] / tot[8], bspct)
            elif c == 7:
                ws.write_blank(r, c, None, bs)
            else:
                ws.write_number(r, c, tot.get(c, 0), bs)
        ws.set_column(3, 3, 24)
        ws.freeze_panes(5, 4)
        # the lookup sheet for VLOOKUP: 県コード and 県名 of every prefecture
        lk = wb.add_worksheet("県コード表")
        lk.write_row(0, 0, ["県コード", "県名"], bh)
        codes = [("01", "北海道"), ("03", "青森"), ("04", "岩手"), ("05", "宮城"), ("06", "秋田"), ("07", "山形"),
                 ("08", "福島"), ("09", "新潟"), ("10", "群馬"), ("11", "栃木"), ("12", "茨城"), ("13", "埼玉"),
                 ("14", "東京"), ("15", "千葉"), ("16", "神奈川"), ("17", "山梨"), ("18", "長野"), ("19", "富山"),
                 ("20", "石川"), ("21", "福井"), ("22", "静岡"), ("23", "愛知"), ("24", "岐阜"), ("25", "三重"),
                 ("26", "滋賀"), ("27", "京都"), ("28", "奈良"), ("29", "和歌山"), ("30", "大阪"), ("32", "兵庫"),
                 ("33", "岡山"), ("34", "広島"), ("35", "鳥取"), ("36", "島根"), ("37", "山口"), ("38", "香川"),
                 ("39", "徳島"), ("40", "愛媛"), ("41", "高知"), ("42", "福岡"), ("43", "佐賀"), ("44", "長崎"),
                 ("45", "大分"), ("46", "宮崎"), ("47", "熊本"), ("48", "鹿児島"), ("49", "沖縄"), ("60", "社保労連")]
        for i, (c, n) in enumerate(codes, 1):
            lk.write_string(i, 0, c, b)
            lk.write_string(i, 1, n, b)
        wb.close()
        profile = tmpdir / "lo_profile"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "xls",
                        "--outdir", str(tmpdir), str(src)],
                       check=True, capture_output=True, timeout=300)
        shutil.move(str(tmpdir / (path.stem + ".xls")), str(path))
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)


BUILDERS = [(F01, build01), (F02, build02), (F03, build03), (F04, build04), (F05, build05), (F06, build06),
            (F07, build07), (F08, build08)]


def build(outdir: Path) -> dict[str, Path]:
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    files = {}
    for name, fn in BUILDERS:
        p = outdir / name
        fn(p)
        files[name] = p
    return files


if __name__ == "__main__":
    import sys
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "legacy_grid10_out")
    for n, p in build(out).items():
        print(p, os.path.getsize(p))
