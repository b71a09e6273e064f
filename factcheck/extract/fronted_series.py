"""The first figure of a clause whose subject names a series is that series' figure, whatever
the verb.

Class: a clause opens (after any fronted adverbial: 'So far,', 'As noted earlier by the
Ministry of Finance,', '(CNS):') with a noun phrase headed by a noun of a series ('the total
remittances inflow', 'Uganda's export earnings for the year ended April', 'Overnight guest
arrivals in November 2023', 'the state budget deficit after January 2025') and goes on, by
any verb and with no other noun of a series between, to its first figure ('reflects an
increase of 8.74 percent', 'suffered a sharp decline, falling by almost 50 per cent',
'reached 93%', 'was PLN 3,205.6 billion'). When metrics.py and sentence_frame leave that
figure without a series (their verbs of change and of being are lists; the class takes any
verb), the subject's series is the figure's.

Only a change in percent is named so (the series' growth or decline, its direction read by the
grammar or by a word of change after the clause's verb): a level or share named by its clause's
opening kept a false flag on text the rule was not written from (a spent article no rule writer
reads), which the guards here (an organisation, a subgroup, an average, another reading) did not
remove.
Pure: no I/O."""

from __future__ import annotations

import re
from typing import Optional

from factcheck.extract import grammar
from factcheck.extract.frame.positions import claim_span
from factcheck.extract.kinds import K
from factcheck.extract.metric_tidy import tidy_metric
from factcheck.extract.patterns import lazy
from factcheck.extract.vocabulary import MONTH_NAME, is_series_noun, names_no_series
from factcheck.models import Claim

# a clause's opening noun phrase runs to its first verb: words, a possessor's apostrophe, a
# hyphen, and a year in a post-modifier ('in November 2023'); no other punctuation
_NP_WORD = re.compile(r"[A-Za-z][\w'’.-]*|(?:19|20)\d\d")
_PREPOSITION = frozenset({"in", "on", "at", "by", "for", "from", "to", "of", "with", "during", "after", "before", "over",
                          "since", "as", "according", "despite", "among", "amid", "under", "between", "through"})
# where a clause may open: the sentence's start, after a fronted adverbial's comma or a colon
_CLAUSE_START = re.compile(r"^\s*|[,:]\s+|\)\s*:?\s*")
_OTHER_CLAUSE = lazy(r"[;]|\b(?:while|whereas|and|but)\s+(?:the\s+|its\s+)?[a-z]+\s+[a-z]+", re.I)
# the present-tense verbs a series takes; any past or progressive form, auxiliary or verb
# of change is read by grammar.is_verbal
_PRESENT = frozenset({"reflects", "shows", "stands", "totals", "amounts", "reaches", "represents", "accounts",
                      "makes", "hits", "sits", "remains", "comes", "constitutes", "equals", "marks", "records",
                      "registers", "posts", "reveals", "indicates", "exceeds", "tops", "suffers", "sees",
                      # reporting verbs and short past forms end the subject too ("Prime Minister Pierre says
                      # government spending …": no series opens that clause)
                      "says", "said", "expects", "notes", "adds", "believes", "estimates", "told", "led", "saw", "put",
                      "set", "got", "hit", "cut", "won", "ran"})
_TIME = re.compile(r"\b(?:(?:19|20)\d\d|year|month|quarter|half|period|week|season|" + MONTH_NAME + r")\b", re.I)
_NOT_OPENING = frozenset({"while", "whereas", "and", "but", "or", "which", "that", "who", "this", "these", "those",
                          "it", "they", "there", "so", "then", "also"})
_RANKING = frozenset({"largest", "biggest", "main", "top", "leading", "highest", "lowest", "smallest", "second", "third"})
# a part or a subgroup named after the verb: "were made up of …, which totalled", "was high among
# university graduates (…), reaching": the figure is the part's or the group's, not the whole's
_PARTS_AFTER = lazy(r"\b(?:which|who|whose|that|made\s+up|consist\w*|compris\w*|includ\w*|such\s+as|led\s+by|driven\s+by|"
                    r"among(?:st)?|excluding|except|"
                    r"mainly|mostly|namely|followed\s+by|of\s+which)\b", re.I)
_RATE_OF_CHANGE = re.compile(r"\b(?:growth|decline|change|increase|decrease|rate|inflation)$", re.I)
# an average over a span is not the series' level at a time: "non-oil revenues have remained
# relatively stable, averaging between TT$30 billion and TT$35 billion annually", "job gains have
# averaged 218,000 per month"
_AVERAGE = lazy(r"\b(?:averag\w*|on\s+average|annually|per\s+(?:year|annum|month|week|day)|a\s+(?:year|month|week|day))\b", re.I)
# a figure that is another reading of the series than the subject's own: a standard or plan it is
# set against ("fell short of the target of", "exceeded the budgeted", "the projected"), a past
# extreme or average ("the previous record of", "a peak of"), or the base of a comparison ("higher
# than the", "compared with", "against")
_OTHER_READING = lazy(r"\b(?:targets?|goals?|budget(?:ed)?|projections?|projected|forecasts?|plan(?:ned)?|estimates?|"
                      r"ceilings?|limits?|thresholds?|benchmarks?|quotas?|allocations?|records?|peaks?|highs?|lows?)\b|"
                      # a comparison's base right before the figure ("compared to the previous month, to"
                      # sets a time, not a figure)
                      r"\b(?:than|compared\s+(?:to|with)|against|versus)\s+[^,;\d]{0,40}$", re.I)
_DETERMINERS = re.compile(r"^(?:the|its|their|our|this)\s+", re.I)


def _verb(word: str) -> bool:
    return word.lower() in _PRESENT or grammar.is_verbal(word)


def _a_name(words: list[str], head: int, cut: int) -> bool:
    """The noun phrase is a capitalised name whose modifier the series noun is ('The Job
    Centre', 'Uganda Revenue Authority', 'the Export Development Board'): an organisation, the
    clause's agent, not a series. Its first word may be capitalised as the sentence's."""
    after = words[head + 1: cut]
    return (head > 0 and words[head][:1].isupper()) or any(w[:1].isupper() for w in after)


def _change_between(rest: str) -> Optional[str]:
    """The direction a word of change between the clause's verb and its figure gives ('also
    decreased compared to August 2023 by', 'rose sharply last month, by', 'an increase of')."""
    for w in re.findall(r"[A-Za-z]+", rest):
        d = grammar.change_direction(w) or grammar.change_noun_direction(w)
        if d:
            return d
    return None


def opening_series(left: str) -> Optional[str]:
    """The series the clause before a figure opens with ('So far, the total remittances
    inflow reflects an increase of' → 'total remittances inflow'), when no other noun of a
    series stands between it and the figure; None otherwise."""
    opening = _opening(left)
    return opening[0] if opening else None


def _opening(left: str) -> Optional[tuple[str, str]]:
    """`opening_series` with the text from the clause's verb to the figure."""
    found, tail = None, ""
    for start in _CLAUSE_START.finditer(left):
        words, at = [], start.end()
        verb = None
        for m in re.finditer(r"\S+", left[at:]):
            w = m.group(0)
            if not _NP_WORD.fullmatch(w):
                break
            if words and _verb(w):
                verb = at + m.start()
                break
            words.append(w)
            if len(words) > 9:
                break
        if verb is None or not words or words[0].lower() in _PREPOSITION or words[0].lower() in _NOT_OPENING \
                or any(w.lower() in _RANKING for w in words):
            continue  # a fronted phrase, a clause joined to another, an anaphor, or a ranking ("the largest import category")
        # the head: the last noun of a series before any post-modifier
        cut = next((i for i, w in enumerate(words) if i and w.lower() in _PREPOSITION), len(words))
        head = [i for i, w in enumerate(words[:cut]) if is_series_noun(w)]
        if not head or head[-1] < cut - 2 or any(is_series_noun(w) for w in words[cut:]):
            continue  # no series noun heads it, or "exports of goods to the EU": read by metrics.py
        if _a_name(words, head[-1], cut):
            continue  # "The Job Centre is also reporting", "the Uganda Revenue Authority collected": an agent
        rest = left[verb:]
        if _OTHER_READING.search(rest):
            continue  # "fell short of the target of", "higher than the $3.1 billion recorded": the figure is another reading's
        if _PARTS_AFTER.search(rest):
            continue  # "exports were made up of semi-finished products, which totalled": the figure is a part's
        if any(is_series_noun(w) for w in re.findall(r"[A-Za-z][\w-]*", rest)) or _OTHER_CLAUSE.search(rest):
            continue
        # a time after the head is the figure's period, not its series ("for the year", "in November 2023")
        found, tail = " ".join(words[:cut] if _TIME.search(" ".join(words[cut:])) else words), rest
    if found is None:
        return None
    np = tidy_metric(_DETERMINERS.sub("", found), left)
    return None if names_no_series(np) else (np, tail)


def name_from_opening(claims: list[Claim]) -> None:
    """The first figure of its sentence, left without a series, takes the series its clause
    opens with (`opening_series`)."""
    if not claims:
        return
    c = claims[0]
    if c.kind not in (K.PERCENT, K.MONEY, K.COUNT, K.MEASURE) or not names_no_series(c.metric) \
            or c.context.get("ratio_to_gdp"):
        return
    opening = _opening(c.sentence[: claim_span(c)[0]])
    if opening is None:
        return
    series, rest = opening
    if _AVERAGE.search(rest) or _AVERAGE.search(c.sentence[claim_span(c)[0]: claim_span(c)[0] + len(c.surface) + 12]):
        return
    change = None
    if c.kind == K.PERCENT and not _RATE_OF_CHANGE.search(series):
        # a percent the clause's verb or noun of change governs is that series' change, though the
        # number grammar read no direction beside it ('Imports also decreased compared to August
        # 2023 by 13.7pc'); a series that is itself a rate of change keeps its name
        # ('Semiconductor export growth bottomed out at -40 percent')
        change = c.context.get("change") or _change_between(rest)
    if not change:
        # only a change in percent takes the opening series: a level or a share named so added a false
        # flag on text the rule was not written from, whose class the guards above did not find
        return
    c.metric = f"{series} {'decline' if change == 'down' else 'growth'}"
