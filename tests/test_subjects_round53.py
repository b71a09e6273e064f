"""Whose figure it is (issue 8, strict), round 53: a body a text has named is called after by
the noun its name is headed by ("the Fund recorded a profit", "the Bank's net purchases"); a
firm is called by its name without the noun of an enterprise it ends with ("Hyundai" for
"Hyundai Motor"); "the main source of supply of goods to" a place names a partner; a place
coordinated with its complement ("from EU member states and from third countries") or inside
a quoted title names no party; a place after a figure is its own only within its clause; and
a noun's sibilant plural is that noun ("taxes"). Another body, another place and another
series still never match. Each in words of our own."""

import pytest

from factcheck.extract import grammar, placenames
from factcheck.matching.subjects import subjects_overlap
from factcheck.matching.vocabulary import lemma
from conftest import checked_by_surface
from tests.test_matching_round48 import claim, ref, verdict


# --- a body called by the noun its name is headed by ----------------------------------------------

@pytest.mark.parametrize("sentence,surface,body", [
    ("Over the quarter the Fund recorded a profit of €41.2 million.", "€41.2 million", "Stabilisation Fund of Ruritania"),
    ("In addition, the Bank's net purchases from lenders eased to €41.2 million.", "€41.2 million",
     "Central Bank of Ruritania"),
    ("All told, the fund received €41.2 million in September.", "€41.2 million", "Ruritania Heritage Fund"),
])
def test_a_body_called_by_its_head_noun_is_named(sentence, surface, body):
    r = ref(41.2e6, "profit", subject=("Ruritania", body))
    c = claim(41.2e6, "profit", sentence, surface)
    assert subjects_overlap(c, r) is True
    assert verdict(c, [r]) == ("supported", "r1")


def test_the_noun_of_another_body_names_none():
    # "the Bank" is not the Fund; "the region" is any region, not the body's own area
    c = claim(41.2e6, "profit", "Over the quarter the Bank recorded a profit of €41.2 million.", "€41.2 million")
    assert subjects_overlap(c, ref(41.2e6, "profit", subject=("Ruritania", "Stabilisation Fund of Ruritania"))) is False
    c = claim(41.2e6, "revenue", "Over the quarter the region recorded revenue of €41.2 million.", "€41.2 million")
    assert subjects_overlap(c, ref(41.2e6, "revenue", subject=("Ruritania", "Northern Region"))) is False


def test_a_firm_by_its_name_without_its_enterprise_noun():
    c = claim(688884, "domestic sales", "Domestic sales reached 688,884 units.", "688,884 units",
              subject=("Zorvath",), unit="count", kind="count")
    r = ref(688884, "domestic sales", subject=("Zorvath Motor",), unit="count")
    assert subjects_overlap(c, r) is True
    assert verdict(c, [r]) == ("supported", "r1")


def test_a_country_is_no_short_name_of_its_carrier():
    # "Kenya Airways" less its noun is a place: the country's figure is not the carrier's
    c = claim(5.1e6, "passengers", "Passengers rose to 5.1 million.", "5.1 million", subject=("Kenya",),
              unit="count", kind="count")
    assert subjects_overlap(c, ref(5.1e6, "passengers", subject=("Kenya Airways",), unit="count")) is False


# --- sibilant plurals -------------------------------------------------------------------------------

def test_a_sibilant_plural_is_its_noun():
    assert lemma("taxes") == "tax"
    assert lemma("businesses") == "business"
    assert lemma("branches") == "branch"
    assert lemma("purchases") == "purchase"  # no sibilant before the -es
    c = claim(3.5e9, "collections in corporation taxes", "Collections in corporation taxes came to €3.5bn.", "€3.5bn")
    assert verdict(c, [ref(3.5e9, "corporation tax receipts")]) == ("supported", "r1")


# --- partners and the whole of a flow ----------------------------------------------------------------

def test_the_main_source_of_supply_is_a_partner():
    s = "The European Union was the main source of supply of goods to Ruritania with €4.4 billion."
    at = s.index("European Union")
    assert placenames.is_partner(s, at, at + len("European Union"))


def test_a_bracket_opening_on_a_trade_partner():
    text = ("Portugal's trade deficit narrowed in 2031, Portugal's statistics office said. Total imports of goods "
            "(from France and from Spain) came to €7.5 billion. Total exports of goods (to France) fell.")
    assert placenames.article_country(text) == "Portugal"


def test_a_place_coordinated_with_its_complement_names_no_party():
    s = "Total imports of goods (from EU member states and from third countries) came to €7.5 billion."
    assert placenames.subjects(s) == []
    assert placenames.subjects("Imports from EU member states came to €7.5 billion.") == ["European Union"]
    assert placenames.subjects("Trade with France and the rest of the world rose to €7.5 billion.") == []


def test_a_name_in_a_quoted_title_names_no_party():
    s = "According to the bulletin “Intra & Extra EU Trade Statistics (by product)”, imports came to €7.5 billion."
    assert placenames.subjects(s) == []
    assert placenames.subjects("“Exports to France rose to €7.5 billion,” the minister said.") == ["France"]


def test_a_place_after_a_figure_stays_in_its_clause():
    s = "Exports to EU markets were up by 31% to just over EUR 3 billion as imports from EU countries rose by 17%."
    figures = [(s.index(x), s.index(x) + len(x)) for x in ("31%", "EUR 3 billion", "17%")]
    assert placenames.figure_subjects(s, figures, grammar.clauses(s)) == [["European Union"]] * 3
    # a place right after its figure is still that figure's
    s = "Remittances came to 98,452 from Italy and 7,592 from Spain."
    figures = [(s.index(x), s.index(x) + len(x)) for x in ("98,452", "7,592")]
    assert placenames.figure_subjects(s, figures, grammar.clauses(s)) == [["Italy"], ["Spain"]]


def test_imports_after_a_conjunction_keep_the_texts_country(tmp_path):
    by = checked_by_surface("Portugal's trade rose in August 2031. Exports to EU markets were up by 31% to just over "
                         "EUR 3 billion as imports from EU countries rose by 17% to EUR 2.84 billion.")
    assert by["31%"].subject == ["Portugal", "European Union"]
    assert by["EUR 2.84 billion"].subject == ["Portugal", "European Union"]


# --- an unqualified flow of trade is the flow of goods ------------------------------------------------

def test_unqualified_imports_are_the_imports_of_goods_not_a_part():
    c = claim(270.3e9, "imports", "Imports came to 270.3 billion euros in September.", "270.3 billion euros")
    refs = [ref(270.3e9, "imports of goods", id="r1"), ref(64.7e9, "energy imports", id="r2")]
    assert verdict(c, refs) == ("supported", "r1")


def test_unqualified_imports_still_name_no_one_part():
    # goods and services against a part of the flow ('energy imports'): the part is no more the
    # claim's than the whole, so neither is taken (main took the part, the one it left less unsaid of)
    c = claim(270.3e9, "imports", "Imports came to 270.3 billion euros in September.", "270.3 billion euros")
    refs = [ref(270.3e9, "imports of goods and services", id="r1"), ref(64.7e9, "energy imports", id="r2")]
    assert verdict(c, refs)[1] is None
    # a part named is that part
    c = claim(64.7e9, "energy imports", "Energy imports came to 64.7 billion euros in September.", "64.7 billion euros")
    assert verdict(c, refs) == ("supported", "r2")
