"""Build the legacy8 fixtures: ten hand-made legacy-style workbooks (5 報告書, 5 アンケート, FY2024: report made
Feb 2025, survey figures as of late 2024, intake 2025年4月新採), each mixing a few habits of office clerks that the
earlier sets used little. Synthetic names only (見本 / 試験); every answer written for this set.

REPORTS (県本部共済推進取り組み報告書)
R1 新潟県本部_共済推進取組報告_R7.2.xlsx (openpyxl), sheet 「R6報告（2月）」
   title A1:H1; header block at the RIGHT: J1 作成日 | K1 「令和7年2月14日」 (text), J2 県名 | K2 「新潟県」,
   J3 作成者 | K3, J4 確認者 | K4. 「１．」… titles in A. Section 1: the three boxes SIDE BY SIDE, headings
   A5:D5 / E5:H5 / I5:L5, texts A6:D12 / E6:H12 / I6:L12 (merged). Sections 2-6: header row (取り組み項目 A,
   実施状況 G, 具体的な取り組み H:L), item text A:F merged, 実施状況 words in G: 済 / 実施済み / 未 / × / － /
   予定なし, text H:L merged over the item rows. Cell comment on G24 (s3 会議). Note A47.
R2 香川県本部　取り組み報告書.xlsx (XlsxWriter), sheet 「報告書」
   header on two rows: A2 県名 B2 香川, C2 作成日 D2 「R7.2.14」 (text), A3 作成者 B3, C3 確認者 D3. Section 1
   labels ABBREVIATED (進捗と課題（6月報告） / 6月報告以降の取り組み / 重点課題) in A6:A8, texts B:H merged.
   Sections 2-6: the check items ACROSS columns (item names as column headings B.. in one row, 「実施」 row
   below with ○ / ×; s3 last item left blank; s6 item 4 heading abbreviated), then 「具体的な取り組み」 row
   (label A, text B:H). s5 text 「上記３．のとおり」. Note A35.
R3 長野県本部報告書.xls (openpyxl, saved as .xls by LibreOffice), sheet 「長野」
   title A1:F1; 県名 label A3:A4 merged over two rows, answer B3:B4; C3 作成日 D3 「令和７年２月１７日」
   (full-width text), E3 作成者 F3 (comment on F3), E4 確認者 F4. Section titles in column A merged DOWN over
   their rows; section 1 box labels B7:B8 / B9:B10 / B11:B12 merged over two rows, texts C:F. Header row 13
   (実施している取り組み | 有・無 | 具体的な取り組み); items in B, 「有」 / 「無」 in C, texts D:F merged down;
   s2 text SPLIT over D14 and E14 (one row). Comment on C24 (s4 説明会 「無」). Note A33.
R4 R6鹿児島県本部_取組報告書.xlsx (XlsxWriter), sheet 「県本部報告」
   title A1:E1; 作成日 TOP-RIGHT F1 | G1:H1 「2025年2月7日（金）」 (text, weekday); A2 県名 B2 「鹿児島」,
   A3 作成者 B3, A4 確認者 B4 BLANK. Section 1 stacked (label row, text row A:H). Sections 2-6: header row
   取り組み項目 A:E | 実施 F | 未実施 G | 備考 H; ○ in 実施 OR in 未実施 (s3 last item: neither); the older form's
   s4 lacks 「じちろう共済のアピール」; 備考 notes H25 「1/22開催」, H46 「12月発送」; 「具体的な取り組み」 row
   (label A, text B:H).
R5 滋賀県本部_取り組み報告書(R6).xlsx (openpyxl), sheets 「R6」 (this year) then 「R5」 (LAST YEAR's copy,
   visible, 令和6年2月 / 2024年4月新規採用者対策 …; no answers for this set)
   A2 県名 B2 「滋賀県本部」, D2 作成日 E2 a real date in a 和暦 format (shows 令和7年2月21日), A3 作成者 B3,
   D3 確認者 E3. Section 1: label row, text row below (A:F). Sections 2-6: header (実施している取り組み A:D |
   実施しているか E), はい / いいえ / 「一部実施」 in E, then 「具体的な取組」 label row and text row (A:F).
   Comment on E23 (s3 合同オルグ 「一部実施」). Note A56.

SURVEYS (実態共有用アンケート)
S1 山口県本部_見本市職員労働組合_アンケート.xlsx (openpyxl): sheet 「表紙」 FIRST (title, 自治労山口県本部, 単組名
   repeated, 提出日), answers on sheet 「回答」: A3..A5 / B3..B5 header, A7 上部団体（競合） B7; the pairs table
   TRANSPOSED (rows 自治労 A10 / 競合（自治労連） A11, columns 組織人員数 B / 組織率 C / 未加入者数 D) with
   「1,234名」 「46.3%」 text numbers, E10:E11 「令和6年11月1日現在」; intake A13 「2025年4月新採」, A14..A17 |
   B 「52名」…; RATE_NOTE A19; texts with ABBREVIATED labels A21..A31 (新採加入の取組 … 要望（県本部・本部）),
   answers B:F merged. Note A33.
S2 アンケート_石川_見本町職.xlsx (XlsxWriter), sheet 「実態共有用アンケート」: close to the printed form, but
   each number has its unit 「人」 / 「％」 IN THE NEXT CELL (自治労 B | C, 競合 D | E); F9 「2024年11月末時点」;
   intake A12 「2025年」, values B13..B16, 未加入者数 「ー」; comment on B8; texts A19..A29 | B:F merged, one
   answer 「同上」. Note A31.
S3 愛媛_見本市職労_アンケート回答.xls (openpyxl, saved as .xls by LibreOffice, formulas recalculated), sheet
   「アンケート」: header block at the RIGHT (F2..F4 | G2..G4), A6 上部団体（競合） C6; table 自治労 C / 競合 D,
   組織人員数 row 9, 組織率 row 10 as FORMULAS (=ROUND(C9/($C$14+$C$15)*100,1)), 未加入者数 row 11, E9:E11
   「令和6年12月1日現在」; 正規職員数 C14, 会計年度任用職員等 C15; note A16; intake A17 「2025年4月」 A18..A21 | C;
   texts: labels A:B merged over TWO rows, answers C:G merged over the same two rows; 労使関係 answer SPLIT over
   C38:E39 and F38:G39. Comment on C10.
S4 栃木県本部_見本村職組_アンケート.xlsx (XlsxWriter), sheet 「回答」: a No. | 項目 | 回答 | 備考 LIST, one field a
   row (rows 4..29): numbers 「88人」 「約40人」 「52.4%」 「約24%」, 時点 「2024年10月1日」, 上部団体 typed
   「自治労連」, intake 「新規採用者数（2025年4月）」 / 「うち…」; 備考 D9 (note); one answer 「上記のとおり」.
S5 高知_見本市職_実態共有アンケート（R6）.xlsx (openpyxl), sheet 「アンケート（高知・見本市）」: 作成日 top-right
   F1 | G1 (real date); 記入者 with role in brackets; 0.617 in a 0.0% cell, competitor rate 「ー」; 時点 D9 a real
   date in a 和暦 format (shows 令和6年11月30日時点); intake 0 typed as a number; texts A20..A30 | B:G merged
   (label 県本部・本部に望むこと), one answer 「ー」; comment on B9. Note A32.
"""
from __future__ import annotations

import datetime as dt
import shutil
import sys
from pathlib import Path

import openpyxl
import xlsxwriter
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, Side

HERE = Path(__file__).resolve().parent
if str(HERE.parent) not in sys.path:
    sys.path.append(str(HERE.parent))

from legacy_kit import INTAKE, RATE_NOTE, S1_BOX, S2, S3, S4, S5, S6, TEXT_LABELS, TITLES, Sheet  # noqa: E402

WRAP = Alignment(wrap_text=True, vertical="top")
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
ERA_DAY = '[$-ja-JP]ggge"年"m"月"d"日";@'


def _box(ws, rng: str):
    for row in ws[rng]:
        for c in row:
            c.border = BOX


def _comment(ws, ref: str, text: str):
    ws[ref].comment = Comment(text, "見本")


def _to_xls(xlsx: Path, folder: Path, work: Path):
    """Save ``xlsx`` as .xls through LibreOffice (formulas recalculated on load) into ``folder``."""
    from lo import convert

    out = convert(xlsx, work / "xls", target="xls:MS Excel 97")
    shutil.move(str(out), str(folder / out.name))


class XSheet:
    """Tiny XlsxWriter helper: wrapped cells, merges, comments."""

    def __init__(self, wb, ws):
        self.wb, self.ws = wb, ws
        self.fmt = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})

    def put(self, ref: str, value, merge: str | None = None):
        if merge:
            self.ws.merge_range(f"{ref}:{merge}", value, self.fmt)
        elif isinstance(value, (int, float)):
            self.ws.write_number(ref, value, self.fmt)
        elif value is None:
            self.ws.write_blank(ref, None, self.fmt)
        else:
            self.ws.write_string(ref, value, self.fmt)


# --------------------------------------------------------------------------------------------- reports

def r1_niigata(folder: Path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "R6報告（2月）"
    s = Sheet(ws)
    for col, w in zip("ABCDEFGHIJKL", (10, 10, 10, 10, 10, 10, 11, 10, 10, 10, 16, 10)):
        ws.column_dimensions[col].width = w
    s.put("A1", "県本部共済推進取り組み報告書", merge="H1")
    ws["A1"].font = Font(size=14, bold=True)
    s.put("J1", "作成日")
    s.put("K1", "令和7年2月14日")
    s.put("J2", "県名")
    s.put("K2", "新潟県")
    s.put("J3", "作成者")
    s.put("K3", "見本 太郎")
    s.put("J4", "確認者")
    s.put("K4", "見本 花子")
    _box(ws, "J1:K4")
    s.put("A3", "１．" + TITLES[0], merge="H3")
    s.put("A4", "※2024年6月 共済推進県本部・県支部合同会議で報告した県本部共済推進方針にもとづいた取り組み報告の"
                "「3.目標達成にむけた進捗と課題」、「4.今後、重点的に取り組む課題」をあらためて下記に記載してください。",
          merge="H4")
    ws.row_dimensions[4].height = 45
    s.put("A5", S1_BOX[0], merge="D5")
    s.put("E5", S1_BOX[1], merge="H5")
    s.put("I5", S1_BOX[2], merge="L5")
    s.put("A6", "団体生命共済の新規加入は1月末で目標の58.3％。\n保有件数は前年5月比で99.6％とほぼ横ばい。", merge="D12")
    s.put("E6", "11月に県支部と合同で上越・中越・下越の3地区推進会議を開き、単組ごとの目標を再確認した。", merge="H12")
    s.put("I6", "新採の同時加入と、役職定年者への退職者団体生命共済の案内。", merge="L12")
    _box(ws, "A5:L12")

    def section(row: int, title: str, items, marks, text: str) -> int:
        s.put(f"A{row}", title, merge=f"L{row}")
        s.put(f"A{row + 1}", "取り組み項目", merge=f"F{row + 1}")
        s.put(f"G{row + 1}", "実施状況")
        s.put(f"H{row + 1}", "具体的な取り組み", merge=f"L{row + 1}")
        first = row + 2
        for i, (item, mark) in enumerate(zip(items, marks)):
            r = first + i
            s.put(f"A{r}", item, merge=f"F{r}")
            s.put(f"G{r}", mark)
            if len(item) > 40:
                ws.row_dimensions[r].height = 45
        last = first + len(items) - 1
        s.put(f"H{first}", text, merge=f"L{last}")
        _box(ws, f"A{row + 1}:L{last}")
        return last

    section(14, "２．" + TITLES[1], S2, ["済", "未"], "規程にもとづき年2回支払っている。使途の報告は求めていない。")
    section(19, "３．" + TITLES[2], S3, ["済", "実施済み", "未", "済", "×", "済", "－"],
            "1月28日に新採対策会議を開催し、同時加入の申込書セットを全単組に配布した。")
    _comment(ws, "G24", "1月28日開催。出席23単組。")
    section(29, "４．" + TITLES[3], S4, ["済", "未", "済"], "役職定年者の一覧を単組でつくってもらうよう依頼した。")
    section(35, "５．" + TITLES[4], S5, ["済", "予定なし"], "推進委員会で毎月モデル単組の件数を確認している。")
    section(40, "６．" + TITLES[5], S6, ["済", "済", "未", "未"], "冊子を執行委員会で確認し、全単組へ郵送した。")
    s.put("A47", "※実施状況は2025年2月10日現在")
    wb.save(folder / "新潟県本部_共済推進取組報告_R7.2.xlsx")


def r2_kagawa(folder: Path):
    wb = xlsxwriter.Workbook(str(folder / "香川県本部　取り組み報告書.xlsx"))
    ws = wb.add_worksheet("報告書")
    x = XSheet(wb, ws)
    ws.set_column("A:A", 16)
    ws.set_column("B:H", 15)
    ws.merge_range("A1:G1", "県本部共済推進取り組み報告書", wb.add_format({"bold": True, "font_size": 14}))
    x.put("A2", "県名")
    x.put("B2", "香川")
    x.put("C2", "作成日")
    x.put("D2", "R7.2.14")
    x.put("A3", "作成者")
    x.put("B3", "見本 次郎")
    x.put("C3", "確認者")
    x.put("D3", "見本 京子")
    x.put("A5", "1." + TITLES[0], merge="H5")
    x.put("A6", "進捗と課題（6月報告）")
    x.put("B6", "新規加入は12月末で目標の63.1％。保有件数は前年5月比100.2％。", merge="H6")
    x.put("A7", "6月報告以降の取り組み")
    x.put("B7", "9月から県支部と合同で単組オルグを行い、12単組を訪問した。", merge="H7")
    x.put("A8", "重点課題")
    x.put("B8", "小規模単組での新採の同時加入の徹底。", merge="H8")
    for r in (6, 7, 8):
        ws.set_row(r - 1, 36)

    def section(row: int, title: str, items, marks, text: str):
        x.put(f"A{row}", title, merge=f"H{row}")
        x.put(f"A{row + 1}", "項目")
        x.put(f"A{row + 2}", "実施")
        for i, (item, mark) in enumerate(zip(items, marks)):
            col = "BCDEFGH"[i]
            x.put(f"{col}{row + 1}", item)
            x.put(f"{col}{row + 2}", mark)
        ws.set_row(row, 75)
        x.put(f"A{row + 3}", "具体的な取り組み")
        x.put(f"B{row + 3}", text, merge=f"H{row + 3}")
        ws.set_row(row + 2, 36)

    section(10, "2." + TITLES[1], S2, ["○", "○"], "交付金は件数に応じて支払い、単組の会計報告で使途を確認している。")
    section(15, "3." + TITLES[2], S3, ["○", "○", "×", "○", "○", "×", None],
            "県支部と合同で単組オルグを行い、新採説明会の日程と同時加入の進め方を確認した。")
    section(20, "4." + TITLES[3], S4, ["○", "×", "×"], "役職定年の方針を代表者会議で提起した。")
    section(25, "5." + TITLES[4], S5, ["×", "○"], "上記３．のとおり")
    s6 = S6[:3] + ["単組執行部オルグ等でマニュアルを参照するよう提案"]
    section(30, "6." + TITLES[5], s6, ["○", "○", "○", "×"], "代表者会議で冊子を配り、活用方法を説明した。")
    ws.write("A35", "※3.の会議資料は別途メールで送付します。")
    wb.close()


def r3_nagano(folder: Path, work: Path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "長野"
    s = Sheet(ws)
    for col, w in zip("ABCDEF", (22, 34, 10, 22, 22, 16)):
        ws.column_dimensions[col].width = w
    s.put("A1", "県本部共済推進取り組み報告書", merge="F1")
    ws["A1"].font = Font(size=14, bold=True)
    s.put("A3", "県　名", merge="A4")
    s.put("B3", "長野", merge="B4")
    s.put("C3", "作成日")
    s.put("D3", "令和７年２月１７日")
    s.put("E3", "作成者")
    s.put("F3", "見本 一郎")
    _comment(ws, "F3", "内容は書記長確認済み")
    s.put("E4", "確認者")
    s.put("F4", "見本 美咲")
    _box(ws, "A3:F4")
    s.put("A7", "1." + TITLES[0], merge="A12")
    for r, label, text in ((7, S1_BOX[0], "団体生命共済の新規加入は1月末で目標の54％。\n保有件数は前年5月比で98.8％と減少している。"),
                           (9, S1_BOX[1], "東信・南信・中信・北信の4地区で学習会を開いた。\n参加は延べ160人。"),
                           (11, S1_BOX[2], "学習会参加者への個別の加入案内と、退職予定者への継続加入の案内。")):
        s.put(f"B{r}", label, merge=f"B{r + 1}")
        s.put(f"C{r}", text, merge=f"F{r + 1}")
    _box(ws, "A7:F12")
    s.put("B13", "実施している取り組み")
    s.put("C13", "有・無")
    s.put("D13", "具体的な取り組み", merge="F13")

    def section(first: int, title: str, items, marks, text: str | None):
        last = first + len(items) - 1
        s.put(f"A{first}", title, merge=f"A{last}")
        for i, (item, mark) in enumerate(zip(items, marks)):
            s.put(f"B{first + i}", item)
            s.put(f"C{first + i}", mark)
            if len(item) > 40:
                ws.row_dimensions[first + i].height = 60
        if text is not None:
            s.put(f"D{first}", text, merge=f"F{last}")
        _box(ws, f"A{first}:F{last}")

    section(14, "2." + TITLES[1], S2, ["有", "有"], None)
    s.put("D14", "規程どおり年1回支払い、")   # the text goes on in the next cell of the same row
    s.put("E14", "使途は単組の決算書で確認している。")
    section(16, "3." + TITLES[2], S3, ["有", "有", "無", "有", "無", "有", "有"],
            "2月に県本部新採対策会議を開き、同時加入の方針を提起した。")
    section(23, "4." + TITLES[3], S4, ["有", "無", "有"], "再任用予定者向けのチラシを単組に送った。")
    _comment(ws, "C24", "3月に説明会予定")
    section(26, "5." + TITLES[4], S5, ["有", "有"], "推進委員会でモデル単組の進捗を確認し、県支部と合同で単組を訪問した。")
    section(28, "6." + TITLES[5], S6, ["有", "無", "無", "無"], "冊子を執行委員会で確認した。")
    s.put("A33", "※6月報告の内容は県支部と調整のうえ転記しました。", merge="F33")
    work.mkdir(parents=True, exist_ok=True)
    src = work / "長野県本部報告書.xlsx"
    wb.save(src)
    _to_xls(src, folder, work)


def r4_kagoshima(folder: Path):
    wb = xlsxwriter.Workbook(str(folder / "R6鹿児島県本部_取組報告書.xlsx"))
    ws = wb.add_worksheet("県本部報告")
    x = XSheet(wb, ws)
    ws.set_column("A:E", 12)
    ws.set_column("F:G", 7)
    ws.set_column("H:H", 12)
    ws.merge_range("A1:E1", "県本部共済推進取り組み報告書", wb.add_format({"bold": True, "font_size": 14}))
    x.put("F1", "作成日")
    x.put("G1", "2025年2月7日（金）", merge="H1")
    x.put("A2", "県名")
    x.put("B2", "鹿児島")
    x.put("A3", "作成者")
    x.put("B3", "見本 三郎")
    x.put("A4", "確認者")
    x.put("B4", None)
    x.put("A6", "1．" + TITLES[0], merge="H6")
    for r, label, text in ((7, S1_BOX[0], "新規加入は1月末で目標の47.5％と遅れている。\n保有件数は前年5月比99.1％。"),
                           (9, S1_BOX[1], "離島の単組にはオンラインで学習会を行った。"),
                           (11, S1_BOX[2], "離島・へき地の単組への支援と新採の同時加入。")):
        x.put(f"A{r}", label, merge=f"H{r}")
        x.put(f"A{r + 1}", text, merge=f"H{r + 1}")
        ws.set_row(r, 40)

    def section(row: int, title: str, items, marks, text: str, notes=None):
        notes = notes or {}
        x.put(f"A{row}", title, merge=f"H{row}")
        x.put(f"A{row + 1}", "取り組み項目", merge=f"E{row + 1}")
        x.put(f"F{row + 1}", "実施")
        x.put(f"G{row + 1}", "未実施")
        x.put(f"H{row + 1}", "備考")
        for i, (item, mark) in enumerate(zip(items, marks)):
            r = row + 2 + i
            x.put(f"A{r}", item, merge=f"E{r}")
            x.put(f"F{r}", "○" if mark is True else None)
            x.put(f"G{r}", "○" if mark is False else None)
            x.put(f"H{r}", notes.get(i))
            if len(item) > 30:
                ws.set_row(r - 1, 48)
        r = row + 2 + len(items)
        x.put(f"A{r}", "具体的な取り組み")
        x.put(f"B{r}", text, merge=f"H{r}")
        ws.set_row(r - 1, 36)

    section(14, "2．" + TITLES[1], S2, [True, False], "規程にもとづき支払っているが、使途の確認まではできていない。")
    section(20, "3．" + TITLES[2], S3, [True, True, False, True, True, False, None],
            "1月22日に新採対策会議を開き、同時加入のチラシを配った。", {3: "1/22開催"})
    section(31, "4．" + TITLES[3], S4[:2], [True, True], "組織化方針を単組に文書で提起し、説明会を2単組で開いた。")
    section(37, "5．" + TITLES[4], S5, [False, True], "県支部と合同でモデル単組を訪問した。")
    section(43, "6．" + TITLES[5], S6, [True, True, True, False],
            "マニュアルを全単組に発送し、代表者会議で内容を説明した。", {1: "12月発送"})
    wb.close()


def _r5_sheet(ws, year: int, created: dt.date, answers: dict):
    """One year's copy of the 滋賀 report (the same layout both years)."""
    s = Sheet(ws)
    for col, w in zip("ABCDEF", (16, 16, 16, 16, 14, 14)):
        ws.column_dimensions[col].width = w

    def y(text: str) -> str:
        return text.replace("2025年", f"{year + 1}年").replace("2024年", f"{year}年")

    s.put("A1", "県本部共済推進取り組み報告書", merge="F1")
    ws["A1"].font = Font(size=14, bold=True)
    s.put("A2", "県名")
    s.put("B2", "滋賀県本部")
    s.put("D2", "作成日")
    s.put("E2", created, fmt=ERA_DAY)
    s.put("A3", "作成者")
    s.put("B3", answers["author"])
    s.put("D3", "確認者")
    s.put("E3", answers["checker"])
    s.put("A5", "1." + TITLES[0], merge="F5")
    row = 6
    for label, text in zip(S1_BOX, answers["s1"]):
        s.put(f"A{row}", y(label), merge=f"F{row}")
        s.put(f"A{row + 1}", text, merge=f"F{row + 1}")
        ws.row_dimensions[row + 1].height = 40
        row += 2
    row += 1
    for n, (items, marks, text) in enumerate(zip((S2, S3, S4, S5, S6), answers["marks"], answers["texts"]), start=2):
        s.put(f"A{row}", f"{n}." + y(TITLES[n - 1]), merge=f"F{row}")
        s.put(f"A{row + 1}", "実施している取り組み", merge=f"D{row + 1}")
        s.put(f"E{row + 1}", "実施しているか")
        row += 2
        for item, mark in zip(items, marks):
            s.put(f"A{row}", y(item), merge=f"D{row}")
            s.put(f"E{row}", mark)
            if len(item) > 40:
                ws.row_dimensions[row].height = 60
            row += 1
        s.put(f"A{row}", "具体的な取組", merge=f"F{row}")
        s.put(f"A{row + 1}", text, merge=f"F{row + 1}")
        ws.row_dimensions[row + 1].height = 32
        row += 3
    return row


def r5_shiga(folder: Path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "R6"
    last = _r5_sheet(ws, 2024, dt.date(2025, 2, 21), {
        "author": "試験 三郎", "checker": "試験 恵美",
        "s1": ["新規加入は1月末で目標の60.2％。\n保有件数は前年5月比100.5％と増加。",
               "湖北・湖南で合同オルグを行い、新採の同時加入を呼びかけた。",
               "湖東・湖西地区の単組への合同オルグの実施。"],
        "marks": [["はい", "はい"], ["はい", "一部実施", "はい", "いいえ", "はい", "はい", "いいえ"],
                  ["はい", "いいえ", "いいえ"], ["はい", "いいえ"], ["はい", "はい", "いいえ", "いいえ"]],
        "texts": ["規程にもとづき支払い、使途は年度末の報告で把握している。",
                  "湖北・湖南の単組で県支部と合同のオルグを行った。\n新採対策会議は3月に開催予定。",
                  "役職定年者への方針を単組に提起した。", "推進委員会で毎月の件数を確認している。", "なし"],
    })
    assert last == 56, last   # the note goes on row 56 (documented above)
    _comment(ws, "E23", "湖北・湖南のみ")
    assert ws["A23"].value == S3[1] and ws["E23"].value == "一部実施"
    ws["A56"] = "※「一部実施」は一部の地区のみで実施したものです。"
    old = wb.create_sheet("R5")
    _r5_sheet(old, 2023, dt.date(2024, 2, 16), {
        "author": "試験 三郎", "checker": "試験 恵美",
        "s1": ["新規加入は1月末で目標の55.0％。", "県支部と合同で単組代表者会議を開いた。", "新採の同時加入。"],
        "marks": [["はい", "いいえ"], ["いいえ", "いいえ", "はい", "はい", "いいえ", "いいえ", "いいえ"],
                  ["いいえ", "はい", "はい"], ["いいえ", "はい"], ["いいえ", "いいえ", "はい", "はい"]],
        "texts": ["規程にもとづき支払っている。", "新採対策会議を1月に開いた。", "説明会を1単組で開いた。",
                  "県支部と合同で訪問した。", "代表者会議で周知した。"],
    })
    wb.save(folder / "滋賀県本部_取り組み報告書(R6).xlsx")


# --------------------------------------------------------------------------------------------- surveys

def s1_yamaguchi(folder: Path):
    wb = openpyxl.Workbook()
    cover = wb.active
    cover.title = "表紙"
    c = Sheet(cover)
    cover.column_dimensions["A"].width = 50
    c.put("A3", "実態共有用アンケート")
    cover["A3"].font = Font(size=18, bold=True)
    c.put("A6", "自治労山口県本部")
    c.put("A8", "単組名：見本市職員労働組合")
    c.put("A10", "提出日：2024年12月6日")
    ws = wb.create_sheet("回答")
    s = Sheet(ws)
    for col, w in zip("ABCDEF", (26, 16, 16, 16, 20, 16)):
        ws.column_dimensions[col].width = w
    s.put("A1", "実態共有用アンケート", merge="F1")
    s.put("A3", "県本部")
    s.put("B3", "山口")
    s.put("A4", "単組")
    s.put("B4", "見本市職員労働組合")
    s.put("A5", "記入者お名前")
    s.put("B5", "見本 四郎")
    s.put("A7", "上部団体（競合）")
    s.put("B7", "全労連・自治労連")
    s.put("B9", "組織人員数（人）")
    s.put("C9", "組織率（％）")
    s.put("D9", "未加入者数（人）")
    s.put("E9", "時点")
    s.put("A10", "自治労")
    s.put("B10", "1,234名")
    s.put("C10", "46.3%")
    s.put("D10", "1,195名")
    s.put("A11", "競合（自治労連）")
    s.put("B11", "236名")
    s.put("C11", "8.9%")
    s.put("D11", "1,195名")
    s.put("E10", "令和6年11月1日現在", merge="E11")
    _box(ws, "A9:E11")
    s.put("A13", "2025年4月新採")
    for r, label, v in zip(range(14, 18), INTAKE, ("52名", "41名", "3名", "8名")):
        s.put(f"A{r}", label)
        s.put(f"B{r}", v)
    s.put("A19", RATE_NOTE, merge="F19")
    labels = ["新採加入の取組", "新採組織化の工夫", "新採組織化の悩み", "未加入者対策の取組", "未加入者対策の悩み",
              "組合活動の可視化", "情報共有の悩み", "労使関係・交渉", "競合との差別化", "他単組・他県本部に聞きたいこと",
              "要望（県本部・本部）"]
    answers = ["採用前の説明会で組合と共済をセットで説明し、加入届を回収している。",
               "青年部の役員が説明を担当し、入庁後1か月以内に歓迎会を開いている。",
               "競合が採用前から個別に声をかけており、先を越されることがある。",
               "年2回、未加入者の名簿を職場委員と確認し、声かけを分担している。",
               "長く未加入の職員には話を聞いてもらえない。",
               "交渉の翌日に速報ビラを全職場に配っている。",
               "出先職場への配布が遅れることがある。",
               "市当局とは年4回の団体交渉を行い、関係は安定している。",
               "共済と学習会の充実を伝え、会費に見合う活動を示している。",
               "競合と同じ職場で新採説明会を開いている単組の工夫",
               "新採向けの短い説明資料を県本部で用意してほしい。"]
    for r, label, text in zip(range(21, 32), labels, answers):
        s.put(f"A{r}", label)
        s.put(f"B{r}", text, merge=f"F{r}")
        ws.row_dimensions[r].height = 32
    _box(ws, "A21:F31")
    s.put("A33", "※未加入者数は自治労・競合とも同じ数（職員数から両組合の組合員を除いた数）", merge="F33")
    wb.save(folder / "山口県本部_見本市職員労働組合_アンケート.xlsx")


def s2_ishikawa(folder: Path):
    wb = xlsxwriter.Workbook(str(folder / "アンケート_石川_見本町職.xlsx"))
    ws = wb.add_worksheet("実態共有用アンケート")
    x = XSheet(wb, ws)
    ws.set_column("A:A", 30)
    ws.set_column("B:B", 10)
    ws.set_column("C:C", 4)
    ws.set_column("D:D", 10)
    ws.set_column("E:E", 4)
    ws.set_column("F:F", 24)
    ws.merge_range("A1:F1", "実態共有用アンケート", wb.add_format({"bold": True, "font_size": 14}))
    x.put("A3", "県本部")
    x.put("B3", "石川", merge="C3")
    x.put("A4", "単　組")
    x.put("B4", "見本町職員組合", merge="E4")
    x.put("A5", "記入者お名前")
    x.put("B5", "試験 花子", merge="E5")
    x.put("A7", "上部団体")
    x.put("B7", "自治労", merge="C7")
    x.put("D7", "全労連・医労連", merge="E7")
    ws.write("F7", "←プルダウンから選択")
    for r, label, j, r_, unit in ((8, "組織人員数（人）", 268, 54, "人"), (9, "組織率（％）", 61.5, 12.4, "％"),
                                  (10, "未加入者数（人）", 114, 114, "人")):
        x.put(f"A{r}", label)
        x.put(f"B{r}", j)
        x.put(f"C{r}", unit)
        x.put(f"D{r}", r_)
        x.put(f"E{r}", unit)
    ws.write("F9", "2024年11月末時点")
    ws.write_comment("B8", "2024年11月の組合費名簿より", {"author": "試験"})
    x.put("A12", "2025年")
    for r, label, v in zip(range(13, 17), INTAKE, (12, 10, 2, "ー")):
        x.put(f"A{r}", label)
        x.put(f"B{r}", v)
        x.put(f"C{r}", "人")
    x.put("A18", RATE_NOTE, merge="F18")
    answers = ["辞令交付式の後に説明会を開き、その場で加入をお願いしている。",
               "説明会には年齢の近い組合員に同席してもらっている。",
               "中途採用が増え、説明の機会をつくりにくい。",
               "未加入者に組合ニュースを届け、行事に誘っている。",
               "同上",
               "組合掲示板とメールで活動報告をしている。",
               "病院分会は勤務が交替制で、会議に集まりにくい。",
               "町当局とは年2回の交渉。病院の夜勤体制の改善を求めている。",
               "共済の給付や相談窓口など、自治労ならではの支えを伝えている。",
               "病院職場で競合と並んでいる単組の加入の勧め方",
               "県本部の学習会を地区ごとに開いてほしい。"]
    for r, label, text in zip(range(19, 30), TEXT_LABELS, answers):
        x.put(f"A{r}", label)
        x.put(f"B{r}", text, merge=f"F{r}")
        ws.set_row(r - 1, 36)
    ws.write("A31", "※組合員数には病院分会を含む")
    wb.close()


def s3_ehime(folder: Path, work: Path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "アンケート"
    s = Sheet(ws)
    for col, w in zip("ABCDEFG", (14, 14, 12, 12, 16, 12, 22)):
        ws.column_dimensions[col].width = w
    s.put("A1", "実態共有用アンケート", merge="D1")
    ws["A1"].font = Font(size=14, bold=True)
    s.put("F2", "県本部")
    s.put("G2", "愛媛")
    s.put("F3", "単組名")
    s.put("G3", "見本市職員労働組合")
    s.put("F4", "記入者")
    s.put("G4", "見本 五郎")
    _box(ws, "F2:G4")
    s.put("A6", "上部団体（競合）", merge="B6")
    s.put("C6", "全労連・自治労連", merge="D6")
    s.put("C8", "自治労")
    s.put("D8", "競合")
    s.put("E8", "時点")
    s.put("A9", "組織人員数（人）", merge="B9")
    s.put("C9", 512)
    s.put("D9", 133)
    s.put("A10", "組織率（％）", merge="B10")
    s.put("C10", "=ROUND(C9/($C$14+$C$15)*100,1)", fmt="0.0")
    s.put("D10", "=ROUND(D9/($C$14+$C$15)*100,1)", fmt="0.0")
    _comment(ws, "C10", "分母は人事課の職員数（12/1）")
    s.put("A11", "未加入者数（人）", merge="B11")
    s.put("C11", 285)
    s.put("D11", 285)
    s.put("E9", "令和6年12月1日現在", merge="E11")
    _box(ws, "A8:E11")
    s.put("A13", "職員数（組織率の分母）", merge="B13")
    s.put("A14", "正規職員数", merge="B14")
    s.put("C14", 720)
    s.put("A15", "会計年度任用職員等", merge="B15")
    s.put("C15", 210)
    s.put("A16", "※組織率は上の職員数から自動計算しています", merge="E16")
    s.put("A17", "2025年4月")
    for r, label, v in zip(range(18, 22), INTAKE, (31, 24, 4, 3)):
        s.put(f"A{r}", label, merge=f"B{r}")
        s.put(f"C{r}", v)
    s.put("A22", RATE_NOTE, merge="G22")
    answers = ["採用後の研修期間中に昼休みの説明会を2回開いている。",
               "説明会の資料に先輩組合員の声を載せている。",
               "保育職場の新採は配属が遅く、説明の日程が合わない。",
               "執行委員が職場を回り、未加入者に直接話をしている。",
               "会計年度任用職員の入れ替わりが多く、把握が追いつかない。",
               "組合ニュースを月2回発行し、庁内ポータルにも掲載している。",
               "ポータルを見ない組合員が多い。",
               None,   # 労使関係: split over two cells (below)
               "共済と職場の要求の両方に取り組む姿を見せている。",
               "会計年度任用職員の加入を増やした取り組み",
               "特になし"]
    for i, (label, text) in enumerate(zip(TEXT_LABELS, answers)):
        r = 24 + 2 * i
        s.put(f"A{r}", label, merge=f"B{r + 1}")
        if text is not None:
            s.put(f"C{r}", text, merge=f"G{r + 1}")
    assert ws["A38"].value.startswith("労使関係")
    s.put("C38", "市当局とは月1回の労使協議会を開いている。", merge="E39")
    s.put("F38", "人員確保の要求では一定の回答を得た。", merge="G39")
    _box(ws, "A24:G45")
    work.mkdir(parents=True, exist_ok=True)
    src = work / "愛媛_見本市職労_アンケート回答.xlsx"
    wb.save(src)
    _to_xls(src, folder, work)


def s4_tochigi(folder: Path):
    wb = xlsxwriter.Workbook(str(folder / "栃木県本部_見本村職組_アンケート.xlsx"))
    ws = wb.add_worksheet("回答")
    x = XSheet(wb, ws)
    ws.set_column("A:A", 5)
    ws.set_column("B:B", 34)
    ws.set_column("C:C", 50)
    ws.set_column("D:D", 26)
    ws.write("A1", "実態共有用アンケート（回答）", wb.add_format({"bold": True, "font_size": 14}))
    for col, head in zip("ABCD", ("No.", "項目", "回答", "備考")):
        x.put(f"{col}3", head)
    rows = [
        ("県本部", "栃木"), ("単組", "見本村職員組合"), ("記入者お名前", "試験 六郎"), ("上部団体", "自治労連"),
        ("組織人員数（自治労）", "88人"), ("組織人員数（競合）", "約40人"),
        ("組織率（自治労）", "52.4%"), ("組織率（競合）", "約24%"),
        ("未加入者数（自治労）", "40人"), ("未加入者数（競合）", "40人"), ("時点", "2024年10月1日"),
        ("新規採用者数（2025年4月）", "4人"), ("うち自治労加入者数", "3人"), ("うち競合加入者数", "0人"),
        ("うち未加入者数", "1人"),
        (TEXT_LABELS[0], "採用時に役場の研修室を借りて組合説明会を開いている。"),
        (TEXT_LABELS[1], "上記のとおり"),
        (TEXT_LABELS[2], "採用が毎年数人で、説明会の経験が引き継がれない。"),
        (TEXT_LABELS[3], "委員長が個別に面談し、加入をお願いしている。"),
        (TEXT_LABELS[4], "競合の組合員とは話す機会が少ない。"),
        (TEXT_LABELS[5], "組合だよりを年6回発行している。"),
        (TEXT_LABELS[6], "特になし"),
        (TEXT_LABELS[7], "村当局とは年1回の交渉のほか、随時協議している。"),
        (TEXT_LABELS[8], "共済の説明会を開き、自治労の保障の手厚さを伝えている。"),
        (TEXT_LABELS[9], "小規模単組の役員の引き継ぎ方"),
        (TEXT_LABELS[10], "県本部から講師を派遣してほしい。"),
    ]
    for i, (label, answer) in enumerate(rows):
        r = 4 + i
        x.put(f"A{r}", i + 1)
        x.put(f"B{r}", label)
        x.put(f"C{r}", answer)
        x.put(f"D{r}", "競合組合の公表値がないため推計" if label == "組織人員数（競合）" else None)
    assert rows[5][0] == "組織人員数（競合）"   # → D9
    wb.close()


def s5_kochi(folder: Path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "アンケート（高知・見本市）"
    s = Sheet(ws)
    for col, w in zip("ABCDEFG", (30, 14, 16, 26, 8, 10, 14)):
        ws.column_dimensions[col].width = w
    s.put("A1", "実態共有用アンケート", merge="D1")
    ws["A1"].font = Font(size=14, bold=True)
    s.put("F1", "作成日")
    s.put("G1", dt.date(2024, 12, 12), fmt="yyyy/m/d")
    s.put("A3", "県本部")
    s.put("B3", "高知")
    s.put("A4", "単　組")
    s.put("B4", "見本市職員労働組合", merge="C4")
    s.put("A5", "記入者お名前")
    s.put("B5", "見本 七海（書記次長）", merge="C5")
    s.put("A7", "上部団体")
    s.put("B7", "自治労")
    s.put("C7", "旧全官公自治労連")
    s.put("D7", "←プルダウンから選択")
    s.put("A8", "組織人員数（人）")
    s.put("B8", 830, fmt="#,##0")
    s.put("C8", 65)
    s.put("A9", "組織率（％）")
    s.put("B9", 0.617, fmt="0.0%")
    s.put("C9", "ー")
    s.put("D9", dt.date(2024, 11, 30), fmt='[$-ja-JP]ggge"年"m"月"d"日時点"')
    _comment(ws, "B9", "分母に再任用短時間勤務職員を含む")
    s.put("A10", "未加入者数（人）")
    s.put("B10", 450)
    s.put("C10", 450)
    _box(ws, "A7:C10")
    s.put("A12", "2025年")
    for r, label, v in zip(range(13, 17), INTAKE, (40, 33, 0, 7)):
        s.put(f"A{r}", label)
        s.put(f"B{r}", v)
    s.put("A18", RATE_NOTE, merge="G18")
    labels = TEXT_LABELS[:10] + ["県本部・本部に望むこと"]
    answers = ["採用前の内定者説明会で組合の紹介時間をもらっている。",
               "加入届をQRコードから電子でも出せるようにした。",
               "電子申請にしてから、対面で話す機会が減った。",
               "未加入者の多い出先職場を重点に訪問している。",
               "訪問しても不在のことが多い。",
               "SNSで行事の写真と交渉結果を発信している。",
               "SNSを見ない年配の組合員への伝え方。",
               "市当局とは年3回交渉。会計年度任用職員の処遇改善を重点にしている。",
               "特になし",
               "ー",
               "SNSで使える共済の紹介素材がほしい。"]
    for r, label, text in zip(range(20, 31), labels, answers):
        s.put(f"A{r}", label)
        s.put(f"B{r}", text, merge=f"G{r}")
        ws.row_dimensions[r].height = 32
    _box(ws, "A20:G30")
    s.put("A32", "※競合の組織率は不明のため記入していません", merge="G32")
    wb.save(folder / "高知_見本市職_実態共有アンケート（R6）.xlsx")


def build(root: Path) -> dict[str, Path]:
    from legacy_kit import build_set

    return build_set(Path(root), [r1_niigata, r2_kagawa, r4_kagoshima, r5_shiga],
                     [s1_yamaguchi, s2_ishikawa, s4_tochigi, s5_kochi],
                     converted=[("report", r3_nagano), ("survey", s3_ehime)])


if __name__ == "__main__":
    print(build(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/legacy8")))
