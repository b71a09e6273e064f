"""The subject of a figure about a partner: the reporting country is kept, the partner
added (issue 8). Sentences written for the test, in the shapes of the corpus's misses."""

from factcheck.extract import extract
from factcheck.extract.placenames import topic_subjects
from factcheck.matching import match
from factcheck.models import Article, Reference

from conftest import by_surface


DAY = "2023-08-01"


def test_destination_of_travellers_is_the_host_not_a_partner():
    assert topic_subjects("Visitor arrivals to Portugal rose in June.") == ["Portugal"]
    assert topic_subjects("Most tourists who came to Croatia stayed a week.") == ["Croatia"]
    # goods still have a partner at the end of "to"
    assert topic_subjects("Exports to Portugal rose in June.") == []


def test_a_partner_with_other_or_non_is_still_a_partner_or_left_out():
    assert topic_subjects("Imports from other EU member states fell.") == []
    assert topic_subjects("Spending by non-EU residents fell.") == []


def test_the_destination_of_arrivals_is_the_articles_country():
    got = by_surface("Arrivals to Barbados rose 6 percent in July.\n\nThe United States remained the largest "
                     "market for Barbados hotels.\n\nHotels recorded 88,300 guests in July.", DAY, "subject")
    assert got["88,300 guests"] == ["Barbados"]


def test_sentence_naming_only_a_partner_keeps_the_reporting_country():
    got = by_surface("Latvia's trade deficit widened to 410 million euros in May.\n\n"
                     "Imports from other EU member states were 620 million euros. "
                     "Revenue from Germany grew by 12.5% to 98 million euros, while revenue from France rose by 3.1%.", DAY, "subject")
    assert got["620 million euros"] == ["Latvia", "European Union"]
    assert got["12.5%"] == ["Latvia", "Germany"]
    assert got["3.1%"] == ["Latvia", "France"]


def test_bilateral_entry_preferred_over_the_total_of_one_of_its_parties():
    text = "Latvia's tourism revenue rose in May.\n\nRevenue from Germany grew to 98 million euros in May 2023."
    claim = next(c for c in extract(Article(id="t", path="t.txt", text=text, sha256="0", date="2023-08-01"))
                 if c.surface == "98 million euros")
    src = {"publisher": "test", "url": "about:test"}
    total = Reference(id="total", metric="revenue", value=400e6, unit_code="EUR", unit_text="million euros",
                      aliases=[], subject=["Latvia"], period="2023-05", source=src)
    germany = Reference(id="germany", metric="revenue", value=98e6, unit_code="EUR", unit_text="million euros",
                        aliases=[], subject=["Latvia", "Germany"], period="2023-05", source=src)
    assert match(claim, [total, germany]).reference.id == "germany"
