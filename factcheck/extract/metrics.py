"""What each number measures: its metric, read with the shallow grammar of statistical
statements (grammar.py) and the context words (context.py), and the metrics a sentence
states once for several numbers ('rose 5% to $3bn', 'fell $735m (34%)', lists, converted
amounts). Pure: no I/O."""

from __future__ import annotations

import functools
import re
from typing import Optional

from factcheck.extract import context, grammar, roles
from factcheck.extract.mention import Mention
from factcheck.extract.kinds import K, R
from factcheck.models import Claim
from factcheck.extract.patterns import ends_with, lazy, triggered

_CHANGE_LEAD = lazy(
    r"(?:(?:,|\band|[–—;(]|\bwhich\s+(?:is|was)|\brepresenting|\bmarking|\bshowing|\bregistering|\bexhibiting)\s*"
    r"(?:(up|down|rising|falling|growing|increasing|decreasing|declining|gaining|dropping)|"
    r"(?:an?\s+)?(increase|rise|gain|growth|jump|decrease|decline|drop|fall|contraction)(?:\s+on\s+the\s+year)?\s+of)"
    r"\s+(?:by\s+)?(?:about\s+|around\s+|nearly\s+|some\s+|over\s+)?"
    # "(+4.3 per cent)" after a level: its change, the sign giving the direction
    r"|\(\s*(?P<sign>[+\-−]))$",
    re.I,
)
# "– a 2.8 per cent increase year-on-year": a change noun after the percent, naming no
# other quantity ("a 7.8 per cent rise in GDP" names one: see _metric)
_CHANGE_TRAIL = lazy(r"\s+(?:(?:year[- ]on[- ]year|year[- ]over[- ]year|on-year|annual|annualised|annualized|"
                           r"month[- ]on[- ]month|quarter[- ]on[- ]quarter)\s+)?"
                           r"(increase|rise|gain|growth|jump|surge|decrease|decline|drop|fall|contraction)\b(?!\s+(?:in|of)\b)", re.I)
_CHANGE_TRAIL_LEAD = lazy(r"(?:,|[–—;(]|\band)\s*(?:an?|the)?\s*$", re.I)
_DOWN_WORDS = {"down", "falling", "decreasing", "declining", "dropping", "decrease", "decline", "drop", "fall", "contraction"}


_COMPARED = lazy(r"\b(?:from|against|compared\s+with|compared\s+to|versus|vs\.?|up\s+from|down\s+from)\s+(?:a\s+revised\s+|an?\s+)?$", re.I)
_TO_END = lazy(r"\bto\s+$")
_CONVERTED = lazy(r"^\s*(?:\(|,|—|–)?\s*(?:or\s+)?(?:about|around|roughly|approximately|some|nearly|equivalent\s+to|worth)?\s*$", re.I)
_OBJECT_CHANGE = triggered(lazy(
    r"\b(?:cut|cuts|raised|raises|lowered|lowers|hiked|hikes|reduced|reduces|trimmed|trims|boosted|boosts|"
    r"drop|dropped|drops|push|pushed|pushes|lift|lifted|lifts|brought|bring|brings|helped\s+(?:to\s+)?(?:drop|push|lift|bring)|"
    r"slashed|slashes|revised|revises|lifted|lifts|upgraded|downgraded)\s+"
    r"((?:its\s+|the\s+|their\s+)?(?:[A-Za-z][\w'’-]*\s+){0,4}?[a-z][\w-]*)\s+(by|from|to)\s+(?:about\s+|around\s+)?$"),
    ("cut", "raise", "lower", "hike", "reduce", "trim", "boost", "drop", "push", "lift", "brought", "bring", "slash",
     "revise", "upgrade", "downgrade"))
# "rose by 37 percent, 18.7 percent, 19 percent and 27.7 percent": a list shares one metric
_LIST_GAP = lazy(r"^\s*(?:,|;|,?\s*and|,?\s*or)?\s*$")


def _change_of(c: Claim) -> Optional[str]:
    """The direction of a change amount, as the frame will read it ('fell $1,166m')."""
    if c.context.get("change"):
        return c.context["change"]
    probe = Claim(surface=c.surface, span=c.span, value=c.value, unit=c.unit, kind=c.kind, metric=c.metric,
                  sentence=c.sentence, context=dict(c.context))
    roles.assign_role(probe)
    return probe.direction if probe.role == "change" else None


def inherit_change_metrics(claims: list[Claim]) -> None:
    """Metrics that the sentence states once for several numbers: ", up 5 percent"
    and "an increase of 15.7 percent" describe the change of the figure before them;
    "to $84.4 billion ... from $70.8 billion" states the same metric twice; "cut
    rates by 25 basis points to 4.75%" names the metric as the verb's object."""
    for i, c in enumerate(claims):
        local = c.context.get("local") or (0, 0)
        before = c.sentence[: local[0]][-60:]
        if c.kind == K.PERCENT and i and claims[i - 1].metric and claims[i - 1].kind != K.PERCENT \
                and re.fullmatch(r"\s*\(\s*", c.sentence[(claims[i - 1].context.get("local") or (0, 0))[1]: local[0]]):
            # "fell $1,166m (3%)": the bracketed percentage is the same change, relative
            c.metric = claims[i - 1].metric
            direction = _change_of(claims[i - 1])
            if direction:
                c.context["change"] = direction
            continue
        prev = next((p for p in reversed(claims[:i]) if p.unit == c.unit and p.metric), None)
        if prev is not None and c.kind == prev.kind and _COMPARED.search(before):
            c.metric = prev.metric
            c.context["compared"] = True
            continue
        if is_prior(c):
            # "came in at +13.5k, above forecasts of +10k and prior of 13.5k", "5.8% last": the
            # previous reading of the figure the sentence reports (not of a forecast)
            reported = next((p for p in reversed(claims[:i]) if p.unit == c.unit and p.kind == c.kind
                             and not p.context.get("prior") and not _EXPECTED.search(p.sentence[max(0, (p.context.get("local") or (0, 0))[0] - 40):
                                                                 (p.context.get("local") or (0, 0))[0]])), None)
            if reported is not None:
                c.metric = reported.metric or c.metric
                if reported.context.get("change"):
                    c.context["change"] = reported.context["change"]
            c.context["prior"] = True
            continue
        om = _OBJECT_CHANGE.search(before)
        if om:
            c.metric = context.clean_phrase(om.group(1).split()) or c.metric
            if om.group(2) in ("from", "to"):
                continue  # "cut interest rates from 4.25 percent (to 4 percent)": levels of the object
            c.context["change"] = "down" if re.match(r"(?:cut|lower|reduc|trim|slash|downgrad|drop|helped\s+(?:to\s+)?drop)", before[om.start():], re.I) else "up"
            continue
        if not c.metric and i and claims[i - 1].metric and claims[i - 1].kind == c.kind and claims[i - 1].unit == c.unit:
            gap = c.sentence[(claims[i - 1].context.get("local") or (0, 0))[1]: local[0]]
            if _LIST_GAP.match(gap):
                c.metric = claims[i - 1].metric
                if claims[i - 1].context.get("change"):
                    c.context["change"] = claims[i - 1].context["change"]
                continue
        # "… to 14.67 trillion": the three readings of a level reached share one test
        reached = bool(i) and _TO_END.search(before) is not None
        if reached and not c.metric and claims[i - 1].kind == K.PERCENT \
                and claims[i - 1].context.get("change") and claims[i - 1].metric \
                and c.kind in (K.MONEY, K.COUNT, K.MEASURE):
            # "goods trade went up 3.9 percent to 14.67 trillion yuan": the level the change reached
            c.metric = re.sub(r"\s+(?:growth|decline)$", "", claims[i - 1].metric)
            continue
        if reached and not c.metric and claims[i - 1].unit == c.unit \
                and claims[i - 1].metric and re.search(r"\bfrom\s+$", claims[i - 1].sentence[: (claims[i - 1].context.get("local") or (0, 0))[0]]):
            # "hiked from 5 percent to 8 percent": the later level measures what the earlier did
            c.metric = claims[i - 1].metric
            continue
        if reached and claims[i - 1].context.get("change") and claims[i - 1].metric \
                and c.kind in (K.PERCENT,) and claims[i - 1].kind == K.PERCENTAGE_POINT:
            c.metric = re.sub(r"\s+(?:growth|decline|change)$", "", claims[i - 1].metric)
            continue
        # "¥4.3 trillion ($28bn)": a converted amount states the same metric
        if c.kind == K.MONEY and i and claims[i - 1].kind == K.MONEY \
                and (claims[i - 1].unit != c.unit or abs(claims[i - 1].value - c.value) <= abs(c.value) * 0.01) \
                and _CONVERTED.search(c.sentence[(claims[i - 1].context.get("local") or (0, 0))[1]: local[0]]):
            c.metric = claims[i - 1].metric or c.metric
            c.context["converted"] = True
            continue
    for i, c in enumerate(claims):
        if c.kind != K.PERCENT:
            continue
        local = c.context.get("local") or (0, 0)
        m = _CHANGE_LEAD.search(c.sentence[: local[0]][-50:])
        trail = None
        if not m:
            trail = _CHANGE_TRAIL.match(c.sentence, local[1])
            if not (trail and _CHANGE_TRAIL_LEAD.search(c.sentence[: local[0]][-12:])):
                continue
        prior = next((p for p in reversed(claims[:i]) if p.kind in (K.MONEY, K.COUNT, K.MEASURE) and p.metric), None)
        if m is not None:
            word = (m.group(1) or m.group(2) or ("down" if m.group("sign") in ("-", "−") else "up")).lower()
        else:
            word = trail.group(1).lower()
        direction = "down" if word in _DOWN_WORDS else "up"
        c.context["change"] = direction
        bracket = _BRACKET_AFTER.match(c.sentence, local[1])
        own = _IN_SERIES.match(c.sentence, bracket.end() if bracket else local[1]) if m is not None else None
        if own:
            # "and a decrease of 8.5 percent (K20.9 million) in imports": the change names
            # its own series after the figure, not the one of the figure before
            c.metric = f"{own.group(1)} {'growth' if direction == 'up' else 'decline'}"
            continue
        if prior is not None:
            c.metric = f"{prior.metric} {'growth' if direction == 'up' else 'decline'}"


_PRIOR_BEFORE = lazy(r"\b(?:prior|previous|preceding)(?:\s+(?:reading|figure|print|month['’]?s?|quarter['’]?s?|estimate))?"
                    r"(?:\s+(?:of|at|was))?\s+(?:[+\-−]\s?)?$", re.I)
# ("increased 22% last January": 'last' names a month there, not the previous reading)
_LAST_AFTER = lazy(r"\s+(?:last|prior|previously)\b(?!\s+(?:year|month|quarter|week|fiscal|time|decade|season"
                   r"|(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun|[A-Z][a-z]+mas)))", re.I)


def is_prior(c: Claim) -> bool:
    """A figure given as the previous reading of the one a data release reports: 'vs
    previous 9.3k', 'prior of 64.7%', '5.8% last'."""
    local = c.context.get("local") or (0, 0)
    return bool(_PRIOR_BEFORE.search(c.sentence[max(0, local[0] - 30): local[0]]) or _LAST_AFTER.match(c.sentence, local[1]))


_OPENS_AT = lazy(r"(?:^|[—–:-])\s*$")


def tidy_metric(metric: Optional[str], sentence: str) -> Optional[str]:
    """Strip punctuation; lower-case a capital that only marks the sentence start
    ("Exports rose ..." → "exports"), never a name ("GDP", "China's")."""
    if not metric:
        return metric
    metric = metric.strip(" .,;:!?\"'“”‘’()")
    metric = _LEADING_PP.sub("", metric)  # "ended in a surplus of" → "surplus"
    metric = _QUANTIFIER_OF.sub("", metric)  # "most of imports were from …" → "imports"
    # "the value of the Kingdom's total exports", "the government’s total public
    # expenditure": the possessor says whose figure it is (the subject), not which series
    metric = _strip_possessors(metric)
    # "a narrower deficit of $456.6 million": the comparative says how the balance moved
    metric = _COMPARATIVE_BALANCE.sub("", metric)
    if context.subjects(metric) and not _NAME_JOINERS.sub("", context.strip_names(metric)):
        # "Japan recorded …", "the UAE with $4.7 billion": names (under any of their names)
        # are the subject, not what is measured
        return None
    first = metric.split(" ", 1)[0]
    at = sentence.find(first)
    # capitalised only because it opens the sentence (or follows a dateline dash or a colon)
    opening = at == 0 or (at > 0 and _OPENS_AT.search(sentence[:at]) is not None)
    if opening and first[:1].isupper() and first[1:].islower() and not context.subjects(first):
        metric = first.lower() + metric[len(first):]
    return metric or None


_COMPARATIVE_BALANCE = lazy(r"^(?:narrower|wider|larger|smaller|bigger|greater|higher|lower|deeper)\s+"
                            r"(?=(?:[a-z]+\s+)?(?:deficits?|surplus(?:es)?|gaps?|balances?)\b)", re.I)
_POLITY_POSSESSOR = lazy(r"(^|\s)(?:the\s+)?(?:country|nation|government|state|kingdom|island|islands|territory|republic|"
                         r"federation|union|bloc)['’]s\s+(?=[a-z])", re.I)


def _strip_possessors(metric: str) -> str:
    """Drop a possessor that names a polity ('the Kingdom's', 'the government’s') or a
    place the extractor knows ('Viet Nam’s'), never a common noun ('women's')."""
    if "'" not in metric and "’" not in metric:
        return metric
    metric = _POLITY_POSSESSOR.sub(r"\1", metric)
    for start, end, _ in sorted(context._mentions(metric), reverse=True):
        tail = re.match(r"['’]s\s+(?=[a-z])", metric[end:])
        if tail:
            lead = re.search(r"(?:^|\s)(?:the\s+)?$", metric[:start], re.I)
            metric = metric[: lead.start() if lead else start] + (" " if lead and lead.start() else "") + metric[end + tail.end():]
    return metric.strip()
_NAME_JOINERS = lazy(r"\b(?:the|and)\b|[\s,&]", re.I)
_QUANTIFIER_OF = lazy(r"^(?:most|much|all|part|some|half|the\s+bulk|the\s+majority|the\s+rest)\s+of\s+(?:the\s+)?(?=[a-z])", re.I)
_LEADING_PP = lazy(r"^(?:in|into|with|at|to|on)\s+(?:a|an|the)\s+(?=[a-z])")
# "exported goods in the amount of EUR 1.03 bln", "imported to the tune of $2bn": a noun that
# only says 'how much' ends the phrase; the verb before it names the series
_EMPTY_AMOUNT = lazy(r"\b(?:in|to|at|for)\s+(?:the|a)\s+(?:total\s+)?(?:amount|tune|value|sum|total)\s+of\s+"
                     r"(?:about\s+|around\s+|nearly\s+|almost\s+|approximately\s+|roughly\s+|some\s+|over\s+|more\s+than\s+)?$", re.I)
# "$391.4m the country spent on imports", "$79.2m it earned from exports": a reduced relative
# clause after the figure names its series; "and $11.6m from re-exports" continues it
_RELATIVE_SERIES = lazy(r"\s+(?:(?:that|which)\s+)?(?:it|they|we|he|she|(?:the|its|their)\s+[a-z]+|[A-Z][\w'’-]+)\s+"
                        r"(?P<verb>[a-z]+)\s+(?P<prep>on|from|for|in)\s+(?P<np>(?:re-)?[a-z][\w-]*)\b")
_RELATIVE_SUBJECT = triggered(lazy(r"(?<![\w’'-])((?:[A-Za-z][\w'’-]*\s+){1,4}?)(?:which|that)\s+(?:has\s+|had\s+)?(?:stood|stands|was|were|is|are|"
                                   r"reached|amounted|amounts|totall?ed|came|hit)(?:\s+(?:at|to|in\s+at))?\s+"
                                   r"(?:about\s+|around\s+|nearly\s+|some\s+|over\s+|almost\s+)?[^\s\d]{0,4}\s*$"), ("which", "that"))
_RELATIVE_CHANGE = lazy(r"(?<![\w’'-])((?:[A-Za-z][\w'’-]*\s+){0,3}?[A-Za-z][\w'’-]*),?\s+(?:which|that)\s+(?:has\s+|have\s+|had\s+)?"
                        r"(?P<verb>[a-z]+)\s+(?:by\s+)?(?:about\s+|around\s+|nearly\s+|some\s+|over\s+|almost\s+)?[^\s\d]{0,4}\s*$")
_FOCUS_ADVERBS = frozenset({"especially", "particularly", "notably", "mainly", "mostly", "chiefly", "primarily", "including",
                            "namely", "largely", "principally"})
_FRONTED_WHOLE = lazy(r"\s*(?:Of|Out\s+of)\s+(?:the\s+)?(?:total\s+)?(?:(?:value|amount|number|volume)\s+of\s+(?:the\s+)?)?"
                      r"([^,;:\d]{3,80}?)(?:\s+(?:in|during|for)\s+[^,;:]{0,30})?,")
_AS_SERIES = lazy(r"\s+as\s+(?:the\s+|its\s+|their\s+)?((?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)(?=\s+(?:for|in|during|of|over)\b|\s*[,.;]|$)")
_RECORDS = lazy(r"\b(?:records?|recorded|reports?|reported|posts?|posted|registers?|registered|books?|booked|lists?|listed|"
                r"collects?|collected)\s+(?:about\s+|around\s+|some\s+|nearly\s+)?[^\s\d]{0,4}\s*$", re.I)
# "As for Qatari imports, they decreased …": a fronted topic that a pronoun subject takes up
_TOPIC = lazy(r"^\s*(?:as\s+for|as\s+regards|as\s+to|regarding|turning\s+to|with\s+regard\s+to)\s+(?:the\s+)?"
              r"((?:[A-Za-z][\w'’-]*\s+){0,3}?[A-Za-z][\w'’-]*)\s*,\s*(?:they|it|these|this)\b", re.I)
_FROM_SERIES = lazy(r"\s+from\s+(?P<np>(?:re-)?exports|imports|tourism|remittances)\b", re.I)
# "exports earned $220.4m", "tourism generated $1.2bn": a verb of takings whose subject is the series
_TAKINGS_VERB = lazy(r"(?:earn|generat|brought|bring|fetch|yield|rak|gross|pull)\w*", re.I)
_OF_YEAR_LEVELS = lazy(r"\s+of\s+(?:the\s+|its\s+|their\s+)?((?:19|20)\d{2})\s+levels?")
# "a 7.8 percent rise in GDP", "a 14.1 percent ($5.6 million) increase in exports"
_CHANGE_IN_OF_RISE = lazy(r"(?:\s*\([^()]{1,40}\))?\s+(rise|increase|growth|gain|jump|surge|decline|drop|fall|decrease|contraction)\s+in\s+(.*)", re.I)
_OF_REST = lazy(r"\s+of\s+(.*)")


_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
          r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)(?![\w-])")
# "Total imports of goods (from EU member states and from third countries) for this period
# amounted to", "Total exports of goods in January–May were": a parenthesis or an adverbial
# of time stands between the subject and its verb
_ASIDE = lazy(r"\s*\([^()]{1,120}\)"
              # "Azerbaijani import, in the reporting period, increased": a time aside between commas
              r"|\s*,\s*(?:in|during|for|over|through|throughout)\s+[^,;()\d]{1,40}?(?:period|months?|quarters?|half|year|(?:19|20)\d\d)\s*,"
              # "total revenue collected in the first four months": a participle of the figure first
              r"|(?:\s+(?:collected|recorded|received|generated|earned|registered|reported|raised))?"
              r"\s+(?:in|during|for|over|between|from|through|throughout)\s+(?:the\s+)?"
              r"(?:(?:this|that|same|whole|entire|reporting|review)\s+)?"
              r"(?:period(?:\s+under\s+review)?|(?:first|last|past)\s+(?:[a-z]+\s+)?(?:months|quarters|half|quarter)(?:\s+of)?(?:\s+(?:19|20)\d\d)?"
              r"(?:\s+(?:the\s+)?(?:fiscal\s+|financial\s+|current\s+|this\s+|last\s+)?year)?|"
              + _MONTH + r"(?:\s*[–—-]\s*" + _MONTH + r"|\s+(?:and|to|through|till|until)\s+" + _MONTH + r")?(?:\s+(?:19|20)\d\d)?|"
              r"(?:19|20)\d\d(?:\s*[–/-]\s*\d{2,4})?|year)(?![\w-])", re.I)


_TIME_ONLY = lazy(r"(?:(?:the|this|that|same)\s+)?(?:" + _MONTH + r"|period|year|month|quarter|(?:19|20)\d\d)", re.I)
# a span of them: "January and February", "January-March 2024"
_TIME_SPAN_ONLY = lazy(r"(?:(?:the|this|that|same)\s+)?(?:" + _MONTH + r"|(?:19|20)\d\d)"
                       r"\s*(?:and|to|[-–])\s*(?:" + _MONTH + r"|(?:19|20)\d\d)(?:\s+(?:19|20)\d\d)?", re.I)


def _subject_past_asides(left: str) -> Optional[str]:
    """The subject of the verb before the figure, read once the parentheses and adverbials of
    time between them are set aside (None when there are none, or still no subject)."""
    tail = left[-240:]
    asides = list(_ASIDE.finditer(tail))
    if not asides:
        return None
    verb = tail[asides[-1].end():]
    if len(verb.split()) > 3 or re.search(r"[\d,;:()]", verb):
        return None  # only the verb group may follow the aside
    return context.noun_phrase_before(_ASIDE.sub("", tail))


def _undetermined(phrase: str) -> list[str]:
    """The words of a relative clause's antecedent without its determiners."""
    return [w for w in phrase.split() if w.lower() not in ("a", "an", "the", "its", "their")]


def metric_of(sentence: str, m: Mention, facts: dict) -> Optional[str]:
    left = sentence[: m.start]
    right = sentence[m.end:]
    kind = m.kind
    if kind == K.YEAR_RANGE:
        # ordinals are words of a name too: "15th Five-Year Plan (2026-2030)"
        words = re.findall(r"\d+(?:st|nd|rd|th)\b|[A-Za-z][\w'’-]*", left)[-5:]
        # stop at a preposition or verb: "built during the Eastern Han Dynasty" → "Eastern Han Dynasty"
        cut = [i for i, w in enumerate(words) if w.lower() in context._STOP or context._VERB_RE.fullmatch(w)]
        if cut:
            words = words[cut[-1] + 1:]
        return context.clean_phrase(words) or None
    if kind == K.ORDINAL:
        # the surface runs on to the ordinal's noun; read the context after the ordinal itself
        right = sentence[m.start + len(m.raw):]
        noun = facts.get("noun")
        if noun and facts.get("ordinal_role") == "event":
            ext = re.match(r"\s+(?:(?:[a-z][\w-]*)\s+){0,2}?" + re.escape(noun) + r"((?:\s+(?:to|of|in)\s+(?:the\s+)?[A-Za-z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}))?", right)
            tail = ext.group(1) if ext and ext.group(1) else ""
            return context.clean_phrase((noun + tail).split()) or noun
        if noun and facts.get("ordinal_role") == "rank":
            nxt = re.match(r"[\s-]+" + re.escape(noun) + r"\s+([a-z][\w-]*(?:\s+[a-z][\w-]*)?)", right, re.I)
            head = nxt.group(1).split()[0] if nxt else ""
            return f"{noun} {head}".strip() if head and head.lower() not in context._STOP else noun
        return noun
    if kind == K.DURATION:
        if facts.get("age"):
            return "age"
        if facts.get("ago"):
            return "years ago"
        if re.search(r"\bfor\s+(?:\w+\s+)?$", left):
            phrase = _phrase_before_for(left)
            if phrase:
                return phrase
        return "duration"
    if kind == K.MONEY:
        goes = _GOES_TO.match(right)
        if goes:  # "JPY 31.5 trillion (USD 267 billion) will go to social security expenditures"
            np = context.noun_phrase_after(goes.group(1))
            if np:
                return np
    passive = _PASSIVE.match(right) if kind in (K.COUNT, K.MONEY, K.MEASURE) else None
    if passive and _nominal(passive.group("verb")):
        # "382,000 vehicles were exported", "117.8 billion euros of goods were exported"
        noun = _nominal(passive.group("verb"))
        what = passive.group("what") or (m.counted if kind == K.COUNT else None)
        return f"{noun} of {_lower_words(context.clean_phrase(what.split()))}" if what else noun
    if kind == K.COUNT and m.counted:
        if m.counted == "times":
            return "times"
        by_verb = _by_verb(left, right, m.counted)
        if by_verb and not _TIME_ONLY.fullmatch(by_verb) and not _TIME_SPAN_ONLY.fullmatch(by_verb):
            return by_verb
        pm = _WITH_FOR.search(left[-90:]) if (" with " in left[-40:] or " for " in left[-40:]) else None
        if pm:
            np = context.clean_phrase(pm.group(1).split())
            words = np.split()
            if words and len(words) >= 2 and not context._VERB_RE.fullmatch(words[-1]):
                # "mutual visa exemptions with 29 countries" → "countries with mutual visa exemptions"
                # and a leading verb in the past ("established comprehensive mutual visa
                # exemptions with 29 countries"): the verb is not part of what is counted
                verbs = [i for i, w in enumerate(words) if context._VERB_RE.fullmatch(w)
                         or (i == 0 and re.fullmatch(r"[a-z]{3,}ed", w))]
                if verbs:
                    words = words[verbs[-1] + 1:]
                if words:
                    return f"{m.counted.lower()} with {' '.join(words)}"
        return _lower_words(m.counted)
    if kind in (K.PERCENT, K.PERCENTAGE_POINT):
        # coordinated percentages share what follows the last one: "97.2 percent and 93.5
        # percent of 2019 levels"
        right = _COORDINATED_PERCENTS.sub("", right, count=1)
        of = _OF_YEAR_LEVELS.match(right)
        if of:
            facts["baseline_period"] = of.group(1)
            return f"share of {of.group(1)} level"
        rise = _CHANGE_IN_OF_RISE.match(right)
        if rise and kind == K.PERCENT:
            np = context.noun_phrase_after(rise.group(2))
            if np:
                facts["change"] = "down" if rise.group(1).lower() in _DOWN_WORDS else "up"
                return f"{np} {'growth' if facts['change'] == 'up' else 'decline'}"
        ratio = _OF_INCOME.match(right)
        if ratio and kind == K.PERCENT:
            # "the fiscal deficit is at 5.8% of GDP": a ratio of the subject to GDP; in
            # "£28.5 billion, or 4.2% of GDP" of the figure before (complete_metrics)
            np = context.noun_phrase_before(left)
            facts["share_of"] = "GDP"
            if np:
                return f"{np} to GDP ratio"
            facts["ratio_to_gdp"] = True
            return None
        of = _OF_REST.match(right)
        if of and kind == K.PERCENT:
            np = context.noun_phrase_after(of.group(1))
            if np:
                facts.setdefault("share_of", np)  # the number grammar's reading of a fraction's whole first
                return np
    tail = left[-160:]
    recorded = _RECORDED_CHANGE.search(tail) if kind in (K.PERCENT, K.MONEY, K.COUNT, K.MEASURE) and "of" in tail[-30:] else None
    if recorded and not _SERIES_AFTER.match(right):
        # "Imports also recorded an increase of 16 per cent": the subject of the verb that
        # records the change names the series (unless it follows: "a fall of 38% in sales")
        head = re.split(r"[,;:]", tail[: recorded.start()])[-1]
        subject = context.noun_phrase_before(head + " rose ")
        if subject:
            up = grammar.change_direction(recorded.group("noun")) != "down" and recorded.group("noun").lower() not in _DOWN_WORDS
            facts["change"] = "up" if up else "down"
            return f"{subject} {'growth' if up else 'decline'}" if kind == K.PERCENT else subject
    if kind == K.PERCENT and _COMPARATIVE_AFTER.match(right):
        # "record beef exports 39.4% above the same period", "sales 5% higher": a verbless
        # predicate, the noun phrase right before the percentage names the series
        bare = _trailing_noun_phrase(left)
        if bare:
            up = _COMPARATIVE_AFTER.match(right).group(0).strip().lower() in ("higher", "above", "up", "ahead")
            return f"{bare} {'growth' if up else 'decline'}"
    if kind in (K.MONEY, K.COUNT, K.MEASURE):
        series = _series_after(left, right)
        if series:
            return series
    reached = _CHANGE_NOUN_TO.search(left[-140:]) if kind in (K.MONEY, K.COUNT, K.MEASURE) and " to " in left[-24:] else None
    if reached:
        # "a 14.1 percent ($5.6 million) increase in exports to $45.6 million": the level the
        # change of the series after its preposition reached
        np = context.noun_phrase_after(reached.group("np"))
        if np:
            return np
    bracketed = _CHANGE_NOUN_BRACKET.search(left[-120:]) if left.rstrip()[-4:].count("(") else None
    if bracketed and kind in (K.PERCENT, K.MONEY, K.COUNT, K.MEASURE):
        # "a sharp drop in imports (-292.1 billion)": the bracket quantifies the change the
        # noun phrase names, of the series after its preposition (never the adjective)
        np = context.noun_phrase_after(bracketed.group("np"))
        if np:
            facts["change"] = "down" if bracketed.group("noun").lower() in _DOWN_WORDS else "up"
            if kind == K.PERCENT:
                return f"{np} {'growth' if facts['change'] == 'up' else 'decline'}"
            return np
    np = _premodified(left, right, kind) or (_by_verb(left, right, None) or _worth(left) if kind == K.MONEY else None) \
        or (_by_verb(left, right, None) if kind == K.MEASURE else None) or context.noun_phrase_before(left)
    if np is None or _TIME_ONLY.fullmatch(np):
        # "Exports of services in January–April were": a month is no series; the subject
        # stands before the adverbial of time
        np = _subject_past_asides(left)
        if np is not None and _TIME_ONLY.fullmatch(np):
            np = None  # "from K912.4 billion in March to K949.8 billion": a month, no series
    if np is None:
        ofm = _NOUN_OF.search(left[-80:]) if _ENDS_OF_AT.search(left[-30:]) else None
        if ofm and (grammar.is_verbal(ofm.group(1).split()[-1]) or ofm.group(1).split()[-1].lower() in grammar.closed("aux")):
            ofm = None  # "X is at N": the verb path's business
        if ofm:
            words = ofm.group(1).split()
            # "expects an operating profit of": the noun phrase starts after its determiner
            dets = [i for i, w in enumerate(words) if w.lower() in ("a", "an", "the", "its", "their", "his", "her")]
            owner = words[:dets[-1]] if dets else []
            if dets:
                words = words[dets[-1] + 1:]
            np = context.clean_phrase(words) or None
            if np and len(owner) >= 2 and owner[-1].lower() in ("had", "has", "have") and _POSSESSOR.fullmatch(owner[-2]) \
                    and not context.subjects(owner[-2]):
                # "Wallonia had a population of": the series is the named possessor's (a
                # place the gazetteer does not know, else it is the claim's subject)
                np = f"{np} of {owner[-2]}"
    if np is None and kind in (K.MONEY, K.MEASURE):
        after = re.match(r"\s+(?:in|of|worth\s+of|for)\s+(.*)", right)
        if after and not _TIME_WORD.match(after.group(1)):  # "$78.8 billion in July" names a time, not a series
            np = context.noun_phrase_after(after.group(1))
            restricted = _RESTRICTIVE_RELATIVE.match(after.group(1))
            if np and restricted and restricted.group(1).strip().lower().endswith(np.lower()):
                # "€200 million in receipts that had been withheld": the relative clause tells
                # the series apart from all receipts
                np = f"{np} {restricted.group(2).lower()}"
    if np is None and kind in (K.MONEY, K.COUNT, K.MEASURE, K.PERCENT):
        rel = _RELATIVE_SUBJECT.search(left[-120:])
        if rel:
            words = _undetermined(rel.group(1))
            np = context.clean_phrase(words) or None  # "a positive trade balance which stood at US$768 million"
        rel = None if np else _RELATIVE_CHANGE.search(left[-120:])
        if rel and grammar.change_direction(rel.group("verb")):
            # "especially natural gas, which rose by 6.2%": the antecedent of a relative
            # clause whose verb of change states the figure
            words = _undetermined(rel.group(1))
            while words and words[0].lower() in _FOCUS_ADVERBS:
                words = words[1:]  # "especially natural gas, which rose"
            np = context.clean_phrase(words) or None
    if np is None and kind in (K.PERCENT, K.MONEY, K.COUNT, K.MEASURE):
        whole = _FRONTED_WHOLE.match(sentence)
        if whole and whole.end() <= m.start:
            # "Of the total value of seafood exports in 2017, 72 per cent came from
            # aquaculture": a fronted partitive names the whole the figures divide
            np = context.noun_phrase_after(whole.group(1), max_words=8)
    if np is None:
        np = _metric_by_shape(left, right, kind)
    if (np is None or np.lower() in ("they", "it", "these", "this")) and kind in (K.MONEY, K.COUNT, K.MEASURE, K.PERCENT):
        topic = _TOPIC.match(sentence)
        if topic and topic.end() <= m.start:
            np = topic.group(1)
    if np and kind in (K.PERCENT, K.PERCENTAGE_POINT) and not _A_SHARE.match(right):
        between = left[-40:]
        verb_to = re.search(r"\b(?:to|at|from)\s+(?:\w+\s+)?$", between)
        d = context.direction(left[-60:])
        if d is None and grammar.gapped_subject(left):
            d = context.direction(left[-160:])  # "… decreased by 21.2% and the import of energy by 2.3%": the gap's verb
        if d and not verb_to:
            facts["change"] = d
            if re.search(r"\b(?:growth|rise|increase|decline|drop|fall|change|inflation)$", np, re.I):
                return np  # "Growth was 0.7%": the noun already names the change
            return f"{np} {'growth' if d == 'up' else 'decline'}"
    if np and kind == K.MONEY:
        d = context.direction(left[-60:])
        if d and re.search(r"\bby\s+$", left):
            facts["change"] = d
    if np and _UNIT_WORDS.fullmatch(np):
        return None  # "growing 9.4pc …, reaching €10.4bn": a unit is no series
    return np


_CHANGE_NOUN_TO = lazy(r"\b(?:increase|rise|gain|growth|jump|surge|decrease|decline|drop|fall|contraction|reduction|dip)\s+"
                       r"(?:of\s+[^()\d]{0,12}[\d.,]+\s*[^\s()]{0,12}\s+)?(?:\([^()]{0,30}\)\s+)?"
                       r"in\s+(?P<np>(?:the\s+)?[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}?)\s+to\s+"
                       r"(?:about\s+|around\s+|nearly\s+|some\s+)?[^\s\d()]{0,4}\s*$", re.I)
_CHANGE_NOUN_BRACKET = lazy(r"\b(?:an?|the|its|their|this)\s+(?:[a-z][\w-]*\s+){0,2}?"
                            r"(?P<noun>increase|rise|gain|growth|jump|surge|decrease|decline|drop|fall|contraction|reduction|dip)\s+"
                            r"(?:in|of)\s+(?P<np>(?:the\s+)?[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,4}?)\s*\(\s*"
                            r"(?:about\s+|around\s+|nearly\s+|some\s+)?[+\-−]?\s*[^\s\d()]{0,4}\s*$", re.I)
_RECORDED_CHANGE = lazy(r"\b(?:recorded|registered|posted|saw|showed|reported|witnessed|logged|achieved|"
                        r"experienced|marked|notched|clocked)\s+(?:a|an)\s+(?:(?:annual|yearly|year-on-year|slight|sharp|"
                        r"marginal|modest|significant|further|record|strong|steep)\s+)?(?P<noun>increase|rise|growth|gain|jump|decline|"
                        r"decrease|drop|fall|contraction|expansion|surge|slump|reduction)\s+(?:rate\s+)?of\s+"
                        r"(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|over\s+|more\s+than\s+)?[^\s\d]{0,4}\s*$", re.I)
_RESTRICTIVE_RELATIVE = lazy(r"((?:[A-Za-z][\w'’-]*\s+){1,4}?)(?:that|which)\s+(?:had|have|has|was|were|is|are)\s+(?:been\s+)?"
                             r"(?:\w+ly\s+)?([a-z]{3,}(?:ed|en|wn|ld|nt))\b")
_SERIES_AFTER = lazy(r"\s+(?:in|of)\s+(?!(?:the\s+)?(?:first|second|third|fourth|same|previous|last|past|current|"
                     r"year|month|quarter|half|period|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(?:19|20)\d\d)[a-z]", re.I)
_UNIT_WORDS = lazy(r"(?:pc|pct|per\s?cent|percent|cent|points?|bn|mn|m|k|billion|million|trillion|thousand)", re.I)
_COMPARATIVE_AFTER = lazy(r"\s*(?:higher|lower|above|below|up|down|ahead|behind)\b", re.I)
_NP_TAIL = lazy(r"((?:[A-Za-z][\w'’-]*\s+){1,4})$")


def _trailing_noun_phrase(left: str) -> Optional[str]:
    """The noun phrase that ends right before the number, when no verb stands in it
    ('… showed record beef exports ' → 'record beef exports')."""
    tail = _NP_TAIL.search(left[-60:])
    if tail is None:
        return None
    words = tail.group(1).split()
    cut = [i for i, w in enumerate(words) if w.lower() in context._STOP or grammar.is_verbal(w.lower())
           or w.lower() in grammar.closed("det")]
    words = words[cut[-1] + 1:] if cut else words
    if not words or grammar.is_verbal(words[-1].lower()):
        return None
    return context.clean_phrase(words) or None


# "a 40.7 billion yen ($388 million) trade deficit", "the 823.2 million yen surplus": the
# number premodifies the noun that names it
_PREMODIFIER = lazy(r"\b(?:a|an|the|its|their|this|that|[a-z]+['’]s)\s+(?:(?:record|whopping|massive|mere|further|additional|"
                          r"estimated|combined|total|new|[a-z]+-(?:high|low|time|year|month))\s+)?$", re.I)
_BRACKETED = lazy(r"^\s*\([^()]{1,40}\)")
_BRACKET_AFTER = lazy(r"\s*\([^()]{1,40}\)")  # the same, matched at a position


def _series_after(left: str, right: str) -> Optional[str]:
    """The series a figure's own phrase names around an empty head or in a relative clause
    after it (_EMPTY_AMOUNT, _RELATIVE_SERIES, _FROM_SERIES), else None."""
    if _EMPTY_AMOUNT.search(left[-50:]):
        head = left[: _EMPTY_AMOUNT.search(left[-50:]).start() + max(0, len(left) - 50)]
        clause = next((part for part in reversed(re.split(r"[,;:]", head)) if part.strip()), "")
        words = _LETTERS.findall(clause)
        for w in reversed(words[-6:]):
            if _nominal(w):
                return _nominal(w)
            if w.islower() and _nominal(w + "s") == w + "s":
                return w + "s"  # "export in the value of 3.64 billion": the noun itself
        # "reached a total commodity turnover in a value of 1.6 billion": the noun phrase
        # the amount is of, when it names a series
        np = grammar.subject_phrase(clause)
        if np and _series_heads() & {w.lower() for w in np.split()}:
            return context.clean_phrase(np.split()) or None
    m = _AS_SERIES.match(right)
    if m and _RECORDS.search(left[-30:]):
        return m.group(1).lower()  # "records US$34.04 million as revenue collection"
    m = _RELATIVE_SERIES.match(right)
    if m and (_nominal(m.group("verb")) or m.group("verb") in ("got", "received", "paid", "made", "raised", "collected")):
        np = m.group("np").lower()
        if _SERIES_NOUN.fullmatch(np) or np.startswith("re-"):
            return np
        return f"{_nominal(m.group('verb')) or m.group('verb')} {m.group('prep')} {np}"
    m = _FROM_SERIES.match(right)
    if m and re.search(r"(?:,|\band)\s*[^\s\d]{0,4}\s*$", left):
        return m.group("np").lower()
    return None


@functools.cache
def _series_heads() -> frozenset[str]:
    """Nouns that name a series of their own (metric_words: `same` and `flows`)."""
    from factcheck.extract import lexicon

    words = lexicon.load("metric_words")
    return frozenset(w for group in words.get("same") or () for w in group) | frozenset(words.get("flows") or ())


def _nominal(verb: str) -> Optional[str]:
    from factcheck.extract import lexicon

    low = verb.lower()
    return next((noun for noun, forms in lexicon.load("nominalizations").items() if low in forms), None)


_LINKING = {"amounted", "amounts", "totalled", "totaled", "totals", "reached", "reaches", "stood", "stands", "stand", "was", "were",
            "is", "are", "hit", "hits", "came", "topped", "exceeded", "crossed", "surpassed"}
_ON_OBJECT = lazy(r"\s+(on|for|in)\s+((?:[a-z][\w'’-]*\s+){0,3}?[a-z][\w'’-]*)\b(?=\s*(?:[,.;]|$|and\b|in\s|during\s|last\s|this\s))")


def _by_verb(left: str, right: str, counted: Optional[str]) -> Optional[str]:
    """The figure a verb states of its object or its subject: 'China sold 806,000 vehicles'
    → 'sales of vehicles'; 'the government spent $3bn on roads' → 'spending on roads';
    'deliveries rose to 4,216,680 vehicles' → 'deliveries' (the subject of a verb of
    change or of being)."""
    slot = grammar.verb_slot(left)
    if slot is None:
        return None
    verb = left[slot[0]: slot[1]]
    noun = _nominal(verb)
    if noun and _TAKINGS_VERB.fullmatch(verb):
        subject = context.noun_phrase_before(left[: slot[0]] + " is ")
        if subject and _SERIES_NOUN.fullmatch(subject.strip()):
            return subject.strip().lower()  # "exports earned $220.4m": the exports' takings
    if noun:
        if counted:
            return f"{noun} of {_lower_words(counted)}"
        on = _ON_OBJECT.match(right)
        return f"{noun} {on.group(1)} {on.group(2)}" if on and not re.fullmatch(r"(?:19|20)\d\d", on.group(2)) \
            and not _TIME_WORD.fullmatch(on.group(2)) else noun  # "earned $4.2 million in the quarter": a time
    if counted and (grammar.change_direction(verb) or verb.lower() in _LINKING
                    or re.search(r"\bto\s+(?:about\s+|around\s+|nearly\s+)?$", left)):
        np = context.noun_phrase_before(left)
        if np and not grammar.closed("det") & {np.lower()}:
            return np
    return None


def _premodified(left: str, right: str, kind: Optional[str]) -> Optional[str]:
    """'recorded a 40.7 billion yen ($388 million) trade deficit' → 'trade deficit'."""
    if kind not in (K.MONEY, K.MEASURE):
        return None
    # a headline drops its determiners and capitalises its nouns ("Government Presents
    # EC$1.6 Billion Budget", "Nearly 7 billion euros surplus in tourism"); a quoted
    # noun is premodified all the same ('a $1.91 billion “accumulated trade deficit”')
    headline = _is_headline(left + right)
    if not (_PREMODIFIER.search(left[-40:]) or headline or not left.strip()):
        return None
    rest = _QUOTE_OPEN.sub(" ", _BRACKETED.sub("", right), count=1)
    # "the $1.8 Billion dollar Budget": a capitalised common noun, not a name
    titled = headline or (re.match(r"\s+[A-Z][a-z]+\b", rest) is not None and not context.subjects(rest.split(None, 1)[0]))
    if not re.match(r"\s+[A-Za-z]" if titled else r"\s+[a-z]", rest) \
            or re.match(r"\s+(?:of|in|to|from|for|on|at|by|with|and|or|more|less|than|a|an|the|worth)\b", rest, re.I):
        return None
    if headline:
        rest = " " + " ".join(w if w.isupper() and len(w) > 1 else w.lower() for w in rest.split())
    elif titled:
        rest = " " + rest.split(None, 1)[0].lower() + (" " + rest.split(None, 1)[1] if len(rest.split(None, 1)) > 1 else "")
    change = _CHANGE_IN.match(rest)
    if change:
        # "a $3.8 billion decrease in exports": the change of exports (the frame reads the role)
        return context.noun_phrase_after(change.group(1))
    first = rest.split(None, 1)[0]
    if not _PREMODIFIER.search(left[-40:]) and (grammar.is_verbal(first) or first.lower() in context.VERB_WORDS):
        return None  # "$3 billion flowed into bonds": the figure is the subject of a verb
    if _PARTICIPLE_THEN_PP.match(rest):
        # "the $15 billion disbursed in July": a participle, no noun; its nominalisation
        # names the figure, unless it only says that the figure was recorded ("compared
        # with the €1.9 billion recorded in 2023"); a comparison's base keeps the verb
        if first.lower() in _RECORDING_VERBS:
            return None
        if _COMPARISON_BASE.search(left[-40:]):
            return first.lower()  # "than the 200,915 tonnes exported": what the base counted
        return _nominal(first)
    noun = context.noun_phrase_after(rest)
    if noun in ("deficit", "surplus"):
        # "the oil and gas balance saw a $3.08 billion deficit": the balance the subject names
        # (a segment's, not the total's), its sign from the noun after the figure
        named = _BALANCE_SUBJECT.search(left[-80:])
        segment = context.clean_phrase(named.group(1).split()) if named else ""
        if segment:
            return f"{segment} {noun}"
    return noun


_COMPARISON_BASE = lazy(r"\b(?:than|from|over|against|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|compared\s+(?:with|to)|"
                        r"versus|vs\.?|relative\s+to|as\s+against)\s+(?:the\s+|a\s+)?$", re.I)
_RECORDING_VERBS = frozenset({"recorded", "registered", "reported", "posted", "logged", "observed", "seen", "noted",
                              "achieved", "attained", "reached", "booked"})
_PARTICIPLE_THEN_PP = lazy(r"\s+[a-z]{3,}ed\s+(?:in|during|by|from|to|for|at|on|over|since|until|last|this|a|an|the)\b")
_QUOTE_OPEN = lazy(r"^\s*[“\"‘']")


def _is_headline(line: str) -> bool:
    """A title or headline: no closing full stop, and most of its words capitalised."""
    line = line.strip()
    if not line or line[-1] in ".!?;," or len(line) > 160:
        return False
    words = re.findall(r"[A-Za-z][\w'’-]*", line)
    long = [w for w in words if len(w) > 3]
    return len(long) >= 2 and sum(w[0].isupper() for w in long) >= 0.6 * len(long)


_BALANCE_SUBJECT = lazy(r"(?<![\w’'])((?:[a-z][\w-]*\s+){1,4})balance\s+(?:saw|posted|recorded|registered|had|booked|showed|"
                        r"logged|reported|ran|swung\s+to|turned\s+to)\s+(?:an?\s+)?$")
_CHANGE_IN = lazy(r"\s+(?:decrease|increase|rise|fall|drop|decline|gain|jump|reduction|surge|dip|slump|plunge)\s+(?:in|of)\s+(.*)", re.I)
_WORTH = ends_with(lazy(r"\b([a-z]+)\s+((?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)\s+(?:worth|valued\s+at|totall?ing|amounting\s+to)\s+"
                         r"(?:about\s+|around\s+|nearly\s+|some\s+|over\s+)?$", re.I),
                   ("worth", "at", "totaling", "totalling", "to", "about", "around", "nearly", "some", "over"))
_EXPECTATION_WORD = triggered(lazy(r"expect|forecast|project|anticipat|consensus|predict|estimate", re.I),
                              ("expect", "forecast", "project", "anticipat", "consensus", "predict", "estimate"))
# "higher than the expected 4.7%", "above forecasts of +10k", "vs a consensus of 5.8%": an expectation
_EXPECTED = lazy(r"\b(?:(?:the|an?)\s+)?(?:expected|forecast|projected|anticipated|consensus|predicted)\s+(?:\w+\s+){0,2}?$"
                       r"|\b(?:forecasts?|expectations?|estimates|consensus|predictions?|projections?)\s+(?:of|for|at)\s+(?:an?\s+)?$", re.I)


def _worth(left: str) -> Optional[str]:
    """'Germany exported goods worth 117.8 billion euros' → 'exports of goods'."""
    m = _WORTH.search(left[-80:])
    if not m:
        return None
    words = (m.group(1) + " " + m.group(2)).split()
    for i in range(len(words) - 2, -1, -1):
        noun = _nominal(words[i])
        if noun:
            obj = context.clean_phrase(words[i + 1:])
            return f"{noun} of {obj}" if obj else noun
    return None


_WITH_FOR = lazy(r"((?:[A-Za-z][\w'’-]*\s+){1,5}?)(?:with|for)\s+(?:[a-z]+\s+){0,2}$")
# "a surplus of N", "stood at N": cheap to ask of the last words, costly to match with the noun
_ENDS_OF_AT = lazy(r"\b(?:of|at)\s+(?:about\s+|around\s+|some\s+|over\s+|nearly\s+)?$")
_POSSESSOR = lazy(r"(?!(?:It|They|He|She|We|This|That|These|Those|There)\b)[A-Z][a-z]+")
_NOUN_OF = lazy(r"((?:[\w'’.-]+\s+){1,4})(?:of|,?\s*at)\s+(?:about\s+|around\s+|some\s+|over\s+|nearly\s+)?$")


def _metric_by_shape(left: str, right: str, kind: Optional[str]) -> Optional[str]:
    """The statement shapes that name a figure without a verb before it: a premodified
    noun ('a 3bn-dollar surplus'), a bracketed or listed figure ('services (€1.9 billion)'),
    and a gapped clause ('… and imports to 827.87 billion')."""
    head = grammar.parenthetical_head(left)
    if head and _SHARE_THEN_BRACKET.search(left[-90:]):
        # "exports, which accounted for 22 per cent of trade (Dh84 billion)": the bracket
        # restates the part, never the whole the share is of
        part = _PART_OF_SHARE.search(left[-160:])
        if part is None:
            return None
        words = part.group(1).split()
        verbs = [i for i, w in enumerate(words) if grammar.is_verbal(w.lower())]
        return context.clean_phrase(words[verbs[-1] + 1:] if verbs else words) or None
    if head:
        return context.clean_phrase(head.split()) or None
    gapped = grammar.gapped_subject(left)
    if gapped and not _TIME_ONLY.fullmatch(gapped.strip()):  # "… in March to K949.8 billion": a month, no gapped subject
        return context.clean_phrase(gapped.split()) or None
    return None


_SHARE_THEN_BRACKET = lazy(r"(?:%|\bper\s?cent|\bpercent|\bpc|\bpct)\s+of\s+[^()\d]{1,60}\(\s*[^\s\d()]{0,4}\s*$", re.I)
_PART_OF_SHARE = lazy(r"(?<![\w'’-])((?:(?!(?:in|of|to|for|on|an?|the|by|from|with|at|as|and|or)\b)[A-Za-z][\w'’-]*\s+){0,2}(?!(?:in|of|to|for|on|by|from|with|at|as|and|or)\b)[A-Za-z][\w'’-]*)\s*,?\s*(?:which\s+|that\s+)?(?:accounted|accounting|accounts|"
                      r"account|made\s+up|making\s+up|makes\s+up|represented|representing|represents|comprised|comprising|"
                      r"constituted|constituting)\b[^()]{0,80}\(\s*[^\s\d()]{0,4}\s*$", re.I)
_OF_INCOME = lazy(r"\s+of\s+(?:the\s+)?(?:country's\s+|nominal\s+)?(?:GDP|gross\s+domestic\s+product)\b", re.I)
_COORDINATED_PERCENTS = lazy(
    r"^(?:\s*(?:,|and|or|,\s*and|,\s*or)\s+(?:about\s+|around\s+|nearly\s+|over\s+)?[\d.,]+\s?"
    r"(?:%|percent\b|per\s?cent\b|pct\b))+")


_GOES_TO = lazy(r"\s*(?:\([^()]{0,40}\)\s*)?(?:will\s+|would\s+|is\s+to\s+|are\s+to\s+)?"
                r"(?:go(?:es)?|went|be\s+(?:allocated|earmarked|spent|set\s+aside)|(?:was|were|is|are|has\s+been|have\s+been)\s+"
                r"(?:allocated|earmarked|spent|set\s+aside))\s+(?:to|for|on|towards?)\s+(.*)", re.I)
_PASSIVE = lazy(r"\s*(?:of\s+(?P<what>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)\s+)?(?:were|was|have\s+been|has\s+been|had\s+been|are|is)\s+"
                r"(?:\w+ly\s+)?(?P<verb>[a-z]+)\b")
_TIME_WORD = lazy(r"(?:the\s+)?(?:(?:first|second|third|fourth|last|same|previous|past|current)\s+)?"
                  r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|year|month|quarter|half|period|week|fiscal|(?:19|20)\d\d)",
                  re.I)


def _lower_words(phrase: str) -> str:
    """Lower-case a noun phrase but keep acronyms ('new MoUs', 'SMEs')."""
    return " ".join(w if re.search(r"[A-Z]", w[1:]) else w.lower() for w in phrase.split())


def _phrase_before_for(left: str) -> Optional[str]:
    body = re.sub(r"\s+for\s+(?:\w+\s+)?$", "", left)
    words = re.findall(r"[A-Za-z][\w'’-]*", body)[-7:]
    verbs = [i for i, w in enumerate(words) if context._VERB_RE.fullmatch(w)]
    if verbs:
        words = words[verbs[-1] + 1:]
    # drop a leading proper noun object: "making China the largest trading partner"
    while words and words[0][0].isupper() and len(words) > 2:
        words = words[1:]
    phrase = context.clean_phrase(words)
    return phrase or None


_POLARITY = {"negative": "down", "positive": "up"}


_LETTERS = lazy(r"[A-Za-z]+")


# Asked of every earlier claim of a sentence for each claim (complete_metrics,
# complete_changes), of the few metrics an article names: answered once per metric.
@functools.lru_cache(maxsize=4096)
def _empty(metric: Optional[str]) -> bool:
    """A metric that names no series: None, a pronoun, 'negative growth', 'the expected increase'."""
    if not metric:
        return True
    empty = _empty_words()
    words = [w.lower() for w in _LETTERS.findall(metric)]
    return all(w in empty or w in ("a", "an", "the", "of", "its", "their") for w in words)


@functools.cache
def _empty_words() -> frozenset:
    from factcheck.extract import lexicon

    return frozenset(lexicon.load("metric_words").get("empty", ()))


def mark_expectations(claims: list[Claim]) -> None:
    """'trade surplus was US$41.65 billion, higher than the expected $22.3 billion': an
    expectation is another series than the outcome ('…, forecast'), and takes the
    outcome's metric when it names none."""
    if not claims or not _EXPECTATION_WORD.search(claims[0].sentence):
        return
    for i, c in enumerate(claims):
        local = c.context.get("local") or (0, 0)
        if not _EXPECTED.search(c.sentence[max(0, local[0] - 40): local[0]]):
            continue
        if _empty(c.metric):
            prior = next((p for p in reversed(claims[:i]) if p.kind == c.kind and not _empty(p.metric)), None)
            if prior is None:
                continue
            c.metric = _bare(prior.metric)
            if prior.context.get("change"):
                c.context["change"] = prior.context["change"]
        if "forecast" not in (c.metric or ""):
            c.metric = f"{c.metric}, forecast"


_SERIES_HEADS = lazy(r"\b(expenditures?|spending|revenues?|receipts|deficit|surplus|exports|imports|trade|gdp|inflation|"
                     r"unemployment|employment|sales|production|output|investment|debt|borrowing|budget|earnings|profits?|"
                     r"income|arrivals|visitors|tourists|subsid(?:y|ies)|outlays|capex)\b", re.I)


def series_named(sentence: str) -> Optional[str]:
    """The last series a sentence without figures names, for the pronoun of the next:
    'There is no quantum jump in the capital expenditure. It was ₹16,372 crore'."""
    heads = list(_SERIES_HEADS.finditer(sentence))
    if not heads:
        return None
    m = heads[-1]
    words = re.findall(r"[A-Za-z][\w'’-]*", sentence[: m.start()])[-2:]
    mods: list[str] = []
    for w in reversed(words):
        if w.lower() in context._STOP or w.lower() in context._DETERMINERS or grammar.is_verbal(w) or w.lower() in ("no", "any"):
            break
        mods.insert(0, w.lower() if not w.isupper() else w)
    return " ".join([*mods, m.group(1).lower() if not m.group(1).isupper() else m.group(1)])


# "increased 22% in January and slid 0.4% in February", "rose to $412 million in May and
# then fell to": a second verb coordinated with the first shares its subject
_COORDINATED_VERB = lazy(r"(?:\s+(?:in|on|during|for|over|from|to|compared\s+(?:with|to))\s+[^,;:.\d()]{0,40}?(?:,?\s*(?:19|20)\d\d)?"
                         r"|\s+(?:last|this|next)\s+[A-Za-z]+|\s+(?:year[- ]on[- ]year|month[- ]on[- ]month|y-?o-?y))?"
                         r"\s*,?\s+(?:and|but|before|then)\s+(?:then\s+|later\s+|also\s+|further\s+)?(?P<verb>[a-z]+)\s+"
                         r"(?:by\s+|to\s+|at\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|over\s+|just\s+)?[^\s\d]{0,4}\s?$", re.I)
# "Shipments to the EU dropped by 13.7% and those to Japan contracted by 4.1%": the
# pronoun stands for the head of the series before, the phrase after it tells it apart
_THOSE_OF = lazy(r"\b(?:and|while|whereas|but)\s+(?:those|that)\s+(?P<pp>(?:to|from|of|in|for|with|by)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+"
                 r"(?P<verb>[a-z]+)\s+(?:by\s+|to\s+|at\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|over\s+|just\s+)?[^\s\d]{0,4}\s?$")
_HEAD_BEFORE_PP = lazy(r"\s+(?:to|from|of|in|for|with|by)\s+")


def _coordinated_series(p: Claim, c: Claim, level_only: bool = False) -> bool:
    """Give c, whose words name no series, the series of the claim p of its kind before it
    when the two are coordinated predicates of one subject (`level_only`: p is a growth rate
    and c the level a verb of being or reaching states); True when it did."""
    if _empty(p.metric) or p.kind not in (K.PERCENT, K.MONEY, K.COUNT, K.MEASURE):
        return False
    gap = c.sentence[(p.context.get("local") or (0, 0))[1]: (c.context.get("local") or (0, 0))[0]]
    series = _bare(p.metric)
    if level_only:
        verb = _COORDINATED_VERB.fullmatch(gap)
        if verb is None or verb.group("verb").lower() not in _LEVEL_VERBS or _empty(series):
            return False
        c.metric = series
        return True
    those = _THOSE_OF.search(gap)
    if those and grammar.is_verbal(those.group("verb")):
        head = _HEAD_BEFORE_PP.split(series)[0]
        if not head[:1].islower():
            return False  # a name is no series whose other parts 'those' could be
        series = f"{head} {those.group('pp')}"
    else:
        verb = _COORDINATED_VERB.fullmatch(gap)
        if verb is None or not (grammar.change_direction(verb.group("verb")) or verb.group("verb").lower() in _LEVEL_VERBS):
            return False
    if c.kind == K.PERCENT and c.context.get("change"):
        series = f"{series} {'decline' if c.context['change'] == 'down' else 'growth'}"
    c.metric = series
    return True


_PLACE_ITEM_GAP = lazy(r"\s*\)?\s*(?:,|;|and|,\s*and|,?\s*(?:followed\s+(?:closely\s+)?by|then|ahead\s+of))\s*"
                       r"(?:(?:those|that)\s+(?:from|to|of|in|with)\s+)?(?:the\s+)?"
                       r"(?P<name>[A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*){0,3})\s*\(\s*[+\-−]?\s*")


def _next_place_item(p: Claim, c: Claim) -> bool:
    """True when c is the next item of a list of places whose item before is p: each a
    place's name with its figure in brackets."""
    p_local, c_local = p.context.get("local") or (0, 0), c.context.get("local") or (0, 0)
    if not c.sentence[: p_local[0]].rstrip().endswith("("):
        return False
    gap = _PLACE_ITEM_GAP.fullmatch(c.sentence, p_local[1], c_local[0])
    return gap is not None and bool(context.subjects(gap.group("name")))


_BRACKET_GAP = lazy(r"\s*\(\s*(?:or\s+)?(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?")
_COMMA_GAP = lazy(r"\s*,\s*(?:or\s+)?(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?")


_FRONTED_FROM = lazy(r"(?:^|[.;:]\s+)(?:[A-Z][a-z]+\s+)?[Ff]rom\s+(?:about\s+|around\s+|some\s+|nearly\s+|just\s+)?[^\s\d]{0,4}\s*$")
_THEN_TO = lazy(r"(?:[^\d;:]|(?<!\d)(?:19|20)\d\d(?!\d)){1,90}?\bto\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|over\s+|a\s+record\s+)?[^\s\d]{0,4}\s*$")


def _fronted_from(c: Claim, n: Claim) -> bool:
    """"From 566.1 billion in 2012, exports leapt to 637.3 billion": a fronted "from" names
    the earlier level of the series whose verb brings it "to" the next figure."""
    start, end = c.context.get("local") or (0, 0)
    if _empty(n.metric) or n.kind != c.kind or not _FRONTED_FROM.search(c.sentence[:start]):
        return False
    gap = c.sentence[end: (n.context.get("local") or (0, 0))[0]]
    return "," in gap and bool(_THEN_TO.fullmatch(gap))


def _restates_share(p: Claim, c: Claim) -> bool:
    """An amount in brackets right after a part's share ("accounted for 72.5% (€1.969
    billion)"), or after it inside one bracket ("fees (1.9%, €53 million)"), is that part
    stated in money: the share's series."""
    if p.kind != K.PERCENT or p.context.get("change") or _empty(p.metric) or p.role not in ("share", "rate", None):
        return False
    start, end = p.context.get("local") or (0, 0)
    gap = c.sentence[end: (c.context.get("local") or (0, 0))[0]]
    if _BRACKET_GAP.fullmatch(gap):
        return True
    return bool(_COMMA_GAP.fullmatch(gap)) and c.sentence[:start].rstrip().endswith("(")


def complete_metrics(claims: list[Claim], earlier: list[Claim], named: Optional[str] = None) -> None:
    """Claims whose own words name no series take the series their statement is about:
    'USD 493.19 billion, exhibiting a negative growth of 6.66%' is the growth of what
    the sentence measured; 'It rose 5%' of what the sentence before did (or named, when
    it states no figure: `named`); '£28.5 billion, or 4.2% of GDP' is that figure's ratio
    to GDP. `earlier` are the claims of the sentences before, latest last."""
    for i, c in enumerate(claims):
        if not _empty(c.metric) or c.kind not in (K.PERCENT, K.MONEY, K.COUNT, K.MEASURE):
            continue
        shared = _shared_predicate(claims, i)
        if shared is not None:
            gap = c.sentence[(shared.context.get("local") or (0, 0))[1]: (c.context.get("local") or (0, 0))[0]]
            reached = bool(_TO_LEVEL.search(gap))  # "of $4 billion to $69.7 billion": the level the change reached
            c.metric = shared.metric if c.kind == shared.kind and not reached else _bare(shared.metric)
            if c.kind == shared.kind and shared.context.get("change") and not c.context.get("change") and not reached:
                c.context["change"] = shared.context["change"]
            continue
        if c.kind != K.PERCENT and i:
            p = claims[i - 1]
            gap = c.sentence[(p.context.get("local") or (0, 0))[1]: (c.context.get("local") or (0, 0))[0]]
            if _empty(p.metric) and i > 1 and gap.lstrip().startswith(")") and claims[i - 2].context.get("change") \
                    and re.fullmatch(r"\s*\(\s*", c.sentence[(claims[i - 2].context.get("local") or (0, 0))[1]: (p.context.get("local") or (0, 0))[0]]):
                p = claims[i - 2]  # "fell by 17.3 percent (P924.8 million) from P5.3 billion": the growth the bracket restates
            if (p.context.get("change") or gap.lstrip().startswith(")")) and not _empty(p.metric) \
                    and _FROM_AFTER_GROWTH.fullmatch(gap):
                c.metric = _bare(p.metric)  # "increased by 6.6%, up from K7,829.1 million … to K8,346.4 million"
                continue
        if c.kind != K.PERCENT and i + 1 < len(claims) and _fronted_from(c, claims[i + 1]):
            c.metric = claims[i + 1].metric  # "From 566.1 billion in 2012, exports leapt to 637.3 billion"
            continue
        if c.kind != K.PERCENT and i and _restates_share(claims[i - 1], c):
            c.metric = claims[i - 1].metric  # "tax income accounted for 72.5% (€1.969 billion)"
            continue
        same_kind = next((p for p in reversed(claims[:i]) if p.kind == c.kind), None)
        if same_kind is not None and _coordinated_series(same_kind, c):
            continue
        if same_kind is not None and not _empty(same_kind.metric) and _next_place_item(same_kind, c):
            # "from Switzerland (14.6%), followed by Germany (12.5%), Italy (11.3%)": the
            # items of a list of places share the series of the first
            c.metric = same_kind.metric
            if same_kind.context.get("change") and not c.context.get("change"):
                c.context["change"] = same_kind.context["change"]
            continue
        if i and c.kind != K.PERCENT and claims[i - 1].kind == K.PERCENT and claims[i - 1].context.get("change") \
                and _coordinated_series(claims[i - 1], c, level_only=True):
            continue  # "rose by 11% … and reached USD 81.9 million": the level the growth's series reached
        words = [w.lower() for w in _LETTERS.findall(c.metric or "")]
        polarity = next((_POLARITY[w] for w in words if w in _POLARITY), None)
        before = [p for p in claims[:i] if not _empty(p.metric) and p.kind != K.PERCENT]
        source = before[-1] if before else None
        if source is None and words and words[0] in ("it", "they", "this", "that", "these", "those") and _measures(c):
            if named:
                c.metric = named
                continue
            source = next((p for p in reversed(earlier) if not _empty(p.metric) and p.kind != K.PERCENT), None)
            if source is None and c.kind == K.PERCENT and c.context.get("change"):
                # "Exports fell by 8% in September. It rose by 11% on the year": the pronoun
                # stands for the series whose change the sentence before stated
                prior = next((p for p in reversed(earlier) if p.kind == K.PERCENT and p.context.get("change")
                              and not _empty(p.metric)), None)
                if prior is not None and not _empty(_bare(prior.metric)):
                    c.metric = f"{_bare(prior.metric)} {'decline' if c.context['change'] == 'down' else 'growth'}"
                    continue
        if c.context.get("ratio_to_gdp"):
            if source is not None:
                c.metric = f"{_bare(source.metric)} to GDP ratio"
            continue
        if polarity:
            c.context["change"] = polarity
        if source is None and i and c.kind != K.PERCENT and not words:
            # "37.7% higher than 2022's USD 61.5 billion": the level on the other side of a
            # comparison is of the series whose change is stated
            p = claims[i - 1]
            gap = c.sentence[(p.context.get("local") or (0, 0))[1]: (c.context.get("local") or (0, 0))[0]]
            if p.kind == K.PERCENT and not _empty(p.metric) and (_COMPARED_GAP.fullmatch(gap)
                                                                 or _bare(p.metric) != p.metric and len(_bare(p.metric).split()) > 1
                                                                 and _REACHING_GAP.fullmatch(gap)):
                # (a one-word head, "with revenues growing 9.4pc", is often anaphoric for a
                # fuller name said before it: no series to lend)
                c.metric = _bare(p.metric)
                continue
        if source is None:
            continue
        if c.kind == K.PERCENT and polarity is None and not any(w in _GROWTHISH for w in words):
            continue  # a bare percentage after a level is not necessarily its change
        c.metric = _bare(source.metric)
        if polarity:
            c.context["change"] = polarity  # "a negative growth of 6.66%" is a fall


_BALANCE_HEAD = lazy(r"^(?:(?:the|a|an)\s+)?(?:(?:trade|export|import|commercial)\s+)?(?:balance|surplus|deficit)$", re.I)
_BALANCE_SEGMENT = lazy(r"\s+in\s+(?:the\s+)?(?:(?:foreign\s+)?trade|exchanges?)\s+(?:in|of|with)\s+((?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)"
                        r"(?=\s*(?:[,.;]|$|in\s|during\s|for\s|compared\s|against\s|from\s|and\s(?!services\b)))", re.I)
_WHOLE_TRADE = frozenset({"goods", "services", "goods and services", "merchandise", "goods and non-factor services"})
_FLOW_OF = lazy(r"^(?:the\s+)?(?:exports?|imports?)\s+(of\s+.+)$", re.I)


def balance_segments(claims: list[Claim]) -> None:
    """A balance names its segment after the figure ('a surplus of $865.2 million in trade in
    food'); a bare balance in a sentence whose exports and imports are of one segment is that
    segment's ('The export of energy … and the import of energy …, with the deficit amounting
    to $2,640.6 million'). Without it the segment's balance reads as the total's."""
    flows = [(c, m) for c in claims if c.kind == K.MONEY and c.metric and (m := _FLOW_OF.match(c.metric))]
    segments = {m.group(1).lower() for _, m in flows}
    kinds = {c.metric.split()[0].lower().rstrip("s") for c, _ in flows}
    for c in claims:
        if c.kind != K.MONEY or not c.metric or not _BALANCE_HEAD.match(c.metric.strip()):
            continue
        local = c.context.get("local") or (0, 0)
        named = _BALANCE_SEGMENT.match(c.sentence, local[1])
        if named and named.group(1).lower() in _WHOLE_TRADE:
            continue  # "in foreign trade in goods and services": the total, no segment
        if named:
            c.metric = f"{c.metric} in trade in {named.group(1).lower()}"
        elif len(segments) == 1 and kinds >= {"export", "import"}:
            c.metric = f"{c.metric} {segments.pop()}"


def place_lists(claims: list[Claim]) -> None:
    """'lower exports in most states, namely Kedah (-RM730.3 million), Sabah (…)': a figure
    bracketed after a place's name measures the series the list is about, in that place
    ('exports in Kedah'), so exports and imports of one place stay two series."""
    for c in claims:
        if c.kind not in (K.MONEY, K.COUNT, K.MEASURE, K.PERCENT) or _empty(c.metric):
            continue
        local = c.context.get("local") or (0, 0)
        left = c.sentence[: local[0]]
        if not _BRACKET_OPEN.search(left[-6:]):
            continue
        words = c.metric.split()
        while words and words[0][:1].islower():
            words = words[1:]  # "namely Kuala Lumpur"
        if not words or len(words) > 3 or not all(w[:1].isupper() for w in words):
            continue
        place = " ".join(words)
        at = left.rfind(place)
        if at >= 0 and _FIGURE_END.search(left, 0, at):
            continue  # "435.2 billion Dirhams (+ 6.4%)": a currency's name, no place
        series = [m.group(0).lower() for m in _SERIES_NOUN.finditer(left, 0, at if at >= 0 else len(left))]
        if series:
            c.metric = f"{series[-1]} in {place}"


# "rose 8.1% y-o-y from $2.1 billion", "a 6% increase in excise revenues from $51 million":
# the figure after "from" is the earlier level of the series whose change is stated, past
# an adverbial of comparison or the rest of the change's noun phrase
_FROM_AFTER_GROWTH = lazy(r"\s*\)?\s*,?\s*(?:(?:(?:year|month|quarter|week)[- ](?:on|over|to)[- ](?:year|month|quarter|week)|"
                          r"y-?o-?y|m-?o-?m|q-?o-?q|on\s+the\s+(?:year|month|quarter)|annually|in\s+annual\s+terms)\s*,?\s*)?"
                          r"(?:(?:increase|rise|gain|growth|jump|decrease|decline|drop|fall|contraction|reduction)\s+in\s+"
                          r"(?:the\s+|its\s+|their\s+)?[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,4}?\s+)?"
                          r"(?:(?:up|down|rising|falling|increasing|decreasing|declining|growing)\s+)?from\s+"
                          r"(?:about\s+|around\s+|nearly\s+|some\s+)?", re.I)
_FIGURE_END = lazy(r"\d[\d.,]*\s*(?:[a-z]+\s+)?$")
_A_SHARE = lazy(r"\s*(?:market\s+)?share\b", re.I)
_BRACKET_OPEN = lazy(r"\(\s*[+\-−]?\s*[^\s\d()]{0,4}\s*$")
_SERIES_NOUN = lazy(r"\b(?:exports|imports|trade|sales|revenues?|receipts|spending|expenditures?|investments?|arrivals|"
                    r"visitors|tourists|output|production|employment|jobs|inflows|outflows|remittances|deposits|loans)\b", re.I)


_COMPARED_GAP = lazy(r"\s*(?:higher|lower|more|less|above|below|up|down|ahead\s+of|behind)\s+(?:than|from|on|compared\s+(?:with|to))\s+"
                     r"(?:(?:the|a|an)\s+|\S*['’]s\s+|(?:(?:19|20)\d\d|last\s+year|a\s+year\s+earlier)\s+)*(?:about\s+|around\s+)?", re.I)
# "revenues growing 9.4pc compared to 2022, reaching €10.4bn": the level the growth reached
_REACHING_GAP = lazy(r"(?:[^\d;:()]|(?:19|20)\d\d){0,80}?,\s*(?:reaching|rising\s+to|falling\s+to|climbing\s+to|dropping\s+to|to\s+reach|to)\s+"
                     r"(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|over\s+|more\s+than\s+|just\s+over\s+)?", re.I)
_CHANGE_OF = lazy(r"\b(?:increase|rise|gain|jump|growth|decrease|decline|drop|fall|contraction|reduction|cut)\s+of\s+"
                  r"(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|over\s+|more\s+than\s+)?[$€£¥₹]?\s*$", re.I)
_IN_SERIES = lazy(r"\s+in\s+(?:the\s+|its\s+|their\s+)?((?:(?!on\b|in\b|at\b|for\b|from\b|to\b|and\b|with\b|over\b|"
                  r"compared\b|against\b|since\b|year\b|month\b|dollar\b|rupee\b|terms\b)[a-z][\w-]*\s+){0,2}"
                  r"(?!(?:on|in|at|for|from|to|and|with|over|compared|against|since|year|month|dollar|rupee|terms|the)\b)[a-z][\w-]*)\b")


def complete_changes(claims: list[Claim]) -> None:
    """A change the frame found in the words after the number ('$5.1 billion, or 11.8
    percent', 'imports to 827.87 billion, 3.7% lower year-on-year', 'accounted for 28.9
    percent of trade, up 1.6 percentage points') and whose own words name no series is the
    change of the figure just before it in its sentence: a percentage of an amount, a
    percentage-point change of a percentage."""
    for i, c in enumerate(claims):
        if c.role not in ("growth", "change") or not _empty(c.metric):
            continue
        local = c.context.get("local") or (0, 0)
        if _CHANGE_OF.search(c.sentence, max(0, local[0] - 40), local[0]):
            # "a fall of 81% in sales on YoY basis": the series follows the figure (past a
            # bracket: "a decrease of 8.5 percent (K20.9 million) in imports")
            bracket = _BRACKET_AFTER.match(c.sentence, local[1])
            m = _IN_SERIES.match(c.sentence, bracket.end() if bracket else local[1])
            if m:
                c.metric = m.group(1)
                continue
        if c.kind not in (K.PERCENT, K.PERCENTAGE_POINT):
            continue
        for p in reversed(claims[:i]):
            gap = c.sentence[(p.context.get("local") or (0, 0))[1]: local[0]]
            if ";" in gap or len(gap) > 90:
                break
            if _empty(p.metric):
                continue
            if (p.kind == K.PERCENT) == (c.kind == K.PERCENT):
                break  # another percentage names its own series ("up 0.4%, and imports … 3.7% lower")
            c.metric = _bare(p.metric)
            break


_TO_LEVEL = lazy(r"\bto\s+(?:about\s+|around\s+|nearly\s+|a\s+record\s+)?$", re.I)
_REACHING = lazy(r"^(?:\s+(?:on|over|from|against|compared\s+(?:with|to)|(?:year|quarter|month|week)[- ](?:on|over)[- ](?:year|quarter|month|week)|"
                 r"y-?o-?y|q-?o-?q|m-?o-?m)\b[^,;\d]{0,25}?)?"  # "added 1.4% on the year, reaching"
                 r"\s*,?\s*(?:(?:and|thus|so)\s+)?(?:reaching|bringing\s+(?:it|the\s+total)\s+to|taking\s+(?:it|the\s+total)\s+to|"
                       r"to\s+reach|for\s+a\s+total\s+of|totall?ing|at)\s+(?:about\s+|around\s+|nearly\s+)?$", re.I)


def _shared_predicate(claims: list[Claim], i: int) -> Optional[Claim]:
    """The earlier figure of the sentence whose predicate this one shares: a list ('2.3% in
    2024, 2.0% in 2025 and 1.9% in 2026'), a second base ('5.7% over the previous month and
    15.8% year-on-year'), or the level a change reached ('grew 10.3 percent, reaching 1.53
    trillion yuan')."""
    c = claims[i]
    local = c.context.get("local") or (0, 0)
    for p in reversed(claims[:i]):
        if _empty(p.metric):
            continue
        gap = c.sentence[(p.context.get("local") or (0, 0))[1]: local[0]]
        if p.kind == K.PERCENT and c.kind != K.PERCENT and (
                _REACHING.match(gap) or (p.context.get("change") and re.fullmatch(r"[^,;]{0,40}?\bto\s+(?:about\s+|around\s+)?", gap))):
            return p  # "grew 10.3 percent, reaching 1.53 trillion", "15.8% year-on-year to US$32.81 billion"
        if p.kind != c.kind or ";" in gap or len(gap) > 80:
            return None
        words = re.findall(r"[A-Za-z]+", gap)
        if any(grammar.is_verbal(w) and not w.lower().endswith("ing") or w.lower() in _LEVEL_VERBS for w in words):
            return None
        return p
    return None


_LEVEL_VERBS = {"stood", "stands", "reached", "reaches", "totalled", "totaled", "totals", "amounted", "amounts", "hit",
                "came", "was", "were", "is", "are"}


def _measures(c: Claim) -> bool:
    """'It rose 5%', 'it stood at $3bn': the pronoun is the quantity, not an agent ('It also
    spent $2bn on schools')."""
    local = c.context.get("local") or (0, 0)
    left = c.sentence[: local[0]]
    slot = grammar.verb_slot(left)
    if slot is None:
        return False
    verb = left[slot[0]: slot[1]].lower()
    return bool(grammar.change_direction(verb) or grammar.particle_direction(verb)) or verb in _LEVEL_VERBS


_GROWTHISH = {"increase", "rise", "gain", "growth", "decline", "decrease", "drop", "fall", "change", "jump", "surge",
              "slump", "contraction", "expansion"}


def _bare(metric: Optional[str]) -> str:
    return re.sub(r"\s+(?:growth|decline|change)$", "", metric or "")


# Words that tell one series of a statistic from another of the same name: adjusted or
# not, trend, real or nominal. Said once for a sentence ("In seasonally adjusted terms,
# …") or for the lines under a heading ("TREND ESTIMATES").
_SERIES = (("not seasonally adjusted", re.compile(r"\b(?:not\s+seasonally\s+adjusted|unadjusted|n\.s\.a\.)", re.I)),
           ("seasonally adjusted", re.compile(r"\bseasonally[- ]adjusted\b|(?<![\w.])s\.a\.(?!\w)", re.I)),
           ("trend", re.compile(r"\b(?:in\s+trend\s+terms|trend\s+(?:estimates?|series|terms))\b", re.I)),
           ("real", re.compile(r"\b(?:in\s+real\s+terms|at\s+constant\s+prices|inflation[- ]adjusted)\b", re.I)),
           ("nominal", re.compile(r"\b(?:in\s+nominal\s+terms|at\s+current\s+prices)\b", re.I)))


_SERIES_WORDS = ("adjusted", "s.a.", "trend", "real terms", "constant prices", "nominal", "current prices", "inflation")


def series_of(sentence: str) -> Optional[str]:
    """The series qualifier a sentence states ('In trend terms, …' → 'trend'), if any."""
    low = sentence.lower()
    if not any(w in low for w in _SERIES_WORDS):
        return None
    for name, pattern in _SERIES:
        if pattern.search(sentence):
            return name
    return None


# --- series told apart by their denomination and their estimate -------------------------------
_CURRENCY_WORDS = (("USD", r"US\s?dollars?|U\.S\.\s?dollars?|dollars?|USD|US\$"), ("CNY", r"RMB|yuan|renminbi|CNY"),
                   ("INR", r"rupees?|INR"), ("EUR", r"euros?|EUR"), ("JPY", r"yen|JPY"), ("GBP", r"pounds?|sterling|GBP"))
_DENOMINATION = triggered(lazy(r"\b(?:in|denominated\s+in|calculated\s+in|measured\s+in|expressed\s+in)\s+(?:the\s+)?(?:(?:US|U\.S\.)\s+)?"
                     r"(?P<cur>US\s?dollars?|U\.S\.\s?dollars?|dollars?|USD|US\$|RMB|yuan|renminbi|CNY|rupees?|INR|euros?|EUR|yen|JPY|"
                     r"pounds?|sterling|GBP)(?:\s+terms)?\b|\b(?P<adj>dollar|yuan|rupee|euro|yen|sterling|RMB|USD|INR)[- ]terms?\b", re.I),
                         ("dollar", "usd", "us$", "rmb", "yuan", "renminbi", "cny", "rupee", "inr", "eur", "yen", "jpy",
                          "pound", "sterling", "gbp"))


def _currency_code(word: str) -> Optional[str]:
    return next((code for code, pattern in _CURRENCY_WORDS if re.fullmatch(pattern, word, re.I)), None)


def denominate(claims: list[Claim]) -> None:
    """In an article that states its figures in two currencies (yuan and dollars, rupees and
    dollars), a rate of change is of the series in one of them: 'exports in US dollars
    increased by 1.1%' and 'exports rose 7.7%' in the yuan paragraph are two series. Each
    percentage takes the denomination its sentence states ('If calculated in USD, …',
    'Imports denominated in RMB …'), else that of the money figures of its sentence, else
    the one its paragraph was last in; ', USD terms' is added to its metric."""
    own = [c for c in claims if c.kind == K.MONEY and "/" not in c.unit and not c.context.get("converted")]
    if len({c.unit for c in own}) < 2 and not any(_DENOMINATION.search(c.sentence) for c in claims
                                                  if c.kind in (K.PERCENT, K.PERCENTAGE_POINT)):
        return
    from factcheck.matching import metric_keys

    currencies: dict = {}  # series (in a paragraph) → the currencies its levels are stated in
    for c in own:
        for key in metric_keys(c.metric):
            currencies.setdefault((key.heads, c.context.get("paragraph")), set()).add(c.unit)
    current: Optional[str] = None
    paragraph = sentence = None
    stated = None
    for i, c in enumerate(claims):
        if c.context.get("paragraph") != paragraph:
            paragraph, current = c.context.get("paragraph"), None
        if c.context.get("sentence_start") != sentence:
            sentence = c.context.get("sentence_start")
            m = _DENOMINATION.search(c.sentence)
            stated = _currency_code(m.group("cur") or m.group("adj")) if m else None
            same = [p for p in own if p.context.get("sentence_start") == sentence]
            current = stated or (same[0].unit if same else current)
        if c.kind not in (K.PERCENT, K.PERCENTAGE_POINT) or not c.metric \
                or c.role not in (R.GROWTH, R.CHANGE) or "terms" in c.metric:
            continue
        named = _DENOMINATION.search(c.metric)
        if named:  # "exports in US dollars growth": say it once, the one way
            c.metric = (c.metric[: named.start()] + c.metric[named.end():]).replace("  ", " ").strip()
        local = c.context.get("local") or (0, 0)
        stated_after = _DENOMINATION.match(c.sentence, local[1] + 1) if c.sentence[local[1]: local[1] + 1] == " " else None
        if stated_after:  # "a negative growth of 7.26% in Dollar terms (… 3.13% in Rupee terms)"
            c.metric = f"{c.metric}, {_currency_code(stated_after.group('cur') or stated_after.group('adj'))} terms"
            continue
        if not current:
            continue
        # only where it tells series apart: stated, or a series whose levels come in two currencies
        if stated or any(len(currencies.get((k.heads, paragraph), ())) > 1 for k in metric_keys(_bare(c.metric))):
            c.metric = f"{c.metric}, {current} terms"


_ONLY_ESTIMATE = lazy(r"(?:the\s+)?(?:\w+\s+)?estimates?(?:\s+of\s+(?:the\s+)?budget)?", re.I)
_TIME_AFTER = lazy(r"^\s*(?:during|in|for)\s+[\w-]+")
_ESTIMATE_AFTER = lazy(r"^\s*(?:\(\s*|,?\s*(?:in|as\s+per|according\s+to|under)\s+(?:the\s+)?)(?:\w+\s+){0,1}?"
                       r"(budget|revised|interim|advance|provisional|preliminary|flash|final|initial)\s+estimates?\b", re.I)
_ESTIMATE_SUBJECT = lazy(r"\b(?:the|its|their)\s+(budget|revised|interim|advance|provisional|preliminary|final|initial)\s+"
                         r"estimates?\s+(?:(?:for|in|of)\s+[\w-]+\s+)?(?:(?:was|were|is|are)(?:\s+(?:pegged|put|placed))?"
                         r"|stood|came\s+in|pegged|put)\s+(?:at\s+)?(?:about\s+|around\s+)?$", re.I)


def estimates(claims: list[Claim], earlier: list[Claim]) -> None:
    """A budget estimate, a revised estimate and the outcome are three series of one
    figure: '₹14.84 lakh crore in the revised estimates', '₹2,05,555.95 crore during 2022-23
    (Revised Estimate)', 'the revised estimate in 2022-23 was ₹47,716 crore' (of the series
    the sentence, or the one before, is about)."""
    if not claims or "stimate" not in claims[0].sentence:
        return
    for i, c in enumerate(claims):
        if c.kind not in (K.MONEY, K.PERCENT, K.COUNT, K.MEASURE):
            continue
        local = c.context.get("local") or (0, 0)
        after = _ESTIMATE_AFTER.match(c.sentence[local[1]: local[1] + 60]) or _ESTIMATE_AFTER.match(
            _TIME_AFTER.sub("", c.sentence[local[1]: local[1] + 80]))
        subject = _ESTIMATE_SUBJECT.search(c.sentence[max(0, local[0] - 80): local[0]])
        found = after or subject
        if not found:
            continue
        kind = found.group(1).lower()
        if (subject or _ONLY_ESTIMATE.fullmatch(c.metric or "")) and (not c.metric or "estimate" in c.metric.lower()):
            # "the revised estimate was ₹16,846 crore": of the series named before
            source = next((p for p in reversed([*earlier[-6:], *claims[:i]]) if p.metric and "estimate" not in p.metric.lower()
                           and p.kind == c.kind), None)
            c.metric = source.metric.split(",")[0] if source else c.metric
        if c.metric and "estimate" not in c.metric.lower():
            c.metric = f"{c.metric}, {kind} estimate"


def is_heading(sentence: str) -> bool:
    """A line in capitals ('TREND ESTIMATES (MONTHLY CHANGE)') heads the lines below it."""
    return len(sentence) >= 6 and sentence.upper() == sentence and sentence.lower() != sentence


_HEADING_LINE = lazy(r"[A-Z][^.!?:;\d]{2,80}")


def section_of(sentence: str) -> Optional[str]:
    """The side of an account a heading line names ('Credits (exports of goods and
    services)' → 'credits'), '' for any other heading line (it ends the section before),
    None for a line that is no heading (a sentence, with its full stop)."""
    text = sentence.strip()
    if not _HEADING_LINE.fullmatch(text) or len(text.split()) > 8:
        return None
    first = re.match(r"[A-Za-z]+", text)
    word = first.group(0).lower() if first else ""
    return word if word in _flows() else ""


@functools.cache
def _flows() -> frozenset[str]:
    from factcheck.extract import lexicon

    return frozenset(lexicon.load("metric_words").get("flows") or ())


def qualify_section(claims: list[Claim], section: Optional[str]) -> None:
    """Under a heading that names a side of an account, a figure whose metric names no
    side measures that side: 'Non-monetary gold fell $735m' under 'Credits' is
    'credits: non-monetary gold' (and under 'Debits' another series)."""
    if not section:
        return
    flows = _flows()
    for c in claims:
        if not c.metric or c.kind not in (K.MONEY, K.COUNT, K.PERCENT, K.PERCENTAGE_POINT, K.MEASURE):
            continue
        if any(w.lower() in flows for w in _LETTERS.findall(c.metric)):
            continue
        c.metric = f"{section}: {c.metric}"


@functools.cache
def _modes() -> dict[str, str]:
    from factcheck.extract import lexicon

    table = lexicon.load("metric_words").get("modes") or {}
    return {w: mode for mode, words in table.items() for w in words}


def travel_modes(claims: list[Claim]) -> None:
    """A count whose own stretch of the sentence names one way of travel measures that
    mode: 'Airlines carried 11.3 million passengers, down by 48.7% and 1.8 million
    passengers travelled on trains' are passengers by air and by rail, two series (and
    the change after each is that series' change); a stretch naming several modes ('air,
    bus and rail') is their total. The stretch runs from the figure before to the next."""
    modes = _modes()
    renamed: dict[int, tuple[str, str]] = {}
    for i, c in enumerate(claims):
        if not c.metric:
            continue
        if c.kind == K.PERCENT and i and i - 1 in renamed:
            old, new = renamed[i - 1]
            if c.metric.startswith(old):
                c.metric = new + c.metric[len(old):]  # "passengers decline" of the passengers by air
            continue
        if c.kind != K.COUNT or {w.lower() for w in _LETTERS.findall(c.metric)} & modes.keys():
            continue
        start = (claims[i - 1].context.get("local") or (0, 0))[1] if i else 0
        end = (claims[i + 1].context.get("local") or (0, 0))[0] if i + 1 < len(claims) else len(c.sentence)
        found = {modes[w.lower()] for m in _MODE_PHRASE.finditer(c.sentence, start, end)
                 for w in m.groups() if w and w.lower() in modes}
        if len(found) == 1:
            new = f"{c.metric} by {found.pop()}"
            renamed[i] = (c.metric, new)
            c.metric = new


# a mode is named by a phrase of travel ("by air", "on trains", "at seaports", "Road travel",
# "Airlines carried"), never by a bare word that may be a verb or a figure of speech ("ships
# 3 million cars", "the road to recovery")
_MODE_PHRASE = lazy(r"\b(?:by|on|via|through|at|from)\s+(?:the\s+|a\s+)?(?:[a-z]+\s+)?([a-z]+)\b|\b(overland)\b"
                    r"|\b([A-Za-z]+)\s+(?:travel|traffic|transport|passengers|visitors|arrivals|freight|cargo)\b"
                    r"|\b(airlines|trains|ferries|buses)\s+(?:carried|transported|brought|ferried|flew)\b", re.I)


_NOMINAL_WORDS = lazy(r"\s*\b(?:nominal(?:ly)?|(?:at|in)\s+current\s+prices|in\s+nominal\s+terms)\b\s*", re.I)


def qualify(claims: list[Claim], series: Optional[str]) -> None:
    """Add the series qualifier to the metric of each claim that does not say it already."""
    if not series:
        return
    for c in claims:
        if not c.metric or c.kind not in (K.MONEY, K.COUNT, K.PERCENT,
                                           K.PERCENTAGE_POINT, K.MEASURE):
            continue
        metric = re.sub(r"(?<![\w.])s\.a\.?(?!\w)", "", c.metric).strip(" ,")
        if series == "nominal" and c.kind == K.MONEY:
            # an amount of money is at current prices unless it says otherwise: "nominal"
            # tells no money series apart, and kept in one figure only it splits one series
            c.metric = _NOMINAL_WORDS.sub(" ", metric).strip(" ,") or metric
            continue
        if series in metric.lower():
            c.metric = metric
            continue
        c.metric = f"{series} {metric}" if series in ("real", "nominal") else f"{metric}, {series}"
