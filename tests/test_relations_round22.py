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


def _usd(surface, value, metric, **kw):
    return {"surface": surface, "value": value, "unit": "USD", "metric": metric, "period": "2022-06", **kw}


def _share(surface, value, metric, share_of, **kw):
    return {"surface": surface, "value": value, "unit": "percent", "kind": "percent", "metric": metric,
            "role": "share", "period": "2022-06", "context": {"share_of": share_of}, **kw}


# A share whose part follows it, brought in by "with": "making up 40.0 percent of all
# visitors with 8,000 arrivals".
WITH_COUNT = ("The island welcomed 20,000 visitors in June. Germany was the largest market, "
              "making up 40.0 percent of all visitors with 8,000 arrivals.")
WITH_COUNT_FIGURES = [_count("20,000", 2e4, "visitors"),
                      _share("40.0 percent", 40.0, "visitors", "all visitors"),
                      _count("8,000", 8e3, "visitors from Germany")]


def _share_confirmed_and_slip_caught(text, figures, i, surface, value):
    analysis, checks = run(make(text, figures))
    assert flagged(checks) == set()
    assert any(r.rule == "share" for r in analysis.confirmed)
    _, checks = run(with_slip(text, figures, i, surface, value))
    assert flagged(checks)


def test_a_share_and_the_count_it_brings_in_with_with():
    _share_confirmed_and_slip_caught(WITH_COUNT, WITH_COUNT_FIGURES, 1, "48.0 percent", 48.0)


# A share with no verb, said of its total, its amount after it: "with 90.0% of the
# overall export value with an amount of $9.0 billion".
WITH_AMOUNT = ("Exports reached $10.0 billion in June. Oil dominated sales abroad with 90.0% of the "
               "overall exports value with an amount of $9.0 billion.")
WITH_AMOUNT_FIGURES = [_usd("$10.0 billion", 10e9, "exports"),
                       _share("90.0%", 90.0, "oil exports", "overall exports value"),
                       _usd("$9.0 billion", 9e9, "oil exports")]


def test_a_verbless_share_of_the_overall_total_and_its_amount():
    _share_confirmed_and_slip_caught(WITH_AMOUNT, WITH_AMOUNT_FIGURES, 2, "$7.0 billion", 7e9)


def test_with_after_a_comma_brings_in_another_clause():
    """", with 8,000 …" opens a clause of its own: its figure is not the share's part."""
    text = WITH_COUNT.replace("all visitors with 8,000 arrivals", "all visitors, with 8,000 tourists on cruises")
    figures = [*WITH_COUNT_FIGURES[:2], _count("8,000", 8e3, "cruise visitors")]
    analysis, _ = run(make(text, figures))
    assert not any(r.rule == "share" for r in analysis.relations)


# A whole and the sources it is "derived from", listed after it in its sentence: together
# never more than the whole.
DERIVED = ("Total receipts amounted to $2.00 billion, derived from loans of $300.0 million, taxes "
           "totalling $1.50 billion, and grants of $150.0 million.")
DERIVED_FIGURES = [_usd("$2.00 billion", 2e9, "total receipts"), _usd("$300.0 million", 3e8, "loans"),
                   _usd("$1.50 billion", 1.5e9, "taxes"), _usd("$150.0 million", 1.5e8, "grants")]


def test_the_parts_a_whole_is_derived_from():
    _, checks = run(make(DERIVED, DERIVED_FIGURES))
    assert flagged(checks) == set()
    _, checks = run(with_slip(DERIVED, DERIVED_FIGURES, 2, "$1.80 billion", 1.8e9))
    assert flagged(checks)
