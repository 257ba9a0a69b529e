from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workbook_tools.core.rounding import REPORT_RULES, RoundingRule, excel_round


def oracle_text(num: int, den: int, decimals: int, mode: str) -> str:
    """Independent integer-arithmetic oracle for the shown percentage."""
    scaled = Fraction(num * 100 * 10 ** decimals, den)
    sign = -1 if scaled < 0 else 1
    a = abs(scaled)
    whole = a.numerator // a.denominator
    if mode == "half_up" and a - whole >= Fraction(1, 2):
        whole += 1
    whole *= sign
    s = f"{abs(whole) // 10 ** decimals}" + (f".{abs(whole) % 10 ** decimals:0{decimals}d}" if decimals else "")
    return ("-" if whole < 0 else "") + s + "%"


def test_excel_rounds_half_away_from_zero_where_python_does_not():
    assert round(0.0625 * 100, 1) == 6.2  # Python's round: the trap
    assert RoundingRule(1, "half_up").text(RoundingRule(1, "half_up").rate(1, 16)) == "6.3%"
    assert excel_round(2.5) == 3 and excel_round(-2.5) == -3


def test_hq_published_truncated_rates():
    rule = REPORT_RULES["contracts"]
    assert rule.text(rule.rate(106, 45)) == "235.55%"
    assert rule.text(rule.rate(1406, 7063)) == "19.90%"
    assert rule.text(rule.rate(990, 18)) == "5500.00%"
    assert rule.text(rule.rate(144, 140)) == "102.85%"  # ROUND would give 102.86%
    assert RoundingRule(2, "half_up").text(RoundingRule(2, "half_up").rate(144, 140)) == "102.86%"


def test_grid_summary_examples_from_domain():
    rule = REPORT_RULES["grid"]
    assert rule.text(rule.rate(1945, 3447)) == "56.4%"
    assert rule.text(rule.rate(2237, 3447)) == "64.9%"


def test_zero_or_blank_denominator_is_blank():
    rule = REPORT_RULES["grid"]
    assert rule.rate(5, 0) is None and rule.rate(5, None) is None
    assert rule.text(None) == ""


@given(st.integers(0, 10**6), st.integers(1, 10**5), st.integers(0, 3), st.sampled_from(["half_up", "down"]))
def test_rate_text_matches_integer_oracle(num, den, decimals, mode):
    rule = RoundingRule(decimals, mode)
    assert rule.text(rule.rate(num, den)) == oracle_text(num, den, decimals, mode)


def test_float_noise_does_not_leak_into_truncation():
    rule = RoundingRule(2, "down")
    assert rule.rate(29, 100) == Decimal("0.2900")
    assert rule.text(rule.rate(29, 100)) == "29.00%"


def test_bad_rule_rejected():
    with pytest.raises(ValueError):
        RoundingRule(1, "banker")
