"""Seventeenth, independent set of legacy-style fixtures (tests/legacy17), made to measure GENERALISATION.

Theme: the SURVEY as thousands of local unions of very different sizes fill it in (a 5-person village union, a
12,000-member city union, a union with no competitor, one whose competitor is bigger), with the clerks' own ways of
answering: part-time staff counted separately, answers in the wrong units (a fraction for a percentage, points in a
percent cell, thousands for people), answers left partly blank, numbers corrected by typing the new one after the old
(「250→262」), ranges and 「約」, the same answer in every text box, last year's file copied with only some answers
changed, everything in one column, answers overflowing into the next column. Three reports share some of these habits.

Ten workbooks (three 県本部共済推進取り組み報告書, seven 実態共有用アンケート; FY2025: reports made Feb 2026 (令和8年),
survey figures as of November 2025, intake 2026年4月新採), written with openpyxl. Each COMBINES 3-5 habits: about
half already seen somewhere in tests/legacy2 … tests/legacy16 but mixed differently, about half judged plausible and
absent from those sets (marked NEW). Every name, union and sentence is invented for this set (見本 / 試験 / 架空
names); the only texts taken from the real forms are the printed labels and instructions. Nothing here imports the
reader.

REPORTS
R1 岩手県本部_共済推進取り組み報告書.xlsx, sheet 「報告書」
   LAST YEAR's file copied and only partly updated: the title still 「令和6年度…」, the s1 label 「左記、2024年6月報告以降…」,
   the titles of sections 3 / 4 and s6 item 4 with last year's years (seen); 作成日 corrected by typing the new date
   after the old one 「2025/2/14→2026/2/12」 (NEW); two marks corrected the same way in the mark cell: 「□→☑」 (s3
   item 3) and 「☑→□」 (s6 item 4) (NEW); ☑ / □ in column A, items B:E, text merged F:H beside the items; s4 text left
   blank; note A52.
     s1 8 (labels 9, 12, 15; texts 10:11, 13:14, 16:17), s2 19 (items 21,22), s3 24 (items 26..32), s4 34 (items
     36..38), s5 40 (items 42,43), s6 45 (items 47..50)
R2 石川県本部_取組報告書.xlsx, sheet 「報告書」
   EVERYTHING IN ONE COLUMN down the sheet (A only): each label on its row, its answer on the next row in the same
   column, header included (NEW: earlier vertical lists put the answer in B); items as 「■label」 / 「□label」 in one
   cell (seen); 作成日 the text 「2026年2月13日」; the SAME sentence pasted into every section's 具体的な取り組み (s2 … s6)
   (NEW); note at the bottom.
R3 愛媛県本部_共済推進取り組み報告書.xlsx, sheet 「報告書」
   no merged cell below the title: every long answer OVERFLOWS INTO THE NEXT COLUMNS, the clerk continuing the
   sentence in the next cell(s) of the same row, split mid-sentence (NEW for a report; seen once for a survey as two
   merged areas); header answers two columns right of the labels (A → C) (seen), 作成日 a real date, 確認者 blank
   (partly blank); sections 2-6 as 取り組み項目 (A) | 実施 (B, ○ / ×) | 具体的な取り組み (C, D, E …) (seen); section 5
   left wholly blank (no mark, no text) (seen-ish); note A53.

SURVEYS
S1 長野_見本村職_アンケート.xlsx, sheet 「アンケート」
   a 5-PERSON VILLAGE union (4 members of 5 staff, no hires this year: every intake number 0) (NEW scale); NO
   competitor: 上部団体 「なし」 and the competitor's members and rate typed 0, its 未加入者数 left blank; the rate typed
   as POINTS (80) into a cell formatted 0.0% (so the sheet shows 「8000.0%」) (NEW); 時点 the text 「R7.11.1」; the
   SAME answer 「職員5人の村なので特になし。」 in all eleven text boxes (NEW); note A34.
S2 茨城_架空市職労_アンケート.xlsx, sheet 「アンケート」
   a 12,000-member CITY union; the clerk changed the unit of the count rows to THOUSANDS (「組織人員数（千人）」 12.4 /
   0.8, 「未加入者数（千人）」 6.7) (NEW), while 正規 / 非正規 stay in people; the two rates in DIFFERENT units: 自治労
   0.623 (a fraction, General cell) and 競合 4.0 (points) (NEW mix); 時点 「2025年11月1日現在」 merged down; the texts
   in an unmerged narrow B with long answers OVERFLOWING into C and D (the sentence continued in the next cells) (seen
   variant); note A34.
S3 栃木_試験町職_アンケート.xlsx, sheet 「アンケート」
   the COMPETITOR BIGGER than 自治労 (NEW as a condition); PART-TIME members counted in a row of their own: the clerk
   split 組織人員数 into 「組織人員数（正規）」 and 「組織人員数（会計年度任用）」 rows (NEW); 「約300」 「約43」; 未加入者数
   corrected by typing 「190→187」 (NEW); the competitor's intake a RANGE 「8～10」 (seen with 約 once); 時点 「R7.11.1現在」
   merged D9:D12; 正規 / 非正規 given; note A36.
S4 滋賀_見本市職労_アンケート（R6）.xlsx, sheet 「アンケート（R6）」
   LAST YEAR's file copied and partly updated (NEW for a survey): the file name, the sheet name and the title still
   R6 / 令和6年度, the intake heading still 「2025年 新規採用者」 while the figures are this year's; the CHANGED answers in
   RED font with a note saying so (NEW); 時点 updated 「R7.11.1現在」; the rate a fraction in a 0.0% cell (seen); the
   competitor's rate and two texts left BLANK (partly blank); 「約90」.
S5 島根_架空町職労_アンケート.xlsx, sheet 「Sheet1」
   EVERYTHING IN ONE COLUMN (A) down the sheet: label, answer, label, answer … (NEW: earlier vertical lists put the
   answer in B); each pair split into two labels 「組織人員数（人）　自治労」 / 「…　競合」; numbers as text, 「約30」
   「約4」, a RANGE with 約 「約330～340」 for both 未加入者数 (seen variant); 時点 「R7.11現在」; two answers over two rows
   (a second paragraph on the next row); note at the bottom.
S6 佐賀_見本市職_アンケート（訂正）.xlsx, sheet 「アンケート」
   corrections typed AFTER the old value in the same cell, several forms: 「250→262」, 「52.1%→54.6%」, 「190→178」,
   「12 → 13」, full-width 「８⇒９」 (NEW); 「約40」; numbers as text; the intake's 未加入者数 left blank and two texts
   blank, one holding the placeholder 「（後日記入）」 (partly blank; the placeholder NEW); a text with a corrected
   phrase inside it; 時点 a real date; note A34.
S7 鹿児島_試験村職労_アンケート.xlsx, sheet 「アンケート」
   NO competitor said by ONE SENTENCE merged down the competitor column 「競合組合はありません」 (C9:C11) (NEW); the
   members typed as PART-TIME SEPARATELY with no total 「正規88／会計年度23」 (NEW); breakdowns in brackets 「39人（うち
   会計年度7人）」, 「6人（うち会計年度2人）」 (seen); 「約74％」; 時点 the text 「令和7年11月1日」 merged down; note A34.
"""
from __future__ import annotations

import datetime
import sys
from pathlib import Path

from openpyxl.styles import Font

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import legacy_kit as kit  # noqa: E402
from legacy_kit import INTAKE, RATE_NOTE, S2, S3, S4, S5, TEXT_LABELS  # noqa: E402

# this year's printed texts (FY2025: 2026年4月新採, 2026年3月末, 2025年6月報告)
S6 = kit.S6[:3] + [kit.S6[3].replace("2025年", "2026年")]
S1_BOX = ["目標達成にむけた進捗と課題", "左記、2025年6月報告以降の取り組みと課題", "今後、重点的に取り組む課題"]
TITLES = ["県本部共済推進方針の目標達成にむけた進捗と重点的に取り組む課題", "共済推進県本部交付金の活用について",
          "2026年4月新規採用者対策", "2026年3月末の役職定年者、再任用、再雇用者への対応状況",
          "加入拡大モデル単組に対して県本部の関わり方について",
          "じちろう共済推進マニュアルの単組への落し込みや活用方法の提示など"]
NUM = "１２３４５６"
RED = Font(color="FFFF0000")


def _widths(ws, **w):
    for col, width in w.items():
        ws.column_dimensions[col].width = width


# ------------------------------------------------------------------------------------------------ reports

def r1_iwate(folder: Path):
    """Last year's file copied; corrections typed after the old value (date, two marks)."""
    wb, s = kit.book("報告書")
    ws = s.ws
    _widths(ws, A=8, B=20, C=20, D=20, E=20, F=24, G=24, H=24)
    s.put("A1", "令和6年度　県本部共済推進取り組み報告書", merge="H1")
    for r, (label, value) in enumerate((("県名", "岩手県"), ("作成日", "2025/2/14→2026/2/12"),
                                        ("作成者", "見本 健太"), ("確認者", "見本 佳子")), start=3):
        s.put(f"A{r}", label)
        s.put(f"B{r}", value, merge=f"D{r}")
    s.put("A8", "１．" + kit.TITLES[0], merge="H8")
    texts1 = ["団体生命共済の新規加入は1月末で目標の55.2％。保有件数は前年5月比で99.2％と減少した。沿岸地区の単組で加入が"
              "伸び悩んでいる。",
              "9月以降、県支部と合同で沿岸・県北地区の9単組を訪問し、単組ごとの2026年度末保有目標を確認した。",
              "沿岸地区の小規模単組への支援と、新採の同時加入の定着。"]
    for r, label, text in zip((9, 12, 15), kit.S1_BOX, texts1):  # last year's label 「左記、2024年6月報告以降…」
        s.put(f"A{r}", label, merge=f"H{r}")
        s.put(f"A{r + 1}", text, merge=f"H{r + 2}")
    sections = [
        (19, kit.TITLES[1], S2, ["☑", "☑"], "規程にもとづき10月に支払った。使途は単組からの報告で確認している。"),
        (24, kit.TITLES[2], S3, ["☑", "☑", "□→☑", "☑", "□", "☑", "□"],
         "同時加入のチラシを全単組に配り、県支部と合同で9単組をオルグした。2月に執行部学習会を開いた。"),
        (34, kit.TITLES[3], S4, ["☑", "□", "☑"], None),
        (40, kit.TITLES[4], S5, ["☑", "□"], "昨年度と同じく、推進委員会で毎月進捗を確認した。"),
        (45, kit.TITLES[5], kit.S6, ["☑", "☑", "□", "☑→□"], "冊子を執行委員会で確認し、全単組に配布した。"),
    ]
    for n, (row, title, items, marks, text) in enumerate(sections, start=2):
        s.put(f"A{row}", f"{NUM[n - 1]}．{title}", merge=f"H{row}")
        s.put(f"A{row + 1}", "実施")
        s.put(f"B{row + 1}", "取り組み項目", merge=f"E{row + 1}")
        s.put(f"F{row + 1}", "具体的な取り組み", merge=f"H{row + 1}")
        first = row + 2
        for i, (item, mark) in enumerate(zip(items, marks)):
            s.put(f"A{first + i}", mark)
            s.put(f"B{first + i}", item, merge=f"E{first + i}")
        last = first + len(items) - 1
        s.put(f"F{first}", text, merge=f"H{last}")
    s.put("A52", "※昨年度の報告書を上書きして作成しました。")
    wb.save(folder / "岩手県本部_共済推進取り組み報告書.xlsx")


SAME = "県支部と連携し、単組ごとの課題に応じて推進計画を立て、進捗を毎月確認している。"


def r2_ishikawa(folder: Path):
    """Everything in one column; the same sentence in every section text."""
    wb, s = kit.book("報告書")
    ws = s.ws
    _widths(ws, A=110)
    rows = ["県本部共済推進取り組み報告書（令和7年度）", None,
            "県名", "石川", "作成日", "2026年2月13日", "作成者", "架空 大樹", "確認者", "架空 恵", None,
            "１．" + TITLES[0],
            S1_BOX[0], "新規加入は1月末で目標の58.4％。保有件数は前年5月比で100.1％と横ばい。能登地区の単組で新採の加入が少ない。",
            S1_BOX[1], "県支部と合同で加賀・能登地区の8単組を訪問し、2026年度末の保有目標を確認した。",
            S1_BOX[2], "能登地区の単組への支援と、退職予定者への継続加入の案内。", None]
    marks = [("■", "□"), ("■", "■", "□", "■", "■", "□", "■"), ("■", "□", "■"), ("■", "■"), ("■", "■", "■", "□")]
    for n, (items, mk) in enumerate(zip((S2, S3, S4, S5, S6), marks), start=2):
        rows.append(f"{NUM[n - 1]}．{TITLES[n - 1]}")
        rows += [m + item for m, item in zip(mk, items)]
        rows += ["具体的な取り組み", SAME, None]
    rows.append("※各欄の具体的な取り組みは、県本部全体の方針として同じ内容を記入しています。")
    for r, value in enumerate(rows, start=1):
        if value is not None:
            s.put(f"A{r}", value)
    wb.save(folder / "石川県本部_取組報告書.xlsx")


def r3_ehime(folder: Path):
    """Long answers continued in the next cells of the row; header answers two columns right; s5 blank."""
    wb, s = kit.book("報告書")
    ws = s.ws
    _widths(ws, A=44, B=8, C=30, D=30, E=30)
    s.put("A1", "令和7年度　県本部共済推進取り組み報告書", merge="E1")
    s.put("A3", "県名")
    s.put("C3", "愛媛県本部")
    s.put("A4", "作成日")
    s.put("C4", datetime.datetime(2026, 2, 16), fmt="yyyy/m/d")
    s.put("A5", "作成者")
    s.put("C5", "試験 次郎")
    s.put("A6", "確認者")
    s.put("A8", "１．" + TITLES[0])
    s1 = [(9, ["新規加入は1月末で目標の53.7％。保有件数は前年5月比で98.9％と", "減少した。南予地区の町村単組で新採の加入が",
               "伸びていない。"]),
          (12, ["県支部と合同で南予地区の7単組を訪問し、単組ごとの", "2026年度末保有目標と到達見込みを確認した。"]),
          (15, ["南予地区の町村単組への支援と、", "新採の同時加入の徹底。"])]
    for (row, parts), label in zip(s1, S1_BOX):
        s.put(f"A{row}", label)
        for col, part in zip("ABC", parts):
            ws[f"{col}{row + 1}"] = part  # typed on, no wrap: the sentence goes on in the next cell
    sections = [
        (20, S2, ["○", "○"], ["規程にもとづき11月に支払い、", "使途は単組の会計報告で確認している。"]),
        (25, S3, ["○", "○", "×", "○", "○", "×", "×"],
         ["同時加入のツールを全単組に送り、県支部と合同で", "南予地区の7単組をオルグした。1月に新採対策会議を開き、",
          "新採組織化方針を示した。"]),
        (35, S4, ["○", "×", "○"], ["組織化方針を単組に提起し、退職予定者に", "じちろう共済の継続加入を案内した。"]),
        (41, S5, [None, None], []),
        (46, S6, ["○", "○", "×", "×"], ["冊子を推進委員会で確認し、", "全単組に郵送で配布した。"]),
    ]
    for n, (row, items, marks, parts) in enumerate(sections, start=2):
        s.put(f"A{row}", f"{NUM[n - 1]}．{TITLES[n - 1]}")
        s.put(f"A{row + 1}", "取り組み項目")
        s.put(f"B{row + 1}", "実施")
        s.put(f"C{row + 1}", "具体的な取り組み")
        for i, (item, mark) in enumerate(zip(items, marks)):
            s.put(f"A{row + 2 + i}", item)
            if mark:
                s.put(f"B{row + 2 + i}", mark)
        for col, part in zip("CDE", parts):
            ws[f"{col}{row + 2}"] = part
    s.put("A53", "※確認者は委員長が出張中のため、後日確認を受けます。")
    wb.save(folder / "愛媛県本部_共済推進取り組み報告書.xlsx")


# ------------------------------------------------------------------------------------------------ surveys

def _survey_head(s, title, pref, union, writer, rival, rival_hint=False):
    s.put("A1", title, merge="F1")
    for r, (label, value) in enumerate((("県本部", pref), ("単組", union), ("記入者お名前", writer),
                                        ("上部団体", rival)), start=3):
        s.put(f"A{r}", label)
        s.put(f"B{r}", value, merge=f"D{r}")
    if rival_hint:
        s.put("E6", "←プルダウンから選択")


def _texts(s, first_row, answers, merge=True):
    for i, (label, answer) in enumerate(zip(TEXT_LABELS, answers)):
        r = first_row + i
        s.put(f"A{r}", label)
        if isinstance(answer, list):  # continued in the next cells of the row
            for col, part in zip("BCD", answer):
                s.ws[f"{col}{r}"] = part
        elif answer is not None:
            s.put(f"B{r}", answer, merge=f"F{r}" if merge else None)


def s1_nagano(folder: Path):
    wb, s = kit.book("アンケート")
    _widths(s.ws, A=34, B=14, C=14, D=14, E=14, F=14)
    _survey_head(s, "実態共有用アンケート（令和7年度）", "長野", "見本村職員組合", "見本 実", "なし", rival_hint=True)
    s.put("B8", "自治労")
    s.put("C8", "競合")
    s.put("D8", "時点")
    s.put("A9", "組織人員数（人）")
    s.put("B9", 4)
    s.put("C9", 0)
    s.put("D9", "R7.11.1", merge="D11")
    s.put("A10", "組織率（％）")
    s.put("B10", 80, fmt="0.0%")  # typed as points into a percent cell: shows 8000.0%
    s.put("C10", 0, fmt="0.0%")
    s.put("A11", "未加入者数（人）")
    s.put("B11", 1)
    s.put("A12", "正規職員数（人）")
    s.put("B12", 5)
    s.put("A13", "会計年度任用職員・パート等の非正規職員数（人）")
    s.put("B13", 0)
    s.put("A14", RATE_NOTE, merge="F14")
    s.put("A16", "2026年 新規採用者")
    for i, label in enumerate(INTAKE):
        s.put(f"A{17 + i}", label)
        s.put(f"B{17 + i}", 0)
    _texts(s, 22, ["職員5人の村なので特になし。"] * 11)
    s.put("A34", "※競合組合はありません。")
    wb.save(folder / "長野_見本村職_アンケート.xlsx")


def s2_ibaraki(folder: Path):
    wb, s = kit.book("アンケート")
    _widths(s.ws, A=34, B=26, C=26, D=26, E=12, F=12)
    _survey_head(s, "実態共有用アンケート（令和7年度）", "茨城県本部", "架空市職員労働組合", "架空 直樹", "全労連・自治労連")
    s.put("B8", "自治労")
    s.put("C8", "競合")
    s.put("D8", "時点")
    s.put("A9", "組織人員数（千人）")
    s.put("B9", 12.4)
    s.put("C9", 0.8)
    s.put("D9", "2025年11月1日現在", merge="D11")
    s.put("A10", "組織率（％）")
    s.put("B10", 0.623)  # a fraction, General cell
    s.put("C10", 4.0)    # points
    s.put("A11", "未加入者数（千人）")
    s.put("B11", 6.7)
    s.put("C11", 6.7)
    s.put("A12", "正規職員数（人）")
    s.put("B12", 15200, fmt="#,##0")
    s.put("A13", "会計年度任用職員・パート等の非正規職員数（人）")
    s.put("B13", 4700, fmt="#,##0")
    s.put("A14", RATE_NOTE, merge="F14")
    s.put("A16", "2026年 新規採用者")
    for i, (label, v) in enumerate(zip(INTAKE, (412, 298, 21, 93))):
        s.put(f"A{17 + i}", label)
        s.put(f"B{17 + i}", v)
    _texts(s, 22, [
        ["4月の新採研修の初日に組合説明会を開き、", "その場で加入届を集めている。"],
        "部局ごとに青年部の役員を説明会に配置している。",
        ["採用が400人を超え、説明会を3回に分けても", "全員に会えない。"],
        "未加入者の名簿を支部ごとに作り、職場委員が年2回声をかけている。",
        ["会計年度任用職員が4,700人いて、", "任期ごとに入れ替わるため", "名簿が追いつかない。"],
        "組合ニュースを月2回発行し、ホームページにも載せている。",
        "本庁と出先で情報の届く早さに差がある。",
        ["市当局とは年6回交渉している。", "会計年度任用職員の勤勉手当の支給を重点にしている。"],
        "共済の給付事例と、県本部の相談窓口を紹介している。",
        "大規模単組での新採説明会の分け方",
        "新採向けのリーフレットを部数多めに届けてほしい。",
    ], merge=False)
    s.put("A34", "※組織人員数と未加入者数は千人単位で記入しました（小数点以下は百人）。")
    wb.save(folder / "茨城_架空市職労_アンケート.xlsx")


def s3_tochigi(folder: Path):
    wb, s = kit.book("アンケート")
    _widths(s.ws, A=34, B=14, C=14, D=16, E=14, F=14)
    _survey_head(s, "実態共有用アンケート（令和7年度）", "栃木", "試験町職員組合", "試験 茂", "全労連・自治労連")
    s.put("B8", "自治労")
    s.put("C8", "競合")
    s.put("D8", "時点")
    rows = [("組織人員数（正規）", 186, "約300"), ("組織人員数（会計年度任用）", 42, 15), ("組織率（％）", 31.2, "約43"),
            ("未加入者数（人）", "190→187", 187)]
    for i, (label, j, r) in enumerate(rows):
        s.put(f"A{9 + i}", label)
        s.put(f"B{9 + i}", j)
        s.put(f"C{9 + i}", r)
    s.put("D9", "R7.11.1現在", merge="D12")
    s.put("A13", "正規職員数（人）")
    s.put("B13", 560)
    s.put("A14", "会計年度任用職員・パート等の非正規職員数（人）")
    s.put("B14", 170)
    s.put("A15", RATE_NOTE, merge="F15")
    s.put("A17", "2026年 新規採用者")
    for i, (label, v) in enumerate(zip(INTAKE, (18, 7, "8～10", 2))):
        s.put(f"A{18 + i}", label)
        s.put(f"B{18 + i}", v)
    _texts(s, 23, [
        "採用日の翌週に組合説明会を開き、加入をお願いしている。",
        "説明会の後に、先輩職員との昼食会を開いている。",
        "競合組合の方が人数が多く、新採が競合に流れやすい。",
        "未加入者に組合ニュースを手渡しし、相談に乗っている。",
        "競合の役員が職場の上司で、声をかけにくい。",
        "交渉の結果を職場の掲示板で知らせている。",
        "特になし",
        "町当局とは年2回交渉している。競合と別々に交渉している。",
        "共済の給付が手厚いことと、会計年度任用職員も加入できることを伝えている。",
        "競合の方が大きい単組での新採対策",
        "競合の多い地域での学習会を開いてほしい。",
    ])
    s.put("A36", "※組合員数は正規職員と会計年度任用職員を分けて書きました。")
    wb.save(folder / "栃木_試験町職_アンケート.xlsx")


def s4_shiga(folder: Path):
    wb, s = kit.book("アンケート（R6）")
    _widths(s.ws, A=34, B=14, C=14, D=16, E=14, F=14)
    _survey_head(s, "実態共有用アンケート（令和6年度）", "滋賀", "見本市職員労働組合", "見本 真由美", "全労連・医労連")
    s.put("B8", "自治労")
    s.put("C8", "競合")
    s.put("D8", "時点")
    s.put("A9", "組織人員数（人）")
    s.put("B9", 1046, fmt="#,##0")
    s.put("C9", "約90")
    s.put("D9", "R7.11.1現在", merge="D11")
    s.put("A10", "組織率（％）")
    s.put("B10", 0.487, fmt="0.0%")
    s.put("A11", "未加入者数（人）")
    s.put("B11", 1012, fmt="#,##0")
    s.put("C11", 1012, fmt="#,##0")
    s.put("A12", "正規職員数（人）")
    s.put("B12", 1820, fmt="#,##0")
    s.put("A13", "会計年度任用職員・パート等の非正規職員数（人）")
    s.put("B13", 328)
    s.put("A14", RATE_NOTE, merge="F14")
    s.put("A16", "2025年 新規採用者")  # last year's heading, not updated
    for i, (label, v) in enumerate(zip(INTAKE, (36, 28, 2, 6))):
        s.put(f"A{17 + i}", label)
        s.put(f"B{17 + i}", v)
    answers = [
        ("4月の採用日に組合説明会を開き、加入届を配っている。", False),
        ("説明会に共済の担当者も同席してもらっている。", True),
        ("説明会の時間が30分に短縮され、共済まで説明できない。", True),
        ("未加入者の多い職場で昼休みに懇談会を開いている。", False),
        ("若い職員ほど組合費の負担を気にしている。", False),
        ("組合ニュースを毎月発行している。", False),
        (None, False),
        ("市当局とは年4回交渉している。今年は保育士の処遇改善を重点にした。", True),
        ("共済の給付事例を紹介している。", False),
        (None, False),
        ("県本部の新採交流会を続けてほしい。", False),
    ]
    _texts(s, 22, [a for a, _ in answers])
    for i, (_, red) in enumerate(answers):
        if red:
            s.ws[f"B{22 + i}"].font = RED
    for ref in ("B9", "C9", "D9", "B10", "B11", "C11", "B17", "B18", "B19", "B20"):
        s.ws[ref].font = RED
    s.put("A34", "※赤字が昨年度の回答から変更したところです。")
    s.ws["A34"].font = RED
    wb.save(folder / "滋賀_見本市職労_アンケート（R6）.xlsx")


def s5_shimane(folder: Path):
    wb, s = kit.book("Sheet1")
    _widths(s.ws, A=90)
    rows = ["実態共有用アンケート",
            "県本部", "島根県本部", "単組", "架空町職員労働組合", "記入者お名前", "架空 拓也", "上部団体", "旧全官公自治労連",
            "組織人員数（人）　自治労", "342", "組織人員数（人）　競合", "約30",
            "組織率（％）　自治労", "48.3", "組織率（％）　競合", "約4",
            "未加入者数（人）　自治労", "約330～340", "未加入者数（人）　競合", "約330～340",
            "時点", "R7.11現在",
            "2026年 新規採用者",
            "新規採用者数", "11", "自治労加入者数", "8", "競合加入者数", "1", "未加入者数", "2"]
    answers = [["採用日に組合説明会を開いている。"],
               ["説明会で共済のガイドブックを配っている。"],
               ["新採が少なく、説明会を開くと役員の方が多くなる。", "競合の説明会にも呼ばれている。"],
               ["未加入者に年度初めに組合の案内を配っている。"],
               ["特になし"],
               ["組合ニュースを年6回発行している。", "掲示板にも貼っている。"],
               ["なし"],
               ["町当局とは年2回交渉している。人員確保を求めている。"],
               ["共済の給付が早いことを伝えている。"],
               ["小規模単組での青年部の作り方"],
               ["なし"]]
    for label, lines in zip(TEXT_LABELS, answers):
        rows.append(label)
        rows += lines
    rows += [None, "※この様式は印刷しやすいように1列にまとめました。"]
    for r, value in enumerate(rows, start=1):
        if value is not None:
            s.put(f"A{r}", value)
    wb.save(folder / "島根_架空町職労_アンケート.xlsx")


def s6_saga(folder: Path):
    wb, s = kit.book("アンケート")
    _widths(s.ws, A=34, B=16, C=14, D=14, E=14, F=14)
    _survey_head(s, "実態共有用アンケート（令和7年度）", "佐賀", "見本市職員組合", "見本 愛", "全労連・自治労連")
    s.put("B8", "自治労")
    s.put("C8", "競合")
    s.put("D8", "時点")
    s.put("A9", "組織人員数（人）")
    s.put("B9", "250→262")
    s.put("C9", "約40")
    s.put("D9", datetime.datetime(2025, 11, 1), merge="D11", fmt="yyyy/m/d")
    s.put("A10", "組織率（％）")
    s.put("B10", "52.1%→54.6%")
    s.put("C10", "8%")
    s.put("A11", "未加入者数（人）")
    s.put("B11", "190→178")
    s.put("C11", "178")
    s.put("A12", "正規職員数（人）")
    s.put("B12", "400")
    s.put("A13", "会計年度任用職員・パート等の非正規職員数（人）")
    s.put("B13", "80")
    s.put("A14", RATE_NOTE, merge="F14")
    s.put("A16", "2026年 新規採用者")
    for i, (label, v) in enumerate(zip(INTAKE, ("12 → 13", "８⇒９", "1", None))):
        s.put(f"A{17 + i}", label)
        if v is not None:
            s.put(f"B{17 + i}", v)
    _texts(s, 22, [
        "4月の採用日に組合説明会を開き、共済の案内も一緒にしている。",
        "説明会の資料を1枚にまとめ、読みやすくしている。",
        "競合の説明会が先に開かれ、新採が迷ってしまう。",
        "未加入者の一覧を作り、役員で分担して声をかけている。",
        None,
        "組合ニュースを年4回→年6回発行している。",
        "ニュースが若い職員に読まれていない。",
        "市当局とは年3回交渉している。時間外勤務の縮減を求めている。",
        "（後日記入）",
        None,
        "単組役員向けの学習会を開いてほしい。",
    ])
    s.put("A34", "※数字を訂正したところは「→」のあとが正しい数字です。")
    wb.save(folder / "佐賀_見本市職_アンケート（訂正）.xlsx")


def s7_kagoshima(folder: Path):
    wb, s = kit.book("アンケート")
    _widths(s.ws, A=34, B=22, C=14, D=16, E=14, F=14)
    _survey_head(s, "実態共有用アンケート（令和7年度）", "鹿児島県本部", "試験村職員労働組合", "試験 勇気", "なし")
    s.put("B8", "自治労")
    s.put("C8", "競合")
    s.put("D8", "時点")
    s.put("A9", "組織人員数（人）")
    s.put("B9", "正規88／会計年度23")
    s.put("C9", "競合組合はありません", merge="C11")
    s.put("D9", "令和7年11月1日", merge="D11")
    s.put("A10", "組織率（％）")
    s.put("B10", "約74％")
    s.put("A11", "未加入者数（人）")
    s.put("B11", "39人（うち会計年度7人）")
    s.put("A12", "正規職員数（人）")
    s.put("B12", 120)
    s.put("A13", "会計年度任用職員・パート等の非正規職員数（人）")
    s.put("B13", 30)
    s.put("A14", RATE_NOTE, merge="F14")
    s.put("A16", "2026年 新規採用者")
    for i, (label, v) in enumerate(zip(INTAKE, ("6人（うち会計年度2人）", 5, 0, 1))):
        s.put(f"A{17 + i}", label)
        s.put(f"B{17 + i}", v)
    _texts(s, 22, [
        "採用日に村長室の隣の会議室で組合説明会を開いている。",
        "会計年度任用職員にも同じ説明会に参加してもらっている。",
        "採用が少なく、毎年説明する役員が変わる。",
        "未加入者に組合の行事の案内を届けている。",
        "会計年度任用職員の任期が短く、加入を勧めにくい。",
        "組合ニュースを年3回発行している。",
        "特になし",
        "村当局とは年1回交渉している。会計年度任用職員の処遇改善を求めている。",
        "競合組合はないため記入なし。",
        "会計年度任用職員の加入の進め方",
        "なし",
    ])
    s.put("A34", "※組合員数は正規職員と会計年度任用職員を分けて記入しました。")
    wb.save(folder / "鹿児島_試験村職労_アンケート.xlsx")


def build(root: Path) -> dict[str, Path]:
    return kit.build_set(Path(root), (r1_iwate, r2_ishikawa, r3_ehime),
                         (s1_nagano, s2_ibaraki, s3_tochigi, s4_shiga, s5_shimane, s6_saga, s7_kagoshima))


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "legacy17-out")
    print(build(out))
