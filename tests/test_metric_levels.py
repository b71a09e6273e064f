"""What series a figure measures, for classes of phrasing that left it empty or named it
after a neighbouring word (issue 8, metric identity through the engine), each in
sentences of our own."""

import pytest

from conftest import frames_by_surface


DAY = "2024-06-20"


# A change and the two levels it links ("rose 8% from A to B"): both levels are of the
# series whose change is stated, whatever adverbial of comparison stands between.
@pytest.mark.parametrize("text,surface,metric", [
    ("Imports of machinery increased by 12.5 per cent y-o-y from $210.4 million (March 2023) to $236.7 million.",
     "$210.4 million", "imports of machinery"),
    ("Imports of machinery increased by 12.5 per cent y-o-y from $210.4 million (March 2023) to $236.7 million.",
     "$236.7 million", "imports of machinery"),
    ("The current account surplus narrowed by 9.1 percent year-on-year from $88.2 million to $80.2 million.",
     "$88.2 million", "current account surplus"),
    ("Fish exports fell 4 percent on the year, from 310,000 tonnes to 297,600 tonnes.",
     "297,600 tonnes", "fish exports"),
    # the change noun's own series: "a 6% increase in X from A to B"
    ("The rise was driven by a 6.1% increase in excise revenues from $51.2 million to $54.3 million.",
     "$51.2 million", "excise revenues"),
    ("The rise was driven by a 6.1% increase in excise revenues from $51.2 million to $54.3 million.",
     "$54.3 million", "excise revenues"),
])
def test_both_levels_of_a_change_are_its_series(text, surface, metric):
    assert frames_by_surface(text, DAY)[surface].metric == metric


def test_a_from_that_names_a_place_is_no_level_of_the_change():
    # "from" introduces where, not the earlier level: no level figure follows it directly
    c = frames_by_surface("Tourist arrivals rose 7% year-on-year, with visitors from Canada numbering 41,000.", DAY)
    assert c["41,000"].metric != "tourist arrivals"


# A figure in brackets after a noun phrase of change quantifies that change, of the series
# after its preposition; the adjective before the change noun is no series.
@pytest.mark.parametrize("text,surface,metric", [
    ("The surplus reflects a significant increase in exports (+208.8 billion CFA francs) combined with a sharp "
     "drop in imports (-292.1 billion CFA francs).", "208.8 billion CFA francs", "exports"),
    ("The surplus reflects a significant increase in exports (+208.8 billion CFA francs) combined with a sharp "
     "drop in imports (-292.1 billion CFA francs).", "292.1 billion CFA francs", "imports"),
    ("Receipts were lifted by a strong rise in hotel stays (12.4%) and a modest fall in cruise calls (-3.1%).",
     "12.4%", "hotel stays growth"),
    ("Receipts were lifted by a strong rise in hotel stays (12.4%) and a modest fall in cruise calls (-3.1%).",
     "3.1%", "cruise calls decline"),
])
def test_a_bracket_after_a_change_noun_is_that_series(text, surface, metric):
    assert frames_by_surface(text, DAY)[surface].metric == metric


def test_a_participle_after_a_figure_is_no_series():
    # "the €1.9 billion recorded in 2023": the base of a comparison, of the series compared
    c = frames_by_surface("Fish exports reached €2.1 billion, compared with the €1.9 billion recorded during the same period in 2023.", DAY)
    assert c["€1.9 billion"].metric == c["€2.1 billion"].metric == "fish exports"
    c = frames_by_surface("Re-exports stood at JD426 million, up 34.8 per cent on the JD316 million registered in 2023.", DAY)
    assert c["JD316 million"].metric != "registered"


# "in the value of N", "in the amount of N": a noun that only says how much; the series is
# the noun (or the verb's nominalisation) before it
@pytest.mark.parametrize("text,surface,metric", [
    ("In that period, export in the value of 3.64 billion euros was reached.", "3.64 billion euros", "exports"),
    ("In the first half, the country mostly exported to Serbia, in the value of 562.4 million euros.",
     "562.4 million euros", "exports"),
    ("By June the region had reached a total trade turnover in a value of almost 1.6 billion euros.",
     "almost 1.6 billion euros", "trade turnover"),
])
def test_an_amount_noun_gives_way_to_the_series_before_it(text, surface, metric):
    assert frames_by_surface(text, DAY)[surface].metric == metric


# A figure premodifying its noun: in a headline (no determiner, capitals), before a
# quoted noun, or before a capitalised common noun
@pytest.mark.parametrize("text,surface,metric", [
    ("Island Government Presents EC$1.6 Billion Budget For 2024", "EC$1.6 Billion", "budget"),
    ("Nearly 7 billion euros surplus in tourism industry", "Nearly 7 billion euros", "surplus"),
    ("$19.2m dip in imports", "$19.2m", "imports"),
    ("The analysis meant there was a $1.91 billion “accumulated visible trade deficit” in the period.",
     "$1.91 billion", "accumulated visible trade deficit"),
])
def test_a_figure_premodifying_its_noun_names_it(text, surface, metric):
    assert frames_by_surface(text, DAY)[surface].metric == metric


def test_a_figure_before_a_verb_is_its_subject_not_a_premodifier():
    c = frames_by_surface("$3 billion flowed into bonds last year.", DAY)
    assert c["$3 billion"].metric != "flowed"


def test_nominal_is_the_default_reading_of_money():
    # "at current prices" tells no amount of money apart from the same amount: the
    # turnover and its parts stay one series, whichever sentence says it
    c = frames_by_surface("In June, trade turnover amounted to EUR 2.37 bln, which at current prices was 9.1% more than a year "
                          "earlier. Exports were EUR 1.03 bln and imports EUR 1.33 bln.", DAY)
    assert "nominal" not in c["EUR 2.37 bln"].metric
    c = frames_by_surface("Exports rose 7.9% in nominal terms to $2.1 billion.", DAY)
    assert c["7.9%"].metric == "nominal exports growth"  # a rate still says which
    assert c["$2.1 billion"].metric == "exports"


@pytest.mark.parametrize("text,surface,metric", [
    # a restrictive relative clause between the subject and its verb
    ("Officials said that exports which mainly consist of processed copper increased by 6.6%.", "6.6%", "exports growth"),
    # an adverbial of comparison between the subject and its verb
    ("The export of goods over the specified period compared to January-May 2022 decreased by 15.6%, to $16.4 billion.",
     "$16.4 billion", "export of goods"),
    # a subject that is only a time: the counted noun names the figure
    ("The total for January and February is 284,000 travellers.", "284,000 travellers", "travellers"),
])
def test_the_subject_is_found_past_inner_clauses(text, surface, metric):
    assert frames_by_surface(text, DAY)[surface].metric == metric


def test_a_participle_after_a_figure_names_it_by_its_noun():
    c = frames_by_surface("A further factor was the $15 billion disbursed in July by the deposit insurer.", DAY)
    assert c["$15 billion"].metric == "disbursements"


@pytest.mark.parametrize("text,surface,metric", [
    # a possessor inside the metric says whose figure it is, not which series
    ("The value of the Kingdom's total exports reached JD4.4 billion in the first half.", "JD4.4 billion",
     "value of total exports"),
    ("The government’s total public expenditure in 2018 stood at RO 13,599.2 million.", "RO 13,599.2 million",
     "total public expenditure"),
    # a comparative before a balance says how it moved
    ("Trade for the period resulted in a narrower deficit of $456.6 million than a year earlier.", "$456.6 million",
     "deficit"),
    # adverbials of duration and time between a verb and its figure
    ("Exports dropped for the fifth consecutive month in May, by 5.01% year-on-year to $18.43 billion.",
     "$18.43 billion", "exports"),
    # the level a change noun phrase reaches, and a change that names its own series
    ("Officials credited a 14.1 percent ($5.6 million) increase in exports to $45.6 million, and a decrease of "
     "8.5 percent ($20.9 million) in imports to $223.7 million.", "$45.6 million", "exports"),
    ("Officials credited a 14.1 percent ($5.6 million) increase in exports to $45.6 million, and a decrease of "
     "8.5 percent ($20.9 million) in imports to $223.7 million.", "8.5 percent", "imports decline"),
    ("Officials credited a 14.1 percent ($5.6 million) increase in exports to $45.6 million, and a decrease of "
     "8.5 percent ($20.9 million) in imports to $223.7 million.", "14.1 percent", "exports growth"),
    # a span of months between the subject and its verb is its period, not its series
    ("The number of tourists between January and October increased by 15% on a year earlier.", "15%",
     "number of tourists growth"),
])
def test_words_that_say_whose_or_how_are_no_series(text, surface, metric):
    assert frames_by_surface(text, DAY)[surface].metric == metric


def test_a_comparative_before_a_compound_noun_is_kept():
    assert frames_by_surface("Higher education spending rose to $3 billion.", DAY)["$3 billion"].metric == "higher education spending"
