"""Twentieth, independent set of legacy-style fixtures (tests/legacy20), made to measure GENERALISATION.

Theme: HOW SUBMISSIONS ARRIVE, not how one form is typed. Each workbook is a plausible way a file really reaches HQ
by e-mail: a 県本部 forwarding its unions' surveys as the sheets of ONE book, a clerk sending the draft and the final
copy together, a 県本部 putting its report and a union's survey in one book, last year's answers left above this
year's on the same sheet, two unions answered side by side by one clerk, a form sheet saved HIDDEN behind an
instructions sheet, answers typed on a second sheet because the form was protected, a form followed by a 2,000-row
pasted list, a report behind a cover letter (送付状) with its own date and names.

Ten workbooks (eight 実態共有用アンケート, two 県本部共済推進取り組み報告書; FY2025 as tests/legacy18: survey figures
as of November 2025, intake 「2026年 新規採用者」, reports made February 2026 (令和8年), section titles 「2026年4月
新規採用者対策」 「2026年3月末の…」), written with openpyxl and XlsxWriter, one (R2) saved as .xls through
LibreOffice. The answers inside each form are laid out close to the printed form (labels in A, answers beside them):
what varies is the WORKBOOK around them. Habits marked NEW are judged plausible and absent from tests/legacy2 …
tests/legacy18 (as far as their docstrings tell); "seen" ones appear there in some form. Every name, union and
sentence is invented for this set (見本 / 試験 / 架空 / 仮名 / 例示 names); the only texts taken from the real forms
are the printed labels and instructions. Nothing here imports the reader.

The printed survey block (rows relative to its title row t; t = 1 unless said otherwise):
  t title; t+2..t+5 県本部 / 単組 / 記入者お名前 / 上部団体 (answers merged B:D); t+7 B 自治労 | C 競合 | D 時点;
  t+8 組織人員数（人）, t+9 組織率（％）, t+10 未加入者数（人） (時点 merged D(t+8):D(t+10)); t+11 正規職員数（人）;
  t+12 会計年度任用職員・パート等の非正規職員数（人）; t+13 the printed 組織率 note; t+15 「2026年 新規採用者」;
  t+16..t+19 新規採用者数 / 自治労加入者数 / 競合加入者数 / 未加入者数; t+21..t+31 the eleven texts (answer B:F).
The printed report block: title 1; header A3..A6 | B:D; s1 8 (labels 9 / 12 / 15, texts merged 10:11, 13:14,
  16:17); s2 19 (heading row 20 実施 | 取り組み項目 | 具体的な取り組み; items 21, 22), s3 24 (items 26..32),
  s4 34 (items 36..38), s5 40 (items 42, 43), s6 45 (items 47..50); the mark in A, the item B:E, the section
  text merged F:H over the item rows; a 「※」 note at A52.

SURVEYS (folder survey/)
S1 長野県本部_実態共有アンケート_取りまとめ.xlsx (openpyxl)  -- NOT SCORABLE BY THE HARNESS (see expected.ARRIVAL)
   the 長野県本部 COLLECTED THREE UNIONS' SURVEYS AS THE SHEETS OF ONE BOOK (NEW): a first sheet 「取りまとめ」
   (No. | 単組名 | シート | 提出日, a ※ line), then one sheet per union, the tabs named by union 「見本町職」 「試験村職」
   「架空市職労」, each a complete filled form (same layout, different numbers, texts, writers; 試験村職 has no
   competitor: 上部団体 「なし」, competitor cells empty). The README counts one row per FILE (一覧「1 ファイル 1 行」)
   and says nothing of a book holding several unions; 「様式が 2 枚のシートに分かれているときは両方を読みます」 is
   about ONE form split over two sheets. What HQ needs: every union's answers (three records), or, since one file
   gives one row, a clear 取込不可 naming each sheet / union so that HQ asks for separate files. Never: the first
   union's answers read silently as the file's only record, nor the three sheets merged into one record.
S2 岐阜_見本町職_アンケート.xlsx (XlsxWriter)
   the DRAFT AND THE FINAL COPY in one book: sheets 「提出用」 (FIRST, the complete answers) then 「下書き」 (an earlier
   draft: other numbers 402 / 60, rates and 未加入者数 empty, 時点 「2025年10月1日現在」, writer blank, most texts
   「（あとで書く）」); the book SAVED WITH THE DRAFT AS THE ACTIVE, SELECTED SHEET (it opens on 「下書き」) (the pair
   下書き / 提出用 seen in tests/legacy9 with the draft FIRST; the final first and the draft active NEW); 時点
   「2025年11月1日現在」; one 「特になし」; a ※ note under the final form (A34).
S3 静岡_架空町職_アンケート.xlsx (openpyxl), one sheet 「アンケート」
   the FORM PASTED TWICE ON ONE SHEET (NEW for a survey): rows 1-32 LAST YEAR's filled block (title 「実態共有用
   アンケート（令和6年度）」, 時点 「令和6年11月1日現在」, 「2025年 新規採用者」, last year's numbers and shorter texts),
   two empty rows, then rows 35-66 THIS YEAR's block (title 「…（令和7年度）」, 時点 「令和7年11月1日現在」, 「2026年
   新規採用者」); the clerk's ※ note under this year's block (A68). No separator line says which block is which:
   only the titles, 時点 and intake years.
S4 兵庫_見本市職・見本町職_アンケート.xlsx (XlsxWriter)  -- NOT SCORABLE BY THE HARNESS (see expected.ARRIVAL)
   ONE CLERK ANSWERED FOR TWO UNIONS SIDE BY SIDE on one sheet (NEW): 県本部 once (B3:E3); 単組 row 4 with
   「見本市職員労働組合」 B4:C4 | 「見本町職員組合」 D4:E4; writer and 上部団体 per union (見本町職: 「なし」); the numbers
   table with a union row (row 8, B:C | D:E) over 自治労 | 競合 | 自治労 | 競合 (row 9), 時点 in F; staff counts
   and intake merged per union (B:C | D:E); each text label with two answers (B:C | D:E). README silent. What HQ
   needs: two records, or 取込不可 naming both unions; never one union read alone, and never the second union's
   自治労 numbers read as the first union's 競合 numbers. A ※ line A36 says the clerk filled in both.
S5 三重_試験村職_アンケート.xlsx (openpyxl)
   the FORM SHEET SAVED HIDDEN (NEW: hidden sheets in earlier sets hold last year's answers or dropdown lists; here
   the hidden sheet is the ONLY filled form): sheets 「記入要領」 (FIRST, visible, active: the printed instructions,
   the deadline, the 提出先, and a 記入例 block with 「○○町職員労働組合」 and example numbers 1,000 / 50 (記入例 sheets
   seen)) then 「アンケート」 (HIDDEN, the filled form). 上部団体 「なし」, competitor cells empty (seen); 時点 「R7.11.1」
   (seen); one 「なし」; a ※ note A34 on the hidden sheet.
S6 滋賀_架空町職_アンケート.xlsx (openpyxl)
   the FORM SHEET PROTECTED WITH EVERY CELL LOCKED (the 県本部 pre-filled 県本部 / 単組 and protected the whole sheet),
   so the union typed its answers on a SECOND SHEET 「回答」 it added (NEW as combined: the header ONLY on the
   protected form, everything else ONLY on 「回答」; a blank form before a filled 「回答」 sheet seen in tests/legacy3):
   「回答」 is a 項目 | 回答 list with group rows 【組織の状況】 / 【2026年 新規採用者】 / 【取り組みと悩み】, the pairs as
   「組織人員数（自治労）」 / 「組織人員数（競合）」 … (seen), 未加入者数 both in the org rows and the intake rows (seen),
   時点 the text 「2025年11月1日」, 7.0 typed as a number; the union's ※ line A2 explaining why; the book saved
   with 「回答」 active.
S7 岡山_架空市職_アンケート.xlsx (XlsxWriter)
   a VERY LONG SHEET: the filled form (rows 1-32), ONE empty row, the union's ※ line (A34), one empty row, a heading
   「【参考】職員の加入状況（抜粋、2025年11月1日現在）」 (A36), a header row No. | 氏名 | 所属 | 加入状況 (row 37) and
   2,000 PASTED ROWS (38-2037) of an invented staff list, FOUR cells a row (a table pasted under the form seen in
   earlier sets with five or more cells a row and two or more empty rows above; 2,000 rows, four cells, one empty row
   NEW).
S8 鳥取県本部_共済報告書とアンケート.xlsx (openpyxl), in the SURVEY folder
   a REPORT AND A SURVEY OF THE SAME 県本部 IN ONE BOOK (NEW): sheet 「報告書」 FIRST and active (the 鳥取県本部's
   complete report: ☑ / □ marks, six texts, 作成者 / 確認者), then 「アンケート」 (a union's survey, 架空町職員労働組合,
   sent with it); the survey's ※ note A34. Consolidated as a survey: the survey sheet's answers, nothing of the report.

REPORTS (folder report/)
R1 高知県本部_報告書・アンケート.xlsx (openpyxl), in the REPORT folder
   the same arrival the other way round (NEW): sheet 「アンケート」 FIRST and active (a union's survey, 見本村職員組合,
   上部団体 「なし」), then 「報告書」 (the 高知県本部's report: ☑ / □, 作成日 a real date shown yyyy/m/d); the report's
   ※ note A52. Consolidated as a report: the report sheet's answers, nothing of the survey.
R2 宮崎県本部_共済推進取り組み報告書.xls (openpyxl → LibreOffice .xls)
   a COVER LETTER (送付状) FIRST (a cover sheet seen in tests/legacy2; a letter with its OWN DATE 2026/2/20, a sender
   「書記長　見本 健一」 and a contact 「担当：見本 優花」 differing from the form's 作成者 NEW): 宛先, 発信者, 件名,
   本文, 記, the enclosure line, 以上; then 「報告書」 with 作成日 a real date 2026/2/16 shown yyyy"年"m"月"d"日",
   作成者 試験 さくら, 確認者 見本 健一; marks ○ / × (seen); the report's ※ note A52. The 作成日 is the form's, not
   the letter's; 作成者 is the form's, not the letter's 担当.
"""
from __future__ import annotations

import datetime
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import openpyxl
import xlsxwriter
from openpyxl.styles import Alignment

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import legacy_kit as kit  # noqa: E402
from legacy_kit import INTAKE, RATE_NOTE, S2, S3, S4, S5, TEXT_LABELS  # noqa: E402

# this year's printed texts (FY2025: 2026年4月新採, 2026年3月末)
S6 = kit.S6[:3] + [kit.S6[3].replace("2025年", "2026年")]
S1_BOX = ["目標達成にむけた進捗と課題", "左記、2025年6月報告以降の取り組みと課題", "今後、重点的に取り組む課題"]
TITLES = ["県本部共済推進方針の目標達成にむけた進捗と重点的に取り組む課題", "共済推進県本部交付金の活用について",
          "2026年4月新規採用者対策", "2026年3月末の役職定年者、再任用、再雇用者への対応状況",
          "加入拡大モデル単組に対して県本部の関わり方について",
          "じちろう共済推進マニュアルの単組への落し込みや活用方法の提示など"]
ITEMS = [S2, S3, S4, S5, S6]
SEC_ROWS = (19, 24, 34, 40, 45)
NUM = "１２３４５６"
INSTRUCTIONS = (  # the survey form's printed instructions
    "黄色のセルに入力してください。数字が分からないときは空欄のままで構いません（「約」「程度」なども書けます）。",
    "上部団体は一覧から選んでください。競合する組合がない場合は「なし」を選んでください。",
    "組織率＝組合員数／（正規職員数＋会計年度任用職員やパート職員など非正規職員数）×100",
)


# ------------------------------------------------------------------------------------------------ writers

class XSheet:
    """The same put() as legacy_kit.Sheet, for an XlsxWriter sheet (formats cached by number format)."""

    def __init__(self, wb, ws):
        self.wb, self.ws, self._fmts = wb, ws, {}

    def _fmt(self, num):
        if num not in self._fmts:
            spec = {"text_wrap": True, "valign": "top", "border": 1}
            if num:
                spec["num_format"] = num
            self._fmts[num] = self.wb.add_format(spec)
        return self._fmts[num]

    def put(self, ref: str, value, merge: str | None = None, fmt: str | None = None):
        f = self._fmt(fmt)
        if merge:
            self.ws.merge_range(f"{ref}:{merge}", "" if value is None else value, f)
        elif value is None:
            self.ws.write_blank(ref, None, f)
        else:
            self.ws.write(ref, value, f)


def _widths_openpyxl(ws, **w):
    for col, width in w.items():
        ws.column_dimensions[col].width = width


SURVEY_WIDTHS = dict(A=34, B=14, C=14, D=22, E=14, F=14)


def _xwidths(ws, widths=SURVEY_WIDTHS):
    for col, width in widths.items():
        ws.set_column(f"{col}:{col}", width)


def survey_block(s, t: int, d: dict, fy: str = "令和7年度", intake_year: int = 2026) -> int:
    """The printed survey form with its answers from row t (the title); returns the last text row."""
    s.put(f"A{t}", f"実態共有用アンケート（{fy}）", merge=f"F{t}")
    for i, (label, key) in enumerate((("県本部", "pref"), ("単組", "union"), ("記入者お名前", "writer"),
                                      ("上部団体", "rival"))):
        s.put(f"A{t + 2 + i}", label)
        s.put(f"B{t + 2 + i}", d[key], merge=f"D{t + 2 + i}")
    s.put(f"B{t + 7}", "自治労")
    s.put(f"C{t + 7}", "競合")
    s.put(f"D{t + 7}", "時点")
    for i, (label, a, b) in enumerate((("組織人員数（人）", "mj", "mr"), ("組織率（％）", "rj", "rr"),
                                       ("未加入者数（人）", "nj", "nr"))):
        fmt = "0.0" if a == "rj" else "#,##0"
        s.put(f"A{t + 8 + i}", label)
        s.put(f"B{t + 8 + i}", d[a], fmt=fmt)
        s.put(f"C{t + 8 + i}", d[b], fmt=fmt)
    s.put(f"D{t + 8}", d["as_of"], merge=f"D{t + 10}")
    s.put(f"A{t + 11}", "正規職員数（人）")
    s.put(f"B{t + 11}", d["reg"], fmt="#,##0")
    s.put(f"A{t + 12}", "会計年度任用職員・パート等の非正規職員数（人）")
    s.put(f"B{t + 12}", d["nonreg"], fmt="#,##0")
    s.put(f"A{t + 13}", RATE_NOTE, merge=f"F{t + 13}")
    s.put(f"A{t + 15}", f"{intake_year}年 新規採用者")
    for i, (label, v) in enumerate(zip(INTAKE, d["intake"])):
        s.put(f"A{t + 16 + i}", label)
        s.put(f"B{t + 16 + i}", v, fmt="#,##0")
    for i, (label, answer) in enumerate(zip(TEXT_LABELS, d["texts"])):
        s.put(f"A{t + 21 + i}", label)
        s.put(f"B{t + 21 + i}", answer, merge=f"F{t + 21 + i}")
    return t + 31


def report_block(s, d: dict, done: str = "☑", undone: str = "□", date_fmt: str = "yyyy/m/d"):
    """The printed report form with its answers (rows as in the module docstring)."""
    s.put("A1", "県本部共済推進取り組み報告書（令和7年度）", merge="H1")
    for r, (label, key) in enumerate((("県名", "pref"), ("作成日", "created"), ("作成者", "author"),
                                      ("確認者", "checker")), start=3):
        s.put(f"A{r}", label)
        s.put(f"B{r}", d[key], merge=f"D{r}", fmt=date_fmt if key == "created" else None)
    s.put("A8", "１．" + TITLES[0], merge="H8")
    for r, label, text in zip((9, 12, 15), S1_BOX, d["s1"]):
        s.put(f"A{r}", label, merge=f"H{r}")
        s.put(f"A{r + 1}", text, merge=f"H{r + 2}")
    for n, (row, items, marks, text) in enumerate(zip(SEC_ROWS, ITEMS, d["marks"], d["texts"]), start=2):
        s.put(f"A{row}", f"{NUM[n - 1]}．{TITLES[n - 1]}", merge=f"H{row}")
        s.put(f"A{row + 1}", "実施")
        s.put(f"B{row + 1}", "取り組み項目", merge=f"E{row + 1}")
        s.put(f"F{row + 1}", "具体的な取り組み", merge=f"H{row + 1}")
        first = row + 2
        for i, (item, mark) in enumerate(zip(items, marks)):
            s.put(f"A{first + i}", done if mark else undone)
            s.put(f"B{first + i}", item, merge=f"E{first + i}")
        s.put(f"F{first}", text, merge=f"H{first + len(items) - 1}")
    s.put("A52", d["note"], merge="H52")


REPORT_WIDTHS = dict(A=8, B=20, C=20, D=20, E=20, F=24, G=24, H=24)

# ------------------------------------------------------------------------------------------------ data

NAGANO = [  # S1: the three unions the 長野県本部 collected (sheet name, answers)
    ("見本町職", {
        "pref": "長野県本部", "union": "見本町職員組合", "writer": "見本 恵", "rival": "全労連・自治労連",
        "mj": 214, "mr": 37, "rj": 61.3, "rr": 10.6, "nj": 98, "nr": 98, "as_of": "令和7年11月1日現在",
        "reg": 301, "nonreg": 48, "intake": (8, 6, 1, 1),
        "texts": ["辞令交付の日に組合説明会を開き、その場で加入をすすめている。",
                  "説明会では青年部の役員が職場の様子を話している。",
                  "保育園に配属される新採に説明する時間が取れない。",
                  "未加入者に組合ニュースを配り、学習会に誘っている。",
                  "会計年度任用職員への声かけが十分にできていない。",
                  "交渉の結果を職場ごとに報告会で伝えている。",
                  "特になし",
                  "町当局とは年2回交渉している。人員確保を重点にしている。",
                  "共済の給付の早さと、身近な相談役がいることを伝えている。",
                  "小規模単組での青年部の立ち上げ方",
                  "新採向けの説明資料を早めに送ってほしい。"]}),
    ("試験村職", {
        "pref": "長野県本部", "union": "試験村職員労働組合", "writer": "試験 大地", "rival": "なし",
        "mj": 58, "mr": None, "rj": 72.5, "rr": None, "nj": 22, "nr": None, "as_of": "令和7年11月1日現在",
        "reg": 70, "nonreg": 10, "intake": (3, 3, 0, 0),
        "texts": ["4月の最初の週に役場の会議室で説明会を開いている。",
                  "先輩職員と一緒に昼食会を開いて話を聞く場にしている。",
                  "採用が少なく、毎年の説明の準備に手が回らない。",
                  "未加入者の多くは会計年度任用職員で、個別に声をかけている。",
                  "組合費の負担を理由に断られることが多い。",
                  "組合だよりを年4回発行している。",
                  "役場と診療所で情報が届く早さに差がある。",
                  "村当局とは年1回交渉している。",
                  "競合組合なし。",
                  "特になし",
                  "小規模単組向けの学習会を開いてほしい。"]}),
    ("架空市職労", {
        "pref": "長野県本部", "union": "架空市職員労働組合", "writer": "架空 直樹", "rival": "全労連・自治労連",
        "mj": 1182, "mr": 240, "rj": 55.4, "rr": 11.2, "nj": 712, "nr": 712, "as_of": "令和7年11月1日現在",
        "reg": 1820, "nonreg": 314, "intake": (46, 36, 4, 6),
        "texts": ["採用前の説明会で組合の紹介の時間をもらい、加入届を配っている。",
                  "職種ごとの先輩組合員が説明し、質問に答えるようにしている。",
                  "競合組合も同じ日に説明会を開くため、比べられることが多い。",
                  "未加入者が多い職場を選んで役員が昼休みに訪問している。",
                  "一度断った人に続けて声をかけるのが難しい。",
                  "交渉の様子を写真付きのニュースで知らせている。",
                  "出先の職場にニュースが届くのが遅れる。",
                  "市当局とは年4回交渉している。時間外勤務の縮減を求めている。",
                  "共済と労働相談の両方があることを伝えている。",
                  "競合組合と同じ職場での加入の呼びかけ方",
                  "競合の多い地域での取り組み事例を紹介してほしい。"]}),
]

GIFU_FINAL = {
    "pref": "岐阜", "union": "見本町職員労働組合", "writer": "見本 彩", "rival": "旧全官公自治労連",
    "mj": 398, "mr": 64, "rj": 58.5, "rr": 9.4, "nj": 218, "nr": 218, "as_of": "2025年11月1日現在",
    "reg": 560, "nonreg": 120, "intake": (17, 13, 2, 2),
    "texts": ["4月1日の辞令交付の後に30分の説明会を開いている。",
              "説明会の前に新採の配属先の組合員に声をかけてもらっている。",
              "説明会のあとに加入届を出さない新採へのフォローが続かない。",
              "年に1回、未加入者の名簿を作り、職場委員と手分けして声をかけている。",
              "競合組合の加入者が多い職場では話を聞いてもらえない。",
              "組合ニュースを月1回、メールと紙の両方で配っている。",
              "メールを読んでいない組合員が多い。",
              "町当局とは年3回交渉している。今年は会計年度任用職員の手当を求めた。",
              "共済の給付の手続きを組合が手伝っていることを伝えている。",
              "競合組合の多い職場での未加入者対策",
              "特になし"]}
GIFU_DRAFT = {
    "pref": "岐阜", "union": "見本町職員労働組合", "writer": None, "rival": "旧全官公自治労連",
    "mj": 402, "mr": 60, "rj": None, "rr": None, "nj": None, "nr": None, "as_of": "2025年10月1日現在",
    "reg": 560, "nonreg": 118, "intake": (16, 12, 2, 2),
    "texts": ["辞令交付の後に説明会（時間は未定）",
              "（あとで書く）",
              "（あとで書く）",
              "未加入者の名簿を作る予定",
              "（あとで書く）",
              "組合ニュース",
              None, None, None, None, None]}

SHIZUOKA_LAST = {
    "pref": "静岡", "union": "架空町職員組合", "writer": "架空 翔太", "rival": "全労連・自治労連",
    "mj": 181, "mr": 27, "rj": 62.8, "rr": 9.4, "nj": 80, "nr": 80, "as_of": "令和6年11月1日現在",
    "reg": 248, "nonreg": 40, "intake": (6, 4, 1, 1),
    "texts": ["4月の入庁式の後に組合説明会を開いた。",
              "説明会の資料を新しくした。",
              "説明会に出られない新採がいる。",
              "未加入者に年1回、手紙で加入を呼びかけた。",
              "反応が少ない。",
              "組合の掲示板で知らせている。",
              "特になし",
              "町当局とは年2回交渉した。",
              "相談会を開いている。",
              "未加入者への呼びかけ方",
              "特になし"]}
SHIZUOKA_THIS = {
    "pref": "静岡", "union": "架空町職員組合", "writer": "架空 翔太", "rival": "全労連・自治労連",
    "mj": 176, "mr": 29, "rj": 60.3, "rr": 9.9, "nj": 87, "nr": 87, "as_of": "令和7年11月1日現在",
    "reg": 250, "nonreg": 42, "intake": (7, 5, 1, 1),
    "texts": ["4月の入庁式の翌日に組合説明会を開いている。",
              "説明会で共済の給付を受けた先輩の話を紹介している。",
              "保健センターの新採は説明会に出られないことが多い。",
              "未加入者に年2回、手紙で加入を呼びかけている。",
              "手紙だけでは反応が少ない。",
              "組合の掲示板を職員通用口の近くに移した。",
              "特になし",
              "町当局とは年2回交渉している。今年は夏季休暇の日数を増やした。",
              "組合員向けの相談会を月1回開いている。",
              "手紙以外の未加入者への呼びかけ方",
              "県本部の学習会を土曜日にも開いてほしい。"]}

HYOGO = [  # S4: two unions side by side
    {"union": "見本市職員労働組合", "writer": "架空 陽子", "rival": "全労連・自治労連",
     "mj": 1204, "mr": 180, "rj": 61.2, "rr": 9.1, "nj": 584, "nr": 584, "reg": 1700, "nonreg": 268,
     "intake": (38, 30, 3, 5),
     "texts": ["採用前研修の中で組合説明の時間をもらっている。",
               "説明のあとに職場ごとの歓迎会を開いている。",
               "競合組合の説明会と日程が重なる。",
               "未加入者の多い職場で昼休みの懇談会を開いている。",
               "懇談会に来る人が限られる。",
               "組合ニュースを毎月発行している。",
               "特になし",
               "市当局とは年4回交渉している。会計年度任用職員の処遇改善を求めている。",
               "共済の給付事例を紹介している。",
               "競合組合の多い職場での声かけの工夫",
               "学習資料を増やしてほしい。"]},
    {"union": "見本町職員組合", "writer": "架空 陽子", "rival": "なし",
     "mj": 96, "mr": None, "rj": 70.6, "rr": None, "nj": 40, "nr": None, "reg": 120, "nonreg": 16,
     "intake": (4, 4, 0, 0),
     "texts": ["見本市職と合同で説明会を開いている。",
               "市職の青年部に説明を手伝ってもらっている。",
               "採用が少なく、毎年の準備が負担になる。",
               "未加入の会計年度任用職員に共済の案内を渡している。",
               "特になし",
               "組合だよりを年2回発行している。",
               "特になし",
               "町当局とは年1回交渉している。",
               "競合組合なし。",
               "特になし",
               "特になし"]},
]

MIE = {
    "pref": "三重", "union": "試験村職員組合", "writer": "試験 早苗", "rival": "なし",
    "mj": 64, "mr": None, "rj": 71.1, "rr": None, "nj": 26, "nr": None, "as_of": "R7.11.1",
    "reg": 78, "nonreg": 12, "intake": (2, 2, 0, 0),
    "texts": ["採用日に総務課の了解を得て、組合の説明の時間をもらっている。",
              "説明は新採と年の近い組合員にお願いしている。",
              "新採が毎年1～2人で、説明会の形にならない。",
              "未加入の会計年度任用職員に、共済の案内を渡している。",
              "勤務時間が短い職員と話す時間がない。",
              "役場の休憩室に組合の掲示コーナーを作った。",
              "なし",
              "村当局とは年1回交渉している。",
              "競合組合なし。",
              "小さな単組での役員の引き継ぎ方",
              "特になし"]}

SHIGA_TEXTS = ["新採研修の1日目に組合説明の時間をもらっている。",
               "説明会では組合の行事の写真をスライドで見せている。",
               "説明会の時間が年々短くなっている。",
               "未加入者に組合主催の行事の案内を届けている。",
               "未加入の理由を聞き取れていない。",
               "組合の活動報告を年度末に冊子にして配っている。",
               "若い組合員が組合ニュースを読んでいない。",
               "町当局とは年3回交渉している。休日出勤の振替の徹底を求めている。",
               "競合組合にない共済の保障の内容を説明している。",
               "若い組合員に組合ニュースを読んでもらう工夫",
               "研修資料のひな形を作ってほしい。"]

OKAYAMA = {
    "pref": "岡山", "union": "架空市職員労働組合", "writer": "架空 拓也", "rival": "全労連・自治労連",
    "mj": 1640, "mr": 210, "rj": 58.2, "rr": 7.4, "nj": 970, "nr": 970, "as_of": "2025年11月1日現在",
    "reg": 2300, "nonreg": 520, "intake": (61, 48, 5, 8),
    "texts": ["採用前の内定者説明会で組合の紹介をしている。",
              "新採と年の近い青年部の役員が、配属先を回って声をかけている。",
              "配属先がばらばらで、説明会のあと会えない新採がいる。",
              "職員の加入状況の名簿を作り、未加入者の多い課を重点に回っている。",
              "名簿の更新に手間がかかる。",
              "組合の取り組みを動画にして組合員に配信している。",
              "動画を見た人の数が分からない。",
              "市当局とは年6回交渉している。会計年度任用職員の休暇制度の改善を求めている。",
              "職場の困りごとを組合が当局に伝えて解決した例を紹介している。",
              "職員の加入状況の名簿の管理の仕方",
              "名簿の管理の仕方の研修を開いてほしい。"]}

TOTTORI_SURVEY = {
    "pref": "鳥取県本部", "union": "架空町職員労働組合", "writer": "架空 真由", "rival": "全労連・自治労連",
    "mj": 142, "mr": 18, "rj": 60.4, "rr": 7.7, "nj": 75, "nr": 75, "as_of": "令和7年11月1日現在",
    "reg": 205, "nonreg": 30, "intake": (5, 4, 0, 1),
    "texts": ["辞令交付式の日に、県本部の役員と一緒に説明会を開いた。",
              "説明会で共済の加入と組合加入を同時にすすめている。",
              "病院の新採は夜勤があり、説明会に集まれない。",
              "未加入者に年1回、共済の案内と一緒に加入の呼びかけ文を渡している。",
              "病院の職員の未加入が多い。",
              "組合ニュースを病院の休憩室にも置いている。",
              "夜勤の組合員に情報が届きにくい。",
              "町当局とは年2回交渉している。病院の夜勤の人員配置を求めている。",
              "共済の病気の保障が手厚いことを伝えている。",
              "病院のある単組での新採説明会の開き方",
              "病院職場向けのチラシを作ってほしい。"]}
TOTTORI_REPORT = {
    "pref": "鳥取", "created": datetime.datetime(2026, 2, 13), "author": "見本 秀樹", "checker": "見本 陽菜",
    "s1": ["新規加入は1月末で目標の55.1％。保有件数は前年5月比で98.9％。東部の町単組で加入が伸びていない。",
           "10月から県支部と合同で東部地区の6単組を訪問し、新採の同時加入の進め方を確認した。",
           "東部地区の町単組への支援と、退職予定者への継続加入の案内。"],
    "marks": [[True, False], [True, True, False, True, True, False, False], [True, False, True], [True, False],
              [True, True, False, False]],
    "texts": ["規程にもとづき10月に支払った。使途の把握は来年度からの課題。",
              "同時加入のチラシを全単組に配り、県支部と合同で6単組をオルグした。",
              "退職予定者への案内文を単組に送った。",
              "推進委員会で進捗を確認した。",
              "冊子を執行委員会で確認し、全単組に配布した。"],
    "note": "※同じブックに単組のアンケート（架空町職員労働組合）を入れて提出します。"}

KOCHI_REPORT = {
    "pref": "高知", "created": datetime.datetime(2026, 2, 12), "author": "試験 晴美", "checker": "試験 誠一",
    "s1": ["団体生命共済の新規加入は1月末で目標の53.4％。保有件数は前年5月比で99.1％。中山間地の町村単組で加入が伸び"
           "ていない。",
           "11月から県支部と合同で中山間地の9単組を訪問し、単組ごとの推進計画を確認した。",
           "町村単組の新採の同時加入と、退職予定者への継続加入の案内。"],
    "marks": [[True, False], [True, True, False, True, True, False, False], [True, False, True], [True, True],
              [True, True, False, False]],
    "texts": ["規程にもとづき10月に支払った。使途の把握は単組からの聞き取りにとどまっている。",
              "同時加入のチラシを全単組に送り、県支部と合同で9単組をオルグした。2月に新採対策会議を開いた。",
              "退職予定者向けにじちろう共済の継続加入の案内を単組に送った。",
              "推進委員会で2か月ごとに進捗を確認し、県支部と合同で3単組をオルグした。",
              "冊子を執行委員会で確認し、全単組に配布した。"],
    "note": "※同じブックに単組のアンケート（見本村職員組合）を入れています。"}
KOCHI_SURVEY = {
    "pref": "高知県本部", "union": "見本村職員組合", "writer": "見本 弘", "rival": "なし",
    "mj": 47, "mr": None, "rj": 73.4, "rr": None, "nj": 17, "nr": None, "as_of": "令和7年11月1日現在",
    "reg": 55, "nonreg": 9, "intake": (2, 1, 0, 1),
    "texts": ["採用日に役場の会議室で組合の説明をしている。",
              "村の職員全員で歓迎会を開き、その場で組合を紹介している。",
              "採用が少なく、説明の機会が年に1回しかない。",
              "未加入者に共済の案内を届けている。",
              "特になし",
              "組合だよりを年3回発行している。",
              "特になし",
              "村当局とは年1回交渉している。",
              "競合組合なし。",
              "小規模単組での共済の案内の仕方",
              "特になし"]}

MIYAZAKI_REPORT = {
    "pref": "宮崎", "created": datetime.datetime(2026, 2, 16), "author": "試験 さくら", "checker": "見本 健一",
    "s1": ["新規加入は1月末で目標の58.7％。保有件数は前年5月比で99.3％。県北の単組で退職者の脱退が続いている。",
           "10月から県支部と合同で県北・県西の8単組を訪問し、退職予定者への案内の進め方を確認した。",
           "退職予定者への継続加入の案内と、県北の単組への支援。"],
    "marks": [[True, True], [True, True, True, False, True, True, False], [True, True, True], [True, False],
              [True, False, True, False]],
    "texts": ["規程にもとづき9月に支払った。使途は単組の会計報告で確認している。",
              "同時加入の申込書をチラシと一緒に全単組へ送った。12月に執行部学習会を開いた。",
              "対象者の名簿を単組と確認し、2月に説明会を開いた。",
              "推進委員会で毎月進捗を確認した。",
              "単組代表者会議でマニュアルの活用方法を説明した。"],
    "note": "※送付状を1枚目のシートに付けています。"}


# ------------------------------------------------------------------------------------------------ surveys

def s1_nagano(folder: Path):
    """A 県本部's book: a list sheet, then one filled survey per union on its own sheet."""
    wb, s = kit.book("取りまとめ")
    _widths_openpyxl(s.ws, A=6, B=26, C=14, D=14)
    s.put("A1", "実態共有用アンケート　取りまとめ（長野県本部）", merge="D1")
    for col, head in zip("ABCD", ("No.", "単組名", "シート", "提出日")):
        s.put(f"{col}3", head)
    for i, ((tab, d), day) in enumerate(zip(NAGANO, (20, 25, 28)), start=1):
        s.put(f"A{3 + i}", i)
        s.put(f"B{3 + i}", d["union"])
        s.put(f"C{3 + i}", tab)
        s.put(f"D{3 + i}", datetime.datetime(2025, 11, day), fmt="yyyy/m/d")
    s.put("A8", "※各単組から届いたアンケートを、単組ごとのシートにまとめて提出します。", merge="D8")
    for tab, d in NAGANO:
        ws = wb.create_sheet(tab)
        _widths_openpyxl(ws, **SURVEY_WIDTHS)
        survey_block(kit.Sheet(ws), 1, d)
    wb.save(folder / "長野県本部_実態共有アンケート_取りまとめ.xlsx")


def s2_gifu(folder: Path):
    """The final copy first, the older draft after it, the book saved with the draft active."""
    wb = xlsxwriter.Workbook(str(folder / "岐阜_見本町職_アンケート.xlsx"))
    final = wb.add_worksheet("提出用")
    draft = wb.add_worksheet("下書き")
    for ws, d in ((final, GIFU_FINAL), (draft, GIFU_DRAFT)):
        _xwidths(ws)
        survey_block(XSheet(wb, ws), 1, d)
    final.write("A34", "※組織人員数は11月1日の組合員名簿の人数です。")
    draft.activate()  # opens on the draft (also selects it)
    wb.close()


def s3_shizuoka(folder: Path):
    """Last year's filled form above this year's, on one sheet."""
    wb, s = kit.book("アンケート")
    _widths_openpyxl(s.ws, **SURVEY_WIDTHS)
    survey_block(s, 1, SHIZUOKA_LAST, fy="令和6年度", intake_year=2025)
    last = survey_block(s, 35, SHIZUOKA_THIS)
    s.put(f"A{last + 2}", "※昨年度の回答を見比べられるように、同じシートに残しています。", merge=f"F{last + 2}")
    wb.save(folder / "静岡_架空町職_アンケート.xlsx")


def s4_hyogo(folder: Path):
    """One clerk, two unions side by side (B:C | D:E)."""
    wb = xlsxwriter.Workbook(str(folder / "兵庫_見本市職・見本町職_アンケート.xlsx"))
    ws = wb.add_worksheet("アンケート")
    s = XSheet(wb, ws)
    _xwidths(ws, dict(A=34, B=13, C=13, D=13, E=13, F=20))
    a, b = HYOGO
    s.put("A1", "実態共有用アンケート（令和7年度）　見本市職・見本町職", merge="F1")
    s.put("A3", "県本部")
    s.put("B3", "兵庫県本部", merge="E3")
    for r, (label, key) in enumerate((("単組", "union"), ("記入者お名前", "writer"), ("上部団体", "rival")), start=4):
        s.put(f"A{r}", label)
        s.put(f"B{r}", a[key], merge=f"C{r}")
        s.put(f"D{r}", b[key], merge=f"E{r}")
    s.put("B8", a["union"], merge="C8")
    s.put("D8", b["union"], merge="E8")
    s.put("F8", "時点")
    for col, head in zip("BCDE", ("自治労", "競合", "自治労", "競合")):
        s.put(f"{col}9", head)
    for i, (label, j, r_) in enumerate((("組織人員数（人）", "mj", "mr"), ("組織率（％）", "rj", "rr"),
                                        ("未加入者数（人）", "nj", "nr"))):
        row = 10 + i
        fmt = "0.0" if j == "rj" else "#,##0"
        s.put(f"A{row}", label)
        s.put(f"B{row}", a[j], fmt=fmt)
        s.put(f"C{row}", a[r_], fmt=fmt)
        s.put(f"D{row}", b[j], fmt=fmt)
        s.put(f"E{row}", b[r_], fmt=fmt)
    s.put("F10", "令和7年11月1日現在", merge="F12")
    for row, (label, key) in ((13, ("正規職員数（人）", "reg")),
                              (14, ("会計年度任用職員・パート等の非正規職員数（人）", "nonreg"))):
        s.put(f"A{row}", label)
        s.put(f"B{row}", a[key], merge=f"C{row}", fmt="#,##0")
        s.put(f"D{row}", b[key], merge=f"E{row}", fmt="#,##0")
    s.put("A15", RATE_NOTE, merge="F15")
    s.put("A17", "2026年 新規採用者")
    s.put("B17", a["union"], merge="C17")
    s.put("D17", b["union"], merge="E17")
    for i, label in enumerate(INTAKE):
        row = 18 + i
        s.put(f"A{row}", label)
        s.put(f"B{row}", a["intake"][i], merge=f"C{row}", fmt="#,##0")
        s.put(f"D{row}", b["intake"][i], merge=f"E{row}", fmt="#,##0")
    s.put("B23", a["union"], merge="C23")
    s.put("D23", b["union"], merge="E23")
    for i, label in enumerate(TEXT_LABELS):
        row = 24 + i
        s.put(f"A{row}", label)
        s.put(f"B{row}", a["texts"][i], merge=f"C{row}")
        s.put(f"D{row}", b["texts"][i], merge=f"E{row}")
    ws.write("A36", "※見本町職員組合は見本市職員労働組合の書記局が取りまとめて記入しました。")
    wb.close()


def s5_mie(folder: Path):
    """The filled form saved as a HIDDEN sheet behind a visible instructions sheet."""
    wb, s = kit.book("記入要領")
    _widths_openpyxl(s.ws, A=34, B=14, C=14, D=22, E=14, F=14)
    s.put("A1", "実態共有用アンケート（令和7年度）　記入要領", merge="F1")
    for i, line in enumerate(INSTRUCTIONS, start=3):
        s.put(f"A{i}", f"{i - 2}．{line}", merge=f"F{i}")
    s.put("A7", "提出期限：2025年12月12日（金）", merge="F7")
    s.put("A8", "提出先：自治労三重県本部（メールで提出してください）", merge="F8")
    s.put("A10", "【記入例】", merge="F10")
    s.put("A11", "単組")
    s.put("B11", "○○町職員労働組合", merge="D11")
    s.put("B12", "自治労")
    s.put("C12", "競合")
    s.put("A13", "組織人員数（人）")
    s.put("B13", 1000, fmt="#,##0")
    s.put("C13", 50)
    s.put("A14", "組織率（％）")
    s.put("B14", 50.0, fmt="0.0")
    s.put("C14", 2.5, fmt="0.0")
    form = wb.create_sheet("アンケート")
    _widths_openpyxl(form, **SURVEY_WIDTHS)
    survey_block(kit.Sheet(form), 1, MIE)
    kit.Sheet(form).put("A34", "※組織人員数は11月1日現在の人数です。")
    form.sheet_state = "hidden"
    wb.active = 0
    wb.save(folder / "三重_試験村職_アンケート.xlsx")


def s6_shiga(folder: Path):
    """A fully locked form with only the header pre-filled; the answers on a second sheet 「回答」."""
    empty = {"pref": "滋賀県本部", "union": "架空町職員組合", "writer": None, "rival": None,
             "mj": None, "mr": None, "rj": None, "rr": None, "nj": None, "nr": None, "as_of": None,
             "reg": None, "nonreg": None, "intake": (None,) * 4, "texts": [None] * 11}
    wb, s = kit.book("アンケート")
    _widths_openpyxl(s.ws, **SURVEY_WIDTHS)
    survey_block(s, 1, empty)
    s.ws.protection.sheet = True
    s.ws.protection.password = "shiga"
    ans = wb.create_sheet("回答")
    a = kit.Sheet(ans)
    _widths_openpyxl(ans, A=44, B=60)
    a.put("A1", "アンケート回答（架空町職員組合）")
    a.put("A2", "※アンケートのシートは保護されていて入力できなかったため、このシートに記入しました。")
    rows = [("項目", "回答"), ("記入者お名前", "架空 美紀"), ("上部団体", "旧全官公自治労連"),
            ("【組織の状況】", None),
            ("組織人員数（自治労）", 235), ("組織人員数（競合）", 31),
            ("組織率（自治労）（％）", 52.7), ("組織率（競合）（％）", 7.0),
            ("未加入者数（自治労）", 180), ("未加入者数（競合）", 180),
            ("時点", "2025年11月1日"),
            ("正規職員数（人）", 380), ("会計年度任用職員・パート等の非正規職員数（人）", 66),
            ("【2026年 新規採用者】", None),
            ("新規採用者数", 12), ("自治労加入者数", 9), ("競合加入者数", 1), ("未加入者数", 2),
            ("【取り組みと悩み】", None)]
    rows += list(zip(TEXT_LABELS, SHIGA_TEXTS))
    for r, (label, value) in enumerate(rows, start=4):
        a.put(f"A{r}", label)
        if value is not None:
            a.put(f"B{r}", value, fmt="0.0" if isinstance(value, float) else None)
    wb.active = 1
    wb.save(folder / "滋賀_架空町職_アンケート.xlsx")


SURNAMES = ("見本", "試験", "架空", "仮名", "例示")
GIVEN = ("一郎", "花子", "健", "美咲", "翔", "由美", "大輔", "里奈", "亮", "千尋", "拓海", "直美", "悠", "彩", "誠",
         "恵", "陽介", "真央", "和也", "沙織", "修", "奈々", "浩", "舞")
DEPTS = ("総務課", "市民課", "税務課", "福祉課", "保育課", "建設課", "環境課", "会計課", "水道局", "市民病院", "教育委員会",
         "農政課")
STATES = ("自治労", "自治労", "自治労", "未加入", "自治労", "競合", "自治労", "未加入", "自治労", "自治労", "自治労")


def s7_okayama(folder: Path):
    """The filled form followed by a 2,000-row pasted staff list (four cells a row)."""
    wb = xlsxwriter.Workbook(str(folder / "岡山_架空市職_アンケート.xlsx"))
    ws = wb.add_worksheet("アンケート")
    _xwidths(ws)
    survey_block(XSheet(wb, ws), 1, OKAYAMA)
    ws.write("A34", "※未加入者の把握のため、職員の加入状況の名簿を下に貼り付けました。")
    ws.write("A36", "【参考】職員の加入状況（抜粋、2025年11月1日現在）")
    for c, head in enumerate(("No.", "氏名", "所属", "加入状況")):
        ws.write(36, c, head)
    for i in range(2000):
        row = 37 + i
        ws.write_number(row, 0, i + 1)
        ws.write_string(row, 1, f"{SURNAMES[i % 5]} {GIVEN[(i // 5) % len(GIVEN)]}")
        ws.write_string(row, 2, DEPTS[(i * 7) % len(DEPTS)])
        ws.write_string(row, 3, STATES[i % len(STATES)])
    wb.close()


def s8_tottori(folder: Path):
    """The 県本部's report first, a union's survey second, in one book (consolidated as a survey)."""
    wb, s = kit.book("報告書")
    _widths_openpyxl(s.ws, **REPORT_WIDTHS)
    report_block(s, TOTTORI_REPORT)
    form = wb.create_sheet("アンケート")
    _widths_openpyxl(form, **SURVEY_WIDTHS)
    f = kit.Sheet(form)
    survey_block(f, 1, TOTTORI_SURVEY)
    f.put("A34", "※県本部の報告書と同じブックで提出します。")
    wb.save(folder / "鳥取県本部_共済報告書とアンケート.xlsx")


# ------------------------------------------------------------------------------------------------ reports

def r1_kochi(folder: Path):
    """A union's survey first, the 県本部's report second, in one book (consolidated as a report)."""
    wb, s = kit.book("アンケート")
    _widths_openpyxl(s.ws, **SURVEY_WIDTHS)
    survey_block(s, 1, KOCHI_SURVEY)
    s.put("A34", "※見本村職員組合のアンケートです（県本部で代わりに入力しました）。")
    rep = wb.create_sheet("報告書")
    _widths_openpyxl(rep, **REPORT_WIDTHS)
    report_block(kit.Sheet(rep), KOCHI_REPORT)
    wb.active = 0
    wb.save(folder / "高知県本部_報告書・アンケート.xlsx")


def r2_miyazaki(folder: Path, work: Path):
    """A cover letter (送付状) with its own date and names, then the report; saved as .xls by LibreOffice."""
    wb, s = kit.book("送付状")
    ws = s.ws
    _widths_openpyxl(ws, A=12, B=12, C=12, D=12, E=12, F=12, G=12, H=12)
    right = Alignment(horizontal="right")
    ws["H1"] = datetime.datetime(2026, 2, 20)
    ws["H1"].number_format = 'yyyy"年"m"月"d"日"'
    ws["H1"].alignment = right
    ws["A3"] = "自治労本部　共済推進本部　御中"
    ws["H5"] = "自治労宮崎県本部"
    ws["H5"].alignment = right
    ws["H6"] = "書記長　見本 健一"
    ws["H6"].alignment = right
    ws["A8"] = "県本部共済推進取り組み報告書の送付について"
    ws["A10"] = "標記の件について、別添のとおり送付いたします。ご査収のほどよろしくお願いいたします。"
    ws["D12"] = "記"
    ws["A14"] = "１．令和7年度　県本部共済推進取り組み報告書（シート「報告書」）　1部"
    ws["A16"] = "担当：見本 優花（共済担当）"
    ws["H18"] = "以上"
    ws["H18"].alignment = right
    rep = wb.create_sheet("報告書")
    _widths_openpyxl(rep, **REPORT_WIDTHS)
    report_block(kit.Sheet(rep), MIYAZAKI_REPORT, done="○", undone="×", date_fmt='yyyy"年"m"月"d"日"')
    wb.active = 0
    work.mkdir(parents=True, exist_ok=True)
    src = work / "宮崎県本部_共済推進取り組み報告書.xlsx"
    wb.save(src)
    _to_xls(src, folder)


def _to_xls(src: Path, folder: Path):
    """Save ``src`` as Excel 97-2003 (.xls) into ``folder`` through headless LibreOffice (a throw-away profile)."""
    profile = Path(tempfile.mkdtemp(prefix="legacy20-lo-"))
    try:
        cmd = [shutil.which("soffice") or "soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless",
               "--convert-to", "xls", "--outdir", str(folder), str(src)]
        subprocess.run(cmd, check=True, capture_output=True, timeout=180, env={**os.environ, "HOME": str(profile)})
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    out = folder / (src.stem + ".xls")
    if not out.exists():
        raise RuntimeError(f"LibreOffice did not write {out}")


def build(root: Path) -> dict[str, Path]:
    return kit.build_set(Path(root), (r1_kochi,),
                         (s1_nagano, s2_gifu, s3_shizuoka, s4_hyogo, s5_mie, s6_shiga, s7_okayama, s8_tottori),
                         converted=(("report", r2_miyazaki),))


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "legacy20-out")
    print(build(out))
