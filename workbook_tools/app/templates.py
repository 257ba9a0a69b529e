"""Generate the standard templates from the registry's definitions.

`workbook-tools template all -o templates/` regenerates the committed ones.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from workbook_tools.forms import registry
from workbook_tools.forms.registry import FORM, GRID, TABLE, Kind

GRID_TEMPLATE_ROWS = 150


def current_fiscal_year(today: dt.date | None = None, start_month: int = 4) -> int:
    today = today or dt.date.today()
    return today.year if today.month >= start_month else today.year - 1


def template_file(kind: str, year: int) -> str:
    """The distributed template's file name for a kind and fiscal year."""
    return registry.get(kind).template_file.format(y=year)


def write_template(kind: str, output: Path, *, year: int | None = None, password: str | None = None) -> Path:
    """One kind's template to output, or with kind 'all' every registered kind's into the folder output."""
    y = year or current_fiscal_year()
    if kind == "all":
        output.mkdir(parents=True, exist_ok=True)
        for k in registry.kinds():
            write_template(k.name, output / template_file(k.name, y), year=y, password=password)
        return output
    entry = registry.get(kind)
    from workbook_tools.io.writer import safe_book

    with safe_book(output) as book:
        book.set_properties({"title": template_file(kind, y).removesuffix(".xlsx"),
                                "author": "workbook_tools", "company": "自治労 共済推進本部",
                                "created": dt.datetime(y, 4, 1)})
        _WRITERS[entry.template](book, entry, y, password)
    return output


def _form(book, entry: Kind, year: int, password: str | None) -> None:
    from workbook_tools.io.template_writer import write_form_template

    write_form_template(book, entry.form, year, password=password)


def _table(book, entry: Kind, year: int, password: str | None) -> None:
    from workbook_tools.io.table_template import write_contracts_template

    write_contracts_template(book, year, password)


def _grid(book, entry: Kind, year: int, password: str | None) -> None:
    from workbook_tools.io.grid_writer import write_grid_template

    write_grid_template(book, year, GRID_TEMPLATE_ROWS, password)


_WRITERS = {FORM: _form, TABLE: _table, GRID: _grid}  # template writer family → its io/ writer
