"""The claim frame in time: the period each number is for and what it is compared against
(base period, base value). What each number is (role) and which way a change goes
(direction) are `roles.py`'s.

Time comes from `periods.py` (the expressions of a sentence, read as spans) and
clause boundaries from `grammar.py`. The rules, in the order they are tried:

- a time expression right after the number is its own ("$2.8bn in February",
  "0.5% in the second quarter", "$70.8bn a year earlier");
- else the nearest own expression in the number's clause, else in an earlier clause of
  the sentence (a fronted "In March, …" dates the whole sentence), never one in a later
  clause: anchors do not leak forward;
- else, for flows and rates, the period of the text before (temporal anaphora);
- a comparison base ("from a year earlier", "year on year", "than in May", "of 2019
  levels", "from $70.8bn in August") is the base period of the changes, growths and
  shares of its sentence, resolved against their own period; never their period.

Pure: no I/O.
"""

from __future__ import annotations

import functools
import re
from typing import Optional

from factcheck import timespan
from factcheck.extract import grammar, lexicon
from factcheck.extract.periods import MEASURING_VERBS, TimeExpr, shift
from factcheck.extract.kinds import K, R
from factcheck.models import Claim
from factcheck.extract.patterns import lazy, triggered

# A time expression that follows a number directly is the number's own.
# ("the 11.07 million seen in 2018", "the 8.37 million who visited in 2018": a participle or
# a relative clause between them still dates the figure)
_ATTACHED_GAP = lazy(r"\s*\)?\s*,?\s*(?:(?:seen|recorded|reported|registered|posted|logged|achieved|observed|measured|booked|tallied|(?:who|that|which)\s+[a-z]+ed"
                           # "the 201,000 tonnes exported in the same period of 2020": a participle of the figure's own
                           # verb (not of its publication: "released on January 31, 2018")
                           r"|(?!(?:released|published|announced|issued|updated|revised|estimated)\b)[a-z]{3,}ed(?=\s+(?:in|during|for|over|throughout)\s)"
                           # "the 455,000 who came ashore in 2019": an irregular past of coming and going
                           r"|(?:who|that|which)\s+(?:came|went|left|flew|spent)(?:\s+(?:ashore|here|there|home|abroad|back))?"
                           # "the 815,898 visiting during the same period": a participle of the figure
                           r"|(?:visiting|arriving|travelling|traveling|entering|leaving|employed|working|living)"
                           # "the 165,000 jobs the economy added in April": a reduced relative clause
                           r"|(?:(?:that|which)\s+)?(?:the|its|their)\s+(?:(?!and\b|or\b|to\b)[A-Za-z.]+\s+){0,3}?[a-z]+ed)\s+)?"
                           r"(?:(?:in|during|for|at|as\s+of|by|on|over|through|throughout)\s+)?(?:(?:the\s+)?(?:whole|all|entirety)\s+of\s+)?"
                           r"(?:the\s+(?:same\s+)?period\s+(?:of\s+)?)?"
                           r"(?:(?:the\s+)?(?:end|close|middle|start)\s+of\s+)?(?:the\s+)?", re.I)
# A number introduced as the other side of a comparison: its own period is the base of
# the changes around it ("up from $70.8 billion in August").
_COMPARED_BEFORE = triggered(lazy(r"\b(?:from|than|(?:as\s+)?compared\s+(?:with|to)|in\s+comparison\s+(?:with|to)|with\s+respect\s+to|versus|vs\.?|(?:as\s+)?against|over|"
                              # "$40 million above the $219 million budget for FY2020" (not "above 5%")
                              r"(?:above|below)(?=\s+the\b)|"
                              # "rose 0.5 percent after rising 0.2 percent in December"
                              r"(?:after|following)(?:\s+(?:a|an|rising|falling|growing|increasing|decreasing|declining|gains?|rises?|falls?|drops?|declines?)\b)*"
                              # "$689 million in 2016, after being estimated at $222 million in 2009"
                              r"(?:\s+(?:being|having\s+been|standing|totall?ing)(?:\s+(?:estimated|recorded|registered|put|valued|reported|assessed))?\s+at)?)"
                              r"\s+(?:a\s+revised\s+|an?\s+|the\s+)?"
                              # "from the revised figure of P5.925 billion": a noun that only names the figure
                              # "over the latest estimate for 2018 of $216,871 million": and the year it is for
                              r"(?:(?:revised\s+|previous\s+|earlier\s+|provisional\s+|latest\s+)?(?:figure|level|total|value|tally|amount|sum|estimates?|outturn)"
                              r"(?:(?:\s+for\s+(?:19|20)\d\d)?\s+of\s+"
                              # "compared to the value recorded in the corresponding quarter of
                              # last year (N7.5 trillion)": the time that names the other side
                              r"|\s+(?:recorded|registered|reported|posted)\s+(?:in|during|for|over|at)\s+))?"
                              r"(?:about\s+|around\s+|nearly\s+|some\s+)?$", re.I),
                           ("from", "than", "compar", "respect", "versus", "vs", "against", "over", "after", "following", "above", "below"))
# "rose $5.6 billion to $103.1 billion": the level a change reached
# "over the refunds of Rs 2,23,658 crore (Rs 2.24 lakh crore)": a figure named, by a noun,
# as the other side of a comparison
_COMPARED_NOUN_OF = lazy(r"\b(?:over|than|compared\s+(?:with|to)|against|versus)\s+(?:the|its|their|an?)\s+(?:[a-z]+\s+){1,2}of\s+[^;:]{0,40}$", re.I)
# "from BND376.9 million (February 2017)", "the same period of 2023 ($633.4 million)": a
# figure and a time, one restating the other in brackets
_OPEN_BRACKET = lazy(r"\s*\(\s*(?:about\s+|around\s+|nearly\s+|some\s+)?")
_CLOSE_BRACKET = lazy(r"\s*\)")
# "the same period of 2021 (251.4 trillion soums, or $23 billion)": the figure bracketed after a
# time may be restated in another unit before the bracket closes
# "(PLN 104.0 billion, which is 16.6% of the plan)": a bracket may go on to say what the figure is
_RESTATING = r"(?:or|i\.e\.|which\s+(?:is|was|represents|represented))"  # the words that restate a figure
_CLOSE_RESTATED = lazy(r"\s*(?:,?\s*" + _RESTATING + r"\s+[^()\d]{0,6}\d[^();]{0,30})?\)", re.I)
# (never "thanks to 304", "due to 5,000": a cause, not a level reached)
_REACHED = lazy(r"(?<!thanks )(?<!due )(?<!owing )\bto\s+(?:a\s+(?:total|level|record|high|low)\s+of\s+)?(?:about\s+|around\s+|nearly\s+)?$", re.I)
# "than February's total of HK$33.1 billion": a possessive period owns the figure it names
# ("2022's USD 61.5 billion", "last year's Dh584 billion": or the possessive stands right before it)
_POSSESSIVE_OF = lazy(r"['’]s\s+(?:(?:[a-z]+\s+){0,3}?(?:of|at|was|were|stood\s+at)\s+)?(?:about\s+|around\s+|nearly\s+)?$", re.I)
_LABELLED_NOUN = lazy(r"\b(?!(?:figures|data|statistics|report|survey|bulletin|release|estimates?|census|study|edition|publication)\b)"
                      r"[a-z]{3,}\s*$", re.I)
# "against a $9.43 billion deficit in the same period of 2015": the figure's head noun
_HEAD_NOUN_GAP = lazy(r"\s+(?!(?:and|or|but|while|to|from)\b)[a-z]+(?:\s+(?!(?:and|or|but|while|to|from)\b)[a-z]+)?\s+(?:in|during|for|over)\s+(?:the\s+)?", re.I)
# "compared to the 2015 same period of 81,520 arrivals": the level a base names
_BASE_OF = lazy(r"\s+(?:of|at)\s+(?:about\s+|around\s+|nearly\s+|some\s+)?", re.I)
# "compared with $33.8 billion tallied a year earlier": a participle between the figure and its time
_PARTICIPLE_GAP = lazy(r"\s*\)?\s*,?\s*[a-z]+ed\s+(?:(?:in|during|for)\s+)?(?:the\s+)?", re.I)
_FROM_GAP = lazy(r"\s*,?\s*from\s+(?:the\s+)?", re.I)
# "last year's Dh584 billion during the same period": the statement's span, a year earlier
_SAME_SPAN_AFTER = lazy(r"\s*,?\s*(?:during|in|for|over)\s+the\s+(?:same|corresponding|comparable)\s+(?:period|time(?:\s?frame)?|months)\b", re.I)
# "… with July 2023, when prices dropped by 0.4%": a 'when' clause is about its antecedent
_WHEN = lazy(r"\s*,?\s*(?:when|during\s+which|in\s+which)\b", re.I)
_COMPARES_OPENING = lazy(r"\s*(?:this|that|it|these|those|the\s+figures?)\s+(?:compares?|compared|is\s+compared|are\s+compared)\s+(?:to|with)\b", re.I)
_FRONTED_COMPARISON = lazy(r"\s*(?:compared\s+(?:to|with)|in\s+comparison\s+(?:to|with)|as\s+opposed\s+to|as\s+against|against)\s+", re.I)
_CLAUSE_COMMA = lazy(r"\s*,")
# ("compared to 2019 when it reached only $5.8 billion": the comma may go unwritten)
_WHEN_AFTER = lazy(r"\s*(?:\(|,)?\s*(?:when|during\s+which|in\s+which)\b[^();:]{0,80}", re.I)
_WHICH_AFTER = lazy(r"\s*(?:,|\s(?:[a-z][\w-]*\s+){1,3}?)\s*(?:which|that)\s+(?:saw|recorded|registered|posted|stood|was|were|had|showed|reached|"
                   r"totall?ed|amounted)\b[^();:]{0,80}", re.I)
# what a relative clause right after a base may state of it besides a level: a rate or
# growth it "recorded" ("compared to Q1 2018 which recorded real GDP growth of 1.89%"; not
# past a comma: "which recorded N28.4 trillion, representing a growth of 11.80%" is the
# statement's)
_STATED_OF_A_BASE = (R.GROWTH, R.RATE, R.SHARE)
_WHICH_RIGHT_AFTER = lazy(r"\s*,?\s*(?:which|that)\s+(?:saw|recorded|registered|posted|showed)\b[^();:,]{0,80}", re.I)
# "than $610.3 million for the last quarter of 2021 and $465.7 million during the same
# period last year": a figure coordinated with the other side of a comparison is one too
_COORDINATED_COMPARAND = lazy(r"\b(?:than|compared\s+(?:with|to)|against|versus)\s+[^;:()]{0,100}?\d[^;:()]{0,60}\s(?:and|or)\s+"
                              r"(?:about\s+|around\s+|nearly\s+|some\s+)?$", re.I)
# "totalling $27.07 billion against $31.53 billion", "$710 million (against $955 million)":
# a level set right against another with no time of its own is the other side, the base's
_AGAINST_LEVEL = lazy(r"(?:\bagainst|\bversus|\bvs\.?|\bcompared\s+(?:with|to))\s+(?:an?\s+|the\s+)?$", re.I)
# (a participle and its preposition: "contrasting with", "buoyed by"; not a verb of saying
# and its clause, "noting that exports rose from 54.8% in 2016", which often restates the time)
_FIGURED_ADJUNCT = lazy(r",\s*(?:[a-z]+ly\s+)?[a-z]{3,}(?:ing|ed)\s+(?:with|by|on|against|from|in)\s[^,;]*\d")
_PARALLEL = lazy(r"[,\s]*(?:and|while|whereas)\b", re.I)
_IRREALIS = lazy(r"\b(?:will|would|aims?|plans?|expects?|targets?|hopes?|seeks?|wants?|intends?|could|may|might)\b", re.I)
_WORDS = lazy(r"[A-Za-z]+")
_STOCK_WORDS = frozenset(("outstanding", "stock", "stocks", "reserves", "debt", "deposits", "holdings",
                          "portfolio", "backlog", "inventory", "inventories"))
_CLAUSE_OPENING = lazy(r"[;:]|\b(?:while|whereas|but)\b", re.I)
PERIODIC_KINDS = {K.MONEY, K.PERCENT, K.PERCENTAGE_POINT, K.MEASURE}


@functools.lru_cache(maxsize=64)
def compared_before(tail: str) -> bool:
    """_COMPARED_BEFORE asked of the 40 characters before a figure: a figure's time, its
    role and its neighbours' ask it of the same slice several times (kept for the last
    few figures only)."""
    return _COMPARED_BEFORE.search(tail) is not None


_local = Claim.local.fget  # a plain function: called tens of times per claim


_POSSESSIVE_AFTER = lazy(r"['’]s?\b")
# a subject and its verb right after a time, or the next figure of a list with its verb left
# out: "…, in 2015 they were", "…, and in 2014 the number was", "…, in 2014 155 million USD"
_SUBJECT_AND_VERB_AFTER = lazy(r",?\s+(?:(?:it|they|these|those|the\s+[a-z]+|[a-z]+)\s+(?:was|were|is|are|stood|amounted|reached|totall?ed"
                               r"|rose|fell|grew|increased|decreased|declined|dropped|climbed)\b|[$€£]?\d)", re.I)
# "surpassing the N7.86 trillion recorded in the corresponding period of 2022": a verb that
# measures against the figure after it; the base that follows dates that figure
_MEASURED_AGAINST = lazy(rf"\b{MEASURING_VERBS}\s+(?:the\s+|its\s+|their\s+)?$", re.I)


def _attachments(claims: list[Claim], sentence: str, exprs: list[TimeExpr]) -> dict[int, int]:
    """expression index → index of the claim it directly follows (or, as a possessive
    'February's total of', directly precedes)."""
    out: dict[int, int] = {}
    for i, e in enumerate(exprs):
        if "rate" in e.tags:
            continue
        after = [(k, c) for k, c in enumerate(claims) if _local(c)[0] >= e.end]
        if after:
            k, c = min(after, key=lambda kc: _local(kc[1])[0])
            if _POSSESSIVE_OF.fullmatch(sentence[e.end: _local(c)[0]]) \
                    or _OPEN_BRACKET.fullmatch(sentence, e.end, _local(c)[0]) and _CLOSE_RESTATED.match(sentence, _local(c)[1]) \
                    and not (e.base and c.role in (R.GROWTH, R.CHANGE)) \
                    or e.base and c.role == R.LEVEL and _BASE_OF.fullmatch(sentence, e.end, _local(c)[0]):
                out[i] = k
                continue
        before = [(k, c) for k, c in enumerate(claims) if _local(c)[1] <= e.start]
        if e.base:
            # "compared to Dh69 billion from the first half of 2012": the level on the other
            # side of a comparison is dated by the base that follows it
            if before:
                k, c = max(before, key=lambda kc: _local(kc[1])[1])
                gap = sentence[_local(c)[1]: e.start]
                # (a rate or share stated on the other side is dated as a level is: "down from the
                # 65.2 percent participation rate in July 2022")
                if (c.role in _STATED_ROLES and (_FROM_GAP.fullmatch(gap) or _HEAD_NOUN_GAP.fullmatch(gap)) or _ATTACHED_GAP.fullmatch(gap)
                        or _PARTICIPLE_GAP.fullmatch(gap)) \
                        and (compared_before(sentence[: _local(c)[0]][-40:])
                             or _MEASURED_AGAINST.search(sentence, max(0, _local(c)[0] - 40), _local(c)[0])
                             or _COMPARED_NOUN_OF.search(sentence, max(0, _local(c)[0] - 80), _local(c)[0])
                             or c.role == R.LEVEL and _COORDINATED_COMPARAND.search(sentence, max(0, _local(c)[0] - 180), _local(c)[0])) \
                        or _OPEN_BRACKET.fullmatch(gap) and _CLOSE_BRACKET.match(sentence, e.end):
                    # "… from 8.5 million in January–June 2017 to …": that figure's own period
                    out[i] = k
            continue  # "97.2 percent of 2019 levels": 2019 is the base, not the share's period
        if not before or _POSSESSIVE_AFTER.match(sentence, e.end):
            continue  # "…, this year's trade volume": a possessive time determines what follows it
        k, c = max(before, key=lambda kc: _local(kc[1])[1])
        gap = sentence[_local(c)[1]: e.start]
        if "," in gap and _SUBJECT_AND_VERB_AFTER.match(sentence, e.end):
            continue  # "comprised 896 million USD, in 2015 they were 1 billion": the time opens the next clause
        if _ATTACHED_GAP.fullmatch(gap) or _PARTICIPLE_GAP.fullmatch(gap) \
                and _COMPARED_NOUN_OF.search(sentence, max(0, _local(c)[0] - 80), _local(c)[0]) \
                or _OPEN_BRACKET.fullmatch(gap) and _CLOSE_BRACKET.match(sentence, e.end):
            # "an increase of 37.42 percent over the refunds of Rs 2.24 lakh crore issued in
            # FY 2021-22": the other side of a comparison, dated by its own participle
            out[i] = k
    return out


def assign_time(claims: list[Claim], sentence: str, exprs: list[TimeExpr], topic: Optional[str],
                today: Optional[str] = None, main: Optional[str] = None) -> None:
    """Give each claim of one sentence its period and, for changes, growths and shares,
    its base period. `topic` is the period the text before was about; `today` the
    article's month, what "the previous month" means when nothing else is said."""
    spans = grammar.clauses(sentence)
    _under_review(exprs, topic, main)
    _end_of_year_base(exprs, sentence)
    _continue_year_to_date(exprs, topic, sentence)
    _fiscal_year_so_far(exprs, topic, sentence)
    _calendar_year_to(exprs)
    _same_month_earlier(exprs, topic, sentence)
    _this_year_against_a_month(exprs)
    _part_before_years(exprs, sentence)
    attached = _attachments(claims, sentence, exprs)
    attached_to = {k: i for i, k in attached.items()}
    clause_of_expr = [grammar.clause_of(spans, e.start) for e in exprs]
    # The sentence's own reference time: its first absolute, non-base expression.
    brackets = _brackets(sentence) if "(" in sentence else []
    if brackets:
        # "arrivals (Jan – Nov 2016) stood at 61,497": a bracket holding only a time, right
        # after the noun it labels, dates the statement like any other anchor ("figures
        # (July 2019) of the institute" date a source, not the statement)
        brackets = [(a, b) for a, b in brackets
                    if not (any(sentence[a + 1: b - 1].strip() == e.text for e in exprs)
                            and _LABELLED_NOUN.search(sentence, max(0, a - 40), a)
                            and not any(a - 3 <= e.end <= a for e in exprs))]  # "the current fiscal year (FY 2080/81)" restates
    # a time in brackets ("figures (July 2019) of the institute") is no reference for the sentence
    bracketed = {i for i, e in enumerate(exprs) if any(a <= e.start and e.end <= b for a, b in brackets)}
    # an expression attached to the other side of a comparison ("compared with 5.9% in
    # November") dates that figure and the base, never the figures it is compared with
    others = _compared_sides(claims, sentence)
    compared_side = {i for i, k in attached.items() if k in others}
    main_ref = next((e.period for i, e in enumerate(exprs) if e.span and not e.base and i not in attached
                     and not e.tags & {"window", "aside"} and i not in bracketed), None)
    if main_ref is None:
        main_ref = next((e.period for i, e in enumerate(exprs) if e.span and not e.base and not e.tags & {"window", "aside"}
                         and i not in bracketed and i not in compared_side), None)
    if main_ref is None:
        # "During the last 12 months (July 2023 to June 2024) … compared to 3,955 in the same
        # period a year ago": a window, or the bracket restating it, is what an anaphor moves
        main_ref = next((e.period for e in exprs if e.span and not e.base and "window" in e.tags), None)
    reference = main_ref or topic or today
    if main_ref and topic and main_ref.isdigit() and (_fiscal_so_far(topic, main_ref) or _year_so_far(topic) == topic
                                                      and topic[:4] == main_ref) \
            and any(e.period == main_ref and "deictic" in e.tags and e.text.lower().endswith("this year") for e in exprs):
        # "this year's" in a report on the current (fiscal) year so far: that span ("In the
        # same period of 2018 the price was $78.8, while it rose to $85.0 this year")
        reference = topic
    if main_ref is None and main and reference and _month_closing_span(reference, main) \
            and any(e.shift and _SPAN_ANAPHOR.search(e.text) for e in exprs):
        reference = topic = main
        back_to_main = True  # the text's span again: the sentences after it continue it
    else:
        back_to_main = False

    # "During the last 12 months … compared to 3,955 in the same period a year ago – a 9.9%
    # increase": a window set against the same window a year earlier is the change's own span
    year_ago_base = any(x.base and x.shift == ("year", -1) for x in exprs)

    claim_start = 0
    dated = any(e.span is not None and not e.base and not e.tags & {"release", "rate"} for e in exprs)
    only_rate_bases = all("rate" in x.tags for x in exprs if x.base)

    def own_candidates(clause: int, exclude_attached: bool) -> list[int]:
        return [i for i, e in enumerate(exprs) if clause_of_expr[i] == clause and not e.base and "rate" not in e.tags
                and not ("release" in e.tags and dated)  # the day a figure was told, where it has a time of its own
                and "aside" not in e.tags
                and (not exclude_attached or i not in attached) and i not in compared_side
                # "(+29.8% in January year-on-year)": a bracket's time dates only the bracket
                and not any(a <= e.start and e.end <= b and not a <= claim_start < b for a, b in brackets)]

    own_expr: dict[int, int] = {}
    opening = _FRONTED_COMPARISON.match(sentence)
    fronted = next((i for i, e in enumerate(exprs) if opening and e.base and e.start == opening.end()
                    and _CLAUSE_COMMA.match(sentence, e.end)), None)
    if fronted is not None and any(not e.base and e.span is not None for e in exprs[fronted + 1:]):
        fronted = None  # "Compared to Q2 2022, …, with 16 million employed in Q2 2023": the figures are dated
    # "This compares to $391.4m the country spent on imports … over the same period in 2012":
    # a sentence that is itself the other side of a comparison; its one time, the base,
    # dates its levels
    # (a rate's basis, "annual decreases of 4.9%", names no time of the figures)
    timed = [i for i, e in enumerate(exprs) if "rate" not in e.tags]
    other_side = timed[0] if len(timed) == 1 and exprs[timed[0]].base and _COMPARES_OPENING.match(sentence) else None

    for k, c in enumerate(claims):
        s, e_ = _local(c)
        claim_start = s
        if k in attached_to:
            own_expr[k] = attached_to[k]
            continue
        if k + 1 in attached_to and (_ALTERNATIVE.fullmatch(sentence[e_: _local(claims[k + 1])[0]])
                                     or k in others and _PRICED_AT.fullmatch(sentence, e_, _local(claims[k + 1])[0])):
            # "$173 million or 12 cents a share a year ago", "compared to 138.6 million kg at
            # $5.57 per kg last year"
            own_expr[k] = attached_to[k + 1]
            continue
        if k - 1 in attached_to and _RESTATED_IN_BRACKET.fullmatch(sentence[_local(claims[k - 1])[1]: s]) \
                and _CLOSE_BRACKET.match(sentence, e_):
            own_expr[k] = attached_to[k - 1]  # "the same period of 2021 (251.4 trillion soums, or $23 billion)"
            continue
        if other_side is not None and c.role == R.LEVEL:
            own_expr[k] = other_side
            c.context["compared_side"] = True
            continue
        if fronted is not None and c.role == R.LEVEL and s >= exprs[fronted].end:
            # "Compared to the same quarter last year, the economy recorded GH¢86.6 billion":
            # the levels after a fronted comparison are its other side, dated by it
            own_expr[k] = fronted
            c.context["compared_side"] = True
            continue
        # "in January 2016 (when the rate was 11.6%)": a 'when' clause is dated by its antecedent
        # ("compared to the same period last year, which recorded 25.7 billion riyals": a
        # relative clause on a base that states a level states the base's)
        when = [i for i, e in enumerate(exprs) if e.end <= s and (e.span is not None or e.base and e.shift)
                and (_WHEN_AFTER.fullmatch(sentence[e.end: s])
                     or e.base and c.role == R.LEVEL and _WHICH_AFTER.fullmatch(sentence[e.end: s])
                     or e.base and c.role in _STATED_OF_A_BASE and _WHICH_RIGHT_AFTER.fullmatch(sentence[e.end: s]))]
        if when:
            own_expr[k] = when[-1]
            if exprs[when[-1]].base:
                c.context["compared_side"] = True  # "compared to 2019 when it reached …": the base's figure
            continue
        clause = grammar.clause_of(spans, s)
        pick = None
        for exclude in (True, False):
            cands = own_candidates(clause, exclude)
            before = [i for i in cands if exprs[i].end <= s]
            if before:
                pick = before[-1]
                # "Last year, … 38 flights to Hualien in the fourth quarter alone": a narrower
                # span later in the clause, inside the fronted one, is the figure's own
                inside = [i for i in cands if exprs[i].start >= e_ and _within(exprs[i], exprs[pick])
                          and not any(_finite(w) for w in _WORDS.findall(sentence, e_, exprs[i].start))]
                if inside:
                    pick = inside[0]
                break
            # "0.3 per cent of this year's estimated GDP": a possessive time dates the noun after it
            after = [i for i in cands if exprs[i].start >= e_ and not _POSSESSIVE_AFTER.match(sentence, exprs[i].end)]
            # "five volumes, were released in 2020": an anchor past the verb of a number in
            # subject position dates the verb's event, not the number
            if after and not any(grammar.is_verbal(w) for w in _WORDS.findall(sentence, spans[clause][0], s)) \
                    and not _ARRIVALS_VERB.match(sentence, e_):
                after = [i for i in after if not any(_finite(w) for w in _words_between_figures(sentence, e_, exprs[i].start, claims))]
            # "rose by 21.1 percent to 1.3 million, contrasting with an 8.2 percent drop the
            # previous year": a participial adjunct with its own figure keeps its time
            after = [i for i in after if not _FIGURED_ADJUNCT.search(sentence, e_, exprs[i].start)]
            if after:
                pick = after[0]
            if pick is not None:
                break
        if pick is None and clause > 0 and _WHEN.match(sentence, spans[clause][0]):
            before_when = [i for i, e in enumerate(exprs) if 0 <= spans[clause][0] - e.end <= 3]
            if before_when:
                pick = before_when[-1]
        if pick is None:
            for earlier in range(clause - 1, -1, -1):
                cands = own_candidates(earlier, True) or own_candidates(earlier, False)
                if cands:
                    pick = cands[-1]
                    break
        if pick is None and clause + 1 < len(spans):
            # "Exports rose 5% and imports fell 3% in March": parallel clauses share a trailing
            # anchor; an irrealis clause ("and aims to cut costs by 2026") does not lend its own
            a, b = spans[clause + 1]
            text = sentence[a:b]
            if _PARALLEL.match(text) and not _IRREALIS.search(text):
                cands = own_candidates(clause + 1, True)
                if cands:
                    pick = cands[0]
        if pick is not None:
            own_expr[k] = pick

    # "in the last 12 months, exports fell 5% to 12.7 million bags": a window that also dates
    # a total the sentence states is the span a growth compares, not a run of months to the
    # latest (a rate's fall "by 0.8 percentage points" over it stays the latest month's)
    totals = {own_expr[j] for j, d in enumerate(claims) if j in own_expr and d.role == R.LEVEL and not _compared(d)}

    for k, c in enumerate(claims):
        period = None
        window = None
        if k in own_expr:
            e = exprs[own_expr[k]]
            anaphor_of = _anaphor_reference(e, exprs, reference) if e.shift else None
            period = e.resolve(anaphor_of)
            if period and anaphor_of and _SPAN_ANAPHOR.search(e.text) and c.role != R.RATE \
                    and any("by_month" in x.tags and x.period == anaphor_of for x in exprs if x.end <= e.start) \
                    and _counted_over_time(c):
                # "JD190 million by the end of April, … compared to JD230 million in the same period
                # of last year": the period it moves is the year to date, so is the figure's
                period = _from_january(period)
            if k in attached_to and e.base or "comparand" in e.tags or k in others and own_expr[k] in compared_side:
                # "up from Q2's 6.5 percent", "compared to $5.57 per kg last year": not what the sentence is about
                c.context["compared_side"] = True
            if k in attached_to and period and period.isdigit() and reference and _SUB_YEAR.fullmatch(reference) \
                    and _SAME_SPAN_AFTER.match(sentence, _local(c)[1]):
                period = shift(reference, "year", int(period) - int(reference[:4])) or period
            elif k in others and "deictic" in e.tags and period and reference \
                    and (period.isdigit() and _SUB_YEAR.fullmatch(reference) and int(period) in (int(reference[:4]) - 1, _end_year(reference) - 1)
                         or e.fiscal and _part_of_year_after(reference, e.span)):
                # "rose to 449,552 in May and June compared to 424,752 last year": the other
                # side of a comparison of a part of the year is that part a year earlier
                period = shift(reference, "year", -1) or period
            if "by_month" in e.tags and period and c.role != R.RATE and _counted_over_time(c):
                period = _from_january(period)  # "the deficit reached 4.4% of GDP by July": January to July
            if "irrealis" in e.tags:
                c.context["period_irrealis"] = True
            elif period and topic and "deictic" in e.tags and not e.fiscal \
                    and e.text.lower().endswith("this year") and (c.kind in PERIODIC_KINDS or c.kind == K.COUNT) \
                    and not _IRREALIS.search(sentence) and not _OUTLOOK.search(sentence):
                if period == topic[:4]:
                    # "China accounted for 61.7 percent of total trade this year" in a report on
                    # July or on the first seven months: the year so far, to the month reported
                    period = _year_so_far(topic) or period
                elif _fiscal_so_far(topic, period):
                    # "this year's trade volume" in a report on the first nine months of the
                    # current fiscal year: that fiscal year so far
                    period = topic
            if c.context.get("prior") and not e.base:
                period = None  # the previous reading: dated below from the statement's own period
            elif "window" in e.tags and _compared(c) and e.span is not None and not year_ago_base \
                    and not (c.role == R.GROWTH and own_expr[k] in totals):
                # "down 0.8 points over the past 12 months": a change over a window is the
                # latest month's (the one before the article's), measured against the month
                # the window opened from
                window = e.span.months
                period = shift(today, "month", -1) if today else f"{e.span.end.year}-{e.span.end.month:02d}"
        inherits = c.kind in PERIODIC_KINDS or c.kind in (K.COUNT, K.ORDINAL)
        if period is None and k not in own_expr and topic and inherits and not _timeless(c, sentence):
            period = topic
            if not back_to_main:
                c.context["period_inherited"] = True
        elif period is None and k not in own_expr and not topic and inherits and not _timeless(c, sentence) \
                and not c.context.get("prior"):
            c.context["period_ahead"] = True  # a headline or lead before any time is named: see cataphora()
        if c.context.get("prior") and reference and (period is None or period == reference):
            period = shift(reference, "period", -1)  # "vs previous 9.3k": the reading before
            c.context.pop("period_inherited", None)
        if c.kind == K.YEAR_RANGE:
            period = None  # a year range is itself a span of time
        stock_day = None
        if period and c.role in (R.CHANGE, R.GROWTH) and _TURN_OF_YEAR.fullmatch(period):
            # "356,991 inhabitants on 1 January, an annual increase of 2.4%": a change to a
            # stock counted at the turn of a year is the flow of the year that ended there,
            # measured from the stock a year before
            stock_day, period = period, flow_year(period)
        c.period = period
        if window:
            c.base_period = shift(period, "year", -1) if window == 12 else shift(period, "month", -window)
        elif _compared(c) and _against_plan(c, sentence, exprs):
            c.base_period = None  # "11.5% below the initial budget": measured against a plan, no earlier time
            c.context["base_plan"] = True
        else:
            c.base_period = _base(k, c, claims, sentence, exprs, spans, attached, own_expr) if _compared(c) else None
            if c.base_period and c.base_period == period and c.context.get("compared_side"):
                # "compared to Q1 2018, which recorded growth of 1.89%": the base's own growth,
                # measured against its own earlier time (the convention), never against itself
                c.base_period = None
            elif c.base_period and c.base_period == period and not _names_base(exprs, period):
                # a comparison is never with its own span: "13.5 percent higher compared to last
                # year" of 2016 in a text of January 2017, "more than … over the same period in
                # 2007" of a fiscal year's first ten months: that span a year before (unless the
                # text names that very span as a base, "higher than August 2019 (+14.7%)": then
                # the period is what is wrong)
                c.base_period = shift(period, "year", -1) or c.base_period
            if c.base_period and c.period and len(c.base_period) == 4 and c.base_period.isdigit() \
                    and _SUB_YEAR.fullmatch(c.period) and int(c.period[:4]) > int(c.base_period):
                # "fell 2.5% last month compared with last year", "June arrivals rose 39%
                # compared to 2019": the same span in that year
                c.base_period = shift(c.period, "year", int(c.base_period) - int(c.period[:4])) or c.base_period
            elif c.base_period and c.period and _SUB_YEAR.fullmatch(c.period) \
                    and _part_of_year_after(c.period, timespan.parse(c.base_period)):
                # "grew 9.46 percent in the first eight months of the current fiscal year"
                # against "last year", the fiscal year before: those months of it
                c.base_period = shift(c.period, "year", -1) or c.base_period
        if stock_day and (not c.base_period or c.base_period == shift(period, "year", -1) and only_rate_bases):
            # ("an annual increase of 0.49%" of the stock on 1 January: from the stock a year
            # before; "higher than a year earlier" names the year)
            c.base_period = shift(stock_day, "year", -1)
        if c.base_period:
            c.context["baseline_period"] = c.base_period
    _from_levels(claims, sentence, own_expr, attached_to)
    _undated_comparands(claims, sentence, attached_to)
    _range_ends(claims, sentence, exprs, own_expr)
    _shares_of_earlier_levels(claims, sentence)
    _shares_of_dated_wholes(claims, sentence, exprs, reference)
    _levels_reached_within(claims, sentence)


def _levels_reached_within(claims: list[Claim], sentence: str) -> None:
    """"the deficit for January to August 2021 deteriorated by 25.9% to 852 billion in 2021":
    the level a change reached is the change's own span; a whole year named after it that
    contains that span only says which year the span is of."""
    for c, nxt in zip(claims, claims[1:]):
        if c.role in (R.GROWTH, R.CHANGE) and nxt.role == R.LEVEL and c.period and nxt.period \
                and timespan.within(c.period, nxt.period) and timespan.parse(nxt.period).months == 12 \
                and _TO_BETWEEN.fullmatch(sentence, _local(c)[1], _local(nxt)[0]):
            nxt.period = c.period
            nxt.context.pop("period_inherited", None)


def _shares_of_dated_wholes(claims: list[Claim], sentence: str, exprs: list[TimeExpr], reference: Optional[str]) -> None:
    """"about 14.8% of 2019 arrivals", "33% of 2019 visitor levels": a share of a whole dated
    by a base time is measured against that time (a recovery ratio)."""
    for c in claims:
        if c.role != R.SHARE or c.base_period:
            continue
        end = _local(c)[1]
        whole = next((x for x in exprs if x.base and x.start >= end and _SHARE_OF.fullmatch(sentence, end, x.start)), None)
        period = whole.resolve(reference if whole and whole.shift else None) if whole else None
        if period is None:
            period = _earlier_whole_period(c, sentence, exprs)
        if period and period != c.period:
            c.base_period = period
            c.context["baseline_period"] = period


# "86% of the peak departures recorded in February 2018", "90% of those recorded in 2019": a
# share of a whole whose own clause dates it (a participle of record, then its time)
_SHARE_OF_RECORDED = lazy(r"\s+of\s+(?:the|those|that)\s+(?:[a-z][\w-]*\s+){0,4}?"
                          r"(?:recorded|registered|reported|counted|seen|reached|posted|achieved)\s+(?:in|during|for)\s+(?:the\s+)?", re.I)


def _earlier_whole_period(c: Claim, sentence: str, exprs: list[TimeExpr]) -> Optional[str]:
    """The period of the whole a share is of, when the whole's own clause dates it before the
    share's period (a recovery ratio: its base), else None."""
    end = _local(c)[1]
    x = next((x for x in exprs if x.start >= end), None)
    if x is None or not c.period or not _SHARE_OF_RECORDED.fullmatch(sentence, end, x.start):
        return None
    period = x.resolve(c.period)  # "the same months in 2018": the share's months, that year
    return period if timespan.before(period, c.period) else None


# "only 2% of the 664,784 visitors that arrived in 2019", "13.3% of the 1.6 million who came
# in 2019": a share of a level dated earlier than the share is a recovery ratio, measured
# against that level's period
_SHARE_OF = lazy(r"\s+of\s+(?:the\s+|a\s+)?(?:more\s+than\s+|about\s+|around\s+|nearly\s+|almost\s+|some\s+|over\s+)?")


def _shares_of_earlier_levels(claims: list[Claim], sentence: str) -> None:
    for c, whole in zip(claims, claims[1:]):
        if c.role != R.SHARE or c.base_period or not c.period or whole.role != R.LEVEL or not whole.period:
            continue
        if not _SHARE_OF.fullmatch(sentence, _local(c)[1], _local(whole)[0]):
            continue
        if timespan.before(whole.period, c.period):
            c.base_period = whole.period
            c.context["baseline_period"] = whole.period


# "(increased by 55.36 percent year-on-year) increasing from $33.9 billion to $52.6 billion":
# the level a change starts from, with no time of its own, stands at the change's base
_A_YEAR = lazy(r"(?<![\w$€£¥.,-])(?:19|20)\d\d(?![\w%-]|[.,]\d)")
# a year outdone or matched ("beating the 2011 results", "on par with 2011") is a base too
_COMPARED_WITH_YEAR = lazy(r"\b(?:(?:as\s+)?compared\s+(?:to|with)|in\s+comparison\s+(?:to|with)|than(?:\s+in)?|against|"
                           r"versus|vs\.?|over|on|(?:on\s+)?par\s+with|"
                           r"(?:beat|exceed|surpass|outstrip|outpace|top)(?:s|ed|ped|ing|ping)?)\s+(?:the\s+(?:year\s+)?)?$", re.I)


def year_after_base(text: str) -> Optional[int]:
    """An undated text whose latest year is named only as a comparison base ("a deficit up
    49.9% compared to 2019", "12% more than in 2019") is about the year after it: a year's
    figures are compared with the year before. None where the text states that year as a
    figure's own, or names none."""
    years = [(int(m.group(0)), m.start()) for m in _A_YEAR.finditer(text)]
    if not years:
        return None
    latest = max(y for y, _ in years)
    if all(_COMPARED_WITH_YEAR.search(text, max(0, at - 30), at) for y, at in years if y == latest):
        return latest + 1
    return None


_TURN_OF_YEAR = lazy(r"\d{4}-(?:01-01|12-31)")


def flow_year(day: str) -> str:
    """The year whose flow a stock counted at a turn of the year closes: 2019-01-01 → 2018,
    2010-12-31 → 2010."""
    return day[:4] if day.endswith("-12-31") else str(int(day[:4]) - 1)


_YEARLY_COMPARISON = lazy(r"\b(?:on\s+an?\s+(?:yearly|annual|year-on-year)\s+basis|year[- ]on[- ]year|y-o-y)\b", re.I)
_FROM_BEFORE = lazy(r"\bfrom\s+(?:about\s+|around\s+|nearly\s+|some\s+|over\s+|more\s+than\s+)?$", re.I)
_FROM_BETWEEN = lazy(r"\s*,?\s+from\s+(?:about\s+|around\s+|nearly\s+|some\s+|over\s+|more\s+than\s+)?", re.I)
_TO_BETWEEN = lazy(r"\s*,?\s+to\s+(?:about\s+|around\s+|nearly\s+|some\s+|over\s+|more\s+than\s+)?", re.I)


# a figure revised, or a plan, forecast or target: a change between two statements of one time,
# or one still to come
_REVISED = lazy(r"\b(?:revis\w*|re-?estimat\w*|amend\w*|adjust\w*|upgrad\w*|downgrad\w*|forecast\w*|estimates?|project\w*|"
                r"expected|predicted|anticipated|will|would|"
                r"targets?|outlook|budget(?:ed|s)?)\b", re.I)


def _from_levels(claims: list[Claim], sentence: str, own_expr: dict[int, int], attached_to: dict[int, int]) -> None:
    """The first of a pair "from X to Y" (or "to Y from X", or "up 3.9 percent from X") with
    no time of its own is the base's: the sentence's one base, else (marked an undated
    comparand) the base implied_bases gives the sentence's changes."""
    bases = {(c.period, c.base_period) for c in claims if c.base_period and c.period}
    if not bases and _YEARLY_COMPARISON.search(sentence):
        # "On a yearly basis, revenue fell in February, from €52.7m to €52.4m": the pair spans a year
        bases = {(c.period, shift(c.period, "year", -1)) for c in claims if c.role == R.LEVEL and c.period}
        bases = {(p, b) for p, b in bases if b}
    if len(bases) > 1:
        return  # several: which one the pair spans is not said
    period, base = next(iter(bases)) if bases else (None, None)

    if base is None and _REVISED.search(sentence):
        return  # "a revised 2023/24 budget from K3.79 trillion to K4.33 trillion": one year, two plans

    def date(c: Claim) -> None:
        if base is None:
            c.context["undated_comparand"] = True  # "Re-entry approvals rose to 23,644 from 22,647"
        else:
            c.period = base
            c.context.pop("period_inherited", None)

    for k, c in enumerate(claims[:-1]):
        nxt = claims[k + 1]
        if k in attached_to or k + 1 in attached_to or c.period is None or nxt.period != c.period \
                or period is not None and c.period != period:
            continue
        if c.role in (R.CHANGE, R.GROWTH) and nxt.role in _STATED_ROLES and not nxt.base_period \
                and _FROM_BETWEEN.fullmatch(sentence, _local(c)[1], _local(nxt)[0]) \
                and not (k + 2 < len(claims) and _TO_BETWEEN.fullmatch(sentence, _local(nxt)[1], _local(claims[k + 2])[0])):
            # "up 3.9 percent from $10.56 billion": the level the change is measured from
            if base is None or c.base_period == base:
                date(nxt)
            continue
        if c.role not in _STATED_ROLES or c.base_period or nxt.unit != c.unit or nxt.role != c.role:
            continue
        if _FROM_BEFORE.search(sentence, max(0, _local(c)[0] - 20), _local(c)[0]) \
                and _TO_BETWEEN.fullmatch(sentence, _local(c)[1], _local(nxt)[0]):
            date(c)
        elif not nxt.base_period and _REACHED.search(sentence, max(0, _local(c)[0] - 30), _local(c)[0]) \
                and _FROM_BETWEEN.fullmatch(sentence, _local(c)[1], _local(nxt)[0]):
            # "…, to $8.975 billion from $1.004 billion": the same pair, the other way round
            date(nxt)


_STATED_ROLES = (R.LEVEL, R.RATIO, R.RATE, R.SHARE)
# "… $6.50 billion in exports compared with $4.72 billion in imports": a figure that names
# its own series is another quantity, not the same one at another time
_OWN_SERIES_AFTER = lazy(r"\s+(?:in|of|for|from)\s+(?!the\s+(?:same|previous|preceding|corresponding)\b)[a-z]", re.I)


def _undated_comparands(claims: list[Claim], sentence: str, attached_to: dict[int, int]) -> None:
    """Mark a level set against the level before it ("$27.07 billion against $31.53
    billion") with no time of its own: it is dated by the article's base in implied_bases."""
    for k in range(1, len(claims)):
        c, first = claims[k], claims[k - 1]
        if c.role not in _STATED_ROLES or first.role != c.role or k in attached_to or c.unit != first.unit \
                or not c.period or c.period != first.period or c.base_period:
            continue
        s = _local(c)[0]
        if _AGAINST_LEVEL.search(sentence, max(0, s - 25), s) and not _OWN_SERIES_AFTER.match(sentence, _local(c)[1]):
            c.context["undated_comparand"] = True


def _range_ends(claims: list[Claim], sentence: str, exprs: list[TimeExpr], own_expr: dict[int, int]) -> None:
    """'doubled between 1991 and 2021, from 113,000 to 229,000': the levels a range of years
    runs from and to are its first and last years', and a change over the range is its
    last year's, against its first (the base already)."""
    from factcheck.timespan import name

    ranged = {k: exprs[i] for k, i in own_expr.items() if exprs[i].range_from is not None and exprs[i].span is not None}
    for k, e in ranged.items():
        c = claims[k]
        last = str(e.span.end.year)
        if c.role in (R.GROWTH, R.CHANGE) and c.base_period == name(e.range_from) \
                and (c.unit or "").endswith(" / year"):
            # "a growth of 218 people per annum over 1996-2003": an average yearly change over
            # the range, whose period is the range itself
            c.period, c.base_period = name(e.span), None
            c.context["over_span"] = True  # no base implied either
        elif c.role in (R.GROWTH, R.CHANGE) and c.base_period == name(e.range_from):
            c.period = last
        elif c.role == R.LEVEL and k + 1 < len(claims) and ranged.get(k + 1) is e and claims[k + 1].role == R.LEVEL \
                and _FROM_BEFORE.search(sentence, max(0, _local(c)[0] - 20), _local(c)[0]) \
                and _TO_BETWEEN.fullmatch(sentence, _local(c)[1], _local(claims[k + 1])[0]):
            c.period, claims[k + 1].period = name(e.range_from), last
            c.context.pop("undated_comparand", None)  # dated by the range, not by the article's base


_END_OF = lazy(r"(?:the\s+)?end(?:\s+of\s+|[- ])", re.I)
_MID = lazy(r"mid[- ]", re.I)
_AS_OF_END = lazy(r"\bas\s+(?:of|at)\s+$", re.I)


_REVIEW_UNIT_MONTHS = {"month": 1, "quarter": 3, "half": 6, "semester": 6, "year": 12}


def _under_review(exprs: list[TimeExpr], topic: Optional[str], main: Optional[str] = None) -> None:
    """'the month under review' is the period the text named before ("Trade deficit
    narrows in April … the balance narrowed to $178.1 million in the month under review
    from $204.6 million in March"), not the other period the sentence names. When the text
    last named a part of its main period ("Over the first four months … In March-April …
    Over the report period, major partners were"), the report is still about the whole."""
    if not topic or not any("review" in e.tags for e in exprs):
        return  # the topic is parsed only for a sentence that has such a phrase
    span = timespan.parse(topic)
    whole = timespan.parse(main) if main and main != topic else None
    if span is not None and whole is not None and not (whole.start <= span.start and span.end <= whole.end):
        whole = None
    for e in exprs:
        if "review" not in e.tags or span is None:
            continue
        if e.span is not None and not (e.span.start <= span.start and span.end <= e.span.end):
            continue  # "the 2018 review period" while the topic is another year's: that year
        unit = next((w for w in _WORDS.findall(e.text.lower()) if w in _REVIEW_UNIT_MONTHS), None)
        fits = whole is not None and (unit is None or whole.months == _REVIEW_UNIT_MONTHS[unit])
        e.span, e.shift = (whole if fits else span), None
        # (named before it: "to 2,35,309 units during the month, when compared to 2,19,421 units in
        # December 2021" names the other side's month after it)
        named = next((x.span for x in exprs if "unit" in e.tags and unit and x is not e and not x.base and x.span is not None
                      and x.span.months == _REVIEW_UNIT_MONTHS[unit] and x.end <= e.start), None)
        if named is not None:
            e.span = named  # "its January report … a balanced budget for the month": the month it names
        elif "unit" in e.tags and unit and e.span.months > _REVIEW_UNIT_MONTHS[unit]:
            # "For the year to date, sales were down 5% … fleet sales fell in the month": its
            # last month, not the whole span again
            end = e.span.end
            first = end.year * 12 + end.month - _REVIEW_UNIT_MONTHS[unit]
            e.span = timespan.month_span(first // 12, first % 12 + 1, end.year, end.month)


def _continue_year_to_date(exprs: list[TimeExpr], topic: Optional[str], sentence: str) -> None:
    """In a report on January–November, "revenue fell 5.1 per cent to RO 5.6 billion at the
    end of November" is the year to the end of November again, not November alone."""
    own = next((e.span for e in exprs if not e.base and _year_so_far_span(e.span)), None)
    ytd = own or (_year_so_far_span(timespan.parse(topic)) if topic and "/" in topic else None)
    if ytd is None:
        return
    for e in exprs:
        if e.span is not None and e.span.months == 1 and e.span.end == ytd.end and _END_OF.match(e.text):
            e.span = ytd
        elif e.span is not None and e.span.months == 1 and e.span.start.day == 1 and ytd.end < e.span.end \
                and (e.span.end.year, e.span.end.month) == (ytd.end.year, ytd.end.month) \
                and (_MID.match(e.text) or _AS_OF_END.search(sentence, max(0, e.start - 12), e.start)):
            e.span = ytd  # in a report on the year to April 15, "as of mid-April" is that span again
    # "cruise visitors increased to 541,405 through September 2024 from 504,322 in 2023", "from
    # 9,459 in 2023 to 11,999 in 2024", "232,916 visitors …, compared with 217,453 in 2018": in a
    # report on the year so far, a bare earlier year set against it is the same months of that
    # year, and so is the bare current year paired with it
    earlier = [e for e in exprs if _whole_year(e.span) and e.span.start.year < ytd.start.year and not e.tags & {"deictic", "year_end"}
               and (e.base or _FROM_FIGURE.search(sentence, max(0, e.start - 50), e.start))]
    if own is None and any(e not in earlier and not e.base and e.span is not None
                           and not (_whole_year(e.span) and e.span.start.year == ytd.start.year) for e in exprs):
        return  # the sentence names a time of its own ("in 2020", "in April alone"): not the year so far
    for e in earlier:
        e.span = timespan.month_span(e.span.start.year, 1, e.span.start.year, ytd.end.month)
    if earlier:
        for e in exprs:
            if not e.base and _whole_year(e.span) and e.span.start.year == ytd.start.year:
                e.span = ytd


# "the current fiscal year", "this financial year", "the ongoing fiscal year": the fiscal year now running
_CURRENT_FISCAL = lazy(r"(?:the\s+)?(?:current|this|ongoing|present)\s+(?:fiscal|financial)(?:\s+year)?$", re.I)


def _fiscal_year_so_far(exprs: list[TimeExpr], topic: Optional[str], sentence: str) -> None:
    """In a report on the first eight months of the current fiscal year, "exports grew to
    $44 million during the current fiscal year" is that fiscal year so far, the only part of
    it there are figures for; a plan or forecast for the year keeps the whole year."""
    span = timespan.parse(topic) if topic and "/" in topic else None
    if span is None or not 1 < span.months < 12 or _IRREALIS.search(sentence) or _OUTLOOK.search(sentence):
        return
    for e in exprs:
        if e.fiscal and not e.base and e.span is not None and e.span.months == 12 and e.span.start == span.start \
                and _CURRENT_FISCAL.match(e.text):
            e.span = span


# "In 2014 it was US$135.7 million", "In 2014 was …": a sentence that restates the figure
# before for a bare earlier year
_RESTATED_FOR_YEAR = lazy(r"\s*In\s+(?:19|20)\d\d\s*,?\s+(?:(?:it|this|that|they|the\s+(?:figure|total|number|amount|value))\s+)?"
                          r"(?:was|were|stood|totall?ed|reached|amounted)\b", re.I)


_SINCE_BEFORE = lazy(r"\b(?:since|before|after|until|by)\s+(?:the\s+)?$", re.I)  # "a record since 2011": a whole year


# "prices rose 8.1% from the end of the previous year", "debt grew 4% compared with the end
# of 2023": a change since a year closed is measured from its last reading (December), and
# that year is no time of the figure's own
_FROM_END_OF = lazy(r"\b(?:from|since|compared\s+(?:to|with)|against|over|than(?:\s+at)?)\s+(?P<end>the\s+end\s+of\s+)?$", re.I)
_END_OF_TEXT = lazy(r"(?:the\s+)?end\s+of\s", re.I)


def _end_of_year_base(exprs: list[TimeExpr], sentence: str) -> None:
    for e in exprs:
        if not (e.shift == ("year", -1) or _whole_year(e.span)):
            continue
        m = _FROM_END_OF.search(sentence, max(0, e.start - 40), e.start)
        if m and (m.group("end") or _END_OF_TEXT.match(e.text)):
            e.base = True
            e.tags = e.tags | {"year_end"}


def _same_month_earlier(exprs: list[TimeExpr], topic: Optional[str], sentence: str) -> None:
    """'Revenue in April rose to US$150 million … compared to the surplus of 66.9 million euros in
    2014', 'In April … US$150 million. In 2014 it was US$135.7 million': a bare earlier year set
    against one month is that month of the earlier year (a report on a month compares like
    with like, as one on the year so far does: see _continue_year_to_date)."""
    own = next((e.span for e in exprs if not e.base and e.span is not None and e.span.months == 1
                and e.span.start.day == 1 and "deictic" not in e.tags), None)
    month = own or (timespan.parse(topic) if topic and len(topic) == 7 and topic[4] == "-" else None)
    if month is None or month.months != 1:
        return
    restated = len(exprs) == 1 and _RESTATED_FOR_YEAR.match(sentence)
    earlier = [e for e in exprs if _whole_year(e.span) and e.span.start.year < month.start.year and "year_end" not in e.tags
               and "deictic" not in e.tags and (e.base and not _SINCE_BEFORE.search(sentence, max(0, e.start - 12), e.start)
                                                 or restated)]
    if own is None and any(e not in earlier and not e.base and e.span is not None for e in exprs):
        return  # the sentence names a time of its own: not the month reported
    for e in earlier:
        y = e.span.start.year
        e.span = timespan.month_span(y, month.start.month, y, month.start.month)
        if restated:
            e.tags = e.tags | {"comparand"}  # the other side of the comparison: the text stays on its month


def _this_year_against_a_month(exprs: list[TimeExpr]) -> None:
    """'This year, 9% more visitors came than in April 2019': "this year" set against one month
    of an earlier year is that month of this year (a comparison sets like against like)."""
    own = [e for e in exprs if not e.base and e.span is not None]
    bases = [e for e in exprs if e.base and e.span is not None]
    if len(own) != 1 or len(bases) != 1 or "deictic" not in own[0].tags or not _whole_year(own[0].span):
        return
    month = bases[0].span
    if month.months != 1 or month.start.day != 1 or month.start.year >= own[0].span.start.year:
        return
    y = own[0].span.start.year
    own[0].span = timespan.month_span(y, month.start.month, y, month.start.month)


_FROM_FIGURE = lazy(r"\b(?:from|compared\s+(?:with|to)|against|versus|vs\.?)\s+[^\s\d,;]{0,4}\d[\d,.]*\s*(?:[a-z]+\s+){0,2}(?:in|during)\s+$", re.I)


def _year_so_far_span(span):
    """January to a month before December of one year, or None."""
    if span is None or span.start.month != 1 or span.start.day != 1 or span.start.year != span.end.year \
            or not 2 <= span.months <= 11:
        return None
    return span


def _whole_year(span) -> bool:
    return span is not None and span.months == 12 and span.start.month == 1 and span.start.day == 1


# "172,499 tourists arrived in January": the people a verb of arriving counts are its
# event's, dated by the time after the verb; so are those a passive verb of recording or
# receiving counts ("216,000 visitors were welcomed during fiscal 2022", "4,100 cases were
# registered in May"): the count is of the events the verb names; so are the goods and money
# a passive verb of trade or production moves ("107,800 tonnes were shipped in 2019", "$1.2
# billion was spent in March"), and the people living somewhere at a time
_ARRIVALS_VERB = lazy(r"\s+(?:[a-z]+\s+){0,4}?(?:arrived|visited|came|travell?ed|entered|landed|departed|flew|lived|resided"
                      r"|(?:were|was)\s+living"
                      r"|(?:were|was|have\s+been|had\s+been|has\s+been)\s+(?:[a-z]+ly\s+)?"
                      r"(?:recorded|registered|counted|logged|tallied|welcomed|received|hosted|handled|processed"
                      r"|exported|imported|shipped|sold|produced|transported|spent|collected|paid|remitted|harvested|consumed))\b", re.I)
_YEAR_TO = lazy(r"(?:the\s+)?year\s+to\s+(?:the\s+end\s+of\s+|end[- ])?[A-Z]", re.I)


def _calendar_year_to(exprs: list[TimeExpr]) -> None:
    """'For the year to June, arrivals rose 11 percent … than the 1,254,488 in 2018': a
    'year to June' set against a calendar year is that year's January to June (the twelve
    months to June are compared with the twelve months before, never with a calendar year)."""
    for e in exprs:
        span = e.span
        if span is None or span.months != 12 or span.start.month == 1 or not _YEAR_TO.match(e.text):
            continue
        if any(x is not e and x.span is not None and x.span.months == 12 and x.span.start.month == 1
               and x.span.start.year == span.end.year - 1 for x in exprs):
            e.span = timespan.month_span(span.end.year, 1, span.end.year, span.end.month)


# "In the second quarter, …", "For the first half, …": a part of the year fronted without its year
_FRONTED_PART = lazy(r"\s*(?:(?:in|for|during|over|throughout)\s+)?$", re.I)
_PART_WITHOUT_YEAR = lazy(r"(?:the\s+)?(?:first|second|third|fourth|last|1st|2nd|3rd|4th)\s+(?:quarter|half)$", re.I)


def _part_before_years(exprs: list[TimeExpr], sentence: str) -> None:
    """'In the second quarter, arrivals in 2019 totalled 261,704, against 4,583 in 2020': a part
    of the year fronted without its year is the topic the bare years after it narrow, so each
    of them is that quarter or half of its year (like against like, as in a table by quarter)."""
    if len(exprs) < 2:
        return
    part = exprs[0]
    span = part.span
    if span is None or part.fiscal or part.base or not _PART_WITHOUT_YEAR.match(part.text) \
            or span.start.year != span.end.year or span.months not in (3, 6) \
            or not _FRONTED_PART.fullmatch(sentence[: part.start]) or not sentence[part.end:].lstrip().startswith(","):
        return
    for e in exprs[1:]:
        if _whole_year(e.span) and not e.fiscal and not e.shift and not e.tags & {"deictic", "year_end"} \
                and e.text.strip().isdigit():
            y = e.span.start.year
            e.span = timespan.month_span(y, span.start.month, y, span.end.month)


def _brackets(sentence: str) -> list[tuple[int, int]]:
    """The (start, end) of each outermost parenthesis of the sentence."""
    out, depth, start = [], 0, 0
    for m in _PAREN.finditer(sentence):  # only the brackets, not every character
        i = m.start()
        if m.group() == "(":
            if depth == 0:
                start = i
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0:
                out.append((start, i + 1))
    return out


_PAREN = re.compile(r"[()]")


# "the same period", "the same time span": an anaphor that names a span, not a month
_SPAN_ANAPHOR = lazy(r"\b(?:period|time\s?span|time\s?frame)\b", re.I)


def _month_closing_span(month: str, span: str) -> bool:
    """Whether `month` is the last month of the months `span` covers, a span of more than one
    month and less than a year: in a report on January–April 2022, "In April output rose 1.2%.
    Mining output fell 12.3% from the same period of 2021": "period" points back to the span
    the text is about, not to the month named last (that would be "the same month")."""
    if len(month) != 7 or month[4] != "-" or "/" not in span:
        return False
    whole, one = timespan.parse(span), timespan.parse(month)
    return whole is not None and one is not None and 1 < whole.months < 12 \
        and (whole.end.year, whole.end.month) == (one.end.year, one.end.month) and whole.start < one.start


def _anaphor_reference(e: TimeExpr, exprs: list[TimeExpr], reference: Optional[str]) -> Optional[str]:
    """What 'the same period of 2023' moves: the span named last before it in the sentence
    ("from 8.5 million in January–June 2017 to 10.5 million in the same period this year"),
    else the statement's reference period."""
    if "sequel" in e.tags:
        # "from 566.1 billion in 2012 … to 637.3 billion the next year": after the year named
        # last before it, base or not
        before = [x for x in exprs if x.end <= e.start and x.span is not None]
        return before[-1].period if before else reference
    if e.shift and e.shift[0] in ("to_year", "within"):
        before = [x for x in exprs if x.end <= e.start and x.span is not None]
        # "in the month under review from $204.6 million in March 2022 and $346.9 million in
        # a corresponding month in 2021": it corresponds to the period under review
        before = [x for x in before if "review" in x.tags] or before
        if e.shift[0] == "within":
            # "between October and mid-February in the current financial year, … the
            # corresponding period of 2018-19": the part, not the year that frames it
            before = [x for x in before if x.span.months < 12] or before
        if before:
            return before[-1].period
    return reference


_OUTLOOK = lazy(r"\b(?:expected|forecasts?|forecast(?:ed|ing)|projected|projections?|predicted|estimated\s+to|target(?:ed)?|budgeted|set\s+to)\b", re.I)


@functools.cache
def _flow_words() -> frozenset:
    # a balance of flows (a budget's or trade's deficit) is summed over time as they are
    return frozenset(lexicon.load("metric_words")["flow_heads"]) | {"deficit", "surplus"}


def _counted_over_time(c: Claim) -> bool:
    """Whether a claim's series is a flow (exports, revenue, a deficit), summed over a span,
    rather than a stock counted at a day (debt, reserves, a population)."""
    words = _WORDS.findall((c.metric or "").lower())
    if not words and (c.role == R.GROWTH or c.role in (R.LEVEL, R.CHANGE) and c.kind != K.PERCENT):
        # the series is named later (metrics.py): "trade turnover as of August 15 reached $12.2
        # billion, an increase of 28.8%" names it in the words of its clause before the figures
        before = c.sentence[: _local(c)[0]]
        opening = [m.end() for m in _CLAUSE_OPENING.finditer(before)]
        words = _WORDS.findall(before[opening[-1] if opening else 0:].lower())
        if _STOCK_WORDS.intersection(words):
            return False  # "outstanding loans as of June 30": a stock of a flow's series
    if c.role == R.SHARE:
        # "the deficit expanded to 4.4 percent of GDP by July": a share names its whole; the
        # part is the clause's subject, before the figure
        start = _local(c)[0]
        words += _WORDS.findall(c.sentence[max(0, start - 80): start].lower())
    flows = _flow_words()
    return any(w in flows or w.endswith("s") and w[:-1] in flows for w in words)


def _from_january(period: str) -> str:
    span = timespan.parse(period)
    if span is not None and span.start == span.end:
        # "trade turnover as of August 15": from the first of January to that day
        return timespan.name(timespan.Span(span.start.replace(month=1, day=1), span.end))
    if span is None or span.months != 1:
        return period
    return timespan.name(timespan.month_span(span.start.year, 1, span.start.year, span.start.month))


def _fiscal_so_far(topic: str, year: str) -> bool:
    """Whether `topic` is the opening months of a fiscal year that ends in calendar `year`
    ('2023-07/2024-04' for 2024): what 'this year' means in a report on it. `year` may be
    any period 'this year' resolved to (a span when the article is read late in a year)."""
    if not year.isdigit():
        return False
    span = timespan.parse(topic)
    return span is not None and span.start.month != 1 and span.end.year == int(year) \
        and span.start.year == span.end.year - 1 and 1 < span.months < 12


def _end_year(period: str) -> int:
    span = timespan.parse(period)
    return span.end.year if span is not None else int(period[:4])


def _part_of_year_after(reference: str, year) -> bool:
    """Whether `reference` is a part (not the whole) of a year that ends in the twelve months
    after `year`: what "against 7,326 million last year" is set against in a report on
    July–February of a fiscal year (whose "last year" is the fiscal year before, or the
    calendar year before the one February falls in): those months a year earlier."""
    ref = timespan.parse(reference)
    if ref is None or year is None or year.months != 12 or not ref.months < 12:
        return False
    after = timespan.parse(shift(timespan.name(year), "year", 1) or "")
    return after is not None and after.start <= ref.end <= after.end


def _year_so_far(topic: str) -> Optional[str]:
    """January to the end of the part of the year `topic` names, if the year is not over."""
    span = timespan.parse(topic)
    if span is None or span.start.year != span.end.year or span.end.month == 12 or span.end.month < 2:
        return None
    if span.start.month != 1 and span.months > 1:
        return None  # "April-June": a quarter, not a year to date
    return timespan.name(timespan.month_span(span.end.year, 1, span.end.year, span.end.month))


_SUB_YEAR = lazy(r"\d{4}-(?:\d{2}|Q[1-4]|H[12])(?:/\d{4}-\d{2})?|\d{4}-\d{2}-\d{2}/\d{4}-\d{2}-\d{2}")  # a part of a year, of months or days
_ALTERNATIVE = lazy(r"\s*(?:,\s*)?(?:or|\(|,)\s*(?:about\s+|around\s+|some\s+)?$", re.I)
_RESTATED_IN_BRACKET = lazy(r"\s*,?\s*" + _RESTATING + r"\s*(?:about\s+|around\s+|some\s+)?", re.I)


# "compared to 138.6 million kg at $5.57 per kg last year": the price or worth of the
# quantity on the other side is on that side too
_PRICED_AT = lazy(r"\s*,?\s*(?:at|worth|valued\s+at)\s+(?:an?\s+(?:average\s+)?(?:price\s+)?of\s+)?", re.I)


def _compared_sides(claims: list[Claim], sentence: str) -> set[int]:
    """Indexes of the claims on the other side of a comparison: 'from $173 million or 12
    cents a share a year ago' (a figure restated in other terms stays on its side)."""
    out: set[int] = set()
    for k, c in enumerate(claims):
        s = _local(c)[0]
        if compared_before(sentence[:s][-40:]) or (
                k - 1 in out and (_ALTERNATIVE.fullmatch(sentence[_local(claims[k - 1])[1]: s])
                                  or _PRICED_AT.fullmatch(sentence, _local(claims[k - 1])[1], s))):
            out.add(k)
    return out


def _within(inner: TimeExpr, outer: TimeExpr) -> bool:
    a, b = inner.span, outer.span
    return a is not None and b is not None and a != b and b.start <= a.start and a.end <= b.end


def _words_between_figures(sentence: str, a: int, b: int, claims: list[Claim]) -> list[str]:
    """The words from a to b outside the figures' own surfaces: in "238,000 arrivals and
    640,000 overnight stays in January", 'stays' is the noun a figure counts, no verb."""
    words = []
    for m in _WORDS.finditer(sentence, a, b):
        if not any(_local(c)[0] <= m.start() and m.end() <= _local(c)[1] for c in claims):
            words.append(m.group(0))
    return words


def _finite(word: str) -> bool:
    """A verb that makes a clause of its own ('were released', 'rose'), not a participle
    inside a noun phrase ('more people finding work in Q2')."""
    return grammar.is_verbal(word) and not word.lower().endswith("ing")


def _timeless(c: Claim, sentence: str) -> bool:
    if c.kind == K.ORDINAL and c.context.get("ordinal_role") == "rank":
        start, end = _local(c)
        return bool(_EPITHET_OWNER.search(sentence, 0, start) or _WORLD_RANKING.match(sentence, start, end + 40))
    return c.kind in (K.ORDINAL, K.DURATION, K.YEAR_RANGE, K.MULTIPLIER)


# "ranked 3rd worldwide", "third on the world rankings": a place in an outside league table,
# dated by the table, not by the text's figures
_WORLD_RANKING = lazy(r"\S+(?:\s+[a-z]+){0,2}?\s+(?:worldwide|globally|in\s+the\s+world|"
                      r"(?:on|in)\s+(?:the\s+)?(?:world|global)\s+(?:rankings?|league|table|index))\b", re.I)
# A rank is a position among the figures of the time the text is about ("France ranked
# second", "Porec was third with 3.5 million bed nights") and takes that time as they do; an
# owner's epithet ("Africa's fourth-largest economy", "its second largest trading partner")
# names the owner in passing, at no time. Event counts and anniversaries keep no inherited year.
_EPITHET_OWNER = lazy(r"(?:\b(?!(?:it|that|there|what|here|he|she)['’])\w+['’]s?|\b(?:its|their|his|her|our|my|your))"
                      r"\s+(?:former\s+|new\s+|current\s+)?$", re.I)


def _compared(c: Claim) -> bool:
    """Claims that have a base: changes, growths, shares of a baseline."""
    return bool(c.context.get("change")) or c.role in (R.CHANGE, R.GROWTH) \
        or bool(c.context.get("baseline_period"))


# The other side of a comparison may be a plan, not an earlier time: "11.5% below the
# initial budget", "$492.7 million up from the budget estimate", "38.2% higher than the
# target", "36 million less than anticipated", "surpassing the estimate by 4.5%". Such a
# change has no base period (a plan dated to another year, "the 2018 approved budget",
# "the $219 million budget for FY2020", is an earlier time and keeps it; "budget deficit" is
# no plan).
# ("down 644 million from monthly targets", "exceeded the state's forecast by": a plan's
# frequency or owner may premodify it)
_PLAN_NOUN = (r"(?:the\s+|its\s+|their\s+|what\s+(?:was|had\s+been)\s+)?(?:(?:initial|original|approved|revised|earlier|previous|"
              r"official|[A-Za-z]+['’]s|budgeted|planned|projected|forecast|estimated|budget|monthly|quarterly|annual|yearly|full-year)\s+)*"
              r"(?:budget(?:ed)?|estimates?|targets?|projections?|forecasts?|plan|(?:figure|amount|sum)\s+(?:estimated|budgeted|projected|planned)"
              r"|anticipated|expected|planned|projected|predicted|estimated)\b"
              r"(?!\s+(?:deficit|surplus|balance|gap|shortfall|year|period)\b|['’]s|\s+(?:for|of)\s+(?:the\s+)?(?:FY|fiscal|financial|[12]\d{3}))")
_PLAN_COMPARATOR = (r"(?:than|compared\s+(?:to|with)|in\s+comparison\s+(?:to|with)|from|over|above|below|in\s+excess\s+of|"
                    r"short\s+of|against|versus|vs\.?|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|beat(?:s|ing)?|miss(?:es|ed|ing)?|"
                    r"overshot|undershot)")
# every plan noun holds one of these: a sentence without any is compared with no plan
# (most are, and both patterns below are costly to try at each position)
_PLAN_WORDS = ("budget", "estimat", "target", "project", "forecast", "plan", "anticipat", "expect", "predict")
# after the figure: a restatement ("or 18%", "(11.2%)", "i.e. EUR 414.6 million") and a
# comparative or a verb of being may stand between
_PLAN_AFTER = triggered(lazy(r"(?:\s*,?\s*(?:or|i\.\s?e\.?|\()\s*[^\s\d()]{0,4}\s?[\d.,]+\s?(?:%|per\s?cent|percent|[A-Za-z$€£]+(?:\s+[A-Za-z]+)?)?\s*\)?)?"
                   r"\s*,?\s*(?:(?:higher|lower|more|less|fewer|greater|up|down|above|below)\s+)?(?:[a-z]+ed\s+)?"
                   # "a 35% increase from the original forecast": the noun of change between
                   r"(?:(?:increase|rise|decrease|decline|drop|fall|reduction|gain|growth|jump|shortfall|overrun)\s+)?"
                   + _PLAN_COMPARATOR + r"\s+" + _PLAN_NOUN, re.I), _PLAN_WORDS)
# before it: "exceeded budget levels by over", "compared to the initial budget of 3.9 billion,
# representing a decrease of"
_PLAN_BEFORE = triggered(lazy(r"\b" + _PLAN_COMPARATOR + r"\s+" + _PLAN_NOUN + r"(?:\s+(?:levels?|figures?|outturn))?"
                    r"(?:\s+of\s+[^\s\d]{0,4}\s?[\d.,]+(?:\s+[A-Za-z]+){0,3}?)?(?:\s+for\s+(?:the\s+)?(?:FY|fiscal|financial\s+year)?\s?[\d/-]{4,9})?"
                    r"(?:\s*,?\s*(?:representing|resulting\s+in|amounting\s+to|i\.\s?e\.|that\s+is)\s+(?:an?\s+)?(?:[a-z]+\s+){0,2}?(?:of\s+)?"
                    r"|\s+by\s+)(?:over\s+|about\s+|around\s+|nearly\s+|some\s+|just\s+|almost\s+|more\s+than\s+)?[^\s\d]{0,4}\s?$", re.I), _PLAN_WORDS)


def _against_plan(c: Claim, sentence: str, exprs: list[TimeExpr]) -> bool:
    s, e_ = _local(c)
    m = _PLAN_AFTER.match(sentence, e_)
    if m is None:
        m = _PLAN_BEFORE.search(sentence, max(0, s - 120), s)
    # a time inside the comparison dates the plan's year ("the 2018 approved budget"), unless
    # it is the figure's own ("the projection of 130,000 visitors for fiscal 2022 by 83,000")
    return m is not None and not any(m.start() <= x.start < m.end() and x.period != c.period for x in exprs)


_PREMODIFIED_CHANGE = lazy(r"\s*(?:increase|rise|growth|gain|jump|surge|decline|decrease|drop|fall|contraction|expansion|change)\s+"
                          r"(?:of|by)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|over\s+|more\s+than\s+)?", re.I)


def _names_base(exprs: list[TimeExpr], period: str) -> bool:
    """The sentence names `period` itself, not by a word relative to now, as a base."""
    return any(x.base and x.span is not None and "deictic" not in x.tags and x.period == period for x in exprs)


_OR_BETWEEN = lazy(r"\s*,?\s*or\s+")


def _restates(claims: list[Claim], k: int, at: int, sentence: str) -> bool:
    """Claim k restates the figure right before it, which stands at `at`: "a monthly growth
    of 1.5 percent or 585 million euros"."""
    if k == 0 or _local(claims[k - 1])[0] != at:
        return False
    return bool(_OR_BETWEEN.fullmatch(sentence, _local(claims[k - 1])[1], _local(claims[k])[0]))


def _base(k: int, c: Claim, claims: list[Claim], sentence: str, exprs: list[TimeExpr], spans, attached: dict[int, int],
          own_expr: dict[int, int]) -> Optional[str]:
    if c.context.get("baseline_period") and not exprs:
        return c.context["baseline_period"]
    s, e_ = _local(c)
    clause = grammar.clause_of(spans, s)
    period = c.period

    def resolved(i: int) -> Optional[str]:
        x = exprs[i]
        if "year_end" in x.tags:
            # the last reading of that year: December
            year = x.span.end.year if x.span is not None else int(period[:4]) - 1 if period else None
            return f"{year}-12" if year else None
        if x.shift and x.shift[0] == "to_year":
            from factcheck.timespan import shift_years
            if period is None:
                return str(x.shift[1])
            return shift_years(period, x.shift[1] - int(period[:4]))
        return x.resolve(period)

    bases = [i for i, x in enumerate(exprs) if (x.base or "rate" in x.tags) and i not in attached]
    # 0. a base premodifying the noun of change that governs the number: "a month-on-month
    # increase of 5.3 percent and a year-on-year growth of 12.3 percent"
    premodifying = {i for i in bases if _PREMODIFIED_CHANGE.match(sentence, exprs[i].end)}
    for i in premodifying:
        m = _PREMODIFIED_CHANGE.match(sentence, exprs[i].end)
        if m.end() == s or _restates(claims, k, m.end(), sentence):
            r = resolved(i)
            if r:
                return r
    # 1. a base in the number's own clause, the nearest after it first (one that premodifies
    # a later number's noun of change is that number's)
    same = [i for i in bases if grammar.clause_of(spans, exprs[i].start) == clause]
    after = [i for i in same if exprs[i].start >= e_ and i not in premodifying]
    # … unless the figure right after the number is the other side, dated by its own time:
    # "29.3 percent higher than February's $1.56 billion and 8.5 percent higher than … last
    # year": February is the base of the first, 'last year' of the second
    nxt = k + 1
    own = [i for i, k2 in attached.items() if k2 == nxt]
    if own and (c.kind == K.PERCENT or claims[nxt].unit == c.unit):
        # (the other side's possessive time stands before it: "than February's $1.56 billion")
        start = min(_local(claims[nxt])[0], exprs[own[0]].start)
        r = resolved(own[0]) if compared_before(sentence[:start][-40:]) \
            and not any(e_ <= exprs[i].start < start for i in after) else None
        if r and r != period:
            return r
    # (of those before it, the nearest: "a monthly growth of 1.5 percent or 585 million euros
    # and an annual growth of 1.4 percent or 546 million euros")
    before = sorted((i for i in same if exprs[i].start < s), key=lambda i: -exprs[i].start)
    for i in after + before + [i for i in same if i not in after and i not in before]:
        r = resolved(i)
        if r:
            return r
    # 2. the period of the other side of a comparison: "from $70.8 billion in August"
    for i, k2 in sorted(attached.items(), key=lambda kv: abs(_local(claims[kv[1]])[0] - s)):
        other = claims[k2]
        if other is c or other.unit != c.unit and c.kind != K.PERCENT:
            continue
        if compared_before(sentence[: _local(other)[0]][-40:]):
            r = resolved(i)
            if r and r != period:
                return r
    # 3. a base elsewhere in the sentence (the main clause's "from a year earlier")
    for i in bases:
        r = resolved(i)
        if r:
            return r
    # 4. a change across a range of years: "between 2019 and 2023"
    if k in own_expr and exprs[own_expr[k]].range_from is not None:
        from factcheck.timespan import name
        return name(exprs[own_expr[k]].range_from)
    return c.context.get("baseline_period")


# "The deficit is expected to rise to £125m by 2019": a forecast's year is not what the
# sentences after it report (the month "May" is no modal: the pattern is case-sensitive there)
_FORECAST_BEFORE = lazy(r"\b(?:(?i:" + "|".join((*grammar.FORECAST_PARTICIPLES, "predicted", "set", "due"))
                        + r")\s+to|(?i:will|would|could|might)"
                        r"|[Mm]ay\s+(?:be|reach|rise|fall|grow|increase|decline|climb|drop|top|exceed))\b[^.;:]*$")


def _forecast_deadline(c: Claim) -> bool:
    """A forecast figure dated by the year it is due by ("expected to rise to £125m by 2019"):
    a budget's "will amount to" for the year it is about still dates what follows."""
    return bool(c.period and c.period[:4].isdigit() and _FORECAST_BEFORE.search(c.sentence[: _local(c)[0]][-60:])
                and re.search(r"\bby\s+(?:the\s+end\s+of\s+)?(?:FY\s*)?" + c.period[:4], c.sentence))


def sentence_period(claims: list[Claim], exprs: list[TimeExpr]) -> Optional[str]:
    """The period a sentence is about, for the sentences after it: the latest own (not
    inherited) period of its flows and levels ("from $4.8 billion in May to $5.0 billion
    in June" is about June), leaving out the other side of a comparison; else its first
    absolute expression that is not a base."""
    from factcheck.timespan import parse

    own = [c.period for c in claims if c.period and not c.context.get("period_inherited") and c.kind in PERIODIC_KINDS | {K.COUNT}
           and not c.context.get("period_irrealis") and not c.context.get("prior") and not c.context.get("compared_side")
           and not compared_before(c.sentence[: _local(c)[0]][-40:])
           and not _forecast_deadline(c)]
    spans = [(parse(p), p) for p in own if parse(p)]
    # "40 percent higher in August …, registering $1.7 billion this year": a year that holds
    # the sentence's month restates it; the sentence is about the month
    spans = [sp for sp in spans if not (sp[0].months == 12 and any(o[0].months < 12 and sp[0].start <= o[0].start
                                                                   and o[0].end <= sp[0].end for o in spans))]
    if spans:
        return max(spans, key=lambda sp: (sp[0].end, -sp[0].months))[1]
    if any(c.kind in PERIODIC_KINDS | {K.COUNT} for c in claims):
        return None  # its figures took the period of the text before, or are the other side of a comparison
    named = [e for e in exprs if e.span and not e.base and not e.tags & {"rate", "irrealis", "release", "aside"}]
    # "the evolution of 2022 … in the first six months of this year": the narrower span the
    # sentence names inside a year it also names is what it is about
    inner = [e for e in named if any(o is not e and o.span.months == 12 and o.span.start <= e.span.start
                                     and e.span.end <= o.span.end and e.span.months < 12 for o in named)]
    return (inner or named)[0].period if named else None


_CATAPHORA_REACH = 1000  # characters: a headline or a list of key points, not a story's opening scene
_PRESENT = lazy(r"\b(?:now|currently|at\s+present|today|these\s+days)\b", re.I)


def cataphora(claims: list[Claim], main_period: Optional[str], main_at: int = 0, today: Optional[str] = None) -> None:
    """Figures stated just before the article names any time (a headline, 'Key
    statistics', a lead that says the period only in its next sentence) are about the
    period the article is about: its first stated one (at offset `main_at`), unless that is
    still to come (a projection is no headline's time: "rates unchanged at 4.50%" above
    "inflation of 1.9% in 2026") or the figure is said of the present ("now hold over 40
    percent")."""
    from factcheck.timespan import parse

    if not main_period:
        return
    span, now = parse(main_period), parse(today) if today else None
    if span is None or now is not None and span.start > now.end:
        return
    for c in claims:
        if c.context.pop("period_ahead", None) and c.period is None and c.span[0] >= main_at - _CATAPHORA_REACH \
                and not _PRESENT.search(c.sentence):
            c.period = main_period
            c.context["period_inherited"] = True


# "he set out his first Budget this morning", "the Finance Minister delivered the budget", "in
# his Budget speech": a budget presented (not a budget deficit or balance reported)
_PRESENTS_BUDGET = triggered(lazy(r"\b(?:set(?:s|ting)?\s+out|deliver(?:s|ed|ing)?|present(?:s|ed|ing)?|unveil(?:s|ed|ing)?|"
                                  r"hand(?:s|ed|ing)?\s+down|tabl(?:es|ed|ing))\s+(?:(?:his|her|their|its|the|a)\s+)?"
                                  r"(?:(?:first|maiden|new|annual|national)\s+)?budget\b(?!\s+(?:deficit|surplus|balance|outturn|figures)\b)"
                                  r"|\bbudget\s+(?:speech|statement|address)\b", re.I), ("budget", "Budget"))


def budget_year(claims: list[Claim], text: str, calendar, today) -> None:
    """An article on a budget being presented that names no time at all: its figures are
    the plan for the fiscal year that opens next (Isle of Man, 17 February: April to March;
    Kenya, June: the year from July). Only a calendar whose year does not start in January
    says so: a budget for a calendar year may as well be a mid-year revision."""
    if calendar is None or calendar.first_month == 1 or today is None or not _PRESENTS_BUDGET.search(text):
        return
    first = today.year if today.month <= calendar.first_month else today.year + 1
    period = timespan.name(calendar.year_of(first))
    for c in claims:
        if c.context.pop("period_ahead", None) and c.period is None:
            c.period = period
            c.context["period_inherited"] = True


_PLAN_TITLE = lazy(r"\b(?:budget|(?:financial|fiscal|spending|revenue)\s+plan|estimates|appropriations?)\b", re.I)


def plan_year(heading: str, exprs: list[TimeExpr], today) -> Optional[str]:
    """The year a heading names a plan for ("Financial Plan 2019", "Budget 2025 Estimates"),
    when that year is still to come at the article's date: what the figures below are for."""
    if today is None or not _PLAN_TITLE.search(heading):
        return None
    return next((e.period for e in exprs if e.span is not None and e.span.months == 12 and e.span.start > today), None)


def implied_bases(claims: list[Claim]) -> None:
    """A change or growth whose text states no base is measured against the base the
    article uses where it does state one (its convention: year on year, or on the
    previous period); in an article that never says, a month against the one before (the
    change since the last reading), a quarter as _quarter_way reads it, a year or a span
    within a year against the same span a year earlier."""
    from factcheck.timespan import parse

    stated = {"year": 0, "previous": 0}
    for c in claims:
        if c.base_period and c.period and not c.context.get("base_implied"):
            if c.base_period == shift(c.period, "year", -1):
                stated["year"] += 1
            elif c.base_period == shift(c.period, "period", -1):
                stated["previous"] += 1
    convention = None
    if stated["year"] != stated["previous"]:
        convention = "year" if stated["year"] > stated["previous"] else "previous"
    # a base said once for a paragraph ("Year-over-year, the deficit increased $5.1 billion
    # from January 2016. Exports increased $13.3 billion.") holds for the changes after it
    local_way: Optional[str] = None
    paragraph = None
    for c in claims:
        if c.context.get("paragraph") != paragraph:
            paragraph, local_way = c.context.get("paragraph"), None
        if c.base_period and c.period and not c.context.get("base_implied"):
            local_way = "year" if c.base_period == shift(c.period, "year", -1) else \
                "previous" if c.base_period == shift(c.period, "period", -1) else local_way
            continue
        if c.base_period or not c.period or c.role not in (R.GROWTH, R.CHANGE) or c.context.get("base_plan") \
                or c.context.get("over_span"):
            continue
        span = parse(c.period)
        if span is None:
            continue
        way = local_way or convention or (_quarter_way(c, claims) if _calendar_quarter(span) else _default_way(span))
        if span.months not in (1, 3):
            way = "year"  # a year so far, a half or a season: the same span a year before, whatever the months do
        c.base_period = shift(c.period, "year" if way == "year" else "period", -1)
        c.context["base_implied"] = True
    _date_comparands(claims, convention)


def _default_way(span) -> str:
    """With no convention: a month or calendar quarter against the one before; a season
    ("this summer") or any other span against the same span a year earlier."""
    sequential = span.months == 1 or span.months == 3 and span.start.month % 3 == 1
    return "previous" if sequential else "year"


def _calendar_quarter(span) -> bool:
    return span.months == 3 and span.start.month % 3 == 1


# words that make a quarter's change sequential: "quarterly growth", "quarter-on-quarter",
# "q/q", "from the previous quarter", "seasonally adjusted"
_SEQUENTIAL = lazy(r"\b(?:quarter[-\s]+(?:on|over|to)[-\s]+quarter|q/q|qoq|sequential(?:ly)?|seasonally[-\s]+adjusted|"
                   r"quarterly\s+(?:growth|increase|rise|gain|decline|decrease|fall|drop|change|contraction|expansion)|"
                   r"(?:previous|preceding|prior)\s+quarter)\b", re.I)


def _quarter_way(c: Claim, claims: list[Claim]) -> str:
    """A calendar quarter's change with no stated base: on the quarter before if its words
    say so ("quarterly growth", "q/q"), else the way of the first figure the article dates
    the quarter before or the same quarter a year earlier (the other side it names, as in
    "a deficit of $456.6 million, narrower than $610.3 million for the last quarter of
    2021"), else year on year, as statistics offices and the press mostly report quarters."""
    if _SEQUENTIAL.search(c.sentence):
        return "previous"
    before, year_ago = shift(c.period, "period", -1), shift(c.period, "year", -1)
    for o in claims:
        if o.period == before and o.period != year_ago:
            return "previous"
        if o.period == year_ago:
            return "year"
    return "year"


def _date_comparands(claims: list[Claim], convention: Optional[str]) -> None:
    """An undated level set against another (see _undated_comparands) is the base's: the
    period its sentence's changes are measured from, else the article's convention."""
    for c in claims:
        if not c.context.pop("undated_comparand", None):
            continue
        same = [o for o in claims if o.context.get("sentence_start") == c.context.get("sentence_start") and o.base_period
                and o.period == c.period]
        bases = {o.base_period for o in same}
        if len(bases) == 1:
            base = next(iter(bases))
        else:
            span = timespan.parse(c.period)
            if span is None:
                continue
            way = convention or _default_way(span)
            base = shift(c.period, "year" if way == "year" else "period", -1)
        if base:
            c.period = base
            c.context.pop("period_inherited", None)
