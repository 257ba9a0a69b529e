"""Fourteenth independent fixture set: 加入拡大モデル単組 grids (Report A), theme
"CHARACTERS" -- eight ordinary grid workbooks (HQ-like or common legacy
shapes: union rows x month columns) whose TEXT is what real Japanese office
PCs, Macs and phones produce: full-width digits, half-width katakana, kanji
numerals, 旧字体 / variant ideographs (one with an IVS selector), invisible
characters (ZWSP, NBSP, ideographic space, BOM), CR / CRLF inside cells, NFD
(Mac) text, mixed full / half-width brackets and colons, 〜 ～ ~ in period
headings, four kinds of minus sign, circled numbers, ㈱ / ㍻ / ㋿ ligatures,
era years in full width.  Made to MEASURE how well the reader generalises,
by a helper who never read the reader's code (only README.md, --help,
DOMAIN.md, the example inputs, tests/grid_compare.py and the earlier sets'
scaffolding).  build.py never runs the tool.

All union names are invented (見本 / 試験 / 架空 prefixes + invented places);
no person's name appears.  Month counts are the LITERALS below, exactly as
typed in the cell (sparse dicts ``{fiscal year: {calendar month: cell}}``;
in a June-start dict months 1-5 are of the following calendar year, in a
May-start dict 1-4): an int, or a text such as 「３」「三」「－１」「4①」.
A missing month is an empty cell.  Derived cells (N月累計, 年度実績 columns,
累積件数, 前年比, 達成率, 残件数, 合計 rows) are what the clerk's sheet shows
(computed here with ``P``, the number a clerk means); expected.py never uses
them.

Files (writer / FY / start / cutoff / what the characters are)
--------------------------------------------------------------

01_全角数字_文字列件数_6月開始.xlsx -- openpyxl, FY2024 (令和６年度), June
    start, cutoff 2025年1月.  Title and as-of in full-width era form
    (「令和６年度…」「令和７年１月末現在」); year groups 「２０２２年度」 in
    full-width digits; month headings 「６月」…「１２月」「１月」…「５月」 and
    「１月\\n累計」 in full width; 県コード 「０１」 and 単組コード 「００４」 as
    full-width texts; counts typed as full-width texts 「３」「１２」, one with
    a trailing ideographic space 「２　」, a correction 「－１」 (U+FF0D), a
    group transfer 「１，０５０」 (full-width comma) with 目標 「１，１００」 and
    組合員数 「１２，４８０」; a 社保労連 (60) union below 合計 under a ※ note.

02_半角カナ見出し_5月開始.xlsx -- XlsxWriter, FY2025, MAY start, cutoff
    2025年12月.  Half-width katakana in the title (「加入拡大ﾓﾃﾞﾙ単組 ｹﾝﾎﾝﾌﾞ別」),
    headings 「県ｺｰﾄﾞ」「単組ｺｰﾄﾞ」「ﾓﾃﾞﾙ単組名」 and in union names
    (「見本ﾐﾄﾞﾘ台町職員組合」: ﾄﾞ is ﾄ + U+FF9E); mixed brackets
    「組合員数(人）」「団生保有（件)」「目標(件)」; CRLF inside headings
    (「2023年度\\r\\n実績」「12月\\r\\n累計」「累積\\r\\n件数」) and a trailing
    CRLF (「前年比\\r\\n」); a correction 「−1」 (U+2212) as text; a 社保労連
    union.

03_漢数字見出し_旧字体_6月開始.xlsx -- openpyxl, FY2024 (令和六年度), June
    start, cutoff 2024年12月.  Kanji numerals everywhere: year groups
    「令和四年度」「令和五年度」「令和六年度」, months 「六月」…「十二月」
    「一月」…「五月」, 「十二月累計」, as-of 「令和六年十二月末現在」, two counts
    typed 「三」 and 「十」; 旧字体 / variants in union and prefecture names
    (髙, 﨑 U+FA11, 邊, 葛 + IVS U+E0100; 県名 「髙知」「長﨑」); notes below the
    合計 with ① ② and a ㍻ year (「㍻三十年度から継続」).

04_CSV取込_BOM_ゼロ幅_5月開始.xlsx -- openpyxl, FY2025, MAY start, cutoff
    2025年10月.  A system CSV opened as text and saved as .xlsx: EVERY cell is
    a string; A1 begins with a BOM (U+FEFF) and says 「集計月：2025年10月」
    (full-width colon); one heading row, months as 「2023年5月」…「2026年4月」
    (no year group row, no 累計 columns); ZWSP (U+200B) inside headings
    (「単組\\u200b名」) and union names; NBSP (U+00A0) after numbers and a union
    name; a ZWSP before a count.

05_期間見出し_令和8年度_6月開始.xlsx -- XlsxWriter, FY2026 (「㋿8年度」 in the
    title, with 「㈱」 in the maker's line), June start, cutoff 2026年11月
    (「令和８年１１月末現在」, 「１１月累計」).  Year groups written as periods
    with three different tildes: 「2024年6月〜2025年5月」 (U+301C),
    「2025年6月～2026年5月」 (U+FF5E), 「2026年6月~2027年5月」 (ASCII);
    「目標（件）」; counts 「‐1」 (U+2010 hyphen), 「ー1」 (U+30FC, the IME's
    long-vowel mark for a minus), 「4①」 (4 with a footnote mark; NFKC would
    make it 41) and notes ① ② below.

06_LO保存_CR改行_NBSP_県名のみ_5月開始.xlsx -- openpyxl, then a LibreOffice
    headless round trip; FY2024, MAY start, cutoff 2025年2月.  No 県コード
    column: 県名 only, spelled 「髙知」「埼⽟」 (U+2F5F radical), 「東京都\\u00a0」,
    「福岡県」; headings with an ideographic space 「県　名」「単　組　名」, a lone
    CR 「組合\\r員数」, CRLF 「団生\\r\\n保有」「2月\\r\\n累計」「累積\\r\\n件数」, NBSP
    「目標\\u00a0件数」, a trailing CRLF 「残件数\\r\\n」; the current year group
    「2024年度\\u3000（今年度）」; counts 「3\\u00a0」 as text.

07_Mac_NFD_見出し混在_6月開始.xlsx -- XlsxWriter, FY2025, June start, cutoff
    2026年1月.  Typed on a Mac: EVERY text is NFD (combining dakuten U+3099 /
    handakuten U+309A: 「単組コード」「グリッド」, union names with ず ば ぶ ど パ);
    month headings mixed in one row as a phone / IME leaves them: 「６月」「7月」
    「８月」「9月」「十月」「十一月」「十二月」「1月」「２月」「3月」「4月」「５月」,
    「１月累計」; a count 「三」, a count 「３」, a 社保労連 union.

08_CR単独_BOM名_コロン_6月開始.xlsx -- XlsxWriter, FY2024, June start, cutoff
    2024年11月 (「集計月:2024年11月」 with a half-width colon, 「11月\\r累計」).
    Headings with a LONE CR (「組合\\r員数」「前々年度\\r実績」「累積\\r件数」
    「目標\\r件数」: XlsxWriter stores it as _x000D_, as Excel does); a union
    name beginning with a BOM (pasted from a CSV), one beginning with an
    ideographic space; counts 「１０」, 「 2」 (leading space), 「3 」, a past
    「－2」; a note with ①.  (Added after the first run of 01-07.)
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import unicodedata
import uuid
from pathlib import Path

import openpyxl
import xlsxwriter
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter as L

JUNE = (6, 7, 8, 9, 10, 11, 12, 1, 2, 3, 4, 5)
MAY = (5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3, 4)
ZWSP, NBSP, IDSP, BOM, IVS = "\u200b", "\u00a0", "\u3000", "\ufeff", "\U000E0100"
PCT = "0.0%"


def order(start: int):
    return JUNE if start == 6 else MAY


_KANJI = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def P(v) -> int:
    """The number a clerk means by a literal typed in this set (for the derived cells shown)."""
    if v is None:
        return 0
    if isinstance(v, (int, float)):
        return int(v)
    s = v
    for ch in (ZWSP, NBSP, IDSP, BOM, " "):
        s = s.replace(ch, "")
    s = s.replace("①", "").replace("②", "")
    if s in _KANJI:
        return _KANJI[s]
    s = unicodedata.normalize("NFKC", s)
    for minus in ("−", "‐", "ー", "-"):
        if s.startswith(minus):
            return -int(s[1:].replace(",", ""))
    return int(s.replace(",", ""))


def ysum(d) -> int:
    return sum(P(v) for v in (d or {}).values())


def csum(d, start: int, cut: int) -> int:
    tot = 0
    for m in order(start):
        tot += P((d or {}).get(m))
        if m == cut:
            break
    return tot


def fw(s: str) -> str:
    """Full-width digits."""
    return s.translate(str.maketrans("0123456789", "０１２３４５６７８９"))


def nfd(s):
    return unicodedata.normalize("NFD", s) if isinstance(s, str) else s


# ----------------------------------------------------------------------
# a small cell model written out by either library
# ----------------------------------------------------------------------
class Sheet:
    def __init__(self, name: str):
        self.name = name
        self.cells: dict[tuple[int, int], dict] = {}
        self.merges: list[tuple[int, int, int, int]] = []
        self.freeze = None
        self.widths: dict[int, float] = {}

    def put(self, r, c, v, fmt=None, bold=False):
        if v is None:
            return
        self.cells[(r, c)] = {"v": v, "fmt": fmt, "bold": bold}

    def merge(self, r1, c1, r2, c2):
        self.merges.append((r1, c1, r2, c2))

    def map_text(self, fn):
        for d in self.cells.values():
            if isinstance(d["v"], str):
                d["v"] = fn(d["v"])
        self.name = fn(self.name)


def save_openpyxl(sheets: list[Sheet], path: Path):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    for sh in sheets:
        ws = wb.create_sheet(sh.name)
        for (r, c), d in sh.cells.items():
            cell = ws.cell(r, c, d["v"])
            if d["fmt"]:
                cell.number_format = d["fmt"]
            if d["bold"]:
                cell.font = Font(bold=True)
            if isinstance(d["v"], str) and ("\n" in d["v"] or "\r" in d["v"]):
                cell.alignment = Alignment(wrap_text=True, vertical="center")
            if r > 2:
                cell.border = box
        for m in sh.merges:
            ws.merge_cells(start_row=m[0], start_column=m[1], end_row=m[2], end_column=m[3])
            ws.cell(m[0], m[1]).alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        if sh.freeze:
            ws.freeze_panes = sh.freeze
        ws.page_setup.orientation = "landscape"
        for c, w in sh.widths.items():
            ws.column_dimensions[L(c)].width = w
    wb.save(path)


def save_xlsxwriter(sheets: list[Sheet], path: Path):
    wb = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False})
    fmts: dict = {}

    def fmt(d, r):
        key = (d.get("fmt"), d.get("bold"), r > 2, isinstance(d.get("v"), str) and "\n" in d["v"])
        if key not in fmts:
            p = {"valign": "vcenter"}
            if key[0]:
                p["num_format"] = key[0]
            if key[1]:
                p["bold"] = True
            if key[2]:
                p["border"] = 1
            if key[3]:
                p["text_wrap"] = True
            fmts[key] = wb.add_format(p)
        return fmts[key]

    for sh in sheets:
        ws = wb.add_worksheet(sh.name)
        covered = set()
        for (r1, c1, r2, c2) in sh.merges:
            d = sh.cells.get((r1, c1), {"v": "", "fmt": None, "bold": True})
            ws.merge_range(r1 - 1, c1 - 1, r2 - 1, c2 - 1, "", fmt(d, r1))
            for r in range(r1, r2 + 1):
                for c in range(c1, c2 + 1):
                    covered.add((r, c))
            if d["v"] not in ("", None):
                if isinstance(d["v"], str):
                    ws.write_string(r1 - 1, c1 - 1, d["v"], fmt(d, r1))
                else:
                    ws.write_number(r1 - 1, c1 - 1, d["v"], fmt(d, r1))
        for (r, c), d in sh.cells.items():
            if (r, c) in covered:
                continue
            v = d["v"]
            if isinstance(v, str):
                ws.write_string(r - 1, c - 1, v, fmt(d, r))
            else:
                ws.write_number(r - 1, c - 1, v, fmt(d, r))
        if sh.freeze:
            ws.freeze_panes(*sh.freeze)
        ws.set_landscape()
        ws.set_paper(9)
        for c, w in sh.widths.items():
            ws.set_column(c - 1, c - 1, w)
    wb.close()


def lo_resave(path: Path) -> None:
    """Open and save the book in LibreOffice Calc (headless)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        print(f"warning: no LibreOffice; {path.name} left as written by openpyxl", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory(prefix="lg14_lo_") as td:
        prof = Path(td) / f"profile_{uuid.uuid4().hex}"
        outd = Path(td) / "out"
        outd.mkdir()
        src = Path(td) / "in.xlsx"
        shutil.copy(path, src)
        subprocess.run([soffice, f"-env:UserInstallation=file://{prof}", "--headless", "--calc",
                        "--convert-to", "xlsx", "--outdir", str(outd), str(src)],
                       capture_output=True, text=True, timeout=300, check=True)
        shutil.copy(outd / "in.xlsx", path)


# ----------------------------------------------------------------------
# an HQ-like grid: title, as-of, year-group row, heading row, unions, 合計, notes, 社保労連
# ----------------------------------------------------------------------
def hq_grid(sh: Sheet, *, fy: int, start: int, cut: int, title: str, asof: str | None,
            years: dict[int, str], month_label, cum_label: str, left: list[tuple[str, str]],
            right: list[tuple[str, str]], unions: list[dict], total_label: str = "合計",
            notes: list[str] = (), sixty_note: str | None = None, yr_row: int = 3) -> None:
    """``left`` / ``right``: (key, heading).  Keys: pc pn uc name mem pol rate eff yA yB | cum tgt yoy ach rem pn."""
    sh.put(1, 1, title, bold=True)
    if asof:
        sh.put(2, 1, asof)
    hr = yr_row + 1
    col: dict[str, int] = {}
    c = 1
    for key, h in left:
        sh.put(hr, c, h, bold=True)
        col.setdefault(key, c)
        c += 1
    blocks: dict[int, int] = {}
    for y in (fy - 2, fy - 1, fy):
        width = 13 if y < fy else 12
        sh.put(yr_row, c, years[y], bold=True)
        sh.merge(yr_row, c, yr_row, c + width - 1)
        blocks[y] = c
        for k, m in enumerate(order(start)):
            sh.put(hr, c + k, month_label(m), bold=True)
        if y < fy:
            sh.put(hr, c + 12, cum_label, bold=True)
        c += width
    rcol: dict[str, int] = {}
    for key, h in right:
        sh.put(hr, c, h, bold=True)
        rcol.setdefault(key, c)
        c += 1

    def row(r, u):
        cum = csum(u["m"].get(fy), start, cut)
        prev = csum(u["m"].get(fy - 1), start, cut)
        tgt = P(u.get("tgt"))
        vals = {"pc": u.get("pc"), "pn": u.get("pn"), "uc": u.get("uc"), "name": u["name"],
                "mem": u.get("mem"), "pol": u.get("pol"), "eff": u.get("eff"),
                "yA": ysum(u["m"].get(fy - 2)), "yB": ysum(u["m"].get(fy - 1)),
                "cum": cum, "tgt": u.get("tgt"), "yoy": cum - prev, "rem": tgt - cum}
        for key, cc in list(col.items()) + list(rcol.items()):
            if key == "rate":
                if P(u.get("mem")):
                    sh.put(r, cc, round(P(u.get("pol")) / P(u.get("mem")), 3), PCT)
            elif key == "ach":
                if tgt:
                    sh.put(r, cc, round(cum / tgt, 3), PCT)
            else:
                sh.put(r, cc, vals.get(key))
        if "pn" in rcol:
            sh.put(r, rcol["pn"], u.get("pn"))
        for y, c0 in blocks.items():
            d = u["m"].get(y) or {}
            for k, m in enumerate(order(start)):
                if m in d:
                    sh.put(r, c0 + k, d[m])
            if y < fy:
                sh.put(r, c0 + 12, csum(d, start, cut))

    r = hr + 1
    nat = [u for u in unions if P(u.get("pc") or 0) != 60 and not u.get("sixty")]
    for u in nat:
        row(r, u)
        r += 1
    # 合計 (typed values, the clerk's sums)
    sh.put(r, col["name"], total_label, bold=True)
    for key in ("mem", "pol", "yA", "yB"):
        if key in col:
            if key in ("mem", "pol"):
                sh.put(r, col[key], sum(P(u.get(key)) for u in nat), bold=True)
            else:
                y = fy - 2 if key == "yA" else fy - 1
                sh.put(r, col[key], sum(ysum(u["m"].get(y)) for u in nat), bold=True)
    for y, c0 in blocks.items():
        for k, m in enumerate(order(start)):
            t = sum(P((u["m"].get(y) or {}).get(m)) for u in nat)
            if t:
                sh.put(r, c0 + k, t, bold=True)
        if y < fy:
            sh.put(r, c0 + 12, sum(csum(u["m"].get(y), start, cut) for u in nat), bold=True)
    cum = sum(csum(u["m"].get(fy), start, cut) for u in nat)
    prev = sum(csum(u["m"].get(fy - 1), start, cut) for u in nat)
    tgt = sum(P(u.get("tgt")) for u in nat)
    for key, v in (("cum", cum), ("tgt", tgt), ("yoy", cum - prev), ("rem", tgt - cum)):
        if key in rcol:
            sh.put(r, rcol[key], v, bold=True)
    if "ach" in rcol and tgt:
        sh.put(r, rcol["ach"], round(cum / tgt, 3), PCT, bold=True)
    r += 2
    for n in notes:
        sh.put(r, 1, n)
        r += 1
    sixty = [u for u in unions if u not in nat]
    if sixty:
        if sixty_note:
            sh.put(r, 1, sixty_note)
            r += 1
        for u in sixty:
            row(r, u)
            r += 1
    sh.widths[col["name"]] = 28


LEFT_HQ = [("pc", "自治労\n県コード"), ("pn", "県名"), ("uc", "単組\nコード"), ("name", "加入拡大モデル単組"),
           ("mem", "組合\n員数"), ("pol", "団生\n保有"), ("rate", "加入率"), ("eff", "発効")]
SIXTY_NOTE = "※社保労連においても単組目標を設定し推進している（加入拡大モデル単組の全国集計には含まない）"


# ======================================================================
# 01 full-width digits, counts typed as text
# ======================================================================
F01 = "01_全角数字_文字列件数_6月開始.xlsx"
U01 = [
    dict(pc="０１", pn="北海道", uc="００４", name="見本湊北町職員組合", mem=860, pol=301, tgt=10, eff="１０月",
         m={2022: {6: "３", 9: 2, 12: "４", 3: 1}, 2023: {7: "２", 10: 5, 2: "３", 5: 1},
            2024: {6: "１", 8: "２", 11: "３", 1: "２"}}),
    dict(pc="０５", pn="宮城", uc="０１７", name="試験岬台市職員労働組合", mem=2310, pol=1155, tgt="３０", eff="６月",
         m={2022: {7: 6, 10: "８", 1: 5, 4: 2}, 2023: {6: "４", 9: 7, 12: 6, 2: "８"},
            2024: {7: "５", 9: "６", 12: "２　", 1: "４"}}),
    dict(pc="１４", pn="東京", uc="１０１", name="架空港湾市職員労働組合", mem="１２，４８０", pol="９，８６０", tgt="１，１００",
         eff="４月", m={2022: {6: 10, 10: 4}, 2023: {7: "６", 4: "１，０５０"},
                       2024: {6: "１２", 8: 8, 10: "１，０２０", 11: 3}}),
    dict(pc="２２", pn="静岡", uc="００８", name="見本潮見市職員労働組合", mem=3020, pol=1812, tgt=40, eff="１月",
         m={2022: {9: 12, 12: 8, 2: 6}, 2023: {6: 3, 10: "１１", 2: 10, 3: 4},
            2024: {7: "９", 10: "７", 1: "６"}}),
    dict(pc="３２", pn="兵庫", uc="０４４", name="架空松風町職員組合", mem=520, pol=182, tgt=8, eff="１１月",
         m={2022: {5: 1}, 2023: {12: "２"}, 2024: {11: "１", 1: "－１"}}),
    dict(pc="４２", pn="福岡", uc="０６１", name="試験玄海台市職員労働組合", mem=1260, pol=504, tgt=12, eff="１０月",
         m={2022: {8: 2, 1: 3}, 2023: {9: "４", 12: 1, 3: 2}, 2024: {10: "３", 12: "２", 1: "１"}}),
    dict(pc="６０", pn="社保労連", uc="０５２", name="見本第一機構職員労働組合", mem=4100, pol=2050, tgt=20, eff="８月",
         m={2022: {10: 5, 3: 3}, 2023: {7: "４", 1: 6}, 2024: {8: "３", 12: "５"}}),
]


def build01(path: Path):
    sh = Sheet("６月開始")
    hq_grid(sh, fy=2024, start=6, cut=1, title="令和６年度　加入拡大モデル単組　実績一覧（６月開始）",
            asof="令和７年１月末現在",
            years={y: fw(f"{y}年度") for y in (2022, 2023, 2024)}, month_label=lambda m: fw(f"{m}月"),
            cum_label="１月\n累計",
            left=LEFT_HQ + [("yA", "２０２２年\n度実績"), ("yB", "２０２３年\n度実績")],
            right=[("cum", "累積\n件数"), ("tgt", "目標\n件数"), ("yoy", "前年比"), ("ach", "達成率"),
                   ("rem", "残件数"), ("pn", "県名")],
            unions=U01, sixty_note=SIXTY_NOTE)
    sh.freeze = "E5"
    save_openpyxl([sh], path)


# ======================================================================
# 02 half-width katakana, mixed brackets, CRLF in headings, May start
# ======================================================================
F02 = "02_半角カナ見出し_5月開始.xlsx"
U02 = [
    dict(pc="03", pn="青森", uc="012", name="見本ﾐﾄﾞﾘ台町職員組合", mem=640, pol=224, tgt=12, eff="5月",
         m={2023: {6: 2, 9: 4, 1: 3}, 2024: {5: 1, 8: 5, 12: 2, 3: 4}, 2025: {5: 2, 7: 3, 10: 1, 12: 4}}),
    dict(pc="13", pn="埼玉", uc="045", name="試験ｻｸﾗｶﾞｵｶ市職員労働組合", mem=1880, pol=752, tgt=24, eff="7月",
         m={2023: {7: 6, 11: 5, 2: 2}, 2024: {6: 3, 10: 8, 1: 6}, 2025: {6: 4, 8: 6, 11: 5, 12: "−1"}}),
    dict(pc="23", pn="愛知", uc="078", name="架空東浦市職員労働組合", mem=2950, pol=1475, tgt=30, eff="5月",
         m={2023: {5: 8, 12: 6, 4: 3}, 2024: {7: 9, 11: 4, 2: 5}, 2025: {5: 10, 9: 7, 11: 6}}),
    dict(pc="30", pn="大阪", uc="102", name="見本ﾆｼﾉﾐﾔ清掃職員組合", mem=410, pol=287, tgt=6, eff="9月",
         m={2023: {10: 1}, 2024: {9: 2, 3: 1}, 2025: {9: 3, 10: 2, 12: 2}}),
    dict(pc="38", pn="香川", uc="019", name="試験琴浜町職員組合", mem=780, pol=390, tgt=15, eff="8月",
         m={2023: {8: 3, 1: 4}, 2024: {8: 2, 12: 7}, 2025: {8: 5, 12: 3}}),
    dict(pc="60", pn="社保労連", uc="771", name="見本ｼｽﾃﾑ機構職員労働組合", mem=5300, pol=3280, tgt=18, eff="6月",
         m={2023: {6: 4, 2: 2}, 2024: {11: 3}, 2025: {6: 5, 11: 4}}),
]


def build02(path: Path):
    sh = Sheet("ﾓﾃﾞﾙ単組（5月開始）")
    hq_grid(sh, fy=2025, start=5, cut=12, title="令和7年度 加入拡大ﾓﾃﾞﾙ単組 ｹﾝﾎﾝﾌﾞ別一覧（5月開始）",
            asof="2025年12月末現在",
            years={y: f"{y}年度" for y in (2023, 2024, 2025)}, month_label=lambda m: f"{m}月",
            cum_label="12月\r\n累計",
            left=[("pc", "県ｺｰﾄﾞ"), ("pn", "県名"), ("uc", "単組ｺｰﾄﾞ"), ("name", "ﾓﾃﾞﾙ単組名"),
                  ("mem", "組合員数(人）"), ("pol", "団生保有（件)"), ("rate", "加入率(%)"), ("eff", "発効"),
                  ("yA", "2023年度\r\n実績"), ("yB", "2024年度\r\n実績")],
            right=[("cum", "累積\r\n件数"), ("tgt", "目標(件)"), ("yoy", "前年比\r\n"), ("ach", "達成率"),
                   ("rem", "残件数")],
            unions=U02, sixty_note="※社保労連は全国集計に含まない")
    sh.freeze = (4, 4)
    save_xlsxwriter([sh], path)


# ======================================================================
# 03 kanji numerals, 旧字体 / IVS, notes with ① ② ㍻
# ======================================================================
F03 = "03_漢数字見出し_旧字体_6月開始.xlsx"
KANJI_M = {1: "一", 2: "二", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七", 8: "八", 9: "九", 10: "十",
           11: "十一", 12: "十二"}
U03 = [
    dict(pc=41, pn="髙知", uc="006", name="見本髙浜町職員組合", mem=520, pol=260, tgt=10, eff="七月",
         m={2022: {7: 2, 11: 3, 2: 1}, 2023: {8: 4, 12: 2, 4: 3}, 2024: {7: 3, 9: "三", 12: 2}}),
    dict(pc=44, pn="長﨑", uc="021", name="試験﨑山市職員労働組合", mem=1340, pol=670, tgt=20, eff="六月",
         m={2022: {6: "十", 10: 2, 3: 4}, 2023: {6: 5, 9: 6, 1: 2}, 2024: {6: 8, 8: 4, 11: 5}}),
    dict(pc=16, pn="神奈川", uc="033", name="架空邊野町職員組合", mem=360, pol=144, tgt=5, eff="十月",
         m={2022: {12: 1}, 2023: {10: 2, 5: 1}, 2024: {10: 4, 12: 2}}),
    dict(pc=28, pn="奈良", uc="047", name="架空葛" + IVS + "谷町職員組合", mem=890, pol=356, tgt=12, eff="八月",
         m={2022: {8: 3, 1: 2}, 2023: {7: 3, 11: 4, 3: 1}, 2024: {8: 5, 11: 2}}),
    dict(pc=47, pn="熊本", uc="058", name="見本草薙市職員組合", mem=2100, pol=1050, tgt=25, eff="九月",
         m={2022: {9: 7, 12: 5, 4: 3}, 2023: {9: 8, 12: 4, 2: 6}, 2024: {9: 6, 10: 4, 12: 3}}),
]


def build03(path: Path):
    sh = Sheet("令和六年度")
    hq_grid(sh, fy=2024, start=6, cut=12, title="令和六年度　加入拡大モデル単組　実績（六月開始）",
            asof="令和六年十二月末現在",
            years={2022: "令和四年度", 2023: "令和五年度", 2024: "令和六年度"},
            month_label=lambda m: KANJI_M[m] + "月", cum_label="十二月累計",
            left=[("pc", "県コード"), ("pn", "県名"), ("uc", "単組コード"), ("name", "単組名"), ("mem", "組合員数"),
                  ("pol", "団生保有"), ("rate", "加入率"), ("eff", "発効"), ("yA", "前々年度実績"),
                  ("yB", "前年度実績")],
            right=[("cum", "累積件数"), ("tgt", "目標件数"), ("yoy", "前年比"), ("ach", "達成率"), ("rem", "残件数")],
            unions=U03,
            notes=["※① 十二月累計は令和六年十二月末までの件数", "※② ㍻三十年度から継続のモデル単組を含む"])
    sh.freeze = "E5"
    save_openpyxl([sh], path)


# ======================================================================
# 04 a CSV opened as text: BOM, ZWSP, NBSP, every cell a string
# ======================================================================
F04 = "04_CSV取込_BOM_ゼロ幅_5月開始.xlsx"
U04 = [
    dict(pc="01", pn="北海道", uc="015", name="見本" + ZWSP + "北浜町職員組合", mem="920", pol="322", tgt="12",
         m={2023: {5: "3", 8: "2", 2: "1"}, 2024: {6: "4", 11: "3", 3: "2"}, 2025: {5: "2", 7: "3", 9: "1", 10: "2"}}),
    dict(pc="09", pn="新潟", uc="027", name="試験東山市職員労働組合" + NBSP, mem="1540" + NBSP, pol="616", tgt="24",
         m={2023: {7: "5", 12: "6"}, 2024: {5: "2", 9: "7", 1: "4"}, 2025: {6: "5", 8: "12" + NBSP, 10: "3"}}),
    dict(pc="25", pn="三重", uc="039", name="架空鈴ヶ丘市職員組合", mem="730", pol="219", tgt="10",
         m={2023: {10: "2"}, 2024: {6: "1", 10: "3", 4: "2"}, 2025: {5: ZWSP + "4", 9: "3"}}),
    dict(pc="34", pn="広島", uc="041", name="見本" + ZWSP + "瀬戸浜市職員労働組合", mem="2480", pol="1240", tgt="30",
         m={2023: {5: "6", 11: "8", 3: "5"}, 2024: {7: "9", 12: "6", 2: "3"}, 2025: {6: "8", 7: "6", 10: "9"}}),
    dict(pc="46", pn="宮崎", uc="052", name="試験日向台町職員組合", mem="310", pol="155", tgt="5",
         m={2023: {9: "1"}, 2024: {8: "2"}, 2025: {8: "1", 10: "1"}}),
]


def build04(path: Path):
    sh = Sheet("model_unit_202510")
    sh.put(1, 1, BOM + "加入拡大モデル単組　集計月：2025年10月")
    heads = ["県コード", "県名", "単組コード", "単組" + ZWSP + "名", "組合員数", "団生保有", "目標" + ZWSP + "件数"]
    keys = ["pc", "pn", "uc", "name", "mem", "pol", "tgt"]
    months = [(2023 + (1 if m < 5 else 0), m) for m in MAY] + [(2024 + (1 if m < 5 else 0), m) for m in MAY] + \
             [(2025 + (1 if m < 5 else 0), m) for m in MAY]
    for i, h in enumerate(heads, 1):
        sh.put(2, i, h)
    for k, (y, m) in enumerate(months):
        sh.put(2, len(heads) + 1 + k, f"{y}年{m}月")
    r = 3
    for u in U04:
        for i, key in enumerate(keys, 1):
            sh.put(r, i, u[key])
        for k, (y, m) in enumerate(months):
            fy = y if m >= 5 else y - 1
            v = u["m"].get(fy, {}).get(m)
            if v is not None:
                sh.put(r, len(heads) + 1 + k, v)
        r += 1
    save_openpyxl([sh], path)


# ======================================================================
# 05 period headings with 〜 ～ ~, ㋿ / ㈱ in the title, four minus signs, ① in a count
# ======================================================================
F05 = "05_期間見出し_令和8年度_6月開始.xlsx"
U05 = [
    dict(pc=4, pn="岩手", uc="014", name="見本北上台町職員組合", mem=880, pol=352, tgt=12, eff="7月",
         m={2024: {7: 3, 10: 2, 2: 4}, 2025: {6: 2, 9: 5, 1: 3, 3: "ー1"}, 2026: {7: 4, 9: 3, 11: 2}}),
    dict(pc=10, pn="群馬", uc="026", name="試験榛名野市職員労働組合", mem=1620, pol=810, tgt=20, eff="6月",
         m={2024: {6: 5, 11: 4, 4: 2}, 2025: {8: 6, 11: 3, 12: 4}, 2026: {6: 6, 8: "4①", 10: 5}}),
    dict(pc=20, pn="石川", uc="031", name="架空白浜市職員組合", mem=450, pol=180, tgt=6, eff="10月",
         m={2024: {10: 2}, 2025: {10: 3, 2: 1}, 2026: {10: 3, 11: "‐1"}}),
    dict(pc=33, pn="岡山", uc="048", name="見本吉備原市職員労働組合", mem=2760, pol=1380, tgt=30, eff="6月",
         m={2024: {6: 7, 9: 6, 12: 5, 3: 4}, 2025: {6: 8, 10: 7, 2: 6}, 2026: {6: 9, 9: 8, 11: 7}}),
    dict(pc=45, pn="大分", uc="053", name="試験湯布台町職員組合", mem=300, pol=240, tgt=4, eff="8月",
         m={2024: {8: 1, 1: 1}, 2025: {8: 2}, 2026: {8: 3, 11: 2}}),
    dict(pc=60, pn="社保労連", uc="778", name="架空中央機構職員労働組合", mem=3900, pol=1560, tgt=15, eff="9月",
         m={2024: {9: 4, 2: 3}, 2025: {9: 5, 12: 2}, 2026: {9: 6, 11: 3}}),
]


def build05(path: Path):
    sh = Sheet("R8")
    hq_grid(sh, fy=2026, start=6, cut=11, title="㋿8年度 加入拡大モデル単組 進捗表（6月〜5月）　作成：㈱見本データサービス",
            asof="令和８年１１月末現在",
            years={2024: "2024年6月〜2025年5月", 2025: "2025年6月～2026年5月", 2026: "2026年6月~2027年5月"},
            month_label=lambda m: f"{m}月", cum_label="１１月累計",
            left=LEFT_HQ + [("yA", "前々年度実績"), ("yB", "前年度実績")],
            right=[("cum", "累積件数"), ("tgt", "目標（件）"), ("yoy", "前年比"), ("ach", "達成率"), ("rem", "残件数"),
                   ("pn", "県名")],
            unions=U05, sixty_note=SIXTY_NOTE,
            notes=["① 試験榛名野市の8月の4件は団体切替を含む", "② 「ー1」「‐1」は解約による訂正"])
    sh.freeze = (4, 4)
    save_xlsxwriter([sh], path)


# ======================================================================
# 06 LibreOffice round trip: lone CR, CRLF, NBSP, ideographic spaces, 県名 only
# ======================================================================
F06 = "06_LO保存_CR改行_NBSP_県名のみ_5月開始.xlsx"
U06 = [
    dict(pn="髙知", uc="011", name="見本四万浜町職員組合", mem=610, pol=244, tgt=8, eff="5月",
         m={2022: {6: 2, 10: 1}, 2023: {5: 3, 1: 2}, 2024: {5: 2, 9: "3" + NBSP, 1: 1}}),
    dict(pn="埼⽟", uc="024", name="試験荒川台市職員労働組合", mem=1730, pol=865, tgt=20, eff="6月",
         m={2022: {5: 4, 12: 6, 3: 2}, 2023: {7: 5, 11: 4, 2: 3}, 2024: {6: 6, 10: "4" + NBSP, 2: 5}}),
    dict(pn="東京都" + NBSP, uc="036", name="架空多摩丘市職員組合" + NBSP, mem=2200, pol=660, tgt=25, eff="5月",
         m={2022: {8: 7, 4: 3}, 2023: {6: 6, 12: 5, 4: 2}, 2024: {5: 7, 8: 6, 12: 5, 3: 4}}),
    dict(pn="福岡県", uc="040", name="見本遠賀原町職員組合", mem=390, pol=273, tgt=5, eff="11月",
         m={2022: {11: 1}, 2023: {9: 2, 2: 1}, 2024: {11: 2, 1: 3}}),
]


def build06(path: Path):
    sh = Sheet("5月開始")
    hq_grid(sh, fy=2024, start=5, cut=2, title="2024年度　加入拡大モデル単組　月別件数（5月開始）",
            asof="2025年2月末現在",
            years={2022: "2022年度", 2023: "2023年度", 2024: "2024年度" + IDSP + "（今年度）"},
            month_label=lambda m: f"{m}月", cum_label="2月\r\n累計",
            left=[("pn", "県" + IDSP + "名"), ("uc", "単組コード"), ("name", "単" + IDSP + "組" + IDSP + "名"),
                  ("mem", "組合\r員数"), ("pol", "団生\r\n保有"), ("eff", "発効"), ("yA", "前々年度実績"),
                  ("yB", "前年度実績")],
            right=[("cum", "累積\r\n件数"), ("tgt", "目標" + NBSP + "件数"), ("yoy", "前年比"), ("ach", "達成率"),
                   ("rem", "残件数\r\n")],
            unions=U06)
    sh.freeze = "D5"
    save_openpyxl([sh], path)
    lo_resave(path)


# ======================================================================
# 07 Mac: everything NFD, month headings mixed full / half width / kanji
# ======================================================================
F07 = "07_Mac_NFD_見出し混在_6月開始.xlsx"
MIXED_M = {6: "６月", 7: "7月", 8: "８月", 9: "9月", 10: "十月", 11: "十一月", 12: "十二月", 1: "1月", 2: "２月",
           3: "3月", 4: "4月", 5: "５月"}
U07 = [
    dict(pc="21", pn="福井", uc="005", name="見本すずかぜ町職員組合", mem=470, pol=188, tgt=8, eff="7月",
         m={2023: {7: 2, 11: 1, 3: 2}, 2024: {8: 3, 12: 1, 5: 1}, 2025: {7: 2, 10: "三", 1: 1}}),
    dict(pc="24", pn="岐阜", uc="017", name="試験ばら野市職員労働組合", mem=1960, pol=784, tgt=24, eff="6月",
         m={2023: {6: 6, 10: 5, 2: 4}, 2024: {6: 7, 9: 6, 1: 5}, 2025: {6: 8, 9: "３", 12: 6, 1: 4}}),
    dict(pc="29", pn="和歌山", uc="023", name="架空ぶどう坂町職員組合", mem=330, pol=99, tgt=5, eff="10月",
         m={2023: {10: 1}, 2024: {10: 2, 4: 1}, 2025: {10: 3, 12: 2}}),
    dict(pc="37", pn="山口", uc="036", name="見本パール浜市職員組合", mem=1280, pol=512, tgt=15, eff="8月",
         m={2023: {8: 4, 1: 3}, 2024: {8: 5, 11: 2, 2: 3}, 2025: {8: 6, 11: 4, 1: 2}}),
    dict(pc="43", pn="佐賀", uc="042", name="試験みなと市職員組合", mem=690, pol=276, tgt=10, eff="9月",
         m={2023: {9: 2, 12: 3}, 2024: {9: 3, 1: 2}, 2025: {9: 2, 11: 1}}),
    dict(pc="60", pn="社保労連", uc="785", name="架空グリーン機構職員労働組合", mem=2400, pol=960, tgt=10, eff="6月",
         m={2023: {6: 3}, 2024: {6: 2, 10: 2}, 2025: {6: 4, 12: 2}}),
]


def build07(path: Path):
    sh = Sheet("グリッド（6月開始）")
    hq_grid(sh, fy=2025, start=6, cut=1, title="令和７年度 加入拡大モデル単組 グリッド（６月開始）",
            asof="2026年1月末現在",
            years={y: f"{y}年度" for y in (2023, 2024, 2025)}, month_label=lambda m: MIXED_M[m],
            cum_label="１月累計",
            left=[("pc", "自治労県コード"), ("pn", "県名"), ("uc", "単組コード"), ("name", "単組名"),
                  ("mem", "組合員数"), ("pol", "団生保有"), ("rate", "加入率"), ("eff", "発効"),
                  ("yA", "前々年度実績"), ("yB", "前年度実績")],
            right=[("cum", "累積件数"), ("tgt", "目標件数"), ("yoy", "前年比"), ("ach", "達成率"), ("rem", "残件数"),
                   ("pn", "県名")],
            unions=U07, sixty_note="※社保労連（グループ）は全国集計に含まない")
    sh.map_text(nfd)
    sh.freeze = (4, 4)
    save_xlsxwriter([sh], path)


# ======================================================================
# 08 lone CR in headings (stored as _x000D_), BOM / ideographic space at the start of names, half-width colon
# ======================================================================
F08 = "08_CR単独_BOM名_コロン_6月開始.xlsx"
U08 = [
    dict(pc=12, pn="茨城", uc="008", name=BOM + "見本霞浦町職員組合", mem=740, pol=296, tgt=10, eff="6月",
         m={2022: {6: 2, 10: 3, 2: 1}, 2023: {7: 4, 11: 2, 3: 2}, 2024: {6: "１０", 9: 2, 11: " 2"}}),
    dict(pc=19, pn="富山", uc="015", name=IDSP + "試験立山台市職員労働組合", mem=1510, pol=604, tgt=18, eff="8月",
         m={2022: {8: 5, 12: 4}, 2023: {8: 6, 10: "－2", 1: 3}, 2024: {8: 7, 10: "3 ", 11: 4}}),
    dict(pc=26, pn="滋賀", uc="027", name="架空湖東原町職員組合", mem=560, pol=224, tgt=6, eff="9月",
         m={2022: {9: 1}, 2023: {9: 2, 4: 1}, 2024: {9: 3, 11: 1}}),
    dict(pc=40, pn="愛媛", uc="034", name="見本石鎚野市職員組合", mem=980, pol=392, tgt=12, eff="7月",
         m={2022: {7: 3, 11: 2, 5: 2}, 2023: {7: 4, 12: 3}, 2024: {7: 5, 10: 2}}),
]


def build08(path: Path):
    sh = Sheet("6月開始")
    hq_grid(sh, fy=2024, start=6, cut=11, title="2024年度 加入拡大モデル単組（6月開始）",
            asof="集計月:2024年11月",
            years={y: f"{y}年度" for y in (2022, 2023, 2024)}, month_label=lambda m: f"{m}月",
            cum_label="11月\r累計",
            left=[("pc", "県コード"), ("pn", "県名"), ("uc", "単組コード"), ("name", "単組名"), ("mem", "組合\r員数"),
                  ("pol", "団生\r保有"), ("yA", "前々年度\r実績"), ("yB", "前年度\r実績")],
            right=[("cum", "累積\r件数"), ("tgt", "目標\r件数"), ("yoy", "前年比"), ("ach", "達成率"), ("rem", "残件数")],
            unions=U08, notes=["① 単組名の先頭の空白は元データのまま"])
    sh.freeze = (4, 4)
    save_xlsxwriter([sh], path)


BUILDERS = [(F01, build01), (F02, build02), (F03, build03), (F04, build04), (F05, build05), (F06, build06),
            (F07, build07), (F08, build08)]


def build(outdir: Path) -> dict[str, Path]:
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    files = {}
    for name, fn in BUILDERS:
        p = outdir / name
        fn(p)
        files[name] = p
    return files


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "legacy_grid14_out")
    for n, p in build(out).items():
        print(p, os.path.getsize(p))
