"""Report B reader, the habits of tests/legacy_contracts10 (each test on a small book of its own): the fiscal year
as the innermost heading under 目標 / 実績, last year's table 「（参考）令和7年度」 beside this year's, last year's
sheet left in the book (and Excel's copy 「R7年度 (2)」 retitled 令和8年度), a 県支部 with a note in brackets and a
備考 column, and the as-of month only in the file name 「R8.11末」, in 「報告月｜11｜月末」 or in a footer line.

Every expected figure is worked out by hand in the comments (never by the code under test)."""
import openpyxl

from workbook_tools.core.calendar import YearMonth
from workbook_tools.errors import INFO, WARNING
from workbook_tools.io.contracts_reader import read_contracts


def _book(path, sheets: dict[str, list[list]], merges: dict[str, list[str]] | None = None):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
        for rng in (merges or {}).get(name, []):
            ws.merge_cells(rng)
    wb.save(path)
    return path


def _by_product(products):
    return {p.product: p for p in products}


def _figures(product):
    return [(b.name, b.target, b.actual) for b in product.branches]


def _said(problems, code):
    return [p for p in problems if p.code == code]


# -- 1. the fiscal year under 目標 / 実績 (three heading rows), the month only in a footer line ---------------------

def _year_innermost(path):
    # 団生 over B:E; 目標 over B:C, 実績 over D:E; row 6: R7年度｜R8年度 under each.  R8: 青森 100/90, 岩手 50/60.
    rows = [
        ["新契約件数（北海道・東北）"],
        [],
        [],
        ["県支部", "団体生命共済"],
        [None, "目標", None, "実績"],
        [None, "R7年度", "R8年度", "R7年度", "R8年度"],
        ["青森", 95, 100, 97, 90],
        ["岩手", 45, 50, 30, 60],
        ["合計", 140, 150, 127, 150],
        [],
        ["以上（令和8年11月30日現在）"],
    ]
    return _book(path, {"集計表": rows}, {"集計表": ["A4:A6", "B4:E4", "B5:C5", "D5:E5"]})


def test_this_years_columns_under_the_measures_are_read(tmp_path):
    products, problems = read_contracts(_year_innermost(tmp_path / "b.xlsx"))
    p = _by_product(products)["団体生命共済"]
    assert _figures(p) == [("青森", 100, 90), ("岩手", 50, 60)]  # (the R8年度 columns C and E)
    left = _said(problems, "other_year_columns")
    assert left and left[0].severity == WARNING and "R7年度" in left[0].message
    assert p.as_of == YearMonth(2026, 11)  # 「以上（令和8年11月30日現在）」 under the table
    footer = _said(problems, "as_of_from_footer")
    assert footer and footer[0].cell == "A11" and footer[0].severity == INFO


def test_last_years_columns_read_when_asked(tmp_path):
    products, problems = read_contracts(_year_innermost(tmp_path / "b.xlsx"), 2025)
    assert _figures(_by_product(products)["団体生命共済"]) == [("青森", 95, 97), ("岩手", 45, 30)]  # (B and D)
    assert _said(problems, "other_year_columns")[0].severity == INFO


# -- 2. last year's table to the right, under 「（参考）令和7年度 同時期」 -----------------------------------------

def _reference_table(path):
    # this year's A4:C6 (滋賀 145/120, 京都 240/244); last year's F4:H6 (滋賀 138/140, 京都 234/234)
    rows = [
        ["令和8年度　団体生命共済　新契約実績（令和8年11月末現在）"],
        [],
        [None, None, None, None, None, "（参考）令和7年度 同時期"],
        ["県支部", "目標", "実績", "到達率", None, "県支部", "目標", "実績", "到達率"],
        ["滋賀県", 145, 120, "82.76%", None, "滋賀県", 138, 140, "101.45%"],
        ["京都府", 240, 244, "101.67%", None, "京都府", 234, 234, "100.00%"],
    ]
    return _book(path, {"団生": rows})


def test_reference_table_of_last_year_is_passed_over(tmp_path):
    products, problems = read_contracts(_reference_table(tmp_path / "b.xlsx"))
    p = _by_product(products)["団体生命共済"]
    assert _figures(p) == [("滋賀", 145, 120), ("京都", 240, 244)]
    assert p.as_of == YearMonth(2026, 11)
    assert not _said(problems, "duplicate_branch")
    left = _said(problems, "other_year_table")
    assert len(left) == 1 and left[0].cell == "F4:I6" and left[0].severity == WARNING


# -- 3. last year's sheet left in the book; Excel's copy 「R7年度 (2)」 is this year's ---------------------------

def _branch_sheet(year_title: str, figures: list[tuple[int, int]], month="11"):
    return [
        [f"{year_title}　新契約件数報告"],
        [],
        ["報告月", int(month), "月末"],
        [],
        ["共済名", "年間目標", "累計実績", "前年度同月実績"],
        ["団体生命共済", figures[0][0], figures[0][1], 99],
        ["自賠責共済", figures[1][0], figures[1][1], 99],
    ]


def test_a_sheet_of_last_year_is_not_read(tmp_path):
    path = _book(tmp_path / "b.xlsx", {
        "42福岡": _branch_sheet("令和8年度", [(480, 455), (600, 330)]),
        "佐賀県": _branch_sheet("令和8年度", [(140, 141), (180, 95)]),
        "大分（未着）": _branch_sheet("令和7年度", [(190, 200), (240, 250)]),
    })
    products, problems = read_contracts(path)
    p = _by_product(products)
    # (no 大分; in the federation's 県コード order: 福岡 before 佐賀)
    assert _figures(p["団体生命共済"]) == [("福岡", 480, 455), ("佐賀", 140, 141)]
    assert _figures(p["自賠責共済"]) == [("福岡", 600, 330), ("佐賀", 180, 95)]
    # 「報告月｜11｜月末」 under the title 令和8年度 (6月 … 翌5月): 2026年11月, the year supplied and said
    assert p["団体生命共済"].as_of == YearMonth(2026, 11)
    inferred = _said(problems, "as_of_year_inferred")
    assert inferred and inferred[0].cell == "B3"
    left = _said(problems, "other_year_sheet")
    assert [x.sheet for x in left] == ["大分（未着）"] and left[0].severity == WARNING and left[0].cell == "A1"


def test_excels_copy_of_last_years_sheet_gives_the_month(tmp_path):
    def sheet(title, figs):
        return [[title], [], ["県支部", "団体生命共済"], [None, "目標", "実績"], ["青森", *figs[0]], ["岩手", *figs[1]]]
    path = _book(tmp_path / "b.xlsx", {
        "R7年度": sheet("令和7年度　新契約件数　令和7年11月末現在", [(183, 160), (213, 215)]),
        "R7年度 (2)": sheet("令和8年度　新契約件数　令和8年11月末現在", [(190, 171), (220, 224)]),
    }, {n: ["B3:C3"] for n in ("R7年度", "R7年度 (2)")})
    products, problems = read_contracts(path)
    p = _by_product(products)["団体生命共済"]
    assert _figures(p) == [("青森", 190, 171), ("岩手", 220, 224)]
    assert p.as_of == YearMonth(2026, 11)  # (from the sheet read, not from 「R7年度」's title)
    assert not _said(problems, "duplicate_branch") and not _said(problems, "as_of_mismatch")
    assert [x.sheet for x in _said(problems, "other_year_sheet")] == ["R7年度"]


# -- 4. a 県支部 with a note in brackets, a 備考 column, months without their year ------------------------------

def test_branch_with_a_note_and_remarks_column(tmp_path):
    # products down, 県支部 across in 目標｜実績 pairs; 高知（幡多含む） 115/116; 備考 in column H
    rows = [
        ["令和8年度　新契約件数　中国・四国地連"],
        [],
        [],
        ["共済名", "時点", "山口", None, "高知（幡多含む）", None, "備考"],
        [None, None, "目標", "実績", "目標", "実績"],
        ["団体生命共済", "11月末", 215, 220, 115, 116, "広島の実績に移管2件を含む"],
        ["長期共済", "10月末", 50, 52, 30, 30, "前年度同期は261件"],
    ]
    path = _book(tmp_path / "b.xlsx", {"中国四国": rows}, {"中国四国": ["C4:D4", "E4:F4", "G4:G5"]})
    products, problems = read_contracts(path)
    p = _by_product(products)
    assert _figures(p["団体生命共済"]) == [("山口", 215, 220), ("高知", 115, 116)]
    assert p["団体生命共済"].as_of == YearMonth(2026, 11) and p["長期共済"].as_of == YearMonth(2026, 10)
    assert not _said(problems, "unknown_branch")  # (neither 高知（幡多含む） nor 備考)
    noted = _said(problems, "branch_note")
    assert len(noted) == 1 and noted[0].cell == "E4" and "幡多含む" in noted[0].message


# -- 5. the month only in the file name, era-dotted 「R8.11末」 --------------------------------------------------

def test_month_in_an_era_dotted_file_name(tmp_path):
    rows = [["令和8年度　新契約件数　関東甲信越地連"], [], ["県支部", "マイカー目標", "マイカー実績"],
            ["茨城", 520, 388], ["栃木", 410, 300]]
    products, problems = read_contracts(_book(tmp_path / "新契約_R8.11末.xlsx", {"新契約": rows}))
    p = _by_product(products)["じちろうマイカー共済"]
    assert _figures(p) == [("栃木", 410, 300), ("茨城", 520, 388)]  # (the federation's 県コード order)
    assert p.as_of == YearMonth(2026, 11)
    assert _said(problems, "as_of_from_file_name")
