"""Frame classes found on the spent held-out sets (aj–an, ae–ai) after their scoring, each in
our own sentences: a relative clause bounding a period; a forecast's deadline year; a noun of
change measured "at" its figures; the verb closing a 'respectively' coordination; an amount
reached after a percentage of change."""

from __future__ import annotations

import pytest

from conftest import frames_by_surface

DAY = "2018-05-20"

@pytest.mark.parametrize("clause, period", [("which ended in March", "2016-04/2017-03"),
                                            ("which ended on March 31", "2016-04/2017-03"),
                                            # a stated end other than India's chooses the calendar (round 18)
                                            ("that ends in June", "2016-07/2017-06")])
def test_a_clause_bounding_a_period_is_no_period_of_its_own(clause, period):
    c = frames_by_surface(f"India's tea exports in fiscal 2017, {clause}, rose 8 percent to 240 million kg.", DAY)
    # the fiscal year, not the month that bounds it
    assert c["240 million kg"].period == c["8 percent"].period == period
    assert "31" not in c  # the day bounding the year is no figure

def test_a_forecast_deadline_does_not_date_the_paragraphs_after_it():
    text = ("The island's accounts for 2016 show spending of £640m.\n\n"
            "The deficit is expected to widen to £90m by 2021, the treasury warned.\n\n"
            "Health took £150m and education £120m.")
    c = frames_by_surface(text, "2017-06-01")
    assert c["£90m"].period == "2021"
    assert c["£150m"].period == "2016" and c["£120m"].period == "2016"

def test_a_budget_for_the_year_ahead_still_dates_what_follows():
    text = ("Spending in the budget for 2025 will amount to 9,200 million dinars.\n\n"
            "Of it, 1,100 million dinars will go to schools.")
    assert frames_by_surface(text, "2024-11-10")["1,100 million dinars"].period == "2025"

@pytest.mark.parametrize("text, direction", [
    ("In April, sales of cars and of vans both recorded year-on-year decreases, at 6.1% and 9.8% respectively.", "down"),
    ("Sales of cars showed an increase, at 3.5%, in April.", "up"),
])
def test_a_noun_of_change_measured_at_its_figures_makes_them_growths(text, direction):
    for c in frames_by_surface(text, DAY).values():
        assert (c.role, c.direction) == ("growth", direction)

def test_the_verb_of_a_respectively_coordination_is_no_part_of_its_last_member():
    c = frames_by_surface("In April, car sales and van sales both recorded falls, at 6.1% and 9.8% respectively.", DAY)
    assert c["6.1%"].metric == "car sales decline"
    assert c["9.8%"].metric == "van sales decline"

@pytest.mark.parametrize("verb", ["gained", "added"])
def test_an_amount_reached_after_a_percentage_of_change_is_a_level(verb):
    c = frames_by_surface(f"Shipments {verb} 10.8 percent to ¥79.22 trillion in the year.", DAY)
    assert c["¥79.22 trillion"].role == "level"
    assert c["10.8 percent"].role == "growth"

def test_an_amount_right_after_a_verb_of_gain_is_still_a_change():
    c = frames_by_surface("The economy added about 3,000 jobs in 2019.", DAY)
    assert c["about 3,000 jobs"].role == "change"

# --- metric identity -----------------------------------------------------------------------

from factcheck.matching import metric_key  # noqa: E402


@pytest.mark.parametrize("a, b", [
    ("Estonian foreign trade turnover", "foreign trade turnover"),  # a country's adjective is its subject
    ("negative trade balance", "trade deficit"),                    # a balance's polarity is its sign
    ("traditional export earnings", "traditional exports"),         # a flow's takings are that flow
    ("receipts in remittances", "remittances"),
    ("value of total goods imported", "imports of goods"),
    ("Peruvian exports abroad", "exports"),
])
def test_two_names_of_one_series_have_one_key(a, b):
    assert metric_key(a) == metric_key(b)


@pytest.mark.parametrize("a, b", [
    ("positive trade balance", "trade deficit"),
    ("tourism receipts", "receipts"),
    ("traditional export earnings", "non-traditional exports"),
])
def test_names_of_two_series_keep_two_keys(a, b):
    assert metric_key(a) != metric_key(b)


def test_the_relations_engine_reads_a_countrys_adjective_as_its_subject():
    from factcheck.relations.graph import concept_of, core_words, series_words, subject_words

    series = series_words("Estonian foreign trade turnover") - subject_words(frozenset({"Estonia"}))
    assert concept_of(series) == ("trade", frozenset())  # the same total as "foreign trade turnover"
    assert core_words("Estonian exports") == core_words("exports")


def test_a_scale_word_left_by_the_figure_before_names_no_series():
    c = frames_by_surface("During the first half, Estonian trade turnover reached EUR 13.14 bln – EUR 1.06 mln or 8.7% more "
                          "than in the corresponding period of 2017.", DAY)
    assert c["EUR 1.06 mln"].metric == c["EUR 13.14 bln"].metric


def test_a_word_that_judges_a_figure_makes_no_part_of_a_series():
    from test_relations import flagged, run

    text = ("The season ended strong with 27 landings in March. This included 26 landings at the main wharf "
            "and one at the fuel jetty.")
    assert flagged(run(list(frames_by_surface(text, "2016-04-10").values()))[1]) == set()


def test_import_and_export_operations_are_imports_and_exports():
    from test_relations import flagged, run

    text = ("In July, the volume of foreign trade turnover amounted to 1511 thousand 410.25 USD. "
            "Import operations made 702 118.40 thousand USD and export operations 809 291.85 thousand USD.")
    c = frames_by_surface(text, "2016-08-20")
    assert c["1511 thousand 410.25 USD"].value == pytest.approx(1_511_410.25)
    assert "1511 thousand 410.25 USD" in flagged(run(list(c.values()))[1])  # a thousand times the parts' sum


def test_an_amount_set_against_an_earlier_one_after_a_growth_is_the_later_level():
    c = frames_by_surface("The tea crop fell by 4.2 percent, or 2,810 tonnes in 2009 from 2,934 tonnes in 2008.", "2010-03-01")
    assert (c["2,810 tonnes"].role, c["2,934 tonnes"].role) == ("level", "level")
    assert c["2,810 tonnes"].metric == c["2,934 tonnes"].metric == "tea crop"


def test_an_amount_restating_a_growth_before_its_base_level_is_the_change():
    c = frames_by_surface("Beef exports increased by 17% or $3 million from $20 million in August 2015.", "2016-10-01")
    assert c["$3 million"].role == "change"


@pytest.mark.parametrize("text, surface, metric", [
    ("Of this total, $512.4 million corresponds to exports of registered goods.", "$512.4 million",
     "exports of registered goods"),
    ("Another $98.1 million is value-added exports from free zones.", "$98.1 million",
     "value-added exports from free zones"),
    ("About $50 million was tourism revenue.", "About $50 million", "tourism revenue"),
])
def test_a_figure_as_subject_takes_the_series_its_complement_names(text, surface, metric):
    assert frames_by_surface(text, DAY)[surface].metric == metric


def test_a_complement_that_names_no_series_names_no_metric():
    assert frames_by_surface("Some 2,000 were new hires at the plant.", DAY)["Some 2,000"].metric != "new hires at the plant"


def test_a_destination_bound_flow_is_named_by_its_flow():
    c = frames_by_surface("In fiscal 2017, U.S.-bound exports gained 7.5 percent to ¥15.18 trillion, while China-bound "
                          "shipments rose 3 percent.", "2018-04-18")
    assert (c["¥15.18 trillion"].metric, c["3 percent"].metric) == ("exports", "shipments growth")


def test_the_balances_of_sectors_stated_apart_are_not_revenue_minus_spending():
    from test_relations import flagged, run

    text = ("ACCOUNTS FOR 2005\n\n"
            "The year 2005 closed with a surplus of 4.12 million euro, the difference between an income of 310.40 million "
            "euro and an expenditure of 306.28 million euro.\n\n"
            "The administrative sector closed the year with a deficit of 18.4 million euro.\n\n"
            "The investment sector showed a surplus of 9.3 million euro, and the property sector a surplus of 21.7 "
            "million euro.")
    assert flagged(run(list(frames_by_surface(text, "2006-07-10").values()))[1]) == set()
    # the balance beside its sides is still checked
    assert flagged(run(list(frames_by_surface(text.replace("4.12 million", "4.52 million"), "2006-07-10").values()))[1])
