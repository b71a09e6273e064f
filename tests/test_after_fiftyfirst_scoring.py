"""Classes of phrasing the fifty-first held-out set (iv–jc) showed at its one scoring, each
mended as a class and each test failing on the code that was scored (628f688)."""

from conftest import checked


def _claims(text: str, date: str = "2013-05-13"):
    return checked(text, date)


def test_the_worth_of_a_quantity_on_the_compared_side_is_on_that_side_too():
    # "... compared to the same period in 2012 of 44,000 tonnes at US$218 million": the value
    # after "at" is last year's too, so the growth may be the value's, not only the volume's
    text = ("In the first four months of this year, beef exports soared 54.94% totalling 65,000 tonnes "
            "equivalent to US$337 million compared to the same period in 2012 of 44,000 tonnes at "
            "US$218 million.")
    got = {c.surface: c for c in _claims(text)}
    assert got["US$218 million"].period == "2012-01/2012-04"
    assert got["US$337 million"].period == "2013-01/2013-04"
    assert not [c.surface for c in got.values() if c.check.verdict == "inconsistent"]
    # a growth that fits neither the volume nor the value is still flagged
    wrong = text.replace("54.94%", "64.94%")
    assert [c.surface for c in _claims(wrong) if c.check.verdict == "inconsistent"] == ["64.94%"]


def test_south_sudans_and_sudans_codes_after_a_scaled_figure_are_their_pounds():
    # "SSP" and "SDG" are also a climate pathway and a development goal: read, like "22 Bln MAD",
    # only in capitals after a figure that carries a scale word
    got = {c.surface: c for c in _claims("The presidency was allocated 138.4 billion SSP, and roads 75.33 "
                                         "billion SSP.", "2022-09-01")}
    assert got["138.4 billion SSP"].unit == "SSP" and got["138.4 billion SSP"].kind == "money"
    assert {c.unit for c in _claims("Sudan's budget of 2.5 trillion SDG was approved.", "2022-09-01")} == {"SDG"}
    assert not _claims("Progress on SDG 8 stalled, and under SSP2 the path differs.", "2022-09-01")
