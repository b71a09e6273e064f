"""The roles a sentence's figures take together, read after `roles.assign_role` has framed
each on its own: the members of a list that share one predicate (the bare percentages after
a growth, a share's enumeration, a ranked list after 'followed by', a distribution of one
whole, places that each carry their own bracketed change, amounts that 'respectively' pairs
off), an amount and a percentage that restate one figure, the object of a verb of
comparison (the base), the other side of a comparison, and a difference apposed to the
change it restates. Each pass takes the sentence's claims in order and sets roles,
directions and metrics in place; `claims` calls them in their order.

Pure: no I/O.
"""

from __future__ import annotations

import re
from typing import Optional

from factcheck.extract import grammar, plans
from factcheck.extract.kinds import AMOUNTS, K, R
from factcheck.extract.patterns import CLOSE_BRACKET, lazy
from factcheck.extract.role_words import (APPROX, BY_END, CLAUSE_START, COMPARE_ABOVE, COMPARE_BELOW, FIGURE_IN_GAP,
                                          GROWTH_SUFFIX, MEASURED_CHANGE_NOUN, MODAL_LEVEL_LEAD, MORE_THAN_AFTER,
                                          OF_WHOLE_AFTER, PERCENT_OF, SHARE_WORDS, TOTALLING, YEAR, changes_or_rates,
                                          clause_words_before, difference, frame_words, noun_direction)
from factcheck.extract.frame.comparisons import REACHED
from factcheck.extract.frame.positions import COMPARED_BEFORE, claim_span, compared_before
from factcheck.extract.vocabulary import LETTERS
from factcheck.models import Claim


# a noun of change that opens the gap after a list's first member ("an 11% increase from 2023, 45% from 2022")
_GAP_CHANGE_NOUN = r"\s+(?:" + MEASURED_CHANGE_NOUN + r")\b"
# "a growth of 9% compared to the same period in 2023, 26% compared to 2022, and 31%", "an
# 11% increase from 2023, 45% from 2022": each member may carry its own base
_LIST_GAP = lazy(r"(?:" + _GAP_CHANGE_NOUN + r")?"
                 r"(?:\s*(?:(?:as\s+)?compared\s+(?:to|with)|from|over|on|against|versus|vs\.?|in|for|to)\s+[^,;.]{1,40}?)?"
                 # ("an increase of 570% in revenue and an astonishing 542% in volume": a gapped
                 # member may keep its article and one adjective)
                 r"\s*(?:,|;|,?\s*and|,?\s*or)\s*(?:by\s+)?(?P<kept>an?\s+(?:[a-z]+\s+)?)?", re.I)
_COMPARED_GAP = lazy(r"\s*(?:(?:as\s+)?compared\s+(?:to|with)|versus|vs\.?|against|over)\s", re.I)


_AND_GAP = re.compile(r"\s*,?\s*and\s+")
_RESPECTIVELY_AFTER = re.compile(r"\s*,?\s*respectively\b", re.I)


def list_roles(claims: list[Claim]) -> None:
    """A list of percentages shares its predicate ('growth … is estimated to be 3 percent, 3
    percent, 5.1 percent and 4.3 percent respectively', 'grow at 2.5% in 2025, 1.6% in 2026',
    'up by 4.6 percent to 538,822 cars and by 6.7 percent to …'): a bare member after a
    growth is a growth too."""
    for i in range(1, len(claims)):
        c, p = claims[i], claims[i - 1]
        if c.kind != K.PERCENT or c.role != R.RATE or c.context.get("share_of"):
            continue
        words = (c.metric or "").lower().split()
        if words and words[-1] in frame_words("rate_nouns") and words[-2:] != ["growth", "rate"]:
            continue  # "exports grew 5%, inflation 3%": a rate of its own
        prev = next((q for q in reversed(claims[:i]) if q.kind == K.PERCENT), None)
        if prev is None or prev.role != R.GROWTH:
            continue
        start = claim_span(p)[1] if p is not prev else claim_span(prev)[1]
        gap = c.sentence[start: claim_span(c)[0]]
        if p is not prev and not re.fullmatch(r"\s*(?:to\s+)?", c.sentence[claim_span(prev)[1]: claim_span(p)[0]]):
            continue  # only a level the growth reached may stand between them
        listed = _LIST_GAP.fullmatch(gap)
        # the words between the members, but the leading noun of change ("an 11% increase from
        # 2023, 45% from 2022") and the article and adjective the member keeps: no verb among them
        core = gap[: listed.start("kept")] if listed and listed.group("kept") else gap
        words = LETTERS.findall(re.sub("^" + _GAP_CHANGE_NOUN, "", core, flags=re.I))
        if listed and not any(grammar.is_verbal(w) for w in words if w.lower() != "compared"):
            c.role, c.direction = R.GROWTH, prev.direction
            c.context["change"] = prev.context.get("change") or prev.direction
            if c.metric is None and prev.metric and _COMPARED_GAP.match(gap):
                c.metric = prev.metric  # gapping: "32% compared to 2019, 19% compared to 2022"
    _ranked_lists(claims)
    _share_lists(claims)
    _distribution_lists(claims)
    for i in range(1, len(claims)):
        c, p = claims[i], claims[i - 1]
        if not CLOSE_BRACKET.match(c.sentence, claim_span(c)[1]):
            continue  # "rose 8% ($4.2 billion in total)": more than the figure in the bracket
        if c.role == R.LEVEL and c.kind in AMOUNTS and p.role == R.GROWTH \
                and _BRACKET_GAP.fullmatch(c.sentence[claim_span(p)[1]: claim_span(c)[0]]):
            # "it increased by 5.5% (EUR 351 million)": the amount bracketed after a growth is
            # the same change in absolute terms, and a percentage bracketed after a change the
            # same change in relative terms
            c.role, c.direction = R.CHANGE, p.direction
            c.context["change"] = p.context.get("change") or p.direction
            if not c.metric and p.metric:
                c.metric = GROWTH_SUFFIX.sub("", p.metric)  # the series whose change it is
        elif c.role == R.RATE and c.kind == K.PERCENT and p.role == R.CHANGE and p.kind in AMOUNTS \
                and _BRACKET_GAP.fullmatch(c.sentence[claim_span(p)[1]: claim_span(c)[0]]):
            # "rose by 1.8 billion USD (27.5 percent)": the same change in relative terms
            c.role, c.direction = R.GROWTH, p.direction
            c.context["change"] = p.context.get("change") or p.direction
    _restatements(claims)
    _compared_objects(claims)
    plans.within_sentence(claims)
    for i in range(1, len(claims)):
        c, p = claims[i], claims[i - 1]
        amounts = c.role == R.LEVEL and p.role == R.CHANGE and c.kind in AMOUNTS
        # "rose the most in Russia (by 36%), followed by the Dutch (26%)": bracketed growths too
        percents = c.role == R.RATE and p.role == R.GROWTH and c.kind == K.PERCENT \
            and CLOSE_BRACKET.match(p.sentence, claim_span(p)[1])
        if amounts and c.unit != p.unit and _AND_GAP.fullmatch(c.sentence[claim_span(p)[1]: claim_span(c)[0]]) \
                and _RESPECTIVELY_AFTER.match(c.sentence, claim_span(c)[1]):
            # "the increase of USD 309.2 million and 1.4 million tons respectively": the change
            # noun governs every amount its "respectively" pairs off, in whatever unit
            c.role, c.direction = p.role, p.direction
            c.context["change"] = p.context.get("change") or p.direction
            continue
        if not (amounts or percents) or c.unit != p.unit:
            continue
        if _NAMED_LIST_GAP.fullmatch(c.sentence[claim_span(p)[1]: claim_span(c)[0]]):
            c.role, c.direction = p.role, p.direction
            c.context["change"] = p.context.get("change") or p.direction


# "by $17.7 million or 12.2%", "an increase of 3.3 billion riyals, equivalent to 8.6 percent",
# "US$14.79 million, an equivalent of 33%", "by five percent or US$1.74 million": an amount
# and a percentage joined as two statements of one figure, in absolute and relative terms
_RESTATED_GAP = lazy(r"\s*,?\s*(?:or|i\.e\.|(?:that\s+is|which\s+is)|(?:equivalent|equal|equating|amounting|corresponding)\s+to|"
                     r"an?\s+(?:equivalent|increase|decrease|rise|fall|drop|decline|growth)\s+of)\s*,?\s*"
                     r"(?:about|around|some|nearly|almost|roughly|approximately)?\s*", re.I)
_COMPARATIVE_AFTER = lazy(r"\s+(more|fewer|less|higher|lower)\b(?!\s+than\b)", re.I)
# "decreased by 3 percent, equivalent to Rs 38 billion": "to" closing a restatement, not a level reached
_EQUIVALENT_TO = lazy(r"\b(?:equivalent|equal|equating|corresponding)\s+to\s*$", re.I)
# "imports totaled 34.46 billion Euro or 34.1 percent more": a verb of totalling states the
# level; the percentage after it is its change
_TOTALLING_LEAD = lazy(rf"\b(?:{TOTALLING})\s+(?:about\s+|around\s+|nearly\s+|some\s+|almost\s+|approximately\s+)?[^\s\d]{{0,4}}\s*$", re.I)


# a verb of comparison before the figure, its object; 'by' and the difference follow (_BY_NEXT)
_COMPARISON_VERB_BEFORE = lazy(r"\b(?:" + COMPARE_ABOVE + "|" + COMPARE_BELOW + r")\b(?:[^;:()\d]|\([^()\d]{0,40}\)){0,90}$", re.I)
_BY_NEXT = lazy(r"\s*(?:\([^()]{0,40}\)\s*)?by\s", re.I)


def _compared_objects(claims: list[Claim]) -> None:
    """'exceeds the year-to-date projection of US$144.2 million by US$17.7 million': the
    object of a verb of comparison, with the difference after 'by', is the figure compared
    with (the base), not the level reached."""
    for i in range(len(claims) - 1):
        c = claims[i]
        if c.role != R.LEVEL or c.kind not in AMOUNTS:
            continue
        local = claim_span(c)
        if _BY_NEXT.match(c.sentence, local[1]) and _COMPARISON_VERB_BEFORE.search(c.sentence, max(0, local[0] - 90), local[0]):
            c.context["compared"] = True


# (its own time between them: "or Vt3 million from Vt20 million" is the change from that level)
_FROM_EARLIER_LEVEL = lazy(r"\s+(?:in|during|for)\s+[^,;:()\d]{0,20}?\d{4}\s+from\s+(?:about\s+|around\s+|some\s+)?[^\s\d]{0,4}\d", re.I)


# "Curaçao (1,965 visitors; 14.4 percent)", "Italy (€3.1 million/6.4%)", "fees (1.9%, €53
# million)": an amount and a percentage side by side in one bracket restate one figure
_IN_BRACKET_GAP = lazy(r"\s*[;/,]\s*")


def _same_bracket(p: Claim, c: Claim) -> bool:
    """`p` and the figure after it, `c`, stand alone together inside one bracket."""
    left = p.sentence[: claim_span(p)[0]]
    return left.rfind("(") > left.rfind(")") and bool(CLOSE_BRACKET.match(c.sentence, claim_span(c)[1]))


def _restatements(claims: list[Claim]) -> None:
    """An amount and a percentage joined by 'or', 'equivalent to', 'an equivalent of' restate
    one figure. A change restated is a change in the other terms with the same direction (an
    amount after a growth, a percentage after a change); a level restated as a bare
    percentage, with no word of change or of a rate before it in its clause, is that level's
    part of a whole ('contributed US$30.14 million or 67%', 'a turnover of $2.19 billion
    (7.5%)'); after a verb of change it is the change in relative terms ('decreased to 21.5
    billion riyals, or 16.5 percent')."""
    for i in range(1, len(claims)):
        c, p = claims[i], claims[i - 1]
        gap = c.sentence[claim_span(p)[1]: claim_span(c)[0]]
        bracket = _BRACKET_GAP.fullmatch(gap)
        inner = _IN_BRACKET_GAP.fullmatch(gap) and _same_bracket(p, c)
        if not (bracket or inner or _RESTATED_GAP.fullmatch(gap)):
            continue
        pair = {c.kind, p.kind}
        if K.PERCENT not in pair or not pair & set(AMOUNTS):
            continue
        amount, percent = (p, c) if c.kind == K.PERCENT else (c, p)
        if percent.context.get("share_of") or percent.role == R.SHARE:
            continue
        comparative = _COMPARATIVE_AFTER.match(c.sentence, claim_span(c)[1]) if c is percent and not bracket else None
        if comparative and amount.role in (R.LEVEL, R.CHANGE) and percent.role in (R.RATE, R.GROWTH):
            # "267, or 31.2 percent fewer Canadians": one change, counted and in relative terms
            direction = "up" if comparative.group(1).lower() in ("more", "higher") else "down"
            start = claim_span(amount)[0]
            stated = amount.role == R.LEVEL and (MODAL_LEVEL_LEAD.search(c.sentence, max(0, start - 40), start)
                                                 or _TOTALLING_LEAD.search(c.sentence, max(0, start - 40), start))
            # ("would have been around €11 billion, or 27% more year-on-year": a level supposed, then its change)
            for claim, role in ((percent, R.GROWTH),) if stated else ((amount, R.CHANGE), (percent, R.GROWTH)):
                claim.role, claim.direction = role, direction
                claim.context["change"] = direction
            continue
        if amount.role == R.CHANGE and percent.role == R.RATE and c is percent:
            percent.role, percent.direction = R.GROWTH, amount.direction
            percent.context["change"] = amount.context.get("change") or amount.direction
            if amount.context.get("base_plan"):
                percent.context["base_plan"] = True  # the same difference from a plan
        elif percent.role == R.GROWTH and amount.role == R.LEVEL and c is amount and not bracket \
                and (not REACHED.search(gap) or _EQUIVALENT_TO.search(gap)) \
                and not _FROM_EARLIER_LEVEL.match(c.sentence, claim_span(c)[1]):
            amount.role, amount.direction = R.CHANGE, percent.direction
            amount.context["change"] = percent.context.get("change") or percent.direction
            if (not amount.metric or amount.metric.lower() in ("equivalent", "equal")) and percent.metric:
                amount.metric = GROWTH_SUFFIX.sub("", percent.metric)  # the series whose change it restates
        elif percent.role == R.GROWTH and amount.role == R.LEVEL and c is amount and not bracket:
            # "fell by 3.8 percent, or 3,293 tons in 2005 from 3,427 tonnes in 2004": the amount
            # set against an earlier one is the later level of the series, and so is that one
            series = GROWTH_SUFFIX.sub("", percent.metric or "")
            for level in claims[i: i + 2]:
                if not level.metric and series and level.kind == amount.kind:
                    level.metric = series
        elif amount.role == R.LEVEL and percent.role == R.RATE and (c is percent or inner) \
                and not PERCENT_OF.match(c.sentence, claim_span(percent)[1]) and not (amount.unit or "").count("/"):
            words = clause_words_before(amount)
            verb = next((grammar.change_direction(w) for w in reversed(words) if grammar.change_direction(w)), None)
            if verb and REACHED.search(c.sentence[: claim_span(amount)[0]][-14:]):
                percent.role, percent.direction = R.GROWTH, verb  # "decreased … to 21.5 billion riyals, or 16.5 percent"
                percent.context["change"] = verb
            elif not changes_or_rates(words) and not BY_END.search(c.sentence, max(0, claim_span(amount)[0] - 30), claim_span(amount)[0]):
                percent.role = R.SHARE  # ("and imports by $896 million (30.5 percent)": a gapped change, no part)
        elif amount.role == R.LEVEL and percent.role == R.RATE and c is amount \
                and PERCENT_OF.match(c.sentence, claim_span(c)[1]) and OF_WHOLE_AFTER.match(c.sentence, claim_span(c)[1]):
            percent.role = R.SHARE  # "40-45 per cent or $203.87m of the total remittances"


# ("from $11.7 billion in 2019 to $12.9 billion": a bare year may stand between them)
_FROM_TO_LEVEL = lazy(r"(?:\s+(?:in|for)\s+[^,;()\d]{0,30}?(?:(?:19|20)\d\d)?)?\s+to\s+(?:about\s+|around\s+|nearly\s+)?[^\s\d]{0,4}\s?\d", re.I)
# ("$751 million or (21%)": the 'or' of a restatement may stand before the bracket too)
_BRACKET_GAP = lazy(r"\s*(?:,?\s*or\s*)?\(\s*(?:or\s+|about\s+|around\s+|some\s+|nearly\s+)?")


# "rose the most (by 36%), followed by the Dutch (26%), Germans (7%) and Croatians (2%)": the
# members a ranked list names after its head, each with its figure in brackets or after
# 'at', 'with' or a dash (the first after 'followed by', the rest after a comma or 'and'); no
# figure stands in a member's name, though a digit may ("B2Gold")
_MEMBER = r"(?:[^.;:\d%()]|(?<=[A-Za-z])\d){1,60}?(?:\(|\bat\b|\bwith\b|[-–—:])\s*" + APPROX
_FOLLOWED_GAP = lazy(r"\s*\)?\s*,?\s*followed\s+(?:closely\s+)?by\s+" + _MEMBER, re.I)
_NEXT_MEMBER_GAP = lazy(r"\s*\)?\s*(?:,\s*(?:and\s+)?|and\s+)" + _MEMBER, re.I)
# "This was followed by timber at 21%": a sentence that continues the ranked list before it
# ("These nationalities were followed by": a demonstrative may lead its noun)
_FOLLOWED_OPENING = lazy(r"\s*(?:(?:it|they|(?:this|that|these|those)(?:\s+[a-z]+){0,2})\s+(?:was|were|is|are)\s+(?:then\s+|closely\s+)?)?followed\s+"
                         r"(?:closely\s+)?by\s+" + _MEMBER + "$", re.I)


def _take_role(c: Claim, head: Claim) -> None:
    c.role, c.direction = head.role, head.direction
    if head.role == R.GROWTH:
        c.context["change"] = head.context.get("change") or head.direction
    c.context["ranked"] = True


def _ranked_lists(claims: list[Claim]) -> None:
    """The bare percentages of a ranked list after 'followed by' take the role of its head,
    a share or a growth, unless a rate is named between them ('followed by the jobless
    rate at 5%')."""
    for i in range(1, len(claims)):
        c = claims[i]
        if c.kind != K.PERCENT or c.role != R.RATE or c.context.get("change") or c.context.get("share_of"):
            continue
        head = next((q for q in reversed(claims[:i]) if q.kind == K.PERCENT), None)
        if head is None or head.role not in (R.SHARE, R.GROWTH):
            continue
        gap = c.sentence[claim_span(head)[1]: claim_span(c)[0]]
        if not (_FOLLOWED_GAP.fullmatch(gap) or head.context.get("ranked") and _NEXT_MEMBER_GAP.fullmatch(gap)):
            continue
        if any(w in frame_words("rate_nouns") for w in clause_words_before(head) + [w.lower() for w in LETTERS.findall(gap)]):
            continue  # ("food inflation had the highest increase, 15%, followed by …": rates of their own)
        _take_role(c, head)


def ranked_list_continued(claims: list[Claim], before: list[Claim]) -> None:
    """'Tin accounted for 48% of exports. It was followed by timber at 21%': the first
    percentage of a sentence that opens with 'followed by' takes the role of the last
    percentage of the sentence before, a share or a growth."""
    first = next((c for c in claims if c.kind == K.PERCENT), None)
    if first is None or first.role != R.RATE or first.context.get("change") or not before \
            or not _FOLLOWED_OPENING.match(first.sentence[: claim_span(first)[0]]):
        return
    head = next((q for q in reversed(before) if q.kind == K.PERCENT and q.sentence == before[-1].sentence), None)
    if head is not None and head.role in (R.SHARE, R.GROWTH):
        _take_role(first, head)


# Where one member of an enumeration ends and the next begins
_LIST_JOINT = lazy(r",|;|\band\b|\bwhile\b|\bwhereas\b|\bfollowed\s+by\b|\bthen\b|\bnext\b", re.I)


def _share_lists(claims: list[Claim]) -> None:
    """'accounting for 68 percent of arrivals, followed by Canada with 16 percent and the
    United Kingdom 8 percent', 'was 81% in exports and 79% in imports', 'Of the visitors,
    75.9 percent arrived by air and 24.1 percent by land': the bare percentages that
    enumerate after a share divide the same whole, so they are shares too. The member after
    the last joint must carry no verb of its own (a verb there starts a statement of its own:
    'and the jobless rate was 5%'), and no word of change or of a rate may stand between."""
    for i in range(1, len(claims)):
        c = claims[i]
        if c.kind != K.PERCENT or c.role != R.RATE or c.context.get("change"):
            continue
        prev = next((q for q in reversed(claims[:i]) if q.kind in (K.PERCENT, K.PERCENTAGE_POINT)), None)
        if prev is None or prev.role != R.SHARE:
            continue
        gap = c.sentence[claim_span(prev)[1]: claim_span(c)[0]]
        joints = list(_LIST_JOINT.finditer(gap))
        if not joints or len(gap) > 160:
            continue
        words = [w.lower() for w in LETTERS.findall(gap)]
        if changes_or_rates(words):
            continue
        last = LETTERS.findall(gap[joints[-1].end():])
        if any(grammar.is_verbal(w) and not w[0].isupper() for w in last):  # "the United Kingdom" is a name
            continue
        c.role = R.SHARE


# Where one member of a verbless enumeration ends and the next begins
_MEMBER_JOINT = lazy(r"[,;]|\band\b|&", re.I)
_DISTRIBUTION_MAX = 100.5  # the parts of one whole, printed rounded, add up to it at most


_ABBREVIATION = lazy(r"\b(?:[A-Z]\.){2,}")


def _member_gap(gap: str) -> bool:
    """The words between two figures of a list name the next member and nothing else: a
    joint, a few words, no figure, no verb, no word of change or of a rate."""
    gap = _ABBREVIATION.sub("A", gap)  # "B.C.", "U.S.": a name's stops end no member
    if len(gap) > 80 or any(ch.isdigit() or ch in ".%" for ch in gap) or not _MEMBER_JOINT.search(gap):
        return False
    words = LETTERS.findall(gap)
    # (by form alone "diving", "processed" name members: only a verb of the closed classes
    # or of change starts a clause of its own)
    return len(words) <= 8 and not any(w.lower() in grammar.closed("aux") or w.lower() in grammar.closed("verb")
                                       for w in words) \
        and not changes_or_rates([w.lower() for w in words])


_COLON_LEAD = lazy(r"(?:^|[.;]\s)(?P<lead>[^.;:]{1,160}):[^:;]*$")


def _colon_lead_words(first: Claim) -> list[str]:
    """The words of the lead a colon ends before a list ('Here is the unemployment rate for
    major worker groups: adult men, 4.7%; …'): it names what each member measures."""
    m = _COLON_LEAD.search(first.sentence[: claim_span(first)[0]])
    return [w.lower() for w in LETTERS.findall(m.group("lead"))] if m else []


def _distribution_lists(claims: list[Claim]) -> None:
    """'Italy (12.12 percent), Croatia (10.53 percent) and Slovenia (8.56 percent)', '13.62%
    to Sudan, 3.64% to India and 2.67% to the United States', 'vacation (49.1 percent) and
    diving (37.9 percent)': percentages that enumerate members, each with its own, where no
    word of change or of a rate governs the list, divide one whole: they are shares. Three
    members at least (two where each stands in brackets), together no more than the whole;
    a list under a rate ('inflation in Lima (3.1%), Cusco (2.5%)') or a change ('increases
    in A (7%), B (31%)') keeps its own reading."""
    runs, run = [], []
    for c in claims:
        if c.kind != K.PERCENT:
            continue
        if run and _member_gap(c.sentence[claim_span(run[-1])[1]: claim_span(c)[0]]) and c.sentence == run[-1].sentence:
            run.append(c)
        else:
            if len(run) > 1:
                runs.append(run)
            run = [c]
    if len(run) > 1:
        runs.append(run)
    for run in runs:
        members = [c for c in run if c.role == R.RATE and not c.context.get("change")]
        bracketed = all(c.sentence[: claim_span(c)[0]].rstrip().endswith("(") for c in run)
        enough = len(run) >= (2 if bracketed else 3)
        governing = _governing_change(run[0]) if members and enough else None
        if governing and all(c.role in (R.RATE, R.GROWTH) for c in run):
            # "the largest increases were in forestry (10.7%), water (6.4%) and mining (7.4%)":
            # a word of change governs the list, every member grew (or fell) by its figure
            for c in members:
                c.role, c.direction = R.GROWTH, governing
                c.context["change"] = governing
            continue
        if len(members) != len(run) and any(c.role != R.SHARE for c in run if c not in members):
            continue  # a growth or a rate among them: not one whole's parts
        if not enough or not members:
            continue
        if sum(c.value for c in run) > _DISTRIBUTION_MAX or any(c.value <= 0 for c in run):
            continue
        first, last = run[0], run[-1]
        if not LETTERS.search(first.sentence, 0, claim_span(first)[0]):
            continue  # no member named before the first figure: a fragment of a sentence cut short ("B.C. (2.7 per cent), …")
        if changes_or_rates(clause_words_before(first) + _colon_lead_words(first)):
            continue
        # (the rest of the clause: "… (7.5%) were the key drivers of the non-food inflation")
        after = re.split(r"[.;:]", last.sentence[claim_span(last)[1]:], maxsplit=1)[0][:90]
        if changes_or_rates([w.lower() for w in LETTERS.findall(after)]):
            continue
        if any((c.metric or "").lower().split()[-1:] and (c.metric or "").lower().split()[-1] in frame_words("rate_nouns") for c in run):
            continue
        for c in members:
            c.role = R.SHARE


_TO_FIRST = lazy(r"\s*(?:to|at)\s+(?:about\s+|around\s+|nearly\s+|some\s+)?[^\w\s]{0,4}\s*", re.I)
_NO_FIGURE_BUT_YEARS = lazy(r"(?:[^\d%]|(?<!\d)(?:19|20)\d\d(?!\d))*")


def _governing_change(first: Claim) -> Optional[str]:
    """The direction of a word of change ('increases were recorded in', 'the largest growth
    was in', 'the greatest drop was in') that governs a verbless list from before its first
    member, in the same clause with no figure, share or rate between them; else None."""
    left = first.sentence[: claim_span(first)[0]]
    starts = [m.end() for m in CLAUSE_START.finditer(left)]
    clause = left[starts[-1] if starts else 0:]
    if FIGURE_IN_GAP.search(YEAR.sub("", left)) or any(w.lower() in frame_words("rate_nouns") for w in LETTERS.findall(left)):
        return None  # ("42.4% of the total increase was in winter, 26.2% in summer": parts of another figure's whole;
        # "food inflation, which had the highest increase of 15%, followed by …": rates)
    lead = _COLON_LEAD.search(left)
    if lead and starts and left[starts[-1] - 1] == ":":
        clause = lead.group("lead") + " " + clause  # "Increases were recorded in these markets: A (7%), …"
    words = list(LETTERS.finditer(clause))
    for k in range(len(words) - 1, -1, -1):
        w = words[k].group(0).lower()
        if w in frame_words("rate_nouns") or SHARE_WORDS.fullmatch(w):
            return None  # "the jobless rate rose most in Oruro (9.1%)", "its share grew in …"
        direction = grammar.change_direction(w) or noun_direction(w)
        if direction in ("up", "down"):
            rest = clause[words[k].end():]
            if _TO_FIRST.fullmatch(rest):
                return None  # "prices rose to $5 in Lima, $6 in Cusco": the levels reached
            return direction if _NO_FIGURE_BUT_YEARS.fullmatch(rest) else None
    return None


# "rose in Sarawak by RM740.6 million, Negeri Sembilan (RM369.3 million), and Perlis (…)":
# the places of a list after a change each carry their own bracketed change
_NAMED_LIST_GAP = lazy(r"\s*\)?\s*(?:,|;|,?\s*and|,?\s*followed\s+by)\s*(?:the\s+)?(?:[A-Z][\w.'’&-]*\s+){1,4}\(\s*", 0)


_OVER = lazy(r"over\b", re.I)
# A change followed at once by 'from' and a figure (no comma, no 'up'): the level it started
# from ("a $3 million rise from $20 million"); "added 200,000 jobs, up from 150,000" compares
# two changes
# (after "or 12%," too: "up 247,736,000 bus, or 12%, from 2,061,939,000": the change restated in relative terms first)
_CHANGE_FROM = lazy(r"(?:\s*,?\s*or\s+(?:about\s+|around\s+|almost\s+|nearly\s+|some\s+)?[\d.,]+\s*(?:%|per\s?cent|percent)\s*,?)?"
                    r"[\s-]*(?:(?!up\b|down\b)[a-z]+\s+){0,2}?from\s+(?:the\s+|a\s+|an\s+)?(?:about\s+|around\s+|nearly\s+|some\s+)?"
                    r"[^\s\d]{0,4}\s?", re.I)


_LEVEL_NOT_CHANGE = 5  # a figure compared with a change, this many times its size, is a level
# "to 6.7 percent of GDP from 7.5 percent", "2.0 percent of GDP, up from 0.9 percent": the
# earlier reading of a part or a rate, set against the later one by 'from' (its whole named
# or not between them); no other figure or clause stands between
_FROM_EARLIER_READING = lazy(r"(?:\s+of\s+[^\d;:.,()]{1,40}?)?\s*,?\s*(?:(?:up|down)\s+)?from\s+"
                             r"(?:about\s+|around\s+|nearly\s+|some\s+)?", re.I)


def _from_earlier_reading(claims: list[Claim], i: int) -> bool:
    """A percentage after 'from' that restates, for an earlier time, the share or rate just
    before it takes that figure's role, whatever growth its inherited metric names: the change
    is the distance between the two readings, neither reading is it."""
    c, p = claims[i], claims[i - 1] if i else None
    if p is None or c.kind != K.PERCENT or p.kind != K.PERCENT or c.role != R.GROWTH or p.role not in (R.SHARE, R.RATE):
        return False
    if not _FROM_EARLIER_READING.fullmatch(c.sentence, claim_span(p)[1], claim_span(c)[0]):
        return False
    c.role, c.direction = p.role, None
    c.context.pop("change", None)
    return True


# "an increase of 11.4%, compared to 9.1% during January 2019", "by 21.2% to 13,837 MD against
# 20.2% a year before": after the growth's last figure (a level it reached may stand between),
# a word of comparison alone, then the other side
_AGAINST_TAIL = lazy(r"(?:(?!\b(?:above|below|higher|lower|more|less|greater|smaller|ahead|behind|over|from|at)\b)(?:[^\d%;:()]|(?<=[A-Za-z])\d+|(?<!\d)(?:19|20)\d\d(?!\d)))*?"
                     r"\b(?:(?:as\s+)?compared\s+(?:to|with)|in\s+comparison\s+(?:to|with)|(?:as\s+)?against|versus|vs\.?|than)\s+"
                     r"(?:an?\s+|the\s+)?(?:about\s+|around\s+|nearly\s+|some\s+|almost\s+)?$", re.I)


def _compared_growth(prev: Claim, c: Claim) -> bool:
    """A bare percentage set against a growth by 'compared to', 'against', 'versus', 'than',
    with only a level the growth reached between them (no comparative: '7.3% above the 53.9%'
    names the level compared with) and no rate or share named as its own."""
    gap = c.sentence[claim_span(prev)[1]: claim_span(c)[0]]
    figures = list(FIGURE_IN_GAP.finditer(gap))
    if "%" in gap or "per cent" in gap.lower() or "percent" in gap.lower():
        return False
    tail = gap[figures[-1].end():] if figures else gap
    if figures and not REACHED.search(gap[: figures[0].start()].rstrip("$€£¥₹")):
        return False  # another figure stands between that is no level reached
    if not _AGAINST_TAIL.fullmatch(tail):
        return False
    words = [w.lower() for w in LETTERS.findall(gap)] + (c.metric or "").lower().split()
    return not any(w in frame_words("rate_nouns") or SHARE_WORDS.fullmatch(w) for w in words)


def comparison_roles(claims: list[Claim]) -> None:
    """'employers added 332,000 jobs, compared with the 236,000 initially reported': the
    figure a change is compared with is a change too (an earlier estimate, another
    period's change), whatever its own words say."""
    compared_share = False
    for i, c in enumerate(claims):
        if _from_earlier_reading(claims, i):
            continue
        if c.role == R.CHANGE and REACHED.search(c.sentence[: claim_span(c)[0]][-12:]) and i \
                and claims[i - 1].unit == c.unit and claims[i - 1].role == R.CHANGE:
            # "an increase in the goods deficit of $4 billion to $69.7 billion": the figure
            # after "to" is the level the change reached, not a second change
            c.role, c.direction = R.LEVEL, None
            c.context.pop("change", None)
            continue
        if c.kind == K.PERCENT and c.role == R.RATE and i and compared_before(c.sentence[: claim_span(c)[0]][-40:]):
            prev = next((p for p in reversed(claims[:i]) if p.kind == K.PERCENT), None)
            if prev is not None and prev.role == R.SHARE:
                c.role = R.SHARE  # "a 28.3% share compared to 29% in 2021": the other side is a share too
                compared_share = True
            elif prev is not None and prev.role == R.GROWTH and _compared_growth(prev, c):
                # "an increase of 11.4%, compared to 9.1% a year before": the other side of a
                # growth is the growth of another time or place
                c.role = R.GROWTH
                c.direction = "down" if c.value < 0 else prev.direction
                c.context["change"] = c.direction
            continue
        compared = COMPARED_BEFORE.search(c.sentence[: claim_span(c)[0]][-40:]) if c.role == R.LEVEL else None
        if compared is None:
            continue
        if _OVER.match(compared.group(0)):
            continue  # "an increase of 70,688 visitors over the 715,891 recorded": the level a change is measured from
        if _FROM_TO_LEVEL.match(c.sentence, claim_span(c)[1]):
            continue  # "by 17.3 percent (P924.8 million) from P5.3 billion in October to P4.4 billion": two levels
        prev = next((p for p in reversed(claims[:i]) if p.unit == c.unit), None)
        if prev is not None and MORE_THAN_AFTER.match(c.sentence, claim_span(prev)[1]):
            continue  # "770,000 more than the 11.07 million seen in 2018": the level compared with
        restated = i >= 2 and prev is claims[i - 2] and claims[i - 1].kind == K.PERCENT
        if (prev is claims[i - 1] or restated) and _CHANGE_FROM.fullmatch(c.sentence, claim_span(prev)[1], claim_span(c)[0]):
            continue  # "grew $457 million from $1.293 billion", "a 37-person jump from the 934": where it started
        if prev is not None and prev.role == R.CHANGE and c.value > _LEVEL_NOT_CHANGE * abs(prev.value):
            continue  # "down 10,910,000 bus … compared with 2,326 million bus": a level, orders above the change
        if prev is not None and prev.role == R.CHANGE:
            c.role = R.CHANGE
            c.context["change"] = c.context.get("change") or prev.context.get("change")
    if compared_share:
        _share_lists(claims)  # "compared with 87% a month before and 86% a year before": the rest of that side


# "…, or a difference of 2,486", "— a variation of $3 million": a noun of difference apposed
# to the clause before it (after a dash, a comma or a bracket, 'or', 'i.e.', 'that is')
_APPOSED_DIFFERENCE = lazy(r"(?:[—–,;(]|\s-)\s*(?:or\s+|i\.\s?e\.,?\s+|that\s+is,?\s+)?(?:an?|the)\s+(?:[a-z-]+\s+)?"
                           r"(?P<n>[a-z]+)\s+of\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|over\s+|just\s+)?[$€£¥₹]?\s*$", re.I)


def apposed_differences(claims: list[Claim]) -> None:
    """"Arrivals rose by 7.1 per cent, to 36,757 from 34,335 — or a difference of 2,486": a
    difference of no stated side apposed to a clause that tells a change restates that change,
    and goes its way. The changes told before it in the sentence (else its verbs of change)
    must agree; with none, or with a rise and a fall ("exports rose 5% while imports fell 3%, a difference of …"), the
    side stays unknown."""
    for i, c in enumerate(claims):
        if c.role != R.CHANGE or c.context.get("change") != "either":
            continue
        apposed = _APPOSED_DIFFERENCE.search(c.sentence, max(0, claim_span(c)[0] - 60), claim_span(c)[0])
        if apposed is None or difference(apposed.group("n")) != "either":
            continue
        sides = {p.direction for p in claims[:i] if p.role in (R.CHANGE, R.GROWTH)}
        words = {grammar.change_direction(w) for w in LETTERS.findall(c.sentence[: apposed.start()])} - {None}
        if not sides and len(words) == 1:
            sides = words  # "fell to 96,000 from 100,000, a difference of 4,000": the verb's way
        if len(sides) == 1 and None not in sides and (not words or words == sides):
            c.direction = c.context["change"] = next(iter(sides))
