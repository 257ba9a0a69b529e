"""The collection round (issue 12), pure part: roster entries and their submission ids, safe file
names for personalised forms, matching submissions to roster rows (by stamped id first, typed name
for copies without one), the per-entry status, the reminder list, the comparison with a previous
run, and corrections typed in a 読み取り確認 sheet.  Reading and writing files stays in io/ and app/."""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from enum import StrEnum

from workbook_tools.core.normalize import label_key
from workbook_tools.errors import INFO, WARNING, Problem, WorkbookToolsError
from workbook_tools.forms.records import Batch, FileRecord, Status

MANUAL = "手修正"  # flag of a value corrected by staff in a 読み取り確認 sheet


class RoundStatus(StrEnum):
    """A roster entry's state in the round; the value is the Japanese word users see."""

    SUBMITTED = "提出済"
    MISSING = "未提出"
    DUPLICATE = "重複"
    REFUSED = "取込不可"


@dataclass(frozen=True)
class RosterEntry:
    row: int  # row in the roster sheet (1-based, heading included); for a built-in list, its position
    values: tuple[tuple[str, str], ...]  # (value key, text) of the sender fields, in form order
    sid: str  # submission id stamped into this entry's personalised form

    def get(self, key: str) -> str:
        return dict(self.values).get(key, "")

    @property
    def label(self) -> str:
        return " ".join(v for _, v in self.values)

    @property
    def group(self) -> str:
        """The first sender field (the prefecture): reminders are grouped by it."""
        return self.values[0][1] if self.values else ""


def submission_id(kind: str, values: tuple[str, ...]) -> str:
    """A stable id for a roster entry of a kind: the same union gets the same id in every run, whatever
    the roster's row order (the fiscal year is stamped and checked separately)."""
    digest = hashlib.sha256("|".join((kind, *(label_key(v) for v in values))).encode("utf-8")).hexdigest()
    return f"{kind}-{digest[:12].upper()}"


def roster_entries(kind: str, keys: tuple[str, ...], rows: list[tuple[int, tuple[str, ...]]]) -> list[RosterEntry]:
    """Entries from (row number, sender texts) pairs, ids computed from the texts; a sender listed twice is an
    error naming both rows (two forms with one id could not be told apart)."""
    out, seen = [], {}
    for n, texts in rows:
        e = RosterEntry(n, tuple(zip(keys, texts)), submission_id(kind, texts))
        if e.sid in seen:
            raise WorkbookToolsError(f"名簿の {seen[e.sid]} 行目と {n} 行目が同じ提出元（{e.label}）です。"
                                     "どちらかを消してください", code="roster_duplicate")
        seen[e.sid] = n
        out.append(e)
    return out


# --- file names ---------------------------------------------------------------------------------
_RESERVED = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_DEVICES = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}
MAX_STEM = 80  # characters; leaves room for a folder path under Windows' 260-character limit


def safe_file_name(parts: tuple[str, ...], suffix: str, taken: set[str]) -> str:
    """A Windows-safe, bounded, de-duplicated file name built from parts joined by '_'."""
    text = "_".join(p for p in (unicodedata.normalize("NFC", str(x)).strip() for x in parts) if p)
    text = _RESERVED.sub("＿", text).rstrip(". ") or "名称なし"
    if text.split(".")[0].upper() in _DEVICES:
        text = "_" + text
    text = text[:MAX_STEM].rstrip(". ")
    name, n = text + suffix, 2
    while name.casefold() in taken:
        tail = f"_{n}"
        name, n = text[:MAX_STEM - len(tail)] + tail + suffix, n + 1
    taken.add(name.casefold())
    return name


# --- matching submissions to the roster -------------------------------------------------------
@dataclass
class TrackRow:
    entry: RosterEntry
    status: RoundStatus = RoundStatus.MISSING
    records: list[FileRecord] = field(default_factory=list)
    how: str = ""  # 提出ID / 名前 (how the newest file was matched)

    @property
    def files(self) -> list[str]:
        return [r.path for r in self.records]

    @property
    def newest(self) -> FileRecord | None:
        used = [r for r in self.records if r.used] or self.records
        return max(used, key=lambda r: (r.mtime, r.path)) if used else None

    def to_dict(self) -> dict:
        return {"id": self.entry.sid, "row": self.entry.row, "label": self.entry.label, "group": self.entry.group,
                "status": self.status, "files": [{"file": r.path, "sha256": r.sha256} for r in self.records]}


def _typed(rec: FileRecord, keys: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(label_key(str(rec.get(k) or "")) for k in keys)


def _entry_keys(e: RosterEntry) -> tuple[str, ...]:
    return tuple(label_key(v) for _, v in e.values)


def track(batch: Batch, entries: list[RosterEntry], keys: tuple[str, ...]) -> list[TrackRow]:
    """Match every record to a roster entry (stamped id first, typed sender otherwise), settle duplicates
    per entry, set batch.roster_missing; problems go to the batch."""
    rows = {e.sid: TrackRow(e) for e in entries}
    by_name = {_entry_keys(e): e for e in entries}
    for rec in batch.held():
        entry, how = _match(rec, rows, by_name, keys, batch)
        if entry is None:
            if rec.status != Status.REFUSED and not any(p.code == "not_in_roster" for p in rec.problems):
                batch.problems.append(Problem(INFO, "名簿にない提出元です（提出IDも名前も名簿と一致しません）", rec.path,
                                              rec.sheet, "", "名簿か記入内容を確認してください", "not_in_roster"))
            continue
        rows[entry.sid].records.append(rec)
        rows[entry.sid].how = how
    for row in rows.values():
        _settle(row, batch)
    batch.roster_missing = [r.entry.label for r in rows.values() if r.status == RoundStatus.MISSING]
    return list(rows.values())


def _match(rec: FileRecord, rows: dict[str, TrackRow], by_name: dict, keys: tuple[str, ...], batch: Batch):
    typed = _typed(rec, keys)
    if rec.submission_id:
        row = rows.get(rec.submission_id)
        if row is None:
            batch.problems.append(Problem(WARNING, f"提出ID「{rec.submission_id}」は名簿にありません（別の名簿や別の調査の"
                                                   "様式の可能性）。記入された名前で照合しました", rec.path, rec.sheet, "",
                                          code="unknown_submission_id"))
        else:
            entry = row.entry
            if rec.status != Status.REFUSED and any(typed) and typed != _entry_keys(entry):
                shown = " ".join(str(rec.get(k) or "") for k in keys)
                other = by_name.get(typed)
                also = f"（名簿 {other.row} 行目の提出元）" if other is not None else ""
                batch.problems.append(Problem(
                    WARNING, f"提出IDは名簿 {entry.row} 行目「{entry.label}」のものですが、記入された名前は「{shown}」"
                             f"{also}です。提出IDに従い「{entry.label}」の提出として扱いました（転送されたコピーの可能性）",
                    rec.path, rec.sheet, "", "提出元に確認してください", "id_name_mismatch"))
            return entry, "提出ID"
    return by_name.get(typed) if any(typed) else None, "名前"


def _settle(row: TrackRow, batch: Batch) -> None:
    used = [r for r in row.records if r.status != Status.REFUSED]
    if not row.records:
        row.status = RoundStatus.MISSING
        return
    if not used:
        row.status = RoundStatus.REFUSED
        return
    in_entry = {r.path for r in row.records}
    for r in used:  # a file set aside by the name rule for a sender of another entry counts again here
        if r.superseded_by and r.superseded_by not in in_entry:
            r.superseded_by = ""
            batch.problems[:] = [p for p in batch.problems if not (p.code == "duplicate" and p.file == r.path)]
    if len(used) == 1:
        row.status = RoundStatus.SUBMITTED
        return
    row.status = RoundStatus.DUPLICATE
    winners = [r for r in used if not r.superseded_by]
    settled = len(winners) == 1  # the kind's roster rule already chose (same typed sender)
    winner = winners[0] if settled else max(used, key=lambda r: (r.mtime, r.path))
    for r in used:
        if r is not winner and not r.superseded_by:
            r.superseded_by = winner.path
    ids = [r.submission_id for r in used if r.submission_id]
    if settled and len(ids) == len(set(ids)):
        return  # the rule's own note says which file counts
    names = "、".join(f"「{r.path}」" for r in used)
    same = "同じ提出IDの" if len(ids) != len(set(ids)) else ""
    batch.problems.append(Problem(WARNING, f"名簿 {row.entry.row} 行目「{row.entry.label}」の{same}提出が {len(used)} 件あります: "
                                           f"{names}。新しい「{winner.path}」を集計に使いました", winner.path, winner.sheet,
                                  "", "どれを使うか提出元に確認してください", "duplicate_submission"))


def reminder_lines(rows: list[TrackRow], title: str) -> list[str]:
    """Who has not answered, grouped by the first sender field, as lines ready to paste into a mail."""
    missing = [r.entry for r in rows if r.status in (RoundStatus.MISSING, RoundStatus.REFUSED)]
    refused = {r.entry.sid for r in rows if r.status == RoundStatus.REFUSED}
    lines = [f"{title} 未提出 {len(missing)} 件"]
    groups: dict[str, list[RosterEntry]] = {}
    for e in missing:
        groups.setdefault(e.group if len(e.values) > 1 else "", []).append(e)
    for group, es in groups.items():
        lines.append("")
        lines.append(f"【{group}】 {len(es)} 件" if group else f"【未提出】 {len(es)} 件")
        for e in es:
            rest = " ".join(v for _, v in e.values[1:]) if group else e.label
            lines.append(f"・{rest}" + ("（取込不可: 再提出を依頼）" if e.sid in refused else ""))
    return lines


# --- comparison with a previous run ------------------------------------------------------------
def since(previous: dict, current: dict) -> list[tuple[str, str, str]]:
    """(区分, 対象, 内容) rows: what is new since a previous run's JSON (files, and roster entries when both
    runs had a roster)."""
    out: list[tuple[str, str, str]] = []
    before = {f["file"]: f.get("sha256", "") for f in previous.get("files", [])}
    now = {f["file"]: f.get("sha256", "") for f in current.get("files", [])}
    gone = {sha: name for name, sha in before.items() if name not in now}
    for name, sha in now.items():
        if name not in before and sha in gone:
            out.append(("名前が変わったファイル", name, f"前回の「{gone.pop(sha)}」と同じ内容です"))
        elif name not in before:
            out.append(("新しいファイル", name, "前回はなかったファイルです"))
        elif before[name] != sha:
            out.append(("変更されたファイル", name, "前回から内容が変わりました（差し替え）"))
    out.extend(("なくなったファイル", name, "前回はあったファイルがありません") for name in gone.values())
    old_rows = {r["id"]: r for r in previous.get("round", [])}
    for r in current.get("round", []):
        old = old_rows.get(r["id"])
        was = old["status"] if old else None
        if r["status"] in (RoundStatus.SUBMITTED, RoundStatus.DUPLICATE) and was not in (
                RoundStatus.SUBMITTED, RoundStatus.DUPLICATE):
            out.append(("新たに提出", r["label"], "、".join(f["file"] for f in r["files"])))
        elif r["status"] == RoundStatus.MISSING and was != RoundStatus.MISSING and current.get("round"):
            why = "名簿に追加されました" if old is None else f"前回は{was}でした"
            out.append(("新たに未提出", r["label"], why))
    return out


# --- corrections typed in a 読み取り確認 sheet ---------------------------------------------------
@dataclass(frozen=True)
class Correction:
    file: str
    sha256: str
    key: str  # value key ("section.field")
    text: str  # the corrected value as typed
    who: str = ""
    when: str = ""
    where: str = ""  # sheet and row of the corrections workbook, for messages


def apply_corrections(batch: Batch, corrections: list[Correction], fields: dict, normalize) -> list[Problem]:
    """Apply corrections keyed by (file SHA-256, value key).  fields maps value keys to Field;
    normalize(field, text) -> FieldValue.  Returns the records whose values changed, via the problems
    it reports (stale, unknown key, unknown file, unreadable value) and rec.corrected."""
    held = batch.held()
    by_sha = {r.sha256: i for i, r in enumerate(held) if r.sha256 and r.status != Status.REFUSED}
    by_path = {r.path: r for r in held}
    problems = []
    for c in corrections:
        index = by_sha.get(c.sha256)
        rec = None if index is None else batch.edit(index)  # the whole record: any of its values may change
        if rec is None:
            problems.append(_stale(c, by_path.get(c.file)))
        elif c.key not in fields:
            problems.append(Problem(WARNING, f"修正の項目キー「{c.key}」はこの様式にありません（適用していません）",
                                    c.file, code="correction_unknown_key", action=c.where))
        else:
            problems.extend(_apply_one(rec, c, fields[c.key], normalize))
    return problems


def _stale(c: Correction, rec: FileRecord | None) -> Problem:
    if rec is not None:
        return Problem(WARNING, f"「{c.key}」の修正は、ファイルが修正後に変わったため適用していません（前回 SHA-256 "
                                f"{c.sha256[:12]}…、今回 {rec.sha256[:12]}…）", c.file, code="correction_stale",
                       action=f"新しいファイルの読み取りを確認し、必要なら修正し直してください（{c.where}）")
    return Problem(WARNING, f"「{c.key}」の修正の対象ファイルが見つかりません（適用していません）", c.file,
                   code="correction_unknown_file", action=c.where)


def _apply_one(rec: FileRecord, c: Correction, f, normalize) -> list[Problem]:
    from workbook_tools.forms.values import FieldValue

    old = rec.values.get(c.key)
    read = normalize(f, c.text)
    if read.value is None:
        return [Problem(WARNING, f"修正値「{c.text}」を読み取れません（適用していません）", rec.path,
                        old.sheet if old else "", old.cell if old else "", c.where, "correction_unreadable")]
    rec.values[c.key] = FieldValue(read.value, MANUAL, old.raw if old else "", old.sheet if old else "",
                                   old.cell if old else "")
    rec.corrected[c.key] = {"by": c.who, "on": c.when, "text": c.text, "was": old.value if old else None,
                            "was_flag": old.flag if old else ""}
    return [Problem(INFO, f"「{c.key}」を手修正の値「{c.text}」にしました（修正者 {c.who or '不明'}、{c.when or '日付なし'}）",
                    rec.path, old.sheet if old else "", old.cell if old else "", code="corrected")]
