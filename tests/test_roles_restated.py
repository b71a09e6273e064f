"""Roles and directions for classes of phrasing that the spent k–o set read wrongly, each in
sentences of our own, with the neighbouring phrasing that must keep its old reading:
an amount and a percentage restating one figure ('by $17.7 million or 12.2%', 'equivalent
to'), a level restated as its part of a whole ('contributed $30 million or 67%'), a
comparison verb with its base before 'by' ('exceeded last year's $32 million by 5
percent'), a threshold passed ('exceeded 100,000'), 'made up', an agent after 'led by', a
bare comparative after an amount ('was CZK 18.6 billion lower'), a noun of change as the
subject ('the increase in 2014 was 31.2%'), 'negative growth', the main partners of a
distribution, and a percentage that is the subject of its clause."""

import pytest

from conftest import extracted


def _frame(text, day="2023-03-15"):
    """Surface → (role, direction); a unit word printed apart ("0.6 point") also under its digits."""
    out = {}
    for c in extracted(text, day):
        out[c.surface] = out[c.surface.split()[0]] = (c.role, c.direction)
    return out


@pytest.mark.parametrize("text,expected", [
    # a change restated in the other terms keeps its direction
    ("Customs receipts rose by $9.4 million or 14.1% in the quarter.",
     {"$9.4 million": ("change", "up"), "14.1%": ("growth", "up")}),
    ("Exports recorded a decrease of 2.1 billion dirhams, equivalent to 6.3 percent, compared with the first quarter.",
     {"2.1 billion dirhams": ("change", "down"), "6.3 percent": ("growth", "down")}),
    ("Grants declined over the year by 4.4 million or 21.7%.",
     {"21.7%": ("growth", "down")}),
    # a comparison verb, its base, then 'by' and the difference
    ("Tax collection exceeded the previous year's US$41.2 million by six percent or US$2.5 million.",
     {"six percent": ("growth", "up"), "US$2.5 million": ("change", "up")}),
    ("Revenue fell short of the target of $120 million by $8 million.", {"$8 million": ("change", "down")}),
    # a bare comparative after an amount
    ("Compared with March last year, the surplus was CZK 9.4 billion lower.", {"CZK 9.4 billion": ("change", "down")}),
    # a noun of change heading the clause, a year between
    ("The annual increase in 2019 was 12.6%, 15.1% in 2020 and 9.8% in 2021.",
     {"12.6%": ("growth", "up"), "15.1%": ("growth", "up")}),
    ("Arrivals from Europe recorded negative growth of nearly 30 percent in 2021.", {"nearly 30 percent": ("growth", "down")}),
    ("The dinar appreciated by an average of 4.2 percent against the dollar.", {"4.2 percent": ("growth", "up")}),
    # a change noun after an amount restated in per cent
    ("The price index was 118.4, a 0.6 point or half a per cent decrease from May.",
     {"0.6": ("change", "down")}),
])
def test_changes_and_their_directions(text, expected):
    frame = _frame(text)
    assert {s: frame[s] for s in expected} == expected


@pytest.mark.parametrize("text,shares", [
    ("The Inland Revenue Department contributed US$30.14 million or 67%, while Customs collected "
     "US$14.79 million, an equivalent of 33%.", ["67%", "33%"]),
    ("Tonga is Fiji's fifth trade partner with a turnover of $ 310 million (4.2%) among 120 countries.", ["4.2%"]),
    ("Of the fund's income, 36 per cent or $88.1m of the total came from Australia.", ["36 per cent"]),
    ("Oman's main trade partners remain the UAE with 21.3%, China 14.2% and India 8.1%.", ["21.3%", "14.2%", "8.1%"]),
    ("The main contributors to imports were fuels (28.4 per cent), machinery (19.9 per cent) and food (11.2 per cent).",
     ["28.4 per cent", "19.9 per cent", "11.2 per cent"]),
    ("Most visitors came from two countries: 41.3% were Australian, and 22.4% were from New Zealand.", ["41.3%", "22.4%"]),
    ("More than half the cruise passengers (57.8 percent) were from the United States.", ["57.8 percent"]),
    ("In terms of share in total exports, tourism services recorded a 23.3 percent in the quarter.", ["23.3 percent"]),
])
def test_parts_of_a_whole(text, shares):
    frame = _frame(text)
    assert {s: frame[s][0] for s in shares} == {s: "share" for s in shares}


@pytest.mark.parametrize("text,surface,role", [
    # a gapped change after 'by' is not a part of a whole
    ("Exports rose by 953 million USD (25.2 percent), and imports by 896.1 million USD (30.5 percent).", "30.5 percent", "growth"),
    # a level reached after a verb of change, restated in per cent, is the change in relative terms
    ("Imports decreased in the quarter to 21.5 billion riyals, or 16.5 percent, compared with last year.", "16.5 percent", "growth"),
    # a threshold passed, a part made up, an agent: levels
    ("The number of arrivals had already exceeded 100,000 by the middle of the month.", "100,000", "level"),
    ("Trade with the EU made up USD 1.228 billion in the period.", "USD 1.228 billion", "level"),
    ("The rise in annual imports was led by $24 billion of intermediate goods.", "$24 billion", "level"),
    # a reported rate after a percentage at a clause start keeps its reading
    ("Inflation in the capital: 5.1% was recorded in June.", "5.1%", "rate"),
    # a level with a percentage of a named whole is not re-read
    ("Remittances reached $2.4 billion, or 21% of GDP.", "21%", "share"),
])
def test_neighbouring_phrasing_keeps_its_reading(text, surface, role):
    assert _frame(text)[surface][0] == role
