"""A tenth Report B set (tests/legacy_contracts10), made for generalisation after sets 1-9 by a helper who never read
the reader: FY2026 (令和8年度) workbooks kept by a clerk who took over -- last year's workbook rolled forward.
On first contact 373 of 494, with SILENTLY WRONG figures: the 「R8年度」 columns under 目標 / 実績 (year as the
innermost heading) ignored for the 「R7年度」 ones (07: every figure, total, rate and achiever wrong, no word); a
県本部 sheet left with last year's report (「大分（未着）」, title 令和7年度) added to this year's totals (06); the
「（参考）令和7年度 同時期」 table to the right of this year's read instead of it (04, only a duplicate warning);
the 時点 taken from last year's visible sheet 「R7年度」 while the figures came from its copy 「R7年度 (2)」
(01).  Refused with a word: 「高知（幡多含む）」 (05); the month only in the file name 「R8.11末」 (02), as a bare
「報告月｜11」 (06) or in a footer line 「以上（令和8年11月30日現在）」 (07).
The score may only go up."""
from __future__ import annotations

import json

import pytest

import legacy_sets

_SET = legacy_sets.load("legacy_contracts10")
compare, expected = _SET["compare"], _SET["expected"]

FLOOR = 494  # of 494 (373 on first contact)

# files not yet read whole on first contact: take a file out of this list when it is
NOT_YET_WHOLE = ()


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    root = tmp_path_factory.mktemp("legacy_contracts10")
    files = _SET["build"].build(root / "in")
    out = root / "out"
    out.mkdir()
    return files, out, {name: compare.run_one(name, files[name], out, True) for name in expected.EXPECTED}


def _checks(run, prefix: str) -> list[dict]:
    files, out, _ = run
    name = next(n for n in expected.EXPECTED if n.startswith(prefix))
    return json.loads((out / (files[name].stem + ".json")).read_text(encoding="utf-8"))["チェック"]


@pytest.mark.parametrize("name", [
    pytest.param(n, marks=pytest.mark.xfail(strict=True, reason="not read whole on first contact"))
    if n.startswith(NOT_YET_WHOLE) else n
    for n in expected.EXPECTED])
def test_every_file_is_read_whole(run, name):
    right, total, mismatches = run[2][name]
    assert right == total, mismatches


def test_the_floor(run):
    assert sum(r for r, _, _ in run[2].values()) >= FLOOR


def test_what_was_left_out_is_said(run):
    codes = {p: {c["code"] for c in _checks(run, p)} for p in ("03_", "08_")}
    assert "other_year_rows" in codes["03_"]
    assert "bad_number" in codes["08_"]  # 「512（1件取消後）」 read as 512, and said
