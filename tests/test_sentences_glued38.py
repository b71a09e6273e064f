"""A full stop glued to the next sentence's opening word, as pages stripped of their markup
print it ("member states.The arrivals"), still ends the sentence; abbreviations, decimals
and names with a dot do not."""

from factcheck.extract.sentences import split_sentences


def _texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def test_a_stop_glued_to_an_opening_word_ends_the_sentence():
    text = "Arrivals came from member states.The arrivals of residents rose 5% last year.According to the office, they fell."
    assert _texts(text) == ["Arrivals came from member states.", "The arrivals of residents rose 5% last year.",
                            "According to the office, they fell."]


def test_glued_dots_that_end_no_sentence():
    # a domain name, a decimal and an upper-case abbreviation are left as they were
    assert _texts("Shares of Amazon.com rose 3% on Monday.") == ["Shares of Amazon.com rose 3% on Monday."]
    assert _texts("Exports grew 2.5% in June.") == ["Exports grew 2.5% in June."]
    assert len(_texts("Output grew in the U.S.The dollar rose.")) == 1
