"""Form definition of Report A (加入拡大モデル単組 grid): HQ's column layout.

The same column plan drives the writer (HQ layout with formulas), the
template, and the reader (which finds these headers by text, never by
position).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from workbook_tools.core.calendar import YearMonth
from workbook_tools.core.grid import GridSpec

KIND = "grid"
VERSION = "1.0"
TITLE = "加入拡大モデル単組の取り組み状況"
SECTOR_NOTE = "※社保労連は単組目標を設定して推進しているが、加入拡大モデル単組の全国集計には含まない。"
# under the table, in the achievers' own colours: what a green row means (printed in black and white it is a grey one)
ACHIEVER_NOTE = "※色を付けた行（白黒の印刷では灰色の行）は目標達成（累積件数が目標件数以上）の単組です。"

# Fixed columns: key, header as HQ prints it, header texts the reader accepts
# (compared after NFKC with spaces and line breaks removed).
LEFT = [
    ("pref_code", "自治労県コード", ("自治労県コード", "県コード", "県No.", "県No", "県番号")),
    ("pref_name", "県名", ("県名", "県本部", "県支部")),
    ("union_code", "単組コード", ("単組コード", "単組CD", "コード", "単組No.", "単組No", "単組番号")),  # (「コード」: 県コード and 単組コード in one, 01021)
    # (not 「モデル単組」 alone: a column of ○ marks saying which unions are model ones stands beside the names)
    ("union_name", "加入拡大モデル単組", ("加入拡大モデル単組", "加入拡大モデル単組名", "モデル単組名", "単組名", "単組")),
    ("members", "組合員数", ("組合員数", "組合員")),
    ("policies", "団生保有", ("団生保有", "団生保有件数", "団生保有数", "団体生命保有", "団体生命保有件数", "団体生命共済保有件数")),
    ("join_rate", "加入率", ("加入率",)),
    ("effective", "発効", ("発効", "発効月")),
]
RIGHT = [
    ("cumulative", "累積件数", ("累積件数", "累積")),
    ("target", "目標件数", ("目標件数", "目標", "今年度目標", "年間目標", "年度目標", "目標数", "当年度目標")),
    ("yoy", "前年比", ("前年比", "前年比実績", "前年比件数")),
    ("achievement", "達成率", ("達成率", "到達率")),
    ("remaining", "残件数", ("残件数", "残件")),
    ("pref_name_right", "県名", ("県名",)),  # (read as the 県名 when the table has none on the left)
]
SUMMARY_HEADERS = ["取組単組", "目標", "実績", "到達率", "目標達成単組"]

YEAR_LABEL_RE = re.compile(r"^(\d{4})年度(?:月別件数|月別実績|月別|件数)?$")  # over a year's months
YEAR_TOTAL_RE = re.compile(r"^(\d{4})年度実績$")
MONTH_RE = re.compile(r"^(\d{1,2})月$")
CUMULATIVE_RE = re.compile(r"^(\d{1,2})月累計$")
YEAR_CUMULATIVE_RE = re.compile(r"^(\d{4})年度(\d{1,2})月累計$")  # a past year's typed 累計, its months not given


@dataclass(frozen=True)
class Slot:
    """One column of the written grid."""

    key: str  # e.g. "members", "month", "year_total", "cum_past"
    header: str
    year: int | None = None  # fiscal year for per-year columns
    ym: YearMonth | None = None  # calendar month for month columns


def plan_columns(spec: GridSpec) -> list[Slot]:
    y2, y1, y0 = spec.years
    slots = [Slot(k, h) for k, h, _ in LEFT]
    slots += [Slot("year_total", f"{y}年度実績", year=y) for y in (y2, y1)]
    for y in (y2, y1, y0):
        slots += [Slot("month", f"{ym.month}月", year=y, ym=ym) for ym in spec.months(y)]
        if y != y0:
            slots.append(Slot("cum_past", f"{spec.cutoff.month}月累計", year=y))
    slots += [Slot(k, h) for k, h, _ in RIGHT]
    return slots


def title(spec: GridSpec, *, with_cutoff: bool = True) -> str:
    """The sheet's title on one line: 「2024年度 加入拡大モデル単組の取り組み状況（6月開始） 2024年6月～2025年5月（…速報値）」."""
    return f"{spec.fiscal_year}年度 {TITLE}（{spec.start_month}月開始） {title_parts(spec, with_cutoff=with_cutoff)[1]}"


def title_parts(spec: GridSpec, *, with_cutoff: bool = True) -> tuple[str, str]:
    """The title in two parts as the sheet prints it: the year and the report's name (two lines, 「2024年度（6月開始）」
    over 「加入拡大モデル単組の取り組み状況」), which fits the identity columns printed on every page, and the period
    (「2024年6月～2025年5月（2025年2月速報値）」), beside it on the first page only."""
    first = spec.months(spec.fiscal_year)[0]
    last = spec.months(spec.fiscal_year)[-1]
    period = f"{first.year}年{first.month}月～{last.year}年{last.month}月"
    cut = f"（{spec.cutoff.year}年{spec.cutoff.month}月速報値）" if with_cutoff else ""
    return f"{spec.fiscal_year}年度（{spec.start_month}月開始）\n{TITLE}", period + cut
