"""The article's claims as a graph: one node per claim, with the interval its printed
digits allow and what the frame says it is (series words, concept, subject, period
span, role), and indexes by sentence, paragraph, series and head noun. Rules ask the
graph for candidate groups through the indexes, never by comparing all pairs, so the
cost of a check grows with the number of claims, not its square."""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Optional

from factcheck import timespan
from factcheck.matching import canonical_phrase, head, series_name_words, words
from factcheck.models import Claim, Kind, Role
import factcheck.relations.vocabulary as vocab
from factcheck.extract.numbers import garbled_figure
from factcheck.extract.patterns import ASCII_FOLDS, triggered
from factcheck.relations.interval import Interval, of_claim

# Kinds and roles as plain strings: the rules compare them in every loop.
MONEY, PERCENT, PERCENTAGE_POINT, COUNT = Kind.MONEY.value, Kind.PERCENT.value, Kind.PERCENTAGE_POINT.value, Kind.COUNT.value
MEASURE, DURATION, YEAR_RANGE, ORDINAL = Kind.MEASURE.value, Kind.DURATION.value, Kind.YEAR_RANGE.value, Kind.ORDINAL.value
LEVEL, CHANGE, GROWTH, SHARE, RATE = (Role.LEVEL.value, Role.CHANGE.value, Role.GROWTH.value, Role.SHARE.value,
                                      Role.RATE.value)
AMOUNT_KINDS = frozenset({MONEY, COUNT, MEASURE})


@dataclass(eq=False, slots=True)
class Node:
    claim: Claim
    index: int
    series: frozenset  # the words naming what is measured, change words and "how much" words left out
    concept: Optional[str]  # export | import | trade | surplus | deficit | balance
    modifiers: frozenset  # what tells this concept's series apart ("goods", "by air")
    subject: frozenset
    period: Optional[str]
    role: str
    sentence: int
    paragraph: Optional[int]
    head: Optional[str] = None
    topic: frozenset = frozenset()  # the subject, or the one the text was last about
    variant: frozenset = frozenset()  # 'seasonally adjusted', 'trend', 'terms:dollar', ... said in its sentence
    segment: int = 0  # the run of text since the period last changed (a period carried over stays in it)
    level: bool = False  # a level of an amount (not a converted restatement)
    change: bool = False  # an absolute change of an amount, with its direction or printed sign
    headline: bool = False  # on the body's first line (after a 'date' line or front matter)
    # where the number sits in its sentence (Claim.local), its kind and its unit: fixed once
    # extracted and asked by nearly every rule (a few hundred thousand times a scan of the
    # bench corpus), so read from the claim once, at build
    local: tuple = (0, 0)
    kind: str = ""
    unit: str = ""
    # what the per-figure tests (`per_node`) found of this figure: a node lives for one
    # article's graph, and its claim is not changed while the rules run
    memo: dict = field(default_factory=dict, repr=False)

    @property
    def id(self) -> str:
        return self.claim.id

    @property
    def interval(self) -> Interval:
        """The values the printed figure allows."""
        return of_claim(self.claim)

    @property
    def value(self) -> float:
        return self.claim.value

    @property
    def exact(self) -> bool:
        return self.claim.qualifier == "exact"

    @property
    def sure_period(self) -> bool:
        """A period the sentence states, not one carried over from an earlier sentence."""
        return self.period is not None and not self.claim.context.get("period_inherited")

    def before(self, n: int = 60) -> str:
        """The sentence text just before the number."""
        start = self.local[0]
        return self.claim.sentence[max(0, start - n): start]

    def after(self, n: int = 60) -> str:
        end = self.local[1]
        return self.claim.sentence[end: end + n]


def role_of(c: Claim) -> str:
    """The frame's role, or the one the older context facts imply (claim files written
    before the frame existed)."""
    if c.role:
        return c.role
    change = c.context.get("change")
    if c.kind == PERCENT:
        return GROWTH if change else SHARE if c.context.get("share_of") else RATE
    if c.kind in AMOUNT_KINDS:
        return CHANGE if change else LEVEL
    return Role.SPAN.value


_POSSESSOR = re.compile(r"^(?:the\s+)?(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*['’]s\s+")


_FIRST_TIME = re.compile(r"\bfirst-time\b", re.I)


@functools.lru_cache(maxsize=8192)
def series_words(metric: Optional[str]) -> frozenset:
    """What a metric names, without change words, "how much" words, time words and words
    of comparison ("compared to the amount": no series); both sides of a split ("goods and
    services") name the whole."""
    if metric:
        # "South Korea's exports": a possessive name is the subject, which the frame keeps apart
        metric = _POSSESSOR.sub("", metric)
    # one series however it is named: the names and synonyms reference matching reads it by
    out = {w for w in series_name_words(metric) if w not in vocab.CHANGE_WORDS and w not in vocab.GENERIC_WORDS
           and w not in vocab.COMPARISON_WORDS and not w.isdigit()}
    if metric and _FIRST_TIME.search(metric):
        # "first-time visitors" are a subset of visitors, though "first" and "time" alone say when
        out.add("first-time")
    for split in vocab.SPLITS:
        if set(split) <= out:
            out -= set(split)
    return frozenset(out)


@functools.lru_cache(maxsize=8192)
def concept_of(series: frozenset) -> tuple[Optional[str], frozenset]:
    """('export', {'goods'}) for 'exports of goods'; ('trade', ∅) for 'imports and exports'."""
    found = {name for name, ws in vocab.CONCEPT_WORDS.items() if series & ws}
    if found & {"surplus", "deficit", "balance"}:
        name = "surplus" if "surplus" in found else "deficit" if "deficit" in found else "balance"
    elif len(found & {"export", "import"}) == 1 and found <= {"export", "import", "trade"}:
        name = (found & {"export", "import"}).pop()  # "export turnover" is exports
    elif {"export", "import"} <= found or "trade" in found:
        name = "trade"
    elif len(found) == 1:
        name = found.pop()
    else:
        return None, frozenset()  # "revenue from exports": not one concept
    drop = set().union(*(vocab.CONCEPT_WORDS[n] for n in found | {name})) | vocab.TRADE_GENERIC_WORDS \
        | vocab.ALL_PARTNER_WORDS | vocab.VALUATION_WORDS
    if name in ("surplus", "deficit", "balance"):
        # "the negative trade balance" is the balance signed by its word (common.balance_sign);
        # "the trade deficit, the gap between exports and imports" restates its definition
        drop |= vocab.CONCEPT_WORDS["trade"] | vocab.BUDGET_OWNER_WORDS | vocab.BALANCE_SIGN_WORDS | {"between"}
    if name in ("revenue", "spending"):
        drop |= vocab.BUDGET_OWNER_WORDS | {"total"}
    return name, frozenset(vocab.MODIFIER_SYNONYMS.get(w, w) for w in series - drop)


@functools.lru_cache(maxsize=4096)
def core_words(metric: Optional[str]) -> frozenset:
    """What a metric names, as a whole that parts and shares refer to: its series words
    without names of countries ("China's total trade volume" → trade), without words that
    only say which total trade is (foreign, bilateral) and default modifiers (goods)."""
    if not metric:
        return frozenset()
    series = series_words(metric)
    by_word = _names_by_word()
    names = {w for s in series for name in by_word.get(s, ()) if name <= series for w in name}
    return series - names - vocab.TRADE_GENERIC_WORDS - vocab.DEFAULT_MODIFIERS


@functools.lru_cache(maxsize=1024)
def subject_words(subject: frozenset) -> frozenset:
    """The words of a subject's names and of their other names ('India', 'Indian')."""
    out: set[str] = set()
    for name in subject:
        out.update(words(name))
        # "Latvian foreign trade turnover" of Latvia: the adjective names the subject
        out.update(w for other in _other_names_of().get(name, ()) for w in words(other))
    return frozenset(out)


@functools.lru_cache(maxsize=1)
def _other_names_of() -> dict[str, tuple[str, ...]]:
    """Each place's or body's other names, by its own (other_names turned round, looked up
    once per subject instead of walked whole)."""
    from factcheck.extract.placenames import other_names

    out: dict[str, list[str]] = defaultdict(list)
    for other, canonical in other_names().items():
        out[canonical].append(other)
    return {name: tuple(others) for name, others in out.items()}


@functools.lru_cache(maxsize=1)
def _names() -> tuple[frozenset, ...]:
    """The words of every country, alias, demonym and organisation name the extractor knows."""
    from factcheck.extract.placenames import COUNTRIES, ORGANISATIONS, other_names

    return tuple({frozenset(words(n)) for n in [*COUNTRIES, *other_names(), *ORGANISATIONS]} - {frozenset()})


@functools.lru_cache(maxsize=1)
def _names_by_word() -> dict[str, tuple[frozenset, ...]]:
    """_names() by each of their words: a metric's few words find the names it may hold
    (every name has a word, so a name within the metric is under one of them)."""
    out: dict[str, list[frozenset]] = defaultdict(list)
    for name in _names():
        for w in name:
            out[w].append(name)
    return {w: tuple(names) for w, names in out.items()}


def first_body_line(text: str, body_start: int) -> int:
    """The line the body's first words are on: the headline's, after a 'date' first line or
    front matter (which the claims' line numbers count)."""
    body = text[body_start:]
    return text.count("\n", 0, body_start + len(body) - len(body.lstrip())) + 1


#: "China topped the chart among the top 10 international arrivals", "the bottom five
#: provinces": the count of a ranking's places, no amount of what it ranks
_RANKING = re.compile(r"\b(?:top|bottom)\s+$", re.I)


def ranking_size(n: "Node") -> bool:
    """A count that sizes a ranking ("the top 10 source markets"), never a part or a whole."""
    return n.kind == COUNT and bool(_RANKING.search(n.before(12)))


@dataclass
class Graph:
    nodes: list[Node]
    by_id: dict[str, Node] = field(default_factory=dict)
    by_sentence: dict[int, list[Node]] = field(default_factory=lambda: defaultdict(list))
    by_paragraph: dict[Optional[int], list[Node]] = field(default_factory=lambda: defaultdict(list))
    by_series: dict[tuple, list[Node]] = field(default_factory=lambda: defaultdict(list))
    by_concept: dict[tuple, list[Node]] = field(default_factory=lambda: defaultdict(list))
    by_head: dict[tuple, list[Node]] = field(default_factory=lambda: defaultdict(list))
    by_concept_name: dict[str, list[Node]] = field(default_factory=lambda: defaultdict(list))
    sentences: list[int] = field(default_factory=list)  # sentence keys in text order
    _order: dict[int, int] = field(default_factory=dict)
    _tokens: Optional[dict[tuple, list[Node]]] = None
    _units: Optional[set[str]] = None
    _memo: dict = field(default_factory=dict)
    as_of: Optional[str] = None

    def future(self, n: Node) -> bool:
        """The figure is for a period that begins after the article was written: a target
        or a forecast ("5 million visitors by 2029" in 2023)."""
        if not self.as_of or not n.period:
            return False
        span = timespan.parse(n.period)
        return span is not None and span.start.isoformat()[: len(self.as_of)] > self.as_of

    @classmethod
    def build(cls, claims: list[Claim], as_of: Optional[str] = None, headline_line: int = 1) -> "Graph":
        """`as_of`: the article's date ('2024-05-21') or year, to tell outcomes from
        figures for periods still to come; `headline_line`: the line the body begins on."""
        g = cls([])
        g.as_of = as_of
        topic: frozenset = frozenset()
        segment, stated = 0, None
        for i, c in enumerate(claims):
            subject = frozenset(c.subject)
            # "the merchandise exports of India" in an article about India: the name is the
            # subject, kept apart by the frame
            series = series_words(c.metric) - subject_words(subject)
            concept, mods = concept_of(series)
            if concept == "export" and _sent_to_its_subject(c):
                concept, mods = None, frozenset()
            topic = subject or topic
            n = Node(c, i, series, concept, mods, subject,
                     timespan.canonical(c.period) if c.period else None, role_of(c),
                     c.context.get("sentence_start", -1 - i), c.context.get("paragraph"),
                     _head(c.metric, series) if series else None, topic, _variant(c))
            n.local, n.kind, n.unit = c.local, c.kind, c.unit
            # a range ("between 3 and 4 million") bounds a figure, and a garbled one ("N26.81.95
            # trillion") has no sure value: neither composes with anything
            amount = c.kind in AMOUNT_KINDS and not c.context.get("converted") and c.qualifier != "range" \
                and not garbled_figure(c.surface) and not ranking_size(n)
            n.level = amount and n.role == LEVEL
            n.change = amount and n.role == CHANGE and (c.direction in ("up", "down") or c.value < 0)
            n.headline = c.line == headline_line
            if n.period is not None and n.sure_period and n.period != stated:
                segment, stated = segment + 1, n.period
            n.segment = segment
            g.nodes.append(n)
        inherit_unnamed(g.nodes)
        for n in g.nodes:
            c, series, concept = n.claim, n.series, n.concept
            g.by_id[c.id] = n
            if n.sentence not in g.by_sentence:
                g.sentences.append(n.sentence)
            g.by_sentence[n.sentence].append(n)
            g.by_paragraph[n.paragraph].append(n)
            if series:
                g.by_series[(series, c.unit, n.role)].append(n)
                if n.head:
                    g.by_head[(n.head, c.unit)].append(n)
            if concept:
                g.by_concept[(concept, c.unit, n.period)].append(n)
                g.by_concept_name[concept].append(n)
        g._order = {s: k for k, s in enumerate(g.sentences)}
        return g

    def units(self) -> set[str]:
        if self._units is None:
            self._units = {n.unit for n in self.nodes}
        return self._units

    def by_token(self, word: str, unit: str) -> list[Node]:
        """Figures in `unit` whose metric has the word (built on first use)."""
        if self._tokens is None:
            self._tokens = defaultdict(list)
            for n in self.nodes:
                for w in words(n.claim.metric):
                    self._tokens[(w, n.unit)].append(n)
        return self._tokens.get((word, unit), [])

    def position(self, n: Node) -> int:
        """Where `n`'s sentence stands among the sentences with figures (0 for the first)."""
        return self._order[n.sentence]

    def next_sentence(self, n: Node) -> list[Node]:
        """The figures of the sentence after `n`'s (the next one with figures)."""
        k = self.position(n) + 1
        return self.by_sentence[self.sentences[k]] if k < len(self.sentences) else []

    def previous_sentence(self, n: Node, same_paragraph: bool = True) -> list[Node]:
        """The figures of the sentence before `n`'s (the last one with figures), in the same
        paragraph (or, for a sentence that refers back to it, the paragraph before)."""
        k = self.position(n)
        if k == 0:
            return []
        prev = self.by_sentence[self.sentences[k - 1]]
        if not prev:
            return []
        if same_paragraph:
            return prev if prev[0].paragraph == n.paragraph else []
        return prev if prev[0].paragraph is None or n.paragraph is None or n.paragraph - prev[0].paragraph <= 1 else []

    def sentence_of(self, n: Node) -> list[Node]:
        return self.by_sentence[n.sentence]

    def series(self, n: Node, role: Optional[str] = None, unit: Optional[str] = None) -> list[Node]:
        """Nodes measuring the same series words, in any period."""
        return self.by_series.get((n.series, unit or n.unit, role or n.role), [])

    def series_nodes(self, series: frozenset, role: str, unit: str) -> list[Node]:
        return self.by_series.get((series, unit, role), [])

    def by_series_any_unit(self, series: frozenset, role: str) -> list[Node]:
        return [n for u in self.units() for n in self.by_series.get((series, u, role), [])]

    def same_head(self, h: str, unit: str) -> list[Node]:
        return self.by_head.get((h, unit), [])

    def concept(self, name: str, unit: str, like: Node, near: bool = False) -> list[Node]:
        """Figures of a concept in `unit` for the period of `like`: undated ones of its
        paragraph (with `near`, of the paragraphs around it)."""
        found = self.by_concept.get((name, unit, like.period), [])
        if like.period is not None:
            return found
        reach = 3 if near else 0
        return [n for n in found if n.paragraph == like.paragraph
                or near and n.paragraph is not None and like.paragraph is not None
                and abs(n.paragraph - like.paragraph) <= reach]

    def memo(self, key: str, make):
        """A value computed once per graph (candidate groups two rules share)."""
        if key not in self._memo:
            self._memo[key] = make()
        return self._memo[key]


@functools.lru_cache(maxsize=8192)  # (_head is asked of one metric with each graph's series words)
def _segment_and_phrase(metric: Optional[str]) -> tuple[str, str]:
    """The metric before any comma or bracket, and that before any preposition."""
    segment = _SEGMENT_END.split(metric or "", maxsplit=1)[0] or metric or ""
    return segment, _PREPOSITION.split(segment, maxsplit=1)[0]


@functools.lru_cache(maxsize=8192)
def _head(metric: Optional[str], series: frozenset) -> Optional[str]:
    """The head noun: the last series word of the phrase before any comma, bracket or
    preposition ("exports, domestic sector" → export; "full-time employment change" →
    employment; "unemployment rate (seasonally adjusted)" → rate)."""
    metric = canonical_phrase(metric, relating=True) if metric else metric
    segment, phrase = _segment_and_phrase(metric)
    # "number of persons employed: males": the part's head is the whole's, named before the colon
    for candidates in (series_name_words(phrase), series_name_words(segment), series_name_words(metric)):
        # "tourists not on package tours": a negation narrows its noun, it names none
        inside = [w for w in candidates if w in series and w not in _NEGATION_WORDS]
        if inside:
            return inside[-1]
    return head(metric)


_NEGATION_WORDS = frozenset({"not", "non", "no"})
_SEGMENT_END = re.compile(r"[,(;:]")
_PREPOSITION = re.compile(r"\s+(?:of|in|for|with|to|from|by|on|under|at|among|between)\s+", re.I)


_VARIANTS = [(tag, re.compile(rx, re.I)) for tag, rx in vocab.VARIANTS]
_ANY_VARIANT = re.compile("|".join(f"(?:{rx})" for _, rx in vocab.VARIANTS), re.I)
# Every match of _ANY_VARIANT holds one of these words (lower case) or the word SA/NSA:
# plain substring tests rule out most sentences at a tenth of the alternation's cost,
# which is tried at every position (tests/test_fast_paths.py holds the two equal).
_VARIANT_TRIGGERS = ("seasonal", "adjust", "original", "trend", "constant", "nominal", "current",
                     "terms", "dollar", "yuan", "rmb", "renminbi", "rupee", "yen", "euro", "won", "pound", "estimate",
                     "(re)", "(be)", "excluding", "exclusive", "not including")
_SA_WORD = re.compile(r"\bN?SA\b", re.I)


def may_name_variant(text: str) -> bool:
    """False only when _ANY_VARIANT cannot match `text`."""
    low = text.lower()
    return (any(map(low.__contains__, _VARIANT_TRIGGERS)) or ("sa" in low and _SA_WORD.search(text) is not None)
            or not text.isascii() and any(map(text.__contains__, ASCII_FOLDS)))
# "in absolute terms", "in percentage terms": the same series, said as a level or a ratio
_NOT_VARIANT_TERMS = frozenset({"these", "those", "such", "other", "the", "its", "their", "absolute", "relative",
                                "percentage", "percent", "annual", "annualised", "annualized", "monetary", "value"})


@functools.lru_cache(maxsize=4096)
def variant_of(sentence: str) -> frozenset:
    """The variants of a series its sentence names: "In seasonally adjusted terms, ...",
    "... in Dollar terms". Two figures are one series only when these agree."""
    if not may_name_variant(sentence) or not _ANY_VARIANT.search(sentence):
        return frozenset()  # most sentences name none: one search instead of six
    out = set()
    for tag, rx in _VARIANTS:
        if tag == "terms":
            for m in rx.finditer(sentence):
                word = m.group(1).lower().split()[0]
                if word not in _NOT_VARIANT_TERMS:
                    out.add(f"terms:{vocab.CURRENCY_TERMS.get(word, word)}")
        elif tag == "estimate":
            out.update(f"estimate:{m.group(0).strip('()').split()[0].lower()}" for m in rx.finditer(sentence))
        elif rx.search(sentence):
            out.add(tag)
    if "seasonally adjusted" in out and re.search(r"\bnot\s+seasonally\s+adjusted", sentence, re.I):
        out.discard("seasonally adjusted")
    return frozenset(out)


# "US$ 560 million were shipped to Afghanistan", "goods exported to Kenya": the place a flow
# is sent to (placenames._DESTINATION reads the nouns of arrivals and imports so)
_SENT_TO = re.compile(r"\b(?:shipped|exported|sent|delivered|shipments?|exports?)\s+(?:[\w'’-]+\s+){0,3}?"
                      r"(?:to|into)\s+(?:the\s+)?(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})")


def _sent_to_its_subject(c: Claim) -> bool:
    """A flow sent to the figure's one subject is what that place receives, never its
    exports, whatever noun ("shipments") its verb is read as."""
    if len(c.subject) != 1:
        return False
    start, end = c.local
    near = c.sentence[max(0, start - 80): end + 80]
    return any(m.group("place").startswith(c.subject[0]) for m in _SENT_TO.finditer(near))


def _variant(c: Claim) -> frozenset:
    """The variants of a claim's series, named by its sentence or its metric; for money,
    "in dollar terms" is its unit already, and "at current prices" the reading of any money
    figure that names no variant (the deficit after "exports of €1.19 billion at current
    prices" is the same nominal series)."""
    tags = variant_of(c.sentence) | variant_of(c.metric or "")
    if c.kind == MONEY:
        tags = frozenset(t for t in tags if not t.startswith("terms:") and t != "nominal")
    return tags




def inherit_unnamed(nodes: list[Node]) -> None:
    """A figure whose frame names no series, in a clause about the figure right before it
    in its sentence, is of that figure's series: a percentage that is its growth or share
    ("sales rose to 52,831 units, up 67.1%"), a level of its kind it is compared with
    ("... compared with 31,624 units a year earlier"). An unnamed level not compared is
    another item of a list ("mining gave 197.6 billion, energy 49.6 billion"), whose noun
    the frame did not read: it takes nothing, and lends nothing to the figure after it."""
    for prev, n in zip(nodes, nodes[1:]):
        if not n.series and prev.series and prev.sentence == n.sentence \
                and (n.kind == PERCENT or n.kind == prev.kind and is_compared(n)) and not _in_a_clause_of_its_own(prev, n):
            n.series, n.concept, n.modifiers, n.head = prev.series, prev.concept, prev.modifiers, prev.head


#: A clause coordinated after a figure: "… by 9.5% in the quarter and overnight stays grew 9.3%".
_COORDINATED_CLAUSE = re.compile(r"(?:^|[,;]\s*|\s)(?:and|while|whereas|but)\s+([^\d,;()]{1,50})$", re.I)


def clause_subject(clause: str) -> frozenset:
    """What the subject of a clause names, up to the verb that ends it ("the average price
    declined" → average, price); nothing when no verb ends it or the subject only refers
    back ("it rose")."""
    verb = vocab.CLAUSE_VERB.search(clause)
    return frozenset() if verb is None else series_words(clause[: verb.start()]) - vocab.BACK_REFERENCE


def _in_a_clause_of_its_own(prev: Node, n: Node) -> bool:
    """The figure is in a clause coordinated after `prev`'s whose subject names another
    measure: the frame missed that name, and `prev`'s series is not it."""
    m = _COORDINATED_CLAUSE.search(n.claim.sentence[prev.local[1]: n.local[0]])
    named = clause_subject(m.group(1)) if m else frozenset()
    return bool(named) and not named <= prev.series


def series_compatible(a: Node, b: Node) -> bool:
    """Two figures a sentence compares may name one series more or less fully ("the
    merchandise trade deficit ... as against the deficit of"), never two different ones."""
    return not a.series or not b.series or a.series <= b.series or b.series <= a.series


def periods_equal(a: Node, b: Node) -> bool:
    """The same span. A period carried over from an earlier sentence is trusted near
    where it was stated (the same or the next paragraph) or while no other period has
    been stated since; no period, only within one paragraph."""
    if a.period is None or b.period is None:
        # undated: one paragraph, and the figure a change is measured from ("increased
        # from $73.0 billion to $78.8 billion") is of the base period, not the others'
        return a.period is None and b.period is None and a.paragraph == b.paragraph \
            and is_compared(a) == is_compared(b)
    if not (a.sure_period and b.sure_period) and not _near(a, b) and a.segment != b.segment:
        return False  # a period carried over from afar, with another stated in between
    return timespan.same(a.period, b.period)


def _near(a: Node, b: Node) -> bool:
    if a.paragraph is None or b.paragraph is None:
        return a.paragraph == b.paragraph
    return abs(a.paragraph - b.paragraph) <= 1






# "over April's shipment of 4,384 tonnes", "from last year's 5.2 million", "than 2022's USD 61.5 billion"
_POSSESSIVE_BASE = (r"\b(?:over|from|against|compared\s+(?:with|to)|than)\s+(?:(?:last|the)\s+)?(?:[A-Za-z]+|\d{4})['’]s\s+"
                    r"(?:[a-z]+\s+){0,2}(?:of\s+)?")
_COMPARED = re.compile(r"(?:\b(?:from|against|compared\s+(?:with|to)|versus|vs\.?|over|than|vis-[àa]-vis)\s+"
                       r"(?:a\s+revised\s+|an?\s+|the\s+)?(?:(?:previous|prior|year-ago|year-earlier)\s+)?"
                       # "as against the deficit of USD 9.98 Billion", "widened from a deficit of
                       # $3.66 billion": the base named before its figure (the noun one of a change's)
                       r"|\b(?:against|compared\s+(?:with|to)|versus|than)\s+(?:the|a|an|its|their)\s+(?:[a-z-]+\s+){1,3}of\s+"
                       r"|\bfrom\s+(?:a|an)\s+(?:[a-z-]+\s+){0,2}?(?:deficit|surplus|level|total|high|low|peak)\s+of\s+"
                       # "an increase of 5.53% over the level of $150.37 billion"
                       r"|\b(?:over|from|against|compared\s+(?:with|to))\s+the\s+(?:level|total|figure|value|amount)\s+of\s+"
                       r"|" + _POSSESSIVE_BASE +
                       # "grew 14.9 percent to 3 million, surpassing the 2.6 million visitors a year
                       # earlier": a participle that sets the statement against a definite figure
                       r"|,\s*(?:exceeding|surpassing|outstripping|outpacing|beating|topping)\s+the\s+"
                       r"(?:(?:previous|prior|year-ago|year-earlier)\s+)?"
                       r"|\b(?:previous|prior|earlier)\s+(?:of\s+)?)$", re.I)
#: The base named by a possessive, longer than the other forms: "compared to June's
#: revenues of $7.096 billion" (the window the others are read in would cut "compared").
#: (Every match holds a possessive "'s": a window with none is not searched.)
_COMPARED_BY_POSSESSIVE = triggered(re.compile(r"(?:" + _POSSESSIVE_BASE + r")$", re.I), ("'s", "’s"))
#: A gap stated right before the figure it is measured from: "$18.4 million or 18% above the
#: budgeted outturn of $93.7", "2,000 below the target of 50,000". Only after a figure: "above
#: the target of 2%" alone places a level, it measures no change from the target.
_GAP_FROM = triggered(re.compile(r"\d[\d.,]*\s*(?:%|per\s*cent|percent|[a-z]+)?\s+(?:above|below)\s+(?:the|a|an|its|their)\s+"
                                 r"(?:[a-z-]+\s+){0,3}(?:of\s+)?$", re.I), ("above", "below"))


#: Open-ended qualifiers: "more than 1.3 million" restates the level "1,334,777" of another
#: paragraph, or the headline's "over $1 billion" the body's: the bound can break the
#: restatement (a slip above the figure it rounds down), never confirm it.
BOUNDS = frozenset({"more_than", "at_least", "less_than", "at_most"})
#: The words of a bound's own qualifier, which end in "than" as a comparison does.
_BOUND_THAN = re.compile(r"\b(?:(?:more|less|fewer)\s+than"
                         # "widened to over US$1 billion", "stood at just over TT$60 billion": the
                         # bound's own word after the verb or preposition that brings the figure in
                         r"|(?:to|at|was|were|is|are|be|been|reached|totall?ed)\s+(?:just\s+|slightly\s+|well\s+)?"
                         r"(?:over|above|under|below))\s+$", re.I)


def named_by_its_count(n: Node) -> bool:
    """A count of those who act (persons, companies) that the frame names only by the noun
    printed with it ("17 companies earned a profit", "employed 15,100 persons"): what is
    counted, not which of them, which the clause's verb says ("Fourteen companies suffered
    a loss" are other companies). A thing's noun ("2,339,590 visitors", "206.9 million
    fish") names its series all the same."""
    if n.claim.kind != COUNT or not n.series & vocab.AGENT_NOUNS:
        return False
    printed = n.claim.surface + " " + " ".join(n.after(30).split()[:1])  # "15,100" of "15,100 persons"
    return n.series <= series_words(printed)


def per_node(test):
    """A test of one figure (`test(n)`, or `test(graph, n)` of the graph the node is in),
    answered once per node: the rules ask the same few tests of a figure over and over, as
    each pair and group it may belong to is tried (whether it is the base of a comparison,
    of another time or source, an expectation), and what they read (the claim, its
    sentence, the graph) does not change while the rules run. Kept on the node, so it goes
    with the article's graph: nothing is carried from one article to the next."""
    key = test.__name__
    if test.__code__.co_argcount == 1:
        @functools.wraps(test)
        def once(n):
            memo = n.memo
            if key in memo:
                return memo[key]
            answer = memo[key] = test(n)
            return answer
    else:
        @functools.wraps(test)
        def once(graph, n):
            memo = n.memo
            if key in memo:
                return memo[key]
            answer = memo[key] = test(graph, n)
            return answer
    return once


@per_node
def is_compared(n: Node) -> bool:
    """'up from 51,000', 'compared with 1.2 million': the figure a change is measured from;
    not a bound's "more than US$1,722 million", whose "than" is its qualifier's."""
    if n.claim.context.get("compared"):
        return True
    before = n.before(30)
    longer = n.before(50)
    compared = compared_before(before) or longer[-1:].isspace() and bool(
        _COMPARED_BY_POSSESSIVE.search(longer) or _GAP_FROM.search(longer))
    return compared and not (n.claim.qualifier in BOUNDS and _BOUND_THAN.search(before))


#: the few words from a change to the level it is measured from ("per cent rise from
#: last year's"), with no clause between them
_MEASURED_FROM = re.compile(r"^[^\d,;:()]{0,45}$")


@per_node
def misdated_base(graph: "Graph", n: Node) -> bool:
    """The level a change is measured from is of an earlier time than the figure measured
    ("arrivals rose to 449,552 compared to 424,752 last year", "a 24 per cent rise from
    last year's $274.6 million budget"). Dated with a time that holds the later figure's,
    or apart from the base of the change right before it, its time was misread (a deictic
    "last year" in a text with no date): it restates, and sits within, nothing of that time."""
    if n.period is None or n.role != LEVEL or n.kind not in AMOUNT_KINDS or not is_compared(n):
        return False
    sentence = graph.sentence_of(n)
    i = sentence.index(n)
    change = sentence[i - 1] if i else None
    if change is not None and change.role in (GROWTH, CHANGE) and change.claim.base_period \
            and _MEASURED_FROM.match(n.claim.sentence[change.local[1]: n.local[0]]) \
            and timespan.relate(change.claim.base_period, n.period) == timespan.Relation.DISJOINT:
        return True
    # a base cannot hold the time of the figure measured against it (two series of one
    # time compared, "imports of $49.7 million against $3.4 million in exports", are kept)
    return any(m.unit == n.unit and m.period and not is_compared(m)
               and (m.series == n.series or m.concept and m.concept == n.concept)
               and timespan.within(m.period, n.period) for m in sentence[:i])


@functools.lru_cache(maxsize=4096)
def compared_before(text: str) -> bool:
    """_COMPARED at the end of `text` (cached: the rules ask for one figure many times).
    Every reading of the pattern ends in white space, so text ending otherwise is not
    searched from each of its positions."""
    return text[-1:].isspace() and _COMPARED.search(text) is not None
