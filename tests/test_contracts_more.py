"""Report B reader: hidden columns, 県CD-only tables, old glyphs, two versions side by side, abbreviations, a
table continued on a second sheet, month-by-month tables and the month in the file's name.

Every expected figure is worked out by hand in the comments (never by the code under test)."""
import openpyxl
import pytest

from workbook_tools.app import contracts as job
from workbook_tools.core.prefectures import by_name, fold_variants
from workbook_tools.errors import INFO, WARNING
from workbook_tools.forms import contracts as form
from workbook_tools.io.contracts_reader import read_contracts


def _book(path, sheets: dict[str, list[list]], merges: dict[str, list[str]] | None = None,
          hidden_cols: dict[str, list[str]] | None = None, formats: dict[str, dict[str, str]] | None = None):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
        for rng in (merges or {}).get(name, []):
            ws.merge_cells(rng)
        for col in (hidden_cols or {}).get(name, []):
            ws.column_dimensions[col].hidden = True
        for ref, fmt in (formats or {}).get(name, {}).items():
            ws[ref].number_format = fmt
    wb.save(path)
    return path


def _figures(product):
    return [(b.figures.name, b.figures.target, b.figures.actual) for b in product.branches]


# -- 1. hidden columns ------------------------------------------------------------------------------------------

def _hidden_year_sheet():
    # 団生 over B:E: B｜C last year's 目標｜実績 (hidden), D｜E this year's.  火災 over F:G: this year's only.
    return [
        ["東海北陸　新契約件数（2025年1月末現在）"],
        [],
        ["県支部", "団体生命共済", None, None, None, "火災共済", None],
        [None, "前年度", None, "今年度", None, "今年度", None],
        [None, "目標", "実績", "目標", "実績", "目標", "実績"],
        ["富山", 240, 262, 250, 204, 50, 23],
        ["石川", 220, 198, 230, 231, 48, 22],
    ]


def test_hidden_columns_of_last_year_are_not_read(tmp_path):
    path = _book(tmp_path / "隠し列.xlsx", {"東海北陸": _hidden_year_sheet()},
                 {"東海北陸": ["B3:E3", "F3:G3", "B4:C4", "D4:E4", "F4:G4"]}, {"東海北陸": ["B", "C"]})
    j = job.recompute(path)
    by = {p.product: p for p in j.result.products}
    life = by["団体生命共済"]
    # the visible D｜E: 富山 250/204, 石川 230/231 → 目標 480, 実績 435; 石川 231 ≥ 230 reached it (富山's hidden
    # 262 ≥ 240 is last year's and must not make it an achiever)
    assert _figures(life) == [("富山", 250, 204), ("石川", 230, 231)]
    assert (life.target, life.actual) == (480, 435)
    assert [b.figures.name for b in life.achievers] == ["石川"]
    # 435 / 480 = 0.90625 → 90.62 % truncated
    assert j.result.rule.text(life.rate) == "90.62%"
    said = [x for x in j.problems if x.code == "hidden_columns"]
    assert len(said) == 1 and said[0].severity == INFO and said[0].sheet == "東海北陸"
    assert said[0].cell == "B5:C7" and "団体生命共済" in said[0].message  # 目標 heading row 5 to the last 県支部, row 7
    assert not [x for x in j.problems if x.code in ("duplicate_branch", "product_twice")]


def test_a_measure_only_in_a_hidden_column_is_a_warning(tmp_path):
    # 火災's only 実績 column (C) is hidden: its 実績 is not read, and that is a warning, not silence
    rows = [["新契約（2025年1月末）"], ["県支部", "火災共済", None], [None, "目標", "実績"], ["秋田", 10, 12], ["山形", 5, 1]]
    path = _book(tmp_path / "実績隠し.xlsx", {"実績": rows}, {"実績": ["B2:C2"]}, {"実績": ["C"]})
    products, problems = read_contracts(path)
    assert [(b.name, b.target, b.actual) for b in products[0].branches] == [("秋田", 10, None), ("山形", 5, None)]
    said = [x for x in problems if x.code == "hidden_columns"]
    assert len(said) == 1 and said[0].severity == WARNING and said[0].cell == "C3:C5"
    assert "火災共済の実績" in said[0].message


def test_hidden_columns_are_not_the_long_tables_columns(tmp_path):
    # 商品｜県支部｜目標 (hidden, last year's)｜目標｜実績: the visible 目標 is read
    rows = [["商品", "県支部", "目標", "目標", "実績", "時点"],
            ["火災共済", "秋田", 99, 10, 12, "2025年1月"],
            ["火災共済", "山形", 99, 5, 1, "2025年1月"]]
    path = _book(tmp_path / "縦長隠し列.xlsx", {"入力": rows}, hidden_cols={"入力": ["C"]})
    products, problems = read_contracts(path)
    assert [(b.name, b.target, b.actual) for b in products[0].branches] == [("秋田", 10, 12), ("山形", 5, 1)]
    said = [x for x in problems if x.code == "hidden_columns"]
    assert len(said) == 1 and said[0].cell == "C1:C3"


# -- 2. 県CD only, the month in the file's name ---------------------------------------------------------------------

def _coded_rows():
    return [
        ["県CD", "団生目標", "団生実績", "退団目標", "退団実績"],
        ["全国", 510, 452, 60, 19],  # a total: never a 県支部
        [1, 200, 150, 20, 5],  # 01 北海道
        [13, 100, 101, 10, 12],  # 13 埼玉 (not JIS 13 東京)
        ["05", 80, 80, None, 2],  # 05 宮城, typed as text
        [49, 130, 121, 30, 0],  # 49 沖縄
    ]


def test_branches_given_only_by_their_code(tmp_path):
    path = _book(tmp_path / "県CD別_新契約_202501.xlsx", {"Sheet1": _coded_rows()},
                 formats={"Sheet1": {"A3": "00", "A4": "00", "A6": "00"}})
    j = job.recompute(path)
    by = {p.product: p for p in j.result.products}
    life, retired = by["団体生命共済"], by["じちろう退職者団体生命共済"]
    # HQ's order by code: 01 北海道, 05 宮城, 13 埼玉, 49 沖縄
    assert _figures(life) == [("北海道", 200, 150), ("宮城", 80, 80), ("埼玉", 100, 101), ("沖縄", 130, 121)]
    assert (life.target, life.actual) == (510, 452)  # 200+80+100+130, 150+80+101+121
    assert [b.figures.name for b in life.achievers] == ["宮城", "埼玉"]
    # 退団: 20+10+30 = 60 (宮城 blank), 5+2+12+0 = 19; 埼玉 12 ≥ 10 only
    assert (retired.target, retired.actual) == (60, 19)
    assert [b.figures.name for b in retired.achievers] == ["埼玉"]
    # no month inside the file: the file name's 202501, said
    assert (str(life.as_of), str(retired.as_of)) == ("2025-01", "2025-01")
    codes = {x.code: x for x in j.problems}
    assert codes["branch_by_code"].cell == "A3:A6" and codes["branch_by_code"].severity == INFO
    assert codes["as_of_from_file_name"].severity == INFO and "202501" in codes["as_of_from_file_name"].message
    assert "no_as_of" not in codes and "unknown_branch" not in codes


def test_a_month_inside_the_file_wins_over_the_file_name(tmp_path):
    rows = [["本部集計　県別新契約件数（2024年12月末現在）"], []] + _coded_rows()
    path = _book(tmp_path / "県CD別_202501.xlsx", {"Sheet1": rows})
    products, problems = read_contracts(path)
    assert {str(p.as_of) for p in products} == {"2024-12"}
    assert "as_of_from_file_name" not in {x.code for x in problems}


def test_a_plain_code_column_of_unions_is_no_list_of_branches(tmp_path):
    # 単組 numbered 1, 2, 3: 02 is no prefecture's code, so the column is not read as 県支部
    rows = [["コード", "団生目標", "団生実績"], [1, 10, 5], [2, 20, 6], [3, 30, 7]]
    path = _book(tmp_path / "単組コード.xlsx", {"Sheet1": rows})
    with pytest.raises(Exception) as err:
        read_contracts(path)
    assert "見つかりません" in str(err.value)


# -- 3. old glyphs, two versions side by side -------------------------------------------------------------------------

@pytest.mark.parametrize("typed,name", [("德　島", "徳島"), ("髙知県支部", "高知"), ("長﨑県", "長崎"), ("廣島県本部", "広島"),
                                        ("鹿兒島", "鹿児島"), ("沖繩", "沖縄")])
def test_old_glyphs_of_prefecture_names(typed, name):
    assert by_name(typed).name == name


def test_the_fold_changes_only_the_listed_glyphs():
    assert fold_variants("德髙﨑邊邉濵") == "徳高崎辺辺浜"
    assert fold_variants("団体生命共済 富山") == "団体生命共済 富山"


def _version(caption, figures, note):
    # one table: 県支部｜団生 目標 実績｜マイカー 目標 実績, the caption above, a note under it
    rows = [[caption, None, None, None, None], ["県支部", "団生", None, "マイカー", None],
            [None, "目標", "実績", "目標", "実績"]]
    rows += [[name, *f] for name, f in figures]
    return rows + [[], [note, None, None, None, None]]


def test_two_versions_side_by_side_only_the_latest_is_read(tmp_path):
    before = _version("【前回報告】2024年12月末現在", [("德　島", (100, 60, 50, 20)), ("香川", (90, 80, 40, 30))],
                      "※マイカーは2024年11月末現在")
    now = _version("【今回報告】2025年1月末現在", [("德　島", (100, 101, 50, 25)), ("香川", (90, 85, 40, 33))],
                   "※マイカーは2024年12月末現在")
    rows = [["中国四国　新契約件数"], ["報告日：2025年2月12日"]]
    rows += [b + [None] + n for b, n in zip(before, now)]  # A:E the previous report, G:K this one
    merges = ["B4:C4", "D4:E4", "H4:I4", "J4:K4"]
    path = _book(tmp_path / "前回今回.xlsx", {"中国四国": rows}, {"中国四国": merges})
    j = job.recompute(path)
    by = {p.product: p for p in j.result.products}
    life, car = by["団体生命共済"], by["じちろうマイカー共済"]
    # 今回 only: 徳島 100/101 (reached), 香川 90/85; マイカー 徳島 50/25, 香川 40/33
    assert _figures(life) == [("香川", 90, 85), ("徳島", 100, 101)]  # HQ order: 38 香川, 39 徳島
    assert (life.target, life.actual) == (190, 186)
    assert [b.figures.name for b in life.achievers] == ["徳島"]
    assert _figures(car) == [("香川", 40, 33), ("徳島", 50, 25)]
    # the caption over this report's table gives 2025-01; the note under it gives マイカー 2024-12 (not the 前回's 11月)
    assert (str(life.as_of), str(car.as_of)) == ("2025-01", "2024-12")
    codes = [x.code for x in j.problems]
    assert codes.count("earlier_table") == 1
    left = next(x for x in j.problems if x.code == "earlier_table")
    # the previous table: its headings from row 4, its last 県支部 on row 7, columns A to E
    assert left.severity == INFO and left.cell == "A4:E7" and "前回報告" in left.message
    assert not {"duplicate_branch", "as_of_mismatch", "unknown_branch"} & set(codes)


def test_two_halves_side_by_side_are_both_read(tmp_path):
    # the same heading twice, other 県支部 on each side: two halves of one list, not two versions
    left = _version("2025年1月末現在", [("秋田", (10, 5, 4, 1)), ("山形", (20, 6, 5, 2))], "")
    right = _version("2024年12月末現在", [("福島", (30, 7, 6, 3)), ("新潟", (40, 8, 7, 4))], "")
    rows = [a + [None] + b for a, b in zip(left, right)]
    path = _book(tmp_path / "左右.xlsx", {"表": rows}, {"表": ["B2:C2", "D2:E2", "H2:I2", "J2:K2"]})
    products, problems = read_contracts(path)
    life = next(p for p in products if p.product == "団体生命共済")
    assert [(b.name, b.target, b.actual) for b in life.branches] == \
        [("秋田", 10, 5), ("山形", 20, 6), ("福島", 30, 7), ("新潟", 40, 8)]
    assert "earlier_table" not in {x.code for x in problems}


# -- 4. abbreviations, a table continued on a second sheet -------------------------------------------------------------

@pytest.mark.parametrize("heading,expected", [
    ("自賠", ("自賠責共済", None)), ("車両補償", ("車両損害補償", None)), ("適格年金", ("税制適格年金", None)),
    ("こども満期", ("こども保障満期金付きタイプ", None)), ("退団実績", ("じちろう退職者団体生命共済", "actual")),
])
def test_abbreviations_name_their_products(heading, expected):
    assert form.product_of(heading) == expected


def test_a_table_continued_on_a_second_sheet_takes_the_first_sheets_month(tmp_path):
    heads = ["No.", "共済名", "県本部", "目標件数", "実績件数"]
    first = [["近畿地連　新契約件数一覧（2025年1月末現在）"], ["※自賠は2024年12月末現在"], [], heads,
             [1, "自賠", "滋賀県本部", 160, 87], [2, "〃", "京都府本部", 6, 79]]
    second = [["近畿地連　新契約件数一覧（つづき）"], [], heads,
              [3, "適格年金", "滋賀県本部", 35, 15], [4, "〃", "京都府本部", None, 2]]
    path = _book(tmp_path / "二枚.xlsx", {"新契約(1)": first, "新契約(2)": second})
    j = job.recompute(path)
    by = {p.product: p for p in j.result.products}
    jibai, pension = by["自賠責共済"], by["税制適格年金"]
    assert _figures(jibai) == [("滋賀", 160, 87), ("京都", 6, 79)]
    assert _figures(pension) == [("滋賀", 35, 15), ("京都", None, 2)]
    # 自賠: the note on sheet (1) → 2024-12; 適格年金: nothing on sheet (2) → sheet (1)'s title, 2025-01
    assert (str(jibai.as_of), str(pension.as_of)) == ("2024-12", "2025-01")
    said = [x for x in j.problems if x.code == "as_of_continued"]
    assert len(said) == 1 and said[0].sheet == "新契約(2)" and said[0].cell == "A1" and "税制適格年金" in said[0].message
    assert not {"unknown_product", "no_as_of"} & {x.code for x in j.problems}


# -- 5. month-by-month columns without a cumulative one -------------------------------------------------------------

def test_month_columns_without_a_cumulative_column_are_summed(tmp_path):
    rows = [["九州地連　月別新契約件数（2025年1月末現在）"], ["※マイカーは2024年12月末現在"], [],
            ["共済", "県支部", "前年度実績", "年間目標", "6月", "7月", "8月", "9月", "備考"],
            ["団体生命", "福岡県", 300, 100, 40, 30, None, 31, ""],  # 40+30+31 = 101 ≥ 100
            ["団体生命", "佐賀県", 190, 185, 50, None, None, None, ""],  # 50 (前年度実績 190 ≥ 185 is last year's)
            ["マイカー", "福岡県", 15, 6, 2, 3, 4, None, "管理移行分を含む"],  # 2+3+4 = 9 ≥ 6
            ["マイカー", "佐賀県", 30, 40, None, None, None, None, ""]]  # nothing typed: no figure
    path = _book(tmp_path / "月別.xlsx", {"月別実績": rows})
    j = job.recompute(path)
    by = {p.product: p for p in j.result.products}
    life, car = by["団体生命共済"], by["じちろうマイカー共済"]
    assert _figures(life) == [("福岡", 100, 101), ("佐賀", 185, 50)]
    assert [b.figures.name for b in life.achievers] == ["福岡"]
    assert _figures(car) == [("福岡", 6, 9), ("佐賀", 40, None)]
    assert (str(life.as_of), str(car.as_of)) == ("2025-01", "2024-12")  # the title; the note naming マイカー
    said = [x for x in j.problems if x.code == "actual_from_months"]
    assert len(said) == 1 and said[0].severity == INFO and said[0].cell == "E4:H8"
