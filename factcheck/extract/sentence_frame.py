"""The sentence frame: passes over all the claims of one sentence that share out what a
sentence states once for several numbers: a metric given once for a list or a change ('rose
5% to $3bn', 'fell $735m (34%)'), the series a heading or a leading sentence names, an
expectation, a comparison's base. The metric of one claim on its own is metrics.py's; the
items of a list (places, brackets, "of which" parts, a balance's segments) are
list_items.py's; what tells one series from another of the same name (adjusted or not, the
currency of denomination, an estimate's vintage, a section, a mode of travel) is
series_qualifiers.py's. Pure: no I/O."""

from __future__ import annotations

import re
from typing import Optional

from factcheck.extract import context, grammar, placenames, roles
from factcheck.extract.frame.positions import claim_span
from factcheck.extract.kinds import K
from factcheck.extract.metrics import is_prior
from factcheck.extract.numbers import SCALE_ABBR, SCALE_WORD
from factcheck.models import Claim
from factcheck.quantities import rate_parts
from factcheck.extract.patterns import lazy, triggered
from factcheck.extract.vocabulary import DOWN_WORDS, LETTERS, MONTH_NAME, OF_NATIONAL_OUTPUT
from factcheck.extract.vocabulary import names_no_series as _empty


_CHANGE_LEAD = lazy(
    r"(?:(?:,|\band|[–—;(]|\bwhich\s+(?:is|was)|\brepresenting|\bmarking|\bshowing|\bregistering|\bexhibiting)\s*"
    r"(?:(up|down|rising|falling|growing|increasing|decreasing|declining|gaining|dropping)|"
    r"(?:an?\s+)?(increase|rise|gain|growth|jump|decrease|decline|drop|fall|contraction)(?:\s+on\s+the\s+year)?\s+of)"
    r"\s+(?:by\s+)?(?:about\s+|around\s+|nearly\s+|some\s+|over\s+)?"
    # "(+4.3 per cent)" after a level: its change, the sign giving the direction
    r"|\(\s*(?P<sign>[+\-−])"
    # "2.29 million tourists (plus by 5%)": a bracketed "plus" or "minus" reads as its sign
    r"|\(\s*(?P<spelled>plus|minus)\s+(?:by\s+)?)$",
    re.I,
)
# "– a 2.8 per cent increase year-on-year": a change noun after the percent, naming no
# other quantity ("a 7.8 per cent rise in GDP" names one: see _metric)
_CHANGE_TRAIL = lazy(r"\s+(?:(?:year[- ]on[- ]year|year[- ]over[- ]year|on-year|annual|annualised|annualized|"
                           r"month[- ]on[- ]month|quarter[- ]on[- ]quarter)\s+)?"
                           r"(increase|rise|gain|growth|jump|surge|decrease|decline|drop|fall|contraction)\b(?!\s+(?:in|of)\b)", re.I)
_CHANGE_TRAIL_LEAD = lazy(r"(?:,|[–—;(]|\band)\s*(?:an?|the)?\s*$", re.I)


# A noun of reading with the words that date or qualify it: "a revised July 2024 value of",
# "2007's numbers of", "the previous year's figure of": it names no series of its own
_READING_MODS = (r"(?:(?:latest|revised|previous|earlier|provisional|preliminary|(?:19|20)\d\d(?:['’]s)?|" + MONTH_NAME
                 + r"|(?:last|previous|the\s+same)\s+(?:year|month|quarter|period)['’]s?)\s+){0,3}")
# (a past extreme is a reading too: "compared to the previous record of 894,389", "down from
# a peak of": the base of a comparison, an earlier figure of the same series)
_READING_NOUN = r"(?:estimates?|figures?|numbers?|values?|levels?|readings?|records?|(?:record\s+)?(?:highs?|peaks?))"
# the noun of reading as the base's own phrase: "the 2009 estimate of", "a revised July value of"
_READING_OF = r"(?:(?:the|a|an)\s+)?" + _READING_MODS + _READING_NOUN + r"\s+of\s+"
_COMPARED = lazy(r"\b(?:from|against|compared\s+with|compared\s+to|versus|vs\.?|up\s+from|down\s+from|over)\s+(?:a\s+revised\s+|an?\s+|(?P<the>the\s+))?"
                 # "over the latest estimate for 2018 of", "compared with revised estimates of": a
                 # noun of reading names the earlier figure of the same series
                 r"(?P<reading>" + _READING_MODS + _READING_NOUN
                 + r"\s+(?:for\s+(?:(?:the\s+)?(?:fiscal\s+)?year\s+)?(?:19|20)\d\d(?:[-/]\d\d)?\s+)?of\s+)?$", re.I)
_READING_BASE_GAP = lazy(r"\b(?:below|above|under|over|than|from|against|compared\s+(?:to|with)|versus)\s+"
                         + _READING_OF + "$", re.I)
_TO_END = lazy(r"\bto\s+$")
_TO_REACH_END = lazy(r"\bto\s+(?:reach|total|hit|top|stand\s+at|settle\s+at)\s+"
                     r"(?:(?:about|around|nearly|almost|some|roughly|over|just\s+over|a\s+total\s+of)\s+)?$", re.I)
_CONVERTED = lazy(r"^\s*(?:\(|,|—|–)?\s*(?:or\s+)?(?:about|around|roughly|approximately|some|nearly|equivalent\s+to|worth)?\s*$", re.I)
_OBJECT_CHANGE = triggered(lazy(
    r"\b(?:cut|cuts|raised|raises|lowered|lowers|hiked|hikes|reduced|reduces|trimmed|trims|boosted|boosts|"
    r"drop|dropped|drops|push|pushed|pushes|lift|lifted|lifts|brought|bring|brings|helped\s+(?:to\s+)?(?:drop|push|lift|bring)|"
    r"slashed|slashes|revised|revises|lifted|lifts|upgraded|downgraded)\s+"
    # the object's head is a word, or an acronym that names a series ("boosted Oman's GDP by")
    r"((?:its\s+|the\s+|their\s+)?(?:[A-Za-z][\w'’-]*\s+){0,4}?(?:[a-z][\w-]*|(?-i:[A-Z]{2,5}s?)))\s+(by|from|to)\s+"
    r"(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|roughly\s+)?$"),
    ("cut", "raise", "lower", "hike", "reduce", "trim", "boost", "drop", "push", "lift", "brought", "bring", "slash",
     "revise", "upgrade", "downgrade"))
# "rose by 37 percent, 18.7 percent, 19 percent and 27.7 percent": a list shares one metric
_LIST_GAP = lazy(r"^\s*(?:,|;|,?\s*and|,?\s*or)?\s*$")
# "7% more than in 2023, 17% more than in 2022 and 39% more than in 2019": figures of one
# change against a list of bases; the base that ends each item leaves the series unnamed
_BASE_LIST_GAP = lazy(r"^\s*(?:more|less|higher|lower|above|below|up|down)?\s*(?:than|compared\s+(?:with|to)|against|over|on)\s+"
                      r"(?:the\s+|a\s+)?(?:same\s+[a-z]+\s+)?(?:(?:in|of|last)\s+)?(?:[A-Za-z]+\s+){0,2}?"
                      r"(?:(?:19|20)\d\d|year|month|quarter|period)(?:\s+(?:earlier|ago|before))?\s*(?:,|;|,?\s*and|,?\s*or)\s*$", re.I)


# what joins a comparand to the next one coordinated with it: its bracketed change, its time,
# "and" ("214,941 visitors (+4.1%) in August 2023 and 252,916 visitors")
_COORDINATED_COMPARAND = lazy(r"\s*(?:\([^()]{0,30}\)\s*)?(?:(?:in|during|for|at|as\s+of)\s+[^,;:()\d]{0,30}?(?:\s*(?:19|20)\d\d)?\s*)?"
                              r",?\s*(?:and|as\s+well\s+as)\s+(?:(?:to|with)\s+)?"
                              r"(?:about\s+|around\s+|nearly\s+|some\s+|almost\s+)?[^\s\d]{0,4}\s*", re.I)


_SCALE_WORDS = lazy(rf"\b(?:{SCALE_WORD}|{SCALE_ABBR})\b", re.I)


def _counted_words(c: Claim) -> frozenset:
    """The words a figure's surface counts in, without its scale ('visitors' of '252,916
    visitors', nothing of '$1.41 billion'): a coordinated comparand counts in the same ones
    ('and 3,000 cruise passengers' after '214,941 visitors' is another series)."""
    return frozenset(w.lower() for w in LETTERS.findall(_SCALE_WORDS.sub(" ", c.surface)))


def _change_of(c: Claim) -> Optional[str]:
    """The direction of a change amount, as the frame will read it ('fell $1,166m')."""
    if c.context.get("change"):
        return c.context["change"]
    probe = Claim(surface=c.surface, span=c.span, value=c.value, unit=c.unit, kind=c.kind, metric=c.metric,
                  sentence=c.sentence, context=dict(c.context))
    roles.assign_role(probe)
    return probe.direction if probe.role == "change" else None


def _names_only_its_unit(c: Claim) -> bool:
    """The metric names nothing but the noun the figure counts in ('bags' of '14.4 million
    bags'), or nothing at all."""
    return _empty(c.metric) or c.metric.lower() in c.surface.lower()


def same_spans(claims: list[Claim]) -> None:
    """Spans of time that a sentence compares measure one series: "The average stay was
    8.47 days, shorter than in August 2023 (8.66 days)" names it once; "the average stay fell
    8.8 per cent, from 9.1 to 8.3 days" names it in the change the pair follows."""
    named = next((c for c in claims if c.kind == K.DURATION and c.context.get("span_of_subject")), None)
    for i, c in enumerate(claims):
        if c.kind != K.DURATION or c.metric != "duration":
            continue
        if named is not None and named is not c and named.unit == c.unit:
            c.metric = named.metric
            continue
        change = next((p for p in reversed(claims[:i]) if p.kind == K.PERCENT and p.context.get("change")
                       and not _empty(without_change_word(p.metric))), None)
        if change is not None and _FROM_PAIR.fullmatch(c.sentence, claim_span(change)[1], claim_span(c)[0]):
            c.metric = without_change_word(change.metric)


# "fell 8.8 per cent year-on-year in February, from 9.1 to": the pair after the change, with
# nothing but the pair's first figure between
_FROM_PAIR = lazy(r"(?:[^;:\d]|(?<!\d)(?:19|20)\d\d(?!\d)){0,60}\bfrom\s+(?:[\d.,]+\s*(?:[a-z]+\s+)?to\s+)?", re.I)


def inherit_change_metrics(claims: list[Claim]) -> None:
    """Metrics that the sentence states once for several numbers: ", up 5 percent"
    and "an increase of 15.7 percent" describe the change of the figure before them;
    "to $84.4 billion ... from $70.8 billion" states the same metric twice; "cut
    rates by 25 basis points to 4.75%" names the metric as the verb's object."""
    for i, c in enumerate(claims):
        local = claim_span(c)
        before = c.sentence[: local[0]][-60:]
        if c.kind == K.PERCENT and i and claims[i - 1].metric and claims[i - 1].kind != K.PERCENT \
                and re.fullmatch(r"\s*(?:,?\s*or\s*)?\(\s*(?:(?:plus|minus)\s+(?:by\s+|of\s+)?)?", c.sentence[claim_span(claims[i - 1])[1]: local[0]], re.I):
            # "fell $1,166m (3%)", "went up to 15.75 million (plus by 8%)", "a rise of $8 million
            # or (11%)": the bracketed percentage is the same change, relative
            c.metric = claims[i - 1].metric
            direction = _change_of(claims[i - 1])
            if direction:
                c.context["change"] = direction
            continue
        prev = next((p for p in reversed(claims[:i]) if p.unit == c.unit and p.metric), None)
        compared = _COMPARED.search(before) if prev is not None and c.kind == prev.kind else None
        if compared and compared.group("reading") and claims[i - 1].kind == K.PERCENT and c.kind != K.PERCENT \
                and claims[i - 1].context.get("change") \
                and _FROM_AFTER_GROWTH.fullmatch(c.sentence, claim_span(claims[i - 1])[1], local[0]):
            # "exports fell 3% against a figure of $2 billion": the base of the change right
            # before, not a level of another series the sentence stated earlier (left to
            # complete_metrics when the change's own series is not read yet)
            if not _empty(without_change_word(claims[i - 1].metric)):
                c.metric = without_change_word(claims[i - 1].metric)
            continue
        if compared and (not compared.group("the") or compared.group("reading") or _names_only_its_unit(c)):
            # "to 14.1 million bags from the 14.4 million bags harvested": a base after "the"
            # is the same series only when nothing after it names another ("the $14 million
            # fall in exports")
            c.metric = prev.metric
            nearest = next(p for p in reversed(claims[:i]) if p.unit == c.unit)
            if nearest is not prev and nearest.kind == c.kind and prev.context.get("change") \
                    and (_REACHED_LEVEL_GAP.search(c.sentence, claim_span(prev)[1], claim_span(nearest)[0])
                         or _TO_END.search(c.sentence, claim_span(prev)[1], claim_span(nearest)[0])):
                # "fell by 6.8% to reach 53.3%, against 57.1% a year before": set against the
                # level the change reached, the same series' level, not its change
                c.metric = without_change_word(prev.metric)
            c.context["compared"] = True
            continue
        if prev is not None and prev.context.get("compared") and c.kind == prev.kind and _names_only_its_unit(c) \
                and _counted_words(c) == _counted_words(prev) \
                and _COORDINATED_COMPARAND.fullmatch(c.sentence, claim_span(prev)[1], local[0]):
            # "was 223,841 visitors in August 2024, compared to 214,941 visitors (+4.1%) in August
            # 2023 and 252,916 visitors (-11.5%) in August 2019": a comparand coordinated with
            # the one before it, past that one's bracketed change and time, is of its series too
            c.metric = prev.metric
            c.context["compared"] = True
            continue
        if is_prior(c):
            # "came in at +13.5k, above forecasts of +10k and prior of 13.5k", "5.8% last": the
            # previous reading of the figure the sentence reports (not of a forecast)
            reported = next((p for p in reversed(claims[:i]) if p.unit == c.unit and p.kind == c.kind
                             and not p.context.get("prior") and not _EXPECTED.search(p.sentence[max(0, claim_span(p)[0] - 40):
                                                                 claim_span(p)[0]])), None)
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
            gap = c.sentence[claim_span(claims[i - 1])[1]: local[0]]
            if _LIST_GAP.match(gap):
                c.metric = claims[i - 1].metric
                if claims[i - 1].context.get("change"):
                    c.context["change"] = claims[i - 1].context["change"]
                continue
        # "… to 14.67 trillion": the three readings of a level reached share one test
        # ("rose nearly 27 percent year-on-year …, to total 188,383 tonnes": an infinitive of
        # reaching says the same as the bare "to")
        reached = bool(i) and (_TO_END.search(before) is not None or _TO_REACH_END.search(before) is not None)
        if reached and _quantity(c) and claims[i - 1].kind == K.PERCENT and claims[i - 1].context.get("change") \
                and claims[i - 1].metric:
            claims[i - 1].metric = of_volume(claims[i - 1].metric)  # "rose 46% to 10 million tonnes"
        if reached and not c.metric and claims[i - 1].kind == K.PERCENT \
                and claims[i - 1].context.get("change") and not _empty(without_change_word(claims[i - 1].metric)) \
                and c.kind in (K.MONEY, K.COUNT, K.MEASURE):
            # "goods trade went up 3.9 percent to 14.67 trillion yuan": the level the change reached
            c.metric = re.sub(r"\s+(?:growth|decline)$", "", claims[i - 1].metric)
            continue
        if reached and not c.metric and claims[i - 1].unit == c.unit \
                and claims[i - 1].metric and re.search(r"\bfrom\s+$", claims[i - 1].sentence[: claim_span(claims[i - 1])[0]]):
            # "hiked from 5 percent to 8 percent": the later level measures what the earlier did
            c.metric = claims[i - 1].metric
            continue
        if reached and claims[i - 1].context.get("change") and claims[i - 1].metric \
                and c.kind in (K.PERCENT,) and claims[i - 1].kind == K.PERCENTAGE_POINT:
            c.metric = re.sub(r"\s+(?:growth|decline|change)$", "", claims[i - 1].metric)
            continue
        # "¥4.3 trillion ($28bn)": a converted amount states the same metric (a price converts
        # in brackets: "$7.82 per kg worth $440.9 million" is another quantity, its product)
        gap = c.sentence[claim_span(claims[i - 1])[1]: local[0]] if i else ""
        if c.kind == K.MONEY and i and claims[i - 1].kind == K.MONEY \
                and (claims[i - 1].unit != c.unit or abs(claims[i - 1].value - c.value) <= abs(c.value) * 0.01) \
                and _CONVERTED.search(gap) and (not rate_parts(claims[i - 1].unit)[1] or "(" in gap):
            c.metric = claims[i - 1].metric or c.metric
            c.context["converted"] = True
            continue
    for i, c in enumerate(claims):
        if c.kind != K.PERCENT:
            continue
        local = claim_span(c)
        m = _CHANGE_LEAD.search(c.sentence[: local[0]][-50:])
        trail = None
        if not m:
            trail = _CHANGE_TRAIL.match(c.sentence, local[1])
            if not (trail and _CHANGE_TRAIL_LEAD.search(c.sentence[: local[0]][-12:])):
                continue
        if m is not None and (m.group("sign") or m.group("spelled")) and OF_NATIONAL_OUTPUT.match(c.sentence, local[1]):
            continue  # "a deficit of € 9.7 bn (-2.0% of GDP)": the balance's ratio, in its own sign, no change
        prior = next((p for p in reversed(claims[:i]) if p.kind in (K.MONEY, K.COUNT, K.MEASURE) and p.metric), None)
        if m is not None:
            sign = m.group("sign") or {"plus": "+", "minus": "-"}.get((m.group("spelled") or "").lower())
            word = (m.group(1) or m.group(2) or ("down" if sign in ("-", "−") else "up")).lower()
        else:
            word = trail.group(1).lower()
        direction = "down" if word in DOWN_WORDS else "up"
        c.context["change"] = direction
        bracket = _BRACKET_AFTER.match(c.sentence, local[1])
        own = _IN_SERIES.match(c.sentence, bracket.end() if bracket else local[1]) if m is not None else None
        if own:
            # "and a decrease of 8.5 percent (K20.9 million) in imports": the change names
            # its own series after the figure, not the one of the figure before
            c.metric = f"{own.group(1)} {'growth' if direction == 'up' else 'decline'}"
            continue
        if prior is not None:
            level = of_volume(prior.metric) if _quantity(prior) else prior.metric
            c.metric = f"{level} {'growth' if direction == 'up' else 'decline'}"


# "Exports rose to 10 million tonnes, a 46 per cent increase" measures the quantity shipped,
# and the same text's "exports increased by 17 per cent to Dhs76bn" their value: a growth is
# of the kind of the level it belongs to, and a quantity's is named so (a money growth keeps
# the plain name, the value being what a series of money means)
_VOLUME_WORD = lazy(r"\b(?:volumes?|quantit(?:y|ies)|tonnages?|real)\b", re.I)


def _quantity(c: Claim) -> bool:
    """A level of tonnes, barrels or litres: a physical quantity, not a count or money."""
    if c.kind != K.MEASURE:
        return False
    from factcheck.extract import units

    return units.dimension(c.unit) in (units.dimension("tonne"), units.dimension("barrel"))


def of_volume(metric: str) -> str:
    """'exports growth' → 'exports volume growth'; a metric naming its volume already stays."""
    if _VOLUME_WORD.search(metric):
        return metric
    m = re.search(r"\s+(?:growth|decline|change)$", metric)
    return f"{metric[:m.start()]} volume{metric[m.start():]}" if m else f"{metric} volume"


_BRACKET_AFTER = lazy(r"\s*\([^()]{1,40}\)")  # the same, matched at a position


_EXPECTATION_WORD = triggered(lazy(r"expect|forecast|project|anticipat|consensus|predict|estimate|planned|budgeted|targeted", re.I),
                              ("expect", "forecast", "project", "anticipat", "consensus", "predict", "estimate", "planned",
                               "budgeted", "targeted"))
# "higher than the expected 4.7%", "above forecasts of +10k", "vs a consensus of 5.8%": an expectation
_EXPECTED = lazy(r"\b(?:(?:the|an?)\s+)?(?:expected|forecast|projected|anticipated|consensus|predicted)\s+(?:\w+\s+){0,2}?$"
                       r"|\b(?:forecasts?|expectations?|estimates|consensus|predictions?|projections?)\s+(?:of|for|at)\s+(?:an?\s+)?$", re.I)


# "significantly better than the planned €120.8m": a plan, named by the participle alone before
# its figure (the noun it qualifies elided), is another series than the outturn
_PLANNED = lazy(r"\b(?:the|an?|its|their)\s+(?:planned|budgeted|targeted)\s+$", re.I)

_POLARITY = {"negative": "down", "positive": "up"}


def mark_expectations(claims: list[Claim]) -> None:
    """'trade surplus was US$41.65 billion, higher than the expected $22.3 billion': an
    expectation is another series than the outcome ('…, forecast'), and so is a plan ('the
    deficit was €63.9m, better than the planned €120.8m': '…, planned'); each takes the
    outcome's metric when it names none."""
    if not claims or not _EXPECTATION_WORD.search(claims[0].sentence):
        return
    for i, c in enumerate(claims):
        local = claim_span(c)
        before = c.sentence[max(0, local[0] - 40): local[0]]
        planned = _PLANNED.search(before) is not None
        if not (planned or _EXPECTED.search(before)):
            continue
        if _empty(c.metric):
            prior = next((p for p in reversed(claims[:i]) if p.kind == c.kind and not _empty(p.metric)), None)
            if prior is None:
                continue
            c.metric = without_change_word(prior.metric)
            if prior.context.get("change"):
                c.context["change"] = prior.context["change"]
        tag = "planned" if planned else "forecast"
        if tag not in (c.metric or ""):
            c.metric = f"{c.metric}, {tag}"


_SERIES_HEADS = lazy(r"\b(expenditures?|spending|revenues?|receipts|deficit|surplus|exports|imports|trade|gdp|inflation|"
                     r"gross\s+domestic\s+product|population|remittances|turnover|reserves|"
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
        if w.lower() in context._STOP or w.lower() in context._DETERMINERS or grammar.is_verbal(w) or w.lower() in ("no", "any") \
                or w.endswith(("'s", "’s")):  # "Monaco's GDP": the possessor is the subject
            break
        mods.insert(0, w.lower() if not w.isupper() else w)
    return " ".join([*mods, m.group(1).lower() if not m.group(1).isupper() else m.group(1)])


# "increased 22% in January and slid 0.4% in February", "rose to $412 million in May and
# then fell to": a second verb coordinated with the first shares its subject
_COORDINATED_VERB = lazy(r"(?:\s+(?:in|on|during|for|over|from|to|compared\s+(?:with|to))\s+[^,;:.\d()]{0,40}?(?:,?\s*(?:19|20)\d\d)?"
                         r"|\s+(?:last|this|next)\s+[A-Za-z]+|\s+(?:year[- ]on[- ]year|month[- ]on[- ]month|y-?o-?y))?"
                         r"\s*,?\s+(?:and|but|before|then)\s+(?:then\s+|later\s+|also\s+|further\s+)?(?P<verb>[a-z]+)\s+"
                         # "and were recorded at": a verb of being with a participle of recording
                         r"(?:(?:recorded|registered|reported|estimated|put|valued|pegged)\s+at\s+|by\s+|to\s+|at\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|over\s+|just\s+)?[^\s\d]{0,4}\s?$", re.I)
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
    gap = c.sentence[claim_span(p)[1]: claim_span(c)[0]]
    series = without_change_word(p.metric)
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
    p_local, c_local = claim_span(p), claim_span(c)
    if not c.sentence[: p_local[0]].rstrip().endswith("("):
        return False
    gap = _PLACE_ITEM_GAP.fullmatch(c.sentence, p_local[1], c_local[0])
    return gap is not None and bool(placenames.subjects(gap.group("name")))


_BRACKET_GAP = lazy(r"\s*\(\s*(?:or\s+)?(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?")
_COMMA_GAP = lazy(r"\s*,\s*(?:or\s+)?(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?")


_FRONTED_FROM = lazy(r"(?:^|[.;:]\s+)(?:[A-Z][a-z]+\s+)?[Ff]rom\s+(?:about\s+|around\s+|some\s+|nearly\s+|just\s+)?[^\s\d]{0,4}\s*$")
_THEN_TO = lazy(r"(?:[^\d;:]|(?<!\d)(?:19|20)\d\d(?!\d)){1,90}?\bto\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|over\s+|a\s+record\s+)?[^\s\d]{0,4}\s*$")


def _fronted_from(c: Claim, n: Claim) -> bool:
    """"From 566.1 billion in 2012, exports leapt to 637.3 billion": a fronted "from" names
    the earlier level of the series whose verb brings it "to" the next figure."""
    start, end = claim_span(c)
    if _empty(n.metric) or n.kind != c.kind or not _FRONTED_FROM.search(c.sentence[:start]):
        return False
    gap = c.sentence[end: claim_span(n)[0]]
    return "," in gap and bool(_THEN_TO.fullmatch(gap))


def _restates_share(p: Claim, c: Claim) -> bool:
    """An amount in brackets right after a part's share ("accounted for 72.5% (€1.969
    billion)"), or after it inside one bracket ("fees (1.9%, €53 million)"), is that part
    stated in money: the share's series."""
    if p.kind != K.PERCENT or p.context.get("change") or _empty(p.metric) or p.role not in ("share", "rate", None):
        return False
    start, end = claim_span(p)
    gap = c.sentence[end: claim_span(c)[0]]
    if _BRACKET_GAP.fullmatch(gap):
        return True
    return bool(_COMMA_GAP.fullmatch(gap)) and c.sentence[:start].rstrip().endswith("(")


# "$2.4 billion, or 31%": "or" puts the same amount another way, here as a percentage
# ("$14.79 million, an equivalent of 33%", "…, equivalent to 8.6 percent": an apposition of
# equivalence restates it just as "or" does)
_OR_RESTATES = lazy(r"\s*,?\s*(?:or|(?:an?\s+|the\s+)?equivalent\s+(?:to|of))\s+"
                    r"(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|over\s+|just\s+over\s+)?")


_COMPARATIVE_NEXT = lazy(r"\s*(?:more|less|fewer|higher|lower|above|below|up|down|increase|rise|decrease|decline|drop|fall|growth)\b", re.I)


def _restated_as_share(p: Claim, c: Claim) -> bool:
    """A percentage joined by "or" to a level before it ("$1.6 billion, or 24% of the
    total") restates that level as a part: the level's series. (A change's "or 6.2%" is
    its relative change, which the change passes name.)"""
    if p.kind not in (K.MONEY, K.COUNT, K.MEASURE) or p.context.get("change") or _empty(p.metric) \
            or _empty(without_change_word(p.metric)):
        return False
    if _COMPARATIVE_NEXT.match(c.sentence, claim_span(c)[1]) or _IN_SERIES.match(c.sentence, claim_span(c)[1]):
        # "EUR 1.06 mln or 8.7% more than in 2017": a change, which the change passes name;
        # "$7.0 million or 4.3% in external resources": the part names its own series
        return False
    return bool(_OR_RESTATES.fullmatch(c.sentence, claim_span(p)[1], claim_span(c)[0]))


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
            gap = c.sentence[claim_span(shared)[1]: claim_span(c)[0]]
            # "of $4 billion to $69.7 billion", "fell by 6.8% to reach 53.3%": the level the change reached
            # ("4.5% below the 2009 estimate of $453.5 million": a noun of reading after a word of
            # comparison names the base, a level of the same series, not a second change)
            reached = bool(_TO_LEVEL.search(gap) or _REACHED_LEVEL_GAP.search(gap) or _READING_BASE_GAP.search(gap))
            c.metric = shared.metric if c.kind == shared.kind and not reached else without_change_word(shared.metric)
            if c.kind == shared.kind and shared.context.get("change") and not c.context.get("change") and not reached:
                c.context["change"] = shared.context["change"]
            continue
        if c.kind != K.PERCENT and i:
            p = claims[i - 1]
            gap = c.sentence[claim_span(p)[1]: claim_span(c)[0]]
            if _empty(p.metric) and i > 1 and gap.lstrip().startswith(")") and claims[i - 2].context.get("change") \
                    and re.fullmatch(r"\s*\(\s*", c.sentence[claim_span(claims[i - 2])[1]: claim_span(p)[0]]):
                p = claims[i - 2]  # "fell by 17.3 percent (P924.8 million) from P5.3 billion": the growth the bracket restates
            if (p.context.get("change") or gap.lstrip().startswith(")")) and not _empty(p.metric) \
                    and _FROM_AFTER_GROWTH.fullmatch(gap):
                c.metric = without_change_word(p.metric)  # "increased by 6.6%, up from K7,829.1 million … to K8,346.4 million"
                continue
        if c.kind != K.PERCENT and i + 1 < len(claims) and _fronted_from(c, claims[i + 1]):
            c.metric = claims[i + 1].metric  # "From 566.1 billion in 2012, exports leapt to 637.3 billion"
            continue
        if c.kind != K.PERCENT and i and _restates_share(claims[i - 1], c):
            c.metric = claims[i - 1].metric  # "tax income accounted for 72.5% (€1.969 billion)"
            continue
        if c.kind == K.PERCENT and i and not c.context.get("ratio_to_gdp") and _restated_as_share(claims[i - 1], c):
            # "copper came to $2.4 billion, or 31% of the total": the amount again, as a part
            c.metric = without_change_word(claims[i - 1].metric)
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
        series = _restated_series(claims, i, earlier, named)
        if series:
            words = [w.lower() for w in LETTERS.findall(c.metric or "")]
            if not c.context.get("change") and _GROWTHISH & set(words):
                # "This is a change of £7.1 billion": the head said it is a change
                c.context["change"] = "down" if DOWN_WORDS & set(words) or c.value < 0 else "up"
            change = c.context.get("change") if c.kind == K.PERCENT else None
            c.metric = f"{series} {'decline' if change == 'down' else 'growth'}" if change else series
            continue
        words = [w.lower() for w in LETTERS.findall(c.metric or "")]
        polarity = next((_POLARITY[w] for w in words if w in _POLARITY), None)
        before = [p for p in claims[:i] if not _empty(p.metric) and p.kind != K.PERCENT]
        source = before[-1] if before else None
        if source is None and words and words[0] in ("it", "they", "this", "that", "these", "those") and _measures(c):
            if named:
                c.metric = named
                continue
            nearest = next((p for p in reversed(earlier) if not _empty(p.metric)), None)
            if nearest is not None and nearest.kind == K.PERCENT and nearest.context.get("change") \
                    and not _empty(without_change_word(nearest.metric)):
                # "Imports decreased by 7%. It reached USD 461.1 million": the series whose
                # change the sentence before stated, not a level of another series before it
                c.metric = without_change_word(nearest.metric)
                if c.kind == K.PERCENT and c.context.get("change"):
                    c.metric = f"{c.metric} {'decline' if c.context['change'] == 'down' else 'growth'}"
                continue
            source = next((p for p in reversed(earlier) if not _empty(p.metric) and p.kind != K.PERCENT), None)
            if source is None and c.kind == K.PERCENT and c.context.get("change"):
                # "Exports fell by 8% in September. It rose by 11% on the year": the pronoun
                # stands for the series whose change the sentence before stated
                prior = next((p for p in reversed(earlier) if p.kind == K.PERCENT and p.context.get("change")
                              and not _empty(p.metric)), None)
                if prior is not None and not _empty(without_change_word(prior.metric)):
                    c.metric = f"{without_change_word(prior.metric)} {'decline' if c.context['change'] == 'down' else 'growth'}"
                    continue
        if c.context.get("ratio_to_gdp"):
            if source is not None:
                c.metric = f"{without_change_word(source.metric)} to GDP ratio"
            continue
        if polarity:
            c.context["change"] = polarity
        if source is None and i and c.kind != K.PERCENT and not words:
            # "37.7% higher than 2022's USD 61.5 billion": the level on the other side of a
            # comparison is of the series whose change is stated
            p = claims[i - 1]
            gap = c.sentence[claim_span(p)[1]: claim_span(c)[0]]
            if p.kind == K.PERCENT and not _empty(p.metric) and (_COMPARED_GAP.fullmatch(gap)
                                                                 or without_change_word(p.metric) != p.metric and len(without_change_word(p.metric).split()) > 1
                                                                 and _REACHING_GAP.fullmatch(gap)):
                # (a one-word head, "with revenues growing 9.4pc", is often anaphoric for a
                # fuller name said before it: no series to lend)
                c.metric = without_change_word(p.metric)
                continue
        if source is None:
            continue
        if c.kind == K.PERCENT and polarity is None and not any(w in _GROWTHISH for w in words):
            continue  # a bare percentage after a level is not necessarily its change
        if c.kind != K.PERCENT and i and claims[i - 1].kind == K.PERCENT and claims[i - 1].context.get("change") \
                and _FROM_AFTER_GROWTH.fullmatch(c.sentence, claim_span(claims[i - 1])[1], claim_span(c)[0]):
            # "…, the cruise ship arrivals, smarting from …, went down by 19.3 per cent from
            # 2007's numbers of 144,555": the base of a change whose series is not read, never
            # the series of an earlier clause
            continue
        c.metric = without_change_word(source.metric)
        if polarity:
            c.context["change"] = polarity  # "a negative growth of 6.66%" is a fall


# "That's an increase of", "This represented a rise of", "This compares to": the subject
# is the statement before
_DEMONSTRATIVE_RESTATES = lazy(r"\s*(?:this|that|it)(?:['’]s|\s+(?:(?:would|will|could|might|may)\s+(?:have\s+been|be|represent|mean|mark)\b|is|was|represents|represented|marks|marked|means|meant|"
                               r"amounts|amounted|translates|translated|equals|equalled|equaled|reflects|reflected|"
                               r"compares|compared|constitutes|constituted))\b", re.I)

# "The figure was up 8% on 2016", "The total has risen by 4%", "With the addition of June, the
# numbers have climbed to 1,001,643": a definite noun of reading as the subject, with nothing after it to say which series ("the figure for imports", "the
# number of visitors" name their own), stands for the series the statement before gave
_READING_RESTATES = lazy(r"\s*(?:(?:however|meanwhile|again|still|similarly|likewise|by\s+contrast|in\s+contrast|in\s+turn),\s*)?"
                         r"(?:(?:with|in|by|after|as\s+of|for|during|since|over)\b[^,;:()]{1,60},\s*)?(?:(?:(?:the|this|that|these|those)\s+(?:(?:total|overall|latest|new)\s+)?"
                         r"(?:figures?|numbers?|totals?|tally|amount|sum|estimate|(?P<change>increase|rise|growth|gain|jump|"
                         r"decline|decrease|drop|fall|contraction)))|(?:figures|numbers))"
                         r"(?:\s+(?:for|in)\s+(?:19|20)\d\d)?\s+"
                         r"(?:(?:is|was|are|were|has|had|have|been|also|further|now|then|thus)\s+)*"
                         r"(?:up|down|higher|lower|rose|risen|fell|fallen|grew|grown|increased|decreased|declined|dropped|climbed|"
                         r"jumped|surged|soared|skyrocketed|plunged|plummeted|slumped|rebounded|recovered|improved|"
                         r"reached|stood|totall?ed|amounted|represents|represented|marks|marked|is|was|are|were)\b"
                         r"(?:\s+(?:by|to|at))?", re.I)


_COMPARED_PREPOSITION = re.compile(r"^\s*(?:to|with)\b", re.I)


def _restated_series(claims: list[Claim], i: int, earlier: list[Claim], named: Optional[str]) -> Optional[str]:
    """'Imports totalled $2 billion. That's an increase of $56 million, or 2.9%': a
    demonstrative subject whose verb only links it to the figures restates the statement
    before, so the figures are of that statement's series: the latest amount of the same
    kind said in this sentence or the one before (an amount of any kind for a percentage)."""
    c = claims[i]
    # ("These figures are 13%, 10.7% and 23% higher … respectively": a list over several series)
    opening = _DEMONSTRATIVE_RESTATES.match(c.sentence) or (
        _READING_RESTATES.match(c.sentence) if "respectively" not in c.sentence.lower() else None)
    if opening is None or c.context.get("ratio_to_gdp"):
        return None
    gap = c.sentence[opening.end(): claim_span(claims[0])[0]]
    if opening.group(0).lower().rstrip().endswith(("compares", "compared")):
        gap = _COMPARED_PREPOSITION.sub("", gap)  # "This compares with $1.8 billion", "… to a value of"
    if not _empty(gap.strip(" ,") or None) and gap.strip():
        return None  # "It was partly driven by £16.4bn of borrowing": the figure is not the complement
    if named and not i:
        return named
    start = c.context.get("sentence_start")
    before = [p for p in earlier if p.context.get("sentence_start") == max(q.context.get("sentence_start", -1) for q in earlier)] \
        if earlier else []
    # "an increase in volume of 7 per cent": of the series counted in tonnes, not in money
    words = set(LETTERS.findall((c.metric or "").lower()))
    kinds = (K.MONEY,) if "value" in words else (K.COUNT, K.MEASURE) if "volume" in words else (K.MONEY, K.COUNT, K.MEASURE)
    noun = opening.groupdict().get("change")
    if noun and c.kind == K.PERCENT and not c.context.get("change"):
        # "The decline was 9 percent": the noun of change that is the subject gives the direction
        c.context["change"] = "down" if grammar.change_noun_direction(noun) == "down" or noun.lower() in DOWN_WORDS else "up"
    for p in reversed([*before, *claims[:i]]):
        if p.kind in kinds and (p.kind == c.kind or c.kind == K.PERCENT) \
                and not _empty(without_change_word(p.metric)) and (p.context.get("sentence_start") != start or not _empty(p.metric)):
            return without_change_word(p.metric)
    if noun and c.kind == K.PERCENT:
        # "Copper exports fell 11%. The decline was 9% in volume terms": a noun of change
        # restates the change the statement before gave, of the same series
        for p in reversed([*before, *claims[:i]]):
            if p.kind == K.PERCENT and p.context.get("change") and not _empty(without_change_word(p.metric)):
                return without_change_word(p.metric)
    return None


# "rose 8.1% y-o-y from $2.1 billion", "a 6% increase in excise revenues from $51 million":
# the figure after "from" is the earlier level of the series whose change is stated, past
# an adverbial of comparison or the rest of the change's noun phrase
_FROM_AFTER_GROWTH = lazy(r"\s*\)?\s*,?\s*(?:(?:(?:year|month|quarter|week)[- ](?:on|over|to)[- ](?:year|month|quarter|week)|"
                          r"y-?o-?y|m-?o-?m|q-?o-?q|on\s+the\s+(?:year|month|quarter)|annually|in\s+annual\s+terms)\s*,?\s*)?"
                          # adverbials of time or manner before the level the change started from ("in
                          # March", "on a quarterly basis", "during the period under review"); no
                          # conjunction or comma, which would open another clause with its own series
                          r"(?:(?:in|on|during|over|for|through)\s+(?:(?!(?:and|or|but|while|whereas|which|that|from)\b)"
                          # "rose 1.1 per cent on an annual basis, from €56.5": a comma right before
                          # "from" sets off the pair, it opens no clause of its own
                          r"[a-z][\w'’-]*(?:\s+|,\s*(?=from\b))|(?:19|20)\d\d(?:\s+|,\s*(?=from\b))){1,6}?)*"
                          r"(?:(?:increase|rise|gain|growth|jump|decrease|decline|drop|fall|contraction|reduction)\s+in\s+"
                          r"(?:the\s+|its\s+|their\s+)?[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,4}?\s+)?"
                          # "by going down from", "rising from": the change's own verb again
                          r"(?:(?:by\s+)?(?:going|coming|moving)\s+(?:up|down)\s+|(?:up|down|rising|falling|increasing|decreasing|declining|growing)\s+)?"
                          # "from 2007 numbers of 42,277", "from a revised July value of", "over 2007
                          # numbers of 6,799": a noun of reading, dated, is the same series at the base
                          # "shrank 62.8% from the $11.5 billion recorded in 2024": the article only
                          r"(?:from\s+(?:the\s+|" + _READING_OF + r")?|(?:over|against|compared\s+(?:with|to)|versus)\s+"
                          + _READING_OF + ")"
                          r"(?:about\s+|around\s+|nearly\s+|some\s+)?", re.I)


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
        local = claim_span(c)
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
            gap = c.sentence[claim_span(p)[1]: local[0]]
            if ";" in gap or len(gap) > 90:
                break
            if _empty(p.metric):
                continue
            if (p.kind == K.PERCENT) == (c.kind == K.PERCENT):
                if p is claims[i - 1] and p.kind == c.kind and p.role == c.role and _BASE_LIST_GAP.match(gap):
                    c.metric = p.metric  # "7% more than in 2023, 17% more than in 2022": one change, other bases
                break  # another percentage names its own series ("up 0.4%, and imports … 3.7% lower")
            c.metric = without_change_word(p.metric)
            break


# "to $3bn", "to a total of", "to a record-high", "to an all-time high of": the level reached
_TO_LEVEL = lazy(r"\bto\s+(?:about\s+|around\s+|nearly\s+|a\s+total\s+of\s+|(?:a|an)\s+(?:new\s+|all-time\s+)?"
                 r"(?:record(?:[- ]high)?|high)(?:\s+of)?\s+)?$", re.I)
_REACHING = lazy(r"^(?:\s+(?:on|over|from|against|compared\s+(?:with|to)|(?:year|quarter|month|week)[- ](?:on|over)[- ](?:year|quarter|month|week)|"
                 r"y-?o-?y|q-?o-?q|m-?o-?m)\b[^,;\d]{0,25}?)?"  # "added 1.4% on the year, reaching"
                 r"\s*,?\s*(?:(?:and|thus|so)\s+)?(?:reaching|bringing\s+(?:it|the\s+total)\s+to|taking\s+(?:it|the\s+total)\s+to|"
                       r"to\s+reach|for\s+a\s+total\s+of|totall?ing|at)\s+(?:about\s+|around\s+|nearly\s+)?$", re.I)


# "down 3% from the 14.4 million bags", "to 24,648 units compared with a low of 16,061
# units": the figure a change is measured from; no conjunction, comma or figure between
_BASE_OF_CHANGE = lazy(r"\s*\)?\s*,?\s*(?:(?:up|down|rising|falling|increasing|decreasing|declining|growing|"
                       r"increase|rise|gain|growth|jump|decrease|decline|drop|fall|reduction)\s+)?"
                       r"(?:from|(?:as\s+)?compared\s+(?:with|to)|against|versus)\s+"
                       r"(?:(?!(?:and|or|but|while|whereas|which|that|in|to)\b)[a-z][\w-]*\s+){0,4}?"
                       r"(?:of\s+)?(?:about\s+|around\s+|nearly\s+|some\s+)?", re.I)

_CHANGE_AFTER_LEVEL = lazy(r"\s*,\s*(?:an?\s+)?")
#: the two ends of a from–to pair: "from 382 thousand persons to 457 thousand persons"
_FROM_END = lazy(r"\bfrom\s+(?:about\s+|around\s+|nearly\s+|some\s+)?[^\s\d]{0,4}\s*$", re.I)
_TO_OF_PAIR = lazy(r"\s+to\s+(?:about\s+|around\s+|nearly\s+|some\s+|almost\s+|over\s+)?[^\s\d]{0,4}\s*", re.I)


def _counted_only(c: Claim) -> bool:
    """A count whose metric is only the noun it counts ("16,061 units" → 'units')."""
    words = (c.metric or "").lower().split()
    return c.kind == K.COUNT and len(words) == 1 and c.surface.lower().rstrip(" .").endswith(words[0])


def comparison_bases(claims: list[Claim]) -> None:
    """'coffee production fell 3% from the 14.4 million bags produced a year earlier': the
    figure a change starts from is a level of the series whose change is stated; the noun
    it counts ('bags', 'units') is its unit, and as a metric would make one series of the
    bases of every series counted in bags."""
    for i, c in enumerate(claims):
        if not i or not _counted_only(c):
            continue
        p = claims[i - 1]
        gap = c.sentence[claim_span(p)[1]: claim_span(c)[0]]
        if _TO_OF_PAIR.fullmatch(gap) and _FROM_END.search(c.sentence[: claim_span(p)[0]]) and p.kind == c.kind \
                and not _empty(p.metric) and not _counted_only(p):
            c.metric = p.metric  # "from 382 thousand persons to 457 thousand persons": both ends of one series
            continue
        if not _BASE_OF_CHANGE.fullmatch(gap):
            continue
        if i > 1 and p.kind == K.PERCENT and _empty(p.metric) \
                and _CHANGE_AFTER_LEVEL.fullmatch(c.sentence[claim_span(claims[i - 2])[1]: claim_span(p)[0]]):
            p = claims[i - 2]  # "production was 5.1 million bags, 10% down from the 5.6 million": the level's series
        series = without_change_word(p.metric)
        if not _empty(series) and not _counted_only(p) and p.kind in (K.PERCENT, K.COUNT):
            c.metric = series


# "posted a surplus of $3.2 billion in March, against a surplus of $2.1 billion a year
# earlier": after the statement's figure (and its time), a word of comparison and the
# comparand's own noun phrase ("a surplus of", "the deficit of")
_COMPARAND_GAP = lazy(r"(?:\s+(?:in|during|for|at|by|as\s+of)\s+[^,;:()\d]{0,30}?(?:\s*(?:19|20)\d\d)?)?\s*\)?\s*,?\s*"
                      r"(?:(?:as\s+)?against|(?:as\s+)?compared\s+(?:with|to)|versus|vs\.?|(?:up|down)\s+from)\s+"
                      r"(?:the|a|an)\s+(?P<noun>(?:[a-z][\w-]*\s+){1,3}?)of\s+"
                      r"(?:about\s+|around\s+|nearly\s+|some\s+|almost\s+)?[^\s\d]{0,4}\s*", re.I)


def comparands(claims: list[Claim]) -> None:
    """'The merchandise trade balance posted a surplus of $3.2 billion, against a surplus of
    $2.1 billion a year earlier': a comparand that repeats only part of its statement's name
    (its head) is of the statement's series, the name its own words shorten. Every word of
    the comparand's noun must be in that name: "compared with the initial budget of",
    "against total exports of" name another series."""
    for i, c in enumerate(claims):
        if not i or _empty(c.metric):
            continue
        p = claims[i - 1]
        if p.kind != c.kind or p.unit != c.unit or _empty(p.metric):
            continue
        gap = _COMPARAND_GAP.fullmatch(c.sentence, claim_span(p)[1], claim_span(c)[0])
        if gap is None:
            continue
        whole = {w.lower() for w in LETTERS.findall(p.metric)}
        own = {w.lower() for w in LETTERS.findall(c.metric)}
        noun = {w.lower() for w in LETTERS.findall(gap.group("noun"))}
        if own < whole and noun <= whole:
            c.metric = p.metric


def _shared_predicate(claims: list[Claim], i: int) -> Optional[Claim]:
    """The earlier figure of the sentence whose predicate this one shares: a list ('2.3% in
    2024, 2.0% in 2025 and 1.9% in 2026'), a second base ('5.7% over the previous month and
    15.8% year-on-year'), or the level a change reached ('grew 10.3 percent, reaching 1.53
    trillion yuan')."""
    c = claims[i]
    local = claim_span(c)
    for p in reversed(claims[:i]):
        if _empty(p.metric):
            continue
        gap = c.sentence[claim_span(p)[1]: local[0]]
        if p.kind == K.PERCENT and c.kind != K.PERCENT and (
                _REACHING.match(gap) or (p.context.get("change") and _TO_LEVEL.search(gap) and re.fullmatch(r"[^,;]{0,40}?\bto\s+.{0,30}", gap))):
            return p  # "grew 10.3 percent, reaching 1.53 trillion", "15.8% year-on-year to US$32.81 billion"
        if p.kind != c.kind or ";" in gap or len(gap) > 80:
            return None
        words = re.findall(r"[A-Za-z]+", gap)
        if any(grammar.is_verbal(w) and not w.lower().endswith("ing") or w.lower() in _LEVEL_VERBS for w in words):
            return None
        return p
    return None


# "fell by 6.8 per cent to reach 53.3 per cent", "rose 2%, reaching 41%": a verb of reaching
# names the level a change reached, not a second change
_REACHED_LEVEL_GAP = lazy(r"\b(?:to\s+(?:reach|stand\s+at|settle\s+at|hit)|reaching|standing\s+at|settling\s+at)\s+"
                          r"(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|over\s+|just\s+over\s+)?$", re.I)
_LEVEL_VERBS = {"stood", "stands", "reached", "reaches", "totalled", "totaled", "totals", "amounted", "amounts", "hit",
                "came", "was", "were", "is", "are"}


def _measures(c: Claim) -> bool:
    """'It rose 5%', 'it stood at $3bn': the pronoun is the quantity, not an agent ('It also
    spent $2bn on schools')."""
    local = claim_span(c)
    left = c.sentence[: local[0]]
    slot = grammar.verb_slot(left)
    if slot is None:
        return False
    verb = left[slot[0]: slot[1]].lower()
    return bool(grammar.change_direction(verb) or grammar.particle_direction(verb)) or verb in _LEVEL_VERBS


_GROWTHISH = {"increase", "rise", "gain", "growth", "decline", "decrease", "drop", "fall", "change", "jump", "surge",
              "slump", "contraction", "expansion"}


def without_change_word(metric: Optional[str]) -> str:
    return re.sub(r"\s+(?:growth|decline|change)$", "", metric or "")
