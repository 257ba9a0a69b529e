"""How a CLI run ends: its exit code, every line of its output, and no temporary file left behind."""
from __future__ import annotations

import os
import subprocess
import sys

import hostile
import pytest

from workbook_tools.app.templates import write_template


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    d = tmp_path_factory.mktemp("提出")
    template = write_template("survey", d.parent / "survey.xlsx", year=2024)
    for i in range(1, 4):
        hostile.good_survey(template, d / f"組合{i}.xlsx", i)
    return d


def _script(tmp_path, body: str) -> str:
    """A program that runs the CLI as the console script does."""
    script = tmp_path / "workbook-tools-script.py"
    head = ["import sys", "from workbook_tools.__main__ import main"]
    script.write_text("\n".join(head + [body, ""]), encoding="utf-8")
    return str(script)


def _run(args, tmp_path, temp):
    env = {**os.environ, "TMPDIR": str(temp), "TEMP": str(temp), "TMP": str(temp)}
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, encoding="utf-8", env=env,
                          timeout=180)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_finished_consolidation_leaves_its_output_and_no_temporary_file(folder, tmp_path, jobs):
    temp = tmp_path / "temp"
    temp.mkdir()
    out = tmp_path / "集約.xlsx"
    script = _script(tmp_path, "import workbook_tools.io.consolidate_writer as w\n"
                               "w.STREAM_FROM_RECORDS = 0\n"  # 一覧 and the other long sheets in row files
                               "sys.exit(main())")
    got = _run([script, "consolidate", "survey", str(folder), "-o", str(out), "--year", "2024", "--jobs", jobs],
               tmp_path, temp)
    assert got.returncode == 0, got.stderr
    assert "を書き出しました" in got.stdout and "ファイル 3 件" in got.stdout  # every line reached the pipe
    assert out.exists()
    assert list(temp.iterdir()) == []  # spill, row files and worker folders removed before the end


def test_an_error_keeps_its_exit_code_and_message(tmp_path):
    temp = tmp_path / "temp"
    temp.mkdir()
    got = _run(["-m", "workbook_tools", "consolidate", "survey", str(tmp_path / "ない"), "-o",
                str(tmp_path / "x.xlsx")], tmp_path, temp)
    assert got.returncode == 2
    assert "ありません" in got.stderr
