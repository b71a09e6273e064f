"""A signed ratio to the economy's output ("(-2.0% of GDP)", "-1.2 percent of gross domestic
product") is a balance's ratio printed with the balance's own sign: a share of GDP, never a
change of the figure before it (gc–gg's Austrian budget false flag: the deficit's ratio to GDP
taken for its fall, 7.4 ÷ (9.7 + 7.4) = -43%)."""

from factcheck.extract import extract
from factcheck.models import Article


def _claims(text: str, date: str = "2024-04-02"):
    return {c.surface: c for c in extract(Article(id="t", path="t.txt", text=text, sha256="x", date=date))}


def test_a_bracketed_signed_ratio_to_gdp_after_a_deficit_is_no_change():
    got = _claims("Looking at the sub-sectors, the central government sector recorded a deficit of € 9.7 bn "
                  "(-2.0% of GDP), which represents an improvement of € 7.4 bn (+1.8 percentage points) "
                  "compared to the previous year.")
    ratio = got["2.0%"]
    assert ratio.value == -2.0
    assert ratio.role == "share" and ratio.direction is None
    assert "change" not in ratio.context


def test_signed_ratios_to_output_in_words_and_with_a_plus():
    got = _claims("The budget balance was -1.2 percent of gross domestic product in 2023. "
                  "The surplus came to € 1.1 bn (+0.4% of GDP) in 2023.")
    assert got["1.2 percent"].role == "share" and got["1.2 percent"].value == -1.2
    assert got["0.4%"].role == "share" and got["0.4%"].direction is None


def test_a_signed_bracket_without_gdp_and_a_change_measured_in_gdp_stay_changes():
    got = _claims("Exports reached € 9.7 bn (-2.0%) in 2023. Spending rose by 0.5% of GDP in 2023.")
    assert got["2.0%"].role == "growth" and got["2.0%"].direction == "down"
    assert got["0.5%"].direction == "up"
