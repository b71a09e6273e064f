"""Pairings the tool's own names made that no reader would (issue 8, naming36): a part of
an average, counts named only by their noun, shares of two wholes, and a time phrase
taken for a series."""

from __future__ import annotations

from conftest import flags

from factcheck.extract import extract
from factcheck.extract.metric_tidy import tidy_metric
from factcheck.models import Article


def _metric(text: str, surface: str):
    article = Article(id="t", path="t.txt", text=text, sha256="0", year_hint=2031)
    return next(c.metric for c in extract(article) if c.surface.startswith(surface))


def test_a_median_of_a_group_may_exceed_the_median_of_all():
    text = ("In the second quarter of 2031 the median monthly salary in Freedonia was 31,500 crowns. "
            "The median salary of men reached 33,900 crowns and that of women 28,800 crowns.\n")
    assert flags(text, "2031-09-01") == []


def test_counts_named_only_by_their_noun_are_told_apart_by_their_verbs():
    text = ("In the first quarter of 2031, 17 firms earned a profit. "
            "Fourteen firms suffered a loss in the first quarter of 2031.\n")
    assert flags(text, "2031-06-01") == []


def test_a_sector_count_is_no_whole_of_counts_in_other_sentences():
    text = ("In the fourth quarter of 2031, the hotel sector employed 15,100 persons. "
            "The building sector generated employment for 14,700 persons and the defence sector "
            "generated work for 11,100 persons in the fourth quarter of 2031.\n")
    assert flags(text, "2032-03-01") == []


def test_a_share_takes_the_whole_of_the_share_coordinated_with_it():
    text = ("In 2031, locals accounted for 77.9 percent of the arrivals at hotels, while foreigners accounted for "
            "22.1 percent. Locals accounted for 81.3 percent of the overnight stays in 2031, while foreigners "
            "made up 18.7 percent.\n")
    assert flags(text, "2032-03-01") == []


def test_a_time_phrase_is_no_series():
    assert tidy_metric("first two months", "x") is None
    assert tidy_metric("the next four months", "x") is None
    assert tidy_metric("first-quarter exports", "x") == "first-quarter exports"
    text = "Freedonia's remittances posted a 6% rise in the first two months of 2031, reaching $352 million.\n"
    assert _metric(text, "6%") == "remittances"


def test_parts_named_by_a_sex_take_the_whole_of_their_sentence():
    text = "In 2031 the number of unemployed persons stood at 13,100; some 6,900 males and 6,200 females.\n"
    assert _metric(text, "some 6,900") == "number of unemployed persons: males"
    assert _metric(text, "6,200") == "number of unemployed persons: females"


def test_each_part_coordinated_after_of_whom_is_a_part_of_the_whole():
    text = ("In 2031 the number of persons employed totalled 133,300, of whom 66,900 were males "
            "and 66,400 were females.\n")
    assert _metric(text, "66,900") == "number of persons employed: males"
    assert _metric(text, "66,400") == "number of persons employed: females"
    # so the engine adds them up, and a slip in one breaks the sum
    slipped = text.replace("66,400", "68,400")
    assert any("133,300" in r or "68,400" in r for r in flags(slipped, "2032-03-01"))


def test_both_ends_of_a_from_to_pair_are_of_one_series():
    text = ("In 2031, cruise visitors also grew by a substantial 19.6 percent, from 382 thousand persons to "
            "457 thousand persons.\n")
    assert _metric(text, "382") == _metric(text, "457") == "cruise visitors"


def test_a_flow_counted_by_its_own_noun_is_still_a_whole():
    from factcheck.relations.graph import Graph, named_by_its_count

    article = Article(id="t", path="t.txt", text="Freedonia received 2,339,590 visitors and employed 15,100 persons in 2031.\n",
                      sha256="0", year_hint=2032)
    graph = Graph.build(extract(article))
    named = {n.claim.surface: named_by_its_count(n) for n in graph.nodes}
    assert named == {"2,339,590 visitors": False, "15,100 persons": True}


def test_a_gapped_clause_names_its_own_series():
    text = "In the third quarter of 2031 total trade reached N18.8 trillion, with exports valued at N10.35 trillion and imports at N8.46 trillion.\n"
    assert _metric(text, "N10.35") == "exports"
    assert _metric(text, "N8.46") == "imports"
    # a gap that opens no series noun keeps the reading it had
    dated = "Exports reached $5.1 billion in March and in April to $5.3 billion.\n"
    assert _metric(dated, "$5.3") != "April"


def test_a_currency_after_a_figure_is_no_part_of_the_next_series():
    text = "In 2031 exports to Ruritania totaled 3.83 billion Euro and imports stood at 1.53 billion.\n"
    assert _metric(text, "1.53") == "imports"


def test_a_sentence_adverb_is_no_part_of_a_metric():
    text = "Furthermore imports declined by 8.1% to EGP 47.26bn in October 2031.\n"
    assert _metric(text, "EGP") == "imports"


def test_a_territorys_governing_body_names_the_territory():
    from factcheck.extract import placenames

    assert placenames.subjects("Trade with the Palestinian Authority was unchanged in 2031") == ["Palestine"]


def test_a_gapped_pronoun_of_a_series_is_no_series_name():
    text = "In February 2031 the value of exports amounted to EUR 8.52 bln, and that of imports to EUR 7.68 bln.\n"
    assert "that" not in (_metric(text, "EUR 7.68") or "")


def test_a_coordination_inside_a_noun_phrase_is_no_gapped_clause():
    text = "In 2031 oil and gas exports were US$14.34 billion and non-oil and gas exports US$226.91 billion.\n"
    assert _metric(text, "US$14.34") == "oil and gas exports"
