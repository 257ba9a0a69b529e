"""A fourteenth Report B set (tests/legacy_contracts14), made by a helper who never read the reader: ten claims of the
README's Report B section (「件数｜人数」, 目標 「月間｜年間」, 「当初｜修正後」, 速報 and 確定 of different months, a
契約区分 export with 新規 / 切替 / 継続 and a 合計 row, a 区分｜件数 export, 前月までの累計＋当月, month-end running totals,
上期｜下期 targets, a 県本部's own report), each used once in a shape designed there with two or three ordinary habits,
and two ordinary books where none may fire.
602 of 614 on first contact: every figure right; the 時点 wrong: a sender's stamp 「令和9年2月4日　中国地連事務局」 read
as the month of every product, a 県本部's 「報告月｜令和9年1月末」 not read.
Then 612 (the stamp and the 報告月 mended), 614 once the month of the 「1月末速報」 column read became the product's.
The score may only go up (FLOOR)."""
from __future__ import annotations

import pytest

import legacy_sets

_SET = legacy_sets.load("legacy_contracts14")
compare, expected = _SET["compare"], _SET["expected"]

FLOOR = 614  # of 614 (602 on first contact)


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    root = tmp_path_factory.mktemp("legacy_contracts14")
    files = _SET["build"].build(root / "in")
    out = root / "out"
    out.mkdir()
    return files, out, {name: compare.run_one(name, files[name], out, True) for name in expected.EXPECTED}


def test_the_floor(run):
    assert sum(r for r, _, _ in run[2].values()) >= FLOOR


@pytest.mark.parametrize("prefix", ["11_", "12_"])
def test_the_claims_do_not_fire_on_ordinary_books(run, prefix):
    right, total, mismatches = next(v for n, v in run[2].items() if n.startswith(prefix))
    assert right == total, mismatches
