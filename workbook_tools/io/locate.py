"""Find a form's fields in a workbook.

1. Our template: the version stamp names the form, and every field has a
   defined name: read those cells, no guessing.
2. Anything else (older copies people keep filling in): label anchors from
   the same form definition, compared after NFKC with spaces and line breaks
   removed; the value is right of its label (or below it); checkbox items are
   found by their label within their section, with the glyph before the text
   in the same cell or in the cell to its left.

Every non-empty cell ends up claimed by a field, recognised as printed form
text, or reported as an answer in an unexpected place: nothing is dropped.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from workbook_tools.core.normalize import glyph_state, label_key, split_glyph
from workbook_tools.forms.model import (CHECK, CHOICE, LONG_TEXT, PROP_KIND, PROP_VERSION, PROP_YEAR, YEAR_MONTH, Field,
                                        FormDef, Section, defined_name, format_year)
from workbook_tools.io.readers import Book, SheetData, a1, parse_a1

_NUMBERING = re.compile(r"^[\(（]?\d{1,2}[\)）.．、]?")
# Era prefixes are at most two characters (令和, R): a bounded class keeps the scan linear
# (an unbounded "+" made a long run of R or 令和 quadratic: seconds per cell).
_YEARS = re.compile(r"\d{2,4}年度?|[RH令和平成]{1,2}\d{1,2}年")


@dataclass
class Found:
    """What a field's cell held, and where."""

    raw: object
    sheet: str
    cell: str
    how: str  # "name" (defined name), "label" (anchor), "missing"
    glyph: str | None = None  # checkbox: the glyph seen


@dataclass
class Located:
    form: FormDef
    sheet: str
    via: str  # "template" or "legacy"
    values: dict[tuple[str, str], Found] = field(default_factory=dict)  # (section key, field key) → Found
    extras: list[tuple[str, str, object]] = field(default_factory=list)  # (sheet, cell, value) not placed
    missing_sections: list[str] = field(default_factory=list)
    year: int | None = None
    template_version: str = ""


@lru_cache(maxsize=4096)
def _title_key(text: str) -> str:
    k = label_key(format_year(text, None))
    k = _NUMBERING.sub("", k)
    return _YEARS.sub("", k)


# Caches keyed by id(): form definitions are module-level constants, and hashing a
# frozen dataclass walks its whole nested structure on every call.  Each entry keeps its
# object, so an id reused by a later object (e.g. a definition unpickled per task) misses.
_FIELD_KEYS: dict[tuple[int, int | None], tuple[Field, tuple[str, ...]]] = {}
_FORM_KEYS: dict[tuple[int, int | None], tuple[FormDef, tuple]] = {}


def _field_keys(f: Field, year: int | None) -> tuple[str, ...]:
    key = (id(f), year)
    hit = _FIELD_KEYS.get(key)
    if hit is None or hit[0] is not f:
        hit = _FIELD_KEYS[key] = (f, f.label_keys(year))
    return hit[1]


def _form_keys(form: FormDef, year: int | None):
    """Everything about a form that the label search compares against, computed once."""
    key = (id(form), year)
    hit = _FORM_KEYS.get(key)
    if hit is None or hit[0] is not form:
        hit = _FORM_KEYS[key] = (form, _compute_form_keys(form, year))
    return hit[1]


def _compute_form_keys(form: FormDef, year: int | None):
    boiler = tuple((label_key(format_year(p.rstrip("…"), year)), p.endswith("…")) for p in form.boilerplate)
    choices = frozenset(label_key(c) for s, f in form.all_fields() if f.type == CHOICE
                        for c in f.choices if s.key != "h" or len(f.choices) < 10)
    labels = frozenset(label_key(format_year(f.label, year)) for _, f in form.all_fields())
    titles = frozenset(_title_key(s.title) for s in form.sections if s.title)
    return boiler, choices, labels, titles


@dataclass
class _Cell:
    r: int
    c: int
    value: object
    key: str


class _Index:
    def __init__(self, sheet: SheetData) -> None:
        self.sheet = sheet
        self.cells: list[_Cell] = []
        covered = set()
        for (r1, c1, r2, c2) in sheet.merged:
            for rr in range(r1, r2 + 1):
                for cc in range(c1, c2 + 1):
                    if (rr, cc) != (r1, c1):
                        covered.add((rr, cc))
        for r, row in enumerate(sheet.rows):
            for c, v in enumerate(row):
                if v is None or v == "" or (r, c) in covered:
                    continue
                self.cells.append(_Cell(r, c, v, label_key(v) if isinstance(v, str) else ""))
        self.claimed: set[tuple[int, int]] = set()

    def right_of(self, cell: _Cell, n: int = 1, positional: bool = False) -> list[_Cell | None]:
        """The next n cells to the right on the same row (skipping a merged label's width)."""
        m = self.sheet.merged_at(cell.r, cell.c)
        start = (m[3] if m else cell.c) + 1
        row = [x for x in self.cells if x.r == cell.r and x.c >= start]
        if not positional:
            return row[:n]
        by_col = {x.c: x for x in row}
        out, c = [], start
        while len(out) < n and c < start + 3 * n + 3:
            m2 = self.sheet.merged_at(cell.r, c)
            out.append(by_col.get(c))
            c = (m2[3] if m2 else c) + 1
        return out

    def below(self, cell: _Cell) -> _Cell | None:
        for x in self.cells:
            if x.r > cell.r and x.c == cell.c:
                return x
        return None


def locate(book: Book, form: FormDef, *, year: int | None = None) -> Located:
    if book.properties.get(PROP_KIND) == form.kind and book.defined_names:
        return _by_names(book, form)
    return _by_labels(book, form, year)


def stamped_kind(book: Book) -> str | None:
    return book.properties.get(PROP_KIND) or None


# --- 1. our template ---------------------------------------------------------------
def _by_names(book: Book, form: FormDef) -> Located:
    year_text = book.properties.get(PROP_YEAR, "")
    loc = Located(form, form.sheet, "template", year=int(year_text) if year_text.isdigit() else None,
                  template_version=book.properties.get(PROP_VERSION, ""))
    for s, f in form.all_fields():
        name = defined_name(form.kind, s, f)
        target = book.defined_names.get(name)
        if target is None:
            loc.values[(s.key, f.key)] = Found(None, "", "", "missing")
            continue
        sheet_name, ref = target
        r, c = parse_a1(ref.split(":")[0])
        sheet = book.sheet(sheet_name)
        raw = sheet.value(r, c)
        glyph = None
        if f.type == CHECK and raw is not None and not isinstance(raw, bool):
            glyph = str(raw).strip()[:1] or None
        loc.values[(s.key, f.key)] = Found(raw, sheet_name, a1(r, c), "name", glyph)
        loc.sheet = sheet_name
    return loc


# --- 2. older copies: label anchors --------------------------------------------------
def _pick_sheet(book: Book, form: FormDef, year: int | None) -> tuple[SheetData, _Index]:
    _, _, labels, titles = _form_keys(form, year)
    wanted = labels | titles
    best = None
    for name in book.sheet_names:
        idx = _Index(book.sheet(name))
        score = sum(1 for x in idx.cells if x.key and (x.key in wanted or _title_key(x.key) in wanted))
        if best is None or score > best[0]:
            best = (score, idx)
    assert best is not None
    return best[1].sheet, best[1]


def _section_rows(idx: _Index, form: FormDef) -> dict[str, tuple[int, int]]:
    starts: list[tuple[int, str]] = []
    for s in form.sections:
        if not s.title:
            continue
        tk = _title_key(s.title)
        for x in idx.cells:
            if x.key and (x.c <= 3) and (_title_key(x.key) == tk or (len(tk) >= 8 and tk in x.key)):
                starts.append((x.r, s.key))
                idx.claimed.add((x.r, x.c))
                break
    starts.sort()
    bounds = {}
    for i, (r, key) in enumerate(starts):
        end = starts[i + 1][0] if i + 1 < len(starts) else idx.sheet.height
        bounds[key] = (r, end)
    return bounds


def _label_match(cell_key: str, f: Field, year: int | None) -> str | None:
    """'' when the cell is exactly the label; the rest when the cell starts with the label
    (or, for a year-month, ends with it: '2024年11月時点'); None otherwise."""
    for k in _field_keys(f, year):
        if not k:
            continue
        if cell_key == k:
            return ""
        if f.type == YEAR_MONTH and cell_key.endswith(k) and any(ch.isdigit() for ch in cell_key):
            return cell_key
        if cell_key.startswith(k) and len(k) >= 2 and f.type != LONG_TEXT:
            rest = cell_key[len(k):].lstrip(":：")
            return rest
        if f.type == LONG_TEXT and len(k) >= 8 and cell_key.startswith(k):
            return ""
    return None


def _by_labels(book: Book, form: FormDef, year: int | None) -> Located:
    sheet, idx = _pick_sheet(book, form, year)
    loc = Located(form, sheet.name, "legacy", year=year)
    bounds = _section_rows(idx, form)
    anchors: list[tuple[_Cell, Section, Field]] = []
    pair_labels: dict[str, tuple[_Cell, str]] = {}  # one printed label serves both columns of a pair
    for s in form.sections:
        if s.layout == "checks":
            if s.key in bounds:
                _checks(idx, s, bounds[s.key], loc, year)
            else:
                for f in s.fields:
                    loc.values[(s.key, f.key)] = Found(None, sheet.name, "", "missing")
            continue
        for f in s.fields:
            hit = pair_labels.get(f.label) if f.group else None
            hit = hit or _find_label(idx, f, year)
            if f.group and hit is not None:
                pair_labels[f.label] = hit
            if hit is None:
                loc.values[(s.key, f.key)] = Found(None, sheet.name, "", "missing")
                continue
            cell, rest = hit
            idx.claimed.add((cell.r, cell.c))
            if f.type == LONG_TEXT:
                anchors.append((cell, s, f))
                continue
            if rest:
                loc.values[(s.key, f.key)] = Found(rest, sheet.name, a1(cell.r, cell.c), "label")
                continue
            value_cell = _value_for(idx, cell, s, f)
            if value_cell is None:
                loc.values[(s.key, f.key)] = Found(None, sheet.name, a1(cell.r, cell.c + 1), "label")
            else:
                idx.claimed.add((value_cell.r, value_cell.c))
                loc.values[(s.key, f.key)] = Found(value_cell.value, sheet.name, a1(value_cell.r, value_cell.c),
                                                   "label")
    _free_texts(idx, anchors, loc, form, year, bounds)
    for s in form.sections:  # a section counts as missing when its title and all its fields are
        if s.title and s.key not in bounds and all(loc.values[(s.key, f.key)].how == "missing" for f in s.fields):
            loc.missing_sections.append(s.resolved_title(year))
    return loc


def _find_label(idx: _Index, f: Field, year: int | None) -> tuple[_Cell, str] | None:
    partial = None
    for x in idx.cells:
        if not x.key or (x.r, x.c) in idx.claimed:
            continue
        rest = _label_match(x.key, f, year)
        if rest == "":
            return x, ""
        if rest is not None and partial is None:
            partial = (x, rest)
    return partial


def _value_for(idx: _Index, label: _Cell, s: Section, f: Field) -> _Cell | None:
    if s.layout == "pairs" and f.group:
        cells = idx.right_of(label, len(s.groups), positional=True)
        i = s.groups.index(f.group)
        return cells[i] if i < len(cells) else None
    if f.type == CHOICE:
        for x in idx.right_of(label, 6):
            if label_key(x.value) in {label_key(c) for c in f.choices}:
                return x
    right = idx.right_of(label, 1)
    if right and (right[0].r, right[0].c) not in idx.claimed:
        return right[0]
    below = idx.below(label)
    if below is not None and below.r == label.r + 1 and (below.r, below.c) not in idx.claimed:
        return below
    return None


def _checks(idx: _Index, s: Section, bounds: tuple[int, int], loc: Located, year: int | None) -> None:
    lo, hi = bounds
    region = [x for x in idx.cells if lo <= x.r < hi and (x.r, x.c) not in idx.claimed]
    for f in s.fields:
        if f.type != CHECK:
            continue
        item_key = label_key(format_year(f.label, year))
        hit = None
        for x in region:
            if (x.r, x.c) in idx.claimed or not isinstance(x.value, str):
                continue
            glyph, text = split_glyph(x.value)
            k = label_key(text)
            if not k:
                continue
            if k == item_key or (len(k) >= min(12, len(item_key)) and item_key.startswith(k)) or \
                    (k.startswith(item_key)):
                hit = (x, glyph)
                break
        if hit is None:
            loc.values[(s.key, f.key)] = Found(None, loc.sheet, "", "missing")
            continue
        x, glyph = hit
        idx.claimed.add((x.r, x.c))
        if item_key.startswith(label_key(split_glyph(x.value)[1])) and label_key(split_glyph(x.value)[1]) != item_key:
            _claim_continuation(idx, x, item_key)
        where = a1(x.r, x.c)
        raw: object = glyph
        if glyph is None:
            # the glyph in its own cell, just left of the label
            left = [y for y in idx.cells if y.r == x.r and x.c - 2 <= y.c < x.c and (y.r, y.c) not in idx.claimed]
            if left and glyph_state(left[-1].value) is not None:
                cand = left[-1]
                idx.claimed.add((cand.r, cand.c))
                raw, where = cand.value, a1(cand.r, cand.c)
                glyph = None if isinstance(cand.value, bool) else str(cand.value).strip()[:1]
        loc.values[(s.key, f.key)] = Found(raw, loc.sheet, where, "label", glyph)
    # the section's free text: everything else in the section that is not printed form text
    texts = [f for f in s.fields if f.type == LONG_TEXT]
    parts, first = [], None
    for x in region:
        if (x.r, x.c) in idx.claimed or _is_boilerplate(x, loc.form, year):
            continue
        idx.claimed.add((x.r, x.c))
        parts.append(str(x.value).strip())
        first = first or a1(x.r, x.c)
    if texts:
        loc.values[(s.key, texts[0].key)] = Found("\n".join(parts) if parts else None, loc.sheet, first or "", "label")


def _claim_continuation(idx: _Index, x: _Cell, item_key: str) -> None:
    """An item label wrapped over several rows: claim the rows that continue it."""
    text = label_key(split_glyph(x.value)[1])
    for y in idx.cells:
        if y.r > x.r and y.c == x.c and (y.r, y.c) not in idx.claimed and isinstance(y.value, str):
            k = label_key(y.value)
            if item_key.startswith(text + k):
                text += k
                idx.claimed.add((y.r, y.c))
                if text == item_key:
                    return
            else:
                return


_YEAR_ONLY = re.compile(r"(\d{4}|[RH令和平成]{1,2}\d{1,2})年(度)?")


def _is_boilerplate(x: _Cell, form: FormDef, year: int | None) -> bool:
    """Printed text of the form, a bare year heading, or a dropdown's helper list left on the sheet."""
    if not x.key:
        return False
    boiler, choices, _, _ = _form_keys(form, year)
    for k, prefix in boiler:
        if k and (x.key == k or (prefix and x.key.startswith(k))):
            return True
    return x.key in choices or bool(_YEAR_ONLY.fullmatch(x.key))


def _free_texts(idx: _Index, anchors, loc: Located, form: FormDef, year: int | None,
                bounds: dict[str, tuple[int, int]]) -> None:
    """Long text answers: each remaining cell goes to the nearest label above it
    (or left of it on its row) whose column band it lies in, within the label's section."""
    collected: dict[tuple[str, str], list[tuple[int, int, str]]] = {}
    for x in idx.cells:
        if (x.r, x.c) in idx.claimed or _is_boilerplate(x, form, year):
            continue
        best = None
        for cell, s, f in anchors:
            lo, hi = bounds.get(s.key, (0, idx.sheet.height))
            if not lo <= x.r < hi:
                continue
            before = cell.r < x.r or (cell.r == x.r and cell.c < x.c)
            if before and cell.c <= x.c + 1 and (best is None or (cell.r, cell.c) > (best[0].r, best[0].c)):
                best = (cell, s, f)
        if best is None:
            continue
        idx.claimed.add((x.r, x.c))
        collected.setdefault((best[1].key, best[2].key), []).append((x.r, x.c, str(x.value).strip()))
    for cell, s, f in anchors:
        parts = sorted(collected.get((s.key, f.key), []))
        text = "\n".join(p for _, _, p in parts) if parts else None
        where = a1(parts[0][0], parts[0][1]) if parts else a1(cell.r + 1, cell.c)
        loc.values[(s.key, f.key)] = Found(text, loc.sheet, where, "label")
    _extras(idx, loc, form, year)


def _extras(idx: _Index, loc: Located, form: FormDef, year: int | None) -> None:
    for x in idx.cells:
        if (x.r, x.c) in idx.claimed or _is_boilerplate(x, form, year):
            continue
        _, _, labels, titles = _form_keys(form, year)
        if x.key and x.key in labels:
            continue  # a printed label whose answer is blank
        if x.key and _title_key(x.key) in titles:
            continue
        loc.extras.append((idx.sheet.name, a1(x.r, x.c), x.value))
