"""Relations, round 21: candidates that only suggest an identity (goods said of the sides,
not of the whole) and fail together: one value of one figure that makes both hold is the
slip, whatever its kind. Our own sentences."""

from __future__ import annotations

import pytest

from test_relations import flagged, make, run, with_slip

# the whole in a paragraph of its own: its sides, "of goods", may be of goods and services
GOODS = ("Cambodia's foreign trade reached $2,480.6 million in the first quarter.\n"
         "Exports of goods came to $1,193.5 million and imports of goods to $1,287.1 million.\n"
         "The trade deficit was $93.6 million.")


def _goods_figures():
    def usd(surface, value, metric):
        return {"surface": surface, "value": value, "metric": metric, "subject": ["Cambodia"], "period": "2024-Q1"}

    return [usd("$2,480.6 million", 2480.6e6, "foreign trade"), usd("$1,193.5 million", 1193.5e6, "exports of goods"),
            usd("$1,287.1 million", 1287.1e6, "imports of goods"), usd("$93.6 million", 93.6e6, "trade deficit")]


def test_two_failed_candidates_that_agree_on_one_figure_name_it():
    analysis, checks = run(make(GOODS, _goods_figures()))
    assert flagged(checks) == set()
    # a leading digit dropped: no slip kind of its own, but trade and the deficit both ask for 1,193.5
    _, checks = run(with_slip(GOODS, _goods_figures(), 1, "$193.5 million", 193.5e6))
    assert flagged(checks) == {"$193.5 million"}
    assert checks["$193.5 million"].correction == "$193.5 million → $1193.5 million"


def test_one_failed_candidate_alone_is_no_evidence():
    figures = _goods_figures()[:3]
    text = GOODS.replace("\nThe trade deficit was $93.6 million.", "")
    _, checks = run(with_slip(text, figures, 1, "$193.5 million", 193.5e6))
    assert flagged(checks) == set()


def _share_text(share: str, part: str = "$5.2 billion", whole: str = "$29.2 billion") -> tuple[str, list[dict]]:
    text = (f"Ruritania's exports reached {whole} in the first half. "
            f"Exports to Freedonia came to {part}, accounting for {share} of the total.")

    def fig(surface, metric, **kw):
        p = surface.strip("$%").replace(",", "").replace(" billion", "").replace(" million", "")
        scale = 1e9 if "billion" in surface else 1e6 if "million" in surface else 1
        return {"surface": surface, "value": float(p) * scale, "metric": metric, "subject": ["Ruritania"],
                "period": "2024-H1", **kw}

    return text, [fig(whole, "exports"), fig(part, "exports", subject=["Ruritania", "Freedonia"]),
                  fig(share, "share of exports", subject=["Ruritania", "Freedonia"], unit="percent", kind="percent",
                      role="share")]


def test_a_share_off_by_more_than_its_rounding_is_flagged():
    # 5.2 ÷ 29.2 = 17.81% (17.61% to 18.01% with the parts' rounding): 18.1% is no rounding of it
    assert flagged(run(make(*_share_text("17.8%")))[1]) == set()
    assert flagged(run(make(*_share_text("18.1%")))[1]) == {"18.1%"}


@pytest.mark.parametrize("share, part, whole", [
    ("58.6%", "$337.8 million", "$575.9 million"),  # 58.657% cut to its printed digit
    ("72.9%", "$5,463,100", "$7,499,300"),  # 72.848%, rounded to 72.85% and then to 72.9%
])
def test_a_share_cut_or_rounded_twice_holds(share, part, whole):
    analysis, checks = run(make(*_share_text(share, part, whole)))
    assert flagged(checks) == set()
    assert [r.kind for r in analysis.confirmed if r.rule == "share"] == ["share"]


def test_contributing_is_a_verb_of_sharing():
    text, figures = _share_text("17.8%")
    text = text.replace("accounting for", "contributing")
    assert flagged(run(make(text, figures))[1]) == set()
    slipped = [*figures[:2], {**figures[2], "surface": "71.8%", "value": 71.8}]
    assert flagged(run(make(text.replace("17.8%", "71.8%"), slipped))[1]) == {"71.8%"}
