"""Twenty-second, independent set of legacy-style fixtures (tests/legacy22), made to measure GENERALISATION.

Theme: THE NUMBERS SECTION DONE IN PEOPLE'S OWN WAYS -- twelve local-union officers return the FY2025 (令和7年度)
実態共有用アンケート, each writing the 組織の状況 / 新規採用者 figures the way that came naturally: counts with units and
notes (「約480名」 「36人（うち会計年度任用5）」), ranges, sums typed instead of the figure, the 自治労 / 競合 columns
swapped or headed with the rival's name, a second rival union, rates as text or as a fraction of counts, 時点 in many
date styles, the intake split by job type (with and without a 計 row), the 競合 column left blank / 0 / 「－」 / 「いない」,
the intake figures only in a text answer, last year's figures kept beside this year's.  Each file mixes 3-4 such habits
with an ordinary header and free-text answers.  Figures as of October - December 2025, intake of 2025年4月.  Written with
openpyxl and XlsxWriter; S6 is saved as .xls through LibreOffice.  Every name, union and sentence is invented for this
set (試験 / 見本 / 架空 / 仮名); only printed labels and instructions follow the real form.  Nothing here imports the reader.

S1  青森 (openpyxl) the distributed layout (B label, C 自治労, D 競合, 時点 in E of the 組織率 row, the dropdown's list
    printed in H): 「約480名」 「120名程度」, rates typed as text 「41.2%」 「10.3％」, 未加入 「565人（再任用・会計年度含む）」
    and 「同左」, 時点 「R7.10.1現在」, intake 「36人（うち会計年度任用5）」 「29名」 …, a ※ note beside the intake.
S2  岩手 (XlsxWriter) a self-made table with the columns SWAPPED and the rival NAMED: 「自治労連｜自治労」; the intake rows
    「自治労連加入者数」 before 「自治労加入者数」; rates as fractions in 0.0% cells; 時点 a real date (yyyy/m/d).
S3  宮城 (openpyxl) a SECOND RIVAL: 「自治労｜競合①自治労連｜競合②医労連｜競合計」, the 未加入者数 typed in 自治労 and 競合計
    only; 時点 on a row of its own 「令和7年10月末日現在」; 競合加入者数 「自治労連4・医労連2」 in one cell; a ※ note.
S4  福島 (XlsxWriter) the template's layout, NO RIVAL (上部団体 「なし」): the 競合 column 「－」 / 0 / blank and
    「いない」 for the intake; 組織人員数 「正規86＋会計年度12＝98」; 組織率 「69%（98÷142）」; 時点 「７年１２月１日現在」.
S5  新潟 (openpyxl) THIS YEAR | LAST YEAR side by side under 「令和7年度（今回）｜令和6年度（参考：前回回答）」; counts as
    text with commas 「1,024」; 時点 「2025.11.1」; the intake BY JOB TYPE 事務 / 技術 / 保育 with a 計 row; a ※ note.
S6  群馬 (XlsxWriter -> .xls) distributed layout: 上部団体 left blank and the 競合 column all 0; 「62名」 「67.4%」;
    時点 「令和7年11月1日時点」; intake 「11（事務7・保健師1・保育士3）」 (parts in brackets); the staff typed only as a
    TOTAL 「職員数（正規・非正規計）｜92」 (not the two figures asked).
S7  富山 (openpyxl) distributed layout, no rival, the 競合 column blank: 「約150」, 組織率 「不明（職員数把握できず）」,
    未加入 「？」; the intake cells say 「下記参照」 and the figures are only in the 新採加入の主な取り組み text.
S8  岐阜 (XlsxWriter) a big union's estimates: a RANGE 「1,200～1,250」, 「200前後」, 「3割程度」, 「5%ほど」,
    「2,500人以上」, 時点 「2025年11月上旬時点」, intake 「43（4/1付）」; staff typed beside the intake 「正規職員約3,400名」.
S9  京都 (openpyxl) 組織人員数 broken down 正規 / 会計年度 / 計 in both columns, 職員数 as 正規 / 会計年度 sub-rows;
    県本部 「京都府本部」; 時点 「2025年(令和7年)10月1日現在」; intake 「計52（正規45＋会計年度7）」.
S10 岡山 (XlsxWriter) last year in the cell 「312（昨年298）」, 「28.6％（前年27.0％）」, 「3.8パーセント」, 時点
    「2025/10/01時点」 as text; the intake as 「今年度（R7.4）｜昨年度（R6.4）」 columns, the NEWEST FIRST; a ※ note.
S11 奈良 (openpyxl) full-width 「６０名」; 組織率 as a FRACTION of counts 「60/120」 「3/120」; 時点 only in the section
    title 「組織の状況（2025年11月現在）」 (the printed 「　年　月時点」 left as printed); the intake by job type, NO 計 row.
S12 鹿児島 (XlsxWriter) sheets 「R7回答」 and last year's 「R6回答」; 上部団体 left blank, the column headed
    「競合（自治労連）」; 1846 in a #,##0 cell, 「約60」, 「46.2％（1,846／3,996）」; 時点 a real date in an era format
    (令和7年10月1日時点); the intake's breakdown by job type as a note beside it.
"""
from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import tempfile
from pathlib import Path

import openpyxl
import xlsxwriter
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

RIVALS = ("全労連・自治労連", "旧全官公自治労連", "全労連・医労連", "なし")
RATE_NOTE = "※組織率＝組合員数/（正規職員数+会計年度任用職員やパート職員など非正規職員数）×100"
LABELS = {  # the text questions as printed on the distributed form
    "new_hire_main": "新採加入の主な取り組み",
    "new_hire_ideas": "新規採用者組織化で工夫していること",
    "new_hire_worries": "新規採用者組織化で悩んでいること",
    "nonmember_main": "未加入者対策の主な取り組み",
    "nonmember_worries": "未加入者対策で悩んでいること",
    "visibility": "組合活動の可視化",
    "sharing_worries": "組合員との情報共有で悩んでいること",
    "labor_relations": "労使関係・交渉など（労使関係の状態、労使交渉の取り組み状況など）",
    "differentiation": "競合単組との差別化（自治労と競合単組の違いを見せる意味で工夫していること、気を付けていること）",
    "questions": "他の単組・他の県本部に聞いてみたいこと",
    "requests": "県本部・本部への要望",
}
ORDER = tuple(LABELS)


# ---------------------------------------------------------------- two thin writers with one vocabulary
class OSheet:
    """openpyxl sheet: put(ref, value, bold=, wrap=, num=, fill=, border=)."""

    def __init__(self, ws):
        self.ws = ws

    def put(self, ref, value, *, bold=False, wrap=False, num=None, fill=None, border=True, size=None, center=False):
        c = self.ws[ref]
        c.value = value
        if bold or size:
            c.font = Font(bold=bold, size=size or 11)
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
        first = rng.split(":")[0]
        self.put(first, value, **kw)
        self.ws.merge_cells(rng)

    def width(self, col, w):
        self.ws.column_dimensions[col].width = w

    def height(self, row, h):
        self.ws.row_dimensions[row].height = h

    def dropdown(self, ref, choices):
        dv = DataValidation(type="list", formula1='"' + ",".join(choices) + '"', allow_blank=True)
        self.ws.add_data_validation(dv)
        dv.add(ref)


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

    def _fmt(self, bold=False, wrap=False, num=None, fill=None, border=True, size=None, center=False):
        key = (bold, wrap, num, fill, border, size, center)
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
            self.book.formats[key] = self.book.wb.add_format(d)
        return self.book.formats[key]

    def put(self, ref, value, **kw):
        f = self._fmt(**kw)
        if isinstance(value, (dt.date, dt.datetime)):
            self.ws.write_datetime(ref, dt.datetime(value.year, value.month, value.day), f)
        elif value is None:
            self.ws.write_blank(ref, None, f)
        elif isinstance(value, str):
            self.ws.write_string(ref, value, f)
        else:
            self.ws.write_number(ref, value, f)

    def merge(self, rng, value, **kw):
        f = self._fmt(**kw)
        if isinstance(value, (dt.date, dt.datetime)):
            self.ws.merge_range(rng, None, f)
            self.ws.write_datetime(rng.split(":")[0], dt.datetime(value.year, value.month, value.day), f)
        else:
            self.ws.merge_range(rng, value if value is not None else "", f)

    def width(self, col, w):
        self.ws.set_column(f"{col}:{col}", w)

    def height(self, row, h):
        self.ws.set_row(row - 1, h)

    def dropdown(self, ref, choices):
        self.ws.data_validation(ref, {"validate": "list", "source": list(choices)})


class XBook:
    def __init__(self, path):
        self.wb = xlsxwriter.Workbook(str(path))
        self.formats = {}

    def sheet(self, name):
        return XSheet(self, self.wb.add_worksheet(name))

    def save(self, path=None):
        self.wb.close()


YELLOW = "FFF2CC"


# ---------------------------------------------------------------- shared pieces
def texts_below(sh, row, answers, *, cols=("B", "F"), rows=4, labels=LABELS):
    """The distributed form's text block: the question on one row (merged B:F), the answer merged below it."""
    a, b = cols
    for key in ORDER:
        sh.merge(f"{a}{row}:{b}{row}", labels[key], bold=True)
        sh.merge(f"{a}{row + 1}:{b}{row + rows}", answers.get(key), wrap=True, fill=YELLOW)
        row += rows + 2
    return row


def texts_left(sh, row, answers, *, label_col="A", cols=("B", "E"), labels=LABELS, rows=2):
    """Question in the left column, the answer merged right of it over ``rows`` rows."""
    a, b = cols
    for key in ORDER:
        sh.merge(f"{label_col}{row}:{label_col}{row + rows - 1}", labels[key], wrap=True, bold=True)
        sh.merge(f"{a}{row}:{b}{row + rows - 1}", answers.get(key), wrap=True)
        row += rows
    return row


def real_header(sh, pref, union, writer, rival, *, title="実態共有用アンケート"):
    """The distributed form's header: B labels, C answers, the dropdown's list printed in H."""
    sh.width("A", 3)
    sh.width("B", 26)
    for c in "CDE":
        sh.width(c, 16)
    sh.width("F", 12)
    sh.width("H", 18)
    sh.put("A1", title, bold=True, size=14, border=False)
    sh.put("B3", "県本部", bold=True)
    sh.merge("C3:D3", pref, fill=YELLOW)
    sh.put("B4", "単　組", bold=True)
    sh.merge("C4:D4", union, fill=YELLOW)
    sh.put("B5", "記入者お名前", bold=True)
    sh.merge("C5:D5", writer, fill=YELLOW)
    sh.put("B7", "上部団体", bold=True)
    sh.put("C7", rival, fill=YELLOW)
    sh.put("D7", "←プルダウンから選択", border=False)
    for i, choice in enumerate(RIVALS):
        sh.put(f"H{7 + i}", choice, border=False)
    sh.dropdown("C7", RIVALS)


# ---------------------------------------------------------------- S1 青森
S1_TEXTS = {
    "new_hire_main": "入庁式当日に組合説明会の時間をもらい、加入申込書と共済のパンフレットを一緒に配っている。",
    "new_hire_ideas": "青年部の役員が説明役となり、年の近い先輩から声をかけるようにしている。",
    "new_hire_worries": "競合も同じ日に説明会を行うため、どちらに入るか迷う新採が多い。",
    "nonmember_main": "職場ごとに未加入者の名簿を作り、分会長から個別に声かけをしている。",
    "nonmember_worries": "長く未加入の職員には声をかけにくく、働きかけが年々減っている。",
    "visibility": "交渉のたびに速報ビラを出し、翌日には全職場に届くようにしている。",
    "sharing_worries": "出先職場にはメールが届きにくく、紙の回覧が遅れる。",
    "labor_relations": "当局とは月1回の事務折衝を続けており、関係は良好。",
    "differentiation": "共済や学習会など、自治労ならではの支えを具体例で伝えている。",
    "questions": "会計年度任用職員の加入をどう進めているか知りたい。",
    "requests": "新採向けの説明資料のひな形を本部で作ってほしい。",
}


def s1(folder: Path) -> None:
    book = OBook()
    sh = book.sheet("実態共有用アンケート")
    real_header(sh, "青森県本部", "見本市職員労働組合", "試験 恵子", "全労連・自治労連")
    sh.put("C9", "自治労", bold=True, center=True)
    sh.put("D9", "競合", bold=True, center=True)
    sh.put("B10", "組織人員数（人）", bold=True)
    sh.put("C10", "約480名", fill=YELLOW)
    sh.put("D10", "120名程度", fill=YELLOW)
    sh.put("B11", "組織率（％）", bold=True)
    sh.put("C11", "41.2%", fill=YELLOW)
    sh.put("D11", "10.3％", fill=YELLOW)
    sh.put("E11", "R7.10.1現在", fill=YELLOW)
    sh.put("B12", "未加入者数（人）", bold=True)
    sh.put("C12", "565人（再任用・会計年度含む）", fill=YELLOW)
    sh.put("D12", "同左", fill=YELLOW)
    sh.put("B14", "2025年", bold=True, border=False)
    for r, (label, value) in enumerate((("新規採用者数", "36人（うち会計年度任用5）"), ("自治労加入者数", "29名"),
                                        ("競合加入者数", "2名"), ("未加入者数", "5名")), start=15):
        sh.put(f"B{r}", label, bold=True)
        sh.put(f"C{r}", value, fill=YELLOW)
    sh.put("E15", "※4月1日付採用者で集計", border=False)
    row = texts_below(sh, 20, S1_TEXTS)
    sh.put(f"B{row}", RATE_NOTE, border=False)
    book.save(folder / "青森県本部_見本市職員労働組合_アンケート.xlsx")


# ---------------------------------------------------------------- S2 岩手
S2_TEXTS = {
    "new_hire_main": "4月の第1週に歓迎会を開き、その場で加入をお願いしている。",
    "new_hire_ideas": "配属先の先輩組合員に声かけを頼んでいる。",
    "new_hire_worries": "自治労連の方が組合員数が多く、新採はそちらに流れやすい。",
    "nonmember_main": "特になし",
    "nonmember_worries": "人手が足りず、未加入者まで手が回らない。",
    "visibility": "年2回の機関紙で活動を報告している。",
    "labor_relations": "賃金確定交渉は自治労連と別々に行っている。",
    "differentiation": "全国のつながりと共済の保障内容を説明している。",
    "requests": "競合が多数派の単組向けの事例集がほしい。",
}


def s2(folder: Path) -> None:
    path = folder / "岩手_架空町職_実態アンケート.xlsx"
    book = XBook(path)
    sh = book.sheet("アンケート")
    sh.width("A", 30)
    for c in "BCDE":
        sh.width(c, 16)
    sh.put("A1", "実態共有用アンケート（架空町職）", bold=True, size=14, border=False)
    sh.put("A3", "県本部", bold=True)
    sh.put("B3", "岩手")
    sh.put("C3", "単組", bold=True)
    sh.put("D3", "架空町職員労働組合")
    sh.put("A4", "記入者", bold=True)
    sh.put("B4", "仮名 次郎")
    sh.put("C4", "上部団体", bold=True)
    sh.put("D4", "全労連・自治労連")
    sh.dropdown("D4", RIVALS)
    sh.put("A6", "組織の状況", bold=True, border=False)
    sh.put("A7", None)
    sh.put("B7", "自治労連", bold=True, center=True)
    sh.put("C7", "自治労", bold=True, center=True)
    sh.put("A8", "組織人員数（人）", bold=True)
    sh.put("B8", 210)
    sh.put("C8", 85)
    sh.put("A9", "組織率（％）", bold=True)
    sh.put("B9", 0.525, num="0.0%")
    sh.put("C9", 0.213, num="0.0%")
    sh.put("A10", "未加入者数（人）", bold=True)
    sh.put("B10", 105)
    sh.put("C10", 105)
    sh.put("A11", "時点", bold=True)
    sh.merge("B11:C11", dt.date(2025, 11, 1), num="yyyy/m/d")
    sh.put("A12", "正規職員数（人）", bold=True)
    sh.merge("B12:C12", 345)
    sh.put("A13", "非正規職員数（会計年度任用等）（人）", bold=True)
    sh.merge("B13:C13", 55)
    sh.put("A15", "新規採用者（2025年4月採用）", bold=True, border=False)
    for r, (label, value) in enumerate((("新規採用者数", 12), ("自治労連加入者数", 7), ("自治労加入者数", 3),
                                        ("未加入者数", 2)), start=16):
        sh.put(f"A{r}", label, bold=True)
        sh.put(f"B{r}", value)
    texts_left(sh, 21, S2_TEXTS)
    book.save()


# ---------------------------------------------------------------- S3 宮城
S3_TEXTS = {
    "new_hire_main": "採用前の内定者説明会に参加させてもらい、組合の紹介をしている。",
    "new_hire_ideas": "病院の新採には看護部会の役員から、市役所は青年部から声をかけるよう分けている。",
    "new_hire_worries": "病院職場では医労連の勧誘が先に入ることが多い。",
    "nonmember_main": "年2回、未加入者への加入呼びかけ月間を設けている。",
    "nonmember_worries": "会計年度任用職員の入れ替わりが多く、名簿が追いつかない。",
    "visibility": "ホームページとSNSで交渉経過を公開している。",
    "sharing_worries": "SNSを見る組合員が一部に限られている。",
    "labor_relations": "市当局とは定期交渉のほか、病院当局と年3回協議している。",
    "differentiation": "相手組合の批判はせず、自分たちの活動の中身で勝負している。",
    "questions": "病院職場で医労連と競合している単組の取り組みを聞きたい。",
    "requests": "医療職場向けの学習会を県本部で開いてほしい。",
}


def s3(folder: Path) -> None:
    book = OBook()
    sh = book.sheet("回答")
    real_header(sh, "宮城県", "仮名市職員組合", "架空 美穂", "全労連・自治労連")
    sh.put("E7", "※病院職場に医労連あり", border=False)
    sh.width("G", 14)
    for col, head in zip("CDEF", ("自治労", "競合①自治労連", "競合②医労連", "競合計")):
        sh.put(f"{col}9", head, bold=True, center=True)
    rows = (("組織人員数（人）", (1380, 240, 65, 305)),
            ("組織率（％）", (38.6, 6.7, 1.8, 8.5)),
            ("未加入者数（人）", (1890, None, None, 1890)))
    for r, (label, values) in enumerate(rows, start=10):
        sh.put(f"B{r}", label, bold=True)
        for col, v in zip("CDEF", values):
            sh.put(f"{col}{r}", v, fill=YELLOW)
    sh.put("B13", "時点", bold=True)
    sh.merge("C13:D13", "令和7年10月末日現在", fill=YELLOW)
    sh.put("B15", "2025年", bold=True, border=False)
    for r, (label, value) in enumerate((("新規採用者数", 48), ("自治労加入者数", 30), ("競合加入者数", "自治労連4・医労連2"),
                                        ("未加入者数", 12)), start=16):
        sh.put(f"B{r}", label, bold=True)
        sh.put(f"C{r}", value, fill=YELLOW)
    row = texts_below(sh, 21, S3_TEXTS)
    sh.put(f"B{row}", RATE_NOTE, border=False)
    book.save(folder / "宮城県本部_仮名市職員組合_アンケート回答.xlsx")


# ---------------------------------------------------------------- S4 福島
S4_TEXTS = {
    "new_hire_main": "4月1日の辞令交付後に委員長から説明し、その場で加入してもらっている。",
    "new_hire_ideas": "歓迎会の費用を組合で負担している。",
    "new_hire_worries": "特になし",
    "nonmember_main": "未加入の1名には年度内にもう一度声をかける予定。",
    "nonmember_worries": "なし",
    "visibility": "掲示板に交渉結果を貼り出している。",
    "sharing_worries": "役員が少なく、情報を出すのが遅れがち。",
    "labor_relations": "町長との懇談を年1回行っている。",
    "differentiation": "競合組合はないため該当なし。",
    "questions": "小規模単組の役員の担い手づくりをどうしているか。",
}


def s4(folder: Path) -> None:
    path = folder / "福島県本部_見本町職員組合_アンケート.xlsx"
    book = XBook(path)
    sh = book.sheet("アンケート")
    sh.width("A", 3)
    sh.width("B", 34)
    for c in "CDEF":
        sh.width(c, 16)
    sh.merge("A1:F1", "実態共有用アンケート（2025年度）", bold=True, size=14, border=False)
    sh.merge("A2:F2", "・黄色のセルに入力してください。数字が分からないときは空欄のままで構いません（「約」「程度」なども書けます）。",
             border=False)
    sh.merge("A3:F3", "・上部団体は一覧から選んでください。競合する組合がない場合は「なし」を選んでください。", border=False)
    sh.merge("A4:F4", "・組織率＝組合員数／（正規職員数＋会計年度任用職員やパート職員など非正規職員数）×100", border=False)
    for r, (label, value) in enumerate((("県本部", "福島県本部"), ("単組", "見本町職員組合"), ("記入者お名前", "見本 悠斗"),
                                        ("上部団体", "なし")), start=6):
        sh.put(f"B{r}", label, bold=True)
        sh.merge(f"C{r}:E{r}", value, fill=YELLOW)
    sh.dropdown("C9", RIVALS)
    sh.merge("A11:F11", "組織の状況", bold=True, border=False)
    sh.put("C12", "自治労", bold=True, center=True)
    sh.put("D12", "競合", bold=True, center=True)
    rows = (("組織人員数（人）", "正規86＋会計年度12＝98", "－"),
            ("組織率（％）", "69%（98÷142）", 0),
            ("未加入者数（人）", 44, None),
            ("時点", "７年１２月１日現在", None),
            ("正規職員数（人）", 128, None),
            ("会計年度任用職員・パート等の非正規職員数（人）", 14, None))
    for r, (label, j, rv) in enumerate(rows, start=13):
        sh.put(f"B{r}", label, bold=True, wrap=True)
        sh.put(f"C{r}", j, fill=YELLOW)
        sh.put(f"D{r}", rv, fill=YELLOW)
    sh.merge("A20:F20", "2025年 新規採用者", bold=True, border=False)
    for r, (label, value) in enumerate((("新規採用者数", 4), ("自治労加入者数", 3), ("競合加入者数", "いない"),
                                        ("未加入者数", 1)), start=21):
        sh.put(f"B{r}", label, bold=True)
        sh.merge(f"C{r}:E{r}", value, fill=YELLOW)
    sh.merge("A26:F26", "取り組みと悩み", bold=True, border=False)
    texts_below(sh, 27, S4_TEXTS, rows=5)
    book.save()


# ---------------------------------------------------------------- S5 新潟
S5_TEXTS = {
    "new_hire_main": "新採研修の昼休みに説明会を行い、職種ごとに担当役員を決めて加入を勧めている。",
    "new_hire_ideas": "保育職場には保育部会の役員が直接出向いて説明している。",
    "new_hire_worries": "技術職は配属先が本庁から遠く、声をかける機会が少ない。",
    "nonmember_main": "未加入者の多い職場を優先して職場集会を開いている。",
    "nonmember_worries": "組合費が高いという声への答え方に苦労している。",
    "visibility": "交渉の様子を写真つきのニュースで伝えている。",
    "sharing_worries": "ニュースを読まない組合員が増えている。",
    "labor_relations": "労使協議は定期的に行えており、大きな対立はない。",
    "differentiation": "共済と福利厚生の違いを一覧表にして説明している。",
    "questions": "職種別の加入率をどう上げているか聞きたい。",
    "requests": "職種別の説明資料を作ってほしい。",
}


def s5(folder: Path) -> None:
    book = OBook()
    sh = book.sheet("アンケート")
    sh.width("A", 3)
    sh.width("B", 30)
    for c in "CDEF":
        sh.width(c, 15)
    sh.put("A1", "実態共有用アンケート（令和7年度）", bold=True, size=14, border=False)
    for r, (label, value) in enumerate((("県本部", "新潟"), ("単組", "架空市職員労働組合"), ("記入者お名前", "架空 大地"),
                                        ("上部団体", "全労連・自治労連")), start=3):
        sh.put(f"B{r}", label, bold=True)
        sh.merge(f"C{r}:D{r}", value, fill=YELLOW)
    sh.dropdown("C6", RIVALS)
    sh.put("A8", "組織の状況", bold=True, border=False)
    sh.merge("C9:D9", "令和7年度（今回）", bold=True, center=True)
    sh.merge("E9:F9", "令和6年度（参考：前回回答）", bold=True, center=True)
    for col, head in zip("CDEF", ("自治労", "競合", "自治労", "競合")):
        sh.put(f"{col}10", head, bold=True, center=True)
    rows = (("組織人員数（人）", ("1,024", "88", 1010, 95)),
            ("組織率（％）", ("24.5", "2.1", 24.1, 2.3)),
            ("未加入者数（人）", ("3,068", "3,068", 3085, 3085)))
    for r, (label, values) in enumerate(rows, start=11):
        sh.put(f"B{r}", label, bold=True)
        for col, v in zip("CDEF", values):
            sh.put(f"{col}{r}", v, fill=YELLOW if col in "CD" else None, num="#,##0" if isinstance(v, int) else None)
    sh.put("B14", "時点", bold=True)
    sh.merge("C14:D14", "2025.11.1", fill=YELLOW)
    sh.merge("E14:F14", "2024.11.1")
    sh.put("B15", "正規職員数（人）", bold=True)
    sh.merge("C15:D15", "3,520", fill=YELLOW)
    sh.merge("E15:F15", 3500, num="#,##0")
    sh.put("B16", "会計年度任用職員・パート等の非正規職員数（人）", bold=True, wrap=True)
    sh.merge("C16:D16", "660", fill=YELLOW)
    sh.merge("E16:F16", 690)
    sh.put("A18", "新規採用者（2025年4月）　職種別", bold=True, border=False)
    for col, head in zip("BCDEF", ("職種", "新規採用者数", "自治労加入者数", "競合加入者数", "未加入者数")):
        sh.put(f"{col}19", head, bold=True, center=True)
    for r, line in enumerate((("事務", 18, 14, 1, 3), ("技術", 6, 4, 0, 2), ("保育", 5, 2, 2, 1),
                              ("計", 29, 20, 3, 6)), start=20):
        for col, v in zip("BCDEF", line):
            sh.put(f"{col}{r}", v, bold=line[0] == "計", fill=YELLOW if col != "B" else None)
    sh.put("B24", "※消防職は組合員の対象外のため含めていません", border=False)
    sh.put("A26", "取り組みと悩み", bold=True, border=False)
    row = texts_below(sh, 27, S5_TEXTS)
    sh.put(f"B{row}", RATE_NOTE, border=False)
    book.save(folder / "新潟県本部_架空市職労_アンケート（令和7年度）.xlsx")


# ---------------------------------------------------------------- S6 群馬 (.xls)
S6_TEXTS = {
    "new_hire_main": "辞令交付の後、書記長から組合の説明をしている。",
    "new_hire_ideas": "加入した新採に共済の記念品を渡している。",
    "new_hire_worries": "保育士は臨時的な雇用が多く、加入につながりにくい。",
    "nonmember_main": "未加入の30人のうち、今年度は4人に声をかけて2人が加入した。",
    "nonmember_worries": "一度断った人に再び声をかけにくい。",
    "visibility": "特になし",
    "sharing_worries": "特になし",
    "labor_relations": "村当局との関係は良好で、要求は概ね回答を得ている。",
    "requests": "小さな単組でもできる新採対策の事例を教えてほしい。",
}


def s6(folder: Path, tmp: Path) -> None:
    src = tmp / "群馬県本部_見本村職_実態共有アンケート.xlsx"
    book = XBook(src)
    sh = book.sheet("アンケート")
    real_header(sh, "群馬", "見本村職員組合", "試験 和也", None)
    sh.put("C9", "自治労", bold=True, center=True)
    sh.put("D9", "競合", bold=True, center=True)
    sh.put("B10", "組織人員数（人）", bold=True)
    sh.put("C10", "62名", fill=YELLOW)
    sh.put("D10", 0, fill=YELLOW)
    sh.put("B11", "組織率（％）", bold=True)
    sh.put("C11", "67.4%", fill=YELLOW)
    sh.put("D11", 0, fill=YELLOW)
    sh.put("E11", "令和7年11月1日時点", fill=YELLOW)
    sh.put("B12", "未加入者数（人）", bold=True)
    sh.put("C12", 30, fill=YELLOW)
    sh.put("D12", 0, fill=YELLOW)
    sh.put("B14", "2025年", bold=True, border=False)
    for r, (label, value) in enumerate((("新規採用者数", "11（事務7・保健師1・保育士3）"),
                                        ("自治労加入者数", "7（事務5・保健師1・保育士1）"),
                                        ("競合加入者数", 0), ("未加入者数", "4（事務2・保育士2）")), start=15):
        sh.put(f"B{r}", label, bold=True)
        sh.merge(f"C{r}:D{r}", value, fill=YELLOW)
    sh.put("B19", "職員数（正規・非正規計）", bold=True)
    sh.put("C19", 92, fill=YELLOW)
    row = texts_below(sh, 21, S6_TEXTS)
    sh.put(f"B{row}", RATE_NOTE, border=False)
    book.save()
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/lo_profile", "--convert-to", "xls",
                    "--outdir", str(folder), str(src)], check=True, capture_output=True, timeout=300)
    if not (folder / (src.stem + ".xls")).exists():
        raise RuntimeError("LibreOffice did not write the .xls")


# ---------------------------------------------------------------- S7 富山
S7_TEXTS = {
    "new_hire_main": "4月採用の新規採用者15名を対象に、入庁式の翌週に説明会を開き、12名が加入した。"
                     "残り3名は未加入（うち2名は会計年度任用職員）。",
    "new_hire_ideas": "説明会では先輩組合員の体験談を話してもらっている。",
    "new_hire_worries": "会計年度任用職員への説明の機会が少ない。",
    "nonmember_main": "人事異動の時期に合わせて職場訪問をしている。",
    "nonmember_worries": "職員数が把握できておらず、未加入者の人数もはっきりしない。",
    "visibility": "組合ニュースを月1回発行している。",
    "labor_relations": "定期交渉のほか、必要に応じて事務折衝を行っている。",
    "differentiation": "競合なし",
    "questions": "職員数を当局から出してもらう方法を知りたい。",
}


def s7(folder: Path) -> None:
    book = OBook()
    sh = book.sheet("Sheet1")
    real_header(sh, "富山県本部", "仮名町職員労働組合", "仮名 さくら", "なし")
    sh.put("C9", "自治労", bold=True, center=True)
    sh.put("D9", "競合", bold=True, center=True)
    sh.put("B10", "組織人員数（人）", bold=True)
    sh.put("C10", "約150", fill=YELLOW)
    sh.put("D10", None, fill=YELLOW)
    sh.put("B11", "組織率（％）", bold=True)
    sh.put("C11", "不明（職員数把握できず）", fill=YELLOW)
    sh.put("D11", None, fill=YELLOW)
    sh.put("E11", "2025年10月時点", fill=YELLOW)
    sh.put("B12", "未加入者数（人）", bold=True)
    sh.put("C12", "？", fill=YELLOW)
    sh.put("D12", None, fill=YELLOW)
    sh.put("B14", "2025年", bold=True, border=False)
    for r, (label, value) in enumerate((("新規採用者数", "下記参照"), ("自治労加入者数", "下記参照"),
                                        ("競合加入者数", None), ("未加入者数", None)), start=15):
        sh.put(f"B{r}", label, bold=True)
        sh.put(f"C{r}", value, fill=YELLOW)
    row = texts_below(sh, 20, S7_TEXTS)
    sh.put(f"B{row}", RATE_NOTE, border=False)
    book.save(folder / "富山県本部_仮名町職員労働組合_アンケート.xlsx")


# ---------------------------------------------------------------- S8 岐阜
S8_TEXTS = {
    "new_hire_main": "入庁前の3月に内定者向けの案内を郵送し、4月の研修で説明会を行っている。",
    "new_hire_ideas": "加入申込をQRコードから出来るようにした。",
    "new_hire_worries": "職員数が多く、配属先ごとのフォローが追いつかない。",
    "nonmember_main": "支部ごとに未加入者リストを作り、年2回の加入月間を実施。",
    "nonmember_worries": "未加入者が2,500人以上おり、どこから手をつけるか悩んでいる。",
    "visibility": "動画で交渉報告を配信している。",
    "sharing_worries": "動画を見てもらえているのか分からない。",
    "labor_relations": "交渉は連合会としてまとめて行っている。",
    "differentiation": "旧全官公系の組合とは共闘する場面もあり、違いを強調しすぎないよう気を付けている。",
    "questions": "QRコードでの加入申込を行っている単組の手続きを知りたい。",
    "requests": "大規模単組どうしの情報交換の場がほしい。",
}


def s8(folder: Path) -> None:
    path = folder / "岐阜県本部_見本市職員組合連合会_アンケート.xlsx"
    book = XBook(path)
    sh = book.sheet("実態共有用アンケート")
    real_header(sh, "岐阜", "見本市職員組合連合会", "見本 隆", "旧全官公自治労連")
    sh.width("F", 22)
    sh.put("C9", "自治労", bold=True, center=True)
    sh.put("D9", "競合", bold=True, center=True)
    sh.put("B10", "組織人員数（人）", bold=True)
    sh.put("C10", "1,200～1,250", fill=YELLOW)
    sh.put("D10", "200前後", fill=YELLOW)
    sh.put("B11", "組織率（％）", bold=True)
    sh.put("C11", "3割程度", fill=YELLOW)
    sh.put("D11", "5%ほど", fill=YELLOW)
    sh.put("E11", "2025年11月上旬時点", fill=YELLOW)
    sh.put("B12", "未加入者数（人）", bold=True)
    sh.put("C12", "2,500人以上", fill=YELLOW)
    sh.put("D12", "2,500人以上", fill=YELLOW)
    sh.put("B14", "2025年", bold=True, border=False)
    for r, (label, value) in enumerate((("新規採用者数", "43（4/1付）"), ("自治労加入者数", 32), ("競合加入者数", 3),
                                        ("未加入者数", 8)), start=15):
        sh.put(f"B{r}", label, bold=True)
        sh.put(f"C{r}", value, fill=YELLOW)
    sh.put("F15", "正規職員約3,400名", border=False)
    sh.put("F16", "会計年度約600名", border=False)
    row = texts_below(sh, 20, S8_TEXTS)
    sh.put(f"B{row}", RATE_NOTE, border=False)
    book.save()


# ---------------------------------------------------------------- S9 京都
S9_TEXTS = {
    "new_hire_main": "新採研修の中で組合の時間を30分確保し、その場で申込書を回収している。",
    "new_hire_ideas": "会計年度任用職員の新採にも同じ説明会への参加を呼びかけている。",
    "new_hire_worries": "自治労連の説明会が同じ日にあり、比べられてしまう。",
    "nonmember_main": "分会ごとに担当を決めて声をかけている。",
    "nonmember_worries": "未加入者が1,000人を超え、全員には手が回らない。",
    "visibility": "LINE公式アカウントで情報発信している。",
    "sharing_worries": "登録者が組合員の半分程度にとどまる。",
    "labor_relations": "賃金交渉は自治労連と共闘で行うこともある。",
    "differentiation": "共済と全国ネットワークの強みを前面に出している。",
    "questions": "LINEの登録者を増やす工夫を聞きたい。",
    "requests": "会計年度任用職員向けのチラシがほしい。",
}


def s9(folder: Path) -> None:
    book = OBook()
    sh = book.sheet("アンケート")
    sh.width("A", 3)
    sh.width("B", 22)
    sh.width("C", 10)
    for c in "DEF":
        sh.width(c, 16)
    sh.put("A1", "実態共有用アンケート", bold=True, size=14, border=False)
    for r, (label, value) in enumerate((("県本部", "京都府本部"), ("単組", "架空市職員労働組合"), ("記入者お名前", "試験 直美"),
                                        ("上部団体", "全労連・自治労連")), start=2):
        sh.put(f"B{r}", label, bold=True)
        sh.merge(f"C{r}:E{r}", value, fill=YELLOW)
    sh.dropdown("C5", RIVALS)
    sh.put("A7", "組織の状況", bold=True, border=False)
    sh.put("D8", "自治労", bold=True, center=True)
    sh.put("E8", "競合", bold=True, center=True)
    sh.merge("B9:B11", "組織人員数（人）", bold=True)
    for r, (sub, j, rv) in enumerate((("正規", 640, 210), ("会計年度", 85, 15), ("計", 725, 225)), start=9):
        sh.put(f"C{r}", sub, bold=sub == "計")
        sh.put(f"D{r}", j, fill=YELLOW)
        sh.put(f"E{r}", rv, fill=YELLOW)
    sh.merge("B12:C12", "組織率（％）", bold=True)
    sh.put("D12", 34.7, fill=YELLOW)
    sh.put("E12", 10.8, fill=YELLOW)
    sh.merge("B13:C13", "未加入者数（人）", bold=True)
    sh.put("D13", "1,140", fill=YELLOW)
    sh.put("E13", "1,140", fill=YELLOW)
    sh.merge("B14:C14", "時点", bold=True)
    sh.merge("D14:E14", "2025年(令和7年)10月1日現在", fill=YELLOW)
    sh.merge("B15:B16", "職員数（人）", bold=True)
    sh.put("C15", "正規")
    sh.merge("D15:E15", 1480, fill=YELLOW, num="#,##0")
    sh.put("C16", "会計年度")
    sh.merge("D16:E16", 610, fill=YELLOW)
    sh.put("A18", "2025年 新規採用者", bold=True, border=False)
    for r, (label, value) in enumerate((("新規採用者数", "計52（正規45＋会計年度7）"), ("自治労加入者数", 38),
                                        ("競合加入者数", 6), ("未加入者数", 8)), start=19):
        sh.merge(f"B{r}:C{r}", label, bold=True)
        sh.merge(f"D{r}:E{r}", value, fill=YELLOW)
    sh.put("A24", "取り組みと悩み", bold=True, border=False)
    texts_below(sh, 25, S9_TEXTS)
    book.save(folder / "京都府本部_架空市職員労働組合_アンケート.xlsx")


# ---------------------------------------------------------------- S10 岡山
S10_TEXTS = {
    "new_hire_main": "新採歓迎会と組合説明会を同じ日に開いている。",
    "new_hire_ideas": "昨年加入した2年目の職員に説明役をお願いしている。",
    "new_hire_worries": "市民病院の新採は医労連に入ることが多い。",
    "nonmember_main": "未加入者に組合ニュースを配り、関心を持ってもらうようにしている。",
    "nonmember_worries": "退職者の補充が会計年度任用職員で、加入の声かけが難しい。",
    "visibility": "交渉結果を職場集会で直接報告している。",
    "sharing_worries": "集会に参加する組合員が固定化している。",
    "labor_relations": "病院当局との交渉は医労連が先行している。",
    "differentiation": "市役所と病院の両方を組織できることを訴えている。",
    "requests": "医労連と競合する単組の交流会を開いてほしい。",
}


def s10(folder: Path) -> None:
    path = folder / "岡山県本部_仮名市職労_アンケート.xlsx"
    book = XBook(path)
    sh = book.sheet("アンケート")
    sh.width("A", 3)
    sh.width("B", 36)
    for c in "CDE":
        sh.width(c, 22)
    sh.put("A1", "実態共有用アンケート", bold=True, size=14, border=False)
    for r, (label, value) in enumerate((("県本部", "岡山"), ("単組", "仮名市職員労働組合"), ("記入者お名前", "架空 修"),
                                        ("上部団体", "全労連・医労連")), start=3):
        sh.put(f"B{r}", label, bold=True)
        sh.put(f"C{r}", value, fill=YELLOW)
    sh.dropdown("C6", RIVALS)
    sh.put("C8", "自治労", bold=True, center=True)
    sh.put("D8", "競合", bold=True, center=True)
    rows = (("組織人員数（人）", "312（昨年298）", "41（昨年45）"),
            ("組織率（％）", "28.6％（前年27.0％）", "3.8パーセント"),
            ("未加入者数（人）", 738, 738),
            ("正規職員数（人）", 985, None),
            ("会計年度任用職員・パート等の非正規職員数（人）", 106, None))
    for r, (label, j, rv) in enumerate(rows, start=9):
        sh.put(f"B{r}", label, bold=True, wrap=True)
        sh.put(f"C{r}", j, fill=YELLOW)
        sh.put(f"D{r}", rv, fill=YELLOW)
    sh.put("E10", "2025/10/01時点", fill=YELLOW)
    sh.put("B15", "新規採用者", bold=True, border=False)
    sh.put("C16", "今年度（R7.4）", bold=True, center=True)
    sh.put("D16", "昨年度（R6.4）", bold=True, center=True)
    for r, (label, now, last) in enumerate((("新規採用者数", 21, 19), ("自治労加入者数", 15, 13), ("競合加入者数", 2, 1),
                                             ("未加入者数", 4, 5)), start=17):
        sh.put(f"B{r}", label, bold=True)
        sh.put(f"C{r}", now, fill=YELLOW)
        sh.put(f"D{r}", last)
    sh.put("B21", "※昨年度の数字は前回アンケートの回答です", border=False)
    texts_below(sh, 23, S10_TEXTS, cols=("B", "E"))
    book.save()


# ---------------------------------------------------------------- S11 奈良
S11_TEXTS = {
    "new_hire_main": "4月に歓迎会を開き、加入の呼びかけをしている。",
    "new_hire_ideas": "特になし",
    "new_hire_worries": "保育士の新採が自治労連に入った。",
    "nonmember_main": "個別に声をかけている。",
    "nonmember_worries": "未加入者が半数近くいて、なかなか減らない。",
    "visibility": "回覧で組合ニュースを回している。",
    "labor_relations": "町当局とは年2回交渉している。",
    "differentiation": "県本部の支援を受けられることを伝えている。",
}


def s11(folder: Path) -> None:
    book = OBook()
    sh = book.sheet("アンケート")
    real_header(sh, "奈良県本部", "見本町職員組合", "見本 静香", "全労連・自治労連")
    sh.put("A8", "組織の状況（2025年11月現在）", bold=True, border=False)
    sh.put("C9", "自治労", bold=True, center=True)
    sh.put("D9", "競合", bold=True, center=True)
    sh.put("B10", "組織人員数（人）", bold=True)
    sh.put("C10", "６０名", fill=YELLOW)
    sh.put("D10", "３名", fill=YELLOW)
    sh.put("B11", "組織率（％）", bold=True)
    sh.put("C11", "60/120", fill=YELLOW)
    sh.put("D11", "3/120", fill=YELLOW)
    sh.put("E11", "　　年　　月時点", fill=YELLOW)
    sh.put("B12", "未加入者数（人）", bold=True)
    sh.put("C12", "５７名", fill=YELLOW)
    sh.put("D12", "５７名", fill=YELLOW)
    sh.put("B13", "正規職員数（人）", bold=True)
    sh.put("C13", 102, fill=YELLOW)
    sh.put("B14", "非正規職員数（人）", bold=True)
    sh.put("C14", 18, fill=YELLOW)
    sh.put("A16", "2025年4月　新規採用者", bold=True, border=False)
    for col, head in zip("BCDEF", ("職種", "新規採用者数", "自治労加入者数", "競合加入者数", "未加入者数")):
        sh.put(f"{col}17", head, bold=True, center=True)
    for r, line in enumerate((("事務", 3, 2, 0, 1), ("技術", 1, 1, 0, 0), ("保育", 2, 1, 1, 0)), start=18):
        for col, v in zip("BCDEF", line):
            sh.put(f"{col}{r}", v, fill=YELLOW if col != "B" else None)
    row = texts_below(sh, 23, S11_TEXTS)
    sh.put(f"B{row}", RATE_NOTE, border=False)
    book.save(folder / "奈良県本部_見本町職員組合_アンケート.xlsx")


# ---------------------------------------------------------------- S12 鹿児島
S12_TEXTS = {
    "new_hire_main": "採用前の説明会と4月の新採研修の2回、加入を呼びかけている。",
    "new_hire_ideas": "職種別に担当役員を置き、配属後1か月以内に職場訪問している。",
    "new_hire_worries": "看護職の新採は夜勤があり、説明の時間が取りにくい。",
    "nonmember_main": "未加入者の多い出先職場を執行委員で分担して回っている。",
    "nonmember_worries": "未加入の理由を聞いても、はっきり答えてもらえない。",
    "visibility": "交渉の節目ごとにニュースとメールで報告している。",
    "sharing_worries": "メールアドレスを登録していない組合員が多い。",
    "labor_relations": "当局とは協議の場が定着しているが、人員要求は厳しい回答が続く。",
    "differentiation": "自治労連とは職場で対立しないよう気を付けている。",
    "questions": "看護職の新採対策について聞きたい。",
    "requests": "県本部のオルグ派遣を続けてほしい。",
}
S12_LAST_TEXTS = {  # last year's answers on the 「R6回答」 sheet
    "new_hire_main": "（R6）4月の新採研修で加入を呼びかけた。",
    "new_hire_ideas": "（R6）青年部による歓迎会を開いた。",
    "new_hire_worries": "（R6）説明会に出られない新採がいる。",
    "nonmember_main": "（R6）職場訪問を行った。",
    "nonmember_worries": "（R6）特になし",
    "visibility": "（R6）ニュースを発行した。",
    "sharing_worries": "（R6）特になし",
    "labor_relations": "（R6）定期交渉を行った。",
    "differentiation": "（R6）特になし",
    "questions": None,
    "requests": "（R6）オルグ派遣をお願いしたい。",
}


def _s12_sheet(sh, numbers, as_of, intake, texts, note):
    real_header(sh, "鹿児島", "架空市職員労働組合", "仮名 健太", None)
    sh.width("D", 18)
    sh.put("C9", "自治労", bold=True, center=True)
    sh.put("D9", "競合（自治労連）", bold=True, center=True)
    for r, (label, (j, rv)) in enumerate(zip(("組織人員数（人）", "組織率（％）", "未加入者数（人）"), numbers), start=10):
        sh.put(f"B{r}", label, bold=True)
        sh.put(f"C{r}", j, fill=YELLOW, num="#,##0" if isinstance(j, int) else None)
        sh.put(f"D{r}", rv, fill=YELLOW, num="#,##0" if isinstance(rv, int) else None)
    sh.put("E11", as_of, fill=YELLOW, num='[$-411]ggge"年"m"月"d"日時点"')
    sh.put("B14", f"{as_of.year}年", bold=True, border=False)
    for r, (label, value) in enumerate(zip(("新規採用者数", "自治労加入者数", "競合加入者数", "未加入者数"), intake), start=15):
        sh.put(f"B{r}", label, bold=True)
        sh.put(f"C{r}", value, fill=YELLOW)
    if note:
        sh.put("E15", note, border=False)
    row = texts_below(sh, 20, texts)
    sh.put(f"B{row}", RATE_NOTE, border=False)


def s12(folder: Path) -> None:
    path = folder / "鹿児島県本部_架空市職員労働組合_アンケート（R7）.xlsx"
    book = XBook(path)
    _s12_sheet(book.sheet("R7回答"), ((1846, "約60"), ("46.2％（1,846／3,996）", "1.5%"), (2090, 2090)),
               dt.date(2025, 10, 1), (105, 71, 4, 30), S12_TEXTS, "（内訳：事務62、技術23、保育12、看護8）")
    _s12_sheet(book.sheet("R6回答"), ((1830, "約55"), ("45.8%", "1.4%"), (2110, 2110)),
               dt.date(2024, 10, 1), (98, 66, 5, 27), S12_LAST_TEXTS, None)
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
    for make in (s1, s2, s3, s4, s5, s7, s8, s9, s10, s11, s12):
        make(survey)
    with tempfile.TemporaryDirectory(prefix="legacy22-xls-") as tmp:
        s6(survey, Path(tmp))
    return {"report": report, "survey": survey}


if __name__ == "__main__":
    import sys

    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/legacy22")
    print(build(out))
