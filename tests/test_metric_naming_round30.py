"""Metric naming, round 30 (issue 8): figures whose series the tool left unnamed or named by
the wrong noun phrase, found on the spent sets bn–br with the oracle run on the tool's own
metric, written here in our own sentences. An apposition opened by a possessor names a party,
not the series; a comma may set off the pair of levels after a change; a bracketed "plus" or
"minus" is the change of the level before it; "1.2 million of visitors" counts visitors."""

from __future__ import annotations

import pytest

from factcheck.check import check_claims
from factcheck.extract import extract
from factcheck.models import Article


def _claims(text: str):
    article = Article(id="t", path="t.txt", text=text, sha256="0", date="2023-09-10")
    return article, extract(article)


def _metrics(text: str) -> dict[str, str]:
    return {c.surface: c.metric for c in _claims(text)[1]}


def test_an_apposition_opened_by_a_possessor_names_no_series():
    # "Peru's largest trading partner" is what the party is, not what the figure measures
    text = "The trade surplus with Brazil, Peru's largest trading partner, stood at $1.7 billion in 2022."
    assert _metrics(text)["$1.7 billion"] == "trade surplus"


def test_a_comma_before_the_pair_after_a_change_keeps_its_series():
    text = "Average hotel rates in July rose 2.4 per cent on a monthly basis, from €81.3 to €83.2."
    metrics = _metrics(text)
    assert metrics["€81.3"] == metrics["€83.2"] == "average hotel rates"


@pytest.mark.parametrize("text, surface, metric, change", [
    ("In June, 1.84 million foreign guests stayed at the lakes (plus by 6%).", "6%", "foreign guests growth", "up"),
    ("In June, 1.84 million foreign guests stayed at the lakes (minus 3%).", "3%", "foreign guests decline", "down"),
])
def test_a_bracketed_plus_or_minus_is_the_change_of_the_level_before(text, surface, metric, change):
    claim = next(c for c in _claims(text)[1] if c.surface == surface)
    assert (claim.metric, claim.context.get("change")) == (metric, change)


def test_a_count_names_what_follows_its_of():
    text = "The resort closed the season with 2.06 million of overnight stays and 0.41 million of guests."
    metrics = _metrics(text)
    assert (metrics["2.06 million"], metrics["0.41 million"]) == ("overnight stays", "guests")


def test_a_count_of_a_determined_whole_is_no_count_of_its_noun():
    # "of the 27 member states" is a partitive of a whole the text determines
    assert _metrics("Ratification came from 19 of the 27 member states.").get("19") != "27 member states"


def test_a_bare_whole_in_a_sentence_about_a_name_of_its_own_is_no_whole_of_an_earlier_part():
    # Varmland is never written in lower case: the later sentence is about that region, so
    # its visitors are no whole of the foreign visitors the coast had
    text = ("In July, 2.31 million foreign visitors stayed on the Baltic coast (plus by 4%).\n\n"
            "The number of domestic visitors was almost unchanged.\n\n"
            "Varmland, among all inland regions, saw strong traffic in July with 1.14 million of visitors "
            "and 6.2 million of nights.")
    article, claims = _claims(text)
    check_claims(claims, [], article)
    assert not [c.surface for c in claims if c.check.verdict == "inconsistent"]
