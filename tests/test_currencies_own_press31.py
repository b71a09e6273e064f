"""Money a paper prints in its own way (issue 9, typed31): a bracket after a bare noun is the
article's own dollar, not a conversion into US dollars; "R149bn" and "N31,794.5 million" in a
paper that names neither its country nor its currency; "USD$" as one prefix; the one dollar
country a text is about; a price's denominator carried to the figure it is compared with; the
scale written on the second of two levels of one series ("from Rwf 1,506 to 1,662 billion")."""

from __future__ import annotations

import pytest

from factcheck.extract import extract
from factcheck.models import Article


def _claims(text: str, home: str | None = None):
    return extract(Article(id="t", path="t.txt", text=text, sha256="0", date="2024-05-01"), None, home)


def _read(text: str, home: str | None = None) -> dict[str, tuple[float, str]]:
    return {c.surface: (c.value, c.unit) for c in _claims(text, home)}


def test_a_bracket_after_a_bare_noun_is_the_articles_own_dollar():
    text = ("The Reserve Bank of Fiji said the fund closed the month at $410.2 billion. Inflows came from licence fees "
            "($12.7 billion) and from port dues ($4.1 billion).")
    got = _read(text)
    assert got["$12.7 billion"][1] == "FJD"
    assert got["$4.1 billion"][1] == "FJD"


@pytest.mark.parametrize("text,surface", [
    ("Fiji's fund earned 410.2 million Fiji dollars ($190.5 million) in March.", "$190.5 million"),
    ("Fiji signed a 4.2 billion-yuan ($0.6 billion) loan with a Chinese bank in Suva.", "$0.6 billion"),
    ("Fiji's levy raised five million Fiji dollars ($2.3 million) last year.", "$2.3 million"),
])
def test_a_bracket_after_an_amount_still_converts_into_us_dollars(text, surface):
    assert _read(text)[surface][1] == "USD"


def test_glued_rand_figures_with_scale_words_are_rand_where_nothing_else_names_it():
    text = ("The treasury will borrow R212bn this year and pay R95bn in interest on "
            "R3.1-trillion of debt.")
    got = _read(text)
    assert got["R212bn"] == (212e9, "ZAR")
    assert got["R3.1-trillion"] == (3.1e12, "ZAR")


def test_one_glued_r_figure_or_a_rupee_text_is_not_rand():
    assert "R212bn" not in _read("The highway R212bn project was named after the road.") \
        or _read("The highway R212bn project was named after the road.")["R212bn"][1] != "ZAR"
    got = _read("Rupees fell; the firm raised R20bn and R35bn in rupees from banks.")
    assert all(unit != "ZAR" for _, unit in got.values())


def test_a_zar_desk_reads_a_single_glued_r_figure_as_rand():
    assert _read("The minister announced R48bn for schools.", "ZAR")["R48bn"] == (48e9, "ZAR")


def test_glued_naira_figures_with_scale_words_are_naira_where_nothing_else_names_it():
    text = ("Nominal output stood at N41,794,085.85 million in the quarter, above the "
            "N38,438,604.23 million of a year earlier.")
    got = _read(text)
    assert got["N41,794,085.85 million"] == (41794085850000.0, "NGN")
    assert got["N38,438,604.23 million"][1] == "NGN"


def test_usd_and_dollar_sign_together_are_one_prefix():
    got = _read("Migrants sent an average of USD$ 410 per transfer, and USD$ 3.2 billion in all.")
    assert got["USD$ 3.2 billion"] == (3.2e9, "USD")


def test_the_one_dollar_country_a_budget_text_names_owns_its_bare_dollars():
    text = ("The minister presented the 2011 Budget Address. Output in Saint Lucia contracted "
            "last year, he said. Recurrent revenue is estimated at $612,400,310, down from "
            "$640,100,200 in the previous estimate.")
    got = _read(text)
    assert got["$612,400,310"][1] == "XCD"


def test_one_mention_of_a_dollar_country_outside_public_accounts_decides_nothing():
    text = "The firm has 40 clients, mostly from Canada, with claims of $8.1 million in all."
    assert _read(text)["$8.1 million"][1] == "USD"


def test_a_text_that_names_the_us_keeps_its_bare_dollars_american():
    text = ("Output in Saint Lucia contracted last year. Remittances from the United States "
            "reached $61.4 million.")
    assert _read(text)["$61.4 million"][1] == "USD"


def test_a_price_compared_with_higher_than_keeps_its_denominator():
    got = _read("Tobacco sold at US$3.10 per kg, higher than US$2.75 a year earlier.")
    assert got["US$2.75"][1] == "USD / kilogram"


@pytest.mark.parametrize("text,surface,value", [
    ("Uganda's output rose from UGX 2,406 to 2,662 billion in the quarter.", "UGX 2,406", 2406e9),
    ("Kenya's exports climbed from $1,350 to $1,420 million last year.", "$1,350", 1350e6),
])
def test_the_scale_on_the_second_of_two_levels_serves_the_first_of_its_size(text, surface, value):
    assert _read(text)[surface][0] == value


def test_a_first_level_of_another_size_keeps_its_own_scale():
    got = _read("Ticket prices rose from $40 to $2 million for a private box.")
    assert got["$40"][0] == 40


def test_a_budget_text_that_prints_us_dollars_leaves_its_bare_dollar_undecided():
    text = ("Finance Minister Jane Doe said Saint Lucia withdrew US$50 million, equivalent to "
            "EC$135 million, from the fund. Its first withdrawal of $50 million was in May.")
    assert _read(text)["$50 million"][1] != "XCD"
