"""From pip install to first result anywhere: build the wheel from a copy of the tree, install it into
a fresh venv (no editable copy visible: the dependencies come from this environment's site-packages
through a .pth line, whose own .pth files — the editable finder — are not run), and from an empty
folder run the README's demo, a consolidation and `addin build`."""
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from conftest import ROOT

pytestmark = pytest.mark.wheel


def _run(cmd, **kw):
    r = subprocess.run([str(c) for c in cmd], capture_output=True, text=True, encoding="utf-8", timeout=300, **kw)
    assert r.returncode == 0, f"{cmd}\n{r.stdout}\n{r.stderr}"
    return r


def _build_wheel(tmp: Path) -> Path:
    src = tmp / "src"
    src.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, src / name)
    shutil.copytree(ROOT / "workbook_tools", src / "workbook_tools",
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    out = tmp / "wheel"
    base = [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", out, src]
    r = subprocess.run([str(c) for c in base], capture_output=True, text=True, timeout=300)
    if r.returncode != 0:  # offline: build with this environment's setuptools/wheel
        _run(base[:5] + ["--no-build-isolation"] + base[5:])
    return next(out.glob("workbook_tools-*.whl"))


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("wheel")
    wheel = _build_wheel(tmp)
    names = zipfile.ZipFile(wheel).namelist()
    assert "workbook_tools/macros/ribbon.xml" in names and "workbook_tools/macros/KtMain.bas" in names
    assert "workbook_tools/examples/grid/加入拡大モデル単組_6月開始.xlsx" in names
    assert sum(n.startswith("workbook_tools/examples/reports/") for n in names) >= 40
    venv = tmp / "venv"
    _run([sys.executable, "-m", "venv", "--without-pip", venv])
    py = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    paths = _run([py, "-c", "import sysconfig,json;print(json.dumps(sysconfig.get_paths()))"]).stdout
    import json

    paths = json.loads(paths)
    Path(paths["purelib"], "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    _run([sys.executable, "-m", "pip", "--python", py, "install", "-q", "--no-deps", "--no-index", wheel])
    exe = Path(paths["scripts"]) / ("workbook-tools.exe" if os.name == "nt" else "workbook-tools")
    assert exe.exists()
    return py, exe, Path(paths["purelib"])


def test_wheel_runs_from_an_empty_folder(installed, tmp_path):
    py, exe, site = installed
    work = tmp_path / "空のフォルダ"
    work.mkdir()
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    env.pop("PYTHONPATH", None)
    where = _run([py, "-c", "import workbook_tools;print(workbook_tools.__file__)"], cwd=work, env=env).stdout
    assert Path(where.strip()).resolve().is_relative_to(site.resolve())  # the wheel's copy, not the worktree
    assert not Path(where.strip()).resolve().is_relative_to(ROOT.resolve())

    demo = _run([exe, "demo"], cwd=work, env=env)
    assert "報告D" in demo.stdout
    made = sorted(p.name for p in (work / "out").glob("*.xlsx"))
    assert made == sorted(["A_加入拡大モデル単組_6月開始.xlsx", "A_加入拡大モデル単組_5月開始.xlsx",
                           "B_新契約件数_主要共済の実績.xlsx", "C_県本部報告書_集約.xlsx", "D_実態アンケート_集約.xlsx"])

    reports = site / "workbook_tools" / "examples" / "reports"
    con = _run([exe, "consolidate", "report", reports, "-o", "集約.xlsx", "--jobs", "2"], cwd=work, env=env)
    assert "集約.xlsx を書き出しました" in con.stdout and (work / "集約.xlsx").exists() and (work / "集約.log").exists()

    add = _run([exe, "addin", "build"], cwd=work, env=env)
    assert (work / "dist-addin" / "kyosai_tools.xlam").stat().st_size > 10_000, add.stdout
    assert not (work / "build").exists()
    assert _run([exe, "--version"], cwd=work, env=env).stdout.startswith("workbook-tools ")
