"""Nineteenth, independent set of legacy-style fixtures (tests/legacy19), made to measure GENERALISATION.

Theme: the FORM AS PEOPLE REWORD AND RE-ORGANISE IT: labels paraphrased in the clerk's own words, section titles and
item texts rewritten or shortened, check items turned into questions, sections and questions re-ordered, two questions
answered in one box, one question split into sub-boxes, questions the clerk added, a questionnaire answered by
question NUMBER with the questions on another sheet, items sorted into 「実施した／実施していない」 lists, answers given
by reference (「Q9と同じ」 「前問参照」), last year's form reused for this year's answers.

Ten workbooks (five 県本部共済推進取り組み報告書, five 実態共有用アンケート; FY2025: reports made Feb 2026 (令和8年),
survey figures as of November 2025, intake 2026年4月新採, section titles 「2026年4月新規採用者対策」
「2026年3月末の…」), written with openpyxl and XlsxWriter, one of them (S4) saved as .xls through LibreOffice. Each
COMBINES 3-5 habits: about half already seen somewhere in tests/legacy2 … tests/legacy18 but mixed differently, about
half judged plausible and absent from those sets (marked NEW). Every name, union and sentence is invented for this set
(見本 / 試験 / 架空 names); the only texts taken from the real forms are the printed labels and instructions. Nothing
here imports the reader.

REPORTS
R1 静岡県本部_共済推進取り組み報告書.xlsx (openpyxl), sheet 「報告書」
   SECTION TITLES REWORDED in the clerk's own words, numbers kept (「２．県本部交付金の使い方」, 「３．新採対策（2026年
   4月採用）」, 「４．定年・再任用の人への対応（2026年3月末）」, 「６．推進マニュアルの使い方」 …) (NEW); EVERY check item
   SHORTENED to a few words (「規程どおり交付金を支払い」, 「同時加入ツールの提供」, 「合同オルグ」 in both s3 and s5,
   「代表者会議で周知」, 「単組オルグで参照を提案」 …) (NEW: earlier sets abbreviated a few items, never the whole form);
   section-1 box labels abbreviated (「6月報告の進捗と課題」 「その後の取り組み」 「これからの重点課題」) with the text on the
   same row (seen); labels with a trailing 「：」 and the answers right (A3 → B3:C3, E3 → F3:G3), 作成日 a real date
   shown yyyy/m/d (seen); ☑ / □ in column A left of the items, text merged F:H beside (seen); note under the form.
     s1 6 (rows 7, 8, 9), s2 11 (header 12; items 13,14), s3 16 (items 18..24), s4 26 (items 28..30),
     s5 32 (items 34,35), s6 37 (items 39..42), note A44
R2 三重県本部_取組報告書.xlsx (XlsxWriter), sheet 「報告書」
   sections 3 and 4 RE-ORDERED into calendar order and RENUMBERED: 「３．2026年3月末の役職定年者、再任用、再雇用者への
   対応状況」 (the form's section 4) before 「４．2026年4月新規採用者対策」 (the form's section 3), titles as printed
   (NEW); the two sections' 具体的な取り組み MERGED into ONE box 「３・４の具体的な取り組み」 under the second, with
   【退職者対策】 / 【新採対策】 sub-headings inside the text (NEW); 作成日 the text 「令和8年2月10日」 (seen); header
   labels in two columns (A / E) with the answers merged right (seen); a 実施 column F RIGHT of the items holding
   ○ / × (seen); 「具体的な取り組み」 label row with the text merged below (seen); a 「※」 note saying what was moved.
R3 鳥取県本部_取り組み報告書.xlsx (openpyxl), sheet 「報告書」
   every check item REWRITTEN AS A QUESTION (「交付金は、共済推進単組交付金規程にもとづいて支払っていますか」 …,
   「…オルグを実施しましたか」) under a 「質問｜回答（はい・いいえ）」 heading, answered 「はい」 / 「いいえ」 (NEW; はい /
   いいえ seen); a clerk-ADDED 「７．その他（県本部独自の取り組み）」 section with its own text after section 6 (NEW);
   section 1 answered as 「・」 BULLETS, one per row, under each label (seen); the header in ONE ROW (A3 県名 | B3 |
   C3 作成日 | D3 「R8.2.13」 | E3 作成者 | F3 | G3 確認者 | H3) (seen); 「具体的な取り組み」 label rows; note at the bottom.
R4 徳島県本部_共済推進取組報告.xlsx (XlsxWriter), sheet 「報告書」
   LAST YEAR's FORM reused (title 「令和6年度」, 「2025年4月新規採用者対策」, 「2025年3月末の…」, 「左記、2024年6月報告
   以降…」, s6 item 4 with 2025年) filled with this year's answers, 作成日 2026/2/16 (seen); sections numbered 「Ⅰ」…「Ⅵ」
   (seen); NO MARK anywhere: in every section the items SORTED into two lists 「○実施した取り組み」 / 「×実施していない
   取り組み」 (「・」 lines, 「なし」 for an empty list) (NEW); s3's item 「県本部・単組主催の執行部学習会の開催」 SPLIT by the
   clerk into 「県本部主催の…」 (in the done list) and 「単組主催の…」 (in the not-done list) (NEW); a clerk-ADDED item in
   s4's done list 「再任用者向けのライフプラン学習会の開催（県本部独自）」 (seen); 作成日 a real date shown
   「令和8年2月16日」 (seen); note at the bottom.
R5 大分県本部_取り組み報告書.xlsx (openpyxl), sheet 「報告書」
   the header labels PARAPHRASED 「県本部」 「報告日」 「報告者」 「承認者」 (for 県名 / 作成日 / 作成者 / 確認者) (NEW: 報告日,
   報告者, 承認者 in no earlier set); 「今後、重点的に取り組む課題」 SPLIT into three SUB-BOXES 「①新採対策」 「②退職者対策」
   「③モデル単組」 each with its answer on its row (NEW); sections 「第1」…「第6」 (seen); items numbered 1, 2, … with a
   「状況（済・未）」 column F (seen); the s6 text as 「・」 lines ONE PER ROW (seen); s5 「特になし」; note at the bottom.

SURVEYS
S1 福島_見本市職労_アンケート.xlsx (openpyxl), sheet 「アンケート」
   the NUMBER LABELS PARAPHRASED in the clerk's words: column headings 「うちの組合」 / 「ライバル組合」 / 「いつ現在か」,
   rows 「組合員の数（人）」 「組織率（職員のうち組合員の割合、％）」 「組合に入っていない職員（人）」 「正規の職員数（人）」
   「会計年度任用職員など非正規の職員数（人）」 (NEW); the INTAKE LABELS paraphrased 「今年4月（2026年4月）に採用された人」
   「新採者数」 「そのうち自治労に入った人」 「ライバル組合に入った人」 「どちらにも入っていない人」 (NEW); header labels
   「組合名」 「回答者」 「ライバル組合の上部団体」 (NEW wording) with the 上部団体 dropdown and 「←プルダウンから選択」
   (seen); rates as plain numbers; 時点 「R7.11.1現在」 merged down D9:D11 (seen); texts label | answer B:F (seen);
   one 「特になし」; note A34.
S2 栃木_架空町職_アンケート.xlsx (XlsxWriter), sheets 「回答」 then 「設問一覧」
   the answer sheet holds ONLY QUESTION NUMBERS 「Q1」…「Q26」 and the answers; the questions themselves are on the
   second sheet 「設問一覧」 (番号 | 設問) (NEW); each pair split into two questions there (seen); numbers as text with
   units and 約 (「412人」 「約50人」 「46.8%」 「約6%」) (seen); the competitor's 未加入者数 answered BY REFERENCE
   「Q9と同じ」 (NEW); 時点 「2025年11月1日現在」 (seen); one 「特になし」; note A31.
S3 岐阜_見本村職_アンケート.xlsx (openpyxl), sheet 「アンケート」
   the text questions RE-ORDERED by the clerk, the three 「悩んでいること」 moved together after the others, labels as
   printed (NEW); 新採加入の主な取り組み and 新規採用者組織化で工夫していること MERGED into ONE box 「新採加入の主な
   取り組みと工夫していること」 answered 「取り組み：…⏎工夫：…」 (NEW); a question the clerk ADDED of their own
   「青年部・女性部の活動（当組合で追加）」 between the form's questions (NEW); rates as fractions in 0.0% cells (seen);
   時点 a real date shown yyyy/m/d merged down (seen); 正規 / 非正規 given; note A34.
S4 和歌山_試験町職労_アンケート（R6様式）.xls (XlsxWriter → LibreOffice .xls), sheet 「アンケート」
   LAST YEAR's FORM reused (title 「令和6年度」, intake heading 「2025年 新規採用者」) with this year's figures, 時点
   「R7.11.1現在」 (seen); 労使関係・交渉など SPLIT into two SUB-BOXES 「①労使関係の状態」 / 「②労使交渉の取り組み状況」
   (label merged down A27:A28, sub-labels in B, answers C:F) and 県本部・本部への要望 split into 「①県本部へ」 / 「②本部へ」
   (NEW); the 差別化 answer 「前問参照」 (a reference, seen as 「同上」 / 「上記のとおり」); counts and rates as text with
   「名」 / 「%」 and 約 (seen); .xls (seen); note A34.
S5 熊本_架空市職労_アンケート.xlsx (openpyxl), sheet 「アンケート」
   the eleven TEXT LABELS PARAPHRASED with the clerk's synonyms (「新しく採用された人に組合に入ってもらうための取り組み」,
   「…で困っていること」 for 悩んでいること, 「組合活動の見える化」, 「当局との関係・交渉の状況」, 「ライバル組合との違いの出し方」,
   「県本部・本部へのお願い」 …) (NEW); the union's 組織率 answered as the CALCULATION 「846÷1,410×100」 without its result
   (NEW); 上部団体 label 「競合相手の上部団体」 answered 「自治労連」 (seen); 「約60」 「約4」; 時点 the text 「2025/11/1」 (seen);
   intake as a horizontal table (seen); one 「特になし」; note A32.

Every name, union and sentence is invented. The expected readings are typed by hand in expected.py; nothing here
imports the reader.
"""
from __future__ import annotations

import datetime
import shutil
import subprocess
import sys
from pathlib import Path

import xlsxwriter
from openpyxl.styles import Font
from openpyxl.worksheet.datavalidation import DataValidation

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import legacy_kit as kit  # noqa: E402
import lo  # noqa: E402  (tests/lo.py: the shared LibreOffice helper)
from legacy_kit import INTAKE, RATE_NOTE, S2, S3, S4, S5, TEXT_LABELS  # noqa: E402

# this year's printed texts (FY2025: 2026年4月新採, 2026年3月末, 2025年6月報告)
S6 = kit.S6[:3] + [kit.S6[3].replace("2025年", "2026年")]
S1_BOX = ["目標達成にむけた進捗と課題", "左記、2025年6月報告以降の取り組みと課題", "今後、重点的に取り組む課題"]
TITLES = ["県本部共済推進方針の目標達成にむけた進捗と重点的に取り組む課題", "共済推進県本部交付金の活用について",
          "2026年4月新規採用者対策", "2026年3月末の役職定年者、再任用、再雇用者への対応状況",
          "加入拡大モデル単組に対して県本部の関わり方について",
          "じちろう共済推進マニュアルの単組への落し込みや活用方法の提示など"]
ITEMS = [S2, S3, S4, S5, S6]
NUM = "１２３４５６７"
LO_TIMEOUT = 300
TITLE = "令和7年度　県本部共済推進取り組み報告書"


def _widths(ws, **w):
    for col, width in w.items():
        ws.column_dimensions[col].width = width


def _to_xls(src: Path, folder: Path, work: Path):
    """Save ``src`` as .xls through LibreOffice (tests/lo.py) and move it into ``folder``."""
    try:
        out = lo.convert(src, work / "xls", "xls", timeout=LO_TIMEOUT)
    except subprocess.TimeoutExpired as exc:
        raise RuntimeError(f"legacy19: LibreOffice did not save {src.name} as .xls within {LO_TIMEOUT} s") from exc
    except RuntimeError as exc:
        raise RuntimeError(f"legacy19: could not save {src.name} as .xls through LibreOffice: {exc}") from exc
    shutil.move(str(out), str(folder / out.name))


# ============================================================================================ reports

def r1_shizuoka(folder: Path):
    """Section titles reworded, every item shortened, abbreviated section-1 labels."""
    wb, s = kit.book("報告書")
    ws = s.ws
    _widths(ws, A=7, B=16, C=16, D=16, E=16, F=22, G=22, H=22)
    s.put("A1", TITLE, merge="H1")
    s.put("A3", "県名：")
    s.put("B3", "静岡県", merge="C3")
    s.put("E3", "作成日：")
    s.put("F3", datetime.datetime(2026, 2, 12), merge="G3", fmt="yyyy/m/d")
    s.put("A4", "作成者：")
    s.put("B4", "試験 美和", merge="C4")
    s.put("E4", "確認者：")
    s.put("F4", "試験 康弘", merge="G4")
    s.put("A6", "１．推進方針の進み具合と今後の課題", merge="H6")
    ws["A6"].font = Font(bold=True)
    s1 = [("6月報告の進捗と課題", "団体生命共済の新規加入は1月末で目標の55.1％。保有件数は前年5月比で99.2％。東部地区の単組で"
                               "新採の加入が伸び悩んでいる。"),
          ("その後の取り組み", "10月から県支部と合同で東部・伊豆地区の9単組を訪問し、単組ごとの推進計画を見直した。"),
          ("これからの重点課題", "東部地区の単組への支援と、退職予定者への継続加入の案内。")]
    for r, (label, text) in zip((7, 8, 9), s1):
        s.put(f"A{r}", label, merge=f"B{r}")
        s.put(f"C{r}", text, merge=f"H{r}")
        ws.row_dimensions[r].height = 36
    titles = ["２．県本部交付金の使い方", "３．新採対策（2026年4月採用）", "４．定年・再任用の人への対応（2026年3月末）",
              "５．モデル単組へのかかわり", "６．推進マニュアルの使い方"]
    short = [["規程どおり交付金を支払い", "交付金の使途を把握"],
             ["同時加入ツールの提供", "合同オルグ", "執行部学習会", "新採対策会議", "新採組織化方針の提起", "同時加入方針の提起",
              "同時加入の具体策提案"],
             ["組織化方針の提起", "対象者把握・説明会", "共済のアピール"],
             ["推進委員会で進捗確認", "合同オルグ"],
             ["冊子の内容確認", "単組へ配布", "代表者会議で周知", "単組オルグで参照を提案"]]
    marks = [["☑", "☑"], ["☑", "☑", "□", "☑", "☑", "☑", "□"], ["☑", "□", "☑"], ["☑", "□"], ["☑", "☑", "□", "□"]]
    texts = ["規程にもとづき10月に支払った。使途は単組の会計報告で確認している。",
             "同時加入のチラシを全単組に配り、12月に新採対策会議を開いた。県支部と合同で9単組をオルグした。",
             "組織化方針を11月の代表者会議で提起し、じちろう共済の継続加入の案内を単組に送った。",
             "モデル単組4単組の進捗を推進委員会で毎月確認した。",
             "冊子を執行委員会で確認し、全単組に配布した。"]
    row = 11
    for title, items, mk, text in zip(titles, short, marks, texts):
        s.put(f"A{row}", title, merge=f"H{row}")
        ws[f"A{row}"].font = Font(bold=True)
        s.put(f"A{row + 1}", "実施")
        s.put(f"B{row + 1}", "項目", merge=f"E{row + 1}")
        s.put(f"F{row + 1}", "具体的な取り組み", merge=f"H{row + 1}")
        first = row + 2
        for i, (item, m) in enumerate(zip(items, mk)):
            s.put(f"A{first + i}", m)
            s.put(f"B{first + i}", item, merge=f"E{first + i}")
        last = first + len(items) - 1
        s.put(f"F{first}", text, merge=f"H{last}")
        row = last + 2
    s.put(f"A{row}", "※取り組み項目は本部様式の文言を短くして記入しています。")
    wb.save(folder / "静岡県本部_共済推進取り組み報告書.xlsx")


def r2_mie(folder: Path):
    """Sections 3 and 4 swapped and renumbered; their two texts merged into one box."""
    wb = xlsxwriter.Workbook(str(folder / "三重県本部_取組報告書.xlsx"))
    ws = wb.add_worksheet("報告書")
    wrap = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    plain = wb.add_format({"border": 1, "valign": "top"})
    bold = wb.add_format({"bold": True})
    center = wb.add_format({"align": "center", "border": 1})
    ws.set_column("A:E", 16)
    ws.set_column("F:F", 8)
    ws.set_column("G:H", 18)
    ws.merge_range("A1:H1", TITLE, bold)
    ws.write("A3", "県名", plain)
    ws.merge_range("B3:C3", "三重県", plain)
    ws.write("E3", "作成日", plain)
    ws.merge_range("F3:G3", "令和8年2月10日", plain)
    ws.write("A4", "作成者", plain)
    ws.merge_range("B4:C4", "見本 由紀", plain)
    ws.write("E4", "確認者", plain)
    ws.merge_range("F4:G4", "見本 哲也", plain)
    ws.merge_range("A6:H6", "１．" + TITLES[0], bold)
    s1 = ["新規加入は1月末で目標の53.6％。保有件数は前年5月比で98.9％。伊賀・東紀州地区の単組で退職による減少が大きい。",
          "9月以降、県支部と合同で伊賀・東紀州地区の6単組を訪問し、退職予定者への案内の進め方を確認した。",
          "退職予定者への継続加入の案内と、新採の同時加入の定着。"]
    for r, label, text in zip((7, 10, 13), S1_BOX, s1):
        ws.merge_range(f"A{r}:H{r}", label)
        ws.merge_range(f"A{r + 1}:H{r + 2}", text, wrap)

    def items_block(row, number, title, items, marks):
        ws.merge_range(f"A{row}:H{row}", f"{NUM[number - 1]}．{title}", bold)
        ws.merge_range(f"A{row + 1}:E{row + 1}", "取り組み項目", plain)
        ws.write(f"F{row + 1}", "実施", center)
        for i, (item, m) in enumerate(zip(items, marks)):
            r = row + 2 + i
            ws.merge_range(f"A{r}:E{r}", item, wrap)
            ws.write(f"F{r}", m, center)
        return row + 2 + len(items)

    def text_block(row, label, text, height=2):
        ws.merge_range(f"A{row}:H{row}", label, plain)
        ws.merge_range(f"A{row + 1}:H{row + height}", text, wrap)
        return row + height + 2

    row = 16
    row = items_block(row, 2, TITLES[1], S2, ["○", "○"])
    row = text_block(row, "具体的な取り組み", "規程にもとづき11月に支払った。使途は単組の報告書で把握している。")
    row = items_block(row, 3, TITLES[3], S4, ["○", "○", "×"]) + 1
    row = items_block(row, 4, TITLES[2], S3, ["○", "×", "○", "○", "○", "×", "○"])
    row = text_block(row, "３・４の具体的な取り組み",
                     "【退職者対策】役職定年・再任用の対象者名簿を単組と確認し、1月に説明会を開いた。\n"
                     "【新採対策】同時加入のチラシを全単組に送り、12月に執行部学習会、1月に新採対策会議を開いた。", height=3)
    row = items_block(row, 5, TITLES[4], S5, ["○", "○"])
    row = text_block(row, "具体的な取り組み", "推進委員会で2か月ごとに進捗を確認し、県支部と合同で3単組をオルグした。")
    row = items_block(row, 6, TITLES[5], S6, ["○", "○", "○", "×"])
    row = text_block(row, "具体的な取り組み", "冊子を推進委員会で確認して全単組に配布し、1月の代表者会議で活用方法を説明した。")
    ws.write(f"A{row}", "※３（退職者対策）と４（新採対策）は時期の早い順に並べ替え、具体的な取り組みはまとめて記入しました。")
    wb.close()


QUESTIONS = [
    ["交付金は、共済推進単組交付金規程にもとづいて支払っていますか",
     "単組に支払った交付金がどのように使われたか把握していますか"],
    ["組合と団体生命共済の同時加入に向けたツールを提供しましたか", "県本部・県支部合同の単組オルグを実施しましたか",
     "県本部・単組主催の執行部学習会を開催しましたか", "県本部新採対策会議を開催しましたか",
     "新採組織化方針と具体的な取り組みを提起しましたか", "組合と団体生命共済の同時加入方針を提起しましたか",
     "同時加入に向けた具体策を提案しましたか"],
    ["組織化方針を単組に提起しましたか", "対象者を把握し、説明会等を実施しましたか", "じちろう共済をアピールしましたか"],
    ["県本部共済推進委員会で進捗を確認していますか", "県本部・県支部合同の単組オルグを実施しましたか"],
    ["執行委員会・共済推進委員会で冊子の内容を確認しましたか", "マニュアルを単組に配布しましたか",
     "単組代表者会議等で、マニュアルの内容と活用方法を全単組に周知しましたか",
     "単組執行部オルグ等で、各単組が「2026年3月末退職予定者対策」「2026年4月新採取り組み」の推進計画を協議する際に"
     "本マニュアルを参照するよう提案しましたか"],
]


def r3_tottori(folder: Path):
    """Items rewritten as questions answered はい / いいえ; an added section 7; section 1 as bullet rows."""
    wb, s = kit.book("報告書")
    ws = s.ws
    _widths(ws, A=12, B=16, C=12, D=16, E=12, F=16, G=12, H=16)
    s.put("A1", TITLE, merge="H1")
    for col, value in zip("ABCDEFGH", ("県名", "鳥取", "作成日", "R8.2.13", "作成者", "架空 真一", "確認者", "架空 久美")):
        s.put(f"{col}3", value)
    s.put("A5", "１．" + TITLES[0], merge="H5")
    ws["A5"].font = Font(bold=True)
    bullets = [["・団体生命共済の新規加入は1月末で目標の58.7％。", "・保有件数は前年5月比で100.2％と微増。",
                "・西部地区の町村単組で新採の加入が少ない。"],
               ["・11月に県支部と合同で西部地区の5単組を訪問した。", "・12月の代表者会議で各単組の到達状況を共有した。"],
               ["・町村単組への訪問の継続", "・退職予定者への継続加入の案内"]]
    row = 6
    for label, lines in zip(S1_BOX, bullets):
        s.put(f"A{row}", label, merge=f"H{row}")
        for k, line in enumerate(lines, start=1):
            s.put(f"A{row + k}", line, merge=f"H{row + k}")
        row += len(lines) + 1
    answers = [["はい", "いいえ"], ["はい", "はい", "はい", "いいえ", "はい", "はい", "いいえ"], ["はい", "いいえ", "はい"],
               ["はい", "はい"], ["はい", "いいえ", "いいえ", "いいえ"]]
    texts = ["規程にもとづき12月に支払った。使途の把握は来年度からの課題。",
             "同時加入のツールを全単組に配り、県支部と合同で5単組をオルグした。1月に執行部学習会を開いた。",
             "組織化方針を単組に提起し、退職予定者向けにじちろう共済の案内を作った。",
             "モデル単組2単組の進捗を推進委員会で確認し、県支部と合同でオルグした。",
             "冊子の内容を執行委員会で確認した。配布は3月の予定。"]
    row += 1  # row 16
    for n, (questions, ans, text) in enumerate(zip(QUESTIONS, answers, texts), start=2):
        s.put(f"A{row}", f"{NUM[n - 1]}．{TITLES[n - 1]}", merge=f"H{row}")
        ws[f"A{row}"].font = Font(bold=True)
        s.put(f"A{row + 1}", "質問", merge=f"F{row + 1}")
        s.put(f"G{row + 1}", "回答（はい・いいえ）", merge=f"H{row + 1}")
        for i, (q, a) in enumerate(zip(questions, ans)):
            r = row + 2 + i
            s.put(f"A{r}", q, merge=f"F{r}")
            s.put(f"G{r}", a, merge=f"H{r}")
            if len(q) > 60:
                ws.row_dimensions[r].height = 30
        r = row + 2 + len(questions)
        s.put(f"A{r}", "具体的な取り組み", merge=f"H{r}")
        s.put(f"A{r + 1}", text, merge=f"H{r + 2}")
        row = r + 4
    s.put(f"A{row}", "７．その他（県本部独自の取り組み）", merge=f"H{row}")
    ws[f"A{row}"].font = Font(bold=True)
    s.put(f"A{row + 1}", "青年部と合同で新採歓迎会を開き、じちろう共済の説明の時間をもらった。", merge=f"H{row + 2}")
    s.put(f"A{row + 4}", "※各項目を質問の形に直して、はい・いいえで回答しています。")
    wb.save(folder / "鳥取県本部_取り組み報告書.xlsx")


def r4_tokushima(folder: Path):
    """Last year's form; items sorted into done / not-done lists; one item split in two; an added item."""
    wb = xlsxwriter.Workbook(str(folder / "徳島県本部_共済推進取組報告.xlsx"))
    ws = wb.add_worksheet("報告書")
    wrap = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    plain = wb.add_format({"border": 1, "valign": "top"})
    bold = wb.add_format({"bold": True})
    sub = wb.add_format({"bold": True, "bg_color": "#F2F2F2", "border": 1})
    wareki = wb.add_format({"num_format": '[$-ja-JP]ggge"年"m"月"d"日"', "align": "left", "border": 1})
    ws.set_column("A:A", 14)
    ws.set_column("B:H", 14)
    ws.merge_range("A1:H1", "令和6年度　県本部共済推進取り組み報告書", bold)
    ws.write("A3", "県名", plain)
    ws.merge_range("B3:D3", "徳島県", plain)
    ws.write("A4", "作成日", plain)
    ws.merge_range("B4:D4", datetime.datetime(2026, 2, 16), wareki)
    ws.write("A5", "作成者", plain)
    ws.merge_range("B5:D5", "試験 和彦", plain)
    ws.write("A6", "確認者", plain)
    ws.merge_range("B6:D6", "試験 恵美", plain)
    roman = "ⅠⅡⅢⅣⅤⅥ"
    old_titles = kit.TITLES  # last year's form: 2025年4月新規採用者対策, 2025年3月末の…
    ws.merge_range("A8:H8", f"{roman[0]}　{old_titles[0]}", bold)
    s1 = ["新規加入は1月末で目標の61.4％。保有件数は前年5月比で100.8％。県南地区の単組で新採の同時加入が進んでいない。",
          "10月から県支部と合同で県南地区の7単組を訪問し、新採の同時加入の進め方を確認した。",
          "県南地区の単組への支援と、新採の同時加入の徹底。"]
    for r, label, text in zip((9, 12, 15), kit.S1_BOX, s1):
        ws.merge_range(f"A{r}:H{r}", label)
        ws.merge_range(f"A{r + 1}:H{r + 2}", text, wrap)
    old_items = [S2, S3, S4, S5, kit.S6]
    study_a, study_b = "県本部主催の執行部学習会の開催", "単組主催の執行部学習会の開催"
    # per section: (done, not done) as lists of item texts, in the form's order
    lists = [
        ([S2[0], S2[1]], []),
        ([S3[0], S3[1], study_a, S3[4], S3[5]], [study_b, S3[3], S3[6]]),
        ([S4[0], S4[2], "再任用者向けのライフプラン学習会の開催（県本部独自）"], [S4[1]]),
        ([S5[0]], [S5[1]]),
        ([kit.S6[0], kit.S6[1], kit.S6[2]], [kit.S6[3]]),
    ]
    texts = ["規程にもとづき9月に支払った。使途は単組の活動報告で確認している。",
             "同時加入のチラシを全単組に送り、県支部と合同で7単組をオルグした。11月に県本部主催の執行部学習会を開いた。",
             "再任用者向けのライフプラン学習会を1月に開き、じちろう共済の継続加入を案内した。",
             "モデル単組の進捗を推進委員会で毎月確認した。",
             "冊子を全単組に配布し、12月の代表者会議で活用方法を周知した。"]
    assert all(len(d) + len(n) >= len(items) for (d, n), items in zip(lists, old_items))
    row = 19
    for n, ((done, not_done), text) in enumerate(zip(lists, texts), start=2):
        ws.merge_range(f"A{row}:H{row}", f"{roman[n - 1]}　{old_titles[n - 1]}", bold)
        row += 1
        for heading, entries in (("○実施した取り組み", done), ("×実施していない取り組み", not_done)):
            ws.merge_range(f"A{row}:H{row}", heading, sub)
            row += 1
            for entry in entries or ["なし"]:
                ws.merge_range(f"A{row}:H{row}", entry if entry == "なし" else "・" + entry, wrap)
                if len(entry) > 60:
                    ws.set_row(row - 1, 30)
                row += 1
        ws.merge_range(f"A{row}:H{row}", "具体的な取り組み", plain)
        ws.merge_range(f"A{row + 1}:H{row + 2}", text, wrap)
        row += 4
    ws.write(f"A{row}", "※各項目を「実施した取り組み」と「実施していない取り組み」に分けて記入しています。")
    wb.close()


def r5_oita(folder: Path):
    """Paraphrased header labels; the focus box split into three sub-boxes; 済 / 未; s6 text one line per row."""
    wb, s = kit.book("報告書")
    ws = s.ws
    _widths(ws, A=8, B=16, C=16, D=16, E=16, F=12, G=20, H=20)
    s.put("A1", TITLE, merge="H1")
    header = (("県本部", "大分"), ("報告日", datetime.datetime(2026, 2, 18)), ("報告者", "見本 圭介"), ("承認者", "見本 良子"))
    for r, (label, value) in enumerate(header, start=3):
        s.put(f"A{r}", label)
        s.put(f"B{r}", value, merge=f"D{r}")
    ws["B4"].number_format = 'yyyy"年"m"月"d"日"'
    s.put("A8", "第1　" + TITLES[0], merge="H8")
    ws["A8"].font = Font(bold=True)
    s.put("A9", S1_BOX[0], merge="H9")
    s.put("A10", "新規加入は1月末で目標の52.4％。保有件数は前年5月比で99.0％。県北地区の単組で組合員の減少が続いている。",
          merge="H11")
    s.put("A12", S1_BOX[1], merge="H12")
    s.put("A13", "11月から県支部と合同で県北地区の6単組を訪問し、2026年度末の保有目標を確認した。", merge="H14")
    s.put("A15", S1_BOX[2], merge="H15")
    for r, (label, text) in zip((16, 17, 18), (("①新採対策", "4月の新採説明会での同時加入の徹底。"),
                                               ("②退職者対策", "退職予定者への継続加入の案内を早める。"),
                                               ("③モデル単組", "県北地区のモデル単組への訪問を増やす。"))):
        s.put(f"A{r}", label, merge=f"B{r}")
        s.put(f"C{r}", text, merge=f"H{r}")
    states = [["済", "済"], ["済", "未", "済", "済", "済", "済", "未"], ["済", "済", "未"], ["未", "未"],
              ["済", "済", "済", "未"]]
    texts = [["規程にもとづき10月に支払った。使途は単組の会計報告で把握している。"],
             ["同時加入のチラシを作り直して全単組に配った。12月に執行部学習会、1月に新採対策会議を開いた。"],
             ["再任用者向けの説明会を2月に開いた。"],
             ["特になし"],
             ["・冊子を執行委員会で確認した。", "・全単組に冊子を配布した。", "・1月の代表者会議で活用方法を説明した。"]]
    row = 20
    for n, (items, st, lines) in enumerate(zip(ITEMS, states, texts), start=2):
        s.put(f"A{row}", f"第{n}　{TITLES[n - 1]}", merge=f"H{row}")
        ws[f"A{row}"].font = Font(bold=True)
        s.put(f"A{row + 1}", "No.")
        s.put(f"B{row + 1}", "取り組み項目", merge=f"E{row + 1}")
        s.put(f"F{row + 1}", "状況（済・未）")
        for i, (item, m) in enumerate(zip(items, st)):
            r = row + 2 + i
            s.put(f"A{r}", i + 1)
            s.put(f"B{r}", item, merge=f"E{r}")
            s.put(f"F{r}", m)
            if len(item) > 60:
                ws.row_dimensions[r].height = 45
        r = row + 2 + len(items)
        s.put(f"A{r}", "具体的な取り組み", merge=f"H{r}")
        if len(lines) == 1:
            s.put(f"A{r + 1}", lines[0], merge=f"H{r + 2}")
            row = r + 4
        else:
            for k, line in enumerate(lines, start=1):
                s.put(f"A{r + k}", line, merge=f"H{r + k}")
            row = r + len(lines) + 2
    s.put(f"A{row}", "※今後の重点課題は3つに分けて記入しました。")
    wb.save(folder / "大分県本部_取り組み報告書.xlsx")


# ============================================================================================ surveys

def _dropdown(s, ref):
    dv = DataValidation(type="list", formula1='"全労連・自治労連,旧全官公自治労連,全労連・医労連,なし"', allow_blank=True)
    s.ws.add_data_validation(dv)
    dv.add(ref)


def s1_fukushima(folder: Path):
    """Every number and intake label paraphrased in the clerk's words."""
    wb, s = kit.book("アンケート")
    ws = s.ws
    _widths(ws, A=40, B=14, C=14, D=18, E=18, F=14)
    s.put("A1", "実態共有用アンケート（令和7年度）", merge="F1")
    for r, (label, value) in enumerate((("県本部", "福島県本部"), ("組合名", "見本市職員労働組合"), ("回答者", "見本 健太"),
                                        ("ライバル組合の上部団体", "全労連・自治労連")), start=3):
        s.put(f"A{r}", label)
        s.put(f"B{r}", value, merge=f"D{r}")
    s.put("E6", "←プルダウンから選択")
    _dropdown(s, "B6")
    s.put("B8", "うちの組合")
    s.put("C8", "ライバル組合")
    s.put("D8", "いつ現在か")
    for r, (label, j, c) in enumerate((("組合員の数（人）", 842, 96), ("組織率（職員のうち組合員の割合、％）", 53.4, 6.1),
                                       ("組合に入っていない職員（人）", 638, 638)), start=9):
        s.put(f"A{r}", label)
        s.put(f"B{r}", j)
        s.put(f"C{r}", c)
    s.put("D9", "R7.11.1現在", merge="D11")
    s.put("A12", "正規の職員数（人）")
    s.put("B12", 1380)
    s.put("A13", "会計年度任用職員など非正規の職員数（人）")
    s.put("B13", 196)
    s.put("A14", RATE_NOTE, merge="F14")
    s.put("A16", "今年4月（2026年4月）に採用された人")
    for r, (label, v) in enumerate((("新採者数", 31), ("そのうち自治労に入った人", 24), ("ライバル組合に入った人", 3),
                                    ("どちらにも入っていない人", 4)), start=17):
        s.put(f"A{r}", label)
        s.put(f"B{r}", v)
    answers = [
        "4月の辞令交付式の後に組合説明会を開き、その場で加入届を集めている。",
        "説明会に年の近い青年部の役員が同席し、質問に答えている。",
        "ライバル組合の説明会が先に開かれ、先に加入してしまう人がいる。",
        "未加入者の名簿を職場委員に渡し、年2回声をかけてもらっている。",
        "会計年度任用職員の加入が進まない。",
        "組合ニュースを月2回発行し、交渉の結果を早く知らせている。",
        "特になし",
        "市当局とは年4回交渉している。人員確保と時間外勤務の縮減を求めている。",
        "共済の給付事例と、自治労の全国的な相談体制を紹介している。",
        "ライバル組合と同じ職場での声のかけ方",
        "新採向けのリーフレットを2月中に届けてほしい。",
    ]
    for i, (label, answer) in enumerate(zip(TEXT_LABELS, answers)):
        r = 22 + i
        s.put(f"A{r}", label)
        s.put(f"B{r}", answer, merge=f"F{r}")
    s.put("A34", "※人数は11月1日の職員名簿と組合員名簿から数えました。")
    wb.save(folder / "福島_見本市職労_アンケート.xlsx")


S2_QUESTIONS = ["県本部名", "単組名", "記入者お名前",
                "競合組合の上部団体（全労連・自治労連／旧全官公自治労連／全労連・医労連／なし）",
                "組織人員数（自治労）（人）", "組織人員数（競合）（人）", "組織率（自治労）（％）", "組織率（競合）（％）",
                "未加入者数（自治労）（人）", "未加入者数（競合）（人）", "時点（組織人員数などを数えた年月日）",
                "2026年 新規採用者数", "うち自治労加入者数", "うち競合加入者数", "うち未加入者数"] + TEXT_LABELS


def s2_tochigi(folder: Path):
    """Question numbers only on the answer sheet, the questions on a second sheet; an answer by reference."""
    wb = xlsxwriter.Workbook(str(folder / "栃木_架空町職_アンケート.xlsx"))
    ws = wb.add_worksheet("回答")
    qs = wb.add_worksheet("設問一覧")
    wrap = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    cell = wb.add_format({"border": 1, "valign": "top", "align": "center"})
    head = wb.add_format({"border": 1, "bold": True, "bg_color": "#DDEBF7", "align": "center"})
    title = wb.add_format({"bold": True, "font_size": 14})
    ws.set_column("A:A", 8)
    ws.set_column("B:F", 18)
    ws.write("A1", "実態共有用アンケート　回答", title)
    ws.write("A3", "番号", head)
    ws.merge_range("B3:F3", "回答", head)
    answers = ["栃木県本部", "架空町職員組合", "架空 千夏", "旧全官公自治労連",
               "412人", "約50人", "46.8%", "約6%", "418人", "Q9と同じ", "2025年11月1日現在",
               "18人", "13人", "2人", "3人",
               "採用前の説明会で組合の紹介の時間をもらい、加入を呼びかけている。",
               "共済の給付事例を説明会の資料に入れている。",
               "説明会のあと、個別に話す時間が取れない。",
               "未加入者に組合ニュースを配り、学習会に誘っている。",
               "一度断った人にもう一度声をかけにくい。",
               "交渉の経過を職場集会で報告している。",
               "出先の職場に情報が届くのが遅い。",
               "町当局とは年2回交渉している。今年は会計年度任用職員の処遇改善を求めた。",
               "自治労の共済と相談体制を伝えている。",
               "競合と同じ職場での新採への声のかけ方",
               "特になし"]
    assert len(answers) == len(S2_QUESTIONS) == 26
    for i, answer in enumerate(answers):
        r = 4 + i
        ws.write(f"A{r}", f"Q{i + 1}", cell)
        ws.merge_range(f"B{r}:F{r}", answer, wrap)
        if len(answer) > 40:
            ws.set_row(r - 1, 30)
    ws.write("A31", "※人数は11月1日の名簿から数えています。")
    qs.set_column("A:A", 8)
    qs.set_column("B:B", 80)
    qs.write("A1", "実態共有用アンケート　設問一覧（令和7年度）", title)
    qs.write("A2", "回答は「回答」シートに、設問の番号ごとに記入してください。")
    qs.write("A4", "番号", head)
    qs.write("B4", "設問", head)
    for i, q in enumerate(S2_QUESTIONS):
        qs.write(f"A{5 + i}", f"Q{i + 1}", cell)
        qs.write(f"B{5 + i}", q, wrap)
    qs.write(f"A{5 + len(S2_QUESTIONS) + 1}", RATE_NOTE)
    wb.close()


def s3_gifu(folder: Path):
    """Texts re-ordered, two questions answered in one box, a question the clerk added."""
    wb, s = kit.book("アンケート")
    ws = s.ws
    _widths(ws, A=40, B=14, C=14, D=18, E=14, F=14)
    s.put("A1", "実態共有用アンケート（令和7年度）", merge="F1")
    for r, (label, value) in enumerate((("県本部", "岐阜"), ("単組", "見本村職員組合"), ("記入者お名前", "見本 隆"),
                                        ("上部団体", "全労連・自治労連")), start=3):
        s.put(f"A{r}", label)
        s.put(f"B{r}", value, merge=f"D{r}")
    s.put("B8", "自治労")
    s.put("C8", "競合")
    s.put("D8", "時点")
    s.put("A9", "組織人員数（人）")
    s.put("B9", 164)
    s.put("C9", 22)
    s.put("A10", "組織率（％）")
    s.put("B10", 0.612, fmt="0.0%")
    s.put("C10", 0.082, fmt="0.0%")
    s.put("A11", "未加入者数（人）")
    s.put("B11", 82)
    s.put("C11", 82)
    s.put("D9", datetime.datetime(2025, 11, 1), merge="D11", fmt="yyyy/m/d")
    s.put("A12", "正規職員数（人）")
    s.put("B12", 230)
    s.put("A13", "会計年度任用職員・パート等の非正規職員数（人）")
    s.put("B13", 38)
    s.put("A14", RATE_NOTE, merge="F14")
    s.put("A16", "2026年 新規採用者")
    for i, (label, v) in enumerate(zip(INTAKE, (8, 6, 1, 1))):
        s.put(f"A{17 + i}", label)
        s.put(f"B{17 + i}", v)
    rows = [
        ("新採加入の主な取り組みと工夫していること",
         "取り組み：採用日の午後に組合説明会を開き、加入をお願いしている。\n工夫：村の保健師の先輩組合員に説明会で話してもらっている。"),
        (TEXT_LABELS[3], "未加入者に年1回、共済の案内と組合ニュースを届けている。"),
        (TEXT_LABELS[5], "組合ニュースを年4回発行し、役場の掲示板に貼っている。"),
        (TEXT_LABELS[7], "村当局とは年2回交渉している。診療所の人員確保を求めている。"),
        (TEXT_LABELS[8], "共済の給付が早いことと、県本部の支援があることを伝えている。"),
        ("青年部・女性部の活動（当組合で追加）", "青年部で新採歓迎のバーベキューを開き、組合員以外の職員にも声をかけた。"),
        (TEXT_LABELS[2], "競合の説明会が先に開かれることがある。"),
        (TEXT_LABELS[4], "職員が少なく、断られた後の関係が気まずくなる。"),
        (TEXT_LABELS[6], "診療所の組合員と顔を合わせる機会が少ない。"),
        (TEXT_LABELS[9], "小規模単組での新採説明会の進め方"),
        (TEXT_LABELS[10], "特になし"),
    ]
    for i, (label, answer) in enumerate(rows):
        r = 22 + i
        s.put(f"A{r}", label)
        s.put(f"B{r}", answer, merge=f"F{r}")
        if "\n" in answer:
            ws.row_dimensions[r].height = 32
    s.put("A34", "※設問の順番を入れ替え、青年部・女性部の活動を追加しています。")
    wb.save(folder / "岐阜_見本村職_アンケート.xlsx")


def s4_wakayama(folder: Path, work: Path):
    """Last year's form; two questions split into sub-boxes; 「前問参照」; saved as .xls."""
    work.mkdir(parents=True, exist_ok=True)
    src = work / "和歌山_試験町職労_アンケート（R6様式）.xlsx"
    wb = xlsxwriter.Workbook(str(src))
    ws = wb.add_worksheet("アンケート")
    wrap = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    cell = wb.add_format({"border": 1, "valign": "top"})
    vcell = wb.add_format({"border": 1, "valign": "vcenter", "text_wrap": True})
    title = wb.add_format({"bold": True, "font_size": 14})
    ws.set_column("A:A", 34)
    ws.set_column("B:B", 18)
    ws.set_column("C:F", 14)
    ws.write("A1", "実態共有用アンケート（令和6年度）", title)
    for r, (label, value) in enumerate((("県本部", "和歌山県本部"), ("単組", "試験町職員労働組合"),
                                        ("記入者お名前", "試験 沙織"), ("上部団体", "全労連・医労連")), start=3):
        ws.write(f"A{r}", label, cell)
        ws.merge_range(f"B{r}:D{r}", value, cell)
    ws.data_validation("B6", {"validate": "list", "source": ["全労連・自治労連", "旧全官公自治労連", "全労連・医労連", "なし"]})
    ws.write("E6", "←プルダウンから選択")
    ws.write("B8", "自治労", cell)
    ws.write("C8", "競合", cell)
    ws.write("D8", "時点", cell)
    for r, (label, j, c) in enumerate((("組織人員数（人）", "356名", "約120名"), ("組織率（％）", "41.2%", "約14%"),
                                       ("未加入者数（人）", "388名", "388名")), start=9):
        ws.write(f"A{r}", label, cell)
        ws.write_string(f"B{r}", j, cell)
        ws.write_string(f"C{r}", c, cell)
    ws.merge_range("D9:D11", "R7.11.1現在", vcell)
    ws.merge_range("A12:F12", RATE_NOTE, cell)
    ws.write("A14", "2025年 新規採用者")
    for i, (label, v) in enumerate(zip(INTAKE, ("12名", "9名", "2名", "1名"))):
        ws.write(f"A{15 + i}", label, cell)
        ws.write_string(f"B{15 + i}", v, cell)
    simple = [
        "採用日に町長の訓示の後、組合説明の時間をもらっている。",
        "説明会のあとに先輩組合員との昼食会を開いている。",
        "競合の役員が同じ課にいて、先に声をかけられてしまう。",
        "未加入者に共済の案内を年2回届けている。",
        "会計年度任用職員の入れ替わりが多い。",
        "組合ニュースを毎月発行している。",
        "ニュースを読んでいない組合員が多い。",
    ]
    for i, (label, answer) in enumerate(zip(TEXT_LABELS[:7], simple)):
        r = 20 + i
        ws.write(f"A{r}", label, cell)
        ws.merge_range(f"B{r}:F{r}", answer, wrap)
    # 労使関係 split into two sub-boxes (rows 27, 28)
    ws.merge_range("A27:A28", TEXT_LABELS[7], vcell)
    ws.write("B27", "①労使関係の状態", cell)
    ws.merge_range("C27:F27", "町当局とは話し合いができる関係にある。", wrap)
    ws.write("B28", "②労使交渉の取り組み状況", cell)
    ws.merge_range("C28:F28", "年3回交渉し、今年は保育士の人員確保を求めた。", wrap)
    ws.write("A29", TEXT_LABELS[8], cell)
    ws.merge_range("B29:F29", "前問参照", wrap)
    ws.write("A30", TEXT_LABELS[9], cell)
    ws.merge_range("B30:F30", "会計年度任用職員の加入を増やした単組の取り組み", wrap)
    ws.merge_range("A31:A32", TEXT_LABELS[10], vcell)
    ws.write("B31", "①県本部へ", cell)
    ws.merge_range("C31:F31", "新採説明会に県本部の役員も来てほしい。", wrap)
    ws.write("B32", "②本部へ", cell)
    ws.merge_range("C32:F32", "会計年度任用職員向けの共済の資料がほしい。", wrap)
    ws.write("A34", "※様式は昨年度のものを使っています。数字と回答は今年度（令和7年11月1日現在）のものです。")
    wb.close()
    _to_xls(src, folder, work)


def s5_kumamoto(folder: Path):
    """Text labels paraphrased with synonyms; the rate answered as a calculation."""
    wb, s = kit.book("アンケート")
    ws = s.ws
    _widths(ws, A=44, B=14, C=14, D=14, E=14, F=14)
    s.put("A1", "実態共有用アンケート（令和7年度）", merge="F1")
    for r, (label, value) in enumerate((("県本部", "熊本"), ("単組", "架空市職員労働組合"), ("記入者お名前", "架空 直樹"),
                                        ("競合相手の上部団体", "自治労連")), start=3):
        s.put(f"A{r}", label)
        s.put(f"B{r}", value, merge=f"D{r}")
    s.put("B8", "自治労")
    s.put("C8", "競合")
    s.put("D8", "時点")
    s.put("A9", "組織人員数（人）")
    s.put("B9", 846)
    s.put("C9", "約60")
    s.put("A10", "組織率（％）")
    s.put("B10", "846÷1,410×100")
    s.put("C10", "約4")
    s.put("A11", "未加入者数（人）")
    s.put("B11", 504)
    s.put("C11", 504)
    s.put("D9", "2025/11/1", merge="D11")
    ws["D9"].number_format = "@"
    s.put("A12", "正規職員数（人）")
    s.put("B12", 1200)
    s.put("A13", "会計年度任用職員・パート等の非正規職員数（人）")
    s.put("B13", 210)
    s.put("A14", RATE_NOTE, merge="F14")
    s.put("A16", "2026年 新規採用者")
    for col, label, v in zip("BCDE", INTAKE, (36, 29, 3, 4)):
        s.put(f"{col}17", label)
        s.put(f"{col}18", v)
    rows = [
        ("新しく採用された人に組合に入ってもらうための取り組み", "入庁式の翌日に組合説明会を開き、加入届をその場で受け取っている。"),
        ("新採の組織化で工夫している点", "説明会のあとに職場ごとの歓迎会を組合で開いている。"),
        ("新採の組織化で困っていること", "出先に配属された新採に会う機会が少ない。"),
        ("組合に入っていない人への働きかけ", "未加入者の多い職場に役員が出向き、昼休みに話をしている。"),
        ("組合に入っていない人への働きかけで困っていること", "若い職員ほど組合費の負担を気にしている。"),
        ("組合活動の見える化", "交渉の経過を組合のホームページとSNSで知らせている。"),
        ("組合員への情報の届け方で困っていること", "SNSを見ない組合員に情報が届かない。"),
        ("当局との関係・交渉の状況", "市当局とは年4回交渉している。時間外勤務の縮減を重点にしている。"),
        ("ライバル組合との違いの出し方", "共済の手厚さと、全国的な相談体制を伝えている。"),
        ("ほかの単組・県本部に聞きたいこと", "SNSでの情報発信の工夫"),
        ("県本部・本部へのお願い", "特になし"),
    ]
    for i, (label, answer) in enumerate(rows):
        r = 20 + i
        s.put(f"A{r}", label)
        s.put(f"B{r}", answer, merge=f"F{r}")
    s.put("A32", "※組織率は計算式のまま記入しました。")
    wb.save(folder / "熊本_架空市職労_アンケート.xlsx")


def build(root: Path) -> dict[str, Path]:
    return kit.build_set(Path(root), (r1_shizuoka, r2_mie, r3_tottori, r4_tokushima, r5_oita),
                         (s1_fukushima, s2_tochigi, s3_gifu, s5_kumamoto),
                         converted=[("survey", s4_wakayama)])


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "legacy19-out")
    print(build(out))
