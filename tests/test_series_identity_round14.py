"""Series identity, round 14: which figures are one series, parts of one, or of different
places, in our own sentences of the shapes the held-out sets' false flags had. Each test
runs the whole extraction and the relations engine on the text, so it fails where either
the frame or the engine reads the shape wrong."""

from __future__ import annotations

from factcheck.extract import extract
from factcheck.extract.placenames import local_places
from factcheck.relations import analyse

from conftest import article_of, flags, frames_by_surface


DAY = "2021-07-10"


def _confirmed(text: str, rule: str) -> list:
    article = article_of(text, DAY)
    return [r for r in analyse(extract(article), article, []).confirmed if r.rule == rule]


# --- places the gazetteer does not hold ------------------------------------------------------

ISLANDS = ("Visitor numbers rose on Korvala and Brennet in June but fell on Ostmark.\n\n"
           "Korvala, the group's fishing hub, welcomed 2,410 visitors in June against 2,205 a year earlier.\n\n"
           "Brennet, for its part, received 870 visitors in June, up from 812.\n\n"
           "Ostmark saw visitor numbers shrink 5 percent to 28,930 in June from 30,460 a year earlier.")


def test_a_name_after_a_locative_preposition_is_a_place_of_the_article():
    assert local_places(ISLANDS) == {"Korvala", "Brennet", "Ostmark"}


def test_words_of_time_institutions_and_headings_are_no_places():
    text = ("The bill went to Parliament in March and to Cabinet in May. In Parliament, members voted. "
            "Revenue in Dollar terms rose. In March, imports fell. The figures were sent to Cabinet.")
    assert local_places(text) == frozenset()


def test_a_person_named_after_according_to_is_no_place():
    text = "According to Halvorsen, exports rose 5%. Halvorsen said imports fell."
    assert local_places(text) == frozenset()


def test_a_place_named_once_is_not_taken_for_the_articles_own():
    assert local_places("Hotels in Tarsk filled 80% of their rooms in June.") == frozenset()


def test_each_island_is_the_subject_of_its_own_figures():
    got = frames_by_surface(ISLANDS, DAY)
    assert got["2,410 visitors"].subject == ["Korvala"]
    assert got["870 visitors"].subject == ["Brennet"]
    assert got["28,930"].subject == ["Ostmark"]


def test_islands_are_neither_parts_nor_restatements_of_one_another():
    assert flags(ISLANDS, DAY) == []


# --- "from A to B": the pair a growth names ----------------------------------------------------

PAIRS = ("Arrivals from Norland jumped 48 percent to 1,728 in March from 1,166 a year earlier, while "
         "arrivals from Estia rose seven percent from 698 to 749.")


def test_a_growth_from_one_figure_to_the_next_is_of_that_pair():
    found = _confirmed(PAIRS, "level-change")
    pairs = {(r.inputs[0].claim.surface, r.inputs[1].claim.surface) for r in found}
    assert ("698", "749") in pairs
    assert not any(new == "1,728" and old == "698" for old, new in pairs)
    assert flags(PAIRS, DAY) == []


def test_a_growth_from_one_figure_to_the_next_still_catches_a_slip():
    assert any("seven percent" in reason or "17 percent" in reason
               for reason in flags(PAIRS.replace("seven percent", "17 percent"), DAY))


# --- a difference from another series ---------------------------------------------------------

OTHER_SERIES = ("Over the twelve months to June 2021 there were 4,424 departures, compared with 3,929 in the "
                "same period a year earlier, 79 more than the number of arrivals.")


def test_more_than_another_series_is_no_change_of_the_figures_own():
    assert flags(OTHER_SERIES, DAY) == []


def test_more_than_its_own_earlier_level_is_still_checked():
    text = ("Over the twelve months to June 2021 there were 4,424 departures, compared with 3,929 in the "
            "same period a year earlier, 395 more than the year before.")
    assert any("395" in reason for reason in flags(text, DAY))


# --- a part of a part, and a definite anaphor ---------------------------------------------------

def test_a_category_and_a_good_of_it_are_not_added_up():
    text = ("Total exports rose 16.1 percent to US$659.2 million in the first half of 2021. Of this, mineral "
            "exports amounted to US$584.7 million, with iron ore exports rising to US$391.0 million.")
    assert flags(text, DAY) == []


def test_two_goods_of_different_categories_still_add_up_within_their_whole():
    text = ("Exports reached US$600 million in June 2021, with coffee exports of US$450 million and "
            "copper exports of US$350 million.")
    assert flags(text, DAY) != []


def test_the_bare_head_after_a_fuller_mention_refers_back_to_it():
    text = ("By the end of 2020, total public debt (excluding deposits) reached €4.514 billion. When deposits "
            "are included, the debt amounted to €4.129 billion.")
    assert flags(text, DAY) == []


# --- regions and trade blocs; a place said to be a market ----------------------------------

def test_a_region_is_a_subject_and_a_market_the_other_party():
    text = ("Exports of the country's firms reached 7.9 billion francs in 2020. The European Economic Area "
            "(EEA) remained the most important sales market, with sales of 3.55 billion francs, a share of 45 "
            "percent. Asia and the Pacific followed with sales of 1.64 billion francs.")
    got = frames_by_surface(text, DAY)
    assert "European Economic Area" in got["3.55 billion francs"].subject
    assert got["1.64 billion francs"].subject == ["Asia"]
    # a region's sales are no whole of the total's parts, nor a restatement of another region's
    assert flags(text, DAY) == []


# --- a growth of another year than the pair of levels ---------------------------------------

def test_a_growth_of_another_year_is_not_the_change_between_the_levels():
    text = ("From 500.4 billion francs in 2012, exports leapt to 560.2 billion francs in 2013, plunged by "
            "26% in 2014, and recovered to 540.9 billion francs in 2019.")
    assert flags(text, DAY) == []


def test_a_growth_of_the_later_levels_year_is_still_checked():
    text = "From 500.4 billion francs in 2012, exports rose by 20% to 560.2 billion francs in 2013."
    assert any("20%" in reason for reason in flags(text, DAY))
