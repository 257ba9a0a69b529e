"""Print layouts, proven on paper: every output and template goes through LibreOffice to PDF (one
soffice call) and the PDF's words are measured (pdftotext -bbox).

On every page: the smallest text prints at 7 pt or more, the 「N / M ページ」 footer is there with
the right numbers, the report name of the header is there.  Every sheet's last used row and column
reach the paper (the last texts of the used range are printed), and charts are inside the print area.
"""
from __future__ import annotations

import re
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest

from tests import lo, pdfcheck

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.skipif(lo.soffice() is None or pdfcheck.pdftotext() is None,
                                reason="LibreOffice and poppler-utils are needed")


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    """{workbook: (xlsx, [pages])} for the demo's outputs and every template, converted in one call."""
    from workbook_tools.app.bundle import write_bundle
    from workbook_tools.app.demo import run_demo
    from workbook_tools.app.templates import write_template
    from workbook_tools.io.pdf import to_pdf

    tmp = tmp_path_factory.mktemp("print")
    list(run_demo(ROOT / "workbook_tools" / "examples", tmp / "out"))
    write_template("all", tmp / "tpl", year=2026)
    write_bundle(ROOT / "workbook_tools" / "examples" / "contracts" / "新契約件数_県支部別.xlsx",
                 ROOT / "workbook_tools" / "examples" / "grid" / "加入拡大モデル単組_6月開始.xlsx", tmp / "out" / "実績報告分冊.xlsx")
    books = sorted((tmp / "out").glob("*.xlsx")) + sorted((tmp / "tpl").glob("*.xlsx"))
    pdfs = to_pdf(books, tmp / "pdf")
    return {b.stem: (b, pdfcheck.pages(p)) for b, p in zip(books, pdfs)}


def test_every_workbook_was_printed(printed):
    assert len(printed) == 10  # 5 outputs (A twice) + 実績報告分冊 + 4 templates
    for name, (_, pages) in printed.items():
        assert pages, name


def test_no_text_smaller_than_7_points(printed):
    small = []
    for name, (_, pages) in printed.items():
        for page in pages:
            w = page.smallest()
            if w is not None and w.points < 6.95:
                small.append((name, page.number, w.text, round(w.points, 2)))
    assert not small, small[:10]


def test_no_line_prints_over_another(printed):
    """A wrapped text gets a row tall enough for its lines: in the demo's legacy surveys the file names wrap, and
    their second line printed over the next row (一覧, 読み取り確認, 集計's list of inconsistent answers); the
    SHA-256 of 読み取り確認 wrapped into six lines of a one-line row."""
    over = []
    for name, (_, pages) in printed.items():
        for page in pages:
            over += [(name, page.number, a.text, b.text) for a, b in pdfcheck.overlapping(page)]
    assert not over, over[:10]


def test_every_page_is_numbered_n_of_m(printed):
    for name, (_, pages) in printed.items():
        numbers = [pdfcheck.page_numbers(p) for p in pages]
        assert None not in numbers, (name, [p.number for p, n in zip(pages, numbers) if n is None])
        # LibreOffice numbers each sheet's pages on its own: N runs 1..M inside each sheet
        for (n, m) in numbers:
            assert 1 <= n <= m, (name, n, m)


_HEADER = {"A_": "報告A", "B_新契約件数_主要": "報告B", "C_県本部報告書": "報告C", "D_実態アンケート": "報告D"}


def test_report_name_in_the_header_of_every_page(printed):
    for name, (_, pages) in printed.items():
        want = next((v for k, v in _HEADER.items() if name.startswith(k) and "年度" not in name), None)
        for page in pages:
            top = [w.text for w in page.words if w.y1 < 45]  # inside the header band (0.75 in top margin)
            assert top, (name, page.number)
            if want:
                assert any(want in t for t in top), (name, page.number, top[:5])


def test_grid_pages_repeat_the_identity_columns_and_title_rows(printed):
    """Report A: 110 unions × 54 columns on readable pages; every page shows 単組 names and the header."""
    _, pages = printed["A_加入拡大モデル単組_6月開始"]
    grid = [p for p in pages if "チェック" not in "".join(w.text for w in p.words if w.y1 < 45)]
    assert len(grid) >= 4  # column groups × row pages, at a readable size
    for page in grid:
        text = page.joined
        assert "県名" in text and "加入拡大モデル単組" in text, page.number  # identity column headings
        assert re.search(r"職員|労働組合|合計", text), page.number  # union names (or the totals) on every page


# sheet → (a heading every printed page of it shows, the headings that must share one page across)
_ON_EVERY_PAGE = {"読み取り確認": ("ファイル", ("ファイル", "項目")), "未提出・重複": ("対象", ("区分", "対象", "内容")),
                  "提出状況": ("名簿の行", ("名簿の行", "状況", "ファイル", "提出日時", "提出ID"))}


def test_wide_lists_name_their_row_on_every_page(printed):
    """A list printed on more than one page across repeats the columns naming its row (読み取り確認: the file and the
    item, so that the page of the corrections says what is corrected; the item's column was on the other page),
    and the short lists fit one page across: 未提出・重複 printed 区分 and 対象 on one page and 内容 on another,
    提出状況 its files on one page and when and how they were read on the next."""
    seen = set()
    for name in ("C_県本部報告書_集約", "D_実態アンケート_集約"):
        for page in printed[name][1]:
            head = "".join(w.text for w in page.words if w.y1 < 45)
            body = "".join(w.text for w in page.words if w.y1 >= 45)
            for sheet, (always, together) in _ON_EVERY_PAGE.items():
                if sheet in head:
                    seen.add((name, sheet))
                    assert always in body, (name, sheet, page.number)
                    assert all(h in body for h in together), (name, sheet, page.number)
        assert any("修正値" in p.joined for p in printed[name][1]), name  # the corrections are printed too
    assert len(seen) == 6, seen


# columns kept on screen and off paper by design (sheet → their headings): the keys a correction is applied by, the
# file names of 記述 (printed on 一覧), the SHA-256 of 一覧
_OFF_PAPER = {"読み取り確認": ("項目キー", "SHA-256"), "記述": ("ファイル",), "一覧": ("SHA-256",)}


def _last_texts(xlsx: Path) -> dict[str, list[str]]:
    """Per sheet: the texts in the last used row and the last used column (what must reach paper), leaving the
    columns kept off paper by design (_OFF_PAPER)."""
    wb = openpyxl.load_workbook(xlsx)
    found = {}
    for ws in wb.worksheets:
        if ws.sheet_state != "visible":
            continue
        off = {c.column for c in ws[1] if c.value in _OFF_PAPER.get(ws.title, ())}
        cells = [(c.row, c.column, c.value) for row in ws.iter_rows() for c in row
                 if isinstance(c.value, str) and c.value.strip() and not c.value.startswith("=") and c.column not in off]
        if not cells:
            continue
        last_row = max(r for r, _, _ in cells)
        last_col = max(c for _, c, _ in cells)
        found[ws.title] = [v for r, c, v in cells if (r == last_row or c == last_col) and len(v) <= 12]
    return found


def _wrapped_in(want: str, page: str) -> bool:
    """A text wrapped in its cell: its lines come out between other cells' words, in order."""
    it = iter(page)
    return all(ch in it for ch in want)


def test_used_range_is_inside_the_printed_pages(printed):
    missing = []
    for name, (xlsx, pages) in printed.items():
        texts_on_pages = [p.joined.replace(" ", "") for p in pages]
        for sheet, texts in _last_texts(xlsx).items():
            for t in texts:
                want = t.replace(" ", "").replace("\n", "")
                if not any(want in page or _wrapped_in(want, page) for page in texts_on_pages):
                    missing.append((name, sheet, t))
    assert not missing, missing[:10]


def test_charts_are_inside_the_print_area(printed):
    """The D totals chart: every prefecture's label and the axis end are on paper (宮崎 … 沖縄)."""
    xlsx, pages = printed["D_実態アンケート_集約"]
    chart_pages = [p for p in pages if "県本部別" in p.joined and "沖縄" in p.joined]
    assert chart_pages, "the chart's page is missing"
    text = chart_pages[-1].joined
    for pref in ("北海道", "宮崎", "鹿児島", "沖縄"):
        assert pref in text


def test_product_blocks_are_not_split(printed):
    """Report B 主要共済の実績: a product's heading and its 到達率 header are on the same page."""
    _, pages = printed["B_新契約件数_主要共済の実績"]
    heads = re.compile(r"（(\d+)）")
    for page in pages:
        text = page.joined
        for m in heads.finditer(text):
            after = text[m.end():]
            nxt = heads.search(after)
            block = after[: nxt.start()] if nxt else after
            if "県支部別" in page.joined[:40]:
                continue
            assert "到達率" in block, (page.number, m.group(0))


def test_pdf_option_on_the_cli(tmp_path):
    out = tmp_path / "A.xlsx"
    proc = subprocess.run([sys.executable, "-m", "workbook_tools", "grid", "recompute",
                           str(ROOT / "workbook_tools" / "examples" / "grid" / "加入拡大モデル単組_6月開始.xlsx"), "-o", str(out),
                           "--pdf"], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    pdf = out.with_suffix(".pdf")
    assert pdf.exists() and pdf.read_bytes().startswith(b"%PDF")


def test_missing_libreoffice_is_a_japanese_error(tmp_path, monkeypatch):
    from workbook_tools.errors import OutputError
    from workbook_tools.io import pdf

    monkeypatch.setattr(pdf, "find_soffice", lambda: None)
    with pytest.raises(OutputError, match="LibreOffice が必要です"):
        pdf.to_pdf([tmp_path / "x.xlsx"])


def test_bundle_is_in_the_published_order(printed):
    """実績報告分冊: 主要共済の実績 first, then the grid's June-start view, then its May-start view."""
    _, pages = printed["実績報告分冊"]
    firsts = {}
    for page in pages:
        for key in ("主要共済の実績", "（6月開始）", "（5月開始）"):
            if key in page.joined.replace(" ", ""):
                firsts.setdefault(key, page.number)
    assert list(firsts) == ["主要共済の実績", "（6月開始）", "（5月開始）"], firsts
    assert firsts["主要共済の実績"] == 1
    assert firsts["（6月開始）"] < firsts["（5月開始）"]


def test_bundle_cli_writes_workbook_and_pdf(tmp_path):
    out = tmp_path / "実績報告分冊.xlsx"
    proc = subprocess.run([sys.executable, "-m", "workbook_tools", "bundle",
                           "--contracts", str(ROOT / "workbook_tools" / "examples" / "contracts" / "新契約件数_県支部別.xlsx"),
                           "--grid", str(ROOT / "workbook_tools" / "examples" / "grid" / "加入拡大モデル単組_6月開始.xlsx"),
                           "-o", str(out), "--pdf"], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    wb = openpyxl.load_workbook(out, read_only=True)
    assert wb.sheetnames[:3] == ["主要共済の実績", "県支部別", "到達率グラフ"]
    assert wb.sheetnames[3:] == ["加入拡大_6月開始", "加入拡大_5月開始", "チェック"]
    assert out.with_suffix(".pdf").read_bytes().startswith(b"%PDF")


def test_excel_export_uses_the_print_areas(tmp_path):
    """The ribbon path: Excel's ExportAsFixedFormat as PDF, print areas honoured (no Excel here: a stand-in
    records the call)."""
    from workbook_tools.excel.pdf_export import export_pdf

    calls = []

    class Api:
        def ExportAsFixedFormat(self, *args):  # noqa: N802 - Excel's name
            calls.append(args)

    class Book:
        fullname = str(tmp_path / "集約.xlsx")
        api = Api()

    assert export_pdf(Book()) == tmp_path / "集約.pdf"
    assert calls == [(0, str(tmp_path / "集約.pdf"), 0, True, False)]


def test_no_number_format_shows_a_trailing_dot(printed):
    """`#,##0.##` shows 729 as "729." in Excel: every format with decimals has at least one 0 after the dot."""
    import zipfile

    bad = []
    for name, (xlsx, _) in printed.items():
        styles = zipfile.ZipFile(xlsx).read("xl/styles.xml").decode()
        for code in re.findall(r'formatCode="([^"]*)"', styles):
            for part in code.replace("&quot;", '"').split(";"):
                if re.search(r"\.#", re.sub(r'"[^"]*"', "", part)):
                    bad.append((name, code))
    assert not bad, bad


def test_exceeded_target_is_shown_as_good_news(printed):
    """Report A: a negative 残件数 prints as 「超過 N」, never as a red minus, in the achievers' dark green (the row's
    conditional format; the format's own [Color10] printed pale grey in LibreOffice)."""
    xlsx, pages = printed["A_加入拡大モデル単組_6月開始"]
    text = " ".join(p.text for p in pages)
    assert re.search(r"超過 ?\d", text)
    book = __import__("zipfile").ZipFile(xlsx)
    styles = book.read("xl/styles.xml").decode()
    formats = re.findall(r'formatCode="([^"]*)"', styles)
    remaining = [f for f in formats if "超過" in f]
    assert remaining and not any("Red" in f or "Color" in f for f in remaining)
    assert "006100" in styles  # the achievers' dark green font (a dxf of the conditional format)



def test_each_fiscal_year_of_the_grid_prints_on_pages_of_its_own(printed):
    """Report A: the identity and target columns, each year's months and the results on pages of their own, across (a
    year's heading stood over another year's months, its last months on the next page with no heading)."""
    _, pages = printed["A_加入拡大モデル単組_6月開始"]
    body = ["".join(w.text for w in p.words if w.y1 >= 45).replace(" ", "") for p in pages[:5]]  # (below the header)
    labels = [re.findall(r"20\d\d年度(?!実績)", b)[1:] for b in body]  # (the title first)
    assert labels == [[], ["2022年度"], ["2023年度"], ["2024年度"], []]
    assert "累積件数" in pages[4].joined.replace(" ", "") and "累積件数" not in pages[3].joined.replace(" ", "")


def test_the_summary_explains_every_sheet_written(printed):
    """概要's シートの説明 names every sheet of the consolidated book (提出状況, 督促リスト, 読み取り確認 were missing)."""
    for name in ("C_県本部報告書_集約", "D_実態アンケート_集約"):
        xlsx, _ = printed[name]
        wb = openpyxl.load_workbook(xlsx, read_only=True)
        explained = {row[0] for row in wb["概要"].iter_rows(values_only=True) if row and row[0]}
        missing = [ws for ws in wb.sheetnames if ws != "概要" and ws not in explained]
        assert not missing, (name, missing)


def _sheet_pages(pages, sheet: str) -> list:
    """The pages of one sheet: its name is the header's last word before 「作成」 (the header line is at the top)."""
    out = []
    for p in pages:
        head = [w.text for w in p.words if w.y0 < 30]
        if "作成" in head and head[head.index("作成") - 1] == sheet:
            out.append(p)
    return out


def _breaks(xlsx: Path, sheet: str) -> tuple[list[int], list[int]]:
    """(row breaks, column breaks) written in a sheet's XML (0-based: the first row / column of a new page)."""
    import zipfile

    wb = openpyxl.load_workbook(xlsx, read_only=True)
    part = f"xl/worksheets/sheet{wb.sheetnames.index(sheet) + 1}.xml"
    xml = zipfile.ZipFile(xlsx).read(part).decode()
    rows = [int(i) for i in re.findall(r'<brk id="(\d+)"[^>]*max="16383"', xml)]
    cols = [int(i) for i in re.findall(r'<brk id="(\d+)"[^>]*max="1048575"', xml)]
    return rows, cols


@pytest.mark.parametrize("book, sheet", [("C_県本部報告書_集約", "一覧"), ("D_実態アンケート_集約", "一覧")])
def test_pages_break_where_the_tool_put_the_breaks(printed, book, sheet):
    """The renderer adds no column break of its own to a sheet the tool broke into pages across (every page's columns
    fit): the pages printed are a whole number of rows of (column breaks + 1) pages, and exactly (row breaks + 1) of
    them where the tool broke the rows too (every row as high as the tool assumed)."""
    xlsx, pages = printed[book]
    rows, cols = _breaks(xlsx, sheet)
    assert cols, "the demo's lists are wider than a page: the tool breaks them"
    printed_pages = len(_sheet_pages(pages, sheet))
    assert printed_pages % (len(cols) + 1) == 0, (printed_pages, cols)
    if rows:
        assert printed_pages == (len(rows) + 1) * (len(cols) + 1)


def test_no_page_of_the_grid_holds_only_a_few_rows(printed):
    """Report A: the 110 unions, 合計 and the rows under it were printed as three full row blocks and a fourth of a few
    rows (three 社保労連 rows reprinted with the title rows on a page of their own for every column block).  Now every
    block of rows holds at least half of the fullest one (counted on paper: the lines holding a union code)."""
    _, pages = printed["A_加入拡大モデル単組_6月開始"]
    counts = []
    for p in _sheet_pages(pages, "加入拡大モデル単組の取り組み状況（2024年度・6月開始）"):  # the grid's header
        codes = [w for w in p.words if re.fullmatch(r"\d{3}", w.text) and 100 < w.x0 < 140]  # the 単組コード column
        counts.append(len({round(w.y0) for w in codes}))
    assert len(counts) >= 10 and min(counts) >= max(counts) / 2, counts


@pytest.mark.parametrize("book, wider_than_a_page", [("C_県本部報告書_集約", False), ("D_実態アンケート_集約", True)])
def test_a_section_heading_is_printed_over_its_columns_on_every_page(printed, book, wider_than_a_page):
    """一覧: a section's heading (row 1, merged over its columns) never runs across a page break -- a section wider
    than a page has its heading again over each part, 「（つづき）」 after it -- and the first answer column of every
    page has a heading (the first columns of 「新規採用者」 were printed under 「組織の状況」's last page, headless)."""
    from openpyxl.utils import range_boundaries

    xlsx, pages = printed[book]
    _, cols = _breaks(xlsx, "一覧")
    ws = openpyxl.load_workbook(xlsx)["一覧"]
    merged = [range_boundaries(str(r)) for r in ws.merged_cells.ranges if str(r).endswith("1") and ":" in str(r)
              and range_boundaries(str(r))[1] == range_boundaries(str(r))[3] == 1]
    for c1, _, c2, _ in merged:
        assert not [b for b in cols if c1 - 1 < b <= c2 - 1], (ws.cell(1, c1).value, cols)
    starts = {c1 for c1, _, _, _ in merged}
    for b in cols:
        assert ws.cell(1, b + 1).value or (b + 1) not in starts and ws.cell(2, b + 1).value is None, b
    printed_heads = " ".join(p.joined for p in _sheet_pages(pages, "一覧"))
    assert ("組織の状況（つづき）" in printed_heads) == wider_than_a_page  # D's 組織の状況: 30 columns


def test_the_grids_title_ends_inside_the_first_pages_columns(printed):
    """Report A: the title 「…（6月開始） 2024年6月～2025年5月（2025年2月速報値）」 ran past the columns of the first page
    and its end was cut at the page's edge: its font is now smaller where it would (14 pt down to 11 pt)."""
    _, pages = printed["A_加入拡大モデル単組_6月開始"]
    first = pages[0]
    title_end = max(w.x1 for w in first.words if "速報値" in w.text)
    table_end = max(w.x1 for w in first.words if w.y0 > 100 and not pdfcheck.PAGE_NUMBER.search(w.text)
                    and "ページ" not in w.text)
    assert title_end <= table_end + 2, (title_end, table_end)


def test_the_item_totals_table_is_whole_on_its_page(printed):
    """C 集計: rows grown for long items (「単組執行部オルグ等において、…参照するように提案」, cut at two lines before) made the
    last row run onto a page of its own before the chart's page: the table is one page, then the chart's (the scale is
    lowered a little rather than a row left over).  (A cut line still comes out of the PDF's text: the row heights
    themselves are checked in test_print_mends.)"""
    _, pages = printed["C_県本部報告書_集約"]
    mine = _sheet_pages(pages, "集計")
    assert len(mine) == 2, [p.number for p in mine]
    table = mine[0].joined
    assert "単組執行部オルグ" in table and "参照するように提案" in table and "未回答・項目なし" in table


def _months_left_edge(page) -> float | None:
    """x of the left edge of a grid page's first month heading (「6月」 or 「5月」), None on a page without months."""
    heads = [w.y0 for w in page.words if w.text == "県名"]
    xs = [w.x0 for w in page.words if re.fullmatch(r"\d{1,2}月", w.text) and heads and abs(w.y0 - heads[0]) < 12]
    return min(xs) if xs else None  # (in the heading row: 発効's cells say 「6月」 too)


def test_every_grid_page_says_its_year_and_start_month(printed):
    """The pages of months after the first rows print no title: the page header says the year and the start month
    (in the 分冊 the 6月開始 and 5月開始 runs of pages could not be told apart)."""
    for name, want in (("A_加入拡大モデル単組_6月開始", "（2024年度・6月開始）"), ("A_加入拡大モデル単組_5月開始", "（2024年度・5月開始）")):
        pages = [p for p in printed[name][1] if "チェック" not in "".join(w.text for w in p.words if w.y1 < 45)]
        assert len(pages) >= 10 and all(want in "".join(w.text for w in p.words if w.y1 < 45) for p in pages), name


@pytest.mark.parametrize("book", ["A_加入拡大モデル単組_6月開始", "A_加入拡大モデル単組グリッド_2026年度"])
def test_grid_title_and_note_are_whole_on_every_page_across(printed, book):
    """The title rows and the identity columns print on every page across; text there that ran past the identity
    columns was cut at their edge on the pages of months (「2024年度 加入拡大モデル単組の取り組み状況（6月開始）2」, half of
    the summary box, 「※社保労連は…加入拡大モデル単」).  Now the year and the report's name are two lines within the
    identity columns, the period and the box sit right of them (first page only), and the note wraps within them:
    on a page of months no word of the title or the note reaches the months' columns, and both are there whole."""
    _, pages = printed[book]
    month_pages = [(p, _months_left_edge(p)) for p in pages if _months_left_edge(p) is not None]
    assert len(month_pages) >= 3, book
    titled = 0
    for page, edge in month_pages:
        table_top = min(x.y0 for x in page.words if x.text == "県名" or (re.fullmatch(r"20\d\d年度", x.text) and x.x0 >= edge))
        title_band = [w for w in page.words if 45 <= w.y1 and w.y0 < table_top]
        note = [w for w in page.words if w.text.startswith("※")]
        for w in title_band + note:
            assert w.x1 <= edge, (book, page.number, w.text)
        band = "".join(w.text for w in title_band)
        if page is not pages[0]:
            assert "取組単組" not in band, (book, page.number)  # not half of the box
        if "月開始）" in band:  # (the pages of the first rows: the title rows are not repeated down)
            titled += 1
            assert "加入拡大モデル単組の取り組み状況" in band, (book, page.number)
        if note:
            assert "全国集計には含まない。" in page.joined, (book, page.number)
    assert titled >= 3, book  # every page of months across the first rows
    first = pages[0].joined
    assert "取組単組" in first and "目標達成単組" in first and "5月" in first.split("取組単組")[0], book  # the period


def test_the_branch_table_prints_every_prefecture_on_one_page(printed):
    """Report B 県支部別: each page holds the 47 県支部 from 北海道 to 沖縄 and the 全国計 (staff compare the
    prefectures of a product on one sheet of paper).  Before, A4 landscape with four products a page broke the list
    after 和歌山: rows 30–47 and the 全国計 on pages of their own, six pages in all."""
    _, pages = printed["B_新契約件数_主要共済の実績"]
    branch = [p for p in pages if p.joined.startswith("報告B新契約件数県支部別")]
    assert branch
    for page in branch:
        for name in ("北海道", "和歌山", "大阪", "沖縄", "全国計"):
            assert name in page.joined, (page.number, name)
    assert len(branch) == 4, len(branch)  # 11 products, three a page


def test_the_item_totals_chart_page_carries_no_lone_table_heading(printed):
    """Report C 集計: the table fits its first page, so its heading row is not repeated on the chart's page (before,
    「区分｜取り組み項目｜実施｜未実施…」 printed alone above the chart)."""
    _, pages = printed["C_県本部報告書_集約"]
    chart = [p for p in pages if "取り組み項目ごとの実施率" in p.joined]
    assert len(chart) == 1
    assert "取り組み項目実施" not in chart[0].joined.replace(" ", "") and "報告県数" not in chart[0].joined


def test_a_table_longer_than_its_page_keeps_its_heading_over_the_chart_page_too(tmp_path):
    """The other side of titled_until: a table that runs past its first page repeats its heading (on its second
    page; the chart's page carries it too, a price worth paying).  80 rows of 15 pt at 100 % cannot fit one A4
    landscape page (about 480 pt of rows), 5 rows can."""
    from workbook_tools.io.writer import safe_book

    def titles(n: int) -> bool:
        path = tmp_path / f"表{n}.xlsx"
        with safe_book(path) as book:
            ws = book.sheet("集計")
            ws.text(0, 0, "見出し", None)
            for r in range(1, n + 1):
                ws.number(r, 0, r, None)
            ws.print_setup(landscape=True, title="表", repeat_rows=(0, 0), area=(0, 0, n + 30, 3), h_breaks=[n + 2],
                           titled_until=n)
        return "Print_Titles" in zipfile.ZipFile(path).read("xl/workbook.xml").decode()

    assert titles(80)
    assert not titles(5)
