"""Percentages of GDP add up to no whole unless they are GDP's own parts: debts, balances,
budgets and external flows are scaled by the economy's size, so two of them may pass 100%
(round 69's first scoring on the unseen set ie–ik: a false flag on "external debt ... (55
percent of GDP) ... internal debt ... (53 percent of GDP)"). Sectors of GDP still must not."""

from conftest import flags

DEBTS = ("While the external debt for the second quarter reached MVR 37.7 billion (55 percent of GDP,) "
         "the internal debt was recorded to be at MVR 36.1 billion (53 percent of GDP.)")


def test_debts_as_percentages_of_gdp_may_pass_100_percent():
    assert not [f for f in flags(DEBTS, "2020-09-10") if "over 100%" in f]


def test_sectors_of_gdp_still_never_pass_100_percent():
    text = ("In 2019 agriculture made up 45 percent of GDP, industry 38 percent of GDP and services "
            "31 percent of GDP.")
    assert [f for f in flags(text, "2020-09-10") if "over 100%" in f]
