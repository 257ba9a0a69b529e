"""Twenty-sixth, independent set of legacy-style fixtures (tests/legacy26), made to measure GENERALISATION.

Theme: CHARACTERS -- ordinary legacy layouts (label｜answer, check items with ☑ / □ or ○ columns, the survey's
組織の状況 / 新規採用者 figures, free texts) where the TEXT itself carries what real Japanese office PCs and phones
produce: half-width katakana (ｼﾞﾁﾛｳ, ｱﾝｹｰﾄ, ｵﾙｸﾞ with a separate half-width dakuten), kanji numerals in counts
(「十二人」 「百二十」 「二〇」 「五三五」), 旧字体 / IVS variants in names (髙, 﨑, 邊 + U+E0100), zero-width spaces,
NBSP, ideographic spaces and a trailing U+2028 inside labels and numbers, full-width and half-width brackets and
colons mixed in labels (「県名:」 「県名：」 「県名（）」 「組織率（%)」), ～ / 〜 / ~ in ranges, the minus signs − － ‐ ー,
circled numbers ①–⑱ numbering items and questions, ㈱ and ㍻ / ㋿ ligatures, emoji in free texts, CRLF and lone CR
inside cells (written by XlsxWriter as Excel does: 「_x000D_」), and NFD text from a Mac (combining dakuten).
Reports are made in February 2027 (令和9年; sections 「2027年4月新規採用者対策」 「2027年3月末の…」); surveys give
figures as of October - November 2026 (令和8年) and the intake of 2026年4月.  Every name, union and sentence is
invented for this set (試験 / 見本 / 架空 / 仮名 / 例示); only printed labels follow the real form.  Nothing here
imports the reader.

REPORTS (header label B｜answer C; s1 label B｜text C; per section: mark A｜item B｜text D, or item A｜実施 B｜未実施 C)
R1 北海道 (openpyxl): header labels 「県名:」 「作成日：」 「作成者:」 「確認者：」 (half/full-width colons); 作成日
   「㋿9年2月3日」 (U+32FF); names 「髙橋 見本」 「山﨑 仮名」 (U+9AD9, U+FA11); items in half-width katakana
   (「…同時加入に向けたﾂｰﾙの提供」, 「県本部・県支部合同の単組ｵﾙｸﾞの実施」 in s3 and s5, 「ｼﾞﾁﾛｳ共済のｱﾋﾟｰﾙ」,
   「ﾏﾆｭｱﾙの単組への配布」, the s6 last item with half-width 「｢｣」 and 「､」), the s6 title 「6．ｼﾞﾁﾛｳ共済推進ﾏﾆｭｱﾙの…」; ☑ / □; one s1 text with half-width
   katakana (「ｱﾝｹｰﾄ」), emoji 👍 📨 in texts.
R2 新潟 (XlsxWriter): header labels with a trailing CRLF 「県　名⏎」 and a lone CR 「作成者␍」; 確認者 「見本 拓也⏎」
   (a trailing CRLF); 作成日 full width
   「令和９年２月１０日」; the marks as ○ in 「実施｜未実施」 columns (one item with neither: unanswered); the s6 last
   item wrapped with a CRLF; the ○ typed as ○ (U+25CB), ◯ (U+25EF) or 〇 (U+3007) as the IME offered; s1 labels with a CRLF inside; texts with CRLF and lone CR line breaks, emoji 💪 🙏.
R3 静岡 (openpyxl, made on a Mac: EVERY string NFD): combining dakuten in labels (「…単組オルグの実施」 as
   ク+U+3099, 「じちろう共済のアピール」, the s6 title) and texts; header labels 「県名（）」 「作成日()」 「作成者（ ）」
   「確認者( )」 with the answer in the next cell; 作成日 in kanji 「二〇二七年二月十二日」; marks 「☑︎」 (with U+FE0E) / 「□」; 〜 and emoji 📱
   in texts.
R4 広島 (openpyxl, pasted from a phone / chat): zero-width spaces, NBSP, ideographic spaces and a trailing U+2028 in
   header and s1 labels (「県\u3000名\u2028」, 「作\u200b成\u200b日」, 「作成者\u00a0」); 県名 「\u200b広島」; 作成日
   「令和9年2月１５日」 (half / full-width digits mixed); every item numbered ①–⑱ through the report 「③\u3000組合と…」;
   a BOM U+FEFF before / after two item labels (s3 meeting, s5 progress); ■ / □; texts with ① ② lists, ☺️ (U+FE0F), NBSP.
R5 鹿児島 (XlsxWriter): labels with mixed brackets 「作成日（提出日)」 「作成者(担当)」; 作成日 「2027年2月17日(水)」; names
   「宮﨑 架空」 and 「渡邊󠄀 試験」 (邊 + VS17 U+E0100, an IVS); the s5 item 「…単組オルク゛の実施」 with the SPACING
   dakuten U+309B after ク (an old system's way to write グ); marks ✔ / □; texts with ㈱, ㍻, ～ ~ 〜 ranges, the
   minus signs 「−18件」 「－3単組」 「‐2人」, emoji 🙇; a ※ note under the form with an emoji (an extra).

SURVEYS (label B｜自治労 C｜競合 D; intake B｜C; texts label B｜answer C merged C:H)
S1 青森 (openpyxl): title 「実態共有用ｱﾝｹｰﾄ（2026年度）」; 上部団体 「全労連･自治労連」 (half-width middle dot U+FF65);
   記入者 in half-width katakana 「ﾐﾎﾝ ﾕｳｷ」; the 非正規 label 「会計年度任用職員・ﾊﾟｰﾄ等の…」; counts in kanji numerals
   「三百四十五人」 「四十」 「二百七十」 「五三五」 「百二十」, intake 「二〇」 「十二人」 「三」 「五人」; 時点 「㋿8年11月1日」.
S2 福井 (XlsxWriter): CRLF / lone CR inside labels (「組織人員数⏎（人）」, 「未加入者数␍（人）」, 「組合活動の⏎可視化」) and
   after numbers (「218⏎」, 「55␍」) and after the union name; 上部団体 「ﾅｼ」 (half-width katakana) and the 競合 column
   「－」; 時点 「令和８年１１月１日」; texts with
   CRLF / lone CR and emoji 🎉 💦.
S3 岐阜 (openpyxl, a Mac: EVERY string NFD): labels with combining dakuten (「…悩んでいること」, 「労使関係・交渉など」,
   「会計年度任用職員・パート等…」, each as base + U+3099 / U+309A); 記入者 「見本 じゅんこ」 (NFD); full-width 「４２０」; 時点 in kanji 「二〇二六年十月一日」;
   texts with 〜 and emoji 🌸.
S4 長崎 (openpyxl, pasted from a phone / chat): a BOM U+FEFF, ZWSP, NBSP, ideographic spaces, trailing U+2028 in
   labels (「\ufeff県本部\u200b」, 「組織人員数\u200b（人）」, 「時\u3000点」, 「上部団体\u2028」) and numbers (「\u200b1,020」, 「45.7\u2028」,
   「３８０\u3000」); 上部団体 「旧全官公自治労連\u200b」; texts with − － ‐ before numbers.
S5 大分 (XlsxWriter): labels with mixed brackets and colons (「県本部：」 「単組:」 「組織率（%)」 「未加入者数(人）」);
   union 「架空髙原町職員組合」; 記入者 「渡邊󠄀 見本」 (IVS); 時点 「R8.10.1」; the free-text questions numbered
   ①–⑪ (「①新採加入の主な取り組み」); 競合加入者数 「‐」; texts with ㈱, ㍻, ～ / ~ / 〜 and emoji ✨.
"""
from __future__ import annotations

import shutil
import unicodedata
from pathlib import Path

import openpyxl
import xlsxwriter
from openpyxl.styles import Alignment, Font

FY = 2026
Y1 = FY + 1
ZW, NB, IS, LS = "\u200b", "\u00a0", "\u3000", "\u2028"
VS17 = "\U000E0100"


# ---------------------------------------------------------------- two thin writers with one vocabulary
class OSheet:
    def __init__(self, ws, conv=None):
        self.ws, self.conv = ws, conv

    def put(self, ref, value, *, bold=False, wrap=False, center=False, merge=None):
        if isinstance(value, str) and self.conv:
            value = self.conv(value)
        c = self.ws[ref]
        c.value = value
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
    def __init__(self, conv=None):
        self.wb = openpyxl.Workbook()
        self.conv = conv
        self._first = True

    def sheet(self, name):
        if self.conv:
            name = self.conv(name)
        if self._first:
            ws, self._first = self.wb.active, False
            ws.title = name
        else:
            ws = self.wb.create_sheet(name)
        return OSheet(ws, self.conv)

    def save(self, path):
        self.wb.save(path)


class XSheet:
    def __init__(self, book, ws):
        self.book, self.ws = book, ws

    def put(self, ref, value, *, bold=False, wrap=False, center=False, merge=None):
        key = (bold, wrap, center)
        if key not in self.book.formats:
            d = {"valign": "top" if wrap else "vcenter", "font_name": "ＭＳ Ｐゴシック"}
            if bold:
                d["bold"] = True
            if wrap:
                d["text_wrap"] = True
            if center:
                d["align"] = "center"
            self.book.formats[key] = self.book.wb.add_format(d)
        f = self.book.formats[key]
        if merge:
            self.ws.merge_range(f"{ref}:{merge}", None, f)
        if isinstance(value, (int, float)):
            self.ws.write_number(ref, value, f)
        else:
            self.ws.write_string(ref, value, f)

    def width(self, cols, w):
        for col in cols:
            self.ws.set_column(f"{col}:{col}", w)


class XBook:
    def __init__(self, path):
        self.path = path
        self.wb = xlsxwriter.Workbook(str(path))
        self.formats = {}

    def sheet(self, name):
        return XSheet(self, self.wb.add_worksheet(name))

    def save(self, path=None):
        self.wb.close()


def nfd(s: str) -> str:
    return unicodedata.normalize("NFD", s)


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


def report_form(sh, d, *, circles=False):
    """The ordinary legacy layout: header B｜C, s1 label B｜text C, sections mark A｜item B｜text D
    (or, with d['columns'], item A｜実施 B｜未実施 C｜text D)."""
    sh.width("A", 8 if not d.get("columns") else 60)
    sh.width("B", 60 if not d.get("columns") else 8)
    sh.width("C", 14 if not d.get("columns") else 8)
    sh.width("DEF", 20)
    sh.put("A1", REPORT_TITLE, bold=True, merge="F1")
    labels = d.get("header_labels", HEADER_LABELS)
    for i, (label, value) in enumerate(zip(labels, d["header"])):
        sh.put(f"B{3 + i}", label)
        sh.put(f"C{3 + i}", value, merge=f"E{3 + i}")
    titles = dict(TITLES, **d.get("titles", {}))
    sh.put("A8", f"{NUM[0]}．{titles['s1']}", merge="F8")
    sh.put("A9", S1_NOTE, merge="F9")
    row = 10
    for label, text in zip(d.get("s1_labels", S1_LABELS), d["s1"]):
        sh.put(f"B{row}", label, wrap=True)
        sh.put(f"C{row}", text, wrap=True, merge=f"F{row + 2}")
        row += 4
    n_item = 0
    circled = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
    for n, sec in enumerate(SECS, start=2):
        sh.put(f"A{row}", f"{NUM[n - 1]}．{titles[sec]}", merge=f"F{row}")
        if d.get("columns"):
            sh.put(f"A{row + 1}", "取り組み内容", center=True)
            sh.put(f"B{row + 1}", "実施", center=True)
            sh.put(f"C{row + 1}", "未実施", center=True)
        else:
            sh.put(f"A{row + 1}", MARK_HEAD, merge=f"C{row + 1}")
        sh.put(f"D{row + 1}", CONCRETE, merge=f"F{row + 1}")
        first = row + 2
        items = d.get("items", {})
        for i, (label, mark) in enumerate(zip(ITEMS[sec], d["marks"][sec])):
            label = items.get((sec, i), label)
            if circles:
                label = f"{circled[n_item]}{IS}{label}"
            n_item += 1
            r = first + i
            if d.get("columns"):
                sh.put(f"A{r}", label, wrap=True)
                circle = d.get("circles", {}).get((sec, i), "○")
                if mark is True:
                    sh.put(f"B{r}", circle, center=True)
                elif mark is False:
                    sh.put(f"C{r}", circle, center=True)
            else:
                sh.put(f"A{r}", d["glyphs"][mark], center=True)
                sh.put(f"B{r}", label, wrap=True, merge=f"C{r}")
        last = max(first + len(ITEMS[sec]) - 1, first + 2)
        sh.put(f"D{first}", d["texts"][sec], wrap=True, merge=f"F{last}")
        row = last + 2
    return row


# ---------------------------------------------------------------- R1 北海道 (half-width katakana, colons, ㋿)
R1 = dict(
    header_labels=("県名:", "作成日：", "作成者:", "確認者："),
    header=("北海道", "㋿9年2月3日", "髙橋 見本", "山﨑 仮名"),
    titles={"s6": "ｼﾞﾁﾛｳ共済推進ﾏﾆｭｱﾙの単組への落し込みや活用方法の提示など"},
    items={("s3", 0): "組合と団体生命共済の同時加入に向けたﾂｰﾙの提供",
           ("s3", 1): "県本部・県支部合同の単組ｵﾙｸﾞの実施",
           ("s4", 2): "ｼﾞﾁﾛｳ共済のｱﾋﾟｰﾙ",
           ("s5", 1): "県本部・県支部合同の単組ｵﾙｸﾞの実施",
           ("s6", 1): "ﾏﾆｭｱﾙの単組への配布",
           ("s6", 3): f"単組執行部オルグ等において､各単組が｢{Y1}年3月末退職予定者対策｣｢{Y1}年4月新採取り組み｣にむけて､"
                      "推進計画の立案や具体的な実行内容を協議する際に本マニュアルを参照するように提案"},
    glyphs={1: "☑", 0: "□"},
    s1=("6月時点の新規加入は目標の31％。単組ｱﾝｹｰﾄでは道東の単組で共済の認知度が低かった。",
        "10月から道東・道北の14単組を訪問した。1月末で目標の55％👍",
        "新採の同時加入と、道東地域での共済の周知。"),
    marks={"s2": (1, 1), "s3": (1, 1, 0, 1, 1, 0, 1), "s4": (1, 0, 1), "s5": (1, 0), "s6": (1, 1, 0, 0)},
    texts={"s2": "交付金は規程にもとづき年2回支払っている。使途は報告書で把握している。",
           "s3": "2月に新採対策会議を開き、同時加入の案内を各単組に送った📨",
           "s4": "組織化方針を単組に提起し、共済のチラシを配った。",
           "s5": "推進委員会で毎月の進捗を確認している。",
           "s6": "冊子を執行委員会で確認し、全単組に郵送した。"},
)


def r1(folder: Path) -> None:
    book = OBook()
    sh = book.sheet("報告書")
    d = dict(R1)
    d["marks"] = {k: tuple(bool(m) for m in v) for k, v in R1["marks"].items()}
    d["glyphs"] = {True: "☑", False: "□"}
    report_form(sh, d)
    book.save(folder / "北海道本部_共済推進取り組み報告書.xlsx")


# ---------------------------------------------------------------- R2 新潟 (CRLF / lone CR; ○ columns)
R2 = dict(
    header_labels=("県　名\r\n", "作成日", "作成者\r", "確認者"),
    header=("新潟", "令和９年２月１０日", "例示 恵美", "見本 拓也\r\n"),
    s1_labels=("目標達成にむけた進捗と課題\r\n（6月報告の内容）", "目標達成にむけた進捗と課題\r\n（6月報告以降の取り組みと課題）",
               "今後、重点的に取り組む課題"),
    s1=("6月時点の新規加入は目標の27％。\r\n上越地域の単組で伸び悩んでいる。",
        "9月から上越地域の8単組を訪問した。\r1月末で目標の50％に届いた💪",
        "新採の同時加入の徹底。\r\n退職予定者への継続加入の案内。"),
    items={("s6", 3): f"単組執行部オルグ等において、各単組が「{Y1}年3月末退職予定者対策」\r\n「{Y1}年4月新採取り組み」にむけて、"
                      "推進計画の立案や具体的な実行内容を協議する際に本マニュアルを参照するように提案"},
    columns=True,
    circles={("s3", 2): "◯", ("s3", 4): "◯", ("s5", 0): "◯", ("s6", 1): "〇", ("s6", 3): "〇"},
    marks={"s2": (True, False), "s3": (True, False, True, True, False, True, False), "s4": (True, None, True),
           "s5": (False, True), "s6": (True, True, True, False)},
    texts={"s2": "規程どおり支払っている。\r\n使途の把握は来年度から始める。",
           "s3": "学習会を1月に開いた。\r同時加入の方針を提起した🙏",
           "s4": "組織化方針を提起した。\r\nチラシで共済をアピールした。",
           "s5": "県支部と合同で2単組をオルグした。",
           "s6": "冊子を確認し、全単組に配布した。\r\n代表者会議で活用方法を周知した。"},
)


def r2(folder: Path) -> None:
    book = XBook(folder / "新潟県本部_報告書.xlsx")
    sh = book.sheet("Sheet1")
    report_form(sh, R2)
    book.save()


# ---------------------------------------------------------------- R3 静岡 (a Mac: NFD everywhere; 県名（）)
R3 = dict(
    header_labels=("県名（）", "作成日()", "作成者（ ）", "確認者( )"),
    header=("静岡", "二〇二七年二月十二日", "架空 美和", "仮名 ゆずは"),
    glyphs={True: "☑\ufe0e", False: "□"},
    s1=("6月時点の新規加入は目標の35％。伊豆地域の単組で伸び悩んでいる。",
        "10月〜12月に伊豆地域の7単組を訪問した。1月末で目標の58％。",
        "伊豆地域の単組への支援と、新採の同時加入。"),
    marks={"s2": (True, False), "s3": (True, True, False, False, True, True, False), "s4": (False, True, True),
           "s5": (True, True), "s6": (True, False, True, False)},
    texts={"s2": "規程にもとづき、上期と下期に分けて支払っている。",
           "s3": "LINEで4月〜6月に3回、同時加入の案内を送った📱 県支部と合同で5単組をオルグした。",
           "s4": "説明会を2月に開き、じちろう共済のパンフレットを配った。",
           "s5": "推進委員会で進捗を確認し、県支部と合同でモデル単組を訪問した。",
           "s6": "冊子を執行委員会で確認した。代表者会議でマニュアルの使い方を説明した。"},
)


def r3(folder: Path) -> None:
    book = OBook(conv=nfd)
    sh = book.sheet("報告書")
    report_form(sh, R3)
    book.save(folder / "静岡県本部_取り組み報告書.xlsx")


# ---------------------------------------------------------------- R4 広島 (ZWSP / NBSP / U+2028; ①–⑱)
R4 = dict(
    header_labels=(f"県{IS}名{LS}", f"作{ZW}成{ZW}日", f"作成者{NB}", f"確認者{IS}{IS}"),
    header=(f"{ZW}広島", "令和9年2月１５日", "例示 直樹", f"見本{IS}聡子"),
    s1_labels=(f"目標達成にむけた進捗と課題（6月報告の内容）{LS}", f"目標達成にむけた進捗と課題{ZW}（6月報告以降の取り組みと課題）",
               f"今後、重点的に取り組む課題{NB}"),
    items={("s3", 3): "\ufeff県本部新採対策会議の開催", ("s5", 0): "県本部共済推進委員会で進捗確認\ufeff"},
    glyphs={True: "■", False: "□"},
    s1=("6月時点の新規加入は目標の28％。\n①県北の単組で伸び悩み\n②新採の同時加入が低調",
        f"11月に県北の6単組を訪問した。{NB}1月末で目標の51％☺️",
        "①県北地域の単組の支援\n②新採の同時加入の徹底"),
    marks={"s2": (True, True), "s3": (False, True, True, True, False, False, True), "s4": (True, True, False),
           "s5": (True, False), "s6": (False, True, True, True)},
    texts={"s2": "規程にもとづき支払い、使途の報告を受けている。",
           "s3": "①合同オルグ 4単組\n②執行部学習会 12月\n③新採対策会議 1月",
           "s4": "組織化方針を提起し、対象者向けの説明会を3月に開く。",
           "s5": "推進委員会で毎月の進捗を確認している。",
           "s6": f"マニュアルを全単組に配布した。{NB}代表者会議と単組オルグで活用を呼びかけた。"},
)


def r4(folder: Path) -> None:
    book = OBook()
    sh = book.sheet("Sheet1")
    report_form(sh, R4, circles=True)
    book.save(folder / "広島県本部_共済推進取り組み報告書.xlsx")


# ---------------------------------------------------------------- R5 鹿児島 (IVS, ㈱ ㍻, ranges, minus signs)
R5 = dict(
    header_labels=("県名", "作成日（提出日)", "作成者(担当)", "確認者"),
    header=("鹿児島", "2027年2月17日(水)", "宮﨑 架空", f"渡邊{VS17} 試験"),
    items={("s5", 1): "県本部・県支部合同の単組オルク゛の実施"},
    glyphs={True: "✔", False: "□"},
    s1=("6月時点の新規加入は目標の22％。12月末の新規加入は前年同期比−18件。",
        "離島の単組を1月～2月に訪問した。㈱見本損保の自動車保険からマイカー共済への切り替えを勧めている。",
        "離島単組の支援と、新採の同時加入の徹底。"),
    marks={"s2": (True, False), "s3": (True, False, False, True, True, True, False), "s4": (True, True, True),
           "s5": (False, True), "s6": (True, True, False, True)},
    texts={"s2": "交付金は規程どおり支払った。使途を報告した単組は前年より－3単組。",
           "s3": "新採の同時加入を提起した。昨年度の未加入は‐2人減った。",
           "s4": "㍻の初めに採用された職員の退職が続く。説明会は2月〜3月に開く。",
           "s5": "11月~12月に県支部と合同でモデル単組をオルグした🙇",
           "s6": "冊子を執行委員会で確認し、全単組に配布した。オルグで参照を提案した。"},
    note="※作成者は4月に異動します。後任は追ってお知らせします🙇",
)


def r5(folder: Path) -> None:
    book = XBook(folder / "鹿児島県本部_取組報告書_2026.xlsx")
    sh = book.sheet("報告書")
    row = report_form(sh, R5)
    sh.put(f"A{row + 1}", R5["note"], merge=f"F{row + 1}")
    book.save()


# ---------------------------------------------------------------- the survey form (FY2026)
SURVEY_TITLE = f"実態共有用アンケート（{FY}年度）"
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
S_HEADER = ("県本部", "単組", "記入者お名前", "上部団体")
S_ORG = ("組織人員数（人）", "組織率（％）", "未加入者数（人）", "時点", "正規職員数（人）",
         "会計年度任用職員・パート等の非正規職員数（人）")
S_INTAKE = ("新規採用者数", "自治労加入者数", "競合加入者数", "未加入者数")
RATE_NOTE = "※組織率＝組合員数／（正規職員数＋会計年度任用職員やパート職員など非正規職員数）×100"


def survey_form(sh, d):
    sh.width("A", 4)
    sh.width("B", 44)
    sh.width("CDEFGH", 14)
    sh.put("A1", d.get("title", SURVEY_TITLE), bold=True, merge="H1")
    for i, (label, value) in enumerate(zip(d.get("header_labels", S_HEADER), d["header"])):
        sh.put(f"B{3 + i}", label)
        if value is not None:
            sh.put(f"C{3 + i}", value, merge=f"E{3 + i}")
    sh.put("A8", "組織の状況")
    sh.put("C9", "自治労", center=True)
    sh.put("D9", "競合", center=True)
    labels = d.get("org_labels", S_ORG)
    members, rates, nonmembers, as_of, regular, nonregular = d["org"]
    for row, label, pair in ((10, labels[0], members), (11, labels[1], rates), (12, labels[2], nonmembers)):
        sh.put(f"B{row}", label, wrap=True)
        sh.put(f"C{row}", pair[0])
        if pair[1] is not None:
            sh.put(f"D{row}", pair[1])
    sh.put("B13", labels[3])
    sh.put("C13", as_of, merge="D13")
    sh.put("B14", labels[4])
    sh.put("C14", regular)
    sh.put("B15", labels[5], wrap=True)
    sh.put("C15", nonregular)
    sh.put("B16", RATE_NOTE, merge="H16")
    sh.put("A18", f"{FY}年 新規採用者")
    for i, (label, value) in enumerate(zip(d.get("intake_labels", S_INTAKE), d["intake"])):
        sh.put(f"B{19 + i}", label)
        sh.put(f"C{19 + i}", value)
    sh.put("A24", "取り組みと悩み")
    tl = dict(TEXT_LABELS, **d.get("text_labels", {}))
    for i, key in enumerate(ORDER):
        r = 25 + 2 * i
        sh.put(f"B{r}", tl[key], wrap=True)
        sh.put(f"C{r}", d["texts"][key], wrap=True, merge=f"H{r + 1}")


# ---------------------------------------------------------------- S1 青森 (kanji numerals, half-width katakana, ㋿)
S1 = dict(
    title="実態共有用ｱﾝｹｰﾄ（2026年度）",
    header=("青森県本部", "見本市職員労働組合", "ﾐﾎﾝ ﾕｳｷ", "全労連･自治労連"),
    org_labels=S_ORG[:5] + ("会計年度任用職員・ﾊﾟｰﾄ等の非正規職員数（人）",),
    org=(("三百四十五人", "四十"), ("52.7", "6.1"), ("二百七十", "二百七十"), "㋿8年11月1日", "五三五", "百二十"),
    intake=("二〇", "十二人", "三", "五人"),
    texts={"new_hire_main": "辞令交付式の後に説明会を開き、その場で加入を呼びかけている。",
           "new_hire_ideas": "青年部の役員が職場を案内しながら話をしている。",
           "new_hire_worries": "競合組合の勧誘が辞令交付の前に入る。",
           "nonmember_main": "未加入者に年2回、委員長の手紙を届けている。",
           "nonmember_worries": "長年の未加入者への声かけが難しい。",
           "visibility": "交渉の結果を組合ニュースで全職員に配っている📰",
           "sharing_worries": "出先の職場にニュースが届くのが遅い。",
           "labor_relations": "市当局とは年3回交渉している。",
           "differentiation": "共済と全国のネットワークを伝えている。",
           "questions": "競合と併存する単組の新採説明会の工夫を知りたい。",
           "requests": "特になし"},
)


def s1(folder: Path) -> None:
    book = OBook()
    sh = book.sheet("ｱﾝｹｰﾄ")
    survey_form(sh, S1)
    book.save(folder / "青森県本部_見本市職員労働組合_ｱﾝｹｰﾄ.xlsx")


# ---------------------------------------------------------------- S2 福井 (CRLF / lone CR; 「－」)
S2 = dict(
    header=("福井県本部", "試験町職員組合\r", "例示 和子", "ﾅｼ"),
    org_labels=("組織人員数\r\n（人）", "組織率（％）", "未加入者数\r（人）", "時点", "正規職員数（人）",
                "会計年度任用職員・パート等の\r\n非正規職員数（人）"),
    org=(("218\r\n", "－"), ("61.4", "－"), ("137", "－"), "令和８年１１月１日", "300", "55\r"),
    intake_labels=("新規採用者数\r\n", "自治労加入者数", "競合加入者数", "未加入者数"),
    intake=("14", "11", "0", "3"),
    text_labels={"visibility": "組合活動の\r\n可視化", "questions": "他の単組・他の県本部に\r聞いてみたいこと"},
    texts={"new_hire_main": "4月の新採研修で説明会を開いた🎉\r\n11人が加入した。",
           "new_hire_ideas": "昼食会を開き、先輩と話せる場を作っている。",
           "new_hire_worries": "保育士の新採に会う機会が少ない💦",
           "nonmember_main": "職場委員と一緒に年1回職場を回っている。\r未加入者には個別に声をかけている。",
           "nonmember_worries": "会計年度任用職員への声かけが遅れている。",
           "visibility": "組合だよりを毎月発行している。\r\n掲示板も更新している。",
           "sharing_worries": "なし",
           "labor_relations": "町当局とは年2回交渉している。\r\n人員確保の要求が一部前進した。",
           "differentiation": "競合組合はない。",
           "questions": "小規模単組の役員の選び方を知りたい。",
           "requests": "新採向けの説明資料がほしい。"},
)


def s2(folder: Path) -> None:
    book = XBook(folder / "福井県本部_試験町職員組合_アンケート.xlsx")
    sh = book.sheet("アンケート")
    survey_form(sh, S2)
    book.save()


# ---------------------------------------------------------------- S3 岐阜 (a Mac: NFD everywhere)
S3 = dict(
    header=("岐阜", "架空市職員組合", "見本 じゅんこ", "全労連・医労連"),
    org=(("４２０", "95"), ("38.2", "8.6"), ("585", "585"), "二〇二六年十月一日", "880", "220"),
    intake=("30", "21", "4", "5"),
    texts={"new_hire_main": "採用前の説明会で組合を紹介している。",
           "new_hire_ideas": "4月〜5月に先輩との座談会を開いている🌸",
           "new_hire_worries": "病院職場では競合組合の加入が先になる。",
           "nonmember_main": "人事異動の後に職場委員が未加入者を訪ねている。",
           "nonmember_worries": "夜勤のある職場の未加入者に会えない。",
           "visibility": "ホームページとメールで交渉の経過を伝えている。",
           "sharing_worries": "若い組合員がメールを読まない。",
           "labor_relations": "市当局とは年2回交渉し、夜勤手当の改善が前進した。",
           "differentiation": "共済の給付の手厚さを伝えている。",
           "questions": "病院職場での新採対策を知りたい。",
           "requests": "なし"},
)


def s3(folder: Path) -> None:
    book = OBook(conv=nfd)
    sh = book.sheet("アンケート")
    survey_form(sh, S3)
    book.save(folder / "岐阜県本部_架空市職員組合_アンケート.xlsx")


# ---------------------------------------------------------------- S4 長崎 (ZWSP / NBSP / U+2028; minus signs)
S4 = dict(
    header_labels=(f"\ufeff県本部{ZW}", f"単{IS}組", f"記入者お名前{NB}", f"上部団体{LS}"),
    header=("長崎県本部", "例示市職員労働組合", "仮名 翔太", f"旧全官公自治労連{ZW}"),
    org_labels=(f"組織人員数{ZW}（人）", f"組織率{NB}（％）", f"未加入者数（人）{LS}", f"時{IS}点",
                f"正規職員数（人）{ZW}", f"会計年度任用職員・パート等の非正規職員数（人）{NB}"),
    org=((f"{ZW}1,020", f"{NB}160"), (f"45.7{LS}", f"7.2{IS}"), (f"1,050{ZW}", "1,050"), f"2026年11月1日{LS}",
         f"1,850{NB}", f"３８０{IS}"),
    intake_labels=(f"新規採用者数{IS}", f"自治労加入者数{ZW}", "競合加入者数", f"未加入者数{LS}"),
    intake=(f"46{ZW}", "33", f"{IS}5", f"8{LS}"),
    texts={"new_hire_main": "入庁式の当日に説明会を開き、加入申込書を回収している。",
           "new_hire_ideas": "説明会では共済の給付例を紹介している。",
           "new_hire_worries": "競合組合の説明会が同じ週に重なる。",
           "nonmember_main": "未加入者の名簿を職場委員と共有している。",
           "nonmember_worries": "組合員は前年比−15人、青年部は－3人と減っている。",
           "visibility": "交渉の経過をその日のうちに掲示板で知らせている。",
           "sharing_worries": "離島の出先機関への連絡が遅れがち。",
           "labor_relations": "市当局とは定期交渉のほか、職場ごとの協議もしている。人員は前年比‐12人。",
           "differentiation": "全国組織の強みと共済を伝えている。",
           "questions": "競合と併存する単組の未加入者対策を知りたい。",
           "requests": "特になし"},
)


def s4(folder: Path) -> None:
    book = OBook()
    sh = book.sheet("Sheet1")
    survey_form(sh, S4)
    book.save(folder / "長崎県本部_例示市職員労働組合_アンケート.xlsx")


# ---------------------------------------------------------------- S5 大分 (brackets / colons; IVS; ①–⑪; ㈱ ㍻)
S5 = dict(
    header_labels=("県本部：", "単組:", "記入者お名前：", "上部団体:"),
    header=("大分", "架空髙原町職員組合", f"渡邊{VS17} 見本", "全労連・自治労連"),
    org_labels=("組織人員数(人)", "組織率（%)", "未加入者数(人）", "時点:", "正規職員数（人)",
                "会計年度任用職員・パート等の非正規職員数(人)"),
    org=(("612", "88"), ("47.1", "6.8"), ("600", "600"), "R8.10.1", "1,050", "250"),
    intake=("28", "19", "‐", "9"),
    text_labels={k: f"{c}{v}" for c, (k, v) in zip("①②③④⑤⑥⑦⑧⑨⑩⑪", TEXT_LABELS.items())},
    texts={"new_hire_main": "辞令交付の後に組合説明会を開いている✨",
           "new_hire_ideas": "説明会の後に先輩と話せる茶話会を開いている。",
           "new_hire_worries": "㈱架空生命の団体保険と比べられることが多い。",
           "nonmember_main": "未加入者に年1回、共済の案内と一緒に加入を呼びかけている。",
           "nonmember_worries": "㍻の頃からの未加入者が多い。",
           "visibility": "組合ニュースを毎月～隔月で発行している。",
           "sharing_worries": "交代勤務の職場に情報が届きにくい。",
           "labor_relations": "町当局とは年2回交渉している。10月~11月が交渉の山場。",
           "differentiation": "共済と学習会の充実を伝えている。",
           "questions": "新採説明会の時間を当局から確保する方法を知りたい。",
           "requests": "説明会用の動画（5〜10分）がほしい。"},
)


def s5(folder: Path) -> None:
    book = XBook(folder / "大分県本部_架空髙原町職員組合_アンケート.xlsx")
    sh = book.sheet("アンケート")
    survey_form(sh, S5)
    book.save()


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

    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/legacy26")
    print(build(out))
