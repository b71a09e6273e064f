"""Metric naming, round 24: two series of one article given one name, so that their figures
were lumped together; found on the spent held-out sets and written here in our own sentences."""

from __future__ import annotations

import pytest

from conftest import by_surface


DAY = "2022-05-10"


@pytest.mark.parametrize("text, surface, metric", [
    # a count of persons whose verb of moving names the flow, not the generic noun
    ("Last year 51,200 people moved to Estonia from abroad and 32,400 left.", "51,200 people", "immigration"),
    ("Last year 51,200 people moved to Estonia from abroad and 32,400 left.", "32,400", "emigration"),
    ("Some 18,300 persons emigrated from Latvia while 9,800 persons immigrated to the country.", "Some 18,300 persons",
     "emigration"),
    ("Some 18,300 persons emigrated from Latvia while 9,800 persons immigrated to the country.", "9,800 persons",
     "immigration"),
    ("In 2021, 4,100 persons from foreign countries settled in the region, while 2,900 left for overseas.",
     "4,100 persons", "immigration"),
])
def test_a_count_of_persons_moving_names_the_flow(text, surface, metric):
    assert by_surface(text, DAY, "metric")[surface] == metric


@pytest.mark.parametrize("text, surface, metric", [
    # the excess of one amount over another is a series of neither
    ("Because immigration exceeded emigration by 9,120, the population grew.", "9,120",
     "excess of immigration over emigration"),
    ("In 2021 the number of deaths exceeded the number of births by 3,400.", "3,400",
     "excess of number of deaths over number of births"),
    ("Fuel duty receipts rose to $88 million and exceeded the forecast by $4.5 million.", "$4.5 million",
     "excess of fuel duty receipts over forecast"),
])
def test_the_excess_of_one_amount_over_another_is_named_by_both(text, surface, metric):
    assert by_surface(text, DAY, "metric")[surface] == metric


@pytest.mark.parametrize("text, surface, metric", [
    # a package is a unit of the goods: the goods, and the verb that moved them, name the series
    ("A total of 512,300 60-kilo bags of cocoa were exported in May.", "512,300", "cocoa exports"),
    ("Shipments comprised 400,100 bags of Forastero cocoa and 112,200 bags of Trinitario cocoa.", "400,100 bags",
     "Forastero cocoa"),
])
def test_a_count_of_packages_is_named_by_its_goods(text, surface, metric):
    assert by_surface(text, DAY, "metric")[surface] == metric
