"""The benchmark harness measures what it claims: every file, every cell, the corpus mix it describes."""
from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
import xlsxwriter
from conftest import ROOT

BENCH = ROOT / "benchmarks"


def _book(path: Path, sheets: dict[str, tuple[int, int]]) -> None:
    wb = xlsxwriter.Workbook(str(path))
    for name, (rows, cols) in sheets.items():
        ws = wb.add_worksheet(name)
        for r in range(rows):
            for c in range(cols):
                ws.write_number(r, c, r * cols + c)
    wb.close()


@pytest.mark.parametrize("how", ["calamine", "openpyxl"])
def test_read_all_reads_every_cell_of_every_file(tmp_path, how):
    (tmp_path / "a" / "sub").mkdir(parents=True)
    (tmp_path / "b").mkdir()
    _book(tmp_path / "a" / "one.xlsx", {"S1": (3, 4), "S2": (2, 2)})  # 12 + 4 cells
    _book(tmp_path / "a" / "sub" / "two.xlsx", {"表": (5, 1)})  # 5 cells, in a subfolder
    _book(tmp_path / "b" / "three.xlsx", {"S": (1, 7)})  # 7 cells, in the second folder
    (tmp_path / "b" / "~$three.xlsx").write_bytes(b"lock")  # Excel lock file: not a workbook
    out = subprocess.run([sys.executable, str(BENCH / "read_all.py"), how, str(tmp_path / "a"), str(tmp_path / "b")],
                         capture_output=True, text=True, check=True).stdout
    assert out.strip().splitlines()[-1] == "files=3 cells=28"


def test_corpus_is_half_template_half_legacy(tmp_path):
    sys.path.insert(0, str(BENCH))
    try:
        from corpus import ensure
    finally:
        sys.path.remove(str(BENCH))
    s_dir, r_dir = ensure(tmp_path, surveys=6, reports=4, variants=2)
    surveys = sorted(s_dir.iterdir())
    assert len(surveys) == 6 and len(list(r_dir.iterdir())) == 4

    def from_template(p: Path) -> bool:  # our templates carry defined names for every field
        with zipfile.ZipFile(p) as zf:
            return b"<definedName " in zf.read("xl/workbook.xml")

    assert [from_template(p) for p in surveys] == [True, False] * 3
    assert [from_template(p) for p in sorted(r_dir.iterdir())] == [True, False] * 2
    mtime = (tmp_path / "corpus.json").stat().st_mtime_ns
    ensure(tmp_path, surveys=6, reports=4, variants=2)  # same request: reused, not rewritten
    assert (tmp_path / "corpus.json").stat().st_mtime_ns == mtime


def test_a_contender_is_shown_by_its_median_run():
    """Interleaved rounds: the run with the median wall time stands for the contender (its CPU and memory with
    it); with an even count the slower of the two middle runs (never the flattering one)."""
    sys.path.insert(0, str(BENCH))
    try:
        from _common import Run
        from consolidate import _median_run
    finally:
        sys.path.remove(str(BENCH))
    runs = [Run(9.0, cpu=1.0), Run(7.0, cpu=2.0), Run(8.0, cpu=3.0)]
    assert (_median_run(runs).wall, _median_run(runs).cpu) == (8.0, 3.0)
    assert _median_run(runs[:2]).wall == 9.0
    assert _median_run([Run(5.0)]).wall == 5.0


def test_the_floor_reads_every_file_safely_and_writes_a_row_each(tmp_path):
    """benchmarks/floor.py's contender: every workbook of every folder read through the pre-checks, one row a file
    (its name, then its cells' values, cut at --width) in the one output sheet; a hostile file is refused there
    as in the tool (the floor keeps the checks), so the floor stops."""
    from python_calamine import CalamineWorkbook

    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    _book(tmp_path / "a" / "一.xlsx", {"S1": (2, 2), "S2": (1, 3)})  # 0 1 2 3 | 0 1 2
    _book(tmp_path / "b" / "二.xlsx", {"表": (1, 2)})  # 0 1
    out = tmp_path / "floor.xlsx"
    cmd = [sys.executable, str(BENCH / "floor.py"), "--child", str(out), "--width", "5"]
    done = subprocess.run(cmd + [str(tmp_path / "a"), str(tmp_path / "b")], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip().splitlines()[-1] == "files=2"
    rows = CalamineWorkbook.from_path(str(out)).get_sheet_by_name("一覧").to_python()
    assert rows == [["一.xlsx", 0.0, 1.0, 2.0, 3.0], ["二.xlsx", 0.0, 1.0, "", ""]]
    bomb = tmp_path / "c"
    bomb.mkdir()
    with zipfile.ZipFile(bomb / "爆弾.xlsx", "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", b"<Types/>")
        zf.writestr("xl/workbook.xml", b"<!DOCTYPE x [<!ENTITY a 'b'>]><workbook/>")
    refused = subprocess.run(cmd + [str(bomb)], capture_output=True, text=True)
    assert refused.returncode != 0 and "RefusedFile" in refused.stderr
