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
_ON_EVERY_PAGE = {"読み取り確認": ("ファイル", ("ファイル", "項目", "読み取った文字", "フラグ", "理由", "修正値")),
                  "未提出・重複": ("対象", ("区分", "対象", "内容")),
                  "提出状況": ("名簿の行", ("名簿の行", "状況", "ファイル", "提出日時", "提出ID"))}


def test_wide_lists_name_their_row_on_every_page(printed):
    """The lists print one page across, each row whole on its page: 読み取り確認 (what was read, the flag, the reason
    and the correction: it printed its flags and corrections on a second page across, each row split in two),
    未提出・重複 (it printed 区分 and 対象 on one page and 内容 on another), 提出状況 (its files on one page and when and
    how they were read on the next)."""
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


def test_the_lists_heading_leaves_most_of_each_page_to_the_rows(printed):
    """一覧 of the reports: its two heading rows (printed on every page) took 4 in 10 of each page (long check items in
    columns 6 wide: 276 pt at 68 %), leaving 16 rows a page; now at most a third."""
    ws = openpyxl.load_workbook(printed["C_県本部報告書_集約"][0])["一覧"]
    printed_pt = (ws.row_dimensions[1].height + ws.row_dimensions[2].height) * ws.page_setup.scale / 100
    assert printed_pt <= (595.3 - 108) / 3, (printed_pt, ws.page_setup.scale)  # landscape A4, 0.75 in top and bottom


def test_a_survey_row_of_the_list_is_one_line(printed):
    """一覧 of the surveys: a file named as staff name it (「アンケート_北海道第1職員労働組合.xlsx」) and a union's name
    fit their columns, so a row with nothing longer is one line tall (every row was two lines: twice the paper)."""
    ws = openpyxl.load_workbook(printed["D_実態アンケート_集約"][0])["一覧"]
    by_name = {ws.cell(r, 2).value: ws.row_dimensions[r].height or 18.75 for r in range(3, ws.max_row + 1)}
    assert by_name["アンケート_北海道第1職員労働組合.xlsx"] <= 20, by_name["アンケート_北海道第1職員労働組合.xlsx"]


def test_templates_print_at_a_size_to_write_in(printed):
    """The survey and report templates print at 75 % or more (70 % left small boxes to write in by hand)."""
    for name in ("D_実態共有用アンケート_2026年度", "C_県本部共済推進取り組み報告書_2026年度"):
        ws = openpyxl.load_workbook(printed[name][0]).worksheets[0]
        assert ws.page_setup.scale >= 75, (name, ws.page_setup.scale)


def test_the_grids_green_rows_are_explained_on_paper(printed):
    """Report A colours the achievers' rows green: printed in black and white a grey row, said nowhere.  A note in
    those colours under the table says what they mean, inside the print area (on paper)."""
    _, pages = printed["A_加入拡大モデル単組_6月開始"]
    assert any("色を付けた行" in p.joined.replace(" ", "") and "目標達成" in p.joined.replace(" ", "") for p in pages)
