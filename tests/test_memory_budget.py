"""The parent ends a worker past its memory budget (the same way on Windows and Linux:
psutil's resident size), the input is reported, the other inputs go on."""
import json
import time

from click.testing import CliRunner

from hostile import minimal_parts, sheet_xml, write_parts
from workbook_tools.io.isolation import MEMORY, run_isolated


def test_worker_past_budget_is_ended_and_others_go_on():
    hog = __import__("helpers_crash").hog
    t = time.monotonic()
    got = {o.index: o for o in run_isolated(hog, [10, 400, 20], jobs=1, timeout=30, max_memory_mb=250)}
    assert got[0].ok and got[0].result == 10 * 1024 * 1024 and got[2].ok
    assert not got[1].ok and got[1].failure == MEMORY
    assert 250 * 1024 * 1024 < got[1].peak_bytes < 2 * 400 * 1024 * 1024  # seen over the budget, ended soon after
    assert 0 < got[0].peak_bytes < 250 * 1024 * 1024
    assert time.monotonic() - t < 25  # the 400 MB worker did not run out its 3 s sleep and the timeout


def test_just_under_the_budget_is_left_alone():
    hog = __import__("helpers_crash").hog
    got = list(run_isolated(hog, [150], jobs=1, timeout=30, max_memory_mb=250))
    assert got[0].ok and got[0].peak_bytes > 150 * 1024 * 1024


def test_consolidate_max_memory_marks_the_file_refused(tmp_path):
    from workbook_tools.cli import app

    folder = tmp_path / "提出"
    folder.mkdir()
    # 4 × 1,000,000 cells: inside the pre-check's area bound, ~200 MB once read
    write_parts(folder / "縦長.xlsx", minimal_parts({"xl/worksheets/sheet1.xml": sheet_xml(["A1", "D1000000"])}))
    write_parts(folder / "小さい.xlsx", minimal_parts())
    args = ["consolidate", "survey", str(folder), "-o", str(tmp_path / "o.xlsx"), "--json", str(tmp_path / "o.json"),
            "--jobs", "1"]
    res = CliRunner().invoke(app, args + ["--max-memory", "120"])
    assert res.exit_code == 0, res.output
    files = {f["file"]: f for f in json.loads((tmp_path / "o.json").read_text("utf-8"))["files"]}
    assert set(files) == {"縦長.xlsx", "小さい.xlsx"}
    tall = files["縦長.xlsx"]
    assert tall["status"] == "取込不可" and "120 MB" in tall["reason"] and "メモリ" in tall["reason"]
    assert files["小さい.xlsx"]["status"] != "取込不可" or "メモリ" not in files["小さい.xlsx"]["reason"]
    res = CliRunner().invoke(app, args)  # the default budget (1 GB) reads it
    files = {f["file"]: f for f in json.loads((tmp_path / "o.json").read_text("utf-8"))["files"]}
    assert "メモリ" not in files["縦長.xlsx"]["reason"]
