"""A flow split by partner country never adds up to more than the whole it comes out of
(relations/partners.py), and a place that heads the next item of a list is that item's,
not the figure's before it (extract/context.py)."""

import pytest
from conftest import by_surface, flags

WHOLE = "Remittances to Kenya reached $400 million in March 2024, the central bank said.\n\n"


def _partners(us: str) -> str:
    return (WHOLE + f"In March 2024, remittances from the United States were ${us} million, "
            "from the United Kingdom $90 million and from Germany $30 million.")


def test_partners_summing_past_the_whole_are_flagged():
    found = [r for r in flags(_partners("410"), "2024-04-10") if "stated for the whole" in r]
    assert found, flags(_partners("410"), "2024-04-10")
    assert "United States" in found[0] and "Germany" in found[0]


def test_partners_within_the_whole_are_not_flagged():
    assert not [r for r in flags(_partners("210"), "2024-04-10") if "more than" in r]


def test_each_item_of_a_partner_list_keeps_its_own_country():
    subjects = by_surface(_partners("210"), "2024-04-10", "subject")
    assert "United Kingdom" in subjects["$90 million"] and "Germany" not in subjects["$90 million"]
    assert "Germany" in subjects["$30 million"] and "United Kingdom" not in subjects["$30 million"]


def _flags_framed(text: str, date: str, frames: dict) -> list[str]:
    """The engine's flags with each claim's metric and subject set as a reader would frame
    them (surface → (metric, subject)): the guards below are about what the whole is, not
    about how extraction names it."""
    from conftest import article_of, extracted
    from factcheck.relations import analyse

    claims = extracted(text, date)
    for c in claims:
        if c.surface in frames:
            c.metric, c.subject = frames[c.surface][0], list(frames[c.surface][1])
    return [f.reason for f in analyse(claims, article_of(text, date), []).findings if f.flag]


ARRIVALS = ("In April 2024, 15,474 passengers arrived in Antigua from the United States and "
            "2,739 passengers from Canada. ")
ANTIGUA = "Antigua and Barbuda"
PARTNERS = {"15,474 passengers": ("arrivals by air", [ANTIGUA, "United States"]),
            "2,739 passengers": ("arrivals by air", [ANTIGUA, "Canada"])}


def _whole_flagged(text: str, date: str, frames: dict) -> bool:
    return any("stated for the whole" in r for r in _flags_framed(text, date, frames))


def test_partner_parts_fire_on_a_framed_whole():
    text = ARRIVALS + "A total of 16,000 passengers arrived in Antigua by air in April 2024."
    assert _whole_flagged(text, "2024-05-10", {**PARTNERS, "16,000 passengers": ("arrivals by air", [ANTIGUA])})


# (text, date, frames) of a figure beside partners' figures that is no whole of theirs
NO_WHOLE = {
    "a bilateral figure is a peer": (
        ARRIVALS + "For the UK, the number of arrivals to Antigua was 6,403 in April 2024.", "2024-05-10",
        {**PARTNERS, "6,403": ("arrivals by air", [ANTIGUA, "United Kingdom"])}),
    "the remainder of a list": (
        ARRIVALS + "The share of other countries amounted to about 6,400 passengers in April 2024.", "2024-05-10",
        {**PARTNERS, "about 6,400 passengers": ("arrivals by air", [ANTIGUA])}),
    "balances by partner net out": (
        "China's trade surplus reached $18.6 billion in March 2024. In March 2024, the surplus "
        "with the United States was $31.2 billion and the surplus with Japan $12.6 billion.", "2024-04-10",
        {"$18.6 billion": ("trade surplus", ["China"]),
         "$31.2 billion": ("trade surplus", ["China", "United States"]),
         "$12.6 billion": ("trade surplus", ["China", "Japan"])}),
    # arrivals to Saipan from China and from Japan are no parts of Korea's arrivals to Saipan
    "parts share exactly the whole's places": (
        "In March 2024, visitor arrivals to Saipan from China rose to 1,728 and arrivals from Japan "
        "to 749. The Korean market fell to 299 visitor arrivals in March 2024.", "2024-04-10",
        {"1,728": ("visitor arrivals", ["Saipan", "China"]),
         "749": ("visitor arrivals", ["Saipan", "Japan"]),
         "299 visitor arrivals": ("visitor arrivals", ["Saipan", "South Korea"])}),
    "a figure named only by what it counts": (
        "In 2024, 1,441 thousand people came to Uzbekistan from Tajikistan and 267 thousand people "
        "from Afghanistan. In 2024, 54 thousand people came for treatment.", "2025-02-01",
        {"1,441 thousand people": ("people", ["Uzbekistan", "Tajikistan"]),
         "267 thousand people": ("people", ["Uzbekistan", "Afghanistan"]),
         "54 thousand people": ("people", ["Uzbekistan"])}),
}


@pytest.mark.parametrize("case", NO_WHOLE)
def test_no_whole_of_partners(case):
    assert not _whole_flagged(*NO_WHOLE[case])


def test_a_whole_named_with_the_partners_flow_word_is_their_peer():
    text = ("In 2023, exports to China were $90 billion, exports to Japan $40 billion "
            "and exports to Germany $30 billion.")
    assert not [r for r in flags(text, "2024-02-01") if "more than" in r]
