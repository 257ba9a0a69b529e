"""Generate the standard templates from the registry's definitions.

`workbook-tools template all -o templates/` regenerates the committed ones.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from workbook_tools.errors import WorkbookToolsError
from workbook_tools.forms import registry
from workbook_tools.forms.registry import FORM, GRID, TABLE, Kind

GRID_TEMPLATE_ROWS = 150


def current_fiscal_year(today: dt.date | None = None, start_month: int = 4) -> int:
    today = today or dt.date.today()
    return today.year if today.month >= start_month else today.year - 1


def template_file(kind: str, year: int) -> str:
    """The distributed template's file name for a kind and fiscal year."""
    return registry.get(kind).template_file.format(y=year)


def written_templates(kind: str, output: Path, year: int | None = None) -> list[Path]:
    """The files `write_template(kind, output)` writes."""
    if kind != "all":
        return [output]
    y = year or current_fiscal_year()
    return [output / template_file(k.name, y) for k in registry.kinds()]


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
        book.dated = False
        book.set_properties({"title": template_file(kind, y).removesuffix(".xlsx"),
                                "author": "workbook_tools", "company": "自治労 共済推進本部",
                                "created": dt.datetime(y, 4, 1)})
        _WRITERS[entry.template](book, entry, y, password)
    return output


def write_personalised(kind: str, folder: Path, *, roster: Path | None = None, year: int | None = None,
                       password: str | None = None) -> list[Path]:
    """One form per roster entry (or per built-in sender, e.g. the 47 prefectures, when the kind has a list):
    the sender fields filled and locked, the submission id and roster row in the document properties."""
    from workbook_tools.app.collection import read_entries
    from workbook_tools.forms.collection import safe_file_name
    from workbook_tools.forms.model import PROP_ROSTER_ROW, PROP_ROSTER_SENDER, PROP_SUBMISSION, format_year
    from workbook_tools.io.template_writer import write_form_template
    from workbook_tools.io.writer import safe_book

    entry = registry.get(kind, consolidating=True)
    form, y = entry.form, year or current_fiscal_year()
    entries = read_entries(entry, roster)
    if entries is None:
        raise WorkbookToolsError(f"{entry.label}（{entry.title}）の配布用様式には名簿（--roster）が必要です",
                                 code="roster_required")
    folder.mkdir(parents=True, exist_ok=True)
    taken = {p.name.casefold() for p in folder.iterdir()}
    out = []
    for e in entries:
        path = folder / safe_file_name((entry.short, *(v for _, v in e.values), f"{y}年度"), ".xlsx", taken)
        with safe_book(path) as book:
            book.dated = False
            book.set_properties({"title": f"{format_year(form.title, y).split('（')[0]}（{e.label}）",
                                 "author": "workbook_tools", "company": "自治労 共済推進本部"})
            write_form_template(book, form, y, password=password, prefill=dict(e.values),
                                stamps={PROP_SUBMISSION: e.sid, PROP_ROSTER_ROW: str(e.row),
                                        PROP_ROSTER_SENDER: e.label})
        out.append(path)
    return out


def personalise_from_roster(roster: Path, folder: Path, *, year: int | None = None) -> tuple[Kind, list[Path]]:
    """The ribbon's テンプレート作成 with a roster: the kind is the one whose sender columns the roster has (the
    kind with the most sender fields first, so 県本部＋単組 means the survey and 県名 alone the report)."""
    candidates = sorted((k for k in registry.consolidated() if k.template == FORM),
                        key=lambda k: -len(k.consolidation.roster.keys))
    for entry in candidates:
        try:
            return entry, write_personalised(entry.name, folder, roster=roster, year=year)
        except WorkbookToolsError as exc:
            if exc.code != "roster_header":
                raise
    raise WorkbookToolsError("名簿に提出元の見出し（県本部・単組、または県名）が見つかりません", file=roster.name,
                             code="roster_header")


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
