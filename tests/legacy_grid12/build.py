"""Twelfth independent fixture set: 加入拡大モデル単組 grids (Report A), theme
"NATIONAL FILES AT HQ SCALE AND HQ'S OWN HABITS" -- six grid workbooks as
本部 (共済推進本部) staff or a block office compile them: one big national
file, a national file sorted by 県コード, block sections and block subtotals,
a union moved between blocks, union names that contain 「計」/「合計」, 和暦
headings, numbers stored as text with commas, negative corrections, an
AutoFilter left on, frozen panes and print titles.  Each file blends 4-6
habits, about half already met in tests/legacy_grid … legacy_grid11
(combined differently), about half not (marked NEW).  Made to MEASURE how
well the reader generalises, by a helper who never read the reader's code
(only tests/grid_compare.py, the scaffolding of tests/legacy_grid11, the
docstrings of the earlier sets, DOMAIN.md and README.md).

All union names are invented (見本 / 試験 / 架空 prefixes); no person's name
appears.  Month counts are literals (sparse dicts ``{calendar month: count}``;
a missing month is a blank cell; a count may be a text such as 「3」 or
「1,050」 or negative).  FY2024 (past years 2022 and 2023) in every file.
Expected readings are in expected.py, worked out from these literals with
the definitions of DOMAIN.md (never produced by the tool).

Derived cells (N月累計, 前々年度実績, 前年度実績, 累積件数, 前年比, 達成率,
残件数, subtotal / 合計 rows, the summary boxes) are what the clerk's sheet
shows; expected.py never uses them: the months are the truth.

Files (writer / sheet / habits)
-------------------------------

01_本部_全国版_6月開始_ブロック計.xlsx -- XlsxWriter, sheet 「全国（6月開始）」,
    June start, cutoff 2025年2月 (row 2 「2025年2月末現在（速報値）」, 「2月累計」).
    * NEW: HQ SCALE: 42 unions in 31 prefectures + 2 社保労連 (60) unions
      below the 合計 under a ※ note;
    * NEW: BLOCK SUBTOTAL rows after each block, labelled two ways:
      「北海道・東北ブロック計」 merged over A:D (the label sits in the
      県コード column), or 「関東甲信越ブロック計」 in the 県名 column with
      the 単組名 blank; the 合計 row sums the block rows;
    * NEW: the SUMMARY BOX ABOVE the grid (rows 3-4: 取組単組｜目標｜実績｜
      到達率｜目標達成単組 with last month's values, stale);
    * NEW: a union with ALL MONTHS BLANK in all three years but a target
      (宮城 架空台野市職員労働組合: newly designated, nothing yet);
    * a negative correction −1 in a month (埼玉 見本田浦市, 2025年1月);
    * NEW-ish: print titles (rows 7:8, columns A:D), landscape, AutoFilter
      on the heading row (no condition), frozen panes E9; 加入率 over 100 %.

02_本部_全国版_5月開始_県コード順.xlsx -- openpyxl, sheet 「全国（5月開始）」,
    MAY start, cutoff 2025年1月 (「2025年1月末現在」, 「1月累計」).
    * NEW: sorted by 県コード, the codes a MIX of numbers (1, 5, 14, 30, 60)
      and texts with leading zeros ('03', '09', '23', '42', '60');
    * 単組コード a mix of numbers (7 → 007) and texts;
    * NEW: the 社保労連 (60) unions SORTED IN with the others (last by code),
      with NO ※ note; the total row below is 「合計（社保労連を除く）」;
    * NEW: NUMBERS STORED AS TEXT WITH COMMAS in counts: a group transfer
      「1,050」 in a month, 目標件数 「1,100」, 組合員数 「12,480」;
    * the national file on the May start (seen as a file, new as a national one);
      a count typed after the cutoff (愛知 見本田坂市 2025年2月: 1, seen).

03_本部_ブロック別_計を含む単組名.xlsx -- XlsxWriter, sheet 「ブロック別」, June
    start, cutoff 2025年2月.
    * NEW: UNION NAMES CONTAINING 「計」 / 「合計」 / 「県計」 as part of the real
      name: 見本県計量検定所職員組合 (contains 県計), 試験総合計画研究所職員組合
      (contains 合計), 見本計画技術職員労働組合 (starts with 計),
      架空山江市会計年度任用職員労働組合 (会計);
    * NEW: BLOCK HEADER rows 「■北信越ブロック」 above each block and a
      「…ブロック計」 row below it (label in the 単組名 column); 「全国合計」;
    * NEW: a union MOVED BETWEEN BLOCKS listed in both: 長野 架空崎岡町職員組合
      in 北信越 (past years only, no target, 備考 「R6.4～関東甲ブロックへ移動」)
      and in 関東甲 (all three years -- past months identical -- and the target);
    * negative corrections typed as plain negative numbers (−2 this year, −1
      in a past year).

04_本部_和暦見出し_5月開始.xlsx -- openpyxl, sheet 「R6（5月開始）」, MAY start,
    cutoff 2025年3月.
    * NEW: everything in 和暦 with FULL-WIDTH digits: year groups 「令和４年度」
      「令和５年度」「令和６年度（今年度）」, row 2 「令和７年３月末現在」,
      「３月累計」;
    * NEW: the month counts PASTED AS TEXT (「3」, '12'; every count cell a
      string), 組合員数 / 団生保有 as texts with commas and a trailing space;
    * 県コード '01' … merged down over the prefecture's unions (seen);
    * NEW-ish: a union with a target and past years whose CURRENT year is all
      blank;
    * a 社保労連 (60) union below the 合計 under a ※ note (seen); print titles
      and frozen panes.

05_九州ブロック_マイナス訂正_文字数値.xlsx -- XlsxWriter, sheet 「九州・沖縄」,
    June start, cutoff 2025年1月 (「2025年1月末現在」, 「1月累計」).
    * NEW: NEGATIVE CORRECTIONS in three spellings: −1 (number), 「-2」
      (text), a past-year −1;
    * NEW: a group transfer 「1,020」 (text with a comma) in a month and
      目標件数 「1,200」;
    * prefecture subtotal rows 「福岡県計」「大分県計」 (seen) and the block
      total labelled 「九州・沖縄ブロック計」 instead of 合計 (NEW);
    * NEW: the block's SUMMARY BOX ABOVE the grid (stale values);
    * a union with a target and ALL months blank (all three years);
    * 県コード as numbers (seen); frozen panes.

06_本部_フィルター_印刷タイトル_ブロック列.xlsx -- openpyxl, sheet 「モデル単組」,
    June start, cutoff 2024年12月 (「令和6年12月末現在」, 「12月累計」).
    * NEW: a 「ブロック」 column LEFT OF 県コード, and an AutoFilter LEFT ON
      with the condition ブロック = 近畿: every other block's rows hidden by
      the filter (the file is the whole national grid);
    * NEW: the same union (三重 試験江松町職員労働組合, identical figures)
      listed in the 東海 block (hidden by the filter) and again in the 近畿
      block after 三重 moved block (HQ's reorganisation);
    * print titles (rows 4:5) and a print area, frozen panes;
    * 社保労連 (60) union below the 合計 under a ※ note, its block 「社保労連」
      (also hidden by the filter);
    * 県名 repeated at the right end (seen); a negative 前年比.
"""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import openpyxl
import xlsxwriter
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter as L
from openpyxl.worksheet.filters import FilterColumn, Filters

JUNE = (6, 7, 8, 9, 10, 11, 12, 1, 2, 3, 4, 5)
MAY = (5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3, 4)


def order(start: int):
    return JUNE if start == 6 else MAY


def P(v):
    """The number a clerk means by a cell (for the derived cells the clerk's sheet shows)."""
    if v is None:
        return 0
    if isinstance(v, str):
        return int(v.replace(",", "").strip())
    return v


def ysum(d) -> int:
    return sum(P(v) for v in (d or {}).values())


def csum(d, start: int, cut: int) -> int:
    tot = 0
    for m in order(start):
        tot += P((d or {}).get(m))
        if m == cut:
            break
    return tot


def fwd(s: str) -> str:
    return s.translate(str.maketrans("0123456789", "０１２３４５６７８９"))


PCT = "0.0%"


# ----------------------------------------------------------------------
# a small cell model written out by either library
# ----------------------------------------------------------------------
class Sheet:
    def __init__(self, name: str):
        self.name = name
        self.cells: dict[tuple[int, int], dict] = {}
        self.merges: list[tuple[int, int, int, int]] = []
        self.freeze = None
        self.autofilter = None          # (r1, c1, r2, c2)
        self.filter_col = None          # (col offset in the filter range, [values shown])
        self.hidden_rows: set[int] = set()
        self.print_rows = None          # (r1, r2)
        self.print_cols = None          # (c1, c2)
        self.print_area = None          # (r1, c1, r2, c2)
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
            if r > 3:
                cell.border = box
        for m in sh.merges:
            ws.merge_cells(start_row=m[0], start_column=m[1], end_row=m[2], end_column=m[3])
            ws.cell(m[0], m[1]).alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        if sh.freeze:
            ws.freeze_panes = sh.freeze
        if sh.autofilter:
            r1, c1, r2, c2 = sh.autofilter
            ws.auto_filter.ref = f"{L(c1)}{r1}:{L(c2)}{r2}"
            if sh.filter_col:
                off, vals = sh.filter_col
                ws.auto_filter.filterColumn.append(FilterColumn(colId=off, filters=Filters(filter=vals)))
        for r in sh.hidden_rows:
            ws.row_dimensions[r].hidden = True
        if sh.print_rows:
            ws.print_title_rows = f"{sh.print_rows[0]}:{sh.print_rows[1]}"
        if sh.print_cols:
            ws.print_title_cols = f"{L(sh.print_cols[0])}:{L(sh.print_cols[1])}"
        if sh.print_area:
            r1, c1, r2, c2 = sh.print_area
            ws.print_area = f"{L(c1)}{r1}:{L(c2)}{r2}"
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        for c, w in sh.widths.items():
            ws.column_dimensions[L(c)].width = w
    wb.active = active
    wb.save(path)


def save_xlsxwriter(sheets: list[Sheet], path: Path):
    wb = xlsxwriter.Workbook(str(path))
    fmts: dict = {}

    def fmt(d, r):
        key = (d.get("fmt"), d.get("bold"), r > 3)
        if key not in fmts:
            p = {"valign": "vcenter"}
            if key[0]:
                p["num_format"] = key[0]
            if key[1]:
                p["bold"] = True
            if key[2]:
                p["border"] = 1
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
            if v not in ("", None):
                if isinstance(v, str):
                    ws.write_string(r1 - 1, c1 - 1, v, fmt(d, r1))
                else:
                    ws.write(r1 - 1, c1 - 1, v, fmt(d, r1))
        for (r, c), d in sh.cells.items():
            if (r, c) in covered:
                continue
            v = d["v"]
            if "cached" in d:
                ws.write_formula(r - 1, c - 1, v, fmt(d, r), d["cached"])
            elif isinstance(v, str):
                ws.write_string(r - 1, c - 1, v, fmt(d, r))
            else:
                ws.write_number(r - 1, c - 1, v, fmt(d, r))
        if sh.freeze:
            ws.freeze_panes(*sh.freeze)
        if sh.autofilter:
            ws.autofilter(*(x - 1 for x in sh.autofilter))
        if sh.print_rows:
            ws.repeat_rows(sh.print_rows[0] - 1, sh.print_rows[1] - 1)
        if sh.print_cols:
            ws.repeat_columns(sh.print_cols[0] - 1, sh.print_cols[1] - 1)
        ws.set_landscape()
        ws.set_paper(9)
        ws.fit_to_pages(1, 0)
        for c, w in sh.widths.items():
            ws.set_column(c - 1, c - 1, w)
    wb.close()


# ----------------------------------------------------------------------
# the grid, laid out from a list of headings
# ----------------------------------------------------------------------
class Grid:
    """Headings on rows h1 (year groups) and h2 (months); fixed columns merged over both."""

    def __init__(self, sh: Sheet, start: int, cut: int, h1: int, left: list[str], groups: dict[int, str],
                 month_label, cum_label: str | None, right: list[str], merge_fixed=True):
        self.sh, self.start, self.cut, self.h1 = sh, start, cut, h1
        self.col: dict[str, int] = {}
        self.blocks: dict[int, int] = {}
        c = 1
        for h in left:
            self._head(c, h, merge_fixed)
            self.col.setdefault(h, c)
            c += 1
        for fy, label in groups.items():
            width = 12 if fy == 2024 or cum_label is None else 13
            sh.put(h1, c, label, bold=True)
            sh.merge(h1, c, h1, c + width - 1)
            self.blocks[fy] = c
            for k, m in enumerate(order(start)):
                sh.put(h1 + 1, c + k, month_label(fy, m), bold=True)
            if width == 13:
                sh.put(h1 + 1, c + 12, cum_label, bold=True)
            c += width
        self.rcol: dict[str, int] = {}
        for h in right:
            self._head(c, h, merge_fixed)
            self.rcol.setdefault(h, c)
            c += 1
        self.last_col = c - 1

    def _head(self, c, h, merge_fixed):
        self.sh.put(self.h1, c, h, bold=True)
        if merge_fixed:
            self.sh.merge(self.h1, c, self.h1 + 1, c)

    def union(self, r, u, fields: dict | None = None, months_as=None):
        """Write one union's row; ``fields`` maps heading → key in u (or a callable)."""
        sh, start, cut = self.sh, self.start, self.cut
        cum = csum(u["m"].get(2024), start, cut)
        prev = csum(u["m"].get(2023), start, cut)
        tgt = P(u.get("tgt"))
        values = {
            "ブロック": u.get("blk"), "自治労県コード": u.get("pc"), "県コード": u.get("pc"), "県名": u.get("pn"),
            "単組コード": u.get("uc"), "加入拡大モデル単組": u["name"], "単組名": u["name"],
            "組合員数": u.get("mem"), "団生保有": u.get("pol"), "発効": u.get("eff"),
            "前々年度実績": ysum(u["m"].get(2022)), "前年度実績": ysum(u["m"].get(2023)),
            "累積件数": cum, "目標件数": u.get("tgt"), "前年比": cum - prev,
            "残件数": (tgt - cum) if tgt else None, "備考": u.get("note"),
        }
        if fields:
            values.update(fields)
        for h, c in list(self.col.items()) + list(self.rcol.items()):
            if h == "加入率":
                if P(u.get("mem")):
                    sh.put(r, c, P(u.get("pol")) / P(u.get("mem")), PCT)
            elif h == "達成率":
                if tgt:
                    sh.put(r, c, cum / tgt, PCT)
            else:
                sh.put(r, c, values.get(h))
        for fy, c0 in self.blocks.items():
            d = u["m"].get(fy) or {}
            for k, m in enumerate(order(start)):
                if m in d:
                    v = d[m]
                    sh.put(r, c0 + k, months_as(v) if months_as else v)
            if fy != 2024 and self.sh.cells.get((self.h1 + 1, c0 + 12)):
                if d or u.get("past_shown", True):
                    sh.put(r, c0 + 12, csum(d, start, cut))

    def total(self, r, unions, label_cells: dict[int, str], bold=True):
        """A subtotal / total row typed as values (the clerk's sums)."""
        sh, start, cut = self.sh, self.start, self.cut
        for c, t in label_cells.items():
            sh.put(r, c, t, bold=bold)
        for h in ("組合員数", "団生保有", "前々年度実績", "前年度実績"):
            if h in self.col:
                key = {"組合員数": "mem", "団生保有": "pol"}.get(h)
                if key:
                    sh.put(r, self.col[h], sum(P(u.get(key)) for u in unions), bold=bold)
                else:
                    fy = 2022 if h == "前々年度実績" else 2023
                    sh.put(r, self.col[h], sum(ysum(u["m"].get(fy)) for u in unions), bold=bold)
        for fy, c0 in self.blocks.items():
            for k, m in enumerate(order(start)):
                t = sum(P((u["m"].get(fy) or {}).get(m)) for u in unions)
                if t:
                    sh.put(r, c0 + k, t, bold=bold)
            if fy != 2024 and self.sh.cells.get((self.h1 + 1, c0 + 12)):
                sh.put(r, c0 + 12, sum(csum(u["m"].get(fy), start, cut) for u in unions), bold=bold)
        cum = sum(csum(u["m"].get(2024), start, cut) for u in unions)
        prev = sum(csum(u["m"].get(2023), start, cut) for u in unions)
        tgt = sum(P(u.get("tgt")) for u in unions)
        for h, v in (("累積件数", cum), ("目標件数", tgt), ("前年比", cum - prev), ("残件数", tgt - cum)):
            if h in self.rcol:
                sh.put(r, self.rcol[h], v, bold=bold)
        if "達成率" in self.rcol and tgt:
            sh.put(r, self.rcol["達成率"], cum / tgt, PCT, bold=bold)
        return cum, tgt


def hits(unions, start, cut):
    return sum(1 for u in unions if P(u.get("tgt")) and csum(u["m"].get(2024), start, cut) >= P(u["tgt"]))


# ======================================================================
# 01 本部 全国版: 42 unions, block subtotals, summary box above, print titles
# ======================================================================
F01 = "01_本部_全国版_6月開始_ブロック計.xlsx"
U01 = [
    dict(blk='北海道・東北', pc='01', pn='北海道', uc='001', name='見本北西町職員組合', mem=920, pol=322, tgt=12, m={2022: {6: 12, 8: 5, 9: 3, 11: 4}, 2023: {8: 12}, 2024: {11: 10, 12: 1}}),
    dict(blk='北海道・東北', pc='01', pn='北海道', uc='038', name='試験南川市職員組合', mem=260, pol=161, tgt=6, m={2022: {8: 2}, 2023: {3: 10}, 2024: {7: 4, 1: 12}}),
    dict(blk='北海道・東北', pc='03', pn='青森', uc='075', name='架空東瀬市職員組合', mem=1680, pol=588, tgt=36, m={2022: {9: 2, 3: 1, 4: 3}, 2023: {12: 4, 3: 1}, 2024: {12: 8, 2: 1}}),
    dict(blk='北海道・東北', pc='04', pn='岩手', uc='112', name='見本西井市職員組合', mem=1430, pol=1144, tgt=30, m={2022: {9: 12, 2: 1}, 2023: {11: 1, 12: 1, 2: 2, 5: 2}, 2024: {7: 3, 11: 1, 12: 5}}),
    dict(blk='北海道・東北', pc='05', pn='宮城', uc='149', name='試験浜南町職員組合', mem=260, pol=91, tgt=24, m={2022: {1: 10, 5: 1}, 2023: {8: 1, 4: 6, 5: 8}, 2024: {6: 2, 11: 8, 12: 2}}),
    dict(blk='北海道・東北', pc='05', pn='宮城', uc='186', name='架空台野市職員労働組合', mem=2240, pol=1792, tgt=8, m={2022: {}, 2023: {}, 2024: {}}),
    dict(blk='北海道・東北', pc='06', pn='秋田', uc='223', name='見本沢森町職員労働組合', mem=1150, pol=1207, tgt=36, m={2022: {1: 1}, 2023: {7: 1, 8: 2, 1: 10}, 2024: {6: 10, 11: 10, 12: 5}}),
    dict(blk='北海道・東北', pc='08', pn='福島', uc='260', name='試験岡杉町職員組合', mem=3100, pol=1085, tgt=10, m={2022: {11: 2, 2: 5, 3: 3, 4: 3}, 2023: {1: 2, 4: 5}, 2024: {2: 1}}),
    dict(blk='関東甲信越', pc='09', pn='新潟', uc='297', name='架空野丘市職員組合', mem=1680, pol=1344, tgt=30, m={2022: {2: 1, 3: 6, 5: 8}, 2023: {8: 5, 12: 3, 2: 10, 3: 10}, 2024: {10: 2}}),
    dict(blk='関東甲信越', pc='10', pn='群馬', uc='334', name='見本原沢市職員労働組合', mem=510, pol=408, tgt=5, m={2022: {11: 1, 4: 8}, 2023: {6: 12, 11: 4}, 2024: {6: 1, 7: 12, 11: 1, 2: 1}}),
    dict(blk='関東甲信越', pc='11', pn='栃木', uc='371', name='試験川島町職員組合', mem=640, pol=512, tgt=5, m={2022: {7: 1, 3: 2}, 2023: {6: 1, 4: 12}, 2024: {9: 4, 10: 8, 1: 1}}),
    dict(blk='関東甲信越', pc='13', pn='埼玉', uc='008', name='架空山城市職員労働組合', mem=510, pol=178, tgt=10, m={2022: {12: 1}, 2023: {3: 2, 4: 1}, 2024: {6: 12, 1: 12, 2: 3}}),
    dict(blk='関東甲信越', pc='13', pn='埼玉', uc='045', name='見本田浦市職員労働組合', mem=640, pol=320, tgt=36, m={2022: {11: 2, 1: 12, 3: 12}, 2023: {8: 10}, 2024: {9: 1, 11: 4, 1: -1, 2: 1}}),
    dict(blk='関東甲信越', pc='14', pn='東京', uc='082', name='試験島浜町職員組合', mem=340, pol=272, tgt=36, m={2022: {7: 6, 10: 8, 2: 10}, 2023: {7: 5, 11: 3}, 2024: {10: 4, 2: 10}}),
    dict(blk='関東甲信越', pc='14', pn='東京', uc='119', name='架空崎山市職員労働組合', mem=510, pol=102, tgt=5, m={2022: {11: 1, 3: 2, 5: 8}, 2023: {7: 1, 8: 10, 12: 8, 5: 2}, 2024: {6: 1, 9: 1, 12: 2}}),
    dict(blk='関東甲信越', pc='15', pn='千葉', uc='156', name='見本森谷市職員労働組合', mem=180, pol=62, tgt=12, m={2022: {8: 10}, 2023: {10: 8, 11: 1, 2: 8}, 2024: {12: 1, 2: 4}}),
    dict(blk='関東甲信越', pc='16', pn='神奈川', uc='193', name='試験江湊市職員組合', mem=340, pol=170, tgt=4, m={2022: {7: 2, 3: 1}, 2023: {1: 8, 4: 1}, 2024: {7: 6, 10: 1, 12: 12}}),
    dict(blk='関東甲信越', pc='18', pn='長野', uc='230', name='架空瀬東市職員労働組合', mem=780, pol=273, tgt=30, m={2022: {10: 1}, 2023: {3: 5}, 2024: {6: 12, 1: 4, 2: 1}}),
    dict(blk='東海北陸', pc='19', pn='富山', uc='267', name='見本谷原町職員労働組合', mem=640, pol=128, tgt=15, m={2022: {12: 6}, 2023: {11: 5}, 2024: {11: 8, 1: 4}}),
    dict(blk='東海北陸', pc='20', pn='石川', uc='304', name='試験宮江町職員労働組合', mem=180, pol=36, tgt=20, m={2022: {3: 12}, 2023: {10: 3, 1: 4, 2: 1}, 2024: {8: 1, 11: 4}}),
    dict(blk='東海北陸', pc='22', pn='静岡', uc='341', name='架空城坂市職員労働組合', mem=260, pol=91, tgt=18, m={2022: {1: 6}, 2023: {11: 1, 12: 1, 2: 10}, 2024: {8: 2, 11: 3, 2: 6}}),
    dict(blk='東海北陸', pc='23', pn='愛知', uc='378', name='見本松北市職員組合', mem=640, pol=128, tgt=10, m={2022: {9: 1, 11: 4, 5: 12}, 2023: {6: 12, 7: 5, 3: 12}, 2024: {6: 10}}),
    dict(blk='東海北陸', pc='23', pn='愛知', uc='015', name='試験杉岡市職員組合', mem=1150, pol=402, tgt=12, m={2022: {7: 1, 8: 1, 12: 5}, 2023: {6: 6, 11: 4, 1: 8, 4: 4}, 2024: {8: 1, 12: 6, 2: 6}}),
    dict(blk='東海北陸', pc='24', pn='岐阜', uc='052', name='架空坂崎市職員労働組合', mem=510, pol=102, tgt=30, m={2022: {9: 1, 11: 2}, 2023: {7: 2, 10: 5, 3: 1}, 2024: {7: 2}}),
    dict(blk='近畿', pc='26', pn='滋賀', uc='089', name='見本井松市職員組合', mem=2240, pol=448, tgt=20, m={2022: {9: 4, 2: 10}, 2023: {8: 5, 3: 12}, 2024: {6: 8, 9: 12}}),
    dict(blk='近畿', pc='27', pn='京都', uc='126', name='試験湊橋市職員組合', mem=510, pol=408, tgt=24, m={2022: {7: 8, 9: 1, 1: 8}, 2023: {7: 10, 8: 3, 10: 2, 3: 1}, 2024: {6: 12, 7: 5, 11: 6}}),
    dict(blk='近畿', pc='30', pn='大阪', uc='163', name='架空泉台町職員労働組合', mem=1680, pol=840, tgt=5, m={2022: {1: 5, 2: 1}, 2023: {10: 3, 2: 3, 4: 1}, 2024: {6: 8, 9: 5}}),
    dict(blk='近畿', pc='30', pn='大阪', uc='200', name='見本浦田市職員労働組合', mem=640, pol=224, tgt=24, m={2022: {12: 2, 2: 10}, 2023: {6: 10}, 2024: {8: 1, 10: 1}}),
    dict(blk='近畿', pc='32', pn='兵庫', uc='237', name='試験橋宮町職員組合', mem=340, pol=210, tgt=6, m={2022: {11: 8}, 2023: {3: 5}, 2024: {7: 10, 9: 1, 2: 4}}),
    dict(blk='中国四国', pc='33', pn='岡山', uc='274', name='架空丘泉町職員組合', mem=180, pol=111, tgt=6, m={2022: {9: 1, 12: 5}, 2023: {11: 4}, 2024: {7: 4, 11: 2, 1: 2}}),
    dict(blk='中国四国', pc='34', pn='広島', uc='311', name='見本北江市職員組合', mem=180, pol=62, tgt=36, m={2022: {6: 12, 8: 3, 10: 1, 1: 1}, 2023: {5: 2}, 2024: {6: 3, 1: 1, 2: 6}}),
    dict(blk='中国四国', pc='36', pn='島根', uc='348', name='試験南坂町職員労働組合', mem=1150, pol=920, tgt=6, m={2022: {3: 6, 4: 8}, 2023: {8: 5, 2: 1, 4: 1}, 2024: {9: 1}}),
    dict(blk='中国四国', pc='38', pn='香川', uc='385', name='架空東北町職員労働組合', mem=340, pol=170, tgt=24, m={2022: {5: 2}, 2023: {8: 1, 10: 1, 5: 8}, 2024: {10: 12, 2: 3}}),
    dict(blk='中国四国', pc='41', pn='高知', uc='022', name='見本西岡町職員組合', mem=780, pol=156, tgt=6, m={2022: {7: 1, 10: 4, 1: 4, 3: 2}, 2023: {12: 2}, 2024: {6: 5, 7: 1, 1: 8}}),
    dict(blk='九州沖縄', pc='42', pn='福岡', uc='059', name='試験浜崎市職員労働組合', mem=2240, pol=1388, tgt=6, m={2022: {12: 10, 2: 10, 4: 1, 5: 6}, 2023: {8: 3, 4: 6, 5: 1}, 2024: {6: 10, 11: 10}}),
    dict(blk='九州沖縄', pc='42', pn='福岡', uc='096', name='架空台松市職員労働組合', mem=1430, pol=1144, tgt=8, m={2022: {6: 1, 7: 5, 11: 2}, 2023: {10: 1, 2: 1}, 2024: {6: 12, 8: 8, 12: 6}}),
    dict(blk='九州沖縄', pc='44', pn='長崎', uc='133', name='見本沢橋市職員労働組合', mem=780, pol=483, tgt=30, m={2022: {12: 10, 5: 1}, 2023: {11: 1, 12: 6, 4: 3}, 2024: {12: 1, 1: 12}}),
    dict(blk='九州沖縄', pc='45', pn='大分', uc='170', name='試験岡台市職員労働組合', mem=510, pol=255, tgt=6, m={2022: {7: 1, 9: 6, 10: 6, 4: 6}, 2023: {10: 12}, 2024: {6: 10, 12: 8}}),
    dict(blk='九州沖縄', pc='46', pn='宮崎', uc='207', name='架空野田町職員組合', mem=3100, pol=2480, tgt=10, m={2022: {9: 3, 11: 5}, 2023: {11: 5, 3: 2}, 2024: {6: 4, 7: 1, 8: 1, 2: 1}}),
    dict(blk='九州沖縄', pc='47', pn='熊本', uc='244', name='見本原宮市職員労働組合', mem=180, pol=144, tgt=36, m={2022: {8: 12, 10: 2}, 2023: {6: 1}, 2024: {6: 4, 10: 2, 12: 2}}),
    dict(blk='九州沖縄', pc='48', pn='鹿児島', uc='281', name='試験川泉町職員組合', mem=1430, pol=500, tgt=12, m={2022: {10: 8, 12: 1}, 2023: {8: 10, 10: 2, 4: 8, 5: 6}, 2024: {6: 8, 12: 5, 1: 1}}),
    dict(blk='九州沖縄', pc='49', pn='沖縄', uc='318', name='架空山西市職員労働組合', mem=1150, pol=713, tgt=8, m={2022: {12: 8}, 2023: {7: 1, 8: 2}, 2024: {6: 6, 10: 1}}),
    dict(blk='社保労連', pc='60', pn='社保労連', uc='355', name='見本田川町職員労働組合', mem=640, pol=320, tgt=12, m={2022: {7: 10, 11: 1, 12: 5}, 2023: {9: 2, 11: 2, 5: 5}, 2024: {6: 1, 7: 1, 1: 1}}),
    dict(blk='社保労連', pc='60', pn='社保労連', uc='392', name='試験島瀬市職員労働組合', mem=180, pol=144, tgt=6, m={2022: {12: 2, 3: 4}, 2023: {8: 2}, 2024: {10: 6}}),
]


def build01(path: Path):
    start, cut = 6, 2
    sh = Sheet("全国（6月開始）")
    sh.put(1, 1, "2024年度　加入拡大モデル単組　取組状況（全国・6月開始）", bold=True)
    sh.put(2, 1, "2025年2月末現在（速報値）")
    # the summary box above the grid: last month's figures, never refreshed
    for i, (h, v) in enumerate((("取組単組", 42), ("目標", 640), ("実績", 371), ("到達率", 0.58), ("目標達成単組", 11))):
        sh.put(3, 4 + i, h, bold=True)
        sh.put(4, 4 + i, v, PCT if h == "到達率" else None)
    sh.put(5, 1, "※目標達成単組は緑色。社保労連は全国集計に含まない。")
    left = ["自治労県コード", "県名", "単組コード", "加入拡大モデル単組", "組合員数", "団生保有", "加入率", "発効",
            "前々年度実績", "前年度実績"]
    g = Grid(sh, start, cut, 7, left, {2022: "2022年度", 2023: "2023年度", 2024: "2024年度"},
             lambda fy, m: f"{m}月", "2月累計", ["累積件数", "目標件数", "前年比", "達成率", "残件数", "県名"])
    r = 9
    national = [u for u in U01 if u["pc"] != "60"]
    blocks: dict[str, list] = {}
    for u in national:
        blocks.setdefault(u["blk"], []).append(u)
    for u in U01:
        d = u["m"][2024]
        u["eff"] = f"{next(iter(d))}月" if d else None
    for bi, (blk, us) in enumerate(blocks.items()):
        for u in us:
            g.union(r, u)
            r += 1
        label = f"{blk}ブロック計"
        if bi % 2 == 0:
            g.total(r, us, {1: label})
            sh.merge(r, 1, r, 4)
        else:
            g.total(r, us, {2: label})
        r += 1
    g.total(r, national, {1: "合計"})
    sh.merge(r, 1, r, 4)
    last = r
    r += 2
    sh.put(r, 1, "※社保労連は加入拡大モデル単組の全国集計には含まない")
    r += 1
    for u in U01:
        if u["pc"] == "60":
            g.union(r, u)
            r += 1
    sh.autofilter = (8, 1, last - 1, g.last_col)
    sh.freeze = (8, 4)
    sh.print_rows = (7, 8)
    sh.print_cols = (1, 4)
    sh.widths = {4: 26}
    save_xlsxwriter([sh], path)


# ======================================================================
# 02 本部 全国版 5月開始: sorted by 県コード, numbers and texts mixed
# ======================================================================
F02 = "02_本部_全国版_5月開始_県コード順.xlsx"
U02 = [
    dict(pc=1, pn="北海道", uc=7, name="見本浦湊町職員組合", mem=3100, pol=1085, tgt=10,
         m={2022: {10: 2, 1: 5, 2: 3, 3: 3}, 2023: {12: 2, 3: 5}, 2024: {1: 1}}),
    dict(pc="03", pn="青森", uc="012", name="試験橋東市職員組合", mem=1680, pol=1344, tgt=30,
         m={2022: {1: 1, 2: 6, 4: 8}, 2023: {7: 5, 11: 3, 1: 10, 2: 10}, 2024: {9: 2}}),
    dict(pc=5, pn="宮城", uc=31, name="架空丘原市職員労働組合", mem=510, pol=408, tgt=5,
         m={2022: {10: 1, 3: 8}, 2023: {5: 12, 10: 4}, 2024: {5: 1, 6: 12, 10: 1, 1: 1}}),
    dict(pc="09", pn="新潟", uc="004", name="試験川原町職員組合", mem=920, pol=322, tgt=12,
         m={2022: {6: 12, 8: 5, 9: 3, 11: 4}, 2023: {8: 12}, 2024: {11: 10, 12: 1}}),
    dict(pc=14, pn="東京", uc=101, name="試験港湾市職員労働組合", mem="12,480", pol="9,860", tgt="1,100",
         m={2022: {6: 10, 10: 4}, 2023: {7: 6, 4: "1,020"}, 2024: {5: "12", 6: 8, 10: "1,050", 11: 3}}),
    dict(pc="23", pn="愛知", uc="022", name="見本田坂市職員組合", mem=1680, pol=588, tgt=36,
         m={2022: {9: 2, 3: 1, 4: 3}, 2023: {12: 4, 3: 1}, 2024: {12: 8, 2: 1}}),
    dict(pc=30, pn="大阪", uc=58, name="試験島北市職員組合", mem=1430, pol=1144, tgt=30,
         m={2022: {9: 12, 2: 1}, 2023: {11: 1, 12: 1, 2: 2, 5: 2}, 2024: {7: 3, 11: 1, 12: 5}}),
    dict(pc="42", pn="福岡", uc="113", name="架空崎岡町職員組合", mem=260, pol=91, tgt=24,
         m={2022: {1: 10, 5: 1}, 2023: {8: 1, 4: 6, 5: 8}, 2024: {6: 2, 11: 8, 12: 2}}),
    dict(pc=60, pn="社保労連", uc=3, name="見本森崎市職員労働組合", mem=2240, pol=1792, tgt=36,
         m={2022: {10: 2}, 2023: {7: 2, 5: 12}, 2024: {9: 2, 11: 1, 1: 5}}),
    dict(pc="60", pn="社保労連", uc="009", name="試験江松町職員労働組合", mem=1150, pol=1207, tgt=36,
         m={2022: {1: 1}, 2023: {7: 1, 8: 2, 1: 10}, 2024: {6: 10, 11: 10, 12: 5}}),
]


def build02(path: Path):
    start, cut = 5, 1
    sh = Sheet("全国（5月開始）")
    sh.put(1, 1, "2024年度　加入拡大モデル単組　全国集計（5月開始）", bold=True)
    sh.put(2, 1, "2025年1月末現在")
    left = ["県コード", "県名", "単組コード", "単組名", "組合員数", "団生保有", "加入率", "前々年度実績", "前年度実績"]
    g = Grid(sh, start, cut, 4, left, {2022: "2022年度", 2023: "2023年度", 2024: "2024年度"},
             lambda fy, m: f"{m}月", "1月累計", ["累積件数", "目標件数", "前年比", "達成率", "残件数"])
    r = 6
    for u in U02:
        g.union(r, u)
        r += 1
    national = [u for u in U02 if str(u["pc"]) != "60"]
    g.total(r, national, {2: "合計（社保労連を除く）"})
    sh.freeze = "E6"
    save_openpyxl([sh], path)


# ======================================================================
# 03 本部 ブロック別: names with 計 / 合計, block headers, a union moved between blocks
# ======================================================================
F03 = "03_本部_ブロック別_計を含む単組名.xlsx"
MOVED = {2022: {12: 1}, 2023: {6: 1, 7: 2, 12: 10}}
U03 = [
    dict(blk="北信越", pc="09", pn="新潟", uc="011", name="試験南宮市職員労働組合", mem=260, pol=161, tgt=6,
         m={2022: {7: 2}, 2023: {2: 10}, 2024: {6: 6, 1: 5}}),
    dict(blk="北信越", pc="09", pn="新潟", uc="027", name="見本計画技術職員労働組合", mem=2240, pol=2352, tgt=6,
         m={2022: {7: 1, 8: 3, 12: 3, 2: 2}, 2023: {7: 4, 11: 1, 4: 4}, 2024: {6: 2, 7: 6, 10: 12}}),
    dict(blk="北信越", pc="19", pn="富山", uc="005", name="見本県計量検定所職員組合", mem=180, pol=92, tgt=4,
         m={2022: {5: 1, 8: 6, 11: 2}, 2023: {2: 6}, 2024: {10: 1, 12: 1, 2: 3}}),
    dict(blk="北信越", pc="18", pn="長野", uc="040", name="架空泉谷町職員労働組合", mem=1150, pol=1207, tgt=None,
         m={2022: MOVED[2022], 2023: MOVED[2023], 2024: {}}, note="R6.4～関東甲ブロックへ移動"),
    dict(blk="関東甲", pc="10", pn="群馬", uc="014", name="架空山江市会計年度任用職員労働組合", mem=1430, pol=500, tgt=18,
         m={2022: {5: 1, 12: 10, 3: 10}, 2023: {6: 5, 1: 8}, 2024: {11: 10, 1: 2}}),
    dict(blk="関東甲", pc="13", pn="埼玉", uc="062", name="架空沢井市職員労働組合", mem=1150, pol=1207, tgt=24,
         m={2022: {5: 12, 9: 1, 2: 2, 3: 12}, 2023: {8: 1, 12: 2, 3: -1, 4: 1}, 2024: {6: 4, 12: 5, 2: -2}}),
    dict(blk="関東甲", pc="17", pn="山梨", uc="003", name="見本岡南市職員労働組合", mem=340, pol=357, tgt=5,
         m={2022: {5: 12, 11: 4}, 2023: {8: 3, 10: 10, 12: 2, 3: 10}, 2024: {9: 3, 10: 3, 1: 5}}),
    dict(blk="関東甲", pc="18", pn="長野", uc="040", name="架空泉谷町職員労働組合", mem=1150, pol=1207, tgt=36,
         m={2022: MOVED[2022], 2023: MOVED[2023], 2024: {10: 10, 11: 5}}, note="北信越ブロックから移動"),
    dict(blk="東海", pc="22", pn="静岡", uc="008", name="試験総合計画研究所職員組合", mem=340, pol=210, tgt=5,
         m={2022: {11: 8}, 2023: {3: 5}, 2024: {7: 10, 9: 1, 2: 4}}),
    dict(blk="東海", pc="23", pn="愛知", uc="033", name="試験原森町職員組合", mem=1680, pol=840, tgt=18,
         m={2022: {1: 1}, 2023: {11: 6, 1: 8, 3: 6}, 2024: {1: 8}}),
    dict(blk="東海", pc="24", pn="岐阜", uc="019", name="架空城東町職員組合", mem=920, pol=322, tgt=12,
         m={2022: {6: 12, 8: 5, 9: 3, 11: 4}, 2023: {8: 12}, 2024: {9: 1, 11: 10}}),
]


def build03(path: Path):
    start, cut = 6, 2
    sh = Sheet("ブロック別")
    sh.put(1, 1, "2024年度　加入拡大モデル単組　ブロック別一覧（6月開始）", bold=True)
    sh.put(2, 1, "2025年2月末現在")
    left = ["県コード", "県名", "単組コード", "単組名", "組合員数", "団生保有", "加入率", "前々年度実績", "前年度実績"]
    g = Grid(sh, start, cut, 4, left, {2022: "2022年度", 2023: "2023年度", 2024: "2024年度"},
             lambda fy, m: f"{m}月", "2月累計", ["累積件数", "目標件数", "前年比", "達成率", "残件数", "備考"])
    r = 6
    blocks: dict[str, list] = {}
    for u in U03:
        blocks.setdefault(u["blk"], []).append(u)
    labels = {"北信越": "北信越ブロック計", "関東甲": "関東甲ブロック　計", "東海": "東海ブロック計"}
    for blk, us in blocks.items():
        sh.put(r, 1, f"■{blk}ブロック", bold=True)
        r += 1
        for u in us:
            g.union(r, u)
            if u["tgt"] is None:   # the moved union's old row: nothing this year, no 累積 / 前年比 typed
                for h in ("累積件数", "前年比", "残件数"):
                    sh.cells.pop((r, g.rcol[h]), None)
            r += 1
        g.total(r, us, {4: labels[blk]})
        r += 1
    distinct = [u for u in U03 if u["tgt"] is not None]
    g.total(r, distinct, {4: "全国合計"})
    sh.freeze = (5, 4)
    save_xlsxwriter([sh], path)


# ======================================================================
# 04 本部 和暦見出し 5月開始: full-width 和暦, counts pasted as text
# ======================================================================
F04 = "04_本部_和暦見出し_5月開始.xlsx"
U04 = [
    dict(pc="01", pn="北海道", uc="002", name="試験川台町職員組合", mem="920 ", pol="322", tgt=12,
         m={2022: {6: 12, 8: 5, 9: 3, 11: 4}, 2023: {8: 12}, 2024: {8: 10, 9: 1}}),
    dict(pc="01", pn="北海道", uc="016", name="架空山田市職員労働組合", mem="260", pol="161", tgt=6,
         m={2022: {8: 2}, 2023: {3: 10}, 2024: {6: 6, 10: 5}}),
    dict(pc="07", pn="山形", uc="005", name="見本田宮市職員組合", mem="2,240 ", pol="2,352 ", tgt=6,
         m={2022: {8: 1, 9: 3, 1: 3, 3: 2}, 2023: {8: 4, 12: 1, 5: 4}, 2024: {6: 8, 7: 10, 10: 3}}),
    dict(pc="16", pn="神奈川", uc="021", name="試験島泉市職員労働組合", mem="1,150", pol="1,207", tgt=6,
         m={2022: {11: 1, 12: 1, 2: 2, 5: 2}, 2023: {7: 4, 2: 3, 3: 10}, 2024: {6: 2, 7: 8, 12: 1}}),
    dict(pc="16", pn="神奈川", uc="044", name="架空崎西市職員労働組合", mem="920", pol="966", tgt=4,
         m={2022: {8: 1, 4: 6, 5: 8}, 2023: {12: 10, 2: 2, 3: 1}, 2024: {10: 12, 12: 8}}),
    dict(pc="38", pn="香川", uc="010", name="見本森川市職員組合", mem="510", pol="255", tgt=10,
         m={2022: {7: 2, 9: 10, 1: 5, 3: 2}, 2023: {6: 6}, 2024: {}}),
    dict(pc="45", pn="大分", uc="007", name="試験江瀬市職員労働組合", mem="1,680", pol="336", tgt=10,
         m={2022: {6: 10, 12: 5, 5: 12}, 2023: {9: 6, 10: 3, 11: 6, 5: 2}, 2024: {8: 10, 9: 5, 12: 2}}),
    dict(pc="60", pn="社保労連", uc="012", name="架空瀬井町職員労働組合", mem="1,150", pol="230", tgt=20,
         m={2022: {12: 1, 2: 8, 4: 6, 5: 6}, 2023: {12: 10, 3: 6, 5: 1}, 2024: {9: 1, 11: 10}}),
]


def build04(path: Path):
    start, cut = 5, 3
    sh = Sheet("R6（5月開始）")
    sh.put(1, 1, "令和６年度　加入拡大モデル単組　月別実績（５月開始）", bold=True)
    sh.put(2, 1, "令和７年３月末現在")
    left = ["県コード", "県名", "単組コード", "単組名", "組合員数", "団生保有", "前々年度実績", "前年度実績"]
    g = Grid(sh, start, cut, 4, left, {2022: "令和４年度", 2023: "令和５年度", 2024: "令和６年度（今年度）"},
             lambda fy, m: fwd(f"{m}月"), "３月累計", ["累積件数", "目標件数", "前年比", "達成率", "残件数"])
    r = 6
    first_of: dict[str, int] = {}
    national = [u for u in U04 if u["pc"] != "60"]
    for u in national:
        g.union(r, u, months_as=lambda v: str(v))
        if u["pc"] in first_of:
            sh.cells.pop((r, 1), None)
            sh.cells.pop((r, 2), None)
            sh.merge(first_of[u["pc"]], 1, r, 1)
            sh.merge(first_of[u["pc"]], 2, r, 2)
        else:
            first_of[u["pc"]] = r
        r += 1
    g.total(r, national, {4: "合計"})
    r += 2
    sh.put(r, 1, "※社保労連は全国集計に含めない")
    r += 1
    g.union(r, U04[-1], months_as=lambda v: str(v))
    sh.freeze = "E6"
    sh.print_rows = (4, 5)
    sh.print_cols = (1, 4)
    save_openpyxl([sh], path)


# ======================================================================
# 05 九州ブロック: negative corrections, text numbers with commas, summary box above
# ======================================================================
F05 = "05_九州ブロック_マイナス訂正_文字数値.xlsx"
U05 = [
    dict(pc=42, pn="福岡", uc="015", name="試験川原町職員組合", mem=920, pol=322, tgt=12,
         m={2022: {6: 12, 8: 5, 9: 3, 11: 4}, 2023: {8: 12}, 2024: {11: 10, 12: 1, 1: -1}}),
    dict(pc=42, pn="福岡", uc="027", name="架空山江市職員組合", mem=260, pol=161, tgt=6,
         m={2022: {8: 2}, 2023: {3: 10}, 2024: {7: 4, 1: 12}}),
    dict(pc=42, pn="福岡", uc="038", name="見本田坂町職員組合", mem=1680, pol=588, tgt=36,
         m={2022: {9: 2, 3: 1, 4: 3}, 2023: {12: 4, 3: 1}, 2024: {12: 8}}),
    dict(pc=43, pn="佐賀", uc="004", name="試験島北市職員労働組合", mem=14200, pol=11360, tgt="1,200",
         m={2022: {9: 12, 2: 1}, 2023: {11: 1, 12: 1, 2: 2, 5: 2}, 2024: {7: 3, 10: "1,020", 11: 1, 12: 5}}),
    dict(pc=44, pn="長崎", uc="011", name="架空崎岡市職員組合", mem=260, pol=91, tgt=24,
         m={2022: {1: 10, 5: 1}, 2023: {8: 1, 4: 6, 5: 8}, 2024: {6: 2, 11: 8, 12: 2, 1: "-2"}}),
    dict(pc=45, pn="大分", uc="002", name="見本森崎市職員労働組合", mem=2240, pol=1792, tgt=36,
         m={2022: {10: 2}, 2023: {7: 2, 5: 12}, 2024: {9: 2, 11: 1, 1: 5}}),
    dict(pc=45, pn="大分", uc="019", name="試験江松市職員労働組合", mem=1150, pol=1207, tgt=6,
         m={2022: {}, 2023: {}, 2024: {}}),
    dict(pc=47, pn="熊本", uc="023", name="架空瀬橋町職員組合", mem=3100, pol=1085, tgt=10,
         m={2022: {11: 2, 2: 5, 3: 3, 4: 3}, 2023: {11: -1, 1: 2, 4: 5}, 2024: {8: 2}}),
    dict(pc=49, pn="沖縄", uc="001", name="見本谷台市職員組合", mem=1680, pol=1344, tgt=30,
         m={2022: {2: 1, 3: 6, 5: 8}, 2023: {8: 5, 12: 3, 2: 10, 3: 10}, 2024: {10: 2}}),
]


def build05(path: Path):
    start, cut = 6, 1
    sh = Sheet("九州・沖縄")
    sh.put(1, 1, "2024年度　加入拡大モデル単組　九州・沖縄ブロック集約表", bold=True)
    sh.put(2, 1, "2025年1月末現在")
    for i, (h, v) in enumerate((("取組単組数", 9), ("目標", 160), ("実績", 58), ("到達率", 0.3625), ("目標達成単組", 1))):
        sh.put(3, 3 + 2 * i, h, bold=True)
        sh.put(3, 4 + 2 * i, v, PCT if h == "到達率" else None)
    left = ["県コード", "県名", "単組コード", "単組名", "組合員数", "団生保有", "加入率", "前々年度実績", "前年度実績"]
    g = Grid(sh, start, cut, 5, left, {2022: "2022年度", 2023: "2023年度", 2024: "2024年度"},
             lambda fy, m: f"{m}月", "1月累計", ["累積件数", "目標件数", "前年比", "達成率", "残件数"])
    r = 7
    groups: dict[str, list] = {}
    for u in U05:
        groups.setdefault(u["pn"], []).append(u)
    for pn, us in groups.items():
        for u in us:
            g.union(r, u)
            r += 1
        if len(us) > 1:
            g.total(r, us, {4: f"{pn}県計"})
            r += 1
    g.total(r, U05, {1: "九州・沖縄ブロック計"})
    sh.merge(r, 1, r, 4)
    sh.freeze = (6, 4)
    save_xlsxwriter([sh], path)


# ======================================================================
# 06 本部: ブロック column, AutoFilter left on (近畿), print titles, a union in two blocks
# ======================================================================
F06 = "06_本部_フィルター_印刷タイトル_ブロック列.xlsx"
MIE = dict(pc="25", pn="三重", uc="006", name="試験江松町職員労働組合", mem=1150, pol=1207, tgt=36,
           m={2022: {1: 1}, 2023: {7: 1, 8: 2, 1: 10}, 2024: {6: 10, 11: 10, 12: 5}})
U06 = [
    dict(blk="東海", pc="22", pn="静岡", uc="014", name="見本北田町職員組合", mem=920, pol=322, tgt=12,
         m={2022: {5: 12, 7: 5, 8: 3, 10: 4}, 2023: {7: 12}, 2024: {10: 10, 11: 1}}),
    dict(MIE, blk="東海"),
    dict(MIE, blk="近畿"),
    dict(blk="近畿", pc="26", pn="滋賀", uc="003", name="試験南宮市職員組合", mem=260, pol=161, tgt=6,
         m={2022: {7: 2}, 2023: {2: 10}, 2024: {6: 6}}),
    dict(blk="近畿", pc="27", pn="京都", uc="028", name="架空東泉市職員組合", mem=2240, pol=2352, tgt=6,
         m={2022: {7: 1, 8: 3, 12: 3, 2: 2}, 2023: {7: 4, 11: 1, 4: 4}, 2024: {6: 2, 7: 6, 10: 12}}),
    dict(blk="近畿", pc="30", pn="大阪", uc="041", name="見本浜川市職員組合", mem=1680, pol=840, tgt=12,
         m={2022: {5: 1, 8: 6, 11: 2}, 2023: {2: 6}, 2024: {10: 1, 12: 1}}),
    dict(blk="近畿", pc="30", pn="大阪", uc="077", name="試験台瀬町職員組合", mem=1430, pol=500, tgt=18,
         m={2022: {5: 1, 12: 10, 3: 10}, 2023: {6: 5, 12: 8}, 2024: {11: 10}}),
    dict(blk="近畿", pc="29", pn="和歌山", uc="009", name="架空沢井町職員労働組合", mem=1150, pol=1207, tgt=24,
         m={2022: {5: 12, 9: 1, 2: 2, 3: 12}, 2023: {8: 1, 12: 2, 4: 1}, 2024: {6: 4, 12: 5}}),
    dict(blk="中国", pc="33", pn="岡山", uc="012", name="見本岡南町職員労働組合", mem=340, pol=357, tgt=5,
         m={2022: {5: 12, 11: 4}, 2023: {8: 3, 10: 10, 12: 2, 3: 10}, 2024: {9: 3, 10: 3}}),
    dict(blk="社保労連", pc="60", pn="社保労連", uc="021", name="試験原森市職員組合", mem=1680, pol=840, tgt=18,
         m={2022: {1: 1}, 2023: {11: 6, 1: 8, 3: 6}, 2024: {12: 8}}),
]


def build06(path: Path):
    start, cut = 6, 12
    sh = Sheet("モデル単組")
    sh.put(1, 1, "令和6年度　加入拡大モデル単組　実績一覧（全国）", bold=True)
    sh.put(2, 1, "令和6年12月末現在")
    left = ["ブロック", "県コード", "県名", "単組コード", "単組名", "組合員数", "団生保有", "加入率",
            "前々年度実績", "前年度実績"]
    g = Grid(sh, start, cut, 4, left, {2022: "2022年度", 2023: "2023年度", 2024: "2024年度"},
             lambda fy, m: f"{m}月", "12月累計", ["累積件数", "目標件数", "前年比", "達成率", "残件数", "県名"])
    r = 6
    national = [u for u in U06 if u["pc"] != "60"]
    rows_of: dict[int, str] = {}
    for u in national:
        g.union(r, u)
        rows_of[r] = u["blk"]
        r += 1
    distinct = [u for i, u in enumerate(national) if not (u is U06[1])]
    g.total(r, distinct, {5: "合計"})
    total_row = r
    r += 2
    sh.put(r, 1, "※社保労連は全国集計に含まない")
    r += 1
    g.union(r, U06[-1])
    rows_of[r] = "社保労連"
    sh.autofilter = (5, 1, r, g.last_col)
    sh.filter_col = (0, ["近畿"])
    sh.hidden_rows = {rr for rr, b in rows_of.items() if b != "近畿"}
    sh.freeze = "F6"
    sh.print_rows = (4, 5)
    sh.print_area = (1, 1, r, g.last_col)
    save_openpyxl([sh], path)


BUILDERS = [(F01, build01), (F02, build02), (F03, build03), (F04, build04), (F05, build05), (F06, build06)]


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
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "legacy_grid12_out")
    for n, p in build(out).items():
        print(p, os.path.getsize(p))
