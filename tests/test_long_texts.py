"""Long texts in a sheet (a public test file holds 10,000 cells of 10 KB): the reader's short cuts for them give
exactly what the full work gives."""
import random

from workbook_tools.io import locate


def _texts(rng: random.Random, n: int) -> list[str]:
    pieces = ["2024年", "令和6年", "R6年度", "12月", "(注)", "（見本）", "組織の状況", "取組", "年", "度", "月", ")", "(",
              "1.", "①", "あいう", "x" * 50, "{y}年", " ", "0", "99"]
    out = []
    for _ in range(n):
        size = rng.choice([3, 30, 200, 2000])
        text = "".join(rng.choice(pieces) for _ in range(size))
        out.append(text)
    return out


def test_a_long_keys_title_key_is_no_title_only_where_no_title_or_label_can_match():
    rng = random.Random(7)
    wanted = set()
    for kind in ("report", "survey"):
        from workbook_tools.forms.registry import find

        wanted |= locate._wanted(find(kind).form, 2024) | locate._wanted(find(kind).form, None)
    longest = max(map(len, wanted))
    # long texts with few years, ending in anything (where the short cut may be taken), and the generated mix
    prose = ["".join(rng.choice(["組織の状況", "取組", "あいう", "x" * 50, "2024年", "(注)", "（見本）"])
                     for _ in range(rng.randint(100, 400))) + rng.choice(["", ")", "年", "状況", "月"]) for _ in range(200)]
    taken = 0
    for text in prose + _texts(rng, 600):
        key = locate.label_key(text)
        if not key:
            continue
        full, short = locate._title_key(key), locate._key_title_key(key)
        if short != full:  # the short cut taken: the full key could not have matched anything
            assert short == locate.NO_TITLE and len(full) > longest and full[-1:] != ")"
            assert full not in wanted
            taken += 1
    assert taken > 50
    assert locate._key_title_key("組織の状況" * 300) == locate.NO_TITLE
    assert locate._key_title_key("組織の状況" * 300 + "(見本)") != locate.NO_TITLE  # (may be a qualified title)


def test_a_long_keys_first_characters_without_years_are_as_the_whole_key_gives():
    rng = random.Random(8)
    for text in _texts(rng, 800) + ["2024年" * 30 + "組織", "(注)" + "R6年度" * 20 + "状況" + "x" * 100]:
        key = locate.label_key(text)
        if not key:
            continue
        body = locate._LEADING_NOTE.sub("", key) if key[:1] == "(" else key
        bare = locate._YEARS.sub("", body)[:2]
        assert locate._key_parts.__wrapped__(key) == (key[:2], key[-2:], bare if bare != key[:2] else None), key[:80]
