"""Write a computed Report A grid in HQ's layout: live formulas, right cached
values, summary box, achievers highlighted, print-ready.

The same writer makes the blank grid template (``template=True``): input
cells shaded and unlocked, sheet protected, and the cutoff month an input
cell that every 累計 / 累積 formula follows (SUMIF over a hidden row of
fiscal-month positions), so a sheet filled by hand is right before any
Python runs.
"""
from __future__ import annotations

from operator import itemgetter
from typing import Callable

from workbook_tools.core.calendar import YearMonth
from workbook_tools.core.grid import GridResult, GridSpec, UnionResult, UnionRow, compute_grid
from workbook_tools.errors import Problem
from workbook_tools.forms import grid as form
from workbook_tools.io.readers import a1, col_letter
from workbook_tools.io.writer import (AsFormula, SafeBook, column_points, plain_formula, text_columns,
                                     wrapped_height, write_problems_sheet)

TITLE_ROW = 0
SUMMARY_HEAD_ROW = 1
SUMMARY_ROW = 2
TITLE_PT = 12
POSITION_ROW = 3  # template only: hidden fiscal-month positions 1..12 over the month columns
YEAR_ROW = 4
HEADER_ROW = 5
FIRST_DATA_ROW = 6
SUMMARY_COL = 4  # the box sits right of the identity columns (県 … 単組), so that it prints on the first page only
CUTOFF_LABEL = (SUMMARY_HEAD_ROW, 0)  # template: 締め月 input at A3, its fiscal position at B3
CUTOFF_CELL = (SUMMARY_ROW, 0)
CUTOFF_POS_CELL = (SUMMARY_ROW, 1)
INPUT_FILL = "#FFF2CC"
_ROW = "\x00"  # stands for the row number while a row's formulas are built once
_first = itemgetter(0)
INPUT_KEYS = ("pref_code", "pref_name", "union_code", "union_name", "members", "policies", "effective", "target")


class _GridWriter:
    def __init__(self, book: SafeBook, result: GridResult, sheet_name: str, template: bool,
                 password: str | None = None) -> None:
        self.book, self.result, self.template, self.password = book, result, template, password
        self.spec: GridSpec = result.spec
        self.rule = self.spec.rule
        self.slots = form.plan_columns(self.spec)
        self.col: dict = {}
        for i, s in enumerate(self.slots):
            self.col.setdefault((s.key, s.year), i)
        self.month_col = {s.ym: i for i, s in enumerate(self.slots) if s.key == "month"}
        self.letters = [col_letter(i) for i in range(len(self.slots))]
        self.month_items = tuple(self.month_col.items())
        (self.c_pref_code, self.c_pref_name, self.c_union_code, self.c_union_name, self.c_members,
         self.c_policies, self.c_effective, self.c_target) = (self.col[(k, None)] for k in INPUT_KEYS)
        self.ws = book.sheet(sheet_name)
        b = book.fmt
        inp = {"bg_color": INPUT_FILL, "locked": False} if template else {}
        self.f_head = b(bold=True, bg_color="#DDEBF7", border=1, align="center", valign="vcenter", text_wrap=True)
        self.f_year = b(bold=True, bg_color="#BDD7EE", border=1, align="center")
        self.f_text = b(border=1, **inp)
        self.f_code = b(border=1, align="center", **inp)
        self.f_int = b(border=1, num_format="#,##0", **inp)
        self.f_month = b(border=1, num_format="#,##0;[Red]-#,##0", **inp)
        # the blank template hides zeros so that unused rows stay clean
        counts = "#,##0;[Red]-#,##0" + (';""' if template else "")
        self.f_calc = b(border=1, num_format=counts, bg_color="#F2F2F2")
        # 残件数 below zero is good news: the target is exceeded, shown as 「超過 N」 in green, never red
        # (no colour code in the format: LibreOffice printed [Color10] pale grey; a negative 残件数 is an achiever's,
        # whose row the achievers' conditional format already writes in dark green)
        self.f_remaining = b(border=1, num_format='#,##0;"超過 "#,##0' + (';""' if template else ""),
                             bg_color="#F2F2F2")
        self.f_rate = b(border=1, num_format=self.rule.number_format(), bg_color="#F2F2F2")
        self.f_tot_lbl = b(border=1, bold=True, bg_color="#FFF2CC" if not template else "#E2EFDA")
        self.f_tot = b(border=1, bold=True, num_format="#,##0;[Red]-#,##0",
                       bg_color="#FFF2CC" if not template else "#E2EFDA")
        self.f_tot_rate = b(border=1, bold=True, num_format=self.rule.number_format(),
                            bg_color="#FFF2CC" if not template else "#E2EFDA")
        self.f_note = b(italic=True, text_wrap=True, valign="top")
        self.f_box_h = b(bold=True, border=1, bg_color="#DDEBF7", align="center", valign="vcenter", text_wrap=True)
        self.f_box = b(border=1, num_format="#,##0", align="center")
        self.f_box_rate = b(border=1, num_format=self.rule.number_format(), align="center")
        self.f_cut = b(border=1, align="center", num_format='0"月"', bg_color=INPUT_FILL, locked=False, bold=True)
        self.row_formulas = self._row_formulas()

    # -- cumulative windows --------------------------------------------------------
    def window_sum(self, n: str, year: int) -> str:
        """SUM from the fiscal-year start to the cutoff month, on sheet row ``n`` (1-based, as text)."""
        months = self.spec.months(year)
        first = self.month_col[months[0]]
        if self.template:
            last = self.month_col[months[-1]]
            pos = f"${self.letters[first]}${POSITION_ROW + 1}:${self.letters[last]}${POSITION_ROW + 1}"
            cut = f"${col_letter(CUTOFF_POS_CELL[1])}${CUTOFF_POS_CELL[0] + 1}"
            return f'SUMIF({pos},"<="&{cut},{self.letters[first]}{n}:{self.letters[last]}{n})'
        cut = self.month_col[self.spec.months_to_cutoff(year)[-1]]
        return f"SUM({self.letters[first]}{n}:{self.letters[cut]}{n})"

    # -- rows ------------------------------------------------------------------------
    def _row_formulas(self) -> list[tuple[int, list[str], Callable[[UnionResult], object], object]]:
        """Every formula of a union row, built once: (column, the text split where the row number goes,
        the cached value's getter, format).  A row's formula is ``str(row + 1).join(parts)``."""
        col, spec, rule, L = self.col, self.spec, self.rule, self.letters

        def ref(key, year=None):
            return f"{L[col[(key, year)]]}{_ROW}"

        plan: list[tuple[int, str, Callable[[UnionResult], object], object]] = [
            (col[("join_rate", None)], rule.formula(ref("policies"), ref("members")), lambda x: x.join_rate,
             self.f_rate)]
        for y in spec.years[:2]:
            months = spec.months(y)
            first, last = L[self.month_col[months[0]]], L[self.month_col[months[-1]]]
            plan.append((col[("year_total", y)], f"SUM({first}{_ROW}:{last}{_ROW})",
                         lambda x, y=y: x.year_totals[y], self.f_calc))
            plan.append((col[("cum_past", y)], self.window_sum(_ROW, y), lambda x, y=y: x.cumulative_past[y],
                         self.f_calc))
        plan += [
            (col[("cumulative", None)], self.window_sum(_ROW, spec.fiscal_year), lambda x: x.cumulative, self.f_calc),
            (col[("yoy", None)], f"{ref('cumulative')}-{ref('cum_past', spec.fiscal_year - 1)}", lambda x: x.yoy,
             self.f_calc),
            (col[("achievement", None)], rule.formula(ref("cumulative"), ref("target")), lambda x: x.achievement,
             self.f_rate),
            (col[("remaining", None)], f'IF({ref("target")}="","",{ref("target")}-{ref("cumulative")})',
             lambda x: x.remaining, self.f_remaining)]
        self.formulas_checked = all(plain_formula(text.replace(_ROW, "1")) for _, text, _, _ in plan)
        return [(c, text.split(_ROW), get, fmt) for c, text, get, fmt in plan]

    def union(self, r: int, u: UnionRow, x: UnionResult) -> None:
        """One union's row, written whole (SafeSheet.whole_row)."""
        n = str(r + 1)
        f_text, f_code, f_int = self.f_text, self.f_code, self.f_int
        cells: list[tuple[int, object, object]] = [
            (self.c_pref_code, u.pref_code or None, f_code), (self.c_pref_name, u.pref_name or None, f_text),
            (self.c_union_code, u.union_code or None, f_code), (self.c_union_name, u.name or None, f_text),
            (self.c_effective, u.effective or None, f_code), (self.c_members, u.members, f_int),
            (self.c_policies, u.policies, f_int), (self.c_target, u.target, f_int)]
        get, f_month = u.monthly.get, self.f_month
        if self.template:  # blank input cells; in an output, blank months get their border from a conditional format
            cells += [(c, get(ym), f_month) for ym, c in self.month_items]
        else:
            cells += [(c, v, f_month) for ym, c in self.month_items if (v := get(ym)) is not None]
        formulas = self.row_formulas
        if u.past_typed:  # a past year typed as its totals only: the totals as given, no SUM over empty months
            typed = {}
            for y in u.past_typed:
                if ("year_total", y) in self.col:
                    typed[self.col[("year_total", y)]] = x.year_totals[y]
                    typed[self.col[("cum_past", y)]] = x.cumulative_past[y]
            formulas = [f for f in formulas if f[0] not in typed]
            cells += [(c, v, self.f_calc) for c, v in typed.items()]
        cells += [(c, AsFormula(n.join(parts), cached(x)), fmt) for c, parts, cached, fmt in formulas]
        right = self.col[("pref_name_right", None)]
        if self.template:
            ref = f"{self.letters[self.c_pref_name]}{n}"
            cells.append((right, AsFormula(f'IF({ref}="","",{ref})', u.pref_name), self.f_calc))
        else:
            cells.append((right, u.pref_name or None, f_text))
        cells.sort(key=_first)
        self.ws.whole_row(r, cells, checked=self.formulas_checked)

    def totals(self, r: int, first: int, last: int) -> None:
        ws, col, rule, t = self.ws, self.col, self.rule, self.result.totals
        for c in range(4):
            ws.text(r, c, "合計" if c == 3 else "", self.f_tot_lbl)
        cached = {"members": t.members, "policies": t.policies, "cumulative": t.cumulative, "target": t.target,
                  "yoy": t.yoy, "remaining": t.remaining}
        for i, s in enumerate(self.slots):
            if s.key in ("pref_code", "pref_name", "union_code", "union_name"):
                continue
            if s.key in ("effective", "pref_name_right"):
                ws.text(r, i, "", self.f_tot_lbl)
            elif s.key == "join_rate":
                ws.formula(r, i, rule.formula(a1(r, col[("policies", None)]), a1(r, col[("members", None)])),
                           t.join_rate, self.f_tot_rate)
            elif s.key == "achievement":
                ws.formula(r, i, rule.formula(a1(r, col[("cumulative", None)]), a1(r, col[("target", None)])),
                           t.achievement, self.f_tot_rate)
            else:
                value = {"month": lambda: t.monthly[s.ym], "year_total": lambda: t.year_totals[s.year],
                         "cum_past": lambda: t.cumulative_past[s.year]}.get(s.key, lambda: cached[s.key])()
                if value is None:  # a past year's 累計 no union's sheet gave (its 年度計 alone): unknown, blank
                    ws.text(r, i, "", self.f_tot)
                elif last < first:
                    ws.number(r, i, 0, self.f_tot)
                else:
                    ws.formula(r, i, f"SUM({a1(first, i)}:{a1(last, i)})", value, self.f_tot)

    # -- the sheet ---------------------------------------------------------------------
    def write(self) -> dict:
        ws = self.ws
        self._title()
        if self.template:
            self._cutoff_input()
        self._headers()
        rows = self._body()
        self._summary_box(rows)
        self._highlights(rows)
        self._layout(rows)
        if self.template:
            self._template_names_and_validation(rows["first_main"], rows["last_main"], rows["first_sector"],
                                                rows["last_row"])
        return {**rows, "columns": self.col, "month_columns": self.month_col, "slots": self.slots}

    def _cutoff_input(self) -> None:
        """Template: the 締め月 input cell, its fiscal position and the hidden row of month positions."""
        ws, spec = self.ws, self.spec
        ws.text(CUTOFF_LABEL[0], CUTOFF_LABEL[1], "締め月", self.f_box_h)
        # the position's heading over two columns (one cut it: 「（年度内の月数）」 in a 7-wide column)
        ws.merge(CUTOFF_LABEL[0], CUTOFF_LABEL[1] + 1, CUTOFF_LABEL[0], CUTOFF_LABEL[1] + 2, "年度内の月数", self.f_box_h)
        ws.merge(CUTOFF_POS_CELL[0], CUTOFF_POS_CELL[1], CUTOFF_POS_CELL[0], CUTOFF_POS_CELL[1] + 1, "", self.f_box)
        ws.number(*CUTOFF_CELL, spec.cutoff.month, self.f_cut)
        ws.validation(*CUTOFF_CELL, *CUTOFF_CELL, {
            "validate": "integer", "criteria": "between", "minimum": 1, "maximum": 12,
            "input_title": "締め月", "input_message": "累計・累積件数を何月まで数えるか（1～12）",
            "error_title": "1～12 を入力してください", "error_message": "締め月は 1～12 の数字で入力してください。"})
        cut = a1(*CUTOFF_CELL)
        ws.formula(*CUTOFF_POS_CELL, f"MOD({cut}-{spec.start_month},12)+1",
                   spec.calendar.position(spec.cutoff.month) + 1, self.f_box)
        self.book.define_name("grid_cutoff_month", ws.name, f"${col_letter(CUTOFF_CELL[1])}${CUTOFF_CELL[0] + 1}")
        for y in spec.years:
            for pos, ym in enumerate(spec.months(y), start=1):
                ws.number(POSITION_ROW, self.month_col[ym], pos)
        ws.row_height(POSITION_ROW, None, hidden=True)

    def _headers(self) -> None:
        ws, slots = self.ws, self.slots
        for y in self.spec.years:
            cols = [i for i, s in enumerate(slots) if s.year == y and s.key in ("month", "cum_past")]
            ws.merge(YEAR_ROW, cols[0], YEAR_ROW, cols[-1], f"{y}年度", self.f_year)
        for i, s in enumerate(slots):
            if self.template and s.key == "cum_past":
                ws.formula(HEADER_ROW, i, f'{a1(*CUTOFF_CELL)}&"月累計"', s.header, self.f_head)
            else:
                ws.text(HEADER_ROW, i, s.header, self.f_head)

    def _body(self) -> dict:
        """Main unions, the total row, the 社保労連 note and rows; returns where they went."""
        r = first_main = FIRST_DATA_ROW
        for u, x in self.result.main:
            self.union(r, u, x)
            r += 1
        last_main = r - 1
        total_row = r
        self.totals(total_row, first_main, last_main)
        r += 2
        # the note within the identity columns, wrapped: they print on every page across (a longer line was cut
        # at their edge on the pages of months)
        width = sum(self._widths()[c] for c in range(self.c_union_name + 1))
        self.ws.merge(r, 0, r, self.c_union_name, form.SECTOR_NOTE, self.f_note)
        self.ws.row_height(r, wrapped_height(form.SECTOR_NOTE, width))
        r += 1
        first_sector = r
        for u, x in self.result.sector:
            self.union(r, u, x)
            r += 1
        # the achievers' colours explained below the table, in those colours (a legend that prints as the rows do)
        legend = r + 1
        self.ws.merge(legend, 0, legend, self.c_union_name, form.ACHIEVER_NOTE,
                      self.book.fmt(bg_color="#C6EFCE", font_color="#006100", text_wrap=True, valign="top"))
        self.ws.row_height(legend, wrapped_height(form.ACHIEVER_NOTE, width))
        return {"first_main": first_main, "last_main": last_main, "total_row": total_row,
                "first_sector": first_sector, "last_row": r - 1, "legend_row": legend}

    def _summary_box(self, rows: dict) -> None:
        """The box right of the identity columns (it prints on the first page only, whole); its last item
        (目標達成単組) over two of the narrow columns, the headings wrapped in a row tall enough for them."""
        ws, col, s, rule = self.ws, self.col, self.result.summary, self.rule
        first_main, last_main, total_row = rows["first_main"], rows["last_main"], rows["total_row"]
        widths, last = self._widths(), len(form.SUMMARY_HEADERS) - 1
        ws.fit_row(SUMMARY_HEAD_ROW, [(h, widths[SUMMARY_COL + i] + (widths[SUMMARY_COL + i + 1] if i == last else 0))
                                      for i, h in enumerate(form.SUMMARY_HEADERS)])
        for i, h in enumerate(form.SUMMARY_HEADERS):
            if i == last:
                ws.merge(SUMMARY_HEAD_ROW, SUMMARY_COL + i, SUMMARY_HEAD_ROW, SUMMARY_COL + i + 1, h, self.f_box_h)
                ws.merge(SUMMARY_ROW, SUMMARY_COL + i, SUMMARY_ROW, SUMMARY_COL + i + 1, "", self.f_box)
            else:
                ws.text(SUMMARY_HEAD_ROW, SUMMARY_COL + i, h, self.f_box_h)
        tgt_c, cum_c, name_c = col[("target", None)], col[("cumulative", None)], col[("union_name", None)]

        def rng(c):
            return f"{self.letters[c]}{first_main + 1}:{self.letters[c]}{last_main + 1}"

        ws.formula(SUMMARY_ROW, SUMMARY_COL, f"COUNTA({rng(name_c)})", s.unions, self.f_box)
        ws.formula(SUMMARY_ROW, SUMMARY_COL + 1, a1(total_row, tgt_c), s.target, self.f_box)
        ws.formula(SUMMARY_ROW, SUMMARY_COL + 2, a1(total_row, cum_c), s.actual, self.f_box)
        ws.formula(SUMMARY_ROW, SUMMARY_COL + 3,
                   rule.formula(a1(SUMMARY_ROW, SUMMARY_COL + 2), a1(SUMMARY_ROW, SUMMARY_COL + 1)),
                   s.rate, self.f_box_rate)
        ws.formula(SUMMARY_ROW, SUMMARY_COL + 4, f"SUMPRODUCT(({rng(tgt_c)}>0)*({rng(cum_c)}>={rng(tgt_c)}))",
                   s.achievers, self.f_box)

    def _highlights(self, rows: dict) -> None:
        """Achievers in green; blank month cells get their border from one conditional format."""
        ws, last_c = self.ws, len(self.slots) - 1
        T, C = self.letters[self.col[("target", None)]], self.letters[self.col[("cumulative", None)]]
        hi = self.book.fmt(bg_color="#C6EFCE", font_color="#006100", border=1)
        border = self.book.fmt(border=1)
        month_cols = sorted(self.month_col.values())
        for lo_r, hi_r in ((rows["first_main"], rows["last_main"]), (rows["first_sector"], rows["last_row"])):
            if hi_r < lo_r:
                continue
            ws.conditional_format(lo_r, 0, hi_r, last_c, {
                "type": "formula", "criteria": f"=AND(N(${T}{lo_r + 1})>0,${C}{lo_r + 1}>=${T}{lo_r + 1})",
                "format": hi})
            if not self.template:
                ws.conditional_format(lo_r, month_cols[0], hi_r, month_cols[-1] + 1,
                                      {"type": "blanks", "format": border})

    def _column_widths(self) -> list[tuple[int, int, float]]:
        """(first, last, width) of the sheet's columns."""
        last_c = len(self.slots) - 1
        return [(0, 0, 6), (1, 1, 7), (2, 2, 6), (3, 3, 26), (4, 7, 8), (8, last_c - 6, 6), (last_c - 5, last_c - 1, 8),
                (last_c, last_c, 7)]

    def _widths(self) -> dict[int, float]:
        return {c: w for first, last, w in self._column_widths() for c in range(first, last + 1)}

    def _title(self) -> None:
        """The title in two parts (`form.title_parts`): the year and the report's name on two lines within the
        identity columns (県 … 単組), which print on every page across, so no page shows it cut at their edge; the
        period beside it, on the first page only.  The period's font is 12 pt bold, smaller (not under 10 pt) where
        it would run past the first page's columns (those before the first year's months)."""
        ws, widths, name_c = self.ws, self._widths(), self.c_union_name
        head, period = form.title_parts(self.spec, with_cutoff=not self.template)
        ws.merge(TITLE_ROW, 0, TITLE_ROW, name_c, head, self.book.fmt(bold=True, font_size=TITLE_PT, text_wrap=True,
                                                                        valign="vcenter"))
        ws.row_height(TITLE_ROW, wrapped_height(head, sum(widths[c] for c in range(name_c + 1)), TITLE_PT))
        edge = self.month_col[self.spec.months(self.spec.years[0])[0]]
        room = sum(column_points(widths[c], narrowest=True) for c in range(name_c + 1, edge))
        wide = text_columns(period) - len(period)  # full-width characters (a half-width one is about 0.55 of them)
        size = max(10, min(TITLE_PT, int(room / (wide + 0.55 * (len(period) - wide)))))
        ws.text(TITLE_ROW, name_c + 1, period, self.book.fmt(bold=True, font_size=size, valign="vcenter"))

    def _layout(self, rows: dict) -> None:
        ws, last_c = self.ws, len(self.slots) - 1
        ws.row_height(HEADER_ROW, 30)
        for first, last, width in self._column_widths():
            ws.column_width(first, last, width)
        ws.freeze(FIRST_DATA_ROW, self.col[("union_name", None)] + 1)
        ws.filter(HEADER_ROW, 0, max(rows["last_main"], HEADER_ROW), last_c)
        # 54 columns do not fit a page at a readable size: column groups on further pages, each with
        # the title rows and the identity columns (県 … 単組) repeated; pages run across, then down.  Each fiscal
        # year starts a page, as do the results (累積件数 …): a year's heading never stands over another year's
        # months, nor is cut in two (the first page: the unions, their members, targets and past years' totals)
        breaks = [self.month_col[self.spec.months(y)[0]] for y in self.spec.years] + [self.col[("cumulative", None)]]
        # (the year and start month in the page header too: the pages after the first rows print no title)
        ws.print_setup(landscape=True, title=f"報告A {form.TITLE}（{self.spec.fiscal_year}年度・{self.spec.start_month}月開始）",
                       dated=not self.template, repeat_rows=(YEAR_ROW, HEADER_ROW),
                       repeat_columns=(0, self.col[("union_name", None)]), across=True, v_breaks=breaks,
                       area=(0, 0, max(rows["last_row"], rows["total_row"], rows["legend_row"]), last_c))

    def _template_names_and_validation(self, first: int, last: int, first_s: int, last_s: int) -> None:
        ws, L = self.ws, self.letters
        for key in INPUT_KEYS + ("cumulative", "achievement", "remaining"):
            c = self.col[(key, None)]
            self.book.define_name(f"grid_{key}", ws.name, f"${L[c]}${first + 1}:${L[c]}${last + 1}")
        for i, h in enumerate(("unions", "target", "actual", "rate", "achievers")):
            self.book.define_name(f"grid_summary_{h}", ws.name, f"${L[SUMMARY_COL + i]}${SUMMARY_ROW + 1}")
        count = {"validate": "integer", "criteria": ">=", "value": 0, "input_title": "件数",
                 "input_message": "0 以上の整数で入力してください。", "error_title": "0 以上の整数を入力してください",
                 "error_message": "件数は 0 以上の整数で入力してください。"}
        month_cols = sorted(self.month_col.values())
        for lo, hi in ((first, last), (first_s, last_s)):
            if hi < lo:
                continue
            ws.validation(lo, month_cols[0], hi, month_cols[-1], count)
            for key in ("members", "policies", "target"):
                ws.validation(lo, self.col[(key, None)], hi, self.col[(key, None)], count)
        ws.protect(self.password, {"autofilter": True, "format_columns": True, "format_rows": True,
                        "select_locked_cells": True, "select_unlocked_cells": True})


def write_grid_sheet(book: SafeBook, result: GridResult, sheet_name: str, *, template: bool = False,
                     password: str | None = None) -> dict:
    book.title = book.title or f"報告A {form.TITLE}"
    return _GridWriter(book, result, sheet_name, template, password).write()


def write_grid_template(book: SafeBook, fiscal_year: int, rows: int, password: str | None = None,
                        start_month: int = 6, cutoff_month: int = 2) -> dict:
    from workbook_tools.io.template_writer import stamp

    spec = GridSpec(start_month, fiscal_year,
                    YearMonth(fiscal_year + (1 if cutoff_month < start_month else 0), cutoff_month))
    blank = [UnionRow("", "", "", "") for _ in range(rows)]
    blank += [UnionRow("60", "社保労連", "", "") for _ in range(5)]
    info = write_grid_sheet(book, compute_grid(blank, spec), f"{fiscal_year}年度_{start_month}月開始", template=True,
                            password=password)
    stamp(book, form.KIND, form.VERSION, fiscal_year)
    return info


def write_checks_sheet(book: SafeBook, problems: list[Problem], sheet_name: str = "チェック") -> None:
    write_problems_sheet(book, problems, sheet_name)
