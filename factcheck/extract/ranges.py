"""Ranges and from–to pairs between neighbouring mentions of one sentence, and the unit a
number written without one shares with its neighbour: "between $3 billion and $5 billion",
"3-5%", "fell from $2,415 to $2,315", "3.2 and 2.1 trillion yuan", "6 million homes,
including 1.5 million in Los Angeles"."""

from __future__ import annotations

import dataclasses
import functools
import re

from factcheck.articles import MONTH_RE
from factcheck.extract import grammar, qualifiers, units
from factcheck.extract.nouns import per_unit
from factcheck.extract.numbers import another_size, clean
from factcheck.quantities import rate_parts, rate_unit
from factcheck.extract.patterns import CLOSE_BRACKET, CONVERSION_OPENS, OPEN_BRACKET, LazyPattern, lazy
from factcheck.extract.kinds import K, Q
from factcheck.extract.mention import Mention

CHANGE_KINDS = {K.MONEY, K.COUNT, K.MEASURE, K.PERCENT,
                K.PERCENTAGE_POINT}


def bare_is_claim(x: Mention, sentence: str = "") -> bool:
    """A bare number with nothing counted is a claim only when it reads as a statistic
    (and a signed one only in a bracket after what it changes: "public administration (-722)";
    a signed cell of a table, "-79&", is no figure the rules can read)."""
    if x.word_number:
        return False
    if x.value < 0 and not _SIGNED_IN_BRACKET.search(sentence, max(0, x.start - 3), x.start):
        return False
    return "," in x.raw or "." in x.raw or abs(x.value) >= 10


_SIGNED_IN_BRACKET = lazy(r"\(\s*[-−–+]\s?$")


# "rose from 3 to 4 percent": the first number is the earlier level, not a range's lower end.
# The word of change must govern the "from" within its own clause ("increased but the
# number aged from 16 to 64" is a range). Words of change: lexicon/changes.yaml.
# "up from last year's 69.3 percent to 72.9 percent": the earlier level named by its time
_LEVEL_OWNER = r"(?:(?:last|the\s+previous|the\s+prior|a)\s+(?:year|month|quarter|week)['’]s\s+)?"


# "traffic grew 1.3%, going from 98,212 to 99,454": a verb of motion that says no direction
# (past and participle only: "prices go from $5 to $50" spans a range)
_WENT = r"\b(?:gone|going)"  # ("went" is a neutral word of change already)
# "income rose …, and so did the poverty rate, from 14.5% to 17.5%": the change verb elided
_SO_DID = r"\b(?:so|as)\s+(?:did|has|have|had|does|do)"


@functools.cache
def _change_from() -> LazyPattern:
    # lazy, so that a search skips to the characters a match can begin with (patterns.first_chars)
    return lazy(
        rf"(?:(?<![\w-])(?:{qualifiers.change_verb_alternation()})|{_SO_DID}|{_WENT})\b"
        rf"(?:(?!\b(?:but|while|whereas|and|aged|ages|between|ranging|ranges?|range)\b)(?:[^.;,]|{_FIGURE_POINT})){{0,40}}?,?\s*(?:\bfrom\s+{_LEVEL_OWNER}|{_OVER_THE_FIGURE_OF})$", re.I)


# "increased over the September 2017 figure of 2,045 to 10,248": the earlier level named as a figure
_OVER_THE_FIGURE_OF = r"\b(?:over|on|from)\s+(?:the|its|their|a)\s+[^.;,\d]{0,30}?(?:(?:19|20)\d\d\s+)?(?:[^.;,\d]{0,20}?\s)?" \
    r"(?:figure|level|total|tally|count|number)\s+of\s+"


# the point or comma inside a figure ("increased 14.2% from …", "rose 1,200 from …") ends no clause
_FIGURE_POINT = r"(?<=\d)[.,](?=\d)"


# "from $36,040 at 10.45pm last night to $34,935": an adjunct of time or place between
# ("falling from 5,849 tonnes in 2012-2013 to only 2,268": a season's span, and a hedge on the level)
_ADJUNCT_TO = re.compile(r"\s+[a-z][^,;:.\d]{0,40}?"
                         r"(?:\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\.?[^,;:.\d]{0,20}?|\d{4}(?:[-–/]\d{2,4})?[^,;:.\d]{0,20}?)?"
                         r"\s+to\s+(?:only\s+|just\s+|a\s+mere\s+)?")
# "rose to $7.36 billion from $6.78 billion", "narrowed to 138,285 lots from 212,577 lots", "to
# 393,000 tonnes from a forecast 359,000" (the earlier level named as a revision or forecast)
_TO_FROM_GAP = re.compile(r"\s+(?:(?:in|on|at|during|for|over)\s+[^,;:.\d]{1,30}?\s+)?from\s+"
                          r"(?:an?\s+(?:(?:" + "|".join(("revised", *grammar.FORECAST_PARTICIPLES)) + r")\s+)?)?")


# "from X in 2008 to Y", "from X at the end of March to Y": the first level's date between
_DATED_TO = lazy(r"\s+(?:in|by|at\s+the\s+end\s+of)\s+(?:(?:fiscal\s+)?(?:19|20)\d\d|"
                       rf"(?:{MONTH_RE})(?:\s+(?:19|20)\d\d)?)\s+to\s+(?:about\s+|around\s+|nearly\s+)?")
# lazy, so that a search skips to the characters a match can begin with (patterns.first_chars)
_TO_BEFORE = lazy(r"\bto\s+$", re.I)
_FROM_BEFORE = lazy(r"\bfrom\s+(?:about\s+|around\s+|roughly\s+|nearly\s+)?$", re.I)


@functools.cache
def _change_to() -> re.Pattern:
    return re.compile(rf"(?<![\w-])(?:{qualifiers.change_verb_alternation()})\b[^.;,]{{0,30}}?\bto\s+$", re.I)


# "increased $5.6 billion to $103.1 billion", "rose by 0.1 hour to 34.4 hours": a change and
# the level it reached, when both numbers carry their own unit.
@functools.cache
def _change_by() -> re.Pattern:
    return re.compile(
        rf"(?:(?<![\w-])(?:{qualifiers.change_verb_alternation()})(?:\s+(?:up|down))?(?:\s+\w+ly)?(?:\s+by)?|\bby)"
        r"(?:\s+(?:a|an|another|a\s+further))?\s+$", re.I)


# "rose by 7.6% or 44.9 billion drams to 634 billion drams": the change in per cent restated
# as an amount after "or", then the level it reached (not a range from the amount to the level)
@functools.cache
def _change_restated() -> re.Pattern:
    return re.compile(
        rf"(?:(?<![\w-])(?:{qualifiers.change_verb_alternation()})(?:\s+(?:up|down))?(?:\s+by)?|\bby)"
        r"\s+(?:(?:about|around|nearly|almost|some|over)\s+)?[-+]?\d[\d.,]*\s?(?:%|per\s?cent\b|percent\b)"
        r"\s*,?\s+or\s+(?:by\s+)?(?:(?:about|around|nearly|almost|some)\s+)?$", re.I)


# "an increase in the goods deficit of $4 billion to $69.7 billion": a change and its level
_CHANGE_OF = lazy(r"\b(?:increase|decrease|rise|fall|drop|decline|gain|jump|reduction|cut|growth|widening|"
                        r"narrowing)s?\s+(?:in\s+(?:[\w'’-]+\s+){1,5}?)?(?:of|by)\s+$", re.I)
_COORDINATED = lazy(r",?\s*(?:or|and)\s+(?:by\s+)?(?:about\s+|around\s+|nearly\s+|some\s+)?"
                          r"|\s+(?:[a-z-]+\s+){1,4}(?:and|or)\s+", re.I)
_NOT_MERGED = (K.YEAR_RANGE, K.ORDINAL)
_LEVEL_KINDS = (K.MONEY, K.PERCENT, K.PERCENTAGE_POINT, K.MEASURE,
                K.DURATION)


def _share_unit(to: Mention, src: Mention, scale: bool) -> None:
    """`to` is written without the unit `src` carries: "3.2 and 2.1 trillion yuan",
    "from 208 pounds to 193", "aged 18 to 34"."""
    if scale and not to.has_scale and src.has_scale:
        to.value = clean(to.value * src.scale)
        to.precision = (to.precision or 1.0) * src.scale
        to.scale, to.has_scale = src.scale, True
    if src.info.get("subunit") and not to.info.get("subunit") and to.kind != src.kind:
        # "from 1.09 US cents per kg to 1.32": the bare level is in cents too
        to.value, to.precision = clean(to.value / 100.0), clean((to.precision or 1.0) / 100.0)
    to.unit, to.kind, to.bare = src.unit, src.kind, False
    to.counted = to.counted or src.counted
    for key in ("age", "subunit", "per", "basis_points"):
        if key in src.info:
            to.info[key] = src.info[key]
    to.info["shared_unit"] = True


def _outgrows(a: Mention, b: Mention) -> bool:
    """Given b's scale, a would be over a hundred times b: the scale is b's alone."""
    return b.has_scale and a.value * (b.scale or 1) > 100 * abs(b.value)


def _same_digits_size(a: float, b: float) -> bool:
    """Two printed figures within a factor of two of each other (1,506 and 1,662)."""
    return b > 0 and 0.5 <= a / b <= 2


def _scaled_count_after(a: Mention, b: Mention) -> bool:
    """"spent respectively 45 and 39 thousand visitor nights": a small whole number before a
    scaled count of things shares its scale and its noun."""
    return b.kind == K.COUNT and b.has_scale and b.counted is not None and not a.has_scale \
        and a.value < 1000 and a.raw.isdigit()


_AND_GAP = lazy(r"\s*and\s*")
_GROUPED_WHOLE = lazy(r"\d{1,3}(?:,\d{3})+")
_AND_OR_GAP = lazy(r"\s*(?:and|or)\s*")
_BRACKET_OPEN = lazy(r"\s*\(\s*(?:(?:(?:in|for|during|at\s+the\s+end\s+of)\s+)?(?:[A-Z][A-Za-z.]*[\s–-]+){0,3}"
                     r"(?:19|20)\d{2}\s*(?:[-–—:]|was|were)\s*)?")
# "267, or 31.2 percent fewer": a figure, then its share after a comma, is no range of percentages
_APPOSED_SHARE = lazy(r"\s*,\s*or\s*")
_BETWEEN_END = lazy(r"\bbetween\s+$", re.I)
# a figure, then its two levels in brackets: "0.85% (from 418,200 tons to 421,770 tons)"
_FIGURE_THEN_FROM = lazy(r"(?:\d|%|\bper\s?cent|\bpercent|\bpoints?)\s*\(\s*from\s+$", re.I)
_DASH_TO_GAP = lazy(r"\s*(?:-|–|—|−|to)\s*")  # (a minus sign set as the dash: "78−87%")
# "from 18.43million, to 19.33million gross tonnes": a from–to pair set off by a comma
_COMMA_TO_GAP = lazy(r"\s*,\s*to\s+")
# "from 0.1 (Klaipėda) to 7.5% (Jurbarkas)": each end labelled in brackets with the place or
# item it is the figure of, the unit written once on the second
_LABELLED_TO_GAP = lazy(r"\s*\([^()\d]{1,60}\)\s*to\s+")


# "the male rate rose to 6.1 and the female rate to 5.7 per cent": a second clause whose verb
# is left out (gapped) after its subject, the unit written once at the end
_GAPPED_CLAUSE = lazy(r"\s+and\s+(?:the|its|their)\s+(?:[a-z-]+\s+){1,3}(?:to|at|of)\s+(?:about\s+|around\s+|nearly\s+)?")


def _gapped_rate(a: Mention, b: Mention, gap: str) -> bool:
    """A bare decimal, then a percentage in a gapped parallel clause: both are percentages."""
    return b.kind == K.PERCENT and "." in a.raw and a.value < 100 and bool(_GAPPED_CLAUSE.fullmatch(gap))


def _not_range_ends(a: Mention, b: Mention) -> bool:
    """"increased by 43,805 to 1,129,638 people": a change and the level it reached, though
    the unit is written once. A range's ends are round and near ("by 3 to 4 percent")."""
    if a.value <= 0 or b.value <= 0:
        return False
    return b.value >= 10 * a.value or len(re.sub(r"\D", "", a.raw).strip("0")) >= 4


def _count_or_percent(a: Mention, b: Mention, gap: str) -> bool:
    """"down by 262 or 0.8 per cent": a whole number, "or", and a percentage ten times
    smaller are a count and its percentage; two alternatives ("5 or 6 per cent") are near.
    (Figures listed with "and" may be far apart: "surged by 4.16 and 0.17 percent, respectively".)"""
    return bool(re.search(r"\bor\b", gap)) and a.raw.isdigit() and b.value > 0 and a.value >= 10 * b.value


# "2,309,675,000 bus, up 247,736,000 bus, or 12%, from 2,061,939,000 in 2015": a measure's
# change and earlier level set off after it, the unit written once
_APPOSED_CHANGE = lazy(r",\s+(?:up|down)\s+(?:by\s+)?(?:about\s+|nearly\s+|almost\s+|some\s+)?")
_APPOSED_SHARE_OR_CHANGE = lazy(r",\s+(?:or|up|down)\s+(?:by\s+)?")
_APPOSED_BASE = lazy(r",?\s+(?:(?:up|down)\s+)?(?:from|compared\s+(?:with|to))\s+(?:about\s+|nearly\s+|some\s+)?")


def _unitless(m: Mention) -> bool:
    """A figure with no unit or noun of its own: "247,736,000", "5.5 million"."""
    return m.bare or m.kind == K.COUNT and m.has_scale and not m.counted


def _apposed_change_units(sentence: str, mentions: list[Mention]) -> None:
    """A measure or an amount stated with its unit, then its change and earlier level set off
    after it without the unit ("5.2 million tonnes, down 300,000, or 5%, from 5.5 million"):
    the change and the earlier level are in the measure's unit. A percentage of change may
    come between; anything else ends the chain."""
    if ", " not in sentence:
        return
    for i, level in enumerate(mentions):
        if level.bare or level.kind not in (K.MEASURE, K.MONEY) or i + 1 == len(mentions):
            continue
        prev = level
        for m in mentions[i + 1:]:
            gap = sentence[prev.end: m.start]
            if _unitless(m) and prev is level and _APPOSED_CHANGE.fullmatch(gap):
                _share_unit(m, level, scale=False)
            elif m.kind == K.PERCENT and _APPOSED_SHARE_OR_CHANGE.fullmatch(gap):
                pass
            elif _unitless(m) and (prev is not level or gap.startswith(",")) and _APPOSED_BASE.fullmatch(gap):
                # ("$4.5 billion, compared with 3.9": the earlier level as many digits long is
                # in the level's scale too)
                _share_unit(m, level, scale=_like_sized(level, m))
                break
            else:
                break
            prev = m


# "the coverage rate of the trade balance was up 7.6 points", "the jobless rate fell 0.4 points":
# a rate's change in points is in percentage points (an index's points are its own)
_RATE_CHANGED_BY = lazy(r"\b(?:rate|ratio|share)(?:\s+of\s+[^,;.\d%]{1,50}?)?\s+(?:(?:was|is|has|had|have)\s+)?"
                        r"(?:up|down|rose|fell|increased|decreased|gained|lost|dropped|climbed|jumped|declined|improved|"
                        r"widened|narrowed|grew|edged\s+(?:up|down))(?:\s+by)?\s+(?:(?:about|nearly|almost|some|around|"
                        r"over|more\s+than)\s+)?$", re.I)


def _points_of_a_rate(sentence: str, mentions: list[Mention]) -> None:
    for m in mentions:
        if _index_points(m) and _RATE_CHANGED_BY.search(sentence, max(0, m.start - 110), m.start):
            m.unit, m.kind, m.counted = "percentage_point", K.PERCENTAGE_POINT, None
            m.info.pop("counted", None)


# "105,968 passengers versus 100.591 in 2016": the figure a count is set against
_SET_AGAINST = lazy(r"\s*(?:versus|vs\.?|against|compared\s+(?:with|to))\s+", re.I)
_ONE_DOT_GROUP = lazy(r"[1-9]\d{0,2}\.\d{3}")


def _dot_grouped_peers(sentence: str, mentions: list[Mention]) -> None:
    """A bare figure with one dot and three digits after it ("100.591") set against a count
    of thousands ("105,968 passengers versus 100.591"): two levels of one series are of one
    magnitude, so the dot groups thousands, as French and German copy write them."""
    for a, b in zip(mentions, mentions[1:]):
        if b.bare and _ONE_DOT_GROUP.fullmatch(b.raw) and a.kind == K.COUNT and not a.has_scale \
                and a.value >= 1000 and _SET_AGAINST.fullmatch(sentence[a.end: b.start]) \
                and 100 <= a.value / b.value:
            b.value, b.precision = clean(b.value * 1000), 1.0


# a figure's earlier level set against it after its own time, if any: "…, compared with", "…
# in June versus", "…, down from", "… against"
_EARLIER_LEVEL_GAP = lazy(r"(?:\s+(?:in|on|at|during|for|over|by|of)\s+[^,;:.\d]{1,30}?)?,?\s+"
                          r"(?:(?:up|down)\s+from|compared\s+(?:with|to)|as\s+against|against|versus|vs\.?)\s+"
                          r"(?:(?:about|around|nearly|some|roughly|just|only)\s+)?", re.I)


# one item of a gapped list, its verb and unit written once: "5.1% in Lagos, 4.8 in Abuja and 4.2
# in Kano", "rose 4.5%, to France 3.2 and to Italy 2.1": the first item's own adjunct, then a
# comma or "and", then the next item's label (a few words, no figure)
_GAPPED_ITEM = lazy(r"(?:\s+(?P<prep>in|for|at|on|to|from|among|of)\s+[^,;:.\d()]{1,30}?)?(?:,\s*(?:and\s+)?|\s+and\s+)"
                    r"(?:(?:(?:in|for|at|on|to|from|among|of)\s+)?(?P<label>[^,;:.\d()%$€£]{1,40}?)\s+)?", re.I)


def _gapped_list(sentence: str, mentions: list[Mention]) -> None:
    """A bare figure in a gapped list after a figure with its unit is in that unit: the verb
    and the unit are written once for the list ("inflation was 5.1% in Lagos, 4.8 in Abuja and 4.2
    in Kano"). The label must be an open-class phrase (never ", to 120": a change and its level),
    the figure no year and of like size."""
    for a, b in zip(mentions, mentions[1:]):
        if not b.bare or a.bare or b.word_number or b.counted or b.end_value is not None \
                or a.kind not in (K.PERCENT, K.MONEY, K.MEASURE) or "/" in (a.unit or "") or a.end_value is not None:
            continue
        if re.match(r"[ \t]?\d", sentence[b.end:]):
            continue  # "809 291.85 thousand USD": the head of a figure grouped by spaces
        m = _GAPPED_ITEM.fullmatch(_YEAR.sub("year", sentence[a.end: b.start]))  # "3.2% in 2023, and 4.1 in 2024"
        if m is None or re.fullmatch(r"(?:19|20)\d\d", b.raw):
            continue
        if m.group("label") is None:
            # "5.1% in Lagos, 4.8 in Abuja": no label, the adjunct after each figure
            if not m.group("prep") or not re.match(rf"\s+{m.group('prep')}\s", sentence[b.end:], re.I):
                continue
        else:
            words = m.group("label").split()
            if not words or len(words) > 4 or any(grammar.is_function_word_or_verb(w) for w in words):
                continue  # a label names an item; a verb or a function word starts a clause ("and lifting around")
        if a.kind == K.PERCENT and abs(b.value) > 100 or not _like_sized(a, b) or not bare_is_claim(b, sentence):
            continue  # (a small whole number alone, "pulses 9", may count anything)
        _share_unit(b, a, scale=True)


def _like_sized(a: Mention, b: Mention) -> bool:
    """`b`, written without a scale, is within a factor of ten of `a`'s printed figure."""
    size = a.value / (a.scale or 1) if a.has_scale else a.value
    return size != 0 and 0.1 <= abs(b.value / size) <= 10


def _earlier_level(a: Mention, b: Mention, gap: str) -> bool:
    """`b`, bare, is `a`'s earlier level, set against it by a word of comparison: of like size
    (no year, no count of another order), and `a` a level in its own unit."""
    if a.kind not in _LEVEL_KINDS or b.word_number or b.counted or b.end_value is not None \
            or a.end_value is not None or "/" in (a.unit or ""):
        return False
    if _EARLIER_LEVEL_GAP.fullmatch(_YEAR.sub("year", gap)) is None:
        return False
    if re.fullmatch(r"(?:19|20)\d\d", b.raw):
        return False  # "compared with 2019": a year
    if a.kind in (K.PERCENT, K.PERCENTAGE_POINT) and abs(b.value) > 100:
        return False
    return _like_sized(a, b)


def merge_ranges(sentence: str, mentions: list[Mention]) -> list[Mention]:
    """Ranges and from–to pairs between neighbouring mentions.

    "between $3 billion and $5 billion", "3-5%", "ranging from $200 to $4 million" are one
    range claim. "fell from $2,415 to $2,315" (a word of change governs the "from") is two
    levels of one figure: both stay claims, the later one recording the earlier as
    `from_value`. A number written without the unit its neighbour carries shares it."""
    _apposed_change_units(sentence, mentions)
    _dot_grouped_peers(sentence, mentions)
    if "rate" in sentence or "ratio" in sentence or "share" in sentence:
        _points_of_a_rate(sentence, mentions)
    out: list[Mention] = []
    i = 0
    while i < len(mentions):
        a = mentions[i]
        b = mentions[i + 1] if i + 1 < len(mentions) else None
        last = out[-1] if out else None
        if a.bare and last is not None and last.end_value is not None and last.kind in _LEVEL_KINDS \
                and re.fullmatch(r"\s+to\s+", sentence[last.end: a.start]) \
                and _FROM_BEFORE.search(sentence, max(0, last.start - 30), last.start):
            _share_unit(a, last, scale=False)  # "from about 14-18 mpg to 24"
        if b is None or a.kind in _NOT_MERGED or b.kind in _NOT_MERGED:
            out.append(a)
            i += 1
            continue
        gap = sentence[a.end: b.start]
        left = sentence[: a.start]
        between = _AND_GAP.fullmatch(gap) and _BETWEEN_END.search(left)
        dash_to = _DASH_TO_GAP.fullmatch(gap)
        if b.info.get("sign") and not re.fullmatch(r"\s*to\s*", gap):
            dash_to = None  # "186 -56%": the dash is the next figure's sign, no range
        to = dash_to and re.fullmatch(r"\s*to\s*", gap)
        # "rises from $160 to $180 to $200": each "to" goes on with the chain of levels
        pair = bool(to) and (_change_from().search(left, max(0, len(left) - 90)) is not None or a.info.get("pair") == "to")
        if not pair and to and _FIGURE_THEN_FROM.search(left, max(0, len(left) - 20)):
            pair = True  # "the increase was 0.85% (from 418,200 tons to 421,770 tons)": the change's two levels
        if not pair and _ADJUNCT_TO.fullmatch(gap) and _change_from().search(left, max(0, len(left) - 90)):
            pair = True  # "plummeted from $36,040 at 10.45pm last night to $34,935"
        from_before = _FROM_BEFORE.search(left, max(0, len(left) - 30)) is not None
        if not pair and from_before and _DATED_TO.fullmatch(gap):
            pair = True  # "from 20 miles per gallon in 2008 to 29 mpg in 2020": two levels at two dates
        reverse = not pair and _TO_FROM_GAP.fullmatch(gap) and _change_to().search(left, max(0, len(left) - 60))
        a_own_unit = not a.bare
        if (between or dash_to) and a.kind == K.MONEY \
                and b.kind == K.COUNT and b.has_scale and not b.counted:
            # "Rs 60,000-70,000 crore", "$5-6 billion", "from 50bn GBP to 150bn": the currency
            # written once serves both ends
            b.unit, b.kind = a.unit, a.kind
        if (between or dash_to or pair or reverse or _AND_GAP.fullmatch(gap) or from_before and _COMMA_TO_GAP.fullmatch(gap)) \
                and b.kind in (K.MONEY, K.MEASURE) \
                and "/" not in b.unit and b.has_scale and a.kind == K.COUNT and a.has_scale and not a.counted \
                and not a.info.get("has_conversion"):
            # "from 134.1 million to US$154.9 million", "2.1 and $3.4 billion", "from 18.4 million
            # to 19.3 million tonnes", "rose to 1.5 million from 1.2 million tonnes" (the later
            # level first): the currency or unit written on the second serves the first
            a.unit, a.kind = b.unit, b.kind
            a.info["shared_unit"] = True
        if a.kind == K.MONEY and b.kind == K.MONEY and a.unit == b.unit and "/" not in a.unit \
                and not a.has_scale and b.has_scale and a.value < 1000 and not a.info.get("subunit") \
                and _AND_OR_GAP.fullmatch(gap):
            # "overspent by $12.4 and $8.1 million": the scale written once serves both amounts
            _share_unit(a, b, scale=True)
        elif a.kind == K.MONEY and b.kind == K.MONEY and a.unit == b.unit and "/" not in a.unit \
                and not a.has_scale and b.has_scale and not a.info.get("subunit") and (to or between) \
                and _same_digits_size(a.value, b.value / (b.scale or 1)):
            # "rose from Rwf 1,506 to 1,662 billion": two levels of one series, the scale written
            # on the second; the first, as many digits long, is in that scale too
            _share_unit(a, b, scale=True)
        if a.kind == K.COUNT and a.has_scale and not a.counted and b.kind in _LEVEL_KINDS \
                and re.fullmatch(r"\s+of\s+(?:the|its|their|his|her|an?)\s+(?:\w+\s+)?", gap):
            _share_unit(a, b, scale=False)  # "raised 280 million of the 1.5 billion shekels it needs"
        if a.bare and not b.bare and (between or dash_to or from_before and _LABELLED_TO_GAP.fullmatch(gap)
                                      or _gapped_rate(a, b, gap)
                                      or re.fullmatch(r"-?\s*(?:,|and|or|,\s*and|,\s*or)\s*", gap)
                                      and (b.kind in _LEVEL_KINDS or _scaled_count_after(a, b))) \
                and not (b.kind == K.PERCENT and (a.value >= 1000 > b.value or _APPOSED_SHARE.fullmatch(gap)
                                                  or _count_or_percent(a, b, gap))) \
                and not (bool(a.word_number) != bool(b.word_number) and "," in gap and not _COORDINATED.match(gap)) \
                and not _outgrows(a, b):
            # (never "3,037,700 or 81.3%" nor "267, or 31.2 percent": a count and its share set off
            # by a comma, no range of percentages; never
            # "Of the total 294, five percent involved": a list is written in one style; never
            # "declined by 329,000 to 2.27 million": a figure that would outgrow its partner a
            # hundredfold already spells out its size)
            # "3 to 4 million", "raised from 5 to 8 percent", "3.2 and 2.1 trillion yuan", "a 7- or 8-inch screen"
            _share_unit(a, b, scale=True)
        elif b.bare and not a.bare and (between or pair or dash_to and a.info.get("age") or to and from_before) \
                and a.kind in _LEVEL_KINDS + (K.COUNT,):
            _share_unit(b, a, scale=False)  # "from 208 pounds to 193", "aged 18 to 34"
        if pair and a.info.get("per") and not b.info.get("per") and b.unit == rate_parts(a.unit)[0]:
            b.unit, b.info["per"] = a.unit, a.info["per"]  # "from $75 per barrel to $45.88"
        if pair and a.unit == b.unit and (not a.bare and not b.bare or a.bare and b.bare and bare_is_claim(b)):
            a.info.setdefault("pair", "from")
            b.info["pair"] = "to"
            b.info["from_value"] = a.value
            out.append(a)
            i += 1
            continue
        if b.bare and not a.bare and _earlier_level(a, b, gap):
            # "45 percent, compared with 38 a year earlier", "6.4% in June versus 7.1 in May",
            # "5.2%, down from 5.6": the earlier level set against a figure is in its unit
            _share_unit(b, a, scale=True)
        to_from = reverse or _TO_FROM_GAP.fullmatch(gap) and _TO_BEFORE.search(left, max(0, len(left) - 5))
        if b.bare and not a.bare and to_from:
            _share_unit(b, a, scale=False)  # "narrowed to 138,285 lots from 212,577"
        elif a.bare and not b.bare and to_from and b.kind in _LEVEL_KINDS \
                and _same_digits_size(a.value, b.value / (b.scale or 1)):
            # "declined … to 6.9 from seven per cent", "rose to 3.4 from $3.1 billion": the later
            # level first and bare, the unit (and scale) written on the earlier one, of like size
            _share_unit(a, b, scale=True)
        if reverse and a.unit == b.unit and not a.bare:
            # "rose to $7.36 billion from $6.78 billion": the later level first, the earlier after
            a.info["pair"], b.info["pair"] = "to", "from"
            a.info["from_value"] = b.value
            out.append(a)
            i += 1
            continue
        if a.unit == "point" and a.kind == K.MEASURE \
                and b.kind == K.PERCENT and re.fullmatch(r"\s+(?:to|from|at)\s+", gap):
            # "the unemployment rate decreased 0.1 pts to 5.7%": points of a rate
            a.unit, a.kind, a.counted = "percentage_point", K.PERCENTAGE_POINT, None
            a.info.pop("counted", None)
        if b.bare and not a.bare and _BRACKET_OPEN.fullmatch(gap) and CLOSE_BRACKET.match(sentence, b.end) \
                and not (a.kind == K.PERCENT and _GROUPED_WHOLE.fullmatch(b.raw)):
            # "11.8% (11.2)", "0.65 (in January-May 2022 - 0.95)": the figure in brackets, the
            # same measure at another time, is in the same unit (not "an increase of 423.7 per
            # cent (3,420)": a whole number grouped in thousands is the change counted, no percentage)
            _share_unit(b, a, scale=False)
        change_then_level = to and (a_own_unit or _not_range_ends(a, b)) \
            and (_change_by().search(left, max(0, len(left) - 60))  # "rose 5% to $10"
                                                    or _CHANGE_OF.search(left, max(0, len(left) - 70))
                                                    or _change_restated().search(left, max(0, len(left) - 80)))
        if (between or dash_to) and not change_then_level and b.info.get("per") and not a.info.get("per") \
                and a.unit == rate_parts(b.unit)[0]:
            a.unit, a.info["per"] = b.unit, b.info["per"]  # "between $62 and $68 per share"
        same = a.unit == b.unit and a.kind == b.kind
        # "three or four years": the unit written once after two neighbouring numbers; "from
        # 450 sq ft up to 900 sq ft": a range whose upper end carries its own bound
        either_or = not a_own_unit and not b.bare and re.fullmatch(r"\s+or\s+", gap) and a.value < b.value
        up_to = from_before and not gap.strip() and re.match(r"up\s+to\b", sentence[b.start:], re.I)
        if (between or dash_to or either_or or up_to) and same and not change_then_level \
                and (not a.bare and not b.bare or between) \
                and (b.qualifier == Q.EXACT or up_to):
            low = a.value
            if not a.has_scale and b.has_scale and a.value * b.scale <= b.value * 1.0001:
                low = clean(a.value * b.scale)  # "$5-6 billion": the scale written once serves both
            if low < b.value or a.kind == K.PERCENTAGE_POINT:
                start = re.search(r"\bbetween\s+$", left, re.I).start() if between else a.start
                precisions = [p for p in (a.precision, b.precision) if p]
                out.append(dataclasses.replace(
                    b, start=start, end=b.end, value=low, end_value=b.value, unit=b.unit, kind=b.kind,
                    qualifier=Q.RANGE, precision=min(precisions) if precisions else None,
                    counted=b.counted or a.counted, scale=b.scale, has_scale=True, raw=a.raw + "-" + b.raw,
                    info={**a.info, **b.info, **({"approximate": True} if a.qualifier == Q.APPROX else {})},
                    bare=False, word_number=False,
                ))  # ("about 14-18 mpg": a range approximated is a range; its word is kept)
                i += 2
                continue
        out.append(a)
        i += 1
    for a, b in reversed(list(zip(out, out[1:]))):
        # "rates of 3, 4 and 5 percent": the unit shared down a list reaches its first items
        # (percentages, money and scaled figures: a glued letter, "Blocks 2, 4 or 5A", is no unit to spread)
        if a.bare and b.info.get("shared_unit") and not b.word_number and not a.word_number \
                and (b.kind in (K.PERCENT, K.MONEY) or (b.scale or 1) != 1) \
                and re.fullmatch(r"\s*,\s*", sentence[a.end: b.start]):
            _share_unit(a, b, scale=True)
    _gapped_list(sentence, out)
    _conversions(sentence, out)
    _restatements(sentence, out)
    _parallel_changes(sentence, out)
    _elided_counts(sentence, out)
    for a, b in zip(out, out[1:]):
        # "increased $5.1 billion, or 11.8 percent", "grew 5.7% on the month and 15.8% on the year"
        if a.info.get("direction") and "direction" not in b.info and b.kind in CHANGE_KINDS \
                and _COORDINATED.fullmatch(sentence[a.end: b.start]) \
                and (b.kind == a.kind or b.kind == K.PERCENT):
            b.info["direction"] = a.info["direction"]
    return out


# "9 billion shekels ($2.408 billion)": an amount, then its conversion in brackets
_CONVERSION_GAP = re.compile(r"\s*\(\s*(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|approximately\s+|or\s+)?")


def _converted(sentence: str, a: Mention, b: Mention) -> bool:
    """b is a's conversion into another currency, written in brackets after it."""
    return b.kind == K.MONEY and _CONVERSION_GAP.fullmatch(sentence[a.end: b.start]) is not None \
        and CLOSE_BRACKET.match(sentence, b.end) is not None


def _conversions(sentence: str, mentions: list[Mention]) -> None:
    """An amount and its conversion in brackets share what follows the bracket and are in
    different currencies: "C$6 (US$4.46) per share" is two prices per share, "9 billion shekels
    ($2.408 billion) a year" two amounts a year; "2,435,000 yen ($22,480) for the manual and
    2,380,000 ($21,972) for the CVT" gives the second bare amount the first one's currency."""
    pairs = [(a, b) for a, b in zip(mentions, mentions[1:]) if _converted(sentence, a, b)]
    for a, b in pairs:
        close = CLOSE_BRACKET.match(sentence, b.end)
        per = per_unit(sentence, close.end())
        if per is not None and not a.info.get("per") and not b.info.get("per") \
                and a.kind in (K.MONEY, K.COUNT) and (a.kind == K.MONEY or a.has_scale):
            for x in (a, b):
                if x.kind == K.MONEY:
                    x.unit, x.info["per"] = rate_unit(x.unit, per[1]), per[1]
        if a.kind == K.COUNT and not a.counted and (a.has_scale or a.value >= 1000):
            a.info["has_conversion"] = True  # a bare amount is money, though not in b's currency
            model = next((p for p, q in pairs if p.kind == K.MONEY and q.unit == b.unit
                          and p.unit != b.unit and p is not a), None)
            if model is not None:
                a.unit, a.kind, a.bare = model.unit, model.kind, False
                a.info["shared_unit"] = True


# "more than 100 kilometres (60 miles)", "just under 296 hp (224 kW / 300 PS)": the same
# figure restated in other units in brackets
_RESTATED_NEXT = re.compile(r"\s*(?:/|,|;|or)\s*")
_RESTATED_CLOSE = re.compile(r"\s*[)/,;]")


def _restates(a: Mention, b: Mention) -> bool:
    if a.bare or b.bare or not a.unit or not b.unit or a.unit == b.unit or (a.end_value is None) != (b.end_value is None):
        return False
    if a.kind == b.kind == K.MONEY:
        return True  # a conversion into another currency
    return a.kind == b.kind == K.MEASURE and units.dimension(a.unit) == units.dimension(b.unit)


def _restatements(sentence: str, mentions: list[Mention]) -> None:
    """A figure restated in brackets in other units is the same quantity: it is bounded as
    the figure is ("more than 100 kilometres (60 miles)" is more than 60 miles), and a change
    when the figure is one. An approximation is not passed on: the restatement prints its
    own digits ("some 645 million euros (US$699.7 million)" converts the figure exactly)."""
    for i, a in enumerate(mentions):
        bound = a.qualifier in (Q.MORE_THAN, Q.AT_LEAST, Q.LESS_THAN, Q.AT_MOST)
        if not bound and not a.info.get("direction"):
            continue
        prev, gap, restated = a, OPEN_BRACKET, []
        for b in mentions[i + 1:]:
            if not gap.fullmatch(sentence, prev.end, b.start) or not _restates(a, b) \
                    or not _RESTATED_CLOSE.match(sentence, b.end):
                break
            restated.append(b)
            prev, gap = b, _RESTATED_NEXT
        if restated and sentence[prev.end:].lstrip().startswith(")"):
            for b in restated:
                if bound and b.qualifier == Q.EXACT:
                    b.qualifier = a.qualifier
                if a.info.get("direction") and "direction" not in b.info:
                    b.info["direction"] = a.info["direction"]


# "lifting around 36,000 out of the tax net", "raising 2 million out of poverty": a phrasal verb of
# removal whose object counts what it moves, not the change of a level
_MOVED_OUT_OF = lazy(r"\s+(?:[a-z]+\s+){0,2}?out\s+of\s+(?:the\s+)?[a-z]", re.I)


def _parallel_changes(sentence: str, mentions: list[Mention]) -> None:
    """A change written without its unit after a change written with one, in a clause of the
    same shape, shares it: "the DAX increased by 2 percent but the Nasdaq decreased by 1",
    "exports rose $5 billion while imports fell 3"."""
    for i, x in enumerate(mentions):
        if not x.bare or x.word_number or x.end_value is not None:
            continue
        change = _change_by().search(sentence, max(0, x.start - 60), x.start)
        if change is None or not qualifiers.direction_before(sentence[:x.start]) or _MOVED_OUT_OF.match(sentence, x.end):
            continue
        model = next((p for p in reversed(mentions[:i]) if not p.bare and p.kind in _LEVEL_KINDS
                      and p.info.get("direction") and _change_by().search(sentence, max(0, p.start - 60), p.start)), None)
        if model is not None:
            _share_unit(x, model, scale=True)
            x.info["direction"] = qualifiers.direction_before(sentence[:x.start])


def _index_points(m: Mention) -> bool:
    return m.unit == "point" and m.kind == K.MEASURE


def _elide(x: Mention, src: Mention) -> None:
    """x, written bare, in the unit or of the thing counted of src: the index's points
    ("rose 64.06 points to 4,577.10") or the counted noun."""
    if _index_points(src):
        x.unit, x.kind, x.bare = src.unit, src.kind, False
    else:
        x.counted = x.info["counted"] = src.counted
    x.info["elided_noun"] = True


def _bracketed_conversion(sentence: str, amount: Mention, x: Mention) -> bool:
    """`x` alone in brackets right after `amount`, of another size: a conversion, not the
    amount's currency going on ("LE 218.1 billion (12.2 billion)")."""
    return CONVERSION_OPENS.fullmatch(sentence, amount.end, x.start) is not None \
        and CLOSE_BRACKET.match(sentence, x.end) is not None and another_size(amount.value, x.value)


# the words that set a later figure against an earlier one of the same quantity: "to", "from",
# "compared with", "against", "than", "versus", "up/down from"
_COMPARED_GAP = lazy(r"[^;:!?$€£¥%\d]{0,60}?\b(?:to|from|with|against|than|versus|vs\.?)\s+"
                     r"(?:(?:about|around|roughly|nearly|some|just|only|a\s+mere)\s+)?", re.I)
# …unless the later figure is a value or a price: "2 million tonnes worth 1.2 billion"
_YEAR = lazy(r"\b(?:19|20)\d\d(?:[-–/]\d{2,4})?\b")
_VALUE_WORDS = lazy(r"\b(?:worth|valued?|revenues?|receipts|earn\w*|prices?|costs?|paid|sales|income|"
                    r"dollars?|euros?|francs?|pounds?|currency)\b", re.I)


def _measure_goes_on(sentence: str, prev: Mention, x: Mention) -> bool:
    """`x`, a scaled figure with no noun, restates the physical quantity `prev` at another
    time or place: a comparison word joins them and no value word comes between."""
    if prev.kind != K.MEASURE or prev.end_value is not None or x.start - prev.end > 90:
        return False
    gap = _YEAR.sub("year", sentence[prev.end: x.start])  # "from 1.2 million tonnes in 2022 to 1.1 million"
    between = _AND_GAP.fullmatch(gap) and _BETWEEN_END.search(sentence, max(0, prev.start - 20), prev.start)
    return (between or _COMPARED_GAP.fullmatch(gap) is not None) and _VALUE_WORDS.search(gap) is None


def _elided_counts(sentence: str, mentions: list[Mention]) -> None:
    """A count written without its noun counts what the count before it in the clause does:
    "6 million homes, including 1.5 million in Los Angeles", "3.9 million headsets, up from
    2.4 million", "68,400 people … and 95,800 who", "lost 162.31 points, or 2.14%, to 7,425.81";
    and a level written before its change: "16,369.03, up 58.06 points"."""
    for i, x in enumerate(mentions):
        if x.kind != K.COUNT or x.counted or x.word_number or x.end_value is not None:
            continue
        if x.info.get("has_conversion"):
            continue  # "771.3 billion ($1tn)": in a currency the text does not name
        if x.has_scale:
            # "USD1.749 trillion …, of which exports amounted to 958.34 billion": the amount
            # goes on in the currency of the amount before it in the sentence (not the
            # currency it was converted into: "2.2 billion shekels ($590 million) and 71 million")
            prev = None
            for j in range(i - 1, -1, -1):
                p = mentions[j]
                if p.kind == K.PERCENT or j and _converted(sentence, mentions[j - 1], p):
                    continue
                prev = p
                break
            if prev is not None and prev.kind == K.MONEY and "/" not in prev.unit:
                if _bracketed_conversion(sentence, prev, x):
                    continue  # "spent LE 218.1 billion (12.2 billion)": another currency (amounts)
                x.unit, x.kind, x.bare = prev.unit, prev.kind, False
                x.info["shared_unit"] = True
                continue
            if prev is not None and _measure_goes_on(sentence, prev, x):
                # "from 1.2 million tonnes in 2022 to 1.1 million", "2.3 million ounces, up from
                # 2.1 million": a scaled figure with no noun compared with a physical quantity
                # just before it is that quantity again, in its unit
                x.unit, x.kind, x.bare = prev.unit, prev.kind, False
                x.info["shared_unit"] = True
                continue
        prev = next((p for p in reversed(mentions[:i]) if (p.kind == K.COUNT and p.counted
                     and p.counted != "times" or _index_points(p)) and p.end_value is None), None)
        if prev is not None and x.has_scale and not prev.has_scale and prev.value < 1000:
            prev = None  # "the group of five products rose …, from 809.54 million": millions of no five things
        if prev is not None and x.start - prev.end < 120 \
                and not re.search(r"[;:!?]|\.(?!\d)", sentence[prev.end: x.start]):
            _elide(x, prev)
            continue
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if nxt is not None and (nxt.kind == K.COUNT and nxt.counted or _index_points(nxt)) \
                and nxt.info.get("direction") \
                and re.fullmatch(r",?\s*(?:up|down)\s+", sentence[x.end: nxt.start]):
            _elide(x, nxt)
