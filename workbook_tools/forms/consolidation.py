"""What a consolidated kind declares besides its form: who sent a file (identity), the
cross-checks on one file, the roster rule over the batch, the totals sheet and the computed
columns.  All pure: rules work on FileRecord / Batch (forms/records.py); reading a roster
file and writing the workbook stay in io/ and app/, which look the rules up here."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from workbook_tools.core.normalize import label_key
from workbook_tools.core.prefectures import by_name, prefectures
from workbook_tools.core.rounding import RoundingRule, organisation_rate
from workbook_tools.errors import INFO, WARNING, Problem
from workbook_tools.forms.model import FormDef
from workbook_tools.forms.records import Batch, FileRecord, Status
from workbook_tools.forms.values import AnswerFlag, FieldValue


def prefecture_order(name) -> int:
    """Sort position of a prefecture name (unknown names last)."""
    for i, p in enumerate(prefectures()):
        if p.name == name:
            return i
    return 99


# --- computed columns -------------------------------------------------------------------
@dataclass(frozen=True)
class OrganisationRate:
    """組織率 computed from a record's members and staff counts (a column of 一覧, a cross-check)."""

    label: str  # column heading in 一覧
    members: str
    regular: str
    nonregular: str

    def percent(self, rec: FileRecord, rule: RoundingRule) -> float | None:
        return organisation_rate(rec.get(self.members), rec.get(self.regular), rec.get(self.nonregular), rule)

    def value(self, rec: FileRecord, rule: RoundingRule) -> float | None:
        """As a fraction, for a cell with a percent number format."""
        pct = self.percent(rec, rule)
        return None if pct is None else pct / 100


# --- cross-checks on one file ----------------------------------------------------------
@dataclass(frozen=True)
class CheckItemNotes:
    """Checkbox forms: count unanswered items and items missing from an older copy."""

    def run(self, rec: FileRecord, form: FormDef, rule: RoundingRule) -> list[Problem]:
        unanswered = [k for k, v in rec.values.items() if v.flag == AnswerFlag.UNANSWERED]
        missing = [k for k, v in rec.values.items() if v.flag == AnswerFlag.NO_ITEM]
        out = []
        if unanswered:
            out.append(Problem(INFO, f"☑/□ のない項目が {len(unanswered)} 件あります（未回答として扱いました）", rec.path,
                               rec.sheet, rec.values[unanswered[0]].cell, code="unanswered"))
        if missing:
            out.append(Problem(INFO, f"様式にない項目が {len(missing)} 件あります（古い様式）", rec.path, rec.sheet, "",
                               code="missing_items"))
        return out


@dataclass(frozen=True)
class SumCheck:
    """total must equal the sum of parts (checked when all are answered; values are kept as given)."""

    total: str
    parts: tuple[str, ...]
    code: str = "sum_mismatch"

    def run(self, rec: FileRecord, form: FormDef, rule: RoundingRule) -> list[Problem]:
        total, parts = rec.get(self.total), [rec.get(k) for k in self.parts]
        if total is None or any(p is None for p in parts) or total == sum(parts):
            return []
        names = "＋".join(form.by_key(k)[1].label for k in self.parts)
        where = rec.values[self.total]
        return [Problem(WARNING, f"{form.by_key(self.total)[1].label}（{total}）が {names}"
                                 f"（{' + '.join(str(p) for p in parts)} = {sum(parts)}）と一致しません", rec.path,
                        where.sheet, where.cell, "提出者に数字を確認してください（値はそのまま集計しています）", self.code)]


@dataclass(frozen=True)
class RateCheck:
    """A rate the sender wrote must agree with the one computed from their numbers (± tolerance points)."""

    given: str
    computed: OrganisationRate
    label: str  # the rate's name in the message
    basis: str  # what it is computed from, in the message
    tolerance: float = 1.0
    code: str = "rate_mismatch"

    def run(self, rec: FileRecord, form: FormDef, rule: RoundingRule) -> list[Problem]:
        computed, given = self.computed.percent(rec, rule), rec.get(self.given)
        if computed is None or given is None or abs(float(computed) - float(given)) <= self.tolerance:
            return []
        where = rec.values[self.given]
        return [Problem(WARNING, f"{self.label}（{given}%）が{self.basis}から計算した値（{computed}%）と合いません",
                        rec.path, where.sheet, where.cell, code=self.code)]


# --- roster rules over the batch ---------------------------------------------------------
def _pref_from_name(path: str) -> str | None:
    stem = Path(path).stem
    for p in prefectures():
        if p.name in stem:
            return p.name
    return None


@dataclass(frozen=True)
class PrefectureRoster:
    """One submission per prefecture: the newest (by date field, then file time) counts; all 47 expected."""

    pref: str  # value key of the prefecture
    date: str  # value key of the date that decides between duplicates
    missing_label: str = "未提出の県"
    takes_file: bool = False

    @property
    def keys(self) -> tuple[str, ...]:
        """The sender fields a roster fills in a personalised form (and matches a copy without an id by)."""
        return (self.pref,)

    @property
    def reads(self) -> tuple[str, ...]:
        """Every value key the rule and the round's tracking read (kept in memory for them)."""
        return (self.pref, self.date)

    def default_senders(self) -> list[tuple[str, ...]] | None:
        """Everyone expected when no roster file is given: the 47 prefectures."""
        return [(p.name,) for p in prefectures()]

    def apply(self, batch: Batch, expected: list[tuple[str, str]] | None = None) -> None:
        by_pref: dict[str, list[FileRecord]] = {}
        for r in batch.held():
            if r.status == Status.REFUSED:
                continue
            name = self._prefecture(r)
            if name:
                by_pref.setdefault(name, []).append(r)
        for pref, recs in by_pref.items():
            if len(recs) < 2:
                continue
            recs.sort(key=lambda r: (r.get(self.date) or "", r.mtime, r.path), reverse=True)
            winner = recs[0]
            for loser in recs[1:]:
                loser.superseded_by = winner.path
                batch.problems.append(Problem(INFO, f"{pref}の報告が {len(recs)} 件あります。作成日（同じならファイルの日時）が新しい"
                                                    f"「{winner.path}」を使い、これは集計から外しました", loser.path,
                                              code="duplicate"))
        batch.roster_missing = [p.name for p in prefectures() if p.name not in by_pref]

    def _prefecture(self, r: FileRecord) -> str | None:
        """The record's prefecture; guessed from the file name (and noted) when the cell does not say."""
        value = r.get(self.pref)
        p = by_name(value) if value else None
        if p is not None:
            return p.name
        guess = _pref_from_name(r.path)
        r.status = Status.WARN
        if not guess:
            r.problems.append(Problem(WARNING, "県名が分からないため、どの県の報告か特定できません", r.path, r.sheet, "",
                                      "県名欄を確認してください", "unknown_pref"))
            return None
        r.values[self.pref] = FieldValue(guess, AnswerFlag.PREF_FROM_FILE_NAME,
                                         r.values.get(self.pref, FieldValue(None, "", "")).raw)
        r.problems.append(Problem(WARNING, f"県名が読み取れないため、ファイル名から「{guess}」としました", r.path,
                                  r.sheet, r.values[self.pref].cell, code="pref_from_filename"))
        return guess


@dataclass(frozen=True)
class UnionRoster:
    """One submission per union (pref + union name): the newest file counts; optionally a roster file of
    expected unions (read by app/, passed in as (pref, union) pairs)."""

    pref: str
    union: str
    missing_label: str = "未提出（名簿との照合）"
    takes_file: bool = True

    @property
    def keys(self) -> tuple[str, ...]:
        return (self.pref, self.union)

    @property
    def reads(self) -> tuple[str, ...]:
        return self.keys

    def default_senders(self) -> list[tuple[str, ...]] | None:
        return None  # the unions expected come from a roster file only

    def _sender(self, r: FileRecord) -> tuple[str, str]:
        return r.get(self.pref) or "", label_key(r.get(self.union) or "")

    def apply(self, batch: Batch, expected: list[tuple[str, str]] | None = None) -> None:
        by_union: dict[tuple[str, str], list[FileRecord]] = {}
        for r in batch.held():
            if r.status != Status.REFUSED and r.get(self.union):
                by_union.setdefault(self._sender(r), []).append(r)
        for (pref, _), recs in by_union.items():
            if len(recs) < 2:
                continue
            recs.sort(key=lambda r: (r.mtime, r.path), reverse=True)
            for loser in recs[1:]:
                loser.superseded_by = recs[0].path
                batch.problems.append(Problem(INFO, f"{pref} {recs[0].get(self.union)} のアンケートが {len(recs)} 件あります。"
                                                    f"新しいファイル「{recs[0].path}」を使い、これは集計から外しました",
                                              loser.path, code="duplicate"))
        if expected is not None:
            self._compare(batch, expected)

    def _compare(self, batch: Batch, expected: list[tuple[str, str]]) -> None:
        used = [r for r in batch.held() if r.used]
        seen_unions = {u for _, u in (self._sender(r) for r in used)}
        batch.roster_missing = [f"{p} {u}" for p, u in expected if label_key(u) not in seen_unions]
        known = {label_key(u) for _, u in expected}
        for r in used:
            if label_key(r.get(self.union) or "") not in known:
                r.problems.append(Problem(INFO, f"単組「{r.get(self.union)}」は名簿にありません", r.path, r.sheet,
                                          r.values[self.union].cell, code="not_in_roster"))


# --- the totals sheet (written by io/consolidate_writer.py, one writer per totals type) ---------
@dataclass(frozen=True)
class ItemTotals:
    """Per checkbox item: done / not done / unanswered among the files used, and the rate done."""

    description: str = "項目ごとの集計とグラフ"
    chart_title: str = "取り組み項目ごとの実施率（報告県に占める割合）"


@dataclass(frozen=True)
class SumColumn:
    key: str  # a NUMBER field's value key
    label: str = ""  # heading; the field's label when empty

    def heading(self, form: FormDef) -> str:
        return self.label or form.by_key(self.key)[1].label


@dataclass(frozen=True)
class GroupTotals:
    """Sums of number fields per prefecture (all 47 rows and a total), a rate numerator/denominator and a
    stacked bar chart of some of the sums."""

    by: str  # value key of the prefecture
    columns: tuple[SumColumn, ...]
    rate: tuple[str, str, str]  # (numerator key, denominator key, heading)
    chart: tuple[tuple[str, str], ...]  # (value key, colour) stacked per prefecture
    chart_title: str
    description: str = "県本部ごとの合計とグラフ"
    # problem codes that make a row inconsistent: such rows are listed and, unless asked for,
    # left out of the totals, the rate and the chart (both forms are shown)
    consistency: tuple[str, ...] = ()

    def consistent(self, rec: FileRecord) -> bool:
        return not any(p.code in self.consistency for p in rec.problems)


# --- everything a consolidated kind declares ------------------------------------------------
@dataclass(frozen=True)
class Consolidation:
    identity: tuple[str, ...]  # value keys naming the sender: first columns of 記述, its sort order
    roster: PrefectureRoster | UnionRoster
    totals: ItemTotals | GroupTotals
    checks: tuple[CheckItemNotes | SumCheck | RateCheck, ...] = ()
    derived: tuple[OrganisationRate, ...] = ()  # computed columns at the end of 一覧
    list_header_height: int = 45  # points of 一覧's second heading row
    sort: tuple[str, ...] = ()  # 記述's order after the prefecture (value keys); the first identity key is the prefecture

    @property
    def kept_keys(self) -> tuple[str, ...]:
        """The value keys the batch rules read after every file is in (roster, duplicates, tracking, the
        totals' grouping): what a parent that spills its records keeps of each in memory."""
        by = (self.totals.by,) if isinstance(self.totals, GroupTotals) else ()
        return tuple(dict.fromkeys(self.roster.reads + by))
