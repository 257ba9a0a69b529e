"""Tenth, independent set of legacy-style fixtures (tests/legacy10).

Ten workbooks (five 県本部共済推進取り組み報告書, five 実態共有用アンケート; FY2024: reports made Feb 2025, survey
figures as of late 2024 / Jan 2025, intake 2025年4月新採) as different offices would really send them, written with
XlsxWriter, openpyxl and LibreOffice (.xls). Each COMBINES a few habits: some already seen in tests/legacy2 …
tests/legacy9 but mixed differently, and a few new ones (marked NEW). Every name, union and sentence is invented
for this set (見本 / 試験 / 架空 names); the only texts taken from the real forms are the printed labels and
instructions. Nothing here imports the reader.

REPORTS
R1 青森県本部_共済推進取り組み報告書.xlsx (XlsxWriter), sheet 「報告書（青森）」
   label 「県 名」 with a NO-BREAK SPACE (NEW), 県名 「青森県」; 作成日 typed as the NUMBER 20250218 in a General cell
   (yyyymmdd, NEW); every printed label (section titles, section-1 box labels, check items) pasted from the PDF
   with Kangxi radicals (⽀ ⼊ ⽅ ⽤); section-1 labels merged down over three rows (A:B) with the text C:H; sections
   2-6: the header 「実施している取り組み☑してください。」 and ALL the items of a section in ONE cell, one line per
   item 「☑　label」 / 「☐　label」 (NEW), s3 item 7 printed with no glyph; the text merged beside (E:H); ● and ■
   bullet lines inside the texts; a 「※」 note under the form (A37).
R2 茨城県本部報告書.xls (openpyxl → LibreOffice .xls), sheet 「茨城」
   header labels in one row (A3 県名 | C3 作成日 | E3 作成者 | G3 確認者) with the answers in the row BELOW
   (作成日 the text 「令和7年2月19日（水）」); sections 「【１】」…; a 実施状況 column holding BOTH printed choices
   with a box each, the clerk blacking the chosen one (「■実施　□未実施」 / 「□実施　■未実施」, once without the
   space, s4 item 3 left 「□実施　□未実施」) (NEW); the items of s3 and s6 NOT in the printed order (s3 3↔4,
   s6 1↔2) (NEW); a clerk-added item row 「その他（…）」 at the end of s3 (NEW); texts merged beside the items;
   note A45.
R3 京都府本部_取組報告_0218.xlsx (openpyxl), sheets 「報告」 and 「別紙」
   「京都府本部」; 作成日 full-width text 「２０２５．２．１８」; a legend row 「⭕＝実施　❌＝未実施」 and the
   emoji ⭕ (U+2B55) / ❌ (U+274C) in a 実施 column LEFT of the items (NEW glyphs), s6 item 4 blank; items
   numbered 「(1)」… inside the item cell and three of them ABBREVIATED by the clerk; the first section-1 text as
   RICH TEXT (bold sub-headings, one red run) (NEW); s4 text 「別紙のとおり」 with the text on a 2nd sheet
   「別紙」 (NEW); a 「※」 note beside s5 (J44).
R4 島根県本部　共済推進取組状況報告.xlsx (XlsxWriter), sheet 「取組状況」
   作成日 a real date WITH A TIME (2025/2/17 16:42, 「yyyy/m/d h:mm」, NEW); 「作成者：…　／　確認者：…」 in one merged
   cell; frozen panes and print title rows; section-1 labels 「（１）」… with the text on the same row (C:I);
   sections 2-6 as No. | 取り組み項目 | 具体的な取り組み | 状況 — the state column FAR RIGHT, after the text (NEW),
   holding the words 対応済 / 未対応 / 対応中 (NEW words), s6 item 4 blank; s5 text 「特になし」; note A44.
R5 宮崎県本部　R6共済推進取り組み報告書.xlsx (openpyxl), sheet 「宮崎県本部」
   close to the printed form: title A1:F1 with the header block at its right (G1..G4 | H:J), 作成日 the full-width
   text 「Ｒ７．２．２０」, 作成者 two names 「見本 健・見本 早苗」, 確認者 with the role first 「書記長　見本 修」; the
   printed section-1 instruction (A7:J8, quoting 「3.目標達成にむけた進捗と課題」「4.今後、重点的に…」) and the
   two boxes SIDE BY SIDE with the real form's long second label (「…および⏎2026年度末団体生命共済保有目標達成に向けた
   取り組み⏎2点について記入してください。」); items 「✅ ①label」 / 「⬜ ②label」 (emoji ✅ U+2705 and ⬜ U+2B1C before
   a circled number, NEW) under the printed 「実施している取り組み☑してください。」; ● bullets; note K20.

SURVEYS
S1 福岡_見本市職員労働組合_実態共有アンケート.xlsx (openpyxl), sheet 「アンケート回答」
   上部団体 as ONE cell listing the four choices with a box each, the chosen one ☑ (NEW); the pairs table headed
   「自治労（当組合）」 / 「見本市職員組合（競合）」 (the competitor's own name, NEW); 「１，０２０人」 「約４５０人」
   「41.3%」 and the competitor's rate 「約２割」 (NEW); 時点 「R6.11月末現在」 merged down D9:D11; intake as a
   horizontal table; the first seven texts as a MATRIX (rows 新規採用者組織化 / 未加入者対策 / 可視化・情報共有 ×
   columns 主な取り組み / 工夫していること / 悩んでいること, 「／」 where a combination is not asked) (NEW), the
   other four as label | answer rows; the printed 組織率 note; a 「※」 note A28.
S2 広島_見本町職_アンケート（記入例付き）.xlsx (XlsxWriter), sheet 「回答用」
   a No. | 設問 | 記入例 | 回答 list with a filled 記入例 COLUMN beside the answers (NEW); 上部団体 「全労連･医労連」
   with a HALF-WIDTH katakana middle dot (NEW); 正規 / 非正規 given; rates as plain numbers (8 shown 「8.0」);
   ONE 未加入者数 question answered by a FORMULA (=D10+D11-D8-D9, value stored); 時点 a real date shown 「R6.11.1」;
   競合加入者数 「―」 (U+2015, NEW); one text 「特になし」, one blank; note A32.
S3 山梨県本部_見本村職_アンケート.xls (openpyxl → LibreOffice .xls), sheet 「R6アンケート」
   「所属」 holding prefecture AND union in one cell 「山梨県本部　見本村職員組合」 (NEW); 上部団体 typed
   「自治労連（全労連）」 (NEW); HIDDEN columns D:E holding last year's numbers beside this year's; 時点 「6年11月1日
   現在」 (era implied, half-width); intake 「5人」…; texts 「問８」… with the answer B:F and the first answer
   continuing on the next row (label cell empty); note A33.
S4 岡山_見本市職労_実態アンケート.xlsx (openpyxl), sheet 「実態共有用アンケート」
   close to the printed form: 「←プルダウンから選択」 and the dropdown's choices typed at the right (F7:F10);
   記入者 two names; 1215 in a #,##0 cell, rates as text with two decimals 「27.20%」 「15.31%」, the competitor's
   未加入者数 「なし」 (as on real forms); 時点 「R7年1月時点」; the 県本部・本部への要望 box BESIDE the intake table
   (D12:G16) and the other ten texts below; two answers as RICH TEXT (bold / red runs, NEW); a comment on B9;
   the printed 組織率 note; note A30.
S5 富山_架空町職労_アンケート.xlsx (XlsxWriter), sheets 「入力」 (a plain label | value input list with SHORT labels)
   and 「印刷用」 (the printed form whose every answer is a FORMULA pointing at 「入力」, values stored; the
   competitor's cells =IF(…="","",…) holding an empty string) (NEW); 上部団体 「なし」; 時点 a date shown
   「2024年12月1日時点」 on 印刷用 / 「2024/12/1」 on 入力; 「競合組合なし。」; a 「※」 note on 印刷用 (A32).
"""
from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import sys
import zipfile
from pathlib import Path

import openpyxl
import xlsxwriter
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils.cell import column_index_from_string, coordinate_from_string
from openpyxl.worksheet.datavalidation import DataValidation
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/: the shared LibreOffice helper
import lo  # noqa: E402

HERE = Path(__file__).resolve().parent
if str(HERE.parent) not in sys.path:
    sys.path.append(str(HERE.parent))

from legacy_kit import INTAKE, RATE_NOTE, S1_BOX, S2, S3, S4, S5, S6, TEXT_LABELS, TITLES, Sheet  # noqa: E402

SECTIONS = [S2, S3, S4, S5, S6]
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
FIXED = dt.datetime(2025, 2, 1, 9, 0, 0)
FW = str.maketrans("0123456789", "０１２３４５６７８９")


def _box(ws, rng: str):
    for row in ws[rng]:
        for c in row:
            c.border = BOX


def _obook(first: str):
    wb = openpyxl.Workbook()
    wb.active.title = first
    wb.properties.creator = "見本"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    return wb


def _osave(wb, path: Path):
    """Save an openpyxl book byte for byte the same on every run: openpyxl stamps docProps/core.xml with the time of
    saving and the zip entries with the current time; both are set to FIXED here."""
    buf = io.BytesIO()
    wb.save(buf)
    stamp = FIXED.strftime("%Y-%m-%dT%H:%M:%SZ")
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + stamp.encode(), data)
            out.writestr(zipfile.ZipInfo(info.filename, date_time=FIXED.timetuple()[:6]), data,
                         compress_type=zipfile.ZIP_DEFLATED)


def _xbook(path: Path) -> xlsxwriter.Workbook:
    wb = xlsxwriter.Workbook(str(path))
    wb.set_properties({"author": "見本", "created": FIXED})
    return wb


class XSheet:
    """XlsxWriter twin of legacy_kit.Sheet: typed values, merges, number formats, bold."""

    def __init__(self, wb, ws):
        self.wb, self.ws, self._fmts = wb, ws, {}

    def fmt(self, num: str | None = None, bold: bool = False, border: bool = True, fill: str | None = None):
        key = (num, bold, border, fill)
        if key not in self._fmts:
            props = {"text_wrap": True, "valign": "top"}
            if border:
                props["border"] = 1
            if num:
                props["num_format"] = num
            if bold:
                props["bold"] = True
            if fill:
                props["bg_color"] = fill
            self._fmts[key] = self.wb.add_format(props)
        return self._fmts[key]

    def put(self, ref: str, value, merge: str | None = None, num: str | None = None, bold: bool = False,
            border: bool = True, fill: str | None = None):
        f = self.fmt(num, bold, border, fill)
        if merge:
            self.ws.merge_range(f"{ref}:{merge}", "", f)
        col, row = coordinate_from_string(ref)
        r, c = row - 1, column_index_from_string(col) - 1
        if value is None:
            self.ws.write_blank(r, c, None, f)
        elif isinstance(value, bool):
            self.ws.write_boolean(r, c, value, f)
        elif isinstance(value, (int, float)):
            self.ws.write_number(r, c, value, f)
        elif isinstance(value, (dt.date, dt.datetime)):
            self.ws.write_datetime(r, c, value, f)
        elif value.startswith("="):
            raise ValueError("use write_formula")
        else:
            self.ws.write_string(r, c, value, f)

    def formula(self, ref: str, formula: str, value, merge: str | None = None, num: str | None = None):
        f = self.fmt(num)
        if merge:
            self.ws.merge_range(f"{ref}:{merge}", "", f)
        self.ws.write_formula(ref, formula, f, value)

    def height(self, row: int, h: float):
        self.ws.set_row(row - 1, h)


def _to_xls(src: Path, folder: Path, work: Path):
    """The .xls LibreOffice saves from ``src`` (tests/lo.py), moved into ``folder``."""
    out = lo.convert(src, work / "xls", "xls")
    shutil.move(str(out), str(folder / out.name))


# ============================================================================================ reports

# ------------------------------------------------------------------ R1 青森: PDF radicals, all items in one cell
PDF = str.maketrans({"支": "\u2f40", "入": "\u2f0a", "方": "\u2f45", "用": "\u2f64"})
R1_S1 = [
    "●団体生命共済の新規加入は1月末で目標の59.4％。\n●保有件数は前年5月比で99.1％と減少が続いている。\n"
    "●下北・津軽地区の小規模単組で新採の加入が進んでいない。",
    "●10月に県支部と合同で津軽地区の8単組を訪問し、新採対策の進め方を確認した。\n"
    "●12月の代表者会議で各単組の到達状況を共有した。",
    "●下北地区の小規模単組への訪問\n●退職予定者への継続加入の案内",
]
# 1 ☑, 0 ☐, None no glyph
R1_MARKS = [[1, 1], [1, 1, 0, 1, 1, 0, None], [1, 0, 1], [1, 1], [1, 1, 0, 0]]
R1_TEXTS = [
    "規程にもとづき年1回支払い、使途は単組の会計報告で確認している。",
    "■12月　県本部新採対策会議を開催\n■1月　組織化方針を提起し、同時加入のチラシを配布\n■県支部と合同で8単組をオルグ",
    "組織化方針を文書で提起した。説明会は次年度に実施する。",
    "推進委員会で毎月件数を確認し、モデル単組には県支部と合同で訪問した。",
    "冊子を執行委員会で確認し、全単組に配布した。",
]


def r1_aomori(folder: Path):
    wb = _xbook(folder / "青森県本部_共済推進取り組み報告書.xlsx")
    ws = wb.add_worksheet("報告書（青森）")
    x = XSheet(wb, ws)
    ws.set_column("A:B", 10)
    ws.set_column("C:D", 12)
    ws.set_column("E:E", 10)
    ws.set_column("F:H", 14)
    ws.merge_range("A1:H1", "令和6年度　県本部共済推進取り組み報告書", wb.add_format({"bold": True, "font_size": 14}))
    x.put("A3", "県\u00a0名")
    x.put("B3", "青森県", merge="D3")
    x.put("E3", "作成日")
    x.put("F3", 20250218, merge="H3", num="General")
    x.put("A4", "作成者")
    x.put("B4", "見本 一郎", merge="D4")
    x.put("E4", "確認者")
    x.put("F4", "見本 和子", merge="H4")
    x.put("A6", ("1　" + TITLES[0]).translate(PDF), merge="H6", bold=True, border=False)
    r = 7
    for label, text in zip(S1_BOX, R1_S1):
        x.put(f"A{r}", ("「" + label + "」").translate(PDF), merge=f"B{r + 2}")
        x.put(f"C{r}", text, merge=f"H{r + 2}")
        for k in range(3):
            x.height(r + k, 22)
        r += 3
    row = 17
    for n, (items, marks, text) in enumerate(zip(SECTIONS, R1_MARKS, R1_TEXTS), start=2):
        x.put(f"A{row}", (f"{n}　" + TITLES[n - 1]).translate(PDF), merge=f"H{row}", bold=True, border=False)
        x.put(f"A{row + 1}", "実施している取り組み☑してください。", merge=f"D{row + 1}")
        x.put(f"E{row + 1}", "具体的な取り組み", merge=f"H{row + 1}")
        lines = []
        for item, mark in zip(items, marks):
            glyph = {1: "☑", 0: "☐", None: "　"}[mark]
            lines.append(glyph + "　" + item.translate(PDF))
        x.put(f"A{row + 2}", "\n".join(lines), merge=f"D{row + 2}")
        x.put(f"E{row + 2}", text, merge=f"H{row + 2}")
        x.height(row + 2, sum(16 if len(i) < 26 else (32 if len(i) < 52 else 80) for i in items) + 6)
        row += 4
    assert row == 37, row
    x.put("A37", "※具体的な取り組みの詳細は県本部ニュース第12号に掲載しています。", merge="H37", border=False)
    wb.close()


# ------------------------------------------------------------------ R2 茨城 (.xls): ■実施　□未実施, shuffled items
R2_S1 = [
    "新規加入は1月末で目標の62.8％。保有件数は前年5月比で100.4％と微増した。県南地区の単組では新採の加入が伸び悩んで"
    "いる。",
    "9月から県支部と合同で県南・県西の単組オルグを行い、延べ11単組を訪問した。",
    "新採の同時加入の徹底と、役職定年者への継続加入の案内。",
]
R2_MARKS = [[1, 0], [1, 1, 1, 0, 1, 1, 0], [1, 1, None], [1, 1], [1, 1, 1, 0]]
R2_ORDER = [[0, 1], [0, 1, 3, 2, 4, 5, 6], [0, 1, 2], [0, 1], [1, 0, 2, 3]]
R2_TEXTS = [
    "規程どおり支払っているが、使途の報告は求めていない。",
    "県支部と合同で単組オルグを行い、11月に執行部学習会を開催した。新採対策会議は3月に開催予定。\n"
    "青年部と合同で新採歓迎会を企画している。",
    "役職定年者の名簿をもとに、2単組で説明会を開いた。",
    "推進委員会で進捗を確認し、県支部と合同でモデル単組を訪問した。",
    "冊子の内容を確認し、代表者会議で全単組に配布・説明した。",
]
R2_ADDED = "その他（青年部と合同で新採歓迎会を開催）"


def _r2_choice(mark, n: int) -> str:
    sep = "" if n == 5 else "　"
    return {1: f"■実施{sep}□未実施", 0: f"□実施{sep}■未実施", None: f"□実施{sep}□未実施"}[mark]


def r2_ibaraki(folder: Path, work: Path):
    wb = _obook("茨城")
    ws = wb.active
    s = Sheet(ws)
    for col, w in zip("ABCDEFGHIJ", (10, 10, 10, 10, 10, 8, 8, 14, 14, 14)):
        ws.column_dimensions[col].width = w
    s.put("A1", "県本部共済推進取り組み報告書", merge="J1")
    ws["A1"].font = Font(size=14, bold=True)
    for col, end, label, value in (("A", "B", "県名", "茨城"), ("C", "D", "作成日", "令和7年2月19日（水）"),
                                   ("E", "F", "作成者", "試験 健一"), ("G", "H", "確認者", "試験 美和")):
        s.put(f"{col}3", label, merge=f"{end}3")
        s.put(f"{col}4", value, merge=f"{end}4")
    _box(ws, "A3:H4")
    s.put("A6", "【１】" + TITLES[0], merge="J6")
    ws["A6"].font = BOLD
    for i, (label, text) in enumerate(zip(S1_BOX, R2_S1)):
        r = 7 + i
        s.put(f"A{r}", label, merge=f"B{r}")
        s.put(f"C{r}", text, merge=f"J{r}")
        ws.row_dimensions[r].height = 45
    _box(ws, "A7:J9")
    row = 11
    for n, (items, marks, order, text) in enumerate(zip(SECTIONS, R2_MARKS, R2_ORDER, R2_TEXTS), start=2):
        s.put(f"A{row}", f"【{str(n).translate(FW)}】" + TITLES[n - 1], merge=f"J{row}")
        ws[f"A{row}"].font = BOLD
        s.put(f"A{row + 1}", "取り組み項目", merge=f"E{row + 1}")
        s.put(f"F{row + 1}", "実施状況", merge=f"G{row + 1}")
        s.put(f"H{row + 1}", "具体的な取り組み", merge=f"J{row + 1}")
        r = row + 2
        rows = [(items[k], marks[k]) for k in order]
        if n == 3:
            rows.append((R2_ADDED, 1))
        for item, mark in rows:
            s.put(f"A{r}", item, merge=f"E{r}")
            s.put(f"F{r}", _r2_choice(mark, n), merge=f"G{r}")
            ws[f"F{r}"].alignment = Alignment(horizontal="center", vertical="center")
            if len(item) > 28:
                ws.row_dimensions[r].height = 30 if len(item) < 56 else 75
            r += 1
        s.put(f"H{row + 2}", text, merge=f"J{r - 1}")
        _box(ws, f"A{row + 1}:J{r - 1}")
        row = r + 1
    assert row == 45, row
    s.put("A45", "※実施状況は、該当する□を■に変えて記入しています。", merge="J45")
    work.mkdir(parents=True, exist_ok=True)
    src = work / "茨城県本部報告書.xlsx"
    _osave(wb, src)
    _to_xls(src, folder, work)


# ------------------------------------------------------------------ R3 京都: ⭕/❌, rich text, 別紙
R3_MARKS = [[1, 1], [1, 0, 1, 1, 1, 1, 0], [1, 0, 0], [1, 0], [1, 1, 1, None]]
R3_SHORT = {(3, 0): "同時加入に向けたツールの提供", (3, 2): "県本部・単組主催の執行部学習会",
            (6, 2): "単組代表者会議等で、マニュアルの内容と活用方法を全単組へ周知"}
R3_S1_RICH = CellRichText([
    TextBlock(InlineFont(b=True), "【進捗】"),
    "新規加入は1月末で目標の64.7％、保有件数は前年5月比100.3％。\n",
    TextBlock(InlineFont(b=True), "【課題】"),
    TextBlock(InlineFont(color="FFFF0000"), "丹後・中丹地区"),
    "の単組で新採の同時加入が進んでいない。",
])
R3_S1 = [R3_S1_RICH,
         "11月に府本部・府支部合同で北部の単組を訪問し、新採対策の日程を確認した。",
         "北部地区の単組への重点オルグと、新採説明会での同時加入の案内。"]
R3_TEXTS = [
    "規程にもとづき支払い、使途は年度末の報告書で把握している。",
    "同時加入のチラシを作成して全単組に配布した。1月に新採対策会議を開き、組織化方針と同時加入方針を提起した。",
    "別紙のとおり",
    "推進委員会で四半期ごとに進捗を確認した。",
    "冊子を執行委員会で確認し、全単組に配布、代表者会議で活用方法を説明した。",
]
R3_ANNEX = ("・組織化方針を11月の代表者会議で提起した。\n"
            "・役職定年者への説明会は対象者の把握が済んでいないため、来年度に延期した。\n"
            "・再任用者向けのチラシは府支部と作成中。")


def r3_kyoto(folder: Path):
    wb = _obook("報告")
    ws = wb.active
    s = Sheet(ws)
    ws.column_dimensions["A"].width = 6
    for col in "BCDEFGH":
        ws.column_dimensions[col].width = 12
    ws.column_dimensions["J"].width = 30
    s.put("A1", "県本部共済推進取り組み報告書（2024年度）", merge="H1")
    ws["A1"].font = Font(size=14, bold=True)
    s.put("A3", "県本部名")
    s.put("B3", "京都府本部", merge="C3")
    s.put("E3", "作成日")
    s.put("F3", "２０２５．２．１８", merge="G3")
    s.put("A4", "作成者")
    s.put("B4", "架空 真一", merge="C4")
    s.put("E4", "確認者")
    s.put("F4", "架空 直美", merge="G4")
    _box(ws, "A3:G4")
    s.put("A5", "⭕＝実施　❌＝未実施", merge="H5")
    s.put("A7", "１．" + TITLES[0], merge="H7")
    ws["A7"].font = BOLD
    for i, (label, text) in enumerate(zip(S1_BOX, R3_S1)):
        r = 8 + 2 * i
        s.put(f"A{r}", f"（{i + 1}）" + label, merge=f"H{r}")
        s.put(f"A{r + 1}", text, merge=f"H{r + 1}")
        ws.row_dimensions[r + 1].height = 48
    _box(ws, "A8:H13")
    row = 15
    for n, (items, marks, text) in enumerate(zip(SECTIONS, R3_MARKS, R3_TEXTS), start=2):
        s.put(f"A{row}", f"{n}．" + TITLES[n - 1], merge=f"H{row}")
        ws[f"A{row}"].font = BOLD
        s.put(f"A{row + 1}", "実施")
        s.put(f"B{row + 1}", "取り組み項目", merge=f"H{row + 1}")
        r = row + 2
        for k, (item, mark) in enumerate(zip(items, marks)):
            s.put(f"A{r}", {1: "⭕", 0: "❌", None: None}[mark])
            ws[f"A{r}"].alignment = Alignment(horizontal="center", vertical="center")
            s.put(f"B{r}", f"({k + 1})" + R3_SHORT.get((n, k), item), merge=f"H{r}")
            if len(item) > 40:
                ws.row_dimensions[r].height = 30 if len(item) < 80 else 48
            r += 1
        s.put(f"A{r}", "具体的な取り組み", merge=f"H{r}")
        s.put(f"A{r + 1}", text, merge=f"H{r + 1}")
        ws.row_dimensions[r + 1].height = 40
        _box(ws, f"A{row + 1}:H{r + 1}")
        if n == 5:
            s.put(f"J{row + 2}", "※モデル単組は今年度2単組です。")
        row = r + 3
    assert row == 58, row
    annex = wb.create_sheet("別紙")
    a = Sheet(annex)
    for col in "ABCDEFGH":
        annex.column_dimensions[col].width = 12
    a.put("A1", "４．具体的な取り組み（別紙）", merge="H1")
    annex["A1"].font = BOLD
    a.put("A3", R3_ANNEX, merge="H10")
    _box(annex, "A3:H10")
    wb.active = 0
    _osave(wb, folder / "京都府本部_取組報告_0218.xlsx")


# ------------------------------------------------------------------ R4 島根: date with time, 状況 far right
R4_STATES = [["対応済", "対応済"], ["対応済", "対応済", "未対応", "対応済", "対応中", "対応済", "未対応"],
             ["対応済", "未対応", "対応済"], ["対応済", "未対応"], ["対応済", "対応済", "対応済", None]]
R4_S1 = ["新規加入は12月末で目標の57.1％。保有件数は前年5月比で98.7％と減少している。",
         "10月から県支部と合同で出雲・石見地区の単組を訪問し、進捗を確認した。",
         "石見・隠岐地区の小規模単組への支援。"]
R4_TEXTS = [
    "交付金は規程にもとづき支払い、使途は単組の活動報告で確認している。",
    "同時加入の申込書セットを配布し、県支部と合同で6単組をオルグした。組織化方針は2月の執行委員会で確定し、3月に提起"
    "する予定。",
    "方針を代表者会議で提起し、じちろう共済の案内チラシを配布した。",
    "特になし",
    "冊子を確認して全単組に配布し、代表者会議で活用方法を説明した。",
]


def r4_shimane(folder: Path):
    wb = _xbook(folder / "島根県本部　共済推進取組状況報告.xlsx")
    ws = wb.add_worksheet("取組状況")
    x = XSheet(wb, ws)
    ws.set_column("A:A", 5)
    ws.set_column("B:E", 11)
    ws.set_column("F:H", 14)
    ws.set_column("I:I", 9)
    ws.merge_range("A1:I1", "共済推進取り組み報告書", wb.add_format({"bold": True, "font_size": 14}))
    x.put("A3", "県名")
    x.put("B3", "島根", merge="C3")
    x.put("E3", "作成日")
    x.put("F3", dt.datetime(2025, 2, 17, 16, 42), merge="G3", num="yyyy/m/d h:mm")
    x.put("A4", "作成者：試験 一樹　／　確認者：試験 美香", merge="I4")
    ws.freeze_panes(5, 0)
    ws.repeat_rows(0, 0)
    x.put("A6", "１　" + TITLES[0], merge="I6", bold=True, border=False)
    for i, (label, text) in enumerate(zip(S1_BOX, R4_S1)):
        r = 7 + i
        x.put(f"A{r}", f"（{i + 1}）" + label, merge=f"B{r}")
        x.put(f"C{r}", text, merge=f"I{r}")
        x.height(r, 45)
    row = 11
    for n, (items, states, text) in enumerate(zip(SECTIONS, R4_STATES, R4_TEXTS), start=2):
        x.put(f"A{row}", f"{'２３４５６'[n - 2]}　" + TITLES[n - 1], merge=f"I{row}", bold=True, border=False)
        x.put(f"A{row + 1}", "No.")
        x.put(f"B{row + 1}", "取り組み項目", merge=f"E{row + 1}")
        x.put(f"F{row + 1}", "具体的な取り組み", merge=f"H{row + 1}")
        x.put(f"I{row + 1}", "状況")
        first = row + 2
        for k, (item, state) in enumerate(zip(items, states)):
            r = first + k
            x.put(f"A{r}", k + 1)
            x.put(f"B{r}", item, merge=f"E{r}")
            x.put(f"I{r}", state)
            if len(item) > 20:
                x.height(r, 30 if len(item) < 40 else 92)
        last = first + len(items) - 1
        if last > first:
            x.put(f"F{first}", text, merge=f"H{last}")
        else:
            x.put(f"F{first}", text)
        row = last + 2
    assert row == 44, row
    x.put("A44", "※状況欄は2月14日時点の状況です。", merge="I44", border=False)
    wb.close()


# ------------------------------------------------------------------ R5 宮崎: printed form, ✅/⬜ before ①
R5_MARKS = [[1, 0], [1, 1, 1, 1, 0, 1, 0], [1, 1, 0], [1, 1], [1, 0, 1, 0]]
R5_S1 = ["団体生命共済の新規加入は1月末で目標の60.9％。保有件数は前年5月比で99.8％とほぼ横ばい。",
         "県北・県南の2会場で単組代表者会議を開き、2026年度末の保有目標と単組ごとの到達状況を共有した。",
         "新採の同時加入と、再任用者への継続加入の案内を重点に取り組む。"]
R5_TEXTS = [
    "規程にもとづき支払っている。使途の把握は来年度からの課題。",
    "●同時加入のツールを全単組に配布\n●県支部と合同で9単組をオルグ\n●執行部学習会を2会場で開催\n●1月に新採対策会議を開催",
    "組織化方針を提起し、3単組で説明会を開いた。",
    "推進委員会で毎月進捗を確認し、県支部と合同でモデル単組を訪問した。",
    "冊子の内容を執行委員会で確認し、代表者会議で活用方法を周知した。配布は3月の予定。",
]
R5_INSTR = ("※2024年6月 共済推進県本部・県支部合同会議で報告した県本部共済推進方針にもとづいた取り組み報告の"
            "「3.目標達成にむけた進捗と課題」、「4.今後、重点的に取り組む課題」をあらためて下記に記載してください。")
R5_BOX2 = "左記、2024年6月報告以降の取り組みと課題および\n2026年度末団体生命共済保有目標達成に向けた取り組み\n2点について記入してください。"
CIRCLED = "①②③④⑤⑥⑦"


def r5_miyazaki(folder: Path):
    wb = _obook("宮崎県本部")
    ws = wb.active
    s = Sheet(ws)
    for col in "ABCDEF":
        ws.column_dimensions[col].width = 9
    ws.column_dimensions["G"].width = 9
    for col in "HIJ":
        ws.column_dimensions[col].width = 12
    ws.column_dimensions["K"].width = 30
    s.put("A1", "県本部共済推進取り組み報告書", merge="F1")
    ws["A1"].font = Font(size=14, bold=True)
    for r, label, value in ((1, "県　名", "宮崎県"), (2, "作成日", "Ｒ７．２．２０"), (3, "作成者", "見本 健・見本 早苗"),
                            (4, "確認者", "書記長　見本 修")):
        s.put(f"G{r}", label)
        s.put(f"H{r}", value, merge=f"J{r}")
    _box(ws, "G1:J4")
    s.put("A6", "1." + TITLES[0], merge="J6")
    ws["A6"].font = BOLD
    s.put("A7", R5_INSTR, merge="J8")
    s.put("A9", "「" + S1_BOX[0] + "」", merge="E9")
    s.put("F9", R5_BOX2, merge="J9")
    ws.row_dimensions[9].height = 45
    s.put("A10", R5_S1[0], merge="E13")
    s.put("F10", R5_S1[1], merge="J13")
    s.put("A14", "「" + S1_BOX[2] + "」", merge="J14")
    s.put("A15", R5_S1[2], merge="J16")
    _box(ws, "A9:J16")
    row = 18
    for n, (items, marks, text) in enumerate(zip(SECTIONS, R5_MARKS, R5_TEXTS), start=2):
        s.put(f"A{row}", f"{n}." + TITLES[n - 1], merge=f"J{row}")
        ws[f"A{row}"].font = BOLD
        s.put(f"A{row + 1}", "実施している取り組み☑してください。", merge=f"F{row + 1}")
        s.put(f"G{row + 1}", "具体的な取り組み", merge=f"J{row + 1}")
        first = row + 2
        for k, (item, mark) in enumerate(zip(items, marks)):
            r = first + k
            s.put(f"A{r}", ("✅ " if mark else "⬜ ") + CIRCLED[k] + item, merge=f"F{r}")
            if len(item) > 22:
                ws.row_dimensions[r].height = 30 if len(item) < 44 else 90
        last = first + len(items) - 1
        s.put(f"G{first}", text, merge=f"J{last}")
        _box(ws, f"A{row + 1}:J{last}")
        if n == 2:
            s.put(f"K{first}", "※交付金は年度末に精算します。")
        row = last + 2
    assert row == 51, row
    _osave(wb, folder / "宮崎県本部　R6共済推進取り組み報告書.xlsx")


# ============================================================================================ surveys

# ------------------------------------------------------------------ S1 福岡: ☑ choice list, texts as a matrix
S1_TEXTS = {
    "new_hire_main": "4月の新採研修で組合説明会を開き、その場で加入届を回収している。",
    "new_hire_ideas": "説明は入庁3年目までの青年部役員が担当している。",
    "new_hire_worries": "競合も同じ研修で説明時間をとっており、先に声をかけられることがある。",
    "nonmember_main": "職場委員と未加入者名簿を確認し、個別に声をかけている。",
    "nonmember_worries": "出先機関の未加入者に会う機会が少ない。",
    "visibility": "交渉の結果を翌日にビラと庁内メールで知らせている。",
    "sharing_worries": "庁内メールを読まない組合員が増えている。",
    "labor_relations": "市当局とは年4回の団体交渉を行っている。会計年度任用職員の処遇改善を重点にしている。",
    "differentiation": "共済と交渉の両方で成果を示している。",
    "questions": "出先機関の未加入者への声のかけ方",
    "requests": "新採向けの短い動画をつくってほしい。",
}


def s1_fukuoka(folder: Path):
    wb = _obook("アンケート回答")
    ws = wb.active
    s = Sheet(ws)
    for col, w in zip("ABCDEF", (24, 26, 26, 26, 14, 10)):
        ws.column_dimensions[col].width = w
    s.put("A1", "実態共有用アンケート", merge="F1")
    ws["A1"].font = Font(size=14, bold=True)
    for r, label, v in ((3, "県本部", "福岡"), (4, "単組", "見本市職員労働組合"), (5, "記入者お名前", "見本 春香")):
        s.put(f"A{r}", label)
        s.put(f"B{r}", v, merge=f"C{r}")
    s.put("A6", "上部団体（競合）")
    s.put("B6", "☐全労連・自治労連　☑旧全官公自治労連　☐全労連・医労連　☐なし", merge="F6")
    _box(ws, "A3:F6")
    s.put("B8", "自治労（当組合）")
    s.put("C8", "見本市職員組合（競合）")
    s.put("D8", "時点")
    for r, label, j, c in ((9, "組織人員数（人）", "１，０２０人", "約４５０人"), (10, "組織率（％）", "41.3%", "約２割"),
                           (11, "未加入者数（人）", "1,000人", "1,000人")):
        s.put(f"A{r}", label)
        s.put(f"B{r}", j)
        s.put(f"C{r}", c)
    s.put("D9", "R6.11月末現在", merge="D11")
    ws["D9"].alignment = Alignment(vertical="center", horizontal="center", wrap_text=True)
    _box(ws, "A8:D11")
    s.put("A13", "2025年4月採用")
    for col, label in zip("BCDE", INTAKE):
        s.put(f"{col}14", label)
    s.put("A15", "人数")
    for col, v in zip("BCDE", ("25名", "19名", "4名", "2名")):
        s.put(f"{col}15", v)
    _box(ws, "A14:E15")
    t = S1_TEXTS
    for col, head in zip("BCD", ("主な取り組み", "工夫していること", "悩んでいること")):
        s.put(f"{col}17", head)
        ws[f"{col}17"].font = BOLD
    grid = ((18, "新規採用者組織化", t["new_hire_main"], t["new_hire_ideas"], t["new_hire_worries"]),
            (19, "未加入者対策", t["nonmember_main"], "／", t["nonmember_worries"]),
            (20, "組合活動の可視化・組合員との情報共有", t["visibility"], "／", t["sharing_worries"]))
    for r, label, a, b, c in grid:
        s.put(f"A{r}", label)
        ws[f"A{r}"].font = BOLD
        s.put(f"B{r}", a)
        s.put(f"C{r}", b)
        s.put(f"D{r}", c)
        ws.row_dimensions[r].height = 62
    for r in (19, 20):
        ws[f"C{r}"].alignment = Alignment(horizontal="center", vertical="center")
        ws[f"C{r}"].fill = PatternFill("solid", fgColor="FFD9D9D9")
    _box(ws, "A17:D20")
    for r, label, key in ((22, TEXT_LABELS[7], "labor_relations"), (23, TEXT_LABELS[8], "differentiation"),
                          (24, TEXT_LABELS[9], "questions"), (25, TEXT_LABELS[10], "requests")):
        s.put(f"A{r}", label)
        s.put(f"B{r}", t[key], merge=f"D{r}")
        ws.row_dimensions[r].height = 45 if r == 22 else 30
    _box(ws, "A22:D25")
    s.put("A27", RATE_NOTE, merge="F27")
    s.put("A28", "※競合の人数は先方の大会資料からの推計です。", merge="F28")
    _osave(wb, folder / "福岡_見本市職員労働組合_実態共有アンケート.xlsx")


# ------------------------------------------------------------------ S2 広島: 記入例 column, ･ dot, ―, formula
S2_TEXTS = [
    ("例：採用前説明会で加入を呼びかけ", "採用前の内定者説明会で組合と共済を紹介している。"),
    ("例：先輩組合員が説明を担当", "加入届をその場で書けるよう、記入例を用意している。"),
    ("例：説明の時間がとれない", "競合が採用直後に個別に勧誘している。"),
    ("例：未加入者への個別訪問", "年1回、未加入者に手紙を送り、面談をお願いしている。"),
    ("例：声をかける人手が足りない", "特になし"),
    ("例：組合ニュースの発行", "組合だよりを月1回発行し、全職場に配布している。"),
    ("例：出先職場に届かない", "支所の組合員に情報が届くのが遅い。"),
    ("例：年○回の団体交渉", "町当局とは年2回の交渉。人員確保を最重点にしている。"),
    ("例：共済の充実を伝える", "共済の給付事例を紹介し、自治労の安心感を伝えている。"),
    ("例：青年部の活動の進め方", None),
    ("例：学習会の開催", "県本部の学習会を平日の夜にも開いてほしい。"),
]


def s2_hiroshima(folder: Path):
    wb = _xbook(folder / "広島_見本町職_アンケート（記入例付き）.xlsx")
    ws = wb.add_worksheet("回答用")
    x = XSheet(wb, ws)
    ws.set_column("A:A", 5)
    ws.set_column("B:B", 34)
    ws.set_column("C:C", 28)
    ws.set_column("D:F", 16)
    ws.merge_range("A1:F1", "実態共有用アンケート　回答用紙", wb.add_format({"bold": True, "font_size": 14}))
    x.put("A2", "※「記入例」を参考に、回答欄に記入してください。", merge="F2", border=False)
    x.put("A3", "No.", bold=True)
    x.put("B3", "設問", bold=True)
    x.put("C3", "記入例", bold=True)
    x.put("D3", "回答", merge="F3", bold=True)
    grey = "#EEEEEE"
    rows = [("県本部", "例：○○", "広島"), ("単組名", "例：○○市職員労働組合", "見本町職員組合"),
            ("記入者お名前", "例：自治労 太郎", "試験 夏美"), ("上部団体（競合組合）", "例：全労連・自治労連", "全労連･医労連"),
            ("組織人員数（自治労）（人）", "例：1,000", 286), ("組織人員数（競合）（人）", "例：100", 41),
            ("正規職員数（人）", "例：1,200", 392), ("会計年度任用職員・パート等の非正規職員数（人）", "例：300", 118),
            ("組織率（自治労）（％）", "例：66.7", 56.1), ("組織率（競合）（％）", "例：6.7", 8)]
    r = 4
    for k, (q, ex, ans) in enumerate(rows):
        x.put(f"A{r}", k + 1)
        x.put(f"B{r}", q)
        x.put(f"C{r}", ex, fill=grey)
        x.put(f"D{r}", ans, merge=f"F{r}", num="0.0" if "組織率" in q else None)
        r += 1
    assert r == 14, r
    x.put("A14", 11)
    x.put("B14", "未加入者数（人）")
    x.put("C14", "例：400", fill=grey)
    x.formula("D14", "=D10+D11-D8-D9", 183, merge="F14")
    x.put("A15", 12)
    x.put("B15", "時点")
    x.put("C15", "例：2024年11月1日", fill=grey)
    x.put("D15", dt.date(2024, 11, 1), merge="F15", num="[$-411]ge.m.d")
    for k, (label, ex, ans) in enumerate(zip(
            ["新規採用者数（2025年4月）", "うち自治労加入者数", "うち競合加入者数", "うち未加入者数"],
            ("例：50", "例：40", "例：5", "例：5"), (16, 13, "―", 3))):
        r = 16 + k
        x.put(f"A{r}", 13 + k)
        x.put(f"B{r}", label)
        x.put(f"C{r}", ex, fill=grey)
        x.put(f"D{r}", ans, merge=f"F{r}")
    for k, (label, (ex, ans)) in enumerate(zip(TEXT_LABELS, S2_TEXTS)):
        r = 20 + k
        x.put(f"A{r}", 17 + k)
        x.put(f"B{r}", label)
        x.put(f"C{r}", ex, fill=grey)
        x.put(f"D{r}", ans, merge=f"F{r}")
        x.height(r, 32)
    x.put("A32", "※未加入者数は職員数から両組合の組合員数を引いて計算しています。", merge="F32", border=False)
    wb.close()


# ------------------------------------------------------------------ S3 山梨 (.xls): 所属 in one cell, hidden cols
S3_TEXTS = ["採用時の研修で組合の説明をしている。", "委員長が一人ひとりと面談している。",
            "採用が少なく、毎年のやり方が引き継がれない。", "未加入者は2人のため、委員長が直接声をかけている。",
            "特になし", "組合ニュースを年4回発行し、役場の掲示板に貼っている。", "支所の職員に情報が届きにくい。",
            "村当局とは年1回の交渉のほか、必要に応じて協議している。", "共済の案内を丁寧に行い、相談にすぐ応じている。",
            "小規模単組での役員の引き継ぎ方", "県本部の会議をオンラインでも参加できるようにしてほしい。"]
S3_CONT = "加入届は配属後に職場委員が回収している。"


def s3_yamanashi(folder: Path, work: Path):
    wb = _obook("R6アンケート")
    ws = wb.active
    s = Sheet(ws)
    for col, w in zip("ABCDEFG", (26, 14, 14, 10, 10, 20, 14)):
        ws.column_dimensions[col].width = w
    ws.column_dimensions["D"].hidden = True
    ws.column_dimensions["E"].hidden = True
    s.put("A1", "実態共有用アンケート", merge="G1")
    ws["A1"].font = Font(size=14, bold=True)
    s.put("A3", "所属")
    s.put("B3", "山梨県本部　見本村職員組合", merge="F3")
    s.put("A4", "記入者お名前")
    s.put("B4", "試験 秋子", merge="C4")
    s.put("A5", "上部団体")
    s.put("B5", "自治労連（全労連）", merge="C5")
    for col, head in zip("BCDEF", ("自治労", "競合", "R5自治労", "R5競合", "時点")):
        s.put(f"{col}7", head)
    for r, label, vals in ((8, "組織人員数（人）", (96, 22, 101, 20)), (9, "組織率（％）", (68.6, 15.7, 70.1, 13.9)),
                           (10, "未加入者数（人）", (22, 22, 23, 23))):
        s.put(f"A{r}", label)
        for col, v in zip("BCDE", vals):
            s.put(f"{col}{r}", v)
    s.put("F8", "6年11月1日現在", merge="F10")
    _box(ws, "A7:F10")
    s.put("A12", "2025年4月新規採用者")
    for r, label, v in zip(range(13, 17), INTAKE, ("5人", "4人", "0人", "1人")):
        s.put(f"A{r}", label)
        s.put(f"B{r}", v)
    _box(ws, "A13:B16")
    s.put("A18", RATE_NOTE, merge="G18")
    r = 20
    for k, (label, text) in enumerate(zip(TEXT_LABELS, S3_TEXTS)):
        num = str(8 + k).translate(FW)
        s.put(f"A{r}", f"問{num}　{label}")
        s.put(f"B{r}", text, merge=f"F{r}")
        if len(label) > 24:
            ws.row_dimensions[r].height = 45
        r += 1
        if k == 0:
            s.put(f"B{r}", S3_CONT, merge=f"F{r}")
            r += 1
    assert r == 32, r
    _box(ws, "A20:F31")
    s.put("A33", "※人数は令和6年11月1日の組合員名簿による", merge="G33")
    work.mkdir(parents=True, exist_ok=True)
    src = work / "山梨県本部_見本村職_アンケート.xlsx"
    _osave(wb, src)
    _to_xls(src, folder, work)


# ------------------------------------------------------------------ S4 岡山: printed-form look, rich text, 要望 box
S4_TEXTS = {
    "new_hire_main": CellRichText([TextBlock(InlineFont(b=True), "採用前"), "の説明会と、",
                                   TextBlock(InlineFont(b=True), "入庁後"), "の研修の2回、組合と共済を説明している。"]),
    "new_hire_ideas": "説明会では年齢の近い組合員が体験を話している。",
    "new_hire_worries": CellRichText(["新採の3分の2が競合に加入しており、",
                                      TextBlock(InlineFont(color="FFFF0000", b=True), "説明の機会の確保"), "が課題。"]),
    "nonmember_main": "・職場ごとの未加入者名簿を作成\n・執行委員が分担して声かけ",
    "nonmember_worries": "未加入者が多く、全員に声をかけきれない。",
    "visibility": "組合ニュースとSNSで交渉の経過を発信している。",
    "sharing_worries": "なし",
    "labor_relations": "市当局とは年3回の団体交渉。競合組合とは別々に交渉している。",
    "differentiation": "共済の保障と、職場の要求の取りまとめの両方を伝えている。",
    "questions": "競合と同じ職場で加入を勧めるときの工夫",
    "requests": "競合と並ぶ単組の事例を集めて紹介してほしい。",
}
TEXT_KEYS = ["new_hire_main", "new_hire_ideas", "new_hire_worries", "nonmember_main", "nonmember_worries",
             "visibility", "sharing_worries", "labor_relations", "differentiation", "questions", "requests"]


def s4_okayama(folder: Path):
    wb = _obook("実態共有用アンケート")
    ws = wb.active
    s = Sheet(ws)
    for col, w in zip("ABCDEFGH", (24, 14, 18, 20, 4, 18, 14, 14)):
        ws.column_dimensions[col].width = w
    s.put("A1", "　実態共有用アンケート", merge="D1")
    ws["A1"].font = Font(size=14, bold=True)
    s.put("A3", "県本部")
    s.put("B3", "岡山")
    s.put("A4", "単　組")
    s.put("B4", "見本市職員労働組合", merge="C4")
    s.put("A5", "記入者お名前")
    s.put("B5", "見本 冬美、見本 秀樹", merge="C5")
    _box(ws, "A3:C5")
    s.put("A7", "上部団体")
    s.put("B7", "自治労")
    s.put("C7", "全労連・自治労連")
    s.put("D7", "←プルダウンから選択")
    choices = ["全労連・自治労連", "旧全官公自治労連", "全労連・医労連", "なし"]
    for r, v in zip(range(7, 11), choices):
        s.put(f"F{r}", v)
        ws[f"F{r}"].font = Font(color="FF808080")
    dv = DataValidation(type="list", formula1="$F$7:$F$10", allow_blank=True)
    ws.add_data_validation(dv)
    dv.add("C7")
    s.put("A8", "組織人員数（人）")
    s.put("B8", 1215, fmt="#,##0")
    s.put("C8", 684, fmt="#,##0")
    s.put("A9", "組織率（％）")
    s.put("B9", "27.20%")
    s.put("C9", "15.31%")
    s.put("D9", "R7年1月時点")
    ws["B9"].comment = Comment("人事課の職員数から算出", "見本")
    s.put("A10", "未加入者数（人）")
    s.put("B10", "2,568人")
    s.put("C10", "なし")
    _box(ws, "A7:D10")
    s.put("A12", "2025年")
    for r, label, v in zip(range(13, 17), INTAKE, (48, 9, 31, 8)):
        s.put(f"A{r}", label)
        s.put(f"B{r}", v)
    _box(ws, "A13:B16")
    s.put("D12", TEXT_LABELS[10], merge="G12")
    s.put("D13", S4_TEXTS["requests"], merge="G16")
    _box(ws, "D12:G16")
    for k, (label, key) in enumerate(zip(TEXT_LABELS[:10], TEXT_KEYS[:10])):
        r = 18 + k
        s.put(f"A{r}", label)
        s.put(f"B{r}", S4_TEXTS[key], merge=f"G{r}")
        ws.row_dimensions[r].height = 45 if (len(label) > 24 or "\n" in str(S4_TEXTS[key])) else 30
    _box(ws, "A18:G27")
    s.put("A29", RATE_NOTE, merge="G29")
    s.put("A30", "※組織率は人事課の職員数（4,467人）から計算しています。", merge="G30")
    _osave(wb, folder / "岡山_見本市職労_実態アンケート.xlsx")


# ------------------------------------------------------------------ S5 富山: 入力 sheet + 印刷用 formulas
S5_SHORT = ["新採加入の取り組み", "新採組織化の工夫", "新採組織化の悩み", "未加入者対策の取り組み", "未加入者対策の悩み",
            "組合活動の可視化", "情報共有の悩み", "労使関係・交渉", "競合との差別化", "他単組・他県本部に聞きたいこと",
            "県本部・本部への要望"]
S5_TEXTS = ["採用日に組合説明会を開き、加入をお願いしている。", "説明の後に先輩組合員との昼食会を開いている。", "特になし",
            "委員長が個別に話をしている。", "未加入の理由が組合費の負担感で、説得が難しい。", "組合だよりを年6回発行している。",
            "特になし", "町当局とは年2回交渉。時間外勤務の縮減を求めている。", "競合組合なし。", "組合費の負担感への答え方",
            "共済の説明に来てほしい。"]


def s5_toyama(folder: Path):
    wb = _xbook(folder / "富山_架空町職労_アンケート.xlsx")
    inp = wb.add_worksheet("入力")
    x = XSheet(wb, inp)
    inp.set_column("A:A", 30)
    inp.set_column("B:B", 50)
    inp.write("A1", "入力シート（黄色の欄に入力してください。印刷用シートに反映されます。）")
    yellow = "#FFFF99"
    as_of = dt.date(2024, 12, 1)
    vals = [("県本部", "富山"), ("単組名", "架空町職員労働組合"), ("記入者", "架空 冬樹"), ("上部団体", "なし"),
            ("組合員数（自治労）", 178), ("組合員数（競合）", None), ("組織率（自治労）", 74.2), ("組織率（競合）", None),
            ("未加入者数", 62), ("時点", as_of), ("新規採用者数", 7), ("うち自治労加入", 6), ("うち競合加入", 0),
            ("うち未加入", 1)]
    vals += list(zip(S5_SHORT, S5_TEXTS))
    for k, (label, v) in enumerate(vals):
        r = 3 + k
        x.put(f"A{r}", label)
        x.put(f"B{r}", v, fill=yellow, num="yyyy/m/d" if isinstance(v, dt.date) else None)
    assert 3 + len(vals) == 28
    pr = wb.add_worksheet("印刷用")
    p = XSheet(wb, pr)
    pr.set_column("A:A", 26)
    pr.set_column("B:C", 16)
    pr.set_column("D:D", 22)
    pr.set_column("E:F", 14)
    pr.merge_range("A1:F1", "実態共有用アンケート", wb.add_format({"bold": True, "font_size": 14}))
    p.put("A3", "県本部")
    p.formula("B3", "=入力!B3", "富山")
    p.put("A4", "単　組")
    p.formula("B4", "=入力!B4", "架空町職員労働組合", merge="C4")
    p.put("A5", "記入者お名前")
    p.formula("B5", "=入力!B5", "架空 冬樹", merge="C5")
    p.put("A7", "上部団体")
    p.put("B7", "自治労")
    p.formula("C7", '=IF(入力!B6="","",入力!B6)', "なし")
    p.put("D7", "時点")
    p.put("A8", "組織人員数（人）")
    p.formula("B8", "=入力!B7", 178)
    p.formula("C8", '=IF(入力!B8="","",入力!B8)', "")
    p.put("A9", "組織率（％）")
    p.formula("B9", "=入力!B9", 74.2, num='0.0"％"')
    p.formula("C9", '=IF(入力!B10="","",入力!B10)', "", num='0.0"％"')
    p.put("A10", "未加入者数（人）")
    p.formula("B10", "=入力!B11", 62)
    p.formula("C10", '=IF(入力!B8="","",入力!B11)', "")
    serial = (as_of - dt.date(1899, 12, 30)).days
    p.formula("D8", "=入力!B12", serial, merge="D10", num='yyyy"年"m"月"d"日時点"')
    p.put("A12", "2025年")
    for k, label in enumerate(INTAKE):
        r = 13 + k
        p.put(f"A{r}", label)
        p.formula(f"B{r}", f"=入力!B{13 + k}", vals[10 + k][1])
    p.put("A18", RATE_NOTE, merge="F18", border=False)
    for k, (label, text) in enumerate(zip(TEXT_LABELS, S5_TEXTS)):
        r = 20 + k
        p.put(f"A{r}", label)
        p.formula(f"B{r}", f"=入力!B{17 + k}", text, merge=f"F{r}")
        p.height(r, 45 if len(label) > 24 else 30)
    p.put("A32", "※組合員数は12月1日現在の組合費控除者数です。", merge="F32", border=False)
    pr.activate()
    wb.close()


def build(root: Path) -> dict[str, Path]:
    from legacy_kit import build_set

    return build_set(Path(root), [r1_aomori, r3_kyoto, r4_shimane, r5_miyazaki],
                     [s1_fukuoka, s2_hiroshima, s4_okayama, s5_toyama],
                     converted=[("report", r2_ibaraki), ("survey", s3_yamanashi)])


if __name__ == "__main__":
    print(build(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/legacy10")))
