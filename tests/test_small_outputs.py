"""A small output is assembled in memory instead of one temporary file per part (issue 17),
and it is the same workbook."""
import tempfile
import zipfile
from pathlib import Path

import openpyxl
import pytest

from conftest import ROOT
from workbook_tools.app import consolidate as job
from workbook_tools.io import writer

SURVEYS = ROOT / "workbook_tools" / "examples" / "surveys"


def _parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:  # docProps/core.xml holds the time of writing
        return {n: z.read(n) for n in z.namelist() if n != "docProps/core.xml"}


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    folder = tmp_path_factory.mktemp("one")
    src = sorted(SURVEYS.glob("*.xlsx"))[0]
    (folder / src.name).write_bytes(src.read_bytes())
    return job.consolidate("survey", folder, isolate=False)


def _write(batch, out: Path, monkeypatch) -> int:
    """Write the consolidation; how many temporary files XlsxWriter made."""
    made = []
    real = tempfile.mkstemp

    def counting(*a, **kw):
        made.append(1)
        return real(*a, **kw)

    with monkeypatch.context() as m:
        m.setattr(tempfile, "mkstemp", counting)
        job.write_workbook(batch, out)
    return len(made)


def test_a_one_file_consolidation_uses_no_temporary_part_files_and_is_the_same_workbook(batch, tmp_path, monkeypatch):
    assert _write(batch, tmp_path / "memory.xlsx", monkeypatch) == 0
    monkeypatch.setattr(writer, "IN_MEMORY_CELLS", 0)  # as every book was written before
    assert _write(batch, tmp_path / "files.xlsx", monkeypatch) > 10
    assert _parts(tmp_path / "memory.xlsx") == _parts(tmp_path / "files.xlsx")
    wb = openpyxl.load_workbook(tmp_path / "memory.xlsx")
    assert "一覧" in wb.sheetnames and wb["一覧"].max_row >= 2


def test_a_large_book_keeps_temporary_files(tmp_path, monkeypatch):
    """Past the limit the parts are not held in memory all at once."""
    monkeypatch.setattr(writer, "IN_MEMORY_CELLS", 50)
    made = []
    real = tempfile.mkstemp
    monkeypatch.setattr(tempfile, "mkstemp", lambda *a, **kw: made.append(1) or real(*a, **kw))
    with writer.safe_book(tmp_path / "big.xlsx") as book:
        sheet = book.sheet("表")
        for r in range(10):
            for c in range(6):  # 60 cells > 50
                sheet.number(r, c, r * c)
    assert made and book.cells() == 60
    assert openpyxl.load_workbook(tmp_path / "big.xlsx")["表"].cell(10, 6).value == 45
