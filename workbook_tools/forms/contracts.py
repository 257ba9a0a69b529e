"""Form definition of Report B input: 新契約件数 per product × 県支部."""
from __future__ import annotations

import re
from functools import lru_cache

from workbook_tools.core.contracts import PRODUCTS as PRODUCT_NAMES
from workbook_tools.core.normalize import TRAILING_NOTE, label_key
from workbook_tools.forms.model import INTEGER, TEXT, YEAR_MONTH, Column, TableDef

VERSION = "1.0"

FIGURES = TableDef(
    kind="contracts",
    sheet="実績入力",
    title="新契約件数 主要共済の実績（県支部別入力）",
    columns=(
        # (「共済種目名」「集計年月」: HQ's system prints its export so, and staff paste it in)
        Column("product", "商品", TEXT, aliases=("共済", "商品名", "共済名", "共済種目名", "共済種目", "種目名", "共済種類"),
               width=28),
        Column("branch", "県支部", TEXT, aliases=("県名", "県本部", "県支部名"), width=10),
        Column("target", "目標", INTEGER, aliases=("目標件数", "目標数", "年間目標", "年度目標", "目標(年間)", "推進目標",
                                                "推進目標件数"),
               required=False,
               help="目標件数（0 以上の整数）", width=10),
        Column("actual", "実績", INTEGER, aliases=("実績件数", "新契約件数", "実績数", "新契約", "新規契約件数", "累計実績",
                                                "実績(累計)", "実績累計", "累計", "獲得件数", "獲得数", "獲得実績"),
               required=False,
               help="新契約の実績件数（0 以上の整数）", width=10),
        Column("as_of", "時点", YEAR_MONTH, aliases=("集計月", "年月", "集計時点", "基準日", "基準月", "集計期間", "時点(年月)",
                                                   "集計年月", "対象年月", "計上年月", "報告月"),
               required=False, width=12,
               in_template=False),  # older inputs carry it per row; the template has it in 商品設定
    ),
    instructions=(
        "商品ごと・県支部ごとに目標と実績（新契約件数）を入力してください。",
        "商品名と県支部名は変更しないでください。目標が 0 または空欄の県支部は到達率を表示しません。",
    ),
)

PRODUCTS = TableDef(
    kind="contracts",
    sheet="商品設定",
    title="商品ごとの集計時点と注記",
    columns=(
        Column("product", "商品", TEXT, aliases=("共済", "商品名"), width=28),
        Column("as_of", "時点", YEAR_MONTH, aliases=("集計月", "年月", "集計時点", "基準日", "基準月", "集計期間"), required=False,
               help="この商品の実績の時点（例 2025年1月）", width=14),
        Column("note", "注記", TEXT, required=False, help="商品の下に印刷する注記（任意）", width=60),
    ),
)

# The names staff write for the products: the canonical name first is always known; these are the other ways.
# A name of four characters or more is also found inside a longer heading (「団体生命共済 新契約実績（2025年1月末）」);
# a shorter one only as the whole heading, or with 目標 / 実績 beside it (「団生目標」, 「火災（実績）」).
PRODUCT_ALIASES = {
    "団体生命共済": ("団体生命", "団生", "生命"),
    "じちろう退職者団体生命共済": ("退職者団体生命共済", "退職者団体生命", "退職者団生", "退職団生", "退職者", "退職",
                                   "退団"),
    "じちろうマイカー共済": ("マイカー共済", "じちろうマイカー", "マイカー"),
    "車両損害補償": ("車両損害", "車両補償", "車両"),
    "自賠責共済": ("自賠責", "自賠"),
    "火災共済": ("火災",),
    "自然災害共済": ("自然災害", "自災"),
    "長期共済": ("長期", "長共"),  # (「長共」: the offices' own abbreviation in their reports)
    "税制適格年金": ("税制適格", "適格年金", "税適年金", "税適"),
    "こども保障満期金付きタイプ": ("こども保障満期金付", "こども保障", "子ども保障", "こども満期", "子ども満期",
                                   "こども共済", "こども", "子ども"),
    "交通災害共済": ("交通災害", "交災"),
}
# a long table of one figure a row (a system's 縦持ち export: 県支部｜種目｜区分｜件数, 区分 目標 / 単月 / 累計): the column
# saying which figure the row is, and the column holding it
KIND_LABELS = ("区分", "区分名", "集計区分", "実績区分", "数値区分", "件数区分", "データ区分")
COUNT_LABELS = ("件数", "値", "数値", "数量")
# the lines a system's export ends with, under the data: a record count (「出力件数｜72」) and an end mark (「*** 以上 ***」)
TRAILER_LABELS = ("出力件数", "抽出件数", "データ件数", "レコード件数", "レコード数", "総件数", "件数", "以上", "END", "EOF")
RATE_LABELS = ("到達率", "達成率", "率", "到達率(%)", "達成率(%)")  # a rate column: recomputed, never read
# other figures, never read as 実績: the month alone (「単月」 beside 「累計」 under 実績), last year's
MONTH_LABELS = ("当月実績", "今月実績", "当月", "月間実績", "前年同期", "前年同月", "前年実績", "単月", "単月実績",
                "単月件数", "前年度実績", "前年度", "昨年度実績")  # (前年度実績: the base a 目標 was set on)
# the count through the month before (「前月までの累計」): with 当月 beside it and no 累計 column, their sum is the 実績
PRIOR_LABELS = ("前月までの累計", "前月迄の累計", "前月までの累計件数", "前月までの実績", "前月累計", "前月末累計", "前月末までの累計",
                "前月までの累計実績", "前月累計件数", "前月累計実績")
TOTAL_LABELS = ("合計", "計", "全国計", "全国", "総計", "小計", "全国合計", "総合計", "県支部計",
                "集計", "集計行")  # rows that are not a 県支部 (集計: an Excel table's total row)

_INNER = re.compile(r"\(([^()]+)\)$")
_NUMBERING = re.compile(r"^(?:[(（]?\d{1,2}[)）.．、]|[①-⑳])\s*")


def _product_keys() -> tuple[dict[str, str], tuple[tuple[str, str], ...]]:
    exact = {}
    for name in PRODUCT_NAMES:
        for alias in (name, *PRODUCT_ALIASES.get(name, ())):
            exact[label_key(alias)] = name
    inside = tuple(sorted(((k, v) for k, v in exact.items() if len(k) >= 4), key=lambda kv: -len(kv[0])))
    return exact, inside


_EXACT, _INSIDE = _product_keys()
_MEASURE_KEYS = {k: m for m in ("target", "actual") for k in FIGURES.column(m).label_keys()}
_MEASURE_KEYS.update({label_key(r): "rate" for r in RATE_LABELS})
_MEASURE_KEYS.update({label_key(r): "other" for r in MONTH_LABELS})
_MEASURE_KEYS.update({label_key(r): "prior" for r in PRIOR_LABELS})
_LONGEST_FIRST = sorted(_MEASURE_KEYS.items(), key=lambda kv: -len(kv[0]))  # (a longer word before its part)
# a key that begins with a measure word or ends with one (bracketed or not): only such a key is tried word by word
_MEASURE_EDGE = re.compile("^(?:{0})|(?:{0})\\)?$".format("|".join(re.escape(k) for k, _ in _LONGEST_FIRST)))


def measure_of(text) -> str | None:
    """"target", "actual", "rate", "other" (当月実績, 単月, 前年同期: figures not read) or "prior" (前月までの累計: read
    only added to 当月 where no 累計 is) for a column heading that names one (目標, 年間目標, 実績, 累計実績, 新契約件数,
    到達率)."""
    if not isinstance(text, str):
        return None
    key = _bare(_PIVOT_SUM.sub("", label_key(text)))
    hit = _MEASURE_KEYS.get(key)
    if hit is None and key.endswith(")"):  # 「実績（2025年1月末）」: the measure, with its month beside it
        hit = _MEASURE_KEYS.get(TRAILING_NOTE.sub("", key))
        if hit in ("target", "actual"):  # 「実績（単月）」 is the month alone, 「実績（累計）」 the year so far
            inner = key[key.rindex("(") + 1:-1]
            hit = "other" if ONE_MONTH.search(inner) and not (hit == "actual" and _SO_FAR.search(inner)) else hit
    return hit


# words saying a figure is one month's own (「実績（単月）」, 「当月」 beside 「前月までの累計」; 「当月末」 is an as-of)
ONE_MONTH = re.compile("単月|当月(?!末)|今月(?!末)|月間")
_SO_FAR = re.compile("累計|累積|まで|迄")  # … unless it says the year so far: 「当月累計」, 「今月まで」


# a pivot table's value heading: 「合計 / 目標件数」, 「合計：実績」, 「Sum of 目標」 (the field it sums)
_PIVOT_SUM = re.compile(r"^(?:合計|総計|sumof)[/:：]?(?=\S)", re.I)


def _bare(key: str) -> str:
    """A heading key without a unit in brackets: 目標(件) → 目標."""
    return re.sub(r"\((?:件|%|人)\)$", "", key)


def product_of(text) -> tuple[str | None, str | None]:
    """(canonical product, measure) a heading names: 「団体生命共済」 → (団体生命共済, None), 「団生目標」 / 「火災（実績）」
    → (…, target / actual), 「(1) 団体生命共済 (2025年1月)」 → (団体生命共済, None); (None, None) when it names none."""
    if not isinstance(text, str) or len(text) > HEADING_MAX:
        return None, None
    return _product_of(text)


HEADING_MAX = 100  # longer than any heading (「(1) 団体生命共済 (2025年1月)」): a note or a text, never a product's name


@lru_cache(maxsize=16384)
def _product_of(text: str) -> tuple[str | None, str | None]:
    """product_of of a text, worked out once per text (a reader asks it of every cell, some cells twice; a
    sheet of 57,000 texts took 8 s)."""
    key = label_key(_NUMBERING.sub("", text.strip()))
    if not key:
        return None, None
    if key in _EXACT:
        return _EXACT[key], None
    for mkey, measure in _LONGEST_FIRST if _MEASURE_EDGE.search(key) else ():
        wrapped = f"({mkey})"
        for rest in (key[:-len(mkey)] if key.endswith(mkey) else None,
                     key[:-len(wrapped)] if key.endswith(wrapped) else None,
                     key[len(mkey):] if key.startswith(mkey) else None):
            rest = rest.strip("()・/-_:") if rest else rest
            if rest and rest in _EXACT:
                return _EXACT[rest], measure
    bare = TRAILING_NOTE.sub("", key)  # 「火災（2025年1月）」, 「団生(速報)」 (a measure in brackets is found above)
    if bare != key and bare in _EXACT:
        return _EXACT[bare], None
    inner = _INNER.search(key)  # 「住まいる（火災）」: a brand name, the product in brackets
    if inner and inner.group(1) in _EXACT:
        return _EXACT[inner.group(1)], None
    for alias, name in _INSIDE:
        if alias in key:
            measure = next((m for k, m in _LONGEST_FIRST if key.endswith(k) or key.endswith(f"({k})")), None)
            return name, measure
    return None, None


def is_total(text) -> bool:
    """A row heading of a total (合計, 全国計, 小計, ○○ブロック, ○○ブロック計), not a 県支部."""
    if not isinstance(text, str):
        return False
    key = label_key(text)
    return key in _TOTAL_KEYS or (key.endswith("計") and len(key) <= 8) or key.startswith(("合計", "全国計")) \
        or key.endswith(("ブロック", "ブロック計", "地連", "地連計", "地区計", "合計", "総計"))


_TOTAL_KEYS = frozenset(label_key(t) for t in TOTAL_LABELS)
