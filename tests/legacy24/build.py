"""Twenty-fourth, independent set of legacy-style fixtures (tests/legacy24), made to measure GENERALISATION.

Theme: THE PRINTED FORM TURNED BACK INTO A SPREADSHEET -- HQ's FY2026 (令和8年度) forms went out as PDF / paper and
came back as Excel made by a PDF-to-Excel converter, by a scanner's OCR, or by someone retyping the paper into a blank
sheet without ever seeing the template: every printed line in its own row (labels broken mid-word over two rows or two
cells), text boxes flattened into merged cells with stray spaces, check boxes turned into odd glyphs (Wingdings 「þ」
「¨」 「ü」, 「■」 「口」, 「(レ)」 「(ﾚ)」 「[x]」 「[ ]」 「□✓」, 「●」 「○」), full-width / half-width mixes, numbers with spaces or
「，」, Kangxi / CJK-supplement radicals from a PDF's text layer, page headers / footers / page numbers (「- 1 -」
「1/2」, a printer's time stamp) as rows in the middle of the form, the second page's repeated title, columns shifted
on the second page (or the second page on a sheet of its own).  Each file blends 3-5 such habits.  Reports are made in
February 2027 (令和9年; sections 「2027年4月新規採用者対策」 「2027年3月末の…」); surveys give figures as of October -
November 2026 (令和8年) and the intake of 2026年4月.  Written with openpyxl and XlsxWriter.  Every name, union and
sentence is invented for this set (試験 / 見本 / 架空 / 仮名 / 例示); only printed labels and instructions follow the real
form.  Nothing here imports the reader.

REPORTS
R1 宮城 (openpyxl, PDF converter, one sheet 「Sheet1」): header labels F / answers G at the right of the title; 作成日
   「2027年 2月 9日」 (converter spaces); the s1 title broken mid-word over two rows (「…重点的に取り組」 / 「む課題」);
   s1 texts flattened into merged boxes with stray spaces; Wingdings check boxes 「þ」 (done) / 「¨」 (not done) in
   their own column (font Wingdings); one s3 item label broken over two rows (「…ツール」 / 「の提供」); the s6 last
   item over three rows; 「- 1 -」 footer and the repeated title of page 2 between s3 and s4; 「- 2 -」 at the end.
R2 富山 (XlsxWriter, OCR of a scan): spaced labels 「作 成 日」, 「富 山 県」; 作成日 full width 「２０２７年２月１０日」;
   every OCR line its own row in column A, the texts broken over rows mid-sentence; the mark in the item's own cell
   「■ …」 / 「□ …」 and one empty box OCR'd as 「口」 (kanji); Kangxi radicals (⽀ ⽅ ⼊) and ⻑ (CJK supplement) in labels
   and texts; 「■」 bullets in the s5 text; 「1/2」 and the repeated title at the page break; a ※ note under the form.
R3 和歌山 (openpyxl, retyped into a blank sheet): the whole form in column A, one printed line per row; 「県　名：和歌山」
   label and answer in one cell; 作成日 「令和９年２月１１日」; marks typed inline 「(レ)」 / 「(　)」, one 「(ﾚ)」 half width;
   section numbers 「３．」 full width; the s6 last item over two rows (mark on the first); 「1/2」 「2/2」 page rows;
   texts typed one line per row under 「具体的な取り組み」; s4 text 「特になし」.
R4 島根 (XlsxWriter, PDF converter, ONE SHEET PER PAGE 「Table 1」 / 「Table 2」): header label A / answer C; 作成日 text
   「2027/2/16」; Wingdings 「ü」 (✓) for done, nothing for not done (no box anywhere); 「●」 bullets in the s3 text;
   page 2 (s4-s6) on its own sheet under the repeated title, its columns SHIFTED one to the right; 「- 1 -」 「- 2 -」.
R5 沖縄 (openpyxl, OCR of a scan): header labels broken over TWO CELLS (「作成」｜「日」, 「確認」｜「者」); 作成日
   「令和 9年 2月 17日」; marks 「[x]」 / 「[ ]」, one 「□✓」 (box ticked by hand), one item with no mark (unanswered);
   long item labels broken over two cells (B｜C); the s1 labels broken over two rows; 「- 1 -」 and a page header
   「沖縄県本部」 in the middle; a handwritten ※ note OCR'd under the form.

SURVEYS
S1 栃木 (openpyxl, PDF converter): 上部団体 the printed choices flattened into one cell with ■ / □ (「■全労連・自治労連
   □旧全官公自治労連 …」); counts 「1 250」 (space) and 「1，900」 (full-width comma); 時点 「2026年 10月 1日 時点」; the
   非正規職員数 label broken over two rows (the answer on the first); 「- 1 -」 + repeated title at the page break;
   text labels broken mid-word over two rows; answers in merged boxes with stray spaces.
S2 奈良 (XlsxWriter, OCR): full-width digits 「３８２」 「２７．４」; 正規職員数 「1.200」 (OCR took the comma for a point);
   Kangxi radicals in labels (「未加⼊者数（⼈）」 「⾃治労加⼊者数」) and texts; 上部団体 as four cells 「○…」 「●旧全官公
   自治労連」; 時点 「R８．１１．１」; 「1/2」 row between the org block and the intake; a text label broken over two rows.
S3 山口 (openpyxl, retyped into a blank sheet): 「県本部：山口」 label and answer in one cell; 上部団体 choices typed one
   per row 「( )…」 / 「(レ)全労連・医労連」; counts 「520 人」, rates 「４３．３ ％」, 「1，000」; 時点 「令和8年10月末」; labels
   with stray spaces (「新規 採用者数」 「未加入 者数」); 「- 1 -」 row; texts one per row under their label; a ※ note.
S4 愛媛 (XlsxWriter, PDF converter): page 1 labels B / values D｜E; page 2 (after 「- 1 -」 and the repeated title
   「実態共有用アンケート（2026年度）　2/2」) SHIFTED: labels C / values F; counts with a space as thousands separator
   「2 345」; rates 「41.2 %」; 上部団体 「全労連 ・ 自治労連」; 時点 「2026/11/01」; the 組合活動の可視化 answer broken by
   the page break (first half on page 1, the rest on page 2); flattened boxes with stray spaces.
S5 熊本 (openpyxl, OCR): a printer's time stamp 「2026/11/05 14:32」 above the title and again at page 2; 上部団体 as
   Wingdings 「¨」/「þ」 cells before each choice (なし chosen), the 競合 column blank; counts 「1, 305」 (OCR space after
   the comma), rate 「62. 1」; 時点 「R 8. 11. 1」; labels broken over two rows (「組合員との情報共有で悩んで」 / 「いること」).
"""
from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import xlsxwriter
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter  # noqa: F401

FY = 2026
Y1 = FY + 1


# ---------------------------------------------------------------- two thin writers with one vocabulary
class OSheet:
    def __init__(self, ws):
        self.ws = ws

    def put(self, ref, value, *, font=None, bold=False, wrap=False, center=False, merge=None):
        c = self.ws[ref]
        c.value = value
        if font or bold:
            c.font = Font(name=font or "ＭＳ Ｐゴシック", bold=bold)
        c.alignment = Alignment(wrap_text=wrap, vertical="top" if wrap else "center",
                                horizontal="center" if center else None)
        if merge:
            self.ws.merge_cells(f"{ref}:{merge}")

    def width(self, cols, w):
        for col in cols:
            self.ws.column_dimensions[col].width = w


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

    def put(self, ref, value, *, font=None, bold=False, wrap=False, center=False, merge=None):
        key = (font, bold, wrap, center)
        if key not in self.book.formats:
            d = {"valign": "top" if wrap else "vcenter"}
            if font:
                d["font_name"] = font
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
        self.wb = xlsxwriter.Workbook(str(path))
        self.formats = {}

    def sheet(self, name):
        return XSheet(self, self.wb.add_worksheet(name))

    def save(self, path=None):
        self.wb.close()


# ---------------------------------------------------------------- the printed report form (FY2026)
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
# the last s6 item as the PDF prints it, over three lines
S6_LAST_LINES = (f"単組執行部オルグ等において、各単組が「{Y1}年3月末退職予定者対策」",
                 f"「{Y1}年4月新採取り組み」にむけて、推進計画の立案や具体的な実行内容を協議",
                 "する際に本マニュアルを参照するように提案")
TITLES = {
    "s1": "県本部共済推進方針の目標達成にむけた進捗と重点的に取り組む課題",
    "s2": "共済推進県本部交付金の活用について",
    "s3": f"{Y1}年4月新規採用者対策",
    "s4": f"{Y1}年3月末の役職定年者、再任用、再雇用者への対応状況",
    "s5": "加入拡大モデル単組に対して県本部の関わり方について",
    "s6": "じちろう共済推進マニュアルの単組への落し込みや活用方法の提示など",
}
REPORT_TITLE = f"県本部共済推進取り組み報告書（{FY}年度）"
S1_NOTE = (f"※{FY}年6月 共済推進県本部・県支部合同会議で報告した県本部共済推進方針にもとづいた取り組み報告の",
           "「目標達成にむけた進捗と課題」、「今後、重点的に取り組む課題」をあらためて下記に記載してください。")
S1_LABELS = ("「目標達成にむけた進捗と課題」", f"左記、{FY}年6月報告以降の取り組みと課題", "「今後、重点的に取り組む課題」")
MARK_HEAD = "実施している取り組み☑してください。"
CONCRETE = "具体的な取り組み"
SECS = ("s2", "s3", "s4", "s5", "s6")


# ---------------------------------------------------------------- R1 宮城 (PDF converter, Wingdings boxes)
R1 = dict(
    header=("宮城県本部", "2027年 2月 9日", "見本 和也", "試験 由美"),
    s1=("6月時点で団体生命共済の 新規加入は目標 の29％。 沿岸部の単組で 加入が伸び 悩んでいる。",
        "10月から県支部と合同で沿岸部の 12単組を訪問した。 1月末で目標の 53％。",
        "沿岸部単組の 新採対策と、 推進委員の 世代交代への 備え。"),
    marks={"s2": (1, 0), "s3": (1, 1, 0, 1, 1, 0, 0), "s4": (1, 1, 0), "s5": (1, 0), "s6": (1, 1, 0, 1)},
    texts={"s2": "交付金は 規程どおり 上期と下期に 支払っている。",
           "s3": "12月に新採対策会議を開き、 組織化方針と 同時加入用の 案内文を 提起した。",
           "s4": "退職予定者の 名簿を 単組から集め、 3月に 説明会を 開く。",
           "s5": "モデル単組 3単組の 進捗を 推進委員会で 確認している。",
           "s6": "冊子を 執行委員会で 確認し、 全単組に 配布した。 オルグの際に 参照を 呼びかけた。"},
)


def r1(folder: Path) -> None:
    book = OBook()
    sh = book.sheet("Sheet1")
    sh.width("A", 4)
    sh.width("BCDE", 14)
    sh.width("FGH", 12)
    d = R1
    sh.put("A1", REPORT_TITLE, bold=True, merge="E1")
    for i, (label, value) in enumerate(zip(("県　名", "作成日", "作成者", "確認者"), d["header"])):
        sh.put(f"F{2 + i}", label)
        sh.put(f"G{2 + i}", value, merge=f"H{2 + i}")
    sh.put("A7", "1.県本部共済推進方針の目標達成にむけた進捗と重点的に取り組", merge="H7")
    sh.put("A8", "む課題", merge="H8")
    sh.put("A9", S1_NOTE[0], merge="H9")
    sh.put("A10", S1_NOTE[1], merge="H10")
    row = 11
    for label, text in zip(S1_LABELS, d["s1"]):
        sh.put(f"A{row}", label, merge=f"H{row}")
        sh.put(f"B{row + 1}", text, wrap=True, merge=f"H{row + 2}")
        row += 3
    # row 20: s2
    row = 21

    def section(n, sec, row):
        sh.put(f"A{row}", f"{n}.{TITLES[sec]}", merge=f"H{row}")
        sh.put(f"A{row + 1}", MARK_HEAD, merge=f"D{row + 1}")
        sh.put(f"E{row + 1}", CONCRETE, merge=f"H{row + 1}")
        r = row + 2
        first = r
        for i, (label, mark) in enumerate(zip(ITEMS[sec], d["marks"][sec])):
            sh.put(f"A{r}", "þ" if mark else "¨", font="Wingdings", center=True)
            if sec == "s3" and i == 0:
                sh.put(f"B{r}", "組合と団体生命共済の同時加入に向けたツール", merge=f"D{r}")
                sh.put(f"B{r + 1}", "の提供", merge=f"D{r + 1}")
                r += 2
            elif sec == "s6" and i == 3:
                for k, line in enumerate(S6_LAST_LINES):
                    sh.put(f"B{r + k}", line, merge=f"D{r + k}")
                r += 3
            else:
                sh.put(f"B{r}", label, merge=f"D{r}")
                r += 1
        sh.put(f"E{first}", d["texts"][sec], wrap=True, merge=f"H{max(r - 1, first + 1)}")
        return max(r, first + 2) + 1

    row = section(2, "s2", row)
    row = section(3, "s3", row)
    sh.put(f"D{row + 1}", "- 1 -", center=True)
    sh.put(f"A{row + 2}", REPORT_TITLE, bold=True, merge=f"E{row + 2}")
    row += 4
    for n, sec in ((4, "s4"), (5, "s5"), (6, "s6")):
        row = section(n, sec, row)
    sh.put(f"D{row + 1}", "- 2 -", center=True)
    book.save(folder / "宮城県本部_共済推進取り組み報告書.xlsx")


# ---------------------------------------------------------------- R2 富山 (OCR; marks in the item's cell; radicals)
R2 = dict(
    header=("富 山 県", "２０２７年２月１０日", "架空 達也", "見本 恵子"),
    s1=(("6月時点の新規加⼊は目標の33％で、県⽀部ごとの", "差が大きい。"),
        ("11月に県⽀部⻑会議を開き、推進の⽅法を見直した。", "1月末で目標の57％。"),
        ("若年層への同時加⼊の徹底と、", "退職予定者への継続加⼊の案内。")),
    marks={"s2": ("■", "■"), "s3": ("口", "■", "■", "□", "■", "■", "□"), "s4": ("■", "□", "■"), "s5": ("■", "■"),
           "s6": ("□", "■", "■", "□")},
    texts={"s2": ("交付金は規程にもとづき支払い、", "各単組から使途の報告を受けている。"),
           "s3": ("書記⻑が県⽀部と合同で9単組をオルグし、", "同時加⼊の⽅針を提起した。"),
           "s4": ("退職予定者向けのチラシを作成し、", "単組を通じて配布した。"),
           "s5": ("■モデル単組の進捗を毎月確認", "■県⽀部と合同で2単組を訪問"),
           "s6": ("マニュアルを全単組に配布し、", "代表者会議で活用⽅法を説明した。")},
    note="※担当者は4月に交代する予定です。",
)
R2_ITEM_OCR = {("s3", 1): "県本部・県⽀部合同の単組オルグの実施", ("s5", 1): "県本部・県⽀部合同の単組オルグの実施",
               ("s3", 3): "県本部新採対策会議 の 開催"}


def r2(folder: Path) -> None:
    book = XBook(folder / "富山県本部 取り組み報告書（スキャン）.xlsx")
    sh = book.sheet("Sheet1")
    sh.width("A", 70)
    sh.width("BCD", 14)
    d = R2
    sh.put("A1", "県本部共済推進取り組み報告書 （2026年度）", bold=True)
    sh.put("A2", "県 名")
    sh.put("B2", d["header"][0])
    sh.put("A3", "作 成 日")
    sh.put("B3", d["header"][1])
    sh.put("A4", "作 成 者")
    sh.put("B4", d["header"][2])
    sh.put("C4", "確 認 者")
    sh.put("D4", d["header"][3])
    sh.put("A6", "1.県本部共済推進⽅針の目標達成にむけた進捗と重点的に取り組む課題")
    row = 7
    for label, lines in zip(S1_LABELS, d["s1"]):
        sh.put(f"A{row}", label)
        for k, line in enumerate(lines):
            sh.put(f"A{row + 1 + k}", line)
        row += 2 + len(lines)
    for n, sec in enumerate(SECS, start=2):
        if sec == "s4":
            sh.put(f"A{row}", "1/2")
            sh.put(f"A{row + 1}", "県本部共済推進取り組み報告書 （2026年度）", bold=True)
            row += 3
        sh.put(f"A{row}", f"{n}.{TITLES[sec]}")
        sh.put(f"A{row + 1}", f"{MARK_HEAD}　{CONCRETE}")
        row += 2
        for i, (label, mark) in enumerate(zip(ITEMS[sec], d["marks"][sec])):
            label = R2_ITEM_OCR.get((sec, i), label)
            sh.put(f"A{row}", f"{mark} {label}")
            row += 1
        sh.put(f"A{row}", CONCRETE)
        for k, line in enumerate(d["texts"][sec]):
            sh.put(f"A{row + 1 + k}", line)
        row += 2 + len(d["texts"][sec])
    sh.put(f"A{row}", d["note"])
    sh.put(f"A{row + 2}", "2/2")
    book.save()


# ---------------------------------------------------------------- R3 和歌山 (retyped: one column, inline marks)
R3 = dict(
    header=("県　名：和歌山", "作成日：令和９年２月１１日", "作成者：仮名 大輔", "確認者：例示 久美子"),
    s1=(("6月時点の新規加入は目標の26％。", "紀南地域の単組で伸び悩んでいる。"),
        ("9月以降、紀南地域の単組を重点的に訪問した。", "1月末で目標の48％。"),
        ("紀南地域の単組への支援と、新採の同時加入の徹底。",)),
    marks={"s2": (1, 0), "s3": (1, 0, 0, 1, 1, 0, 1), "s4": (0, 1, 1), "s5": ("ﾚ", 1), "s6": (1, 1, 1, 0)},
    texts={"s2": ("規程どおり支払っている。", "使い方の把握は来年度の課題とする。"),
           "s3": ("1月に新採対策会議を開き、組織化方針を提起した。", "同時加入の申込書を組合加入届と一枚にする案を示した。"),
           "s4": ("特になし",),
           "s5": ("毎月の推進委員会で進捗を確認し、", "県支部と合同で3単組を訪問した。"),
           "s6": ("冊子を執行委員会で確認し、全単組に配布した。", "2月の代表者会議で内容を周知した。")},
)


def r3(folder: Path) -> None:
    book = OBook()
    sh = book.sheet("報告書")
    sh.width("A", 110)
    d = R3
    lines = [REPORT_TITLE, ""] + list(d["header"]) + ["", "１．" + TITLES["s1"], *S1_NOTE]
    for label, text in zip(S1_LABELS, d["s1"]):
        lines += [label, *text]
    lines.append("")
    zen = "２３４５６"
    for n, sec in enumerate(SECS):
        if sec == "s4":
            lines += ["1/2", ""]
        lines.append(f"{zen[n]}．{TITLES[sec]}")
        lines.append(MARK_HEAD)
        for i, (label, mark) in enumerate(zip(ITEMS[sec], d["marks"][sec])):
            glyph = f"({mark})" if isinstance(mark, str) else ("(レ)" if mark else "(　)")
            if sec == "s6" and i == 3:
                half = len(label) // 2
                lines += [glyph + label[:half], label[half:]]
            else:
                lines.append(glyph + label)
        lines.append(CONCRETE)
        lines += list(d["texts"][sec])
        lines.append("")
    lines.append("2/2")
    for r, line in enumerate(lines, start=1):
        if line:
            sh.put(f"A{r}", line)
    book.save(folder / "和歌山県本部_報告書（打ち直し）.xlsx")


# ---------------------------------------------------------------- R4 島根 (converter, one sheet per page, shifted)
R4 = dict(
    header=("島根", "2027/2/16", "試験 浩二", "架空 真理"),
    s1=("6月時点の新規加入は目標の 30％。 中山間地域の 単組で 担い手が 不足している。",
        "11月に 推進担当者 会議を開き、 単組ごとの 計画を 確認した。 1月末で 目標の 54％。",
        "担い手の 育成と、 新採の 同時加入。"),
    marks={"s2": (1, 1), "s3": (1, 1, 0, 0, 1, 0, 0), "s4": (1, 0, 0), "s5": (0, 1), "s6": (1, 0, 0, 0)},
    texts={"s2": "全単組から 使途の報告を 受け、 一覧に まとめた。",
           "s3": "●同時加入の 案内チラシを 作成\n●県支部と 合同で 6単組を オルグ\n●組織化方針を 提起",
           "s4": "退職予定者の 名簿を 単組から 集めた。",
           "s5": "県支部と合同で モデル単組を 訪問した。",
           "s6": "冊子の内容を 執行委員会で 確認した。"},
)


def _r4_section(sh, n, sec, row, shift):
    c = "ABCDEFGHIJ"
    mk, it, it2, tx, tx2 = c[shift], c[shift + 1], c[shift + 3], c[shift + 4], c[shift + 6]
    sh.put(f"{mk}{row}", f"{n}.{TITLES[sec]}", merge=f"{tx2}{row}")
    sh.put(f"{mk}{row + 1}", MARK_HEAD, merge=f"{it2}{row + 1}")
    sh.put(f"{tx}{row + 1}", CONCRETE, merge=f"{tx2}{row + 1}")
    first = row + 2
    for i, (label, mark) in enumerate(zip(ITEMS[sec], R4["marks"][sec])):
        if mark:
            sh.put(f"{mk}{first + i}", "ü", font="Wingdings", center=True)
        sh.put(f"{it}{first + i}", label, wrap=True, merge=f"{it2}{first + i}")
    last = max(first + len(ITEMS[sec]) - 1, first + 2)
    sh.put(f"{tx}{first}", R4["texts"][sec], wrap=True, merge=f"{tx2}{last}")
    return last + 2


def r4(folder: Path) -> None:
    book = XBook(folder / "島根県本部_共済推進取り組み報告書_R8.xlsx")
    p1 = book.sheet("Table 1")
    p1.width("A", 4)
    p1.width("BCDEFG", 14)
    d = R4
    p1.put("A1", REPORT_TITLE, bold=True, merge="G1")
    for i, (label, value) in enumerate(zip(("県　名", "作成日", "作成者", "確認者"), d["header"])):
        p1.put(f"A{3 + i}", label, merge=f"B{3 + i}")
        p1.put(f"C{3 + i}", value, merge=f"D{3 + i}")
    p1.put("A8", "1." + TITLES["s1"], merge="G8")
    p1.put("A9", S1_NOTE[0] + S1_NOTE[1], wrap=True, merge="G9")
    row = 10
    for label, text in zip(S1_LABELS, d["s1"]):
        p1.put(f"A{row}", label, merge=f"G{row}")
        p1.put(f"A{row + 1}", text, wrap=True, merge=f"G{row + 3}")
        row += 4
    row = _r4_section(p1, 2, "s2", row + 1, 0)
    row = _r4_section(p1, 3, "s3", row, 0)
    p1.put(f"D{row + 1}", "- 1 -", center=True)
    p2 = book.sheet("Table 2")
    p2.width("AB", 4)
    p2.width("CDEFGH", 14)
    p2.put("B1", REPORT_TITLE, bold=True, merge="H1")
    row = 3
    for n, sec in ((4, "s4"), (5, "s5"), (6, "s6")):
        row = _r4_section(p2, n, sec, row, 1)
    p2.put(f"E{row + 1}", "- 2 -", center=True)
    book.save()


# ---------------------------------------------------------------- R5 沖縄 (OCR; labels over two cells; [x] / [ ])
R5 = dict(
    header=("沖縄", "令和 9年 2月 17日", "例示 健太", "試験 直子"),
    s1=("6月時点で 新規加入は 目標の 24％。 離島の単組への 訪問が 少ない。",
        "12月に 離島の 5単組を 訪問した。 1月末で 目標の 46％。",
        "離島単組への 訪問の 継続と、 新採の 同時加入。"),
    marks={"s2": ("[x]", "[ ]"), "s3": ("[x]", "[x]", "[x]", "[ ]", "", "□✓", "[ ]"), "s4": ("[x]", "[x]", "[ ]"),
           "s5": ("[x]", "[x]"), "s6": ("[x]", "[ ]", "[ ]", "[x]")},
    texts={"s2": "規程に もとづき 年1回 支払っている。",
           "s3": "同時加入の 申込書を 作成し、 県支部と 合同で 4単組を オルグした。",
           "s4": "再任用 予定者への 説明会を 2月に 開いた。",
           "s5": "推進委員会で 毎月 進捗を 確認し、 合同オルグも 行った。",
           "s6": "冊子を 執行委員会で 確認した。 単組オルグの 際に 参照を 提案した。"},
    note="※県支部との合同会議は3月に開催予定（手書き追記）",
)
R5_SPLIT = {"県本部・県支部合同の単組オルグの実施": ("県本部・県支部合同の", "単組オルグの実施"),
            "組合と団体生命共済の同時加入に向けたツールの提供": ("組合と団体生命共済の同時加入に", "向けたツールの提供"),
            "単組代表者会議等において、マニュアルの内容および活用方法を全単組へ周知":
                ("単組代表者会議等において、マニュアルの内容", "および活用方法を全単組へ周知")}


def r5(folder: Path) -> None:
    book = OBook()
    sh = book.sheet("スキャン")
    sh.width("A", 8)
    sh.width("BC", 30)
    sh.width("DEFG", 12)
    d = R5
    sh.put("A1", REPORT_TITLE, bold=True, merge="G1")
    for i, (a, b, value) in enumerate((("県", "名", d["header"][0]), ("作成", "日", d["header"][1]),
                                       ("作成", "者", d["header"][2]), ("確認", "者", d["header"][3]))):
        sh.put(f"D{2 + i}", a)
        sh.put(f"E{2 + i}", b)
        sh.put(f"F{2 + i}", value, merge=f"G{2 + i}")
    sh.put("A7", "1.県本部共済推進方針の目標達成にむけた進捗と重点的に取り組む課題", merge="G7")
    s1_rows = (("「目標達成にむけた進捗と", "課題」"), (f"左記、{FY}年6月報告以降の取り", "組みと課題"),
               ("「今後、重点的に取り組む", "課題」"))
    row = 8
    for (l1, l2), text in zip(s1_rows, d["s1"]):
        sh.put(f"A{row}", l1, merge=f"B{row}")
        sh.put(f"A{row + 1}", l2, merge=f"B{row + 1}")
        sh.put(f"C{row}", text, wrap=True, merge=f"G{row + 2}")
        row += 3
    row += 1
    for n, sec in enumerate(SECS, start=2):
        if sec == "s5":
            sh.put(f"D{row}", "- 1 -", center=True)
            sh.put(f"F{row + 1}", "沖縄県本部")
            row += 3
        sh.put(f"A{row}", f"{n}.{TITLES[sec]}", merge=f"G{row}")
        sh.put(f"A{row + 1}", MARK_HEAD, merge=f"C{row + 1}")
        sh.put(f"D{row + 1}", CONCRETE, merge=f"G{row + 1}")
        first = row + 2
        for i, (label, mark) in enumerate(zip(ITEMS[sec], d["marks"][sec])):
            if mark:
                sh.put(f"A{first + i}", mark, center=True)
            if label in R5_SPLIT:
                sh.put(f"B{first + i}", R5_SPLIT[label][0])
                sh.put(f"C{first + i}", R5_SPLIT[label][1])
            else:
                sh.put(f"B{first + i}", label, merge=f"C{first + i}")
        last = max(first + len(ITEMS[sec]) - 1, first + 1)
        sh.put(f"D{first}", d["texts"][sec], wrap=True, merge=f"G{last}")
        row = last + 2
    sh.put(f"A{row}", d["note"], merge=f"G{row}")
    sh.put(f"D{row + 2}", "- 2 -", center=True)
    book.save(folder / "沖縄県本部_報告書_OCR.xlsx")


# ---------------------------------------------------------------- the printed survey form (FY2026)
SURVEY_TITLE = f"実態共有用アンケート（{FY}年度）"
TEXT_LABELS = {
    "new_hire_main": "新採加入の主な取り組み",
    "new_hire_ideas": "新規採用者組織化で工夫していること",
    "new_hire_worries": "新規採用者組織化で悩んでいること",
    "nonmember_main": "未加入者対策の主な取り組み",
    "nonmember_worries": "未加入者対策で悩んでいること",
    "visibility": "組合活動の可視化",
    "sharing_worries": "組合員との情報共有で悩んでいること",
    "labor_relations": "労使関係・交渉など（労使関係の状態、労使交渉の取り組み状況など）",
    "differentiation": "競合単組との差別化",
    "questions": "他の単組・他の県本部に聞いてみたいこと",
    "requests": "県本部・本部への要望",
}
ORDER = tuple(TEXT_LABELS)
RIVALS = ("全労連・自治労連", "旧全官公自治労連", "全労連・医労連", "なし")
RATE_NOTE = "※組織率＝組合員数／（正規職員数＋会計年度任用職員やパート職員など非正規職員数）×100"


# ---------------------------------------------------------------- S1 栃木 (PDF converter)
S1 = dict(
    header=("栃木県本部", "見本市職員労働組合", "見本 健二"),
    rival="■全労連・自治労連　□旧全官公自治労連　□全労連・医労連　□なし",
    org=(("1 250", "180"), ("55.6", "8.0"), ("820", "820"), "2026年 10月 1日 時点", "1，900", "350"),
    intake=("42", "35", "2", "5"),
    texts={"new_hire_main": "入庁式の 後に 組合説明会を 開き、 その場で 加入を 呼びかけている。",
           "new_hire_ideas": "説明は 青年部の 役員が 担当して いる。",
           "new_hire_worries": "競合組合も 同じ日に 説明会を 開く ことがある。",
           "nonmember_main": "未加入者の 名簿を 職場委員と 共有し、 声をかけている。",
           "nonmember_worries": "出先機関の 未加入者に 会う 機会が 少ない。",
           "visibility": "交渉の 結果を 職場ニュースで 配っている。",
           "sharing_worries": "若い 組合員ほど 紙の ニュースを 読まない。",
           "labor_relations": "市当局とは 年3回の 交渉を 行い、 一部の 要求が 前進した。",
           "differentiation": "共済と 全国の ネットワークを 伝えている。",
           "questions": "競合と 併存する 単組の 説明会の 工夫を 知りたい。",
           "requests": "特になし"},
)
S1_BROKEN = {"new_hire_ideas": ("新規採用者組織化で工夫してい", "ること"),
             "sharing_worries": ("組合員との情報共有で悩んでい", "ること"),
             "questions": ("他の単組・他の県本部に聞いてみた", "いこと")}


def s1(folder: Path) -> None:
    book = OBook()
    sh = book.sheet("Sheet1")
    sh.width("A", 30)
    sh.width("BCDEF", 14)
    d = S1
    sh.put("A1", SURVEY_TITLE, bold=True, merge="F1")
    for i, (label, value) in enumerate(zip(("県本部", "単組", "記入者お名前"), d["header"])):
        sh.put(f"A{3 + i}", label)
        sh.put(f"C{3 + i}", value, merge=f"E{3 + i}")
    sh.put("A6", "上部団体")
    sh.put("C6", d["rival"], merge="F6")
    sh.put("A8", "組織の状況")
    sh.put("C9", "自治労", center=True)
    sh.put("D9", "競合", center=True)
    members, rates, nonmembers, as_of, regular, nonregular = d["org"]
    for row, label, pair in ((10, "組織人員数（人）", members), (11, "組織率（％）", rates), (12, "未加入者数（人）", nonmembers)):
        sh.put(f"A{row}", label)
        sh.put(f"C{row}", pair[0])
        sh.put(f"D{row}", pair[1])
    sh.put("A13", "時点")
    sh.put("C13", as_of, merge="D13")
    sh.put("A14", "正規職員数（人）")
    sh.put("C14", regular)
    sh.put("A15", "会計年度任用職員・パート等の非正")
    sh.put("C15", nonregular)
    sh.put("A16", "規職員数（人）")
    sh.put("A17", RATE_NOTE, merge="F17")
    sh.put("C19", "- 1 -", center=True)
    sh.put("A20", SURVEY_TITLE, bold=True, merge="F20")
    sh.put("A22", f"{FY}年 新規採用者")
    for i, (label, value) in enumerate(zip(("新規採用者数", "自治労加入者数", "競合加入者数", "未加入者数"), d["intake"])):
        sh.put(f"A{23 + i}", label)
        sh.put(f"C{23 + i}", value)
    sh.put("A28", "取り組みと悩み")
    row = 29
    for key in ORDER:
        if key in S1_BROKEN:
            sh.put(f"A{row}", S1_BROKEN[key][0], merge=f"F{row}")
            sh.put(f"A{row + 1}", S1_BROKEN[key][1], merge=f"F{row + 1}")
            row += 2
        else:
            sh.put(f"A{row}", TEXT_LABELS[key], merge=f"F{row}")
            row += 1
        sh.put(f"A{row}", d["texts"][key], wrap=True, merge=f"F{row + 2}")
        row += 4
        if key == "nonmember_worries":
            sh.put(f"C{row}", "- 2 -", center=True)
            sh.put(f"A{row + 1}", SURVEY_TITLE, bold=True, merge=f"F{row + 1}")
            row += 3
    sh.put(f"C{row}", "- 3 -", center=True)
    book.save(folder / "栃木県本部_見本市職員労働組合_アンケート.xlsx")


# ---------------------------------------------------------------- S2 奈良 (OCR; full width; radicals)
S2 = dict(
    header=("奈良", "試験市職員組合", "架空 沙織"),
    org=(("３８２", "４５"), ("２７．４", "３．２"), ("９６８", "９６８"), "R８．１１．１", "1.200", "１９５"),
    intake=("１６", "１１", "１", "４"),
    texts={"new_hire_main": ("新採研修の昼休みに説明会を開き、", "加⼊申込書を配っている。"),
           "new_hire_ideas": ("先輩組合員が自分の言葉で", "組合の良さを話している。"),
           "new_hire_worries": ("競合組合の勧誘が先に入ることが多い。",),
           "nonmember_main": ("未加⼊者に年2回、", "共済の案内と一緒に加⼊を呼びかけている。"),
           "nonmember_worries": ("特になし",),
           "visibility": ("組合の掲示板を毎月更新している。",),
           "sharing_worries": ("役員の⽅針が職場に届きにくい。",),
           "labor_relations": ("市当局とは年2回の交渉を行っている。",),
           "differentiation": ("共済の給付の手厚さを伝えている。",),
           "questions": ("新採説明会の時間の確保の⽅法を知りたい。",),
           "requests": ("なし",)},
)
S2_LABELS = ("組織⼈員数（⼈）", "組織率（％）", "未加⼊者数（⼈）")
S2_INTAKE = ("新規採用者数", "⾃治労加⼊者数", "競合加⼊者数", "未加⼊者数")


def s2(folder: Path) -> None:
    book = XBook(folder / "奈良県本部_試験市職員組合_アンケート（スキャン）.xlsx")
    sh = book.sheet("Sheet1")
    sh.width("A", 40)
    sh.width("BCDE", 16)
    d = S2
    sh.put("A1", "実態共有用アンケート （2026年度）", bold=True)
    for i, (label, value) in enumerate(zip(("県本部", "単組", "記入者お名前"), d["header"])):
        sh.put(f"A{2 + i}", label)
        sh.put(f"B{2 + i}", value)
    sh.put("A5", "上部団体")
    for col, choice in zip("BCDE", RIVALS):
        sh.put(f"{col}5", ("●" if choice == "旧全官公自治労連" else "○") + choice)
    sh.put("A7", "組織の状況")
    sh.put("B8", "⾃治労")
    sh.put("C8", "競合")
    members, rates, nonmembers, as_of, regular, nonregular = d["org"]
    for row, label, pair in zip((9, 10, 11), S2_LABELS, (members, rates, nonmembers)):
        sh.put(f"A{row}", label)
        sh.put(f"B{row}", pair[0])
        sh.put(f"C{row}", pair[1])
    sh.put("A12", "時点")
    sh.put("B12", as_of)
    sh.put("A13", "正規職員数（⼈）")
    sh.put("B13", regular)
    sh.put("A14", "会計年度任用職員・パート等の非正規職員数（⼈）")
    sh.put("B14", nonregular)
    sh.put("A15", RATE_NOTE)
    sh.put("A17", "1/2")
    sh.put("A18", f"{FY}年 新規採用者")
    for i, (label, value) in enumerate(zip(S2_INTAKE, d["intake"])):
        sh.put(f"A{19 + i}", label)
        sh.put(f"B{19 + i}", value)
    sh.put("A24", "取り組みと悩み")
    row = 25
    for key in ORDER:
        if key == "labor_relations":
            sh.put(f"A{row}", "労使関係・交渉など（労使関係の状態、労使交渉の取り")
            sh.put(f"A{row + 1}", "組み状況など）")
            row += 2
        else:
            sh.put(f"A{row}", TEXT_LABELS[key])
            row += 1
        for line in d["texts"][key]:
            sh.put(f"A{row}", line)
            row += 1
        row += 1
    sh.put(f"A{row}", "2/2")
    book.save()


# ---------------------------------------------------------------- S3 山口 (retyped into a blank sheet)
S3 = dict(
    header=("県本部：山口", "単組：試験町職員組合", "記入者お名前：試験 美咲"),
    rival="全労連・医労連",
    org=(("520 人", "60 人"), ("４３．３ ％", "5.0 ％"), ("620", "620"), "令和8年10月末", "1，000", "200"),
    intake=(("新規 採用者数", "25"), ("自治労 加入者数", "19"), ("競合 加入者数", "3"), ("未加入 者数", "3")),
    texts={"new_hire_main": ("採用前の説明会で組合の紹介をしている。",),
           "new_hire_ideas": ("説明会の後に茶話会を開き、先輩と話せるようにしている。",),
           "new_hire_worries": ("町立病院の新採に会う機会が少ない。",),
           "nonmember_main": ("職場委員と一緒に年1回職場を回っている。",),
           "nonmember_worries": ("病院職場では競合組合の加入が先になる。",),
           "visibility": ("組合だよりを毎月発行している。",),
           "sharing_worries": ("なし",),
           "labor_relations": ("町当局とは年2回交渉している。", "人員確保の要求が一部前進した。"),
           "differentiation": ("共済と学習会の充実を訴えている。",),
           "questions": ("病院職場での新採対策の工夫を知りたい。",),
           "requests": ("特になし",)},
    note="※競合の組織人員数は推計です。",
)


def s3(folder: Path) -> None:
    book = OBook()
    sh = book.sheet("アンケート")
    sh.width("A", 50)
    sh.width("BC", 14)
    d = S3
    sh.put("A1", "実態共有用アンケート")
    row = 3
    for line in d["header"]:
        sh.put(f"A{row}", line)
        row += 1
    sh.put(f"A{row}", "上部団体（競合する組合の上部団体）")
    row += 1
    for choice in RIVALS:
        sh.put(f"A{row}", ("(レ)" if choice == d["rival"] else "( )") + choice)
        row += 1
    row += 1
    sh.put(f"A{row}", "組織の状況")
    sh.put(f"B{row}", "自治労")
    sh.put(f"C{row}", "競合")
    row += 1
    members, rates, nonmembers, as_of, regular, nonregular = d["org"]
    for label, pair in (("組織人員数（人）", members), ("組織率（％）", rates), ("未加入者数（人）", nonmembers)):
        sh.put(f"A{row}", label)
        sh.put(f"B{row}", pair[0])
        sh.put(f"C{row}", pair[1])
        row += 1
    for label, value in (("時点", as_of), ("正規職員数（人）", regular),
                         ("会計年度任用職員・パート等の非正規職員数（人）", nonregular)):
        sh.put(f"A{row}", label)
        sh.put(f"B{row}", value)
        row += 1
    row += 1
    sh.put(f"A{row}", "- 1 -")
    row += 2
    sh.put(f"A{row}", f"{FY}年 新規採用者")
    row += 1
    for label, value in d["intake"]:
        sh.put(f"A{row}", label)
        sh.put(f"B{row}", value)
        row += 1
    row += 1
    for key in ORDER:
        sh.put(f"A{row}", TEXT_LABELS[key])
        row += 1
        for line in d["texts"][key]:
            sh.put(f"A{row}", line)
            row += 1
        row += 1
    sh.put(f"A{row}", d["note"])
    sh.put(f"A{row + 2}", "- 2 -")
    book.save(folder / "山口県本部_試験町職員組合_アンケート.xlsx")


# ---------------------------------------------------------------- S4 愛媛 (converter; page 2 shifted)
S4 = dict(
    header=("愛媛県本部", "架空市職員労働組合", "仮名 優子", "全労連 ・ 自治労連"),
    org=(("2 345", "410"), ("41.2 %", "7.2 %"), ("2 935", "2 935"), "2026/11/01", "4 800", "890"),
    intake=("88", "61", "9", "18"),
    texts={"new_hire_main": "入庁式の 当日に 説明会を 開き、 加入申込書を その場で 回収している。",
           "new_hire_ideas": "説明会では 共済の 給付例を 具体的に 紹介している。",
           "new_hire_worries": "競合組合の 説明会が 同じ週に 重なる。",
           "nonmember_main": "人事異動の 後に 職場委員が 未加入者を 訪問している。",
           "nonmember_worries": "長年の 未加入者への 声かけが 難しい。",
           "visibility": ("交渉の 経過を その日の うちに メールと 掲示板で 知らせ、",
                          "年度末には 1年間の 成果を まとめた 冊子を 配っている。"),
           "sharing_worries": "出先機関への 連絡が 遅れがち。",
           "labor_relations": "市当局とは 定期交渉の ほか、 職場ごとの 協議も 行っている。",
           "differentiation": "全国組織の 強みと 共済の 手厚さを 伝えている。",
           "questions": "競合と 併存する 単組の 新採対策を 知りたい。",
           "requests": "新採向けの 動画教材が ほしい。"},
)


def s4(folder: Path) -> None:
    book = XBook(folder / "愛媛県本部_架空市職員労働組合_アンケート.xlsx")
    sh = book.sheet("Table 1")
    sh.width("A", 3)
    sh.width("B", 30)
    sh.width("CDEFGH", 14)
    d = S4
    sh.put("B1", SURVEY_TITLE, bold=True, merge="G1")
    for i, (label, value) in enumerate(zip(("県本部", "単組", "記入者お名前", "上部団体"), d["header"])):
        sh.put(f"B{3 + i}", label)
        sh.put(f"D{3 + i}", value, merge=f"F{3 + i}")
    sh.put("B8", "組織の状況")
    sh.put("D9", "自治労", center=True)
    sh.put("E9", "競合", center=True)
    members, rates, nonmembers, as_of, regular, nonregular = d["org"]
    for row, label, pair in ((10, "組織人員数（人）", members), (11, "組織率（％）", rates), (12, "未加入者数（人）", nonmembers)):
        sh.put(f"B{row}", label)
        sh.put(f"D{row}", pair[0])
        sh.put(f"E{row}", pair[1])
    for row, label, value in ((13, "時点", as_of), (14, "正規職員数（人）", regular),
                              (15, "会計年度任用職員・パート等の非正規職員数（人）", nonregular)):
        sh.put(f"B{row}", label)
        sh.put(f"D{row}", value)
    sh.put("B16", RATE_NOTE, merge="G16")
    sh.put("B18", f"{FY}年 新規採用者")
    for i, (label, value) in enumerate(zip(("新規採用者数", "自治労加入者数", "競合加入者数", "未加入者数"), d["intake"])):
        sh.put(f"B{19 + i}", label)
        sh.put(f"D{19 + i}", value)
    sh.put("B24", "取り組みと悩み")
    row = 25
    for key in ORDER[:6]:
        sh.put(f"B{row}", TEXT_LABELS[key], merge=f"G{row}")
        text = d["texts"][key]
        sh.put(f"B{row + 1}", text[0] if isinstance(text, tuple) else text, wrap=True, merge=f"G{row + 2}")
        row += 3
    sh.put(f"D{row + 1}", "- 1 -", center=True)
    row += 3
    # page 2: the title repeated, everything one column to the right
    sh.put(f"C{row}", f"{SURVEY_TITLE}　2/2", bold=True, merge=f"H{row}")
    row += 1
    sh.put(f"C{row}", d["texts"]["visibility"][1], wrap=True, merge=f"H{row + 1}")
    row += 3
    for key in ORDER[6:]:
        sh.put(f"C{row}", TEXT_LABELS[key], merge=f"H{row}")
        sh.put(f"C{row + 1}", d["texts"][key], wrap=True, merge=f"H{row + 2}")
        row += 3
    sh.put(f"E{row + 1}", "- 2 -", center=True)
    book.save()


# ---------------------------------------------------------------- S5 熊本 (OCR; Wingdings choices; time stamp)
S5 = dict(
    header=("熊本県本部", "例示町職員組合", "見本 大樹"),
    org=("1, 305", "62. 1", "795", "R 8. 11. 1", "1, 800", "300"),
    intake=("30", "26", "0", "4"),
    texts={"new_hire_main": "辞令交付の 後に 組合の 説明を している。",
           "new_hire_ideas": "若手役員が 職場を 案内しながら 声を かけている。",
           "new_hire_worries": "採用が 年度途中にも あり、 説明の 機会が 作りにくい。",
           "nonmember_main": "未加入者に 年1回、 委員長が 手紙を 送っている。",
           "nonmember_worries": "組合費の 負担感を 理由に 断られる。",
           "visibility": "組合ニュースを 全職員に 配っている。",
           "sharing_worries": "交代勤務の 職場に 情報が 届きにくい。",
           "labor_relations": "町当局とは 年2回 交渉を 行っている。",
           "differentiation": "競合組合は ない。",
           "questions": "小規模単組の 役員の 選び方を 知りたい。",
           "requests": "なし"},
)
S5_BROKEN = {"sharing_worries": ("組合員との情報共有で悩んで", "いること"),
             "labor_relations": ("労使関係・交渉など（労使関係の状態、労使交渉の取り", "組み状況など）"),
             "new_hire_worries": ("新規採用者組織化で悩んでい", "ること")}
STAMP = "2026/11/05 14:32"


def s5(folder: Path) -> None:
    book = OBook()
    sh = book.sheet("Sheet1")
    sh.width("A", 30)
    sh.width("B", 4)
    sh.width("CDEF", 16)
    d = S5
    sh.put("A1", STAMP)
    sh.put("A2", SURVEY_TITLE, bold=True, merge="F2")
    for i, (label, value) in enumerate(zip(("県本部", "単組", "記入者お名前"), d["header"])):
        sh.put(f"A{4 + i}", label)
        sh.put(f"C{4 + i}", value, merge=f"E{4 + i}")
    sh.put("A7", "上部団体")
    for i, choice in enumerate(RIVALS):
        sh.put(f"B{7 + i}", "þ" if choice == "なし" else "¨", font="Wingdings", center=True)
        sh.put(f"C{7 + i}", choice)
    sh.put("A12", "組織の状況")
    sh.put("C13", "自治労", center=True)
    sh.put("D13", "競合", center=True)
    members, rate, nonmembers, as_of, regular, nonregular = d["org"]
    for row, label, value in ((14, "組織人員数（人）", members), (15, "組織率（％）", rate), (16, "未加入者数（人）", nonmembers)):
        sh.put(f"A{row}", label)
        sh.put(f"C{row}", value)
    for row, label, value in ((17, "時点", as_of), (18, "正規職員数（人）", regular),
                              (19, "会計年度任用職員・パート等の非正規職員数（人）", nonregular)):
        sh.put(f"A{row}", label)
        sh.put(f"C{row}", value)
    sh.put("A20", RATE_NOTE, merge="F20")
    sh.put("C22", "- 1 -", center=True)
    sh.put("A23", STAMP)
    sh.put("A24", f"{FY}年 新規採用者")
    for i, (label, value) in enumerate(zip(("新規採用者数", "自治労加入者数", "競合加入者数", "未加入者数"), d["intake"])):
        sh.put(f"A{25 + i}", label)
        sh.put(f"C{25 + i}", value)
    sh.put("A30", "取り組みと悩み")
    row = 31
    for key in ORDER:
        if key in S5_BROKEN:
            sh.put(f"A{row}", S5_BROKEN[key][0], merge=f"F{row}")
            sh.put(f"A{row + 1}", S5_BROKEN[key][1], merge=f"F{row + 1}")
            row += 2
        else:
            sh.put(f"A{row}", TEXT_LABELS[key], merge=f"F{row}")
            row += 1
        sh.put(f"A{row}", d["texts"][key], wrap=True, merge=f"F{row + 1}")
        row += 3
    sh.put(f"C{row}", "- 2 -", center=True)
    book.save(folder / "熊本県本部_例示町職員組合_アンケート_OCR.xlsx")


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

    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/legacy24")
    print(build(out))
