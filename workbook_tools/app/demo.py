"""`workbook-tools demo`: every report from the bundled synthetic examples into out/."""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

from workbook_tools.errors import InputError


def run_demo(examples: Path, out: Path) -> Iterator[str]:
    from workbook_tools.app import contracts, grid

    if not examples.is_dir():
        raise InputError(f"サンプルデータのフォルダ {examples} がありません（リポジトリの最上位で実行してください）")
    out.mkdir(parents=True, exist_ok=True)
    src6 = examples / "grid" / "加入拡大モデル単組_6月開始.xlsx"
    for start in (6, 5):
        job = grid.recompute(src6, start_month=start)
        target = out / f"A_加入拡大モデル単組_{start}月開始.xlsx"
        grid.write_grid_workbook(job, target, json_path=target.with_suffix(".json"))
        s = job.result.summary
        yield (f"報告A（{start}月開始）: {target}  取組単組 {s.unions} / 目標 {s.target:,} / 実績 {s.actual:,} / "
               f"到達率 {job.result.spec.rule.text(s.rate)} / 目標達成 {s.achievers} 単組 / チェック {len(job.problems)} 件")
    cj = contracts.recompute(examples / "contracts" / "新契約件数_県支部別.xlsx")
    target = out / "B_新契約件数_主要共済の実績.xlsx"
    contracts.write_workbook(cj, target, target.with_suffix(".json"))
    yield f"報告B: {target}  {len(cj.result.products)} 商品 / チェック {len(cj.problems)} 件"

    from workbook_tools.app import consolidate
    from workbook_tools.forms import registry
    from workbook_tools.samples.examples import SUBMISSION_EXAMPLE_YEAR

    for kind, folder, label, roster in (("report", "reports", "C_県本部報告書_集約", None),
                                        ("survey", "surveys", "D_実態アンケート_集約",
                                         examples / "アンケート提出予定名簿.xlsx")):
        batch = consolidate.consolidate(kind, examples / folder, year=SUBMISSION_EXAMPLE_YEAR, roster=roster)
        target = out / f"{label}.xlsx"
        consolidate.write_workbook(batch, target, target.with_suffix(".json"))
        c = batch.counts()
        yield (f"{registry.get(kind).label}: {target}  ファイル {len(batch.records)} 件（取込済 {c['取込済']} / "
               f"警告あり {c['警告あり']} / 取込不可 {c['取込不可']}）/ 未提出 {len(batch.roster_missing)} 件")
