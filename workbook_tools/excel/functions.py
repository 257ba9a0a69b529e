"""Worksheet functions as plain Python: what the UDFs in udfs.py call.

Values in and out are what xlwings passes: numbers as float, blanks as None,
text as str; a blank result is "" (so Excel shows an empty cell, never
#DIV/0!).  Unit-tested as functions; no Excel needed.
"""
from __future__ import annotations

import datetime as dt

from workbook_tools.core.calendar import FiscalCalendar, YearMonth
from workbook_tools.core.normalize import glyph_state, label_key, normalize_text, parse_date, parse_number
from workbook_tools.core.prefectures import by_code, by_name
from workbook_tools.core.rounding import RoundingRule
from workbook_tools.core.rounding import organisation_rate as core_organisation_rate

MODES = {"四捨五入": "half_up", "切り捨て": "down", "half_up": "half_up", "down": "down", "round": "half_up",
         "rounddown": "down"}


def _rule(decimals=1, mode="half_up") -> RoundingRule:
    m = MODES.get(str(mode).strip().lower() if mode is not None else "half_up", None)
    if m is None:
        raise ValueError(f"丸め方は「四捨五入」か「切り捨て」で指定してください（{mode}）")
    return RoundingRule(int(decimals if decimals not in (None, "") else 1), m)


def _num(v):
    if v is None or v == "":
        return None
    if isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        return int(v) if float(v).is_integer() else v
    r = parse_number(v)
    return r.number


def achievement_rate(actual, target, decimals=1, mode="half_up"):
    """達成率 = 実績 / 目標, rounded like Excel (or truncated); "" when the target is 0 or blank."""
    rate = _rule(decimals, mode).rate(_num(actual) or 0, _num(target))
    return "" if rate is None else float(rate)


def remaining(target, actual):
    """残件数 = 目標 − 実績 (negative when exceeded); "" when the target is blank."""
    t = _num(target)
    return "" if t is None else t - (_num(actual) or 0)


def cumulative(values, headers, cutoff_month):
    """累計: the sum of a row of monthly values from the first month header
    through the header of the cutoff month (e.g. 6月 … 2月)."""
    values = _flat(values)
    headers = _flat(headers)
    want = f"{int(_num(cutoff_month))}月"
    total = 0
    for v, h in zip(values, headers):
        n = _num(v)
        total += n or 0
        if label_key(h) == want:
            return total
    raise ValueError(f"見出しに「{want}」がありません")


def year_on_year(current, previous):
    """前年比 = 今年度の累積 − 前年度の同じ月までの累計 (a difference in contracts)."""
    return (_num(current) or 0) - (_num(previous) or 0)


def join_rate(policies, members, decimals=1):
    """加入率 = 団生保有 / 組合員数 (over 100% is valid)."""
    return achievement_rate(policies, members, decimals, "half_up")


def organisation_rate(members, regular, nonregular=0, decimals=1):
    """組織率（%）= 組合員数 / (正規職員数 + 非正規職員数) × 100."""
    rate = core_organisation_rate(_num(members), _num(regular) or 0, _num(nonregular), _rule(decimals, "half_up"))
    return "" if rate is None else rate


def rate_text(numerator, denominator, decimals=1, mode="half_up"):
    """A rate as text, rounded the way Excel shows it: 1/16 → "6.3%"."""
    rule = _rule(decimals, mode)
    return rule.text(rule.rate(_num(numerator) or 0, _num(denominator)))


def fiscal_year(date, start_month=6):
    """The fiscal year (named by its starting year) of a date, for a start month."""
    if isinstance(date, (int, float)) and not isinstance(date, bool):
        d = parse_date(date)
    elif isinstance(date, (dt.date, dt.datetime)):
        d = parse_date(date)
    else:
        d = parse_date(str(date))
    if d.year is None or d.month is None:
        raise ValueError(f"日付として読めません（{date}）")
    return FiscalCalendar(int(start_month)).fiscal_year(YearMonth(d.year, d.month))


def pref_name(code):
    """自治労県コード → 県名 ("" when unknown)."""
    p = by_code(code)
    return p.name if p else ""


def pref_code(name):
    """県名（東京/東京都/神奈川県本部…）→ 自治労県コード ("" when unknown)."""
    p = by_name(name)
    return p.code if p else ""


def jis_code(code_or_name):
    p = by_code(code_or_name) or by_name(code_or_name)
    return p.jis if p and p.jis else ""


def nfkc(text):
    """NFKC plus the radicals table: 全角→半角の英数字, ⽀→支, ⻑→長."""
    return normalize_text(text)


def checked(glyph):
    """☑ ■ ✓ ✔ レ ☒ 〇 → TRUE, □ → FALSE, anything else → ""."""
    state = glyph_state(glyph)
    return "" if state is None else state


def messy_number(text):
    """'729名' → 729, '400程度か' → 400, '不明' → ""."""
    n = parse_number(text).number
    return "" if n is None else n


def messy_number_flag(text):
    """Why a messy number is what it is: "" (clean), 概数, 不明, 読取不可, 注記あり, 空欄."""
    return parse_number(text).flag


def recompute_grid(rows, start_month=None, cutoff=None):
    """A whole HQ grid (header rows included) → one row per union with
    県コード, 県名, 単組コード, 単組名, 累積件数, 前年比, 達成率, 残件数, 目標達成."""
    from workbook_tools.core.grid import GridSpec, compute_grid
    from workbook_tools.io.grid_reader import read_grid
    from workbook_tools.io.readers import SheetData

    sheet = SheetData("範囲", [list(r) for r in rows])
    cut = YearMonth.parse(str(cutoff)) if cutoff not in (None, "") else None
    inp = read_grid(sheet, "", cutoff=cut)
    start = int(start_month) if start_month not in (None, "") else inp.start_month
    assert inp.cutoff is not None
    spec = GridSpec(start, FiscalCalendar(start).fiscal_year(inp.cutoff), inp.cutoff)
    result = compute_grid(inp.rows, spec)
    out = [["県コード", "県名", "単組コード", "単組名", "累積件数", "前年比", "達成率", "残件数", "目標達成"]]
    for u, x in zip(result.rows, result.results):
        out.append([u.pref_code, u.pref_name, u.union_code, u.name, x.cumulative, x.yoy,
                    "" if x.achievement is None else float(x.achievement),
                    "" if x.remaining is None else x.remaining, x.achieved])
    s = result.summary
    out.append(["", "", "", "合計（社保労連を除く）", s.actual, result.totals.yoy,
                "" if s.rate is None else float(s.rate), result.totals.remaining, s.achievers])
    return out


def _flat(v) -> list:
    if isinstance(v, (list, tuple)):
        out = []
        for x in v:
            out.extend(_flat(x) if isinstance(x, (list, tuple)) else [x])
        return out
    return [v]
