"""Whose figure it is (issue 8, round 52): a text that names no place of its own but files
from, or meets in, a capital; a partner named in a singular ranking ("the biggest export
market was …"), far along a "followed by" ranking, as a source of remittance or by the
travellers it sends, keeps the article's own country beside it. Sentences written for the
test, in the shapes of the look groups' misses."""

from factcheck.extract.placenames import is_partner, mentions_in, seat_of_government

from conftest import by_surface


DAY = "2024-05-02"


def _partners(sentence: str, home=None) -> dict:
    return {n: is_partner(sentence, a, b, home) for a, b, n in mentions_in(sentence)}


# --- a capital stands for its country, when the text names no place of its own ------------------

def test_a_dateline_capital_names_the_articles_country():
    got = by_surface("ACCRA — The finance ministry said revenue reached 14.2 billion cedis in the first quarter.\n\n"
                     "Spending rose 6.1 percent to 18.5 billion cedis.", DAY, "subject")
    assert got["6.1 percent"] == ["Ghana"]
    assert got["14.2 billion cedis"] == ["Ghana"]
    # two capitals: no one country
    assert seat_of_government("Talks in Nairobi and Kampala ended on Friday.") is None
    got = by_surface("Delegates met in Nairobi and Kampala last week.\n\nExports rose 4.2 percent.", DAY, "subject")
    assert got["4.2 percent"] == []
    # a text that names its country keeps it; a capital abroad does not displace it
    got = by_surface("Ghana's exports rose 4.2 percent, the statistics office said.\n\nThe minister spoke in "
                     "Paris.\n\nGhana's imports fell 1.3 percent.", DAY, "subject")
    assert got["4.2 percent"] == ["Ghana"]
    assert got["1.3 percent"] == ["Ghana"]


def test_a_government_meeting_in_its_capital_names_the_country():
    got = by_surface("The finance minister presented the mid-year budget statement to parliament in Lilongwe on "
                     "Tuesday.\n\nDomestic revenue is projected at K98.4 billion.", DAY, "subject")
    assert got["K98.4 billion"] == ["Malawi"]
    assert seat_of_government("TASHKENT, May 3 — Exports grew") == "Uzbekistan"


# --- partners in rankings keep the home country beside them -----------------------------------------

def test_a_singular_ranking_names_its_partner():
    s = "In March, the biggest export market was Japan with 41.3 per cent of total exports."
    assert _partners(s)["Japan"] is True
    assert _partners("The main destination of rice shipments is still Senegal, at 22 per cent.")["Senegal"] is True
    got = by_surface("Brunei's exports rose 8.4 per cent in March.\n\nIn March, the biggest export market was Japan "
                     "with 41.3 per cent of total exports, followed by Malaysia (12.2 per cent).", DAY, "subject")
    assert got["12.2 per cent"] == ["Brunei", "Malaysia"]
    # the ranking's noun must lead up to the name: a clause after it has a subject of its own
    assert _partners("The biggest market was weak and Japan's exports fell 4 per cent.")["Japan"] is False


def test_a_ranking_followed_by_far_along_keeps_its_partners():
    s = ("Spain was the top destination of the country's goods exports, accounting for 24.9 per cent of the "
         "total, followed by France (12.8 per cent).")
    assert _partners(s) == {"Spain": True, "France": True}
    # not across a sentence of its own: a new subject
    assert _partners("Spain was the top destination. France recorded 12.8 per cent growth.")["France"] is False


def test_a_source_of_remittance_and_travellers_sent_are_partners():
    assert _partners("Canada represents the largest source of remittance inflow at 61.2 percent.")["Canada"] is True
    got = by_surface("Visitor arrivals to Costa Rica rose 3.9% in 2023.\n\nGermany’s 81,204 visitors were up "
                     "6.2% on the year before.", DAY, "subject")
    assert got["81,204 visitors"] == ["Costa Rica", "Germany"]
    # the home's own visitors are its own figure
    assert _partners("Costa Rica’s 3.1 million visitors spent more.", "Costa Rica")["Costa Rica"] is False
