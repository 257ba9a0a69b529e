"""Damaged copies of the bundled examples (a seeded mutation of their XML or of their bytes): every one is read or
refused with a Japanese reason, a folder of them is consolidated with one row per file, and nothing else escapes.

The mutations are of our own example files (synthetic); the seed is fixed, so a failure can be reproduced."""
from __future__ import annotations

import io
import random
import re
import zipfile
from pathlib import Path

import pytest

from conftest import ROOT
from workbook_tools.app import consolidate as job
from workbook_tools.errors import WorkbookToolsError

EXAMPLES = ROOT / "workbook_tools" / "examples"
SEED = 20261202


def _edits(rng: random.Random):
    """Ways to damage one XML part: odd cell references, values, styles and types; cuts, repeats and truncation;
    bad ranges, defined names and encodings."""
    def pick(*choices):
        return lambda m: rng.choice(choices + (m.group(0),))

    return [
        lambda x: re.sub(rb'r="[A-Z]+\d+"', pick(b'r="XFE1048577"', b'r="A0"', b'r=""', b'r="1A"'), x, count=rng.randint(1, 5)),
        lambda x: re.sub(rb"<v>[^<]*</v>", pick(b"<v>1e400</v>", b"<v>NaN</v>", b"<v>-</v>", b"<v>1e300</v>", b"<v></v>",
                                                b"<v>-5</v>", b"<v>12.5</v>"), x, count=rng.randint(1, 30)),
        lambda x: re.sub(rb' s="\d+"', pick(b' s="9999"', b' s="-1"', b' s="x"'), x, count=rng.randint(1, 10)),
        lambda x: re.sub(rb' t="\w+"', pick(b' t="s"', b' t="b"', b' t="e"', b' t="str"', b' t="d"', b' t="zz"'), x,
                         count=rng.randint(1, 10)),
        lambda x: x[:rng.randint(0, len(x))],
        lambda x: (lambda i, j: x[:i] + x[j:])(*sorted((rng.randint(0, len(x)), rng.randint(0, len(x))))),
        lambda x: (lambda i: x[:i] + x[i:i + rng.randint(1, 400)] + x[i:])(rng.randint(0, len(x))),
        lambda x: re.sub(rb'ref="[^"]*"', pick(b'ref="A1:XFD1048576"', b'ref="Z9:A1"', b'ref="?"'), x, count=3),
        lambda x: re.sub(rb"(<definedName [^>]*>)[^<]*<", lambda m: m.group(1) + rng.choice(
            [b"#REF!", b"Sheet9!$A$1", b"'x'!$ZZZ$0", b""]) + b"<", x, count=rng.randint(1, 20)),
        lambda x: x.replace(b'encoding="UTF-8"', rng.choice([b'encoding="UTF-16"', b'encoding="bogus"'])),
    ]


def _damaged(data: bytes, rng: random.Random) -> bytes:
    if rng.random() < 0.15:  # a few bytes changed anywhere (the zip's own structure included)
        b = bytearray(data)
        for _ in range(rng.randint(1, 8)):
            b[rng.randrange(len(b))] = rng.randrange(256)
        return bytes(b)
    edits = _edits(rng)
    src = zipfile.ZipFile(io.BytesIO(data))
    names = src.namelist()
    hit = set(rng.sample(names, k=min(len(names), rng.randint(1, 2))))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in names:
            part = src.read(name)
            if name in hit:
                part = rng.choice(edits)(part)
            if rng.random() >= 0.02:  # now and then a part is left out
                z.writestr(name, part)
    return out.getvalue()


def _copies(folder: Path, sources: list[Path], n: int, rng: random.Random) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    for i in range(n):
        src = rng.choice(sources)
        made.append(folder / f"変異{i:03d}_{src.name}")
        made[-1].write_bytes(_damaged(src.read_bytes(), rng))
    return made


@pytest.mark.parametrize("kind, folder", [("survey", "surveys"), ("report", "reports")])
def test_a_folder_of_damaged_submissions_gives_one_row_each(tmp_path, kind, folder):
    rng = random.Random(f"{SEED}{kind}")
    sources = sorted((EXAMPLES / folder).glob("*.xlsx"))
    made = _copies(tmp_path / "in", sources, 40, rng)
    intact = tmp_path / "in" / sources[0].name
    intact.write_bytes(sources[0].read_bytes())
    batch = job.consolidate(kind, tmp_path / "in", year=2024, jobs=2, timeout=60)
    got = {r.path: r for r in batch.records}
    assert sorted(got) == sorted(p.name for p in made + [intact])
    assert got[intact.name].status != job.Status.REFUSED
    refused = [r for r in got.values() if r.status == job.Status.REFUSED]
    assert refused and len(refused) < len(got)  # the damage is real, and not every copy is lost to it
    for r in refused:  # a reason a person can act on, naming no Python exception
        assert r.reason and re.search(r"[ぁ-んァ-ヶ一-龯]", r.reason) and "Error" not in r.reason, (r.path, r.reason)
    out, _ = job.write_workbook(batch, tmp_path / "集約.xlsx")
    assert out.stat().st_size > 0


def test_damaged_grids_are_recomputed_or_refused_with_a_reason(tmp_path):
    from workbook_tools.app import grid

    rng = random.Random(f"{SEED}grid")
    made = _copies(tmp_path / "in", sorted((EXAMPLES / "grid").glob("*.xlsx")), 16, rng)
    outcomes = {"read": 0, "refused": 0}
    for path in made:
        try:
            g = grid.recompute(path, isolate=False)
            grid.write_grid_workbook(g, tmp_path / f"out_{path.name}")
            outcomes["read"] += 1
        except WorkbookToolsError as exc:  # any other exception fails the test
            assert re.search(r"[ぁ-んァ-ヶ一-龯]", exc.message), (path.name, exc.message)
            outcomes["refused"] += 1
    assert outcomes["read"] and outcomes["refused"], outcomes


def test_a_zip_asking_for_a_newer_zip_version_is_refused_in_japanese(tmp_path):
    """A changed byte in the central directory's "version needed to extract" (19.4): zipfile raises
    NotImplementedError, which named itself in the message before."""
    from workbook_tools.io.readers import open_book
    from workbook_tools.io.safety import RefusedFile

    data = bytearray((EXAMPLES / "grid" / "加入拡大モデル単組_6月開始.xlsx").read_bytes())
    at = data.index(b"PK\x01\x02")  # the first central directory entry; its bytes 6-7 are the version needed
    data[at + 6:at + 8] = (194).to_bytes(2, "little")
    path = tmp_path / "版違い.xlsx"
    path.write_bytes(bytes(data))
    with pytest.raises(RefusedFile) as caught:
        open_book(path)
    assert caught.value.code == "corrupt_zip" and "zip" in caught.value.message
    assert "NotImplementedError" not in caught.value.message


def test_a_damaged_date_cell_holding_infinity_is_an_unreadable_date_not_a_lost_file(tmp_path):
    """<v>1e400</v> in the 作成日 cell arrives as float infinity: parse_date said int(inf) and the worker's
    OverflowError cost the file with an English message."""
    import datetime as dt

    from workbook_tools.core.normalize import parse_date

    for raw in (float("inf"), float("-inf"), float("nan")):
        assert parse_date(raw).flag == "日付読取不可" and parse_date(raw).year is None
    assert parse_date(20250214.0).date == dt.date(2025, 2, 14)  # a packed date still reads
    assert parse_date(45702.0).date == dt.date(2025, 2, 14)  # and a serial number

    from workbook_tools.app.templates import write_template
    from workbook_tools.forms import report
    from workbook_tools.samples.submissions import fill_template, report_answers, report_template_values

    template = write_template("report", tmp_path / "t.xlsx", year=2024)
    values = report_template_values(report_answers("群馬", random.Random(1), 2024))
    values[("h", "created")] = 45702  # a number in the 作成日 cell, made infinite below
    filled = fill_template(template, tmp_path / "f.xlsx", report.FORM, values)
    src = zipfile.ZipFile(filled)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in src.namelist():
            part = src.read(name)
            if name.startswith("xl/worksheets/"):
                part = part.replace(b"<v>45702</v>", b"<v>1e400</v>")
            z.writestr(name, part)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "報告書_群馬.xlsx").write_bytes(out.getvalue())
    batch = job.consolidate("report", folder, year=2024, jobs=1)
    rec = batch.records[0]
    assert rec.status == job.Status.WARN, rec.reason
    assert rec.values["h.created"].value is None and rec.values["h.created"].flag == "日付読取不可"
    assert rec.get("h.pref") == "群馬"


def test_a_bug_on_one_files_values_costs_that_file_with_a_japanese_reason(tmp_path, monkeypatch):
    """Past the reading, normalising and checking the values could raise (as parse_date did on infinity): the
    file is refused with a reason in Japanese, the exception's name kept for the developer, the others read."""
    import shutil

    folder = tmp_path / "in"
    folder.mkdir()
    sources = sorted((EXAMPLES / "surveys").glob("*.xlsx"))[:3]
    for src in sources:
        shutil.copy(src, folder / src.name)
    real = job._value_problems

    def flaky(rec, form):
        if rec.path == sources[1].name:
            raise OverflowError("cannot convert float infinity to integer")
        return real(rec, form)

    monkeypatch.setattr(job, "_value_problems", flaky)
    batch = job.consolidate("survey", folder, year=2024, isolate=False)
    got = {r.path: r for r in batch.records}
    bad = got[sources[1].name]
    assert bad.status == job.Status.REFUSED and not bad.values
    assert bad.reason == "読み取った値の処理中に予期しないエラーが起きました（ツールの不具合の可能性があります）"
    assert [(p.code, p.message.rsplit(": ", 1)[-1]) for p in bad.problems if p.severity == "エラー"] == \
        [("internal_error", "OverflowError")]
    assert all(got[s.name].status != job.Status.REFUSED for s in (sources[0], sources[2]))
