"""What the independent legacy fixture sets (tests/legacy, tests/legacy2, tests/legacy3) share: the report form's
printed texts (section titles and check items as the paper form prints them for FY2024, 2025年4月新採 …) and a tiny
openpyxl helper.  Only what the forms print and how a cell is put; the layouts, answers and expected readings stay in
each set."""
from __future__ import annotations

from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment

S2 = ["共済推進単組交付金規程にもとづき支払っている", "単組に支払った交付金の使われ方を把握している"]
S3 = ["組合と団体生命共済の同時加入に向けたツールの提供", "県本部・県支部合同の単組オルグの実施",
      "県本部・単組主催の執行部学習会の開催", "県本部新採対策会議の開催", "新採組織化方針、具体的な取り組み提起",
      "組合と団体生命共済の同時加入方針提起", "同時加入に向けた具体策の提案"]
S4 = ["組織化方針の単組への提起", "対象者の把握と説明会等の実施", "じちろう共済のアピール"]
S5 = ["県本部共済推進委員会で進捗確認", "県本部・県支部合同の単組オルグの実施"]
S6 = ["執行委員会・共済推進委員会で冊子の内容を確認", "マニュアルの単組への配布",
      "単組代表者会議等において、マニュアルの内容および活用方法を全単組へ周知",
      "単組執行部オルグ等において、各単組が「2025年3月末退職予定者対策」「2025年4月新採取り組み」にむけて、"
      "推進計画の立案や具体的な実行内容を協議する際に本マニュアルを参照するように提案"]
TITLES = ["県本部共済推進方針の目標達成にむけた進捗と重点的に取り組む課題", "共済推進県本部交付金の活用について",
          "2025年4月新規採用者対策", "2025年3月末の役職定年者、再任用、再雇用者への対応状況",
          "加入拡大モデル単組に対して県本部の関わり方について",
          "じちろう共済推進マニュアルの単組への落し込みや活用方法の提示など"]


# the survey's printed texts (labels, the 組織率 note) and the report's section-1 boxes
TEXT_LABELS = ["新採加入の主な取り組み", "新規採用者組織化で工夫していること", "新規採用者組織化で悩んでいること",
               "未加入者対策の主な取り組み", "未加入者対策で悩んでいること", "組合活動の可視化",
               "組合員との情報共有で悩んでいること", "労使関係・交渉など（労使関係の状態、労使交渉の取り組み状況など）",
               "競合単組との差別化", "他の単組・他の県本部に聞いてみたいこと", "県本部・本部への要望"]
INTAKE = ["新規採用者数", "自治労加入者数", "競合加入者数", "未加入者数"]
RATE_NOTE = "※組織率＝組合員数/（正規職員数+会計年度任用職員やパート職員など非正規職員数）×100"
S1_BOX = ["目標達成にむけた進捗と課題", "左記、2024年6月報告以降の取り組みと課題", "今後、重点的に取り組む課題"]

WRAP = Alignment(wrap_text=True, vertical="top")


class Sheet:
    """Tiny helper: put values, merges and formats on an openpyxl sheet."""

    def __init__(self, ws):
        self.ws = ws

    def put(self, ref: str, value, merge: str | None = None, fmt: str | None = None):
        self.ws[ref] = value
        self.ws[ref].alignment = WRAP
        if fmt:
            self.ws[ref].number_format = fmt
        if merge:
            self.ws.merge_cells(f"{ref}:{merge}")


def book(first_title: str):
    wb = openpyxl.Workbook()
    wb.active.title = first_title
    return wb, Sheet(wb.active)


def build_set(root: Path, reports, surveys, converted=()) -> dict[str, Path]:
    """Write a set's report files to root/report and its surveys to root/survey: each maker takes the folder;
    ``converted`` are (kind, maker) whose maker also takes a work folder (an .xls made through LibreOffice)."""
    folders = {"report": root / "report", "survey": root / "survey"}
    for kind, makers in (("report", reports), ("survey", surveys)):
        folders[kind].mkdir(parents=True, exist_ok=True)
        for make in makers:
            make(folders[kind])
    for kind, make in converted:
        make(folders[kind], root / "work")
    return folders
