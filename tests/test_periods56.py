"""Periods, session 36 (period56): year-to-date spans against their latest month, and one
undated background total. Written in our own sentences.

"By the end of May of the current fiscal year" names the month that closes the fiscal year so
far: a flow summed to it runs from the fiscal year's first month (July in Nepal and Pakistan),
not from January, and not over the whole fiscal year. In a report on that fiscal year so far,
a bare "by the end of May" or "up to the end of April" is counted from the same first month.
A stock counted "by the end of May" stays the month's, and a text on the calendar year keeps
January. Also: a total since an undated founding has no period; the addition before a verb
that brings a running total to a level is the span's last month; "the period" after a month's
aside is the text's span again.
"""

from __future__ import annotations

from conftest import by_surface


def test_by_a_month_of_the_current_fiscal_year_is_the_fiscal_year_to_it():
    text = ("By the end of May of the current fiscal year, Nepal posted a trade deficit of "
            "Rs 9.12 trillion.")
    assert by_surface(text, "2024-06-02", "period")["Rs 9.12 trillion"] == "2023-07/2024-05"


def test_a_bare_by_month_in_a_fiscal_year_so_far_report_counts_from_its_start():
    text = ("In the first ten months of the current fiscal year, Pakistan imported goods worth $44.1 billion. "
            "By the end of May, imports had reached $48.6 billion and exports $25.3 billion.")
    got = by_surface(text, "2024-06-02", "period")
    assert got["$44.1 billion"] == "2023-07/2024-04"
    assert got["$48.6 billion"] == "2023-07/2024-05"
    assert got["$25.3 billion"] == "2023-07/2024-05"
    # a report on the calendar year so far still counts from January
    text = ("In the first four months of the year, Pakistan imported goods worth $17.4 billion. "
            "By the end of May, imports had reached $21.6 billion.")
    assert by_surface(text, "2024-06-02", "period")["$21.6 billion"] == "2024-01/2024-05"


def test_up_to_a_month_in_a_fiscal_year_so_far_report_counts_from_its_start():
    text = ("Pakistan's exports reached $24.1 billion in the first eleven months of the current fiscal year. "
            "Textile shipments up to the end of April were worth $13.2 billion.")
    assert by_surface(text, "2024-06-10", "period")["$13.2 billion"] == "2023-07/2024-04"


# A running total since an undated founding ("Since its inception, the Fund has received …") is
# no figure of the text's period.

def test_a_total_since_an_undated_founding_takes_no_period():
    text = ("The oil fund received US$120 million in the first quarter of 2023. "
            "Since its inception, the fund has received US$1.9 billion from 21 lifts of profit oil.")
    got = by_surface(text, "2023-04-20", "period")
    assert got["US$120 million"] == "2023-Q1"
    assert got["US$1.9 billion"] is None
    assert got["21 lifts"] is None


# The figures before a verb that brings a running total to a level ("…, raising the figure for
# the first 11 months to …", "…, bringing the total so far this year to …") are the latest
# addition, the span's last month; the total after the verb is the span's. A whole year's total
# ("for the current fiscal year") has no latest month, and a figure with its own time keeps it.

def test_the_addition_before_a_total_brought_up_to_a_level_is_the_latest_month():
    text = ("Rice exports reached 353,000 tonnes, raising the figure for the first 11 months of the year to 4.54 million tonnes. "
            "Rubber exports were 117,000 tonnes, bringing the figures so far this year to 1.1 million tonnes.")
    got = by_surface(text, "2016-12-01", "period")
    assert got["353,000 tonnes"] == "2016-11"
    assert got["4.54 million tonnes"] == "2016-01/2016-11"
    assert got["117,000 tonnes"] == "2016-11"
    assert got["1.1 million tonnes"] == "2016-01/2016-11"
    text = ("The government spent a further $154.4 million in the 2023-24 fiscal year, bringing the total "
            "extra spending for the current fiscal year to $777.5 million.")
    got = by_surface(text, "2023-12-01", "period")
    assert timespan_months(got["$154.4 million"]) == 12



# "the period" after a month's aside ("On a month-on-month basis, inflows during March …") in a
# report on a fiscal year so far is that span again, also where the other side of a comparison
# ("compared to $3.69 billion last year") is the sentence's only other time.

def test_the_period_after_a_months_aside_is_the_texts_span():
    text = ("Pakistan's overseas workers sent $15.1 billion in the first nine months of the fiscal year from July to March. "
            "On a month-on-month basis, inflows during March 2019 stood at $1.75 billion against $1.80 billion in March 2018. "
            "Remittances from Saudi Arabia were $3.75 billion during the period, compared to $3.69 billion last year.")
    got = by_surface(text, "2019-04-17", "period")
    assert got["$15.1 billion"] == "2018-07/2019-03"
    assert got["$1.75 billion"] == "2019-03"
    assert got["$3.75 billion"] == "2018-07/2019-03"
    assert got["$3.69 billion"] == "2017-07/2018-03"


def timespan_months(period):
    from factcheck import timespan
    return timespan.parse(period).months
