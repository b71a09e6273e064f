"""Relations the twenty-third round teaches the engine, from published slips it missed on
annotated frames: growths whose change or level another sentence states, and sums whose
parts are named in other words. Our own sentences; each identity confirmed on the clean
text and a slip caught."""

from __future__ import annotations

import pytest

from test_relations import flagged, make, run, with_slip


def _holds_and_catches(text, figures, i, surface, value):
    """No flag on the clean text; figure `i` printed as `surface` is flagged, itself."""
    _, checks = run(make(text, figures))
    assert flagged(checks) == set()
    _, checks = run(with_slip(text, figures, i, surface, value))
    assert flagged(checks) == {surface}


def _cars(surface, value, role="level", **kw):
    return {"surface": surface, "value": value, "unit": "count", "kind": "count", "metric": "car sales",
            "period": "2024-05", "role": role, **kw}


def _growth(surface, value, direction="up"):
    return _cars(surface, value, role="growth", unit="percent", kind="percent", direction=direction,
                 base_period="2023-05")


def _change(surface, value, direction="up", **kw):
    return _cars(surface, value, role="change", direction=direction, base_period="2023-05", **kw)


# growth in one paragraph, the level and its change in the next
APART = ("Car sales rose 25.0% in May from a year earlier, though revenue fell 3.0%.\n"
         "Dealers sold 52,000 cars in May, which is 10,400 more than a year before.")
APART_FIGURES = [_growth("25.0%", 25.0), _growth("3.0%", 3.0, "down"), _cars("52,000", 5.2e4),
                 _change("10,400", 1.04e4)]


def test_a_growth_whose_change_and_level_the_next_paragraph_states():
    """10,400 more to 52,000 is 10,400 ÷ 41,600 = 25%: the growth said a paragraph before
    is of that change (a fall said of another measure of the series is not)."""
    analysis, checks = run(make(APART, APART_FIGURES))
    assert flagged(checks) == set()
    assert any(r.rule == "level-change" and r.result.claim.surface == "25.0%" for r in analysis.confirmed)


def test_a_growth_that_its_change_apart_contradicts_is_flagged():
    """... unless a second growth the same way ("and 21.0% in units") leaves open which
    of the two the change is of."""
    text = APART.replace("25.0%", "21.0%")
    figures = [_growth("21.0%", 21.0), *APART_FIGURES[1:]]
    _, checks = run(make(text, figures))
    assert flagged(checks) == {"21.0%"}
    text = text.replace("though revenue fell 3.0%", "and 30.0% in units")
    figures = [_growth("21.0%", 21.0), _growth("30.0%", 30.0), *APART_FIGURES[2:]]
    _, checks = run(make(text, figures))
    assert flagged(checks) == set()


# the change said about ("nearly"), its level the sentence before
ANAPHOR = ("Dealers sold 60,000 cars in May. This is a fall of nearly 20,000 cars or 25.0 per cent "
           "from a year earlier.")
ANAPHOR_FIGURES = [_cars("60,000", 6e4), _change("20,000", 2e4, "down", qualifier="approx"),
                   _growth("25.0 per cent", 25.0, "down")]


def test_a_change_said_about_and_the_level_of_the_sentence_before():
    """A fall of about 20,000 to 60,000 is a fall of about 25% (20,000 ÷ 80,000); 6.5% is
    out of reach."""
    _, checks = run(make(ANAPHOR, ANAPHOR_FIGURES))
    assert flagged(checks) == set()
    text = ANAPHOR.replace("25.0 per cent", "6.5 per cent")
    figures = [*ANAPHOR_FIGURES[:2], _growth("6.5 per cent", 6.5, "down")]
    _, checks = run(make(text, figures))
    assert flagged(checks) == {"6.5 per cent"}


# a rise larger than the level it rose to
OVER = "Earnings reached $420.0 million, up 5.0 percent, that is $20.0 million more than a year before."
OVER_FIGURES = [{"surface": "$420.0 million", "value": 4.2e8, "metric": "tourism earnings", "period": "2024-05"},
                {"surface": "5.0 percent", "value": 5.0, "unit": "percent", "kind": "percent",
                 "metric": "tourism earnings", "period": "2024-05", "role": "growth", "direction": "up",
                 "base_period": "2023-05"},
                {"surface": "$20.0 million", "value": 2e7, "metric": "tourism earnings", "period": "2024-05",
                 "role": "change", "direction": "up", "base_period": "2023-05"}]


def test_a_rise_larger_than_its_level_by_a_scale_word_is_caught():
    """$20.0 billion more than a year before, to $420.0 million: no earlier level is left
    for a 5% rise; the scale word that explains it is the slip."""
    _holds_and_catches(OVER, OVER_FIGURES, 2, "$20.0 billion", 2e10)


def test_a_round_change_is_read_to_its_last_digit():
    """"47,600 more" may be rounded to the hundred: 47,600 ÷ 100,400 = 47.4%, and a
    printed 47.3% is within what the rounding allows."""
    text = "Some 148,000 visitors came in May, which is 47,600 more than a year before, a rise of 47.3%."
    figures = [_cars("148,000", 1.48e5), _change("47,600", 4.76e4), _growth("47.3%", 47.3)]
    _holds_and_catches(text, figures, 2, "42.3%", 42.3)


# the visible trade balance is the balance of goods
VISIBLE = ("Imports of goods were $2.50 billion and exports of goods $0.68 billion. "
           "That left a visible trade deficit of $1.82 billion.")
VISIBLE_FIGURES = [{"surface": "$2.50 billion", "value": 2.5e9, "metric": "imports of goods", "period": "2024-05"},
                   {"surface": "$0.68 billion", "value": 6.8e8, "metric": "exports of goods", "period": "2024-05"},
                   {"surface": "$1.82 billion", "value": 1.82e9, "metric": "visible trade deficit",
                    "period": "2024-05"}]


@pytest.mark.parametrize("surface, value", [("$1.91 billion", 1.91e9), ("$1.28 billion", 1.28e9)])
def test_a_visible_trade_deficit_is_imports_less_exports_of_goods(surface, value):
    analysis, checks = run(make(VISIBLE, VISIBLE_FIGURES))
    assert flagged(checks) == set()
    assert any(r.rule == "parts-total" for r in analysis.confirmed)
    _, checks = run(with_slip(VISIBLE, VISIBLE_FIGURES, 2, surface, value))
    assert flagged(checks)
