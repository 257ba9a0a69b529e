"""A fourth Report B set (tests/legacy_contracts4), made for generalisation: ordinary files combining habits, by a
helper who never read the reader; every figure typed by hand.  On first contact 857 of 1,008: 県支部 cards (one small
table per 県支部, two across) stopped the run; HQ's 47-row form with the other offices' rows hidden read them all;
months from 「R7.1月末」 sheet names, a 「202501」 year-month code, 「1月末現在」 under a 「令和6年度」 title, a 基準日 line
with 「（③…は前月末）」 were lost; 「▲1」 was no number."""
from __future__ import annotations

import json

import pytest

import legacy_sets

_SET = legacy_sets.load("legacy_contracts4")
compare, expected = _SET["compare"], _SET["expected"]


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    root = tmp_path_factory.mktemp("legacy_contracts4")
    files = _SET["build"].build(root / "in")
    out = root / "out"
    out.mkdir()
    return files, out, {name: compare.run_one(name, files[name], out, True) for name in expected.EXPECTED}


def _checks(run, prefix: str) -> list[dict]:
    files, out, _ = run
    name = next(n for n in expected.EXPECTED if n.startswith(prefix))
    return json.loads((out / (files[name].stem + ".json")).read_text(encoding="utf-8"))["チェック"]


@pytest.mark.parametrize("name", list(expected.EXPECTED))
def test_every_field_of_every_file(run, name):
    right, total, mismatches = run[2][name]
    assert right == total, mismatches


def test_hidden_rows_are_not_read_and_are_said(run):
    said = [c for c in _checks(run, "02_") if c["code"] == "hidden_rows"]
    assert said and all("41 行" in c["message"] for c in said)
