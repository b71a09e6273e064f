"""Figures of one flow split by partner country: remittances from Russia, from Italy and
from the United States, beside the remittances from all countries; exports to China and to
Japan beside total exports. However many partners the text lists, theirs can never add up
to more than the whole they come out of. A helper of the `parts-total` rule."""

from __future__ import annotations

import re
from collections import defaultdict

from factcheck.extract.placenames import COUNTRY_SET, is_partner, mentions_in
from factcheck.matching import words
import factcheck.relations.vocabulary as vocab
from factcheck.relations.common import irrealis
from factcheck.relations.graph import AMOUNT_KINDS, Graph, Node, periods_equal, series_words, subject_words
from factcheck.relations.relation import Relation

#: Fewer partners than this are no breakdown to test (one partner beside its whole is a
#: share's business, not a sum's).
MIN_PARTNERS = 2
_FLOW_WORD = re.compile(r"\b(with|to|from|into)\s+(?:the\s+)?(?:other\s+|non-)?$", re.I)


def partner_parts(graph: Graph):
    """A level of a flow ("remittance inflows", about Georgia) and the levels of the same
    series, period, unit and role for one partner country each, named by the same flow
    word ("from Russia", "from Italy") or, about the whole's subject and the partner, as
    the figure's owner ("Turkey with $472 million"): their sum never exceeds the whole. A
    partner's figure is about the partner alone, or about the whole's subject and the partner.
    Regions and blocs are no partners here (the EU, listed beside Italy and Greece, would
    count them twice); a whole whose own subject the text names with the partners' flow
    word is their peer ("remittances to Kenya" beside "to Uganda"), never their whole."""
    candidates = [n for n in graph.nodes if _amount(graph, n)]
    flows = {id(n): _flow_words(n) for n in candidates}
    for whole in candidates:
        # the whole is about one place: "For the UK, arrivals [to Antigua] were 6,403" is one
        # more partner, whatever word names it
        if not whole.topic or len(whole.topic & COUNTRY_SET) > 1 or _names_a_part(whole) or _unnamed(whole):
            continue
        own_word = next((w for name, w in flows[id(whole)].items() if name in whole.topic), None)
        by_country: dict[tuple[str, str], Node] = {}
        for p in candidates:
            if p is whole or not _of_series(p, whole) or (p.unit, p.role, p.variant) != (whole.unit, whole.role, whole.variant) \
                    or not periods_equal(p, whole):
                continue
            extra = p.subject - whole.topic
            shared = p.subject & whole.topic
            # the parts' other places are the whole's very subject: "from China" to Tinian is
            # no part of Korea's arrivals to Tinian
            if len(extra) != 1 or not extra <= COUNTRY_SET or (shared and shared != whole.topic):
                continue
            partner = next(iter(extra))
            word = flows[id(p)].get(partner)
            if word is None and shared:
                # "Turkey ... with $472 million", "4,628 Americans": the partner named as the
                # figure's owner, no flow word before it; the frame pairs it with the whole's
                # own subject, so it is one more partner of the flow, not a peer of the whole
                word = _OWNER
            if word is not None:
                by_country.setdefault((word, partner), p)
        by_word = _by_flow_word(by_country)
        for word, parts in by_word.items():
            if len(parts) >= MIN_PARTNERS and word != own_word:
                parts.sort(key=lambda p: p.index)
                yield Relation("parts-total", "sum", parts, whole, sum,
                               " + ".join(f"{p.claim.metric} ({', '.join(sorted(p.subject - whole.topic))})" for p in parts),
                               " + ".join(f"{{{i}}}" for i in range(len(parts))), compare=">=", vouches=False)


#: Words by which a partner's figure names the breakdown it is an item of ("arrivals by
#: source market", "gas exports by destination", "imports by partner country"): no other
#: series than the whole's.
_BREAKDOWN_WORDS = frozenset({"market", "source", "destination", "partner", "origin", "country", "residence",
                              "nationality"})


def _of_series(p: Node, whole: Node) -> bool:
    """The part measures the whole's series, its breakdown named or not; a whole whose words
    name its own place's people ("overnight stays of Icelanders", beside stays by country
    of residence) is itself a side of a breakdown, so the part must name what it names."""
    if p.series == whole.series:
        return True
    return p.series > whole.series and p.series - whole.series <= _BREAKDOWN_WORDS \
        and not series_words(whole.claim.metric) & subject_words(whole.subject)


#: The flow word of a partner the text names as the figure's owner rather than with "from",
#: "to" or "with".
_OWNER = ""


def _by_flow_word(by_country: dict[tuple[str, str], Node]) -> dict[str, list[Node]]:
    """The partners' figures grouped by the flow word that names them; partners named as
    their figure's owner join the one flow the others name ("exports to Argentina ... Brazil
    acquired 332,500 tonnes"), or make a flow of their own where none is named, and are
    left out where the text names two flows (which one each is, no word says)."""
    by_word: dict[str, list[Node]] = defaultdict(list)
    for (word, _), p in by_country.items():
        if word != _OWNER:
            by_word[word].append(p)
    owned = [(partner, p) for (word, partner), p in by_country.items() if word == _OWNER]
    if len(by_word) > 1 or not owned:
        return by_word
    word = next(iter(by_word), _OWNER)
    named = {partner for (w, partner) in by_country if w == word != _OWNER}
    by_word[word] += [p for partner, p in owned if partner not in named]
    return by_word


_REMAINDER = re.compile(r"\b(?:" + vocab.REMAINDER_WORDS + r")\b", re.I)


def _names_a_part(n: Node) -> bool:
    """A figure whose own words name one place beyond its subject, or the remainder of a
    list, is one more part, however the frame keys its series ("For the UK, the number of
    arrivals was 6,403"; "Korea (11 percent drop to 299)"; "other countries amounted to
    about 289 thousand")."""
    c = n.claim
    if any(name not in n.topic for _, _, name in mentions_in(c.metric or "")):
        return True
    # "the markets of Korea (11 percent drop to 299)": a place just before the figure
    start = c.local[0]
    if any(name not in n.topic and start - 60 <= b <= start for _, b, name in mentions_in(c.sentence)):
        return True
    return bool(_REMAINDER.search(n.before(len(c.sentence))))


#: Balances by partner net out: a surplus with one partner and a deficit with another
#: leave the overall surplus smaller than either.
_NETTED = vocab.CONCEPT_WORDS["surplus"] | vocab.CONCEPT_WORDS["deficit"] | vocab.CONCEPT_WORDS["balance"]


def _unnamed(n: Node) -> bool:
    """A figure named by nothing but what it counts ("54 thousand people" in a list of
    purposes) may be of any breakdown: no whole of partners."""
    return set(words(n.claim.metric)) <= set(words(n.claim.surface + n.after(24))) | vocab.GENERIC_WORDS


def _amount(graph: Graph, n: Node) -> bool:
    return (n.level and n.kind in AMOUNT_KINDS and n.value > 0 and bool(n.series) and n.sure_period
            and n.claim.qualifier in ("exact", "approx") and not set(words(n.claim.metric)) & _NETTED
            and not irrealis(graph, n))


def _flow_words(n: Node) -> dict[str, str]:
    """Each place the figure's sentence names as the other party of a flow, with the flow
    word ("from", "to", "with") that names it, in the order the sentence names them."""
    sentence = n.claim.sentence
    out: dict[str, str] = {}
    for a, b, name in mentions_in(sentence):
        if name not in out and is_partner(sentence, a, b):
            m = _FLOW_WORD.search(sentence, max(0, a - 26), a)
            if m:
                out[name] = m.group(1).lower()
    return out
