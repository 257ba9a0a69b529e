"""Number formats that change what a cell's value means, and yellow highlights.

python-calamine gives values, not formats: 0.272 shown as 27.20% arrives as
0.272, and a date cell formatted yyyy"年"m"月時点" arrives as a bare date.  The
styles part (``xl/styles.xml``) is read once per file (expat callbacks, io.xmlscan;
skipped when a byte test shows no such format can be there) and only
the cell styles that matter are kept: percent formats and formats with literal
text, and styles filled a highlighter's yellow (HIGHLIGHT: 「実施した項目は黄色で塗りつぶし」).  The sheet scan in
io/safety then records which cells use them.
"""
from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main}"  # expat's spelling (io.xmlscan)
_BUILTIN = {9: "0%", 10: "0.00%"}
_QUOTED = re.compile(r'"[^"]*"')


def special_styles(data: bytes | None) -> dict[int, str]:
    """{cell style (xf) index: format code} for percent formats and formats with literal text."""
    if not data or not _may_be_special(data):
        return {}
    from workbook_tools.io.xmlscan import scan

    codes = dict(_BUILTIN)
    xf_codes: list[tuple[str, str]] = []  # (numFmtId, fillId) of each cell style, in order
    highlights: list[bool] = []  # per fill: a solid yellow (a highlighter's colour)
    depth = 0
    cell_xfs = None  # depth of the first cellXfs under the root while inside it
    fills = None  # likewise for the first fills

    def start(name: str, attrs: dict[str, str]) -> None:
        nonlocal depth, cell_xfs, fills
        depth += 1
        if cell_xfs is not None and depth == cell_xfs + 1:  # every child of cellXfs is a cell style
            xf_codes.append((attrs.get("numFmtId") or "0", attrs.get("fillId") or "0"))
        elif name == _CELL_XFS and depth == 2 and cell_xfs is None:
            cell_xfs = depth
        elif fills is not None and fills > 0:
            if depth == fills + 1:
                highlights.append(False)
            elif name == _FG_COLOR and highlights and _yellow(attrs.get("rgb", "")):
                highlights[-1] = True
        elif name == _FILLS and depth == 2 and fills is None:
            fills = depth
        if name == _NUM_FMT and _number(attrs.get("numFmtId", "")) is not None:
            codes[_number(attrs["numFmtId"])] = attrs.get("formatCode") or ""

    def end(name: str) -> None:
        nonlocal depth, cell_xfs, fills
        if cell_xfs == depth:
            cell_xfs = -1  # done: a second cellXfs is not read (as ElementTree's find took the first)
        if fills == depth:
            fills = -1
        depth -= 1

    try:
        scan(data, start, end)
    except Exception:  # noqa: BLE001 - a broken styles part: values are read as calamine gives them
        return {}
    out = {}
    for i, (num, fill) in enumerate(xf_codes):
        code = codes.get(_number(num) or 0, "")
        if is_percent(code) or '"' in code:
            out[i] = code
        elif (k := _number(fill)) is not None and k < len(highlights) and highlights[k]:
            out[i] = HIGHLIGHT
    return out


HIGHLIGHT = "@highlight"  # a style filled yellow (no number format of its meaning): as_shown leaves its value alone


def _yellow(rgb: str) -> bool:
    """A highlighter's yellow (FFFF00, FFFF99, FFE699…: much red and green, little blue); not the pale cream of an
    input cell (FFF2CC) nor white."""
    rgb = rgb[-6:]
    if len(rgb) != 6 or not all(ch in "0123456789abcdefABCDEF" for ch in rgb):
        return False
    r, g, b = int(rgb[:2], 16), int(rgb[2:4], 16), int(rgb[4:], 16)
    return r >= 0xE0 and g >= 0xC0 and b <= 0xA0


def _number(text: str) -> int | None:
    return int(text) if text.isascii() and text.isdigit() else None


_NUM_FMT = _NS + "numFmt"
_CELL_XFS = _NS + "cellXfs"
_FILLS = _NS + "fills"
_FG_COLOR = _NS + "fgColor"
# a fill's colour (not the palette of indexedColors, which has a yellow in every file that carries it)
_SOLID_YELLOW = re.compile(rb'fgColor\s[^>]*rgb\s*=\s*"(?:[0-9A-Fa-f]{2})?[EFef][0-9A-Fa-f][C-Fc-f][0-9A-Fa-f]'
                           rb'[0-9Aa][0-9A-Fa-f]"')
# A built-in percent format (9, 10) named by a style; any spelling this test does not see
# (a character reference, single quotes, UTF-16) sends the part to the parser.
_BUILTIN_REF = re.compile(rb'numFmtId\s*=\s*"0*(?:9|10)"')


def _may_be_special(data: bytes) -> bool:
    """False when no format in the part can be a percent or hold literal text: no '%', no quoted
    text (&quot;), no character reference, no single-quoted attribute, not UTF-16, and no style
    naming a built-in percent format.  Only then is the parse skipped."""
    if b"%" in data or b"'" in data or b"\x00" in data or (b"&" in data and (b"&quot;" in data or b"&#" in data)):
        return True
    if b'"solid"' in data and _SOLID_YELLOW.search(data):  # a yellow fill: a highlighted cell may be an answer
        return True
    return _BUILTIN_REF.search(data) is not None


def is_percent(code: str) -> bool:
    """A number format that shows a value ×100 with a % sign (the sign outside quoted text and not escaped:
    0.0"%" and 0.0\\% show a literal sign after the value as it is)."""
    return "%" in _ESCAPED.sub("", _QUOTED.sub("", code.split(";")[0]))


_ESCAPED = re.compile(r"\\.")


def as_shown(value, code: str):
    """The value as the format shows it: a percent-formatted number in points (0.272 → 27.2), a date
    with literal text as its text ('2024年11月時点'); anything else unchanged."""
    if isinstance(value, (int, float)) and not isinstance(value, bool) and is_percent(code):
        points = Decimal(str(value)) * 100
        return int(points) if points == points.to_integral_value() else float(points)
    if isinstance(value, (dt.date, dt.datetime)) and '"' in code and _shows_year(code.split(";")[0]):
        return _date_text(value, code.split(";")[0])
    return value  # a date shown without its year (m"月"d"日") keeps it: the text alone could not give it back


def _shows_year(code: str) -> bool:
    return any(tok and tok[0].lower() in "yge" for _, _, _, tok in _DATE_TOKEN.findall(code))


_DATE_TOKEN = re.compile(r'"([^"]*)"|\\(.)|(\[[^\]]*\])|(y{3,4}|y{1,2}|m{1,2}|d{1,2}|g{1,3}|e{1,2}|[^"\\\[ymdge])',
                         re.IGNORECASE)
# Japanese eras as Excel's ggg / gg / g and e show them (the first day of each)
_ERAS = ((dt.date(2019, 5, 1), "令和", "令", "R"), (dt.date(1989, 1, 8), "平成", "平", "H"),
         (dt.date(1926, 12, 25), "昭和", "昭", "S"), (dt.date(1912, 7, 30), "大正", "大", "T"),
         (dt.date(1868, 1, 1), "明治", "明", "M"))


def _date_text(d: dt.date, code: str) -> str:
    out = []
    day = d.date() if isinstance(d, dt.datetime) else d
    era = next((e for e in _ERAS if day >= e[0]), None)
    for lit, esc, _bracket, tok in _DATE_TOKEN.findall(code):
        if lit or esc:
            out.append(lit or esc)
        elif tok:
            t = tok.lower()
            short = f"{d.year % 100:02d}"
            if t[0] in "ge" and era is not None:  # 和暦: ggg 令和, gg 令, g R; e the year of the era
                e_year = d.year - era[0].year + 1
                out.append({"ggg": era[1], "gg": era[2], "g": era[3]}.get(t) or
                           (f"{e_year:02d}" if t == "ee" else f"{e_year}"))
                continue
            out.append({"yyyy": f"{d.year}", "yyy": f"{d.year}", "yy": short, "y": short, "mm": f"{d.month:02d}",
                        "m": f"{d.month}", "dd": f"{d.day:02d}", "d": f"{d.day}"}.get(t, tok))
    return "".join(out)
