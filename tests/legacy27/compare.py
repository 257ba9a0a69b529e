"""Build the legacy27 fixtures, run the consolidation CLI as a black box, compare its
JSON with the hand-typed expectations in expected.py.

    python tests/legacy27/compare.py [report|survey ...] [--keep DIR] [--jobs N] [--quiet]

Prints, per file, fields right / total (extras counted as fields; texts compared with all
white space removed), every mismatch (key, expected, got, flag, raw, cell) and, apart,
mismatches on keys marked debatable and flag notes (not scored). With --quiet only the
per-file scores and the TOTAL line. Exit code 0 when everything matches.
"""
from __future__ import annotations

import contextlib
import io
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

import build  # noqa: E402
import expected  # noqa: E402
import legacy_compare  # noqa: E402
from legacy_compare import norm  # noqa: E402  (the sets' text comparison: white space aside)

KINDS = ("report", "survey")


if __name__ == "__main__":
    argv = sys.argv[1:]
    quiet = "--quiet" in argv
    argv = [a for a in argv if a != "--quiet"]
    given = [a for a in argv if a in KINDS]
    if not given:
        argv = argv + sorted({f["kind"] for f in expected.FILES.values()})
    if not quiet:
        sys.exit(legacy_compare.main(argv, build, expected, norm, "legacy27"))
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        code = legacy_compare.main(argv, build, expected, norm, "legacy27")
    for line in buf.getvalue().splitlines():
        if not line.startswith(" "):
            print(line)
    sys.exit(code)
