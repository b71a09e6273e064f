"""Metric naming, round 19: figures the tool gave no series, found on the spent held-out
sets and written here in our own sentences. A claim with no metric matches no reference
entry; one blank name for several series conflates them."""

from __future__ import annotations

from conftest import by_surface


DAY = "2022-05-10"


def test_a_title_line_leads_the_bulleted_items_below_it():
    text = ("Island budget in brief\n\nTax Receipts\n\n  • Income Tax £410m\n  • Property Tax £35m\n\n"
            "Spending by Department\n\n  • Health £220m\n  • Transport £61m\n")
    metrics = by_surface(text, DAY, "metric")
    assert metrics["£410m"].lower() == "tax receipts: income tax"
    assert metrics["£35m"].lower() == "tax receipts: property tax"
    assert metrics["£220m"].lower() == "spending by department: health"


def test_a_title_with_a_verb_names_no_series_and_prose_ends_its_list():
    # "Where the money goes" is a clause: the items are named by their labels alone;
    # a paragraph of prose after a title ends what it leads
    metrics = by_surface("Where the money goes\n\n  • Schools £90m\n\nProperty Taxes\n\nThe minister spoke at length.\n\n"
                         "  • Roads £40m\n", DAY, "metric")
    assert metrics["£90m"].lower() == "schools"
    assert metrics["£40m"].lower() == "roads"


def test_places_listed_with_their_figures_take_the_series_the_sentence_names():
    metrics = by_surface("Kenya with $2.1 billion, Uganda with $1.7 billion and Ghana with $0.9 billion of exports "
                         "to Egypt led the list.", DAY, "metric")
    assert metrics["$2.1 billion"] == metrics["$1.7 billion"] == metrics["$0.9 billion"] == "exports"


def test_a_clause_naming_its_own_series_is_no_place_item():
    # "Peru's trade balance: a jump of …": the words before the figure name a series
    metrics = by_surface("Peru's trade balance: a jump of $900 million in March.", DAY, "metric")
    assert metrics["$900 million"] != "trade"


def test_a_ratio_to_gdp_after_a_noun_and_its_of_is_that_nouns():
    # "leaving a deficit of about 4.9 percent of GDP": the deficit's ratio, not the spending's before it
    metrics = by_surface("Capital spending rose 5 percent to 300 billion rupees or 2.1 percent of GDP, "
                         "leaving a deficit of about 4.9 percent of GDP.", DAY, "metric")
    assert metrics["2.1 percent"] == "capital spending to GDP ratio"
    assert metrics["about 4.9 percent"] == "deficit to GDP ratio"


def test_a_part_after_of_which_is_named_by_its_own_predicate():
    metrics = by_surface("The port handled 5,000 ships in 2019, of which 3,100 were container vessels.", DAY, "metric")
    assert metrics["5,000 ships"] == "ships"
    assert metrics["3,100"] == "ships: container vessels"
