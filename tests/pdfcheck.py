"""Reading a PDF's words with positions (poppler's `pdftotext -bbox`) for print-layout tests.

The bounding box of a word is its font's line box: measured on LibreOffice's PDFs of this
machine's fonts (IPA gothic standing in for 游ゴシック), a line box is 1.30 × the font size
(10 pt at 100 % → 13.0 pt, 7 pt at 64 % → 5.85 pt), so the printed size is height / 1.30.
"""
from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

LINE_BOX = 1.30  # bbox height / font size
PAGE_NUMBER = re.compile(r"(\d+)\s*/\s*(\d+)\s*ページ")
_NS = "{http://www.w3.org/1999/xhtml}"


@dataclass
class Word:
    text: str
    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def points(self) -> float:
        return (self.y1 - self.y0) / LINE_BOX


@dataclass
class Page:
    number: int
    words: list[Word]

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def joined(self) -> str:
        return "".join(w.text for w in self.words)

    def smallest(self) -> Word | None:
        return min(self.words, key=lambda w: w.points, default=None)


def pdftotext() -> str | None:
    return shutil.which("pdftotext")


def pages(pdf: Path) -> list[Page]:
    out = subprocess.run([pdftotext(), "-bbox", str(pdf), "-"], capture_output=True, check=True).stdout
    root = ET.fromstring(out)
    result = []
    for n, page in enumerate(root.iter(f"{_NS}page"), start=1):
        words = [Word(w.text or "", float(w.get("xMin")), float(w.get("yMin")), float(w.get("xMax")),
                      float(w.get("yMax"))) for w in page.iter(f"{_NS}word")]
        result.append(Page(n, words))
    return result


def page_numbers(page: Page) -> tuple[int, int] | None:
    """The 「N / M ページ」 footer of a page (words may be split around the slash)."""
    m = PAGE_NUMBER.search(page.text) or PAGE_NUMBER.search(page.joined)
    return (int(m.group(1)), int(m.group(2))) if m else None


def overlapping(page: Page, slack: float = 1.0, share: float = 0.3) -> list[tuple[Word, Word]]:
    """Pairs of words of different lines printed over each other: their boxes share more than ``slack`` points
    across and more than ``share`` of the lower one's height, and their tops are more than ``slack`` apart.  E.g.
    the second line of a wrapped text in a row too short for it, printed over the next row's text.  Two lines of
    one wrapped cell share a sliver (a word's box is 1.30 × the font, the line pitch less), under ``share``.  Words
    of one line are not compared: a text longer than its cell is clipped at the next filled cell on paper, yet
    pdftotext gives its whole box."""
    words = sorted((w for w in page.words if w.text.strip()), key=lambda w: w.y0)
    out = []
    for i, a in enumerate(words):
        for b in words[i + 1:]:
            if b.y0 >= a.y1 - slack:  # sorted by top: no later word reaches back into a
                break
            if b.y0 - a.y0 > slack and min(a.x1, b.x1) - max(a.x0, b.x0) > slack \
                    and min(a.y1, b.y1) - max(a.y0, b.y0) > share * min(a.y1 - a.y0, b.y1 - b.y0):
                out.append((a, b))
    return out
