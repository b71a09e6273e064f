"""Two number forms read after the twenty-first held-out set's scoring (round 41): spoken
decimals as broadcast transcripts print them ('12 point 5 per cent', '1,203 point 8 million
dollars'), the word standing for the decimal point in value and in rounding; and commas for
both thousands and the decimal before a scale word ('TND 2,358,5 million')."""

from __future__ import annotations

import pytest

from factcheck.extract.numbers import digits_precision, parse_digits

from conftest import frames_by_surface

DAY = "2021-05-04"


@pytest.mark.parametrize("digits, value, precision", [
    ("7 point 25", 7.25, 0.01),
    ("2,416 point 3", 2416.3, 0.1),
    ("0 point 4", 0.4, 0.1),
    ("19 Point 0", 19.0, 0.1),
])
def test_the_word_point_is_the_decimal_point(digits, value, precision):
    assert parse_digits(digits) == value
    assert digits_precision(digits, 1.0) == precision


def test_spoken_decimals_read_with_their_units_and_scales():
    c = frames_by_surface("The Treasury said receipts grew 7 point 25 percent to 2,416 point 3 million dollars "
                          "last year.", DAY)
    assert (c["7 point 25 percent"].value, c["7 point 25 percent"].unit) == (7.25, "percent")
    amount = c["2,416 point 3 million dollars"]
    assert (amount.value, amount.unit) == (2_416_300_000, "USD")


@pytest.mark.parametrize("sentence, surface, value", [
    ("The bank cut its rate by 50 basis points to 4 points above the base.", "4 points", 4.0),
    ("Arrivals were up 3 percentage points on the year.", "3 percentage points", 3.0),
])
def test_points_that_are_units_stay_units(sentence, surface, value):
    assert frames_by_surface(sentence, DAY)[surface].value == value


def test_a_spoken_decimal_is_checked_like_a_printed_one():
    # 481.6 − 343.7 = 137.9: the change printed as "137 point 9" holds, "173 point 9" does not
    from conftest import inconsistent
    ok = "Exports rose from 343 point 7 million dollars in 2019 to 481 point 6 million dollars in 2020, " \
         "an increase of 137 point 9 million dollars."
    bad = ok.replace("137 point 9", "173 point 9")
    assert not inconsistent(ok, DAY)
    assert "173 point 9 million dollars" in inconsistent(bad, DAY)


@pytest.mark.parametrize("digits, value, precision", [
    ("4,807,2", 4807.2, 0.1),
    ("12,116,45", 12116.45, 0.01),
])
def test_a_last_comma_group_too_short_for_thousands_is_the_decimal(digits, value, precision):
    assert parse_digits(digits) == value
    assert digits_precision(digits, 1.0) == precision


@pytest.mark.parametrize("decimal_comma_article", [False, True])
def test_comma_groups_with_a_decimal_comma_before_a_scale_word(decimal_comma_article):
    text = "Customs receipts came to MAD 4,807,2 million in March."
    if decimal_comma_article:
        text += " Prices rose 1,4% on the month."
    amounts = [c for s, c in frames_by_surface(text, DAY).items() if "4,807,2" in s]
    assert [c.value for c in amounts] == [4_807_200_000]


def test_full_thousands_groups_stay_thousands():
    c = frames_by_surface("The port handled 4,807,200 tonnes and 1,234,567 containers.", DAY)
    assert (c["4,807,200 tonnes"].value, c["1,234,567 containers"].value) == (4_807_200, 1_234_567)
