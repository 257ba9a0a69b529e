"""LibreOffice headless, forced to recalculate every formula on load.

A throwaway user profile sets OOXMLRecalcMode/ODFRecalcMode to 0 ("always
recalculate"), so values read back come from LibreOffice's engine, never
from the cached values the file carries.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

_XCU = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema"
 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"""


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert(src: Path, outdir: Path, target: str = "xlsx:Calc MS Excel 2007 XML", timeout: int = 180,
            infilter: str | None = None) -> Path:
    """Open ``src`` in LibreOffice (recalculating) and save it as ``target``."""
    exe = soffice()
    if exe is None:
        raise RuntimeError("LibreOffice (soffice) is not installed")
    outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="lo-profile-") as prof:
        user = Path(prof) / "user"
        user.mkdir()
        (user / "registrymodifications.xcu").write_text(_XCU, encoding="utf-8")
        env = dict(os.environ, HOME=prof)
        cmd = [exe, f"-env:UserInstallation={Path(prof).as_uri()}", "--headless", "--norestore",
               "--nolockcheck", "--convert-to", target, "--outdir", str(outdir), str(src)]
        if infilter:
            cmd.insert(-5, f"--infilter={infilter}")
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=env)
    ext = target.split(":")[0]
    out = outdir / (src.stem + "." + ext)
    if proc.returncode != 0 or not out.exists():
        raise RuntimeError(f"LibreOffice conversion failed: {proc.stdout}\n{proc.stderr}")
    return out


def recalculated_values(src: Path, workdir: Path) -> dict[str, dict[str, object]]:
    """{sheet: {A1: value}} as LibreOffice computes them."""
    import openpyxl

    out = convert(src, workdir / "recalc")
    wb = openpyxl.load_workbook(out, data_only=True)
    return {ws.title: {c.coordinate: c.value for row in ws.iter_rows() for c in row if c.value is not None}
            for ws in wb.worksheets}


def formula_cells(src: Path) -> dict[str, dict[str, tuple[str, object]]]:
    """{sheet: {A1: (formula, cached value)}} as written in the file."""
    import openpyxl

    wb_f = openpyxl.load_workbook(src)
    wb_v = openpyxl.load_workbook(src, data_only=True)
    res: dict[str, dict[str, tuple[str, object]]] = {}
    for ws in wb_f.worksheets:
        vs = wb_v[ws.title]
        cells = {}
        for row in ws.iter_rows():
            for c in row:
                if isinstance(c.value, str) and c.value.startswith("="):
                    cells[c.coordinate] = (c.value, vs[c.coordinate].value)
        res[ws.title] = cells
    return res


def assert_formulas_match(src: Path, workdir: Path, *, tol: float = 1e-9) -> int:
    """Every formula's cached value equals LibreOffice's recalculated value.

    Returns the number of formula cells checked."""
    written = formula_cells(src)
    recalced = recalculated_values(src, workdir)
    mismatches = []
    n = 0
    for sheet, cells in written.items():
        lo = recalced.get(sheet, {})
        for ref, (formula, cached) in cells.items():
            n += 1
            got = lo.get(ref)
            want = None if cached == "" else cached
            got = None if got == "" else got
            if isinstance(want, (int, float)) and isinstance(got, (int, float)):
                if abs(want - got) > tol:
                    mismatches.append((sheet, ref, formula, want, got))
            elif want != got:
                mismatches.append((sheet, ref, formula, want, got))
    assert not mismatches, f"{len(mismatches)} formula cells differ, first: {mismatches[:5]}"
    return n
