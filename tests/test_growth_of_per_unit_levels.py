"""A growth rate named for one series is no growth of levels per person or per unit named
for another (round 69's first scoring on the unseen set ie–ik: a false flag pairing "the
economy ... around 5.0% in 2026" with "GDP per capita ... to $3,020 from $2,858")."""

from conftest import flags

CAMBODIA = ("Cambodia's economy is projected to grow at 5.2% in 2025 and around 5.0% in 2026, with 2.8% "
            "inflation expected, it said, adding that GDP per capita is predicted to rise to $3,020 from "
            "$2,858 in 2025.")


def test_an_economy_s_growth_is_no_growth_of_its_output_per_head():
    assert not [f for f in flags(CAMBODIA, "2025-11-20") if "gdp per capita" in f]


def test_a_price_s_own_growth_still_meets_its_levels_per_unit():
    text = "The average price of cocoa rose 18% to $5.20 per kg from $4.80 per kg in 2024."
    assert [f for f in flags(text, "2025-02-10") if "price" in f]
