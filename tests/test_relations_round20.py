"""Relations, round 20: a share's whole stated in another sentence: a partner's share of
a total the text gives for the subject alone, a share as a noun after its article
("accounting for a 30% share"), a part given after its share ("— a total of 5,207").
Our own sentences."""

from __future__ import annotations

import pytest

from test_relations import flagged, make, run, with_slip


def _usd(surface, value, metric, subject=("Kenya",), **kw):
    return {"surface": surface, "value": value, "unit": "USD", "kind": "money", "metric": metric,
            "subject": list(subject), "period": "2023-H1", **kw}


PARTNER = ("Kenya's foreign trade turnover reached $24.0 billion in the first half. "
           "India accounted for 12.5 percent ($3.0 billion) of it, the largest partner.")
PARTNER_FIGURES = [_usd("$24.0 billion", 24.0e9, "foreign trade turnover"),
                   _usd("12.5 percent", 12.5, "share of foreign trade turnover", ("Kenya", "India"),
                        unit="percent", kind="percent", role="share"),
                   _usd("$3.0 billion", 3.0e9, "foreign trade turnover", ("Kenya", "India"))]


SHARE_NOUN = ("Kenya's foreign trade turnover reached $24.0 billion in the first half. "
              "Trade with India came to $3.0 billion, accounting for a 12.5% share.")
SHARE_NOUN_FIGURES = [_usd("$24.0 billion", 24.0e9, "foreign trade turnover"),
                      _usd("$3.0 billion", 3.0e9, "bilateral trade turnover", ("Kenya", "India")),
                      _usd("12.5%", 12.5, "share of foreign trade turnover", ("Kenya", "India"),
                           unit="percent", kind="percent", role="share")]


def _count(surface, value, metric, subject=("Aruba",), **kw):
    return {"surface": surface, "value": value, "unit": "count", "kind": "count", "metric": metric,
            "subject": list(subject), "period": "2024-08", **kw}


AFTER = ("Aruba welcomed 20,000 stayover visitors in August. "
         "Venezuela was the top market, accounting for 41.5 percent of stayover visitors — a total of 8,300 guests.")
AFTER_FIGURES = [_count("20,000", 20000, "stayover visitors"),
                 _count("41.5 percent", 41.5, "share of stayover visitors", ("Aruba", "Venezuela"),
                        unit="percent", kind="percent", role="share"),
                 _count("8,300", 8300, "stayover visitors", ("Aruba", "Venezuela"))]


@pytest.mark.parametrize("text, figures, slip", [
    (PARTNER, PARTNER_FIGURES, (1, "21.5 percent", 21.5)),  # a partner's share of the subject's total
    (SHARE_NOUN, SHARE_NOUN_FIGURES, (2, "21.5%", 21.5)),  # "accounting for a 12.5% share"
    (AFTER, AFTER_FIGURES, (1, "14.5 percent", 14.5)),  # "— a total of 8,300 guests"
])
def test_a_share_whose_whole_is_stated_apart(text, figures, slip):
    analysis, checks = run(make(text, figures))
    assert flagged(checks) == set()
    assert [r.kind for r in analysis.confirmed if r.rule == "share"] == ["share"]
    _, checks = run(with_slip(text, figures, *slip))
    assert flagged(checks) == {slip[1]}


def _crop(surface, value, unit, kind, metric, **kw):
    return {"surface": surface, "value": value, "unit": unit, "kind": kind, "metric": metric,
            "subject": ["Uganda"], "period": "2024-05", **kw}


PRICE = ("Coffee growers sold 12.0 million kilograms in May, earning US$30.0 million. "
         "The beans fetched an average price of US$2.50/kg.\n"
         "Of that, robusta weighed 9.0 million kilograms, sold at US$2.20/kg.")
PRICE_FIGURES = [_crop("12.0 million kilograms", 12.0e6, "kilogram", "measure", "coffee sales volume"),
                 _crop("US$30.0 million", 30.0e6, "USD", "money", "coffee sales value"),
                 _crop("US$2.50/kg", 2.5, "USD / kilogram", "money", "average coffee price", role="rate"),
                 _crop("9.0 million kilograms", 9.0e6, "kilogram", "measure", "robusta sales volume"),
                 _crop("US$2.20/kg", 2.2, "USD / kilogram", "money", "robusta price", role="rate")]


def test_an_average_price_is_the_value_over_the_volume_stated_beside_it():
    analysis, checks = run(make(PRICE, PRICE_FIGURES))
    assert flagged(checks) == set()
    assert [r.kind for r in analysis.confirmed if r.rule == "product"] == ["average"]
    # with no slip to name, the average the other two determine is the suspect
    _, checks = run(with_slip(PRICE, PRICE_FIGURES, 2, "US$2.30/kg", 2.3))
    assert flagged(checks) == {"US$2.30/kg"}


NIGHTS = ("Tourists spent 6.0 million nights on the island in May. "
          "Their spending came to €750.0 million. Spending per capita rose to €754.")


def test_a_count_of_something_else_is_no_volume_of_a_price_per_head():
    # 750.0 million ÷ 6.0 million nights is no €754 per visitor
    claims = make(NIGHTS, [_crop("6.0 million nights", 6.0e6, "count", "count", "tourist nights"),
                           _crop("€750.0 million", 750.0e6, "EUR", "money", "tourist spending"),
                           _crop("€754", 754, "EUR / person", "money", "spending per capita", role="rate")])
    analysis, checks = run(claims)
    assert flagged(checks) == set()
    assert not [r for r in analysis.relations if r.rule == "product"]


def _budget(surface, value):
    return {"surface": surface, "value": value, "unit": "XCD", "kind": "money", "metric": "national budget",
            "subject": ["Grenada"], "period": "2025"}


SPELLED = ("The House approved a budget of one billion, four hundred million, two hundred and six thousand "
           "dollars ($1,400,206,000) for 2025.")


def test_an_amount_in_words_and_its_figures_in_brackets_are_one_figure():
    words = SPELLED.split("of ", 1)[1].split(" (", 1)[0]
    figures = [_budget(words, 1_400_206_000), _budget("$1,400,206,000", 1_400_206_000)]
    analysis, checks = run(make(SPELLED, figures))
    assert flagged(checks) == set()
    assert [r.kind for r in analysis.confirmed if r.rule == "repeat"] == ["repeated_figure"]
    _, checks = run(with_slip(SPELLED, figures, 1, "$1,400,260,000", 1_400_260_000))
    assert flagged(checks)
