"""自治労県コード ↔ 県名 (and JIS), with the name variants people write."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from workbook_tools.core.normalize import label_key

SECTOR_CODE = "60"  # 社保労連: a national sector, excluded from national totals


@dataclass(frozen=True)
class Prefecture:
    code: str
    name: str
    jis: str
    kind: str  # "prefecture" or "sector"

    @property
    def is_prefecture(self) -> bool:
        return self.kind == "prefecture"


@lru_cache(maxsize=1)
def all_entries() -> tuple[Prefecture, ...]:
    text = resources.files("workbook_tools.core").joinpath("data/prefectures.tsv").read_text("utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        code, name, jis, kind = (parts + ["", "", "", ""])[:4]
        rows.append(Prefecture(code.strip(), name.strip(), jis.strip(), kind.strip()))
    return tuple(rows)


def prefectures() -> list[Prefecture]:
    """The 47 prefectures in HQ's code order."""
    return [p for p in all_entries() if p.is_prefecture]


@lru_cache(maxsize=1)
def _by_code() -> dict[str, Prefecture]:
    return {p.code: p for p in all_entries()}


@lru_cache(maxsize=1)
def _by_name() -> dict[str, Prefecture]:
    table: dict[str, Prefecture] = {}
    for p in all_entries():
        table[p.name] = p
        official = {"東京": "東京都", "大阪": "大阪府", "京都": "京都府", "北海道": "北海道"}.get(
            p.name, p.name + "県")
        table[official] = p
        if p.is_prefecture:
            for suffix in ("本部", "支部", "県本部", "県支部", "都本部", "府本部"):
                table.setdefault(p.name + suffix, p)
                table.setdefault(official + suffix, p)
    return table


def by_code(code) -> Prefecture | None:
    if code is None:
        return None
    s = label_key(code)
    if s.endswith(".0"):
        s = s[:-2]
    if s.isdigit():
        s = s.zfill(2)
    return _by_code().get(s)


# Old and variant forms of the characters of prefecture names (and their 県 / 本部 suffixes) that NFKC leaves alone:
# a name typed from an old register or with an IME's 異体字 (「德島」, 「髙知」, 「長﨑」, 「廣島」).  Each pair is a
# Unihan kSemanticVariant / kZVariant of the 常用 character (Unicode Unihan database, Unihan_Variants.txt); only
# characters that occur in a prefecture's name are listed, so no other word is changed by the fold.
VARIANT_GLYPHS = {
    "德": "徳", "髙": "高", "﨑": "崎", "嵜": "崎", "碕": "崎", "嶋": "島", "嶌": "島", "廣": "広", "靜": "静",
    "兒": "児", "冨": "富", "杤": "栃", "縣": "県", "繩": "縄", "濵": "浜", "濱": "浜", "邊": "辺", "邉": "辺",
}
_VARIANT_TABLE = str.maketrans(VARIANT_GLYPHS)


def fold_variants(text: str) -> str:
    """``text`` with the old / variant glyphs of prefecture names folded to their usual form (德島 → 徳島)."""
    return text.translate(_VARIANT_TABLE)


def by_name(name) -> Prefecture | None:
    """Accepts 東京/東京都/東京都本部/神奈川県本部/埼⽟ (radicals), 自治労東京都本部, 德島 / 髙知 (old glyphs)."""
    s = fold_variants(label_key(name))
    if not s:
        return None
    table = _by_name()
    if s in table:
        return table[s]
    for prefix in ("自治労", "じちろう"):
        if s.startswith(prefix) and s[len(prefix):] in table:
            return table[s[len(prefix):]]
    return None


# a 県本部 / 県支部 named inside a longer text: 「自治労広島県本部　2024年度 …」, 「共済推進担当　岡山県支部」
_NAMED_BRANCH = re.compile(r"([^\s自治労【】\[\]（）()「」〔〕]{2,4}?)(?:県|都|府|道)?(?:本部|支部)")  # (brackets: 「【滋賀県本部】…」)


def named_in(text) -> Prefecture | None:
    """The prefecture a text names: the whole text (「岡山」, 「自治労岡山県本部」), or a 県本部 / 県支部 inside it
    (「自治労広島県本部　単組別 新契約実績」).  Only the 47 prefectures (not 社保労連)."""
    if not isinstance(text, str) or not text.strip():
        return None
    pref = by_name(text)
    if pref is None:
        m = _NAMED_BRANCH.search(fold_variants(label_key(text)))
        pref = by_name(m.group(1)) if m else None
    return pref if pref is not None and pref.is_prefecture else None


def resolve(code=None, name=None) -> Prefecture | None:
    return by_code(code) or by_name(name)


@lru_cache(maxsize=1)
def _by_jis() -> dict[str, Prefecture]:
    return {p.jis: p for p in all_entries() if p.jis}


def by_jis(code) -> Prefecture | None:
    """The prefecture of a JIS X 0401 都道府県コード (13 → 東京; as 自治労県コード 13 is 埼玉): 13, "13", "13.0", "１３"."""
    if code is None:
        return None
    s = label_key(code)
    if s.endswith(".0"):
        s = s[:-2]
    return _by_jis().get(s.zfill(2)) if s.isdigit() else None


def jis_code(code) -> str | None:
    p = by_code(code)
    return p.jis or None if p else None
