"""Third, independent set of legacy-style fixtures (tests/legacy3).

Eight workbooks retyped "by hand" by yet other office workers, in layouts that
differ from tests/legacy/build_*.py and tests/legacy2/build.py:

  R1 岐阜  the whole form in two side-by-side halves (left A–F: header, sections 1–3;
           right H–M: sections 4–6, starting level with section 1); ☑/□ in a column of
           their own; 作成日 typed as the text 「2025/02/12」; section-1 texts split over
           consecutive cells, one sentence per row
  R2 三重  labels in the column to the RIGHT of the answers (「三重県｜（県名）」,
           「answer｜←具体的な取り組み」); plain Excel TRUE/FALSE cells right of the items
           (no check-box style); a HIDDEN column A (left of the items) holding last year's
           TRUE/FALSE, every one the opposite of this year's, and an old text; s4 text blank
  R3 奈良  the form split over two sheets (header + sections 1–3, then 4–6); items
           numbered ①…; the marks as one cell per section listing the done items
           (「実施：②③⑤⑥」, 「実施：なし」); 作成日 「2025.2.14」
  R4 鳥取  .xls (openpyxl → LibreOffice); HIDDEN rows above section 1 holding last year's
           texts under the same labels; answers with line breaks and leading/trailing
           (also full-width) spaces; 「令和７年２月１７日」; ■/□ in column A; section 4
           has NO mark at all while its text says 「いずれも実施していない」; s5 text blank
  S1 島根  the union's name typed only inside the title (「見本市職員労働組合　実態共有用
           アンケート」, no 単組 row); numbers as text with commas and full-width digits
           (「１,２５０」「１，５００」「６１．３」); 0.452 in a 0.0% cell; 時点 the text
           「2024/11/01」; 「Q1．」 text labels with the answer two columns right
  S2 香川  two side-by-side halves (left A–E: header, numbers, intake, texts 1–3; right
           G–K: texts 4–11, starting level with the header); 時点 「R6.11」; texts split
           over consecutive cells, one sentence per row
  S3 大分  split over two sheets (header + numbers / texts); HIDDEN rows holding last
           year's numbers under the same labels, above this year's (each old number differs);
           answers with line breaks and leading/trailing spaces; a whitespace-only answer;
           no competitor
  S4 沖縄  labels in the column to the RIGHT of the answers everywhere (header
           「answer｜（label）」, pairs with a 項目 column at the right, texts
           「answer｜←label」); 0.38 in a 0% cell; 「不明」; 未加入者数 left blank on purpose
           with a note beside it; one text left blank

Every name, union and sentence is invented. The expected readings are typed by
hand in expected.py; nothing here imports the reader.
"""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from legacy_kit import S2, S3, S4, S5, S6, TITLES, Sheet  # noqa: E402
from legacy_kit import INTAKE, TEXT_LABELS  # noqa: E402
from legacy_kit import book as _book  # noqa: E402
from legacy_kit import build_set  # noqa: E402

SECTIONS = {2: S2, 3: S3, 4: S4, 5: S5, 6: S6}
ASK = "実施している取り組みに☑してください。"

CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪"

# ================================================================ reports ==================

# R1 岐阜: two halves; ☑ done / □ not done in a column of their own.
R1_MARKS = {2: "☑□", 3: "□☑☑□☑☑□", 4: "☑☑□", 5: "□☑", 6: "☑□☑□"}
R1_TEXTS = {2: "交付金は単組の申請にもとづき支払った。", 3: "新採対策会議で単組ごとの計画を確認した。",
            4: "退職前説明会を2か所で開いた。", 5: "モデル単組を県支部と一緒に訪問した。",
            6: "冊子の要点を役員会で読み合わせた。"}


def r1_gifu(folder: Path) -> Path:
    wb, s = _book("報告書")
    # ---- left half: A..F
    s.put("A1", "県本部共済推進取り組み報告書（2024年度）", merge="F1")
    s.put("A2", "県名")
    s.put("B2", "岐阜県")
    s.put("D2", "作成日")
    s.put("E2", "2025/02/12")  # typed as text
    s.put("A3", "作成者")
    s.put("B3", "見本 花子")
    s.put("D3", "確認者")
    s.put("E3", "見本 次郎")
    s.put("A5", "1." + TITLES[0])
    s.put("A6", "「目標達成にむけた進捗と課題」")
    s.put("D6", "左記、2024年6月報告以降の取り組みと課題")
    s.put("A7", "新規加入は前年同期を少し上回っている。")  # one sentence per row
    s.put("A8", "保有件数の目標にはまだ届いていない。")
    s.put("D7", "10月に単組代表者会議で進捗を共有した。")
    s.put("D8", "未達の単組には個別に電話した。")
    s.put("D9", "1月からスポット募集を始めた。")
    s.put("A11", "「今後、重点的に取り組む課題」")
    s.put("A12", "青年部と合同で新採向けの学習会を開く。")
    s.put("A13", "退職予定者への案内を早める。")
    row = 15
    for n in (2, 3):
        s.put(f"A{row}", f"{n}.{TITLES[n - 1]}")
        s.put(f"A{row + 1}", ASK)
        s.put(f"E{row + 1}", "具体的な取り組み")
        for i, lbl in enumerate(SECTIONS[n]):
            s.put(f"A{row + 2 + i}", R1_MARKS[n][i])
            s.put(f"B{row + 2 + i}", lbl, merge=f"D{row + 2 + i}")
        s.put(f"E{row + 2}", R1_TEXTS[n], merge=f"F{row + 1 + len(SECTIONS[n])}")
        row += len(SECTIONS[n]) + 3
    # left: s2 15..18 (items 17,18), s3 20..28 (items 22..28)
    # ---- right half: H..M, from row 5 (level with section 1)
    s.put("H2", "※本報告は県支部長と確認済みです")
    row = 5
    for n in (4, 5, 6):
        s.put(f"H{row}", f"{n}.{TITLES[n - 1]}", merge=f"M{row}")
        s.put(f"H{row + 1}", ASK)
        s.put(f"L{row + 1}", "具体的な取り組み")
        for i, lbl in enumerate(SECTIONS[n]):
            s.put(f"H{row + 2 + i}", R1_MARKS[n][i])
            s.put(f"I{row + 2 + i}", lbl, merge=f"K{row + 2 + i}")
        s.put(f"L{row + 2}", R1_TEXTS[n], merge=f"M{row + 1 + len(SECTIONS[n])}")
        row += len(SECTIONS[n]) + 3
    # right: s4 5..9 (items 7..9), s5 11..14 (items 13,14), s6 16..21 (items 18..21)
    for col, w in zip("ABCDEFGHIJKLM", [4, 22, 22, 22, 22, 22, 2, 4, 22, 22, 22, 22, 22]):
        s.ws.column_dimensions[col].width = w
    out = folder / "岐阜県本部_共済推進報告（左右2段）.xlsx"
    wb.save(out)
    return out


# R2 三重: TRUE/FALSE right of the items (column C, this year); hidden column A = last year.
R2_NOW = {2: [True, False], 3: [False, True, True, False, False, True, False], 4: [True, False, False],
          5: [True, True], 6: [False, True, False, True]}
R2_OLD = {n: [not v for v in marks] for n, marks in R2_NOW.items()}  # last year: every item the other way
R2_TEXTS = {2: "交付金の使い道を年度末に報告してもらう。", 3: "新採向けの案内文を県本部で作った。", 4: None,
            5: "モデル単組の執行委員会に毎月出ている。", 6: "マニュアルを新任役員研修で使った。"}


def r2_mie(folder: Path) -> Path:
    wb, s = _book("三重")
    s.put("A1", "（前年度）")  # the hidden column's heading
    s.put("B1", "県本部共済推進取り組み報告書", merge="D1")
    s.put("B3", "三重県")
    s.put("C3", "（県名）")
    s.put("B4", dt.datetime(2025, 2, 6), fmt="yyyy/m/d")
    s.put("C4", "（作成日）")
    s.put("B5", "見本 三郎")
    s.put("C5", "（作成者）")
    s.put("B6", "見本 四郎")
    s.put("C6", "（確認者）")
    s.put("E3", "※数字は1月末現在")
    s.put("B8", "1." + TITLES[0])
    s.put("A9", "加入は計画どおり進んだ。")  # last year's text, in the hidden column
    s.put("B9", "加入件数は目標の6割まで来ている。")
    s.put("C9", "←目標達成にむけた進捗と課題（6月報告の内容）")
    s.put("B10", "秋から単組訪問を月2回に増やした。")
    s.put("C10", "←6月報告以降の取り組みと課題")
    s.put("B11", "新採の同時加入を全単組で進める。")
    s.put("C11", "←今後、重点的に取り組む課題")
    row = 13
    for n in range(2, 7):
        s.put(f"B{row}", f"{n}.{TITLES[n - 1]}")
        s.put(f"A{row + 1}", "前年度")
        s.put(f"B{row + 1}", "実施している取り組み")
        s.put(f"C{row + 1}", "今年度")
        for i, lbl in enumerate(SECTIONS[n]):
            r = row + 2 + i
            s.put(f"A{r}", R2_OLD[n][i])
            s.put(f"B{r}", lbl)
            s.put(f"C{r}", R2_NOW[n][i])
        r = row + 2 + len(SECTIONS[n])
        if R2_TEXTS[n]:
            s.put(f"B{r}", R2_TEXTS[n])
        s.put(f"C{r}", "←具体的な取り組み")
        row = r + 2
    # s2 13..17 (items 15,16; text 17), s3 19..28 (items 21..27; text 28), s4 30..35 (items 32..34;
    # text 35 blank), s5 37..41 (items 39,40; text 41), s6 43..49 (items 45..48; text 49)
    s.ws.column_dimensions["A"].hidden = True
    s.ws.column_dimensions["B"].width = 70
    s.ws.column_dimensions["C"].width = 30
    out = folder / "報告書_三重県本部.xlsx"
    wb.save(out)
    return out


# R3 奈良: two sheets; 「実施：②③⑤⑥」 lists the done items of each section.
R3_DONE = {2: "①", 3: "②③⑤⑥", 4: "①③", 5: "①②", 6: "なし"}
R3_TEXTS = {2: "交付金の規程を単組に改めて配った。", 3: "新採説明会の日程を単組と調整した。",
            4: "再任用予定者の名簿を単組から集めた。", 5: "モデル単組の目標を毎月確認している。",
            6: "マニュアルは4月に配る予定。"}


def _r3_section(s: Sheet, row: int, n: int) -> int:
    s.put(f"A{row}", f"{n}．{TITLES[n - 1]}", merge=f"F{row}")
    for i, lbl in enumerate(SECTIONS[n]):
        s.put(f"A{row + 1 + i}", CIRCLED[i] + lbl, merge=f"F{row + 1 + i}")
    r = row + 1 + len(SECTIONS[n])
    s.put(f"A{r}", "実施：" + R3_DONE[n])
    s.put(f"A{r + 1}", "具体的な取り組み")
    s.put(f"A{r + 2}", R3_TEXTS[n], merge=f"F{r + 2}")
    return r + 4


def r3_nara(folder: Path) -> Path:
    wb, s = _book("報告書1")
    s.put("A1", "県本部共済推進取り組み報告書", merge="F1")
    for i, (lbl, v) in enumerate([("県名", "奈良"), ("作成日", "2025.2.14"), ("作成者", "見本 五郎"),
                                  ("確認者", "見本 六子")]):
        s.put(f"A{3 + i}", lbl)
        s.put(f"B{3 + i}", v)
    s.put("A8", "１．" + TITLES[0], merge="F8")
    s.put("A9", "「目標達成にむけた進捗と課題」")
    s.put("A10", "新規加入は前年の同じ時期より30件多い。", merge="F11")
    s.put("A12", "左記、2024年6月報告以降の取り組みと課題")
    s.put("A13", "11月に県支部と合同で全単組を訪問した。", merge="F14")
    s.put("A15", "「今後、重点的に取り組む課題」")
    s.put("A16", "未加入の若手への声かけを続ける。", merge="F17")
    row = 19
    for n in (2, 3):
        row = _r3_section(s, row, n)
    # s2 19..24 (items 20,21; 実施 22; text 24), s3 26..36 (items 27..33; 実施 34; text 36)
    s.put(f"A{row}", "（2枚目に続く）")
    s.ws.column_dimensions["A"].width = 20
    s2 = Sheet(wb.create_sheet("報告書2"))
    s2.put("A1", "県本部共済推進取り組み報告書（2枚目）", merge="F1")
    row = 3
    for n in (4, 5, 6):
        row = _r3_section(s2, row, n)
    # s4 3..10 (items 4..6; 実施 7; text 9), s5 12..18 (items 13,14; 実施 15; text 17),
    # s6 20..28 (items 21..24; 実施 25; text 27)
    s2.put(f"A{row}", "※問い合わせは県本部書記局までお願いします")  # A30
    s2.ws.column_dimensions["A"].width = 20
    out = folder / "奈良県本部 報告書（2枚）.xlsx"
    wb.save(out)
    return out


# R4 鳥取 (.xls): ■ done / □ not done in column A; section 4 has no mark at all.
R4_MARKS = {2: "■□", 3: "■■□□■□■", 4: "", 5: "□■", 6: "■■□□"}
R4_TEXTS = {2: " 交付金は年2回、単組へ支払った。 ", 3: "\n新採向けの説明資料を\n県支部と作った。",
            4: "今年度は、いずれも実施していない。\n来年度に説明会を計画中。", 5: None,
            6: "　冊子を全単組に配り、\n  役員会で説明した。　"}


def r4_tottori(folder: Path, work: Path) -> Path:
    wb, s = _book("報告書")
    s.put("A1", "県本部共済推進取り組み報告書", merge="F1")
    s.put("A2", "県名")
    s.put("B2", "  鳥取県  ")
    s.put("A3", "作成日")
    s.put("B3", "令和７年２月１７日")
    s.put("A4", "作成者")
    s.put("B4", " 見本 七海 ")
    s.put("A5", "確認者")
    s.put("B5", "見本 八郎\n（書記長）")
    s.put("A7", "1." + TITLES[0], merge="F7")
    # rows 8..10 hidden: last year's answers under the same labels
    s.put("A8", "「目標達成にむけた進捗と課題」")
    s.put("B8", "新採の加入が伸びなかった。", merge="F8")
    s.put("A9", "「今後、重点的に取り組む課題」")
    s.put("B9", "モデル単組を3つに増やす。", merge="F9")
    s.put("A10", "（以上、前年度の記入）")
    for r in (8, 9, 10):
        s.ws.row_dimensions[r].hidden = True
    s.put("A11", "「目標達成にむけた進捗と課題」")
    s.put("D11", "左記、2024年6月報告以降の取り組みと課題")
    s.put("A12", "  加入件数は目標の5割にとどまる。\n  単組ごとの差が大きい。  ", merge="C14")
    s.put("D12", " 12月に全単組へ文書で\n進捗を知らせた。 ", merge="F14")
    s.put("A15", "「今後、重点的に取り組む課題」")
    s.put("A16", "\n新採の同時加入を進める。\n", merge="F17")
    row = 19
    for n in range(2, 7):
        s.put(f"A{row}", f"{n}.{TITLES[n - 1]}", merge=f"F{row}")
        s.put(f"A{row + 1}", ASK)
        s.put(f"E{row + 1}", "具体的な取り組み")
        for i, lbl in enumerate(SECTIONS[n]):
            if R4_MARKS[n]:
                s.put(f"A{row + 2 + i}", R4_MARKS[n][i])
            s.put(f"B{row + 2 + i}", lbl, merge=f"D{row + 2 + i}")
        if R4_TEXTS[n] is not None:
            s.put(f"E{row + 2}", R4_TEXTS[n], merge=f"F{row + 1 + len(SECTIONS[n])}")
        row += len(SECTIONS[n]) + 3
    # s2 19..22 (items 21,22), s3 24..32 (items 26..32), s4 34..38 (items 36..38, no marks),
    # s5 40..43 (items 42,43; no text), s6 45..50 (items 47..50)
    s.put("A52", "※作成日の時点で集計中の単組があります")
    s.ws.column_dimensions["A"].width = 6
    s.ws.column_dimensions["B"].width = 30
    s.ws.column_dimensions["E"].width = 30
    src = work / "r4"
    src.mkdir(parents=True, exist_ok=True)
    wb.save(src / "鳥取県本部報告書.xlsx")
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/ for lo.py
    import lo

    return lo.convert(src / "鳥取県本部報告書.xlsx", folder, "xls:MS Excel 97")


# ================================================================ surveys ==================

S1_TEXTS = ["入庁式の翌日に説明会を開いている。", "若手組合員が案内役を務めている。", "競合の勧誘が入庁前から始まる。",
            "年1回、未加入者に手紙を送っている。", "なし", "活動報告を掲示板に貼り出している。",
            "出先職場に情報が届きにくい。", "賃金交渉を年3回行っている。", "共済の給付事例を紹介している。",
            "競合のある単組の説明会の進め方", "説明会用の資料を共通化してほしい。"]


def s1_shimane(folder: Path) -> Path:
    wb, s = _book("Sheet1")
    s.put("A1", "見本市職員労働組合　実態共有用アンケート", merge="F1")
    s.put("A3", "県本部")
    s.put("B3", "島根県本部")
    s.put("A4", "記入者お名前")
    s.put("B4", "見本 九美")
    s.put("A5", "上部団体")
    s.put("B5", "全労連・自治労連")
    s.put("H3", "※人数は11月1日現在の数字です")
    s.put("B7", "自治労")
    s.put("C7", "競合")
    s.put("D7", "時点")
    s.put("A8", "組織人員数（人）")
    s.put("B8", "１,２５０")
    s.put("C8", "3,400人")
    s.put("D8", "2024/11/01")  # text
    s.put("A9", "組織率（％）")
    s.put("B9", 0.452, fmt="0.0%")
    s.put("C9", "６１．３")
    s.put("A10", "未加入者数（人）")
    s.put("B10", "1,520")
    s.put("C10", "１，５００")
    s.put("A12", "正規職員数（人）")
    s.put("B12", "2,310")
    s.put("A13", "会計年度任用職員・パート等の非正規職員数（人）")
    s.put("B13", "４５０")
    s.put("A15", "2024年　新規採用者")
    for i, (lbl, v) in enumerate(zip(INTAKE, ["１２０", "３５", "７０", "15"])):
        s.put(f"A{16 + i}", lbl)
        s.put(f"B{16 + i}", v)
    for i, (lbl, ans) in enumerate(zip(TEXT_LABELS, S1_TEXTS)):
        r = 21 + i
        s.put(f"A{r}", f"Q{i + 1}．{lbl}")
        s.put(f"C{r}", ans, merge=f"F{r}")
    # texts at rows 21..31 (answers in C)
    s.ws.column_dimensions["A"].width = 34
    out = folder / "島根_アンケート.xlsx"
    wb.save(out)
    return out


def s2_kagawa(folder: Path) -> Path:
    wb, s = _book("アンケート")
    # ---- left half A..E
    s.put("A1", "実態共有用アンケート", merge="E1")
    for i, (lbl, v) in enumerate([("県本部", "香川"), ("単組", "見本町職員労働組合"), ("記入者お名前", "見本 十和"),
                                  ("上部団体", "旧全官公自治労連")]):
        s.put(f"A{3 + i}", lbl)
        s.put(f"B{3 + i}", v)
    s.put("B8", "自治労")
    s.put("C8", "競合")
    for i, (lbl, j, r) in enumerate([("組織人員数（人）", 88, 40), ("組織率（％）", 52.1, 23.7),
                                     ("未加入者数（人）", 41, 41)]):
        s.put(f"A{9 + i}", lbl)
        s.put(f"B{9 + i}", j)
        s.put(f"C{9 + i}", r)
    s.put("A12", "時点")
    s.put("B12", "R6.11")
    s.put("A14", "2024年　新規採用者")
    for i, (lbl, v) in enumerate(zip(INTAKE, [6, 4, 1, 1])):
        s.put(f"A{15 + i}", lbl)
        s.put(f"B{15 + i}", v)
    left = [(20, 0, ["入庁式の後に説明会を開いた。", "配属先の先輩が声をかけた。"]),
            (24, 1, ["説明は10分以内にまとめている。"]),
            (27, 2, ["競合と同じ日に説明会がある。", "どちらにも入らない人が増えた。", "説明の時間が足りない。"])]
    for r, k, lines in left:
        s.put(f"A{r}", TEXT_LABELS[k], merge=f"E{r}")
        for j, ln in enumerate(lines):
            s.put(f"A{r + 1 + j}", ln, merge=f"E{r + 1 + j}")
    # ---- right half G..K, from row 3 (level with the header)
    right = [(3, 3, ["年度初めに個別に声をかけている。"]),
             (6, 4, ["断られた人への再度の声かけが難しい。", "担当者が少ない。"]),
             (10, 5, ["月1回ニュースを出している。", "写真を多く載せている。"]),
             (14, 6, ["なし"]),
             (17, 7, ["労使関係は安定している。", "交渉は競合と別に行っている。"]),
             (21, 8, ["共済と全国の仲間の存在を伝えている。"]),
             (24, 9, ["小規模単組での説明会の工夫"]),
             (27, 10, ["説明会に講師を派遣してほしい。", "交流会を続けてほしい。"])]
    for r, k, lines in right:
        s.put(f"G{r}", TEXT_LABELS[k], merge=f"K{r}")
        for j, ln in enumerate(lines):
            s.put(f"G{r + 1 + j}", ln, merge=f"K{r + 1 + j}")
    s.put("G31", "※数字は書記局で確認済みです")
    s.ws.column_dimensions["A"].width = 20
    s.ws.column_dimensions["F"].width = 2
    out = folder / "香川県本部_見本町職労_アンケート.xlsx"
    wb.save(out)
    return out


S3_TEXTS = ["  入庁時に庁舎の会議室で説明会を開いた。  ", "\n手作りの案内を渡している。\n", "人数が少なく、\n説明会を開きにくい。",
            " 職場を回って声をかけている。", "特にない。　", "年2回、活動の報告会を開く。\n写真入りのニュースも配る。",
            "  ", "村当局とは年1回交渉している。 ", "なし", "他の小さな単組の様子を知りたい。",
            "　研修会の日程を早めに知らせてほしい。"]


def s3_oita(folder: Path) -> Path:
    wb, s = _book("1枚目")
    s.put("A1", "実態共有用アンケート（1/2）", merge="E1")
    for i, (lbl, v) in enumerate([("県本部", " 大分県 "), ("単組", "見本村職員組合\n"), ("記入者お名前", "　見本 一葉　"),
                                  ("上部団体", "なし")]):
        s.put(f"A{3 + i}", lbl)
        s.put(f"B{3 + i}", v)
    s.put("F3", "※前年度の数字は非表示にしています")
    s.put("B8", "自治労")
    s.put("C8", "競合")
    s.put("D8", "時点")
    # rows 9..11 hidden: last year's numbers under the same labels
    s.put("A9", "組織人員数（人）")
    s.put("B9", 30)
    s.put("D9", "2023年11月")
    s.put("A10", "組織率（％）")
    s.put("B10", 70.0)
    s.put("A11", "未加入者数（人）")
    s.put("B11", 15)
    # this year's
    s.put("A12", "組織人員数（人）")
    s.put("B12", " 32 ")
    s.put("D12", "2024年12月")
    s.put("A13", "組織率（％）")
    s.put("B13", "71.1")
    s.put("A14", "未加入者数（人）")
    s.put("B14", "13\n")
    s.put("A16", "2024年　新規採用者")
    # rows 17..20 hidden: last year's intake; 21..24 this year's
    for i, (lbl, old, new) in enumerate(zip(INTAKE, [2, 1, 1, 0], ["3", " 2", "0 ", "1"])):
        s.put(f"A{17 + i}", lbl)
        s.put(f"B{17 + i}", old)
        s.put(f"A{21 + i}", lbl)
        s.put(f"B{21 + i}", new)
    for r in (9, 10, 11, 17, 18, 19, 20):
        s.ws.row_dimensions[r].hidden = True
    s.ws.column_dimensions["A"].width = 20
    t = Sheet(wb.create_sheet("2枚目"))
    t.put("A1", "実態共有用アンケート（2/2）", merge="F1")
    for i, (lbl, ans) in enumerate(zip(TEXT_LABELS, S3_TEXTS)):
        r = 3 + 2 * i
        t.put(f"A{r}", lbl)
        t.put(f"B{r}", ans, merge=f"F{r + 1}")
    # texts at rows 3, 5, …, 23 (answers B..F merged over two rows)
    t.ws.column_dimensions["A"].width = 30
    out = folder / "大分_見本村職_実態共有アンケート.xlsx"
    wb.save(out)
    return out


S4_TEXTS = ["入庁前の研修で説明の時間をもらった。", "先輩職員の体験談を話してもらっている。",
            "競合の方が人数が多く、先に声をかけられる。", "昼休みに職場を回っている。", "断る理由を聞けていない。",
            "SNSで行事の写真を出している。", "なし", "年2回の団体交渉を行っている。", "共済の手厚さを説明している。",
            None, "若手向けの交流会を開いてほしい。"]


def s4_okinawa(folder: Path) -> Path:
    wb, s = _book("回答")
    s.put("A1", "実態共有用アンケート", merge="E1")
    for i, (lbl, v) in enumerate([("県本部", "沖縄県本部"), ("単組", "見本市職員労働組合"), ("記入者お名前", "見本 三奈"),
                                  ("上部団体", "全労連・自治労連")]):
        s.put(f"B{3 + i}", v)
        s.put(f"C{3 + i}", f"（{lbl}）")
    s.put("F3", "※競合の人数は概数です")
    s.put("B8", "自治労")
    s.put("C8", "競合")
    s.put("D8", "項目")
    s.put("B9", 640)
    s.put("C9", "約900")
    s.put("D9", "組織人員数（人）")
    s.put("B10", 0.38, fmt="0%")
    s.put("C10", 0.532, fmt="0.0%")
    s.put("D10", "組織率（％）")
    s.put("B11", "不明")
    s.put("C11", "不明")
    s.put("D11", "未加入者数（人）")
    s.put("B12", "令和6年10月")
    s.put("D12", "時点")
    s.put("B14", "2024年　新規採用者")
    for i, (lbl, v) in enumerate(zip(INTAKE, [45, 12, 30, None])):
        if v is not None:
            s.put(f"B{15 + i}", v)
        s.put(f"C{15 + i}", lbl)
    s.put("D18", "（把握していないため空欄）")
    for i, (lbl, ans) in enumerate(zip(TEXT_LABELS, S4_TEXTS)):
        r = 20 + i
        if ans is not None:
            s.put(f"A{r}", ans, merge=f"C{r}")
        s.put(f"D{r}", "←" + lbl)
    # texts at rows 20..30 (answers A..C, labels D); questions (row 29) blank
    s.ws.column_dimensions["A"].width = 20
    s.ws.column_dimensions["D"].width = 40
    out = folder / "アンケート_沖縄_見本市職労.xlsx"
    wb.save(out)
    return out


REPORTS = [r1_gifu, r2_mie, r3_nara]
SURVEYS = [s1_shimane, s2_kagawa, s3_oita, s4_okinawa]


def build(root: Path) -> dict[str, Path]:
    """Write the report files to root/report and the surveys to root/survey."""
    return build_set(root, REPORTS, SURVEYS, [("report", r4_tottori)])


if __name__ == "__main__":
    print(build(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/legacy3")))
