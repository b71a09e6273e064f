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


# --- "X in receipts registered within <time>": the noun a figure counts, then its participle

def test_counted_noun_then_participle_dates_the_figure():
    from conftest import by_surface

    got = by_surface("Customs collected €901 million in the first half of 2023, compared with €812 million in "
                     "receipts registered within the first half of 2022.\n", "2023-07-20", "period")
    assert got["€812 million"] == "2022-H1"
    assert got["€901 million"] == "2023-H1"


# --- counts of two kinds of thing ("ships", "passengers") are no part and whole ------------

def test_counts_of_two_kinds_of_thing_are_no_part_and_whole():
    text = ("Last year the port welcomed 310 cruise ships, totalling 512,400 passengers, up 2% on 2017.\n\n"
            "In 2017 the port welcomed 502,300 tourists aboard 296 cruise ships, whereas the figure "
            "stood at 512,400 passengers on 310 ships last year.\n")
    assert not [f for f in flags(text, "2019-07-20") if "more than the 310" in f or "more than the 296" in f]


def test_counts_of_one_kind_still_part_and_whole():
    text = ("The port welcomed 310 cruise ships last year.\n\n"
            "Of these, 352 cruise ships came from Europe.\n")
    assert [f for f in flags(text, "2019-07-20") if "more than" in f]



def test_units_count_whatever_the_whole_counts():
    # a part larger than its whole stays flagged when the part counts "units" of the whole's vehicles
    text = "Vehicle sales totalled 416,680 vehicles in May. Domestic vehicle sales reached 688,884 units in May.\n"
    assert [f for f in flags(text, "2024-01-05") if "more than the 416,680" in f]


def test_a_figure_dreamt_of_is_no_part_of_the_one_reached():
    text = ("The island received 1,275,558 visitors in 2019, far from the dream of reaching 2 million "
            "foreign visitors in a year.\n")
    assert not [f for f in flags(text, "2020-02-10") if "more than the" in f]
    # a figure stated as fact of the same shape is still checked
    text = "The island received 1,275,558 visitors in 2019, including 2 million foreign visitors.\n"
    assert [f for f in flags(text, "2020-02-10") if "more than the" in f]
