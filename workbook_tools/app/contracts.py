"""Report B job: read per-branch figures, compute per product, write HQ's layout."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from workbook_tools.core.calendar import YearMonth
from workbook_tools.core.contracts import PRODUCTS, TRANSFER_NOTE, BranchFigures, ContractsResult, ProductInput, compute_contracts
from workbook_tools.core.normalize import label_key, normalize_text, parse_count, parse_date
from workbook_tools.core.prefectures import by_code, by_name
from workbook_tools.core.rounding import RoundingRule
from workbook_tools.errors import ERROR, WARNING, InputError, Problem
from workbook_tools.forms import contracts as form
from workbook_tools.io.readers import open_book
from workbook_tools.io.table import find_header, read_table

_STANDARD = {label_key(p): p for p in PRODUCTS}


@dataclass
class ContractsJob:
    products: list[ProductInput]
    result: ContractsResult
    problems: list[Problem] = field(default_factory=list)
    file: str = ""


def _year_month(raw, file, sheet, cell, problems) -> YearMonth | None:
    if raw in (None, ""):
        return None
    d = parse_date(raw)
    if d.year is None or d.month is None:
        problems.append(Problem(WARNING, f"時点「{raw}」を年月として読めません", file, sheet, cell, code="bad_date",
                                action="「2025年1月」の形で入力してください"))
        return None
    return YearMonth(d.year, d.month)


def read_contracts(path: Path) -> tuple[list[ProductInput], list[Problem]]:
    book = open_book(path)
    file = path.name
    problems: list[Problem] = []
    fig_sheet = settings_sheet = None
    for name in book.sheet_names:
        sh = book.sheet(name)
        if fig_sheet is None and find_header(sh, form.FIGURES):
            fig_sheet = sh
        elif settings_sheet is None and find_header(sh, form.PRODUCTS):
            settings_sheet = sh
    if fig_sheet is None:
        labels = "・".join(c.label for c in form.FIGURES.columns if c.required)
        raise InputError(f"実績の表（見出し: {labels}・目標・実績）がどのシートにも見つかりません", file=file,
                         sheet="、".join(book.sheet_names), code="no_table")
    products: dict[str, ProductInput] = {}

    def product_of(raw, cell, sheet) -> ProductInput | None:
        name = normalize_text(raw or "").strip()
        if not name:
            return None
        key = label_key(name)
        canonical = _STANDARD.get(key, name)
        if key not in _STANDARD and canonical not in products:
            problems.append(Problem(WARNING, f"標準の 11 商品にない商品名「{name}」です（そのまま集計しました）",
                                    file, sheet, cell, code="unknown_product"))
        return products.setdefault(canonical, ProductInput(canonical, None))

    if settings_sheet is not None:
        for row in read_table(settings_sheet, form.PRODUCTS, file):
            p = product_of(row.values["product"], row.cells["product"], settings_sheet.name)
            if p is None:
                continue
            if "as_of" in row.values:
                p.as_of = _year_month(row.values["as_of"], file, settings_sheet.name, row.cells["as_of"], problems)
            if row.values.get("note"):
                p.note = normalize_text(row.values["note"]).strip()

    seen: dict[tuple[str, str], str] = {}
    for row in read_table(fig_sheet, form.FIGURES, file):
        sheet = fig_sheet.name
        p = product_of(row.values["product"], row.cells["product"], sheet)
        if p is None:
            problems.append(Problem(ERROR, "商品名が空欄の行です（集計していません）", file, sheet, row.cells["product"],
                                    code="no_product"))
            continue
        raw_branch = row.values["branch"]
        pref = by_name(raw_branch) or by_code(raw_branch)
        if pref is None or not pref.is_prefecture:
            problems.append(Problem(ERROR, f"県支部名「{raw_branch}」が分かりません（全国計に含めていません）", file, sheet,
                                    row.cells["branch"], code="unknown_branch",
                                    action="47 都道府県の名前で入力してください"))
            continue
        figures = {}
        for key in ("target", "actual"):
            raw = row.values.get(key)
            value, problem = parse_count(raw)
            if problem:
                problems.append(Problem(ERROR, f"{form.FIGURES.column(key).label}: {problem}", file, sheet,
                                        row.cells[key], code="bad_number"))
            if value is not None and value < 0:
                problems.append(Problem(WARNING, f"{form.FIGURES.column(key).label}が負の値です（{value}）", file, sheet,
                                        row.cells[key], code="negative"))
            figures[key] = value
        if row.values.get("as_of") not in (None, ""):
            ym = _year_month(row.values["as_of"], file, sheet, row.cells["as_of"], problems)
            if ym and p.as_of and ym != p.as_of:
                problems.append(Problem(WARNING, f"{p.product} の時点が行によって違います（{p.as_of.label()} と {ym.label()}）",
                                        file, sheet, row.cells["as_of"], code="as_of_mismatch"))
            p.as_of = p.as_of or ym
        where = f"{sheet}!{row.cells['branch']}"
        if (p.product, pref.code) in seen:
            problems.append(Problem(WARNING, f"{p.product} の {pref.name} が重複しています（{seen[(p.product, pref.code)]} と）。"
                                    "後の行を使いました", file, sheet, row.cells["branch"], code="duplicate_branch"))
            p.branches = [b for b in p.branches if b.code != pref.code]
        seen[(p.product, pref.code)] = where
        p.branches.append(BranchFigures(pref.code, pref.name, figures["target"], figures["actual"], where))
    order = {name: i for i, name in enumerate(PRODUCTS)}
    ordered = sorted(products.values(), key=lambda p: (order.get(p.product, len(order)), list(products).index(p.product)))
    for p in ordered:
        p.branches.sort(key=lambda b: b.code)
        if p.as_of is None:
            problems.append(Problem(WARNING, f"{p.product} の時点（集計月）がありません", file, "", "", code="no_as_of"))
    return ordered, problems


def recompute(path: Path, rule: RoundingRule | None = None) -> ContractsJob:
    products, problems = read_contracts(path)
    result = compute_contracts(products, rule)
    for p in result.products:
        if p.has_high_rate and p.note == TRANSFER_NOTE:
            problems.append(Problem("情報", f"{p.product} に到達率 1000% 超の県支部があります（契約管理の変更を新規として計上した"
                                           "可能性）。注記を付けました", path.name, "", "", code="high_rate"))
    return ContractsJob(products, result, problems, path.name)


def write_workbook(job: ContractsJob, output: Path) -> Path:
    from workbook_tools.io.contracts_writer import write_contracts
    from workbook_tools.io.grid_writer import write_checks_sheet
    from workbook_tools.io.writer import safe_book

    with safe_book(output) as book:
        write_contracts(book, job.result)
        write_checks_sheet(book, job.problems)
    return output


def write_json(job: ContractsJob, path: Path) -> None:
    from workbook_tools.app.output import write_result_json

    write_result_json(job.result.to_dict(), job.problems, path)
