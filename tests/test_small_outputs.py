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
    monkeypatch.setattr(writer, "IN_MEMORY_CELLS", -1)  # as every book was written before
    monkeypatch.setattr(writer, "IN_MEMORY_HELD_CELLS", -1)
    assert _write(batch, tmp_path / "files.xlsx", monkeypatch) > 10
    assert _parts(tmp_path / "memory.xlsx") == _parts(tmp_path / "files.xlsx")
    wb = openpyxl.load_workbook(tmp_path / "memory.xlsx")
    assert "一覧" in wb.sheetnames and wb["一覧"].max_row >= 2


@pytest.mark.parametrize("streamed", [False, True])
def test_a_large_book_keeps_temporary_files(tmp_path, monkeypatch, streamed):
    """Past the limit the parts are not held in memory all at once: a sheet kept in memory past
    IN_MEMORY_HELD_CELLS, a streamed one past the smaller IN_MEMORY_CELLS."""
    monkeypatch.setattr(writer, "IN_MEMORY_CELLS", 50)
    monkeypatch.setattr(writer, "IN_MEMORY_HELD_CELLS", 100)
    for cells, expect_files in ((60, streamed), (120, True), (40, False)):
        made = []
        real = tempfile.mkstemp
        monkeypatch.setattr(tempfile, "mkstemp", lambda *a, **kw: made.append(1) or real(*a, **kw))
        path = tmp_path / f"big{cells}.xlsx"
        with writer.safe_book(path) as book:
            sheet = book.sheet("表", streamed=streamed)
            for r in range(cells // 6 + (cells % 6 > 0)):
                sheet.put_row(r, [(c, r * c, None) for c in range(6) if r * 6 + c < cells])
        monkeypatch.undo()
        monkeypatch.setattr(writer, "IN_MEMORY_CELLS", 50)
        monkeypatch.setattr(writer, "IN_MEMORY_HELD_CELLS", 100)
        assert (len(made) > 5) is expect_files, (cells, streamed, len(made))  # ~20 part files (a streamed sheet: +1 row file)
        assert openpyxl.load_workbook(path)["表"].cell(2, 6).value == 5
