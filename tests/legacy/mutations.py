"""Hypothesis-style mutations of one layout per report (C1, D1): rows shifted
down, blank columns inserted at the left, printed labels wrapped, typed with
compatibility radicals (⽀ ⽅ ⼊ ⽣ ⼈) and full-width digits, answers with
full-width digits; in the アンケート variants 時点 is an impossible 「10年13月」.
The expected reading is the base file's, with cell references shifted by the
same rule; the mutated answers mean the same thing.
"""
from __future__ import annotations

import copy
import datetime as dt
import random
import re
from pathlib import Path

from legacy import build_report, build_survey, expected

RADICALS = str.maketrans({"支": "\u2f40", "方": "\u2f45", "入": "\u2f0a", "生": "\u2f63", "人": "\u2f08"})
FULL = str.maketrans("0123456789", "０１２３４５６７８９")
# (file name, prefecture, seed); the prefecture also names the union so no two files collide
VARIANTS = {"report": [("報告書_山形_変形1.xlsx", "山形", 3), ("報告書_新潟_変形2.xlsx", "新潟", 8),
                       ("報告書_富山_変形3.xlsx", "富山", 13)],
            "survey": [("アンケート_山形_変形1.xlsx", "山形", 5), ("アンケート_新潟_変形2.xlsx", "新潟", 10),
                       ("アンケート_富山_変形3.xlsx", "富山", 21)]}
BASE = {"report": "報告書_青森.xlsx", "survey": "アンケート_青森_架空市職員労働組合.xlsx"}


def _params(seed: int) -> tuple[int, int, bool]:
    rng = random.Random(seed)
    return rng.randint(1, 4), rng.randint(1, 2), rng.random() < 0.5


def shift(ref: str, dr: int, dc: int) -> str:
    if ":" in ref:
        return ":".join(shift(p, dr, dc) for p in ref.split(":"))
    m = re.fullmatch(r"(\$?)([A-Z]+)(\$?)(\d+)", ref)
    col = 0
    for ch in m.group(2):
        col = col * 26 + ord(ch) - 64
    col += dc
    letters = ""
    while col:
        col, r = divmod(col - 1, 26)
        letters = chr(65 + r) + letters
    return f"{m.group(1)}{letters}{m.group(3)}{int(m.group(4)) + dr}"


def _label(text: str, wrap: bool) -> str:
    text = text.translate(RADICALS).translate(FULL)
    if wrap and len(text) > 20 and "\n" not in text:
        text = text[:12] + "\n" + text[12:]
    return text


def _answer(v):
    if isinstance(v, str) and re.fullmatch(r"\d+人", v):
        return v.translate(FULL)
    if isinstance(v, dt.datetime):  # a date typed as full-width text instead of a date cell
        return f"{v.year}年{v.month}月{v.day}日".translate(FULL)
    return v


def _cells(kind: str, pref: str, seed: int) -> dict:
    dr, dc, wrap = _params(seed)
    if kind == "report":
        cells, labels = build_report.c1_cells(), build_report.LABELS
        cells["H1"] = f"{pref}県"
    else:
        cells, labels = build_survey.d1_cells(), build_survey.PRINTED
        cells["B3"], cells["B4"] = pref, f"架空{pref}市職員労働組合"
        cells["D8"] = "10年13月"  # 時点 typed as an impossible month instead of a date cell
    out = {}
    for ref, v in cells.items():
        out[shift(ref, dr, dc)] = _label(v, wrap) if v in labels else _answer(v)
    return out


def build(kind: str, folder: Path) -> list[Path]:
    made = []
    for name, pref, seed in VARIANTS[kind]:
        dr, dc, _wrap = _params(seed)
        if kind == "report":
            merges, formats, sheet, val = build_report.C1_MERGES, {}, "報告書", ()
        else:
            merges, sheet = build_survey.D1_MERGES, "Sheet1"
            formats = {shift("B8", dr, dc): "0.00%"}
            val = ((f"={shift('$F$6:$F$9', dr, dc)}", shift("C6", dr, dc)),)
        made.append(build_report.write_openpyxl(folder / name, sheet, _cells(kind, pref, seed),
                                                [shift(m, dr, dc) for m in merges], formats, val))
    return made


def expectations(kind: str) -> dict:
    base = (expected.REPORT if kind == "report" else expected.SURVEY)[BASE[kind]]
    out = {}
    for name, pref, seed in VARIANTS[kind]:
        dr, dc, _wrap = _params(seed)
        e = copy.deepcopy(base)
        values = []
        for key, want, flag, _classes, ref in e["values"]:
            classes = ("mutation",)
            if key == "org.as_of":
                want, flag, classes = None, "unparseable", ("mutation", "wareki_impossible")
            want = {"h.pref": pref, "h.union": f"架空{pref}市職員労働組合"}.get(key, want)
            values.append((key, want, flag, classes, shift(ref, dr, dc) if ref else ref))
        e["values"] = values
        e["blank_cells"] = [shift(r, dr, dc) for r in e["blank_cells"]]
        e["extras"] = [(s, shift(r, dr, dc), t, ("mutation",)) for s, r, t, _c in e["extras"]]
        e["no_extras"] = [(s, shift(r, dr, dc), ("mutation",)) for s, r, _c in e["no_extras"]
                          if not (kind == "survey" and r == "D8")]
        out[name] = e
    return out
