"""The declarative form model: one definition per workbook kind drives the
template, the reader, the validator and the consolidated layout."""
from __future__ import annotations

from dataclasses import dataclass, field

from workbook_tools.core.normalize import label_key

TEXT = "text"
LONG_TEXT = "long_text"
INTEGER = "integer"  # integer >= 0
NUMBER = "number"  # messy numeric answer: value + flag + raw text
PERCENT = "percent"
DATE = "date"
YEAR_MONTH = "year_month"
CHOICE = "choice"
CHECK = "check"  # checkbox item: ☑ / □ (or TRUE/FALSE)

OUTSIDE_LIMITS = "out_of_range"  # problem code: an answer outside its field's limits (Field.limits)

CHECK_DONE = "☑"
CHECK_NOT_DONE = "□"

# How our templates are stamped and named: written by io/template_writer (and the grid and
# contracts template writers), read back by io/locate.  Nowhere else.
PROP_KIND = "wbt_kind"  # custom document property: the workbook kind's name
PROP_VERSION = "wbt_template_version"
PROP_YEAR = "wbt_fiscal_year"
PROP_TOOL = "wbt_tool_version"
CHOICES_SHEET = "選択肢"  # our templates' sheet of dropdown lists (never answers)
PROP_SUBMISSION = "wbt_submission_id"  # personalised forms: the roster entry's submission id
PROP_ROSTER_ROW = "wbt_roster_row"  # personalised forms: the entry's row in the roster file
PROP_ROSTER_SENDER = "wbt_roster_sender"  # personalised forms: the sender as written in the roster
PROP_OUTPUT_KIND = "wbt_output_kind"  # consolidated workbook: the kind, the input folder and the roster it was
PROP_OUTPUT_ROOT = "wbt_output_folder"  # made from (so 修正を反映 can run it again with its corrections)
PROP_OUTPUT_ROSTER = "wbt_output_roster"


def value_key(section_key: str, field_key: str) -> str:
    """The key of a field's value in a record and in the JSON: 'section.field' (e.g. 'h.pref')."""
    return f"{section_key}.{field_key}"


def defined_name(form_kind: str, section, field) -> str:
    """The workbook-level defined name of a field's input cell in our template."""
    return f"{form_kind}_{section.key}_{field.key}"


@dataclass(frozen=True)
class FieldBase:
    """How every field of every form is named, labelled and typed: a FormDef's Field, a
    TableDef's Column (and the grid's columns) share this vocabulary."""

    key: str
    label: str  # may hold {y} / {y1}
    type: str = TEXT
    aliases: tuple[str, ...] = ()  # labels seen in older copies of the form
    required: bool = False
    help: str = ""  # Japanese input message

    def label_keys(self, year: int | None = None) -> tuple[str, ...]:
        """The label and its aliases as the readers compare them (label_key of the year-resolved text)."""
        return tuple(label_key(format_year(lbl, year)) for lbl in (self.label,) + self.aliases)


@dataclass(frozen=True)
class Field(FieldBase):
    choices: tuple[str, ...] = ()
    lines: int = 1  # rows of room for long text
    group: str = ""  # e.g. 自治労 / 競合 for paired numbers
    # long text asked in a table of topics × aspects (新規採用者組織化 × 工夫していること): (topic words, aspect
    # words), each 「|」-separated; a cell whose row heading holds a topic word and whose column heading holds an
    # aspect word answers this field when no other field of the section matches both
    grid: tuple[str, str] = ()
    # a NUMBER field's plausible answers (lowest, highest), and whether they are whole numbers (people): an answer
    # outside them (a phone number in a head count, −5, 12.5 people) is a warning on the file, kept as written
    limits: tuple[float, float] | None = None
    whole: bool = False
    # a TEXT field holding a person's name: a seal mark typed after it (「試験 俊介　㊞」, 「（印）」) marks where the
    # stamp goes on paper and is not part of the name (the raw text keeps it)
    person: bool = False

    @property
    def long_label(self) -> str:
        """The label with its group, as the consolidated list heads a paired number."""
        return f"{self.label}（{self.group}）" if self.group else self.label


@dataclass(frozen=True)
class Section:
    key: str
    title: str  # may hold {y} / {y1}
    fields: tuple[Field, ...]
    number: int = 0
    aliases: tuple[str, ...] = ()
    layout: str = "fields"  # fields / checks / pairs / texts
    note: str = ""  # printed under the title (instructions for this section)
    groups: tuple[str, ...] = ()  # column headings of a "pairs" section

    def resolved_title(self, year: int | None) -> str:
        return format_year(self.title, year)

    @property
    def checks(self) -> tuple[Field, ...]:
        return tuple(f for f in self.fields if f.type == CHECK)


@dataclass(frozen=True)
class FormDef:
    kind: str  # grid / contracts / report / survey
    title: str  # may hold {year}
    version: str
    sheet: str
    sections: tuple[Section, ...]
    instructions: tuple[str, ...] = ()
    boilerplate: tuple[str, ...] = ()  # printed phrases of older copies that are not answers (label-key prefixes)
    # the value key of a field a sender may type into the title instead of its own cell
    # (「見本市職員労働組合　実態共有用アンケート」, 「長野県本部共済推進取り組み報告書」)
    title_field: str = ""

    def all_fields(self) -> list[tuple[Section, Field]]:
        return [(s, f) for s in self.sections for f in s.fields]

    def keyed_fields(self) -> list[tuple[str, Section, Field]]:
        """(value key, section, field) for every field, in form order."""
        return [(value_key(s.key, f.key), s, f) for s, f in self.all_fields()]

    def by_key(self, key: str) -> tuple[Section, Field]:
        """The section and field of a value key such as 'h.pref'."""
        section_key, _, field_key = key.partition(".")
        for s in self.sections:
            if s.key == section_key:
                return s, self.field(section_key, field_key)
        raise KeyError(key)

    def field(self, section_key: str, key: str) -> Field:
        for s in self.sections:
            if s.key == section_key:
                for f in s.fields:
                    if f.key == key:
                        return f
        raise KeyError(f"{section_key}.{key}")


@dataclass(frozen=True)
class Column(FieldBase):
    required: bool = True
    width: int = 12
    in_template: bool = True  # False: accepted by the reader, not printed in the template


@dataclass(frozen=True)
class TableDef:
    """A form that is one table with a header row (Reports A and B inputs)."""

    kind: str
    sheet: str
    columns: tuple[Column, ...]
    title: str = ""
    instructions: tuple[str, ...] = field(default_factory=tuple)

    def column(self, key: str) -> Column:
        return next(c for c in self.columns if c.key == key)


def format_year(text: str, year: int | None) -> str:
    """'{y}' is the form's fiscal year, '{y1}' the year after (e.g. 2025年4月新採 in FY2024)."""
    if "{" not in text:
        return text
    if year is None:
        return text.replace("{y1}年", "").replace("{y}年", "").replace("{y1}", "").replace("{y}", "")
    return text.replace("{y1}", str(year + 1)).replace("{y}", str(year))
