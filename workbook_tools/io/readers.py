"""Read a workbook into plain cell grids behind one small interface.

``open_book`` checks the file's bytes first (safety.check_file), then reads
values with python-calamine (fast, cached values only: formulas are never
evaluated, macros never run).  Defined names and custom document properties
come from the package XML (io.xmlscan: expat with DTDs and entities refused, as
defusedxml does, on parts the pre-check already proved free of any DTD).  Libraries are imported
lazily so that start-up stays fast.
"""
from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain
from pathlib import Path

from workbook_tools.core.normalize import label_key
from workbook_tools.errors import InputError, RefusedFile
from workbook_tools.io.cells import a1, col_letter, parse_a1  # noqa: F401 - re-exported
from workbook_tools.io.safety import (DEFAULT_LIMITS, XLS_SHEET, Limits, Sniffed, check_file, name_tabs,
                                      note_unread_sheets, scan_sheet, settle_pending)


# a column heading naming a year or a period: an AutoFilter's condition on it hides other years' rows, put away
_PERIOD_HEAD = re.compile(r"年度|年月|前年|昨年|前回|期間|時点|^年$|^月$")


SMALL_MERGE = 4096  # a merged area of more cells is looked through, not indexed cell by cell
MERGE_INDEX_CELLS = 200_000  # cells indexed per sheet at most (memory stays bounded whatever a file merges)
MERGE_ROW_SPAN = 64  # past that many cells, an area of at most this many rows is listed under each of its rows


@dataclass
class SheetData:
    name: str
    rows: list[list] = field(default_factory=list)
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)  # r1, c1, r2, c2 inclusive

    def value(self, row: int, col: int):
        if 0 <= row < len(self.rows):
            r = self.rows[row]
            if 0 <= col < len(r):
                v = r[col]
                return None if v == "" else v
        return None

    def filled(self) -> list[tuple[int, int, object]]:
        """(row, column, value) of every non-empty cell, in row order.  A rectangular grid (as calamine
        gives it) is filtered in one pass over all its cells; ragged rows one row at a time."""
        rows = self.rows
        width = len(rows[0]) if rows else 0
        if any(len(row) != width for row in rows):
            return [(r, c, v) for r, row in enumerate(rows) for c, v in enumerate(row) if v != "" and v is not None]
        return [(*divmod(i, width), v) for i, v in enumerate(chain.from_iterable(rows)) if v != "" and v is not None]

    @property
    def height(self) -> int:
        return len(self.rows)

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)

    def merged_at(self, row: int, col: int) -> tuple[int, int, int, int] | None:
        """The merged area (r1, c1, r2, c2) the cell is in (the first of ``merged`` that holds it), or None."""
        if not self.merged:  # most sheets: no index to look up
            return None
        cells, by_row, large = self._merge_index()
        hit = cells.get((row, col))
        best = hit[:2] if hit is not None else None
        for n, m in by_row.get(row, ()):
            if m[1] <= col <= m[3] and (best is None or n < best[0]):
                best = (n, m)
        for n, m in large:  # in their order: only those before the best so far can come first
            if best is not None and n > best[0]:
                break
            if m[0] <= row <= m[2] and m[1] <= col <= m[3]:
                return m
        return best[1] if best is not None else None

    def under_merge(self, row: int, col: int) -> bool:
        """Whether the cell is hidden under a merged area: in one, and not its top-left cell (which shows the
        area's value).  Any area counts, as Excel shows it (a broken file's overlapping areas included)."""
        if not self.merged:
            return False
        cells, by_row, large = self._merge_index()
        hit = cells.get((row, col))
        if hit is not None and hit[2]:
            return True
        return any(m[1] <= col <= m[3] and (row, col) != (m[0], m[1]) for _, m in by_row.get(row, ())) or \
            any(m[0] <= row <= m[2] and m[1] <= col <= m[3] and (row, col) != (m[0], m[1]) for _, m in large)

    def _merge_index(self) -> tuple[dict, dict, list]:
        """The merged areas indexed once per sheet, when first asked: a merge-heavy form (1,475 areas on one
        public test sheet) made every look a pass over all of them (4 s to read one 75 KB file).  Each cell of a
        small area maps to (the first area's position, that area, whether the cell is hidden under any small area),
        up to MERGE_INDEX_CELLS cells; past that, an area of at most MERGE_ROW_SPAN rows is listed under each of
        its rows (up to MERGE_INDEX_CELLS entries); anything else (a whole column merged: a million cells) is kept in
        a list looked through in order.  Memory stays bounded whatever a file merges."""
        index = self.__dict__.get("_merges")
        if index is not None and index[0] is self.merged and index[1] == len(self.merged):
            return index[2]
        cells: dict[tuple[int, int], tuple[int, tuple, bool]] = {}
        by_row: dict[int, list[tuple[int, tuple]]] = {}
        large: list[tuple[int, tuple]] = []
        budget = rows_budget = MERGE_INDEX_CELLS
        for n, m in enumerate(self.merged):
            r1, c1, r2, c2 = m
            height = max(r2 - r1 + 1, 0)
            area = height * max(c2 - c1 + 1, 0)
            if area <= SMALL_MERGE and area <= budget:
                budget -= area
                for rr in range(r1, r2 + 1):
                    for cc in range(c1, c2 + 1):
                        under = (rr, cc) != (r1, c1)
                        was = cells.get((rr, cc))
                        if was is None:
                            cells[(rr, cc)] = (n, m, under)
                        elif under and not was[2]:
                            cells[(rr, cc)] = (was[0], was[1], True)
            elif height <= MERGE_ROW_SPAN and height <= rows_budget:
                rows_budget -= height
                for rr in range(r1, r2 + 1):
                    by_row.setdefault(rr, []).append((n, m))
            else:
                large.append((n, m))
        self.__dict__["_merges"] = (self.merged, len(self.merged), (cells, by_row, large))
        return cells, by_row, large

    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        state.pop("_merges", None)  # rebuilt where it is needed
        return state


@dataclass
class Book:
    path: Path
    sheet_names: list[str]
    sniffed: Sniffed
    _sheets: dict[str, SheetData] = field(default_factory=dict)
    _loader: object = None
    defined_names: dict[str, tuple[str, str]] = field(default_factory=dict)  # name → (sheet, A1) (the book's own)
    # names Excel scoped to one sheet when it copied the sheet (Ctrl+drag): sheet → {name: A1}, where the book's own
    # name of the same point elsewhere; and the names whose target was deleted (「#REF!」)
    scoped_names: dict[str, dict[str, str]] = field(default_factory=dict)
    broken_names: frozenset[str] = frozenset()
    properties: dict[str, str] = field(default_factory=dict)  # custom document properties
    checkboxes: dict[str, list] = field(default_factory=dict)  # sheet → io.controls.CheckBox (form controls, ActiveX)
    part_sheets: dict[str, str] = field(default_factory=dict)  # 'xl/worksheets/sheet1.xml' → sheet name
    _hidden: object = None  # () → the names of the sheets hidden (or very hidden) in Excel, asked only when needed
    _data: bytes | None = None  # the bytes read (None: calamine read the file itself)
    _struck: dict = field(default_factory=dict)  # sheet → io.rich.struck_cells, worked out when first asked
    _struck_whole: dict = field(default_factory=dict)  # sheet → io.rich.struck_styled_cells, likewise
    _shape_cache: dict = field(default_factory=dict)  # (sheet, centre) → io.shapes.shapes, likewise
    _raw_sheets: dict = field(default_factory=dict)  # sheet → SheetData as calamine read it (see _raw)
    _comments: dict = field(default_factory=dict)  # sheet → io.comments.cell_comments, worked out when first asked
    _formulas: dict = field(default_factory=dict)  # sheet → {(row, col): formula} of its cells with no cached value
    _evaluator: object = None  # io.formulas.Evaluator, made when a sheet with such formulas is first loaded
    _typed: dict = field(default_factory=dict)  # sheet → {(row, col): text} typed and made a formula by Excel (#NAME?)

    def formats(self, name: str) -> dict[tuple[int, int], str]:
        """{(row, col): format code} of the cells whose number format changes their meaning (io.styles)."""
        cells = self.sniffed.cell_formats.get(self._scanned_part(name) or XLS_SHEET + name, {})
        return {parse_a1(ref): code for ref, code in cells.items()}

    def hidden(self, name: str) -> tuple[set[int], set[int]]:
        """(rows, columns) hidden on a sheet, 0-based (.xlsx and .xls).  The rows an AutoFilter's condition hides are
        not among them: they are out of view while the filter is set, not put away (see ``filtered``)."""
        part = self._scanned_part(name)
        rows, cols = self.sniffed.hidden.get(part or XLS_SHEET + name, (set(), set()))
        span = self._view_filter(name, part)
        if span is not None and rows:
            rows = {r for r in rows if not span[0] < r <= span[1]}
        return rows, cols

    def filtered(self, name: str) -> list[int]:
        """The rows (0-based) an AutoFilter's condition hides on a sheet (below its heading row), in order."""
        part = self._scanned_part(name)
        span = self._view_filter(name, part)
        rows = self.sniffed.hidden.get(part, (set(), set()))[0] if span else ()
        return sorted(r for r in rows if span[0] < r <= span[1]) if span else []

    def _view_filter(self, name: str, part: str | None) -> tuple[int, int, tuple[int, ...]] | None:
        """The sheet's AutoFilter when it narrows the view (a 県 or a status picked): None when it has no condition,
        or when a condition is on a column headed by a year or period (「年度」「前年度」「月」: last year's rows filtered
        away are put away, as rows hidden by hand are)."""
        span = self.sniffed.filtered.get(part) if part else None
        if span is None:
            return None
        sheet = self.sheet(name)
        heads = [label_key(sheet.value(span[0], c) or "") for c in span[2]]
        return None if any(_PERIOD_HEAD.search(h) for h in heads) else span

    def _scanned_part(self, name: str) -> str | None:
        """A sheet's package part, once its prescan (which records its formats and hidden rows) has run."""
        if self.sniffed.pending is not None:
            self._scan(name)
        return next((p for p, n in self.part_sheets.items() if n == name), None)

    def sheet(self, name: str) -> SheetData:
        if name not in self._sheets:
            data = self._raw(name)
            if self.sniffed.uncached_formulas and self._formulas_of(name):
                self._work_out(name, data)
            if self.sniffed.name_errors and self._part_of(name) in self.sniffed.name_errors:
                self._typed_texts(name)
        return self._sheets[name]

    def _typed_texts(self, name: str) -> None:
        """Texts typed with 「-」, 「+」 or 「=」 first that Excel made formulas of (their saved result #NAME?, a blank
        to calamine): the text as typed in their cells (io.formulas.typed_texts; ``formula_problems`` says each)."""
        from workbook_tools.io.formulas import typed_texts

        names = frozenset(self.defined_names) | frozenset(self.sheet_names)
        found = self._typed[name] = self._read_again(lambda data, part: typed_texts(data, part, names),
                                                     self._part_of(name), {})
        if not found:
            return
        data = self._sheets[name]
        rows = [list(r) for r in data.rows]
        for (r, c), text in found.items():
            if r < len(rows) and c < len(rows[r]) and rows[r][c] in ("", None):
                rows[r][c] = text
        self._sheets[name] = SheetData(data.name, rows, data.merged)

    def _raw(self, name: str) -> SheetData:
        """A sheet as calamine reads it (its pre-check first), formulas saved without a result still blank."""
        data = self._raw_sheets.get(name)
        if data is None:
            if self.sniffed.pending is not None:
                self._scan(name)  # a sheet whose pre-check waited: scanned before calamine loads it
            data = self._raw_sheets[name] = self._loader(name)  # type: ignore[operator]
            if not (self.sniffed.uncached_formulas and self._formulas_of(name)):
                self._sheets[name] = data
        return data

    def _formulas_of(self, name: str) -> dict[tuple[int, int], str]:
        """{(row, col): formula} of a sheet's cells that hold a formula and no cached value (io.formulas), .xlsx only."""
        if name not in self._formulas:
            from workbook_tools.io.formulas import sheet_formulas

            part = self._part_of(name)
            self._formulas[name] = self._read_again(sheet_formulas, part, {}) if part else {}
        return self._formulas[name]

    def _work_out(self, name: str, data: SheetData) -> None:
        """The sheet's formulas saved without a result, worked out as Excel would on opening (io.formulas) and put
        in the cells calamine left blank; those it cannot work out stay blank (``formula_problems`` says both)."""
        from workbook_tools.io.formulas import Evaluator

        if self._evaluator is None:
            self._evaluator = Evaluator(self._formulas_of, self._raw, self.defined_names, self.sheet_names)
        values = self._evaluator.work_out(name)  # type: ignore[attr-defined]
        rows = [list(r) for r in data.rows]
        for (r, c), v in values.items():
            while len(rows) <= r:
                rows.append([])
            row = rows[r]
            if len(row) <= c:
                row.extend([""] * (c + 1 - len(row)))
            row[c] = v
        width = max((len(r) for r in rows), default=0)  # (a rectangular grid, as calamine gives it)
        self._sheets[name] = SheetData(data.name, [r + [""] * (width - len(r)) for r in rows], data.merged)

    def formula_problems(self, file: str, *, per_cell: bool = True) -> list:
        """What became of the formulas saved without a result on the sheets read: one INFO per sheet for those
        worked out, one WARNING per cell (up to 20 per sheet, then one for the rest) for those left blank; and one
        WARNING per text typed with 「-」 or 「=」 first that Excel made a formula of (read as the text typed).
        ``per_cell`` False (a table whose rate and total columns are worked out again anyway: Report A, B): those
        left blank in one INFO per sheet, naming the first."""
        from workbook_tools.errors import INFO, WARNING, Problem
        from workbook_tools.io.formulas import MAX_FORMULAS, TOO_MANY

        out = [Problem(WARNING, f"{a1(r, c)} の「{text}」は、先頭の「{text[:1] if text[:1] in '-+' else '='}」で Excel が数式に"
                                f"していた（結果 #NAME?）ため、入力された文字として読みました", file, name, a1(r, c),
                       "文字として入力するときは、先頭に「'」を付けてください", "typed_text_formula")
               for name in self._sheets for (r, c), text in sorted(self._typed.get(name, {}).items())]
        ev = self._evaluator
        if ev is None:
            return out
        action = "Excel で開いて保存し直したものを再提出してもらうと、Excel の計算結果で読めます"
        for name in self._sheets:
            cells = sorted(self._formulas.get(name, {}))
            done = [rc for rc in cells if (name, *rc) in ev.memo and (name, *rc) not in ev.failed]  # type: ignore
            failed = [rc for rc in cells if (name, *rc) in ev.failed]  # type: ignore[attr-defined]
            if done:
                where = a1(*done[0]) + (" ほか" if len(done) > 1 else "")
                out.append(Problem(INFO, f"計算結果が保存されていない数式 {len(done)} 件（{where}）を、Excel と同じ規則で"
                                         "計算して読みました", file, name, a1(*done[0]), action,
                                   "formula_worked_out"))
            budget = f"1 冊で計算する数式の上限（{MAX_FORMULAS:,} 件）を超えたため"

            def why_of(rc) -> str:  # a cell past the book's budget, or one the tool cannot work out
                return budget if ev.failed.get((name, *rc)) == TOO_MANY else "このツールでは計算できないため"

            why = budget if all(why_of(rc) == budget for rc in failed) else "このツールでは計算できないため"
            if failed and not per_cell:
                out.append(Problem(INFO, f"計算結果が保存されていない数式 {len(failed)} 件（{a1(*failed[0])}"
                                         f"{' ほか' if len(failed) > 1 else ''}）は、{why}空欄として"
                                         "読みました（到達率・合計の列は計算し直すので影響ありません。目標・実績や月の件数の列に"
                                         "あるときは、元のファイルで値を確かめてください）", file, name,
                                   a1(*failed[0]), action, "uncached_formula"))
                continue
            for r, c in failed[:20]:
                out.append(Problem(WARNING, f"{a1(r, c)} の数式の計算結果が保存されておらず、{why_of((r, c))}空欄として読みました",
                                   file, name, a1(r, c), action, "uncached_formula"))
            if len(failed) > 20:
                out.append(Problem(WARNING, f"ほかに {len(failed) - 20} 件の数式が計算できず、空欄として読みました", file,
                                   name, "", action, "uncached_formula"))
        return out

    def struck(self, name: str) -> dict[tuple[int, int], str]:
        """{(row, col): the text left} of a sheet's cells with words struck through (io.rich); asked only when a
        reader meets a cell that may be answered that way."""
        if name not in self._struck:
            from workbook_tools.io.rich import struck_cells

            part = self._part_of(name)
            self._struck[name] = self._read_again(struck_cells, part, {}) if part else {}
        return self._struck[name]

    def struck_whole(self, name: str) -> set[tuple[int, int]]:
        """(row, col) of a sheet's cells struck through as a whole (their cell style's font; io.rich); .xlsx only."""
        if name not in self._struck_whole:
            from workbook_tools.io.rich import struck_styled_cells

            part = self._part_of(name)
            self._struck_whole[name] = self._read_again(struck_styled_cells, part, set()) if part else set()
        return self._struck_whole[name]

    def comments(self, name: str) -> dict[tuple[int, int], str]:
        """{(row, col): text} of a sheet's comments (Excel's メモ; io.comments), .xlsx only; asked only when an answer
        sends the reader to one (「※コメント参照」)."""
        if name not in self._comments:
            from workbook_tools.io.comments import cell_comments

            part = self._part_of(name)
            self._comments[name] = self._read_again(cell_comments, part, {}) if part else {}
        return self._comments[name]

    def circled(self, name: str) -> list[tuple[int, int]]:
        """(row, col) of the cells ovals are drawn round on a sheet (io.shapes); asked only when a reader looks for a
        choice nobody typed."""
        return [rc for rc, ellipse, _ in self._shapes(name) if ellipse]

    def shape_texts(self, name: str) -> list[tuple[int, int, str]]:
        """(row, col, text) of the text boxes drawn over a sheet (io.shapes): the cell of each one's top-left corner."""
        return [(r, c, text) for (r, c), _, text in self._shapes(name, centre=False) if text]

    def _shapes(self, name: str, centre: bool = True) -> list:
        """A sheet's shapes (io.shapes), read once per sheet and only when its relationships name a drawing."""
        if (name, centre) not in self._shape_cache:
            from workbook_tools.io.shapes import shapes

            part = self._part_of(name)
            rels = self.sniffed.parts.get(f"{part.rpartition('/')[0]}/_rels/{part.rpartition('/')[2]}.rels") \
                if part else None  # (kept by the pre-check: a sheet without a drawing is not opened again)
            self._shape_cache[(name, centre)] = self._read_again(lambda data, p: shapes(data, p, centre), part, []) \
                if rels is not None and b"/drawing" in rels else []
        return self._shape_cache[(name, centre)]

    def read_sheet_part(self, read, name: str, nothing):
        """``read(the package's bytes, the sheet's part)`` for a reader of another module (io.grid_reader.table_ranges);
        ``nothing`` for an .xls or when the part does not parse."""
        part = self._part_of(name)
        return self._read_again(read, part, nothing) if part else nothing

    def _part_of(self, name: str) -> str | None:
        """A sheet's package part (an .xlsx / .xlsm only)."""
        if self.sniffed.kind not in ("xlsx", "xlsm"):
            return None
        return next((p for p, n in self.part_sheets.items() if n == name), None)

    def _read_again(self, read, part: str, nothing):
        """``read(bytes, part)`` on the package once more (the bytes kept, else the file); ``nothing`` when a part
        does not parse (what calamine gave stands)."""
        try:
            return read(self._data if self._data is not None else self.path.read_bytes(), part)
        except Exception:  # noqa: BLE001 - a part that does not parse: read as calamine gives it
            return nothing

    def hidden_sheets(self) -> set[str]:
        """The sheets hidden in Excel (out of the user's sight)."""
        return self._hidden() if self._hidden is not None else set()  # type: ignore[operator]

    def finish_reading(self) -> None:
        """The reading is over: the DDE formulas of the sheets never loaded are counted (io.safety
        note_unread_sheets); a sheet loaded after all is still scanned first."""
        if self.sniffed.pending is not None:
            note_unread_sheets(self.sniffed)

    def _scan(self, name: str) -> None:
        """scan_sheet for one sheet; a refusal names the sheets by their tabs, not by their parts in the package
        (「xl/worksheets/sheet1.xml の行 1,048,576 …」 → 「シート「回答票」の行 …」: the sender sees tabs)."""
        try:
            scan_sheet(self.sniffed, name)
        except RefusedFile as exc:
            named = name_tabs(exc, self.part_sheets)
            if named is exc:
                raise
            raise named from exc

    def scan_all_sheets(self) -> None:
        """The pre-check of every sheet still waiting (what check_file does without defer_sheets)."""
        if self.sniffed.pending is not None:
            scan_sheet(self.sniffed)


def open_book(path: Path, *, password: str | None = None, limits: Limits = DEFAULT_LIMITS,
              data: bytes | None = None) -> Book:
    """Check (io.safety) and open a workbook.  `data`: the file's bytes when the caller has read them
    already; they are what is checked and read (`path` then names the file and gives its extension)."""
    path = Path(path)
    sniffed = check_file(path, limits, data, defer_sheets=True)
    decrypted = False
    if sniffed.kind == "encrypted":
        if not password:
            # (a consolidation's own advice, --password, is its record's action: this text also serves a roster,
            # a corrections workbook and a one-book command, which take no password)
            raise RefusedFile("パスワードで保護（暗号化）されています。Excel で開いてパスワードを外し、保存し直してください",
                              file=path.name, code="encrypted")
        data, decrypted = _decrypt(path, password, data), True
        sniffed = check_file(path, limits, data, defer_sheets=True)
        sniffed.notes.append("暗号化を解除して読み込みました")
    if sniffed.strict:
        raise RefusedFile("Strict Open XML 形式のブックには対応していません。Excel で「Excel ブック (*.xlsx)」"
                          "として保存し直してください", file=path.name, code="strict_ooxml")
    content_kind = "xls" if sniffed.kind == "xls" else "xlsx"
    if not decrypted and {".xls": "xls"}.get(path.suffix.lower(), "xlsx") != content_kind:
        sniffed.notes.append(f"拡張子（{path.suffix}）と中身（{'Excel 97-2003' if content_kind == 'xls' else 'Excel 2007 以降'}）"
                             "が違います。中身に合わせて読みました")
        data = path.read_bytes() if data is None else data
    if data is None and not _utf8_path(path):
        data = path.read_bytes()  # a Shift_JIS file name on a UTF-8 system: the native reader cannot open it
    book = Book(path, [], sniffed, _data=data)
    book.sheet_names, book._loader, book._hidden = _calamine(path, data, sniffed)
    if not book.sheet_names:  # (「<sheets></sheets>」: every command says the same, not its own way of finding nothing)
        raise RefusedFile("ブックにシートがありません", file=path.name, code="no_sheets")
    if sniffed.kind in ("xlsx", "xlsm"):
        _read_package_xml(book)  # also settles which waiting sheet each name loads
    else:
        settle_pending(sniffed, {})  # (only a package has waiting sheets)
    return book


def _calamine(path: Path, data: bytes | None, sniffed: Sniffed | None = None):
    """(sheet names, loader of one sheet, hidden sheets) from python-calamine, reading `data` or else the file.  A
    package it refuses (or a sheet of it) for a slip other programs read past is mended in memory (io.repair) and
    read again, what was mended added to ``sniffed.notes``; otherwise the refusal stands."""
    from python_calamine import CalamineWorkbook  # lazy: heavy native module

    mended: list = []  # [(the mended bytes, notes)] once tried

    def mend_once() -> bytes | None:
        if not mended:
            raw = data if data is not None else path.read_bytes()
            from workbook_tools.io.repair import mend

            mended.append(mend(raw) if sniffed is None or sniffed.kind in ("xlsx", "xlsm") else None)
            if mended[0] is not None and sniffed is not None:
                for tab, note in mended[0][1]:
                    sniffed.notes.append(note)
                    sniffed.note_sheets[note] = tab
        return mended[0][0] if mended[0] is not None else None

    try:
        wb = CalamineWorkbook.from_filelike(io.BytesIO(data)) if data is not None \
            else CalamineWorkbook.from_path(str(path))
    except BaseException as exc:  # noqa: BLE001 - calamine raises its own types, and a Rust panic (below)
        if not reader_fault(exc):
            raise
        fixed = mend_once()
        try:
            wb = CalamineWorkbook.from_filelike(io.BytesIO(fixed)) if fixed is not None else None
        except BaseException as again:  # noqa: BLE001
            if not reader_fault(again):
                raise
            wb = None
        if wb is None:
            raise RefusedFile(f"ブックを読み込めません（{_package_reason(data) or reader_reason(exc)}）", file=path.name,
                              code="read_failed") from exc
    opened_mended = bool(mended) and mended[0] is not None  # (the book itself needed mending: all of it is read so)
    books = [wb]  # the book sheets load from, and the mended one once a sheet needed it

    def read(book, name: str) -> SheetData:
        sh = book.get_sheet_by_name(name)
        rows = sh.to_python(skip_empty_area=False)
        merged = [(r1, c1, r2, c2) for (r1, c1), (r2, c2) in (getattr(sh, "merged_cell_ranges", None) or [])]
        return SheetData(name, rows, merged)

    def load(name: str) -> SheetData:
        try:
            return read(books[0], name)
        except BaseException as exc:  # noqa: BLE001
            if not reader_fault(exc):
                raise
            first = exc
        fixed = mend_once() if len(books) == 1 and books[0] is wb and not opened_mended else None
        if fixed is not None or len(books) > 1:
            try:  # (only the sheet that failed is read from the mended book: the others as they loaded)
                if len(books) == 1:
                    books.append(CalamineWorkbook.from_filelike(io.BytesIO(fixed)))
                return read(books[1], name)
            except BaseException as exc:  # noqa: BLE001
                if not reader_fault(exc):
                    raise
        raise InputError(f"シートを読み込めません（{reader_reason(first)}）", file=path.name, sheet=name,
                         code="sheet_failed") from first

    def hidden() -> set[str]:
        from python_calamine import SheetVisibleEnum

        return {m.name for m in books[0].sheets_metadata if m.visible != SheetVisibleEnum.Visible}

    return list(wb.sheet_names), load, hidden


def _utf8_path(path: Path) -> bool:
    try:
        str(path).encode("utf-8")
        return True
    except UnicodeEncodeError:
        return False


_REASONS = (  # the reader library's (English) message → what we tell the user
    (("macrosheet",), "Excel 4.0 マクロ シートを含むブックです。マクロ シートを削除して保存し直してください"),
    (("password", "encrypt"), "パスワードで保護されています"),
    (("zip",), "zip の構造が壊れています"),
    (("cfb", "ole", "biff"), "Excel 97-2003 形式の構造が壊れているか、古すぎる形式です"),
    (("xml", "utf", "encoding"), "ブック内の XML が壊れています"),
    (("memory", "capacity", "alloc"), "読み込みに必要なメモリが大きすぎます"),
    (("unsupported", "unrecognized", "not supported"), "対応していない形式です"),
)


def _package_reason(data: bytes | None) -> str | None:
    """The reason the reader would give for a package read from memory, where it says only that it cannot tell
    the format (it gives its real reason, an Excel 4.0 macro sheet, only when reading a file by its path)."""
    if data is None or data[:2] != b"PK":
        return None
    import zipfile

    try:
        names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return None
    return _REASONS[0][1] if any(n.startswith("xl/macrosheets/") for n in names) else None


def reader_fault(exc: BaseException) -> bool:
    """Whether a reader library's exception is about the file: any Exception, and a Rust panic in calamine
    (pyo3 raises ``PanicException``, a BaseException, for a broken file its parser did not expect: a fuzzed
    .xls of Apache POI's tests panics in calamine's compound-file directory).  Not KeyboardInterrupt or
    SystemExit.  (A worker process catches everything anyway; this keeps an in-process read to the same
    Japanese refusal.)"""
    return isinstance(exc, Exception) or type(exc).__name__ == "PanicException"


def reader_reason(exc: BaseException) -> str:
    """A Japanese reason for a reader failure; the library's own text stays in the chained exception."""
    text = f"{type(exc).__name__} {exc}".lower()
    for words, reason in _REASONS:
        if any(w in text for w in words):
            return reason
    return "ファイルの中身が壊れているか、対応していない形式です"


def _decrypt(path: Path, password: str, data: bytes | None) -> bytes:
    import msoffcrypto

    out = io.BytesIO()
    try:
        with (io.BytesIO(data) if data is not None else open(path, "rb")) as fh:
            office = msoffcrypto.OfficeFile(fh)
            office.load_key(password=password)
            office.decrypt(out)
    except Exception as exc:  # noqa: BLE001
        from msoffcrypto.exceptions import InvalidKeyError

        if isinstance(exc, InvalidKeyError):  # the password was checked and is not this file's
            raise RefusedFile("パスワードが違います", file=path.name, code="decrypt_failed") from exc
        # the password was not refused, but this file's encryption cannot be undone here (e.g. the XOR
        # obfuscation of Excel 97-2003, or a damaged encrypted file)
        raise RefusedFile("この暗号化の方式に対応していないか、ファイルが壊れているため復号できません。Excel で開き、"
                          "パスワードを外して保存し直してください", file=path.name, code="decrypt_unsupported") from exc
    return out.getvalue()


_NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main}"  # expat's spelling (io.xmlscan)
_NS_CUSTOM = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties}"
_DOC_ID = "http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


def _read_package_xml(book: Book) -> None:
    """Defined names, sheet parts, check-box controls and custom document properties, from the
    parts check_file read (each parsed once, with expat callbacks: io.xmlscan)."""
    from workbook_tools.io.controls import checkboxes, sheet_parts

    parts = book.sniffed.parts
    xml = parts.get("xl/workbook.xml", b"<workbook/>")
    try:
        sheets, names, scoped, broken = _workbook_part(xml, tuple(book.sheet_names))
    except Exception as exc:  # noqa: BLE001 - expat errors, a DTD or an entity (io.xmlscan)
        raise RefusedFile("ブックの構造（workbook.xml）が不正です",
                          file=book.path.name, code="bad_workbook_xml") from exc
    book.defined_names.update(names)
    for sheet, name, ref in scoped:
        book.scoped_names.setdefault(sheet, {})[name] = ref
    book.broken_names = broken
    by_name = sheet_parts(parts, list(sheets), book.sniffed.workbook_rels)
    book.part_sheets = {part: name for name, part in by_name.items()}
    if book.sniffed.pending is not None:  # which waiting sheet each name loads (the others are scanned now)
        targets = {r.get("Id"): r.get("Target", "") for r in book.sniffed.workbook_rels or ()}
        try:
            settle_pending(book.sniffed, {s.get("name", ""): targets[s.get(_DOC_ID)] for s in sheets
                                          if s.get(_DOC_ID) in targets})
        except RefusedFile as exc:
            named = name_tabs(exc, book.part_sheets)
            if named is exc:
                raise
            raise named from exc
    book.checkboxes = checkboxes(parts, book.sniffed.notes, by_name)
    if "docProps/custom.xml" in parts:
        try:
            props = _custom_properties(parts["docProps/custom.xml"])
        except Exception as exc:  # noqa: BLE001
            raise RefusedFile("文書プロパティ（docProps/custom.xml）が不正です",
                              file=book.path.name, code="bad_custom_xml") from exc
        book.properties.update(props)


# Files filled from one template (or saved by one program) carry byte-identical workbook parts: what a
# part says is worked out once per process for the same bytes (a bytes object caches its hash; a hit
# costs one comparison of the bytes).  A part that fails to parse raises every time (nothing is kept).
# What is kept is shared between books and never changed: callers copy it or only read it.
@lru_cache(maxsize=64)
def _workbook_part(xml: bytes, sheet_names: tuple[str, ...]) -> tuple[tuple[dict[str, str], ...],
                                                                       tuple[tuple[str, tuple[str, str]], ...],
                                                                       tuple[tuple[str, str, str], ...], frozenset[str]]:
    """(attributes of each <sheet>, (defined name, (sheet, A1)) of each name of one cell or range on a sheet of the
    book, (sheet, name, A1) of each name scoped to a sheet where the book has its own of that name, the names whose
    target is 「#REF!」) of xl/workbook.xml (one expat pass, io.xmlscan)."""
    from workbook_tools.io.xmlscan import elements_with_text

    found = elements_with_text(xml, _DEFINED_NAME, also=_SHEET)
    sheets = tuple(attrs for tag, attrs, _ in found if tag == _SHEET)
    names, scoped, broken = _defined_names([s.get("name") for s in sheets], sheet_names,
                                           [(attrs, text) for tag, attrs, text in found if tag == _DEFINED_NAME])
    return sheets, tuple(names.items()), tuple(scoped), frozenset(broken)


@lru_cache(maxsize=64)
def _custom_properties(xml: bytes) -> tuple[tuple[str, str], ...]:
    """(name, value) of each custom document property of docProps/custom.xml."""
    from workbook_tools.io.xmlscan import elements_with_text

    return tuple((attrs.get("name", ""), value)
                 for _, attrs, value in elements_with_text(xml, _PROPERTY, child=True))


_SHEET, _DEFINED_NAME, _PROPERTY = _NS_MAIN + "sheet", _NS_MAIN + "definedName", _NS_CUSTOM + "property"


def _defined_names(sheets: list[str | None], sheet_names: tuple[str, ...], names: list[tuple[dict[str, str], str]]
                   ) -> tuple[dict[str, tuple[str, str]], list[tuple[str, str, str]], set[str]]:
    """Names of one cell or range on a sheet of the book (print areas and other built-in names left out): the book's
    own (a name scoped to one sheet (localSheetId) stands in only where the book has none of that name), the scoped
    ones set aside [(sheet, name, A1)], and the names pointing at 「#REF!」 (their cells deleted or cut over)."""
    out: dict[str, tuple[str, str]] = {}
    local: list[tuple[str, str, str]] = []
    broken: set[str] = set()
    for attrs, text in names:
        text, name = text.strip(), attrs.get("name", "")
        if name.startswith("_xlnm"):
            continue
        if "#REF!" in text:
            if attrs.get("localSheetId") in (None, ""):  # (a copy's scoped name broken: the book's own still holds)
                broken.add(name)
            continue
        if "!" not in text:
            continue
        sheet, ref = text.rsplit("!", 1)
        sheet = sheet.strip("'").replace("''", "'")
        if sheet in sheets or sheet in sheet_names:
            if attrs.get("localSheetId") not in (None, ""):
                local.append((sheet, name, ref.replace("$", "")))
            else:
                out[name] = (sheet, ref.replace("$", ""))
    scoped = []
    for sheet, name, ref in local:  # (Excel's copy of a sheet: its names scoped to the copy, the book's on the first)
        if name in out:
            scoped.append((sheet, name, ref))
        else:
            out.setdefault(name, (sheet, ref))
    return out, scoped, broken
