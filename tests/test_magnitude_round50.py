"""The relations engine, round 50 (issue 8: published slips the engine never tested): one
series stated for two neighbouring spans of one length, a thousand-fold apart, or a flow's
month a thousand times short of its share of the quarter or year that holds it, has one
scale word off (`magnitude`); a series that grew over decades, two subjects, a balance and
figures merely far apart are left alone. Our own sentences."""

from __future__ import annotations

from factcheck.relations import RULES
from test_relations import flagged, make, run


def _fig(surface, value, metric, period, **kw):
    return {"surface": surface, "value": value, "metric": metric, "period": period, **kw}


def _magnitude(analysis, held=False):
    return {tuple(n.claim.surface for n in (*r.inputs, r.result)) for r in analysis.relations
            if r.rule == "magnitude" and r.holds == held}


# --- neighbouring spans of one length ----------------------------------------------------------

def _budgets(last="Sh2.11bn", last_value=2.11e9, this_year="2025", last_year="2024", subject=None):
    text = f"The finance minister tabled a budget of Sh2.15 trillion for {this_year}, compared with {last} for {last_year}."
    return make(text, [_fig("Sh2.15 trillion", 2.15e12, "budget expenditure", this_year, unit="KES", subject=["Kenya"]),
                       _fig(last, last_value, "budget expenditure", last_year, unit="KES",
                            subject=["Kenya", *([subject] if subject else [])])])


def test_last_years_budget_a_thousandth_of_this_years_has_its_scale_word_off():
    analysis, checks = run(_budgets())
    assert flagged(checks) == {"Sh2.11bn"}
    assert checks["Sh2.11bn"].correction == "Sh2.11bn → Sh2.11tn"
    assert "magnitude" in checks["Sh2.11bn"].rules


def test_the_same_scale_word_is_no_slip():
    analysis, checks = run(_budgets("Sh2.11 trillion", 2.11e12))
    assert "magnitude" in RULES
    assert flagged(checks) == set() and not _magnitude(analysis)


def test_a_series_that_grew_over_two_decades_is_left_alone():
    analysis, checks = run(_budgets(this_year="2024", last_year="2004"))
    assert "magnitude" in RULES
    assert flagged(checks) == set() and not _magnitude(analysis)


def test_another_subjects_figure_is_another_series():
    # the county's budget beside the nation's: a thousand-fold apart by right
    analysis, checks = run(_budgets(subject="Nairobi County"))
    assert "magnitude" in RULES
    assert flagged(checks) == set() and not _magnitude(analysis)


def test_two_levels_fifty_fold_apart_are_no_scale_word():
    text = "Arrivals by sea reached 152,000 in 2024, against 3,100 in 2023 when the port reopened."
    analysis, checks = run(make(text, [_fig("152,000", 152000, "sea arrivals", "2024", unit="count", kind="count"),
                                       _fig("3,100", 3100, "sea arrivals", "2023", unit="count", kind="count")]))
    assert "magnitude" in RULES
    assert flagged(checks) == set() and not _magnitude(analysis)


# --- a flow's part of a longer span -----------------------------------------------------------

def _quarter(month="US$2.95 million", month_value=2.95e6, metric="remittance inflows"):
    text = ("Remittance inflows reached US$8.62 billion in the first quarter, the central bank said.\n"
            f"In March alone {metric} came to {month}.")
    return make(text, [_fig("US$8.62 billion", 8.62e9, "remittance inflows", "2024-Q1"),
                       _fig(month, month_value, metric, "2024-03")])


def test_a_month_a_thousandth_of_its_quarters_share_has_its_scale_word_off():
    analysis, checks = run(_quarter())
    assert flagged(checks) == {"US$2.95 million"}
    assert checks["US$2.95 million"].correction == "US$2.95 million → US$2.95 billion"


def test_a_month_of_its_quarters_order_is_left_alone():
    analysis, checks = run(_quarter("US$2.95 billion", 2.95e9))
    assert "magnitude" in RULES
    assert flagged(checks) == set() and not _magnitude(analysis)


def test_a_months_balance_may_be_small_beside_its_quarters():
    text = ("The trade deficit reached US$8.62 billion in the first quarter, the bureau said.\n"
            "In March alone the trade deficit narrowed to US$2.95 million.")
    analysis, checks = run(make(text, [_fig("US$8.62 billion", 8.62e9, "trade deficit", "2024-Q1"),
                                       _fig("US$2.95 million", 2.95e6, "trade deficit", "2024-03")]))
    assert "magnitude" in RULES
    assert flagged(checks) == set() and not _magnitude(analysis)


# --- a month printed bare beside its span's scaled total ---------------------------------------

def _fund(month_metric="fund spending", month_unit="USD"):
    text = "The fund spent $4.3 billion in January-April, including $1.1 in April alone."
    return make(text, [_fig("$4.3 billion", 4.3e9, "fund spending", "2024-01/2024-04"),
                       _fig("$1.1", 1.1, month_metric, "2024-04", unit=month_unit)])


def test_a_month_printed_without_its_totals_scale_word_has_left_it_out():
    analysis, checks = run(_fund())
    assert flagged(checks) == {"$1.1"}
    assert checks["$1.1"].correction == "$1.1 → $1.1 billion"


def test_a_bare_figure_of_another_series_is_left_alone():
    analysis, checks = run(_fund(month_metric="fuel price", month_unit="USD / litre"))
    assert "magnitude" in RULES
    assert flagged(checks) == set() and not _magnitude(analysis)



def _receipts(november, surface, value):
    text = f"Receipts were $1,452.20 million in February and {november} in November."
    return make(text, [_fig("$1,452.20 million", 1452.2e6, "remittance receipts", "2020-02"),
                       _fig(surface, value, "remittance receipts", "2019-11")])


def test_a_piece_of_a_garbled_numeral_is_no_figure_to_correct():
    # "$1,1555.23 million": the reader takes "$1,155" of it; its scale is a guess, not a slip
    analysis, checks = run(_receipts("$1,1555.23 million", "$1,155", 1155))
    assert "magnitude" in RULES
    assert flagged(checks) == set() and not _magnitude(analysis)


def test_the_same_month_printed_whole_is_compared():
    analysis, checks = run(_receipts("$1,555.23", "$1,555.23", 1555.23))
    assert flagged(checks) == {"$1,555.23"}
