"""Fourth independent fixture set: 新契約件数 主要共済の実績 (Report B) workbooks
that measure how well the reader GENERALISES.  The tool was tuned on
tests/legacy_contracts, legacy_contracts2 and legacy_contracts3; each file here
COMBINES several habits -- some already seen there, mixed differently, and
some new -- with its own sheet names, titles, product order, 県支部 subset,
spacing, number formats and writer.  No file repeats an earlier file's layout.

Every number below is a literal typed here (the only exceptions are the
targets HQ pre-filled in the HIDDEN rows of file 02 and the 前年同月件数 column
of file 04, which are not figures of this report and come from a fixed
arithmetic rule).  Rates, ranks, differences and totals that appear *inside*
the workbooks (達成率 / 到達率 / 順位 / 差引 / 小計 / 合計 / 全国計 / 計 cards)
are what a clerk typed or what Excel cached -- rounded, not truncated -- and
must never be read as a 県支部's figures.  Expected readings are in
expected.py (typed by hand, not produced by the tool).  ``_`` below means a
blank cell; ``TRI(n)`` is the text 「▲n」 (Japanese minus sign).

Files (writer / sheets / habits)
--------------------------------

01_全国_地連列_均等割付_順位.xlsx  -- XlsxWriter, sheet 「県支部別一覧」, ALL 47.
    Three identifying columns: 地連 (MERGED vertically over each 地連's rows
    and its 小計 row -- note that the 地連 「北海道」 has the same name as the
    県支部 北海道), コード (plain NUMBERS 1, 3, 4 … 49, no "00" format) and
    県支部 with two-character names padded by a full-width space the way
    Japanese forms align names (「青　森」「東　京」; 「北海道」「神奈川」 as is).
    A 「小　計」 row after every 地連 (SUM formulas, cached) and a 「全国合計」 row.
    Products across with CIRCLED numbers 「①団体生命共済」「②退職者団体生命共済」
    「③交通災害共済」「④こども保障」, each merged over FOUR columns 目　標｜実　績｜
    達成率｜順位 (headings spaced with a full-width space; 達成率 in percent
    points, one decimal, formulas cached; 順位 typed ranks 1 … 47 -- numbers
    that are not figures), and an empty narrow SPACER column after each group.
    Number format '#,##0;"▲"#,##0;"－"' (a 0 shows as 「－」).  The as-of month
    is only in the line 「基準日：2025年1月31日（③交通災害共済は前月末）」: ③ is
    2024-12 (the month before), the others 2025-01.  Traps: 秋田 ① 170/170
    (exactly 100%); 高知 ② 目標 blank with 実績 1; 沖縄 ④ 目標 0 (shown 「－」)
    with 実績 2; 福井 ③ 11/140 (1272.72%, rounding would give 1272.73%).

02_近畿_本部様式_他県支部は非表示.xlsx  -- openpyxl, sheets 「R7.1月末」 (生命系)
    and 「R6.12月末」 (損保系).  HQ's 47-row form, in which HQ pre-filled the
    目標 of EVERY 県支部; the 近畿 office typed the 実績 of its six 県支部 and
    HID the other 41 rows (their 目標 are still there, their 実績 blank).
    MEASURE OVER PRODUCT: row 4 「目標」 merged over all the products, then
    「実績」 merged over the same products, then 「到達率」 (formulas, no cached
    values, 0.0%); row 5 the products with LINE BREAKS (「団体\\n生命」「退職者\\n
    団体生命」「じちろう\\nマイカー」「車両\\n損害」「自然\\n災害」…).  コード as text
    「26」, 県支部 short names.  A visible 「全国計」 row (SUM over all 47 rows,
    no cached values).  The as-of month is ONLY in the sheet names, in 和暦
    (R7.1 = 2025-01, R6.12 = 2024-12); the title has none.  Traps: 和歌山
    退職者 目標 blank (HQ set none) with 実績 2; 滋賀 長期 64/64; 京都 自然災害
    3/38 (1266.66%, rounding 1266.67%).

03_北海道東北_三段_差引.xls  -- openpyxl then LibreOffice → .xls, sheet
    「北海道・東北」.  Products ACROSS as abbreviations in an order of its own
    (こども, 長期, 税適, 団生, 退職団生, 交災), a 時点 row under them that says
    only 「1月末現在」 / 「12月末現在」: the year comes from the FISCAL year in the
    title 「令和6年度 …」 (令和6年度 = 2024-04 … 2025-03, so 1月末 = 2025-01 and
    12月末 = 2024-12).  Each 県支部 takes THREE rows 「目　標」「実　績」「差　引」
    (区分 column, full-width spaces) with its name merged down the three; 差引
    (実績 − 目標) is a formula shown with the Japanese format
    '#,##0;"▲"#,##0;0'.  A 合計 group at the bottom, a 備考 column with a
    number-bearing remark.  Traps: 岩手 団生 260/260; 秋田 こども 目標 0 with
    実績 1; 山形 交災 7/81 (1157.14%).

04_関東_システム抽出_年月コード.xlsx  -- openpyxl, sheet 「新契約_抽出結果」: a
    flat system export, header in row 1, no title, an AutoFilter.  Columns
    年月｜共済CD｜共済名｜県CD｜県支部名｜目標件数｜新契約件数｜前年同月件数｜達成率.
    年月 is an INTEGER yyyymm (202501, 202412).  Sorted by 県CD then 共済CD, so
    the products are INTERLEAVED (five rows per 県支部).  共済名 and 県支部名
    padded with trailing half-width spaces to a fixed width; 「ﾏｲｶｰ共済」 in
    half-width katakana.  共済CD (110, 120, 310 …) and 県CD (10 … 17) are codes,
    前年同月件数 is last year's count and 達成率 a raw fraction: none are figures.
    The system writes 0 where no target was set.  Traps: 東京 自賠責 目標 0 with
    実績 4; 山梨 団体生命 120/120; 群馬 車両 3/37 (1233.33%).

05_中国九州_商品別順位表.xlsx  -- XlsxWriter, sheet 「到達率順位」.  One block per
    product stacked DOWN the sheet, each headed 「■団体生命共済　（2025年1月末）」
    and sorted by 到達率 (DESCENDING -- a different 県支部 order in every block)
    with columns 順位｜県支部｜目標件数｜実績件数｜到達率 and a 計 row, two blank
    rows between blocks.  県支部 written 「岡山県」「鹿児島県」.  Numbers formatted
    '#,##0"件"'; 到達率 numeric, 0.0%.  Row 2 is a creation date (「2025年2月10日
    作成」), not the as-of month.  Traps: 鳥取 自然災害 目標 blank (順位 「－」,
    listed last) with 実績 2; 長崎 自然災害 実績 typed 「▲1」 (a correction: −1);
    広島 火災 95/95; 佐賀 交通災害 15/2,980 (19866.66%) which also puts the
    block's total above 1000%.

06_東海北陸_県支部カード_脚注に時点.xlsx  -- openpyxl, sheet 「2月報告」.  One
    CARD per 県支部 arranged TWO ACROSS (cards at A–D and F–I, a spacer column
    E, a blank row between card rows): a title row 「富山県支部」 merged over the
    card, headings 共済｜年間目標｜累計｜達成率 (累計 = the cumulative 実績), then
    five product rows (団体生命, 退職者団生, 長期, 税制適格, こども).  The eighth
    card is 「東海北陸計」 (typed sums).  達成率 typed as text rounded to whole
    percent (「72%」, 「－」).  The sheet name says 2月 (the report month); the
    as-of month is only in a FOOTNOTE under the cards: 「※件数はいずれも2025年
    1月末現在（税制適格のみ2024年12月末現在）」.  Traps: 石川 長期 45/45; 岐阜
    こども 目標 0 with 実績 2; 三重 税制適格 3/36 (1200.00%).
"""
from __future__ import annotations

import datetime as dt
import shutil
import sys
import tempfile
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/: the shared LibreOffice helper
import lo  # noqa: E402

_ = None      # a blank cell

CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="DDEBF7")
# fixed document properties so that the files are reproducible
FIXED_PROPS = {"created": dt.datetime(2025, 2, 10, 9, 0, 0), "author": "共済推進"}
FIXED_TIME = dt.datetime(2025, 2, 10, 9, 0, 0)


class TRI:
    """A figure a clerk typed as text with the Japanese minus sign: 「▲1」."""

    def __init__(self, n: int):
        self.n = n
        self.value = -n

    def text(self) -> str:
        return f"▲{self.n}"


def _col(c: int) -> str:
    """0-based column index → letter."""
    return get_column_letter(c + 1)


def _n(v) -> int:
    """A literal as a number for cached totals (blank → 0)."""
    if isinstance(v, TRI):
        return v.value
    return v if isinstance(v, int) else 0


def _convert(src: Path, fmt: str, outdir: Path) -> Path:
    """LibreOffice headless conversion (tests/lo.py); returns the converted file."""
    return lo.convert(src, outdir, fmt)


def _fixed_openpyxl_props(wb) -> None:
    wb.properties.creator = "共済推進"
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME


def _save_fixed(wb, path: Path) -> None:
    """Save an openpyxl workbook byte-for-byte reproducibly: openpyxl stamps
    docProps/core.xml's <dcterms:modified> and every zip entry with the current
    time, so rewrite both with FIXED_TIME."""
    import io
    import re
    import zipfile

    buf = io.BytesIO()
    wb.save(buf)
    stamp = FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ").encode("ascii")
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as zin, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(<)", rb"\g<1>" + stamp + rb"\g<2>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


def _pad2(name: str) -> str:
    """「青森」 → 「青　森」: two-character names spaced to the width of three."""
    return name[0] + "\u3000" + name[1] if len(name) == 2 else name


# ---------------------------------------------------------------------------
# 01  全国 47: 地連 column merged, padded names, ①②③④ products, 順位 columns
# ---------------------------------------------------------------------------
F01_PRODUCTS = ["①団体生命共済", "②退職者団体生命共済", "③交通災害共済", "④こども保障"]
F01_BLOCKS = [
    # 地連, [(県コード, 県支部, (目標, 実績) × 4 in F01_PRODUCTS order)]
    ("北海道", [
        (1, "北海道", (200, 154), (151, 87), (75, 71), (14, 3)),
    ]),
    ("東北", [
        (3, "青森", (299, 177), (133, 73), (123, 132), (5, 2)),
        (4, "岩手", (255, 205), (78, 45), (84, 59), (7, 4)),
        (5, "宮城", (134, 98), (86, 37), (89, 59), (4, 1)),
        (6, "秋田", (170, 170), (125, 49), (133, 78), (14, 11)),
        (7, "山形", (395, 280), (97, 26), (51, 54), (11, 4)),
        (8, "福島", (434, 366), (30, 20), (127, 127), (9, 8)),
    ]),
    ("関東甲信越", [
        (9, "新潟", (150, 86), (199, 61), (49, 53), (13, 7)),
        (10, "群馬", (168, 114), (67, 28), (49, 39), (13, 4)),
        (11, "栃木", (474, 295), (178, 114), (73, 55), (11, 9)),
        (12, "茨城", (325, 277), (55, 31), (44, 26), (12, 7)),
        (13, "埼玉", (158, 142), (175, 112), (27, 22), (15, 12)),
        (14, "東京", (479, 269), (67, 46), (172, 156), (4, 2)),
        (15, "千葉", (151, 113), (89, 14), (168, 150), (8, 7)),
        (16, "神奈川", (179, 110), (75, 40), (84, 59), (15, 4)),
        (17, "山梨", (270, 199), (72, 50), (62, 67), (14, 4)),
        (18, "長野", (308, 304), (51, 20), (130, 116), (5, 2)),
    ]),
    ("東海北陸", [
        (19, "富山", (168, 146), (154, 53), (90, 76), (8, 6)),
        (20, "石川", (155, 82), (41, 11), (166, 96), (12, 11)),
        (21, "福井", (406, 340), (34, 21), (11, 140), (3, 1)),
        (22, "静岡", (366, 283), (44, 23), (141, 115), (9, 5)),
        (23, "愛知", (435, 243), (88, 25), (131, 133), (15, 3)),
        (24, "岐阜", (375, 398), (168, 109), (176, 150), (15, 3)),
        (25, "三重", (421, 198), (78, 52), (169, 116), (5, 2)),
    ]),
    ("近畿", [
        (26, "滋賀", (150, 135), (128, 22), (116, 120), (7, 6)),
        (27, "京都", (289, 174), (173, 50), (129, 140), (14, 13)),
        (28, "奈良", (475, 227), (60, 26), (91, 79), (9, 4)),
        (29, "和歌山", (314, 301), (132, 30), (73, 79), (11, 6)),
        (30, "大阪", (224, 181), (179, 72), (80, 65), (6, 4)),
        (32, "兵庫", (298, 252), (188, 77), (147, 97), (9, 7)),
    ]),
    ("中国", [
        (33, "岡山", (177, 179), (165, 113), (76, 45), (8, 4)),
        (34, "広島", (456, 288), (60, 31), (44, 35), (7, 7)),
        (35, "鳥取", (124, 110), (134, 39), (54, 45), (4, 1)),
        (36, "島根", (300, 282), (126, 75), (168, 104), (15, 12)),
        (37, "山口", (161, 159), (188, 88), (40, 32), (10, 8)),
    ]),
    ("四国", [
        (38, "香川", (158, 116), (143, 29), (147, 155), (4, 2)),
        (39, "徳島", (417, 433), (133, 60), (63, 54), (14, 8)),
        (40, "愛媛", (166, 138), (89, 14), (32, 22), (11, 6)),
        (41, "高知", (417, 437), (_, 1), (53, 53), (3, 1)),
    ]),
    ("九州", [
        (42, "福岡", (293, 218), (195, 76), (53, 54), (12, 9)),
        (43, "佐賀", (166, 75), (85, 18), (40, 20), (3, 1)),
        (44, "長崎", (280, 298), (83, 14), (119, 93), (3, 1)),
        (45, "大分", (438, 232), (178, 49), (23, 21), (11, 5)),
        (46, "宮崎", (345, 319), (121, 60), (52, 27), (10, 2)),
        (47, "熊本", (166, 131), (105, 50), (107, 83), (6, 2)),
        (48, "鹿児島", (166, 149), (149, 75), (40, 42), (8, 8)),
        (49, "沖縄", (271, 184), (151, 98), (87, 48), (0, 2)),
    ]),
]


def _rate1(t, a):
    """The 達成率 cell's cached value: percent points rounded to one decimal."""
    if not t:
        return ""
    return round(a * 100 / t, 1)


def _ranks(rates: list) -> list:
    """Competition ranking (1, 2, 2, 4 …) by rate, descending; '－' where no rate."""
    out = []
    for r in rates:
        if r == "":
            out.append("－")
        else:
            out.append(1 + sum(1 for x in rates if x != "" and x > r))
    return out


def build_01(path: Path) -> None:
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path))
    wb.set_properties(FIXED_PROPS)
    ws = wb.add_worksheet("県支部別一覧")
    title = wb.add_format({"bold": True, "font_size": 14})
    head = wb.add_format({"bold": True, "align": "center", "valign": "vcenter",
                          "border": 1, "text_wrap": True, "bg_color": "#FCE4D6"})
    fmt_num = '#,##0;"▲"#,##0;"－"'
    num = wb.add_format({"num_format": fmt_num, "border": 1})
    rate = wb.add_format({"num_format": "0.0", "border": 1})
    rank = wb.add_format({"border": 1, "align": "center", "font_color": "#595959"})
    code = wb.add_format({"border": 1, "align": "center"})
    name = wb.add_format({"border": 1, "align": "distributed"})
    block = wb.add_format({"border": 1, "align": "center", "valign": "vcenter", "bold": True})
    sub = wb.add_format({"num_format": fmt_num, "border": 1, "bold": True, "bg_color": "#EDEDED"})
    subr = wb.add_format({"num_format": "0.0", "border": 1, "bold": True, "bg_color": "#EDEDED"})
    subt = wb.add_format({"border": 1, "bold": True, "bg_color": "#EDEDED", "align": "distributed"})
    nat = wb.add_format({"num_format": fmt_num, "border": 1, "bold": True, "bg_color": "#FFE699"})
    natr = wb.add_format({"num_format": "0.0", "border": 1, "bold": True, "bg_color": "#FFE699"})
    natt = wb.add_format({"border": 1, "bold": True, "bg_color": "#FFE699", "align": "center"})

    ws.write(0, 0, "令和6年度　新契約件数　県支部別実績一覧", title)
    ws.write(1, 0, "基準日：2025年1月31日（③交通災害共済は前月末）")
    ws.write(1, 20, "（単位：件、％）")
    ws.merge_range(3, 0, 4, 0, "地連", head)
    ws.merge_range(3, 1, 4, 1, "コード", head)
    ws.merge_range(3, 2, 4, 2, "県支部", head)
    group_col = [3 + 5 * g for g in range(len(F01_PRODUCTS))]   # 4 columns + 1 spacer each
    for g, prod in enumerate(F01_PRODUCTS):
        c = group_col[g]
        ws.merge_range(3, c, 3, c + 3, prod, head)
        for k, h in enumerate(("目\u3000標", "実\u3000績", "達成率", "順位")):
            ws.write(4, c + k, h, head)
        ws.set_column(c, c + 1, 8)
        ws.set_column(c + 2, c + 3, 6)
        ws.set_column(c + 4, c + 4, 1.5)      # spacer

    all_rows = [row for _blk, rows in F01_BLOCKS for row in rows]
    ranks = []
    for g in range(len(F01_PRODUCTS)):
        ranks.append(dict(zip([r[0] for r in all_rows],
                              _ranks([_rate1(r[2 + g][0], r[2 + g][1]) for r in all_rows]))))

    r = 5
    sub_rows = []
    for blk, rows in F01_BLOCKS:
        first = r
        for row in rows:
            code_no, nm = row[0], row[1]
            ws.write_number(r, 1, code_no, code)
            ws.write_string(r, 2, _pad2(nm), name)
            for g in range(len(F01_PRODUCTS)):
                c = group_col[g]
                t, a = row[2 + g]
                if t is None:
                    ws.write_blank(r, c, None, num)
                else:
                    ws.write_number(r, c, t, num)
                ws.write_number(r, c + 1, a, num)
                ws.write_formula(r, c + 2,
                                 f'=IF(N({_col(c)}{r + 1})=0,"",ROUND({_col(c + 1)}{r + 1}/{_col(c)}{r + 1}*100,1))',
                                 rate, _rate1(t, a))
                rk = ranks[g][code_no]
                if isinstance(rk, int):
                    ws.write_number(r, c + 3, rk, rank)
                else:
                    ws.write_string(r, c + 3, rk, rank)
            r += 1
        last = r - 1
        # 小計 row
        ws.write_blank(r, 1, None, subt)
        ws.write_string(r, 2, "小\u3000計", subt)
        for g in range(len(F01_PRODUCTS)):
            c = group_col[g]
            ts = sum(_n(row[2 + g][0]) for row in rows)
            as_ = sum(_n(row[2 + g][1]) for row in rows)
            ws.write_formula(r, c, f"=SUM({_col(c)}{first + 1}:{_col(c)}{last + 1})", sub, ts)
            ws.write_formula(r, c + 1, f"=SUM({_col(c + 1)}{first + 1}:{_col(c + 1)}{last + 1})", sub, as_)
            ws.write_formula(r, c + 2, f"=ROUND({_col(c + 1)}{r + 1}/{_col(c)}{r + 1}*100,1)", subr,
                             _rate1(ts, as_))
            ws.write_blank(r, c + 3, None, subt)
        sub_rows.append(r)
        ws.merge_range(first, 0, r, 0, blk, block)
        r += 1
    # 全国合計
    ws.merge_range(r, 0, r, 2, "全国合計", natt)
    for g in range(len(F01_PRODUCTS)):
        c = group_col[g]
        ts = sum(_n(row[2 + g][0]) for row in all_rows)
        as_ = sum(_n(row[2 + g][1]) for row in all_rows)
        ws.write_formula(r, c, "=" + "+".join(f"{_col(c)}{x + 1}" for x in sub_rows), nat, ts)
        ws.write_formula(r, c + 1, "=" + "+".join(f"{_col(c + 1)}{x + 1}" for x in sub_rows), nat, as_)
        ws.write_formula(r, c + 2, f"=ROUND({_col(c + 1)}{r + 1}/{_col(c)}{r + 1}*100,1)", natr,
                         _rate1(ts, as_))
        ws.write_blank(r, c + 3, None, natt)
    ws.write(r + 2, 0, "※達成率は実績÷目標×100（小数第2位を四捨五入）、順位は達成率の高い順です。")
    ws.write(r + 3, 0, "※③の福井は契約管理の変更分を新契約に含みます。④の沖縄は目標の設定がありません。")
    ws.set_column(0, 0, 10)
    ws.set_column(1, 1, 5)
    ws.set_column(2, 2, 8)
    ws.freeze_panes(5, 3)
    wb.close()


# ---------------------------------------------------------------------------
# 02  近畿: HQ's 47-row form, other 県支部 hidden, 目標 / 実績 / 到達率 over products
# ---------------------------------------------------------------------------
FED47 = [
    ("01", "北海道"), ("03", "青森"), ("04", "岩手"), ("05", "宮城"), ("06", "秋田"), ("07", "山形"),
    ("08", "福島"), ("09", "新潟"), ("10", "群馬"), ("11", "栃木"), ("12", "茨城"), ("13", "埼玉"),
    ("14", "東京"), ("15", "千葉"), ("16", "神奈川"), ("17", "山梨"), ("18", "長野"), ("19", "富山"),
    ("20", "石川"), ("21", "福井"), ("22", "静岡"), ("23", "愛知"), ("24", "岐阜"), ("25", "三重"),
    ("26", "滋賀"), ("27", "京都"), ("28", "奈良"), ("29", "和歌山"), ("30", "大阪"), ("32", "兵庫"),
    ("33", "岡山"), ("34", "広島"), ("35", "鳥取"), ("36", "島根"), ("37", "山口"), ("38", "香川"),
    ("39", "徳島"), ("40", "愛媛"), ("41", "高知"), ("42", "福岡"), ("43", "佐賀"), ("44", "長崎"),
    ("45", "大分"), ("46", "宮崎"), ("47", "熊本"), ("48", "鹿児島"), ("49", "沖縄"),
]
F02_SHEETS = [
    # sheet name, [(heading with line break, base for HQ's hidden targets)]
    ("R7.1月末", [("団体\n生命", 300), ("退職者\n団体生命", 90), ("長期\n共済", 100)]),
    ("R6.12月末", [("じちろう\nマイカー", 500), ("車両\n損害", 480), ("自賠責", 240),
                   ("火災", 90), ("自然\n災害", 80)]),
]
F02_KINKI = {
    # 県支部: (目標, 実績) × 8 -- 団体生命, 退職者, 長期 | マイカー, 車両, 自賠責, 火災, 自然災害
    "滋賀": ((335, 227), (63, 38), (64, 64), (303, 139), (421, 290), (221, 118), (98, 40), (44, 21)),
    "京都": ((327, 343), (97, 58), (133, 67), (508, 267), (331, 209), (261, 132), (81, 27), (3, 38)),
    "奈良": ((354, 274), (81, 30), (54, 56), (675, 372), (659, 367), (287, 206), (99, 35), (94, 42)),
    "和歌山": ((236, 155), (_, 2), (48, 29), (691, 487), (632, 313), (298, 196), (129, 55), (71, 24)),
    "大阪": ((306, 250), (131, 77), (112, 106), (667, 369), (543, 244), (306, 152), (95, 41), (75, 42)),
    "兵庫": ((235, 213), (48, 16), (95, 48), (550, 404), (429, 211), (220, 137), (87, 45), (71, 41)),
}


def _hq_target(code: str, base: int, g: int) -> int:
    """HQ's pre-filled 目標 of a 県支部 outside 近畿 (hidden rows): a fixed rule."""
    k = int(code)
    return base // 2 + (k * 37 + g * 53) % base


def build_02(path: Path) -> None:
    wb = openpyxl.Workbook()
    _fixed_openpyxl_props(wb)
    wb.remove(wb.active)
    offset = 0          # index of the sheet's first product in F02_KINKI's tuples
    for sheet_name, prods in F02_SHEETS:
        ws = wb.create_sheet(sheet_name)
        n = len(prods)
        ws["A1"] = "新契約件数報告（近畿地連）"
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = "※本部配布様式（目標欄は本部設定値）"
        for c, h in ((1, "コード"), (2, "県支部")):
            x = ws.cell(row=4, column=c, value=h)
            x.alignment = CENTER
            x.fill = HEAD_FILL
            x.border = BOX
            ws.merge_cells(start_row=4, start_column=c, end_row=5, end_column=c)
        for m, measure in enumerate(("目標", "実績", "到達率")):
            c0 = 3 + m * n
            x = ws.cell(row=4, column=c0, value=measure)
            x.alignment = CENTER
            x.fill = HEAD_FILL
            x.font = Font(bold=True)
            ws.merge_cells(start_row=4, start_column=c0, end_row=4, end_column=c0 + n - 1)
            for g, (label, _base) in enumerate(prods):
                y = ws.cell(row=5, column=c0 + g, value=label)
                y.alignment = CENTER
                y.fill = HEAD_FILL
                y.border = BOX
        ws.row_dimensions[5].height = 30
        first = 6
        for i, (code, nm) in enumerate(FED47):
            r = first + i
            ws.cell(row=r, column=1, value=code).alignment = CENTER
            ws.cell(row=r, column=2, value=nm)
            figs = F02_KINKI.get(nm)
            for g, (_label, base) in enumerate(prods):
                tc = ws.cell(row=r, column=3 + g)
                ac = ws.cell(row=r, column=3 + n + g)
                if figs is not None:
                    t, a = figs[offset + g]
                    tc.value = t
                    ac.value = a
                else:
                    tc.value = _hq_target(code, base, offset + g)
                tc.number_format = "#,##0"
                ac.number_format = "#,##0"
                tl, al = get_column_letter(3 + g), get_column_letter(3 + n + g)
                rc = ws.cell(row=r, column=3 + 2 * n + g, value=f'=IFERROR({al}{r}/{tl}{r},"")')
                rc.number_format = "0.0%"
            if figs is None:
                ws.row_dimensions[r].hidden = True
        last = first + len(FED47) - 1
        r = last + 1
        ws.cell(row=r, column=2, value="全国計").font = Font(bold=True)
        for c in range(3, 3 + 2 * n):
            col = get_column_letter(c)
            x = ws.cell(row=r, column=c, value=f"=SUM({col}{first}:{col}{last})")
            x.font = Font(bold=True)
            x.number_format = "#,##0"
        for g in range(n):
            tl, al = get_column_letter(3 + g), get_column_letter(3 + n + g)
            x = ws.cell(row=r, column=3 + 2 * n + g, value=f'=IFERROR({al}{r}/{tl}{r},"")')
            x.number_format = "0.0%"
            x.font = Font(bold=True)
        if sheet_name.startswith("R6.12"):
            ws.cell(row=r + 2, column=1, value="※京都の自然災害は契約管理の変更分を含みます。")
        ws.column_dimensions["A"].width = 6
        ws.column_dimensions["B"].width = 9
        for c in range(3, 3 + 3 * n):
            ws.column_dimensions[get_column_letter(c)].width = 9
        ws.freeze_panes = "C6"
        offset += n
    wb.active = 0
    _save_fixed(wb, path)


# ---------------------------------------------------------------------------
# 03  北海道・東北 (.xls): 目標 / 実績 / 差引 rows per 県支部, FY title
# ---------------------------------------------------------------------------
F03_PRODUCTS = [("こども", "1月末現在"), ("長期", "1月末現在"), ("税適", "1月末現在"),
                ("団生", "1月末現在"), ("退職団生", "1月末現在"), ("交災", "12月末現在")]
F03_ROWS = [
    # 県支部, (目標, 実績) × 6 in F03_PRODUCTS order, 備考
    ("北海道", (12, 5), (176, 131), (97, 66), (341, 228), (44, 11), (128, 112), _),
    ("青森", (6, 4), (120, 67), (74, 31), (308, 231), (156, 53), (44, 22), _),
    ("岩手", (5, 2), (196, 148), (56, 33), (260, 260), (81, 36), (146, 90), _),
    ("宮城", (9, 3), (127, 121), (34, 15), (223, 157), (153, 51), (81, 73), "長期は2/3に3件訂正済"),
    ("秋田", (0, 1), (174, 87), (39, 19), (402, 321), (69, 27), (39, 25), "こどもは目標設定なし"),
    ("山形", (10, 3), (53, 48), (57, 25), (245, 222), (128, 48), (7, 81), "交災に契約管理変更分を含む"),
    ("福島", (8, 7), (108, 106), (75, 45), (209, 190), (54, 24), (65, 48), _),
]


def build_03_xlsx(path: Path) -> None:
    wb = openpyxl.Workbook()
    _fixed_openpyxl_props(wb)
    ws = wb.active
    ws.title = "北海道・東北"
    ws["A1"] = "令和6年度　新契約件数（北海道・東北地連）"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "単位：件"
    n = len(F03_PRODUCTS)
    for c, h in ((1, "県支部"), (2, "区\u3000分")):
        x = ws.cell(row=4, column=c, value=h)
        x.alignment = CENTER
        x.fill = HEAD_FILL
        ws.merge_cells(start_row=4, start_column=c, end_row=5, end_column=c)
    for g, (prod, asof) in enumerate(F03_PRODUCTS):
        x = ws.cell(row=4, column=3 + g, value=prod)
        x.alignment = CENTER
        x.fill = HEAD_FILL
        x.font = Font(bold=True)
        y = ws.cell(row=5, column=3 + g, value=asof)
        y.alignment = CENTER
        y.font = Font(size=9)
    bc = 3 + n
    x = ws.cell(row=4, column=bc, value="備考")
    x.alignment = CENTER
    x.fill = HEAD_FILL
    ws.merge_cells(start_row=4, start_column=bc, end_row=5, end_column=bc)
    diff_fmt = '#,##0;"▲"#,##0;0'
    r = 6
    for row in F03_ROWS:
        nm, figs, note = row[0], row[1:1 + n], row[1 + n]
        x = ws.cell(row=r, column=1, value=nm)
        x.alignment = CENTER
        ws.merge_cells(start_row=r, start_column=1, end_row=r + 2, end_column=1)
        for k, lab in enumerate(("目\u3000標", "実\u3000績", "差\u3000引")):
            ws.cell(row=r + k, column=2, value=lab).alignment = CENTER
        for g, (t, a) in enumerate(figs):
            c = 3 + g
            col = get_column_letter(c)
            ws.cell(row=r, column=c, value=t).number_format = "#,##0"
            ws.cell(row=r + 1, column=c, value=a).number_format = "#,##0"
            ws.cell(row=r + 2, column=c, value=f"={col}{r + 1}-{col}{r}").number_format = diff_fmt
        if note:
            ws.cell(row=r, column=bc, value=note)
            ws.merge_cells(start_row=r, start_column=bc, end_row=r + 2, end_column=bc)
        r += 3
    last = r - 1
    x = ws.cell(row=r, column=1, value="合\u3000計")
    x.alignment = CENTER
    x.font = Font(bold=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r + 2, end_column=1)
    for k, lab in enumerate(("目\u3000標", "実\u3000績", "差\u3000引")):
        ws.cell(row=r + k, column=2, value=lab).alignment = CENTER
        for g in range(n):
            col = get_column_letter(3 + g)
            cells = ",".join(f"{col}{6 + 3 * i + k}" for i in range(len(F03_ROWS)))
            y = ws.cell(row=r + k, column=3 + g, value=f"=SUM({cells})")
            y.font = Font(bold=True)
            y.number_format = diff_fmt if k == 2 else "#,##0"
    assert last == r - 1
    ws.cell(row=r + 4, column=1, value="※差引の▲は目標に届いていない件数です。")
    ws.column_dimensions["A"].width = 10
    ws.column_dimensions["B"].width = 8
    for g in range(n):
        ws.column_dimensions[get_column_letter(3 + g)].width = 10
    ws.column_dimensions[get_column_letter(bc)].width = 26
    _save_fixed(wb, path)


def build_03(path: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="legacy_contracts4_xls_") as tmp:
        src = Path(tmp) / (path.stem + ".xlsx")
        build_03_xlsx(src)
        xls = _convert(src, "xls", Path(tmp))
        shutil.move(str(xls), str(path))


# ---------------------------------------------------------------------------
# 04  関東: a flat system export (yyyymm, codes, padded names, interleaved)
# ---------------------------------------------------------------------------
F04_PRODUCTS = [
    # 共済CD, 共済名 as the system prints it, 年月
    (110, "団体生命共済", 202501),
    (120, "退職者団体生命共済", 202501),
    (310, "ﾏｲｶｰ共済", 202412),
    (320, "車両損害補償", 202412),
    (330, "自賠責共済", 202412),
]
F04_ROWS = [
    # 県CD, 県支部名, (目標, 実績) × 5 in F04_PRODUCTS order
    (10, "群馬県支部", (327, 269), (75, 28), (599, 332), (3, 37), (212, 112)),
    (11, "栃木県支部", (426, 277), (97, 24), (533, 393), (742, 335), (301, 142)),
    (12, "茨城県支部", (140, 94), (43, 10), (347, 189), (698, 435), (257, 173)),
    (13, "埼玉県支部", (129, 86), (73, 20), (390, 267), (505, 250), (260, 133)),
    (14, "東京都支部", (297, 283), (119, 60), (358, 235), (631, 311), (0, 4)),
    (15, "千葉県支部", (391, 244), (53, 31), (519, 342), (611, 244), (194, 118)),
    (16, "神奈川県支部", (256, 260), (46, 21), (573, 354), (357, 226), (177, 85)),
    (17, "山梨県支部", (120, 120), (47, 26), (782, 472), (616, 293), (323, 198)),
]


def build_04(path: Path) -> None:
    wb = openpyxl.Workbook()
    _fixed_openpyxl_props(wb)
    ws = wb.active
    ws.title = "新契約_抽出結果"
    heads = ["年月", "共済CD", "共済名", "県CD", "県支部名", "目標件数", "新契約件数", "前年同月件数", "達成率"]
    for c, h in enumerate(heads, start=1):
        ws.cell(row=1, column=c, value=h).font = Font(bold=True)
    r = 2
    for row in F04_ROWS:
        code, nm = row[0], row[1]
        for g, (pcd, pname, ym) in enumerate(F04_PRODUCTS):
            t, a = row[2 + g]
            last_year = a + (code * 7 + pcd) % 41 - 15          # not a figure of this report
            ws.cell(row=r, column=1, value=ym)
            ws.cell(row=r, column=2, value=pcd)
            ws.cell(row=r, column=3, value=pname.ljust(12))      # fixed-width padding
            ws.cell(row=r, column=4, value=code)
            ws.cell(row=r, column=5, value=nm.ljust(8))
            ws.cell(row=r, column=6, value=t)
            ws.cell(row=r, column=7, value=a)
            ws.cell(row=r, column=8, value=max(last_year, 0))
            ws.cell(row=r, column=9, value=(a / t) if t else None)
            r += 1
    ws.auto_filter.ref = f"A1:I{r - 1}"
    ws.freeze_panes = "A2"
    for c, w in zip("ABCDEFGHI", (8, 8, 20, 6, 14, 10, 10, 12, 10)):
        ws.column_dimensions[c].width = w
    _save_fixed(wb, path)


# ---------------------------------------------------------------------------
# 05  中国・九州: one ranking block per product, sorted by 到達率
# ---------------------------------------------------------------------------
F05_BRANCHES = ["岡山県", "広島県", "鳥取県", "島根県", "山口県", "福岡県", "佐賀県",
                "長崎県", "大分県", "宮崎県", "熊本県", "鹿児島県", "沖縄県"]   # federation order
F05_PRODUCTS = [
    # heading, (目標, 実績) per branch in F05_BRANCHES order
    ("■団体生命共済\u3000（2025年1月末）",
     [(241, 149), (194, 182), (317, 212), (380, 244), (303, 300), (208, 179), (249, 233),
      (381, 326), (266, 241), (368, 372), (282, 180), (184, 131), (397, 244)]),
    ("■自然災害共済\u3000（2024年12月末）",
     [(49, 18), (88, 47), (_, 2), (76, 23), (57, 35), (48, 28), (70, 21),
      (8, TRI(1)), (39, 19), (40, 19), (65, 43), (89, 45), (101, 31)]),
    ("■火災共済\u3000（2024年12月末）",
     [(62, 40), (95, 95), (48, 16), (102, 42), (46, 18), (69, 45), (82, 44),
      (83, 33), (46, 17), (116, 63), (95, 37), (37, 18), (76, 37)]),
    ("■交通災害共済\u3000（2024年12月末）",
     [(24, 21), (21, 12), (12, 6), (23, 13), (39, 33), (18, 10), (15, 2980),
      (19, 13), (14, 13), (30, 27), (13, 6), (40, 41), (25, 14)]),
]


def build_05(path: Path) -> None:
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path))
    wb.set_properties(FIXED_PROPS)
    ws = wb.add_worksheet("到達率順位")
    title = wb.add_format({"bold": True, "font_size": 14})
    bhead = wb.add_format({"bold": True, "font_size": 12, "font_color": "#1F4E78"})
    head = wb.add_format({"bold": True, "align": "center", "border": 1, "bg_color": "#E2EFDA"})
    num = wb.add_format({"num_format": '#,##0"件"', "border": 1})
    numtxt = wb.add_format({"border": 1, "align": "right"})
    pct = wb.add_format({"num_format": "0.0%", "border": 1})
    cen = wb.add_format({"border": 1, "align": "center"})
    txt = wb.add_format({"border": 1})
    tot = wb.add_format({"bold": True, "num_format": '#,##0"件"', "border": 1, "bg_color": "#F2F2F2"})
    totp = wb.add_format({"bold": True, "num_format": "0.0%", "border": 1, "bg_color": "#F2F2F2"})
    tott = wb.add_format({"bold": True, "border": 1, "bg_color": "#F2F2F2", "align": "center"})
    ws.write(0, 0, "新契約件数　到達率順位表（中国・九州地連）", title)
    ws.write(1, 0, "2025年2月10日作成")
    r = 3
    for heading, figs in F05_PRODUCTS:
        ws.write(r, 0, heading, bhead)
        r += 1
        for k, h in enumerate(("順位", "県支部", "目標件数", "実績件数", "到達率")):
            ws.write(r, k, h, head)
        r += 1
        rated = [(i, _n(a) / t) for i, (t, a) in enumerate(figs) if t]
        rated.sort(key=lambda x: (-x[1], x[0]))            # descending rate, ties by code order
        unrated = [i for i, (t, _a) in enumerate(figs) if not t]
        first = r
        for pos, (i, rt) in enumerate(rated):
            rank_no = 1 + sum(1 for _j, x in rated if x > rt)
            t, a = figs[i]
            ws.write_number(r, 0, rank_no, cen)
            ws.write_string(r, 1, F05_BRANCHES[i], txt)
            ws.write_number(r, 2, t, num)
            if isinstance(a, TRI):
                ws.write_string(r, 3, a.text(), numtxt)
            else:
                ws.write_number(r, 3, a, num)
            ws.write_number(r, 4, rt, pct)
            r += 1
        for i in unrated:
            t, a = figs[i]
            ws.write_string(r, 0, "－", cen)
            ws.write_string(r, 1, F05_BRANCHES[i], txt)
            if t is None:
                ws.write_blank(r, 2, None, num)
            else:
                ws.write_number(r, 2, t, num)
            ws.write_number(r, 3, _n(a), num)
            ws.write_string(r, 4, "－", cen)
            r += 1
        last = r - 1
        ts = sum(_n(t) for t, _a in figs)
        as_ = sum(a for _t, a in figs if isinstance(a, int))   # what Excel caches: SUM skips the text 「▲1」
        ws.write_blank(r, 0, None, tott)
        ws.write_string(r, 1, "計", tott)
        ws.write_formula(r, 2, f"=SUM(C{first + 1}:C{last + 1})", tot, ts)
        ws.write_formula(r, 3, f"=SUM(D{first + 1}:D{last + 1})", tot, as_)
        ws.write_formula(r, 4, f"=D{r + 1}/C{r + 1}", totp, as_ / ts)
        r += 3                                                # two blank rows
    ws.write(r, 0, "※佐賀の交通災害は管理移行分を新契約に含めています。")
    ws.write(r + 1, 0, "※長崎の自然災害は前月計上分の取消しにより▲1件です。")
    ws.set_column(0, 0, 6)
    ws.set_column(1, 1, 12)
    ws.set_column(2, 4, 11)
    wb.close()


# ---------------------------------------------------------------------------
# 06  東海北陸: one card per 県支部, two across; 時点 in a footnote
# ---------------------------------------------------------------------------
F06_PRODUCTS = ["団体生命", "退職者団生", "長期", "税制適格", "こども"]
F06_CARDS = [
    # card title, (年間目標, 累計) × 5 in F06_PRODUCTS order
    ("富山県支部", (293, 212), (98, 46), (81, 78), (87, 40), (7, 6)),
    ("石川県支部", (215, 173), (51, 28), (45, 45), (84, 59), (13, 4)),
    ("福井県支部", (243, 226), (46, 10), (113, 65), (81, 62), (11, 10)),
    ("静岡県支部", (250, 233), (136, 60), (82, 68), (34, 20), (13, 7)),
    ("愛知県支部", (173, 161), (93, 28), (113, 96), (48, 26), (12, 11)),
    ("岐阜県支部", (358, 281), (124, 61), (110, 109), (80, 43), (0, 2)),
    ("三重県支部", (251, 160), (71, 33), (112, 82), (3, 36), (4, 2)),
]


def _pct0(t, a) -> str:
    """The clerk's typed rate: whole percent, rounded; 「－」 without a target."""
    if not t:
        return "－"
    return f"{round(a * 100 / t)}%"


def _f06_card(ws, r0: int, c0: int, title: str, figs) -> None:
    x = ws.cell(row=r0, column=c0, value=title)
    x.font = Font(bold=True, size=12)
    x.alignment = CENTER
    x.fill = HEAD_FILL
    ws.merge_cells(start_row=r0, start_column=c0, end_row=r0, end_column=c0 + 3)
    for k, h in enumerate(("共済", "年間目標", "累計", "達成率")):
        y = ws.cell(row=r0 + 1, column=c0 + k, value=h)
        y.alignment = CENTER
        y.border = BOX
        y.font = Font(bold=True)
    for i, prod in enumerate(F06_PRODUCTS):
        t, a = figs[i]
        r = r0 + 2 + i
        ws.cell(row=r, column=c0, value=prod).border = BOX
        for k, v in ((1, t), (2, a)):
            z = ws.cell(row=r, column=c0 + k, value=v)
            z.number_format = "#,##0"
            z.border = BOX
        w = ws.cell(row=r, column=c0 + 3, value=_pct0(t, a))
        w.alignment = Alignment(horizontal="right")
        w.border = BOX


def build_06(path: Path) -> None:
    wb = openpyxl.Workbook()
    _fixed_openpyxl_props(wb)
    ws = wb.active
    ws.title = "2月報告"
    ws["A1"] = "東海北陸地連　県支部別　新契約件数"
    ws["A1"].font = Font(bold=True, size=14)
    total = tuple((sum(card[1 + i][0] for card in F06_CARDS), sum(card[1 + i][1] for card in F06_CARDS))
                  for i in range(len(F06_PRODUCTS)))
    cards = list(F06_CARDS) + [("東海北陸計",) + total]
    card_h = 2 + len(F06_PRODUCTS) + 1          # title, headings, products, one blank row
    r0 = 3
    for k, card in enumerate(cards):
        row_i, side = divmod(k, 2)
        _f06_card(ws, r0 + row_i * card_h, 1 if side == 0 else 6, card[0], card[1:])
    foot = r0 + ((len(cards) + 1) // 2) * card_h
    ws.cell(row=foot, column=1, value="※件数はいずれも2025年1月末現在（税制適格のみ2024年12月末現在）")
    ws.cell(row=foot + 1, column=1, value="※三重の税制適格は契約管理の変更分を含みます。")
    for c, w in zip("ABCDEFGHI", (12, 9, 8, 8, 3, 12, 9, 8, 8)):
        ws.column_dimensions[c].width = w
    _save_fixed(wb, path)


BUILDERS = {
    "01_全国_地連列_均等割付_順位.xlsx": build_01,
    "02_近畿_本部様式_他県支部は非表示.xlsx": build_02,
    "03_北海道東北_三段_差引.xls": build_03,
    "04_関東_システム抽出_年月コード.xlsx": build_04,
    "05_中国九州_商品別順位表.xlsx": build_05,
    "06_東海北陸_県支部カード_脚注に時点.xlsx": build_06,
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
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp(prefix="legacy_contracts4_"))
    for n, p in build(target).items():
        print(n, p)
