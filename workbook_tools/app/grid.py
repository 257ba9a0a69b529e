"""Report A job: read an HQ grid, recompute it, write HQ's layout + checks."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from workbook_tools.core.calendar import FiscalCalendar, YearMonth
from workbook_tools.core.grid import GridResult, GridSpec, compute_grid
from workbook_tools.core.normalize import EXCEL_MAX_NUMBER, label_key, parse_count
from workbook_tools.core.rounding import REPORT_RULES, RoundingRule
from workbook_tools.errors import INFO, WARNING, InputError, Problem
from workbook_tools.io.grid_reader import (GridInput, cutoff_guessed, read_grid, read_targets, stacked_tables,
                                          table_ranges)
from workbook_tools.io.readers import a1, col_letter, open_book


@dataclass
class GridJob:
    input: GridInput
    result: GridResult
    problems: list[Problem] = field(default_factory=list)


def load_grid(path: Path, *, sheet: str | None = None, start_month: int | None = None,
              cutoff: YearMonth | None = None, fiscal_year: int | None = None) -> tuple[GridInput, str]:
    book = open_book(path)
    if sheet and sheet not in book.sheet_names:
        raise InputError(f"シート「{sheet}」がありません（あるシート: {'、'.join(book.sheet_names)}）", file=path.name)
    # a sheet hidden in Excel (last month's copy, a work sheet) is read only when no sheet in sight is a grid
    hidden = set() if sheet else book.hidden_sheets()
    shown = [sheet] if sheet else [n for n in book.sheet_names if n not in hidden]
    # 「再計算_6月開始」 beside 「6月開始」: the result of an earlier recomputation of that sheet (the Excel button's, or
    # an output sheet copied in), read only after every other sheet (it holds last time's counts)
    results = {n: base for n in shown if (base := _result_of(n, shown))}
    shown = [n for n in shown if n not in results] + [n for n in shown if n in results]
    errors = []
    for names in (shown, [n for n in book.sheet_names if n in hidden]):
        for name in names:
            tables = stacked_tables(book.sheet(name)) if name not in hidden else []
            if tables:  # this year's grid with the past years' under it: read together
                joined = _join_parts(path, [(t, book.hidden(name)) for t in tables], cutoff, fiscal_year)
                if joined is not None:
                    return _said_hidden(book, joined[0], path, hidden, name), name
                halves = _join_stacked_halves(book, path, name, tables, cutoff, fiscal_year)
                if halves is not None:  # the 上期 table over the 下期 table: one grid
                    return _said_hidden(book, halves, path, hidden, name), name
            try:
                inp = read_grid(book.sheet(name), path.name, cutoff=cutoff, fiscal_year=fiscal_year,
                                hidden=book.hidden(name), struck=book.struck_whole(name),
                                tables=_sheet_tables(book, name))
                if not sheet and names is shown:  # one sheet per 県本部: the later sheets' unions too (the earlier
                    later = shown[shown.index(name) + 1:]  # failed)
                    for done in [n for n in later if results.get(n) == name]:  # last time's result of this sheet
                        later.remove(done)
                        inp.problems.append(Problem(INFO, f"シート「{done}」はシート「{name}」を前に再計算した結果のため"
                                                          "読んでいません", path.name, done, "", code="result_sheet",
                                                    action=f"結果のシートを読むときは --sheet {done} と指定してください"))
                    reads: dict = {}  # sheet → its grid (or None), read once for both looks below
                    newer = _newer_grid(book, path, later, inp, cutoff, fiscal_year, reads)
                    if newer is None and fiscal_year is None and not _counts_in_its_year(inp):
                        newer = _filled_year_before(book, path, later, inp, cutoff, reads)
                    if newer is not None:  # last year's grid kept before this year's: this year's is read
                        inp, name = newer
                        later = [n for n in shown if n != name]
                        reads.clear()
                    if len(set(inp.months)) < 12:  # part of the year's months: the rest on another sheet (下期)?
                        half = _join_months(book, path, inp, [n for n in shown if n != name], cutoff, fiscal_year)
                        later = [n for n in later if n != half]
                    _other_sheets(book, path, later, inp, cutoff, fiscal_year, reads)
                return _said_hidden(book, inp, path, hidden, name), name
            except InputError as exc:
                turned = _read_turned(book, name, path, cutoff, fiscal_year) if exc.code == "no_header" else None
                if turned is not None:  # one column per union, the months as rows: read turned
                    return _said_hidden(book, turned, path, hidden, name), name
                if exc.code == "no_target_column" and not sheet:  # the targets on a sheet of their own (「目標」)?
                    try:
                        inp = _targets_from_sheet(book, path, name, [n for n in shown if n != name], cutoff,
                                                  fiscal_year)
                    except InputError:
                        inp = None  # (the grid has more wrong with it: its first error is the one said)
                    if inp is not None:
                        return _said_hidden(book, inp, path, hidden, name), name
                errors.append(exc)
                if sheet:
                    raise
        if names and any(e.code == "year_blocks" for e in errors):  # this year on one sheet, the past on another
            joined = _join_sheets(book, path, names, cutoff, fiscal_year)
            if joined is not None:
                return _said_hidden(book, joined[0], path, hidden, joined[1]), joined[1]
    if errors:
        raise errors[0]
    raise InputError("ブックにシートがありません", file=path.name)


def _sheet_tables(book, name: str) -> tuple[tuple[int, int, int, int], ...]:
    """The ranges of a sheet's Excel tables (io.grid_reader.table_ranges), read only when the sheet's relationships
    (kept by the pre-check) name a table part; () for any other sheet, an .xls, or a part that does not parse."""
    part = next((p for p, n in book.part_sheets.items() if n == name), None)
    if part is None or book.sniffed.kind not in ("xlsx", "xlsm"):
        return ()
    folder, _, base = part.rpartition("/")
    rels = book.sniffed.parts.get(f"{folder}/_rels/{base}.rels")
    if rels is None or b"/table" not in rels:
        return ()
    return tuple(book.read_sheet_part(table_ranges, name, []))


def _read_turned(book, name: str, path: Path, cutoff: YearMonth | None, fiscal_year: int | None) -> GridInput | None:
    """A grid typed turned (one column per union, 単組名 … and the months as rows, 「合計」 a column): read as the
    same table with its rows and columns swapped; every cell and 「N 行目」 the reading names is turned back to the
    sheet as typed, and the turn is said.  None when the turned table is no grid either."""
    from workbook_tools.io.readers import SheetData, parse_a1

    data = book.sheet(name)
    width = data.width
    rows = [[row[c] if c < len(row) else "" for row in data.rows] for c in range(width)]
    turned = SheetData(data.name, rows, [(c1, r1, c2, r2) for r1, c1, r2, c2 in data.merged])
    hidden_rows, hidden_cols = book.hidden(name)
    try:
        inp = read_grid(turned, path.name, cutoff=cutoff, fiscal_year=fiscal_year, hidden=(hidden_cols, hidden_rows),
                        struck={(c, r) for r, c in book.struck_whole(name)})
    except InputError:
        return None

    def back(text: str) -> str:  # A1 references of the turned table → the sheet's
        def one(m):
            r, c = parse_a1(m.group(0))
            return a1(c, r)
        return _A1.sub(one, text)

    for i, p in enumerate(inp.problems):
        inp.problems[i] = Problem(p.severity, _ROW_NTH.sub(lambda m: f"{col_letter(int(m.group(1)) - 1)} 列", p.message),
                                  p.file, p.sheet, back(p.cell) if p.cell else p.cell, p.action, p.code)
    inp.typed_total.clear()  # (a total column of a turned table: not compared, its cells would be the turned ones)
    for k, v in list(inp.typed.items()):  # (value, its cell) of the typed totals checked later
        if isinstance(v, tuple) and len(v) == 2 and isinstance(v[1], str):
            inp.typed[k] = (v[0], back(v[1]), *v[2:])
    inp.problems.insert(0, Problem(INFO, "単組が列、月が行の表（縦横を入れ替えた形）として読みました", path.name, name,
                                   f"A1:{a1(data.height - 1, width - 1)}", code="turned_grid"))
    return inp


_A1 = re.compile(r"(?<![A-Za-z])[A-Z]{1,3}[0-9]{1,7}(?![0-9])")
_ROW_NTH = re.compile(r"(\d+) ?行目")


def _targets_from_sheet(book, path: Path, name: str, others: list[str], cutoff: YearMonth | None,
                        fiscal_year: int | None) -> GridInput | None:
    """A grid without 目標件数 and a sheet listing each union's target (io.grid_reader.read_targets): the grid read,
    each union given its target (by 県コード and 単組コード, else by name), what matches nothing said.  None when no
    other sheet is such a list."""
    for other in others:
        listed = read_targets(book.sheet(other))
        if not listed:
            continue
        inp = read_grid(book.sheet(name), path.name, cutoff=cutoff, fiscal_year=fiscal_year,
                        hidden=book.hidden(name), targets=False, struck=book.struck_whole(name))
        by_code = {(r.pref_code, r.union_code): r for r in inp.rows if r.union_code}
        by_name = {label_key(r.name): r for r in inp.rows}
        given = set()
        for pcode, ucode, uname, raw, row in listed:
            union = (by_code.get((pcode, ucode)) if pcode and ucode else None) or by_name.get(label_key(uname))
            if union is None or id(union) in given:
                inp.problems.append(Problem(WARNING, f"シート「{other}」の目標の単組「{uname}」が表にありません（使っていません）",
                                            path.name, other, f"A{row}", code="target_unmatched",
                                            action="単組名・単組コードを確認してください"))
                continue
            given.add(id(union))
            value, problem = parse_count(raw) if not isinstance(raw, (int, float)) or isinstance(raw, bool) \
                else ((int(raw) if float(raw).is_integer() else raw), "")
            if problem:
                inp.problems.append(Problem(WARNING, f"{problem}（目標件数）", path.name, other, f"A{row}",
                                            code="bad_number"))
            union.target = value
        inp.problems.append(Problem(INFO, f"目標件数はシート「{other}」から読みました（{len(given)} 単組）", path.name, other,
                                    "", code="targets_from_sheet"))
        return inp
    return None


def _read_or_none(book, path: Path, name: str, cutoff: YearMonth | None, fiscal_year: int | None,
                  reads: dict | None = None) -> GridInput | None:
    """A sheet's grid, None when it holds none (a cover, notes, a chart's data); kept in ``reads`` when given."""
    if reads is not None and name in reads:
        return reads[name]
    try:
        got = read_grid(book.sheet(name), path.name, cutoff=cutoff, fiscal_year=fiscal_year, hidden=book.hidden(name),
                        struck=book.struck_whole(name), tables=_sheet_tables(book, name))
    except InputError:
        got = None
    if reads is not None:
        reads[name] = got
    return got


def _newer_grid(book, path: Path, names: list[str], inp: GridInput, cutoff: YearMonth | None,
                fiscal_year: int | None, reads: dict | None = None) -> tuple[GridInput, str] | None:
    """A later sheet in sight holding the same 県本部's grid for a later fiscal year (the predecessor's 「2023年度」
    sheet left before 「2024年度」): (its grid, its name), the newest one (or the --year one), with the sheet passed over
    said; None when there is none (the sheet found first is read, as before)."""
    if fiscal_year is not None and inp.fiscal_year == fiscal_year:
        return None
    prefs = {r.pref_code for r in inp.rows}
    best = None
    for name in names:
        more = _read_or_none(book, path, name, cutoff, fiscal_year, reads)
        if more is None:
            continue
        if more.start_month != inp.start_month or not prefs & {r.pref_code for r in more.rows} \
                or more.fiscal_year <= (best[0].fiscal_year if best else inp.fiscal_year) \
                or fiscal_year is not None and more.fiscal_year != fiscal_year or not _counts_in_its_year(more) \
                or cutoff is not None and cutoff not in FiscalCalendar(more.start_month).months(more.fiscal_year):
            continue  # (next year's sheet made ready with no count yet is not this year's; nor one past the cutoff)
        best = (more, name)
    if best is not None:
        best[0].problems.insert(0, Problem(WARNING, f"シート「{inp.sheet}」は {inp.fiscal_year}年度の表のため、"
                                                    f"同じ県本部の新しい年度（{best[0].fiscal_year}年度）の表のあるシート"
                                                    f"「{best[1]}」を読みました", path.name, best[1], "",
                                           code="newer_grid_sheet",
                                           action="前の年度を計算するときは --sheet で指定してください"))
    return best


def _filled_year_before(book, path: Path, names: list[str], inp: GridInput, cutoff: YearMonth | None,
                        reads: dict) -> tuple[GridInput, str] | None:
    """Next year's grid made ready (no count in its year yet) on the sheet found first, this year's on a later one:
    (this year's grid, its sheet), said; None when no later sheet holds the same 県本部's grid of the year before with
    counts in it."""
    if cutoff is not None and cutoff in FiscalCalendar(inp.start_month).months(inp.fiscal_year):
        return None  # (a cutoff asked in the first sheet's year: that year is the one asked for)
    prefs = {r.pref_code for r in inp.rows}
    for name in names:
        more = _read_or_none(book, path, name, cutoff, None, reads)
        if more is not None and more.start_month == inp.start_month and more.fiscal_year == inp.fiscal_year - 1 \
                and prefs & {r.pref_code for r in more.rows} and _counts_in_its_year(more):
            more.problems.insert(0, Problem(WARNING, f"シート「{inp.sheet}」は {inp.fiscal_year}年度の表で、まだ今年度の"
                                                     f"件数が入っていないため（準備中）、{more.fiscal_year}年度の表のある"
                                                     f"シート「{name}」を読みました", path.name, name, "",
                                            code="newer_grid_sheet",
                                            action=f"{inp.fiscal_year}年度を計算するときは --sheet で指定してください"))
            return more, name
    return None


def _counts_in_its_year(inp: GridInput) -> bool:
    """Whether the grid's own fiscal year has begun on it: some union has a count other than 0 in a month of that
    year, or 0 typed in some of its months and not in all (「6月｜0」 for every union: no contract in June yet); a
    year's months all 0 or all blank is a sheet made ready."""
    months = FiscalCalendar(inp.start_month).months(inp.fiscal_year)
    typed = set()
    for u in inp.rows:
        for ym in months:
            v = u.monthly.get(ym)
            if v:
                return True
            if v is not None:
                typed.add(ym)
    return bool(typed) and len(typed) < len(months)


def _other_sheets(book, path: Path, names: list[str], inp: GridInput, cutoff: YearMonth | None,
                  fiscal_year: int | None, reads: dict | None = None) -> None:
    """The other sheets in sight that hold a grid too.  One with the same years and start month whose 県本部 are
    none of those read so far (a sheet per 県本部: 「北海道」｜「青森」…) adds its unions, said once; any other grid
    is said and left (it is never passed over unseen)."""
    prefs = {r.pref_code for r in inp.rows}
    for name in names:
        more = _read_or_none(book, path, name, cutoff, fiscal_year, reads)
        if more is None:
            continue  # not a grid (a cover, notes, a chart's data)
        theirs = {r.pref_code for r in more.rows}
        if (more.years, more.start_month, more.fiscal_year) != (inp.years, inp.start_month, inp.fiscal_year) \
                or theirs & prefs or "" in theirs:
            inp.problems.append(Problem(WARNING, f"シート「{name}」にも表がありますが、シート「{inp.sheet}」と県本部が重なるか"
                                                 "年度が違うため読んでいません", path.name, name, "", code="other_grid",
                                        action="読む表を --sheet で指定してください"))
            continue
        offset = len(inp.rows)
        for row in more.rows:
            row.sheet = name
        inp.rows.extend(more.rows)
        inp.typed.update({(i + offset, key, year): v for (i, key, year), v in more.typed.items()})
        inp.problems.extend(more.problems)
        inp.problems.append(Problem(INFO, f"シート「{name}」の単組（{len(more.rows)} 単組）も読みました", path.name, name, "",
                                    code="grid_sheet_added"))
        prefs |= theirs


_RESULT_SHEET = re.compile(r"^再計算_(.+?)(?: \(\d+\))?$")  # the button's sheet (「 (2)」 when the name was taken)


def _result_of(name: str, shown: list[str]) -> str | None:
    """The sheet ``name`` is an earlier recomputation of (「再計算_6月開始」 → 「6月開始」) when that sheet is in sight."""
    m = _RESULT_SHEET.match(name)
    return m.group(1) if m and m.group(1) in shown and m.group(1) != name else None


def _said_hidden(book, inp: GridInput, path: Path, hidden: set[str], read: str) -> GridInput:
    """The sheets hidden in Excel that were not read, said (INFO) so that nobody wonders where they went; and, on the
    sheet read, the rows an AutoFilter hid (read with the others: a filter narrows the view, it removes no union)."""
    filtered = book.filtered(read)
    if filtered:
        inp.problems.append(Problem(INFO, f"オートフィルターで表示されていなかった行（{len(filtered):,} 行）も読みました"
                                          "（フィルターは表示の絞り込みで、行を集計から外す印ではありません）", path.name, read,
                                    f"A{filtered[0] + 1}", code="filtered_rows"))
    for name in sorted(hidden - {read}):
        inp.problems.append(Problem(INFO, f"非表示のシート「{name}」は読んでいません", path.name, name, "",
                                    code="hidden_sheet"))
    inp.problems.extend(book.formula_problems(path.name, per_cell=False))  # formulas saved without their results: worked out, said
    # what the reading found about the book (an extension that lies, a package mended in memory)
    inp.problems[:0] = [Problem(INFO, note, path.name, book.sniffed.note_sheets.get(note, ""), "", code="book_note")
                        for note in book.sniffed.notes]
    return inp


def _join_months(book, path: Path, inp: GridInput, names: list[str], cutoff: YearMonth | None,
                 fiscal_year: int | None) -> str | None:
    """A grid whose months are split over two sheets by half-year (「上期（6月～11月）」 with the unions, targets and
    the first months of each year; 「下期（12月～5月）」 with the same unions and the other months): the other
    sheet's months of the same unions join ``inp`` (see _join_half).  Returns the sheet joined, or None."""
    for name in names:
        try:
            part = read_grid(book.sheet(name), path.name, cutoff=cutoff, fiscal_year=fiscal_year,
                             hidden=book.hidden(name), partial=True, struck=book.struck_whole(name),
                             tables=_sheet_tables(book, name))
        except InputError:
            continue  # not a grid (a cover, notes, a chart's data)
        if _join_half(path, inp, part, cutoff, f"シート「{name}」", f"シート「{inp.sheet}」"):
            return name
    return None


def _join_stacked_halves(book, path: Path, name: str, tables: list, cutoff: YearMonth | None,
                         fiscal_year: int | None) -> GridInput | None:
    """The 上期 table and the 下期 table one under the other on one sheet (io.grid_reader.stacked_tables: exactly
    two): the upper one read as the grid (the unions, targets and the first months of each year), the lower one's
    months of the same unions joined to it (see _join_half).  None for any other pair of tables."""
    if len(tables) != 2:
        return None
    upper, lower = tables
    hidden, struck, ranges = book.hidden(name), book.struck_whole(name), _sheet_tables(book, name)
    try:
        inp = read_grid(upper, path.name, cutoff=cutoff, fiscal_year=fiscal_year, hidden=hidden, struck=struck,
                        tables=ranges)
        if len(set(inp.months)) == 12:
            return None  # (a whole grid above: the tables are something else)
        part = read_grid(lower, path.name, cutoff=cutoff, fiscal_year=fiscal_year, hidden=hidden, partial=True,
                         struck=struck, tables=ranges)
    except InputError:
        return None
    here = f"同じシートの下の表（{a1(part.header_row, 0)} の見出しの表）"
    if not _join_half(path, inp, part, cutoff, here, "上の表"):
        return None
    return inp


def _join_half(path: Path, inp: GridInput, part: GridInput, cutoff: YearMonth | None, where: str,
               main_where: str) -> bool:
    """``part``'s months of ``inp``'s unions (matched by 県コード and 単組コード, else by name) joined to ``inp``, said
    once (``where``: the part's place in words, 「シート「下期」」 or 「A16 からの表」; ``main_where``: ``inp``'s).
    ``part`` must hold the same years and exactly the months ``inp`` lacks, following them (the fiscal year
    starts with ``inp``'s first month), for at least half of ``inp``'s unions.  Its typed totals are checked on
    the joined months (they name their own place).  A cutoff ``inp`` alone could only guess comes from ``part``'s
    「N月累計」, else from a title's 「2024年12月末現在」 of either, else the last month with data (said).
    Returns whether it joined."""
    have = set(inp.months)
    cal = FiscalCalendar(inp.start_month)
    order = [ym.month for ym in cal.months(inp.fiscal_year)]
    months = set(part.months)
    if months & have or len(months | have) != 12 or sorted(part.years) != sorted(inp.years) \
            or list(inp.months) + list(part.months) != order:
        return False
    by_key = {(r.pref_code, r.union_code): i for i, r in enumerate(inp.rows) if r.union_code}
    by_name: dict[str, list[int]] = {}  # (one name may be two 県's unions: 「市職員労働組合」)
    for i, r in enumerate(inp.rows):
        if r.name:
            by_name.setdefault(label_key(r.name), []).append(i)
    matched = {}
    for j, row in enumerate(part.rows):
        i = by_key.get((row.pref_code, row.union_code)) if row.union_code else None
        if i is None:
            named = by_name.get(label_key(row.name), [])
            same_pref = [k for k in named if inp.rows[k].pref_code == row.pref_code]
            i = same_pref[0] if len(same_pref) == 1 else (named[0] if len(named) == 1 else None)
        if i is not None and i not in matched.values():
            matched[j] = i
    if len(matched) * 2 < len(inp.rows):
        return False  # another table (another 県本部's, a list of names), not the rest of these unions' months
    for j, i in matched.items():
        target = inp.rows[i].monthly
        for ym, v in part.rows[j].monthly.items():
            if ym.month in months:
                target[ym] = v
    for (j, key, year), (raw, cell, *_) in part.typed.items():
        if j in matched:
            inp.typed[(matched[j], key, year)] = (raw, cell, part.sheet)
    guessed = [p for p in inp.problems if p.code == "cutoff_guessed"]
    if cutoff is None and guessed:  # the cutoff this part alone could only guess (its months end at 11月)
        inp.problems = [p for p in inp.problems if p.code != "cutoff_guessed"]
        current = set(cal.months(inp.fiscal_year))
        stated = next((c for c in (inp.stated_cutoff, part.stated_cutoff) if c is not None and c in current), None)
        if not any(p.code == "cutoff_guessed" for p in part.problems):
            inp.cutoff = part.cutoff  # the other part's 「2月累計」 or title names it
        elif stated is not None:
            inp.cutoff = stated  # 「2024年12月末現在」 above the grid, a month the first part has no column for
        else:
            seen = [ym for r in inp.rows for ym, v in r.monthly.items() if v and ym in current]
            inp.cutoff = max(seen) if seen else cal.months(inp.fiscal_year)[0]
            inp.problems.append(cutoff_guessed(inp.cutoff, path.name, inp.sheet, guessed[0].cell))
    inp.problems.extend(p for p in part.problems if p.code != "cutoff_guessed")
    span = f"{part.months[0]}月～{part.months[-1]}月"
    inp.problems.append(Problem(INFO, f"月別実績のうち{span}は{where}から読みました（{len(matched)} 単組）",
                                path.name, part.sheet, a1(part.header_row, 0), code="months_from_sheet"))
    for j, row in enumerate(part.rows):
        if j not in matched:
            inp.problems.append(Problem(INFO, f"{where}の単組「{row.name}」は{main_where}にない"
                                        "ため読んでいません", path.name, part.sheet, f"A{row.source_row}",
                                        code="union_not_this_year"))
    return True


def _join_sheets(book, path: Path, names: list[str], cutoff: YearMonth | None,
                 fiscal_year: int | None) -> tuple[GridInput, str] | None:
    """A grid whose years are spread over sheets (「今年度」 and 「前年度まで」): see _join_parts."""
    return _join_parts(path, [(book.sheet(name), book.hidden(name)) for name in names], cutoff, fiscal_year)


def _join_parts(path: Path, sheets: list, cutoff: YearMonth | None,
                fiscal_year: int | None) -> tuple[GridInput, str] | None:
    """A grid whose years are spread over sheets (「今年度」 and 「前年度まで」) or over tables one under another on a
    sheet (io.grid_reader.stacked_tables): the part with the latest year gives the unions and this year; the
    others give the past years' months of the same unions (matched by 県コード and 単組コード, else by name).
    None when the parts do not make the three years together."""
    parts = []
    for data, hidden in sheets:
        try:
            parts.append(read_grid(data, path.name, cutoff=cutoff, fiscal_year=fiscal_year, hidden=hidden,
                                   partial=True))
        except InputError:
            continue
    if not parts:
        return None
    main = max(parts, key=lambda p: max(p.years))
    others = [p for p in parts if p is not main and p.start_month == main.start_month]
    wanted = {main.fiscal_year - 2, main.fiscal_year - 1, main.fiscal_year}
    if set(main.years) == wanted or set(main.years) | {y for p in others for y in p.years} != wanted:
        return None  # (every part with the three years: blocks of unions, one grid read as a whole)
    by_key = {(r.pref_code, r.union_code): r for r in main.rows if r.union_code}
    by_name = {label_key(r.name): r for r in main.rows if r.name}
    for part in others:
        years = [y for y in part.years if y not in main.years]
        unmatched = []
        for row in part.rows:
            target = by_key.get((row.pref_code, row.union_code)) if row.union_code else None
            target = target or by_name.get(label_key(row.name))
            if target is None:
                unmatched.append(row)
                continue
            cal = FiscalCalendar(main.start_month)
            for y in years:
                for ym in cal.months(y):
                    if ym in row.monthly:
                        target.monthly[ym] = row.monthly[ym]
        main.problems.extend(p for p in part.problems if p.code != "cutoff_guessed")  # (its cutoff is main's)
        where = f"シート「{part.sheet}」" if part.sheet != main.sheet else f"{a1(part.header_row, 0)} からの表"
        main.problems.append(Problem(INFO, f"{'・'.join(f'{y}年度' for y in years)}の月別実績は{where}から読みました",
                                     path.name, part.sheet, a1(part.header_row, 0) if part.sheet == main.sheet else "",
                                     code="years_from_sheet"))
        for row in unmatched:
            main.problems.append(Problem(INFO, f"シート「{part.sheet}」の単組「{row.name}」はシート「{main.sheet}」にない"
                                         "ため読んでいません", path.name, part.sheet, f"A{row.source_row}",
                                         code="union_not_this_year"))
    main.years = sorted(wanted)
    return main, main.sheet


def build_spec(inp: GridInput, start_month: int | None, cutoff: YearMonth | None,
               rule: RoundingRule) -> GridSpec:
    start = start_month or inp.start_month
    cut = cutoff or inp.cutoff
    assert cut is not None
    if inp.past_cutoff is not None and (start, cut) != (inp.start_month, inp.past_cutoff):
        years = "・".join(f"{y}年度" for y in sorted({y for r in inp.rows for y in r.past_typed}))
        raise InputError(f"{years}は年度実績と累計の合計だけで月別の数字がないため、開始月・締め月を変えて計算できません"
                         f"（このファイルは {inp.start_month}月開始・締め {inp.past_cutoff.label()}）",
                         file=inp.file, sheet=inp.sheet, cell=a1(inp.header_row, 0), code="past_totals_only")
    if inp.past_columns and start != inp.start_month:  # a year given as its 年度計 alone: on its own calendar only
        years = "・".join(f"{y}年度" for y in sorted(inp.past_columns))
        raise InputError(f"{years}は年度実績の合計だけで月別の数字がないため、開始月を変えて計算できません"
                         f"（このファイルは {inp.start_month}月開始）", file=inp.file, sheet=inp.sheet,
                         cell=a1(inp.header_row, 0), code="past_totals_only")
    fy = FiscalCalendar(start).fiscal_year(cut)
    return GridSpec(start, fy, cut, rule)


def _on_input_calendar(inp: GridInput, result: GridResult | None) -> GridResult:
    """The grid computed on the input's own calendar: `result` itself when it was computed on that
    calendar (the usual case; totals and cumulatives do not depend on the rounding rule), so the
    core runs once; otherwise computed here."""
    src = GridSpec(inp.start_month, FiscalCalendar(inp.start_month).fiscal_year(inp.cutoff), inp.cutoff)
    if result is not None and (result.spec.start_month, result.spec.fiscal_year, result.spec.cutoff) \
            == (src.start_month, src.fiscal_year, src.cutoff):
        return result
    return compute_grid(inp.rows, src)


_TYPED_LABELS = {"year_total": "実績", "cum_past": "累計", "cumulative": "累積件数"}


def check_input(inp: GridInput, file: str, result: GridResult | None = None) -> list[Problem]:
    """What looks wrong in the input, judged on the input's own calendar (pass the recomputed
    result to reuse it when it was computed on that calendar)."""
    src_result = _on_input_calendar(inp, result)
    return _typed_mismatches(inp, file, src_result) + _row_checks(inp, file, src_result.spec) + \
        _typed_total_row(inp, file, src_result)


_ROWS_LEFT_OUT = ("hidden_rows", "excluded_row", "breakdown_row", "struck_row", "former_union_row", "duplicate_row",
                  "renamed_union", "turned_grid")


def _typed_count(raw) -> int | float | None:
    """A typed 年度実績 / 累計 / 累積件数 as parse_count reads it; None: blank or no count."""
    if type(raw) is float and 0.0 <= raw <= EXCEL_MAX_NUMBER and raw.is_integer():
        return int(raw)  # the usual cell, without parse_count's round trip
    return None if raw is None or raw == "" else parse_count(raw)[0]


def _typed_int(raw) -> int:
    """_typed_count as a whole number (0: blank, no count or a fraction)."""
    return v if type(v := _typed_count(raw)) is int else 0


def _typed_total_row(inp: GridInput, file: str, src_result: GridResult) -> list[Problem]:
    """The grid's own 合計 row as typed (by hand, or a SUM over the wrong rows) against the unions' sums: each
    figure that differs, said once per row (the output's totals are the unions' sums, recomputed).  A typed total
    that is the sum with the 社保労連 unions is said as such (HQ's national total leaves them out)."""
    if not inp.typed_total or any(p.code in _ROWS_LEFT_OUT for p in inp.problems):
        return []  # (a hidden, excluded or breakdown row the sheet's own SUM counts: no fair comparison)
    typed_cum = {i: raw for (i, key, _), (raw, *_) in inp.typed.items() if key == "cumulative"}
    mine = [(i, (u, x)) for i, (u, x) in enumerate(zip(inp.rows, src_result.results))  # (a sheet per 県本部: its own)
            if u.sheet in ("", inp.sheet)]
    main = [(i, ux) for i, ux in mine if not ux[0].is_sector and (ux[0].source_row or 0) < inp.typed_total_row]
    sector = [(i, ux) for i, ux in mine if ux[0].is_sector]  # (above the total or under its ※ note below it)

    def total(pairs, key, ym) -> int:
        if key == "target":
            return sum(u.target or 0 for _, (u, _) in pairs)
        if key == "cumulative":  # the unions' 累積 as typed (each union's own is checked apart), else as computed
            return sum(_typed_int(typed_cum[i]) if typed_cum.get(i) not in (None, "") else (x.cumulative or 0)
                       for i, (_, x) in pairs)  # (a union's 累積 left blank: its months' sum, as the output has it)
        return sum(u.monthly.get(ym) or 0 for _, (u, _) in pairs)

    wrong, with_sector = [], []
    for (key, ym), (typed, cell) in inp.typed_total.items():
        computed = total(main, key, ym)
        if typed == computed:
            continue
        label = {"target": "目標件数", "cumulative": "累積件数"}.get(key) or f"{ym.year}年{ym.month}月"
        if sector and typed == computed + total(sector, key, ym):
            with_sector.append((label, cell))
        else:
            wrong.append((label, typed, computed, cell))
    problems = []
    if wrong:
        shown = "、".join(f"{label} {typed:,}（単組の合計 {computed:,}）" for label, typed, computed, _ in wrong[:4])
        problems.append(Problem(WARNING, f"入力の合計行の数字が単組の合計と違います: {shown}"
                                         f"{f' ほか {len(wrong) - 4} 件' if len(wrong) > 4 else ''}", file, inp.sheet,
                                wrong[0][3], "合計行の式や手入力を確認してください（出力の合計は単組の数字から計算し直しています）",
                                code="typed_total_row"))
    if with_sector:
        problems.append(Problem(INFO, f"入力の合計行の{'・'.join(label for label, _ in with_sector[:4])}"
                                      f"{'など' if len(with_sector) > 4 else ''}は社保労連の単組を含めた合計です"
                                      "（出力の合計は社保労連を含みません）", file, inp.sheet, with_sector[0][1],
                                code="typed_total_with_sector"))
    return problems


def _typed_mismatches(inp: GridInput, file: str, src_result: GridResult) -> list[Problem]:
    """Typed 年度実績 / 累計 / 累積件数 that differ from the monthly sums, in row order."""
    problems: list[Problem] = []
    results = src_result.results
    for (i, key, year), (raw, cell, *where) in sorted(inp.typed.items(), key=_typed_order):
        if (typed := _typed_count(raw)) is None:
            continue
        x = results[i]
        computed = x.cumulative if key == "cumulative" else \
            (x.year_totals if key == "year_total" else x.cumulative_past).get(year)
        if computed is not None and typed != computed:
            label = f"{year}年度{_TYPED_LABELS[key]}" if key != "cumulative" else _TYPED_LABELS[key]
            problems.append(Problem(
                WARNING, f"入力された{label}（{typed}）が月別の合計（{computed}）と違います",
                file, where[0] if where else inp.rows[i].sheet or inp.sheet, cell,
                "月別の値を確認してください（出力は月別の合計で再計算しています）",
                code="typed_total_mismatch"))
    return problems


def _typed_order(item) -> tuple:
    (i, key, year), _ = item
    return i, key, year or 0


def _row_checks(inp: GridInput, file: str, src: GridSpec) -> list[Problem]:
    """Values after the cutoff month and blank targets, per union row."""
    problems: list[Problem] = []
    after = [ym for ym in FiscalCalendar(inp.start_month).months(src.fiscal_year) if ym > inp.cutoff]
    for u in inp.rows:
        for ym in after:
            if u.monthly.get(ym):
                problems.append(Problem(
                    WARNING, f"締め月（{inp.cutoff.label()}）より後の {ym.label()} に値（{u.monthly[ym]}）があります",
                    file, u.sheet or inp.sheet, f"{u.source_row}行目（{u.name}）",
                    "締め月が正しいか確認してください（累積件数には含めていません）", code="after_cutoff"))
        if u.target is None:
            problems.append(Problem(WARNING, f"目標件数が空欄です（{u.name}）。達成率は空欄になります",
                                    file, u.sheet or inp.sheet, f"{u.source_row}行目", code="no_target"))
    return problems


def start_read(path: Path, *, sheet: str | None = None, cutoff: YearMonth | None = None,
               fiscal_year: int | None = None):
    """The grid's read started in a worker process (app/isolated_read.PendingRead), for ``recompute(...,
    pending=…)``: e.g. both views of a bundle from one read, while another input is read too."""
    from workbook_tools.app.isolated_read import start_read as start

    return start(read_in_worker, (path, sheet, cutoff, fiscal_year), path)


def recompute(path: Path, *, sheet: str | None = None, start_month: int | None = None,
              cutoff: YearMonth | None = None, fiscal_year: int | None = None,
              rule: RoundingRule | None = None, isolate: bool = False, pending=None) -> GridJob:
    """Read, recompute and check a grid.  ``isolate``: read in a worker process (app/isolated_read.py), so
    that a file that crashes the reader or eats memory ends in a Japanese error, not in a dead process.
    ``pending``: that read, already started (``start_read`` with the same sheet, cutoff and year)."""
    from workbook_tools.app.gcpause import collector_paused

    notes: list[Problem] = []
    if isolate and pending is None:
        pending = start_read(path, sheet=sheet, cutoff=cutoff, fiscal_year=fiscal_year)
        _import_writer()  # while the worker starts and reads
    with collector_paused():  # one grid's objects, all alive until the job is written
        if pending is not None:
            inp, _ = pending.result()
            notes = pending.notes
        else:
            inp, _ = load_grid(path, sheet=sheet, cutoff=cutoff, fiscal_year=fiscal_year)
        spec = build_spec(inp, start_month, cutoff, rule or REPORT_RULES["grid"])
        result = compute_grid(inp.rows, spec)
        problems = notes + list(inp.problems) + check_input(inp, path.name, result)
    return GridJob(inp, result, problems)


def read_in_worker(args: tuple) -> tuple:
    """What the isolated worker runs (named in workbook_tools/__main__.py, which starts it ahead of need)."""
    from workbook_tools.app.isolated_read import guarded

    path, sheet, cutoff, fiscal_year = args
    return guarded(load_grid, path, sheet=sheet, cutoff=cutoff, fiscal_year=fiscal_year)


def _import_writer() -> None:
    """What writing the output needs, imported while the worker reads."""
    import workbook_tools.app.output  # noqa: F401
    import workbook_tools.io.grid_writer  # noqa: F401
    from workbook_tools.io.writer import preload

    preload()


def write_grid_workbook(job: GridJob, output: Path, *, sheet_name: str | None = None,
                        json_path: Path | None = None) -> Path:
    """The workbook (and the JSON, if asked for) replaced together."""
    from workbook_tools.app.output import result_json_text, write_book_and_json
    from workbook_tools.io.grid_writer import write_checks_sheet, write_grid_sheet

    spec = job.result.spec
    name = sheet_name or f"{spec.fiscal_year}年度_{spec.start_month}月開始"

    def fill(book) -> None:
        write_grid_sheet(book, job.result, name)
        write_checks_sheet(book, job.problems)

    write_book_and_json(output, json_path, fill, lambda: result_json_text(job.result.to_dict(), job.problems))
    return output


def write_json(job: GridJob, path: Path) -> None:
    from workbook_tools.app.output import write_result_json

    write_result_json(job.result.to_dict(), job.problems, path)
