"""The CLI as a user meets it: --version, Japanese help and usage errors (click's own words too),
every path option checked before any work, empty or wrong-kind folders, --csv, the batch log."""
import csv
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

EX = ROOT / "workbook_tools" / "examples"
GRID = EX / "grid" / "加入拡大モデル単組_6月開始.xlsx"
ENGLISH = ("Usage", "Options", "Show this message", "Missing", "Invalid value", "No such option", "Error", "Try ")


def cli(*args, cwd=None):
    env = dict(os.environ, PYTHONIOENCODING="utf-8", COLUMNS="120")
    return subprocess.run([sys.executable, "-m", "workbook_tools", *map(str, args)], capture_output=True,
                          text=True, encoding="utf-8", cwd=cwd, env=env, timeout=120)


def test_version():
    from workbook_tools import __version__

    r = cli("--version")
    assert r.returncode == 0 and r.stdout.strip() == f"workbook-tools {__version__}"


@pytest.mark.parametrize("args", [("--help",), ("template", "--help"), ("consolidate", "--help"),
                                  ("grid", "recompute", "--help"), ("addin", "build", "--help"), ()])
def test_help_is_japanese(args):
    r = cli(*args)
    text = r.stdout + r.stderr
    assert r.returncode == 0, text
    assert "使い方:" in text and "オプション:" in text
    assert not [w for w in ENGLISH if w in text], text


def test_template_help_lists_all_and_the_folder():
    text = "".join(cli("template", "--help").stdout.split())  # help wraps lines
    assert "all（すべて）" in text and "KINDがallのとき" in text and "書き出すフォルダ" in text


@pytest.mark.parametrize("args, want", [
    (("grid", "recompute", "-o", "x.xlsx"), "引数 'input' を指定してください"),
    (("grid", "recompute", GRID), "オプション '-o' / '--output' を指定してください"),
    (("grid", "recompute", GRID, "-o", "x.xlsx", "--nope"), "--nope というオプションはありません"),
    (("consolidate", "report", EX / "reports", "-o", "x.xlsx", "--jobs", "abc"), "'--jobs' の値が正しくありません"),
    (("consolidate", "report", EX / "reports", "-o", "x.xlsx", "--jobs", "0"), "0 は範囲（x>=1）の外です"),
    (("consolidate", "report", EX / "reports", "-o", "x.xlsx", "--max-memory", "10"), "10.0 は範囲（x>=64）の外です"),
    (("grid", "recompute", GRID, "-o", "x.xlsx", "余分"), "余分な引数があります（余分）"),
    (("consolidate", "survey"), "引数 'folder' を指定してください"),
    (("grid", "recompute", GRID, "-o", "x.xlsx", "--start-month", "7"), "--start-month は 6 か 5"),
    (("grid", "recompute", "なし.xlsx", "-o", "x.xlsx"), "入力ファイル なし.xlsx がありません"),
    (("grid", "recompute", EX / "grid", "-o", "x.xlsx"), "はフォルダです"),
    (("grid", "recompute", GRID, "-o", GRID), "入力と同じ場所です"),
    (("grid", "recompute", GRID, "-o", "out.csv"), "拡張子は .xlsx にしてください"),
    (("grid", "recompute", GRID, "-o", Path("無い") / "x.xlsx"), "出力先のフォルダ 無い がありません"),
    (("grid", "recompute", GRID, "-o", "x.xlsx", "--json", "x.txt"), "拡張子は .json"),
    (("grid", "recompute", GRID, "-o", "x.xlsx", "--json", GRID), "拡張子は .json"),
    (("contracts", "recompute", "なし.xlsx", "-o", "x.xlsx"), "がありません"),
    (("consolidate", "survey", "なし", "-o", "x.xlsx"), "入力フォルダ なし がありません"),
    (("consolidate", "report", EX / "reports", "-o", EX / "reports" / "報告書_東京.xlsx"), "入力と同じ場所です"),
    (("consolidate", "survey", EX / "surveys", "-o", "x.xlsx", "--roster", "なし.xlsx"), "なし.xlsx がありません"),
    (("template", "survey", "-o", "t.csv"), "拡張子は .xlsx"),
    (("addin", "build", "-o", "a.xlsx"), "拡張子は .xlam"),
    (("addin", "selftest", "-o", "報告.xlsx"), "拡張子は .txt"),
    (("demo", "--out", GRID), "はファイルです"),
])
def test_bad_paths_and_options_are_refused_in_japanese(tmp_path, args, want):
    r = cli(*args, cwd=tmp_path)
    assert r.returncode == 2, r.stdout + r.stderr
    assert want in r.stderr and "エラー:" in r.stderr
    assert not [w for w in ENGLISH if w in r.stderr], r.stderr
    assert list(tmp_path.iterdir()) == []  # nothing written


def test_output_inside_the_input_folder_never_overwrites_a_submission(tmp_path):
    import shutil

    root = tmp_path / "提出"
    shutil.copytree(EX / "reports", root)
    before = (root / "報告書_東京.xlsx").read_bytes()
    r = cli("consolidate", "report", root, "-o", root / "報告書_東京.xlsx", "--jobs", "1")
    assert r.returncode == 2 and "入力と同じ場所です" in r.stderr
    assert (root / "報告書_東京.xlsx").read_bytes() == before
    for run in (1, 2):  # our own stamped output inside the folder may be written again
        r = cli("consolidate", "report", root, "-o", root / "集約.xlsx", "--jobs", "1")
        assert r.returncode == 0, r.stderr
    assert (root / "集約.log").exists()


def test_empty_folder_says_so_and_strict_fails(tmp_path):
    (tmp_path / "empty").mkdir()
    r = cli("consolidate", "survey", tmp_path / "empty", "-o", tmp_path / "e.xlsx")
    assert r.returncode == 0 and "1 件もありませんでした" in r.stderr
    r = cli("consolidate", "survey", tmp_path / "empty", "-o", tmp_path / "e.xlsx", "--strict")
    assert r.returncode == 3 and "1 件もありませんでした" in r.stderr


@pytest.mark.parametrize("kind", ["survey", "report"])
def test_empty_folder_totals_never_reach_above_the_list(tmp_path, kind):
    """With no file, 一覧's rows ran from 3 to 2: Excel reads $G$3:$G$2 as $G$2:$G$3, a heading row counted."""
    import re

    import openpyxl

    (tmp_path / "empty").mkdir()
    r = cli("consolidate", kind, tmp_path / "empty", "-o", tmp_path / "e.xlsx")
    assert r.returncode == 0, r.stderr
    formulas = [c.value for row in openpyxl.load_workbook(tmp_path / "e.xlsx")["集計"].iter_rows() for c in row
                if isinstance(c.value, str) and c.value.startswith("=")]
    ranges = [(int(a), int(b)) for f in formulas for a, b in re.findall(r"\$[A-Z]+\$(\d+):\$[A-Z]+\$(\d+)", f)]
    assert ranges and all(3 <= a <= b for a, b in ranges), ranges[:5]


def test_wrong_kind_folder_says_so_under_strict(tmp_path):
    r = cli("consolidate", "survey", EX / "reports", "-o", tmp_path / "w.xlsx", "--strict", "--jobs", "2")
    assert r.returncode == 3
    assert "46 件中 46 件は別の種類の様式のようです" in r.stderr
    good = cli("consolidate", "report", EX / "reports", "-o", tmp_path / "r.xlsx", "--jobs", "2")
    assert good.returncode == 0 and "別の種類" not in good.stderr


def test_csv_lists_and_log_file(tmp_path):
    r = cli("-q", "consolidate", "report", EX / "reports", "-o", tmp_path / "集約.xlsx", "--csv", tmp_path / "csv",
            "--jobs", "2", "--year", "2025")
    assert r.returncode == 0, r.stderr
    raw = (tmp_path / "csv" / "ファイル.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM: Excel opens it in the right encoding
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert len(rows) == 46 and rows[0].keys() >= {"ファイル", "状態", "理由"}
    names = sorted(p.name for p in (EX / "reports").rglob("*.xlsx"))
    assert sorted(Path(r["ファイル"]).name for r in rows) == names
    answers = list(csv.DictReader((tmp_path / "csv" / "回答.csv").read_text("utf-8-sig").splitlines()))
    assert {"ファイル", "項目", "値", "シート", "セル"} <= answers[0].keys()
    log = (tmp_path / "集約.log").read_text("utf-8")
    assert "集約を始めます" in log and "情報" in log and f"ファイル 46 件" in log
    assert all(n in log for n in names[:3])


def test_csv_protects_submitted_formulas(tmp_path):
    from workbook_tools.app.tables import _cell

    assert _cell("=HYPERLINK(1)") == "'=HYPERLINK(1)" and _cell("@x") == "'@x" and _cell("東京") == "東京"
    assert _cell(None) == "" and _cell(True) == "TRUE" and _cell(3) == 3


def test_grid_csv_and_verbose(tmp_path):
    r = cli("--verbose", "grid", "recompute", GRID, "-o", tmp_path / "a.xlsx", "--csv", tmp_path / "c")
    assert r.returncode == 0, r.stderr
    rows = list(csv.DictReader((tmp_path / "c" / "単組.csv").read_text("utf-8-sig").splitlines()))
    assert len(rows) == 113 and rows[0]["県名"] == "北海道"


def test_typos_fixed(tmp_path):
    r = cli("grid", "recompute", GRID, "-o", tmp_path / "x.xlsx")
    assert "年度年度" not in r.stdout and "入力された2023年度実績（36）" in r.stdout
    from workbook_tools.app import consolidate

    batch = consolidate.consolidate("report", EX / "reports", year=2025, isolate=False)
    dup = [p.message for p in batch.all_problems() if "の報告が 2 件" in p.message]
    assert dup and all(m.startswith("宮城の報告") for m in dup)


@pytest.mark.parametrize("content, why", [
    (b"\xd2\xd3\x00", "UTF-8 のテキストではありません"),
    (b"files,sha256\n", "JSON の形式ではありません: 1 行目"),
    (b"[1, 2]", "--json で書き出した集約結果ではありません"),
    ('{"files": [{"file": "a.xlsx"}], "round": [{"id": 1}]}'.encode(), "--json で書き出した集約結果ではありません"),
])
def test_since_that_is_not_our_json_is_refused_in_japanese(tmp_path, content, why):
    """--since pointed at another file: the reason is Japanese (was Python's 'Expecting value: line 1 column 1'),
    and a JSON of another shape is refused before any file is read, not by a traceback after."""
    prev = tmp_path / "前回.json"
    prev.write_bytes(content)
    r = cli("consolidate", "report", EX / "reports", "-o", tmp_path / "r.xlsx", "--since", prev, "--jobs", "1")
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert why in r.stderr and "前回の結果（JSON）を読めません" in r.stderr, r.stderr
    assert r.stderr.count("前回の結果（JSON）を読めません") == 1, r.stderr  # said once, not once more by the log
    assert "中止しました" in (tmp_path / "r.log").read_text(encoding="utf-8")


@pytest.mark.skipif(os.name == "nt", reason="Windows file names cannot hold a line break")
def test_log_has_one_line_per_entry_even_for_a_file_name_with_a_line_break(tmp_path):
    import shutil

    root = tmp_path / "提出"
    root.mkdir()
    src = sorted((EX / "reports").rglob("*.xlsx"))[0]
    shutil.copyfile(src, root / "改行\nのある名前.xlsx")
    r = cli("consolidate", "report", root, "-o", tmp_path / "r.xlsx", "--jobs", "1")
    assert r.returncode == 0, r.stderr
    lines = (tmp_path / "r.log").read_text(encoding="utf-8").splitlines()
    assert lines and all(re.match(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d ", line) for line in lines), lines[:5]
    assert any("改行⏎のある名前.xlsx" in line for line in lines)


@pytest.mark.skipif(os.name == "nt" or sys.getfilesystemencoding() != "utf-8", reason="a UTF-8 file system")
def test_a_shift_jis_file_name_is_readable_in_a_one_book_command_error(tmp_path):
    """A name copied from a Japanese Windows zip keeps its Shift_JIS bytes: consolidate showed it decoded, grid
    recompute's error showed surrogate escapes."""
    name = os.fsdecode("報告書_sjis.xls".encode("cp932"))
    (tmp_path / name).write_bytes(b"not a workbook, just text\n")
    r = cli("grid", "recompute", tmp_path / name, "-o", tmp_path / "g.xlsx")
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert "報告書_sjis.xls" in r.stderr, r.stderr
