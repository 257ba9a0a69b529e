from hypothesis import given, settings
from hypothesis import strategies as st

from workbook_tools.core.calendar import FiscalCalendar, YearMonth
from workbook_tools.core.grid import GridSpec, UnionRow, compute_grid

FIRST = YearMonth(2022, 5)
MONTHS = [FIRST.add(i) for i in range(37)]  # 2022-05 … 2025-05


def test_fiscal_calendar():
    jun, may = FiscalCalendar(6), FiscalCalendar(5)
    assert jun.fiscal_year(YearMonth(2025, 5)) == 2024 and jun.fiscal_year(YearMonth(2025, 6)) == 2025
    assert may.fiscal_year(YearMonth(2025, 5)) == 2025
    assert [m.month for m in jun.months(2024)] == [6, 7, 8, 9, 10, 11, 12, 1, 2, 3, 4, 5]
    assert jun.months(2024)[-1] == YearMonth(2025, 5)
    assert [str(m) for m in jun.months_through(2024, 2)][-1] == "2025-02"
    assert len(may.months_through(2024, 4)) == 12


def test_hand_computed_union():
    u = UnionRow("04", "岩手", "001", "サンプル県職員労働組合", members=1000, policies=1100, target=35)
    # June start, FY2024, cutoff 2025-02.
    u.monthly = {YearMonth(2023, 6): 3, YearMonth(2023, 10): 20, YearMonth(2024, 3): 5,  # FY2023
                 YearMonth(2024, 5): 4,  # FY2023's May (after its cutoff) / FY2024 on a May start
                 YearMonth(2024, 6): 10, YearMonth(2024, 11): 12, YearMonth(2025, 2): 6, YearMonth(2025, 4): 9}
    r = compute_grid([u], GridSpec(6, 2024, YearMonth(2025, 2)))
    x = r.results[0]
    assert x.year_totals[2023] == 32 and x.cumulative_past[2023] == 23
    assert x.cumulative == 28 and x.yoy == 5 and x.remaining == 7
    assert str(x.achievement) == "0.800" and str(x.join_rate) == "1.100"  # 加入率 > 100% is valid
    may = compute_grid([u], GridSpec(5, 2024, YearMonth(2025, 2))).results[0]
    assert may.cumulative == 32 and may.cumulative_past[2023] == 23


def test_zero_target_and_over_target():
    a = UnionRow("01", "北海道", "001", "A", target=0, monthly={YearMonth(2024, 6): 3})
    b = UnionRow("01", "北海道", "002", "B", target=10, monthly={YearMonth(2024, 7): 14})
    c = UnionRow("60", "社保労連", "001", "C", target=5, monthly={YearMonth(2024, 7): 50})
    r = compute_grid([a, b, c], GridSpec(6, 2024, YearMonth(2025, 2)))
    xa, xb, _ = r.results
    assert xa.achievement is None and xa.remaining == -3 and not xa.achieved
    assert xb.remaining == -4 and xb.achieved and str(xb.achievement) == "1.400"
    assert r.summary.unions == 2 and r.summary.actual == 17 and r.summary.achievers == 1  # 社保労連 excluded
    assert r.totals.target == 10


counts = st.one_of(st.none(), st.integers(0, 60))


@st.composite
def unions(draw):
    rows = []
    for i in range(draw(st.integers(1, 8))):
        u = UnionRow(draw(st.sampled_from(["01", "14", "42", "60"])), "x", f"{i:03d}", f"u{i}",
                     members=draw(st.one_of(st.none(), st.integers(0, 5000))),
                     policies=draw(st.integers(0, 6000)), target=draw(st.one_of(st.none(), st.integers(0, 100))))
        u.monthly = {ym: v for ym in MONTHS if (v := draw(counts)) is not None}
        rows.append(u)
    return rows


@settings(max_examples=60, deadline=None)
@given(unions(), st.sampled_from([5, 6]), st.integers(1, 12))
def test_grid_properties(rows, start, cutoff_month):
    cal = FiscalCalendar(start)
    cutoff = YearMonth(cal.year_of_month(2024, cutoff_month), cutoff_month)
    spec = GridSpec(start, 2024, cutoff)
    r = compute_grid(rows, spec)
    main = [(u, x) for u, x in zip(rows, r.results) if u.pref_code != "60"]
    # totals are the sum of the (national) rows
    assert r.totals.cumulative == sum(x.cumulative for _, x in main)
    assert r.totals.target == sum(u.target or 0 for u, _ in main)
    assert r.summary.achievers == sum(1 for u, x in main if u.target and x.cumulative >= u.target)
    for u, x in zip(rows, r.results):
        # windows computed independently, straight from calendar dates
        window = [ym for ym in u.monthly if YearMonth(2024, start) <= ym <= cutoff]
        prev = [ym for ym in u.monthly if YearMonth(2023, start) <= ym <= YearMonth(cutoff.year - 1, cutoff.month)]
        assert x.cumulative == sum(u.monthly[ym] for ym in window)
        assert x.yoy == x.cumulative - sum(u.monthly[ym] for ym in prev)
        if u.target is not None:
            assert x.remaining == u.target - x.cumulative
        else:
            assert x.remaining is None


@settings(max_examples=40, deadline=None)
@given(unions())
def test_start_month_never_changes_the_sum_over_all_months(rows):
    # Over a span of whole fiscal years that covers the same calendar months,
    # the grand total is the same whatever the start month.
    span_may = [FiscalCalendar(5).months(y) for y in (2022, 2023, 2024)]
    span_jun = [FiscalCalendar(6).months(y) for y in (2022, 2023, 2024)]
    covered = set().union(*map(set, span_may)) & set().union(*map(set, span_jun))
    for u in rows:
        u.monthly = {ym: v for ym, v in u.monthly.items() if ym in covered}
    tot = {}
    for start, cutoff in ((5, YearMonth(2025, 4)), (6, YearMonth(2025, 5))):
        r = compute_grid(rows, GridSpec(start, 2024, cutoff))
        tot[start] = sum(r.totals.monthly.values())
    assert tot[5] == tot[6] == sum(v for u in rows if u.pref_code != "60" for v in u.monthly.values())
