"""Units: the lexicon's dimensions agree with pint's, conversions, reference unit parsing."""

import pytest

from factcheck.extract.units import canonical_dimension, convert, physical_units, dimension, normalise_unit, registry


def test_lexicon_dimensions_match_pint():
    ureg = registry()
    for _, name, _ in physical_units():
        assert canonical_dimension(ureg.Unit(name).dimensionality) == dimension(name), name


def test_currencies_are_separate_dimensions():
    assert dimension("USD") != dimension("CNY")
    assert convert(1.0, "USD", "CNY") is None
    assert str(registry().Unit("USD").dimensionality) == "[currency_USD]"


@pytest.mark.parametrize("text,expected", [
    ("billion USD", ("USD", 1e9)),
    ("lakh crore INR", ("INR", 1e12)),
    ("trillion CNY", ("CNY", 1e12)),
    ("million", ("count", 1e6)),
    ("percent", ("percent", 1.0)),
    ("CNY/USD", ("CNY/USD", 1.0)),
    ("tonne", ("tonne", 1.0)),
])
def test_normalise_unit(text, expected):
    assert normalise_unit(text) == expected


def test_unknown_unit_is_an_error():
    with pytest.raises(ValueError, match="not a unit pint knows"):
        normalise_unit("bilion USD")


def test_conversions():
    assert convert(3, "square_kilometer", "hectare") == pytest.approx(300)
    assert convert(1, "tonne", "kilogram") == pytest.approx(1000)
    assert convert(2, "year", "month") == pytest.approx(24)


def test_rates_per_counted_thing_are_units_for_references():
    assert normalise_unit("USD / share") == ("USD / share", 1.0)
    assert normalise_unit("count / 100,000 person") == ("count / 100000 person", 1.0)
    assert dimension("USD / share") == dimension("USD / share") != dimension("USD")


@pytest.mark.parametrize("text,surface,unit", [
    # the ounce of precious metals is the troy ounce, named or not
    ("Gold output at the mine was 412,300 ounces or 12,824 kg last year.", "412,300 ounces", "troy_ounce"),
    ("The central bank holds 2.1 million troy ounces of gold.", "2.1 million troy ounces", "troy_ounce"),
    ("Silver sales reached 90,000 oz t in the quarter.", "90,000 oz t", "troy_ounce"),
    # any other ounce stays the avoirdupois ounce
    ("Each pack weighs 12 ounces.", "12 ounces", "ounce"),
])
def test_precious_metal_ounces_are_troy(text, surface, unit):
    from factcheck.extract import extract
    from factcheck.models import Article

    units = {c.surface: c.unit for c in extract(Article(id="t", path="t.txt", text=text, sha256="0", date="2024-01-15"))}
    assert units[surface] == unit


def test_a_ships_tonnage_is_read_in_tonnes():
    from factcheck.extract import extract
    from factcheck.models import Article
    claims = extract(Article(id="t", path="t.txt", sha256="0", date="2024-05-01",
                             text="Vessel tonnage at the port reached 12.7 million gross tonnes last year."))
    assert {c.surface: c.unit for c in claims}["12.7 million gross tonnes"] == "tonne"
