"""Fourteenth, independent set of legacy-style fixtures (tests/legacy14), made to measure GENERALISATION.

Ten workbooks (five 県本部共済推進取り組み報告書, five 実態共有用アンケート; FY2024: reports made Feb 2025, survey
figures as of late 2024, intake 2025年4月新採) as ordinary offices would send them, written with XlsxWriter and
openpyxl (one of them post-processed at the zip level: a macro-enabled .xlsm), two of them (R3, S2) saved as .xls
through LibreOffice. Each COMBINES 3-5 habits: about two thirds common and already seen somewhere in tests/legacy2 …
tests/legacy13 but mixed differently, about one third judged plausible and absent from those sets (marked NEW).
Every name, union and sentence is invented for this set (見本 / 試験 / 架空 names); the only texts taken from the real
forms are the printed labels and instructions. Nothing here imports the reader.

REPORTS
R1 北海道本部_共済推進取り組み報告書.xlsx (openpyxl), sheet 「報告書（北海道）」
   the form retyped as 「Excel方眼紙」: column A a narrow margin, columns B:AK all 2.6 wide, every label and answer a
   merged block over many of those columns (NEW); header labels with the answers right (県名 B3:E3 → F3:M3 「北海道」,
   作成日 O3:R3 → S3:AB3 …); 作成日 typed in KANJI numerals 「令和七年二月十四日」 (NEW); section 1 as 「（１）」…
   labels with merged blocks below; items with 「○」 / 「×」 in a merged 実施 cell (B:D) left of the item (E:AK);
   「具体的な取り組み」 label row with the text merged over two rows below; note B68.
     s2 20 (header 21; items 22,23; label 24; text 25:26), s3 28 (items 30..36), s4 41 (items 43..45),
     s5 50 (items 52,53), s6 58 (items 60..63)
R2 宮城県本部_取り組み報告書.xlsm (XlsxWriter + zip post-processing), sheet 「報告書」
   saved MACRO-ENABLED (.xlsm, the macroEnabled main content type, no macro in it) (NEW); labels with a trailing 「：」
   and the answers merged right (A3 → B3:C3, E3 → F3:G3 …); 作成日 a real date shown yyyy/m/d; section 1's first two
   boxes SIDE BY SIDE (A7:D7 / E7:I7, texts A8:D11 / E8:I11), the third below; ● bullet lines; a narrow 実施 column F
   RIGHT of the items holding 「√」 (U+221A SQUARE ROOT, the IME's check-looking sign, NEW glyph) for the done items,
   blank otherwise, no □ anywhere; the text merged G:I beside the items; a note beside s3 (K23).
     s2 16 (header 17; items 18,19), s3 21 (items 23..29), s4 31 (items 33..35), s5 37 (items 39,40),
     s6 42 (items 44..47)
R3 東京都本部_共済推進取組報告（R7.2）.xls (openpyxl → LibreOffice .xls), sheet 「取組報告」
   header labels in row 3 with the answers BELOW them in row 4 (A 県名 | C 作成日 | E 作成者 | G 確認者, each over two
   columns); 作成日 the text 「R7.2.12」; the names typed with the seal mark 「㊞」 after them (「試験 俊介　㊞」) (NEW);
   rows 5-6 GROUPED and COLLAPSED (outline) holding the template's 記入例 line (an item with 「2回」 and an example
   text); 「(1)」… section-1 labels with merged blocks below; sections 2-6 a table 取り組み項目 (A:E) | 実施回数 (F) |
   具体的な取り組み (G:H merged beside the items): the clerk answered HOW MANY TIMES each item was carried out
   (「1回」 「4回」 「年1回」 「毎月」, 「0回」 for the ones not done) instead of a mark (NEW); s6 text 「特になし」;
   note A52.
     s2 19 (header 20; items 21,22), s3 24 (items 26..32), s4 34 (items 36..38), s5 40 (items 42,43),
     s6 45 (items 47..50)
R4 広島県本部　取組報告書.xlsx (XlsxWriter), sheets 「報告書」 (the BLANK form, first) then 「報告書 (2)」 (Excel's name
   for a copied sheet: the filled one, active)
   header label and answer in ONE cell (「県名：広島県」 A3, 「作成日：25/2/17」 E3 …); 作成日 with a TWO-DIGIT western
   year 「25/2/17」 (NEW); section-1 texts typed ONE SENTENCE PER ROW under 「（１）」… labels; items 「☑︎　label」
   (U+2611 + VARIATION SELECTOR-15, the text-style ☑ a Mac or a copy from a web page leaves, NEW glyph form) /
   「□　label」; the text merged F:H beside the items; a memo far right of the form (J20).
     s2 18 (header 19; items 20,21), s3 23 (items 25..31), s4 33 (items 35..37), s5 39 (items 41,42),
     s6 44 (items 46..49)
R5 長崎県本部_取り組み報告書.xlsx (openpyxl), sheet 「長崎」
   NO merged cell anywhere: the title, the section-1 labels and the table headings centred with 「選択範囲内で中央」
   (centerContinuous) and the long texts in one cell overflowing to the right (NEW); header labels with the answers
   right (C3 → D3, G3 → H3 …), 作成日 a real date shown 「令和7年2月20日」; a narrow 実施 column B left of the items
   holding 「Ｏ」 (FULL-WIDTH LATIN CAPITAL O typed for ○, NEW glyph) for the done items, blank otherwise, no □; a
   HIDDEN column A holding LAST YEAR's marks (「Ｏ」, several differing from this year's); the text in G beside the
   first item; note B47 explaining the 「Ｏ」.
     s2 14 (header 15; items 16,17), s3 19 (items 21..27), s4 29 (items 31..33), s5 35 (items 37,38),
     s6 40 (items 42..45)

SURVEYS
S1 山梨_見本町職_実態共有アンケート.xlsx (XlsxWriter), sheet 「アンケート」
   close to the printed form, the 上部団体 dropdown left at the template's placeholder 「（選択してください）」 although the
   competitor's figures are given (NEW); counts as numbers in cells formatted 0"名" (shown 「412名」); rates as
   fractions in 0.0% cells; 時点 「R6.11.1現在」 merged down D9:D11; the eleven text labels REPHRASED as full questions
   (「新規採用者に組合へ加入してもらうため、主にどのような取り組みをしていますか。」 …) with the answer B:F on the same
   row (NEW); one 「特になし」; note A33.
S2 富山_試験市職労_アンケート.xls (openpyxl → LibreOffice .xls), sheet 「回答」
   a vertical 項目 | 回答 list, each pair split into two questions; numbers as text with units and 約 (「約180人」
   「41.3%」 「約7%」 「1,270人」); NO 時点 row: the date only inside the member count 「1,020人（R6.11.1現在）」 (NEW);
   正規 / 非正規 given; the intake as a small table BY SEX (男 | 女 | 計, 計 a SUM formula) (NEW); texts 「(1)」…
   「(11)」 with the answer merged beside; one 「特になし」; note at the bottom.
     rows: header 4..7, numbers 8..15, 組織率 note 16, intake 18 (heading) 19..22, texts 24 (heading) 25..35, note 37
S3 京都府本部_架空町職_アンケート.xlsx (openpyxl), sheets 「前年度」 (VERY HIDDEN, first: last year's answers in the same
   layout, NEW) then 「今年度」
   header label and answer in one cell (「県本部：京都」 …); the pairs table TRANSPOSED (rows 自治労 / 競合, columns
   組織人員数 | 組織率 | 未加入者数 | 時点) with a 時点 of its own on each row (自治労 「R6.11.1」, 競合 「R6.10月（聞き取り）」)
   (NEW) and the competitor's 未加入者数 「〃」 (the ditto mark: same as above, NEW); rates as fractions in 0.0% cells;
   texts 「【label】」 rows with the answer merged over the two rows below; one answer blank; note A54.
S4 鳥取_見本村職_アンケート.xlsx (XlsxWriter), sheet 「実態共有用アンケート」
   「Excel方眼紙」 (columns B:AH all 2.6 wide, everything merged over many columns) (NEW); the header labels across row 3
   with the answers BELOW them in row 4; members as numbers, the rate as text 「58.2%」, the competitor's rate 「不明」;
   時点 「令和6年12月1日現在」 merged down beside the table; the intake typed as ONE SENTENCE 「新規採用者3名のうち、
   自治労加入2名、競合加入0名、未加入1名」; texts as label rows with 「・」 bullet answers merged over two rows below;
   one 「なし」; note B50.
S5 大分県本部_架空市職労_アンケート（R6）.xlsx (openpyxl), sheet 「アンケート」
   the workbook in the 1904 DATE SYSTEM (an old Mac's, date1904) with 時点 a real date shown 「令和6年12月1日」 merged
   down D10:D12 (NEW); 上部団体 typed 「全労連　自治労連」 (a full-width space for the 「・」); a 「（単位：人、％）」 line
   above the table and bare numbers, rates as plain numbers; texts with the label merged over two rows and the answer
   merged beside; one 「特になし」; a note far right of the table (H10).
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
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.utils.cell import column_index_from_string, coordinate_from_string
from openpyxl.utils.datetime import CALENDAR_MAC_1904

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
D = dt.date
S1_INSTR = ("※2024年6月 共済推進県本部・県支部合同会議で報告した県本部共済推進方針にもとづいた取り組み報告の"
            "「3.目標達成にむけた進捗と課題」、「4.今後、重点的に取り組む課題」をあらためて下記に記載してください。")
CHECK_HEAD = "実施している取り組み☑してください。"
CHOICES = ["全労連・自治労連", "旧全官公自治労連", "全労連・医労連", "なし"]
ZEN = "１２３４５６"
CENTER_ACROSS = Alignment(horizontal="centerContinuous", vertical="center")


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


def _restamp(data: bytes, path: Path, patch=None):
    """Rewrite a saved workbook with FIXED zip stamps and core.xml time; ``patch(name, bytes) -> bytes`` may change
    parts."""
    stamp = FIXED.strftime("%Y-%m-%dT%H:%M:%SZ")
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + stamp.encode(), body)
            if patch is not None:
                body = patch(info.filename, body)
            out.writestr(zipfile.ZipInfo(info.filename, date_time=FIXED.timetuple()[:6]), body,
                         compress_type=zipfile.ZIP_DEFLATED)


def _osave(wb, path: Path, patch=None):
    """Save an openpyxl book byte for byte the same on every run (core.xml and zip stamps set to FIXED)."""
    buf = io.BytesIO()
    wb.save(buf)
    _restamp(buf.getvalue(), path, patch)


def _xbook(path) -> xlsxwriter.Workbook:
    opts = {"in_memory": True} if isinstance(path, io.BytesIO) else {}
    wb = xlsxwriter.Workbook(path if isinstance(path, io.BytesIO) else str(path), opts)
    wb.set_properties({"author": "見本", "created": FIXED})
    return wb


class XSheet:
    """XlsxWriter helper: typed values, merges, number formats, bold, fills."""

    def __init__(self, wb, ws):
        self.wb, self.ws, self._fmts = wb, ws, {}

    def fmt(self, num=None, bold=False, border=True, fill=None, center=False, color=None, size=None):
        key = (num, bold, border, fill, center, color, size)
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
            if center:
                props["align"] = "center"
                props["valign"] = "vcenter"
            if color:
                props["font_color"] = color
            if size:
                props["font_size"] = size
            self._fmts[key] = self.wb.add_format(props)
        return self._fmts[key]

    def put(self, ref: str, value, merge: str | None = None, **kw):
        f = self.fmt(**kw)
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
        else:
            self.ws.write_string(r, c, value, f)

    def height(self, row: int, h: float):
        self.ws.set_row(row - 1, h)


def _to_xls(src: Path, folder: Path, work: Path):
    """The .xls LibreOffice saves from ``src`` (tests/lo.py), moved into ``folder``."""
    out = lo.convert(src, work / "xls", "xls")
    shutil.move(str(out), str(folder / out.name))


def _lines(text: str, per_line: int) -> int:
    return sum(max(1, -(-len(part) // per_line)) for part in text.split("\n"))


# ============================================================================================ reports

# ------------------------------------------------------------------ R1 北海道: Excel方眼紙, 令和七年二月十四日
R1_MARKS = [[1, 1], [1, 0, 1, 1, 1, 0, 0], [1, 1, 0], [1, 0], [1, 1, 1, 0]]
R1_S1 = [
    "団体生命共済の新規加入は1月末で目標の57.8％。保有件数は前年5月比で99.6％と微減している。道東・道北の小規模単組で"
    "新採の加入が少ない。",
    "7月から地本と合同で道東・道北の16単組を訪問した。2026年度末の保有目標を単組ごとに示し、3月までの取り組み日程を"
    "確認した。",
    "小規模単組への訪問の継続と、新採の同時加入の定着。",
]
R1_TEXTS = [
    "規程にもとづき年度末に支払っている。使途は単組からの実績報告で確認している。",
    "同時加入のパンフレットを全単組に配布し、地本と合同で16単組をオルグした。執行部学習会を3会場で開き、新採組織化"
    "方針を提起した。",
    "組織化方針を単組に提起し、対象者の多い札幌圏の5単組で説明会を開いた。",
    "推進委員会で隔月に進捗を確認している。",
    "冊子を推進委員会で確認し、全単組に送付した。代表者会議で活用方法を説明した。",
]


def r1_hokkaido(folder: Path):
    wb = _obook("報告書（北海道）")
    ws = wb.active
    s = Sheet(ws)
    ws.column_dimensions["A"].width = 1.5
    for i in range(2, 38):  # B..AK: the 方眼紙 grid
        ws.column_dimensions[get_column_letter(i)].width = 2.6
    s.put("B1", "令和6年度　県本部共済推進取り組み報告書", merge="AK1")
    ws["B1"].font = Font(size=14, bold=True)
    ws["B1"].alignment = Alignment(horizontal="center", vertical="center")
    ws.row_dimensions[1].height = 24
    for r, (l1, v1, l2, v2) in ((3, ("県名", "北海道", "作成日", "令和七年二月十四日")),
                                (4, ("作成者", "見本 大輔", "確認者", "見本 千春"))):
        s.put(f"B{r}", l1, merge=f"E{r}")
        s.put(f"F{r}", v1, merge=f"M{r}")
        s.put(f"O{r}", l2, merge=f"R{r}")
        s.put(f"S{r}", v2, merge=f"AB{r}")
        _box(ws, f"B{r}:M{r}")
        _box(ws, f"O{r}:AB{r}")
    s.put("B6", "１．" + TITLES[0], merge="AK6")
    ws["B6"].font = BOLD
    for i, (label, text) in enumerate(zip(S1_BOX, R1_S1)):
        r = 7 + 4 * i
        s.put(f"B{r}", f"（{ZEN[i]}）" + label, merge=f"AK{r}")
        s.put(f"B{r + 1}", text, merge=f"AK{r + 3}")
        _box(ws, f"B{r}:AK{r + 3}")
    row = 20
    for n, (items, marks, text) in enumerate(zip(SECTIONS, R1_MARKS, R1_TEXTS), start=2):
        s.put(f"B{row}", f"{ZEN[n - 1]}．" + TITLES[n - 1], merge=f"AK{row}")
        ws[f"B{row}"].font = BOLD
        s.put(f"B{row + 1}", "実施", merge=f"D{row + 1}")
        s.put(f"E{row + 1}", "取り組み項目", merge=f"AK{row + 1}")
        first = row + 2
        for k, (item, mark) in enumerate(zip(items, marks)):
            r = first + k
            s.put(f"B{r}", "○" if mark else "×", merge=f"D{r}")
            ws[f"B{r}"].alignment = Alignment(horizontal="center", vertical="center")
            s.put(f"E{r}", item, merge=f"AK{r}")
            ws.row_dimensions[r].height = 15 * _lines(item, 42) + 4
        last = first + len(items) - 1
        s.put(f"B{last + 1}", "具体的な取り組み", merge=f"AK{last + 1}")
        s.put(f"B{last + 2}", text, merge=f"AK{last + 3}")
        _box(ws, f"B{row + 1}:AK{last + 3}")
        row = last + 5
    assert row == 68, row
    s.put("B68", "※道東地区の学習会は吹雪のため2月に延期しました。", merge="AK68")
    ws.print_area = "A1:AK68"
    _osave(wb, folder / "北海道本部_共済推進取り組み報告書.xlsx")


# ------------------------------------------------------------------ R2 宮城 (.xlsm): √ right of the items
R2_MARKS = [[1, 1], [1, 1, 0, 1, 1, 0, 1], [1, 1, 1], [1, 0], [1, 0, 1, 0]]
R2_S1 = [
    "●新規加入は1月末で目標の60.4％。\n●保有件数は前年5月比で100.3％。\n●仙台市内の大規模単組で新採の加入率が"
    "下がっている。",
    "●10月から県支部と合同で仙南・県北地区の11単組を訪問した。\n●単組ごとの保有目標と到達状況を一覧にして示した。",
    "●大規模単組での新採説明会の充実\n●再任用者への継続加入の案内",
]
R2_TEXTS = [
    "規程にもとづき9月に支払った。使途は単組の会計報告で確認している。",
    "同時加入のチラシを作り全単組に送った。県支部と合同で11単組をオルグし、12月に新採対策会議を開いた。同時加入の"
    "具体策として説明会の進め方を示した。",
    "組織化方針を提起し、対象者の名簿を単組と確認して説明会を開いた。じちろう共済の案内を配った。",
    "推進委員会で毎月進捗を確認している。",
    "冊子を執行委員会で確認した。代表者会議で内容を説明した。",
]
MACRO_MAIN = b"application/vnd.ms-excel.sheet.macroEnabled.main+xml"
PLAIN_MAIN = b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"


def _macro_enabled(name: str, body: bytes) -> bytes:
    if name == "[Content_Types].xml":
        assert PLAIN_MAIN in body
        return body.replace(PLAIN_MAIN, MACRO_MAIN)
    return body


def r2_miyagi(folder: Path):
    buf = io.BytesIO()
    wb = _xbook(buf)
    ws = wb.add_worksheet("報告書")
    x = XSheet(wb, ws)
    ws.set_column("A:E", 11)
    ws.set_column("F:F", 6)
    ws.set_column("G:I", 14)
    ws.set_column("J:J", 2)
    ws.set_column("K:K", 34)
    ws.merge_range("A1:I1", "県本部共済推進取り組み報告書", wb.add_format({"bold": True, "font_size": 14, "align": "center"}))
    for lref, label, aref, end, value, num in (
            ("A3", "県名：", "B3", "C3", "宮城県", None), ("E3", "作成日：", "F3", "G3", D(2025, 2, 13), "yyyy/m/d"),
            ("A4", "作成者：", "B4", "C4", "見本 智也", None), ("E4", "確認者：", "F4", "G4", "見本 美咲", None)):
        x.put(lref, label, border=False)
        x.put(aref, value, merge=end, num=num)
    x.put("A6", "1．" + TITLES[0], merge="I6", bold=True, border=False)
    x.put("A7", S1_BOX[0], merge="D7", bold=True)
    x.put("E7", S1_BOX[1], merge="I7", bold=True)
    x.put("A8", R2_S1[0], merge="D11")
    x.put("E8", R2_S1[1], merge="I11")
    for r in range(8, 12):
        x.height(r, 26)
    x.put("A12", S1_BOX[2], merge="I12", bold=True)
    x.put("A13", R2_S1[2], merge="I14")
    row = 16
    for n, (items, marks, text) in enumerate(zip(SECTIONS, R2_MARKS, R2_TEXTS), start=2):
        x.put(f"A{row}", f"{n}．" + TITLES[n - 1], merge=f"I{row}", bold=True, border=False)
        x.put(f"A{row + 1}", "取り組み項目", merge=f"E{row + 1}", center=True)
        x.put(f"F{row + 1}", "実施", center=True)
        x.put(f"G{row + 1}", "具体的な取り組み", merge=f"I{row + 1}", center=True)
        first = row + 2
        for k, (item, mark) in enumerate(zip(items, marks)):
            r = first + k
            x.put(f"A{r}", item, merge=f"E{r}")
            x.put(f"F{r}", "√" if mark else None, center=True)
            x.height(r, 15 * _lines(item, 30) + 4)
        last = first + len(items) - 1
        x.put(f"G{first}", text, merge=f"I{last}")
        row = last + 2
    assert row == 49, row
    x.put("K23", "※新採対策会議の資料は別途お送りします。", border=False)
    wb.close()
    _restamp(buf.getvalue(), folder / "宮城県本部_取り組み報告書.xlsm", _macro_enabled)


# ------------------------------------------------------------------ R3 東京 (.xls): 実施回数, ㊞, collapsed 記入例
R3_COUNTS = [["年1回", "0回"], ["1回", "4回", "2回", "0回", "1回", "1回", "0回"], ["1回", "3回", "0回"],
             ["毎月", "0回"], ["1回", "1回", "1回", "0回"]]
R3_S1 = [
    "新規加入は1月末で目標の52.9％。保有件数は前年5月比で98.8％と減少している。区部の単組で退職者の脱退が多い。",
    "区部・多摩地区の合同会議を2回開き、単組ごとの2026年度末の保有目標と到達状況を確認した。",
    "退職予定者への継続加入の案内と、多摩地区の単組への支援。",
]
R3_TEXTS = [
    "規程にもとづき年1回支払っている。使途の把握はできていない。",
    "同時加入のツールを提供し、県支部と合同で区部・多摩の単組を4回オルグした。執行部学習会を2回開いた。組織化方針と"
    "同時加入方針を提起した。",
    "組織化方針を提起し、対象者向けの説明会を3回開いた。",
    "推進委員会で毎月進捗を確認している。",
    "特になし",
]


def r3_tokyo(folder: Path, work: Path):
    wb = _obook("取組報告")
    ws = wb.active
    s = Sheet(ws)
    for col, w in zip("ABCDEFGH", (11, 11, 11, 11, 11, 10, 18, 18)):
        ws.column_dimensions[col].width = w
    s.put("A1", "令和6年度　県本部共済推進取り組み報告書", merge="H1")
    ws["A1"].font = Font(size=14, bold=True)
    for (lc, le), label, value in ((("A", "B"), "県名", "東京都"), (("C", "D"), "作成日", "R7.2.12"),
                                   (("E", "F"), "作成者", "試験 俊介　㊞"), (("G", "H"), "確認者", "試験 美里　㊞")):
        s.put(f"{lc}3", label, merge=f"{le}3")
        ws[f"{lc}3"].alignment = Alignment(horizontal="center", vertical="center")
        s.put(f"{lc}4", value, merge=f"{le}4")
    ws.row_dimensions[4].height = 24
    _box(ws, "A3:H4")
    # the template's example line, grouped and collapsed by the clerk
    s.put("A5", "【記入例】", merge="H5")
    s.put("A6", S3[3], merge="E6")
    s.put("F6", "2回")
    s.put("G6", "（例）11月と1月に新採対策会議を開いた。", merge="H6")
    ws.row_dimensions.group(5, 6, outline_level=1, hidden=True)
    s.put("A8", "１．" + TITLES[0], merge="H8")
    ws["A8"].font = BOLD
    for i, (label, text) in enumerate(zip(S1_BOX, R3_S1)):
        r = 9 + 3 * i
        s.put(f"A{r}", f"({i + 1})" + label, merge=f"H{r}")
        s.put(f"A{r + 1}", text, merge=f"H{r + 2}")
        ws.row_dimensions[r + 1].height = 22
        ws.row_dimensions[r + 2].height = 22
    _box(ws, "A9:H17")
    row = 19
    for n, (items, counts, text) in enumerate(zip(SECTIONS, R3_COUNTS, R3_TEXTS), start=2):
        s.put(f"A{row}", f"{ZEN[n - 1]}．" + TITLES[n - 1], merge=f"H{row}")
        ws[f"A{row}"].font = BOLD
        s.put(f"A{row + 1}", "取り組み項目", merge=f"E{row + 1}")
        s.put(f"F{row + 1}", "実施回数")
        s.put(f"G{row + 1}", "具体的な取り組み", merge=f"H{row + 1}")
        first = row + 2
        for k, (item, count) in enumerate(zip(items, counts)):
            r = first + k
            s.put(f"A{r}", item, merge=f"E{r}")
            s.put(f"F{r}", count)
            ws[f"F{r}"].alignment = Alignment(horizontal="center", vertical="center")
            ws.row_dimensions[r].height = 15 * _lines(item, 30) + 4
        last = first + len(items) - 1
        s.put(f"G{first}", text, merge=f"H{last}")
        _box(ws, f"A{row + 1}:H{last}")
        row = last + 2
    assert row == 52, row
    s.put("A52", "※実施回数は2024年6月以降の回数です。", merge="H52")
    work.mkdir(parents=True, exist_ok=True)
    src = work / "東京都本部_共済推進取組報告（R7.2）.xlsx"
    _osave(wb, src)
    _to_xls(src, folder, work)


# ------------------------------------------------------------------ R4 広島: blank 報告書 + 報告書 (2), 25/2/17, ☑︎
R4_MARKS = [[1, 0], [1, 1, 1, 1, 0, 1, 0], [0, 1, 1], [1, 1], [1, 1, 0, 0]]
R4_S1 = [
    ["新規加入は1月末で目標の62.1％。", "保有件数は前年5月比で100.6％と増加した。", "備北地区の単組で新採の加入が伸び悩んでいる。"],
    ["県支部と合同で備北・芸北地区の8単組を訪問した。", "単組ごとに2026年度末の保有目標と今年度の到達見込みを確認した。"],
    ["備北地区の単組への重点的な訪問。", "新採説明会での同時加入の呼びかけ。"],
]
R4_TEXTS = [
    "規程にもとづき年度末に支払っている。",
    "同時加入のツールを全単組に提供し、県支部と合同で8単組をオルグした。学習会と新採対策会議を開き、同時加入方針を"
    "提起した。",
    "対象者を単組ごとに把握し、説明会でじちろう共済の継続加入をアピールした。",
    "推進委員会で進捗を確認し、モデル単組2単組を県支部と合同で訪問した。",
    "冊子を執行委員会で確認し、全単組に配布した。",
]
CHECKED_VS15 = "\u2611\ufe0e"


def _r4_form(wb, ws, filled: bool):
    x = XSheet(wb, ws)
    ws.set_column("A:E", 11)
    ws.set_column("F:H", 14)
    ws.set_column("I:I", 2)
    ws.set_column("J:J", 36)
    ws.merge_range("A1:H1", "県本部共済推進取り組み報告書", wb.add_format({"bold": True, "font_size": 14, "align": "center"}))
    header = (("A3", "C3", "県名：", "広島県"), ("E3", "G3", "作成日：", "25/2/17"),
              ("A4", "C4", "作成者：", "架空 正人"), ("E4", "G4", "確認者：", "架空 美穂子"))
    for ref, end, label, value in header:
        x.put(ref, label + (value if filled else ""), merge=end)
    x.put("A6", "１．" + TITLES[0], merge="H6", bold=True, border=False)
    r = 7
    for i, (label, sentences) in enumerate(zip(S1_BOX, R4_S1)):
        x.put(f"A{r}", f"（{ZEN[i]}）" + label, merge=f"H{r}", bold=True)
        for k, sentence in enumerate(sentences):
            x.put(f"A{r + 1 + k}", sentence if filled else None, merge=f"H{r + 1 + k}")
        r += 1 + len(sentences)
    assert r == 17, r
    row = 18
    for n, (items, marks, text) in enumerate(zip(SECTIONS, R4_MARKS, R4_TEXTS), start=2):
        x.put(f"A{row}", f"{ZEN[n - 1]}．" + TITLES[n - 1], merge=f"H{row}", bold=True, border=False)
        x.put(f"A{row + 1}", CHECK_HEAD, merge=f"E{row + 1}")
        x.put(f"F{row + 1}", "具体的な取り組み", merge=f"H{row + 1}", center=True)
        first = row + 2
        for k, (item, mark) in enumerate(zip(items, marks)):
            line = (CHECKED_VS15 if filled and mark else "□") + "　" + item
            x.put(f"A{first + k}", line, merge=f"E{first + k}")
            x.height(first + k, 15 * _lines(line, 30) + 4)
        last = first + len(items) - 1
        x.put(f"F{first}", text if filled else None, merge=f"H{last}")
        row = last + 2
    assert row == 51, row
    if filled:
        x.put("J20", "※交付金の使途は来年度から単組に報告を求める予定です。", border=False)


def r4_hiroshima(folder: Path):
    wb = _xbook(folder / "広島県本部　取組報告書.xlsx")
    blank = wb.add_worksheet("報告書")
    filled = wb.add_worksheet("報告書 (2)")
    _r4_form(wb, blank, False)
    _r4_form(wb, filled, True)
    filled.activate()
    wb.close()


# ------------------------------------------------------------------ R5 長崎: no merges (centerContinuous), Ｏ, hidden R5
R5_MARKS = [[1, 1], [1, 1, 1, 0, 1, 1, 0], [1, 0, 0], [1, 1], [0, 1, 1, 0]]
R5_OLD = [[1, 0], [1, 0, 0, 1, 0, 0, 1], [0, 1, 1], [1, 0], [1, 0, 0, 1]]  # last year's (hidden column A)
R5_S1 = [
    "新規加入は1月末で目標の58.0％。保有件数は前年5月比で99.8％。離島の単組で新採の加入が遅れている。",
    "県支部と合同で五島・壱岐・対馬の7単組を訪問し、単組ごとの保有目標と新採対策の日程を確認した。",
    "離島単組への支援と、同時加入の徹底。",
]
R5_TEXTS = [
    "規程にもとづき7月に支払った。使途は単組の報告で把握している。",
    "同時加入のツールを提供し、離島の単組を県支部と合同でオルグした。学習会を開き、新採組織化方針と同時加入方針を提起"
    "した。",
    "組織化方針を単組に提起した。対象者の把握は3月に行う。",
    "推進委員会で進捗を確認し、モデル単組を合同で訪問した。",
    "全単組にマニュアルを配布し、代表者会議で活用方法を周知した。",
]
FULL_O = "Ｏ"  # U+FF2F FULLWIDTH LATIN CAPITAL LETTER O


def _across(ws, row: int, first: str, last: str, value, bold=False):
    """A value centred across first..last without merging (選択範囲内で中央)."""
    ws[f"{first}{row}"] = value
    for i in range(column_index_from_string(first), column_index_from_string(last) + 1):
        ws.cell(row=row, column=i).alignment = CENTER_ACROSS
    if bold:
        ws[f"{first}{row}"].font = BOLD


def r5_nagasaki(folder: Path):
    wb = _obook("長崎")
    ws = wb.active
    for col, w in zip("ABCDEFGHIJ", (5, 5, 12, 12, 12, 12, 14, 14, 14, 14)):
        ws.column_dimensions[col].width = w
    ws.column_dimensions["A"].hidden = True
    _across(ws, 1, "B", "J", "県本部共済推進取り組み報告書")
    ws["B1"].font = Font(size=14, bold=True)
    for ref, v in (("C3", "県名"), ("D3", "長崎県"), ("G3", "作成日"), ("C4", "作成者"), ("D4", "架空 浩一"),
                   ("G4", "確認者"), ("H4", "架空 由紀")):
        ws[ref] = v
    ws["H3"] = D(2025, 2, 20)
    ws["H3"].number_format = '[$-411]ggge"年"m"月"d"日"'
    ws["H3"].alignment = Alignment(horizontal="left")
    ws["B6"] = "１．" + TITLES[0]
    ws["B6"].font = BOLD
    for i, (label, text) in enumerate(zip(S1_BOX, R5_S1)):
        r = 7 + 2 * i
        _across(ws, r, "C", "J", label, bold=True)
        ws[f"C{r + 1}"] = text
    row = 14
    for n, (items, marks, old, text) in enumerate(zip(SECTIONS, R5_MARKS, R5_OLD, R5_TEXTS), start=2):
        ws[f"B{row}"] = f"{ZEN[n - 1]}．" + TITLES[n - 1]
        ws[f"B{row}"].font = BOLD
        ws[f"A{row + 1}"] = "前年"
        ws[f"B{row + 1}"] = "実施"
        _across(ws, row + 1, "C", "F", "取り組み項目", bold=True)
        _across(ws, row + 1, "G", "J", "具体的な取り組み", bold=True)
        first = row + 2
        for k, (item, mark, was) in enumerate(zip(items, marks, old)):
            r = first + k
            ws[f"A{r}"] = FULL_O if was else None
            ws[f"B{r}"] = FULL_O if mark else None
            ws[f"B{r}"].alignment = Alignment(horizontal="center")
            ws[f"C{r}"] = item
        ws[f"G{first}"] = text
        last = first + len(items) - 1
        for r in range(row + 1, last + 1):
            for c in "BCDEFGHIJ":
                ws[f"{c}{r}"].border = Border(bottom=THIN)
        row = last + 2
    assert row == 47, row
    ws["B47"] = "※実施欄の「Ｏ」は実施済みの取り組みです。"
    _osave(wb, folder / "長崎県本部_取り組み報告書.xlsx")


# ============================================================================================ surveys

# ------------------------------------------------------------------ S1 山梨: placeholder 上部団体, questions rephrased
S1_QUESTIONS = [
    "新規採用者に組合へ加入してもらうため、主にどのような取り組みをしていますか。",
    "新規採用者の組織化で工夫している点を教えてください。",
    "新規採用者の組織化で悩んでいることはありますか。",
    "未加入者への働きかけとして、主にどのような取り組みをしていますか。",
    "未加入者対策で悩んでいることはありますか。",
    "組合活動の可視化について、どのような取り組みをしていますか。",
    "組合員との情報共有で悩んでいることはありますか。",
    "当局との労使関係の状態や、労使交渉の取り組み状況を教えてください。",
    "競合組合との差別化のために、どのような点を伝えていますか。",
    "ほかの単組や県本部に聞いてみたいことはありますか。",
    "県本部や本部への要望があれば記入してください。",
]
S1_TEXTS = [
    "4月の採用者研修の昼休みに説明会を開き、加入届を配っている。",
    "説明会では年の近い青年部の役員が話すようにしている。",
    "競合の説明会が先に行われ、出遅れることがある。",
    "未加入者の一覧を作り、職場の組合員から声をかけてもらっている。",
    "出先の職場の未加入者には会う機会が少ない。",
    "交渉の結果を写真付きのニュースにして、職場に掲示している。",
    "特になし",
    "町当局とは年3回交渉している。人員の確保と時間外勤務の縮減を求めている。",
    "共済の給付や相談の事例を紹介し、組合に入る安心を伝えている。",
    "競合より先に新採と話す機会をどう作っているか",
    "新採向けのチラシを県本部で作ってほしい。",
]


def s1_yamanashi(folder: Path):
    wb = _xbook(folder / "山梨_見本町職_実態共有アンケート.xlsx")
    ws = wb.add_worksheet("アンケート")
    x = XSheet(wb, ws)
    for col, w in zip("ABCDEF", (44, 14, 14, 16, 14, 14)):
        ws.set_column(f"{col}:{col}", w)
    ws.merge_range("A1:F1", "実態共有用アンケート", wb.add_format({"bold": True, "font_size": 14}))
    for r, label, v in ((3, "県本部", "山梨"), (4, "単組", "見本町職員労働組合"), (5, "記入者お名前", "見本 里奈"),
                        (6, "上部団体", "（選択してください）")):
        x.put(f"A{r}", label)
        x.put(f"B{r}", v, merge=f"C{r}")
    ws.data_validation("B6", {"validate": "list", "source": CHOICES})
    x.put("D6", "←プルダウンから選択", border=False, size=9)
    for col, head in zip("ABCD", ("項目", "自治労", "競合", "時点")):
        x.put(f"{col}8", head, center=True)
    people = '0"名"'
    for r, label, a, b, num in ((9, "組織人員数（人）", 412, 96, people), (10, "組織率（％）", 0.463, 0.108, "0.0%"),
                                (11, "未加入者数（人）", 382, 382, people)):
        x.put(f"A{r}", label)
        x.put(f"B{r}", a, num=num)
        x.put(f"C{r}", b, num=num)
    x.put("D9", "R6.11.1現在", merge="D11", center=True)
    x.put("A13", "2025年4月新規採用者", border=False, bold=True)
    for r, label, v in zip(range(14, 18), INTAKE, (9, 6, 2, 1)):
        x.put(f"A{r}", label)
        x.put(f"B{r}", v, num=people)
    x.put("A19", RATE_NOTE, merge="F19", border=False)
    for k, (question, text) in enumerate(zip(S1_QUESTIONS, S1_TEXTS)):
        r = 21 + k
        x.put(f"A{r}", question)
        x.put(f"B{r}", text, merge=f"F{r}")
        x.height(r, 32)
    x.put("A33", "※競合の人数は競合組合の機関紙による数字です。", merge="F33", border=False)
    wb.close()


# ------------------------------------------------------------------ S2 富山 (.xls): 時点 inside the count, 男 | 女 | 計
S2_TEXTS = [
    "採用前の3月に内定者向けの説明会を開き、4月の辞令交付後にも加入を呼びかけている。",
    "共済の掛金と給付をまとめた一枚のチラシを配っている。",
    "病院の新採は勤務が不規則で、説明会に集まってもらえない。",
    "職場ごとに担当の執行委員を決め、未加入者と面談している。",
    "特になし",
    "組合ホームページに交渉の経過を載せ、掲示板にも貼っている。",
    "組合ニュースがメールで届いても読まれていない。",
    "市当局とは年5回交渉している。病院職場の夜勤体制の改善を求めている。",
    "共済と組合の相談窓口を一つにして、何でも相談できることを伝えている。",
    "病院職場での未加入者対策の進め方",
    "組合ニュースの作り方の学習会を開いてほしい。",
]
S2_ROWS = [
    ("県本部", "富山"), ("単組", "試験市職員労働組合"), ("記入者お名前", "試験 隆之"), ("上部団体", "全労連・医労連"),
    ("組織人員数（自治労）（人）", "1,020人（R6.11.1現在）"), ("組織人員数（競合）（人）", "約180人"),
    ("組織率（自治労）（％）", "41.3%"), ("組織率（競合）（％）", "約7%"),
    ("未加入者数（自治労）（人）", "1,270人"), ("未加入者数（競合）（人）", "1,270人"),
    ("正規職員数（人）", 1890), ("会計年度任用職員・パート等の非正規職員数（人）", 580),
]
S2_INTAKE = [(21, 17), (14, 12), (4, 2), (3, 3)]  # 男, 女


def s2_toyama(folder: Path, work: Path):
    wb = _obook("回答")
    ws = wb.active
    s = Sheet(ws)
    ws.column_dimensions["A"].width = 44
    for col in "BCDE":
        ws.column_dimensions[col].width = 13
    s.put("A1", "実態共有用アンケート", merge="E1")
    ws["A1"].font = Font(size=14, bold=True)
    s.put("A3", "項目")
    s.put("B3", "回答", merge="E3")
    for ref in ("A3", "B3"):
        ws[ref].font = BOLD
    r = 4
    for label, value in S2_ROWS:
        s.put(f"A{r}", label)
        s.put(f"B{r}", value, merge=f"E{r}", fmt="#,##0" if isinstance(value, int) else None)
        r += 1
    _box(ws, f"A3:E{r - 1}")
    assert r == 16, r
    s.put("A16", RATE_NOTE, merge="E16")
    s.put("A18", "2025年4月新規採用者")
    ws["A18"].font = BOLD
    for col, head in zip("BCD", ("男", "女", "計")):
        s.put(f"{col}18", head)
        ws[f"{col}18"].alignment = Alignment(horizontal="center")
    for k, (label, (men, women)) in enumerate(zip(INTAKE, S2_INTAKE)):
        r = 19 + k
        s.put(f"A{r}", label)
        s.put(f"B{r}", men)
        s.put(f"C{r}", women)
        s.put(f"D{r}", f"=SUM(B{r}:C{r})")
    _box(ws, "A18:D22")
    s.put("A24", "自由記述", merge="E24")
    ws["A24"].font = BOLD
    for k, (label, text) in enumerate(zip(TEXT_LABELS, S2_TEXTS)):
        r = 25 + k
        s.put(f"A{r}", f"({k + 1})" + label)
        s.put(f"B{r}", text, merge=f"E{r}")
        ws.row_dimensions[r].height = 34
    _box(ws, "A25:E35")
    s.put("A37", "※組織人員数には再任用職員を含みます。", merge="E37")
    work.mkdir(parents=True, exist_ok=True)
    src = work / "富山_試験市職労_アンケート.xlsx"
    _osave(wb, src)
    _to_xls(src, folder, work)


# ------------------------------------------------------------------ S3 京都: very hidden 前年度, transposed, 時点 per row, 〃
S3_NOW = {
    "title": "実態共有用アンケート", "year": "2025年4月新規採用者", "writer": "架空 陽介",
    "rows": [("自治労", 268, 0.553, 143, "R6.11.1"), ("競合", 74, 0.153, "〃", "R6.10月（聞き取り）")],
    "intake": (7, 4, 2, 1),
    "texts": [
        "採用日の午後に組合説明会を開いている。",
        "説明会のあとに先輩組合員との昼食会を開いている。",
        "競合の役員が職場の上司であることが多く、声をかけにくい。",
        "年に一度、未加入者全員に組合の案内を手渡ししている。",
        "同じ人に何度も声をかけると嫌がられる。",
        "組合ニュースを月1回発行し、全員に配っている。",
        "交替勤務の職場に情報が届きにくい。",
        "町当局とは年2回交渉している。競合と共同で要求書を出したこともある。",
        "共済の手厚さと、全国組織としての情報量を伝えている。",
        None,
        "小規模単組向けの学習会を開いてほしい。",
    ],
    "note": "※競合の人数は聞き取りによるもので、10月頃の数字です。",
}
S3_OLD = {
    "title": "実態共有用アンケート（令和5年度）", "year": "2024年4月新規採用者", "writer": "架空 康弘",
    "rows": [("自治労", 255, 0.529, 167, "R5.11.1"), ("競合", 80, 0.166, "〃", "R5.10月（聞き取り）")],
    "intake": (6, 3, 2, 1),
    "texts": [
        "採用日に組合の案内を配っている。",
        "特になし",
        "新採が少なく、説明会を開けない年がある。",
        "未加入者には委員長が声をかけている。",
        "特になし",
        "組合ニュースを年4回発行している。",
        "特になし",
        "町当局とは年2回交渉している。",
        "共済の案内をしている。",
        "新採説明会の進め方",
        "特になし",
    ],
    "note": "※前年度の回答です。",
}


def _s3_fill(ws, d: dict):
    s = Sheet(ws)
    for col, w in zip("ABCDEF", (16, 16, 14, 16, 22, 14)):
        ws.column_dimensions[col].width = w
    s.put("A1", d["title"], merge="F1")
    ws["A1"].font = Font(size=14, bold=True)
    for r, v in ((3, "県本部：京都"), (4, "単組：架空町職員組合"), (5, "記入者：" + d["writer"]),
                 (6, "上部団体：旧全官公自治労連")):
        s.put(f"A{r}", v, merge=f"C{r}")
    _box(ws, "A3:C6")
    for col, head in zip("ABCDE", ("区分", "組織人員数（人）", "組織率（％）", "未加入者数（人）", "時点")):
        s.put(f"{col}8", head)
        ws[f"{col}8"].font = BOLD
    for r, (who, members, rate, non, when) in zip((9, 10), d["rows"]):
        s.put(f"A{r}", who)
        s.put(f"B{r}", members, fmt="#,##0")
        s.put(f"C{r}", rate, fmt="0.0%")
        s.put(f"D{r}", non, fmt="#,##0" if isinstance(non, int) else None)
        s.put(f"E{r}", when)
        ws[f"D{r}"].alignment = Alignment(horizontal="right" if isinstance(non, int) else "center")
    _box(ws, "A8:E10")
    s.put("A12", d["year"], merge="B12")
    ws["A12"].font = BOLD
    for r, label, v in zip(range(13, 17), INTAKE, d["intake"]):
        s.put(f"A{r}", label)
        s.put(f"B{r}", v)
    _box(ws, "A13:B16")
    s.put("A18", RATE_NOTE, merge="F18")
    for k, (label, text) in enumerate(zip(TEXT_LABELS, d["texts"])):
        r = 20 + 3 * k
        s.put(f"A{r}", f"【{label}】", merge=f"F{r}")
        ws[f"A{r}"].font = BOLD
        s.put(f"A{r + 1}", text, merge=f"F{r + 2}")
        _box(ws, f"A{r + 1}:F{r + 2}")
    assert r + 2 == 52, r
    s.put("A54", d["note"], merge="F54")


def s3_kyoto(folder: Path):
    wb = _obook("前年度")
    old = wb.active
    _s3_fill(old, S3_OLD)
    old.sheet_state = "veryHidden"
    now = wb.create_sheet("今年度")
    _s3_fill(now, S3_NOW)
    wb.active = 1
    now.sheet_view.tabSelected = True
    old.sheet_view.tabSelected = False
    _osave(wb, folder / "京都府本部_架空町職_アンケート.xlsx")


# ------------------------------------------------------------------ S4 鳥取: Excel方眼紙, intake in one sentence
S4_TEXTS = [
    "・採用日に委員長が説明\n・加入届をその場で回収",
    "・歓迎会を組合主催で開く",
    "・採用が少なく、毎年の取り組みが続かない",
    "・書記長が個別に声をかけている",
    "・競合の組合員と同じ職場で声をかけにくい",
    "・組合ニュースを年4回発行",
    "なし",
    "・村当局と年2回交渉\n・保育所の人員確保を要求",
    "・共済の保障内容を説明している",
    "・小さな単組での新採の声のかけ方",
    "・近隣の単組との合同学習会を開いてほしい",
]


def s4_tottori(folder: Path):
    wb = _xbook(folder / "鳥取_見本村職_アンケート.xlsx")
    ws = wb.add_worksheet("実態共有用アンケート")
    x = XSheet(wb, ws)
    ws.set_column("A:A", 1.5)
    ws.set_column("B:AH", 2.6)
    ws.merge_range("B1:AH1", "実態共有用アンケート", wb.add_format({"bold": True, "font_size": 14, "align": "center"}))
    for (c1, c2), label, value in ((("B", "G"), "県本部", "鳥取"), (("H", "Q"), "単組", "見本村職員労働組合"),
                                   (("R", "Y"), "記入者お名前", "見本 和樹"), (("Z", "AH"), "上部団体", "全労連・自治労連")):
        x.put(f"{c1}3", label, merge=f"{c2}3", center=True, fill="#F2F2F2")
        x.put(f"{c1}4", value, merge=f"{c2}4", center=True)
    x.height(4, 22)
    for (c1, c2), head in ((("B", "K"), "項目"), (("L", "Q"), "自治労"), (("R", "W"), "競合"), (("X", "AH"), "時点")):
        x.put(f"{c1}6", head, merge=f"{c2}6", center=True, fill="#F2F2F2")
    for r, label, a, b in ((7, "組織人員数（人）", 64, 21), (8, "組織率（％）", "58.2%", "不明"),
                           (9, "未加入者数（人）", 25, 25)):
        x.put(f"B{r}", label, merge=f"K{r}")
        x.put(f"L{r}", a, merge=f"Q{r}", center=True)
        x.put(f"R{r}", b, merge=f"W{r}", center=True)
    x.put("X7", "令和6年12月1日現在", merge="AH9", center=True)
    x.put("B11", "2025年4月新規採用者", merge="AH11", bold=True, border=False)
    x.put("B12", "新規採用者3名のうち、自治労加入2名、競合加入0名、未加入1名", merge="AH12")
    x.put("B14", RATE_NOTE, merge="AH14", border=False)
    for k, (label, text) in enumerate(zip(TEXT_LABELS, S4_TEXTS)):
        r = 16 + 3 * k
        x.put(f"B{r}", label, merge=f"AH{r}", bold=True, fill="#F2F2F2")
        x.put(f"B{r + 1}", text, merge=f"AH{r + 2}")
    assert r + 2 == 48, r
    x.put("B50", "※競合の組織率は把握できていません。", merge="AH50", border=False)
    wb.close()


# ------------------------------------------------------------------ S5 大分: the 1904 date system, 全労連　自治労連
S5_TEXTS = [
    "4月の新採研修で説明会を開き、共済の加入もあわせて呼びかけている。",
    "職場ごとに新採の担当者を決め、1か月後にもう一度声をかけている。",
    "保育所や消防の新採に会う時間がとりにくい。",
    "未加入者の多い職場で昼休みの懇談会を開いている。",
    "若い職員ほど組合費の負担を気にしている。",
    "交渉の経過をその日のうちに職場へメールで知らせている。",
    "出先機関の組合員の声が執行部に届きにくい。",
    "市当局とは年4回交渉している。会計年度任用職員の処遇改善を重点にしている。",
    "共済の給付事例と、交渉で勝ち取った成果をあわせて伝えている。",
    "消防職場での組織化の取り組み",
    "特になし",
]


def s5_oita(folder: Path):
    wb = _obook("アンケート")
    wb.epoch = CALENDAR_MAC_1904
    ws = wb.active
    s = Sheet(ws)
    for col, w in zip("ABCDEFGH", (24, 14, 14, 18, 14, 14, 2, 40)):
        ws.column_dimensions[col].width = w
    s.put("A1", "実態共有用アンケート", merge="F1")
    ws["A1"].font = Font(size=14, bold=True)
    for r, label, v in ((3, "県本部", "大分"), (4, "単組", "架空市職員労働組合"), (5, "記入者お名前", "架空 恵美"),
                        (6, "上部団体", "全労連　自治労連")):
        s.put(f"A{r}", label)
        s.put(f"B{r}", v, merge=f"D{r}")
    _box(ws, "A3:D6")
    s.put("A8", "（単位：人、％）")
    for col, head in zip("ABCD", ("項目", "自治労", "競合", "時点")):
        s.put(f"{col}9", head)
        ws[f"{col}9"].alignment = Alignment(horizontal="center")
    for r, label, a, b in ((10, "組織人員数", 1365, 240), (11, "組織率", 48.2, 8.5), (12, "未加入者数", 1227, 1227)):
        s.put(f"A{r}", label)
        s.put(f"B{r}", a, fmt="0.0" if isinstance(a, float) else "#,##0")
        s.put(f"C{r}", b, fmt="0.0" if isinstance(b, float) else "#,##0")
    s.put("D10", D(2024, 12, 1), merge="D12", fmt='[$-411]ggge"年"m"月"d"日"')
    ws["D10"].alignment = Alignment(horizontal="center", vertical="center")
    _box(ws, "A9:D12")
    s.put("H10", "※競合の人数は競合組合の定期大会資料によります。")
    s.put("A14", "2025年4月新規採用者")
    ws["A14"].font = BOLD
    for r, label, v in zip(range(15, 19), INTAKE, (45, 33, 7, 5)):
        s.put(f"A{r}", label)
        s.put(f"B{r}", v)
    _box(ws, "A15:B18")
    s.put("A20", RATE_NOTE, merge="F20")
    for k, (label, text) in enumerate(zip(TEXT_LABELS, S5_TEXTS)):
        r = 22 + 2 * k
        s.put(f"A{r}", label, merge=f"A{r + 1}")
        s.put(f"B{r}", text, merge=f"F{r + 1}")
        ws.row_dimensions[r].height = 22
        ws.row_dimensions[r + 1].height = 22
    _box(ws, "A22:F43")
    _osave(wb, folder / "大分県本部_架空市職労_アンケート（R6）.xlsx")


def build(root: Path) -> dict[str, Path]:
    from legacy_kit import build_set

    return build_set(Path(root), [r1_hokkaido, r2_miyagi, r4_hiroshima, r5_nagasaki],
                     [s1_yamanashi, s3_kyoto, s4_tottori, s5_oita],
                     converted=[("report", r3_tokyo), ("survey", s2_toyama)])


if __name__ == "__main__":
    print(build(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/legacy14")))
