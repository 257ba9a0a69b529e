"""Bounded fuzzing of the legacy reader's rules (hypothesis, derandomized, 60 layouts per kind, ~15 s): sheets built
in memory from the forms' own printed texts — labels, titles, items, aliases with list numbers, arrows and brackets
around them — mixed with marks, number lists, legends, example and sign-off rows, dates, numbers, long and odd
strings, merged areas, hidden rows and columns, over one to three sheets.  Whatever the layout, locating never
raises (a reader bug would cost the sender's file: 取込不可), every field of the form gets a reading, and every cell
it reports (an answer, an entry, a hidden one) is a cell of the sheet it names.

The byte-level fuzzing of whole files is tests/test_fuzz.py; this one reaches the layout rules that a mutated
file seldom does (a label's qualifier, a pair's column asked on its own, a done list next to its label …)."""
import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from workbook_tools.forms import registry
from workbook_tools.io.locate import locate
from workbook_tools.io.readers import Book, SheetData, parse_a1
from workbook_tools.io.safety import Sniffed


def _printed(kind: str) -> list[str]:
    form = registry.find(kind).form
    texts = [form.title, *form.boilerplate]
    for s in form.sections:
        texts += [s.resolved_title(2024)] if s.title else []
        texts += list(s.groups)
        for f in s.fields:
            texts += [f.label, *f.aliases]
    return [t for t in texts if t]


WRAPS = ["{}", "①{}", "(3){}", "問2　{}", "Q1．{}", "Ⅲ．{}", "2-1　{}", "2　{}", "←{}", "（{}）", "{}（自治労）（人）",
         "{}（競合）", "{}　自治労", "（分母）{}", "2024年 {}", "■{}", "□{}", "{}（実施）", "{}：未実施", "{}：",
         "【{}】\n入庁式の後に説明した。", "{}（例：1,000人）"]
OTHER = ["☑", "□", "○", "×", "●", "◎", "△", "－", "レ", "済", "未", "済・未", "実施", "未実施", "TRUE", "FALSE",
         "実施：②③", "実施：なし", "実施した項目の番号", "1,2,5", "1～3", "なし", "記号：●実施　○未実施",
         "◎：実施　△：一部実施　－：未実施", "自治労 1,045人／競合 約200人", "自治労：58.1%、競合：11.1%", "記入例", "備考",
         "上記のとおり報告します。", "以上", "※注記です", "約900", "不明", "令和6年10月", "2025/2/12", "R7.2.12",
         "Ａ．答えです", "（把握していないため空欄）", "見本市職員労働組合", "組織の状況（令和6年12月1日現在）",
         "", " ", "\u3000", "（", "）", "←", "(", ")", "①", "Ⅲ", "問", "Q", "-", "=1+1", "@", "\n", "実施" * 40,
         " " * 300 + "x", "実施 1" + " " * 300 + "x"]
VALUES = st.one_of(st.integers(-5, 2_000), st.floats(allow_nan=False, allow_infinity=False, width=32), st.booleans(),
                   st.just(dt.datetime(2025, 2, 12)), st.text(max_size=12))


def _cells(printed: list[str]):
    label = st.builds(lambda w, t: w.format(t), st.sampled_from(WRAPS), st.sampled_from(printed))
    return st.one_of(label, label, st.sampled_from(OTHER), VALUES, st.none(), st.none(), st.none())


@st.composite
def _books(draw, kind: str):
    printed = _printed(kind)
    names = draw(st.lists(st.sampled_from(["Sheet1", "記入例", "回答", "様式", "原本", "前年度", "2"]), min_size=1,
                          max_size=3, unique=True))
    sheets, hidden = {}, {}
    for name in names:
        height, width = draw(st.integers(1, 20)), draw(st.integers(1, 8))
        rows = [[draw(_cells(printed)) for _ in range(width)] for _ in range(height)]
        rows = [["" if v is None else v for v in row] for row in rows]
        merged = []
        for _ in range(draw(st.integers(0, 4))):
            r1, c1 = draw(st.integers(0, height - 1)), draw(st.integers(0, width - 1))
            r2, c2 = draw(st.integers(r1, height - 1)), draw(st.integers(c1, width - 1))
            if (r1, c1) != (r2, c2) and not any(a <= r2 and r1 <= c and b <= c2 and c1 <= d for a, b, c, d in merged):
                merged.append((r1, c1, r2, c2))
        sheets[name] = SheetData(name, rows, merged)
        hidden["xls:" + name] = (set(draw(st.lists(st.integers(0, height), max_size=3))),
                                 set(draw(st.lists(st.integers(0, width), max_size=2))))
    sniffed = Sniffed("xls")
    sniffed.hidden = hidden
    return Book(path=None, sheet_names=names, sniffed=sniffed, _sheets=sheets)  # type: ignore[arg-type]


def _check(book: Book, kind: str) -> None:
    form = registry.find(kind).form
    loc = locate(book, form, year=2024)
    assert {(s.key, f.key) for s, f in form.all_fields()} <= set(loc.values)
    for found in loc.values.values():
        if found.cell and found.how in ("label", "inferred"):
            assert found.sheet in book.sheet_names
            r, c = parse_a1(found.cell)
            assert r >= 0 and c >= 0
    for sheet, cell, _ in [*loc.extras, *loc.hidden]:
        r, c = parse_a1(cell)
        data = book.sheet(sheet)
        assert data.value(r, c) is not None, (sheet, cell)


@settings(max_examples=60, deadline=dt.timedelta(seconds=10), derandomize=True)
@given(_books("report"))
def test_locating_a_report_never_raises(book):
    _check(book, "report")


@settings(max_examples=60, deadline=dt.timedelta(seconds=10), derandomize=True)
@given(_books("survey"))
def test_locating_a_survey_never_raises(book):
    _check(book, "survey")
