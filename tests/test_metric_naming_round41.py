"""Series naming, round 41 (issue 8): the base of a change named by a dated noun of reading
("from a revised June value of $4.6 billion", "over 2007 numbers of 6,799") is a level of
the series whose change is stated, never of a series an earlier clause names; a metric made
only of a reading's month, vintage or a noun of change that names no series of its own
("July", "revised", "a modest bump") names no series. Sentences of our own, phrased unlike
the corpus sentences that showed the class."""

from __future__ import annotations

from factcheck.extract.vocabulary import names_no_series

from conftest import by_surface, frames_by_surface, inconsistent


DAY = "2024-09-10"


# --- the base of a change, named by a noun of reading --------------------------------------

def test_dated_reading_after_from_is_the_changing_series():
    m = by_surface("Copper shipments slid 12% from a revised May 2024 value of $820 million to $722 million in June.",
                   DAY, "metric")
    assert m["$820 million"] == "copper shipments"
    assert m["$722 million"] == "copper shipments"


def test_year_possessive_numbers_after_over_is_the_changing_series():
    m = by_surface("Ferry passengers went down 9 per cent over 2022 numbers of 51,300.", DAY, "metric")
    assert m["51,300"] == "ferry passengers"


def test_reading_after_against_takes_the_change_before_not_an_earlier_level():
    # the level of imports comes first; the base after "against a figure of" is of exports
    m = by_surface("Imports rose 4% to $7.3 billion, and exports fell 3% against a figure of $2.1 billion.", DAY, "metric")
    assert m["$7.3 billion"] == "imports"
    assert m["$2.1 billion"] == "exports"


def test_base_of_a_change_whose_series_is_unread_takes_no_earlier_series():
    # the second change's own series is not read (its subject sits far back, past an aside):
    # its base must not borrow the series of the first clause
    m = by_surface("While hotel guests increased by 2.4 percent from 2021 numbers of 40,100, the cruise calls, hit by "
                   "the withdrawal of two lines over the summer months, went down by 19.3 per cent from 2021's numbers "
                   "of 131,000.", DAY, "metric")
    assert m["131,000"] not in ("hotel guests", "guests")


def test_plain_from_after_another_series_level_is_unchanged():
    # "whereas imports increased from": no noun of reading, the clause names its own series
    m = by_surface("Exports rose 17.5 percent yoy from US$92.5 billion, whereas imports increased from US$87.4 billion "
                   "in the same period last year.", DAY, "metric")
    assert m["US$92.5 billion"] == "exports"
    assert m["US$87.4 billion"] != "exports"


def test_a_slip_in_a_dated_base_is_found():
    # 1,310 − 1,150 is 160, a rise of 13.9 %: printed 31.9 %
    text = "Rice exports rose 31.9% to 1,310 tonnes in 2024 from a revised 2023 figure of 1,150 tonnes."
    assert inconsistent(text, "2025-03-10") == {"31.9%"}
    assert not inconsistent(text.replace("31.9%", "13.9%"), "2025-03-10")


def test_from_year_numbers_left_as_the_metric_is_no_series():
    m = by_surface("Rice exports reached 1,310 tonnes in 2024, up 31.9% from 2023 numbers of 1,150 tonnes.",
                   "2025-03-10", "metric")
    assert "rice exports" in m["1,150 tonnes"]


# --- words that name no series ------------------------------------------------------------

def test_months_vintage_and_bare_change_nouns_name_no_series():
    for metric in ("revised July", "provisional", "a modest bump", "preliminary December", "improvement",
                   "from 2023 numbers"):
        assert names_no_series(metric), metric
    for metric in ("July exports", "revised revenue", "wage hike", "hike in fuel prices",
                   "imports from China"):
        assert not names_no_series(metric), metric


def test_reading_named_by_its_span_or_vintage_names_no_series():
    for metric in ("the corresponding period", "the 2009 estimate", "the comparison", "the difference"):
        assert names_no_series(metric), metric
    for metric in ("fiscal deficit", "estimated exports", "the corresponding period's imports"):
        assert not names_no_series(metric), metric


# --- the subject of a verb past an adverbial of time -----------------------------------------

def test_months_counted_in_figures_and_glossed_between_subject_and_verb():
    m = by_surface("The merchandise trade deficit during the first 8 months (July-February) of the current fiscal year "
                   "2022-23 has narrowed by 30 percent to $2.5 billion.", DAY, "metric")
    assert "merchandise trade deficit" in m["30 percent"]
    assert m["$2.5 billion"] == "merchandise trade deficit"


def test_months_of_a_named_financial_year_between_subject_and_verb():
    m = by_surface("Kenya's tea exports during the first 10 months of the current financial year 2023/24 have fallen "
                   "by 3% to 400 million kilos.", DAY, "metric")
    assert "tea exports" in m["400 million kilos"]


def test_months_spelled_out_before_the_verb_unchanged():
    m = by_surface("The budget deficit in the first nine months of the current fiscal year widened by 12 percent "
                   "to $3.1 billion.", DAY, "metric")
    assert m["$3.1 billion"] == "budget deficit"


def test_coordinated_clauses_keep_their_own_series():
    m = by_surface("Hotel revenue rose 3% to $50 million, while airline revenue fell 2% to $80 million.", DAY, "metric")
    assert m["$80 million"] == "airline revenue"


def test_a_reading_noun_after_a_comparative_is_the_base_level_not_a_second_change():
    c = frames_by_surface("Customs receipts for 2021 are projected at $812,400,000, a shortfall of $18,300,000 "
                          "or 2.2% under the 2020 estimate of $830,700,000.", "2021-02-10")
    base = c["$830,700,000"]
    assert (base.role, base.direction) == ("level", None)
