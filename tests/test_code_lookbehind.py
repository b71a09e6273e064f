"""A space-grouped figure after a currency code ("EUR 1 234,5") is one amount; the code is
three capitals, not any three-letter word: "and 2 602 024 foreign travellers" in an article
that writes decimal commas is one count, not "2 602" and "024"."""

from factcheck.extract.mentions import scan_sentence

SPACED_COMMA = {"decimal_comma": True, "space_thousands": True}


def _values(sentence, has):
    return [m.value for m in scan_sentence(sentence, has)]


def test_a_three_letter_word_before_a_spaced_figure_is_no_currency_code():
    s = "They were made up of 925 796 South African residents and 2 602 024 foreign travellers."
    assert _values(s, SPACED_COMMA) == [925796.0, 2602024.0]
    assert _values("Arrivals were 1 247 003 and 3 527 820.", SPACED_COMMA) == [1247003.0, 3527820.0]


def test_a_currency_code_still_opens_one_spaced_amount():
    assert 1234.5 in _values("The fee rose to EUR 1 234,5 this year.", {"decimal_comma": True})
    assert 100000.0 in _values("The fee rose to USD 100 000 this year.", {})
