"""Generate the standard templates from the form definitions.

`workbook-tools template all -o templates/` regenerates the committed ones.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from workbook_tools.errors import InputError

KINDS = ("grid", "contracts", "report", "survey")
FILE_NAMES = {
    "grid": "A_加入拡大モデル単組グリッド_{y}年度.xlsx",
    "contracts": "B_新契約件数_県支部別入力_{y}年度.xlsx",
    "report": "C_県本部共済推進取り組み報告書_{y}年度.xlsx",
    "survey": "D_実態共有用アンケート_{y}年度.xlsx",
}
GRID_TEMPLATE_ROWS = 150


def current_fiscal_year(today: dt.date | None = None, start_month: int = 4) -> int:
    today = today or dt.date.today()
    return today.year if today.month >= start_month else today.year - 1


def write_template(kind: str, output: Path, *, year: int | None = None, password: str | None = None) -> Path:
    if kind == "all":
        output.mkdir(parents=True, exist_ok=True)
        y = year or current_fiscal_year()
        for k in KINDS:
            write_template(k, output / FILE_NAMES[k].format(y=y), year=y, password=password)
        return output
    if kind not in KINDS:
        raise InputError(f"テンプレートの種類「{kind}」はありません（grid / contracts / report / survey / all）")
    from workbook_tools.io.writer import safe_book

    y = year or current_fiscal_year()
    with safe_book(output) as book:
        book.set_properties({"title": FILE_NAMES[kind].format(y=y).removesuffix(".xlsx"),
                                "author": "workbook_tools", "company": "自治労 共済推進本部",
                                "created": dt.datetime(y, 4, 1)})
        if kind in ("report", "survey"):
            from workbook_tools.forms import report, survey
            from workbook_tools.io.template_writer import write_form_template

            write_form_template(book, {"report": report.FORM, "survey": survey.FORM}[kind], y, password=password)
        elif kind == "contracts":
            from workbook_tools.io.table_template import write_contracts_template

            write_contracts_template(book, y, password)
        else:
            from workbook_tools.io.grid_writer import write_grid_template

            write_grid_template(book, y, GRID_TEMPLATE_ROWS, password)
    return output
