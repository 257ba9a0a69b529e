"""Output side: failures are Japanese messages with exit 2 and no temporary file; the workbook, JSON and
side files are replaced together (kill tests); problem lists and product columns beyond a sheet's limits."""
import csv
import errno
import json
import os
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from conftest import ROOT
from workbook_tools.cli import app
from workbook_tools.errors import Problem
from workbook_tools.io import outputs, writer

GRID = ROOT / "workbook_tools" / "examples" / "grid" / "加入拡大モデル単組_6月開始.xlsx"
CONTRACTS = ROOT / "workbook_tools" / "examples" / "contracts" / "新契約件数_県支部別.xlsx"
CLI = [sys.executable, "-m", "workbook_tools"]


def _temps(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob(".~wbt*")) if folder.is_dir() else []


def _run_cli(args, **env):
    return subprocess.run(CLI + [str(a) for a in args], capture_output=True, text=True, timeout=300,
                          env={**os.environ, **env})


# --- every output failure: Japanese, the path, what to do, exit 2, nothing left behind ------------------
@pytest.mark.parametrize("command", ["grid", "contracts", "consolidate"])
def test_parent_is_a_file(tmp_path, command):
    blocker = tmp_path / "ファイル"
    blocker.write_text("not a folder", encoding="utf-8")
    out = blocker / "出力.xlsx"
    args = {"grid": ["grid", "recompute", GRID], "contracts": ["contracts", "recompute", CONTRACTS],
            "consolidate": ["consolidate", "report", ROOT / "workbook_tools" / "examples" / "reports"]}[command]
    res = CliRunner().invoke(app, [str(a) for a in args] + ["-o", str(out), "--json", str(tmp_path / "r.json")])
    assert res.exit_code == 2, res.output
    assert "同じ名前のファイルがあります" in res.output and "別の出力先" in res.output and "ファイル" in res.output
    assert res.exception is None or isinstance(res.exception, SystemExit)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ファイル"]


def _can_create(folder: Path) -> bool:
    probe = folder / ".probe"
    try:
        probe.write_bytes(b"")
    except OSError as exc:
        return exc.errno not in (errno.EACCES, errno.EPERM, errno.EROFS)
    probe.unlink()
    return True


def test_read_only_folder(tmp_path):
    ro = tmp_path / "読み取り専用"
    ro.mkdir()
    ro.chmod(0o500)
    try:
        if _can_create(ro):  # root ignores the mode: use a folder the kernel refuses to root as well
            ro = Path("/sys")
            if not ro.is_dir() or _can_create(ro):
                pytest.skip("no read-only folder available on this machine")
        res = _run_cli(["grid", "recompute", GRID, "-o", ro / "出力.xlsx", "--json", ro / "出力.json"])
    finally:
        (tmp_path / "読み取り専用").chmod(0o700)
    assert res.returncode == 2, res.stderr
    assert "Traceback" not in res.stderr
    assert str(ro / "出力.xlsx") in res.stderr and "書き込めるフォルダを指定" in res.stderr
    assert not _temps(ro)


def test_long_output_name(tmp_path):
    fits = tmp_path / ("長" * 76 + ".xlsx")  # 233 bytes: fits, while a temporary name built on it would not
    res = CliRunner().invoke(app, ["grid", "recompute", str(GRID), "-o", str(fits)])
    assert res.exit_code == 0, res.output
    too_long = tmp_path / ("長" * 90 + ".xlsx")  # 275 bytes: over the 255-byte limit of a file name
    res = CliRunner().invoke(app, ["grid", "recompute", str(GRID), "-o", str(too_long)])
    assert res.exit_code == 2
    assert "長すぎます" in res.output and "短い出力名" in res.output and str(too_long) in res.output
    assert sorted(p.name for p in tmp_path.iterdir()) == [fits.name]


def test_disk_full_leaves_old_set_and_no_temp(tmp_path, monkeypatch):
    out, js = tmp_path / "出力.xlsx", tmp_path / "出力.json"
    assert CliRunner().invoke(app, ["grid", "recompute", str(GRID), "-o", str(out), "--json", str(js)]).exit_code == 0
    old = out.read_bytes(), js.read_bytes()

    def full(self, *a, **k):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(zipfile.ZipFile, "write", full)
    monkeypatch.setattr(zipfile.ZipFile, "writestr", full)
    res = CliRunner().invoke(app, ["grid", "recompute", str(GRID), "-o", str(out), "--json", str(js),
                                   "--start-month", "5"])
    assert res.exit_code == 2
    assert "ディスクの空きが足りません" in res.output and str(out) in res.output
    assert (out.read_bytes(), js.read_bytes()) == old
    assert sorted(p.name for p in tmp_path.iterdir()) == ["出力.json", "出力.xlsx"]


def test_json_write_failure_keeps_old_set(tmp_path, monkeypatch):
    out, js = tmp_path / "出力.xlsx", tmp_path / "出力.json"
    assert CliRunner().invoke(app, ["grid", "recompute", str(GRID), "-o", str(out), "--json", str(js)]).exit_code == 0
    old = out.read_bytes(), js.read_bytes()
    real = outputs.OutputSet.write_bytes

    def fail_json(self, final, data):
        if Path(final).suffix == ".json":
            raise outputs.output_error(OSError(errno.ENOSPC, "full"), Path(final))
        real(self, final, data)

    monkeypatch.setattr(outputs.OutputSet, "write_bytes", fail_json)
    res = CliRunner().invoke(app, ["grid", "recompute", str(GRID), "-o", str(out), "--json", str(js),
                                   "--start-month", "5"])
    assert res.exit_code == 2 and "ディスクの空き" in res.output
    assert (out.read_bytes(), js.read_bytes()) == old  # not the new workbook beside the old JSON
    assert not _temps(tmp_path)


# --- kill tests ---------------------------------------------------------------------------------------------
def _start_month_of_set(out: Path, js: Path) -> tuple[int, int]:
    """(start month in the workbook's sheet name, start month in the JSON): equal unless the set is mixed."""
    wb = openpyxl.load_workbook(out, read_only=True)
    sheet = next(n for n in wb.sheetnames if "月開始" in n)
    wb.close()
    return int(sheet.split("_")[1].removesuffix("月開始")), json.loads(js.read_text(encoding="utf-8"))["開始月"]


@pytest.mark.parametrize("json_folder", ["same", "other"])
@pytest.mark.parametrize("point", outputs.PAUSE_POINTS)
def test_killed_run_leaves_old_or_new_set(tmp_path, point, json_folder):
    out = tmp_path / "出力.xlsx"
    js = (tmp_path if json_folder == "same" else tmp_path / "JSON" / "別") / "出力.json"
    first = _run_cli(["grid", "recompute", GRID, "-o", out, "--json", js, "--start-month", "6"])
    assert first.returncode == 0, first.stderr
    old = out.read_bytes(), js.read_bytes()
    marker = tmp_path / "paused.txt"
    proc = subprocess.Popen(CLI + ["grid", "recompute", str(GRID), "-o", str(out), "--json", str(js),
                                   "--start-month", "5"],
                            env={**os.environ, "WORKBOOK_TOOLS_TEST_PAUSE": point,
                                 "WORKBOOK_TOOLS_TEST_PAUSE_FILE": str(marker)},
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while not marker.exists() and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert marker.exists(), "the run never reached the pause point"
    finally:
        proc.kill()
        proc.wait()
    if point == "staged":
        assert (out.read_bytes(), js.read_bytes()) == old and _temps(tmp_path)
    outputs.recover(out)  # what the next run does first
    months = _start_month_of_set(out, js)
    assert months[0] == months[1], f"mixed set after a kill at {point}: {months}"
    assert months == ((6, 6) if point == "staged" else (5, 5))
    assert not [n for n in _temps(tmp_path) if (tmp_path / n).exists()]  # the output's own folder is clean
    again = _run_cli(["grid", "recompute", GRID, "-o", out, "--json", js, "--start-month", "6"])
    assert again.returncode == 0 and _start_month_of_set(out, js) == (6, 6) and not _temps(tmp_path)


def test_pause_hook_is_inert_without_its_variable(monkeypatch):
    monkeypatch.delenv("WORKBOOK_TOOLS_TEST_PAUSE", raising=False)
    t = time.monotonic()
    for p in outputs.PAUSE_POINTS:
        outputs._pause(p)
    assert time.monotonic() - t < 0.5


def test_old_side_file_goes_with_the_old_set(tmp_path):
    """A side file of the previous run does not stay beside a new workbook that has none."""
    out = tmp_path / "o.xlsx"
    with writer.safe_book(out) as book:
        book.problems_sheet("検証結果", [])
        book.sheet("a").text(0, 0, "x" * 40_000)
    assert (tmp_path / "o_長文全文.txt").exists()
    with writer.safe_book(out) as book:
        book.problems_sheet("検証結果", [])
        book.sheet("a").text(0, 0, "short")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["o.xlsx"]


# --- lists longer than a sheet, products wider than a sheet ----------------------------------------------------
def _problems(n: int) -> list[Problem]:
    return [Problem("警告", f"=HYPERLINK(\"x\")問題{i:03d}", f"f{i:03d}.xlsx", "表", f"A{i + 1}") for i in range(n)]


@pytest.mark.parametrize("limit,cut", [(26, False), (25, True), (10, True)])
def test_problem_list_capped_with_count_and_full_csv(tmp_path, monkeypatch, limit, cut):
    monkeypatch.setattr(writer, "EXCEL_MAX_ROWS", limit)
    out = tmp_path / "集約.xlsx"
    with writer.safe_book(out) as book:
        book.problems_sheet("検証結果", _problems(25))
    ws = openpyxl.load_workbook(out)["検証結果"]
    assert ws.max_row == (limit if cut else 26)
    csv_path = tmp_path / "集約_検証結果全件.csv"
    if not cut:
        assert not csv_path.exists() and ws.cell(26, 5).value == "=HYPERLINK(\"x\")問題024"
        return
    shown = limit - 2
    note = ws.cell(limit, 1).value
    assert f"{shown:,} 件だけ表示" in note and f"ほか {25 - shown:,} 件（全 25 件）" in note and csv_path.name in note
    assert [ws.cell(r, 1).value for r in range(2, limit)] == [f"f{i:03d}.xlsx" for i in range(shown)]
    raw = csv_path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0] == ["ファイル", "シート", "セル", "重要度", "内容", "対応"] and len(rows) == 26
    assert rows[25] == ["f024.xlsx", "表", "A25", "警告", "'=HYPERLINK(\"x\")問題024", ""]


def test_real_sheet_limits_are_xlsxwriters(tmp_path):
    """The limits the capping uses are the real ones: one past them is refused by XlsxWriter itself."""
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(tmp_path / "l.xlsx"))
    ws = wb.add_worksheet()
    assert ws.write_string(writer.EXCEL_MAX_ROWS - 1, 0, "x") == 0
    assert ws.write_string(writer.EXCEL_MAX_ROWS, 0, "x") == -1
    assert ws.write_string(0, writer.EXCEL_MAX_COLS - 1, "x") == 0
    assert ws.write_string(0, writer.EXCEL_MAX_COLS, "x") == -1
    wb.close()


def test_more_products_than_columns(tmp_path, monkeypatch):
    from workbook_tools.app import contracts as job

    j = job.recompute(CONTRACTS)
    n = len(j.result.products)
    assert n >= 2
    monkeypatch.setattr(writer, "EXCEL_MAX_COLS", 2 + 3 * n)  # exactly fits
    assert CliRunner().invoke(app, ["contracts", "recompute", str(CONTRACTS), "-o", str(tmp_path / "a.xlsx")]
                              ).exit_code == 0
    monkeypatch.setattr(writer, "EXCEL_MAX_COLS", 2 + 3 * n - 1)  # one column short
    res = CliRunner().invoke(app, ["contracts", "recompute", str(CONTRACTS), "-o", str(tmp_path / "b.xlsx")])
    assert res.exit_code == 2
    assert f"商品が {n:,} 件あり" in res.output and "XFD" in res.output and "分けて" in res.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.xlsx"]
