"""A country's name joined to a currency by a hyphen names money, not a place: "a
340-million-U.S.-dollar budget" in an article about Somalia must not make the United
States its subject, nor give it the US federal fiscal year. Sentences of our own."""

import pytest

from factcheck.extract import placenames


@pytest.mark.parametrize("sentence", [
    "Parliament on Friday endorsed a 2.3-billion-U.S.-dollar budget for 2024.",
    "The central bank sold US-dollar bonds worth 400 million.",
    "The loan is denominated in Japanese-yen instalments of 30 million.",
])
def test_a_country_joined_to_its_currency_is_no_subject(sentence):
    assert placenames.subjects(sentence) == []


def test_the_country_itself_is_still_a_subject():
    assert placenames.subjects("The U.S.-led consortium paid 2.3 billion U.S. dollars, the US Treasury said.") == ["United States"]
