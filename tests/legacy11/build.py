"""Eleventh, independent set of legacy-style fixtures (tests/legacy11), made to measure GENERALISATION.

Ten workbooks (five 県本部共済推進取り組み報告書, five 実態共有用アンケート; FY2024: reports made Feb 2025, survey
figures as of late 2024, intake 2025年4月新採) as ordinary offices would send them, written with XlsxWriter and
openpyxl, two of them (R3, S2) saved as .xls through LibreOffice. Each COMBINES 3-5 habits: about two thirds of them
common and already seen somewhere in tests/legacy2 … tests/legacy10 but mixed differently, about one third judged
plausible and absent from those sets (marked NEW). Every name, union and sentence is invented for this set (見本 /
試験 / 架空 names); the only texts taken from the real forms are the printed labels and instructions. Nothing here
imports the reader.

REPORTS
R1 秋田県本部_共済推進取り組み報告書_R6.xlsx (XlsxWriter), sheet 「報告書」
   title with the prefecture in it (「令和6年度　県本部共済推進取り組み報告書（秋田県本部）」); header label and answer
   in ONE cell after a colon (「県名：秋田県」 「作成日：2025/2/18」 「作成者：…」 「確認者：…」); section 1 labels
   「（１）」… with merged blocks below holding 「・」 bullet lines; a narrow 実施 column LEFT of the items holding
   「〇」 (U+3007 IDEOGRAPHIC NUMBER ZERO, NEW glyph) for the done items only, no □ anywhere; section 5 skipped
   entirely: no mark, text 「該当なし（本県本部にはモデル単組がないため）」 (NEW); note A50.
R2 栃木県本部　取組報告書.xlsx (openpyxl), sheet 「報告書」
   作成日 the text 「7.2.14」 (era and its letter left out, NEW); 作成者 with the role in brackets after the name; the
   form reused from last year: the titles of sections 3 and 4 and s6 item 4 still carry LAST YEAR's years (「2024年4月
   新規採用者対策」 …) in an otherwise current report (NEW); items printed 「□　label」 and never retyped: the done ones
   HIGHLIGHTED with a yellow fill, the clerk's note under the title saying so (NEW); s1 labels with the text on the
   same row; 「具体的な取り組み」 label row below the items with the text merged below it.
R3 長野県本部報告書（R6）.xls (openpyxl → LibreOffice .xls), sheets 「R5」 then 「R6」
   a sheet per year, LAST YEAR's copy FIRST and visible, this year's added AFTER it (NEW order; R5 has other marks,
   texts, checker and 2024年 titles); header answers TWO columns right of their labels (A → C, E → G); 作成日 a real
   date shown yyyy/m/d; 「(1)」… section-1 labels with merged blocks below; 「✓」 (U+2713) in a narrow 実施 column
   RIGHT of the items, blank otherwise, no □; s6 text 「特になし」; note A50.
R4 愛媛県本部_共済推進取り組み報告書.xlsx (XlsxWriter), sheet 「取り組み報告」
   the check boxes typed with the Wingdings 2 font: 「R」 (shows ☑) / 「£」 (shows □) in a narrow column left of
   the items, s3 item 7's cell left empty (NEW); a stamp box 作成者 | 確認者 at the top right (labels above the
   names); 作成日 a real date shown 「令和7年2月12日」; frozen panes and print title rows; the first section-1 box
   answered 「2024年6月報告のとおり」; ①② lines in the s4 text; note A50.
R5 鹿児島県本部　R6取り組み報告.xlsx (openpyxl), sheets 「様式」 (the BLANK form, FIRST) then 「鹿児島」 (filled)
   close to the printed form (printed section-1 instruction, the first two boxes side by side); 作成日 the text
   「令和7年2月20日」; 「☑　label」 / 「□　label」 in the item cell with the clerk's own notes APPENDED in brackets
   after three items (「…の開催（1月20日開催）」, 「…の実施（3月予定）」, 「…の配布（12月発送済）」) (NEW); ● and ■
   bullet lines in the texts; note A51.

SURVEYS
S1 岩手_見本町職_実態共有アンケート.xlsx (XlsxWriter), sheet 「回答」
   SIDEWAYS: every question across the top and ONE answer row (row 5), under a TWO-LEVEL header (group headings
   「組織人員数（人）」 「組織率（％）」 「未加入者数（人）」 「2025年4月新規採用者」 merged over their sub-columns
   自治労 | 競合 / 新規採用者数 …, single questions merged down over both header rows) (NEW); counts as numbers in
   cells formatted 0"人" (shown 「312人」, NEW); rates as fractions in 0.0% cells; 時点 a real date shown 「2024/11」
   (yyyy/m, NEW); texts with line breaks and 「・」 bullets; note A7.
S2 千葉_架空市職労_アンケート.xls (openpyxl → LibreOffice .xls), sheet 「アンケート」
   上部団体 typed 「医労連」 (the short name of 全労連・医労連, NEW); the numbers in TWO SEPARATE BLOCKS, 「■自治労
   （当組合）」 then 「■競合組合」, each with its own 組織人員数 / 組織率 / 未加入者数 rows (NEW); full-width text
   numbers with units 「４２０人」 「３５．３％」; 時点 「R6.11.1現在」 in the 自治労 block only; every free text as
   ONE cell 「label：answer」; note A38.
S3 岐阜_見本村職_アンケート.xlsx (XlsxWriter), sheets 「回答」 then an EMPTY copy 「原本」
   上部団体 answered by 「○」 typed in a narrow column beside the four printed choices listed DOWN (NEW); 正規 /
   非正規 given and the rates as FORMULAS (=B13/(B17+B18), fractions in 0.0% cells, values stored); 時点 a real date
   shown 「令和6年11月1日現在」; the 県本部・本部への要望 answer typed in a TEXT BOX (a drawing shape) laid over its
   empty answer cell (NEW); 「なし」 / 「特になし」 answers; note A40; the blank template sheet after the answers.
S4 徳島_見本市職員組合_アンケート.xlsx (openpyxl), sheets 「R5」 (HIDDEN, first: last year's answers) then 「R6」
   header label and answer in one cell (「県本部：徳島」 …); the number labels carrying the clerk's office's own
   notes in brackets (「組織人員数（人）（再任用・会計年度任用職員を含む）」 「組織率（％）（小数点第1位まで）」
   「未加入者数（人）（自治労・競合のどちらにも入っていない人）」) and the text labels 「（200字程度）」 (NEW); 「1,052人」
   「約150人」 「34.6%」 「約5%」; a 「※」 comment row INSIDE the numbers table; 時点 the text 「2024/11」.
S5 熊本_架空町職労_アンケート（回答）.xlsx (XlsxWriter), sheet 「アンケート」
   merged cells everywhere (labels A:B, answers C:D / E:F, texts over two rows); 時点 inside the column headings
   (「自治労（R6.12.1現在）」); full-width text numbers without units (「２３０」 「７６．７」); 上部団体 「なし」 and
   the competitor 「－」; two writers 「架空 智子／架空 悠」; a HIDDEN helper column H counting each answer's
   characters (=LEN(C22) 「文字数」, values stored) beside the texts under a 「回答（200字以内）」 heading (NEW);
   「競合組合なし。」; note A45.
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
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils.cell import column_index_from_string, coordinate_from_string

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
FW = str.maketrans("0123456789.,%", "０１２３４５６７８９．，％")
S1_INSTR = ("※2024年6月 共済推進県本部・県支部合同会議で報告した県本部共済推進方針にもとづいた取り組み報告の"
            "「3.目標達成にむけた進捗と課題」、「4.今後、重点的に取り組む課題」をあらためて下記に記載してください。")
S1_BOX2_LONG = "左記、2024年6月報告以降の取り組みと課題および\n2026年度末団体生命共済保有目標達成に向けた取り組み\n2点について記入してください。"
CHECK_HEAD = "実施している取り組み☑してください。"


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
    """Save an openpyxl book byte for byte the same on every run (core.xml and zip stamps set to FIXED)."""
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
    """XlsxWriter helper: typed values, merges, number formats, bold, fonts, fills."""

    def __init__(self, wb, ws):
        self.wb, self.ws, self._fmts = wb, ws, {}

    def fmt(self, num=None, bold=False, border=True, fill=None, font=None, center=False):
        key = (num, bold, border, fill, font, center)
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
            if font:
                props["font_name"] = font
            if center:
                props["align"] = "center"
                props["valign"] = "vcenter"
            self._fmts[key] = self.wb.add_format(props)
        return self._fmts[key]

    def put(self, ref: str, value, merge: str | None = None, num=None, bold=False, border=True, fill=None,
            font=None, center=False):
        f = self.fmt(num, bold, border, fill, font, center)
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

    def formula(self, ref: str, formula: str, value, merge: str | None = None, num=None):
        f = self.fmt(num)
        if merge:
            self.ws.merge_range(f"{ref}:{merge}", "", f)
        self.ws.write_formula(ref, formula, f, value)

    def height(self, row: int, h: float):
        self.ws.set_row(row - 1, h)


def _select_second(wb):
    """Open on the second sheet, as the clerk left it: active tab and tab selection both on it."""
    wb.active = 1
    wb.worksheets[0].sheet_view.tabSelected = False
    wb.worksheets[1].sheet_view.tabSelected = True


def _to_xls(src: Path, folder: Path, work: Path):
    """The .xls LibreOffice saves from ``src`` (tests/lo.py), moved into ``folder``."""
    out = lo.convert(src, work / "xls", "xls")
    shutil.move(str(out), str(folder / out.name))


def _item_height(item: str, per_line: int) -> float:
    lines = -(-len(item) // per_line)
    return max(18, 15 * lines + 4)


# ============================================================================================ reports

# ------------------------------------------------------------------ R1 秋田: 〇 left of done items, s5 該当なし
R1_S1 = [
    "・団体生命共済の新規加入は1月末で目標の58.2％。\n・保有件数は前年5月比で99.4％と微減。\n"
    "・県北地区の単組で新採の同時加入が進んでいない。",
    "・11月に県支部と合同で県北地区の6単組を訪問した。\n・1月の代表者会議で単組ごとの到達状況を示した。",
    "・新採の同時加入\n・役職定年者への継続加入の案内",
]
R1_MARKS = [[1, 1], [1, 1, 0, 1, 1, 1, 0], [1, 0, 1], None, [1, 1, 1, 0]]
R1_TEXTS = [
    "規程にもとづき年2回支払っている。使途は単組からの報告書で確認している。",
    "同時加入のチラシと申込書をセットにして全単組に送付した。県支部と合同で5単組をオルグし、12月に新採対策会議を"
    "開いた。",
    "組織化方針を文書で提起した。じちろう共済の案内は退職者会と合同で行った。",
    "該当なし（本県本部にはモデル単組がないため）",
    "冊子を執行委員会で確認し、代表者会議で全単組に配布・説明した。",
]


def r1_akita(folder: Path):
    wb = _xbook(folder / "秋田県本部_共済推進取り組み報告書_R6.xlsx")
    ws = wb.add_worksheet("報告書")
    x = XSheet(wb, ws)
    ws.set_column("A:A", 5)
    ws.set_column("B:E", 13)
    ws.set_column("F:H", 16)
    ws.merge_range("A1:H1", "令和6年度　県本部共済推進取り組み報告書（秋田県本部）",
                   wb.add_format({"bold": True, "font_size": 14, "align": "center"}))
    x.put("A3", "県名：秋田県", merge="D3")
    x.put("E3", "作成日：2025/2/18", merge="H3")
    x.put("A4", "作成者：見本 良太", merge="D4")
    x.put("E4", "確認者：見本 恵子", merge="H4")
    x.put("A6", "１．" + TITLES[0], merge="H6", bold=True, border=False)
    for i, (label, text) in enumerate(zip(S1_BOX, R1_S1)):
        r = 7 + 3 * i
        x.put(f"A{r}", f"（{'１２３'[i]}）" + label, merge=f"H{r}")
        x.put(f"A{r + 1}", text, merge=f"H{r + 2}")
        x.height(r + 1, 26)
        x.height(r + 2, 26)
    row = 17
    for n, (items, marks, text) in enumerate(zip(SECTIONS, R1_MARKS, R1_TEXTS), start=2):
        x.put(f"A{row}", f"{'２３４５６'[n - 2]}．" + TITLES[n - 1], merge=f"H{row}", bold=True, border=False)
        x.put(f"A{row + 1}", "実施", center=True)
        x.put(f"B{row + 1}", "取り組み項目", merge=f"E{row + 1}")
        x.put(f"F{row + 1}", "具体的な取り組み", merge=f"H{row + 1}")
        first = row + 2
        for k, item in enumerate(items):
            r = first + k
            mark = "〇" if marks and marks[k] else None
            x.put(f"A{r}", mark, center=True)
            x.put(f"B{r}", item, merge=f"E{r}")
            x.height(r, _item_height(item, 26))
        last = first + len(items) - 1
        x.put(f"F{first}", text, merge=f"H{last}")
        row = last + 2
    assert row == 50, row
    x.put("A50", "※本報告は県支部長の確認を得ています。", merge="H50", border=False)
    wb.close()


# ------------------------------------------------------------------ R2 栃木: yellow fill, last year's years, 7.2.14
LAST = {"2025年": "2024年"}
R2_MARKS = [[1, 0], [1, 1, 1, 0, 1, 0, 0], [1, 1, 0], [1, 1], [1, 1, 0, 0]]
R2_S1 = [
    "団体生命共済の新規加入は1月末で目標の61.5％。保有件数は前年5月比で100.2％とほぼ横ばい。県南地区の単組では新採の"
    "加入が伸びていない。",
    "9月から県支部と合同で県南・県北の12単組を訪問した。2026年度末の保有目標を単組ごとに示し、進め方を話し合った。",
    "新採の同時加入の徹底と、再任用者への継続加入の案内。",
]
R2_TEXTS = [
    "規程にもとづき支払っている。使途は把握できていない。",
    "同時加入のツールを配布し、県支部と合同で10単組をオルグした。執行部学習会を2会場で開いた。組織化方針は2月に提起"
    "した。",
    "組織化方針を提起し、4単組で説明会を開いた。",
    "推進委員会で毎月の件数を確認し、モデル単組を県支部と合同で訪問した。",
    "冊子の内容を執行委員会で確認し、全単組に配布した。",
]
YELLOW = PatternFill("solid", fgColor="FFFFFF00")


def _last_year(text: str) -> str:
    return text.replace("2025年", "2024年")


def r2_tochigi(folder: Path):
    wb = _obook("報告書")
    ws = wb.active
    s = Sheet(ws)
    ws.column_dimensions["A"].width = 22
    for col in "BCDEFGH":
        ws.column_dimensions[col].width = 11
    s.put("A1", "県本部共済推進取り組み報告書", merge="H1")
    ws["A1"].font = Font(size=14, bold=True)
    s.put("A2", "※実施している取り組みは、黄色で塗りつぶしています。", merge="H2")
    s.put("A3", "県　名")
    s.put("B3", "栃木", merge="C3")
    s.put("D3", "作成日")
    s.put("E3", "7.2.14", merge="F3")
    s.put("A4", "作成者")
    s.put("B4", "試験 大輔（書記次長）", merge="C4")
    s.put("D4", "確認者")
    s.put("E4", "試験 真理", merge="F4")
    _box(ws, "A3:F4")
    s.put("A6", "１．" + TITLES[0], merge="H6")
    ws["A6"].font = BOLD
    for i, (label, text) in enumerate(zip(S1_BOX, R2_S1)):
        r = 7 + i
        s.put(f"A{r}", label)
        s.put(f"B{r}", text, merge=f"H{r}")
        ws.row_dimensions[r].height = 62
    _box(ws, "A7:H9")
    row = 11
    for n, (items, marks, text) in enumerate(zip(SECTIONS, R2_MARKS, R2_TEXTS), start=2):
        s.put(f"A{row}", f"{'２３４５６'[n - 2]}．" + _last_year(TITLES[n - 1]), merge=f"H{row}")
        ws[f"A{row}"].font = BOLD
        for k, (item, mark) in enumerate(zip(items, marks)):
            r = row + 1 + k
            s.put(f"A{r}", "□　" + _last_year(item), merge=f"H{r}")
            if mark:
                ws[f"A{r}"].fill = YELLOW
            if len(item) > 40:
                ws.row_dimensions[r].height = 30 if len(item) < 80 else 46
        r = row + 1 + len(items)
        s.put(f"A{r}", "具体的な取り組み", merge=f"H{r}")
        s.put(f"A{r + 1}", text, merge=f"H{r + 1}")
        ws.row_dimensions[r + 1].height = 40
        _box(ws, f"A{row + 1}:H{r + 1}")
        row = r + 3
    assert row == 49, row
    _osave(wb, folder / "栃木県本部　取組報告書.xlsx")


# ------------------------------------------------------------------ R3 長野 (.xls): R5 sheet first, ✓ right
R3_YEARS = {
    "R6": {
        "title": "令和6年度　県本部共済推進取り組み報告書", "created": dt.date(2025, 2, 17),
        "author": "見本 拓也", "checker": "見本 直子", "years": False,
        "s1": ["団体生命共済の新規加入は1月末で目標の63.0％。保有件数は前年5月比で100.6％と増加した。東信・南信地区の"
               "小規模単組で新採の加入が進んでいない。",
               "10月から県支部と合同で東信・南信地区の14単組を訪問した。12月の代表者会議で2026年度末の保有目標を確認"
               "した。",
               "小規模単組への訪問と、新採説明会での同時加入の案内。"],
        "marks": [[1, 1], [1, 0, 1, 1, 1, 1, 0], [1, 1, 0], [1, 0], [1, 1, 0, 0]],
        "texts": ["規程にもとづき支払い、使途は単組の決算書で確認している。",
                  "同時加入のチラシを全単組に配布した。1月に新採対策会議を開き、組織化方針と同時加入方針を提起した。",
                  "組織化方針を提起し、役職定年者の名簿がある単組で説明会を開いた。",
                  "推進委員会で四半期ごとに進捗を確認した。",
                  "特になし"],
        "note": "※✓は実施した取り組みです（2月14日現在）。",
    },
    "R5": {
        "title": "令和5年度　県本部共済推進取り組み報告書", "created": dt.date(2024, 2, 16),
        "author": "見本 拓也", "checker": "見本 弘", "years": True,
        "s1": ["新規加入は1月末で目標の52.4％。保有件数は前年5月比で98.9％と減少した。",
               "北信地区の単組を中心に県支部と合同で9単組を訪問した。",
               "新採の同時加入と、北信地区の単組への支援。"],
        "marks": [[1, 0], [0, 1, 0, 1, 0, 1, 1], [0, 0, 1], [0, 1], [0, 1, 1, 1]],
        "texts": ["規程にもとづき支払っている。使途の確認は次年度の課題。",
                  "県支部と合同で単組オルグを行い、新採対策会議を12月に開いた。",
                  "退職者会と合同でじちろう共済を案内した。",
                  "県支部と合同でモデル単組を訪問した。",
                  "冊子を全単組に配布し、代表者会議と執行部オルグで活用を呼びかけた。"],
        "note": "※令和6年2月16日現在",
    },
}


def _r3_sheet(ws, d: dict):
    s = Sheet(ws)
    for col, w in zip("ABCDEFGH", (14, 8, 12, 12, 12, 6, 16, 16)):
        ws.column_dimensions[col].width = w
    s.put("A1", d["title"], merge="H1")
    ws["A1"].font = Font(size=14, bold=True)
    s.put("A3", "県名")
    s.put("C3", "長野", merge="D3")
    s.put("E3", "作成日")
    s.put("G3", d["created"], merge="H3", fmt="yyyy/m/d")
    s.put("A4", "作成者")
    s.put("C4", d["author"], merge="D4")
    s.put("E4", "確認者")
    s.put("G4", d["checker"], merge="H4")
    _box(ws, "A3:H4")
    yr = _last_year if d["years"] else (lambda t: t)
    s.put("A6", "1." + TITLES[0], merge="H6")
    ws["A6"].font = BOLD
    box1 = S1_BOX if not d["years"] else [S1_BOX[0], S1_BOX[1].replace("2024年", "2023年"), S1_BOX[2]]
    for i, (label, text) in enumerate(zip(box1, d["s1"])):
        r = 7 + 3 * i
        s.put(f"A{r}", f"({i + 1})" + label, merge=f"H{r}")
        s.put(f"A{r + 1}", text, merge=f"H{r + 2}")
        ws.row_dimensions[r + 1].height = 28
        ws.row_dimensions[r + 2].height = 28
    _box(ws, "A7:H15")
    row = 17
    for n, (items, marks, text) in enumerate(zip(SECTIONS, d["marks"], d["texts"]), start=2):
        s.put(f"A{row}", f"{n}." + yr(TITLES[n - 1]), merge=f"H{row}")
        ws[f"A{row}"].font = BOLD
        s.put(f"A{row + 1}", "取り組み項目", merge=f"E{row + 1}")
        s.put(f"F{row + 1}", "実施")
        s.put(f"G{row + 1}", "具体的な取り組み", merge=f"H{row + 1}")
        first = row + 2
        for k, (item, mark) in enumerate(zip(items, marks)):
            r = first + k
            s.put(f"A{r}", yr(item), merge=f"E{r}")
            if mark:
                s.put(f"F{r}", "✓")
                ws[f"F{r}"].alignment = Alignment(horizontal="center", vertical="center")
            if len(item) > 26:
                ws.row_dimensions[r].height = 30 if len(item) < 52 else 76
        last = first + len(items) - 1
        s.put(f"G{first}", text, merge=f"H{last}")
        _box(ws, f"A{row + 1}:H{last}")
        row = last + 2
    assert row == 50, row
    s.put("A50", d["note"], merge="H50")


def r3_nagano(folder: Path, work: Path):
    wb = _obook("R5")
    _r3_sheet(wb.active, R3_YEARS["R5"])
    _r3_sheet(wb.create_sheet("R6"), R3_YEARS["R6"])
    _select_second(wb)
    work.mkdir(parents=True, exist_ok=True)
    src = work / "長野県本部報告書（R6）.xlsx"
    _osave(wb, src)
    _to_xls(src, folder, work)


# ------------------------------------------------------------------ R4 愛媛: Wingdings 2 boxes, stamp box
R4_MARKS = [[1, 1], [1, 1, 0, 1, 0, 1, None], [1, 0, 0], [1, 1], [1, 1, 1, 0]]
R4_S1 = [
    "2024年6月報告のとおり",
    "東予・中予・南予の3地区で単組代表者会議を開き、単組ごとの到達状況と2026年度末の保有目標を共有した。12月末の新規"
    "加入は目標の55.8％。",
    "南予地区の小規模単組への支援と、新採の同時加入の徹底。",
]
R4_TEXTS = [
    "規程にもとづき支払い、使途は単組の報告で把握している。",
    "同時加入のチラシを作成し、県支部と合同で7単組をオルグした。新採対策会議は11月に開いた。",
    "①組織化方針を11月の代表者会議で提起\n②説明会は対象者の把握ができた単組から順次実施する予定",
    "推進委員会で毎月進捗を確認し、県支部と合同でモデル単組を訪問した。",
    "冊子を確認し、全単組に配布した。代表者会議で活用方法を説明した。",
]


def r4_ehime(folder: Path):
    wb = _xbook(folder / "愛媛県本部_共済推進取り組み報告書.xlsx")
    ws = wb.add_worksheet("取り組み報告")
    x = XSheet(wb, ws)
    ws.set_column("A:A", 5)
    ws.set_column("B:E", 12)
    ws.set_column("F:G", 18)
    ws.merge_range("A1:E1", "県本部共済推進取り組み報告書", wb.add_format({"bold": True, "font_size": 14}))
    x.put("F1", "作成者", center=True)
    x.put("G1", "確認者", center=True)
    x.put("F2", "架空 浩二", merge="F3", center=True)
    x.put("G2", "架空 美紀", merge="G3", center=True)
    x.put("A3", "県本部名", merge="B3")
    x.put("C3", "愛媛県本部", merge="D3")
    x.put("A4", "作成日", merge="B4")
    x.put("C4", dt.date(2025, 2, 12), merge="D4", num='[$-411]ggge"年"m"月"d"日"')
    ws.freeze_panes(5, 0)
    ws.repeat_rows(0, 3)
    x.put("A6", "1　" + TITLES[0], merge="G6", bold=True, border=False)
    for i, (label, text) in enumerate(zip(S1_BOX, R4_S1)):
        r = 7 + 3 * i
        x.put(f"A{r}", "「" + label + "」", merge=f"G{r}")
        x.put(f"A{r + 1}", text, merge=f"G{r + 2}")
        x.height(r + 1, 26)
        x.height(r + 2, 26)
    row = 17
    for n, (items, marks, text) in enumerate(zip(SECTIONS, R4_MARKS, R4_TEXTS), start=2):
        x.put(f"A{row}", f"{n}　" + TITLES[n - 1], merge=f"G{row}", bold=True, border=False)
        x.put(f"A{row + 1}", CHECK_HEAD, merge=f"E{row + 1}")
        x.put(f"F{row + 1}", "具体的な取り組み", merge=f"G{row + 1}")
        first = row + 2
        for k, (item, mark) in enumerate(zip(items, marks)):
            r = first + k
            glyph = {1: "R", 0: "£", None: None}[mark]
            x.put(f"A{r}", glyph, font="Wingdings 2", center=True)
            x.put(f"B{r}", item, merge=f"E{r}")
            x.height(r, _item_height(item, 24))
        last = first + len(items) - 1
        x.put(f"F{first}", text, merge=f"G{last}")
        row = last + 2
    assert row == 50, row
    x.put("A50", "※交付金の使途は3月の推進委員会で報告します。", merge="G50", border=False)
    wb.close()


# ------------------------------------------------------------------ R5 鹿児島: blank 様式 first, notes after items
R5_MARKS = [[1, 0], [1, 1, 1, 1, 0, 1, 0], [1, 0, 1], [1, 1], [1, 1, 0, 0]]
R5_NOTES = {(3, 3): "（1月20日開催）", (4, 1): "（3月予定）", (6, 1): "（12月発送済）"}
R5_S1 = [
    "●団体生命共済の新規加入は1月末で目標の57.6％。\n●保有件数は前年5月比で99.6％。\n●離島の単組で新採の加入が進んで"
    "いない。",
    "●10月から県支部と合同で大隅・薩摩地区の11単組を訪問した。\n●2026年度末の保有目標を単組ごとに示した。",
    "●離島の単組へのオンラインでの支援\n●再任用者への継続加入の案内",
]
R5_TEXTS = [
    "規程にもとづき支払っている。使途の把握は今後の課題。",
    "■同時加入のツールを全単組に配布\n■県支部と合同で9単組をオルグ\n■1月20日に新採対策会議を開催",
    "組織化方針を提起し、退職者会と合同でじちろう共済を案内した。",
    "推進委員会で進捗を確認し、県支部と合同でモデル単組を訪問した。",
    "冊子を執行委員会で確認し、12月に全単組へ発送した。",
]


def _r5_sheet(ws, filled: bool):
    s = Sheet(ws)
    for col in "ABCDEFGHIJ":
        ws.column_dimensions[col].width = 10
    s.put("A1", "県本部共済推進取り組み報告書", merge="J1")
    ws["A1"].font = Font(size=14, bold=True)
    head = (("A3", "県　名", "B3", "C3", "鹿児島県"), ("A4", "作成日", "B4", "C4", "令和7年2月20日"),
            ("E3", "作成者", "F3", "G3", "試験 隆"), ("E4", "確認者", "F4", "G4", "試験 亜紀"))
    for lref, label, aref, end, value in head:
        s.put(lref, label)
        s.put(aref, value if filled else None, merge=end)
    _box(ws, "A3:G4")
    s.put("A6", "1." + TITLES[0], merge="J6")
    ws["A6"].font = BOLD
    s.put("A7", S1_INSTR, merge="J8")
    s.put("A9", "「" + S1_BOX[0] + "」", merge="E9")
    s.put("F9", S1_BOX2_LONG, merge="J9")
    ws.row_dimensions[9].height = 45
    s.put("A10", R5_S1[0] if filled else None, merge="E13")
    s.put("F10", R5_S1[1] if filled else None, merge="J13")
    s.put("A14", "「" + S1_BOX[2] + "」", merge="J14")
    s.put("A15", R5_S1[2] if filled else None, merge="J16")
    _box(ws, "A9:J16")
    row = 18
    for n, (items, marks, text) in enumerate(zip(SECTIONS, R5_MARKS, R5_TEXTS), start=2):
        s.put(f"A{row}", f"{n}." + TITLES[n - 1], merge=f"J{row}")
        ws[f"A{row}"].font = BOLD
        s.put(f"A{row + 1}", CHECK_HEAD, merge=f"F{row + 1}")
        s.put(f"G{row + 1}", "具体的な取り組み", merge=f"J{row + 1}")
        first = row + 2
        for k, (item, mark) in enumerate(zip(items, marks)):
            r = first + k
            if filled:
                line = ("☑　" if mark else "□　") + item + R5_NOTES.get((n, k), "")
            else:
                line = "□　" + item
            s.put(f"A{r}", line, merge=f"F{r}")
            if len(line) > 24:
                ws.row_dimensions[r].height = 30 if len(line) < 48 else 76
        last = first + len(items) - 1
        s.put(f"G{first}", text if filled else None, merge=f"J{last}")
        _box(ws, f"A{row + 1}:J{last}")
        row = last + 2
    assert row == 51, row
    if filled:
        s.put("A51", "※離島の単組にはオンラインで説明しています。", merge="J51")


def r5_kagoshima(folder: Path):
    wb = _obook("様式")
    _r5_sheet(wb.active, filled=False)
    _r5_sheet(wb.create_sheet("鹿児島"), filled=True)
    _select_second(wb)
    _osave(wb, folder / "鹿児島県本部　R6取り組み報告.xlsx")


# ============================================================================================ surveys

# ------------------------------------------------------------------ S1 岩手: sideways, two-level header
S1_TEXTS = [
    "・4月1日の辞令交付後に組合説明会\n・説明会の場で加入届を回収",
    "青年部の役員が説明会に同席し、職場の先輩として話をしている。",
    "競合も同じ日に説明会を開くため、時間の取り合いになっている。",
    "未加入者に年2回、組合だよりと加入案内を手渡している。",
    "若い職員ほど組合費の負担を理由に断られる。",
    "交渉の結果を当日中に組合ニュースで配信している。",
    "出先職場に紙のニュースが届くのが遅れる。",
    "町当局とは年3回の交渉。\n・人員確保\n・会計年度任用職員の処遇改善",
    "共済の給付や相談体制を具体的な事例で紹介している。",
    "競合と同じ日に説明会を開く場合の工夫",
    "新採向けのパンフレットを早めに届けてほしい。",
]


def s1_iwate(folder: Path):
    from openpyxl.utils import get_column_letter

    wb = _xbook(folder / "岩手_見本町職_実態共有アンケート.xlsx")
    ws = wb.add_worksheet("回答")
    x = XSheet(wb, ws)
    ws.merge_range("A1:H1", "実態共有用アンケート", wb.add_format({"bold": True, "font_size": 14}))
    single = [("A", "県本部", "岩手", None, 8), ("B", "単組", "見本町職員組合", None, 16),
              ("C", "記入者お名前", "見本 陽子", None, 11), ("D", "上部団体", "全労連・自治労連", None, 15)]
    for col, head, v, num, w in single:
        ws.set_column(f"{col}:{col}", w)
        x.put(f"{col}3", head, merge=f"{col}4", bold=True)
        x.put(f"{col}5", v, num=num)
    groups = [("E", "F", "組織人員数（人）", (312, 58), '0"人"'), ("G", "H", "組織率（％）", (0.547, 0.102), "0.0%"),
              ("I", "J", "未加入者数（人）", (200, 200), '0"人"')]
    for c1, c2, head, vals, num in groups:
        x.put(f"{c1}3", head, merge=f"{c2}3", bold=True)
        for col, sub, v in zip((c1, c2), ("自治労", "競合"), vals):
            ws.set_column(f"{col}:{col}", 8)
            x.put(f"{col}4", sub, bold=True)
            x.put(f"{col}5", v, num=num)
    ws.set_column("K:K", 9)
    x.put("K3", "時点", merge="K4", bold=True)
    x.put("K5", dt.date(2024, 11, 1), num="yyyy/m")
    x.put("L3", "2025年4月新規採用者", merge="O3", bold=True)
    for col, sub, v in zip("LMNO", INTAKE, (14, 10, 2, 2)):
        ws.set_column(f"{col}:{col}", 9)
        x.put(f"{col}4", sub, bold=True)
        x.put(f"{col}5", v, num='0"人"')
    for k, (label, text) in enumerate(zip(TEXT_LABELS, S1_TEXTS)):
        col = get_column_letter(16 + k)  # P … Z
        ws.set_column(f"{col}:{col}", 24)
        x.put(f"{col}3", label, merge=f"{col}4", bold=True)
        x.put(f"{col}5", text)
    x.height(3, 20)
    x.height(4, 48)
    x.height(5, 96)
    x.put("A7", "※組織率は正規・会計年度任用職員の合計570人で計算しました。", merge="J7", border=False)
    ws.freeze_panes(5, 2)
    wb.close()


# ------------------------------------------------------------------ S2 千葉 (.xls): 医労連, two blocks, label：answer
S2_TEXTS = [
    "採用時研修で組合説明の時間をもらい、加入を呼びかけている。",
    "病院の新採には看護部の組合員が個別に声をかけている。",
    "病院職場では競合の加入が多く、説明の機会が少ない。",
    "職場委員会で未加入者名簿を確認し、分担して声をかけている。",
    "交代勤務の職場では会う時間が取れない。",
    "組合ニュースを月2回発行し、庁内の掲示板にも貼っている。",
    "病院職場に情報が届きにくい。",
    "市当局とは年4回、病院当局とは年2回交渉している。",
    "交渉の成果と共済の保障をあわせて伝えている。",
    "交代勤務の職場での組合活動の進め方",
    "病院職場向けの共済の説明資料がほしい。",
]


def s2_chiba(folder: Path, work: Path):
    wb = _obook("アンケート")
    ws = wb.active
    s = Sheet(ws)
    for col, w in zip("ABCDEF", (24, 16, 16, 16, 16, 16)):
        ws.column_dimensions[col].width = w
    s.put("A1", "実態共有用アンケート", merge="F1")
    ws["A1"].font = Font(size=14, bold=True)
    for r, label, v in ((3, "県本部", "千葉"), (4, "単組", "架空市職員労働組合"), (5, "記入者お名前", "架空 誠"),
                        (6, "上部団体", "医労連")):
        s.put(f"A{r}", label)
        s.put(f"B{r}", v, merge=f"C{r}")
    _box(ws, "A3:C6")
    s.put("A8", "■自治労（当組合）", merge="C8")
    ws["A8"].font = BOLD
    for r, label, v in ((9, "組織人員数（人）", "４２０人"), (10, "組織率（％）", "３５．３％"),
                        (11, "未加入者数（人）", "６３０人"), (12, "時点", "R6.11.1現在")):
        s.put(f"A{r}", label)
        s.put(f"B{r}", v)
    _box(ws, "A9:B12")
    s.put("A14", "■競合組合", merge="C14")
    ws["A14"].font = BOLD
    for r, label, v in ((15, "組織人員数（人）", "１４０人"), (16, "組織率（％）", "１１．８％"),
                        (17, "未加入者数（人）", "６３０人")):
        s.put(f"A{r}", label)
        s.put(f"B{r}", v)
    _box(ws, "A15:B17")
    s.put("A19", "2025年4月新規採用者", merge="C19")
    ws["A19"].font = BOLD
    for r, label, v in zip(range(20, 24), INTAKE, ("３０人", "２１人", "５人", "４人")):
        s.put(f"A{r}", label)
        s.put(f"B{r}", v)
    _box(ws, "A20:B23")
    s.put("A25", RATE_NOTE, merge="F25")
    for k, (label, text) in enumerate(zip(TEXT_LABELS, S2_TEXTS)):
        r = 26 + k
        s.put(f"A{r}", f"{label}：{text}", merge=f"F{r}")
        ws.row_dimensions[r].height = 32
    _box(ws, "A26:F36")
    s.put("A38", "※職員数は人事課の資料（1,190人）によります。", merge="F38")
    work.mkdir(parents=True, exist_ok=True)
    src = work / "千葉_架空市職労_アンケート.xlsx"
    _osave(wb, src)
    _to_xls(src, folder, work)


# ------------------------------------------------------------------ S3 岐阜: ○ beside a list, formulas, text box
S3_TEXTS = [
    "採用時の研修で組合と共済の説明をしている。",
    "委員長と青年部長が二人で説明している。",
    "採用が毎年数人で、説明の経験が引き継がれない。",
    "未加入者には委員長が年1回面談している。",
    "なし",
    "組合ニュースを年4回発行している。",
    "特になし",
    "村当局とは年2回交渉し、人員確保を求めている。",
    "共済の相談にすぐ応じられることを伝えている。",
    "小規模単組での共済推進の進め方",
    None,  # 要望: typed in a text box over its cell
]
S3_BOXED = "県本部の学習会の資料を単組にも送ってほしい。\n小規模単組向けの説明会を開いてほしい。"
CHOICES = ["全労連・自治労連", "旧全官公自治労連", "全労連・医労連", "なし"]


def _s3_sheet(wb, ws, filled: bool):
    x = XSheet(wb, ws)
    for col, w in zip("ABCDEF", (30, 14, 18, 18, 14, 14)):
        ws.set_column(f"{col}:{col}", w)
    ws.merge_range("A1:F1", "実態共有用アンケート", wb.add_format({"bold": True, "font_size": 14}))
    for r, label, v in ((3, "県本部", "岐阜"), (4, "単組", "見本村職員組合"), (5, "記入者お名前", "見本 和也")):
        x.put(f"A{r}", label)
        x.put(f"B{r}", v if filled else None, merge=f"C{r}")
    x.put("A7", "上部団体（競合組合）", merge="A10")
    for k, choice in enumerate(CHOICES):
        x.put(f"B{7 + k}", "○" if filled and k == 1 else None, center=True)
        x.put(f"C{7 + k}", choice)
    x.put("D7", "←該当するものに○", merge="D10", border=False)
    x.put("A12", "区分")
    x.put("B12", "自治労")
    x.put("C12", "競合")
    x.put("D12", "時点")
    x.put("A13", "組織人員数（人）")
    x.put("A14", "組織率（％）")
    x.put("A15", "未加入者数（人）")
    x.put("A17", "正規職員数（人）")
    x.put("A18", "会計年度任用職員・パート等の非正規職員数（人）")
    if filled:
        x.put("B13", 88)
        x.put("C13", 20)
        x.formula("B14", "=B13/(B17+B18)", 0.55, num="0.0%")
        x.formula("C14", "=C13/(B17+B18)", 0.125, num="0.0%")
        x.formula("B15", "=B17+B18-B13-C13", 52)
        x.formula("C15", "=B15", 52)
        x.put("D13", dt.date(2024, 11, 1), merge="D15", num='[$-411]ggge"年"m"月"d"日現在"')
        x.put("B17", 128)
        x.put("B18", 32)
    else:
        for ref in ("B13", "C13", "B14", "C14", "B15", "C15", "B17", "B18"):
            x.put(ref, None)
        x.put("D13", None, merge="D15")
    x.height(18, 30)
    x.put("A20", "2025年4月新規採用者", border=False, bold=True)
    for r, label, v in zip(range(21, 25), INTAKE, (6, 5, 1, 0)):
        x.put(f"A{r}", label)
        x.put(f"B{r}", v if filled else None)
    x.put("A26", RATE_NOTE, merge="F26", border=False)
    for k, (label, text) in enumerate(zip(TEXT_LABELS, S3_TEXTS)):
        r = 28 + k
        x.put(f"A{r}", label)
        x.put(f"B{r}", text if filled else None, merge=f"F{r}")
        x.height(r, 64 if k == 10 else (45 if len(label) > 20 else 30))
    if filled:
        ws.insert_textbox("B38", S3_BOXED, {"width": 520, "height": 70, "x_offset": 4, "y_offset": 4,
                                            "font": {"size": 10}, "line": {"none": True}})
        x.put("A40", "※職員数は令和6年4月1日現在の人数です。", merge="F40", border=False)


def s3_gifu(folder: Path):
    wb = _xbook(folder / "岐阜_見本村職_アンケート.xlsx")
    _s3_sheet(wb, wb.add_worksheet("回答"), filled=True)
    _s3_sheet(wb, wb.add_worksheet("原本"), filled=False)
    wb.close()


# ------------------------------------------------------------------ S4 徳島: hidden R5 first, label notes
S4_LABELS = ["組織人員数（人）（再任用・会計年度任用職員を含む）", "組織率（％）（小数点第1位まで）",
             "未加入者数（人）（自治労・競合のどちらにも入っていない人）"]
S4_YEARS = {
    "R6": {
        "title": "実態共有用アンケート（令和6年度）", "writer": "試験 由紀", "rival": "全労連・自治労連",
        "nums": (("1,052人", "約150人"), ("34.6%", "約5%"), (1838, 1838)), "as_of": "2024/11",
        "intake": ("42名", "30名", "7名", "５名"),
        "texts": ["新採研修の初日に組合説明会を開いている。",
                  "説明会のあとに青年部の交流会を開き、加入届を受け付けている。",
                  "競合が採用前から個別に連絡をとっている。",
                  "・職場ごとに未加入者の名簿を作成\n・職場委員が声をかけ、執行委員が面談",
                  "未加入者が多く、声をかけきれていない。",
                  "交渉の経過を庁内メールとSNSで発信している。",
                  "メールを読んでいない組合員が多い。",
                  "市当局とは年3回の団体交渉を行い、会計年度任用職員の処遇改善を求めている。",
                  "共済の保障を具体的な給付事例で伝えている。",
                  "競合が多い職場での新採への声のかけ方",
                  "新採説明会で使える短い資料がほしい。"],
    },
    "R5": {
        "title": "実態共有用アンケート（令和5年度）", "writer": "試験 和人", "rival": "全労連・自治労連",
        "nums": (("1,071人", "約140人"), ("35.1%", "約5%"), (1829, 1829)), "as_of": "2023/11",
        "intake": ("39名", "26名", "9名", "４名"),
        "texts": ["採用後の研修で組合の説明をしている。", "説明資料を見直した。", "競合の勧誘が早い。",
                  "職場委員が声をかけている。", "人手が足りない。", "組合ニュースを発行している。",
                  "紙のニュースが読まれていない。", "市当局とは年2回の交渉。", "共済の保障を伝えている。",
                  "未加入者対策の進め方", "学習会を増やしてほしい。"],
    },
}


def _s4_sheet(ws, d: dict):
    s = Sheet(ws)
    for col, w in zip("ABCDEF", (46, 14, 14, 14, 14, 14)):
        ws.column_dimensions[col].width = w
    s.put("A1", d["title"], merge="F1")
    ws["A1"].font = Font(size=14, bold=True)
    for r, text in ((3, "県本部：徳島"), (4, "単組：見本市職員組合"), (5, f"記入者：{d['writer']}"),
                    (6, f"上部団体：{d['rival']}")):
        s.put(f"A{r}", text, merge=f"C{r}")
    s.put("A8", "項目")
    s.put("B8", "自治労")
    s.put("C8", "競合")
    (m_j, m_r), (r_j, r_r), (n_j, n_r) = d["nums"]
    s.put("A9", S4_LABELS[0])
    s.put("B9", m_j)
    s.put("C9", m_r)
    s.put("A10", "※競合の人数は先方の機関紙による", merge="C10")
    s.put("A11", S4_LABELS[1])
    s.put("B11", r_j)
    s.put("C11", r_r)
    s.put("A12", S4_LABELS[2])
    s.put("B12", n_j, fmt="#,##0")
    s.put("C12", n_r, fmt="#,##0")
    s.put("A13", "時点（年月）")
    s.put("B13", d["as_of"], merge="C13")
    _box(ws, "A8:C13")
    s.put("A15", "2025年4月新規採用者")
    ws["A15"].font = BOLD
    for r, label, v in zip(range(16, 20), INTAKE, d["intake"]):
        s.put(f"A{r}", label)
        s.put(f"B{r}", v)
    _box(ws, "A16:B19")
    s.put("A21", RATE_NOTE, merge="F21")
    for k, (label, text) in enumerate(zip(TEXT_LABELS, d["texts"])):
        r = 23 + k
        s.put(f"A{r}", label + ("（200字程度）" if k < 7 else "（自由記述）"))
        s.put(f"B{r}", text, merge=f"F{r}")
        ws.row_dimensions[r].height = 45 if ("\n" in text or len(label) > 24) else 30
    _box(ws, "A23:F33")


def s4_tokushima(folder: Path):
    wb = _obook("R5")
    _s4_sheet(wb.active, S4_YEARS["R5"])
    wb.active.sheet_state = "hidden"
    _s4_sheet(wb.create_sheet("R6"), S4_YEARS["R6"])
    _select_second(wb)
    _osave(wb, folder / "徳島_見本市職員組合_アンケート.xlsx")


# ------------------------------------------------------------------ S5 熊本: merged everywhere, hidden LEN column
S5_TEXTS = [
    "採用日に組合説明会を開き、その場で加入をお願いしている。",
    "説明会で先輩組合員が共済の給付を受けた体験を話している。",
    "特になし",
    "委員長が個別に面談している。",
    "組合費の負担を理由に断られることが多い。",
    "組合だよりを年6回発行し、全員に配布している。",
    "支所の職員に情報が届くのが遅い。",
    "町当局とは年2回交渉している。\n・時間外勤務の縮減\n・人員確保",
    "競合組合なし。",
    "組合費の負担感への答え方",
    "共済の説明会を町に来て開いてほしい。",
]


def s5_kumamoto(folder: Path):
    wb = _xbook(folder / "熊本_架空町職労_アンケート（回答）.xlsx")
    ws = wb.add_worksheet("アンケート")
    x = XSheet(wb, ws)
    ws.set_column("A:B", 14)
    ws.set_column("C:F", 13)
    ws.set_column("G:G", 3)
    ws.set_column("H:H", 8, None, {"hidden": True})
    ws.merge_range("A1:F1", "実態共有用アンケート", wb.add_format({"bold": True, "font_size": 14}))
    for r, label, v, end in ((3, "県本部", "熊本", "D"), (4, "単組", "架空町職員労働組合", "F"),
                             (5, "記入者お名前", "架空 智子／架空 悠", "F"), (6, "上部団体", "なし", "D")):
        x.put(f"A{r}", label, merge=f"B{r}")
        x.put(f"C{r}", v, merge=f"{end}{r}")
    x.put("A8", "項目", merge="B8")
    x.put("C8", "自治労（R6.12.1現在）", merge="D8")
    x.put("E8", "競合（R6.12.1現在）", merge="F8")
    for r, label, v in ((9, "組織人員数（人）", "２３０"), (10, "組織率（％）", "７６．７"), (11, "未加入者数（人）", "７０")):
        x.put(f"A{r}", label, merge=f"B{r}")
        x.put(f"C{r}", v, merge=f"D{r}")
        x.put(f"E{r}", "－", merge=f"F{r}")
    x.put("A13", "2025年4月新規採用者", merge="D13", bold=True, border=False)
    for r, label, v in zip(range(14, 18), INTAKE, (9, 8, 0, 1)):
        x.put(f"A{r}", label, merge=f"B{r}")
        x.put(f"C{r}", v, merge=f"D{r}")
    x.put("A19", RATE_NOTE, merge="F19", border=False)
    x.put("A21", "設問", merge="B21", bold=True)
    x.put("C21", "回答（200字以内）", merge="F21", bold=True)
    x.put("H21", "文字数", bold=True)
    for k, (label, text) in enumerate(zip(TEXT_LABELS, S5_TEXTS)):
        r = 22 + 2 * k
        x.put(f"A{r}", label, merge=f"B{r + 1}")
        x.put(f"C{r}", text, merge=f"F{r + 1}")
        x.formula(f"H{r}", f"=LEN(C{r})", len(text))
        x.height(r, 24)
        x.height(r + 1, 24)
    assert r + 1 == 43
    x.put("A45", "※組合員数は令和6年12月1日現在の名簿による。", merge="F45", border=False)
    wb.close()


def build(root: Path) -> dict[str, Path]:
    from legacy_kit import build_set

    return build_set(Path(root), [r1_akita, r2_tochigi, r4_ehime, r5_kagoshima],
                     [s1_iwate, s3_gifu, s4_tokushima, s5_kumamoto],
                     converted=[("report", r3_nagano), ("survey", s2_chiba)])


if __name__ == "__main__":
    print(build(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/legacy11")))
