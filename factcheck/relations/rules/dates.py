"""`dates`: a year range against the span it names ("five-year plan (1953-1957)"), an
anniversary or an age against the article's year and a referenced start year."""

from __future__ import annotations

import re
from typing import Optional

from factcheck.matching import tokens
from factcheck.models import Claim, Finding, Qualifier, Reference
from factcheck.relations.graph import DURATION, ORDINAL, YEAR_RANGE, Graph
from factcheck.relations.registry import Context, rule
from factcheck.relations.rules.record_span import record_spans

_N_YEAR = re.compile(r"\b(\w+)-year\b", re.I)
_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


@rule("dates")
def dates(graph: Graph, ctx: Context):
    article, references = ctx.article, ctx.references
    year = article.year if article else None
    claims = [n.claim for n in graph.nodes]
    for n in graph.nodes:
        c = n.claim
        if c.kind == YEAR_RANGE and c.end is not None:
            yield from _year_range(c)
        if c.kind == DURATION and c.unit == "year" and c.qualifier == "exact":
            yield from _years_between(c, year)
            yield from _record_span(c, claims, article)
        if year is None:
            continue
        if c.kind == ORDINAL and (c.metric or "").startswith("anniversary"):
            start = year - int(c.value)
            ref = _date_reference(c, references, ("end_year", "start_year"))
            basis = f"the {int(c.value)}th anniversary in {year}" + (" (year inferred from the text)" if article and not article.date else "")
            if ref is None:
                yield Finding("dates", [c.id], f"{basis} marks an event of {start}", flag=False, kind="anniversary")
            elif int(ref.value) == start:
                yield Finding("dates", [c.id], f"{basis} marks {start}, the year of {ref.metric} ({ref.id})",
                              flag=False, reference=ref.id, expected=str(int(ref.value)), kind="anniversary")
            else:
                yield Finding("dates", [c.id], f"{basis} marks {start}, but {ref.metric} was in {int(ref.value)} ({ref.id})",
                              reference=ref.id, expected=str(int(ref.value)), kind="anniversary",
                              suspect=c.id, correction=f"{c.surface} → {year - int(ref.value)}th")
        if c.kind == DURATION and c.unit == "year" and (c.context.get("age") or c.metric == "age"):
            yield from _age(c, year, references)


_SPAN_BEFORE = re.compile(r"\b(?:in|over|during|for|across|within)\s+the\s+(?:past\s+|last\s+|previous\s+|first\s+)?$", re.I)
_SPAN_AFTER = re.compile(r"^\s+(?:since|from|between)\s+((?:19|20)\d\d)"
                         r"(?:\s*(?:to|and|until|till|through|-|–)\s*((?:19|20)\d\d))?\b", re.I)


def _years_between(c: Claim, year: Optional[int]):
    """'in the 15 years since 2009', 'over the five years from 2019 to 2024': the number of
    years against its end points (or the article's year), one either way for counting
    the end years in or out."""
    local = c.context.get("local")
    if not local:
        return
    m = _SPAN_AFTER.match(c.sentence[local[1]:])
    if not m or not _SPAN_BEFORE.search(c.sentence[max(0, local[0] - 30): local[0]]):
        return
    start = int(m.group(1))
    end = int(m.group(2)) if m.group(2) else year
    if end is None or end <= start:
        return
    span = end - start
    if abs(c.value - span) <= 1:
        yield Finding("dates", [c.id], f"{int(c.value)} years from {start} to {end}: {span} years apart", flag=False,
                      kind="year_span")
    else:
        yield Finding("dates", [c.id], f"{start} to {end} is {span} years, not '{c.surface}'", kind="year_span",
                      suspect=c.id, correction=f"{c.surface} → {span} years")


def _record_span(c: Claim, claims: list[Claim], article):
    for n, since, end, record in record_spans(c, claims, article):
        span = end - since
        the = "first time" if record == "first" else f"record {record}"
        if abs(n - span) <= 1:
            yield Finding("dates", [c.id], f"a {the} since {since}, for a figure of {end}: {span} years, as '{c.surface}' says",
                          flag=False, kind="record_span")
        else:
            yield Finding("dates", [c.id], f"a {the} since {since}, for a figure of {end}, spans {span} years, not '{c.surface}'",
                          kind="record_span", suspect=c.id, correction=f"{c.surface} → {span}")


def _year_range(c: Claim):
    local = c.context.get("local", (0, 0))
    m = _N_YEAR.search(c.metric or "") or _N_YEAR.search(c.sentence[max(0, local[0] - 60): local[0]])
    if not m:
        return
    n = _WORDS.get(m.group(1).lower()) or (int(m.group(1)) if m.group(1).isdigit() else None)
    span = int(c.end - c.value + 1)
    if not n:
        return
    if span == n:
        yield Finding("dates", [c.id], f"{int(c.value)}–{int(c.end)} spans {span} years, as a {n}-year period does",
                      flag=False, kind="year_span")
    else:
        yield Finding("dates", [c.id], f"{int(c.value)}–{int(c.end)} spans {span} years, but the text names a {n}-year period",
                      kind="year_span", suspect=c.id)


def _age(c: Claim, year: int, references: list[Reference]):
    ref = _date_reference(c, references, ("start_year",))
    if ref is None:
        return
    age = year - int(ref.value)
    tol = ref.tolerance_abs or 0
    holds = {
        Qualifier.MORE_THAN.value: age + tol > c.value,
        Qualifier.AT_LEAST.value: age + tol >= c.value,
        Qualifier.LESS_THAN.value: age - tol < c.value,
        Qualifier.AT_MOST.value: age - tol <= c.value,
    }.get(c.qualifier, abs(age - c.value) <= max(tol, (c.precision or 1) / 2, abs(c.value) * 0.05 if c.qualifier == Qualifier.APPROX.value else 0))
    text = f"{ref.metric} in {int(ref.value)} makes it {age} years old in {year}"
    yield Finding("dates", [c.id], text + ("" if holds else f", not '{c.surface}'"), flag=not holds,
                  reference=ref.id, expected=f"{age} years", kind="anniversary")


def _date_reference(c: Claim, references: list[Reference], roles: tuple[str, ...]) -> Optional[Reference]:
    """The dated event a sentence names: the reference whose metric or alias words all appear."""
    words = tokens(c.sentence)
    best: tuple[int, Optional[Reference]] = (0, None)
    for r in references:
        if r.role not in roles:
            continue
        for phrase in [r.metric, *r.aliases]:
            t = tokens(phrase)
            if len(t) >= 2 and t <= words and len(t) > best[0]:
                best = (len(t), r)
    return best[1]
