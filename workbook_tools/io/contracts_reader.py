"""Read Report B input: the per-branch figures table and the optional product settings table,
found by their header labels (forms/contracts.py), every problem with file, sheet and cell."""
from __future__ import annotations

from pathlib import Path

from workbook_tools.core.calendar import YearMonth
from workbook_tools.core.contracts import PRODUCTS, BranchFigures, ProductInput
from workbook_tools.core.normalize import label_key, normalize_text, parse_count, parse_date
from workbook_tools.core.prefectures import by_code, by_name
from workbook_tools.errors import ERROR, WARNING, InputError, Problem
from workbook_tools.forms import contracts as form
from workbook_tools.io.readers import SheetData, open_book
from workbook_tools.io.table import TableRow, find_header, read_table

_STANDARD = {label_key(p): p for p in PRODUCTS}


def _year_month(raw, file, sheet, cell, problems) -> YearMonth | None:
    if raw in (None, ""):
        return None
    d = parse_date(raw)
    if d.year is None or d.month is None:
        problems.append(Problem(WARNING, f"時点「{raw}」を年月として読めません", file, sheet, cell, code="bad_date",
                                action="「2025年1月」の形で入力してください"))
        return None
    return YearMonth(d.year, d.month)


class _Reader:
    """One input file: the products seen so far (in order of appearance) and the problems."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.problems: list[Problem] = []
        self.products: dict[str, ProductInput] = {}
        self.seen: dict[tuple[str, str], str] = {}

    def product_of(self, raw, cell, sheet) -> ProductInput | None:
        name = normalize_text(raw or "").strip()
        if not name:
            return None
        key = label_key(name)
        canonical = _STANDARD.get(key, name)
        if key not in _STANDARD and canonical not in self.products:
            self.problems.append(Problem(WARNING, f"標準の 11 商品にない商品名「{name}」です（そのまま集計しました）",
                                         self.file, sheet, cell, code="unknown_product"))
        return self.products.setdefault(canonical, ProductInput(canonical, None))

    def settings(self, sheet: SheetData) -> None:
        for row in read_table(sheet, form.PRODUCTS, self.file):
            p = self.product_of(row.values["product"], row.cells["product"], sheet.name)
            if p is None:
                continue
            if "as_of" in row.values:
                p.as_of = _year_month(row.values["as_of"], self.file, sheet.name, row.cells["as_of"], self.problems)
            if row.values.get("note"):
                p.note = normalize_text(row.values["note"]).strip()

    def figures(self, sheet: SheetData) -> None:
        for row in read_table(sheet, form.FIGURES, self.file):
            self.figure_row(sheet.name, row)

    def figure_row(self, sheet: str, row: TableRow) -> None:
        file, problems = self.file, self.problems
        p = self.product_of(row.values["product"], row.cells["product"], sheet)
        if p is None:
            problems.append(Problem(ERROR, "商品名が空欄の行です（集計していません）", file, sheet, row.cells["product"],
                                    code="no_product"))
            return
        raw_branch = row.values["branch"]
        pref = by_name(raw_branch) or by_code(raw_branch)
        if pref is None or not pref.is_prefecture:
            problems.append(Problem(ERROR, f"県支部名「{raw_branch}」が分かりません（全国計に含めていません）", file, sheet,
                                    row.cells["branch"], code="unknown_branch",
                                    action="47 都道府県の名前で入力してください"))
            return
        figures = {key: self.count(sheet, row, key) for key in ("target", "actual")}
        self.as_of(p, sheet, row)
        where = f"{sheet}!{row.cells['branch']}"
        if (p.product, pref.code) in self.seen:
            problems.append(Problem(WARNING, f"{p.product}の{pref.name}が重複しています（{self.seen[(p.product, pref.code)]} と）。"
                                    "後の行を使いました", file, sheet, row.cells["branch"], code="duplicate_branch"))
            p.branches = [b for b in p.branches if b.code != pref.code]
        self.seen[(p.product, pref.code)] = where
        p.branches.append(BranchFigures(pref.code, pref.name, figures["target"], figures["actual"], where))

    def count(self, sheet: str, row: TableRow, key: str):
        value, problem = parse_count(row.values.get(key))
        label = form.FIGURES.column(key).label
        if problem:
            self.problems.append(Problem(ERROR, f"{label}: {problem}", self.file, sheet, row.cells[key],
                                         code="bad_number"))
        if value is not None and value < 0:
            self.problems.append(Problem(WARNING, f"{label}が負の値です（{value}）", self.file, sheet, row.cells[key],
                                         code="negative"))
        return value

    def as_of(self, p: ProductInput, sheet: str, row: TableRow) -> None:
        if row.values.get("as_of") in (None, ""):
            return
        ym = _year_month(row.values["as_of"], self.file, sheet, row.cells["as_of"], self.problems)
        if ym and p.as_of and ym != p.as_of:
            self.problems.append(Problem(WARNING, f"{p.product}の時点が行によって違います（{p.as_of.label()} と {ym.label()}）",
                                         self.file, sheet, row.cells["as_of"], code="as_of_mismatch"))
        p.as_of = p.as_of or ym

    def ordered(self) -> list[ProductInput]:
        """Standard products in HQ's order, then the others in order of appearance."""
        order = {name: i for i, name in enumerate(PRODUCTS)}
        names = list(self.products)
        ordered = sorted(self.products.values(), key=lambda p: (order.get(p.product, len(order)), names.index(p.product)))
        for p in ordered:
            p.branches.sort(key=lambda b: b.code)
            if p.as_of is None:
                self.problems.append(Problem(WARNING, f"{p.product}の時点（集計月）がありません", self.file, "", "",
                                             code="no_as_of"))
        return ordered


def _find_tables(book, file: str) -> tuple[SheetData, SheetData | None]:
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
    return fig_sheet, settings_sheet


def read_contracts(path: Path) -> tuple[list[ProductInput], list[Problem]]:
    """Products with their branches' figures (standard products first), and every problem found."""
    book = open_book(path)
    reader = _Reader(path.name)
    fig_sheet, settings_sheet = _find_tables(book, path.name)
    if settings_sheet is not None:
        reader.settings(settings_sheet)
    reader.figures(fig_sheet)
    return reader.ordered(), reader.problems
