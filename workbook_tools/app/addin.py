"""`workbook-tools addin build|install|status|remove`: the 共済ツール ribbon add-in (.xlam).

Built without Excel from xlwings' own custom add-in template
(quickstart_addin_ribbon.xlam: an Excel-made VBA project holding xlwings'
RunPython machinery for the installed xlwings).  We keep its xlwings and
Dictionary modules and change, through io/vba.py and io/addin_package.py:

- the VBA project name (KyosaiTools) and xlwings' PROJECT_NAME constant
  (kyosai_tools), so the config sheet is ``kyosai_tools.conf`` and the user
  config file ``%USERPROFILE%\\.kyosai_tools\\kyosai_tools.conf``: nothing is
  called "myaddin", nothing clashes with another add-in built from the template;
- module RibbonMyAddin → KtMain (macros/KtMain.bas) and a new module
  KtFunctions generated from the UDF signatures (excel/udf_vba.py);
- every module written as source only (no p-code, no performance cache);
- the config sheet holds "UDF Modules", ADD_WORKBOOK_TO_PYTHONPATH False and KtMain's
  messages in columns A–B (and, from column D, the worksheet functions' Japanese descriptions for
  Application.MacroOptions).  xlwings' GetConfig reads, in order: the active workbook's
  ``kyosai_tools.conf`` sheet, the add-in's sheet, ``kyosai_tools.conf`` beside the active workbook, the
  user config file, the default; the first and third are turned off in our copy (a received workbook must
  not configure the add-in).  A key present in a sheet wins even when empty, so the add-in's sheet must not
  carry Interpreter_Win / Conda keys, or the user config that ``install`` writes would never be read;
- xlwings' module and KtMain made private to the project (Option Private Module): no internal procedure is
  a worksheet function; the ribbon's relationship given the 2006 type of its markup;
- docProps written afresh (one title, no template author or path), the
  template machine's absolute path dropped from workbook.xml.

The user config file is read by VBA's ``Open … For Input`` / ``Input #``, that
is in the ANSI code page (cp932 on Japanese Windows), so it is written in that
code page.  A path that code page cannot represent goes into the installed
add-in's own config sheet instead (cells are Unicode), and install says so.
"""
from __future__ import annotations

import os
import re
import shutil
import sys
from pathlib import Path
from typing import Callable

from workbook_tools import __version__
from workbook_tools.errors import WorkbookToolsError
from workbook_tools.io import addin_package as pkg

ADDIN_NAME = "kyosai_tools.xlam"
TEMPLATE = "quickstart_addin_ribbon.xlam"
PROJECT = "kyosai_tools"  # xlwings' PROJECT_NAME in our add-in: config sheet and config file names
VBA_PROJECT = "KyosaiTools"
MAIN_MODULE = "KtMain"
FUNCTIONS_MODULE = "KtFunctions"
CONFIG_SHEET = f"{PROJECT}.conf"
UDF_MODULE = "workbook_tools.excel.udfs"
# The add-in's own config, read by xlwings' GetConfig (patched below: only this sheet and the user's config file).
# ADD_WORKBOOK_TO_PYTHONPATH False: the folder of the workbook in front (a submission from another office, a
# download) never goes before site-packages on Python's path (a 「workbook_tools」 folder beside it would run).
# KT_*: KtMain's messages (its source is ASCII).
SHEET_SETTINGS = [("UDF Modules", UDF_MODULE), ("ADD_WORKBOOK_TO_PYTHONPATH", "False")]
SHEET_MESSAGES = [("KT_TITLE", "共済ツール"),
                  ("KT_NO_WORKBOOK", "対象のブックが開いていません（または保護ビューで開いています）。ブックを開き、"
                                     "保護ビューなら「編集を有効にする」を押してから、もう一度ボタンを押してください。"),
                  ("KT_VBA_ERROR", "共済ツールのボタンを実行できませんでした。「診断」ボタンで設定を確かめてください。")]
SHEET_CONFIG = SHEET_SETTINGS + SHEET_MESSAGES
INTERPRETER_KEYS = ("Interpreter_Win", "Conda Path", "Conda Env")
MACROS = Path(__file__).resolve().parents[1] / "macros"  # package data


def xlwings_dir() -> Path:
    try:
        import xlwings
    except ImportError as exc:
        raise WorkbookToolsError("xlwings がインストールされていません（pip install xlwings）") from exc
    return Path(xlwings.__file__).parent


def xlwings_version() -> str:
    from importlib import metadata

    try:
        return metadata.version("xlwings")
    except metadata.PackageNotFoundError:
        return "?"


def _vba_source(path: Path) -> bytes:
    text = path.read_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    try:
        text.decode("ascii")
    except UnicodeDecodeError as exc:
        raise WorkbookToolsError("VBA のソースは ASCII で書いてください（プロジェクトのコードページは 1252 です）",
                                 file=str(path)) from exc
    return text


def _ribbon(macros: Path) -> bytes:
    from defusedxml import ElementTree as ET

    ribbon = (macros / "ribbon.xml").read_bytes()
    try:
        ET.fromstring(ribbon)
    except Exception as exc:  # noqa: BLE001
        raise WorkbookToolsError(f"macros/ribbon.xml が XML として正しくありません（{exc}）") from exc
    return ribbon


def _project(vba_bin: bytes, main: bytes, functions: bytes) -> bytes:
    from workbook_tools.io import vba

    p = vba.read_project(vba_bin)
    vba.rename_project(p, VBA_PROJECT)
    vba.rename_module(p, "RibbonMyAddin", MAIN_MODULE)
    p.module(MAIN_MODULE).source = main
    vba.add_module(p, MAIN_MODULE, FUNCTIONS_MODULE, functions)
    if "MSForms" in p.references:  # unused, and it names the template author's folder
        vba.drop_reference(p, "MSForms")
    xl = p.module("xlwings")
    xl.source = _patch(xl.source, rb'(Public Const PROJECT_NAME As String = ")[^"]*(")',
                       rb"\g<1>" + PROJECT.encode() + rb"\g<2>", "PROJECT_NAME")
    for line in _FOREIGN_CONFIG:  # the add-in is configured by itself and its user only
        xl.source = _patch(xl.source, re.escape(line), line.split(b"If ", 1)[0] + b"If False Then " + _WHY, "GetConfig")
    xl.source = _patch(xl.source, rb'^(Attribute VB_Name = "xlwings"(\r?\n))', rb"\g<1>Option Private Module\g<2>",
                       "VB_Name")  # (its procedures are no worksheet functions nor macros of the Macros list)
    return vba.write_project(p)


# xlwings' GetConfig looks first at a 「<project>.conf」 sheet in the workbook in front, then at a file of that name
# beside it: any received workbook (or the folder it is unpacked into) could set the interpreter, the Python path or
# a command line (Conda Env is pasted into one unquoted).  Those two lookups are turned off in the add-in's copy.
_FOREIGN_CONFIG = (b'If SheetExists(ActiveWorkbook, PROJECT_NAME & ".conf") = True Then',
                   b"If FileExists(GetDirectoryConfigFilePath()) = True Then")
_WHY = b"' workbook_tools: a workbook in front never configures the add-in"


def _patch(source: bytes, pattern: bytes, repl: bytes, what: str) -> bytes:
    """``source`` with ``pattern`` replaced exactly once (a template of another shape is refused, not half patched)."""
    out, n = re.subn(pattern, repl, source, flags=re.M)
    if n != 1:
        raise WorkbookToolsError(f"xlwings のテンプレートの {what} の箇所が想定と違います（この版の xlwings には未対応）")
    return out


def build(output: Path, functions: Callable[[dict], tuple[str, list[list]]], macros: Path = MACROS) -> Path:
    """Build the add-in; `functions(info)` gives the KtFunctions module source and the function table
    for the sheet (excel/udf_vba.addin_functions)."""
    template = xlwings_dir() / TEMPLATE
    if not template.exists():
        raise WorkbookToolsError(f"xlwings のアドインテンプレート {template} が見つかりません")
    parts = pkg.read_parts(template)
    info = {"addin": __version__, "xlwings": xlwings_version()}
    source, table = functions(info)
    parts[pkg.VBA] = _project(parts[pkg.VBA], _vba_source(macros / f"{MAIN_MODULE}.bas"), source.encode("ascii"))
    parts[pkg.RIBBON] = _ribbon(macros)
    # the ribbon's markup is customUI 2006/01: its relationship the 2006 type (the template's 2007 type belongs to
    # customUI 2009/07 markup)
    parts[pkg.ROOT_RELS] = parts[pkg.ROOT_RELS].replace(b"/office/2007/relationships/ui/extensibility",
                                                        b"/office/2006/relationships/ui/extensibility")
    parts[pkg.SHEET], parts[pkg.SHARED] = pkg.config_sheet(SHEET_CONFIG, "Sheet2", table)
    parts[pkg.WORKBOOK] = pkg.workbook_xml(parts[pkg.WORKBOOK], CONFIG_SHEET)
    parts[pkg.CORE] = pkg.core_properties(
        "共済ツール", f"workbook_tools {__version__} / xlwings {info['xlwings']}", "workbook_tools")
    return pkg.write_parts(parts, output)


def built_versions(addin: Path) -> dict[str, str]:
    """{"workbook_tools": …, "xlwings": …} an add-in file was built with (from its description)."""
    core = pkg.read_parts(addin).get(pkg.CORE, b"").decode("utf-8", "replace")
    return dict(re.findall(r"(workbook_tools|xlwings) ([\w.+-]+)", core))


def is_current(addin: Path) -> bool:
    """Whether ``addin`` was built for this workbook_tools and the xlwings installed (its VBA loads the DLL of the
    xlwings it was built with: 「xlwings64-0.37.8.dll」)."""
    return built_versions(addin) == {"workbook_tools": __version__, "xlwings": xlwings_version()}
