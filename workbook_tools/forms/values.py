"""Turn located raw cells into typed values with a flag and the raw text.

Pure: the same rules serve the consolidation, the UDFs and the tests."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from enum import StrEnum

from workbook_tools.core.normalize import (FLAG_BLANK, FLAG_OK, fix_radicals, glyph_state, label_key, parse_date,
                                           parse_number)
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
    if raw is None:
        return ""
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    if isinstance(raw, (dt.date, dt.datetime)):
        return raw.isoformat()
    return str(raw)


def normalize_value(f: Field, raw, *, how: str = "label", sheet: str = "", cell: str = "",
                    rule: str = "") -> FieldValue:
    v = _normalize(f, raw, how, sheet, cell)
    return replace(v, how=how, rule=rule) if how or rule else v


def _normalize(f: Field, raw, how: str, sheet: str, cell: str) -> FieldValue:
    text = _raw_text(raw)
    if f.type == CHECK:
        if how == "missing":
            return FieldValue(None, FLAG_NO_ITEM, "", sheet, cell)
        state = glyph_state(raw)
        if how == "inferred" and state is False:
            return FieldValue(False, AnswerFlag.INFERRED_NOT_DONE, "", sheet, cell)
        return FieldValue(state, FLAG_UNANSWERED if state is None else FLAG_OK, text, sheet, cell)
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return FieldValue(None, FLAG_BLANK, text, sheet, cell)
    if f.type in (TEXT, LONG_TEXT):
        # free text is kept as written (no trimming); only radical characters are mapped back
        value = fix_radicals(text) if f.type == LONG_TEXT else fix_radicals(text).strip()
        if f.type == TEXT and f.key == "pref":
            pref = by_name(value)
            return FieldValue(pref.name if pref else value, FLAG_OK if pref else FLAG_UNKNOWN_PREF, text, sheet, cell)
        return FieldValue(value, FLAG_OK, text, sheet, cell)
    if f.type == CHOICE:
        if f.key == "pref":
            pref = by_name(raw)
            return FieldValue(pref.name if pref else text.strip(), FLAG_OK if pref else FLAG_UNKNOWN_PREF,
                              text, sheet, cell)
        wanted = {label_key(c): c for c in f.choices}
        hit = wanted.get(label_key(raw))
        return FieldValue(hit or text.strip(), FLAG_OK if hit else FLAG_NOT_CHOICE, text, sheet, cell)
    if f.type in (DATE, YEAR_MONTH):
        if isinstance(raw, str) and _UNFILLED_DATE.fullmatch(label_key(raw)):
            return FieldValue(None, FLAG_BLANK, text, sheet, cell)  # the form's own 「年　月時点」, not filled in
        d = parse_date(raw)
        value = d.iso() or None
        if f.type == YEAR_MONTH and d.year and d.month:
            value = f"{d.year:04d}-{d.month:02d}"
        return FieldValue(value, d.flag, text, sheet, cell)
    if f.type in (NUMBER, INTEGER, PERCENT):
        n = parse_number(raw)
        return FieldValue(n.number, n.flag, text, sheet, cell)
    return FieldValue(text, FLAG_OK, text, sheet, cell)  # pragma: no cover - every type is listed above
