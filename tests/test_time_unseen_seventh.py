"""Classes of time phrasing found by grouping the period and base-period errors of the
held-out sets p–ad (issue 8), each in sentences of our own."""

from factcheck.extract import extract
from factcheck.models import Article


def _claims(text, day="2019-09-20", **kw):
    return {c.surface: c for c in extract(Article(id="t", path="t.txt", text=text, sha256="0", date=day), **kw)}


# --- seasons: "this summer", "last winter", "the summer of 2016", "the three summer months"

def test_this_summer_is_the_summer_the_article_date_follows_and_its_growth_is_on_the_summer_before():
    c = _claims("Hotel stays in the valley rose 12% this summer, the tourist board said.")
    assert c["12%"].period == "2019-06/2019-08"
    # a season is compared with the same season a year earlier, not with the spring before
    assert c["12%"].base_period == "2018-06/2018-08"


def test_a_season_said_in_an_earlier_sentence_is_not_taken_over_by_a_year_a_bracket_recalls():
    text = ("Ferry passengers to the islands grew by 18% this summer.\n\n"
            "During the three summer months the ferries carried 51,400 passengers (against 43,600 in 2018).")
    c = _claims(text)
    assert c["18%"].period == "2019-06/2019-08"
    assert c["51,400 passengers"].period == "2019-06/2019-08"


def test_last_winter_said_in_spring_is_the_winter_that_straddles_the_turn_of_the_year():
    c = _claims("Ski passes sold last winter reached 240,000, the resort reported.", day="2019-04-10")
    assert c["240,000"].period == "2018-12/2019-02"


def test_last_summer_said_during_a_summer_is_the_summer_a_year_before():
    c = _claims("Campsite bookings last summer totalled 8,200.", day="2019-07-10")
    assert c["8,200"].period == "2018-06/2018-08"


def test_a_season_named_with_its_year():
    c = _claims("Beach visits in the summer of 2015 numbered 310,000.")
    assert c["310,000"].period == "2015-06/2015-08"
    c = _claims("Heating oil sales in winter 2016/17 came to 1.2 million litres.")
    assert c["1.2 million litres"].period == "2016-12/2017-02"
    c = _claims("The 2017 autumn season drew 22,000 walkers.")
    assert c["22,000 walkers"].period == "2017-09/2017-11"


def test_south_of_the_equator_summer_is_december_to_february():
    c = _claims("Australia's coastal towns welcomed 75,000 campers this summer.", day="2019-03-12")
    assert c["75,000 campers"].period == "2018-12/2019-02"


def test_months_the_text_names_after_a_season_are_the_period():
    c = _claims("For the summer months of July and August, spending rose to $4.1 million.")
    assert c["$4.1 million"].period == "2019-07/2019-08"


def test_fall_as_a_verb_is_no_season():
    c = _claims("Retailers expect prices to fall 3% next year.")
    assert c["3%"].period == "2020"
    c = _claims("Imports fell 4% last month, a fall of $2 million.")
    assert c["4%"].period == "2019-08"
