"""Report A maths: the 加入拡大モデル単組 monthly grid.  Pure: no I/O.

Monthly counts are kept by calendar month, so the same data gives the
June-start view and the May-start view.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from itertools import repeat
from decimal import Decimal

from workbook_tools.core.calendar import FiscalCalendar, YearMonth
from workbook_tools.core.prefectures import SECTOR_CODE
from workbook_tools.core.rounding import REPORT_RULES, RoundingRule

Number = int | float


@dataclass
class UnionRow:
    pref_code: str
    pref_name: str
    union_code: str
    name: str
    members: Number | None = None
    policies: Number | None = None
    effective: str = ""
    target: Number | None = None
    monthly: dict[YearMonth, Number | None] = field(default_factory=dict)
    source_row: int | None = None  # 1-based row in the input sheet
    sheet: str = ""  # the sheet it was read from, when not the grid's own (one sheet per 県本部, read together)
    # a past year typed as its totals only, its months not given: fiscal year → (年度実績, <cutoff>月累計); the 累計
    # None when the sheet gives only the year's 年度計 (the oldest year: its 累計 is unknown, and blank in the output)
    past_typed: dict[int, tuple[Number | None, Number | None]] = field(default_factory=dict)

    @property
    def is_sector(self) -> bool:
        return self.pref_code == SECTOR_CODE


@dataclass(frozen=True)
class GridSpec:
    """Which view to compute: start month, current fiscal year, cutoff month."""

    start_month: int
    fiscal_year: int
    cutoff: YearMonth
    rule: RoundingRule = REPORT_RULES["grid"]

    def __post_init__(self) -> None:
        if self.calendar.fiscal_year(self.cutoff) != self.fiscal_year:
            raise ValueError(
                f"締め月 {self.cutoff.label()} は {self.fiscal_year}年度（{self.start_month}月開始）に含まれません")

    @property
    def calendar(self) -> FiscalCalendar:
        return FiscalCalendar(self.start_month)

    @property
    def years(self) -> list[int]:
        """Two past fiscal years and the current one."""
        return [self.fiscal_year - 2, self.fiscal_year - 1, self.fiscal_year]

    def months(self, fiscal_year: int) -> list[YearMonth]:
        return self.calendar.months(fiscal_year)

    def months_to_cutoff(self, fiscal_year: int) -> list[YearMonth]:
        return self.calendar.months_through(fiscal_year, self.cutoff.month)


@dataclass(slots=True)
class UnionResult:
    join_rate: Decimal | None
    year_totals: dict[int, Number]  # 年度実績 of the past years
    cumulative_past: dict[int, Number | None]  # <cutoff>月累計 of the past years (None: unknown, see past_typed)
    cumulative: Number  # 累積件数
    yoy: Number  # 前年比
    achievement: Decimal | None  # 達成率
    remaining: Number | None  # 残件数
    achieved: bool  # 目標達成

    def to_dict(self) -> dict:
        return {
            "加入率": _dec(self.join_rate),
            "年度実績": {str(k): v for k, v in self.year_totals.items()},
            "累計": {str(k): v for k, v in self.cumulative_past.items()},
            "累積件数": self.cumulative,
            "前年比": self.yoy,
            "達成率": _dec(self.achievement),
            "残件数": self.remaining,
            "目標達成": self.achieved,
        }


def _dec(v: Decimal | None) -> float | None:
    return None if v is None else float(v)


def _sum(values) -> Number:
    total: Number = 0
    for v in values:
        if v is not None:
            total += v
    return total


def _known_sum(values) -> Number | None:
    """The sum of the values given; None when every one is unknown (a past year's 累計 no union's sheet gives)."""
    values = list(values)
    return None if values and all(v is None for v in values) else _sum(values)


@dataclass(frozen=True)
class _Windows:
    """The month windows of a spec, computed once per grid."""

    year_months: dict[int, tuple[YearMonth, ...]]
    to_cutoff: dict[int, tuple[YearMonth, ...]]

    @classmethod
    def of(cls, spec: GridSpec) -> "_Windows":
        return cls({y: tuple(spec.months(y)) for y in spec.years},
                   {y: tuple(spec.months_to_cutoff(y)) for y in spec.years})


def _window_sum(monthly: dict, months: tuple) -> Number:
    # None (blank) and 0 both add nothing; map/filter/sum run in C.
    return sum(filter(None, map(monthly.get, months)))


def compute_union(row: UnionRow, spec: GridSpec, windows: _Windows | None = None) -> UnionResult:
    w = windows or _Windows.of(spec)
    rule = spec.rule
    y2, y1, y0 = spec.years
    m = row.monthly
    year_totals = {y2: _window_sum(m, w.year_months[y2]), y1: _window_sum(m, w.year_months[y1])}
    cum_past = {y2: _window_sum(m, w.to_cutoff[y2]), y1: _window_sum(m, w.to_cutoff[y1])}
    for y, (total, cum) in row.past_typed.items():  # (only on the input's own calendar: see app.grid)
        if y in year_totals:
            year_totals[y], cum_past[y] = total or 0, cum
    cumulative = _window_sum(m, w.to_cutoff[y0])
    target = row.target
    return UnionResult(
        join_rate=rule.rate(row.policies, row.members) if row.members else None,
        year_totals=year_totals,
        cumulative_past=cum_past,
        cumulative=cumulative,
        yoy=cumulative - cum_past[y1],
        achievement=rule.rate(cumulative, target) if target else None,
        remaining=None if target is None else target - cumulative,
        achieved=bool(target) and target > 0 and cumulative >= target,
    )


@dataclass(frozen=True)
class Totals:
    """The 合計 row: every count summed, rates from the summed counts."""

    members: Number
    policies: Number
    join_rate: Decimal | None
    monthly: dict[YearMonth, Number]
    year_totals: dict[int, Number]
    cumulative_past: dict[int, Number | None]
    cumulative: Number
    target: Number
    yoy: Number
    achievement: Decimal | None
    remaining: Number

    def to_dict(self) -> dict:
        return {
            "組合員数": self.members, "団生保有": self.policies, "加入率": _dec(self.join_rate),
            "年度実績": {str(k): v for k, v in self.year_totals.items()},
            "累計": {str(k): v for k, v in self.cumulative_past.items()},
            "累積件数": self.cumulative, "目標件数": self.target, "前年比": self.yoy,
            "達成率": _dec(self.achievement), "残件数": self.remaining,
            "月別": {str(k): v for k, v in self.monthly.items()},
        }


@dataclass(frozen=True)
class Summary:
    """The box above the grid: 取組単組, 目標, 実績, 到達率, 目標達成単組."""

    unions: int
    target: Number
    actual: Number
    rate: Decimal | None
    achievers: int

    def to_dict(self, rule: RoundingRule) -> dict:
        return {"取組単組": self.unions, "目標": self.target, "実績": self.actual,
                "到達率": _dec(self.rate), "到達率表示": rule.text(self.rate),
                "目標達成単組": self.achievers}


@dataclass
class GridResult:
    spec: GridSpec
    rows: list[UnionRow]
    results: list[UnionResult]
    totals: Totals
    summary: Summary

    @property
    def main(self) -> list[tuple[UnionRow, UnionResult]]:
        return [(r, x) for r, x in zip(self.rows, self.results) if not r.is_sector]

    @property
    def sector(self) -> list[tuple[UnionRow, UnionResult]]:
        return [(r, x) for r, x in zip(self.rows, self.results) if r.is_sector]

    def to_dict(self) -> dict:
        spec = self.spec
        return {
            "開始月": spec.start_month, "年度": spec.fiscal_year, "締め月": str(spec.cutoff),
            "まとめ": self.summary.to_dict(spec.rule),
            "合計": self.totals.to_dict(),
            "単組": [
                {"県コード": r.pref_code, "県名": r.pref_name, "単組コード": r.union_code,
                 "単組名": r.name, "組合員数": r.members, "団生保有": r.policies,
                 "目標件数": r.target, "全国集計対象": not r.is_sector, **x.to_dict()}
                for r, x in zip(self.rows, self.results)
            ],
        }


def compute_grid(rows: list[UnionRow], spec: GridSpec) -> GridResult:
    windows = _Windows.of(spec)
    results = [compute_union(r, spec, windows) for r in rows]
    main = [(r, x) for r, x in zip(rows, results) if not r.is_sector]
    rule = spec.rule
    all_months = [ym for y in spec.years for ym in spec.months(y)]
    members = _sum(r.members for r, _ in main)
    policies = _sum(r.policies for r, _ in main)
    target = _sum(r.target for r, _ in main)
    cumulative = _sum(x.cumulative for _, x in main)
    totals = Totals(
        members=members,
        policies=policies,
        join_rate=rule.rate(policies, members) if members else None,
        monthly=_monthly_totals([r for r, _ in main], all_months),
        year_totals={y: _sum(x.year_totals[y] for _, x in main) for y in spec.years[:2]},
        cumulative_past={y: _known_sum(x.cumulative_past[y] for _, x in main) for y in spec.years[:2]},
        cumulative=cumulative,
        target=target,
        yoy=_sum(x.yoy for _, x in main),
        achievement=rule.rate(cumulative, target) if target else None,
        remaining=_sum(x.remaining for _, x in main),
    )
    summary = Summary(
        unions=sum(1 for r, _ in main if r.name or r.union_code),
        target=target,
        actual=cumulative,
        rate=totals.achievement,
        achievers=sum(1 for _, x in main if x.achieved),
    )
    return GridResult(spec, rows, results, totals, summary)


def _monthly_totals(rows: list[UnionRow], months: list[YearMonth]) -> dict[YearMonth, Number]:
    monthlies = [r.monthly for r in rows]
    return {ym: sum(filter(None, map(dict.get, monthlies, repeat(ym)))) for ym in months}
