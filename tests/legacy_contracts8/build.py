"""Eighth independent fixture set: 新契約件数 主要共済の実績 (Report B) workbooks
that measure how well the reader GENERALISES to ordinary files it was never
tuned on.  Built without reading the reader's code (only DOMAIN.md, the README
usage of ``contracts recompute``, the module docstrings of workbook_tools/core,
the docstrings of the earlier sets' build.py, the scoring harness and set 7 as
the model for structure).  Each file is what one 地連 (block) office, 県本部
or HQ desk would really send and COMBINES three to six habits: about half
already seen in tests/legacy_contracts … legacy_contracts7 (see their build.py
docstrings), mixed differently; about half plausible habits none of those sets
has -- marked NEW below.

Every number below is a literal typed here.  Rates, 合計 / 計 / 地連計 / 全国
rows, 前月累計 / 当月 / うち管理移行 / 前年同月 / 前年比 / 前年度実績 columns,
the hidden last-year columns, the previous month's table and the STALE cached
values of file 03 that appear *inside* the workbooks are what a clerk typed or
what Excel / LibreOffice / a script cached -- rounded, not truncated, or simply
out of date -- and must never be read as a 県支部's figures of this report.
The decorative rates are computed below with Python's round(); they are not
expected values.  Expected readings are in expected.py (typed by hand, not
produced by the tool).  ``_`` below means a blank cell.

Files (writer / sheets / habits)
--------------------------------

01_北海道東北_グラフシート先頭_うち管理移行.xlsx  -- XlsxWriter, sheets 「グラフ」
    (a CHART SHEET, first and active) and 「実績表」.
    - NEW: a chart sheet FIRST: the office opens on a column chart of the
      団体生命共済 到達率 by 県支部 (its series refer to 「実績表」); the data
      sheet is the second tab.
    - NEW: a 「うち管理移行」 column after 実績 in every product group (the
      part of 実績 that is a contract moved from 全労済 management -- a SUBSET of
      実績, not a figure of its own): 目標｜実績｜うち管理移行｜到達率.
    - products across, each merged over its measure columns (seen); 県支部
      written 「北海道」「青森県」「岩手県」 … (seen).
    - the as-of month in the title 「（2025年1月末現在）」 and a note
      「※交通災害共済は2024年12月末現在」 (seen); a 「合計」 row (SUM formulas,
      cached) (seen); 到達率 formulas ROUND(…,3) cached, 0.0% (seen).
    Traps: 岩手 団生 210/210; 秋田 団生 181/175; 団生 total 1488/1790 (83.12%,
    rounding 83.13%); 秋田 退職者 目標 blank with 実績 3; 山形 退職者 66/65;
    宮城 長期 141/140; 秋田 交災 53/4 (1325.00%, うち管理移行 49); 交災 total
    202/199 (101.50%, rounding 101.51%).

02_関東甲信越_二段商品見出し_数式のみ.xlsx  -- openpyxl (formulas WITHOUT cached
    values, as a script writes them; full recalculation on load), sheet 「集計表」.
    - NEW: every 累計実績 (= 前月累計 + 当月), every 到達率 (ROUNDDOWN) and the
      合計 row are FORMULAS WITH NO CACHED VALUE: the 実績 exists only as a
      formula over two typed cells (uncached rates / totals seen; uncached
      FIGURES not).
    - NEW: products under a two-level heading: 「団体生命共済」 merged over
      「現職」 (= 団体生命共済) and 「退職者」 (= じちろう退職者団体生命共済);
      「住まいる共済」 merged over 「火災」 and 「自然災害」; 「じちろうマイカー共済」
      merged down over both heading rows.
    - 前月累計｜当月｜累計実績 per product (seen, there collapsed and cached);
      a 時点 row under the products 「R7.1末」 / 「R6.12末」 (seen); 県本部
      written 「自治労茨城県本部」 … in JIS order (seen); a 「合計」 row (seen);
      a creation date 「作成日：2025年2月7日」 (seen).
    Traps: 東京 団生 400/400 (前月累計 379) and 新潟 292/290; 団生 total
    2424/2880 (84.16%, rounding 84.17%); 山梨 退職者 目標 blank with 実績 2;
    山梨 マイカー 201/200; 山梨 火災 目標 0 with 実績 1; 長野 火災 41/3
    (1366.66%, rounding 1366.67%); 山梨 自然災害 30/30; 自然災害 total
    301/650 (46.30%, rounding 46.31%).

03_東海北陸_手動計算_古いキャッシュ_前年隠し列.xlsx  -- XlsxWriter, sheet 「東海北陸」,
    workbook in MANUAL calculation mode.
    - NEW: STALE cached values: the clerk corrected typed 実績 after the last
      recalculation, so the cached 到達率 of some rows and the cached 地連計 row
      belong to the older figures (e.g. 岐阜 団生 cached 100.3% for typed
      299/300; 地連計 団生 cached 1702).  The typed figures are the truth.
    - NEW: HIDDEN COLUMNS (plain hidden, not grouped) holding last year's
      目標｜実績 in every product group, under 「前年度（R5）」; the visible
      「今年度（R6）」 is 目標｜実績｜到達率.  Last year 福井 団生 262/250 and 三重
      火災 57/55 achieved.
    - a 「東海北陸計」 row at the TOP, right under the headings (seen); 県支部
      written 「富山県支部」 … in JIS order (岐阜 before 静岡) (seen); the as-of
      month in the title and a note 「※自賠責共済・火災共済は2024年12月末現在」
      (seen).
    Traps: 石川 団生 231/230 and 愛知 320/320 (岐阜 299/300 is NOT, despite its
    stale cache); 三重 自賠責 161/160; 自賠責 total 716/1165 (61.45%, rounding
    61.46%); 福井 火災 64/5 (1280.00%); 火災 total 227/390 (58.20%, rounding
    58.21%); 岐阜 税適 46/45; 三重 税適 目標 0 with 実績 2; 税適 total 138/260
    (53.07%, rounding 53.08%).

04_近畿_縦長二枚目へ続く_略称.xls  -- openpyxl then LibreOffice → .xls (formulas
    recalculated and cached), sheets 「新契約(1)」 and 「新契約(2)」.
    - NEW: one long table SPLIT OVER TWO SHEETS the way a clerk cuts it to fit
      the printed pages: 「新契約(2)」 continues the No. (17, 18 …) and the
      product 車両補償 in the middle (奈良, 和歌山), under a title 「…（つづき）」
      and a copy of the heading row; the as-of month is only on sheet (1).
    - NEW: products written with abbreviations not used before: 「自賠」
      (自賠責共済), 「車両補償」 (車両損害補償), 「適格年金」 (税制適格年金),
      「こども満期」 (こども保障満期金付きタイプ); the note uses them too:
      「※自賠・車両補償は2024年12月末現在」.
    - 共済名 on a block's first row and 「〃」 below (seen); a 「前年同月実績」
      column BEFORE 「実績件数」 (前年同期 columns seen; here the heading itself
      says 実績) and a 前年比 column (実績 − 前年同月, formulas) (seen-ish);
      県本部 written 「滋賀県本部」「京都府本部」 … in JIS order (seen).
    Traps: 奈良 団生 前年同月 181 ≥ 目標 180 but 実績 150; 兵庫 団生 431/430 and
    和歌山 170/170 (listed 和歌山, 兵庫); 和歌山 自賠 79/6 (1316.66%, rounding
    1316.67%); 兵庫 適格年金 71/70; 奈良 適格年金 目標 blank with 実績 2;
    適格年金 total 155/260 (59.61%, rounding 59.62%); 奈良 こども 4/4; 和歌山
    こども 目標 0 with 実績 1; こども total 25/34 (73.52%, rounding 73.53%).

05_中国四国_前回今回左右_旧字体.xlsx  -- openpyxl, sheet 「中国四国」.
    - NEW: the previous report and this one as TWO COMPLETE TABLES SIDE BY SIDE
      on one sheet, each with its own 県支部 column: left 「【前回報告】2024年
      12月末現在」 (note 「※マイカーは2024年11月末現在」), right 「【今回報告】
      2025年1月末現在」 (note 「※マイカーは2024年12月末現在」).  Only 今回 is the
      report.  (A previous month's SHEET and a second group on one sheet seen.)
    - NEW: 県支部 names in an OLD / VARIANT glyph: 「德　島」 (德 for 徳) and
      「髙　知」 (髙, the "ladder" 高) -- not mapped by NFKC.
    - names padded with a full-width space 「鳥　取」 (seen); products
      「団体生命」「マイカー」「こども」 merged over 目標｜実績｜達成率 (seen);
      達成率 typed as TEXT rounded to one decimal 「80.5%」 (seen); typed 「計」
      rows (seen); a report date 「報告日：2025年2月12日」 (seen).
    Traps: 鳥取 団生 161/160 and 高知 155/155; 山口 こども 6/6; 徳島 こども 目標
    blank with 実績 1; 高知 こども 27/2 (1350.00%); こども total 57/47 (121.27%,
    rounding 121.28%).

06_九州_テーブル_月別のみ累計なし.xlsx  -- openpyxl, sheet 「月別実績」.
    - NEW: a MONTH-BY-MONTH table with NO cumulative column: 6月｜7月｜…｜5月
      (the campaign year), filled through 1月 (マイカー through 12月), 2月–5月
      empty; the 実績 of the report is the sum of the months.  (Month columns
      WITH a 累計 column seen.)
    - NEW: 「子ども保障」 (こども保障満期金付きタイプ) written with the kanji 子.
    - the data is an Excel TABLE (ListObject 「九州新契約」, banded style, no
      totals row) (seen), one row per product × 県支部 (seen), 県支部 written
      「福岡県」 … in JIS order (熊本 before 大分) (seen); a 「前年度実績」 column
      (last year's full-year count) before 年間目標 (seen-ish); the as-of month
      in the title and a note for マイカー (seen).
    Traps: 熊本 団生 312/310 and 大分 235/235 (listed 大分, 熊本); 団生 total
    1695/2030 (83.49%, rounding 83.50%); 佐賀 団生 前年度実績 190 ≥ 目標 185;
    沖縄 マイカー 69/6 (1150.00%); 福岡 マイカー 前年度実績 590 ≥ 目標 580;
    佐賀 子ども 4/4; 宮崎 子ども 目標 0 with 実績 1; 子ども total 28/42 (66.66%,
    rounding 66.67%).

07_本部_県CD別_新契約_202501.xlsx  -- openpyxl, sheet 「Sheet1」, ALL 47 県支部.
    - NEW: 県支部 identified ONLY by the federation's code, as NUMBERS 1, 3, 4
      … 49 shown 「01」「03」 by the format "00", in a column headed 「県CD」; no
      name anywhere (a code column BESIDE names seen).
    - NEW: the as-of month ONLY in the FILE NAME (「…_202501.xlsx」, a system
      export): no title, sheet 「Sheet1」.
    - NEW: 「退団」 for じちろう退職者団体生命共済; headings carrying product and
      measure in one cell 「団生目標」「団生実績」「退団目標」「退団実績」 (seen).
    - a 「全国」 row at the TOP, right under the headings (seen); header in row 1,
      an AutoFilter (seen).
    Traps: 団生 achievers 秋田 152/150, 東京 402/400, 和歌山 170/170, 熊本
    311/310; 山梨 退団 目標 0 with 実績 3; 沖縄 退団 目標 blank with 実績 4;
    福井 退団 131/12 (1091.66%, rounding 1091.67%); 徳島 退団 101/100; 退団
    total 1533/7192 (21.31%, rounding 21.32%).
"""
from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

import openpyxl
import xlsxwriter
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter as L
from openpyxl.worksheet.table import Table, TableStyleInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/: the shared LibreOffice helper
import lo  # noqa: E402

_ = None  # a blank cell

CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def _n(v) -> int:
    """A figure as the number a SUM would see (blank → 0)."""
    return v if isinstance(v, int) else 0


def _via_lo(build_src, path: Path, target: str) -> None:
    """Write with openpyxl into a temporary .xlsx, then let LibreOffice save it as ``target``."""
    with tempfile.TemporaryDirectory(prefix="legacy_contracts8_lo_") as tmp:
        src = Path(tmp) / (path.stem + ".xlsx")
        build_src(src)
        shutil.move(str(lo.convert(src, Path(tmp) / "out", target)), str(path))  # tests/lo.py


# ---------------------------------------------------------------------------
# 01  北海道東北: chart sheet first, 「うち管理移行」 column
# ---------------------------------------------------------------------------
F01_BRANCHES = ["北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県"]
F01_DATA = [  # heading, per branch (目標, 実績, うち管理移行)
    ("団体生命共済",
     [(340, 268, 3), (230, 176, 0), (210, 210, 1), (300, 241, 2), (175, 181, 0), (215, 163, 0), (320, 249, 4)]),
    ("退職者団体生命共済",
     [(110, 41, 0), (70, 26, 0), (60, 22, 0), (90, 34, 0), (_, 3, 0), (65, 66, 0), (95, 35, 1)]),
    ("長期共済",
     [(150, 104, 0), (95, 61, 0), (85, 58, 0), (140, 141, 5), (80, 52, 0), (75, 49, 0), (120, 83, 0)]),
    ("交通災害共済",
     [(40, 31, 0), (30, 22, 0), (25, 19, 0), (35, 27, 0), (4, 53, 49), (28, 21, 0), (37, 29, 0)]),
]


def build_01(path: Path) -> None:
    wb = xlsxwriter.Workbook(str(path))
    cs = wb.add_chartsheet("グラフ")
    ws = wb.add_worksheet("実績表")
    title = wb.add_format({"bold": True, "font_size": 13})
    head = wb.add_format({"bold": True, "border": 1, "align": "center", "valign": "vcenter",
                          "bg_color": "#DDEBF7", "text_wrap": True})
    txt = wb.add_format({"border": 1})
    num = wb.add_format({"border": 1, "num_format": "#,##0"})
    sub = wb.add_format({"border": 1, "num_format": "#,##0", "font_color": "#7F7F7F"})
    pct = wb.add_format({"border": 1, "num_format": "0.0%"})
    tot = wb.add_format({"border": 1, "num_format": "#,##0", "bold": True, "top": 2})
    tot_t = wb.add_format({"border": 1, "bold": True, "top": 2})
    tot_p = wb.add_format({"border": 1, "num_format": "0.0%", "bold": True, "top": 2})
    ws.write(0, 0, "北海道・東北地連　新契約件数（2025年1月末現在）", title)
    ws.write(1, 0, "※交通災害共済は2024年12月末現在")
    ws.merge_range(3, 0, 4, 0, "県支部", head)
    first, last = 6, 5 + len(F01_BRANCHES)  # 1-based rows of the branches
    for k, (name, rows) in enumerate(F01_DATA):
        c0 = 1 + 4 * k
        ws.merge_range(3, c0, 3, c0 + 3, name, head)
        for j, h in enumerate(["目標", "実績", "うち管理移行", "到達率"]):
            ws.write(4, c0 + j, h, head)
        tc, ac, xc, rc = (L(c0 + 1 + j) for j in range(4))
        for i, (t, a, x) in enumerate(rows):
            r = 5 + i
            if t is None:
                ws.write_blank(r, c0, None, num)
            else:
                ws.write_number(r, c0, t, num)
            ws.write_number(r, c0 + 1, a, num)
            ws.write_number(r, c0 + 2, x, sub)
            ws.write_formula(r, c0 + 3, f'=IF(N({tc}{r + 1})=0,"",ROUND({ac}{r + 1}/{tc}{r + 1},3))', pct,
                             round(a / t, 3) if t else "")
        r = 5 + len(rows)
        st = sum(_n(t) for t, _a, _x in rows)
        sa = sum(a for _t, a, _x in rows)
        sx = sum(x for _t, _a, x in rows)
        ws.write_formula(r, c0, f"=SUM({tc}{first}:{tc}{last})", tot, st)
        ws.write_formula(r, c0 + 1, f"=SUM({ac}{first}:{ac}{last})", tot, sa)
        ws.write_formula(r, c0 + 2, f"=SUM({xc}{first}:{xc}{last})", tot, sx)
        ws.write_formula(r, c0 + 3, f'=IF(N({tc}{r + 1})=0,"",ROUND({ac}{r + 1}/{tc}{r + 1},3))', tot_p,
                         round(sa / st, 3))
        ws.set_column(c0, c0 + 3, 9)
    for i, name in enumerate(F01_BRANCHES):
        ws.write(5 + i, 0, name, txt)
    ws.write(5 + len(F01_BRANCHES), 0, "合計", tot_t)
    ws.set_column(0, 0, 11)
    ws.freeze_panes(5, 1)
    ws.set_landscape()
    chart = wb.add_chart({"type": "column"})
    chart.add_series({
        "name": "団体生命共済 到達率",
        "categories": f"='実績表'!$A${first}:$A${last}",
        "values": f"='実績表'!$E${first}:$E${last}",
        "data_labels": {"value": True, "num_format": "0.0%"},
    })
    chart.set_title({"name": "団体生命共済　県支部別到達率（2025年1月末）"})
    chart.set_y_axis({"num_format": "0%", "min": 0})
    chart.set_legend({"none": True})
    cs.set_chart(chart)
    cs.activate()
    wb.close()


# ---------------------------------------------------------------------------
# 02  関東甲信越: two-level product heading, 累計実績 only as uncached formulas
# ---------------------------------------------------------------------------
F02_BRANCHES = ["自治労茨城県本部", "自治労栃木県本部", "自治労群馬県本部", "自治労埼玉県本部", "自治労千葉県本部",
                "自治労東京都本部", "自治労神奈川県本部", "自治労新潟県本部", "自治労山梨県本部", "自治労長野県本部"]
F02_DATA = [  # (level-1 heading, level-2 heading or None, 時点), per branch (目標, 前月累計, 当月)
    (("団体生命共済", "現職", "R7.1末"),
     [(260, 190, 12), (240, 171, 14), (250, 183, 11), (340, 247, 18), (320, 228, 17),
      (400, 379, 21), (380, 276, 19), (290, 270, 22), (140, 128, 9), (260, 196, 13)]),
    (("団体生命共済", "退職者", "R7.1末"),
     [(70, 22, 3), (60, 19, 2), (65, 21, 2), (100, 33, 4), (90, 28, 3),
      (120, 41, 5), (110, 36, 4), (80, 26, 3), (_, 2, 0), (75, 24, 3)]),
    (("じちろうマイカー共済", None, "R6.12末"),
     [(420, 228, 17), (380, 205, 16), (400, 214, 18), (560, 303, 24), (530, 287, 21),
      (650, 352, 27), (620, 336, 25), (450, 243, 19), (200, 186, 15), (430, 232, 18)]),
    (("住まいる共済", "火災", "R6.12末"),
     [(55, 21, 2), (50, 19, 1), (50, 20, 2), (75, 29, 3), (70, 27, 2),
      (85, 33, 3), (80, 31, 3), (55, 21, 2), (0, 1, 0), (3, 37, 4)]),
    (("住まいる共済", "自然災害", "R6.12末"),
     [(60, 24, 3), (55, 22, 2), (55, 22, 1), (80, 32, 3), (75, 29, 3),
      (90, 37, 4), (85, 34, 3), (60, 24, 2), (30, 28, 2), (60, 24, 2)]),
]


def build_02(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "集計表"
    ws["A1"] = "関東甲信越地連　新契約件数 集計表"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "作成日：2025年2月7日"
    fill = PatternFill("solid", fgColor="FCE4D6")
    ws.cell(4, 1, "県本部")
    ws.merge_cells("A4:A7")
    measures = ["目標", "前月累計", "当月", "累計実績", "到達率"]
    first, last = 8, 7 + len(F02_BRANCHES)
    total_row = last + 1
    # level-1 spans: 団体生命共済 over products 0-1, マイカー 2 (down two rows), 住まいる共済 3-4
    ws.cell(4, 2, "団体生命共済")
    ws.merge_cells(start_row=4, start_column=2, end_row=4, end_column=11)
    ws.cell(4, 12, "じちろうマイカー共済")
    ws.merge_cells(start_row=4, start_column=12, end_row=5, end_column=16)
    ws.cell(4, 17, "住まいる共済")
    ws.merge_cells(start_row=4, start_column=17, end_row=4, end_column=26)
    for k, ((_top, second, asof), rows) in enumerate(F02_DATA):
        c0 = 2 + 5 * k
        if second is not None:
            ws.cell(5, c0, second)
            ws.merge_cells(start_row=5, start_column=c0, end_row=5, end_column=c0 + 4)
        ws.cell(6, c0, asof)
        ws.merge_cells(start_row=6, start_column=c0, end_row=6, end_column=c0 + 4)
        for j, m in enumerate(measures):
            ws.cell(7, c0 + j, m)
        t, p, m_, s, rt = (L(c0 + j) for j in range(5))
        for i, (tt, prev, month) in enumerate(rows):
            r = first + i
            ws.cell(r, c0, tt)
            ws.cell(r, c0 + 1, prev)
            ws.cell(r, c0 + 2, month)
            ws.cell(r, c0 + 3, f"={p}{r}+{m_}{r}")
            ws.cell(r, c0 + 4, f'=IF(N({t}{r})=0,"",ROUNDDOWN({s}{r}/{t}{r},4))')
        for j, col in enumerate((t, p, m_, s)):
            ws.cell(total_row, c0 + j, f"=SUM({col}{first}:{col}{last})")
        ws.cell(total_row, c0 + 4, f'=IF(N({t}{total_row})=0,"",ROUNDDOWN({s}{total_row}/{t}{total_row},4))')
        for r in range(first, total_row + 1):
            for j in range(4):
                ws.cell(r, c0 + j).number_format = "#,##0"
            ws.cell(r, c0 + 4).number_format = "0.00%"
        for j in range(5):
            ws.column_dimensions[L(c0 + j)].width = 8.5
    for i, name in enumerate(F02_BRANCHES):
        ws.cell(first + i, 1, name)
    ws.cell(total_row, 1, "合計")
    for r in range(4, total_row + 1):
        for c in range(1, 27):
            cell = ws.cell(r, c)
            cell.border = BOX
            if r <= 7:
                cell.alignment = CENTER
                cell.font = Font(bold=True)
                cell.fill = fill
            elif r == total_row:
                cell.font = Font(bold=True)
    ws.column_dimensions["A"].width = 20
    ws.freeze_panes = "B8"
    wb.calculation.fullCalcOnLoad = True
    wb.save(path)


# ---------------------------------------------------------------------------
# 03  東海北陸: manual calculation, stale caches, hidden last-year columns
# ---------------------------------------------------------------------------
F03_BRANCHES = ["富山県支部", "石川県支部", "福井県支部", "岐阜県支部", "静岡県支部", "愛知県支部", "三重県支部"]
F03_DATA = [  # product, per branch (R5 目標, R5 実績, R6 目標, R6 実績, the OLD R6 実績 of the stale cache)
    ("団体生命共済",
     [(240, 231, 250, 204, 201), (220, 198, 230, 231, 222), (250, 262, 255, 199, 199),
      (290, 275, 300, 299, 301), (350, 310, 360, 288, 280), (310, 301, 320, 320, 312),
      (270, 240, 275, 218, 187)]),
    ("自賠責共済",
     [(145, 90, 150, 83, 83), (135, 82, 140, 77, 70), (140, 85, 145, 80, 80),
      (165, 99, 170, 94, 94), (200, 121, 210, 116, 110), (185, 110, 190, 105, 105),
      (155, 96, 160, 161, 108)]),
    ("火災共済",
     [(50, 25, 55, 23, 23), (48, 24, 50, 22, 20), (5, 3, 5, 64, 17),
      (58, 27, 60, 25, 25), (80, 38, 85, 36, 36), (70, 33, 75, 31, 51),
      (55, 57, 60, 26, 26)]),
    ("税制適格年金",
     [(38, 20, 40, 17, 17), (33, 16, 35, 15, 15), (33, 15, 35, 14, 13),
      (43, 22, 45, 46, 44), (52, 25, 55, 23, 19), (48, 24, 50, 21, 11),
      (0, 1, 0, 2, 2)]),
]


def build_03(path: Path) -> None:
    wb = xlsxwriter.Workbook(str(path))
    wb.set_calc_mode("manual")
    ws = wb.add_worksheet("東海北陸")
    title = wb.add_format({"bold": True, "font_size": 13})
    head = wb.add_format({"bold": True, "border": 1, "align": "center", "valign": "vcenter",
                          "bg_color": "#E2EFDA", "text_wrap": True})
    txt = wb.add_format({"border": 1})
    num = wb.add_format({"border": 1, "num_format": "#,##0"})
    pct = wb.add_format({"border": 1, "num_format": "0.0%"})
    tot = wb.add_format({"border": 1, "num_format": "#,##0", "bold": True, "bottom": 2})
    tot_t = wb.add_format({"border": 1, "bold": True, "bottom": 2})
    tot_p = wb.add_format({"border": 1, "num_format": "0.0%", "bold": True, "bottom": 2})
    ws.write(0, 0, "東海北陸地連　主要共済 新契約件数（2025年1月末現在）", title)
    ws.write(1, 0, "※自賠責共済・火災共済は2024年12月末現在")
    ws.merge_range(3, 0, 5, 0, "県支部", head)
    n = len(F03_BRANCHES)
    first, last = 8, 7 + n  # 1-based rows of the branches (row 7 is the 地連計)
    ws.write(6, 0, "東海北陸計", tot_t)
    for k, (product, rows) in enumerate(F03_DATA):
        c0 = 1 + 5 * k
        ws.merge_range(3, c0, 3, c0 + 4, product, head)
        ws.merge_range(4, c0, 4, c0 + 1, "前年度（R5）", head)
        ws.merge_range(4, c0 + 2, 4, c0 + 4, "今年度（R6）", head)
        for j, h in enumerate(["目標", "実績", "目標", "実績", "到達率"]):
            ws.write(5, c0 + j, h, head)
        cols = [L(c0 + 1 + j) for j in range(5)]
        for i, (t5, a5, t, a, old) in enumerate(rows):
            r = first - 1 + i  # 0-based
            ws.write_number(r, c0, t5, num)
            ws.write_number(r, c0 + 1, a5, num)
            ws.write_number(r, c0 + 2, t, num)
            ws.write_number(r, c0 + 3, a, num)
            ws.write_formula(r, c0 + 4, f'=IF({cols[2]}{r + 1}=0,"",{cols[3]}{r + 1}/{cols[2]}{r + 1})', pct,
                             round(old / t, 3) if t else "")  # the STALE cache
        # the 地連計 row at the top: cached values of the OLD figures
        old_sums = [sum(x[j] for x in rows) for j in range(5)]  # R5 目標, R5 実績, R6 目標, R6 実績(new), old
        cached = [old_sums[0], old_sums[1], old_sums[2], old_sums[4]]
        for j in range(4):
            ws.write_formula(6, c0 + j, f"=SUM({cols[j]}{first}:{cols[j]}{last})", tot, cached[j])
        ws.write_formula(6, c0 + 4, f'=IF({cols[2]}7=0,"",{cols[3]}7/{cols[2]}7)', tot_p,
                         round(old_sums[4] / old_sums[2], 3))
        ws.set_column(c0, c0 + 1, 8, None, {"hidden": True})  # last year's 目標｜実績
        ws.set_column(c0 + 2, c0 + 4, 8)
    for i, name in enumerate(F03_BRANCHES):
        ws.write(first - 1 + i, 0, name, txt)
    ws.set_column(0, 0, 13)
    ws.freeze_panes(7, 1)
    ws.set_landscape()
    wb.close()


# ---------------------------------------------------------------------------
# 04  近畿: long table split over two sheets, new abbreviations, 前年同月実績
# ---------------------------------------------------------------------------
F04_BRANCHES = ["滋賀県本部", "京都府本部", "大阪府本部", "兵庫県本部", "奈良県本部", "和歌山県本部"]  # JIS order
F04_DATA = [  # product as written, per branch (目標, 前年同月実績, 実績件数)
    ("団体生命共済", [(200, 158, 171), (270, 229, 214), (500, 455, 497), (430, 402, 431), (180, 181, 150),
                 (170, 150, 170)]),
    ("自賠", [(160, 92, 87), (200, 118, 110), (350, 201, 190), (310, 180, 176), (130, 70, 72), (6, 5, 79)]),
    ("車両補償", [(180, 95, 98), (230, 121, 125), (400, 210, 218), (350, 184, 190), (150, 80, 82),
              (140, 73, 76)]),
    ("適格年金", [(35, 16, 15), (45, 20, 19), (80, 37, 36), (70, 31, 71), (_, 0, 2), (30, 13, 12)]),
    ("こども満期", [(5, 2, 3), (6, 3, 4), (10, 6, 7), (9, 5, 6), (4, 3, 4), (0, 1, 1)]),
]
F04_SPLIT = 16  # rows on sheet (1); the rest continue on sheet (2)
F04_HEADS = ["No.", "共済名", "県本部", "目標件数", "前年同月実績", "実績件数", "前年比", "達成率"]


def build_04_src(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws1 = wb.active
    ws1.title = "新契約(1)"
    ws2 = wb.create_sheet("新契約(2)")
    ws1["A1"] = "近畿地連　新契約件数一覧（2025年1月末現在）"
    ws1["A2"] = "※自賠・車両補償は2024年12月末現在"
    ws2["A1"] = "近畿地連　新契約件数一覧（つづき）"
    for ws in (ws1, ws2):
        ws["A1"].font = Font(bold=True, size=13)
    flat = []
    for product, rows in F04_DATA:
        for i, (name, (t, py, a)) in enumerate(zip(F04_BRANCHES, rows)):
            flat.append((product, i == 0, name, t, py, a))
    places = [(ws1, 4)] * F04_SPLIT + [(ws2, 3)] * (len(flat) - F04_SPLIT)
    for ws, hr in ((ws1, 4), (ws2, 3)):
        for c, h in enumerate(F04_HEADS, start=1):
            cell = ws.cell(hr, c, h)
            cell.font = Font(bold=True)
            cell.alignment = CENTER
            cell.border = BOX
            cell.fill = PatternFill("solid", fgColor="D9D9D9")
    cursor = {ws1.title: 5, ws2.title: 4}
    prev_sheet = None
    for no, ((product, first_of_block, name, t, py, a), (ws, _hr)) in enumerate(zip(flat, places), start=1):
        r = cursor[ws.title]
        cursor[ws.title] += 1
        new_sheet = ws.title != prev_sheet
        prev_sheet = ws.title
        label = product if (first_of_block or new_sheet) else "〃"
        for c, v in enumerate([no, label, name, t, py, a], start=1):
            ws.cell(r, c, v)
        ws.cell(r, 7, f"=F{r}-E{r}")
        ws.cell(r, 8, f'=IF(N(D{r})=0,"",F{r}/D{r})')
        for c in range(1, 9):
            ws.cell(r, c).border = BOX
        for c in (4, 5, 6):
            ws.cell(r, c).number_format = "#,##0"
        ws.cell(r, 7).number_format = '#,##0;"▲"#,##0;0'
        ws.cell(r, 8).number_format = "0.0%"
        if label == "〃":
            ws.cell(r, 2).alignment = Alignment(horizontal="center")
    for ws in (ws1, ws2):
        ws.column_dimensions["A"].width = 5
        ws.column_dimensions["B"].width = 14
        ws.column_dimensions["C"].width = 14
        for k in "DEFGH":
            ws.column_dimensions[k].width = 11
    ws2.cell(cursor[ws2.title] + 1, 1, "（2／2）")
    ws1.cell(cursor[ws1.title] + 1, 1, "（1／2）")
    wb.save(path)


def build_04(path: Path) -> None:
    _via_lo(build_04_src, path, "xls")


# ---------------------------------------------------------------------------
# 05  中国四国: previous and current report side by side, 德 / 髙
# ---------------------------------------------------------------------------
F05_BRANCHES = ["鳥　取", "島　根", "岡　山", "広　島", "山　口", "德　島", "香　川", "愛　媛", "髙　知"]  # JIS
F05_PRODUCTS = ["団体生命", "マイカー", "こども"]
F05_TARGETS = [  # per product, per branch (same 目標 in both reports)
    [160, 175, 270, 290, 215, 175, 205, 365, 155],
    [270, 300, 600, 640, 440, 360, 420, 690, 330],
    [4, 5, 8, 9, 6, _, 5, 8, 2],
]
F05_PREV = [  # 前回 (2024年12月末; マイカー 11月末) 実績
    [149, 130, 204, 240, 155, 129, 170, 270, 143],
    [139, 160, 318, 340, 238, 192, 221, 366, 171],
    [2, 2, 4, 5, 5, 1, 3, 3, 25],
]
F05_NOW = [  # 今回 (2025年1月末; マイカー 12月末) 実績
    [161, 141, 221, 259, 168, 140, 184, 292, 155],
    [154, 176, 349, 372, 262, 211, 243, 401, 188],
    [2, 3, 5, 6, 6, 1, 3, 4, 27],
]


def _pct_text(a: int, t) -> str:
    return f"{a * 100 / t:.1f}%" if t else "－"


def build_05(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "中国四国"
    ws["A1"] = "中国・四国地連　新契約件数報告"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "報告日：2025年2月12日"
    fill_prev = PatternFill("solid", fgColor="EDEDED")
    fill_now = PatternFill("solid", fgColor="FFF2CC")
    blocks = [
        (1, "【前回報告】2024年12月末現在", F05_PREV, "※マイカーは2024年11月末現在", fill_prev),
        (12, "【今回報告】2025年1月末現在", F05_NOW, "※マイカーは2024年12月末現在", fill_now),
    ]
    nb = len(F05_BRANCHES)
    for c0, caption, actuals, note, fill in blocks:
        ws.cell(4, c0, caption).font = Font(bold=True, size=12)
        ws.merge_cells(start_row=4, start_column=c0, end_row=4, end_column=c0 + 9)
        ws.cell(5, c0, "県支部")
        ws.merge_cells(start_row=5, start_column=c0, end_row=6, end_column=c0)
        for k, prod in enumerate(F05_PRODUCTS):
            pc = c0 + 1 + 3 * k
            ws.cell(5, pc, prod)
            ws.merge_cells(start_row=5, start_column=pc, end_row=5, end_column=pc + 2)
            for j, h in enumerate(["目標", "実績", "達成率"]):
                ws.cell(6, pc + j, h)
            for i in range(nb):
                t, a = F05_TARGETS[k][i], actuals[k][i]
                ws.cell(7 + i, pc, t)
                ws.cell(7 + i, pc + 1, a)
                ws.cell(7 + i, pc + 2, _pct_text(a, t)).alignment = Alignment(horizontal="right")
            st = sum(_n(t) for t in F05_TARGETS[k])
            sa = sum(actuals[k])
            ws.cell(7 + nb, pc, st)
            ws.cell(7 + nb, pc + 1, sa)
            ws.cell(7 + nb, pc + 2, _pct_text(sa, st)).alignment = Alignment(horizontal="right")
        for i, name in enumerate(F05_BRANCHES):
            ws.cell(7 + i, c0, name)
        ws.cell(7 + nb, c0, "計")
        for r in range(5, 8 + nb):
            for c in range(c0, c0 + 10):
                cell = ws.cell(r, c)
                cell.border = BOX
                if r <= 6:
                    cell.alignment = CENTER
                    cell.font = Font(bold=True)
                    cell.fill = fill
                elif r == 7 + nb:
                    cell.font = Font(bold=True)
                if isinstance(cell.value, int):
                    cell.number_format = "#,##0"
        ws.cell(9 + nb, c0, note)
        ws.column_dimensions[L(c0)].width = 9
        for c in range(c0 + 1, c0 + 10):
            ws.column_dimensions[L(c)].width = 7.5
    ws.column_dimensions[L(11)].width = 3  # spacer
    wb.save(path)


# ---------------------------------------------------------------------------
# 06  九州: Excel table, month columns only (no cumulative), 「子ども保障」
# ---------------------------------------------------------------------------
F06_BRANCHES = ["福岡県", "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県"]  # JIS order
F06_MONTHS = ["6月", "7月", "8月", "9月", "10月", "11月", "12月", "1月", "2月", "3月", "4月", "5月"]
F06_DATA = [  # product, per branch (前年度実績, 年間目標, [6月 … 1月 as typed], 備考)
    ("団体生命", [
        (305, 330, [52, 38, 21, 18, 30, 27, 24, 41], ""),
        (190, 185, [40, 25, 12, 10, 14, 17, 11, 12], ""),
        (240, 255, [45, 30, 18, 16, 22, 20, 18, 32], ""),
        (300, 310, [70, 48, 29, 25, 38, 35, 30, 37], "目標達成"),
        (228, 235, [50, 33, 20, 17, 27, 25, 22, 41], "目標達成"),
        (210, 205, [35, 24, 14, 12, 19, 18, 15, 20], ""),
        (232, 245, [42, 29, 17, 15, 24, 22, 19, 23], ""),
        (251, 265, [44, 31, 19, 16, 25, 23, 21, 28], ""),
    ]),
    ("マイカー", [
        (590, 580, [95, 70, 48, 45, 52, 50, 47], ""),
        (300, 310, [50, 37, 26, 24, 28, 27, 25], ""),
        (430, 450, [74, 55, 37, 35, 41, 39, 36], ""),
        (520, 540, [88, 65, 45, 42, 48, 46, 44], ""),
        (400, 410, [67, 50, 34, 32, 37, 35, 33], ""),
        (350, 360, [59, 44, 30, 28, 32, 31, 29], ""),
        (410, 430, [70, 52, 36, 33, 39, 37, 35], ""),
        (15, 6, [12, 10, 8, 9, 11, 10, 9], "管理移行分を含む"),
    ]),
    ("子ども保障", [
        (8, 9, [1, _, 1, _, 2, 1, _, 1], ""),
        (5, 4, [_, 1, _, _, 1, _, 1, 1], ""),
        (6, 6, [1, _, _, 1, _, 1, _, _], ""),
        (7, 7, [1, 1, _, 1, _, 1, 1, _], ""),
        (5, 5, [_, _, 1, _, 1, _, _, _], ""),
        (2, 0, [_, _, _, 1, _, _, _, _], "目標設定なし"),
        (6, 6, [1, _, 1, _, 1, _, 1, _], ""),
        (4, 5, [_, 1, _, _, _, 1, _, 1], ""),
    ]),
]


def build_06(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "月別実績"
    ws["A1"] = "九州地連　主要共済 月別新契約件数（2025年1月末現在）"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "※マイカーは2024年12月末現在（1月分は2月中旬に確定）"
    heads = ["共済", "県支部", "前年度実績", "年間目標", *F06_MONTHS, "備考"]
    hr = 4
    for c, h in enumerate(heads, start=1):
        ws.cell(hr, c, h)
    r = hr + 1
    for product, rows in F06_DATA:
        for name, (py, t, months, note) in zip(F06_BRANCHES, rows):
            ws.cell(r, 1, product)
            ws.cell(r, 2, name)
            ws.cell(r, 3, py)
            ws.cell(r, 4, t)
            for j, v in enumerate(months):
                ws.cell(r, 5 + j, v)
            ws.cell(r, 5 + len(F06_MONTHS), note or None)
            for c in range(3, 5 + len(F06_MONTHS)):
                ws.cell(r, c).number_format = "#,##0"
            r += 1
    last = r - 1
    ref = f"A{hr}:{L(len(heads))}{last}"
    table = Table(displayName="九州新契約", ref=ref)
    table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    ws.add_table(table)
    ws.column_dimensions["A"].width = 12
    ws.column_dimensions["B"].width = 10
    ws.column_dimensions["C"].width = 11
    ws.column_dimensions["D"].width = 10
    for c in range(5, 5 + len(F06_MONTHS)):
        ws.column_dimensions[L(c)].width = 6.5
    ws.column_dimensions[L(len(heads))].width = 18
    ws.freeze_panes = "C5"
    wb.save(path)


# ---------------------------------------------------------------------------
# 07  本部: codes only (numbers), as-of only in the file name, 全国 row on top
# ---------------------------------------------------------------------------
F07_ROWS = [  # 県CD, 団生目標, 団生実績, 退団目標, 退団実績
    (1, 420, 318, 260, 41), (3, 230, 176, 140, 23), (4, 210, 162, 130, 25), (5, 300, 231, 180, 30),
    (6, 150, 152, 100, 18), (7, 215, 170, 120, 22), (8, 320, 240, 190, 35), (9, 290, 221, 170, 33),
    (10, 250, 190, 150, 27), (11, 240, 181, 140, 26), (12, 260, 197, 160, 29), (13, 340, 255, 210, 40),
    (14, 400, 402, 280, 52), (15, 320, 243, 200, 36), (16, 380, 287, 240, 45), (17, 140, 104, 0, 3),
    (18, 260, 199, 160, 30), (19, 250, 188, 150, 28), (20, 230, 172, 140, 25), (21, 255, 193, 12, 131),
    (22, 360, 270, 220, 41), (23, 320, 244, 200, 37), (24, 300, 226, 180, 33), (25, 275, 207, 170, 31),
    (26, 200, 151, 120, 22), (27, 270, 204, 160, 30), (28, 180, 135, 110, 20), (29, 170, 170, 100, 19),
    (30, 500, 377, 300, 55), (32, 430, 324, 260, 48), (33, 270, 203, 160, 29), (34, 290, 219, 170, 32),
    (35, 160, 120, 90, 17), (36, 175, 131, 100, 18), (37, 215, 162, 130, 24), (38, 205, 155, 120, 22),
    (39, 175, 132, 100, 101), (40, 365, 275, 220, 40), (41, 155, 116, 90, 16), (42, 330, 249, 200, 37),
    (43, 185, 139, 110, 20), (44, 255, 192, 150, 28), (45, 235, 177, 140, 26), (46, 205, 154, 120, 22),
    (47, 310, 311, 190, 35), (48, 245, 184, 150, 27), (49, 265, 199, _, 4),
]


def build_07(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    heads = ["県CD", "団生目標", "団生実績", "退団目標", "退団実績"]
    for c, h in enumerate(heads, start=1):
        ws.cell(1, c, h).font = Font(bold=True)
    ws.cell(2, 1, "全国")
    for j in range(1, 5):
        ws.cell(2, 1 + j, sum(_n(row[j]) for row in F07_ROWS))
    for i, row in enumerate(F07_ROWS):
        r = 3 + i
        for c, v in enumerate(row, start=1):
            ws.cell(r, c, v)
        ws.cell(r, 1).number_format = "00"
    ws.auto_filter.ref = f"A1:E{2 + len(F07_ROWS)}"
    ws.freeze_panes = "B2"
    wb.save(path)


BUILDERS = {
    "01_北海道東北_グラフシート先頭_うち管理移行.xlsx": build_01,
    "02_関東甲信越_二段商品見出し_数式のみ.xlsx": build_02,
    "03_東海北陸_手動計算_古いキャッシュ_前年隠し列.xlsx": build_03,
    "04_近畿_縦長二枚目へ続く_略称.xls": build_04,
    "05_中国四国_前回今回左右_旧字体.xlsx": build_05,
    "06_九州_テーブル_月別のみ累計なし.xlsx": build_06,
    "07_本部_県CD別_新契約_202501.xlsx": build_07,
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
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp(prefix="legacy_contracts8_"))
    for n, p in build(target).items():
        print(n, p)
