"""The Python API (``import workbook_tools as wt``) for analysts and notebooks.

    wt.read_surveys(folder)       → Consolidated   (報告D アンケート)
    wt.read_reports(folder)       → Consolidated   (報告C 報告書)
    wt.recompute_grid(path)       → GridResult     (報告A)
    wt.recompute_contracts(path)  → ContractsResult (報告B)

Each result keeps the job (``.job``), its problems (``.problems``), the lists
as plain rows (``.tables``) and ``.to_pandas()`` → dict of DataFrames with the
Japanese column names documented in README (pandas is imported only there;
``pip install workbook-tools[pandas]``).  ``.write(path)`` writes the same
workbook as the CLI.  Nothing is printed: no progress bar, no worker output.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["Result", "read_surveys", "read_reports", "read_folder", "recompute_grid", "recompute_contracts"]

_BOOL_COLUMNS = {"全国集計対象", "目標達成"}
_INT_COLUMNS = {"組合員数", "団生保有", "目標件数", "累積件数", "前年比", "残件数", "入力行", "目標", "実績", "目標達成県支部数"}
_TEXT_COLUMNS = {"県コード", "単組コード", "ファイル", "項目キー", "区分", "項目", "注記", "元の記入", "シート", "セル",
                 "重要度", "内容", "対処", "コード", "状態", "理由", "読み取り方法", "SHA-256", "重複で除外", "備考",
                 "商品", "時点", "県支部", "入力セル", "到達率表示", "達成率表示", "県名", "単組名", "目標達成県支部"}


@dataclass
class Result:
    """One job's result: ``tables`` (name → rows) and ``to_pandas()``."""

    kind: str
    job: Any
    tables: dict[str, list[dict]] = field(repr=False, default_factory=dict)

    @property
    def problems(self) -> list:
        job = self.job
        return job.all_problems() if hasattr(job, "all_problems") else list(job.problems)

    def to_pandas(self) -> dict[str, Any]:
        """Every list as a DataFrame (name → DataFrame), columns as in README 「Python から使う」."""
        return {name: _frame(rows, _columns(name, rows)) for name, rows in self.tables.items()}

    def write(self, output: Path) -> Path:
        """The same output workbook as the CLI writes."""
        from workbook_tools.app import consolidate, contracts, grid

        output = Path(output)
        if self.kind == "grid":
            return grid.write_grid_workbook(self.job, output)
        if self.kind == "contracts":
            return contracts.write_workbook(self.job, output)
        return consolidate.write_workbook(self.job, output)[0]


def _columns(name: str, rows: list[dict]) -> list[str]:
    from workbook_tools.app import tables as t

    fixed = {"チェック": t.PROBLEM_COLUMNS, "ファイル": t.FILE_COLUMNS, "回答": t.ANSWER_COLUMNS}.get(name)
    return list(fixed) if fixed else list(dict.fromkeys(k for r in rows for k in r))


def _frame(rows: list[dict], columns: list[str]):
    import pandas as pd

    df = pd.DataFrame.from_records(rows, columns=columns)
    for c in df.columns:
        if c in _BOOL_COLUMNS:
            df[c] = df[c].astype("boolean")
        elif c in _TEXT_COLUMNS:
            df[c] = df[c].astype("string")
        elif c == "値":
            df[c] = df[c].astype(object)
        else:
            num = pd.to_numeric(df[c], errors="coerce")
            whole = num.dropna()
            df[c] = num.astype("Int64" if c in _INT_COLUMNS and (whole == whole.round()).all() else "Float64")
    return df


def read_folder(kind: str, folder, *, year: int | None = None, roster=None, password: str | None = None,
                jobs: int | None = None, timeout: float = 60.0) -> Result:
    """Consolidate a folder of submitted workbooks of a registered kind ('report', 'survey', …)."""
    from workbook_tools.app import consolidate, paths
    from workbook_tools.app.tables import batch_tables

    folder = paths.existing_folder(Path(folder))
    batch = consolidate.consolidate(kind, folder, year=year, jobs=jobs, password=password,
                                    roster=Path(roster) if roster is not None else None, timeout=timeout)
    return Result(kind, batch, batch_tables(batch))


def read_surveys(folder, **options) -> Result:
    """報告D: the 実態共有アンケート submissions in folder (options as read_folder)."""
    return read_folder("survey", folder, **options)


def read_reports(folder, **options) -> Result:
    """報告C: the 県本部 取り組み報告書 submissions in folder (options as read_folder)."""
    return read_folder("report", folder, **options)


def recompute_grid(path, *, sheet: str | None = None, start_month: int | None = None, cutoff: str | None = None,
                   year: int | None = None) -> Result:
    """報告A: the HQ grid recomputed (start_month 6 or 5; cutoff 'YYYY-MM')."""
    from workbook_tools.app import grid, paths
    from workbook_tools.app.tables import grid_tables
    from workbook_tools.core.calendar import YearMonth

    if start_month not in (None, 5, 6):
        raise ValueError(f"start_month は 6 か 5 です（{start_month}）")
    job = grid.recompute(paths.existing_file(Path(path)), sheet=sheet, start_month=start_month,
                         cutoff=YearMonth.parse(cutoff) if cutoff else None, fiscal_year=year,
                         isolate=True)  # a reader crash is a RefusedFile, not a dead interpreter (a notebook's kernel)
    return Result("grid", job, grid_tables(job))


def recompute_contracts(path) -> Result:
    """報告B: 新契約件数 per product and branch."""
    from workbook_tools.app import contracts, paths
    from workbook_tools.app.tables import contracts_tables

    job = contracts.recompute(paths.existing_file(Path(path)), isolate=True)
    return Result("contracts", job, contracts_tables(job))
