"""Benchmark: consolidating 2,000 generated surveys and 47 reports.

Files per second of `consolidate` (both cores) against, in the same run:
- a naive loop of openpyxl.load_workbook over the same files (reading every cell),
- python-calamine just reading them (no checks, no locating, one process).
Peak memory is the largest resident set of the parent and of any worker.

    python benchmarks/consolidate.py [--surveys 2000] [--reports 47] [--naive-sample 300]
"""
from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path


def _rss_mb(who) -> float:
    try:
        import resource

        return resource.getrusage(who).ru_maxrss / 1024
    except ImportError:  # Windows
        return float("nan")


def generate(root: Path, surveys: int, reports: int) -> tuple[list[Path], list[Path]]:
    from workbook_tools.app.templates import write_template
    from workbook_tools.core.prefectures import prefectures
    from workbook_tools.forms import report, survey
    from workbook_tools.samples.submissions import (fill_template, report_answers, report_template_values,
                                                    survey_answers, survey_template_values, write_legacy_report,
                                                    write_legacy_survey)

    rng = random.Random(1)
    (root / "surveys").mkdir(parents=True)
    (root / "reports").mkdir(parents=True)
    write_template("survey", root / "t_s.xlsx", year=2024)
    write_template("report", root / "t_r.xlsx", year=2024)
    prefs = [p.name for p in prefectures()]
    filled = [fill_template(root / "t_s.xlsx", root / f"filled_{k}.xlsx", survey.FORM,
                            survey_template_values(survey_answers(prefs[k], k, rng))) for k in range(10)]
    s_paths = []
    for i in range(surveys):
        p = root / "surveys" / f"アンケート_{i:05d}.xlsx"
        if i % 2:
            write_legacy_survey(p, survey_answers(prefs[i % 47], i, rng), 2024)
        else:
            shutil.copy(filled[i % 10], p)
        s_paths.append(p)
    r_paths = []
    for i in range(reports):
        a = report_answers(prefs[i % 47], rng, 2024)
        p = root / "reports" / f"報告書_{i:02d}.xlsx"
        if i % 2:
            write_legacy_report(p, a, 2024, rng)
        else:
            fill_template(root / "t_r.xlsx", p, report.FORM, report_template_values(a))
        r_paths.append(p)
    return s_paths, r_paths


def naive(paths: list[Path]) -> float:
    import openpyxl

    t = time.perf_counter()
    for p in paths:
        wb = openpyxl.load_workbook(p)
        for ws in wb.worksheets:
            for row in ws.iter_rows(values_only=True):
                pass
    return time.perf_counter() - t


def bare_calamine(paths: list[Path]) -> float:
    from python_calamine import CalamineWorkbook

    t = time.perf_counter()
    for p in paths:
        wb = CalamineWorkbook.from_path(str(p))
        for name in wb.sheet_names:
            wb.get_sheet_by_name(name).to_python()
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--surveys", type=int, default=2000)
    ap.add_argument("--reports", type=int, default=47)
    ap.add_argument("--naive-sample", type=int, default=300,
                    help="files timed for the openpyxl loop (its rate is extrapolated; it is slow)")
    args = ap.parse_args()
    from workbook_tools.app.consolidate import consolidate

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        t0 = time.perf_counter()
        s_paths, r_paths = generate(root, args.surveys, args.reports)
        print(f"generated {len(s_paths)} surveys + {len(r_paths)} reports in {time.perf_counter() - t0:.1f}s",
              file=sys.stderr)
        all_paths = s_paths + r_paths
        t = time.perf_counter()
        bs = consolidate("survey", root / "surveys", year=2024, jobs=2)
        br = consolidate("report", root / "reports", year=2024, jobs=2)
        ours = time.perf_counter() - t
        assert len(bs.records) == len(s_paths) and not [r for r in bs.records if r.status == "取込不可"]
        assert len(br.records) == len(r_paths)
        sample = all_paths[:: max(1, len(all_paths) // args.naive_sample)][: args.naive_sample]
        naive_rate = len(sample) / naive(sample)
        cal_rate = len(all_paths) / bare_calamine(all_paths)
        ours_rate = len(all_paths) / ours
        parent, child = _rss_mb(0), _rss_mb(-1) if hasattr(__import__("resource"), "RUSAGE_CHILDREN") else float("nan")
    print(f"consolidate: {len(all_paths):,} files ({args.surveys} surveys + {args.reports} reports), 2 worker processes")
    print(f"  ours (consolidate, 2 workers)     : {ours:6.2f} s  {ours_rate:7.1f} files/s")
    print(f"  bare python-calamine read (1 proc): {len(all_paths) / cal_rate:6.2f} s  {cal_rate:7.1f} files/s")
    print(f"  naive openpyxl loop (1 proc)      : {len(all_paths) / naive_rate:6.2f} s  {naive_rate:7.1f} files/s "
          f"(timed on {len(sample)} files)")
    print(f"  ours / naive: {ours_rate / naive_rate:.1f}x   bare calamine / ours: {cal_rate / ours_rate:.2f}x")
    print(f"  peak RSS: parent {parent:.0f} MB, largest worker {child:.0f} MB")
    ok = ours_rate / naive_rate >= 15 and cal_rate / ours_rate <= 4 and max(parent, child) <= 1024
    print("  targets (>= 15x naive, within 4x of bare calamine, <= 1 GB):", "met" if ok else "NOT met")


if __name__ == "__main__":
    main()
