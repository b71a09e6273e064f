"""Time classes that cost the relations engine relations on the spent sets in round 36
(period36: the tool's period against gold's, field by field), each in our own sentences."""

from __future__ import annotations

import pytest

from conftest import frames_by_surface


@pytest.mark.parametrize("sentence, figure, period, base", [
    # the year between the adjective and the noun: the statement's span moved into that year
    ("The deficit was $900 million for the January to June 2021 period, 3.1 per cent above the "
     "$873 million recorded for the comparable 2020 period.", "3.1 per cent", "2021-H1", "2020-H1"),
    ("The deficit was $900 million for the January to June 2021 period, 3.1 per cent above the "
     "$873 million recorded for the comparable 2020 period.", "$873 million", "2020-H1", None),
    ("Sales were 52,000 units for January to May 2019, up 4% on the similar 2018 period.", "4%",
     "2019-01/2019-05", "2018-01/2018-05"),
    # a length given to the same span: "the same five-month period in 2018"
    ("Visitors numbered 900,000 from January through May 2019, against 850,000 recorded during the "
     "same five-month period in 2018.", "850,000", "2018-01/2018-05", None),
])
def test_the_same_span_named_with_a_year_inside_or_a_length_is_moved_into_that_year(sentence, figure, period, base):
    c = frames_by_surface(sentence, "2021-08-01")[figure]
    assert (c.period, c.base_period) == (period, base)


def test_a_review_period_named_with_its_year_is_the_topic_of_that_year():
    text = ("Exports were $2 billion for January to September 2017.\n\n"
            "Tourism receipts were valued at $500 million in the 2017 review period.")
    assert frames_by_surface(text, "2017-11-01")["$500 million"].period == "2017-01/2017-09"


def test_a_review_period_of_another_year_than_the_topic_keeps_its_year():
    text = ("Exports were $2 billion for January to September 2017.\n\n"
            "Receipts were valued at $500 million in the 2016 review period.")
    assert frames_by_surface(text, "2017-11-01")["$500 million"].period == "2016"


@pytest.mark.parametrize("figure", ["$40 million", "4.2 per cent"])
def test_the_corresponding_period_of_the_previous_fiscal_year_is_a_base(figure):
    text = ("Remittances to Jamaica for April to December 2019 rose.\n\n"
            "For the review period, remittances were $1 billion, which represented an increase of $40 million "
            "or 4.2 per cent, relative to the corresponding period of the previous fiscal year.")
    c = frames_by_surface(text, "2020-02-01")[figure]
    assert (c.period, c.base_period) == ("2019-04/2019-12", "2018-04/2018-12")


def test_a_figure_a_verb_measures_against_is_dated_by_the_base_after_it():
    text = ("In the first half of 2021, exports were valued at $5.0 billion, resulting in a total trade value of "
            "$8.1 billion, surpassing the $6.2 billion recorded in the corresponding period of 2020.")
    c = frames_by_surface(text, "2021-08-01")
    assert (c["$8.1 billion"].period, c["$6.2 billion"].period) == ("2021-H1", "2020-H1")


def test_the_day_a_report_was_released_by_a_named_body_dates_no_figure():
    text = ("According to March trade data released by the Ministry of Trade, Industry and Energy (MOTIE) "
            "on April 1, exports rose 3.0 percent to $50.2 billion.")
    c = frames_by_surface(text, "2022-04-10")
    assert (c["$50.2 billion"].period, c["3.0 percent"].period) == ("2022-03", "2022-03")


def test_the_noun_a_figure_counts_is_no_verb_between_it_and_its_time():
    text = ("There were 40,000 arrivals in February, and 95,000 arrivals and 210,000 overnight stays "
            "in January and February.")
    assert frames_by_surface(text, "2018-03-20")["95,000 arrivals"].period == "2018-01/2018-02"


@pytest.mark.parametrize("figure, period", [
    ("$410 million", "2019"), ("$395 million", "2018"), ("$380 million", "2017"), ("$350 million", "2016")])
def test_a_time_that_opens_the_next_clause_of_a_list_of_years_dates_that_clause(figure, period):
    text = ("Transfers from abroad in 2019 came to $410 million, in 2018 they were $395 million, in 2017 "
            "$380 million, and in 2016 it was $350 million.")
    assert frames_by_surface(text, "2020-02-01")[figure].period == period
