"""Write Report B: HQ's per-product blocks, the 県支部 matrix, a chart."""
from __future__ import annotations

from workbook_tools.core.contracts import ContractsResult
from workbook_tools.core.prefectures import prefectures
from workbook_tools.errors import OutputError
from workbook_tools.io.readers import a1, col_letter
from workbook_tools.io.writer import SafeBook, SafeSheet

SUMMARY_SHEET = "主要共済の実績"
MATRIX_SHEET = "県支部別"
CHART_SHEET = "到達率グラフ"
MATRIX_PRODUCTS_PER_PAGE = 3
MATRIX_FIRST_ROW = 3  # 0-based: two header rows + a title row before it


def _q(sheet: str) -> str:
    return "'" + sheet.replace("'", "''") + "'"


class _Fmt:
    def __init__(self, book: SafeBook, rule) -> None:
        self.rule = rule
        self.title = book.fmt(bold=True, font_size=14)
        self.prod = book.fmt(bold=True, font_size=12)
        self.head = book.fmt(bold=True, bg_color="#DDEBF7", border=1, align="center", valign="vcenter", text_wrap=True)
        self.cnt = book.fmt(border=1, num_format='#,##0" 件"')
        self.pref_cnt = book.fmt(border=1, num_format='0" 県"', align="center")
        self.rate = book.fmt(border=1, num_format=rule.number_format())
        self.txt = book.fmt(border=1)
        self.int = book.fmt(border=1, num_format="#,##0")
        self.tot = book.fmt(border=1, bold=True, num_format="#,##0", bg_color="#FFF2CC")
        self.tot_rate = book.fmt(border=1, bold=True, num_format=rule.number_format(), bg_color="#FFF2CC")
        self.tot_lbl = book.fmt(border=1, bold=True, bg_color="#FFF2CC")
        self.note = book.fmt(italic=True, text_wrap=True, valign="top")
        self.hi = book.fmt(bg_color="#C6EFCE", font_color="#006100", border=1)


NOTE_WIDTH = 4 * 14  # the four columns of a product's block (_write_summary's widths)


def _as_of(p) -> str:
    return f"（{p.as_of.year}年{p.as_of.month}月）" if p.as_of else ""


def write_contracts(book: SafeBook, result: ContractsResult) -> dict:
    _check_columns(book, result)
    summary = book.sheet(SUMMARY_SHEET)
    matrix = book.sheet(MATRIX_SHEET)
    chart_ws = book.sheet(CHART_SHEET)
    f = _Fmt(book, result.rule)
    book.title = book.title or "報告B 新契約件数 主要共済の実績"
    prefs = prefectures()
    pref_row = {p.code: MATRIX_FIRST_ROW + i for i, p in enumerate(prefs)}
    total_row = MATRIX_FIRST_ROW + len(prefs)
    cols = _write_matrix(matrix, result, f, prefs, pref_row, total_row)
    product_rows, last_row = _write_summary(summary, result, f, cols, pref_row, total_row)
    _write_chart(book, chart_ws, result, f, product_rows)
    return {"matrix_rows": pref_row, "matrix_cols": cols, "product_rows": product_rows, "total_row": total_row}


def _check_columns(book: SafeBook, result: ContractsResult) -> None:
    """Three columns per product after two: more products than a sheet's columns (XFD) is refused in Japanese."""
    from workbook_tools.io import writer

    most = (writer.EXCEL_MAX_COLS - 2) // 3
    if len(result.products) > most:
        raise OutputError(f"商品が {len(result.products):,} 件あり、「{MATRIX_SHEET}」シートの列（最大 "
                          f"{writer.EXCEL_MAX_COLS:,} 列、XFD 列まで）に入りきりません（1 回に {most:,} 商品まで）。"
                          "入力の商品を分けて、何回かに分けて実行してください",
                          file=book.path.name, sheet=MATRIX_SHEET, code="too_many_columns")


def _matrix_header(matrix: SafeSheet, result: ContractsResult, f: _Fmt) -> dict[str, tuple[int, int, int]]:
    """Title and the two header rows; product names (submitted text) are merged headers, quote-protected."""
    matrix.text(0, 0, "新契約件数 県支部別（目標・実績・到達率）", f.title)
    matrix.merge(1, 0, 2, 0, "県コード", f.head)
    matrix.merge(1, 1, 2, 1, "県支部", f.head)
    cols: dict[str, tuple[int, int, int]] = {}
    for i, p in enumerate(result.products):
        c = 2 + 3 * i
        cols[p.product] = (c, c + 1, c + 2)
        matrix.merge(1, c, 1, c + 2, p.product + _as_of(p), f.head)
        for j, h in enumerate(("目標", "実績", "到達率")):
            matrix.text(2, c + j, h, f.head)
    return cols


def _write_matrix(matrix: SafeSheet, result: ContractsResult, f: _Fmt, prefs, pref_row: dict,
                  total_row: int) -> dict[str, tuple[int, int, int]]:
    """県支部別: every 県支部 × product, totals, achievers highlighted."""
    rule = result.rule
    cols = _matrix_header(matrix, result, f)
    for pref in prefs:
        r = pref_row[pref.code]
        matrix.text(r, 0, pref.code, f.txt)
        matrix.text(r, 1, pref.name, f.txt)
    first, last = MATRIX_FIRST_ROW, total_row - 1
    for p in result.products:
        ct, ca, cr = cols[p.product]
        by_code = {b.figures.code: b for b in p.branches}
        for pref in prefs:
            r = pref_row[pref.code]
            b = by_code.get(pref.code)
            matrix.number(r, ct, b.figures.target if b else None, f.int)
            matrix.number(r, ca, b.figures.actual if b else None, f.int)
            matrix.formula(r, cr, rule.formula(a1(r, ca), a1(r, ct)), b.rate if b else None, f.rate)
        matrix.formula(total_row, ct, f"SUM({a1(first, ct)}:{a1(last, ct)})", p.target, f.tot)
        matrix.formula(total_row, ca, f"SUM({a1(first, ca)}:{a1(last, ca)})", p.actual, f.tot)
        matrix.formula(total_row, cr, rule.formula(a1(total_row, ca), a1(total_row, ct)), p.rate, f.tot_rate)
        tl, al = col_letter(ct), col_letter(ca)
        matrix.conditional_format(first, ct, last, cr, {
            "type": "formula", "criteria": f"=AND(N(${tl}{first + 1})>0,N(${al}{first + 1})>=${tl}{first + 1})",
            "format": f.hi})
    matrix.text(total_row, 0, "", f.tot_lbl)
    matrix.text(total_row, 1, "全国計", f.tot_lbl)
    last_col = 1 + 3 * len(result.products)
    matrix.column_width(0, 0, 7)
    matrix.column_width(1, 1, 9)
    matrix.column_width(2, max(last_col, 2), 9)
    matrix.freeze(MATRIX_FIRST_ROW, 2)
    matrix.row_height(1, 45)
    # A4 portrait, three products a page with the 県支部 columns repeated: the 47 県支部 and the 全国計 on one page
    # (landscape broke the list after row 29), a product's 目標・実績・到達率 never split across pages
    per_page = 3 * MATRIX_PRODUCTS_PER_PAGE
    matrix.print_setup(landscape=False, title="報告B 新契約件数 県支部別", repeat_rows=(1, 2), repeat_columns=(0, 1),
                       area=(0, 0, total_row, last_col), across=True,
                       v_breaks=list(range(2 + per_page, last_col + 1, per_page)))
    return cols


def _summary_block(summary: SafeSheet, r: int, n: int, p, f: _Fmt, cols: dict, pref_row: dict,
                   total_row: int) -> tuple[int, int]:
    """One product's block; returns (the row of its totals, the next free row)."""
    ct, ca, _ = cols[p.product]
    summary.text(r, 0, f"（{n}）{p.product}{_as_of(p)}", f.prod)
    r += 1
    for j, h in enumerate(("目標", "実績", "到達率", "目標達成県支部")):
        summary.text(r, j, h, f.head)
    r += 1
    m = _q(MATRIX_SHEET)
    tl, al = col_letter(ct), col_letter(ca)
    rng_t = f"{m}!${tl}${MATRIX_FIRST_ROW + 1}:${tl}${total_row}"
    rng_a = f"{m}!${al}${MATRIX_FIRST_ROW + 1}:${al}${total_row}"
    summary.formula(r, 0, f"{m}!{a1(total_row, ct)}", p.target, f.cnt)
    summary.formula(r, 1, f"{m}!{a1(total_row, ca)}", p.actual, f.cnt)
    summary.formula(r, 2, f.rule.formula(a1(r, 1), a1(r, 0)), p.rate, f.rate)
    summary.formula(r, 3, f"SUMPRODUCT(({rng_t}>0)*({rng_a}>={rng_t}))", len(p.achievers), f.pref_cnt)
    totals_row = r
    r += 2
    for j, h in enumerate(("県支部", "目標", "実績", "到達率")):
        summary.text(r, j, h, f.head)
    r += 1
    if not p.achievers:
        summary.text(r, 0, "なし", f.txt)
        for j in (1, 2, 3):
            summary.text(r, j, "", f.txt)
        r += 1
    for b in p.achievers:
        mr = pref_row[b.figures.code]
        summary.text(r, 0, b.figures.name, f.txt)
        summary.formula(r, 1, f"{m}!{a1(mr, ct)}", b.figures.target, f.cnt)
        summary.formula(r, 2, f"{m}!{a1(mr, ca)}", b.figures.actual, f.cnt)
        summary.formula(r, 3, f.rule.formula(a1(r, 2), a1(r, 1)), b.rate, f.rate)
        r += 1
    if p.note:  # across the block's four columns, wrapped: a long note is printed whole, not cut at the margin
        summary.fit_row(r, [(p.note, NOTE_WIDTH)])
        summary.merge(r, 0, r, 3, p.note, f.note)
        r += 1
    return totals_row, r + 1


def _write_summary(summary: SafeSheet, result: ContractsResult, f: _Fmt, cols: dict, pref_row: dict,
                   total_row: int) -> tuple[dict, int]:
    """主要共済の実績: HQ's per-product blocks."""
    summary.text(0, 0, "新契約件数 主要共済の実績", f.title)
    summary.column_width(0, 0, 14)
    summary.column_width(1, 3, 14)
    summary.column_width(4, 4, 4)
    r = 2
    product_rows, starts = {}, []
    for n, p in enumerate(result.products, start=1):
        starts.append(r)
        product_rows[p.product], r = _summary_block(summary, r, n, p, f, cols, pref_row, total_row)
    # a product's block (heading, totals, achievers) never runs over a page break (the writer places the breaks by the
    # rows' real heights at the printing scale)
    summary.print_setup(landscape=False, title="報告B 新契約件数 主要共済の実績", area=(0, 0, r, 3), h_groups=starts)
    return product_rows, r


def _write_chart(book: SafeBook, chart_ws: SafeSheet, result: ContractsResult, f: _Fmt, product_rows: dict) -> None:
    """到達率 by product: a small table and a bar chart over it."""
    rule = result.rule
    chart_ws.text(0, 0, "商品", f.head)
    chart_ws.text(0, 1, "到達率", f.head)
    for i, p in enumerate(result.products, start=1):
        chart_ws.text(i, 0, p.product, f.txt)
        chart_ws.formula(i, 1, f"{_q(SUMMARY_SHEET)}!{a1(product_rows[p.product], 2)}", p.rate, f.rate)
    chart_ws.column_width(0, 0, 28)
    chart_ws.column_width(1, 1, 10)
    n = len(result.products)
    if n:
        chart = book.chart({"type": "bar"}, [{
            "name": "到達率",
            "categories": [CHART_SHEET, 1, 0, n, 0],
            "values": [CHART_SHEET, 1, 1, n, 1],
            "data_labels": {"value": True, "num_format": rule.number_format()},
            "fill": {"color": "#5B9BD5"},
        }], title={"name": "商品別 到達率", "name_font": {"name": "游ゴシック"}},
            x_axis={"num_format": "0%", "major_gridlines": {"visible": True}, "name": "到達率"},
            y_axis={"reverse": True, "num_font": {"name": "游ゴシック"}}, legend={"none": True},
            size={"width": 720, "height": 60 + 30 * n})
        chart_ws.chart(0, 3, chart)
    chart_ws.print_setup(landscape=True, title="報告B 商品別 到達率", fit=(1, 1))
