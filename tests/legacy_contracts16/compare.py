"""Score the contracts (Report B) reader on the tests/legacy_contracts16 fixtures (the scoring is tests/contracts_compare.py).

    python tests/legacy_contracts16/compare.py [--keep DIR] [--quiet]
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

import contracts_compare  # noqa: E402
from build import build  # noqa: E402
from expected import EXPECTED  # noqa: E402


def run_one(name: str, path: Path, outdir: Path, quiet: bool) -> tuple[int, int, list]:
    return contracts_compare.run_one(EXPECTED, name, path, outdir, quiet)


def main(argv=None) -> int:
    return contracts_compare.main(EXPECTED, build, "legacy_contracts16", argv)


if __name__ == "__main__":
    sys.exit(main())
