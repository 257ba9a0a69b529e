"""Manual page breaks worked out by the writer (io.writer.page_breaks): sections kept whole, and a last page that would
hold a few rows (or one column) filled evenly with the others instead.  Every expected break below is worked out by
hand in the comment above it; the printed proof (LibreOffice breaking exactly there) is in tests/test_print.py."""
from __future__ import annotations

from workbook_tools.io.writer import page_breaks


def test_everything_on_one_page_needs_no_break():
    assert page_breaks([10] * 3, 35, 35) == []
    assert page_breaks([], 35, 35) == []


def test_a_last_page_full_enough_is_left_to_the_renderer():
    # 3 + 3 items of 10 on pages of 35: the last page holds 30 of 35
    assert page_breaks([10] * 6, 35, 35) == []


def test_a_nearly_empty_last_page_is_filled_evenly():
    # 10 items of 10, pages of 35: 3, 3, 3 and 1 alone.  Even: shares of 100/4 = 25 -> 3 items (the third's middle at
    # 25); then 70/3 = 23.3 -> 2; then 50/2 = 25 -> 3; the last 2.  Breaks before items 3, 5 and 8.
    assert page_breaks([10] * 10, 35, 35) == [3, 5, 8]


def test_the_repeated_rows_are_counted_once_on_the_first_page():
    # a heading of 20 repeated on every page (first page 50, others 30), then 7 rows of 10: 20+10+10+10 | 10+10+10 | 10
    # (a third of a page).  Even: the body 70 over 3 pages -> first page 20 + 23.3: heading and 2 rows (the third's
    # middle at 45 > 43.3); then 50/2 = 25: 3 rows; the last 2 rows.  Breaks before rows 3 and 6.
    assert page_breaks([20] + [10] * 7, 50, 30) == [3, 6]


def test_sections_stay_whole_on_a_page():
    # 8 columns of 10, sections starting at 3 and 6, pages of 40: 0-3 would fit but the section 3-5 would not, so the
    # page breaks before 3; 3-5 and 6-7 then each fit a page
    assert page_breaks([10] * 8, 40, 40, starts={3, 6}) == [3, 6]


def test_a_section_wider_than_a_page_does_not_start_one():
    # section 2-7 (60) on pages of 30 is split whatever is done: it goes on where it began, the pages filled 0-2, 3-5,
    # 6-7 (moving it to a page of its own, 2 | 2-4 | 5-7, spent the same pages here and one more below)
    assert page_breaks([10] * 8, 30, 30, starts={2}) == [3, 6]
    # a 40 then a section of five 30s (150) on pages of 100: 40+30+30 | 30+30+30, two pages (three when the section
    # was moved to a new page: 40 | 30+30+30 | 30+30)
    assert page_breaks([40] + [30] * 5, 100, 100, starts={1}) == [3]


def test_an_item_larger_than_a_page_takes_a_page_of_its_own():
    # 50 on pages of 30: alone on its page (printed cut or shrunk by the renderer; never an endless loop)
    assert page_breaks([10, 50, 10], 30, 30) == [1, 2]
