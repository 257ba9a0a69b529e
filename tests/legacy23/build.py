"""Twenty-third, independent set of legacy-style fixtures (tests/legacy23), made to measure GENERALISATION.

Theme: A YEAR LATER AND SOMEONE ELSE -- the FY2026 (令和8年度) round, filled by clerks who took the job over from a
predecessor and REUSED LAST YEAR's WORKBOOK: last year's answers left in some places and overwritten in others, the
sheet copied and renamed 「R8」 with 「R7」 kept beside it, a row inserted for the newcomer's own note, a cell merged
wider, answers put in a cell comment or a text box, last year's sentence struck through instead of deleted, marks in
whatever glyph came to hand (○ ◯ ✓ レ 済), 作成日 typed 「9.2.10」 or pasted as a serial number, the prefecture with or
without 「県本部」, blank answers written 「特になし」 「ー」 「なし」 「－」.  Each file blends 3-5 such habits on an otherwise
ordinary layout.  Reports are made in February 2027 (令和9年; sections 「2027年4月新規採用者対策」 「2027年3月末の…」);
surveys give figures as of October - November 2026 (令和8年) and the intake of 2026年4月.  Written with openpyxl and
XlsxWriter.  Every name, union and sentence is invented for this set (試験 / 見本 / 架空 / 仮名 / 例示); only printed
labels and instructions follow the real form.  Nothing here imports the reader.

REPORTS
R1 福島 (openpyxl) HQ's distributed template, LAST YEAR's filled sheet kept as 「R7」 (first; FY2025 title and section
   years, the predecessor's ☑ marks and texts, 作成日 2026/2/12) and copied to 「R8」 (second, active) for this year:
   title and years updated; done marks typed ○ over the □ (not-done left □); 県名 「福島県本部」; 作成日 the text
   「9.2.10」 (令和 implied); a ROW INSERTED under the s3 items (A54, merged A:F) for the newcomer's ※ note; s4 text 「ー」.
R2 石川 (XlsxWriter) the predecessor's self-made layout (labels A, answers B): 作成日 pasted as values: the SERIAL
   46427 in a General cell; 県名 「石川」; s1 boxes label-left; items A:E, 「実施」 column F with ✓ for done and nothing
   else (no □ anywhere); texts G:J merged beside the items; s1 focus 「特になし」; the s6 text cell says 「コメントに記載」
   and the answer is in the cell's NOTE (comment).
R3 長崎 (openpyxl) a retyped layout: header answers MERGED WIDER (B:C, E:F); 作成日 a real date shown 令和9年2月12日;
   県名 「長崎県」; ◯ (U+25EF) / × in a 実施 column E, one item left blank; the s2 text keeps last year's sentence
   STRUCK THROUGH (rich text) before this year's; a ※ note under the form.
R4 鹿児島 (XlsxWriter) the FY2025 distributed template reused with its OLD YEARS left (title 2025年度, sections 「2026年
   4月…」 「2026年3月末…」, the s1 note 2025年6月); 県名 「鹿児島県本部」; 作成日 「R9.2.15」; marks 済 / 未 typed over the
   □, one 「3月予定」; a ROW INSERTED under the s2 items (the s2 text merge grown over it) holding the newcomer's
   hand-over note in A:B; s1 focus only in a TEXT BOX over its empty box; s5 text 「なし」.
R5 青森 (openpyxl) a self-made table with TWO mark columns 「R7」 (the predecessor's ○, kept) | 「R8」 (this year's ✓, no
   □ anywhere); 県名 「青森」; 作成日 「令和９年２月１６日」 (full width); label-colon header; s4 text 「特になし」,
   s6 text 「－」 (U+FF0D); a ※ note under the form.

SURVEYS
S1 山形 (openpyxl) the FY2025 distributed template reused, its title 「（2025年度）」 and 「2025年 新規採用者」 left; 県本部
   「山形県本部」; no rival: 競合 column 「ー」; 時点 「8.11.1」; a ROW INSERTED in the intake block (「（うち会計年度任用
   職員）｜3」 between 新規採用者数 and 自治労加入者数); texts 「特になし」 「ー」 「なし」.
S2 高知 (XlsxWriter) the predecessor's self-made layout on sheet 「R8」 (first, active) with LAST YEAR's 「R7」 sheet kept
   after it; 県本部 「高知」; 上部団体 chosen by typing ◯ before one of the four printed choices (「◯全労連・医労連」);
   rates 「32.5%」 「12.0%」; 時点 「令和8年10月1日現在」; texts 「特になし」 twice.
S3 大分 (XlsxWriter) the FY2026 distributed template: 県本部 「大分県本部」; counts 「412人」; 時点 「R8.10.1」; intake
   競合加入者数 「ー」; the new_hire_main cell keeps LAST YEAR's answer STRUCK THROUGH and this year's answer is in the
   cell's NOTE; the labor_relations answer only in a TEXT BOX over its empty box.
S4 徳島 (openpyxl) the FY2026 distributed template: 県本部 「徳島県」; 「1,130」 as text, 「約10」; 競合 未加入者数 「同上」;
   a ROW INSERTED under 未加入者数 (「（参考）再任用職員数｜45」); 時点 MERGED C:D 「8年11月1日」; texts 「特になし」 「なし」.
S5 佐賀 (XlsxWriter) the FY2026 distributed template: 県本部 「佐賀」; 「286（R8.10現在）」, 競合 「120（R7のまま）」 (last
   year's figure left, said), 競合 組織率 blank, 競合 未加入者数 「ー」; 時点 a real date shown 2026年10月; 「11名」; the
   new_hire_main answer a list with ✓ bullets; 「職場訪問（済）」 in a text; texts 「特になし」 「なし」; a ※ note.
"""
from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import openpyxl
import xlsxwriter
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

YELLOW = "FFF2CC"
RIVALS = ("全労連・自治労連", "旧全官公自治労連", "全労連・医労連", "なし")
PREFS = ("北海道", "青森", "岩手", "宮城", "秋田", "山形", "福島", "新潟", "群馬", "栃木", "茨城", "埼玉", "東京", "千葉",
         "神奈川", "山梨", "長野", "富山", "石川", "福井", "静岡", "愛知", "岐阜", "三重", "滋賀", "京都", "奈良", "和歌山",
         "大阪", "兵庫", "岡山", "広島", "鳥取", "島根", "山口", "香川", "徳島", "愛媛", "高知", "福岡", "佐賀", "長崎",
         "大分", "宮崎", "熊本", "鹿児島", "沖縄")


# ---------------------------------------------------------------- two thin writers with one vocabulary
class OSheet:
    def __init__(self, ws):
        self.ws = ws

    def put(self, ref, value, *, bold=False, wrap=False, num=None, fill=None, border=True, size=None, center=False,
            strike=False):
        c = self.ws[ref]
        c.value = value
        if bold or size or strike:
            c.font = Font(bold=bold, size=size or 11, strike=strike)
        c.alignment = Alignment(wrap_text=wrap, vertical="top" if wrap else "center",
                                horizontal="center" if center else None)
        if num:
            c.number_format = num
        if fill:
            c.fill = PatternFill("solid", fgColor=fill)
        if border:
            thin = Side(style="thin")
            c.border = Border(left=thin, right=thin, top=thin, bottom=thin)

    def merge(self, rng, value, **kw):
        self.put(rng.split(":")[0], value, **kw)
        if ":" in rng:
            self.ws.merge_cells(rng)

    def width(self, col, w):
        self.ws.column_dimensions[col].width = w

    def height(self, row, h):
        self.ws.row_dimensions[row].height = h

    def dropdown(self, ref, choices):
        dv = DataValidation(type="list", formula1='"' + ",".join(choices) + '"', allow_blank=True)
        self.ws.add_data_validation(dv)
        dv.add(ref)

    def comment(self, ref, text, author):
        c = Comment(text, author)
        c.width, c.height = 300, 120
        self.ws[ref].comment = c


class OBook:
    def __init__(self):
        self.wb = openpyxl.Workbook()
        self._first = True

    def sheet(self, name):
        if self._first:
            ws, self._first = self.wb.active, False
            ws.title = name
        else:
            ws = self.wb.create_sheet(name)
        return OSheet(ws)

    def save(self, path):
        self.wb.save(path)


class XSheet:
    def __init__(self, book, ws):
        self.book, self.ws = book, ws

    def fmt(self, bold=False, wrap=False, num=None, fill=None, border=True, size=None, center=False, strike=False):
        key = (bold, wrap, num, fill, border, size, center, strike)
        if key not in self.book.formats:
            d = {"valign": "top" if wrap else "vcenter"}
            if bold:
                d["bold"] = True
            if wrap:
                d["text_wrap"] = True
            if num:
                d["num_format"] = num
            if fill:
                d["bg_color"] = "#" + fill
            if border:
                d["border"] = 1
            if size:
                d["font_size"] = size
            if center:
                d["align"] = "center"
            if strike:
                d["font_strikeout"] = True
            self.book.formats[key] = self.book.wb.add_format(d)
        return self.book.formats[key]

    def put(self, ref, value, **kw):
        f = self.fmt(**kw)
        if isinstance(value, (dt.date, dt.datetime)):
            self.ws.write_datetime(ref, dt.datetime(value.year, value.month, value.day), f)
        elif value is None:
            self.ws.write_blank(ref, None, f)
        elif isinstance(value, str):
            self.ws.write_string(ref, value, f)
        else:
            self.ws.write_number(ref, value, f)

    def merge(self, rng, value, **kw):
        if ":" not in rng:
            return self.put(rng, value, **kw)
        f = self.fmt(**kw)
        if isinstance(value, (dt.date, dt.datetime)):
            self.ws.merge_range(rng, None, f)
            self.ws.write_datetime(rng.split(":")[0], dt.datetime(value.year, value.month, value.day), f)
        elif isinstance(value, (int, float)):
            self.ws.merge_range(rng, None, f)
            self.ws.write_number(rng.split(":")[0], value, f)
        else:
            self.ws.merge_range(rng, value if value is not None else "", f)

    def width(self, col, w):
        self.ws.set_column(f"{col}:{col}", w)

    def height(self, row, h):
        self.ws.set_row(row - 1, h)

    def dropdown(self, ref, choices):
        self.ws.data_validation(ref, {"validate": "list", "source": list(choices)})

    def comment(self, ref, text, author):
        self.ws.write_comment(ref, text, {"author": author, "x_scale": 2, "y_scale": 2})


class XBook:
    def __init__(self, path):
        self.wb = xlsxwriter.Workbook(str(path))
        self.formats = {}

    def sheet(self, name):
        return XSheet(self, self.wb.add_worksheet(name))

    def save(self, path=None):
        self.wb.close()


# ---------------------------------------------------------------- the report form
ITEMS = {
    "s2": (("paid", "共済推進単組交付金規程にもとづき支払っている"),
           ("usage_known", "単組に支払った交付金の使われ方を把握している")),
    "s3": (("tools", "組合と団体生命共済の同時加入に向けたツールの提供"),
           ("joint_org", "県本部・県支部合同の単組オルグの実施"),
           ("study", "県本部・単組主催の執行部学習会の開催"),
           ("meeting", "県本部新採対策会議の開催"),
           ("policy", "新採組織化方針、具体的な取り組み提起"),
           ("simul_policy", "組合と団体生命共済の同時加入方針提起"),
           ("simul_plan", "同時加入に向けた具体策の提案")),
    "s4": (("policy", "組織化方針の単組への提起"),
           ("briefing", "対象者の把握と説明会等の実施"),
           ("appeal", "じちろう共済のアピール")),
    "s5": (("progress", "県本部共済推進委員会で進捗確認"),
           ("joint_org", "県本部・県支部合同の単組オルグの実施")),
    "s6": (("review", "執行委員会・共済推進委員会で冊子の内容を確認"),
           ("distribute", "マニュアルの単組への配布"),
           ("announce", "単組代表者会議等において、マニュアルの内容および活用方法を全単組へ周知"),
           ("propose", "単組執行部オルグ等において、各単組が「{y1}年3月末退職予定者対策」「{y1}年4月新採取り組み」にむけて、"
                       "推進計画の立案や具体的な実行内容を協議する際に本マニュアルを参照するように提案")),
}
TITLES = {
    "s1": "県本部共済推進方針の目標達成にむけた進捗と重点的に取り組む課題",
    "s2": "共済推進県本部交付金の活用について",
    "s3": "{y1}年4月新規採用者対策",
    "s4": "{y1}年3月末の役職定年者、再任用、再雇用者への対応状況",
    "s5": "加入拡大モデル単組に対して県本部の関わり方について",
    "s6": "じちろう共済推進マニュアルの単組への落し込みや活用方法の提示など",
}
S1_LABELS = ("目標達成にむけた進捗と課題（6月報告の内容）", "目標達成にむけた進捗と課題（6月報告以降の取り組みと課題）",
             "今後、重点的に取り組む課題")
SECTIONS = ("s2", "s3", "s4", "s5", "s6")


def title(sec, fy):
    return TITLES[sec].format(y1=fy + 1)


def item_label(sec, i, fy):
    return ITEMS[sec][i][1].format(y1=fy + 1)


def template_report(sh, fy, header, s1, marks, texts, *, glyph, ins=None, note=None, text_cell=None):
    """HQ's distributed report template (the FY ``fy`` copy), filled.  ``marks``: {sec: (mark values…)}, written
    through ``glyph`` (value → the text in column A); ``ins``: a row inserted after that row (rows below move down one,
    a merge spanning it grows), ``note`` the text typed in the inserted row ((range, text)); ``text_cell``: {sec: text}
    overriding what is written in a section's text cell (None keeps ``texts``)."""
    def r(n):
        return n + 1 if ins is not None and n > ins else n

    for c, w in zip("ABCDEF", (6, 44, 16, 16, 16, 16)):
        sh.width(c, w)
    sh.merge("A1:F1", f"県本部共済推進取り組み報告書（{fy}年度）", bold=True, size=14, border=False)
    for i, line in enumerate((
            "・黄色のセルに入力してください（それ以外のセルは保護されています）。",
            "・実施している取り組みは左のセルで ☑ を選んでください。実施していない取り組みは □ のままにしてください。",
            "・「具体的な取り組み」には自由に記述してください（セル内の改行は Alt+Enter）。",
            "・ファイル名は「報告書_県名.xlsx」として、このブックのまま提出してください（シートの追加・削除はしないでください）。")):
        sh.merge(f"A{2 + i}:F{2 + i}", line, border=False)
    for i, (label, value) in enumerate(zip(("県名", "作成日", "作成者", "確認者"), header)):
        sh.put(f"B{7 + i}", label, bold=True)
        num = 'yyyy"年"m"月"d"日"' if isinstance(value, (dt.date, dt.datetime)) else None
        sh.merge(f"C{7 + i}:E{7 + i}", value, fill=YELLOW, num=num)
    sh.merge("A12:F12", "1．" + TITLES["s1"], bold=True)
    sh.merge("A13:F13", f"{fy}年6月の共済推進県本部・県支部合同会議で報告した内容と、その後の取り組みを記入してください。",
             border=False)
    for top, label, text in zip((14, 22, 30), S1_LABELS, s1):
        sh.merge(f"B{top}:F{top}", label, bold=True)
        sh.merge(f"B{top + 1}:F{top + 6}", text, wrap=True, fill=YELLOW)
    layout = {"s2": (38, 40, 43), "s3": (45, 47, 53), "s4": (55, 57, 60), "s5": (62, 64, 66), "s6": (68, 70, 74)}
    for n, sec in enumerate(SECTIONS, start=2):
        head, first, last = layout[sec]
        sh.merge(f"A{r(head)}:F{r(head)}", f"{n}．{title(sec, fy)}", bold=True)
        sh.merge(f"A{r(head + 1)}:B{r(head + 1)}", "実施している取り組みを☑してください。")
        sh.merge(f"C{r(head + 1)}:F{r(head + 1)}", "具体的な取り組み", bold=True)
        for i, value in enumerate(marks[sec]):
            sh.put(f"A{r(first + i)}", glyph(value), center=True, fill=YELLOW)
            sh.put(f"B{r(first + i)}", item_label(sec, i, fy), wrap=True)
        text = texts[sec] if not text_cell or sec not in text_cell else text_cell[sec]
        sh.merge(f"C{r(first)}:F{r(last)}", text, wrap=True, fill=YELLOW)
    if note:
        rng, text = note
        sh.merge(rng, text, border=False)


def box_marks(value):
    return "☑" if value else "□"


# ---------------------------------------------------------------- R1 福島
R1_LAST = dict(
    header=("福島県本部", "2026/2/12", "架空 正人", "試験 弘美"),
    s1=("6月時点で新規加入は目標の27％。単組の担当者交代が相次ぎ、推進体制が弱まっている。",
        "10月以降、担当者向けの学習会を2回開いた。1月末で目標の49％。",
        "単組の推進体制の立て直し。"),
    marks={"s2": (True, True), "s3": (True, False, True, True, False, False, True), "s4": (False, True, True),
           "s5": (False, True), "s6": (True, False, True, True)},
    texts={"s2": "規程どおり支払い、全単組から使途の報告を受けた。",
           "s3": "執行部学習会で新採対策の進め方を確認した。",
           "s4": "単組ごとに説明会を開き、再任用者への案内を行った。",
           "s5": "県支部と合同でモデル単組を訪問した。",
           "s6": "冊子の内容を執行委員会で確認した。"},
)
R1 = dict(
    header=("福島県本部", "9.2.10", "見本 直樹", "試験 弘美"),
    s1=("6月時点の団体生命共済の新規加入は目標の31％。若年層の加入が伸びず、単組ごとの差が大きい。",
        "9月から県支部と合同で15単組を訪問した。1月末で目標の58％まで進んだが、年度末の達成は厳しい見込み。",
        "新採の同時加入と、再任用者への継続案内を重点に取り組む。"),
    marks={"s2": (True, False), "s3": (True, True, False, False, True, True, False), "s4": (True, False, True),
           "s5": (True, False), "s6": (True, True, False, False)},
    texts={"s2": "交付金は規程どおり年1回支払っている。使途の報告は一部の単組にとどまる。",
           "s3": "11月に新採組織化方針を提起し、同時加入用のチラシを全単組に配布した。県支部と合同で8単組をオルグした。",
           "s4": "ー",
           "s5": "モデル単組2単組の進捗を推進委員会で毎月確認している。",
           "s6": "マニュアルを執行委員会で確認し、全単組に郵送した。"},
)


def r1(folder: Path) -> None:
    book = OBook()
    last = book.sheet("R7")
    template_report(last, 2025, R1_LAST["header"], R1_LAST["s1"], R1_LAST["marks"], R1_LAST["texts"], glyph=box_marks)
    now = book.sheet("R8")
    template_report(now, 2026, R1["header"], R1["s1"], R1["marks"], R1["texts"],
                    glyph=lambda v: "○" if v else "□", ins=53,
                    note=("A54:F54", "※県本部新採対策会議は3月に開催予定です（前任者からの引継ぎ事項）。"))
    book.wb.active = 1
    last.ws.sheet_view.tabSelected = False
    now.ws.sheet_view.tabSelected = True
    book.save(folder / "福島県本部_共済推進取り組み報告書（R8）.xlsx")


# ---------------------------------------------------------------- R2 石川
R2 = dict(
    header=("石川", 46427, "試験 健一", "仮名 明子"),
    s1=("上半期の新規加入は目標の4割にとどまった。退職者団体生命共済への移行案内が遅れている。",
        "10月以降、退職予定者への個別案内を始めた。1月末で新規加入は目標の55％。",
        "特になし"),
    marks={"s2": (True, True), "s3": (True, False, True, True, False, False, True), "s4": (False, True, True),
           "s5": (True, True), "s6": (False, True, True, False)},
    texts={"s2": "各単組から使途報告書を提出してもらい、県本部委員会で確認した。",
           "s3": "12月に新採対策会議と執行部学習会を開いた。同時加入の具体策として、申込書の一体化を提案した。",
           "s4": "対象者名簿を単組から集め、2月に説明会を2回開いた。",
           "s5": "モデル単組3単組を県支部と合同で訪問した。",
           "s6": "コメントに記載"},
    comment="マニュアルは全単組に配布済み。1月の代表者会議で活用方法を説明した。",
)


def r2(folder: Path) -> None:
    book = XBook(folder / "石川_取り組み報告書.xlsx")
    sh = book.sheet("報告書")
    for c, w in zip("ABCDEFGHIJ", (14, 12, 12, 12, 12, 8, 14, 14, 14, 14)):
        sh.width(c, w)
    sh.merge("A1:J1", "令和8年度　県本部共済推進取り組み報告書", bold=True, size=14, border=False)
    h = R2["header"]
    sh.put("A3", "県名", bold=True)
    sh.merge("B3:C3", h[0])
    sh.put("A4", "作成日", bold=True)
    sh.merge("B4:C4", h[1])  # pasted as values: the serial number, General format
    sh.put("E3", "作成者", bold=True)
    sh.merge("F3:H3", h[2])
    sh.put("E4", "確認者", bold=True)
    sh.merge("F4:H4", h[3])
    sh.merge("A6:J6", "1．" + TITLES["s1"], bold=True)
    for i, (label, text) in enumerate(zip(S1_LABELS, R2["s1"])):
        row = 7 + 2 * i
        sh.merge(f"A{row}:B{row + 1}", label, wrap=True, bold=True)
        sh.merge(f"C{row}:J{row + 1}", text, wrap=True)
    row = 14
    for n, sec in enumerate(SECTIONS, start=2):
        sh.merge(f"A{row}:J{row}", f"{n}．{title(sec, 2026)}", bold=True)
        sh.merge(f"A{row + 1}:E{row + 1}", "取り組み項目", bold=True, center=True)
        sh.put(f"F{row + 1}", "実施", bold=True, center=True)
        sh.merge(f"G{row + 1}:J{row + 1}", "具体的な取り組み", bold=True, center=True)
        first = row + 2
        for i, value in enumerate(R2["marks"][sec]):
            sh.merge(f"A{first + i}:E{first + i}", item_label(sec, i, 2026), wrap=True)
            sh.put(f"F{first + i}", "✓" if value else None, center=True)
        last = first + len(R2["marks"][sec]) - 1
        sh.merge(f"G{first}:J{max(last, first + 1)}", R2["texts"][sec], wrap=True)
        if sec == "s6":
            sh.comment(f"G{first}", R2["comment"], "試験 健一")
        row = max(last, first + 1) + 2
    book.save()


# ---------------------------------------------------------------- R3 長崎
R3 = dict(
    header=("長崎県", dt.date(2027, 2, 12), "架空 俊介", "見本 千尋"),
    s1=("6月報告では、新規加入が目標の35％と報告した。離島の単組への訪問が課題である。",
        "離島の4単組をオンラインでオルグした。1月末で目標の62％。",
        "離島単組への支援と、新採の同時加入の徹底。"),
    marks={"s2": (True, True), "s3": (True, True, None, True, True, False, False), "s4": (True, True, False),
           "s5": (True, False), "s6": (True, True, True, True)},
    texts={"s2": None,  # rich text, below
           "s3": "1月に新採対策会議を開催し、同時加入ツールを配布した。",
           "s4": "再任用予定者の名簿を単組と共有し、説明会を開いた。",
           "s5": "推進委員会で毎回進捗を確認している。",
           "s6": "代表者会議でマニュアルの使い方を説明した。"},
    s2_old="交付金は年度末に一括で支払った。",
    s2_new="今年度から上期・下期の2回に分けて支払い、使途報告も受けている。",
    note="※確認者は4月から新任の書記長です。",
)


def r3(folder: Path) -> None:
    book = OBook()
    sh = book.sheet("報告書")
    for c, w in zip("ABCDEFGH", (18, 14, 14, 12, 10, 16, 16, 16)):
        sh.width(c, w)
    sh.merge("A1:H1", "県本部共済推進取り組み報告書", bold=True, size=14, border=False)
    h = R3["header"]
    sh.put("A3", "県名", bold=True)
    sh.merge("B3:C3", h[0])  # the answer cells merged wider than the predecessor's B3
    sh.put("D3", "作成日", bold=True)
    sh.merge("E3:F3", h[1], num='[$-ja-JP]ggge"年"m"月"d"日";@')
    sh.put("A4", "作成者", bold=True)
    sh.merge("B4:C4", h[2])
    sh.put("D4", "確認者", bold=True)
    sh.merge("E4:F4", h[3])
    sh.merge("A6:H6", "１．" + TITLES["s1"], bold=True)
    for i, (label, text) in enumerate(zip(S1_LABELS, R3["s1"])):
        row = 7 + 4 * i
        sh.merge(f"A{row}:H{row}", label, bold=True)
        sh.merge(f"A{row + 1}:H{row + 3}", text, wrap=True)
    row = 20
    for n, sec in enumerate(SECTIONS, start=2):
        sh.merge(f"A{row}:H{row}", f"{'２３４５６'[n - 2]}．{title(sec, 2026)}", bold=True)
        sh.merge(f"A{row + 1}:D{row + 1}", "取り組み項目", bold=True, center=True)
        sh.put(f"E{row + 1}", "実施", bold=True, center=True)
        sh.merge(f"F{row + 1}:H{row + 1}", "具体的な取り組み", bold=True, center=True)
        first = row + 2
        for i, value in enumerate(R3["marks"][sec]):
            sh.merge(f"A{first + i}:D{first + i}", item_label(sec, i, 2026), wrap=True)
            sh.put(f"E{first + i}", {True: "◯", False: "×", None: None}[value], center=True)
        last = max(first + len(R3["marks"][sec]) - 1, first + 1)
        if sec == "s2":
            rich = CellRichText(TextBlock(InlineFont(strike=True), R3["s2_old"]), "\n",
                                TextBlock(InlineFont(), R3["s2_new"]))
            sh.merge(f"F{first}:H{last}", None, wrap=True)
            sh.ws[f"F{first}"].value = rich
        else:
            sh.merge(f"F{first}:H{last}", R3["texts"][sec], wrap=True)
        row = last + 2
    sh.put(f"A{row + 1}", R3["note"], border=False)
    book.save(folder / "長崎県本部_取組報告書.xlsx")


# ---------------------------------------------------------------- R4 鹿児島
R4 = dict(
    header=("鹿児島県本部", "R9.2.15", "例示 真一", "架空 和代"),
    s1=("6月時点で新規加入は目標の28％。大規模単組の伸び悩みが続いている。",
        "11月に県支部と合同の推進会議を開き、単組ごとの目標を見直した。1月末で目標の47％。",
        "大規模単組での新採同時加入を最優先に取り組む。"),
    marks={"s2": ("済", "未"), "s3": ("済", "済", "未", "3月予定", "済", "未", "未"), "s4": ("済", "未", "済"),
           "s5": ("済", "済"), "s6": ("済", "済", "未", "未")},
    texts={"s2": "交付金は規程にもとづき支払い済み。使途の把握は来年度の課題。",
           "s3": "同時加入チラシを作り、県支部と合同で10単組を訪問した。",
           "s4": "退職予定者向けのじちろう共済の案内を単組経由で配った。",
           "s5": "なし",
           "s6": "マニュアルは11月に全単組へ配布した。"},
    note="（引継ぎ）支払記録は共有フォルダの「交付金」にあります",
)


def r4(folder: Path) -> None:
    book = XBook(folder / "鹿児島県本部_報告書.xlsx")
    sh = book.sheet("報告書")
    s1 = (R4["s1"][0], R4["s1"][1], None)  # the focus only in a text box
    template_report(sh, 2025, R4["header"], s1, R4["marks"], R4["texts"], glyph=lambda v: v, ins=41,
                    note=("A42:B42", R4["note"]))
    sh.ws.insert_textbox("B32", R4["s1"][2], {"width": 420, "height": 60, "x_offset": 10, "y_offset": 4,
                                               "font": {"size": 11}})
    book.save()


# ---------------------------------------------------------------- R5 青森
R5 = dict(
    header=("青森", "令和９年２月１６日", "仮名 翔太", "見本 典子"),
    s1=("6月報告では新規加入が目標の33％。市部の単組で伸びが見られた。",
        "秋以降、町村の単組を中心に訪問した。1月末で目標の51％。",
        "町村単組の新採対策と、共済推進委員の育成。"),
    marks={"s2": (True, False), "s3": (True, False, False, True, True, True, False), "s4": (True, False, False),
           "s5": (True, True), "s6": (True, False, False, False)},
    last={"s2": (True, True), "s3": (False, True, True, True, False, True, True), "s4": (True, True, False),
          "s5": (False, True), "s6": (True, True, True, False)},
    texts={"s2": "規程どおり支払っている。使途の確認は来年度から行う。",
           "s3": "12月に新採対策会議を開き、同時加入方針を提起した。",
           "s4": "特になし",
           "s5": "モデル単組の進捗を推進委員会で確認し、2単組を合同で訪問した。",
           "s6": "－"},
    note="※R7欄は前任者の記入をそのまま残しています。",
)


def r5(folder: Path) -> None:
    book = OBook()
    sh = book.sheet("取組報告")
    for c, w in zip("ABCDEFGHIJ", (16, 14, 14, 14, 7, 7, 14, 14, 14, 14)):
        sh.width(c, w)
    sh.merge("A1:J1", "令和8年度　県本部共済推進取り組み報告書", bold=True, size=14, border=False)
    h = R5["header"]
    sh.put("A3", "県名：", bold=True)
    sh.merge("B3:C3", h[0])
    sh.put("A4", "作成日：", bold=True)
    sh.merge("B4:C4", h[1])
    sh.put("F3", "作成者：", bold=True)
    sh.merge("G3:H3", h[2])
    sh.put("F4", "確認者：", bold=True)
    sh.merge("G4:H4", h[3])
    sh.merge("A6:J6", "１．" + TITLES["s1"], bold=True)
    for i, (label, text) in enumerate(zip(S1_LABELS, R5["s1"])):
        row = 7 + 3 * i
        sh.merge(f"A{row}:J{row}", label, bold=True)
        sh.merge(f"A{row + 1}:J{row + 2}", text, wrap=True)
    row = 17
    for n, sec in enumerate(SECTIONS, start=2):
        sh.merge(f"A{row}:J{row}", f"{'２３４５６'[n - 2]}．{title(sec, 2026)}", bold=True)
        sh.merge(f"A{row + 1}:D{row + 1}", "取り組み項目", bold=True, center=True)
        sh.put(f"E{row + 1}", "R7", bold=True, center=True)
        sh.put(f"F{row + 1}", "R8", bold=True, center=True)
        sh.merge(f"G{row + 1}:J{row + 1}", "具体的な取り組み", bold=True, center=True)
        first = row + 2
        for i, (now, before) in enumerate(zip(R5["marks"][sec], R5["last"][sec])):
            sh.merge(f"A{first + i}:D{first + i}", item_label(sec, i, 2026), wrap=True)
            sh.put(f"E{first + i}", "○" if before else None, center=True)
            sh.put(f"F{first + i}", "✓" if now else None, center=True)
        last = max(first + len(R5["marks"][sec]) - 1, first + 1)
        sh.merge(f"G{first}:J{last}", R5["texts"][sec], wrap=True)
        row = last + 2
    sh.put(f"A{row}", R5["note"], border=False)
    book.save(folder / "青森県本部_共済推進取り組み報告書.xlsx")


# ---------------------------------------------------------------- the survey form
TEXT_LABELS = {
    "new_hire_main": "新採加入の主な取り組み",
    "new_hire_ideas": "新規採用者組織化で工夫していること",
    "new_hire_worries": "新規採用者組織化で悩んでいること",
    "nonmember_main": "未加入者対策の主な取り組み",
    "nonmember_worries": "未加入者対策で悩んでいること",
    "visibility": "組合活動の可視化",
    "sharing_worries": "組合員との情報共有で悩んでいること",
    "labor_relations": "労使関係・交渉など",
    "differentiation": "競合単組との差別化",
    "questions": "他の単組・他の県本部に聞いてみたいこと",
    "requests": "県本部・本部への要望",
}
ORDER = tuple(TEXT_LABELS)


def template_survey(sh, fy, header, org, intake, texts, *, ins=None, ins_row=None, asof_merge=False, nums=None,
                    text_override=None, skip=()):
    """HQ's distributed survey template (the FY ``fy`` copy), filled.  ``org``: ((members j, r), (rate j, r),
    (nonmembers j, r), as_of, regular, nonregular); ``intake``: 4 values; ``ins``: a row inserted after that row with
    ``ins_row`` = (label, value) in B / C; ``nums``: {ref-in-template: number format}."""
    def r(n):
        return n + 1 if ins is not None and n > ins else n

    for c, w in zip("ABCDEF", (4, 34, 16, 16, 16, 16)):
        sh.width(c, w)
    sh.merge("A1:F1", f"実態共有用アンケート（{fy}年度）", bold=True, size=14, border=False)
    for i, line in enumerate((
            "・黄色のセルに入力してください。数字が分からないときは空欄のままで構いません（「約」「程度」なども書けます）。",
            "・上部団体は一覧から選んでください。競合する組合がない場合は「なし」を選んでください。",
            "・組織率＝組合員数／（正規職員数＋会計年度任用職員やパート職員など非正規職員数）×100")):
        sh.merge(f"A{2 + i}:F{2 + i}", line, border=False)
    for i, (label, value) in enumerate(zip(("県本部", "単組", "記入者お名前", "上部団体"), header)):
        sh.put(f"B{6 + i}", label, bold=True)
        sh.merge(f"C{6 + i}:E{6 + i}", value, fill=YELLOW)
    sh.dropdown("C9", RIVALS)
    sh.merge("A11:F11", "組織の状況", bold=True)
    sh.put("C12", "自治労", bold=True, center=True)
    sh.put("D12", "競合", bold=True, center=True)
    nums = nums or {}
    members, rates, nonmembers, as_of, regular, nonregular = org
    for n, (label, pair) in enumerate((("組織人員数（人）", members), ("組織率（％）", rates),
                                       ("未加入者数（人）", nonmembers))):
        row = r(13 + n)
        sh.put(f"B{row}", label, bold=True)
        for col, value in zip("CD", pair):
            sh.put(f"{col}{row}", value, fill=YELLOW, num=nums.get(f"{col}{13 + n}"))
    sh.put(f"B{r(16)}", "時点", bold=True)
    sh.merge(f"C{r(16)}:D{r(16)}" if asof_merge else f"C{r(16)}", as_of, fill=YELLOW, num=nums.get("C16"))
    sh.put(f"B{r(17)}", "正規職員数（人）", bold=True)
    sh.put(f"C{r(17)}", regular, fill=YELLOW)
    sh.put(f"B{r(18)}", "会計年度任用職員・パート等の非正規職員数（人）", bold=True, wrap=True)
    sh.put(f"C{r(18)}", nonregular, fill=YELLOW)
    if ins is not None:
        label, value = ins_row
        sh.put(f"B{ins + 1}", label)
        sh.put(f"C{ins + 1}", value)
    sh.merge(f"A{r(20)}:F{r(20)}", f"{fy}年 新規採用者", bold=True)
    for n, (label, value) in enumerate(zip(("新規採用者数", "自治労加入者数", "競合加入者数", "未加入者数"), intake)):
        sh.put(f"B{r(21 + n)}", label, bold=True)
        sh.merge(f"C{r(21 + n)}:E{r(21 + n)}", value, fill=YELLOW)
    sh.merge(f"A{r(26)}:F{r(26)}", "取り組みと悩み", bold=True)
    row = r(27)
    cells = {}
    for key in ORDER:
        sh.merge(f"B{row}:F{row}", TEXT_LABELS[key], bold=True)
        value = texts[key] if not text_override or key not in text_override else text_override[key]
        if key not in skip:
            sh.merge(f"B{row + 1}:F{row + 5}", value, wrap=True, fill=YELLOW)
        cells[key] = row + 1
        row += 7
    return cells


# ---------------------------------------------------------------- S1 山形
S1 = dict(
    header=("山形県本部", "架空町職員組合", "試験 莉子", "なし"),
    org=((214, "ー"), (86.3, "ー"), (34, "ー"), "8.11.1", 220, 28),
    intake=(12, 10, 0, 2),
    texts={"new_hire_main": "辞令交付式の後に15分ほど時間をもらい、組合の説明をしている。",
           "new_hire_ideas": "説明は入庁2〜3年目の組合員に頼んでいる。",
           "new_hire_worries": "会計年度任用職員の採用時期がばらばらで、説明の機会が作りにくい。",
           "nonmember_main": "未加入者には年1回、委員長が直接声をかけている。",
           "nonmember_worries": "組合費の負担感を理由に断られることが多い。",
           "visibility": "組合ニュースを年4回、全職員に配っている。",
           "sharing_worries": "ー",
           "labor_relations": "町当局とは年2回の団体交渉を行っている。",
           "differentiation": "競合組合はない。",
           "questions": "特になし",
           "requests": "なし"},
)


def s1(folder: Path) -> None:
    book = OBook()
    sh = book.sheet("アンケート")
    template_survey(sh, 2025, S1["header"], S1["org"], S1["intake"], S1["texts"], ins=21,
                    ins_row=("（うち会計年度任用職員）", 3))
    book.save(folder / "山形県本部_架空町職員組合_アンケート.xlsx")


# ---------------------------------------------------------------- S2 高知
S2 = dict(
    header=("高知", "見本市職員労働組合", "架空 亮"),
    org=((390, 144), ("32.5%", "12.0%"), (666, 666), "令和8年10月1日現在", 1050, 150),
    intake=(24, 15, 4, 5),
    texts={"new_hire_main": "新採研修の初日に組合説明会を開いている。",
           "new_hire_ideas": "説明会の後に青年部主催の交流会を開いている。",
           "new_hire_worries": "病院の新採は医労連の説明が先に入ることが多い。",
           "nonmember_main": "職場委員が未加入者の名簿をもとに声をかけている。",
           "nonmember_worries": "夜勤のある職場の未加入者に会えない。",
           "visibility": "交渉の結果をその日のうちにメールで配信している。",
           "sharing_worries": "メールを読まない組合員が多い。",
           "labor_relations": "市当局とは月1回の労使協議を行っている。",
           "differentiation": "特になし",
           "questions": "特になし",
           "requests": "病院職場向けの資料がほしい。"},
)
S2_LAST = dict(
    header=("高知", "見本市職員労働組合", "見本 勇"),
    org=((401, 150), ("33.4%", "12.5%"), (649, 649), "令和7年10月1日現在", 1060, 140),
    intake=(22, 14, 3, 5),
    texts={"new_hire_main": "入庁式の後に組合の説明をした。",
           "new_hire_ideas": "先輩組合員が声をかけた。",
           "new_hire_worries": "医労連との競合。",
           "nonmember_main": "名簿による声かけ。",
           "nonmember_worries": "夜勤職場への対応。",
           "visibility": "機関紙の発行。",
           "sharing_worries": "特になし",
           "labor_relations": "定期協議を実施。",
           "differentiation": "特になし",
           "questions": "特になし",
           "requests": "特になし"},
)


def _s2_sheet(sh, data, fy):
    for c, w in zip("ABCDEF", (30, 18, 18, 18, 18, 18)):
        sh.width(c, w)
    sh.merge("A1:F1", "実態共有用アンケート", bold=True, size=14, border=False)
    pref, union, writer = data["header"]
    for row, label, value in ((3, "県本部", pref), (4, "単組名", union), (5, "記入者", writer)):
        sh.put(f"A{row}", label, bold=True)
        sh.merge(f"B{row}:D{row}", value)
    sh.put("A6", "上部団体（競合）", bold=True)
    for col, choice in zip("BCDE", RIVALS):
        sh.put(f"{col}6", ("◯" + choice) if choice == "全労連・医労連" else choice, center=True)
    sh.put("F6", "←該当に◯", border=False)
    sh.put("B8", "自治労", bold=True, center=True)
    sh.put("C8", "競合", bold=True, center=True)
    (mj, mr), (rj, rr), (nj, nr), as_of, regular, nonregular = data["org"]
    for row, label, pair in ((9, "組織人員数", (mj, mr)), (10, "組織率", (rj, rr)), (11, "未加入者数", (nj, nr))):
        sh.put(f"A{row}", label, bold=True)
        sh.put(f"B{row}", pair[0])
        sh.put(f"C{row}", pair[1])
    sh.put("A12", "時点", bold=True)
    sh.merge("B12:C12", as_of)
    sh.put("A13", "正規職員数", bold=True)
    sh.put("B13", regular)
    sh.put("A14", "非正規職員数", bold=True)
    sh.put("B14", nonregular)
    sh.merge("A16:C16", f"新規採用者（{fy}年4月）", bold=True)
    for n, (label, value) in enumerate(zip(("新規採用者数", "自治労加入者数", "競合加入者数", "未加入者数"),
                                           data["intake"])):
        sh.put(f"A{17 + n}", label, bold=True)
        sh.put(f"B{17 + n}", value)
    row = 22
    for key in ORDER:
        sh.merge(f"A{row}:A{row + 1}", TEXT_LABELS[key], wrap=True, bold=True)
        sh.merge(f"B{row}:F{row + 1}", data["texts"][key], wrap=True)
        row += 2


def s2(folder: Path) -> None:
    book = XBook(folder / "高知_見本市職員労働組合_実態アンケート.xlsx")
    _s2_sheet(book.sheet("R8"), S2, 2026)
    _s2_sheet(book.sheet("R7"), S2_LAST, 2025)
    book.save()


# ---------------------------------------------------------------- S3 大分
S3 = dict(
    header=("大分県本部", "試験市職員労働組合", "仮名 康平", "全労連・自治労連"),
    org=(("412人", "95人"), (62.1, 14.3), (156, 156), "R8.10.1", 580, 83),
    intake=(20, 15, "ー", 5),
    texts={"new_hire_main": "入庁式の翌日に説明会を開き、加入申込書をその場で回収した。",
           "new_hire_ideas": "説明会では共済の具体的な給付例を紹介している。",
           "new_hire_worries": "自治労連も同時期に勧誘しており、新採が迷っている。",
           "nonmember_main": "未加入者に年2回、個別に案内文を渡している。",
           "nonmember_worries": "長年の未加入者への声かけが難しい。",
           "visibility": "掲示板と機関紙で交渉経過を知らせている。",
           "sharing_worries": "出先機関への情報が遅れがち。",
           "labor_relations": "当局との関係は安定しており、定期交渉で要求の一部が前進した。",
           "differentiation": "全国組織の強みと共済の手厚さを伝えている。",
           "questions": "競合と併存する単組の新採対策を聞きたい。",
           "requests": "特になし"},
    old_main="（R7）入庁式後に説明会を行い、13名が加入した。",
)


def s3(folder: Path) -> None:
    book = XBook(folder / "大分県本部_試験市職員労働組合_アンケート.xlsx")
    sh = book.sheet("アンケート")
    cells = template_survey(sh, 2026, S3["header"], S3["org"], S3["intake"], S3["texts"],
                            text_override={"labor_relations": None}, skip=("new_hire_main",))
    row = cells["new_hire_main"]
    sh.ws.merge_range(f"B{row}:F{row + 4}", S3["old_main"], sh.fmt(wrap=True, fill=YELLOW, strike=True))
    sh.comment(f"B{row}", S3["texts"]["new_hire_main"], "仮名 康平")
    sh.ws.insert_textbox(f"B{cells['labor_relations'] + 1}", S3["texts"]["labor_relations"],
                         {"width": 460, "height": 50, "x_offset": 6, "y_offset": 2, "font": {"size": 11}})
    book.save()


# ---------------------------------------------------------------- S4 徳島
S4 = dict(
    header=("徳島県", "仮名町職員組合", "例示 さやか", "旧全官公自治労連"),
    org=(("1,130", 250), (45.2, "約10"), ("1,120", "同上"), "8年11月1日", 2200, 300),
    intake=(30, 22, 3, 5),
    texts={"new_hire_main": "採用前の説明会で組合の紹介をしている。",
           "new_hire_ideas": "加入した新採に記念品を渡している。",
           "new_hire_worries": "旧全官公系の組合も同じ時期に勧誘している。",
           "nonmember_main": "人事異動の後に職場を回っている。",
           "nonmember_worries": "特になし",
           "visibility": "なし",
           "sharing_worries": "役員の間でも情報の共有が遅れる。",
           "labor_relations": "町長交渉を年1回行っている。",
           "differentiation": "共済と学習会の充実を訴えている。",
           "questions": "他の単組の役員選出の工夫を知りたい。",
           "requests": "役員向けの研修を増やしてほしい。"},
)


def s4(folder: Path) -> None:
    book = OBook()
    sh = book.sheet("アンケート")
    template_survey(sh, 2026, S4["header"], S4["org"], S4["intake"], S4["texts"], ins=15,
                    ins_row=("（参考）再任用職員数", 45), asof_merge=True)
    book.save(folder / "徳島県_仮名町職員組合_アンケート.xlsx")


# ---------------------------------------------------------------- S5 佐賀
S5 = dict(
    header=("佐賀", "例示市職員組合", "見本 拓海", "全労連・自治労連"),
    org=(("286（R8.10現在）", "120（R7のまま）"), (35.8, None), (394, "ー"), dt.date(2026, 10, 1), 700, 100),
    intake=(18, "11名", 2, 5),
    texts={"new_hire_main": "✓入庁式での説明\n✓歓迎会の開催\n✓共済パンフレットの配布",
           "new_hire_ideas": "歓迎会は若手の組合員が企画している。",
           "new_hire_worries": "勤務地が分散していて集まりにくい。",
           "nonmember_main": "職場訪問（済）。3月にもう一度回る予定。",
           "nonmember_worries": "声をかける役員が足りない。",
           "visibility": "SNSで活動の様子を発信している。",
           "sharing_worries": "特になし",
           "labor_relations": "賃金交渉は競合と別々に行っている。",
           "differentiation": "なし",
           "questions": "SNSの運用ルールを知りたい。",
           "requests": "新採向けの動画を作ってほしい。"},
    note="※競合の人数は昨年の数字のままです（確認中）",
)


def s5(folder: Path) -> None:
    book = XBook(folder / "佐賀_例示市職員組合_アンケート.xlsx")
    sh = book.sheet("アンケート")
    cells = template_survey(sh, 2026, S5["header"], S5["org"], S5["intake"], S5["texts"],
                            nums={"C16": 'yyyy"年"m"月"'})
    sh.put(f"B{cells['requests'] + 6}", S5["note"], border=False)
    book.save()


# ---------------------------------------------------------------- the set
def build(root: Path) -> dict:
    root = Path(root)
    survey = root / "survey"
    report = root / "report"
    for d in (survey, report):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
    for make in (r1, r2, r3, r4, r5):
        make(report)
    for make in (s1, s2, s3, s4, s5):
        make(survey)
    return {"report": report, "survey": survey}


if __name__ == "__main__":
    import sys

    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/legacy23")
    print(build(out))
