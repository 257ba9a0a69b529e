"""Load an independent legacy fixture set (tests/legacy2 … tests/legacy8, tests/legacy_grid: build.py, expected.py, compare.py, each
importing its siblings by plain name) without one set's modules standing in for another's.

Each set's expected.py holds YEAR and FILES, typed by hand, per file name:
  kind:      "report" / "survey"
  values:    field key → expected value
             check items True (done) / False (not done) / None (unanswered);
             numbers int/float; dates ISO "YYYY-MM-DD" (作成日) or "YYYY-MM" (時点);
             texts as typed (compared with white space and line breaks left out: a text split
             over several cells may be joined either way); None for a blank or absent answer
  extras:    texts typed outside the form that must be kept as その他 entries
  flags:     (informational, not scored) field key → a word its flag should contain
  debatable: field key → why a human could read it another way (mismatches there are
             listed apart from the clear ones)"""
from __future__ import annotations

import importlib
import sys
from pathlib import Path

import legacy_compare

HERE = Path(__file__).resolve().parent
_NAMES = ("build", "expected", "compare")


def load(name: str) -> dict:
    folder = str(HERE / name)
    saved = {n: sys.modules.pop(n, None) for n in _NAMES}
    sys.path.insert(0, folder)
    try:
        return {n: importlib.import_module(n) for n in _NAMES}
    finally:
        sys.path.remove(folder)
        for n in _NAMES:
            sys.modules.pop(n, None)
            if saved[n] is not None:
                sys.modules[n] = saved[n]


def read(mods: dict, root: Path) -> dict:
    """Build the set into ``root``, consolidate each kind with the CLI: {file name: JSON record}."""
    folders = mods["build"].build(root)
    out = {}
    for kind in ("report", "survey"):
        data, proc = legacy_compare.run(kind, folders[kind], root / "out", 1, mods["expected"].YEAR)
        assert data is not None and proc.returncode == 0, proc.stderr[-2000:]
        assert "Traceback" not in proc.stderr
        out.update({Path(f["file"]).name: f for f in data["files"]})
    return out


def score(mods: dict, readings: dict) -> tuple[int, int]:
    right = total = 0
    for name, exp in mods["expected"].FILES.items():
        r, t, *_ = legacy_compare.compare_file(name, exp, readings[name], mods["compare"].norm)
        right, total = right + r, total + t
    return right, total


def text_ok(mods: dict, want, got) -> bool:
    """A reading against its expectation, texts compared the set's way (its compare.norm)."""
    return legacy_compare.value_ok(want, got, mods["compare"].norm)


def opposites(mods: dict, readings: dict) -> list:
    """Answers read as the opposite of what the file says: done for not done (or not answered), not done for done."""
    wrong = []
    for name, exp in mods["expected"].FILES.items():
        values = readings[name].get("values") or {}
        for key, want in exp["values"].items():
            got = (values.get(key) or {}).get("value")
            if (want is not True and got is True) or (want is True and got is False):
                wrong.append((name, key, want, got))
    return wrong


def run_each(mods: dict, root: Path) -> tuple[dict, Path, dict]:
    """A grid or Report B set (its compare.run_one scores one file through the CLI): build it into ``root``/in and score
    every expected file: (files, output folder, {file name: (right, total, mismatches)})."""
    files = mods["build"].build(root / "in")
    out = root / "out"
    out.mkdir()
    return files, out, {name: mods["compare"].run_one(name, files[name], out, True) for name in mods["expected"].EXPECTED}
