"""Flags on clean text the eval found on spent corpora (issue 8): a plan's own year read as
the time of writing, a comparison base taken for a share's whole in an undated text, and
sides of a balance dated only by a year carried over from another sentence."""

from __future__ import annotations

from conftest import flags

from factcheck.articles import infer_year
from factcheck.extract import extract
from factcheck.models import Article
from factcheck.relations import analyse


def _undated_flags(text: str) -> list[str]:
    article = Article(id="t", path="t.txt", text=text, sha256="0", year_hint=infer_year(text))
    return [f.reason for f in analyse(extract(article), article, []).findings if f.flag]


def test_a_budget_approved_for_a_year_does_not_date_the_text_after_that_year():
    assert infer_year("The assembly approved a 52-million-dollar budget for 2031 on Tuesday.") is None
    assert infer_year("Ministers adopted the investment plan for 2031 last week.") is None
    # a year a past statement reports is still one the text was written after
    assert infer_year("Exports rose to $3 billion in 2030, the office said.") == 2031
    assert infer_year("Coffee sales reached 2 million bags for 2030, the board said.") == 2031


def test_last_years_budget_in_an_undated_budget_story_is_the_year_before_the_plan():
    text = ("Lawmakers on Monday endorsed a 90-million-dollar budget for 2031 to pay for schools.\n"
            "The budget for next year was approved by the cabinet in October.\n"
            "The figure is about 10 per cent more than last year's $81.8 million budget.\n")
    assert _undated_flags(text) == []


def test_a_comparison_base_is_no_whole_for_a_share_in_an_undated_text():
    text = ("March exports reached $4.10 billion, down 10.1 percent from $4.56 billion last year.\n"
            "Machinery was the top export at $2.05 billion, which is 50.0 percent of total exports.\n")
    assert _undated_flags(text) == []
    # the figure of the statement's own time is still the whole
    slipped = text.replace("50.0 percent", "60.0 percent")
    assert any("60.0 percent" in r or "60%" in r for r in _undated_flags(slipped))


def test_sides_dated_by_a_year_carried_from_another_sentence_are_only_a_candidate():
    text = ("The country ran its widest deficit in 2016, with a deficit of $6.34 billion that year, and a deficit "
            "of $4.87 billion in 2021. The central bank reported that total imports amounted to $11.09 billion, "
            "while total exports reached $4.36 billion.\n")
    assert flags(text, "2024-10-12") == []
    # one slip that explains the gap still breaks the reading
    slipped = ("The country ran a deficit of $4.87 billion in 2021. The central bank reported that total imports "
               "amounted to $9.23 billion, while total exports reached $4.63 billion.\n")
    assert flags(slipped, "2024-10-12")


def _arrivals(south_growth="a 9.8 percent decline", south_value=-9.8, south_level="0.14 million", level=1.4e5):
    from test_relations import make

    text = (f"In the northern islands, arrivals rose by 20.4 percent to 1.4 million.\n"
            f"The southern port saw {south_growth} in arrivals to {south_level}.\n")
    growth = {"unit": "percent", "kind": "percent", "metric": "arrivals", "role": "growth", "base_period": "2023"}
    return make(text, [
        {"surface": "20.4 percent", "value": 20.4, "direction": "up", **growth},
        {"surface": "1.4 million", "value": 1.4e6, "unit": "count", "kind": "count", "metric": "arrivals"},
        {"surface": south_growth.split(" ", 1)[1].rsplit(" ", 1)[0], "value": south_value,
         "direction": "down" if south_value < 0 else "up", **growth},
        {"surface": south_level, "value": level, "unit": "count", "kind": "count", "metric": "arrivals"},
    ])


def test_a_rise_beside_one_figure_and_a_fall_beside_the_other_are_two_series():
    from test_relations import flagged, run

    # a tenth of the other and falling where the other rises: another place the frame
    # does not name, not one figure with its decimal point moved
    assert flagged(run(_arrivals())[1]) == set()
    # the same rise beside both: one series, and the decimal point is a slip
    assert flagged(run(_arrivals("a 20.4 percent rise", 20.4))[1])


def test_sides_dated_by_the_one_year_of_the_sentence_before_still_define_the_total():
    # the year carried over is the only one the total's sentence names: exports and imports
    # make the trade, and a gap no single slip explains is still flagged
    text = "Foreign trade reached $50.0 billion in 2031. Exports rose to $30.0 billion, while imports grew to $26.0 billion.\n"
    assert flags(text, "2032-01-20")
