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
- the config sheet holds only "UDF Modules" in columns A–B (and, from column D,
  the worksheet functions' Japanese descriptions for Application.MacroOptions).  xlwings' GetConfig reads, in
  order: the active workbook's ``kyosai_tools.conf`` sheet, the add-in's sheet,
  ``kyosai_tools.conf`` beside the active workbook, the user config file, the
  default; a key present in a sheet wins even when empty, so the add-in's sheet
  must not carry Interpreter_Win / Conda keys, or the user config that
  ``install`` writes would never be read;
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
SHEET_CONFIG = [("UDF Modules", UDF_MODULE)]
INTERPRETER_KEYS = ("Interpreter_Win", "Conda Path", "Conda Env")
MACROS = Path(__file__).resolve().parents[2] / "macros"


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
    xl.source, n = re.subn(rb'(Public Const PROJECT_NAME As String = ")[^"]*(")',
                           rb"\g<1>" + PROJECT.encode() + rb"\g<2>", xl.source)
    if n != 1:
        raise WorkbookToolsError("xlwings のテンプレートに PROJECT_NAME がありません（この版の xlwings には未対応）")
    return vba.write_project(p)


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
    parts[pkg.SHEET], parts[pkg.SHARED] = pkg.config_sheet(SHEET_CONFIG, "Sheet2", table)
    parts[pkg.WORKBOOK] = pkg.workbook_xml(parts[pkg.WORKBOOK], CONFIG_SHEET)
    parts[pkg.CORE] = pkg.core_properties(
        "共済ツール", f"workbook_tools {__version__} / xlwings {info['xlwings']}", "workbook_tools")
    return pkg.write_parts(parts, output)


def built_versions(addin: Path) -> dict[str, str]:
    """{"workbook_tools": …, "xlwings": …} an add-in file was built with (from its description)."""
    core = pkg.read_parts(addin).get(pkg.CORE, b"").decode("utf-8", "replace")
    return dict(re.findall(r"(workbook_tools|xlwings) ([\w.+-]+)", core))
