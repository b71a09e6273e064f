"""Figures the engine paired that are not one relation, and a sum the text states that it
left untested: a figure the text sets aside ("a drop of a third, not 50 percent"); a "non-X"
part beside a whole named X ("non-food" goods against "food" imports); a balance whose name
stands between its figure and "deficit" ("a $311.7 million trade deficit"); a difference
"more than" another series than its levels; two items of one bulleted list, each named for
itself; a total the participle after a list's comma names ("…, totalling to a budget of
1,079,315,784 dollars"), of a budget's lines as of any others.

Some of these pairings arise only with a frame the tool's extraction does not give today
(the annotated frame the relations oracle measures the engine on): those tests set the
frame of a figure by hand, as `benchmarks/relations_oracle.py` does."""

from __future__ import annotations

from tests.conftest import article_of, extracted
from conftest import checked_by_surface
from conftest import flagged_reasons

DATE = "2031-09-14"


def _framed(text: str, frames: dict[str, dict]) -> set[str]:
    """The surfaces the engine flags in `text` once the figures named in `frames` carry the
    frame fields given there (metric, role, direction, periods)."""
    from factcheck.models import Verdict
    from factcheck.relations import analyse, apply_findings

    article = article_of(text, DATE)
    claims = extracted(text, DATE)
    for c in claims:
        for field, value in frames.get(c.surface, {}).items():
            setattr(c, field, value)
            if field == "direction":
                c.context["change"] = value
    apply_findings(claims, analyse(claims, article, []).findings)
    return {c.surface for c in claims if c.check.verdict == Verdict.INCONSISTENT.value}


def test_a_figure_the_text_sets_aside_is_no_statement():
    text = ("Crude output fell to 155,000 barrels a day in May 2031 from 245,000 barrels a day in December 2030, "
            "a drop%s 50 percent.")
    frames = {"50 percent": {"metric": "crude output", "role": "growth", "direction": "down", "base_period": "2030-12"}}
    assert "50 percent" not in _framed(text % ", not", frames)
    assert "50 percent" in _framed(text % " of", frames)


def test_non_x_is_no_part_of_x(tmp_path):
    text = ("Imports of %s came to US$1.98 billion in the first quarter of 2031, while non-food consumer goods "
            "imports reached US$2.02 billion in the first quarter of 2031.")
    assert not flagged_reasons(checked_by_surface(text % "food"))
    assert flagged_reasons(checked_by_surface(text % "goods"))  # beside another whole, a part all the same


def test_a_balance_named_before_the_word_deficit_is_negative():
    text = ("Ruritania posted a $311.7 million trade deficit in the first four months of 2031. Exports in the first "
            "four months of 2031 amounted to $5.149 billion, while imports totalled $%s billion.")
    frames = {"$311.7 million": {"metric": "trade balance"}}
    assert not _framed(text % "5.461", frames)
    assert _framed(text % "5.561", frames)


def test_a_difference_more_than_another_series_than_its_levels():
    text = ("In the twelve months to June 2031 there were 4,424 departures, compared to 3,929 a year earlier, "
            "and 79 more than the number of arrivals.")
    frames = {s: {"metric": "departures"} for s in ("4,424 departures", "4,424", "3,929")}
    frames["79"] = frames["79 more"] = {"metric": "departures minus arrivals", "role": "change", "direction": "up"}
    assert not _framed(text, frames)


def test_two_items_of_a_bulleted_list_are_no_misprint_of_one_figure():
    text = "Spending in 2031:\n• Health and Social Services £197m in 2031\n• Social Security £179m in 2031\n"
    frames = {"£197m": {"metric": "spending: health and social services"},
              "£179m": {"metric": "spending: social security"}}
    assert not _framed(text, frames)


def test_a_total_named_after_the_lists_comma_is_its_sum(tmp_path):
    text = ("Officials said the 2031 budget is made up of two main components: a fixed budget of 569,666,048 "
            "dollars, and a capital budget of 509,655,736 dollars, totalling to a budget of %s dollars.")
    assert "1,079,315,784 dollars" in flagged_reasons(checked_by_surface(text % "1,079,315,784"))
    assert not flagged_reasons(checked_by_surface(text % "1,079,321,784"))


def test_the_figure_a_revision_started_from_is_no_restatement():
    text = ("The government brought the total budget for 2031 to $1.46 billion. The 2031 budget has been %s "
            "$1.44 billion%s.")
    frames = {s: {"metric": "total budget", "period": "2031"} for s in ("$1.46 billion", "$1.44 billion")}
    assert not _framed(text % ("adjusted from", " to $1.46 billion"), frames)
    assert _framed(text % ("set at", ""), frames)
