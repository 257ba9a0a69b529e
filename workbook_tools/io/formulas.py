"""Formulas saved without their results, worked out as Excel would on opening the file.

A workbook written by a script (openpyxl writes a formula with an empty ``<v/>``) or saved by a program that does not
calculate holds formulas and no values: calamine, which reads cached values only, sees blanks there, and a 県本部's
sheet that fills every answer by ``=進捗管理!F9`` reads as empty.  Excel works them out when the file is opened, so
the person who sent it saw the answers.

Here only those cells are worked out.  The formula texts come from the sheet XML (expat, as every part is read:
io.xmlscan); a shared formula's cells from their first cell's formula, moved as Excel moves it (openpyxl's
``Translator``); the text is cut into tokens by openpyxl's formula ``Tokenizer``.  What is evaluated is deliberately
small: cell and range references (on any sheet of the book, and defined names), numbers, texts, TRUE / FALSE, the
operators ``+ - * / ^ & % = <> < > <= >=`` and a short list of functions (SUM, ROUND, IF, DATE, COUNTIF …:
``FUNCTIONS``).  Anything else (another function, a table's structured reference, another book, a volatile TODAY())
leaves the cell blank, as before, and it is said.  Nothing is ever executed: the tokens are interpreted here.
Bounds keep a hostile file cheap: at most ``MAX_FORMULAS`` cells per book, chains worked out ``MAX_DEPTH`` links at a
time in at most ``MAX_PASSES`` passes, ranges of at most ``MAX_RANGE_CELLS`` cells and ``MAX_VISITS`` cells looked at in
all; a cell past a bound stays blank and is said.
"""
from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass

from workbook_tools.io.cells import col_index

MAX_FORMULAS = 20_000  # cells worked out per book at most (the others are left blank, and said)
TOO_MANY = "too many formulas"  # why a cell past MAX_FORMULAS was not worked out (Evaluator.failed)
MAX_DEPTH = 64  # a formula referring to a formula … this deep at most in one go (deeper chains: in more passes)
MAX_PASSES = 8  # passes over a sheet's formulas (each works out another MAX_DEPTH links of a chain)
MAX_RANGE_CELLS = 100_000
MAX_VISITS = 2_000_000  # cells looked at by all the formulas of a book at most (SUM(A:A) over a long sheet, many times)

_EPOCH = dt.date(1899, 12, 30)  # Excel's day 0 (serial 1 = 1900-01-01, with the 1900 leap-year bug for later dates)


class Unsupported(Exception):
    """A formula this module does not evaluate (the cell stays blank, and is said)."""


class TooDeep(Unsupported):
    """A chain of formulas deeper than MAX_DEPTH in one go: tried again once its lower links are worked out."""


@dataclass(frozen=True)
class Error:
    """An Excel error value (#DIV/0!, #VALUE!, #N/A …)."""
    code: str


class DateNumber(float):
    """A number that is a date (DATE(), a date cell, a date plus days): shown as a date when it is the result."""


DIV0, VALUE, NA, REF, NUM = Error("#DIV/0!"), Error("#VALUE!"), Error("#N/A"), Error("#REF!"), Error("#NUM!")


# --- the formulas of a sheet part -------------------------------------------------------------------------------
def sheet_formulas(package: bytes, part: str) -> dict[tuple[int, int], str]:
    """{(row, col) 0-based: formula text without '='} of the cells of a sheet part (``part`` of the package's bytes,
    which the pre-check has passed) that hold a formula and no cached value; see ``formulas_in``."""
    import io
    import zipfile

    with zipfile.ZipFile(io.BytesIO(package)) as zf:
        return formulas_in(zf.read(part))


def formulas_in(data: bytes) -> dict[tuple[int, int], str]:
    """{(row, col) 0-based: formula text without '='} of the cells of a sheet's XML that hold a formula and no cached
    value; a shared formula's other cells get their first cell's formula moved to them."""
    from workbook_tools.io.xmlscan import scan

    masters: dict[str, tuple[str, str]] = {}  # shared index → (first cell, its formula)
    found: list[tuple[str, str, dict]] = []  # (cell, formula text, <f> attributes) of the cells with no value
    state: dict = {"cell": None, "f": None, "fa": None, "v": "", "in": None, "text": []}

    def start(name: str, attrs: dict[str, str]) -> None:
        local = name.rpartition("}")[2]
        if local == "c":
            state.update(cell=attrs.get("r"), f=None, fa=None, v="", inline=False)
        elif local == "f":
            state.update({"in": "f", "fa": attrs, "text": []})
        elif local == "v":
            state.update({"in": "v", "text": []})
        elif local == "is":
            state["inline"] = True

    def text(chars: str) -> None:
        if state["in"]:
            state["text"].append(chars)

    def end(name: str) -> None:
        local = name.rpartition("}")[2]
        if local == "f":
            state.update({"f": "".join(state["text"]), "in": None})
        elif local == "v":
            state.update({"v": "".join(state["text"]), "in": None})
        elif local == "c":
            cell, f, fa = state["cell"], state["f"], state["fa"]
            if cell and fa is not None:
                if fa.get("t") == "shared" and f and fa.get("si") is not None:
                    masters[fa["si"]] = (cell, f)
                if not state["v"].strip() and not state.get("inline"):
                    found.append((cell, f or "", fa))  # (every one: the book's budget is the Evaluator's)

    scan(data, start, end, text)
    out: dict[tuple[int, int], str] = {}
    for cell, f, fa in found:
        if not f and fa.get("t") == "shared" and fa.get("si") in masters:
            origin, text_ = masters[fa["si"]]
            try:
                from openpyxl.formula.translate import Translator

                f = Translator("=" + text_, origin=origin).translate_formula(cell)[1:]
            except Exception:  # noqa: BLE001 - a formula openpyxl cannot move: left blank, said
                f = ""
        m = _CELL.match(cell)
        if m is not None:
            out[(int(m.group(2)) - 1, col_index(m.group(1)))] = f
    return out


def typed_texts(package: bytes, part: str, names: frozenset[str] = frozenset()) -> dict[tuple[int, int], str]:
    """{(row, col) 0-based: the text typed} of a sheet part's cells whose formula's saved result is #NAME? and whose
    formula is words, not a formula (_typed): a text typed with 「-」, 「+」 or 「=」 first, which Excel took for a
    formula (「-辞令交付日に説明会」, 「前回報告と同じ」).  ``names``: the book's defined names and sheet names (a
    formula naming one is a formula).  The text is the formula as typed, its leading 「=」 left out (a 「-」 or 「+」
    kept: it was typed)."""
    import io
    import zipfile

    from workbook_tools.io.xmlscan import scan

    out: dict[tuple[int, int], str] = {}
    state: dict = {"cell": None, "t": None, "f": None, "v": "", "in": None, "text": []}

    def start(name: str, attrs: dict[str, str]) -> None:
        local = name.rpartition("}")[2]
        if local == "c":
            state.update(cell=attrs.get("r"), t=attrs.get("t"), f=None, v="")
        elif local in ("f", "v"):
            state.update({"in": local, "text": []})

    def text(chars: str) -> None:
        if state["in"]:
            state["text"].append(chars)

    def end(name: str) -> None:
        local = name.rpartition("}")[2]
        if local in ("f", "v") and state["in"] == local:
            state.update({local: "".join(state["text"]), "in": None})
        elif local == "c" and state["t"] == "e" and state["v"].strip() == "#NAME?" and _typed(state["f"], names):
            m = _CELL.match(state["cell"] or "")
            if m is not None:
                out[(int(m.group(2)) - 1, col_index(m.group(1)))] = state["f"].strip()

    with zipfile.ZipFile(io.BytesIO(package)) as zf:
        scan(zf.read(part), start, end, text)
    return out


_TYPED_WORDS = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]")  # kana or kanji: no function's name
# what only a formula holds: a call 「VLOOKUP(」, a sheet 「名簿!」 / 「'県 別'!」, a string 「"…"」, a join 「&」, a range
# 「A:B」, a structured reference 「[…]」, an operator between two operands, a cell 「C10」
_FORMULA_SIGNS = re.compile(r"""[(!"'&:\[*/^<>=,]|(?<=.)[-+]|(?<![A-Za-z])\$?[A-Za-z]{1,3}\$?\d{1,7}(?!\d)""")


def _typed(formula: str | None, names: frozenset[str]) -> bool:
    """A formula that is a text typed with a sign first: words in kana or kanji, nothing only a formula holds, no name
    of the book's (「=前年回答」 naming a defined name is a formula, its name lost)."""
    if not formula or not _TYPED_WORDS.search(formula) or _FORMULA_SIGNS.search(formula.strip()):
        return False
    return formula.strip().lstrip("-+").strip() not in names


# --- parsing: openpyxl's tokens into a small tree ----------------------------------------------------------------
_COMPARE = ("=", "<>", "<", ">", "<=", ">=")


def parse(text: str):
    """A formula (without '=') as a tree of tuples; Unsupported for what is not evaluated here."""
    from openpyxl.formula.tokenizer import Token, Tokenizer

    try:
        tokens = [t for t in Tokenizer("=" + text).items if t.type != Token.WSPACE]
    except Exception as exc:  # noqa: BLE001 - openpyxl's tokenizer refuses a broken formula
        raise Unsupported(str(exc)) from exc
    if not tokens:
        raise Unsupported("empty")
    p = _Parser(tokens)
    tree = p.expr()
    if p.i != len(tokens):
        raise Unsupported("trailing tokens")
    return tree


class _Parser:
    def __init__(self, tokens) -> None:
        self.t, self.i = tokens, 0

    def peek(self):
        return self.t[self.i] if self.i < len(self.t) else None

    def take(self):
        tok = self.peek()
        if tok is None:
            raise Unsupported("unexpected end")
        self.i += 1
        return tok

    def _infix(self, ops) -> str | None:
        tok = self.peek()
        if tok is not None and tok.type == "OPERATOR-INFIX" and tok.value in ops:
            self.i += 1
            return tok.value
        return None

    def expr(self):
        left = self.concat()
        while (op := self._infix(_COMPARE)) is not None:
            left = ("op", op, left, self.concat())
        return left

    def concat(self):
        left = self.additive()
        while self._infix(("&",)) is not None:
            left = ("op", "&", left, self.additive())
        return left

    def additive(self):
        left = self.term()
        while (op := self._infix(("+", "-"))) is not None:
            left = ("op", op, left, self.term())
        return left

    def term(self):
        left = self.power()
        while (op := self._infix(("*", "/"))) is not None:
            left = ("op", op, left, self.power())
        return left

    def power(self):
        left = self.unary()
        while self._infix(("^",)) is not None:
            left = ("op", "^", left, self.unary())
        return left

    def unary(self):
        tok = self.peek()
        if tok is not None and tok.type == "OPERATOR-PREFIX":
            self.i += 1
            inner = self.unary()
            return ("neg", inner) if tok.value == "-" else ("pos", inner)
        node = self.primary()
        while (tok := self.peek()) is not None and tok.type == "OPERATOR-POSTFIX" and tok.value == "%":
            self.i += 1
            node = ("pct", node)
        return node

    def primary(self):
        tok = self.take()
        if tok.type == "OPERAND":
            if tok.subtype == "NUMBER":
                return ("num", float(tok.value))
            if tok.subtype == "TEXT":
                return ("str", tok.value[1:-1].replace('""', '"'))
            if tok.subtype == "LOGICAL":
                return ("num", tok.value.upper() == "TRUE") if tok.value.upper() in ("TRUE", "FALSE") else \
                    _unsupported(tok.value)
            if tok.subtype == "ERROR":
                return ("err", tok.value)
            return ("ref", tok.value)
        if tok.type == "FUNC" and tok.subtype == "OPEN":
            name = tok.value[:-1].upper()
            if name.startswith("_XLFN."):
                name = name[6:]
            args = []
            nxt = self.peek()
            if nxt is not None and nxt.type == "FUNC" and nxt.subtype == "CLOSE":
                self.i += 1
                return ("call", name, args)
            while True:
                nxt = self.peek()
                if nxt is not None and nxt.type == "SEP" and nxt.subtype == "ARG":  # an empty argument: IF(A1,,1)
                    args.append(("empty",))
                else:
                    args.append(self.expr())
                tok = self.take()
                if tok.type == "SEP" and tok.subtype == "ARG":
                    continue
                if tok.type == "FUNC" and tok.subtype == "CLOSE":
                    return ("call", name, args)
                raise Unsupported(f"unexpected {tok.value}")
        if tok.type == "PAREN" and tok.subtype == "OPEN":
            inner = self.expr()
            close = self.take()
            if close.type != "PAREN" or close.subtype != "CLOSE":
                raise Unsupported("unbalanced")
            return inner
        raise Unsupported(f"token {tok.value}")


def _unsupported(what: str):
    raise Unsupported(what)


# --- references --------------------------------------------------------------------------------------------------
_CELL = re.compile(r"^\$?([A-Za-z]{1,3})\$?(\d{1,7})$")
_COLS = re.compile(r"^\$?([A-Za-z]{1,3})$")
_ROWS = re.compile(r"^\$?(\d{1,7})$")


def split_ref(text: str, sheet: str, names: dict[str, tuple[str, str]]) -> tuple[str, int, int, int, int]:
    """(sheet, r1, c1, r2, c2) 0-based of a reference (A1, $A$1:B3, Sheet!A1, 'My sheet'!A:A, a defined name);
    whole rows / columns are given up to row / column 1,048,575 / 16,383 (the caller clips them)."""
    if "!" in text:
        where, _, ref = text.rpartition("!")
        if where.startswith("'") and where.endswith("'"):
            where = where[1:-1].replace("''", "'")
        if "[" in where or not where:  # another book: 「[1]Sheet1!A1」
            raise Unsupported(text)
        sheet = where
    else:
        ref = text
        if ref in names or ref.upper() in {k.upper() for k in names}:
            hit = names.get(ref) or next(v for k, v in names.items() if k.upper() == ref.upper())
            return split_ref(f"'{hit[0]}'!{hit[1]}", sheet, {})
    if "[" in ref:  # a table's structured reference
        raise Unsupported(text)
    a, _, b = ref.partition(":")
    b = b or a
    if (ma := _CELL.match(a)) and (mb := _CELL.match(b)):
        r1, c1, r2, c2 = int(ma.group(2)) - 1, col_index(ma.group(1)), int(mb.group(2)) - 1, col_index(mb.group(1))
    elif (ma := _COLS.match(a)) and (mb := _COLS.match(b)) and ":" in ref:
        r1, c1, r2, c2 = 0, col_index(ma.group(1)), 1_048_575, col_index(mb.group(1))
    elif (ma := _ROWS.match(a)) and (mb := _ROWS.match(b)) and ":" in ref:
        r1, c1, r2, c2 = int(ma.group(1)) - 1, 0, int(mb.group(1)) - 1, 16_383
    else:
        raise Unsupported(text)
    return sheet, min(r1, r2), min(c1, c2), max(r1, r2), max(c1, c2)


@dataclass
class Area:
    """A range's values, row by row (blanks as None)."""
    rows: list[list]

    def flat(self):
        return [v for row in self.rows for v in row]


# --- evaluation --------------------------------------------------------------------------------------------------
class Evaluator:
    """Works out the formulas of a book.  ``formulas(sheet)`` → {(row, col): text} of that sheet's cells with no
    cached value; ``raw(sheet)`` → its SheetData as read (blanks where those formulas are); ``names``: defined
    names → (sheet, A1)."""

    def __init__(self, formulas, raw, names: dict[str, tuple[str, str]], sheet_names: list[str]) -> None:
        self._formulas, self._raw, self.names = formulas, raw, names
        self.sheets = {s.upper(): s for s in sheet_names}
        self.memo: dict[tuple[str, int, int], object] = {}
        self.visits = 0  # cells looked at by ranges so far (MAX_VISITS)
        self._extents: dict[str, tuple[int, int]] = {}
        self.failed: dict[tuple[str, int, int], str] = {}  # (sheet, row, col) → why it was not worked out
        self._busy: set[tuple[str, int, int]] = set()

    def work_out(self, sheet: str) -> dict[tuple[int, int], object]:
        """{(row, col): value} of every formula of the sheet that could be worked out (a value Python readers get
        from calamine: float, str, bool, datetime.date; an error as '' as calamine gives it)."""
        out = {}
        todo = list(self._formulas(sheet))
        for _ in range(MAX_PASSES):  # a chain deeper than MAX_DEPTH: its lower links first, the rest in the next pass
            deep = []
            for (r, c) in todo:
                key = (sheet, r, c)
                if key in self.failed:
                    continue
                if key not in self.memo and len(self.memo) >= MAX_FORMULAS:
                    self.failed[key] = TOO_MANY
                    continue
                try:
                    out[(r, c)] = _as_read(self.cell(sheet, r, c, 0))
                except TooDeep:
                    deep.append((r, c))
                except Unsupported:
                    continue  # (recorded in ``failed``)
                except Exception as exc:  # noqa: BLE001 - whatever a formula does here, the cell stays blank, said
                    self.failed[key] = type(exc).__name__
            if not deep:
                break
            todo = deep
        else:
            for (r, c) in todo:
                self.failed[(sheet, r, c)] = "too deep"
        return out

    def cell(self, sheet: str, r: int, c: int, depth: int):
        key = (sheet, r, c)
        if key in self.memo:
            return self.memo[key]
        text = self._formulas(sheet).get((r, c))
        if text is None:
            return _from_read(self._raw(sheet).value(r, c))
        if key in self.failed:
            raise Unsupported(self.failed[key])
        if key in self._busy:  # a circular reference: never worked out
            self.failed[key] = "circular"
            raise Unsupported("circular")
        if depth > MAX_DEPTH:  # too deep in one go: not recorded (the chain's lower links are worked out first)
            raise TooDeep("too deep")
        self._busy.add(key)
        try:
            value = self.eval(parse(text), sheet, depth + 1)
            if isinstance(value, Area):
                value = _implicit(value)
        except TooDeep:
            raise
        except Unsupported as exc:
            self.failed[key] = str(exc) or "unsupported"
            raise
        finally:
            self._busy.discard(key)
        self.memo[key] = value
        return value

    def _extent(self, sheet: str) -> tuple[int, int]:
        """(last row, last column) 0-based a whole row or column of the sheet reaches: its cells and its formulas."""
        hit = self._extents.get(sheet)
        if hit is None:
            data, formulas = self._raw(sheet), self._formulas(sheet)
            hit = self._extents[sheet] = (max(data.height - 1, max((r for r, _ in formulas), default=-1)),
                                          max(data.width - 1, max((c for _, c in formulas), default=-1)))
        return hit

    def area(self, ref: str, sheet: str, depth: int) -> Area:
        where, r1, c1, r2, c2 = split_ref(ref, sheet, self.names)
        real = self.sheets.get(where.upper())
        if real is None:
            raise Unsupported(f"no sheet {where}")
        last_r, last_c = self._extent(real)
        r2, c2 = min(r2, max(last_r, r1)), min(c2, max(last_c, c1))
        size = (r2 - r1 + 1) * (c2 - c1 + 1)
        if size > MAX_RANGE_CELLS:
            raise Unsupported("range too large")
        self.visits += size
        if self.visits > MAX_VISITS:
            raise Unsupported("too much to look at")
        return Area([[self.cell(real, r, c, depth) for c in range(c1, c2 + 1)] for r in range(r1, r2 + 1)])

    def eval(self, node, sheet: str, depth: int):
        kind = node[0]
        if kind in ("num", "str"):
            return node[1]
        if kind == "err":
            return Error(node[1])
        if kind == "empty":
            return None
        if kind == "ref":
            return self.area(node[1], sheet, depth)
        if kind == "neg":
            v = _number(_scalar(self.eval(node[1], sheet, depth)))
            return v if isinstance(v, Error) else -v
        if kind == "pos":
            return _scalar(self.eval(node[1], sheet, depth))
        if kind == "pct":
            v = _number(_scalar(self.eval(node[1], sheet, depth)))
            return v if isinstance(v, Error) else v / 100
        if kind == "op":
            return _binary(node[1], _scalar(self.eval(node[2], sheet, depth)), _scalar(self.eval(node[3], sheet, depth)))
        if kind == "call":
            fn = FUNCTIONS.get(node[1])
            if fn is None:
                raise Unsupported(node[1])
            return fn(self, node[2], sheet, depth)
        raise Unsupported(kind)  # pragma: no cover - every node kind is above

    def args(self, nodes, sheet: str, depth: int) -> list:
        return [self.eval(n, sheet, depth) for n in nodes]


def _implicit(a: Area):
    """A range where one value is wanted: its only cell (Excel's implicit intersection is not followed here)."""
    if len(a.rows) == 1 and len(a.rows[0]) == 1:
        return a.rows[0][0]
    raise Unsupported("range as a value")


def _scalar(v):
    return _implicit(v) if isinstance(v, Area) else v


def _from_read(v):
    """A value as calamine read it → the evaluator's: '' is a blank (None), a date a DateNumber."""
    if v is None or v == "":
        return None
    if isinstance(v, dt.datetime):
        return DateNumber((v - dt.datetime(1899, 12, 30)).total_seconds() / 86400)
    if isinstance(v, dt.date):
        return DateNumber((v - _EPOCH).days)
    if isinstance(v, (dt.time, dt.timedelta)):
        raise Unsupported("time value")
    return v


def _as_read(v):
    """The evaluator's value → what calamine would have given for the cell."""
    if isinstance(v, Error):
        return ""  # (calamine gives an error cell as '')
    if v is None:
        return 0.0  # a formula pointing at a blank cell shows 0
    if isinstance(v, float) and not math.isfinite(v):
        return ""  # (an overflow: #NUM! in Excel)
    if isinstance(v, DateNumber):
        whole = math.floor(v)
        try:
            day = _EPOCH + dt.timedelta(days=whole)
            return day if v == whole else dt.datetime.combine(day, dt.time()) + dt.timedelta(days=float(v) - whole)
        except (OverflowError, ValueError):
            return ""  # (a date Excel cannot show either: #####)
    if isinstance(v, bool):
        return v
    if isinstance(v, (int, float)):
        return float(v)
    return v


def _number(v):
    """Excel's conversion to a number for arithmetic: blank 0, TRUE 1, a text of digits its number."""
    if isinstance(v, Error):
        return v
    if v is None:
        return 0.0
    if isinstance(v, bool):
        return 1.0 if v else 0.0
    if isinstance(v, (int, float)):
        return v
    if isinstance(v, str):
        try:
            x = float(v.strip().replace(",", ""))
        except ValueError:
            return VALUE
        return x if math.isfinite(x) else VALUE  # (「nan」, 「inf」 are no numbers to Excel)
    return VALUE


def _text(v) -> str | Error:
    if isinstance(v, Error):
        return v
    if v is None:
        return ""
    if isinstance(v, bool):
        return "TRUE" if v else "FALSE"
    if isinstance(v, float):
        if isinstance(v, DateNumber):
            v = float(v)
        if not math.isfinite(v):
            return NUM
        return str(int(v)) if v.is_integer() else f"{v:.15g}"
    return str(v)


def _binary(op: str, a, b):
    if isinstance(a, Error):
        return a
    if isinstance(b, Error):
        return b
    if op == "&":
        return _text(a) + _text(b)
    if op in _COMPARE:
        return _compare(op, a, b)
    x, y = _number(a), _number(b)
    if isinstance(x, Error):
        return x
    if isinstance(y, Error):
        return y
    if op == "+":
        out = x + y
    elif op == "-":
        out = x - y
    elif op == "*":
        out = x * y
        return float(out) if math.isfinite(out) else NUM
    elif op == "/":
        return DIV0 if y == 0 else x / y
    else:
        try:
            return float(x) ** float(y)
        except (OverflowError, ZeroDivisionError, ValueError):
            return NUM
    # a date plus or minus days stays a date; two dates apart are days
    if isinstance(a, DateNumber) != isinstance(b, DateNumber):
        return DateNumber(out)
    return float(out)


def _compare(op: str, a, b) -> bool:
    def rank(v):  # Excel orders numbers < texts < logicals; a blank is 0, "" or FALSE as the other side is
        if isinstance(v, bool):
            return 2, v
        if isinstance(v, str):
            return 1, v.upper()
        return 0, float(v)
    if a is None:
        a = "" if isinstance(b, str) else (False if isinstance(b, bool) else 0.0)
    if b is None:
        b = "" if isinstance(a, str) else (False if isinstance(a, bool) else 0.0)
    x, y = rank(a), rank(b)
    return {"=": x == y, "<>": x != y, "<": x < y, ">": x > y, "<=": x <= y, ">=": x >= y}[op]


# --- functions ---------------------------------------------------------------------------------------------------
def _values(ev: Evaluator, nodes, sheet, depth):
    """The numbers of the arguments as SUM sees them: a range's numbers only; a typed argument converted."""
    out = []
    for n in nodes:
        v = ev.eval(n, sheet, depth)
        if isinstance(v, Area):
            for x in v.flat():
                if isinstance(x, Error):
                    return x
                if isinstance(x, (int, float)) and not isinstance(x, bool):
                    out.append(float(x))
        else:
            x = _number(v)
            if isinstance(x, Error):
                return x
            out.append(float(x))
    return out


def _agg(fn):
    def call(ev, nodes, sheet, depth):
        vals = _values(ev, nodes, sheet, depth)
        return vals if isinstance(vals, Error) else fn(vals)
    return call


def _round_with(mode):
    def call(ev, nodes, sheet, depth):
        if len(nodes) not in (1, 2):
            raise Unsupported("ROUND arguments")
        x = _number(_scalar(ev.eval(nodes[0], sheet, depth)))
        d = _number(_scalar(ev.eval(nodes[1], sheet, depth))) if len(nodes) == 2 else 0.0
        if isinstance(x, Error) or isinstance(d, Error):
            return x if isinstance(x, Error) else d
        from decimal import ROUND_DOWN, ROUND_HALF_UP, ROUND_UP, Decimal

        q = Decimal(1).scaleb(-int(d))
        rounding = {"half": ROUND_HALF_UP, "down": ROUND_DOWN, "up": ROUND_UP}[mode]
        # (as Excel, the number is taken at 15 significant digits first: 0.1+0.2 rounds as 0.3)
        return float(Decimal(repr(float(f"{x:.15g}"))).quantize(q, rounding=rounding))
    return call


def _if(ev, nodes, sheet, depth):
    if len(nodes) not in (2, 3):
        raise Unsupported("IF arguments")
    test = _scalar(ev.eval(nodes[0], sheet, depth))
    if isinstance(test, Error):
        return test
    if isinstance(test, str):
        if test.upper() not in ("TRUE", "FALSE"):
            return VALUE
        test = test.upper() == "TRUE"
    chosen = nodes[1] if _number(test) else (nodes[2] if len(nodes) == 3 else None)
    if chosen is None:
        return False
    v = ev.eval(chosen, sheet, depth)
    return 0.0 if v is None and chosen[0] == "empty" else v


def _iferror(ev, nodes, sheet, depth):
    if len(nodes) != 2:
        raise Unsupported("IFERROR arguments")
    v = _scalar(ev.eval(nodes[0], sheet, depth))
    return _scalar(ev.eval(nodes[1], sheet, depth)) if isinstance(v, Error) else v


def _logic(fn):
    def call(ev, nodes, sheet, depth):
        vals = []
        for n in nodes:
            v = ev.eval(n, sheet, depth)
            for x in (v.flat() if isinstance(v, Area) else [v]):
                if isinstance(x, Error):
                    return x
                if isinstance(x, (bool, int, float)):
                    vals.append(bool(x))
        return fn(vals) if vals else VALUE
    return call


def _not(ev, nodes, sheet, depth):
    x = _number(_scalar(ev.eval(nodes[0], sheet, depth)))
    return x if isinstance(x, Error) else not x


def _date(ev, nodes, sheet, depth):
    if len(nodes) != 3:
        raise Unsupported("DATE arguments")
    y, m, d = (_number(_scalar(ev.eval(n, sheet, depth))) for n in nodes)
    for v in (y, m, d):
        if isinstance(v, Error):
            return v
    y, m, d = int(y), int(m), int(d)
    if 0 <= y < 1900:
        y += 1900
    y += (m - 1) // 12
    m = (m - 1) % 12 + 1
    try:
        day = dt.date(y, m, 1) + dt.timedelta(days=d - 1)
    except (ValueError, OverflowError):
        return NUM
    return DateNumber((day - _EPOCH).days)


def _date_part(which):
    def call(ev, nodes, sheet, depth):
        x = _number(_scalar(ev.eval(nodes[0], sheet, depth)))
        if isinstance(x, Error):
            return x
        day = _EPOCH + dt.timedelta(days=int(x))
        return float(getattr(day, which))
    return call


def _concat(ev, nodes, sheet, depth):
    out = []
    for n in nodes:
        v = ev.eval(n, sheet, depth)
        for x in (v.flat() if isinstance(v, Area) else [v]):
            t = _text(x)
            if isinstance(t, Error):
                return t
            out.append(t)
    return "".join(out)


def _count(kind):
    def call(ev, nodes, sheet, depth):
        n = 0
        for node in nodes:
            v = ev.eval(node, sheet, depth)
            for x in (v.flat() if isinstance(v, Area) else [v]):
                if kind == "count":
                    n += isinstance(x, (int, float)) and not isinstance(x, bool)
                elif kind == "counta":
                    n += x is not None and x != ""
                else:
                    n += x is None or x == ""
        return float(n)
    return call


_CRITERION = re.compile(r"^(<=|>=|<>|<|>|=)?(.*)$", re.S)


def _matcher(crit):
    """COUNTIF's criterion: a number, a text (wildcards * ?), or an operator before either."""
    if isinstance(crit, (int, float)) and not isinstance(crit, bool):
        return lambda x: isinstance(x, (int, float)) and not isinstance(x, bool) and float(x) == float(crit)
    op, rest = _CRITERION.match(_text(crit) if not isinstance(crit, Error) else "").groups()
    op = op or "="
    try:
        target = float(rest)
        numeric = True
    except ValueError:
        numeric = False
    if numeric:
        def test(x):
            if not isinstance(x, (int, float)) or isinstance(x, bool):
                return op == "<>"
            return _compare(op, float(x), target)
        return test
    if op in ("=", "<>") and any(ch in rest for ch in "*?"):
        pattern = re.compile("^" + re.escape(rest).replace(r"\*", ".*").replace(r"\?", ".") + "$", re.I | re.S)
        return lambda x: (isinstance(x, str) and bool(pattern.match(x))) == (op == "=")
    if op == "=" and rest == "":
        return lambda x: x is None or x == ""
    if op == "<>" and rest == "":
        return lambda x: x is not None and x != ""
    if op in ("=", "<>"):
        return lambda x: (isinstance(x, str) and x.upper() == rest.upper()) == (op == "=")
    return lambda x: isinstance(x, str) and _compare(op, x, rest)


def _countif(ev, nodes, sheet, depth):
    if len(nodes) != 2:
        raise Unsupported("COUNTIF arguments")
    area = ev.eval(nodes[0], sheet, depth)
    if not isinstance(area, Area):
        raise Unsupported("COUNTIF range")
    test = _matcher(_scalar(ev.eval(nodes[1], sheet, depth)))
    return float(sum(1 for x in area.flat() if test(x)))


def _sumif(ev, nodes, sheet, depth):
    if len(nodes) not in (2, 3):
        raise Unsupported("SUMIF arguments")
    area = ev.eval(nodes[0], sheet, depth)
    summed = ev.eval(nodes[2], sheet, depth) if len(nodes) == 3 else area
    if not isinstance(area, Area) or not isinstance(summed, Area):
        raise Unsupported("SUMIF range")
    test = _matcher(_scalar(ev.eval(nodes[1], sheet, depth)))
    total = 0.0
    for x, y in zip(area.flat(), summed.flat()):
        if test(x) and isinstance(y, (int, float)) and not isinstance(y, bool):
            total += float(y)
    return total


def _one(fn):
    def call(ev, nodes, sheet, depth):
        if len(nodes) != 1:
            raise Unsupported("arguments")
        x = _number(_scalar(ev.eval(nodes[0], sheet, depth)))
        return x if isinstance(x, Error) else fn(x)
    return call


def _n(ev, nodes, sheet, depth):
    """N(): a number as itself (a date as its serial), TRUE 1, anything else 0; an error stays."""
    if len(nodes) != 1:
        raise Unsupported("N arguments")
    v = _scalar(ev.eval(nodes[0], sheet, depth))
    if isinstance(v, Error):
        return v
    if isinstance(v, bool):
        return 1.0 if v else 0.0
    return float(v) if isinstance(v, (int, float)) else 0.0


def _value(ev, nodes, sheet, depth):
    """VALUE(): a text of digits as its number (#VALUE! otherwise)."""
    if len(nodes) != 1:
        raise Unsupported("VALUE arguments")
    v = _scalar(ev.eval(nodes[0], sheet, depth))
    return v if isinstance(v, Error) else _number(v if v is not None else "")


def _mod(ev, nodes, sheet, depth):
    x, y = (_number(_scalar(ev.eval(n, sheet, depth))) for n in nodes)
    if isinstance(x, Error) or isinstance(y, Error):
        return x if isinstance(x, Error) else y
    return DIV0 if y == 0 else float(x - y * math.floor(x / y))


def _is(test):
    def call(ev, nodes, sheet, depth):
        return test(_scalar(ev.eval(nodes[0], sheet, depth)))
    return call


def _text_fn(fn):
    def call(ev, nodes, sheet, depth):
        vals = [_scalar(ev.eval(n, sheet, depth)) for n in nodes]
        for v in vals:
            if isinstance(v, Error):
                return v
        return fn(*vals)
    return call


def _mid(s, start, n):
    return _text(s)[max(int(_number(start)) - 1, 0):max(int(_number(start)) - 1, 0) + int(_number(n))]


FUNCTIONS = {
    "SUM": _agg(lambda v: float(sum(v))),
    "AVERAGE": _agg(lambda v: float(sum(v)) / len(v) if v else DIV0),
    "MIN": _agg(lambda v: min(v) if v else 0.0),
    "MAX": _agg(lambda v: max(v) if v else 0.0),
    "COUNT": _count("count"), "COUNTA": _count("counta"), "COUNTBLANK": _count("blank"),
    "ROUND": _round_with("half"), "ROUNDDOWN": _round_with("down"), "ROUNDUP": _round_with("up"),
    "INT": _one(lambda x: float(math.floor(x))), "ABS": _one(lambda x: abs(float(x))), "MOD": _mod,
    "IF": _if, "IFERROR": _iferror, "AND": _logic(all), "OR": _logic(any), "NOT": _not,
    "TRUE": lambda ev, nodes, sheet, depth: True, "FALSE": lambda ev, nodes, sheet, depth: False,
    "DATE": _date, "YEAR": _date_part("year"), "MONTH": _date_part("month"), "DAY": _date_part("day"),
    "CONCATENATE": _concat, "CONCAT": _concat,
    "COUNTIF": _countif, "SUMIF": _sumif, "N": _n, "VALUE": _value,
    "ISBLANK": _is(lambda v: v is None), "ISNUMBER": _is(lambda v: isinstance(v, (int, float)) and not isinstance(v, bool)),
    "ISERROR": _is(lambda v: isinstance(v, Error)),
    "LEN": _text_fn(lambda s: float(len(_text(s)))), "TRIM": _text_fn(lambda s: re.sub(" +", " ", _text(s)).strip(" ")),
    "LEFT": _text_fn(lambda s, n=1.0: _text(s)[:int(_number(n))]),
    "RIGHT": _text_fn(lambda s, n=1.0: _text(s)[-int(_number(n)):] if int(_number(n)) else ""),
    "MID": _text_fn(_mid),
}
