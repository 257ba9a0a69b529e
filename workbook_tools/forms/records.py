"""Pure batch records of a consolidation: one FileRecord per submitted file, the Batch
around them, and the statuses they can have.  Both io/ (the consolidated writer) and
app/ (the consolidation) import from here; nothing here reads or writes a file."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from workbook_tools.errors import ERROR, WARNING, Problem
from workbook_tools.forms.values import FieldValue


class Status(StrEnum):
    """A file's state in the batch; the value is the Japanese word users see."""

    OK = "取込済"
    WARN = "警告あり"
    REFUSED = "取込不可"


class Via(StrEnum):
    """How a file's fields were found (io/locate)."""

    TEMPLATE = "template"  # defined names of our template
    LEGACY = "legacy"  # label anchors in an older copy
    NONE = ""


VIA_LABELS = {Via.TEMPLATE: "テンプレート", Via.LEGACY: "旧様式"}


@dataclass
class FileRecord:
    path: str  # relative to the input folder
    sha256: str = ""
    size: int = 0
    mtime: float = 0.0
    status: Status = Status.OK
    reason: str = ""
    via: str = ""  # Via value
    sheet: str = ""
    values: dict[str, FieldValue] = field(default_factory=dict)  # "section.key" → value
    extras: list[tuple[str, str, str]] = field(default_factory=list)  # (sheet, cell, text) in unexpected places
    problems: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # macros, external links, decrypted …
    superseded_by: str = ""
    submission_id: str = ""  # stamped in a personalised form (forms.model.PROP_SUBMISSION)
    corrected: dict[str, dict] = field(default_factory=dict)  # value key → who / when / text / previous value

    def get(self, key: str):
        v = self.values.get(key)
        return None if v is None else v.value

    @property
    def used(self) -> bool:
        """Counted in the totals: read, and not replaced by a newer file from the same sender."""
        return self.status != Status.REFUSED and not self.superseded_by

    def refuse(self, reason: str) -> None:
        self.status, self.reason = Status.REFUSED, reason

    def to_dict(self) -> dict:
        return {"file": self.path, "sha256": self.sha256, "status": self.status, "reason": self.reason,
                "via": self.via, "sheet": self.sheet, "superseded_by": self.superseded_by, "notes": self.notes,
                "submission_id": self.submission_id, "corrected": self.corrected,
                "values": {k: {"value": v.value, "flag": v.flag, "raw": v.raw, "sheet": v.sheet, "cell": v.cell,
                               "how": v.how, "rule": v.rule}
                           for k, v in self.values.items()},
                "extras": [{"sheet": s, "cell": c, "text": t} for s, c, t in self.extras],
                "problems": [p.to_dict() for p in self.problems]}


@dataclass
class Batch:
    kind: str
    root: Path
    # every file's record in file order: a list, or a spill (io/spill.RecordSpill) whose items are read from a
    # temporary file; change records through held() / edit(), which work on both
    records: Sequence[FileRecord]
    skipped: list[tuple[str, str]]  # (file, why) not read at all (lock files, other extensions)
    problems: list[Problem]
    year: int | None
    roster_missing: list[str] = field(default_factory=list)  # senders expected but absent
    started: str = ""
    finished: str = ""
    roster_file: str = ""  # the roster the round was tracked against ('' = none or the built-in list)
    tracking: list = field(default_factory=list)  # forms.collection.TrackRow per roster entry (a round with a roster)
    since: list[tuple[str, str, str]] | None = None  # what is new since a previous run (--since)
    include_inconsistent: bool = False  # totals count rows that fail a consistency check (--include-inconsistent)

    def held(self) -> list[FileRecord]:
        """The records as kept in memory, in file order.  With a spill these are slim copies (the answers
        the batch rules need, problems, status …): what a rule changes on them every reader of
        ``records`` sees.  Without one, the records themselves."""
        held = getattr(self.records, "held", None)
        return held if held is not None else self.records  # type: ignore[return-value]

    def edit(self, index: int) -> FileRecord:
        """Record ``index`` whole and changeable in any field (a spill keeps it in memory from then on)."""
        pin = getattr(self.records, "pin", None)
        return pin(index) if pin is not None else self.records[index]

    def close(self) -> None:
        """Remove the records' temporary file, if any (the batch is not read after this)."""
        close = getattr(self.records, "close", None)
        if close is not None:
            close()

    @property
    def used(self) -> list[FileRecord]:
        return [self.records[i] for i, r in enumerate(self.held()) if r.used]

    def counts(self) -> dict[str, int]:
        c = {s.value: 0 for s in Status}
        for r in self.held():
            c[r.status] += 1
        return c

    @property
    def superseded(self) -> int:
        return sum(1 for r in self.held() if r.superseded_by)

    @property
    def has_warnings(self) -> bool:
        return any(p.severity in (WARNING, ERROR) for p in self.all_problems())

    def all_problems(self) -> list[Problem]:
        return [p for r in self.held() for p in r.problems] + self.problems

    def to_dict(self, files: bool = True) -> dict:
        """Everything, for the JSON; ``files=False`` leaves the per-file list empty (written record by record)."""
        return {"kind": self.kind, "year": self.year, "started": self.started, "finished": self.finished,
                "counts": self.counts(), "missing": self.roster_missing,
                "include_inconsistent": self.include_inconsistent,
                "skipped": [{"file": f, "why": w} for f, w in self.skipped],
                "files": [r.to_dict() for r in self.records] if files else [],
                "problems": [p.to_dict() for p in self.problems],
                "round": [t.to_dict() for t in self.tracking],
                "since": None if self.since is None else [{"what": a, "who": b, "detail": c} for a, b, c in self.since]}
