"""Identities the engine pairs from the claims' frames, not their phrasing (our own
sentences): one conversion of a currency pegged by law checks against its parity."""

from __future__ import annotations

from factcheck.extract import extract
from factcheck.relations import analyse
from factcheck.relations.pegs import parity

from conftest import article_of, inconsistent


def _confirmed(text: str, rule: str, date: str = "2023-05-20") -> list[set[str]]:
    article = article_of(text, date)
    analysis = analyse(extract(article), article, [])
    return [{n.claim.surface for n in r.nodes} for r in analysis.confirmed if r.rule == rule]


def test_parity_of_pegged_currencies():
    assert parity("SAR", "USD", 2022) == (1 / 3.75, 1 / 3.75)
    assert parity("XOF", "XAF", 2020) == (1.0, 1.0)
    assert parity("GHS", "USD", 2022) is None  # a floating currency
    assert parity("BGN", "EUR", 1995) is None  # before the parity was fixed
    low, high = parity("EUR", "DKK", 2022)  # ERM II's band about the central rate
    assert low < 7.46038 < high and high / low < 1.05
    assert parity("KYD", "USD", 2022) == (1.2, 1.2)


PEGGED = "Saudi Arabia's non-oil exports rose to SR26.8 billion ($7.13 billion) in August 2022."


def test_one_conversion_of_a_pegged_pair_is_confirmed_at_its_parity():
    found = _confirmed(PEGGED, "fx-rate")
    assert any({"SR26.8 billion", "$7.13 billion"} <= f for f in found)


def test_one_conversion_off_the_parity_by_a_slip_is_flagged():
    text = PEGGED.replace("$7.13 billion", "$71.3 billion")
    assert "$71.3 billion" in inconsistent(text, "2023-05-20")


def test_a_conversion_within_a_band_is_confirmed_and_one_off_it_flagged():
    text = "Greenland's fisheries exports reached DKK 5.2 billion (EUR 697 million) in 2022."
    assert any({"DKK 5.2 billion", "EUR 697 million"} <= f for f in _confirmed(text, "fx-rate"))
    assert inconsistent(text.replace("EUR 697", "EUR 69.7"), "2023-05-20")


def test_one_conversion_of_a_floating_pair_stays_unchecked():
    text = "Ghana's exports rose to GH¢26.8 billion ($7.13 billion) in August 2022."
    assert not _confirmed(text, "fx-rate") and not inconsistent(text, "2023-05-20")




def test_a_thousands_group_read_as_decimals_is_no_slip_at_parity():
    # Cape Verde prints "1.000$00": its dot groups thousands, read here as a decimal point
    text = "Exports totalled 5.400 million escudos (49 million euros) in 2022."
    assert not inconsistent(text, "2023-05-20")


# count × average = total with the three in different sentences (the tobacco sale's
# earnings a paragraph before its volume and price; the tourists' count before their spending)
APART = ("Tourism earned $9.45 million in 2022.\n\n"
         "The country received 2.1 million visitors in 2022, who spent an average of $4.50 each.")


def test_count_times_average_with_its_total_in_another_sentence_is_confirmed():
    found = _confirmed(APART, "product")
    assert any({"2.1 million visitors", "$4.50", "$9.45 million"} <= f for f in found)


def test_count_times_average_apart_broken_by_a_slip_is_flagged():
    assert "$94.5 million" in inconsistent(APART.replace("$9.45 million", "$94.5 million"), "2023-05-20")


def test_another_average_beside_one_is_not_its_total():
    text = "In July 8.8 million transfers were made for an average of US$ 324, lower than the US$ 343 of June."
    assert not _confirmed(text, "product") and not inconsistent(text, "2023-05-20")
