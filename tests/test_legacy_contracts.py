"""Report B inputs in the layouts HQ staff and other offices keep (tests/legacy_contracts), made by a helper who never
read the reader, every expected figure typed by hand.  On first contact the reader knew only the template's long
table: 11 of 1,251 fields, five of seven files stopped with 「実績の表…が見つかりません」.  The layouts: 県支部 down
the side and the products across (merged over 目標｜実績｜到達率, with a month row), one sheet per product, HQ's
published blocks stacked on one sheet, the table turned round on a 目標 sheet and a 実績 sheet, long tables with the
product only on a block's first row or 〃, 「01北海道」, 「144件」, 全角 digits, 小計 / 合計 rows, radical characters."""
from __future__ import annotations

import json

import pytest

import legacy_sets

_SET = legacy_sets.load("legacy_contracts")
compare, expected = _SET["compare"], _SET["expected"]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("legacy_contracts")
    files = _SET["build"].build(root / "in")
    out = root / "out"
    out.mkdir()
    return files, out


def _checks(out, path) -> list[dict]:
    return json.loads((out / (path.stem + ".json")).read_text(encoding="utf-8"))["チェック"]


@pytest.mark.parametrize("name", list(expected.EXPECTED))
def test_every_field_of_every_file(built, name):
    files, out = built
    right, total, mismatches = compare.run_one(name, files[name], out, True)
    assert right == total, mismatches


def test_no_heading_or_summary_row_is_reported_as_a_branch(built):
    """HQ's published blocks: each product's summary box (目標｜実績｜到達率｜目標達成県支部) and the next table's heading
    row sit in the 県支部 column; none of them is an unknown 県支部."""
    files, out = built
    for name in expected.EXPECTED:
        if not (out / (files[name].stem + ".json")).exists():
            compare.run_one(name, files[name], out, True)
        assert [p for p in _checks(out, files[name]) if p["code"] == "unknown_branch"] == [], name


def test_a_product_taken_from_the_row_above_is_said_once(built):
    files, out = built
    name = next(n for n in expected.EXPECTED if "縦長" in n)
    compare.run_one(name, files[name], out, True)
    said = [p for p in _checks(out, files[name]) if p["code"] == "product_from_above"]
    assert len(said) == 1 and "〃" in said[0]["message"] and said[0]["sheet"]
