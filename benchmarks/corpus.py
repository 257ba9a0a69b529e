"""Generate the mixed benchmark corpus: surveys and reports, half from our template, half legacy.

Template halves: the blank form is made by the real CLI (`workbook-tools
template survey|report`), then filled the way a person would (openpyxl, as
in workbook_tools.samples.submissions); up to --variants distinct fillings
are copied round-robin.  Legacy halves: every file written separately with
the legacy layouts of workbook_tools.samples.submissions.

    python benchmarks/corpus.py DIR [--surveys 2000] [--reports 47]

A finished corpus is reused when DIR/corpus.json matches the request.
"""
from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import cli  # noqa: E402

YEAR = 2024


def _templates(root: Path) -> tuple[Path, Path]:
    out = []
    for kind in ("survey", "report"):
        p = root / f"_template_{kind}.xlsx"
        subprocess.run(cli() + ["template", kind, "-o", str(p), "--year", str(YEAR)], check=True,
                       stdout=subprocess.DEVNULL)
        out.append(p)
    return out[0], out[1]


def _surveys(folder: Path, template: Path, n: int, variants: int, rng: random.Random, prefs: list[str]) -> None:
    from workbook_tools.forms import survey
    from workbook_tools.samples.submissions import (fill_template, survey_answers, survey_template_values,
                                                    write_legacy_survey)

    filled: list[Path] = []
    for i in range(n):
        p = folder / f"アンケート_{i:05d}.xlsx"
        a = survey_answers(prefs[i % 47], i, rng)
        if i % 2:
            write_legacy_survey(p, a, YEAR)
        elif len(filled) < variants:
            filled.append(fill_template(template, p, survey.FORM, survey_template_values(a)))
        else:
            shutil.copyfile(filled[(i // 2) % len(filled)], p)


def _reports(folder: Path, template: Path, n: int, rng: random.Random, prefs: list[str]) -> None:
    from workbook_tools.forms import report
    from workbook_tools.samples.submissions import (fill_template, report_answers, report_template_values,
                                                    write_legacy_report)

    for i in range(n):
        a = report_answers(prefs[i % 47], rng, YEAR)
        p = folder / f"報告書_{i:02d}.xlsx"
        if i % 2:
            write_legacy_report(p, a, YEAR, rng)
        else:
            fill_template(template, p, report.FORM, report_template_values(a))


def ensure(root: Path, surveys: int, reports: int = 47, variants: int = 100) -> tuple[Path, Path]:
    """The corpus folders (surveys, reports), generated unless already there."""
    from workbook_tools.core.prefectures import prefectures

    want = {"surveys": surveys, "reports": reports, "variants": variants, "year": YEAR}
    marker = root / "corpus.json"
    s_dir, r_dir = root / "surveys", root / "reports"
    if marker.exists() and json.loads(marker.read_text(encoding="utf-8")) == want:
        return s_dir, r_dir
    for d in (s_dir, r_dir):
        shutil.rmtree(d, ignore_errors=True)
        d.mkdir(parents=True)
    t_s, t_r = _templates(root)
    rng = random.Random(17)
    prefs = [p.name for p in prefectures()]
    _surveys(s_dir, t_s, surveys, variants, rng, prefs)
    _reports(r_dir, t_r, reports, rng, prefs)
    marker.write_text(json.dumps(want), encoding="utf-8")
    return s_dir, r_dir


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir", type=Path)
    ap.add_argument("--surveys", type=int, default=2000)
    ap.add_argument("--reports", type=int, default=47)
    ap.add_argument("--variants", type=int, default=100, help="distinct filled templates (copied round-robin)")
    args = ap.parse_args()
    s, r = ensure(args.dir, args.surveys, args.reports, args.variants)
    print(f"{sum(1 for _ in s.iterdir())} surveys in {s}, {sum(1 for _ in r.iterdir())} reports in {r}")


if __name__ == "__main__":
    main()
