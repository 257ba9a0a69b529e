"""Fifteenth, independent set of legacy-style fixtures (tests/legacy15), made to measure GENERALISATION.

Ten workbooks (five 県本部共済推進取り組み報告書, five 実態共有用アンケート; FY2025: reports made Feb 2026 (令和8年),
survey figures as of late 2025, intake 2026年4月新採, section titles 「3.2026年4月新規採用者対策」 「4.2026年3月末の…」)
as ordinary offices would send them, written with XlsxWriter and openpyxl, two of them (R3, S2) saved as .xls through
LibreOffice. Each COMBINES 3-5 habits: about two thirds common and already seen somewhere in tests/legacy2 …
tests/legacy14 but mixed differently, about one third judged plausible and absent from those sets (marked NEW).
Every name, union and sentence is invented for this set (見本 / 試験 / 架空 names); the only texts taken from the real
forms are the printed labels and instructions. Nothing here imports the reader.

REPORTS
R1 青森県本部_共済推進取り組み報告書（R7）.xlsx (XlsxWriter), sheets 「表紙」 (FIRST and active: 令和7年度, the title,
   「自治労青森県本部」, 「令和8年2月12日提出」) then 「報告書」
   header labels A3..A6 (A:B) with the answers merged right (C:F): 県名 「青森県」, 作成日 the text 「令和8年2月12日」,
   作成者, and 確認者 typed 「同上」 (the same person as the 作成者 above it) (NEW); section 1 「」 labels with merged
   blocks below holding 「・」 bullet lines; a legend row A22 「凡例：○実施　×未実施」; TWO mark columns left of the
   items, A 「前年度」 (LAST YEAR's marks, visible, several differing) and B 「今年度」, both ○ / × (NEW for a report);
   items C:F, the text merged G:J beside the items; note A56.
     s1 8 (labels 10, 14, 18; texts 11:13, 15:17, 19:20), s2 23 (header 24; items 25,26), s3 28 (items 30..36),
     s4 38 (items 40..42), s5 44 (items 46,47), s6 49 (items 51..54)
R2 神奈川県本部　取組報告書.xlsx (openpyxl), sheet 「報告書（神奈川）」
   print title row 1 and frozen panes below row 2; header labels spaced and wrapped with Alt+Enter (「県　名」,
   「作　成⏎年月日」) with the answers merged right (B:C); 作成日 a real date shown 「令和8年2月9日」
   ([$-411]ggge"年"m"月"d"日"); section-1 labels merged down over three rows (A:B) with the text merged right (C:I);
   marks typed with the IME OFF as the half-width letters 「o」 (done) / 「x」 (not done) in a 実施 column G right of
   the items (NEW glyphs); the item rows DOUBLE-SPACED, an empty row between every two items (NEW); the text merged
   H:I over the whole item block; s4 text blank, s6 text 「特になし」; a note beside s3 (J27).
     s1 8 (9:11, 12:14, 15:17), s2 19 (header 20; items 21,23), s3 25 (items 27,29,…,39), s4 41 (items 43,45,47),
     s5 49 (items 51,53), s6 55 (items 57,59,61,63)
R3 愛知県本部_取組報告_R8.2.xls (openpyxl → LibreOffice .xls), sheet 「取組報告」
   県名 and 作成日 in ONE ROW (A3 県名 | B3 「愛知」 | C3 作成日 | D3 the text 「R8.2.16」); 作成者 / 確認者 as a small
   table 役職 | 氏名 (row 4 headings, A5 作成者 | B5 「書記次長」 | C5:D5 name, A6 確認者 | B6 「書記長」 | C6:D6 name): the
   role in a cell of its own BETWEEN the label and the name (NEW); 「(1)」… section-1 labels with merged blocks below;
   sections 2-6 a table No. | 取り組み項目 | 実施状況 | 具体的な取り組み with the items numbered by section and item
   「2-1」 「3-4」 … in the No. column (NEW); 「実施」 / 「未実施」 words in 実施状況 (F), s3 item 6 left blank; the
   text merged G:H beside the items; s2 text 「特になし」; note A51.
     s1 7 (labels 8, 11, 14; texts 9:10, 12:13, 15:16), s2 18 (header 19; items 20,21), s3 23 (items 25..31),
     s4 33 (items 35..37), s5 39 (items 41,42), s6 44 (items 46..49)
R4 岡山県本部_共済推進取り組み報告書.xlsx (XlsxWriter), sheet 「報告書」
   NO 県名 cell: the prefecture only in the PRINT HEADER (&C 「自治労岡山県本部」, seen on paper and in page layout
   view, not in a cell) and in the file name (NEW); the title 「令和7年度　県本部共済推進取り組み報告書」 with the
   header block at its right (G1..G3 | H:J) whose date label the clerk retyped as 「提出日」 instead of 作成日 (NEW),
   a real date shown yyyy/m/d; the printed section-1 instruction and the first two boxes SIDE BY SIDE; items
   「　☑　label」 / 「　□　label」 in the item cell under 「実施している取り組み☑してください。」, the text merged beside;
   「・」 bullet lines in every text; the sheet PROTECTED with only the answer cells unlocked; note A49.
     s1 5 (boxes A7:E7 / F7:J7 over A8:E11 / F8:J11, third 12 / 13:14), s2 16 (header 17; items 18,19),
     s3 21 (items 23..29), s4 31 (items 33..35), s5 37 (items 39,40), s6 42 (items 44..47)
R5 熊本県本部_取り組み報告書.xlsx (openpyxl), sheet 「取組一覧」
   header A3..A6 | B (作成日 a real date shown 「2026年2月13日」); section 1 as label rows with merged blocks below;
   sections 2-6 as ONE FLAT LIST 区分 | No. | 取り組み項目 | 実施状況 (rows 20..38, one row per item, the 区分 the
   clerk's abbreviated section title) holding 「済」 / 「未」; the list saved with an AUTOFILTER on 実施状況 = 「済」, so
   every 「未」 row is HIDDEN by the filter (the clerk filtered to count the done items and saved) (NEW); the section
   texts in a separate 区分 | 具体的な取り組み table below (rows 41..46); note A48.
     s1 8 (labels 9, 12, 15; texts 10:11, 13:14, 16:17), list header 20: s2 21,22, s3 23..29, s4 30..32, s5 33,34,
     s6 35..38; texts 42..46

SURVEYS
S1 福島_見本市職労_実態共有アンケート.xlsx (XlsxWriter), sheet 「アンケート」
   close to the printed form (上部団体 dropdown with 「←プルダウンから選択」); a clerk-added 「フリガナ」 row (A5) above
   記入者お名前 (A6) holding the name in katakana (NEW); counts as text with 「名」 and FULL-WIDTH digits and comma
   「１，０２０名」; the competitor's members 「90名弱」 (「弱」: a little under, NEW), rates as text 「45.2％」 「約4％」,
   the competitor's 未加入者数 「同左」; 時点 「令和7年11月1日現在」 merged down D8:D10; intake 「2026年」 A13, numbers
   B14..B17; the eleven texts label | answer B:F on the same row (A19..A29), one 「特になし」; note A31.
S2 千葉_架空町職_アンケート.xls (openpyxl → LibreOffice .xls), sheet 「回答」
   a vertical 項目 | 回答 list (rows 4..36), each pair split into two questions; 上部団体 asked as a NUMBERED choice
   in the label (「上部団体（1.全労連・自治労連　2.旧全官公自治労連　3.全労連・医労連　4.なし　※番号を記入）」) and
   answered with the NUMBER 2 (NEW); numbers as text with 「人」, rates 「61.4%」 「8.3%」; 時点 「R7.11末日現在」
   (「末日」, NEW); 正規 / 非正規 given; intake as full-width text 「６人」 … 「０人」; texts 「問1　label」 … with
   the answer beside (B:D), one 「なし」; note A38.
S3 福岡県本部_架空市職労_アンケート.xlsx (XlsxWriter), sheet 「R7アンケート」
   header label and answer in one cell (「県本部：福岡」 …); the pairs table TRANSPOSED (rows 自治労 / 競合, columns
   組織人員数 | 組織率 | 未加入者数) with counts in 万 (「約1.2万人」, a large city union, NEW) and the competitor's members
   「1,850※」, a footnote mark glued to the number with its 「※」 line under the table (NEW); rates as fractions in
   0.0% cells; 時点 a real date shown yyyy/m/d (B11); texts 「【label】」 rows with the answer merged over the two
   rows below, three answers pasted from an e-mail with Windows line breaks (CR LF, stored by Excel as
   「_x000D_」) (NEW); one 「特になし」.
     texts: labels 21, 24, …, 51; answers 22:23, …, 52:53
S4 徳島_試験村職_アンケート.xlsx (XlsxWriter), sheet 「アンケート」
   labels A3..A7 with answers merged B:D and a clerk-added 「役職」 row (A6) between 記入者お名前 and 上部団体;
   上部団体 「なし」 and every competitor cell 「－」; 組織人員数 typed as the TEXT 「212+35」 (正規 + 再任用 added by
   hand, without 「=」, NEW) with a 「※」 note saying so (A14); the rate a plain number 38.6; 時点 the serial number
   45962 in a General cell (D10:D12 merged); intake numbers B17..B20; texts 「Q1．label」 rows (A22, A24, …, A42) with
   the answer merged A:F on the row below, one 「なし」, one blank.
S5 沖縄_架空町職労_アンケート.xlsx (openpyxl), sheet 「アンケート」
   every label wrapped with Alt+Enter line breaks inside the cell (「組織人員数⏎（人）」, 「新規採用者⏎組織化で工夫⏎
   していること」 …) (NEW for a survey); counts as numbers in cells formatted #,##0"人"; the rate typed as full-width
   text 「３８．５％」; the competitor 「約60人」, its rate 「把握していない」 (NEW wording for unknown), its 未加入者数
   「同左」; 時点 「2025年11月末」 merged down D9:D11; intake as a horizontal table (row 14 headings, row 15 numbers);
   texts with the label merged over two rows (A) and the answer merged beside (B:F), rows 17..38, one 「なし」;
   note A40.

Every name, union and sentence is invented. The expected readings are typed by hand in expected.py; nothing here
imports the reader.
"""
from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import xlsxwriter
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils.cell import column_index_from_string, coordinate_from_string
from openpyxl.worksheet.datavalidation import DataValidation

HERE = Path(__file__).resolve().parent
if str(HERE.parent) not in sys.path:
    sys.path.append(str(HERE.parent))  # tests/: the shared LibreOffice helper and build_set

import lo  # noqa: E402

FIXED = dt.datetime(2026, 2, 1, 9, 0, 0)
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
LO_TIMEOUT = 300  # seconds LibreOffice may take to save one .xls

# ------------------------------------------------------------------ the printed texts of the FY2025 forms
S2 = ["共済推進単組交付金規程にもとづき支払っている", "単組に支払った交付金の使われ方を把握している"]
S3 = ["組合と団体生命共済の同時加入に向けたツールの提供", "県本部・県支部合同の単組オルグの実施",
      "県本部・単組主催の執行部学習会の開催", "県本部新採対策会議の開催", "新採組織化方針、具体的な取り組み提起",
      "組合と団体生命共済の同時加入方針提起", "同時加入に向けた具体策の提案"]
S4 = ["組織化方針の単組への提起", "対象者の把握と説明会等の実施", "じちろう共済のアピール"]
S5 = ["県本部共済推進委員会で進捗確認", "県本部・県支部合同の単組オルグの実施"]
S6 = ["執行委員会・共済推進委員会で冊子の内容を確認", "マニュアルの単組への配布",
      "単組代表者会議等において、マニュアルの内容および活用方法を全単組へ周知",
      "単組執行部オルグ等において、各単組が「2026年3月末退職予定者対策」「2026年4月新採取り組み」にむけて、"
      "推進計画の立案や具体的な実行内容を協議する際に本マニュアルを参照するように提案"]
ITEMS = [S2, S3, S4, S5, S6]
TITLES = ["県本部共済推進方針の目標達成にむけた進捗と重点的に取り組む課題", "共済推進県本部交付金の活用について",
          "2026年4月新規採用者対策", "2026年3月末の役職定年者、再任用、再雇用者への対応状況",
          "加入拡大モデル単組に対して県本部の関わり方について",
          "じちろう共済推進マニュアルの単組への落し込みや活用方法の提示など"]
S1_INSTR = ("※2025年6月 共済推進県本部・県支部合同会議で報告した県本部共済推進方針にもとづいた取り組み報告の"
            "「3.目標達成にむけた進捗と課題」、「4.今後、重点的に取り組む課題」をあらためて下記に記載してください。")
S1_BOX2 = ("左記、2025年6月報告以降の取り組みと課題および\n2026年度末団体生命共済保有目標達成に向けた取り組み\n"
           "2点について記入してください。")
CHECK_HEAD = "実施している取り組み☑してください。"
CONCRETE = "具体的な取り組み"

TEXT_LABELS = ["新採加入の主な取り組み", "新規採用者組織化で工夫していること", "新規採用者組織化で悩んでいること",
               "未加入者対策の主な取り組み", "未加入者対策で悩んでいること", "組合活動の可視化",
               "組合員との情報共有で悩んでいること", "労使関係・交渉など", "競合単組との差別化",
               "他の単組・他の県本部に聞いてみたいこと", "県本部・本部への要望"]
INTAKE = ["新規採用者数", "自治労加入者数", "競合加入者数", "未加入者数"]
RATE_NOTE = "※組織率＝組合員数/（正規職員数+会計年度任用職員やパート職員など非正規職員数）×100"
CHOICES = ["全労連・自治労連", "旧全官公自治労連", "全労連・医労連", "なし"]


# ------------------------------------------------------------------ writers' helpers
def _restamp(data: bytes, path: Path):
    """Rewrite a saved workbook with FIXED zip stamps and core.xml time (byte for byte the same on every run)."""
    stamp = FIXED.strftime("%Y-%m-%dT%H:%M:%SZ")
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>" + stamp.encode(), body)
            out.writestr(zipfile.ZipInfo(info.filename, date_time=FIXED.timetuple()[:6]), body,
                         compress_type=zipfile.ZIP_DEFLATED)


def _obook(first: str):
    wb = openpyxl.Workbook()
    wb.active.title = first
    wb.properties.creator = "見本"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    return wb


def _osave(wb, path: Path):
    buf = io.BytesIO()
    wb.save(buf)
    _restamp(buf.getvalue(), path)


class OSheet:
    """openpyxl: put a value (wrapped, top-aligned), merge, number format, bold, border."""

    def __init__(self, ws):
        self.ws = ws

    def put(self, ref: str, value, merge: str | None = None, fmt: str | None = None, bold=False, border=True,
            center=False, size=None):
        c = self.ws[ref]
        c.value = value
        c.alignment = Alignment(wrap_text=True, vertical="center" if center else "top",
                                horizontal="center" if center else None)
        if fmt:
            c.number_format = fmt
        if bold or size:
            c.font = Font(bold=bold, size=size or 11)
        if merge:
            self.ws.merge_cells(f"{ref}:{merge}")
        if border:
            for row in self.ws[f"{ref}:{merge or ref}"]:
                for x in row:
                    x.border = BOX


def _xbook(path: Path) -> xlsxwriter.Workbook:
    wb = xlsxwriter.Workbook(str(path))
    wb.set_properties({"author": "見本", "created": FIXED})
    return wb


class XSheet:
    """XlsxWriter: typed values, merges, number formats, bold, fills, unlocked cells."""

    def __init__(self, wb, ws):
        self.wb, self.ws, self._fmts = wb, ws, {}

    def fmt(self, num=None, bold=False, border=True, fill=None, center=False, size=None, unlocked=False):
        key = (num, bold, border, fill, center, size, unlocked)
        if key not in self._fmts:
            props = {"text_wrap": True, "valign": "top"}
            if border:
                props["border"] = 1
            if num:
                props["num_format"] = num
            if bold:
                props["bold"] = True
            if fill:
                props["bg_color"] = fill
            if center:
                props["align"] = "center"
                props["valign"] = "vcenter"
            if size:
                props["font_size"] = size
            if unlocked:
                props["locked"] = False
            self._fmts[key] = self.wb.add_format(props)
        return self._fmts[key]

    def put(self, ref: str, value, merge: str | None = None, **kw):
        f = self.fmt(**kw)
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

    def height(self, row: int, h: float):
        self.ws.set_row(row - 1, h)


def _to_xls(src: Path, folder: Path, work: Path):
    """Save ``src`` as .xls through LibreOffice (tests/lo.py) and move it into ``folder``."""
    try:
        out = lo.convert(src, work / "xls", "xls", timeout=LO_TIMEOUT)
    except subprocess.TimeoutExpired as exc:
        raise RuntimeError(f"legacy15: LibreOffice did not save {src.name} as .xls within {LO_TIMEOUT} s") from exc
    except RuntimeError as exc:
        raise RuntimeError(f"legacy15: could not save {src.name} as .xls through LibreOffice: {exc}") from exc
    shutil.move(str(out), str(folder / out.name))


# ============================================================================================ reports
# marks per section (s2..s6): 1 done, 0 not done, None left blank

# ------------------------------------------------------------------ R1 青森: 表紙, 前年度 | 今年度 marks, 確認者 「同上」
R1_NOW = [[1, 1], [1, 1, 0, 1, 1, 0, 1], [1, 0, 1], [1, 1], [1, 1, 0, 0]]
R1_LAST = [[1, 0], [1, 0, 1, 1, 0, 0, 0], [0, 0, 1], [1, 0], [0, 1, 1, 0]]
R1_S1 = [
    "・団体生命共済の新規加入は1月末で目標の55.3％にとどまっている。\n・保有件数は前年5月比で99.2％と微減した。\n"
    "・津軽地区の町村単組で新採の加入が伸びていない。",
    "・9月から県支部と合同で津軽・下北地区の12単組を訪問した。\n・単組ごとに2026年度末の保有目標と到達状況を示した。",
    "・町村単組への訪問の継続\n・新採説明会での同時加入の呼びかけ",
]
R1_TEXTS = [
    "規程にもとづき10月に支払った。使途は単組の決算報告で確認している。",
    "同時加入のリーフレットを作成し全単組に送付した。県支部と合同で12単組をオルグし、1月に新採対策会議を開いた。"
    "同時加入の具体策として説明会の進行例を示した。",
    "組織化方針を単組に提起した。再任用者向けにじちろう共済の継続加入の案内を配布した。",
    "推進委員会で毎月進捗を確認し、モデル単組3単組を県支部と合同で訪問した。",
    "冊子を執行委員会で確認し、全単組に配布した。",
]
R1_NOTE = "※前年度の欄は令和6年度（昨年2月）の報告の写しです。"


def r1_aomori(folder: Path):
    wb = _xbook(folder / "青森県本部_共済推進取り組み報告書（R7）.xlsx")
    cover = wb.add_worksheet("表紙")
    ws = wb.add_worksheet("報告書")
    c = XSheet(wb, cover)
    cover.set_column("A:A", 70)
    c.put("A6", "令和7年度", border=False, center=True, size=16)
    c.put("A8", "県本部共済推進取り組み報告書", border=False, center=True, size=20, bold=True)
    c.put("A14", "自治労青森県本部", border=False, center=True, size=16)
    c.put("A16", "令和8年2月12日提出", border=False, center=True, size=12)
    cover.activate()

    s = XSheet(wb, ws)
    ws.set_column("A:B", 6)
    ws.set_column("C:J", 11)
    s.put("A1", "県本部共済推進取り組み報告書", merge="J1", bold=True, border=False, center=True, size=14)
    for r, (label, value) in enumerate([("県名", "青森県"), ("作成日", "令和8年2月12日"), ("作成者", "見本 拓海"),
                                        ("確認者", "同上")], start=3):
        s.put(f"A{r}", label, merge=f"B{r}", bold=True)
        s.put(f"C{r}", value, merge=f"F{r}")
    s.put("A8", "1." + TITLES[0], merge="J8", bold=True, border=False)
    s.put("A9", S1_INSTR, merge="J9", border=False, size=9)
    s.height(9, 30)
    s.put("A10", "「目標達成にむけた進捗と課題」", merge="J10", bold=True)
    s.put("A11", R1_S1[0], merge="J13")
    s.put("A14", S1_BOX2, merge="J14", bold=True)
    s.height(14, 45)
    s.put("A15", R1_S1[1], merge="J17")
    s.put("A18", "「今後、重点的に取り組む課題」", merge="J18", bold=True)
    s.put("A19", R1_S1[2], merge="J20")
    s.put("A22", "凡例：○実施　×未実施", merge="F22", border=False)
    row = 23
    for k, (items, now, last, text) in enumerate(zip(ITEMS, R1_NOW, R1_LAST, R1_TEXTS)):
        s.put(f"A{row}", f"{k + 2}." + TITLES[k + 1], merge=f"J{row}", bold=True, border=False)
        s.put(f"A{row + 1}", "前年度", center=True, size=9)
        s.put(f"B{row + 1}", "今年度", center=True, size=9)
        s.put(f"C{row + 1}", CHECK_HEAD, merge=f"F{row + 1}")
        s.put(f"G{row + 1}", CONCRETE, merge=f"J{row + 1}")
        first = row + 2
        for i, label in enumerate(items):
            r = first + i
            s.put(f"A{r}", "○" if last[i] else "×", center=True)
            s.put(f"B{r}", "○" if now[i] else "×", center=True)
            s.put(f"C{r}", label, merge=f"F{r}")
            s.height(r, 75 if len(label) > 60 else 30)
        last_row = first + len(items) - 1
        s.put(f"G{first}", text, merge=f"J{last_row}")
        row = last_row + 2
    s.put("A56", R1_NOTE, merge="J56", border=False)
    wb.close()


# ------------------------------------------------------------------ R2 神奈川: o / x, double-spaced items
R2_MARKS = [[1, 0], [1, 1, 1, 0, 1, 1, 0], [1, 1, 0], [1, 0], [1, 1, 1, 0]]
R2_S1 = [
    "団体生命共済の新規加入は1月末で目標の61.7％。保有件数は前年5月比で100.2％と横ばい。政令市の大規模単組で"
    "若年層の加入が少ない。",
    "7月以降、県支部と合同で県西・湘南地区の9単組を訪問した。単組ごとの2026年度末保有目標を確認し、3月までの"
    "行動計画を作った。",
    "大規模単組の若年層への働きかけと、退職予定者への継続加入の案内。",
]
R2_TEXTS = [
    "規程にもとづき年度末に支払っている。",
    "同時加入のチラシと動画を全単組に提供し、県支部と合同で9単組をオルグした。執行部学習会を2回開き、"
    "新採組織化方針と同時加入方針を提起した。",
    None,
    "推進委員会で四半期ごとに進捗を確認している。",
    "特になし",
]
R2_NOTE = "※新採対策会議は2月下旬に開催予定です。"


def r2_kanagawa(folder: Path):
    wb = _obook("報告書（神奈川）")
    ws = wb.active
    s = OSheet(ws)
    for col, w in zip("ABCDEFGHIJ", (9, 9, 10, 10, 10, 10, 6, 20, 20, 30)):
        ws.column_dimensions[col].width = w
    s.put("A1", "令和7年度　県本部共済推進取り組み報告書", merge="I1", bold=True, border=False, center=True, size=14)
    ws.print_title_rows = "1:1"
    ws.freeze_panes = "A3"
    s.put("A3", "県　名", bold=True)
    s.put("B3", "神奈川", merge="C3")
    s.put("A4", "作　成\n年月日", bold=True)
    s.put("B4", dt.date(2026, 2, 9), merge="C4", fmt='[$-411]ggge"年"m"月"d"日"')
    ws.row_dimensions[4].height = 30
    s.put("A5", "作成者", bold=True)
    s.put("B5", "試験 由香", merge="C5")
    s.put("A6", "確認者", bold=True)
    s.put("B6", "試験 健一", merge="C6")
    s.put("A8", "１．" + TITLES[0], merge="I8", bold=True, border=False)
    for (top, label), text in zip([(9, "目標達成にむけた進捗と課題"),
                                   (12, "左記、2025年6月報告以降の取り組みと課題および2026年度末団体生命共済保有目標"
                                        "達成に向けた取り組み"),
                                   (15, "今後、重点的に取り組む課題")], R2_S1):
        s.put(f"A{top}", label, merge=f"B{top + 2}", bold=True)
        s.put(f"C{top}", text, merge=f"I{top + 2}")
    row = 19
    for k, (items, marks, text) in enumerate(zip(ITEMS, R2_MARKS, R2_TEXTS)):
        s.put(f"A{row}", "１２３４５６"[k + 1] + "．" + TITLES[k + 1], merge=f"I{row}", bold=True, border=False)
        s.put(f"A{row + 1}", CHECK_HEAD, merge=f"F{row + 1}", bold=True)
        s.put(f"G{row + 1}", "実施", bold=True, center=True)
        s.put(f"H{row + 1}", CONCRETE, merge=f"I{row + 1}", bold=True)
        first = row + 2
        for i, label in enumerate(items):
            r = first + 2 * i
            s.put(f"A{r}", label, merge=f"F{r}")
            s.put(f"G{r}", "o" if marks[i] else "x", center=True)
            ws.row_dimensions[r].height = 60 if len(label) > 60 else 18
            if i:
                ws.row_dimensions[r - 1].height = 8
        last_row = first + 2 * (len(items) - 1)
        s.put(f"H{first}", text, merge=f"I{last_row}")
        row = last_row + 2
    s.put("J27", R2_NOTE, border=False)
    _osave(wb, folder / "神奈川県本部　取組報告書.xlsx")


# ------------------------------------------------------------------ R3 愛知 (.xls): 役職 | 氏名, No. 「3-4」, 実施 / 未実施
R3_MARKS = [[1, 1], [1, 0, 1, 1, 1, None, 0], [0, 1, 1], [1, 1], [1, 0, 1, 0]]
R3_S1 = [
    "新規加入は1月末で目標の63.4％。保有件数は前年5月比で100.8％と増加した。尾張地区の一部単組で新採の加入率が"
    "下がっている。",
    "県支部と合同で尾張・三河地区の14単組を訪問し、単組別の2026年度末保有目標と年度内の取り組み日程を確認した。",
    "新採の同時加入率の向上と、三河地区の小規模単組への支援。",
]
R3_TEXTS = [
    "特になし",
    "同時加入のツールを提供し、執行部学習会を3会場で開いた。12月に新採対策会議を開き、新採組織化方針を提起した。",
    "対象者を単組ごとに把握し、説明会でじちろう共済の継続加入をアピールした。",
    "推進委員会で進捗を確認し、モデル単組を県支部と合同でオルグした。",
    "冊子を推進委員会で確認し、代表者会議で内容と活用方法を説明した。",
]
R3_NOTE = "※No.欄の番号は県本部で付けたものです。"


def r3_aichi(folder: Path, work: Path):
    wb = _obook("取組報告")
    ws = wb.active
    s = OSheet(ws)
    for col, w in zip("ABCDEFGH", (9, 11, 14, 14, 14, 10, 22, 22)):
        ws.column_dimensions[col].width = w
    s.put("A1", "県本部共済推進取り組み報告書", merge="H1", bold=True, border=False, center=True, size=14)
    s.put("A3", "県名", bold=True)
    s.put("B3", "愛知")
    s.put("C3", "作成日", bold=True)
    s.put("D3", "R8.2.16")
    s.put("B4", "役職", bold=True, center=True)
    s.put("C4", "氏名", merge="D4", bold=True, center=True)
    s.put("A5", "作成者", bold=True)
    s.put("B5", "書記次長")
    s.put("C5", "架空 涼子", merge="D5")
    s.put("A6", "確認者", bold=True)
    s.put("B6", "書記長")
    s.put("C6", "架空 康弘", merge="D6")
    s.put("A7", "１．" + TITLES[0], merge="H7", bold=True, border=False)
    for top, label, text in zip((8, 11, 14), ("(1)目標達成にむけた進捗と課題", "(2)6月報告以降の取り組みと課題",
                                              "(3)今後、重点的に取り組む課題"), R3_S1):
        s.put(f"A{top}", label, merge=f"H{top}", bold=True)
        s.put(f"A{top + 1}", text, merge=f"H{top + 2}")
    row = 18
    for k, (items, marks, text) in enumerate(zip(ITEMS, R3_MARKS, R3_TEXTS)):
        s.put(f"A{row}", "１２３４５６"[k + 1] + "．" + TITLES[k + 1], merge=f"H{row}", bold=True, border=False)
        s.put(f"A{row + 1}", "No.", bold=True, center=True)
        s.put(f"B{row + 1}", "取り組み項目", merge=f"E{row + 1}", bold=True, center=True)
        s.put(f"F{row + 1}", "実施状況", bold=True, center=True)
        s.put(f"G{row + 1}", CONCRETE, merge=f"H{row + 1}", bold=True, center=True)
        first = row + 2
        for i, label in enumerate(items):
            r = first + i
            s.put(f"A{r}", f"{k + 2}-{i + 1}", center=True)
            s.put(f"B{r}", label, merge=f"E{r}")
            s.put(f"F{r}", {1: "実施", 0: "未実施", None: None}[marks[i]], center=True)
            ws.row_dimensions[r].height = 48 if len(label) > 60 else 18
        last_row = first + len(items) - 1
        s.put(f"G{first}", text, merge=f"H{last_row}")
        row = last_row + 2
    s.put("A51", R3_NOTE, merge="H51", border=False)
    work.mkdir(parents=True, exist_ok=True)
    src = work / "愛知県本部_取組報告_R8.2.xlsx"
    _osave(wb, src)
    _to_xls(src, folder, work)


# ------------------------------------------------------------------ R4 岡山: prefecture in the print header, 提出日
R4_MARKS = [[1, 0], [0, 1, 1, 1, 0, 1, 0], [1, 1, 1], [0, 1], [1, 1, 0, 0]]
R4_S1 = [
    "・新規加入は1月末で目標の58.6％。\n・保有件数は前年5月比で99.5％と減少した。\n・県北の単組で退職者の脱退が続いている。",
    "・県支部と合同で県北・県南の10単組を訪問した。\n・単組ごとに2026年度末の保有目標を示し、到達見込みを確認した。",
    "・退職予定者への継続加入の案内\n・県北単組への支援の継続",
]
R4_TEXTS = [
    "・規程にもとづき8月に支払った。",
    "・県支部と合同で10単組をオルグした。\n・執行部学習会と新採対策会議を開き、同時加入方針を提起した。",
    "・組織化方針を提起し、対象者の名簿を単組と確認した。\n・説明会を4会場で開き、じちろう共済をアピールした。",
    "・モデル単組2単組を県支部と合同でオルグした。",
    "・冊子を執行委員会で確認し、全単組に配布した。",
]
R4_NOTE = "※説明会の参加者名簿は別途送付します。"


def r4_okayama(folder: Path):
    wb = _xbook(folder / "岡山県本部_共済推進取り組み報告書.xlsx")
    ws = wb.add_worksheet("報告書")
    s = XSheet(wb, ws)
    ws.set_column("A:J", 10)
    ws.set_header("&C&12自治労岡山県本部")
    ws.set_footer("&C&P / &N")
    ws.set_paper(9)
    ws.fit_to_pages(1, 0)
    s.put("A1", "令和7年度　県本部共済推進取り組み報告書", merge="F3", bold=True, center=True, size=14, border=False)
    for r, (label, value) in enumerate([("提出日", dt.date(2026, 2, 10)), ("作成者", "架空 直樹"),
                                        ("確認者", "架空 真理子")], start=1):
        s.put(f"G{r}", label, bold=True, center=True)
        s.put(f"H{r}", value, merge=f"J{r}", num="yyyy/m/d" if r == 1 else None, unlocked=True)
    s.put("A5", "1." + TITLES[0], merge="J5", bold=True, border=False)
    s.put("A6", S1_INSTR, merge="J6", border=False, size=9)
    s.height(6, 30)
    s.put("A7", "「目標達成にむけた進捗と課題」", merge="E7", bold=True)
    s.put("F7", S1_BOX2, merge="J7", bold=True, size=9)
    s.height(7, 45)
    s.put("A8", R4_S1[0], merge="E11", unlocked=True)
    s.put("F8", R4_S1[1], merge="J11", unlocked=True)
    s.put("A12", "「今後、重点的に取り組む課題」", merge="J12", bold=True)
    s.put("A13", R4_S1[2], merge="J14", unlocked=True)
    row = 16
    for k, (items, marks, text) in enumerate(zip(ITEMS, R4_MARKS, R4_TEXTS)):
        s.put(f"A{row}", f"{k + 2}." + TITLES[k + 1], merge=f"J{row}", bold=True, border=False)
        s.put(f"A{row + 1}", CHECK_HEAD, merge=f"E{row + 1}")
        s.put(f"F{row + 1}", CONCRETE, merge=f"J{row + 1}")
        first = row + 2
        for i, label in enumerate(items):
            r = first + i
            s.put(f"A{r}", "　" + ("☑" if marks[i] else "□") + "　" + label, merge=f"E{r}", unlocked=True)
            s.height(r, 60 if len(label) > 60 else 30)
        last_row = first + len(items) - 1
        s.put(f"F{first}", text, merge=f"J{last_row}", unlocked=True)
        row = last_row + 2
    s.put("A49", R4_NOTE, merge="J49", border=False, unlocked=True)
    ws.protect("", {"select_locked_cells": True, "select_unlocked_cells": True})
    wb.close()


# ------------------------------------------------------------------ R5 熊本: flat list with an autofilter hiding 「未」
R5_MARKS = [[1, 1], [1, 1, 0, 1, 0, 1, 1], [1, 0, 0], [1, 0], [0, 1, 1, 0]]
R5_GROUPS = ["２．交付金の活用", "３．2026年4月新採対策", "４．2026年3月末退職者等への対応", "５．モデル単組への関わり",
             "６．推進マニュアルの活用"]
R5_S1 = [
    "新規加入は1月末で目標の60.2％。保有件数は前年5月比で100.1％とほぼ横ばい。天草・球磨地区の単組で新採の加入が"
    "少ない。",
    "県支部と合同で天草・球磨地区の8単組を訪問し、2026年度末の保有目標と新採対策の日程を単組ごとに確認した。",
    "地区ごとの学習会の開催と、新採の同時加入の定着。",
]
R5_TEXTS = [
    "規程にもとづき9月に支払い、使途は単組の報告書で把握している。",
    "同時加入のツールを全単組に提供し、県支部と合同で8単組をオルグした。新採対策会議で同時加入方針と具体策を示した。",
    "組織化方針を単組に提起した。対象者の把握はこれから行う。",
    "推進委員会で進捗を確認している。",
    "マニュアルを全単組に配布し、代表者会議で活用方法を周知した。",
]
R5_NOTE = "※学習会の日程は県支部と調整中です。"


def r5_kumamoto(folder: Path):
    wb = _obook("取組一覧")
    ws = wb.active
    s = OSheet(ws)
    for col, w in zip("ABCDE", (26, 6, 60, 12, 10)):
        ws.column_dimensions[col].width = w
    s.put("A1", "令和7年度　県本部共済推進取り組み報告書", merge="E1", bold=True, border=False, size=14)
    for r, (label, value) in enumerate([("県名", "熊本"), ("作成日", dt.date(2026, 2, 13)), ("作成者", "見本 大地"),
                                        ("確認者", "見本 早紀")], start=3):
        s.put(f"A{r}", label, bold=True)
        s.put(f"B{r}", value, merge=f"C{r}", fmt='yyyy"年"m"月"d"日"' if r == 4 else None)
    s.put("A8", "１．" + TITLES[0], merge="E8", bold=True, border=False)
    for top, label, text in zip((9, 12, 15), ("目標達成にむけた進捗と課題", "6月報告以降の取り組みと課題",
                                              "今後、重点的に取り組む課題"), R5_S1):
        s.put(f"A{top}", label, merge=f"E{top}", bold=True)
        s.put(f"A{top + 1}", text, merge=f"E{top + 2}")
    s.put("A19", "２～６．取り組み項目の実施状況（済・未）", merge="E19", bold=True, border=False)
    for col, head in zip("ABCD", ("区分", "No.", "取り組み項目", "実施状況")):
        s.put(f"{col}20", head, bold=True, center=True)
    r = 21
    for group, items, marks in zip(R5_GROUPS, ITEMS, R5_MARKS):
        for i, label in enumerate(items):
            s.put(f"A{r}", group)
            s.put(f"B{r}", i + 1, center=True)
            s.put(f"C{r}", label)
            s.put(f"D{r}", "済" if marks[i] else "未", center=True)
            if not marks[i]:
                ws.row_dimensions[r].hidden = True
            if len(label) > 60:
                ws.row_dimensions[r].height = 45
            r += 1
    assert r == 39
    ws.auto_filter.ref = "A20:D38"
    ws.auto_filter.add_filter_column(3, ["済"])
    s.put("A40", CONCRETE, merge="E40", bold=True, border=False)
    s.put("A41", "区分", bold=True, center=True)
    s.put("B41", "内容", merge="E41", bold=True, center=True)
    for i, (group, text) in enumerate(zip(R5_GROUPS, R5_TEXTS)):
        s.put(f"A{42 + i}", group)
        s.put(f"B{42 + i}", text, merge=f"E{42 + i}")
        ws.row_dimensions[42 + i].height = 32
    s.put("A48", R5_NOTE, merge="E48", border=False)
    _osave(wb, folder / "熊本県本部_取り組み報告書.xlsx")


# ============================================================================================ surveys
# ------------------------------------------------------------------ S1 福島: フリガナ row, 「90名弱」, 「１，０２０名」
S1_TEXTS = [
    "4月の新採研修で組合説明会を開き、その場で加入を呼びかけている。",
    "説明会には青年部の役員が参加し、職場の先輩として話すようにしている。",
    "競合の説明会と日程が重なり、時間を十分にとれないことがある。",
    "未加入者の名簿を職場委員と共有し、個別に声をかけている。",
    "本庁以外の職場の未加入者と話す機会が少ない。",
    "交渉の結果を当日中に組合ニュースで知らせている。",
    "特になし",
    "市当局とは年4回交渉している。時間外勤務の縮減と人員の確保を求めている。",
    "共済の給付事例を紹介し、組合に入っている安心を伝えている。",
    "新採説明会の時間を当局に確保してもらう方法",
    "新採向けの共済パンフレットを増やしてほしい。",
]
S1_NOTE = "※競合の人数は役員からの聞き取りによるおおよその数です。"


def s1_fukushima(folder: Path):
    wb = _xbook(folder / "福島_見本市職労_実態共有アンケート.xlsx")
    ws = wb.add_worksheet("アンケート")
    s = XSheet(wb, ws)
    ws.set_column("A:A", 30)
    ws.set_column("B:C", 18)
    ws.set_column("D:D", 20)
    ws.set_column("E:F", 18)
    s.put("A1", "　実態共有用アンケート", merge="F1", bold=True, border=False, size=14)
    s.put("A3", "県本部", bold=True)
    s.put("B3", "福島", merge="C3", fill="#FFFF99")
    s.put("A4", "単　組", bold=True)
    s.put("B4", "見本市職員労働組合", merge="C4", fill="#FFFF99")
    s.put("A5", "フリガナ", size=8)
    s.put("B5", "ミホン　ハルカ", merge="C5", size=8)
    s.put("A6", "記入者お名前", bold=True)
    s.put("B6", "見本 遥", merge="C6", fill="#FFFF99")
    s.put("A7", "上部団体", bold=True)
    s.put("B7", "自治労", center=True, bold=True)
    s.put("C7", "全労連・自治労連", fill="#FFFF99", center=True)
    ws.data_validation("C7", {"validate": "list", "source": CHOICES})
    s.put("D7", "←プルダウンから選択", border=False)
    for r, (label, j, c) in enumerate([("組織人員数（人）", "１，０２０名", "90名弱"), ("組織率（％）", "45.2％", "約4％"),
                                       ("未加入者数（人）", "1,146名", "同左")], start=8):
        s.put(f"A{r}", label, bold=True)
        s.put(f"B{r}", j, fill="#FFFF99")
        s.put(f"C{r}", c, fill="#FFFF99")
    s.put("D8", "令和7年11月1日現在", merge="D10", center=True)
    s.put("A11", RATE_NOTE, merge="F11", border=False, size=9)
    s.put("A13", "2026年", bold=True, border=False)
    for r, (label, n) in enumerate(zip(INTAKE, (28, 19, 5, 4)), start=14):
        s.put(f"A{r}", label, bold=True)
        s.put(f"B{r}", n, fill="#FFFF99")
    for r, (label, text) in enumerate(zip(TEXT_LABELS, S1_TEXTS), start=19):
        s.put(f"A{r}", label, bold=True)
        s.put(f"B{r}", text, merge=f"F{r}", fill="#FFFF99")
        s.height(r, 36)
    s.put("A31", S1_NOTE, merge="F31", border=False)
    wb.close()


# ------------------------------------------------------------------ S2 千葉 (.xls): 上部団体 by number, 「R7.11末日現在」
S2_TEXTS = [
    "採用日に町の研修の後、組合説明会を開いている。",
    "説明会では組合費と共済の掛金をまとめた早見表を配っている。",
    "採用が少ない年は説明会を開けず、個別の声かけになる。",
    "未加入者には職場の組合員から一人ずつ声をかけてもらっている。",
    "何度声をかけても加入しない人への対応。",
    "組合ニュースを毎月発行し、町内の全職場に配っている。",
    "会計年度任用職員に情報が届きにくい。",
    "町当局とは年2回交渉している。人事評価の運用について協議を続けている。",
    "共済の手厚さと、県本部の相談窓口を紹介している。",
    "なし",
    "近隣の町の単組と合同の新採交流会を開いてほしい。",
]
S2_NOTE = "※非正規職員数には会計年度任用職員（パートタイム）を含みます。"


def s2_chiba(folder: Path, work: Path):
    wb = _obook("回答")
    ws = wb.active
    s = OSheet(ws)
    ws.column_dimensions["A"].width = 52
    for col in "BCD":
        ws.column_dimensions[col].width = 18
    s.put("A1", "実態共有用アンケート", merge="D1", bold=True, border=False, size=14)
    s.put("A3", "項目", bold=True, center=True)
    s.put("B3", "回答", merge="D3", bold=True, center=True)
    rows = [
        ("県本部", "千葉"), ("単組", "架空町職員組合"), ("記入者お名前", "架空 美和"),
        ("上部団体（1.全労連・自治労連　2.旧全官公自治労連　3.全労連・医労連　4.なし　※番号を記入）", 2),
        ("組織人員数（自治労）（人）", "356人"), ("組織人員数（競合）（人）", "48人"),
        ("組織率（自治労）（％）", "61.4%"), ("組織率（競合）（％）", "8.3%"),
        ("未加入者数（自治労）（人）", "176人"), ("未加入者数（競合）（人）", "176人"),
        ("時点", "R7.11末日現在"),
        ("正規職員数（人）", "480人"), ("会計年度任用職員・パート等の非正規職員数（人）", "100人"),
    ]
    for r, (label, value) in enumerate(rows, start=4):
        s.put(f"A{r}", label)
        s.put(f"B{r}", value, merge=f"D{r}")
        if r == 7:
            ws.row_dimensions[r].height = 45
    s.put("A17", RATE_NOTE, merge="D17", border=False)
    s.put("A19", "2026年4月新規採用者", merge="D19", bold=True, border=False)
    for r, (label, value) in enumerate(zip(INTAKE, ("６人", "４人", "０人", "２人")), start=20):
        s.put(f"A{r}", label)
        s.put(f"B{r}", value, merge=f"D{r}")
    s.put("A25", "取り組みと悩み", merge="D25", bold=True, border=False)
    for i, (label, text) in enumerate(zip(TEXT_LABELS, S2_TEXTS)):
        r = 26 + i
        s.put(f"A{r}", f"問{i + 1}　{label}")
        s.put(f"B{r}", text, merge=f"D{r}")
        ws.row_dimensions[r].height = 36
    s.put("A38", S2_NOTE, merge="D38", border=False)
    work.mkdir(parents=True, exist_ok=True)
    src = work / "千葉_架空町職_アンケート.xlsx"
    _osave(wb, src)
    _to_xls(src, folder, work)


# ------------------------------------------------------------------ S3 福岡: 「約1.2万人」, 「1,850※」, CR LF texts
S3_TEXTS = [
    "・3月に内定者説明会を開いた。\r\n・4月の辞令交付式の後に加入説明会を開く。",
    "・説明会の後、職場ごとに先輩組合員が昼食に誘っている。",
    "・採用者が多く、一人ひとりと話す時間が足りない。\r\n・競合も同じ日に説明会を開く。",
    "区役所ごとに未加入者の一覧を作り、支部の役員が声をかけている。",
    "交替制の職場の未加入者に会えない。",
    "交渉の経過を組合のホームページとSNSで発信している。",
    "ニュースを配っても読まれているか分からない。",
    "市当局とは年6回交渉している。\r\n会計年度任用職員の処遇改善と、区役所の人員確保を求めている。",
    "共済と組合の相談窓口が一つで、何でも相談できることを伝えている。",
    "大規模単組での新採説明会の進め方",
    "特になし",
]
S3_NOTE = "※競合の人数は競合組合の機関紙による推計です。"


def s3_fukuoka(folder: Path):
    wb = _xbook(folder / "福岡県本部_架空市職労_アンケート.xlsx")
    ws = wb.add_worksheet("R7アンケート")
    s = XSheet(wb, ws)
    ws.set_column("A:A", 12)
    ws.set_column("B:D", 18)
    ws.set_column("E:G", 14)
    s.put("A1", "実態共有用アンケート（令和7年度）", merge="G1", bold=True, border=False, size=14)
    for r, text in enumerate(["県本部：福岡", "単組：架空市職員労働組合", "記入者お名前：架空 浩二",
                              "上部団体：全労連・自治労連"], start=3):
        s.put(f"A{r}", text, merge=f"D{r}")
    for col, head in zip("BCD", ("組織人員数（人）", "組織率（％）", "未加入者数（人）")):
        s.put(f"{col}8", head, bold=True, center=True)
    s.put("A8", None)
    s.put("A9", "自治労", bold=True, center=True)
    s.put("B9", "約1.2万人")
    s.put("C9", 0.462, num="0.0%")
    s.put("D9", "約1.2万人")
    s.put("A10", "競合", bold=True, center=True)
    s.put("B10", "1,850※")
    s.put("C10", 0.071, num="0.0%")
    s.put("D10", "約1.2万人")
    s.put("A11", "時点", bold=True, center=True)
    s.put("B11", dt.date(2025, 11, 1), num="yyyy/m/d")
    s.put("A12", S3_NOTE, merge="G12", border=False)
    s.put("A13", RATE_NOTE, merge="G13", border=False, size=9)
    s.put("A15", "2026年4月新規採用者", merge="D15", bold=True, border=False)
    for r, (label, n) in enumerate(zip(INTAKE, (165, 121, 18, 26)), start=16):
        s.put(f"A{r}", label, merge=f"C{r}")
        s.put(f"D{r}", n)
    for i, (label, text) in enumerate(zip(TEXT_LABELS, S3_TEXTS)):
        r = 21 + 3 * i
        s.put(f"A{r}", f"【{label}】", merge=f"G{r}", bold=True, border=False)
        s.put(f"A{r + 1}", text, merge=f"G{r + 2}")
    wb.close()


# ------------------------------------------------------------------ S4 徳島: 「212+35」 as text, serial 時点, 「－」
S4_TEXTS = [
    "採用日に村長との面談の後、書記長が組合の説明をしている。",
    "歓迎会を組合主催で開き、家族の共済の話もしている。",
    "採用が毎年数人で、説明の経験が引き継がれない。",
    "未加入者には年度初めに組合の案内を手渡ししている。",
    "特になし",
    "組合ニュースを年6回発行している。",
    "役員の負担が大きく、ニュースの発行が遅れがちになる。",
    "村当局とは年1回交渉している。人員不足の解消を求めている。",
    "なし",
    None,
    "小規模単組向けの共済学習会を開いてほしい。",
]
S4_NOTE = "※組織人員数は正規職員212人と再任用職員35人の合計です。"


def s4_tokushima(folder: Path):
    wb = _xbook(folder / "徳島_試験村職_アンケート.xlsx")
    ws = wb.add_worksheet("アンケート")
    s = XSheet(wb, ws)
    ws.set_column("A:A", 22)
    ws.set_column("B:D", 14)
    ws.set_column("E:F", 14)
    s.put("A1", "実態共有用アンケート", merge="F1", bold=True, border=False, size=14)
    for r, (label, value) in enumerate([("県本部", "徳島"), ("単組", "試験村職員労働組合"),
                                        ("記入者お名前", "試験 恵子"), ("役職", "書記長"), ("上部団体", "なし")],
                                       start=3):
        s.put(f"A{r}", label, bold=True)
        s.put(f"B{r}", value, merge=f"D{r}")
    s.put("B9", "自治労", bold=True, center=True)
    s.put("C9", "競合", bold=True, center=True)
    s.put("D9", "時点", bold=True, center=True)
    for r, (label, j) in enumerate([("組織人員数（人）", "212+35"), ("組織率（％）", 38.6), ("未加入者数（人）", 393)],
                                   start=10):
        s.put(f"A{r}", label, bold=True)
        s.put(f"B{r}", j)
        s.put(f"C{r}", "－", center=True)
    s.put("D10", 45962, merge="D12", center=True)
    s.put("A13", RATE_NOTE, merge="F13", border=False, size=9)
    s.put("A14", S4_NOTE, merge="F14", border=False)
    s.put("A16", "2026年4月新規採用者", merge="D16", bold=True, border=False)
    for r, (label, n) in enumerate(zip(INTAKE, (3, 3, 0, 0)), start=17):
        s.put(f"A{r}", label, bold=True)
        s.put(f"B{r}", n)
    for i, (label, text) in enumerate(zip(TEXT_LABELS, S4_TEXTS)):
        r = 22 + 2 * i
        s.put(f"A{r}", f"Q{i + 1}．{label}", merge=f"F{r}", bold=True, fill="#DDEBF7")
        s.put(f"A{r + 1}", text, merge=f"F{r + 1}")
        s.height(r + 1, 32)
    wb.close()


# ------------------------------------------------------------------ S5 沖縄: Alt+Enter labels, 「把握していない」
S5_LABELS = ["新採加入の\n主な取り組み", "新規採用者\n組織化で工夫\nしていること", "新規採用者\n組織化で悩んで\nいること",
             "未加入者対策の\n主な取り組み", "未加入者対策で\n悩んでいること", "組合活動の\n可視化",
             "組合員との\n情報共有で\n悩んでいること", "労使関係・\n交渉など", "競合単組との\n差別化",
             "他の単組・\n他の県本部に\n聞いてみたいこと", "県本部・本部\nへの要望"]
S5_TEXTS = [
    "4月の採用日に組合説明会を開き、加入届を配っている。",
    "説明会で共済の給付事例を紹介している。",
    "競合の役員が職場の上司であることが多い。",
    "未加入者の多い職場で昼休みに懇談会を開いている。",
    "若い職員ほど組合費の負担を気にしている。",
    "交渉の結果を掲示板とメールで知らせている。",
    "なし",
    "町当局とは年3回交渉している。保育所の人員確保を重点にしている。",
    "全国組織としての情報量と共済の手厚さを伝えている。",
    "離島の単組での新採の声のかけ方",
    "県本部主催の新採交流会を続けてほしい。",
]
S5_NOTE = "※競合の組織率は相手方から聞けていません。"


def s5_okinawa(folder: Path):
    wb = _obook("アンケート")
    ws = wb.active
    s = OSheet(ws)
    for col, w in zip("ABCDEF", (16, 16, 16, 16, 16, 16)):
        ws.column_dimensions[col].width = w
    s.put("A1", "実態共有用アンケート", merge="F1", bold=True, border=False, size=14)
    for r, (label, value) in enumerate([("県本部", "沖縄"), ("単組", "架空町職員労働組合"), ("記入者\nお名前", "架空 真一"),
                                        ("上部団体", "全労連・医労連")], start=3):
        s.put(f"A{r}", label, bold=True)
        s.put(f"B{r}", value, merge=f"C{r}")
    ws.row_dimensions[5].height = 30
    s.put("B8", "自治労", bold=True, center=True)
    s.put("C8", "競合", bold=True, center=True)
    s.put("D8", "時点", bold=True, center=True)
    pairs = [("組織人員数\n（人）", 310, "約60人"), ("組織率\n（％）", "３８．５％", "把握していない"),
             ("未加入者数\n（人）", 435, "同左")]
    for r, (label, j, c) in enumerate(pairs, start=9):
        s.put(f"A{r}", label, bold=True)
        s.put(f"B{r}", j, fmt='#,##0"人"' if isinstance(j, int) else None)
        s.put(f"C{r}", c)
        ws.row_dimensions[r].height = 30
    s.put("D9", "2025年11月末", merge="D11", center=True)
    s.put("A12", RATE_NOTE, merge="F12", border=False)
    s.put("A14", "2026年4月", bold=True)
    for col, label, n in zip("BCDE", INTAKE, (12, 8, 1, 3)):
        s.put(f"{col}14", label, bold=True, center=True)
        s.put(f"{col}15", n, center=True)
    for i, (label, text) in enumerate(zip(S5_LABELS, S5_TEXTS)):
        r = 17 + 2 * i
        s.put(f"A{r}", label, merge=f"A{r + 1}", bold=True)
        s.put(f"B{r}", text, merge=f"F{r + 1}")
    s.put("A40", S5_NOTE, merge="F40", border=False)
    _osave(wb, folder / "沖縄_架空町職労_アンケート.xlsx")


def build(root: Path) -> dict[str, Path]:
    from legacy_kit import build_set

    return build_set(Path(root), [r1_aomori, r2_kanagawa, r4_okayama, r5_kumamoto],
                     [s1_fukushima, s3_fukuoka, s4_tokushima, s5_okinawa],
                     converted=[("report", r3_aichi), ("survey", s2_chiba)])


if __name__ == "__main__":
    print(build(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/legacy15")))
