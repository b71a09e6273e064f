"""Relations that only might hold never flag clean text: a figure of another time, another
source, another series or another party is no side, restatement or whole of the figures
beside it. Our own sentences, through extraction and the relations engine."""

from __future__ import annotations

import pytest

from factcheck import read_article
from factcheck.extract import extract
from test_relations_flags28 import _flags  # through extraction and the relations engine

#: The price index sentence: its own growth (4.2%) and a cause's (1.42%, which read back to
#: front is 4.12, within the levels' 4.18%: a slip would explain it, were it the index's).
_INDEX = ("The consumer price index rose by 4.2 per cent in March, from 110.0 points a year earlier to 114.6, "
          "driven mainly by the increase in the costs of housing, by 1.42 per cent.\n")

CLEAN = {
    "a balance in a past 'when' clause is of another month than the sides": (
        "Ruritania's merchandise trade deficit narrowed to $150-million in May, a big improvement over the April "
        "figure when the deficit was $2-billion.\n\nExports rose 2 per cent to $40.1-billion.\n\n"
        "Imports fell 1 per cent to $40.25-billion.\n", "2025-07-15"),
    "the growth of a cause is no growth of the index beside it": (_INDEX, "2025-07-15"),
    "a whole restated in the next sentence is not split": (
        "Ruritanian banks earned nearly half a billion euros in the first half of 2025, the central bank said. "
        "The year-on-year increase in profits for these banks is an impressive 231 million euros, with the total "
        "for the first six months touching 486 million euros.\n", "2025-07-15"),
    "a count or its percentage is no range of percentages": (
        "For May, arrivals from Ruritania were down by 318 or 0.9 per cent on a year earlier.\n", "2025-07-15"),
    "a figure of another source set against the text's own is no restatement": (
        "Last year Latvia's state budget had a deficit of EUR 2.314 billion or 4.1% of GDP, the statistics bureau "
        "said.\nCompared to the Treasury's operational data, which indicates that in 2024 Latvia's state "
        "consolidated budget deficit was at EUR 2.1 billion, the deficit calculated by the bureau is EUR 214 "
        "million higher.\n", "2025-07-15"),
    "a bare figure with one dot group set against a count is in thousands": (
        "Cruise passengers in 2017: 105,968 passengers versus 100.591 in 2016, i.e. a 5.34% increase.\n",
        "2018-01-15"),
    "a bracketed figure after a part's words is no whole of it": (
        "Kazakhstan's National Fund shrank by $1.1 billion in April.\nFrom January to the end of April, the fund "
        "spent more money than it received – $4.3 billion, including $1.1 in April. About $3.3 billion was "
        "allocated to guaranteed transfers ($1.1 billion in April), $926 million for targeted transfers (zero in "
        "April) and $11.2 million for the fund's own costs ($8 million in April).\n", "2025-05-07"),
}


@pytest.mark.parametrize("case", sorted(CLEAN))
def test_clean_text_raises_no_flag(tmp_path, case):
    text, date = CLEAN[case]
    assert _flags(tmp_path, text, date) == []


def _claims(tmp_path, text: str, date: str = "2025-07-15"):
    p = tmp_path / "a.txt"
    p.write_text(text, encoding="utf-8")
    return {c.surface: c for c in extract(read_article(p, date))}


def test_the_index_s_own_growth_is_still_held_to_its_levels(tmp_path):
    assert _flags(tmp_path, _INDEX.replace("4.2 per cent", "2.4 per cent"))  # two digits transposed


def test_a_count_before_or_and_a_percentage_keeps_its_own_unit(tmp_path):
    text = "For May, arrivals from Ruritania were down by 318 or 0.9 per cent on a year earlier.\n"
    assert _claims(tmp_path, text)["318"].unit == "count"
    # alternatives are near, and figures listed with "and" share the unit written once
    assert {c.unit for c in _claims(tmp_path, "Prices may rise 5 or 6 per cent in 2026.\n").values()} == {"percent"}
    listed = _claims(tmp_path, "Exports and imports rose by 4.16 and 0.17 percent in May, respectively.\n")
    assert listed["4.16"].unit == "percent"


def test_one_dot_group_reads_as_thousands_only_beside_a_count_of_thousands(tmp_path):
    text = "Cruise passengers in 2017: 105,968 passengers versus 100.591 in 2016, i.e. a 5.34% increase.\n"
    assert _claims(tmp_path, text, "2018-01-15")["100.591"].value == 100591
    # a decimal set against a figure of its own size stays a decimal
    index = "The index stood at 105.968 versus 100.591 in 2016.\n"
    assert _claims(tmp_path, index, "2018-01-15")["100.591"].value == 100.591


def test_figures_detailing_a_balance_with_a_partner_are_of_that_partner(tmp_path):
    claims = _claims(tmp_path, "Laos's total foreign trade amounted to $16 billion in the year.\n\n"
                               "The trade deficit with Thailand, its largest supplier, stood at $2.1 billion, with "
                               "imports totaling $3.35 billion and exports amounting to $1.25 billion.\n")
    assert "Thailand" in claims["$3.35 billion"].subject
    assert "Thailand" in claims["$1.25 billion"].subject
