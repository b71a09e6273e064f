"""The one spelling of a rate's unit, 'numerator / denominator', shared by the extractor
(which builds it) and the relation rules (which read it back)."""

import pytest

from factcheck.quantities import rate_parts, rate_unit


@pytest.mark.parametrize("num,den", [("USD", "barrel"), ("count", "100000 person"), ("EUR", "night")])
def test_a_rate_unit_reads_back_into_its_parts(num, den):
    assert rate_parts(rate_unit(num, den)) == (num, den)


def test_a_plain_unit_has_no_denominator():
    assert rate_parts("USD") == ("USD", "")
    assert rate_parts("percent") == ("percent", "")


def test_the_extractor_writes_rates_in_that_spelling():
    from factcheck.models import Article
    from factcheck.extract.claims import extract

    text = "Brent crude rose to $58.24 per barrel on Monday."
    claims = extract(Article(id="t", path="t.txt", text=text, sha256="0", date="2024-03-04"))
    price = next(c for c in claims if c.value == pytest.approx(58.24))
    assert rate_parts(price.unit) == ("USD", "barrel")
