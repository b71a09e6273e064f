"""Mends from the forty-fifth held-out set's one scoring (hk–ho): each a class of print the
set showed once, checked where it must not apply too."""

from conftest import extracted


def _money(text: str, date: str = "2024-01-18") -> dict:
    return {c.surface: (c.value, c.unit) for c in extracted(text, date) if c.kind == "money"}


def test_the_lempira_sign_with_its_stop_is_money_in_a_honduran_story():
    text = ("Honduras approved its 2024 budget. The budget, totaling L. 407,137.5 million, represents "
            "a 3.6% increase; the central government gets L. 96,461.5 million.")
    got = _money(text)
    assert got["L. 407,137.5 million"] == (407_137_500_000.0, "HNL")
    assert got["L. 96,461.5 million"] == (96_461_500_000.0, "HNL")


def test_the_lempira_sign_is_no_money_where_no_honduras_is_named_nor_before_an_initial():
    assert _money("The budget, totaling L. 407,137.5 million, represents a 3.6% increase.") == {}
    assert _money("In Honduras, L. Smith said 5 people came.") == {}


def test_a_decimal_point_struck_twice_before_a_scale_word_is_one_point():
    text = ("Revenue from VAT in Nigeria for January was N157.351 billion against N171.358 billion in "
            "December, a decrease of N14..007 billion.")
    assert _money(text, "2021-02-15")["N14..007 billion"] == (14_007_000_000.0, "NGN")
