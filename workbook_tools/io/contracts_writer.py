"""Write Report B: HQ's per-product blocks, the 県支部 matrix, a chart."""
from __future__ import annotations

from workbook_tools.core.contracts import ContractsResult
from workbook_tools.core.prefectures import prefectures
from workbook_tools.io.readers import a1, col_letter
from workbook_tools.io.writer import SafeBook

SUMMARY_SHEET = "主要共済の実績"
MATRIX_SHEET = "県支部別"
CHART_SHEET = "到達率グラフ"
MATRIX_FIRST_ROW = 3  # 0-based: two header rows + a title row before it


def _q(sheet: str) -> str:
    return "'" + sheet.replace("'", "''") + "'"


def write_contracts(book: SafeBook, result: ContractsResult) -> dict:
    rule = result.rule
    summary = book.sheet(SUMMARY_SHEET)
    matrix = book.sheet(MATRIX_SHEET)
    chart_ws = book.sheet(CHART_SHEET)
    prefs = prefectures()
    pref_row = {p.code: MATRIX_FIRST_ROW + i for i, p in enumerate(prefs)}
    total_row = MATRIX_FIRST_ROW + len(prefs)

    f_title = book.fmt(bold=True, font_size=14)
    f_prod = book.fmt(bold=True, font_size=12)
    f_head = book.fmt(bold=True, bg_color="#DDEBF7", border=1, align="center", valign="vcenter", text_wrap=True)
    f_cnt = book.fmt(border=1, num_format='#,##0" 件"')
    f_pref_cnt = book.fmt(border=1, num_format='0" 県"', align="center")
    f_rate = book.fmt(border=1, num_format=rule.number_format())
    f_txt = book.fmt(border=1)
    f_int = book.fmt(border=1, num_format="#,##0")
    f_tot = book.fmt(border=1, bold=True, num_format="#,##0", bg_color="#FFF2CC")
    f_tot_rate = book.fmt(border=1, bold=True, num_format=rule.number_format(), bg_color="#FFF2CC")
    f_tot_lbl = book.fmt(border=1, bold=True, bg_color="#FFF2CC")
    f_note = book.fmt(italic=True)
    hi = book.fmt(bg_color="#C6EFCE", font_color="#006100", border=1)

    # --- 県支部別 matrix: every 県支部 × product -----------------------------------
    matrix.text(0, 0, "新契約件数 県支部別（目標・実績・到達率）", f_title)
    matrix.text(1, 0, "県コード", f_head)
    matrix.text(1, 1, "県支部", f_head)
    matrix.merge_range(1, 0, 2, 0, "県コード", f_head)
    matrix.merge_range(1, 1, 2, 1, "県支部", f_head)
    cols: dict[str, tuple[int, int, int]] = {}
    for i, p in enumerate(result.products):
        c = 2 + 3 * i
        cols[p.product] = (c, c + 1, c + 2)
        as_of = f"（{p.as_of.year}年{p.as_of.month}月）" if p.as_of else ""
        matrix.merge_range(1, c, 1, c + 2, p.product + as_of, f_head)
        for j, h in enumerate(("目標", "実績", "到達率")):
            matrix.text(2, c + j, h, f_head)
    for pref in prefs:
        r = pref_row[pref.code]
        matrix.text(r, 0, pref.code, f_txt)
        matrix.text(r, 1, pref.name, f_txt)
    for p in result.products:
        ct, ca, cr = cols[p.product]
        by_code = {b.figures.code: b for b in p.branches}
        for pref in prefs:
            r = pref_row[pref.code]
            b = by_code.get(pref.code)
            matrix.number(r, ct, b.figures.target if b else None, f_int)
            matrix.number(r, ca, b.figures.actual if b else None, f_int)
            matrix.formula(r, cr, rule.formula(a1(r, ca), a1(r, ct)), b.rate if b else None, f_rate)
        first, last = MATRIX_FIRST_ROW, total_row - 1
        matrix.formula(total_row, ct, f"SUM({a1(first, ct)}:{a1(last, ct)})", p.target, f_tot)
        matrix.formula(total_row, ca, f"SUM({a1(first, ca)}:{a1(last, ca)})", p.actual, f_tot)
        matrix.formula(total_row, cr, rule.formula(a1(total_row, ca), a1(total_row, ct)), p.rate, f_tot_rate)
        tl, al = col_letter(ct), col_letter(ca)
        matrix.conditional_format(first, ct, last, cr, {
            "type": "formula", "criteria": f"=AND(N(${tl}{first + 1})>0,N(${al}{first + 1})>=${tl}{first + 1})",
            "format": hi})
    matrix.text(total_row, 0, "", f_tot_lbl)
    matrix.text(total_row, 1, "全国計", f_tot_lbl)
    last_col = 1 + 3 * len(result.products)
    matrix.set_column(0, 0, 7)
    matrix.set_column(1, 1, 9)
    matrix.set_column(2, max(last_col, 2), 9)
    matrix.freeze_panes(MATRIX_FIRST_ROW, 2)
    matrix.set_row(1, 45)
    matrix.set_landscape()
    matrix.set_paper(9)
    matrix.fit_to_pages(2, 0)  # 11 products × 3 columns: two A4 pages wide, 県支部 repeated
    matrix.repeat_rows(1, 2)
    matrix.repeat_columns(0, 1)

    # --- 主要共済の実績: HQ's per-product blocks -------------------------------------
    summary.text(0, 0, "新契約件数 主要共済の実績", f_title)
    summary.set_column(0, 0, 14)
    summary.set_column(1, 3, 14)
    summary.set_column(4, 4, 4)
    r = 2
    product_rows = {}
    for n, p in enumerate(result.products, start=1):
        ct, ca, cr = cols[p.product]
        as_of = f"（{p.as_of.year}年{p.as_of.month}月）" if p.as_of else ""
        summary.text(r, 0, f"（{n}）{p.product}{as_of}", f_prod)
        r += 1
        for j, h in enumerate(("目標", "実績", "到達率", "目標達成県支部")):
            summary.text(r, j, h, f_head)
        r += 1
        m = _q(MATRIX_SHEET)
        tl, al = col_letter(ct), col_letter(ca)
        rng_t = f"{m}!${tl}${MATRIX_FIRST_ROW + 1}:${tl}${total_row}"
        rng_a = f"{m}!${al}${MATRIX_FIRST_ROW + 1}:${al}${total_row}"
        summary.formula(r, 0, f"{m}!{a1(total_row, ct)}", p.target, f_cnt)
        summary.formula(r, 1, f"{m}!{a1(total_row, ca)}", p.actual, f_cnt)
        summary.formula(r, 2, rule.formula(a1(r, 1), a1(r, 0)), p.rate, f_rate)
        summary.formula(r, 3, f"SUMPRODUCT(({rng_t}>0)*({rng_a}>={rng_t}))", len(p.achievers), f_pref_cnt)
        product_rows[p.product] = r
        r += 2
        for j, h in enumerate(("県支部", "目標", "実績", "到達率")):
            summary.text(r, j, h, f_head)
        r += 1
        if not p.achievers:
            summary.text(r, 0, "なし", f_txt)
            for j in (1, 2, 3):
                summary.text(r, j, "", f_txt)
            r += 1
        for b in p.achievers:
            mr = pref_row[b.figures.code]
            summary.text(r, 0, b.figures.name, f_txt)
            summary.formula(r, 1, f"{m}!{a1(mr, ct)}", b.figures.target, f_cnt)
            summary.formula(r, 2, f"{m}!{a1(mr, ca)}", b.figures.actual, f_cnt)
            summary.formula(r, 3, rule.formula(a1(r, 2), a1(r, 1)), b.rate, f_rate)
            r += 1
        if p.note:
            summary.text(r, 0, p.note, f_note)
            r += 1
        r += 1
    summary.set_portrait()
    summary.set_paper(9)
    summary.fit_to_pages(1, 0)
    summary.print_area(0, 0, r, 3)

    # --- chart of 到達率 by product --------------------------------------------------
    chart_ws.text(0, 0, "商品", f_head)
    chart_ws.text(0, 1, "到達率", f_head)
    for i, p in enumerate(result.products, start=1):
        chart_ws.text(i, 0, p.product, f_txt)
        chart_ws.formula(i, 1, f"{_q(SUMMARY_SHEET)}!{a1(product_rows[p.product], 2)}", p.rate, f_rate)
    chart_ws.set_column(0, 0, 28)
    chart_ws.set_column(1, 1, 10)
    n = len(result.products)
    if n:
        chart = book.wb.add_chart({"type": "bar"})
        chart.add_series({
            "name": "到達率",
            "categories": [CHART_SHEET, 1, 0, n, 0],
            "values": [CHART_SHEET, 1, 1, n, 1],
            "data_labels": {"value": True, "num_format": rule.number_format()},
            "fill": {"color": "#5B9BD5"},
        })
        chart.set_title({"name": "商品別 到達率", "name_font": {"name": "游ゴシック"}})
        chart.set_x_axis({"num_format": "0%", "major_gridlines": {"visible": True}, "name": "到達率"})
        chart.set_y_axis({"reverse": True, "num_font": {"name": "游ゴシック"}})
        chart.set_legend({"none": True})
        chart.set_size({"width": 720, "height": 60 + 30 * n})
        chart_ws.insert_chart(0, 3, chart)
    chart_ws.set_landscape()
    chart_ws.set_paper(9)
    chart_ws.fit_to_pages(1, 1)
    return {"matrix_rows": pref_row, "matrix_cols": cols, "product_rows": product_rows, "total_row": total_row}
