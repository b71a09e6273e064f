"""Number forms of cc–cg's and bi–bm's misses (typed32): a balance a word signs, a scale word
printed once for a series listed period by period, and a minus sign set as a range's dash."""

from __future__ import annotations

from factcheck.extract import extract
from factcheck.models import Article


def _read(text: str) -> dict[str, tuple[float, str]]:
    article = Article(id="t", path="t.txt", text=text, sha256="0", date="2024-05-01")
    return {c.surface: (c.value, c.unit) for c in extract(article)}


def test_a_balance_called_negative_is_negative():
    assert _read("The current account balance was negative $3.4 billion in the half year.")["$3.4 billion"][0] == -3.4e9
    assert _read("The budget balance was $0.8 billion negative in May.")["$0.8 billion"][0] == -8e8
    got = _read("Last year, 12 450 mln euros of negative trade balance was recorded.")
    assert got["12 450 mln euros"][0] == -12.45e9


def test_a_passive_balance_is_a_deficit_printed_without_its_sign():
    got = _read("A passive balance of foreign trade in the amount of $1.7 billion was recorded.")
    assert got["$1.7 billion"][0] == -1.7e9


def test_a_deficit_keeps_its_positive_value_and_negative_growth_is_no_balance():
    assert _read("The country posted a trade deficit of $4.1 billion in March.")["$4.1 billion"][0] == 4.1e9
    assert _read("Sales showed negative growth, falling to $2.2 billion.")["$2.2 billion"][0] == 2.2e9


def test_a_series_listed_by_period_shares_its_scale_word():
    got = _read("Exports were $3.41 billion in January, $3.27 in February and $3.58 billion in March.")
    assert got["$3.27"] == (3.27e9, "USD")
    got = _read("The budget amounts to 4,210.5 billion CFA francs, compared to 3,980.25 in 2022.")
    assert got["3,980.25"][0] == 3980.25e9


def test_a_bare_amount_of_another_size_or_not_labelled_by_period_stays_as_printed():
    got = _read("A ticket cost $2.50 in May, while the stadium cost $300 million.")
    assert got["$2.50"][0] == 2.5
    # no period labels it: a scale word missing there is a slip to flag, not to fill in
    got = _read("Exports rose to $88.69 billion while imports declined to $85.37, the ministry said.")
    assert got["$85.37"][0] == 85.37


def test_a_minus_sign_between_two_figures_is_a_range_dash():
    got = _read("Its share fell to 61% (in earlier years it was 70−75%).")
    assert got["70−75%"] == (70.0, "percent")


def test_a_place_in_a_ranking_after_a_participle_a_measure_or_with_its_figure_is_a_rank():
    got = _read("Tea came first in value, with coffee coming fourth with USD 210.5 million.")
    assert got["fourth"] == (4.0, "count")
    got = _read("Germany was the source of 9% of the total, being the third in terms of total arrivals.")
    assert got["third"] == (3.0, "count")
    got = _read("Alpha Bank ranked sixth with 31.2 million euros and Beta Bank ninth with 20.4 million euros.")
    assert got["ninth"] == (9.0, "count")


def test_a_sequence_ordinal_stays_no_claim():
    got = _read("The second phase of the plan starts in May, the ministry said.")
    assert "second" not in got


def test_a_list_items_number_is_no_quantity():
    got = _read("Top partners:\n9) Chile - USD 5.1 million, up 3%\n12) Peru - USD 4.9 million, up 8%\n")
    assert "12" not in got and "9" not in got
    assert got["USD 4.9 million"] == (4.9e6, "USD")
