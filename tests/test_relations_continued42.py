"""A list of a whole's parts that goes on over the next sentences (engine42): "Of this
amount, A …  A further B …", "Of the <noun>, A … Another B …", "…, out of which A. The
remaining B …". The items together are at most the whole and add up to it as a candidate.
Our own sentences; each positive test fails without the change."""

from __future__ import annotations

from test_relations import flagged, make, run


def figures(text, unit, period, *rows):
    """Claims for (surface, value, metric[, period]) rows of one unit in `text`."""
    return make(text, [{"surface": r[0], "value": r[1], "unit": unit, "metric": r[2],
                        "period": r[3] if len(r) > 3 else period} for r in rows])


def sums(analysis, compare="="):
    return [sorted(n.claim.surface for n in r.nodes) for r in analysis.relations
            if r.kind == "sum" and r.compare == compare and r.holds]


CATCH = ("The fleet landed fish worth 412.6 million krona over the season. "
         "Of this amount, 298.4 million krona came from cod, the survey showed.\n"
         "A further {haddock} krona was earned on haddock.")


def catch(haddock="114.2 million", value=114.2e6):
    return figures(CATCH.format(haddock=haddock), "ISK", "2023",
                   ("412.6 million krona", 412.6e6, "fish landings value"),
                   ("298.4 million krona", 298.4e6, "cod landings value"),
                   (f"{haddock} krona", value, "haddock landings value"))


def test_an_item_added_by_a_further_completes_the_list():
    analysis, checks = run(catch())
    assert flagged(checks) == set()
    assert ["114.2 million krona", "298.4 million krona", "412.6 million krona"] in sums(analysis)


def test_a_planted_scale_slip_in_the_added_item_is_caught():
    analysis, checks = run(catch("114.2 billion", 114.2e9))
    assert "114.2 billion krona" in flagged(checks)


SCHOOLS = ("The council has set aside $8.40 million for schools and $9.90 million for clinics this year. "
           "Of the school allocation, $5.10 million pays for teachers.\n"
           "Another {rest} goes on new classrooms.")


def schools(rest="$3.30 million", value=3.3e6, rest_period="2024", whole_metric="school allocation"):
    return figures(SCHOOLS.format(rest=rest), "USD", "2024",
                   ("$8.40 million", 8.4e6, whole_metric), ("$9.90 million", 9.9e6, "clinic allocation"),
                   ("$5.10 million", 5.1e6, "teacher pay"),
                   (rest, value, "classroom building", rest_period))


def test_a_whole_named_by_its_noun_opens_the_list():
    analysis, checks = run(schools())
    assert flagged(checks) == set()
    assert ["$3.30 million", "$5.10 million", "$8.40 million"] in sums(analysis)


def test_the_noun_picks_its_own_whole_not_a_sibling_with_the_same_head():
    # "allocation" heads both series; the clinics' $9.90 million is nearer, but not named
    analysis, _ = run(schools())
    assert not any(r.result.claim.surface == "$9.90 million" for r in analysis.relations
                   if r.kind == "sum" and len(r.inputs) > 1)


def test_a_noun_no_earlier_figure_names_opens_no_list():
    analysis, _ = run(schools(whole_metric="council budget"))
    assert not any(len(r.inputs) > 1 and r.result.claim.surface == "$8.40 million" for r in analysis.relations
                   if r.kind == "sum")


def test_an_item_of_another_period_is_not_added():
    analysis, _ = run(schools(rest_period="2023"))
    assert not any("$3.30 million" in [n.claim.surface for n in r.inputs] for r in analysis.relations
                   if r.kind == "sum")


def test_a_sentence_without_a_word_that_adds_does_not_continue_the_list():
    text = SCHOOLS.format(rest="$3.30 million").replace("Another $3.30 million goes", "The library gets $3.30 million, which goes")
    analysis, _ = run(figures(text, "USD", "2024",
                              ("$8.40 million", 8.4e6, "school allocation"), ("$9.90 million", 9.9e6, "clinic allocation"),
                              ("$5.10 million", 5.1e6, "school allocation for teachers"),
                              ("$3.30 million", 3.3e6, "library allocation")))
    assert not any("$3.30 million" in [n.claim.surface for n in r.inputs] for r in analysis.relations
                   if r.kind == "sum")


REMAINDER = ("Tourist fees raised Nu 80.2 million in the year, out of which Nu 22.4 million went to the development fund.\n"
             "The remaining {rest} went to the tour operators.")


def remainder(rest, value):
    return figures(REMAINDER.format(rest=rest), "BTN", "2017",
                   ("Nu 80.2 million", 80.2e6, "tourist fees"), ("Nu 22.4 million", 22.4e6, "development fund receipts"),
                   (rest, value, "operator earnings"))


def test_the_remaining_share_of_a_whole_closes_the_list():
    analysis, checks = run(remainder("Nu 57.8 million", 57.8e6))
    assert flagged(checks) == set()
    assert ["Nu 22.4 million", "Nu 57.8 million", "Nu 80.2 million"] in sums(analysis)


def test_a_gap_no_slip_explains_is_not_flagged():
    # 22.4 + 50.1 falls 7.7 short: no single slip of one figure makes it add up, and no
    # word says the items are all of it with certainty: a candidate, never a flag
    analysis, checks = run(remainder("Nu 50.1 million", 50.1e6))
    assert flagged(checks) == set()
    assert ["Nu 22.4 million", "Nu 50.1 million", "Nu 80.2 million"] not in sums(analysis)


def test_a_planted_transposition_in_the_remainder_is_caught():
    analysis, checks = run(remainder("Nu 75.8 million", 75.8e6))
    assert flagged(checks) & {"Nu 75.8 million", "Nu 80.2 million", "Nu 22.4 million"}
