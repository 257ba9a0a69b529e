"""The ribbon add-in as built: read back with olefile/oletools and checked piece by piece, and
xlwings' config resolution replayed on the add-in plus the installed config."""
import csv
import importlib
import inspect
import io
import random
import re
import struct
import zipfile
from pathlib import Path, PurePosixPath

import olefile
import pytest
from defusedxml import ElementTree as ET

import lo
from workbook_tools.app import addin, addin_install
from workbook_tools.excel import udfs
from workbook_tools.excel.buttons import ACTIONS
from workbook_tools.excel.udf_vba import addin_functions
from workbook_tools.io import cfb, vba

NS = "{http://schemas.microsoft.com/office/2006/01/customui}"
MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
TEMPLATE = addin.xlwings_dir() / addin.TEMPLATE


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    return addin.build(tmp_path_factory.mktemp("addin") / addin.ADDIN_NAME, addin_functions)


def _macros(path):
    from oletools.olevba import VBA_Parser

    vp = VBA_Parser(str(path))
    try:
        return {Path(stream).name: code for _, stream, _, code in vp.extract_macros()}
    finally:
        vp.close()


@pytest.fixture(scope="module")
def modules(built):
    return _macros(built)


def _olevba(path):
    from oletools.olevba import VBA_Parser

    vp = VBA_Parser(str(path))
    try:
        found = {(kind, kw.lower()) for kind, kw, _ in vp.analyze_macros() if kind in ("Suspicious", "AutoExec")}
        return vp.detect_vba_stomping(), found
    finally:
        vp.close()


def _dir_records(ole):
    """The dir stream's records, decoded here with oletools (PROJECTVERSION carries 6 bytes)."""
    from oletools.olevba import decompress_stream

    d, i, out = bytes(decompress_stream(bytearray(ole.openstream("VBA/dir").read()))), 0, []
    while i + 6 <= len(d):
        rid, size = struct.unpack_from("<HI", d, i)
        size = 6 if rid == 9 else size
        out.append((rid, d[i + 6:i + 6 + size]))
        i += 6 + size
    return out


def test_no_stomping_and_no_keyword_beyond_xlwings_own(built, tmp_path):
    stomped, found = _olevba(built)
    assert stomped is False
    with zipfile.ZipFile(built) as z:
        (tmp_path / "vbaProject.bin").write_bytes(z.read("xl/vbaProject.bin"))
    assert _olevba(tmp_path / "vbaProject.bin")[0] is False  # also on the bare project (pcodedmp on a file)
    _, template = _olevba(TEMPLATE)
    assert found <= template, found - template
    assert not any(kind == "AutoExec" for kind, _ in found)


def test_source_only_project(built):
    with zipfile.ZipFile(built) as z:
        ole = olefile.OleFileIO(io.BytesIO(z.read("xl/vbaProject.bin")))
    assert ole.openstream("VBA/_VBA_PROJECT").read()[2:4] == b"\xff\xff"  # no compiled state to disagree
    offsets = [struct.unpack("<I", body)[0] for rid, body in _dir_records(ole) if rid == 0x31]
    assert offsets and set(offsets) == {0}  # every module stream starts with its source: no p-code
    ole.close()


def test_every_udf_wrapper_matches_its_python_function(modules):
    code = modules[addin.FUNCTIONS_MODULE]
    wrappers = dict(re.findall(r"^Public Function (KT_\w+)\(([^)]*)\)", code, re.M))
    assert wrappers.pop("KT_LAST_ERROR") == "Optional target As Variant"  # (KtMain keeps the reasons)
    assert set(wrappers) == set(udfs.UDFS) and len(wrappers) == 15
    for name, params in wrappers.items():
        sig = inspect.signature(udfs.UDFS[name]).parameters.values()
        declared = [p.strip().split() for p in params.split(",") if p.strip()]
        assert [d[-1] for d in declared] == [p.name for p in sig], name
        assert [d[0] == "Optional" for d in declared] == [p.default is not p.empty for p in sig], name
        call = re.search(rf'{name} = XLPy\.CallUDF\("([\w.]+)", "{name}", Array\(([^)]*)\)', code)
        assert call and call.group(1) == addin.UDF_MODULE, name
        assert [a.strip() for a in call.group(2).split(",")] == [p.name for p in sig], name
        body = code[code.index(f"Public Function {name}("):].split("End Function")[0]
        assert f"{name} = KtCallFailed(Err.Description)" in body  # #VALUE! instead of text
    assert "KT_LAST_ERROR = KtLastError(target)" in code
    assert re.search(r"^Public Function KtLastError\(Optional target As Variant\)", modules["KtMain"], re.M)
    assert "CVErr(xlErrValue)" in modules["KtMain"]


def test_every_ribbon_action_exists(built, modules):
    with zipfile.ZipFile(built) as z:
        root = ET.fromstring(z.read("customUI/customUI.xml"))
    callbacks = [root.get("onLoad")] + [b.get("onAction") for b in root.iter(f"{NS}button")]
    for cb in callbacks:
        module, sub = cb.split(".")
        assert re.search(rf"^\s*(Public\s+)?Sub\s+{sub}\s*\(\s*\w+\s+As\s+IRibbon(Control|UI)\s*\)",
                         modules[module], re.M | re.I), cb
    tags = [b.get("tag") for b in root.iter(f"{NS}button")]
    assert sorted(tags) == sorted(ACTIONS)  # every button has an action and every action a button
    assert re.search(r"Sub KtRegisterFunctions\(\)", modules["KtMain"])
    for call in re.findall(r'RunPython\s+"([^"]*)"', modules["KtMain"]):
        m = re.match(r"import ([\w.]+) as (\w+); \2\.(\w+)\('$", call)
        assert m and callable(getattr(importlib.import_module(m.group(1)), m.group(3))), call


def test_our_names_only(built, modules):
    with zipfile.ZipFile(built) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    ole = olefile.OleFileIO(io.BytesIO(parts["xl/vbaProject.bin"]))
    project = ole.openstream("PROJECT").read().decode("cp1252")
    names = [body.decode() for rid, body in _dir_records(ole) if rid in (0x04, 0x19)]
    ole.close()
    assert 'Name="KyosaiTools"' in project and names[0] == "KyosaiTools"
    assert set(names[1:]) == {"ThisWorkbook", "Dictionary", "KtMain", "KtFunctions", "Sheet2", "xlwings"}
    assert 'Public Const PROJECT_NAME As String = "kyosai_tools"' in modules["xlwings"]
    everything = "\n".join(modules.values()) + project + "".join(
        d.decode("utf-8", "replace") for n, d in parts.items() if n.endswith(".xml"))
    assert "myaddin" not in everything.lower()
    assert 'name="kyosai_tools.conf"' in parts["xl/workbook.xml"].decode()


def test_properties_clean(built):
    with zipfile.ZipFile(built) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    core = ET.fromstring(parts["docProps/core.xml"])
    dc = "{http://purl.org/dc/elements/1.1/}"
    assert len(core.findall(f"{dc}title")) == 1 and core.find(f"{dc}title").text == "共済ツール"
    assert core.find(f"{dc}creator").text == "workbook_tools"
    for name, data in parts.items():  # the template's author and his folders are gone, in every part
        text = data.decode("latin-1").lower()
        assert "felix" not in text and "users\\" not in text, name
    with zipfile.ZipFile(built) as z:
        ole = olefile.OleFileIO(io.BytesIO(z.read("xl/vbaProject.bin")))
    refs = b"".join(body for _, body in _dir_records(ole)).lower()
    assert b"felix" not in refs and b"msforms" not in refs
    ole.close()


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
        sheet = ET.fromstring(z.read("xl/worksheets/sheet1.xml"))
    assert sheet.find(f"{MAIN}sheetPr").get("codeName") == "Sheet2"  # still bound to its document module


def test_libreoffice_opens_the_addin(built, tmp_path, soffice):
    out = lo.convert(built, tmp_path / "o", "xlsx:Calc MS Excel 2007 XML", infilter="Calc MS Excel 2007 VBA XML")
    import openpyxl

    ws = openpyxl.load_workbook(out)[addin.CONFIG_SHEET]
    assert [r[:3] for r in ws.iter_rows(values_only=True) if any(r[:3])] == [(k, v, None) for k, v in addin.SHEET_CONFIG]
    assert ws["A1"].value == "UDF Modules" and ws["B2"].value == "False"
    table = {r[3]: r for r in ws.iter_rows(min_row=2, values_only=True)}  # what KtRegisterFunctions reads
    assert set(table) == set(udfs.UDFS)
    for name, row in table.items():
        docs = list(udfs.UDFS[name].__kt_args__.values())
        assert row[5] == "共済ツール" and row[6] == len(docs) and list(row[7:7 + len(docs)]) == docs, name


def test_compression_round_trip():
    from oletools.olevba import decompress_stream

    rng = random.Random(4)
    samples = [b"", b"x", b"abc" * 5000, bytes(rng.randrange(256) for _ in range(4096 * 2)),
               bytes(rng.randrange(256) for _ in range(5000)) + b"Sub A()\r\nEnd Sub\r\n" * 200,
               TEMPLATE.read_bytes()[:20000]]
    for data in samples:
        packed = vba.compress(data)
        assert bytes(decompress_stream(bytearray(packed))) == data
    assert len(vba.compress(b"Sub A()\r\nEnd Sub\r\n" * 200)) < 400  # copy tokens, not literals only


def test_compound_file_round_trip():
    rng = random.Random(5)
    streams = {"PROJECT": b"p" * 600, "VBA/dir": bytes(rng.randrange(256) for _ in range(1300)),
               "VBA/big": bytes(rng.randrange(256) for _ in range(70000)), "VBA/empty": b"",
               **{f"VBA/m{i}": bytes([i]) * (100 * i) for i in range(1, 12)}}
    ole = olefile.OleFileIO(io.BytesIO(cfb.write(streams)), raise_defects=olefile.DEFECT_INCORRECT)
    assert {"/".join(p) for p in ole.listdir()} == set(streams)
    for name, data in streams.items():
        assert ole.openstream(name).read() == data, name
    ole.close()


# ---- xlwings' GetConfig, replayed from its VBA (xlwings_custom_addin.bas) as our add-in patches it: the add-in's
# sheet (A1 down to the first blank, keys upper-cased; a key present wins even when empty), then
# %USERPROFILE%\.<project>\<project>.conf read by `Input #` in the ANSI code page, then the default (the active
# workbook's "<project>.conf" sheet and the file of that name beside it are turned off: see the test below).

def _replay(addin_path, home, project="kyosai_tools"):
    with zipfile.ZipFile(addin_path) as z:
        shared = [si.findtext(f"{MAIN}t") for si in ET.fromstring(z.read("xl/sharedStrings.xml"))]
        cells = {c.get("r"): shared[int(c.findtext(f"{MAIN}v"))]
                 for c in ET.fromstring(z.read("xl/worksheets/sheet1.xml")).iter(f"{MAIN}c") if c.get("t") == "s"}
        names = [s.get("name") for s in ET.fromstring(z.read("xl/workbook.xml")).iter(f"{MAIN}sheet")]
    sheet, row = {}, 1
    while f"{project}.conf" in names and cells.get(f"A{row}"):  # SheetExists(ThisWorkbook, PROJECT_NAME & ".conf")
        sheet[cells[f"A{row}"].upper()] = cells.get(f"B{row}", "")
        row += 1
    conf = home / f".{project}" / f"{project}.conf"
    lines = list(csv.reader(io.StringIO(conf.read_bytes().decode("cp932")))) if conf.exists() else []

    def get(key, default=""):
        if key in sheet:
            return sheet[key]
        return next((v for k, v in lines if k.lower() == key.lower()), default)

    python = get("INTERPRETER_WIN") or get("INTERPRETER", "pythonw")
    conda, env = get("CONDA PATH"), get("CONDA ENV")
    if python in ("python", "pythonw") and conda and env:
        python = (conda if env == "base" else f"{conda}\\envs\\{env}") + "\\" + python
    return python, get("UDF MODULES")


def test_replay_finds_our_venv_interpreter(built, tmp_path):
    home = tmp_path / "山田"  # a Japanese user name: representable in cp932
    exe = r"C:\Users\山田\venvs\kyosai\Scripts\python.exe"
    target, notes = addin_install.install(built, startup=tmp_path / "XLSTART", home=home,
                                          settings=addin_install.interpreter_settings(exe, str(tmp_path / "noconda")))
    assert _replay(target, home) == (r"C:\Users\山田\venvs\kyosai\Scripts\pythonw.exe", addin.UDF_MODULE)
    raw = (home / ".kyosai_tools" / "kyosai_tools.conf").read_bytes()
    assert "山田".encode("cp932") in raw and b"\r\n" in raw  # what VBA's Input # reads on Japanese Windows
    assert any("cp932" in n for n in notes)


def test_replay_of_the_template_sheet_ignores_the_user_file(tmp_path):
    """Why the add-in's sheet must not carry interpreter keys: xlwings' own template, activated, has
    Interpreter_Win present but empty, so the user file is never read and Excel runs plain pythonw."""
    from workbook_tools.io import addin_package as pkg

    parts = pkg.read_parts(TEMPLATE)
    parts["xl/workbook.xml"] = pkg.workbook_xml(parts["xl/workbook.xml"], "myaddin.conf")  # as the old build did
    pkg.write_parts(parts, tmp_path / "template.xlam")
    home = tmp_path / "home"
    (home / ".myaddin").mkdir(parents=True)
    (home / ".myaddin" / "myaddin.conf").write_bytes(b'"Interpreter_Win","C:\\venv\\Scripts\\pythonw.exe"\r\n')
    assert _replay(tmp_path / "template.xlam", home, "myaddin")[0] == "pythonw"
    parts["xl/workbook.xml"] = pkg.workbook_xml(parts["xl/workbook.xml"], "_myaddin.conf")  # inactive sheet
    pkg.write_parts(parts, tmp_path / "template.xlam")
    assert _replay(tmp_path / "template.xlam", home, "myaddin")[0] == r"C:\venv\Scripts\pythonw.exe"


def test_unrepresentable_path_goes_into_the_addin_sheet(built, tmp_path):
    home = tmp_path / "김민준"  # Hangul: not in cp932, VBA could not even open the file
    exe = "C:\\Users\\김민준\\venv\\Scripts\\python.exe"
    target, notes = addin_install.install(built, startup=tmp_path / "XLSTART", home=home,
                                          settings=addin_install.interpreter_settings(exe, str(tmp_path)))
    assert not (home / ".kyosai_tools" / "kyosai_tools.conf").exists()
    assert _replay(target, home) == ("C:\\Users\\김민준\\venv\\Scripts\\pythonw.exe", addin.UDF_MODULE)
    assert "設定シート" in notes[-2]
    assert "英数字だけの場所" in notes[-1]  # (VBA loads xlwings' DLL and uses TEMP in ANSI too: said, not promised)
    from workbook_tools.io import addin_package as pkg

    cells = pkg.sheet_cells(pkg.read_parts(target))
    assert cells["D2"] == "KT_RATE" and cells["F2"] == "共済ツール"  # the function table is kept


def test_conda_environment(built, tmp_path):
    root = tmp_path / "anaconda3"
    env = root / "envs" / "kyosai"
    (root / "condabin").mkdir(parents=True)
    (env / "conda-meta").mkdir(parents=True)
    settings = addin_install.interpreter_settings(str(env / "python.exe"), str(env))
    assert settings == [("Conda Path", str(root)), ("Conda Env", "kyosai")]
    home = tmp_path / "home"
    target, _ = addin_install.install(built, startup=tmp_path / "XLSTART", home=home, settings=settings)
    assert _replay(target, home)[0] == f"{root}\\envs\\kyosai\\pythonw"


def test_status_and_remove(built, tmp_path):
    home, start = tmp_path / "home", tmp_path / "XLSTART"
    settings = [("Interpreter_Win", r"C:\venv\Scripts\pythonw.exe")]
    addin_install.install(built, startup=start, home=home, settings=settings)
    text = "\n".join(addin_install.status(startup=start, home=home))
    assert r"Excel が使う Python: C:\venv\Scripts\pythonw.exe" in text and "UDF MODULES" in text
    notes = addin_install.remove(startup=start, home=home)
    assert len(notes) == 2 and not (start / addin.ADDIN_NAME).exists() and not (home / ".kyosai_tools").exists()
    assert "配置されていません" in addin_install.status(startup=start, home=home)[0]


def test_cli_addin_commands(tmp_path):
    import os
    import subprocess
    import sys

    cli = [sys.executable, "-m", "workbook_tools"]
    env = {**os.environ, "USERPROFILE": str(tmp_path / "ホーム")}
    start = tmp_path / "XLSTART"

    def run(*args):
        return subprocess.run(cli + list(args), capture_output=True, text=True, env=env, cwd=tmp_path)

    r = run("addin", "install", "--dest", str(start))
    assert r.returncode == 0 and (start / addin.ADDIN_NAME).exists(), r.stderr
    conf = (tmp_path / "ホーム" / ".kyosai_tools" / "kyosai_tools.conf").read_bytes().decode("cp932")
    assert conf.startswith('"Interpreter_Win","') and conf.endswith('"\r\n')
    r = run("addin", "status", "--dest", str(start))
    assert "Excel が使う Python" in r.stdout and "workbook_tools.excel.udfs" in r.stdout
    r = run("addin", "remove", "--dest", str(start))
    assert r.returncode == 0 and not (start / addin.ADDIN_NAME).exists()
    r = run("addin", "selftest", "-o", str(tmp_path / "報告.txt"))
    assert r.returncode == 0 and "すべて合格" in r.stdout, r.stdout[-2000:] + r.stderr[-2000:]
    assert "不合格" not in (tmp_path / "報告.txt").read_text("utf-8-sig").split("項目")[1]


# ---- what a received workbook can do to the add-in (a helper's review, read the way Excel runs it) ----------

def test_a_workbook_in_front_never_configures_the_addin(built, modules):
    """xlwings' GetConfig looked first at a 「kyosai_tools.conf」 sheet of the workbook in front (a plain .xlsx can carry
    it veryHidden) and at a file of that name beside it: a received workbook could set the interpreter, the Python
    path or a command line (Conda Env is pasted into one unquoted).  In the add-in's copy both lookups are off; the
    add-in's own sheet and the user's file remain."""
    code = modules["xlwings"]
    body = code[code.index("Function GetConfig(configKey"):].split("End Function")[0]
    assert 'If SheetExists(ActiveWorkbook, PROJECT_NAME & ".conf") = True Then' not in body
    assert "If FileExists(GetDirectoryConfigFilePath()) = True Then" not in body
    assert body.count("If False Then ' workbook_tools") == 2
    assert 'If SheetExists(ThisWorkbook, PROJECT_NAME & ".conf") = True Then' in body  # the add-in's own sheet
    assert "If FileExists(GetConfigFilePath()) = True Then" in body  # the user's file


def test_the_folder_of_the_workbook_in_front_is_not_put_on_pythons_path(built, tmp_path):
    """Every button and the UDF server give xlwings.utils.prepare_sys_path 「<ADD_WORKBOOK_TO_PYTHONPATH>;<the
    workbook in front>;<the add-in>;…」; with xlwings' default "true" the workbook's folder went before site-packages,
    so a 「workbook_tools」 folder sent beside a workbook ran instead of the package.  The add-in's sheet says False
    (and the user's file cannot undo it: the sheet wins)."""
    import sys

    from xlwings.utils import prepare_sys_path

    home = tmp_path / "home"
    conf = home / ".kyosai_tools" / "kyosai_tools.conf"
    conf.parent.mkdir(parents=True)
    conf.write_bytes('"ADD_WORKBOOK_TO_PYTHONPATH","true"\r\n'.encode("cp932"))
    with zipfile.ZipFile(built) as z:
        shared = [si.findtext(f"{MAIN}t") for si in ET.fromstring(z.read("xl/sharedStrings.xml"))]
        cells = {c.get("r"): shared[int(c.findtext(f"{MAIN}v"))]
                 for c in ET.fromstring(z.read("xl/worksheets/sheet1.xml")).iter(f"{MAIN}c") if c.get("t") == "s"}
    flag = next(cells[f"B{r}"] for r in range(1, 20) if cells.get(f"A{r}", "").upper() == "ADD_WORKBOOK_TO_PYTHONPATH")
    received = tmp_path / "受信" / "グリッド.xlsx"
    received.parent.mkdir()
    (received.parent / "workbook_tools").mkdir()
    before = list(sys.path)
    try:
        prepare_sys_path(f"{flag};{received};{tmp_path / 'kyosai_tools.xlam'};;;;")
        assert not any(str(received.parent) in p for p in sys.path)
        prepare_sys_path(f"true;{received};{tmp_path / 'kyosai_tools.xlam'};;;;")  # xlwings' default, for contrast
        assert any(str(received.parent) in p for p in sys.path)
    finally:
        sys.path[:] = before


def test_no_internal_procedure_is_a_worksheet_function(modules):
    """Every public procedure of a loaded add-in's module is a worksheet function: 「=RunFrozenPython(…)」 or
    「=ReadFile(…)」 in a macro-free .xlsx ran xlwings' internals on recalculation.  xlwings' module and KtMain are
    private to the project (the ribbon and Application.Run still reach them); only KtFunctions is public."""
    assert re.match(r'Attribute VB_Name = "xlwings"\r?\nOption Private Module\r?\n', modules["xlwings"])
    assert re.search(r"^Option Private Module\r?$", modules["KtMain"], re.M)
    assert "Option Private Module" not in modules[addin.FUNCTIONS_MODULE]
    assert "Function KT_LAST_ERROR" not in modules["KtMain"]


def test_the_ribbon_relationship_matches_its_markup(built):
    """customUI 2006/01 markup goes with the 2006 relationship type (MS-OI29500 3.4.1.3); the template had 2007's."""
    with zipfile.ZipFile(built) as z:
        rels = z.read("_rels/.rels").decode()
        ns = ET.fromstring(z.read("customUI/customUI.xml")).tag
    assert ns.startswith(NS)
    assert "http://schemas.microsoft.com/office/2006/relationships/ui/extensibility" in rels
    assert "/2007/relationships/ui/extensibility" not in rels


def test_a_button_with_no_workbook_in_front_says_so_in_japanese(modules):
    """With every workbook closed (or a Protected View window in front) RunPython stopped on VBA's error 91 with a
    デバッグ button; now RunMain says what to do (診断 and 自己診断 run on a new book), and any VBA error is said in
    Japanese from the add-in's sheet (the VBA source is ASCII)."""
    main = modules["KtMain"]
    run = main[main.index("Sub RunMain("):].split("End Sub")[0]
    assert "On Error GoTo failed" in run and "If ActiveWorkbook Is Nothing Then" in run
    assert run.index("If ActiveWorkbook Is Nothing Then") < run.index("RunPython")
    keys = re.findall(r'GetConfig\("(KT_\w+)"\)', run)
    messages = dict(addin.SHEET_CONFIG)
    assert set(keys) == {"KT_NO_WORKBOOK", "KT_TITLE", "KT_VBA_ERROR"}
    for key in keys:
        assert re.search(r"[ぁ-んァ-ン一-龥]", messages[key]), key
    assert re.search(r'control\.Tag = "diagnose" Or control\.Tag = "self_test"', run)
    assert {"diagnose", "self_test"} <= set(ACTIONS)


def test_an_addin_built_for_another_xlwings_is_not_installed(tmp_path, monkeypatch):
    """Its VBA loads the DLL of the xlwings it was built with: installed beside another xlwings, every KT_ function
    failed at every office.  Before, install copied it (rc 0) and status then advised the install that copied it
    again.  Now install refuses it, and the CLI's default add-in is made again."""
    import os
    import subprocess
    import sys

    monkeypatch.setattr(addin, "xlwings_version", lambda: "0.36.0")
    old = addin.build(tmp_path / "古い.xlam", addin_functions)
    monkeypatch.undo()
    assert addin.built_versions(old)["xlwings"] == "0.36.0" and not addin.is_current(old)
    with pytest.raises(addin.WorkbookToolsError, match="xlwings 0.36.0 用"):
        addin_install.install(old, startup=tmp_path / "XLSTART", home=tmp_path / "home",
                              settings=[("Interpreter_Win", r"C:\venv\Scripts\pythonw.exe")])
    assert not (tmp_path / "XLSTART" / addin.ADDIN_NAME).exists()
    default = tmp_path / "dist-addin" / addin.ADDIN_NAME  # the CLI's default, relative to where it runs
    default.parent.mkdir()
    default.write_bytes(old.read_bytes())
    env = {**os.environ, "USERPROFILE": str(tmp_path / "ホーム")}
    r = subprocess.run([sys.executable, "-m", "workbook_tools", "addin", "install", "--dest", str(tmp_path / "XLSTART")],
                       capture_output=True, text=True, env=env, cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert addin.is_current(default) and addin.is_current(tmp_path / "XLSTART" / addin.ADDIN_NAME)
