"""The one exception root and the problem record every layer reports into.

A *Problem* is data (it goes into the 検証結果 sheet and the JSON); a
*WorkbookToolsError* is raised when an operation cannot go on.  Both name the
file, sheet and cell they are about whenever those are known.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass
from enum import StrEnum


class Severity(StrEnum):
    """How bad a problem is; the value is the Japanese word users see."""

    ERROR = "エラー"
    WARNING = "警告"
    INFO = "情報"


ERROR, WARNING, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO


@dataclass(frozen=True)
class Problem:
    severity: str  # ERROR / WARNING / INFO (Japanese, user facing)
    message: str  # Japanese
    file: str = ""
    sheet: str = ""
    cell: str = ""
    action: str = ""  # what the user should do, Japanese
    code: str = ""  # stable machine-readable key, English

    def where(self) -> str:
        parts = [p for p in (self.file, self.sheet, self.cell) if p]
        return " / ".join(parts)

    def to_dict(self) -> dict:
        return asdict(self)


def display_name(path: str) -> str:
    """A file name fit for a message or a cell: names in Shift_JIS bytes on a UTF-8 system are decoded as cp932."""
    try:
        path.encode("utf-8")
        return path
    except UnicodeEncodeError:
        raw = path.encode("utf-8", "surrogateescape")
        try:
            return raw.decode("cp932")
        except UnicodeDecodeError:
            return raw.decode("utf-8", "replace")


class WorkbookToolsError(Exception):
    """Root of every exception this package raises on purpose."""

    def __init__(self, message: str, *, file: str = "", sheet: str = "", cell: str = "",
                 code: str = "") -> None:
        self.message = message
        self.file = display_name(file) if file else file  # never a name the console cannot print
        self.sheet = sheet
        self.cell = cell
        self.code = code
        super().__init__(self.__str__())

    def __str__(self) -> str:
        where = " / ".join(p for p in (self.file, self.sheet, self.cell) if p)
        return f"{where}: {self.message}" if where else self.message

    def as_problem(self, severity: str = ERROR, action: str = "") -> Problem:
        return Problem(severity, self.message, self.file, self.sheet, self.cell, action, self.code)


class InputError(WorkbookToolsError):
    """An input workbook cannot be used as it is (layout, header, value)."""


class RefusedFile(WorkbookToolsError):
    """A submitted file is refused before or while reading (format, size, crash)."""


class OutputError(WorkbookToolsError):
    """The output cannot be written (e.g. open in Excel)."""
