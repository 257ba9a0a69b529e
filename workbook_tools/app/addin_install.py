"""`workbook-tools addin install|status|remove`: put the add-in where Excel loads it and tell
xlwings which Python to start, where and in the encoding xlwings' VBA reads it (see app/addin.py)."""
from __future__ import annotations

import csv
import io
import os
import shutil
import sys
from pathlib import Path, PureWindowsPath

from workbook_tools.app.addin import (ADDIN_NAME, INTERPRETER_KEYS, PROJECT, SHEET_CONFIG, SHEET_SETTINGS, UDF_MODULE,
                                      built_versions, xlwings_version)
from workbook_tools.errors import WorkbookToolsError
from workbook_tools.io import addin_package as pkg

LEGACY_PROJECT = "myaddin"  # what versions before 0.1.1 wrote (%USERPROFILE%\.myaddin\myaddin.conf)


def startup_dir() -> Path | None:
    """Where Excel opens add-ins at start-up on Windows (the user's XLSTART folder)."""
    appdata = os.environ.get("APPDATA")
    if sys.platform.startswith("win") and appdata:
        return Path(appdata) / "Microsoft" / "Excel" / "XLSTART"
    return None


def home_dir() -> Path:
    return Path(os.environ.get("USERPROFILE") or Path.home())


def user_config_path(home: Path | None = None, project: str = PROJECT) -> Path:
    """xlwings' GetConfigFilePath: Environ("USERPROFILE") & "\\." & PROJECT_NAME & "\\" & PROJECT_NAME & ".conf"."""
    return (home or home_dir()) / f".{project}" / f"{project}.conf"


def ansi_encoding() -> str:
    """The code page VBA's file I/O uses: the system ANSI code page (cp932 on Japanese Windows)."""
    if sys.platform.startswith("win"):
        import ctypes

        return f"cp{ctypes.windll.kernel32.GetACP()}"
    return "cp932"  # not Windows: write what a Japanese office PC reads


def representable(text: str, encoding: str) -> bool:
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


def interpreter_settings(executable: str | None = None, prefix: str | None = None) -> list[tuple[str, str]]:
    """The xlwings keys that start this Python: Conda Path + Conda Env for a conda environment
    (xlwings activates it, which conda's DLLs need), else Interpreter_Win = pythonw.exe (venv or not)."""
    exe, pre = PureWindowsPath(executable or sys.executable), Path(prefix or sys.prefix)
    if (pre / "conda-meta").is_dir():
        root = _conda_root(pre)
        if root is not None:
            env = "base" if root == pre else (pre.name if pre.parent.name.lower() == "envs" else str(pre))
            return [("Conda Path", str(root)), ("Conda Env", env)]
    if exe.name.lower() == "python.exe":
        exe = exe.with_name("pythonw.exe")
    return [("Interpreter_Win", str(exe))]


def _conda_root(prefix: Path) -> Path | None:
    candidates = [prefix, prefix.parent.parent]
    if os.environ.get("CONDA_EXE"):
        candidates.append(Path(os.environ["CONDA_EXE"]).parent.parent)
    for c in candidates:
        if (c / "condabin").is_dir():
            return c
    return None


def config_text(settings: list[tuple[str, str]]) -> str:
    """Lines VBA's `Input #f, name, value` reads: two quoted fields, CRLF."""
    return "".join(f'"{k}","{v}"\r\n' for k, v in settings)


def read_config_file(path: Path, encoding: str | None = None) -> list[tuple[str, str]]:
    if not path.exists():
        return []
    text = path.read_bytes().decode(encoding or ansi_encoding(), "replace")
    return [(r[0], r[1] if len(r) > 1 else "") for r in csv.reader(io.StringIO(text)) if r]


def install(addin: Path, *, startup: Path | None = None, home: Path | None = None,
            settings: list[tuple[str, str]] | None = None) -> tuple[Path | None, list[str]]:
    """Copy the add-in where Excel loads it and write the interpreter settings; (path, Japanese notes)."""
    target_dir = startup or startup_dir()
    if target_dir is None:
        return None, ["この OS では Excel のアドインを自動で配置できません。Windows の Excel で使ってください。",
                      f"Windows では %APPDATA%\\Microsoft\\Excel\\XLSTART に {ADDIN_NAME} を置くと Excel の起動時に読み込まれます。"]
    built_for = built_versions(addin).get("xlwings")
    if built_for != xlwings_version():  # (its UDFs would fail at every office: 「Could not load xlwings64-….dll」)
        raise WorkbookToolsError(f"このアドインは xlwings {built_for or '（不明）'} 用に作られていますが、入っている xlwings は "
                                 f"{xlwings_version()} です。workbook-tools addin build でアドインを作り直してから "
                                 "install してください", file=str(addin))
    settings = settings or interpreter_settings()
    conf = user_config_path(home)
    enc = ansi_encoding()
    readable = representable(str(conf), enc) and all(representable(v, enc) for _, v in settings)
    target_dir.mkdir(parents=True, exist_ok=True)
    target = target_dir / ADDIN_NAME
    try:
        if readable:  # the file as built (or as signed) is copied unchanged
            shutil.copyfile(addin, target)
        else:  # VBA cannot open or read the file: the settings go into the add-in's own sheet
            pkg.write_parts(pkg.with_config(pkg.read_parts(addin), SHEET_CONFIG + settings), target)
    except (OSError, WorkbookToolsError) as exc:
        raise WorkbookToolsError("アドインを置けません。Excel を閉じてから、もう一度実行してください", file=str(target)) from exc
    notes = [f"{target} に置きました。Excel を起動し直すと「共済ツール」タブが出ます。"]
    shown = "、".join(f"{k}={v}" for k, v in settings)
    if readable:
        conf.parent.mkdir(parents=True, exist_ok=True)
        conf.write_bytes(config_text(settings).encode(enc))
        notes.append(f"xlwings の設定 {conf} に、使う Python を書きました（{shown}、文字コード {enc}）。")
    else:
        conf.unlink(missing_ok=True)
        notes.append(f"パスに {enc} で表せない文字があり、Excel（VBA）が設定ファイルを読めないため、"
                     f"使う Python をアドインの設定シートに書きました（{shown}）。")
        notes.append("注意: Excel の VBA は xlwings の DLL の読み込みや一時フォルダ（TEMP）を ANSI の文字でしか扱えないため、"
                     "この場所の Python ではワークシート関数やボタンが動かないことがあります。動かないときは、"
                     "C:\\kyosai\\venv のように英数字だけの場所に venv を作り直して install してください。")
    return target, notes


def effective_settings(addin: Path | None, conf: Path) -> dict[str, tuple[str, str]]:
    """What xlwings' GetConfig finds for our keys, add-in sheet before user file: {KEY: (value, source)}."""
    found: dict[str, tuple[str, str]] = {}
    if addin is not None and addin.exists():
        cells = pkg.sheet_cells(pkg.read_parts(addin))
        row = 1
        while cells.get(f"A{row}"):
            found.setdefault(cells[f"A{row}"].upper(), (cells.get(f"B{row}", ""), "アドインの設定シート"))
            row += 1
    for k, v in read_config_file(conf):
        found.setdefault(k.upper(), (v, str(conf)))
    return found


def interpreter_of(found: dict[str, tuple[str, str]]) -> str:
    """The command xlwings (Windows, UDF server) starts, from the keys it found."""
    python = found.get("INTERPRETER_WIN", ("", ""))[0] or found.get("INTERPRETER", ("pythonw", ""))[0]
    conda, env = found.get("CONDA PATH", ("", ""))[0], found.get("CONDA ENV", ("", ""))[0]
    if python in ("python", "pythonw") and conda and env:
        base = conda if env == "base" else (env if "\\" in env else f"{conda}\\envs\\{env}")
        return f"{base}\\{python}（conda activate {env}）"
    return python


def status(*, startup: Path | None = None, home: Path | None = None) -> list[str]:
    target_dir = startup or startup_dir()
    addin = target_dir / ADDIN_NAME if target_dir else None
    conf = user_config_path(home)
    lines = []
    if addin is None or not addin.exists():
        lines.append(f"アドイン: 配置されていません（{addin or 'XLSTART が不明'}）")
    else:
        v = built_versions(addin)
        lines.append(f"アドイン: {addin}（workbook_tools {v.get('workbook_tools', '?')} / "
                     f"xlwings {v.get('xlwings', '?')} で作成）")
        if v.get("xlwings") not in (None, xlwings_version()):
            lines.append(f"  注意: インストール済みの xlwings は {xlwings_version()} です。"
                         "workbook-tools addin install をもう一度実行してください")
    lines.append(f"設定ファイル: {conf}{'' if conf.exists() else '（なし）'}")
    found = effective_settings(addin, conf)
    for key in [k.upper() for k, _ in SHEET_SETTINGS] + [k.upper() for k in INTERPRETER_KEYS]:
        if key in found:
            lines.append(f"  {key} = {found[key][0]}（{found[key][1]}）")
    python = interpreter_of(found)
    lines.append(f"Excel が使う Python: {python}")
    if sys.platform.startswith("win") and ":" in python and not Path(python.split("（")[0]).exists():
        lines.append("  注意: この Python が見つかりません。使う Python で workbook-tools addin install をやり直してください")
    if found.get("UDF MODULES", ("",))[0] != UDF_MODULE:
        lines.append(f"  注意: UDF Modules が {UDF_MODULE} になっていません")
    legacy = user_config_path(home, LEGACY_PROJECT)
    if legacy.exists():
        lines.append(f"古い版の設定ファイル {legacy} があります（もう使われません。remove で消せます）")
    return lines


def remove(*, startup: Path | None = None, home: Path | None = None) -> list[str]:
    notes = []
    target_dir = startup or startup_dir()
    paths = [target_dir / ADDIN_NAME] if target_dir else []
    paths += [user_config_path(home)]
    legacy = user_config_path(home, LEGACY_PROJECT)
    if legacy.exists() and UDF_MODULE in legacy.read_bytes().decode("utf-8", "replace"):
        paths.append(legacy)
    for p in paths:
        if p.exists():
            try:
                p.unlink()
            except PermissionError as exc:
                raise WorkbookToolsError("消せません。Excel を閉じてから、もう一度実行してください", file=str(p)) from exc
            notes.append(f"{p} を消しました。")
            if p.parent.name.startswith(".") and not any(p.parent.iterdir()):
                shutil.rmtree(p.parent, ignore_errors=True)
    return notes or ["消すものはありませんでした。"]
