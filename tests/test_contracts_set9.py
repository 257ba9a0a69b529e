"""Report B reader, the habits of tests/legacy_contracts9 (each test on a small book of its own): last year's columns
beside this year's, 目標｜実績｜率 rows on a sheet named 実績, JIS 都道府県コード, next month's sheet prepared ahead, an
as-of date shown by its number format, a note 「…は前月末現在の件数です」 and a system's export pasted twice.

Every expected figure is worked out by hand in the comments (never by the code under test)."""
import datetime as dt

import openpyxl
import pytest

from workbook_tools.errors import INFO, WARNING, InputError
from workbook_tools.io.contracts_reader import read_contracts


def _book(path, sheets: dict[str, list[list]], merges: dict[str, list[str]] | None = None,
          formats: dict[str, dict[str, str]] | None = None):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
        for rng in (merges or {}).get(name, []):
            ws.merge_cells(rng)
        for ref, fmt in (formats or {}).get(name, {}).items():
            ws[ref].number_format = fmt
    wb.save(path)
    return path


def _by_product(products):
    return {p.product: p for p in products}


def _figures(product):
    return [(b.name, b.target, b.actual) for b in product.branches]


def _codes(problems):
    return [p.code for p in problems]


# -- 1. last year's columns beside this year's ------------------------------------------------------------------

def _two_years(path):
    # 団生 over B:G: B｜C｜D 令和5年度（確定） 目標｜実績｜達成率, E｜F｜G 令和6年度（1月末）; 火災（12月末） over H:M likewise.
    rows = [
        ["東北　主要共済 新契約件数"],
        ["※令和5年度は確定値。令和6年度は速報値。"],
        ["県支部", "団体生命共済", None, None, None, None, None, "火災共済（12月末）"],
        [None, "令和5年度（確定）", None, None, "令和6年度（1月末）", None, None,
         "令和5年度（確定）", None, None, "令和6年度（12月末）"],
        [None] + ["目標", "実績", "達成率"] * 4,
        ["青森", 100, 90, 0.9, 110, 111, 1.009, 40, 41, 1.025, 45, 20, 0.444],
        ["岩手", 80, 85, 1.063, 90, 70, 0.778, 30, 10, 0.333, 35, 36, 1.029],
        ["合計", 180, 175, 0.972, 200, 181, 0.905, 70, 51, 0.729, 80, 56, 0.7],
    ]
    merges = ["A3:A5", "B3:G3", "H3:M3", "B4:D4", "E4:G4", "H4:J4", "K4:M4"]
    return _book(path, {"新契約": rows}, {"新契約": merges})


def test_last_years_columns_beside_this_years_are_left_and_said(tmp_path):
    products, problems = read_contracts(_two_years(tmp_path / "前年度列.xlsx"))
    by = _by_product(products)
    # this year's E｜F and K｜L: 団生 青森 110/111, 岩手 90/70 (2025年1月: 令和6年度 runs June 2024 - May 2025);
    # 火災 青森 45/20, 岩手 35/36 (12月末 of 令和6年度 = 2024年12月, not 2023年12月 of the 令和5年度 note)
    assert _figures(by["団体生命共済"]) == [("青森", 110, 111), ("岩手", 90, 70)]
    assert _figures(by["火災共済"]) == [("青森", 45, 20), ("岩手", 35, 36)]
    assert str(by["団体生命共済"].as_of) == "2025-01"
    assert str(by["火災共済"].as_of) == "2024-12"
    said = [p for p in problems if p.code == "other_year_columns"]
    assert len(said) == 1 and said[0].severity == WARNING and said[0].sheet == "新契約"
    assert said[0].cell == "E4・K4"  # the headings of the columns read
    assert "令和5年度（確定）" in said[0].message and "B4・H4" in said[0].message


def test_the_year_asked_reads_that_years_columns(tmp_path):
    products, problems = read_contracts(_two_years(tmp_path / "前年度列.xlsx"), year=2023)
    by = _by_product(products)
    # 令和5年度 = fiscal 2023: B｜C and H｜I
    assert _figures(by["団体生命共済"]) == [("青森", 100, 90), ("岩手", 80, 85)]
    assert _figures(by["火災共済"]) == [("青森", 40, 41), ("岩手", 30, 10)]
    said = [p for p in problems if p.code == "other_year_columns"]
    assert len(said) == 1 and said[0].severity == INFO and said[0].cell == "B4・H4"


def test_this_years_columns_named_kon_nendo_are_read(tmp_path):
    # headings written over the first column of each pair, not merged: B｜C 前年度, D｜E 今年度 (団生); F｜G, H｜I (長期)
    rows = [
        ["東北 新契約件数（2025年1月末現在）"],
        [],
        ["県支部", "団体生命共済", None, None, None, "長期共済"],
        [None, "前年度", None, "今年度", None, "前年度", None, "今年度"],
        [None] + ["目標", "実績"] * 4,
        ["青森", 100, 90, 110, 111, 10, 9, 11, 12],
        ["岩手", 80, 85, 90, 70, 8, 8, 9, 7],
    ]
    products, problems = read_contracts(_book(tmp_path / "今年度.xlsx", {"新契約": rows}))
    by = _by_product(products)
    assert _figures(by["団体生命共済"]) == [("青森", 110, 111), ("岩手", 90, 70)]
    assert _figures(by["長期共済"]) == [("青森", 11, 12), ("岩手", 9, 7)]
    said = next(p for p in problems if p.code == "other_year_columns")
    assert said.severity == INFO and said.cell == "D4・H4" and "B4・F4" in said.message


# -- 2. 目標｜実績｜率 rows under each 県支部, on a sheet named 実績 ------------------------------------------------

def test_measure_rows_win_over_a_sheet_named_jisseki(tmp_path):
    rows = [
        ["主要共済　新契約件数（近畿）"],
        ["令和7年1月31日現在"],
        [],
        ["地連", "県支部", "区分", "団体生命共済", "長期共済"],
        ["近畿", "滋賀", "目標", 150, 55],
        [None, None, "実績", 131, 41],
        [None, None, "率", 0.873, 0.745],
        [None, "京都", "目標", 240, 92],
        [None, None, "実績", 250, 93],
        [None, None, "率", 1.042, 1.011],
        [None, "奈良", "目標", 160, 60],  # (奈良 has no 率 row)
        [None, None, "実績", 140, 50],
        [None, "小計", "目標", 550, 207],
        [None, None, "実績", 521, 184],
        [None, None, "率", 0.947, 0.889],
    ]
    merges = ["B5:B7", "B8:B10", "B11:B12", "B13:B15", "A5:A15"]
    products, problems = read_contracts(_book(tmp_path / "区分3行.xlsx", {"実績": rows}, {"実績": merges}))
    by = _by_product(products)
    # the 目標 row is the target, the 実績 row the result (the sheet's name does not make every row 実績), the 率 row
    # is never read; 小計 is a total
    assert _figures(by["団体生命共済"]) == [("滋賀", 150, 131), ("京都", 240, 250), ("奈良", 160, 140)]
    assert _figures(by["長期共済"]) == [("滋賀", 55, 41), ("京都", 92, 93), ("奈良", 60, 50)]
    assert str(by["団体生命共済"].as_of) == "2025-01"
    assert "duplicate_branch" not in _codes(problems) and "bad_number" not in _codes(problems)


# -- 3. JIS 都道府県コード ---------------------------------------------------------------------------------------

_JIS_NAMES = ["北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県", "茨城県", "栃木県", "群馬県", "埼玉県",
              "千葉県", "東京都", "神奈川県"]


def _coded(path, head: str, note: str | None, code_table: bool):
    rows = [
        ["関東　新契約件数（2025年1月末現在）"],
        [note],
        [],
        [head, "団体生命共済", None, "自賠責共済", None],
        [None, "目標", "実績", "目標", "実績"],
        ["11", 400, 352, 500, 270],
        ["13", 150, 183, 400, 230],
        ["14", 420, 401, 520, 300],
    ]
    sheets = {"新契約": rows}
    if code_table:
        sheets["コード表"] = [["都道府県コード", "都道府県名"]] + [[f"{i:02d}", n] for i, n in enumerate(_JIS_NAMES, 1)]
    return _book(path, sheets, {"新契約": ["A4:A5", "B4:C4", "D4:E4"]})


def test_jis_codes_said_by_the_note_are_read_as_jis(tmp_path):
    note = "※都道府県コードは総務省の都道府県コード（JIS X 0401）。　※自賠責は2024年12月末現在"
    products, problems = read_contracts(_coded(tmp_path / "JIS.xlsx", "都道府県コード", note, False))
    by = _by_product(products)
    # JIS 11 埼玉, 13 東京, 14 神奈川 (as the federation's codes they would be 茨城, 埼玉, 東京), in the federation's
    # order 13 埼玉, 14 東京, 16 神奈川; the note's second sentence gives 自賠責 its month
    assert _figures(by["団体生命共済"]) == [("埼玉", 400, 352), ("東京", 150, 183), ("神奈川", 420, 401)]
    assert str(by["団体生命共済"].as_of) == "2025-01" and str(by["自賠責共済"].as_of) == "2024-12"
    said = next(p for p in problems if p.code == "branch_by_code")
    assert said.cell == "A6:A8" and "JIS" in said.message and "A2" in said.message


def test_jis_codes_said_by_a_code_table_sheet_are_read_as_jis(tmp_path):
    products, problems = read_contracts(_coded(tmp_path / "コード表.xlsx", "都道府県コード", None, True))
    assert _figures(_by_product(products)["団体生命共済"]) == [("埼玉", 400, 352), ("東京", 150, 183),
                                                              ("神奈川", 420, 401)]
    assert "コード表" in next(p for p in problems if p.code == "branch_by_code").message


def test_prefecture_codes_nothing_explains_are_refused(tmp_path):
    with pytest.raises(InputError) as err:
        read_contracts(_coded(tmp_path / "不明.xlsx", "都道府県コード", None, False))
    assert err.value.code == "code_system_unknown" and err.value.cell == "A6:A8" and err.value.sheet == "新契約"
    assert "13 は東京" in err.value.message and "13 は埼玉" in err.value.message


def test_codes_said_to_be_both_systems_are_refused(tmp_path):
    with pytest.raises(InputError) as err:
        read_contracts(_coded(tmp_path / "矛盾.xlsx", "自治労県コード", "※コードは JIS の都道府県コードです", False))
    assert err.value.code == "code_system_unknown" and "A2 の注記" in err.value.message


def test_jis_lookup_is_not_the_federations():
    from workbook_tools.core.prefectures import by_code, by_jis

    assert by_jis("13").name == "東京" and by_code("13").name == "埼玉"
    assert by_jis(8).name == "茨城" and by_jis("４７").name == "沖縄" and by_jis("48") is None


# -- 4. the as-of month: a month sheet prepared ahead, a date's number format, 「前月末現在の件数です」 ----------------

def _month_sheet(month: str, this_month: list, total: list):
    return [
        [f"令和6年度 新契約件数（東北） {month}末現在"],
        ["※交通災害共済は前月末現在の件数です（システム反映が1か月遅れのため）。"],
        [],
        ["県支部", "団体生命共済", None, None, "交通災害共済", None, None],
        [None, "目標", "当月", "累計", "目標", "当月", "累計"],
        ["青森", 180, this_month[0], total[0], 12, this_month[1], total[1]],
        ["岩手", 210, this_month[2], total[2], 15, this_month[3], total[3]],
    ]


def test_next_months_sheet_prepared_ahead_is_not_the_latest(tmp_path):
    sheets = {
        "12月": _month_sheet("12月", [10, 1, 12, 2], [150, 10, 196, 9]),
        "1月": _month_sheet("1月", [12, 3, 14, 1], [162, 13, 210, 10]),
        "2月": _month_sheet("2月", [None, None, None, None], [162, 13, 210, 10]),  # 当月 blank, 累計 = 1月's
    }
    merges = {n: ["A4:A5", "B4:D4", "E4:G4"] for n in sheets}
    products, problems = read_contracts(_book(tmp_path / "月別.xlsx", sheets, merges))
    by = _by_product(products)
    # 「1月」 is the latest data: 団生 累計 162, 210; its title says 1月末 of 令和6年度 → 2025年1月, and 交通災害 is
    # 前月末 → 2024年12月
    assert _figures(by["団体生命共済"]) == [("青森", 180, 162), ("岩手", 210, 210)]
    assert _figures(by["交通災害共済"]) == [("青森", 12, 13), ("岩手", 15, 10)]
    assert str(by["団体生命共済"].as_of) == "2025-01" and str(by["交通災害共済"].as_of) == "2024-12"
    said = next(p for p in problems if p.code == "prepared_sheet")
    assert said.sheet == "2月" and said.cell == "C5・F5" and "「1月」" in said.message


def test_an_as_of_date_shown_by_its_number_format(tmp_path):
    rows = [
        ["九州　新契約件数"],
        [dt.datetime(2024, 12, 31)],
        ["県支部", "じちろうマイカー共済", None],
        [None, "目標", "実績"],
        ["福岡", 1200.0, 800.0],
        ["佐賀", 400.0, 251.0],
    ]
    path = _book(tmp_path / "日付.xlsx", {"表2": rows}, {"表2": ["A3:A4", "B3:C3"]},
                 {"表2": {"A2": 'yyyy"年"m"月"d"日現在"'}})
    products, problems = read_contracts(path)
    # the cell shows 「2024年12月31日現在」: the as-of month is 2024年12月
    assert str(products[0].as_of) == "2024-12"
    assert "no_as_of" not in _codes(problems)


# -- 5. a system's export pasted twice (last year's rows, then this year's) -------------------------------------

def _export(path):
    head = ["年度", "集計年月", "共済種目ｺｰﾄﾞ", "共済種目名", "県支部ｺｰﾄﾞ", "県支部名", "目標件数", "実績件数"]
    rows = [["※システムの出力をそのまま貼り付け"]]
    for year, months, figures in (("2023", ("202401", "202312"), ((294, 250), (60, 40), (414, 420), (95, 60))),
                                  ("2024", ("202501", "202412"), ((300, 246), (70, 41), (420, 398), (100, 99)))):
        rows.append([f"新契約実績照会　抽出条件：年度＝{year}"])
        rows.append(head)
        for (code, name), ((t1, a1), (t2, a2)) in zip((("33", "岡山"), ("34", "広島")),
                                                      (figures[:2], figures[2:])):
            rows.append([year, months[0], "010", "団体生命共済", code, f"{name}県支部", f"{t1:>8}", f"{a1:>8}"])
            rows.append([year, months[1], "110", "ﾏｲｶｰ共済", code, f"{name}県支部", f"{t2:>8}", f"{a2:>8}"])
        rows.append([])
    return _book(path, {"抽出データ": rows})


def test_a_system_export_pasted_twice_reads_the_latest_year(tmp_path):
    products, problems = read_contracts(_export(tmp_path / "抽出.xlsx"))
    by = _by_product(products)
    # 2024 rows only: 団生 岡山 300/246, 広島 420/398 (202501); マイカー 岡山 70/41, 広島 100/99 (202412)
    assert _figures(by["団体生命共済"]) == [("岡山", 300, 246), ("広島", 420, 398)]
    assert _figures(by["じちろうマイカー共済"]) == [("岡山", 70, 41), ("広島", 100, 99)]
    assert str(by["団体生命共済"].as_of) == "2025-01" and str(by["じちろうマイカー共済"].as_of) == "2024-12"
    said = next(p for p in problems if p.code == "other_year_rows")
    # the 2024 rows are A11:A14 (note, title, heading, four 2023 rows, a blank row, title, heading: rows 1-10)
    assert said.severity == WARNING and said.cell == "A11:A14" and "4 行" in said.message
    assert not {"duplicate_branch", "unknown_branch", "as_of_mismatch"} & set(_codes(problems))


def test_a_system_export_reads_the_year_asked(tmp_path):
    products, problems = read_contracts(_export(tmp_path / "抽出.xlsx"), year=2023)
    by = _by_product(products)
    # 2023 rows: 団生 岡山 294/250, 広島 414/420 (202401)
    assert _figures(by["団体生命共済"]) == [("岡山", 294, 250), ("広島", 414, 420)]
    assert str(by["団体生命共済"].as_of) == "2024-01"
    assert next(p for p in problems if p.code == "other_year_rows").severity == INFO


def test_the_command_line_reads_the_year_asked(tmp_path):
    """`contracts recompute --year 2023` reads 令和5年度's columns (the same through the isolated worker as in process)."""
    import json
    import subprocess
    import sys

    src = _two_years(tmp_path / "前年度列.xlsx")
    runs = {}
    for year in (None, 2023):
        out = tmp_path / f"out{year}"
        out.mkdir()
        cmd = [sys.executable, "-m", "workbook_tools", "contracts", "recompute", str(src), "-o", str(out / "b.xlsx"),
               "--json", str(out / "b.json")] + (["--year", str(year)] if year else [])
        proc = subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8", timeout=300)
        assert proc.returncode == 0, proc.stderr
        runs[year] = {p["商品"]: p for p in json.loads((out / "b.json").read_text(encoding="utf-8"))["商品"]}
    # 団生: this year 110 + 90 = 200 / 111 + 70 = 181; 令和5年度 100 + 80 = 180 / 90 + 85 = 175
    assert (runs[None]["団体生命共済"]["目標"], runs[None]["団体生命共済"]["実績"]) == (200, 181)
    assert (runs[2023]["団体生命共済"]["目標"], runs[2023]["団体生命共済"]["実績"]) == (180, 175)
