"""What a time expression is to its sentence, read from the words around it: a comparison
base ("than in 2019", "compared with the same period last year"), the time of an aside or
of a plan, the day a report was released, or the end of a flow counted so far (a year to
date). Pure: no I/O.
"""

from __future__ import annotations

import re
from datetime import date

from factcheck.timespan import Span, month_span
from factcheck.extract.patterns import ends_with, lazy, triggered
from factcheck.extract.periods.expressions import TimeExpr


# A comparison word before an expression makes it a base: "than in 2019", "compared with
# the same period last year", "from 0.5% in the second quarter" (there it is also the
# period of the figure right before it: see the frame package).
# "a decrease of $83m on the surplus in December 2019", "than the deficit in May": the
# comparison word names another figure of the base period
# ("receipts from the business tax in the first quarter": 'from' names a source unless a
# change stands before it)
_BASE_OF_FIGURE = ends_with(lazy(r"(?:\bcompared\s+(?:with|to)|\bthan|\bon|\bagainst|\bversus|\bover|\babove|\bbelow"
                       r"|\b(?:up|down|rose|fell|grew|increased|decreased|declined|dropped|climbed|jumped|slipped|higher|lower|"
                       r"changes?|increases?|decreases?|rises?|falls?|gains?|drops?|declines?|growth)"
                       r"\s+(?:by\s+)?(?:[^\s,;]{0,4}\d[\d,.]*\s*(?:%|percent|per\s*cent|points?|[a-z]+)?\s+)?from)\s+(?:the|a|its|their)\s+"
                             # "above the $219 million budget for FY2020": the other figure may be given
                             r"(?:[^\s\d,;]{0,4}\d[\d,.]*\s*(?:m|bn|million|billion|trillion)?\s+)?"
                             r"(?:[a-z][\w-]*\s+){1,3}(?:in|of|for|during|at)\s+(?:the\s+)?$", re.I),
                            ("in", "of", "for", "during", "at", "the"))
_BASE_BEFORE = lazy(
    r"(?:\bcompared\s+(?:with|to)|\bcomparison\s+(?:with|to)|\b(?:as\s+)?opposed\s+to|\bin\s+contrast\s+(?:with|to)|\bwith\s+respect\s+to|\bin\s+relation\s+to|\bfrom|\bthan|\bsince|\bversus|\bvs\.?|\bagainst|\bover|\brelative\s+to|"
    r"\bon|\bpar\s+with|\bbelow|\babove|\bahead\s+of|\bbehind|\bbefore|\bpre-?|\bafter|\bpost-?|\bbeyond|\bof|\bto|\bunlike)\s+(?:(?:that|those|(?:the\s+)?(?:levels?|figures?|results?|outturns?|numbers?|totals?|values?|amounts?))\s+(?:(?:recorded|registered|seen|reported|posted)\s+)?(?:of|in)\s+)?"
    # ("down by $283 million from the level of the previous month", "31% above the results of the
    # same quarter last year": the figure of that time, named by its noun)
    # "compared with latest estimates for 2018", "over the revised estimate of 2023"
    r"(?:(?:the\s+)?(?:latest|revised|preliminary|provisional|final)\s+estimates?\s+(?:for|of)\s+)?"
    # "over revised 2018", "compared with the latest 2023": a year's figures as revised or estimated
    r"(?:in\s+|during\s+|for\s+|at\s+)?(?:the\s+)?(?:(?:revised|latest|preliminary|provisional|estimated|actual|approved)\s+)?$", re.I)
_CHANGE_ON = lazy(r"(?:\bup|\bdown|\brose|\bfell|\bhigher|\blower|\brise|\bfall|\bincrease|\bdecrease|\bgain|\bdrop|"
                        r"\d\s?(?:%|pc\b|pct\b)|\bpercent|\bper\s*cent|\bpoints?"
                        # "up 30,000 on December", "down €1.2bn on last year": a change's amount before 'on'
                        r"|\b(?:up|down|rose|fell|increased|decreased|gained|lost|added|shed|(?:rise|increase|fall|drop|decline|decrease|gain)\s+of)"
                        r"\s+(?:by\s+)?[^\s,;]{0,4}\d[\d,.]*"
                        # with its scale and the unit counted: "up 16.3 tonnes on the previous year"
                        r"(?:\s*(?:k|m|bn|mn)\b)?(?:\s+(?:thousand|million|billion|trillion))?(?:\s+[a-z]+){0,2}?)\s+on\s+(?:the\s+)?$", re.I)
# "from (the revised figure of) P5.9 billion (recorded) in" … "to": the figure a change starts from
# a figure with its scale, unit or noun after it (two words at most): "P5.9 billion", "236.9 million euros"
_FIGURE_AND_WORDS = (r"[^\s\d,;]{0,4}\d[\d,.]*\s*"
                     r"(?:(?:thousand|million|billion|trillion|bn|mn|m|k|percent|per\s*cent|%|[a-z]+)\s+){0,2}")
_FROM_FIGURE_IN = lazy(r"\bfrom\s+(?:the\s+)?(?:[a-z]+\s+){0,3}?(?:of\s+)?" + _FIGURE_AND_WORDS +
                       r"(?:(?:recorded|registered|reported|posted|seen|observed)\s+)?(?:in|during|for|at)\s+(?:the\s+)?$", re.I)
# "to 1.3 million bags from 1.1 million 60-kg bags in": the change's end, then its start and the start's time
_TO_FIGURE_FROM_FIGURE_IN = lazy(r"\bto\s+(?:about\s+|around\s+|nearly\s+)?[^\s\d,;]{0,4}\d[\d,.]*(?:\s+[\w-]+){0,3}?\s+from\s+(?:the\s+|a\s+)?"
                                 r"[^\s\d,;]{0,4}\d[\d,.]*(?:\s+[\w-]+){0,3}?\s+(?:recorded\s+|registered\s+|reported\s+)?(?:in|during|for)\s+(?:the\s+)?$", re.I)
# "than what it was in", "more than took place in": a clause of its own after 'than' names the other side's time
_THAN_CLAUSE_IN = lazy(r"\bthan\s+(?:(?:what|that|those)\s+)?(?:(?:it|they|there|which)\s+)?(?:was|were|had\s+been|took\s+place|occurred|happened"
                       r"|(?:was|were)\s+(?:recorded|registered|reported|seen|posted))\s+(?:in|during|for)\s+(?:the\s+)?$", re.I)
_TO_AFTER = lazy(r"\s*,?\s*to\s+(?:about\s+|around\s+|nearly\s+)?[^\s\d,;]{0,4}\d", re.I)
_FROM_DATED_FIGURE = lazy(r"\b(?:from|than|compared\s+(?:with|to)|against|over|on)\s+(?:the|its|their)\s+(?:(?:revised|preliminary|provisional|previous|earlier|final)\s+)?$", re.I)
_FIGURE_NOUN_AFTER = lazy(r"\s+(?:value|figure|level|total|reading|estimate|outturn|number)s?\b", re.I)
#: Verbs that measure against the figure after them ("surpassing the N7.86 trillion recorded in
#: the corresponding period of 2022"), as a comparison does (the frame package too).
MEASURING_VERBS = r"(?:exceed|surpass|outstrip|outpace)(?:es|s|ed|ing)?"
# a change stated with its direction right before 'for' ("down 14.3% for the same period last
# year"): only a time that looks back follows it as its base (asked of anaphors only)
_DIRECTED_FIGURE_FOR = lazy(r"\b(?:up|down)\s+(?:by\s+)?[^\s\d,;]{0,4}\d[\d,.]*\s*(?:%|percent|per\s*cent|pct|points?)\s+for\s+$", re.I)
_COMPARISON_BEFORE = lazy(r"\b(?:than|compared\s+(?:with|to)|in\s+comparison\s+(?:with|to)|versus|vs\.?|(?:as\s+)?against"
                          rf"|{MEASURING_VERBS})\b(?:[^;:(),]|,(?=\d))*$", re.I)
# a share stated right before 'of' and a noun right after the time: the time dates the whole
_SHARE_BEFORE_OF = lazy(r"(?:\d\s?%|\d\s+(?:per\s?cent|percent))\s+of\s+(?:the\s+)?$", re.I)
_NOUN_AFTER_TIME = lazy(r"\s+(?!(?:and|or|to|through|until|when|while|but|as|in|on|at|for|with|from|by|was|were|is|are|has|had)\b)[a-z]")
# "a growth of 6.5 percent over last year": a rate set right against a time
# "some $10,263 million over 2018": an amount right before 'over' is a margin over that time
_AMOUNT_OVER = lazy(r"\d[\d,.]*\s*(?:m|bn|mn|million|billion|trillion|thousand|crore|lakh)?\s+over\s+(?:the\s+)?$", re.I)
# "over the first quarter of 2017", "over the final five months of the fiscal year": the
# opening or closing part of a year, named by its ordinal, after 'over'
_OVER_OPENING_PART = lazy(r"\bover\s+(?:the\s+)?(?:first|second|third|fourth|final|last|opening|closing|1st|2nd|3rd|4th)"
                          r"(?:\s+(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven))?[\s-]+(?:quarter|half|months)\b", re.I)
# a word of change right before the time: "up 5% over", "a rise over"
_CHANGE_RIGHT_BEFORE = lazy(r"\b(?:up|down|rose|fell|higher|lower|increase|decrease|growth|gain|rise|fall|drop|decline)\b[^,;]{0,25}$", re.I)
_PERCENT_OVER = lazy(r"(?:\d\s?%|\d\s*(?:percent|per\s?cent))\s+over\s+$", re.I)
# "of 2019 levels", "over their comparative 2017 figures": the word before a time of other figures
_BEFORE_LEVELS = lazy(r"\b(?:of|to|at|below|above|over|than|from|against|versus)\s+(?:its\s+|their\s+|the\s+)?"
                      r"(?:(?:comparative|corresponding|comparable|equivalent|same)\s+)?$", re.I)
# "compared to the deficit of 236.9 million euros in": the other side's figure, then its time
_COMPARED_FIGURE_OF = lazy(r"\b(?:compared\s+(?:with|to)|than|against|versus|vs\.?)\s+(?:the|a|its|their)\s+(?:[a-z][\w-]*\s+){1,3}of\s+"
                           + _FIGURE_AND_WORDS + r"(?:in|during|for)\s+(?:the\s+)?$", re.I)
_LEVELS_AFTER = lazy(r"\s*(?:['’]s\s+)?(?:levels?|figures?|peaks?|highs?|lows?|totals?|average)\b", re.I)


# "exceeds the previous year's figures by 36%", "surpassed the data of last year": a verb
# that measures against another figure makes the time after it that figure's, a base
# "up 7 per cent from the record year of 2016", "compared with the pre-pandemic year 2019":
# a base year named through a noun phrase
# "rose over the month of March 2016 by 5%", "during the period of June 2020": a span the
# statement is about, not the other figure of a comparison
_TIME_FRAME_OF = lazy(r"\b(?:over|in|during|for|throughout)\s+the\s+(?:month|period|course|quarter|season)\s+of\s+$", re.I)
_BASE_YEAR_NOUN = lazy(r"\b(?:from|than|compared\s+(?:with|to)|against|versus|relative\s+to)\s+(?:the|a)\s+(?:[a-z][\w-]*\s+){0,2}"
                       r"year\s+(?:of\s+)?$", re.I)
_EXCEEDS_BEFORE = lazy(r"\b(?:exceed|surpass|outstrip|outpace|outperform|overtake|top|beat|trail|lag)(?:s|ed|ped|ing|ping)?\s+"
                       r"(?:(?:behind|the|its|their)\s+)?(?:(?:data|figures?|levels?|results?|values?|totals?|numbers?|volumes?|amounts?)"
                       r"\s+(?:of|for|in|from|recorded\s+in)\s+)?(?:the\s+)?$", re.I)


# "Comparing May 2020 with May 2019", "compare the first quarter to the last": the second
# term of a comparison verb's pair is the base (the first is the statement's own period)
_COMPARING_PAIR = ends_with(lazy(r"\bcompar(?:ing|es?|ed)\s+(?:the\s+)?[^,;:()]{2,60}?\s+(?:with|to|against|and)\s+(?:the\s+)?$", re.I),
                            ("with", "to", "against", "and", "the"))


# "This compares to 28,523 employed … in June 2019": a sentence that is the other side of a
# comparison dates the figures it sets against (not "This is compared to the figures for
# July 2016 that recorded …", a description of its own)
_COMPARES_TO_FIGURES = lazy(r"^\s*(?:this|that|it|these|those|the\s+figures?)\s+(?:compares?|compared|is\s+compared|are\s+compared)\s+(?:to|with)\s+[^;:]*\d[^;:]*$", re.I)


# the day a report, release or statement came out: the time of the telling, not of the figures
# (its agent named between: "released by the Ministry of Trade, Industry and Energy (MOTIE) on Nov. 1")
_RELEASED_ON = lazy(r"\b(?:released|published|made\s+(?:public|available)|issued|announced|disclosed|unveiled|presented|launched|"
                    r"posted|tabled|"
                    # the day a law or budget was passed dates that act, not the figures it sets
                    r"approved|adopted|passed|enacted|signed|ratified|amended|endorsed|gazetted)\s+(?:[\w’']+,?\s+|\([\w’' ]{2,20}\)\s+){0,10}?(?:on|at)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s*,?\s*)?$"
                    # the day a source spoke ("according to Tourism Minister Thong Khon, on February 1,
                    # 2020", "the minister told reporters on 3 March"): only words between, no figure
                    r"|\b(?:according\s+to|said|says|told|stated|noted|added|remarked|explained|declared|stressed|"
                    r"pointed\s+out)\s+(?:[^\W\d][\w’'.-]*,?\s+){0,7}?on\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s*,?\s*)?$", re.I)
# a concession or a cause told in passing ("despite a severe drought last year", "due to the
# measures adopted last year", "amid the floods of 2022"): its time is of that event
_ASIDE_BEFORE = lazy(r"\b(?:despite|in\s+spite\s+of|due\s+to|because\s+of|owing\s+to|amid(?:st)?)\s+(?:[^\d,;:()]|\d(?=\d{3}\b))*$", re.I)
# a fronted adjunct of what is left out or in ("Excluding aircraft worth Rs 2.682 million bought
# in 2009, the trade deficit rose by 23.0%"): its time is of the thing set aside
_FRONTED_EXCLUSION = lazy(r"^\W*(?:excluding|including|except(?:\s+for)?|apart\s+from|aside\s+from|besides|not\s+counting|"
                          r"leaving\s+(?:out|aside))\s+[^,;:]*$", re.I)
_ON_DAY_OPENING = lazy(r"\s*On\s", 0)
_THEN_TOLD = lazy(r"\s*,?\s*(?:the\s+)?[^\d,;:]{0,60}?\b(?:reported|announced|said|stated|disclosed|revealed|published|released)\b", re.I)
_ABOUT_PLANS = lazy(r"\b(?:prospects?|outlook|forecasts?|targets?|goals?|plans?|projections?|ambitions?|hopes?|vision|"
                    r"expected\s+to\s+\w+(?:\s+\w+)?|due\s+to\s+\w+|set\s+to\s+\w+|aims?\s+to\s+\w+)\s+"
                    r"(?:for|of|in|by|until|to)?\s*(?:the\s+)?(?:end\s+of\s+)?$", re.I)


# "an export target of $31 billion for this year", "budgeted a deficit of 4.4% of GDP (685
# billion rupees) for the full year 2019": the time a plan's figure is set for, past the figure
_PLANNED_FIGURE = triggered(lazy(r"\b(?:(?:targets?|goals?|projections?|forecasts?)\s+of|budgeted)\s+(?:[^.;:]|\.\d){0,60}?\d(?:[^.;:]|\.\d){0,40}?\s"
                                 r"(?:for|in|by)\s+(?:the\s+)?(?:full\s+|whole\s+)?$", re.I),
                            ("target", "goal", "projection", "forecast", "budgeted"))


# "fell by 16 percent over the fiscal year ending in March to $17.22 billion": a span told by
# the month it ends in, between a change and the level the change reached, is the change's own
_OVER_BEFORE = lazy(r"\bover\s+$", re.I)
_TO_LEVEL_AFTER = lazy(r"\s+to\s+(?:about\s+|around\s+|nearly\s+|some\s+)?(?:[$€£¥₹]\s?|[A-Z]{1,3}\$?\s?)?\d")


def _is_base(sentence: str, e: TimeExpr) -> bool:
    if "base" in e.tags or e.base:
        return True
    if "ends_named" in e.tags and e.span is not None and e.span.months > 1 \
            and _OVER_BEFORE.search(sentence, max(0, e.start - 6), e.start) and _TO_LEVEL_AFTER.match(sentence, e.end):
        return False
    if e.shift and e.span is None and (_COMPARISON_BEFORE.search(sentence, max(0, e.start - 90), e.start)
                                       or _DIRECTED_FIGURE_FOR.search(sentence, max(0, e.start - 60), e.start)):
        # "12% lower than the revenues received in the same period in 2022"; "up by 0.5% for
        # the same period last year": a time that looks back, set after a change with its
        # direction, is what the change is measured from
        return True
    if e.span is not None and (_FROM_FIGURE_IN.search(sentence, max(0, e.start - 90), e.start)
                               and _TO_AFTER.match(sentence, e.end)
                               or _FROM_DATED_FIGURE.search(sentence, max(0, e.start - 40), e.start)
                               and _FIGURE_NOUN_AFTER.match(sentence, e.end)):
        # "fell from P5.9 billion recorded in October to P4.9 billion in November", "a
        # decrease of 16.6 percent from the revised October value": the start of the change
        return True
    if e.span is not None and (_TO_FIGURE_FROM_FIGURE_IN.search(sentence, max(0, e.start - 120), e.start)
                               or _THAN_CLAUSE_IN.search(sentence, max(0, e.start - 60), e.start)):
        # "grew 18% to 1.3 million bags from 1.1 million bags in February 2020", "11.3 percent
        # lower than what it was in September 2016": the time of the other side
        return True
    before = sentence[max(0, e.start - 40): e.start]
    if _EXCEEDS_BEFORE.search(before) or e.span is not None and _BASE_YEAR_NOUN.search(before) \
            or _COMPARING_PAIR.search(sentence[max(0, e.start - 80): e.start]) \
            or e.span is not None and e.start < 200 and _COMPARES_TO_FIGURES.match(sentence, 0, e.start):
        return True
    if _BASE_OF_FIGURE.search(sentence[max(0, e.start - 60): e.start]) and e.span is not None \
            and not _TIME_FRAME_OF.search(before):
        return True
    m = _BASE_BEFORE.search(before)
    if m:
        word = m.group(0).split()[0].lower()
        if word in ("of", "to", "on", "before", "after"):
            # "of 2019 levels", "compared to 2019", "on 2023": a base only with what follows or a
            # comparison word; "the first quarter of 2024", "to 2030" are not bases
            if word in ("of", "before", "after") and _LEVELS_AFTER.match(sentence, e.end):
                return True
            if word == "of" and e.span is not None and e.shift is None and _SHARE_BEFORE_OF.search(before) \
                    and _NOUN_AFTER_TIME.match(sentence, e.end):
                return True  # "14.8% of 2019 arrivals", "33% of 2019 visitor levels": the whole's time
            if word == "on":
                # "up 5% on 2023", "a rise on the previous year"; not "on May 21"
                return bool(_CHANGE_ON.search(before))
            return False
        if word == "from" and e.span is not None and e.span.start.day != e.span.end.day \
                and _DAYS_JOINED.search(e.text):
            return False  # "in the period from November 14 to 20": 'from' opens the span of days it names
        if word == "from" and _FRONTED_BASE.match(sentence, 0, e.start) and _NOUN_FROM.search(before):
            return False  # "As opposed to June 2021, exports from June 2022 rose": the base is fronted, 'from' dates the noun
        if word == "over" and "window" in e.tags and e.span is not None and e.span.months > 1:
            return False  # "grew 13.4 percent over the last 12 months": the span of the change, not its base
        if word == "over" and _PERCENT_OVER.search(before):
            return True  # "a growth of 6.5 percent over last year": a rate set against a time is measured from it
        if word == "over" and not sentence[: max(0, e.start - 40) + m.start()].strip():
            return False  # "Over the first four months of the year, the biggest surpluses …": a frame, not a base
        if word in ("from", "over") and e.span is not None and ("deictic" in e.tags and e.span.months > 1 and word == "over"):
            return False  # "over the past 12 months": the statement's own span
        if word == "over" and e.span is not None and e.shift is None and _OVER_OPENING_PART.search(before + e.text[:40]) \
                and not _CHANGE_RIGHT_BEFORE.search(before) and not _FIGURE_NOUN_AFTER.match(sentence, e.end):
            # "hit US$2.74 billion over the first quarter of 2017", "€875 million over the first
            # 3 months": the opening or closing part of a year after 'over' is the span a
            # figure was counted over (a rate's "5% over the first half of 2023" is kept above)
            return False
        if word == "over" and re.search(r"\bover\s+(?:the\s+)?$", before, re.I) and e.span is not None and e.span.months >= 12 \
                and not re.search(r"\b(?:up|down|rose|fell|higher|lower|increase|decrease|growth|gain)\b[^,;]{0,25}$", before, re.I) \
                and not _AMOUNT_OVER.search(before):
            return False
        return True
    if e.span is not None and _COMPARED_FIGURE_OF.search(sentence, max(0, e.start - 100), e.start):
        return True  # "compared to the deficit of 236.9 million euros in 2017": the other side's time
    # "of 2019 levels", "over their comparative 2017 figures"
    return bool(_LEVELS_AFTER.match(sentence, e.end)) and e.span is not None and e.shift is None and \
        bool(_BEFORE_LEVELS.search(before))


# a record word, then 'since' right before the time: "its lowest level since 2015", "the
# highest growth since 1946", "for the first time since 2019" (a superlative's reach)
_RECORD_SINCE = lazy(r"\b(?:highest|lowest|largest|biggest|smallest|strongest|weakest|best|worst|fastest|slowest|sharpest|"
                     r"steepest|deepest|greatest|first\s+time|record|most|least)\b[^,;:.()\d]{0,40}?\bsince\s+(?:the\s+)?$", re.I)

# a sentence opening on the other side of its comparison ("Compared with May 2018, …")
_FRONTED_BASE = lazy(r"\s*(?:as\s+opposed\s+to|compared\s+(?:to|with)|in\s+comparison\s+(?:to|with)|in\s+contrast\s+(?:to|with)|unlike)\s[^,;:]{2,40},", re.I)
# a plain noun before 'from', no figure nor word of change: "exports from June 2022"
_NOUN_FROM = lazy(r"(?<![\d%])\s(?!(?:up|down|rose|fell|grew|increased|decreased|declined|dropped|climbed|jumped|slipped|higher|lower|more|less|"
                  r"changes?|increases?|decreases?|rises?|falls?|gains?|drops?|declines?|growth|away|far|ago|percent|cent|points?)\b)"
                  r"[a-z]{3,}\s+from\s+(?:the\s+)?$", re.I)
_DAYS_JOINED = lazy(r"\d\s*(?:\bto\b|\bthrough\b|\buntil\b|-|–)\s*(?:[A-Za-z]+\.?\s+)?\d", re.I)
_TIME_WORDS = ("year", "month", "quarter", "half", "fiscal", "financial", "date", "so far", "ytd", "earlier", "ago",
               "previous", "prior", "preceding", "same", "last", "next", "current", "past", "y/y", "yoy", "q/q", "m/m",
               "sequential", "basis", "as of", "days", "weeks", "semester", "trimester", "summer", "winter", "spring", "autumn", "fall")



# "received 37,994 tourists as of September this year", "revenues generated … reached USD
# 530 million as of July 31": a flow counted up to a month or a day is the year so far
_AS_OF_BEFORE = lazy(r"\bas\s+(?:of|at)\s+(?:the\s+end\s+of\s+)?$", re.I)
# verbs of a flow counted so far ("exports earned 2.1 billion as of May"); the phrasal ones
# only with their particle ("brought in", "raking in")
_FLOW_SO_FAR_VERBS = ("received", "receiving", "generated", "generating", "earned", "earning", "collected", "collecting",
                      "exported", "exporting", "imported", "importing", "arrived", "visited", "sold", "selling", "spent",
                      "welcomed", "attracted", "raised", "fetched", "fetching")
_FLOW_SO_FAR_PHRASAL = ("brought", "bringing", "raked", "raking")
_FLOW_SO_FAR = triggered(lazy(rf"\b(?:{'|'.join(_FLOW_SO_FAR_VERBS)}|(?:{'|'.join(_FLOW_SO_FAR_PHRASAL)})\s+in)\b", re.I),
                         _FLOW_SO_FAR_VERBS + _FLOW_SO_FAR_PHRASAL)


_LEAD_WORDS = lazy(r"[A-Za-z]+")
_REPORTED_THAT = lazy(r"\bthat\s+$", re.I)
_FIGURE_IN_CLAUSE = lazy(r"[^,;:()\d]*\d")
_BUDGET_FLOW_AFTER = lazy(r"\s*,\s*(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:budget|fiscal)\s+(?:deficit|surplus|balance|revenues?|expenditures?|spending)\b", re.I)
_CLAUSE_BREAK = lazy(r"[;:]|\b(?:while|whereas|but)\b", re.I)


# "As of the end of September, remittances have accumulated to …", "At the end of July, Sri
# Lanka had recorded a total of 861,324 arrivals": a perfect of counting up after the date
_BY_END_BEFORE = lazy(r"\b(?:as\s+(?:of|at)|by|at)\s+(?:the\s+end\s+of\s+)?$", re.I)
_COUNTED_UP_AFTER = lazy(r"\s*(?:this\s+year\s*)?,\s*(?:[\w’'-]+\s+){1,4}?(?:have|has|had)\s+(?:(?:so|thus)\s+far\s+)?"
                         r"(?:accumulated|cumulated|totall?ed|recorded\s+a\s+(?:cumulative\s+)?total|received\s+a\s+total)\b", re.I)


# "the budget had a deficit of 3,487.6 billion at the end of October", "at end-October": a month's
# end, at which a budget's flow is counted from the year's start (the frame, which knows the series,
# decides: a debt at the end of October is October's)
_AT_MONTH_END = lazy(r"\bat\s+$", re.I)
# (a budget's execution is reported cumulatively; a current account "at the end of March" is March's)
_PUBLIC_FINANCE = lazy(r"\b(?:budget|budgetary|fiscal|treasury|exchequer)\b", re.I)
_MONTH_END_TEXT = lazy(r"(?:the\s+)?end(?:\s+of\s+|-)", re.I)
# "the trade deficit reached 21.3 billion dinars at the end of October", "exports at end-November":
# trade is reported the same way, cumulatively from January (the "à fin octobre" of the offices
# that publish so) — unless the sentence sets the month's end against another month's end, which
# is a monthly reading ("rose to EUR 1.64 billion at the end of March, against … at the end of February")
_TRADE_FLOW = lazy(r"\b(?:trade|exports?|imports?)\b", re.I)
MONTH_END_NAMES = lazy(r"\bend(?:\s+of\s+|-)(january|february|march|april|may|june|july|august|september|october|november|december)\b", re.I)


def _cumulate(e: TimeExpr, sentence: str) -> None:
    if e.span is not None and not e.base and e.span.months == 1 and e.span.start.day == 1 and _MONTH_END_TEXT.match(e.text) \
            and _AT_MONTH_END.search(sentence, max(0, e.start - 4), e.start) \
            and (_PUBLIC_FINANCE.search(sentence) or _TRADE_FLOW.search(sentence)
                 and len({m.group(1).lower() for m in MONTH_END_NAMES.finditer(sentence)}) == 1):
        e.tags = e.tags | {"by_month"}
        return
    if e.span is not None and not e.base and e.span.months <= 1 and _COUNTED_UP_AFTER.match(sentence, e.end) \
            and _BY_END_BEFORE.search(sentence, max(0, e.start - 30), e.start):
        end = e.span.end
        e.span, e.tags = month_span(end.year, 1, end.year, end.month), e.tags | {"ytd"}
        return
    if e.span is None or e.base or e.span.months > 1 or not _AS_OF_BEFORE.search(sentence, max(0, e.start - 30), e.start):
        return
    breaks = [b.end() for b in _CLAUSE_BREAK.finditer(sentence, 0, e.start)]
    if _BUDGET_FLOW_AFTER.match(sentence, e.end):
        pass  # "As of February, the state budget deficit stood at": a budget's execution is counted from January
    elif not _FLOW_SO_FAR.search(sentence, breaks[-1] if breaks else 0, e.start):
        # "…, while visitor satisfaction is 89.5 percent, as of August 22": a reading; "trade
        # turnover as of August 15 reached $12.2 billion": a flow summed to it. The frame,
        # which knows the series, tells them apart (as it does "by July"), when the figure
        # follows in the clause or the date opens the sentence ("As at June 30, remittances
        # amounted to"; "banned as of Aug. 1, 2019, the number still rose": a date)
        opening = _AS_OF_BEFORE.search(sentence, max(0, e.start - 30), e.start).start()
        # (or a clause reported by the words before it: "The blueprint also shows that as at June 30
        # 2022, total remittances amounted to")
        if _FIGURE_IN_CLAUSE.match(sentence, e.end) or len(_LEAD_WORDS.findall(sentence, 0, opening)) <= 3 \
                or _REPORTED_THAT.search(sentence, max(0, opening - 8), opening):
            e.tags = e.tags | {"by_month"}
        return
    if _COMPARISON_BEFORE.search(sentence, breaks[-1] if breaks else 0, e.start):
        return  # "… in September compared to 3.2 billion Kwacha as of August": the other reading
    end = e.span.end
    if e.span.start != e.span.end or end == month_span(end.year, end.month, end.year, end.month).end:
        e.span = month_span(end.year, 1, end.year, end.month)  # a month, or its last day: January to it
    else:
        e.span = Span(date(end.year, 1, 1), end)
    e.tags = e.tags | {"ytd"}


# "the corresponding period of the previous fiscal year": the fiscal rule reads the year
# the span is moved back into; the words before it are part of the one expression
_SAME_PERIOD_OF_BEFORE = lazy(r"\b(?:the\s+)?(?:same|corresponding|comparable|comparative|like)\s+(?:period|months?|quarter|half)\s+(?:of|in)\s+$", re.I)


def _take_same_period_before(e: TimeExpr, sentence: str) -> None:
    if e.fiscal and e.shift == ("year", -1):
        lead = _SAME_PERIOD_OF_BEFORE.search(sentence, max(0, e.start - 40), e.start)
        if lead:
            e.start, e.text = lead.start(), sentence[lead.start(): e.end]
