"""The lists of a job's result as plain tables (Japanese column names, one
dict per row), shared by `--csv` and the Python API's DataFrames.

Column names are part of the public API (documented in README): add columns,
never rename.  No pandas here: `to_pandas` in workbook_tools.api builds the
DataFrames from these rows."""
from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

Table = list[dict[str, Any]]

PROBLEM_COLUMNS = ("重要度", "ファイル", "シート", "セル", "内容", "対処", "コード")
FILE_COLUMNS = ("ファイル", "状態", "理由", "読み取り方法", "シート", "SHA-256", "重複で除外", "備考")
ANSWER_COLUMNS = ("ファイル", "項目キー", "区分", "項目", "値", "注記", "元の記入", "シート", "セル")


def problems_table(problems) -> Table:
    return [dict(zip(PROBLEM_COLUMNS, (str(p.severity), p.file, p.sheet, p.cell, p.message, p.action, p.code)))
            for p in problems]


def _rate(x) -> float | None:
    return None if x is None else float(x)


def grid_tables(job) -> dict[str, Table]:
    """単組 (one row per union, as the workbook's grid) and チェック."""
    res = job.result
    rule = res.spec.rule
    rows = []
    for r, x in zip(res.rows, res.results):
        row = {"県コード": r.pref_code, "県名": r.pref_name, "単組コード": r.union_code, "単組名": r.name,
               "組合員数": r.members, "団生保有": r.policies, "目標件数": r.target,
               "全国集計対象": not r.is_sector, "加入率": _rate(x.join_rate)}
        row.update({f"{y}年度実績": v for y, v in sorted(x.year_totals.items())})
        row.update({f"{y}年度累計": v for y, v in sorted(x.cumulative_past.items())})
        row.update({"累積件数": x.cumulative, "前年比": x.yoy, "達成率": _rate(x.achievement),
                    "達成率表示": rule.text(x.achievement) if x.achievement is not None else "",
                    "残件数": x.remaining, "目標達成": x.achieved, "入力行": r.source_row})
        rows.append(row)
    return {"単組": rows, "チェック": problems_table(job.problems)}


def contracts_tables(job) -> dict[str, Table]:
    """商品 (one row per product), 県支部別 (product × branch) and チェック."""
    res = job.result
    t = res.rule.text
    products, branches = [], []
    for p in res.products:
        products.append({"商品": p.product, "時点": str(p.as_of) if p.as_of else "", "目標": p.target,
                         "実績": p.actual, "到達率": _rate(p.rate), "到達率表示": t(p.rate) if p.rate is not None else "",
                         "目標達成県支部数": len(p.achievers),
                         "目標達成県支部": "、".join(b.figures.name for b in p.achievers) or "なし", "注記": p.note})
        for b in p.branches:
            f = b.figures
            branches.append({"商品": p.product, "県コード": f.code, "県支部": f.name, "目標": f.target, "実績": f.actual,
                             "到達率": _rate(b.rate), "到達率表示": t(b.rate) if b.rate is not None else "",
                             "目標達成": b.achieved, "入力セル": f.source})
    return {"商品": products, "県支部別": branches, "チェック": problems_table(job.problems)}


def batch_tables(batch) -> dict[str, Table]:
    """ファイル (one row per file), 回答 (one row per file × field, with provenance) and チェック."""
    from workbook_tools.forms import registry

    form = registry.get(batch.kind, consolidating=True).form
    fields = {key: (s, f) for key, s, f in form.keyed_fields()}
    files, answers = [], []
    for rec in batch.records:
        files.append(dict(zip(FILE_COLUMNS, (rec.path, str(rec.status), rec.reason, str(rec.via), rec.sheet,
                                             rec.sha256, rec.superseded_by, "／".join(rec.notes)))))
        for key, v in rec.values.items():
            s, f = fields.get(key, (None, None))
            answers.append(dict(zip(ANSWER_COLUMNS, (
                rec.path, key, s.title if s else "", f.long_label if f else key, v.value, str(v.flag), v.raw,
                v.sheet, v.cell))))
    return {"ファイル": files, "回答": answers, "チェック": problems_table(batch.all_problems())}


def tables_of(job) -> dict[str, Table]:
    from workbook_tools.app.contracts import ContractsJob
    from workbook_tools.app.grid import GridJob

    if isinstance(job, GridJob):
        return grid_tables(job)
    if isinstance(job, ContractsJob):
        return contracts_tables(job)
    return batch_tables(job)


def _cell(v) -> Any:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "TRUE" if v else "FALSE"
    if isinstance(v, str) and v[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + v  # a submitted text must never become a formula in Excel
    return v


def write_csv(job, folder: Path) -> list[Path]:
    """Each list as <name>.csv, UTF-8 with BOM (Excel opens it with the Japanese intact)."""
    out = []
    for name, rows in tables_of(job).items():
        path = Path(folder) / f"{name}.csv"
        columns = list(dict.fromkeys(k for r in rows for k in r)) if rows else []
        with open(path, "w", encoding="utf-8-sig", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(columns)
            for r in rows:
                w.writerow([_cell(r.get(c)) for c in columns])
        out.append(path)
    return out
