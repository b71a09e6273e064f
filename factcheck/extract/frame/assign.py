"""The period of each figure of a sentence and what it is compared against (`assign_time`):
a time right after a figure is its own, else the nearest own expression in its clause or an
earlier one, else the text's period for flows and rates; bases are never periods. Pure: no I/O.
"""

from __future__ import annotations

import re
from typing import Optional

from factcheck import timespan
from factcheck.extract import grammar
from factcheck.extract.respectively import figures_named_before, paired_times
from factcheck.extract.periods import MEASURING_VERBS, MONTH_END_NAMES, TimeExpr, shift
from factcheck.extract.kinds import K, R
from factcheck.models import Claim
from factcheck.extract.patterns import CLOSE_BRACKET, lazy, triggered
from factcheck.extract.frame.positions import PERIODIC_KINDS, _brackets, _finite, claim_span, _within, _words_between_figures, compared_before
from factcheck.extract.vocabulary import LETTERS
from factcheck.extract.frame.topic import _IRREALIS, _OUTLOOK, _anaphor_reference, _calendar_year_to, _continue_year_to_date, _end_of_year_base, _end_year, _counted_in_fiscal_year, _fiscal_so_far, _fiscal_year_so_far, _from_january, _month_closing_span, _part_before_years, _parts_named_by_their_years, _part_of_year_after, _same_month_earlier, _this_year_against_a_month, _under_review, part_of_running_year, _years_of_the_same_period, _year_so_far, flow_year, forecast_of, forecast_year
from factcheck.extract.frame.comparisons import _ALTERNATIVE, _PRICED_AT, _STATED_ROLES, _against_plan, _base, _changes_of_antecedents, _compared, _compared_sides, _counted_over_time, _from_levels, _held_at_a_day, _levels_reached_within, _names_base, _range_ends, _shares_of_dated_wholes, _shares_of_earlier_levels, _timeless, _undated_comparands, _bracketed_comparands


# A time expression that follows a number directly is the number's own.
# ("the 11.07 million seen in 2018", "the 8.37 million who visited in 2018": a participle or
# a relative clause between them still dates the figure)
_ATTACHED_GAP = lazy(r"\s*\)?\s*,?\s*"
                           # "KD 12.12 billion in revenues recorded within …": the money's own noun
                           # before the participle that dates it
                           r"(?:in\s+(?!(?:the|a|an|this|that|its|their)\b)[a-z]+(?:\s+[a-z]+)?\s+(?=[a-z]{3,}ed\s+(?:in|during|for|over|throughout|within)\s))?"
                           # "remittances of US$ 437.5 million being recorded in January": the
                           # participle's passive "being" or "having been" changes nothing
                           r"(?:(?:being|having\s+been)\s+(?=[a-z]{3,}(?:ed|en|wn)\s))?"
                           r"(?:(?:seen|recorded|reported|registered|posted|logged|achieved|observed|measured|booked|tallied|(?:who|that|which)\s+[a-z]+ed"
                           # "the 201,000 tonnes exported in the same period of 2020": a participle of the figure's own
                           # verb (not of its publication: "released on January 31, 2018")
                           r"|(?!(?:released|published|announced|issued|updated|revised|estimated)\b)[a-z]{3,}ed(?=\s+(?:in|during|for|over|throughout|within)\s)"
                           # "the 455,000 who came ashore in 2019": an irregular past of coming and going
                           r"|(?:who|that|which)\s+(?:came|went|left|flew|spent)(?:\s+(?:ashore|here|there|home|abroad|back))?"
                           # "the 815,898 visiting during the same period": a participle of the figure
                           r"|(?:visiting|arriving|travelling|traveling|entering|leaving|employed|working|living)"
                           # "the 165,000 jobs the economy added in April": a reduced relative clause
                           r"|(?:(?:that|which)\s+)?(?:the|its|their)\s+(?:(?!and\b|or\b|to\b)[A-Za-z.]+\s+){0,3}?[a-z]+ed)\s+)?"
                           r"(?:(?:in|during|for|at|as\s+of|by|on|over|through|throughout|within)\s+)?(?:(?:the\s+)?(?:whole|all|entirety)\s+of\s+)?"
                           r"(?:the\s+(?:same\s+)?period\s+(?:of\s+)?)?"
                           r"(?:(?:the\s+)?(?:end|close|middle|start)\s+of\s+)?(?:the\s+)?", re.I)
# "rose $5.6 billion to $103.1 billion": the level a change reached
# "over the refunds of Rs 2,23,658 crore (Rs 2.24 lakh crore)": a figure named, by a noun,
# as the other side of a comparison
_COMPARED_NOUN_OF = lazy(r"\b(?:over|than|compared\s+(?:with|to)|against|versus)\s+(?:the|its|their|an?)\s+(?:[a-z]+\s+){1,2}of\s+[^;:]{0,40}$", re.I)
# "from BND376.9 million (February 2017)", "the same period of 2023 ($633.4 million)": a
# figure and a time, one restating the other in brackets
_OPEN_BRACKET = lazy(r"\s*\(\s*(?:about\s+|around\s+|nearly\s+|some\s+)?")
# "the same period of 2021 (251.4 trillion soums, or $23 billion)": the figure bracketed after a
# time may be restated in another unit before the bracket closes
# "(PLN 104.0 billion, which is 16.6% of the plan)": a bracket may go on to say what the figure is
_RESTATING = r"(?:or|i\.e\.|which\s+(?:is|was|represents|represented))"  # the words that restate a figure
_CLOSE_RESTATED = lazy(r"\s*(?:,?\s*" + _RESTATING + r"\s+[^()\d]{0,6}\d[^();]{0,30})?\)", re.I)
# "than February's total of HK$33.1 billion": a possessive period owns the figure it names
# ("2022's USD 61.5 billion", "last year's Dh584 billion": or the possessive stands right before it)
_POSSESSIVE_OF = lazy(r"['’]s\s+(?:(?:[a-z]+\s+){0,3}?(?:of|at|was|were|stood\s+at)\s+)?(?:about\s+|around\s+|nearly\s+)?$", re.I)
_LABELLED_NOUN = lazy(r"\b(?!(?:figures|data|statistics|report|survey|bulletin|release|estimates?|census|study|edition|publication)\b)"
                      r"[a-z]{3,}\s*$", re.I)
# "against a $9.43 billion deficit in the same period of 2015": the figure's head noun
_HEAD_NOUN_GAP = lazy(r"\s+(?!(?:and|or|but|while|to|from)\b)[a-z]+(?:\s+(?!(?:and|or|but|while|to|from)\b)[a-z]+)?\s+(?:in|during|for|over)\s+(?:the\s+)?", re.I)
# "compared to the 2015 same period of 81,520 arrivals": the level a base names
_BASE_OF = lazy(r"\s+(?:of|at)\s+(?:about\s+|around\s+|nearly\s+|some\s+)?", re.I)
# "the September 2017 figure of 2,045", "the 2018 approved budget of EC$10.76 million", "May 2020
# deficit of USD 1.461 billion", "the 2022 record of 3.82 million tons": a time premodifying the
# noun whose amount the figure states (with "of") dates that figure, as a possessive does
_TIME_PREMODIFIED_NOUN_OF = lazy(r"\s+(?:(?!of\b|and\b|or\b|to\b|in\b|for\b|was\b|were\b|is\b)[a-z][\w-]*\s+){0,2}"
                                 r"(?:figures?|values?|levels?|totals?|budgets?|deficits?|surplus(?:es)?|records?|estimates?|amounts?|"
                                 r"numbers?|sums?|balances?|tally|tallies|readings?|outturns?|results?|revenues?|receipts|collections?|"
                                 r"earnings|exports|imports|arrivals|sales)"
                                 r"\s+of\s+(?:about\s+|around\s+|nearly\s+|some\s+|approximately\s+|over\s+|more\s+than\s+)?", re.I)
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
# ("compared to 2019 when it reached only $5.8 billion", "compared to 2019 which stood at
# 27,302": the comma may go unwritten)
# ("the July 2023 to January 2024 period, when collections stood at …": a time noun may
# close the antecedent)
_WHEN_AFTER = lazy(r"(?:\s+(?:period|season|months|quarter|half|year))?\s*(?:\(|,)?\s*(?:when|where|during\s+which|in\s+which)\b[^();:]{0,80}", re.I)
_WHICH_AFTER = lazy(r"\s*(?:,|\s(?:[a-z][\w-]*\s+){1,3}?)?\s*(?:which|that)\s+(?:saw|recorded|registered|posted|stood|was|were|had|showed|reached|"
                   r"totall?ed|amounted)\b[^();:]{0,80}", re.I)
# what a relative clause right after a base may state of it besides a level: a rate or
# growth it "recorded" ("compared to Q1 2018 which recorded real GDP growth of 1.89%"; not
# past a comma: "which recorded N28.4 trillion, representing a growth of 11.80%" is the
# statement's)
_STATED_OF_A_BASE = (R.GROWTH, R.RATE, R.SHARE)
# "the previous record of 754,835, which was set in 2015", "the $3.5 billion that was recorded in
# 2014": a relative clause on the figure that says when it was recorded dates the figure
_DATED_BY_RELATIVE = lazy(r"\s*,?\s*(?:which|that)\s+(?:was|were|had\s+been|has\s+been)\s+(?:[a-z]+ly\s+)?(?:set|recorded|registered|reached|achieved|"
                          r"posted|reported|logged|attained|observed|seen|hit|collected|received)\s+(?:back\s+)?(?:in|during|for|over|on|at)\s+(?:the\s+)?", re.I)
# "the Sh2 trillion profit posted in 2024", "the $11.5 billion recorded in 2024", "KD 9 billion
# spent in the same period last year": a participle of recording, earning or moving goods or
# money that postmodifies the figure (a reduced relative clause, its head noun between them or
# none) says when the figure was counted, as "which was recorded in" does; not a verb of a
# document or a plan ("the forecast of 405 million leva issued last month")
_DATED_BY_PARTICIPLE = lazy(r"\s+(?:(?!(?:and|or|but|while|than|from|to|as|was|were|is|are|has|have|had|which|that|when)\b)[a-z][\w-]*\s+){0,3}?"
                            r"(?:[a-z]+ly\s+)?(?:recorded|registered|reached|achieved|posted|logged|attained|seen|collected|received|"
                            r"earned|generated|exported|imported|shipped|sold|produced|harvested|spent|paid|delivered|transferred|"
                            r"remitted|reali[sz]ed|raised|invested|disbursed|counted|tallied|welcomed|handled|processed|consumed|booked)"
                            r"(?:\s+(?:back|earlier|previously))?\s+(?:(?:in|during|for|over|on|at|throughout|by)\s+)?(?:the\s+)?", re.I)
_WHICH_RIGHT_AFTER = lazy(r"\s*,?\s*(?:which|that)\s+(?:saw|recorded|registered|posted|showed)\b[^();:,]{0,80}", re.I)
# "than $610.3 million for the last quarter of 2021 and $465.7 million during the same
# period last year": a figure coordinated with the other side of a comparison is one too
_COORDINATED_COMPARAND = lazy(r"\b(?:than|compare[sd]?\s+(?:with|to)|against|versus)\s+[^;:()]{0,100}?\d[^;:()]{0,60}\s(?:and|or)\s+"
                              r"(?:about\s+|around\s+|nearly\s+|some\s+)?$", re.I)
# (a participle and its preposition: "contrasting with", "buoyed by"; not a verb of saying
# and its clause, "noting that exports rose from 54.8% in 2016", which often restates the time)
_FIGURED_ADJUNCT = lazy(r",\s*(?:[a-z]+ly\s+)?[a-z]{3,}(?:ing|ed)\s+(?:with|by|on|against|from|in)\s[^,;]*\d")
_PARALLEL = lazy(r"[,\s]*(?:and|while|whereas)\b", re.I)


_POSSESSIVE_AFTER = lazy(r"['’]s?\b")
# a subject and its verb right after a time, or the next figure of a list with its verb left
# out: "…, in 2015 they were", "…, and in 2014 the number was", "…, in 2014 155 million USD"
_SUBJECT_AND_VERB_AFTER = lazy(r",?\s+(?:(?:it|they|these|those|the\s+[a-z]+|[a-z]+)\s+(?:was|were|is|are|stood|amounted|reached|totall?ed"
                               r"|rose|fell|grew|increased|decreased|declined|dropped|climbed)\b|[$€£]?\d)", re.I)
# "surpassing the N7.86 trillion recorded in the corresponding period of 2022": a verb that
# measures against the figure after it; the base that follows dates that figure
_MEASURED_AGAINST = lazy(rf"\b{MEASURING_VERBS}\s+(?:the\s+|its\s+|their\s+)?$", re.I)


_THIS_QUARTER = lazy(r"\bthis\s+quarter$", re.I)
_YEAR_ALONE = lazy(r"(?:19|20)\d\d")  # a year said by its number alone
_SO_FAR = lazy(r"\b(?:so|thus)\s+far\b|\bto\s+date\b", re.I)
_QUARTER = lazy(r"\d{4}-Q[1-4]")
# a year's plan, budget or projection, or a year said whole ("planned to export 42 million tons in
# 2019", "projects a deficit of RO 2.8 billion for the entirety of 2019"): the whole year, even
# while it runs
_WHOLE_YEAR_MEANT = triggered(lazy(r"\b(?:plann?(?:ed|ing|s)?|budget(?:s|ed)?|projects?|projected|projections?|forecast(?:s|ed)?|"
                                   r"estimates?|estimated|targets?|targeted|expects?|expected|goals?|entire(?:ty)?|whole|full|annual)\b", re.I),
                              ("plan", "budget", "project", "forecast", "estimat", "target", "expect", "goal", "entire", "whole", "full", "annual"))


_COORDINATED_AFTER_BRACKET = lazy(r"\s*\)[^;:()]{0,60}\s(?:and|or)\s+(?:about\s+|around\s+|nearly\s+|some\s+)?", re.I)
# a bracket that holds only a signed change: "(+4.1%)", "(-11.5%)"
_SIGNED_ONLY = lazy(r"\(\s*[+\-−–]?\s*")


def _bracketed_against(claims: list[Claim], sentence: str, others: set[int]) -> dict[int, int]:
    """growth or change index → index of the figure on the other side of a comparison right
    before its bracket: "compared to 214,941 visitors (+4.1%) in August 2023" states the
    statement's growth over that figure, and the time after the bracket dates the figure."""
    out: dict[int, int] = {}
    for k, c in enumerate(claims):
        if k == 0 or c.role not in (R.GROWTH, R.CHANGE):
            continue
        (s, e_), (ds, de) = claim_span(c), claim_span(claims[k - 1])
        # "… (+4.1%) in August 2023 and 252,916 visitors (-11.5%) in August 2019": a second
        # figure coordinated with one such is the other side too
        if k - 1 not in others and not (k - 2 in out and _COORDINATED_AFTER_BRACKET.fullmatch(sentence, claim_span(claims[k - 2])[1], ds)):
            continue
        a = sentence.rfind("(", de, s)
        if a < 0 or sentence[de:a].strip() or not _SIGNED_ONLY.fullmatch(sentence, a, s) or not CLOSE_BRACKET.match(sentence, e_):
            continue
        out[k] = k - 1
    return out


def _attachments(claims: list[Claim], sentence: str, exprs: list[TimeExpr], against: Optional[dict[int, int]] = None) -> dict[int, int]:
    """expression index → index of the claim it directly follows (or, as a possessive
    'February's total of', directly precedes); a change bracketed after the other side of a
    comparison (`against`) passes the time after it on to that figure."""
    out: dict[int, int] = {}
    for i, e in enumerate(exprs):
        if "rate" in e.tags:
            continue
        after = [(k, c) for k, c in enumerate(claims) if claim_span(c)[0] >= e.end]
        if after:
            k, c = min(after, key=lambda kc: claim_span(kc[1])[0])
            if _POSSESSIVE_OF.fullmatch(sentence[e.end: claim_span(c)[0]]) \
                    or _OPEN_BRACKET.fullmatch(sentence, e.end, claim_span(c)[0]) and _CLOSE_RESTATED.match(sentence, claim_span(c)[1]) \
                    and not (e.base and c.role in (R.GROWTH, R.CHANGE)) \
                    or e.base and c.role == R.LEVEL and _BASE_OF.fullmatch(sentence, e.end, claim_span(c)[0]):
                out[i] = k
                continue
            # (the figure a from–to pair opens, "over the September 2017 figure of 2,045 to 10,248
            # arrivals", is dated with its pair)
            if c.role in _STATED_ROLES and e.span is not None and not c.context.get("pair") \
                    and _TIME_PREMODIFIED_NOUN_OF.fullmatch(sentence, e.end, claim_span(c)[0]):
                out[i] = k
                if e.base:
                    # a base still: "Compared to May 2020 deficit of USD 1.461 billion, the trade
                    # numbers deteriorated by 149.49 percent" measures the change against it
                    e.tags = e.tags | {"premodifies_figure"}
                continue
        before = [(k, c) for k, c in enumerate(claims) if claim_span(c)[1] <= e.start]
        if before and _looks_back(e):
            k, c = max(before, key=lambda kc: claim_span(kc[1])[1])
            if c.role in _STATED_ROLES and _OWN_EARLIER_TIME_GAP.fullmatch(sentence, claim_span(c)[1], e.start) \
                    and not _COMPARING_WORD.search(sentence, claim_span(c)[1], e.start):
                # "a low of 16,061 units a year earlier", "$19.6 billion of the same period of last
                # year", "the 6.6 million produced a year earlier": a time that looks back from the
                # statement, right after a figure and its noun, can only be that figure's own (it
                # is no anchor for the statement, which it is counted back from)
                out[i] = k
                continue
        if e.base:
            # "compared to Dh69 billion from the first half of 2012": the level on the other
            # side of a comparison is dated by the base that follows it
            if before:
                k, c = max(before, key=lambda kc: claim_span(kc[1])[1])
                gap = sentence[claim_span(c)[1]: e.start]
                # (a rate or share stated on the other side is dated as a level is: "down from the
                # 65.2 percent participation rate in July 2022")
                if (c.role in _STATED_ROLES and (_FROM_GAP.fullmatch(gap) or _HEAD_NOUN_GAP.fullmatch(gap)) or _ATTACHED_GAP.fullmatch(gap)
                        or _PARTICIPLE_GAP.fullmatch(gap)) \
                        and (compared_before(sentence[: claim_span(c)[0]][-40:])
                             or _MEASURED_AGAINST.search(sentence, max(0, claim_span(c)[0] - 40), claim_span(c)[0])
                             or _COMPARED_NOUN_OF.search(sentence, max(0, claim_span(c)[0] - 80), claim_span(c)[0])
                             or c.role == R.LEVEL and _COORDINATED_COMPARAND.search(sentence, max(0, claim_span(c)[0] - 180), claim_span(c)[0])) \
                        or _OPEN_BRACKET.fullmatch(gap) and CLOSE_BRACKET.match(sentence, e.end):
                    # "… from 8.5 million in January–June 2017 to …": that figure's own period
                    out[i] = k
            continue  # "97.2 percent of 2019 levels": 2019 is the base, not the share's period
        if not before or _POSSESSIVE_AFTER.match(sentence, e.end):
            continue  # "…, this year's trade volume": a possessive time determines what follows it
        k, c = max(before, key=lambda kc: claim_span(kc[1])[1])
        gap = sentence[claim_span(c)[1]: e.start]
        if against and k in against and _ATTACHED_GAP.fullmatch(gap):
            out[i] = against[k]  # "214,941 visitors (+4.1%) in August 2023": the level's time
            continue
        if "," in gap and _SUBJECT_AND_VERB_AFTER.match(sentence, e.end):
            continue  # "comprised 896 million USD, in 2015 they were 1 billion": the time opens the next clause
        if _ATTACHED_GAP.fullmatch(gap) or _PARTICIPLE_GAP.fullmatch(gap) \
                and _COMPARED_NOUN_OF.search(sentence, max(0, claim_span(c)[0] - 80), claim_span(c)[0]) \
                or _OPEN_BRACKET.fullmatch(gap) and CLOSE_BRACKET.match(sentence, e.end):
            # "an increase of 37.42 percent over the refunds of Rs 2.24 lakh crore issued in
            # FY 2021-22": the other side of a comparison, dated by its own participle
            out[i] = k
    return out


# a bracket that opens with a figure: "(US$4.47 billion and …", "(about 8.66 days, …"
_OPENS_WITH_FIGURE = lazy(r"\(\s*(?:about\s+|around\s+|nearly\s+|some\s+|approximately\s+)?", re.I)


def _bracket_after_base(s: int, e_: int, sentence: str, exprs: list[TimeExpr], brackets: list[tuple[int, int]],
                        claims: list[Claim]) -> Optional[int]:
    """The base expression right before a bracket that opens with a figure and holds the figure
    at s–e_ (a change or growth there compares the two sides: "compared to 2011 (by 36%)")."""
    for a, b in brackets:
        if a < s and e_ < b:
            first = min(claim_span(d)[0] for d in claims if a < claim_span(d)[0] < b)
            if not _OPENS_WITH_FIGURE.fullmatch(sentence, a, first):
                return None
            return next((i for i, x in enumerate(exprs) if x.base and x.end <= a and not sentence[x.end: a].strip()), None)
    return None


def _other_count_of_its_measure(c: Claim, d: Claim) -> bool:
    """'13,313 tourists (10,149 tourists in 2015)': a second figure of the same unit and
    another value, which a bracket dates, is the other side of a comparison, no restatement
    of the first in another unit ('$173 million (12 cents a share) a year ago')."""
    return c.unit is not None and c.unit == d.unit and c.kind == d.kind and c.value != d.value


_DETERMINER_BEFORE = lazy(r"\b(?:a|an|the|its|their|this|that)\s+$", re.I)
_NEXT_WORD = lazy(r"\s+[A-Za-z]")


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
    _counted_in_fiscal_year(exprs, topic, sentence)
    _calendar_year_to(exprs)
    _same_month_earlier(exprs, topic, sentence)
    _years_of_the_same_period(exprs, topic, sentence)
    _this_year_against_a_month(exprs, sentence)
    _parts_named_by_their_years(exprs, topic, sentence, today)
    _part_before_years(exprs, sentence)
    against = _bracketed_against(claims, sentence, _compared_sides(claims, sentence)) if "(" in sentence else {}
    attached = _attachments(claims, sentence, exprs, against)
    # "$3.1 billion and $3.4 billion in 2020 and 2021, respectively": the lists pair in order,
    # whatever time stands right after a figure, and each time is its figure's own
    respective = paired_times(claims, sentence, exprs)
    if respective:
        attached = {i: k for i, k in attached.items() if k not in respective and i not in respective.values()}
        attached.update({i: k for k, i in respective.items()})
    attached_to = {k: i for i, k in attached.items()}
    # every list of figures the word governs takes the times in order ("rose 5% and 7% to $3.1
    # billion and $3.3 billion in 2022 and 2023, respectively"): an expression is attached to
    # one figure only, but a time of the list dates a figure of each list
    attached_to.update(respective)
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
    # the day a source told the figures ("released by the NBS on December 28") dates the
    # telling: where the text before has a period, the figures continue it
    told = {i for i, e in enumerate(exprs) if "release" in e.tags} if topic else set()
    # an expression attached to the other side of a comparison ("compared with 5.9% in
    # November") dates that figure and the base, never the figures it is compared with
    others = _compared_sides(claims, sentence)
    compared_side = {i for i, k in attached.items() if k in others}
    main_ref = next((e.period for i, e in enumerate(exprs) if e.span and not e.base and i not in attached
                     and not e.tags & {"window", "aside"} and i not in bracketed and i not in told), None)
    if main_ref is None:
        main_ref = next((e.period for i, e in enumerate(exprs) if e.span and not e.base and not e.tags & {"window", "aside"}
                         and i not in bracketed and i not in compared_side and i not in told), None)
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
            and (any(e.shift and _SPAN_ANAPHOR.search(e.text) for e in exprs) or _THE_PERIOD.search(sentence)):
        # ("On a month-on-month basis, inflows during March stood at $1.745 billion. … from Saudi
        # Arabia with $3.747 billion during the period, compared to $3.690 billion last year": "the
        # period" is the text's span again, not the month its aside named, even where the time
        # of the other side leaves no expression of it)
        reference = topic = main
        back_to_main = True  # the text's span again: the sentences after it continue it
    else:
        back_to_main = False

    # "During the last 12 months … compared to 3,955 in the same period a year ago – a 9.9%
    # increase": a window set against the same window a year earlier is the change's own span
    # ("… shrank by 1.1 per cent during the last 11 months as it stood at $2.45 billion during the
    # same period of last year": the same span a year before, named as the level's own time, is
    # that comparison too)
    year_ago_base = any(x.shift == ("year", -1) and (x.base or _SPAN_ANAPHOR.search(x.text)) for x in exprs)

    # "1.7 times higher than the same period in 2022": a multiplier in a sentence that names an
    # earlier time to compare with is measured against it, as a growth is
    compared_in_time = any(x.base and "rate" not in x.tags for x in exprs)

    claim_start = 0
    dated = bool(told) or any(e.span is not None and not e.base and not e.tags & {"release", "rate"} for e in exprs)
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
        s, e_ = claim_span(c)
        claim_start = s
        if k in against:
            # "223,841 in August 2024, compared to 214,941 (+4.1%) in August 2023": the growth
            # of the statement the comparison is made from, dated as it is
            stated = [j for j in range(against[k]) if j in own_expr and j not in others and j not in against]
            if stated:
                own_expr[k] = own_expr[stated[-1]]
                continue
        if k in attached_to:
            own_expr[k] = attached_to[k]
            continue
        if k + 1 in attached_to and (_ALTERNATIVE.fullmatch(sentence[e_: claim_span(claims[k + 1])[0]])
                                     and not _other_count_of_its_measure(c, claims[k + 1])
                                     or k in others and _PRICED_AT.fullmatch(sentence, e_, claim_span(claims[k + 1])[0])):
            # "$173 million or 12 cents a share a year ago", "compared to 138.6 million kg at
            # $5.57 per kg last year"
            own_expr[k] = attached_to[k + 1]
            continue
        if k - 1 in own_expr and exprs[own_expr[k - 1]].base and c.role == R.LEVEL and claims[k - 1].role == R.LEVEL \
                and _PRICED_AT.fullmatch(sentence, claim_span(claims[k - 1])[1], s):
            # "compared to the same period in 2012 of 44,000 tonnes at US$218 million": the
            # worth of the quantity on the other side is on that side too, where it comes after,
            # and like that quantity it is a figure a change is measured from
            own_expr[k] = own_expr[k - 1]
            c.context["compared_side"] = True
            c.context["compared"] = True
            continue
        if k - 1 in attached_to and _RESTATED_IN_BRACKET.fullmatch(sentence[claim_span(claims[k - 1])[1]: s]) \
                and CLOSE_BRACKET.match(sentence, e_):
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
            c.context["fronted_comparison"] = True
            continue
        opened = _bracket_after_base(s, e_, sentence, exprs, brackets, claims) if c.role not in (R.GROWTH, R.CHANGE) else None
        if opened is not None:
            # "Compared to October of last year (US$4.47 billion and -35.7 percent)", "lower than
            # the same timeframe last year (PLN 104.0 billion, which is 16.6% of the plan)": the
            # figures a bracket holds right after a base are that base's own
            own_expr[k] = opened
            c.context["compared_side"] = True
            continue
        dated_after = next((i for i, e in enumerate(exprs) if e.start >= e_ and e.span is not None
                            and (_DATED_BY_RELATIVE.fullmatch(sentence, e_, e.start)
                                 or c.role != R.SHARE and _DATED_BY_PARTICIPLE.fullmatch(sentence, e_, e.start))), None)
        if dated_after is not None:
            own_expr[k] = dated_after
            if exprs[dated_after].base:
                c.context["compared_side"] = True  # "above the $3.5 billion that was recorded in 2014"
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
        past_verb = None  # the first time past the verb of a figure in subject position
        for exclude in (True, False):
            cands = own_candidates(clause, exclude)
            before = [i for i in cands if exprs[i].end <= s]
            if before:
                pick = before[-1]
                # "Last year, … 38 flights to Hualien in the fourth quarter alone": a narrower
                # span later in the clause, inside the fronted one, is the figure's own
                inside = [i for i in cands if exprs[i].start >= e_ and _within(exprs[i], exprs[pick])
                          and not any(_finite(w) for w in LETTERS.findall(sentence, e_, exprs[i].start))]
                if inside:
                    pick = inside[0]
                break
            # "0.3 per cent of this year's estimated GDP": a possessive time dates the noun after it
            after = [i for i in cands if exprs[i].start >= e_ and not _POSSESSIVE_AFTER.match(sentence, exprs[i].end)]
            # "five volumes, were released in 2020": an anchor past the verb of a number in
            # subject position dates the verb's event, not the number
            if after and not any(grammar.is_verbal(w) for w in LETTERS.findall(sentence, spans[clause][0], s)) \
                    and not _ARRIVALS_VERB.match(sentence, e_):
                # ("reports a 7 percent decrease in cruise passengers in the first half": the word
                # a determined figure premodifies is its head noun, no verb)
                head = 1 if _DETERMINER_BEFORE.search(sentence, max(0, s - 6), s) and _NEXT_WORD.match(sentence, e_) else 0
                kept = [i for i in after
                        if not any(_finite(w) for w in _words_between_figures(sentence, e_, exprs[i].start, claims)[head:])]
                if past_verb is None and len(kept) < len(after):
                    past_verb = next(i for i in after if i not in kept)
                after = kept
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
                    # "about US$58,000 collected in July, while US$4.43 million is projected for
                    # August": a clause's own time past its verb beats a time of a clause before it
                    pick = past_verb if past_verb is not None else cands[-1]
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
            if period and anaphor_of and _SPAN_ANAPHOR.search(e.text) \
                    and any(("by_month" in x.tags and c.role != R.RATE and _counted_over_time(c)
                             or "year_so_far_unless_stock" in x.tags and not _held_at_a_day(c))
                            and x.period == anaphor_of for x in exprs if x.end <= e.start):
                # "JD190 million by the end of April, … compared to JD230 million in the same period
                # of last year": the period it moves is the year to date, so is the figure's
                period = _from_january(period, next((x for x in exprs if x.end <= e.start and x.period == anaphor_of
                                                     and "by_month" in x.tags), None))
            if k in attached_to and e.base or "comparand" in e.tags or k in others and own_expr[k] in compared_side:
                # "up from Q2's 6.5 percent", "compared to $5.57 per kg last year": not what the sentence is about
                c.context["compared_side"] = True
            if k in attached_to and period and period.isdigit() and reference and _SUB_YEAR.fullmatch(reference) \
                    and _SAME_SPAN_AFTER.match(sentence, claim_span(c)[1]):
                period = shift(reference, "year", int(period) - int(reference[:4])) or period
            elif k in others and "deictic" in e.tags and period and reference \
                    and (period.isdigit() and _SUB_YEAR.fullmatch(reference) and int(period) in (int(reference[:4]) - 1, _end_year(reference) - 1)
                         or e.fiscal and _part_of_year_after(reference, e.span)):
                # "rose to 449,552 in May and June compared to 424,752 last year": the other
                # side of a comparison of a part of the year is that part a year earlier
                period = shift(reference, "year", -1) or period
            if "by_month" in e.tags and period and c.role != R.RATE and _counted_over_time(c):
                period = _from_january(period, e)  # "the deficit reached 4.4% of GDP by July": January to July
            elif "year_so_far_unless_stock" in e.tags and period and not _held_at_a_day(c):
                # the report's year so far again, a rate's too ("occupancy fell to 53.3 per cent at the
                # end of July" in a report on January–July), but a stock's month-end is the month's
                period = _from_january(period)
            if _points_back_a_year(e, reference):
                # "The same period in 2020 was US$827.44 million": a figure dated only by an
                # anaphor to the span the text is about, set back to an earlier year, is the
                # other side of a comparison; the text stays on that span (sentence_period)
                c.context["earlier_anaphor"] = True
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
            elif period and topic and period == topic[:4] and e.span is not None and not e.fiscal and not e.base \
                    and _YEAR_ALONE.fullmatch(e.text) and _SO_FAR.search(sentence) and c.role != R.RATE \
                    and (c.kind in PERIODIC_KINDS or c.kind == K.COUNT) and not _IRREALIS.search(sentence) and not _OUTLOOK.search(sentence):
                # "Chinese arrivals have so far increased by 143.5 percent for 2014" in a report on
                # January–August 2014: a year counted so far is the year so far, to the month reported
                period = _year_so_far(topic) or period
            elif period and topic and period == topic[:4] and e.span is not None and not e.fiscal and not e.base \
                    and (_YEAR_ALONE.fullmatch(e.text) or "deictic" in e.tags and e.text.lower().endswith("this year")) \
                    and c.role != R.RATE and (c.kind in PERIODIC_KINDS or c.kind == K.COUNT) \
                    and not _IRREALIS.search(sentence) and not _OUTLOOK.search(sentence) \
                    and not forecast_of(sentence, claim_span(c)[0]) and not _WHOLE_YEAR_MEANT.search(sentence) \
                    and part_of_running_year(period, topic, today, main):
                # "arrivals from Canada rose from 10,611 to 13,853 in 2012" in an April 2012 report on
                # January–February: a year not yet over is the part of it the text reports
                period = topic
            elif period and topic and "deictic" in e.tags and _THIS_QUARTER.search(e.text) and _QUARTER.fullmatch(topic) \
                    and _QUARTER.fullmatch(period) and topic < period and not _IRREALIS.search(sentence) and not _OUTLOOK.search(sentence):
                # "output improved this quarter" in a June article on the central bank's March
                # quarter report: the quarter the text reports on, not the one it was written in
                period = topic
            if c.context.get("prior") and not e.base:
                period = None  # the previous reading: dated below from the statement's own period
            elif "window" in e.tags and _compared(c) and e.span is not None and not year_ago_base \
                    and not (c.role == R.GROWTH and own_expr[k] in totals):
                window = e.span.months
                if c.role == R.GROWTH and window == 12 and _counted_over_time(c):
                    # "remittances grew 13.4 percent over the last 12 months": a flow's growth over a
                    # year-long window is that window's sum against the year before it
                    period = e.period
                else:
                    # "down 0.8 points over the past 12 months": a change over a window is the
                    # latest month's (the one before the article's, or the one the window is said
                    # to end with), measured against the month the window opened from
                    period = f"{e.span.end.year}-{e.span.end.month:02d}" if "stated_end" in e.tags or not today \
                        else shift(today, "month", -1)
        inherits = c.kind in PERIODIC_KINDS or c.kind in (K.COUNT, K.ORDINAL, K.MULTIPLIER) or c.kind == K.DURATION and c.role == R.LEVEL
        if period is None and k not in own_expr and topic and inherits and not _timeless(c, sentence):
            period = topic
            if c.kind in PERIODIC_KINDS | {K.COUNT} and not c.context.get("prior") and not c.context.get("compared_side") \
                    and forecast_of(sentence, claim_span(c)[0]):
                period = forecast_year(topic, today) or period  # a forecast's time is its own: the year, not the part reported
            if not back_to_main:
                c.context["period_inherited"] = True
        elif period is None and k not in own_expr and not topic and inherits and not _timeless(c, sentence) \
                and not c.context.get("prior"):
            c.context["period_ahead"] = True  # a headline or lead before any time is named: see cataphora()
        if c.context.get("prior") and reference and (period is None or period == reference):
            period = shift(reference, "period", -1)  # "vs previous 9.3k": the reading before
            c.context.pop("period_inherited", None)
        if c.kind == K.YEAR_RANGE:
            period = _own_years(c)  # a year range is itself a span of time, and that is its period
        stock_day = None
        if period and c.role in (R.CHANGE, R.GROWTH) and _TURN_OF_YEAR.fullmatch(period):
            # "356,991 inhabitants on 1 January, an annual increase of 2.4%": a change to a
            # stock counted at the turn of a year is the flow of the year that ended there,
            # measured from the stock a year before
            stock_day, period = period, flow_year(period)
        if period and k not in attached_to and (c.kind in PERIODIC_KINDS or c.kind == K.COUNT):
            period = _increment_of_total(period, c, sentence, exprs)
        c.period = period
        if window:
            c.base_period = shift(period, "year", -1) if window == 12 else shift(period, "month", -window)
        elif _compared(c) and (c.context.get("base_plan") or _against_plan(c, sentence, exprs)):
            c.base_period = None  # "11.5% below the initial budget": measured against a plan, no earlier time
            c.context["base_plan"] = True
        else:
            c.base_period = _base(k, c, claims, sentence, exprs, spans, attached, own_expr) \
                if _compared(c) or c.kind == K.MULTIPLIER and compared_in_time else None
            if k in against and claims[against[k]].period and claims[against[k]].period != period:
                c.base_period = claims[against[k]].period  # "compared to 214,941 (+4.1%) in August 2023"
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
            elif c.base_period and c.period and c.role == R.GROWTH and _month_closing_span(c.base_period, shift(c.period, "year", -1) or "") \
                    and MONTH_END_NAMES.search(sentence):
                # "exports rose 24.9% [January–October] to 47.3 billion, against 37.8 billion at the
                # end of October 2021": a growth compares like spans; the base's month's end closes
                # the same span a year before (a base named as a month, "up 9.8% from September
                # 2017", stays that month)
                c.base_period = shift(c.period, "year", -1) or c.base_period
        if c.base_period and c.period and not window and c.role in (R.GROWTH, R.CHANGE):
            c.period = _like_for_like(c.period, c.base_period)
        if stock_day and (not c.base_period or c.base_period == shift(period, "year", -1) and only_rate_bases):
            # ("an annual increase of 0.49%" of the stock on 1 January: from the stock a year
            # before; "higher than a year earlier" names the year)
            c.base_period = shift(stock_day, "year", -1)
        if c.base_period:
            c.context["baseline_period"] = c.base_period
    if not respective and "respectively" in sentence:
        _respective_figures(claims, sentence, own_expr)
    _from_levels(claims, sentence, own_expr, attached_to)
    _like_parts(claims, sentence, exprs, own_expr)
    _changes_of_antecedents(claims, sentence, exprs)
    _undated_comparands(claims, sentence, attached_to)
    _bracketed_comparands(claims, sentence)
    _range_ends(claims, sentence, exprs, own_expr)
    _shares_of_earlier_levels(claims, sentence)
    _shares_of_dated_wholes(claims, sentence, exprs, reference)
    _levels_reached_within(claims, sentence)


_TURN_OF_YEAR = lazy(r"\d{4}-(?:01-01|12-31)")


# a coordination of words ("the Intermediate goods and Consumer goods categories"): the list's
# own members, which 'respectively' pairs it with instead
_WORDS_COORDINATED = lazy(r"[A-Za-z]\s+(?:and|or)\s+[A-Za-z]")


def _respective_figures(claims: list[Claim], sentence: str, own_expr: dict[int, int]) -> None:
    """"figures for 2022 surged to 170,696 and … to 248,129 in 2023, representing increases of 73%
    and 45%, respectively": a list of figures closed by 'respectively' with no list of members
    or times of its own stands, member by member, for the figures stated before it, each dated
    by a time of its own; each takes its counterpart's period (and a growth's base moves with
    it)."""
    back = figures_named_before(claims, sentence)
    if not back or len({own_expr.get(j) for j in back.values()} - {None}) < len(back) \
            or _WORDS_COORDINATED.search(sentence, claims[max(back.values())].local[1], claims[min(back)].local[0]):
        return  # the earlier figures are not each dated by a time of their own, or the list has members
    theirs = [claims[j].period for j in back.values()]
    mine = [claims[k].period for k in back]
    if None in theirs or len(set(theirs)) < len(theirs) or len(set(mine)) == len(mine):
        return  # the earlier figures share a time, or the list is dated member by member already
    for k, j in back.items():
        c, old = claims[k], claims[k].period
        if old == claims[j].period:
            continue
        c.period = claims[j].period
        if c.base_period and old and c.base_period == shift(old, "year", -1):
            c.base_period = shift(c.period, "year", -1) or c.base_period
            c.context["baseline_period"] = c.base_period


def _own_years(c: Claim) -> Optional[str]:
    """"(2016 to 2019 inclusive)", "2019 – 2022": the whole years a year range spans, or None."""
    first, last = c.value, c.end
    if first is None or last is None or not (1900 <= first < last <= 2100) or first != int(first) or last != int(last):
        return None
    return f"{int(first)}/{int(last)}"


def _like_for_like(period: str, base: str) -> str:
    """"With the addition of August, the numbers have climbed to 1,001,643, an increase of 23.1
    percent over the first eight months of last year": a growth measured from a run of months
    a year before, dated by the month that closes the run, is over the same run this year."""
    p, b = timespan.parse(period), timespan.parse(base)
    if p is None or b is None or p.months != 1 or b.months <= 1 or b.months >= 12:
        return period
    forward = shift(base, "year", 1)
    f = timespan.parse(forward) if forward else None
    return forward if f is not None and f.end == p.end and f.start < p.start else period


# "172,499 tourists arrived in January": the people a verb of arriving counts are its
# event's, dated by the time after the verb; so are those a passive verb of recording or
# receiving counts ("216,000 visitors were welcomed during fiscal 2022", "4,100 cases were
# registered in May"): the count is of the events the verb names; so are the goods and money
# a passive verb of trade or production moves ("107,800 tonnes were shipped in 2019", "$1.2
# billion was spent in March"), and the people living somewhere at a time
_ARRIVALS_VERB = lazy(r"\s+(?:[a-z]+\s+){0,4}?(?:arrived|visited|came|travell?ed|entered|landed|departed|flew|lived|resided"
                      # people counted by what they did: moving, asking, leaving, dying
                      r"|applied|emigrated|immigrated|migrated|moved|returned|fled|left|died|sought|settled"
                      r"|(?:were|was)\s+living"
                      r"|(?:were|was|have\s+been|had\s+been|has\s+been)\s+(?:[a-z]+ly\s+)?"
                      r"(?:recorded|registered|counted|logged|tallied|welcomed|received|hosted|handled|processed"
                      r"|exported|imported|shipped|sold|produced|transported|spent|collected|paid|remitted|harvested|consumed"
                      # money earned or moved ("US$900 million was realised in the 2022 season")
                      r"|reali[sz]ed|earned|generated|raised|invested|disbursed|delivered|transferred|booked|posted|achieved))\b", re.I)


# "the same period", "the same time span": an anaphor that names a span, not a month
_THE_PERIOD = lazy(r"\b(?:in|during|for|over|throughout)\s+(?:the|this|that)\s+period\b(?!\s+(?:of|under|ending|ended|from|to|last|a\s+year)\b)", re.I)
_SPAN_ANAPHOR = lazy(r"\b(?:period|time\s?span|time\s?frame)\b", re.I)
_SAME_SPAN_WORD = lazy(r"\b(?:same|corresponding|comparable|equivalent|like)\b", re.I)


def _points_back_a_year(e: TimeExpr, reference: Optional[str]) -> bool:
    """'the same period in 2020', 'the corresponding quarter last year' (no base of its own):
    the span the text is about, in an earlier year."""
    if not e.shift or e.base or not _SAME_SPAN_WORD.search(e.text):
        return False
    unit, n = e.shift
    if unit == "to_year":
        return bool(reference and reference[:4].isdigit() and n < int(reference[:4]))
    return unit == "year" and n < 0


_SUB_YEAR = lazy(r"\d{4}-(?:\d{2}|Q[1-4]|H[12])(?:/\d{4}-\d{2})?|\d{4}-\d{2}-\d{2}/\d{4}-\d{2}-\d{2}")  # a part of a year, of months or days
_RESTATED_IN_BRACKET = lazy(r"\s*,?\s*" + _RESTATING + r"\s*(?:about\s+|around\s+|some\s+)?", re.I)



def _like_parts(claims: list[Claim], sentence: str, exprs: list[TimeExpr], own_expr: dict[int, int]) -> None:
    """'Exports rose 15.5% to 490 billion [January–August 2021] from 424 billion in 2020': a
    comparison sets like against like, so a bare earlier year that dates the other side of
    it stands for the same part of that year as the figures it is set against. Only a year
    named by its number or as "last year", whole and calendar, against a part of one later
    calendar year that another figure of the sentence is for ("more than the 5.3 trillion yen
    in the whole of 2023" stays the year, and so does a year set against a year)."""
    if _IRREALIS.search(sentence) or _OUTLOOK.search(sentence):
        return  # "exports will reach $50 billion, a record high since 2011 ($46.4 billion)"
    # (a part the sentence names, or the text's, not one read from an anaphor: "in the previous
    # year, compared to 103.4 billion in 2021" sets a year against a year)
    parts = {c.period for k, c in enumerate(claims) if c.period and not c.context.get("compared_side") and _SUB_YEAR.fullmatch(c.period)
             and not (k in own_expr and exprs[own_expr[k]].span is None)}
    if len(parts) != 1:
        return
    part = timespan.parse(next(iter(parts)))
    if part is None or part.start.year != part.end.year or part.months >= 12:
        return
    for k, c in enumerate(claims):
        if k not in own_expr or not c.context.get("compared_side") or not c.period or not c.period.isdigit():
            continue
        if c.context.get("fronted_comparison"):
            # "Compared to 2019, imports fell 4.6% to $16.5 billion": a level after a fronted
            # comparison is marked its other side by position alone, and the level a change
            # lands on is the statement's own; a guess is not redated on
            continue
        e = exprs[own_expr[k]]
        if e.fiscal or not (_A_YEAR_NAMED.fullmatch(e.text.strip()) or "deictic" in e.tags and _LAST_YEAR.search(e.text)) \
                or _WHOLE_OF.search(sentence, max(0, e.start - 20), e.start) or _AS_A_WHOLE.match(sentence, e.end) \
                or _SINCE.search(sentence, max(0, e.start - 8), e.start):
            continue
        year = int(c.period)
        if year < part.start.year:
            c.period = shift(timespan.name(part), "year", year - part.start.year) or c.period


_A_YEAR_NAMED = lazy(r"(?:(?:in|of|during|for)\s+)?(?:19|20)\d\d", re.I)
_LAST_YEAR = lazy(r"\blast\s+year\b", re.I)
# "a record since 2011 ($4.4 million)": a year a record is counted from, not a like span
_SINCE = lazy(r"\bsince\s+$", re.I)
_AS_A_WHOLE = lazy(r"\s*,?\s*(?:as\s+a\s+whole|in\s+full|overall|in\s+its\s+entirety)\b", re.I)
_WHOLE_OF = lazy(r"\b(?:whole|all|entire|entirety|full|calendar)(?:\s+of)?(?:\s+the\s+year)?\s+(?:in\s+|of\s+)?$", re.I)


def _looks_back(e: TimeExpr) -> bool:
    """An anaphoric time counted back from its statement's ("a year earlier", "the same period
    of the previous year", "the same period of 2020" in a later year's text), never one that
    names only a basis ("year on year")."""
    return e.span is None and e.shift is not None and "rate" not in e.tags and _BACK_WORD.search(e.text) is not None \
        and isinstance(e.shift[1], int) and (e.shift[0] == "to_year" or e.shift[1] < 0)


_BACK_WORD = lazy(r"\b(?:earlier|ago|before|previous|preceding|prior|last(?!\s+\d)(?!\s+(?:few|several|two|three|four|five|ten)\b))\b", re.I)
# between a figure and its own time: its head noun (one or two words), a participle of its
# verb, and a preposition ("16,061 units a year earlier", "bags exported in the same period
# of last year", "$19.6 billion of the same period of last year")
_OWN_EARLIER_TIME_GAP = lazy(r"\s*(?:[a-z][a-z-]*\s+){0,2}?(?:[a-z]{3,}ed\s+)?(?:(?:of|in|during|for|over|at)\s+)?", re.I)
# words that make the time after them a comparison's, not the figure's ("higher than a year
# earlier", "up from the same period", "on a year ago")
_COMPARING_WORD = lazy(r"\b(?:than|from|on|over|against|versus|vs|compared|relative|to|with|since|up|down|higher|lower|more|less"
                       r"|ahead|behind|above|below|like|unlike|exceed\w*|surpass\w*|rose|fell|grew|increased|decreased|declined|dropped|climbed|jumped|gained|lost)\b", re.I)


# "Cassava exports were 294,000 tonnes, which raised the figures in January-November to 3.3
# million tonnes", "rubber exports reached 117,000 tonnes, bringing the total so far this year to
# 1.1 million tonnes": the figures before a verb that brings a running total up to a level are
# the latest addition to it, the span's last month; only the total after the verb is the span's
_ACCUMULATING = lazy(r"\b(?:rais(?:e|es|ed|ing)|bring(?:s|ing)?|brought|tak(?:e|es|ing)|took|push(?:es|ed|ing)?|lift(?:s|ed|ing)?)\s+"
                     r"(?:the\s+|its\s+|their\s+)?(?:(?:overall|cumulative|combined|accumulated|total)\s+)?"
                     r"(?:figures?|total|tally|volume|value|amount|sum)\b", re.I)


def _increment_of_total(period: str, c: Claim, sentence: str, exprs: list[TimeExpr]) -> str:
    end = claim_span(c)[1]
    m = _ACCUMULATING.search(sentence, end, end + 90)
    # (the span is the total's, named after the verb; a time before the verb is the figure's own)
    if m is None or not any(x.start >= m.end() and x.period == period for x in exprs) \
            or any(end <= x.start < m.start() for x in exprs):
        return period
    span = timespan.parse(period)
    if span is None or not 1 < span.months < 12 or span.start.day != 1:
        return period  # (a whole year's total, "for the current fiscal year", has no latest month to add)
    return timespan.name(timespan.month_span(span.end.year, span.end.month, span.end.year, span.end.month))
