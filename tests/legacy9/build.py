"""Ninth, independent set of legacy-style fixtures (tests/legacy9).

Ten workbooks (five 県本部共済推進取り組み報告書, five 実態共有用アンケート; FY2024: reports made Feb 2025, survey
figures as of late 2024, intake 2025年4月新採), written with openpyxl and XlsxWriter, two of them (R3, S3) saved
as .xls through LibreOffice. Each mixes a few office habits that tests/legacy2 … tests/legacy8 used little or not at
all. Every name, union and sentence is invented for this set (見本 / 試験 / 架空 names); nothing here imports the
reader.

REPORTS
R1 福井県本部　共済推進取り組み報告（令和6年度）.xlsx (openpyxl), sheet 「令和6年度報告」
   The WHOLE form as two-column tables 「項目｜内容」 / 「項目｜実施状況」 (labels A, answers B:D merged):
   header A3..A6 | B (県名 「福井」, 作成日 the full-width text 「２０２５年２月１０日」, 作成者, 確認者);
   section titles 【一】…【六】 with the years in 令和 (【三】令和7年4月新規採用者対策, 【四】令和7年3月末の…,
   s6 item 4 「令和7年3月末退職予定者対策」「令和7年4月新採取り組み」, s1 label 「…（令和6年6月報告）」);
   the state of each item written as a SENTENCE in 実施状況 (実施している / 把握できていない / 実施した（5単組） /
   まだ実施していない / 今後実施予定（3月） / 検討したが実施に至らず / 対象者の把握のみ実施 / 毎回実施している /
   実施できなかった), s6 item 4 left blank; 「具体的な取り組み」 as the last row of each table; note at the bottom.
R2 岐阜県本部_取り組み報告書（提出用）.xlsx (XlsxWriter), TWO copies of the form: sheet 「下書き」 FIRST (an
   earlier draft: other marks, unfinished texts, 作成日 2/5, 確認者 blank), then 「提出用」 (the final one, the one
   a human reads). 県名 B3 「岐阜」 with the printed suffix 「県本部」 in C3; 作成日 SPLIT over cells
   (B4 2025 | C4 年 | D4 2 | E4 月 | F4 12 | G4 日, numbers); check glyph AFTER the item text in the same cell
   (「…を支払っている ☑」, 「…の開催　☐」, one 「□」); 具体的な取り組み label row + merged text row; note.
R3 和歌山県本部報告書.xls (openpyxl → LibreOffice .xls), sheet 「報告書」
   B3 「自治労和歌山県本部」; 作成日 a real date shown 「R7.2.14」 ([$-411]ge.m.d); section titles 「１　…」;
   section 1 「（１）」… labels with merged boxes, the first text over 800 characters (【】 headings, 「・」
   bullets, ①…④) merged over TEN rows; items with the printed choice 「実施・未実施」 beside them, the clerk
   wrapping the chosen word in brackets (「（実施）・未実施」, 「実施・（未実施）」, once half-width
   「(実施)・未実施」), one left untouched; 「具体的な取り組み」 label + text merged over two rows; the clerk's
   own note explaining the brackets.
R4 徳島県本部　共済推進取組報告書.xlsx (openpyxl), an instructions sheet 「記入要領」 FIRST (○ / × rule, a
   deadline date 「2025年2月14日（金）」), the form on the 2nd sheet 「報告書」; header labels in their long
   forms 県本部名 / 作成年月日 / 作成者名 / 確認者名, 作成年月日 a real date shown yyyy/mm/dd; items numbered
   ア イ ウ … in a column of their own, the state in 「状況」 typed with the IME's other glyphs ◯ (U+25EF) and
   ✕ (U+2715); texts with 「◆」 bullet lines; note at the bottom.
R5 R7.2佐賀県本部報告.xlsx (XlsxWriter), sheet 「佐賀」
   a stamp box at the top right labelled 「担当」 / 「確認」 (not 作成者 / 確認者) with the names below; 作成日 a real
   date shown 「2月12日(水)」 (m"月"d"日"(aaa)); section titles 「1）」…; section-1 texts with 「■」 bullet lines;
   sections 2-6 a matrix 取り組み項目 | 実施済 | 実施予定 | 未実施 | 具体的な取り組み with ● in ONE of the three
   columns (s3 item 3 in 実施予定; s5 item 2 none), the text merged beside the items; s4 text 「1)」「2)」 lines;
   a note beside s5 (K).

SURVEYS
S1 群馬_架空町職_アンケート回答.xlsx (openpyxl), sheet 「回答票」: a VERTICAL Q&A list, question numbers in A
   (「Q1」…「Q4」, 「Q5-1」…「Q5-6」, 「Q6-1」…, 「Q7-1」…「Q7-11」), the question in B:F, the answer in the row
   BELOW merged B:F; group headings Q5 / Q6 / Q7 with no answer; ONE 未加入者数 question (no 自治労 / 競合
   split); intake 「18人」…; answers with line breaks and 「・」 bullets; note at the bottom.
S2 【三重】架空市職労_実態共有アンケート.xlsx (XlsxWriter): 上部団体 answered by 「（○）」 in the bracket cell
   after one of the four printed choices laid out in a row (B7..I7); numbers 「1,046名」; rates with the
   calculation in brackets 「42.0％（1,046÷2,490）」; 時点 merged D10:D12; intake 「38名」…; answers with ①②③
   lines, 「・」 bullets and 「※」 lines INSIDE the answers; a 「※」 note under the form.
S3 鳥取県本部_架空市職労_アンケート.xls (XlsxWriter → LibreOffice .xls): an instructions sheet 「記入方法」 FIRST,
   the answers on the 2nd sheet 「回答」; numbers with units, approximations and breakdowns mixed in one cell
   (「約1,200名（うち会計年度約300名）」, 「30名程度」, 「約62％（会計年度含む）」, 「1.5%位」, 「700名前後（…）」,
   「41名（うち保育士6名）」, 「6名（保留中含む）」); 時点 「令和6年11月末現在」; one answer 「特になし」; note.
S4 大分_架空町職_アンケート.xlsx (openpyxl), TWO copies: 「下書き」 FIRST (older numbers, texts mostly empty,
   「（あとで詳しく書く）」), then 「提出用」 (the final one); in both the text labels are merged DOWN over the
   rows of their answer box (B:G); the first answer is over 800 characters (【】 headings, 「・」 bullets)
   merged over EIGHT rows, 労使関係 over four rows; rates as plain numbers; 時点 「2024.11.1」; note.
S5 沖縄県本部　架空村職労　実態共有アンケート.xlsx (XlsxWriter): the clerk added a 「職名」 field beside the
   writer's name (C5 | D5 「書記長」); 上部団体 「なし」 and the competitor's cells left empty; 0.864 in a 0.0%
   cell; 時点 a real date shown WITHOUT its year 「11月1日現在」 (m"月"d"日現在"); intake as a table BY JOB
   (一般事務 / 保育士 / 技能労務) with a 「合計」 row of SUM formulas; answers with 「※」 and 「・」 lines inside;
   「特になし。」 twice; an answer 「競合組合なし。」; note under the form.
"""
from __future__ import annotations

import datetime as dt
import shutil
import sys
from pathlib import Path

import openpyxl
import xlsxwriter
from openpyxl.styles import Alignment, Border, Font, Side
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


def _xbook(path: Path) -> xlsxwriter.Workbook:
    wb = xlsxwriter.Workbook(str(path))
    wb.set_properties({"author": "見本", "created": FIXED})
    return wb


class XSheet:
    """XlsxWriter twin of legacy_kit.Sheet: typed values, merges, number formats, bold."""

    def __init__(self, wb, ws):
        self.wb, self.ws, self._fmts = wb, ws, {}

    def fmt(self, num: str | None = None, bold: bool = False, border: bool = True):
        key = (num, bold, border)
        if key not in self._fmts:
            props = {"text_wrap": True, "valign": "top"}
            if border:
                props["border"] = 1
            if num:
                props["num_format"] = num
            if bold:
                props["bold"] = True
            self._fmts[key] = self.wb.add_format(props)
        return self._fmts[key]

    def put(self, ref: str, value, merge: str | None = None, num: str | None = None, bold: bool = False,
            border: bool = True):
        f = self.fmt(num, bold, border)
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

    def height(self, row: int, h: float):
        self.ws.set_row(row - 1, h)


def _to_xls(src: Path, folder: Path, work: Path):
    """The .xls LibreOffice saves from ``src`` (tests/lo.py), moved into ``folder``."""
    out = lo.convert(src, work / "xls", "xls")
    shutil.move(str(out), str(folder / out.name))


def _reiwa(text: str) -> str:
    return text.replace("2025年", "令和7年").replace("2024年", "令和6年")


# ============================================================================================ reports

# ------------------------------------------------------------------ R1 福井: two-column tables, sentences
R1_STATES = [
    ["実施している", "把握できていない"],
    ["実施した", "実施した（5単組）", "まだ実施していない", "今後実施予定（3月）", "実施した", "実施した",
     "検討したが実施に至らず"],
    ["実施した", "対象者の把握のみ実施", "実施していない"],
    ["毎回実施している", "実施できなかった"],
    ["実施した", "実施した", "まだ実施していない", None],
]
R1_TEXTS = [
    "交付金は規程どおり年1回支払っているが、使途の報告を求めていないため、使われ方は把握できていない。",
    "新採組織化方針を10月の代表者会議で提起した。県支部と合同で5単組をオルグし、同時加入の申込書セットを配った。"
    "新採対策会議は3月に開催予定。",
    "役職定年者の名簿を各単組で作成してもらった。説明会は日程が合わず、まだ開けていない。",
    "推進委員会の都度、モデル単組の件数を確認している。",
    "冊子の内容を執行委員会で確認し、全単組に2部ずつ配布した。",
]
R1_S1 = [
    "団体生命共済の新規加入は12月末で目標の61.2％にとどまっている。保有件数は前年5月比で99.3％と微減。"
    "嶺南地区の単組で新採の加入が伸びていない。",
    "10月に嶺北・嶺南の2会場で単組代表者会議を開き、目標と進捗を共有した。11月からは県支部と合同で未達の単組を"
    "訪問している。",
    "新採の同時加入の徹底と、再任用者への継続加入の案内。",
]
KANJI = "一二三四五六"


def r1_fukui(folder: Path):
    wb = _obook("令和6年度報告")
    ws = wb.active
    s = Sheet(ws)
    for col, w in zip("ABCD", (50, 14, 14, 14)):
        ws.column_dimensions[col].width = w
    s.put("A1", "令和6年度　県本部共済推進取り組み報告書", merge="D1")
    ws["A1"].font = Font(size=14, bold=True)
    for r, label, value in ((3, "県名", "福井"), (4, "作成日", "２０２５年２月１０日"),
                            (5, "作成者", "見本 一朗"), (6, "確認者", "見本 奈緒")):
        s.put(f"A{r}", label)
        s.put(f"B{r}", value, merge=f"D{r}")
    _box(ws, "A3:D6")
    row = 8
    s.put(f"A{row}", f"【{KANJI[0]}】" + TITLES[0], merge=f"D{row}")
    ws[f"A{row}"].font = BOLD
    s.put(f"A{row + 1}", "項目")
    s.put(f"B{row + 1}", "内容", merge=f"D{row + 1}")
    labels = [S1_BOX[0] + "（令和6年6月報告）", _reiwa(S1_BOX[1]), S1_BOX[2]]
    for i, (label, text) in enumerate(zip(labels, R1_S1)):
        r = row + 2 + i
        s.put(f"A{r}", label)
        s.put(f"B{r}", text, merge=f"D{r}")
        ws.row_dimensions[r].height = 62
    _box(ws, f"A{row + 1}:D{row + 4}")
    row += 6
    for n, (items, states, text) in enumerate(zip(SECTIONS, R1_STATES, R1_TEXTS), start=2):
        s.put(f"A{row}", f"【{KANJI[n - 1]}】" + _reiwa(TITLES[n - 1]), merge=f"D{row}")
        ws[f"A{row}"].font = BOLD
        s.put(f"A{row + 1}", "項目")
        s.put(f"B{row + 1}", "実施状況", merge=f"D{row + 1}")
        r = row + 2
        for item, state in zip(items, states):
            s.put(f"A{r}", _reiwa(item))
            s.put(f"B{r}", state, merge=f"D{r}")
            if len(item) > 30:
                ws.row_dimensions[r].height = 30 if len(item) < 60 else 75
            r += 1
        s.put(f"A{r}", "具体的な取り組み")
        s.put(f"B{r}", text, merge=f"D{r}")
        ws.row_dimensions[r].height = 48
        _box(ws, f"A{row + 1}:D{r}")
        row = r + 2
    assert row == 52, row
    s.put("A52", "※実施状況は令和7年2月7日現在で記入しています。", merge="D52")
    wb.save(folder / "福井県本部　共済推進取り組み報告（令和6年度）.xlsx")


# ------------------------------------------------------------------ R2 岐阜: 下書き + 提出用, glyph after the item
R2_FINAL = {
    "created": (2025, 2, 12), "author": "試験 健", "checker": "試験 由紀",
    "s1": ["新規加入は1月末で目標の57.9％。保有件数は前年5月比で100.1％と横ばい。飛騨地区の小規模単組で加入が"
           "進んでいない。",
           "9月から県支部と合同で飛騨・東濃の単組を訪問し、新採対策の進め方を確認した。",
           "小規模単組への訪問の継続と、新採の同時加入の徹底。"],
    "marks": [[1, 1], [1, 1, 0, 1, 1, 0, 0], [1, 1, 0], [1, 0], [1, 1, 1, 0]],
    "texts": ["規程にもとづき支払い、各単組の決算報告で使途を確認している。",
              "1月31日に県本部新採対策会議を開き、同時加入のチラシと申込書をセットにして配布した。",
              "役職定年者向けの説明会を3単組で開いた。",
              "推進委員会で毎月件数を確認している。",
              "執行委員会で冊子を確認し、代表者会議で配布・説明した。"],
    "note": "※新採対策会議の資料はメールで別送します。",
}
R2_DRAFT = {
    "created": (2025, 2, 5), "author": "試験 健", "checker": None,
    "s1": ["新規加入は12月末で目標の51％。", "（あとで記入）", "小規模単組への訪問。"],
    "marks": [[1, 0], [1, 1, 1, 0, 1, 1, 0], [1, 0, 0], [1, 1], [1, 1, 0, 0]],
    "texts": ["規程にもとづき支払っている。", "1月31日に新採対策会議を開催予定。", "（未記入）", "", ""],
    "note": None,
}


def _r2_sheet(x: XSheet, a: dict):
    ws = x.ws
    ws.set_column("A:A", 14)
    ws.set_column("B:B", 8)
    ws.set_column("C:G", 5)
    ws.set_column("H:H", 44)
    ws.merge_range("A1:H1", "県本部共済推進取り組み報告書", x.wb.add_format({"bold": True, "font_size": 14}))
    x.put("A3", "県名")
    x.put("B3", "岐阜")
    x.put("C3", "県本部", merge="D3")
    x.put("A4", "作成日")
    y, m, d = a["created"]
    for col, v in zip("BCDEFG", (y, "年", m, "月", d, "日")):
        x.put(f"{col}4", v)
    x.put("A5", "作成者")
    x.put("B5", a["author"], merge="G5")
    x.put("A6", "確認者")
    x.put("B6", a["checker"], merge="G6")
    row = 8
    x.put(f"A{row}", "1." + TITLES[0], merge=f"H{row}", bold=True)
    row += 1
    for label, text in zip(S1_BOX, a["s1"]):
        x.put(f"A{row}", "「" + label + "」", merge=f"H{row}")
        x.put(f"A{row + 1}", text, merge=f"H{row + 1}")
        x.height(row + 1, 40)
        row += 2
    row += 1
    for n, (items, marks, text) in enumerate(zip(SECTIONS, a["marks"], a["texts"]), start=2):
        x.put(f"A{row}", f"{n}." + TITLES[n - 1], merge=f"H{row}", bold=True)
        row += 1
        for i, (item, mark) in enumerate(zip(items, marks)):
            if n == 2:
                cell = f"{item} {'☑' if mark else '☐'}"          # half-width space
            elif n == 5 and i == 1:
                cell = f"{item}　{'☑' if mark else '□'}"         # another box glyph
            else:
                cell = f"{item}　{'☑' if mark else '☐'}"
            x.put(f"A{row}", cell, merge=f"H{row}")
            if len(item) > 50:
                x.height(row, 48)
            row += 1
        x.put(f"A{row}", "具体的な取り組み", merge=f"H{row}")
        x.put(f"A{row + 1}", text or None, merge=f"H{row + 1}")
        x.height(row + 1, 36)
        row += 3
    if a["note"]:
        ws.write(f"A{row}", a["note"])
    return row


def r2_gifu(folder: Path):
    wb = _xbook(folder / "岐阜県本部_取り組み報告書（提出用）.xlsx")
    draft = wb.add_worksheet("下書き")
    _r2_sheet(XSheet(wb, draft), R2_DRAFT)
    final = wb.add_worksheet("提出用")
    last = _r2_sheet(XSheet(wb, final), R2_FINAL)
    assert last == 54, last
    final.activate()
    wb.close()


# ------------------------------------------------------------------ R3 和歌山 (.xls): （実施）・未実施, 800+ text
R3_LONG = (
    "【団体生命共済】\n"
    "・新規加入件数は2025年1月末で412件、目標（680件）に対して60.6％にとどまっている。前年同月（58.2％）と比べると"
    "わずかに上回っているが、年度末までに目標を達成するには残り268件が必要で、月平均では約67件の加入を積み上げなければ"
    "ならない。\n"
    "・保有件数は2024年5月比で99.2％と減少が続いている。定年退職による自然減を新規加入で補いきれていないことが主な要因"
    "である。\n"
    "・地区別にみると、紀北地区は目標の71.3％と比較的順調だが、紀中・紀南地区はそれぞれ52.4％、48.9％と遅れが目立つ。"
    "特に紀南地区は単組の規模が小さく、専従役員のいない単組がほとんどであり、推進の担い手の確保が課題となっている。\n"
    "【新規採用者対策】\n"
    "・2024年4月の新採の同時加入率は38.5％で、前年より4.2ポイント上昇した。採用前の説明会で共済の案内を行った単組では"
    "加入率が高く、説明の機会をいかに確保するかが鍵になっている。\n"
    "・一方、説明会を開けなかった単組では、入庁後の個別の声かけに頼っており、加入が夏以降にずれ込む傾向がみられる。\n"
    "【県支部との連携】\n"
    "・県支部とは毎月の推進会議で実績を共有しているが、単組訪問の日程調整は県本部と県支部で別々に行っており、同じ単組を"
    "短い間隔で訪問してしまうことがあった。11月からは訪問予定を一つの表にまとめ、重複をなくすようにしている。\n"
    "【課題】\n"
    "①推進を担う単組役員の高齢化と後継者不足。共済担当を兼務で持つ役員が多く、推進に割ける時間が限られている。\n"
    "②県支部・県本部の訪問回数に地区ごとの差があり、紀南地区への支援が十分ではない。\n"
    "③若年層に団体生命共済の必要性が伝わりにくく、「保険は民間で入っている」という声が多い。保障の内容と掛金を具体的に"
    "比べて示す資料が必要である。\n"
    "④退職予定者への継続加入の案内が単組任せになっており、退職者団体生命共済への移行の状況を県本部として把握できて"
    "いない。"
)
R3_S1 = [
    R3_LONG,
    "10月から紀中・紀南地区の単組を県支部と合同で訪問し（延べ14単組）、推進担当者と目標・進捗を確認した。12月には"
    "若年層向けに保障の比較資料を作成し、全単組へ配布した。",
    "①紀南地区の小規模単組への重点的な支援\n②新採説明会での同時加入の案内の徹底\n③退職予定者への継続加入の案内",
]
R3_MARKS = [["（実施）・未実施", "実施・（未実施）"],
            ["（実施）・未実施", "（実施）・未実施", "実施・（未実施）", "（実施）・未実施", "実施・（未実施）",
             "（実施）・未実施", "実施・未実施"],
            ["（実施）・未実施", "実施・（未実施）", "(実施)・未実施"],
            ["（実施）・未実施", "（実施）・未実施"],
            ["（実施）・未実施", "（実施）・未実施", "実施・（未実施）", "実施・（未実施）"]]
R3_TEXTS = [
    "交付金は規程にもとづき支払っているが、使途の報告の様式がなく、把握はできていない。",
    "県支部と合同で単組オルグを行い、新採説明会の日程を確認した。新採対策会議は1月24日に開催した。",
    "組織化方針を文書で提起した。説明会は対象者が少なく、各単組での個別対応とした。",
    "推進委員会で進捗を確認するとともに、県支部と合同でモデル単組を訪問した。",
    "冊子を執行委員会で確認し、全単組に配布した。代表者会議での周知は次年度に行う。",
]


def r3_wakayama(folder: Path, work: Path):
    wb = _obook("報告書")
    ws = wb.active
    s = Sheet(ws)
    for col, w in zip("ABCDEFGH", (12, 12, 12, 12, 12, 12, 10, 10)):
        ws.column_dimensions[col].width = w
    s.put("A1", "県本部共済推進取り組み報告書", merge="H1")
    ws["A1"].font = Font(size=14, bold=True)
    s.put("A3", "県本部")
    s.put("B3", "自治労和歌山県本部", merge="C3")
    s.put("E3", "作成日")
    s.put("F3", dt.date(2025, 2, 14), merge="G3", fmt="[$-411]ge.m.d")
    s.put("A4", "作成者")
    s.put("B4", "見本 拓也", merge="C4")
    s.put("E4", "確認者")
    s.put("F4", "見本 千尋", merge="G4")
    _box(ws, "A3:G4")
    s.put("A6", "１　" + TITLES[0], merge="H6")
    ws["A6"].font = BOLD
    # (1) label A7, long text A8:H17; (2) label A18, text A19:H21; (3) label A22, text A23:H25
    s.put("A7", "（１）" + S1_BOX[0], merge="H7")
    s.put("A8", R3_S1[0], merge="H17")
    for r in range(8, 18):
        ws.row_dimensions[r].height = 48
    s.put("A18", "（２）" + S1_BOX[1], merge="H18")
    s.put("A19", R3_S1[1], merge="H21")
    s.put("A22", "（３）" + S1_BOX[2], merge="H22")
    s.put("A23", R3_S1[2], merge="H25")
    _box(ws, "A7:H25")
    row = 27
    for n, (items, marks, text) in enumerate(zip(SECTIONS, R3_MARKS, R3_TEXTS), start=2):
        s.put(f"A{row}", f"{'２３４５６'[n - 2]}　" + TITLES[n - 1], merge=f"H{row}")
        ws[f"A{row}"].font = BOLD
        s.put(f"A{row + 1}", "取り組み項目", merge=f"F{row + 1}")
        s.put(f"G{row + 1}", "実施状況", merge=f"H{row + 1}")
        r = row + 2
        for item, mark in zip(items, marks):
            s.put(f"A{r}", item, merge=f"F{r}")
            s.put(f"G{r}", mark, merge=f"H{r}")
            ws[f"G{r}"].alignment = Alignment(horizontal="center", vertical="center")
            if len(item) > 36:
                ws.row_dimensions[r].height = 30 if len(item) < 70 else 62
            r += 1
        s.put(f"A{r}", "具体的な取り組み", merge=f"A{r + 1}")
        s.put(f"B{r}", text, merge=f"H{r + 1}")
        _box(ws, f"A{row + 1}:H{r + 1}")
        row = r + 3
    assert row == 70, row
    s.put("A70", "※実施状況欄は、該当するものを（　）で囲んでいます。", merge="H70")
    work.mkdir(parents=True, exist_ok=True)
    src = work / "和歌山県本部報告書.xlsx"
    wb.save(src)
    _to_xls(src, folder, work)


# ------------------------------------------------------------------ R4 徳島: 記入要領 first, ア イ ウ, ◯ / ✕
R4_MARKS = [[1, 1], [1, 0, 1, 1, 1, 0, 0], [1, 1, 0], [1, 0], [1, 1, 1, 0]]
R4_S1 = ["◆新規加入は1月末で目標の66.4％。\n◆保有件数は前年5月比100.8％と増加している。",
         "◆9月以降、県支部と合同で執行部学習会を4地区で開催した。\n◆参加した単組では新規加入が増えている。",
         "◆学習会に参加していない単組への働きかけ\n◆新採の同時加入"]
R4_TEXTS = ["規程どおり支払っている。使途は年度末に単組から報告を受けている。",
            "◆10月に県本部・単組主催の執行部学習会を開催\n◆1月に新採対策会議を開催し、組織化方針を提起",
            "◆方針を単組に提起\n◆対象者の名簿をもとに3単組で説明会を開催",
            "推進委員会で進捗を確認した。",
            "冊子を確認し、全単組に配布した。代表者会議で内容を説明した。"]
KATA = "アイウエオカキ"


def r4_tokushima(folder: Path):
    wb = _obook("記入要領")
    guide = wb.active
    g = Sheet(guide)
    guide.column_dimensions["A"].width = 90
    for r, text in ((1, "県本部共済推進取り組み報告書　記入要領"),
                    (3, "１．「報告書」シートに記入してください。"),
                    (4, "２．実施状況欄には、実施した場合は「○」、実施していない場合は「×」を記入してください。"),
                    (5, "３．具体的な取り組み欄には、実施した内容を具体的に記入してください。"),
                    (6, "４．提出期限：2025年2月14日（金）"),
                    (7, "５．提出先：自治労共済推進本部（メールで提出してください）")):
        g.put(f"A{r}", text)
    guide["A1"].font = Font(size=14, bold=True)
    ws = wb.create_sheet("報告書")
    s = Sheet(ws)
    for col, w in zip("ABCDEFG", (6, 14, 14, 16, 14, 14, 8)):
        ws.column_dimensions[col].width = w
    s.put("A1", "県本部共済推進取り組み報告書", merge="G1")
    ws["A1"].font = Font(size=14, bold=True)
    s.put("A3", "県本部名", merge="B3")
    s.put("C3", "徳島県本部")
    s.put("D3", "作成年月日")
    s.put("E3", dt.date(2025, 2, 13), merge="F3", fmt="yyyy/mm/dd")
    s.put("A4", "作成者名", merge="B4")
    s.put("C4", "見本 誠司")
    s.put("D4", "確認者名")
    s.put("E4", "見本 真由美", merge="F4")
    _box(ws, "A3:F4")
    s.put("A6", "1." + TITLES[0], merge="G6")
    ws["A6"].font = BOLD
    row = 7
    for label, text in zip(S1_BOX, R4_S1):
        s.put(f"A{row}", label, merge=f"G{row}")
        s.put(f"A{row + 1}", text, merge=f"G{row + 1}")
        ws.row_dimensions[row + 1].height = 36
        row += 2
    _box(ws, f"A7:G{row - 1}")
    row += 1
    for n, (items, marks, text) in enumerate(zip(SECTIONS, R4_MARKS, R4_TEXTS), start=2):
        s.put(f"A{row}", f"{n}." + TITLES[n - 1], merge=f"G{row}")
        ws[f"A{row}"].font = BOLD
        s.put(f"A{row + 1}", "No.")
        s.put(f"B{row + 1}", "取り組み項目", merge=f"F{row + 1}")
        s.put(f"G{row + 1}", "状況")
        r = row + 2
        for i, (item, mark) in enumerate(zip(items, marks)):
            s.put(f"A{r}", KATA[i])
            s.put(f"B{r}", item, merge=f"F{r}")
            s.put(f"G{r}", "◯" if mark else "✕")
            ws[f"G{r}"].alignment = Alignment(horizontal="center", vertical="center")
            if len(item) > 36:
                ws.row_dimensions[r].height = 30 if len(item) < 70 else 62
            r += 1
        s.put(f"A{r}", "具体的な取り組み", merge=f"G{r}")
        s.put(f"A{r + 1}", text, merge=f"G{r + 1}")
        ws.row_dimensions[r + 1].height = 36
        _box(ws, f"A{row + 1}:G{r + 1}")
        row = r + 3
    assert row == 57, row
    s.put("A57", "※県支部と内容を確認のうえ提出します。", merge="G57")
    wb.save(folder / "徳島県本部　共済推進取組報告書.xlsx")


# ------------------------------------------------------------------ R5 佐賀: 担当/確認 stamp box, 3-state matrix
# 0 = 実施済, 1 = 実施予定, 2 = 未実施, None = no ●
R5_MARKS = [[0, 2], [0, 0, 1, 0, 0, 2, 2], [0, 2, 0], [0, None], [0, 0, 0, 2]]
R5_S1 = ["■新規加入は1月末で目標の55.7％。\n■保有件数は前年5月比で98.9％と減少。\n■有明・唐津地区の単組で加入が伸び悩んでいる。",
         "■11月に県支部と合同で単組オルグを実施（8単組）。\n■12月に推進委員会で単組ごとの進捗を確認した。",
         "■伸び悩んでいる地区の単組への重点オルグ\n■新採の同時加入"]
R5_TEXTS = ["規程にもとづき支払っている。使途の把握は今後の課題。",
            "県支部と合同で8単組をオルグした。執行部学習会は3月に予定している。",
            "1)組織化方針を代表者会議で提起した。\n2)共済のチラシを対象者に配布した。",
            "推進委員会で毎月確認している。",
            "冊子を確認し、全単組に配布・周知した。"]


def r5_saga(folder: Path):
    wb = _xbook(folder / "R7.2佐賀県本部報告.xlsx")
    ws = wb.add_worksheet("佐賀")
    x = XSheet(wb, ws)
    ws.set_column("A:D", 11)
    ws.set_column("E:G", 7)
    ws.set_column("H:J", 13)
    ws.set_column("K:K", 24)
    ws.merge_range("A1:G1", "県本部共済推進取り組み報告書", wb.add_format({"bold": True, "font_size": 14}))
    x.put("I1", "担当")
    x.put("J1", "確認")
    x.put("I2", "試験 大輔")
    x.put("J2", "試験 彩")
    x.height(2, 36)
    x.put("A3", "県名")
    x.put("B3", "佐賀", merge="C3")
    x.put("A4", "作成日")
    x.put("B4", dt.date(2025, 2, 12), merge="C4", num='m"月"d"日"(aaa)')
    x.put("A6", "1）" + TITLES[0], merge="J6", bold=True)
    row = 7
    for label, text in zip(S1_BOX, R5_S1):
        x.put(f"A{row}", label, merge=f"J{row}")
        x.put(f"A{row + 1}", text, merge=f"J{row + 1}")
        x.height(row + 1, 50)
        row += 2
    row += 1
    cols = "EFG"
    for n, (items, marks, text) in enumerate(zip(SECTIONS, R5_MARKS, R5_TEXTS), start=2):
        x.put(f"A{row}", f"{n}）" + TITLES[n - 1], merge=f"J{row}", bold=True)
        x.put(f"A{row + 1}", "取り組み項目", merge=f"D{row + 1}")
        for col, head in zip(cols, ("実施済", "実施予定", "未実施")):
            x.put(f"{col}{row + 1}", head)
        x.put(f"H{row + 1}", "具体的な取り組み", merge=f"J{row + 1}")
        first = row + 2
        for i, (item, mark) in enumerate(zip(items, marks)):
            r = first + i
            x.put(f"A{r}", item, merge=f"D{r}")
            for j, col in enumerate(cols):
                x.put(f"{col}{r}", "●" if mark == j else None)
            if len(item) > 22:
                x.height(r, 30 if len(item) < 50 else 90)
        last = first + len(items) - 1
        if last > first:
            x.put(f"H{first}", text, merge=f"J{last}")
        else:
            x.put(f"H{first}", text, merge=f"J{first}")
        if n == 5:
            ws.write(f"K{first}", "※今年度のモデル単組は3単組")
        row = last + 2
    assert row == 47, row
    wb.close()


# ============================================================================================ surveys

# ------------------------------------------------------------------ S1 群馬: Q&A list, answer below the question
S1_TEXTS = ["・4月1日の辞令交付後に組合説明会（30分）\n・説明会の場で組合と共済の加入届を配布・回収",
            "説明は入庁2～3年目の若手組合員が担当し、先輩として話してもらっている。",
            "競合の組合も同じ日に説明会を求めており、時間の取り合いになっている。",
            "・未加入者名簿を職場ごとに整理\n・職場委員から声かけ",
            "一度断られた人に再度声をかけにくい。",
            "交渉結果をその日のうちにメールで全組合員に送っている。",
            "メールを読んでいるか分からない。",
            "町当局とは年3回交渉。人員不足の解消を最重点にしている。",
            "共済の給付事例を紹介し、自治労の共済の安心感を伝えている。",
            "若手役員の育て方",
            "新採説明会で使える動画がほしい。"]


def s1_gunma(folder: Path):
    wb = _obook("回答票")
    ws = wb.active
    s = Sheet(ws)
    ws.column_dimensions["A"].width = 8
    for col in "BCDEF":
        ws.column_dimensions[col].width = 16
    s.put("A1", "実態共有用アンケート（回答票）", merge="F1")
    ws["A1"].font = Font(size=14, bold=True)
    qa = [("Q1", "県本部名", "群馬"), ("Q2", "単組名", "架空町職員組合"), ("Q3", "記入者お名前", "架空 健太"),
          ("Q4", "上部団体（競合する組合の上部団体）", "全労連・自治労連"),
          ("Q5", "組織の状況", ...),
          ("Q5-1", "組織人員数（自治労）（人）", 356), ("Q5-2", "組織人員数（競合）（人）", 48),
          ("Q5-3", "組織率（自治労）（％）", 58.6), ("Q5-4", "組織率（競合）（％）", 7.9),
          ("Q5-5", "未加入者数（人）", 204), ("Q5-6", "時点", "2024年11月1日"),
          ("Q6", "2025年4月の新規採用者", ...),
          ("Q6-1", INTAKE[0], "18人"), ("Q6-2", INTAKE[1], "15人"), ("Q6-3", INTAKE[2], "1人"),
          ("Q6-4", INTAKE[3], "2人"),
          ("Q7", "自由記述", ...)]
    qa += [(f"Q7-{i + 1}", label, text) for i, (label, text) in enumerate(zip(TEXT_LABELS, S1_TEXTS))]
    r = 3
    for num, question, answer in qa:
        s.put(f"A{r}", num)
        s.put(f"B{r}", question, merge=f"F{r}")
        ws[f"A{r}"].font = BOLD
        ws[f"B{r}"].font = BOLD
        if answer is ...:
            r += 1
            continue
        s.put(f"B{r + 1}", answer, merge=f"F{r + 1}")
        ws[f"B{r + 1}"].alignment = Alignment(wrap_text=True, vertical="top", horizontal="left")
        _box(ws, f"B{r + 1}:F{r + 1}")
        if isinstance(answer, str) and ("\n" in answer or len(answer) > 30):
            ws.row_dimensions[r + 1].height = 32
        r += 2
    assert r == 56, r
    s.put("A57", "※組織率の分母には再任用短時間勤務職員を含みます。", merge="F57")
    wb.save(folder / "群馬_架空町職_アンケート回答.xlsx")


# ------------------------------------------------------------------ S2 三重: （○） beside a printed choice
S2_TEXTS = ["①採用前の説明会（3月）で組合を紹介\n②4月の新採研修で加入の呼びかけ\n③5月に新採歓迎会",
            "・説明会に青年部の役員が同席\n・加入届をその場で記入してもらう\n※令和6年度からオンライン説明会も併用",
            "病院の看護職は競合の加入が多く、説明の機会が少ない。",
            "未加入者に組合ニュースを手渡しし、行事に誘っている。",
            "病院職場の未加入者への声かけが進まない。",
            "・組合ニュース（月1回）\n・庁内掲示板\n・LINE公式アカウント",
            "交替勤務の職場に情報が届きにくい。",
            "市当局とは年4回の団体交渉を行っている。\n※病院の夜勤体制について継続協議中",
            "共済と福利厚生の充実。",
            "病院職場での加入の勧め方",
            "看護職向けの共済の説明資料がほしい。"]


def s2_mie(folder: Path):
    wb = _xbook(folder / "【三重】架空市職労_実態共有アンケート.xlsx")
    ws = wb.add_worksheet("実態共有用アンケート")
    x = XSheet(wb, ws)
    ws.set_column("A:A", 26)
    ws.set_column("B:B", 20)
    ws.set_column("C:C", 18)
    ws.set_column("D:D", 18)
    for col, w in zip("EFGHI", (6, 16, 6, 8, 6)):
        ws.set_column(f"{col}:{col}", w)
    ws.merge_range("A1:I1", "実態共有用アンケート", wb.add_format({"bold": True, "font_size": 14}))
    x.put("A3", "県本部")
    x.put("B3", "三重")
    x.put("A4", "単組")
    x.put("B4", "架空市職員労働組合", merge="C4")
    x.put("A5", "記入者お名前")
    x.put("B5", "見本 沙織", merge="C5")
    x.put("A7", "上部団体")
    for col, v in zip("BCDEFGHI", ("全労連・自治労連", "（　）", "旧全官公自治労連", "（　）", "全労連・医労連", "（○）",
                                   "なし", "（　）")):
        x.put(f"{col}7", v)
    x.put("B9", "自治労")
    x.put("C9", "競合")
    x.put("D9", "時点")
    x.put("A10", "組織人員数（人）")
    x.put("B10", "1,046名")
    x.put("C10", "88名")
    x.put("A11", "組織率（％）")
    x.put("B11", "42.0％（1,046÷2,490）")
    x.put("C11", "3.5％（88÷2,490）")
    x.put("A12", "未加入者数（人）")
    x.put("B12", "1,356名")
    x.put("C12", "1,356名")
    x.put("D10", "2024年12月1日時点", merge="D12")
    x.put("A14", "2025年4月")
    for r, label, v in zip(range(15, 19), INTAKE, ("38名", "30名", "3名", "5名")):
        x.put(f"A{r}", label)
        x.put(f"B{r}", v)
    x.put("A20", RATE_NOTE, merge="I20", border=False)
    for i, (label, text) in enumerate(zip(TEXT_LABELS, S2_TEXTS)):
        r = 22 + i
        x.put(f"A{r}", label)
        x.put(f"B{r}", text, merge=f"I{r}")
        x.height(r, 16 * (text.count("\n") + 1) + 8 if len(label) < 30 else 48)
    ws.write("A34", "※組織率は人事課提供の職員数（2,490人）で計算しています。")
    wb.close()


# ------------------------------------------------------------------ S3 鳥取 (.xls): 記入方法 first, 約…（うち…）
S3_TEXTS = ["採用前の内定者研修で組合の説明時間をもらっている。",
            "共済の説明は県支部の担当者に来てもらっている。",
            "会計年度任用職員は採用時期がばらばらで、説明の機会がない。",
            "会計年度任用職員の更新時期に合わせて加入を呼びかけている。",
            "会計年度任用職員の入れ替わりが多く、名簿が追いつかない。",
            "組合ニュースを全職場に配布している。",
            "特になし",
            "市当局とは年2回の交渉。会計年度任用職員の処遇改善を求めている。",
            "会計年度任用職員も加入できる共済があることを伝えている。",
            "会計年度任用職員の組織化の進め方",
            "会計年度任用職員向けのチラシを作ってほしい。"]


def s3_tottori(folder: Path, work: Path):
    work.mkdir(parents=True, exist_ok=True)
    src = work / "鳥取県本部_架空市職労_アンケート.xlsx"
    wb = _xbook(src)
    guide = wb.add_worksheet("記入方法")
    guide.set_column("A:A", 80)
    for r, text in enumerate(["実態共有用アンケート　記入方法", "",
                              "・「回答」シートの黄色のセルに記入してください。",
                              "・上部団体はプルダウンから選択してください。",
                              "・人数は半角数字で記入してください（例：120）。",
                              "・組織率は小数第1位まで記入してください。",
                              "・提出期限：2024年12月13日（金）"]):
        if text:
            guide.write(r, 0, text)
    ws = wb.add_worksheet("回答")
    x = XSheet(wb, ws)
    ws.set_column("A:A", 28)
    ws.set_column("B:C", 30)
    ws.set_column("D:D", 20)
    ws.set_column("E:F", 14)
    ws.merge_range("A1:F1", "実態共有用アンケート", wb.add_format({"bold": True, "font_size": 14}))
    x.put("A3", "県本部")
    x.put("B3", "鳥取")
    x.put("A4", "単組")
    x.put("B4", "架空市職員労働組合")
    x.put("A5", "記入者お名前")
    x.put("B5", "試験 亮")
    x.put("A7", "上部団体")
    x.put("B7", "自治労")
    x.put("C7", "全労連・自治労連")
    ws.data_validation("C7", {"validate": "list",
                              "source": ["全労連・自治労連", "旧全官公自治労連", "全労連・医労連", "なし"]})
    x.put("A8", "組織人員数（人）")
    x.put("B8", "約1,200名（うち会計年度約300名）")
    x.put("C8", "30名程度")
    x.put("A9", "組織率（％）")
    x.put("B9", "約62％（会計年度含む）")
    x.put("C9", "1.5%位")
    x.put("D9", "令和6年11月末現在", border=False)
    x.put("A10", "未加入者数（人）")
    x.put("B10", "700名前後（うち会計年度約250名）")
    x.put("C10", "700名前後（うち会計年度約250名）")
    x.put("A12", "2025年")
    for r, label, v in zip(range(13, 17), INTAKE, ("41名（うち保育士6名）", "33名", "2名", "6名（保留中含む）")):
        x.put(f"A{r}", label)
        x.put(f"B{r}", v)
    x.put("A18", RATE_NOTE, merge="F18", border=False)
    for i, (label, text) in enumerate(zip(TEXT_LABELS, S3_TEXTS)):
        r = 19 + i
        x.put(f"A{r}", label)
        x.put(f"B{r}", text, merge=f"F{r}")
        x.height(r, 30)
    ws.write("A31", "※組合員数は令和6年11月末の組合費名簿による")
    ws.activate()
    wb.close()
    _to_xls(src, folder, work)


# ------------------------------------------------------------------ S4 大分: 下書き + 提出用, 800+ text
S4_LONG = (
    "【採用前】\n"
    "・2月に内定者向けの説明会を町当局の了解を得て開催している。町の人事担当者が研修日程を説明した後、30分間の時間を"
    "もらい、委員長と青年部長が組合の役割と活動を説明する。\n"
    "・説明会では、組合の紹介パンフレットと共済の案内、加入届をセットにした封筒を全員に配布し、その場での記入はお願い"
    "せず、4月の入庁時に回収している。\n"
    "【入庁後】\n"
    "・4月1日の辞令交付式の後、新採研修の昼休みを使って2回目の説明会を開く。ここで加入届を回収し、まだ迷っている人には"
    "配属先の職場委員から改めて声をかけてもらう。\n"
    "・配属先ごとに先輩組合員を「相談役」として決め、仕事の悩みも含めて気軽に話せる関係づくりをしている。相談役には"
    "事前に執行部から説明のポイントを伝えている。\n"
    "・5月の連休明けに新採歓迎会を開き、他の課の同期や先輩と顔を合わせる機会をつくっている。費用は組合が負担し、"
    "未加入の人も参加できるようにしている。\n"
    "【共済の案内】\n"
    "・団体生命共済は、若いうちは掛金が安く保障が大きいことを、民間の保険と比べた資料で説明している。\n"
    "・実家から離れて一人暮らしを始める新採には、火災共済や自動車共済の案内もあわせて行っている。\n"
    "・加入手続きは組合事務所で書記が手伝い、書類の書き方で迷わないようにしている。扶養家族のいる人には家族の加入も"
    "あわせて案内している。\n"
    "・共済の説明の後に、組合費の使い道（共済の事務費、学習会、職場の要求の取りまとめなど）も示し、組合費が何に使われて"
    "いるかが分かるようにしている。\n"
    "【結果】\n"
    "・2024年4月の新採は14人中11人が加入し、うち9人が団体生命共済にも同時加入した。説明会に2回とも参加した人は全員が"
    "加入している。\n"
    "・一方で、保健師や保育士など専門職の中途採用は採用時期がばらばらで、説明会の対象から漏れやすい。中途採用者には"
    "個別に説明の時間をとるよう、今年度から人事担当と調整を始めた。"
)
S4_LABOR = (
    "町当局とは年3回の団体交渉を基本とし、必要に応じて事務折衝を行っている。\n"
    "・人員確保：退職者の補充を求め、2025年度は3人の増員の回答を得た。\n"
    "・会計年度任用職員：勤勉手当の支給を求め、2024年度から支給が始まった。\n"
    "・時間外勤務：災害対応時の長時間労働について、代休の確実な取得を確認した。\n"
    "労使関係はおおむね良好だが、交渉の前に当局の考え方を知る機会が少ないため、日常的な協議の場をつくることが課題である。"
)
S4_FINAL = {
    "writer": "見本 隆之", "rival": "旧全官公自治労連", "pairs": [(310, 72), (48.2, 11.2), (261, 261)],
    "as_of": "2024.11.1", "intake": [14, 11, 2, 1],
    "texts": [S4_LONG, "説明会で先輩組合員に体験を話してもらっている。", "中途採用の専門職に説明する機会がない。",
              "年1回、未加入者の一覧を作り、執行委員で分担して声をかけている。", "組合費の負担感を理由に断られることが多い。",
              "組合だよりを年4回発行し、全職場に回覧している。", "回覧が途中で止まり、全員に届かないことがある。",
              S4_LABOR, "共済と交渉の成果を両方伝えている。", "中途採用者への説明の工夫",
              "県本部の学習会の資料を電子データでもらいたい。"],
    "note": "※組合員数には再任用職員を含みます。",
}
S4_DRAFT = {
    "writer": "見本 隆之", "rival": "旧全官公自治労連", "pairs": [(305, 70), (47.6, 11.0), (265, 265)],
    "as_of": "2024.10.1", "intake": [None, None, None, None],
    "texts": ["内定者説明会と入庁後の説明会の2回。（あとで詳しく書く）"] + [None] * 10,
    "note": None,
}


def _s4_sheet(ws, a: dict):
    s = Sheet(ws)
    for col, w in zip("ABCDEFG", (26, 14, 14, 18, 14, 14, 14)):
        ws.column_dimensions[col].width = w
    s.put("A1", "実態共有用アンケート", merge="G1")
    ws["A1"].font = Font(size=14, bold=True)
    for r, label, v in ((3, "県本部", "大分"), (4, "単　組", "架空町職員組合"), (5, "記入者お名前", a["writer"])):
        s.put(f"A{r}", label)
        s.put(f"B{r}", v, merge=f"C{r}")
    s.put("A7", "上部団体")
    s.put("B7", "自治労")
    s.put("C7", a["rival"])
    s.put("D7", "時点")
    for r, label, (j, c) in zip((8, 9, 10), ("組織人員数（人）", "組織率（％）", "未加入者数（人）"), a["pairs"]):
        s.put(f"A{r}", label)
        s.put(f"B{r}", j)
        s.put(f"C{r}", c)
    s.put("D8", a["as_of"])
    _box(ws, "A7:D10")
    s.put("A12", "2025年")
    for r, label, v in zip(range(13, 17), INTAKE, a["intake"]):
        s.put(f"A{r}", label)
        s.put(f"B{r}", v)
    _box(ws, "A13:B16")
    s.put("A18", RATE_NOTE, merge="G18")
    r = 20
    for i, (label, text) in enumerate(zip(TEXT_LABELS, a["texts"])):
        span = 8 if i == 0 else (4 if i == 7 else 2)
        s.put(f"A{r}", label, merge=f"A{r + span - 1}")
        s.put(f"B{r}", text, merge=f"G{r + span - 1}")
        for k in range(span):
            ws.row_dimensions[r + k].height = 60 if i == 0 else (30 if i == 7 else 18)
        r += span
    _box(ws, f"A20:G{r - 1}")
    if a["note"]:
        s.put(f"A{r + 1}", a["note"], merge=f"G{r + 1}")
    return r + 1


def s4_oita(folder: Path):
    wb = _obook("下書き")
    _s4_sheet(wb.active, S4_DRAFT)
    final = wb.create_sheet("提出用")
    last = _s4_sheet(final, S4_FINAL)
    assert last == 51, last
    wb.active = 1
    wb.save(folder / "大分_架空町職_アンケート.xlsx")


# ------------------------------------------------------------------ S5 沖縄: 職名 field, intake by job + 合計
S5_TEXTS = ["採用時の研修で組合の説明をしている。",
            "村長部局と教育委員会の新採をまとめて説明している。\n※採用人数が少ないため、個別に話すことも多い。",
            "特になし。",
            "未加入の職員は2人だけなので、委員長が直接話をしている。",
            "特になし。",
            "・組合ニュース（年6回）\n・役場の掲示板",
            "離島の出張所に情報が届くのが遅い。",
            "村当局とは年2回の交渉。\n・会計年度任用職員の処遇改善\n・離島勤務手当の見直し",
            "競合組合なし。",
            "小規模単組の共済推進の進め方",
            "離島でも参加できるオンラインの学習会を増やしてほしい。"]


def s5_okinawa(folder: Path):
    wb = _xbook(folder / "沖縄県本部　架空村職労　実態共有アンケート.xlsx")
    ws = wb.add_worksheet("アンケート")
    x = XSheet(wb, ws)
    ws.set_column("A:A", 18)
    ws.set_column("B:B", 16)
    ws.set_column("C:E", 14)
    ws.set_column("F:H", 12)
    ws.merge_range("A1:H1", "実態共有用アンケート", wb.add_format({"bold": True, "font_size": 14}))
    x.put("A3", "県本部")
    x.put("B3", "沖縄")
    x.put("A4", "単組")
    x.put("B4", "架空村職員労働組合", merge="C4")
    x.put("A5", "記入者お名前")
    x.put("B5", "架空 大地")
    x.put("C5", "職名")
    x.put("D5", "書記長")
    x.put("A7", "上部団体")
    x.put("B7", "自治労")
    x.put("C7", "なし")
    x.put("A8", "組織人員数（人）")
    x.put("B8", 152)
    x.put("C8", None)
    x.put("A9", "組織率（％）")
    x.put("B9", 0.864, num="0.0%")
    x.put("C9", None)
    x.put("A10", "未加入者数（人）")
    x.put("B10", 24)
    x.put("C10", None)
    x.put("D8", dt.date(2024, 11, 1), num='m"月"d"日現在"')
    x.put("A12", "2025年4月新規採用者", merge="B12", border=False)
    for col, head in zip("ABCDE", ("職種",) + tuple(INTAKE)):
        x.put(f"{col}13", head)
    x.height(13, 30)
    for r, job, nums in ((14, "一般事務", (5, 4, 0, 1)), (15, "保育士", (2, 2, 0, 0)), (16, "技能労務", (1, 0, 0, 1))):
        x.put(f"A{r}", job)
        for col, v in zip("BCDE", nums):
            x.put(f"{col}{r}", v)
    x.put("A17", "合計")
    for col, v in zip("BCDE", (8, 6, 0, 2)):
        ws.write_formula(f"{col}17", f"=SUM({col}14:{col}16)", x.fmt(), v)
    x.put("A19", RATE_NOTE, merge="H19", border=False)
    for i, (label, text) in enumerate(zip(TEXT_LABELS, S5_TEXTS)):
        r = 21 + i
        x.put(f"A{r}", label, merge=f"B{r}")
        x.put(f"C{r}", text, merge=f"H{r}")
        x.height(r, max(32, 16 * (text.count("\n") + 1) + 4))
    ws.write("A33", "※採用者数は2025年4月1日付の辞令による")
    wb.close()


def build(root: Path) -> dict[str, Path]:
    from legacy_kit import build_set

    return build_set(Path(root), [r1_fukui, r2_gifu, r4_tokushima, r5_saga],
                     [s1_gunma, s2_mie, s4_oita, s5_okinawa],
                     converted=[("report", r3_wakayama), ("survey", s3_tottori)])


if __name__ == "__main__":
    print(build(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/legacy9")))
