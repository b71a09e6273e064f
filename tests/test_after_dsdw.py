"""Classes read after the first scoring of the twenty-fifth held-out set (ds–dw), each
phrased unlike the article that showed it: a single conversion that prices a currency above
any there is. End to end: text in, flags out."""

from __future__ import annotations

from conftest import checked_by_surface, flagged_reasons


def test_a_conversion_that_prices_a_currency_above_any_there_is_has_a_wrong_scale_word(tmp_path):
    by = checked_by_surface("Customs collected 418.6 million kwacha (about 5.1 billion dollars) in the first half of 2031.")
    flags = flagged_reasons(by)
    assert set(flags) == {"418.6 million kwacha", "about 5.1 billion dollars"}
    note = next(iter(flags.values()))
    assert "dearer than any currency" in note and "1000 times" in note
    # the euro and the pound are majors too; and the mistake may sit on either side
    by = checked_by_surface("Its net profit was NOK 41.7 billion (€3.6 trillion) last year.")
    assert "NOK 41.7 billion" in flagged_reasons(by)


def test_a_dear_currency_metal_or_plausible_rate_raises_nothing(tmp_path):
    for text in (
        # the dearest currency converts at about 3.3 dollars: no slip
        "The fund earned KD 12.4 million ($40.3 million) in 2030.",
        "Reserves reached £2.1 billion ($2.7 billion) in June 2031.",
        # a weak currency, many units to the dollar
        "Revenue reached 232.5 billion meticais (about 3.6 billion dollars) in 2031.",
        # gold is priced per ounce in thousands of dollars, and is no currency
        "The bank sold 12 XAU ($26,400) of bullion in 2031.",
    ):
        assert not flagged_reasons(checked_by_surface(text)), text


def test_of_the_total_names_the_largest_figure_before_not_the_last(tmp_path):
    text = ("The council approved spending of £96.0 million for 2031, £61.2 million on services and £34.8 million "
            "on capital works. Of the total spending, 58 percent or £55.7 million is funded by local taxes.")
    assert not flagged_reasons(checked_by_surface(text))
    # a slip in the part is a part larger than the total (not than the capital works)
    by = checked_by_surface(text.replace("£55.7 million", "£557 million"))
    notes = " ".join(flagged_reasons(by).values())
    assert "557 million GBP" in notes and "more than the 96 million GBP stated for the whole" in notes
    # "Among them" keeps the last figure before it as the whole
    by = checked_by_surface("The port handled 2.4 million containers in 2031, after 2.1 million in 2030. "
                         "Among them, 3.0 million were empty.")
    assert set(flagged_reasons(by)) == {"2.1 million"}  # set against the last figure, 2030's


def test_quarter_with_its_number_spelt_after_it(tmp_path):
    by = checked_by_surface("Cruise calls reached 41,200 during quarter two, an increase of 1,100 compared to the same "
                         "period in 2030, while the same quarter in 2029 had a total of 43,900 calls.")
    assert by["41,200"].period == "2031-Q2"
    assert by["43,900 calls"].period == "2029-Q2"
    # a quarter as a fraction, or "a quarter two years on", is no period
    by = checked_by_surface("Sales fell by a quarter two years after the 2029 peak, to 8,100 units.")
    assert by["8,100 units"].period != "2031-Q2"


def test_a_shared_currency_name_takes_the_country_its_people_name(tmp_path):
    by = checked_by_surface("Transfers sent home by Moroccans living abroad reached 62.3 billion dirhams in 2031.")
    assert by["62.3 billion dirhams"].unit == "MAD"
    by = checked_by_surface("Emiratis spent 4.1 billion dirhams on travel in 2031.")
    assert by["4.1 billion dirhams"].unit == "AED"
    # no people and no place named: the family's first, as before
    by = checked_by_surface("Spending reached 4.1 billion dirhams in 2031.")
    assert by["4.1 billion dirhams"].unit == "AED"
