"""Periods of unseen text, sixth step (round 31; our own sentences): 'in the month' after a
year-to-date sentence, 'the 11 months to date', and a new paragraph after the opening
months of a year still running."""

from __future__ import annotations

from conftest import frames_by_surface


def test_in_the_month_after_the_year_so_far_is_the_last_month_again():
    c = frames_by_surface("Van sales fell 8% in October to 21,300 units. In the first ten months, sales were down 4%. "
                          "Fleet and private sales both fell in the month, down 12% and 3% respectively.", "2019-11-06")
    assert c["4%"].period == "2019-01/2019-10"
    assert c["12%"].period == "2019-10"
    assert c["3%"].period == "2019-10"
    # a month it names is its own
    c = frames_by_surface("In the first ten months, sales were down 4%. During the month of March, sales rose 7%.",
                          "2019-11-06")
    assert c["7%"].period == "2019-03"
    c = frames_by_surface("In the first ten months, sales were down 4%. In its March 2019 report, sales fell 7% for the month.",
                          "2019-11-06")
    assert c["7%"].period == "2019-03"


def test_over_the_quarter_after_a_year_so_far_is_its_last_quarter():
    c = frames_by_surface("In the first nine months of 2022, cargo rose 6% to 2.2 million tonnes. "
                          "Over the quarter, cargo grew 9%.", "2022-10-20")
    assert c["2.2 million tonnes"].period == "2022-01/2022-09"
    assert c["9%"].period == "2022-Q3"


def test_the_months_to_date_are_the_year_so_far():
    c = frames_by_surface("Registrations fell 11% in November. In the 11 months to date, 2,388,000 new cars were registered.",
                          "2017-12-06")
    assert c["2,388,000 new cars"].period == "2017-01/2017-11"


def test_a_new_paragraph_after_the_opening_months_of_a_running_year_keeps_them():
    c = frames_by_surface("Beef exports in 2024 rose 6% to $410 million, the chamber said.\n\nEarly in 2024, pork exports "
                          "fell 3.5%.\n\nFrom January to March, poultry exports reached 41,000 tonnes.\n\n"
                          "Chile bought 12,300 tonnes.", "2024-04-15")
    assert c["41,000 tonnes"].period == "2024-Q1"
    assert c["12,300 tonnes"].period == "2024-Q1"


def test_a_change_over_a_window_that_dates_a_total_is_the_windows():
    c = frames_by_surface("Over the past 12 months, cocoa shipments rose 4% to 1.2 million tonnes. "
                          "Unemployment fell 0.8 points over the past 12 months to 4.1%.", "2021-03-04")
    assert c["1.2 million tonnes"].period == "2020-03/2021-02"
    assert c["4%"].period == "2020-03/2021-02"
    assert c["4%"].base_period == "2019-03/2020-02"
    assert c["0.8 points"].period == "2021-02"  # a rate's change over the window is the latest month's
    c = frames_by_surface("Over the past 12 months, the jobless rate and the number of jobless people are down by "
                          "0.8 percentage points and 1.1 million, respectively.", "2015-12-05")
    assert c["0.8 percentage points"].period == "2015-11"
