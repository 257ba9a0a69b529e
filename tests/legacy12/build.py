"""Twelfth, independent set of legacy-style fixtures (tests/legacy12), made to measure GENERALISATION.

Ten workbooks (five 県本部共済推進取り組み報告書, five 実態共有用アンケート; FY2024: reports made Feb 2025, survey
figures as of late 2024, intake 2025年4月新採) as ordinary offices would send them, written with XlsxWriter and
openpyxl (two of them post-processed at the zip level to add what those writers cannot: form-control check boxes, an
oval shape), two of them (R4, S3) saved as .xls through LibreOffice. Each COMBINES 3-5 habits: about two thirds common
and already seen somewhere in tests/legacy2 … tests/legacy11 but mixed differently, about one third judged plausible
and absent from those sets (marked NEW). Every name, union and sentence is invented for this set (見本 / 試験 / 架空
names); the only texts taken from the real forms are the printed labels and instructions. Nothing here imports the
reader.

REPORTS
R1 山形県本部_共済推進取り組み報告書.xlsx (XlsxWriter), sheet 「報告書」
   close to the printed form: title A1:F1 with the header block at its right (G1..G4 | H:J), 作成日 a real date shown
   「2025年2月18日」; the printed section-1 instruction and the first two boxes SIDE BY SIDE; items 「　☑　label」 /
   「　□　label」 in the item cell under 「実施している取り組み☑してください。」, the text merged beside; section 5 ticked
   by another hand with 「✔️」 (U+2714 + VARIATION SELECTOR-16, the emoji palette's heavy check mark, NEW glyph form);
   the sheet PROTECTED with only the answer cells unlocked, gridlines hidden, a print area and fit-to-width (NEW);
   note A52.
R2 群馬県本部　取組報告書（R6）.xlsx (openpyxl + zip post-processing), sheet 「群馬」
   the marks are FORM-CONTROL CHECK BOXES (legacy 「チェック ボックス」 controls: VML shape + ctrlProp with the checked
   state, no linked cell, no caption) sitting in a narrow 実施 column left of each item (NEW); header answers TWO
   columns right of their labels (A → C, E → G); 作成日 the text 「令和7年2月14日」; section titles 「（１）」…;
   section-1 labels 「・…」 with merged blocks below; the section text merged beside the items; s2 text 「特になし」;
   note A53.
R3 石川県本部_取組報告_20250217.xlsx (openpyxl), sheet 「報告書」
   header label and answer in ONE cell (「県名：石川県」 「作成日：R7.2.17」 …); sections 「Ⅰ」…「Ⅵ」 (numeral in A,
   title B:H); an 実施状況 column right of the items holding the printed choice 「実施・未実施」 in every row, the clerk
   STRIKING THROUGH the word that does not apply (a strikethrough font run inside the cell, i.e. 二重線で消す done in
   Excel, NEW), s6 item 4 left untouched; 「具体的な取り組み」 label row with the text merged below; the clerk's note
   explaining the strikethrough (A60).
R4 香川県本部_共済推進取組報告.xls (openpyxl → LibreOffice .xls), sheet 「香川」
   NO 県名 field: the prefecture is only in the file name and the sheet name, the title says 「令和6年度　共済推進
   取り組み報告書」 (NEW); a stamp box 作成者 | 確認者 at the top right; 作成日 a real date shown 「R7.2.19」; section-1
   labels ABBREVIATED with the text on the same row; a 「実施日」 column right of the items holding the DATE each done
   item was carried out (real dates shown m/d), 「未」 for the others and once 「3月予定」 (NEW); ● bullet lines in the
   texts; note A44.
R5 大分県本部_取り組み報告書（提出）.xlsx (XlsxWriter), sheets 「記入要領」 (FIRST: rules, deadline, a 記入例 line holding
   a mark and an item label) then 「報告書」
   labels with a trailing 「：」 and the answers right of them, 作成日 the text 「2025/2/20」; section-1 labels with merged
   blocks below; a 「実施（○×）」 dropdown column right of the items; 具体的な取り組み written PER ITEM, one cell beside
   each item row as on the paper original, some left empty (NEW); note A50.

SURVEYS
S1 宮城_見本市職労_実態共有アンケート.xlsx (XlsxWriter + zip post-processing), sheet 「アンケート」
   close to the printed form; 上部団体 answered by an OVAL SHAPE drawn around one of the four printed choices laid out in
   a row (B6..E6, 「←該当するものを○で囲んでください」) (NEW); 組織人員数 of 自治労 typed as an ARITHMETIC FORMULA
   =1032+186 (正規 + 会計年度, value stored, NEW); rates as fractions in 0.0% cells; 時点 「R6.11.1現在」 merged down
   beside the table; texts label | answer on the same row, one 「特になし」; note A33.
S2 新潟_架空町職_アンケート.xlsx (openpyxl), sheet 「回答」
   the whole questionnaire as an EXCEL TABLE (ListObject 「No.｜項目｜回答」 with filter buttons and banded rows) (NEW);
   each pair split into two questions (「組織人員数（自治労）（人）」 / 「…（競合）（人）」); numbers as text with units
   and 約 (「386人」 「約60人」 「61.3%」 「約10%」); 時点 「2024年11月1日現在」; 「・」 bullet answers, one 「なし」; note
   under the table.
S3 静岡県本部_見本市職_アンケート.xls (openpyxl → LibreOffice .xls), sheet 「アンケート」
   header answers TWO columns right of the labels; the pairs table with a clerk-added 「合計」 column of formulas and a
   「うち会計年度任用職員」 breakdown row under 組織人員数 (NEW); rates as plain numbers; 時点 a real date shown
   「令和6年11月1日」 merged down beside the table; intake as full-width text with units 「２２人」…; texts 「問１」… label
   rows with the answer merged over the two rows below; one 「特になし」; note A55.
S4 高知_試験村職_アンケート.xlsx (XlsxWriter), sheet 「入力シート」
   a vertical label | answer list with yellow input cells and a 上部団体 dropdown; a clerk-added 「連絡先」 row; the
   template's grey placeholder 「（ここに入力してください）」 LEFT in the one question not answered (NEW); an answer
   holding a URL, written as a HYPERLINK cell (NEW); rates typed as text without 「%」; 時点 the text 「2024年12月1日」;
   note A33.
S5 長崎県本部_見本町職組_アンケート.xlsx (openpyxl), sheets 「表紙」 (FIRST: title, union, 「令和7年1月15日提出」) then
   「回答」
   LAST YEAR's figures kept VISIBLE beside this year's: the pairs table under two group headings 「令和5年11月1日現在」 /
   「令和6年11月1日現在」 each with 自治労 | 競合 sub-columns, the intake table with 「2024年4月」 | 「2025年4月」 columns
   (NEW); rates as plain numbers; text labels merged over two rows with the answer merged beside them; note A44.
"""
from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import sys
import zipfile
from pathlib import Path

import openpyxl
import xlsxwriter
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils.cell import column_index_from_string, coordinate_from_string
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.table import Table, TableStyleInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/: the shared LibreOffice helper
import lo  # noqa: E402

HERE = Path(__file__).resolve().parent
if str(HERE.parent) not in sys.path:
    sys.path.append(str(HERE.parent))

from legacy_kit import INTAKE, RATE_NOTE, S1_BOX, S2, S3, S4, S5, S6, TEXT_LABELS, TITLES, Sheet  # noqa: E402

SECTIONS = [S2, S3, S4, S5, S6]
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
FIXED = dt.datetime(2025, 2, 1, 9, 0, 0)
S1_INSTR = ("※2024年6月 共済推進県本部・県支部合同会議で報告した県本部共済推進方針にもとづいた取り組み報告の"
            "「3.目標達成にむけた進捗と課題」、「4.今後、重点的に取り組む課題」をあらためて下記に記載してください。")
S1_BOX2_LONG = "左記、2024年6月報告以降の取り組みと課題および\n2026年度末団体生命共済保有目標達成に向けた取り組み\n2点について記入してください。"
CHECK_HEAD = "実施している取り組み☑してください。"
CHOICES = ["全労連・自治労連", "旧全官公自治労連", "全労連・医労連", "なし"]


def _box(ws, rng: str):
    for row in ws[rng]:
        for c in row:
            c.border = BOX


def _obook(first: str):
    wb = openpyxl.Workbook()
    wb.active.title = first
    wb.properties.creator = "見本"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    return wb


def _restamp(data: bytes, path: Path, patch=None):
    """Rewrite a saved workbook with FIXED zip stamps and core.xml time; ``patch(name, bytes) -> bytes`` may change
    parts and ``patch.extra`` (a dict name → bytes) add new ones."""
    stamp = FIXED.strftime("%Y-%m-%dT%H:%M:%SZ")
    extra = dict(getattr(patch, "extra", {}) or {})
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        names = [i.filename for i in src.infolist()]
        for name in names + [n for n in extra if n not in names]:
            body = extra[name] if name in extra else src.read(name)
            if name == "docProps/core.xml":
                body = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + stamp.encode(), body)
            if patch is not None:
                body = patch(name, body)
            out.writestr(zipfile.ZipInfo(name, date_time=FIXED.timetuple()[:6]), body,
                         compress_type=zipfile.ZIP_DEFLATED)


def _osave(wb, path: Path, patch=None):
    """Save an openpyxl book byte for byte the same on every run (core.xml and zip stamps set to FIXED)."""
    buf = io.BytesIO()
    wb.save(buf)
    _restamp(buf.getvalue(), path, patch)


def _xbook(path: Path) -> xlsxwriter.Workbook:
    wb = xlsxwriter.Workbook(str(path))
    wb.set_properties({"author": "見本", "created": FIXED})
    return wb


class XSheet:
    """XlsxWriter helper: typed values, merges, number formats, bold, fills, locked / unlocked cells."""

    def __init__(self, wb, ws):
        self.wb, self.ws, self._fmts = wb, ws, {}

    def fmt(self, num=None, bold=False, border=True, fill=None, center=False, unlocked=False, color=None, size=None):
        key = (num, bold, border, fill, center, unlocked, color, size)
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
            if unlocked:
                props["locked"] = False
            if color:
                props["font_color"] = color
            if size:
                props["font_size"] = size
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

    def formula(self, ref: str, formula: str, value, merge: str | None = None, **kw):
        f = self.fmt(**kw)
        if merge:
            self.ws.merge_range(f"{ref}:{merge}", "", f)
        self.ws.write_formula(ref, formula, f, value)

    def height(self, row: int, h: float):
        self.ws.set_row(row - 1, h)


def _to_xls(src: Path, folder: Path, work: Path):
    """The .xls LibreOffice saves from ``src`` (tests/lo.py), moved into ``folder``."""
    out = lo.convert(src, work / "xls", "xls")
    shutil.move(str(out), str(folder / out.name))


def _item_height(item: str, per_line: int) -> float:
    lines = -(-len(item) // per_line)
    return max(18, 15 * lines + 4)


# ============================================================================================ reports

# ------------------------------------------------------------------ R1 山形: printed-form copy, ✔️, protected sheet
R1_MARKS = [[1, 1], [1, 1, 0, 1, 1, 0, 0], [1, 0, 1], [1, 0], [1, 1, 1, 0]]
R1_S1 = [
    "団体生命共済の新規加入は12月末で目標の57.9％にとどまっている。保有件数は前年5月比で99.8％とほぼ横ばい。置賜・庄内"
    "地区の単組で新採の加入が伸び悩んでいる。",
    "9月以降、県支部と合同で置賜・庄内地区の10単組を訪問し、単組ごとの到達状況と2026年度末の保有目標を確認した。1月の"
    "代表者会議では新採の同時加入の進め方を説明した。",
    "新採の同時加入の徹底と、役職定年者・再任用者への継続加入の案内。",
]
R1_TEXTS = [
    "規程にもとづき年1回支払っている。使途は単組からの実績報告で確認している。",
    "同時加入のチラシと申込書を全単組に配布した。県支部と合同で10単組をオルグし、12月に新採対策会議を開いて組織化方針を"
    "提起した。",
    "組織化方針を文書で全単組に提起した。じちろう共済の案内を退職者会の会報に掲載した。",
    "推進委員会で毎月の件数を確認している。合同オルグは来年度に実施する。",
    "冊子の内容を執行委員会で確認し、全単組に配布した。2月の代表者会議で活用方法を説明した。",
]
HEAVY_CHECK_EMOJI = "\u2714\ufe0f"


def r1_yamagata(folder: Path):
    wb = _xbook(folder / "山形県本部_共済推進取り組み報告書.xlsx")
    ws = wb.add_worksheet("報告書")
    x = XSheet(wb, ws)
    ws.set_column("A:J", 10)
    ws.merge_range("A1:F1", "県本部共済推進取り組み報告書", wb.add_format({"bold": True, "font_size": 14}))
    for r, label, value, num in ((1, "県　名", "山形県", None), (2, "作成日", dt.date(2025, 2, 18), 'yyyy"年"m"月"d"日"'),
                                 (3, "作成者", "見本 拓海", None), (4, "確認者", "見本 千尋", None)):
        x.put(f"G{r}", label, center=True)
        x.put(f"H{r}", value, merge=f"J{r}", num=num, unlocked=True)
    x.put("A6", "1." + TITLES[0], merge="J6", bold=True, border=False)
    x.put("A7", S1_INSTR, merge="J8", border=False)
    x.put("A9", "「" + S1_BOX[0] + "」", merge="E9")
    x.put("F9", S1_BOX2_LONG, merge="J9")
    x.height(9, 45)
    x.put("A10", R1_S1[0], merge="E13", unlocked=True)
    x.put("F10", R1_S1[1], merge="J13", unlocked=True)
    x.put("A14", "「" + S1_BOX[2] + "」", merge="J14")
    x.put("A15", R1_S1[2], merge="J16", unlocked=True)
    row = 18
    for n, (items, marks, text) in enumerate(zip(SECTIONS, R1_MARKS, R1_TEXTS), start=2):
        x.put(f"A{row}", f"{n}." + TITLES[n - 1], merge=f"J{row}", bold=True, border=False)
        x.put(f"A{row + 1}", CHECK_HEAD, merge=f"F{row + 1}")
        x.put(f"G{row + 1}", "具体的な取り組み", merge=f"J{row + 1}")
        first = row + 2
        for k, (item, mark) in enumerate(zip(items, marks)):
            r = first + k
            done = HEAVY_CHECK_EMOJI if n == 5 else "☑"
            line = "　" + (done if mark else "□") + "　" + item
            x.put(f"A{r}", line, merge=f"F{r}", unlocked=True)
            x.height(r, _item_height(line, 28))
        last = first + len(items) - 1
        x.put(f"G{first}", text, merge=f"J{last}", unlocked=True)
        row = last + 2
    assert row == 51, row
    x.put("A52", "※山形県本部の共済推進委員会（2月10日）で内容を確認済みです。", merge="J52", border=False)
    ws.protect("", {"format_cells": False, "select_locked_cells": True, "select_unlocked_cells": True})
    ws.hide_gridlines(2)
    ws.print_area("A1:J52")
    ws.fit_to_pages(1, 0)
    ws.set_paper(9)
    wb.close()


# ------------------------------------------------------------------ R2 群馬: form-control check boxes
R2_MARKS = [[1, 0], [1, 1, 1, 0, 1, 0, 1], [1, 1, 0], [1, 1], [0, 1, 0, 0]]
R2_S1 = [
    "新規加入は1月末で目標の60.4％。保有件数は前年5月比で100.3％と増加に転じた。東毛地区では新採の加入が前年を下回って"
    "いる。",
    "10月から県支部と合同で東毛・西毛地区の13単組をオルグした。2026年度末の保有目標を単組ごとに示し、新採対策の日程を"
    "確認した。",
    "東毛地区の単組への重点的な支援と、退職予定者への継続加入の案内。",
]
R2_TEXTS = [
    "特になし",
    "同時加入のツールをデジタル版でも提供した。県支部と合同で13単組をオルグし、執行部学習会を3会場で開いた。組織化方針と"
    "具体策は1月の代表者会議で提起した。",
    "組織化方針を提起し、対象者の名簿がある5単組で説明会を開いた。",
    "推進委員会で隔月に進捗を確認し、モデル単組を県支部と合同で訪問した。",
    "マニュアルを全単組に郵送した。",
]
NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
NS_XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"
NS_X14 = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"
REL_VML = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing"
REL_CTRL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/ctrlProp"
EMU_PX = 9525


def _checkbox_parts(boxes: list[tuple[int, bool]], col: int = 0) -> dict:
    """The parts Excel writes for legacy form-control check boxes without caption or linked cell: one VML shape and one
    ctrlProp per box, and the sheet's <legacyDrawing>/<controls> elements. ``boxes``: (0-based row, checked)."""
    shapes, controls, ctrl_files, rels = [], [], {}, []
    for i, (row, checked) in enumerate(boxes, start=1):
        sid = 1024 + i
        rid = f"rIdCtrl{i}"
        anchor = f"{col}, 14, {row}, 3, {col}, 36, {row}, 21"
        shapes.append(
            f'<v:shape id="_x0000_s{sid}" type="#_x0000_t201" style="position:absolute;margin-left:0;margin-top:0;'
            f'width:16.5pt;height:13.5pt;z-index:{i};mso-wrap-style:tight" filled="f" fillcolor="window [65]" '
            f'stroked="f" strokecolor="windowText [64]" o:insetmode="auto"><v:path shadowok="t" strokeok="t" '
            f'fillok="t"/><o:lock v:ext="edit" rotation="t"/><v:textbox style="mso-direction-alt:auto" '
            f'o:singleclick="f"><div style="text-align:left"></div></v:textbox>'
            f'<x:ClientData ObjectType="Checkbox"><x:Anchor>{anchor}</x:Anchor><x:AutoFill>False</x:AutoFill>'
            f'<x:AutoLine>False</x:AutoLine><x:TextVAlign>Center</x:TextVAlign>'
            + ("<x:Checked>1</x:Checked>" if checked else "") + "<x:NoThreeD/></x:ClientData></v:shape>")
        controls.append(
            f'<mc:AlternateContent xmlns:mc="{NS_MC}"><mc:Choice Requires="x14">'
            f'<control shapeId="{sid}" r:id="{rid}" name="Check Box {i}"><controlPr defaultSize="0" autoFill="0" '
            f'autoLine="0" autoPict="0"><anchor moveWithCells="1"><from><xdr:col>{col}</xdr:col>'
            f'<xdr:colOff>{14 * EMU_PX}</xdr:colOff><xdr:row>{row}</xdr:row><xdr:rowOff>{3 * EMU_PX}</xdr:rowOff>'
            f'</from><to><xdr:col>{col}</xdr:col><xdr:colOff>{36 * EMU_PX}</xdr:colOff><xdr:row>{row}</xdr:row>'
            f'<xdr:rowOff>{21 * EMU_PX}</xdr:rowOff></to></anchor></controlPr></control></mc:Choice>'
            f'</mc:AlternateContent>')
        ctrl_files[f"xl/ctrlProps/ctrlProp{i}.xml"] = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<formControlPr xmlns="{NS_X14}" objectType="CheckBox"' + (' checked="Checked"' if checked else "")
            + ' lockText="1" noThreeD="1"/>').encode()
        rels.append(f'<Relationship Id="{rid}" Type="{REL_CTRL}" Target="../ctrlProps/ctrlProp{i}.xml"/>')
    vml = ('<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
           'xmlns:x="urn:schemas-microsoft-com:office:excel">\n <o:shapelayout v:ext="edit">\n  <o:idmap v:ext="edit" '
           'data="1"/>\n </o:shapelayout><v:shapetype id="_x0000_t201" coordsize="21600,21600" o:spt="201" '
           'path="m,l,21600r21600,l21600,xe">\n  <v:stroke joinstyle="miter"/>\n  <v:path shadowok="f" '
           'o:extrusionok="f" strokeok="f" fillok="f" o:connecttype="rect"/>\n  <o:lock v:ext="edit" shapetype="t"/>\n'
           ' </v:shapetype>' + "".join(shapes) + "</xml>")
    rels.append(f'<Relationship Id="rIdVml1" Type="{REL_VML}" Target="../drawings/vmlDrawing1.vml"/>')
    sheet_tail = (f'<legacyDrawing xmlns:r="{NS_R}" r:id="rIdVml1"/>'
                  f'<mc:AlternateContent xmlns:mc="{NS_MC}"><mc:Choice Requires="x14">'
                  f'<controls xmlns:r="{NS_R}" xmlns:xdr="{NS_XDR}">' + "".join(controls)
                  + "</controls></mc:Choice></mc:AlternateContent>")
    return {"vml": vml.encode(), "ctrl": ctrl_files, "rels": rels, "tail": sheet_tail}


def _checkbox_patch(parts: dict, sheet: str = "xl/worksheets/sheet1.xml"):
    rels_name = sheet.replace("worksheets/", "worksheets/_rels/") + ".rels"

    def patch(name: str, body: bytes) -> bytes:
        if name == sheet:
            text = body.decode("utf-8")
            assert "<legacyDrawing" not in text and "<extLst" not in text and "<tableParts" not in text
            return text.replace("</worksheet>", parts["tail"] + "</worksheet>").encode("utf-8")
        if name == rels_name:
            text = body.decode("utf-8")
            if "<Relationship " not in text and "<Relationships" in text and text.rstrip().endswith("/>"):
                text = text.rstrip()[:-2] + "></Relationships>"
            return text.replace("</Relationships>", "".join(parts["rels"]) + "</Relationships>").encode("utf-8")
        if name == "[Content_Types].xml":
            text = body.decode("utf-8")
            add = ""
            if 'Extension="vml"' not in text:
                add += ('<Default Extension="vml" '
                        'ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>')
            add += "".join(f'<Override PartName="/{n}" ContentType="application/vnd.ms-excel.controlproperties+xml"/>'
                           for n in parts["ctrl"])
            return text.replace("</Types>", add + "</Types>").encode("utf-8")
        return body

    patch.extra = {"xl/drawings/vmlDrawing1.vml": parts["vml"], **parts["ctrl"],
                   rels_name: ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                               '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                               "</Relationships>").encode()}
    return patch


def r2_gunma(folder: Path):
    wb = _obook("群馬")
    ws = wb.active
    s = Sheet(ws)
    for col, w in zip("ABCDEFGH", (9, 4, 13, 13, 9, 4, 15, 15)):
        ws.column_dimensions[col].width = w
    s.put("A1", "令和6年度　県本部共済推進取り組み報告書", merge="H1")
    ws["A1"].font = Font(size=14, bold=True)
    for lref, label, aref, end, value in (("A3", "県名", "C3", "D3", "群馬"), ("E3", "作成日", "G3", "H3", "令和7年2月14日"),
                                          ("A4", "作成者", "C4", "D4", "試験 浩之"), ("E4", "確認者", "G4", "H4", "試験 由美")):
        s.put(lref, label)
        s.put(aref, value, merge=end)
    _box(ws, "A3:H4")
    s.put("A6", "（１）" + TITLES[0], merge="H6")
    ws["A6"].font = BOLD
    for i, (label, text) in enumerate(zip(S1_BOX, R2_S1)):
        r = 7 + 4 * i
        s.put(f"A{r}", "・" + label, merge=f"H{r}")
        s.put(f"A{r + 1}", text, merge=f"H{r + 3}")
    _box(ws, "A7:H18")
    boxes = []
    row = 20
    for n, (items, marks, text) in enumerate(zip(SECTIONS, R2_MARKS, R2_TEXTS), start=2):
        s.put(f"A{row}", f"（{'２３４５６'[n - 2]}）" + TITLES[n - 1], merge=f"H{row}")
        ws[f"A{row}"].font = BOLD
        s.put(f"A{row + 1}", "実施")
        s.put(f"B{row + 1}", CHECK_HEAD, merge=f"E{row + 1}")
        s.put(f"F{row + 1}", "具体的な取り組み", merge=f"H{row + 1}")
        first = row + 2
        for k, (item, mark) in enumerate(zip(items, marks)):
            r = first + k
            s.put(f"A{r}", None)
            s.put(f"B{r}", item, merge=f"E{r}")
            ws.row_dimensions[r].height = 20 if len(item) <= 20 else (34 if len(item) <= 40 else 64)
            boxes.append((r - 1, bool(mark)))
        last = first + len(items) - 1
        s.put(f"F{first}", text, merge=f"H{last}")
        _box(ws, f"A{row + 1}:H{last}")
        row = last + 2
    assert row == 53, row
    s.put("A53", "※交付金の使途については3月に単組へ照会する予定です。", merge="H53")
    _osave(wb, folder / "群馬県本部　取組報告書（R6）.xlsx", _checkbox_patch(_checkbox_parts(boxes)))


# ------------------------------------------------------------------ R3 石川: 実施・未実施 with a strikethrough
R3_MARKS = [[1, 1], [1, 0, 1, 1, 0, 1, 0], [0, 1, 1], [1, 0], [1, 1, 0, None]]
R3_S1 = [
    "新規加入は1月末で目標の62.1％。保有件数は前年5月比で100.1％。能登地区の単組は業務が立て込み、推進の取り組みが遅れて"
    "いる。",
    "加賀・金沢地区の9単組を県支部と合同で訪問した。能登地区の単組には電話とオンラインで状況を聞き取った。",
    "能登地区の単組への支援の継続と、新採の同時加入。",
]
R3_TEXTS = [
    "規程にもとづき支払い、使途は単組の会計報告で把握している。",
    "同時加入のチラシを配布した。執行部学習会を11月に、新採対策会議を12月に開いた。同時加入方針は代表者会議で提起した。",
    "対象者の名簿を単組から集め、3単組で説明会を開いた。共済の案内文を対象者に送った。",
    "推進委員会で毎月進捗を確認した。",
    "冊子の内容を執行委員会で確認し、全単組に配布した。",
]
STRIKE = InlineFont(strike=True)
PLAIN = InlineFont()


def _struck(mark) -> CellRichText | str:
    if mark is None:
        return "実施・未実施"
    if mark:
        return CellRichText([TextBlock(PLAIN, "実施・"), TextBlock(STRIKE, "未実施")])
    return CellRichText([TextBlock(STRIKE, "実施"), TextBlock(PLAIN, "・未実施")])


def r3_ishikawa(folder: Path):
    wb = _obook("報告書")
    ws = wb.active
    s = Sheet(ws)
    for col, w in zip("ABCDEFGH", (5, 12, 12, 12, 12, 12, 14, 14)):
        ws.column_dimensions[col].width = w
    s.put("A1", "県本部共済推進取り組み報告書（令和6年度）", merge="H1")
    ws["A1"].font = Font(size=14, bold=True)
    s.put("A3", "県名：石川県", merge="D3")
    s.put("E3", "作成日：R7.2.17", merge="H3")
    s.put("A4", "作成者：架空 翔", merge="D4")
    s.put("E4", "確認者：架空 美和", merge="H4")
    _box(ws, "A3:H4")
    s.put("A6", "Ⅰ")
    s.put("B6", TITLES[0], merge="H6")
    ws["B6"].font = BOLD
    for i, (label, text) in enumerate(zip(S1_BOX, R3_S1)):
        r = 7 + 3 * i
        s.put(f"A{r}", "【" + label + "】", merge=f"H{r}")
        s.put(f"A{r + 1}", text, merge=f"H{r + 2}")
        ws.row_dimensions[r + 1].height = 26
        ws.row_dimensions[r + 2].height = 26
    _box(ws, "A7:H15")
    row = 17
    for n, (items, marks, text) in enumerate(zip(SECTIONS, R3_MARKS, R3_TEXTS), start=2):
        s.put(f"A{row}", "ⅡⅢⅣⅤⅥ"[n - 2])
        s.put(f"B{row}", TITLES[n - 1], merge=f"H{row}")
        ws[f"B{row}"].font = BOLD
        s.put(f"A{row + 1}", "取り組み項目", merge=f"F{row + 1}")
        s.put(f"G{row + 1}", "実施状況", merge=f"H{row + 1}")
        first = row + 2
        for k, (item, mark) in enumerate(zip(items, marks)):
            r = first + k
            s.put(f"A{r}", item, merge=f"F{r}")
            s.put(f"G{r}", _struck(mark), merge=f"H{r}")
            ws[f"G{r}"].alignment = Alignment(horizontal="center", vertical="center")
            if len(item) > 30:
                ws.row_dimensions[r].height = 30 if len(item) < 60 else 62
        last = first + len(items) - 1
        s.put(f"A{last + 1}", "具体的な取り組み", merge=f"H{last + 1}")
        s.put(f"A{last + 2}", text, merge=f"H{last + 2}")
        ws.row_dimensions[last + 2].height = 40
        _box(ws, f"A{row + 1}:H{last + 2}")
        row = last + 4
    assert row == 60, row
    s.put("A60", "※実施状況は、該当しない方を取り消し線で消しています。", merge="H60")
    _osave(wb, folder / "石川県本部_取組報告_20250217.xlsx")


# ------------------------------------------------------------------ R4 香川 (.xls): no 県名 field, 実施日 column
D = dt.date
R4_MARKS = [[D(2024, 7, 31), "未"], [D(2024, 12, 5), D(2024, 11, 20), "未", D(2024, 12, 18), D(2025, 1, 22), "3月予定", "未"],
            [D(2025, 1, 22), "未", D(2024, 10, 8)], [D(2024, 9, 12), D(2024, 10, 30)],
            [D(2024, 8, 26), D(2024, 9, 2), D(2024, 11, 14), "未"]]
R4_S1_LABELS = ["進捗と課題", "6月報告以降の取り組みと課題", "今後の重点課題"]
R4_S1 = [
    "●新規加入は1月末で目標の64.8％。\n●保有件数は前年5月比で100.5％。\n●島しょ部の単組で新採の加入が進んでいない。",
    "●県支部と合同で東讃・西讃地区の8単組を訪問した。\n●2026年度末の保有目標を代表者会議で確認した。",
    "●島しょ部の単組への訪問\n●新採の同時加入の徹底",
]
R4_TEXTS = [
    "規程にもとづき7月末に支払った。使途は把握できていない。",
    "●12月5日　同時加入のツールを全単組に送付\n●12月18日　新採対策会議を開催\n●1月22日　組織化方針を提起",
    "組織化方針を1月の代表者会議で提起した。共済のチラシを対象者に配った。",
    "推進委員会で進捗を確認し、県支部と合同でモデル単組を訪問した。",
    "冊子を確認し、全単組に配布した。代表者会議で活用方法を説明した。",
]


def r4_kagawa(folder: Path, work: Path):
    wb = _obook("香川")
    ws = wb.active
    s = Sheet(ws)
    for col, w in zip("ABCDEFGH", (16, 12, 12, 12, 10, 10, 14, 14)):
        ws.column_dimensions[col].width = w
    s.put("A1", "令和6年度　共済推進取り組み報告書", merge="E1")
    ws["A1"].font = Font(size=14, bold=True)
    s.put("G1", "作成者")
    s.put("H1", "確認者")
    s.put("G2", "見本 大地", merge="G3")
    s.put("H2", "見本 里奈", merge="H3")
    for ref in ("G1", "H1", "G2", "H2"):
        ws[ref].alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    _box(ws, "G1:H3")
    s.put("A3", "作成日")
    s.put("B3", D(2025, 2, 19), merge="C3", fmt="[$-411]ge.m.d")
    _box(ws, "A3:C3")
    s.put("A5", "１　" + TITLES[0], merge="H5")
    ws["A5"].font = BOLD
    for i, (label, text) in enumerate(zip(R4_S1_LABELS, R4_S1)):
        r = 6 + i
        s.put(f"A{r}", label)
        s.put(f"B{r}", text, merge=f"H{r}")
        ws.row_dimensions[r].height = 50
    _box(ws, "A6:H8")
    row = 10
    for n, (items, marks, text) in enumerate(zip(SECTIONS, R4_MARKS, R4_TEXTS), start=2):
        s.put(f"A{row}", f"{'２３４５６'[n - 2]}　" + TITLES[n - 1], merge=f"H{row}")
        ws[f"A{row}"].font = BOLD
        s.put(f"A{row + 1}", "取り組み項目", merge=f"E{row + 1}")
        s.put(f"F{row + 1}", "実施日")
        s.put(f"G{row + 1}", "具体的な取り組み", merge=f"H{row + 1}")
        first = row + 2
        for k, (item, mark) in enumerate(zip(items, marks)):
            r = first + k
            s.put(f"A{r}", item, merge=f"E{r}")
            s.put(f"F{r}", mark, fmt="m/d" if isinstance(mark, dt.date) else None)
            ws[f"F{r}"].alignment = Alignment(horizontal="center", vertical="center")
            if len(item) > 30:
                ws.row_dimensions[r].height = 30 if len(item) < 60 else 62
        last = first + len(items) - 1
        s.put(f"G{first}", text, merge=f"H{last}")
        _box(ws, f"A{row + 1}:H{last}")
        row = last + 2
    assert row == 43, row
    s.put("A44", "※同時加入方針は3月の代表者会議で提起する予定です。", merge="H44")
    work.mkdir(parents=True, exist_ok=True)
    src = work / "香川県本部_共済推進取組報告.xlsx"
    _osave(wb, src)
    _to_xls(src, folder, work)


# ------------------------------------------------------------------ R5 大分: 記入要領 first, ○× dropdown, per-item texts
R5_MARKS = [[1, 0], [1, 1, 0, 1, 1, 1, 0], [1, 1, 0], [1, 1], [1, 1, 0, 0]]
R5_S1 = [
    "新規加入は1月末で目標の59.2％。保有件数は前年5月比で99.7％とわずかに減少した。県南地区の小規模単組で新採の加入が"
    "進んでいない。",
    "10月から県支部と合同で県南・県北地区の11単組を訪問し、2026年度末の保有目標と新採対策の進め方を確認した。",
    "県南地区の小規模単組への支援と、退職予定者への継続加入の案内。",
]
R5_ITEM_TEXTS = [
    ["年1回、新規件数に応じて支払っている。", None],
    ["同時加入のチラシを作成し、全単組に配布した。", "県支部と合同で11単組をオルグした。", None, "12月10日に開催した。",
     "新採対策会議で組織化方針を提起した。", "代表者会議で同時加入方針を提起した。", None],
    ["組織化方針を文書で提起した。", "対象者の多い3単組で説明会を開いた。", None],
    ["推進委員会で毎月確認している。", "モデル単組4単組を県支部と合同で訪問した。"],
    ["執行委員会で内容を確認した。", "全単組に配布した。", None, None],
]


def r5_oita(folder: Path):
    wb = _xbook(folder / "大分県本部_取り組み報告書（提出）.xlsx")
    guide = wb.add_worksheet("記入要領")
    g = XSheet(wb, guide)
    guide.set_column("A:A", 90)
    for r, line in enumerate((
            "県本部共済推進取り組み報告書　記入要領",
            "１．県名、作成日、作成者、確認者を記入してください。",
            "２．「実施（○×）」欄は、実施している取り組みは○、実施していない取り組みは×を選択してください。",
            "３．「具体的な取り組み」欄には、取り組みごとに内容を記入してください。",
            "（記入例）　○　県本部新採対策会議の開催　／　12月に開催し、新採組織化方針を確認した。",
            "提出期限：2025年2月21日（金）"), start=1):
        g.put(f"A{r}", line, border=False, bold=(r == 1))
    ws = wb.add_worksheet("報告書")
    x = XSheet(wb, ws)
    ws.activate()
    ws.set_column("A:A", 12)
    ws.set_column("B:E", 11)
    ws.set_column("F:F", 9)
    ws.set_column("G:J", 12)
    ws.merge_range("A1:J1", "県本部共済推進取り組み報告書", wb.add_format({"bold": True, "font_size": 14}))
    for lref, label, aref, end, value in (("A3", "県本部名：", "B3", "D3", "大分県本部"),
                                          ("F3", "作成日：", "G3", "H3", "2025/2/20"),
                                          ("A4", "作成者：", "B4", "D4", "架空 健吾"),
                                          ("F4", "確認者：", "G4", "H4", "架空 沙織")):
        x.put(lref, label, border=False)
        x.put(aref, value, merge=end)
    x.put("A6", "1. " + TITLES[0], merge="J6", bold=True, border=False)
    for i, (label, text) in enumerate(zip(S1_BOX, R5_S1)):
        r = 7 + 3 * i
        x.put(f"A{r}", label, merge=f"J{r}", bold=True)
        x.put(f"A{r + 1}", text, merge=f"J{r + 2}")
        x.height(r + 1, 24)
        x.height(r + 2, 24)
    row = 17
    for n, (items, marks, texts) in enumerate(zip(SECTIONS, R5_MARKS, R5_ITEM_TEXTS), start=2):
        x.put(f"A{row}", f"{n}. " + TITLES[n - 1], merge=f"J{row}", bold=True, border=False)
        x.put(f"A{row + 1}", "取り組み項目", merge=f"E{row + 1}", center=True)
        x.put(f"F{row + 1}", "実施（○×）", center=True)
        x.put(f"G{row + 1}", "具体的な取り組み", merge=f"J{row + 1}", center=True)
        first = row + 2
        for k, (item, mark, text) in enumerate(zip(items, marks, texts)):
            r = first + k
            x.put(f"A{r}", item, merge=f"E{r}")
            x.put(f"F{r}", "○" if mark else "×", center=True)
            x.put(f"G{r}", text, merge=f"J{r}")
            x.height(r, _item_height(item, 28))
        last = first + len(items) - 1
        ws.data_validation(f"F{first}:F{last}", {"validate": "list", "source": ["○", "×"]})
        row = last + 2
    assert row == 50, row
    x.put("A50", "※説明会は3月にも2単組で開く予定です。", merge="J50", border=False)
    wb.close()


# ============================================================================================ surveys

# ------------------------------------------------------------------ S1 宮城: oval around the choice, =1032+186
S1_TEXTS = [
    "4月の新採研修で組合説明会を開き、その場で加入を呼びかけている。",
    "説明会には青年部の役員が同席し、共済の給付事例を短く紹介している。",
    "病院職場の新採は研修日程が別で、説明の機会が取りにくい。",
    "未加入者の名簿を職場委員と共有し、年2回声をかけている。",
    "特になし",
    "交渉の結果をその日のうちに組合ニュースとメールで伝えている。",
    "出先職場や夜勤のある職場に情報が届きにくい。",
    "市当局とは年4回の団体交渉。会計年度任用職員の勤勉手当の支給を求めている。",
    "共済の保障と交渉の成果を組み合わせて伝えている。",
    "病院職場での新採説明会の工夫",
    "病院職場向けの共済の資料を作ってほしい。",
]


def _oval_patch(name: str, body: bytes) -> bytes:
    """XlsxWriter's text box, turned into the oval a clerk draws around a choice (no fill, no text)."""
    if name.startswith("xl/drawings/drawing") and name.endswith(".xml"):
        text = body.decode("utf-8")
        assert 'prst="rect"' in text, text[:400]
        text = text.replace('prst="rect"', 'prst="ellipse"').replace('name="TextBox 1"', 'name="楕円 1"')
        text = text.replace('<xdr:cNvSpPr txBox="1"/>', "<xdr:cNvSpPr/>")
        return text.encode("utf-8")
    return body


def s1_miyagi(folder: Path, work: Path):
    work.mkdir(parents=True, exist_ok=True)
    tmp = work / "s1_miyagi_raw.xlsx"
    wb = _xbook(tmp)
    ws = wb.add_worksheet("アンケート")
    x = XSheet(wb, ws)
    for col, w in zip("ABCDEFG", (30, 17, 17, 17, 12, 14, 14)):
        ws.set_column(f"{col}:{col}", w)
    ws.merge_range("A1:F1", "実態共有用アンケート", wb.add_format({"bold": True, "font_size": 14}))
    for r, label, v in ((3, "県本部", "宮城"), (4, "単　組", "見本市職員労働組合"), (5, "記入者お名前", "見本 悠真")):
        x.put(f"A{r}", label)
        x.put(f"B{r}", v, merge=f"C{r}")
    x.put("A6", "上部団体")
    for col, choice in zip("BCDE", CHOICES):
        x.put(f"{col}6", choice, center=True)
    x.put("F6", "←該当するものを○で囲んでください", merge="G6", border=False, size=9)
    x.height(6, 24)
    ws.insert_textbox("D6", "", {"width": 132, "height": 30, "x_offset": -4, "y_offset": -3,
                                 "fill": {"none": True}, "line": {"color": "#FF0000", "width": 1.5}})
    x.put("A8", "項目")
    x.put("B8", "自治労")
    x.put("C8", "競合")
    x.put("D8", "時点")
    x.put("A9", "組織人員数（人）")
    x.formula("B9", "=1032+186", 1218, num="#,##0")
    x.put("C9", 212, num="#,##0")
    x.put("A10", "組織率（％）")
    x.put("B10", 0.581, num="0.0%")
    x.put("C10", 0.101, num="0.0%")
    x.put("A11", "未加入者数（人）")
    x.put("B11", 666, num="#,##0")
    x.put("C11", 666, num="#,##0")
    x.put("D9", "R6.11.1現在", merge="D11", center=True)
    x.put("A13", "2025年4月新規採用者", border=False, bold=True)
    for r, label, v in zip(range(14, 18), INTAKE, (48, 35, 9, 4)):
        x.put(f"A{r}", label)
        x.put(f"B{r}", v)
    x.put("A19", RATE_NOTE, merge="G19", border=False)
    for k, (label, text) in enumerate(zip(TEXT_LABELS, S1_TEXTS)):
        r = 21 + k
        x.put(f"A{r}", label)
        x.put(f"B{r}", text, merge=f"G{r}")
        x.height(r, 45 if len(label) > 24 else 30)
    x.put("A33", "※組合員数は正規職員1,032人と会計年度任用職員186人の合計です。", merge="G33", border=False)
    ws.fit_to_pages(1, 0)
    wb.close()
    _restamp(tmp.read_bytes(), folder / "宮城_見本市職労_実態共有アンケート.xlsx", _oval_patch)


# ------------------------------------------------------------------ S2 新潟: an Excel table
S2_ROWS = [
    ("県本部", "新潟"), ("単組", "架空町職員労働組合"), ("記入者お名前", "架空 美咲"), ("上部団体", "全労連・自治労連"),
    ("組織人員数（自治労）（人）", "386人"), ("組織人員数（競合）（人）", "約60人"),
    ("組織率（自治労）（％）", "61.3%"), ("組織率（競合）（％）", "約10%"),
    ("未加入者数（自治労）（人）", "184人"), ("未加入者数（競合）（人）", "184人"), ("時点", "2024年11月1日現在"),
    ("2025年4月　新規採用者数", "15人"), ("2025年4月　自治労加入者数", "11人"), ("2025年4月　競合加入者数", "2人"),
    ("2025年4月　未加入者数", "2人"),
]
S2_TEXTS = [
    "・4月1日の辞令交付式のあとに組合説明会\n・説明会で加入届と共済の申込書を配布",
    "説明会の資料を1枚にまとめ、先輩組合員の声を載せている。",
    "競合も同じ日に声をかけており、加入の返事を保留する新採が多い。",
    "・未加入者に組合だよりを毎月配布\n・委員長が年1回個別に面談",
    "なし",
    "職場集会の様子を写真入りのニュースで伝えている。",
    "支所の職員と顔を合わせる機会が少ない。",
    "町当局とは年2回交渉している。時間外勤務の縮減を重点に要求している。",
    "共済の相談に役員がすぐ応じている。",
    "競合と同じ職場で新採にどう声をかけているか",
    "県本部の新採向けパンフレットを早めに送ってほしい。",
]


def s2_niigata(folder: Path):
    wb = _obook("回答")
    ws = wb.active
    ws.column_dimensions["A"].width = 6
    ws.column_dimensions["B"].width = 34
    ws.column_dimensions["C"].width = 60
    ws["A1"] = "実態共有用アンケート（回答）"
    ws["A1"].font = Font(size=14, bold=True)
    ws.append([])
    ws.append(["No.", "項目", "回答"])
    rows = S2_ROWS + list(zip(TEXT_LABELS, S2_TEXTS))
    for k, (label, answer) in enumerate(rows, start=1):
        ws.append([k, label, answer])
        r = ws.max_row
        for col in "ABC":
            ws[f"{col}{r}"].alignment = Alignment(wrap_text=True, vertical="top")
        if "\n" in answer or len(answer) > 30:
            ws.row_dimensions[r].height = 32
    last = ws.max_row
    table = Table(displayName="回答一覧", ref=f"A3:C{last}")
    table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True, showColumnStripes=False,
                                          showFirstColumn=False, showLastColumn=False)
    ws.add_table(table)
    ws[f"A{last + 2}"] = "※競合の人数は職場委員からの聞き取りによる概数です。"
    ws.freeze_panes = "A4"
    _osave(wb, folder / "新潟_架空町職_アンケート.xlsx")


# ------------------------------------------------------------------ S3 静岡 (.xls): 合計 column, うち row
S3_TEXTS = [
    "新採研修の2日目に組合の時間をもらい、説明と加入の呼びかけをしている。",
    "説明会のあと、職場ごとに先輩組合員が声をかけている。",
    "採用者が多く、全員に個別に声をかけきれない。",
    "未加入者のいる職場に執行委員が出向き、加入を呼びかけている。",
    "会計年度任用職員の入れ替わりが多く、名簿の把握が追いつかない。",
    "組合ニュースを月2回発行し、庁内ポータルにも掲載している。",
    "ポータルの記事がどれだけ読まれているか分からない。",
    "市当局とは年5回交渉している。会計年度任用職員の処遇改善が当面の課題。",
    "交渉の経過を組合員に細かく報告している。",
    "会計年度任用職員の組織化の進め方",
    "特になし",
]


def s3_shizuoka(folder: Path, work: Path):
    wb = _obook("アンケート")
    ws = wb.active
    s = Sheet(ws)
    for col, w in zip("ABCDEF", (26, 4, 14, 14, 14, 18)):
        ws.column_dimensions[col].width = w
    s.put("A1", "実態共有用アンケート", merge="F1")
    ws["A1"].font = Font(size=14, bold=True)
    for r, label, v in ((3, "県本部", "静岡"), (4, "単組", "見本市職員組合"), (5, "記入者お名前", "見本 彩"),
                        (6, "上部団体", "全労連・自治労連")):
        s.put(f"A{r}", label)
        s.put(f"C{r}", v, merge=f"E{r}")
    _box(ws, "A3:E6")
    s.put("A8", "項目", merge="B8")
    for col, head in zip("CDEF", ("自治労", "競合", "合計", "時点")):
        s.put(f"{col}8", head)
    s.put("A9", "組織人員数（人）", merge="B9")
    s.put("C9", 1420, fmt="#,##0")
    s.put("D9", 310, fmt="#,##0")
    s.put("E9", "=C9+D9", fmt="#,##0")
    s.put("A10", "　うち会計年度任用職員", merge="B10")
    s.put("C10", 180)
    s.put("D10", 25)
    s.put("E10", "=C10+D10")
    s.put("A11", "組織率（％）", merge="B11")
    s.put("C11", 45.2)
    s.put("D11", 9.9)
    s.put("E11", "=C11+D11", fmt="0.0")
    s.put("A12", "未加入者数（人）", merge="B12")
    s.put("C12", 1412, fmt="#,##0")
    s.put("D12", 1412, fmt="#,##0")
    s.put("E12", "－")
    s.put("F9", D(2024, 11, 1), merge="F12", fmt='[$-411]ggge"年"m"月"d"日"')
    _box(ws, "A8:F12")
    s.put("A14", "2025年4月新規採用者", merge="B14")
    ws["A14"].font = BOLD
    for r, label, v in zip(range(15, 19), INTAKE, ("２２人", "１６人", "４人", "２人")):
        s.put(f"A{r}", label, merge=f"B{r}")
        s.put(f"C{r}", v)
    _box(ws, "A15:C18")
    s.put("A20", RATE_NOTE, merge="F20")
    for k, (label, text) in enumerate(zip(TEXT_LABELS, S3_TEXTS)):
        r = 21 + 3 * k
        s.put(f"A{r}", f"問{'１２３４５６７８９'[k] if k < 9 else ('１０', '１１')[k - 9]}　" + label, merge=f"F{r}")
        ws[f"A{r}"].font = BOLD
        s.put(f"A{r + 1}", text, merge=f"F{r + 2}")
    assert r + 2 == 53, r
    s.put("A55", "※組織率の分母は正規・非正規職員の合計3,142人です。", merge="F55")
    work.mkdir(parents=True, exist_ok=True)
    src = work / "静岡県本部_見本市職_アンケート.xlsx"
    _osave(wb, src)
    _to_xls(src, folder, work)


# ------------------------------------------------------------------ S4 高知: input list, placeholder left, hyperlink
PLACEHOLDER = "（ここに入力してください）"
S4_URL = "https://example.jp/shiken-sonshoku/"
S4_TEXTS = [
    "採用日の午後に組合説明会を開き、共済の説明もあわせて行っている。",
    "村の職員が少ないので、委員長が一人ひとりと話すようにしている。",
    "採用が毎年数人で、説明会の準備の経験が引き継がれない。",
    "未加入者には委員長が年1回声をかけている。",
    "役場と出先が離れていて、なかなか会えない。",
    f"組合のホームページ（{S4_URL}）に交渉の結果を載せている。",
    "ホームページを見ている組合員が少ない。",
    "村当局とは年2回交渉している。人員の確保を求めている。",
    "共済の相談を役員がすぐに受けられることを伝えている。",
    None,  # the placeholder was left
    "小規模単組向けの学習会を開いてほしい。",
]


def s4_kochi(folder: Path):
    wb = _xbook(folder / "高知_試験村職_アンケート.xlsx")
    ws = wb.add_worksheet("入力シート")
    x = XSheet(wb, ws)
    yellow = "#FFF2CC"
    ws.set_column("A:A", 34)
    ws.set_column("B:C", 18)
    ws.set_column("D:E", 18)
    ws.merge_range("A1:E1", "実態共有用アンケート（入力シート）", wb.add_format({"bold": True, "font_size": 14}))
    x.put("A2", "黄色のセルに入力してください。", merge="E2", border=False, size=9)
    for r, label, v in ((3, "県本部", "高知"), (4, "単組", "試験村職員組合"), (5, "記入者お名前", "試験 光"),
                        (6, "連絡先", "0880-00-0000（内線21）"), (7, "上部団体", "全労連・自治労連")):
        x.put(f"A{r}", label)
        x.put(f"B{r}", v, merge=f"C{r}", fill=yellow)
    ws.data_validation("B7", {"validate": "list", "source": CHOICES})
    x.put("D7", "←プルダウンから選択", border=False, size=9)
    x.put("A9", "項目")
    x.put("B9", "自治労")
    x.put("C9", "競合")
    for r, label, j, c in ((10, "組織人員数（人）", 142, 18), (11, "組織率（％）", "81.6", "10.3"),
                           (12, "未加入者数（人）", 14, 14)):
        x.put(f"A{r}", label)
        x.put(f"B{r}", j, fill=yellow)
        x.put(f"C{r}", c, fill=yellow)
    x.put("A13", "時点")
    x.put("B13", "2024年12月1日", merge="C13", fill=yellow)
    x.put("A15", "2025年4月新規採用者", border=False, bold=True)
    for r, label, v in zip(range(16, 20), INTAKE, (5, 4, 0, 1)):
        x.put(f"A{r}", label)
        x.put(f"B{r}", v, fill=yellow)
    for k, (label, text) in enumerate(zip(TEXT_LABELS, S4_TEXTS)):
        r = 21 + k
        x.put(f"A{r}", label)
        if text is None:
            x.put(f"B{r}", PLACEHOLDER, merge=f"E{r}", fill=yellow, color="#808080")
        elif S4_URL in text:
            ws.merge_range(f"B{r}:E{r}", "", x.fmt(fill=yellow))
            ws.write_url(f"B{r}", S4_URL, x.fmt(fill=yellow, color="#0563C1"), string=text)
        else:
            x.put(f"B{r}", text, merge=f"E{r}", fill=yellow)
        x.height(r, 45 if len(label) > 24 else 30)
    x.put("A33", "※組織率は職員数174人で計算しました。", merge="E33", border=False)
    wb.close()


# ------------------------------------------------------------------ S5 長崎: 表紙 first, last year's columns visible
S5_TEXTS = [
    "4月の新採研修で組合説明の時間をもらっている。",
    "説明会では共済の給付を受けた組合員の体験を紹介している。",
    "競合が採用前から声をかけており、先を越されることがある。",
    "・未加入者の名簿を職場ごとに作成\n・執行委員が分担して声かけ",
    "声をかけても組合費を理由に断られることが多い。",
    "組合だよりを年6回発行している。",
    "特になし",
    "町当局とは年3回交渉している。\n・人員の確保\n・時間外勤務の縮減",
    "競合よりも共済の保障が手厚いことを伝えている。",
    "競合の多い職場での新採への声のかけ方",
    "離島の単組向けにオンラインの学習会を開いてほしい。",
]


def s5_nagasaki(folder: Path):
    wb = _obook("表紙")
    cover = wb.active
    c = Sheet(cover)
    cover.column_dimensions["A"].width = 60
    c.put("A3", "実態共有用アンケート")
    cover["A3"].font = Font(size=18, bold=True)
    c.put("A6", "自治労長崎県本部")
    c.put("A7", "見本町職員組合")
    c.put("A9", "令和7年1月15日提出")
    ws = wb.create_sheet("回答")
    wb.active = 1
    cover.sheet_view.tabSelected = False
    ws.sheet_view.tabSelected = True
    s = Sheet(ws)
    for col, w in zip("ABCDEFG", (18, 14, 12, 12, 12, 12, 12)):
        ws.column_dimensions[col].width = w
    s.put("A1", "実態共有用アンケート", merge="G1")
    ws["A1"].font = Font(size=14, bold=True)
    for r, label, v in ((3, "県本部", "長崎"), (4, "単組", "見本町職員組合"), (5, "記入者お名前", "見本 奈央"),
                        (6, "上部団体", "全労連・自治労連")):
        s.put(f"A{r}", label, merge=f"B{r}")
        s.put(f"C{r}", v, merge=f"E{r}")
    _box(ws, "A3:E6")
    s.put("A8", "項目", merge="B9")
    s.put("C8", "令和5年11月1日現在", merge="D8")
    s.put("E8", "令和6年11月1日現在", merge="F8")
    for col, head in zip("CDEF", ("自治労", "競合", "自治労", "競合")):
        s.put(f"{col}9", head)
    for r, label, vals in ((10, "組織人員数（人）", (468, 92, 455, 97)), (11, "組織率（％）", (54.8, 10.8, 53.9, 11.5)),
                           (12, "未加入者数（人）", (294, 294, 292, 292))):
        s.put(f"A{r}", label, merge=f"B{r}")
        for col, v in zip("CDEF", vals):
            s.put(f"{col}{r}", v)
    _box(ws, "A8:F12")
    s.put("A14", "新規採用者", merge="B14")
    s.put("C14", "2024年4月")
    s.put("D14", "2025年4月")
    for r, label, old, new in zip(range(15, 19), INTAKE, (14, 10, 3, 1), (12, 9, 2, 1)):
        s.put(f"A{r}", label, merge=f"B{r}")
        s.put(f"C{r}", old)
        s.put(f"D{r}", new)
    _box(ws, "A14:D18")
    s.put("A19", RATE_NOTE, merge="G19")
    for k, (label, text) in enumerate(zip(TEXT_LABELS, S5_TEXTS)):
        r = 21 + 2 * k
        s.put(f"A{r}", label, merge=f"B{r + 1}")
        s.put(f"C{r}", text, merge=f"G{r + 1}")
        ws.row_dimensions[r].height = 24
        ws.row_dimensions[r + 1].height = 24
    _box(ws, "A21:G42")
    s.put("A44", "※令和5年の数字は昨年の回答を転記したものです。", merge="G44")
    _osave(wb, folder / "長崎県本部_見本町職組_アンケート.xlsx")


def build(root: Path) -> dict[str, Path]:
    from legacy_kit import build_set

    work = Path(root) / "work"
    return build_set(Path(root), [r1_yamagata, r2_gunma, r3_ishikawa, r5_oita],
                     [s2_niigata, s4_kochi, s5_nagasaki, lambda folder: s1_miyagi(folder, work)],
                     converted=[("report", r4_kagawa), ("survey", s3_shizuoka)])


if __name__ == "__main__":
    print(build(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/legacy12")))
