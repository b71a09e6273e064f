"""The relations engine's per-figure tests are answered once per node (graph.per_node) and
a relation's box of a figure at its printed value once per node (Relation.box): the same
answers as the tests asked afresh, never carried from one article's graph to another's."""

from pathlib import Path

import pytest

from factcheck.articles import read_article
from factcheck.extract import extract
from factcheck.models import Article
from factcheck.relations import common, graph as graph_module
from factcheck.relations.graph import Graph, is_compared, misdated_base, per_node
from factcheck.relations.interval import of_claim
from factcheck.relations.relation import Relation
from factcheck.relations.rules import restate

DATA = Path(__file__).parent / "data" / "extract"
# articles with comparisons, bases, plans and restated figures: the tests answer both ways
ARTICLES = ["cn_trade_h1_2019_cgtn.txt", "in_gst_feb2024_ndtvprofit.txt", "jp_toyota_results_fy2012_businessline.txt",
            "eu_gdp_employment_q4_2018_eurostat.txt"]


class _Node:
    """Stands for a graph node: per_node only needs its `memo`."""

    def __init__(self):
        self.memo = {}


def test_a_test_of_one_figure_runs_once_per_node():
    calls = []

    @per_node
    def big(n):
        calls.append(n)
        return len(calls) > 100

    a, b = _Node(), _Node()
    assert big(a) is False and big(a) is False and big(b) is False
    assert calls == [a, b]  # once for each node, not once for each ask
    assert big.__name__ == "big" and big.__wrapped__(a) is False


def test_a_test_of_a_figure_in_its_graph_runs_once_per_node():
    calls = []

    @per_node
    def later(graph, n):
        calls.append((graph, n))
        return graph == "g"

    n = _Node()
    assert later("g", n) is True and later("g", n) is True
    assert calls == [("g", n)]


def test_a_false_or_none_answer_is_kept_too():
    calls = []

    @per_node
    def nothing(n):
        calls.append(n)
        return None

    n = _Node()
    assert nothing(n) is None and nothing(n) is None
    assert len(calls) == 1


def _graph(name: str) -> Graph:
    article = read_article(DATA / name)
    return Graph.build(extract(article), article.date, 1)


@pytest.mark.parametrize("name", ARTICLES)
def test_the_kept_answers_are_the_tests_own(name):
    graph = _graph(name)
    assert graph.nodes
    for test in (is_compared, common.another_time, restate.another_source):
        for n in graph.nodes:
            assert test(n) == test.__wrapped__(n), (test.__name__, n.claim.surface)
            assert test(n) == test.__wrapped__(n)  # asked again: from the node
    for test in (misdated_base, common.irrealis, restate._loosely_restatable):
        for n in graph.nodes:
            assert test(graph, n) == test.__wrapped__(graph, n), (test.__name__, n.claim.surface)


def test_both_answers_occur_on_these_articles():
    """The comparison above is no comparison of constants."""
    graphs = [_graph(name) for name in ARTICLES]
    assert {is_compared(n) for g in graphs for n in g.nodes} == {True, False}
    assert {common.irrealis(g, n) for g in graphs for n in g.nodes} == {True, False}
    assert {restate._loosely_restatable(g, n) for g in graphs for n in g.nodes} == {True, False}


def test_nothing_is_carried_from_one_graph_to_the_next():
    article = read_article(DATA / ARTICLES[0])
    claims = extract(article)
    first = Graph.build(claims, article.date, 1)
    for n in first.nodes:
        is_compared(n)
        common.irrealis(first, n)
    second = Graph.build(claims, article.date, 1)
    assert all(n.memo == {} for n in second.nodes)
    assert not {id(n) for n in first.nodes} & {id(n) for n in second.nodes}


def _relation(inputs, result, closed: bool) -> Relation:
    return Relation(rule="test", kind="sum", inputs=list(inputs), result=result, formula=sum, label="sum",
                    template="{0}", closed=closed)


def test_a_box_at_the_printed_value_is_the_claims_interval():
    text = ("Exports rose 12.5% to about $4.2 billion in 2031 from more than $3.7 billion in 2030, "
            "while imports were $2.05 billion.\n")
    graph = Graph.build(extract(Article(id="t", path="t.txt", text=text, sha256="0", year_hint=2032)))
    assert len(graph.nodes) >= 3
    for closed in (False, True):
        rel = _relation(graph.nodes[:-1], graph.nodes[-1], closed)
        for n in graph.nodes:
            assert rel.box(n) == of_claim(n.claim, None, closed)
            assert rel.box(n) == of_claim(n.claim, None, closed)  # kept, the same
            # a corrected value is computed afresh, and changes no kept box
            assert rel.box(n, n.value * 10) == of_claim(n.claim, n.value * 10, closed)
            assert rel.box(n) == of_claim(n.claim, None, closed)
    # an open bound reads otherwise closed than open: the two are kept apart
    bound = next(n for n in graph.nodes if n.claim.qualifier == "more_than")
    open_box = _relation([bound], graph.nodes[0], False).box(bound)
    closed_box = _relation([bound], graph.nodes[0], True).box(bound)
    assert open_box != closed_box
    assert graph_module.Node.__dataclass_fields__["memo"].repr is False


def test_a_metric_word_kept_reads_as_it_is_read_afresh():
    """matching.metrics._norm is kept per word: the same canonical form as computed anew,
    for British spellings, plurals, `same:` groups and words it leaves as they are."""
    from factcheck.matching import metrics

    words = ["labour", "Labour", "organisations", "organisation", "harbours", "industries", "exports", "export",
             "visitors", "turnover", "receipts", "earnings", "gas", "status", "bus", "analysis", "colour's",
             "-services", "GDP", "q4", "2031", "arrivals", "trips"]
    for w in words:
        assert metrics._norm(w) == metrics._norm.__wrapped__(w), w
        assert metrics._norm(w) == metrics._norm.__wrapped__(w), w  # asked again: kept
    assert metrics._norm("labour") == metrics._norm("labor")
    assert metrics._norm("exports") == metrics._norm("export")


# (heads, mods, pairs) as main read them before the patterns were compiled once
@pytest.mark.parametrize("phrase, heads, mods, pairs", [
    ("exports of goods and services", ["export"], ["merchandise", "service"], []),
    ("imported cars", ["import"], ["car"], []),
    ("the country's trade balance", ["balance"], ["trade"], []),
    ("imports and exports", ["trade"], [], []),
    ("exports growth in USD terms", ["export"], ["terms-usd"], []),
    ("credits: services", ["service"], ["credit"], []),
    ("goods and services credits, seasonally adjusted", ["credit"], ["adjusted", "merchandise", "seasonally", "service"],
     [["merchandise", "service"]]),
    ("labour force participation rate", ["participation"], ["force", "labor"], []),
])
def test_metric_keys_read_as_before(phrase, heads, mods, pairs):
    """metric_key, its patterns compiled once and its words' forms kept, reads phrases as it did."""
    from factcheck.matching import metrics

    key = metrics.metric_key.__wrapped__(phrase)
    assert (sorted(key.heads), sorted(key.mods), sorted(sorted(p) for p in key.pairs)) == (heads, mods, pairs)


def test_the_places_a_list_names_read_once_as_they_read_afresh():
    """matching.subjects.canonical_subject is kept per list of names: the same places as read anew, in
    any of their names, and a list given twice (or as a list and as a tuple) reads the same."""
    from factcheck.matching import subjects

    variants, codes = subjects._variants(), subjects._area_codes()
    for names in (["Kenya"], ["Kenyan", "KE"], ["Viet Nam", "China"], ["UAE"], ["Bosnia"], ["Freedonia"], [], ["KEN", "kenya"]):
        plain = {codes.get(n) or variants.get(n.lower(), n.lower()) for n in names}
        assert subjects.canonical_subject(names) == plain
        assert subjects.canonical_subject(tuple(names)) == plain
        assert subjects.canonical_subject(list(names)) == plain
    assert subjects.canonical_subject(["Kenyan"]) == subjects.canonical_subject(["KE"]) == subjects.canonical_subject(["Kenya"]) == {"kenya"}
