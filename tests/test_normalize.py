import datetime as dt
from decimal import Decimal

import pytest

from workbook_tools.core import normalize as n
from workbook_tools.core import prefectures as pf


@pytest.mark.parametrize("raw,value,flag", [
    ("215", 215, n.FLAG_OK), ("729名", 729, n.FLAG_OK), ("283人", 283, n.FLAG_OK),
    ("400程度か", 400, n.FLAG_APPROX), ("不明", None, n.FLAG_UNKNOWN), ("？", None, n.FLAG_UNKNOWN),
    ("大多数", None, n.FLAG_UNPARSEABLE), ("2人？", 2, n.FLAG_APPROX), ("27.20%", Decimal("27.20"), n.FLAG_OK),
    ("37.3", Decimal("37.3"), n.FLAG_OK), ("28% 対象職員数1,003人", 28, n.FLAG_EXTRA),
    ("１，２３４", 1234, n.FLAG_OK), ("", None, n.FLAG_BLANK), (None, None, n.FLAG_BLANK), (12.0, 12, n.FLAG_OK),
])
def test_messy_numbers(raw, value, flag):
    r = n.parse_number(raw)
    assert (r.value, r.flag) == (None if value is None else Decimal(str(value)), flag)
    assert r.raw == ("" if raw is None else str(raw))


@pytest.mark.parametrize("raw,value,flag", [
    (729.0, 729, n.FLAG_OK), (27.2, 27.2, n.FLAG_OK), (3, 3, n.FLAG_OK), (-0.5, -0.5, n.FLAG_OK),
    (2.0 ** 60, 1152921504606847000, n.FLAG_OK),  # past 2**53: the digits Python prints, as parse_number reads them
    (float("nan"), None, n.FLAG_UNPARSEABLE), (1e308, None, n.FLAG_UNPARSEABLE), (True, None, n.FLAG_UNPARSEABLE),
    ("729名", 729, n.FLAG_OK), (None, None, n.FLAG_BLANK),
])
def test_number_value_is_what_parse_number_reads(raw, value, flag):
    got = n.number_value(raw)
    assert got == (value, flag) and type(got[0]) is type(value)


@pytest.mark.parametrize("raw,iso,flag", [
    ("2025年1月24日", "2025-01-24", ""), ("2025/1/24", "2025-01-24", ""), ("R7年1月", "2025-01", ""),
    ("令和7年1月", "2025-01", ""), ("７年１月", "2025-01", n.FLAG_ERA_IMPLIED), ("25年1月", "2025-01", n.FLAG_TWO_DIGIT_YEAR),
    ("2024年11月時点", "2024-11", ""), (dt.datetime(2025, 1, 24), "2025-01-24", ""), (45681, "2025-01-24", ""),
    ("令和元年5月", "2019-05", ""), ("そのうち", "", n.FLAG_DATE_UNKNOWN), ("2025年13月", "", n.FLAG_DATE_UNKNOWN),
])
def test_dates(raw, iso, flag):
    r = n.parse_date(raw)
    assert (r.iso(), r.flag) == (iso, flag)


def test_radicals_kangxi_and_supplement():
    assert n.normalize_text("⻑期共済") == "長期共済"  # U+2ED1, not covered by NFKC
    assert n.normalize_text("⻘年部") == "青年部"
    assert n.normalize_text("交付⾦の使われ⽅") == "交付金の使われ方"  # Kangxi radicals via NFKC
    assert n.label_key("県本部・県支部合同の\n単組 オルグの実施") == "県本部・県支部合同の単組オルグの実施"


@pytest.mark.parametrize("raw,state", [("☑", True), ("■", True), ("✓", True), ("✔", True), ("レ", True),
                                       ("☒", True), ("〇", True), ("□", False), ("", None), (None, None),
                                       (True, True), ("FALSE", False), ("交付金", None)])
def test_glyphs(raw, state):
    assert n.glyph_state(raw) is state


@pytest.mark.parametrize("name,code", [("東京", "14"), ("東京都", "14"), ("大阪府", "30"), ("神奈川県本部", "16"),
                                       ("埼⽟", "13"), ("北海道", "01"), ("京都", "27"), ("社保労連", "60"),
                                       ("自治労福岡県本部", "42")])
def test_prefecture_variants(name, code):
    assert pf.by_name(name).code == code


def test_prefecture_codes_both_ways():
    assert len(pf.prefectures()) == 47
    assert pf.by_code("3").name == "青森" and pf.by_code(1.0).name == "北海道"
    assert pf.jis_code("14") == "13" and pf.jis_code("60") is None
    assert pf.by_code("02") is None and pf.by_name("どこか") is None
    assert len({p.jis for p in pf.prefectures()}) == 47


def test_field_value_stays_frozen_equal_and_picklable():
    import dataclasses
    import pickle

    from workbook_tools.forms.values import FieldValue

    v = FieldValue(12, "", "12人", "表", "C13", how="name")
    assert (v.value, v.flag, v.raw, v.sheet, v.cell, v.how, v.rule) == (12, "", "12人", "表", "C13", "name", "")
    assert v == FieldValue(12, "", "12人", "表", "C13", "name") and hash(v) == hash(FieldValue(12, "", "12人", "表", "C13", "name"))
    assert v != FieldValue(12, "", "12人", "表", "C14", "name")
    assert pickle.loads(pickle.dumps(v)) == v
    assert dataclasses.replace(v, flag="手修正").flag == "手修正"
    with pytest.raises(dataclasses.FrozenInstanceError):
        v.value = 13  # type: ignore[misc]


@pytest.mark.parametrize("value, shown", [
    (7.0, "7"), (-3.0, "-3"), (0.5, "0.5"), (1.23456789e22, "1.23456789E+22"), (1e-12, "1E-12"),
    (True, "TRUE"), (False, "FALSE"), (None, ""), ("そのまま 7.0", "そのまま 7.0"),
    (dt.datetime(2025, 1, 10), "2025-01-10"), (dt.datetime(2025, 1, 10, 8, 30), "2025-01-10 08:30"),
    (dt.datetime(2025, 1, 10, 8, 30, 5), "2025-01-10 08:30:05"), (dt.date(2024, 12, 1), "2024-12-01"),
    (dt.time(13, 3, 21, 600000), "13:03:22"), (dt.datetime(2025, 1, 10, 23, 59, 59, 700000), "2025-01-11"),
    (dt.time(9, 0), "09:00"),
    (dt.timedelta(days=10, hours=15, minutes=10, seconds=10), "255:10:10"), (dt.timedelta(days=1), "24:00:00"),
])
def test_cell_text_is_what_excel_shows_not_python(value, shown):
    """Answers found outside the form's fields and free texts are shown as Excel shows the cell: a public test
    file's 1 read as '1.0', a duration as '10 days, 15:10:10'."""
    from workbook_tools.core.normalize import cell_text

    assert cell_text(value) == shown


@pytest.mark.parametrize("value, code, shown", [
    (dt.datetime(2024, 12, 1), '[$-ja-JP]ggge"年"m"月"', "令和6年12月"),
    (dt.datetime(2019, 4, 30), 'ggge"年"m"月"d"日"', "平成31年4月30日"),
    (dt.datetime(2019, 5, 1), 'gee"年"', "R01年"),
    (dt.datetime(1989, 1, 7), 'gge"年"', "昭64年"),
    (dt.datetime(2024, 11, 1), 'yyyy"年"m"月時点"', "2024年11月時点"),
])
def test_a_date_in_a_japanese_era_format_is_read_as_it_is_shown(value, code, shown):
    """A 時点 cell holding a real date formatted 和暦 (ggge"年"m"月") was read as the text 'ggge年12月'."""
    from workbook_tools.io.styles import as_shown

    assert as_shown(value, code) == shown


@pytest.mark.parametrize("value, code, shown", [
    (0.452, "0.0%", 45.2), (0.452, "0%", 45.2), (52.2, '0.0"%"', 52.2), (52.2, "0.0\\%", 52.2),
    (0.5, "#,##0", 0.5), (dt.datetime(2025, 2, 13), 'm"月"d"日"', dt.datetime(2025, 2, 13)),
])
def test_a_format_changes_a_value_only_as_excel_shows_it(value, code, shown):
    """A percent format shows the value ×100; a % typed as text ("%") or escaped (\\%, LibreOffice's spelling of
    0.0"%") is a literal sign after the value as it is (52.2 in a 0.0\\% cell had been read as 5220); a date shown
    without its year keeps the date (the text 「2月13日」 could not give the year back)."""
    from workbook_tools.io.styles import as_shown

    assert as_shown(value, code) == shown


def test_count_cells_as_offices_type_them():
    from workbook_tools.core.normalize import parse_count

    assert parse_count("12件") == (12, "") and parse_count("1,204 件") == (1204, "") and parse_count("５人") == (5, "")
    assert parse_count("－") == (None, "") and parse_count("-") == (None, "")  # "none": a blank, no problem
    assert parse_count("▲1") == (-1, "") and parse_count("△3") == (-3, "")
    assert parse_count("集計中")[0] is None and parse_count("集計中")[1]  # not a number: said


@pytest.mark.parametrize("raw,pair,state", [
    ("■実施　□未実施", True, True), ("□実施　■未実施", True, False), ("□実施□未実施", True, None),
    ("■実施　■未実施", True, None), ("☑有　☐無", True, True), ("☐はい ☑いいえ", True, False),
    ("■実施", False, None), ("☑交付金の支払い　☐説明会", False, None), ("■：実施　□：未実施", False, None)])
def test_box_pairs(raw, pair, state):
    """「■実施　□未実施」: the clerk fills one of two printed boxes; both empty (or both filled) is no answer."""
    assert n.box_pair_state(raw) == (pair, state)
    if pair:
        assert n.glyph_state(raw) is state


def test_marked_options_pick_the_filled_box():
    assert n.marked_options("☐全労連・自治労連　☑旧全官公自治労連　☐なし") == [
        (False, "全労連・自治労連"), (True, "旧全官公自治労連"), (False, "なし")]
    assert n.marked_options("☑ 交付金を支払っている") is None  # one item with its box: not a list of options
    assert n.marked_options("全労連・自治労連") is None


@pytest.mark.parametrize("raw,value,flag", [("約２割", 20, n.FLAG_APPROX), ("2割5分", 25, n.FLAG_OK),
                                            ("３割程度", 30, n.FLAG_APPROX), ("２割", 20, n.FLAG_OK),
                                            ("12割", None, ""), ("20%", None, ""), ("約2割の組合員", None, "")])
def test_tenths(raw, value, flag):
    assert n.tenths_percent(raw) == (value, flag)


@pytest.mark.parametrize("raw,iso", [(20250218, "2025-02-18"), (20250218.0, "2025-02-18"), ("20250218", "2025-02-18"),
                                     (202502, "2025-02"), (20250230, None), ("202513", None), (123456789, None)])
def test_dates_typed_as_digits_run_together(raw, iso):
    """A date typed as 20250218 (far beyond any Excel serial day) is year, month and day run together."""
    r = n.parse_date(raw)
    assert (r.iso() or None) == iso


def test_an_era_left_out_of_a_dotted_date_is_reiwa():
    """「7.2.14」 on a report made in 2025 is 令和7年2月14日 (not 2007), said as a guess; 令和10年 is still to come."""
    r = n.parse_date("7.2.14", today=dt.date(2025, 3, 1))
    assert (r.iso(), r.flag) == ("2025-02-14", n.FLAG_ERA_IMPLIED)
    assert n.parse_date("10.2.14", today=dt.date(2025, 3, 1)).iso() == ""


@pytest.mark.parametrize("typed,choice", [("医労連", "全労連・医労連"), ("自治労連（全労連）", "全労連・自治労連"),
                                          ("全労連", None), ("旧全官公", None)])
def test_a_choice_named_by_its_parts(typed, choice):
    """A choice typed by the names it is made of (「医労連」 for 全労連・医労連); a name shared by two choices is not read."""
    from workbook_tools.forms import registry
    from workbook_tools.forms.values import normalize_value

    f = next(f for s in registry.get("survey").form.sections for f in s.fields if f.key == "rival_union")
    v = normalize_value(f, typed)
    assert v.value == (choice or typed.strip()) and (v.flag == "") == (choice is not None)


@pytest.mark.parametrize("raw, iso", [("令和七年二月十四日", "2025-02-14"), ("令和六年十一月一日現在", "2024-11-01"),
                                      ("二〇二五年二月十四日", "2025-02-14"), ("平成三十一年四月三十日", "2019-04-30"),
                                      ("令和七年十二月二十一日", "2025-12-21")])
def test_dates_in_kanji_numerals(raw, iso):
    d = n.parse_date(raw, today=dt.date(2026, 1, 1))
    assert (d.date.isoformat(), d.flag) == (iso, "")


@pytest.mark.parametrize("mark, state", [("√", True), ("Ｏ", True), ("o", True), ("x", False), ("1回", True),
                                         ("年1回", True), ("月2回", True), ("0回", False), ("毎月", True),
                                         ("☑\ufe0e", True), ("OJT研修", None), ("10回以上", None), ("回", None)])
def test_more_marks(mark, state):
    assert n.glyph_state(mark) is state


def test_variation_selectors_are_not_compared():
    assert n.normalize_text("☑\ufe0e\u3000県本部") == "☑ 県本部" and n.label_key("取組\ufe0f") == "取組"
    assert n.fix_radicals("❤\ufe0f") == "❤\ufe0f"  # free text keeps how the writer's emoji is drawn


@pytest.mark.parametrize("typed", ["（選択してください）", "--選択--", "▼選択", "プルダウンから選択", "未選択"])
def test_a_dropdowns_prompt_is_no_answer(typed):
    from workbook_tools.forms import survey
    from workbook_tools.forms.values import normalize_value

    f = next(f for _, f in survey.FORM.all_fields() if f.key == "rival_union")
    v = normalize_value(f, typed)
    assert (v.value, v.flag, v.raw) == (None, "空欄", typed)


def test_a_count_with_a_footnote_mark_is_the_count_with_a_note():
    assert n.parse_count("12※") == (12, "注記の印「※」を除いて 12 と読みました（12※）")
    assert n.parse_count("1,200＊")[0] == 1200 and n.parse_count("※") == (None, "数値として読めません（※）")
    assert n.parse_count("12") == (12, "")


@pytest.mark.parametrize("raw, value, flag", [("▲5", -5, n.FLAG_OK), ("△12人", -12, n.FLAG_OK), ("▲ 3", -3, n.FLAG_OK),
                                              ("▲", None, n.FLAG_UNPARSEABLE)])
def test_a_triangle_before_a_number_is_its_minus(raw, value, flag):
    """「▲5」 in an answer is −5, as parse_count reads it in the grid (a survey's head count then falls outside its
    limits and is said); it was read as 5 with 注記あり."""
    r = n.parse_number(raw)
    assert (r.value, r.flag) == (None if value is None else Decimal(value), flag)


@pytest.mark.parametrize("typed, name", [("試験 俊介　㊞", "試験 俊介"), ("見本 花子（印）", "見本 花子"), ("架空 次郎 (印)", "架空 次郎"),
                                         ("試験 三郎　印", "試験 三郎"), ("㊞", "㊞"), ("印南 太郎", "印南 太郎"),
                                         ("見本 一印", "見本 一印")])
def test_a_seal_mark_after_a_persons_name_is_not_the_name(typed, name):
    """「試験 俊介　㊞」 (the mark where the stamp goes on paper) is the name 試験 俊介, the raw text keeps the mark; 印 in a
    name (印南, 一印) stays, and a mark with no name is left as typed.  Only fields marked person (作成者, 確認者, 記入者)."""
    from workbook_tools.forms import report, survey
    from workbook_tools.forms.values import normalize_value

    fields = {f.key: f for _, f in report.FORM.all_fields()} | {f.key: f for _, f in survey.FORM.all_fields()}
    for key in ("author", "checker", "writer"):
        v = normalize_value(fields[key], typed)
        assert (v.value, v.raw) == (name, typed)
    assert normalize_value(fields["union"], "見本町職員組合　㊞").value == "見本町職員組合　㊞".strip()  # not a person


@pytest.mark.parametrize("raw, value, flag", [("約1.2万人", 12000, n.FLAG_APPROX), ("3万5千人", 35000, n.FLAG_OK),
                                              ("1万2000人", 12000, n.FLAG_OK), ("2千人", 2000, n.FLAG_OK),
                                              ("約３．５万", 35000, n.FLAG_APPROX), ("1,200万", 12_000_000, n.FLAG_OK),
                                              ("千葉", None, n.FLAG_UNPARSEABLE)])
def test_man_and_sen_after_a_number_multiply_it(raw, value, flag):
    """「約1.2万人」 is about 12,000 people (it was read as 1.2, a wrong number with only 概数 said)."""
    r = n.parse_number(raw)
    assert (r.number, r.flag) == (value, flag)


@pytest.mark.parametrize("raw, value, flag", [("212+35", 247, n.Flag.SUM), ("212人＋35人", 247, n.Flag.SUM),
                                              ("1,200 + 30", 1230, n.Flag.SUM), ("+5", 5, n.FLAG_EXTRA),
                                              ("90名弱", 90, n.FLAG_APPROX), ("100人強", 100, n.FLAG_APPROX)])
def test_numbers_joined_with_plus_are_added_and_said(raw, value, flag):
    """「212+35」 (正規 212 + 再任用 35, typed without =) is 247 with the flag 足し算 (the file gets a warning to check it);
    it was 212 with 注記あり.  「90名弱」 is an approximate 90."""
    r = n.parse_number(raw)
    assert (r.number, r.flag) == (value, flag)


@pytest.mark.parametrize("key, typed, value", [("members_j", "250→262", 262), ("rate_j", "52.1%→54.6%", 54.6),
                                               ("hired", "12 → 13", 13), ("joined_j", "８⇒９", 9),
                                               ("created", "2025/2/14→2026/2/12", "2026-02-12"),
                                               ("study", "□→☑", True), ("propose", "☑→□", False)])
def test_a_value_corrected_in_its_cell_is_the_new_one(key, typed, value):
    """「250→262」: the sender typed the new value after the old one; the old one was read (250, 注記あり).  The new
    one is read with the flag 訂正後 (said in 検証結果), the raw text kept; a free text keeps its arrow."""
    from workbook_tools.forms import report, survey
    from workbook_tools.forms.values import normalize_value

    fields = {f.key: f for _, f in survey.FORM.all_fields()} | {f.key: f for _, f in report.FORM.all_fields()}
    v = normalize_value(fields[key], typed)
    assert (v.value, v.flag, v.raw) == (value, n.Flag.CORRECTED, typed)
    assert normalize_value(fields["union"], "見本町→試験町職員組合").value == "見本町→試験町職員組合"


def test_marked_choice_by_hand():
    from workbook_tools.core.normalize import marked_choice

    assert marked_choice("◯全労連・医労連") == "全労連・医労連"
    assert marked_choice("☑なし") == "なし"
    assert marked_choice("全労連・医労連○") == "全労連・医労連"
    assert marked_choice("なし（○）") == "なし"
    for not_marked in ("□なし", "なし", "全労連・医労連×", "医労連", "", None, 3):
        assert marked_choice(not_marked) is None, not_marked


def test_parse_count_drops_the_units_people_type():
    from workbook_tools.core.normalize import parse_count

    assert parse_count("842名") == (842, "")
    assert parse_count("1,820名") == (1820, "")
    assert parse_count("12件") == (12, "")
    assert parse_count("5人") == (5, "")
    assert parse_count("名")[0] is None
