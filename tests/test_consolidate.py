"""Reports C and D: legacy layouts and templates, roster, output, CLI, isolation."""
import datetime as dt
import os
import random
from pathlib import Path

import openpyxl
import pytest

import lo
from conftest import ROOT
from workbook_tools.app import consolidate as job
from workbook_tools.app.templates import write_template
from workbook_tools.core.normalize import glyph_state
from workbook_tools.forms import report, survey
from workbook_tools.forms.model import CHECK
from workbook_tools.io.isolation import CRASHED, TIMED_OUT, run_isolated
from workbook_tools.samples.submissions import (fill_template, report_answers, report_template_values,
                                                survey_answers, survey_template_values, write_legacy_report,
                                                write_legacy_survey)

YEAR = 2024


@pytest.fixture(scope="module")
def templates(tmp_path_factory):
    d = tmp_path_factory.mktemp("tmpl")
    return {k: write_template(k, d / f"{k}.xlsx", year=YEAR) for k in ("report", "survey")}


def _assert_report_matches(rec, a):
    assert rec.get("h.pref") == a.pref
    assert rec.get("h.created") == a.created.isoformat()
    for (s, k), done in a.checks.items():
        v = rec.values[f"{s}.{k}"]
        if (s, k) in a.missing_items:
            assert v.flag == "項目なし", (s, k)
        elif done is None:
            assert v.value is None and v.flag == "未回答", (s, k)
        else:
            assert v.value is done, (s, k, v)
    for (s, k), text in a.texts.items():
        assert rec.get(f"{s}.{k}") == text, (s, k)


@pytest.mark.parametrize("seed", range(8))
def test_legacy_report_layouts(tmp_path, seed):
    rng = random.Random(seed)
    pref = ["群馬", "東京", "埼玉", "大阪", "神奈川", "京都", "北海道", "沖縄"][seed]
    a = report_answers(pref, rng, YEAR)
    a.checks[("s2", "paid")] = None  # printed without a glyph
    a.checks[("s5", "joint_org")] = False
    a.missing_items.add(("s6", "propose"))  # older copy without this item
    style = ["mixed", "own", "same"][seed % 3]
    path = write_legacy_report(tmp_path / f"{pref}.xlsx", a, YEAR, rng, style=style)
    rec = job.process_file(job.Task(str(path), str(tmp_path), "report", YEAR))
    assert rec.via == "legacy" and rec.status != job.STATUS_REFUSED
    _assert_report_matches(rec, a)
    assert rec.extras == []
    # the same item text in sections 3 and 5 is told apart by section
    assert rec.values["s3.joint_org"].cell != rec.values["s5.joint_org"].cell


def test_template_report_read_by_names(tmp_path, templates):
    a = report_answers("福岡", random.Random(1), YEAR)
    path = fill_template(templates["report"], tmp_path / "報告書_福岡.xlsx", report.FORM, report_template_values(a))
    rec = job.process_file(job.Task(str(path), str(tmp_path), "report", YEAR))
    assert rec.via == "template" and rec.status == job.STATUS_OK
    _assert_report_matches(rec, a)
    assert rec.values["h.pref"].sheet == "報告書" and rec.values["h.pref"].cell


def test_bullets_in_text_are_text_and_glyph_before_label_is_a_check(tmp_path):
    a = report_answers("岩手", random.Random(2), YEAR)
    a.texts[("s2", "text")] = "■ 継続募集を実施した。\n● 職場オルグを強化した。\n☑ これは項目ではない記述"
    path = write_legacy_report(tmp_path / "岩手.xlsx", a, YEAR, random.Random(2), style="same")
    rec = job.process_file(job.Task(str(path), str(tmp_path), "report", YEAR))
    assert rec.get("s2.text") == a.texts[("s2", "text")]
    assert rec.get("s2.paid") is a.checks[("s2", "paid")]


def test_answer_in_unexpected_place_is_reported_not_dropped(tmp_path):
    a = report_answers("宮城", random.Random(4), YEAR)
    path = write_legacy_report(tmp_path / "宮城.xlsx", a, YEAR, random.Random(4))
    wb = openpyxl.load_workbook(path)
    wb.active["K3"] = "欄外に書かれた補足です"
    wb.save(path)
    rec = job.process_file(job.Task(str(path), str(tmp_path), "report", YEAR))
    assert ("報告書", "K3", "欄外に書かれた補足です") in rec.extras
    p = [p for p in rec.problems if p.code == "unexpected_place"][0]
    assert p.cell == "K3" and p.sheet == "報告書" and rec.status == job.STATUS_WARN


def test_many_answers_in_unexpected_places_are_kept_and_named_in_one_line_past_twenty(tmp_path):
    """A sheet of other data under the form's heading made one warning per cell (92,000 lines for one public test
    file): the first 20 cells are named, the rest counted in one line; every text is still kept in the record, as
    Excel shows it."""
    path = tmp_path / "別の表.xlsx"
    wb = openpyxl.Workbook()
    wb.active.title = "データ"
    wb.active["D1"], wb.active["E1"] = "県名", "宮城"  # one of the form's labels, with its answer
    for r in range(1, 31):
        wb.active.cell(r, 1, f"行{r}")
        wb.active.cell(r, 2, r * 7)
    wb.save(path)
    rec = job.process_file(job.Task(str(path), str(tmp_path), "report", YEAR))
    assert rec.get("h.pref") == "宮城"
    assert len(rec.extras) == 60 and ("データ", "B30", "210") in rec.extras and ("データ", "A1", "行1") in rec.extras
    places = [p for p in rec.problems if p.code == "unexpected_place"]
    assert len(places) == 21
    assert [p.cell for p in places[:20]] == [c for _, c, _ in rec.extras[:20]]
    assert "40 か所" in places[20].message and "データ" in places[20].message and places[20].cell == "A11"


def test_a_table_pasted_under_the_last_question_is_kept_as_entries_not_joined_into_its_answer(tmp_path):
    """A list of data pasted two rows below the form (a table of 6 columns, 40 rows) was joined into the last text
    question's answer (73,350 characters from a larger one).  The answer is what was typed under the question; the
    table's cells are entries in unexpected places, every one kept."""
    a = survey_answers("岩手", 5, random.Random(9))
    a.texts["requests"] = "県本部との連携を強めたい。\n学習会の資料がほしい。"
    path = write_legacy_survey(tmp_path / "貼り付け.xlsx", a, YEAR)
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    start = ws.max_row + 3  # two empty rows, then the table
    for r in range(40):
        for c in range(6):
            ws.cell(start + r, 2 + c, f"項目{r}-{c}")
    wb.save(path)
    rec = job.process_file(job.Task(str(path), str(tmp_path), "survey", YEAR))
    assert rec.values["texts.requests"].value == "県本部との連携を強めたい。\n学習会の資料がほしい。"
    pasted = {(cell, text) for _, cell, text in rec.extras}
    assert len(pasted) == 240 and (f"B{start}", "項目0-0") in pasted and (f"G{start + 39}", "項目39-5") in pasted
    assert "220 か所" in [p for p in rec.problems if p.code == "unexpected_place"][-1].message


def test_a_workbook_without_any_of_the_forms_labels_is_refused_with_the_reason(tmp_path):
    """A file in the folder that is not the form (none of its labels on any sheet) is not taken for a submission
    with every answer blank (it was counted in the totals, and guesses were read from its data): it is refused,
    saying whether it is blank, the other kind's form, or some other workbook.  Expected texts by hand."""
    folder = tmp_path / "提出"
    folder.mkdir()
    wb = openpyxl.Workbook()  # some other table (a list of expenses, in Chinese, as a public test file has)
    wb.active.title = "費用"
    for r in range(1, 41):
        wb.active.cell(r, 1, f"运送费 {r}")
        wb.active.cell(r, 2, "钞币运送费\nA5020245" if r % 3 == 0 else r * 1000)
    wb.create_sheet("メモ")["B2"] = "来週までに確認"
    wb.save(folder / "経費.xlsx")
    openpyxl.Workbook().save(folder / "空.xlsx")  # a blank workbook
    a = survey_answers("岩手", 5, random.Random(9))
    write_legacy_survey(folder / "アンケート_岩手.xlsx", a, YEAR)  # the other kind's form, in a legacy layout
    batch = job.consolidate("report", folder, year=YEAR, jobs=1)
    by_name = {r.path: r for r in batch.records}
    expected = {
        "経費.xlsx": ("not_the_form", "「県本部共済推進取り組み報告書」の様式の項目が 1 つも見つかりません（別のファイルの可能性があります）"),
        "空.xlsx": ("blank_book", "ブックに記入がありません（「県本部共済推進取り組み報告書」の様式の項目も答えもありません）"),
        "アンケート_岩手.xlsx": ("wrong_form", "このファイルは「実態共有用アンケート」の様式のようです（「県本部共済推進取り組み報告書」の"
                                         "項目が 1 つもありません）"),
    }
    for name, (code, message) in expected.items():
        rec = by_name[name]
        assert rec.status == job.Status.REFUSED and not rec.used, name
        assert rec.reason == message, name
        assert [(p.code, p.cell) for p in rec.problems] == [(code, "")], name
        assert not rec.extras and all(v.value in (None, False) for v in rec.values.values()), name
    from workbook_tools.app.batchcheck import folder_trouble

    # the other kind's form and a file of no form at all, counted apart (only the first asks to check the KIND)
    assert [line.split("（")[0] for line in folder_trouble(batch)] == ["注意: 3 件中 1 件は別の種類の様式のようです",
                                                                       "注意: 3 件中 1 件はこの様式のファイルではないようです"]


@pytest.mark.parametrize("legacy", [True, False])
def test_surveys(tmp_path, templates, legacy):
    a = survey_answers("岩手", 5, random.Random(9))  # i % 11 == 5: the intake that does not add up
    a.numbers.update({"members_j": "729名", "nonmembers_r": "400程度か", "rate_r": "不明", "members_r": "１２３"})
    if legacy:
        path = write_legacy_survey(tmp_path / "s.xlsx", a, YEAR)
    else:
        path = fill_template(templates["survey"], tmp_path / "s.xlsx", survey.FORM, survey_template_values(a))
    rec = job.process_file(job.Task(str(path), str(tmp_path), "survey", YEAR))
    v = rec.values
    assert (v["org.members_j"].value, v["org.members_j"].flag, v["org.members_j"].raw) == (729, "", "729名")
    assert (v["org.nonmembers_r"].value, v["org.nonmembers_r"].flag) == (400, "概数")
    assert (v["org.rate_r"].value, v["org.rate_r"].flag) == (None, "不明")
    assert v["org.members_r"].value == 123
    assert rec.get("h.rival_union") == a.rival_union and rec.get("h.union") == a.union
    assert any(p.code == "intake_mismatch" for p in rec.problems)
    assert rec.get("intake.hired") == 20 and rec.get("intake.joined_r") == 180


def test_organisation_rate():
    from workbook_tools.core.rounding import REPORT_RULES, organisation_rate

    rule = REPORT_RULES["survey"]
    assert organisation_rate(215, 700, 90, rule) == pytest.approx(27.2)  # 215 / 790 = 27.215…%
    assert organisation_rate(215, None, 90, rule) is None and organisation_rate(5, 0, 0, rule) is None


def _batch_folder(tmp_path, templates):
    root = tmp_path / "提出"
    (root / "サブ").mkdir(parents=True)
    rng = random.Random(5)
    a = report_answers("群馬", rng, YEAR)
    fill_template(templates["report"], root / "報告書_群馬.xlsx", report.FORM, report_template_values(a))
    b = report_answers("群馬", rng, YEAR)
    b.created = a.created + dt.timedelta(days=2)  # corrected version, later 作成日
    write_legacy_report(root / "サブ" / "群馬_修正.xlsx", b, YEAR, rng)
    c = report_answers("栃木", rng, YEAR)
    c.created = dt.date(YEAR + 1, 1, 10)
    t1 = fill_template(templates["report"], root / "栃木_1.xlsx", report.FORM, report_template_values(c))
    t2 = fill_template(templates["report"], root / "栃木_2.xlsx", report.FORM, report_template_values(c))
    os.utime(t1, (1_700_000_000, 1_700_000_000))
    os.utime(t2, (1_700_100_000, 1_700_100_000))  # same 作成日: the newer file wins
    d = report_answers("千葉", rng, YEAR)
    vals = report_template_values(d)
    vals[("h", "pref")] = "どこか"
    fill_template(templates["report"], root / "不明.xlsx", report.FORM, vals)
    (root / "~$報告書_群馬.xlsx").write_bytes(b"lock")
    (root / "メモ.txt").write_text("memo", encoding="utf-8")
    (root / "壊れた.xlsx").write_bytes(b"PK\x03\x04 truncated")
    return root, a, b


def test_report_batch_roster(tmp_path, templates):
    root, a, b = _batch_folder(tmp_path, templates)
    batch = job.consolidate("report", root, year=YEAR, isolate=False)
    by = {r.path: r for r in batch.records}
    assert list(by) == sorted(by, key=str.casefold)  # deterministic order
    assert by["報告書_群馬.xlsx"].superseded_by == str(Path("サブ") / "群馬_修正.xlsx")
    assert by["栃木_1.xlsx"].superseded_by == "栃木_2.xlsx"
    assert by["壊れた.xlsx"].status == job.STATUS_REFUSED and "壊れて" in by["壊れた.xlsx"].reason
    assert any(p.code == "unknown_pref" for p in by["不明.xlsx"].problems)
    assert len(batch.roster_missing) == 45 and "群馬" not in batch.roster_missing
    skipped = dict(batch.skipped)
    assert "~$報告書_群馬.xlsx" in skipped and "メモ.txt" in skipped
    used = {r.get("h.pref") for r in batch.used}
    assert used == {"群馬", "栃木", "どこか"}


def test_output_workbook_and_libreoffice(tmp_path, templates, soffice):
    root, _, _ = _batch_folder(tmp_path, templates)
    batch = job.consolidate("report", root, year=YEAR, isolate=False)
    out, side = job.write_workbook(batch, tmp_path / "集約.xlsx")
    assert side is None
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["概要", "一覧", "集計", "記述", "未提出・重複", "検証結果", "提出状況", "督促リスト", "読み取り確認"]
    listing = wb["一覧"]
    assert listing.max_row == 2 + len(batch.records)
    heads = [c.value for c in listing[2]]
    assert "共済推進単組交付金規程にもとづき支払っている" in heads
    issues = wb["検証結果"]
    assert [c.value for c in issues[1]] == ["ファイル", "シート", "セル", "重要度", "内容", "対応"]
    assert issues.max_row - 1 == len(batch.all_problems())
    roster = [c.value for c in wb["未提出・重複"]["B"]]
    assert "沖縄" in roster and "報告書_群馬.xlsx" in roster
    assert lo.assert_formulas_match(out, tmp_path) > 20


def test_isolation_costs_one_input():
    got = {o.index: o for o in run_isolated(__import__("helpers_crash").misbehave,
                                            ["a", "crash", "b", "hang", "raise", "c"], jobs=2, timeout=3)}
    assert got[0].result == "A" and got[2].result == "B" and got[5].result == "C"
    assert got[1].failure == CRASHED and got[3].failure == TIMED_OUT
    assert not got[4].ok and "bad input" in got[4].failure


def test_a_workers_native_stderr_stays_out_of_the_console(capfd):
    """What a reader's native code prints on the worker's standard error (calamine's Rust panic: English, a
    source path, maybe a backtrace) does not reach the user's console; the failure still reaches the parent."""
    got = list(run_isolated(__import__("helpers_crash").shout, ["cfb.rs:345:44", "xls.rs:12:3"], jobs=1, timeout=20))
    assert [o.ok for o in got] == [False, False]
    assert sorted("panicked: cfb.rs:345:44" in o.failure or "panicked: xls.rs:12:3" in o.failure for o in got) == \
        [True, True]
    assert "panicked at" not in capfd.readouterr().err


def test_isolated_batch_equals_in_process(tmp_path, templates):
    root, _, _ = _batch_folder(tmp_path, templates)
    one = job.consolidate("report", root, year=YEAR, isolate=False)
    two = job.consolidate("report", root, year=YEAR, jobs=2)
    assert [r.to_dict() for r in one.records] == [r.to_dict() for r in two.records]


def test_cli_exit_codes(tmp_path, templates):
    from click.testing import CliRunner

    from workbook_tools.cli import app

    root, _, _ = _batch_folder(tmp_path, templates)
    ok = CliRunner().invoke(app, ["consolidate", "report", str(root), "-o", str(tmp_path / "o.xlsx"), "--year",
                                  "2024", "--jobs", "1", "--json", str(tmp_path / "o.json")])
    assert ok.exit_code == 0, ok.output
    assert "取込不可 1" in ok.output and "未提出 45 件" in ok.output
    strict = CliRunner().invoke(app, ["consolidate", "report", str(root), "-o", str(tmp_path / "o2.xlsx"),
                                      "--strict", "--jobs", "1"])
    assert strict.exit_code == 3
    missing = CliRunner().invoke(app, ["consolidate", "survey", str(tmp_path / "なし"), "-o", str(tmp_path / "x.xlsx")])
    assert missing.exit_code == 2 and "フォルダ" in missing.output
    unknown = CliRunner().invoke(app, ["consolidate", "grid", str(root), "-o", str(tmp_path / "g.xlsx")])
    assert unknown.exit_code == 2 and "集約の種類「grid」はありません" in unknown.output
    assert not (tmp_path / "g.xlsx").exists()  # never a fallback to another kind
    roster = CliRunner().invoke(app, ["consolidate", "report", str(root), "-o", str(tmp_path / "r.xlsx"),
                                      "--roster", str(tmp_path / "名簿.csv")])
    assert roster.exit_code == 2 and "--roster" in roster.output


def test_survey_roster_and_totals(tmp_path):
    root = ROOT / "workbook_tools" / "examples" / "surveys"
    batch = job.consolidate("survey", root, year=YEAR, roster=ROOT / "workbook_tools" / "examples" / "アンケート提出予定名簿.xlsx",
                            isolate=False)
    assert len(batch.roster_missing) == 2 and all("未提出職員組合" in m for m in batch.roster_missing)
    out, _ = job.write_workbook(batch, tmp_path / "s.xlsx")
    ws = openpyxl.load_workbook(out)["集計"]
    # first table: 整合する回答のみ (a heading row, the column heads, 47 prefectures, 合計)
    assert ws["A1"].value == "整合する回答のみ"
    assert ws["A3"].value == "北海道" and ws["A50"].value == "合計"


def test_demo_writes_every_report(tmp_path):
    from workbook_tools.app.demo import run_demo

    lines = list(run_demo(ROOT / "workbook_tools" / "examples", tmp_path / "out"))
    assert len(lines) == 5
    names = sorted(p.name for p in (tmp_path / "out").glob("*.xlsx"))
    assert names == ["A_加入拡大モデル単組_5月開始.xlsx", "A_加入拡大モデル単組_6月開始.xlsx", "B_新契約件数_主要共済の実績.xlsx",
                     "C_県本部報告書_集約.xlsx", "D_実態アンケート_集約.xlsx"]


def test_glyph_semantics_in_output(tmp_path, templates):
    a = report_answers("愛媛", random.Random(3), YEAR)
    a.checks[("s2", "paid")] = True
    a.checks[("s2", "usage_known")] = None
    root = tmp_path / "r"
    root.mkdir()
    write_legacy_report(root / "愛媛.xlsx", a, YEAR, random.Random(3), style="own")
    batch = job.consolidate("report", root, year=YEAR, isolate=False)
    out, _ = job.write_workbook(batch, tmp_path / "o.xlsx")
    ws = openpyxl.load_workbook(out)["一覧"]
    heads = [c.value for c in ws[2]]
    row = [c.value for c in ws[3]]
    assert row[heads.index("共済推進単組交付金規程にもとづき支払っている")] == "✓"
    assert row[heads.index("単組に支払った交付金の使われ方を把握している")] == "未回答"
    assert glyph_state("☒") is True and CHECK == "check"



def test_duplicate_rule_date_beats_file_time_when_they_disagree(tmp_path, templates):
    """Later 作成日 wins even when its file is older and its name sorts first; with equal 作成日 the
    newer file wins even when its name sorts first.  Winners chosen by hand below."""
    root = tmp_path / "提出"
    root.mkdir()
    rng = random.Random(11)
    old = report_answers("群馬", rng, YEAR)
    old.created = dt.date(YEAR + 1, 1, 5)
    new = report_answers("群馬", rng, YEAR)
    new.created = dt.date(YEAR + 1, 2, 20)
    a = fill_template(templates["report"], root / "A_群馬_作成日が新しい.xlsx", report.FORM, report_template_values(new))
    b = fill_template(templates["report"], root / "B_群馬_作成日が古い.xlsx", report.FORM, report_template_values(old))
    os.utime(a, (1_600_000_000, 1_600_000_000))  # the later 作成日 sits in the OLDER file
    os.utime(b, (1_700_000_000, 1_700_000_000))
    same = report_answers("栃木", rng, YEAR)
    same.created = dt.date(YEAR + 1, 1, 10)
    c = fill_template(templates["report"], root / "C_栃木_新しいファイル.xlsx", report.FORM, report_template_values(same))
    d = fill_template(templates["report"], root / "D_栃木_古いファイル.xlsx", report.FORM, report_template_values(same))
    os.utime(c, (1_700_100_000, 1_700_100_000))  # same 作成日: C is the newer file although D sorts later
    os.utime(d, (1_700_000_000, 1_700_000_000))
    batch = job.consolidate("report", root, year=YEAR, isolate=False)
    by = {r.path: r.superseded_by for r in batch.records}
    assert by == {"A_群馬_作成日が新しい.xlsx": "", "B_群馬_作成日が古い.xlsx": "A_群馬_作成日が新しい.xlsx",
                  "C_栃木_新しいファイル.xlsx": "", "D_栃木_古いファイル.xlsx": "C_栃木_新しいファイル.xlsx"}
