"""Metric naming, round 14: classes of phrasing whose figures came out with no metric on the
sixth held-out set (z–ad), each in our own sentences. Every positive case failed before."""

from __future__ import annotations

import pytest

from factcheck.extract import extract

from conftest import article_of


def _frame(text: str) -> dict[str, tuple]:
    article = article_of(text, "2021-07-10")
    return {c.surface: (c.metric, c.role, c.context.get("change")) for c in extract(article)}


@pytest.mark.parametrize("text, surface, metric", [
    # an -ly adverb or "now" inside the verb group
    ("Imports of machinery in January-June this year have reportedly amounted to 412.5 million dollars.",
     "412.5 million dollars", "imports of machinery"),
    ("Total spending for 2022 is now projected at 6.1 billion euros.", "6.1 billion euros", "spending, forecast"),
    # a discourse adverbial between commas after the subject
    ("The tax ratio, for its part, will rise from 11.4% to 12.1%.", "11.4%", "tax ratio"),
    ("Remittances, however, fell to 88 million dollars.", "88 million dollars", "remittances"),
    ("Tourist receipts, according to the central bank, reached 240 million dollars.", "240 million dollars",
     "tourist receipts"),
    # a predicate adjective coordinated before the verb of the figure
    ("The current account was negative and amounted to 97.3 million dollars.", "97.3 million dollars",
     "current account"),
    # a participle of the subject's first figure between commas
    ("The budget, initially set at 7,310.2 billion francs, was revised to 7,655.8 billion francs.",
     "7,310.2 billion francs", "budget"),
    ("The budget, initially set at 7,310.2 billion francs, was revised to 7,655.8 billion francs.",
     "7,655.8 billion francs", "budget"),
    # an amount in brackets after a part's share, or after it inside one bracket
    ("Within total revenue, customs duties accounted for 41.5% (€812 million) and excise 12.2% (€239 million).",
     "€812 million", "customs duties"),
    ("Within total revenue, customs duties accounted for 41.5% (€812 million) and excise 12.2% (€239 million).",
     "€239 million", "excise"),
    ("Other revenue included licences (2.4%, €47 million) and rents (0.8%, €16 million).", "€47 million",
     "licences"),
    # a fronted "from" with the earlier level
    ("From 412.9 billion francs in 2015, imports climbed to 530.4 billion francs in 2021.",
     "412.9 billion francs", "imports"),
])
def test_the_series_of_the_figure_is_named(text, surface, metric):
    assert _frame(text)[surface][0] == metric


def test_a_percentage_restated_as_an_amount_before_its_comparative_is_a_change():
    got = _frame("Exports of goods amounted to 640.2 million dollars, which was 12.4 percent or "
                 "70.6 million dollars more than in the same period last year.")
    assert got["12.4 percent"] == ("exports of goods", "growth", "up")
    assert got["70.6 million dollars"][:2] == ("exports of goods", "change")


@pytest.mark.parametrize("text, surface", [
    # a bracket after a growth is the change in money, not a share's part
    ("Exports rose 8% (€40 million) in June.", "€40 million"),
])
def test_a_bracket_after_a_change_is_not_a_share_restated(text, surface):
    metric, role, _ = _frame(text)[surface]
    assert role == "change"


def test_a_fronted_from_without_a_to_names_nothing():
    got = _frame("From 2015, imports climbed to 530.4 billion francs in 2021.")
    assert got["530.4 billion francs"][0] == "imports"
