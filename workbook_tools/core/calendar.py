"""Fiscal calendar with any start month (6 and 5 are the real ones).

A fiscal year is named by the calendar year in which it starts: with a June
start, 2024年度 runs 2024-06 … 2025-05.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple


class YearMonth(NamedTuple):
    """A calendar month.  A tuple, so hashing and ordering run in C."""

    year: int
    month: int

    @classmethod
    def of(cls, year: int, month: int) -> "YearMonth":
        if not 1 <= month <= 12:
            raise ValueError(f"month out of range: {month}")
        return cls(year, month)

    @property
    def serial(self) -> int:
        return self.year * 12 + (self.month - 1)

    @classmethod
    def from_serial(cls, index: int) -> "YearMonth":
        return cls(index // 12, index % 12 + 1)

    def add(self, months: int) -> "YearMonth":
        return YearMonth.from_serial(self.serial + months)

    @classmethod
    def parse(cls, text: str) -> "YearMonth":
        """'2025-02' or '2025/2' → YearMonth(2025, 2)."""
        s = text.strip().replace("/", "-")
        y, m = s.split("-")
        return cls.of(int(y), int(m))

    def __str__(self) -> str:
        return f"{self.year}-{self.month:02d}"

    def label(self) -> str:
        return f"{self.year}年{self.month}月"


@dataclass(frozen=True)
class FiscalCalendar:
    start_month: int = 6

    def __post_init__(self) -> None:
        if not 1 <= self.start_month <= 12:
            raise ValueError("start month must be 1..12")

    def fiscal_year(self, ym: YearMonth) -> int:
        return ym.year if ym.month >= self.start_month else ym.year - 1

    def first_month(self, fiscal_year: int) -> YearMonth:
        return YearMonth(fiscal_year, self.start_month)

    def months(self, fiscal_year: int) -> list[YearMonth]:
        return list(_months(self.start_month, fiscal_year))

    def month_names(self) -> list[int]:
        return [(self.start_month - 1 + i) % 12 + 1 for i in range(12)]

    def position(self, month: int) -> int:
        """0-based position of a calendar month within the fiscal year."""
        return (month - self.start_month) % 12

    def months_through(self, fiscal_year: int, cutoff_month: int) -> list[YearMonth]:
        """Start of ``fiscal_year`` through its ``cutoff_month`` (e.g. 6月…2月)."""
        return self.months(fiscal_year)[: self.position(cutoff_month) + 1]

    def year_of_month(self, fiscal_year: int, month: int) -> int:
        return fiscal_year if month >= self.start_month else fiscal_year + 1


@lru_cache(maxsize=256)
def _months(start_month: int, fiscal_year: int) -> tuple[YearMonth, ...]:
    first = YearMonth(fiscal_year, start_month)
    return tuple(first.add(i) for i in range(12))
