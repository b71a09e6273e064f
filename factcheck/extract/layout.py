"""Statements that are not sentences: statistical tables flattened into text, and lists
under a lead line.

A sentence names its figures' metric and period in words; a table names them in its
header row and its row labels, a list in its lead and its item labels:

    Suzuki March-20 March-19 YoY Feb-20 MoM 9MFY20 9MFY19 YOY Swift 82 386 -79% 186 ...
    Jobless rates last month by province (numbers from the previous month in parenthesis):
    - Quebec 5.3 (5.6)
    Here's the unemployment rate for major worker groups: adult men, 4.7%; adult women, 4.6%

This module reads those layouts; `claims.py` gives each figure in them what its layout
says of it (metric, subject, period, base, role) after the sentence grammar has had its
say. Pure: no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from factcheck.articles import month_number
from factcheck.extract.patterns import lazy
from factcheck.extract.listed_rates import lead_denominator, takes_lead_denominator
from factcheck.quantities import rate_unit

# --- tables ----------------------------------------------------------------------------------
# A column label that names a period: 'March-20', "Feb'20", 'Jan 2024', '9MFY20', 'FY20', 'Q1-24', '2024'
_PERIOD_LABEL = lazy(
    r"(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[-'’]?(?P<my>\d{2}|\d{4})"
    r"|(?P<nm>\d{1,2})M\s?FY'?(?P<nmy>\d{2}|\d{4})"
    r"|FY'?(?P<fy>\d{2}|\d{4})"
    r"|(?P<q>Q[1-4])[-'’]?(?P<qy>\d{2}|\d{4})"
    r"|(?P<y>(?:19|20)\d{2})", re.I)
# A column label that names a change between the period columns before it
_CHANGE_LABEL = lazy(r"(?P<yoy>YoY|Y/Y|y-o-y|YOY)|(?P<mom>MoM|M/M|m-o-m)|(?P<qoq>QoQ|Q/Q|q-o-q)|(?P<chg>%?chg\.?|change|growth|var\.?)", re.I)
# A cell: a signed number with its percent sign (or a stray '&' typed for it), or an empty cell
_CELL = lazy(r"[-+–−]?\d[\d,]*(?:\.\d+)?[%&]?|[–—-]|N/?A|n\.?a\.?", re.I)
_TOKEN = lazy(r"\S+")


@dataclass
class Column:
    label: str
    #: the period the column's figures are for (a time-context-free description, resolved
    #: by the caller): ('month', 2020, 3), ('fiscal_months', 2020, 9), ('fy', 2020, 0),
    #: ('quarter', 2024, 1), ('year', 2024, 0)
    when: Optional[tuple] = None
    #: a change column: 'year', 'month', 'quarter' or '' (change between the columns before)
    change: Optional[str] = None
    #: for a change column, the indexes of the period columns it compares (latest first)
    compares: tuple = ()


@dataclass
class Row:
    label: str
    #: (start, end) offsets in the sentence of each cell, in column order; None for an empty cell
    cells: list = field(default_factory=list)


@dataclass
class Table:
    title: str
    columns: list[Column]
    rows: list[Row]


def _year(text: str) -> int:
    y = int(text)
    return y if y >= 100 else 2000 + y


def _column(label: str) -> Optional[Column]:
    m = _PERIOD_LABEL.fullmatch(label)
    if m:
        if m.group("mon"):
            return Column(label, ("month", _year(m.group("my")), month_number(m.group("mon"))))
        if m.group("nm"):
            return Column(label, ("fiscal_months", _year(m.group("nmy")), int(m.group("nm"))))
        if m.group("fy"):
            return Column(label, ("fy", _year(m.group("fy")), 0))
        if m.group("q"):
            return Column(label, ("quarter", _year(m.group("qy")), int(m.group("q")[1])))
        return Column(label, ("year", int(m.group("y")), 0))
    m = _CHANGE_LABEL.fullmatch(label)
    if m:
        return Column(label, change="year" if m.group("yoy") else "month" if m.group("mom")
                      else "quarter" if m.group("qoq") else "")
    return None


# What a table header holds and running prose seldom does: a compact period label
# ('March-20', "Feb'20", '9MFY20', 'FY20', 'Q1-24'), a change column, or three years in a row
_HEADER_HINT = lazy(r"\b[A-Z][a-z]{2,8}\.?[-'’]\d{2}\b|\dM\s?FY|\bFY'?\d{2}\b|\bQ[1-4][-'’]\d{2}\b|\b(?:YoY|MoM|QoQ|YOY|Y/Y)\b"
                    r"|(?:(?:19|20)\d\d\s+){2}(?:19|20)\d\d\b")


def may_hold_table(sentence: str) -> bool:
    return _HEADER_HINT.search(sentence) is not None


def _is_cell(token: str) -> bool:
    return bool(_CELL.fullmatch(token))


def read_table(sentence: str, header: Optional[Table] = None) -> Optional[Table]:
    """The table a sentence (a line) holds: a header of at least three column labels, two of
    them periods, then rows of a label and one cell per column. With `header` (a table
    whose header came on an earlier line), the sentence is read as more rows of it."""
    tokens = [(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(sentence)]
    start = 0
    if header is None:
        found = _header(tokens)
        if found is None:
            return None
        title_end, start, columns = found
        title = " ".join(t for t, _, _ in tokens[:title_end] if re.match(r"[A-Za-z]", t))
        table = Table(title, columns, [])
    else:
        table = Table(header.title, header.columns, [])
    k = len(table.columns)
    i = start
    label: list[str] = []
    while i < len(tokens):
        tok = tokens[i][0]
        if not _is_cell(tok) or (tok in "–—-" and not label):
            label.append(tok)
            i += 1
            continue
        if not label or i + k > len(tokens) or not all(_is_cell(t) for t, _, _ in tokens[i: i + k]):
            break
        cells = [None if not re.search(r"\d", t) else (s, e - (1 if t.endswith("&") else 0)) for t, s, e in tokens[i: i + k]]
        table.rows.append(Row(" ".join(label), cells))
        label = []
        i += k
    return table if table.rows or header is None else None


def _header(tokens: list) -> Optional[tuple[int, int, list[Column]]]:
    """(index where the header starts, index after it, its columns) for the first run of
    three or more column labels with at least two periods among them."""
    i = 0
    while i < len(tokens):
        cols: list[Column] = []
        j = i
        while j < len(tokens):
            col = _column(tokens[j][0])
            if col is None:
                break
            cols.append(col)
            j += 1
        if len(cols) >= 3 and sum(1 for c in cols if c.when) >= 2:
            _link_changes(cols)
            return i, j, cols
        i = j + 1 if j > i else i + 1
    return None


def _link_changes(cols: list[Column]) -> None:
    """A change column compares the period columns since the last change column: 'March-20
    March-19 YoY' is March 2020 against March 2019; 'Feb-20 MoM' after them is the table's
    current period (its first column) against February."""
    group: list[int] = []
    first = next((i for i, c in enumerate(cols) if c.when), None)
    for i, c in enumerate(cols):
        if c.when:
            group.append(i)
            continue
        if len(group) >= 2:
            c.compares = (group[0], group[1])
        elif len(group) == 1 and first is not None and group[0] != first and c.change in ("month", "quarter"):
            c.compares = (first, group[0])
        elif len(group) == 1:
            c.compares = (group[0],)
        group = []


# --- lists -------------------------------------------------------------------------------------
#: A line that opens with a bullet or a list number: "• $160.3 million for …", "- Trade: 92,000",
#: "3) …", "(2) …" (a dash only before a space: "-5%" is a sign). The relations' list layouts
#: read lines by it too.
BULLET = lazy(r"^\s*(?:[-–—•*·▪●◦‣∙►➢✓]|\(?\d{1,2}[.)])\s+")
_LEAD_END = lazy(r":\s*$")
_DIMENSION = (r"(?:provinces?|states?|regions?|countries|country|nations?|cities|city|territories|territory|districts?|"
              r"counties|county|markets?|destinations?|partners?|nationalit(?:y|ies)|source\s+markets?)")
_BY_PLACE = lazy(r"\b(?:by|per|across|among|in\s+(?:the\s+)?following|for\s+(?:the\s+)?following)\s+(?:\w+\s+)?" + _DIMENSION + r"\b", re.I)
_BREAKDOWN = lazy(r"\s+(?:by|for|among|across|in|per)\s+(?:the\s+)?(?:following\s+|major\s+|main\s+|key\s+|various\s+|different\s+|"
                  r"selected\s+|top\s+|\w+\s+)?(?:\w+\s+)?(?:groups?|sectors?|industr(?:y|ies)|categor(?:y|ies)|segments?|items?|"
                  r"products?|" + _DIMENSION + r")\b.*$", re.I)
_PREVIOUS_IN_BRACKETS = lazy(r"(?:previous|prior|preceding|last|earlier)\s+(month|quarter|year)[^()]*(?:parenthes|bracket)"
                             r"|(?:parenthes|bracket)[^()]*(?:previous|prior|preceding|last|earlier)\s+(month|quarter|year)"
                             r"|(?:a\s+)?(year|month|quarter)\s+(?:earlier|ago|before)[^()]*(?:parenthes|bracket)", re.I)
_CHANGE_NOUN = lazy(r"\b(increases?|gains?|rises?|growth|additions?|losses|loss|declines?|decreases?|falls?|drops?|cuts?)\b", re.I)
_DOWN = {"loss", "losses", "decline", "declines", "decrease", "decreases", "fall", "falls", "drop", "drops", "cut", "cuts"}
_OPENING = lazy(r"^(?:here(?:['’]s|\s+is|\s+are)|below\s+(?:is|are)|these\s+are|the\s+following\s+(?:is|are))\s+", re.I)
_PARENS = lazy(r"\s*\([^()]*\)")
# "The number of foreign tourists arriving in Cambodia is as follows:": the verb only points at the items
_AS_FOLLOWS = lazy(r"\s*,?\s*(?:(?:is|are|was|were)\s+)?(?:as\s+(?:follows|under|below)|(?:listed|given|shown|set\s+out)\s+below)\s*$", re.I)


@dataclass
class Lead:
    """What a lead line ('Jobless rates last month by province:') says of the items below it."""

    metric: Optional[str]
    direction: Optional[str] = None
    #: the item labels are places ('by province'): each is its item's subject
    places: bool = False
    #: bracketed figures are for the previous 'month' / 'quarter' / 'year'
    previous_in_brackets: Optional[str] = None
    period: Optional[str] = None
    #: the unit of the list's figures, once an item states one ('11.8%')
    unit: Optional[str] = None
    #: a title line with no colon ('General Revenue Income') leads only bulleted lines
    bullets_only: bool = False
    #: the direction of the lead's verb of change ('Prices rose by 9% in May:'), which items
    #: that gap it ('- Rents by 4%') share
    verb_direction: Optional[str] = None
    #: the denominator the lead names for its items' sums ('Retail prices (per kg):')
    per: Optional[str] = None


def is_lead(sentence: str) -> bool:
    return bool(_LEAD_END.search(sentence))


def read_lead(text: str, time_spans: list[tuple[int, int]]) -> Lead:
    """The lead's metric (its subject noun phrase, or the object of a verb whose subject only
    points at the items: 'These sectors recorded job losses'), direction and conventions."""
    from factcheck.extract import grammar

    body = _LEAD_END.sub("", text)
    verb_direction = next((d for w in re.findall(r"[A-Za-z]+", body) if (d := grammar.change_direction(w))), None)
    previous = _PREVIOUS_IN_BRACKETS.search(body)
    places = bool(_BY_PLACE.search(body))
    # the metric is what remains without time, brackets and the breakdown ('by province')
    for a, b in sorted(time_spans, reverse=True):
        if b <= len(body):
            body = body[:a] + " " + body[b:]
    body = _PARENS.sub("", body)
    body = _OPENING.sub("", _AS_FOLLOWS.sub("", body.strip()))
    body = _BREAKDOWN.sub("", body).strip(" ,;")
    metric = _lead_metric(body)
    direction = None
    if metric:
        noun = None
        for m in _CHANGE_NOUN.finditer(metric):
            noun = m.group(1).lower()
        if noun:
            direction = "down" if noun in _DOWN else "up"
    return Lead(metric, direction, places, next((g.lower() for g in (previous.groups() if previous else ()) if g), None),
                verb_direction=verb_direction, per=lead_denominator(text) if "per" in text.lower() else None)


#: Nouns that name a part of the text, not what its figures measure.
_DOCUMENT_PARTS = frozenset({"summary", "highlights", "headlines", "points", "overview", "facts", "figures", "details",
                             "takeaways", "findings", "numbers", "statistics", "stats", "results", "glance"})
#: Words that open an adverbial ("In May, …", "By contrast, …"): before them no label stands.
_ADVERBIAL_OPENERS = frozenset({"in", "on", "at", "by", "during", "since", "from", "over", "for", "after", "before",
                                "as", "with", "while", "when", "compared", "meanwhile", "however", "overall"})
_POINTING = {"these", "those", "the", "following", "they", "it", "which", "such"}


def _lead_metric(body: str) -> Optional[str]:
    from factcheck.extract import context, grammar

    verb = context.last_verb(body)
    if verb is not None:
        subject = [w.lower() for w in re.findall(r"[A-Za-z]+", body[: verb.start()])]
        after = body[verb.end():].strip()
        if after and (not subject or subject[0] in _POINTING) and len(subject) <= 3:
            phrase = grammar.subject_phrase(after)  # 'These sectors recorded job losses'
        else:
            # 'Job increases were recorded': the words before the verb group ('increases' is a noun here)
            before = re.sub(r"\s+(?:is|are|was|were|has|have|had|been|being|be)(?:\s+been)?\s*$", "", body[: verb.start()].rstrip())
            words = before.split()
            phrase = context.clean_phrase(words) if 0 < len(words) <= 5 else context.noun_phrase_before(body + " ")
    else:
        phrase = grammar.subject_phrase(body)
    if not phrase:
        return None
    words = phrase.split()
    if words[-1].lower() in _DOCUMENT_PARTS:
        return None  # "Budget summary:", "Some of the highlights are:": a part of the text, no series
    return context.lower_opening(" ".join(words))


_TITLE = lazy(r"[A-Z][A-Za-z'’&,-]*(?:\s+[A-Za-z'’&,-]+){0,7}")
_QUESTION_WORDS = frozenset({"where", "what", "how", "why", "who", "which", "when"})


def title_lead(text: str) -> Optional[Lead]:
    """A title line above a bulleted list ('General Revenue Income', then '• Companies Tax
    £83m'): a noun phrase with no verb and no colon, which names what the items below it
    are parts of; a line in capitals is a heading of its own kind (sentence_frame), and a
    line with a verb ('Where the money goes') names no series."""
    text = text.strip()
    if not _TITLE.fullmatch(text) or text.upper() == text:
        return None
    from factcheck.extract import context

    if context.last_verb(text) is not None or text.split()[0].lower() in _QUESTION_WORDS:
        return None
    metric = _lead_metric(text)
    return Lead(metric, bullets_only=True)


def is_bullet(sentence: str) -> bool:
    return bool(BULLET.match(sentence))


def is_item(sentence: str) -> bool:
    """A list item: a bulleted line, or a short line that opens with a label and states a
    figure ('Trade: 92,000', 'Quebec 5.3 (5.6)')."""
    if BULLET.match(sentence):
        return True
    return len(sentence) <= 120 and bool(re.match(r"[A-Z][^.!?\d]{0,60}?(?::|\s)\s*[-+−$€£¥₹]?\s?\d", sentence))


def item_label(item: str) -> str:
    """The label of an item: its words before the first figure, without bullet or colon."""
    item = BULLET.sub("", item)
    first = re.search(r"[-+−]?\s?[$€£¥₹]?\s?\d", item)
    return item[: first.start() if first else len(item)].strip(" :,;–—-(").strip()


_INLINE = lazy(r":\s+(?=[^:]*;)")


def inline_items(sentence: str) -> Optional[tuple[str, list[tuple[int, int]]]]:
    """'… for major worker groups: adult men, 4.7%; adult women, 4.6%; …' → the lead and
    the (start, end) of each item."""
    m = _INLINE.search(sentence)
    if not m:
        return None
    items = []
    pos = m.end()
    for part in re.finditer(r"[^;]+", sentence[pos:]):
        items.append((pos + part.start(), pos + part.end()))
    if len(items) < 2:
        return None
    return sentence[: m.start()], items


# --- giving the figures of a layout what it says of them ---------------------------------------
def column_period(col: Column, fiscal) -> Optional[str]:
    """The period a column label names; `fiscal()` gives the fiscal calendar of the place."""
    from factcheck.calendars import FiscalCalendar
    from factcheck.timespan import month_span, name

    if col.when is None:
        return None
    what, year, n = col.when
    if what == "month":
        return name(month_span(year, n, year, n))
    if what == "quarter":
        return name(month_span(year, 3 * n - 2, year, 3 * n))
    if what == "year":
        return str(year)
    fy = fiscal().year(year)
    if what == "fy":
        return name(fy)
    return name(FiscalCalendar(fy.start.month).part(fy, 1, n)) if 0 < n <= 12 else None


def apply_table(table: Table, claims: list, fiscal) -> None:
    """Each figure in a cell takes its row's label as metric (after the table's title,
    'Suzuki Swift') and its column's period; a change column ('YoY', 'MoM') makes it a
    growth (or change) of the period it compares, with the other as its base."""
    from factcheck.extract.periods import shift

    periods = [column_period(c, fiscal) for c in table.columns]
    for row in table.rows:
        metric = f"{table.title} {row.label}".strip()
        for col_i, (col, cell) in enumerate(zip(table.columns, row.cells)):
            if cell is None:
                continue
            c = next((c for c in claims if _overlaps(c.local, cell)), None)
            if c is None:
                continue
            c.metric = metric
            c.context["table"] = True
            if col.when is not None:
                c.period, c.base_period = periods[col_i], None
                if c.role in ("change", "growth"):
                    c.role, c.direction = ("rate" if c.kind == "percent" else "level"), None
                continue
            if col.compares:
                c.period = periods[col.compares[0]]
                c.base_period = periods[col.compares[1]] if len(col.compares) > 1 else \
                    shift(c.period, col.change or "year", -1) if col.change else None
            c.role = "growth" if c.kind == "percent" else "change"
            c.direction = "down" if c.value < 0 else "up"
            c.context["change"] = c.direction


def _overlaps(local, cell) -> bool:
    return local[0] < cell[1] and cell[0] < local[1]


def apply_item(lead: Lead, label: str, claims: list, sentence: str) -> None:
    """The figures of one list item: the label names a place (the item's subject) or a
    part of the lead's metric ('job increases: trade'); the lead gives the period, and the
    direction of a change ('Job increases were recorded in …'); bracketed figures are the
    previous period's where the lead says so; a bare number in a list of percentages is
    one."""
    from factcheck.extract import context, placenames, roles
    from factcheck.extract.periods import shift

    if not label:
        return
    words = [w.strip(",;:") for w in label.split()]
    if words and words[0].lower() in _ADVERBIAL_OPENERS:
        return  # "- In May, 4,210 people were unemployed": an adverbial opens prose, no label
    if len(words) > 8 or any(context._VERB_RE.fullmatch(w) and w.lower() not in context._NOUNS_TOO for w in words):
        return  # "Imports:" above a paragraph of prose: a clause with its own verb is no item label
    # "- Rents by 4%" under "Prices rose by 9% in May:": the item gaps the lead's verb
    gapped = lead.verb_direction if re.search(r"\sby$", label) else None
    label = re.sub(r"\s+by$", "", label)
    label = re.sub(r"(?<=\w)['’]s$", "", label)  # "1. China's 2,361,849": the place's own figure
    known = placenames.subjects(label) if placenames.is_name(label) else []
    is_place = lead.places or bool(known)
    for c in claims:
        local = c.local
        if lead.unit is None and c.kind in ("percent", "money"):
            lead.unit = c.unit
        if lead.unit == "percent" and c.kind == "count" and not c.context.get("counted") and c.unit == "count":
            c.unit = c.kind = "percent"
        if lead.per and takes_lead_denominator(c.kind, c.unit, c.value, c.context.get("counted"), lead.per):
            c.unit = rate_unit(c.unit, lead.per)  # "Tomatoes Rs 120" under "Retail prices (per kg):"
        if is_place:
            c.subject = known or [label]
            if lead.metric:
                c.metric = lead.metric
        elif lead.metric:
            c.metric = f"{lead.metric}: {label[:1].lower() + label[1:] if not label[:2].isupper() else label}"
        else:
            c.metric = context.lower_opening(label)  # "Capital expenditure": the capital opens the line
        bracketed = sentence[: local[0]].rstrip().endswith("(")
        if lead.period:
            c.period = shift(lead.period, lead.previous_in_brackets, -1) if bracketed and lead.previous_in_brackets \
                else lead.period
        if (lead.direction or gapped) and c.kind in ("money", "count", "measure", "percent"):
            c.context["change"] = lead.direction or gapped
        was = c.role
        roles.assign_role(c)
        if was == "share" and c.role == "rate":
            c.role = was  # the sentence's list made it a part of a whole; the item alone cannot say so
        c.context["list_item"] = True
