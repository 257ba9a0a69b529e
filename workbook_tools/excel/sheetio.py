"""The small sheet-I/O surface the ribbon buttons need.

``XlwingsSheetIO`` serves Excel; ``FileSheetIO`` serves the CLI and the tests
on real .xlsx files (openpyxl), so every button's logic runs for real without
Excel.  Both speak plain Python values.
"""
from __future__ import annotations

from pathlib import Path
from typing import Protocol


class SheetIO(Protocol):
    def workbook_path(self) -> Path | None: ...
    def active_sheet(self) -> str: ...
    def sheet_names(self) -> list[str]: ...
    def read_used_range(self, sheet: str) -> list[list]: ...
    def read_cells(self, sheet: str, cells: list[tuple[int, int]]) -> list: ...
    def write_cells(self, sheet: str, cells: dict[tuple[int, int], object]) -> None: ...
    def status(self, text: str | None) -> None: ...
    def alert(self, text: str, title: str = "共済ツール") -> None: ...
    def confirm(self, text: str, title: str = "共済ツール") -> bool: ...
    def pick_folder(self, prompt: str) -> Path | None: ...
    def open_workbook(self, path: Path) -> None: ...
    def import_udfs(self, module: str) -> None: ...


class FileSheetIO:
    """A workbook file: values read and written with openpyxl, dialogs answered
    by what the caller set up (``answers``), messages collected."""

    def __init__(self, path: Path, *, sheet: str | None = None, confirm_answer: bool = False,
                 folder: Path | None = None) -> None:
        import openpyxl

        self.path = Path(path)
        self.wb = openpyxl.load_workbook(self.path)
        self._active = sheet or self.wb.active.title
        self.confirm_answer = confirm_answer
        self.folder = folder
        self.messages: list[str] = []
        self.statuses: list[str | None] = []
        self.confirms: list[str] = []
        self.opened: list[Path] = []
        self.dirty = False

    def workbook_path(self) -> Path | None:
        return self.path

    def active_sheet(self) -> str:
        return self._active

    def sheet_names(self) -> list[str]:
        return list(self.wb.sheetnames)

    def read_used_range(self, sheet: str) -> list[list]:
        ws = self.wb[sheet]
        return [list(r) for r in ws.iter_rows(min_row=1, min_col=1, values_only=True)]

    def read_cells(self, sheet: str, cells):
        ws = self.wb[sheet]
        return [ws.cell(row=r + 1, column=c + 1).value for r, c in cells]

    def write_cells(self, sheet: str, cells) -> None:
        ws = self.wb[sheet] if sheet in self.wb.sheetnames else self.wb.create_sheet(sheet)
        for (r, c), v in cells.items():
            ws.cell(row=r + 1, column=c + 1, value=v)
        self.dirty = True

    def status(self, text: str | None) -> None:
        self.statuses.append(text)

    def alert(self, text: str, title: str = "共済ツール") -> None:
        self.messages.append(text)

    def confirm(self, text: str, title: str = "共済ツール") -> bool:
        self.confirms.append(text)
        return self.confirm_answer

    def pick_folder(self, prompt: str) -> Path | None:
        return self.folder

    def open_workbook(self, path: Path) -> None:
        self.opened.append(Path(path))

    def import_udfs(self, module: str) -> None:
        """No Excel here: check that the module imports and has worksheet functions."""
        import importlib

        mod = importlib.import_module(module)
        self.imported_udfs = sorted(n for n in dir(mod) if n.startswith("KT_"))

    def save(self, path: Path | None = None) -> Path:
        target = Path(path or self.path)
        self.wb.save(target)
        return target


class XlwingsSheetIO:
    """The workbook in front of the user, through xlwings (Windows Excel)."""

    def __init__(self, book, addin=None) -> None:
        self.book = book
        self.app = book.app
        self.addin = addin  # the add-in workbook (where the UDFs are imported)

    def workbook_path(self) -> Path | None:
        full = self.book.fullname
        return Path(full) if full and ("\\" in full or "/" in full) else None

    def active_sheet(self) -> str:
        return self.book.sheets.active.name

    def sheet_names(self) -> list[str]:
        return [s.name for s in self.book.sheets]

    def read_used_range(self, sheet: str) -> list[list]:
        rng = self.book.sheets[sheet].used_range
        last = rng.last_cell
        values = self.book.sheets[sheet].range((1, 1), (last.row, last.column)).options(ndim=2).value
        return values or []

    def read_cells(self, sheet: str, cells):
        sh = self.book.sheets[sheet]
        return [sh.range((r + 1, c + 1)).value for r, c in cells]

    def write_cells(self, sheet: str, cells) -> None:
        names = self.sheet_names()
        sh = self.book.sheets[sheet] if sheet in names else self.book.sheets.add(sheet, after=self.book.sheets[-1])
        for (r, c), v in cells.items():
            sh.range((r + 1, c + 1)).value = v

    def status(self, text: str | None) -> None:
        self.app.status_bar = text if text else False

    def alert(self, text: str, title: str = "共済ツール") -> None:
        self.app.alert(text, title=title)

    def confirm(self, text: str, title: str = "共済ツール") -> bool:
        return self.app.alert(text, title=title, buttons="yes_no") == "yes"

    def pick_folder(self, prompt: str) -> Path | None:
        dialog = self.app.api.FileDialog(4)  # msoFileDialogFolderPicker
        dialog.Title = prompt
        if dialog.Show() == -1:
            return Path(dialog.SelectedItems(1))
        return None

    def open_workbook(self, path: Path) -> None:
        self.app.books.open(str(path))

    def import_udfs(self, module: str) -> None:
        from xlwings.udfs import import_udfs  # Windows only: writes the VBA wrappers

        import_udfs(module, (self.addin or self.book).api)
