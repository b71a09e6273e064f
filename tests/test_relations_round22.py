"""Relations the twenty-second round teaches the engine, from published slips it missed on
annotated frames: each test is a class of phrasing in our own sentences, the identity
confirmed on the clean text and a slip caught."""

from __future__ import annotations

from test_relations import flagged, make, run, with_slip


def _count(surface, value, metric, **kw):
    return {"surface": surface, "value": value, "unit": "count", "kind": "count", "metric": metric,
            "period": "2022-06", **kw}


# A release's "label: figure" lines: two splits of one total, each a category and its
# complement ("not on package tours"); both agree with each other, not with the total.
SPLITS = ("Total visitors: 1,030,000\nFrom EU countries: 700,000\nFrom non-EU countries: 300,000\n"
          "On package tours: 400,000\nNot on package tours: 600,000\nFirst-time visitors: 550,000")
SPLITS_FIGURES = [_count("1,030,000", 1.03e6, "visitors"),
                  _count("700,000", 7e5, "visitors from EU countries"),
                  _count("300,000", 3e5, "visitors from non-EU countries"),
                  _count("400,000", 4e5, "visitors on package tours"),
                  _count("600,000", 6e5, "visitors not on package tours"),
                  _count("550,000", 5.5e5, "first-time visitors")]


def test_a_complement_named_with_not_makes_a_second_split():
    """"Visitors not on package tours" are visitors (the negation is no head noun): with
    the package split beside the EU one, two breakdowns contradict the total alike."""
    _, checks = run(make(SPLITS, SPLITS_FIGURES))
    assert flagged(checks) == {"1,030,000"}


def test_first_time_visitors_are_no_total_of_the_splits():
    """"First-time" says which visitors, not when: the 550,000 is a subset, never a total
    two splits of a million could contradict."""
    text = SPLITS.replace("1,030,000", "1,000,000")
    figures = [_count("1,000,000", 1e6, "visitors"), *SPLITS_FIGURES[1:]]
    _, checks = run(make(text, figures))
    assert flagged(checks) == set()


def test_a_negated_part_alone_never_exceeds_a_whole():
    """"Persons not in the labour force" outnumber the unemployed a frame named "persons":
    a negated figure joins its head noun's group only as a complement."""
    text = "Persons not in the labour force: 1,448,000\nThe number of persons rose to 187,500."
    figures = [_count("1,448,000", 1.448e6, "persons not in the labour force"),
               _count("187,500", 187500, "number of persons")]
    _, checks = run(make(text, figures))
    assert flagged(checks) == set()
