"""Growths read as rates, shares read as rates, average stays read as spans, and the base of a
share of a dated whole (round 31; our own sentences)."""

from __future__ import annotations

from conftest import frames_by_surface


DAY = "2022-06-15"


# --- a percentage that a noun of change takes: across a modifier, or as its 'of' complement ---

def test_a_percentage_premodifying_a_noun_of_change_across_an_abbreviated_adverbial_is_a_growth():
    f = frames_by_surface("Rice exports in May came to 41,000 tonnes, a 6.2 per cent month-on-month (m-o-m) decrease.", DAY)
    assert (f["6.2 per cent"].role, f["6.2 per cent"].direction) == ("growth", "down")


def test_a_percentage_premodifying_a_noun_of_change_across_a_noun_after_an_article_is_a_growth():
    f = frames_by_surface("The new port opened in 2019, resulting in a 3.4% traffic increase that year.", DAY)
    assert (f["3.4%"].role, f["3.4%"].direction) == ("growth", "up")
    # a percentage before a noun that is no change stays what it was
    g = frames_by_surface("Buyers paid a 10% down payment in 2019.", DAY)
    assert g["10%"].role != "growth"


def test_the_of_complement_of_a_noun_of_change_is_a_growth_whatever_the_subject():
    f = frames_by_surface("Ferry calls rose to 52 in April, resulting in an increase of 8% on the year.", DAY)
    assert (f["8%"].role, f["8%"].direction) == ("growth", "up")
    g = frames_by_surface("Sales reached 90 units in March but remained in a slump of 12 percent on an annual basis.", DAY)
    assert (g["12 percent"].role, g["12 percent"].direction) == ("growth", "down")


def test_a_new_noun_or_verb_of_change_reads_as_one():
    f = frames_by_surface("In 2021, the country recorded a 9 per cent spike in tea sales.", DAY)
    assert (f["9 per cent"].role, f["9 per cent"].direction) == ("growth", "up")
    g = frames_by_surface("In 2021, the mill's output upped by 4.5% to 300 tonnes.", DAY)
    assert (g["4.5%"].role, g["4.5%"].direction) == ("growth", "up")


def test_a_sign_written_as_a_word_in_brackets_makes_a_growth():
    f = frames_by_surface("In July 2005, visitors to the islands numbered 1.2 million (plus by 6%), and nights 8.1 million "
                          "(minus 2%).", DAY)
    assert (f["6%"].role, f["6%"].direction) == ("growth", "up")
    assert (f["2%"].role, f["2%"].direction) == ("growth", "down")
    # the bracketed change is the level's, named as every growth is: its series and "growth"
    assert f["6%"].metric == f["1.2 million"].metric + " growth"
    assert f["2%"].metric == f["8.1 million"].metric + " decline"


# --- shares: a pronoun whole, a noun of proportion, a demonstrative that opens 'followed by' ---

def test_a_percentage_of_a_relative_or_demonstrative_pronoun_is_a_share():
    f = frames_by_surface("The 2021 budget gap was $900 million, 35% of which is to be met by loans and 65% from taxes.", DAY)
    assert f["35%"].role == "share" and f["65%"].role == "share"
    g = frames_by_surface("Revenue in 2021 was $2 billion; 70% of this came from mining.", DAY)
    assert g["70%"].role == "share"
    h = frames_by_surface("Trade in 2021 was worth $8 billion, of which 58 percent was exports.", DAY)
    assert h["58 percent"].role == "share"


def test_percentages_completing_or_bracketed_after_a_noun_of_proportion_are_shares():
    f = frames_by_surface("In 2021, Peru and Chile were the next buyers, with shares of 5.5% and 4.1%, respectively.", DAY)
    assert f["5.5%"].role == "share" and f["4.1%"].role == "share"
    g = frames_by_surface("In 2021, the largest proportion of guests were aged 30 to 49 (47.3 per cent).", DAY)
    assert g["47.3 per cent"].role == "share"
    # a word of change between the noun and the bracket makes the percentage a change
    h = frames_by_surface("In 2021, the share of imports rose sharply (6%).", DAY)
    assert h["6%"].role == "growth"


def test_a_ranked_list_opened_by_a_demonstrative_and_its_noun_takes_the_roles_before():
    f = frames_by_surface("In May 2022, Spaniards made up the third largest group of guests (7.2% of the total). "
                          "These guests were followed by the Dutch (5.1%) and the Swiss (3.3%).", DAY)
    assert f["5.1%"].role == "share" and f["3.3%"].role == "share"


# --- an average stay is a level --------------------------------------------------------------

def test_an_average_stay_is_a_level_not_a_span():
    f = frames_by_surface("In May 2022, the average length of stay was 6.4 days, compared to May 2021 (7.1 days).", DAY)
    assert f["6.4 days"].role == "level" and f["7.1 days"].role == "level"
    g = frames_by_surface("The contract runs for 18 months from May 2022.", DAY)
    assert g["18 months"].role == "span"


# --- the base of a share of a whole dated by its own clause ------------------------------------

def test_a_share_of_a_whole_recorded_earlier_has_that_time_as_its_base():
    f = frames_by_surface("Arrivals in May were 82,000, or 91% of the arrivals recorded in May 2019.", "2022-06-15")
    assert f["91%"].role == "share" and f["91%"].base_period == "2019-05"
    # a whole recorded in the share's own time is no base
    g = frames_by_surface("Arrivals in May were 82,000, or 91% of the arrivals recorded in May.", "2022-06-15")
    assert g["91%"].base_period is None
