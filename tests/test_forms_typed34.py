"""Number forms of the spent sets' typed and value misses (typed34): a percentage run into the
word before it by a lost space, a price's conversion in brackets and its later level that keep
the price's denominator, and thousands spoken in parts ("637 thousand 700")."""

from __future__ import annotations

from factcheck.extract import extract
from factcheck.models import Article


def _read(text: str) -> dict[str, tuple[float, str]]:
    article = Article(id="t", path="t.txt", text=text, sha256="0", date="2024-05-01")
    return {c.surface: (c.value, c.unit) for c in extract(article)}


# a lower-case word glued to a percentage: the space was lost, the figure is a claim

def test_a_percentage_glued_to_the_lower_case_word_before_it_is_read():
    assert _read("Tax takings climbed, accounting for27.5 percent of receipts.")["27.5 percent"] == (27.5, "percent")
    assert _read("Imports of fuel fell11% in the quarter.")["11%"] == (11.0, "percent")
    assert _read("The jobless rate held at6.1 per cent in June.")["6.1 per cent"] == (6.1, "percent")


def test_a_name_glued_to_its_number_stays_a_name():
    got = _read("Shares of the G20 group and the covid19 fund, and iPhone11 sales of 7 million units.")
    assert not any(s.startswith(("20", "19", "11")) for s in got)
    assert _read("Output at plant7 rose by a fifth.").get("7") is None  # glued, but no per cent after it


# a price's denominator reaches its conversion in brackets and its later level

def test_a_converted_price_in_brackets_keeps_the_denominator():
    got = _read("Growers were paid 850 rupees per kilogram (around $2.90) for their tea.")
    assert got["around $2.90"] == (2.9, "USD / kilogram")
    got = _read("Tickets cost €45 per person ($49) at the gate.")
    assert got["$49"] == (49.0, "USD / person")


def test_a_bracketed_total_or_share_after_a_price_takes_no_denominator():
    got = _read("The port levies $4 per tonne (about 10% of the freight bill).")
    assert got["about 10%"][1] == "percent"
    got = _read("The fee is $20 per visitor ($15 million in all last year).")
    assert got["$15 million"][1] == "USD"


def test_a_price_and_its_later_level_share_the_denominator():
    got = _read("Cement sold at GHS 95 per bag in March, rising to GHS 110 by June.")
    assert got["GHS 110"] == (110.0, "GHS / bag")
    got = _read("Copper fetched USD 7,900 per ton last year while it climbed to USD 8,400 this year.")
    assert got["USD 8,400"] == (8400.0, "USD / tonne")


def test_a_later_sum_of_another_subject_or_scale_is_no_price():
    got = _read("Petrol cost Rs 40 a litre in May, and fuel imports rose to Rs 46 billion.")
    assert got["Rs 46 billion"][1] == "INR"
    got = _read("Wheat sold at $300 per tonne while exports climbed to $2 billion.")
    assert got["$2 billion"][1] == "USD"


# thousands spoken in parts

def test_thousands_and_units_spoken_in_parts_are_one_number():
    got = _read("Registered jobseekers numbered 412 thousand 350 against 398 thousand 120 in March.")
    assert got["412 thousand 350"][0] == 412350
    assert got["398 thousand 120"][0] == 398120


def test_thousands_before_a_unit_or_a_year_are_not_joined():
    got = _read("Recalls covered 8 thousand 330 ml cans.")
    assert got["8 thousand"][0] == 8000
    got = _read("Arrivals rose by 9 thousand, 450 of them by sea.")
    assert got["9 thousand"][0] == 9000 and got["450"][0] == 450


# a change noun governs every amount its "respectively" pairs off

def _roles(text: str) -> dict[str, str]:
    article = Article(id="t", path="t.txt", text=text, sha256="0", date="2024-05-01")
    return {c.surface: c.role for c in extract(article)}


def test_a_change_noun_governs_amounts_of_two_units_paired_by_respectively():
    got = _roles("Timber sales came to EUR 80 million, a rise of EUR 6.5 million and 12,000 cubic metres "
                 "respectively on the year before.")
    assert got["EUR 6.5 million"] == "change" and got["12,000 cubic metres"] == "change"


def test_amounts_without_respectively_or_change_noun_keep_their_own_role():
    got = _roles("The rise of $4 million and 200 tonnes in total shipments was recorded.")
    assert got["200 tonnes"] == "level"
    got = _roles("Sales reached $5 million and 3,000 units respectively in May and June.")
    assert got["3,000 units"] == "level"
