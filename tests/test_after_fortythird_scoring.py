"""Classes of phrasing the forty-third held-out set (hc–hf) showed at its one scoring, each
mended as a class and each test failing on the code that was scored (6feb2ba)."""

from conftest import checked


def _claims(text: str, date: str = "2024-02-20"):
    return checked(text, date)


def test_a_word_code_in_capitals_after_a_scaled_figure_is_the_currency():
    # MAD, AMD, ALL … are words or acronyms too, so the lexicon does not read them after any
    # figure; after a scale word, in capitals, they are the currency
    got = {c.surface: c for c in _claims("The deficit narrowed to 62.8 billion MAD, an increase of 22 Bln MAD "
                                         "over the budget.")}
    assert got["62.8 billion MAD"].unit == "MAD" and got["62.8 billion MAD"].kind == "money"
    assert got["22 Bln MAD"].unit == "MAD" and got["22 Bln MAD"].value == 22e9
    assert {c.unit for c in _claims("Debt service reached 10 million AMD in 2023.")} == {"AMD"}
    # a bare figure before the word stays a count of something else
    assert all(c.unit != "MAD" for c in _claims("The crowd of 22 MAD fans waited."))
    # nor when the word modifies a noun after it
    assert {c.unit for c in _claims("About 3 million ALL voters turned out.")} == {"count"}


def test_a_rate_per_year_is_not_the_change_between_levels_decades_apart():
    text = ("The population has grown from 2.4 million in 1970 to 6.1 million in 2020, with an annual "
            "growth rate of 2.5% in recent years.")
    assert not [c for c in _claims(text) if c.check.verdict == "inconsistent"]
    # the same rate between two years' levels is their change, and checked
    wrong = "The population grew from 2.4 million in 2021 to 6.1 million in 2022, a growth of 2.5%."
    assert [c.surface for c in _claims(wrong) if c.check.verdict == "inconsistent"]


def test_an_of_the_total_opener_that_prints_its_figure_is_its_sentences_whole():
    text = ("The budget was approved at $1.74 billion with revenue of $1.58 billion, leaving a financing "
            "requirement of $162 million. Out of this financing, $53 million was planned as domestic "
            "borrowing, while the balance, amounting to $109 million, was foreign financing.\n\n"
            "Of the total approved revenue of $1.58 billion, $729 million was to be collected by June, "
            "with $655 million in domestic revenue and $74 million in grants.")
    assert not [c.surface for c in _claims(text) if c.check.verdict == "inconsistent"]
