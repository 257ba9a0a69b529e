"""Checks of the paths a job is given, before anything is read or written:
inputs exist, an output is never one of the inputs, its extension matches
what is written, and its folder exists.  Messages are Japanese."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable

from workbook_tools.errors import InputError, OutputError

WORKBOOK = (".xlsx",)
JSON = (".json",)


def existing_file(path: Path, what: str = "入力ファイル") -> Path:
    path = Path(path)
    if not path.exists():
        raise InputError(f"{what} {path} がありません", code="no_input")
    if path.is_dir():
        raise InputError(f"{what} {path} はフォルダです（ファイルを指定してください）", code="input_is_dir")
    return path


def existing_folder(path: Path, what: str = "入力フォルダ") -> Path:
    path = Path(path)
    if not path.exists():
        raise InputError(f"{what} {path} がありません", code="no_input")
    if not path.is_dir():
        raise InputError(f"{what} {path} はフォルダではありません", code="input_not_dir")
    return path


def _same(a: Path, b: Path) -> bool:
    try:
        if a.exists() and b.exists():
            return os.path.samefile(a, b)
    except OSError:
        pass
    return os.path.normcase(os.path.abspath(a)) == os.path.normcase(os.path.abspath(b))


def _inside(path: Path, folder: Path) -> bool:
    try:
        Path(os.path.abspath(path)).relative_to(os.path.abspath(folder))
        return True
    except ValueError:
        return False


WORKBOOK_INPUTS = (".xlsx", ".xlsm", ".xls")


def _is_submission(path: Path) -> bool:
    """An existing workbook in an input folder that is not one of this tool's consolidated outputs
    (those are stamped, never read as submissions, and may be written over by the next run)."""
    if not path.is_file() or path.suffix.lower() not in WORKBOOK_INPUTS:
        return False
    from workbook_tools.forms.model import PROP_OUTPUT_KIND
    from workbook_tools.io.readers import open_book

    try:
        return not open_book(path).properties.get(PROP_OUTPUT_KIND)
    except Exception:  # noqa: BLE001 - unreadable: it may still be someone's submission, keep it safe
        return True


def output_file(path: Path, suffixes: Iterable[str], inputs: Iterable[Path] = (), what: str = "出力ファイル",
                need_folder: bool = True) -> Path:
    """`path` may be written: right extension, not an input, its folder exists (unless the writer makes it).
    What the file system itself refuses (a name too long, no permission) is io/outputs' to explain."""
    path = Path(path)
    try:
        return _output_file(path, tuple(suffixes), list(inputs), what, need_folder)
    except OSError:
        return path


def _output_file(path: Path, suffixes: tuple[str, ...], inputs: list, what: str, need_folder: bool) -> Path:
    if path.suffix.lower() not in suffixes:
        raise OutputError(f"{what} {path} の拡張子は {'・'.join(suffixes)} にしてください（書き出す形式と合いません）", code="output_suffix")
    for src in inputs:
        src = Path(src)
        if _same(path, src) or (src.is_dir() and _inside(path, src) and _is_submission(path)):
            raise OutputError(f"{what} {path} が入力と同じ場所です（入力は変更しません。別の名前か別のフォルダを指定してください）", code="output_is_input")
    if path.is_dir():
        raise OutputError(f"{what} {path} は既にあるフォルダです（ファイル名を指定してください）", code="output_is_dir")
    parent = path.parent if str(path.parent) else Path(".")
    if need_folder and not parent.exists():  # a file in the folder's place is io/outputs' preflight's to explain
        raise OutputError(f"出力先のフォルダ {parent} がありません（先に作成してください）", code="no_output_folder")
    return path


def output_folder(path: Path, inputs: Iterable[Path] = (), what: str = "出力フォルダ", create: bool = True) -> Path:
    """A folder to write into: not an input, not a file; created when missing (its parent must exist)."""
    path = Path(path)
    for src in inputs:
        if _same(path, Path(src)):
            raise OutputError(f"{what} {path} が入力と同じです（別のフォルダを指定してください）", code="output_is_input")
    if path.exists() and not path.is_dir():
        raise OutputError(f"{what} {path} はファイルです（フォルダを指定してください）", code="output_not_dir")
    if not path.exists():
        parent = path.parent if str(path.parent) else Path(".")
        if not parent.is_dir():
            raise OutputError(f"{what} {path} の親フォルダ {parent} がありません（先に作成してください）", code="no_output_folder")
        if create:
            path.mkdir()
    return path
