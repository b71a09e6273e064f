"""A hyphen set off after a word, before a rate whose own comparative says it rose, is a dash
("58.1 million tonnes -15 per cent higher than …"), not a minus sign."""

from conftest import by_surface


def test_a_spaced_dash_before_a_rise_is_no_minus():
    text = ("Stocks at the ports stood at 12.4 million tonnes -9 per cent higher than the 11.4 million "
            "tonnes held a year before, and sales reached $3 billion -4% more than in 2023.")
    got = by_surface(text, "2024-06-01", "value", "direction")
    assert got["9 per cent"] == (9.0, "up")
    assert got["4%"] == (4.0, "up")


def test_a_minus_sign_stays_one():
    text = "The balance was -15 percent of GDP, and prices changed -3% on the year; output was -2.1% lower."
    got = by_surface(text, "2024-06-01", "value")
    assert got["15 percent"] == -15.0 and got["3%"] == -3.0 and got["2.1%"] == -2.1
