"""Classes of phrasing the spent blind set showed the frame misreading, each in sentences
of our own (never the corpus's): half-years named as semesters, a whole year spoken of
after a quarter, signed changes in lists of places, the verb of a change standing before
its 'by', and percentages above or below a comparison."""

from factcheck.extract import extract
from factcheck.models import Article


def _claims(text, day="2022-08-27"):
    return {c.surface: c for c in extract(Article(id="t", path="t.txt", text=text, sha256="0", date=day))}


def test_a_semester_is_a_half_year():
    c = _claims("Wool exports reached US$2.4 billion in the first semester of 2022, the exchange said.")
    assert c["US$2.4 billion"].period == "2022-H1"
    c = _claims("In the second semester of 2021, wheat output rose 4.5%.")
    assert (c["4.5%"].period, c["4.5%"].base_period) == ("2021-H2", "2020-H2")


def test_a_full_year_after_a_quarter_is_the_topic_year_not_the_publication_year():
    text = ("Hotel revenue grew 7.1 per cent year on year in the fourth quarter of last year, to S$1.2 billion.\n\n"
            "That took full-year revenue to S$4.6 billion, up 3.9 per cent.")
    c = _claims(text, day="2020-05-05")
    assert c["S$1.2 billion"].period == "2019-Q4"
    assert c["S$4.6 billion"].period == "2019"
    assert (c["3.9 per cent"].period, c["3.9 per cent"].base_period) == ("2019", "2018")


def test_signed_amounts_in_a_list_of_places_are_changes():
    text = ("Imports fell 2% year-on-year in March 2023, owing to lower imports in Ontario (-C$410.2 million), "
            "Quebec (-C$95.0 million) and Manitoba (-C$12.5 million).")
    c = _claims(text, day="2023-04-28")
    for s in ("C$410.2 million", "C$95.0 million", "C$12.5 million"):
        claim = next(v for k, v in c.items() if s in k)
        assert (claim.value < 0, claim.role, claim.direction) == (True, "change", "down")


def test_a_negative_net_figure_is_still_a_level():
    c = _claims("Portfolio investment showed a net outflow of -RM5.2 million in March 2023.", day="2023-04-02")
    claim = next(v for k, v in c.items() if "5.2" in k)
    assert (claim.value, claim.role, claim.direction) == (-5200000.0, "level", None)


def test_bracketed_members_of_a_list_after_a_change_are_changes_too():
    text = "However, sales rose in Ohio by $74.0 million, Texas ($36.9 million), and Iowa ($6.2 million), he added."
    c = _claims(text, day="2023-04-28")
    for s in ("$74.0 million", "$36.9 million", "$6.2 million"):
        assert (c[s].role, c[s].direction) == ("change", "up")


def test_the_verb_of_a_change_may_stand_before_adverbials_and_its_by():
    text = ("Registered unemployment fell in March compared to February, by 9,120 people, to 2.7 million. "
            "Prices climbed during the period by 12.5%. Membership increased in March by 41,000 workers.")
    c = _claims(text, day="2024-04-04")
    assert (c["9,120 people"].role, c["9,120 people"].direction) == ("change", "down")
    assert (c["12.5%"].role, c["12.5%"].direction) == ("growth", "up")
    assert (c["41,000 workers"].role, c["41,000 workers"].direction) == ("change", "up")


def test_by_after_an_agent_is_no_change():
    c = _claims("Output was driven by 3,200 new workers in 2023.", day="2024-01-10")
    assert c["3,200"].role != "change" if "3,200" in c else all(v.role != "change" for v in c.values())


def test_a_percentage_above_a_comparison_is_a_growth():
    c = _claims("Shipments in 2022 were 14.5% above the figures of the previous year.", day="2023-01-20")
    assert (c["14.5%"].role, c["14.5%"].direction) == ("growth", "up")
    c = _claims("Sales in 2022 were 3.5% below the level of 2021.", day="2023-01-20")
    assert (c["3.5%"].role, c["3.5%"].direction) == ("growth", "down")
