"""The ribbon add-in built from macros/: read back with oletools and checked piece by piece."""
import importlib
import re
import zipfile
from pathlib import Path, PurePosixPath

import pytest
from defusedxml import ElementTree as ET

import lo
from conftest import ROOT
from workbook_tools.app import addin
from workbook_tools.excel.buttons import ACTIONS

NS = "{http://schemas.microsoft.com/office/2006/01/customui}"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    return addin.build(tmp_path_factory.mktemp("addin") / addin.ADDIN_NAME)


@pytest.fixture(scope="module")
def modules(built):
    from oletools.olevba import VBA_Parser

    vp = VBA_Parser(str(built))
    try:
        return {Path(stream).name: code for _, stream, _, code in vp.extract_macros()}
    finally:
        vp.close()


def _ribbon(built):
    with zipfile.ZipFile(built) as z:
        return ET.fromstring(z.read("customUI/customUI.xml"))


def test_vba_module_sources(modules):
    want = (ROOT / "workbook_tools" / "macros" / "RibbonMyAddin.bas").read_text("ascii").replace("\r\n", "\n").strip()
    strip = lambda text: "\n".join(l for l in text.splitlines() if not l.startswith("Attribute VB_"))  # noqa: E731
    got = strip(modules["RibbonMyAddin"].replace("\r\n", "\n")).strip()
    body = strip(want)
    assert got.startswith(body) and set(got[len(body):].strip()) <= set("'- ")  # our code + a padding comment
    assert "Public Function RunPython" in modules["xlwings"]
    assert set(modules) >= {"ThisWorkbook", "RibbonMyAddin", "xlwings", "Dictionary"}


def test_every_ribbon_action_names_an_existing_callback(built, modules):
    root = _ribbon(built)
    buttons = list(root.iter(f"{NS}button"))
    assert [b.get("label") for b in buttons] == ["グリッド再計算", "新契約集計", "報告書を集約", "アンケートを集約",
                                                 "テンプレート作成", "UDFを取り込む", "バージョン・診断"]
    assert root.find(f".//{NS}tab").get("label") == "共済ツール"
    for b in buttons:
        module, sub = b.get("onAction").split(".")
        assert re.search(rf"^\s*(Public\s+)?Sub\s+{sub}\s*\(\s*control\s+As\s+IRibbonControl\s*\)",
                         modules[module], re.M | re.I), b.get("onAction")
        assert b.get("tag") in ACTIONS, b.get("tag")


def test_every_runpython_string_imports_an_existing_callable(modules):
    calls = re.findall(r'RunPython\s+"([^"]*)"', modules["RibbonMyAddin"])
    assert calls
    for call in calls:
        m = re.match(r"import ([\w.]+) as (\w+); \2\.(\w+)\('$", call)
        assert m, call
        module = importlib.import_module(m.group(1))
        assert callable(getattr(module, m.group(3)))


def test_package_is_consistent(built):
    with zipfile.ZipFile(built) as z:
        names = set(z.namelist())
        types = ET.fromstring(z.read("[Content_Types].xml"))
        for o in types:
            if o.tag.endswith("Override"):
                assert o.get("PartName").lstrip("/") in names, o.get("PartName")
        assert any(o.get("ContentType") == "application/vnd.ms-excel.addin.macroEnabled.main+xml" for o in types)
        for rels in [n for n in names if n.endswith(".rels")]:
            base = PurePosixPath(rels).parent.parent
            for r in ET.fromstring(z.read(rels)):
                target = str((base / r.get("Target")).as_posix()).lstrip("/")
                assert target in names, (rels, target)
        root_rels = ET.fromstring(z.read("_rels/.rels"))
        assert any(r.get("Target") == "customUI/customUI.xml" and r.get("Type").endswith("/ui/extensibility")
                   for r in root_rels)
        wb = z.read("xl/workbook.xml").decode()
        sheet = z.read("xl/worksheets/sheet1.xml").decode()
    assert f'name="{addin.CONFIG_SHEET}"' in wb
    assert f"<t>{addin.UDF_MODULE}</t>" in sheet


def test_libreoffice_opens_the_addin(built, tmp_path, soffice):
    # LibreOffice's type detection does not know the add-in content type: name the filter
    out = lo.convert(built, tmp_path / "o", "xlsx:Calc MS Excel 2007 XML", infilter="Calc MS Excel 2007 VBA XML")
    import openpyxl

    wb = openpyxl.load_workbook(out)
    ws = wb[addin.CONFIG_SHEET]
    values = {r[0]: r[1] for r in ws.iter_rows(values_only=True) if r[0]}
    assert values["UDF Modules"] == addin.UDF_MODULE


def test_literal_compression_round_trip():
    from oletools.olevba import decompress_stream

    for data in (b"", b"x", b"Sub A()\r\nEnd Sub\r\n" * 40):
        packed = addin._compress_literal(data)
        assert len(packed) == addin._compressed_size(len(data))
        assert bytes(decompress_stream(bytearray(packed))) == data


def test_install_to_a_folder(built, tmp_path):
    target, notes = addin.install(built, tmp_path / "XLSTART")
    assert target.read_bytes() == built.read_bytes() and "置きました" in notes[0]
    assert 'Interpreter_Win' in addin.user_config("C:\\Python\\python.exe")
    assert "pythonw.exe" in addin.user_config("C:\\Python\\python.exe")
