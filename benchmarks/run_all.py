"""Run every benchmark once and print the results (the README's 性能 table with --markdown).

    python benchmarks/run_all.py [--markdown] [--surveys 2000] [--corpus DIR] [--big] [--runs 15] [--rounds 3]
        [--writers] [--profile]

Consolidation, its floor (benchmarks/floor.py), grid and --help start-up always run; --writers adds the writer
investigation, --profile the cProfile split of one consolidation.  All ratios
come from this one run.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import consolidate  # noqa: E402
import floor  # noqa: E402
import grid  # noqa: E402
import profile_consolidate  # noqa: E402
import startup  # noqa: E402
import writers  # noqa: E402
from _common import spread  # noqa: E402


def _run_row(label: str, r, base, goal: str = "", walls: list[float] | None = None) -> str:
    mem = f"親 {r.parent_mb:.0f} MB" + (f"／子 {r.worker_mb:.0f} MB" if r.worker_mb else "")
    each = f"<br>（{len(walls)} 回: {min(walls):.2f}〜{max(walls):.2f} 秒）" if walls and len(walls) > 1 else ""
    return (f"| {label} | {r.wall:.2f} 秒（{r.wall / base.wall:.1f} 倍）{each} | {r.cpu:.2f} 秒（{r.cpu / base.cpu:.1f} 倍） "
            f"| {mem} | {goal} |")


def _consolidation_md(c: dict) -> list[str]:
    cal, j1, j2 = c["calamine"], c["jobs1"], c["jobs2"]
    walls = c.get("spread", {})
    rounds = c.get("rounds", 1)
    how = (f"calamine・fastexcel・当ツールは {rounds} 回ずつ交互に実行し（同じ時間帯の負荷を等しく受けるように）、"
           "経過時間が中央値の回を示します（CPU 時間とメモリもその回の値）。openpyxl は 1 回です。") if rounds > 1 else ""
    out = [f"集約: アンケート {c['surveys']:,} 件＋報告書 47 件（半分はテンプレート記入、半分は古い様式）。"
           "どれも別プロセスで全ファイルを読み、当ツールは出力の書き出しまで含みます。" + how, "",
           "| 処理 | 経過時間（calamine 比） | CPU 時間（calamine 比） | 最大メモリ | 目標 |", "|---|---|---|---|---|",
           _run_row("python-calamine で全セルを読むだけ", cal, cal, walls=walls.get("calamine"))]
    if "fastexcel" in c:
        out.append(_run_row("fastexcel で全セルを読むだけ", c["fastexcel"], cal, walls=walls.get("fastexcel")))
    if "openpyxl" in c:
        out.append(_run_row("素朴な openpyxl のループ（全ファイル）", c["openpyxl"], cal))
    out.append(_run_row("`consolidate --jobs 1`", j1, cal, "calamine の 4 倍以内", walls.get("jobs1")))
    out.append(_run_row("`consolidate --jobs 2`", j2, cal, "`--jobs 1` の 1.6 倍速（空いた 2 コアで）",
                        walls.get("jobs2")))
    out.append("")
    if "openpyxl" in c:
        op = c["openpyxl"]
        out.append(f"- `--jobs 1` は素朴な openpyxl より経過時間で {op.wall / j1.wall:.1f} 倍、CPU 時間で "
                   f"{op.cpu / j1.cpu:.1f} 倍速い（目標 15 倍以上）")
    out.append(f"- `--jobs 2` は `--jobs 1` の {j1.wall / j2.wall:.2f} 倍速（目標 1.6 倍以上）")
    (n0, g0), *rest = c["growth"]
    for n, g in rest:
        per = (g.parent_mb - g0.parent_mb) * 1e3 / (n - n0)
        growth = f"1 ファイルあたり約 {per:.1f} KB 増" if per >= 0.05 else "増えていません"
        out.append(f"- 親プロセスの最大メモリ: {n0:,} 件 {g0.parent_mb:.0f} MB → {n:,} 件 {g.parent_mb:.0f} MB"
                   f"（{growth}。目標: 10,000 件で 150 MB 以下）")
    return out


def _grid_md(g: dict) -> list[str]:
    ph = g["phases"]
    names = dict(zip(grid.PHASES, ("事前検査", "読み込み", "行の解析", "コア計算", "チェック", "書き出し")))
    split = "、".join(f"{names[k]} {ph[k] * 1000:.0f} ms" for k in grid.PHASES)
    return ["", f"グリッド（{g['unions']:,} 単組 × 3 年度）:", "",
            f"- `grid recompute`（プロセス全体、入力は別プロセスで読む）{g['e2e']:.2f} 秒（最短 {g['e2e_min']:.2f} 秒、"
            f"CPU {g['e2e_cpu']:.2f} 秒）、最大メモリ 親 {g['e2e_mb']:.0f} MB／子 {g['e2e_worker_mb']:.0f} MB"
            f"（目標 1.5 秒以内）。calamine で読むだけなら {g['bare']:.2f} 秒（経過時間 {g['e2e'] / g['bare']:.1f} 倍、"
            f"CPU 時間 {g['e2e_cpu'] / g['bare_cpu']:.1f} 倍）",
            f"- 同じコマンドで入力を同じプロセスで読むと {g['here']:.2f} 秒（最短 {g['here_min']:.2f} 秒、"
            f"CPU {g['here_cpu']:.2f} 秒）: 別プロセスで読む費用は経過時間 {g['e2e'] - g['here']:+.2f} 秒、"
            f"CPU {g['e2e_cpu'] - g['here_cpu']:+.2f} 秒",
            f"- 内訳（同じプロセス内、import 済み）: {split}（コアの実行は {ph['core calls']:.0f} 回、チェックの分を含む）"]


def _floor_md(f: dict) -> list[str]:
    cal, fl, j1 = f["calamine"], f["floor"], f["jobs1"]
    parts = f["parts"]
    names = {"calamine": "calamine だけ", "read": "読み込みと SHA-256", "safe": "事前検査＋calamine",
             "write": "1 ファイル 1 行の書き出し"}
    split = "、".join(f"{names[key]} {ms:.3f} ms" for key, ms in parts.items())
    return ["", "下限（`benchmarks/floor.py`。いまの安全確認をすべて残した集約が省けない処理だけを、同じコーパスの全ファイルに行う 1 つの"
                "プロセス: ファイルを 1 回読んで SHA-256、ファイルと全シートの事前検査、calamine で全シートの全セル、1 ファイル 1 行"
                f"（{f['width']} セル）を XlsxWriter の constant_memory で 1 シートに書き出す。項目探し・値の正規化・確認・ほかのシートの"
                f"書き出し・子プロセスはなし。{f['rounds']} 回ずつ交互に実行した中央値）:", "",
            f"- calamine で全セルを読むだけ {cal.wall:.2f} 秒、下限 {fl.wall:.2f} 秒（{fl.wall / cal.wall:.1f} 倍、CPU "
            f"{fl.cpu / cal.cpu:.1f} 倍）、`consolidate --jobs 1` {j1.wall:.2f} 秒（{j1.wall / cal.wall:.1f} 倍）",
            f"- 下限の内訳（1 ファイルあたりの CPU 時間、同じプロセス内、3 回の最良）: {split}"]


def _startup_md(s: dict) -> list[str]:
    t = {k: v for k, v in startup.timings(s).items() if k != "python -c pass"}
    worst = max(t, key=lambda k: spread(t[k])[1])
    lo, med, hi = spread(t[worst])
    slow = sum(x > startup.LIMIT for ts in t.values() for x in ts)
    out = ["", f"`--help`（全 {len(t)} コマンド × {s['runs']} 回）: 中央値が最も遅いのは `{worst}` で "
               f"最小 {lo * 1000:.0f} / 中央値 {med * 1000:.0f} / 最大 {hi * 1000:.0f} ms。"
               f"0.3 秒を超えた回: {slow} 回（目標 0 回）"]
    if s.get("one_file"):
        out += ["", f"いちばん小さな入力での 1 回の実行（プロセス全体、{s['runs']} 回、経過時間の最小 / 中央値 / 最大、"
                    "CPU 時間は子プロセスを含む中央値）:", ""]
        for name, ts in s["one_file"].items():
            lo, med, hi = spread([w for w, _ in ts])
            goal = f"（目標: 空いた機械で中央値 {startup.ONE_FILE_GOAL} 秒以内）" if "survey" in name else ""
            out.append(f"- `{name}`: {lo * 1000:.0f} / {med * 1000:.0f} / {hi * 1000:.0f} ms、"
                       f"CPU {spread([c for _, c in ts])[1] * 1000:.0f} ms{goal}")
    return out


def markdown(c: dict, f: dict, g: dict, s: dict) -> str:
    head = ["計測した機械と負荷（他の作業と共用の機械では負荷が結果を左右します）:", "",
            f"- 集約の前: {c['machine_before']}", f"- 集約の後: {c['machine_after']}",
            f"- グリッドの後: {g['machine_after']}", f"- `--help` の後: {s['machine_after']}", ""]
    return "\n".join(head + _consolidation_md(c) + _floor_md(f) + _grid_md(g) + _startup_md(s))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--markdown", action="store_true", help="print the README's 性能 section body")
    ap.add_argument("--surveys", type=int, default=2000)
    ap.add_argument("--corpus", type=Path, help="keep (and reuse) the generated corpus here")
    ap.add_argument("--big", action="store_true", help="also 10,000 surveys for parent memory (slow)")
    ap.add_argument("--runs", type=int, default=15, help="runs per --help")
    ap.add_argument("--rounds", type=int, default=3, help="interleaved runs of calamine and the consolidations")
    ap.add_argument("--writers", action="store_true")
    ap.add_argument("--profile", action="store_true")
    args = ap.parse_args()
    c = consolidate.measure(args.surveys, args.corpus, args.big, rounds=args.rounds)
    f = floor.measure(args.surveys, args.corpus, args.rounds)
    g = grid.measure()
    s = startup.measure(args.runs)
    print(markdown(c, f, g, s) if args.markdown else "\n\n".join(
        [consolidate.report(c), floor.report(f), grid.report(g), startup.report(s)]))
    if args.writers:
        print("\n" + writers.report(writers.measure()))
    if args.profile:
        print("\n" + profile_consolidate.report(profile_consolidate.measure(args.surveys, args.corpus)))


if __name__ == "__main__":
    main()
