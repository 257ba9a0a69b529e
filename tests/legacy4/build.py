"""Fourth, independent set of legacy-style fixtures (tests/legacy4).

Eight workbooks typed "by hand" by yet other office workers, in layouts that
differ from tests/legacy/build_*.py, tests/legacy2/build.py and tests/legacy3/build.py:

  R1 長野  an instructions sheet 「記入要領」 FIRST (with a 記入例 line holding a mark and an item
           label, and a 提出期限 date); the prefecture only inside the title row (「令和6年度　長野県本部
           共済推進取り組み報告書」, no 県名 cell); 作成日 a real date shown in 和暦 (「令和7年2月12日」);
           header answers THREE columns right of their labels (A → D, B and C empty); 「はい」/「いいえ」
           typed LEFT of the items, one item left blank; 「具体的な取り組み」 label ABOVE its merged block
  R2 新潟  the filled sheet renamed 「新潟」, then a BLANK copy of the form as 2nd sheet 「報告書（原本）」;
           「県本部名　　新潟」 in one cell; 作成日 a real date shown as 「2月13日」 (m"月"d"日" format);
           作成者/確認者 in a stamp box (labels above the answers, top right); items numbered 1, 2, …
           in column A and a 「実施した項目の番号」 cell per section: 1 (a number cell), 「1,2,5,7」,
           「1～3」 (a range), 「なし」, 「2、3」; section-1 texts as 「・」 bullets one per row
  R3 高知  header answers three columns right of the labels; 作成日 the text 「2月10日」 with no year;
           every item label printed with □ inside its cell (「□組合と…」, never filled) and 「済」 typed in
           column A left of the done ones; section-1 boxes numbered 「(1)」「(2)」「(3)」 with merged
           blocks below; s6 item 4 wrapped over TWO rows (the second row a continuation, no □);
           a section text 「特になし」; a note beside the header
  R4 熊本  .xls (openpyxl → LibreOffice); the form as ONE flat table 区分 | 番号 | 取り組み項目 | 実施 |
           具体的な取り組み, one row per item, 1 (実施) / 0 (未実施) in the 実施 column, one cell blank; each
           section's text merged vertically beside its items; section 1 as three sub-rows; NO header at
           the top: a sign-off block at the bottom (「上記のとおり報告します。」 「令和7年2月14日」
           「自治労熊本県本部」 「作成者　見本 陽介」 「確認者　見本 秀美」 「以上」); s6 text blank
  S1 広島  a fully filled 「記入例」 sheet FIRST (○○ names, example numbers and texts under the printed
           labels, no example value equal to a real answer); the answer sheet renamed to the union's short name 「見本市職労」; header answers
           three columns right of the labels; 「845人」「約560人」「45%」 (text), 0.3 in a General cell
           for the competitor's rate; 未加入者数 of the competitor 「同左」; 時点 「2024年11月1日現在」;
           intake 「25名」…; texts 「問1　label」 with the answer merged below, 「・」 bullets, 「特になし」
  S2 佐賀  a flattened questionnaire: one row per question, Roman group numbers 「Ⅰ」…「Ⅳ」 in column A,
           sub-numbers 1, 2, … in B, the question in C, the answer in D (texts merged D:G); every pair
           split into two questions (「組織人員数（自治労）（人）」 / 「…（競合）（人）」); 時点 a real date
           shown 「R6.12」 ([$-411]ge.m); 正規職員数 / 非正規職員数 given; one text left blank; a note
           beside the numbers
  S3 徳島  the header across one row (県本部 | 徳島 | 単組 | … | 記入者 | …); 上部団体 typed 「自治労連」;
           several values in ONE cell: 「自治労 1,045人／競合 約200人」, 「自治労 58.1%、競合 11.1%」,
           「555人（両組合とも同じ）」, 「42人（うち自治労加入 30人、競合加入 5人、未加入 7人）」; 時点 only
           inside a heading 「組織の状況（令和6年12月1日現在）」; texts 「Ⅰ．」…「Ⅺ．」 with the answer in
           a merged block A:F over three rows below, 「・」 bullets; a note at the bottom
  S4 和歌山 a BLANK copy of the form FIRST (sheet 「様式」), the answers on the 2nd sheet 「回答」;
           「40（概数）」, 「62.5%」 and 「約37%」 as text; 時点 a real date shown in 和暦
           (「令和6年11月1日」); intake numbers with the unit 「名」 in the next cell; texts with the answer
           right of the label, some continuing on the next row (label cell empty); one text blank; a note

Every name, union and sentence is invented. The expected readings are typed by
hand in expected.py; nothing here imports the reader.
"""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from legacy_kit import S2, S3, S4, S5, S6, TITLES, Sheet  # noqa: E402
from legacy_kit import INTAKE, RATE_NOTE, S1_BOX, TEXT_LABELS  # noqa: E402
from legacy_kit import book as _book  # noqa: E402
from legacy_kit import build_set  # noqa: E402

SECTIONS = {2: S2, 3: S3, 4: S4, 5: S5, 6: S6}
WAREKI_DAY = '[$-411]ggge"年"m"月"d"日"'

# ================================================================ reports ==================

# R1 長野: 記入要領 first; はい/いいえ left of the items; s3 item 7 left blank.
R1_MARKS = {2: ["はい", "いいえ"], 3: ["はい", "はい", "いいえ", "はい", "いいえ", "いいえ", None],
            4: ["いいえ", "はい", "はい"], 5: ["はい", "いいえ"], 6: ["はい", "はい", "いいえ", "いいえ"]}
R1_TEXTS = {2: "交付金は単組の活動計画にあわせて支払った。", 3: "新採向けの説明資料を改訂した。",
            4: "再任用者向けの説明会を1回開いた。", 5: "進捗は委員会で2か月ごとに確認している。",
            6: "冊子を全単組に郵送した。"}


def r1_nagano(folder: Path) -> Path:
    wb, g = _book("記入要領")
    g.put("A1", "記入要領")
    g.put("A3", "1．黄色のセルに入力してください。")
    g.put("A4", "2．各項目について、実施した場合は「はい」、実施していない場合は「いいえ」を項目の左の欄に入力してください。")
    g.put("A5", "（記入例）")
    g.put("B5", "はい")
    g.put("C5", S3[0])
    g.put("A7", "3．作成日は「2025/2/1」のように入力すると和暦で表示されます。")
    g.put("A8", "4．提出期限")
    g.put("C8", dt.datetime(2025, 2, 21), fmt=WAREKI_DAY)
    g.ws.column_dimensions["A"].width = 12
    s = Sheet(wb.create_sheet("報告書"))
    s.put("A1", "令和6年度　長野県本部　共済推進取り組み報告書", merge="F1")
    s.put("A3", "作成日")
    s.put("D3", dt.datetime(2025, 2, 12), fmt=WAREKI_DAY)
    s.put("A4", "作成者")
    s.put("D4", "見本 太郎")
    s.put("A5", "確認者")
    s.put("D5", "見本 冬美")
    s.put("A7", "1．" + TITLES[0], merge="F7")
    s.put("A8", S1_BOX[0])
    s.put("A9", "加入件数は目標の4割にとどまっている。\n北部の単組で伸び悩みがある。", merge="F10")
    s.put("A11", S1_BOX[1])
    s.put("A12", "9月から県支部と合同で単組訪問を始めた。", merge="F13")
    s.put("A14", S1_BOX[2])
    s.put("A15", "・新採の同時加入を全単組で提起する\n・退職予定者への案内を12月までに終える", merge="F16")
    row = 18
    for n in range(2, 7):
        s.put(f"A{row}", f"{n}．{TITLES[n - 1]}", merge=f"F{row}")
        s.put(f"A{row + 1}", "はい／いいえ")
        s.put(f"B{row + 1}", "取り組み項目")
        for i, lbl in enumerate(SECTIONS[n]):
            r = row + 2 + i
            if R1_MARKS[n][i] is not None:
                s.put(f"A{r}", R1_MARKS[n][i])
            s.put(f"B{r}", lbl, merge=f"F{r}")
        r = row + 2 + len(SECTIONS[n])
        s.put(f"A{r}", "具体的な取り組み")
        s.put(f"A{r + 1}", R1_TEXTS[n], merge=f"F{r + 2}")
        row = r + 4
    # s2 18..24 (items 20,21; label 22; text 23:24), s3 26..37 (items 28..34, 34 blank; label 35; text 36:37),
    # s4 39..46 (items 41..43; label 44; text 45:46), s5 48..54 (items 50,51; label 52; text 53:54),
    # s6 56..64 (items 58..61; label 62; text 63:64)
    s.put(f"A{row}", "※交付金の額は3月に確定します")  # A66
    s.ws.column_dimensions["A"].width = 14
    s.ws.column_dimensions["B"].width = 30
    out = folder / "報告書（長野県本部）.xlsx"
    wb.save(out)
    return out


# R2 新潟: 実施した項目の番号 per section; a blank copy of the form as 2nd sheet.
R2_DONE = {2: 1, 3: "1,2,5,7", 4: "1～3", 5: "なし", 6: "2、3"}
R2_TEXTS = {2: "交付金は全額を単組に支払った。", 3: "県支部と合同で新採オルグを行った。",
            4: "役職定年者の名簿を単組と確認した。", 5: "モデル単組への訪問はまだできていない。",
            6: "冊子を配り、代表者会議で説明した。"}
R2_S1 = [["・保有件数は前年比で微増", "・新規加入は目標の半分"],
         ["・11月に単組代表者会議で進捗を報告", "・未達の単組を県支部と訪問"],
         ["・若年層への声かけ"]]


def _r2_form(s: Sheet, filled: bool) -> None:
    s.put("A1", "県本部共済推進取り組み報告書", merge="H1")
    s.put("A2", "県本部名　　新潟" if filled else "県本部名")
    s.put("A3", "作成日")
    s.put("G2", "作成者")
    s.put("H2", "確認者")
    if filled:
        s.put("B3", dt.datetime(2025, 2, 13), fmt='m"月"d"日"')
        s.put("G3", "見本 二葉")
        s.put("H3", "見本 三吉")
    s.put("A5", "１．" + TITLES[0], merge="H5")
    # boxes: label 6, bullets 7,8; label 9, bullets 10,11; label 12, bullet 13
    for (lrow, lbl, lines) in zip((6, 9, 12), S1_BOX, R2_S1):
        s.put(f"A{lrow}", lbl)
        if filled:
            for j, ln in enumerate(lines):
                s.put(f"A{lrow + 1 + j}", ln, merge=f"H{lrow + 1 + j}")
    row = 16
    for n in range(2, 7):
        s.put(f"A{row}", f"{n}．{TITLES[n - 1]}", merge=f"E{row}")
        s.put(f"F{row}", "実施した項目の番号")
        if filled:
            s.put(f"G{row}", R2_DONE[n])
        for i, lbl in enumerate(SECTIONS[n]):
            s.put(f"A{row + 1 + i}", i + 1)
            s.put(f"B{row + 1 + i}", lbl, merge=f"H{row + 1 + i}")
        r = row + 1 + len(SECTIONS[n])
        s.put(f"A{r}", "具体的な取り組み：")
        if filled:
            s.put(f"B{r}", R2_TEXTS[n], merge=f"H{r}")
        row = r + 2
    # s2 16..19 (番号 G16; items 17,18; text B19), s3 21..29 (G21; items 22..28; text B29),
    # s4 31..35 (G31; items 32..34; text B35), s5 37..40 (G37; items 38,39; text B40),
    # s6 42..47 (G42; items 43..46; text B47)
    if filled:
        s.put(f"A{row}", "※3の5と7は県支部が担当して実施した")  # A49
    s.ws.column_dimensions["A"].width = 16
    s.ws.column_dimensions["F"].width = 18


def r2_niigata(folder: Path) -> Path:
    wb, s = _book("新潟")
    _r2_form(s, True)
    _r2_form(Sheet(wb.create_sheet("報告書（原本）")), False)
    out = folder / "新潟県本部_取組報告_0213.xlsx"
    wb.save(out)
    return out


# R3 高知: □ printed in every item label; 「済」 typed in column A left of the done ones.
R3_DONE = {2: [1, 1], 3: [1, 0, 1, 0, 0, 1, 0], 4: [0, 0, 0], 5: [1, 0], 6: [0, 1, 0, 1]}
R3_TEXTS = {2: "規程にそって交付金を支払い、使途の報告を受けた。", 3: "・新採向けチラシを作成\n・県支部と合同で説明会",
            4: "特になし", 5: "モデル単組の推進委員会に出席した。",
            6: "冊子の内容を委員会で確認し、単組オルグで活用を呼びかけた。"}
R3_S6_LAST = ("単組執行部オルグ等において、各単組が「2025年3月末退職予定者対策」「2025年4月新採取り組み」にむけて、",
              "推進計画の立案や具体的な実行内容を協議する際に本マニュアルを参照するように提案")


def r3_kochi(folder: Path) -> Path:
    wb, s = _book("報告書")
    s.put("A1", "県本部共済推進取り組み報告書", merge="G1")
    for i, (lbl, v) in enumerate([("県名", "高知県"), ("作成日", "2月10日"), ("作成者", "見本 秋子"),
                                  ("確認者", "見本 春男")]):
        s.put(f"A{2 + i}", lbl)
        s.put(f"D{2 + i}", v)
    s.put("F5", "※確認者は3月に交代予定です")
    s.put("A7", "1．" + TITLES[0], merge="G7")
    s.put("A8", "(1) " + S1_BOX[0])
    s.put("A9", "新規加入は12月末で目標の55％。\n一部の単組で取り組みが止まっている。", merge="G11")
    s.put("A12", "(2) " + S1_BOX[1])
    s.put("A13", "1月に未着手の単組へ文書を送った。\nその後、3単組で説明会を開いた。", merge="G15")
    s.put("A16", "(3) " + S1_BOX[2])
    s.put("A17", "退職予定者への継続加入の案内。", merge="G19")
    row = 21
    for n in range(2, 7):
        s.put(f"A{row}", f"{n}．{TITLES[n - 1]}", merge=f"G{row}")
        r = row + 1
        for i, lbl in enumerate(SECTIONS[n]):
            if R3_DONE[n][i]:
                s.put(f"A{r}", "済")
            if n == 6 and i == 3:  # wrapped by hand over two rows
                s.put(f"B{r}", "□" + R3_S6_LAST[0], merge=f"G{r}")
                s.put(f"B{r + 1}", R3_S6_LAST[1], merge=f"G{r + 1}")
                r += 2
            else:
                s.put(f"B{r}", "□" + lbl, merge=f"G{r}")
                r += 1
        s.put(f"A{r}", "具体的な取り組み")
        s.put(f"A{r + 1}", R3_TEXTS[n], merge=f"G{r + 2}")
        row = r + 4
    # s2 21..26 (items 22,23; label 24; text 25:26), s3 28..38 (items 29..35; label 36; text 37:38),
    # s4 40..46 (items 41..43; label 44; text 45:46), s5 48..53 (items 49,50; label 51; text 52:53),
    # s6 55..63 (items 56..58, item 4 on 59+60; label 61; text 62:63)
    s.ws.column_dimensions["A"].width = 6
    s.ws.column_dimensions["B"].width = 30
    out = folder / "高知_報告書.xlsx"
    wb.save(out)
    return out


# R4 熊本 (.xls): one flat table; 1/0 in the 実施 column; sign-off block at the bottom.
R4_MARKS = {2: [1, 1], 3: [1, 0, 0, 1, 1, 0, 0], 4: [1, None, 0], 5: [0, 1], 6: [1, 0, 0, 0]}
R4_TEXTS = {2: "交付金は単組の申請どおり支払った。", 3: "新採対策会議を12月に開き、方針を確認した。",
            4: "役職定年者の名簿を単組から集めている。", 5: "モデル単組の会議に年3回出席した。", 6: None}
R4_S1 = ["保有件数は目標の7割。\n新規加入は前年より少ない。", "12月に県支部と合同で重点単組を訪問した。",
         "新採の同時加入と退職者の継続加入。"]


def r4_kumamoto(folder: Path, work: Path) -> Path:
    wb, s = _book("報告書")
    s.put("A1", "県本部共済推進取り組み報告書", merge="E1")
    s.put("A2", "※数値は2025年1月末の速報値です", merge="E2")
    s.put("A3", "実施欄：実施＝1、未実施＝0", merge="E3")
    for col, h in zip("ABCDE", ["区分", "番号", "取り組み項目", "実施", "具体的な取り組み"]):
        s.put(f"{col}4", h)
    s.put("A5", 1)
    s.put("B5", TITLES[0], merge="E5")
    for i, (lbl, txt) in enumerate(zip(S1_BOX, R4_S1)):
        s.put(f"B{6 + i}", f"({i + 1})")
        s.put(f"C{6 + i}", lbl)
        s.put(f"D{6 + i}", txt, merge=f"E{6 + i}")
    row = 9
    for n in range(2, 7):
        s.put(f"A{row}", n)
        s.put(f"B{row}", TITLES[n - 1], merge=f"E{row}")
        first = row + 1
        for i, lbl in enumerate(SECTIONS[n]):
            r = first + i
            s.put(f"B{r}", "①②③④⑤⑥⑦"[i])
            s.put(f"C{r}", lbl)
            if R4_MARKS[n][i] is not None:
                s.put(f"D{r}", R4_MARKS[n][i])
        last = first + len(SECTIONS[n]) - 1
        if R4_TEXTS[n]:
            s.put(f"E{first}", R4_TEXTS[n], merge=f"E{last}")
        else:
            s.ws.merge_cells(f"E{first}:E{last}")
        row = last + 1
    # s1 5..8 (texts D6:E6, D7:E7, D8:E8), s2 9..11 (items 10,11; text E10:E11), s3 12..19 (items 13..19;
    # text E13:E19), s4 20..23 (items 21..23, D22 blank; text E21:E23), s5 24..26 (items 25,26; text E25:E26),
    # s6 27..31 (items 28..31; E28:E31 blank)
    s.put("B33", "上記のとおり報告します。", merge="C33")
    s.put("C34", "令和7年2月14日")
    s.put("C35", "自治労熊本県本部")
    s.put("C36", "作成者　見本 陽介")
    s.put("C37", "確認者　見本 秀美")
    s.put("B39", "以上")
    s.ws.column_dimensions["A"].width = 6
    s.ws.column_dimensions["B"].width = 6
    s.ws.column_dimensions["C"].width = 44
    s.ws.column_dimensions["D"].width = 8
    s.ws.column_dimensions["E"].width = 40
    src = work / "r4"
    src.mkdir(parents=True, exist_ok=True)
    wb.save(src / "熊本県本部 報告書.xlsx")
    import lo  # tests/lo.py

    return lo.convert(src / "熊本県本部 報告書.xlsx", folder, "xls:MS Excel 97")


# ================================================================ surveys ==================

S1_TEXTS = ["・入庁初日に説明会\n・配属後に職場で個別に声かけ", "説明資料を1枚にまとめた。", "競合の勧誘が入庁前から始まっている。",
            "年2回、未加入者に加入案内を配る。", "特になし", "・月1回の機関紙\n・職場集会での報告",
            "出先の職場まで機関紙が届くのが遅い。", "賃金確定交渉を年2回行っている。", "共済と全国組織の強みを伝えている。",
            "競合のある単組の説明会の持ち方", "新採向けのチラシの見本がほしい。"]


def s1_hiroshima(folder: Path) -> Path:
    wb, e = _book("記入例")
    e.put("A1", "実態共有用アンケート【記入例】", merge="F1")
    for i, (lbl, v) in enumerate([("県本部", "○○"), ("単組", "○○市職員労働組合"), ("記入者お名前", "自治労 花子"),
                                  ("上部団体", "旧全官公自治労連")]):
        e.put(f"A{3 + i}", lbl)
        e.put(f"B{3 + i}", v)
    e.put("B8", "自治労")
    e.put("C8", "競合")
    e.put("D8", "時点")
    for i, (lbl, j, r) in enumerate([("組織人員数（人）", 600, 250), ("組織率（％）", 60, 25), ("未加入者数（人）", 150, 150)]):
        e.put(f"A{9 + i}", lbl)
        e.put(f"B{9 + i}", j)
        e.put(f"C{9 + i}", r)
    e.put("D9", "2024年10月時点")
    e.put("A13", "2024年")
    for i, (lbl, v) in enumerate(zip(INTAKE, [20, 10, 5, 5])):
        e.put(f"A{14 + i}", lbl)
        e.put(f"B{14 + i}", v)
    e.put("A19", TEXT_LABELS[0])
    e.put("A20", "（例）入庁式の当日に説明会を開き、加入を呼びかけた。", merge="F20")
    e.put("A21", TEXT_LABELS[1])
    e.put("A22", "（例）若手組合員に説明役をお願いしている。", merge="F22")
    e.ws.column_dimensions["A"].width = 30

    s = Sheet(wb.create_sheet("見本市職労"))
    s.put("A1", "実態共有用アンケート", merge="F1")
    for i, (lbl, v) in enumerate([("県本部", "広島"), ("単組", "見本市職員労働組合"), ("記入者お名前", "見本 翼"),
                                  ("上部団体", "全労連・自治労連")]):
        s.put(f"A{3 + i}", lbl)
        s.put(f"D{3 + i}", v)
    s.put("D8", "自治労")
    s.put("E8", "競合")
    s.put("F8", "時点")
    s.put("A9", "組織人員数（人）")
    s.put("D9", "845人")
    s.put("E9", "約560人")
    s.put("F9", "2024年11月1日現在")
    s.put("G9", "※競合の人数は推計です")
    s.put("A10", "組織率（％）")
    s.put("D10", "45%")
    s.put("E10", 0.3)  # General format
    s.put("A11", "未加入者数（人）")
    s.put("D11", "473人")
    s.put("E11", "同左")
    s.put("A13", "2024年")
    for i, (lbl, v) in enumerate(zip(INTAKE, ["25名", "18名", "3名", "4名"])):
        s.put(f"A{14 + i}", lbl)
        s.put(f"D{14 + i}", v)
    for i, (lbl, ans) in enumerate(zip(TEXT_LABELS, S1_TEXTS)):
        r = 19 + 3 * i
        s.put(f"A{r}", f"問{i + 1}　{lbl}", merge=f"F{r}")
        s.put(f"A{r + 1}", ans, merge=f"F{r + 2}")
    # texts: labels at 19, 22, …, 49; answers merged A:F over the two rows below
    s.put("A52", RATE_NOTE, merge="F52")  # printed on the form
    s.ws.column_dimensions["A"].width = 20
    out = folder / "アンケート_広島_見本市職労.xlsx"
    wb.save(out)
    return out


S2_TEXTS = ["入庁式の後に30分の説明会を開いた。", "新採と年の近い組合員が説明している。",
            "病院職場の新採は勤務がばらばらで集まれない。", "未加入者の名簿を作り、年1回訪問している。", "特になし",
            "掲示板と庁内メールで活動を知らせている。", None, "人員確保を重点に年2回交渉している。\n労使関係はおおむね良好。",
            "共済の給付事例を紹介している。", "病院職場での新採説明会の工夫", "小規模単組向けの学習会を開いてほしい。"]


def s2_saga(folder: Path) -> Path:
    wb, s = _book("回答")
    s.put("A1", "実態共有用アンケート（回答）", merge="G1")
    s.put("A3", "番号")
    s.put("C3", "質問")
    s.put("D3", "回答")
    rows = [("Ⅰ", None, "基本情報", None),
            (None, 1, "県本部", "佐賀県本部"), (None, 2, "単組", "見本町職員労働組合"), (None, 3, "記入者お名前", "見本 浩二"),
            (None, 4, "上部団体（競合単組）", "全労連・医労連"),
            ("Ⅱ", None, "組織の状況", None),
            (None, 1, "組織人員数（自治労）（人）", 320), (None, 2, "組織人員数（競合）（人）", 45),
            (None, 3, "組織率（自治労）（％）", 71.3), (None, 4, "組織率（競合）（％）", 10.0),
            (None, 5, "未加入者数（自治労）（人）", 84), (None, 6, "未加入者数（競合）（人）", 84),
            (None, 7, "時点", dt.datetime(2024, 12, 1)),
            (None, 8, "正規職員数（人）", 430), (None, 9, "会計年度任用職員・パート等の非正規職員数（人）", 19),
            ("Ⅲ", None, "2024年　新規採用者", None),
            *[(None, i + 1, lbl, v) for i, (lbl, v) in enumerate(zip(INTAKE, [12, 9, 1, 2]))],
            ("Ⅳ", None, "取り組みの状況", None),
            *[(None, i + 1, lbl, ans) for i, (lbl, ans) in enumerate(zip(TEXT_LABELS, S2_TEXTS))]]
    for k, (grp, num, q, ans) in enumerate(rows):
        r = 4 + k
        if grp:
            s.put(f"A{r}", grp)
        if num is not None:
            s.put(f"B{r}", num)
        s.put(f"C{r}", q)
        if isinstance(ans, str) and grp is None and r >= 25:  # the texts
            s.put(f"D{r}", ans, merge=f"G{r}")
        elif isinstance(ans, dt.datetime):
            s.put(f"D{r}", ans, fmt="[$-411]ge.m")
        elif ans is not None:
            s.put(f"D{r}", ans)
    # Ⅰ 4 (answers D5..D8), Ⅱ 9 (D10..D18: members 10,11; rates 12,13; nonmembers 14,15; 時点 16;
    # 正規 17; 非正規 18), Ⅲ 19 (D20..D23), Ⅳ 24 (texts D25..D35 merged D:G; D31 blank)
    s.put("E10", "※病院分会の人数を含みます")
    s.ws.column_dimensions["A"].width = 5
    s.ws.column_dimensions["B"].width = 4
    s.ws.column_dimensions["C"].width = 44
    s.ws.column_dimensions["D"].width = 24
    out = folder / "佐賀県本部_見本町職員労働組合_回答.xlsx"
    wb.save(out)
    return out


S3_TEXTS = ["・入庁前の説明会で時間をもらう\n・加入用紙をその場で回収", "先輩組合員の体験談を話してもらう。",
            "競合の加入案内が同じ日に配られる。", "・昼休みの職場訪問\n・未加入者向けの学習会", "特になし",
            "ホームページに行事の報告を載せている。", "若い組合員が機関紙を読んでいない。", "市当局とは毎月事務折衝をしている。",
            "全国の仲間とつながれることを伝えている。", "競合が多数派の職場での声のかけ方", "県本部の新採交流会を続けてほしい。"]
ROMAN = "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪ"


def s3_tokushima(folder: Path) -> Path:
    wb, s = _book("Sheet1")
    s.put("A1", "実態共有用アンケート", merge="F1")
    for col, v in zip("ABCDEF", ["県本部", "徳島", "単組", "見本市職員労働組合", "記入者", "見本 若葉"]):
        s.put(f"{col}2", v)
    s.put("A3", "上部団体")
    s.put("B3", "自治労連")
    s.put("A5", "組織の状況（令和6年12月1日現在）", merge="F5")
    s.put("A6", "組織人員数")
    s.put("B6", "自治労 1,045人／競合 約200人", merge="F6")
    s.put("A7", "組織率")
    s.put("B7", "自治労 58.1%、競合 11.1%", merge="F7")
    s.put("A8", "未加入者数")
    s.put("B8", "555人（両組合とも同じ）", merge="F8")
    s.put("A10", "新規採用者（2024年度）")
    s.put("B10", "42人（うち自治労加入 30人、競合加入 5人、未加入 7人）", merge="F10")
    for i, (lbl, ans) in enumerate(zip(TEXT_LABELS, S3_TEXTS)):
        r = 12 + 4 * i
        s.put(f"A{r}", f"{ROMAN[i]}．{lbl}", merge=f"F{r}")
        s.put(f"A{r + 1}", ans, merge=f"F{r + 3}")
    # texts: labels at 12, 16, …, 52; answers merged A:F over the three rows below
    s.put("A56", "※未加入者数は管理職を除いた数です")
    s.ws.column_dimensions["A"].width = 16
    s.ws.column_dimensions["D"].width = 20
    out = folder / "徳島_見本市職員労働組合.xlsx"
    wb.save(out)
    return out


S4_TEXTS = [["入庁の日に村長あいさつの後で説明している。"], ["新採の歓迎会を組合で開いている。", "費用は組合が持つ。"],
            ["人数が少なく、毎年の説明の経験が積み上がらない。"], ["未加入者は1人のみ。個別に話をしている。"],
            ["今のところなし"], ["村の広報と同じ日に組合ニュースを配っている。", "写真を必ず1枚入れる。"],
            ["全員が同じ庁舎なので特に困っていない。"], ["村当局とは年1回、春に交渉している。"],
            ["県本部の研修に参加できることを伝えている。"], [],
            ["小規模単組どうしの交流の場がほしい。", "できれば平日の夜に。"]]


def _s4_form(s: Sheet, filled: bool) -> None:
    s.put("A1", "実態共有用アンケート", merge="F1")
    head = [("県本部", "和歌山県本部"), ("単組", "見本村職員労働組合"), ("記入者お名前", "見本 光"),
            ("上部団体", "旧全官公自治労連")]
    for i, (lbl, v) in enumerate(head):
        s.put(f"A{3 + i}", lbl)
        if filled:
            s.put(f"B{3 + i}", v)
    s.put("B8", "自治労")
    s.put("C8", "競合")
    s.put("D8", "時点")
    for i, lbl in enumerate(["組織人員数（人）", "組織率（％）", "未加入者数（人）"]):
        s.put(f"A{9 + i}", lbl)
    s.put("A13", "2024年")
    for i, lbl in enumerate(INTAKE):
        s.put(f"A{14 + i}", lbl)
    if filled:
        s.put("B9", 68)
        s.put("C9", "40（概数）")
        s.put("D9", dt.datetime(2024, 11, 1), fmt=WAREKI_DAY)
        s.put("B10", "62.5%")
        s.put("C10", "約37%")
        s.put("B11", 1)
        s.put("C11", 1)
        for i, v in enumerate([3, 2, 0, 1]):
            s.put(f"B{14 + i}", v)
            s.put(f"C{14 + i}", "名")
    r = 19
    for i, lbl in enumerate(TEXT_LABELS):
        s.put(f"A{r}", lbl)
        lines = S4_TEXTS[i] if filled else []
        for j, ln in enumerate(lines):
            s.put(f"B{r + j}", ln, merge=f"F{r + j}")
        r += max(1, len(lines) if filled else 1)
    # filled: labels at 19, 20, 22, 23, 24, 25, 27, 28, 29, 30, 31 (answers B:F; 20+21, 25+26, 31+32 two rows;
    # questions at 30 blank); blank form: labels at 19..29
    s.put(f"A{r + 1}", RATE_NOTE, merge=f"F{r + 1}")  # printed on the form
    if filled:
        s.put(f"A{r + 2}", "※職員数は4月1日現在です")  # A35
    s.ws.column_dimensions["A"].width = 30


def s4_wakayama(folder: Path) -> Path:
    wb, s = _book("様式")
    _s4_form(s, False)
    _s4_form(Sheet(wb.create_sheet("回答")), True)
    out = folder / "和歌山アンケート（見本村職）.xlsx"
    wb.save(out)
    return out


REPORTS = [r1_nagano, r2_niigata, r3_kochi]
SURVEYS = [s1_hiroshima, s2_saga, s3_tokushima, s4_wakayama]


def build(root: Path) -> dict[str, Path]:
    """Write the report files to root/report and the surveys to root/survey."""
    return build_set(root, REPORTS, SURVEYS, [("report", r4_kumamoto)])


if __name__ == "__main__":
    print(build(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/legacy4")))
