"""Report B job: read per-branch figures, compute per product, write HQ's layout."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from workbook_tools.core.contracts import TRANSFER_NOTE, ContractsResult, ProductInput, compute_contracts
from workbook_tools.core.rounding import RoundingRule
from workbook_tools.errors import Problem
from workbook_tools.io.contracts_reader import read_contracts


@dataclass
class ContractsJob:
    products: list[ProductInput]
    result: ContractsResult
    problems: list[Problem] = field(default_factory=list)
    file: str = ""


def start_read(path: Path, year: int | None = None):
    """Report B's read started in a worker process (app/isolated_read.PendingRead), for ``recompute(...,
    pending=…)``."""
    from workbook_tools.app.isolated_read import start_read as start

    return start(read_in_worker, (path, year), path)


def recompute(path: Path, rule: RoundingRule | None = None, *, isolate: bool = False,
              pending=None, year: int | None = None) -> ContractsJob:
    """Read and compute Report B.  ``isolate``: read in a worker process (app/isolated_read.py), so that a
    file that crashes the reader or eats memory ends in a Japanese error, not in a dead process.
    ``pending``: that read, already started (``start_read``).  ``year``: the fiscal year to read where a table
    or a book holds several (last year's columns, rows, table or sheet beside this year's); by default the latest."""
    if isolate and pending is None:
        pending = start_read(path, year)
        _import_writer()  # while the worker starts and reads
    if pending is not None:
        products, problems = pending.result()
        problems = pending.notes + problems
    else:
        products, problems = read_contracts(path, year)
    result = compute_contracts(products, rule)
    for p in result.products:
        if p.has_high_rate and p.note == TRANSFER_NOTE:
            problems.append(Problem("情報", f"{p.product} に到達率 1000% 超の県支部があります（契約管理の変更を新規として計上した"
                                           "可能性）。注記を付けました", path.name, "", "", code="high_rate"))
    return ContractsJob(products, result, problems, path.name)


def read_in_worker(args: tuple) -> tuple:
    """What the isolated worker runs (named in workbook_tools/__main__.py, which starts it ahead of need)."""
    from workbook_tools.app.isolated_read import guarded

    path, year = args
    return guarded(read_contracts, path, year)


def _import_writer() -> None:
    import workbook_tools.app.output  # noqa: F401
    import workbook_tools.io.contracts_writer  # noqa: F401
    from workbook_tools.io.writer import preload

    preload()


def write_workbook(job: ContractsJob, output: Path, json_path: Path | None = None) -> Path:
    """The workbook (and the JSON, if asked for) replaced together."""
    from workbook_tools.app.output import result_json_text, write_book_and_json
    from workbook_tools.io.contracts_writer import write_contracts
    from workbook_tools.io.grid_writer import write_checks_sheet

    def fill(book) -> None:
        write_contracts(book, job.result)
        write_checks_sheet(book, job.problems)

    write_book_and_json(output, json_path, fill, lambda: result_json_text(job.result.to_dict(), job.problems))
    return output


def write_json(job: ContractsJob, path: Path) -> None:
    from workbook_tools.app.output import write_result_json

    write_result_json(job.result.to_dict(), job.problems, path)
