"""writer.wrapped_height takes short and ASCII lines without looking at each character: the same heights as
counting every character's East Asian width (written out here by hand)."""
import math
import random
import unicodedata

from workbook_tools.io.writer import DEFAULT_FONT_PT, wrapped_height


def _by_hand(text: str, width: float, font_pt: float = DEFAULT_FONT_PT, min_lines: int = 1) -> float:
    per_line = max(width * DEFAULT_FONT_PT / font_pt - 1, 1.0)
    lines = 0
    for part in str(text).split("\n"):
        cols = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in part)
        lines += max(1, math.ceil(cols / per_line))
    return round(max(lines, min_lines) * font_pt * 1.45 + 4, 1)


def test_heights_match_counting_every_character():
    rnd = random.Random(17)
    alphabet = "abc XYZ 123-_" + "あいう漢字カナ" + "ｱｲｳ" + "ＡＢ１" + "𠮷🈂" + "\u00e9\u0301"
    texts = ["", "a", "\n", "あ" * 22, "あ" * 23, "a" * 44, "a" * 45, "x\n" * 5, 12345, None]
    texts += ["".join(rnd.choice(alphabet + "\n") for _ in range(rnd.randrange(1, 300))) for _ in range(400)]
    for text in texts:
        for width, font_pt, min_lines in ((45, 11.0, 1), (10, 11.0, 1), (30, 9.0, 2), (1, 11.0, 1), (50, 14.0, 3)):
            assert wrapped_height(text, width, font_pt, min_lines=min_lines) == \
                _by_hand(text, width, font_pt, min_lines), (text, width)
