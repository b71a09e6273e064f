"""Classes read after the first scoring of the fiftieth held-out set (il–iu), phrased unlike
the articles that showed them: a price per megawatt-hour (energy is read in kWh, so a prefixed
denominator must carry its size), and a converted amount in brackets between a figure and the
"in …" phrase that names its series."""

from conftest import by_surface, flags


def test_a_price_per_prefixed_energy_unit_keeps_the_denominator_s_size():
    got = by_surface("Wholesale power cost €95 per MWh in March, $40 per gigawatt hour in April "
                     "and 18 cents per kWh at retail.", "2024-05-01", "value", "unit")
    assert got["€95 per MWh"] == (95.0, "EUR / 1000 kWh")  # not €95 a kilowatt-hour
    assert got["$40 per gigawatt hour"] == (40.0, "USD / 1000000 kWh")
    assert got["18 cents per kWh"] == (0.18, "USD / kWh")  # an unprefixed denominator as before
    assert by_surface("The plant produced 500 MWh in May.", "2024-06-01", "value", "unit")["500 MWh"] \
        == (500_000.0, "kWh")  # a quantity of energy is still converted to kWh


def test_an_in_phrase_after_a_bracketed_conversion_names_the_series():
    text = ("Provinces received 4.1 trillion rupiah ($265 million) in revenue from mining royalties last year. "
            "General government revenue rose 5% to 9.2 trillion rupiah.")
    metrics = by_surface(text, "2024-02-01", "metric")
    assert "revenue from mining royalties" in metrics["4.1 trillion rupiah"]
    # the royalties are no whole that the government's revenue could exceed
    assert not [f for f in flags(text, "2024-02-01") if "stated for the whole" in f]


def test_a_unit_named_with_its_price_keeps_its_size_too():
    # the other ways a price names the unit it is quoted per meet the same prefixed energy units
    assert by_surface("The price of a megawatt hour rose to $60 on Monday.", "2024-05-01", "unit")["$60"] \
        == "USD / 1000 kWh"
    got = by_surface("One megawatt-hour of power cost EUR 95 in March.", "2024-05-01", "unit")
    assert got == {"EUR 95": "EUR / 1000 kWh"}  # and "one megawatt-hour" is no figure of its own, as "one tonne"
    assert by_surface("One tonne of cement costs 9,000 CFA francs.", "2024-05-01", "unit") \
        == {"9,000 CFA francs": "XOF / tonne"}
