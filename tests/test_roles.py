"""What a number is in its statement (its role), for classes of phrasing that the spent
blind sets showed read wrongly, each in sentences of our own: the parts of a whole
enumerated after a share, a fronted partitive ('Of all X, N percent'), a noun of proportion
heading the clause, verbs of proportion after the figure, contribution and superlatives of
distribution, and a list of growths each against its own base. Each class comes with the
neighbouring phrasing that must keep its old reading."""

import pytest

from factcheck.extract import extract
from factcheck.models import Article

from conftest import by_surface


DAY = "2023-03-15"


@pytest.mark.parametrize("text,shares", [
    # members enumerated after a share divide the same whole
    ("Kazakhstan remained the largest buyer, accounting for 41 percent of wheat exports in 2022, "
     "followed by Uzbekistan with 22 percent and Afghanistan 9 percent.",
     ["41 percent", "22 percent", "9 percent"]),
    ("The share of CIS countries was 37% in exports and 44% in imports.", ["37%", "44%"]),
    ("Remittances from Russia made up 58 per cent of the total, the United States 11 per cent "
     "and Germany 6 per cent.", ["58 per cent", "11 per cent", "6 per cent"]),
    # a fronted partitive names the whole
    ("Of all goods shipped to Turkey, 31 percent was cotton and 12 percent was copper.", ["31 percent", "12 percent"]),
    ("Of the visitors who came to Fiji, 68.2 percent arrived by air and 31.8 percent by sea.", ["68.2 percent", "31.8 percent"]),
    # verbs of proportion and contribution, before or after the figure
    ("According to the bureau, 88.1 percent (3.4 billion dollars) corresponded to foreign visitors.", ["88.1 percent"]),
    ("Australia contributed 40.2 percent of arrivals last year.", ["40.2 percent"]),
    ("Fuels contributed the most to total imports at 27.5 percent (N$2.1 billion), followed by "
     "vehicles with 12.4 percent.", ["27.5 percent", "12.4 percent"]),
    ("The markets that contributed the largest number of guests were Chile, with 38%, Peru with 21% "
     "and Bolivia 9%.", ["38%", "21%", "9%"]),
    ("Georgia sold most of its wine to Russia (61.3%), followed by Ukraine (8.8%) and Poland (6.1%).",
     ["61.3%", "8.8%", "6.1%"]),
    ("China took the lead, its shipments amounting to 19.6 percent of the total.", ["19.6 percent"]),
])
def test_parts_of_a_whole_are_shares(text, shares):
    roles = by_surface(text, DAY, "role")
    assert {s: roles[s] for s in shares} == {s: "share" for s in shares}


@pytest.mark.parametrize("text,surface,role", [
    # a statement of its own after a share keeps its own role
    ("Food accounted for 31 percent of the basket, and the inflation rate was 6.2 percent.", "6.2 percent", "rate"),
    ("Agriculture made up 18% of output, while unemployment rose to 9.1%.", "9.1%", "rate"),
    ("The policy rate was 16.75 percent in March.", "16.75 percent", "rate"),
    # a share price is no share
    ("The share price index was at 4.5 percent above its January level.", "4.5 percent", "growth"),
])
def test_neighbouring_phrasing_keeps_its_role(text, surface, role):
    assert by_surface(text, DAY, "role")[surface] == role


@pytest.mark.parametrize("text,surface", [
    # contribution to a change, or the most of a change, is no part of a whole
    ("Services contributed to growth at 3.1 percent in the quarter.", "3.1 percent"),
    ("Prices rose the most in Almaty, at 14.2 percent.", "14.2 percent"),
    ("Most analysts expected the inflation rate at 7.5%.", "7.5%"),
])
def test_a_contribution_to_a_change_is_no_share(text, surface):
    assert by_surface(text, DAY, "role")[surface] != "share"


def test_a_list_of_growths_each_against_its_own_base_is_a_list_of_growths():
    roles = by_surface("Arrivals reached 2.1 million, a growth of 12% compared to the same period in 2022, "
                       "27% compared to 2021, and 8% compared to 2019.", DAY, "role")
    assert [roles["12%"], roles["27%"], roles["8%"]] == ["growth", "growth", "growth"]
    roles = by_surface("Revenue reached $3.2 billion, an increase of 7% from 2022, 19% from 2021 and 4% from 2019.", DAY, "role")
    assert [roles["7%"], roles["19%"], roles["4%"]] == ["growth", "growth", "growth"]
    roles = by_surface("Visitors numbered 1.2 million, an 11% increase from the first half of 2023, 45% from 2022, and 43% from 2019.", DAY, "role")
    assert [roles["11%"], roles["45%"], roles["43%"]] == ["growth", "growth", "growth"]
    roles = by_surface("Revenue rose to $3 billion, a 7% rise on 2022, 9% on 2021 and 12% on 2019.", DAY, "role")
    assert [roles["7%"], roles["9%"], roles["12%"]] == ["growth", "growth", "growth"]


def test_an_amount_bracketed_after_a_growth_is_the_same_change_in_absolute_terms():
    c = {x.surface: x for x in extract(Article(id="t", path="t.txt", sha256="0", date="2023-03-15",
                                                text="Against 2022, tax revenue increased by 6.1% (EUR 412 million)."))}
    assert (c["EUR 412 million"].role, c["EUR 412 million"].direction, c["EUR 412 million"].metric) == ("change", "up", "tax revenue")
    roles = by_surface("Cotton exports fell by 12.4 percent (N$96.3 million) from N$777 million in May to N$680.7 million in June.", DAY, "role")
    assert [roles["N$96.3 million"], roles["N$777 million"], roles["N$680.7 million"]] == ["change", "level", "level"]
    # more than the figure in the bracket: no restatement of the change
    assert by_surface("Exports rose 8% ($4.2 billion in total) in 2023.", DAY, "role")["$4.2 billion"] == "level"


def test_a_percentage_named_as_a_ratio_is_a_ratio():
    assert by_surface("The export-import ratio was 87.5% in the first half.", DAY, "role")["87.5%"] == "ratio"
    # a ratio that changes is a change of it; a rate stays a rate, and a ratio of one named term is no ratio of two
    assert by_surface("The debt dependence ratio was 24.5% in the budget.", DAY, "role")["24.5%"] != "ratio"
    assert by_surface("The export-import ratio rose by 2.1% in the first half.", DAY, "role")["2.1%"] == "growth"
    assert by_surface("The unemployment rate was 7.5% in the first half.", DAY, "role")["7.5%"] == "rate"
