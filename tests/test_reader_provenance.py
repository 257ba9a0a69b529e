"""Issue 11: each value says how it was found, and --strict turns inferred readings into warnings."""
from __future__ import annotations

import json
import subprocess
import sys

from legacy import build_report
from workbook_tools.app import consolidate as job
from workbook_tools.core.normalize import parse_date


def _cli(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "workbook_tools", *map(str, args)], capture_output=True,
                          text=True, encoding="utf-8", errors="replace", timeout=300)


def test_done_only_file_reads_unmarked_items_as_inferred_and_strict_exits_3(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    build_report.c2_xlsxwriter_done_only(folder)
    plain = _cli("consolidate", "report", folder, "-o", tmp_path / "a.xlsx", "--json", tmp_path / "a.json")
    strict = _cli("consolidate", "report", folder, "-o", tmp_path / "b.xlsx", "--strict")
    assert (plain.returncode, strict.returncode) == (0, 3), plain.stderr + strict.stderr
    rec = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))["files"][0]
    # hand-read from the fixture: 2.(2) has no mark (inferred), 2.(1) carries a done mark in column A
    unmarked, marked = rec["values"]["s2.usage_known"], rec["values"]["s2.paid"]
    assert (unmarked["value"], unmarked["how"]) == (False, "inferred") and "未実施" in unmarked["rule"]
    assert (marked["value"], marked["how"], marked["rule"]) == (True, "label", "")
    rows = [p for p in rec["problems"] if p["code"] == "inferred_reading"]
    assert len(rows) == 1 and rows[0]["severity"] == "情報"


def test_form_control_values_say_control(tmp_path):
    path = build_report.c3_form_controls(tmp_path)
    rec = job.process_file(job.Task(str(path), str(tmp_path), "report", 2024))
    # hand-read: the box on 2.(1) is checked (linked to J15), the one on 2.(2) is not
    assert (rec.values["s2.paid"].value, rec.values["s2.paid"].how) == (True, "control")
    assert (rec.values["s2.usage_known"].value, rec.values["s2.usage_known"].how) == (False, "control")
    assert not [e for e in rec.extras if e[1].startswith("J")], "linked cells are not entries of their own"


def test_future_era_guess_is_unreadable_not_2028():
    import datetime as dt

    today = dt.date(2026, 12, 1)
    assert parse_date("10年1月", today=today).flag == "日付読取不可"
    assert parse_date("7年1月", today=today).iso() == "2025-01"


def test_form_control_check_boxes_drawn_over_our_template(tmp_path):
    import openpyxl

    from legacy import parts
    from workbook_tools.app.templates import write_template

    tpl = write_template("report", tmp_path / "tpl.xlsx", year=2024)
    wb = openpyxl.load_workbook(tpl)
    ws = wb["報告書"]
    ws["C7"], ws["C8"] = "長野", "2025/2/20"
    row_paid, row_known = [int(c.row) for c in ws["A"] if c.value == "□"][:2]  # 2.(1) and 2.(2), hand-checked
    ws[f"J{row_paid}"] = True
    out = tmp_path / "in" / "報告書_長野.xlsx"
    out.parent.mkdir()
    wb.save(out)
    parts.add_form_checkboxes(out, [(row_paid - 1, 0, True, f"$J${row_paid}"), (row_known - 1, 0, False, "")])
    rec = job.process_file(job.Task(str(out), str(out.parent), "report", 2024))
    assert rec.via == "template"
    assert (rec.values["s2.paid"].value, rec.values["s2.paid"].how) == (True, "control")
    assert (rec.values["s2.usage_known"].value, rec.values["s2.usage_known"].how) == (False, "control")
    assert (rec.values["s3.tools"].value, rec.values["s3.tools"].how) == (False, "name")  # the printed □
    assert not rec.extras, rec.extras  # the linked cell is the box's, not an entry
