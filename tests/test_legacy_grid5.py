"""A fifth set of Report A grids (tests/legacy_grid5), made for generalisation after legacy_grid1–4 had been worked
on: ordinary grids combining habits, by a helper who never read the reader; every expected number typed or worked out
by hand from the typed months.  On first contact 540 of 630: a 県本部's own grid, its prefecture named only in the
title, stopped (and, with a 県名 column added, its summary box under 合計 was read as three more unions); a union name
wrapped by Alt+Enter kept its line break."""
from __future__ import annotations

import json

import pytest

import legacy_sets

_SET = legacy_sets.load("legacy_grid5")
compare, expected = _SET["compare"], _SET["expected"]


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    root = tmp_path_factory.mktemp("legacy_grid5")
    files = _SET["build"].build(root / "in")
    out = root / "out"
    out.mkdir()
    return files, out, {name: compare.run_one(name, files[name], out, True) for name in expected.EXPECTED}


def _checks(run, prefix: str) -> list[dict]:
    files, out, _ = run
    name = next(n for n in expected.EXPECTED if n.startswith(prefix))
    return json.loads((out / (files[name].stem + ".json")).read_text(encoding="utf-8"))["チェック"]


@pytest.mark.parametrize("name", list(expected.EXPECTED))
def test_every_field_of_every_grid(run, name):
    right, total, mismatches = run[2][name]
    assert right == total, mismatches


def test_the_prefecture_from_the_title_is_said(run):
    said = [c for c in _checks(run, "05_") if c["code"] == "pref_from_title"]
    assert len(said) == 1 and "広島" in said[0]["message"]
