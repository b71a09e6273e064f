"""False flags on clean text (issue 8), session 22: each class with a sentence phrased
unlike the corpus one that showed it, and a true slip of the same shape still flagged."""

from conftest import flags


# --- a total is stated before or after its items, not among them -------------------------

_ITEMS = ("Car sales rose to 41,200 units in May, the association said.\n\n"
          "Trucks\n\n"
          "Sales in the month climbed to 3,950 units on fleet orders.\n\n"
          "Sales of buses reached 5,100 units in May as cities renewed fleets.\n")


def test_bare_noun_between_named_items_is_no_total():
    assert not [f for f in flags(_ITEMS, "2024-06-10") if "3,950" in f]


def test_bare_noun_total_after_items_still_checked():
    text = ("Car sales rose to 41,200 units in May, the association said.\n\n"
            "Sales of buses reached 5,100 units in May as cities renewed fleets.\n\n"
            "Sales in all came to 39,950 units in May.\n")
    assert [f for f in flags(text, "2024-06-10") if "more than" in f]


def test_bare_noun_total_before_items_still_checked():
    text = ("Sales came to 39,950 units in May, the association said.\n\n"
            "Car sales rose to 41,200 units in May.\n\n"
            "Sales of buses reached 5,100 units in May as cities renewed fleets.\n")
    assert [f for f in flags(text, "2024-06-10") if "more than" in f]


# --- a companion bracketed between a figure and its time: the time dates the figure --------

def test_time_after_a_bracketed_growth_dates_the_figure_before_it():
    from conftest import by_surface

    got = by_surface("Hotel nights reached 1.92 million in March 2024, against 1.75 million nights (+9.7%) "
                     "in March 2023 and 1.60 million nights (+20.0%) in March 2019.\n", "2024-04-20", "period")
    assert got["1.60 million nights"] == "2019-03"
    assert got["1.75 million nights"] == "2023-03"
    assert got["1.92 million"] == "2024-03"


def test_time_inside_the_bracket_stays_the_brackets():
    from conftest import by_surface

    got = by_surface("In March 2024 hotel nights reached 1.92 million (+9.7% on March 2023), the office said.\n",
                     "2024-04-20", "period")
    assert got["1.92 million"] == "2024-03"


# --- a base level of another paragraph far from any reading of the growth -----------------

def test_base_level_elsewhere_far_off_is_another_quantity():
    text = ("Arrivals reached 819,000 in June 2024, up 6.4 percent on June last year, the board said.\n\n"
            "In June 2023, 3,100 arrivals were counted at the marina.\n")
    assert not flags(text, "2024-07-20")


def test_base_level_elsewhere_that_disagrees_still_flagged():
    text = ("Arrivals reached 819,000 in June 2024, up 6.4 percent on June last year, the board said.\n\n"
            "In June 2023, 700,000 arrivals were counted.\n")
    assert [f for f in flags(text, "2024-07-20") if "6.4 percent" in f]


# --- "X in receipts registered within <time>": the noun a figure counts, then its participle

def test_counted_noun_then_participle_dates_the_figure():
    from conftest import by_surface

    got = by_surface("Customs collected €901 million in the first half of 2023, compared with €812 million in "
                     "receipts registered within the first half of 2022.\n", "2023-07-20", "period")
    assert got["€812 million"] == "2022-H1"
    assert got["€901 million"] == "2023-H1"
