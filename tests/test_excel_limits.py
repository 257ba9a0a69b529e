"""Numbers beyond Excel's limits, from every reader: each becomes unreadable with its
raw text kept, the Decimal maths never raises, and the three jobs finish with the
value listed as a problem.  Expected values are written by hand."""
import json
import re
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner

from workbook_tools.cli import app
from workbook_tools.core.normalize import FLAG_OK, FLAG_UNPARSEABLE, parse_count, parse_number
from workbook_tools.core.rounding import RoundingRule

BIG_TEXT = "1" + "0" * 309  # 1e309 typed digit by digit
HUGE_TEXT = "9" * 5000  # past Python's 4,300-digit int() limit
MAX = 9.99999999999999e307  # the largest number an Excel cell shows


@pytest.mark.parametrize("raw", [float("inf"), float("-inf"), float("nan"), 1e308, -1e308, 10 ** 309,
                                 Decimal("1E+400"), Decimal("NaN"), BIG_TEXT, "-" + BIG_TEXT, HUGE_TEXT])
def test_beyond_excel_is_unreadable_with_raw_kept(raw):
    reading = parse_number(raw)
    assert reading.value is None and reading.flag == FLAG_UNPARSEABLE and reading.raw
    if isinstance(raw, str):
        assert reading.raw == raw
    value, problem = parse_count(raw)
    assert value is None and problem


@pytest.mark.parametrize("raw", ["inf", "nan", "-inf", "1e309", "Infinity"])
def test_count_text_that_float_would_take_is_refused(raw):
    value, problem = parse_count(raw)
    assert value is None and "数値として読めません" in problem


def test_just_inside_excel_is_a_number():
    assert parse_number(MAX).flag == FLAG_OK and parse_number(-MAX).flag == FLAG_OK
    assert parse_count(MAX) == (int(MAX), "")
    assert parse_number("9" * 307).value == Decimal("9" * 307)  # 9.99…E+306
    assert parse_count("9" * 307) == (int("9" * 307), "")
    assert parse_number("1" + "0" * 308).flag == FLAG_UNPARSEABLE  # 1E+308 > 9.99…E+307
    assert parse_count("1" + "0" * 308)[0] is None


@pytest.mark.parametrize("num, den, text", [
    (10 ** 300, 3, None),  # 3.33…E+301 %: Decimal's 28 digits alone would raise
    (1, MAX, "0.00%"),
    (MAX, 1e-300, ""),  # beyond any number: no rate
    (float("inf"), 1, ""),
    (1, float("nan"), ""),
    (29, 100, "29.00%"),
])
def test_rates_never_raise(num, den, text):
    rule = RoundingRule(2, "down")
    got = rule.text(rule.rate(num, den))
    if text is None:
        assert got.startswith("3" * 20) and got.endswith(".33%") and len(got) == 302 + 4
    else:
        assert got == text


# --- the three jobs on files carrying such values ------------------------------------------
def _patch_values(path: Path, replacements: dict[bytes, bytes]) -> Path:
    """Replace cached cell values in the sheet XML (e.g. <v>4242</v> → <v>1E+309</v>)."""
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    for name in parts:
        if name.startswith("xl/worksheets/") and name.endswith(".xml"):
            for old, new in replacements.items():
                parts[name] = parts[name].replace(old, new)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, b in parts.items():
            z.writestr(n, b)
    return path


def _run(args):
    res = CliRunner().invoke(app, args)
    assert res.exception is None or isinstance(res.exception, SystemExit), res.exception
    return res


def test_contracts_recompute_with_huge_values(tmp_path):
    from workbook_tools.forms import contracts as form
    from workbook_tools.samples.examples import write_table_workbook

    figs = [{"product": "交通災害共済", "branch": "福岡", "target": 4242, "actual": BIG_TEXT},
            {"product": "交通災害共済", "branch": "佐賀", "target": 18, "actual": 4343},
            {"product": "交通災害共済", "branch": "東京", "target": 100, "actual": 29}]
    src = write_table_workbook(tmp_path / "入力.xlsx", [(form.FIGURES, figs), (form.PRODUCTS, [])])
    _patch_values(src, {b"<v>4242</v>": b"<v>1E+309</v>", b"<v>4343</v>": b"<v>-1E+309</v>"})
    res = _run(["contracts", "recompute", str(src), "-o", str(tmp_path / "o.xlsx"), "--json", str(tmp_path / "o.json")])
    assert res.exit_code == 0, res.output
    data = json.loads((tmp_path / "o.json").read_text("utf-8"))
    problems = [p for p in data["チェック"] if p["code"] == "bad_number"]
    assert sorted(p["cell"] for p in problems) == ["C2", "D2", "D3"]
    assert all("範囲" in p["message"] for p in problems)
    traffic = next(p for p in data["商品"] if p["商品"] == "交通災害共済")
    assert traffic["目標"] == 118 and traffic["実績"] == 29  # 福岡's target and both bad cells left out


def test_grid_recompute_with_huge_values(tmp_path):
    from workbook_tools.samples.examples import GRID_EXAMPLE_CUTOFF, synthetic_unions, write_hq_grid

    rows = synthetic_unions(6)
    rows[0].members = 987_651
    rows[1].target = 987_652
    rows[2].target = 987_653
    rows[3].target = 987_654
    src = write_hq_grid(tmp_path / "入力.xlsx", rows, start_month=6, fiscal_year=2024, cutoff=GRID_EXAMPLE_CUTOFF)
    _patch_values(src, {b"<v>987651</v>": b"<v>1E+309</v>", b"<v>987652</v>": b"<v>1e400</v>",
                        b"<v>987653</v>": b"<v>1E+308</v>",  # just above Excel's largest
                        b"<v>987654</v>": b"<v>9.99999999999999E+307</v>"})  # Excel's largest: kept
    res = _run(["grid", "recompute", str(src), "-o", str(tmp_path / "o.xlsx"), "--json", str(tmp_path / "o.json")])
    assert res.exit_code == 0, res.output
    data = json.loads((tmp_path / "o.json").read_text("utf-8"))
    bad = [p for p in data["チェック"] if p["code"] == "bad_number"]
    assert len(bad) == 3 and all("範囲" in p["message"] for p in bad)
    assert len({p["cell"] for p in bad}) == 3 and (tmp_path / "o.xlsx").exists()


def test_consolidate_survey_with_huge_values(tmp_path):
    import random

    from workbook_tools.app.templates import write_template
    from workbook_tools.forms import survey
    from workbook_tools.samples.submissions import fill_template, survey_answers, survey_template_values

    template = write_template("survey", tmp_path / "t.xlsx", year=2024)
    folder = tmp_path / "提出"
    folder.mkdir()
    for i, (members, hired) in enumerate(((BIG_TEXT, 97_531), (HUGE_TEXT, 12)), start=1):
        a = survey_answers("東京", i, random.Random(i))
        a.numbers.update(members_j=members, hired=hired)
        fill_template(template, folder / f"提出{i}.xlsx", survey.FORM, survey_template_values(a))
    _patch_values(folder / "提出1.xlsx", {b"<v>97531</v>": b"<v>1E+309</v>"})
    out = tmp_path / "集約.xlsx"
    res = _run(["consolidate", "survey", str(folder), "-o", str(out), "--year", "2024", "--json",
                str(tmp_path / "o.json")])
    assert res.exit_code == 0, res.output
    data = json.loads((tmp_path / "o.json").read_text("utf-8"))
    files = {f["file"]: f for f in (data.get("files") or data["result"]["files"])}
    assert set(files) == {"提出1.xlsx", "提出2.xlsx"}
    first = files["提出1.xlsx"]["values"]
    assert first["org.members_j"] == {**first["org.members_j"], "value": None, "flag": FLAG_UNPARSEABLE, "raw": BIG_TEXT}
    assert first["intake.hired"]["value"] is None and first["intake.hired"]["flag"] == FLAG_UNPARSEABLE
    assert files["提出2.xlsx"]["values"]["org.members_j"]["raw"] == HUGE_TEXT
    assert re.search("読取不可", " ".join(p["message"] for f in files.values() for p in f["problems"]))
