"""Legacy-layout アンケート (Report D) fixtures, modelled on the printed original.

Every name, union and sentence here is invented. The expected readings are
typed by hand in expected.py; nothing here imports the reader.
"""
from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

from legacy.build_report import write_openpyxl

Y = 2024
LABELS = ["新採加入の主な取り組み", "新規採用者組織化で工夫していること", "新規採用者組織化で悩んでいること",
          "未加入者対策の主な取り組み", "未加入者対策で悩んでいること", "組合活動の可視化",
          "組合員との情報共有で悩んでいること", "労使関係・交渉など（労使関係の状態、労使交渉の取り組み状況など）",
          "競合単組との差別化", "他の単組・他の県本部に聞いてみたいこと", "県本部・本部への要望"]
RATE_NOTE = "※組織率＝組合員数／（正規職員数＋会計年度任用職員やパート職員など非正規職員数）×100"
HELPER = ["全労連・自治労連", "旧全官公自治労連", "全労連・医労連", "なし"]


def d1_cells() -> dict[str, object]:
    """Family D1 (openpyxl): the printed layout; 上部団体 left blank with the
    dropdown's helper list in column F; a percent-formatted rate; 時点 as a date
    cell; texts below their labels, a note typed under one box."""
    put = {"A1": "　実態共有用アンケート", "A3": "県本部", "B3": "青森", "A4": "単　組", "B4": "架空市職員労働組合",
           "A5": "記入者お名前", "B5": "試験 三郎", "A6": "上部団体", "B6": "自治労", "D6": "←プルダウンから選択",
           "A7": "組織人員数（人）", "B7": 318, "C7": "512人", "A8": "組織率（％）", "B8": 0.272, "C8": 37.3,
           "D8": dt.datetime(2024, 11, 1), "A9": "未加入者数（人）", "B9": "85人", "C9": "不明", "A11": "2024年",
           "A12": "新規採用者数", "B12": 24, "A13": "自治労加入者数", "B13": 4, "A14": "競合加入者数", "B14": 20,
           "A15": "未加入者数", "B15": 0}
    for i, h in enumerate(HELPER):
        put[f"F{6 + i}"] = h
    answers = ["新採研修の昼休みに説明の時間をもらっている。", "なし", "説明会に出席しない新採が増えている。", "なし", None,
               "機関紙を毎月発行している。", "職場が分散していて集まりにくい。", "年2回の団体交渉を行っている。",
               "共済の案内を丁寧に行っている。", "なし", "新採向けの資料を増やしてほしい。"]
    for i, (lbl, ans) in enumerate(zip(LABELS, answers)):
        r = 17 + 3 * i
        put[f"A{r}"] = lbl
        if ans is not None:
            put[f"A{r + 1}"] = ans
    put["A34"] = "※機関紙は電子版のみです"  # typed under the 組合活動の可視化 box (A33)
    put["A51"] = RATE_NOTE
    return put


D1_MERGES = tuple(f"A{18 + 3 * i}:F{18 + 3 * i}" for i in range(11))
D1_FORMATS = {"B8": "0.00%", "D8": 'yyyy"年"m"月時点"'}
D1_VALIDATIONS = (("=$F$6:$F$9", "C6"),)
PRINTED = {"組織人員数（人）", "組織率（％）", "未加入者数（人）", "新規採用者数", "自治労加入者数", "競合加入者数",
           "未加入者数", "記入者お名前", "2024年", *LABELS}


def d1_openpyxl(folder: Path) -> Path:
    return write_openpyxl(folder / "アンケート_青森_架空市職員労働組合.xlsx", "Sheet1", d1_cells(), D1_MERGES,
                          D1_FORMATS, D1_VALIDATIONS)


def d2_xlsxwriter(folder: Path) -> Path:
    """Family D2 (XlsxWriter): header in two label/value pairs per row (記入者 blank
    with the next label beside it, 上部団体 blank with its helper list in column K),
    pairs as a table, intake laid out across one row, texts with the answer to the right."""
    import xlsxwriter

    out = folder / "実態アンケート_秋田_架空町職労.xlsx"
    wb = xlsxwriter.Workbook(str(out), {"strings_to_numbers": False, "strings_to_formulas": False,
                                        "strings_to_urls": False})
    ws = wb.add_worksheet("アンケート回答")
    cells = [(1, 1, "実態共有用アンケート"), (3, 1, "県本部"), (3, 2, "秋田県"), (3, 3, "単組名"),
             (3, 4, "架空町職員労働組合"), (4, 1, "記入者"), (4, 3, "上部団体"), (4, 5, "←プルダウンから選択"),
             (6, 2, "自治労"), (6, 3, "競合"), (7, 1, "組織人員数（人）"), (7, 2, "１２０"),
             (7, 3, "40名"), (8, 1, "組織率（％）"), (8, 2, "22.8 （概算）"), (8, 3, "8.5"),
             (9, 1, "未加入者数（人）"), (9, 2, "30程度"), (10, 1, "時点"), (10, 2, "10年1月"),
             (12, 1, "2024年 新規採用者"), (13, 1, "新規採用者数"), (13, 3, "自治労加入者数"), (13, 4, "5"),
             (13, 5, "競合加入者数"), (13, 6, "0"), (13, 7, "未加入者数"), (13, 8, "3")]
    answers = ["歓迎会で組合を紹介している。", None, "なし", "個別に声をかけている。", "なし", "掲示板を更新している。",
               "メールを見ない人が多い。", "労使協議は月1回開いている。", "なし", "他の単組の新採説明会の資料を見たい。", None]
    for i, (lbl, ans) in enumerate(zip(LABELS, answers)):
        cells.append((15 + i, 1, lbl))
        if ans is not None:
            cells.append((15 + i, 4, ans))
    w = wb.add_format({"text_wrap": True, "valign": "top"})
    for r, c, v in cells:
        ws.write_string(r, c, v, w)
    for i, h in enumerate(HELPER):  # the dropdown's helper list, typed far right
        ws.write_string(3 + i, 10, h)
    ws.data_validation(4, 4, 4, 4, {"validate": "list", "source": "=$K$4:$K$7"})
    ws.set_column(1, 1, 36)
    ws.set_column(4, 4, 50)
    wb.close()
    return out


def d3_libreoffice(folder: Path, work: Path) -> Path:
    """Family D3 (openpyxl → LibreOffice .xls): 県本部名/単組 rows, pairs under a
    自治労/競合/時点 heading with the printed 「年　月時点」 left unfilled, texts right of labels."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "アンケート"
    rows = [["実態共有用アンケート（2024年度）"], [], ["県本部名", "岩手県"], ["単組", "架空村職員組合"],
            ["記入者お名前", "試験 五郎"], ["上部団体", "なし"], [], [None, "自治労", "競合", "時点"],
            ["組織人員数", "64人", None, "年　月時点"], ["組織率", "45%"], ["未加入者数（人）", "約20", "3（概算）"], [],
            ["2024年 新規採用者"], ["新規採用者数", "6"], ["自治労加入者数", "6"], ["競合加入者数", "0"],
            ["未加入者数", "0"], []]
    answers = ["職場訪問で加入を呼びかけた。", "なし", "特になし", None, None, "なし", None, None, None, None,
               "研修会を増やしてほしい。"]
    for lbl, ans in zip(LABELS, answers):
        rows.append([lbl, ans])
    for r in rows:
        ws.append(r)
    src = work / "d3"
    src.mkdir(parents=True, exist_ok=True)
    wb.save(src / "アンケート_岩手_架空村職員組合.xlsx")
    import lo  # tests/lo.py (tests/ is on sys.path under pytest and in scoreboard.py)

    return lo.convert(src / "アンケート_岩手_架空村職員組合.xlsx", folder, "xls:MS Excel 97")


def template_survey(folder: Path, work: Path) -> Path:
    """Our own template (made by the CLI), filled with openpyxl: a formula with no
    cached value, a percent-formatted rate, 時点 as a date, a note outside the input
    cells, a note under a text box and an added sheet."""
    import openpyxl

    tpl = work / "tpl_survey.xlsx"
    subprocess.run([sys.executable, "-m", "workbook_tools", "template", "survey", "-o", str(tpl), "--year", str(Y)],
                   check=True, capture_output=True)
    wb = openpyxl.load_workbook(tpl)
    ws = wb["アンケート"]
    put = {"C6": "長野", "C7": "架空郡職員労働組合", "C8": "試験 六子", "C9": "全労連・自治労連", "C13": "=150+30",
           "D13": 40, "C14": 35.5, "D14": 0.085, "C16": dt.datetime(2024, 12, 1),
           "C21": 10, "C22": 7, "C23": 1, "C24": 2,
           "B28": "昼休み説明会を開いた。", "B63": "掲示板を月1回更新している。", "B68": "※写真は載せていません",
           "B91": "なし", "G13": "※人数は12月1日現在"}
    for ref, v in put.items():
        ws[ref] = v
    ws["D14"].number_format = "0.0%"
    ws["C16"].number_format = 'yyyy"年"m"月"'
    extra = wb.create_sheet("追加メモ")
    extra["A1"] = "県本部への連絡事項"
    extra["B3"] = "次回の会議資料を早めに送ってほしい。"
    out = folder / "アンケート_長野_架空郡職員労働組合.xlsx"
    wb.save(out)
    return out


def build(folder: Path, work: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return [d1_openpyxl(folder), d2_xlsxwriter(folder), d3_libreoffice(folder, work), template_survey(folder, work)]
