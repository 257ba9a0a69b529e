"""Whole-folder sanity of a consolidation: no workbook at all, or files that
are another kind's form (stamped templates say so; older copies show it by
printing none of this form's labels, or by answering almost none of its items
while text sits elsewhere)."""
from __future__ import annotations

from workbook_tools.forms.records import Batch, FileRecord, Status

OTHER_FORM_CODES = ("wrong_form", "not_the_form")  # refusals that say the file is not this form
FEW_ANSWERS = 0.25  # share of the form's items answered below which a file "does not look like" this form
STRAY_TEXTS = 3  # at least this many entries in unexpected places


def _answered(rec: FileRecord) -> int:
    return sum(1 for v in rec.values.values() if v.value not in (None, "", False))


def is_other_form(rec: FileRecord) -> bool:
    if any(p.code in OTHER_FORM_CODES for p in rec.problems):
        return True
    if rec.status == Status.REFUSED or not rec.values:
        return False
    stray = sum(1 for p in rec.problems if p.code == "unexpected_place")
    return _answered(rec) < FEW_ANSWERS * len(rec.values) and stray >= STRAY_TEXTS


def _candidate(rec: FileRecord) -> bool:
    """What is_other_form needs before it looks at the answers (problems and status only)."""
    return any(p.code in OTHER_FORM_CODES for p in rec.problems) or (
        rec.status != Status.REFUSED and sum(1 for p in rec.problems if p.code == "unexpected_place") >= STRAY_TEXTS)


def folder_trouble(batch: Batch) -> list[str]:
    """Japanese lines saying the folder is empty or holds other forms; empty when all is well."""
    if not batch.records:
        return [f"注意: フォルダ {batch.root} に Excel ブック（.xlsx・.xlsm・.xls）が 1 件もありませんでした。"
                "フォルダを確かめてください"]
    # the answers are read (from the spill) only for files whose problems make them a candidate
    other = [batch.records[i] for i, r in enumerate(batch.held()) if _candidate(r) and is_other_form(batch.records[i])]
    # a file none of whose labels are this form's (「…の項目が 1 つも見つかりません」) is no form of ours at all (a stock
    # list, a memo): said apart, not counted as the other kind's form (the KIND is not what is wrong)
    unrelated = [r for r in other if any(p.code == "not_the_form" for p in r.problems)
                 and not any(p.code == "wrong_form" for p in r.problems)]
    apart = {id(r) for r in unrelated}
    other = [r for r in other if id(r) not in apart]
    lines = []
    if other:
        stamped = [r for r in other if r.reason.startswith("このファイルは")]
        example = stamped[0] if stamped else other[0]
        why = example.reason or "この種類の項目がほとんど見つからず、想定外の場所に記入があります"
        lines.append(f"注意: {len(batch.records)} 件中 {len(other)} 件は別の種類の様式のようです（例: {example.path}: {why}）。"
                     "集約する種類（KIND）とフォルダを確かめてください")
    if unrelated:
        lines.append(f"注意: {len(batch.records)} 件中 {len(unrelated)} 件はこの様式のファイルではないようです"
                     f"（例: {unrelated[0].path}: {unrelated[0].reason}）。フォルダに別のファイルが混じっていないか確かめてください")
    return lines
