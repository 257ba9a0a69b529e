"""A second set of Report B layouts (tests/legacy_contracts2), made by a helper who never read the reader, with habits
the first set did not use; every expected figure typed by hand.  On first contact 475 of 808 fields: two files
stopped (products down the side with each 県支部 merged over a 目標｜実績 pair; one sheet per 県本部), one gave wrong
実績 without a word (当月実績 / 累計実績 headings: 実績 blank everywhere), a 県支部 merged down over its products'
rows was read for the first row only, a hidden sheet of last year's figures was read, months typed 「1月末」 with the
year only in the sheet's name were lost."""
from __future__ import annotations

import json

import pytest

import legacy_sets

_SET = legacy_sets.load("legacy_contracts2")
compare, expected = _SET["compare"], _SET["expected"]


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    root = tmp_path_factory.mktemp("legacy_contracts2")
    files = _SET["build"].build(root / "in")
    out = root / "out"
    out.mkdir()
    return files, out, {name: compare.run_one(name, files[name], out, True) for name in expected.EXPECTED}


def _checks(run, part: str) -> list[dict]:
    files, out, _ = run
    name = next(n for n in expected.EXPECTED if part in n)
    return json.loads((out / (files[name].stem + ".json")).read_text(encoding="utf-8"))["チェック"]


@pytest.mark.parametrize("name", list(expected.EXPECTED))
def test_every_field_of_every_file(run, name):
    right, total, mismatches = run[2][name]
    assert right == total, mismatches


def test_a_hidden_sheet_is_not_read_and_is_said(run):
    said = [c for c in _checks(run, "隠し") if c["code"] == "hidden_sheet"]
    assert len(said) == 1 and said[0]["sheet"]
    assert not [c for c in _checks(run, "隠し") if c["code"] == "duplicate_branch"]


def test_no_total_or_block_row_is_an_unknown_branch(run):
    for name in expected.EXPECTED:
        assert not [c for c in _checks(run, name) if c["code"] == "unknown_branch"], name
