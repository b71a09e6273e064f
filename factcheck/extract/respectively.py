"""Coordinations paired member by member with a list of figures ('respectively').

    with arrivals from Japan and South Korea increasing by 10 percent and 20 percent, respectively
    The growth in the agriculture, forestry and fishing, mining and quarrying, manufacturing,
        and construction is estimated to be 3 percent, 3 percent, 5.1 percent and 4.3 percent respectively
    the GDP growth rates for Q1 and Q2 of 2017-18 were 5.7 percent and 6.5 percent respectively

The n-th member goes with the n-th figure: a place is that figure's subject, a time its
period, anything else the series it measures. Pure: no I/O.
"""

from __future__ import annotations

import re
from typing import Optional

from factcheck.extract.patterns import lazy

_RESPECTIVELY = lazy(r"\brespectively\b", re.I)
_LAST_AND = lazy(r"^(?P<rest>.*?),?\s+(?:and|or)\s+(?P<last>[^,;]+)$", re.S)
_AUXILIARIES = lazy(r"\s+(?:is|are|was|were|has|have|had|be|been)(?:\s+(?:estimated|expected|projected|likely))?(?:\s+to)?$")
_LAST_PREPOSITION = lazy(r"^(?P<head>.*\b(?:in|of|for|from|to|by|on|at|among|between))\s+(?P<member>[^,]+)$", re.I | re.S)
_DETERMINER = lazy(r"^(?:the|its|their|a|an)\s+", re.I)
_OPENING = lazy(r"[“\"]|:\s")
_ENDS_PREPOSITION = lazy(r"\b(?:of|from|for|on|to)$", re.I)
_TRAILING_WORD = lazy(r"\s([A-Za-z]+)$")
_FLOATING = frozenset({"both", "all", "each", "also", "together", "jointly", "respectively"})
_FIGURE_GAP = lazy(r"^\s*(?:,\s*)?(?:and\s+|or\s+)?$", re.I)
# where the clause of the list opens: "Revenue from gas dropped 11.5 per cent, while customs
# duty and corporate income tax contributed RO 199.6 million and RO 603.7 million"
_CLAUSE_OPENS = lazy(r"(?:[,;]\s*|\b)(?:while|whereas|but)\s+|;\s*", re.I)
# a verb the verb list does not know, in the past tense after a coordination ("customs duty and
# corporate income tax contributed", "Machinery and minerals also chalked up"): lower case, so
# that no name ("United") is taken for one
_PAST_AFTER_AND = lazy(r"\s(?:and|&)\s[^,;]*?\s(?P<verb>[a-z]+ed)\b")


def members(sentence: str, figures: list[tuple[int, int]]) -> Optional[tuple[list[str], str]]:
    """For figures (start, end) coordinated before 'respectively', the members of the
    coordination right before their verb ('A, B and C were N1, N2 and N3, respectively'),
    and the head the first member carries ('arrivals from' Japan), else None."""
    n = len(figures)
    if n < 2:
        return None
    from factcheck.extract import context

    region = sentence[: figures[0][0]]
    verb = _verb_of_list(region)
    if verb is None:
        return None
    region = region[: verb].rstrip()
    # "exports and imports both recorded decreases, at 7.4% and 12.3%": the verb before a
    # noun of change, and a floating quantifier before it, close the members too
    while True:
        tail = _TRAILING_WORD.search(region)
        if tail is None or not (tail.group(1).lower() in _FLOATING
                                or (context.last_verb(tail.group(1)) is not None and len(region.split()) > 2)):
            break
        region = region[: tail.start()].rstrip()
    region = _AUXILIARIES.sub("", region)
    split = _LAST_AND.match(region)
    if split is None:
        return None
    found = [split.group("last")]
    rest = split.group("rest").rstrip(" ,")
    while len(found) < n - 1:
        comma = rest.rfind(", ")
        if comma < 0:
            return None
        found.insert(0, rest[comma + 2:])
        rest = rest[:comma]
    first = rest[rest.rfind(", ") + 2:] if ", " in rest else rest
    head = ""
    at = _LAST_PREPOSITION.match(first)
    if at and len(first.split()) > 2:
        head, first = at.group("head"), at.group("member")
    found.insert(0, _CLAUSE_OPENS.sub("", first, count=1) if _CLAUSE_OPENS.match(first) else first)
    if any(len(m.split()) > 8 for m in found):
        return None
    return [_DETERMINER.sub("", m).strip(" ,") for m in found], head


def _verb_of_list(region: str) -> Optional[int]:
    """Where the verb of a 'respectively' list's members stands in the text before its first
    figure: the last known verb of the list's own clause, else a past tense after a
    coordination there (a verb the list does not know), else the last known verb before it."""
    from factcheck.extract import context

    opens = [m.end() for m in _CLAUSE_OPENS.finditer(region)]
    start = opens[-1] if opens else 0
    verb = context.last_verb(region[start:])
    if verb is not None:
        return start + verb.start()
    past = None
    for past in _PAST_AFTER_AND.finditer(region, start):
        pass
    if past is not None:
        return past.start("verb")
    verb = context.last_verb(region)
    return None if verb is None else verb.start()


def coordinated_figures(claims: list) -> list:
    """The run of figures of one kind, coordinated right before 'respectively'."""
    m = _RESPECTIVELY.search(claims[0].sentence) if claims else None
    if not m:
        return []
    before = [c for c in claims if c.local[1] <= m.start()]
    run: list = []
    for c in reversed(before):
        if run:
            gap = c.sentence[c.local[1]: run[0].local[0]]
            if c.kind != run[0].kind or not _FIGURE_GAP.match(gap):
                break
        run.insert(0, c)
    return run if len(run) >= 2 else []


# a figure, not a date or a quarter's name: "2.7%", "K7,948.6 million", "3.5"
_FIGURE_INSIDE = re.compile(r"\d\s*(?:%|per\s?cent|percent|million|billion|trillion)|\d,\d{3}|\d\.\d", re.I)


def distribute(claims: list, exprs: list) -> None:
    """Give each figure of a 'respectively' list what its member names."""
    from factcheck.extract import context, placenames

    run = coordinated_figures(claims)
    if not run:
        return
    found = members(run[0].sentence, [c.local for c in run])
    if found is None:
        return
    names, head = found
    # 'The bank said: "Revenues from exports of': a quotation or a colon opens the phrase
    head_words = _DETERMINER.sub("", _OPENING.split(head)[-1].strip()).strip()
    if any(_FIGURE_INSIDE.search(n) or len(n.split()) > 8 for n in [*names, head_words]):
        return  # a member or head that runs over another figure or a clause was not read as the list's
    series = re.sub(r"^(?:with|and|as)\s+|\s+(?:in|of|for|from|to|by|on|at|among|between)$", "", head_words, flags=re.I)
    for c, member in zip(run, names):
        if placenames.is_name(member):
            c.subject = placenames.subjects(member)
            if not c.metric and series:  # "arrivals from Japan and South Korea increasing by 10 and 20 percent"
                c.metric = f"{series} {'decline' if c.direction == 'down' else 'growth'}" if c.role == "growth" else series
            continue
        when = next((e for e in exprs if e.span is not None and e.text.lower() in member.lower()), None)
        if when is not None:
            c.period = when.period
            continue
        role = re.search(r"\s+(growth|decline)$", c.metric or "")
        if _ENDS_PREPOSITION.search(head_words):
            # "value of" rice, "revenues from exports of" coal (capitalised as a quotation opens)
            c.metric = f"{context.lower_opening(head_words)} {member}"
        else:
            member = context.lower_opening(member)
            c.metric = f"{member} {head_words}".strip() if head_words else member
        if role is None and c.role == "growth":  # a growth is named as one, as the metric namer does
            role = re.search(r"(growth|decline)$", "decline" if c.direction == "down" else "growth")
        if role and not c.metric.endswith(role.group(1)):
            c.metric = f"{c.metric} {role.group(1)}"
        c.context["respectively"] = True


# what joins two times of a list: "2020 and 2021", "July, August and September", "in 2020 and in 2021"
_TIMES_JOINED = lazy(r"\s*(?:,\s*(?:and\s+)?|\s(?:and|&)\s+)(?:(?:in|for|during)\s+)?(?:the\s+)?", re.I)
# what joins two figures of a list, a noun of the first allowed ("787 and 825 tourists",
# "6.8 percent, 2.7 percent and 3.8 percent"; not "5% to $3.1 billion")
_FIGURES_JOINED = lazy(r"(?:\s+[a-z]+){0,2}?\s*(?:,\s*(?:and\s+)?|\s(?:and|&)\s+)(?:about\s+|around\s+|nearly\s+|some\s+|roughly\s+)?", re.I)
# the farthest the word stands from the list it closes: a noun, a comma, a time between
_TO_RESPECTIVELY = 40


def _runs(places: list[tuple[int, int]], joined, sentence: str) -> list[list[int]]:
    """The runs of two or more places (start, end), in text order, that `joined` links one to
    the next, as lists of their indexes."""
    cuts = [0, *(i for i in range(1, len(places)) if not joined.fullmatch(sentence, places[i - 1][1], places[i][0])), len(places)]
    return [list(range(a, b)) for a, b in zip(cuts, cuts[1:]) if b - a > 1]


def paired_times(claims: list, sentence: str, exprs: list) -> dict[int, int]:
    """claim index → index of the time 'respectively' pairs it with: one list of times and
    lists of as many figures, ending before the word, matched in order ("exports were $3.1
    billion and $3.4 billion in 2020 and 2021, respectively"; "For 2025 and 2026, remittances
    are forecast at $1.43 billion and $1.48 billion, respectively"). Times that compare ("up
    5% and 7% on 2020 and 2021") are bases, no figure's own."""
    word = _RESPECTIVELY.search(sentence)
    if word is None or len(claims) < 2 or len(exprs) < 2:
        return {}
    timed = [i for i, e in enumerate(exprs) if e.end <= word.start() and not e.base and "rate" not in e.tags
             and (e.span is not None or e.shift is not None)]
    time_runs = _runs([(exprs[i].start, exprs[i].end) for i in timed], _TIMES_JOINED, sentence)
    if len(time_runs) != 1:
        return {}  # no list of times, or two: nothing says which one is meant
    times = [timed[j] for j in time_runs[0]]
    before = sorted((k for k, c in enumerate(claims) if c.local[1] <= word.start()), key=lambda k: claims[k].local[0])
    figure_runs = [[before[j] for j in run] for run in _runs([claims[k].local for k in before], _FIGURES_JOINED, sentence)]
    # the word closes the list it follows: the last list, of figures or times, ends just before it
    if word.start() - max([exprs[times[-1]].end] + [claims[r[-1]].local[1] for r in figure_runs]) > _TO_RESPECTIVELY:
        return {}
    return {k: i for run in figure_runs if len(run) == len(times) for k, i in zip(run, times)}


def figures_named_before(claims: list, sentence: str) -> dict[int, int]:
    """claim index → index of the figure it stands for: a list of figures closed by 'respectively'
    with no list of members before it refers, member by member, to as many figures stated
    before it in the sentence, each with a time of its own ("figures for 2022 surged to
    170,696 and … to 248,129 in 2023, representing increases of 73% and 45%, respectively"): as
    many figures as the list has, right before it."""
    word = _RESPECTIVELY.search(sentence)
    if word is None or len(claims) < 4:
        return {}
    before = sorted((k for k, c in enumerate(claims) if c.local[1] <= word.start()), key=lambda k: claims[k].local[0])
    runs = _runs([claims[k].local for k in before], _FIGURES_JOINED, sentence)
    if not runs or before[runs[-1][-1]] != before[-1]:
        return {}  # the word closes no list of figures
    run = [before[j] for j in runs[-1]]
    if word.start() - claims[run[-1]].local[1] > _TO_RESPECTIVELY:
        return {}
    earlier = [k for k in before if claims[k].local[1] <= claims[run[0]].local[0]][-len(run):]
    if len(earlier) < len(run):
        return {}
    return dict(zip(run, earlier))
