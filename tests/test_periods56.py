"""Periods, session 36 (period56): a flow summed to a month in a text that counts by a fiscal
year. Written in our own sentences.

"By the end of May of the current fiscal year" names the month that closes the fiscal year so
far: a flow summed to it runs from the fiscal year's first month (July in Nepal and Pakistan),
not from January, and not over the whole fiscal year. In a report on that fiscal year so far,
a bare "by the end of May" or "up to the end of April" is counted from the same first month.
A stock counted "by the end of May" stays the month's, and a text on the calendar year keeps
January.
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


# A standing weight in an economy, stated in the present with no time: a background fact, no
# period of the text's figures ("account for about 20% of the national wealth"). A ratio of an
# amount the sentence states, or a participle hanging on a past verb, keeps the text's period.

LEAD = "Remittances to the islands reached 74 million euros in the first five months of the year. "


def test_a_standing_weight_in_the_economy_takes_no_period():
    text = LEAD + ("Diaspora remittances account for about 12% of the national wealth. "
                   "Vanilla is the largest earner, accounting for 31 percent of the country's export revenues. "
                   "Tourism is a major resource, contributing to 9% of total GDP.")
    got = by_surface(text, "2020-06-10", "period")
    assert got["about 12%"] is None
    assert got["31 percent"] is None
    assert got["9%"] is None
    assert got["74 million euros"] == "2020-01/2020-05"
    # a ratio of an amount the sentence states, or a participle on a past verb, keeps the period
    text = LEAD + ("The deficit was 247.5 million euros, representing 3.3% of GDP. "
                   "The islands exported cloves to India, accounting for 41 percent of total export earnings.")
    got = by_surface(text, "2020-06-10", "period")
    assert got["3.3%"] == "2020-01/2020-05"
    assert got["41 percent"] == "2020-01/2020-05"
