"""The tidying of a metric string read by metrics.py: punctuation, a capital that only marks
the sentence's start, a dateline, a results headline's reporting period, the words a phrase ran
back over (a figure, a conjunction, a discourse adverb), and possessors that say whose figure
it is rather than what is measured. Pure: no I/O."""

from __future__ import annotations

import functools
import re
from typing import Optional

from factcheck.extract import placenames
from factcheck.extract.patterns import lazy


_OPENS_AT = lazy(r"(?:^|[—–:-])\s*$")


def _opens_at(text: str) -> bool:
    """_OPENS_AT.search(text), without trying the pattern at every position: nothing but
    white space, or a dash or colon then white space at most (\\s is what str.isspace is)."""
    rest = text.rstrip()
    return not rest or rest[-1] in "—–:-"


#: Words of a stretch of time ("the first two months", "the next four months"): a phrase of
#: them alone says when, never what is measured.
_TIME_PHRASE_WORDS = frozenset({
    "the", "of", "this", "next", "first", "second", "third", "fourth", "last", "past", "same", "current", "previous",
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "day", "days", "week", "weeks", "month", "months", "quarter", "quarters", "year", "years", "half", "period"})


def _time_phrase(metric: str) -> bool:
    ws = metric.lower().split()
    return bool(ws) and all(w in _TIME_PHRASE_WORDS for w in ws) and not all(w in ("the", "of", "this") for w in ws)


def tidy_metric(metric: Optional[str], sentence: str) -> Optional[str]:
    """Strip punctuation; lower-case a capital that only marks the sentence start
    ("Exports rose ..." → "exports"), never a name ("GDP", "China's")."""
    if not metric:
        return metric
    metric = metric.strip(" .,;:!?\"'“”‘’()")
    if _time_phrase(metric):
        return None  # "in the first two months of the year, reaching US$352 million": a time
    # "ALGIERS- trade deficit": a dateline opens the text; the series is named after it
    metric = _DATELINE.sub("", metric) or metric
    # "3Q net profit", "1H revenue", "Q3 FY2024 earnings": the reporting period a results
    # headline puts before the series says when (the frame reads it), not what is measured
    metric = _without_reporting_period(metric, sentence)
    # (the steps that read the phrase alone are kept by phrase: the same phrase names the
    # figures of many sentences, "exports", "the trade deficit")
    metric = _tidy_phrase(metric)
    if metric is None:
        return None
    first = metric.split(" ", 1)[0]
    at = sentence.find(first)
    # capitalised only because it opens the sentence (or follows a dateline dash or a colon)
    opening = at == 0 or (at > 0 and _opens_at(sentence[:at]))
    if opening and first[:1].isupper() and first[1:].islower() and not placenames.subjects(first):
        metric = first.lower() + metric[len(first):]
    return metric or None


@functools.lru_cache(maxsize=1 << 12)
def _tidy_phrase(metric: str) -> Optional[str]:
    """tidy_metric's steps that read only the phrase, not its sentence; None where no series is left."""
    if _HAS_DIGIT.search(metric):
        metric = _after_figures(metric)
        if not metric or all(w in _CHANGE_ONLY for w in metric.lower().split()):
            return None  # "down K1.3 billion decline": no series left
    # "billion and exports", "2024 showed revenues": the phrase ran back over the end of the
    # figure or clause before; what follows the conjunction or the verb names the series
    ran_back = _RAN_BACK.match(metric)
    if ran_back:
        metric = _FILLER_LEAD.sub("", metric[ran_back.end():]) or metric
    metric = _LEADING_PP.sub("", metric)  # "ended in a surplus of" → "surplus"
    metric = _DISCOURSE_LEAD.sub("", metric)  # "Furthermore imports declined": the adverb links sentences
    # "The trade balance therefore remains negative", "arrivals thus far rose": an adverb
    # between the subject and its verb links the sentence or says when, never which series
    metric = _DISCOURSE_TRAIL.sub("", metric) or metric
    # "U.S.-bound exports": the destination is a partner (frame), what is left names the flow
    metric = _BOUND_LEFT.sub("", metric) or metric
    metric = _QUANTIFIER_OF.sub("", metric)  # "most of imports were from …" → "imports"
    # "1,145,743 more travelers than in 2021": the comparative marks the figure a change (roles);
    # the series is the travelers, the same as the level's
    metric = _COMPARATIVE_LEAD.sub("", metric) or metric
    # "the value of the Kingdom's total exports", "the government’s total public
    # expenditure": the possessor says whose figure it is (the subject), not which series
    metric = strip_possessors(metric)
    # "a narrower deficit of $456.6 million": the comparative says how the balance moved
    metric = _COMPARATIVE_BALANCE.sub("", metric)
    if placenames.subjects(metric) and not _NAME_JOINERS.sub("", placenames.strip_names(metric)):
        # "Japan recorded …", "the UAE with $4.7 billion": names (under any of their names)
        # are the subject, not what is measured
        return None
    return metric


_HAS_DIGIT = lazy(r"\d")
# "3Q", "H1", "9M", "3QFY2024": reporting periods of results
# (a fiscal year alone, "the FY2025 budget", stays: it tells a plan from its revisions)
_REPORTING_PERIOD = lazy(r"(?<![\w-])(?:[1-4]Q|Q[1-4]|[12]H|H[12]|[369]M)(?:\s*FY\s?(?:\d{4}|\d{2}))?(?![\w-])")


def _without_reporting_period(metric: str, sentence: str) -> str:
    """The metric without a reporting-period token, also one whose digit the phrase reader
    left behind ("1H net profit" read as "H net profit")."""
    first = metric.split(" ", 1)[0]
    if first in ("Q", "H", "M"):
        cut = re.search(r"(?<![\w-])(\d)" + first + r"(?:\s*FY\s?\d{2,4})?\s+" + re.escape(metric[2:].split(" ", 1)[0]), sentence)
        if cut and _REPORTING_PERIOD.fullmatch(cut.group(1) + first):
            metric = metric[len(first) + 1:]
    cut = _REPORTING_PERIOD.sub(" ", metric)
    return " ".join(cut.split()) or metric if cut != metric else metric


_DISCOURSE_LEAD = lazy(r"^(?:furthermore|moreover|meanwhile|however|additionally|likewise|similarly|besides|"
                       r"nevertheless|nonetheless|consequently|accordingly|conversely)\b,?\s+(?=\S)", re.I)
_DISCOURSE_TRAIL = lazy(r"\s+(?:therefore|thus(?:\s+far)?|so\s+far|hence|however|meanwhile|consequently|accordingly|"
                        r"nevertheless|nonetheless|likewise|similarly|too|also)$", re.I)
_BOUND_LEFT = lazy(r"^(?:[A-Z][\w.]*)?-?bound\s+(?=[a-z])")
_DATELINE = lazy(r"^[A-Z][A-Z.'’ ]{2,}?\s*[-–—]+\s+(?=\S)")
_CHANGE_ONLY = frozenset({"growth", "decline", "increase", "decrease", "rise", "fall", "drop", "gain", "change", "up", "down"})
#: A figure inside a metric phrase ("2.1 billion and imports"): the phrase ran back over the
#: figure before; a year, or a digit inside a name ("FY10", "G20"), is no figure.
#: A currency written in letters before its figure is part of it when a scale word follows ("SR339
#: billion", "Rs 52 billion", "N6.49 trillion"; never a name such as "G20" or "FY10"), and a scale
#: word may be joined to its figure by a hyphen ("$24.6-billion").
_FIGURE_IN_PHRASE = lazy(r"(?<![\w-])(?:[$€£¥]|[A-Z][A-Za-z]{0,2}\$?\s?(?=\d[\d.,]*[\s-]*(?:bn|mn|billion|million|thousand|trillion)\b))?"
                         r"(?!(?:19|20)\d\d\b)\d[\d.,]*(?:[\s-]*(?:%|per\s?cent\b|percent\b|"
                         r"(?:b|m|k|bn|mn|billion|million|thousand|trillion|crore|lakh)\b))?(?![\w])(?:\s+(?:[A-Z]{3}|dollars?|"
                         r"euros?|pounds?|francs?|yen|yuan|rupees?|tonnes?|tons?)\b)?", re.I)
_RAN_BACK = lazy(r"^(?:(?:bn|mn|billion|million|trillion|(?:U\.?S\.?\s+)?dollars?|euros?|pounds?|yuan|yen|rupees?|francs?|naira|"
                 r"shillings?|riyals?|dirhams?|ringgit|pesos?|(?-i:[A-Z]{3}))\b[\s,]*(?=(?:and|or|while|whereas|but)\s)"
                 r"|(?:\S+\s+){0,6}?(?:19|20)\d\d\s+(?:showed|shows|revealed|reveals|recorded|records|registered|posted|saw)\s+(?=[a-z]))",
                 re.I)
_FILLER_LEAD = lazy(r"^(?:\s|,|\b(?:and|or|but|with|while|whereas|instead|which|of|to|at|in|for|over|from|by|than|as)\b)+",
                    re.I)


def _after_figures(metric: str) -> str:
    """The words after the last figure in a metric phrase, the conjunction or preposition
    that joined them to it left out: "2.1 billion and imports" → "imports"."""
    last = None
    for last in _FIGURE_IN_PHRASE.finditer(metric):
        pass
    if last is None:
        return metric
    return _FILLER_LEAD.sub("", metric[last.end():]).strip(" .,;:")


_COMPARATIVE_BALANCE = lazy(r"^(?:narrower|wider|larger|smaller|bigger|greater|higher|lower|deeper)\s+"
                            r"(?=(?:[a-z]+\s+)?(?:deficits?|surplus(?:es)?|gaps?|balances?)\b)", re.I)
_TIME_POSSESSOR = lazy(r"(^|\s)(?:(?:this|last|next|the\s+previous|the\s+same)\s+)?(?:year|month|quarter|week|season)['’]s\s+(?=[a-z])", re.I)
_POLITY_POSSESSOR = lazy(r"(^|\s)(?:the\s+)?(?:country|nation|government|state|kingdom|island|islands|territory|republic|"
                         r"federation|union|bloc)['’]s\s+(?=[a-z])", re.I)


def strip_possessors(metric: str) -> str:
    """Drop a possessor that names a polity ('the Kingdom's', 'the government’s') or a
    place the extractor knows ('Viet Nam’s'), never a common noun ('women's')."""
    if "'" not in metric and "’" not in metric:
        return metric
    metric = _POLITY_POSSESSOR.sub(r"\1", metric)
    metric = _TIME_POSSESSOR.sub(r"\1", metric)  # "this year's trade volume": a time, not whose
    for start, end, _ in sorted(placenames._mentions(metric), reverse=True):
        tail = re.match(r"['’]s\s+(?=[a-z])", metric[end:])
        if tail:
            lead = re.search(r"(?:^|\s)(?:the\s+)?$", metric[:start], re.I)
            metric = metric[: lead.start() if lead else start] + (" " if lead and lead.start() else "") + metric[end + tail.end():]
    return metric.strip()


_NAME_JOINERS = lazy(r"\b(?:the|and)\b|[\s,&]", re.I)
_COMPARATIVE_LEAD = re.compile(r"^(?:more|fewer)\s+(?!than\b|and\b|or\b)", re.I)
_QUANTIFIER_OF = lazy(r"^(?:most|much|all|part|some|half|the\s+bulk|the\s+majority|the\s+rest)\s+of\s+(?:the\s+)?(?=[a-z])", re.I)
_LEADING_PP = lazy(r"^(?:in|into|with|at|to|on)\s+(?:a|an|the)\s+(?=[a-z])")
