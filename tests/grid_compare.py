"""The scoring shared by the independent Report A (grid) sets: each tests/legacy_grid*/compare.py
calls it with its own build.py and expected.py.

    python tests/legacy_gridN/compare.py [--keep DIR] [--quiet]

Builds the set (into a temporary folder, or DIR with --keep), runs
``python -m workbook_tools grid recompute FILE -o OUT --json OUT.json`` on each
file (plus the file's "cli_args" from expected.py, which are all empty), and
compares the JSON's 単組 and まとめ with expected.py (the number of 単組 is
the file's "union_count" when given -- possibly a OneOf -- else len(unions)).  Prints per file the
fields right / total and every mismatch (union, key, expected, got), and the
CLI's exit code and チェック entries (informational).  Exit code 0 when every
field matches."""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path


UNION_KEYS = ["県コード", "単組コード", "単組名", "組合員数", "団生保有", "目標件数",
              "全国集計対象", "年度実績.2022", "年度実績.2023", "累計.2022", "累計.2023",
              "累積件数", "前年比", "達成率", "残件数", "目標達成"]
SUMMARY_KEYS = ["取組単組", "目標", "実績", "到達率", "目標達成単組"]
MISSING = object()


def _norm_name(s) -> str:
    if not isinstance(s, str):
        return ""
    s = unicodedata.normalize("NFKC", s)
    return "".join(s.split())


def _get(d, dotted: str):
    cur = d
    for part in dotted.split("."):
        if not isinstance(cur, dict) or part not in cur:
            return MISSING
        cur = cur[part]
    return cur


def _same(exp, got) -> bool:
    if hasattr(exp, "options"):  # the set's OneOf
        return any(_same(o, got) for o in exp.options)
    if got is MISSING:
        return False
    if exp is None or got is None:
        return exp is None and got is None
    if isinstance(exp, bool) or isinstance(got, bool):
        return isinstance(exp, bool) and isinstance(got, bool) and exp == got
    if isinstance(exp, (int, float)) and isinstance(got, (int, float)):
        if isinstance(exp, float) or isinstance(got, float):
            return abs(exp - got) < 0.0006
        return exp == got
    return exp == got


def _match_unions(exp_list, got_list):
    """Pair expected unions with the JSON's: by name, then (県, 単組) code, then
    position among the rest.  Returns (pairs, extra_got)."""
    used: set[int] = set()
    pairs: list[tuple[dict, dict | None]] = [None] * len(exp_list)  # type: ignore
    for i, e in enumerate(exp_list):
        for j, g in enumerate(got_list):
            if j not in used and _norm_name(g.get("単組名")) == _norm_name(e["単組名"]):
                pairs[i] = (e, g)
                used.add(j)
                break
    for i, e in enumerate(exp_list):
        if pairs[i] is not None:
            continue
        for j, g in enumerate(got_list):
            if (j not in used and str(g.get("県コード")) == e["県コード"]
                    and str(g.get("単組コード")) == e["単組コード"]):
                pairs[i] = (e, g)
                used.add(j)
                break
    rest = [j for j in range(len(got_list)) if j not in used]
    for i, e in enumerate(exp_list):
        if pairs[i] is None:
            if rest:
                j = rest.pop(0)
                pairs[i] = (e, got_list[j])
                used.add(j)
            else:
                pairs[i] = (e, None)
    extra = [got_list[j] for j in range(len(got_list)) if j not in used]
    return pairs, extra


def run_one(EXPECTED: dict, name: str, path: Path, outdir: Path, quiet: bool) -> tuple[int, int, list]:
    exp = EXPECTED[name]
    out_xlsx = outdir / (Path(name).stem + "_out.xlsx")
    out_json = outdir / (Path(name).stem + ".json")
    cmd = [sys.executable, "-m", "workbook_tools", "grid", "recompute", str(path),
           "-o", str(out_xlsx), "--json", str(out_json), *exp.get("cli_args", [])]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    mismatches: list[tuple[str, str, object, object]] = []
    right = total = 0
    data = None
    if out_json.exists():
        try:
            data = json.loads(out_json.read_text(encoding="utf-8"))
        except ValueError:
            data = None

    def check(who: str, key: str, e, g):
        nonlocal right, total
        total += 1
        if _same(e, g):
            right += 1
        else:
            mismatches.append((who, key, e, "(missing)" if g is MISSING else g))

    # file-level readings
    d = data or {}
    check("(file)", "開始月", exp["start_month"], d.get("開始月", MISSING))
    check("(file)", "締め月", exp["cutoff"], d.get("締め月", MISSING))
    check("(file)", "年度", exp["year"], d.get("年度", MISSING))
    got_unions = d.get("単組") or []
    check("(file)", "単組の数", exp.get("union_count", len(exp["unions"])),
          len(got_unions) if data else MISSING)

    pairs, extra = _match_unions(exp["unions"], got_unions)
    for e, g in pairs:
        for key in UNION_KEYS:
            ev = _get(e, key)
            gv = MISSING if g is None else _get(g, key)
            check(e["単組名"], key, ev, gv)
    for g in extra:
        mismatches.append(("(extra row read as a union)", "単組名", None, g.get("単組名")))
    summ = d.get("まとめ") or {}
    for key in SUMMARY_KEYS:
        check("(まとめ)", key, exp["summary"][key], summ.get(key, MISSING))

    print(f"== {name}: {right}/{total} fields right   (exit code {proc.returncode})")
    if data is None:
        tail = (proc.stderr or proc.stdout).strip().splitlines()[-8:]
        for line in tail:
            print("   | " + line)
    deb = exp.get("debatable_keys", {})
    if data is None:
        print(f"   ✗ no JSON written: all {total} fields counted wrong")
        mismatches = [("(file)", "(no JSON)", None, proc.returncode)]
    for who, key, e, g in mismatches if data is not None else []:
        tag = "  [debatable]" if key in deb.get(who, ()) else ""
        print(f"   ✗ {who} / {key}: expected {e!r}, got {g!r}{tag}")
    if not quiet:
        for c in (d.get("チェック") or []):
            print(f"   · チェック [{c.get('severity')}] {c.get('cell', '')}: {c.get('message')}")
    return right, total, mismatches


def main(EXPECTED: dict, build, set_name: str, argv=None) -> int:
    ap = argparse.ArgumentParser(description=f"Score the reader on the tests/{set_name} fixtures.")
    ap.add_argument("--keep", type=Path, help="build into this folder and keep the outputs")
    ap.add_argument("--quiet", action="store_true", help="do not list チェック entries")
    args = ap.parse_args(argv)
    if args.keep:
        root = args.keep
        root.mkdir(parents=True, exist_ok=True)
        ctx = None
    else:
        ctx = tempfile.TemporaryDirectory(prefix="legacy_grid2_")
        root = Path(ctx.name)
    try:
        files = build(root / "in")
        outdir = root / "out"
        outdir.mkdir(parents=True, exist_ok=True)
        grand_r = grand_t = 0
        for name in EXPECTED:
            r, t, _ = run_one(EXPECTED, name, files[name], outdir, args.quiet)
            grand_r += r
            grand_t += t
        print(f"\nTOTAL {grand_r}/{grand_t} fields right ({100.0 * grand_r / max(grand_t, 1):.1f}%)")
        return 0 if grand_r == grand_t else 1
    finally:
        if ctx is not None:
            ctx.cleanup()

