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

CHECK_DONE = "☑"
CHECK_NOT_DONE = "□"


@dataclass(frozen=True)
class Field:
    key: str
    label: str
    type: str = TEXT
    choices: tuple[str, ...] = ()
    required: bool = False
    help: str = ""  # Japanese input message
    aliases: tuple[str, ...] = ()  # labels seen in older copies of the form
    lines: int = 1  # rows of room for long text
    group: str = ""  # e.g. 自治労 / 競合 for paired numbers

    def defined_name(self, section_key: str = "") -> str:
        return f"{section_key}_{self.key}" if section_key else self.key

    def label_keys(self, year: int | None = None) -> set[str]:
        labels = (self.label,) + self.aliases
        return {label_key(format_year(lbl, year)) for lbl in labels}


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

    def all_fields(self) -> list[tuple[Section, Field]]:
        return [(s, f) for s in self.sections for f in s.fields]

    def field(self, section_key: str, key: str) -> Field:
        for s in self.sections:
            if s.key == section_key:
                for f in s.fields:
                    if f.key == key:
                        return f
        raise KeyError(f"{section_key}.{key}")


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    type: str = TEXT
    aliases: tuple[str, ...] = ()
    required: bool = True
    help: str = ""
    width: int = 12
    in_template: bool = True  # False: accepted by the reader, not printed in the template

    def label_keys(self) -> set[str]:
        return {label_key(x) for x in (self.label,) + self.aliases}


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
