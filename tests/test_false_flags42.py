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
