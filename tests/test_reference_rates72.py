"""One conversion between two currencies the European Central Bank quotes, with no second
conversion of the pair to compare it with, checks against the range of the ECB's reference
rates in its year (our own sentences)."""

from __future__ import annotations

from factcheck.extract import extract
from factcheck.relations import analyse
from factcheck.relations.reference_rates import rate_range

from conftest import article_of, checked, inconsistent


def _confirmed(text: str, date: str = "2023-05-20") -> list[set[str]]:
    article = article_of(text, date)
    analysis = analyse(extract(article), article, [])
    return [{n.claim.surface for n in r.nodes} for r in analysis.confirmed if r.rule == "fx-rate"]


def test_range_of_the_reference_rates():
    low, high = rate_range("EUR", "USD", [2022])
    assert 0.95 < low < 1.0 < 1.1 < high < 1.2  # the dollar at parity with the euro in 2022
    low, high = rate_range("USD", "EUR", [2022])
    assert 0.8 < low < 1.0 < high < 1.06
    assert rate_range("USD", "GHS", [2022]) is None  # the ECB quotes no cedi
    assert rate_range("USD", "EUR", [1990]) is None  # before the euro


ONE = "Kenya's exports to the European Union reached USD 2.4 billion (EUR 2.3 billion) in 2022."


def test_one_conversion_of_a_quoted_pair_is_confirmed_within_the_year_s_rates():
    assert any({"USD 2.4 billion", "EUR 2.3 billion"} <= f for f in _confirmed(ONE))


def test_one_conversion_a_scale_word_off_is_flagged():
    assert inconsistent(ONE.replace("EUR 2.3 billion", "EUR 2.3 million"), "2023-05-20")


def test_one_conversion_off_the_range_by_no_slip_is_left_alone():
    # a rate of 1.25 euros to the dollar is none the ECB printed in 2022, but no slip of
    # one figure explains it: another rate (a forecast's, a bank's), not a slip to report
    assert not inconsistent(ONE.replace("EUR 2.3 billion", "EUR 3 billion"), "2023-05-20")


def test_one_conversion_of_an_unquoted_currency_stays_unchecked():
    text = "Ghana's exports rose to GH¢26.8 billion ($7.13 billion) in August 2022."
    assert not _confirmed(text) and not inconsistent(text, "2023-05-20")


def test_an_undated_conversion_a_scale_word_off_is_flagged():
    # no date and no period: any year the ECB quoted both, a range wide but a thousandfold off it
    text = "The project costs USD 2.4 billion (EUR 1.9 million), the ministry said."
    assert inconsistent(text, None)
    assert not inconsistent(text.replace("EUR 1.9 million", "EUR 1.9 billion"), None)


def test_conversions_that_disagree_keep_the_text_s_own_rate_as_yardstick():
    # one conversion off the others: the pair's own rate names it, the ECB range adds nothing
    text = ("The deficit was 40.7 billion yen ($388 million) in May 2016. Imports fell to 5.1 "
            "trillion yen ($4 million).")
    reasons = " ".join(r for c in checked(text, "2016-06-20") for r in c.check.reasons)
    assert "ECB" not in reasons
