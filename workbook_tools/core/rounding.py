"""Rounding rules for rates, shared by every report.

A rate is kept as an exact fraction (numerator/denominator as integers or
Decimals) and rounded once, the way Excel does it:
- ``half_up``: ROUND, half away from zero (Excel), not Python's banker's round();
- ``down``: ROUNDDOWN, truncation toward zero (HQ's Report B figures).

``decimals`` counts decimals of the *percentage* shown (1 → 0.0%), so the
stored fraction keeps ``decimals + 2`` places.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal, InvalidOperation, localcontext

_MODES = {"half_up": ROUND_HALF_UP, "down": ROUND_DOWN}
_QUANTUM = {n: Decimal(1).scaleb(-n) for n in range(0, 12)}
# Digits for rate maths: Excel's numbers reach 10^308 and a rate keeps up to 8 places, so the
# default 28 digits would raise InvalidOperation on quantize for a huge count.
_WIDE_PRECISION = 330


@dataclass(frozen=True)
class RoundingRule:
    decimals: int = 1
    mode: str = "half_up"

    def __post_init__(self) -> None:
        if self.mode not in _MODES:
            raise ValueError(f"unknown rounding mode {self.mode!r}")
        if not 0 <= self.decimals <= 6:
            raise ValueError("decimals must be between 0 and 6")

    @property
    def fraction_places(self) -> int:
        return self.decimals + 2

    def rate(self, numerator, denominator) -> Decimal | None:
        """Rounded fraction (0.564 for 56.4%), or None where the rate is blank."""
        if numerator is None or denominator is None:
            return None
        try:
            num = Decimal(numerator) if type(numerator) is int else Decimal(str(numerator))
            den = Decimal(denominator) if type(denominator) is int else Decimal(str(denominator))
        except (InvalidOperation, ValueError):
            return None
        if den == 0 or not (num.is_finite() and den.is_finite()):
            return None
        try:
            return self.quantize(num / den)
        except InvalidOperation:  # a rate of 10^300 (a huge count over 1): more digits than 28
            with localcontext() as ctx:
                ctx.prec = _WIDE_PRECISION
                ratio = num / den
                if ratio.adjusted() > 307:  # beyond any number Excel can show: no rate
                    return None
                return self.quantize(ratio)

    def quantize(self, value: Decimal) -> Decimal:
        return value.quantize(_QUANTUM[self.fraction_places], rounding=_MODES[self.mode])

    def text(self, rate: Decimal | None) -> str:
        """The rate as Excel shows it with this rule's format: '56.4%'."""
        if rate is None or not rate.is_finite():
            return ""
        with localcontext() as ctx:
            ctx.prec = _WIDE_PRECISION
            pct = (rate * 100).quantize(Decimal(1).scaleb(-self.decimals), rounding=_MODES[self.mode])
        return f"{pct:.{self.decimals}f}%"

    def number_format(self) -> str:
        return "0%" if self.decimals == 0 else "0." + "0" * self.decimals + "%"

    def formula(self, numerator: str, denominator: str, blank: str = '""') -> str:
        """Excel formula (no leading '=') computing the same rounded rate.

        The inner ROUND(...,10) removes binary noise (0.29 stored as 0.28999…)
        before truncation; it cannot change a correct result for counts below
        10^9.
        """
        ratio = f"{numerator}/{denominator}"
        if self.mode == "half_up":
            body = f"ROUND({ratio},{self.fraction_places})"
        else:
            body = f"ROUNDDOWN(ROUND({ratio},10),{self.fraction_places})"
        return f"IF(N({denominator})=0,{blank},{body})"


def excel_round(value, decimals: int = 0) -> Decimal:
    """Excel's ROUND for a number (half away from zero)."""
    q = Decimal(1).scaleb(-decimals)
    return Decimal(str(value)).quantize(q, rounding=ROUND_HALF_UP)


def rate_text(numerator, denominator, rule: RoundingRule) -> str:
    return rule.text(rule.rate(numerator, denominator))


def organisation_rate(members, regular, nonregular, rule: RoundingRule) -> float | None:
    """組織率 (%) = 組合員数 / (正規職員数 + 非正規職員数) × 100, rounded by rule; None when it cannot be
    computed (no members, no regular staff count, or no staff)."""
    if members is None or regular is None:
        return None
    den = regular + (nonregular or 0)
    if not den:
        return None
    rate = rule.rate(members, den)
    return None if rate is None else float(rate * 100)


# Defaults per report (configuration, overridable from the CLI / JSON); forms/registry.py gives each
# workbook kind its rule from here.
REPORT_RULES = {
    "grid": RoundingRule(1, "half_up"),
    "contracts": RoundingRule(2, "down"),
    "report": RoundingRule(1, "half_up"),  # 実施率 of Report C's totals
    "survey": RoundingRule(1, "half_up"),
}
