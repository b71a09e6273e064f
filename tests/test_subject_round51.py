"""Whose figure it is (issue 8, round 51): the article's main subject read from a headline's
capitals, a country's people, the lede; institutions, listed partners and money names kept
from it. Sentences written for the test, in the shapes of the look groups' misses."""

from factcheck.extract import placenames
from factcheck.extract.placenames import is_partner, mentions_in, subjects

from conftest import by_surface, flags


DAY = "2024-05-02"


def _partners(sentence: str) -> dict:
    return {n: is_partner(sentence, a, b) for a, b, n in mentions_in(sentence)}


# --- the article's main subject -------------------------------------------------------------

def test_a_headline_in_capitals_names_the_place():
    got = by_surface("MALAWI’S consumer price inflation rose to 9.4 percent in March.\n\nInflation in Malawi was "
                     "8.1 percent a year earlier, above Zambia's.\n\nFood prices rose 12.2 percent.", DAY, "subject")
    assert got["12.2 percent"] == ["Malawi"]
    assert subjects(placenames.read_capitals("MALAWI’S annual inflation rose")) == ["Malawi"]
    assert placenames.read_capitals("NATO and OPEC members") == "NATO and OPEC members"  # names of their own


def test_a_country_named_by_its_people_is_the_articles():
    got = by_surface("Remittances sent home by overseas Salvadorans rose 8.3 percent in March, the central "
                     "bank said.\n\nTransfers from Canada were $21 million.\n\nThe total reached $412 million.",
                     DAY, "subject")
    assert got["$412 million"] == ["El Salvador"]
    assert placenames.people_named("Remittances from overseas Ghanaians rose") == ["Ghana"]
    assert placenames.people_named("The Salvadoran economy grew") == ["El Salvador"]


def test_peoples_of_a_breakdown_or_travellers_or_money_are_not_the_place():
    # several nationalities listed: where tourists come from
    assert placenames.people_named("Austrians led the list, followed by Hungarians (8%) and Czechs (5%).") == []
    assert placenames.people_named("Ghanaian tourists spent more") == []
    assert placenames.people_named("The fee is 40 Ghanaian cedis") == []


def test_an_institution_is_not_the_articles_place_beside_a_country():
    got = by_surface("LUSAKA, Zambia - Finance Minister said the government's external debt fell.\n\n"
                     "The IMF approved a programme in 2022.\n\nThe IMF said arrears were cleared.\n\n"
                     "External debt stood at $13.0 billion in March.", DAY, "subject")
    assert got["$13.0 billion"] == ["Zambia"]


def test_an_institution_named_once_in_a_text_naming_no_place_is_no_subject():
    got = by_surface("Inflation held steady in April, the statistics office said.\n\n"
                     "The United Nations food price index rose 1.1 percent.\n\n"
                     "The retail price index stood at 124.6 in April.", DAY, "subject")
    assert got["124.6"] == []


def test_the_lede_names_the_place_when_none_is_named_twice():
    got = by_surface("In Estonia, the trade deficit narrowed to 210 million euros in March.\n\n"
                     "Exports rose 4 percent, with Finland and Latvia the main destinations.\n\n"
                     "Imports were 1.5 billion euros.", DAY, "subject")
    assert got["1.5 billion euros"] == ["Estonia"]


# --- partners and money ---------------------------------------------------------------------------

def test_places_coordinated_after_a_partner_are_partners():
    assert _partners("Most of the transfers came from the United States, Italy, Spain and Greece.") == {
        "United States": True, "Italy": True, "Spain": True, "Greece": True}
    assert _partners("Exports to Japan (14%), Korea or Taiwan fell.") == {
        "Japan": True, "South Korea": True, "Taiwan": True}
    assert _partners("Germany was the top export market with $2.1 billion, followed by France with $1.4 billion.") == {
        "Germany": True, "France": True}
    # a list of places that are no partner stays the sentence's subjects
    assert _partners("Kenya, Uganda and Rwanda grew by 5 percent.") == {"Kenya": False, "Uganda": False, "Rwanda": False}
    assert _partners("Japan was the largest economy, followed by Korea.") == {"Japan": False, "South Korea": False}


def test_goods_brought_into_a_place_are_its_imports():
    assert _partners("Imports to Jordan fell 6 percent.") == {"Jordan": False}
    assert _partners("Goods worth $2 billion were imported into Jordan.") == {"Jordan": False}
    assert _partners("Exports to Jordan fell 6 percent.") == {"Jordan": True}


def test_us_dollars_and_cents_spaced_are_money_not_the_united_states():
    assert subjects("Sales abroad totalled US $4.9 million in 1996.") == []
    assert subjects("The price rose from 1.09 US cents per kg to 1.32.") == []
    assert subjects("Exports to the US rose.") == ["United States"]


# --- relations ------------------------------------------------------------------------------------

def test_foreign_exchange_earnings_are_no_part_of_revenues():
    text = ("In Senegal, fishing revenues rose from $ 90 million in 2009 to $ 150 million in 2016.\n\n"
            "The Senegalese sector's foreign exchange earnings rose from $ 300 million in 2009 to $ 600 million in 2016.")
    assert not [r for r in flags(text, DAY) if "stated for the whole" in r]
