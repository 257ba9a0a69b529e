"""Seventh, independent set of legacy-style fixtures (tests/legacy7).

Ten workbooks (five reports, five surveys) as different prefectures' clerks produce them when
retyping the printed form in their own way, written with DIFFERENT WRITERS (XlsxWriter, openpyxl,
and one of each kind converted to .xls by LibreOffice), each with an ordinary mix of 3-5 habits,
to measure how well the reader generalises to files it has never seen.

  R1 東京  XlsxWriter.  Sheet 「報告書」: title A1:J1; header labels in 【】 (【県名】 A3, 【作成日】 A4,
           【作成者】 F3, 【確認者】 F4) with the answers merged right (B3:D3 「東京都」, B4:D4 a real date
           shown yyyy"年"m"月"d"日", G3:I3, G4:I4); printed instruction A5:J5 (✔ in the 実施 column);
           FREEZE PANE below row 5; sections 「第1」…「第6」; section 1 as 「1-1」「1-2」「1-3」 labels
           (A8, A11, A14) with the answer typed ONE LINE PER ROW below (A9, A10 / A12, A13 / A15, each
           merged A:J), 「・」 bullets; sections 2-6: items B:E, 「✔」 in the 実施 column F RIGHT of the
           done items, blank otherwise (no □ anywhere), the text merged G:J beside the items;
           s2 text 「特になし」; a 「※…」 note under the form (A51); a 2nd sheet 「メモ」 (the clerk's memo:
           where and when to send it)
             s2 17 (header 18; items 19,20; text G19:J20), s3 22 (items 24..30; text G24:J30),
             s4 32 (items 34..36), s5 38 (items 40,41), s6 43 (items 45..48)
  R2 宮城  openpyxl.  Sheet 「2月報告」: PRINT TITLE row 1; labels with a trailing 「：」 and the answer
           merged right (A3 県本部名： → B3:C3 「宮城県本部」, E3 作成日： → F3:G3 the text 「R7年2月18日」,
           A4 作成者： → B4:C4, E4 確認者： → F4:G4); sections 「Ⅰ．」…「Ⅵ．」; section 1 as 「①」「②」「③」
           labels (A7, A11, A15) with merged blocks below (A8:I10, A12:I14, A16:I17); a note beside
           ① (J7); items retyped like the printed form 「　☑　label」 / 「　□　label」 in A:E, but s5
           marked with 「■」 (another hand) instead of ☑; s6 items 3 and 4 wrapped with line breaks
           and leading spaces inside the cell as on paper; the text merged F:I beside the items;
           s4 text blank
             s2 19 (header 20; items 21,22; text F21:I22), s3 24 (items 26..32), s4 34 (items 36..38,
             text F36:I38 empty), s5 40 (items 42,43), s6 45 (items 47..50)
  R3 福島  .xls (openpyxl → LibreOffice).  Sheet 「報告」: the header in ONE ROW (A3 県名 | B3 福島 | C3 作成日 |
           D3 a real date shown yyyy.m.d | E3 作成者 | F3 | G3 確認者 | H3); sections 「1.」…「6.」;
           section 1 labels 「(1)」「(2)」「(3)」 (A6, A10, A14) with merged blocks below (A7:H9,
           A11:H13, A15:H16); sections 2-6 a table 実施 | 取り組み項目 | 具体的な取り組み with Excel
           TRUE/FALSE (booleans) in column A LEFT of the items (B:E), s4 item 2 left blank, the text
           merged F:H beside the items; s6 text 「特になし」; a note beside s3 (J25); a 2nd sheet
           「記入要領」 after the form (TRUE = 実施 / FALSE = 未実施, deadline)
             s2 18 (header 19; items 20,21), s3 23 (items 25..31), s4 33 (items 35..37, A36 blank),
             s5 39 (items 41,42), s6 44 (items 46..49)
  R4 大阪  XlsxWriter.  Sheet 「報告書」: PRINT TITLE row 1, landscape; labels spaced with full-width
           spaces (A3 「県　名」 → B3:C3 「大阪府本部」, A4 「作成日」 → B4:C4 the text 「2025年2月19日」,
           E3 「作成者」 → F3:G3 two names 「見本 翔太・見本 茜」, E4 「確認者」 → F4:G4); sections
           「(一)」…「(六)」; section 1 labels (A7, A11, A15) with merged blocks below (A8:H10, A12:H14,
           A16:H17) holding 「●」 bullet lines; sections 2-6 a table 取り組み項目 (A:E) | 実施状況 (F) |
           具体的な取り組み (G:H merged beside the items) with an inline dropdown 実施 / 未実施 in F;
           s3 item 4 typed 「2月予定」, s6 item 4 left blank; a note under the form (A52)
             s2 19 (header 20; items 21,22), s3 24 (items 26..32, F29 「2月予定」), s4 34 (items 36..38),
             s5 40 (items 42,43), s6 45 (items 47..50, F50 blank)
  R5 岩手  openpyxl.  Sheet 「Sheet1」 then the untouched default sheets 「Sheet2」 「Sheet3」; the prefecture
           also in the title (A1:H1 「…（岩手県本部）」); A3 県名 → B3 「岩手」, A4 作成日 → B4 the text
           「2025/2/20」, D3 作成者 → E3, D4 確認者 → E4; FREEZE PANE below row 5; section numbers
           「１」…「６」 in a cell of their own (A) with the title in B:H; section-1 labels in the printed
           「」 quotes (B7, B11, B15) with merged blocks below (B8:H10, B12:H14, B16:H17); items with
           the printed 「□」 in column B and the label in C:F, the clerk's 「レ」 typed in column A LEFT
           of the □ for the done ones (s5: none marked); the text merged G:H beside the items, but s3's
           text typed as two separate 「・」 lines (G26:H26, G27:H27); a note under the form (A52)
             s2 19 (header 20; items 21,22), s3 24 (items 26..32), s4 34 (items 36..38),
             s5 40 (items 42,43), s6 45 (items 47..50)
  S1 静岡  XlsxWriter.  Sheet 「アンケート」 close to the printed form: title 「　実態共有用アンケート」;
           A3 県本部 → B3:C3, A4 「単　組」 → B4:C4, A5 記入者お名前 → B5:C5; row 6 「上部団体 | 自治労 |
           全労連・自治労連 | ←プルダウンから選択」 (C6 a list dropdown; B6/C6 also head the columns below);
           A7:C9 the pairs (1420 / 95 in #,##0 cells; 0.452 / 0.030 in 0.0% cells; 1627 and the
           competitor's 未加入者数 blank), 時点 the text 「2024年11月時点」 in D8 beside the rates;
           A11 「2024年」, intake A12:B15 plain numbers; the eleven texts with the label in A and the
           answer merged B:F on the SAME row (A17..A27), one 「特になし」, one blank; the printed 組織率
           formula A29:F29; a note beside the pairs (H7)
  S2 青森  openpyxl.  Sheet 「回答」 + a HIDDEN sheet 「list」 feeding the 上部団体 dropdown; PRINT TITLE row 1;
           labels with a trailing 「：」 (A3..A6) and the answers merged B:D; 上部団体 「なし」 and every
           competitor cell 「－」; full-width numbers with units as text (「３１２人」, 「約７８０人」,
           intake 「１８名」…「０名」), the rate typed 「２８．５％」; 時点 the text 「R6年12月1日現在」 (B12);
           texts 「１．」…「11．」 labels in A with the answer typed ONE LINE PER ROW in B below
           (「・」 bullets, one or two lines), a blank row between questions; a note under the texts
             texts: label rows 21,25,28,31,34,37,40,43,47,50,53; answers 22-23, 26, 29, 32, 35, 38, 41,
             44-45, 48, 51, 54; note A56, the printed 組織率 formula A57
  S3 奈良  .xls (XlsxWriter → LibreOffice).  An instructions sheet 「はじめにお読みください」 FIRST, the answers
           on the 2nd sheet 「回答」; 【】 labels (A3..A6) with answers merged B:D; a 区分 | 自治労 | 競合
           table (rows 9-11) with the rates typed as 52.2 / 11.5 in cells formatted 0.0"%" (shown
           「52.2%」); 正規職員数 (A12) and 会計年度任用職員等 (A13) given; 時点 a real date shown
           yyyy"年"m"月" (B14); intake A17:B20; texts 「①」…「⑪」 bold label rows merged A:F with the
           answer merged over the two rows below, 「●」 bullets in one; 「なし」 and 「特になし」 answers;
           a note beside the pairs (E9); the printed 組織率 formula at the bottom
             texts: labels A22, A25, …, A52; answers A23:F24, …, A53:F54
  S4 熊本  XlsxWriter.  Sheet 「アンケート」 + a HIDDEN sheet 「R5回答」 holding LAST YEAR's answers in the
           same layout; FREEZE PANE below row 7; every header field label and answer in ONE cell
           (「県本部：熊本」 A3 … 「上部団体（競合）：全労連・自治労連」 A6); pairs table 項目 | 自治労 |
           競合 | 備考 with text numbers 「1,045」 「210」, rates typed 「41.8%」 / 「8.4％」, 「約1,250」 both,
           時点 「R6.10.1時点」 in the 備考 column (D9); intake numbers A14:B17; texts as 「■label」 rows
           merged A:G with the answer merged over three rows below, 「・」 bullets in one; one
           「特になし」, the last one blank; a note under the form
             texts: labels A19, A23, …, A59; answers A20:G22, …, A60:G62 (A60 blank); printed 組織率
             formula A64, note A65
  S5 秋田  openpyxl.  Sheet 「アンケート」 then an empty 「Sheet2」; PRINT TITLE row 1; labels with 「：」 and
           the answers in B (A3..A6); members as full-width text 「５８０」 「１０２」; rates 0.318 / 0.056
           in cells formatted 0% (SHOWN 「32%」 / 「6%」); 未加入者数 1142 both; 時点 a real date shown
           yyyy/m/d (B12); intake as a horizontal table (headers B15:E15, numbers B16:E16); texts with
           the label in A and the answer merged B:F over two rows beside it (rows 18..39), 「なし」 and
           「特にありません」; a note beside the rates (H10)

Every name, union and sentence is invented. The expected readings are typed by hand in
expected.py; nothing here imports the reader.
"""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import xlsxwriter
from openpyxl.styles import Font
from openpyxl.utils.cell import coordinate_from_string, column_index_from_string
from openpyxl.worksheet.datavalidation import DataValidation

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from legacy_kit import S2, S3, S4, S5, S6, TITLES, Sheet  # noqa: E402
from legacy_kit import INTAKE, RATE_NOTE, TEXT_LABELS  # noqa: E402
from legacy_kit import book as _book  # noqa: E402
from legacy_kit import build_set  # noqa: E402

SECTIONS = {2: S2, 3: S3, 4: S4, 5: S5, 6: S6}
RIVALS = ["全労連・自治労連", "旧全官公自治労連", "全労連・医労連", "なし"]
S1_LABELS = ["目標達成にむけた進捗と課題", "2024年6月報告以降の取り組みと課題", "今後、重点的に取り組む課題"]
ZEN = "０１２３４５６７８９"
BOLD = Font(bold=True)


def _bold(s: Sheet, ref: str, value, merge: str | None = None) -> None:
    s.put(ref, value, merge=merge)
    s.ws[ref].font = BOLD


class XSheet:
    """The XlsxWriter twin of legacy_kit.Sheet: put a typed value (write_string for texts), merges, formats."""

    def __init__(self, wb: xlsxwriter.Workbook, ws):
        self.wb, self.ws, self._fmts = wb, ws, {}

    def fmt(self, num: str | None = None, bold: bool = False):
        key = (num, bold)
        if key not in self._fmts:
            props = {"text_wrap": True, "valign": "top"}
            if num:
                props["num_format"] = num
            if bold:
                props["bold"] = True
            self._fmts[key] = self.wb.add_format(props)
        return self._fmts[key]

    def put(self, ref: str, value, merge: str | None = None, num: str | None = None, bold: bool = False):
        f = self.fmt(num, bold)
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
        else:
            self.ws.write_string(r, c, value, f)


def _xbook(path: Path) -> xlsxwriter.Workbook:
    return xlsxwriter.Workbook(str(path))


def _to_xls(src: Path, folder: Path) -> Path:
    import lo  # tests/lo.py

    return lo.convert(src, folder, "xls:MS Excel 97")


# ================================================================ reports ==================

# R1 東京 (XlsxWriter): 【】 labels; 第1…; section 1 one line per row; ✔ column right of the items; メモ sheet.
R1_MARKS = {2: [1, 1], 3: [1, 0, 0, 1, 1, 1, 0], 4: [1, 1, 0], 5: [1, 0], 6: [1, 1, 1, 0]}
R1_S1 = [["・団体生命共済の新規加入は1月末で目標の61％にとどまっている。", "・保有件数は前年5月比で99.2％と、わずかに減少した。"],
         ["・10月から12月にかけて、県支部と23単組を訪問した。", "・多摩地区では退職者への継続加入の案内が遅れている。"],
         ["・新採の同時加入と、役職定年者への継続加入の案内を進める。"]]
R1_TEXTS = {2: "特になし", 3: "12月の新採対策会議で、同時加入の申込書セットを配ることを確認した。",
            4: "役職定年者の名簿を人事当局から得ている単組に、説明会の開催をお願いした。",
            5: "モデル単組の推進委員会で毎月の件数を確認している。",
            6: "マニュアルを1月の単組代表者会議で配り、使い方を説明した。"}


def r1_tokyo(folder: Path) -> Path:
    out = folder / "東京都本部_共済推進取り組み報告書_0212.xlsx"
    wb = _xbook(out)
    ws = wb.add_worksheet("報告書")
    s = XSheet(wb, ws)
    s.put("A1", "令和6年度　県本部共済推進取り組み報告書", merge="J1", bold=True)
    s.put("A3", "【県名】")
    s.put("B3", "東京都", merge="D3")
    s.put("A4", "【作成日】")
    s.put("B4", dt.datetime(2025, 2, 12), merge="D4", num='yyyy"年"m"月"d"日"')
    s.put("F3", "【作成者】")
    s.put("G3", "見本 健一", merge="I3")
    s.put("F4", "【確認者】")
    s.put("G4", "見本 由美", merge="I4")
    s.put("A5", "※実施している取り組みは「実施」欄に✔を付けてください。", merge="J5")
    ws.freeze_panes(5, 0)
    s.put("A7", "第1　" + TITLES[0], merge="J7", bold=True)
    row = 8
    for i, (lbl, lines) in enumerate(zip(S1_LABELS, R1_S1)):
        s.put(f"A{row}", f"1-{i + 1}　{lbl}", merge=f"J{row}", bold=True)
        for j, line in enumerate(lines):
            s.put(f"A{row + 1 + j}", line, merge=f"J{row + 1 + j}")
        row += 1 + len(lines)
    # s1: labels A8, A11, A14; lines A9, A10 / A12, A13 / A15 (each merged A:J)
    row = 17
    for n in range(2, 7):
        s.put(f"A{row}", f"第{n}　{TITLES[n - 1]}", merge=f"J{row}", bold=True)
        s.put(f"B{row + 1}", "取り組み項目", merge=f"E{row + 1}")
        s.put(f"F{row + 1}", "実施")
        s.put(f"G{row + 1}", "具体的な取り組み", merge=f"J{row + 1}")
        items = SECTIONS[n]
        for i, lbl in enumerate(items):
            s.put(f"B{row + 2 + i}", lbl, merge=f"E{row + 2 + i}")
            if R1_MARKS[n][i]:
                s.put(f"F{row + 2 + i}", "✔")
        last = row + 1 + len(items)
        s.put(f"G{row + 2}", R1_TEXTS[n], merge=f"J{last}")
        row = last + 2
    s.put("A51", "※23単組の訪問には県支部単独の訪問を含みません。", merge="J51")
    ws.set_column("A:A", 3)
    ws.set_column("B:E", 12)
    ws.set_column("F:F", 6)
    ws.set_column("G:J", 14)
    memo = XSheet(wb, wb.add_worksheet("メモ"))
    memo.put("A1", "提出先：自治労共済推進本部（メール添付）")
    memo.put("A2", "締切：2月14日")
    memo.put("A3", "提出前に委員長の確認をもらうこと")
    wb.close()
    return out


# R2 宮城 (openpyxl): colons; Ⅰ…; ☑/□ in the item cell, ■ in s5; wrapped s6 labels; print titles.
R2_MARKS = {2: [1, 0], 3: [0, 1, 1, 1, 0, 1, 1], 4: [1, 0, 1], 5: [1, 0], 6: [0, 1, 1, 0]}
R2_S1 = ["団体生命共済の新規加入は12月末で目標の57.8％。\n保有件数は2024年5月と比べて100.3％と、わずかに増えている。",
         "沿岸部の単組を中心に、県支部と合同で学習会を9回開いた。\n参加者アンケートでは、共済の内容を初めて知ったという声が多かった。",
         "学習会に参加した組合員への個別の加入案内。\n新採の同時加入の徹底。"]
R2_TEXTS = {2: "交付金は新規件数1件あたりの単価で、半期ごとに支払っている。",
            3: "1月に県本部新採対策会議を開き、単組ごとの説明会の日程を確認した。\n同時加入のチラシを県本部で作成し、全単組に送った。",
            4: None, 5: "モデル単組2つの推進委員会に県本部役員が出席し、進捗を確認している。",
            6: "マニュアルを全単組に郵送した。\n代表者会議で活用方法を説明した。"}
ROMAN = "ⅠⅡⅢⅣⅤⅥ"
# s6 items 3 and 4 as the paper form wraps them (line breaks and leading spaces inside the cell)
R2_S6_WRAPPED = ["単組代表者会議等において、マニュアルの内容および\n　　　活用方法を全単組へ周知",
                 "単組執行部オルグ等において、各単組が「2025年3月末退職\n　　　予定者対策」「2025年4月新採取り組み」にむけて、推進計画"
                 "\n　　　の立案や具体的な実行内容を協議する際に本マニュアルを参照\n　　　するように提案"]


def r2_miyagi(folder: Path) -> Path:
    wb, s = _book("2月報告")
    _bold(s, "A1", "令和６年度　県本部共済推進取り組み報告書", merge="I1")
    s.ws.print_title_rows = "1:1"
    s.put("A3", "県本部名：")
    s.put("B3", "宮城県本部", merge="C3")
    s.put("E3", "作成日：")
    s.put("F3", "R7年2月18日", merge="G3")
    s.put("A4", "作成者：")
    s.put("B4", "見本 直樹", merge="C4")
    s.put("E4", "確認者：")
    s.put("F4", "見本 里美", merge="G4")
    _bold(s, "A6", "Ⅰ．" + TITLES[0], merge="I6")
    for i, (lbl, txt, last) in enumerate(zip(S1_LABELS, R2_S1, (10, 14, 17))):
        r = 7 + 4 * i
        s.put(f"A{r}", "①②③"[i] + lbl, merge=f"I{r}")
        s.put(f"A{r + 1}", txt, merge=f"I{last}")
    # s1: labels A7, A11, A15; texts A8:I10, A12:I14, A16:I17
    s.put("J7", "※①は6月の合同会議で報告した内容の再掲です")
    row = 19
    for n in range(2, 7):
        _bold(s, f"A{row}", f"{ROMAN[n - 1]}．{TITLES[n - 1]}", merge=f"I{row}")
        s.put(f"A{row + 1}", "実施している取り組み☑してください。", merge=f"E{row + 1}")
        s.put(f"F{row + 1}", "具体的な取り組み", merge=f"I{row + 1}")
        items = list(SECTIONS[n])
        if n == 6:
            items[2:] = R2_S6_WRAPPED
        done = "■" if n == 5 else "☑"
        for i, lbl in enumerate(items):
            r = row + 2 + i
            s.put(f"A{r}", f"　{done if R2_MARKS[n][i] else '□'}　{lbl}", merge=f"E{r}")
            if "\n" in lbl:
                s.ws.row_dimensions[r].height = 15 * (lbl.count("\n") + 1)
        last = row + 1 + len(items)
        if R2_TEXTS[n]:
            s.put(f"F{row + 2}", R2_TEXTS[n], merge=f"I{last}")
        else:
            s.ws.merge_cells(f"F{row + 2}:I{last}")
        row = last + 2
    # s2 19 (header 20; items A21,A22; text F21:I22), s3 24 (items A26..A32; text F26:I32),
    # s4 34 (items A36..A38; text F36:I38 empty), s5 40 (items A42,A43 with ■/□; text F42:I43),
    # s6 45 (items A47..A50, A49/A50 wrapped; text F47:I50)
    for col, w in zip("ABCDEFGHI", (10, 10, 10, 10, 10, 14, 14, 14, 14)):
        s.ws.column_dimensions[col].width = w
    out = folder / "宮城県本部_報告書（2月）.xlsx"
    wb.save(out)
    return out


# R3 福島 (.xls): header in one row; TRUE/FALSE in column A left of the items, s4 item 2 blank; 記入要領 sheet.
R3_MARKS = {2: [1, 1], 3: [1, 1, 0, 1, 0, 0, 1], 4: [1, None, 0], 5: [0, 1], 6: [1, 0, 0, 1]}
R3_S1 = ["新規加入は1月末で目標の49％。\n保有件数は前年5月とほぼ同じ。",
         "県支部と地区ごとの推進会議を開き、単組ごとの目標を確認した。\n会津地区の単組訪問は雪のため2月に延期した。",
         "退職予定者への継続加入の案内と、新採の同時加入。"]
R3_TEXTS = {2: "規程どおり支払い、単組から年度末に使途の報告書を出してもらっている。",
            3: "浜通り・中通り・会津の3地区で、単組役員向けの学習会を開いた。",
            4: "再任用予定者の名簿を単組に照会している。", 5: "県支部と合同でモデル単組の執行委員会に入った。",
            6: "特になし"}


def r3_fukushima(folder: Path, work: Path) -> Path:
    wb, s = _book("報告")
    _bold(s, "A1", "県本部共済推進取り組み報告書（2025年2月）", merge="H1")
    for col, v in zip("ABCDEFGH", ["県名", "福島", "作成日", dt.datetime(2025, 2, 17), "作成者", "見本 光", "確認者",
                                   "見本 恵"]):
        s.put(f"{col}3", v, fmt="yyyy.m.d" if col == "D" else None)
    _bold(s, "A5", "1." + TITLES[0], merge="H5")
    for i, (lbl, txt, last) in enumerate(zip(S1_LABELS, R3_S1, (9, 13, 16))):
        r = 6 + 4 * i
        s.put(f"A{r}", f"({i + 1}){lbl}", merge=f"H{r}")
        s.put(f"A{r + 1}", txt, merge=f"H{last}")
    # s1: labels A6, A10, A14; texts A7:H9, A11:H13, A15:H16
    row = 18
    for n in range(2, 7):
        _bold(s, f"A{row}", f"{n}.{TITLES[n - 1]}", merge=f"H{row}")
        s.put(f"A{row + 1}", "実施")
        s.put(f"B{row + 1}", "取り組み項目", merge=f"E{row + 1}")
        s.put(f"F{row + 1}", "具体的な取り組み", merge=f"H{row + 1}")
        items = SECTIONS[n]
        for i, lbl in enumerate(items):
            r = row + 2 + i
            if R3_MARKS[n][i] is not None:
                s.put(f"A{r}", bool(R3_MARKS[n][i]))
            s.put(f"B{r}", lbl, merge=f"E{r}")
        last = row + 1 + len(items)
        s.put(f"F{row + 2}", R3_TEXTS[n], merge=f"H{last}")
        row = last + 2
    # s2 18 (header 19; A20,A21 TRUE TRUE), s3 23 (A25..A31), s4 33 (A35 TRUE, A36 blank, A37 FALSE),
    # s5 39 (A41,A42), s6 44 (A46..A49; text F46:H49 「特になし」)
    s.put("J25", "※学習会の資料は県支部が作成しました")
    s.ws.column_dimensions["A"].width = 7
    for col in "BCDEFGH":
        s.ws.column_dimensions[col].width = 13
    g = Sheet(wb.create_sheet("記入要領"))
    g.put("A1", "記入要領")
    g.put("A2", "・実施欄は TRUE（実施）／ FALSE（未実施）を入力してください。")
    g.put("A3", "・具体的な取り組みは、できるだけ具体的に記入してください。")
    g.put("A4", "・提出期限　2025年2月21日")
    src = work / "r3"
    src.mkdir(parents=True, exist_ok=True)
    wb.save(src / "福島県本部_報告書.xlsx")
    return _to_xls(src / "福島県本部_報告書.xlsx", folder)


# R4 大阪 (XlsxWriter): spaced labels; (一)…; ● bullets; 実施 / 未実施 dropdown, 「2月予定」, one blank.
R4_STATE = {2: ["実施", "実施"], 3: ["実施", "未実施", "実施", "2月予定", "実施", "未実施", "未実施"],
            4: ["未実施", "実施", "実施"], 5: ["実施", "未実施"], 6: ["実施", "実施", "未実施", None]}
R4_S1 = ["●新規加入は1月末で目標の52.4％\n●保有件数は前年5月比で98.9％",
         "●府内4ブロックで単組代表者会議を開き、進捗を共有した\n●衛星都市の単組で退職者説明会を6回開催した",
         "●新採の同時加入\n●再任用者への継続加入の案内"]
R4_TEXTS = {2: "交付金は規程にもとづき年1回、件数に応じて支払っている。\n使途は単組の会計報告で確認している。",
            3: "2月下旬に府本部新採対策会議を開く予定。\n同時加入に向けたツールはデジタル申込の案内カードを作成した。",
            4: "説明会の案内を各単組の書記局に送った。", 5: "推進委員会で毎月の実績を確認している。",
            6: "マニュアルの冊子を執行委員会で確認し、各単組に配布した。"}
KANSUJI = "一二三四五六"


def r4_osaka(folder: Path) -> Path:
    out = folder / "大阪府本部　取組報告書.xlsx"
    wb = _xbook(out)
    ws = wb.add_worksheet("報告書")
    s = XSheet(wb, ws)
    s.put("A1", "県本部共済推進取り組み報告書", merge="H1", bold=True)
    ws.repeat_rows(0)
    ws.set_landscape()
    s.put("A3", "県　名")
    s.put("B3", "大阪府本部", merge="C3")
    s.put("A4", "作成日")
    s.put("B4", "2025年2月19日", merge="C4")
    s.put("E3", "作成者")
    s.put("F3", "見本 翔太・見本 茜", merge="G3")
    s.put("E4", "確認者")
    s.put("F4", "見本 誠", merge="G4")
    s.put("A6", f"({KANSUJI[0]})　{TITLES[0]}", merge="H6", bold=True)
    for i, (lbl, txt, last) in enumerate(zip(S1_LABELS, R4_S1, (10, 14, 17))):
        r = 7 + 4 * i
        s.put(f"A{r}", lbl, merge=f"H{r}")
        s.put(f"A{r + 1}", txt, merge=f"H{last}")
    # s1: labels A7, A11, A15; texts A8:H10, A12:H14, A16:H17
    row = 19
    for n in range(2, 7):
        s.put(f"A{row}", f"({KANSUJI[n - 1]})　{TITLES[n - 1]}", merge=f"H{row}", bold=True)
        s.put(f"A{row + 1}", "取り組み項目", merge=f"E{row + 1}")
        s.put(f"F{row + 1}", "実施状況")
        s.put(f"G{row + 1}", "具体的な取り組み", merge=f"H{row + 1}")
        items = SECTIONS[n]
        for i, lbl in enumerate(items):
            r = row + 2 + i
            s.put(f"A{r}", lbl, merge=f"E{r}")
            s.put(f"F{r}", R4_STATE[n][i])
        last = row + 1 + len(items)
        ws.data_validation(f"F{row + 2}:F{last}", {"validate": "list", "source": ["実施", "未実施"],
                                                   "ignore_blank": True, "show_error": False})
        s.put(f"G{row + 2}", R4_TEXTS[n], merge=f"H{last}")
        row = last + 2
    # s2 19 (header 20; items 21,22), s3 24 (items 26..32, F29 「2月予定」), s4 34 (items 36..38),
    # s5 40 (items 42,43), s6 45 (items 47..50, F50 blank)
    s.put("A52", "※(三)の新採対策会議は2月26日に開催予定です。", merge="H52")
    ws.set_column("A:E", 11)
    ws.set_column("F:F", 9)
    ws.set_column("G:H", 24)
    wb.close()
    return out


# R5 岩手 (openpyxl): section numbers in their own cell; 「」 labels; レ left of the printed □; s3 text as two lines.
R5_MARKS = {2: [1, 0], 3: [0, 0, 1, 1, 0, 1, 0], 4: [1, 1, 1], 5: [0, 0], 6: [1, 0, 0, 0]}
R5_S1 = ["団体生命共済の新規加入は1月末で目標の66％。\n保有件数は前年5月比で100.8％と増えている。",
         "内陸部と沿岸部で推進会議を1回ずつ開いた。\n沿岸部では単組役員の交代が多く、引き継ぎが課題。",
         "役員交代のあった単組への学習会の支援。"]
R5_TEXTS = {2: "支払いはしているが、単組での使い道までは確認できていない。",
            3: ["・12月に新採対策会議を開催した。", "・同時加入の方針を単組に文書で提起した。"],
            4: "退職予定者向けの説明会を3単組で開いた。\n共済のチラシを再任用者に配った。",
            5: "モデル単組は県支部が担当しているため、県本部は関わっていない。",
            6: "執行委員会で冊子を確認した。"}


def r5_iwate(folder: Path) -> Path:
    wb, s = _book("Sheet1")
    _bold(s, "A1", "令和6年度　県本部共済推進取り組み報告書（岩手県本部）", merge="H1")
    s.put("A3", "県名")
    s.put("B3", "岩手")
    s.put("A4", "作成日")
    s.put("B4", "2025/2/20")
    s.put("D3", "作成者")
    s.put("E3", "見本 隆")
    s.put("D4", "確認者")
    s.put("E4", "見本 陽子")
    s.ws.freeze_panes = "A6"
    s.put("A6", "１")
    _bold(s, "B6", TITLES[0], merge="H6")
    for i, (lbl, txt, last) in enumerate(zip(S1_LABELS, R5_S1, (10, 14, 17))):
        r = 7 + 4 * i
        s.put(f"B{r}", f"「{lbl}」", merge=f"H{r}")
        s.put(f"B{r + 1}", txt, merge=f"H{last}")
    # s1: labels B7, B11, B15; texts B8:H10, B12:H14, B16:H17
    row = 19
    for n in range(2, 7):
        s.put(f"A{row}", ZEN[n])
        _bold(s, f"B{row}", TITLES[n - 1], merge=f"H{row}")
        s.put(f"B{row + 1}", "実施している取り組み☑してください。", merge=f"F{row + 1}")
        s.put(f"G{row + 1}", "具体的な取り組み", merge=f"H{row + 1}")
        items = SECTIONS[n]
        for i, lbl in enumerate(items):
            r = row + 2 + i
            if R5_MARKS[n][i]:
                s.put(f"A{r}", "レ")
            s.put(f"B{r}", "□")
            s.put(f"C{r}", lbl, merge=f"F{r}")
        last = row + 1 + len(items)
        if isinstance(R5_TEXTS[n], list):
            for j, line in enumerate(R5_TEXTS[n]):
                s.put(f"G{row + 2 + j}", line, merge=f"H{row + 2 + j}")
        else:
            s.put(f"G{row + 2}", R5_TEXTS[n], merge=f"H{last}")
        row = last + 2
    # s2 19 (header 20; items 21,22: A21 レ), s3 24 (items 26..32; text G26:H26 + G27:H27), s4 34 (items 36..38),
    # s5 40 (items 42,43, no レ), s6 45 (items 47..50, A47 レ)
    s.put("A52", "※作成日は執行委員会での確認日です。", merge="H52")
    s.ws.column_dimensions["A"].width = 4
    s.ws.column_dimensions["B"].width = 4
    for col in "CDEFGH":
        s.ws.column_dimensions[col].width = 14
    wb.create_sheet("Sheet2")
    wb.create_sheet("Sheet3")
    out = folder / "報告書_岩手県本部.xlsx"
    wb.save(out)
    return out


# ================================================================ surveys ==================

S1_TEXTS = ["採用時研修の昼休みに説明会を開き、加入届と団体生命共済の申込書を同時に配っている。",
            "説明会の後、配属先の職場委員が1週間以内に声をかけるようにしている。",
            "会計年度任用職員の採用が通年で、説明の機会をつくりにくい。",
            "夏と冬の一時金闘争の時期に、未加入者へ職場訪問をしている。",
            "特になし",
            "交渉の結果を当日中に電子掲示板へ掲載している。",
            None,
            "市当局とは年3回の団体交渉を行っている。\n時間外勤務の縮減で一定の前進があった。",
            "共済の給付事例を紹介し、自治労の安心感を伝えている。",
            "会計年度任用職員の加入を増やした事例",
            "新採説明会で使える短い動画がほしい。"]


def s1_shizuoka(folder: Path) -> Path:
    out = folder / "静岡_見本市職員労働組合_実態共有用アンケート.xlsx"
    wb = _xbook(out)
    ws = wb.add_worksheet("アンケート")
    s = XSheet(wb, ws)
    s.put("A1", "　実態共有用アンケート", merge="F1", bold=True)
    s.put("A3", "県本部")
    s.put("B3", "静岡", merge="C3")
    s.put("A4", "単　組")
    s.put("B4", "見本市職員労働組合", merge="C4")
    s.put("A5", "記入者お名前")
    s.put("B5", "見本 悠斗", merge="C5")
    s.put("A6", "上部団体")
    s.put("B6", "自治労")
    s.put("C6", "全労連・自治労連")
    s.put("D6", "←プルダウンから選択")
    ws.data_validation("C6", {"validate": "list", "source": RIVALS})
    s.put("A7", "組織人員数（人）")
    s.put("B7", 1420, num="#,##0")
    s.put("C7", 95, num="#,##0")
    s.put("A8", "組織率（％）")
    s.put("B8", 0.452, num="0.0%")
    s.put("C8", 0.030, num="0.0%")
    s.put("D8", "2024年11月時点")
    s.put("A9", "未加入者数（人）")
    s.put("B9", 1627, num="#,##0")
    s.put("C9", None)
    s.put("H7", "※競合の人数は組合ニュースからの推計")
    s.put("A11", "2024年")
    for i, (lbl, v) in enumerate(zip(INTAKE, [48, 39, 1, 8])):
        s.put(f"A{12 + i}", lbl)
        s.put(f"B{12 + i}", v)
    for i, (lbl, ans) in enumerate(zip(TEXT_LABELS, S1_TEXTS)):
        r = 17 + i
        s.put(f"A{r}", lbl)
        s.put(f"B{r}", ans, merge=f"F{r}")
        ws.set_row(r - 1, 48)
    # texts: labels A17..A27, answers B17:F17 … B27:F27 (B21 「特になし」, B23 blank)
    s.put("A29", RATE_NOTE, merge="F29")  # printed on the form
    ws.set_column("A:A", 26)
    ws.set_column("B:C", 16)
    ws.set_column("D:F", 14)
    ws.print_area("A1:F29")
    wb.close()
    return out


S2_TEXTS = [["・辞令交付式の後、組合の説明時間を20分もらっている。", "・説明後に加入届を回収している。"],
            ["・説明は青年部長が担当し、若手の目線で話してもらう。"],
            ["・役場の採用が少なく、毎年の説明会が形だけになりがち。"],
            ["・未加入者に組合ニュースを配り、行事にも誘っている。"],
            ["・加入しない理由が「会費が高い」に集中している。"],
            ["・行事の写真を庁内の掲示板に貼っている。"],
            ["特になし"],
            ["・町当局とは春と秋に交渉。", "・昨年は特殊勤務手当の見直しで合意した。"],
            ["競合組合なし"],
            ["・小規模単組の役員の担い手づくり"],
            ["・県本部の学習会を地方でも開いてほしい。"]]


def s2_aomori(folder: Path) -> Path:
    wb, s = _book("回答")
    _bold(s, "A1", "実態共有用アンケート（令和6年度）", merge="G1")
    s.ws.print_title_rows = "1:1"
    for i, (lbl, v) in enumerate([("県本部：", "青森県本部"), ("単組名：", "見本町職員労働組合"), ("記入者：", "見本 康平"),
                                  ("上部団体：", "なし")]):
        s.put(f"A{3 + i}", lbl)
        s.put(f"B{3 + i}", v, merge=f"D{3 + i}")
    dv = DataValidation(type="list", formula1="=list!$A$1:$A$4", allow_blank=True)
    s.ws.add_data_validation(dv)
    dv.add("B6")
    _bold(s, "A8", "組織の状況")
    s.put("B8", "自治労")
    s.put("C8", "競合")
    for i, (lbl, j, r) in enumerate([("組織人員数", "３１２人", "－"), ("組織率", "２８．５％", "－"),
                                     ("未加入者数", "約７８０人", "－")]):
        s.put(f"A{9 + i}", lbl)
        s.put(f"B{9 + i}", j)
        s.put(f"C{9 + i}", r)
    s.put("A12", "時点")
    s.put("B12", "R6年12月1日現在")
    _bold(s, "A14", "2024年度 新規採用")
    for i, (lbl, v) in enumerate(zip(INTAKE, ["１８名", "１４名", "０名", "４名"])):
        s.put(f"A{15 + i}", lbl)
        s.put(f"B{15 + i}", v)
    _bold(s, "A20", "自由記述")
    r = 21
    for i, (lbl, lines) in enumerate(zip(TEXT_LABELS, S2_TEXTS)):
        num = f"{ZEN[i + 1]}．" if i < 9 else f"{i + 1}．"
        _bold(s, f"A{r}", num + lbl, merge=f"G{r}")
        for j, line in enumerate(lines):
            s.put(f"B{r + 1 + j}", line, merge=f"G{r + 1 + j}")
        r += 1 + len(lines) + 1
    # texts: label rows 21,25,28,31,34,37,40,43,47,50,53; answers 22-23, 26, 29, 32, 35, 38, 41, 44-45, 48, 51, 54
    s.put("A56", "※組織率は正規職員のみで計算しています", merge="G56")
    s.put("A57", RATE_NOTE, merge="G57")  # printed on the form
    s.ws.column_dimensions["A"].width = 16
    s.ws.column_dimensions["B"].width = 14
    lst = wb.create_sheet("list")
    for i, v in enumerate(RIVALS):
        lst[f"A{1 + i}"] = v
    lst.sheet_state = "hidden"
    out = folder / "青森県本部_見本町職労_アンケート回答.xlsx"
    wb.save(out)
    return out


S3_TEXTS = ["●採用前の説明会で組合と共済を紹介している。\n●加入届はその場で回収。",
            "村の先輩職員から、組合に入ってよかった体験を話してもらう。",
            "診療所の新採は競合の説明を先に受けることが多い。",
            "未加入者には年1回、委員長が個別に話をしている。",
            "競合から移ってくる人がほとんどいない。",
            "組合の活動報告を年4回、全職員に配っている。",
            "なし",
            "村当局とは年2回交渉。\n診療所の人員確保を重点にしている。",
            "役場の職場に根ざした要求づくりを大事にしている。",
            "医療職場で競合と並んでいる単組の取り組み",
            "特になし"]
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪"


def s3_nara(folder: Path, work: Path) -> Path:
    src = work / "s3"
    src.mkdir(parents=True, exist_ok=True)
    path = src / "奈良_見本村職員組合_アンケート.xlsx"
    wb = _xbook(path)
    g = XSheet(wb, wb.add_worksheet("はじめにお読みください"))
    g.put("A1", "記入にあたって", bold=True)
    g.put("A2", "・2枚目の「回答」シートに記入してください。")
    g.put("A3", "・組織率は小数第1位まで記入してください。")
    g.put("A4", "・提出期限：2024年12月13日")
    g.put("A5", "・問い合わせ：県本部組織部")
    g.ws.set_column("A:A", 50)
    ws = wb.add_worksheet("回答")
    s = XSheet(wb, ws)
    s.put("A1", "実態共有用アンケート", merge="F1", bold=True)
    for i, (lbl, v) in enumerate([("【県本部】", "奈良"), ("【単組名】", "見本村職員組合"), ("【記入者お名前】", "見本 舞"),
                                  ("【上部団体】", "全労連・医労連")]):
        s.put(f"A{3 + i}", lbl)
        s.put(f"B{3 + i}", v, merge=f"D{3 + i}")
    s.put("A8", "区分")
    s.put("B8", "自治労")
    s.put("C8", "競合")
    s.put("A9", "組織人員数（人）")
    s.put("B9", 186)
    s.put("C9", 41)
    s.put("A10", "組織率（％）")
    s.put("B10", 52.2, num='0.0"%"')
    s.put("C10", 11.5, num='0.0"%"')
    s.put("A11", "未加入者数（人）")
    s.put("B11", 129)
    s.put("C11", 129)
    s.put("A12", "正規職員数（人）")
    s.put("B12", 301)
    s.put("A13", "会計年度任用職員等（人）")
    s.put("B13", 55)
    s.put("A14", "時点")
    s.put("B14", dt.datetime(2024, 11, 1), num='yyyy"年"m"月"')
    s.put("E9", "※競合の人数は分会長からの聞き取りによる")
    s.put("A16", "2024年度", bold=True)
    for i, (lbl, v) in enumerate(zip(INTAKE, [9, 7, 1, 1])):
        s.put(f"A{17 + i}", lbl)
        s.put(f"B{17 + i}", v)
    for i, (lbl, ans) in enumerate(zip(TEXT_LABELS, S3_TEXTS)):
        r = 22 + 3 * i
        s.put(f"A{r}", CIRCLED[i] + lbl, merge=f"F{r}", bold=True)
        s.put(f"A{r + 1}", ans, merge=f"F{r + 2}")
    # texts: labels A22, A25, …, A52; answers A23:F24, …, A53:F54
    s.put("A56", RATE_NOTE, merge="F56")  # printed on the form
    ws.set_column("A:A", 24)
    ws.set_column("B:F", 12)
    wb.close()
    return _to_xls(path, folder)


S4_TEXTS = ["・採用前研修で組合と共済の説明を30分。\n・加入届は研修の最後に回収。",
            "若手役員が自分の給与明細を見せて、共済の掛金を説明している。",
            "競合の勧誘が入庁前から始まっている。",
            "職場ごとに未加入者を洗い出し、役員が分担して声をかけている。",
            "会計年度任用職員の未加入者が多い。",
            "組合だよりをLINEでも配信している。",
            "紙とLINEの両方を作る手間がかかる。",
            "町当局とは定期的に協議しており、関係は良好。",
            "特になし",
            "競合と同じ職場での共済の勧め方",
            None]
S4_OLD_TEXTS = ["採用前研修で説明している。", "資料を毎年作り直している。", "説明の時間が短い。", "年1回手紙を送っている。",
                "反応が少ない。", "組合だよりを紙で配っている。", "若い人が読まない。", "町当局とは年2回協議。",
                "共済の案内を丁寧にしている。", "なし", "学習会を増やしてほしい。"]


def _s4_sheet(s: XSheet, old: bool) -> None:
    s.put("A1", ("令和5年度" if old else "令和6年度") + "　実態共有用アンケート", merge="G1", bold=True)
    s.put("A3", "県本部：熊本")
    s.put("A4", "単組：見本町職員組合")
    s.put("A5", "記入者：" + ("見本 大輔" if old else "見本 翼"))
    s.put("A6", "上部団体（競合）：全労連・自治労連")
    for col, h in zip("ABCD", ["項目", "自治労", "競合", "備考"]):
        s.put(f"{col}8", h)
    pairs = ([("1,080", "190"), ("43.0%", "7.6％"), ("約1,230", "約1,230")] if old else
             [("1,045", "210"), ("41.8%", "8.4％"), ("約1,250", "約1,250")])
    for i, (lbl, (j, r)) in enumerate(zip(["組織人員数（人）", "組織率（％）", "未加入者数（人）"], pairs)):
        s.put(f"A{9 + i}", lbl)
        s.put(f"B{9 + i}", j)
        s.put(f"C{9 + i}", r)
    s.put("D9", "R5.10.1時点" if old else "R6.10.1時点")
    s.put("A13", "新規採用（2023年度）" if old else "新規採用（2024年度）", bold=True)
    for i, (lbl, v) in enumerate(zip(INTAKE, [28, 20, 4, 4] if old else [32, 25, 3, 4])):
        s.put(f"A{14 + i}", lbl)
        s.put(f"B{14 + i}", v)
    for i, (lbl, ans) in enumerate(zip(TEXT_LABELS, S4_OLD_TEXTS if old else S4_TEXTS)):
        r = 19 + 4 * i
        s.put(f"A{r}", "■" + lbl, merge=f"G{r}", bold=True)
        s.put(f"A{r + 1}", ans, merge=f"G{r + 3}")
    # texts: labels A19, A23, …, A59; answers A20:G22, …, A60:G62 (A60 blank)
    s.put("A64", RATE_NOTE, merge="G64")  # printed on the form
    s.ws.set_column("A:A", 22)
    s.ws.set_column("B:D", 13)


def s4_kumamoto(folder: Path) -> Path:
    out = folder / "熊本県本部_見本町職員組合.xlsx"
    wb = _xbook(out)
    ws = wb.add_worksheet("アンケート")
    s = XSheet(wb, ws)
    _s4_sheet(s, old=False)
    ws.freeze_panes(7, 0)
    s.put("A65", "※組織率は総務課の職員数（2,500人）から計算", merge="G65")
    old = wb.add_worksheet("R5回答")
    _s4_sheet(XSheet(wb, old), old=True)
    old.hide()
    wb.close()
    return out


S5_TEXTS = ["入庁式の午後に組合説明会を開いている。",
            "説明会で配る資料を1枚にまとめ、読みやすくした。",
            "競合も同じ日に説明会を開くため、新採が迷う。",
            "未加入者の多い職場に執行委員が出向いている。",
            "なし",
            "ホームページを作り直し、行事の様子を載せている。",
            "若い組合員ほど情報が届いていない。",
            "市当局とは月1回の事務折衝を行っている。\n秋の確定交渉では一時金の上積みを求めた。",
            "共済と福利厚生の充実を前面に出している。",
            "特にありません",
            "新採向けの共済パンフレットを早めに届けてほしい。"]


def s5_akita(folder: Path) -> Path:
    wb, s = _book("アンケート")
    _bold(s, "A1", "実態共有用アンケート", merge="F1")
    s.ws.print_title_rows = "1:1"
    for i, (lbl, v) in enumerate([("県本部：", "秋田県本部"), ("単組：", "見本湖市職員労働組合"),
                                  ("記入者お名前：", "見本 颯太"), ("上部団体：", "旧全官公自治労連")]):
        s.put(f"A{3 + i}", lbl)
        s.put(f"B{3 + i}", v)
    s.put("B8", "自治労")
    s.put("C8", "競合")
    s.put("A9", "組織人員数（人）")
    s.put("B9", "５８０")
    s.put("C9", "１０２")
    s.put("A10", "組織率（％）")
    s.put("B10", 0.318, fmt="0%")
    s.put("C10", 0.056, fmt="0%")
    s.put("H10", "※組織率は会計年度任用職員を含めて計算")
    s.put("A11", "未加入者数（人）")
    s.put("B11", 1142)
    s.put("C11", 1142)
    s.put("A12", "時点")
    s.put("B12", dt.datetime(2024, 11, 30), fmt="yyyy/m/d")
    s.put("A14", "2024年")
    for col, lbl, v in zip("BCDE", INTAKE, [26, 19, 2, 5]):
        s.put(f"{col}15", lbl)
        s.put(f"{col}16", v)
    s.put("A16", "人数")
    for i, (lbl, ans) in enumerate(zip(TEXT_LABELS, S5_TEXTS)):
        r = 18 + 2 * i
        s.put(f"A{r}", lbl, merge=f"A{r + 1}")
        s.put(f"B{r}", ans, merge=f"F{r + 1}")
    # texts: labels A18:A19, A20:A21, …, A38:A39; answers B18:F19, …, B38:F39
    s.put("A41", RATE_NOTE, merge="F41")  # printed on the form
    s.ws.column_dimensions["A"].width = 22
    for col in "BCDEF":
        s.ws.column_dimensions[col].width = 14
    wb.create_sheet("Sheet2")
    out = folder / "秋田_見本湖市職労_実態共有アンケート.xlsx"
    wb.save(out)
    return out


REPORTS = [r1_tokyo, r2_miyagi, r4_osaka, r5_iwate]
SURVEYS = [s1_shizuoka, s2_aomori, s4_kumamoto, s5_akita]


def build(root: Path) -> dict[str, Path]:
    """Write the report files to root/report and the surveys to root/survey."""
    return build_set(root, REPORTS, SURVEYS, [("report", r3_fukushima), ("survey", s3_nara)])


if __name__ == "__main__":
    print(build(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/legacy7")))
