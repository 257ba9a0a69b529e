"""Sixth, independent set of legacy-style fixtures (tests/legacy6).

Eight workbooks as a typical clerk produces them when retyping the printed form in Excel in their
own way: not puzzles, a realistic MIX of 3-5 ordinary habits per file (different combinations per
file), to measure how well the reader generalises beyond tests/legacy … tests/legacy5.

  R1 富山  bold merged section titles 「１．」…「６．」; header labels with trailing colons (「県名：」
           「作成日：」 …) and the answers in the merged area right of them (B:C / F:G), 作成日 a real
           date shown yyyy/m/d; section 1 as 「(1)」「(2)」「(3)」 labels with merged blocks below;
           items with the printed □ in a column of its own (B), the done ones overtyped ■, the section
           text merged to the RIGHT of the items (G:J); s5 text 「特になし」; a 「※…」 note beside the
           form (L22); a 2nd sheet 「前年度」 holding LAST YEAR's copy (令和5年度, 2024年… titles,
           other marks and texts)
  R2 兵庫  print title rows 1:2 (title + printed instruction); header answers TWO columns right of
           the labels (A → C); 作成日 the text 「令和7年2月5日」; sections numbered 「一、」…「六、」;
           s1 sub-labels 「（１）」… with 「・」 bullet lists in merged blocks below; a 「実施」 column (A)
           left of the ①②… numbered items holding 「レ」 for done, blank otherwise (no □ anywhere, every
           section has at least one レ), a data-validation list from a HIDDEN sheet 「list」; 「具体的な
           取り組み：」 with the answer merged right of it (B:H, two rows); a note beside s3 (J39)
  R3 神奈川 header at the top RIGHT (F2:G5) with labels padded by full-width spaces (「作成日　」),
           作成日 the text 「R7.2.14」, 県名 「神奈川」; section-1 labels merged over three rows with the
           answer merged right of them (C:H); □ printed INSIDE each item cell (「□　組合と…」), the
           done ones retyped 「■　…」, one item (s3 item 5) whose □ was deleted and never replaced;
           「具体的な取り組み」 label under the items with the answer merged below; the s3 text uses ■
           as BULLETS (「■１月２０日　…」, full-width digits); a note beside s2 (J20)
  R4 鹿児島 .xls (openpyxl → LibreOffice); 「県本部名」 「鹿児島県本部」; 作成日 a real date shown m/d
           (「2/5」); section 1's first two boxes SIDE BY SIDE (A:C / D:F) as printed, the third below;
           sections 2-6 as small tables 取り組み項目 | 実施状況 | 具体的な取り組み with 「(1)」… numbered
           items, a 実施状況 dropdown (HIDDEN sheet 「選択肢」) holding 「実施済」 / 「未実施」 / 「検討中」
           (s3 item 3 and s6 item 4 「検討中」), s3 item 7 left blank; the section text merged
           vertically beside the items (F); s2 text blank; s6 text 「特になし」; a note at the bottom
  S1 埼玉  labels with trailing colons (「県本部：」…) and answers merged right (B:D); 上部団体 with a
           data-validation list; numbers with units 「1,234名」 「約80名」, rates as text 「38.5％」
           「約6％」; 時点 a real date shown yyyy/m/d; intake plain numbers; texts 「(1)」…「(11)」 with
           the answer merged below the label; one text 「特になし」, one blank; a note beside the
           table (F9); a 2nd sheet 「R5」 holding LAST YEAR's answers in the same layout
  S2 千葉  .xls (openpyxl → LibreOffice); header labels padded with a full-width space and the
           answers TWO columns right (A → C); numbers as full-width text 「４５２」 「６０」 「５７６」;
           rates 0.415 / 0.055 in 0.0% cells; 時点 the text 「令和6年11月1日」; the clerk added the
           denominators 「（分母）正規職員数」 「1,020人」 / 「（分母）会計年度任用職員等」 「68人」;
           intake 「２０人」…; texts under bold merged label rows, answers merged over three rows with
           line breaks; one text 「なし」; a note beside the rates (F10)
  S3 愛知  header labels numbered 「１．県本部」 … 「４．上部団体」 with the answers merged right; 上部団体
           a dropdown fed from a HIDDEN sheet 「list」 (the four printed choices); section headings
           「５．組織の状況」 「６．…」 「７．自由記述」; members 2150 in a #,##0 cell, competitor
           「２００程度」, rates 「約45％」 / 「不明」; 時点 the text 「R6.11.1」 on its own row; intake
           「85人」…; texts as 「【label】」 rows with the answer merged below, 「・」 bullets; one text
           「特になし」; a note beside the header (F3)
  S4 山形  print title row 1; 「県本部名：」 「山形県本部」; 時点 the text 「R6.12.1」 in the 時点 column;
           rates as plain numbers 27.2 / 0.9 (percentage points); 未加入者数 「約1,000人」; intake in
           full-width digits as text (「１５」…「０」); texts as 「●label」 (merged A:B) with the
           answer TWO columns away merged C:H over two rows; the last text 「同上」; a note under the
           texts; a 2nd sheet 「記入上の注意」 (instructions only, after the form)

Every name, union and sentence is invented. The expected readings are typed by
hand in expected.py; nothing here imports the reader.
"""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from openpyxl.styles import Font
from openpyxl.worksheet.datavalidation import DataValidation

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from legacy_kit import S2, S3, S4, S5, S6, TITLES, Sheet  # noqa: E402
from legacy_kit import INTAKE, RATE_NOTE, TEXT_LABELS  # noqa: E402
from legacy_kit import book as _book  # noqa: E402
from legacy_kit import build_set  # noqa: E402

SECTIONS = {2: S2, 3: S3, 4: S4, 5: S5, 6: S6}
ZEN = "０１２３４５６７８９"
BOLD = Font(bold=True)


def _bold(s: Sheet, ref: str, value, merge: str | None = None) -> None:
    s.put(ref, value, merge=merge)
    s.ws[ref].font = BOLD


def _last_year(text: str) -> str:
    """A title or item as last year's form printed it (2025年… → 2024年…, 2024年6月 → 2023年6月)."""
    return text.replace("2024年6月", "2023年6月").replace("2025年", "2024年")


# ================================================================ reports ==================

# R1 富山: colons on header labels; □/■ column B; text right of the items; 前年度 sheet.
R1 = {
    "title": "令和6年度　県本部共済推進取り組み報告書", "pref": "富山", "date": dt.datetime(2025, 2, 7),
    "author": "見本 昭", "checker": "見本 和子",
    "marks": {2: [1, 0], 3: [1, 1, 0, 1, 1, 0, 0], 4: [0, 1, 1], 5: [1, 0], 6: [1, 1, 0, 0]},
    "s1": ["団体生命共済の新規加入は12月末で目標の55％。\n保有件数は5月と比べて横ばい。",
           "県支部と一緒に未達の単組を回り、退職予定者の名簿の確認をお願いした。",
           "新採の同時加入を全単組で進めること。"],
    "texts": {2: "交付金は件数に応じて年2回支払っている。", 3: "1月に新採対策会議を開き、同時加入の方針を確認した。",
              4: "再任用者向けのチラシを作り、説明会で配った。", 5: "特になし",
              6: "冊子を委員会で確認し、全単組に配った。"},
}
R1_OLD = {
    "title": "令和5年度　県本部共済推進取り組み報告書", "pref": "富山", "date": dt.datetime(2024, 2, 9),
    "author": "見本 昭", "checker": "見本 和子",
    "marks": {2: [0, 1], 3: [0, 0, 1, 0, 0, 1, 1], 4: [1, 0, 0], 5: [0, 1], 6: [0, 0, 1, 1]},
    "s1": ["新規加入は12月末で目標の47％。", "前年度は単組訪問ができなかった。", "役職定年者への案内。"],
    "texts": {2: "交付金の規程を見直している。", 3: "新採向けの説明資料を作った。", 4: "名簿の提出を単組に依頼した。",
              5: "モデル単組の会議に出席した。", 6: "冊子の配布は4月の予定。"},
}


def _r1_sheet(s: Sheet, d: dict, old: bool) -> None:
    fix = _last_year if old else (lambda t: t)
    _bold(s, "A1", d["title"], merge="J1")
    s.put("A3", "県名：")
    s.put("B3", d["pref"], merge="C3")
    s.put("A4", "作成日：")
    s.put("B4", d["date"], merge="C4", fmt="yyyy/m/d")
    s.put("E3", "作成者：")
    s.put("F3", d["author"], merge="G3")
    s.put("E4", "確認者：")
    s.put("F4", d["checker"], merge="G4")
    _bold(s, "A6", "１．" + TITLES[0], merge="J6")
    box = ["(1) 目標達成にむけた進捗と課題", fix("(2) 2024年6月報告以降の取り組みと課題"), "(3) 今後、重点的に取り組む課題"]
    for i, (lbl, txt) in enumerate(zip(box, d["s1"])):
        s.put(f"A{7 + 4 * i}", lbl, merge=f"J{7 + 4 * i}")
        s.put(f"A{8 + 4 * i}", txt, merge=f"J{10 + 4 * i}")
    # s1: labels A7, A11, A15; texts A8:J10, A12:J14, A16:J18
    row = 20
    for n in range(2, 7):
        _bold(s, f"A{row}", f"{ZEN[n]}．{fix(TITLES[n - 1])}", merge=f"J{row}")
        s.put(f"B{row + 1}", "実施している取り組み（■にしてください）", merge=f"F{row + 1}")
        s.put(f"G{row + 1}", "具体的な取り組み", merge=f"J{row + 1}")
        items = SECTIONS[n]
        for i, lbl in enumerate(items):
            s.put(f"B{row + 2 + i}", "■" if d["marks"][n][i] else "□")
            s.put(f"C{row + 2 + i}", fix(lbl), merge=f"F{row + 2 + i}")
        s.put(f"G{row + 2}", d["texts"][n], merge=f"J{row + 1 + len(items)}")
        row += 3 + len(items)
    # s2 20 (header 21; items B22,B23; text G22:J23), s3 25 (items B27..B33; text G27:J33),
    # s4 35 (items B37..B39; text G37:J39), s5 41 (items B43,B44; text G43:J44 「特になし」),
    # s6 46 (items B48..B51; text G48:J51)
    s.ws.column_dimensions["A"].width = 4
    s.ws.column_dimensions["B"].width = 4
    for col in "CDEFGHIJ":
        s.ws.column_dimensions[col].width = 14


def r1_toyama(folder: Path) -> Path:
    wb, s = _book("報告書")
    _r1_sheet(s, R1, old=False)
    s.put("L22", "※交付金の規程は今年度改定しました")
    _r1_sheet(Sheet(wb.create_sheet("前年度")), R1_OLD, old=True)
    out = folder / "富山県本部_共済推進取り組み報告書.xlsx"
    wb.save(out)
    return out


# R2 兵庫: answers two columns right; 一、…; レ in a 実施 column (hidden list sheet); print titles.
R2_MARKS = {2: [1, 1], 3: [0, 1, 1, 0, 1, 1, 0], 4: [1, 0, 1], 5: [0, 1], 6: [1, 1, 1, 0]}
R2_S1 = ["・新規加入は1月末で目標の63％\n・保有件数は前年5月比で101％",
         "・11月に県支部と合同で12単組をオルグ\n・退職予定者の名簿を単組と確認中",
         "・新採の同時加入の徹底\n・再任用者への継続加入の案内"]
R2_TEXTS = {2: "規程にもとづき支払い、単組から使い道の報告を受けている。", 3: "同時加入の申込書を単組に配り、説明会にも同行した。",
            4: "説明会を2月に開き、対象者の8割が参加した。", 5: "モデル単組の学習会に県支部と一緒に入った。",
            6: "マニュアルを代表者会議で紹介し、全単組に送付した。"}
KANJI = "〇一二三四五六"
CIRCLED = "①②③④⑤⑥⑦"


def r2_hyogo(folder: Path) -> Path:
    wb, s = _book("報告書")
    _bold(s, "A1", "県本部共済推進取り組み報告書（令和6年度）", merge="H1")
    s.put("A2", "※実施している取り組みの「実施」欄に「レ」を記入してください。", merge="H2")
    s.ws.print_title_rows = "1:2"
    for i, (lbl, v) in enumerate([("県名", "兵庫県"), ("作成日", "令和7年2月5日"), ("作成者", "見本 進"),
                                  ("確認者", "見本 桜")]):
        s.put(f"A{4 + i}", lbl)
        s.put(f"C{4 + i}", v, merge=f"E{4 + i}")
    # header: labels A4..A7, answers C4..C7 (merged C:E), column B empty
    _bold(s, "A9", "一、" + TITLES[0], merge="H9")
    for i, (lbl, txt) in enumerate(zip(["（１）目標達成にむけた進捗と課題", "（２）2024年6月報告以降の取り組みと課題",
                                        "（３）今後、重点的に取り組む課題"], R2_S1)):
        s.put(f"A{10 + 4 * i}", lbl, merge=f"H{10 + 4 * i}")
        s.put(f"A{11 + 4 * i}", txt, merge=f"H{13 + 4 * i}")
    # s1: labels A10, A14, A18; texts A11:H13, A15:H17, A19:H21
    dv = DataValidation(type="list", formula1="=list!$A$1:$A$1", allow_blank=True)
    s.ws.add_data_validation(dv)
    row = 23
    for n in range(2, 7):
        _bold(s, f"A{row}", f"{KANJI[n]}、{TITLES[n - 1]}", merge=f"H{row}")
        s.put(f"A{row + 1}", "実施")
        s.put(f"B{row + 1}", "取り組み項目", merge=f"H{row + 1}")
        items = SECTIONS[n]
        for i, lbl in enumerate(items):
            if R2_MARKS[n][i]:
                s.put(f"A{row + 2 + i}", "レ")
            dv.add(f"A{row + 2 + i}")
            s.put(f"B{row + 2 + i}", CIRCLED[i] + lbl, merge=f"H{row + 2 + i}")
        r = row + 2 + len(items)
        s.put(f"A{r}", "具体的な取り組み：")
        s.put(f"B{r}", R2_TEXTS[n], merge=f"H{r + 1}")
        row = r + 3
    # s2 23 (header 24; items 25,26; text B27:H28), s3 30 (items 32..38; text B39:H40),
    # s4 42 (items 44..46; text B47:H48), s5 50 (items 52,53; text B54:H55), s6 57 (items 59..62; text B63:H64)
    s.put("J39", "※学習会は3月に2回目を予定しています")
    s.ws.column_dimensions["A"].width = 16
    s.ws.column_dimensions["B"].width = 20
    lst = wb.create_sheet("list")
    lst["A1"] = "レ"
    lst.sheet_state = "hidden"
    out = folder / "兵庫県本部　報告書.xlsx"
    wb.save(out)
    return out


# R3 神奈川: header top right with spaced labels; □/■ inside the item cells; ■ bullets in a text.
R3_MARKS = {2: [1, 1], 3: [1, 0, 1, 1, None, 1, 0], 4: [1, 1, 0], 5: [1, 1], 6: [0, 1, 1, 0]}
R3_S1 = ["団体生命共済の新規加入は1月末で目標の58％。\n保有件数は前年5月と比べて0.5％増えた。",
         "横浜地区と県央地区で県支部との合同学習会を開いた。\n参加単組では加入が増えている。",
         "退職予定者への継続加入の案内と、新採の同時加入。"]
R3_TEXTS = {2: "交付金は規程どおり支払い、使途は年度末に報告を受けている。",
            3: "■１月２０日　新採対策会議を開催\n■２月　各単組に同時加入のチラシを配布",
            4: "対象者の名簿を単組と確認した。", 5: "モデル単組3つの推進委員会に毎回出ている。",
            6: "冊子の配布はしたが、代表者会議での説明はできなかった。"}


def r3_kanagawa(folder: Path) -> Path:
    wb, s = _book("Sheet1")
    _bold(s, "A1", "県本部共済推進取り組み報告書", merge="D1")
    for i, (lbl, v) in enumerate([("県　名　", "神奈川"), ("作成日　", "R7.2.14"), ("作成者　", "見本 大地"),
                                  ("確認者　", "見本 早苗")]):
        s.put(f"F{2 + i}", lbl)
        s.put(f"G{2 + i}", v, merge=f"H{2 + i}")
    # header: labels F2..F5, answers G2..G5 (merged G:H)
    _bold(s, "A7", "1." + TITLES[0], merge="H7")
    for i, (lbl, txt) in enumerate(zip(["目標達成にむけた進捗と課題", "2024年6月報告以降の取り組みと課題",
                                        "今後、重点的に取り組む課題"], R3_S1)):
        s.put(f"A{8 + 3 * i}", lbl, merge=f"B{10 + 3 * i}")
        s.put(f"C{8 + 3 * i}", txt, merge=f"H{10 + 3 * i}")
    # s1: labels A8:B10, A11:B13, A14:B16; answers C8:H10, C11:H13, C14:H16
    row = 18
    for n in range(2, 7):
        _bold(s, f"A{row}", f"{n}.{TITLES[n - 1]}", merge=f"H{row}")
        s.put(f"A{row + 1}", "実施している取り組み■にしてください。", merge=f"H{row + 1}")
        items = SECTIONS[n]
        for i, lbl in enumerate(items):
            glyph = {1: "■　", 0: "□　", None: ""}[R3_MARKS[n][i]]
            s.put(f"A{row + 2 + i}", glyph + lbl, merge=f"H{row + 2 + i}")
        r = row + 2 + len(items)
        s.put(f"A{r}", "具体的な取り組み")
        s.put(f"A{r + 1}", R3_TEXTS[n], merge=f"H{r + 2}")
        row = r + 4
    # s2 18 (items 20,21; label 22; text A23:H24), s3 26 (items 28..34, A32 bare; label 35; text A36:H37),
    # s4 39 (items 41..43; label 44; text A45:H46), s5 48 (items 50,51; label 52; text A53:H54),
    # s6 56 (items 58..61; label 62; text A63:H64)
    s.put("J20", "※交付金規程は別紙のとおり")
    s.ws.column_dimensions["A"].width = 12
    s.ws.column_dimensions["F"].width = 10
    out = folder / "神奈川_取り組み報告書_R7.xlsx"
    wb.save(out)
    return out


# R4 鹿児島 (.xls): m/d date; s1 side by side; 実施済 / 未実施 / 検討中 dropdown from a hidden sheet.
R4_STATE = {2: ["実施済", "未実施"], 3: ["実施済", "実施済", "検討中", "実施済", "未実施", "実施済", None],
            4: ["未実施", "実施済", "実施済"], 5: ["実施済", "実施済"], 6: ["実施済", "未実施", "未実施", "検討中"]}
R4_S1 = ["新規加入は1月末で目標の44％。\n離島の単組で説明会が開けていないことが課題。",
         "12月から県支部の担当者と離島の単組を順に回っている。\n1月までに5単組を訪問した。",
         "新採の同時加入と、退職予定者への継続加入の案内。"]
R4_TEXTS = {2: None, 3: "新採説明会の資料を県本部で作り、単組に送った。\n県支部と合同で7単組をオルグした。",
            4: "対象者への案内文を単組と一緒に作った。", 5: "モデル単組2つの進捗を毎月の委員会で確認している。",
            6: "特になし"}


def r4_kagoshima(folder: Path, work: Path) -> Path:
    wb, s = _book("報告書")
    _bold(s, "A1", "県本部共済推進取り組み報告書", merge="F1")
    s.put("A3", "県本部名")
    s.put("B3", "鹿児島県本部")
    s.put("A4", "作成日")
    s.put("B4", dt.datetime(2025, 2, 5), fmt="m/d")
    s.put("D3", "作成者")
    s.put("E3", "見本 勝")
    s.put("D4", "確認者")
    s.put("E4", "見本 美穂")
    _bold(s, "A6", "１　" + TITLES[0], merge="F6")
    s.put("A7", "目標達成にむけた進捗と課題", merge="C7")
    s.put("D7", "2024年6月報告以降の取り組みと課題", merge="F7")
    s.put("A8", R4_S1[0], merge="C12")
    s.put("D8", R4_S1[1], merge="F12")
    s.put("A13", "今後、重点的に取り組む課題", merge="F13")
    s.put("A14", R4_S1[2], merge="F16")
    # s1: labels A7 / D7 with texts A8:C12 / D8:F12 side by side; label A13, text A14:F16
    dv = DataValidation(type="list", formula1="=選択肢!$A$1:$A$3", allow_blank=True)
    s.ws.add_data_validation(dv)
    row = 18
    for n in range(2, 7):
        _bold(s, f"A{row}", f"{ZEN[n]}　{TITLES[n - 1]}", merge=f"F{row}")
        s.put(f"A{row + 1}", "取り組み項目", merge=f"D{row + 1}")
        s.put(f"E{row + 1}", "実施状況")
        s.put(f"F{row + 1}", "具体的な取り組み")
        items = SECTIONS[n]
        for i, lbl in enumerate(items):
            s.put(f"A{row + 2 + i}", f"({i + 1}) {lbl}", merge=f"D{row + 2 + i}")
            if R4_STATE[n][i]:
                s.put(f"E{row + 2 + i}", R4_STATE[n][i])
            dv.add(f"E{row + 2 + i}")
        last = row + 1 + len(items)
        if R4_TEXTS[n]:
            s.put(f"F{row + 2}", R4_TEXTS[n], merge=f"F{last}")
        else:
            s.ws.merge_cells(f"F{row + 2}:F{last}")
        row = last + 2
    # s2 18 (header 19; items 20,21; states E20,E21; text F20:F21 blank), s3 23 (items 25..31, E27 検討中,
    # E31 blank; text F25:F31), s4 33 (items 35..37; text F35:F37), s5 39 (items 41,42; text F41:F42),
    # s6 44 (items 46..49, E49 検討中; text F46:F49 「特になし」)
    s.put("A51", "※確認者は3月末で退職予定のため、次回から変更します", merge="F51")
    s.ws.column_dimensions["A"].width = 14
    s.ws.column_dimensions["E"].width = 10
    s.ws.column_dimensions["F"].width = 40
    lst = wb.create_sheet("選択肢")
    for i, w in enumerate(["実施済", "未実施", "検討中"]):
        lst[f"A{1 + i}"] = w
    lst.sheet_state = "hidden"
    src = work / "r4"
    src.mkdir(parents=True, exist_ok=True)
    wb.save(src / "鹿児島県本部_報告書.xlsx")
    import lo  # tests/lo.py

    return lo.convert(src / "鹿児島県本部_報告書.xlsx", folder, "xls:MS Excel 97")


# ================================================================ surveys ==================

RIVALS = ["全労連・自治労連", "旧全官公自治労連", "全労連・医労連", "なし"]

S1 = {
    "header": ["埼玉", "見本市職員労働組合", "見本 優", "全労連・自治労連"],
    "org": [("1,234名", "約80名"), ("38.5％", "約6％"), ("1,890名", "1,890名")], "as_of": dt.datetime(2024, 11, 1),
    "intake": [40, 31, 2, 7],
    "texts": ["4月の採用前研修で30分の説明時間をもらい、その場で加入を呼びかけている。",
              "青年部の組合員が説明に立ち、自分の体験を話している。",
              "競合も同じ研修の中で説明するため、違いが伝わりにくい。",
              "異動の時期に職場ごとの名簿を確認し、未加入者に声をかけている。",
              "特になし",
              "組合ニュースを毎月発行し、写真を多く載せている。",
              None,
              "市当局とは年2回交渉している。\n人員確保と会計年度任用職員の処遇改善が中心。",
              "共済や福利厚生の窓口として頼られるようにしている。",
              "競合と同じ職場での声かけの工夫",
              "新採向けの動画やチラシをもっと用意してほしい。"],
}
S1_OLD = {
    "header": ["埼玉", "見本市職員労働組合", "見本 優", "全労連・自治労連"],
    "org": [("1,250名", "約75名"), ("39.0％", "約5％"), ("1,900名", "1,900名")], "as_of": dt.datetime(2023, 11, 1),
    "intake": [36, 28, 1, 7],
    "texts": ["採用前研修で説明している。", "説明資料を毎年作り直している。", "説明の時間が短い。",
              "年1回、未加入者に手紙を送っている。", "手紙の反応が少ない。", "組合ニュースを毎月発行している。",
              "若い組合員がニュースを読まない。", "市当局とは年2回交渉している。", "共済の案内を丁寧にしている。",
              "なし", "学習会を増やしてほしい。"],
}


def _s1_sheet(s: Sheet, d: dict) -> None:
    _bold(s, "A1", "実態共有用アンケート", merge="F1")
    for i, (lbl, v) in enumerate(zip(["県本部：", "単組：", "記入者お名前：", "上部団体："], d["header"])):
        s.put(f"A{3 + i}", lbl)
        s.put(f"B{3 + i}", v, merge=f"D{3 + i}")
    dv = DataValidation(type="list", formula1='"' + ",".join(RIVALS) + '"', allow_blank=True)
    s.ws.add_data_validation(dv)
    dv.add("B6")
    for col, h in zip("BCD", ["自治労", "競合", "時点"]):
        s.put(f"{col}8", h)
    for i, (lbl, (j, r)) in enumerate(zip(["組織人員数（人）", "組織率（％）", "未加入者数（人）"], d["org"])):
        s.put(f"A{9 + i}", lbl)
        s.put(f"B{9 + i}", j)
        s.put(f"C{9 + i}", r)
    s.put("D9", d["as_of"], fmt="yyyy/m/d")
    s.put("A13", "2024年度" if d is S1 else "2023年度")
    for i, (lbl, v) in enumerate(zip(INTAKE, d["intake"])):
        s.put(f"A{14 + i}", lbl)
        s.put(f"B{14 + i}", v)
    for i, (lbl, ans) in enumerate(zip(TEXT_LABELS, d["texts"])):
        r = 19 + 3 * i
        s.put(f"A{r}", f"({i + 1}){lbl}", merge=f"F{r}")
        if ans is None:
            s.ws.merge_cells(f"A{r + 1}:F{r + 2}")
        else:
            s.put(f"A{r + 1}", ans, merge=f"F{r + 2}")
    # texts: labels A19, A22, …, A49; answers A20:F21, …, A50:F51 (A38 blank)
    s.put("A53", RATE_NOTE, merge="F53")  # printed on the form
    s.ws.column_dimensions["A"].width = 20


def s1_saitama(folder: Path) -> Path:
    wb, s = _book("アンケート")
    _s1_sheet(s, S1)
    s.put("F9", "※組合員数は11月の組合費控除者数です")
    _s1_sheet(Sheet(wb.create_sheet("R5")), S1_OLD)
    out = folder / "埼玉_見本市職員労働組合_実態共有用アンケート.xlsx"
    wb.save(out)
    return out


S2_TEXTS = ["辞令交付式の後に15分の説明会を開き、加入届をその場で回収している。",
            "説明会では先輩職員の1日を紹介するスライドを見せている。",
            "競合の説明会が先に行われると、新採が迷ってしまう。",
            "職場の代議員を通じて、未加入者に年1回声をかけている。",
            "なし",
            "教宣紙を月1回発行。\n役員会の報告をメールで全員に送っている。",
            "出先の職場に情報が届くのが遅い。\nメールを見ない組合員もいる。",
            "町当局とは春と秋に交渉している。\n事務折衝は必要に応じて行い、関係は落ち着いている。",
            "自治労の全国のネットワークと共済の給付の手厚さを伝えている。",
            "医療職場の新採への説明の仕方",
            "県本部の役員に説明会へ来てもらえるとありがたい。"]


def s2_chiba(folder: Path, work: Path) -> Path:
    wb, s = _book("回答")
    _bold(s, "A1", "令和6年度　実態共有用アンケート", merge="F1")
    for i, (lbl, v) in enumerate([("県本部　", "千葉県本部"), ("単組名　", "見本町職員組合"), ("記入者　", "見本 勇気"),
                                  ("上部団体　", "全労連・医労連")]):
        s.put(f"A{3 + i}", lbl)
        s.put(f"C{3 + i}", v, merge=f"D{3 + i}")
    # header: labels A3..A6, answers C3..C6 (merged C:D), column B empty
    s.put("A8", "項目")
    for col, h in zip("CDE", ["自治労", "競合", "時点"]):
        s.put(f"{col}8", h)
    s.put("A9", "組織人員数（人）")
    s.put("C9", "４５２")
    s.put("D9", "６０")
    s.put("E9", "令和6年11月1日")
    s.put("A10", "組織率（％）")
    s.put("C10", 0.415, fmt="0.0%")
    s.put("D10", 0.055, fmt="0.0%")
    s.put("F10", "※組織率は人事課の職員数から計算しました")
    s.put("A11", "未加入者数（人）")
    s.put("C11", "５７６")
    s.put("D11", "５７６")
    s.put("A12", "（分母）正規職員数")
    s.put("C12", "1,020人")
    s.put("A13", "（分母）会計年度任用職員等")
    s.put("C13", "68人")
    s.put("A15", "2024年")
    for i, (lbl, v) in enumerate(zip(INTAKE, ["２０人", "１５人", "２人", "３人"])):
        s.put(f"A{16 + i}", lbl)
        s.put(f"C{16 + i}", v)
    for i, (lbl, ans) in enumerate(zip(TEXT_LABELS, S2_TEXTS)):
        r = 21 + 4 * i
        _bold(s, f"A{r}", lbl, merge=f"F{r}")
        s.put(f"A{r + 1}", ans, merge=f"F{r + 3}")
    # texts: labels A21, A25, …, A61; answers A22:F24, …, A62:F64
    s.put("A66", RATE_NOTE, merge="F66")  # printed on the form
    s.ws.column_dimensions["A"].width = 24
    s.ws.column_dimensions["C"].width = 14
    src = work / "s2"
    src.mkdir(parents=True, exist_ok=True)
    wb.save(src / "千葉_見本町職員組合_アンケート.xlsx")
    import lo  # tests/lo.py

    return lo.convert(src / "千葉_見本町職員組合_アンケート.xlsx", folder, "xls:MS Excel 97")


S3_TEXTS = ["・入庁式の翌日に説明会\n・その場で加入届と共済の申込書を回収",
            "新採と年の近い役員が説明し、質問しやすい雰囲気にしている。",
            "採用人数が多く、全員に個別に声をかけきれない。",
            "・職場ごとに未加入者の一覧を作成\n・分会長から声かけ",
            "未加入の理由を聞いても答えてもらえないことが多い。",
            "SNSとホームページで活動を紹介している。",
            "特になし",
            "市当局とは定期的に交渉しており、関係は良好。\n昨年は人員要求で一部前進した。",
            "競合にはない共済の仕組みと、全国の仲間の存在を伝えている。",
            "大きな単組での未加入者対策の進め方",
            "県本部で新採向けのイベントを開いてほしい。"]


def s3_aichi(folder: Path) -> Path:
    wb, s = _book("アンケート")
    _bold(s, "A1", "実態共有用アンケート", merge="F1")
    for i, (lbl, v) in enumerate([("１．県本部", "愛知"), ("２．単組名", "見本市役所職員労働組合"),
                                  ("３．記入者お名前", "見本 千尋"), ("４．上部団体", "全労連・自治労連")]):
        s.put(f"A{3 + i}", lbl)
        s.put(f"B{3 + i}", v, merge=f"D{3 + i}")
    dv = DataValidation(type="list", formula1="=list!$A$1:$A$4", allow_blank=True)
    s.ws.add_data_validation(dv)
    dv.add("B6")
    s.put("F3", "※記入者不在のため書記が代筆しました")
    _bold(s, "A8", "５．組織の状況")
    s.put("B9", "自治労")
    s.put("C9", "競合")
    s.put("A10", "組織人員数（人）")
    s.put("B10", 2150, fmt="#,##0")
    s.put("C10", "２００程度")
    s.put("A11", "組織率（％）")
    s.put("B11", "約45％")
    s.put("C11", "不明")
    s.put("A12", "未加入者数（人）")
    s.put("B12", 2400, fmt="#,##0")
    s.put("C12", 2400, fmt="#,##0")
    s.put("A13", "時点")
    s.put("B13", "R6.11.1")
    _bold(s, "A15", "６．2024年度の新規採用")
    for i, (lbl, v) in enumerate(zip(INTAKE, ["85人", "60人", "5人", "20人"])):
        s.put(f"A{16 + i}", lbl)
        s.put(f"B{16 + i}", v)
    _bold(s, "A21", "７．自由記述")
    for i, (lbl, ans) in enumerate(zip(TEXT_LABELS, S3_TEXTS)):
        r = 22 + 3 * i
        s.put(f"A{r}", f"【{lbl}】", merge=f"F{r}")
        s.put(f"A{r + 1}", ans, merge=f"F{r + 2}")
    # texts: labels A22, A25, …, A52; answers A23:F24, …, A53:F54
    s.put("A56", RATE_NOTE, merge="F56")  # printed on the form
    s.ws.column_dimensions["A"].width = 20
    lst = wb.create_sheet("list")
    for i, v in enumerate(RIVALS):
        lst[f"A{1 + i}"] = v
    lst.sheet_state = "hidden"
    out = folder / "愛知県本部_見本市役所職労_アンケート.xlsx"
    wb.save(out)
    return out


S4_TEXTS = ["新採の歓迎会を組合で開き、その場で加入をお願いしている。",
            "説明は委員長と書記長の2人で行う。",
            "採用が毎年2〜3人で、説明の機会が少ない。",
            "未加入者には家庭訪問で話をしている。",
            "家族の反対で加入しない人がいる。",
            "組合ニュースを紙で全員に配っている。",
            "特になし",
            "村当局とは年1回交渉している。\n小さい役場なので話し合いはしやすい。",
            "競合は病院の職員が中心なので、役場の仕事に合った要求を出している。",
            "少人数の単組での役員の確保の工夫",
            "同上"]


def s4_yamagata(folder: Path) -> Path:
    wb, s = _book("回答")
    _bold(s, "A1", "実態共有用アンケート", merge="H1")
    s.ws.print_title_rows = "1:1"
    for i, (lbl, v) in enumerate([("県本部名：", "山形県本部"), ("単組名：", "見本村職員労働組合"), ("記入者：", "見本 拓海"),
                                  ("上部団体：", "旧全官公自治労連")]):
        s.put(f"A{3 + i}", lbl)
        s.put(f"B{3 + i}", v, merge=f"D{3 + i}")
    for col, h in zip("ABCD", ["区分", "自治労", "競合", "時点"]):
        s.put(f"{col}8", h)
    s.put("A9", "組織人員数（人）")
    s.put("B9", "380人")
    s.put("C9", "12人")
    s.put("D9", "R6.12.1")
    s.put("A10", "組織率（％）")
    s.put("B10", 27.2)
    s.put("C10", 0.9)
    s.put("A11", "未加入者数（人）")
    s.put("B11", "約1,000人")
    s.put("C11", "約1,000人")
    s.put("A13", "2024年")
    for i, (lbl, v) in enumerate(zip(INTAKE, ["１５", "１２", "０", "３"])):
        s.put(f"A{14 + i}", lbl)
        s.put(f"B{14 + i}", v)
    for i, (lbl, ans) in enumerate(zip(TEXT_LABELS, S4_TEXTS)):
        r = 19 + 2 * i
        s.put(f"A{r}", f"●{lbl}", merge=f"B{r + 1}")
        s.put(f"C{r}", ans, merge=f"H{r + 1}")
    # texts: labels A19:B20, A21:B22, …, A39:B40; answers C19:H20, …, C39:H40 (「同上」)
    s.put("A42", "※競合組合の数字は推計です")
    s.put("A43", RATE_NOTE, merge="H43")  # printed on the form
    s.ws.column_dimensions["A"].width = 18
    s.ws.column_dimensions["B"].width = 14
    n = Sheet(wb.create_sheet("記入上の注意"))
    n.put("A1", "記入上の注意")
    n.put("A2", "・数字は半角で記入してください。")
    n.put("A3", "・組織率は小数第1位まで記入してください。")
    n.put("A4", "・提出期限　令和6年12月20日")
    out = folder / "山形_見本村職労_実態アンケート.xlsx"
    wb.save(out)
    return out


REPORTS = [r1_toyama, r2_hyogo, r3_kanagawa]
SURVEYS = [s1_saitama, s3_aichi, s4_yamagata]


def build(root: Path) -> dict[str, Path]:
    """Write the report files to root/report and the surveys to root/survey."""
    return build_set(root, REPORTS, SURVEYS, [("report", r4_kagoshima), ("survey", s2_chiba)])


if __name__ == "__main__":
    print(build(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/legacy6")))
