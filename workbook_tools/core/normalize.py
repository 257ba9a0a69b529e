"""Normalisation of what people type: text, checkbox glyphs, numbers, dates.

Pure functions; every reading keeps the raw text and a flag saying what was
done, so nothing is guessed silently.
"""
from __future__ import annotations

import datetime as _dt
import math
import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def _radical_table() -> dict[int, str]:
    table: dict[int, str] = {}
    text = resources.files("workbook_tools.core").joinpath("data/radicals.tsv").read_text("utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        radical, ideograph = line.split()[:2]
        table[int(radical, 16)] = chr(int(ideograph, 16))
    return table


@lru_cache(maxsize=1)
def _compare_table() -> dict[int, str | None]:
    """The radicals table, and the variation selectors dropped: they say how to draw the character before them
    (「☑︎」: ☑ + U+FE0E, the text-style box a Mac or a web page leaves; 「茨󠄀城」: 茨 + U+E0100, an ideographic variant
    a 人名 font or a 住基 system leaves), nothing to compare."""
    return {**_radical_table(), **dict.fromkeys(range(0xFE00, 0xFE10)), **dict.fromkeys(range(0xE0100, 0xE01F0)),
            **dict.fromkeys(_ZERO_WIDTH)}


# characters of no width a phone, a web page or a BOM leaves inside a label or a number (「\u200b広島」, 「46\u200b」):
# zero-width space / non-joiner / joiner, word joiner, the byte-order mark
_ZERO_WIDTH = (0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF)


def normalize_text(value) -> str:
    """NFKC (Kangxi radicals, full-width digits) plus the CJK-radicals table; variation selectors dropped."""
    if value is None:
        return ""
    s = str(value)
    if s.isascii():
        return s
    s = unicodedata.normalize("NFKC", s)
    return s.translate(_compare_table())


def fix_radicals(value) -> str:
    """Free text: map radical characters back to ideographs (⽀→支, ⻑→長) and drop the no-width characters (a
    zero-width space, a BOM) but keep the writer's full-width punctuation and digits as they are."""
    if value is None:
        return ""
    s = str(value)
    if s.isascii():
        return s
    if _INVISIBLE_RE.search(s):  # (「\ufeff見本町職員組合」 from a CSV, 「見本\u200b北浜町」 from a web page)
        s = _INVISIBLE_RE.sub("", s)
    if not _RADICAL_RE.search(s):
        return s
    s = "".join(unicodedata.normalize("NFKC", ch) if "\u2f00" <= ch <= "\u2fdf" else ch for ch in s)
    return s.translate(_radical_table())


_RADICAL_RE = re.compile("[\u2e80-\u2fdf]")
# no-width characters a text keeps nothing of: zero-width space, word joiner, the byte-order mark (not the joiners
# of an emoji's sequence, 👨‍👩‍👧)
_INVISIBLE_RE = re.compile("[\u200b\u2060\ufeff]")


_SPACE_RE = re.compile(r"[\s\u3000\u200b]+")


def label_key(value) -> str:
    """Key for comparing labels: normalised, no spaces or line breaks, 取り組み spelt one way (取組)."""
    if isinstance(value, str):
        return _label_key_str(value)
    return _SPACE_RE.sub("", normalize_text(value))


# 取り組み, 取組み, 取り組, 取組: one word spelt four ways (「具体的な取組」 labels the printed 「具体的な取り組み」 box)
_TORIKUMI_RE = re.compile("取り?組み?")


@lru_cache(maxsize=65536)
def _label_key_str(value: str) -> str:
    key = _SPACE_RE.sub("", normalize_text(value))
    if "取" in key:
        key = _TORIKUMI_RE.sub("取組", key)
    if "む" in key or "もと" in key or "落し" in key:  # words the form prints in kana and clerks in kanji, or back
        for kana, kanji in _SPELLINGS:
            key = key.replace(kana, kanji)
    return key


# 「目標達成にむけた」 / 「向けた」, 「規程にもとづき」 / 「基づき」, 「落し込み」 / 「落とし込み」: one word spelt two ways
_SPELLINGS = (("むけ", "向け"), ("もとづ", "基づ"), ("落し込", "落とし込"))


# --- checkbox glyphs ---------------------------------------------------------
DONE_GLYPHS = frozenset("☑■✓✔レ☒〇○◯●✅⭕√ü")  # (⭕ ✅: the emoji a phone or a newer IME gives; √: the IME's check;
# ü: Wingdings' check mark once the font is lost in a conversion)
NOT_DONE_GLYPHS = frozenset("□☐×✕✗✘⬜❌")  # × is ○'s partner in a 実施(○×) column; ⬜ ❌ their emoji
CHECKBOX_GLYPHS = DONE_GLYPHS | NOT_DONE_GLYPHS
# a cell holding only one of these words answers a check item (a 実施状況 column typed by hand)
STATE_WORDS = {"実施": True, "実施済": True, "実施済み": True, "済": True, "済み": True, "はい": True, "有": True,
               "あり": True, "一部実施": True, "未実施": False, "未": False, "いいえ": False, "無": False, "なし": False,
               "予定なし": False, "対応済": True, "対応済み": True, "未対応": False,
               # a letter typed for the mark: 「Ｏ」 / 「o」 for ○ (the full-width Ｏ normalises to O), 「x」 for ×
               "O": True, "o": True, "X": False, "x": False,
               # how often, where a 実施回数 column stands for the mark: 「毎月」 done (「1回」 「0回」: _TIMES)
               "毎月": True, "毎週": True, "毎年": True, "随時": True}
# 「1回」 「年1回」 「月2回」 「4回」 in a 実施回数 column: done when more than zero; 「0回」 not done
_TIMES = re.compile(r"(?:年|月|週)?(\d+)回")


# check boxes printed before each option of one cell (「■実施　□未実施」, 「☐A　☑B　☐C」): the clerk fills one box
FILLED_BOXES = frozenset("■☑☒✔✓✅")
EMPTY_BOXES = frozenset("□☐⬜")
_BOX_OPTION = re.compile("([■☑☒✔✓✅□☐⬜])([^■☑☒✔✓✅□☐⬜]*)")
_OPTION_SEPARATORS = " \u3000・/／,、"
_BOX_START = FILLED_BOXES | EMPTY_BOXES


def marked_options(value) -> list[tuple[bool, str]] | None:
    """「☐全労連・自治労連　☑旧全官公自治労連　☐なし」 → [(False, '全労連・自治労連'), (True, '旧全官公自治労連'),
    (False, 'なし')]: a cell that is two or more options, each after a box (filled: chosen).  None for any other
    cell (a box before one item's text, a legend 「■：実施」 is not two options of this shape)."""
    if not isinstance(value, str) or len(value) < 4 or value.lstrip()[:1] not in _BOX_START:
        return None
    s = normalize_text(value).strip()
    parts = [(g in FILLED_BOXES, t.strip(_OPTION_SEPARATORS)) for g, t in _BOX_OPTION.findall(s)]
    if len(parts) < 2 or any(not t for _, t in parts):
        return None
    return parts


def box_pair_state(value) -> tuple[bool, bool | None]:
    """(is a box pair, its state) for 「■実施　□未実施」 / 「□有　■無」: every option one state word, both states
    printed.  One filled box: its word's state; none filled, or both: (True, None), not answered / unreadable."""
    options = marked_options(value)
    if options is None:
        return False, None
    states = [STATE_WORDS.get(label_key(t)) for _, t in options]
    if None in states or set(states) != {True, False}:
        return False, None
    chosen = {state for (filled, _), state in zip(options, states) if filled}
    return True, (chosen.pop() if len(chosen) == 1 else None)


TRAILING_NOTE = re.compile(r"\([^()]*\)$")  # a note in brackets at the end of a label key (keys are NFKC: （） are ( ))
_NOTED_STATE = re.compile(r"\([^()]{1,20}\)$")  # a note in brackets after a state word (label keys are NFKC)


def state_word(value) -> str | None:
    """The state word a cell holds alone or with a note in brackets after it (「済」, 「済（12/3）」), or a count of
    times (「年1回」): that word."""
    s = label_key(value) if isinstance(value, str) else ""
    if s in STATE_WORDS or (s[-1:] == "回" and _TIMES.fullmatch(s)):  # (「1回」 「0回」: how often, for the mark)
        return s
    word = _NOTED_STATE.sub("", s) if s[-1:] == ")" else ""
    return word if word in STATE_WORDS else None


def glyph_state(value) -> bool | None:
    """TRUE for a done glyph, FALSE for □ or ×, None when there is no glyph.

    Accepts booleans (Excel 365 checkboxes), the strings TRUE/FALSE, a cell of one state word (実施, 未実施…)
    and a box pair (「■実施　□未実施」: the filled box's word; None when no box or both are filled).
    """
    if isinstance(value, bool):
        return value
    s = label_key(value)
    if not s:
        return None
    if s.upper() in ("TRUE", "FALSE"):
        return s.upper() == "TRUE"
    if s in STATE_WORDS:
        return STATE_WORDS[s]
    if s[-1:] == "回" and (times := _TIMES.fullmatch(s)):
        return int(times.group(1)) > 0
    if s[-1:] == ")" and (word := _NOTED_STATE.sub("", s)) in STATE_WORDS:  # 「済（12/3）」, 「未（3月予定）」
        return STATE_WORDS[word]
    if len(s) >= 4 and s[0] in _BOX_START:
        pair, state = box_pair_state(s)
        if pair:
            return state
    if s[0] in "[(□☐" and (m := _BRACKET_MARK_KEY.match(s)):  # 「(レ)」 「[x]」 「□✓」 / 「( )」 「[ ]」 (label_key: no spaces)
        return m.group(1) is not None
    ch = s[0]
    if ch in DONE_GLYPHS:
        return None if ch == "ü" and s[1:2].isascii() and s[1:2].isalpha() else True  # (「über」: a word, no mark)
    if ch in NOT_DONE_GLYPHS:
        return False
    return None


# a check typed in brackets, as a converter or a retyping gives it: 「(レ)」 「[x]」 「[✓]」 「□✓」 done, 「( )」 「[ ]」 not
# (「□レ」 a check unless a katakana word goes on from the レ: 「□レクリエーション活動」 is an empty box before a word,
# 「□レ同時加入に向けた…」 a checked box)
_BRACKET_MARK_KEY = re.compile(r"(\[[xX✓✔レ]\]|\([レ✓✔○]\)|[□☐](?:[✓✔]|レ(?![ァ-ヶー])))|\[\]|\(\)")
_BRACKET_MARK = re.compile(r"(\[\s*[xX✓✔レ]\s*\]|\(\s*[レ✓✔○]\s*\)|[□☐]\s*(?:[✓✔]|レ(?![ァ-ヶー])))|\[\s*\]|\(\s*\)")


def split_glyph(value) -> tuple[str | None, str]:
    """'☑ 交付金…' → ('☑', '交付金…'); 「口 交付金…」 (a scanned □) → ('□', '交付金…'); text without a leading glyph →
    (None, text)."""
    s = normalize_text(value).strip()
    if s[:1] in ("[", "(", "□", "☐") and (m := _BRACKET_MARK.match(s)):  # 「(レ)交付金…」 「( )交付金…」 「□✓交付金…」
        return ("☑" if m.group(1) else "□"), s[m.end():].strip()
    if s and s[0] in CHECKBOX_GLYPHS and not (s[0] == "ü" and s[1:2].isascii() and s[1:2].isalpha()):  # (「über」)
        return s[0], s[1:].strip()
    if s[:1] in _OCR_BOXES and s[1:2].isspace() and len(s) > 4:  # 「口 単組に…」: an empty box as OCR reads it
        return "□", s[2:].strip()
    return None, s


def marked_choice(value) -> str | None:
    """A printed choice marked where it stands, a done mark before or after it (「◯全労連・医労連」, 「☑なし」,
    「全労連・医労連○」, 「なし（○）」): the choice's text; None for anything else."""
    if not isinstance(value, str) or len(value) > 40:
        return None
    glyph, rest = split_glyph(value)
    if glyph is not None:
        return rest if rest and glyph_state(glyph) is True else None
    s = normalize_text(value).strip()
    m = _TRAILING_MARK.fullmatch(s)
    return m.group(1).strip() if m and glyph_state(m.group(2)) is True else None


_TRAILING_MARK = re.compile(r"(.+?)[\s(（]*([^\s()（）])[)）]?")


_OCR_BOXES = frozenset("口ロ")  # the kanji 口 and katakana ロ a scanned form's □ comes back as (with a space after)


# --- numbers ------------------------------------------------------------------
class Flag(StrEnum):
    """What reading a number or a date noticed; the value is the Japanese note users see."""

    OK = ""
    APPROX = "概数"
    UNKNOWN = "不明"
    UNPARSEABLE = "読取不可"
    EXTRA = "注記あり"
    BLANK = "空欄"
    ERA_IMPLIED = "元号推定"
    TWO_DIGIT_YEAR = "西暦2桁"
    DATE_UNKNOWN = "日付読取不可"
    SUM = "足し算"  # 「212+35」: the numbers typed with + between them, added up
    CORRECTED = "訂正後"  # 「250→262」: the sender's own correction typed after the old value, the new one read
    SPACED = "空白を詰めた"  # 「1 250」 「62. 1」: a converter's or OCR's spaces inside one number, taken out


FLAG_OK, FLAG_APPROX, FLAG_UNKNOWN, FLAG_UNPARSEABLE = Flag.OK, Flag.APPROX, Flag.UNKNOWN, Flag.UNPARSEABLE
FLAG_EXTRA, FLAG_BLANK = Flag.EXTRA, Flag.BLANK

# Excel's largest number (the sheet shows 9.99999999999999E+307); anything larger, and
# infinities and NaN, cannot be stored in a cell and is treated as unreadable.
EXCEL_MAX_NUMBER = 9.99999999999999e307
_EXCEL_MAX_DECIMAL = Decimal("9.99999999999999E+307")
_MAX_DIGITS = 400  # more digits than any Excel number has; int() of a longer text is refused
OUT_OF_RANGE = "Excel で扱える数値の範囲（±9.99E+307）を超えています"


def excel_number_ok(value) -> bool:
    """True when ``value`` (int / float / Decimal) can be stored in an Excel cell."""
    if isinstance(value, float):
        return math.isfinite(value) and -EXCEL_MAX_NUMBER <= value <= EXCEL_MAX_NUMBER
    if isinstance(value, Decimal):
        return value.is_finite() and abs(value) <= _EXCEL_MAX_DECIMAL
    if isinstance(value, int):
        return -EXCEL_MAX_NUMBER <= value <= EXCEL_MAX_NUMBER
    return False

_NUM_RE = re.compile(r"[-−]?\d[\d,]*(?:\.\d+)?")
_APPROX_WORDS = ("概算", "程度", "約", "くらい", "ぐらい", "位", "前後", "ほど", "余り", "あまり", "以上", "以下", "弱", "強", "超",
                 "?", "か")
_UNKNOWN_WORDS = ("不明", "わからない", "分からない", "未把握", "把握していない", "?", "-", "ー", "―",
                  "不詳", "なし")
_UNIT_WORDS = ("名", "人", "件", "%", "人程度", "単組", "本", "個")


@dataclass(frozen=True)
class NumberReading:
    value: Decimal | None
    flag: str
    raw: str

    @property
    def number(self) -> float | int | None:
        if self.value is None:
            return None
        return int(self.value) if self.value == self.value.to_integral_value() else float(self.value)


def parse_number(raw) -> NumberReading:
    """Read a messy numeric answer: '729名', '400程度か', '不明', '28% 対象職員数1,003人'."""
    if raw is None:
        return NumberReading(None, FLAG_BLANK, "")
    if isinstance(raw, bool):
        return NumberReading(None, FLAG_UNPARSEABLE, str(raw))
    if isinstance(raw, _dt.date):  # 「10/12」 typed for 10 of 12, kept by Excel as the date 10月12日: no number of it
        return NumberReading(None, FLAG_UNPARSEABLE, cell_text(raw))  # (its year, 2026, was read)
    if isinstance(raw, (int, float, Decimal)):
        if not excel_number_ok(raw):  # NaN, infinities, beyond Excel's range
            return NumberReading(None, FLAG_UNPARSEABLE, _number_text(raw))
        text = str(raw)
        return NumberReading(Decimal(text), FLAG_OK, text)
    raw_s = str(raw)
    text, noted = _circled_note(raw_s)
    s = normalize_text(text).strip()
    if noted and any(ch.isdigit() for ch in s):
        s += " ※"  # (「12①」: 12 and a note's mark, said; not 121)
    if not s:
        return NumberReading(None, FLAG_BLANK, raw_s)
    if not s.isascii() and (kanji := kanji_count(s)) is not None:  # 「三百四十五人」 「二〇」: written in kanji
        s = kanji
    s = _MINUS_LIKE.sub("-", s)
    if s[:1] in ("▲", "△") and s[1:].lstrip()[:1].isdigit():  # 「▲5」: the Japanese minus of accounts (as parse_count)
        s = "-" + s[1:].lstrip()
    spaced = False
    if " " in s and _SPACED_DIGITS.search(s):  # 「1 250」 「1, 305」 「62. 1」: a converter's or OCR's spaces in one number
        joined = _SPACED_POINT.sub(r"\1.\2", _SPACED_GROUPS.sub(lambda m: m.group(0).replace(" ", "").replace(",", ""), s))
        spaced, s = joined != s, joined  # (said: two answers run together, 「609 366」, read so would be one number)
    if "+" in s and _SUM.fullmatch(s):  # 「212+35」 (正規 + 再任用, typed without =): the sum, said
        total = sum(Decimal(p.strip().rstrip("人名").strip().replace(",", "")) for p in s.split("+"))
        return NumberReading(total, Flag.SUM, raw_s) if excel_number_ok(total) else NumberReading(None, FLAG_UNPARSEABLE, raw_s)
    if "万" in s or "千" in s:  # 「約1.2万人」 is 12000, 「3万5千」 35000, 「2千人」 2000 (not 1.2, 3 and 5, 2)
        s = _TEN_THOUSANDS.sub(_written_out, s)
    matches = list(_NUM_RE.finditer(s))
    if not matches:
        compact = s.replace(" ", "")
        if any(w in compact for w in _UNKNOWN_WORDS) or set(compact) <= set("?-ー―‐‑‒–—−"):
            return NumberReading(None, FLAG_UNKNOWN, raw_s)
        return NumberReading(None, FLAG_UNPARSEABLE, raw_s)
    first = matches[0]
    token = first.group().replace(",", "").replace("−", "-")
    try:
        value = Decimal(token)
    except InvalidOperation:  # pragma: no cover - regex guarantees a number
        return NumberReading(None, FLAG_UNPARSEABLE, raw_s)
    if not excel_number_ok(value):  # '1' followed by 309 zeros
        return NumberReading(None, FLAG_UNPARSEABLE, raw_s)
    rest = (s[: first.start()] + " " + s[first.end():]).strip()
    if len(matches) > 1:
        return NumberReading(value, FLAG_EXTRA, raw_s)
    rest_compact = rest.replace(" ", "")
    if not rest_compact:
        return NumberReading(value, Flag.SPACED if spaced else FLAG_OK, raw_s)
    stripped = rest_compact
    for unit in sorted(_UNIT_WORDS, key=len, reverse=True):
        if stripped.startswith(unit):
            stripped = stripped[len(unit):]
            break
    if not stripped:
        return NumberReading(value, Flag.SPACED if spaced else FLAG_OK, raw_s)
    if any(w in rest_compact for w in _APPROX_WORDS):
        return NumberReading(value, FLAG_APPROX, raw_s)
    return NumberReading(value, FLAG_EXTRA, raw_s)


_SPACED_DIGITS = re.compile(r"\d[.,]? \d")
# thousands set off by a space (「1 250」, 「2 345 678」) or by a comma and a space (「1, 305」): exactly three digits
# after each separator, a number of its own (no digit or point around it)
_SPACED_GROUPS = re.compile(r"(?<![\d.,])\d{1,3}(?:(?: |, ?)\d{3})+(?![\d,])")
_SPACED_POINT = re.compile(r"(?<![\d.])(\d+)\. (\d+)(?![\d.])")  # 「62. 1」: the decimal point with a space after it
_SUM = re.compile(r"\d[\d,]*(?:\.\d+)?\s*[人名]?(?:\s*\+\s*\d[\d,]*(?:\.\d+)?\s*[人名]?)+")
# a number with 万 / 千 after it (「1.2万」, 「3万5千」, 「1万2000」, 「2千」): written out before the number is read
_TEN_THOUSANDS = re.compile(r"(?<![\d.,])(\d[\d,]*(?:\.\d+)?)\s*(?:万\s*(?:(\d{1,4})\s*(千)?(?![\d.]))?|千(?![\d.]))")


def _written_out(m: re.Match) -> str:
    whole, part, thousand = m.group(1).replace(",", ""), m.group(2), m.group(3)
    if "万" not in m.group(0):  # 「2千」
        return _plain(Decimal(whole) * 1000)
    value = Decimal(whole) * 10000
    if part is not None:
        value += Decimal(part) * (1000 if thousand else 1)
    return _plain(value)


def _plain(d: Decimal) -> str:
    """A Decimal as digits with no exponent (12000, not 1.2E+4)."""
    return format(d.normalize(), "f") if d == d.to_integral_value() else format(d, "f")


# a count typed as its working: 「正規86＋会計年度12＝98」 (parts, each with its name or not, then = and the result)
_WORKED = re.compile(r"((?:[^\d=+]{0,12}\d[\d,]*\s*[人名]?\s*\+\s*)+[^\d=+]{0,12}\d[\d,]*\s*[人名]?)\s*=\s*"
                     r"(\d[\d,]*)\s*[人名]?")
# counts named one after another: 「自治労連4・医労連2」, 「事務3、技術2」 (a name without digits before each)
_NAMED_COUNT = re.compile(r"([^\d\s・、,/:()]{1,12}?)\s*:?\s*(\d[\d,]*)\s*[人名]?")
_NAMED_SEPARATOR = re.compile(r"\s*(?:[・、/]|,(?!\d{3}))\s*|(?<=[\d人名])\s+")
_PERIOD_NAME = re.compile(r"年|月|度|回|前|昨|今|計|約|うち")  # 「今年4・昨年3」, 「計5」: no parts of one count


def worked_count(raw) -> tuple[int, int] | None:
    """A count typed with its working, 「正規86＋会計年度12＝98」: (the result after =, the sum of the parts before
    it); None for any other text."""
    if not isinstance(raw, str) or len(raw) > 80 or not ("=" in raw or "＝" in raw):
        return None
    m = _WORKED.fullmatch(normalize_text(raw).strip())
    if m is None:
        return None
    parts = sum(int(p.replace(",", "")) for p in _NUM_RE.findall(m.group(1)))
    return int(m.group(2).replace(",", "")), parts


_FRACTION = re.compile(r"(\d[\d,]*)\s*[人名]?\s*[/÷]\s*(\d[\d,]*)\s*[人名]?")


def fraction_percent(raw) -> int | float | None:
    """A rate typed as the fraction of two counts, 「60/120」, 「3÷120」: the percentage to 0.1 (half up: 50,
    2.5); None for any other text (a part larger than its whole, 「10/1」, is no rate)."""
    if not isinstance(raw, str) or len(raw) > 40 or not ("/" in raw or "／" in raw or "÷" in raw):
        return None
    m = _FRACTION.fullmatch(normalize_text(raw).strip())
    if m is None:
        return None
    part, whole = (Decimal(g.replace(",", "")) for g in m.groups())
    if not 0 <= part <= whole or whole == 0:
        return None
    rate = (part * 100 / whole).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return int(rate) if rate == rate.to_integral_value() else float(rate)


def named_counts(raw) -> list[tuple[str, int]] | None:
    """Two or more counts, each after a name, in one cell (「自治労連4・医労連2」): [(name, count)]; None for any
    other text (a period's name, 「今年4・昨年3」, is no part of one count)."""
    if not isinstance(raw, str) or len(raw) > 80:
        return None
    text = normalize_text(raw).strip()
    parts = [p for p in _NAMED_SEPARATOR.split(text) if p]
    if len(parts) < 2:
        return None
    out = []
    for p in parts:
        m = _NAMED_COUNT.fullmatch(p)
        if m is None or _PERIOD_NAME.search(m.group(1)):
            return None
        out.append((m.group(1), int(m.group(2).replace(",", ""))))
    return out if len({n for n, _ in out}) == len(out) else None


_TENTHS = re.compile(r"^(約|およそ|概ね|大体)?\s*(\d{1,2})\s*割(?:\s*(\d)\s*分)?\s*(程度|くらい|ぐらい|弱|強|位)?$")


def tenths_percent(raw) -> tuple[int | None, str]:
    """A rate typed in tenths, 「２割」「約２割」「2割5分」, as a percentage (20, 20, 25) with its flag (概数 when
    約 / 程度 / 弱 … says so); (None, "") for any other text."""
    if not isinstance(raw, str) or "割" not in raw:
        return None, ""
    m = _TENTHS.match(normalize_text(raw).strip())
    if m is None or int(m.group(2)) > 10:
        return None, ""
    value = int(m.group(2)) * 10 + int(m.group(3) or 0)
    return value, FLAG_APPROX if m.group(1) or m.group(4) else FLAG_OK


def number_value(raw) -> tuple[int | float | None, str]:
    """(parse_number(raw).number, its flag), without building the reading for a plain int or float
    below 2**53 (where the float's own digits are exact: the same value parse_number gives)."""
    if type(raw) is float and -_EXACT_FLOAT < raw < _EXACT_FLOAT:
        return (int(raw) if raw.is_integer() else raw), FLAG_OK
    if type(raw) is int and -_EXACT_FLOAT < raw < _EXACT_FLOAT:
        return raw, FLAG_OK
    n = parse_number(raw)
    return n.number, n.flag


_EXACT_FLOAT = 2.0 ** 53


# a value corrected in its cell: the old one, an arrow, the new one (「250→262」, 「□→☑」); ARROW_CHARS tells cheaply
# whether a text can hold one
CORRECTION_ARROW = re.compile(r"\s*(?:→|⇒|➡|->|=>)\s*")
ARROW_CHARS = frozenset("→⇒➡>")
_COUNT_NOTE = re.compile(r"([-−]?[\d,]+(?:件|人|名)?)\(([^()]{1,20})\)")  # (normalised: （） are ())
# circled numbers (①-⑳, ⓪, ㉑-㊿; ❶-❿ and ➀-➓ stay themselves under NFKC) typed after a number are a footnote's mark
# (「4①」, 「412 ①」, 「366①人」: the note under the table): NFKC would make them digits of the number (41, 4121, 3661);
# after a dash (「ー①」: none, and the note) they are no minus one either
_CIRCLED = re.compile("[\\s\u3000]*([\u2460-\u2473\u24ea\u3251-\u325f\u32b1-\u32bf\u2776-\u2793]+)"
                      "[\ufe0e\ufe0f\u200b\u2060\ufeff]*([件人名%％]?)[\\s\u3000\ufe0e\ufe0f\u200b\u2060\ufeff]*$")
# a dash typed for the minus sign before a number (「‐1」 a hyphen, 「ー1」 the long-vowel mark an IME gives for 「-」)
_MINUS_LIKE = re.compile(r"^[\u2010-\u2015\u30fc]\s*(?=\d)")


def _circled_note(raw: str) -> tuple[str, str]:
    """(the text without a circled number typed after its number or a dash, that mark or "")."""
    m = _CIRCLED.search(raw)
    if m is None or m.start() == 0:
        return raw, ""
    before = normalize_text(raw[m.start() - 1])
    if not (before.isdigit() or before in _DASHES):
        return raw, ""
    return raw[:m.start()] + m.group(2), m.group(1)


_NOTE_MARKS = frozenset("※*†‡")  # a footnote's mark typed after a count (「12※」; ＊ is * once normalised)
# a count cell holding only a dash: "none", a blank
_DASHES = frozenset({"-", "－", "ー", "―", "‐", "−", "‑", "‒", "–", "—"})


# (dates' numerals too: _kanji_number)
_KANJI_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_KANJI_UNITS = {"十": 10, "百": 100, "千": 1000}
# a count written in kanji and nothing else (a unit after it, 約 before it): 「三百四十五人」 「十二」 「二〇」 「五三五」;
# never a word holding a numeral (「一部」 「一般」 「万一」)
_KANJI_COUNT = re.compile(r"^(約|およそ)?([〇零一二三四五六七八九十百千万]+)(人|名|件|組合|単組|程度|くらい|ぐらい)?$")


def kanji_count(text: str) -> str | None:
    """``text`` with its count in kanji written in digits (「三百四十五人」 → 「345人」, 「二〇」 → 「20」), or None when
    it is not a count in kanji alone."""
    m = _KANJI_COUNT.match(text)
    if m is None or m.group(2)[0] == "万":  # (「万一」: a word)
        return None
    if m.group(2) in ("一", "〇") and not (m.group(1) or m.group(3)):  # 「一」 alone: a dash typed with the IME
        return None  # (or the radical ⼀ a PDF gives), 「〇」 a mark: neither is a count said in kanji
    run = m.group(2)
    if not any(ch in _KANJI_UNITS or ch == "万" for ch in run):  # 「二〇」 「五三五」: digit by digit
        value = int("".join(str(_KANJI_DIGITS[ch]) for ch in run))
    else:  # 「三百四十五」 「十二」 「二万五千」
        total = section = digit = 0
        for ch in run:
            if ch in _KANJI_DIGITS:
                digit = _KANJI_DIGITS[ch]
            elif ch == "万":
                total += (section + digit) * 10000
                section = digit = 0
            else:
                section += (digit or 1) * _KANJI_UNITS[ch]
                digit = 0
        value = total + section + digit
    return f"{m.group(1) or ''}{value}{m.group(3) or ''}"
_COUNT_UNITS = ("件", "人", "名")  # a unit typed after the count, as HQ prints it: 「12件」 (「842名」: members)


def parse_count(raw) -> tuple[int | float | None, str]:
    """A count cell in a grid or a table: numbers, '1,677', full-width digits, blank; 「-」 / 「－」 alone is a
    blank; 「12件」 / 「5人」 / 「842名」 lose the unit; 「▲1」 / 「△1」 are −1 (the Japanese minus of accounts).

    Returns (value, problem); problem is '' when clean.  Text that is not a
    plain number is not guessed: value None and a Japanese problem text.
    """
    if raw is None or raw == "":
        return None, ""
    if isinstance(raw, bool):
        return None, "数値ではありません"
    if isinstance(raw, (int, float, Decimal)):
        if not excel_number_ok(raw):
            return None, f"{OUT_OF_RANGE}（{_number_text(raw)}）"
        if isinstance(raw, Decimal):
            raw = int(raw) if raw == raw.to_integral_value() else float(raw)
        if isinstance(raw, float) and raw.is_integer():
            return int(raw), ""
        # a formula's result a binary float from a whole count (=170*1.1 is 187.00000000000003): the count Excel shows
        # (15 significant digits), not a fraction that makes 187 of 187 short of its target
        if isinstance(raw, float) and 1 <= abs(raw) < 1e15 and abs(raw - round(raw)) <= 1e-12 * abs(raw):
            return int(round(raw)), ""  # (a few units in the last place: 12345678.01 stays a fraction)
        return raw, "" if isinstance(raw, int) else "整数ではありません"
    text, noted = _circled_note(str(raw))
    s = normalize_text(text).strip().replace(" ", "")
    if not s or s in _DASHES:
        return None, ""
    if not s.isascii() and (kanji := kanji_count(s)) is not None:  # 「十二件」
        s = kanji
    s = _MINUS_LIKE.sub("-", s)
    if not noted and s[-1:] in _NOTE_MARKS and len(s) > 1 and s[-2].isdigit():  # 「12※」: the number, a footnote's mark
        noted, s = s[-1], s[:-1]
    elif not noted and s.endswith(")") and (m := _COUNT_NOTE.fullmatch(s)):  # 「40（上期22）」: a note in brackets after it
        noted, s = f"（{m.group(2)}）", m.group(1)
    if s.endswith(_COUNT_UNITS):
        s = s[:-1]
    if s[:1] in ("▲", "△"):
        s = "-" + s[1:]
    if len(s) > _MAX_DIGITS:
        return None, f"{OUT_OF_RANGE}（{len(s):,} 文字）"
    if re.fullmatch(r"[-−]?\d{1,3}(,\d{3})+|[-−]?\d+", s):
        v = int(s.replace(",", "").replace("−", "-"))
        if not excel_number_ok(v):
            return None, f"{OUT_OF_RANGE}（{_shorten(s)}）"
        return v, (f"注記{'の印' if len(noted) == 1 else ''}「{noted}」を除いて {v} と読みました（{_shorten(str(raw))}）"
                   if noted else "")
    try:
        v = float(s.replace("−", "-"))
    except ValueError:
        return None, f"数値として読めません（{_shorten(str(raw))}）"
    if not excel_number_ok(v):  # 'inf', 'nan', '1e309'
        return None, f"数値として読めません（{_shorten(str(raw))}）"
    return v, "整数ではありません"


def cell_text(value) -> str:
    """A cell's value as text the way Excel shows it in a General cell, for what a person reads (free texts,
    answers found elsewhere, the raw reading): 7 not 7.0, TRUE not True, a date without a time of 00:00, a
    duration as [h]:mm:ss, not Python's spellings ('10 days, 15:10:10')."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return format(value, ".15g").replace("e+", "E+").replace("e-", "E-")
    if isinstance(value, _dt.datetime):
        value = value + _dt.timedelta(microseconds=500_000 if value.microsecond >= 500_000 else 0)  # to the second
        if value.time() < _dt.time(0, 0, 1):
            return value.date().isoformat()
        return value.strftime("%Y-%m-%d %H:%M:%S" if value.second else "%Y-%m-%d %H:%M")
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, _dt.time):
        seconds = value.hour * 3600 + value.minute * 60 + value.second + (value.microsecond >= 500_000)
        h, m, sec = seconds // 3600 % 24, seconds // 60 % 60, seconds % 60
        return f"{h:02d}:{m:02d}:{sec:02d}" if sec else f"{h:02d}:{m:02d}"
    if isinstance(value, _dt.timedelta):
        seconds = round(value.total_seconds())
        sign, seconds = ("-" if seconds < 0 else ""), abs(seconds)
        return f"{sign}{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"
    return str(value)


def _number_text(value) -> str:
    """A number as text for a message; str() of an int over 4,300 digits would raise."""
    if isinstance(value, int) and value.bit_length() > 1400:
        return f"約 {value.bit_length() * 0.30103:,.0f} 桁の数"
    return _shorten(str(value))


def _shorten(text: str, n: int = 60) -> str:
    return text if len(text) <= n else text[:n] + f"…（{len(text):,} 文字）"


# --- dates ----------------------------------------------------------------------
_ERAS = {"令和": 2018, "R": 2018, "平成": 1988, "H": 1988, "昭和": 1925, "S": 1925}
FLAG_ERA_IMPLIED, FLAG_TWO_DIGIT_YEAR, FLAG_DATE_UNKNOWN = Flag.ERA_IMPLIED, Flag.TWO_DIGIT_YEAR, Flag.DATE_UNKNOWN


@dataclass(frozen=True)
class DateReading:
    year: int | None
    month: int | None
    day: int | None
    flag: str
    raw: str

    @property
    def date(self) -> _dt.date | None:
        if self.year and self.month and self.day:
            return _dt.date(self.year, self.month, self.day)
        return None

    def iso(self) -> str:
        if self.year is None:
            return ""
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


def date_candidates(raw) -> list[str]:
    """What an unreadable short year could have meant: '10年1月' → 令和10年（2028年）, 平成10年（1998年）, 2010年."""
    m = _DATE_RE.match(normalize_text(raw).strip().upper().replace(" ", "")) if isinstance(raw, str) else None
    if not m or m.group("era") or not m.group("y").isdigit() or int(m.group("y")) >= 100:
        return []
    y = int(m.group("y"))
    return [f"令和{y}年（{2018 + y}年）", f"平成{y}年（{1988 + y}年）", f"{2000 + y}年"]


_DATE_RE = re.compile(
    r"^(?P<era>令和|平成|昭和|[RHS])?\s*(?P<y>\d{1,4}|元)\s*(?:年|/|-|\.)\s*(?P<m>\d{1,2})\s*(?:月|/|-|\.)?"
    r"\s*(?:(?P<d>\d{1,2})\s*日?)?"
)
EXCEL_EPOCH = _dt.date(1899, 12, 30)
_KANJI_NUMBER = re.compile("[〇一二三四五六七八九十]+")


def _kanji_number(m: re.Match) -> str:
    """「十四」 → 14, 「二十」 → 20, 「七」 → 7, 「二〇二五」 → 2025 (digit by digit when there is no 十)."""
    text = m.group(0)
    if "十" not in text:
        return "".join(str(_KANJI_DIGITS[c]) for c in text)
    tens, _, ones = text.partition("十")
    if "十" in ones or len(tens) > 1 or len(ones) > 1:
        return text  # not a number of a date (「十十」): left for the date pattern to refuse
    return str((_KANJI_DIGITS[tens] if tens else 1) * 10 + (_KANJI_DIGITS[ones] if ones else 0))


_KANJI_YEAR_MONTH = re.compile("[〇一二三四五六七八九十]+(?=年|月)|元(?=年)")


def kanji_year_month(text: str) -> str:
    """Years and months written in kanji as digits: 「令和四年度」 → 令和4年度, 「十月」 → 10月, 「令和元年」 → 令和1年
    (only numerals just before 年 or 月: 「十日町」 and 「一般」 are left as they are)."""
    return _KANJI_YEAR_MONTH.sub(lambda m: "1" if m.group(0) == "元" else _kanji_number(m), text)


_FY_WESTERN = re.compile(r"((?:19|20)\d{2})年?度?")
_FY_ERA = re.compile(r"(令和|R|平成|H)(\d{1,2})年?度?")


def fiscal_year_cell(value) -> int | None:
    """The fiscal year a 「年度」 cell of a table gives: 2024, 「2024」, 「2024年度」, 「令和6年度」, 「R6」, 「令和四年度」,
    「令和元年度」 → its year; None for any other value."""
    if type(value) in (int, float) and value == int(value) and 1900 < value < 2100:
        return int(value)
    if not isinstance(value, str) or not value.strip() or len(value) > 16:
        return None
    key = label_key(kanji_year_month(value)).upper()
    if m := _FY_WESTERN.fullmatch(key):
        return int(m.group(1))
    if m := _FY_ERA.fullmatch(key):
        return (2018 if m.group(1) in ("令和", "R") else 1988) + int(m.group(2))
    return None


_WESTERN_IN_BRACKETS = re.compile(r"(?<=年)\((?:19|20)\d{2}年?\)")
# 「2025年（令和7年）10月1日」: the era's year in brackets after the western one (upper-cased: R, H)
_ERA_IN_BRACKETS = re.compile(r"(?<=\d年)\((?:令和|平成|[RH])\d{1,2}年?\)")


def _packed_date(n: int, raw: str = "") -> DateReading | None:
    """20250218 (typed as a number: far past any Excel serial date) or 202502: the year, month and day run
    together; None when it is no such date (years 1900–2100)."""
    text = raw or str(n)
    if 19000101 <= n <= 21001231:
        y, md = divmod(n, 10000)
        try:
            _dt.date(y, md // 100, md % 100)
        except ValueError:
            return None
        return DateReading(y, md // 100, md % 100, FLAG_OK, text)
    if 190001 <= n <= 210012 and 1 <= n % 100 <= 12:
        return DateReading(n // 100, n % 100, None, FLAG_OK, text)
    return None


def year_month_number(value) -> tuple[int, tuple[int, ...]] | None:
    """A year and month typed as a number, as Excel keeps it: 2026.11 → (2026, (11,)); 2026.1 is 「2026.1」 or 「2026.10」
    (Excel drops the 0): (2026, (1, 10)); None for any other value (a whole number, 2026.13, a count)."""
    if type(value) is not float or not 1900 < value < 2100 or value.is_integer():
        return None
    year, digits = repr(value).split(".")
    month = int(digits) if len(digits) <= 2 else 0
    if not 1 <= month <= 12:
        return None
    return int(year), ((1, 10) if digits == "1" else (month,))


def parse_date(raw, *, today: _dt.date | None = None) -> DateReading:
    """2025年1月24日, 2025/1/24, R7年1月, 令和7年1月, ７年１月, 25年1月, 2024年11月時点, 20250124, 202501,
    a datetime, or an Excel serial number."""
    if raw is None or raw == "":
        return DateReading(None, None, None, FLAG_BLANK, "")
    if isinstance(raw, _dt.datetime):
        return DateReading(raw.year, raw.month, raw.day, FLAG_OK, raw.isoformat())
    if isinstance(raw, _dt.date):
        return DateReading(raw.year, raw.month, raw.day, FLAG_OK, raw.isoformat())
    if (ym := year_month_number(raw)) is not None:  # 「2026.11」 kept by Excel as a number; 2026.1 (January or
        return parse_date(repr(raw)) if len(ym[1]) == 1 else DateReading(None, None, None,  # October): not read
                                                                         FLAG_DATE_UNKNOWN, repr(raw))
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        if 20000 < raw < 80000:
            d = EXCEL_EPOCH + _dt.timedelta(days=int(raw))
            return DateReading(d.year, d.month, d.day, FLAG_OK, str(raw))
        # a whole number (never ±inf or NaN: a damaged cell's <v>1e400</v> arrives as float infinity)
        whole = type(raw) is int or (isinstance(raw, float) and raw.is_integer())
        packed = _packed_date(int(raw)) if whole else None
        return packed or DateReading(None, None, None, FLAG_DATE_UNKNOWN, str(raw))
    raw_s = str(raw)
    s = normalize_text(raw_s).strip().upper().replace(" ", "")
    if "(" in s:  # 「令和7年（2025年）2月17日」: the western year in brackets after the era's
        s = _ERA_IN_BRACKETS.sub("", _WESTERN_IN_BRACKETS.sub("", s))
    if "年" in s and _KANJI_NUMBER.search(s):  # 「令和七年二月十四日」: the numbers in kanji, as in a formal letter
        s = _KANJI_NUMBER.sub(_kanji_number, s)
    if s.isdigit() and len(s) in (6, 8):
        packed = _packed_date(int(s), raw_s)
        if packed is not None:
            return packed
    m = _DATE_RE.match(s)
    if not m:
        return DateReading(None, None, None, FLAG_DATE_UNKNOWN, raw_s)
    era = m.group("era")
    ytxt = m.group("y")
    y = 1 if ytxt == "元" else int(ytxt)
    flag = FLAG_OK
    if era:
        y += _ERAS[era]
    elif y < 100:
        # Two digits: 25 → 2025 (western); 1–12 without an era → 令和 (「7年1月」, 「7.2.14」: nobody dates a report
        # 2007; a 令和 year still to come is refused below).
        if y <= 12:
            y += _ERAS["令和"]
            flag = FLAG_ERA_IMPLIED
        else:
            y += 2000
            flag = FLAG_TWO_DIGIT_YEAR
    elif y < 1900:
        return DateReading(None, None, None, FLAG_DATE_UNKNOWN, raw_s)
    month = int(m.group("m"))
    day = int(m.group("d")) if m.group("d") else None
    if not 1 <= month <= 12:
        return DateReading(None, None, None, FLAG_DATE_UNKNOWN, raw_s)
    today = today or _dt.date.today()
    if flag == FLAG_ERA_IMPLIED and (y, month) > (today.year, today.month):
        return DateReading(None, None, None, FLAG_DATE_UNKNOWN, raw_s)  # 令和10年 is still to come: not a guess
    if day is not None:
        try:
            _dt.date(y, month, day)
        except ValueError:
            return DateReading(None, None, None, FLAG_DATE_UNKNOWN, raw_s)
    return DateReading(y, month, day, flag, raw_s)
