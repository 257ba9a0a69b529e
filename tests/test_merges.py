"""Merged areas: SheetData.merged_at / under_merge answer as a look through every area would (the index is only
faster), and a file that merges whole columns or the whole sheet is read, not refused for memory."""
import random
import zipfile
from pathlib import Path

import pytest

import hostile
from workbook_tools.io import readers
from workbook_tools.io.readers import SheetData


def _first_holding(merged, row, col):
    """The definition: the first area of the list that holds the cell."""
    for m in merged:
        if m[0] <= row <= m[2] and m[1] <= col <= m[3]:
            return m
    return None


def _hidden(merged, row, col):
    """The definition: in some area and not that area's top-left cell."""
    return any(m[0] <= row <= m[2] and m[1] <= col <= m[3] and (row, col) != (m[0], m[1]) for m in merged)


def _random_areas(rng, n):
    areas = []
    for _ in range(n):
        r, c = rng.randrange(60), rng.randrange(30)
        kind = rng.random()
        if kind < 0.7:  # the usual: a few cells across or down
            areas.append((r, c, r + rng.randrange(3), c + rng.randrange(6)))
        elif kind < 0.8:  # a whole column from row r (larger than the indexed size)
            areas.append((r, c, 1_048_575, c + rng.randrange(2)))
        elif kind < 0.9:  # overlapping another (a broken file)
            if areas:
                a = rng.choice(areas)
                areas.append((a[0] + rng.randrange(2), a[1], a[2] + 1, a[3] + rng.randrange(3)))
        else:  # written backwards (holds no cell)
            areas.append((r + 2, c + 2, r, c))
    return areas


@pytest.mark.parametrize("seed", range(6))
# 40 cells: most areas past the budget, listed by row or looked through; a row span of 1: only one-row areas by row
@pytest.mark.parametrize("budget, span", [(readers.MERGE_INDEX_CELLS, readers.MERGE_ROW_SPAN), (40, 64), (40, 1), (0, 0)])
def test_merged_lookups_answer_as_the_definition(monkeypatch, seed, budget, span):
    monkeypatch.setattr(readers, "MERGE_INDEX_CELLS", budget)
    monkeypatch.setattr(readers, "MERGE_ROW_SPAN", span)
    rng = random.Random(seed)
    merged = _random_areas(rng, 120)
    sheet = SheetData("S", [[""] * 40 for _ in range(80)], merged)
    for row in range(75):
        for col in range(40):
            assert sheet.merged_at(row, col) == _first_holding(merged, row, col), (row, col)
            assert sheet.under_merge(row, col) == _hidden(merged, row, col), (row, col)
    assert sheet.merged_at(900_000, merged[0][1]) == _first_holding(merged, 900_000, merged[0][1])


def test_the_index_is_rebuilt_when_the_areas_change_and_not_pickled():
    import pickle

    sheet = SheetData("S", [["a", "b"]], [(0, 0, 0, 1)])
    assert sheet.merged_at(0, 1) == (0, 0, 0, 1) and sheet.under_merge(0, 1)
    sheet.merged = [(5, 5, 6, 6)]
    assert sheet.merged_at(0, 1) is None and sheet.merged_at(6, 6) == (5, 5, 6, 6)
    sheet.merged.append((0, 0, 0, 1))
    assert sheet.merged_at(0, 1) == (0, 0, 0, 1)
    copy = pickle.loads(pickle.dumps(sheet))
    assert "_merges" not in copy.__dict__ and copy == sheet and copy.merged_at(0, 1) == (0, 0, 0, 1)


def _sheet_with(merges: list[str], cells: dict[str, str]) -> bytes:
    row_cells: dict[int, list[str]] = {}
    for ref, text in cells.items():
        row_cells.setdefault(int("".join(ch for ch in ref if ch.isdigit())), []).append(
            f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>')
    rows = "".join(f'<row r="{r}">{"".join(cs)}</row>' for r, cs in sorted(row_cells.items()))
    merge_xml = "".join(f'<mergeCell ref="{m}"/>' for m in merges)
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{hostile.MAIN_NS}">'
            f'<sheetData>{rows}</sheetData><mergeCells count="{len(merges)}">{merge_xml}</mergeCells>'
            f'</worksheet>').encode()


def test_a_sheet_merged_whole_is_read_not_refused(tmp_path):
    """The whole sheet merged (A1:XFD1048576; Excel allows it after a warning) and whole columns merged
    (B:D, as selecting the columns and pressing 結合して中央揃え does): the file is read like any other;
    listing the merged cells one by one took over 1 GB and the file was refused for memory."""
    from workbook_tools.app import consolidate as job

    folder = tmp_path / "提出"
    folder.mkdir()
    hostile.write_parts(folder / "全体を結合.xlsx", hostile.minimal_parts(
        {"xl/worksheets/sheet1.xml": _sheet_with(["A1:XFD1048576"], {"A1": "県本部"})}))
    hostile.write_parts(folder / "列を結合.xlsx", hostile.minimal_parts(
        {"xl/worksheets/sheet1.xml": _sheet_with(["B1:D1048576", "F1:F1048576"],
                                                 {"A3": "県本部", "B3": "試験県", "A5": "単組名", "E5": "試験単組"})}))
    batch = job.consolidate("survey", folder, year=2024, jobs=1)
    by_name = {r.path: r for r in batch.records}
    assert set(by_name) == {"全体を結合.xlsx", "列を結合.xlsx"}
    for rec in by_name.values():
        assert rec.status.value != "取込不可", (rec.path, rec.reason)
        assert "メモリ" not in rec.reason
    # E5 is outside every merged area: read beside its label.  B3 is hidden under B1:D1048576 (Excel shows the
    # area's top-left cell, B1, which is empty): not an answer, so 県本部 is blank
    columns = by_name["列を結合.xlsx"]
    assert (columns.values["h.union"].value, columns.values["h.union"].cell) == ("試験単組", "E5")
    assert columns.values["h.pref"].value is None


def test_merge_heavy_sheet_indexes_each_small_area_once():
    """1,500 areas of two cells (a merge-heavy printed form): every lookup answers from the index."""
    merged = [(r, c, r, c + 1) for r in range(50) for c in range(0, 60, 2)]
    sheet = SheetData("S", [[""] * 60 for _ in range(50)], merged)
    assert sheet.merged_at(49, 59) == (49, 58, 49, 59) and sheet.under_merge(49, 59)
    cells, by_row, large = sheet._merge_index()
    assert len(cells) == 3000 and by_row == {} and large == []


def test_areas_past_the_cell_budget_are_listed_by_row(monkeypatch):
    """More small merged areas than the index holds cell by cell: the next ones are listed under their rows (as many
    row entries as the cell budget), whole columns and the rest go to the list looked through; memory stays bounded
    and every look answers as the definition."""
    monkeypatch.setattr(readers, "MERGE_INDEX_CELLS", 1000)
    merged = [(r, c, r, c + 1) for r in range(100) for c in range(0, 40, 2)] + [(0, 50, 1_048_575, 50)]
    sheet = SheetData("S", [[""] * 60 for _ in range(100)], merged)
    cells, by_row, large = sheet._merge_index()
    assert len(cells) == 1000  # the first 500 areas, two cells each
    assert sum(len(v) for v in by_row.values()) == 1000 and max(len(v) for v in by_row.values()) == 20
    assert len(large) == len(merged) - 1500 and large[-1] == (len(merged) - 1, (0, 50, 1_048_575, 50))
    for row in range(100):
        for col in (0, 1, 38, 39, 45, 50):
            assert sheet.merged_at(row, col) == _first_holding(merged, row, col), (row, col)
            assert sheet.under_merge(row, col) == _hidden(merged, row, col), (row, col)
