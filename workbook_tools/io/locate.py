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

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache, partial

from workbook_tools.core.normalize import (_BRACKET_MARK, ARROW_CHARS, CHECKBOX_GLYPHS, CORRECTION_ARROW, STATE_WORDS,
                                           TRAILING_NOTE,
                                           box_pair_state, cell_text, fraction_percent, glyph_state, label_key,
                                           marked_choice, named_counts, normalize_text, parse_date, split_glyph,
                                           state_word, worked_count)
from workbook_tools.core.prefectures import by_name, named_in
from workbook_tools.forms.model import (CHECK, CHOICE, CHOICES_SHEET, DATE, INTEGER, LONG_TEXT, NUMBER, PERCENT,
                                        PROP_KIND, PROP_VERSION, PROP_YEAR, TEXT, YEAR_MONTH, Field, FormDef, Section,
                                        defined_name, format_year)
from workbook_tools.io.readers import Book, SheetData, a1, parse_a1
from workbook_tools.io.styles import HIGHLIGHT, as_shown

_SPACE = re.compile(r"[\s\u3000\u200b]")  # what label_key takes out
_UNIT_ONLY = frozenset(("人", "名", "%", "件", "人数"))  # a number's unit typed in the cell after it
_SEPARATORS = frozenset((":", "=", "→", "⇒", "->"))  # keys of cells typed between a label and its answer
_NUMBERING = re.compile(r"^(?:[\(（【\[〔]?\d{1,2}[\)）】\]〕.．、]?|第\d{1,2})")  # 「3.」「(3)」「【3】」「第3」
# Era prefixes are at most two characters (令和, R): a bounded class keeps the scan linear
# (an unbounded "+" made a long run of R or 令和 quadratic: seconds per cell).
_YEARS = re.compile(r"\d{2,4}年度?|[RH令和平成]{1,2}\d{1,2}年度?")
_TITLE_YEARS = re.compile(r"(?:\d{2,4}年度?|[RH令和平成]{1,2}\d{1,2}年度?)(?:\d{1,2}月)?")  # a title's year (and month)


@lru_cache(maxsize=8192)
def yearless(text: str) -> str:
    """A label key with every year taken out ('{y1}年4月新採' and '2025年4月新採' both → '4月新採'),
    so a label matches whatever year the file, the form or --year says."""
    return _YEARS.sub("", label_key(format_year(text, 2000)))


@dataclass
class Found:
    """What a field's cell held, and where."""

    raw: object
    sheet: str
    cell: str
    how: str  # "name" (defined name), "label" (anchor), "control" (check-box control), "inferred", "missing"
    glyph: str | None = None  # checkbox: the glyph seen
    rule: str = ""  # how == "inferred": the rule that gave the value (Japanese, shown to users)


@dataclass
class Located:
    form: FormDef
    sheet: str
    via: str  # "template" or "legacy"
    values: dict[tuple[str, str], Found] = field(default_factory=dict)  # (section key, field key) → Found
    extras: list[tuple[str, str, object]] = field(default_factory=list)  # (sheet, cell, value) not placed
    hidden: list[tuple[str, str, object]] = field(default_factory=list)  # (sheet, cell, value) in hidden rows/columns
    unread_sheets: list[tuple[str, int]] = field(default_factory=list)  # (sheet, filled cells) of sheets not read
    # another filled copy of the form on a sheet not read: (sheet, who it names (「架空市職員労働組合」) when another
    # sender than the sheet read, else "": a draft or a copy of the same)
    other_copies: list[tuple[str, str]] = field(default_factory=list)
    # the form filled in twice on one sheet: (sheet, rows of the block not read, 「2024年度の」 or "", chosen by the
    # years (else by order), the first cell of the block read)
    other_blocks: list[tuple[str, str, str, bool, str, int]] = field(default_factory=list)  # (…, how many blocks)
    # the answers keyed by question numbers, the questions on another sheet: (answers' sheet, questions' sheet, count)
    asked_by_number: tuple[str, str, int] | None = None
    # our template whose defined names of these fields point at 「#REF!」: read by its labels instead
    broken_names: list[str] = field(default_factory=list)
    # our template's own sheet left blank, Excel's copy of it filled and read: the blank sheet's name
    blank_original: str = ""
    missing_sections: list[str] = field(default_factory=list)
    year: int | None = None
    template_version: str = ""
    # read by labels: the most cells of one sheet that print the form's labels or section titles (0: none on any
    # sheet, the file is not this form), and the filled cells of all its sheets; None when read by names
    labels_seen: int | None = None
    filled: int | None = None


NO_TITLE = "\x00"  # the title key of a cell that cannot be a title (equal to no title or label)
_LONG_KEY = 1000  # a cell key at least this long is looked at for NO_TITLE (forms print labels of at most ~100)


def _key_title_key(key: str) -> str:
    """_title_key of a cell's key (a label_key already), or NO_TITLE for a long text that cannot be any title: its
    title key is compared with titles and labels (at most ~100 characters) and tried as a qualified title only when
    it ends with ')'.  A key of n characters loses at most 4 to the numbering and 9 to each year (each holds one
    年), and keeps its last character unless that is 年, 度 or 月: above 500 characters after that, and ending in
    another character than ')', none of those can hold.  (A sheet of 10,000 texts of 10 KB spent 8 s in the
    year regexes of its title keys.)  The bound also leaves out the list marks 「、・,」 a title key drops."""
    if len(key) >= _LONG_KEY and "{" not in key and key[-1] not in ")年度月" and \
            len(key) - 4 - 9 * key.count("年") - sum(map(key.count, "、・,")) > 500:
        return NO_TITLE
    return _title_key(key)


@lru_cache(maxsize=4096)
def _title_key(text: str) -> str:
    # a form's year is a year here as a typed one is (「{y1}年4月新規採用者対策」: the 4 was taken for a section number)
    k = label_key(text.replace("{y1}", "2000").replace("{y}", "2000") if "{" in text else text)
    k = _NUMBERING.sub("", k)
    k = _TITLE_YEARS.sub("", k)  # 「2025年4月新規採用者」 is the title 「{y}年 新規採用者」
    return k.translate(_LIST_MARKS) if "、" in k or "・" in k or "," in k else k  # 「定年者、再任用」 = 「定年者・再任用」


_LIST_MARKS = str.maketrans("", "", "、・,")


# Caches keyed by id(): form definitions are module-level constants, and hashing a
# frozen dataclass walks its whole nested structure on every call.  Each entry keeps its
# object, so an id reused by a later object (e.g. a definition unpickled per task) misses.
_FIELD_KEYS: dict[tuple, tuple] = {}  # (id(field), year or (what, year)) → (field, keys)
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
    # a printed text naming the year is matched as printed for this year, and without its year for any other
    boiler = tuple(dict.fromkeys((_unpointed(label_key(format_year(p.rstrip("…"), y))), p.endswith("…"))
                                 for p in form.boilerplate for y in ((year, None) if "{" in p else (year,))))
    choices = frozenset(label_key(c) for s, f in form.all_fields() if f.type == CHOICE
                        for c in f.choices if s.key != "h" or len(f.choices) < 10)
    labels = frozenset(label_key(format_year(f.label, year)) for _, f in form.all_fields())
    titles = frozenset(_title_key(s.title) for s in form.sections if s.title)
    return boiler, choices, labels, titles


@lru_cache(maxsize=65536)
def _key_parts(key: str) -> tuple[str, str, str | None]:
    """First two and last two characters of a key, and the first two of its yearless form when they differ."""
    text = _LEADING_NOTE.sub("", key) if key[:1] == "(" else key  # (「（分母）正規職員数」 too)
    # the first two characters without years: a match of _YEARS spans at most 6 characters, so the matches that start
    # in the first 58 are the same in the first 64 as in the whole key; with 8 characters or more left of those 64,
    # the first two come from there (a long text is not run through the regex whole)
    start = _YEARS.sub("", text[:64]) if len(text) > 64 else None
    bare = (start if start is not None and len(start) >= 8 else _YEARS.sub("", text))[:2]
    return key[:2], key[-2:], (bare if bare != key[:2] else None)


@dataclass(slots=True)
class _Cell:
    r: int
    c: int
    value: object
    key: str


def _cells(sheet: SheetData, formats: dict[tuple[int, int], str] | None) -> list[_Cell]:
    """The sheet's non-empty cells in row order (the hidden cells of a merged area left out), each with
    its label key; a number or date in a format that changes its meaning as the format shows it."""
    # looked up per filled cell (a merged whole column is a million cells: never listed one by one)
    under = sheet.under_merge if sheet.merged else None
    cells = []
    for r, c, v in sheet.filled():  # most cells are empty
        if under is not None and under(r, c):
            continue
        if formats and (r, c) in formats:
            v = as_shown(v, formats[(r, c)])  # 27.20% → 27.2; a date with its printed text
        cells.append(_Cell(r, c, v, _cell_key(v) if type(v) is str else ""))
    return cells


# A list number typed before a label: ① (NFKC would make it a bare 1), (1) / （１）, 【1】, 1. / 1．/ 1、
# (not 1.5).  Taken off before a cell's key is compared with the form's labels.
_ITEM_LETTER = re.compile(r"[ア-ンｱ-ﾝa-zA-Zａ-ｚＡ-Ｚ][.．、)）]?|[(（][ア-ンa-z][)）]")  # ア イ ウ, a b c as item numbers
_LIST_NUMBER = re.compile(r"^\s*(?:[\u2460-\u2473\u24f5-\u24fe\u2776-\u277f\u3251-\u325f]|[(（][0-9０-９]{1,2}[)）]"
                          r"|【[0-9０-９]{1,2}】|[0-9０-９]{1,2}[.．、](?![0-9０-９])"
                          r"|(?:問|[QＱ])\s*[0-9０-９]{1,2}(?![0-9０-９])[.．、:：)）]?"  # 問3, Q1．
                          r"|[QＱ][.．:：]"  # Ｑ．label (its answer 「Ａ．…」)
                          r"|[0-9０-９]{1,2}[-－‐][0-9０-９]{1,2}(?![0-9０-９.．])"  # 2-1 (item 1 of section 2)
                          r"|[0-9０-９]{1,2}(?=[\s\u3000]+[^\s\u30000-9０-９])"  # 2　具体的な取り組み
                          r"|[\u2160-\u216b\u2170-\u217b](?:[.．、]|(?=[\s\u3000])))\s*")  # Ⅲ． / Ⅲ followed by a space


@lru_cache(maxsize=65536)
def _cell_key(text: str) -> str:
    """A cell's key: label_key without a bullet or list number typed before it (the same texts recur in every
    copy of a legacy form: worked out once)."""
    key = _unpointed(label_key(_unnumbered(_unwrapped(text).lstrip(_BULLETS) or text)))
    m = _PERIOD_PREFIX.match(key)  # 「2025年4月　新規採用者数」: the question, its period before it
    return key[m.end():] if m and len(key) - m.end() >= 4 and not _PERIOD_REST.search(key, m.end()) else key


_PERIOD_PREFIX = re.compile(r"(?:\d{4}|(?:令和|R)\d{1,2})年\d{1,2}月(?!末|時点|現在|[0-9])")
_PERIOD_REST = re.compile(r"時点|現在|退職|対策|採用者$")  # (「2025年4月新規採用者」 is a section's title: kept)


_WRAPPERS = {"【": "】", "「": "」", "『": "』", "[": "]", "［": "］", "〔": "〕", "＜": "＞", "〈": "〉"}


def _unwrapped(text: str) -> str:
    """A label typed inside brackets or quotes (「【作成者】」, 「「今後、重点的に取り組む課題」」): the label."""
    t = text.strip()
    close = _WRAPPERS.get(t[:1])
    if close and len(t) > 2 and t.endswith(close) and t.count(t[0]) == 1 and t.count(close) == 1:
        return t[1:-1]
    return text


_LEFT_ARROWS = ("←", "⇐", "⬅", "<-", "<=")


def _unpointed(key: str) -> str:
    """A label typed right of its answer, pointing back at it (「←具体的な取り組み」, 「（作成日）」): the label."""
    for arrow in _LEFT_ARROWS:
        if key.startswith(arrow) and len(key) > len(arrow):
            return key[len(arrow):]
    if len(key) > 2 and key[0] == "(" and key[-1] == ")" and "(" not in key[1:-1] and ")" not in key[1:-1]:
        return key[1:-1]
    return key


def _pointer(value) -> str:
    """"arrow" for a label pointing left at its answer (←label), "paren" for one in brackets ((label)), else ""."""
    if type(value) is not str or value[:1] not in _POINTER_STARTS:
        return ""
    text = label_key(value)
    if text.startswith(_LEFT_ARROWS):
        return "arrow"
    return "paren" if _unpointed(text) != text else ""


_POINTER_STARTS = frozenset("←⇐⬅<(（ \u3000")


_BULLETS = " \u3000■◆◇●◎・【"  # a bullet typed before a label (■今後の取り組み); a check item keeps its glyph (_item_text)


def _unnumbered(text: str) -> str:
    return _LIST_NUMBER.sub("", text, count=1) if text[:1] in _NUMBER_STARTS or text[:1].isspace() else text


_CIRCLED = frozenset(chr(c) for c in (*range(0x2460, 0x2474), *range(0x24F5, 0x24FF), *range(0x2776, 0x2780),
                                      *range(0x3251, 0x3260)))
_NUMBER_STARTS = frozenset("(（【0123456789０１２３４５６７８９問QＱ") | _CIRCLED | {chr(c) for c in (*range(0x2160, 0x216C),
                                                                                      *range(0x2170, 0x217C))}


class _Index:
    def __init__(self, sheet: SheetData, boxes: list | None = None,
                 formats: dict[tuple[int, int], str] | None = None,
                 hidden: tuple[set[int], set[int]] | None = None) -> None:
        self.sheet = sheet
        self.boxes: dict[int, list] = {}  # row → check-box controls whose corner sits on it
        for b in boxes or ():
            self.boxes.setdefault(b.row, []).append(b)
        self.cells: list[_Cell] = _cells(sheet, formats)
        self.highlighted = {rc for rc, code in formats.items() if code == HIGHLIGHT} if formats else set()
        self.hidden: list[_Cell] = []  # cells in hidden rows or columns: never a label or an answer
        self.hidden_rows: set[int] = set(hidden[0]) if hidden else set()
        if hidden and (hidden[0] or hidden[1]):
            rows, cols = hidden
            self.hidden = [x for x in self.cells if x.r in rows or x.c in cols]
            self.cells = [x for x in self.cells if not (x.r in rows or x.c in cols)]
        self.claimed: set[tuple[int, int]] = set()
        self.year: int | None = None  # the fiscal year asked for (_read_sheet), when known
        self.labels_right = False  # the sheet types its labels right of the answers (_read_sheet decides)
        self.titles: dict[str, _Cell] = {}  # section key → the cell of its title (_section_rows)
        self.numbered: set[str] = set()  # sections found by their printed number only (_numbered_sections)
        self.section_cols: dict[str, tuple[int, int]] = {}  # a form in two halves: each section's columns
        self.remarks: set[tuple[int, int]] = set()  # where 備考 headings are (_free_texts)
        self.example_rows: set[int] = set()  # rows whose first cell says 記入例 (claimed: never an answer)
        self.example_cells: set[tuple[int, int]] = set()  # a 記入例 column's cells (claimed: passed over)
        self.struck = dict  # () → {(row, col): text left} of cells with struck-through words (Book.struck)
        self.circled = list  # () → [(row, col)] of the cells ovals are drawn round (Book.circled)
        self.shape_texts = list  # () → [(row, col, text)] of the text boxes drawn over the sheet (Book.shape_texts)
        self.legend: dict[str, bool] = {}  # a mark's meaning as the sheet's legend gives it (「●実施　○未実施」)
        self.group_names: dict[str, tuple[str, ...]] = {}  # a pair column → the names heading it too (_group_names)
        self.group_cells: dict[str, tuple[list[_Cell], list[_Cell]]] = {}  # _group_cells, once a sheet
        self._titles: dict[str, str] = {}
        self.by_row: dict[int, list[_Cell]] = {}
        self.by_col: dict[int, list[_Cell]] = {}  # top to bottom
        self.by_key: dict[str, list[_Cell]] = {}
        self.by_head: dict[str, list[_Cell]] = {}  # first two characters of the key (and of its yearless key)
        self.by_tail: dict[str, list[_Cell]] = {}  # last two ('2024年11月時点' ends with the label 時点)
        by_row, by_col, by_key = self.by_row.setdefault, self.by_col.setdefault, self.by_key.setdefault
        by_head, by_tail = self.by_head.setdefault, self.by_tail.setdefault
        for x in self.cells:  # indexed once per sheet: locating stays linear in the cells
            if x.key in _SEPARATORS:  # a column of '：' between labels and answers is the form's, not an answer
                self.claimed.add((x.r, x.c))
            by_row(x.r, []).append(x)
            by_col(x.c, []).append(x)
            if x.key:
                by_key(x.key, []).append(x)
                head, tail, bare = _key_parts(x.key)
                by_head(head, []).append(x)
                by_tail(tail, []).append(x)
                if bare is not None:
                    by_head(bare, []).append(x)

    def title_key(self, x: _Cell) -> str:
        """_title_key of a cell's key, worked out once per cell (_key_title_key)."""
        hit = self._titles.get(x.key)
        if hit is None:
            hit = self._titles[x.key] = _key_title_key(x.key)
        return hit

    def right_of(self, cell: _Cell, n: int = 1, positional: bool = False) -> list[_Cell | None]:
        """The next n cells to the right on the same row (skipping a merged label's width)."""
        m = self.sheet.merged_at(cell.r, cell.c)
        start = (m[3] if m else cell.c) + 1
        row = [x for x in self.by_row.get(cell.r, ()) if x.c >= start]
        while row and row[0].c == start and row[0].key in _SEPARATORS:  # label ： answer
            m = self.sheet.merged_at(cell.r, start)
            start = (m[3] if m else start) + 1
            row = row[1:]
        if not positional:
            return row[:n]
        by_col = {x.c: x for x in row}
        out, c = [], start
        while len(out) < n and c < start + 3 * n + 3:
            m2 = self.sheet.merged_at(cell.r, c)
            x = by_col.get(c)
            if (cell.r, c) in self.example_cells:  # 設問｜記入例｜自治労｜競合: the example is passed over
                pass
            elif x is None or x.key not in _UNIT_ONLY or not out:  # 「268｜人｜54｜人」: a unit in a cell of its own
                out.append(x)
            c = (m2[3] if m2 else c) + 1
        return out

    def left_of(self, cell: _Cell) -> _Cell | None:
        """The nearest filled cell left of a cell on its row, if it ends at most two columns before it."""
        left = None
        for x in self.by_row.get(cell.r, ()):
            if x.c >= cell.c:
                break
            left = x
        if left is None:
            return None
        m = self.sheet.merged_at(left.r, left.c)
        return left if cell.c - (m[3] if m else left.c) <= 2 else None

    def below(self, cell: _Cell) -> _Cell | None:
        for x in self.by_col.get(cell.c, ()):
            if x.r > cell.r:
                return x
        return None


def locate(book: Book, form: FormDef, *, year: int | None = None) -> Located:
    if book.properties.get(PROP_KIND) == form.kind and book.defined_names:
        broken = [f.label for _, f, name, _ in _named_fields(form) if name in book.broken_names] \
            if book.broken_names else []  # (the usual book: none, nothing looked at)
        if not broken:
            return _by_names(book, form)
        # a name whose cells were cut over or deleted (「#REF!」): the names around it may have moved onto other
        # fields' cells (a block cut and pasted one column over), so none is trusted: the form is read by its labels
        loc = _comment_answers(book, _by_labels(book, form, year))
        loc.broken_names = broken
        return loc
    return _comment_answers(book, _responses(book, form, year) or _by_labels(book, form, year))


# an answer that sends the reader to the cell's comment: 「※コメント参照」, 「メモ参照」, 「コメントのとおり」
_SEE_COMMENT = re.compile(r"^[※＊*]?(?:詳細は|内容は|回答は)?(?:セルの)?(?:コメント|メモ|注釈)(?:欄)?"
                          r"(?:(?:を|に記載|に記入)?(?:参照|をご覧ください|のとおり|の通り)"
                          r"|に(?:記載|記入|書き)(?:しました|ました|あり|します)?|にて|をご確認|を確認して|を見て)"
                          r"(?:ください|下さい|のこと)?[。.]?$")  # (「コメントに記載」, 「メモにて」, 「コメントをご確認ください」)
COMMENT_RULE = "セルには「{typed}」とあり、セルのコメント（メモ）に書かれた文を答えとしました"


def _comment_answers(book: Book, loc: Located) -> Located:
    """A text answered 「※コメント参照」: the comment on that cell is the answer (the author line Excel writes first left
    out), read as inferred and said; without a comment there, the cell stays as typed."""
    for key, found in list(loc.values.items()):
        raw = found.raw
        if not isinstance(raw, str) or len(raw) > 30 or not ("コメント" in raw or "メモ" in raw or "注釈" in raw) \
                or not found.cell or not found.sheet or \
                not _SEE_COMMENT.fullmatch(label_key(raw)):
            continue
        try:
            text = book.comments(found.sheet).get(parse_a1(found.cell.split(":")[0]))
        except ValueError:
            continue
        if text:
            loc.values[key] = Found(text, found.sheet, found.cell, "inferred", None,
                                    COMMENT_RULE.format(typed=raw.strip()))
    return loc


# --- 0. an online form's response sheet --------------------------------------------------
_STAMP_HEADS = frozenset(("タイムスタンプ", "timestamp", "開始時刻", "完了時刻", "回答日時", "送信日時"))
RESPONSE_RULE = "オンラインフォームの回答の表（{n} 件の回答）から、{which}の回答（{stamp}）を読みました"


def _responses(book: Book, form: FormDef, year: int | None) -> Located | None:
    """A sheet of an online form's responses (Google フォーム, Microsoft Forms): the questions across row 1 headed by a
    タイムスタンプ column, one row per response.  The latest response is read (said with each inferred value); a
    checkbox question's answer lists the items ticked (「A, B」): those done, the others not; the timestamp's date is
    the 作成日 when no question asks it.  None for any other book."""
    for name in book.sheet_names:
        sheet = book.sheet(name)
        if not sheet.rows or not any(label_key(sheet.value(0, c) or "").lower() in _STAMP_HEADS for c in range(3)):
            continue  # (Microsoft Forms: 「ID｜開始時刻｜完了時刻｜…」)
        columns = [(c, _response_field(v, form, year)) for c, v in enumerate(sheet.rows[0]) if isinstance(v, str)]
        columns = [(c, hit) for c, hit in columns if hit is not None]
        rows = [r for r in range(1, sheet.height) if any(v not in (None, "") for v in sheet.rows[r])]
        if len(columns) < 3 or not rows:
            continue
        at = next(c for c in range(3) if label_key(sheet.value(0, c) or "").lower() in _STAMP_HEADS)
        stamps = [(sheet.value(r, at), r) for r in rows]
        dated = [(v, r) for v, r in stamps if isinstance(v, (dt.date, dt.datetime))]
        stamp, r = max(dated) if dated else (sheet.value(rows[-1], 0), rows[-1])
        which = "最新" if len(rows) > 1 else "ただ 1 件"
        rule = RESPONSE_RULE.format(n=len(rows), which=which, stamp=_text_of(stamp))
        loc = Located(form, name, "legacy", year=year, labels_seen=len(columns),
                      filled=sum(1 for row in sheet.rows for v in row if v not in (None, "")))
        for c, (s, f) in columns:
            raw, cell = sheet.value(r, c), a1(r, c)
            if f is not None:
                loc.values[(s.key, f.key)] = Found(raw, name, cell, "label")
                continue
            # the ticked items: 「A, B」 (Google フォーム), 「A;B」 (Microsoft Forms), one per line
            ticked = {yearless(p) for p in re.split(r",\s*|;|\n", normalize_text(raw))} - {""} if raw else set()
            for g in s.checks:
                key = yearless(g.label)
                done = any(t == key or (len(t) >= 10 and (key.startswith(t) or t.startswith(key))) for t in ticked)
                loc.values[(s.key, g.key)] = Found(True, name, cell, "label") if done else \
                    Found(False, name, cell, "inferred" if not ticked else "label", None, rule if not ticked else "")
        created = next((f for sec, f in form.all_fields() if f.type == DATE and sec.key == form.sections[0].key), None)
        if created is not None and (form.sections[0].key, created.key) not in loc.values \
                and isinstance(stamp, (dt.date, dt.datetime)):
            loc.values[(form.sections[0].key, created.key)] = Found(stamp.date() if isinstance(stamp, dt.datetime)
                                                                    else stamp, name, a1(r, at), "inferred", None, rule)
        for s, f in form.all_fields():
            loc.values.setdefault((s.key, f.key), Found(None, name, "", "missing"))
        return loc
    return None


def _response_field(head: str, form: FormDef, year: int | None) -> tuple[Section, Field | None] | None:
    """What a response sheet's column heading asks: (section, field); (section, None) for a section's checkbox
    question (「2．…について　実施している取り組みを選んでください」); None when it asks nothing of the form."""
    words = yearless(head)
    bare = TRAILING_NOTE.sub("", label_key(head))
    for s in form.sections:
        if s.layout == "checks" and s.title and yearless(s.title) in words:
            texts = [f for f in s.fields if f.type == LONG_TEXT]
            if texts and any(yearless(lbl) in words for lbl in (texts[0].label, *texts[0].aliases)) \
                    and "選んで" not in words:
                return s, texts[0]
            return (s, None) if ("選んで" in words or "実施" in words) else None
    best: tuple[int, Section, Field] | None = None
    for s, f in form.all_fields():
        if f.type == CHECK:
            continue
        for lbl in (f.label, *f.aliases):
            k = yearless(lbl)
            if k and (label_key(format_year(lbl, year)) == bare or (len(k) >= 4 and k in words)):
                if best is None or len(k) > best[0]:
                    best = (len(k), s, f)
    return (best[1], best[2]) if best else None


def stamped_kind(book: Book) -> str | None:
    return book.properties.get(PROP_KIND) or None


# --- 1. our template ---------------------------------------------------------------
def _by_names(book: Book, form: FormDef) -> Located:
    """Our template, read by its defined names (the book's own).  A sheet Excel copied from the form (Ctrl+drag: its
    names scoped to the copy) is another filled copy: never a source of answers, said with whom it names."""
    loc = _read_names(book, form, book.defined_names)
    copies = [(sheet, _read_names(book, form, {name: (sheet, ref) for name, ref in scoped.items()}))
              for sheet, scoped in book.scoped_names.items() if sheet != loc.sheet]
    copies = [(sheet, more) for sheet, more in copies if _typed(more)]
    answers = [(sheet, more) for sheet, more in copies if not _SAMPLE_SHEET.search(sheet)]  # (「記入例」: never)
    if len(answers) == 1 and not _typed(loc):  # the copy filled, the original left blank: the copy is the answer
        blank = loc.sheet
        loc = answers[0][1]
        loc.blank_original = blank
        copies = [(sheet, more) for sheet, more in copies if more is not loc]
    for sheet, more in copies:
        loc.other_copies.append((sheet, _other_sender(loc, more, form)))
    _template_extras(book, form, loc, skip={sheet for sheet, _ in loc.other_copies})
    return loc


def _read_names(book: Book, form: FormDef, names: dict[str, tuple[str, str]]) -> Located:
    """The form's fields read from the cells ``names`` point at."""
    year_text = book.properties.get(PROP_YEAR, "")
    loc = Located(form, form.sheet, "template", year=int(year_text) if year_text.isdigit() else None,
                  template_version=book.properties.get(PROP_VERSION, ""))
    values = loc.values
    formats: dict[str, dict[tuple[int, int], str]] = {}
    sheets: dict[str, SheetData] = {}
    for s, f, name, where in _named_fields(form):
        target = names.get(name)
        if target is None:
            values[where] = Found(None, "", "", "missing")
            continue
        sheet_name, ref = target
        r, c, cell = _named_cell(ref)
        sheet = sheets.get(sheet_name)
        if sheet is None:
            sheet = sheets[sheet_name] = book.sheet(sheet_name)
            formats[sheet_name] = book.formats(sheet_name)
        raw = sheet.value(r, c)
        shown = formats[sheet_name]
        if shown and (r, c) in shown:
            raw = as_shown(raw, shown[(r, c)])
        values[where] = _named_value(book, f, sheet_name, r, c, raw) if f.type == CHECK else \
            Found(raw, sheet_name, cell, "name")
        loc.sheet = sheet_name
    return loc


@lru_cache(maxsize=4096)
def _named_cell(ref: str) -> tuple[int, int, str]:
    """A defined name's target ('B3' or 'B3:D5') → (row, column, A1) of its first cell."""
    r, c = parse_a1(ref.split(":")[0])
    return r, c, a1(r, c)


def _named_fields(form: FormDef) -> tuple[tuple[Section, Field, str, tuple[str, str]], ...]:
    """(section, field, defined name, (section key, field key)) of every field, built once per form (not
    per file)."""
    key = (id(form), "named")
    hit = _FORM_KEYS.get(key)
    if hit is None or hit[0] is not form:
        hit = _FORM_KEYS[key] = (form, tuple((s, f, defined_name(form.kind, s, f), (s.key, f.key))
                                             for s, f in form.all_fields()))
    return hit[1]


def _named_value(book: Book, f: Field, sheet_name: str, r: int, c: int, raw) -> Found:
    """A named cell's reading; a check box drawn over the template's □ cell is the item's answer."""
    glyph = None
    if f.type == CHECK and raw is not None and not isinstance(raw, bool):
        glyph = str(raw).strip()[:1] or None
    box = _template_box(book, sheet_name, r) if f.type == CHECK and book.checkboxes and \
        glyph_state(raw) is not True else None
    if box is not None:
        on = box_state(book.sheet(sheet_name), box)
        return Found(on, sheet_name, a1(r, c), "control", "☑" if on else "□")
    return Found(raw, sheet_name, a1(r, c), "name", glyph)


_SECTION_NUMBER = re.compile(r"^[\(（]?\d{1,2}[\)）.．、]")


def _template_box(book: Book, sheet: str, row: int):
    """A form-control check box whose corner sits on a template row (drawn over the □ cell)."""
    return next((b for b in book.checkboxes.get(sheet, ()) if b.row == row), None)


@lru_cache(maxsize=16384)
def _printed_key(text: str) -> str:
    """'3．2025年4月新規採用者対策' and '{y1}年4月新規採用者対策' → '4月新規採用者対策'."""
    return yearless(_SECTION_NUMBER.sub("", label_key(text)).lstrip("・"))


def _printed(form: FormDef) -> frozenset[str]:
    """Every text our template prints (title, instructions, headings, labels, notes), as compared keys."""
    key = (id(form), "printed")
    hit = _FORM_KEYS.get(key)
    if hit is None or hit[0] is not form:
        texts = [form.title, "実施している取り組みを☑してください。", *form.instructions, *form.boilerplate]
        for s in form.sections:
            texts += [s.title, s.note, *s.groups, *(f.label for f in s.fields)]
        hit = _FORM_KEYS[key] = (form, frozenset(_printed_key(t) for t in texts if t))
    return hit[1]


_ONE_CELL = re.compile(r"[A-Z]{1,3}[0-9]{1,7}")


def _template_extras(book: Book, form: FormDef, loc: Located, skip: set[str] = frozenset()) -> None:
    """Our template: whatever was typed outside the named input cells, on the form's sheet or on a sheet
    the submitter added, is kept as an entry with its cell (the dropdown lists' sheet is not read, nor ``skip``:
    another filled copy of the form, said as such)."""
    named = {(v.sheet, *parse_a1(v.cell)) for v in loc.values.values() if v.how in ("name", "control")}
    named |= {(sheet, *parse_a1(b.link)) for sheet, boxes in book.checkboxes.items() for b in boxes
              if _ONE_CELL.fullmatch(b.link)}
    printed = _printed(form)
    for name in book.sheet_names:
        if name == CHOICES_SHEET or name in skip:
            continue
        for r, c, v in book.sheet(name).filled():  # most cells are empty
            if (name, r, c) in named or (isinstance(v, str) and _printed_key(v) in printed):
                continue  # (an answer's text is not looked up as printed text: most are seen once)
            loc.extras.append((name, a1(r, c), v))


# --- 2. older copies: label anchors --------------------------------------------------
def _wanted(form: FormDef, year: int | None) -> frozenset[str]:
    """The form's label and section-title keys together (what a sheet's score counts), once per form and year."""
    key = (id(form), ("wanted", year))
    hit = _FORM_KEYS.get(key)
    if hit is None or hit[0] is not form:
        _, _, labels, titles = _form_keys(form, year)
        hit = _FORM_KEYS[key] = (form, labels | titles)
    return hit[1]


def _section_rows(idx: _Index, form: FormDef) -> dict[str, tuple[int, int]]:
    """Each titled section's rows (title row, row of the next title below it in the same band).  Titles are looked
    for at the left (first four columns); a title found further right starts a second band (a form in two halves
    side by side): each band's sections then also keep to their columns (``idx.section_cols``)."""
    starts: list[tuple[int, int, str]] = []
    missing = []
    left = [(x, idx.title_key(x)) for x in idx.cells if x.key and x.c <= 3]  # where section titles are printed
    for s in form.sections:
        if s.title and not _title_cell(idx, s, left, starts):
            missing.append(s)
    if missing and starts:  # the other half of a form typed in two halves: its titles further right
        right = [(x, idx.title_key(x)) for x in idx.cells if x.key and x.c > 3 and (x.r, x.c) not in idx.claimed]
        for s in missing:
            _title_cell(idx, s, right, starts)
    missing = [s for s in missing if s.key not in {k for _, _, k in starts}]
    titled = [s for s in form.sections if s.title]
    if missing:  # titles reworded (every one, or some: 「…に対する県本部の関わり方」): the sections by their printed numbers
        _numbered_sections(idx, titled, missing, starts)
    bands = sorted({c for _, c, _ in starts if c > 3} | {0})
    edges = {b: (b if b else 0, nxt) for b, nxt in zip(bands, bands[1:] + [1 << 30])}
    band_of = {key: max(b for b in bands if b <= c) for _, c, key in starts}
    bounds = {}
    for band in bands:
        mine = sorted((r, key) for r, _, key in starts if band_of[key] == band)
        for i, (r, key) in enumerate(mine):
            bounds[key] = (r, mine[i + 1][0] if i + 1 < len(mine) else _sign_off(idx, r))
            if len(bands) > 1:
                idx.section_cols[key] = edges[band]
    return bounds


# a section's number before a title in the sender's own words: 「２．県本部交付金の使い方」, 「第3　…」, 「Ⅳ．…」
_SECTION_NUMBERED = re.compile(r"^\s*(?:第\s*([0-9０-９]{1,2})\s*|([0-9０-９]{1,2}|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ])\s*[．.、)）]\s*|"
                               r"([0-9０-９]{1,2}|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ])[\s　]+)(?=[^\d０-９\s　]|[0-9０-９]{4}年)")  # (「３　２０２６年…」)
_ROMAN = "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ"


def _numbered_sections(idx: _Index, titled: list[Section], missing: list[Section], starts: list) -> None:
    """Sections whose titles the sender reworded (「２．県本部交付金の使い方」 for 「２．共済推進県本部交付金の活用について」):
    a short heading in the first columns numbered n, in row order with the other numbered headings, is the form's n-th
    titled section -- only when the headings are numbered 1, 2, 3 … without a gap or a repeat (at least three of
    them), every section found by its own title is the heading of its own number, and it is said with every item read
    under it (inferred).  The sections found by their own titles stay."""
    found = []
    titles = {(x.r, x.c) for x in idx.titles.values()}
    for x in idx.cells:
        if x.c > 3 or (x.r, x.c) in idx.claimed and (x.r, x.c) not in titles or not isinstance(x.value, str) \
                or len(x.value) > 60:
            continue
        m = _SECTION_NUMBERED.match(x.value)
        if m is None:
            continue
        token = m.group(1) or m.group(2) or m.group(3)
        n = _ROMAN.index(token) + 1 if token in _ROMAN else int(unicodedata.normalize("NFKC", token))
        found.append((x.r, n, x))
    found.sort(key=lambda t: t[0])
    numbers = [n for _, n, _ in found]
    if len(found) < 3 or numbers != list(range(numbers[0], numbers[0] + len(numbers))) or numbers[0] < 1:
        return
    by_number = {n: x for _, n, x in found}
    found_titles = [(s, idx.titles[s.key]) for s in titled if s not in missing and s.key in idx.titles]
    for s, x in found_titles:  # (a title found on another row than the heading of its number: not the form's numbers)
        if by_number.get(titled.index(s) + 1, x).r != x.r:
            return
    if found_titles and not any(titled.index(s) + 1 in by_number for s, _ in found_titles):
        return  # (the titles found are not numbered: a numbered list elsewhere is no list of the form's sections)
    for s in missing:
        x = by_number.get(titled.index(s) + 1)
        if x is None:
            continue
        starts.append((x.r, x.c, s.key))
        idx.claimed.add((x.r, x.c))
        idx.titles[s.key] = x
        idx.numbered.add(s.key)


def _between_titles(form: FormDef, s: Section, bounds: dict[str, tuple[int, int]]) -> tuple[int, int] | None:
    """A section whose title is not on the sheet: the rows from the end of the titled section before it in the form
    (or the top) to the title of the one after it, when that one's title was found (a pairs table typed without
    「組織の状況」 above the 新規採用者 title); None when no later section's title was found."""
    if s.key in bounds:
        return None
    keys = [x.key for x in form.sections]
    at = keys.index(s.key)
    after = next((bounds[k] for k in keys[at + 1:] if k in bounds), None)
    if after is None:
        return None
    before = next((bounds[k] for k in reversed(keys[:at]) if k in bounds), None)
    top = before[1] if before is not None else 0
    return (top, after[0]) if top < after[0] else None


def _title_cell(idx: _Index, s: Section, cells: list, starts: list) -> bool:
    """The first of ``cells`` that is the section's title: claimed, with a number typed in a cell before it."""
    tk = _title_key(s.title)
    for x, xk in cells:
        # a long title anywhere in the cell (a note after it: 「…について　※該当する項目をすべて」); a short one only at
        # the end of a heading with a mark or number before it (「三、2025年4月新規採用者対策」) or before a note
        # (「…新規採用者対策　※該当する…」), never inside a text that mentions it (「新規採用者対策を強化する」)
        inside = len(tk) >= 8 and (tk in xk or tk in x.key) or \
            len(tk) >= 7 and (xk.endswith(tk) and len(xk) - len(tk) <= 3 or xk.startswith(tk) and xk[len(tk)] in "※(")
        if xk == tk or inside or (xk[-1:] == ")" and _qualified_title(xk, tk)):
            starts.append((x.r, x.c, s.key))
            idx.claimed.add((x.r, x.c))
            idx.titles[s.key] = x
            number = idx.left_of(x)  # 「2 | title」: the section's number in a cell of its own
            if number is not None and number.c == x.c - 1 and _number_only(number.value):
                idx.claimed.add((number.r, number.c))
            return True
    return False


def _qualified_title(key: str, title: str) -> bool:
    """A section's title with a note in brackets after it, years aside: 「組織の状況（令和6年12月1日現在）」,
    「新規採用者（2024年度）」 for 「{y}年 新規採用者」."""
    if not key.endswith(")"):
        return False
    bare = _YEARS.sub("", title)
    key = _YEARS.sub("", key)
    return len(bare) >= 4 and key.startswith(bare) and bool(_QUALIFIERS.fullmatch(key[len(bare):]))


def _sign_off(idx: _Index, after: int) -> int:
    """Where the last section ends: a sign-off under the form (「上記のとおり報告します。」, 「以上」), else the sheet's end."""
    ends = [x.r for x in idx.by_head.get("上記", ()) if x.r > after and x.key.startswith(("上記のとおり", "上記の通り"))]
    ends += [x.r for x in idx.by_key.get("以上", ()) if x.r > after]
    return min(ends, default=idx.sheet.height)


def _label_match(cell_key: str, f: Field, year: int | None) -> str | None:
    """'' when the cell is exactly the label; the rest when the cell starts with the label
    (or, for a year-month, ends with it: '2024年11月時点'); None otherwise."""
    keys = _field_keys(f, year)
    if cell_key in keys:  # the label or an alias exactly, before any prefix ('県本部名' is not '県本部' + '名')
        return ""
    for k in sorted(keys, key=len, reverse=True):
        if not k:
            continue
        if f.type == YEAR_MONTH and cell_key.endswith(k) and any(ch.isdigit() for ch in cell_key):
            return cell_key
        if cell_key.startswith(k) and len(k) >= 2 and f.type != LONG_TEXT:
            rest = cell_key[len(k):].lstrip(":：")
            return "" if _BRACKETED.fullmatch(rest) else rest  # 「組織人員数（人）（再任用を含む）」: a note, no answer
        if f.type == LONG_TEXT and len(k) >= 8 and cell_key.startswith(k):
            rest = cell_key[len(k):]  # 「新採加入の主な取り組み：採用時研修で…」: the answer after a colon
            return rest[1:] if rest[:1] == ":" and len(rest) > 1 else ""
    if f.type == LONG_TEXT:  # a box label that names a year: any year
        bare = _YEARS.sub("", cell_key)
        if any(len(k) >= 8 and bare.startswith(k) for k in _yearless_keys(f)):
            return ""
    return None


_BRACKETED = re.compile(r"(?:\([^()]*\))+")  # (label keys are NFKC: （） are ( ))


def _typed_rest(value, rest: str) -> str:
    """The answer after the label in a cell holding both ('作成者：試験 花子'), as typed: ``rest`` is the end of
    the cell's key, which has no spaces; the same characters of the normalised text keep theirs ('試験 花子')."""
    text = normalize_text(value).strip()
    want = len(rest)
    if not want or not _SPACE.search(text):  # no space to keep: the rest of the key is the answer as typed
        return rest
    seen = 0
    for i in range(len(text) - 1, -1, -1):  # walk back over as many non-space characters as the rest has
        if not _SPACE.match(text[i]):
            seen += 1
            if seen == want:
                typed = text[i:].strip()
                return typed if label_key(typed) == rest else rest
    return rest


_SEPARATOR_CHARS = " \u3000\t/／、,，・|｜"
_FIELD_SEPARATOR = re.compile(f"[{re.escape(_SEPARATOR_CHARS)}]+")


def _typed_labels(g: Field, year: int | None) -> tuple[str, ...]:
    """A field's label and aliases as normalised text (spaces kept), longest first; worked out once."""
    key = (id(g), ("typed", year))
    hit = _FIELD_KEYS.get(key)
    if hit is None or hit[0] is not g:
        texts = sorted({normalize_text(format_year(t, year)) for t in (g.label,) + g.aliases}, key=len, reverse=True)
        hit = _FIELD_KEYS[key] = (g, tuple(texts))  # type: ignore[assignment]
    return hit[1]  # type: ignore[return-value]


def _split_fields(typed: str, s: Section, f: Field, year: int | None) -> tuple[str, list[tuple[Field, str]]]:
    """An answer after its label, and any later field of the same section typed on in the same cell after a
    separator and its own label: ('試験 五子 ／ 確認者：試験 六子' → '試験 五子', [(checker, '試験 六子')])."""
    at_f = next(i for i, g in enumerate(s.fields) if g is f)  # (by identity: == compares whole definitions)
    later = [g for g in s.fields[at_f + 1:] if g.type not in (LONG_TEXT, CHECK) and not g.group]
    if not later or not _FIELD_SEPARATOR.search(typed):
        return typed, []
    text = normalize_text(typed)
    for g in later:
        for label in _typed_labels(g, year):
            at = text.find(label)
            if at <= 0 or not _FIELD_SEPARATOR.fullmatch(text[at - 1]):  # a label of its own, after a separator
                continue
            head = text[:at].rstrip(_SEPARATOR_CHARS)
            tail = text[at + len(label):].lstrip(":： \u3000")
            if head and tail:
                answer, others = _split_fields(tail, s, g, year)
                return head, [(g, answer), *others]
    return typed, []


def _yearless_keys(f: Field) -> tuple[str, ...]:
    return tuple(yearless(t) for t in (f.label,) + f.aliases)


def _claim_label_rest(idx: _Index, cell: _Cell, f: Field) -> None:
    """A box label printed over several rows ('左記、…および' / '…に向けた取り組み' / '2点について…'):
    the rows below that continue one of the field's labels are label, not answer."""
    keys = _yearless_keys(f)
    text = _YEARS.sub("", cell.key)
    for y in idx.by_col.get(cell.c, ()):
        if y.r <= cell.r or not y.key or (y.r, y.c) in idx.claimed:
            continue
        longer = text + _YEARS.sub("", y.key)
        if not any(k.startswith(longer) for k in keys):
            return
        idx.claimed.add((y.r, y.c))
        text = longer


def _by_labels(book: Book, form: FormDef, year: int | None) -> Located:
    ranked = _rank_sheets(book, form, year)
    asked = _answers_by_number(book, form, year, ranked)
    if asked is not None:  # the answers keyed by Q1, Q2 … and the questions on a sheet of their own
        idx, answers, questions, n = asked
        loc = _read_sheet(idx, form, year)
        loc.labels_seen = _label_score(idx, form, year)
        loc.filled = sum(len(i.cells) + len(i.hidden) for _, i in ranked)
        loc.asked_by_number = (answers, questions, n)
        return loc
    seen = max(abs(score) for score, _ in ranked) if len(ranked) > 1 else _label_score(ranked[0][1], form, year)
    if seen == 0:  # none of the form's labels on any sheet: not this form (nothing is read from it)
        loc = Located(form, ranked[0][1].sheet.name, "legacy", year=year, labels_seen=0,
                      filled=sum(len(idx.cells) + len(idx.hidden) for _, idx in ranked))
        loc.values = {(s.key, f.key): Found(None, loc.sheet, "", "missing") for s, f in form.all_fields()}
        return loc
    loc = _one_of_two_forms(book, ranked[0][1], form, year) or _read_sheet(ranked[0][1], form, year)
    loc.labels_seen, loc.filled = seen, sum(len(idx.cells) + len(idx.hidden) for _, idx in ranked)
    for score, idx in ranked[1:]:
        # a form typed over two sheets (the later sections on a second one): a sheet that gives answers the
        # first did not find is read too; any other sheet with entries (an example, a blank copy) is noted,
        # never passed over unseen and never a source of answers
        more = _read_sheet(idx, form, year) if score > 0 else None
        other = _other_sender(loc, more, form) if more is not None else ""
        found = [k for k, v in (more.values.items() if more else ()) if v.how != "missing"
                 and loc.values.get(k, Found(None, "", "", "missing")).how == "missing"]
        if other:  # another union's (another 県本部's) filled form in the same book: never a source of answers
            loc.other_copies.append((idx.sheet.name, other))
        elif more is not None and found:
            for k in found:
                loc.values[k] = more.values[k]
            loc.extras += more.extras
            loc.hidden += more.hidden
            loc.missing_sections = [t for t in loc.missing_sections if t in more.missing_sections]
        elif _ATTACHED.search(idx.sheet.name) and _refers_to_attachment(loc):
            # 「別紙のとおり」 in an answer, a sheet 「別紙」 beside the form: its texts are the sender's, kept as entries
            loc.extras += [(idx.sheet.name, a1(x.r, x.c), x.value) for x in idx.cells
                           if isinstance(x.value, str) and not (x.r == idx.cells[0].r and _ATTACHED.search(x.value))]
        elif more is not None and score * 2 >= seen and _answered(more) * 2 >= max(_answered(loc), 1):
            loc.other_copies.append((idx.sheet.name, ""))  # a filled copy of the same (a draft, last month's)
        elif idx.cells or idx.hidden:
            loc.unread_sheets.append((idx.sheet.name, len(idx.cells) + len(idx.hidden)))
    return loc


def _without_year(key: str) -> str:
    """A cell key with its years taken out, and the brackets a year leaves empty (「…アンケート(令和7年度)」 → 「…アンケート」)."""
    return _YEARS.sub("", key).replace("()", "")


def _bare_title(text) -> str:
    """A form's title with its year taken out (「実態共有用アンケート（令和7年度）」 → 「実態共有用アンケート」)."""
    return _without_year(label_key(format_year(text, 2000) if "{" in str(text) else text))


def _one_of_two_forms(book: Book, idx: _Index, form: FormDef, year: int | None) -> Located | None:
    """The form filled in twice on one sheet, one under the other (last year's answers kept above this year's): each
    block read on its own (the sheet's rows from one printed title to the next), and the block of the year asked
    (--year), else of the latest year its title names, else the lowest, is the reading; the other is said (INFO when
    the years decided, a WARNING when only the order did).  None for a sheet with the form's title once."""
    tk = _bare_title(form.title)
    if not tk:
        return None
    head = tk[:4]  # (a cheap look first: the title's opening words are in the cell's key)
    tops = [x for x in idx.cells if head in x.key and len(x.key) <= 60 and _bare_title(x.value) == tk]
    starts = []
    for x in sorted(tops, key=lambda x: x.r):
        if not starts or x.r - starts[-1][0] >= 10:
            starts.append((x.r, x))
    if len(starts) < 2 or len(starts) > 4:
        return None
    sheet = idx.sheet
    blocks = []
    for i, (r0, title) in enumerate(starts):
        r1 = starts[i + 1][0] if i + 1 < len(starts) else sheet.height
        view = SheetData(sheet.name, [row if r0 <= r < r1 else [] for r, row in enumerate(sheet.rows)],
                         [m for m in sheet.merged if r0 <= m[0] < r1])
        part = _Index(view, [b for b in book.checkboxes.get(sheet.name, ()) if r0 <= b.row < r1],
                      {rc: f for rc, f in book.formats(sheet.name).items() if r0 <= rc[0] < r1}, book.hidden(sheet.name))
        part.struck, part.circled, part.shape_texts = idx.struck, idx.circled, idx.shape_texts
        m = _TITLE_FISCAL.search(label_key(title.value))
        fy = (int(m.group(2)) + 2018 if m.group(1) else int(m.group(3))) if m else None
        blocks.append((r0, r1, fy, title, part))
    wanted = _wanted(form, year)
    printed = [{x.key for x in part.cells if x.key in wanted} for *_, part in blocks]
    if any(len(printed[0] & other) < 3 for other in printed[1:]):
        return None  # (a title repeated over a page break: the blocks print different parts of one form)
    years = [b[2] for b in blocks]
    if year is not None and years.count(year) == 1:
        chosen, by_year = years.index(year), True
    elif None not in years and len(set(years)) == len(years):
        chosen, by_year = years.index(max(years)), True
    else:
        chosen, by_year = len(blocks) - 1, False
    loc = _read_sheet(blocks[chosen][4], form, year)
    for i, (r0, r1, fy, title, _) in enumerate(blocks):
        if i != chosen:
            what = f"{fy}年度の" if fy else ""
            loc.other_blocks.append((sheet.name, f"A{r0 + 1}:A{r1}", what, by_year, f"A{blocks[chosen][0] + 1}",
                                     len(blocks)))
    return loc


_TITLE_FISCAL = re.compile(r"(?:(令和|R)(\d{1,2})|(\d{4}))年度")


_QUESTION_CODE = re.compile(r"^(?:Q|問|設問)\s*(\d{1,3})$", re.I)
_SAME_AS = re.compile(r"^(?:Q|問|設問)\s*(\d{1,3})(?:と同じ|に同じ|と同様|と同一)[。.]?$", re.I)


def _question_codes(sheet: SheetData) -> dict[int, tuple[int, int]]:
    """{question number: (row, col) of its code cell} of the cells 「Q1」, 「問5」, 「設問12」 of a sheet."""
    out: dict[int, tuple[int, int]] = {}
    for r, c, v in sheet.filled():
        if isinstance(v, str) and len(v) <= 8 and (m := _QUESTION_CODE.match(unicodedata.normalize("NFKC", v).strip())):
            out.setdefault(int(m.group(1)), (r, c))
    return out


def _answers_by_number(book: Book, form: FormDef, year: int | None, ranked) -> tuple | None:
    """A sheet of answers keyed only by question numbers (「Q5｜412人」) with the questions on another sheet
    (「設問一覧」: 「Q5｜組織人員数（自治労）（人）」): the answers' sheet with each number replaced by its question, as an
    index to read (cell references stay the answers' sheet's); 「Q9と同じ」 is Q9's answer.  None for any other book
    (at least five numbers on both sheets, the questions' sheet printing more of the form's labels)."""
    if len(ranked) < 2:
        return None
    coded = [(score, idx, _question_codes(idx.sheet)) for score, idx in ranked]
    coded = [t for t in coded if len(t[2]) >= 5]
    if len(coded) < 2:
        return None
    (_, qi, qcodes), (_, ai, acodes) = sorted(coded[:2], key=lambda t: -_label_score(t[1], form, year))
    if _label_score(ai, form, year) * 3 > _label_score(qi, form, year):
        return None  # (both sheets print the questions: two copies of a numbered form, this year's and last year's)
    shared = set(qcodes) & set(acodes)
    if len(shared) < 5 or len(shared) * 2 < len(acodes):
        return None
    questions = {}
    for n in shared:
        r, c = qcodes[n]
        text = next((v for cc, v in enumerate(qi.sheet.rows[r]) if cc > c and isinstance(v, str) and v.strip()), None)
        if text:
            questions[n] = text
    sheet = ai.sheet
    rows = [list(row) for row in sheet.rows]
    answer_at = {n: next((cc for cc, v in enumerate(rows[r]) if cc > c and v not in (None, "")), None)
                 for n, (r, c) in acodes.items()}
    for n, (r, c) in acodes.items():
        if n in questions:
            rows[r][c] = questions[n]
        cc = answer_at.get(n)
        v = rows[r][cc] if cc is not None else None
        if isinstance(v, str) and (m := _SAME_AS.match(unicodedata.normalize("NFKC", v).strip())):
            ref = acodes.get(int(m.group(1)))
            src = answer_at.get(int(m.group(1)))
            if ref is not None and src is not None:
                rows[r][cc] = sheet.rows[ref[0]][src]
    view = SheetData(sheet.name, rows, sheet.merged)
    idx = _Index(view, book.checkboxes.get(sheet.name), book.formats(sheet.name), book.hidden(sheet.name))
    idx.struck, idx.circled, idx.shape_texts = ai.struck, ai.circled, ai.shape_texts
    return idx, sheet.name, qi.sheet.name, len(questions)


def _typed(loc: Located) -> bool:
    """Whether the sender typed anything in the fields read (a check item's printed □ is no answer)."""
    checks = {(sec.key, f.key) for sec, f in loc.form.all_fields() if f.type == CHECK}
    return any(v.how != "missing" and v.raw not in (None, "") and (k not in checks or glyph_state(v.raw) is True)
               for k, v in loc.values.items())


def _answered(loc: Located) -> int:
    """How many of the form's fields a reading found answered (a value in a cell)."""
    return sum(1 for v in loc.values.values() if v.how != "missing" and v.raw not in (None, ""))


def _other_sender(loc: Located, other: Located, form: FormDef) -> str:
    """Who another filled copy of the form names, when it is not who the sheet read names (the header's texts: the
    union, the 県本部); "" for a copy of the same (a draft, last month's)."""
    head = form.sections[0]
    both = [k for k, v in other.values.items() if k[0] != head.key and v.how != "missing" and v.raw not in (None, "")
            and (w := loc.values.get(k)) is not None and w.how != "missing" and w.raw not in (None, "")]
    if len(both) < 3:
        return ""  # (the other sheet answers other questions: the rest of one form typed over two sheets)
    for f in head.fields:
        if f.key not in ("union", "pref"):
            continue
        mine, theirs = loc.values.get((head.key, f.key)), other.values.get((head.key, f.key))
        a = mine.raw if mine is not None and isinstance(mine.raw, str) else ""
        b = theirs.raw if theirs is not None and isinstance(theirs.raw, str) else ""
        if not a.strip() or not b.strip():
            continue
        if f.key == "pref":
            pa, pb = by_name(a), by_name(b)
            same = (pa.code == pb.code) if pa is not None and pb is not None else label_key(a) == label_key(b)
        else:
            same = _likeness(label_key(a), label_key(b)) >= 0.8
        if not same:
            return _text_of(b).strip()
    return ""


_ATTACHED = re.compile(r"別紙|別添|添付")


def _refers_to_attachment(loc: Located) -> bool:
    """An answer of the sheet read says its text is elsewhere: 「別紙のとおり」, 「別紙参照」, 「別添」."""
    return any(isinstance(v.raw, str) and len(v.raw) <= 40 and _ATTACHED.search(v.raw) for v in loc.values.values())


# A sheet that shows how to fill the form in, or keeps it blank: never the answers (記入例, 記入要領, 原本 …)
# HQ's filled example, never an answer (「見本」 alone: 「見本市職員組合」 is a union's sheet)
_SAMPLE_SHEET = re.compile(r"記入例|記入見本|サンプル|記入要領|記入方法|手引|^[\W_]*見本[\W_]*$")
_EXAMPLE_SHEET = re.compile(r"記入例|記入要領|記入方法|記入上の注意|記入の手引|手引き|サンプル|^[\W_]*(?:例|見本|原本|雛形|ひな形)"
                            r"[\W_]*$|下書き?|草案|草稿|作業用")  # (a draft kept beside the copy sent: 「下書き」/「提出用」)
# a cell that marks its sheet as an example: 【記入例】, （見本）, 記入例：… (not 「記入例を参考に記入してください」)
_EXAMPLE_MARK = re.compile(r"^\s*(?:[【（(\[［]\s*(?:記入例|記入見本|見本)\s*[】）)\]］]|(?:記入例|記入見本)\s*(?:[:：]|$))")


_OLD_SHEET = re.compile(r"前年度|昨年度|前年|前回|過年度")
_SHEET_YEAR = re.compile(r"(?:(20\d\d)|(?:令和|R)(\d{1,2}))(?:年度?|$)")


def _old_sheet(name: str, year: int | None) -> bool:
    """Last year's copy kept beside this year's: 「前年度」, or a fiscal year before the one read (「R5」, 「2023年度」)."""
    if _OLD_SHEET.search(name):
        return True
    m = _SHEET_YEAR.search(name)
    if m is None or year is None:
        return False
    named = int(m.group(1)) if m.group(1) else 2018 + int(m.group(2))
    return named < year


def _example_sheet(idx: _Index, year: int | None = None) -> bool:
    """An example or instructions sheet, or last year's copy: its name says so, or its first rows do (「【記入例】」)."""
    name = normalize_text(idx.sheet.name).strip()
    if _EXAMPLE_SHEET.search(name) or _old_sheet(name, year):
        return True
    return any(x.r < 3 and isinstance(x.value, str) and _EXAMPLE_MARK.match(x.value) for x in idx.cells[:40])


def _unticked_item(value, form: FormDef) -> bool:
    """「□　item」: one of the form's check items with its box left empty, as a blank copy prints it."""
    return isinstance(value, str) and value.lstrip()[:1] in ("□", "☐") and _is_item(value, form)


def _rank_sheets(book: Book, form: FormDef, year: int | None) -> list[tuple[int, _Index]]:
    """Every sheet's index with its score (cells that are the form's labels or titles), best first (the first
    sheet of equals first).  Of sheets scoring nearly the same, a blank copy of the form (less than half the cells
    besides the form's own text of the fullest) comes after the filled ones; an example or instructions sheet,
    or last year's copy (前年度, R5 when reading 2024), comes last with a negative score (never read for answers,
    unless it is all there is); so does a blank copy after the first sheet."""
    wanted = _wanted(form, year)
    scored = []
    for n, name in enumerate(book.sheet_names):
        idx = _Index(book.sheet(name), book.checkboxes.get(name), book.formats(name), book.hidden(name))
        idx.struck = partial(book.struck, name)
        idx.circled = partial(book.circled, name)
        idx.shape_texts = partial(book.shape_texts, name)
        if len(book.sheet_names) == 1:
            return [(1, idx)]  # the only sheet: no score to compare (_by_labels counts its labels)
        score = _label_score(idx, form, year, wanted)
        printed = sum(1 for x in idx.cells if _unticked_item(x.value, form))  # 「□　item」 as printed: not an answer
        scored.append([score, len(idx.cells) - score - printed, n, idx, _example_sheet(idx, year) and score > 0])
    best = max((t[0] for t in scored if not t[4]), default=0)
    if best == 0:  # nothing but examples: the best of them is read after all
        for t in scored:
            t[4] = False
        best = max(t[0] for t in scored)

    most = max((t[1] for t in scored if not t[4] and t[0] >= 0.8 * best > 0), default=0)

    def order(t: list) -> tuple:
        score, others, n, _, example = t
        near = score >= 0.8 * best > 0  # as good as the best: in sheet order, a blank copy (few answers) after
        return example, not near, others < 0.5 * most if near else 0, -score if not near else 0, n

    scored.sort(key=order)
    # past the first, a blank copy (as good as the best in labels, few answers) is no source of answers either:
    # its printed 「□　item」 would stand in for an item the filled sheet did not give (a not-done never ticked)
    blank = [i > 0 and t[0] >= 0.8 * best > 0 and t[1] < 0.5 * most for i, t in enumerate(scored)]
    return [(-t[0] if t[4] or b else t[0], t[3]) for t, b in zip(scored, blank)]


def _label_score(idx: _Index, form: FormDef, year: int | None, wanted: frozenset[str] | None = None) -> int:
    """How many of the sheet's cells print one of the form's labels or section titles."""
    wanted = _wanted(form, year) if wanted is None else wanted
    return sum(1 for x in idx.cells if x.key and (x.key in wanted or idx.title_key(x) in wanted))


def label_score(book: Book, form: FormDef, year: int | None = None) -> int:
    """The most cells of one of the book's sheets that print the form's labels or section titles (which form a
    file that is not the one asked for is)."""
    return max((_label_score(_Index(book.sheet(name)), form, year) for name in book.sheet_names), default=0)


def _read_sheet(idx: _Index, form: FormDef, year: int | None) -> Located:
    """The form's fields as read on one sheet."""
    sheet = idx.sheet
    loc = Located(form, sheet.name, "legacy", year=year)
    idx.year = year
    bounds = _section_rows(idx, form)
    idx.labels_right = _labels_right(idx, form, year)
    idx.legend = _legend(idx)
    idx.group_names = _group_names(form)
    _symbol_font_marks(idx, form)
    _example_rows(idx)
    _page_of_pages(idx)
    _helper_lists(idx, form)
    for s in form.sections:
        for key, found in _text_grid(idx, s, sheet.name).items():
            loc.values[(s.key, key)] = found
    anchors: list[tuple[_Cell, Section, Field]] = []
    pair_labels: dict[str, tuple[_Cell, str]] = {}  # one printed label serves both columns of a pair
    split: dict[tuple[int, int], tuple[_Cell, dict[str, str]]] = {}  # a pair's label → its one cell's parts
    groups = _groups(form)
    unfound: list[tuple[Section, Field]] = []  # text questions whose label is not on the sheet as printed
    column_texts = _sections_by_column(idx, form, bounds, year)
    for s in form.sections:
        if s.layout == "checks":
            if s.key in bounds:
                _checks(idx, s, bounds[s.key], loc, year)
                _column_text(loc, s, column_texts.get(s.key))
            else:
                for f in s.fields:
                    loc.values[(s.key, f.key)] = Found(None, sheet.name, "", "missing")
            continue
        # the section's rows, the others', and (no title of its own) the rows between its titled neighbours
        rows = (bounds.get(s.key), [b for k, b in bounds.items() if k != s.key], _between_titles(form, s, bounds))
        for f in s.fields:
            if (s.key, f.key) in loc.values:  # read already, from another field's cell (作成者：…／確認者：…)
                continue
            hit = pair_labels.get(f.label) if f.group else None
            hit = hit or _find_label(idx, f, year, form, groups, rows)
            if f.group and hit is not None and hit[1] != _ONE_GROUP:
                pair_labels[f.label] = hit
            if not f.group and (hit is None or not hit[1] and len(hit[0].key) <= 3):  # 「作成」｜「者」: a label split
                # over two cells (a short label matched, 「確認」, may be the first half of a longer one: 確認者)
                split_hit = _split_label(idx, f, year, hit[0] if hit else None)
                hit = split_hit or hit
            if hit is None:
                loc.values[(s.key, f.key)] = Found(None, sheet.name, "", "missing")
                if f.type == LONG_TEXT:
                    unfound.append((s, f))
                continue
            cell, rest = hit
            idx.claimed.add((cell.r, cell.c))
            number = idx.left_of(cell)  # 「1 | label」: the question's number in a cell of its own
            if number is not None and number.c == cell.c - 1 and not idx.labels_right and _number_only(number.value):
                idx.claimed.add((number.r, number.c))
            if rest == _ONE_GROUP:  # a pair's column asked on its own 「組織人員数（競合）（人）｜45」
                rest = ""
                f_one = True
            else:
                f_one = False
            if f.type == LONG_TEXT:
                if rest and isinstance(cell.value, str):  # the answer typed in the label's cell, after a colon
                    typed = re.split("[:：]", cell.value, maxsplit=1)[-1].strip()
                    if typed:
                        loc.values[(s.key, f.key)] = Found(typed, sheet.name, a1(cell.r, cell.c), "label")
                        continue
                anchors.append((cell, s, f))
                _claim_label_rest(idx, cell, f)
                continue
            if rest:
                answer, others = _split_fields(_typed_rest(cell.value, rest), s, f, year)
                for g, g_answer in others:  # 作成者：試験 五子 ／ 確認者：試験 六子 in one cell
                    loc.values[(s.key, g.key)] = Found(g_answer, sheet.name, a1(cell.r, cell.c), "label")
                loc.values[(s.key, f.key)] = Found(answer, sheet.name, a1(cell.r, cell.c), "label")
                continue
            both = split.get((cell.r, cell.c)) or (_both_groups(idx, cell, s) if f.group and s.layout == "pairs"
                                                   and not f_one else None)
            if both is not None:  # 「自治労 1,045人／競合 約200人」 in one cell: this column's part
                split[(cell.r, cell.c)] = both
                where, parts = both
                idx.claimed.add((where.r, where.c))
                loc.values[(s.key, f.key)] = Found(parts.get(label_key(f.group)), sheet.name, a1(where.r, where.c),
                                                   "label")
                continue
            value_cell = _value_for(idx, cell, s, f, form, year, one=f_one)
            if value_cell is None:
                loc.values[(s.key, f.key)] = Found(None, sheet.name, a1(cell.r, cell.c + 1), "label")
            else:
                idx.claimed.add((value_cell.r, value_cell.c))
                summed = _rows_summed(idx, cell, value_cell, groups) if f.type in (NUMBER, INTEGER) \
                    and not f.group and value_cell.c == cell.c and value_cell.r > cell.r else None
                if summed is not None:  # 職種｜新規採用者数 over 事務 3 / 技術 1 / 保育 2, no 計 row: 6, said
                    loc.values[(s.key, f.key)] = Found(summed[0], sheet.name, a1(value_cell.r, value_cell.c),
                                                       "inferred", None, summed[1].format(label=f.label))
                    continue
                raw = _split_date(idx, value_cell) if f.type in (DATE, YEAR_MONTH) else None
                loc.values[(s.key, f.key)] = Found(value_cell.value if raw is None else raw, sheet.name,
                                                   a1(value_cell.r, value_cell.c), "label")
                if f.type in (NUMBER, INTEGER) and type(value_cell.value) in (int, float) \
                        and _IN_THOUSANDS.search(label_key(cell.value)):  # 「組織人員数（千人）｜12.4」: 12,400 people
                    loc.values[(s.key, f.key)] = Found(round(value_cell.value * 1000, 6), sheet.name,
                                                       a1(value_cell.r, value_cell.c), "inferred", None,
                                                       THOUSANDS_RULE.format(raw=_text_of(value_cell.value),
                                                                             label=_text_of(cell.value)))
    _infer_dates(idx, loc, form)
    _title_answer(idx, loc, form)
    _affiliation(loc, form)
    _pref_in_title(idx, loc, form)  # (after 「山梨県本部　見本村職員組合」 in the 単組 cell gave both)
    _name_beside_role(idx, loc, form)
    _numbered_choice(idx, loc, form)
    _counts_in_sentence(idx, loc, form, bounds)  # before the free texts: the sentence is not a text's line
    _as_of_in_note(loc, form)
    _counts_worked(loc, form)
    _rival_in_heading(idx, loc, form)
    shortened = _shortened_labels(idx, unfound, form, year, bounds) if unfound else []
    _free_texts(idx, anchors + shortened, loc, form, year, bounds)
    for cell, s, f in shortened:  # a guess from a label's likeness: shown for checking, with what it matched
        found = loc.values[(s.key, f.key)]
        if found.raw is not None:
            loc.values[(s.key, f.key)] = Found(found.raw, found.sheet, found.cell, "inferred", None,
                                               f"見出し「{_text_of(cell.value)}」を「{f.label}」の問いと推定")
    _infer_done_only(loc, form)
    _colour_marked(idx, loc, form)
    _struck_numbers(idx, loc, form)
    _ditto(idx, loc)
    _text_boxes(idx, loc, form)
    # what was typed out of sight (a year's old answers in hidden rows): kept and reported, never read as an answer
    loc.hidden = [(sheet.name, a1(x.r, x.c), x.value) for x in idx.hidden if not _is_label(x, form, year)]
    for s in form.sections:  # a section counts as missing when its title and all its fields are
        if s.title and s.key not in bounds and all(loc.values[(s.key, f.key)].how == "missing" for f in s.fields):
            loc.missing_sections.append(s.resolved_title(year))
    return loc


# a numbered option printed with the question: 「1.全労連・自治労連　2.旧全官公自治労連 …」, 「①なし」
_NUMBERED_OPTION = re.compile(r"(?:^|(?<=[\s(（、,：:]))(\d{1,2}|[①-⑳])\s*[.．、)）:：]?\s*([^\s\d①-⑳※()（）]+)")
NUMBERED_CHOICE_RULE = "番号「{n}」を、問いに書かれた選択肢「{option}」と読みました"


def _numbered_choice(idx: _Index, loc: Located, form: FormDef) -> None:
    """A choice answered with the number of an option printed in its question (「上部団体（1.全労連・自治労連　2.旧全官公
    自治労連…※番号を記入）」 answered 2): that option, read as an inference shown for checking.  The options are read
    from the text cells left of the answer on its row, or just above it."""
    for s, f in form.all_fields():
        found = loc.values.get((s.key, f.key))
        if f.type != CHOICE or found is None or found.how != "label" or not found.cell:
            continue
        n = found.raw if type(found.raw) in (int, float) else _small_number(found.raw)
        if n is None or n != int(n):
            continue
        r, c = parse_a1(found.cell)
        near = [x for x in idx.by_row.get(r, ()) if x.c < c] + [x for x in idx.by_col.get(c, ()) if r - 2 <= x.r < r]
        for x in near:
            if not isinstance(x.value, str):
                continue
            options = {_option_number(m.group(1)): m.group(2) for m in _NUMBERED_OPTION.finditer(normalize_text(x.value))}
            if len(options) >= 2 and int(n) in options:
                loc.values[(s.key, f.key)] = Found(options[int(n)], found.sheet, found.cell, "inferred", None,
                                                   NUMBERED_CHOICE_RULE.format(n=int(n), option=options[int(n)]))
                break


def _small_number(raw) -> int | None:
    t = normalize_text(raw).strip() if isinstance(raw, str) else ""
    return int(t) if t.isdigit() and len(t) <= 2 else None


def _option_number(mark: str) -> int:
    return ord(mark) - ord("①") + 1 if "①" <= mark <= "⑳" else int(mark)


_IN_THOUSANDS = re.compile(r"\((?:単位:?)?千(?:人|名|件)\)")  # a count's label giving its unit as thousands
THOUSANDS_RULE = "見出し「{label}」の単位（千）から、「{raw}」を 1,000 倍して読みました"


_ROLE_HEADS = frozenset(("役職", "職名", "役職名"))
_NAME_HEADS = frozenset(("氏名", "名前", "お名前", "氏名(自署)"))


def _name_beside_role(idx: _Index, loc: Located, form: FormDef) -> None:
    """A person's answer read from a column headed 「役職」 (作成者 | 書記次長 | 架空 涼子 under 役職 | 氏名): the name is
    the cell on its row under 「氏名」 (or the next one right of the role when no heading names it)."""
    for s, f in form.all_fields():
        found = loc.values.get((s.key, f.key))
        if not f.person or found is None or found.how != "label" or not found.cell or not isinstance(found.raw, str):
            continue
        r, c = parse_a1(found.cell)
        if not _headed(idx, r, c, _ROLE_HEADS):
            continue
        right = [x for x in idx.by_row.get(r, ()) if x.c > c and isinstance(x.value, str) and x.value.strip()]
        name = next((x for x in right if _headed(idx, r, x.c, _NAME_HEADS)), right[0] if right else None)
        if name is not None:
            idx.claimed.add((name.r, name.c))
            loc.values[(s.key, f.key)] = Found(name.value, found.sheet, a1(name.r, name.c), "label")


def _headed(idx: _Index, r: int, c: int, heads: frozenset[str]) -> bool:
    """Whether one of ``heads`` is printed above (r, c) in its column, at most four rows up (the answers of the rows
    between, 作成者's role above 確認者's, do not hide it)."""
    return any(r - 4 <= z.r < r and isinstance(z.value, str) and label_key(z.value) in heads
               for z in idx.by_col.get(c, ()))


_LEADING_PREF = re.compile(r"^(\S{2,4}?(?:県本部|都本部|府本部|道本部|県|都|府|道))[\s\u3000・/／]*(\S.*)$")


def _affiliation(loc: Located, form: FormDef) -> None:
    """「所属：山梨県本部　見本村職員組合」: the 県本部 and the 単組 typed in one cell (read as the union's, its label an
    alias).  When the form's prefecture field was not found, a union text led by a prefecture gives both."""
    for s in form.sections:
        pref = next((f for f in s.fields if f.key == "pref"), None)
        if pref is None or loc.values.get((s.key, pref.key), Found(None, "", "", "missing")).raw is not None:
            continue
        for f in s.fields:
            found = loc.values.get((s.key, f.key))
            if f.type != TEXT or found is None or not isinstance(found.raw, str):
                continue
            m = _LEADING_PREF.match(normalize_text(found.raw).strip())
            if m is None or by_name(m.group(1)) is None:
                continue
            loc.values[(s.key, pref.key)] = Found(m.group(1), found.sheet, found.cell, found.how)
            loc.values[(s.key, f.key)] = Found(m.group(2).strip(), found.sheet, found.cell, found.how)
            return


TEXT_BOX_RULE = "テキストボックスの記入を、その行の問いの答えと推定"


BOX_ROWS_BELOW = 6  # how far below a blank answer's cell a text box may start and still be drawn in its box


def _text_boxes(idx: _Index, loc: Located, form: FormDef) -> None:
    """Text typed in a text box drawn over the sheet: the answer of a blank long-text question whose answer cell is
    on the row of the box's top-left corner or the row below it, or a few rows above it (a box drawn inside the
    answer's empty box of several rows) with no other answer between, else an entry of its own: never dropped."""
    boxes = idx.shape_texts()
    if not boxes:
        return
    blank = []
    answered = set()  # rows of the sheet's other questions' answer cells, answered or blank
    for s in form.sections:
        for f in s.fields:
            fd = loc.values.get((s.key, f.key))
            if fd is None or not fd.cell or fd.sheet != idx.sheet.name:
                continue
            if f.type == LONG_TEXT and fd.raw is None:
                blank.append((parse_a1(fd.cell)[0], s, f, fd))
            else:
                try:
                    answered.add(parse_a1(fd.cell.split(":")[0])[0])
                except ValueError:
                    continue
    for r, c, text in boxes:
        near = [(row, s, f, fd) for row, s, f, fd in blank if row - 1 <= r <= row + BOX_ROWS_BELOW
                and not any(row < a <= r for a in answered)]
        hit = max(near, key=lambda b: b[0])[1:] if near else None
        if hit is not None:
            s, f, fd = hit
            loc.values[(s.key, f.key)] = Found(text, fd.sheet, a1(r, c), "inferred", None, TEXT_BOX_RULE)
            blank = [b for b in blank if b[2] is not f]
        else:
            loc.extras.append((idx.sheet.name, a1(r, c), text))


# what two figures typed one after the other in a cell look like once run together: 「212218」, 「70.772.7」
_RUN_TOGETHER = re.compile(r"\d{4,}|\d+\.\d+\.?\d*\.\d+|\d+\.\d{3,}")
STRUCK_RULE = "取り消し線で消した数字を除き、書き直した数字を読みました"


def _struck_numbers(idx: _Index, loc: Located, form: FormDef) -> None:
    """A figure corrected in place: the old number struck through and the new one typed after it in the same cell
    (calamine gives both run together, 「212218」): the number left when the struck runs are taken out, noted.
    Only a figure held as text is looked at (a corrected cell is rich text), so the sheet is read again only then."""
    for s in form.sections:
        for f in s.fields:
            fd = loc.values.get((s.key, f.key))
            if f.type not in (NUMBER, INTEGER, PERCENT) or fd is None or fd.how != "label" \
                    or not isinstance(fd.raw, str) or not fd.cell or fd.sheet != idx.sheet.name \
                    or not _RUN_TOGETHER.fullmatch(normalize_text(fd.raw).strip()):
                continue
            left = idx.struck().get(parse_a1(fd.cell))
            if left is not None and left.strip():
                loc.values[(s.key, f.key)] = Found(left.strip(), fd.sheet, fd.cell, "inferred", None, STRUCK_RULE)


COLOUR_RULE = "実施した項目を色（塗りつぶし）で示したファイルです。その色を読み取れないため、印刷された □ を未実施とは読まず未回答にしました"
HIGHLIGHT_RULE = "実施した項目を黄色の塗りつぶしで示したファイルのため、塗りつぶした項目を実施、ほかを未実施と読みました"
_COLOUR_NOTE = re.compile(r"塗りつぶ|塗り潰|塗って|色を付け|色付け|黄色|マーカー|網掛け|網かけ|ハイライト")


def _colour_marked(idx: _Index, loc: Located, form: FormDef) -> None:
    """「※実施している取り組みは、黄色で塗りつぶしています」: the done items are shown by a fill colour, the printed □
    left as it is.  A highlighter's yellow is read from the styles (io.styles HIGHLIGHT): the yellow items are done,
    the others not.  Any other colour is not read, so no item of such a sheet is read as not done from its □: each is
    unanswered.  Either way a note says how (an item marked done by a glyph still counts: then the glyphs are read)."""
    if not any(x.key and len(x.key) <= 80 and "実施" in x.key and _COLOUR_NOTE.search(x.key) for x in idx.cells):
        return
    checks = [(s, f) for s in form.sections for f in s.fields if f.type == CHECK]
    found = [loc.values.get((s.key, f.key)) for s, f in checks]
    if any(fd is not None and glyph_state(fd.raw) is True for fd in found):
        return
    items = [(s, f, fd) for (s, f), fd in zip(checks, found)
             if fd is not None and fd.how == "label" and glyph_state(fd.raw) is False]
    lit = {(s.key, f.key) for s, f, fd in items if fd.cell and parse_a1(fd.cell) in idx.highlighted}
    for s, f, fd in items:
        if lit:  # the yellow is read: a highlighted item is done, the others keep their □
            loc.values[(s.key, f.key)] = Found(True if (s.key, f.key) in lit else False, fd.sheet, fd.cell,
                                               "inferred", None, HIGHLIGHT_RULE)
        else:
            loc.values[(s.key, f.key)] = Found(None, fd.sheet, fd.cell, "inferred", None, COLOUR_RULE)


DONE_ONLY_RULE = "□ を使わず実施した項目だけに印を付けたファイルのため、印のない項目を未実施と推定"


_DATE_SHAPE = re.compile(r"(令和|平成|[RH])?\d{1,4}年\d{1,2}月")
_AS_OF_HEAD = re.compile(r"\s*((?:令和|平成|[RH])?\s*\d{1,4}\s*[年.．/]\s*\d{1,2}\s*月?(?:\s*[.．/]?\s*\d{1,2}\s*日?)?)"
                         r"\s*(?:現在|時点)\s*")  # a column's heading 「令和6年11月1日現在」
_AS_OF = re.compile(r"[(（]\s*((?:令和|平成|[RH])?\s*\d{1,4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?"
                    r"|(?:令和|平成|[RH])?\d{1,4}[.．/]\d{1,2}(?:[.．/]\d{1,2})?)\s*(?:現在|時点)\s*[)）]")


SHORTENED_MIN = 0.45  # how alike a shortened label and the printed one must be (see _likeness)


QUESTION_WORDS_SCORE = 0.6  # a question naming the topic and the aspect of a text asked as a table (Field.grid)
# how a question typed as a sentence ends (after label_key): what is asked is before it
_QUESTION_END = re.compile(r"(?:か|ください|下さい)[。.]?$|\?$")
_QUESTION_TAIL = re.compile(r"(?:を(?:教えて|おしえて|記入して|ご記入)(?:ください|下さい)|(?:が|も)?(?:ありましたら|あれば)"
                            r"(?:記入して|ご記入|教えて)?(?:ください|下さい)|[はが]?ありますか|していますか|ていますか|"
                            r"ますか|ですか)?[。.?]*$")


def _question_core(key: str) -> str | None:
    """What a question typed as a sentence asks (「新規採用者の組織化で工夫している点を教えてください。」 → 「新規採用者の
    組織化で工夫している点」), to compare with the printed label; None for a cell that is no such question."""
    if len(key) < 8 or not _QUESTION_END.search(key):
        return None
    core = _QUESTION_TAIL.sub("", key).replace("どのような", "").replace("どんな", "")
    return re.sub("[をはがに]$", "", core) or None


def _grid_words_in(f: Field, key: str) -> bool:
    """Whether a text names one of the field's topic words and one of its aspect words (Field.grid)."""
    if not f.grid:
        return False
    topics, aspects = (tuple(label_key(w) for w in words.split("|")) for words in f.grid)
    return any(t in key for t in topics) and any(a in key for a in aspects)


def _likeness(a: str, b: str) -> float:
    """How alike two label keys are, 0…1: the better of the shared pairs of characters (Dice) and the longest
    common subsequence (2·LCS / total length).  「新採加入の取組」 / 「新採加入の主な取組」 0.71, 「重点課題」 /
    「今後、重点的に取組む課題」 0.47, 「県本部・本部に望むこと」 / 「県本部・本部への要望」 0.67."""
    if not a or not b:
        return 0.0
    pa = [a[i:i + 2] for i in range(len(a) - 1)]
    pb = [b[i:i + 2] for i in range(len(b) - 1)]
    rest = list(pb)
    shared = 0
    for p in pa:
        if p in rest:
            rest.remove(p)
            shared += 1
    dice = 2 * shared / (len(pa) + len(pb)) if pa and pb else 0.0
    prev = [0] * (len(b) + 1)
    for ch in a:
        cur = [0]
        for j, other in enumerate(b):
            cur.append(prev[j] + 1 if ch == other else max(prev[j + 1], cur[j]))
        prev = cur
    common = prev[-1]
    # a heading cut down from the printed one keeps its words in order (情報共有の悩み ← 組合員との情報共有で悩んでいる
    # こと: 5 of its 7 characters): weighed below an even match, and only for five characters or more in common
    kept = 0.65 * common / len(a) if common >= 5 and len(a) < len(b) else 0.0
    return max(dice, 2 * common / (len(a) + len(b)), kept)


def _shortened_labels(idx: _Index, unfound: list[tuple[Section, Field]], form: FormDef, year: int | None,
                      bounds: dict[str, tuple[int, int]]) -> list[tuple[_Cell, Section, Field]]:
    """Text questions asked under a label of the sender's own wording (「新採加入の取組」 for 「新採加入の主な取り組
    み」, 「要望（県本部・本部）」): a short unclaimed cell with an answer right of it or below it, in the question's
    section, most like one of the question's labels; each cell serves one question (best pairs first)."""
    pairs = []
    for s, f in unfound:
        keys = [k for k in _field_keys(f, year) + _yearless_keys(f) if len(k) >= 4]
        lo, hi = bounds.get(s.key, (0, idx.sheet.height))
        for x in idx.cells:
            if not (lo <= x.r < hi) or (x.r, x.c) in idx.claimed or not isinstance(x.value, str) or not x.key:
                continue
            # a short label as it is; a longer one or a sentence only when it asks a question (its core is compared)
            asked = None if 4 <= len(x.key) <= 30 and x.key[-1] not in "。.?" else _question_core(x.key)
            if (asked is None and (not 4 <= len(x.key) <= 30 or x.key[-1] in "。.?")) \
                    or (asked is not None and not 4 <= len(asked) <= 40) \
                    or (asked is None and _is_boilerplate(x, form, year)) or _printed_label(idx, x, form, year):
                continue  # (a question may end like a printed hint: 「…があれば記入してください。」)
            answer = idx.right_of(x, 1) or [idx.below(x)]
            if answer[0] is None or (answer[0].r, answer[0].c) in idx.claimed:
                continue
            key = asked or _unnumbered(x.key)
            score = max(_likeness(key, k) for k in keys) if keys else 0.0
            if asked is not None and _grid_words_in(f, key):  # 「新規採用者に…主にどのような取り組みを…か。」
                score = max(score, QUESTION_WORDS_SCORE)
            if score >= SHORTENED_MIN:
                pairs.append((score, x.r, x.c, x, (s, f)))
    out = []
    for x, (s, f) in _best_pairs(pairs, lambda sf: id(sf[1])):
        idx.claimed.add((x.r, x.c))
        out.append((x, s, f))
    return out


def _best_pairs(pairs: list, ident=id) -> list:
    """(cell, field) of (likeness, row, col, cell, field) candidates, best first, each cell and each field (by
    ``ident``) used once; ties go to the upper, then the left cell."""
    out, used_cells, used_fields = [], set(), set()
    for _, _, _, x, f in sorted(pairs, key=lambda p: (-p[0], p[1], p[2])):
        if (x.r, x.c) not in used_cells and ident(f) not in used_fields:
            used_cells.add((x.r, x.c))
            used_fields.add(ident(f))
            out.append((x, f))
    return out


def _infer_dates(idx: _Index, loc: Located, form: FormDef) -> None:
    """A date field whose label is not on the sheet, and exactly one unclaimed date-shaped cell among the
    rows of its section's other labels: that cell is the date (inferred, with the rule)."""
    for s in form.sections:
        for f in s.fields:
            v = loc.values.get((s.key, f.key))
            if f.type not in (DATE, YEAR_MONTH) or v is None or v.how != "missing":
                continue
            title = idx.titles.get(s.key)
            m = _AS_OF.search(normalize_text(title.value)) if title is not None and f.type == YEAR_MONTH else None
            if m:  # 「組織の状況（令和6年12月1日現在）」: the section's 時点 is in its title
                loc.values[(s.key, f.key)] = Found(m.group(1), loc.sheet, a1(title.r, title.c), "inferred", None,
                                                   f"見出しの「…現在」を「{f.label}」と推定")
                continue
            rows = [parse_a1(o.cell)[0] for o in (loc.values.get((s.key, g.key)) for g in s.fields)
                    if o is not None and o.cell and o.how == "label"]
            if not rows:
                continue
            heads = {m.group(1): x for r in range(max(min(rows) - 3, 0), min(rows)) for x in idx.by_row.get(r, ())
                     if f.type == YEAR_MONTH and isinstance(x.value, str) and (x.r, x.c) not in idx.claimed
                     and (m := _AS_OF.search(normalize_text(x.value)) or _AS_OF_HEAD.fullmatch(normalize_text(x.value)))}
            if heads:  # 「自治労（R6.12.1現在）｜競合（R6.12.1現在）」: the 時点 in the columns' headings (the latest)
                when, x = max(heads.items(), key=lambda kv: (parse_date(kv[0]).year or 0, parse_date(kv[0]).month or 0))
                loc.values[(s.key, f.key)] = Found(when, loc.sheet, a1(x.r, x.c), "inferred", None,
                                                   f"列の見出しの「…現在」を「{f.label}」と推定")
                continue
            lo, hi = min(rows) - 3, max(rows) + 1  # (a sign-off block: the date a few lines above the names)
            cands = [x for r in range(max(lo, 0), hi + 1) for x in idx.by_row.get(r, ())
                     if (x.r, x.c) not in idx.claimed and _date_shaped(x.value)]
            if len(cands) == 1:
                x = cands[0]
                idx.claimed.add((x.r, x.c))
                loc.values[(s.key, f.key)] = Found(x.value, loc.sheet, a1(x.r, x.c), "inferred", None,
                                                   f"見出しのない年月のセルを「{f.label}」と推定")


def _title_base(form: FormDef) -> str:
    """The form's title as a key, without its bracketed year: 県本部共済推進取り組み報告書 (once per form)."""
    key = (id(form), "title base")
    hit = _FORM_KEYS.get(key)
    if hit is None or hit[0] is not form:
        title = label_key(re.sub(r"[（(][^（）()]*[）)]$", "", format_year(form.title, None)))
        hit = _FORM_KEYS[key] = (form, title)  # type: ignore[assignment]
    return hit[1]  # type: ignore[return-value]


_NOT_A_NAME = ("記入例", "回答", "様式", "提出", "集計", "見本用", "例")  # what else precedes a title: 回答用, 様式第1号 …


def _title_answer(idx: _Index, loc: Located, form: FormDef) -> None:
    """The form's ``title_field`` with no cell of its own, typed before the title in the first rows
    (「見本市職員労働組合　実態共有用アンケート」, 「令和6年度　長野県本部共済推進取り組み報告書」): inferred."""
    if not form.title_field:
        return
    s_key, _, f_key = form.title_field.partition(".")
    found = loc.values.get((s_key, f_key))
    if found is None or found.how != "missing":
        return
    title = _title_base(form)
    for x in idx.cells:
        if x.r > 4:
            return
        at = x.key.find(title) if len(title) >= 4 else -1
        head = _LEADING_YEAR.sub("", x.key[:at]) if at > 0 else ""
        if len(head) >= 2 and re.fullmatch(r"[\w・]+", head) and not head.startswith(_NOT_A_NAME) \
                and (x.r, x.c) not in idx.claimed:
            label = form.field(s_key, f_key).label
            idx.claimed.add((x.r, x.c))
            loc.values[(s_key, f_key)] = Found(head, loc.sheet, a1(x.r, x.c), "inferred", None,
                                               f"表題の前に書かれた「{head}」を「{label}」と推定")
            return


PREF_IN_TITLE_RULE = "空欄のため、表題の「{title}」から「{label}」を「{name}」と推定"


def _pref_in_title(idx: _Index, loc: Located, form: FormDef) -> None:
    """The sender's 県本部 left blank but named in the title (「【滋賀県本部】実態共有用アンケート」): inferred from the one
    県本部 the first rows name."""
    for s in form.sections:
        f = next((g for g in s.fields if g.key == "pref"), None)
        found = loc.values.get((s.key, "pref")) if f is not None else None
        if found is None or found.raw not in (None, "") or found.how not in ("label", "missing"):
            continue
        named = {}
        for x in idx.cells:
            if x.r > 4:
                break
            if isinstance(x.value, str) and "本部" in x.value and (x.r, x.c) not in idx.claimed \
                    and (pref := named_in(x.value)) is not None:
                named.setdefault(pref.name, x)
        if len(named) == 1:
            (name, x), = named.items()
            idx.claimed.add((x.r, x.c))
            loc.values[(s.key, "pref")] = Found(name, loc.sheet, found.cell or a1(x.r, x.c), "inferred", None,
                                                PREF_IN_TITLE_RULE.format(title=_text_of(x.value), label=f.label,
                                                                          name=name))


def _date_shaped(value) -> bool:
    if isinstance(value, (dt.date, dt.datetime)):
        return True
    if not isinstance(value, str):
        return False
    key = label_key(value)
    return bool(_DATE_SHAPE.match(key)) or ("現在" in key or "時点" in key) and bool(_AS_OF_HEAD.fullmatch(key))


def _infer_done_only(loc: Located, form: FormDef) -> None:
    """A file that marks done items only (レ, ✓) and never shows □: an unmarked item is 未実施,
    inferred (a file that uses □ anywhere keeps 'no glyph = 未回答')."""
    checks = _check_keys(form)
    items = [(key, v) for key, v in loc.values.items() if v.how in ("label", "inferred") and key in checks
             and v.cell]  # (an item found in the sender's words too: its row, unmarked)
    states = {glyph_state(v.raw) for _, v in items}
    if True not in states or False in states:
        return
    for key, v in items:
        if glyph_state(v.raw) is None and (v.how == "label" or v.raw in (None, "")):
            rule = DONE_ONLY_RULE if v.how == "label" else f"{v.rule}。{DONE_ONLY_RULE}"
            loc.values[key] = Found(False, v.sheet, v.cell, "inferred", None, rule)


def _choice_keys(f: Field) -> frozenset[str]:
    """Label keys of a choice field's choices, worked out once per field."""
    key = (id(f), "choices")
    hit = _FIELD_KEYS.get(key)
    if hit is None or hit[0] is not f:
        hit = _FIELD_KEYS[key] = (f, frozenset(label_key(c) for c in f.choices))
    return hit[1]


def _check_keys(form: FormDef) -> frozenset[tuple[str, str]]:
    """(section key, field key) of the form's check items, built once per form."""
    key = (id(form), "checks")
    hit = _FORM_KEYS.get(key)
    if hit is None or hit[0] is not form:
        hit = _FORM_KEYS[key] = (form, frozenset((s.key, f.key) for s, f in form.all_fields() if f.type == CHECK))
    return hit[1]


def _label_candidates(idx: _Index, f: Field, year: int | None) -> list[_Cell]:
    """The only cells that can match a field's label, from the sheet's index (no scan of every cell)."""
    heads, tails = _field_heads(f, year)
    found: dict[tuple[int, int], _Cell] = {}
    for h in heads:
        for x in idx.by_head.get(h, ()):
            found[(x.r, x.c)] = x
    for t in tails:
        for x in idx.by_tail.get(t, ()):
            found[(x.r, x.c)] = x
    return [found[rc] for rc in sorted(found)] if len(found) > 1 else list(found.values())


def _field_heads(f: Field, year: int | None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(first two characters, last two for a year-month) of a field's label keys, worked out once."""
    key = (id(f), ("heads", year))
    hit = _FIELD_KEYS.get(key)
    if hit is None or hit[0] is not f:
        keys = [k for k in _field_keys(f, year) + (_yearless_keys(f) if f.type == LONG_TEXT else ()) if k]
        heads = tuple(dict.fromkeys(k[:2] for k in keys))
        tails = tuple(dict.fromkeys(k[-2:] for k in keys)) if f.type == YEAR_MONTH else ()
        hit = _FIELD_KEYS[key] = (f, (heads, tails))  # type: ignore[assignment]
    return hit[1]  # type: ignore[return-value]


_PARTICLES = frozenset("のはがをにでともへやより")
_LEADING_NOTE = re.compile(r"^\([^()]{1,6}\)(?=\D)")
_LEADING_YEAR = re.compile(r"^(?:\d{4}|[RH令和平成]{1,2}\d{1,2})年度?")
_QUALIFIERS = re.compile(r"(?:\([^()]{0,12}\))+")  # (empty: a date taken out, 「新規採用者（2026年4月）」)


def _find_label(idx: _Index, f: Field, year: int | None, form: FormDef | None = None,
                groups: tuple[str, ...] = (), rows: tuple = (None, [], None)) -> tuple[_Cell, str] | None:
    """The cell of a field's label (and the rest of the cell after it).  ``rows``: the rows of the field's section
    on this sheet (if its title was found), those of the other sections, and (its title not found) the rows between
    the titles of the sections before and after it: a label in another section's rows is that section's (未加入者数
    under 組織の状況 is not the 新規採用者 one), one in its own rows comes first, and in its own rows (or between its
    neighbours' titles) the label without its unit (未加入者数 for 未加入者数（人）) is enough."""
    partial = None
    own, others, between = (*rows, None)[:3]
    near = own or between
    candidates = _label_candidates(idx, f, year)
    if own is not None and len(candidates) > 1:  # the label in its own section first (a 未加入者数 above the 新規採用者 title)
        candidates = sorted(candidates, key=lambda x: not own[0] <= x.r < own[1])
    for x in candidates:
        if not x.key or (x.r, x.c) in idx.claimed:
            continue
        if own is not None and not own[0] <= x.r < own[1] and any(lo <= x.r < hi for lo, hi in others):
            continue
        key, one = x.key, False
        # one column of a pair asked as a question of its own: 「組織率（競合）（％）」, 「組織人員数（人）　自治労」
        named = [g for g in groups if f"({g})" in key] if "(" in key else []
        if not named and groups and key.endswith(groups):
            named = [g for g in groups if key.endswith(g) and len(key) > len(g) + 1]
            key = key[:-len(named[0])] + f"({named[0]})" if named else key
        if named and not f.group:  # 「上部団体（競合）」: a field of its own, qualified, unless a pair's label
            key = key.replace(f"({named[0]})", "", 1)
            if _bare_label(key, groups) in _pair_labels(form, year):
                continue
        elif named:
            column = label_key(f.group)
            if column not in named:
                continue  # the other column's label
            key, one = key.replace(f"({column})", "", 1), True
        rest = _label_match(key, f, year)
        if rest is None and "千" in key and _IN_THOUSANDS.search(key):  # 「未加入者数（千人）」: the label, in thousands
            rest = _label_match(_IN_THOUSANDS.sub("(人)", key), f, year)
        if rest is None and key[:1] == "(" and _LEADING_NOTE.match(key):  # 「（分母）正規職員数」
            rest = _label_match(_LEADING_NOTE.sub("", key), f, year)
        if rest is None and _LEADING_YEAR.match(key):  # 「2024年 新規採用者数」: the year of a heading typed in
            rest = _label_match(_LEADING_YEAR.sub("", key), f, year)
            rest = None if rest is None or rest[:1].isdigit() else rest
        if rest and _QUALIFIERS.fullmatch(rest):  # 「上部団体（競合単組）」: the label, qualified
            rest = ""
        if rest is None and len(key) <= 8 and not one:  # 「職員数（人）｜正規 / 会計年度」: 正規職員数, …
            parent = _parent_label(idx, x)
            if parent is not None and _composed_match(key, parent.key, f, year):
                idx.claimed.add((parent.r, parent.c))
                return x, ""
        if rest is None and (one or near is not None and near[0] <= x.r < near[1]) and _unitless(f, year) == key:
            rest = ""  # (a label naming a pair's column, 「未加入者数（自治労）」, is the pair's wherever it stands)
        if rest == "":
            return x, _ONE_GROUP if one else ""
        # a label and its answer in one cell, but not another field's label that starts the same way
        # (県本部 … 県本部・本部への要望)
        if rest is not None and rest[:1] in _PARTICLES:
            rest = None  # 「県本部の会議を…」: a sentence that starts with the label's word, not the label and its answer
        if rest is not None and partial is None and not (form is not None and (x.key in _form_keys(form, year)[2]
                                                                               or _is_boilerplate(x, form, year)
                                                                               or x.key.startswith(_title_base(form)))):
            partial = (x, rest)  # (nor the form's title: 県本部共済推進取り組み報告書 is no answer to 県本部)
    return partial


def _parent_label(idx: _Index, x: _Cell) -> _Cell | None:
    """The label a short row heading breaks down (「職員数（人）」 merged down beside 「正規」 / 「会計年度」, or on the
    first of those rows with nothing under it): a count's label (ending in 数, its unit aside)."""
    if x.c == 0:
        return None
    m = idx.sheet.merged_at(x.r, x.c - 1)
    if m is not None:
        if m[2] == m[0]:
            return None
        r, c = m[0], m[1]
    else:
        r, c = x.r, x.c - 1
        while r > max(x.r - _SUB_ROWS, -1) and idx.sheet.value(r, c) in (None, ""):
            r -= 1
    parent = next((y for y in idx.by_row.get(r, ()) if y.c == c), None)
    if parent is None or not parent.key or (r != x.r and m is None and not _sub_rows(idx, parent, x.c + 1)):
        return None
    return parent if _UNIT.sub("", parent.key).endswith("数") else None


def _composed_match(sub: str, parent: str, f: Field, year: int | None) -> bool:
    """A row heading and the label it breaks down, read as one label (正規 + 職員数（人） → 正規職員数（人））."""
    bare = _UNIT.sub("", parent)
    return any(_label_match(k, f, year) == "" for k in (sub + parent, sub + bare) if k)


def _both_groups(idx: _Index, label: _Cell, s: Section) -> tuple[_Cell, dict[str, str]] | None:
    """The cell right of a pair's label when it holds every column's answer after the column's name
    (「自治労 1,045人／競合 約200人」, 「自治労：58.1%、競合：11.1%」): the cell and {column key: its part}."""
    right = idx.right_of(label, 1)
    if not right or not right[0].key or (right[0].r, right[0].c) in idx.claimed:
        return None
    names = [label_key(g) for g in s.groups]
    if len(names) < 2 or len(str(right[0].value)) > _SHORT or not all(n in right[0].key for n in names):
        return None
    text = normalize_text(right[0].value)
    pattern = "|".join(map(re.escape, names))
    parts = {m.group(1): m.group(2).strip() for m in
             re.finditer(rf"({pattern})\s*[:：]?\s*(.+?)\s*(?=[／/、,，;；]\s*(?:{pattern})|$)", text)}
    return (right[0], parts) if set(parts) == set(names) and all(parts.values()) else None


def _unitless(f: Field, year: int | None) -> str:
    """A field's label key without the unit in brackets at its end (未加入者数（人） → 未加入者数)."""
    k = label_key(format_year(f.label, year))
    return re.sub(r"\((?:人|名|%|件|円|箇所|か所)\)$", "", k)


def _groups(form: FormDef) -> tuple[str, ...]:
    """The label keys of the form's pair columns (自治労, 競合), worked out once per form."""
    key = (id(form), "groups")
    hit = _FORM_KEYS.get(key)
    if hit is None or hit[0] is not form:
        hit = _FORM_KEYS[key] = (form, tuple(dict.fromkeys(label_key(g) for s in form.sections for g in s.groups)))
    return hit[1]  # type: ignore[return-value]


_ONE_GROUP = "\x00one group"  # _find_label: the label names the pair's column it asks for


def _value_for(idx: _Index, label: _Cell, s: Section, f: Field, form: FormDef,
               year: int | None, one: bool = False) -> _Cell | None:
    if s.layout == "pairs" and f.group and not one:
        under = _group_under(idx, label, f.group, s.groups)
        if under is not None:  # a heading merged over 自治労｜競合 sub-headings, the answers in the row below them
            return under
        head = _group_heading(idx, label, f.group)
        if head is not None:  # the column headed 自治労 / 競合 above the label's row (or a cell merged over both)
            total = _sub_total(idx, label, head.c)
            r = label.r if total is None else total.r  # 「組織人員数｜正規 / 会計年度 / 計」: the 計 row
            m = idx.sheet.merged_at(r, head.c)
            c = m[1] if m is not None and m[0] == r else head.c
            return next((x for x in idx.by_row.get(r, ()) if x.c == c), None)
        row = _group_row(idx, label, f.group)
        if row is not None:  # the table turned round: the label heads a column, 自治労 / 競合 head the rows
            return next((x for x in idx.by_row.get(row.r, ()) if x.c == label.c), None)
        block = _group_block(idx, label, f.group, s.groups)
        if block is not None:  # 「■自治労（当組合）」 and 「■競合組合」 blocks, each asking the same questions
            idx.claimed.add((block.r, block.c))
            right = idx.right_of(block, 1)
            return right[0] if right and (right[0].r, right[0].c) not in idx.claimed else None
        latest = _latest_period(idx, label)
        if latest is not None:  # 「競合加入者数｜3｜2」 under 「2024年4月｜2025年4月」: the latest period's
            return latest
        cells = idx.right_of(label, len(s.groups), positional=True)
        i = s.groups.index(f.group)
        return cells[i] if i < len(cells) else None
    pointer = _pointer(label.value)
    if pointer or idx.labels_right:  # 「answer｜←label」, 「answer｜（label）」: the answer is what it points back at
        left = _left_answer(idx, label, form, year)
        if left is not None or pointer == "arrow" or idx.labels_right and f.type != CHOICE:
            return left  # (on a sheet typed that way, a note right of a blank answer is no answer)
    if f.type == CHOICE:
        row = idx.right_of(label, 12)
        choices = [x for x in row if (x.r, x.c) not in idx.claimed and label_key(x.value) in _choice_keys(f)]
        marked_in = [x for x in row if (x.r, x.c) not in idx.claimed and label_key(x.value) not in _choice_keys(f)
                     and label_key(marked_choice(x.value) or "") in _choice_keys(f)]
        if len(marked_in) > 1:  # 「○全労連・自治労連｜●旧全官公自治労連｜○…」: the printed ○ are the boxes, ● the answer
            filled = [x for x in marked_in if split_glyph(x.value)[0] not in _HOLLOW]
            if len(filled) == 1:
                choices, marked_in = choices + [x for x in marked_in if x is not filled[0]], filled
        if len(marked_in) == 1 and (choices or len(row) > 1):  # the choices printed in a row, the chosen one marked:
            idx.claimed.update((x.r, x.c) for x in choices)  # 「全労連・自治労連｜◯全労連・医労連｜なし」
            return marked_in[0]
        if not choices and not marked_in:  # 「( )全労連・自治労連」 / 「(レ)全労連・医労連」 … one per row under the label
            starts = [idx.below(label)] + idx.right_of(label, 1)
            run = next((r for r in (_marked_run(idx, x, f) for x in starts if x is not None) if r), None)
            if run is not None:
                return run
        if len(choices) == 1:  # the choices listed down a column, a ○ beside the one chosen
            down = _choices_down(idx, choices[0], f)
            if down is not None:
                return down
        if len(choices) >= 2 and not any(_marked_beside(idx, x) for x in choices):
            ringed = [x for x in choices if (x.r, x.c) in set(idx.circled())]
            if len(ringed) == 1:  # 「○で囲んでください」: an oval drawn round one of the printed choices
                idx.claimed.update((x.r, x.c) for x in choices)
                return ringed[0]
        if len(choices) >= 2:  # the choices printed in a row, one marked beside it: 「全労連・医労連｜（○）」
            marked = [x for x in choices if _marked_beside(idx, x)]
            for x in choices:  # the printed choices and their slots are the form's, whatever is marked
                for y in (x, _mark_slot(idx, x)):
                    if y is not None and (marked[:1] != [x] or y is not x):
                        idx.claimed.add((y.r, y.c))
            if len(marked) == 1:
                return marked[0]
            if any(_mark_slot(idx, x) for x in choices):  # slots printed for the marks, none (or two) marked
                return None
        for x in choices[:1]:
            return x
    latest = _latest_period(idx, label) if f.type in (NUMBER, INTEGER, PERCENT) else None
    if latest is not None:
        return latest
    total = _total_column(idx, label) if f.type in (NUMBER, INTEGER, PERCENT) else None
    if total is not None:  # 男｜女｜計: the total
        return total
    if s.layout == "pairs" and s.groups and sum(1 for x in idx.by_row.get(label.r, ())
                                                if x.c < label.c and _group_named(x.key, s.groups, idx.group_names)) >= 2:
        # a heading beside 自治労｜競合 in the table's heading row (「｜自治労｜競合｜時点｜…」): its answer is under it
        under = next((x for x in idx.by_col.get(label.c, ()) if x.r > label.r), None)
        if under is not None and under.r <= label.r + 2 and (under.r, under.c) not in idx.claimed \
                and not _is_label(under, form, year):
            return under
    right = idx.right_of(label, 1)
    if right and right[0].key and f.type in (NUMBER, INTEGER, PERCENT):
        total = _sub_total(idx, label, right[0].c + 1)
        if total is not None:  # 「組織人員数｜正規 / 会計年度 / 計」 down the rows: the figure right of 計
            right = idx.right_of(total, 1)
    if right and (right[0].r, right[0].c) in idx.example_cells:  # 設問｜記入例｜回答: the answer is past the example
        right = idx.right_of(right[0], 1)
    if right and (right[0].r, right[0].c) not in idx.claimed and not _is_label(right[0], form, year):
        return right[0]
    below = idx.below(label)
    while below is not None and below.r in idx.example_rows:  # a 記入例 row between the labels and the answers
        below = next((x for x in idx.by_col.get(label.c, ()) if x.r > below.r), None)
    merged = idx.sheet.merged_at(label.r, label.c)
    bottom = merged[2] if merged else label.r  # a heading merged down over two header rows
    if below is not None and (below.r, below.c) not in idx.claimed and not _is_label(below, form, year) \
            and all(r in idx.example_rows or r in idx.hidden_rows for r in range(bottom + 1, below.r)):
        return _total_below(idx, label, below) or below  # the next row, or the next one shown
    if below is None or below.r > label.r + 1:  # a list of labels, each answer on the row below, one column in
        m = idx.sheet.merged_at(label.r, label.c)
        inner = next((x for x in idx.by_row.get(label.r + 1, ()) if x.c == (m[3] if m else label.c) + 1), None)
        if inner is not None and (inner.r, inner.c) not in idx.claimed and not _is_label(inner, form, year):
            return inner
    return None


_SUB_ROWS = 6  # the most sub-rows a label is broken down into (正規 / 再任用 / 会計年度 / 計 …)


def _sub_rows(idx: _Index, label: _Cell, before: int) -> list[_Cell]:
    """A label broken down over the rows beside it (merged down over them, or alone on the first with nothing
    under it): the short texts heading those rows between the label and column ``before`` (正規 / 会計年度 / 計),
    one a row; [] unless there are two or more."""
    m = idx.sheet.merged_at(label.r, label.c)
    right = m[3] if m else label.c
    if m is not None and m[2] > m[0]:
        rows = range(m[0], min(m[2], m[0] + _SUB_ROWS) + 1)
    else:
        rows = [label.r]
        for r in range(label.r + 1, label.r + _SUB_ROWS):
            row = idx.by_row.get(r, ())
            if not row or any(x.c <= right for x in row) or idx.sheet.merged_at(r, label.c) is not None:
                break
            rows.append(r)
    if len(rows) < 2:
        return []
    subs = []
    for r in rows:
        heads = [x for x in idx.by_row.get(r, ()) if right < x.c < before and x.key and len(x.key) <= 12]
        if len(heads) != 1 or any(ch.isdigit() for ch in heads[0].key):
            return subs if len(subs) >= 2 else []
        subs.append(heads[0])
    return subs


def _sub_total(idx: _Index, label: _Cell, before: int) -> _Cell | None:
    """The 計 of a label broken down over rows (「組織人員数（人）｜正規 / 会計年度 / 計」): the 計 sub-heading, the
    row headings claimed (the figures of the other rows are the total's parts); None without one."""
    if not label.key:
        return None
    subs = _sub_rows(idx, label, before)
    totals = [x for x in subs if x.key in _TOTAL_HEADS]
    if len(totals) != 1:
        return None
    idx.claimed.add((totals[0].r, totals[0].c))  # (the other rows' figures are kept as written beside the form)
    return totals[0]


def _group_under(idx: _Index, label: _Cell, group: str, groups: tuple[str, ...]) -> _Cell | None:
    """A form turned sideways: the label merged across two columns, 自治労 / 競合 in the row under it, the answers
    in the row under those: the answer under ``group``'s sub-heading."""
    m = idx.sheet.merged_at(label.r, label.c)
    if not m or m[3] <= m[1]:
        return None
    subs = [x for x in idx.by_row.get(m[2] + 1, ()) if m[1] <= x.c <= m[3] and _group_named(x.key, groups, idx.group_names)]
    head = next((x for x in subs if _group_named(x.key, groups, idx.group_names) == group), None)
    if head is None or len(subs) < 2:
        return None
    return next((x for x in idx.by_row.get(head.r + 1, ()) if x.c == head.c), None)


def _group_block(idx: _Index, label: _Cell, group: str, groups: tuple[str, ...]) -> _Cell | None:
    """The label's cell in the block of rows headed by ``group`` (「■自治労（当組合）」 … 「■競合組合」 …): when the same
    label is printed once per block, the one under the nearest heading naming the group; None otherwise."""
    same = [x for x in idx.cells if x.key == label.key and (x is label or (x.r, x.c) not in idx.claimed)]
    if len(same) < 2:
        return None
    heads = [(x.r, g) for x in idx.cells if x.key and len(x.key) <= 16 and x.c <= label.c
             for g in (_group_named(x.key, groups, idx.group_names),) if g is not None]
    if len({g for _, g in heads}) < 2:
        return None
    mine = [x for x in same if max(((r, g) for r, g in heads if r < x.r), default=(0, None))[1] == group]
    return mine[0] if len(mine) == 1 else None


def _group_named(key: str, groups: tuple[str, ...], names: dict[str, tuple[str, ...]] | None = None) -> str | None:
    """The one group a short heading names (自治労, not 自治労連: that is a rival's name); with ``names``
    (_group_names), a heading naming a rival union (「自治労連」, 「競合①医労連」) is the rivals' column."""
    if names and key:
        hit = [g for g, words in names.items() if any(w in key for w in words)]
        if len(hit) == 1:
            return hit[0]
    named = [g for g in groups if re.search(re.escape(g) + ("(?!連)" if g == "自治労" else ""), key)]
    return named[0] if len(named) == 1 else None


_NO_NAME = frozenset(("なし", "無し", "無", "ない", "該当なし", "その他"))
_CHOICE_PARTS = re.compile(r"[・･/／、,，()（）\s]+")


def _group_names(form: FormDef) -> dict[str, tuple[str, ...]]:
    """The names that head a pair's column besides the column's own word, from the form's definition: the parts
    of the choices of a field asking about that column (上部団体, asked as 「競合組合の上部団体」: 全労連, 自治労連,
    医労連 …) name the rivals, so a column headed 「自治労連」 is the 競合 one, never 自治労's (worked out once)."""
    key = (id(form), "group names")
    hit = _FORM_KEYS.get(key)
    if hit is None or hit[0] is not form:
        groups = _groups(form)
        out: dict[str, tuple[str, ...]] = {}
        for _, f in form.all_fields():
            if f.type != CHOICE or f.group or not f.choices or not groups:
                continue
            named = [g for g in groups if any(g in k for k in _field_keys(f, None))]
            if len(named) != 1:
                continue
            parts = {label_key(p) for c in f.choices for p in _CHOICE_PARTS.split(c) if p.strip()}
            words = [p for p in parts if len(p) >= 2 and p not in _NO_NAME and p not in groups]
            out[named[0]] = tuple(sorted(set(out.get(named[0], ())) | set(words), key=lambda w: (-len(w), w)))
        hit = _FORM_KEYS[key] = (form, out)  # type: ignore[assignment]
    return hit[1]  # type: ignore[return-value]


def _split_date(idx: _Index, x: _Cell) -> str | None:
    """A date typed over cells, 「2025｜年｜2｜月｜12｜日」 (or 「令和7｜年…」): the whole date as one text, its cells
    claimed; None for a date in one cell."""
    if not (type(x.value) in (int, float) or isinstance(x.value, str) and len(x.value) <= 6):
        return None
    row = [y for y in idx.by_row.get(x.r, ()) if y.c > x.c][:5]
    if len(row) < 3 or any(row[i].c != x.c + i + 1 for i in range(len(row))):
        return None
    parts = [x] + row
    texts = [str(int(p.value)) if type(p.value) in (int, float) and p.value == int(p.value) else str(p.value).strip()
             for p in parts]
    units = texts[1::2]
    if units[:2] != ["年", "月"] or (len(units) == 3 and units[2] != "日"):
        return None
    for p in parts:
        idx.claimed.add((p.r, p.c))
    return "".join(texts)


# a column or row of totals (「計」 beside 男｜女, 「合計人数」); defined once (a second definition further down had
# silently replaced this one for both of its uses)
_TOTAL_HEADS = frozenset({"合計", "計", "総計", "合計人数", "計(人)", "合計(人)"})


def _total_below(idx: _Index, label: _Cell, below: _Cell) -> _Cell | None:
    """A label heading a column of figures broken down by row (職種 | 新規採用者数 over 一般事務 5, 保育士 2, …, 合計 8):
    the figure on the row headed 合計 is the answer."""
    if not isinstance(below.value, (int, float)):
        return None
    r = below.r
    for x in idx.by_col.get(label.c, ()):
        if x.r <= below.r:
            continue
        if x.r > r + 1 or not isinstance(x.value, (int, float)) or x.r - label.r > 20:
            return None
        r = x.r
        head = min(idx.by_row.get(x.r, ()), key=lambda y: y.c)
        if head.c < label.c and head.key in _TOTAL_HEADS:
            return x
    return None


_NOT_A_KIND = re.compile(r"[0-9]|年|月|度|前|昨|今|回|うち|内訳|備考|※")  # a row heading that is no kind of staff
ROWS_SUM_RULE = "{head}内訳（{kinds}）に計の行がないため、{n} 行を足した {total} を「{{label}}」と読みました"


def _rows_summed(idx: _Index, label: _Cell, first: _Cell, groups: tuple[str, ...]) -> tuple[int, str] | None:
    """A label heading a column of figures broken down by row (職種｜新規採用者数 over 事務 3 / 技術 1 / 保育 2) with
    no 計 row: (the sum, the rule saying so), the rows claimed; None unless two or more whole numbers stand on
    consecutive rows under the label, each row headed in one column left of it by a distinct kind (not a period:
    「前年度｜今年度」 rows are no parts of one figure) and no row of totals ends them."""
    if type(first.value) not in (int, float) or not float(first.value).is_integer():
        return None
    run = [first]
    for x in idx.by_col.get(label.c, ()):
        if x.r <= first.r:
            continue
        if x.r != run[-1].r + 1 or type(x.value) not in (int, float):
            break
        run.append(x)
    if len(run) < 2 or run[0].r - label.r > 2 or not all(float(x.value).is_integer() for x in run):
        return None
    heads = []
    for x in run:
        row = idx.by_row.get(x.r, ())
        head = row[0] if row else None
        if head is None or head.c >= label.c or not head.key or len(head.key) > 16 or head.key in _TOTAL_HEADS \
                or _NOT_A_KIND.search(head.key) or heads and head.c != heads[0].c \
                or _group_named(head.key, groups, idx.group_names) is not None:  # 自治労｜競合 rows: a pair's table
            return None
        heads.append(head)
    if len({h.key for h in heads}) < len(heads):
        return None
    after = next((y for y in idx.by_row.get(run[-1].r + 1, ()) if y.c == heads[0].c), None)
    if after is not None and after.key in _TOTAL_HEADS:  # a 計 row left blank: no sum of ours
        return None
    total = int(sum(x.value for x in run))
    idx.claimed.update((x.r, x.c) for x in (*run, *heads))
    above = next((y for y in reversed(idx.by_col.get(heads[0].c, ())) if y.r < heads[0].r), None)
    head = ""
    if above is not None and above.r == label.r and above.key:  # the table's heading over the kinds: 「職種」
        idx.claimed.add((above.r, above.c))
        head = f"「{_text_of(above.value)}」ごとの"
    return total, ROWS_SUM_RULE.format(head=head, kinds="・".join(_text_of(h.value) for h in heads), n=len(run),
                                       total=total)


def _mark_slot(idx: _Index, x: _Cell) -> _Cell | None:
    """The cell just right of a printed choice when it is a slot for a mark: 「（　）」, 「（○）」, 「○」, 「□」."""
    nxt = next((y for y in idx.by_row.get(x.r, ()) if y.c == x.c + 1), None)
    if nxt is None or not isinstance(nxt.value, str) or len(nxt.value.strip()) > 5:
        return None
    inner = normalize_text(nxt.value).strip().strip("()（）[]［］ 　")
    return nxt if not inner or glyph_state(inner) is not None else None


def _choices_down(idx: _Index, first: _Cell, f: Field) -> _Cell | None:
    """The choices printed one per row under the first (全労連・自治労連 / 旧全官公自治労連 / …), the chosen one with a
    mark just left or right of it: that choice (the printed choices and marks claimed); None unless exactly one
    of two or more listed choices is marked."""
    run = [first]
    for x in idx.by_col.get(first.c, ()):
        if x.r == run[-1].r + 1 and label_key(x.value) in _choice_keys(f) and (x.r, x.c) not in idx.claimed:
            run.append(x)
    if len(run) < 2:
        return None
    beside = {x.r: [y for y in idx.by_row.get(x.r, ()) if abs(y.c - x.c) == 1
                    and (_done_mark(y) or type(y.value) is str and idx.legend.get(y.value.strip()) is True)] for x in run}
    marked = [x for x in run if beside[x.r]]
    if len(marked) != 1:
        return None
    for x in run:
        idx.claimed.add((x.r, x.c))
        idx.claimed.update((y.r, y.c) for y in beside[x.r])
    return marked[0]


def _marked_run(idx: _Index, first: _Cell, f: Field) -> _Cell | None:
    """Choices listed down a column from ``first``, each with its mark in its own cell (「( )全労連・自治労連」 …
    「(レ)全労連・医労連」, or ○ before each and ● before the chosen): the one marked done (the run claimed); None
    unless exactly one of two or more is."""
    keys = _choice_keys(f)
    run = []
    for x in idx.by_col.get(first.c, ()):
        if x.r < first.r or (x.r, x.c) in idx.claimed:
            continue
        if run and x.r != run[-1][0].r + 1:
            break
        glyph, rest = split_glyph(x.value) if isinstance(x.value, str) else (None, "")
        if glyph is None or label_key(rest) not in keys:
            break
        run.append((x, glyph))
    if len(run) < 2:
        return None
    done = [x for x, g in run if glyph_state(g)]
    if len(done) > 1:  # ○ printed before each choice, the chosen one filled in
        done = [x for x, g in run if glyph_state(g) and g not in _HOLLOW]
    if len(done) != 1:
        return None
    idx.claimed.update((x.r, x.c) for x, _ in run)
    return done[0]


def _marked_beside(idx: _Index, x: _Cell) -> bool:
    slot = _mark_slot(idx, x)
    if slot is None:
        return False
    inner = normalize_text(slot.value).strip().strip("()（）[]［］ 　")
    return bool(inner) and glyph_state(inner) is True


def _left_answer(idx: _Index, label: _Cell, form: FormDef, year: int | None) -> _Cell | None:
    """The answer just left of a label typed right of it (not claimed, not printed text of the form)."""
    left = idx.left_of(label)
    if left is None or (left.r, left.c) in idx.claimed or _is_label(left, form, year):
        return None
    return left


def _labels_right(idx: _Index, form: FormDef, year: int | None) -> bool:
    """A sheet whose labels point back at answers on their left (「←label」, 「（label）」) at least twice: a label
    of it with nothing right of it or below it has its answer on its left too."""
    labels = _form_keys(form, year)[2]
    seen = 0
    for x in idx.cells:
        if x.key in labels and _pointer(x.value) and idx.left_of(x) is not None:
            seen += 1
            if seen == 2:
                return True
    return False


def _group_heading(idx: _Index, label: _Cell, group: str) -> _Cell | None:
    """The heading of a pair's column (自治労, 競合) in the rows just above a pair label, right of the label: the
    values sit under it, whatever lies between (a blank column, a '：')."""
    heads = _group_cells(idx, group)
    best = None
    for x in heads:
        if label.r - 8 <= x.r < label.r and x.c > label.c and (best is None or x.r > best.r):
            best = x
    if best is not None:  # 「令和5年11月1日現在｜令和6年11月1日現在」 over two 自治労｜競合 pairs: the latest
        same = [x for x in heads if x.r == best.r and x.c > label.c]
        totals = [x for x in same if _group_total(x.key, label_key(group))]
        if len(same) > 1 and len(totals) == 1:  # 「競合①自治労連｜競合②医労連｜競合計」: the rivals' total
            return totals[0]
        periods = [(_period_above(idx, x), x.c, x) for x in same]
        if len(same) > 1 and all(p is not None for p, _, _ in periods) and len({p for p, _, _ in periods}) == len(same):
            best = max(periods)[2]
    if best is None:  # labels typed right of the table (自治労｜競合｜項目): the heading on the left, with nothing
        for x in heads:  # but values between its column and the label on the label's row
            if label.r - 8 <= x.r < label.r and x.c < label.c and (best is None or x.r > best.r) \
                    and not any(x.c < y.c < label.c and not _is_value(y.value) for y in idx.by_row.get(label.r, ())):
                best = x
    return best


_PERIOD_WORDS = re.compile(r"年|月|現在|時点")  # a heading naming a period (not 「41.2」, a rate typed as text)


def _period_above(idx: _Index, x: _Cell) -> tuple[int, int] | None:
    """(year, month) the heading of a cell's column gives (the first text above it, past numbers and one group
    heading, merged over the column or not): 「令和6年11月1日現在」, 「2025年4月」, a date."""
    texts = 0
    for r in range(x.r - 1, max(x.r - 9, -1), -1):
        m = idx.sheet.merged_at(r, x.c)
        v = idx.sheet.value(m[0], m[1]) if m else idx.sheet.value(r, x.c)
        if v in (None, "") or isinstance(v, (int, float)) and not isinstance(v, bool):
            continue
        d = parse_date(v) if not isinstance(v, str) or _PERIOD_WORDS.search(v) else None
        if d is not None and d.year and d.month:
            return d.year, d.month
        texts += 1
        if texts == 2:  # (a 自治労 / 競合 heading under the period is passed over; a second text is no period)
            return None
    return None


def _latest_period(idx: _Index, label: _Cell) -> _Cell | None:
    """A row of answers under periods (「2024年4月｜2025年4月」: last year's figures kept beside this year's): the
    answer under the latest period, when the periods head two or more of the label's row's cells."""
    row = [x for x in idx.by_row.get(label.r, ()) if x.c > label.c and (x.r, x.c) not in idx.claimed
           and (type(x.value) in (int, float) or isinstance(x.value, str) and any(ch.isdigit() for ch in x.value))]
    if len(row) < 2:
        return None
    periods = [(_period_above(idx, x), x.c, x) for x in row]
    dated = [(p, c, x) for p, c, x in periods if p is not None]
    if len(dated) < 2 or len({p for p, _, _ in dated}) < len(dated):
        return None
    return max(dated)[2]


def _total_column(idx: _Index, label: _Cell) -> _Cell | None:
    """A row of figures split by a breakdown (「男｜女｜計」 over 「新規採用者数｜21｜17｜38」): the one under the
    heading 計 / 合計, when two or more figures stand right of the label and such a heading is above one of them."""
    row = [x for x in idx.by_row.get(label.r, ()) if x.c > label.c and (x.r, x.c) not in idx.claimed
           and (type(x.value) in (int, float) or isinstance(x.value, str) and any(ch.isdigit() for ch in x.value))]
    if len(row) < 2:
        return None
    totals = [x for x in row if _heading_above(idx, x) in _TOTAL_HEADS]
    return totals[0] if len(totals) == 1 else None


def _heading_above(idx: _Index, x: _Cell) -> str:
    """The first text above a figure in its column, past other figures (the column's heading), as a key."""
    for r in range(x.r - 1, max(x.r - 9, -1), -1):
        m = idx.sheet.merged_at(r, x.c)
        v = idx.sheet.value(m[0], m[1]) if m else idx.sheet.value(r, x.c)
        if v in (None, "") or isinstance(v, (int, float)) and not isinstance(v, bool):
            continue
        return label_key(v) if isinstance(v, str) else ""
    return ""


# a pair's column headed in the sender's words: 「うちの組合｜ライバル組合」 for 自治労｜競合
_GROUP_WORDS = {"自治労": ("うちの組合", "自組合", "当組合"), "競合": ("ライバル組合", "競合組合", "他組合")}


def _group_cells(idx: _Index, group: str) -> list[_Cell]:
    """The cells naming a pair's column (自治労, 競合, or the sender's 「うちの組合」 「ライバル組合」), also with the
    sender's note in brackets after it (「競合（自治労連）」); the column's total (「競合計」); and a cell naming
    one of the rivals (「自治労連」, 「競合①自治労連」: idx.group_names) in a row of such headings."""
    hit = idx.group_cells.get(group)
    if hit is None:  # the cells are the sheet's: found once a sheet (only the claims change)
        out = []
        own = label_key(group)
        for key in (own, *(label_key(w) for w in _GROUP_WORDS.get(group, ()))):
            out += [x for x in idx.by_head.get(key[:2], ()) if x.key == key
                    or x.key.startswith(key + "(") and x.key.endswith(")") and x.key.count("(") == 1]
        out += [x for x in idx.by_head.get(own[:2], ()) if x.key.startswith(own) and _group_total(x.key, own)]
        named = []
        for name in idx.group_names.get(own, ()):
            for x in (*idx.by_head.get(name[:2], ()), *idx.by_head.get(own[:2], ())):
                if len(x.key) > 2 * len(name) + len(own) + 4 or name not in x.key:
                    continue
                rest = x.key.removeprefix(own).lstrip("0123456789.:-()")  # 「競合①自治労連」 (① is 1 in a key)
                if (rest == name or rest.startswith(name + "(") and rest.endswith(")")) and x not in out \
                        and x not in named and _heading_row(idx, x):
                    named.append(x)
        hit = idx.group_cells[group] = (out, named)
    out, named = hit
    if not named:
        return out
    return out + [x for x in named if (x.r, x.c) not in idx.claimed]  # (not the 上部団体 answer 「自治労連」)


def _group_total(key: str, own: str) -> bool:
    """「競合計」, 「競合（合計）」: the total of a pair's column split by rival."""
    rest = key[len(own):]
    return rest in _TOTAL_HEADS or rest[:1] == "(" and rest[1:-1] in _TOTAL_HEADS and rest[-1:] == ")"


def _heading_row(idx: _Index, x: _Cell) -> bool:
    """Another cell of x's row heads a pair's column in the form's own words (自治労, 競合): a row of headings."""
    words = _HEADING_WORDS
    return any(y is not x and y.key and (y.key in words or y.key.startswith(words)) for y in idx.by_row.get(x.r, ()))


_HEADING_WORDS = tuple(dict.fromkeys(label_key(w) for g, ws in _GROUP_WORDS.items() for w in (g, *ws)))


def _is_value(value) -> bool:
    """A number, a date, or a short text that could be one (約900, 不明): what sits in a pair's columns."""
    return not isinstance(value, str) or len(label_key(value)) <= 8


def _group_row(idx: _Index, label: _Cell, group: str) -> _Cell | None:
    """The row heading of a pair (自治労, 競合) in the rows just below a pair label and left of it: a table with
    the labels across its top and the groups down its side."""
    best = None
    for x in _group_cells(idx, group):
        if label.r < x.r <= label.r + 4 and x.c < label.c and (best is None or x.r < best.r):
            best = x
    return best


def _is_label(x: _Cell, form: FormDef, year: int | None) -> bool:
    """Printed text of the form: a label (the next question's, when an answer is left blank), a title,
    or boilerplate such as '←プルダウンから選択'."""
    _, _, labels, titles = _form_keys(form, year)
    return bool(x.key) and (x.key in labels or x.key in _alias_keys(form, year) or _key_title_key(x.key) in titles
                            or _is_boilerplate(x, form, year)
                            or _bare_label(x.key, _groups(form)) in _bare_labels(form, year))


_UNIT = re.compile(r"\((?:人|名|%|件|円|箇所|か所|千人|千件)\)$")


def _bare_label(key: str, groups: tuple[str, ...]) -> str:
    """A label key without a pair column's name or a unit in brackets, years aside: 組織人員数(自治労)(人) and
    2024年新規採用者数 → 組織人員数, 新規採用者数."""
    for g in groups:
        key = key.replace(f"({g})", "")
    return _UNIT.sub("", _YEARS.sub("", key))


def _pair_labels(form: FormDef | None, year: int | None) -> frozenset[str]:
    """The bare labels of the form's pair fields (組織人員数, 組織率, 未加入者数)."""
    if form is None:
        return frozenset()
    key = (id(form), ("pair labels", year))
    hit = _FORM_KEYS.get(key)
    if hit is None or hit[0] is not form:
        groups = _groups(form)
        hit = _FORM_KEYS[key] = (form, frozenset(_bare_label(k, groups) for _, f in form.all_fields() if f.group
                                                 for k in _field_keys(f, year)))
    return hit[1]


def _bare_labels(form: FormDef, year: int | None) -> frozenset[str]:
    key = (id(form), ("bare", year))
    hit = _FORM_KEYS.get(key)
    if hit is None or hit[0] is not form:
        groups = _groups(form)
        hit = _FORM_KEYS[key] = (form, frozenset(_bare_label(k, groups) for _, f in form.all_fields()
                                                 for k in _field_keys(f, year) if len(_bare_label(k, groups)) >= 2))
    return hit[1]


def _alias_keys(form: FormDef, year: int | None) -> frozenset[str]:
    key = (id(form), ("aliases", year))
    hit = _FORM_KEYS.get(key)
    if hit is None or hit[0] is not form:
        hit = _FORM_KEYS[key] = (form, frozenset(k for _, f in form.all_fields() for k in _field_keys(f, year)))
    return hit[1]


def _helper_lists(idx: _Index, form: FormDef) -> None:
    """A dropdown's list typed on the sheet (two or more of a field's choices next to each other) is not an
    answer: claimed before any field looks for its value."""
    for _, f in form.all_fields():
        if f.type != CHOICE:
            continue
        keys = _choice_keys(f)
        cells = {(x.r, x.c) for k in keys for x in idx.by_key.get(k, ()) if (x.r, x.c) not in idx.claimed}
        marked = {rc for rc in cells if _mark_beside(idx, *rc)}
        if len(cells) >= 2 and not marked and len(set(idx.circled()) & cells) == 1:
            continue  # the printed choices with an oval drawn round one: an answer (read by _value_for)
        for r, c in cells:
            if {(r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)} & cells:
                run = _column_run(cells, r, c)
                if len(run & marked) == 1:  # one of the choices listed down a column marked ○: an answer
                    continue
                idx.claimed.add((r, c))


def _column_run(cells: set[tuple[int, int]], r: int, c: int) -> set[tuple[int, int]]:
    """The cells of ``cells`` in column c, one per row without a gap, through row r."""
    lo = hi = r
    while (lo - 1, c) in cells:
        lo -= 1
    while (hi + 1, c) in cells:
        hi += 1
    return {(rr, c) for rr in range(lo, hi + 1)}


def _mark_beside(idx: _Index, r: int, c: int) -> bool:
    """A done mark (○, ☑, ✔…; alone or in brackets) in the cell just left or right of (r, c)."""
    return any(abs(y.c - c) == 1 and (_done_mark(y) or type(y.value) is str and idx.legend.get(y.value.strip()) is True)
               for y in idx.by_row.get(r, ()))


def _done_mark(y: _Cell) -> bool:
    """A cell holding a done mark alone (○, ☑, ✔…), perhaps in brackets (「（○）」)."""
    return isinstance(y.value, str) and len(y.value.strip()) <= 3 \
        and glyph_state(y.value.strip().strip("()（） 　")) is True


_KIND_HEADS = frozenset(("区分", "分類", "項目区分", "大項目", "大区分"))
_KIND_NUMBER = re.compile(r"^[(（]?(\d{1,2})[)）]?[.．、)）\s]*")


def _sections_by_column(idx: _Index, form: FormDef, bounds: dict[str, tuple[int, int]],
                        year: int | None) -> dict[str, _Cell]:
    """Sections 2-6 typed as one flat list 区分 | No. | 取り組み項目 | 実施状況, the 区分 cell of each row naming its
    section by number or by words of its title (「３．2026年4月新採対策」): each section's rows become its bounds (when
    no title of its own was found), the 区分 cells claimed.  A second such table 区分 | 内容 gives the sections'
    texts: {section key: the text's cell}, for _column_text."""
    wanted = [s for s in form.sections if s.layout == "checks" and s.key not in bounds]
    texts: dict[str, _Cell] = {}
    if not wanted:
        return texts
    for head in [x for k in _KIND_HEADS for x in idx.by_key.get(k, ()) if (x.r, x.c) not in idx.claimed]:
        heads = {label_key(y.value) for y in idx.by_row.get(head.r, ()) if y is not head and isinstance(y.value, str)}
        of_texts = any(h in ("内容", "取り組み内容", "取組内容") or "具体" in h for h in heads) \
            and not any("実施" in h or "状況" in h for h in heads)
        rows: dict[str, list[_Cell]] = {}
        for x in idx.by_col.get(head.c, ()):
            if x.r <= head.r or not isinstance(x.value, str):
                continue
            sec = _section_named(x.value, wanted, year)
            if sec is None:
                if rows:
                    break  # the table ended
                continue
            rows.setdefault(sec.key, []).append(x)
        if len(rows) < 2:
            continue
        for y in idx.by_row.get(head.r, ()):  # the table's headings (区分 | No. | … | 実施状況, 区分 | 内容)
            if isinstance(y.value, str) and len(y.value) <= 20:
                idx.claimed.add((y.r, y.c))
        for key, cells in rows.items():
            for x in cells:
                idx.claimed.add((x.r, x.c))
            if of_texts:
                answer = next((y for y in idx.by_row.get(cells[0].r, ()) if y.c > head.c
                               and isinstance(y.value, str) and y.value.strip()), None)
                if answer is not None:
                    idx.claimed.add((answer.r, answer.c))
                    texts[key] = answer
            elif key not in bounds:
                bounds[key] = (cells[0].r, cells[-1].r + 1)
    return texts


def _section_named(text: str, sections: list[Section], year: int | None) -> Section | None:
    """The section a 区分 cell names: by its number (「３．…」), else the one whose title holds its words."""
    t = normalize_text(text).strip()
    m = _KIND_NUMBER.match(t)
    if m:
        hit = next((s for s in sections if s.number == int(m.group(1))), None)
        if hit is not None:
            return hit
    words = yearless(_KIND_NUMBER.sub("", t))
    if len(words) < 4:
        return None
    hits = [s for s in sections if words in yearless(s.title) or yearless(s.title) in words]
    return hits[0] if len(hits) == 1 else None


def _column_text(loc: Located, s: Section, cell: _Cell | None) -> None:
    """A section's text given in a 区分 | 内容 table (_sections_by_column), when none was read in its rows."""
    texts = [f for f in s.fields if f.type == LONG_TEXT]
    if cell is None or not texts or loc.values.get((s.key, texts[0].key), Found(None, "", "", "")).raw is not None:
        return
    loc.values[(s.key, texts[0].key)] = Found(_text_of(cell.value), loc.sheet, a1(cell.r, cell.c), "label")


def _checks(idx: _Index, s: Section, bounds: tuple[int, int], loc: Located, year: int | None) -> None:
    lo, hi = bounds
    c_lo, c_hi = idx.section_cols.get(s.key, (0, 1 << 30))
    region = [x for x in idx.cells if lo <= x.r < hi and c_lo <= x.c < c_hi and (x.r, x.c) not in idx.claimed]
    items: list[tuple[_Cell, Field]] = []  # the items found, with their cells
    by_line = _items_by_line(idx, region, s, loc.sheet)
    for f in s.fields:
        if f.type != CHECK:
            continue
        if f.key in by_line:
            loc.values[(s.key, f.key)] = by_line[f.key]
            continue
        item_key = yearless(f.label)
        hit = _item_cell(idx, region, item_key)
        if hit is None:
            loc.values[(s.key, f.key)] = Found(None, loc.sheet, "", "missing")
            continue
        x, glyph = hit
        idx.claimed.add((x.r, x.c))
        text_key = yearless(split_glyph(x.value)[1])
        if item_key.startswith(text_key) and text_key != item_key:
            _claim_continuation(idx, x, item_key)
        loc.values[(s.key, f.key)] = _item_mark(idx, x, glyph, loc.sheet, loc.form)
        items.append((x, f))
        left = idx.left_of(x)  # the item's number in a cell of its own (① | item): printed, not text
        if left is not None and left.c == x.c - 1 and _number_only(left.value):
            idx.claimed.add((left.r, left.c))
    missing = [f for f in s.fields if f.type == CHECK and loc.values[(s.key, f.key)].how == "missing"]
    for unmarked in (False, True):  # (none found as printed: the rows with a mark first, then unmarked ones in line)
        if not missing or unmarked and not items:
            break
        for x, f in _shortened_items(idx, region, items, missing, loc.form, unmarked=unmarked):
            idx.claimed.add((x.r, x.c))
            _claim_wrapped(idx, x, f)
            found = _item_mark(idx, x, _item_text(x.value)[0], loc.sheet, loc.form)
            loc.values[(s.key, f.key)] = Found(found.raw, found.sheet, found.cell, "inferred", found.glyph,
                                               f"項目「{_text_of(x.value)}」を「{yearless(f.label)}」と推定")
            items.append((x, f))
        missing = [f for f in missing if loc.values[(s.key, f.key)].how == "missing"]
    missing = [f for f in s.fields if f.type == CHECK and loc.values[(s.key, f.key)].how == "missing"]
    if missing and not items:  # every item asked as a question (「…を開催しましたか｜はい」)
        for x, f in _question_items(idx, region, missing, loc.form):
            idx.claimed.add((x.r, x.c))
            found = _item_mark(idx, x, None, loc.sheet, loc.form)
            loc.values[(s.key, f.key)] = Found(found.raw, found.sheet, found.cell, "inferred", found.glyph,
                                               f"問い「{_text_of(x.value)}」を項目「{yearless(f.label)}」と推定")
            items.append((x, f))
        missing = [f for f in missing if loc.values[(s.key, f.key)].how == "missing"]
    if missing and s.key in idx.numbered:  # the title and every item in the sender's words: the items by their order
        for x, f in _items_in_order(idx, region, missing):
            idx.claimed.add((x.r, x.c))
            found = _item_mark(idx, x, _item_text(x.value)[0], loc.sheet, loc.form)
            loc.values[(s.key, f.key)] = Found(found.raw, found.sheet, found.cell, "inferred", found.glyph,
                                               ORDER_RULE.format(typed=_text_of(x.value), label=yearless(f.label)))
            items.append((x, f))
    _done_list(idx, region, items, s, loc)
    _done_and_not_done_lists(idx, region, items, s, loc)
    _mark_headings(idx, region, items, s, loc)
    _input_column(idx, region, items)
    _tally_rows(idx, region)
    # the section's free text: everything else in the section that is not printed form text
    texts = [f for f in s.fields if f.type == LONG_TEXT]
    parts = []
    # a 備考 column of the items' table: the sender's notes under it are entries of their own, not the text
    remarks = {(x.c, x.r) for x in region if x.key in _REMARK_HEADS and (x.r, x.c) not in idx.claimed}
    title = idx.titles.get(s.key)
    for x in region:
        if (x.r, x.c) in idx.claimed or _is_boilerplate(x, loc.form, year) or _printed_label(idx, x, loc.form, year):
            continue
        if title is not None and x.key == title.key and x.c == title.c:  # the title again on each item's row (a
            idx.claimed.add((x.r, x.c))  # 区分 column of a table): printed, not the section's text
            continue
        if remarks and any(c == x.c and r <= x.r for c, r in remarks):
            if (x.c, x.r) in remarks:
                idx.claimed.add((x.r, x.c))
            continue
        idx.claimed.add((x.r, x.c))
        parts.append((x.r, x.c, _text_of(x.value)))
    parts = _inside_box(idx, parts)  # a note beside the section's text box is an entry of its own
    _release_notes(idx, parts)
    if texts:
        loc.values[(s.key, texts[0].key)] = Found("\n".join(p for _, _, p in parts) if parts else None, loc.sheet,
                                                 a1(parts[0][0], parts[0][1]) if parts else "", "label")


_SHORT = 200  # the longest cell the pattern-heavy rules below look at (marks, number lists, one-cell pairs)

# One cell answering a whole section by the numbers of its done items: 「実施：②③⑤」「実施項目 1,3」「実施：なし」
_NUMBERS = r"\d{1,2}(?:\s*(?:[,、，・/／\s]|[~～〜\-－ー])\s*\d{1,2})*|なし|無し|ない|該当なし"  # 1,3 / 1～3 / なし
_DONE_LIST = re.compile(r"^(?:実施(?:した)?(?:項目|番号|取り?組み?)?(?:の?番号)?|実施済み?)\s*[:：]?\s*"
                        r"(" + _NUMBERS + r")\s*[。.]?$")
_DONE_LABEL = re.compile(r"^実施(?:した)?(?:項目|取り?組み?)?の?番号[:：]?$|^実施(?:した)?項目[:：]?$")


def _small_int(value) -> int | None:
    """1…99 typed as a number (a reader may give 3.0 for 3)."""
    if type(value) in (int, float) and 0 < value < 100 and float(value).is_integer():
        return int(value)
    return None


def _number_only(value) -> bool:
    """A list number alone in a cell: 1, ①, (1), 1."""
    if type(value) in (int, float):
        return _small_int(value) is not None
    return isinstance(value, str) and len(value) <= 5 and (bool(_LIST_NUMBER.fullmatch(value.strip() + " "))
                                                          or _ITEM_LETTER.fullmatch(value.strip()) is not None)


def _mark_headings(idx: _Index, region: list[_Cell], items: list[tuple[_Cell, Field]], s: Section,
                   loc: Located) -> None:
    """The heading over a column of marks (今年度, 実施, チェック欄), just above its first mark: the form's, not the
    section's text."""
    tops: dict[int, int] = {}
    for x, f in items:
        found = loc.values[(s.key, f.key)]
        if found.how in ("label", "inferred") and found.cell and found.cell != a1(x.r, x.c) and found.sheet == loc.sheet:
            r, c = parse_a1(found.cell)
            tops[c] = min(r, tops.get(c, r))
    for y in region:
        if y.c in tops and y.r == tops[y.c] - 1 and (y.r, y.c) not in idx.claimed and \
                (0 < len(y.key) <= 6 or (len(y.key) <= 16 and _MARK_LEGEND.search(y.key))):
            idx.claimed.add((y.r, y.c))  # (「状況（済・未）」, 「回答（はい・いいえ）」: the marks' own legend)
    firsts: dict[int, int] = {}  # the items' own column: its heading just above the first item (「項目」)
    for x, _ in items:
        firsts[x.c] = min(x.r, firsts.get(x.c, x.r))
    for y in region:
        if y.c in firsts and y.r == firsts[y.c] - 1 and (y.r, y.c) not in idx.claimed and y.key in _ITEM_HEADS:
            idx.claimed.add((y.r, y.c))


_ITEM_HEADS = frozenset({"項目", "取り組み項目", "取組項目", "取り組み", "取組", "実施項目", "取り組み内容", "取組内容",
                         "質問", "設問", "問い"})


_MARK_LEGEND = re.compile(r"済.?未|はい.?いいえ|[○◯].?[×✕]|実施.?未実施|有.?無")


_LIST_DONE = re.compile(r"^[○◯●◎]?(?:実施した|実施済み?の?|実施できた|取り組んだ|できた)(?:取り?組み?|項目|もの)?[:：]?$")
_LIST_NOT_DONE = re.compile(r"^[×✕✖]?(?:実施していない|実施できなかった|未実施の?|取り組んでいない|できなかった)"
                            r"(?:取り?組み?|項目|もの)?[:：]?$")
LISTS_RULE = "項目に印がなく、「{heading}」の一覧に挙げられているため{what}と読みました"


def _done_and_not_done_lists(idx: _Index, region: list[_Cell], items: list[tuple[_Cell, Field]], s: Section,
                             loc: Located) -> None:
    """Items with no mark listed under 「○実施した取り組み」 and 「×実施していない取り組み」: done and not done, by the
    nearest such heading above each item (inferred, said); the headings and a lone 「なし」 under one are claimed."""
    heads = [(y, True) for y in region if _LIST_DONE.match(y.key) and not is_mark(y.value)] + \
            [(y, False) for y in region if _LIST_NOT_DONE.match(y.key) and not is_mark(y.value)]
    if not heads:
        return
    for x, f in items:
        found = loc.values[(s.key, f.key)]
        if found.raw not in (None, "") or found.how != "label":
            continue  # (a mark of its own says it)
        above = [(y, done) for y, done in heads if y.r < x.r and y.c == x.c]  # (in the items' own column)
        if not above:
            continue
        y, done = max(above, key=lambda t: (t[0].r, t[0].c))
        loc.values[(s.key, f.key)] = Found(done, found.sheet, found.cell, "inferred", None,
                                           LISTS_RULE.format(heading=_text_of(y.value).strip(),
                                                             what="実施" if done else "未実施"))
    for y, _ in heads:
        idx.claimed.add((y.r, y.c))
        for z in region:
            if z.c == y.c and z.r == y.r + 1 and z.key in ("なし", "特になし", "該当なし"):
                idx.claimed.add((z.r, z.c))


def _input_column(idx: _Index, region: list[_Cell], items: list[tuple[_Cell, Field]]) -> None:
    """A column of 1 / 0 typed on the items' rows beside them (「入力（1=実施 0=未実施）」, the marks shown from it by a
    formula): the answers the marks already give, not the section's text; claimed with the heading just above it."""
    if len(items) < 2:
        return
    rows = {x.r for x, _ in items}
    item_cols = {x.c for x, _ in items}
    by_col: dict[int, list[_Cell]] = {}
    for y in region:
        if y.r in rows and y.c not in item_cols and (y.r, y.c) not in idx.claimed:
            by_col.setdefault(y.c, []).append(y)
    top = min(rows)
    for c, cells in by_col.items():
        if len(cells) * 2 < len(items) or not all(type(y.value) in (int, float) and y.value in (0, 1) for y in cells):
            continue
        for y in cells:
            idx.claimed.add((y.r, y.c))
        for y in region:
            if y.c == c and y.r == top - 1 and (y.r, y.c) not in idx.claimed and 0 < len(y.key) <= 24:
                idx.claimed.add((y.r, y.c))


_TALLY_HEADS = frozenset({"実施数", "実施件数", "実施項目数", "実施した項目数", "チェック数", "合計", "計"})


def _tally_rows(idx: _Index, region: list[_Cell]) -> None:
    """A row of a table's totals under the items (「実施数｜10」, an Excel table's totals row): a count worked out from
    the marks, not the section's text; claimed."""
    for x in region:
        if x.key not in _TALLY_HEADS or (x.r, x.c) in idx.claimed:
            continue
        row = [y for y in region if y.r == x.r and y is not x and (y.r, y.c) not in idx.claimed]
        if row and all(type(y.value) in (int, float) for y in row):
            idx.claimed.update({(x.r, x.c)} | {(y.r, y.c) for y in row})


def _digits(text: str) -> str:
    """NFKC, with a circled number (①, ⑫, ❸) spelt as its digits between spaces (NFKC alone runs ②③ into 23)."""
    return unicodedata.normalize("NFKC", "".join(f" {int(unicodedata.numeric(ch))} " if ch in _CIRCLED else ch
                                                 for ch in text))


def _done_numbers(value) -> set[int] | None:
    """The item numbers a done list names (empty for なし), or None when the cell is not one."""
    if not isinstance(value, str) or "実施" not in value[:4] or len(value) > _SHORT:
        return None
    m = _DONE_LIST.match(_digits(value).strip())
    return None if m is None else _listed(m.group(1))


_ONLY_NUMBERS = re.compile(r"^(?:" + _NUMBERS + r")[。.]?$")


def _listed(text: str) -> set[int]:
    """{1, 3, 4, 5} from '1, 3～5'."""
    out: set[int] = set()
    for a, b in re.findall(r"(\d{1,2})(?:\s*[~～〜\-－ー]\s*(\d{1,2}))?", text):
        out.update(range(int(a), int(b) + 1) if b and int(a) <= int(b) else (int(a),))
    return out


def _numbers_cell(value) -> set[int] | None:
    """The numbers typed in the cell after a 「実施した項目の番号」 label: 2, '1,2,5', '1～3', 'なし', '②③'."""
    if type(value) in (int, float):
        n = _small_int(value)
        return None if n is None else {n}
    if not isinstance(value, str) or len(value) > _SHORT:
        return None
    text = _digits(value).strip()
    return _listed(text) if _ONLY_NUMBERS.match(text) else None


def _printed_number(idx: _Index, x: _Cell) -> int | None:
    """The list number printed before an item (①, (1), 1.), or in a cell of its own just left of it."""
    m = _LIST_NUMBER.match(x.value) if isinstance(x.value, str) else None
    if m is None:
        left = idx.left_of(x)
        if left is None or left.c != x.c - 1:
            return None
        if _small_int(left.value) is not None:
            return _small_int(left.value)
        m = _LIST_NUMBER.match(left.value + " ") if isinstance(left.value, str) and len(left.value) <= 5 else None
    digits = re.findall(r"\d+", _digits(m.group(0))) if m else ()
    return int(digits[0]) if digits else None


def _done_list(idx: _Index, region: list[_Cell], items: list[tuple[_Cell, Field]], s: Section,
               loc: Located) -> None:
    """A section whose items carry no mark, answered instead by one cell listing the done items' numbers
    (「実施：②③⑤⑥」, 「実施：なし」): each item is done when its number is listed, not done otherwise.  The
    numbers are the ones printed before the items; items printed without numbers are counted top to bottom."""
    if not items or any(loc.values[(s.key, f.key)].raw is not None for _, f in items):
        return
    for y in region:
        if (y.r, y.c) in idx.claimed:
            continue
        done, where = _done_numbers(y.value), (y,)
        if done is None and isinstance(y.value, str) and _DONE_LABEL.match(y.key):
            nxt = idx.right_of(y, 1) or [idx.below(y)]  # 「実施した項目の番号｜1,2,5」
            if nxt[0] is not None and (nxt[0].r, nxt[0].c) not in idx.claimed:
                done, where = _numbers_cell(nxt[0].value), (y, nxt[0])
        if done is None:
            continue
        printed = [_printed_number(idx, x) for x, _ in items]
        if None in printed or len(set(printed)) != len(printed):
            ordered = sorted(items, key=lambda it: (it[0].r, it[0].c))
            numbers = {id(x): n for n, (x, _) in enumerate(ordered, 1)}
        else:
            numbers = {id(x): n for (x, _), n in zip(items, printed)}
        if not done <= set(numbers.values()):  # a number no item has: not this section's list
            continue
        idx.claimed.update((z.r, z.c) for z in where)
        for x, f in items:
            state = numbers[id(x)] in done
            loc.values[(s.key, f.key)] = Found(state, loc.sheet, a1(where[-1].r, where[-1].c), "label",
                                               "☑" if state else "□")
        return


def _shortened_items(idx: _Index, region: list[_Cell], items: list[tuple[_Cell, Field]], missing: list[Field],
                     form: FormDef, *, unmarked: bool = False) -> list[tuple[_Cell, Field]]:
    """Items printed in the sender's own shorter wording (「単組執行部オルグ等でマニュアルを参照するよう提案」): an
    unclaimed cell in line with the section's items found (same row or column), with a mark of its own, most like a
    missing item's label; each cell serves one item (best pairs first).  ``unmarked``: also a cell with no mark, in
    the column of the items found whose done marks stand in a column of their own (_mark_column_above)."""
    rows, cols = {x.r for x, _ in items}, {x.c for x, _ in items}
    first = _first_after_marks(idx, region) if not items else {}  # no item found to line up with: on each row,
    pairs = []  # the first text after the marks only (the item; a text beside it is the section's answer)
    for x in region:
        if (x.r, x.c) in idx.claimed or not isinstance(x.value, str) or len(x.value) > _ITEM_MAX \
                or not (x.r in rows or x.c in cols or first.get(x.r) is x) or is_mark(x.value):
            continue
        glyph, key = _item_text(x.value)
        if len(key) < 4 or not (glyph or _row_marks(idx, x, form) or _mark_below(idx, x, form)
                                or unmarked and x.c in cols and _mark_column_above(idx, x, items)):
            continue
        for f in missing:
            score = _likeness(label_key(key), label_key(yearless(f.label)))
            if score >= SHORTENED_MIN:
                pairs.append((score, x.r, x.c, x, f))
    return _best_pairs(pairs)


_ITEM_MAX = 200  # an item's text is at most this long (the printed ones ~80): a longer cell is no item (and its
# likeness, a longest common subsequence, would cost its length times the label's)


def _mark_column_above(idx: _Index, x: _Cell, items: list[tuple[_Cell, Field]]) -> bool:
    """An unmarked item in the column of the section's items found, whose marks are done marks only in a column of
    their own left of it (「レ｜item」 rows, nothing typed before an item not done): the cell left of it is empty.  Where
    an item not done shows its box (□), a row with nothing there is the second line of the item above it (a label
    wrapped onto the next row), not an item."""
    col = None
    for y, _ in items:
        if y.c != x.c:
            continue
        mark = idx.left_of(y)
        if mark is None or mark.c >= y.c or not is_mark(mark.value):
            continue
        if glyph_state(mark.value) is False:
            return False
        col = mark.c
    if col is None:
        return False
    left = idx.left_of(x)
    return left is None or left.c < col


_ASKED = re.compile(r"(?:を|は|が)?(?:して(?:い)?(?:ます|ました)|しました|します|行いました|行っていますか|ています|ました|ます|です)?"
                    r"か[?？。]?$")


def _question_items(idx: _Index, region: list[_Cell], missing: list[Field], form: FormDef) -> list[tuple[_Cell, Field]]:
    """Items each rewritten as a question answered beside it (「県本部新採対策会議を開催しましたか｜いいえ」): the question
    without its ending, most like a missing item's label (as _shortened_items pairs them); only questions with a mark
    or a yes / no on their row."""
    pairs = []
    for x in region:
        if (x.r, x.c) in idx.claimed or not isinstance(x.value, str) or len(x.key) < 6 or not _ASKED.search(x.key):
            continue
        if not _row_marks(idx, x, form):
            continue
        asked = _ASKED.sub("", x.key)
        for f in missing:
            score = _likeness(asked, label_key(yearless(f.label)))
            if score >= SHORTENED_MIN:
                pairs.append((score, x.r, x.c, x, f))
    return _best_pairs(pairs)


def _first_after_marks(idx: _Index, region: list[_Cell]) -> dict[int, _Cell]:
    """{row: the first unclaimed text right of the row's first mark} for the rows of ``region`` with a mark."""
    mine = {(x.r, x.c) for x in region}

    def glyph(v) -> bool:  # a one-character mark (☑, □, ○, ×): not a 「実施」 heading over the marks
        return isinstance(v, str) and len(v.strip()) == 1 and is_mark(v)  # (the length first: a long text is none)

    out: dict[int, _Cell] = {}
    for r in sorted({x.r for x in region if glyph(x.value)}):
        cells = [x for x in idx.by_row.get(r, ()) if (x.r, x.c) in mine]
        mark = min((x.c for x in cells if glyph(x.value)), default=None)
        after = [x for x in cells if mark is not None and x.c > mark and isinstance(x.value, str)
                 and not is_mark(x.value) and (x.r, x.c) not in idx.claimed]
        if after:
            out[r] = min(after, key=lambda x: x.c)
    return out


ORDER_RULE = "章の見出しが言い換えられているため、項目「{typed}」を並び順から「{label}」と推定"


def _items_in_order(idx: _Index, region: list[_Cell], missing: list[Field]) -> list[tuple[_Cell, Field]]:
    """A section found by its number whose items are all reworded: its rows with a mark, in order, are the form's
    missing items in order -- only when there are exactly as many of them as items missing."""
    rows = _first_after_marks(idx, region)
    cells = [rows[r] for r in sorted(rows)]
    return list(zip(cells, missing)) if cells and len(cells) == len(missing) else []


@lru_cache(maxsize=16384)
def _item_text(value: str) -> tuple[str | None, str]:
    """(leading glyph, yearless key of the rest) of a cell that may be a checkbox item."""
    glyph, _ = split_glyph(value)
    raw = value.strip()
    if glyph is not None:  # (the list number before NFKC turns ① into 1: the mark cut off the text as typed)
        m = _BRACKET_MARK.match(normalize_text(raw)) if raw[:1] in "[(［（□☐" else None
        raw = raw[m.end():] if m else raw[1:]  # 「（レ）item」: a mark in brackets (its characters map one to one)
    raw = raw.strip()
    if raw[:1] in _NEUTRAL_BULLETS:  # 「・共済推進単組交付金…」: a list's bullet, no mark
        raw = raw[1:]
    return glyph, yearless(_unnumbered(raw.strip()))


_NEUTRAL_BULLETS = frozenset("・･‧")


def _item_cell(idx: _Index, region: list[_Cell], item_key: str) -> tuple[_Cell, str | None] | None:
    """The cell holding an item's label (years ignored; a label wrapped over rows matches by its start)."""
    for x in region:
        if (x.r, x.c) in idx.claimed or not isinstance(x.value, str):
            continue
        glyph, k = _item_text(x.value)
        if k and _item_matches(k, item_key):
            return x, glyph
        if _re_checked(glyph, k, item_key):  # 「□レマニュアルの単組への配布」: the レ is a check before an item that
            return x, "☑"  # begins in katakana (no item begins 「レマ…」)
    return None


def _re_checked(glyph: str | None, k: str, item_key: str) -> bool:
    """An empty box (□ ☐), then レ, then an item's text: the レ checks it (split_glyph took 「レマニュアル…」 for a word)."""
    return glyph is not None and glyph_state(glyph) is False and k[:1] == "レ" and _item_matches(k[1:], item_key)


def _item_matches(k: str, item_key: str) -> bool:
    return k == item_key or (len(k) >= min(12, len(item_key)) and item_key.startswith(k)) or k.startswith(item_key)


def _items_by_line(idx: _Index, region: list[_Cell], s: Section, sheet: str) -> dict[str, Found]:
    """A section's items typed in one cell, one per line, each with its box (「☑　…\n☐　…」): per field key, the
    line's mark (a line without one is unanswered).  The cell is claimed: it is the form's list, not text."""
    keys = [(yearless(f.label), f) for f in s.fields if f.type == CHECK]
    out: dict[str, Found] = {}
    for x in region:
        if not isinstance(x.value, str) or "\n" not in x.value or (x.r, x.c) in idx.claimed:
            continue
        hits = []
        for line in x.value.splitlines():
            if not line.strip():
                continue
            glyph, k = _item_text(line)
            f = next((f for item_key, f in keys if k and _item_matches(k, item_key)), None)
            if f is None and (f := next((f for item_key, f in keys if _re_checked(glyph, k, item_key)), None)):
                glyph = "☑"  # (「□レマニュアルの単組への配布」 on its line)
            if f is not None and f.key not in out:
                hits.append((f, glyph if glyph is not None else _trailing_state(line)))
        if len(hits) < 2:
            continue
        idx.claimed.add((x.r, x.c))
        for f, mark in hits:
            out.setdefault(f.key, Found(mark, sheet, a1(x.r, x.c), "label", mark if mark in CHECKBOX_GLYPHS else None))
    return out


def is_mark(value) -> bool:
    """A cell that holds nothing but a check mark (☑ □ ✔ レ ○ × …), TRUE/FALSE or one state word (実施, 未実施…)."""
    if isinstance(value, bool):
        return True
    if not isinstance(value, str):
        return False
    if box_pair_state(value)[0]:  # 「■実施　□未実施」 (or left as printed, 「□実施　□未実施」)
        return True
    corrected = _CORRECTED_MARK.fullmatch(value.strip()) if len(value) <= 12 and ARROW_CHARS & set(value) else None
    if corrected:  # 「□→☑」: a mark corrected in its cell (forms.values reads the one after the arrow)
        return all(is_mark(g) for g in corrected.groups())
    if glyph_state(value) is None:
        return False
    glyph, text = split_glyph(value)
    return glyph is not None and not text or label_key(value).upper() in ("TRUE", "FALSE") \
        or state_word(value) is not None  # (「済（12/3）」: the state word with a note)


_CORRECTED_MARK = re.compile(r"(\S{1,3})" + CORRECTION_ARROW.pattern + r"(\S{1,3})")


def _glyph_only(value) -> bool:
    """A mark that is a glyph alone (○, ✔, ×…): what it means may depend on its column's heading."""
    if not isinstance(value, str):
        return False
    glyph, text = split_glyph(value)
    return glyph is not None and not text


def _mark_heading(idx: _Index, y: _Cell) -> _Cell | None:
    """The nearest cell above a mark in its column that is not a glyph mark itself: what heads the mark's column."""
    above = None
    for z in idx.by_col.get(y.c, ()):
        if z.r >= y.r:
            break
        if not _glyph_only(z.value):
            above = z
    return above


def _column_heading(idx: _Index, y: _Cell) -> _Cell | None:
    """The 実施 / 未実施 heading of a glyph mark's column (_mark_heading), when it is one state word (a table
    取り組み内容 | 実施 | 未実施 with ○ in one of the two columns)."""
    above = _mark_heading(idx, y)
    if above is not None and isinstance(above.value, str) and label_key(above.value) in STATE_WORDS:
        return above
    return None


_PAST_HEAD = re.compile(r"^(?:前年度|昨年度|前年|昨年|前回|来年度|次年度|翌年度)(?:の)?(?:実績|実施|実施状況|状況|結果|予定|計画)?$")
# (a column of next year's plan beside this year's marks is no more this year's answer than last year's)


# a mark column headed by a fiscal year: 「R7」 「令和7年度」 「2025年度」 「R7実施」 「H30」
_YEAR_HEAD = re.compile(r"^(?:(?:(令和|R)|(平成|H))(\d{1,2})|(20\d\d))(?:年度?)?(?:の)?(?:実績|実施|実施状況|状況|回答|分|欄)?$")


def _head_year(value) -> int | None:
    """The fiscal year a mark column's heading names (_YEAR_HEAD), else None."""
    if not isinstance(value, str) or len(value) > 12:
        return None
    m = _YEAR_HEAD.match(label_key(value))
    if m is None:
        return None
    if m.group(4):
        return int(m.group(4))
    return int(m.group(3)) + (2018 if m.group(1) else 1988)


def _past_column(idx: _Index, y: _Cell) -> bool:
    """A mark in a column headed 「前年度」 (「昨年度」, 「前回」…; _mark_heading), or headed by a year when a column
    beside it on the heading's row is headed by a later one (「R7｜R8」: the predecessor's marks kept beside this
    year's): last year's answer, not read.  Its heading is claimed (the form's, not an answer)."""
    if not _glyph_only(y.value) and not isinstance(y.value, bool):
        return False
    above = _mark_heading(idx, y)
    if above is None or not isinstance(above.value, str):
        return False
    past = bool(_PAST_HEAD.match(label_key(above.value)))
    year = None if past else _head_year(above.value)
    if year is not None:
        years = {_head_year(z.value) for z in idx.by_row.get(above.r, ()) if z is not above} - {None}
        if idx.year is not None and idx.year in years | {year}:  # the year asked for is headed: only its column
            past = year != idx.year  # (「R8｜R9」 with R9 next year's plan: R8 is this year's)
        else:
            past = any(y > year for y in years)
    if past:
        idx.claimed.add((above.r, above.c))
    return past


def _item_mark(idx: _Index, x: _Cell, glyph: str | None, sheet: str, form: FormDef | None = None) -> Found:
    """An item's mark: the glyph before its text, or mark cells on its row (left of it, or after the
    block).  A done mark anywhere on the row wins over a printed □."""
    control = _control_mark(idx, x, sheet)  # a check box drawn on the row is the answer; its linked cell is claimed
    marks: list[tuple[object, str]] = [(glyph, a1(x.r, x.c))] if glyph else []
    if glyph and glyph in idx.legend:
        marks = [(idx.legend[glyph], a1(x.r, x.c))]
    for y in _row_marks(idx, x, form):
        if (y.r, y.c) not in idx.claimed:
            idx.claimed.add((y.r, y.c))
            if _past_column(idx, y):  # 前年度 | 今年度 marks side by side: last year's are not this year's answer
                continue
            if _both_states(y.key):  # 「実施・未実施」: the word left when the other is struck out; neither: not answered
                word = label_key(idx.struck().get((y.r, y.c)) or "").strip("・/／,、")
                if word in STATE_WORDS:
                    marks.append((word, a1(y.r, y.c)))
                continue
            if _done_on(idx, y):  # the date it was done, under 実施日
                marks.append((True, a1(y.r, y.c)))
                continue
            if box_pair_state(y.value)[0]:  # 「■実施　□未実施」: the filled box's word (glyph_state reads the text)
                marks.append((y.value, a1(y.r, y.c)))
                continue
            chosen = _chosen_state(y.key)
            if chosen is None:
                chosen = _sentence_state(idx, y)  # 「実施した（5単組）」 under 実施状況
            if chosen is not None:  # 「（実施）・未実施」: the word in brackets is the answer
                marks.append((chosen, a1(y.r, y.c)))
                continue
            legend = _legend_mark(idx, y.value)
            if legend is not None:  # ○ where the sheet says 「○未実施」
                marks.append((legend, a1(y.r, y.c)))
                continue
            # only a glyph takes its meaning from the column (a word 実施 / 未実施 says it itself)
            head = _column_heading(idx, y) if _glyph_only(y.value) and glyph_state(y.value) else None
            if head is not None:  # ○ under 未実施 means not done: the heading word is what was answered
                idx.claimed.add((head.r, head.c))
                marks.append((head.value.strip(), a1(y.r, y.c)))
            elif not isinstance(y.value, (str, bool)):  # 1 / 0 under 実施
                marks.append((y.value == 1, a1(y.r, y.c)))
            else:
                marks.append((y.value, a1(y.r, y.c)))
    if control is not None:
        return control
    if not marks and not glyph and form is not None:  # items across one row, each one's mark in the row below
        y = _mark_below(idx, x, form)
        if y is not None:
            idx.claimed.add((y.r, y.c))
            marks.append((y.value == 1 if type(y.value) in (int, float) else y.value, a1(y.r, y.c)))
    if not marks and _trailing_state(x.value):  # 「…（実施）」: the state typed at the end of the item's cell
        marks.append((_trailing_state(x.value), a1(x.r, x.c)))
    if not marks:
        return Found(None, sheet, a1(x.r, x.c), "label")
    done = [m for m in marks if glyph_state(m[0])]
    raw, where = done[0] if done else marks[0]
    g = None if isinstance(raw, bool) else str(raw).strip()[:1]
    return Found(raw, sheet, where, "label", g)


_DITTO_LEFT = frozenset(("同左", "左に同じ", "左と同じ"))  # the same as the answer left of it
_DITTO = frozenset(("〃", "″", "同上", "上に同じ", "上と同じ")) | _DITTO_LEFT  # 「〃」: the same as the answer above


def _ditto(idx: _Index, loc: Located) -> None:
    """An answer typed as 「〃」 / 「同上」 (the same as above) or 「同左」 (as left): the nearest answer above it in its
    column (left of it in its row) that is not a ditto itself, read as an inference shown for checking.  Numbers,
    dates, choices and persons' names (確認者 「同上」 under the 作成者) only: in a free text 「同上」 is the writer's own
    answer (「same as my answer above」), kept."""
    types = None
    for key, found in loc.values.items():
        if found.how != "label" or not isinstance(found.raw, str) or len(found.raw) > 8 \
                or label_key(found.raw) not in _DITTO:
            continue
        types = types or {(s.key, f.key): (f.type, f.person) for s, f in loc.form.all_fields()}
        kind, person = types.get(key, (None, False))
        if kind in (TEXT, LONG_TEXT) and not person:  # (a person's name 「同上」: the same person as above)
            continue
        r, c = parse_a1(found.cell)
        left = label_key(found.raw) in _DITTO_LEFT
        line = idx.by_row.get(r, ()) if left else idx.by_col.get(c, ())
        before = [x for x in line if (x.c < c if left else x.r < r)]
        source = next((x for x in reversed(before) if x.value not in (None, "")
                       and not (isinstance(x.value, str) and label_key(x.value) in _DITTO)), None)
        if source is None or _is_label(source, loc.form, loc.year):  # a heading above the first row: nothing to repeat
            continue
        loc.values[key] = Found(source.value, found.sheet, found.cell, "inferred", None,
                                f"「{found.raw.strip()}」を{'左' if left else '上'}のセル {a1(source.r, source.c)} の値として読みました")


# 「自治労加入2名」 in a sentence: words, then a count with its unit (「約」 before it allowed)
_COUNT_IN_TEXT = re.compile(r"([^\d０-９、，,。；;／/・\s（）()「」]+?)\s*[：:は]?\s*(約?\s*[0-9０-９][0-9０-９,，]*\s*[名人])")
SENTENCE_RULE = "文の中の「{said}」を「{label}」と読みました"


def _counts_in_sentence(idx: _Index, loc: Located, form: FormDef, bounds: dict[str, tuple[int, int]]) -> None:
    """Counts typed as one sentence in a section of numbers (「新規採用者3名のうち、自治労加入2名、競合加入0名、未加入1名」):
    each 「words + count + 名/人」 whose words end with what a missing field's label asks (「自治労加入者数」 → 自治労加入),
    read as an inference shown for checking; a count first, with no words before it, is what the label left of the
    cell names (「新規採用者（2024年度）｜42人（うち自治労加入 30人、…）」).  Only in the section's own rows (with no title
    found: only a cell whose label names the section), only from a text cell not yet read, and only when one cell
    answers at least two of its fields (one count in a sentence is a remark, not a list)."""
    for s in form.sections:
        if s.layout != "fields":
            continue
        wanted = [f for f in s.fields if f.type in (NUMBER, INTEGER) and not f.group
                  and loc.values.get((s.key, f.key), Found(None, "", "", "missing")).how == "missing"]
        if len(wanted) < 2:
            continue
        rows = bounds.get(s.key) or _between_titles(form, s, bounds)
        title = yearless(s.title)
        if rows is not None:
            cells = [x for r in range(rows[0], rows[1] + 1) for x in idx.by_row.get(r, ())]
        elif len(title) >= 4:  # no rows known: a cell whose label names the section (「新規採用者（2024年度）」)
            cells = [x for x in idx.cells if (left := idx.left_of(x)) is not None and isinstance(left.value, str)
                     and title in yearless(left.value)]
        else:
            continue
        stems = {f.key: _count_stems(f) for f in wanted}
        for x in cells:
            if not isinstance(x.value, str) or (x.r, x.c) in idx.claimed or len(x.value) > 200:
                continue
            text = normalize_text(x.value)
            hits: dict[str, str] = {}
            lead = _LEADING_COUNT.match(text)
            left = idx.left_of(x)
            if lead and left is not None and isinstance(left.value, str):  # 「42人（うち…）」 beside its label
                said = TRAILING_NOTE.sub("", label_key(left.value))
                key = next((f.key for f in wanted if any(said.endswith(stem) for stem in stems[f.key])), None)
                if key is not None:
                    hits[key] = lead.group(1)
            for m in _COUNT_IN_TEXT.finditer(text):
                said = label_key(m.group(1)).removeprefix("うち")
                key = next((f.key for f in wanted if f.key not in hits
                            and any(said.endswith(stem) for stem in stems[f.key])), None)
                if key is not None:
                    hits[key] = m.group(0)
            if len(hits) < 2:
                continue
            idx.claimed.add((x.r, x.c))
            for f in wanted:
                if f.key in hits:
                    said = hits[f.key].strip()
                    count = _COUNT_IN_TEXT.match(said) or _LEADING_COUNT.match(said)
                    loc.values[(s.key, f.key)] = Found(count.group(count.lastindex), loc.sheet, a1(x.r, x.c),
                                                       "inferred", None, SENTENCE_RULE.format(said=said, label=f.label))
            return


_LEADING_COUNT = re.compile(r"\s*(約?\s*[0-9０-９][0-9０-９,，]*\s*[名人])")


_DATED_NOTE = re.compile(r"[(（]([^()（）]{3,20}?)\s*(?:現在|時点)[)）]")
AS_OF_NOTE_RULE = "「{raw}」の括弧の中の日付を「{label}」と読みました"


def _as_of_in_note(loc: Located, form: FormDef) -> None:
    """No 時点 given, the date in a note after a count of its section instead (「1,020人（R6.11.1現在）」): that date, the
    first such note in the form's order (the union's own figures come first), read as an inference shown for
    checking.  Only a note that says 現在 / 時点 and holds a whole date or year and month."""
    for s in form.sections:
        dates = [f for f in s.fields if f.type == YEAR_MONTH]
        if len(dates) != 1 or loc.values.get((s.key, dates[0].key), Found(None, "", "", "missing")).raw not in (None, ""):
            continue
        for f in s.fields:
            found = loc.values.get((s.key, f.key))
            if f.type not in (NUMBER, INTEGER) or found is None or not isinstance(found.raw, str):
                continue
            m = _DATED_NOTE.search(normalize_text(found.raw))
            if m is None or parse_date(m.group(1)).month is None:
                continue
            loc.values[(s.key, dates[0].key)] = Found(m.group(1).strip(), found.sheet, found.cell, "inferred", None,
                                                      AS_OF_NOTE_RULE.format(raw=found.raw.strip(), label=dates[0].label))
            break


RIVAL_HEADING_RULE = "空欄のため、列の見出し「{heading}」から「{label}」を推定"


def _rival_in_heading(idx: _Index, loc: Located, form: FormDef) -> None:
    """A blank answer to the field asking about a pair's column (上部団体, of the 競合 column) while the column's
    heading names it (「競合（自治労連）」, or 「自治労連」 heading the column itself): the name in the heading, when
    one name only is written in those headings (read as a choice by the field's rules), shown as an inference."""
    if not idx.group_names:
        return
    groups = _groups(form)
    for s in form.sections:
        for f in s.fields:
            if f.type != CHOICE or f.group or not f.choices:
                continue
            found = loc.values.get((s.key, f.key))
            if found is None or found.raw not in (None, ""):
                continue
            named = [g for g in groups if any(g in k for k in _field_keys(f, None))]
            if len(named) != 1 or named[0] not in idx.group_names:
                continue
            own, words = named[0], idx.group_names[named[0]]
            said = {}
            for x in _group_cells(idx, own):
                name = x.key.removeprefix(own).lstrip("0123456789.:-")
                if name[:1] == "(" and name[-1:] == ")":
                    name = name[1:-1]
                if any(w in name for w in words):  # a rival union's name (not 「ライバル組合」, 「競合計」)
                    said.setdefault(name, x)
            if len(said) == 1:
                name, x = next(iter(said.items()))
                loc.values[(s.key, f.key)] = Found(name, loc.sheet, a1(x.r, x.c), "inferred", None,
                                                   RIVAL_HEADING_RULE.format(heading=_text_of(x.value), label=f.label))


WORKED_RULE = "「{raw}」の＝の後の {total} を「{label}」と読みました"
WORKED_MISMATCH_RULE = "「{raw}」の＝の後の {total} を「{label}」と読みました（＝の前の数の合計 {parts} と合いません）"
NAMED_SUM_RULE = "「{raw}」の {n} つの数を足した {total} を「{label}」と読みました"
FRACTION_RULE = "「{raw}」を人数の割合と見て、{rate} ％を「{label}」と読みました"


def _counts_worked(loc: Located, form: FormDef) -> None:
    """A count typed with its working, 「正規86＋会計年度12＝98」: the result after ＝; counts typed one after another
    by name in one cell, 「自治労連4・医労連2」: their sum.  Each an inference shown with its rule."""
    for s in form.sections:
        for f in s.fields:
            found = loc.values.get((s.key, f.key))
            if f.type not in (NUMBER, INTEGER, PERCENT) or found is None or found.how != "label" \
                    or type(found.raw) is not str:
                continue
            raw = found.raw.strip()
            if "率" in f.label:  # 「60/120」 in a rate's cell: the rate those counts make
                rate = fraction_percent(raw)
                if rate is not None:
                    loc.values[(s.key, f.key)] = Found(rate, found.sheet, found.cell, "inferred", None,
                                                       FRACTION_RULE.format(raw=raw, rate=rate, label=f.label))
                continue
            worked = worked_count(raw)
            if worked is not None:
                total, parts = worked
                rule = (WORKED_RULE if total == parts else WORKED_MISMATCH_RULE).format(raw=raw, total=total,
                                                                                        label=f.label, parts=parts)
                loc.values[(s.key, f.key)] = Found(total, found.sheet, found.cell, "inferred", None, rule)
                continue
            named = named_counts(raw) if len(raw) > 3 else None
            if named is not None:
                total = sum(n for _, n in named)
                loc.values[(s.key, f.key)] = Found(total, found.sheet, found.cell, "inferred", None,
                                                   NAMED_SUM_RULE.format(raw=raw, n=len(named), total=total, label=f.label))


def _count_stems(f: Field) -> tuple[str, ...]:
    """What a count's label asks, as a sentence names it: 「新規採用者数」 → 新規採用者, 「自治労加入者数」 → 自治労加入(者)."""
    out = []
    for k in f.label_keys():
        k = TRAILING_NOTE.sub("", k).removeprefix("うち")
        for end in ("者数", "数"):
            if k.endswith(end) and len(k) > len(end) + 1:
                out.append(k[:-len(end)])
    return tuple(dict.fromkeys(out))


def _mark_below(idx: _Index, x: _Cell, form: FormDef) -> _Cell | None:
    """An item laid out across a row with other items (the items as column headings, 「実施｜○｜×」 in the row
    below): the mark just under it, not claimed."""
    row = idx.by_row.get(x.r, ())
    if not any(y is not x and isinstance(y.value, str) and not is_mark(y.value) and _is_item(y.value, form)
               for y in row):
        return None
    m = idx.sheet.merged_at(x.r, x.c)
    below = next((y for y in idx.by_row.get((m[2] if m else x.r) + 1, ()) if y.c == x.c), None)
    if below is None or (below.r, below.c) in idx.claimed:
        return None
    if is_mark(below.value) or _number_mark(idx, below) or _legend_mark(idx, below.value) is not None:
        return below
    return None


def _row_marks(idx: _Index, x: _Cell, form: FormDef | None) -> list[_Cell]:
    """The mark cells on an item's row that are its own: every mark on the row, unless the row holds another item
    of the form (a form in two halves side by side): then the marks between the two, and when the item has marks
    on its left, not those just before the other item (its marks)."""
    row = idx.by_row.get(x.r, ())
    marks = [y for y in row if y is not x and (is_mark(y.value) or _number_mark(idx, y) or _both_states(y.key)
                                               or _done_on(idx, y)
                                               or _chosen_state(y.key) is not None
                                               or _legend_mark(idx, y.value) is not None
                                               or _status_words(idx, y))]
    if not marks or form is None:
        return marks
    if len(marks) > 1:  # 「済｜item｜なし」: a word under the section's text heading (具体的な取り組み) is its text
        marks = [y for y in marks if _glyph_only(y.value) or not _under_text_heading(idx, y, form)] or marks
    items = [y for y in row if y is not x and isinstance(y.value, str) and not is_mark(y.value)
             and _is_item(y.value, form)]
    if not items:
        return marks
    lo = max((y.c for y in items if y.c < x.c), default=-1)
    hi = min((y.c for y in items if y.c > x.c), default=1 << 30)
    mine = [y for y in marks if lo < y.c < hi]
    if hi < 1 << 30 and any(y.c < x.c for y in mine):
        mine = [y for y in mine if y.c < x.c]
    return mine


_HOLLOW = frozenset("○◯〇")  # marks printed before every choice, the chosen one filled in (●)


def _under_text_heading(idx: _Index, y: _Cell, form: FormDef) -> bool:
    """A cell whose column is headed (_mark_heading) by the label of one of the form's free texts (「具体的な取り組み」)."""
    head = _mark_heading(idx, y)
    if head is None or not isinstance(head.value, str) or len(head.key) > 40:
        return False
    texts = _TEXT_LABELS.get(id(form))
    if texts is None or texts[0] is not form:
        texts = _TEXT_LABELS[id(form)] = (form, frozenset(label_key(f.label) for _, f in form.all_fields()
                                                          if f.type == LONG_TEXT))
    return head.key in texts[1]


_TEXT_LABELS: dict[int, tuple[FormDef, frozenset[str]]] = {}  # id(form) → (form, its free texts' label keys)


_LEGEND_PAIR = re.compile(r"([●○◎〇△▲■□◆◇☆★×✕✗－\-ー―✓✔☑レ])\s*[:：=＝]?\s*(一部実施|未実施|実施済み?|実施|済み?|未)")
_LEGEND_WORDS = {"一部実施": True, "未実施": False, "実施": True, "実施済": True, "実施済み": True, "済": True,
                 "済み": True, "未": False}


def _legend(idx: _Index) -> dict[str, bool]:
    """The marks' meanings a sheet spells out in one cell (「記号：●実施　○未実施」, 「◎：実施　△：一部実施
    －：未実施」): at least one done and one not-done mark.  The cell is the form's, not an answer."""
    legend: dict[str, bool] = {}
    found = []
    for x in idx.cells:
        if not 3 < len(x.key) <= 80 or "実施" not in x.key and "済" not in x.key:
            continue
        if len(x.key) <= 40 and _one_zero(x.key):  # 「実施は1、未実施は0を入力」: how to mark, never an answer
            idx.claimed.add((x.r, x.c))
            continue
        pairs = _LEGEND_PAIR.findall(normalize_text(x.value))
        if len(pairs) >= 2 and {_LEGEND_WORDS[w] for _, w in pairs} == {True, False}:
            found.append((x, pairs))
    if sum(box_pair_state(x.value)[0] for x, _ in found) >= 2:
        # 「■実施　□未実施」 in several cells: a column of answers (the clerk fills one box per item), not a legend
        found = [(x, pairs) for x, pairs in found if not box_pair_state(x.value)[0]]
    for x, pairs in found:
        idx.claimed.add((x.r, x.c))
        for glyph, word in pairs:
            legend.setdefault(glyph, _LEGEND_WORDS[word])
    return legend


# Check boxes typed in a symbol font: Wingdings 2 「R」 ☑ 「S」 ☒ 「£」 ☐, Wingdings 「þ」 ☑ 「ý」 ☒ 「¨」 ☐ (the cell shows the
# box; calamine gives the letter)
_SYMBOL_FONT_MARKS = {"R": True, "S": True, "£": False, "þ": True, "ý": True, "¨": False}


def _symbol_font_marks(idx: _Index, form: FormDef) -> None:
    """A column of those letters, each alone in its cell just left of one of the form's items (two or more, one of
    them a box): the letters are marks (in the sheet's legend), read like ☑ and □."""
    if form is None:
        return
    choices = frozenset(k for _, f in form.all_fields() if f.type == CHOICE and f.key != "pref" for k in _choice_keys(f))
    if not choices and not any(f.type == CHECK for s in form.sections for f in s.fields):
        return
    found = []
    for x in idx.cells:
        if type(x.value) is str and x.value.strip() in _SYMBOL_FONT_MARKS:
            nxt = next((y for y in idx.by_row.get(x.r, ()) if y.c > x.c), None)
            if nxt is not None and nxt.c <= x.c + 2 and isinstance(nxt.value, str) and \
                    (_is_item(nxt.value, form) or label_key(nxt.value) in choices):  # (an item, or a choice)
                found.append(x.value.strip())
    if len(found) >= 2 and any(_SYMBOL_FONT_MARKS[v] for v in found):
        for v in set(found):
            idx.legend.setdefault(v, _SYMBOL_FONT_MARKS[v])


_EXAMPLE_ROW = frozenset(("記入例", "例", "記入見本", "例示", "記入例(見本)"))


_GRID_BLANK = frozenset(("/", "／", "-", "－", "ー", "―", "‐", "なし", "特になし"))


def _text_grid(idx: _Index, s: Section, sheet: str) -> dict[str, Found]:
    """A section's texts asked as a table, topics down the side and aspects across the top (新規採用者組織化 ×
    主な取り組み｜工夫していること｜悩んでいること): per field key, the cell where the field's topic row meets its
    aspect column (Field.grid).  The headings and answered cells are claimed; a cell of the table that answers
    no field is left to be kept as an entry of its own."""
    grid, aspects, topics = _grid_words(s)
    if len(grid) < 2:
        return {}
    heads_by_row: dict[int, list[_Cell]] = {}
    for x in idx.cells:  # the headings: short cells naming an aspect, two or more in one row
        if x.key and len(x.key) <= 20 and aspects.search(x.key) and (x.r, x.c) not in idx.claimed:
            heads_by_row.setdefault(x.r, []).append(x)
    for r, heads in heads_by_row.items():
        if len(heads) < 2:
            continue
        out: dict[str, Found] = {}
        taken: list[_Cell] = []
        for r2 in sorted(k for k in idx.by_row if k > r):
            row2 = idx.by_row[r2]
            topic = row2[0] if row2[0].c < heads[0].c and row2[0].key else None
            if topic is None or not topics.search(topic.key):
                break
            taken.append(topic)
            for h in heads:
                cell = next((x for x in row2 if x.c == h.c), None)
                if cell is None:
                    continue
                fields = [f for f, words, aspect in grid
                          if any(w in topic.key for w in words) and any(w in h.key for w in aspect)]
                if len(fields) == 1 and fields[0].key not in out:
                    out[fields[0].key] = Found(cell.value, sheet, a1(cell.r, cell.c), "label")
                    taken.append(cell)
                elif cell.key in _GRID_BLANK:  # 「／」 where the table asks nothing
                    taken.append(cell)
        if len(out) >= 2:
            idx.claimed.update((x.r, x.c) for x in (*heads, *taken))
            return out
    return _text_grid_down(idx, grid, aspects, topics, sheet)


def _text_grid_down(idx: _Index, grid: list, aspects: re.Pattern[str], topics: re.Pattern[str],
                    sheet: str) -> dict[str, Found]:
    """The same table turned into a list: a heading naming the topic (「１．新規採用者の組織化について」, nothing beside
    it), short questions under it naming only the aspect (「(1) 主な取り組み」「(3) 悩んでいること」), each answer
    beside its question.  Per field key, that answer; {} unless two or more are found."""
    heads = [x for x in idx.cells if x.key and topics.search(x.key) and not aspects.search(x.key)
             and len(idx.by_row.get(x.r, ())) == 1]
    if not heads:
        return {}
    out: dict[str, Found] = {}
    taken: list[_Cell] = []
    for x in idx.cells:
        if not x.key or len(x.key) > 20 or (x.r, x.c) in idx.claimed or topics.search(x.key) \
                or not aspects.search(x.key):
            continue
        head = max((h for h in heads if h.r < x.r <= h.r + 6 and h.c <= x.c), key=lambda h: h.r, default=None)
        if head is None:
            continue
        fields = [f for f, words, aspect in grid
                  if any(w in head.key for w in words) and any(w in x.key for w in aspect)]
        right = idx.right_of(x, 1)
        if len(fields) == 1 and fields[0].key not in out and right and (right[0].r, right[0].c) not in idx.claimed:
            out[fields[0].key] = Found(right[0].value, sheet, a1(right[0].r, right[0].c), "label")
            taken += [x, right[0]]
    if len(out) < 2:
        return {}
    idx.claimed.update((x.r, x.c) for x in taken)
    return out


_GRID_WORDS: dict[int, tuple] = {}  # id(section) → (section, its grid fields with their words, all aspect / topic words)


def _grid_words(s: Section) -> tuple[list, re.Pattern[str], re.Pattern[str]]:
    """(the grid fields with their topic and aspect words, a pattern finding any aspect word, one finding any topic
    word) of a section, worked out once."""
    hit = _GRID_WORDS.get(id(s))
    if hit is None or hit[0] is not s:
        grid = [(f, tuple(f.grid[0].split("|")), tuple(f.grid[1].split("|"))) for f in s.fields if f.grid]
        aspects = re.compile("|".join(re.escape(w) for w in dict.fromkeys(w for _, _, ws in grid for w in ws)) or "(?!)")
        topics = re.compile("|".join(re.escape(w) for w in dict.fromkeys(w for _, ws, _ in grid for w in ws)) or "(?!)")
        hit = _GRID_WORDS[id(s)] = (s, grid, aspects, topics)
    return hit[1], hit[2], hit[3]


def _example_rows(idx: _Index) -> None:
    """A row of example answers in a table whose rows are answers (its first cell 「記入例」): claimed, never read.
    Likewise a column of examples beside the answers (設問｜記入例｜回答): the cells under its heading, down to the
    first row without one."""
    for r, row in idx.by_row.items():
        if len(row) >= 3 and row[0].key in _EXAMPLE_ROW:
            idx.example_rows.add(r)
            idx.claimed.update((x.r, x.c) for x in row)
        elif len(row) >= 3:
            for head in row[1:]:
                if head.key in _EXAMPLE_ROW:
                    _claim_example_column(idx, head)


def _claim_example_column(idx: _Index, head: _Cell) -> None:
    """The cells under a 記入例 heading that sits in a row of headings, as long as each row has one."""
    idx.claimed.add((head.r, head.c))
    r = head.r
    for x in idx.by_col.get(head.c, ()):
        if x.r <= head.r:
            continue
        if x.r != r + 1:
            break
        idx.claimed.add((x.r, x.c))
        idx.example_cells.add((x.r, x.c))
        r = x.r


def _legend_mark(idx: _Index, value) -> bool | None:
    """What a mark alone in its cell means by the sheet's legend (None: no legend for it)."""
    if not idx.legend or not isinstance(value, str):
        return None
    text = normalize_text(value).strip()
    return idx.legend.get(text) if len(text) == 1 else None


_TRAILING_STATE = re.compile(r"[(（:：\s]\s*(実施済み?|実施|未実施|済み?|未)\s*[)）]?\s*$"
                             r"|\s([☑☐□■☒✓✔])\s*$")  # (or a check box typed after the item: 「…の実施　☑」)


# 「（実施）・未実施」: the printed pair, the answer put in brackets (done) — or 「実施・（未実施）」 (not done)
_CHOSEN = re.compile(r"^\((実施済?|済|有|あり|はい)\)[・/／,、](?:未実施|未|無|なし|いいえ)$"
                     r"|^(?:実施済?|済|有|あり|はい)[・/／,、]\((未実施|未|無|なし|いいえ)\)$")


# a 実施状況 column answered in words (「実施した（5単組）」「まだ実施していない」「把握できていない」): not done first
_SENTENCE_NOT_DONE = re.compile(r"していない|できていない|しておらず|できておらず|至らず|至っていない|実施せず|行っていない"
                                r"|未実施|なかった|していません|できていません")
_SENTENCE_DONE = re.compile(r"実施し(?:た|ている|ました|ています)|実施済|行っ(?:た|ている)|開催し(?:た|ている)|提起した"
                            r"|配布した|確認し(?:た|ている)|把握している|支払っている|周知した|提案した")
_STATUS_HEADS = frozenset({"実施状況", "状況", "実施の状況", "取組状況", "対応状況"})


def _sentence_state(idx: "_Index", y: "_Cell") -> bool | None:
    """A short answer in words under a 実施状況 heading: True / False, None when it says neither (「今後実施予定」)."""
    if not isinstance(y.value, str) or len(y.value) > 40:
        return None
    text = normalize_text(y.value).strip()
    state = False if _SENTENCE_NOT_DONE.search(text) else True if _SENTENCE_DONE.search(text) else None
    if state is None or not _under_status(idx, y):
        return None
    return state


def _under_status(idx: "_Index", y: "_Cell") -> bool:
    """A cell in a column headed 実施状況 (within the rows of one items table)."""
    above = [z.r for z in idx.by_col.get(y.c, ()) if z.r < y.r and z.key in _STATUS_HEADS]
    return bool(above) and y.r - max(above) <= 12


def _status_words(idx: "_Index", y: "_Cell") -> bool:
    """A short answer in words under a 実施状況 heading, whatever it says: the item's answer (read, or shown as
    unreadable), never the section's text."""
    return isinstance(y.value, str) and len(y.value) <= 40 and not is_mark(y.value) and _under_status(idx, y)


def _chosen_state(key: str) -> bool | None:
    m = _CHOSEN.match(key) if key and len(key) <= 16 else None
    return None if m is None else m.group(1) is not None


_BOTH_STATES = re.compile(r"^(?:済|実施|有|あり|はい)[・/／,、](?:未|未実施|無|なし|いいえ)$")


def _both_states(key: str) -> bool:
    """A 「済・未」 cell left as printed (the clerk was to strike out the word that does not apply)."""
    return bool(key) and len(key) <= 8 and bool(_BOTH_STATES.match(key))


def _trailing_state(value) -> str | None:
    """The state word an item's own cell ends with (「…（実施）」, 「…：未実施」), or the check box after it (「… ☑」)."""
    if not isinstance(value, str):
        return None
    m = _TRAILING_STATE.search(normalize_text(value[-_SHORT:]))  # (the end only: a search over a long run of
    return (m.group(1) or m.group(2)) if m else None               # spaces would be quadratic)


_DATE_HEADS = frozenset(("実施日", "実施年月日", "実施した日", "実施時期", "実施月", "実施日付", "開催日", "実施済日"))


def _done_on(idx: _Index, y: _Cell) -> bool:
    """A date in a column headed 実施日 (「取り組み項目｜実施日」): the item was done then."""
    if not isinstance(y.value, (dt.date, dt.datetime)):
        return False
    for z in reversed(idx.by_col.get(y.c, ())):  # the nearest heading above it (past the other items' answers)
        if z.r < y.r and isinstance(z.value, str) and not (z.key in STATE_WORDS or is_mark(z.value)
                                                          or "予定" in z.key and len(z.key) <= 8):
            return z.key in _DATE_HEADS
    return False


def _number_mark(idx: _Index, y: _Cell) -> bool:
    """1 (done) or 0 (not done) in a column headed 実施 (「実施欄：実施＝1、未実施＝0」), or under a heading that says so
    (「実施は1、未実施は0を入力してください。」, 「1：実施　0：未実施」: _one_zero; the heading is the form's, never an
    answer)."""
    if type(y.value) not in (int, float) or y.value not in (0, 1):
        return False
    for z in idx.by_col.get(y.c, ()):  # (texts merged across the column, above the items, may lie between)
        if z.r >= y.r:
            return False
        if z.key.startswith("実施") and len(z.key) <= 10:
            return True
        if len(z.key) <= 40 and _one_zero(z.key):
            idx.claimed.add((z.r, z.c))
            return True
    return False


# a heading's word and number, either way round (label keys: NFKC, no spaces): 「実施は1」 「実施=1」 「1:実施」
_IS = "[はがを]?[:：=＝→]?"
_DONE_WORD = "(?<!未)実施(?:した|している|済み?)?(?:場合)?"
_NOT_WORD = "(?:未実施|しない|していない(?:場合)?)"
_AFTER = r"(?![\d:：=＝→])"  # (the number ends there: 「1:実施0:未実施」 runs the pairs together)
_BEFORE = r"(?<![\d.:：=＝→はがを])"  # (a number first is no word's value: 「実施=1未実施=0」's 1 is 実施's)
_DONE_ONE = re.compile(f"{_DONE_WORD}{_IS}1{_AFTER}|{_BEFORE}1[:：=＝→]?{_DONE_WORD}")
_NOT_ZERO = re.compile(f"{_NOT_WORD}{_IS}0{_AFTER}|{_BEFORE}0[:：=＝→]?{_NOT_WORD}")
_REVERSED = re.compile(f"{_DONE_WORD}{_IS}0{_AFTER}|{_NOT_WORD}{_IS}1{_AFTER}|{_BEFORE}0[:：=＝→]?{_DONE_WORD}"
                       f"|{_BEFORE}1[:：=＝→]?{_NOT_WORD}")


def _one_zero(key: str) -> bool:
    """A heading saying 1 is done and 0 not done (and not the other way round: 「1＝未実施、0＝実施」)."""
    return bool(_DONE_ONE.search(key)) and bool(_NOT_ZERO.search(key)) and not _REVERSED.search(key)


def _is_item(value: str, form: FormDef) -> bool:
    """A cell that is one of the form's check items (its label, perhaps with a glyph or a list number)."""
    _, k = _item_text(value)
    return bool(k) and any(k == key or (len(k) >= 8 and (key.startswith(k) or k.startswith(key)))
                           for key in _item_keys(form))


def _item_keys(form: FormDef) -> tuple[str, ...]:
    key = (id(form), "items")
    hit = _FORM_KEYS.get(key)
    if hit is None or hit[0] is not form:
        hit = _FORM_KEYS[key] = (form, tuple(yearless(f.label) for s in form.sections for f in s.fields
                                             if f.type == CHECK))  # type: ignore[assignment]
    return hit[1]  # type: ignore[return-value]


def _control_mark(idx: _Index, x: _Cell, sheet: str) -> Found | None:
    """A check-box control drawn on the item's row (form control or ActiveX): its checked state; its linked cell
    (which holds the same TRUE/FALSE) is claimed so it is not reported as an entry of its own."""
    boxes = sorted(idx.boxes.get(x.r, ()), key=lambda b: abs(b.col - x.c))
    if not boxes:
        return None
    box = boxes[0]
    idx.boxes[x.r].remove(box)
    if box.link:
        idx.claimed.add(parse_a1(box.link))
    checked = box_state(idx.sheet, box)
    return Found(checked, sheet, a1(box.row, box.col), "control", "☑" if checked else "□")


def box_state(sheet: SheetData, box) -> bool:
    """A check-box control's state; for an ActiveX box, TRUE/FALSE in its linked cell wins over the
    state saved in the control (Excel keeps them in step; the cell is what formulas see)."""
    if not (box.activex and box.link):
        return box.checked
    r, c = parse_a1(box.link)
    row = sheet.rows[r] if r < len(sheet.rows) else ()
    linked = row[c] if c < len(row) else None
    return linked if isinstance(linked, bool) else box.checked


def _claim_wrapped(idx: _Index, x: _Cell, f: Field) -> None:
    """An item in the sender's words wrapped over several rows (「単組執行部 オルグ等において、各単組が「2025｜年3月末
    退職予定者対策」…」): claim the unmarked rows right under it while each makes the text more like the item's label
    (else they were read as the section's text)."""
    label = label_key(yearless(f.label))
    text = label_key(_item_text(x.value)[1])
    best, prev = _likeness(text, label), x.r
    for y in idx.by_col.get(x.c, ()):
        if y.r <= x.r:
            continue
        if y.r != prev + 1 or (y.r, y.c) in idx.claimed or not isinstance(y.value, str) \
                or len(y.value) > _ITEM_MAX or _row_marks(idx, y, None):
            return
        score = _likeness(text + label_key(y.value), label)
        if score <= best:
            return
        idx.claimed.add((y.r, y.c))
        text, best, prev = text + label_key(y.value), score, y.r


def _claim_continuation(idx: _Index, x: _Cell, item_key: str) -> None:
    """An item label wrapped over several rows: claim the rows that continue it."""
    text = yearless(split_glyph(x.value)[1])
    for y in idx.by_col.get(x.c, ()):
        if y.r > x.r and (y.r, y.c) not in idx.claimed and isinstance(y.value, str):
            k = yearless(y.value)
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
    memo = _boiler_memo(form, year)
    hit = memo.get(x.key)
    if hit is None:
        if len(memo) > 50_000:
            memo.clear()
        hit = memo[x.key] = _boiler_key(x.key, _form_keys(form, year)[0])
    return hit


# a printed hint beside a label: 「（例：1,000人）」, 「（…から選択）」 (the brackets are off the key already)
_HINT = re.compile(r"^(?:記入)?例[:：]|から選択|を選択して|選んでください|記入してください|入力してください|不要な方を消")


# a page number printed or scanned on the sheet: 「- 1 -」, 「Page 1」, 「P.2」, 「1ページ」 (not 「1/2」: a date typed as text)
_PAGE_NUMBER = re.compile(r"-\d{1,3}-|(?:page|p\.?)\d{1,3}|\d{1,3}(?:ページ|頁)", re.I)


_PAGE_OF_PAGES = re.compile(r"([1-9])\s*/\s*([1-9])")  # 「1/2」: page 1 of 2, a footer a converter made a row of


def _page_of_pages(idx: _Index) -> None:
    """「1/2」 「2 / 2」 alone on its row (a page's footer turned into a row by a PDF converter or a scan, within the
    form or under it): claimed, never an answer or a text's last line.  Beside a label it stays (a date typed as
    text)."""
    for key, cells in idx.by_key.items():  # (each distinct text once: the sheet's index, not every cell)
        if len(key) <= 5 and "/" in key and (m := _PAGE_OF_PAGES.fullmatch(key)) and int(m.group(1)) <= int(m.group(2)):
            idx.claimed.update((x.r, x.c) for x in cells if len(idx.by_row.get(x.r, ())) == 1)


def _boiler_key(key: str, boiler) -> bool:
    if _HINT.search(key) or (len(key) <= 8 and _PAGE_NUMBER.fullmatch(key)):
        return True
    bare = _without_year(key)  # a printed text naming a year matches whatever year it names (the title 「…（令和7年度）」)
    for k, prefix in boiler:
        if k and (key == k or bare == k or (prefix and (key.startswith(k) or bare.startswith(k)))):
            return True
    return bool(_YEAR_ONLY.fullmatch(key))


def _boiler_memo(form: FormDef, year: int | None) -> dict[str, bool]:
    """{cell key: is it boilerplate}, one per form and year (bounded: cleared past 50,000 keys)."""
    key = (id(form), ("boiler", year))
    hit = _FORM_KEYS.get(key)
    if hit is None or hit[0] is not form:
        hit = _FORM_KEYS[key] = (form, {})
    return hit[1]


def _free_texts(idx: _Index, anchors, loc: Located, form: FormDef, year: int | None,
                bounds: dict[str, tuple[int, int]]) -> None:
    """Long text answers: each remaining cell goes to the nearest label above it
    (or left of it on its row) whose column band it lies in, within the label's section."""
    collected: dict[tuple[str, str], list[tuple[int, int, str]]] = {}
    boxed = []
    for a in anchors:  # 「answer｜←label」: the answer on the label's left; such a label heads no box below it
        cell, s, f = a
        left = _left_answer(idx, cell, form, year) if _pointer(cell.value) or idx.labels_right else None
        if left is not None and not _is_boilerplate(left, form, year) and not _printed_label(idx, left, form, year):
            idx.claimed.add((left.r, left.c))
            collected[(s.key, f.key)] = [(left.r, left.c, _text_of(left.value))]
        elif _pointer(cell.value) != "arrow":
            boxed.append(a)
    spans = [(a, *bounds.get(a[1].key, (0, idx.sheet.height))) for a in boxed]  # (anchor, lo, hi) once
    idx.remarks = {(x.r, x.c) for k in _REMARK_HEADS for x in idx.by_key.get(k, ())}
    pasted = _pasted_table(idx) if spans else {}  # (no box below a label: nothing to keep a table out of)
    for x in idx.cells:
        if (x.r, x.c) in idx.claimed or _is_boilerplate(x, form, year) or _printed_label(idx, x, form, year):
            continue
        best = _box_of(idx, x, spans)
        if best is None or (x.r in pasted and pasted[x.r] > best[0].r):
            continue  # (a table pasted below the box: its cells are kept as entries, not joined into the answer)
        idx.claimed.add((x.r, x.c))
        collected.setdefault((best[1].key, best[2].key), []).append((x.r, x.c, _text_of(x.value)))
    for cell, s, f in anchors:
        inline = _inline_answer(cell, f, form, year)
        if inline:  # 「【label】⏎answer」 typed in one cell: the answer comes first
            collected.setdefault((s.key, f.key), []).append((cell.r, cell.c, inline))
        parts = _inside_box(idx, sorted(collected.get((s.key, f.key), [])))
        if parts and _label_tail(cell, parts[0], f, year):  # 「…工夫してい」 / 「ること」: the label broken over
            parts = parts[1:]  # two rows (a converter's), its end is no part of the answer
        _release_notes(idx, parts, cell.r)
        if parts and isinstance(cell.value, str) and cell.value.lstrip()[:1] in "QＱ" \
                and _Q_MARK.match(normalize_text(cell.value)):
            parts[0] = (*parts[0][:2], _A_MARK.sub("", parts[0][2], count=1))  # 「Ｑ．question」 → 「Ａ．answer」
        text = "\n".join(p for _, _, p in parts) if parts else None
        where = a1(parts[0][0], parts[0][1]) if parts else a1(cell.r + 1, cell.c)
        loc.values[(s.key, f.key)] = Found(text, loc.sheet, where, "label")
    _extras(idx, loc, form, year)


def _split_label(idx: _Index, f: Field, year: int | None, found: _Cell | None) -> tuple[_Cell, str] | None:
    """A label a converter split over two cells of a row (「作成」｜「者」, 「確認」｜「者」): the cell that completes it,
    standing in for the label (the answer is right of it).  ``found``: a cell already matched as the label (「確認」 is
    an alias of 確認者), looked at first; else the cells starting as one of the field's keys, from the sheet's index."""
    keys = [k for k in _field_keys(f, year) if len(k) >= 3]
    if found is not None:
        candidates = [found]
    else:
        candidates = [x for k in keys for x in idx.by_head.get(k[:2], ()) if 2 <= len(x.key) < len(k) and k.startswith(x.key)]
    for x in candidates:
        if (x.r, x.c) in idx.claimed and x is not found:
            continue
        nxt = idx.right_of(x, 1)
        y = nxt[0] if nxt else None
        if y is None or (y.r, y.c) in idx.claimed or not y.key or len(y.key) > 4:
            continue
        if any(x.key + y.key == k for k in keys):
            idx.claimed.add((x.r, x.c))
            return y, ""
    return None


def _label_tail(cell: _Cell, part: tuple[int, int, str], f: Field, year: int | None) -> bool:
    """The first line under a text question's label is the label's own end, broken onto the next row: short, just
    under the label, and the two together end with the question's label (「新規採用者組織化で工夫してい」+「ること」),
    or it closes a bracket the label left open (「…（当局との関係、交渉の取り」+「組み状況など）」); or it is the
    question's label itself (「「目標達成にむけた進捗と課題」」 under an instruction line naming it)."""
    r, c, text = part
    if len(text) <= 60 and label_key(text) in _field_keys(f, year):  # the question's own label again (a line of
        return True  # printed instructions above it was taken for the label)
    if r != cell.r + 1 or c != cell.c or len(text) > 16 or not isinstance(cell.value, str):
        return False
    head, tail = label_key(cell.value), label_key(text)
    if head.count("(") > head.count(")") and tail.endswith(")") and "(" not in tail:
        return True
    joined = head + tail
    return any(len(k) > len(tail) and joined.endswith(k) and not head.endswith(k) for k in _field_keys(f, year))


TABLE_CELLS = 5  # unclaimed cells on a row from which it is a row of a table, not a text answer's line


def _pasted_table(idx: _Index) -> dict[int, int]:
    """The rows of tables set apart below two or more empty rows (a list of data pasted under the last question),
    each with the row of its gap: row → the first empty row above its block.  A block's rows hold at least
    TABLE_CELLS unclaimed cells each (a text answer is typed one cell, or a few, to a row); a text answer's cell
    is never one of them when the gap is above the block (the block is not joined into the answer above)."""
    rows = sorted(r for r, cells in idx.by_row.items()
                  if sum(1 for x in cells if (x.r, x.c) not in idx.claimed) >= TABLE_CELLS)
    if not rows:
        return {}
    out: dict[int, int] = {}
    for r in rows:
        if r - 1 in out:  # the block goes on down (its gap as the row above's)
            out[r] = out[r - 1]
        elif r >= 2 and (r - 1) not in idx.by_row and (r - 2) not in idx.by_row:
            gap = r - 1
            while gap - 1 >= 0 and (gap - 1) not in idx.by_row:
                gap -= 1
            out[r] = gap
    return out


_Q_MARK = re.compile(r"^\s*Q\s*\d{0,2}\s*[.:．：]")
_A_MARK = re.compile(r"^\s*[AＡ]\s*[.:．：]\s*")


def _text_of(value) -> str:
    """A cell's text in a free-text answer, stripped (a number or date as Excel shows it)."""
    return (value if type(value) is str else cell_text(value)).strip()


def _inline_answer(cell: _Cell, f: Field, form: FormDef, year: int | None) -> str | None:
    """The answer typed after a text question's label in the label's own cell, on the lines below it
    (「【新規採用者の加入に向けた主な取り組み】⏎入庁式の後に…」): the cell matched as the label, and what followed
    it was lost.  The label must end a line; printed text after it (a form's instruction) is not an answer."""
    if not isinstance(cell.value, str) or "\n" not in cell.value:
        return None
    lines = cell.value.replace("\r\n", "\n").split("\n")
    labels = set(_field_keys(f, year)) | set(_yearless_keys(f))
    for i in range(1, len(lines)):
        head = "".join(lines[:i]).strip().lstrip(_BULLETS).strip()
        key = label_key(_unnumbered(head)).strip("【】[]")
        if key in labels or _YEARS.sub("", key) in labels:  # the whole label, not its first words
            rest = "\n".join(line.strip() for line in lines[i:]).strip()
            rest_key = label_key(rest)
            whole = key + rest_key  # the label's longer printed form over two lines is label, not answer
            if not rest or _boiler_key(rest_key, _form_keys(form, year)[0]) or rest_key in _form_keys(form, year)[2] \
                    or any(k.startswith(whole) or k.startswith(_YEARS.sub("", whole)) for k in labels):
                return None
            return rest
    return None


def _release_notes(idx: _Index, parts: list[tuple[int, int, str]], label_row: int | None = None) -> None:
    """A ※ note under an answer (or under its label, the answer left blank), after a blank row or typed in the
    labels' column left of the answer: an entry of its own (released), not the answer's end."""
    while parts and parts[-1][2].startswith("※"):
        above = parts[-2][0] if len(parts) >= 2 else label_row
        left = len(parts) >= 2 and parts[-1][1] < parts[0][1]  # in the labels' column, left of the answer
        if not left and (above is None or parts[-1][0] <= above + 1):
            return
        idx.claimed.discard(parts[-1][:2])
        parts.pop()


def _inside_box(idx: _Index, parts: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """An answer typed in a text box (a merged area): what lies outside the box (a note under it or beside it) is
    its own entry, released so that it is reported with its cell."""
    if not parts:
        return parts
    box = next((m for m in (idx.sheet.merged_at(r, c) for r, c, _ in parts) if m is not None), None)
    if box is None:
        return parts
    grown = True
    while grown:  # one line per merged row (「・…」 bullets typed row by row): the rows just below, merged alike
        grown = False
        for r, c, text in parts:
            m = idx.sheet.merged_at(r, c)
            if m is not None and (m[1], m[3]) == (box[1], box[3]) and (
                    m[0] == box[2] + 1 or box[2] + 1 < m[0] <= box[2] + 3 and _item_rows_between(idx, box, m[0])):
                box, grown = (box[0], box[1], m[2], box[3]), True
            elif m is not None and m[1] == box[3] + 1 and (m[0], m[2]) == (box[0], box[2]) \
                    and not text.startswith("※"):  # the answer typed on into a box of the same rows beside it
                box, grown = (box[0], box[1], box[2], m[3]), True
    # below the box, or beside it (a ※ note typed to its right or above it): an entry of its own
    inside = [p for p in parts if p[0] <= box[2] and box[1] <= p[1] <= box[3]]
    for r, c, _ in parts:
        if (r, c, _) not in inside:
            idx.claimed.discard((r, c))
    return inside


def _item_rows_between(idx: _Index, box: tuple[int, int, int, int], row: int) -> bool:
    """The rows between a text box and a box of the same columns further down are items' rows with no text of
    their own (something left of the box, nothing in it): one text per item row, some left empty."""
    for r in range(box[2] + 1, row):
        cells = idx.by_row.get(r, ())
        if not any(x.c < box[1] for x in cells) or any(box[1] <= x.c <= box[3] for x in cells):
            return False
    return True


def _box_of(idx: _Index, x: _Cell, spans):
    """The label whose box a cell lies in: labels above it (or left of it on its row) in its section,
    whose column is not right of it; of two boxes side by side, the one whose column band holds the
    cell; otherwise the nearest label above.  spans: (anchor, section's first row, row after it)."""
    cands = [a for a, lo, hi in spans
             if lo <= x.r < hi and (a[0].r < x.r or (a[0].r == x.r and a[0].c < x.c)) and a[0].c <= x.c + 1]
    if not cands:
        return None
    top = max(a[0].r for a in cands)  # labels across one row (a wide layout): the one right above the cell
    if idx.remarks and (x.key in _REMARK_HEADS or (top, x.c) in idx.remarks
                        or any(r == x.r and (c < x.c or len(_text_of(x.value)) <= 5) for r, c in idx.remarks)):
        return None  # a 備考 heading of that row, under it, or heading it (「Q29｜備考｜…」): the sender's note, an entry
    for a in cands:
        if a[0].r == top and a[0].c == x.c and top < x.r:
            return a
    # the nearest (largest row, then column; the first of equals) whose band no candidate to its right covers
    for a in sorted(cands, key=lambda a: (a[0].r, a[0].c), reverse=True):
        if not any(a[0].c < b[0].c and b[0].r > a[0].r - 4 for b in cands):
            return a
    return None


_REMARK_HEADS = frozenset(("備考", "メモ", "連絡事項", "特記事項"))


def _printed_label(idx: _Index, x: _Cell, form: FormDef, year: int | None) -> bool:
    """A field's label or a section's title of the form: never part of a free-text answer (in a form laid out in
    two halves, the other half's titles and items sat in a section's rows and were read as its answer)."""
    if not x.key:
        return False
    _, _, labels, titles = _form_keys(form, year)
    return x.key in labels or idx.title_key(x) in titles


def _extras(idx: _Index, loc: Located, form: FormDef, year: int | None) -> None:
    for x in idx.cells:
        if (x.r, x.c) in idx.claimed or _is_boilerplate(x, form, year):
            continue
        _, _, labels, titles = _form_keys(form, year)
        if x.key and x.key in labels:
            continue  # a printed label whose answer is blank
        if x.key and _key_title_key(x.key) in titles or x.key in _REMARK_HEADS:
            continue  # (a 備考 heading: what is under it is reported, not the heading)
        if x.key in _UNIT_ONLY and (x.r, x.c - 1) in idx.claimed:
            continue  # the unit of the answer just left of it (「268｜人」)
        loc.extras.append((idx.sheet.name, a1(x.r, x.c), x.value))
