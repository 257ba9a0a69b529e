"""Sixteenth, independent set of legacy-style fixtures (tests/legacy16), made to measure GENERALISATION.

Theme: files that went through OTHER SOFTWARE or OTHER HANDS before reaching HQ (LibreOffice Calc, a Google Forms
response sheet, an OCR'd scan, a value-only paste into a new book, Apple Numbers, a web system's export, a Word table
pasted into Excel, a second person's additions in red, a 県本部's check column).

Ten workbooks (five 県本部共済推進取り組み報告書, five 実態共有用アンケート; FY2025: reports made Feb 2026 (令和8年),
survey figures as of November 2025, intake 2026年4月新採, section titles 「2026年4月新規採用者対策」
「2026年3月末の…」), written with openpyxl and XlsxWriter, two of them (R1, S1) saved by LibreOffice Calc as .xlsx.
Each COMBINES 3-5 habits: about half already seen somewhere in tests/legacy2 … tests/legacy15 but mixed differently,
about half judged plausible and absent from those sets (marked NEW). Every name, union and sentence is invented for
this set (見本 / 試験 / 架空 names); the only texts taken from the real forms are the printed labels and
instructions. Nothing here imports the reader.

REPORTS
R1 新潟県本部_共済推進取り組み報告書.xlsx (openpyxl → LibreOffice Calc → .xlsx), sheets 「報告書」 then 「選択肢」 (hidden)
   HQ's distributed template (the layout `workbook-tools template report` prints for FY2025: header labels B7..B10
   with the answers merged C:E, section-1 label rows B14 / B22 / B30 with the boxes B15:F20 / B23:F28 / B31:F36,
   ☑ / □ dropdowns in A left of the items, the text merged C:F beside the items, its defined names), filled, then
   OPENED AND SAVED BY LIBREOFFICE CALC as .xlsx (a LibreOffice-written .xlsx, NEW: its styles, and every cell mixing
   Latin and Japanese stored as RICH TEXT with a run per script); 作成日 typed over the date cell
   as 「令和８年２月吉日」 (吉日: the day left unspecified, NEW; full-width digits); the 県支部 appended a sentence in RED
   inside the s5 text cell (a rich-text run 「【県支部追記】…」); a 「※」 note typed under the form (A76).
     s2 38 (items 40,41; text C40:F43), s3 45 (items 47..53), s4 55 (items 57..59), s5 62 (items 64,65),
     s6 68 (items 70..73)
R2 共済推進取り組み報告書_静岡県本部（回答）.xlsx (openpyxl), sheet 「フォームの回答 1」
   the 県本部 answered HQ's questions through a GOOGLE FORM and sent the downloaded RESPONSE SHEET (NEW): row 1 the
   questions (タイムスタンプ | メールアドレス | 県本部名 | 作成者 | 確認者 | 1.(1)… | 2.…実施している取り組み | 2.具体的な
   取り組み | …), one row per response, frozen row 1, Arial, no merges; each section's check items answered by a
   CHECKBOX QUESTION whose cell lists the chosen item labels joined by 「, 」 (NEW); s5's checkbox cell left empty;
   NO 作成日: only the タイムスタンプ (a real date-time shown yyyy/mm/dd h:mm:ss) (NEW); TWO responses, a first
   incomplete one (2026/02/06, 確認者 blank, fewer items, 「（作成中）」) and the corrected one (2026/02/13) below it
   (NEW).
R3 大阪府本部_共済推進取り組み報告書（県支部追記）.xlsx (XlsxWriter), sheet 「報告書」
   filled by TWO people: the 県本部 clerk, then the 県支部, who added a column I 「追記（県支部）」 in RED (NEW): beside
   s3 item 3 (marked 0) 「→2/3に執行部学習会を開催済み」 (a later hand saying the item is now done, NEW), beside
   s6 item 3 (marked 0) 「→2/20の代表者会議で周知予定」 (planned only), beside s4 item 1 a sentence 「（追記）…」 adding
   to the section's 具体的な取り組み; header labels A3..A6 with the answers merged B:C, 作成日 the text
   「2026/2/10（火）」 (weekday); a legend row A7 「実施欄：1＝実施　0＝未実施」 and the marks 1 / 0 typed as numbers
   in column A left of the items (B:E), the text merged F:H beside the items; a 「※」 note A51 about the red additions.
     s1 8 (labels 9, 12, 15; texts 10:11, 13:14, 16:17), s2 19 (header 20; items 21,22), s3 24 (items 26..32),
     s4 34 (items 36..38), s5 40 (items 42,43), s6 45 (items 47..50)
R4 兵庫県本部_取組報告書（スキャン）.xlsx (openpyxl), sheets 「Page 1」 and 「Page 2」
   the paper form filled BY HAND, scanned and turned into Excel by OCR software (NEW): one sheet per PAGE, page 2
   starting at section 4, the page numbers 「- 1 -」 「- 2 -」 as cells at the foot of each page (NEW); no merged
   cell: every printed or handwritten LINE in its own row, labels spaced 「県 名」 「作 成 日」, 作成日 「令和8年 2月 16日」
   (stray spaces), the section-1 and section texts broken at the paper's line ends mid-word; the ticked boxes read
   as 「☑」 and the empty ones as 「口」 (the KANJI 口, U+53E3, OCR's usual reading of □, NEW glyph); s6 item 4 wrapped
   over three rows; a handwritten 「※」 note at the foot of page 2.
R5 山口県本部_取り組み報告書.xlsx (openpyxl), sheet 「Sheet1」
   the clerk copied the form out of the office's draft and PASTED VALUES ONLY into a new book (NEW): no merged cell,
   no style, no column width, the title row not copied (row 1 empty, the form starting at row 2); 作成日 therefore
   the SERIAL NUMBER 46071 in a General cell (2026/2/18); section numbers 「Ⅰ」…「Ⅵ」; section-1 labels in A with the
   text in B, the first text's second paragraph on the NEXT row (A9 empty); items in A, 「はい」 / 「いいえ」 in C,
   s6 item 4 left blank; the text in D beside the first item, s4's continuing on the next row; s5's text a broken
   link to another workbook pasted as the ERROR value #REF! (NEW); a 「※」 note beside s5 (F36).
     s2 13 (header 14; items 15,16), s3 18 (items 20..26), s4 28 (items 30..32; text D30, D31), s5 34 (items 36,37),
     s6 39 (items 41..44)

SURVEYS
S1 埼玉_見本市職労_実態共有アンケート.xlsx (openpyxl → LibreOffice .ods → LibreOffice .xlsx), sheet 「アンケート」
   made and kept in LIBREOFFICE CALC (an .ods), then saved as .xlsx for HQ (NEW); close to the printed form (labels
   A3..A6 with the answers merged B:D; 自治労 | 競合 | 時点 table rows 8..11; intake A13..B17; texts label | answer
   B:F rows 19..29); EVERY answer padded with FULL-WIDTH SPACES (「　　１，２０４　」, 「　全労連・自治労連　」, texts
   indented 「　…」) (NEW); full-width digits with commas, 「約１５０」 「約５」; 時点 a real date shown yyyy/mm/dd merged
   down D9:D11; one 「特になし」; note A31.
S2 群馬_試験町職_アンケート.xlsx (openpyxl), sheets 「エクスポートの概要」, 「アンケート - 回答」, 「アンケート - 新規採用者」
   exported from APPLE NUMBERS with the export summary sheet FIRST (NEW) and every Numbers table on a worksheet of its
   own named 「<sheet> - <table>」, so the intake sits on a separate worksheet (NEW); a 項目 | 回答 | 競合 table with
   a header row; the text labels with dakuten copied from the PDF on a Mac in DECOMPOSED form (NFD: 「て」+U+3099 …)
   (NEW); four answers pasted from the union's own PDF report carrying radical characters: the CJK RADICALS SUPPLEMENT
   「⻘」 (U+2ED8) in 「⻘年部」 (NEW) and the Kangxi radicals 「⽀」 「⼊」; 時点 a real date; one 「なし」; a 「※」 note.
S3 三重_架空町職労_アンケート（システム出力）.xlsx (openpyxl: inline strings, no shared strings), sheet 「export」
   exported by the 県本部's WEB COLLECTION SYSTEM (NEW): every value TEXT, numbers included, no style; two lines 「出力日時：…」 「アンケート名：…」 above a 設問番号 | 設問 | 回答 table (NEW); each pair split
   into two questions; 時点 「2025-11-01」; 正規 / 非正規 given; the answers' line breaks left as HTML 「<br>」 tags and
   an 「&」 as the entity 「&amp;」 (NEW); one answer empty; an extra 「備考」 question at the end.
S4 高知_見本村職_アンケート.xlsx (openpyxl), sheet 「Sheet1」
   the union answered a WORD version; the 県本部 pasted the Word TABLE into Excel (NEW): ＭＳ 明朝, borders, EVERY
   PARAGRAPH of a cell on its own row with the label cell merged DOWN over those rows (NEW), a Word cell's trailing
   empty paragraph as an empty row; the pairs TRANSPOSED (rows 自治労 / 競合) with each UNIT IN A CELL OF ITS OWN
   (「218」|「人」, 「47.6」|「％」); the competitor's 未加入者数 and 時点 「〃」 (same as the 自治労 row above); 時点 a
   real date shown 「R7.11.1」; 「約20」, 「不明」; intake numbers with 「人」 beside; a 「※」 note under the table.
S5 宮崎_見本町職_アンケート（県本部確認済）.xlsx (openpyxl), sheet 「Sheet1」
   the union's answer area copied into a new book (Sheet1, NO TITLE) and then CHECKED BY THE 県本部 before forwarding:
   a blue column E 「県本部確認」 added by the 県本部 with 「✓」 ticks beside the answers (NEW), a CORRECTION of the
   union's 「約300」 typed there (「自治労は312人（11/1の名簿で確認）」) (NEW) and a remark 「未記入（単組に確認中）」 beside
   the unanswered question (NEW); 「約40」 「約7」; 時点 「R7.11.1現在」 merged down D7:D9; a 「※県本部より：…」 note.

Every name, union and sentence is invented. The expected readings are typed by hand in expected.py; nothing here
imports the reader.
"""
from __future__ import annotations

import datetime as dt
import sys
import unicodedata
from pathlib import Path

import openpyxl
import xlsxwriter
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation

HERE = Path(__file__).resolve().parent
if str(HERE.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent))

import lo  # noqa: E402  (LibreOffice headless, the shared test helper)
from legacy_kit import build_set  # noqa: E402

# ---- the printed texts of the FY2025 form (2026年4月新採, 2026年3月末 …) ----------------------------------------
TITLES = ["県本部共済推進方針の目標達成にむけた進捗と重点的に取り組む課題", "共済推進県本部交付金の活用について",
          "2026年4月新規採用者対策", "2026年3月末の役職定年者、再任用、再雇用者への対応状況",
          "加入拡大モデル単組に対して県本部の関わり方について",
          "じちろう共済推進マニュアルの単組への落し込みや活用方法の提示など"]
S2 = ["共済推進単組交付金規程にもとづき支払っている", "単組に支払った交付金の使われ方を把握している"]
S3 = ["組合と団体生命共済の同時加入に向けたツールの提供", "県本部・県支部合同の単組オルグの実施",
      "県本部・単組主催の執行部学習会の開催", "県本部新採対策会議の開催", "新採組織化方針、具体的な取り組み提起",
      "組合と団体生命共済の同時加入方針提起", "同時加入に向けた具体策の提案"]
S4 = ["組織化方針の単組への提起", "対象者の把握と説明会等の実施", "じちろう共済のアピール"]
S5 = ["県本部共済推進委員会で進捗確認", "県本部・県支部合同の単組オルグの実施"]
S6 = ["執行委員会・共済推進委員会で冊子の内容を確認", "マニュアルの単組への配布",
      "単組代表者会議等において、マニュアルの内容および活用方法を全単組へ周知",
      "単組執行部オルグ等において、各単組が「2026年3月末退職予定者対策」「2026年4月新採取り組み」にむけて、"
      "推進計画の立案や具体的な実行内容を協議する際に本マニュアルを参照するように提案"]
ITEMS = [S2, S3, S4, S5, S6]
S1_BOX = ["目標達成にむけた進捗と課題", "左記、2025年6月報告以降の取り組みと課題", "今後、重点的に取り組む課題"]
INSTR = "実施している取り組みを☑してください。"
CONCRETE = "具体的な取り組み"

TEXT_LABELS = ["新採加入の主な取り組み", "新規採用者組織化で工夫していること", "新規採用者組織化で悩んでいること",
               "未加入者対策の主な取り組み", "未加入者対策で悩んでいること", "組合活動の可視化",
               "組合員との情報共有で悩んでいること", "労使関係・交渉など（労使関係の状態、労使交渉の取り組み状況など）",
               "競合単組との差別化", "他の単組・他の県本部に聞いてみたいこと", "県本部・本部への要望"]
INTAKE = ["新規採用者数", "自治労加入者数", "競合加入者数", "未加入者数"]
RATE_NOTE = "※組織率＝組合員数/（正規職員数+会計年度任用職員やパート職員など非正規職員数）×100"

PREFS = ["北海道", "青森", "岩手", "宮城", "秋田", "山形", "福島", "新潟", "群馬", "栃木", "茨城", "埼玉", "東京", "千葉",
         "神奈川", "山梨", "長野", "富山", "石川", "福井", "静岡", "愛知", "岐阜", "三重", "滋賀", "京都", "奈良", "和歌山",
         "大阪", "兵庫", "岡山", "広島", "鳥取", "島根", "山口", "香川", "徳島", "愛媛", "高知", "福岡", "佐賀", "長崎",
         "大分", "宮崎", "熊本", "鹿児島", "沖縄"]

WRAP = Alignment(wrap_text=True, vertical="top")
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
YELLOW = PatternFill("solid", fgColor="FFF2CC")


def put(ws, ref, value, merge=None, fmt=None, font=None, fill=None, wrap=True, border=None):
    ws[ref] = value
    if wrap:
        ws[ref].alignment = WRAP
    if fmt:
        ws[ref].number_format = fmt
    if font:
        ws[ref].font = font
    if fill:
        ws[ref].fill = fill
    if border:
        ws[ref].border = border
    if merge:
        ws.merge_cells(f"{ref}:{merge}")


# ======================================================================================= REPORTS
def r1_niigata(folder: Path, work: Path):
    """HQ's template, filled, then opened and saved by LibreOffice Calc."""
    work.mkdir(parents=True, exist_ok=True)
    name = "新潟県本部_共済推進取り組み報告書.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "報告書"
    lists = wb.create_sheet("選択肢")
    for i, p in enumerate(PREFS, 1):
        lists[f"A{i}"] = p
    lists.sheet_state = "hidden"
    ws.column_dimensions["A"].width = 5.71
    ws.column_dimensions["B"].width = 44.71
    for c in "CDEF":
        ws.column_dimensions[c].width = 13.71
    put(ws, "A1", "県本部共済推進取り組み報告書（2025年度）", "F1", font=Font(bold=True, size=14))
    for r, t in zip(range(2, 6), [
            "・黄色のセルに入力してください（それ以外のセルは保護されています）。",
            "・実施している取り組みは左のセルで ☑ を選んでください。実施していない取り組みは □ のままにしてください。",
            "・「具体的な取り組み」には自由に記述してください（セル内の改行は Alt+Enter）。",
            "・ファイル名は「報告書_県名.xlsx」として、このブックのまま提出してください（シートの追加・削除はしないでください）。"]):
        put(ws, f"A{r}", t, f"F{r}")
    header = [("県名", "新潟"), ("作成日", "令和８年２月吉日"), ("作成者", "見本 悠斗"), ("確認者", "見本 千尋")]
    for r, (label, value) in zip(range(7, 11), header):
        put(ws, f"B{r}", label, font=Font(bold=True))
        put(ws, f"C{r}", value, f"E{r}", fill=YELLOW)
    dv_pref = DataValidation(type="list", formula1="'選択肢'!$A$1:$A$47", allow_blank=True)
    dv_pref.add("C7")
    dv_date = DataValidation(type="date", operator="between", formula1="36526", formula2="73415", allow_blank=True)
    dv_date.add("C8")
    dv_mark = DataValidation(type="list", formula1='"☑,□"', allow_blank=True)
    ws.add_data_validation(dv_pref)
    ws.add_data_validation(dv_date)
    ws.add_data_validation(dv_mark)
    put(ws, "A12", "1．" + TITLES[0], "F12", font=Font(bold=True))
    put(ws, "A13", "2025年6月の共済推進県本部・県支部合同会議で報告した内容と、その後の取り組みを記入してください。", "F13")
    s1 = [("目標達成にむけた進捗と課題（6月報告の内容）",
           "団体生命共済の新規加入は1月末で目標の56.8％。保有件数は前年5月比で99.4％と減少した。\n"
           "中越・上越地区の町村単組で新採の加入が伸びていない。"),
          ("目標達成にむけた進捗と課題（6月報告以降の取り組みと課題）",
           "8月以降、県支部と合同で中越・上越地区の11単組を訪問し、単組ごとの2026年度末保有目標を確認した。"),
          ("今後、重点的に取り組む課題", "町村単組の新採対策への支援と、退職予定者への継続加入の案内。")]
    for top, (label, text) in zip((14, 22, 30), s1):
        put(ws, f"B{top}", label, f"F{top}")
        put(ws, f"B{top + 1}", text, f"F{top + 6}", fill=YELLOW)
    marks = [["☑", "☑"], ["☑", "☑", "□", "☑", "☑", "□", "☑"], ["☑", "□", "☑"], ["☑", "□"], ["☑", "☑", "☑", "□"]]
    red_run = CellRichText(["推進委員会で毎月進捗を確認した。\n",
                            TextBlock(InlineFont(color="FFFF0000"), "【県支部追記】上越地区のモデル単組は3月に再訪問する予定。")])
    texts = ["規程にもとづき11月に支払い、使途は単組の報告書で確認している。",
             "同時加入のチラシを全単組に送付し、県支部と合同で11単組をオルグした。1月に新採対策会議を開き、"
             "新採組織化方針と同時加入の具体策を示した。",
             "組織化方針を単組に提起し、再任用者向けのじちろう共済の案内を配布した。",
             red_run,
             "冊子を執行委員会で確認し、全単組に配布した。代表者会議で活用方法を説明した。"]
    layout = [(38, 40, 43), (45, 47, 53), (55, 57, 60), (62, 64, 66), (68, 70, 74)]
    keys = [("s2", ["paid", "usage_known"]),
            ("s3", ["tools", "joint_org", "study", "meeting", "policy", "simul_policy", "simul_plan"]),
            ("s4", ["policy", "briefing", "appeal"]), ("s5", ["progress", "joint_org"]),
            ("s6", ["review", "distribute", "announce", "propose"])]
    names = {"report_h_pref": "$C$7:$E$7", "report_h_created": "$C$8:$E$8", "report_h_author": "$C$9:$E$9",
             "report_h_checker": "$C$10:$E$10", "report_s1_progress_june": "$B$15:$F$20",
             "report_s1_progress_since": "$B$23:$F$28", "report_s1_focus": "$B$31:$F$36"}
    for n, ((title_row, first, text_end), items, mk, text, (sec, ks)) in enumerate(
            zip(layout, ITEMS, marks, texts, keys), 2):
        put(ws, f"A{title_row}", f"{n}．{TITLES[n - 1]}", f"F{title_row}", font=Font(bold=True))
        put(ws, f"A{title_row + 1}", INSTR, f"B{title_row + 1}")
        put(ws, f"C{title_row + 1}", CONCRETE, f"F{title_row + 1}")
        for i, (item, m, k) in enumerate(zip(items, mk, ks)):
            r = first + i
            put(ws, f"A{r}", m, fill=YELLOW)
            dv_mark.add(f"A{r}")
            put(ws, f"B{r}", item)
            names[f"report_{sec}_{k}"] = f"$A${r}"
        put(ws, f"C{first}", text, f"F{text_end}", fill=YELLOW)
        names[f"report_{sec}_text"] = f"$C${first}:$F${text_end}"
    for n, ref in names.items():
        wb.defined_names[n] = DefinedName(n, attr_text=f"'報告書'!{ref}")
    put(ws, "A76", "※作成日は決裁日が未定のため「吉日」としています。", "F76")
    src = work / name
    wb.save(src)
    lo.convert(src, folder)


def r2_shizuoka(folder: Path):
    """A Google Forms response sheet, two responses."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "フォームの回答 1"
    heads = ["タイムスタンプ", "メールアドレス", "県本部名", "作成者（氏名）", "確認者（氏名）",
             "1.（1）目標達成にむけた進捗と課題", "1.（2）左記、2025年6月報告以降の取り組みと課題",
             "1.（3）今後、重点的に取り組む課題"]
    for n in range(2, 7):
        heads += [f"{n}．{TITLES[n - 1]}　実施している取り組みを選んでください（複数選択可）",
                  f"{n}．{TITLES[n - 1]}　具体的な取り組み"]

    def chosen(items, flags):
        return ", ".join(i for i, f in zip(items, flags) if f)

    first = [dt.datetime(2026, 2, 6, 17, 21, 44), "shizuoka-kyosai@example.jp", "静岡県本部", "架空 颯太", None,
             "新規加入は1月末で目標の59.1％。保有件数は前年5月比で100.3％と横ばい。東部地区の単組で若年層の加入が少ない。",
             "県支部と合同で東部・中部地区の10単組を訪問し、単組別の2026年度末保有目標を確認した。",
             "東部地区の単組への支援。",
             chosen(S2, [1, 0]), "規程にもとづき9月に支払った。",
             chosen(S3, [1, 1, 0, 0, 0, 0, 0]), "（作成中）",
             chosen(S4, [1, 0, 0]), None,
             None, None,
             chosen(S6, [1, 0, 0, 0]), None]
    final = [dt.datetime(2026, 2, 13, 10, 42, 5), "shizuoka-kyosai@example.jp", "静岡県本部", "架空 颯太", "架空 弘美",
             "新規加入は1月末で目標の59.1％。保有件数は前年5月比で100.3％と横ばい。東部地区の単組で若年層の加入が少ない。",
             "県支部と合同で東部・中部地区の10単組を訪問し、単組別の2026年度末保有目標を確認した。",
             "東部地区の単組への支援と、新採の同時加入の定着。",
             chosen(S2, [1, 1]), "規程にもとづき9月に支払った。使途は単組の決算書で確認している。",
             chosen(S3, [1, 1, 0, 1, 1, 0, 1]),
             "同時加入のツールを全単組に提供し、県支部と合同で10単組をオルグした。12月に新採対策会議を開いた。",
             chosen(S4, [1, 0, 1]), "組織化方針を提起し、退職予定者にじちろう共済の継続加入をアピールした。",
             None, "推進委員会での進捗確認は4月から行う予定。",
             chosen(S6, [1, 1, 0, 1]), "冊子を推進委員会で確認し、全単組に配布した。単組オルグでマニュアルの参照を提案した。"]
    arial = Font(name="Arial", size=10)
    for c, h in enumerate(heads, 1):
        cell = ws.cell(1, c, h)
        cell.font = arial
    for r, row in enumerate((first, final), 2):
        for c, v in enumerate(row, 1):
            cell = ws.cell(r, c, v)
            cell.font = arial
            if c == 1:
                cell.number_format = "yyyy/mm/dd h:mm:ss"
    ws.freeze_panes = "A2"
    ws.column_dimensions["A"].width = 19
    wb.save(folder / "共済推進取り組み報告書_静岡県本部（回答）.xlsx")


def r3_osaka(folder: Path):
    """Two hands: the 県本部's form with 1 / 0 marks, the 県支部's red 追記 column."""
    wb = xlsxwriter.Workbook(str(folder / "大阪府本部_共済推進取り組み報告書（県支部追記）.xlsx"))
    ws = wb.add_worksheet("報告書")
    title = wb.add_format({"bold": True, "font_size": 14, "align": "center"})
    bold = wb.add_format({"bold": True, "border": 1, "bg_color": "#DDEBF7", "text_wrap": True, "valign": "top"})
    cell = wb.add_format({"border": 1, "text_wrap": True, "valign": "top"})
    mark = wb.add_format({"border": 1, "align": "center", "valign": "top"})
    red = wb.add_format({"font_color": "#FF0000", "text_wrap": True, "valign": "top"})
    redhead = wb.add_format({"font_color": "#FF0000", "bold": True, "border": 1})
    ws.set_column("A:A", 6)
    ws.set_column("B:E", 12)
    ws.set_column("F:H", 16)
    ws.set_column("I:I", 34)
    ws.merge_range("A1:H1", "令和7年度　県本部共済推進取り組み報告書", title)
    for r, (label, value) in zip(range(2, 6), [("県名", "大阪府"), ("作成日", "2026/2/10（火）"),
                                               ("作成者", "架空 翼"), ("確認者", "架空 誠")]):
        ws.write(r, 0, label, bold)
        ws.merge_range(r, 1, r, 2, value, cell)
    ws.write(1, 8, "追記（県支部）", redhead)
    ws.write("A7", "実施欄：1＝実施　0＝未実施")
    ws.merge_range("A8:H8", "1." + TITLES[0], wb.add_format({"bold": True}))
    s1 = ["新規加入は1月末で目標の54.2％。保有件数は前年5月比で99.1％と減少した。大規模単組で退職者の脱退が多い。",
          "県支部と合同で北摂・河内地区の15単組を訪問し、2026年度末の保有目標と到達見込みを単組ごとに確認した。",
          "大規模単組の退職予定者対策と、新採の同時加入の徹底。"]
    for top, label, text in zip((9, 12, 15), S1_BOX, s1):
        ws.merge_range(top - 1, 0, top - 1, 7, "「" + label + "」", bold)
        ws.merge_range(top, 0, top + 1, 7, text, cell)
    marks = [[1, 1], [1, 1, 0, 1, 0, 1, 0], [1, 1, 1], [1, 0], [1, 1, 0, 0]]
    texts = ["規程にもとづき10月に支払った。",
             "同時加入のツールを提供し、県支部と合同で15単組をオルグした。1月に新採対策会議を開き、同時加入方針を提起した。",
             "組織化方針を提起し、対象者を単組ごとに把握した。説明会でじちろう共済をアピールした。",
             "推進委員会で進捗を確認している。",
             "冊子を執行委員会で確認し、全単組に配布した。"]
    tsuiki = {(3, 2): "→2/3に執行部学習会を開催済み",
              (4, 0): "（追記）県支部でも再任用者向けの共済説明会を1月に2回開いた。",
              (6, 2): "→2/20の代表者会議で周知予定"}
    starts = [19, 24, 34, 40, 45]  # section title rows (1-based)
    for n, (top, items, mk, text) in enumerate(zip(starts, ITEMS, marks, texts), 2):
        ws.merge_range(top - 1, 0, top - 1, 7, f"{n}.{TITLES[n - 1]}", wb.add_format({"bold": True}))
        h = top  # the header row (0-based index of the 1-based row top + 1)
        ws.write(h, 0, "実施", bold)
        ws.merge_range(h, 1, h, 4, "取り組み項目", bold)
        ws.merge_range(h, 5, h, 7, CONCRETE, bold)
        first = top + 1  # 0-based: the items start on the 1-based row top + 2
        for i, (item, m) in enumerate(zip(items, mk)):
            r = first + i  # 0-based row index
            ws.write_number(r, 0, m, mark)
            ws.merge_range(r, 1, r, 4, item, cell)
            if (n, i) in tsuiki:
                ws.write(r, 8, tsuiki[(n, i)], red)
        last = first + len(items) - 1
        ws.merge_range(first, 5, last, 7, text, cell)
    ws.write("A51", "※赤字の追記欄は県支部（試験 由紀子）が記入しました。")
    wb.close()


def r4_hyogo(folder: Path):
    """A hand-filled paper form, scanned and OCR'd into Excel: one sheet per page, one line per row."""
    wb = openpyxl.Workbook()
    p1 = wb.active
    p1.title = "Page 1"
    p2 = wb.create_sheet("Page 2")
    rows1 = {
        "A1": "令和7年度 県本部共済推進取り組み報告書",
        "A3": "県 名", "C3": "兵庫", "E3": "作 成 者", "G3": "試験 光",
        "A4": "作 成 日", "C4": "令和8年 2月 16日", "E4": "確 認 者", "G4": "試験 和也",
        "A6": "1.県本部共済推進方針の目標達成にむけた進捗と重点的に取り組む課題",
        "A7": "「目標達成にむけた進捗と課題」",
        "A8": "新規加入は1月末で目標の57.9％。保有件数は前年5月",
        "A9": "比で99.7％と減少した。阪神地区の大規模単組で若年",
        "A10": "層の加入が少ない。",
        "A11": "「左記、2025年6月報告以降の取り組みと課題」",
        "A12": "県支部と合同で播磨・但馬地区の9単組を訪問し、単",
        "A13": "組ごとの2026年度末保有目標を確認した。",
        "A14": "「今後、重点的に取り組む課題」",
        "A15": "但馬・丹波地区の小規模単組への支援の継続。",
        "A17": "2.共済推進県本部交付金の活用について",
        "A18": "実施している取り組み☑してください。", "F18": "具体的な取り組み",
        "A19": "☑ " + S2[0], "F19": "規程にもとづき12月に支払った。",
        "A20": "口 " + S2[1], "F20": "使途の把握はこれから行う。",
        "A22": "3.2026年4月新規採用者対策",
        "A23": "実施している取り組み☑してください。", "F23": "具体的な取り組み",
    }
    s3 = ["☑", "☑", "☑", "口", "☑", "口", "☑"]
    s3_text = ["同時加入のツールを全単組に提供し、", "県支部と合同で9単組をオルグした。", "執行部学習会を2会場で開いた。"]
    for i, (m, item) in enumerate(zip(s3, S3)):
        rows1[f"A{24 + i}"] = f"{m} {item}"
        if i < len(s3_text):
            rows1[f"F{24 + i}"] = s3_text[i]
    rows1["D33"] = "- 1 -"
    rows2 = {
        "A1": "4.2026年3月末の役職定年者、再任用、再雇用者への対応状況",
        "A2": "実施している取り組み☑してください。", "F2": "具体的な取り組み",
        "A3": "☑ " + S4[0], "F3": "組織化方針を提起し、対象者の説明会を",
        "A4": "☑ " + S4[1], "F4": "3会場で開いた。",
        "A5": "口 " + S4[2],
        "A7": "5.加入拡大モデル単組に対して県本部の関わり方について",
        "A8": "実施している取り組み☑してください。", "F8": "具体的な取り組み",
        "A9": "☑ " + S5[0], "F9": "モデル単組を県支部と合同でオルグした。",
        "A10": "☑ " + S5[1],
        "A12": "6.じちろう共済推進マニュアルの単組への落し込みや活用方法の提示など",
        "A13": "実施している取り組み☑してください。", "F13": "具体的な取り組み",
        "A14": "☑ " + S6[0], "F14": "冊子を執行委員会で確認した。",
        "A15": "口 " + S6[1], "F15": "単組オルグでマニュアルの参照を提案した。",
        "A16": "口 単組代表者会議等において、マニュアルの内容および活用方法を全単組へ",
        "A17": "周知",
        "A18": "☑ 単組執行部オルグ等において、各単組が「2026年3月末退職予定者対策」",
        "A19": "「2026年4月新採取り組み」にむけて、推進計画の立案や具体的な実行内容を協議",
        "A20": "する際に本マニュアルを参照するように提案",
        "A23": "※説明会の資料は別途郵送します。",
        "D26": "- 2 -",
    }
    for ws, rows in ((p1, rows1), (p2, rows2)):
        for ref, v in rows.items():
            ws[ref] = v
            ws[ref].font = Font(name="ＭＳ ゴシック", size=10.5)
    wb.save(folder / "兵庫県本部_取組報告書（スキャン）.xlsx")


def r5_yamaguchi(folder: Path):
    """Values pasted from a draft into a new book: Sheet1, no merges, no styles, no title."""
    wb = openpyxl.Workbook()
    ws = wb.active  # 「Sheet」 → renamed as Excel names a new book's sheet
    ws.title = "Sheet1"
    cells = {
        "A2": "県名", "B2": "山口",
        "A3": "作成日", "B3": 46071,
        "A4": "作成者", "B4": "見本 大和",
        "A5": "確認者", "B5": "見本 恵美",
        "A7": "Ⅰ　" + TITLES[0],
        "A8": S1_BOX[0], "B8": "新規加入は1月末で目標の60.8％。保有件数は前年5月比で100.4％と増加した。",
        "B9": "ただし、周南地区の単組で新採の加入率が下がっている。",
        "A10": S1_BOX[1], "B10": "県支部と合同で周南・下関地区の8単組を訪問し、単組ごとの保有目標を確認した。",
        "A11": S1_BOX[2], "B11": "周南地区の新採対策と、再任用者への継続加入の案内。",
    }
    numerals = ["Ⅱ", "Ⅲ", "Ⅳ", "Ⅴ", "Ⅵ"]
    answers = [["はい", "はい"], ["はい", "いいえ", "はい", "はい", "はい", "いいえ", "はい"], ["はい", "はい", "いいえ"],
               ["はい", "いいえ"], ["はい", "はい", "いいえ", None]]
    texts = [["規程にもとづき10月に支払い、使途を単組の報告で把握している。"],
             ["同時加入のツールを提供し、執行部学習会を2回開いた。新採対策会議で新採組織化方針と具体策を示した。"],
             ["組織化方針を単組に提起し、対象者の名簿を確認した。", "説明会は3月に開く予定。"],
             ["#REF!"],
             ["冊子を執行委員会で確認し、全単組に配布した。"]]
    r = 13
    tops = {}
    for n, (num, items, ans, text) in enumerate(zip(numerals, ITEMS, answers, texts), 2):
        cells[f"A{r}"] = f"{num}　{TITLES[n - 1]}"
        cells[f"A{r + 1}"] = "取り組み項目"
        cells[f"C{r + 1}"] = "実施"
        cells[f"D{r + 1}"] = CONCRETE
        for i, (item, a) in enumerate(zip(items, ans)):
            cells[f"A{r + 2 + i}"] = item
            if a is not None:
                cells[f"C{r + 2 + i}"] = a
        for j, t in enumerate(text):
            cells[f"D{r + 2 + j}"] = t
        tops[n] = r
        r += 2 + len(items) + 1
    for ref, v in cells.items():
        ws[ref] = v
    ws[f"F{tops[5] + 2}"] = "※5の具体的な取り組みは6月報告と同じです。"
    wb.save(folder / "山口県本部_取り組み報告書.xlsx")


# ======================================================================================= SURVEYS
def s1_saitama(folder: Path, work: Path):
    """Made in LibreOffice Calc (.ods), saved as .xlsx; every answer padded with full-width spaces."""
    work.mkdir(parents=True, exist_ok=True)
    name = "埼玉_見本市職労_実態共有アンケート"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "アンケート"
    ws.column_dimensions["A"].width = 34
    for c in "BCDEF":
        ws.column_dimensions[c].width = 14
    box = dict(border=BOX)
    put(ws, "A1", "実態共有用アンケート", "F1", font=Font(bold=True, size=14))
    for r, (label, value) in zip(range(3, 7), [("県本部", "　埼玉　"), ("単組", "　見本市職員労働組合　"),
                                               ("記入者お名前", "　見本 美咲　"), ("上部団体", "　全労連・自治労連　")]):
        put(ws, f"A{r}", label, **box)
        put(ws, f"B{r}", value, f"D{r}", **box)
    put(ws, "B8", "自治労", **box)
    put(ws, "C8", "競合", **box)
    put(ws, "D8", "時点", **box)
    rows = [("組織人員数（人）", "　　１，２０４　", "　　約１５０　"),
            ("組織率（％）", "　４２．８　", "　約５　"),
            ("未加入者数（人）", "　１，４６０　", "　１，４６０　")]
    for r, (label, j, k) in zip(range(9, 12), rows):
        put(ws, f"A{r}", label, **box)
        put(ws, f"B{r}", j, **box)
        put(ws, f"C{r}", k, **box)
    put(ws, "D9", dt.date(2025, 11, 1), "D11", fmt="yyyy/mm/dd", **box)
    put(ws, "A12", RATE_NOTE, "F12")
    put(ws, "A13", "2026年 新規採用者")
    for r, (label, v) in zip(range(14, 18), zip(INTAKE, ["　４２　", "　３１　", "　４　", "　７　"])):
        put(ws, f"A{r}", label, **box)
        put(ws, f"B{r}", v, **box)
    answers = ["　4月の新採研修の後に組合説明会を開き、加入届をその場で集めている。",
               "　青年部の役員が説明会に参加し、職場の先輩として話している。",
               "　競合も同じ日に説明会を開き、新採が迷ってしまう。",
               "　未加入者の一覧を支部ごとに作り、職場委員が声をかけている。",
               "　出先機関の未加入者と会う機会が少ない。",
               "　交渉の結果を組合ニュースとメールで当日中に知らせている。",
               "　特になし　",
               "　市当局とは年5回交渉している。会計年度任用職員の処遇改善を重点にしている。",
               "　共済の給付事例を紹介し、組合と共済の両方で支えることを伝えている。",
               "　新採説明会の時間を当局に確保してもらう工夫　",
               "　新採向けの共済リーフレットを早めに届けてほしい。"]
    for r, (label, a) in zip(range(19, 30), zip(TEXT_LABELS, answers)):
        put(ws, f"A{r}", label, **box)
        put(ws, f"B{r}", a, f"F{r}", **box)
        ws.row_dimensions[r].height = 36
    put(ws, "A31", "※競合の人数と組織率は役員からの聞き取りによるおおよその数です。", "F31")
    src = work / f"{name}.xlsx"
    wb.save(src)
    ods = lo.convert(src, work / "ods", target="ods")
    lo.convert(ods, folder)


def s2_gunma(folder: Path):
    """Exported from Apple Numbers: the export summary first, one worksheet per table; NFD labels, radicals."""
    wb = openpyxl.Workbook()
    summary = wb.active
    summary.title = "エクスポートの概要"
    helv = Font(name="Helvetica Neue", size=10)
    head = Font(name="Helvetica Neue", size=10, bold=True)
    grey = PatternFill("solid", fgColor="DBDBDB")
    lines = {"A1": "エクスポートの概要",
             "A3": "この書類はNumbersから書き出されました。各表はExcelワークシートに変換されました。各Numbersシート上の"
                   "その他のオブジェクトはすべて別々のワークシートに配置されました。Excelでは計算式の計算結果が異なる場合が"
                   "あることに注意してください。",
             "A5": "Numbersシート名", "B5": "Numbers表名", "C5": "Excelワークシート名",
             "A6": "アンケート", "B6": "回答", "C6": "アンケート - 回答",
             "A7": "アンケート", "B7": "新規採用者", "C7": "アンケート - 新規採用者"}
    for ref, v in lines.items():
        summary[ref] = v
        summary[ref].font = head if ref in ("A1", "A5", "B5", "C5") else helv
    summary.column_dimensions["A"].width = 22
    summary.column_dimensions["B"].width = 18
    summary.column_dimensions["C"].width = 28

    ws = wb.create_sheet("アンケート - 回答")
    nfd = lambda s: unicodedata.normalize("NFD", s)  # noqa: E731
    rows = [("項目", "回答", "競合"),
            ("県本部", "群馬", None),
            ("単組", "試験町職員組合", None),
            ("記入者お名前", "試験 大輔", None),
            ("上部団体", "全労連・医労連", None),
            ("組織人員数（人）", 286, 41),
            ("組織率（％）", 57.2, 8.2),
            ("未加入者数（人）", 173, 173),
            ("時点", dt.datetime(2025, 11, 1), None)]
    answers = ["4月の採用日に組合説明会を開き、⻘年部の役員が加入を呼びかけている。",
               nfd("説明会の資料に共済のガイドブックを入れている。"),
               "競合の役員が職場の上司で、新採が断りにくい。",
               "⽀部ごとに未加⼊者の名簿を作り、昼休みに声をかけている。",
               "保育所や病院など交替制の職場の未加入者に会えない。",
               "組合ニュースを毎月発行し、⻘年部のSNSでも発信している。",
               "ニュースが読まれているか分からない。",
               "町当局とは年2回交渉している。保育士の人員確保を求めている。",
               "なし",
               "小規模単組での⻘年部活動の続け方",
               "県本部の共済学習会を地区ごとに開いてほしい。"]
    rows += [(nfd(label), a, None) for label, a in zip(TEXT_LABELS, answers)]
    rows.append(("※数字は2025年11月1日現在の組合員名簿によります。", None, None))
    for r, row in enumerate(rows, 1):
        for c, v in enumerate(row, 1):
            cell = ws.cell(r, c, v)
            cell.font = head if r == 1 or c == 1 else helv
            cell.alignment = WRAP
            if r == 1:
                cell.fill = grey
            if isinstance(v, dt.datetime):
                cell.number_format = 'yyyy"年"m"月"d"日"'
    ws.column_dimensions["A"].width = 36
    ws.column_dimensions["B"].width = 56
    ws.column_dimensions["C"].width = 10

    intake = wb.create_sheet("アンケート - 新規採用者")
    for r, row in enumerate([("2026年4月", "人数"), ("新規採用者数", 9), ("自治労加入者数", 6), ("競合加入者数", 1),
                             ("未加入者数", 2)], 1):
        for c, v in enumerate(row, 1):
            cell = intake.cell(r, c, v)
            cell.font = head if r == 1 or c == 1 else helv
            if r == 1:
                cell.fill = grey
    intake.column_dimensions["A"].width = 20
    wb.save(folder / "群馬_試験町職_アンケート.xlsx")


def s3_mie(folder: Path):
    """A web collection system's export: every value text, <br> and &amp; left in the answers."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "export"
    rows = [("Q01", "県本部", "三重県本部"), ("Q02", "単組名", "架空町職員労働組合"), ("Q03", "記入者お名前", "架空 里奈"),
            ("Q04", "上部団体", "旧全官公自治労連"),
            ("Q05", "組織人員数（自治労）（人）", "512"), ("Q06", "組織人員数（競合）（人）", "63"),
            ("Q07", "組織率（自治労）（％）", "55.4"), ("Q08", "組織率（競合）（％）", "6.8"),
            ("Q09", "未加入者数（自治労）（人）", "349"), ("Q10", "未加入者数（競合）（人）", "349"),
            ("Q11", "時点", "2025-11-01"), ("Q12", "正規職員数（人）", "760"),
            ("Q13", "会計年度任用職員・パート等の非正規職員数（人）", "164"),
            ("Q14", "新規採用者数", "14"), ("Q15", "自治労加入者数", "10"), ("Q16", "競合加入者数", "1"),
            ("Q17", "未加入者数", "3")]
    answers = ["4月の採用日に組合説明会を開いている。<br>説明会の後、職場ごとに先輩組合員が歓迎会に誘っている。",
               "共済と組合のQ&amp;A集を作り、説明会で配っている。",
               "採用が各課に分散し、まとめて話す機会が少ない。",
               "未加入者には年2回、組合の案内を手渡ししている。",
               "会計年度任用職員の入れ替わりが多く、名簿が追いつかない。",
               "交渉の結果を掲示板と組合ニュースで知らせている。<br>ニュースは全職員に配っている。",
               "特になし",
               "町当局とは年3回交渉している。時間外勤務の縮減を求めている。",
               "共済の手厚さと、県本部の相談窓口を紹介している。",
               "",
               "近隣の単組との交流会を開いてほしい。"]
    for i, (label, a) in enumerate(zip(TEXT_LABELS, answers)):
        rows.append((f"Q{18 + i:02d}", label, a))
    rows.append(("Q29", "備考", "競合の人数は競合組合の機関紙によります。"))
    ws["A1"] = "出力日時：2026/01/15 09:12"
    ws["A2"] = "アンケート名：実態共有用アンケート（2025年度）"
    ws["A4"], ws["B4"], ws["C4"] = "設問番号", "設問", "回答"
    for r, (q, label, a) in enumerate(rows, 5):
        ws[f"A{r}"], ws[f"B{r}"], ws[f"C{r}"] = q, label, a
    wb.save(folder / "三重_架空町職労_アンケート（システム出力）.xlsx")


def s4_kochi(folder: Path):
    """A Word table pasted into Excel: one paragraph per row, labels merged down, units in cells of their own."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    mincho = Font(name="ＭＳ 明朝", size=10.5)
    for c, w in zip("ABCDEFGH", (26, 10, 5, 10, 5, 10, 5, 12)):
        ws.column_dimensions[c].width = w

    def w(ref, v, merge=None, fmt=None):
        put(ws, ref, v, merge, fmt=fmt, font=mincho, border=BOX)

    ws["A1"] = "実態共有用アンケート"
    ws["A1"].font = Font(name="ＭＳ 明朝", size=14, bold=True)
    for r, (label, value) in zip(range(3, 7), [("県本部", "高知県本部"), ("単組名", "見本村職員組合"),
                                               ("記入者お名前", "見本 純一"), ("上部団体", "全労連・自治労連")]):
        w(f"A{r}", label)
        w(f"B{r}", value, f"H{r}")
    w("A8", "区分")
    w("B8", "組織人員数", "C8")
    w("D8", "組織率", "E8")
    w("F8", "未加入者数", "G8")
    w("H8", "時点")
    w("A9", "自治労")
    w("B9", 218)
    w("C9", "人")
    w("D9", 47.6)
    w("E9", "％")
    w("F9", 220)
    w("G9", "人")
    w("H9", dt.datetime(2025, 11, 1), fmt="[$-411]ge.m.d")
    w("A10", "競合")
    w("B10", "約20")
    w("C10", "人")
    w("D10", "不明")
    w("E10", "％")
    w("F10", "〃")
    w("G10", "人")
    w("H10", "〃")
    w("A12", "2026年4月 新規採用者")
    for r, (label, v) in zip(range(13, 17), zip(INTAKE, [5, 3, 1, 1])):
        w(f"A{r}", label)
        w(f"B{r}", v)
        w(f"C{r}", "人")
    paragraphs = [["採用日の午後に組合説明会を開いている。", "説明会では書記長が組合と共済の説明をしている。"],
                  ["説明会に村長との懇談の時間を合わせてもらっている。"],
                  ["採用が毎年数人で、説明の経験が引き継がれない。"],
                  ["１．未加入者に年度初めに組合の案内を手渡ししている。", "２．歓迎会に未加入者も誘っている。"],
                  ["特になし"],
                  ["組合ニュースを年4回発行している。"],
                  ["役場と出張所が離れていて、ニュースが届きにくい。"],
                  ["村当局とは年1回交渉している。", "人員不足の解消と、時間外勤務の縮減を求めている。", ""],
                  ["共済の給付が早いことを伝えている。"],
                  ["小規模単組での新採説明会の進め方"],
                  ["なし"]]
    r = 18
    for label, paras in zip(TEXT_LABELS, paragraphs):
        end = r + len(paras) - 1
        w(f"A{r}", label, f"A{end}" if end > r else None)
        for i, p in enumerate(paras):
            w(f"B{r + i}", p if p else None, f"H{r + i}")
        r = end + 1
    ws[f"A{r + 1}"] = "※この表はWordで届いた回答を県本部で貼り付けたものです。"
    ws[f"A{r + 1}"].font = mincho
    wb.save(folder / "高知_見本村職_アンケート.xlsx")


def s5_miyazaki(folder: Path):
    """The union's answers in a new book (Sheet1, no title), checked by the 県本部: a blue 県本部確認 column."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    blue = Font(color="FF0070C0")
    for c, wd in zip("ABCDE", (34, 14, 14, 14, 34)):
        ws.column_dimensions[c].width = wd
    for r, (label, value) in zip(range(1, 5), [("県本部", "宮崎"), ("単組", "見本町職員労働組合"),
                                               ("記入者お名前", "見本 結衣"), ("上部団体", "全労連・自治労連")]):
        put(ws, f"A{r}", label, border=BOX)
        put(ws, f"B{r}", value, f"D{r}", border=BOX)
    put(ws, "B6", "自治労", border=BOX)
    put(ws, "C6", "競合", border=BOX)
    put(ws, "D6", "時点", border=BOX)
    put(ws, "E6", "県本部確認", font=Font(color="FF0070C0", bold=True), border=BOX)
    for r, (label, j, k) in zip(range(7, 10), [("組織人員数（人）", "約300", "約40"), ("組織率（％）", 52, "約7"),
                                               ("未加入者数（人）", 248, 248)]):
        put(ws, f"A{r}", label, border=BOX)
        put(ws, f"B{r}", j, border=BOX)
        put(ws, f"C{r}", k, border=BOX)
    put(ws, "D7", "R7.11.1現在", "D9", border=BOX)
    put(ws, "E7", "自治労は312人（11/1の名簿で確認）", font=blue)
    put(ws, "E8", "✓", font=blue)
    put(ws, "E9", "✓", font=blue)
    put(ws, "A10", RATE_NOTE, "D10")
    put(ws, "A11", "2026年4月 新規採用者")
    for r, (label, v) in zip(range(12, 16), zip(INTAKE, [8, 6, 0, 2])):
        put(ws, f"A{r}", label, border=BOX)
        put(ws, f"B{r}", v, border=BOX)
        put(ws, f"E{r}", "✓", font=blue)
    answers = ["4月の採用日に組合説明会を開き、加入届を配っている。",
               "説明会に青年部の役員が参加している。",
               "競合の説明会と日程が重なる。",
               "未加入者の多い職場で昼休みに懇談会を開いている。",
               "若い職員ほど組合費の負担を気にしている。",
               "交渉の結果を掲示板で知らせている。",
               "特になし",
               "町当局とは年2回交渉している。保育所の人員確保を重点にしている。",
               "共済の給付事例を紹介している。",
               None,
               "県本部主催の新採交流会を続けてほしい。"]
    for r, (label, a) in zip(range(17, 28), zip(TEXT_LABELS, answers)):
        put(ws, f"A{r}", label, border=BOX)
        put(ws, f"B{r}", a, f"D{r}", border=BOX)
        put(ws, f"E{r}", "✓" if a is not None else "未記入（単組に確認中）", font=blue)
        ws.row_dimensions[r].height = 30
    put(ws, "A30", "※県本部より：競合の人数と組織率は単組からの聞き取りです。", "E30", font=blue)
    wb.save(folder / "宮崎_見本町職_アンケート（県本部確認済）.xlsx")


def build(root: Path) -> dict[str, Path]:
    """Write the ten files under root/report and root/survey; returns those two folders."""
    root = Path(root)
    return build_set(root, reports=(r2_shizuoka, r3_osaka, r4_hyogo, r5_yamaguchi),
                     surveys=(s2_gunma, s3_mie, s4_kochi, s5_miyazaki),
                     converted=(("report", r1_niigata), ("survey", s1_saitama)))


if __name__ == "__main__":
    out = build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "_out")
    for kind, folder in out.items():
        print(kind, sorted(p.name for p in folder.iterdir()))
