"""Small predicates the rules share about a node of the graph."""

from __future__ import annotations

import re
from typing import Optional

from factcheck.extract.patterns import lazy, triggered
from factcheck.models import Claim
from factcheck.relations.graph import AMOUNT_KINDS, BOUNDS, CHANGE, GROWTH, Graph, Node, is_compared, per_node, series_compatible

#: A group larger than this is a table, not prose: its figures are left alone.
MAX_GROUP = 40


def one_value(found: list[Node]) -> Optional[Node]:
    """The figure of `found` when they give one value (restatements agree), else None."""
    return found[0] if found and len({round(n.value, 9) for n in found}) == 1 else None


def is_level(n: Node) -> bool:
    return n.level


def exact_or_bound(n: Node) -> bool:
    """A figure printed exact, or as a bound ("more than US$1,722 million"): a bound can
    break an identity (a rise of 7.16% to more than 1,722 from 1,598, which is at least
    7.76%), and confirms one only read as the digits it prints (bounds.read_closed)."""
    return n.claim.qualifier == "exact" or n.claim.qualifier in BOUNDS


def is_change(n: Node) -> bool:
    """An absolute change with its direction (or its printed sign)."""
    return n.change


def signed(n: Node) -> int:
    """−1 for a change printed positive that a word says is a fall."""
    return -1 if n.role == CHANGE and n.value > 0 and n.claim.direction == "down" else 1


def after_previous_figure(graph: Graph, n: Node, skip=lambda m: False) -> int:
    """Where the words governing a figure begin in its sentence: the end of the figure
    before it (passing over those `skip` accepts), or the sentence's start."""
    sentence = graph.sentence_of(n)
    i = sentence.index(n)
    while i and skip(sentence[i - 1]):
        i -= 1
    return sentence[i - 1].local[1] if i else 0


#: Words that say a balance is negative, so its unsigned figure is a size: "the negative
#: balance ... $8.975 billion", "was negative and amounted to $2.267 billion", "the trade
#: deficit widened to $4 billion", "a $3bn shortfall".
_NEGATIVE_BALANCE = re.compile(r"\b(?:negative|passive|deficits?|shortfalls?|gap|in\s+the\s+red)\b", re.I)


def balance_sign(graph: Graph, n: Node) -> int:
    """−1 for the level of a balance printed without a sign whose own words (from the
    figure of another series before it in the sentence, or the word right after it) say it
    is negative: "the negative balance ... increased 9 times ..., to $8.975 billion"."""
    if n.concept != "balance" or not n.level or n.value <= 0 or n.claim.surface.lstrip()[:1] in "-−–":
        return 1
    # the balance's own change ("increased by 35% ... and reached") says nothing of its sign
    start = after_previous_figure(graph, n, skip=lambda m: m.concept == n.concept)
    own = n.claim.sentence[start: n.local[0]] + " " + " ".join(n.claim.sentence[n.local[1]:].split()[:1])
    return -1 if _NEGATIVE_BALANCE.search(own) or _DEFICIT_AFTER.match(n.claim.sentence, n.local[1]) else 1


# the balance's name between the figure and the word ("$311.7 million trade deficit", "a
# $2bn current-account shortfall")
_DEFICIT_AFTER = re.compile(r"\s*(?:(?:trade|budget|budgetary|fiscal|current[- ]account|account|merchandise|goods|"
                            r"external|primary|overall|commercial)\s+){1,2}(?:deficits?|shortfalls?)\b", re.I)


def subject_of(graph: Graph, n: Node) -> frozenset:
    """The subject a figure is about: its own, or (a sentence naming none) the one the
    text was last about."""
    return n.topic


# "a drop of almost one third, not 50 percent", "3.2 million rather than 4 million": the
# text sets the figure aside ("not only", "not less than", "not yet" keep it)
_DENIED = re.compile(r"(?:\bnot|\brather\s+than|\binstead\s+of)\s+(?:the\s+|a\s+)?$", re.I)


def denied(c: Claim) -> bool:
    """A figure the text itself rejects, named right after "not", "rather than" or "instead
    of" with a comma or dash before: no statement of the article to check."""
    start, end = c.local
    if not end or not c.sentence:
        return False
    before = c.sentence[max(0, start - 30): start]
    m = _DENIED.search(before)
    return bool(m) and before[: m.start()].rstrip()[-1:] in (",", "-", "–", "—")


#: Words that make a figure a forecast, estimate or target rather than an outcome.
# lazy, so that a search skips to the characters a match can begin with (patterns.first_chars)
IRREALIS = lazy(r"\b(?:expect\w*|forecast\w*|estimat\w*|project(?:ed|ion|ions|s)?|predict\w*|consensus|"
                      r"analysts?|target\w*|aim\w*|goal|plan(?:s|ned)?|would|could|might|(?-i:may)|budget\w*|guidance|"
                      r"will|hope[sd]?|seek\w*|sights|dream\w*|ambition\w*|aspir\w*|objectives?)\b", re.I)


@per_node
def irrealis(graph: Graph, n: Node) -> bool:
    """The words governing the number (from the figure before it in the sentence, at most
    60 characters) make it a forecast, estimate or target ("above forecasts of +10k"), or
    its period lies after the article's date ("5 million visitors by 2029")."""
    if graph.future(n):
        return True
    start = after_previous_figure(graph, n)
    return bool(IRREALIS.search(n.claim.sentence[max(start, n.local[0] - 60): n.local[0]]))


def sign(n: Node) -> Optional[int]:
    """How the printed value reads as a signed change: −1 for "fell 3%" (3, down), +1 for
    "rose 3%" and for a printed "-82%" (the sign is in the value already)."""
    if n.value < 0:
        return 1
    d = n.claim.direction or n.claim.context.get("change")
    return -1 if d == "down" else 1 if d == "up" else None


def attached_level(graph: Graph, g: Node) -> Optional[Node]:
    """The level a growth rate is of, in its sentence: "rose 7.1 percent to 25.45
    trillion", "25.45 trillion, up 7.1 percent" (the nearest figure of the same series,
    with no other figure between them)."""
    sentence = graph.sentence_of(g)
    i = sentence.index(g)
    for step in (1, -1):
        j = i + step
        while 0 <= j < len(sentence) and sentence[j].kind not in AMOUNT_KINDS:
            j += step
        if 0 <= j < len(sentence):
            n = sentence[j]
            if is_level(n) and not is_compared(n) and (n.series == g.series or not g.series and not n.series) \
                    and (n.period == g.period or n.period is None or g.period is None):
                return n  # the level of the growth's own period (a table row lists several)
    return None


_WORD = re.compile(r"[A-Za-z]+")


def level_figures(nodes: list[Node], unit: str, kinds: frozenset = AMOUNT_KINDS) -> list[Node]:
    """The figures of `nodes` a change may be worked from: of `unit` and `kinds`, neither a
    change nor a conversion of another figure."""
    return [n for n in nodes if n.unit == unit and n.kind in kinds and n.role not in (GROWTH, CHANGE)
            and not n.claim.context.get("converted")]


def workable_pair(old: Node, new: Node) -> bool:
    """Two levels of one series a change can be worked from: the earlier one printed exact
    and not zero, the later one exact or a bound."""
    return series_compatible(old, new) and bool(old.value) and old.exact and exact_or_bound(new)


def from_to(graph: Graph, anchor: Node, unit: str, kinds: frozenset,
            include_anchor: bool = False) -> Optional[tuple[Node, Node]]:
    """(earlier, later) levels of one series in the anchor's sentence: the one figure a
    change is measured from ("from X", "compared with X", "against X") and the one other."""
    figures = level_figures([n for n in graph.sentence_of(anchor) if include_anchor or n is not anchor], unit, kinds)
    olds = [n for n in figures if is_compared(n)]
    if len(olds) != 1:
        return None
    old = olds[0]
    news = [n for n in figures if n is not old]
    if len(news) > 1:
        news = [n for n in news if re.search(r"\bto\s+$", n.before(8))]
    if len(news) != 1:
        return None
    new = news[0]
    return (old, new) if workable_pair(old, new) else None


def change_word_near(c) -> bool:
    """A word of change (a verb, a particle, a noun) among the few words before the
    figure or right after it: "fell 3%", "down 3%", "a 3% decline", "3% lower"."""
    from factcheck.extract import grammar

    local = c.local
    before = _WORD.findall(c.sentence[max(0, local[0] - 40): local[0]])[-4:]
    after = _WORD.findall(c.sentence[local[1]: local[1] + 25])[:3]
    return any(grammar.change_direction(w.lower()) or grammar.particle_direction(w.lower())
               or w.lower() in _CHANGE_NOUNS for w in before + after + _WORD.findall(c.surface))


_CHANGE_NOUNS = frozenset({"increase", "rise", "gain", "jump", "growth", "decrease", "decline", "drop", "fall",
                           "reduction", "contraction", "slump", "surge", "higher", "lower", "more", "fewer", "less",
                           "up", "down", "plus", "minus", "negative", "positive"})


# (every match holds "when": the window before most figures has none, and is not searched)
_WHEN_PAST = triggered(re.compile(r"\bwhen\s+[^.;:()]{0,60}?\b(?:was|were|stood|had\s+been)\s+(?:at\s+|about\s+|around\s+)?$",
                                  re.I), ("when",))


@per_node
def another_time(n: Node) -> bool:
    """The figure is the predicate of a past-tense "when" clause ("126,000 more than in
    January 2016 (when the rate was 11.6%)"): of the time that clause names, not
    necessarily of the period the sentence states."""
    return bool(_WHEN_PAST.search(n.before(80)))
