"""The items of a list a sentence gives for one whole, each figure taking its item's name:
places listed with their figures ("Iraq with $4.8 billion, India at Dhs67bn"), items and
shares in brackets, the parts "of which" a total is made, men and women, a trade balance's
segments ("the deficit in trade with China") and their labels. The metric a sentence
states once for several figures is sentence_frame.py's. Pure: no I/O."""

from __future__ import annotations

import re
from typing import Optional

from factcheck.extract import context, grammar, placenames
from factcheck.extract.frame.positions import claim_span
from factcheck.extract.kinds import K
from factcheck.models import Claim
from factcheck.extract.patterns import lazy
from factcheck.extract.vocabulary import LETTERS, MONTH_NAME, SERIES_NOUN, nominal, series_nouns
from factcheck.extract.vocabulary import names_no_series as _empty
from factcheck.extract.sentence_frame import without_change_word

# the figure a listed item ends with, and a bracket opening before an item
_FIGURE_END = lazy(r"\d[\d.,]*\s*(?:[a-z]+\s+)?$")
_BRACKET_OPEN = lazy(r"\(\s*[+\-−]?\s*[^\s\d()]{0,4}\s*$")


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
        local = claim_span(c)
        named = _BALANCE_SEGMENT.match(c.sentence, local[1])
        if named and named.group(1).lower() in _WHOLE_TRADE:
            continue  # "in foreign trade in goods and services": the total, no segment
        if named:
            c.metric = f"{c.metric} in trade in {named.group(1).lower()}"
        elif len(segments) == 1 and kinds >= {"export", "import"}:
            c.metric = f"{c.metric} {segments.pop()}"


# "42.2% for export and 32.6% for import", "by 27.8 percent - for enterprises, by 0.2 percent
# - for private entrepreneurs", "4.9 percent - beverages, 18.0 percent - clothes": a label right
# after each of coordinated figures names the segment each measures
_SEGMENT_LABEL = lazy(r"\s*(?:[-–—]\s*(?:for\s+)?|for\s+)(?P<np>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,5}?)"
                      r"(?=\s*(?:[,;:.)]|$|\s+and\s+(?:by\s+|for\s+)?[^\s\w]{0,4}\s*\d|\s+(?:while|whereas|but)\b"
                      r"|\s+(?:in|during)\s+(?:the\s+)?\w*\d))")
_NOT_SEGMENT = lazy(r"(?:the|a|an|this|that|its|their|each|every|all|both|some|first|second|third|last|next|same|"
                    r"previous|past|current|year|years|month|months|quarter|quarters|half|period|week|weeks|day|days|"
                    r"time|fiscal|financial|comparison|instance|example|now|us|it|them)\b", re.I)


def segment_labels(claims: list[Claim]) -> None:
    """Coordinated figures that each carry a label of their own ('… for export', '- for
    enterprises', '- beverages') measure as many segments: a figure's metric that does not
    name its segment takes it ('product group for export'); a figure without a metric, or
    whose metric is its label alone, takes the series of the first labelled figure before it
    with its label, else the label alone. One label alone is no contrast ('$5 million for
    repairs' may be a purpose)."""
    labels = []
    for c in claims:
        m = _SEGMENT_LABEL.match(c.sentence, claim_span(c)[1])
        labels.append(m.group("np").lower() if m and not _NOT_SEGMENT.match(m.group("np")) else None)
    if len({lab for lab in labels if lab}) < 2:
        return
    base = None
    for c, lab in zip(claims, labels):
        if not lab or c.kind not in (K.PERCENT, K.PERCENTAGE_POINT, K.MONEY, K.COUNT, K.MEASURE):
            continue
        metric = None if _empty(c.metric) or grammar.is_verbal(c.metric.lower()) else c.metric
        if metric and _labelled(metric, lab):
            if _labelled(lab, metric) and base:
                c.metric = f"{base} for {lab}"  # "… for exports and 17.58 billion for imports"
            continue
        if metric:
            base = base or metric
            c.metric = f"{metric} for {lab}"
        else:
            c.metric = f"{base} for {lab}" if base else lab


def _labelled(metric: str, label: str) -> bool:
    """The metric names a word of the label ('imports' for 'for imports')."""
    words = {w.lower().rstrip("s") for w in LETTERS.findall(metric)}
    return any(w.lower().rstrip("s") in words for w in LETTERS.findall(label) if w.lower() != "and")


def place_lists(claims: list[Claim]) -> None:
    """'lower exports in most states, namely Kedah (-RM730.3 million), Sabah (…)': a figure
    bracketed after a place's name measures the series the list is about, in that place
    ('exports in Kedah'), so exports and imports of one place stay two series."""
    for i, c in enumerate(claims):
        if c.kind not in (K.MONEY, K.COUNT, K.MEASURE, K.PERCENT):
            continue
        local = claim_span(c)
        left = c.sentence[: local[0]]
        if not _BRACKET_OPEN.search(left[-6:]):
            continue
        if _empty(c.metric):
            _unnamed_place_item(c, claim_span(claims[i - 1])[1] if i else 0)
            continue
        words = _from_first_capital(c.metric.split())  # "namely Kuala Lumpur"
        if not words or len(words) > 3 or not all(w[:1].isupper() for w in words):
            continue
        place = " ".join(words)
        at = left.rfind(place)
        if at >= 0 and _FIGURE_END.search(left, 0, at):
            continue  # "435.2 billion Dirhams (+ 6.4%)": a currency's name, no place
        series = [m.group(0).lower() for m in SERIES_NOUN.finditer(left, 0, at if at >= 0 else len(left))]
        if series:
            c.metric = f"{series[-1]} in {place}"


_COMPLEMENT_BEFORE = lazy(r"\b(?:by|for|among|per)\s+(?:(?:the|all|foreign|international)\s+)?$", re.I)


def _unnamed_place_item(c: Claim, start: int) -> None:
    """'decreases in total exports to most major destinations, in particular the Philippines
    (-45.5%), India (-37.9%)', 'arrivals of tourists from countries such as France (19,377)':
    a figure bracketed after a place, that names no series of its own, is the series the
    sentence names before the list, in that place (place_lists' reading of a named item)."""
    label = " ".join(_from_first_capital((_label_before(c, start) or "").split()))  # "in particular the Philippines"
    if not label or not placenames.subjects(label):
        return
    at = c.sentence.rfind(label, 0, claim_span(c)[0])
    # a series noun after "by" or "for" ("spending by visitors from Norway") is the party of
    # another noun, not the list's series
    series = [m.group(0).lower() for m in SERIES_NOUN.finditer(c.sentence, 0, at)
              if not _COMPLEMENT_BEFORE.search(c.sentence, 0, m.start())]
    if not series:
        # "Slovenian companies exported most goods to Switzerland (21.7%), followed by
        # Germany (14.6%)": the verb of the list's flow names it ("exported": exports)
        series = [n for n in map(nominal, re.findall(r"[a-z]+ed\b", c.sentence[: at])) if n in series_nouns()]
    if not series:
        return
    c.metric = f"{series[-1]} in {label}" + _change_word(c)


def _from_first_capital(words: list[str]) -> list[str]:
    """The words from the first capitalised one: a place's name past the list's lead-in."""
    while words and words[0][:1].islower():
        words = words[1:]
    return words


def _change_word(c: Claim) -> str:
    """What a list item's percentage adds to its series' name: " decline" or " growth" where
    the sentence says it fell or rose, else nothing."""
    change = c.context.get("change") if c.kind == K.PERCENT else None
    return (" decline" if change == "down" else " growth") if change else ""


# "the leading export destination", "the top exporter", "its biggest trading partner": a
# noun of ranking made from a series names that series
_RANKED_SERIES = lazy(r"\b(?:(export|import)(?:ers?|ing\s+countr(?:y|ies)|\s+(?:destinations?|markets?|partners?|sources?))"
                      r"|trad(?:e|ing)\s+partners?)\b", re.I)


def _series_nouns(text: str) -> list[str]:
    """The series a stretch of text names, in order; failing those, its nouns of ranking
    ('Iraq with $4.8 billion of imports from Iran were among its top export destinations'
    measures the imports the figure is of)."""
    found = [m.group(0).lower() for m in SERIES_NOUN.finditer(text)]
    return found or [f"{m.group(1).lower()}s" if m.group(1) else "trade" for m in _RANKED_SERIES.finditer(text)]


def _sentence_start(c: Claim) -> int:
    return c.span[0] - claim_span(c)[0]


def place_items(claims: list[Claim], earlier: list[Claim] = ()) -> None:
    """'Iraq with $4.8 billion, China with $4.4 billion … of imports from Iran', 'France
    ranked second, with 29.6 billion CFA francs, or 6.6% of imports': a figure whose own
    stretch of the sentence names only a place measures the series the sentence names; its
    subject (the place) keeps it apart from the other items, as for the bracketed items of
    complete_metrics, instead of one blank name for all of them. `earlier`: the claims of
    the sentences before, latest last."""
    ends = [0] + [claim_span(c)[1] for c in claims]
    for i, c in enumerate(claims):
        if not _empty(c.metric) or c.kind not in (K.MONEY, K.COUNT, K.MEASURE, K.PERCENT):
            continue
        stretch = c.sentence[ends[i]: claim_span(c)[0]]
        own = _series_nouns(stretch)
        # "In terms of imports, China led with", "Canada was the leading export destination in
        # May with": the item's own clause names the series (a longer clause, then)
        if len(LETTERS.findall(stretch)) > (12 if own else 8) or ":" in stretch or _BALANCE_WORD.search(stretch):
            continue  # a clause of its own before the figure: no item of a list
        if not _ITEM_END.search(stretch):
            continue  # "Honduras raised $7.4 billion": a clause's object, no item ("Germany (80,580)" is place_lists')
        if not placenames.subjects(stretch):
            continue
        series = own[-1:] or _series_nouns(c.sentence)[-1:]
        prev = earlier[-1] if earlier else None
        if not series and prev is not None and c.kind != K.PERCENT and prev.kind == c.kind and not _empty(prev.metric) \
                and 0 <= _sentence_start(c) - (_sentence_start(prev) + len(prev.sentence)) <= 3:
            # "… with a trade volume of $472 million. It was followed by Russia with $411
            # million, China with …": a list that names no series goes on with the statement before
            series = [without_change_word(prev.metric)]
        if not series:
            continue
        change = c.context.get("change") if c.kind == K.PERCENT else None
        c.metric = series[-1] + (f" {'decline' if change == 'down' else 'growth'}" if change else "")


# "“Transport” (+6.4%), “Education” (+2.6%)", "vacation (49.1 percent) and diving (37.9
# percent)": a figure bracketed after a label is the item that label names
_ITEM_SEPARATOR = lazy(r"^[\s)]*(?:(?:,|;|\band\b|\bor\b|\bfollowed\s+by\b|\bwhile\b|\bwhereas\b)\s*)+", re.I)
_LABEL_LEAD = lazy(r"^.*(?:[:;]|\b(?:were|was|are|is|include[sd]?|including|namely|such\s+as|like|followed\s+by|"
                   r"for|in|by|from|with|on|at|to)\b)\s*",
                   re.I | re.S)
_LABEL = lazy(r"[A-Za-z][\w'’&-]*(?:\s+[\w'’&,-]+){0,5}")
_QUOTES = "“”\"‘’' "


def _label_before(c: Claim, start: int) -> Optional[str]:
    """The words between the list separator (or the clause's verb or colon) and a figure's
    bracket: "“Transport” (", ", and diving (", "were: Clothing and Footwear ("."""
    local = claim_span(c)
    left = c.sentence[start: local[0]]
    m = _BRACKET_OPEN.search(left)
    if m is None:
        return None
    stretch = _ITEM_SEPARATOR.sub("", left[: m.start()]).strip(_QUOTES)
    stretch = _LABEL_LEAD.sub("", stretch).strip(_QUOTES)
    if not _LABEL.fullmatch(stretch) or stretch.lower() in ("the", "it", "them", "those", "these") \
            or _TIME_LABEL.search(stretch):
        return None  # "compared to the previous month (7,281)": the same series at another time
    return stretch


_TIME_LABEL = lazy(r"\b(?:months?|years?|quarters?|weeks?|days?|periods?|seasons?|times?)\b|" + MONTH_NAME, re.I)


def bracket_items(claims: list[Claim]) -> None:
    """Items of a list each bracketed after their label ('Food (+1.8%), “Transport” (+6.4%)')
    are told apart by their labels: they had no name, or one name for all of them. Places
    are left to place_lists (the place is the item's subject)."""
    items = []
    for i, c in enumerate(claims):
        if c.kind not in (K.PERCENT, K.MONEY, K.COUNT, K.MEASURE):
            continue
        start = claim_span(claims[i - 1])[1] if i else 0
        label = _label_before(c, start)
        if label and not placenames.subjects(label):
            items.append((c, label))
    if len({label.lower() for _, label in items}) < 2:
        return
    metrics = [c.metric for c, _ in items]
    for c, label in items:
        if not _empty(c.metric) and metrics.count(c.metric) < 2:
            continue  # a name of its own
        c.metric = " ".join(w if w.isupper() and len(w) > 1 else w.lower() for w in label.split()) + _change_word(c)


# "Curaçao (1,965 visitors; 14.4 percent)", "Italy (€3.1 million/6.4%)": a percentage
# sharing a bracket with an amount is that amount's share of its series' total
_SHARE_IN_BRACKET = lazy(r"\s*[;,/]\s*$")
_OPEN_BRACKET_BEFORE = lazy(r"\(\s*[^\s\d()]{0,4}\s*$")


def bracketed_shares(claims: list[Claim]) -> None:
    """A percentage with no name of its own, in one bracket after an amount (or after it
    with a slash), measures the share of that amount's series for its item: the amount's
    metric and subject, so that the items of a list stay apart."""
    for i, c in enumerate(claims):
        if not i or c.kind != K.PERCENT or not _empty(c.metric) or c.context.get("change"):
            continue
        amount = claims[i - 1]
        if amount.kind not in (K.MONEY, K.COUNT, K.MEASURE) or _empty(amount.metric):
            continue
        a_local, local = claim_span(amount), claim_span(c)
        gap = c.sentence[a_local[1]: local[0]]
        if not _SHARE_IN_BRACKET.fullmatch(gap):
            continue
        if "/" not in gap and not _OPEN_BRACKET_BEFORE.search(c.sentence[: a_local[0]]):
            continue  # "2,110 visitors, 21.5 percent of all": no bracket of one item
        c.metric = amount.metric
        c.subject = list(amount.subject)
        c.context["share_of"] = amount.metric


_OF_WHICH = lazy(r"\bof\s+(?:which|whom|these|them|those)\s*,?\s*(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|over\s+|"
                 r"more\s+than\s+|just\s+over\s+)?[^\s\d]{0,4}\s*$", re.I)
_WERE_PART = lazy(r"\s*(?:were|was|are|is)\s+(?!(?:from|in|for|by|on|at|up|down|higher|lower|more|less)\b)(.*)", re.I)


def of_which_parts(claims: list[Claim]) -> None:
    """'900,000 arrivals, of which 600,000 were holiday visitors': the figure after 'of
    which' is a part of the whole before it, named by its own predicate ('arrivals: holiday
    visitors'), not the whole's series again, which would make one name for two figures.
    So is each figure coordinated with that part ('of whom 66,900 were males and 66,300
    were females')."""
    whole = None
    for i, c in enumerate(claims):
        if not i or c.kind not in (K.MONEY, K.COUNT, K.MEASURE):
            continue
        local = claim_span(c)
        before = c.sentence[claim_span(claims[i - 1])[1]: local[0]]
        if _OF_WHICH.search(before):
            whole = claims[i - 1]
        elif whole is None or not _NEXT_PART.fullmatch(before) or claims[i - 1].kind != c.kind:
            whole = None
            continue
        part = _WERE_PART.match(c.sentence[local[1]:])
        np = (context.noun_phrase_after(part.group(1)) or "").strip(" .,;:") if part else None
        if not np or not (_empty(c.metric) or without_change_word(c.metric) == without_change_word(whole.metric)):
            continue
        c.metric = f"{without_change_word(whole.metric)}: {np}" if not _empty(whole.metric) else np


#: what joins one part's predicate to the next part's figure: "were males and 66,300"
_NEXT_PART = lazy(r"\s*(?:were|was|are|is)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s*(?:,\s*(?:and\s+)?|and\s+)[^\s\d]{0,4}\s*", re.I)
#: Nouns naming one sex of the people a figure counts ("some 6,900 males and 6,200 females").
_SEX_NOUNS = frozenset({"male", "males", "female", "females", "men", "women", "boys", "girls"})


def sex_parts(claims: list[Claim]) -> None:
    """'The number of unemployed persons stood at 13,100; some 6,900 males and 6,200
    females': a count named only by a sex is that part of the count of people the sentence
    stated before it ('number of unemployed persons: males'), which tells it apart from
    the same sex's figure of another whole."""
    parts: set[int] = set()
    for i, c in enumerate(claims):
        if c.kind != K.COUNT or (c.metric or "").lower() not in _SEX_NOUNS:
            continue
        whole = next((w for w in reversed(claims[:i]) if w.kind == c.kind and w.unit == c.unit and w.value > c.value
                      and id(w) not in parts and not _empty(w.metric) and w.metric.lower() not in _SEX_NOUNS), None)
        if whole is not None:
            c.metric = f"{without_change_word(whole.metric)}: {c.metric.lower()}"
            parts.add(id(c))


_BALANCE_WORD = lazy(r"\b(?:balance|deficit|surplus)\b", re.I)
#: the word that joins a listed place to its figure: 'Iraq with $4.8 billion', 'India at Dhs67bn'
_ITEM_END = lazy(r"\b(?:with|at)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|over\s+|just\s+over\s+)?$", re.I)
