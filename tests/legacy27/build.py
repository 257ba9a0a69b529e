"""Twenty-seventh, independent set of legacy-style fixtures (tests/legacy27), made to measure GENERALISATION.

Theme: WHAT EXCEL DID TO WHAT PEOPLE TYPED.  Ordinary layouts -- our own template filled in (openpyxl, loaded from
templates/), and the common legacy layouts (label｜answer, a mark column with ☑ / □, TRUE / FALSE, 1 / 0 or ✓, the
survey's 組織の状況 numbers in 自治労｜競合 columns, the 新規採用者 figures, free texts) -- where every stored cell
value is what Excel's auto-conversion made of the typing, as real files hold it:
  - 「10/12」 or 「1/2」 typed in a count / a rate → a DATE (format m/d, so the file shows 「10/12」); 「4-1」 typed in
    時点 → 4月1日 (format m"月"d"日"); 「2026/11」 → a date shown 2026/11; 「2026年11月」 → a date shown 2026年11月;
  - 「(2)」 typed in a count → the number -2 (General, the file shows -2); 「(3)」 → -3 in an accounting format
    #,##0;(#,##0) (the file shows (3));
  - 「50%」 → 0.5 with format 0%; 組織率 「49.8%」 → 0.498 with format 0.0%; 0.18 in a cell formatted 0% (shows 18%);
    28 in a General cell; 0.06 in a General cell (a ratio the person computed);
  - 689 typed in a 未加入者数 cell whose format was dragged down from the 組織率 cell (0.0%) → 6.89 (shows 689.0%);
  - 「012」 → 12; 「1e3」 → 1000 (format 0.00E+00, shows 1.00E+03); 「12:3」 in a count → the time 12:03;
  - 時点 「2026.11」 / 「2026.4」 → the numbers 2026.11 / 2026.4; 「R8.4」 kept as text;
  - 作成日: 「R9.2.3」 → a real date (format [$-411]ge.m.d); a serial number 46435 in a General cell (pasted as values);
    text 「令和9年2月5日」 in a cell formatted as text (@); 「R9.2.10」 → a date with the era format;
  - numbers stored as TEXT (the green triangle): 「1,014」 「635」 「280」 「14」;
  - counts with a unit in the number format (#,##0"人", 0"名", 0"人"), so 366 shows as 「366人」;
  - marks: TRUE / FALSE (a check box's linked cell, the control itself not in the file), 1 / 0, 「✓」 with no □ at
    all, and a 「✓」 pasted over the template's ☑ / □ dropdown;
  - free texts starting with 「-」 or 「＝」 that Excel made into a formula whose cached value is #NAME? (the file's
    <f> holds the typed text, <v> holds #NAME?); a free text 「45%」 stored as 0.45 with a percent format;
  - a phone number inside a free text; 組織率 as a formula with its cached value.
Reports are made in February 2027 (令和9年; 「2027年4月新規採用者対策」); surveys give figures as of April - November
2026 and the intake of 2026年4月.  Every name, union and sentence is invented (見本 / 試験 / 架空 / 例示); nothing is
copied from the seeds, and nothing here imports the reader.

REPORTS
RA 宮城 (our template, openpyxl): 作成日 「R9.2.3」 → date, ☑ / □ and two 「✓」 pasted over the dropdown; s3 text
   「-辞令交付日に説明会」 → formula, cached #NAME?; s6 text with a phone number.
RB 石川 (legacy label｜answer, openpyxl): 作成日 text 「令和9年2月5日」 (@); marks TRUE / FALSE in the mark column (the
   check boxes' linked cells); s1 focus 「＝前回報告と同じ」 → formula 前回報告と同じ, cached #NAME?.
RC 愛媛 (legacy, XlsxWriter): the instruction 「実施は1、未実施は0を入力」 and 1 / 0 in the mark column (one item
   left blank); 作成日 「R9.2.10」 → a date with the era format; s1 progress (June) 「45%」 → 0.45 (0%); a text with
   「1/2」 inside; a phone number in the s5 text.
RD 沖縄 (legacy, XlsxWriter): 「✓」 for done items and NOTHING for the others (no □ anywhere); 作成日 a serial number
   46435 in a General cell; s4 text 「-説明会を2月に開催」 → formula, cached #NAME?.

SURVEYS
SA 秋田 (our template, openpyxl): members 「1,014」 as text; 競合 366 with #,##0"人"; 組織率 0.498 (0.0%) and 0.18 (0%);
   時点 2026.11 (a number); 非正規 386 with 0"人"; intake 「012」 → 12, 競合加入 「(2)」 → -2; a #NAME? text; a phone.
SB 山形 (legacy, openpyxl): 845 with 0"名"; 組織率 0.5 (0%) and 12.4; 未加入 「635」 as text; 時点 「4-1」 → 2026-04-01
   (m"月"d"日"); 正規 「1e3」 → 1000 (0.00E+00); 自治労加入 「10/12」 → 2026-10-12 (m/d); a text 「＝同上」 → #NAME?.
SC 栃木 (legacy, XlsxWriter): 「280」 as text; 組織率 28 (General) and 0.06 (General); 時点 「R8.4」 (text); 自治労加入
   「12:3」 → the time 12:03 (h:mm), 競合加入 left blank; a phone in a text.
SD 三重 (our template, openpyxl): 上部団体 なし, 競合 blank; 組織率 28 (General); 未加入 689 typed under a 0.0% format
   → 6.89; 時点 「2026/11」 → 2026-11-01 (yyyy/m); 新規採用者数 「14」 as text (@).
SE 奈良 (legacy, XlsxWriter): every count with #,##0"人"; 組織率 as formulas with cached 49.2 / 16.4; 時点 2026.4 (a
   number); 競合加入 「(3)」 → -3 with #,##0;(#,##0); a text 「-未加入者名簿を職場委員と共有」 → #NAME?; a phone.
SF 高知 (legacy, openpyxl): 競合 組織率 「1/2」 → 2026-01-02 (m/d); 時点 「2026年11月」 → a date (yyyy"年"m"月"); 新規採用者数
   8 with 0"人"; 「03」 → 3; 未加入 「1」 as text.
"""
from __future__ import annotations

import datetime as dt
import re
import shutil
import zipfile
from pathlib import Path

import openpyxl
import xlsxwriter
from openpyxl.styles import Alignment, Font

FY = 2026
Y1 = FY + 1
HERE = Path(__file__).resolve().parent
TEMPLATES = HERE.parent.parent / "templates"
REPORT_TEMPLATE = TEMPLATES / f"C_県本部共済推進取り組み報告書_{FY}年度.xlsx"
SURVEY_TEMPLATE = TEMPLATES / f"D_実態共有用アンケート_{FY}年度.xlsx"


# ---------------------------------------------------------------- what a cell holds
class V:
    """A stored value with the number format Excel gave the cell."""

    def __init__(self, value, fmt=None):
        self.value, self.fmt = value, fmt


class F:
    """A formula (as stored in <f>, without the '=') with its cached value (an error string such as '#NAME?',
    a number or a string)."""

    def __init__(self, formula, cached):
        self.formula, self.cached = formula, cached


def unwrap(value):
    if isinstance(value, V):
        return value.value, value.fmt
    return value, None


# ---------------------------------------------------------------- openpyxl writer (formulas' cached values patched in)
class OSheet:
    def __init__(self, book, ws, index):
        self.book, self.ws, self.index = book, ws, index

    def put(self, ref, value, *, bold=False, wrap=False, center=False, merge=None, style=True):
        c = self.ws[ref]
        if isinstance(value, F):
            c.value = "=" + value.formula
            self.book.patches.append((self.index, ref, value.cached))
        else:
            v, fmt = unwrap(value)
            c.value = v
            if fmt:
                c.number_format = fmt
        if style:
            if bold:
                c.font = Font(name="ＭＳ Ｐゴシック", bold=True)
            c.alignment = Alignment(wrap_text=wrap, vertical="top" if wrap else "center",
                                    horizontal="center" if center else None)
        if merge:
            self.ws.merge_cells(f"{ref}:{merge}")

    def width(self, cols, w):
        for col in cols:
            self.ws.column_dimensions[col].width = w


class OBook:
    def __init__(self, template=None):
        self.wb = openpyxl.load_workbook(template) if template else openpyxl.Workbook()
        self._first = template is None
        self.patches = []

    def sheet(self, name):
        if name in self.wb.sheetnames:
            ws = self.wb[name]
        elif self._first:
            ws, self._first = self.wb.active, False
            ws.title = name
        else:
            ws = self.wb.create_sheet(name)
        return OSheet(self, ws, self.wb.sheetnames.index(ws.title) + 1)

    def save(self, path):
        self.wb.save(path)
        if self.patches:
            patch_cached(path, self.patches)


def patch_cached(path: Path, patches) -> None:
    """Give openpyxl's formulas the cached values Excel would have stored (<v>#NAME?</v> with t="e")."""
    path = Path(path)
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    by_sheet = {}
    for index, ref, cached in patches:
        by_sheet.setdefault(f"xl/worksheets/sheet{index}.xml", []).append((ref, cached))
    out = []
    for info, data in items:
        if info.filename in by_sheet:
            xml = data.decode("utf-8")
            for ref, cached in by_sheet[info.filename]:
                pat = re.compile(rf'<c r="{ref}"([^>]*)><f>(.*?)</f><v\s*/>(</c>)')
                if isinstance(cached, str) and cached.startswith("#"):
                    t, v = ' t="e"', cached
                elif isinstance(cached, str):
                    t, v = ' t="str"', cached
                else:
                    t, v = "", repr(cached)
                xml, n = pat.subn(lambda m: f'<c r="{ref}"{m.group(1)}{t}><f>{m.group(2)}</f><v>{v}</v></c>', xml)
                assert n == 1, (path.name, ref)
            data = xml.encode("utf-8")
        out.append((info, data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in out:
            z.writestr(info, data)


# ---------------------------------------------------------------- XlsxWriter writer (Excel's own kind of file)
class XSheet:
    def __init__(self, book, ws):
        self.book, self.ws = book, ws

    def _format(self, bold, wrap, center, fmt):
        key = (bold, wrap, center, fmt)
        if key not in self.book.formats:
            d = {"valign": "top" if wrap else "vcenter", "font_name": "ＭＳ Ｐゴシック"}
            if bold:
                d["bold"] = True
            if wrap:
                d["text_wrap"] = True
            if center:
                d["align"] = "center"
            if fmt:
                d["num_format"] = fmt
            self.book.formats[key] = self.book.wb.add_format(d)
        return self.book.formats[key]

    def put(self, ref, value, *, bold=False, wrap=False, center=False, merge=None):
        if isinstance(value, F):
            f = self._format(bold, wrap, center, None)
            if merge:
                self.ws.merge_range(f"{ref}:{merge}", None, f)
            self.ws.write_formula(ref, "=" + value.formula, f, value.cached)
            return
        v, fmt = unwrap(value)
        f = self._format(bold, wrap, center, fmt)
        if merge:
            self.ws.merge_range(f"{ref}:{merge}", None, f)
        if v is None:
            self.ws.write_blank(ref, None, f)
        elif isinstance(v, bool):
            self.ws.write_boolean(ref, v, f)
        elif isinstance(v, (int, float)):
            self.ws.write_number(ref, v, f)
        elif isinstance(v, (dt.datetime, dt.date, dt.time)):
            self.ws.write_datetime(ref, v, f)
        else:
            self.ws.write_string(ref, v, f)

    def width(self, cols, w):
        for col in cols:
            self.ws.set_column(f"{col}:{col}", w)


class XBook:
    def __init__(self, path):
        self.wb = xlsxwriter.Workbook(str(path))
        self.formats = {}

    def sheet(self, name):
        return XSheet(self, self.wb.add_worksheet(name))

    def save(self, path=None):
        self.wb.close()


# ---------------------------------------------------------------- the report form (FY2026)
ITEMS = {
    "s2": ("共済推進単組交付金規程にもとづき支払っている", "単組に支払った交付金の使われ方を把握している"),
    "s3": ("組合と団体生命共済の同時加入に向けたツールの提供", "県本部・県支部合同の単組オルグの実施",
           "県本部・単組主催の執行部学習会の開催", "県本部新採対策会議の開催", "新採組織化方針、具体的な取り組み提起",
           "組合と団体生命共済の同時加入方針提起", "同時加入に向けた具体策の提案"),
    "s4": ("組織化方針の単組への提起", "対象者の把握と説明会等の実施", "じちろう共済のアピール"),
    "s5": ("県本部共済推進委員会で進捗確認", "県本部・県支部合同の単組オルグの実施"),
    "s6": ("執行委員会・共済推進委員会で冊子の内容を確認", "マニュアルの単組への配布",
           "単組代表者会議等において、マニュアルの内容および活用方法を全単組へ周知",
           f"単組執行部オルグ等において、各単組が「{Y1}年3月末退職予定者対策」「{Y1}年4月新採取り組み」にむけて、"
           "推進計画の立案や具体的な実行内容を協議する際に本マニュアルを参照するように提案"),
}
ITEM_KEYS = {"s2": ("paid", "usage_known"),
             "s3": ("tools", "joint_org", "study", "meeting", "policy", "simul_policy", "simul_plan"),
             "s4": ("policy", "briefing", "appeal"),
             "s5": ("progress", "joint_org"),
             "s6": ("review", "distribute", "announce", "propose")}
TITLES = {
    "s1": "県本部共済推進方針の目標達成にむけた進捗と重点的に取り組む課題",
    "s2": "共済推進県本部交付金の活用について",
    "s3": f"{Y1}年4月新規採用者対策",
    "s4": f"{Y1}年3月末の役職定年者、再任用、再雇用者への対応状況",
    "s5": "加入拡大モデル単組に対して県本部の関わり方について",
    "s6": "じちろう共済推進マニュアルの単組への落し込みや活用方法の提示など",
}
REPORT_TITLE = f"県本部共済推進取り組み報告書（{FY}年度）"
S1_NOTE = f"{FY}年6月の共済推進県本部・県支部合同会議で報告した内容と、その後の取り組みを記入してください。"
S1_LABELS = ("目標達成にむけた進捗と課題（6月報告の内容）", "目標達成にむけた進捗と課題（6月報告以降の取り組みと課題）",
             "今後、重点的に取り組む課題")
HEADER_LABELS = ("県名", "作成日", "作成者", "確認者")
MARK_HEAD = "実施している取り組みを☑してください。"
CONCRETE = "具体的な取り組み"
SECS = ("s2", "s3", "s4", "s5", "s6")
NUM = "１２３４５６"


def report_form(sh, d):
    """The ordinary legacy layout: header B｜C, s1 label B｜text C, sections mark A｜item B｜text D.
    d['marks'][sec] holds each item's mark cell AS STORED (a glyph, True / False, 1 / 0, or None for an empty cell)."""
    sh.width("A", 8)
    sh.width("B", 60)
    sh.width("C", 14)
    sh.width("DEF", 20)
    sh.put("A1", REPORT_TITLE, bold=True, merge="F1")
    for i, (label, value) in enumerate(zip(HEADER_LABELS, d["header"])):
        sh.put(f"B{3 + i}", label)
        sh.put(f"C{3 + i}", value, merge=f"E{3 + i}")
    sh.put("A8", f"{NUM[0]}．{TITLES['s1']}", merge="F8")
    sh.put("A9", S1_NOTE, merge="F9")
    row = 10
    for label, text in zip(S1_LABELS, d["s1"]):
        sh.put(f"B{row}", label, wrap=True)
        sh.put(f"C{row}", text, wrap=True, merge=f"F{row + 2}")
        row += 4
    for n, sec in enumerate(SECS, start=2):
        sh.put(f"A{row}", f"{NUM[n - 1]}．{TITLES[sec]}", merge=f"F{row}")
        sh.put(f"A{row + 1}", d.get("mark_head", MARK_HEAD), merge=f"C{row + 1}")
        sh.put(f"D{row + 1}", CONCRETE, merge=f"F{row + 1}")
        first = row + 2
        for i, (label, mark) in enumerate(zip(ITEMS[sec], d["marks"][sec])):
            r = first + i
            if mark is not None:
                sh.put(f"A{r}", mark, center=True)
            sh.put(f"B{r}", label, wrap=True, merge=f"C{r}")
        last = max(first + len(ITEMS[sec]) - 1, first + 2)
        sh.put(f"D{first}", d["texts"][sec], wrap=True, merge=f"F{last}")
        row = last + 2
    return row


def report_template(path: Path, d) -> None:
    """Our own template, filled in (openpyxl keeps its names, validations, protection and properties)."""
    book = OBook(REPORT_TEMPLATE)
    sh = book.sheet("報告書")
    for ref, value in zip(("C7", "C8", "C9", "C10"), d["header"]):
        sh.put(ref, value, style=False)
    for ref, text in zip(("B15", "B23", "B31"), d["s1"]):
        sh.put(ref, text, style=False)
    first_rows = {"s2": 40, "s3": 47, "s4": 57, "s5": 64, "s6": 70}
    for sec, first in first_rows.items():
        for i, mark in enumerate(d["marks"][sec]):
            sh.put(f"A{first + i}", mark, style=False)
        sh.put(f"C{first}", d["texts"][sec], style=False)
    book.save(path)


# ---------------------------------------------------------------- RA 宮城 (our template)
RA = dict(
    header=("宮城",
            V(dt.datetime(Y1, 2, 3), "[$-411]ge.m.d"),  # typed 「R9.2.3」: Excel made it a date, era format
            "見本 春香", "試験 浩二"),
    s1=("6月時点の新規加入は目標の30%。県北の単組で伸び悩んでいる。",
        "9月から県北の9単組を訪問した。1月末で目標の52%。",
        "県北の単組の支援と、新採の同時加入の徹底。"),
    marks={"s2": ("☑", "□"), "s3": ("☑", "✓", "□", "☑", "☑", "□", "✓"), "s4": ("☑", "□", "☑"),
           "s5": ("☑", "□"), "s6": ("☑", "☑", "□", "□")},
    texts={"s2": "交付金は規程にもとづき支払っている。使途の把握はこれから。",
           "s3": F("-辞令交付日に説明会", "#NAME?"),  # typed 「-辞令交付日に説明会」 (a dash bullet): Excel made it a formula
           "s4": "組織化方針を提起し、じちろう共済のチラシを配った。",
           "s5": "推進委員会で毎月の進捗を確認している。",
           "s6": "冊子を確認した。マニュアルの問い合わせ先は県本部（022-000-1234）として全単組に知らせた。"},
)


def ra(folder: Path) -> None:
    report_template(folder / "宮城県本部_共済推進取り組み報告書_2026年度.xlsx", RA)


# ---------------------------------------------------------------- RB 石川 (TRUE / FALSE linked cells; 令和 text date)
RB = dict(
    header=("石川", V("令和9年2月5日", "@"), "架空 真由美", "見本 健"),
    s1=("6月時点の新規加入は目標の33％。能登地域の単組で遅れている。",
        "10月〜12月に能登地域の6単組を訪問した。1月末で目標の57％。",
        F("前回報告と同じ", "#NAME?")),  # typed 「＝前回報告と同じ」: Excel took the ＝ as a formula
    marks={"s2": (True, True), "s3": (True, False, True, False, True, True, False), "s4": (False, True, True),
           "s5": (True, True), "s6": (True, True, False, False)},
    texts={"s2": "規程にもとづき年2回支払い、使途の報告を受けている。",
           "s3": "執行部学習会を12月に開いた。同時加入の方針を提起した。",
           "s4": "説明会を2月〜3月に開き、じちろう共済を紹介する。",
           "s5": "推進委員会で進捗を確認し、県支部と合同でモデル単組を訪問した。",
           "s6": "冊子を執行委員会で確認し、全単組に配布した。"},
)


def rb(folder: Path) -> None:
    book = OBook()
    sh = book.sheet("報告書")
    report_form(sh, RB)
    book.save(folder / "石川県本部_報告書.xlsx")


# ---------------------------------------------------------------- RC 愛媛 (1 / 0 marks; era date; 「45%」 as a number)
RC = dict(
    header=("愛媛", V(dt.datetime(Y1, 2, 10), "[$-411]ge.m.d"), "例示 和也", "架空 京子"),
    mark_head="実施は1、未実施は0を入力してください。",
    s1=(V(0.45, "0%"),  # typed 「45%」 alone: Excel stored 0.45 with a percent format
        "11月に南予の5単組を訪問した。単組の1/2で同時加入の説明ができた。",
        "南予地域の単組への支援。"),
    marks={"s2": (1, 0), "s3": (1, 1, 0, 1, 0, 1, 0), "s4": (1, None, 1), "s5": (0, 1), "s6": (1, 1, 1, 0)},
    texts={"s2": "規程どおり支払っている。単組の1/2から使途の報告があった。",
           "s3": "新採対策会議を1月に開いた。同時加入の方針を提起した。",
           "s4": "組織化方針を提起した。共済のチラシを作った。",
           "s5": "県支部と合同で2単組をオルグした。連絡先は県支部（089-000-5678）。",
           "s6": "冊子を確認し、全単組に配布した。代表者会議で周知した。"},
)


def rc(folder: Path) -> None:
    book = XBook(folder / "愛媛県本部_取組報告書.xlsx")
    sh = book.sheet("報告書")
    report_form(sh, RC)
    book.save()


# ---------------------------------------------------------------- RD 沖縄 (✓ and nothing; a serial 作成日)
RD = dict(
    header=("沖縄", 46435,  # 2027-02-17 pasted as values into a General cell: the file shows 46435
            "試験 直人", "見本 由美"),
    s1=("6月時点の新規加入は目標の24％。離島の単組で伸び悩んでいる。",
        "離島の単組を11月〜1月に訪問した。1月末で目標の46％。",
        "離島単組の支援と、退職予定者への継続加入の案内。"),
    marks={"s2": ("✓", None), "s3": ("✓", "✓", None, None, "✓", "✓", None), "s4": ("✓", None, "✓"),
           "s5": ("✓", "✓"), "s6": ("✓", None, "✓", None)},
    texts={"s2": "規程どおり支払っている。",
           "s3": "新採の同時加入の方針を提起し、合同オルグを4単組で行った。",
           "s4": F("-説明会を2月に開催", "#NAME?"),  # typed 「-説明会を2月に開催」
           "s5": "推進委員会で進捗を確認し、合同オルグを行った。",
           "s6": "冊子を執行委員会で確認した。代表者会議で活用を呼びかけた。"},
)


def rd(folder: Path) -> None:
    book = XBook(folder / "沖縄県本部_共済推進報告書.xlsx")
    sh = book.sheet("Sheet1")
    report_form(sh, RD)
    book.save()


# ---------------------------------------------------------------- the survey form (FY2026)
TEXT_KEYS = ("new_hire_main", "new_hire_ideas", "new_hire_worries", "nonmember_main", "nonmember_worries", "visibility",
             "sharing_worries", "labor_relations", "differentiation", "questions", "requests")
TEXT_LABELS = ("新採加入の主な取り組み", "新規採用者組織化で工夫していること", "新規採用者組織化で悩んでいること",
               "未加入者対策の主な取り組み", "未加入者対策で悩んでいること", "組合活動の可視化",
               "組合員との情報共有で悩んでいること", "労使関係・交渉など", "競合単組との差別化",
               "他の単組・他の県本部に聞いてみたいこと", "県本部・本部への要望")
SURVEY_TITLE = f"実態共有用アンケート（{FY}年度）"
S_HEADER = ("県本部", "単組", "記入者お名前", "上部団体")
S_ORG = ("組織人員数（人）", "組織率（％）", "未加入者数（人）", "時点", "正規職員数（人）",
         "会計年度任用職員・パート等の非正規職員数（人）")
S_INTAKE = ("新規採用者数", "自治労加入者数", "競合加入者数", "未加入者数")
RATE_NOTE = "※組織率＝組合員数／（正規職員数＋会計年度任用職員やパート職員など非正規職員数）×100"


def survey_form(sh, d):
    """The ordinary legacy layout: header B｜C, 組織の状況 B｜自治労 C｜競合 D, intake B｜C, texts B｜C (merged C:H)."""
    sh.width("A", 4)
    sh.width("B", 44)
    sh.width("CDEFGH", 14)
    sh.put("A1", SURVEY_TITLE, bold=True, merge="H1")
    for i, (label, value) in enumerate(zip(S_HEADER, d["header"])):
        sh.put(f"B{3 + i}", label)
        if value is not None:
            sh.put(f"C{3 + i}", value, merge=f"E{3 + i}")
    sh.put("A8", "組織の状況")
    sh.put("C9", "自治労", center=True)
    sh.put("D9", "競合", center=True)
    members, rates, nonmembers, as_of, regular, nonregular = d["org"]
    for row, label, pair in ((10, S_ORG[0], members), (11, S_ORG[1], rates), (12, S_ORG[2], nonmembers)):
        sh.put(f"B{row}", label, wrap=True)
        if pair[0] is not None:
            sh.put(f"C{row}", pair[0])
        if pair[1] is not None:
            sh.put(f"D{row}", pair[1])
    sh.put("B13", S_ORG[3])
    sh.put("C13", as_of, merge="D13")
    sh.put("B14", S_ORG[4])
    sh.put("C14", regular)
    sh.put("B15", S_ORG[5], wrap=True)
    sh.put("C15", nonregular)
    sh.put("B16", RATE_NOTE, merge="H16")
    sh.put("A18", f"{FY}年 新規採用者")
    for i, (label, value) in enumerate(zip(S_INTAKE, d["intake"])):
        sh.put(f"B{19 + i}", label)
        if value is not None:
            sh.put(f"C{19 + i}", value)
    sh.put("A24", "取り組みと悩み")
    for i, (key, label) in enumerate(zip(TEXT_KEYS, TEXT_LABELS)):
        r = 25 + 2 * i
        sh.put(f"B{r}", label, wrap=True)
        sh.put(f"C{r}", d["texts"][key], wrap=True, merge=f"H{r + 1}")


def survey_template(path: Path, d) -> None:
    book = OBook(SURVEY_TEMPLATE)
    sh = book.sheet("アンケート")
    for ref, value in zip(("C6", "C7", "C8", "C9"), d["header"]):
        if value is not None:
            sh.put(ref, value, style=False)
    members, rates, nonmembers, as_of, regular, nonregular = d["org"]
    for row, pair in ((13, members), (14, rates), (15, nonmembers)):
        for col, value in zip("CD", pair):
            if value is not None:
                sh.put(f"{col}{row}", value, style=False)
    sh.put("C16", as_of, style=False)
    sh.put("C17", regular, style=False)
    sh.put("C18", nonregular, style=False)
    for i, value in enumerate(d["intake"]):
        if value is not None:
            sh.put(f"C{21 + i}", value, style=False)
    for key, row in zip(TEXT_KEYS, (28, 35, 42, 49, 56, 63, 70, 77, 84, 91, 98)):
        sh.put(f"B{row}", d["texts"][key], style=False)
    book.save(path)


# ---------------------------------------------------------------- SA 秋田 (our template)
SA = dict(
    header=("秋田", "見本町職員労働組合", "試験 さくら", "全労連・自治労連"),
    org=(("1,014",  # pasted as text: the green triangle
          V(366, '#,##0"人"')),  # shows 「366人」
         (V(0.498, "0.0%"),  # typed 「49.8%」
          V(0.18, "0%")),  # typed 0.18 in a cell formatted 0%: shows 18%
         (656, 656),
         2026.11,  # typed 「2026.11」: a number
         V(1650, "#,##0"), V(386, '0"人"')),
    intake=(12,  # typed 「012」: Excel dropped the leading zero
            9,
            -2,  # typed 「(2)」: Excel made it the negative number -2 (the file shows -2)
            1),
    texts={"new_hire_main": F("-辞令交付日に説明会", "#NAME?"),  # typed 「-辞令交付日に説明会」
           "new_hire_ideas": "説明会のあとに青年部が職場を案内している。",
           "new_hire_worries": "競合組合の勧誘が4月1日より前に入る。",
           "nonmember_main": "未加入者に年2回、委員長の手紙を届けている。",
           "nonmember_worries": "出先の職場の未加入者に会えない。",
           "visibility": "交渉の結果を組合ニュースで全職員に配っている。",
           "sharing_worries": "メールを読まない組合員が多い。",
           "labor_relations": "町当局とは年2回交渉している。",
           "differentiation": "共済と全国のネットワークを伝えている。",
           "questions": "競合と併存する単組の新採説明会の工夫を知りたい。",
           "requests": "説明会の資料を県本部（018-000-2345）から送ってほしい。"},
)


def sa(folder: Path) -> None:
    survey_template(folder / "秋田県本部_見本町職員労働組合_アンケート.xlsx", SA)


# ---------------------------------------------------------------- SB 山形 (4-1 and 10/12 as dates; 1e3; ＝同上)
SB = dict(
    header=("山形県本部", "架空市職員組合", "見本 大輔", "全労連・医労連"),
    org=((V(845, '0"名"'), 210),
         (V(0.5, "0%"),  # typed 「50%」
          12.4),
         ("635", "635"),  # text
         V(dt.datetime(FY, 4, 1), 'm"月"d"日"'),  # typed 「4-1」: Excel made it 4月1日 (of the year it was typed)
         V(1000, "0.00E+00"),  # typed 「1e3」: shows 1.00E+03
         690),
    intake=(12,
            V(dt.datetime(FY, 10, 12), "m/d"),  # typed 「10/12」 (10 of the 12): Excel made it 10月12日, shows 10/12
            0, 2),
    texts={"new_hire_main": "辞令交付式の後に説明会を開き、その場で加入を呼びかけている。",
           "new_hire_ideas": "先輩組合員との座談会を5月に開いている。",
           "new_hire_worries": "病院職場では競合組合の加入が先になる。",
           "nonmember_main": "人事異動の後に職場委員が未加入者を訪ねている。",
           "nonmember_worries": "夜勤のある職場の未加入者に会えない。",
           "visibility": "組合ニュースを毎月発行し、掲示板も更新している。",
           "sharing_worries": F("同上", "#NAME?"),  # typed 「＝同上」
           "labor_relations": "市当局とは年3回交渉している。",
           "differentiation": "共済の給付の手厚さを伝えている。",
           "questions": "病院職場での新採対策を知りたい。",
           "requests": "特になし"},
)


def sb(folder: Path) -> None:
    book = OBook()
    sh = book.sheet("アンケート")
    survey_form(sh, SB)
    book.save(folder / "山形県本部_架空市職員組合_アンケート.xlsx")


# ---------------------------------------------------------------- SC 栃木 (a time in a count; R8.4 text; ratios)
SC = dict(
    header=("栃木", "例示町職員組合", "架空 美咲", "旧全官公自治労連"),
    org=(("280",  # text
          60),
         (28,  # General
          0.06),  # General: a ratio the person computed (60 / 1,000)
         (660, 660),
         "R8.4",  # text: Excel does not make 「R8.4」 a date
         700, 300),
    intake=(15,
            V(dt.time(12, 3), "h:mm"),  # typed 「12:3」: the time 12:03
            None,
            0),
    texts={"new_hire_main": "採用前の説明会で組合を紹介している。",
           "new_hire_ideas": "説明会では共済の給付例を紹介している。",
           "new_hire_worries": "旧全官公系の組合の説明会が同じ日に入る。",
           "nonmember_main": "未加入者の名簿を職場委員と共有している。",
           "nonmember_worries": "長年の未加入者に話しかけにくい。",
           "visibility": "交渉の経過をその日のうちに掲示板で知らせている。",
           "sharing_worries": "出先の職場にニュースが届くのが遅い。",
           "labor_relations": "町当局とは年2回交渉している。書記局（028-000-3456）で随時相談を受けている。",
           "differentiation": "全国組織の強みと共済を伝えている。",
           "questions": "小規模単組の役員の選び方を知りたい。",
           "requests": "新採向けの説明資料がほしい。"},
)


def sc(folder: Path) -> None:
    book = XBook(folder / "栃木県本部_例示町職員組合_アンケート.xlsx")
    sh = book.sheet("アンケート")
    survey_form(sh, SC)
    book.save()


# ---------------------------------------------------------------- SD 三重 (our template; a count under a % format)
SD = dict(
    header=("三重", "試験村職員組合", "例示 拓海", "なし"),
    org=((268, None),
         (28, None),  # General: 28 means 28%
         (V(6.89, "0.0%"), None),  # typed 689 into a cell whose 0.0% format was dragged down: shows 689.0%
         V(dt.datetime(FY, 11, 1), "yyyy/m"),  # typed 「2026/11」
         800, 157),
    intake=(V("14", "@"),  # a cell formatted as text: the green triangle
            12, 0, 2),
    texts={"new_hire_main": "4月の新採研修で説明会を開いた。12人が加入した。",
           "new_hire_ideas": "昼食会を開き、先輩と話せる場を作っている。",
           "new_hire_worries": "保育士の新採に会う機会が少ない。",
           "nonmember_main": "職場委員と一緒に年1回職場を回っている。",
           "nonmember_worries": "会計年度任用職員への声かけが遅れている。",
           "visibility": "組合だよりを毎月発行している。",
           "sharing_worries": "なし",
           "labor_relations": "村当局とは年2回交渉している。",
           "differentiation": "競合組合はない。",
           "questions": "小規模単組の共済推進の工夫を知りたい。",
           "requests": "特になし"},
)


def sd(folder: Path) -> None:
    survey_template(folder / "三重県本部_試験村職員組合_アンケート.xlsx", SD)


# ---------------------------------------------------------------- SE 奈良 (units in formats; rate formulas; (3))
PEOPLE = '#,##0"人"'
SE = dict(
    header=("奈良県本部", "見本市職員労働組合", "試験 陽介", "全労連・自治労連"),
    org=((V(1230, PEOPLE), V(410, PEOPLE)),
         (F("C10/(C14+C15)*100", 49.2), F("D10/(C14+C15)*100", 16.4)),
         (V(860, PEOPLE), V(860, PEOPLE)),
         2026.4,  # typed 「2026.4」: a number
         V(2000, PEOPLE), V(500, PEOPLE)),
    intake=(V(20, PEOPLE), V(14, PEOPLE),
            V(-3, "#,##0;(#,##0)"),  # typed 「(3)」: -3 in an accounting-style format, shows (3)
            V(3, PEOPLE)),
    texts={"new_hire_main": "入庁式の当日に説明会を開き、加入申込書を回収している。",
           "new_hire_ideas": "説明会の後に先輩と話せる茶話会を開いている。",
           "new_hire_worries": "競合組合の説明会が同じ週に重なる。",
           "nonmember_main": F("-未加入者名簿を職場委員と共有", "#NAME?"),  # typed 「-未加入者名簿を職場委員と共有」
           "nonmember_worries": "会計年度任用職員の未加入者が多い。",
           "visibility": "ホームページとメールで交渉の経過を伝えている。",
           "sharing_worries": "交代勤務の職場に情報が届きにくい。",
           "labor_relations": "市当局とは年3回交渉している。",
           "differentiation": "共済と学習会の充実を伝えている。",
           "questions": "問い合わせは書記局（0742-00-1234）まで。新採説明会の時間を確保する方法を知りたい。",
           "requests": "説明会用の短い動画がほしい。"},
)


def se(folder: Path) -> None:
    book = XBook(folder / "奈良県本部_見本市職員労働組合_アンケート.xlsx")
    sh = book.sheet("アンケート")
    survey_form(sh, SE)
    book.save()


# ---------------------------------------------------------------- SF 高知 (1/2 as a date in a rate; 2026年11月 date)
SF = dict(
    header=("高知", "架空町職員労働組合", "見本 理恵", "全労連・自治労連"),
    org=((150, 300),
         (25,
          V(dt.datetime(FY, 1, 2), "m/d")),  # typed 「1/2」 (half): Excel made it 1月2日, shows 1/2
         (150, 150),
         V(dt.datetime(FY, 11, 1), 'yyyy"年"m"月"'),  # typed 「2026年11月」
         480, 120),
    intake=(V(8, '0"人"'),
            3,  # typed 「03」
            4,
            "1"),  # text
    texts={"new_hire_main": "辞令交付の後に組合説明会を開いている。",
           "new_hire_ideas": "説明会で先輩の話を聞く時間を作っている。",
           "new_hire_worries": "競合組合の加入者の方が多い。",
           "nonmember_main": "未加入者に年1回、共済の案内と一緒に加入を呼びかけている。",
           "nonmember_worries": "競合組合と同じ職場で声をかけにくい。",
           "visibility": "組合ニュースを隔月で発行している。",
           "sharing_worries": "役員の携帯（090-0000-1111）に連絡が集中している。",
           "labor_relations": "町当局とは競合組合と別に交渉している。",
           "differentiation": "共済と全国のネットワークを伝えている。",
           "questions": "競合組合が多数の職場での新採対策を知りたい。",
           "requests": "なし"},
)


def sf(folder: Path) -> None:
    book = OBook()
    sh = book.sheet("Sheet1")
    survey_form(sh, SF)
    book.save(folder / "高知県本部_架空町職員労働組合_アンケート.xlsx")


def build(root: Path) -> dict:
    root = Path(root)
    survey = root / "survey"
    report = root / "report"
    for d in (survey, report):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
    for make in (ra, rb, rc, rd):
        make(report)
    for make in (sa, sb, sc, sd, se, sf):
        make(survey)
    return {"report": report, "survey": survey}


if __name__ == "__main__":
    import sys

    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/legacy27")
    print(build(out))
