"""Score the grid (Report A) reader on the tests/legacy_grid15 fixtures (the scoring is tests/grid_compare.py).

    python tests/legacy_grid15/compare.py [--keep DIR] [--quiet]

Each file's expected "year" (2024, 2025 or 2026) decides the keys of 年度実績 / 累計 ("2022" / "2023" for
FY2024, "2023" / "2024" for FY2025, "2024" / "2025" for FY2026): the shared scorer's list of union keys
(written for FY2024) is swapped for that file's years while it is scored.  build.py never runs the tool.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

import grid_compare  # noqa: E402
from build import build  # noqa: E402
from expected import EXPECTED  # noqa: E402

_BASE_KEYS = list(grid_compare.UNION_KEYS)
_SHARED_RUN_ONE = grid_compare.run_one


def _keys_for(year: int) -> list[str]:
    a, b = str(year - 2), str(year - 1)
    return [k.replace(".2022", ".@A").replace(".2023", ".@B").replace("@A", a).replace("@B", b) for k in _BASE_KEYS]


def _run_one_for_year(expected: dict, name: str, path: Path, outdir: Path, quiet: bool):
    grid_compare.UNION_KEYS = _keys_for(expected[name]["year"])
    try:
        return _SHARED_RUN_ONE(expected, name, path, outdir, quiet)
    finally:
        grid_compare.UNION_KEYS = _BASE_KEYS


def run_one(name: str, path: Path, outdir: Path, quiet: bool) -> tuple[int, int, list]:
    return _run_one_for_year(EXPECTED, name, path, outdir, quiet)


def main(argv=None) -> int:
    grid_compare.run_one = _run_one_for_year
    try:
        return grid_compare.main(EXPECTED, build, "legacy_grid15", argv)
    finally:
        grid_compare.run_one = _SHARED_RUN_ONE


if __name__ == "__main__":
    sys.exit(main())
