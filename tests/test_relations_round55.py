"""Relations, round 55 (metric55): "a passive balance of foreign trade" is the term of the
statistics offices of central and eastern Europe and central Asia for a trade deficit (and
"an active balance" for a surplus): the word gives the balance its sign, it names no other
series. In words of our own."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_relations import flagged, make, run, with_slip  # noqa: E402

TEXT = ("Exports reached $5.1 billion in May 2031. Imports were $7.8 billion in May 2031.\n"
        "A passive balance of foreign trade in the amount of $2.7 billion was recorded in May 2031.")
FIGURES = [
    {"surface": "$5.1 billion", "value": 5.1e9, "metric": "exports", "period": "2031-05"},
    {"surface": "$7.8 billion", "value": 7.8e9, "metric": "imports", "period": "2031-05"},
    {"surface": "$2.7 billion", "value": 2.7e9, "metric": "passive balance of foreign trade", "period": "2031-05"},
]


def test_a_passive_balance_is_the_size_of_imports_less_exports():
    analysis, checks = run(make(TEXT, FIGURES))
    assert flagged(checks) == set()
    assert ("parts-total", "difference") in [(r.rule, r.kind) for r in analysis.confirmed]
    _, checks = run(with_slip(TEXT, FIGURES, 2, "$2.7 million", 2.7e6))
    assert flagged(checks) == {"$2.7 million"}


def test_an_active_balance_is_the_balance_itself():
    text = TEXT.replace("A passive balance", "An active balance").replace("$7.8 billion", "$2.4 billion")
    figures = [dict(f) for f in FIGURES]
    figures[1].update(surface="$2.4 billion", value=2.4e9)
    figures[2]["metric"] = "active balance of foreign trade"
    analysis, checks = run(make(text, figures))
    assert flagged(checks) == set()
    assert ("parts-total", "difference") in [(r.rule, r.kind) for r in analysis.confirmed]
