"""Thirteenth, independent set of legacy-style fixtures (tests/legacy13), made to measure GENERALISATION.

Ten workbooks (five 県本部共済推進取り組み報告書, five 実態共有用アンケート; FY2024: reports made Feb 2025, survey
figures as of late 2024, intake 2025年4月新採) as ordinary offices would send them, written with XlsxWriter and
openpyxl (one of them post-processed at the zip level to add what openpyxl cannot write: the IME's furigana runs), two
of them (R3, S3) saved as .xls through LibreOffice. Each COMBINES 3-5 habits: about two thirds common and already seen
somewhere in tests/legacy2 … tests/legacy12 but mixed differently, about one third judged plausible and absent from
those sets (marked NEW). Every name, union and sentence is invented for this set (見本 / 試験 / 架空 names); the only
texts taken from the real forms are the printed labels and instructions. Nothing here imports the reader.

REPORTS
R1 岩手県本部_共済推進取り組み報告書.xlsx (XlsxWriter), sheet 「報告書」
   close to the printed form: title A1:F1 with the header block at its right (G1..G4 | H:J); 作成日 the text
   「令和7年（2025年）2月17日」, the era date WITH the western year in brackets (NEW); the printed section-1 instruction
   and the first two boxes side by side; items 「☑　label」 / 「□　label」 in the item cell, the text merged beside; section
   6 filled by another hand (the 県支部) with 「☒」 for the done items (U+2612 BALLOT BOX WITH X, listed in the domain
   as a done mark, in none of the sets, NEW glyph); ● bullet lines in section 1; note A52 saying who filled section 6.
R2 福島県本部　取組報告書.xlsx (openpyxl), sheet 「福島県本部」
   labels with a trailing 「：」 and the answers merged right (B:C / F:G); 作成日 a real date shown 「令和7年2月14日」;
   section-1 labels 「（１）」… with merged blocks below; a narrow 実施 column LEFT of the items holding 1 / 0 in cells
   whose CUSTOM NUMBER FORMAT [=1]"☑";[=0]"□" SHOWS them as ☑ / □ (NEW), s3 item 7's cell left empty; the clerk's
   note under the title explaining the 1 / 0 input; the section text merged beside the items.
R3 滋賀県本部_取組報告書_R7.2.xls (openpyxl → LibreOffice .xls), sheet 「報告書」
   the header in ONE ROW (A3 県名 | B3 | C3 作成日 | D3 | E3 作成者 | F3 | G3 確認者 | H3); 作成日 the text 「R7.2.18」;
   the items of every section laid out TWO PER ROW, a grid mark | item | mark | item read left to right then down
   (NEW); 「○」 / 「×」 in the mark cells; 「◆」 section-1 labels with merged blocks below; 「具体的な取り組み」 label row
   with the text merged below; s2 text 「特になし」; note at the bottom.
R4 奈良県本部_共済推進取組報告.xlsx (openpyxl + zip post-processing), sheet 「報告書」
   「県本部名」 「自治労奈良県本部」; 作成日 a real date shown yyyy/m/d; section-1 labels ABBREVIATED with the text on the
   same row; a 「実施状況（済・未）」 column right of the items holding 「済」 with the date or frequency in brackets
   (「済（12/3）」, 「済（毎月）」), 「未」, once 「未（3月予定）」 (NEW); four item labels RETYPED by the clerk with small
   wording changes (「組合・団体生命共済の同時加入に向けたツール提供」 …); the FURIGANA runs Japanese Excel stores for
   IME-typed text (<rPh> in sharedStrings: names, header labels, an item label) (NEW); note at the bottom.
R5 佐賀県本部_取り組み報告（2月）.xlsx (XlsxWriter), sheets 「報告書」 (FIRST, active) then 「入力」
   the clerk's input sheet 「入力」 (header values, one row per item with 「○」 or blank) and the printed-form sheet whose
   header cells and check marks are FORMULAS pointing at it (=IF(入力!D9="○","☑","□"), values stored) (NEW for a
   report); a stamp box 作成者 | 確認者 at the top right; 作成日 a real date shown 「2025年2月18日(火)」; s4 text left
   blank; note at the bottom.

SURVEYS
S1 秋田_見本市職労_実態共有アンケート.xlsx (XlsxWriter), sheet 「アンケート」
   close to the printed form (上部団体 dropdown with 「←プルダウンから選択」); rates as fractions in 0.0% cells; 時点
   「R6.11.1現在」 merged down beside the table; intake typed as projections 「32（見込み）」 … (NEW); the eleven texts
   REGROUPED under the clerk's own group headings with SHORT sub-labels (「１．新規採用者の組織化について」 → 「(1) 主な
   取り組み」 「(2) 工夫していること」 「(3) 悩んでいること」, 「２．未加入者対策について」 → 「(1) 主な取り組み」 …) (NEW);
   note A36.
S2 埼玉_架空町職_アンケート.xlsx (openpyxl), sheet 「アンケート回答」
   header labels spaced with full-width spaces and the answers TWO columns right (A → C); the pairs table headed
   「本組合」 / 「他労組」 instead of 自治労 / 競合 (NEW); numbers as text with units and 約 (「524人」 「約90人」 「48.7%」
   「約8%」); 時点 「令和6年11月1日付」 (the 付 suffix, NEW); texts label | answer on the same row, one 「特になし」, one
   blank; note A33.
S3 三重_試験村職_アンケート.xls (openpyxl → LibreOffice .xls), sheet 「回答」
   a vertical 項目 | 回答 list, each pair split into two questions; 上部団体 typed as the choice followed by the
   competing union's own name in brackets 「全労連・自治労連（試験村役場職員組合）」 (NEW); 正規 / 非正規 given; 時点 a real
   date shown 「令和6年11月1日」; intake as full-width text with units 「５人」…; note at the bottom.
S4 愛媛_試験市職労_アンケート.xlsx (openpyxl), sheet 「アンケート」
   header label and answer in one cell after a colon (「県本部：愛媛」 …); 単組 typed with the federation's name in
   front 「自治労試験市職員労働組合」, as real forms have it (NEW); rates as text with two decimals 「45.25%」 「12.40%」;
   the 未加入者数 cells of 自治労 and 競合 MERGED into one (B11:C11) holding the shared number (NEW); texts 「問１」…
   label rows with the answer merged over the two rows below; one 「特になし」; note A55 explaining the merge.
S5 沖縄_架空町職_アンケート（修正版）.xlsx (openpyxl), sheet 「回答」
   a corrected resubmission: two figures corrected IN PLACE, the old number STRUCK THROUGH and the new one typed after it
   in red, in one rich-text cell (「~~212~~ 218」) (NEW); 上部団体 「なし」 and every competitor cell 「／」 (the slash
   of 斜線 = not applicable, NEW); 時点 a real date shown yyyy/m/d; text labels merged over two rows with the answer
   merged beside them; 「競合組合なし。」; note A44 about the correction.
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
from openpyxl.styles import Alignment, Border, Font, Side
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
D = dt.date
S1_INSTR = ("※2024年6月 共済推進県本部・県支部合同会議で報告した県本部共済推進方針にもとづいた取り組み報告の"
            "「3.目標達成にむけた進捗と課題」、「4.今後、重点的に取り組む課題」をあらためて下記に記載してください。")
S1_BOX2_LONG = "左記、2024年6月報告以降の取り組みと課題および\n2026年度末団体生命共済保有目標達成に向けた取り組み\n2点について記入してください。"
CHECK_HEAD = "実施している取り組み☑してください。"
CHOICES = ["全労連・自治労連", "旧全官公自治労連", "全労連・医労連", "なし"]


def serial(day: dt.date) -> int:
    """Excel's serial number of a day (1900 date system)."""
    return (day - D(1899, 12, 30)).days


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


def _xbook(path: Path) -> xlsxwriter.Workbook:
    wb = xlsxwriter.Workbook(str(path))
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

    def formula(self, ref: str, formula: str, value, merge: str | None = None, **kw):
        f = self.fmt(**kw)
        if merge:
            self.ws.merge_range(f"{ref}:{merge}", "", f)
        self.ws.write_formula(ref, formula, f, value)

    def height(self, row: int, h: float):
        self.ws.set_row(row - 1, h)


def _to_xls(src: Path, folder: Path, work: Path):
    """The .xls LibreOffice saves from ``src`` (tests/lo.py), moved into ``folder``."""
    out = lo.convert(src, work / "xls", "xls")
    shutil.move(str(out), str(folder / out.name))


def _item_height(item: str, per_line: int) -> float:
    lines = -(-len(item) // per_line)
    return max(18, 15 * lines + 4)


# ============================================================================================ reports

# ------------------------------------------------------------------ R1 岩手: 令和7年（2025年）, ☒ in section 6
R1_MARKS = [[1, 1], [1, 1, 0, 1, 1, 1, 0], [1, 0, 1], [1, 1], [1, 1, 0, 0]]
R1_S1 = [
    "●団体生命共済の新規加入は1月末で目標の61.3％。\n●保有件数は前年5月比で100.2％と横ばい。\n"
    "●沿岸地区の単組で新採の加入が伸びていない。",
    "●11月から県支部と合同で沿岸・県南地区の12単組を訪問した。\n●2026年度末の保有目標を単組ごとに示し、取り組みの"
    "日程を確認した。",
    "●沿岸地区の単組への継続した支援\n●新採の同時加入と退職予定者への継続加入の案内",
]
R1_TEXTS = [
    "規程にもとづき年1回、新規件数に応じて支払っている。使途は単組の決算報告で確認している。",
    "同時加入のチラシを全単組に送付した。県支部と合同で12単組をオルグし、1月に新採対策会議を開いた。同時加入方針は"
    "代表者会議で提起した。",
    "組織化方針を文書で提起した。じちろう共済の案内を退職予定者向けの説明資料に入れた。",
    "推進委員会で毎月進捗を確認し、モデル単組3単組を県支部と合同で訪問した。",
    "冊子の内容を執行委員会で確かめ、県支部を通じて全単組に配った。",
]


def r1_iwate(folder: Path):
    wb = _xbook(folder / "岩手県本部_共済推進取り組み報告書.xlsx")
    ws = wb.add_worksheet("報告書")
    x = XSheet(wb, ws)
    ws.set_column("A:J", 10)
    ws.merge_range("A1:F1", "県本部共済推進取り組み報告書", wb.add_format({"bold": True, "font_size": 14}))
    for r, label, value in ((1, "県　名", "岩手県"), (2, "作成日", "令和7年（2025年）2月17日"),
                            (3, "作成者", "見本 健一"), (4, "確認者", "見本 由香")):
        x.put(f"G{r}", label, center=True)
        x.put(f"H{r}", value, merge=f"J{r}")
    x.put("A6", "1." + TITLES[0], merge="J6", bold=True, border=False)
    x.put("A7", S1_INSTR, merge="J8", border=False)
    x.put("A9", "「" + S1_BOX[0] + "」", merge="E9")
    x.put("F9", S1_BOX2_LONG, merge="J9")
    x.height(9, 45)
    x.put("A10", R1_S1[0], merge="E13")
    x.put("F10", R1_S1[1], merge="J13")
    x.put("A14", "「" + S1_BOX[2] + "」", merge="J14")
    x.put("A15", R1_S1[2], merge="J16")
    row = 18
    for n, (items, marks, text) in enumerate(zip(SECTIONS, R1_MARKS, R1_TEXTS), start=2):
        x.put(f"A{row}", f"{n}." + TITLES[n - 1], merge=f"J{row}", bold=True, border=False)
        x.put(f"A{row + 1}", CHECK_HEAD, merge=f"F{row + 1}")
        x.put(f"G{row + 1}", "具体的な取り組み", merge=f"J{row + 1}")
        first = row + 2
        for k, (item, mark) in enumerate(zip(items, marks)):
            r = first + k
            done = "☒" if n == 6 else "☑"
            line = (done if mark else "□") + "　" + item
            x.put(f"A{r}", line, merge=f"F{r}")
            x.height(r, _item_height(line, 28))
        last = first + len(items) - 1
        x.put(f"G{first}", text, merge=f"J{last}")
        row = last + 2
    assert row == 51, row
    x.put("A52", "※６．の欄は県支部で記入しました。", merge="J52", border=False)
    ws.fit_to_pages(1, 0)
    wb.close()


# ------------------------------------------------------------------ R2 福島: 1 / 0 shown ☑ / □ by the number format
R2_MARKS = [[1, 0], [1, 1, 1, 0, 1, 0, None], [1, 1, 0], [1, 0], [1, 1, 1, 0]]
R2_S1 = [
    "新規加入は1月末で目標の55.6％。保有件数は前年5月比で99.5％と減少が続いている。会津地区の単組で退職者の脱退が多い。",
    "9月から県支部と合同で会津・浜通り地区の14単組を訪問し、単組ごとの到達状況を確認した。退職予定者向けの案内文を作成"
    "した。",
    "退職予定者への継続加入の呼びかけと、新採の同時加入の定着。",
]
R2_TEXTS = [
    "規程にもとづき年度末に支払っている。使途はまだ把握できていない。",
    "同時加入のツールを全単組に提供し、県支部と合同で14単組をオルグした。執行部学習会を2会場で開き、組織化方針を"
    "提起した。",
    "組織化方針を提起し、対象者の多い4単組で説明会を開いた。",
    "推進委員会で隔月に進捗を確認している。",
    "冊子を執行委員会で確認し、全単組に配布した。2月の代表者会議で活用方法を説明した。",
]
CHECK_FMT = '[=1]"☑";[=0]"□";General'


def r2_fukushima(folder: Path):
    wb = _obook("福島県本部")
    ws = wb.active
    s = Sheet(ws)
    for col, w in zip("ABCDEFGH", (6, 12, 12, 12, 12, 14, 14, 14)):
        ws.column_dimensions[col].width = w
    s.put("A1", "県本部共済推進取り組み報告書", merge="H1")
    ws["A1"].font = Font(size=14, bold=True)
    s.put("A2", "※実施欄は「1」を入力すると☑、「0」を入力すると□と表示されます。", merge="H2")
    for lref, label, aref, end, value, fmt in (
            ("A4", "県名：", "B4", "C4", "福島", None),
            ("E4", "作成日：", "F4", "G4", D(2025, 2, 14), '[$-411]ggge"年"m"月"d"日"'),
            ("A5", "作成者：", "B5", "C5", "試験 浩二", None), ("E5", "確認者：", "F5", "G5", "試験 明美", None)):
        s.put(lref, label)
        s.put(aref, value, merge=end, fmt=fmt)
    _box(ws, "B4:C5")
    _box(ws, "F4:G5")
    s.put("A7", "１．" + TITLES[0], merge="H7")
    ws["A7"].font = BOLD
    for i, (label, text) in enumerate(zip(S1_BOX, R2_S1)):
        r = 8 + 3 * i
        s.put(f"A{r}", f"（{'１２３'[i]}）" + label, merge=f"H{r}")
        s.put(f"A{r + 1}", text, merge=f"H{r + 2}")
        ws.row_dimensions[r + 1].height = 24
        ws.row_dimensions[r + 2].height = 24
    _box(ws, "A8:H16")
    row = 18
    for n, (items, marks, text) in enumerate(zip(SECTIONS, R2_MARKS, R2_TEXTS), start=2):
        s.put(f"A{row}", f"{'２３４５６'[n - 2]}．" + TITLES[n - 1], merge=f"H{row}")
        ws[f"A{row}"].font = BOLD
        s.put(f"A{row + 1}", "実施")
        s.put(f"B{row + 1}", CHECK_HEAD, merge=f"E{row + 1}")
        s.put(f"F{row + 1}", "具体的な取り組み", merge=f"H{row + 1}")
        first = row + 2
        for k, (item, mark) in enumerate(zip(items, marks)):
            r = first + k
            s.put(f"A{r}", mark, fmt=CHECK_FMT)
            ws[f"A{r}"].alignment = Alignment(horizontal="center", vertical="center")
            s.put(f"B{r}", item, merge=f"E{r}")
            ws.row_dimensions[r].height = 20 if len(item) <= 24 else (34 if len(item) <= 48 else 64)
        last = first + len(items) - 1
        s.put(f"F{first}", text, merge=f"H{last}")
        _box(ws, f"A{row + 1}:H{last}")
        row = last + 2
    assert row == 51, row
    dv = DataValidation(type="list", formula1='"1,0"', allow_blank=True)
    ws.add_data_validation(dv)
    dv.add("A20:A49")
    _osave(wb, folder / "福島県本部　取組報告書.xlsx")


# ------------------------------------------------------------------ R3 滋賀 (.xls): header in one row, items two per row
R3_MARKS = [[1, 1], [0, 1, 1, 1, 0, 1, 1], [1, 1, 1], [1, 0], [1, 0, 1, 0]]
R3_S1 = [
    "新規加入は1月末で目標の63.5％。保有件数は前年5月比で100.8％と増加した。湖北地区の小規模単組では新採が少なく、件数"
    "が伸びにくい。",
    "県支部と合同で湖南・湖北地区の10単組を訪問した。2026年度末の保有目標について、単組ごとの到達見込みを確認した。",
    "湖北地区の小規模単組への支援と、再任用者への継続加入の案内。",
]
R3_TEXTS = [
    "特になし",
    "県支部と合同で10単組をオルグした。12月に執行部学習会と新採対策会議を開き、同時加入方針と具体策を提起した。",
    "組織化方針を提起し、対象者の名簿をもとに説明会を開いた。共済の案内を対象者に送付した。",
    "推進委員会で毎月進捗を確認している。",
    "冊子を執行委員会で確認した。代表者会議で内容と活用方法を説明した。",
]


def r3_shiga(folder: Path, work: Path):
    wb = _obook("報告書")
    ws = wb.active
    s = Sheet(ws)
    for col, w in zip("ABCDEFGH", (6, 12, 12, 12, 6, 12, 12, 12)):
        ws.column_dimensions[col].width = w
    s.put("A1", "令和6年度　県本部共済推進取り組み報告書", merge="H1")
    ws["A1"].font = Font(size=14, bold=True)
    for ref, v in zip(("A3", "B3", "C3", "D3", "E3", "F3", "G3", "H3"),
                      ("県名", "滋賀", "作成日", "R7.2.18", "作成者", "架空 直樹", "確認者", "架空 恵美")):
        s.put(ref, v)
    _box(ws, "A3:H3")
    s.put("A5", "１．" + TITLES[0], merge="H5")
    ws["A5"].font = BOLD
    for i, (label, text) in enumerate(zip(S1_BOX, R3_S1)):
        r = 6 + 3 * i
        s.put(f"A{r}", "◆" + label, merge=f"H{r}")
        s.put(f"A{r + 1}", text, merge=f"H{r + 2}")
        ws.row_dimensions[r + 1].height = 24
        ws.row_dimensions[r + 2].height = 24
    _box(ws, "A6:H14")
    row = 16
    for n, (items, marks, text) in enumerate(zip(SECTIONS, R3_MARKS, R3_TEXTS), start=2):
        s.put(f"A{row}", f"{'２３４５６'[n - 2]}．" + TITLES[n - 1], merge=f"H{row}")
        ws[f"A{row}"].font = BOLD
        s.put(f"A{row + 1}", "実施")
        s.put(f"B{row + 1}", "取り組み項目", merge=f"D{row + 1}")
        s.put(f"E{row + 1}", "実施")
        s.put(f"F{row + 1}", "取り組み項目", merge=f"H{row + 1}")
        r = row + 2
        for k in range(0, len(items), 2):
            tallest = 0
            for (mcol, icol, iend), idx in ((("A", "B", "D"), k), (("E", "F", "H"), k + 1)):
                if idx < len(items):
                    s.put(f"{mcol}{r}", "○" if marks[idx] else "×")
                    ws[f"{mcol}{r}"].alignment = Alignment(horizontal="center", vertical="center")
                    s.put(f"{icol}{r}", items[idx], merge=f"{iend}{r}")
                    tallest = max(tallest, len(items[idx]))
            ws.row_dimensions[r].height = 20 if tallest <= 16 else (34 if tallest <= 32 else 80)
            r += 1
        s.put(f"A{r}", "具体的な取り組み", merge=f"H{r}")
        s.put(f"A{r + 1}", text, merge=f"H{r + 1}")
        ws.row_dimensions[r + 1].height = 40
        _box(ws, f"A{row + 1}:H{r + 1}")
        row = r + 3
    assert row == 51, row
    s.put("A51", "※湖北地区の説明会は3月に開催予定です。", merge="H51")
    work.mkdir(parents=True, exist_ok=True)
    src = work / "滋賀県本部_取組報告書_R7.2.xlsx"
    _osave(wb, src)
    _to_xls(src, folder, work)


# ------------------------------------------------------------------ R4 奈良: 済（12/3） / 未, retyped items, furigana
R4_MARKS = [["済（7/31）", "済"], ["済（12/3）", "未", "済（11/27）", "済（12/16）", "済（1/20）", "未（3月予定）", "未"],
            ["済（1/20）", "済（2/6）", "未"], ["済（毎月）", "未"], ["済（9/4）", "未", "済（11/11）", "未"]]
R4_ITEMS = [list(S2), list(S3), list(S4), list(S5), list(S6)]
R4_ITEMS[1][0] = "組合・団体生命共済の同時加入に向けたツール提供"
R4_ITEMS[1][2] = "県本部・単組主催 執行部学習会の開催"
R4_ITEMS[4][2] = "単組代表者会議等で、マニュアルの内容及び活用方法を全単組に周知"
R4_ITEMS[4][3] = ("単組執行部オルグ等で、「3月末退職予定者対策」「4月新採取り組み」の推進計画の立案や実行内容の協議の際に"
                  "本マニュアルを参照するよう提案")
R4_S1_LABELS = ["進捗と課題", "6月報告以降の取り組み", "今後の重点課題"]
R4_S1 = [
    "新規加入は1月末で目標の58.4％。保有件数は前年5月比で99.9％。南部の村の単組で新採の加入が進んでいない。",
    "10月から県支部と合同で北部・中部地区の9単組を訪問し、2026年度末の保有目標と新採対策の日程を確認した。",
    "南部地区の小規模単組への訪問と、同時加入の徹底。",
]
R4_TEXTS = [
    "規程にもとづき7月末に支払った。使途は単組からの報告書で把握している。",
    "12月3日に同時加入のツールを全単組に送付した。執行部学習会を11月27日に、新採対策会議を12月16日に開いた。組織化"
    "方針は1月20日の代表者会議で提起した。",
    "組織化方針を1月20日の代表者会議で提起した。2月6日に対象者向けの説明会を開いた。",
    "推進委員会で毎月進捗を確認している。合同オルグは来年度に行う。",
    "9月4日の執行委員会で冊子を確認し、11月11日の代表者会議で全単組に周知した。冊子の配布は3月に行う。",
]
# (text, [(word inside the text, its reading)]) — the furigana Japanese Excel keeps for IME-typed strings
R4_FURIGANA = [
    ("県本部名", [("県本部", "ケンホンブ"), ("名", "メイ")]), ("作成者", [("作成者", "サクセイシャ")]),
    ("確認者", [("確認者", "カクニンシャ")]), ("試験 一郎", [("試験", "シケン"), ("一郎", "イチロウ")]),
    ("試験 早紀", [("試験", "シケン"), ("早紀", "サキ")]),
    ("マニュアルの単組への配布", [("単組", "タンソ"), ("配布", "ハイフ")]),
]


NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_SST = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"
CT_SST = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"


def _furigana_book(data: bytes, path: Path):
    """openpyxl writes every string inline (<is>); Excel keeps them in xl/sharedStrings.xml, each IME-typed one with its
    furigana runs. Move the sheet's inline strings to a shared-string table the way Excel writes it and add the
    <rPh> runs of R4_FURIGANA."""
    furigana = dict(R4_FURIGANA)
    with zipfile.ZipFile(io.BytesIO(data)) as src:
        parts = {i.filename: src.read(i.filename) for i in src.infolist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode("utf-8")
    table: list[str] = []

    def shared(m: re.Match) -> str:
        inner = m.group(2)
        if inner not in table:
            table.append(inner)
        return f'{m.group(1)} t="s"><v>{table.index(inner)}</v></c>'

    sheet = re.sub(r'(<c r="[A-Z]+[0-9]+"(?: s="[0-9]+")?) t="inlineStr"><is>(.*?)</is></c>', shared, sheet)
    assert "inlineStr" not in sheet
    items = []
    for inner in table:
        m = re.fullmatch(r"<t(?: xml:space=\"preserve\")?>(.*)</t>", inner, re.S)
        base = m.group(1) if m else None
        if base in furigana:
            runs = []
            for word, reading in furigana.pop(base):
                sb = base.index(word)
                runs.append(f'<rPh sb="{sb}" eb="{sb + len(word)}"><t>{reading}</t></rPh>')
            inner += "".join(runs) + '<phoneticPr fontId="1"/>'
        items.append(f"<si>{inner}</si>")
    assert not furigana, furigana
    count = len(re.findall(r't="s"', sheet))
    parts["xl/worksheets/sheet1.xml"] = sheet.encode("utf-8")
    parts["xl/sharedStrings.xml"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                                     f'<sst xmlns="{NS_MAIN}" count="{count}" uniqueCount="{len(items)}">'
                                     + "".join(items) + "</sst>").encode("utf-8")
    rels = parts["xl/_rels/workbook.xml.rels"].decode("utf-8")
    parts["xl/_rels/workbook.xml.rels"] = rels.replace(
        "</Relationships>", f'<Relationship Id="rIdSst1" Type="{REL_SST}" Target="sharedStrings.xml"/></Relationships>'
    ).encode("utf-8")
    types = parts["[Content_Types].xml"].decode("utf-8")
    parts["[Content_Types].xml"] = types.replace(
        "</Types>", f'<Override PartName="/xl/sharedStrings.xml" ContentType="{CT_SST}"/></Types>').encode("utf-8")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for name, body in parts.items():
            out.writestr(zipfile.ZipInfo(name, date_time=FIXED.timetuple()[:6]), body, compress_type=zipfile.ZIP_DEFLATED)
    path.write_bytes(buf.getvalue())


def r4_nara(folder: Path):
    wb = _obook("報告書")
    ws = wb.active
    s = Sheet(ws)
    for col, w in zip("ABCDEFGH", (16, 12, 12, 12, 10, 12, 16, 16)):
        ws.column_dimensions[col].width = w
    s.put("A1", "令和6年度　県本部共済推進取り組み報告書", merge="H1")
    ws["A1"].font = Font(size=14, bold=True)
    for lref, label, aref, end, value, fmt in (
            ("A3", "県本部名", "B3", "C3", "自治労奈良県本部", None), ("E3", "作成日", "F3", "G3", D(2025, 2, 19), "yyyy/m/d"),
            ("A4", "作成者", "B4", "C4", "試験 一郎", None), ("E4", "確認者", "F4", "G4", "試験 早紀", None)):
        s.put(lref, label)
        s.put(aref, value, merge=end, fmt=fmt)
    _box(ws, "A3:G4")
    s.put("A6", "１　" + TITLES[0], merge="H6")
    ws["A6"].font = BOLD
    for i, (label, text) in enumerate(zip(R4_S1_LABELS, R4_S1)):
        r = 7 + i
        s.put(f"A{r}", label)
        s.put(f"B{r}", text, merge=f"H{r}")
        ws.row_dimensions[r].height = 36
    _box(ws, "A7:H9")
    row = 11
    for n, (items, marks, text) in enumerate(zip(R4_ITEMS, R4_MARKS, R4_TEXTS), start=2):
        s.put(f"A{row}", f"{'２３４５６'[n - 2]}　" + TITLES[n - 1], merge=f"H{row}")
        ws[f"A{row}"].font = BOLD
        s.put(f"A{row + 1}", "取り組み項目", merge=f"E{row + 1}")
        s.put(f"F{row + 1}", "実施状況（済・未）")
        s.put(f"G{row + 1}", "具体的な取り組み", merge=f"H{row + 1}")
        first = row + 2
        for k, (item, mark) in enumerate(zip(items, marks)):
            r = first + k
            s.put(f"A{r}", item, merge=f"E{r}")
            s.put(f"F{r}", mark)
            ws[f"F{r}"].alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            if len(item) > 30:
                ws.row_dimensions[r].height = 30 if len(item) < 60 else 62
        last = first + len(items) - 1
        s.put(f"G{first}", text, merge=f"H{last}")
        _box(ws, f"A{row + 1}:H{last}")
        row = last + 2
    assert row == 44, row
    s.put("A45", "※実施状況の（　）内は実施した日です。", merge="H45")
    buf = io.BytesIO()
    wb.save(buf)
    stamped = io.BytesIO()
    _restamp(buf.getvalue(), stamped)
    _furigana_book(stamped.getvalue(), folder / "奈良県本部_共済推進取組報告.xlsx")


# ------------------------------------------------------------------ R5 佐賀: 入力 sheet + formulas on the printed form
R5_MARKS = [[1, 0], [1, 1, 1, 1, 0, 1, 1], [0, 1, 1], [1, 1], [1, 1, 0, 1]]
R5_S1 = [
    "新規加入は1月末で目標の66.2％。保有件数は前年5月比で100.4％。唐津・伊万里地区の単組で新採の加入が前年を下回って"
    "いる。",
    "県支部と合同で全20単組を訪問し、単組ごとの到達状況と2026年度末の保有目標を確認した。",
    "新採の同時加入と、県西部の単組への支援。",
]
R5_TEXTS = [
    "規程のとおり、件数に応じて年1回支払っている。",
    "同時加入のツールを全単組に提供し、県支部と合同でオルグした。学習会と新採対策会議で同時加入の方針と具体策を示した。",
    None,
    "推進委員会で毎月確認し、モデル単組を県支部と合同で訪問した。",
    "冊子を確認して全単組に配布し、単組オルグで活用を提案した。",
]


def r5_saga(folder: Path):
    wb = _xbook(folder / "佐賀県本部_取り組み報告（2月）.xlsx")
    ws = wb.add_worksheet("報告書")
    inp = wb.add_worksheet("入力")
    x = XSheet(wb, ws)
    y = XSheet(wb, inp)
    ws.activate()
    # the input sheet
    inp.set_column("A:B", 6)
    inp.set_column("C:C", 60)
    inp.set_column("D:D", 8)
    y.put("A1", "入力用", border=False, bold=True)
    created = D(2025, 2, 18)
    for r, label, v, num in ((3, "県名", "佐賀県", None), (4, "作成日", created, "yyyy/m/d"),
                             (5, "作成者", "架空 和樹", None), (6, "確認者", "架空 直子", None)):
        y.put(f"A{r}", label, merge=f"B{r}")
        y.put(f"C{r}", v, num=num)
    y.put("A8", "区分")
    y.put("B8", "番号")
    y.put("C8", "取り組み項目")
    y.put("D8", "実施", center=True)
    in_rows = []
    r = 9
    for n, (items, marks) in enumerate(zip(SECTIONS, R5_MARKS), start=2):
        rows = []
        for k, (item, mark) in enumerate(zip(items, marks), start=1):
            y.put(f"A{r}", n, center=True)
            y.put(f"B{r}", k, center=True)
            y.put(f"C{r}", item)
            y.put(f"D{r}", "○" if mark else None, center=True)
            rows.append(r)
            r += 1
        in_rows.append(rows)
    inp.data_validation(f"D9:D{r - 1}", {"validate": "list", "source": ["○"]})
    # the printed form
    ws.set_column("A:A", 6)
    ws.set_column("B:E", 11)
    ws.set_column("F:H", 14)
    ws.merge_range("A1:E1", "県本部共済推進取り組み報告書", wb.add_format({"bold": True, "font_size": 14}))
    x.put("G1", "作成者", center=True)
    x.put("H1", "確認者", center=True)
    x.formula("G2", "=入力!C5", "架空 和樹", merge="G3", center=True)
    x.formula("H2", "=入力!C6", "架空 直子", merge="H3", center=True)
    x.put("A3", "県名")
    x.formula("B3", "=入力!C3", "佐賀県", merge="C3")
    x.put("A4", "作成日")
    x.formula("B4", "=入力!C4", serial(created), merge="C4", num='yyyy"年"m"月"d"日"(aaa)')
    x.put("A6", "１．" + TITLES[0], merge="H6", bold=True, border=False)
    for i, (label, text) in enumerate(zip(S1_BOX, R5_S1)):
        r = 7 + 3 * i
        x.put(f"A{r}", label, merge=f"H{r}", bold=True)
        x.put(f"A{r + 1}", text, merge=f"H{r + 2}")
        x.height(r + 1, 24)
        x.height(r + 2, 24)
    row = 17
    for n, (items, marks, text, rows) in enumerate(zip(SECTIONS, R5_MARKS, R5_TEXTS, in_rows), start=2):
        x.put(f"A{row}", f"{n}．" + TITLES[n - 1], merge=f"H{row}", bold=True, border=False)
        x.put(f"A{row + 1}", "実施", center=True)
        x.put(f"B{row + 1}", CHECK_HEAD, merge=f"E{row + 1}")
        x.put(f"F{row + 1}", "具体的な取り組み", merge=f"H{row + 1}")
        first = row + 2
        for k, (item, mark, src) in enumerate(zip(items, marks, rows)):
            r = first + k
            x.formula(f"A{r}", f'=IF(入力!D{src}="○","☑","□")', "☑" if mark else "□", center=True)
            x.put(f"B{r}", item, merge=f"E{r}")
            x.height(r, _item_height(item, 22))
        last = first + len(items) - 1
        x.put(f"F{first}", text, merge=f"H{last}")
        row = last + 2
    assert row == 50, row
    x.put("A51", "※本報告は県支部の確認を経て提出します。", merge="H51", border=False)
    wb.close()


# ============================================================================================ surveys

# ------------------------------------------------------------------ S1 秋田: 見込み, regrouped texts with short labels
S1_TEXTS = [
    "採用前の内定者説明会と4月の新採研修の2回、組合と共済の説明をしている。",
    "説明は入庁2、3年目の組合員が担当し、自分の体験を話している。",
    "競合が採用前から個別に声をかけていて、説明会の前に加入を決めている新採がいる。",
    "職場委員が未加入者の名簿をもとに、年2回声をかけている。",
    "声をかける職場委員によって熱心さに差がある。",
    "交渉が終わった日のうちに、組合ニュースをメールで全員に送っている。",
    "特になし",
    "市当局とは年4回交渉している。会計年度任用職員の処遇改善と人員確保を求めている。",
    "共済の給付の事例を紹介し、組合に入っている安心感を伝えている。",
    "内定者への声のかけ方の工夫",
    "新採向けの説明資料のひな形を作ってほしい。",
]
# (group heading or None, the clerk's label, index of the printed question)
S1_LAYOUT = [
    ("１．新規採用者の組織化について", "(1) 主な取り組み", 0), (None, "(2) 工夫していること", 1),
    (None, "(3) 悩んでいること", 2),
    ("２．未加入者対策について", "(1) 主な取り組み", 3), (None, "(2) 悩んでいること", 4),
    ("３．組合活動の可視化・組合員との情報共有について", "(1) 可視化の取り組み", 5), (None, "(2) 情報共有で悩んでいること", 6),
    (None, "４．労使関係・交渉など（労使関係の状態、労使交渉の取り組み状況など）", 7),
    (None, "５．競合単組との差別化", 8), (None, "６．他の単組・他の県本部に聞いてみたいこと", 9),
    (None, "７．県本部・本部への要望", 10),
]


def s1_akita(folder: Path):
    wb = _xbook(folder / "秋田_見本市職労_実態共有アンケート.xlsx")
    ws = wb.add_worksheet("アンケート")
    x = XSheet(wb, ws)
    for col, w in zip("ABCDEF", (34, 16, 16, 16, 14, 14)):
        ws.set_column(f"{col}:{col}", w)
    ws.merge_range("A1:F1", "実態共有用アンケート", wb.add_format({"bold": True, "font_size": 14}))
    for r, label, v in ((3, "県本部", "秋田"), (4, "単組", "見本市職員労働組合"), (5, "記入者お名前", "見本 隆"),
                        (6, "上部団体", "全労連・自治労連")):
        x.put(f"A{r}", label)
        x.put(f"B{r}", v, merge=f"C{r}")
    ws.data_validation("B6", {"validate": "list", "source": CHOICES})
    x.put("D6", "←プルダウンから選択", border=False, size=9)
    x.put("A8", "項目")
    x.put("B8", "自治労")
    x.put("C8", "競合")
    x.put("D8", "時点")
    x.put("A9", "組織人員数（人）")
    x.put("B9", 842, num="#,##0")
    x.put("C9", 305, num="#,##0")
    x.put("A10", "組織率（％）")
    x.put("B10", 0.512, num="0.0%")
    x.put("C10", 0.185, num="0.0%")
    x.put("A11", "未加入者数（人）")
    x.put("B11", 498, num="#,##0")
    x.put("C11", 498, num="#,##0")
    x.put("D9", "R6.11.1現在", merge="D11", center=True)
    x.put("A13", "2025年4月新規採用者", border=False, bold=True)
    for r, label, v in zip(range(14, 18), INTAKE, ("32（見込み）", "24（見込み）", "5（見込み）", "3（見込み）")):
        x.put(f"A{r}", label)
        x.put(f"B{r}", v)
    x.put("A19", RATE_NOTE, merge="F19", border=False)
    r = 21
    for group, label, k in S1_LAYOUT:
        if group:
            x.put(f"A{r}", group, merge=f"F{r}", bold=True, fill="#DDEBF7")
            r += 1
        x.put(f"A{r}", label)
        x.put(f"B{r}", S1_TEXTS[k], merge=f"F{r}")
        x.height(r, 45 if len(label) > 24 else 30)
        r += 1
    assert r == 35, r
    x.put("A36", "※新規採用者の人数は人事課の採用予定数をもとにした見込みです。", merge="F36", border=False)
    wb.close()


# ------------------------------------------------------------------ S2 埼玉: 本組合 / 他労組, 「…付」
S2_TEXTS = [
    "辞令交付式のあとに組合説明の時間をもらい、加入を呼びかけている。",
    "説明の資料に共済の掛金と給付の例を載せている。",
    "他労組も同じ日に説明しており、新採が迷っている。",
    "未加入者に組合の活動報告を送り、面談をお願いしている。",
    "特になし",
    "組合だよりを毎月発行し、職場に掲示している。",
    "若い組合員が紙のニュースを読まない。",
    "町当局とは年3回交渉している。時間外勤務の縮減と休暇の取りやすさを求めている。",
    "共済の相談窓口を組合事務所に置いている。",
    None,
    "他労組と競合している単組の事例を教えてほしい。",
]


def s2_saitama(folder: Path):
    wb = _obook("アンケート回答")
    ws = wb.active
    s = Sheet(ws)
    for col, w in zip("ABCDEF", (22, 10, 16, 16, 18, 16)):
        ws.column_dimensions[col].width = w
    s.put("A1", "実態共有用アンケート", merge="F1")
    ws["A1"].font = Font(size=14, bold=True)
    for r, label, v in ((3, "県　本　部", "埼玉"), (4, "単　　　組", "架空町職員組合"), (5, "記入者お名前", "架空 真司"),
                        (6, "上部団体", "全労連・自治労連")):
        s.put(f"A{r}", label)
        s.put(f"C{r}", v, merge=f"D{r}")
    _box(ws, "A3:D6")
    s.put("A8", "項目", merge="B8")
    for col, head in zip("CDE", ("本組合", "他労組", "時点")):
        s.put(f"{col}8", head)
    for r, label, a, b in ((9, "組織人員数（人）", "524人", "約90人"), (10, "組織率（％）", "48.7%", "約8%"),
                           (11, "未加入者数（人）", "462人", "462人")):
        s.put(f"A{r}", label, merge=f"B{r}")
        s.put(f"C{r}", a)
        s.put(f"D{r}", b)
    s.put("E9", "令和6年11月1日付", merge="E11")
    _box(ws, "A8:E11")
    s.put("A13", "新規採用者（2025年4月）", merge="B13")
    ws["A13"].font = BOLD
    for r, label, v in zip(range(14, 18), INTAKE, (14, 10, 3, 1)):
        s.put(f"A{r}", label, merge=f"B{r}")
        s.put(f"C{r}", v)
    _box(ws, "A14:C17")
    s.put("A19", RATE_NOTE, merge="F19")
    for k, (label, text) in enumerate(zip(TEXT_LABELS, S2_TEXTS)):
        r = 21 + k
        s.put(f"A{r}", label, merge=f"B{r}")
        s.put(f"C{r}", text, merge=f"F{r}")
        ws.row_dimensions[r].height = 48 if len(label) > 20 else 32
    _box(ws, "A21:F31")
    s.put("A33", "※他労組の人数は聞き取りによる概数です。", merge="F33")
    _osave(wb, folder / "埼玉_架空町職_アンケート.xlsx")


# ------------------------------------------------------------------ S3 三重 (.xls): 上部団体 with the rival's own name
S3_ROWS = [
    ("県本部", "三重", None), ("単組", "試験村職員労働組合", None), ("記入者お名前", "試験 和也", None),
    ("上部団体", "全労連・自治労連（試験村役場職員組合）", None),
    ("組織人員数（自治労）（人）", 118, None), ("組織人員数（競合）（人）", 41, None),
    ("組織率（自治労）（％）", 61.5, "0.0"), ("組織率（競合）（％）", 21.4, "0.0"),
    ("未加入者数（自治労）（人）", 33, None), ("未加入者数（競合）（人）", 33, None),
    ("正規職員数（人）", 160, None), ("会計年度任用職員・パート等の非正規職員数（人）", 32, None),
    ("時点", D(2024, 11, 1), '[$-411]ggge"年"m"月"d"日"'),
    ("2025年4月　新規採用者数", "５人", None), ("2025年4月　自治労加入者数", "３人", None),
    ("2025年4月　競合加入者数", "１人", None), ("2025年4月　未加入者数", "１人", None),
]
S3_TEXTS = [
    "採用日に委員長が組合の説明をし、加入届を渡している。",
    "採用から1か月以内に歓迎会を開き、先輩組合員と話す場を作っている。",
    "競合の役員と同じ職場に配属されると、競合に入ることが多い。",
    "未加入者には委員長が個別に話をしている。",
    "小さな役場なので、何度も声をかけにくい。",
    "組合ニュースを季節ごとに発行し、全職場に回覧している。",
    "保育所や診療所の職員に情報が届きにくい。",
    "村当局とは年2回交渉している。競合とは別々に交渉している。",
    "共済の保障の手厚さを伝えている。",
    "競合の役員が多い職場での声のかけ方",
    "県本部の学習会をオンラインでも開いてほしい。",
]


def s3_mie(folder: Path, work: Path):
    wb = _obook("回答")
    ws = wb.active
    s = Sheet(ws)
    ws.column_dimensions["A"].width = 40
    for col in "BCDE":
        ws.column_dimensions[col].width = 16
    s.put("A1", "実態共有用アンケート（回答）", merge="E1")
    ws["A1"].font = Font(size=14, bold=True)
    s.put("A3", "項目")
    s.put("B3", "回答", merge="E3")
    ws["A3"].font = BOLD
    ws["B3"].font = BOLD
    r = 4
    for label, value, fmt in S3_ROWS:
        s.put(f"A{r}", label)
        s.put(f"B{r}", value, merge=f"C{r}", fmt=fmt)
        r += 1
    for label, text in zip(TEXT_LABELS, S3_TEXTS):
        s.put(f"A{r}", label)
        s.put(f"B{r}", text, merge=f"E{r}")
        ws.row_dimensions[r].height = 48 if len(label) > 24 else 32
        r += 1
    _box(ws, f"A3:E{r - 1}")
    assert r == 32, r
    s.put("A33", RATE_NOTE, merge="E33")
    s.put("A34", "※非正規職員数は会計年度任用職員の人数です。", merge="E34")
    work.mkdir(parents=True, exist_ok=True)
    src = work / "三重_試験村職_アンケート.xlsx"
    _osave(wb, src)
    _to_xls(src, folder, work)


# ------------------------------------------------------------------ S4 愛媛: 自治労… union name, merged 未加入者数
S4_TEXTS = [
    "4月の新採研修で組合説明会を開き、共済の説明もあわせて行っている。",
    "病院の新採には、病院の組合員が別に説明会を開いている。",
    "病院職場では競合の加入者が多く、新採も競合に入りやすい。",
    "・未加入者の多い職場を執行委員が訪問\n・共済の案内を年2回配布",
    "夜勤のある職場では会う時間がとれない。",
    "交渉の経過を組合ニュースと掲示板で知らせている。",
    "病院と本庁で情報の届き方に差がある。",
    "市当局とは年4回交渉している。病院の人員確保が最大の課題。",
    "共済と交渉の両方で組合員を支えていることを伝えている。",
    "病院職場での新採の組織化の進め方",
    "特になし",
]
ZEN = "１２３４５６７８９"


def s4_ehime(folder: Path):
    wb = _obook("アンケート")
    ws = wb.active
    s = Sheet(ws)
    for col, w in zip("ABCDEF", (26, 14, 14, 18, 14, 14)):
        ws.column_dimensions[col].width = w
    s.put("A1", "実態共有用アンケート", merge="F1")
    ws["A1"].font = Font(size=14, bold=True)
    for r, v in ((3, "県本部：愛媛"), (4, "単組：自治労試験市職員労働組合"), (5, "記入者：試験 美穂"),
                 (6, "上部団体：全労連・医労連")):
        s.put(f"A{r}", v, merge=f"C{r}")
    _box(ws, "A3:C6")
    for col, head in zip("ABCD", ("項目", "自治労", "競合", "時点")):
        s.put(f"{col}8", head)
    s.put("A9", "組織人員数（人）")
    s.put("B9", 905, fmt="#,##0")
    s.put("C9", 248, fmt="#,##0")
    s.put("A10", "組織率（％）")
    s.put("B10", "45.25%")
    s.put("C10", "12.40%")
    s.put("A11", "未加入者数（人）")
    s.put("B11", 847, merge="C11", fmt="#,##0")
    ws["B11"].alignment = Alignment(horizontal="center", vertical="center")
    s.put("D9", "2024年11月1日現在", merge="D11")
    _box(ws, "A8:D11")
    s.put("A13", "2025年4月新規採用者")
    ws["A13"].font = BOLD
    for r, label, v in zip(range(14, 18), INTAKE, (40, 28, 9, 3)):
        s.put(f"A{r}", label)
        s.put(f"B{r}", v)
    _box(ws, "A14:B17")
    s.put("A19", RATE_NOTE, merge="F19")
    for k, (label, text) in enumerate(zip(TEXT_LABELS, S4_TEXTS)):
        r = 21 + 3 * k
        num = ZEN[k] if k < 9 else ("１０", "１１")[k - 9]
        s.put(f"A{r}", f"問{num}　" + label, merge=f"F{r}")
        ws[f"A{r}"].font = BOLD
        s.put(f"A{r + 1}", text, merge=f"F{r + 2}")
    assert r + 2 == 53, r
    s.put("A55", "※未加入者数は自治労・競合とも同じ人数のため、まとめて記入しました。", merge="F55")
    _osave(wb, folder / "愛媛_試験市職労_アンケート.xlsx")


# ------------------------------------------------------------------ S5 沖縄: corrected in place (struck + red), 「／」
S5_TEXTS = [
    "採用日の午後に組合説明会を開き、加入届をその場で受け取っている。",
    "説明会のあとに青年部の交流会を開いている。",
    "特になし",
    "委員長と書記長が未加入者と個別に面談している。",
    "組合費が高いと感じている人が多く、話を聞いてもらえない。",
    "組合だよりを隔月で発行し、町の全職場に配っている。",
    "離島の出張所の職員に情報が届くのが遅い。",
    "町当局とは年2回交渉している。\n・会計年度任用職員の処遇改善\n・人員の確保",
    "競合組合なし。",
    "未加入者との面談で話している内容",
    "共済の担当者に年1回は単組を訪問してほしい。",
]
STRIKE = InlineFont(strike=True)
RED = InlineFont(color="FFFF0000")


def _corrected(old: str, new: str) -> CellRichText:
    return CellRichText([TextBlock(STRIKE, old), " ", TextBlock(RED, new)])


def s5_okinawa(folder: Path):
    wb = _obook("回答")
    ws = wb.active
    s = Sheet(ws)
    for col, w in zip("ABCDEF", (22, 12, 14, 14, 14, 14)):
        ws.column_dimensions[col].width = w
    s.put("A1", "実態共有用アンケート", merge="F1")
    ws["A1"].font = Font(size=14, bold=True)
    for r, label, v in ((3, "県本部", "沖縄"), (4, "単組", "架空町職員労働組合"), (5, "記入者お名前", "架空 良子"),
                        (6, "上部団体", "なし")):
        s.put(f"A{r}", label)
        s.put(f"B{r}", v, merge=f"D{r}")
    _box(ws, "A3:D6")
    for col, head in zip("ABCD", ("項目", "自治労", "競合", "時点")):
        s.put(f"{col}8", head)
    s.put("A9", "組織人員数（人）")
    s.put("B9", _corrected("212", "218"))
    s.put("C9", "／")
    s.put("A10", "組織率（％）")
    s.put("B10", _corrected("70.7", "72.7"))
    s.put("C10", "／")
    s.put("A11", "未加入者数（人）")
    s.put("B11", 82)
    s.put("C11", "／")
    for ref in ("C9", "C10", "C11"):
        ws[ref].alignment = Alignment(horizontal="center", vertical="center")
    s.put("D9", D(2024, 12, 1), merge="D11", fmt="yyyy/m/d")
    _box(ws, "A8:D11")
    s.put("A13", "2025年4月新規採用者")
    ws["A13"].font = BOLD
    for r, label, v in zip(range(14, 18), INTAKE, (6, 5, 0, 1)):
        s.put(f"A{r}", label)
        s.put(f"B{r}", v)
    _box(ws, "A14:B17")
    s.put("A19", RATE_NOTE, merge="F19")
    for k, (label, text) in enumerate(zip(TEXT_LABELS, S5_TEXTS)):
        r = 21 + 2 * k
        s.put(f"A{r}", label, merge=f"B{r + 1}")
        s.put(f"C{r}", text, merge=f"F{r + 1}")
        ws.row_dimensions[r].height = 24
        ws.row_dimensions[r + 1].height = 24
    _box(ws, "A21:F42")
    s.put("A44", "※組織人員数・組織率は12月10日に修正しました（赤字）。", merge="F44")
    _osave(wb, folder / "沖縄_架空町職_アンケート（修正版）.xlsx")


def build(root: Path) -> dict[str, Path]:
    from legacy_kit import build_set

    return build_set(Path(root), [r1_iwate, r2_fukushima, r4_nara, r5_saga],
                     [s1_akita, s2_saitama, s4_ehime, s5_okinawa],
                     converted=[("report", r3_shiga), ("survey", s3_mie)])


if __name__ == "__main__":
    print(build(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/legacy13")))
