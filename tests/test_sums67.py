"""Parts of a whole the engine now sees (round 67). Partners of a flow named as their
figure's owner, with no "from", "to" or "with" before the place ("Turkey ... with $472
million", "4,628 Americans"), and figures that name the breakdown they belong to
("arrivals by source market") are parts of the whole all the same (relations/partners.py):
however many, they never add up to more than it. A product named of all the goods is at
most the goods (relations/breakdown.py)."""

from conftest import article_of, extracted

from factcheck.relations import analyse


def _flags_framed(text: str, date: str, frames: dict) -> list[str]:
    """The engine's flags with each claim's metric and subject set as a reader would frame
    them (surface → (metric, subject)): what is tested is the engine, not extraction."""
    claims = extracted(text, date)
    for c in claims:
        if c.surface in frames:
            c.metric, c.subject = frames[c.surface][0], list(frames[c.surface][1])
    return [f.reason for f in analyse(claims, article_of(text, date), []).findings if f.flag]


def _whole_flagged(text: str, date: str, frames: dict) -> bool:
    return any("stated for the whole" in r for r in _flags_framed(text, date, frames))


def _owners(first: str) -> tuple[str, dict]:
    text = ("Georgia's exports fell to $800 million in January 2024, Geostat said.\n\n"
            f"In January 2024, Kyrgyzstan was Georgia's top export partner with ${first} million, "
            "trailed by Azerbaijan with $100 million and Armenia with $90 million.")
    frames = {"$800 million": ("exports", ["Georgia"]),
              f"${first} million": ("exports", ["Georgia", "Kyrgyzstan"]),
              "$100 million": ("exports", ["Georgia", "Azerbaijan"]),
              "$90 million": ("exports", ["Georgia", "Armenia"])}
    return text, frames


def test_partners_named_as_owners_past_the_whole_are_flagged():
    text, frames = _owners("700")
    assert _whole_flagged(text, "2024-03-01", frames)


def test_partners_named_as_owners_within_the_whole_are_not_flagged():
    text, frames = _owners("126")
    assert not _whole_flagged(text, "2024-03-01", frames)


def test_owners_join_the_one_flow_the_others_name():
    # "exports to Argentina" names the flow; "Brazil acquired" names Brazil as the owner
    text = ("Paraguay's soybean exports reached 2.97 million tonnes in January-May 2021.\n\n"
            "Exports to Argentina totalled 2.16 million tonnes in January-May 2021. "
            "Meanwhile, Brazil acquired a total of 900,000 tonnes in January-May 2021.")
    frames = {"2.97 million tonnes": ("soybean exports", ["Paraguay"]),
              "2.16 million tonnes": ("soybean exports", ["Paraguay", "Argentina"]),
              "900,000 tonnes": ("soybean exports", ["Paraguay", "Brazil"])}
    assert _whole_flagged(text, "2021-06-10", frames)


def test_a_place_of_its_own_with_no_flow_word_is_a_peer():
    # the frame gives the other figures their own country alone: peers of Kenya, no parts
    text = ("Kenya's exports reached $800 million in January 2024. In January 2024, Uganda "
            "recorded $500 million and Tanzania $400 million.")
    frames = {"$800 million": ("exports", ["Kenya"]), "$500 million": ("exports", ["Uganda"]),
              "$400 million": ("exports", ["Tanzania"])}
    assert not _whole_flagged(text, "2024-03-01", frames)


SOURCE_MARKETS = ("Stayover visitor arrivals in Bonaire reached 13,606 in June 2025.\n\n"
                  "In June 2025, the Netherlands accounted for 9,207 stayover visitors and "
                  "the United States for 4,732 stayover visitors.")


def test_parts_by_source_market_are_parts_of_the_whole():
    frames = {"13,606": ("stayover visitor arrivals", ["Bonaire"]),
              "9,207 stayover visitors": ("stayover visitor arrivals by source market", ["Bonaire", "Netherlands"]),
              "4,732 stayover visitors": ("stayover visitor arrivals by source market", ["Bonaire", "United States"])}
    assert _whole_flagged(SOURCE_MARKETS, "2025-07-20", frames)


def test_a_whole_named_by_its_own_people_is_no_whole_of_the_markets():
    # "overnight stays of Icelanders" beside stays by country of residence: a side itself
    text = ("Overnight stays of Icelanders in hotels were 26,300 in January 2018.\n\n"
            "In January 2018, residents of the United Kingdom had 88,400 overnight stays and "
            "residents of the United States 66,800 overnight stays.")
    frames = {"26,300": ("overnight stays in hotels by Icelanders", ["Iceland"]),
              "88,400 overnight stays": ("overnight stays in hotels by country of residence", ["Iceland", "United Kingdom"]),
              "66,800 overnight stays": ("overnight stays in hotels by country of residence", ["Iceland", "United States"])}
    assert not _whole_flagged(text, "2018-02-20", frames)


# A product named of all the goods ("exports of crude oil" of the "exports of goods") is at
# most the whole (relations/breakdown.py, round 67); a few of many, which may overlap, so
# never summed; and the services are no product of the goods.
GOODS = "Algeria's exports of goods reached $15.14 billion in 2015, customs said.\n\n"
GOODS_FRAME = {"$15.14 billion": ("exports of goods", ["Algeria"])}


def test_a_product_past_the_goods_is_flagged():
    text = GOODS + "In 2015, exports of crude oil came to $17.19 billion."
    assert _whole_flagged(text, "2016-02-01", {**GOODS_FRAME, "$17.19 billion": ("exports of crude oil", ["Algeria"])})


def test_products_within_the_goods_are_never_summed():
    text = GOODS + "In 2015, exports of crude oil came to $10.1 billion and exports of natural gas to $8.2 billion."
    frames = {**GOODS_FRAME, "$10.1 billion": ("exports of crude oil", ["Algeria"]),
              "$8.2 billion": ("exports of natural gas", ["Algeria"])}
    assert not _whole_flagged(text, "2016-02-01", frames)


def test_services_are_no_part_of_the_goods():
    text = GOODS + "In 2015, exports of services came to $17.19 billion."
    assert not _whole_flagged(text, "2016-02-01", {**GOODS_FRAME, "$17.19 billion": ("exports of services", ["Algeria"])})
