"""The scoring shared by the independent Report B (contracts) sets: each tests/legacy_contracts*/compare.py
calls it with its own build.py and expected.py.

    python tests/legacy_contractsN/compare.py [--keep DIR] [--quiet]

Builds the set (into a temporary folder, or DIR with --keep), runs
``python -m workbook_tools contracts recompute FILE -o OUT.xlsx --json OUT.json
--csv CSVDIR`` on each file (plus the file's "cli_args" from expected.py, all
empty), and compares with expected.py:

- per file, one point for "the set of products read equals the expected set"
  (a product counts as read when the JSON gives it a non-zero 目標 or 実績, or
  the CSV has a row with a figure for it);
- per expected product, one point each for 時点, 目標, 実績, 到達率表示 and
  目標達成県支部 (the list of names, in order) from the JSON's 商品 entry;
- per expected product × 県支部, one point each for 目標 and 実績 from
  CSVDIR/県支部別.csv (rows matched by short name or by 県コード);
- per expected product, one point for "no extra branches read": no CSV row with
  a figure for a 県支部 the file does not have, and no 県支部 read twice.

A file whose run writes no JSON scores 0 for all its fields.  Prints per file
the fields right / total and every mismatch (tagged [debatable] where
expected.py explains a second reading), the CLI's exit code and its チェック
entries (informational; --quiet hides them), then a TOTAL.  Exit code 0 only
when every field matches."""
from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter
from pathlib import Path


MISSING = object()
PRODUCT_KEYS = ["時点", "目標", "実績", "到達率表示", "目標達成県支部"]

# 自治労県コード (DOMAIN.md); used only to match CSV rows by code as well as by name.
FED_CODE = {
    "北海道": "01", "青森": "03", "岩手": "04", "宮城": "05", "秋田": "06", "山形": "07",
    "福島": "08", "新潟": "09", "群馬": "10", "栃木": "11", "茨城": "12", "埼玉": "13",
    "東京": "14", "千葉": "15", "神奈川": "16", "山梨": "17", "長野": "18", "富山": "19",
    "石川": "20", "福井": "21", "静岡": "22", "愛知": "23", "岐阜": "24", "三重": "25",
    "滋賀": "26", "京都": "27", "奈良": "28", "和歌山": "29", "大阪": "30", "兵庫": "32",
    "岡山": "33", "広島": "34", "鳥取": "35", "島根": "36", "山口": "37", "香川": "38",
    "徳島": "39", "愛媛": "40", "高知": "41", "福岡": "42", "佐賀": "43", "長崎": "44",
    "大分": "45", "宮崎": "46", "熊本": "47", "鹿児島": "48", "沖縄": "49",
}


def _norm(s) -> str:
    if not isinstance(s, str):
        return "" if s is None else str(s)
    s = unicodedata.normalize("NFKC", s)
    return "".join(s.split())


def _num(v):
    """A CSV/JSON figure as int (or float), '' / None as None."""
    if v is None:
        return None
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return int(v) if float(v).is_integer() else v
    s = _norm(v).replace(",", "")
    if s == "":
        return None
    try:
        f = float(s)
    except ValueError:
        return v
    return int(f) if f.is_integer() else f


def _same(exp, got) -> bool:
    if hasattr(exp, "options"):  # the set's OneOf
        return any(_same(o, got) for o in exp.options)
    if got is MISSING:
        return False
    if exp is None or got is None or got == "":
        return exp is None and (got is None or got == "")
    if isinstance(exp, list):
        return isinstance(got, list) and [_norm(x) for x in exp] == [_norm(x) for x in got]
    if isinstance(exp, str):
        return _norm(exp) == _norm(got)
    if isinstance(exp, (int, float)):
        g = _num(got)
        return isinstance(g, (int, float)) and abs(g - exp) < 1e-9
    return exp == got


def _has_figure(row: dict) -> bool:
    return _num(row.get("目標")) is not None or _num(row.get("実績")) is not None


def _read_csv(path: Path) -> list[dict] | None:
    if not path.exists():
        return None
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def run_one(EXPECTED: dict, name: str, path: Path, outdir: Path, quiet: bool) -> tuple[int, int, list]:
    exp = EXPECTED[name]
    stem = Path(name).stem
    out_xlsx = outdir / (stem + "_out.xlsx")
    out_json = outdir / (stem + ".json")
    csv_dir = outdir / (stem + "_csv")
    cmd = [sys.executable, "-m", "workbook_tools", "contracts", "recompute", str(path),
           "-o", str(out_xlsx), "--json", str(out_json), "--csv", str(csv_dir),
           *exp.get("cli_args", [])]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    data = None
    if out_json.exists():
        try:
            data = json.loads(out_json.read_text(encoding="utf-8"))
        except ValueError:
            data = None
    rows = _read_csv(csv_dir / "県支部別.csv") if data is not None else None

    mismatches: list[tuple[str, str, object, object]] = []
    right = total = 0

    def check(who: str, key: str, e, g) -> None:
        nonlocal right, total
        total += 1
        if data is not None and _same(e, g):
            right += 1
        else:
            mismatches.append((who, key, e, "(missing)" if g is MISSING else g))

    d = data or {}
    got_products = {_norm(p.get("商品")): p for p in (d.get("商品") or []) if isinstance(p, dict)}
    by_product: dict[str, list[dict]] = {}
    for r in rows or []:
        by_product.setdefault(_norm(r.get("商品")), []).append(r)

    # 1. the set of products read
    read = {k for k, p in got_products.items()
            if (_num(p.get("目標")) or 0) != 0 or (_num(p.get("実績")) or 0) != 0}
    read |= {k for k, rs in by_product.items() if any(_has_figure(r) for r in rs)}
    exp_set = {_norm(p) for p in exp["products"]}
    check("(file)", "商品の集合", sorted(exp_set), sorted(read) if data is not None else MISSING)

    collapsed: list[str] = []
    for prod, ep in exp["products"].items():
        gp = got_products.get(_norm(prod))
        # 2. product-level fields
        for key in PRODUCT_KEYS:
            if gp is None:
                g = MISSING
            elif key == "目標達成県支部":
                lst = gp.get(key)
                g = [x.get("県支部") if isinstance(x, dict) else x for x in lst] if isinstance(lst, list) else MISSING
            else:
                g = gp.get(key, MISSING)
            check(prod, key, ep[key], g)
        # 3. branch fields
        prows = by_product.get(_norm(prod), []) if rows is not None else []
        used: set[int] = set()
        n_before = len(mismatches)
        for branch, eb in ep["branches"].items():
            code = FED_CODE.get(branch)
            hit = None
            for i, r in enumerate(prows):
                if i in used:
                    continue
                if _norm(r.get("県支部")) == _norm(branch):
                    hit = i
                    break
            if hit is None and code is not None:
                for i, r in enumerate(prows):
                    if i not in used and _norm(r.get("県コード")).zfill(2) == code:
                        hit = i
                        break
            if hit is not None:
                used.add(hit)
            for key in ("目標", "実績"):
                g = MISSING if hit is None else _num(prows[hit].get(key))
                check(f"{prod}/{branch}", key, eb[key], g)
        branch_fails = mismatches[n_before:]
        if rows is not None and len(branch_fails) == 2 * len(ep["branches"]) and \
                all(g == "(missing)" for _w, _k, _e, g in branch_fails):
            del mismatches[n_before:]
            collapsed.append(f"{prod}: no 県支部 row read at all ({len(branch_fails)} fields)")
        # 4. no extra branches
        extra = [r for i, r in enumerate(prows) if i not in used and _has_figure(r)]
        names = Counter(_norm(r.get("県支部")) for r in prows if _has_figure(r))
        twice = [n for n, c in names.items() if c > 1]
        total += 1
        if data is not None and not extra and not twice:
            right += 1
        else:
            desc = [f"{r.get('県支部')}({r.get('目標')}/{r.get('実績')})" for r in extra]
            desc += [f"{n} read twice" for n in twice if n not in {_norm(r.get('県支部')) for r in extra}]
            mismatches.append((prod, "余分な県支部", [], desc if data is not None else "(no JSON)"))

    print(f"== {name}: {right}/{total} fields right   (exit code {proc.returncode})")
    if data is None:
        for line in (proc.stderr or proc.stdout).strip().splitlines()[-8:]:
            print("   | " + line)
        print(f"   ✗ no JSON written: all {total} fields counted wrong")
        return right, total, [("(file)", "(no JSON)", None, proc.returncode)]
    if rows is None:
        print("   ✗ no 県支部別.csv written: every 県支部 field counted wrong")
    deb = exp.get("debatable", {})
    for line in collapsed:
        print(f"   ✗ {line}")
    for who, key, e, g in mismatches:
        prod = who.split("/")[0]
        tag = "  [debatable]" if (f"{who}/{key}" in deb or who in deb or prod in deb) else ""
        print(f"   ✗ {who} / {key}: expected {e!r}, got {g!r}{tag}")
    if not quiet:
        checks = d.get("チェック") or []
        for c in checks[:30]:
            where = "!".join(x for x in (c.get("sheet") or "", c.get("cell") or "") if x)
            print(f"   · チェック [{c.get('severity')}] {where}: {c.get('message')}  ({c.get('code')})")
        if len(checks) > 30:
            rest = Counter(c.get("code") for c in checks[30:])
            print(f"   · … {len(checks) - 30} more チェック: " +
                  ", ".join(f"{k}×{v}" for k, v in rest.most_common()))
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
        ctx = tempfile.TemporaryDirectory(prefix=f"{set_name}_")
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

