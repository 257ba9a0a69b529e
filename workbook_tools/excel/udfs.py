"""Worksheet functions for Excel through xlwings (UDF Modules: workbook_tools.excel.udfs).

Each KT_ function is declared once with ``@udf``: its Python signature and
the Japanese description of every parameter.  ``udf`` applies xlwings'
decorators (metadata only) and records the declaration in ``UDFS``, from
which ``excel/udf_vba.py`` generates the VBA wrappers built into the add-in
(so nobody runs "Import Functions").  Each function calls the plain function
in functions.py.  Importing this module stays light: no pandas, no file
readers or writers (every recalculation in Excel pays for the import).

Errors: a function that cannot compute raises ``UdfError`` whose message
starts with ``ERROR_MARK``; the generated VBA wrapper turns it into the
Excel error value #VALUE! (ISERROR sees it) and keeps the Japanese reason for
``=KT_LAST_ERROR(cell)``.
"""
from __future__ import annotations

import inspect

import xlwings as xw

from workbook_tools.errors import WorkbookToolsError
from workbook_tools.excel import functions as f

CATEGORY = "共済ツール"
ERROR_MARK = "[KT] "
UDFS: dict[str, object] = {}


class UdfError(WorkbookToolsError):
    """A worksheet function cannot compute; the message is the Japanese reason."""

    def __init__(self, reason: str) -> None:
        super().__init__(ERROR_MARK + reason)
        self.reason = reason


def udf(args: dict[str, str], ndim2: tuple[str, ...] = ()):
    """Declare a KT_ worksheet function: one Japanese description per parameter, in order."""
    def deco(fn):
        params = list(inspect.signature(fn).parameters)
        if list(args) != params:
            raise TypeError(f"{fn.__name__}: descriptions {list(args)} do not match parameters {params}")
        fn.__kt_args__ = dict(args)
        UDFS[fn.__name__] = fn
        wrapped = fn
        for name in reversed(params):
            options = {"ndim": 2} if name in ndim2 else {}
            wrapped = xw.arg(name, doc=args[name], **options)(wrapped)
        return xw.func(category=CATEGORY)(wrapped)
    return deco


def reason(exc: BaseException) -> str:
    """The Japanese reason of a failed call (what KT_LAST_ERROR shows)."""
    return exc.reason if isinstance(exc, UdfError) else str(exc)


def _safe(fn, *args):
    try:
        return fn(*args)
    except UdfError:
        raise
    except Exception as exc:  # noqa: BLE001 - the cell shows #VALUE!, KT_LAST_ERROR the Japanese reason
        raise UdfError(str(exc) or type(exc).__name__) from exc


@udf({"actual": "実績（累積件数）", "target": "目標件数", "decimals": "% の小数桁数（省略時 1）", "mode": "「四捨五入」（省略時）または「切り捨て」"})
def KT_RATE(actual, target, decimals=1, mode="四捨五入"):
    """達成率・到達率（実績÷目標）。目標が 0 か空欄なら空欄。"""
    return _safe(f.achievement_rate, actual, target, decimals, mode)


@udf({"target": "目標件数", "actual": "実績（累積件数）"})
def KT_REMAINING(target, actual):
    """残件数（目標−実績）。目標を超えるとマイナス。"""
    return _safe(f.remaining, target, actual)


@udf({"values": "月別の件数の範囲（1 行）", "headers": "その上の月見出しの範囲（6月…5月）", "cutoff_month": "締め月（例 2）"})
def KT_CUMULATIVE(values, headers, cutoff_month):
    """N月累計（年度の最初の月から締め月まで）。"""
    return _safe(f.cumulative, values, headers, cutoff_month)


@udf({"current": "今年度の累積件数", "previous": "前年度の同じ月までの累計"})
def KT_YOY(current, previous):
    """前年比（件数の差）。"""
    return _safe(f.year_on_year, current, previous)


@udf({"policies": "団生保有", "members": "組合員数"})
def KT_JOIN_RATE(policies, members):
    """加入率（団生保有÷組合員数）。100% を超えても正常です。"""
    return _safe(f.join_rate, policies, members)


@udf({"members": "組合員数", "regular": "正規職員数", "nonregular": "会計年度任用職員・パート等の非正規職員数"})
def KT_ORG_RATE(members, regular, nonregular=0):
    """組織率（%）＝組合員数÷（正規＋非正規）×100。"""
    return _safe(f.organisation_rate, members, regular, nonregular)


@udf({"numerator": "分子", "denominator": "分母", "decimals": "% の小数桁数（省略時 1）", "mode": "「四捨五入」（省略時）または「切り捨て」"})
def KT_RATE_TEXT(numerator, denominator, decimals=1, mode="四捨五入"):
    """率を Excel と同じ丸めの文字列で（1÷16 → 6.3%）。"""
    return _safe(f.rate_text, numerator, denominator, decimals, mode)


@udf({"day": "日付（2025/1/24、令和7年1月 なども可）", "start_month": "年度の開始月（省略時 6）"})
def KT_FISCAL_YEAR(day, start_month=6):
    """日付の年度（開始月を指定）。"""
    return _safe(f.fiscal_year, day, start_month)


@udf({"code": "自治労県コード（例 14）"})
def KT_PREF_NAME(code):
    """自治労県コード → 県名。"""
    return _safe(f.pref_name, code)


@udf({"pref": "県名（東京・東京都・神奈川県本部 など）"})
def KT_PREF_CODE(pref):
    """県名 → 自治労県コード。"""
    return _safe(f.pref_code, pref)


@udf({"text": "文字列"})
def KT_NFKC(text):
    """全角英数字や部首文字（⽀・⻑ など）を正規化します。"""
    return _safe(f.nfkc, text)


@udf({"glyph": "☑ や □ の入ったセル"})
def KT_CHECKED(glyph):
    """チェック記号 → TRUE / FALSE（記号なしは空欄）。"""
    return _safe(f.checked, glyph)


@udf({"text": "「729名」「400程度か」などの回答"})
def KT_NUMBER(text):
    """あいまいな数の回答 → 数値（読めなければ空欄）。"""
    return _safe(f.messy_number, text)


@udf({"text": "「729名」「400程度か」などの回答"})
def KT_NUMBER_FLAG(text):
    """数の回答の読み取り注記（概数・不明・読取不可・注記あり）。"""
    return _safe(f.messy_number_flag, text)


@udf({"rows": "見出し行を含むグリッド全体の範囲",
      "start_month": "年度の開始月（省略時は見出しから判定）",
      "cutoff": "締め月 YYYY-MM（省略時は「N月累計」見出しから判定）"}, ndim2=("rows",))
def KT_GRID(rows, start_month=None, cutoff=None):
    """グリッド全体を再計算し、単組ごとの累積・前年比・達成率・残件数を配列で返します（スピル）。"""
    return _safe(f.recompute_grid, rows, start_month, cutoff)  # a 2-D list: Excel spills it (dynamic array)
