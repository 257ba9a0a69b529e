"""Write a blank table form (Report B input) from its TableDefs."""
from __future__ import annotations

from workbook_tools.core.contracts import PRODUCTS
from workbook_tools.core.prefectures import prefectures
from workbook_tools.forms import contracts as form
from workbook_tools.forms.model import INTEGER, TableDef
from workbook_tools.io.readers import col_letter
from workbook_tools.io.template_writer import INPUT_FILL, stamp
from workbook_tools.io.writer import SafeBook, wrapped_height

FIRST_ROW = 4  # 0-based header row: title + instructions above it


def _table(book: SafeBook, table: TableDef, rows: list[dict], password: str | None, prefix: str) -> None:
    ws = book.sheet(table.sheet)
    cols = [c for c in table.columns if c.in_template]
    title = book.fmt(bold=True, font_size=14)
    instr = book.fmt(text_wrap=True, bg_color="#F2F2F2", font_size=10)
    head = book.fmt(bold=True, bg_color="#DDEBF7", border=1, align="center")
    fixed = book.fmt(border=1)
    inp = {"locked": False, "bg_color": INPUT_FILL, "border": 1}
    f_int = book.fmt(num_format="#,##0", **inp)
    f_in = book.fmt(**inp)
    ws.text(0, 0, table.title, title)
    span = sum(col.width for col in cols)
    for i, text in enumerate(table.instructions[:3], start=1):
        ws.merge(i, 0, i, len(cols) - 1, "・" + text, instr)
        ws.row_height(i, wrapped_height("・" + text, span, 10))
    for c, col in enumerate(cols):
        ws.text(FIRST_ROW, c, col.label, head)
        ws.column_width(c, c, col.width)
    for r, row in enumerate(rows, start=FIRST_ROW + 1):
        for c, col in enumerate(cols):
            v = row.get(col.key)
            if v is not None:
                ws.text(r, c, v, fixed)
            else:
                ws.blank(r, c, f_int if col.type == INTEGER else f_in)
    last = FIRST_ROW + len(rows)
    for c, col in enumerate(cols):
        if any(row.get(col.key) is not None for row in rows):
            continue
        name = f"{prefix}_{col.key}"
        book.define_name(name, table.sheet, f"${col_letter(c)}${FIRST_ROW + 2}:${col_letter(c)}${last + 1}")
        v = {"input_title": col.label, "input_message": col.help or f"{col.label}を入力してください。"}
        if col.type == INTEGER:
            v.update(validate="integer", criteria=">=", value=0, error_title="0 以上の整数を入力してください",
                     error_message=f"{col.label}は 0 以上の整数で入力してください。")
        else:
            v["validate"] = "any"
        ws.validation(FIRST_ROW + 1, c, last, c, v)
    ws.freeze(FIRST_ROW + 1, 0)
    ws.filter(FIRST_ROW, 0, last, len(cols) - 1)
    ws.print_setup(landscape=False, title=table.title, dated=False, repeat_rows=(FIRST_ROW, FIRST_ROW),
                   area=(0, 0, last, len(cols) - 1))
    ws.protect(password, {"autofilter": True, "sort": False, "format_columns": True})


def write_contracts_template(book: SafeBook, year: int, password: str | None = None) -> None:
    figures = [{"product": p, "branch": b.name} for p in PRODUCTS for b in prefectures()]
    settings = [{"product": p} for p in PRODUCTS]
    _table(book, form.FIGURES, figures, password, "contracts_figures")
    _table(book, form.PRODUCTS, settings, password, "contracts_products")
    stamp(book, "contracts", form.VERSION, year)
