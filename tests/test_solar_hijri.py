"""The solar hijri year (Iran's, Afghanistan's), which begins at Nowruz on 20 or 21 March
and whose months are not ours: its spans are read in Gregorian days, year-to-date spans
by its own months, and a year-earlier base moves by its own years. Sentences of our own."""

from datetime import date

import pytest

from factcheck.calendars import solar_hijri_months, solar_hijri_new_year, solar_hijri_year_of
from conftest import frames_by_surface


@pytest.mark.parametrize("year, nowruz", [(1398, date(2019, 3, 21)), (1399, date(2020, 3, 20)),
                                          (1403, date(2024, 3, 20)), (1404, date(2025, 3, 21)),
                                          (1375, date(1996, 3, 20))])
def test_nowruz_falls_on_the_published_day(year, nowruz):
    assert solar_hijri_new_year(year) == nowruz


def test_months_of_a_solar_year_are_31_then_30_days_long():
    assert solar_hijri_months(1401, 1, 6).end == date(2022, 9, 22)  # 6 × 31 days from 21 March
    assert solar_hijri_months(1401, 1, 9).end == date(2022, 12, 21)
    whole = solar_hijri_months(1401)
    assert (whole.start, whole.end) == (date(2022, 3, 21), date(2023, 3, 20))
    assert solar_hijri_year_of(date(2023, 3, 20)) == 1401 and solar_hijri_year_of(date(2023, 3, 21)) == 1402


def test_year_to_date_of_the_current_iranian_year_is_read_in_its_own_months():
    text = ("Iran's customs office said non-oil imports reached $21.4 billion in the first eight months "
            "of the current Iranian year, up 6 percent from the same period of the previous year.")
    c = frames_by_surface(text, "2022-11-30")
    assert c["$21.4 billion"].period == "2022-03-21/2022-11-21"
    assert c["6 percent"].period == "2022-03-21/2022-11-21"
    # the base is the same months of the solar year before, which began a day later in March
    assert c["6 percent"].base_period == "2021-03-21/2021-11-21"


def test_dates_the_text_gives_in_brackets_are_kept():
    text = ("Tehran's exchange traded 9.2 million tonnes of steel in the current Iranian calendar year "
            "(March 21-September 22), the exchange reported.")
    c = frames_by_surface(text, "2022-10-05")
    assert c["9.2 million tonnes"].period == "2022-03-21/2022-09-22"


def test_a_named_solar_year_and_the_last_solar_year():
    c = frames_by_surface("Afghan fruit exports were worth $310 million in the solar year 1400.", "2022-06-01")
    assert c["$310 million"].period == "2021-03-21/2022-03-20"
    c = frames_by_surface("Afghanistan exported 120,000 tons of saffron in the last solar year.", "2022-06-01")
    assert c["120,000 tons"].period == "2021-03-21/2022-03-20"


def test_an_ordinary_year_to_date_in_the_same_article_is_still_the_gregorian_one():
    c = frames_by_surface("Iran's car output rose 4 percent to 610,000 units in the first seven months of the year.",
                          "2022-08-15")
    assert c["610,000 units"].period == "2022-01/2022-07"


def test_a_solar_year_is_computed_once_for_every_span_shifted_within_it():
    # periods.shift asks for the solar year of every span a year is shifted from: the
    # answers (a date, a frozen Span) are kept
    assert solar_hijri_months(1399, 1, 7) is solar_hijri_months(1399, 1, 7)
    assert solar_hijri_new_year(1399) is solar_hijri_new_year(1399) == date(2020, 3, 20)
