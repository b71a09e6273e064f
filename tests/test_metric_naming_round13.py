"""What series a figure measures, for classes of phrasing that left it without a metric on
held-out text (issue 8, reference matching through the tool's own names), each in
sentences of our own. Every positive case names no series on the code before this round."""

import pytest

from conftest import frames_by_surface


DAY = "2024-06-20"


# An adverbial of time written "Month, YYYY" between a verb of change and its "by".
@pytest.mark.parametrize("text,surface,metric", [
    ("Imports fell in March, 2023 by 4% compared to February, 2023.", "4%", "imports decline"),
    ("Cement output rose in June, 2021 by 12% on the year.", "12%", "cement output growth"),
])
def test_month_comma_year_between_verb_and_figure(text, surface, metric):
    assert frames_by_surface(text, DAY)[surface].metric == metric


# A pronoun subject stands for the series whose change the sentence before stated, and a
# level coordinated with that change ("… and reached N") is of the same series.
def test_pronoun_after_a_stated_change_and_the_level_it_reached():
    c = frames_by_surface("Imports fell by 3% in May compared to April. It rose by 9% compared to May 2023 and reached $412 million.", DAY)
    assert c["9%"].metric == "imports growth"
    assert c["$412 million"].metric == "imports"


# A participle of level set off by a comma ("…, totalling N") states a level of the main
# clause's subject, past asides and an opening adverbial ("According to …,").
@pytest.mark.parametrize("text,surface,metric", [
    ("Exports also declined, though more slowly than imports, totalling $8.2 billion.", "$8.2 billion", "exports"),
    ("Fuel imports rose sharply, reaching 410,000 tonnes.", "410,000 tonnes", "fuel imports"),
])
def test_participle_of_level_after_a_comma(text, surface, metric):
    assert frames_by_surface(text, DAY)[surface].metric == metric


def test_opening_adverbial_is_not_the_main_clause():
    # the clause with the change has a figure: the level is the change's (its own rule), never "report"
    c = frames_by_surface("According to the ministry's report, the trade deficit widened by 6% in May, reaching $1.2 billion.", DAY)
    assert "report" not in (c["$1.2 billion"].metric or "")
    assert c["$1.2 billion"].metric == "trade deficit"


# Material between the subject and its verb: an aside between dashes, a relative clause
# whose own list has commas, an adverb inside the verb group.
@pytest.mark.parametrize("text,surface,metric", [
    ("Sales to Canada – 25 percent of the total – dropped 12 percent.", "12 percent", "sales decline"),
    ("Imports of capital goods, which include machinery, vehicles and tools, increased by 8.5 percent.",
     "8.5 percent", "imports of capital goods growth"),
    ("The current account deficit has also widened by 14% this year.", "14%", "current account deficit growth"),
])
def test_material_between_subject_and_verb(text, surface, metric):
    assert frames_by_surface(text, DAY)[surface].metric == metric


# A money amount after a possessive premodifies the noun that names it.
def test_possessive_then_amount_then_noun():
    c = frames_by_surface("The new plan is 12 per cent larger than last year’s $48.3 million budget.", DAY)
    assert c["$48.3 million"].metric == "budget"


# A verb of trade or production states its nominalisation for a measured quantity too.
def test_verb_of_trade_names_a_measured_quantity():
    c = frames_by_surface("Kazakhstan exported 6.1 million tonnes of wheat in the season.", DAY)
    assert c["6.1 million tonnes"].metric == "exports" or c["6.1 million tonnes"].metric.startswith("exports")


# A from–to pair after a verb of change and an adverbial set off by a comma.
@pytest.mark.parametrize("text,surface,metric", [
    ("The number of nurses almost tripled over the decade, from 4,100 to 11,900.", "4,100", "number of nurses"),
    ("The number of nurses almost tripled over the decade, from 4,100 to 11,900.", "11,900", "number of nurses"),
    ("Household savings grew much faster, from 210,000 to 300,000.", "210,000", "household savings"),
])
def test_pair_after_a_comma(text, surface, metric):
    assert frames_by_surface(text, DAY)[surface].metric == metric


# The antecedent of a relative clause whose verb of change states the figure, without a
# focusing adverb.
def test_relative_clause_of_change():
    c = frames_by_surface("Receipts improved, notably corporate tax, which rose by 7.4% to $96 million.", DAY)
    assert c["7.4%"].metric == "corporate tax growth"


# A fronted partitive names the whole that the percentages divide.
@pytest.mark.parametrize("text,surface,metric", [
    ("Of the total value of coffee exports, 61 per cent went to Europe.", "61 per cent", "coffee exports"),
    ("Out of all remittances, about 70% came from the Gulf.", "about 70%", "remittances"),
])
def test_fronted_partitive_names_the_whole(text, surface, metric):
    assert frames_by_surface(text, DAY)[surface].metric == metric


# A place named right before its bracketed figure, or before "with" and the figure, is
# that figure's subject, and a place is never the metric, under any of its names.
def test_place_before_its_bracketed_figure():
    c = frames_by_surface("Kenya took 31.2 per cent of the total, followed by Uganda (18.4 per cent) and Rwanda (9.9 per cent).", DAY)
    assert c["18.4 per cent"].subject == ["Uganda"]
    assert c["9.9 per cent"].subject == ["Rwanda"]


def test_place_with_its_figure_and_no_alias_as_metric():
    c = frames_by_surface("China with $5.1 billion and the UAE with $4.7 billion were the top suppliers.", DAY)
    assert c["$5.1 billion"].subject == ["China"]
    assert c["$4.7 billion"].subject == ["United Arab Emirates"]
    assert c["$4.7 billion"].metric != "UAE"


# A heading with a colon above prose is no list lead: its sentences keep their own metric.
def test_heading_with_colon_above_prose():
    text = "Exports of goods:\n\nAccording to the bureau, exports decreased by 5% compared to June."
    c = frames_by_surface(text, DAY)
    assert c["5%"].metric == "exports decline"


# The items of a list of places ("from A (N%), followed by B (M%), C (K%)") share the
# series of the first, each with its own place; a quantifier ("most of") is no part of it.
def test_items_of_a_place_list_share_the_first_items_series():
    c = frames_by_surface("Most of imports came from Japan (21.4%), followed by those from Korea (12.5%), India (9.1%) and Brazil (4.2%).", DAY)
    assert c["21.4%"].metric == "imports"
    for surface, place in (("12.5%", "South Korea"), ("9.1%", "India"), ("4.2%", "Brazil")):
        assert c[surface].metric == "imports"
        assert len(c[surface].subject) == 1
    assert c["9.1%"].subject == ["India"]


# A flow of goods or people stated per unit of time is that flow's level; money per unit
# of time (a wage, an allowance) and anything per unit of goods stay rates.
@pytest.mark.parametrize("text,surface,role", [
    ("Crude output stands at 1.42 million barrels per day.", "1.42 million barrels per day", "level"),
    ("The allowance is $45 a day.", "$45 a day", "rate"),
    ("Crude sold at $58.24 per barrel.", "$58.24 per barrel", "rate"),
])
def test_flow_per_unit_of_time_is_a_level(text, surface, role):
    assert frames_by_surface(text, DAY)[surface].role == role


# A growth restated "equivalent to" an amount: the amount is the same change, of the same
# series ("to" closes the restatement; it is no level reached).
def test_growth_restated_equivalent_to_an_amount():
    c = frames_by_surface("Sugar exports decreased by 4 percent, equivalent to $21 million.", DAY)
    assert c["$21 million"].role == "change"
    assert c["$21 million"].direction == "down"
    assert c["$21 million"].metric == "sugar exports"


# "N higher and …": a comparative after the figure, before a coordinated clause.
def test_comparative_before_a_coordinated_clause():
    c = frames_by_surface("The number of arrivals was 3,410 higher and the number of departures 1,020 lower than a year earlier.", DAY)
    assert c["3,410"].role == "change"
    assert c["3,410"].direction == "up"


# A balance names its segment after the figure, or takes the one segment whose exports and
# imports its sentence states; otherwise a segment's balance reads as the total's.
def test_balance_names_its_segment():
    c = frames_by_surface("Kenya had a surplus of $412.5 million in trade in tea in the first half.", DAY)
    assert c["$412.5 million"].metric == "surplus in trade in tea"


def test_balance_of_the_segment_its_sentence_trades():
    c = frames_by_surface("The export of metals fell by 4.1 percent to $1,210.4 million and the import of metals by 2.2 percent "
                          "to $1,905.6 million, with the deficit amounting to $695.2 million.", DAY)
    assert c["$695.2 million"].metric == "deficit of metals"
    # the gapped clause names its own series (with its "of"), and keeps the verb's direction
    assert c["2.2 percent"].metric == "import of metals decline"
    assert c["$1,905.6 million"].metric == "import of metals"


# A noun of change as the subject of a verb of being: the amount is the change.
@pytest.mark.parametrize("text,surface,direction", [
    ("Compared with last year, the decrease was 1,204 persons.", "1,204 persons", "down"),
    ("The rise in remittances amounted to $73 million.", "$73 million", "up"),
])
def test_noun_of_change_as_subject(text, surface, direction):
    c = frames_by_surface(text, DAY)[surface]
    assert (c.role, c.direction) == ("change", direction)


def test_a_level_noun_as_subject_stays_a_level():
    assert frames_by_surface("The trade deficit was $5.4 million.", DAY)["$5.4 million"].role == "level"


# A "respectively" list whose members the reader could not delimit gives no member as a
# series: never a stretch of the sentence that runs over another figure.
def test_respectively_members_never_run_over_a_figure():
    c = frames_by_surface("The minister said exports rose by 3.1% from K4,210.5 million in May to K4,341.0 million in June and "
                          "credited the rise to higher sales for the Mining and Agriculture sectors by 12.4% and 6.2%, respectively.", DAY)
    for surface in ("12.4%", "6.2%"):
        assert not any(ch.isdigit() for ch in (c[surface].metric or ""))
