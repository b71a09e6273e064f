"""Fiscal spans written with months, and the fiscal year so far (round 30; our own sentences)."""

from __future__ import annotations

from conftest import frames_by_surface


def test_a_month_range_with_its_fiscal_year_in_brackets_is_those_months():
    text = ("Pakistan's shipments of cotton yarn reached $812.4 million during July-January (2021-22) "
            "against $655.9 million during July-January (2020-21).")
    c = frames_by_surface(text, "2022-02-20")
    assert c["$812.4 million"].period == "2021-07/2022-01"
    assert c["$655.9 million"].period == "2020-07/2021-01"


def test_a_count_of_months_with_the_singular_noun_is_still_those_months():
    text = "Pakistan's imports of tea fell 4.2 percent in first seven month of current fiscal year."
    assert frames_by_surface(text, "2022-02-20")["4.2 percent"].period == "2021-07/2022-01"


def test_a_partner_of_trade_is_not_the_country_whose_fiscal_year_counts():
    text = ("Pakistan's exports to Japan rose 6.1 percent in the first seven months of the current fiscal year. "
            "Imports from Japan were $410.2 million. Trade with Japan grew. "
            "Exports of textiles to Japan reached $91.7 million during the current fiscal year.")
    assert frames_by_surface(text, "2022-02-20")["$91.7 million"].period == "2021-07/2022-01"


def test_the_current_fiscal_year_in_a_report_on_its_opening_months_is_those_months():
    text = ("Pakistan's exports grew 5.3 percent in the first seven months of the current fiscal year. "
            "Surgical goods exports rose from $180.2 million last year to $201.6 million during the current fiscal year.")
    c = frames_by_surface(text, "2022-02-20")
    assert c["$201.6 million"].period == "2021-07/2022-01"
    assert c["$180.2 million"].period == "2020-07/2021-01"
    # a forecast for the year keeps the whole year
    text += " The ministry expects exports of $31.2 billion in the current fiscal year."
    assert frames_by_surface(text, "2022-02-20")["$31.2 billion"].period == "2021-07/2022-06"


def test_last_year_against_a_fiscal_part_is_those_months_a_year_before():
    text = ("Pakistan's imports of palm oil were $1,210.5 million in the first seven months of the current "
            "fiscal year against $980.3 million last year, showing growth of 23.5 percent.")
    c = frames_by_surface(text, "2022-02-20")
    assert c["$980.3 million"].period == "2020-07/2021-01"
    assert c["23.5 percent"].base_period == "2020-07/2021-01"


def test_the_same_period_last_fiscal_year_is_those_months_of_it():
    text = ("Bangladesh received $14.1 billion in the first eight months of the fiscal year from July to February. "
            "That is 6.2 percent more than the $13.3 billion in the same period last fiscal year.")
    assert frames_by_surface(text, "2022-03-15")["$13.3 billion"].period == "2020-07/2021-02"


def test_a_hedged_sentence_about_next_year_does_not_move_the_topic():
    text = ("Bangladesh received $14.1 billion in the first eight months of the fiscal year from July to February. "
            "\"Inflows are likely to support the taka next year,\" the lender said. "
            "So far, the inflow shows an increase of 6.2 percent.")
    assert frames_by_surface(text, "2022-03-15")["6.2 percent"].period == "2021-07/2022-02"


def test_a_month_of_this_fiscal_year_is_that_month():
    text = "In March this fiscal, state-owned banks received $402.7 million from Bangladeshis abroad."
    assert frames_by_surface(text, "2022-04-10")["$402.7 million"].period == "2022-03"
