"""What every run pays before the real work: the console script's module, what a spawned
worker imports, and the reader worker started ahead of need (issue 17)."""
import importlib
import re
import subprocess
import sys
import textwrap

import helpers_crash
import pytest

from conftest import ROOT
from workbook_tools import __main__ as entry
from workbook_tools.io import isolation
from workbook_tools.io.isolation import discard_spares, prestart, run_isolated

TESTS = ROOT / "tests"


def test_the_console_script_imports_a_module_that_loads_nothing():
    script = re.search(r'^workbook-tools = "([^"]+)"', (ROOT / "pyproject.toml").read_text("utf-8"), re.M)
    assert script and script.group(1) == "workbook_tools.__main__:main"
    code = "import sys, workbook_tools.__main__; print(' '.join(sys.modules))"
    loaded = set(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                check=True).stdout.split())
    assert not [m for m in loaded if m.split(".")[0] in ("click", "multiprocessing")]
    assert not [m for m in loaded if m.startswith(("workbook_tools.cli", "workbook_tools.forms", "workbook_tools.io"))]


def test_a_spawned_worker_does_not_import_the_cli(tmp_path):
    """Spawn (as on Windows) would have a worker run the main script first; ours are started without it
    (io/isolation._start_without_main), so a worker of the console script never loads click."""
    script = tmp_path / "workbook-tools-script.py"
    script.write_text(textwrap.dedent(f"""\
        import sys
        sys.path.insert(0, {str(TESTS)!r})
        from workbook_tools.__main__ import main
        if __name__ == "__main__":
            import helpers_crash
            from workbook_tools.io.isolation import run_isolated
            out = next(iter(run_isolated(helpers_crash.loaded, [("click", "workbook_tools")], jobs=1)))
            print(" ".join(out.result))
        """), encoding="utf-8")
    out = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, check=True, timeout=120)
    worker = set(out.stdout.split())
    assert "workbook_tools.__main__" not in worker  # the main script is not run again in a worker ...
    assert not {"click", "workbook_tools.cli", "workbook_tools.cli_ja"} & worker  # ... so it loads no CLI


def test_a_prestarted_worker_is_taken_over():
    prestart("helpers_crash:whoami", jobs=1)
    try:
        pid = isolation._SPARE[0].proc.pid
        outs = list(run_isolated(helpers_crash.whoami, [1, 2, 3], jobs=1))
        assert [o.result for o in outs] == [pid] * 3
        assert isolation._SPARE == []
    finally:
        discard_spares()


def test_a_prestarted_worker_loads_its_preload_before_work():
    prestart("helpers_crash:loaded", jobs=1, preload=("colorsys",))
    try:
        outs = list(run_isolated(helpers_crash.loaded, [("colorsys",)], jobs=1))
        assert outs[0].ok and outs[0].result == ["colorsys"]
    finally:
        discard_spares()


def test_a_spare_for_another_function_is_left_alone_and_discarded():
    prestart("helpers_crash:whoami", jobs=1)
    spare = isolation._SPARE[0]
    try:
        assert [o.result for o in run_isolated(helpers_crash.misbehave, ["a"], jobs=1)] == ["A"]
        assert isolation._SPARE == [spare] and spare.proc.is_alive()
    finally:
        discard_spares()
    assert isolation._SPARE == [] and not spare.proc.is_alive()


def test_the_cli_prestarts_the_function_consolidation_runs():
    from workbook_tools.app import consolidate

    module, name = entry.READER.split(":")
    assert getattr(importlib.import_module(module), name) is consolidate.process_file
    for module in entry.READER_PRELOAD:
        importlib.import_module(module)


@pytest.mark.parametrize("args, starts", [
    (["consolidate", "survey", "提出", "-o", "x.xlsx"], True),
    (["-q", "--verbose", "consolidate", "report", "d", "-o", "x.xlsx", "--jobs", "1"], True),
    (["consolidate"], False),
    (["consolidate", "--help"], False),
    (["consolidate", "survey", "d", "-h"], False),
    (["grid", "recompute", "a.xlsx", "-o", "b.xlsx"], False),
    (["template", "survey", "-o", "consolidate"], False),
    ([], False),
])
def test_only_a_consolidation_prestarts_a_worker(args, starts):
    assert entry.reads_folder(args) is starts


def test_idle_workers_end_by_themselves_after_the_run():
    """The run does not wait for its idle workers' interpreters to exit, but they do exit."""
    import multiprocessing
    import time

    pids = {o.result for o in run_isolated(helpers_crash.whoami, [1, 2, 3, 4], jobs=2)}
    assert pids
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and [p for p in multiprocessing.active_children() if p.pid in pids]:
        time.sleep(0.05)
    assert not [p for p in multiprocessing.active_children() if p.pid in pids]


@pytest.mark.parametrize("args, count", [
    (["consolidate", "survey", "提出", "-o", "x.xlsx", "--jobs", "1"], 1),
    (["consolidate", "survey", "提出", "-o", "x.xlsx", "--jobs", "2"], 2),
    (["-q", "consolidate", "report", "提出", "--jobs=5", "-o", "x.xlsx"], 2),
    (["consolidate", "survey", "提出", "-o", "x.xlsx", "--jobs", "0"], 1),
    (["consolidate", "survey", "提出", "-o", "x.xlsx", "--jobs", "二"], 1),
    (["grid", "recompute", "a.xlsx", "-o", "b.xlsx"], 1),
])
def test_how_many_readers_start_ahead(args, count):
    assert entry.prestart_count(args) == count


def test_without_jobs_as_many_readers_start_ahead_as_cores_up_to_two(monkeypatch):
    import os

    for cores, count in ((1, 1), (2, 2), (16, 2), (None, 1)):
        monkeypatch.setattr(os, "cpu_count", lambda: cores)
        assert entry.prestart_count(["consolidate", "survey", "提出", "-o", "x.xlsx"]) == count


def test_a_script_calling_the_api_without_a_main_guard_reads_in_workers_quietly(tmp_path):
    """A user's script that calls the API at top level (no `if __name__ == "__main__":`) is not run again in
    the workers: no worker prints multiprocessing's RuntimeError, and the reads are isolated (no
    no_isolation warning of a fallback to the script's own process)."""
    examples = ROOT / "workbook_tools" / "examples"
    script = tmp_path / "集計.py"
    script.write_text(textwrap.dedent(f"""\
        import workbook_tools as wt
        print("RUN")
        b = wt.recompute_contracts({str(examples / "contracts" / "新契約件数_県支部別.xlsx")!r})
        d = wt.read_surveys({str(examples / "surveys")!r}, year=2025, jobs=2)
        print(sorted({{p.code for p in b.job.problems + d.job.problems}}))
        """), encoding="utf-8")
    out = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=300, cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert "Traceback" not in out.stderr and "RuntimeError" not in out.stderr, out.stderr
    assert out.stdout.count("RUN") == 1  # the script ran once: not again in any worker
    assert "no_isolation" not in out.stdout and "high_rate" in out.stdout
