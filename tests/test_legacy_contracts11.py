"""An eleventh Report B set (tests/legacy_contracts11), made for generalisation after sets 1-10 by a helper who never
read the reader: FY2026 (令和8年度) books from ordinary offices -- how the figures arrived.  On first contact 239 of
619, with SILENTLY WRONG figures: 実績 merged over 「単月｜累計」 read from 単月 (01); a heading row pasted one column
left of its figures (the merges lost out of an e-mail) swapping 目標 and 実績, and the 時点 taken from the mail's
送信日時 (04).  Not read: 「長共」 (01), 「1月末現在」 under 「令和8年度」 (01: 2027-01), a system's long export of
区分 (目標 / 単月 / 累計) + 件数 rows with its metadata and 「出力件数｜72」 「*** 以上 ***」 trailer (02), targets per
half-year across with 【実績】 down below (03: refused), month-end 累計 columns (07), 「前月までの累計」 + 「当月」 (08).
09 (an HTML page saved as .xls) stays refused with a clear message: out of scope.
The score may only go up."""
from __future__ import annotations

import json

import pytest

import legacy_sets

_SET = legacy_sets.load("legacy_contracts11")
compare, expected = _SET["compare"], _SET["expected"]

FLOOR = 564  # of 619 (239 on first contact; 09, the HTML page, is 55 of the 619 left)

# files not yet read whole: take a file out of this list when it is
NOT_YET_WHOLE = ("09_",)


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    root = tmp_path_factory.mktemp("legacy_contracts11")
    files = _SET["build"].build(root / "in")
    out = root / "out"
    out.mkdir()
    return files, out, {name: compare.run_one(name, files[name], out, True) for name in expected.EXPECTED}


def _checks(run, prefix: str) -> list[dict]:
    files, out, _ = run
    name = next(n for n in expected.EXPECTED if n.startswith(prefix))
    return json.loads((out / (files[name].stem + ".json")).read_text(encoding="utf-8"))["チェック"]


@pytest.mark.parametrize("name", [
    pytest.param(n, marks=pytest.mark.xfail(strict=True, reason="not read whole yet"))
    if n.startswith(NOT_YET_WHOLE) else n
    for n in expected.EXPECTED])
def test_every_file_is_read_whole(run, name):
    right, total, mismatches = run[2][name]
    assert right == total, mismatches


def test_the_floor(run):
    assert sum(r for r, _, _ in run[2].values()) >= FLOOR


def test_what_was_guessed_is_said(run):
    codes = {p: {c["code"] for c in _checks(run, p)} for p in ("01_", "02_", "03_", "04_", "07_", "08_")}
    assert "as_of_year_inferred" in codes["01_"]  # 「1月末現在」 → 2027年1月
    assert {"kind_rows", "export_trailer"} <= codes["02_"]  # 単月 rows and the trailer not read
    assert {"target_from_halves", "branch_without_actual"} <= codes["03_"]  # 上期 + 下期; 山梨・長野 未報告
    assert "shifted_headings" in codes["04_"]
    assert "actual_last_month_end" in codes["07_"]
    assert "actual_from_prior_and_month" in codes["08_"]
