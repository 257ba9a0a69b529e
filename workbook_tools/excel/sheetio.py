"""The small sheet-I/O surface the ribbon buttons need.

``XlwingsSheetIO`` serves Excel; ``FileSheetIO`` serves the CLI and the tests
on real .xlsx files (openpyxl), so every button's logic runs for real without
Excel.  Both speak plain Python values.
"""
from __future__ import annotations

from pathlib import Path
from contextlib import contextmanager, nullcontext
from typing import ContextManager, Protocol

from workbook_tools.errors import WorkbookToolsError


MAX_SHEET_NAME = 31


class SheetIO(Protocol):
    """Reads and writes go by whole blocks (one call per range), never cell by cell: each call into
    Excel is a cross-process round trip.  Writes go to sheets the action itself added."""

    def workbook_path(self) -> Path | None: ...
    def active_sheet(self) -> str: ...
    def sheet_names(self) -> list[str]: ...
    def read_used_range(self, sheet: str) -> list[list]: ...
    def hidden_rows(self, sheet: str) -> set[int]: ...
    def add_sheet(self, name: str) -> str: ...
    def write_block(self, sheet: str, top_left: tuple[int, int], rows: list[list]) -> None: ...
    def call_udf(self, name: str, args: list) -> tuple[object, str]: ...
    def host_info(self) -> dict[str, str]: ...
    def status(self, text: str | None) -> None: ...
    def alert(self, text: str, title: str = "共済ツール") -> None: ...
    def confirm(self, text: str, title: str = "共済ツール") -> bool: ...
    def pick_folder(self, prompt: str) -> Path | None: ...
    def open_workbook(self, path: Path) -> None: ...
    def scratch(self) -> "SheetIO": ...
    def open_copy(self, path: Path) -> ContextManager["SheetIO"]: ...


FORMULA_START = ("=", "+", "-", "@")


def unique_sheet_name(name: str, existing: list[str]) -> str:
    """`name` cut to Excel's 31 characters, with " (2)", " (3)" … when taken (compared case-blind)."""
    taken = {n.lower() for n in existing}
    base = name[:MAX_SHEET_NAME]
    k = 1
    candidate = base
    while candidate.lower() in taken:
        k += 1
        suffix = f" ({k})"
        candidate = base[:MAX_SHEET_NAME - len(suffix)] + suffix
    return candidate


def _udf_call(name: str, args: list) -> tuple[object, str]:
    """A KT_ function called the way Excel's wrapper calls it: (value, "") or ("#VALUE!", reason)."""
    from workbook_tools.excel import udfs

    fn = udfs.UDFS[name]
    try:
        return _as_cells(fn(*args)), ""
    except Exception as exc:  # noqa: BLE001 - the cell shows #VALUE!, the reason goes to KT_LAST_ERROR
        return "#VALUE!", udfs.reason(exc)


def _as_cells(value):
    """What lands in the cells: a returned DataFrame as xlwings writes it for KT_GRID (header row, no index)."""
    if hasattr(value, "columns") and hasattr(value, "values"):
        return [list(value.columns)] + value.values.tolist()
    return value


class FileSheetIO:
    """A workbook file: values read and written with openpyxl, dialogs answered
    by what the caller set up, messages collected.  Nothing is saved unless
    ``save`` is called; worksheet functions are called in Python, as the
    generated VBA wrappers would call them."""

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
        self.added: list[str] = []
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

    def hidden_rows(self, sheet: str) -> set[int]:
        """The rows hidden on a sheet, 0-based (what the user does not see)."""
        return {r - 1 for r, dim in self.wb[sheet].row_dimensions.items() if dim.hidden}

    def add_sheet(self, name: str) -> str:
        name = unique_sheet_name(name, self.sheet_names())
        self.wb.create_sheet(name)
        self.added.append(name)
        return name

    def write_block(self, sheet: str, top_left: tuple[int, int], rows: list[list]) -> None:
        if sheet not in self.added:
            raise WorkbookToolsError("ボタンの処理が、自分で追加していないシートに書こうとしました", sheet=sheet)
        ws = self.wb[sheet]
        r0, c0 = top_left
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                if v is not None:
                    cell = ws.cell(row=r0 + i + 1, column=c0 + j + 1, value=v)
                    if isinstance(v, str) and cell.data_type == "f":
                        cell.data_type = "s"  # text stays text, never a formula
        self.dirty = True

    def call_udf(self, name: str, args: list) -> tuple[object, str]:
        return _udf_call(name, args)

    def host_info(self) -> dict[str, str]:
        return {"実行環境": "ファイル（Excel なし）"}

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

    def scratch(self) -> "FileSheetIO":
        """A new empty workbook file in a temporary folder."""
        import tempfile

        import openpyxl

        path = Path(tempfile.mkdtemp(prefix="kt_")) / "自己診断.xlsx"
        openpyxl.Workbook().save(path)
        return FileSheetIO(path)

    def open_copy(self, path: Path):
        return nullcontext(FileSheetIO(path))

    def save(self, path: Path | None = None) -> Path:
        target = Path(path or self.path)
        self.wb.save(target)
        return target


def _text_safe(v):
    """Excel turns a value written as "=…" into a formula; a leading apostrophe keeps it text."""
    return "'" + v if isinstance(v, str) and v.startswith(FORMULA_START) else v


class XlwingsSheetIO:
    """The workbook in front of the user, through xlwings (Windows Excel)."""

    def __init__(self, book, addin=None) -> None:
        self.book = book
        self.app = book.app
        self.addin = addin  # the add-in workbook
        self.added: list[str] = []
        self._scratch: str | None = None

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

    def hidden_rows(self, sheet: str) -> set[int]:
        """The rows hidden on a sheet, 0-based: every row of the used range but those of its visible areas
        (SpecialCells(xlCellTypeVisible) of column A: a few calls, not one per row)."""
        last = self.book.sheets[sheet].used_range.last_cell.row
        column = self.book.sheets[sheet].range((1, 1), (last, 1)).api
        try:
            areas = column.SpecialCells(12).Areas  # xlCellTypeVisible
            shown = {r for i in range(1, areas.Count + 1)
                     for r in range(areas.Item(i).Row - 1, areas.Item(i).Row - 1 + areas.Item(i).Rows.Count)}
        except Exception:  # noqa: BLE001 - no visible cell at all (Excel raises): every row is hidden
            shown = set()
        return set(range(last)) - shown

    def add_sheet(self, name: str) -> str:
        name = unique_sheet_name(name, self.sheet_names())
        self.book.sheets.add(name, after=self.book.sheets[-1])
        self.added.append(name)
        return name

    def write_block(self, sheet: str, top_left: tuple[int, int], rows: list[list]) -> None:
        if sheet not in self.added:
            raise WorkbookToolsError("ボタンの処理が、自分で追加していないシートに書こうとしました", sheet=sheet)
        if not rows:
            return
        width = max(len(r) for r in rows)
        block = [[_text_safe(v) for v in r] + [None] * (width - len(r)) for r in rows]
        self.book.sheets[sheet].range((top_left[0] + 1, top_left[1] + 1)).value = block  # one call

    def call_udf(self, name: str, args: list) -> tuple[object, str]:
        """Through Excel: the arguments into a scratch sheet (row 1001 on), =NAME(…) in A1 (a result
        array spills from there), =KT_LAST_ERROR(A1) in A1000; each read is one block."""
        sh = self.book.sheets[self.scratch_sheet()]
        refs, col = [], 1
        for a in args:
            block = [r if isinstance(r, list) else [r] for r in (a if isinstance(a, list) else [a])]
            block = [["'" + v if isinstance(v, str) else v for v in r] for r in block]  # "6月" stays text
            width = max(len(r) for r in block)
            sh.range((1001, col)).value = block
            refs.append(sh.range((1001, col), (1000 + len(block), col + width - 1)).address)
            col += width + 1
        sh.range("A1").formula2 = f"={name}({','.join(refs)})"
        sh.range("A1000").formula = "=KT_LAST_ERROR(A1)"
        try:
            spill = sh.range(sh.range("A1").api.SpillingToRange.Address)
        except Exception:  # noqa: BLE001 - a single value does not spill
            spill = sh.range("A1")
        value = spill.options(err_to_str=True).value
        if spill.count > 1:
            value = spill.options(ndim=2, err_to_str=True).value
        reason = sh.range("A1000").value or ""
        sh.clear()
        return value, reason

    def scratch_sheet(self) -> str:
        if self._scratch is None:
            self._scratch = self.add_sheet("関数テスト")
        return self._scratch

    def host_info(self) -> dict[str, str]:
        """What the add-in says about itself (KtFunctions.KtAddinInfo) and the Excel it runs in."""
        try:
            packed = self.app.api.Run(f"'{self.addin.name}'!KtAddinInfo") if self.addin is not None else ""
        except Exception as exc:  # noqa: BLE001 - an old add-in has no KtAddinInfo
            return {"アドイン": f"情報を取得できません（{exc}）"}
        return dict(p.split("=", 1) for p in str(packed).split(";") if "=" in p)

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

    def scratch(self) -> "XlwingsSheetIO":
        return XlwingsSheetIO(self.app.books.add(), addin=self.addin)

    @contextmanager
    def open_copy(self, path: Path):
        book = self.app.books.open(str(path))
        try:
            yield XlwingsSheetIO(book, addin=self.addin)
        finally:
            book.close()
