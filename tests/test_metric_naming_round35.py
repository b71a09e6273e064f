"""Metric and subject naming, round 35: words that name no series of their own and places
that say nothing of whose figure it is, in our own sentences of the shapes that kept the
engine from keying sums and restatements together on the tool's own frame."""

from __future__ import annotations

from factcheck.extract import extract
from factcheck.extract.placenames import subjects
from factcheck.relations import analyse
from factcheck.relations.graph import core_words, first_body_line, series_words

from conftest import article_of, frames_by_surface

DAY = "2024-05-01"


# --- "entire": all of a series, as "total" says --------------------------------------------

def test_entire_names_no_series_of_its_own():
    assert series_words("the entire trade") == series_words("trade")
    assert core_words("entire exports") == core_words("total exports")
    # what tells two series apart stays
    assert series_words("entire trade by air") != series_words("entire trade by sea")


def test_a_sum_whose_total_is_the_entire_trade_is_confirmed():
    text = ("Trade report\n\n"
            "In the second quarter, Kenya's entire trade stood at $412.6 billion, with exports "
            "at $230.1 billion and imports amounting to $182.5 billion.")
    article = article_of(text, DAY)
    sums = [r for r in analyse(extract(article), article, []).confirmed
            if {n.claim.surface for n in r.nodes} >= {"$412.6 billion", "$230.1 billion", "$182.5 billion"}]
    assert sums


# --- where a source sits is not whose figure it is -----------------------------------------

def test_the_seat_of_a_source_is_no_subject():
    assert subjects("Exports were $12.1bn in 2015, reports Kenya-based Daily Ledger.") == []
    assert subjects("Exports were $12.1bn, a Canada-headquartered bank said.") == []
    # a country named for itself still is
    assert subjects("Kenya's exports were $12.1bn in 2015.") == ["Kenya"]


def test_a_figure_beside_a_source_seat_keeps_the_article_subject():
    text = ("Exports\n\nPeru's exports fell to $23.2bn in 2014, while they were $27.9bn in 2013, "
            "reports Chile-based La Voz.")
    frames = frames_by_surface(text, DAY)
    assert frames["$27.9bn"].subject == frames["$23.2bn"].subject == ["Peru"]


# --- a headline is the body's first line, after a 'date' line too ---------------------------

def _flags_of(tmp_path, text: str) -> list[str]:
    from factcheck.articles import read_article

    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    article = read_article(path)
    return [f.reason for f in analyse(extract(article), article, []).findings if f.flag]


HEADLINE = ("Remittances to Peru Reach $4.7 Billion in First Quarter\n\n"
            "The flow of remittances to Peru grew by 8.2 percent to a total of $4.718 billion in the "
            "first quarter of 2024, the central bank said.\n")


def test_first_body_line_skips_a_date_line():
    assert first_body_line("date 2024-05-01\nHeadline\n\nBody.", len("date 2024-05-01")) == 2
    assert first_body_line("\nHeadline\n\nBody.", 0) == 2
    assert first_body_line("Headline\n\nBody.", 0) == 1


def test_a_headline_cut_of_a_body_figure_shows_a_slip_after_a_date_line(tmp_path):
    for dated in ("", "date 2024-05-01\n"):
        assert _flags_of(tmp_path, dated + HEADLINE) == []
        slipped = dated + HEADLINE.replace("$4.7 Billion", "$7.4 Billion")
        assert any("7.4 billion" in reason for reason in _flags_of(tmp_path, slipped)), dated
