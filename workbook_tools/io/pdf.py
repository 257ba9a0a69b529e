"""Workbooks to PDF with LibreOffice headless (the CLI's `--pdf`).

One soffice call converts many workbooks (start-up is most of the cost).  A
throwaway user profile keeps the user's own LibreOffice untouched and lets a
conversion run while LibreOffice is open.  Excel users get their PDF from the
ribbon through Excel itself (excel/), not from here.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from workbook_tools.errors import OutputError

DEFAULT_TIMEOUT = 300.0
_CANDIDATES = ("soffice", "libreoffice")
_WINDOWS_DIRS = (r"C:\Program Files\LibreOffice\program", r"C:\Program Files (x86)\LibreOffice\program")


def find_soffice() -> str | None:
    """The LibreOffice executable, from PATH or the usual Windows install folders."""
    for name in _CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    if os.name == "nt":
        for folder in _WINDOWS_DIRS:
            exe = Path(folder) / "soffice.exe"
            if exe.exists():
                return str(exe)
    return None


def to_pdf(workbooks: list[Path], outdir: Path | None = None, *, timeout: float = DEFAULT_TIMEOUT) -> list[Path]:
    """Convert workbooks to PDF beside them (or into ``outdir``); returns the PDF paths in order."""
    if not workbooks:
        return []
    exe = find_soffice()
    if exe is None:
        raise OutputError("PDF を作るには LibreOffice が必要です（インストールされていません）。"
                          "Excel で開いて「ファイル → エクスポート → PDF」でも作れます",
                          file=str(workbooks[0]))
    groups: dict[Path, list[Path]] = {}
    for wb in workbooks:
        groups.setdefault(Path(outdir) if outdir else Path(wb).parent, []).append(Path(wb))
    for folder, files in groups.items():
        _convert(exe, files, folder, timeout)
    pdfs = [(Path(outdir) if outdir else Path(wb).parent) / (Path(wb).stem + ".pdf") for wb in workbooks]
    for wb, pdf in zip(workbooks, pdfs):
        if not pdf.exists():
            raise OutputError("LibreOffice が PDF を書き出しませんでした", file=str(wb))
    return pdfs


def _convert(exe: str, files: list[Path], outdir: Path, timeout: float) -> None:
    outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="wbt-lo-") as profile:
        cmd = [exe, f"-env:UserInstallation={Path(profile).as_uri()}", "--headless", "--norestore",
               "--nolockcheck", "--convert-to", "pdf:calc_pdf_Export", "--outdir", str(outdir),
               *[str(f) for f in files]]
        env = dict(os.environ, HOME=profile)
        try:
            proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=env)
        except subprocess.TimeoutExpired:
            raise OutputError(f"LibreOffice での PDF 変換が {timeout:.0f} 秒で終わりませんでした",
                              file=str(files[0])) from None
        except OSError as exc:
            raise OutputError(f"LibreOffice を起動できません（{exc.strerror}）", file=str(files[0])) from None
    if proc.returncode != 0:
        raise OutputError(f"LibreOffice での PDF 変換に失敗しました（終了コード {proc.returncode}）",
                          file=str(files[0]))
