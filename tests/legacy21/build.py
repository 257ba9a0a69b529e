"""Twenty-first, independent set of legacy-style fixtures (tests/legacy21), made to measure GENERALISATION.

Theme: ORDINARY FILES, ORDINARY MISTAKES -- ten clerks in ten prefectures fill in the FY2025 (令和7年度) forms the way
ordinary people do.  No file is built around one trick: each is one person's habits blended together.  Reports are
made in February 2026 (令和8年, sections 「2026年4月新規採用者対策」 「2026年3月末の…」); surveys give figures as of
October 2025 - December 2025 and the intake of 2025年4月.  Written with openpyxl and XlsxWriter; R4 (the oldest form)
is saved as .xls through LibreOffice.  Every name, union and sentence is invented for this set (試験 / 見本 / 架空 /
仮名); the only texts taken from the real forms are printed labels and instructions.  Nothing here imports the reader.

REPORTS
R1 長野県本部_共済推進取り組み報告書.xlsx -- THE CAREFUL CLERK who rebuilt the PRINTED PDF layout (openpyxl), sheet
   「報告書（長野）」: header beside the title (「県　名｜長野県」 F1:G1, 作成日 a real date shown 2026年2月13日, 作成者 two
   surnames 「試験・見本」); the ※ instruction and the three section-1 boxes as printed (two labelled boxes left, the
   tall 「左記、2025年6月報告以降…2点について記入してください。」 box right); item lines copied from the PDF: the mark
   INSIDE the item's cell after full-width spaces (「　☑　共済推進…」), Kangxi radicals in some labels (⽣ ⼊ ⽅), the
   long s6 items WRAPPED over 2 and 4 rows with the mark only on the first; each section's text merged F:H over its
   item rows; s1's June text pasted from the June report PDF (⽀ U+2F40 and ⻑ U+2ED1 in it); 「以上」.
R2 【修正】高知県本部_共済推進取り組み報告書.xlsx -- THE HURRIED CLERK (XlsxWriter), sheet 「報告書」 + a scratch sheet
   「Sheet2」 (交付金の計算): 県名 「高知県本部」, 作成日 「2026.2.16」, 確認者 left blank; done marks typed over the □ as
   〇 (U+3007) and once ○ (U+25CB), not-done left □; s1 as label / answer-below with the second box empty and
   「6月報告のとおり。…」; one-line texts not wrapped, typed in F of the first item row; s6 headed 「5．」 by a
   copy-paste slip (two sections numbered 5); s5 text 「特になし」, s6 text empty.
R3 山形県本部_取組報告書（R7）.xlsx -- THE CLERK WHO RETYPED THE FORM FROM THE PRINTOUT (openpyxl), sheet 「Sheet1», no
   merged cell at all: labels spaced out 「県　　名」 「作 成 日」, 作成日 「令和８年２月１２日」 (full-width), section
   titles retyped 「１　…」 with small differences (に向けた, 落とし込み, 「・」 for 「、」, full-width years), EVERY item
   retyped with small slips (規定に基づき, ツール提供, 合同での単組オルグ実施, 冊子内容を確認 …); 「実施｜取組項目｜具体的な取組」
   heading in every section; レ for done, nothing for not done (no □ anywhere); texts one printed line per row, in
   column D beside the items / in column B under the s1 labels 「（１）…（６月報告）」; full-width digits in texts.
R4 宮崎県本部_共済推進取り組み報告書.xls -- THE CLERK ON A VERY OLD COPY OF THE FORM (XlsxWriter -> LibreOffice .xls),
   sheet 「様式」: the 2022-era form: header 「県本部名」 「記入日」 (real date shown 令和8年2月17日) 「記入者」 「確認者」 in two
   columns; section 1 with only TWO boxes (「目標達成にむけた進捗と課題」 「今後、重点的に取り組む課題」); s3 with only the
   FIVE old items (no 同時加入 items); NO section 6 at all; years updated by hand in the titles; 「実施｜取り組み項目｜
   取り組み内容」 headings, ○ / ×; a ※ line under 「以上」 saying the manual was distributed anyway.
R5 和歌山県本部_共済推進取り組み報告書_20260218.xlsx -- THE CLERK WHO ANSWERS IN THE MARGINS (openpyxl), sheet 「報告書」:
   a 県本部-made form (title 「令和7年度…」, header in two columns, labels merged over 3 rows in s1, ☑ / ☐ (U+2610)
   in column A); print area A1:F50 and, outside it in column H, red notes 「←…」: the 確認者's absence, a plan for a
   not-done item (「←3月に開催予定」), a qualification of a done one (「←2単組のみ」), why an item is not done, and
   「←実施済みです（☑漏れ）」 beside an item whose ☐ was never changed; 作成日 the text 「2026年2月18日」.

SURVEYS
S1 秋田県本部_見本市職員労働組合_実態共有用アンケート.xlsx -- THE CAREFUL CLERK ON THE REAL PRINTED FORM (openpyxl), sheet
   「実態共有用アンケート」: the layout of the form as distributed (label B, 自治労 C, 競合 D; 時点 「2025年11月時点」 in E on
   the 組織率 row; the dropdown's list 全労連・自治労連 … なし printed in column H beside the table; 「←プルダウンから選択」);
   no 職員数 rows on this form, so the clerk typed 「正規職員820名」 「会計年度任用職員364名」 「計1,184名」 in column E beside
   the intake rows; rates 0.348 / 0.328 in 0.0% cells; 競合 未加入者数 「左に同じ」; 単組 「自治労見本市職員労働組合」; texts
   merged C:F, with Alt+Enter breaks; 「なし」; the ※組織率 note at the bottom.
S2 滋賀_架空町職_アンケート回答.xlsx -- THE HURRIED CLERK (XlsxWriter), sheet 「アンケート」: 県本部 left blank but typed
   into the title 「【滋賀県本部】実態共有用アンケート（令和7年度）」; 単組 abbreviated 「架空町職」, 記入者 surname only;
   上部団体 typed by hand with a half-width middle dot 「全労連･自治労連」; counts 「128人」 「30くらい」, rate 「45%」
   (text), 未加入者数 「？」, 時点 「R7.12」; 職員数 left blank; intake 「2」 as text; texts short, some blank,
   「特になし」, 「同上」.
S3 愛媛県本部　見本市職員労働組合連合会_実態共有アンケート.xlsx -- THE CLERK WHO PASTES FROM WORD (openpyxl), sheet
   「アンケート」: the numbers pasted as a Word TABLE 「区分｜自治労｜競合｜備考」 (text with units 「1,254人」, 「約38％」, a
   備考 remark), 時点 「2025年10月1日現在」 merged over both columns; intake as a two-column Word table; every text
   question a bold heading with the answer pasted below ONE PARAGRAPH PER ROW (●/◆ bullets, 「1.<TAB>」 numbering,
   no-break spaces, a rich-text run in bold, a ※ line inside an answer, an empty paragraph row left after some).
S4 北海道本部_しらかば町職員組合_アンケート.xlsx -- THE CLERK ON A MAC (XlsxWriter), sheet 「アンケート（しらかば町）」:
   単組 pasted from a Finder file name in NFD (decomposed dakuten), 県本部 「北海道本部」; every number typed in FULL-WIDTH
   digits as text (「４２１」, 「３８．５」, 「６７３人」, 「２０２５年１１月１日現在」); no competitor: 上部団体 「なし」 and
   the 競合 column filled with 「ー」 (the long-vowel mark the Japanese IME gives for a hyphen); 新規採用者数
   「１２（会計年度任用職員を除く）」.
S5 佐賀　架空市職労　実態共有用アンケート.xlsx -- THE CLERK WHO MERGES EVERYTHING (openpyxl), sheet 「回答」: every label
   merged A:C over two rows, every answer merged over two columns and two rows, 時点 「令和7年11月1日」 merged down the
   whole table in H:I, 未加入者数 ONE merged cell over both columns; counts numeric shown with a 「#,##0"人"」 format;
   the rates typed as FRACTIONS 0.612 / 0.07 in plain (General) cells of the （％） row; texts in merged boxes A:I,
   one left empty; a red margin note 「←昨年より12人減少」 beside 組織人員数.
"""
from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import tempfile
import unicodedata
from pathlib import Path

import openpyxl
import xlsxwriter
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
RED = Font(color="FF0000")
BOLD = Font(bold=True)

# PDF-copy characters (R1): Kangxi radicals and a CJK Radicals Supplement character
K_SEI, K_NYU, K_HOU, K_SHI = "\u2f63", "\u2f0a", "\u2f45", "\u2f40"  # ⽣ ⼊ ⽅ ⽀
R_CHOU = "\u2ed1"  # ⻑

CHECKED, EMPTY = "\u2611", "\u25a1"  # ☑ □
BALLOT = "\u2610"  # ☐
ZERO_MARU, MARU = "\u3007", "\u25cb"  # 〇 ○
FW = "\u3000"  # full-width space


def _box(ws, rng: str, value=None, align=WRAP, font=None, border=True):
    """Merge rng, write value into its first cell, frame it."""
    first = rng.split(":")[0]
    if ":" in rng:
        ws.merge_cells(rng)
    c = ws[first]
    c.value = value
    c.alignment = align
    if font is not None:
        c.font = font
    if border:
        for row in ws[rng] if ":" in rng else [[ws[first]]]:
            for cell in row:
                cell.border = BOX
    return c


# ------------------------------------------------------------------------------------------------ R1 長野 (careful)
def r1_nagano(folder: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "報告書（長野）"
    for col, w in zip("ABCDEFGH", (14, 14, 14, 14, 14, 12, 16, 16)):
        ws.column_dimensions[col].width = w
    _box(ws, "A1:E1", "県本部共済推進取り組み報告書", CENTER, Font(bold=True, size=14), border=False)
    _box(ws, "F1", "県　名", CENTER)
    _box(ws, "G1:H1", "長野県", CENTER)
    _box(ws, "F2", "作成日", CENTER)
    c = _box(ws, "G2:H2", dt.datetime(2026, 2, 13), CENTER)
    c.number_format = 'yyyy"年"m"月"d"日"'
    _box(ws, "F3", "作成者", CENTER)
    _box(ws, "G3:H3", "試験・見本", CENTER)
    _box(ws, "F4", "確認者", CENTER)
    _box(ws, "G4:H4", "架空 一郎", CENTER)

    ws["A6"] = f"1.県本部共済推進{K_HOU}針の目標達成にむけた進捗と重点的に取り組む課題"
    ws["A6"].font = BOLD
    _box(ws, "A7:H8", "※2025年6月 共済推進県本部・県支部合同会議で報告した県本部共済推進方針にもとづいた取り組み報告の"
                      "「3.目標達成にむけた進捗と課題」、「4.今後、重点的に取り組む課題」をあらためて下記に記載してください。",
         border=False)
    _box(ws, "F9:H9", "左記、2025年6月報告以降の取り組みと課題および\n2026年度末団体生命共済保有目標達成に向けた取り組み\n"
                      "2点について記入してください。", CENTER)
    _box(ws, "A10:B10", "「目標達成にむけた進捗と課題」", CENTER)
    _box(ws, "C10:E10", f"団体{K_SEI}命共済の新規加{K_NYU}件数は、2025年5月末時点で対目標値48.2％と未達。"
                        f"保有契約件数は前年同月比で99.6％。{R_CHOU}期共済は県{K_SHI}部と連携して目標を達成した。")
    _box(ws, "F10:H11", "　7月以降、県支部と合同で北信・東信地区の12単組を訪問し、新採の同時加入の進め方を確認した。\n"
                        "　2026年1月末時点で新規加入は対目標値61.5％。年度末に向け、未達の単組へ重点的に働きかける。")
    _box(ws, "A11:B11", "「今後、重点的に取り組む課題」", CENTER)
    _box(ws, "C11:E11", "新採の同時加入の定着と、再任用者への継続加入の案内を重点とする。")
    ws.row_dimensions[9].height = 48
    ws.row_dimensions[10].height = 110
    ws.row_dimensions[11].height = 80

    def section(row: int, title: str, items: list[tuple[str, list[str]]], text: str) -> int:
        ws.cell(row, 1, title).font = BOLD
        _box(ws, f"A{row + 1}:E{row + 1}", "実施している取り組み☑してください。", border=False)
        _box(ws, f"F{row + 1}:H{row + 1}", "具体的な取り組み", CENTER)
        r = row + 2
        first = r
        for mark, lines in items:
            for i, line in enumerate(lines):
                ws.cell(r, 1, (f"{FW}{mark}{FW}" if i == 0 else FW * 3) + line)
                ws.merge_cells(f"A{r}:E{r}")
                r += 1
        _box(ws, f"F{first}:H{r - 1}", text)
        return r + 1

    r = section(13, "2.共済推進県本部交付金の活用について", [
        (CHECKED, ["共済推進単組交付金規程にもとづき支払っている"]),
        (CHECKED, ["単組に支払った交付金の使われ方を把握している"]),
    ], "交付基準は団体生命共済の新規加入1件あたり3,000円。\n単組から使途報告書を提出してもらっている。")
    r = section(r, "3.2026年4月新規採用者対策", [
        (CHECKED, [f"組合と団体{K_SEI}命共済の同時加{K_NYU}に向けたツールの提供"]),
        (CHECKED, ["県本部・県支部合同の単組オルグの実施"]),
        (EMPTY, ["県本部・単組主催の執行部学習会の開催"]),
        (CHECKED, ["県本部新採対策会議の開催"]),
        (CHECKED, [f"新採組織化{K_HOU}針、具体的な取り組み提起"]),
        (CHECKED, [f"組合と団体{K_SEI}命共済の同時加{K_NYU}{K_HOU}針提起"]),
        (EMPTY, ["同時加入に向けた具体策の提案"]),
    ], "　12月10日に新採対策会議を開催し、方針を提起した。\n　同時加入用のリーフレットと申込書を全単組に配布した。\n"
       "　県支部と合同で12単組をオルグした。")
    r = section(r, "4.2026年３月末の役職定年者、再任用、再雇用者への対応状況", [
        (CHECKED, ["組織化方針の単組への提起"]),
        (EMPTY, ["対象者の把握と説明会等の実施"]),
        (CHECKED, ["じちろう共済のアピール"]),
    ], "　11月の単組代表者会議で組織化方針を提起した。対象者への説明会は単組ごとに3月に行う予定。")
    r = section(r, "5.加入拡大モデル単組に対して県本部の関わり方について", [
        (CHECKED, ["県本部共済推進委員会で進捗確認"]),
        (CHECKED, ["県本部・県支部合同の単組オルグの実施"]),
    ], "　モデル単組3単組の進捗を毎月の推進委員会で確認し、県支部と合同でオルグを行った。")
    r = section(r, "6.じちろう共済推進マニュアルの単組への落し込みや活用方法の提示など", [
        (CHECKED, ["執行委員会・共済推進委員会で冊子の内容を確認"]),
        (CHECKED, ["マニュアルの単組への配布"]),
        (CHECKED, ["単組代表者会議等において、マニュアルの内容および", "活用方法を全単組へ周知"]),
        (EMPTY, ["単組執行部オルグ等において、各単組が「2026年3月末退職", "予定者対策」「2026年4月新採取り組み」にむけて、推進計画",
                 "の立案や具体的な実行内容を協議する際に本マニュアルを参照", "するように提案"]),
    ], "　マニュアルを執行委員会で確認した上で全単組に配布し、2月の代表者会議で活用方法を説明した。")
    ws.cell(r, 8, "以上")
    wb.save(folder / "長野県本部_共済推進取り組み報告書.xlsx")


# ------------------------------------------------------------------------------------------------ R2 高知 (hurried)
def r2_kochi(folder: Path) -> None:
    wb = xlsxwriter.Workbook(str(folder / "【修正】高知県本部_共済推進取り組み報告書.xlsx"))
    ws = wb.add_worksheet("報告書")
    bold = wb.add_format({"bold": True})
    ws.set_column("A:A", 4)
    ws.set_column("B:B", 60)
    ws.set_column("C:E", 10)
    ws.set_column("F:F", 40)
    ws.write("A1", "県本部共済推進取り組み報告書（2025年度）", wb.add_format({"bold": True, "font_size": 14}))
    ws.write("B3", "県名")
    ws.write("C3", "高知県本部")
    ws.write("B4", "作成日")
    ws.write("C4", "2026.2.16")
    ws.write("B5", "作成者")
    ws.write("C5", "見本 大輔")
    ws.write("B6", "確認者")
    ws.write("A8", "1．県本部共済推進方針の目標達成にむけた進捗と重点的に取り組む課題", bold)
    ws.write("B9", "目標達成にむけた進捗と課題（6月報告の内容）")
    ws.write("B10", "6月報告のとおり。新規加入は1月末で目標の42％。")
    ws.write("B11", "目標達成にむけた進捗と課題（6月報告以降の取り組みと課題）")
    ws.write("B13", "今後、重点的に取り組む課題")
    ws.write("B14", "新採の同時加入。")

    def section(row: int, title: str, items: list[tuple[str, str]], text: str | None) -> int:
        ws.write(row - 1, 0, title, bold)
        ws.write(row, 0, "実施している取り組みを☑してください。")
        ws.write(row, 5, "具体的な取り組み")
        for i, (mark, label) in enumerate(items):
            ws.write(row + 1 + i, 0, mark)
            ws.write(row + 1 + i, 1, label)
        if text:
            ws.write(row + 1, 5, text)
        return row + len(items) + 3

    r = section(16, "2．共済推進県本部交付金の活用について", [
        (ZERO_MARU, "共済推進単組交付金規程にもとづき支払っている"),
        (EMPTY, "単組に支払った交付金の使われ方を把握している"),
    ], "規程どおり支払い済み")
    r = section(r, "3．2026年4月新規採用者対策", [
        (ZERO_MARU, "組合と団体生命共済の同時加入に向けたツールの提供"),
        (EMPTY, "県本部・県支部合同の単組オルグの実施"),
        (EMPTY, "県本部・単組主催の執行部学習会の開催"),
        (MARU, "県本部新採対策会議の開催"),
        (ZERO_MARU, "新採組織化方針、具体的な取り組み提起"),
        (EMPTY, "組合と団体生命共済の同時加入方針提起"),
        (EMPTY, "同時加入に向けた具体策の提案"),
    ], "12月に新採対策会議。方針提起済み。")
    r = section(r, "4．2026年3月末の役職定年者、再任用、再雇用者への対応状況", [
        (ZERO_MARU, "組織化方針の単組への提起"),
        (EMPTY, "対象者の把握と説明会等の実施"),
        (ZERO_MARU, "じちろう共済のアピール"),
    ], "代表者会議で提起")
    r = section(r, "5．加入拡大モデル単組に対して県本部の関わり方について", [
        (ZERO_MARU, "県本部共済推進委員会で進捗確認"),
        (ZERO_MARU, "県本部・県支部合同の単組オルグの実施"),
    ], "特になし")
    section(r, "5．じちろう共済推進マニュアルの単組への落し込みや活用方法の提示など", [
        (EMPTY, "執行委員会・共済推進委員会で冊子の内容を確認"),
        (ZERO_MARU, "マニュアルの単組への配布"),
        (EMPTY, "単組代表者会議等において、マニュアルの内容および活用方法を全単組へ周知"),
        (EMPTY, "単組執行部オルグ等において、各単組が「2026年3月末退職予定者対策」「2026年4月新採取り組み」にむけて、"
                "推進計画の立案や具体的な実行内容を協議する際に本マニュアルを参照するように提案"),
    ], None)
    scratch = wb.add_worksheet("Sheet2")
    scratch.write("A1", "交付金計算")
    scratch.write("A2", "14件")
    scratch.write("B2", "×3000")
    scratch.write_number("C2", 42000)
    wb.close()


# ------------------------------------------------------------------------------------------------ R3 山形 (retyped)
def r3_yamagata(folder: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.column_dimensions["A"].width = 8
    ws.column_dimensions["B"].width = 62
    ws.column_dimensions["C"].width = 2
    ws.column_dimensions["D"].width = 46
    ws["A1"] = "令和７年度　県本部共済推進取組報告書"
    ws["A3"], ws["B3"] = "県　　名", "山形県"
    ws["A4"], ws["B4"] = "作 成 日", "令和８年２月１２日"
    ws["A5"], ws["B5"] = "作 成 者", "見本　春香"
    ws["A6"], ws["B6"] = "確 認 者", "見本　正和"
    ws["A8"] = "１　県本部共済推進方針の目標達成に向けた進捗と重点的に取り組む課題"
    ws["A9"] = "（１）目標達成に向けた進捗と課題（６月報告）"
    ws["B10"] = "新規加入は５月末で目標の４５．８％。保有件数は前年比９９．１％で、"
    ws["B11"] = "庄内地区の単組で減少が続いている。"
    ws["A12"] = "（２）６月報告以降の取組と課題"
    ws["B13"] = "９月から県支部と合同で村山・置賜地区の８単組を訪問した。"
    ws["B14"] = "１月末の新規加入は目標の５７．３％。"
    ws["A15"] = "（３）今後、重点的に取り組む課題"
    ws["B16"] = "庄内地区の単組への支援と、新採の同時加入の定着。"

    def section(row: int, title: str, items: list[tuple[str, str, str | None]]) -> int:
        ws.cell(row, 1, title)
        ws.cell(row + 1, 1, "実施")
        ws.cell(row + 1, 2, "取組項目")
        ws.cell(row + 1, 4, "具体的な取組")
        for i, (mark, label, text) in enumerate(items):
            r = row + 2 + i
            if mark:
                ws.cell(r, 1, mark).alignment = Alignment(horizontal="center")
            ws.cell(r, 2, label)
            if text:
                ws.cell(r, 4, text)
        return row + 2 + len(items) + 1

    r = section(18, "２　共済推進県本部交付金の活用について", [
        ("レ", "共済推進単組交付金規定に基づき支払っている", "規定に基づき、１０月と３月の２回支払っている。"),
        ("レ", "単組に支払った交付金の使われ方を把握している", "単組の決算書で使途を確認している。"),
    ])
    r = section(r, "３　２０２６年４月新規採用者対策", [
        ("レ", "組合と団体生命共済の同時加入に向けたツール提供", "同時加入の申込書を単組ごとに作成し、"),
        (None, "県本部・県支部合同での単組オルグ実施", "１月までに全単組へ送付した。"),
        ("レ", "県本部・単組主催執行部学習会の開催", "１１月に執行部学習会を２回開催した。"),
        ("レ", "県本部新採対策会議開催", None),
        ("レ", "新採組織化方針・具体的取組の提起", None),
        (None, "組合と団体生命共済同時加入方針の提起", None),
        (None, "同時加入に向けた具体策提案", None),
    ])
    r = section(r, "４　２０２６年３月末の役職定年者・再任用・再雇用者への対応状況", [
        ("レ", "組織化方針を単組へ提起", "１２月の代表者会議で提起した。"),
        (None, "対象者把握と説明会等実施", None),
        ("レ", "じちろう共済アピール", "退職者団体生命共済のチラシを配布。"),
    ])
    r = section(r, "５　加入拡大モデル単組に対する県本部の関わり方", [
        ("レ", "県本部共済推進委員会での進捗確認", "推進委員会で毎回確認している。"),
        (None, "県本部・県支部合同単組オルグ実施", None),
    ])
    section(r, "６　じちろう共済推進マニュアルの単組への落とし込みや活用方法の提示など", [
        ("レ", "執行委員会・共済推進委員会で冊子内容を確認", "執行委員会で確認した。"),
        ("レ", "マニュアルを単組へ配布", None),
        (None, "単組代表者会議等でマニュアルの内容・活用方法を全単組に周知", None),
        (None, "単組執行部オルグ等で、推進計画立案や実行内容協議の際にマニュアルを参照するよう提案", None),
    ])
    wb.save(folder / "山形県本部_取組報告書（R7）.xlsx")


# ------------------------------------------------------------------------------------------------ R4 宮崎 (old form, .xls)
def r4_miyazaki(folder: Path, work: Path) -> None:
    src = work / "宮崎県本部_共済推進取り組み報告書.xlsx"
    wb = xlsxwriter.Workbook(str(src))
    ws = wb.add_worksheet("様式")
    ws.set_column("A:A", 8)
    ws.set_column("B:D", 16)
    ws.set_column("E:G", 18)
    title = wb.add_format({"bold": True, "font_size": 14, "align": "center"})
    box = wb.add_format({"border": 1, "text_wrap": True, "valign": "top"})
    lab = wb.add_format({"border": 1, "align": "center", "valign": "vcenter", "text_wrap": True, "bg_color": "#DDEBF7"})
    date = wb.add_format({"border": 1, "align": "center", "num_format": '[$-411]ggge"年"m"月"d"日"'})
    mark = wb.add_format({"border": 1, "align": "center", "valign": "vcenter"})
    bold = wb.add_format({"bold": True})
    ws.merge_range("A1:G1", "県本部共済推進取り組み報告書", title)
    ws.write("A3", "県本部名", lab)
    ws.merge_range("B3:C3", "宮崎県本部", box)
    ws.write("E3", "記入日", lab)
    ws.merge_range("F3:G3", "", date)
    ws.write_datetime("F3", dt.datetime(2026, 2, 17), date)
    ws.write("A4", "記入者", lab)
    ws.merge_range("B4:C4", "仮名 修", box)
    ws.write("E4", "確認者", lab)
    ws.merge_range("F4:G4", "仮名 直子", box)
    ws.write("A6", "１．県本部共済推進方針の目標達成にむけた進捗と重点的に取り組む課題", bold)
    ws.write("A7", "※共済推進県本部・県支部合同会議で報告した「目標達成にむけた進捗と課題」「今後、重点的に取り組む課題」を"
                   "記載してください。")
    ws.merge_range("A8:B10", "目標達成にむけた進捗と課題", lab)
    ws.merge_range("C8:G10", "新規加入は1月末で目標の58.7％。県北地区の単組で新採の加入が前年を下回った。"
                             "保有件数は前年5月比で100.4％と増加している。", box)
    ws.merge_range("A11:B13", "今後、重点的に取り組む課題", lab)
    ws.merge_range("C11:G13", "県北地区の単組への支援と、再任用者への継続加入の案内。", box)

    def section(row: int, title: str, items: list[tuple[str, str]], text: str) -> int:
        ws.write(row - 1, 0, title, bold)
        ws.write(row, 0, "実施", lab)
        ws.merge_range(row, 1, row, 3, "取り組み項目", lab)
        ws.merge_range(row, 4, row, 6, "取り組み内容", lab)
        for i, (m, label) in enumerate(items):
            ws.write(row + 1 + i, 0, m, mark)
            ws.merge_range(row + 1 + i, 1, row + 1 + i, 3, label, box)
        last = row + len(items)
        if last > row + 1:
            ws.merge_range(row + 1, 4, last, 6, text, box)
        else:
            ws.merge_range(row + 1, 4, row + 1, 6, text, box)
        return last + 3

    r = section(15, "２．共済推進県本部交付金の活用について", [
        ("○", "共済推進単組交付金規程にもとづき支払っている"),
        ("×", "単組に支払った交付金の使われ方を把握している"),
    ], "規程に基づき年1回支払っている。使途の把握はこれから。")
    r = section(r, "３．2026年4月新規採用者対策", [
        ("○", "組合と団体生命共済の同時加入に向けたツールの提供"),
        ("○", "県本部・県支部合同の単組オルグの実施"),
        ("×", "県本部・単組主催の執行部学習会の開催"),
        ("○", "県本部新採対策会議の開催"),
        ("○", "新採組織化方針、具体的な取り組み提起"),
    ], "1月に新採対策会議を開き、組織化方針を提起した。県支部と合同で5単組を訪問した。")
    r = section(r, "４．2026年3月末の役職定年者、再任用、再雇用者への対応状況", [
        ("○", "組織化方針の単組への提起"),
        ("×", "対象者の把握と説明会等の実施"),
        ("○", "じちろう共済のアピール"),
    ], "退職予定者向けに共済の継続案内を単組経由で配布した。")
    r = section(r, "５．加入拡大モデル単組に対して県本部の関わり方について", [
        ("○", "県本部共済推進委員会で進捗確認"),
        ("×", "県本部・県支部合同の単組オルグの実施"),
    ], "モデル単組2単組の状況を推進委員会で確認した。")
    ws.write(r - 1, 6, "以上")
    ws.write(r + 1, 0, "※マニュアル（じちろう共済推進マニュアル）は12月に全単組へ配布済みです。")
    wb.close()
    _to_xls(src, folder, work)


def _to_xls(src: Path, folder: Path, work: Path) -> None:
    profile = work / "lo-profile"
    cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "xls",
           "--outdir", str(work), str(src)]
    subprocess.run(cmd, check=True, capture_output=True, timeout=300)
    shutil.move(str(src.with_suffix(".xls")), str(folder / src.with_suffix(".xls").name))


# ------------------------------------------------------------------------------------------------ R5 和歌山 (margins)
def r5_wakayama(folder: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "報告書"
    for col, w in zip("ABCDEFGH", (6, 14, 14, 14, 18, 18, 2, 34)):
        ws.column_dimensions[col].width = w
    _box(ws, "A1:F1", "令和7年度　県本部共済推進取り組み報告書", CENTER, Font(bold=True, size=14), border=False)
    _box(ws, "A2", "県名", CENTER)
    _box(ws, "B2:C2", "和歌山", CENTER)
    _box(ws, "D2", "作成日", CENTER)
    _box(ws, "E2:F2", "2026年2月18日", CENTER)
    _box(ws, "A3", "作成者", CENTER)
    _box(ws, "B3:C3", "試験 直人", CENTER)
    _box(ws, "D3", "確認者", CENTER)
    _box(ws, "E3:F3", "試験 洋子", CENTER)
    ws["H3"] = "←確認者は出張中のため、確認は2/20の予定です。"
    ws["H3"].font = RED

    ws["A5"] = "1．県本部共済推進方針の目標達成にむけた進捗と重点的に取り組む課題"
    ws["A5"].font = BOLD
    _box(ws, "A6:B8", "目標達成にむけた進捗と課題（6月報告の内容）", CENTER)
    _box(ws, "C6:F8", "新規加入は5月末で目標の51.0％。紀北地区の単組では新採の加入が前年を上回った。")
    _box(ws, "A9:B11", "目標達成にむけた進捗と課題（6月報告以降の取り組みと課題）", CENTER)
    _box(ws, "C9:F11", "8月から県支部と合同で紀南地区の7単組を訪問し、退職予定者への案内方法を確認した。"
                       "1月末の新規加入は目標の63.4％。")
    _box(ws, "A12:B14", "今後、重点的に取り組む課題", CENTER)
    _box(ws, "C12:F14", "紀南地区の単組への支援と、退職者団体生命共済への継続加入の案内。")

    def section(row: int, title: str, items: list[tuple[str, str, str | None]], text: str) -> int:
        ws.cell(row, 1, title).font = BOLD
        _box(ws, f"B{row + 1}:D{row + 1}", "取り組み項目", CENTER)
        _box(ws, f"E{row + 1}:F{row + 1}", "具体的な取り組み", CENTER)
        for i, (m, label, note) in enumerate(items):
            r = row + 2 + i
            _box(ws, f"A{r}", m, CENTER)
            _box(ws, f"B{r}:D{r}", label)
            if note:
                ws.cell(r, 8, note).font = RED
        _box(ws, f"E{row + 2}:F{row + 1 + len(items)}", text)
        return row + 2 + len(items) + 1

    r = section(16, "2．共済推進県本部交付金の活用について", [
        (CHECKED, "共済推進単組交付金規程にもとづき支払っている", None),
        (BALLOT, "単組に支払った交付金の使われ方を把握している", "←今年度中に単組から報告をもらう予定"),
    ], "規程にもとづき9月に支払った。")
    r = section(r, "3．2026年4月新規採用者対策", [
        (CHECKED, "組合と団体生命共済の同時加入に向けたツールの提供", None),
        (CHECKED, "県本部・県支部合同の単組オルグの実施", None),
        (BALLOT, "県本部・単組主催の執行部学習会の開催", "←3月に開催予定"),
        (CHECKED, "県本部新採対策会議の開催", None),
        (CHECKED, "新採組織化方針、具体的な取り組み提起", None),
        (CHECKED, "組合と団体生命共済の同時加入方針提起", None),
        (BALLOT, "同時加入に向けた具体策の提案", None),
    ], "同時加入のチラシを作成して全単組に配布した。12月に新採対策会議を開き、同時加入方針を提起した。")
    r = section(r, "4．2026年3月末の役職定年者、再任用、再雇用者への対応状況", [
        (CHECKED, "組織化方針の単組への提起", None),
        (CHECKED, "対象者の把握と説明会等の実施", "←2単組のみ"),
        (BALLOT, "じちろう共済のアピール", None),
    ], "組織化方針を11月に提起し、2単組で対象者向けの説明会を開いた。")
    r = section(r, "5．加入拡大モデル単組に対して県本部の関わり方について", [
        (CHECKED, "県本部共済推進委員会で進捗確認", None),
        (BALLOT, "県本部・県支部合同の単組オルグの実施", "←県支部のみで実施"),
    ], "モデル単組4単組の進捗を推進委員会で確認した。")
    section(r, "6．じちろう共済推進マニュアルの単組への落し込みや活用方法の提示など", [
        (CHECKED, "執行委員会・共済推進委員会で冊子の内容を確認", None),
        (CHECKED, "マニュアルの単組への配布", None),
        (BALLOT, "単組代表者会議等において、マニュアルの内容および活用方法を全単組へ周知", None),
        (BALLOT, "単組執行部オルグ等において、各単組が「2026年3月末退職予定者対策」「2026年4月新採取り組み」にむけて、"
                 "推進計画の立案や具体的な実行内容を協議する際に本マニュアルを参照するように提案", "←実施済みです（☑漏れ）"),
    ], "冊子を執行委員会で確認し、全単組に配布した。")
    ws.print_area = "A1:F50"
    wb.save(folder / "和歌山県本部_共済推進取り組み報告書_20260218.xlsx")


# ------------------------------------------------------------------------------------------------ S1 秋田 (careful)
S1_TEXTS = [
    ("新採加入の主な取り組み", "採用2日目に組合説明会を開き、青年部の役員が加入を呼びかけている。\n説明会の資料に共済の給付事例を入れている。"),
    ("新規採用者組織化で工夫していること", "説明会の後、配属先の職場委員が一人ずつ声をかけるようにしている。"),
    ("新規採用者組織化で悩んでいること", "競合組合の説明会が同じ日に開かれ、どちらにも入らない新採が増えている。"),
    ("未加入者対策の主な取り組み", "未加入者の一覧を職場委員と共有し、学習会や交流会に誘っている。"),
    ("未加入者対策で悩んでいること", "会計年度任用職員への声かけが、職場によって差がある。"),
    ("組合活動の可視化", "団体交渉の翌日に教宣紙を出し、写真を多く載せている。"),
    ("組合員との情報共有で悩んでいること", "出先の職場では組合掲示板を見る人が少ない。"),
    ("労使関係・交渉など（労使関係の状態、労使交渉の取り組み状況など）",
     "当局とは年3回の団体交渉のほか、必要に応じて事務折衝を行っている。"),
    ("競合単組との差別化（自治労と競合単組の違いを見せる意味で工夫していること、気を付けていること）",
     "共済の給付や相談体制など、自治労全体のつながりを伝えている。"),
    ("他の単組・他の県本部に聞いてみたいこと", "なし"),
    ("県本部・本部への要望", "新採向けの説明会資料のひな形を早めに示してほしい。"),
]


def s1_akita(folder: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "実態共有用アンケート"
    for col, w in zip("ABCDEFGH", (3, 30, 14, 14, 18, 14, 2, 18)):
        ws.column_dimensions[col].width = w
    ws.merge_cells("B1:F1")
    ws["B1"] = "　実態共有用アンケート"
    ws["B1"].font = Font(bold=True, size=14)
    for r, (label, value) in enumerate((("県本部", "秋田"), ("単　組", "自治労見本市職員労働組合"),
                                        ("記入者お名前", "試験　直樹"), ("上部団体", "全労連・自治労連")), start=3):
        _box(ws, f"B{r}", label)
        _box(ws, f"C{r}:D{r}", value)
    ws["E6"] = "←プルダウンから選択"
    for i, choice in enumerate(("全労連・自治労連", "旧全官公自治労連", "全労連・医労連", "なし")):
        ws.cell(6 + i, 8, choice).font = Font(color="808080")
    dv = DataValidation(type="list", formula1="=$H$6:$H$9", allow_blank=True)
    ws.add_data_validation(dv)
    dv.add("C6")
    _box(ws, "C8", "自治労", CENTER)
    _box(ws, "D8", "競合", CENTER)
    _box(ws, "B9", "組織人員数（人）")
    _box(ws, "C9", 412)
    _box(ws, "D9", 388)
    _box(ws, "B10", "組織率（％）")
    _box(ws, "C10", 0.348).number_format = "0.0%"
    _box(ws, "D10", 0.328).number_format = "0.0%"
    ws["E10"] = "2025年11月時点"
    _box(ws, "B11", "未加入者数（人）")
    _box(ws, "C11", 384)
    _box(ws, "D11", "左に同じ")
    ws["B13"] = "2025年"
    ws["B13"].font = BOLD
    for r, (label, n, side) in enumerate((("新規採用者数", 26, "正規職員820名"), ("自治労加入者数", 17, "会計年度任用職員364名"),
                                          ("競合加入者数", 6, "計1,184名"), ("未加入者数", 3, None)), start=14):
        _box(ws, f"B{r}", label)
        _box(ws, f"C{r}", n)
        if side:
            ws.cell(r, 5, side)
    r = 19
    for label, text in S1_TEXTS:
        _box(ws, f"B{r}:B{r + 3}", label, Alignment(wrap_text=True, vertical="center"))
        _box(ws, f"C{r}:F{r + 3}", text)
        r += 4
    ws.cell(r + 1, 2, "※組織率＝組合員数/（正規職員数+会計年度任用職員やパート職員など非正規職員数）×100")
    wb.save(folder / "秋田県本部_見本市職員労働組合_実態共有用アンケート.xlsx")


# ------------------------------------------------------------------------------------------------ S2 滋賀 (hurried)
def s2_shiga(folder: Path) -> None:
    wb = xlsxwriter.Workbook(str(folder / "滋賀_架空町職_アンケート回答.xlsx"))
    ws = wb.add_worksheet("アンケート")
    ws.set_column("A:A", 34)
    ws.set_column("B:D", 14)
    ws.set_column("E:F", 14)
    yellow = wb.add_format({"bg_color": "#FFFF99", "border": 1})
    lab = wb.add_format({"border": 1})
    ws.write("A1", "【滋賀県本部】実態共有用アンケート（令和7年度）", wb.add_format({"bold": True, "font_size": 13}))
    ws.write("A3", "県本部", lab)
    ws.write_blank("B3", None, yellow)
    ws.write("A4", "単組", lab)
    ws.write("B4", "架空町職", yellow)
    ws.write("A5", "記入者お名前", lab)
    ws.write("B5", "架空", yellow)
    ws.write("A6", "上部団体", lab)
    ws.write("B6", "全労連\uff65自治労連", yellow)
    ws.write("B8", "自治労", lab)
    ws.write("C8", "競合", lab)
    ws.write("A9", "組織人員数（人）", lab)
    ws.write("B9", "128人", yellow)
    ws.write("C9", "30くらい", yellow)
    ws.write("A10", "組織率（％）", lab)
    ws.write("B10", "45%", yellow)
    ws.write_blank("C10", None, yellow)
    ws.write("A11", "未加入者数（人）", lab)
    ws.write("B11", "？", yellow)
    ws.write_blank("C11", None, yellow)
    ws.write("A12", "時点", lab)
    ws.write("B12", "R7.12", yellow)
    ws.write("A13", "正規職員数（人）", lab)
    ws.write_blank("B13", None, yellow)
    ws.write("A14", "会計年度任用職員・パート等の非正規職員数（人）", lab)
    ws.write_blank("B14", None, yellow)
    ws.write("A16", "令和7年度 新規採用者", wb.add_format({"bold": True}))
    ws.write("A17", "新規採用者数", lab)
    ws.write_number("B17", 8, yellow)
    ws.write("A18", "自治労加入者数", lab)
    ws.write_number("B18", 5, yellow)
    ws.write("A19", "競合加入者数", lab)
    ws.write_number("B19", 1, yellow)
    ws.write("A20", "未加入者数", lab)
    ws.write_string("B20", "2", yellow)
    texts = [
        ("新採加入の主な取り組み", "説明会で加入を呼びかけ"),
        ("新規採用者組織化で工夫していること", None),
        ("新規採用者組織化で悩んでいること", "競合に先に声をかけられる"),
        ("未加入者対策の主な取り組み", "特になし"),
        ("未加入者対策で悩んでいること", "同上"),
        ("組合活動の可視化", "ニュース発行（月1回）"),
        ("組合員との情報共有で悩んでいること", None),
        ("労使関係・交渉など", "年2回交渉"),
        ("競合単組との差別化", None),
        ("他の単組・他の県本部に聞いてみたいこと", None),
        ("県本部・本部への要望", "特になし"),
    ]
    ws.write("A22", "取り組みと悩み", wb.add_format({"bold": True}))
    for i, (label, text) in enumerate(texts):
        ws.write(22 + i, 0, label, lab)
        if text:
            ws.merge_range(22 + i, 1, 22 + i, 5, text, yellow)
        else:
            ws.merge_range(22 + i, 1, 22 + i, 5, "", yellow)
    wb.close()


# ------------------------------------------------------------------------------------------------ S3 愛媛 (Word paster)
def s3_ehime(folder: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "アンケート"
    for col, w in zip("ABCDEF", (26, 16, 16, 30, 12, 12)):
        ws.column_dimensions[col].width = w
    mincho = Font(name="ＭＳ 明朝", size=10.5)
    ws["A1"] = "実態共有用アンケート"
    ws["A1"].font = Font(bold=True, size=14)
    for r, (label, value) in enumerate((("県本部", "愛媛"), ("単組", "見本市職員労働組合連合会"),
                                        ("記入者お名前", "見本 恵子"), ("上部団体", "旧全官公自治労連")), start=3):
        _box(ws, f"A{r}", label)
        _box(ws, f"B{r}:C{r}", value)
    # the numbers: a Word table pasted in (text, units, a remark column)
    table = [("区分", "自治労", "競合", "備考"),
             ("組織人員数", "1,254人", "96人", None),
             ("組織率", "約38％", "約3％", None),
             ("未加入者数", "1,934人", "1,934人", "職員数から組合員数を引いた人数"),
             ("時点", "2025年10月1日現在", None, None),
             ("正規職員数", "2,104人", None, None),
             ("会計年度任用職員等", "1,180人", None, None)]
    for i, row in enumerate(table):
        r = 8 + i
        for j, v in enumerate(row):
            c = ws.cell(r, 1 + j, v)
            c.font = mincho
            c.border = BOX
    ws.merge_cells("B12:C12")
    ws["A7"] = "組織の状況"
    ws["A7"].font = BOLD
    ws["A16"] = "2025年4月　新規採用者"
    ws["A16"].font = BOLD
    for i, (label, v) in enumerate((("新規採用者数", "64人"), ("自治労加入者数", "41人"), ("競合加入者数", "9人"),
                                    ("未加入者数", "14人"))):
        for j, x in enumerate((label, v)):
            c = ws.cell(17 + i, 1 + j, x)
            c.font = mincho
            c.border = BOX
    bold_run = InlineFont(b=True, rFont="ＭＳ 明朝")
    plain_run = InlineFont(rFont="ＭＳ 明朝")
    texts = [
        ("新採加入の主な取り組み", ["●採用前の3月に内定者向けの説明会を開き、組合と共済を紹介している。",
                                "●4月の研修初日に加入届を配り、その週のうちに回収している。", ""]),
        ("新規採用者組織化で工夫していること", ["◆説明は入庁2、3年目の青年部員が担当し、年の近い先輩から話すようにしている。"]),
        ("新規採用者組織化で悩んでいること", ["1.\t競合組合が採用前から個別に連絡を取っている。",
                                      "2.\t加入を保留したまま夏を過ぎる新採がいる。", ""]),
        ("未加入者対策の主な取り組み", ["職場ごとに未加入者の名簿を作り、執行委員が分担して声をかけている。"]),
        ("未加入者対策で悩んでいること", ["長く未加入の職員は、声をかけても\u00a0反応がない。"]),
        ("組合活動の可視化", [CellRichText(TextBlock(bold_run, "「組合ニュース」"),
                                       TextBlock(plain_run, "を月2回発行し、交渉の経過をその日のうちにメールで全組合員に送っている。"))]),
        ("組合員との情報共有で悩んでいること", ["メールを読まない組合員が多く、職場集会への参加も減っている。", "※特に出先機関で顕著。"]),
        ("労使関係・交渉など", ["市当局とは定期的に交渉を行っており、労使関係はおおむね良好。",
                              "今年度は人員確保を重点に要求した。", ""]),
        ("競合単組との差別化", ["自治労の共済と、全国の仲間とのつながりを前面に出している。"]),
        ("他の単組・他の県本部に聞いてみたいこと", ["新採が加入を保留した場合、いつまで、どのように声をかけているか。"]),
        ("県本部・本部への要望", ["競合対策の学習会を県本部で開いてほしい。"]),
    ]
    r = 22
    for label, paras in texts:
        ws.merge_cells(f"A{r}:F{r}")
        ws.cell(r, 1, label).font = Font(bold=True, name="ＭＳ ゴシック")
        r += 1
        for p in paras:
            if p != "":
                c = ws.cell(r, 1, p)
                if not isinstance(p, CellRichText):
                    c.font = mincho
            r += 1
        r += 1
    wb.save(folder / "愛媛県本部　見本市職員労働組合連合会_実態共有アンケート.xlsx")


# ------------------------------------------------------------------------------------------------ S4 北海道 (Mac)
def s4_hokkaido(folder: Path) -> None:
    wb = xlsxwriter.Workbook(str(folder / "北海道本部_しらかば町職員組合_アンケート.xlsx"))
    ws = wb.add_worksheet("アンケート（しらかば町）")
    ws.set_column("A:A", 2)
    ws.set_column("B:B", 40)
    ws.set_column("C:D", 16)
    ws.set_column("E:G", 14)
    hira = {"font_name": "Hiragino Sans", "font_size": 12}
    lab = wb.add_format({**hira, "border": 1})
    ans = wb.add_format({**hira, "border": 1, "align": "right"})
    txt = wb.add_format({**hira, "border": 1, "text_wrap": True, "valign": "top"})
    ws.write("B1", "実態共有用アンケート（令和7年度）", wb.add_format({**hira, "bold": True, "font_size": 16}))
    ws.write("B3", "県本部", lab)
    ws.write("C3", "北海道本部", lab)
    ws.write("B4", "単組", lab)
    ws.write("C4", unicodedata.normalize("NFD", "しらかば町職員組合"), lab)
    ws.write("B5", "記入者お名前", lab)
    ws.write("C5", "仮名 大吾", lab)
    ws.write("B6", "上部団体", lab)
    ws.write("C6", "なし", lab)
    ws.data_validation("C6", {"validate": "list",
                              "source": ["全労連・自治労連", "旧全官公自治労連", "全労連・医労連", "なし"]})
    ws.write("D6", "←プルダウンから選択", wb.add_format(hira))
    ws.write("C8", "自治労", lab)
    ws.write("D8", "競合", lab)
    rows = [("組織人員数（人）", "４２１", "ー"), ("組織率（％）", "３８．５", "ー"), ("未加入者数（人）", "６７３人", "ー"),
            ("時点", "２０２５年１１月１日現在", None), ("正規職員数（人）", "８１２", None),
            ("会計年度任用職員・パート等の非正規職員数（人）", "２８２", None)]
    for i, (label, a, b) in enumerate(rows):
        ws.write(8 + i, 1, label, lab)
        ws.write_string(8 + i, 2, a, ans)
        if b is not None:
            ws.write_string(8 + i, 3, b, ans)
    ws.write("B16", "2025年 新規採用者", wb.add_format({**hira, "bold": True}))
    for i, (label, a) in enumerate((("新規採用者数", "１２（会計年度任用職員を除く）"), ("自治労加入者数", "９"),
                                    ("競合加入者数", "０"), ("未加入者数", "３"))):
        ws.write(16 + i, 1, label, lab)
        ws.write_string(16 + i, 2, a, ans)
    texts = [
        ("新採加入の主な取り組み", "4月1日の辞令交付式の後、30分の説明会で加入を呼びかけている。"),
        ("新規採用者組織化で工夫していること", "説明会では給与明細の見方や共済の話など、すぐ役に立つ話をしている。"),
        ("新規採用者組織化で悩んでいること", "競合はないが、加入を迷う新採が年々増えている。"),
        ("未加入者対策の主な取り組み", "未加入者の多くは会計年度任用職員のため、任用時に個別に説明している。"),
        ("未加入者対策で悩んでいること", "任用期間が短く、説明の機会がつくりにくい。"),
        ("組合活動の可視化", "LINEのオープンチャットで交渉の結果を知らせている。"),
        ("組合員との情報共有で悩んでいること", "組合員が町内に点在しており、集会を開きにくい。"),
        ("労使関係・交渉など", "町当局とは年2回交渉している。労使関係は良好。"),
        ("競合単組との差別化", "競合なし"),
        ("他の単組・他の県本部に聞いてみたいこと", "小規模単組での会計年度任用職員の組織化の事例を知りたい。"),
        ("県本部・本部への要望", "なし"),
    ]
    ws.write("B22", "取り組みと悩み", wb.add_format({**hira, "bold": True}))
    for i, (label, text) in enumerate(texts):
        r = 22 + i * 3
        ws.merge_range(r, 1, r + 2, 1, label, lab)
        ws.merge_range(r, 2, r + 2, 6, text, txt)
    wb.close()


# ------------------------------------------------------------------------------------------------ S5 佐賀 (merged)
def s5_saga(folder: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "回答"
    for col in "ABCDEFGHI":
        ws.column_dimensions[col].width = 9
    ws.column_dimensions["J"].width = 24
    _box(ws, "A1:I2", "実態共有用アンケート", CENTER, Font(bold=True, size=14), border=False)
    for r, (label, value) in enumerate((("県本部", "佐賀県本部"), ("単組", "架空市職員労働組合"),
                                        ("記入者お名前", "架空　美咲"), ("上部団体", "全労連・自治労連")), start=0):
        row = 4 + r * 2
        _box(ws, f"A{row}:C{row + 1}", label, CENTER)
        _box(ws, f"D{row}:I{row + 1}", value, CENTER)
    _box(ws, "A13:C14", "組織の状況", CENTER, BOLD)
    _box(ws, "D13:E14", "自治労", CENTER)
    _box(ws, "F13:G14", "競合", CENTER)
    _box(ws, "H13:I14", "時点", CENTER)
    people = '#,##0"人"'
    _box(ws, "A15:C16", "組織人員数（人）", CENTER)
    _box(ws, "D15:E16", 842, CENTER).number_format = people
    _box(ws, "F15:G16", 96, CENTER).number_format = people
    ws["J15"] = "←昨年より12人減少"
    ws["J15"].font = RED
    _box(ws, "A17:C18", "組織率（％）", CENTER)
    _box(ws, "D17:E18", 0.612, CENTER)
    _box(ws, "F17:G18", 0.07, CENTER)
    _box(ws, "A19:C20", "未加入者数（人）", CENTER)
    _box(ws, "D19:G20", 438, CENTER).number_format = people
    _box(ws, "H15:I20", "令和7年11月1日", CENTER)
    _box(ws, "A21:C22", "正規職員数（人）", CENTER)
    _box(ws, "D21:E22", 1146, CENTER).number_format = people
    _box(ws, "A23:C24", "会計年度任用職員・パート等の非正規職員数（人）", CENTER)
    _box(ws, "D23:E24", 230, CENTER).number_format = people
    _box(ws, "A26:I27", "2025年度新規採用者", CENTER, BOLD)
    for i, (label, n) in enumerate((("新規採用者数", 31), ("自治労加入者数", 22), ("競合加入者数", 4), ("未加入者数", 5))):
        row = 28 + i * 2
        _box(ws, f"A{row}:C{row + 1}", label, CENTER)
        _box(ws, f"D{row}:E{row + 1}", n, CENTER).number_format = people
    texts = [
        ("新採加入の主な取り組み", "4月の新採研修で組合の時間をもらい、執行委員長が説明している。"),
        ("新規採用者組織化で工夫していること", "説明会の後に歓迎会を開き、先輩組合員と話せる場をつくっている。"),
        ("新規採用者組織化で悩んでいること", "競合組合の方が組合費が安く、比べられることが多い。"),
        ("未加入者対策の主な取り組み", "年2回、未加入者に組合ニュースと加入案内を手渡ししている。"),
        ("未加入者対策で悩んでいること", None),
        ("組合活動の可視化", "交渉の結果を職場ごとの掲示板と庁内メールで知らせている。"),
        ("組合員との情報共有で悩んでいること", "なし"),
        ("労使関係・交渉など", "当局とは年4回交渉している。\n今年度は時間外勤務の縮減と人員確保を求めた。"),
        ("競合単組との差別化", "自治労共済の保障内容と、他県の仲間との交流の機会を伝えている。"),
        ("他の単組・他の県本部に聞いてみたいこと", "組合費の水準について、他の単組の考え方を聞きたい。"),
        ("県本部・本部への要望", "競合組合との違いを説明できる資料がほしい。"),
    ]
    row = 37
    for label, text in texts:
        _box(ws, f"A{row}:I{row}", label, Alignment(vertical="center"), BOLD)
        _box(ws, f"A{row + 1}:I{row + 5}", text)
        row += 7
    wb.save(folder / "佐賀　架空市職労　実態共有用アンケート.xlsx")


def build(root: Path) -> dict[str, Path]:
    root = Path(root)
    folders = {"report": root / "report", "survey": root / "survey"}
    for f in folders.values():
        f.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="legacy21-xls-"))
    try:
        r1_nagano(folders["report"])
        r2_kochi(folders["report"])
        r3_yamagata(folders["report"])
        r4_miyazaki(folders["report"], work)
        r5_wakayama(folders["report"])
        s1_akita(folders["survey"])
        s2_shiga(folders["survey"])
        s3_ehime(folders["survey"])
        s4_hokkaido(folders["survey"])
        s5_saga(folders["survey"])
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return folders


if __name__ == "__main__":
    import sys

    out = Path(sys.argv[1] if len(sys.argv) > 1 else os.path.join(tempfile.gettempdir(), "legacy21"))
    print(build(out))
