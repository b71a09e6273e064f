"""Series names, round 54 (issue 8): a figure bracketed after a place, in a list whose items
name no series of their own ("… to most large markets, in particular the Netherlands
(-21.5%), Poland (-17.9%)", "visitors from countries such as Norway (12,377)"), measures the
series the sentence names before the list, in that place; where the sentence names the flow
only by its verb ("exported most goods to Norway (21.7%), …, followed by Poland (14.6%)") the
verb's noun is the series. A series noun after "by" or "for" is another noun's party, and a
verb of reporting ("were registered") names no series. In words of our own."""

from __future__ import annotations

from conftest import checked_by_surface


def test_items_after_in_particular_take_the_series_the_sentence_names(tmp_path):
    by = checked_by_surface("In June 2031, falls were registered in the values of total sales to most large markets, "
                         "in particular the Netherlands (-21.5%), Poland (-17.9%) and Spain (-9.0%).")
    for surface, place in (("21.5%", "Netherlands"), ("17.9%", "Poland"), ("9.0%", "Spain")):
        c = next(c for s, c in by.items() if surface in s)
        assert c.metric.startswith("sales in ") and place in c.metric
        assert place in c.subject
    # three places are three series, not one name for all of them
    assert len({c.metric for s, c in by.items() if "%" in s}) == 3


def test_counted_items_after_such_as_take_the_series_before_the_list(tmp_path):
    by = checked_by_surface("In May 2031, arrivals of visitors from countries such as Norway (12,377), Poland (9,719) "
                         "and Italy (4,200) grew strongly.")
    metrics = [by[s].metric for s in ("12,377", "9,719", "4,200")]
    assert all(m and m.split()[0] in ("arrivals", "visitors") for m in metrics)
    assert [m.split()[-1] for m in metrics] == ["Norway", "Poland", "Italy"]


def test_a_flow_named_by_its_verb_names_the_items_of_its_list(tmp_path):
    by = checked_by_surface("In the first half of 2031, Ruritanian companies exported most goods to Norway (21.7%), "
                         "where re-exports made up a large part, followed by Poland (14.6%), Italy (10.8%) and Spain (3.3%).")
    assert by["14.6%"].metric == "exports in Poland"
    assert by["3.3%"].metric == "exports in Spain"
    # a verb of reporting is no flow: the items stay unnamed rather than 'registrations'
    by = checked_by_surface("Falls were registered across most large markets in June 2031, in particular the "
                         "Netherlands (-21.5%) and Poland (-17.9%).")
    assert not any((c.metric or "").startswith("registration") for c in by.values())


def test_a_series_noun_after_by_is_a_party_not_the_items_series(tmp_path):
    by = checked_by_surface("In May 2031, spending by visitors from Norway (12.1%), Poland (9.7%) and Italy (4.2%) "
                         "grew fastest.")
    for surface in ("12.1%", "9.7%", "4.2%"):
        assert by[surface].metric.startswith("spending in ")
