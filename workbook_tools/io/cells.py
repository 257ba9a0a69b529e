"""A1 cell references: column letters ↔ 0-based numbers, one place for every reader and writer (io.readers re-exports
them for the modules that already import them from there)."""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=None)  # at most 16,384 columns
def col_letter(col: int) -> str:
    """0-based column → 'A'."""
    s = ""
    col += 1
    while col:
        col, rem = divmod(col - 1, 26)
        s = chr(65 + rem) + s
    return s


def col_index(letters: str) -> int:
    """'A' → 0, 'AA' → 26 (letters of either case)."""
    col = 0
    for ch in letters.upper():
        col = col * 26 + (ord(ch) - 64)
    return col - 1


@lru_cache(maxsize=65536)
def a1(row: int, col: int) -> str:
    """0-based (row, col) → 'B3'."""
    return f"{col_letter(col)}{row + 1}"


@lru_cache(maxsize=65536)
def parse_a1(ref: str) -> tuple[int, int]:
    """'B3' or '$B$3' → 0-based (row, col)."""
    ref = ref.replace("$", "").upper()
    letters = "".join(ch for ch in ref if ch.isalpha())
    return int(ref[len(letters):]) - 1, col_index(letters)
