"""Behaviour kept by the issue 17 optimisations: the grid core runs once, and workers get built-in
kinds by name (a kind registered at run time still travels whole: see test_registry's toy kind)."""
import dataclasses
import pickle
from pathlib import Path

from conftest import ROOT
from workbook_tools.app import consolidate
from workbook_tools.app import grid as job
from workbook_tools.forms import registry
from workbook_tools.forms.records import FileRecord

EXAMPLE = ROOT / "workbook_tools" / "examples" / "grid" / "加入拡大モデル単組_6月開始.xlsx"


def _count_core(monkeypatch) -> list:
    calls = []
    real = job.compute_grid

    def counted(rows, spec):
        calls.append(spec)
        return real(rows, spec)

    monkeypatch.setattr(job, "compute_grid", counted)
    return calls


def test_grid_core_runs_once_and_checks_still_find_the_mistyped_total(monkeypatch):
    calls = _count_core(monkeypatch)
    j = job.recompute(EXAMPLE)
    assert len(calls) == 1
    assert [p.cell[:1] for p in j.problems if p.code == "typed_total_mismatch"] == ["J"]


def test_grid_checks_use_the_input_calendar_when_another_view_is_asked(monkeypatch):
    calls = _count_core(monkeypatch)
    j = job.recompute(EXAMPLE, start_month=5)  # a May view of June data: the checks need the June view
    assert [c.start_month for c in calls] == [5, 6]
    assert [p.cell[:1] for p in j.problems if p.code == "typed_total_mismatch"] == ["J"]


def test_built_in_kinds_travel_by_name(tmp_path, monkeypatch):
    survey = registry.get("survey", consolidating=True)
    assert registry.importable(survey)
    copy = dataclasses.replace(survey, folder_help="別物")
    assert not registry.importable(copy)
    sent = []
    def fake_run(tasks, root, spill, *a):  # the records go to the spill; the notes are returned
        sent.extend(tasks)
        for i, t in enumerate(tasks):
            spill.put(i, FileRecord(Path(t.path).name))
        return []

    monkeypatch.setattr(consolidate, "_run", fake_run)
    (tmp_path / "a.xlsx").write_bytes(b"PK\x03\x04")
    consolidate.consolidate("survey", tmp_path)
    assert [t.kind for t in sent] == ["survey"] and sent[0].entry is survey
    assert len(pickle.dumps(sent[0])) < 500


def test_the_cli_lists_the_input_folder_once(tmp_path, monkeypatch):
    """The CLI lists the folder to size its progress bar and hands that list to the consolidation."""
    from click.testing import CliRunner

    from workbook_tools.cli import app

    folder = tmp_path / "in"
    folder.mkdir()
    src = sorted((ROOT / "workbook_tools" / "examples" / "surveys").glob("*.xlsx"))[:2]
    for p in src:
        (folder / p.name).write_bytes(p.read_bytes())
    calls = []
    real = consolidate.discover
    monkeypatch.setattr(consolidate, "discover", lambda *a, **kw: calls.append(a) or real(*a, **kw))
    res = CliRunner().invoke(app, ["consolidate", "survey", str(folder), "-o", str(tmp_path / "out.xlsx"),
                                   "--jobs", "1"])
    assert res.exit_code == 0, res.output
    assert len(calls) == 1
    assert "ファイル 2 件" in res.output
