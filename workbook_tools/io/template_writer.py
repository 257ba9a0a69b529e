"""Write a blank form (Reports C and D) from its FormDef: labels, shaded and
unlocked input cells, a defined name per field, dropdowns and validation with
Japanese messages, sheet protection, A4 print setup and a version stamp."""
from __future__ import annotations

from dataclasses import dataclass

from workbook_tools.forms.model import (CHECK, CHECK_DONE, CHECK_NOT_DONE, CHOICE, CHOICES_SHEET, DATE, INTEGER,
                                        LONG_TEXT, NUMBER, PERCENT, PROP_KIND, PROP_TOOL, PROP_VERSION, PROP_YEAR, YEAR_MONTH, Field, FormDef,
                                        Section, defined_name, format_year)
from workbook_tools.io.readers import a1, col_letter
from workbook_tools.io.writer import SafeBook, SafeSheet, wrapped_height

LAST_COL = 5  # A..F
# the label column B and the answer columns C..F: A4 portrait at about 80 % (44 and 13 printed at 68-70 %: small boxes
# to write in by hand, a third of each page blank)
LABEL_WIDTH, INPUT_WIDTH = 36, 11
MERGED_WIDTH = 5 + LABEL_WIDTH + INPUT_WIDTH * (LAST_COL - 1)  # characters across a block merged over every column
INPUT_FILL = "#FFF2CC"


@dataclass
class Placed:
    section: Section
    field: Field
    cell: str  # A1 of the input cell (top-left of a merged box)
    name: str


class _Layout:
    def __init__(self, book: SafeBook, ws: SafeSheet, form: FormDef, year: int, prefill: dict | None = None) -> None:
        self.book, self.ws, self.form, self.year = book, ws, form, year
        self.prefill: dict[Field, str] = prefill or {}  # personalised forms: filled and locked
        self.row = 0
        self.starts: list[int] = []  # the first rows of the sections and questions (kept whole on a page)
        self.placed: list[Placed] = []
        self.choice_ranges: dict[tuple[str, ...], str] = {}
        b = book.fmt
        self.f_title = b(bold=True, font_size=16)
        self.f_instr = b(text_wrap=True, valign="top", bg_color="#F2F2F2", font_size=10)
        self.f_sec = b(bold=True, font_size=12, bottom=2)
        self.f_note = b(text_wrap=True, valign="top", font_size=10, italic=True)
        self.f_label = b(bold=True, bg_color="#DDEBF7", border=1, text_wrap=True, valign="vcenter")
        self.f_item = b(border=1, text_wrap=True, valign="vcenter")
        self.f_head = b(bold=True, bg_color="#DDEBF7", border=1, align="center", valign="vcenter", text_wrap=True)
        common = {"locked": False, "bg_color": INPUT_FILL, "border": 1}
        self.f_in = b(valign="vcenter", **common)
        self.f_in_box = b(text_wrap=True, valign="top", **common)
        self.f_in_check = b(align="center", valign="vcenter", font_size=14, **common)
        self.f_in_date = b(num_format="yyyy/m/d", valign="vcenter", **common)
        self.f_in_int = b(num_format="#,##0", valign="vcenter", **common)
        self.f_fixed = b(valign="vcenter", bg_color="#E7E6E6", border=1, bold=True)  # locked (sheet protection)

    # -- helpers ------------------------------------------------------------------
    def name(self, section: Section, field: Field, r: int, c: int, r2: int | None = None, c2: int | None = None):
        name = defined_name(self.form.kind, section, field)
        ref = f"${col_letter(c)}${r + 1}"
        if r2 is not None and c2 is not None and (r2, c2) != (r, c):
            ref += f":${col_letter(c2)}${r2 + 1}"
        self.book.define_name(name, self.ws.name, ref)
        self.placed.append(Placed(section, field, a1(r, c), name))

    def choices(self, values: tuple[str, ...]) -> str:
        if values not in self.choice_ranges:
            sheet = self.book.choices_sheet()
            col = len(self.choice_ranges)
            for i, v in enumerate(values):
                sheet.text(i, col, v)
            L = col_letter(col)
            self.choice_ranges[values] = f"='{CHOICES_SHEET}'!${L}$1:${L}${len(values)}"
        return self.choice_ranges[values]

    def validate(self, r: int, c: int, field: Field) -> None:
        label = format_year(field.label, self.year)[:32]
        v: dict = {"input_title": label[:32], "input_message": (field.help or "")[:255]}
        if field.type == CHOICE:
            v.update(validate="list", source=self.choices(field.choices), error_title="一覧から選んでください",
                     error_message=f"「{label}」は一覧から選んでください。", ignore_blank=True)
        elif field.type == CHECK:
            v.update(validate="list", source=[CHECK_DONE, CHECK_NOT_DONE], error_title="☑ か □ を選んでください",
                     error_message="実施している取り組みは ☑、実施していない取り組みは □ を選んでください。",
                     input_title="実施状況", input_message="実施していれば ☑ を選んでください。")
        elif field.type == DATE:
            import datetime as dt

            v.update(validate="date", criteria="between", minimum=dt.date(2000, 1, 1), maximum=dt.date(2100, 12, 31),
                     error_title="日付を入力してください", error_message="日付を 2025/2/3 のように入力してください。")
            v["input_message"] = v["input_message"] or "日付を 2025/2/3 のように入力してください。"
        elif field.type == INTEGER:
            v.update(validate="integer", criteria=">=", value=0, error_title="0 以上の整数を入力してください",
                     error_message="件数・人数は 0 以上の整数で入力してください。")
        elif field.type == PERCENT:
            v.update(validate="decimal", criteria="between", minimum=0, maximum=1000,
                     error_title="数値を入力してください", error_message="率は数値で入力してください（例 27.2）。")
        elif field.type in (NUMBER, YEAR_MONTH):
            v.update(validate="any", input_message=v["input_message"] or (
                "数値で入力してください。分からなければ空欄で構いません。" if field.type == NUMBER else "例: 2025年1月"))
        elif v["input_message"]:
            v["validate"] = "any"
        else:
            return
        self.ws.validation(r, c, r, c, v)

    def input_format(self, field: Field):
        return {CHECK: self.f_in_check, DATE: self.f_in_date, INTEGER: self.f_in_int,
                LONG_TEXT: self.f_in_box}.get(field.type, self.f_in)

    def blank_input(self, r: int, c: int, field: Field, r2: int | None = None, c2: int | None = None) -> None:
        if field in self.prefill:
            if r2 is not None and c2 is not None and (r2, c2) != (r, c):
                self.ws.merge(r, c, r2, c2, self.prefill[field], self.f_fixed)
            else:
                self.ws.text(r, c, self.prefill[field], self.f_fixed)
            return
        fmt = self.input_format(field)
        if r2 is not None and c2 is not None and (r2, c2) != (r, c):
            self.ws.merge(r, c, r2, c2, CHECK_NOT_DONE if field.type == CHECK else "", fmt)
        elif field.type == CHECK:
            self.ws.text(r, c, CHECK_NOT_DONE, fmt)
        else:
            self.ws.blank(r, c, fmt)
        self.validate(r, c, field)

    # -- blocks -----------------------------------------------------------------------
    def title(self) -> None:
        self.ws.merge(0, 0, 0, LAST_COL, format_year(self.form.title, self.year), self.f_title)
        self.ws.row_height(0, 28)
        self.row = 1
        for text in self.form.instructions:
            self.ws.merge(self.row, 0, self.row, LAST_COL, "・" + format_year(text, self.year), self.f_instr)
            self.ws.row_height(self.row, wrapped_height("・" + format_year(text, self.year), MERGED_WIDTH, 10))
            self.row += 1
        self.row += 1

    def section_title(self, s: Section) -> None:
        self.starts.append(self.row)  # (a section starts a page rather than be split from its heading)
        if not s.title:
            return
        head = f"{s.number}．" if s.number else ""
        self.ws.merge(self.row, 0, self.row, LAST_COL, head + s.resolved_title(self.year), self.f_sec)
        self.ws.row_height(self.row, 22)
        self.row += 1
        if s.note:
            self.ws.merge(self.row, 0, self.row, LAST_COL, format_year(s.note, self.year), self.f_note)
            self.ws.row_height(self.row, wrapped_height(format_year(s.note, self.year), MERGED_WIDTH, 10))
            self.row += 1

    def fields(self, s: Section) -> None:
        for f in s.fields:
            r = self.row
            self.ws.text(r, 1, format_year(f.label, self.year), self.f_label)
            self.blank_input(r, 2, f, r, 4)
            self.name(s, f, r, 2, r, 4)
            self.ws.row_height(r, max(20.0, wrapped_height(format_year(f.label, self.year), LABEL_WIDTH)))
            self.row += 1
        self.row += 1

    def checks(self, s: Section) -> None:
        items = s.checks
        texts = [f for f in s.fields if f.type == LONG_TEXT]
        r0 = self.row
        self.ws.merge(r0, 0, r0, 1, "実施している取り組みを☑してください。", self.f_head)
        self.ws.merge(r0, 2, r0, LAST_COL, texts[0].label if texts else "", self.f_head)
        r = r0 + 1
        for f in items:
            label = format_year(f.label, self.year)
            self.blank_input(r, 0, f)
            self.name(s, f, r, 0)
            self.ws.text(r, 1, label, self.f_item)
            self.ws.row_height(r, max(18.0, wrapped_height(label, LABEL_WIDTH)))
            r += 1
        if texts:
            t = texts[0]
            last = max(r - 1, r0 + t.lines)
            for extra in range(r, last + 1):  # more room for the text than there are items
                self.ws.blank(extra, 0, self.f_item)
                self.ws.blank(extra, 1, self.f_item)
                self.ws.row_height(extra, 18)
            self.blank_input(r0 + 1, 2, t, last, LAST_COL)
            self.name(s, t, r0 + 1, 2, last, LAST_COL)
            r = last + 1
        self.row = r + 1

    def pairs(self, s: Section) -> None:
        r = self.row
        self.ws.text(r, 1, "", self.f_head)
        for i, g in enumerate(s.groups):
            self.ws.text(r, 2 + i, g, self.f_head)
        r += 1
        rows: dict[str, int] = {}
        for f in s.fields:
            if f.group:
                if f.label not in rows:
                    rows[f.label] = r
                    self.ws.text(r, 1, f.label, self.f_label)
                    self.ws.row_height(r, max(20.0, wrapped_height(f.label, LABEL_WIDTH)))
                    r += 1
                c = 2 + s.groups.index(f.group)
                self.blank_input(rows[f.label], c, f)
                self.name(s, f, rows[f.label], c)
        for f in s.fields:
            if not f.group:
                self.ws.text(r, 1, format_year(f.label, self.year), self.f_label)
                self.blank_input(r, 2, f)
                self.name(s, f, r, 2)
                self.ws.row_height(r, max(20.0, wrapped_height(format_year(f.label, self.year), LABEL_WIDTH)))
                r += 1
        self.row = r + 1

    def texts(self, s: Section) -> None:
        for f in s.fields:
            r = self.row
            self.starts.append(r)  # (a question and its box on one page)
            self.ws.merge(r, 1, r, LAST_COL, format_year(f.label, self.year), self.f_label)
            self.blank_input(r + 1, 1, f, r + f.lines, LAST_COL)
            self.name(s, f, r + 1, 1, r + f.lines, LAST_COL)
            for k in range(1, f.lines + 1):
                self.ws.row_height(r + k, 18)
            self.row = r + f.lines + 2


def write_form_template(book: SafeBook, form: FormDef, year: int, *, password: str | None = None,
                        prefill: dict[str, str] | None = None, stamps: dict[str, str] | None = None) -> list[Placed]:
    """The blank form; for a personalised copy, prefill (value key → text) is written into locked cells and
    stamps (custom property → text, e.g. the submission id) are added to the document properties."""
    ws = book.sheet(form.sheet)
    lay = _Layout(book, ws, form, year, {form.by_key(k)[1]: v for k, v in (prefill or {}).items()})
    lay.title()
    for s in form.sections:
        lay.section_title(s)
        getattr(lay, s.layout)(s)
    ws.column_width(0, 0, 5)
    ws.column_width(1, 1, LABEL_WIDTH)
    ws.column_width(2, LAST_COL, INPUT_WIDTH)
    ws.print_setup(landscape=False, title=format_year(form.title, year), area=(0, 0, lay.row, LAST_COL), dated=False,
                   h_groups=lay.starts)
    ws.protect(password, {"select_locked_cells": True, "select_unlocked_cells": True,
                                "format_rows": True})
    ws.activate()
    stamp(book, form.kind, form.version, year)
    for name, value in (stamps or {}).items():
        book.set_custom_property(name, value)
    return lay.placed


def stamp(book: SafeBook, kind: str, version: str, year: int) -> None:
    from workbook_tools import __version__

    book.set_custom_property(PROP_KIND, kind)
    book.set_custom_property(PROP_VERSION, version)
    book.set_custom_property(PROP_YEAR, str(year))
    book.set_custom_property(PROP_TOOL, __version__)
