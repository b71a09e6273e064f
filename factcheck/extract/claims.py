"""Claims from an article: sentences → mentions (our grammar) → exclusions → typed,
scaled claims with metric, subject and period. Pure: no I/O."""

from __future__ import annotations

import functools
import hashlib
import re
from typing import Optional

from datetime import date

from factcheck.calendars import Calendars, FiscalCalendar, stated_in
from factcheck.extract import amounts, catalogue, column_units, continued_series, coordinated_bases, decoding, frame, fronted_series, grammar, layout, list_items, measure_phrases, metric_tidy, metrics, periods, placenames, plans, reading_anaphors, respectively, restatements, role_partners, roles, segment_subjects, sentence_frame, sentence_roles, series_qualifiers, vocabulary
from factcheck.extract.frame.positions import claim_span
from factcheck.extract.frame.after_base import changes_after_their_base, date_after_bases
from factcheck.extract.mention import Mention
from factcheck.extract.conventions import article_conventions
from factcheck.extract.mentions import scan_sentence
from factcheck.extract.patterns import lazy, literal_alternation, triggered
from factcheck.extract.sentences import LineIndex, Sentence, split_sentences
from factcheck.extract.kinds import K
from factcheck.models import Article, Claim

__all__ = ["extract", "claim_id"]

# Sentences with neither a digit nor a number word cannot hold a claim: skip them early.
# (Only asked whether it occurs: "\w+tieth" from a word's start occurs where "tieth"
# follows a word character; said so, the engine can skip to the letters a match starts with.)
_HAS_NUMBER = lazy(
    r"\d|\b(?:" + literal_alternation((
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
        "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty",
        "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million", "billion", "trillion", "half", "third",
        "quarter", "fifth", "tenth", "fold", "second", "fourth", "sixth", "seventh", "eighth", "ninth", "eleventh",
        "twelfth", "twice", "thrice"), ignore_case=True) + r")|(?<=\w)(?:tieth|teenth)",
    re.I,
)


def extract(article: Article, fiscal_years: Optional[dict] = None, home_currency: Optional[str] = None,
            home_country: Optional[str] = None) -> list[Claim]:
    """Claims of an article, in text order, with their frame. `fiscal_years` adds or
    overrides fiscal calendars by place (calendars.Calendars); `home_currency` is the desk's
    own currency (settings home-currency), which a bare "$" and an unnamed amount take;
    `home_country` (settings home-country, else the home currency's country) is the place
    whose fiscal calendar a text that points to no place of its own is read by."""
    # decoding damage read as what it stood for, at the same offsets (decoding.py); the claims'
    # surfaces stay the article's own characters (_claim)
    text = decoding.readable(article.text)
    sentences = split_sentences(text, article.body_start)
    lines = LineIndex(text)
    has = article_conventions(text, home_currency)
    calendars = Calendars(fiscal_years)
    # the fiscal year the article itself says it uses ("the 2019/20 financial year
    # beginning July 1") outranks the calendar of any place it names
    stated = stated_in(text)
    fiscal = (lambda cal: cal) if stated is None else (
        lambda cal: cal if cal is not None and cal.first_month == stated else FiscalCalendar(stated, "end"))
    desk_country = home_country or (amounts.country_of_currency(home_currency) if home_currency else None)
    home = functools.cache(lambda: _home_country(text, has.get("dollar"), lambda: _money_read(sentences, has)) or desk_country)  # read only when a fiscal year is
    today = _date(article.date)
    # an article with neither a date nor a year to infer one from: its months are of the
    # latest year it names as a fact ("in June … in the second quarter of 2024")
    year = article.year if today else max(filter(None, (article.year, _latest_year(text))), default=None)
    month = f"{today.year}-{today.month:02d}" if today else None
    main_subject = _main_subject(sentences)
    local = placenames.local_places(text)  # islands, provinces, towns the gazetteer lacks
    home_place = main_subject[0] if main_subject else None
    claims: list[Claim] = []
    previous_subjects: list[str] = []
    last_paragraph = -1
    # Temporal anaphora: a sentence without a time anchor keeps the reference time of
    # the text before it ("In 2024, trade rose ... Exports rose 7.1 percent ...").
    topic_period: Optional[str] = None
    topic_paragraph = -1
    topic_figures = False  # whether the sentence that set the topic reported figures for it
    topic_fiscal = False  # the topic was named as a fiscal year or a part of one
    fiscal_text = False  # the text has named a fiscal year
    # The period the article is about (its first stated one): a new paragraph that names
    # no time returns to it, not to the last period the paragraph before mentioned.
    main_period: Optional[str] = None
    main_at = 0
    after_base = None if today else frame.year_after_base(text)
    if after_base:
        year, topic_period = after_base, str(after_base)  # "up 49.9% compared to 2019", in an undated text
    lead_period: Optional[str] = None  # the time the first figures inherit, when that comes first
    lead_at = 0
    section: Optional[str] = None  # "Credits (exports …)": the side of an account the lines below measure
    heading_series: Optional[str] = None  # "TREND ESTIMATES" qualifies the lines below it
    # Layouts that carry over lines: a table header above its rows, a list's lead above its items
    table_header: Optional[layout.Table] = None
    lead: Optional[layout.Lead] = None
    lead_paragraph = -1
    named: Optional[str] = None  # the series a sentence without figures named, for a pronoun after it
    for sentence in sentences:
        if sentence.paragraph != last_paragraph:
            previous_subjects = []
            last_paragraph = sentence.paragraph
        own_subjects = placenames.subjects(sentence.text, local)
        # a sentence that names no one is about its paragraph's subject, else the article's
        subject = own_subjects or previous_subjects or main_subject
        # the places the sentence is about (not its partners), for the sentences after it
        topics = placenames.topic_subjects(sentence.text, local, home_place, listed=False) if own_subjects else []
        if own_subjects:
            subject = _with_home(own_subjects, sentence.text, main_subject, local)
            previous_subjects = topics or previous_subjects
        if series_qualifiers.is_heading(sentence.text):
            heading_series = series_qualifiers.series_of(sentence.text) or (None if _HAS_NUMBER.search(sentence.text) else heading_series)
        has_number = _DIGIT.search(sentence.text) is not None or _HAS_NUMBER.search(sentence.text) is not None
        if not has_number and not _MONTH_OR_TIME.search(sentence.text):
            if layout.is_lead(sentence.text):  # 'Job increases were recorded in the following sectors:'
                lead, lead_paragraph = _lead(sentence.text, [], topic_period), sentence.paragraph
            elif lead is None or lead.bullets_only:
                # 'General Revenue Income' above '• Companies Tax £83m'; prose after a title ends its list
                lead, lead_paragraph = layout.title_lead(sentence.text), sentence.paragraph
            named = sentence_frame.series_named(sentence.text)
            heading = series_qualifiers.section_of(sentence.text)
            if heading is not None:
                section = heading or None
            continue
        topic = topic_period
        if sentence.paragraph != topic_paragraph and main_period and _ends_before(topic_period, main_period) \
                and not (topic_figures and _passed_part(topic_period, main_period, today)):
            if _POINTS_BACK.match(sentence.text) and topic_figures \
                    and periods.shift(main_period, "year", -1) != topic_period:  # (not the base of the main period's figures)
                # "In this period, the trade deficit decreased …" opening a paragraph: the text goes on
                # with the period its last figures were for, and that is now what it is about
                main_period = topic_period
            elif _POINTS_BACK_WITHIN.search(sentence.text) and topic_figures and not _in_a_year_before(topic_period, main_period):
                # "Guatemala also registered growth for the period": that sentence goes on with the
                # span the last figures were for, unless those were a year before the text's (the
                # other side of its comparison: "Last year, the same accounts had …")
                pass
            else:
                topic = main_period  # a paragraph that names no time is not about the history the last one recalled
        # whose fiscal year: a configured body the sentence names, the places it is about
        # (not a partner's: "remittances from New Zealand in the last financial year" are
        # Samoa's), the article's own, and last the country its currency points to
        # A sentence that names no place is about the article's subject, unless the country
        # the whole text names most (by name, people or institution) is another: then the
        # subject counted is a source market its lists repeat ("Philippines: 30.1%" in a
        # report on Guam's fiscal year)
        # (a sentence naming only peoples, "officials told Tongans", names no place for its time)
        named_places = bool(own_subjects) and not placenames.peoples_only(sentence.text, local)
        places = [*calendars.named_in(sentence.text),
                  *((topics or subject) if named_places else previous_subjects)]
        markets = placenames.source_markets(sentence.text) if named_places else set()
        if markets:
            places = [p for p in places if p not in markets]
        ctx = periods.TimeContext(today, year, fiscal(calendars.of([*places, *main_subject])) if named_places else None,
                                  calendar_of=lambda places=places: fiscal(calendars.of([*places, *_unless_elsewhere(main_subject, text),
                                                                                         home()])),
                                  future=bool(_FUTURE.search(sentence.text)),
                                  southern=_southern([*places, *main_subject]),
                                  topic_year=int(topic[:4]) if topic else None,
                                  topic=topic, topic_fiscal=topic_fiscal and topic == topic_period, fiscal_text=fiscal_text)
        exprs = periods.find(sentence.text, ctx)
        fiscal_text = fiscal_text or any(e.fiscal and e.span is not None and e.span.months == 12 and not e.base for e in exprs)
        mentions = scan_sentence(sentence.text, has, sentence.start) if has_number else []
        # a number inside a time expression ("April-March 2020-21", "Quarter 2") is part of the date
        mentions = [m for m in mentions if not _in_time_expression(m, exprs)]
        first = len(claims)
        for mention in mentions:
            claims.append(_claim(article, sentence, mention, subject, lines))
        mine = claims[first:]
        if own_subjects and mine:
            _figure_subjects(mine, sentence.text, main_subject, local)
        if mine:
            _entity_subjects(mine, sentence.text, main_subject, local)
        amounts.give_currencies(mine, claims[:first])
        sentence_frame.same_spans(mine)
        sentence_frame.inherit_change_metrics(mine)
        sentence_frame.complete_metrics(mine, claims[max(0, first - 8): first], named)
        reading_anaphors.name_reading_anaphors(mine, claims[max(0, first - 8): first])
        fronted_series.name_from_opening(mine)
        sentence_frame.comparison_bases(mine)
        sentence_frame.comparands(mine)
        list_items.place_lists(mine)
        list_items.place_items(mine, claims[max(0, first - 8): first])
        list_items.bracket_items(mine)
        list_items.bracketed_shares(mine)
        list_items.of_which_parts(mine)
        list_items.sex_parts(mine)
        list_items.balance_segments(mine)
        list_items.segment_labels(mine)
        segment_subjects.name_segments(mine)
        segment_subjects.sector_flows(mine)
        named = None
        sentence_frame.mark_expectations(mine)
        series_qualifiers.qualify(mine, series_qualifiers.series_of(sentence.text) or heading_series)
        series_qualifiers.qualify_section(mine, section)
        series_qualifiers.travel_modes(mine)
        series_qualifiers.estimates(mine, claims[max(0, first - 8): first])
        series_qualifiers.denied_figures(mine)
        continued_series.continue_series(mine)
        for c in mine:
            roles.assign_role(c)
        sentence_roles.ranked_list_continued(mine, claims[:first])
        sentence_roles.list_roles(mine)
        sentence_frame.complete_changes(mine)
        sentence_roles.comparison_roles(mine)
        roles.valence_of_burdens(mine)
        sentence_roles.apposed_differences(mine)
        roles.ceased_parts(mine)
        role_partners.change_complements(mine)
        role_partners.earlier_shares(mine)
        coordinated_bases.mark(mine)  # 'up 23.4% from the 47,595 in June and the 58,711 in July'
        measure_phrases.by_measures(mine)
        plans.across_sentences(claims[:first], mine)
        frame.assign_time(mine, sentence.text, exprs, topic, month, main_period)
        frame.same_unit_bases(mine, sentence.text)
        changes_after_their_base(mine, sentence.text, exprs)
        if len(mine) > 1 and "respectively" in sentence.text:
            respectively.distribute(mine, exprs)
        frame.stocks_at_close(mine, sentence.text, article.date)
        table_header, lead, lead_paragraph = _layouts(sentence, mine, exprs, ctx, topic, table_header, lead, lead_paragraph)
        if mine and has.get("column_periods"):
            column_units.give_column_periods(mine, has["column_periods"])
        own = frame.sentence_period(mine, exprs, sentence.text)
        if not own and not mine and topic_period is None and not claims and not sentence.text.rstrip().endswith("."):
            # a title, "Financial Plan 2019", above a budget presented in December 2018: the year planned for
            topic_period = frame.plan_year(sentence.text, exprs, today)
            topic_paragraph = sentence.paragraph if topic_period else topic_paragraph
        if not own and not main_period and not lead_period and topic \
                and any(c.context.get("period_inherited") and c.period == topic for c in mine):
            # "Arrivals rose from the beginning of the year up until August 20. A total of
            # 221,862 visitors have arrived": the first figures carry the opening's time, and
            # so does a headline above them
            lead_period, lead_at = topic, sentence.start
        if own:
            # (a duration, a rank or a year range dated by the day a meeting was held, "On June 3 …
            # convened a session to sum up the five-month results", does not make that day what the
            # text is about: an amount, a rate or a count does)
            if not main_period and any(c.period == own and c.kind not in _DATED_BY_THEIR_SENTENCE for c in mine):
                main_period, main_at = own, sentence.start
            # a stock counted on the last day of a year ("at the turn of 2011") hands on that
            # year: the flows said after it are the year's
            # a sentence with no figures that looks only past the article's date ("flows are
            # likely to support growth next year") is an outlook, not what the text reports
            if not _forecast_over(own, topic_period, today, bool(_FUTURE.search(sentence.text))) \
                    and not (not mine and _begins_after(own, today) and _HEDGED.search(sentence.text)) \
                    and not (not mine and frame.part_of_running_year(own, topic_period, month, main_period)):
                # (a sentence with no figures that names a year not yet over, "the 2011 export index has
                # increased", leaves the text on the part of it it reports)
                topic_period, topic_paragraph = (own[:4] if own.endswith("-12-31") else own), sentence.paragraph
                topic_figures = bool(mine)
            topic_fiscal = any(e.fiscal and e.period == own or frame.FISCAL_COUNT in e.tags for e in exprs)
    if not (lead_period or main_period):
        frame.budget_year(claims, text, fiscal(calendars.of([*main_subject, home()])), today)
    frame.cataphora(claims, lead_period or main_period, lead_at if lead_period else main_at,
                    today.isoformat() if today else None)
    frame.annual_levels(claims)
    frame.durations_outlasting(claims)
    frame.counted_members(claims)
    frame.implied_bases(claims)
    date_after_bases(claims, main_period, month)
    amounts.give_article_currency(claims, lambda: home_currency or amounts.currency_of_country(placenames.article_country(text)))
    amounts.redenominated(claims, today.isoformat() if today else None)
    amounts.oil_in_us_dollars(claims)
    series_qualifiers.denominate(claims)
    _home_party(claims, main_subject, local)
    series_qualifiers.converted_amounts(claims)
    restatements.name_restated_figures(claims)
    continued_series.in_each_sentence(claims)  # figures after one the article-wide passes named
    _assign_ids(claims)
    return claims


_DIGIT = re.compile(r"\d")
# figures whose period is only their sentence's: they report nothing of a time of their own
_DATED_BY_THEIR_SENTENCE = frozenset({K.DURATION, K.ORDINAL, K.YEAR_RANGE})
# lazy, so that a search skips to the characters a match can begin with (patterns.first_chars)
_MONTH_OR_TIME = lazy(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|\b(?:year|month|quarter|half|semester|fiscal|summer|winter|spring|autumn)\b", re.I)
# a sentence that opens by pointing back to a period: "In this period, …", "During the same period, …"
_POINTS_BACK = triggered(lazy(r"\s*(?:[A-Z][a-z]+\s*,\s*)?" + periods.THIS_PERIOD, re.I), ("period", "time"))
# the same, anywhere in the sentence: "Guatemala also registered growth for the period, …"
_POINTS_BACK_WITHIN = triggered(lazy(periods.THIS_PERIOD, re.I), ("period", "time"))
_FUTURE = triggered(re.compile(r"\b(?:will|expects?|expected|forecasts?|projects?|projected|outlook|guidance|targets?|aims?)\b", re.I),
                    ("will", "expect", "forecast", "project", "outlook", "guidance", "target", "aim"))
# "flows are likely to support growth next year": a hedged or future statement (a budget
# "approved for 2024" names the year the text is about)
_HEDGED = triggered(re.compile(r"\b(?:will|would|likely|expects?|expected|forecasts?|projects?|projected|outlook)\b", re.I),
                    ("will", "would", "likely", "expect", "forecast", "project", "outlook"))
# each with the strings (its case) every match of its pattern holds: most articles name
# one or two currencies, and the others' patterns need not be run over the text
_CURRENCY_HINTS = tuple((code, lazy(pattern), words) for code, pattern, words in (
    ("INR", r"₹|\bRs\.?\s?\d|\brupees?\b|\bcrore\b|\blakh\b", ("₹", "Rs", "rupee", "crore", "lakh")),
    ("JPY", r"¥|\byen\b", ("¥", "yen")),
    ("GBP", r"£|\bpounds?\b|\bsterling\b", ("£", "pound", "sterling")),
    ("USD", r"(?<![A-Z])\$|\bdollars?\b", ("$", "dollar")),
    ("AUD", r"\bA\$|\bAustralian dollars?\b", ("A$", "Australian dollar")),
    ("CAD", r"\bC\$|\bCanadian dollars?\b", ("C$", "Canadian dollar")),
    ("HKD", r"\bHK\$", ("HK$",)),
    ("ZAR", r"\brand\b|\bR\d", ("rand", *(f"R{d}" for d in range(10)))),
    ("PKR", r"\bPakistani rupees?\b", ("Pakistani rupee",)),
    ("BDT", r"\btaka\b|\bTk\s?\d", ("taka", "Tk"))))


def _layouts(sentence: Sentence, mine: list[Claim], exprs: list, ctx, topic: Optional[str],
             table_header: Optional[layout.Table], lead: Optional[layout.Lead], lead_paragraph: int):
    """Tables and lists (extract/layout.py): what their headers, leads and labels say of the
    figures in them overrides what the sentence grammar read. Returns the layout state the
    next line continues: a table header, a list lead and its paragraph."""
    text = sentence.text
    if not mine and _LIST_MARKER.fullmatch(text):
        return table_header, lead, lead_paragraph  # "1." split from its item: the list goes on
    # a table: a header of period columns (a line of its own, or at the head of its rows)
    if table_header is not None or ((len(mine) >= 4 or not mine and len(text) < 300) and layout.may_hold_table(text)):
        table = layout.read_table(text, table_header)
        if table is not None:
            layout.apply_table(table, mine, ctx.fiscal)
            return table_header or table, None, -1
        table_header = None
    # a list under a lead line ('Jobless rates by province:'), one item a line
    if lead is not None and sentence.paragraph > lead_paragraph and mine \
            and (layout.is_bullet(text) if lead.bullets_only else layout.is_item(text)):
        layout.apply_item(lead, layout.item_label(text), mine, text)
        return None, lead, lead_paragraph
    if layout.is_lead(text):
        return None, _lead(text, exprs, topic), sentence.paragraph
    if lead is None and layout.is_bullet(text):
        # "• Schools £90m" under no lead: the label names the series of a figure that has none
        layout.apply_item(layout.Lead(None), layout.item_label(text), [c for c in mine if vocabulary.names_no_series(c.metric)], text)
    # an inline list: '… for major worker groups: adult men, 4.7%; adult women, 4.6%; …'
    if mine and ";" in text and ":" in text:
        inline = layout.inline_items(text)
        if inline is not None:
            head, items = inline
            inline_lead = _lead(head, [e for e in exprs if e.end <= len(head)], topic)
            for a, b in items:
                inside = [c for c in mine if a <= claim_span(c)[0] < b]
                if inside:
                    label = re.sub(r"^\s*(?:and|or)\s+", "", layout.item_label(text[a:b]))
                    layout.apply_item(inline_lead, label, inside, text)
    return None, None, -1


_LIST_MARKER = re.compile(r"\s*(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s*")


def _lead(text: str, exprs: list, topic: Optional[str]) -> layout.Lead:
    lead = layout.read_lead(text, [(e.start, e.end) for e in exprs])
    lead.period = next((e.period for e in exprs if e.span and not e.base and e.end <= len(text)), None) or topic
    return lead


_STATED_YEAR = re.compile(r"(?<![\w$€£¥-])(?<!\bby )(?<!\buntil )(?<!\bto )((?:19|20)\d{2})(?![\w%-])")


# A sentence about a plan or target names the year it aims at, not one it reports ("plans to
# draw MVR 9.8 billion from the fund for the 2026 repayment").
_PLANNED = triggered(re.compile(r"\b(?:plans?|planned|aims?|aimed|targets?|targeted|goals?|scheduled|deadline)\b", re.I),
                     ("plan", "aim", "target", "goal", "scheduled", "deadline"))
# A year a span runs up to is its deadline ("the cost-cutting plan through the end of 2019").
_UP_TO = re.compile(r"\b(?:through|until|till|up\s+to)\s+(?:the\s+)?(?:end\s+of\s+|end-|close\s+of\s+)?$", re.I)


def _latest_year(text: str) -> Optional[int]:
    """The latest year an undated text names as a fact: not in a forecast or a plan ("exports
    will reach $10 billion in 2026"), nor as the end of a range ("its 2023–2027 strategy") or
    a deadline ("through the end of 2019"), nor a quantity that looks like one ("2044 tons")."""
    years = [int(m.group(1)) for sentence in re.split(r"(?<=[.!?])\s+", text)
             if not _HEDGED.search(sentence) and not _PLANNED.search(sentence)
             for m in _STATED_YEAR.finditer(sentence) if sentence[max(0, m.start() - 1):m.start()] not in ("–", "/")
             and not _UP_TO.search(sentence[max(0, m.start() - 30):m.start()])
             and not catalogue.read_unit(sentence, m.end())]  # "estimated at 2044 tons": a quantity
    return max(years) if years else None


# Countries and territories wholly or mostly south of the equator: their seasons are the
# northern ones shifted by six months ("this summer" of a January article in Sydney).
_SOUTHERN = frozenset({
    "Australia", "New Zealand", "South Africa", "Lesotho", "Eswatini", "Botswana", "Namibia", "Zimbabwe",
    "Zambia", "Malawi", "Mozambique", "Madagascar", "Mauritius", "Angola", "Tanzania", "Burundi", "Rwanda",
    "Comoros", "Seychelles", "Argentina", "Chile", "Uruguay", "Paraguay", "Bolivia", "Peru", "Brazil",
    "Fiji", "Samoa", "Tonga", "Vanuatu", "Solomon Islands", "Papua New Guinea", "Cook Islands", "Niue",
    "French Polynesia", "New Caledonia", "Tuvalu", "Timor-Leste", "St Helena", "Saint Helena", "Falkland Islands",
})


def _southern(places: list[str]) -> bool:
    """The first place a sentence is about lies south of the equator."""
    return bool(places) and places[0] in _SOUTHERN


def _forecast_over(own: str, topic: Optional[str], today: Optional[date], future: bool) -> bool:
    """Whether `own` is a month or quarter not yet over at the article's date that a
    forecast said in passing is for ("For February, the ministry forecast a surplus of …"
    in a report on January, which is over): the text stays on the months reported. (A
    year not over is often what a whole report estimates: "GDP in 2017-18 is likely to
    attain …".)"""
    from factcheck.timespan import parse

    if not future or today is None or topic is None:
        return False
    so, st = parse(own), parse(topic)
    return so is not None and st is not None and so.end > today >= st.end and so.months < 12


def _begins_after(period: str, today: Optional[date]) -> bool:
    from factcheck.timespan import parse

    span = parse(period)
    return today is not None and span is not None and span.start > today


def _ends_before(a: Optional[str], b: Optional[str]) -> bool:
    from factcheck.timespan import parse

    sa, sb = parse(a), parse(b)
    # "in Jan-Apr" above "in the year to April 15": the same span, told to the day
    return sa is not None and sb is not None and sa.end < sb.end \
        and not (sa.start == sb.start and (sa.end.year, sa.end.month) == (sb.end.year, sb.end.month))


def _in_a_year_before(a: Optional[str], b: Optional[str]) -> bool:
    """Whether `a` ended in a calendar year before the one `b` starts in."""
    from factcheck.timespan import parse

    sa, sb = parse(a), parse(b)
    return sa is None or sb is None or sa.end.year < sb.start.year


def _passed_part(a: Optional[str], b: Optional[str], today: Optional[date]) -> bool:
    """Whether `a` is the opening part of the still running `b` that had passed by the
    article's date: in "Early in 2024, meat exports fell 3.5%. ... From January to March,
    exports reached ..." (of April), the first quarter is what the text knows of 2024, not a
    history it recalled. A day within `b` (a meeting's) is not such a part, and the caller
    asks only after a sentence that gave figures for `a` (a remark that revenue "has been
    exceeded in the seven months" reports none)."""
    from factcheck.timespan import parse

    sa, sb = parse(a), parse(b)
    if sa is None or sb is None or sa.start != sb.start:
        return False
    if today is None:
        # a text with no date that reports the opening months of the year it is about has no
        # figures for the whole of it: that part is what it knows of the year
        return sb.months == 12 and sa.months < 12
    return sb.end >= today


def _in_time_expression(m: Mention, exprs: list) -> bool:
    # a fraction word ("the first three quarters of 2024") is as much the date's as a count is
    fraction = m.kind == K.PERCENT and not _DIGIT.search(m.raw or "x")
    return ((m.kind in (None, K.COUNT) and not m.counted or m.kind == K.DURATION or fraction)
            and any(e.span is not None and e.start <= m.start and m.end <= e.end for e in exprs))


def _figure_subjects(mine: list[Claim], text: str, unnamed: list[str], local: frozenset = frozenset()) -> None:
    """Each figure's own places (placenames.figure_subjects), where the sentence names several."""
    figures = [claim_span(c) for c in mine]
    for c, places in zip(mine, placenames.figure_subjects(text, figures, grammar.clauses(text), local)):
        c.subject = _with_home(places, text, unnamed, local) if places is not None else list(unnamed)


def _entity_subjects(mine: list[Claim], text: str, main: list[str], local: frozenset = frozenset()) -> None:
    """A figure whose clause is about a named port, airport, company or province
    (placenames.entity_subjects) is that entity's, within its country: the places named inside
    the name ("Cotonou Port") give way to it, and a figure left with no other place keeps
    the article's."""
    figures = [claim_span(c) for c in mine]
    spans = placenames.entity_subjects(text, figures, grammar.clauses(text))
    for c, span in zip(mine, spans):
        if span is None:
            continue
        a, b = span
        inside = {n for s, e, n in placenames.mentions_in(text, local) if a <= s and e <= b}
        if inside & placenames.COUNTRY_SET:
            continue  # "Yemen Red Sea Ports Corporation", "Kenya Airways": a national body speaks for its country
        rest = [p for p in c.subject if p not in inside]
        c.subject = [*(rest or main[:1]), " ".join(text[a:b].split())]


def _with_home(places: list[str], text: str, main: list[str], local: frozenset = frozenset()) -> list[str]:
    """'Imports from other EU member states were €678 million' in an article about Cyprus:
    a sentence that names only the partners of a flow is still about the article's country."""
    if main and main[0] not in places and placenames.partners_only(text, places, local, main[0]):
        return [main[0], *places]
    return list(places)


def _home_party(claims: list[Claim], main: list[str], local: frozenset = frozenset()) -> None:
    """'Exports to the United States rose 1.2%' in an article about Canada are Canada's
    exports to the US: a flow between parties keeps the article's own country as one. A
    place of the article's own ("tourists to Tinian") is a home of its own."""
    if not main:
        return
    from factcheck.matching import RELATIONAL, metric_keys

    for c in claims:
        if not c.subject or main[0] in c.subject or local.intersection(c.subject):
            continue
        # ("US trade deficit" in a wire led by Britain: a place the series' name opens with
        # is the figure's owner, not the other party of its flow, as in "exports to the US")
        if any(key.heads & RELATIONAL for key in metric_keys(c.metric)) \
                and not any(a == 0 and n in c.subject for a, _, n in placenames.mentions_in(c.metric or "", local)):
            c.subject = [main[0], *c.subject]


# the headline and the lede: the sentences a news text opens with (a date line before them)
_LEDE = 2


def _main_subject(sentences: list[Sentence]) -> list[str]:
    """The place or organisation an article is about: the one it names most often (the
    first named among equals), or the only one it names; none when that is unclear."""
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    for i, s in enumerate(sentences):
        # not a partner nor a place left out; a headline's capitals read as names, and a
        # country named by its people ("overseas Filipinos") as by its name
        text = placenames.read_capitals(s.text)
        for name in dict.fromkeys([*placenames.topic_subjects(text), *placenames.people_named(text)]):
            counts[name] = counts.get(name, 0) + 1
            first.setdefault(name, i)
    # "PARAMARIBO, Suriname … an IMF-supported programme": an institution is a lender, a
    # source or a forum of the place a text is about; it is the subject of a text that names
    # no place, and names it more than once
    if any(name not in placenames.INSTITUTION_SET for name in counts):
        counts = {name: n for name, n in counts.items() if name not in placenames.INSTITUTION_SET}
    else:
        counts = {name: n for name, n in counts.items() if n >= 2}
    if not counts:
        # "JAKARTA - The Central Statistics Agency …", "the Mid-Year Budget in the National
        # Assembly in Lilongwe": a text that names no place of its own is about the country
        # whose seat of government it files from or meets in
        seat = placenames.seat_of_government("\n".join(s.text for s in sentences))
        return [seat] if seat else []
    # "Johor (-RM242.9 million), Kedah (…)": an article that names two or more regions of
    # one country breaks that country down; the regions' mentions are the country's too
    in_country: dict[str, list[str]] = {}
    for name in counts:
        if country := placenames.region_countries().get(name):
            in_country.setdefault(country, []).append(name)
    for country, parts in in_country.items():
        if len(parts) >= 2:
            counts[country] = counts.get(country, 0) + sum(counts[p] for p in parts)
            first[country] = min(first.get(country, len(sentences)), *(first[p] for p in parts))
    best = max(counts, key=lambda n: (counts[n], -first[n]))
    if counts[best] >= 2 or len(counts) == 1:
        return [best]
    # no place named twice: the one place the headline or the lede is about ("In Montenegro,
    # in December 2011, tourists realised …", "Turkey’s foreign trade deficit rose …") is
    # the article's, as news copy opens with whose figures it reports
    opening = min(first[n] for n in counts)
    lede = [n for n in counts if first[n] == opening]
    # "LUSAKA, Zambia —": a region named beside its own country is a part of it
    lede = [n for n in lede if placenames.region_countries().get(n) not in lede]
    return lede if len(lede) == 1 and opening <= _LEDE else []


def _unless_elsewhere(main_subject: list[str], text: str) -> list[str]:
    """The article's main subject, or the country its text names most where that is another."""
    named = placenames.article_country(text)
    return main_subject if named is None or named in main_subject else [named]


def _home_country(text: str, dollar: Optional[str] = None, money_read=None) -> Optional[str]:
    """The country an article's own currency points to (the outlet's, for fiscal calendars).
    A bare "$" is the dollar the article's conventions settled on (a Samoan "$" is the
    tala, a Bahamian one the Bahamian dollar), not the US dollar by default."""
    head = text[:6000]  # the opening paragraphs say whose money it is
    n, code = max(_currency_counts(head))
    if code == "USD" and dollar:
        code = dollar
    if n and code != "USD":
        return amounts.country_of_currency(code)
    # a US dollar (or no money at all) says little in a dollarised economy: the country
    # the article names, by name, people or institution, before the United States
    named = placenames.article_country(text)
    if named or n:
        return named or amounts.country_of_currency(code)
    # no currency word the hints know ("KD 1.7 billion", "Sh3.02 trillion" under a Nairobi
    # dateline): the money the number grammar itself read in the opening paragraphs
    read = money_read() if money_read else None
    return amounts.country_of_currency(read) if read and read not in ("USD", "EUR") else None


def _currency_counts(text: str) -> list[tuple[int, str]]:
    """(How often the text names the currency, its code), for each currency the hints know;
    a pattern runs only where the text holds one of the strings every match of it holds."""
    return [(len(hint.findall(text)) if any(map(text.__contains__, words)) else 0, code)
            for code, hint, words in _CURRENCY_HINTS]


def _money_read(sentences: list[Sentence], has: dict) -> Optional[str]:
    """The currency most of the money figures of the article's opening sentences are in,
    as the number grammar reads them (None when two tie or there is no money)."""
    counts: dict[str, int] = {}
    for sentence in sentences[:12]:
        if _DIGIT.search(sentence.text):
            for m in scan_sentence(sentence.text, has, sentence.start):
                if m.kind == K.MONEY and m.unit:
                    counts[m.unit] = counts.get(m.unit, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return ranked[0][0]


def _date(iso: Optional[str]) -> Optional[date]:
    try:
        return date.fromisoformat(str(iso)[:10]) if iso else None
    except ValueError:
        return None


def _claim(article: Article, sentence: Sentence, m: Mention, subject, lines: LineIndex) -> Claim:
    start = sentence.start + m.start
    end = sentence.start + m.end
    surface = article.text[start:end]
    # Trim trailing spaces the grammar may have swallowed.
    stripped = surface.rstrip()
    end -= len(surface) - len(stripped)
    surface = stripped
    line, col = lines.line_col(start)
    facts: dict = dict(m.info)
    metric = metric_tidy.tidy_metric(metrics.metric_of(sentence.text, m, facts), sentence.text)
    if facts.get("share_of"):
        facts["share_of"] = metric_tidy.tidy_metric(facts["share_of"], sentence.text)
    # what the number grammar read next to the number (mention.Mention.info): the
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
        kind=m.kind or K.COUNT,
        qualifier=m.qualifier,
        precision=None if m.precision is None else float(m.precision),
        metric=metric,
        subject=list(subject),
        period=None,
        direction=direction if direction in ("up", "down") else None,
        base_value=None if base_value is None else float(base_value),
        sentence=sentence.text,
        line=line,
        column=col,
        context=facts | {"sentence_start": sentence.start, "paragraph": sentence.paragraph,
                     "local": (m.start, m.end)},
    )


def claim_id(sentence: str, surface: str, occurrence: int) -> str:
    return _claim_id(" ".join(sentence.split()), surface, occurrence)


def _claim_id(spaced: str, surface: str, occurrence: int) -> str:
    """claim_id of a sentence whose white space is already one space a gap."""
    key = f"{spaced}\x1f{surface}\x1f{occurrence}"
    return "c-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:8]


def _assign_ids(claims: list[Claim]) -> None:
    """Stable ids: the same sentence and surface give the same id on every scan."""
    seen: dict[tuple[str, str], int] = {}
    used: set[str] = set()
    spaced: dict[str, str] = {}  # a sentence's white space made one space, once for all its claims
    for c in claims:
        sentence = spaced.get(c.sentence)
        if sentence is None:
            sentence = spaced[c.sentence] = " ".join(c.sentence.split())
        key = (sentence, c.surface)
        n = seen.get(key, 0)
        seen[key] = n + 1
        cid = _claim_id(sentence, c.surface, n)
        while cid in used:
            n += 1
            cid = _claim_id(sentence, c.surface, n)
        used.add(cid)
        c.id = cid
