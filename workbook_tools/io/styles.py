"""Number formats that change what a cell's value means.

python-calamine gives values, not formats: 0.272 shown as 27.20% arrives as
0.272, and a date cell formatted yyyy"年"m"月時点" arrives as a bare date.  The
styles part (``xl/styles.xml``) is parsed once per file (defusedxml) and only
the cell styles that matter are kept: percent formats and formats with literal
text.  The sheet scan in io/safety then records which cells use them.
"""
from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_BUILTIN = {9: "0%", 10: "0.00%"}
_QUOTED = re.compile(r'"[^"]*"')


def special_styles(data: bytes | None) -> dict[int, str]:
    """{cell style (xf) index: format code} for percent formats and formats with literal text."""
    if not data:
        return {}
    from defusedxml import ElementTree as ET

    try:
        root = ET.fromstring(data)
    except Exception:  # noqa: BLE001 - a broken styles part: values are read as calamine gives them
        return {}
    codes = dict(_BUILTIN)
    for nf in root.iter(f"{_NS}numFmt"):
        if (nf.get("numFmtId") or "").isdigit():
            codes[int(nf.get("numFmtId"))] = nf.get("formatCode") or ""
    out = {}
    xfs = root.find(f"{_NS}cellXfs")
    for i, xf in enumerate(xfs if xfs is not None else ()):
        code = codes.get(int(xf.get("numFmtId") or 0) if (xf.get("numFmtId") or "0").isdigit() else 0, "")
        if is_percent(code) or '"' in code:
            out[i] = code
    return out


def is_percent(code: str) -> bool:
    """A number format that shows a value ×100 with a % sign (the sign outside quoted text)."""
    return "%" in _QUOTED.sub("", code.split(";")[0])


def as_shown(value, code: str):
    """The value as the format shows it: a percent-formatted number in points (0.272 → 27.2), a date
    with literal text as its text ('2024年11月時点'); anything else unchanged."""
    if isinstance(value, (int, float)) and not isinstance(value, bool) and is_percent(code):
        points = Decimal(str(value)) * 100
        return int(points) if points == points.to_integral_value() else float(points)
    if isinstance(value, (dt.date, dt.datetime)) and '"' in code:
        return _date_text(value, code.split(";")[0])
    return value


_DATE_TOKEN = re.compile(r'"([^"]*)"|\\(.)|(\[[^\]]*\])|(y{3,4}|y{1,2}|m{1,2}|d{1,2}|[^"\\\[ymd])', re.IGNORECASE)


def _date_text(d: dt.date, code: str) -> str:
    out = []
    for lit, esc, _bracket, tok in _DATE_TOKEN.findall(code):
        if lit or esc:
            out.append(lit or esc)
        elif tok:
            t = tok.lower()
            short = f"{d.year % 100:02d}"
            out.append({"yyyy": f"{d.year}", "yyy": f"{d.year}", "yy": short, "y": short, "mm": f"{d.month:02d}",
                        "m": f"{d.month}", "dd": f"{d.day:02d}", "d": f"{d.day}"}.get(t, tok))
    return "".join(out)
