"""Issue 8, round 32: series the engine joins as one. A balance called negative or positive is
the balance signed by that word, and a deficit named with its own definition ("the gap between
exports and imports") is the deficit: neither word is a modifier telling another series apart.
Made-up sentences; the first fails without its change, the second guards the sign."""

from __future__ import annotations

import pytest

from test_relations import flagged, make, run


def _usd(surface, value, metric):
    return {"surface": surface, "value": value, "metric": metric, "period": "2024-01/2024-04"}


@pytest.mark.parametrize("balance, metric", [("negative trade balance", "negative trade balance"),
                                            ("trade deficit gap between exports and imports",
                                             "trade deficit gap between exports and imports")])
def test_a_balance_named_with_its_sign_or_its_definition_composes(balance, metric):
    stated = "1,460.9"
    text = (f"Exports were USD 1,001.3 million and imports USD 2,462.2 million. "
            f"The {balance} was USD {stated} million.")
    figures = [_usd("USD 1,001.3 million", 1001.3e6, "exports"), _usd("USD 2,462.2 million", 2462.2e6, "imports"),
               _usd(f"USD {stated} million", 1460.9e6, metric)]
    _, checks = run(make(text, figures))
    assert flagged(checks) == set()
    wrong = [*figures[:2], _usd(f"USD {stated} million", 1406.9e6, metric)]
    _, checks = run(make(text, wrong))
    assert flagged(checks)  # exports − imports is the balance, which 1,406.9 million is not


def test_a_positive_balance_is_not_a_negative_one():
    text = "Exports were USD 2,462.2 million and imports USD 1,001.3 million. The positive trade balance was USD 1,460.9 million."
    figures = [_usd("USD 2,462.2 million", 2462.2e6, "exports"), _usd("USD 1,001.3 million", 1001.3e6, "imports"),
               _usd("USD 1,460.9 million", 1460.9e6, "positive trade balance")]
    _, checks = run(make(text, figures))
    assert flagged(checks) == set()
