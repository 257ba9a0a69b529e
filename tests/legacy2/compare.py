"""Build the legacy2 fixtures, run the consolidation CLI as a black box, compare its
JSON with the hand-typed expectations in expected.py.

    python tests/legacy2/compare.py [report|survey ...] [--keep DIR] [--jobs N]

Prints, per file, fields right / total (extras counted as fields), every mismatch
(key, expected, got, flag, raw, cell) and, apart, mismatches on keys marked
debatable and flag notes (not scored). Exit code 0 when everything matches.
"""
from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

import build  # noqa: E402
import expected  # noqa: E402
import legacy_compare  # noqa: E402


def norm(text) -> str:
    """NFC, each line stripped, empty lines dropped."""
    lines = unicodedata.normalize("NFC", str(text)).replace("\r\n", "\n").split("\n")
    return "\n".join(ln.strip() for ln in lines if ln.strip())


if __name__ == "__main__":
    sys.exit(legacy_compare.main(sys.argv[1:], build, expected, norm, "legacy2"))
