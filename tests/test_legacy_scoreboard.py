"""Issue 11: legacy-layout fixtures made independently of the reader, and the
scoreboard that holds the reader to their hand-typed expected readings."""
from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest

from legacy import build_report, build_survey, expected, scoreboard
from workbook_tools.io.readers import col_letter

pytestmark = pytest.mark.libreoffice


@pytest.fixture(scope="module")
def built(tmp_path_factory, soffice):
    root = tmp_path_factory.mktemp("legacy")
    return {kind: scoreboard.build(kind, root) for kind in ("report", "survey")}


def _rc(ref: str) -> tuple[int, int]:
    m = re.fullmatch(r"([A-Z]+)(\d+)", ref)
    col = 0
    for ch in m.group(1):
        col = col * 26 + ord(ch) - 64
    return int(m.group(2)) - 1, col - 1


def _grid(path: Path) -> dict[str, dict[str, object]]:
    """{sheet: {A1: value}} of non-empty cells; .xlsx through openpyxl, .xls (LibreOffice's) through calamine."""
    if path.suffix == ".xls":
        import python_calamine

        wb = python_calamine.CalamineWorkbook.from_path(str(path))
        out = {}
        for name in wb.sheet_names:
            rows = wb.get_sheet_by_name(name).to_python(skip_empty_area=False)
            out[name] = {f"{col_letter(c)}{r + 1}": v for r, row in enumerate(rows) for c, v in enumerate(row)
                         if v not in ("", None)}
        return out
    import openpyxl

    wb = openpyxl.load_workbook(path)
    return {ws.title: {c.coordinate: c.value for row in ws.iter_rows() for c in row if c.value not in (None, "")}
            for ws in wb.worksheets}


def _norm(v) -> str:
    return scoreboard.norm(v)


@pytest.mark.parametrize("kind", ["report", "survey"])
def test_expectations_point_at_the_fixture_cells(built, kind):
    exp = scoreboard.EXPECTED[kind]
    files = {p.name for p in built[kind].iterdir()}
    assert files == set(exp), "one expectation block per fixture file"
    for name, e in exp.items():
        grid = _grid(built[kind] / name)
        cells = grid[e["sheet"]]
        for ref in e["blank_cells"]:
            assert ref not in cells, f"{name} {ref} should be blank, holds {cells.get(ref)!r}"
        for key, want, flag, _cls, ref in e["values"]:
            if not ref or ref in e["blank_cells"]:
                assert want is None, f"{name} {key}"
                continue
            assert ref in cells, f"{name} {key}: {ref} is empty"
            if isinstance(cells[ref], str) and cells[ref].startswith("="):  # a formula saved without its result
                assert "formula_no_cache" in _cls and _uncached_formula(built[kind] / name, ref), f"{name} {key}"
                continue
            if key == "h.pref":  # 青森県 / 秋田県 read as the prefecture's short name
                assert str(cells[ref]).startswith(want), f"{name} {key}: {ref} holds {cells[ref]!r}"
            elif isinstance(want, str) and flag == "ok" and not re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", want):
                assert _norm(cells[ref]) == _norm(want), f"{name} {key}: {ref} holds {cells[ref]!r}"
        for sheet, ref, text, _cls in e["extras"]:
            assert _norm(grid[sheet].get(ref, "")) == _norm(text), f"{name} {sheet}!{ref}"
        for sheet, ref, _cls in e["no_extras"]:
            assert ref in grid[sheet], f"{name} {sheet}!{ref} should hold printed text or a mark"
        for sheet, ref, _cls in e["warnings"]:
            assert str(grid[sheet][ref]).startswith("="), f"{name} {sheet}!{ref} should be a formula"
            assert _uncached_formula(built[kind] / name, ref), f"{name} {ref} carries a cached value"


def _uncached_formula(path: Path, ref: str) -> bool:
    with zipfile.ZipFile(path) as z:
        xml = z.read("xl/worksheets/sheet1.xml").decode()
    m = re.search(rf'<c r="{ref}"[^>]*>(.*?)</c>', xml)
    return bool(m) and "<f>" in m.group(1) and not re.search(r"<v>[^<]+</v>", m.group(1))


def test_check_box_parts_are_what_excel_and_libreoffice_read(built, tmp_path):
    import lo

    controls = built["report"] / "報告書_岩手.xlsx"
    with zipfile.ZipFile(controls) as z:
        props = [z.read(n).decode() for n in z.namelist() if n.startswith("xl/ctrlProps/")]
        sheet = z.read("xl/worksheets/sheet1.xml").decode()
    assert len(props) == 18 and all('objectType="CheckBox"' in p for p in props)
    assert sum('checked="Checked"' in p for p in props) == sum(build_report.C3_STATES) == 9
    assert sheet.count("<control ") == 18 and "<legacyDrawing" in sheet
    ods = lo.convert(controls, tmp_path, "ods")  # LibreOffice, an independent reader, sees the boxes
    with zipfile.ZipFile(ods) as z:
        content = z.read("content.xml").decode()
    assert content.count("<form:checkbox") == 18
    assert content.count('form:current-state="checked"') == 9
    assert 'form:linked-cell="報告書.J15"' in content
    cells = built["report"] / "報告書_宮城.xlsx"
    with zipfile.ZipFile(cells) as z:
        assert "xl/featurePropertyBag/featurePropertyBag.xml" in z.namelist()
        assert "xfComplement" in z.read("xl/styles.xml").decode()
        assert z.read("xl/worksheets/sheet1.xml").decode().count('t="b"') == 18


@pytest.mark.parametrize("kind", ["report", "survey"])
def test_scoreboard_is_perfect(kind, built, tmp_path):
    table, misses = scoreboard.scoreboard(kind, tmp_path, built[kind])
    print(scoreboard.render(kind, table, misses))
    assert not misses, f"{len(misses)} misses"
