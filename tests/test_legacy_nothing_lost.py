"""Issue 11: nothing a submitter typed is lost.  Every non-empty cell of every sheet of every legacy
fixture (counted independently with openpyxl, or calamine for .xls) ends up as a value, printed form
text, or an その他 entry with its cell; and more mutations of one layout keep the scoreboard at 100%."""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from legacy import mutations, scoreboard
from test_legacy_scoreboard import _grid
from workbook_tools.app import consolidate as job
from workbook_tools.core.normalize import CHECKBOX_GLYPHS
from workbook_tools.forms import report, survey

pytestmark = pytest.mark.libreoffice
FORMS = {"report": report.FORM, "survey": survey.FORM}
_YEAR = re.compile(r"\d{2,4}年度?")


def _key(text) -> str:
    s = unicodedata.normalize("NFKC", str(text))
    return _YEAR.sub("", re.sub(r"[\s\u3000]+", "", s))


PREFIXES = {k: {_key(re.sub(r"\{y1?\}", "2000", b.rstrip("…"))) for b in f.boilerplate if b.endswith("…")}
            for k, f in FORMS.items()}


def _form_text(form) -> str:
    """Everything the form definition prints or lists (labels, titles, notes, choices …), years taken out."""
    texts = [form.title, *form.instructions, *form.boilerplate]
    for s in form.sections:
        texts += [s.title, s.note, *s.groups]
        for f in s.fields:
            texts += [f.label, *f.aliases, *f.choices]
    return "\n".join(_key(re.sub(r"\{y1?\}", "2000", t)).rstrip("…") for t in texts if t)


def _printed(k: str, printed: str, prefixes: set[str]) -> bool:
    """Printed form text: found in the form's texts once a section number or a bullet is taken off,
    or starting with a phrase the form lists as printed ('※…'); a bare year heading."""
    k = re.sub(r"^(\d{1,2}[.．、]|・)", "", k)
    return not k or k in printed or any(k.startswith(p) for p in prefixes)


def _is_mark(v) -> bool:
    s = _key(v)
    return isinstance(v, bool) or s.upper() in ("TRUE", "FALSE") or (s != "" and set(s) <= set(CHECKBOX_GLYPHS))


def _unaccounted(path: Path, kind: str) -> list[str]:
    rec = job.process_file(job.Task(str(path), str(path.parent), kind, 2024)).to_dict()
    values = rec["values"].values()
    at = {(v["sheet"], v["cell"]) for v in values}
    texts = [_key(v["value"]) for v in values if v["value"] is not None] + [_key(v["raw"]) for v in values]
    extras = {(e["sheet"], e["cell"]) for e in rec["extras"]}
    check_rows = {(v["sheet"], re.sub(r"[A-Z]+", "", v["cell"])) for k, v in rec["values"].items()
                  if isinstance(v["value"], bool) and v["cell"]}
    printed = _form_text(FORMS[kind])
    lost = []
    for sheet, cells in _grid(path).items():
        for ref, v in cells.items():
            k = _key(v)
            if (sheet, ref) in at or (sheet, ref) in extras or (k and any(k in t for t in texts)):
                continue
            if _is_mark(v) and (sheet, re.sub(r"[A-Z]+", "", ref)) in check_rows:
                continue  # a mark beside an item, or a control's linked cell: read as that item's value
            if isinstance(v, str) and _printed(k, printed, PREFIXES[kind]):
                continue
            lost.append(f"{sheet}!{ref} {v!r}")
    return lost


@pytest.fixture(scope="module")
def built(tmp_path_factory, soffice):
    root = tmp_path_factory.mktemp("legacy_lost")
    return {kind: scoreboard.build(kind, root) for kind in ("report", "survey")}


@pytest.mark.parametrize("kind", ["report", "survey"])
def test_every_typed_cell_is_a_value_printed_text_or_an_entry(built, kind):
    lost = {p.name: _unaccounted(p, kind) for p in sorted(built[kind].iterdir())}
    lost = {n: v for n, v in lost.items() if v}
    assert not lost, "\n".join(f"{n}: {c}" for n, cells in lost.items() for c in cells)


@pytest.mark.parametrize("kind", ["report", "survey"])
def test_more_mutations_of_one_layout_keep_100_percent(kind, tmp_path, monkeypatch):
    """Seeds beyond the three committed variants: shifted rows, blank columns, wrapped labels,
    radicals and full-width digits, read in-process (a few seconds)."""
    pref = "山形"
    variants = [(f"{'報告書' if kind == 'report' else 'アンケート'}_{pref}_変形s{seed}.xlsx", pref, seed)
                for seed in (1, 2, 4, 6, 7, 9)]
    monkeypatch.setitem(mutations.VARIANTS, kind, variants)
    paths = mutations.build(kind, tmp_path)
    exp = mutations.expectations(kind)
    misses = []
    for p in paths:
        rec = job.process_file(job.Task(str(p), str(tmp_path), kind, 2024)).to_dict()
        misses += [m for _c, ok, m in scoreboard.score_file(p.name, exp[p.name], rec, None) if not ok]
    assert not misses, misses
