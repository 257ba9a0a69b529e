"""Eleventh independent fixture set: 加入拡大モデル単組 grids (Report A), theme
"HANDED OVER" -- eight grid workbooks as a new person in a 県本部 or 本部 office
keeps them after taking the job over: last year's file rolled forward, old
formulas left pointing at deleted cells (#REF!), formulas with cached values
next to values pasted over them, mixed units, a hand-typed 合計 that disagrees
with the months, notes typed beside the figures, a union renamed after a
merger, prefectures with a single union, the cutoff written wherever the
previous person used to write it.  Each file blends 4-6 habits, about half
already met in tests/legacy_grid … legacy_grid10 (combined differently), about
half not (marked NEW).  Made to MEASURE how well the reader generalises, by a
helper who never read the reader's code (only tests/grid_compare.py, the
scaffolding of tests/legacy_grid10 and the docstrings of the earlier sets).

All union names are invented (見本 / 試験 / 架空); no person's name appears.
All month counts are literals typed here by hand (sparse dicts
``{calendar month: count}``; a missing month is a blank cell; a count may be a
text such as 「2件」「3人」).  FY2024 (past years 2022 and 2023) in every
file.  Expected readings are in expected.py, worked out by hand from these
literals (never produced by the tool).

Derived cells in the files (N月累計, 年度計, 前々年度実績, 前年度実績, 累積件数,
前年比, 達成率, 残件数, 県計 / 合計 rows) are what the clerk's sheet shows; many
are stale, typed wrong or #REF! on purpose.  expected.py never uses them: the
months are the truth.  Formulas written with XlsxWriter carry a cached value
(an error code 「#REF!」 where Excel would show one); formulas written with
openpyxl have none.

Files (writer / sheet / habits)
-------------------------------

01_東北_前年ファイル_最古年度差替.xlsx -- XlsxWriter, sheet 「東北ブロック」,
    June start, cutoff 2025年2月 (row 2 「2025年2月末現在」, 「2月累計」).
    * NEW: last year's file ROLLED FORWARD BY OVERWRITING the oldest block in
      place: the blocks now read 2024年度 | 2022年度 | 2023年度 (the current
      year first, then the two past years in ascending order);
    * NEW: the overwritten block's month headings are DATES WITH STALE YEARS
      (2021-06-01 … 2022-05-01, shown m"月"): only the year label was retyped;
      the other blocks have text 「6月」…;
    * NEW: formulas left pointing at deleted cells: 前々年度実績 =SUM(#REF!)
      and 前年比 =…-#REF!, cached 「#REF!」;
    * NEW-ish: the 合計 row TYPED BY HAND (values), two of its columns not
      the sum of the unions (2024 10月, 累積件数);
    * two-row heading with the fixed columns merged over both rows, 県コード
      typed as numbers, explicit 0 in a month (seen).

02_関東_5月開始_単位混在_ヘッダーに締め月.xlsx -- openpyxl, sheet 「関東」, MAY start,
    cutoff 2025年1月.
    * NEW: the cutoff written ONLY in the PRINT HEADER (右ヘッダー
      「2025年1月末現在」); no N月累計 heading, no cutoff cell on the sheet;
    * NEW: NOTES TYPED IN THE MONTH CELLS after the cutoff (「2月発効分は次回
      報告」, 「新採見込み約20」 -- text with a number in it);
    * NEW-ish: mixed units: 組合員数 「1,530人」「842名」, 団生保有 「702件」,
      month counts 「2件」 and 「3人」「4人」 (people, not 件);
    * prefectures with ONE union (茨城, 山梨) each followed by its 「…県計」 row
      which is therefore IDENTICAL to the union's row (NEW twist);
    * no 県コード column, 県名 「茨城県」… (seen); past years months + 年度計
      only (seen).

03_中部_合併名称変更_旧行残し.xlsx -- XlsxWriter, sheet 「中部」, June start, cutoff
    2025年2月 (group label 「2024年度（２月末現在）」, 「２月累計」).
    * NEW: a union RENAMED AFTER A MERGER kept on TWO ROWS with the same
      県コード / 単組コード 022: the old name's row (試験上町職員組合) holds
      the past years and no target (備考 「2024年4月 合併により名称変更（下段へ）」),
      the new name's row (試験上市職員労働組合) the current year, the target
      and 前年比 against the row above (備考 「旧：試験上町職員組合（上段）」);
    * NEW: 前々年度実績 / 前年度実績 / 前年比: formulas with cached values in
      some rows, values pasted over them in others;
    * the 合計 row typed by hand, its 2024 10月 not the sum (as 01);
    * full-width month headings 「６月」「２月累計」 (seen); a 備考 column (seen).

04_高知_県本部単独_1単組.xlsx -- openpyxl, sheet 「高知」, MAY start, cutoff
    2025年1月.
    * NEW: a prefecture with ONE model union: a one-row grid, followed by a
      「高知県計」 row identical to it;
    * NEW: the cutoff stated only in a NOTE UNDER THE TABLE 「※2025年1月末までの
      報告分を集計しています。」 (no N月累計 heading);
    * the prefecture only in the title 「自治労高知県本部」 (seen);
    * month headings are real dates shown m"月" (seen); 目標件数 「12件」
      (seen); 前年比 a formula =…-#REF! without a cached value (NEW-ish).

05_近畿_年度追加_旧年度削除跡.xlsx -- XlsxWriter, sheet 「近畿」, June start, cutoff
    2024年12月 (「12月累計」, current 「累計（6月～12月）」).
    * NEW: last year's file rolled forward by DELETING the 2021 block and
      ADDING 2024 at the right: 前々年度実績 is =SUM(#REF!) (cached #REF!),
      前年度実績 still sums the 2022 block (stale);
    * NEW: the added block's month headings are DATES (2024-06-01 …), the
      older blocks' text 「6月」;
    * NEW: a column WITHOUT A HEADING right of 目標件数 holding notes
      (「←前任者設定のまま」);
    * NEW: a union inserted just above the 合計 row, outside the 合計's SUM
      ranges (the cached totals leave it out);
    * 目標件数 「15件」 as text (seen); 累積 headed by a month range (seen).

06_九州_5月開始_シート名が締め月.xlsx -- XlsxWriter, sheet 「R7.1月末」, MAY start,
    cutoff 2025年1月 (tab name and 「１月累計」).
    * NEW: past 「１月累計」 / 「年度計」: formulas with cached values for some
      unions, values pasted for others, one pasted value stale (29 shown 28);
    * NEW: this year's month headings are DATES OF THE LAST DAY (2024-05-31 …)
      shown m"月"; the past years' 「５月」… full-width text (seen);
    * 令和 year groups (seen); prefectures with one union (佐賀, 沖縄);
    * a count typed after the cutoff (沖縄 2025年2月, seen);
    * the 合計 row typed by hand, 目標 / 累積 disagreeing.

07_北海道_前任者シート残し.xlsx -- XlsxWriter, two VISIBLE sheets: 「2023年度（前任者）」
    first (last year's whole grid, 2021-2023, cutoff 2024年2月) and 「2024年度」
    second (this year's, 2022-2024, cutoff 2025年2月).
    * NEW: last year's grid LEFT AS A VISIBLE SHEET IN FRONT of this year's;
      a union dropped this year is only on it, a union added this year only
      on the new sheet;
    * NEW: 前年度実績 on the new sheet is a CROSS-SHEET formula into the old
      sheet (cached), pasted as a value for the new union;
    * NEW: a note in an unheaded cell right of 残件数 (「←1月分訂正済」);
    * 県コード 「01」 / 県名 merged over the prefecture's unions (seen);
      formulas with cached values (seen).

08_本部_5月開始_引継メモ_基準日.xlsx -- openpyxl, sheets 「引継ぎメモ」 (first, active)
    and 「5月開始」, MAY start, cutoff 2025年2月.
    * NEW: a HANDOVER MEMO sheet in front (free text and a 「月｜作業」 table
      with 5月 / 6月 / 2月 rows -- no unions);
    * NEW: the cutoff as a 「基準日」 label with a REAL DATE 2025-02-28 beside
      it; the past years' cumulative headed only 「累計」;
    * NEW-ish: the rename noted INSIDE the name cell 「見本南市職員労働組合
      （R6.4 見本南町職員組合から名称変更）」;
    * 組合員数 「1,820名」 (seen-ish); full-width month headings 「５月」 (seen);
      a prefecture with one union (鳥取); the 合計 row typed by hand,
      disagreeing; a 社保労連 (60) union under a ※ note below it (seen).
"""
from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path

import openpyxl
import xlsxwriter
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter as L

JUNE = (6, 7, 8, 9, 10, 11, 12, 1, 2, 3, 4, 5)
MAY = (5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3, 4)


def order(start: int):
    return JUNE if start == 6 else MAY


def cal_year(fy: int, m: int, start: int) -> int:
    return fy if m >= start else fy + 1


def num(v):
    """What Excel's SUM takes from a cell: numbers only (text such as 「2件」 is left out)."""
    return v if isinstance(v, (int, float)) and not isinstance(v, bool) else 0


def ysum(d: dict | None) -> int:
    return sum(num(v) for v in (d or {}).values())


def csum(d: dict | None, start: int, cut: int) -> int:
    tot = 0
    for m in order(start):
        tot += num((d or {}).get(m))
        if m == cut:
            break
    return tot


def last_day(y: int, m: int) -> dt.datetime:
    nxt = dt.datetime(y + (m == 12), m % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def fwd(s: str) -> str:
    return s.translate(str.maketrans("0123456789", "０１２３４５６７８９"))


# ----------------------------------------------------------------------
# a small cell model written out by either library
# ----------------------------------------------------------------------
class Sheet:
    def __init__(self, name: str):
        self.name = name
        self.cells: dict[tuple[int, int], dict] = {}
        self.merges: list[tuple[int, int, int, int]] = []
        self.header = None
        self.freeze = None
        self.widths: dict[int, float] = {}

    def put(self, r, c, v, fmt=None, bold=False):
        if v is None:
            return
        self.cells[(r, c)] = {"v": v, "fmt": fmt, "bold": bold}

    def f(self, r, c, formula, cached, fmt=None, bold=False):
        self.cells[(r, c)] = {"v": formula, "cached": cached, "fmt": fmt, "bold": bold}

    def merge(self, r1, c1, r2, c2):
        self.merges.append((r1, c1, r2, c2))


def save_openpyxl(sheets: list[Sheet], path: Path, active: int = 0):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    for sh in sheets:
        ws = wb.create_sheet(sh.name)
        for (r, c), d in sh.cells.items():
            cell = ws.cell(r, c, d["v"])
            if d["fmt"]:
                cell.number_format = d["fmt"]
            if d["bold"]:
                cell.font = Font(bold=True)
            if r > 2:
                cell.border = box
        for m in sh.merges:
            ws.merge_cells(start_row=m[0], start_column=m[1], end_row=m[2], end_column=m[3])
            ws.cell(m[0], m[1]).alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        if sh.header:
            ws.oddHeader.right.text = sh.header
        if sh.freeze:
            ws.freeze_panes = sh.freeze
        for c, w in sh.widths.items():
            ws.column_dimensions[L(c)].width = w
    wb.active = active
    wb.save(path)


def save_xlsxwriter(sheets: list[Sheet], path: Path):
    wb = xlsxwriter.Workbook(str(path))
    fmts: dict = {}

    def fmt(d, r):
        key = (d.get("fmt"), d.get("bold"), r > 2)
        if key not in fmts:
            p = {}
            if key[0]:
                p["num_format"] = key[0]
            if key[1]:
                p["bold"] = True
            if key[2]:
                p["border"] = 1
            p["valign"] = "vcenter"
            fmts[key] = wb.add_format(p)
        return fmts[key]

    for sh in sheets:
        ws = wb.add_worksheet(sh.name)
        covered = set()
        for (r1, c1, r2, c2) in sh.merges:
            d = sh.cells.get((r1, c1), {"v": "", "fmt": None, "bold": True})
            ws.merge_range(r1 - 1, c1 - 1, r2 - 1, c2 - 1, "", fmt(d, r1))
            for r in range(r1, r2 + 1):
                for c in range(c1, c2 + 1):
                    covered.add((r, c))
            v = d["v"]
            if isinstance(v, dt.datetime):
                ws.write_datetime(r1 - 1, c1 - 1, v, fmt(d, r1))
            elif v not in ("", None):
                ws.write(r1 - 1, c1 - 1, v, fmt(d, r1))
        for (r, c), d in sh.cells.items():
            if (r, c) in covered:
                continue
            v = d["v"]
            if "cached" in d:
                ws.write_formula(r - 1, c - 1, v, fmt(d, r), d["cached"])
            elif isinstance(v, dt.datetime):
                ws.write_datetime(r - 1, c - 1, v, fmt(d, r))
            elif isinstance(v, str):
                ws.write_string(r - 1, c - 1, v, fmt(d, r))
            else:
                ws.write_number(r - 1, c - 1, v, fmt(d, r))
        if sh.header:
            ws.set_header("&R" + sh.header)
        if sh.freeze:
            m = re.match(r"([A-Z]+)(\d+)", sh.freeze)
            col = 0
            for ch in m.group(1):
                col = col * 26 + ord(ch) - 64
            ws.freeze_panes(int(m.group(2)) - 1, col - 1)
    wb.close()


def A(r, c) -> str:
    return f"{L(c)}{r}"


MD = 'm"月"'
PCT = "0.0%"


# ======================================================================
# 01 東北: oldest block overwritten with 2024 (2024 | 2022 | 2023)
# ======================================================================
F01 = "01_東北_前年ファイル_最古年度差替.xlsx"
U01 = [
    dict(pc=3, pn="青森", uc="018", name="見本森市職員労働組合", mem=960, pol=402, eff="10月", tgt=20,
         m={2022: {10: 8, 11: 2, 3: 1}, 2023: {6: 1, 10: 9, 2: 1, 4: 2}, 2024: {10: 12, 12: 1, 1: 2}}),
    dict(pc=4, pn="岩手", uc="006", name="試験関市職員組合", mem=540, pol=233, eff="1月", tgt=16,
         m={2022: {1: 6, 2: 1}, 2023: {1: 4, 3: 2}, 2024: {8: 1, 1: 8, 2: 2}}),
    dict(pc=4, pn="岩手", uc="031", name="架空巻町職員労働組合", mem=180, pol=95, eff="10月", tgt=5,
         m={2022: {10: 2}, 2023: {10: 1, 5: 1}, 2024: {10: 3, 11: 0, 2: 2}}),
    dict(pc=7, pn="山形", uc="009", name="見本沢市職員労働組合", mem=1210, pol=530, eff="11月", tgt=30,
         m={2022: {11: 10, 12: 3, 4: 1}, 2023: {7: 1, 11: 14, 1: 2}, 2024: {6: 2, 11: 9, 12: 1}}),
]


def build01(path: Path):
    start, cut = 6, 2
    sh = Sheet("東北ブロック")
    sh.put(1, 1, "2024年度　加入拡大モデル単組　取組状況（6月開始）", bold=True)
    sh.put(2, 1, "2025年2月末現在")
    left = ["自治労県コード", "県名", "単組コード", "加入拡大モデル単組", "組合員数", "団生保有", "加入率", "発効",
            "前々年度実績", "前年度実績"]
    for i, h in enumerate(left, 1):
        sh.put(4, i, h, bold=True)
        sh.merge(4, i, 5, i)
    col = len(left) + 1
    blocks = {}
    for fy in (2024, 2022, 2023):
        sh.put(4, col, f"{fy}年度", bold=True)
        sh.merge(4, col, 4, col + 12)
        blocks[fy] = col
        for k, m in enumerate(JUNE):
            if fy == 2024:   # the overwritten 2021 block: its date headings were never retyped
                sh.put(5, col + k, dt.datetime(cal_year(2021, m, start), m, 1), MD, bold=True)
            else:
                sh.put(5, col + k, f"{m}月", bold=True)
        sh.put(5, col + 12, "2月累計", bold=True)
        col += 13
    right = ["累積件数", "目標件数", "前年比", "達成率", "残件数", "県名"]
    rc = {}
    for i, h in enumerate(right):
        sh.put(4, col + i, h, bold=True)
        sh.merge(4, col + i, 5, col + i)
        rc[h] = col + i
    r = 6
    first = r
    for u in U01:
        sh.put(r, 1, u["pc"])
        sh.put(r, 2, u["pn"])
        sh.put(r, 3, u["uc"])
        sh.put(r, 4, u["name"])
        sh.put(r, 5, u["mem"], "#,##0")
        sh.put(r, 6, u["pol"], "#,##0")
        sh.f(r, 7, f"={A(r, 6)}/{A(r, 5)}", u["pol"] / u["mem"], PCT)
        sh.put(r, 8, u["eff"])
        sh.f(r, 9, "=SUM(#REF!)", "#REF!")
        c23 = blocks[2023]
        sh.f(r, 10, f"=SUM({A(r, c23)}:{A(r, c23 + 11)})", ysum(u["m"][2023]))
        for fy, c0 in blocks.items():
            d = u["m"][fy]
            for k, m in enumerate(JUNE):
                if m in d:
                    sh.put(r, c0 + k, d[m])
            sh.f(r, c0 + 12, f"=SUM({A(r, c0)}:{A(r, c0 + 8)})", csum(d, start, cut))
        cum = csum(u["m"][2024], start, cut)
        sh.f(r, rc["累積件数"], f"={A(r, blocks[2024] + 12)}", cum)
        sh.put(r, rc["目標件数"], u["tgt"])
        sh.f(r, rc["前年比"], f"={A(r, rc['累積件数'])}-#REF!", "#REF!")
        sh.f(r, rc["達成率"], f"=IF({A(r, rc['目標件数'])}=0,\"\",{A(r, rc['累積件数'])}/{A(r, rc['目標件数'])})",
             cum / u["tgt"], PCT)
        sh.f(r, rc["残件数"], f"={A(r, rc['目標件数'])}-{A(r, rc['累積件数'])}", u["tgt"] - cum)
        sh.put(r, rc["県名"], u["pn"])
        r += 1
    # 合計: typed by hand (values), two columns off
    sh.put(r, 1, "合計", bold=True)
    sh.merge(r, 1, r, 4)
    sh.put(r, 5, sum(u["mem"] for u in U01), "#,##0", bold=True)
    sh.put(r, 6, sum(u["pol"] for u in U01), "#,##0", bold=True)
    for fy, c0 in blocks.items():
        for k, m in enumerate(JUNE):
            tot = sum(num(u["m"][fy].get(m)) for u in U01)
            if fy == 2024 and m == 10:
                tot += 2          # typed wrong: 17, the months give 15
            if tot:
                sh.put(r, c0 + k, tot, bold=True)
        sh.put(r, c0 + 12, sum(csum(u["m"][fy], start, cut) for u in U01), bold=True)
    sh.put(r, rc["累積件数"], 41, bold=True)   # typed: the unions' months give 43
    sh.put(r, rc["目標件数"], sum(u["tgt"] for u in U01), bold=True)
    sh.put(r, rc["達成率"], 41 / 71, PCT, bold=True)
    sh.put(r, rc["残件数"], 30, bold=True)
    sh.freeze = "E6"
    save_xlsxwriter([sh], path)


# ======================================================================
# 02 関東: May start, cutoff only in the print header, mixed units
# ======================================================================
F02 = "02_関東_5月開始_単位混在_ヘッダーに締め月.xlsx"
U02 = [
    dict(pn="茨城県", uc="044", name="見本浦市職員労働組合", mem="1,530人", pol="702件", eff="2月", tgt=24,
         m={2022: {5: 1, 2: 10, 3: 3}, 2023: {6: 2, 2: 12, 4: 1}, 2024: {5: 1, 9: "2件", 12: 1, 1: 3}}),
    dict(pn="栃木県", uc="012", name="試験都宮市職員組合", mem="842名", pol=311, eff="1月", tgt=10,
         m={2022: {1: 5, 2: 2}, 2023: {1: "3人", 3: 1}, 2024: {10: 1, 1: 6, 2: "2月発効分は次回報告"}}),
    dict(pn="栃木県", uc="040", name="架空須町職員労働組合", mem=260, pol=88, eff="1月", tgt=4,
         m={2022: {1: 2}, 2023: {1: 1, 2: 1}, 2024: {1: "4人"}}),
    dict(pn="山梨県", uc="005", name="見本府市職員労働組合", mem=1105, pol=410, eff="7月", tgt=12,
         m={2022: {7: 6, 8: 1, 4: 2}, 2023: {7: 5, 10: 1}, 2024: {7: 8, 8: 2, 11: 1, 4: "新採見込み約20"}}),
]
# what the clerk typed as 累積 (she counted 「2件」「4人」 herself)
CUM02 = {"見本浦市職員労働組合": 7, "試験都宮市職員組合": 7, "架空須町職員労働組合": 4, "見本府市職員労働組合": 11}


def build02(path: Path):
    start = 5
    sh = Sheet("関東")
    sh.put(1, 1, "2024年度　加入拡大モデル単組　月別実績（5月開始）", bold=True)
    sh.header = "2025年1月末現在"
    left = ["県名", "単組コード", "単組名", "組合員数", "団生保有", "発効", "目標件数"]
    for i, h in enumerate(left, 1):
        sh.put(4, i, h, bold=True)
    col = len(left) + 1
    blocks = {}
    for fy in (2022, 2023, 2024):
        width = 12 if fy == 2024 else 13
        sh.put(3, col, f"{fy}年度", bold=True)
        sh.merge(3, col, 3, col + width - 1)
        blocks[fy] = col
        for k, m in enumerate(MAY):
            sh.put(4, col + k, f"{m}月", bold=True)
        if fy != 2024:
            sh.put(4, col + 12, "年度計", bold=True)
        col += width
    rc = {}
    for i, h in enumerate(["累積件数", "前年比", "達成率", "残件数"]):
        sh.put(4, col + i, h, bold=True)
        rc[h] = col + i
    r = 5

    def row(r, u, label_col_name=None):
        for fy, c0 in blocks.items():
            for k, m in enumerate(MAY):
                if m in u["m"][fy]:
                    sh.put(r, c0 + k, u["m"][fy][m])
            if fy != 2024:
                sh.put(r, c0 + 12, u["y"][fy])

    groups: dict[str, list] = {}
    for u in U02:
        groups.setdefault(u["pn"], []).append(u)
    for pn, us in groups.items():
        for u in us:
            sh.put(r, 1, pn)
            sh.put(r, 2, u["uc"])
            sh.put(r, 3, u["name"])
            sh.put(r, 4, u["mem"], "#,##0")
            sh.put(r, 5, u["pol"], "#,##0")
            sh.put(r, 6, u["eff"])
            sh.put(r, 7, u["tgt"])
            u["y"] = {fy: ysum(u["m"][fy]) for fy in (2022, 2023)}
            u["y"][2023] += 3 if u["name"] == "試験都宮市職員組合" else 0   # she counted 「3人」
            row(r, u)
            cum = CUM02[u["name"]]
            sh.put(r, rc["累積件数"], cum)
            sh.put(r, rc["前年比"], cum - csum(u["m"][2023], start, 1))
            sh.put(r, rc["達成率"], cum / u["tgt"], PCT)
            sh.put(r, rc["残件数"], u["tgt"] - cum)
            r += 1
        # the prefecture's 計 row (values typed); for 茨城 and 山梨 it repeats the single union
        sh.put(r, 3, f"{pn}計", bold=True)
        mem = [u["mem"] for u in us]
        sh.put(r, 4, mem[0] if len(us) == 1 else 842 + 260, "#,##0", bold=True)
        sh.put(r, 5, us[0]["pol"] if len(us) == 1 else sum(num(u["pol"]) for u in us), "#,##0", bold=True)
        sh.put(r, 7, sum(u["tgt"] for u in us), bold=True)
        for fy, c0 in blocks.items():
            for k, m in enumerate(MAY):
                vals = [u["m"][fy].get(m) for u in us if m in u["m"][fy]]
                if len(us) == 1 and vals:
                    sh.put(r, c0 + k, vals[0], bold=True)
                elif vals and sum(num(v) for v in vals):
                    sh.put(r, c0 + k, sum(num(v) for v in vals), bold=True)
            if fy != 2024:
                sh.put(r, c0 + 12, sum(u["y"][fy] for u in us), bold=True)
        cum = sum(CUM02[u["name"]] for u in us)
        tgt = sum(u["tgt"] for u in us)
        sh.put(r, rc["累積件数"], cum, bold=True)
        sh.put(r, rc["前年比"], cum - sum(csum(u["m"][2023], start, 1) for u in us), bold=True)
        sh.put(r, rc["達成率"], cum / tgt, PCT, bold=True)
        sh.put(r, rc["残件数"], tgt - cum, bold=True)
        r += 1
    sh.freeze = "D5"
    save_openpyxl([sh], path)


# ======================================================================
# 03 中部: a union renamed after a merger, kept on two rows
# ======================================================================
F03 = "03_中部_合併名称変更_旧行残し.xlsx"
U03 = [
    dict(pc="22", pn="静岡", uc="003", name="見本津市職員労働組合", mem=1470, pol=324, eff="1月", tgt=36,
         m={2022: {1: 12, 2: 3, 3: 1}, 2023: {6: 1, 1: 10, 2: 4}, 2024: {9: 2, 1: 14, 2: 3}}, how="formula"),
    dict(pc="23", pn="愛知", uc="022", name="試験上町職員組合", mem=650, pol=120, eff="4月", tgt=None,
         m={2022: {4: 6, 5: 1}, 2023: {6: 1, 12: 1, 4: 5}, 2024: {}}, how="old",
         note="2024年4月 合併により名称変更（下段へ）"),
    dict(pc="23", pn="愛知", uc="022", name="試験上市職員労働組合", mem=690, pol=140, eff="4月", tgt=14,
         m={2022: {}, 2023: {}, 2024: {6: 2, 10: 1, 12: 3, 2: 1}}, how="new",
         note="旧：試験上町職員組合（上段）"),
    dict(pc="24", pn="岐阜", uc="017", name="架空濃市職員労働組合", mem=402, pol=120, eff="4月", tgt=8,
         m={2022: {4: 3}, 2023: {4: 2, 5: 1}, 2024: {7: 1, 8: 1, 11: 1}}, how="pasted"),
    dict(pc="25", pn="三重", uc="041", name="見本鈴市職員組合", mem=880, pol=470, eff="10月", tgt=10,
         m={2022: {10: 7, 11: 1}, 2023: {10: 9, 1: 1, 3: 1}, 2024: {10: 11, 11: 1}}, how="formula"),
]


def build03(path: Path):
    start, cut = 6, 2
    sh = Sheet("中部")
    sh.put(1, 1, "令和6年度　加入拡大モデル単組　実績一覧（6月開始）", bold=True)
    left = ["県コード", "県名", "単組コード", "単組名", "組合員数", "団生保有", "加入率", "発効", "前々年度実績", "前年度実績"]
    for i, h in enumerate(left, 1):
        sh.put(4, i, h, bold=True)
    col = len(left) + 1
    blocks = {}
    for fy in (2022, 2023, 2024):
        width = 12 if fy == 2024 else 13
        sh.put(3, col, f"{fy}年度" if fy != 2024 else "2024年度（２月末現在）", bold=True)
        sh.merge(3, col, 3, col + width - 1)
        blocks[fy] = col
        for k, m in enumerate(JUNE):
            sh.put(4, col + k, fwd(f"{m}月"), bold=True)
        if fy != 2024:
            sh.put(4, col + 12, "２月累計", bold=True)
        col += width
    rc = {}
    for i, h in enumerate(["累積件数", "目標件数", "前年比", "達成率", "残件数", "備考"]):
        sh.put(4, col + i, h, bold=True)
        rc[h] = col + i
    r = 5
    rows = {}
    for u in U03:
        rows[u["name"]] = r
        sh.put(r, 1, u["pc"])
        sh.put(r, 2, u["pn"])
        sh.put(r, 3, u["uc"])
        sh.put(r, 4, u["name"])
        sh.put(r, 5, u["mem"], "#,##0")
        sh.put(r, 6, u["pol"], "#,##0")
        sh.f(r, 7, f"={A(r, 6)}/{A(r, 5)}", u["pol"] / u["mem"], PCT)
        sh.put(r, 8, u["eff"])
        for fy, c0 in blocks.items():
            d = u["m"][fy]
            for k, m in enumerate(JUNE):
                if m in d:
                    sh.put(r, c0 + k, d[m])
            if fy != 2024 and u["how"] != "new":
                if u["how"] == "pasted":
                    sh.put(r, c0 + 12, csum(d, start, cut))
                else:
                    sh.f(r, c0 + 12, f"=SUM({A(r, c0)}:{A(r, c0 + 8)})", csum(d, start, cut))
        if u["how"] != "new":
            for c, fy in ((9, 2022), (10, 2023)):
                c0 = blocks[fy]
                if u["how"] == "formula":
                    sh.f(r, c, f"=SUM({A(r, c0)}:{A(r, c0 + 11)})", ysum(u["m"][fy]))
                else:
                    sh.put(r, c, ysum(u["m"][fy]))
        c24 = blocks[2024]
        if u["how"] != "old":
            cum = csum(u["m"][2024], start, cut)
            sh.f(r, rc["累積件数"], f"=SUM({A(r, c24)}:{A(r, c24 + 8)})", cum)
            sh.put(r, rc["目標件数"], u["tgt"])
            if u["how"] == "new":
                prev_r = rows["試験上町職員組合"]
                prev = csum(U03[1]["m"][2023], start, cut)
                sh.f(r, rc["前年比"], f"={A(r, rc['累積件数'])}-{A(prev_r, blocks[2023] + 12)}", cum - prev)
            elif u["how"] == "pasted":
                sh.put(r, rc["前年比"], cum - csum(u["m"][2023], start, cut))
            else:
                sh.f(r, rc["前年比"], f"={A(r, rc['累積件数'])}-{A(r, blocks[2023] + 12)}",
                     cum - csum(u["m"][2023], start, cut))
            sh.f(r, rc["達成率"], f"={A(r, rc['累積件数'])}/{A(r, rc['目標件数'])}", cum / u["tgt"], PCT)
            sh.f(r, rc["残件数"], f"={A(r, rc['目標件数'])}-{A(r, rc['累積件数'])}", u["tgt"] - cum)
        if u.get("note"):
            sh.put(r, rc["備考"], u["note"])
        r += 1
    # 合計 typed by hand
    sh.put(r, 4, "合計", bold=True)
    for fy, c0 in blocks.items():
        for k, m in enumerate(JUNE):
            tot = sum(num(u["m"][fy].get(m)) for u in U03)
            if fy == 2024 and m == 10:
                tot = 11      # typed: the months give 1 + 11 = 12
            if tot:
                sh.put(r, c0 + k, tot, bold=True)
    sh.put(r, rc["累積件数"], 41, bold=True)
    sh.put(r, rc["目標件数"], 68, bold=True)
    sh.freeze = "E5"
    save_xlsxwriter([sh], path)


# ======================================================================
# 04 高知: one prefecture, one union, cutoff in a note under the table
# ======================================================================
F04 = "04_高知_県本部単独_1単組.xlsx"
U04 = dict(uc="001", name="見本知市職員労働組合", mem=1320, pol=505, eff="5月", tgt="12件",
           m={2022: {5: 9, 6: 1, 3: 2}, 2023: {5: 7, 8: 1, 1: 1, 4: 1}, 2024: {5: 6, 7: 1, 10: 1, 1: 2}})


def build04(path: Path):
    start = 5
    sh = Sheet("高知")
    sh.put(1, 1, "自治労高知県本部　2024年度　加入拡大モデル単組（5月開始）", bold=True)
    left = ["単組コード", "単組名", "組合員数", "団生保有", "加入率", "発効", "目標件数"]
    for i, h in enumerate(left, 1):
        sh.put(4, i, h, bold=True)
    col = len(left) + 1
    blocks = {}
    for fy in (2022, 2023, 2024):
        width = 12 if fy == 2024 else 13
        sh.put(3, col, f"{fy}年度", bold=True)
        sh.merge(3, col, 3, col + width - 1)
        blocks[fy] = col
        for k, m in enumerate(MAY):
            sh.put(4, col + k, dt.datetime(cal_year(fy, m, start), m, 1), MD, bold=True)
        if fy != 2024:
            sh.put(4, col + 12, "年度計", bold=True)
        col += width
    rc = {}
    for i, h in enumerate(["累積件数", "前年比", "達成率", "残件数"]):
        sh.put(4, col + i, h, bold=True)
        rc[h] = col + i
    u = U04
    cum = csum(u["m"][2024], start, 1)
    for r, label in ((5, None), (6, "高知県計")):
        bold = label is not None
        if label is None:
            sh.put(r, 1, u["uc"])
            sh.put(r, 2, u["name"])
        else:
            sh.put(r, 2, label, bold=True)
        sh.put(r, 3, u["mem"], "#,##0", bold=bold)
        sh.put(r, 4, u["pol"], "#,##0", bold=bold)
        sh.put(r, 5, u["pol"] / u["mem"], PCT, bold=bold)
        if label is None:
            sh.put(r, 6, u["eff"])
        sh.put(r, 7, u["tgt"], bold=bold)
        for fy, c0 in blocks.items():
            for k, m in enumerate(MAY):
                if m in u["m"][fy]:
                    sh.put(r, c0 + k, u["m"][fy][m], bold=bold)
            if fy != 2024:
                sh.put(r, c0 + 12, ysum(u["m"][fy]), bold=bold)
        sh.put(r, rc["累積件数"], cum, bold=bold)
        sh.put(r, rc["前年比"], f"={A(r, rc['累積件数'])}-#REF!", bold=bold)
        sh.put(r, rc["達成率"], cum / 12, PCT, bold=bold)
        sh.put(r, rc["残件数"], 12 - cum, bold=bold)
    sh.put(8, 1, "※2025年1月末までの報告分を集計しています。")
    sh.put(9, 1, "※目標件数は県本部共済推進委員会で決定（2024年6月）")
    sh.freeze = "C5"
    save_openpyxl([sh], path)


# ======================================================================
# 05 近畿: 2021 deleted, 2024 added, a union outside the 合計's SUM
# ======================================================================
F05 = "05_近畿_年度追加_旧年度削除跡.xlsx"
U05 = [
    dict(pc="26", pn="滋賀", uc="024", name="見本山市職員労働組合", mem=442, pol=77, eff="10月", tgt=20,
         m={2022: {10: 11, 11: 2, 2: 1}, 2023: {10: 13, 12: 1, 3: 2}, 2024: {10: 15, 11: 2}},
         note="←前任者設定のまま"),
    dict(pc="27", pn="京都", uc="007", name="試験治市職員組合", mem=735, pol=402, eff="4月", tgt="15件",
         m={2022: {4: 9, 5: 2}, 2023: {6: 1, 4: 8}, 2024: {6: 2, 9: 1}}),
    dict(pc="27", pn="京都", uc="019", name="架空丹市職員労働組合", mem=310, pol=62, eff="10月", tgt=6,
         m={2022: {10: 3}, 2023: {10: 2, 1: 1}, 2024: {10: 5, 12: 2}}, note="←R6.10 県本部で修正"),
    dict(pc="28", pn="奈良", uc="002", name="見本良市職員労働組合", mem=1413, pol=427, eff="4月", tgt=30,
         m={2022: {4: 20, 5: 3, 8: 1}, 2023: {7: 1, 4: 18, 5: 2}, 2024: {6: 1, 8: 2, 11: 1}}),
    # inserted just above the 合計 row: outside its SUM ranges
    dict(pc="29", pn="和歌山", uc="011", name="試験辺市職員組合", mem=520, pol=260, eff="12月", tgt=10,
         m={2022: {12: 4, 1: 1}, 2023: {12: 6}, 2024: {12: 4}}, note="←R6.11 追加"),
]


def build05(path: Path):
    start, cut = 6, 12
    sh = Sheet("近畿")
    sh.put(1, 1, "2024年度　加入拡大モデル単組（近畿地連）", bold=True)
    left = ["県コード", "県名", "単組コード", "単組名", "組合員数", "団生保有", "加入率", "発効", "前々年度実績", "前年度実績"]
    for i, h in enumerate(left, 1):
        sh.put(4, i, h, bold=True)
    col = len(left) + 1
    blocks = {}
    for fy in (2022, 2023, 2024):
        sh.put(3, col, f"{fy}年度", bold=True)
        sh.merge(3, col, 3, col + 12)
        blocks[fy] = col
        for k, m in enumerate(JUNE):
            if fy == 2024:
                sh.put(4, col + k, dt.datetime(cal_year(fy, m, start), m, 1), MD, bold=True)
            else:
                sh.put(4, col + k, f"{m}月", bold=True)
        sh.put(4, col + 12, "12月累計" if fy != 2024 else "累計（6月～12月）", bold=True)
        col += 13
    rc = {}
    for i, h in enumerate(["目標件数", "", "前年比", "達成率", "残件数"]):
        if h:
            sh.put(4, col + i, h, bold=True)
        rc[h or "note"] = col + i
    r = 5
    first = r
    for u in U05:
        sh.put(r, 1, u["pc"])
        sh.put(r, 2, u["pn"])
        sh.put(r, 3, u["uc"])
        sh.put(r, 4, u["name"])
        sh.put(r, 5, u["mem"], "#,##0")
        sh.put(r, 6, u["pol"], "#,##0")
        sh.f(r, 7, f"={A(r, 6)}/{A(r, 5)}", u["pol"] / u["mem"], PCT)
        sh.put(r, 8, u["eff"])
        sh.f(r, 9, "=SUM(#REF!)", "#REF!")
        c22 = blocks[2022]
        sh.f(r, 10, f"=SUM({A(r, c22)}:{A(r, c22 + 11)})", ysum(u["m"][2022]))   # stale: still 2022
        for fy, c0 in blocks.items():
            d = u["m"][fy]
            for k, m in enumerate(JUNE):
                if m in d:
                    sh.put(r, c0 + k, d[m])
            sh.f(r, c0 + 12, f"=SUM({A(r, c0)}:{A(r, c0 + 6)})", csum(d, start, cut))
        cum = csum(u["m"][2024], start, cut)
        tgt = int(str(u["tgt"]).rstrip("件"))
        sh.put(r, rc["目標件数"], u["tgt"])
        if u.get("note"):
            sh.put(r, rc["note"], u["note"])
        ccum = A(r, blocks[2024] + 12)
        sh.f(r, rc["前年比"], f"={ccum}-{A(r, blocks[2023] + 12)}", cum - csum(u["m"][2023], start, cut))
        sh.f(r, rc["達成率"], f"=IFERROR({ccum}/{A(r, rc['目標件数'])},\"\")",
             cum / tgt if isinstance(u["tgt"], int) else "", PCT)
        sh.f(r, rc["残件数"], f"=IFERROR({A(r, rc['目標件数'])}-{ccum},\"\")",
             tgt - cum if isinstance(u["tgt"], int) else "")
        r += 1
    last_in_sum = r - 2       # the SUM ranges stop before the inserted 和歌山 row
    sh.put(r, 1, "合計", bold=True)
    sh.merge(r, 1, r, 4)
    inside = U05[:-1]
    for c, key in ((5, "mem"), (6, "pol")):
        sh.f(r, c, f"=SUM({A(first, c)}:{A(last_in_sum, c)})", sum(u[key] for u in inside), "#,##0", bold=True)
    for fy, c0 in blocks.items():
        for k, m in enumerate(JUNE):
            c = c0 + k
            sh.f(r, c, f"=SUM({A(first, c)}:{A(last_in_sum, c)})", sum(num(u["m"][fy].get(m)) for u in inside),
                 bold=True)
        c = c0 + 12
        sh.f(r, c, f"=SUM({A(first, c)}:{A(last_in_sum, c)})", sum(csum(u["m"][fy], start, cut) for u in inside),
             bold=True)
    c = rc["目標件数"]
    sh.f(r, c, f"=SUM({A(first, c)}:{A(last_in_sum, c)})", 20 + 6 + 30, bold=True)   # 「15件」 is text
    sh.freeze = "E5"
    save_xlsxwriter([sh], path)


# ======================================================================
# 06 九州: May start, the cutoff in the tab name, pasted and formula totals
# ======================================================================
F06 = "06_九州_5月開始_シート名が締め月.xlsx"
U06 = [
    dict(pc="42", pn="福岡", uc="015", name="見本川市職員労働組合", mem=1820, pol=640, eff="10月", tgt=40,
         m={2022: {10: 14, 11: 3, 2: 1, 4: 2}, 2023: {6: 1, 10: 16, 11: 2, 3: 3}, 2024: {5: 1, 10: 18, 11: 4, 1: 2}},
         how="formula"),
    dict(pc="42", pn="福岡", uc="033", name="試験方市職員組合", mem=512, pol=230, eff="1月", tgt=16,
         m={2022: {1: 6, 2: 2}, 2023: {1: 5, 3: 1, 4: 2}, 2024: {12: 1, 1: 7}}, how="pasted"),
    dict(pc="43", pn="佐賀", uc="002", name="架空津市職員労働組合", mem=600, pol=455, eff="11月", tgt=8,
         m={2022: {11: 3, 12: 1}, 2023: {11: 5, 4: 1}, 2024: {11: 6, 12: 3}}, how="formula"),
    dict(pc="49", pn="沖縄", uc="001", name="見本覇市職員労働組合", mem=2600, pol=980, eff="4月", tgt=35,
         m={2022: {5: 3, 9: 1, 12: 2, 4: 18}, 2023: {5: 4, 7: 2, 1: 1, 3: 1, 4: 21}, 2024: {5: 5, 6: 1, 8: 2, 2: 3}},
         how="pasted", stale={2023: 28}),
]


def build06(path: Path):
    start, cut = 5, 1
    sh = Sheet("R7.1月末")
    sh.put(1, 1, "令和6年度　加入拡大モデル単組　九州ブロック（5月開始）", bold=True)
    left = ["県コード", "県名", "単組コード", "単組名", "組合員数", "団生保有", "加入率", "発効"]
    for i, h in enumerate(left, 1):
        sh.put(4, i, h, bold=True)
    col = len(left) + 1
    blocks = {}
    for fy, label in ((2022, "令和4年度"), (2023, "令和5年度"), (2024, "令和6年度")):
        width = 12 if fy == 2024 else 14
        sh.put(3, col, label, bold=True)
        sh.merge(3, col, 3, col + width - 1)
        blocks[fy] = col
        for k, m in enumerate(MAY):
            if fy == 2024:
                sh.put(4, col + k, last_day(cal_year(fy, m, start), m), MD, bold=True)
            else:
                sh.put(4, col + k, fwd(f"{m}月"), bold=True)
        if fy != 2024:
            sh.put(4, col + 12, "１月累計", bold=True)
            sh.put(4, col + 13, "年度計", bold=True)
        col += width
    rc = {}
    for i, h in enumerate(["累積件数", "目標件数", "前年比", "達成率", "残件数", "県名"]):
        sh.put(4, col + i, h, bold=True)
        rc[h] = col + i
    r = 5
    for u in U06:
        sh.put(r, 1, u["pc"])
        sh.put(r, 2, u["pn"])
        sh.put(r, 3, u["uc"])
        sh.put(r, 4, u["name"])
        sh.put(r, 5, u["mem"], "#,##0")
        sh.put(r, 6, u["pol"], "#,##0")
        sh.put(r, 7, u["pol"] / u["mem"], PCT)
        sh.put(r, 8, u["eff"])
        for fy, c0 in blocks.items():
            d = u["m"][fy]
            for k, m in enumerate(MAY):
                if m in d:
                    sh.put(r, c0 + k, d[m])
            if fy != 2024:
                if u["how"] == "formula":
                    sh.f(r, c0 + 12, f"=SUM({A(r, c0)}:{A(r, c0 + 8)})", csum(d, start, cut))
                    sh.f(r, c0 + 13, f"=SUM({A(r, c0)}:{A(r, c0 + 11)})", ysum(d))
                else:
                    sh.put(r, c0 + 12, csum(d, start, cut))
                    sh.put(r, c0 + 13, u.get("stale", {}).get(fy, ysum(d)))
        cum = csum(u["m"][2024], start, cut)
        c24 = blocks[2024]
        sh.f(r, rc["累積件数"], f"=SUM({A(r, c24)}:{A(r, c24 + 8)})", cum)
        sh.put(r, rc["目標件数"], u["tgt"])
        sh.put(r, rc["前年比"], cum - csum(u["m"][2023], start, cut))
        sh.put(r, rc["達成率"], cum / u["tgt"], PCT)
        sh.put(r, rc["残件数"], u["tgt"] - cum)
        sh.put(r, rc["県名"], u["pn"])
        r += 1
    sh.put(r, 1, "合計", bold=True)
    sh.merge(r, 1, r, 4)
    for fy, c0 in blocks.items():
        for k, m in enumerate(MAY):
            tot = sum(num(u["m"][fy].get(m)) for u in U06)
            if tot:
                sh.put(r, c0 + k, tot, bold=True)
    sh.put(r, rc["累積件数"], 53, bold=True)     # typed: the months give 50 (+3 typed for 2月)
    sh.put(r, rc["目標件数"], 95, bold=True)     # typed: last year's 95; the unions' targets give 99
    sh.put(r, rc["達成率"], 53 / 95, PCT, bold=True)
    sh.freeze = "E5"
    save_xlsxwriter([sh], path)


# ======================================================================
# 07 北海道: last year's grid left as a visible sheet in front
# ======================================================================
F07 = "07_北海道_前任者シート残し.xlsx"
U07 = [
    dict(uc="012", name="見本路市職員労働組合", mem=1650, pol=720, eff="10月", tgt=28, tgt23=25,
         m={2021: {10: 9, 11: 1}, 2022: {10: 12, 1: 2, 4: 1}, 2023: {6: 1, 10: 10, 11: 3, 3: 1},
            2024: {10: 16, 11: 1, 2: 2}}),
    dict(uc="045", name="試験広町職員組合", mem=155, pol=69, eff="7月", tgt=4, tgt23=4,
         m={2021: {7: 1}, 2022: {7: 2}, 2023: {7: 1, 9: 1}, 2024: {7: 3, 8: 1}}),
    # dropped from the model unions this year: only on last year's sheet
    dict(uc="020", name="見本樽市職員労働組合", mem=980, pol=350, eff="10月", tgt=None, tgt23=10, dropped=True,
         m={2021: {10: 4}, 2022: {10: 5, 12: 1}, 2023: {10: 3, 2: 1}, 2024: {}}),
    # new model union of 2024: only on this year's sheet (past years filled from HQ's data)
    dict(uc="058", name="架空別市職員労働組合", mem=820, pol=300, eff="1月", tgt=12, new=True,
         m={2021: {}, 2022: {1: 3, 2: 1}, 2023: {1: 5}, 2024: {1: 6, 2: 1}}),
]
OLD07 = "2023年度（前任者）"


def grid07(sh: Sheet, fy_now: int, units: list, old_rows: dict | None):
    start, cut = 6, 2
    years = (fy_now - 2, fy_now - 1, fy_now)
    sh.put(1, 1, f"{fy_now}年度　加入拡大モデル単組（北海道）", bold=True)
    sh.put(2, 1, f"{fy_now + 1}年2月末現在")
    left = ["県コード", "県名", "単組コード", "単組名", "組合員数", "団生保有", "加入率", "発効", "前々年度実績", "前年度実績"]
    for i, h in enumerate(left, 1):
        sh.put(4, i, h, bold=True)
    col = len(left) + 1
    blocks = {}
    for fy in years:
        width = 12 if fy == fy_now else 13
        sh.put(3, col, f"{fy}年度", bold=True)
        sh.merge(3, col, 3, col + width - 1)
        blocks[fy] = col
        for k, m in enumerate(JUNE):
            sh.put(4, col + k, f"{m}月", bold=True)
        if fy != fy_now:
            sh.put(4, col + 12, "2月累計", bold=True)
        col += width
    rc = {}
    for i, h in enumerate(["累積件数", "目標件数", "前年比", "達成率", "残件数"]):
        sh.put(4, col + i, h, bold=True)
        rc[h] = col + i
    rc["note"] = col + 5
    r = first = 5
    rows = {}
    for u in units:
        rows[u["name"]] = r
        sh.put(r, 1, "01")
        sh.put(r, 2, "北海道")
        sh.put(r, 3, u["uc"])
        sh.put(r, 4, u["name"])
        sh.put(r, 5, u["mem"], "#,##0")
        sh.put(r, 6, u["pol"], "#,##0")
        sh.f(r, 7, f"={A(r, 6)}/{A(r, 5)}", u["pol"] / u["mem"], PCT)
        sh.put(r, 8, u["eff"])
        for c, fy in ((9, years[0]), (10, years[1])):
            if old_rows is not None and c == 10 and u["name"] in old_rows:
                # cross-sheet: last year's sheet's 今年度 months
                orow, ocol = old_rows[u["name"]]
                sh.f(r, c, f"=SUM('{OLD07}'!{A(orow, ocol)}:{A(orow, ocol + 11)})", ysum(u["m"][fy]))
            else:
                sh.put(r, c, ysum(u["m"][fy]))
        for fy, c0 in blocks.items():
            d = u["m"][fy]
            for k, m in enumerate(JUNE):
                if m in d:
                    sh.put(r, c0 + k, d[m])
            if fy != fy_now:
                sh.f(r, c0 + 12, f"=SUM({A(r, c0)}:{A(r, c0 + 8)})", csum(d, start, cut))
        cum = csum(u["m"][fy_now], start, cut)
        tgt = u["tgt"] if fy_now == 2024 else u["tgt23"]
        c0 = blocks[fy_now]
        sh.f(r, rc["累積件数"], f"=SUM({A(r, c0)}:{A(r, c0 + 8)})", cum)
        sh.put(r, rc["目標件数"], tgt)
        sh.f(r, rc["前年比"], f"={A(r, rc['累積件数'])}-{A(r, blocks[fy_now - 1] + 12)}",
             cum - csum(u["m"][fy_now - 1], start, cut))
        sh.f(r, rc["達成率"], f"={A(r, rc['累積件数'])}/{A(r, rc['目標件数'])}", cum / tgt, PCT)
        sh.f(r, rc["残件数"], f"={A(r, rc['目標件数'])}-{A(r, rc['累積件数'])}", tgt - cum)
        if fy_now == 2024 and u["name"] == "見本路市職員労働組合":
            sh.put(r, rc["note"], "←1月分訂正済")
        r += 1
    sh.merge(first, 1, r - 1, 1)
    sh.merge(first, 2, r - 1, 2)
    sh.put(r, 4, "合計", bold=True)
    for c in [5, 6] + [blocks[fy] + k for fy in years for k in range(12 if fy == fy_now else 13)] + \
            [rc["累積件数"], rc["目標件数"], rc["前年比"], rc["残件数"]]:
        vals = [sh.cells.get((rr, c)) for rr in range(first, r)]
        tot = sum(num(d.get("cached", d["v"])) for d in vals if d)
        sh.f(r, c, f"=SUM({A(first, c)}:{A(r - 1, c)})", tot, bold=True)
    sh.freeze = "E5"
    return rows, blocks


def build07(path: Path):
    old = Sheet(OLD07)
    old_units = [u for u in U07 if not u.get("new")]
    rows, blocks = grid07(old, 2023, old_units, None)
    old_rows = {n: (rr, blocks[2023]) for n, rr in rows.items()}
    new = Sheet("2024年度")
    grid07(new, 2024, [u for u in U07 if not u.get("dropped")], old_rows)
    save_xlsxwriter([old, new], path)


# ======================================================================
# 08 本部: a handover memo in front, the cutoff as 「基準日」 with a date
# ======================================================================
F08 = "08_本部_5月開始_引継メモ_基準日.xlsx"
U08 = [
    dict(pc="35", pn="鳥取", uc="003", name="見本取市職員労働組合", mem="1,820名", pol=640, eff="10月", tgt=24,
         m={2022: {10: 10, 11: 2, 3: 1}, 2023: {5: 1, 10: 9, 2: 2, 4: 1}, 2024: {10: 11, 11: 1, 1: 2}}),
    dict(pc="36", pn="島根", uc="010", name="試験江市職員組合", mem=930, pol=310, eff="12月", tgt=16,
         m={2022: {12: 5, 1: 1}, 2023: {12: 7, 3: 1}, 2024: {12: 9, 2: 1}}),
    dict(pc="36", pn="島根", uc="027", name="見本南市職員労働組合（R6.4 見本南町職員組合から名称変更）", mem=240, pol=98,
         eff="12月", tgt=5, m={2022: {12: 2}, 2023: {12: 1, 4: 1}, 2024: {12: 3, 1: 1, 2: 1}}),
    dict(pc="37", pn="山口", uc="008", name="架空門市職員労働組合", mem=700, pol=300, eff="4月", tgt=12,
         m={2022: {4: 7, 5: 1}, 2023: {6: 1, 4: 5}, 2024: {5: 1, 7: 1, 9: 1}}),
    dict(pc="60", pn="社保労連", uc="004", name="見本協会職員労働組合", mem=900, pol=210, eff="12月", tgt=16,
         m={2022: {12: 3, 4: 1}, 2023: {12: 4}, 2024: {12: 5}}),
]


def build08(path: Path):
    start, cut = 5, 2
    memo = Sheet("引継ぎメモ")
    lines = ["引継ぎメモ（前任者より）",
             "・モデル単組グリッドは毎月10日までに更新し、共済推進本部へ送付する",
             "・目標件数は2024年6月の本部確定値（変更しないこと）",
             "・社保労連は全国集計の対象外（合計の下に別枠）",
             "・単組名の変更は備考ではなく単組名の欄に書いてある"]
    for i, t in enumerate(lines, 1):
        memo.put(i, 1, t, bold=(i == 1))
    memo.put(8, 1, "月", bold=True)
    memo.put(8, 2, "作業", bold=True)
    memo.put(8, 3, "件数メモ", bold=True)
    for i, (m, t, n) in enumerate((("5月", "前年度確定値の差し替え", 3), ("6月", "目標件数の入力", 57),
                                   ("2月", "速報値の送付（基準日は月末）", 32)), 9):
        memo.put(i, 1, m)
        memo.put(i, 2, t)
        memo.put(i, 3, n)
    sh = Sheet("5月開始")
    sh.put(1, 1, "2024年度　加入拡大モデル単組　過去2年実績（5月開始）", bold=True)
    sh.put(2, 1, "基準日")
    sh.put(2, 2, dt.datetime(2025, 2, 28), 'yyyy"年"m"月"d"日"')
    left = ["自治労県コード", "県名", "単組コード", "加入拡大モデル単組", "組合員数", "団生保有", "加入率", "発効"]
    for i, h in enumerate(left, 1):
        sh.put(5, i, h, bold=True)
        sh.merge(4, i, 5, i)
        sh.cells[(4, i)] = sh.cells.pop((5, i))
    col = len(left) + 1
    blocks = {}
    for fy in (2022, 2023, 2024):
        width = 12 if fy == 2024 else 14
        sh.put(4, col, f"{fy}年度", bold=True)
        sh.merge(4, col, 4, col + width - 1)
        blocks[fy] = col
        for k, m in enumerate(MAY):
            sh.put(5, col + k, fwd(f"{m}月"), bold=True)
        if fy != 2024:
            sh.put(5, col + 12, "累計", bold=True)
            sh.put(5, col + 13, "年度計", bold=True)
        col += width
    rc = {}
    for i, h in enumerate(["累積件数", "目標件数", "前年比", "達成率", "残件数", "県名"]):
        sh.put(4, col + i, h, bold=True)
        sh.merge(4, col + i, 5, col + i)
        rc[h] = col + i

    def union(r, u):
        sh.put(r, 1, u["pc"])
        sh.put(r, 2, u["pn"])
        sh.put(r, 3, u["uc"])
        sh.put(r, 4, u["name"])
        sh.put(r, 5, u["mem"], "#,##0")
        sh.put(r, 6, u["pol"], "#,##0")
        sh.put(r, 7, u["pol"] / (1820 if isinstance(u["mem"], str) else u["mem"]), PCT)
        sh.put(r, 8, u["eff"])
        for fy, c0 in blocks.items():
            d = u["m"][fy]
            for k, m in enumerate(MAY):
                if m in d:
                    sh.put(r, c0 + k, d[m])
            if fy != 2024:
                sh.put(r, c0 + 12, csum(d, start, cut))
                sh.put(r, c0 + 13, ysum(d))
        cum = csum(u["m"][2024], start, cut)
        sh.put(r, rc["累積件数"], cum)
        sh.put(r, rc["目標件数"], u["tgt"])
        sh.put(r, rc["前年比"], cum - csum(u["m"][2023], start, cut))
        sh.put(r, rc["達成率"], cum / u["tgt"], PCT)
        sh.put(r, rc["残件数"], u["tgt"] - cum)
        sh.put(r, rc["県名"], u["pn"])

    r = 6
    nat = U08[:-1]
    for u in nat:
        union(r, u)
        r += 1
    sh.put(r, 1, "合計", bold=True)
    sh.merge(r, 1, r, 4)
    for fy, c0 in blocks.items():
        for k, m in enumerate(MAY):
            tot = sum(num(u["m"][fy].get(m)) for u in nat)
            if tot:
                sh.put(r, c0 + k, tot, bold=True)
    sh.put(r, rc["累積件数"], 37, bold=True)    # typed with the 社保労連 union in: 32 + 5
    sh.put(r, rc["目標件数"], 73, bold=True)    # 57 + 16 likewise
    sh.put(r, rc["達成率"], 37 / 73, PCT, bold=True)
    r += 2
    sh.put(r, 1, "※社保労連は加入拡大モデル単組の全国集計には含まない")
    r += 1
    union(r, U08[-1])
    sh.freeze = "E6"
    save_openpyxl([memo, sh], path, active=0)


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
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "legacy_grid11_out")
    for n, p in build(out).items():
        print(p, os.path.getsize(p))
