"""Claims from an article: sentences → mentions (our grammar) → exclusions → typed,
scaled claims with metric, subject and period. Pure: no I/O."""

from __future__ import annotations

import hashlib
import re
from typing import Optional

from factcheck.extract import context
from factcheck.extract.mentions import Mention, article_conventions, scan_sentence
from factcheck.extract.sentences import LineIndex, Sentence, split_sentences
from factcheck.models import Article, Claim, Kind, Role

__all__ = ["extract", "claim_id"]

# Sentences with neither a digit nor a number word cannot hold a claim: skip them early.
_HAS_NUMBER = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
    r"ninety|hundred|thousand|million|billion|trillion|half|third|quarter|fifth|tenth|fold|second|fourth|sixth|seventh|eighth|ninth|"
    r"eleventh|twelfth|twice|thrice|\w+tieth|\w+teenth)",
    re.I,
)


def extract(article: Article) -> list[Claim]:
    text = article.text
    sentences = split_sentences(text, article.body_start)
    lines = LineIndex(text)
    has = article_conventions(text)
    claims: list[Claim] = []
    previous_subjects: list[str] = []
    last_paragraph = -1
    # Temporal anaphora: a sentence without a time anchor keeps the reference time of
    # the text before it ("In 2024, trade rose ... Exports rose 7.1 percent ...").
    topic_period: Optional[str] = None
    since_anchor = 0
    for sentence in sentences:
        if sentence.paragraph != last_paragraph:
            previous_subjects = []
            last_paragraph = sentence.paragraph
        own_subjects = context.subjects(sentence.text)
        subject = own_subjects or previous_subjects
        if own_subjects:
            previous_subjects = own_subjects
        if not _HAS_NUMBER.search(sentence.text):
            continue
        mentions = scan_sentence(sentence.text, has)
        if not mentions:
            continue
        anchors = context.find_anchors(sentence.text, article.year, article.date)
        own_periods = [a.period for a in anchors if not a.comparative]
        first = len(claims)
        for mention in mentions:
            claims.append(_claim(article, sentence, mention, anchors, subject, lines))
        _inherit_change_metrics(claims[first:])
        if own_periods:
            topic_period, since_anchor = own_periods[-1], 0
        else:
            since_anchor += 1
            if topic_period and since_anchor <= 4:
                for c in claims[first:]:
                    if c.period is None and c.kind in _PERIODIC_KINDS:
                        c.period = topic_period
                        c.context["period_inherited"] = True
    for c in claims:
        _frame(c)
    _assign_ids(claims)
    return claims


def _frame(c: Claim) -> None:
    """A first claim frame from the facts the grammar found: role, direction, base period."""
    change = c.context.get("change")
    c.direction = change if change in ("up", "down") else None
    c.base_period = c.context.get("baseline_period")
    if c.kind in (Kind.YEAR_RANGE.value, Kind.DURATION.value):
        c.role = Role.SPAN.value
    elif c.kind == Kind.ORDINAL.value:
        c.role = Role.RANK.value if c.context.get("ordinal_role") == "rank" else Role.COUNT.value
    elif c.kind == Kind.MULTIPLIER.value:
        c.role = Role.RATIO.value
    elif c.kind == Kind.PERCENT.value:
        if change:
            c.role = Role.GROWTH.value
        elif c.context.get("share_of") or c.base_period:
            c.role = Role.SHARE.value
        else:
            c.role = Role.RATE.value
    elif change:
        c.role = Role.CHANGE.value
    else:
        c.role = Role.LEVEL.value


_PERIODIC_KINDS = {Kind.MONEY.value, Kind.PERCENT.value, Kind.PERCENTAGE_POINT.value, Kind.MEASURE.value}
_CHANGE_LEAD = re.compile(
    r"(?:(?:,|\band|[–—;(])\s*(?:(up|down|rising|falling|growing|increasing|decreasing|declining|gaining|dropping)|"
    r"(?:an?\s+)?(increase|rise|gain|growth|jump|decrease|decline|drop|fall|contraction)(?:\s+on\s+the\s+year)?\s+of)"
    r"\s+(?:by\s+)?(?:about\s+|around\s+|nearly\s+|some\s+|over\s+)?"
    # "(+4.3 per cent)" after a level: its change, the sign giving the direction
    r"|\(\s*(?P<sign>[+\-−]))$",
    re.I,
)
# "– a 2.8 per cent increase year-on-year": a change noun after the percent, naming no
# other quantity ("a 7.8 per cent rise in GDP" names one: see _metric)
_CHANGE_TRAIL = re.compile(r"\s+(increase|rise|gain|growth|jump|surge|decrease|decline|drop|fall|contraction)\b(?!\s+(?:in|of)\b)", re.I)
_CHANGE_TRAIL_LEAD = re.compile(r"(?:,|[–—;(]|\band)\s*(?:an?|the)?\s*$", re.I)
_DOWN_WORDS = {"down", "falling", "decreasing", "declining", "dropping", "decrease", "decline", "drop", "fall", "contraction"}


_COMPARED = re.compile(r"\b(?:from|against|compared\s+with|compared\s+to|versus|vs\.?|up\s+from|down\s+from)\s+(?:a\s+revised\s+|an?\s+)?$", re.I)
_CONVERTED = re.compile(r"^\s*(?:\(|,|—|–)?\s*(?:or\s+)?(?:about|around|roughly|approximately|some|nearly|equivalent\s+to|worth)?\s*$", re.I)
_OBJECT_CHANGE = re.compile(
    r"\b(?:cut|cuts|raised|raises|lowered|lowers|hiked|hikes|reduced|reduces|trimmed|trims|boosted|boosts|"
    r"slashed|slashes|revised|revises|lifted|lifts|upgraded|downgraded)\s+"
    r"((?:its\s+|the\s+|their\s+)?(?:[A-Za-z][\w'’-]*\s+){0,4}?[a-z][\w-]*)\s+(by|from|to)\s+(?:about\s+|around\s+)?$")
# "rose by 37 percent, 18.7 percent, 19 percent and 27.7 percent": a list shares one metric
_LIST_GAP = re.compile(r"^\s*(?:,|;|,?\s*and|,?\s*or)?\s*$")


def _inherit_change_metrics(claims: list[Claim]) -> None:
    """Metrics that the sentence states once for several numbers: ", up 5 percent"
    and "an increase of 15.7 percent" describe the change of the figure before them;
    "to $84.4 billion ... from $70.8 billion" states the same metric twice; "cut
    rates by 25 basis points to 4.75%" names the metric as the verb's object."""
    for i, c in enumerate(claims):
        local = c.context.get("local") or (0, 0)
        before = c.sentence[: local[0]][-60:]
        prev = next((p for p in reversed(claims[:i]) if p.unit == c.unit and p.metric), None)
        if _COMPARED.search(before) and prev is not None and c.kind == prev.kind:
            c.metric = prev.metric
            c.context["compared"] = True
            continue
        om = _OBJECT_CHANGE.search(before)
        if om:
            c.metric = context.clean_phrase(om.group(1).split()) or c.metric
            if om.group(2) in ("from", "to"):
                continue  # "cut interest rates from 4.25 percent (to 4 percent)": levels of the object
            c.context["change"] = "down" if re.match(r"(?:cut|lower|reduc|trim|slash|downgrad)", before[om.start():], re.I) else "up"
            continue
        if not c.metric and i and claims[i - 1].metric and claims[i - 1].kind == c.kind and claims[i - 1].unit == c.unit:
            gap = c.sentence[(claims[i - 1].context.get("local") or (0, 0))[1]: local[0]]
            if _LIST_GAP.match(gap):
                c.metric = claims[i - 1].metric
                if claims[i - 1].context.get("change"):
                    c.context["change"] = claims[i - 1].context["change"]
                continue
        if re.search(r"\bto\s+$", before) and i and not c.metric and claims[i - 1].kind == Kind.PERCENT.value \
                and claims[i - 1].context.get("change") and claims[i - 1].metric \
                and c.kind in (Kind.MONEY.value, Kind.COUNT.value, Kind.MEASURE.value):
            # "goods trade went up 3.9 percent to 14.67 trillion yuan": the level the change reached
            c.metric = re.sub(r"\s+(?:growth|decline)$", "", claims[i - 1].metric)
            continue
        if re.search(r"\bto\s+$", before) and i and not c.metric and claims[i - 1].unit == c.unit \
                and claims[i - 1].metric and re.search(r"\bfrom\s+$", claims[i - 1].sentence[: (claims[i - 1].context.get("local") or (0, 0))[0]]):
            # "hiked from 5 percent to 8 percent": the later level measures what the earlier did
            c.metric = claims[i - 1].metric
            continue
        if re.search(r"\bto\s+$", before) and i and claims[i - 1].context.get("change") and claims[i - 1].metric \
                and c.kind in (Kind.PERCENT.value,) and claims[i - 1].kind == Kind.PERCENTAGE_POINT.value:
            c.metric = re.sub(r"\s+(?:growth|decline|change)$", "", claims[i - 1].metric)
            continue
        # "¥4.3 trillion ($28bn)": a converted amount states the same metric
        if c.kind == Kind.MONEY.value and i and claims[i - 1].kind == Kind.MONEY.value \
                and (claims[i - 1].unit != c.unit or abs(claims[i - 1].value - c.value) <= abs(c.value) * 0.01) \
                and _CONVERTED.search(c.sentence[(claims[i - 1].context.get("local") or (0, 0))[1]: local[0]]):
            c.metric = claims[i - 1].metric or c.metric
            c.context["converted"] = True
            continue
    for i, c in enumerate(claims):
        if c.kind != Kind.PERCENT.value:
            continue
        local = c.context.get("local") or (0, 0)
        m = _CHANGE_LEAD.search(c.sentence[: local[0]][-50:])
        trail = None
        if not m:
            trail = _CHANGE_TRAIL.match(c.sentence, local[1])
            if not (trail and _CHANGE_TRAIL_LEAD.search(c.sentence[: local[0]][-12:])):
                continue
        prior = next((p for p in reversed(claims[:i]) if p.kind in (Kind.MONEY.value, Kind.COUNT.value, Kind.MEASURE.value) and p.metric), None)
        if m is not None:
            word = (m.group(1) or m.group(2) or ("down" if m.group("sign") in ("-", "−") else "up")).lower()
        else:
            word = trail.group(1).lower()
        direction = "down" if word in _DOWN_WORDS else "up"
        c.context["change"] = direction
        if prior is not None:
            c.metric = f"{prior.metric} {'growth' if direction == 'up' else 'decline'}"


def _claim(article: Article, sentence: Sentence, m: Mention, anchors, subject, lines: LineIndex) -> Claim:
    start = sentence.start + m.start
    end = sentence.start + m.end
    surface = article.text[start:end]
    # Trim trailing spaces the grammar may have swallowed.
    stripped = surface.rstrip()
    end -= len(surface) - len(stripped)
    surface = stripped
    line, col = lines.line_col(start)
    period, baseline = context.period_for(anchors, m.start, m.end, sentence.text)
    facts: dict = dict(m.info)
    if baseline:
        facts["baseline_period"] = baseline
    metric = _tidy_metric(_metric(sentence.text, m, facts), sentence.text)
    if facts.get("share_of"):
        facts["share_of"] = _tidy_metric(facts["share_of"], sentence.text)
    if m.kind in (Kind.YEAR_RANGE.value,) or facts.get("age") or facts.get("ago"):
        period = period if m.kind != Kind.YEAR_RANGE.value else None
    # what the number grammar read next to the number (mentions.Mention.info): the
    # direction its words or sign give a change, and the earlier level of a from–to pair
    direction = facts.get("direction")
    if direction in ("up", "down") and not facts.get("change"):
        facts["change"] = direction
    base_value = facts.get("from_value")
    return Claim(
        surface=surface,
        span=(start, end),
        value=float(m.value),
        end=None if m.end_value is None else float(m.end_value),
        unit=m.unit or "count",
        kind=m.kind or Kind.COUNT.value,
        qualifier=m.qualifier,
        precision=None if m.precision is None else float(m.precision),
        metric=metric,
        subject=list(subject),
        period=period,
        direction=direction if direction in ("up", "down") else None,
        base_value=None if base_value is None else float(base_value),
        sentence=sentence.text,
        line=line,
        column=col,
        context=facts | {"sentence_start": sentence.start, "paragraph": sentence.paragraph,
                     "local": (m.start, m.end)},
    )


def _tidy_metric(metric: Optional[str], sentence: str) -> Optional[str]:
    """Strip punctuation; lower-case a capital that only marks the sentence start
    ("Exports rose ..." → "exports"), never a name ("GDP", "China's")."""
    if not metric:
        return metric
    metric = metric.strip(" .,;:!?\"'“”‘’()")
    first = metric.split(" ", 1)[0]
    at = sentence.find(first)
    # capitalised only because it opens the sentence (or follows a dateline dash or a colon)
    opening = at == 0 or (at > 0 and re.search(r"(?:^|[—–:-])\s*$", sentence[:at]) is not None)
    if opening and first[:1].isupper() and first[1:].islower() and not context.subjects(first):
        metric = first.lower() + metric[len(first):]
    return metric or None


def _metric(sentence: str, m: Mention, facts: dict) -> Optional[str]:
    left = sentence[: m.start]
    right = sentence[m.end:]
    kind = m.kind
    if kind == Kind.YEAR_RANGE.value:
        # ordinals are words of a name too: "15th Five-Year Plan (2026-2030)"
        words = re.findall(r"\d+(?:st|nd|rd|th)\b|[A-Za-z][\w'’-]*", left)[-5:]
        # stop at a preposition or verb: "built during the Eastern Han Dynasty" → "Eastern Han Dynasty"
        cut = [i for i, w in enumerate(words) if w.lower() in context._STOP or context._VERB_RE.fullmatch(w)]
        if cut:
            words = words[cut[-1] + 1:]
        return context.clean_phrase(words) or None
    if kind == Kind.ORDINAL.value:
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
    if kind == Kind.DURATION.value:
        if facts.get("age"):
            return "age"
        if facts.get("ago"):
            return "years ago"
        if re.search(r"\bfor\s+(?:\w+\s+)?$", left):
            phrase = _phrase_before_for(left)
            if phrase:
                return phrase
        return "duration"
    if kind == Kind.COUNT.value and m.counted:
        if m.counted == "times":
            return "times"
        pm = re.search(r"((?:[\w'’-]+\s+){1,5}?)(?:with|for|to)\s+(?:[a-z]+\s+){0,2}$", left)
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
    if kind in (Kind.PERCENT.value, Kind.PERCENTAGE_POINT.value):
        # coordinated percentages share what follows the last one: "97.2 percent and 93.5
        # percent of 2019 levels"
        right = _COORDINATED_PERCENTS.sub("", right, count=1)
        of = re.match(r"\s+of\s+(?:the\s+|its\s+|their\s+)?((?:19|20)\d{2})\s+levels?", right)
        if of:
            facts["baseline_period"] = of.group(1)
            return f"share of {of.group(1)} level"
        rise = re.match(r"\s+(rise|increase|growth|gain|jump|surge|decline|drop|fall|decrease|contraction)\s+in\s+(.*)", right, re.I)
        if rise and kind == Kind.PERCENT.value:
            np = context.noun_phrase_after(rise.group(2))
            if np:
                facts["change"] = "down" if rise.group(1).lower() in _DOWN_WORDS else "up"
                return f"{np} {'growth' if facts['change'] == 'up' else 'decline'}"
        of = re.match(r"\s+of\s+(.*)", right)
        if of and kind == Kind.PERCENT.value:
            np = context.noun_phrase_after(of.group(1))
            if np:
                facts.setdefault("share_of", np)  # the number grammar's reading of a fraction's whole first
                return np
    np = context.noun_phrase_before(left)
    if np is None:
        ofm = re.search(r"((?:[\w'’-]+\s+){1,4})(?:of|,\s+at)\s+(?:about\s+|around\s+|some\s+|over\s+|nearly\s+)?$", left[-100:])
        if ofm:
            words = ofm.group(1).split()
            # "expects an operating profit of": the noun phrase starts after its determiner
            dets = [i for i, w in enumerate(words) if w.lower() in ("a", "an", "the", "its", "their", "his", "her")]
            if dets:
                words = words[dets[-1] + 1:]
            np = context.clean_phrase(words) or None
    if np is None and kind in (Kind.MONEY.value, Kind.MEASURE.value):
        after = re.match(r"\s+(?:in|of|worth\s+of|for)\s+(.*)", right)
        if after:
            np = context.noun_phrase_after(after.group(1))
    if np and kind in (Kind.PERCENT.value, Kind.PERCENTAGE_POINT.value):
        between = left[-40:]
        verb_to = re.search(r"\b(?:to|at|from)\s+(?:\w+\s+)?$", between)
        d = context.direction(left[-60:])
        if d and not verb_to:
            facts["change"] = d
            if re.search(r"\b(?:growth|rise|increase|decline|drop|fall|change|inflation)$", np, re.I):
                return np  # "Growth was 0.7%": the noun already names the change
            return f"{np} {'growth' if d == 'up' else 'decline'}"
    if np and kind == Kind.MONEY.value:
        d = context.direction(left[-60:])
        if d and re.search(r"\bby\s+$", left):
            facts["change"] = d
    return np


_COORDINATED_PERCENTS = re.compile(
    r"^(?:\s*(?:,|and|or|,\s*and|,\s*or)\s+(?:about\s+|around\s+|nearly\s+|over\s+)?[\d.,]+\s?"
    r"(?:%|percent\b|per\s?cent\b|pct\b))+")


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


def claim_id(sentence: str, surface: str, occurrence: int) -> str:
    key = f"{' '.join(sentence.split())}\x1f{surface}\x1f{occurrence}"
    return "c-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:8]


def _assign_ids(claims: list[Claim]) -> None:
    """Stable ids: the same sentence and surface give the same id on every scan."""
    seen: dict[tuple[str, str], int] = {}
    used: set[str] = set()
    for c in claims:
        key = (" ".join(c.sentence.split()), c.surface)
        n = seen.get(key, 0)
        seen[key] = n + 1
        cid = claim_id(c.sentence, c.surface, n)
        while cid in used:
            n += 1
            cid = claim_id(c.sentence, c.surface, n)
        used.add(cid)
        c.id = cid
