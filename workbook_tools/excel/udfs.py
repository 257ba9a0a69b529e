"""Worksheet functions for Excel through xlwings (UDF Modules: workbook_tools.excel.udfs).

The decorators only attach metadata; each function calls the plain function
in functions.py.  Importing this module stays light: no pandas, no file
readers or writers (every recalculation in Excel pays for the import).
"""
from __future__ import annotations

import xlwings as xw

from workbook_tools.excel import functions as f

CATEGORY = "共済ツール"


def _safe(fn, *args):
    try:
        return fn(*args)
    except Exception as exc:  # noqa: BLE001 - a cell shows a Japanese message, never a traceback
        return f"#エラー: {exc}"


@xw.func(category=CATEGORY)
@xw.arg("actual", doc="実績（累積件数）")
@xw.arg("target", doc="目標件数")
@xw.arg("decimals", doc="% の小数桁数（省略時 1）")
@xw.arg("mode", doc="「四捨五入」（省略時）または「切り捨て」")
def KT_RATE(actual, target, decimals=1, mode="四捨五入"):
    """達成率・到達率（実績÷目標）。目標が 0 か空欄なら空欄。"""
    return _safe(f.achievement_rate, actual, target, decimals, mode)


@xw.func(category=CATEGORY)
@xw.arg("target", doc="目標件数")
@xw.arg("actual", doc="実績（累積件数）")
def KT_REMAINING(target, actual):
    """残件数（目標−実績）。目標を超えるとマイナス。"""
    return _safe(f.remaining, target, actual)


@xw.func(category=CATEGORY)
@xw.arg("values", doc="月別の件数の範囲（1 行）")
@xw.arg("headers", doc="その上の月見出しの範囲（6月…5月）")
@xw.arg("cutoff_month", doc="締め月（例 2）")
def KT_CUMULATIVE(values, headers, cutoff_month):
    """N月累計（年度の最初の月から締め月まで）。"""
    return _safe(f.cumulative, values, headers, cutoff_month)


@xw.func(category=CATEGORY)
@xw.arg("current", doc="今年度の累積件数")
@xw.arg("previous", doc="前年度の同じ月までの累計")
def KT_YOY(current, previous):
    """前年比（件数の差）。"""
    return _safe(f.year_on_year, current, previous)


@xw.func(category=CATEGORY)
@xw.arg("policies", doc="団生保有")
@xw.arg("members", doc="組合員数")
def KT_JOIN_RATE(policies, members):
    """加入率（団生保有÷組合員数）。100% を超えても正常です。"""
    return _safe(f.join_rate, policies, members)


@xw.func(category=CATEGORY)
@xw.arg("members", doc="組合員数")
@xw.arg("regular", doc="正規職員数")
@xw.arg("nonregular", doc="会計年度任用職員・パート等の非正規職員数")
def KT_ORG_RATE(members, regular, nonregular=0):
    """組織率（%）＝組合員数÷（正規＋非正規）×100。"""
    return _safe(f.organisation_rate, members, regular, nonregular)


@xw.func(category=CATEGORY)
@xw.arg("numerator", doc="分子")
@xw.arg("denominator", doc="分母")
@xw.arg("decimals", doc="% の小数桁数（省略時 1）")
@xw.arg("mode", doc="「四捨五入」（省略時）または「切り捨て」")
def KT_RATE_TEXT(numerator, denominator, decimals=1, mode="四捨五入"):
    """率を Excel と同じ丸めの文字列で（1÷16 → 6.3%）。"""
    return _safe(f.rate_text, numerator, denominator, decimals, mode)


@xw.func(category=CATEGORY)
@xw.arg("date", doc="日付（2025/1/24、令和7年1月 なども可）")
@xw.arg("start_month", doc="年度の開始月（省略時 6）")
def KT_FISCAL_YEAR(date, start_month=6):
    """日付の年度（開始月を指定）。"""
    return _safe(f.fiscal_year, date, start_month)


@xw.func(category=CATEGORY)
@xw.arg("code", doc="自治労県コード（例 14）")
def KT_PREF_NAME(code):
    """自治労県コード → 県名。"""
    return _safe(f.pref_name, code)


@xw.func(category=CATEGORY)
@xw.arg("name", doc="県名（東京・東京都・神奈川県本部 など）")
def KT_PREF_CODE(name):
    """県名 → 自治労県コード。"""
    return _safe(f.pref_code, name)


@xw.func(category=CATEGORY)
@xw.arg("text", doc="文字列")
def KT_NFKC(text):
    """全角英数字や部首文字（⽀・⻑ など）を正規化します。"""
    return _safe(f.nfkc, text)


@xw.func(category=CATEGORY)
@xw.arg("glyph", doc="☑ や □ の入ったセル")
def KT_CHECKED(glyph):
    """チェック記号 → TRUE / FALSE（記号なしは空欄）。"""
    return _safe(f.checked, glyph)


@xw.func(category=CATEGORY)
@xw.arg("text", doc="「729名」「400程度か」などの回答")
def KT_NUMBER(text):
    """あいまいな数の回答 → 数値（読めなければ空欄）。"""
    return _safe(f.messy_number, text)


@xw.func(category=CATEGORY)
@xw.arg("text", doc="「729名」「400程度か」などの回答")
def KT_NUMBER_FLAG(text):
    """数の回答の読み取り注記（概数・不明・読取不可・注記あり）。"""
    return _safe(f.messy_number_flag, text)


@xw.func(category=CATEGORY)
@xw.arg("rows", ndim=2, doc="見出し行を含むグリッド全体の範囲")
@xw.arg("start_month", doc="年度の開始月（省略時は見出しから判定）")
@xw.arg("cutoff", doc="締め月 YYYY-MM（省略時は「N月累計」見出しから判定）")
@xw.ret(expand="table", index=False, header=True)
def KT_GRID(rows, start_month=None, cutoff=None):
    """グリッド全体を再計算し、単組ごとの累積・前年比・達成率・残件数を配列で返します（スピル）。"""
    try:
        return _table(f.recompute_grid(rows, start_month, cutoff))
    except Exception as exc:  # noqa: BLE001
        return [[f"#エラー: {exc}"]]


def _table(rows: list[list]):
    """A table (header row first) as a pandas DataFrame when pandas is installed, so xlwings'
    DataFrame converter writes it; else the plain list of rows (same cells either way)."""
    try:
        import pandas as pd
    except ImportError:
        return rows
    return pd.DataFrame(rows[1:], columns=rows[0])
