"""Legacy-layout 報告書 (Report C) fixtures, modelled on the printed originals.

Every name, union and sentence here is invented. The expected readings are
typed by hand in expected.py; nothing here imports the reader.
"""
from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import legacy_kit
from legacy import parts

Y = 2024  # the fiscal year printed in every report fixture
T1 = "1.県本部共済推進方針の目標達成にむけた進捗と重点的に取り組む課題"
NOTE1 = ("※2024年6月 共済推進県本部・県支部合同会議で報告した県本部共済推進方針にもとづいた取り組み報告の"
         "「3.目標達成にむけた進捗と課題」、「4.今後、重点的に取り組む課題」をあらためて下記に記載してください。")
T2 = "2.共済推進県本部交付金の活用について"
T3 = "3.2025年4月新規採用者対策"
T4 = "4.2025年３月末の役職定年者、再任用、再雇用者への対応状況"
T5 = "5.加入拡大モデル単組に対して県本部の関わり方について"
T6 = "6.じちろう共済推進マニュアルの単組への落し込みや活用方法の提示など"
ASK = "実施している取り組み☑してください。"
S2, S3, S4, S5 = legacy_kit.S2, legacy_kit.S3, legacy_kit.S4, legacy_kit.S5  # as printed (S6 wraps below)
S6 = ["執行委員会・共済推進委員会で冊子の内容を確認", "マニュアルの単組への配布",
      "単組代表者会議等において、マニュアルの内容および\n活用方法を全単組へ周知",
      "単組執行部オルグ等において、各単組が「2025年3月末退職予定者対策」「2025年4月新採取り組み」にむけて、"
      "推進計画の立案や具体的な実行内容を協議する際に本マニュアルを参照するように提案"]


def c1_cells() -> dict[str, object]:
    """Family C1 (openpyxl): header top right, s1 boxes side by side with printed
    box labels, □ in column B, ✔ typed in column A (left of □) or in column E (after the item)."""
    put = {"A1": "県本部共済推進取り組み報告書", "G1": "県　名", "H1": "青森県", "G2": "作成日",
           "H2": dt.datetime(2025, 2, 10), "G3": "作成者", "H3": "試験 一郎", "G4": "確認者", "H4": "試験 二郎",
           "A6": T1, "A7": NOTE1, "E8": "左記、2024年6月報告以降の取り組みと課題および",
           "E9": "2026年度末団体生命共済保有目標達成に向けた取り組み", "E10": "2点について記入してください。",
           "A11": "「目標達成にむけた進捗と課題」",
           "B11": "新規加入は目標の七割にとどまっている。\n保有件数は前年同月より増えた。",
           "E11": "秋の集会で単組ごとの目標を再確認した。\n未達の単組を個別に訪問している。",
           "A16": "「今後、重点的に取り組む課題」",
           "A17": "若年層向けの学習会を増やし、単組役員の説明力を高める。",
           "A21": T2, "A22": ASK, "F22": "具体的な取り組み",
           "A23": "✔", "B23": "□", "C23": S2[0], "B24": "□", "C24": S2[1],
           "F23": "交付金は四半期ごとに単組へ支払っている。",
           "A26": T3, "A27": ASK, "F27": "具体的な取り組み",
           "A28": "✔", "B28": "□", "B29": "□", "B30": "☑", "A31": "✔", "B31": "□", "B32": "□", "B33": "□",
           "A34": "✔", "B34": "□",
           "F28": "新採説明会を4月2日に開催する予定。\n同時加入のチラシを改訂した。",
           "A36": T4, "A37": ASK, "F37": "具体的な取り組み",
           "B38": "□", "E38": "✔", "B39": "□", "B40": "□", "E40": "✔",
           "F38": "対象者の名簿を県支部と共有した。",
           "A42": T5, "A43": ASK, "F43": "具体的な取り組み", "B44": "☑", "B45": "□",
           "F44": "モデル単組の進捗を毎月の委員会で確認している。",
           "A47": T6, "A48": ASK, "F48": "具体的な取り組み",
           "A50": "✔", "B50": "□", "B51": "□", "B52": "☑",
           "F49": "マニュアルを単組役員研修で配布した。"}
    for i, lbl in enumerate(S3):
        put[f"C{28 + i}"] = lbl
    for i, lbl in enumerate(S4):
        put[f"C{38 + i}"] = lbl
    put["C44"], put["C45"] = S5
    for i, lbl in enumerate(S6):
        put[f"C{49 + i}"] = lbl
    return put


C1_MERGES = ("B11:D14", "E11:H14", "A17:H19", "F23:H24", "F28:H34", "F38:H40", "F44:H45", "F49:H52")
C1_FORMATS = {"H2": 'yyyy"年"m"月"d"日"'}
LABELS = {T1, T2, T3, T4, T5, T6, *S2, *S3, *S4, *S5, *S6}


def write_openpyxl(path: Path, sheet: str, cells: dict, merges=(), formats=None, validations=()) -> Path:
    """One sheet written by openpyxl: {A1: value}, merged ranges, number formats, list validations."""
    import openpyxl
    from openpyxl.styles import Alignment
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    wrap = Alignment(wrap_text=True, vertical="top")
    for ref, v in cells.items():
        ws[ref] = v
        ws[ref].alignment = wrap
    for ref, fmt in (formats or {}).items():
        ws[ref].number_format = fmt
    for source, ref in validations:
        dv = DataValidation(type="list", formula1=source, allow_blank=True)
        ws.add_data_validation(dv)
        dv.add(ref)
    for rng in merges:
        ws.merge_cells(rng)
    wb.save(path)
    return path


def c1_openpyxl(folder: Path) -> Path:
    return write_openpyxl(folder / "報告書_青森.xlsx", "報告書", c1_cells(), C1_MERGES, C1_FORMATS)


def _xw(path: Path):
    import xlsxwriter

    return xlsxwriter.Workbook(str(path), {"strings_to_numbers": False, "strings_to_formulas": False,
                                           "strings_to_urls": False})


def c2_xlsxwriter_done_only(folder: Path) -> Path:
    """Family C2 (XlsxWriter): one column per role, header as label rows, only
    done items marked (レ / ✓ in column A), never a □; text below each block."""
    out = folder / "秋田県本部_報告書.xlsx"
    wb = _xw(out)
    ws = wb.add_worksheet("取り組み報告")
    w = wb.add_format({"text_wrap": True, "valign": "top"})
    cells = [(0, 0, "県本部共済推進取り組み報告書（2024年度）"), (2, 0, "県名"), (2, 1, "秋田県"),
             (3, 0, "作成日"), (3, 1, "令和7年2月12日"), (4, 0, "作成者"), (4, 1, "試験 三子"),
             (5, 0, "確認者"), (5, 1, "試験 四子"), (7, 0, T1),
             (8, 0, "「目標達成にむけた進捗と課題」"), (8, 2, "左記、2024年6月報告以降の取り組みと課題"),
             (9, 0, "新採の同時加入率が伸びていない。"), (9, 2, "冬の単組訪問で共済の説明を行った。"),
             (11, 0, "「今後、重点的に取り組む課題」"), (12, 0, "退職者への継続加入の案内を強める。"),
             (14, 0, T2), (15, 0, ASK), (16, 0, "レ"), (16, 1, S2[0]), (17, 1, S2[1]),
             (18, 1, "具体的な取り組み"), (19, 1, "交付金の使途報告を様式化した。"),
             (21, 0, T3), (22, 0, ASK)]
    marks3 = ["✓", "", "", "レ", "レ", "", ""]
    for i, (m, lbl) in enumerate(zip(marks3, S3)):
        cells += [(23 + i, 0, m), (23 + i, 1, lbl)]
    cells += [(30, 1, "具体的な取り組み"), (31, 1, "3月に新採対策会議を開いた。"), (33, 0, T4), (34, 0, ASK)]
    for i, (m, lbl) in enumerate(zip(["レ", "", "レ"], S4)):
        cells += [(35 + i, 0, m), (35 + i, 1, lbl)]
    cells += [(38, 1, "具体的な取り組み"), (39, 1, "再任用者向けの説明会を2回開いた。"), (41, 0, T5), (42, 0, ASK),
              (43, 1, S5[0]), (44, 0, "レ"), (44, 1, S5[1]), (45, 1, "具体的な取り組み"),
              (48, 0, T6), (49, 0, ASK)]
    for i, (m, lbl) in enumerate(zip(["レ", "レ", "", "レ"], S6)):
        cells += [(50 + i, 0, m), (50 + i, 1, lbl)]
    cells += [(54, 1, "具体的な取り組み"), (55, 1, "委員会で冊子を読み合わせた。")]
    for r, c, v in cells:
        if v:
            ws.write_string(r, c, v, w)
    ws.set_column(0, 0, 5)
    ws.set_column(1, 2, 60)
    wb.close()
    return out


def _c3_cells() -> list[tuple[int, int, str]]:
    cells = [(0, 1, "県本部共済推進取り組み報告書"), (0, 5, "県　名"), (0, 6, "岩手県"), (1, 5, "作成日"),
             (1, 6, "2025/2/14"), (2, 5, "作成者"), (2, 6, "試験 五郎"), (3, 5, "確認者"), (3, 6, "試験 六郎"),
             (5, 1, T1), (6, 1, "「目標達成にむけた進捗と課題」"), (6, 4, "左記、2024年6月報告以降の取り組みと課題"),
             (7, 1, "共済の説明会を各地区で開いた。"), (7, 4, "年末に単組代表者会議で進捗を報告した。"),
             (9, 1, "「今後、重点的に取り組む課題」"), (10, 1, "マイカー共済の案内を強める。")]
    row = 12
    for title, labels, text in ((T2, S2, "交付金の支払いは年度末にまとめて行う。"), (T3, S3, "新採対策会議を1月に開いた。"),
                                (T4, S4, "定年延長の説明会で共済を案内した。"), (T5, S5, "委員会で毎月進捗を確認した。"),
                                (T6, S6, "マニュアルを全単組に配った。")):
        cells += [(row, 1, title), (row + 1, 1, ASK), (row + 1, 5, "具体的な取り組み"), (row + 2, 5, text)]
        for i, lbl in enumerate(labels):
            cells.append((row + 2 + i, 1, lbl))
        row += len(labels) + 4
    return cells


C3_STATES = [True, False, True, False, True, False, True, False, False, True, False, False,
             True, True, False, True, True, False]


def c3_form_controls(folder: Path) -> Path:
    """Family C3 (XlsxWriter + injected parts): item lines with no glyph, each
    with a form-control check box in column A; section 2's boxes are linked to J."""
    out = folder / "報告書_岩手.xlsx"
    wb = _xw(out)
    ws = wb.add_worksheet("報告書")
    w = wb.add_format({"text_wrap": True, "valign": "top"})
    cells = _c3_cells()
    for r, c, v in cells:
        ws.write_string(r, c, v, w)
    item_rows = [r for r, c, v in cells if c == 1 and v in S2 + S3 + S4 + S5 + S6]
    item_rows = sorted(set(item_rows), key=item_rows.index)
    ws.write_boolean(item_rows[0], 9, True)
    ws.write_boolean(item_rows[1], 9, False)
    ws.set_column(1, 1, 60)
    wb.close()
    boxes = [(r, 0, st, f"$J${r + 1}" if i < 2 else "") for i, (r, st) in enumerate(zip(item_rows, C3_STATES))]
    parts.add_form_checkboxes(out, boxes)
    return out


AX_STATES = [False, True, True, True, False, False, True, False, True, False, True, False,
             False, True, True, False, False, True]


def c7_activex(folder: Path) -> Path:
    """Family C7 (XlsxWriter + injected parts): the C3 layout with ActiveX check boxes in
    column A instead of form controls; the first box is linked to J15, which holds FALSE."""
    out = folder / "報告書_福島.xlsx"
    wb = _xw(out)
    ws = wb.add_worksheet("報告書")
    w = wb.add_format({"text_wrap": True, "valign": "top"})
    cells = [(r, c, {"岩手県": "福島県", "2025/2/14": "2025/2/20"}.get(v, v)) for r, c, v in _c3_cells()]
    for r, c, v in cells:
        ws.write_string(r, c, v, w)
    item_rows = [r for r, c, v in cells if c == 1 and v in S2 + S3 + S4 + S5 + S6]
    item_rows = sorted(set(item_rows), key=item_rows.index)
    ws.write_boolean(item_rows[0], 9, AX_STATES[0])
    ws.set_column(1, 1, 60)
    wb.close()
    boxes = [(r, 0, st, f"J{r + 1}" if i == 0 else "") for i, (r, st) in enumerate(zip(item_rows, AX_STATES))]
    parts.add_activex_checkboxes(out, boxes)
    return out


def c4_cell_checkboxes(folder: Path) -> Path:
    """Family C4 (XlsxWriter + feature property bag): Excel 365 cell check boxes
    (TRUE/FALSE in column A) before the item labels in column B."""
    out = folder / "報告書_宮城.xlsx"
    wb = _xw(out)
    ws = wb.add_worksheet("報告書")
    box = wb.add_format({"align": "center", "font_color": "#1F4E79"})
    w = wb.add_format({"text_wrap": True, "valign": "top"})
    states = {"paid": True, "usage_known": False, "tools": False, "joint_org": True, "study": False,
              "meeting": True, "policy": True, "simul_policy": False, "simul_plan": False,
              "s4policy": True, "briefing": True, "appeal": False, "progress": False, "s5joint": True,
              "review": True, "distribute": False, "announce": True, "propose": True}
    flags = list(states.values())
    head = [(0, 0, "県本部共済推進取り組み報告書"), (1, 0, "県名"), (1, 1, "宮城県"), (2, 0, "作成日"),
            (3, 0, "作成者"), (3, 1, "試験 七子"), (4, 0, "確認者"), (4, 1, "試験 八子"), (6, 0, T1),
            (7, 1, "「目標達成にむけた進捗と課題」"), (8, 1, "県支部と合同で単組オルグを行った。"),
            (7, 3, "左記、2024年6月報告以降の取り組みと課題"), (8, 3, "目標に届かない単組の支援を続けている。"),
            (10, 1, "「今後、重点的に取り組む課題」"), (11, 1, "新採の同時加入を全単組で進める。")]
    for r, c, v in head:
        ws.write_string(r, c, v, w)
    ws.write_datetime(2, 1, dt.datetime(2025, 2, 18), wb.add_format({"num_format": "yyyy/m/d"}))
    row, k = 13, 0
    for title, labels in ((T2, S2), (T3, S3), (T4, S4), (T5, S5), (T6, S6)):
        ws.write_string(row, 0, title)
        ws.write_string(row + 1, 1, ASK)
        ws.write_string(row + 1, 3, "具体的な取り組み")
        for i, lbl in enumerate(labels):
            ws.write_boolean(row + 2 + i, 0, flags[k], box)
            ws.write_string(row + 2 + i, 1, lbl, w)
            k += 1
        row += len(labels) + 4
    ws.write_string(15, 3, "交付金の規程を改めた。", w)
    ws.set_column(1, 1, 60)
    wb.close()
    parts.add_cell_checkbox_style(out, "A16")
    return out


def c5_libreoffice(folder: Path, work: Path) -> Path:
    """Family C5 (openpyxl → LibreOffice .xls): glyph and label in one cell,
    a label wrapped inside its cell, s4 item 1 printed without a glyph while the file uses □."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "報告書"
    rows = [["県本部共済推進取り組み報告書", None, None, "県名", "福島県"], [None, None, None, "作成日", "2025年2月7日"],
            [None, None, None, "作成者", "試験 九郎"], [None, None, None, "確認者", "試験 十郎"], [], [T1],
            ["「目標達成にむけた進捗と課題」", "支部長会議で加入目標を共有した。", None,
             "左記、2024年6月報告以降の取り組みと課題および2026年度末団体生命共済保有目標達成に向けた取り組み"
             "2点について記入してください", "退職者会と連携して継続加入を案内した。"],
            [], ["「今後、重点的に取り組む課題」", "単組の共済担当者を育てる。"], []]
    marks = {2: ["■", "□"], 3: ["□", "☑", "□", "□", "☑", "□", "■"], 4: ["", "□", "■"], 5: ["☑", "□"],
             6: ["□", "☑", "□", "☑"]}
    texts = {2: "交付金の使途を単組から報告してもらった。", 3: "新採向けの説明資料を作り直した。",
             4: "説明会の日程を調整している。", 5: "モデル単組と毎月打ち合わせている。", 6: "冊子の要点を一枚にまとめた。"}
    for n, (title, labels) in enumerate(((T2, S2), (T3, S3), (T4, S4), (T5, S5), (T6, S6)), start=2):
        rows.append([title])
        rows.append([ASK, None, None, "具体的な取り組み"])
        for i, lbl in enumerate(labels):
            glyph = marks[n][i]
            rows.append([("　" + glyph + "　" if glyph else "　　") + lbl, None, None, texts[n] if i == 0 else None])
        rows.append([])
    for r in rows:
        ws.append(r)
    src = work / "c5"
    src.mkdir(parents=True, exist_ok=True)
    wb.save(src / "報告書_福島.xlsx")
    import lo  # tests/lo.py (tests/ is on sys.path under pytest and in scoreboard.py)

    return lo.convert(src / "報告書_福島.xlsx", folder, "xls:MS Excel 97")


C6_MARKS = {2: ["✓", ""], 3: ["", "✓", "✓", "", "", "✓", ""], 4: ["", "✓", ""], 5: ["✓", ""],
            6: ["after", "", "after", ""]}
C6_TEXTS = {2: "交付金の配分を見直した。", 3: "新採向け説明会を県内3か所で開いた。", 4: "",
            5: "モデル単組の会議に毎回出席した。", 6: "冊子を使った学習会を開いた。"}


def c6_libreoffice_xlsx(folder: Path, work: Path) -> Path:
    """Family C6 (XlsxWriter → re-saved as .xlsx by LibreOffice): header across one
    row, only done items marked (✓ before the label in the same cell), never a □;
    in section 6 the marks are typed after the item, in a 実施 column."""
    src = work / "c6"
    src.mkdir(parents=True, exist_ok=True)
    wb = _xw(src / "報告書_高知.xlsx")
    ws = wb.add_worksheet("報告書")
    head = ["県名", "高知県", "作成日", "2025年2月5日", "作成者", "試験 十三", "確認者", "試験 十四"]
    cells = [(0, 0, "県本部共済推進取り組み報告書（2024年度）")] + [(1, i, v) for i, v in enumerate(head)]
    cells += [(3, 0, T1), (4, 0, "「目標達成にむけた進捗と課題」"), (4, 4, "左記、2024年6月報告以降の取り組みと課題"),
              (5, 0, "単組訪問の回数を増やした。"), (5, 4, "秋以降は新採の同時加入に力を入れた。"),
              (6, 0, "「今後、重点的に取り組む課題」"), (7, 0, "青年層への共済の周知を進める。")]
    row = 9
    for n, (title, labels) in enumerate(((T2, S2), (T3, S3), (T4, S4), (T5, S5), (T6, S6)), start=2):
        cells += [(row, 0, title), (row + 1, 0, ASK), (row + 1, 4, "具体的な取り組み")]
        if n == 6:
            cells.append((row + 1, 3, "実施"))
        for i, lbl in enumerate(labels):
            mark = C6_MARKS[n][i]
            cells.append((row + 2 + i, 0, (mark + "　" if mark in ("✓", "レ") else "　") + lbl))
            if mark == "after":
                cells.append((row + 2 + i, 3, "✓"))
        if C6_TEXTS[n]:
            cells.append((row + 2, 4, C6_TEXTS[n]))
        row += len(labels) + 3
    w = wb.add_format({"text_wrap": True, "valign": "top"})
    for r, c, v in cells:
        ws.write_string(r, c, v, w)
    ws.set_column(0, 0, 60)
    ws.set_column(4, 4, 40)
    wb.close()
    import lo  # tests/lo.py (tests/ is on sys.path under pytest and in scoreboard.py)

    return lo.convert(src / "報告書_高知.xlsx", folder)


def template_report(folder: Path, work: Path) -> Path:
    """Our own template (made by the CLI), filled with openpyxl: a formula with no
    cached value, a note outside the input cells and an added sheet."""
    import openpyxl

    tpl = work / "tpl_report.xlsx"
    subprocess.run([sys.executable, "-m", "workbook_tools", "template", "report", "-o", str(tpl), "--year", str(Y)],
                   check=True, capture_output=True)
    wb = openpyxl.load_workbook(tpl)
    ws = wb["報告書"]
    ws["C7"], ws["C8"], ws["C9"], ws["C10"] = "長野", dt.datetime(2025, 2, 20), "試験 十一", "試験 十二"
    ws["B15"] = "地区ごとの学習会を開いた。"
    ws["B23"] = "未加入の単組を訪問した。"
    ws["B31"] = "再任用者への案内を強める。"
    done = {40, 47, 50, 57, 64, 65, 71, 73}
    for r in (40, 41, 47, 48, 49, 50, 51, 52, 53, 57, 58, 59, 64, 65, 70, 71, 72, 73):
        ws[f"A{r}"] = "☑" if r in done else "□"
    ws["C40"] = '="交付金は"&"全額支払済み"'
    ws["G40"] = "※金額は概算です"
    extra = wb.create_sheet("補足")
    extra["A1"] = "補足メモ"
    extra["A2"] = "県支部との会議は3月に延期した。"
    out = folder / "報告書_長野.xlsx"
    wb.save(out)
    return out


TEMPLATE_CHECK_ROWS = (40, 41, 47, 48, 49, 50, 51, 52, 53, 57, 58, 59, 64, 65, 70, 71, 72, 73)
T2_DONE = {41, 48, 49, 53, 58, 59, 65, 70, 72}


def template_report_cell_checkboxes(folder: Path, work: Path) -> Path:
    """Our own template, the check items answered as Excel 365 cell check boxes
    (TRUE/FALSE with the check-box style) instead of ☑/□."""
    import openpyxl

    tpl = work / "tpl_report.xlsx"
    if not tpl.exists():
        subprocess.run([sys.executable, "-m", "workbook_tools", "template", "report", "-o", str(tpl), "--year",
                        str(Y)], check=True, capture_output=True)
    wb = openpyxl.load_workbook(tpl)
    ws = wb["報告書"]
    ws["C7"], ws["C8"], ws["C9"] = "岐阜", dt.datetime(2025, 2, 21), "試験 十五"
    ws["B31"] = "県支部ごとの目標を見直す。"
    for r in TEMPLATE_CHECK_ROWS:
        ws[f"A{r}"] = r in T2_DONE
    out = folder / "報告書_岐阜.xlsx"
    wb.save(out)
    parts.add_cell_checkbox_style(out, "A40")
    return out


def build(folder: Path, work: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return [c1_openpyxl(folder), c2_xlsxwriter_done_only(folder), c3_form_controls(folder),
            c4_cell_checkboxes(folder), c7_activex(folder), c5_libreoffice(folder, work), c6_libreoffice_xlsx(folder, work),
            template_report(folder, work), template_report_cell_checkboxes(folder, work)]
