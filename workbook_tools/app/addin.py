"""`workbook-tools addin build / install`: the 共済ツール ribbon add-in (.xlam).

How it is built without Excel (and why): xlwings ships an Excel-made custom
add-in template (quickstart_addin_ribbon.xlam) whose VBA project already holds
xlwings' RunPython machinery, matched to the installed xlwings package, and
no compiled p-code cache (so Excel compiles the VBA from source on load).
We keep that project and change three things from the text sources in
``macros/``:

1. customUI/customUI.xml ← macros/ribbon.xml (the 共済ツール tab);
2. the source of the RibbonMyAddin module ← macros/RibbonMyAddin.bas, written
   in MS-OVBA compressed form into the same module stream (same size, so the
   compound file is rewritten in place with olefile; the module's stale p-code
   is ignored because the project carries no performance cache);
3. the add-in's config sheet (myaddin.conf) gets "UDF Modules" =
   workbook_tools.excel.udfs, the xlwings way to register the UDFs.
"""
from __future__ import annotations

import io
import os
import re
import shutil
import struct
import sys
import tempfile
import zipfile
from pathlib import Path

from workbook_tools import __version__
from workbook_tools.errors import WorkbookToolsError

ADDIN_NAME = "kyosai_tools.xlam"
TEMPLATE = "quickstart_addin_ribbon.xlam"
MODULE = "RibbonMyAddin"
CONFIG_SHEET = "myaddin.conf"
UDF_MODULE = "workbook_tools.excel.udfs"
MACROS = Path(__file__).resolve().parents[1] / "macros"


def xlwings_dir() -> Path:
    try:
        import xlwings
    except ImportError as exc:
        raise WorkbookToolsError("xlwings がインストールされていません（pip install xlwings）") from exc
    return Path(xlwings.__file__).parent


MAX_LITERAL = 3640  # a compressed chunk holds at most 4098 bytes: n + ceil(n/8) + 2 <= 4098


def _compress_literal(data: bytes) -> bytes:
    """An MS-OVBA CompressedContainer of one chunk holding every byte as a literal token
    (valid per [MS-OVBA] 2.4.1; no copy tokens, so the size is exact and predictable)."""
    if len(data) > MAX_LITERAL:
        raise WorkbookToolsError(f"VBA モジュールのソースが長すぎます（{len(data)} バイト、上限 {MAX_LITERAL}）")
    if not data:
        return b"\x01"  # a container with no chunks
    body = bytearray()
    for i in range(0, len(data), 8):
        body.append(0x00)  # flag byte: the next (up to) 8 tokens are literals
        body += data[i:i + 8]
    size = len(body) + 2
    return b"\x01" + struct.pack("<H", (size - 3) | (0b011 << 12) | (1 << 15)) + bytes(body)


def _compressed_size(n: int) -> int:
    return 1 if n == 0 else 3 + n + -(-n // 8)


def _fit_source(source: bytes, size: int) -> bytes:
    """The module source, padded with a comment line so that its compressed form is exactly `size` bytes."""
    if _compressed_size(len(source)) == size:
        return source
    for k in range(0, 4096):
        line = b"' " + b"-" * k + b"\r\n"
        if _compressed_size(len(source) + len(line)) == size:
            return source + line
        if _compressed_size(len(source) + len(line)) > size:
            break
    raise WorkbookToolsError(f"VBA モジュール {MODULE} のソースが、xlwings のテンプレートの枠（{size} バイト）に収まりません。"
                             "macros/RibbonMyAddin.bas を短くしてください")


def _module_offsets(ole) -> dict[str, int]:
    """MODULEOFFSET of every module, from the (decompressed) dir stream."""
    from oletools.olevba import decompress_stream

    d = decompress_stream(bytearray(ole.openstream("VBA/dir").read()))
    i, cur, offsets = 0, None, {}
    while i + 6 <= len(d):
        rid, size = struct.unpack_from("<HI", d, i)
        if rid == 0x0009:  # PROJECTVERSION: its size field says 4 but 6 bytes follow
            i += 12
            continue
        body = d[i + 6:i + 6 + size]
        if rid == 0x0019:
            cur = body.decode("latin-1")
        elif rid == 0x0031 and cur is not None:
            offsets[cur] = struct.unpack("<I", body)[0]
        i += 6 + size
    return offsets


def _patch_vba(vba: bytes, source: bytes) -> bytes:
    import olefile

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "vbaProject.bin"
        path.write_bytes(vba)
        ole = olefile.OleFileIO(str(path), write_mode=True)
        try:
            if ole.openstream("VBA/_VBA_PROJECT").read()[2:4] != b"\xff\xff":
                raise WorkbookToolsError("xlwings のテンプレートに VBA の実行キャッシュが含まれています（この版の xlwings には未対応）")
            offset = _module_offsets(ole)[MODULE]
            stream = ole.openstream(f"VBA/{MODULE}").read()
            new_source = _compress_literal(_fit_source(source, len(stream) - offset))
            ole.write_stream(f"VBA/{MODULE}", stream[:offset] + new_source)
        finally:
            ole.close()
        return path.read_bytes()


def _config_sheet(workbook_xml: bytes, sheet_xml: bytes, shared: bytes) -> tuple[bytes, bytes]:
    """Activate the add-in's config sheet and set UDF Modules."""
    workbook_xml = workbook_xml.replace(b'name="_myaddin.conf"', f'name="{CONFIG_SHEET}"'.encode())
    strings = re.findall(rb"<si><t>(.*?)</t></si>", shared)
    idx = strings.index(b"UDF Modules")
    m = re.search(rb'<row r="(\d+)"[^>]*>(?:(?!</row>).)*?<c r="A\1"[^>]*t="s"[^>]*><v>' + str(idx).encode()
                  + rb"</v></c>", sheet_xml)
    if m is None:
        raise WorkbookToolsError("xlwings のテンプレートの設定シートに「UDF Modules」がありません")
    row = m.group(1).decode()
    cell = f'<c r="B{row}" t="inlineStr"><is><t>{UDF_MODULE}</t></is></c>'.encode()
    sheet_xml = sheet_xml[:m.end()] + cell + sheet_xml[m.end():]
    sheet_xml = re.sub(rb'(<row r="' + row.encode() + rb'"[^>]*?)spans="1:1"', rb'\1spans="1:2"', sheet_xml)
    return workbook_xml, sheet_xml


def build(output: Path, macros: Path = MACROS) -> Path:
    from defusedxml import ElementTree as ET

    ribbon = (macros / "ribbon.xml").read_bytes()
    try:
        ET.fromstring(ribbon)
    except Exception as exc:  # noqa: BLE001
        raise WorkbookToolsError(f"macros/ribbon.xml が XML として正しくありません（{exc}）") from exc
    source = (macros / f"{MODULE}.bas").read_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    try:
        source.decode("ascii")
    except UnicodeDecodeError as exc:
        raise WorkbookToolsError("VBA のソースは ASCII で書いてください（プロジェクトのコードページは 1252 です）") from exc
    template = xlwings_dir() / TEMPLATE
    if not template.exists():
        raise WorkbookToolsError(f"xlwings のアドインテンプレート {template} が見つかりません")
    with zipfile.ZipFile(template) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    parts["customUI/customUI.xml"] = ribbon
    parts["xl/vbaProject.bin"] = _patch_vba(parts["xl/vbaProject.bin"], source)
    parts["xl/workbook.xml"], parts["xl/worksheets/sheet1.xml"] = _config_sheet(
        parts["xl/workbook.xml"], parts["xl/worksheets/sheet1.xml"], parts["xl/sharedStrings.xml"])
    parts["docProps/core.xml"] = re.sub(
        rb"<dc:title>.*?</dc:title>|(?=</cp:coreProperties>)",
        f"<dc:title>共済ツール (workbook_tools {__version__}, xlwings {_xlwings_version()})</dc:title>".encode(),
        parts["docProps/core.xml"], count=1)
    output.parent.mkdir(parents=True, exist_ok=True)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    output.write_bytes(buf.getvalue())
    return output


def _xlwings_version() -> str:
    from importlib import metadata

    try:
        return metadata.version("xlwings")
    except metadata.PackageNotFoundError:
        return "?"


def excel_startup_dir() -> Path | None:
    """Where Excel opens add-ins at start-up on Windows (the user's XLSTART folder)."""
    appdata = os.environ.get("APPDATA")
    if sys.platform.startswith("win") and appdata:
        return Path(appdata) / "Microsoft" / "Excel" / "XLSTART"
    return None


def user_config(interpreter: str | None = None) -> str:
    """The xlwings user config for the add-in (%USERPROFILE%\\.myaddin\\myaddin.conf)."""
    exe = interpreter or sys.executable
    if exe.lower().endswith("python.exe"):
        exe = exe[:-10] + "pythonw.exe"
    return f'"Interpreter_Win","{exe}"\n"UDF Modules","{UDF_MODULE}"\n'


def install(addin: Path, dest: Path | None = None) -> tuple[Path | None, list[str]]:
    """Copy the add-in where Excel loads it; returns (installed path, Japanese notes)."""
    target_dir = dest or excel_startup_dir()
    notes = []
    if target_dir is None:
        notes.append("この OS では Excel のアドインを自動で配置できません。Windows の Excel で使ってください。")
        notes.append(f"Windows では %APPDATA%\\Microsoft\\Excel\\XLSTART に {ADDIN_NAME} を置くと Excel の起動時に読み込まれます。")
        return None, notes
    target_dir.mkdir(parents=True, exist_ok=True)
    target = target_dir / ADDIN_NAME
    try:
        shutil.copyfile(addin, target)
    except PermissionError as exc:
        raise WorkbookToolsError("アドインを置けません。Excel を閉じてから、もう一度実行してください", file=str(target)) from exc
    notes.append(f"{target} に置きました。Excel を起動し直すと「共済ツール」タブが出ます。")
    home = Path(os.environ.get("USERPROFILE") or Path.home())
    conf = home / ".myaddin" / "myaddin.conf"
    if dest is None:
        conf.parent.mkdir(parents=True, exist_ok=True)
        conf.write_text(user_config(), encoding="utf-8")
        notes.append(f"xlwings の設定 {conf} に、使う Python（{sys.executable}）を書きました。")
    return target, notes
