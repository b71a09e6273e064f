"""Periods of unseen text, third step (round 28; our own sentences): a year outdone or
matched is a base, the first months of "the current year", a year "ending on" a day, the
current year of a text on Iran's calendar, "this year" against a month."""

from __future__ import annotations

from conftest import frames_by_surface


def test_an_undated_text_whose_year_is_only_outdone_is_about_the_year_after():
    text = ("Harbour traffic hit a record 4.1 million containers, beating the 2016 figures by 9%. "
            "Bulk cargo reached 2.3 million tonnes, on par with 2016 results.")
    c = frames_by_surface(text, None)
    assert c["4.1 million containers"].period == "2017"
    assert c["9%"].base_period == "2016"
    assert c["2.3 million tonnes"].period == "2017"


def test_the_first_months_of_the_current_year_are_a_span_not_the_year():
    c = frames_by_surface("Car sales in the first five months of the current year were 41,200 units.", "2021-07-02")
    assert c["41,200 units"].period == "2021-01/2021-05"


def test_a_year_ending_on_a_day_is_twelve_months():
    c = frames_by_surface("The council approved a plan for the year ending on June 30, 2022 with a deficit of $4.5 million.",
                          "2021-05-20")
    assert c["$4.5 million"].period == "2021-07/2022-06"


def test_the_current_year_of_a_text_on_irans_calendar_is_irans():
    text = ("Iran's exports reached $9.1 billion in the first three months of the current Iranian calendar year "
            "(March 21-June 21). The average price of a ton of exports in the first three months of the "
            "current year was $410.")
    assert frames_by_surface(text, "2022-07-10")["$410"].period == "2022-03-21/2022-06-21"


def test_this_year_set_against_a_month_of_an_earlier_year_is_that_month():
    text = ("Aruba counted 8,200 cruise calls in June 2022. This year, 12% more ships called than in June 2019. "
            "Cargo ships numbered 310.")
    c = frames_by_surface(text, "2022-07-05")
    assert c["12%"].period == "2022-06"
    assert c["12%"].base_period == "2019-06"
