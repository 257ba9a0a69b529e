"""Fifth, independent set of legacy-style fixtures (tests/legacy5).

Eight workbooks typed "by hand" by yet other office workers, in layouts that differ
from tests/legacy/build_*.py, tests/legacy2/build.py, tests/legacy3/build.py and
tests/legacy4/build.py:

  R1 滋賀  the whole form as a VERTICAL list: every label in column A on its own row and its
           answer on the row BELOW, indented one column (B); 作成日 the text 「2025-02-10」;
           the marks typed as words at the END of each item's own cell (「…（実施）」 done,
           「…：未実施」 not done), one item left bare (no word); s5 text 「-特になし-」 typed with
           Excel's apostrophe (quotePrefix); a note at the bottom
  R2 岡山  a two-column 「項目｜回答」 table with a header row: every field, item and text is one
           row, its answer in column B; a legend row 「◎：実施　△：一部実施　－：未実施」, the
           marks ◎ / △ / － in the 回答 column, one item blank; 作成日 「R7/2/12」; the
           s1 「進捗と課題」 answer over 300 characters; a note under the table
  R3 山口  the header as ONE long merged cell across the top (「県本部：山口　　作成日：令和７年２月
           １２日　　作成者：…　　確認者：…」, full-width digits); section 1's three boxes typed
           together in ONE merged cell under 【…】 sub-headings; a 「済・未」 column right of the
           items where the clerk deleted the word that does not apply (「済」 or 「未」 left), one
           row left untouched 「済・未」; a text 「＝特記事項なし＝」; a note at the bottom
  R4 福岡  .xls (openpyxl → LibreOffice); a 表紙 sheet holding the header (自治労福岡県本部,
           作成日 the serial number 45700 in a General cell, 作成者, 確認者), then ONE SHEET PER
           SECTION (sheets 「1」…「6」); the marks ● (実施) / ○ (未実施) left of the items with
           the legend 「記号：●実施　○未実施」 on every sheet (○ means NOT done here), one item
           blank; s4 text blank; a note on sheet 「6」
  S1 北海道 a 表紙 sheet first (title, the union's name, 「令和6年12月5日提出」 only), then the form;
           numbers with units inside the cells (「1,020人」 「56.7％」 「740人」), the competitor's
           members a range 「約30〜40人」; 時点 「R6/12/1」; intake 「31人」…; the eleven texts as a
           TWO-UP GRID read row by row (labels at A and E, answers merged A:C / E:G over the three
           rows below; label 11 alone); a note beside the numbers
  S2 京都  a WIDE one-row layout (a collection template): field names across row 3 (B…AD), row 4
           a filled 記入例 row (○○ and example numbers, none equal to an answer), row 5 the
           answers, column A saying 「記入例」 / 「回答」; rates 0.523 / 0.075 in 0.0% cells;
           時点 the text 「2024-11」; 正規 / 非正規 given; intake numbers as TEXT in @ cells
           (「14」 「9」 「6」 「-1」: a negative 未加入者数 typed by someone who subtracted);
           one text over 300 characters with line breaks; one text 「-」; a note in 備考 (AD5)
  S3 長崎  a VERTICAL list: each label in column A, the answer in column B on the row below;
           each pair split into two labels (「組織人員数（人）　自治労」 / 「…　競合」); printed
           hints 「（例：1,000人）」 beside some labels; 上部団体 「なし」 and every competitor answer
           「該当なし」; a rate 「120％」 (obviously wrong, transcribed); 時点 「令和6年11月末」;
           intake 「12名」…; one text starting with 「+」 (quotePrefix); one text blank; a note
  S4 宮崎  the header as ONE long merged cell (「県本部：宮崎　　単組：…　　記入者：…　　上部
           団体：全労連・医労連」); the pairs table with its columns SWAPPED (項目｜競合｜自治労｜時点);
           時点 the serial number 45597 in a General cell; intake in a small 2024年｜人数 table;
           texts as 「Ｑ．label」 rows with the answer on the next row starting 「Ａ．」; a note

Every name, union and sentence is invented. The expected readings are typed by
hand in expected.py; nothing here imports the reader.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from legacy_kit import S2, S3, S4, S5, S6, TITLES, Sheet  # noqa: E402
from legacy_kit import INTAKE, RATE_NOTE, S1_BOX, TEXT_LABELS  # noqa: E402
from legacy_kit import book as _book  # noqa: E402
from legacy_kit import build_set  # noqa: E402

SECTIONS = {2: S2, 3: S3, 4: S4, 5: S5, 6: S6}


def _text(s: Sheet, ref: str, value: str, merge: str | None = None) -> None:
    """A text typed with Excel's leading apostrophe (it starts with - + ＝ …)."""
    s.put(ref, value, merge=merge)
    s.ws[ref].quotePrefix = True


# ================================================================ reports ==================

# R1 滋賀: vertical list; 「（実施）」 / 「：未実施」 typed after the item; s3 item 4 bare.
R1_MARKS = {2: [1, 0], 3: [0, 1, 1, None, 1, 0, 1], 4: [1, 0, 0], 5: [1, 1], 6: [0, 1, 0, 0]}
R1_S1 = ["新規加入は1月末で目標の48％。\n保有件数は前年並み。", "10月から単組ごとの進捗表を毎月送っている。",
         "新採の同時加入と、役職定年者への継続案内。"]
R1_TEXTS = {2: "交付金は年度末にまとめて支払う予定。", 3: "県支部と合同で8単組を訪問した。\n学習会は3月に延期した。",
            4: "対象者の名簿づくりを単組に依頼した。", 5: "-特になし-", 6: "冊子は全単組に配布済み。"}


def r1_shiga(folder: Path) -> Path:
    wb, s = _book("報告書")
    s.put("A1", "県本部共済推進取り組み報告書")
    for i, (lbl, v) in enumerate([("県名", "滋賀県"), ("作成日", "2025-02-10"), ("作成者", "見本 健一"),
                                  ("確認者", "見本 由美")]):
        s.put(f"A{3 + 2 * i}", lbl)
        s.put(f"B{4 + 2 * i}", v)
    # header: labels A3, A5, A7, A9; answers B4, B6, B8, B10
    s.put("A12", "1．" + TITLES[0])
    for i, (lbl, v) in enumerate(zip(S1_BOX, R1_S1)):
        s.put(f"A{13 + 2 * i}", lbl)
        s.put(f"B{14 + 2 * i}", v)
    # s1: labels A13, A15, A17; answers B14, B16, B18
    row = 20
    for n in range(2, 7):
        s.put(f"A{row}", f"{n}．{TITLES[n - 1]}")
        s.put(f"A{row + 1}", "実施している取り組み（項目のあとに「実施」「未実施」を記入）")
        for i, lbl in enumerate(SECTIONS[n]):
            mark = R1_MARKS[n][i]
            s.put(f"B{row + 2 + i}", lbl + {1: "（実施）", 0: "：未実施", None: ""}[mark])
        r = row + 2 + len(SECTIONS[n])
        s.put(f"A{r}", "具体的な取り組み")
        if n == 5:
            _text(s, f"B{r + 1}", R1_TEXTS[n])
        else:
            s.put(f"B{r + 1}", R1_TEXTS[n])
        row = r + 3
    # s2 20 (items B22,B23; label A24; text B25), s3 27 (items B29..B35, B32 bare; label A36; text B37),
    # s4 39 (items B41..B43; label A44; text B45), s5 47 (items B49,B50; label A51; text B52 「-特になし-」),
    # s6 54 (items B56..B59; label A60; text B61)
    s.put(f"A{row}", "※作成日は県本部の決裁日です")  # A63
    s.ws.column_dimensions["A"].width = 4
    s.ws.column_dimensions["B"].width = 80
    out = folder / "滋賀県本部　取り組み報告書.xlsx"
    wb.save(out)
    return out


# R2 岡山: 項目｜回答 table; ◎ / △ / － marks; s3 item 7 blank.
R2_MARKS = {2: ["◎", "－"], 3: ["◎", "◎", "△", "－", "◎", "－", None], 4: ["－", "－", "◎"], 5: ["◎", "△"],
            6: ["◎", "◎", "－", "－"]}
R2_S1 = [("団体生命共済の新規加入は1月末で目標の46％にとどまり、前年同期と比べても20件少ない。"
          "保有件数は前年5月と比べて0.8％減った。減少の主な理由は、退職者の継続加入が進まなかったことと、"
          "新採の同時加入が一部の単組に限られていることである。県北部の単組では役員の交代が続き、"
          "共済の説明ができる役員が少なくなっている。県南部では県支部と合同の学習会を2回開き、"
          "参加した単組では加入が増えた。今後は、学習会を県北部でも開くこと、退職予定者の名簿を12月までに"
          "単組と確認すること、新採の説明会に県本部の役員が同席することを進める。あわせて、単組ごとの目標と"
          "実績を毎月の委員会で確認し、未達の単組には早めに声をかける。"),
         "11月の県支部合同会議で単組別の実績を示した。", "・新採の同時加入\n・再任用者への継続加入の案内"]
R2_TEXTS = {2: "規程どおり件数に応じて支払った。", 3: "新採説明会の資料を単組と一緒に作った。",
            4: "3月の説明会で案内する予定。", 5: "モデル単組2つのうち1つは訪問できた。",
            6: "マニュアルは委員会で確認し、全単組に送った。"}
assert len(R2_S1[0]) > 300


def r2_okayama(folder: Path) -> Path:
    wb, s = _book("報告書")
    s.put("A1", "令和6年度　県本部共済推進取り組み報告書", merge="B1")
    s.put("A2", "回答欄の記号　◎：実施　△：一部実施　－：未実施", merge="B2")
    s.put("A3", "項目")
    s.put("B3", "回答")
    for i, (lbl, v) in enumerate([("県名", "岡山"), ("作成日", "R7/2/12"), ("作成者", "見本 達也"),
                                  ("確認者", "見本 恵")]):
        s.put(f"A{4 + i}", lbl)
        s.put(f"B{4 + i}", v)
    s.put("A8", "1．" + TITLES[0], merge="B8")
    for i, (lbl, v) in enumerate(zip(S1_BOX, R2_S1)):
        s.put(f"A{9 + i}", f"({i + 1}) {lbl}")
        s.put(f"B{9 + i}", v)
    row = 12
    for n in range(2, 7):
        s.put(f"A{row}", f"{n}．{TITLES[n - 1]}", merge=f"B{row}")
        for i, lbl in enumerate(SECTIONS[n]):
            s.put(f"A{row + 1 + i}", f"{n}-{i + 1}　{lbl}")
            if R2_MARKS[n][i] is not None:
                s.put(f"B{row + 1 + i}", R2_MARKS[n][i])
        r = row + 1 + len(SECTIONS[n])
        s.put(f"A{r}", f"{n}　具体的な取り組み")
        s.put(f"B{r}", R2_TEXTS[n])
        row = r + 1
    # header A4..A7 / B4..B7; s1 B9, B10, B11; s2 12 (items 13,14; text B15), s3 16 (items 17..23, B23 blank;
    # text B24), s4 25 (items 26..28; text B29), s5 30 (items 31,32; text B33), s6 34 (items 35..38; text B39)
    s.put(f"A{row + 1}", "※△は一部の県支部のみで実施したものです")  # A41
    s.ws.column_dimensions["A"].width = 50
    s.ws.column_dimensions["B"].width = 60
    out = folder / "報告書_岡山県本部_R7.2.12.xlsx"
    wb.save(out)
    return out


# R3 山口: one long merged header; s1 in one cell; 済・未 column with one word deleted; s3 item 6 untouched.
R3_MARKS = {2: ["済", "済"], 3: ["未", "済", "未", "済", "済", "済・未", "未"], 4: ["済", "済", "未"], 5: ["未", "未"],
            6: ["済", "未", "済", "済"]}
R3_S1 = ["新規加入は12月末で目標の61％。\n保有件数は微減。", "11月から県支部と単組オルグを再開した。",
         "退職予定者の継続加入と新採の同時加入。"]
R3_TEXTS = {2: "交付金の使途報告を単組から受けている。", 3: "新採対策会議を1月に開いた。\n同時加入のチラシを各単組に配った。",
            4: "＝特記事項なし＝", 5: "モデル単組の取り組みは県支部にまかせている。",
            6: "冊子を委員会で読み合わせ、単組には代表者会議で紹介した。\nオルグの際にも持参している。"}


def r3_yamaguchi(folder: Path) -> Path:
    wb, s = _book("Sheet1")
    s.put("A1", "県本部共済推進取り組み報告書", merge="F1")
    s.put("A2", "県本部：山口　　作成日：令和７年２月１２日　　作成者：見本 一郎　　確認者：見本 里美", merge="F2")
    s.put("A4", "1．" + TITLES[0], merge="F4")
    s.put("A5", "\n".join(f"【{lbl}】\n{txt}" for lbl, txt in zip(S1_BOX, R3_S1)), merge="F9")
    row = 11
    for n in range(2, 7):
        s.put(f"A{row}", f"{n}．{TITLES[n - 1]}", merge=f"E{row}")
        s.put(f"F{row}", "済・未\n（不要な方を消す）")
        for i, lbl in enumerate(SECTIONS[n]):
            s.put(f"A{row + 1 + i}", lbl, merge=f"E{row + 1 + i}")
            s.put(f"F{row + 1 + i}", R3_MARKS[n][i])
        r = row + 1 + len(SECTIONS[n])
        s.put(f"A{r}", "具体的な取り組み")
        s.put(f"A{r + 1}", R3_TEXTS[n], merge=f"F{r + 2}")
        row = r + 4
    # s2 11 (items 12,13 → F12,F13; label 14; text A15:F16), s3 18 (items 19..25, F24 「済・未」; text A27:F28),
    # s4 30 (items 31..33; text A35:F36), s5 38 (items 39,40; text A42:F43), s6 45 (items 46..49; text A51:F52)
    s.put(f"A{row}", "※済・未のどちらも消していない項目は検討中です")  # A54
    s.ws.column_dimensions["A"].width = 20
    s.ws.column_dimensions["F"].width = 14
    out = folder / "山口県本部報告書.xlsx"
    wb.save(out)
    return out


# R4 福岡 (.xls): 表紙 with the header, one sheet per section; ● 実施 / ○ 未実施; s4 item 3 blank.
R4_MARKS = {2: ["●", "●"], 3: ["●", "○", "●", "○", "○", "●", "●"], 4: ["○", "●", None], 5: ["●", "○"],
            6: ["○", "○", "●", "●"]}
R4_S1 = ["新規加入は目標の52％。\n北部地区の伸びが大きい。", "12月に県支部と合同で未達単組を訪問した。",
         "・新採の同時加入\n・役職定年者への案内"]
R4_TEXTS = {2: "交付金は規程どおり支払い、使途は年度末に報告を受ける。", 3: "新採向けの動画を作り、単組に配った。",
            4: None, 5: "モデル単組の推進委員会に毎月出ている。", 6: "冊子を代表者会議で紹介した。"}


def r4_fukuoka(folder: Path, work: Path) -> Path:
    wb, c = _book("表紙")
    c.put("B2", "令和6年度")
    c.put("B3", "県本部共済推進取り組み報告書")
    c.put("B6", "自治労福岡県本部")
    c.put("B8", "作成日")
    c.put("C8", 45700)  # General: Excel's serial number of 2025-02-12
    c.put("B9", "作成者")
    c.put("C9", "見本 大輔")
    c.put("B10", "確認者")
    c.put("C10", "見本 真理")
    c.ws.column_dimensions["B"].width = 30
    c.ws.column_dimensions["C"].width = 16
    s = Sheet(wb.create_sheet("1"))
    s.put("A1", "1．" + TITLES[0], merge="F1")
    for i, (lbl, txt) in enumerate(zip(S1_BOX, R4_S1)):
        s.put(f"A{2 + 4 * i}", lbl)
        s.put(f"A{3 + 4 * i}", txt, merge=f"F{5 + 4 * i}")
    # labels A2, A6, A10; texts A3:F5, A7:F9, A11:F13
    for n in range(2, 7):
        s = Sheet(wb.create_sheet(str(n)))
        s.put("A1", f"{n}．{TITLES[n - 1]}", merge="F1")
        s.put("A2", "記号：●実施　○未実施", merge="F2")
        for i, lbl in enumerate(SECTIONS[n]):
            if R4_MARKS[n][i] is not None:
                s.put(f"A{3 + i}", R4_MARKS[n][i])
            s.put(f"B{3 + i}", lbl, merge=f"F{3 + i}")
        r = 3 + len(SECTIONS[n])
        s.put(f"A{r}", "具体的な取り組み")
        if R4_TEXTS[n]:
            s.put(f"A{r + 1}", R4_TEXTS[n], merge=f"F{r + 3}")
        else:
            s.ws.merge_cells(f"A{r + 1}:F{r + 3}")
        if n == 6:
            s.put(f"A{r + 5}", "※次回は3月の代表者会議で報告します")  # sheet 6: A12
        s.ws.column_dimensions["A"].width = 6
        s.ws.column_dimensions["B"].width = 40
    # sheets 2..6: marks A3.., labels B3..; 具体的な取り組み label after the items, text merged below
    # (2: items 3,4, text A6:F8; 3: items 3..9, text A11:F13; 4: items 3..5, A5 blank, text A7:F9 blank;
    #  5: items 3,4, text A6:F8; 6: items 3..6, text A8:F10, note A12)
    src = work / "r4"
    src.mkdir(parents=True, exist_ok=True)
    wb.save(src / "福岡県本部_報告書（表紙付）.xlsx")
    import lo  # tests/lo.py

    return lo.convert(src / "福岡県本部_報告書（表紙付）.xlsx", folder, "xls:MS Excel 97")


# ================================================================ surveys ==================

S1_TEXTS = ["入庁日の午後に説明会を開き、その場で加入用紙を集めている。", "説明は2年目の組合員が担当する。",
            "競合も同じ日に説明会を開く。", "年度初めに未加入者の名簿を確認し、個別に声をかける。", "なし",
            "・機関紙を月2回発行\n・SNSで行事を紹介", "支所が遠く、会議に来られない組合員が多い。",
            "町当局とは年3回交渉している。\n関係は良好。", "共済の手厚さと全国の仲間の存在を伝えている。",
            "競合と同じ職場での説明会の進め方", "冬の移動が大変なので、オンラインの会議を増やしてほしい。"]


def s1_hokkaido(folder: Path) -> Path:
    wb, c = _book("表紙")
    c.put("B3", "実態共有用アンケート")
    c.put("B6", "見本町職員労働組合")
    c.put("B8", "令和6年12月5日提出")
    c.ws.column_dimensions["B"].width = 30
    s = Sheet(wb.create_sheet("アンケート"))
    s.put("A1", "実態共有用アンケート", merge="G1")
    for i, (lbl, v) in enumerate([("県本部", "北海道"), ("単組", "見本町職員労働組合"), ("記入者お名前", "見本 和也"),
                                  ("上部団体", "全労連・自治労連")]):
        s.put(f"A{3 + i}", lbl)
        s.put(f"B{3 + i}", v, merge=f"C{3 + i}")
    s.put("B8", "自治労")
    s.put("C8", "競合")
    s.put("D8", "時点")
    s.put("A9", "組織人員数（人）")
    s.put("B9", "1,020人")
    s.put("C9", "約30〜40人")
    s.put("D9", "R6/12/1")
    s.put("F9", "※競合の人数は職員課からの聞き取りです")
    s.put("A10", "組織率（％）")
    s.put("B10", "56.7％")
    s.put("C10", "1.9％")
    s.put("A11", "未加入者数（人）")
    s.put("B11", "740人")
    s.put("C11", "740人")
    s.put("A13", "2024年")
    for i, (lbl, v) in enumerate(zip(INTAKE, ["31人", "22人", "1人", "8人"])):
        s.put(f"A{14 + i}", lbl)
        s.put(f"B{14 + i}", v)
    for i, (lbl, ans) in enumerate(zip(TEXT_LABELS, S1_TEXTS)):
        r = 19 + 4 * (i // 2)
        c0, c1 = ("A", "C") if i % 2 == 0 else ("E", "G")
        s.put(f"{c0}{r}", lbl, merge=f"{c1}{r}")
        s.put(f"{c0}{r + 1}", ans, merge=f"{c1}{r + 3}")
    # texts: rows 19, 23, 27, 31, 35 (odd-numbered questions at A, even at E), 39 (question 11 at A only);
    # answers merged over the three rows below (A20:C22, E20:G22, …, A40:C42)
    s.put("A44", RATE_NOTE, merge="G44")  # printed on the form
    s.ws.column_dimensions["A"].width = 18
    s.ws.column_dimensions["E"].width = 18
    out = folder / "アンケート_北海道_見本町職員労働組合.xlsx"
    wb.save(out)
    return out


S2_LONG = ("市当局とは春と秋の年2回、団体交渉を行っている。\n春は人員確保と職場環境、秋は賃金と一時金が中心である。\n"
           "交渉の前には全職場で要求アンケートをとり、結果を組合ニュースで知らせている。\n"
           "近年は会計年度任用職員の処遇改善を重点にしており、昨年度は勤勉手当の支給を実現した。\n"
           "一方で、競合組合とは要求の内容が重なる部分が多く、当局からは別々に回答が示されるため、"
           "組合員には違いが伝わりにくい。\n事務折衝は月1回程度で、労使関係はおおむね安定しているが、"
           "人事評価の結果の扱いについては意見の違いが残っている。\n来年度は保育職場の人員について職場ごとの交渉を増やしたい。"
           "あわせて、時間外勤務の縮減と休暇の取りやすさについても、職場の実態をもとに要求していく。")
assert len(S2_LONG) > 300
S2_TEXTS = ["4月1日の辞令交付式のあとに10分間の説明をしている。", "説明資料を新採の年齢に近い役員が作っている。",
            "競合の勧誘が内定者の段階から始まっている。", "未加入者には年2回、共済の案内とあわせて加入を呼びかける。",
            "声をかけても理由を言わずに断られる。", "組合ニュースを庁内の掲示板とメールで配っている。", "なし", S2_LONG,
            "自治労共済の給付の早さを伝えている。", "-", "府本部の学習会の日程を早めに知らせてほしい。"]
S2_FIELDS = (["県本部", "単組", "記入者お名前", "上部団体", "組織人員数（自治労）（人）", "組織人員数（競合）（人）",
              "組織率（自治労）（％）", "組織率（競合）（％）", "未加入者数（自治労）（人）", "未加入者数（競合）（人）", "時点",
              "正規職員数（人）", "非正規職員数（人）"] + [f"2024年 {x}" for x in INTAKE] + TEXT_LABELS + ["備考"])
S2_EXAMPLE = (["○○", "○○市職員労働組合", "○○ ○○", "全労連・自治労連", 500, 100, 0.4, 0.08, 650, 650, "2024-10",
               1200, 50, "20", "15", "3", "2", "（例）入庁式の日に説明会を開いた。", "（例）先輩の体験談を話してもらう。"]
              + [None] * 9 + [None])
S2_ANSWER = (["京都", "見本市職員組合", "見本 直子", "旧全官公自治労連", 612, 88, 0.523, 0.075, 470, 470, "2024-11",
              1090, 80, "14", "9", "6", "-1"] + S2_TEXTS + ["※非正規職員数は会計年度任用職員のみ"])
assert len(S2_FIELDS) == len(S2_EXAMPLE) == len(S2_ANSWER) == 29


def s2_kyoto(folder: Path) -> Path:
    from openpyxl.utils import get_column_letter

    wb, s = _book("回答")
    s.put("A1", "実態共有用アンケート（集計用様式）")
    s.put("A2", "※5行目（回答）に入力してください。4行目は記入例です。")
    s.put("A3", "区分")
    s.put("A4", "記入例")
    s.put("A5", "回答")
    for k, (field, ex, ans) in enumerate(zip(S2_FIELDS, S2_EXAMPLE, S2_ANSWER)):
        col = get_column_letter(2 + k)  # B … AD
        s.put(f"{col}3", field)
        for r, v in ((4, ex), (5, ans)):
            if v is None:
                continue
            if field.startswith("組織率"):
                s.put(f"{col}{r}", v, fmt="0.0%")
            elif field.startswith("2024年"):
                s.put(f"{col}{r}", v, fmt="@")  # numbers typed into text cells
            elif v == "-":
                _text(s, f"{col}{r}", v)
            else:
                s.put(f"{col}{r}", v)
        s.ws.column_dimensions[col].width = 30 if k >= 17 else 14
    # B 県本部, C 単組, D 記入者, E 上部団体, F/G 組織人員数, H/I 組織率, J/K 未加入者数, L 時点, M 正規, N 非正規,
    # O..R intake, S..AC the eleven texts (Z long, AB 「-」), AD 備考
    out = folder / "京都_見本市職員組合_実態アンケート.xlsx"
    wb.save(out)
    return out


S3_TEXTS = ["入庁前の研修日に説明会の時間をもらっている。", "+1の声かけ運動（組合員1人が新採1人に声をかける）",
            "説明会の時間が年々短くなっている。", "未加入者は1人なので、係長から声をかけてもらっている。", "特になし",
            "行事のたびに写真入りのニュースを出している。", None, "市当局とは年2回交渉。\n人員要求を重点にしている。",
            "競合なし", "単組の役員の引き継ぎをどうしているか。", "離島の単組にも来てほしい。"]


def s3_nagasaki(folder: Path) -> Path:
    wb, s = _book("アンケート")
    s.put("A1", "実態共有用アンケート", merge="F1")
    items = [("県本部", "長崎県本部", None), ("単組", "見本島市職員労働組合", None), ("記入者お名前", "見本 誠", None),
             ("上部団体", "なし", "（全労連・自治労連／旧全官公自治労連／全労連・医労連／なし から選択）"),
             ("組織人員数（人）　自治労", "230人", "（例：1,000人）"), ("組織人員数（人）　競合", "該当なし", None),
             ("組織率（％）　自治労", "120％", "（例：45.5％）"), ("組織率（％）　競合", "該当なし", None),
             ("未加入者数（人）　自治労", "40人", None), ("未加入者数（人）　競合", "該当なし", None),
             ("時点", "令和6年11月末", "（例：令和5年10月1日）")]
    for i, (lbl, v, hint) in enumerate(items):
        s.put(f"A{3 + 2 * i}", lbl)
        s.put(f"B{4 + 2 * i}", v)
        if hint:
            s.put(f"D{3 + 2 * i}", hint)
    # labels A3, A5, …, A23; answers B4, B6, …, B24; hints D9, D11, D15, D23
    s.put("A26", "2024年　新規採用者")
    for i, (lbl, v) in enumerate(zip(INTAKE, ["12名", "11名", "0名", "1名"])):
        s.put(f"A{27 + 2 * i}", lbl)
        s.put(f"B{28 + 2 * i}", v)
    # intake labels A27, A29, A31, A33; answers B28, B30, B32, B34
    for i, (lbl, ans) in enumerate(zip(TEXT_LABELS, S3_TEXTS)):
        r = 36 + 2 * i
        s.put(f"A{r}", f"（{i + 1}）{lbl}")
        if ans is None:
            continue
        if ans.startswith("+"):
            _text(s, f"B{r + 1}", ans, merge=f"F{r + 1}")
        else:
            s.put(f"B{r + 1}", ans, merge=f"F{r + 1}")
    # texts: labels A36, A38, …, A56; answers B37:F37, …, B57:F57 (B49 blank)
    s.put("A59", "※組織率は人事課の資料によります")
    s.put("A60", RATE_NOTE)  # printed on the form
    s.ws.column_dimensions["A"].width = 4
    s.ws.column_dimensions["B"].width = 24
    out = folder / "長崎_見本島市職労_アンケート回答.xlsx"
    wb.save(out)
    return out


S4_TEXTS = ["村長あいさつのあとに組合の時間をもらっている。", "説明は書記長が一人で担当している。",
            "新採が毎年数人なので、経験が引き継がれない。", "未加入者1人には、共済の案内を手渡している。",
            "本人が組合費を気にしている。", "回覧板形式で組合ニュースを回している。", "特になし",
            "村当局とは年1回、秋に交渉している。\n職員が少なく、交渉の準備が大変。",
            "医労連の病院職場とは別に、役場の仕事に合った活動をしている。", "他の村職労の役員の決め方",
            "宮崎県本部の会議資料を早めに送ってほしい。"]


def s4_miyazaki(folder: Path) -> Path:
    wb, s = _book("回答用紙")
    s.put("A1", "実態共有用アンケート", merge="G1")
    s.put("A2", "県本部：宮崎　　単組：見本村職員労働組合　　記入者：見本 三郎　　上部団体：全労連・医労連", merge="G2")
    s.put("A4", "組織の状況")
    for col, h in zip("ABCD", ["項目", "競合", "自治労", "時点"]):
        s.put(f"{col}5", h)
    s.put("A6", "組織人員数（人）")
    s.put("B6", "15人")
    s.put("C6", "96人")
    s.put("D6", 45597)  # General: Excel's serial number of 2024-11-01
    s.put("A7", "組織率（％）")
    s.put("B7", "11.5％")
    s.put("C7", "73.8％")
    s.put("A8", "未加入者数（人）")
    s.put("B8", "19人")
    s.put("C8", "19人")
    s.put("A10", "2024年")
    s.put("B10", "人数")
    for i, (lbl, v) in enumerate(zip(INTAKE, ["5人", "4人", "0人", "1人"])):
        s.put(f"A{11 + i}", lbl)
        s.put(f"B{11 + i}", v)
    for i, (lbl, ans) in enumerate(zip(TEXT_LABELS, S4_TEXTS)):
        r = 16 + 2 * i
        s.put(f"A{r}", f"Ｑ．{lbl}", merge=f"G{r}")
        s.put(f"A{r + 1}", f"Ａ．{ans}", merge=f"G{r + 1}")
    # texts: Ｑ rows 16, 18, …, 36; Ａ rows 17, 19, …, 37 (merged A:G)
    s.put("A39", "※競合は村立病院の職員の組合です")
    s.put("A40", RATE_NOTE)  # printed on the form
    s.ws.column_dimensions["A"].width = 20
    out = folder / "宮崎県本部_見本村職労.xlsx"
    wb.save(out)
    return out


REPORTS = [r1_shiga, r2_okayama, r3_yamaguchi]
SURVEYS = [s1_hokkaido, s2_kyoto, s3_nagasaki, s4_miyazaki]


def build(root: Path) -> dict[str, Path]:
    """Write the report files to root/report and the surveys to root/survey."""
    return build_set(root, REPORTS, SURVEYS, [("report", r4_fukuoka)])


if __name__ == "__main__":
    print(build(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/legacy5")))
