"""Series naming, round 45 (issue 8): the reader, where the tool's metric lost a relation the
annotated metric keeps. An adverb in -ly between a copula and a figure of comparison ("were
reportedly 40 percent higher") heads no noun phrase; a subject that only restates the
statement before (a noun of change, "That would be", a bare "Figures for 2022") takes that
statement's series; the parts a predicate of composition lists ("made up of $5.2 billion in
exports and …") are of the series "in" names. Sentences of our own, phrased unlike the corpus
sentences that showed the class."""

from __future__ import annotations

from conftest import by_surface


DAY = "2024-09-10"


# --- an adverb before a figure of comparison ----------------------------------------------------

def test_stance_adverb_before_a_comparative_figure_keeps_the_subject():
    m = by_surface("Wool shipments were reportedly 14 percent lower in June than a year before.", DAY, "metric")
    assert m["14 percent"].startswith("wool shipments")
    assert "reportedly" not in m["14 percent"]


def test_adverb_in_a_relative_clause_names_nothing_of_its_own():
    m = by_surface("Ferry passengers reached 92,000 in July, which was apparently 6% above the July 2023 count.",
                   DAY, "metric")
    assert "apparently" not in (m["6%"] or "")


def test_words_in_ly_that_qualify_or_name_are_no_adverbs():
    # "monthly", "family", "supply" close noun phrases; a capitalised "Italy" is a name
    from factcheck.extract.metrics import _SENTENCE_ADVERB

    assert all(_SENTENCE_ADVERB.fullmatch(w) for w in ("reportedly", "apparently", "roughly", "officially"))
    assert not any(_SENTENCE_ADVERB.fullmatch(w) for w in ("monthly", "quarterly", "family", "supply", "Italy", "early"))


def test_without_an_adverb_the_comparative_reading_is_unchanged():
    m = by_surface("Wool shipments were 14 percent lower in June than a year before.", DAY, "metric")
    assert m["14 percent"].startswith("wool shipments")


# --- a subject that restates the statement before -------------------------------------------------

def test_a_noun_of_change_as_subject_restates_the_change_before():
    m = by_surface("Nickel sales slid 7 percent in the quarter. The drop was 4 percent in tonnage terms.", DAY,
                   "metric")
    assert m["4 percent"].startswith("nickel sales")


def test_a_noun_of_change_with_its_own_series_keeps_it():
    m = by_surface("Nickel sales slid 7 percent in the quarter. The rise in copper output was 4 percent.", DAY,
                   "metric")
    assert "nickel" not in (m["4 percent"] or "")


def test_a_noun_of_change_whose_clause_goes_on_restates_nothing():
    m = by_surface("Nickel sales slid 7 percent in the quarter. The drop was blamed on 3 idle smelters.", DAY,
                   "metric")
    assert "nickel" not in (m["3 idle smelters"] or "")


def test_a_modal_demonstrative_restates_the_statement_before():
    m = by_surface("Port revenue reached $2.4 billion last year. That would be roughly 5 percent "
                   "above the $2.29 billion of a year earlier.", DAY, "metric")
    assert m["$2.29 billion"].startswith("port revenue")


def test_bare_plural_figures_as_subject_restates_the_series_before():
    m = by_surface("Hotel guests numbered 310,000 in 2023. Figures for 2021 had fallen to 120,500.", DAY, "metric")
    assert m["120,500"] == "hotel guests"


def test_figures_for_a_named_series_are_not_a_restatement():
    m = by_surface("Hotel guests numbered 310,000 in 2023. Figures for campsites showed 45,000.", DAY, "metric")
    assert m["45,000"] != "hotel guests"


# --- the parts a predicate of composition lists ---------------------------------------------------

def test_parts_after_made_up_of_take_the_series_in_names():
    m = by_surface("Inflows totalled $7.4 billion, made up of $4.1 billion in remittances and $3.3 billion in "
                   "direct investments.", DAY, "metric")
    assert m["$4.1 billion"] == "remittances"
    assert m["$3.3 billion"] == "direct investments"


def test_parts_after_consisting_of_take_the_series_in_names():
    m = by_surface("A package of $900 million, consisting of $600 million in loans and $300 million in grants, "
                   "was approved.", DAY, "metric")
    assert m["$600 million"] == "loans"
    assert m["$300 million"] == "grants"


def test_an_amount_of_a_named_noun_still_blocks_the_in_phrase():
    m = by_surface("The deficit of $1.8 billion in merchandise trade widened.", DAY, "metric")
    assert m["$1.8 billion"] == "deficit"
