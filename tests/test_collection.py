"""The collection round (issue 12): personalised forms from a roster, intake by stamped id, 提出状況 and the
reminder list, --since, and corrections typed in 読み取り確認 applied on the next run.

Submissions are made by patching the sheet XML of the forms the tool wrote (fast: no workbook library per
file); expected sets come from the script's own choices below, never from the tool."""
from __future__ import annotations

import json
import random
import re
import shutil
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import openpyxl
import pytest
from click.testing import CliRunner

from workbook_tools.app import consolidate as job
from workbook_tools.app.templates import write_personalised, write_template
from workbook_tools.cli import app
from workbook_tools.core.prefectures import prefectures
from workbook_tools.forms.collection import safe_file_name

YEAR = 2026
PREFS = [p.name for p in prefectures()]
UNIONS = [(PREFS[i % 47], f"テスト第{i + 1}職員組合") for i in range(200)]


def write_roster(path: Path, rows) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "名簿"
    ws.append(["No", "県本部", "単組", "備考"])
    for i, (p, u) in enumerate(rows, start=1):
        ws.append([i, p, u, ""])
    wb.save(path)
    return path


def names_of(path: Path) -> dict[str, str]:
    """Defined name → top-left cell, from the workbook XML."""
    xml = zipfile.ZipFile(path).read("xl/workbook.xml").decode()
    return {n: ref.replace("$", "") for n, ref in re.findall(r'<definedName name="([^"]+)">[^!<]*!([$A-Z0-9]+)', xml)}


def patch(src: Path, dst: Path, cells: dict[str, object]) -> Path:
    """Copy src to dst with the given cells' values replaced (numbers as numbers, text as inline strings)."""
    dst.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                text = data.decode()
                for ref, value in cells.items():
                    new = (f'<c r="{ref}" s="\\1"><v>{value}</v></c>' if isinstance(value, (int, float)) else
                           f'<c r="{ref}" s="\\1" t="inlineStr"><is><t>{escape(str(value))}</t></is></c>')
                    text, n = re.subn(rf'<c r="{ref}" s="(\d+)"(?: t="s")?(?:/>|><v>\d+</v></c>)', new, text)
                    assert n == 1, ref
                data = text.encode()
            zout.writestr(item, data)
    return dst


@pytest.fixture(scope="module")
def round_dir(tmp_path_factory):
    """200 personalised forms, 150 answered by the script below (its choices returned for the tests)."""
    base = tmp_path_factory.mktemp("round")
    roster = write_roster(base / "名簿.xlsx", UNIONS)
    forms = write_personalised("survey", base / "配布", roster=roster, year=YEAR)
    assert len(forms) == 200
    by_union = {u: f for (p, u), f in zip(UNIONS, forms)}
    cell = names_of(forms[0])
    pref, union, hired = cell["survey_h_pref"], cell["survey_h_union"], cell["survey_intake_hired"]
    rng = random.Random(12)
    order = list(range(200))
    rng.shuffle(order)
    filled, missing = order[:150], order[150:]
    legacy, renamed, forwarded, dup = filled[:5], set(filled[5:15]), filled[15], filled[16]
    inbox = base / "提出"
    blank = write_template("survey", base / "旧様式.xlsx", year=YEAR)  # a copy without an id
    legacy_cell = names_of(blank)
    stranger = UNIONS[missing[0]]  # the forwarded form is answered by a union that did not send its own
    for i in filled:
        p, u = UNIONS[i]
        if i in legacy:
            patch(blank, inbox / f"旧様式_{i}.xlsx", {legacy_cell["survey_h_pref"]: p,
                                                   legacy_cell["survey_h_union"]: u, legacy_cell["survey_intake_hired"]: i})
        elif i == forwarded:
            patch(by_union[u], inbox / "転送されてきた様式.xlsx", {union: stranger[1], pref: stranger[0], hired: i})
        else:
            name = f"メール添付/回答{i}.xlsx" if i in renamed else by_union[u].name
            patch(by_union[u], inbox / name, {hired: i})
    patch(by_union[UNIONS[dup][1]], inbox / "再送" / "コピー.xlsx", {hired: 999})
    return {"base": base, "roster": roster, "inbox": inbox, "filled": filled, "missing": missing, "dup": dup,
            "forwarded": forwarded, "stranger": stranger, "forms": forms, "cell": cell}


def test_personalised_forms_are_filled_locked_and_stamped(round_dir):
    f = round_dir["forms"][0]
    wb = openpyxl.load_workbook(f)
    ws = wb["アンケート"]
    c = round_dir["cell"]
    assert ws[c["survey_h_pref"]].value == UNIONS[0][0] and ws[c["survey_h_union"]].value == UNIONS[0][1]
    assert ws.protection.sheet and ws[c["survey_h_union"]].protection.locked
    assert not ws[c["survey_intake_hired"]].protection.locked
    props = {p.name: p.value for p in wb.custom_doc_props.props}
    assert props["wbt_roster_row"] == "2" and props["wbt_submission_id"].startswith("survey-")
    assert props["wbt_roster_sender"] == " ".join(UNIONS[0])
    assert f.name == f"実態アンケート_{UNIONS[0][0]}_{UNIONS[0][1]}_{YEAR}年度.xlsx"
    ids = {dict((p.name, p.value) for p in openpyxl.load_workbook(x).custom_doc_props.props)["wbt_submission_id"]
           for x in round_dir["forms"][:20]}
    assert len(ids) == 20


def test_round_end_to_end(round_dir, tmp_path):
    batch = job.consolidate("survey", round_dir["inbox"], year=YEAR, roster=round_dir["roster"], jobs=2)
    out, _ = job.write_workbook(batch, tmp_path / "集約.xlsx")
    ws = openpyxl.load_workbook(out)["提出状況"]
    rows = list(ws.iter_rows(values_only=True))
    head = rows[0]
    status = {r[head.index("単組")]: r[head.index("状況")] for r in rows[1:]}
    assert len(status) == 200
    dup_union = UNIONS[round_dir["dup"]][1]
    want = {UNIONS[i][1]: "提出済" for i in round_dir["filled"]} | {UNIONS[i][1]: "未提出" for i in round_dir["missing"]}
    want[dup_union] = "重複"
    assert status == want
    fwd_row = next(r for r in rows[1:] if r[head.index("単組")] == UNIONS[round_dir["forwarded"]][1])
    assert fwd_row[head.index("ファイル")] == "転送されてきた様式.xlsx" and fwd_row[head.index("照合")] == "提出ID"
    # the reminder list: exactly the 50 missing, under their prefecture
    text = job.reminder_path(out).read_bytes().decode("utf-8-sig")
    lines = text.split("\r\n")
    assert lines[-1] == "" and "\n" not in "".join(lines)  # CRLF line ends for Windows mail clients
    listed = {line[1:] for line in lines if line.startswith("・")}
    assert listed == {UNIONS[i][1] for i in round_dir["missing"]}
    assert "未提出 50 件" in text
    p, u = UNIONS[round_dir["missing"][1]]
    assert text.index(f"【{p}】") < text.index(f"・{u}")
    remind = [r[0] for r in openpyxl.load_workbook(out)["督促リスト"].iter_rows(values_only=True)]
    assert [x or "" for x in remind] == lines[:-1]
    # warnings name the files
    msgs = {pr.code: pr for pr in batch.all_problems()}
    fwd = msgs["id_name_mismatch"]
    assert fwd.file == "転送されてきた様式.xlsx" and round_dir["stranger"][1] in fwd.message
    dup = msgs["duplicate_submission"]
    assert "再送/コピー.xlsx" in dup.message.replace("\\", "/") and "同じ提出ID" in dup.message
    # the duplicate's older copy is out of the totals, the forwarded form counts for its stamped union
    used = {r.path for r in batch.used}
    assert len(used) == 150


def test_since_says_what_is_new(round_dir, tmp_path):
    inbox = tmp_path / "提出"
    shutil.copytree(round_dir["inbox"], inbox)
    first = job.consolidate("survey", inbox, year=YEAR, roster=round_dir["roster"], isolate=False)
    job.write_json(first, tmp_path / "前回.json")
    newcomer = round_dir["missing"][5]
    src = round_dir["forms"][newcomer]
    patch(src, inbox / "遅れて提出.xlsx", {round_dir["cell"]["survey_intake_hired"]: 3})
    gone = sorted((inbox / "メール添付").iterdir())[0]
    gone.unlink()
    moved = sorted((inbox / "メール添付").iterdir())[0]
    moved.rename(inbox / "名前を変えた.xlsx")
    res = CliRunner().invoke(app, ["consolidate", "survey", str(inbox), "-o", str(tmp_path / "二回目.xlsx"),
                                   "--roster", str(round_dir["roster"]), "--since", str(tmp_path / "前回.json"),
                                   "--jobs", "1", "--json", str(tmp_path / "二回目.json")])
    assert res.exit_code == 0, res.output
    since = json.loads((tmp_path / "二回目.json").read_text(encoding="utf-8"))["since"]
    kinds = {(s["what"], s["who"]) for s in since}
    assert ("新しいファイル", "遅れて提出.xlsx") in kinds
    assert ("新たに提出", " ".join(UNIONS[newcomer])) in kinds
    assert ("なくなったファイル", f"メール添付/{gone.name}") in {(a, b.replace("\\", "/")) for a, b in kinds}
    assert any(w == "新たに未提出" for w, _ in kinds)
    assert ("名前が変わったファイル", "名前を変えた.xlsx") in kinds
    assert ("なくなったファイル", f"メール添付/{moved.name}") not in {(a, b.replace("\\", "/")) for a, b in kinds}
    assert "前回からの変化" in res.output
    sheet = openpyxl.load_workbook(tmp_path / "二回目.xlsx")["前回との差分"]
    assert ("新たに提出", " ".join(UNIONS[newcomer])) in {r[:2] for r in sheet.iter_rows(values_only=True)}


def test_report_forms_for_the_47_prefectures_match_by_id(tmp_path):
    forms = write_personalised("report", tmp_path / "配布", year=YEAR)
    assert len(forms) == 47
    cell = names_of(forms[0])
    inbox = tmp_path / "提出"
    patch(forms[0], inbox / "報告.xlsx", {cell["report_h_created"]: 46000})  # renamed; prefecture locked
    batch = job.consolidate("report", inbox, year=YEAR, isolate=False)
    done = [t.entry.label for t in batch.tracking if t.status == "提出済"]
    assert done == [PREFS[0]] and len(batch.roster_missing) == 46


def test_safe_file_names():
    taken: set[str] = set()
    assert safe_file_name(("a/b:c", "d*?"), ".xlsx", taken) == "a＿b＿c_d＿＿.xlsx"
    assert safe_file_name(("CON",), ".xlsx", taken) == "_CON.xlsx"
    assert safe_file_name(("a/b:c", "d*?"), ".xlsx", taken) == "a＿b＿c_d＿＿_2.xlsx"
    long = safe_file_name(("あ" * 300,), ".xlsx", taken)
    assert len(long) == 80 + 5
    assert safe_file_name(("X. ",), ".xlsx", set()) == "X.xlsx"


def _check_rows(path: Path) -> tuple[tuple, list[tuple]]:
    rows = list(openpyxl.load_workbook(path)["読み取り確認"].iter_rows(values_only=True))
    return rows[0], rows[1:]


def test_corrections_stick_and_stale_ones_are_reported(tmp_path):
    roster = write_roster(tmp_path / "名簿.xlsx", UNIONS[:3])
    forms = write_personalised("survey", tmp_path / "配布", roster=roster, year=YEAR)
    c = names_of(forms[0])
    hired, jj, jr, nj = (c[f"survey_intake_{k}"] for k in ("hired", "joined_j", "joined_r", "not_joined"))
    inbox = tmp_path / "提出"
    patch(forms[0], inbox / "a.xlsx", {hired: "約25", jj: 10, jr: 5, nj: 5})  # approximate, and 25 ≠ 10+5+5
    patch(forms[1], inbox / "b.xlsx", {hired: "不明"})
    patch(forms[2], inbox / "c.xlsx", {hired: 7})
    run = CliRunner()
    res = run.invoke(app, ["consolidate", "survey", str(inbox), "-o", str(tmp_path / "1.xlsx"), "--jobs", "1",
                           "--json", str(tmp_path / "1.json")])
    assert res.exit_code == 0, res.output
    first = {f["file"]: f for f in json.loads((tmp_path / "1.json").read_text(encoding="utf-8"))["files"]}
    assert "intake_mismatch" in [p["code"] for p in first["a.xlsx"]["problems"]] and first["a.xlsx"]["status"] == "警告あり"
    head, rows = _check_rows(tmp_path / "1.xlsx")
    col = {h: i for i, h in enumerate(head)}
    mine = {(r[col["ファイル"]], r[col["項目キー"]]): r for r in rows}
    assert mine[("a.xlsx", "intake.hired")][col["読み取った文字"]] == "約25"
    assert mine[("a.xlsx", "intake.hired")][col["フラグ"]] == "概数"
    assert ("b.xlsx", "intake.hired") in mine and not any(f == "c.xlsx" for f, _ in mine)
    # staff type corrections into the sheet and hand the workbook back
    wb = openpyxl.load_workbook(tmp_path / "1.xlsx")
    ws = wb["読み取り確認"]
    assert ws.protection.sheet and not ws.cell(2, col["修正値"] + 1).protection.locked
    for r in range(2, ws.max_row + 1):
        key = (ws.cell(r, col["ファイル"] + 1).value, ws.cell(r, col["項目キー"] + 1).value)
        fix = {("a.xlsx", "intake.hired"): "20", ("b.xlsx", "intake.hired"): "15"}.get(key)
        if fix:
            ws.cell(r, col["修正値"] + 1, fix)
            ws.cell(r, col["修正者"] + 1, "担当A")
            ws.cell(r, col["修正日"] + 1, "2026-06-01")
    sha_a = mine[("a.xlsx", "intake.hired")][col["SHA-256"]]
    added = {"ファイル": "a.xlsx", "SHA-256": sha_a, "シート": "アンケート", "セル": "C1", "項目キー": "intake.nosuch",
             "修正値": "1", "修正者": "担当A", "修正日": "2026-06-01"}
    ws.append([added.get(h, "") for h in head])
    wb.save(tmp_path / "確認済み.xlsx")

    res = run.invoke(app, ["consolidate", "survey", str(inbox), "-o", str(tmp_path / "2.xlsx"), "--jobs", "1",
                           "--corrections", str(tmp_path / "確認済み.xlsx"), "--json", str(tmp_path / "2.json")])
    assert res.exit_code == 0, res.output
    assert "手修正を 2 件反映しました" in res.output
    data = json.loads((tmp_path / "2.json").read_text(encoding="utf-8"))
    files = {f["file"]: f for f in data["files"]}
    a = files["a.xlsx"]
    assert a["values"]["intake.hired"]["value"] == 20 and a["values"]["intake.hired"]["flag"] == "手修正"
    assert a["values"]["intake.hired"]["raw"] == "約25"
    assert a["corrected"]["intake.hired"]["by"] == "担当A" and a["corrected"]["intake.hired"]["on"] == "2026-06-01"
    assert not any(p["code"] == "intake_mismatch" for p in a["problems"])  # 20 = 10+5+5: the check ran again
    assert a["status"] == "取込済"
    assert files["b.xlsx"]["values"]["intake.hired"]["value"] == 15
    codes = [p["code"] for p in data["problems"]]
    assert "correction_unknown_key" in codes
    head, rows = _check_rows(tmp_path / "2.xlsx")  # the corrections travel into the new sheet
    row = next(r for r in rows if r[head.index("ファイル")] == "a.xlsx" and r[head.index("項目キー")] == "intake.hired")
    assert (row[head.index("フラグ")], row[head.index("修正値")], row[head.index("修正者")]) == ("手修正", "20", "担当A")
    listing = list(openpyxl.load_workbook(tmp_path / "2.xlsx")["一覧"].iter_rows(values_only=True))
    assert any(20 in r and "a.xlsx" in r for r in listing)

    patch(forms[1], inbox / "b.xlsx", {hired: "不明です"})  # b is resubmitted: its correction no longer applies
    res = run.invoke(app, ["consolidate", "survey", str(inbox), "-o", str(tmp_path / "3.xlsx"), "--jobs", "1",
                           "--corrections", str(tmp_path / "確認済み.xlsx"), "--json", str(tmp_path / "3.json")])
    assert res.exit_code == 0, res.output
    data = json.loads((tmp_path / "3.json").read_text(encoding="utf-8"))
    stale = [p for p in data["problems"] if p["code"] == "correction_stale"]
    assert len(stale) == 1 and stale[0]["file"] == "b.xlsx"
    files = {f["file"]: f for f in data["files"]}
    assert files["b.xlsx"]["values"]["intake.hired"]["value"] is None
    assert files["a.xlsx"]["values"]["intake.hired"]["value"] == 20


def test_a_short_text_with_a_line_break_still_gets_its_lines(tmp_path):
    """読み取り確認 skips measuring texts too short to wrap, but not one holding a line break: its row is two lines."""
    import openpyxl as _op

    from workbook_tools.forms.records import Batch, FileRecord
    from workbook_tools.forms.registry import get
    from workbook_tools.forms.values import FieldValue
    from workbook_tools.io.collection_writer import RoundSheets
    from workbook_tools.io.writer import ONE_LINE_PT, safe_book

    kind = get("survey")
    key = next(k for k, _, _ in kind.form.keyed_fields())
    rec = FileRecord("a.xlsx")
    rec.values[key] = FieldValue(None, "読取不可", "1\n2", "Sheet1", "B2", "label")
    out = tmp_path / "確認.xlsx"
    with safe_book(out) as book:
        RoundSheets(book, Batch("survey", tmp_path, [rec], [], [], 2024), kind).record(rec)
    ws = _op.load_workbook(out)["読み取り確認"]
    read = [c.value for c in ws[1]].index("読み取った文字") + 1
    assert ws.cell(2, read).value == "1\n2"
    assert ws.row_dimensions[2].height and ws.row_dimensions[2].height > ONE_LINE_PT
