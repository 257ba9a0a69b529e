"""Second, independent set of legacy-style fixtures (tests/legacy2).

Eight workbooks typed "by hand" the way different office workers retype the
paper forms in Excel, in layouts that differ from tests/legacy/build_*.py:

  R1 山梨  cover sheet, then the form; 「県名：山梨県」 label and answer in one cell;
           ○ (U+25CB) typed left of done items only, no □ anywhere
  R2 石川  header labels in one row with the answers in the row BELOW; ①② numbered
           items; 「実施」/「未実施」 words in a 実施状況 column to the right; texts below labels
  R3 愛媛  spaced labels (「作 成 日」), 「R7.2.10」, 「愛媛県本部」; ○/× marks in a column right
           of the items; item labels wrapped with line breaks and stray spaces
  R4 静岡  「県名　静岡県」 in one cell, two fields in one cell (「作成者：…／確認者：…」),
           date with weekday; each section a table 取り組み内容 | 実施 | 未実施 with ○
  S1 茨城  「県本部：茨城県本部」 label：answer cells; numbers with units (「1,200名」「約30人」
           「３００」「2%程度」); ■ bullets before the text labels, answers below (merged)
  S2 栃木  a 記入要領 cover sheet; header answers BELOW labels; the pairs transposed
           (自治労/競合 as rows); 時点 a real date in 和暦 format; intake as header row + value row;
           ①…⑪ numbered text labels with the answer to the right (merged)
  S3 福井  「(1)県本部」 numbering, a separate 「：」 column between label and answer;
           「45.2％」, 「大多数」; 時点 in a 備考 column (「令和6年10月時点」); 「うち…」 intake labels
  S4 群馬  label and answer in ONE cell for every text (「【label】\\nanswer」), header label
           merged over two columns with the answer after it; 「８人」 full-width; 「－」; 時点 a date cell

Every name, union and sentence is invented. The expected readings are typed by
hand in expected.py; nothing here imports the reader.
"""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from legacy_kit import S2, S3, S4, S5, S6, TITLES, Sheet  # noqa: E402
from legacy_kit import TEXT_LABELS  # noqa: E402
from legacy_kit import book as _book  # noqa: E402

SECTIONS = [S2, S3, S4, S5, S6]  # sections 2..6


# ================================================================ reports ==================

# R1 山梨: marks ○ left of DONE items only; no □ in the file.
R1_MARKS = {2: ["○", ""], 3: ["○", "", "○", "○", "", "", "○"], 4: ["", "○", ""], 5: ["○", "○"],
            6: ["", "○", "", "○"]}
R1_TEXTS = {2: "規程どおり年2回に分けて支払った。", 3: "新採向けのチラシを全単組に送付した。", 4: None,
            5: "モデル単組の役員会に毎月参加している。", 6: "マニュアルを役員研修の教材として使った。"}


def r1_yamanashi(folder: Path) -> Path:
    wb, cover = _book("表紙")
    cover.put("B3", "令和6年度")
    cover.put("B4", "県本部共済推進取り組み報告書")
    cover.put("B8", "自治労山梨県本部")
    cover.put("B10", "提出先　自治労共済推進本部　御中")
    s = Sheet(wb.create_sheet("報告書"))
    s.put("A1", "県本部共済推進取り組み報告書", merge="F1")
    s.put("A2", "県名：山梨県")
    s.put("D2", "作成日：令和7年2月3日")
    s.put("A3", "作成者：試験 花子")
    s.put("D3", "確認者：試験 太郎")
    s.put("A5", "１．" + TITLES[0])
    s.put("A6", "「目標達成にむけた進捗と課題」")
    s.put("D6", "左記、2024年6月報告以降の取り組みと課題")
    s.put("A7", "加入件数は前年並みで推移している。\n保有目標まではあと120件。", merge="C10")
    s.put("D7", "12月に県支部と合同で単組を回った。", merge="F10")
    s.put("A11", "「今後、重点的に取り組む課題」")
    s.put("A12", "青年部と連携して新採向け説明会を開く。", merge="F13")
    row = 15
    full = "２３４５６"
    for n, labels in enumerate(SECTIONS, start=2):
        s.put(f"A{row}", f"{full[n - 2]}．{TITLES[n - 1]}")
        s.put(f"A{row + 1}", "実施している取り組みに○をつけてください。")
        s.put(f"E{row + 1}", "具体的な取り組み")
        for i, lbl in enumerate(labels):
            if R1_MARKS[n][i]:
                s.put(f"A{row + 2 + i}", R1_MARKS[n][i])
            s.put(f"B{row + 2 + i}", lbl)
        if R1_TEXTS[n]:
            s.put(f"E{row + 2}", R1_TEXTS[n], merge=f"F{row + 1 + len(labels)}")
        row += len(labels) + 3
    # rows: s2 15..18, s3 20..28, s4 30..34, s5 36..39, s6 41..46
    s.put("H20", "※新採対策会議は3月に開催予定")
    s.put("A48", "以上")
    s.ws.column_dimensions["A"].width = 5
    s.ws.column_dimensions["B"].width = 60
    out = folder / "山梨県本部_取り組み報告書（令和7年2月）.xlsx"
    wb.save(out)
    return out


# R2 石川: 実施/未実施 words in column G; a blank G is unanswered.
R2_STATES = {2: ["実施", "未実施"], 3: ["実施", "実施", "未実施", "実施", "未実施", "", "実施"],
             4: ["未実施", "実施", "実施"], 5: ["実施", "未実施"], 6: ["実施", "実施", "未実施", "未実施"]}
R2_TEXTS = {2: "交付金の使途を年度末に報告してもらっている。", 3: "4月の入庁式にあわせて説明会を設定した。",
            4: "再任用予定者の名簿を単組から集めた。", 5: None, 6: "冊子を全単組に郵送した。"}
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪"


def r2_ishikawa(folder: Path) -> Path:
    wb, s = _book("石川")
    s.put("A1", "2024年度　県本部共済推進取り組み報告書", merge="H1")
    for col, lbl in zip("ACEG", ["県　名", "作成日", "作成者", "確認者"]):
        s.put(f"{col}3", lbl)
    s.put("A4", "石川")
    s.put("C4", dt.datetime(2025, 2, 7), fmt="yyyy/m/d")
    s.put("E4", "試験 一美")
    s.put("G4", "試験 二美")
    s.put("A6", "1　" + TITLES[0])
    s.put("A7", "(1) 目標達成にむけた進捗と課題（6月報告の内容）")
    s.put("A8", "・新規加入は目標の半分程度\n・保有件数は微増", merge="H9")
    s.put("A10", "(2) 6月報告以降の取り組みと課題")
    s.put("A11", "秋の推進月間に単組訪問を強めた。", merge="H12")
    s.put("A13", "(3) 今後、重点的に取り組む課題")
    s.put("A14", "退職予定者に継続加入を案内する。", merge="H15")
    row = 17
    for n, labels in enumerate(SECTIONS, start=2):
        s.put(f"A{row}", f"{n}　{TITLES[n - 1]}")
        s.put(f"A{row + 1}", "取り組み項目")
        s.put(f"G{row + 1}", "実施状況")
        for i, lbl in enumerate(labels):
            s.put(f"A{row + 2 + i}", CIRCLED[i] + lbl, merge=f"F{row + 2 + i}")
            if R2_STATES[n][i]:
                s.put(f"G{row + 2 + i}", R2_STATES[n][i])
        r = row + 2 + len(labels)
        s.put(f"A{r}", "具体的な取り組み")
        if R2_TEXTS[n]:
            s.put(f"A{r + 1}", R2_TEXTS[n], merge=f"H{r + 1}")
        row = r + 3
    # s2 17..22, s3 24..34, s4 36..42, s5 44..48 (no text), s6 51..58
    s.put(f"A{row}", "※交付金の金額は別紙のとおり")  # A60, under the last box
    s.ws.column_dimensions["A"].width = 12
    out = folder / "石川県本部　報告書.xlsx"
    wb.save(out)
    return out


# R3 愛媛: ○ done, × not done, in column F (right of the item); the last item left blank.
R3_MARKS = {2: ["○", "×"], 3: ["×", "○", "○", "×", "○", "×", "×"], 4: ["○", "×", "○"], 5: ["×", "○"],
            6: ["○", "×", "○", ""]}
R3_LABELS = {2: S2, 3: [S3[0], S3[1], S3[2], "県本部新採対策会議の　開催", S3[4], S3[5], S3[6]], 4: S4, 5: S5,
             6: [S6[0], S6[1], "単組代表者会議等において、マニュアルの内容\nおよび活用方法を全単組へ周知",
                 "単組執行部オルグ等において、各単組が「2025年3月末退職\n予定者対策」「2025年4月新採取り組み」"
                 "にむけて、推進計画\nの立案や具体的な実行内容を協議する際に本マニュアルを参照\nするように提案"]}
R3_TEXTS = {2: "交付金は単組の推進行動に使うよう依頼した。", 3: "県支部と合同で新採オルグを行った。",
            4: "説明会で共済の継続加入を案内した。", 5: "モデル単組の会議に出席した。", 6: "要点を一枚のチラシにした。"}


def r3_ehime(folder: Path) -> Path:
    wb, s = _book("報告書（愛媛）")
    s.put("B2", "県本部共済推進取り組み報告書", merge="H2")
    s.put("B4", "県　　名")
    s.put("C4", "愛媛県本部")
    s.put("B5", "作 成 日")
    s.put("C5", "R7.2.10")
    s.put("B6", "作 成 者")
    s.put("C6", "試験 三郎（書記長）")
    s.put("B7", "確 認 者")
    s.put("C7", "試験 四郎")
    s.put("B9", "1." + TITLES[0])
    s.put("B10", "「目標達成にむけた進捗と課題」")
    s.put("E10", "左記、2024年6月報告以降の取り組みと課題")
    s.put("B11", "新規加入は12月時点で目標の6割。", merge="D13")
    s.put("E11", "単組代表者会議で進捗を共有した。\n未達単組に個別に連絡した。", merge="G13")
    s.put("B14", "「今後、重点的に取り組む課題」")
    s.put("B15", "新採の同時加入率を上げる。", merge="G16")
    row = 18
    for n in range(2, 7):
        labels = R3_LABELS[n]
        s.put(f"B{row}", f"{n}.{TITLES[n - 1]}")
        s.put(f"B{row + 1}", "実施している取り組み")
        s.put(f"F{row + 1}", "実施(○×)")
        s.put(f"G{row + 1}", "具体的な取り組み")
        for i, lbl in enumerate(labels):
            s.put(f"B{row + 2 + i}", lbl, merge=f"E{row + 2 + i}")
            if R3_MARKS[n][i]:
                s.put(f"F{row + 2 + i}", R3_MARKS[n][i])
        s.put(f"G{row + 2}", R3_TEXTS[n], merge=f"H{row + 1 + len(labels)}")
        row += len(labels) + 3
    # s2 18..21, s3 23..31, s4 33..37, s5 39..42, s6 44..49
    s.put("J18", "※交付金の支払いは3月の予定")
    s.ws.column_dimensions["B"].width = 40
    out = folder / "愛媛報告書_R7.2.10.xlsx"
    wb.save(out)
    return out


# R4 静岡: a table per section, ○ in 実施 (E) or 未実施 (F); the last item neither.
R4_DONE = {2: [True, False], 3: [True, True, False, False, True, False, True], 4: [False, False, True],
           5: [True, True], 6: [False, True, True, None]}
R4_TEXTS = {2: "・交付金の規程を見直した\n・使途の報告書を様式化した", 3: "新採説明会の資料を県本部で作成した。",
            4: "退職前説明会で共済を案内した。", 5: "進捗を毎月の委員会で報告している。", 6: None}


def r4_shizuoka(folder: Path) -> Path:
    wb, s = _book("Sheet1")
    s.put("A1", "令和６年度　県本部共済推進取り組み報告書", merge="G1")
    s.put("A2", "県名　静岡県")
    s.put("E2", "作成日：2025年2月3日（月）")
    s.put("A3", "作成者：試験 五子　／　確認者：試験 六子")
    s.put("A5", "【１】" + TITLES[0])
    s.put("A6", "目標達成にむけた進捗と課題", merge="B6")
    s.put("C6", "6月報告以降の取り組みと課題", merge="E6")
    s.put("F6", "今後、重点的に取り組む課題", merge="G6")
    s.put("A7", "地域ごとの推進会議で目標を確認した。", merge="B9")
    s.put("C7", "未加入の多い単組に絞って訪問した。", merge="E9")
    s.put("F7", "若い組合員への説明の機会を作る。", merge="G9")
    row = 11
    full = "２３４５６"
    for n, labels in enumerate(SECTIONS, start=2):
        s.put(f"A{row}", f"【{full[n - 2]}】{TITLES[n - 1]}")
        s.put(f"A{row + 1}", "取り組み内容", merge=f"D{row + 1}")
        s.put(f"E{row + 1}", "実施")
        s.put(f"F{row + 1}", "未実施")
        s.put(f"G{row + 1}", "具体的な取り組み")
        for i, lbl in enumerate(labels):
            r = row + 2 + i
            s.put(f"A{r}", lbl, merge=f"D{r}")
            done = R4_DONE[n][i]
            if done is True:
                s.put(f"E{r}", "○")
            elif done is False:
                s.put(f"F{r}", "○")
        if R4_TEXTS[n]:
            s.put(f"G{row + 2}", R4_TEXTS[n], merge=f"G{row + 1 + len(labels)}")
        row += len(labels) + 3
    # s2 11..14, s3 16..24, s4 26..30, s5 32..35, s6 37..42
    s.put("I3", "※担当：試験 七子（内線123）")
    s.ws.column_dimensions["A"].width = 20
    s.ws.column_dimensions["G"].width = 40
    out = folder / "静岡県本部_報告書.xlsx"
    wb.save(out)
    return out


# ================================================================ surveys ==================

S1_TEXTS = ["配属先の職場で個別に説明している。", "先輩組合員と一緒に声をかけている。", "説明会の時間が短い。",
            "年2回の加入呼びかけ。", "特になし", "機関紙をメールでも配っている。", None,
            "人員確保を重点に交渉している。", "共済の手厚さを伝えている。", "他の単組の新採歓迎会の様子",
            "新採向けの動画を作ってほしい。"]


def s1_ibaraki(folder: Path) -> Path:
    wb, s = _book("回答")
    s.put("A1", "実態共有用アンケート", merge="F1")
    s.put("A3", "県本部：茨城県本部")
    s.put("A4", "単組名：試験第3職員労働組合")
    s.put("A5", "記入者：試験 花子")
    s.put("A6", "上部団体：なし")
    s.put("H3", "※提出が遅れて申し訳ありません")
    s.put("B8", "自治労")
    s.put("C8", "競合")
    s.put("D8", "時点")
    s.put("A9", "組織人員数（人）")
    s.put("B9", "1,200名")
    s.put("C9", "約30人")
    s.put("D9", "R6.11.1現在")
    s.put("A10", "組織率（％）")
    s.put("B10", "78.5%")
    s.put("C10", "2%程度")
    s.put("A11", "未加入者数（人）")
    s.put("B11", "３００")
    s.put("C11", "不明")
    s.put("A13", "2024年 新規採用者")
    for i, (lbl, v) in enumerate(zip(["新規採用者数", "自治労加入者数", "競合加入者数", "未加入者数"],
                                     ["15名", "12名", "0名", "3名"])):
        s.put(f"A{14 + i}", lbl)
        s.put(f"B{14 + i}", v)
    for i, (lbl, ans) in enumerate(zip(TEXT_LABELS, S1_TEXTS)):
        r = 19 + 3 * i
        s.put(f"A{r}", "■" + lbl)
        if ans is not None:
            s.put(f"A{r + 1}", ans, merge=f"F{r + 2}")
    # texts at 19, 22, …, 49; answers at 20.., the 7th (sharing_worries, A37) has none
    s.ws.column_dimensions["A"].width = 22
    out = folder / "アンケート回答_茨城_試験第3職員労働組合.xlsx"
    wb.save(out)
    return out


S2_TEXTS = ["職場ごとに昼休みの説明会を開いた。", "なし", "競合の説明会が先に行われる。", "未加入者名簿を作って訪問。",
            "声をかける担当者が足りない。", "SNSで活動報告を載せている。", "掲示物を見てもらえない。",
            "月1回の労使協議を行っている。", "学習会を多く開いている。", None, "競合対策の資料がほしい。"]


def s2_tochigi(folder: Path) -> Path:
    wb, cover = _book("記入要領")
    cover.put("A1", "実態共有用アンケート　記入要領")
    cover.put("A3", "・次のシートに記入してください。")
    cover.put("A4", "・提出期限：2月末日")
    s = Sheet(wb.create_sheet("アンケート"))
    s.put("A1", "実態共有用アンケート", merge="F1")
    s.put("A2", "県本部")
    s.put("B2", "単組")
    s.put("D2", "記入者お名前")
    s.put("F2", "上部団体")
    s.put("A3", "栃木")
    s.put("B3", "試験町職員組合", merge="C3")
    s.put("D3", "試験 一子", merge="E3")
    s.put("F3", "全労連・自治労連")
    s.put("A5", "区分")
    s.put("B5", "組織人員数（人）")
    s.put("C5", "組織率（％）")
    s.put("D5", "未加入者数（人）")
    s.put("A6", "自治労")
    s.put("B6", 210)
    s.put("C6", "41.2")
    s.put("D6", "約300")
    s.put("A7", "競合")
    s.put("B7", "95人")
    s.put("C7", 0.186, fmt="0.0%")
    s.put("D7", "？")
    s.put("A8", "時点")
    s.put("B8", dt.datetime(2024, 12, 1), fmt='[$-ja-JP]ggge"年"m"月"')
    s.put("A9", "正規職員数（人）")
    s.put("B9", 480)
    s.put("A10", "会計年度任用職員・パート等の非正規職員数（人）")
    s.put("B10", "30")
    s.put("A12", "2024年 新規採用者")
    for col, lbl, v in zip("ABCD", ["新規採用者数", "自治労加入者数", "競合加入者数", "未加入者数"], [20, 8, 7, 5]):
        s.put(f"{col}13", lbl)
        s.put(f"{col}14", v)
    labels = list(TEXT_LABELS)
    labels[7] = "労使関係・交渉など\n（労使関係の状態、労使交渉の取り組み状況など）"
    for i, (lbl, ans) in enumerate(zip(labels, S2_TEXTS)):
        r = 16 + i
        s.put(f"A{r}", CIRCLED[i] + lbl)
        if ans is not None:
            s.put(f"B{r}", ans, merge=f"F{r}")
    # texts at rows 16..26 (questions, row 25, unanswered)
    s.put("A28", "※記入者不在のため代理で提出します")
    s.ws.column_dimensions["A"].width = 30
    out = folder / "実態アンケート（栃木・試験町職員組合）.xlsx"
    wb.save(out)
    return out


S3_TEXTS = ["入庁初日に説明会を開いた。", "特になし", "加入を迷う新採が多い。", "年度途中の採用者にも声をかけた。",
            "特になし", "ホームページを更新している。", "回覧が止まってしまう。", None,
            "自治労共済の説明を重視している。", None, "なし"]


def s3_fukui(folder: Path) -> Path:
    wb, s = _book("実態共有用アンケート")
    s.put("A1", "実態共有用アンケート（2024年度）", merge="G1")
    s.put("I2", "※数字は概数です")
    head = [("(1)県本部", "福井"), ("(2)単　組　名", "試験市職員労働組合"), ("(3)記入者", "試験 二郎"),
            ("(4)上部団体", "旧全官公自治労連")]
    for i, (lbl, v) in enumerate(head):
        s.put(f"A{3 + i}", lbl)
        s.put(f"B{3 + i}", "：")
        s.put(f"C{3 + i}", v)
    s.put("C8", "自治労")
    s.put("D8", "競合")
    s.put("E8", "備考")
    s.put("A9", "(5)組織人員数（人）")
    s.put("C9", "４５０")
    s.put("D9", "１２０人")
    s.put("A10", "(6)組織率（％）")
    s.put("C10", "45.2％")
    s.put("D10", "12.0%")
    s.put("E10", "令和6年10月時点")
    s.put("A11", "(7)未加入者数（人）")
    s.put("C11", "５０")
    s.put("D11", "大多数")
    s.put("A13", "(8)2024年 新規採用者")
    for i, (lbl, v) in enumerate(zip(["新規採用者数", "　うち自治労加入者数", "　うち競合加入者数", "　うち未加入者数"],
                                     ["２２人", "18", "2", "２"])):
        s.put(f"A{14 + i}", lbl)
        s.put(f"B{14 + i}", "：")
        s.put(f"C{14 + i}", v)
    for i, (lbl, ans) in enumerate(zip(TEXT_LABELS, S3_TEXTS)):
        r = 19 + i
        s.put(f"A{r}", f"({9 + i}){lbl}")
        s.put(f"B{r}", "：")
        if ans is not None:
            s.put(f"C{r}", ans, merge=f"G{r}")
    # texts at rows 19..29
    s.ws.column_dimensions["A"].width = 30
    s.ws.column_dimensions["B"].width = 3
    out = folder / "試験市職労_実態共有アンケート.xlsx"
    wb.save(out)
    return out


S4_TEXTS = ["入庁式の後に説明会を開いている。", "若手役員が説明役を担っている。", "説明会への出席が少ない。",
            "なし", None, "組合ニュースを毎月配っている。", "職場が広く回りきれない。",
            "労使関係は良好で、定期的に協議している。", "なし", "未加入者への声かけの工夫", "特になし"]


def s4_gunma(folder: Path) -> Path:
    wb, s = _book("アンケート")
    s.put("A1", "実態共有用アンケート", merge="F1")
    s.put("H1", "提出日：2025/2/14")
    head = [("県本部", "群馬"), ("単組", "試験村職員組合"), ("記入者お名前", "試験 三子"), ("上部団体", "全労連・医労連")]
    for i, (lbl, v) in enumerate(head):
        s.put(f"A{3 + i}", lbl, merge=f"B{3 + i}")
        s.put(f"C{3 + i}", v, merge=f"E{3 + i}")
    s.put("C8", "自治労")
    s.put("D8", "競合")
    s.put("A9", "組織人員数（人）", merge="B9")
    s.put("C9", "８人")
    s.put("D9", "２人")
    s.put("A10", "組織率（％）", merge="B10")
    s.put("C10", "35.0")
    s.put("D10", "9")
    s.put("A11", "未加入者数（人）", merge="B11")
    s.put("C11", "１２人")
    s.put("D11", "－")
    s.put("A12", "時点", merge="B12")
    s.put("C12", dt.datetime(2025, 1, 1), fmt='yyyy"年"m"月"d"日現在"')
    s.put("A14", "2024年 新規採用者")
    for i, (lbl, v) in enumerate(zip(["新規採用者数", "自治労加入者数", "競合加入者数", "未加入者数"],
                                     ["８人", "６人", "０人", "２人"])):
        s.put(f"A{15 + i}", lbl, merge=f"B{15 + i}")
        s.put(f"C{15 + i}", v)
    for i, (lbl, ans) in enumerate(zip(TEXT_LABELS, S4_TEXTS)):
        r = 20 + 2 * i
        s.put(f"A{r}", f"【{lbl}】" + (f"\n{ans}" if ans is not None else ""), merge=f"F{r + 1}")
    # texts at rows 20, 22, …, 40 (one merged cell each: label line, then the answer)
    out = folder / "群馬_試験村職組_アンケート.xlsx"
    wb.save(out)
    return out


REPORTS = [r1_yamanashi, r2_ishikawa, r3_ehime, r4_shizuoka]
SURVEYS = [s1_ibaraki, s2_tochigi, s3_fukui, s4_gunma]


def build(root: Path) -> dict[str, Path]:
    """Write the report files to root/report and the surveys to root/survey."""
    folders = {"report": root / "report", "survey": root / "survey"}
    for kind, makers in (("report", REPORTS), ("survey", SURVEYS)):
        folders[kind].mkdir(parents=True, exist_ok=True)
        for make in makers:
            make(folders[kind])
    return folders


if __name__ == "__main__":
    print(build(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/legacy2")))
