"""Turn located raw cells into typed values with a flag and the raw text.

Pure: the same rules serve the consolidation, the UDFs and the tests."""
from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from workbook_tools.core.normalize import (ARROW_CHARS, CORRECTION_ARROW, FLAG_BLANK, FLAG_OK, TRAILING_NOTE, Flag,
                                           cell_text, fix_radicals, glyph_state, label_key, marked_choice,
                                           marked_options, number_value, parse_date, tenths_percent)
from workbook_tools.core.prefectures import by_name
from workbook_tools.forms.model import (CHECK, CHOICE, DATE, INTEGER, LONG_TEXT, NUMBER, PERCENT, TEXT, YEAR_MONTH,
                                        Field)

class AnswerFlag(StrEnum):
    """What reading an answer against its form noticed (beyond number and date flags)."""

    UNANSWERED = "未回答"  # a checkbox item with neither ☑ nor □
    NO_ITEM = "項目なし"  # the item is not on this (older) copy of the form
    NOT_CHOICE = "選択肢にない値"
    UNKNOWN_PREF = "不明な県名"
    PREF_FROM_FILE_NAME = "ファイル名から推定"
    INFERRED_NOT_DONE = "未実施（推定）"  # unmarked item in a file that marks done items only


FLAG_UNANSWERED, FLAG_NO_ITEM = AnswerFlag.UNANSWERED, AnswerFlag.NO_ITEM
FLAG_NOT_CHOICE, FLAG_UNKNOWN_PREF = AnswerFlag.NOT_CHOICE, AnswerFlag.UNKNOWN_PREF


@dataclass(frozen=True)
class FieldValue:
    value: object  # str / int / float / bool / ISO date text / None
    flag: str  # "" when clean; Japanese otherwise
    raw: str  # what the submitter wrote, as text
    sheet: str = ""
    cell: str = ""
    how: str = ""  # how it was found: name / label / control / inferred / missing
    rule: str = ""  # how == "inferred": the rule (Japanese)

    def __init__(self, value: object, flag: str, raw: str, sheet: str = "", cell: str = "", how: str = "",
                 rule: str = "") -> None:
        # The generated frozen __init__ sets each field with object.__setattr__; one update of the instance
        # dict sets the same fields in half the time (28 values a file).  Still frozen, equal and hashable.
        self.__dict__.update(value=value, flag=flag, raw=raw, sheet=sheet, cell=cell, how=how, rule=rule)

    def __reduce__(self):
        # pickled as the arguments of the constructor: a record's ~30 values cross from a worker to the parent
        # and back from the spill; a tuple pickles in about half the time of a dict of the seven names
        return FieldValue, (self.value, self.flag, self.raw, self.sheet, self.cell, self.how, self.rule)

    @property
    def display(self) -> str:
        if self.value is None:
            return ""
        if isinstance(self.value, bool):
            return "✓" if self.value else ""
        if isinstance(self.value, float) and self.value.is_integer():
            return str(int(self.value))
        return str(self.value)


_UNFILLED_DATE = re.compile(r"(令和|平成)?年?月?日?(時点|現在)?")


def _raw_text(raw) -> str:
    if type(raw) is str:
        return raw
    if type(raw) is float and raw.is_integer() and -1e15 < raw < 1e15:  # the common case, as cell_text has it
        return str(int(raw))
    return cell_text(raw)


def normalize_value(f: Field, raw, *, how: str = "label", sheet: str = "", cell: str = "",
                    rule: str = "") -> FieldValue:
    text = _raw_text(raw)
    value, flag = _normalize(f, raw, text, how)
    return FieldValue(value, flag, "" if f.type == CHECK and flag in _NO_RAW else text, sheet, cell, how, rule)


_NO_RAW = (FLAG_NO_ITEM, AnswerFlag.INFERRED_NOT_DONE)  # a check item not read from a cell keeps no raw text


def _normalize(f: Field, raw, text: str, how: str) -> tuple[object, str]:
    """(value, flag) of a located raw cell."""
    if f.type not in (TEXT, LONG_TEXT) and type(raw) is str and ARROW_CHARS & set(raw) \
            and CORRECTION_ARROW.search(raw):  # 「250→262」, 「□→☑」, 「2025/2/14→2026/2/12」: the corrected value
        after = CORRECTION_ARROW.split(raw)[-1].strip()
        if after:
            value, flag = _normalize(f, after, after, how)
            return value, (Flag.CORRECTED if flag == FLAG_OK and value is not None else flag)
    if f.type == CHECK:
        if how == "missing":
            return None, FLAG_NO_ITEM
        state = glyph_state(raw)
        if how == "inferred" and raw is False:  # no mark at all: False stands for the rule's guess
            return False, AnswerFlag.INFERRED_NOT_DONE
        return state, FLAG_UNANSWERED if state is None else FLAG_OK
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None, FLAG_BLANK
    if f.type in (TEXT, LONG_TEXT):
        # free text is kept as written (no trimming); only radical characters are mapped back
        value = fix_radicals(text) if f.type == LONG_TEXT else fix_radicals(text).strip()
        if "<" in value or "&" in value:  # a web system's export: 「…<br>…」, 「Q&amp;A」 (the raw text keeps them)
            value = _unmarked(value)
        if f.person:
            value = _SEAL.sub("", value) or value  # a seal mark alone is left as typed
        if f.type == TEXT and f.key == "pref":
            pref = by_name(value)
            return (pref.name, FLAG_OK) if pref else (value, FLAG_UNKNOWN_PREF)
        return value, FLAG_OK
    if f.type == CHOICE:
        if f.key == "pref":
            pref = by_name(raw)
            return (pref.name, FLAG_OK) if pref else (text.strip(), FLAG_UNKNOWN_PREF)
        keys = _choice_keys(f)
        hit = keys.get(label_key(raw)) or keys.get(_hiragana(label_key(raw)))
        if hit is None:  # 「☐全労連・自治労連　☑旧全官公自治労連　☐なし」: the one option whose box is filled
            chosen = [t for filled, t in marked_options(text) or () if filled]
            hit = keys.get(label_key(chosen[0])) if len(chosen) == 1 else None
        if hit is None:  # 「◯全労連・医労連」 「なし○」: one of the choices printed in a row, marked where it stands
            hit = keys.get(label_key(marked_choice(text) or ""))
        if hit is None:  # 「医労連」, 「自治労連（全労連）」: the names of one choice's parts, and of no other's
            hit = _choice_by_parts(f, text)
        if hit is None and _PLACEHOLDER.fullmatch(label_key(raw)):  # the list left at 「（選択してください）」: no answer
            return None, FLAG_BLANK
        return (hit, FLAG_OK) if hit else (text.strip(), FLAG_NOT_CHOICE)
    if f.type in (DATE, YEAR_MONTH):
        return _date_value(f, raw)
    if f.type in (NUMBER, INTEGER, PERCENT):
        if f.type == PERCENT or "％" in f.label or "率" in f.label:  # 「約２割」 in a rate: 20 (%)
            value, flag = tenths_percent(raw)
            if value is not None:
                return value, flag
        return number_value(raw)
    return text, FLAG_OK  # pragma: no cover - every type is listed above


# a dropdown's prompt left in the cell (「（選択してください）」 「--選択--」 「▼選択」 「プルダウンから選択」): not an answer
_PLACEHOLDER = re.compile(r"[^\w]*(?:プルダウンから|リストから|一覧から)?(?:選択(?:して(?:ください|下さい))?|未選択)[^\w]*")
_BREAK_TAG = re.compile(r"<br\s*/?>", re.I)
_ENTITY = re.compile(r"&(?:amp|lt|gt|quot|apos|nbsp|#\d{1,6}|#x[0-9a-fA-F]{1,5});")


def _unmarked(text: str) -> str:
    """A text exported from a web system with its HTML left in: 「<br>」 a line break, 「&amp;」 「&lt;」 … the
    characters they stand for.  Only those: any other 「<…>」 or 「&」 is the writer's own."""
    import html

    text = _BREAK_TAG.sub("\n", text)
    return _ENTITY.sub(lambda m: html.unescape(m.group(0)).replace("\xa0", " "), text) if "&" in text else text


# a seal mark after a name: 「㊞」, 「(印)」 / 「（印）」 / 「[印]」, or 「印」 standing apart after a space
_SEAL = re.compile(r"(?:\s*(?:㊞|[(（［\[]\s*印\s*[)）］\]])|\s+印)+\s*$")
_PARTS = re.compile(r"[・･/／、,，()（）\s]+")


def _choice_by_parts(f: Field, text: str) -> str | None:
    """The choice typed with a note in brackets after it; or the one choice made of names (split at ・) that include
    every name typed: 「医労連」 → 全労連・医労連; 「全労連」 alone names two choices and is left as typed."""
    bare = TRAILING_NOTE.sub("", label_key(text))  # 「全労連・自治労連（試験村役場職員組合）」: the choice, a note after it
    if bare in _choice_keys(f):
        return _choice_keys(f)[bare]
    typed = {label_key(p) for p in _PARTS.split(text) if p.strip()}
    if not typed or len(text) > 40:
        return None
    hits = [c for c in f.choices if typed <= {label_key(p) for p in _PARTS.split(c) if p.strip()}]
    return hits[0] if len(hits) == 1 else None


def _date_value(f: Field, raw) -> tuple[object, str]:
    if isinstance(raw, str) and _UNFILLED_DATE.fullmatch(label_key(raw)):
        return None, FLAG_BLANK  # the form's own 「年　月時点」, not filled in
    d = parse_date(raw)
    value = d.iso() or None
    if f.type == YEAR_MONTH and d.year and d.month:
        value = f"{d.year:04d}-{d.month:02d}"
    return value, d.flag


_CHOICES: dict[int, tuple[Field, dict[str, str]]] = {}  # id(field) → (field, {label key: choice}); see io.locate


def _choice_keys(f: Field) -> dict[str, str]:
    """label_key of each choice (and of its words in hiragana: 「ﾅｼ」 / 「ナシ」 typed for 「なし」) → the choice."""
    hit = _CHOICES.get(id(f))
    if hit is None or hit[0] is not f:
        keys = {_hiragana(label_key(c)): c for c in f.choices}
        keys.update({label_key(c): c for c in f.choices})
        hit = _CHOICES[id(f)] = (f, keys)
    return hit[1]


def _hiragana(key: str) -> str:
    """Katakana as hiragana (ァ–ヶ → ぁ–ゖ; the long mark and kanji kept): 「ナシ」 → 「なし」."""
    return key.translate(_TO_HIRAGANA)


_TO_HIRAGANA = {k: k - 0x60 for k in range(0x30A1, 0x30F7)}
