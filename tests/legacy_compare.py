"""The harness the independent legacy fixture sets share (tests/legacy2, tests/legacy3): build a set's files,
run the consolidation CLI on them as a black box, compare its JSON with the set's hand-typed expected readings.
Each set's compare.py supplies its files, its expectations and how it compares texts (``norm``)."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
from pathlib import Path


def norm(text) -> str:
    """NFC, every white space (line breaks, full-width spaces) removed: a text split over several
    cells may be joined with or without line breaks, and stray spaces do not count."""
    return "".join(unicodedata.normalize("NFC", str(text)).split())


def cli() -> list[str]:
    exe = shutil.which("workbook-tools", path=str(Path(sys.executable).parent))
    return [exe] if exe else [sys.executable, "-m", "workbook_tools"]


def run(kind: str, folder: Path, out: Path, jobs: int, year: int) -> tuple[dict | None, subprocess.CompletedProcess]:
    out.mkdir(parents=True, exist_ok=True)
    cmd = cli() + ["consolidate", kind, str(folder), "-o", str(out / f"{kind}.xlsx"), "--json",
                   str(out / f"{kind}.json"), "--year", str(year), "--jobs", str(jobs)]
    proc = subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8", errors="replace", timeout=900)
    jpath = out / f"{kind}.json"
    return (json.loads(jpath.read_text(encoding="utf-8")) if jpath.exists() else None), proc


def value_ok(want, got, norm) -> bool:
    if want is None or isinstance(want, bool):
        return got is want
    if isinstance(want, (int, float)):
        return isinstance(got, (int, float)) and not isinstance(got, bool) and abs(got - want) < 1e-6
    return isinstance(got, str) and norm(got) == norm(want)


def compare_file(name: str, exp: dict, rec: dict | None, norm) -> tuple[int, int, list[str], list[str], list[str]]:
    """(right, total, clear misses, debatable misses, flag notes)."""
    misses, debatable, notes = [], [], []
    values = (rec or {}).get("values") or {}
    extras = (rec or {}).get("extras") or []
    right = total = 0
    for key, want in exp["values"].items():
        total += 1
        got = values.get(key)
        gv = None if got is None else got.get("value")
        if got is not None and value_ok(want, gv, norm):
            right += 1
        else:
            seen = ("(no such key)" if got is None else
                    f"got {gv!r} flag={got.get('flag')!r} raw={got.get('raw')!r} cell={got.get('sheet')}!"
                    f"{got.get('cell')} how={got.get('how')}")
            line = f"  {key}: expected {want!r}; {seen}"
            (debatable if key in exp.get("debatable", {}) else misses).append(
                line + (f"  [debatable: {exp['debatable'][key]}]" if key in exp.get("debatable", {}) else ""))
        word = exp.get("flags", {}).get(key)
        if got is not None and word and word not in (got.get("flag") or ""):
            notes.append(f"  {key}: flag {got.get('flag')!r} lacks {word!r}")
    for text in exp["extras"]:
        total += 1
        hit = [e for e in extras if norm(text) in norm(e.get("text", ""))]
        if hit:
            right += 1
        else:
            into = [k for k, v in values.items() if isinstance(v.get("value"), str) and norm(text) in norm(v["value"])]
            misses.append(f"  extra {text!r} not kept as その他" + (f" (absorbed into {into})" if into else ""))
    return right, total, misses, debatable, notes


def main(argv: list[str], build, expected, norm, name: str) -> int:
    keep, jobs = None, 1
    if "--keep" in argv:
        i = argv.index("--keep")
        keep, argv = Path(argv[i + 1]), argv[:i] + argv[i + 2:]
    if "--jobs" in argv:
        i = argv.index("--jobs")
        jobs, argv = int(argv[i + 1]), argv[:i] + argv[i + 2:]
    kinds = argv or ["report", "survey"]
    grand = [0, 0]
    perfect = True
    with tempfile.TemporaryDirectory(prefix=f"{name}-") as tmp:
        root = keep or Path(tmp)
        if root.exists() and keep:
            shutil.rmtree(root / "report", ignore_errors=True)
            shutil.rmtree(root / "survey", ignore_errors=True)
        folders = build.build(root)
        for kind in kinds:
            t0 = time.monotonic()
            data, proc = run(kind, folders[kind], root / "out", jobs, expected.YEAR)
            print(f"== {kind} == (exit code {proc.returncode}, {time.monotonic() - t0:.1f} s)")
            if data is None:
                print("  CLI wrote no JSON:\n" + proc.stderr[-3000:])
                perfect = False
                continue
            recs = {Path(f["file"]).name: f for f in data.get("files", [])}
            for file, exp in expected.FILES.items():
                if exp["kind"] != kind:
                    continue
                rec = recs.get(file)
                r, t, misses, debatable, notes = compare_file(file, exp, rec, norm)
                grand[0] += r
                grand[1] += t
                state = ("(not in the JSON)" if rec is None
                         else f"{rec.get('status')} via={rec.get('via')} sheet={rec.get('sheet')}")
                print(f"{file}: {r}/{t}  {state}")
                if rec and rec.get("reason"):
                    print(f"  reason: {rec['reason']}")
                for m in misses:
                    print(m)
                if debatable:
                    print("  -- debatable:")
                    for m in debatable:
                        print(m)
                if notes:
                    print("  -- flag notes (not scored):")
                    for m in notes:
                        print(m)
                perfect &= not misses and not debatable
            extra_files = sorted(set(recs) - set(expected.FILES))
            if extra_files:
                print(f"  files in the JSON not expected: {extra_files}")
    print(f"TOTAL {grand[0]}/{grand[1]}")
    return 0 if perfect else 1
