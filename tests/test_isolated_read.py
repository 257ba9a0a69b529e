"""`grid recompute` and `contracts recompute` read their one input in a worker process: a reader that
aborts the process, hangs or eats memory ends the command with exit code 2 and a Japanese message
(the worker is made to misbehave by the test-only hook app.isolated_read.TEST_HOOK), and a normal read
gives the same job as reading in-process."""
import os
import subprocess
import sys
import time

import pytest

from conftest import ROOT
from workbook_tools.app import contracts, grid
from workbook_tools.app import isolated_read as iso
from workbook_tools.errors import InputError, RefusedFile

GRID = ROOT / "workbook_tools" / "examples" / "grid" / "加入拡大モデル単組_6月開始.xlsx"
CONTRACTS = ROOT / "workbook_tools" / "examples" / "contracts" / "新契約件数_県支部別.xlsx"


def _cli(args, tmp_path, hook=None):
    env = dict(os.environ)
    env.pop(iso.TEST_HOOK, None)
    if hook:
        env[iso.TEST_HOOK] = hook
    return subprocess.run([sys.executable, "-m", "workbook_tools", *args], capture_output=True, text=True,
                          encoding="utf-8", env=env, cwd=tmp_path, timeout=120)


@pytest.mark.parametrize("command,src", [("grid", GRID), ("contracts", CONTRACTS)])
def test_a_reader_that_aborts_gives_exit_2_and_a_japanese_message(tmp_path, command, src):
    out = tmp_path / "出力.xlsx"
    res = _cli([command, "recompute", str(src), "-o", str(out)], tmp_path, hook="crash")
    assert res.returncode == 2, res.stderr
    assert f"エラー: {src.name}: 読み込み中にプログラムが異常終了しました" in res.stderr
    assert "Traceback" not in res.stderr and not out.exists()
    assert list(tmp_path.iterdir()) == []  # no temporary file left either


def test_the_same_command_without_the_hook_writes_the_output(tmp_path):
    out = tmp_path / "出力.xlsx"
    res = _cli(["grid", "recompute", str(GRID), "-o", str(out)], tmp_path)
    assert res.returncode == 0, res.stderr
    assert out.exists() and "目標達成" in res.stdout


def test_a_hanging_read_ends_at_the_deadline(monkeypatch):
    monkeypatch.setenv(iso.TEST_HOOK, "hang")
    t = time.monotonic()
    with pytest.raises(RefusedFile) as err:
        iso.start_read(grid.read_in_worker, (GRID, None, None, None), GRID, timeout=2).result()
    assert time.monotonic() - t < 30
    assert err.value.file == GRID.name and "2 秒以内に読み込めませんでした" in err.value.message


def test_a_read_past_the_memory_budget_is_stopped(monkeypatch):
    monkeypatch.setenv(iso.TEST_HOOK, "hog:400")
    with pytest.raises(RefusedFile) as err:
        iso.start_read(contracts.read_in_worker, (CONTRACTS, None), CONTRACTS, timeout=60, max_memory_mb=200).result()
    assert "200 MB を超えるメモリが必要なため中止しました" in err.value.message


def test_our_own_error_in_the_worker_comes_back_as_itself(tmp_path):
    import openpyxl

    path = tmp_path / "見出しなし.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["県名", "単組名"])
    wb.save(path)
    with pytest.raises(InputError) as inside:
        grid.recompute(path, isolate=True)
    with pytest.raises(InputError) as here:
        grid.recompute(path)
    assert (inside.value.message, inside.value.file, inside.value.sheet, inside.value.cell, inside.value.code) \
        == (here.value.message, here.value.file, here.value.sheet, here.value.cell, here.value.code)


def test_isolated_jobs_equal_in_process_jobs():
    one, two = grid.recompute(GRID, isolate=True), grid.recompute(GRID)
    assert one.result.to_dict() == two.result.to_dict() and one.problems == two.problems
    assert one.input.typed == two.input.typed and one.input.rows == two.input.rows
    c1, c2 = contracts.recompute(CONTRACTS, isolate=True), contracts.recompute(CONTRACTS)
    assert c1.result.to_dict() == c2.result.to_dict() and c1.problems == c2.problems


def test_without_worker_processes_the_read_runs_here_with_a_warning(monkeypatch):
    from workbook_tools.io import isolation

    def unavailable(*a, **k):
        raise isolation.IsolationUnavailable("no workers")
        yield  # pragma: no cover

    monkeypatch.setattr(isolation, "run_isolated", unavailable)
    job = grid.recompute(GRID, isolate=True)
    assert job.problems[0].code == "no_isolation" and job.problems[0].file == GRID.name
    assert job.result.to_dict() == grid.recompute(GRID).result.to_dict()


@pytest.mark.parametrize("args, reader", [
    (["grid", "recompute", "a.xlsx", "-o", "b.xlsx"], "grid"),
    (["-q", "contracts", "recompute", "a.xlsx", "-o", "b.xlsx"], "contracts"),
    (["grid", "recompute", "--help"], None),
    (["grid", "recompute", "a.xlsx", "-h"], None),
    (["grid", "recompute"], None),
    (["grid"], None),
    (["template", "grid", "-o", "x"], None),
])
def test_the_entry_point_prestarts_the_one_file_reader(args, reader):
    from workbook_tools import __main__ as entry

    got = entry.reader_for(args)
    assert (got and got[0]) == (reader and entry.ONE_FILE_READERS[reader])


def test_the_prestarted_reader_is_the_one_recompute_takes_over():
    import importlib

    from workbook_tools import __main__ as entry
    from workbook_tools.io import isolation

    for fn, name in ((grid.read_in_worker, "grid"), (contracts.read_in_worker, "contracts")):
        module, _, attr = entry.ONE_FILE_READERS[name].partition(":")
        assert getattr(importlib.import_module(module), attr) is fn
    for module in entry.ONE_FILE_PRELOAD:
        importlib.import_module(module)
    isolation.prestart(entry.ONE_FILE_READERS["grid"], jobs=1, preload=entry.ONE_FILE_PRELOAD)
    try:
        spare = isolation._SPARE[0]
        job = grid.recompute(GRID, isolate=True)
        assert isolation._SPARE == [] and spare.proc.pid  # taken over, not left waiting
        assert job.result.to_dict() == grid.recompute(GRID).result.to_dict()
    finally:
        isolation.discard_spares()


def test_a_bundle_whose_reader_aborts_gives_exit_2_and_a_japanese_message(tmp_path):
    """`bundle` reads both its inputs in worker processes too (issue 17's leftover: it read in-process)."""
    out = tmp_path / "分冊.xlsx"
    res = _cli(["bundle", "--contracts", str(CONTRACTS), "--grid", str(GRID), "-o", str(out)], tmp_path,
               hook="crash")
    assert res.returncode == 2, res.stderr
    assert "読み込み中にプログラムが異常終了しました" in res.stderr
    assert "Traceback" not in res.stderr and not out.exists()


def test_a_bundle_reads_the_grid_once_for_both_views_and_equals_reading_in_process(tmp_path, monkeypatch):
    from python_calamine import CalamineWorkbook

    from workbook_tools.app import bundle

    reads = []
    real = grid.start_read
    monkeypatch.setattr(grid, "start_read", lambda *a, **k: (reads.append(a), real(*a, **k))[1])
    _, isolated = bundle.write_bundle(CONTRACTS, GRID, tmp_path / "別.xlsx")
    _, here = bundle.write_bundle(CONTRACTS, GRID, tmp_path / "同.xlsx", isolate=False)
    assert len(reads) == 1 and isolated == here
    a, b = CalamineWorkbook.from_path(str(tmp_path / "別.xlsx")), CalamineWorkbook.from_path(str(tmp_path / "同.xlsx"))
    assert a.sheet_names == b.sheet_names and len(a.sheet_names) >= 3
    assert all(a.get_sheet_by_name(n).to_python() == b.get_sheet_by_name(n).to_python() for n in a.sheet_names)


def test_a_pending_read_gives_the_same_answer_twice():
    pending = grid.start_read(GRID)
    first = pending.result()
    assert pending.result() is first
