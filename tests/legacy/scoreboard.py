"""Scoreboard: build the legacy fixtures, run the CLI as a black box, compare
its JSON with the hand-typed expectations, print per-class accuracy.

    python tests/legacy/scoreboard.py [report|survey ...] [--keep DIR]
"""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from collections import defaultdict
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from legacy import build_report, build_survey, expected, mutations  # noqa: E402

EXPECTED = {"report": {**expected.REPORT, **mutations.expectations("report")},
            "survey": {**expected.SURVEY, **mutations.expectations("survey")}}
BUILDERS = {"report": build_report.build, "survey": build_survey.build}
# words of a flag that is not "ok" (tolerant of exact wording)
FLAG_WORDS = {"blank": ("空欄",), "unanswered": ("未回答",), "inferred": ("未実施", "推定", "推測"),
              "approx": ("概数", "概算"), "unparseable": ("読取不可", "読み取れ"), "unknown": ("不明",)}
NOT_OK = ("空欄", "未回答", "概数", "概算", "読取不可", "読み取れ", "不明", "項目なし", "注記あり")


def build(kind: str, root: Path) -> Path:
    folder = root / kind
    BUILDERS[kind](folder, root / "work" / kind)
    mutations.build(kind, folder)
    return folder


def cli() -> list[str]:
    exe = shutil.which("workbook-tools", path=str(Path(sys.executable).parent))
    return [exe] if exe else [sys.executable, "-m", "workbook_tools"]


def run(kind: str, folder: Path, out: Path, year: int | None) -> dict:
    out.mkdir(parents=True, exist_ok=True)
    tag = f"{kind}_{year or 'none'}"
    cmd = cli() + ["consolidate", kind, str(folder), "-o", str(out / f"{tag}.xlsx"), "--json", str(out / f"{tag}.json")]
    if year:
        cmd += ["--year", str(year)]
    proc = subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8", errors="replace", timeout=600)
    jpath = out / f"{tag}.json"
    if not jpath.exists():
        raise RuntimeError(f"CLI wrote no JSON ({proc.returncode}): {proc.stderr[-2000:]}")
    return json.loads(jpath.read_text(encoding="utf-8"))


def norm(text) -> str:
    lines = unicodedata.normalize("NFC", str(text)).replace("\r\n", "\n").split("\n")
    return "\n".join(ln.strip() for ln in lines if ln.strip())


def value_ok(want, got) -> bool:
    if want is None or isinstance(want, bool):
        return got is want
    if isinstance(want, (int, float)):
        return isinstance(got, (int, float)) and not isinstance(got, bool) and abs(got - want) < 1e-6
    if re.fullmatch(r"\d{4}-\d{2}", want):
        return isinstance(got, str) and got[:7] == want and len(got) in (7, 10)
    return isinstance(got, str) and norm(got) == norm(want)


def flag_ok(want: str, flag: str, rec: dict) -> bool:
    flag = flag or ""
    if want == "any":
        return True
    if want == "ok":
        return not any(w in flag for w in NOT_OK)
    if want == "blank" and flag == "":
        return True
    if any(w in flag for w in FLAG_WORDS[want]):
        return True
    if want == "inferred":  # a note on the file saying unmarked items were read as 未実施
        texts = [p.get("message", "") for p in rec.get("problems", [])] + [str(n) for n in rec.get("notes", [])]
        return any("未実施" in t for t in texts)
    return False


def _extras(rec: dict) -> list[tuple[str, str, str]]:
    out = []
    for e in rec.get("extras") or []:
        if isinstance(e, dict):
            out.append((e.get("sheet", ""), e.get("cell", ""), e.get("text", e.get("value", ""))))
        else:
            out.append(tuple(e[:3]))
    return out


def score_file(name: str, exp: dict, rec: dict | None, only: set[str] | None, suffix: str = ""):
    """Yield (class, right, miss text)."""
    rec = rec or {}
    values = rec.get("values") or {}
    extras = _extras(rec)
    for key, want, wflag, classes, _cell in exp["values"]:
        if only and not only & set(classes):
            continue
        got = values.get(key)
        ok = got is not None and value_ok(want, got.get("value")) and flag_ok(wflag, got.get("flag", ""), rec)
        seen = "（値なし）" if got is None else f"{got.get('value')!r} flag={got.get('flag')!r} cell={got.get('cell')}"
        for c in classes:
            if not only or c in only:
                yield c + suffix, ok, f"{name} {key}: want {want!r} ({wflag}), got {seen}"
    if only:
        return
    for sheet, cell, text, classes in exp["extras"]:
        ok = any(s == sheet and c == cell and norm(t) == norm(text) for s, c, t in extras)
        for c in classes:
            yield c, ok, f"{name} extra {sheet}!{cell} {text!r} not kept"
    for sheet, cell, classes in exp["no_extras"]:
        ok = not any(s == sheet and c == cell for s, c, _t in extras)
        for c in classes:
            yield c, ok, f"{name} {sheet}!{cell} reported as an unexpected entry"
    for sheet, cell, classes in exp["warnings"]:
        ok = any(p.get("severity") in ("警告", "エラー") and (p.get("cell") == cell or cell in p.get("message", ""))
                 and p.get("sheet", sheet) in (sheet, "") for p in rec.get("problems", []))
        for c in classes:
            yield c, ok, f"{name} no warning naming {sheet}!{cell}"


def _placeholders(book: Path) -> list[str]:
    """Cells of the consolidated workbook that still show a {y}/{y1} placeholder."""
    import openpyxl

    wb = openpyxl.load_workbook(book, read_only=True)
    return [f"{ws.title}!{c.coordinate}" for ws in wb.worksheets for row in ws.iter_rows() for c in row
            if isinstance(c.value, str) and re.search(r"\{y1?\}", c.value)]


def score(kind: str, data: dict, only: set[str] | None = None, suffix: str = "") -> list[tuple[str, bool, str]]:
    recs = {Path(f["file"]).name: f for f in data.get("files", [])}
    rows = []
    for name, exp in EXPECTED[kind].items():
        rows += list(score_file(name, exp, recs.get(name), only, suffix))
    return rows


def scoreboard(kind: str, root: Path, folder: Path | None = None) -> tuple[dict[str, tuple[int, int]], list[str]]:
    """Per-class (right, total) and the misses; ``folder``: fixtures already built there."""
    folder = folder or build(kind, root)
    out = root / "out"
    rows = score(kind, run(kind, folder, out, expected.FILE_YEAR))
    for label, year in expected.YEAR_RUNS.get(kind, []):
        data = run(kind, folder, out, year)
        rows += score(kind, data, only={"year_label"}, suffix=label[len("year_label"):])
    for book in sorted(out.glob(f"{kind}_*.xlsx")):
        left = _placeholders(book)
        rows.append(("year_header", not left, f"{book.name}: year placeholder left in {left[:3]}"))
    table: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    misses = []
    for cls, ok, msg in rows:
        table[cls][0] += ok
        table[cls][1] += 1
        if not ok:
            misses.append(f"[{cls}] {msg}")
    return {c: (r, t) for c, (r, t) in sorted(table.items())}, misses


def render(kind: str, table: dict[str, tuple[int, int]], misses: list[str]) -> str:
    lines = [f"== {kind} ==", f"{'class':<32} {'right/total':>11} {'%':>6}"]
    for cls, (r, t) in table.items():
        lines.append(f"{cls:<32} {f'{r}/{t}':>11} {100 * r / t:>5.0f}%")
    r = sum(v[0] for v in table.values())
    t = sum(v[1] for v in table.values())
    lines.append(f"{'(all)':<32} {f'{r}/{t}':>11} {100 * r / t:>5.0f}%")
    lines += ["misses:"] + [f"  {m}" for m in misses] if misses else []
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    keep = None
    if "--keep" in argv:
        i = argv.index("--keep")
        keep = Path(argv[i + 1])
        argv = argv[:i] + argv[i + 2:]
    kinds = argv or ["report", "survey"]
    perfect = True
    with tempfile.TemporaryDirectory(prefix="legacy-score-") as tmp:
        root = keep or Path(tmp)
        for kind in kinds:
            table, misses = scoreboard(kind, root)
            print(render(kind, table, misses))
            perfect &= not misses
    return 0 if perfect else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
