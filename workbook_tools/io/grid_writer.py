"""Write a computed Report A grid in HQ's layout: live formulas, right cached
values, summary box, achievers highlighted, print-ready."""
from __future__ import annotations

from workbook_tools.core.grid import GridResult, UnionResult, UnionRow
from workbook_tools.errors import Problem
from workbook_tools.forms import grid as form
from workbook_tools.io.readers import a1, col_letter
from workbook_tools.io.writer import SafeBook, SafeSheet

TITLE_ROW = 0
SUMMARY_HEAD_ROW = 1
SUMMARY_ROW = 2
YEAR_ROW = 4
HEADER_ROW = 5
FIRST_DATA_ROW = 6
SUMMARY_COL = 3  # the box sits above the union names


def write_grid_sheet(book: SafeBook, result: GridResult, sheet_name: str) -> dict:
    """Returns where things are, for tests and for the UDF/array layer."""
    spec = result.spec
    rule = spec.rule
    slots = form.plan_columns(spec)
    col = {}
    for i, s in enumerate(slots):
        col.setdefault((s.key, s.year), i)
    month_col = {s.ym: i for i, s in enumerate(slots) if s.key == "month"}
    ws = book.sheet(sheet_name)

    f_title = book.fmt(bold=True, font_size=14)
    f_head = book.fmt(bold=True, bg_color="#DDEBF7", border=1, align="center", valign="vcenter", text_wrap=True)
    f_year = book.fmt(bold=True, bg_color="#BDD7EE", border=1, align="center")
    f_text = book.fmt(border=1)
    f_code = book.fmt(border=1, align="center")
    f_int = book.fmt(border=1, num_format="#,##0")
    f_month = book.fmt(border=1, num_format="#,##0;[Red]-#,##0")
    f_calc = book.fmt(border=1, num_format="#,##0;[Red]-#,##0", bg_color="#F2F2F2")
    f_rate = book.fmt(border=1, num_format=rule.number_format(), bg_color="#F2F2F2")
    f_tot_lbl = book.fmt(border=1, bold=True, bg_color="#FFF2CC")
    f_tot = book.fmt(border=1, bold=True, num_format="#,##0;[Red]-#,##0", bg_color="#FFF2CC")
    f_tot_rate = book.fmt(border=1, bold=True, num_format=rule.number_format(), bg_color="#FFF2CC")
    f_note = book.fmt(italic=True)
    f_box_h = book.fmt(bold=True, border=1, bg_color="#DDEBF7", align="center")
    f_box = book.fmt(border=1, num_format="#,##0", align="center")
    f_box_rate = book.fmt(border=1, num_format=rule.number_format(), align="center")

    ws.text(TITLE_ROW, 0, form.title(spec), f_title)

    # Year labels merged across each year's month columns (+ its 累計 column).
    for y in spec.years:
        cols = [i for i, s in enumerate(slots) if s.year == y and s.key in ("month", "cum_past")]
        if len(cols) > 1:
            ws.merge_range(YEAR_ROW, cols[0], YEAR_ROW, cols[-1], f"{y}年度", f_year)
    for i, s in enumerate(slots):
        ws.text(HEADER_ROW, i, s.header, f_head)

    main, sector = result.main, result.sector
    r = FIRST_DATA_ROW
    first_main = r
    for union, res in main:
        _write_union(ws, r, union, res, slots, col, month_col, spec, rule,
                     (f_code, f_text, f_int, f_month, f_calc, f_rate))
        r += 1
    last_main = r - 1
    total_row = r
    _write_totals(ws, total_row, result, slots, col, first_main, last_main, rule,
                  (f_tot_lbl, f_tot, f_tot_rate))
    r += 2
    note_row = r
    ws.text(note_row, 0, form.SECTOR_NOTE, f_note)
    r += 1
    first_sector = r
    for union, res in sector:
        _write_union(ws, r, union, res, slots, col, month_col, spec, rule,
                     (f_code, f_text, f_int, f_month, f_calc, f_rate))
        r += 1
    last_row = max(r - 1, total_row)

    # Summary box (formulas on the main rows only).
    s = result.summary
    for i, h in enumerate(form.SUMMARY_HEADERS):
        ws.text(SUMMARY_HEAD_ROW, SUMMARY_COL + i, h, f_box_h)
    tgt_c, cum_c = col[("target", None)], col[("cumulative", None)]
    name_c = col[("union_name", None)]
    rng = lambda c: f"{col_letter(c)}{first_main + 1}:{col_letter(c)}{last_main + 1}"  # noqa: E731
    ws.formula(SUMMARY_ROW, SUMMARY_COL, f"COUNTA({rng(name_c)})", s.unions, f_box)
    ws.formula(SUMMARY_ROW, SUMMARY_COL + 1, a1(total_row, tgt_c), s.target, f_box)
    ws.formula(SUMMARY_ROW, SUMMARY_COL + 2, a1(total_row, cum_c), s.actual, f_box)
    ws.formula(SUMMARY_ROW, SUMMARY_COL + 3,
               rule.formula(a1(SUMMARY_ROW, SUMMARY_COL + 2), a1(SUMMARY_ROW, SUMMARY_COL + 1)),
               s.rate, f_box_rate)
    ws.formula(SUMMARY_ROW, SUMMARY_COL + 4,
               f"SUMPRODUCT(({rng(tgt_c)}>0)*({rng(cum_c)}>={rng(tgt_c)}))", s.achievers, f_box)

    # Achievers highlighted (main and sector rows).
    last_c = len(slots) - 1
    cond = f"=AND(N(${col_letter(tgt_c)}{first_main + 1})>0,${col_letter(cum_c)}{first_main + 1}>=${col_letter(tgt_c)}{first_main + 1})"
    hi = book.fmt(bg_color="#C6EFCE", font_color="#006100", border=1)
    if main:
        ws.conditional_format(first_main, 0, last_main, last_c, {"type": "formula", "criteria": cond, "format": hi})
    if sector:
        cond_s = cond.replace(str(first_main + 1), str(first_sector + 1))
        ws.conditional_format(first_sector, 0, r - 1, last_c, {"type": "formula", "criteria": cond_s, "format": hi})

    # Borders for blank month cells: one conditional format instead of ~50k blank cells.
    border = book.fmt(border=1)
    month_cols = sorted(month_col.values())
    for lo_r, hi_r in ((first_main, last_main), (first_sector, r - 1)):
        if hi_r >= lo_r:
            ws.conditional_format(lo_r, month_cols[0], hi_r, month_cols[-1] + 1, {"type": "blanks", "format": border})

    # Layout, freeze, filter, print.
    ws.set_row(HEADER_ROW, 30)
    ws.set_column(0, 0, 6)
    ws.set_column(1, 1, 7)
    ws.set_column(2, 2, 6)
    ws.set_column(3, 3, 26)
    ws.set_column(4, 7, 8)
    ws.set_column(8, last_c - 6, 6)
    ws.set_column(last_c - 5, last_c - 1, 8)
    ws.set_column(last_c, last_c, 7)
    ws.freeze_panes(FIRST_DATA_ROW, col[("union_name", None)] + 1)
    ws.autofilter(HEADER_ROW, 0, max(last_main, HEADER_ROW), last_c)
    ws.set_landscape()
    ws.set_paper(9)  # A4
    ws.fit_to_pages(1, 0)
    ws.repeat_rows(YEAR_ROW, HEADER_ROW)
    ws.print_area(0, 0, last_row, last_c)
    ws.set_footer("&C&P / &N ページ")
    return {"first_main": first_main, "last_main": last_main, "total_row": total_row,
            "first_sector": first_sector, "last_row": r - 1, "columns": col, "month_columns": month_col,
            "slots": slots}


def _write_union(ws: SafeSheet, r: int, u: UnionRow, x: UnionResult, slots, col, month_col, spec, rule, fmts):
    f_code, f_text, f_int, f_month, f_calc, f_rate = fmts
    n = r + 1

    def ref(key, year=None):
        return f"{col_letter(col[(key, year)])}{n}"

    ws.text(r, col[("pref_code", None)], u.pref_code, f_code)
    ws.text(r, col[("pref_name", None)], u.pref_name, f_text)
    ws.text(r, col[("union_code", None)], u.union_code, f_code)
    ws.text(r, col[("union_name", None)], u.name, f_text)
    ws.number(r, col[("members", None)], u.members, f_int)
    ws.number(r, col[("policies", None)], u.policies, f_int)
    ws.formula(r, col[("join_rate", None)], rule.formula(ref("policies"), ref("members")), x.join_rate, f_rate)
    ws.text(r, col[("effective", None)], u.effective, f_code)
    get = u.monthly.get
    for ym, c in month_col.items():
        v = get(ym)
        if v is not None:  # blank months get their border from one conditional format
            ws.ws.write_number(r, c, v, f_month)
    for y in spec.years[:2]:
        months = spec.months(y)
        first, last = month_col[months[0]], month_col[months[-1]]
        cut = month_col[spec.months_to_cutoff(y)[-1]]
        ws.formula(r, col[("year_total", y)], f"SUM({a1(r, first)}:{a1(r, last)})", x.year_totals[y], f_calc)
        ws.formula(r, col[("cum_past", y)], f"SUM({a1(r, first)}:{a1(r, cut)})", x.cumulative_past[y], f_calc)
    cur = spec.months_to_cutoff(spec.fiscal_year)
    ws.formula(r, col[("cumulative", None)],
               f"SUM({a1(r, month_col[cur[0]])}:{a1(r, month_col[cur[-1]])})", x.cumulative, f_calc)
    ws.number(r, col[("target", None)], u.target, f_int)
    ws.formula(r, col[("yoy", None)], f"{ref('cumulative')}-{ref('cum_past', spec.fiscal_year - 1)}", x.yoy, f_calc)
    ws.formula(r, col[("achievement", None)], rule.formula(ref("cumulative"), ref("target")), x.achievement, f_rate)
    ws.formula(r, col[("remaining", None)], f'IF({ref("target")}="","",{ref("target")}-{ref("cumulative")})',
               x.remaining, f_calc)
    ws.text(r, col[("pref_name_right", None)], u.pref_name, f_text)


def _write_totals(ws: SafeSheet, r: int, result: GridResult, slots, col, first: int, last: int, rule, fmts):
    f_lbl, f_tot, f_rate = fmts
    t = result.totals
    for c in range(4):
        ws.text(r, c, "合計" if c == 3 else "", f_lbl)
    cached = {
        "members": t.members, "policies": t.policies, "cumulative": t.cumulative, "target": t.target,
        "yoy": t.yoy, "remaining": t.remaining,
    }
    for i, s in enumerate(slots):
        if s.key in ("pref_code", "pref_name", "union_code", "union_name"):
            continue
        if s.key in ("effective", "pref_name_right"):
            ws.text(r, i, "", f_lbl)
            continue
        if s.key == "join_rate":
            ws.formula(r, i, rule.formula(a1(r, col[("policies", None)]), a1(r, col[("members", None)])),
                       t.join_rate, f_rate)
            continue
        if s.key == "achievement":
            ws.formula(r, i, rule.formula(a1(r, col[("cumulative", None)]), a1(r, col[("target", None)])),
                       t.achievement, f_rate)
            continue
        if s.key == "month":
            value = t.monthly[s.ym]
        elif s.key == "year_total":
            value = t.year_totals[s.year]
        elif s.key == "cum_past":
            value = t.cumulative_past[s.year]
        else:
            value = cached[s.key]
        if last < first:
            ws.number(r, i, 0, f_tot)
        else:
            ws.formula(r, i, f"SUM({a1(first, i)}:{a1(last, i)})", value, f_tot)


def write_checks_sheet(book: SafeBook, problems: list[Problem], sheet_name: str = "チェック") -> None:
    ws = book.sheet(sheet_name)
    head = book.fmt(bold=True, bg_color="#DDEBF7", border=1)
    cell = book.fmt(border=1, text_wrap=True, valign="top")
    headers = ["重要度", "ファイル", "シート", "セル", "内容", "対応"]
    for i, h in enumerate(headers):
        ws.text(0, i, h, head)
    if not problems:
        ws.text(1, 0, "問題は見つかりませんでした", cell)
    for r, p in enumerate(problems, start=1):
        for i, v in enumerate([p.severity, p.file, p.sheet, p.cell, p.message, p.action]):
            ws.text(r, i, v, cell)
    ws.set_column(0, 0, 8)
    ws.set_column(1, 1, 24)
    ws.set_column(2, 3, 12)
    ws.set_column(4, 5, 60)
    ws.freeze_panes(1, 0)
    ws.autofilter(0, 0, max(len(problems), 1), len(headers) - 1)
    ws.set_landscape()
    ws.set_paper(9)
    ws.fit_to_pages(1, 0)
    ws.repeat_rows(0)
