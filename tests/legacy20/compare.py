"""Build the legacy20 fixtures, run the consolidation CLI as a black box, compare its
JSON with the hand-typed expectations in expected.py.

    python tests/legacy20/compare.py [report|survey ...] [--keep DIR] [--jobs N]

Prints, per file, fields right / total (extras counted as fields; texts compared with all
white space removed), every mismatch
(key, expected, got, flag, raw, cell) and, apart, mismatches on keys marked
debatable and flag notes (not scored). Exit code 0 when everything matches.

After the score, an UNSCORED section "arrival" (this set's theme: how a file reaches HQ) prints, per file of
expected.ARRIVAL, what a user expects of the book as a whole and what the tool did: its status, the sheet it read,
whether a book holding several unions gave one record per union or a refusal naming each of them, whether the
answers came from the right block, and which of the expected words its messages contain. The shared harness
cannot score these (it keys one record per file name and compares values only).
"""
from __future__ import annotations

import json
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

import build  # noqa: E402
import expected  # noqa: E402
import legacy_compare  # noqa: E402
from legacy_compare import norm  # noqa: E402  (the sets' text comparison: white space aside)


def _row(cell) -> int | None:
    digits = "".join(ch for ch in str(cell or "") if ch.isdigit())
    return int(digits) if digits else None


def arrival(root: Path) -> None:
    """The unscored arrival checks on the JSON the run left in root/out."""
    recs = []
    for kind in ("report", "survey"):
        path = root / "out" / f"{kind}.json"
        if path.exists():
            recs += json.loads(path.read_text(encoding="utf-8")).get("files", [])
    print("== arrival (unscored) ==")
    for name, exp in expected.ARRIVAL.items():
        stem = Path(name).stem
        mine = [r for r in recs if Path(r["file"]).name == name or Path(r["file"]).name.startswith(stem)]
        print(f"{name}\n  case: {exp['case']}\n  want: {exp['want']}")
        if not mine:
            print("  tool: (no record)")
            continue
        for r in mine:
            vals = r.get("values") or {}
            union = (vals.get("h.union") or {}).get("value")
            sheets = sorted({v.get("sheet") for v in vals.values() if v.get("sheet") and v.get("value") is not None})
            print(f"  tool: {Path(r['file']).name}: {r.get('status')} via={r.get('via')} sheet={r.get('sheet')!r} "
                  f"answers from {sheets} 単組={union!r}" + (f" reason={r['reason']!r}" if r.get("reason") else ""))
        rec = mine[0]
        text = json.dumps([r.get("reason") for r in mine] + [r.get("problems") for r in mine], ensure_ascii=False)
        if "several" in exp:
            unions = {(r.get("values") or {}).get("h.union", {}).get("value") for r in mine if r.get("status") != "取込不可"}
            several = len(mine) >= len(exp["several"]) and len(unions) >= len(exp["several"])
            refused = all(r.get("status") == "取込不可" for r in mine) and all(n in text for n in exp["several"])
            named = [n for n in exp["several"] if n in text]
            verdict = ("one record per union" if several else "refused, naming each" if refused else
                       f"NEITHER: {len(mine)} record(s), names in the messages: {named}")
            print(f"  -> several unions: {verdict}")
        if "sheet" in exp:
            vals = rec.get("values") or {}
            used = {v.get("sheet") for v in vals.values() if v.get("value") is not None}
            ok = exp["sheet"] in used or exp["sheet"] in str(rec.get("sheet"))
            print(f"  -> answers from sheet {exp['sheet']!r}: {'yes' if ok else 'NO'} (answers from {sorted(used)})")
        if "min_row" in exp:
            vals = rec.get("values") or {}
            above = sorted(k for k, v in vals.items() if v.get("value") is not None and k != "h.pref"
                           and (_row(v.get("cell")) or 10 ** 6) < exp["min_row"])
            print(f"  -> answers from row {exp['min_row']} down: " + ("yes" if not above else f"NO, above it: {above}"))
        for word in exp.get("mention", ()):
            print(f"  -> messages mention {word!r}: {'yes' if word in text else 'no'}")


if __name__ == "__main__":
    argv = sys.argv[1:]
    own = None
    if "--keep" not in argv:
        own = tempfile.mkdtemp(prefix="legacy20-")
        argv = argv + ["--keep", own]
    root = Path(argv[argv.index("--keep") + 1])
    try:
        code = legacy_compare.main(argv, build, expected, norm, "legacy20")
        arrival(root)
    finally:
        if own:
            shutil.rmtree(own, ignore_errors=True)
    sys.exit(code)
