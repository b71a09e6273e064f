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


# --- a frame the text already gives two far-apart figures is no sure restatement ----------

def test_third_figure_of_a_frame_holding_two_quantities_is_no_repeat():
    text = ('"At the north gate, in 2022 we counted 5.3 million visitors. At the harbour gate, there were '
            '0.9 million visitors in 2022," the director said.\n\n'
            "The city said the park had 6.1 million visitors in 2022, a record.\n")
    assert not [f for f in flags(text, "2023-02-01") if "as stated on line" in f]


def test_a_figure_stated_twice_apart_still_flagged():
    text = ("The museum counted 5.3 million visitors in 2022, its director said.\n\n"
            "The city said the museum had 6.1 million visitors in 2022, a record.\n")
    assert [f for f in flags(text, "2023-02-01") if "as stated on line" in f]


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


# --- "compared with 2022 which recorded X": the relative clause on a base dates its level --

def test_relative_clause_on_a_base_without_comma_dates_its_level():
    from conftest import by_surface

    got = by_surface("Dealers sold 9,120 cars in May 2024, compared with 2022 which recorded 8,430 cars.\n",
                     "2024-06-10", "period")
    assert got["8,430 cars"] == "2022-05"
    assert got["9,120 cars"] == "2024-05"


# --- "X in receipts registered within <time>": the noun a figure counts, then its participle

def test_counted_noun_then_participle_dates_the_figure():
    from conftest import by_surface

    got = by_surface("Customs collected €901 million in the first half of 2023, compared with €812 million in "
                     "receipts registered within the first half of 2022.\n", "2023-07-20", "period")
    assert got["€812 million"] == "2022-H1"
    assert got["€901 million"] == "2023-H1"


def test_two_far_apart_figures_of_one_sentence_do_not_mark_a_frame_conflated():
    """"widened to 5.3% of GDP, up from 3.2%": the two ends of a change the frame dated alike
    say nothing of the frame's other figures; two far apart in two sentences do."""
    from types import SimpleNamespace

    from factcheck.relations.rules.restate import _distinct_quantities

    def node(value, sentence):
        return SimpleNamespace(value=value, sentence=sentence, role="share", claim=SimpleNamespace(direction=None))

    assert not _distinct_quantities([node(5.3, 1), node(3.2, 1)])
    assert _distinct_quantities([node(5.3, 1), node(3.2, 2)])
    assert not _distinct_quantities([node(4.4, 1), node(4.5, 2)])
    assert not _distinct_quantities([node(4.4, 1), node(4400.0, 2)])  # a scale apart: one slip away
