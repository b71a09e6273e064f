"""Internal-consistency rules: a registry of small pure functions, one per rule.

Each rule takes the article's claims (and the reference values, for the rules that
compare an implied figure with a published one) and returns Findings that name the
claims involved and show the arithmetic. A rule fires only where the text states the
relation (same period and subject, the words 'exports', 'imports', 'surplus',
'accounted for', 'of 2019 levels', a converted amount in brackets ...), never on two
numbers that merely happen to add up.
"""

from __future__ import annotations

import re
from typing import Callable, Optional

from factcheck.matching import periods_agree, tokens
from factcheck.models import Article, Claim, Finding, Kind, Qualifier, Reference
from factcheck.quantities import format_quantity, percent_diff

Rule = Callable[[list[Claim], Optional[Article], list[Reference]], list[Finding]]
RULES: dict[str, Rule] = {}


def rule(rule_id: str):
    def register(fn: Rule) -> Rule:
        RULES[rule_id] = fn
        return fn
    return register


def run_rules(claims: list[Claim], article: Optional[Article], references: list[Reference],
              only: Optional[set[str]] = None) -> list[Finding]:
    findings: list[Finding] = []
    for rule_id, fn in RULES.items():
        if only and rule_id not in only:
            continue
        findings.extend(fn(claims, article, references))
    return findings


def q(c: Claim) -> str:
    return format_quantity(c.value, c.unit, c.end)


def _sentence_start(c: Claim) -> int:
    return c.context.get("sentence_start", c.span[0] - 10**6)


def _same_sentence(a: Claim, b: Claim) -> bool:
    return a.sentence == b.sentence and abs(a.span[0] - b.span[0]) < len(a.sentence) + 1


def _scale_slip(stated: float, implied: float) -> bool:
    if not stated or not implied:
        return False
    ratio = abs(implied / stated)
    return any(abs(ratio / f - 1) < 0.02 for f in (1e3, 1e-3, 1e6, 1e-6))


def _rounding(c: Claim) -> float:
    return (c.precision or 0.0) / 2.0


_GENERIC_METRICS = {None, "", "duration", "times", "age", "years ago"}


# 1. the same figure stated twice ----------------------------------------------------
_IRREALIS = re.compile(r"\b(?:expect\w*|forecast\w*|estimat\w*|project(?:ed|ion|ions|s)?|predict\w*|consensus|"
                       r"analysts?|target\w*|aim\w*|goal|plan(?:s|ned)?|would|could|might|may|budget\w*|guidance)\b", re.I)

def _restatable(c: Claim) -> bool:
    """Levels are restated; rates of change come in many variants (quarter on quarter,
    year on year, adjusted or not) that a metric phrase does not tell apart, so two
    different growth rates in one article are no evidence of a slip."""
    if c.metric in _GENERIC_METRICS or c.kind == Kind.YEAR_RANGE.value or c.context.get("period_inherited"):
        return False
    if c.kind in (Kind.PERCENT.value, Kind.PERCENTAGE_POINT.value):
        return bool(c.context.get("share_of")) and not c.context.get("change")
    return not c.context.get("change")


@rule("repeat")
def repeated_figure(claims, article, references):
    findings: list[Finding] = []
    for i, a in enumerate(claims):
        if not _restatable(a):
            continue
        ta = tokens(a.metric)
        for b in claims[i + 1:]:
            if b.unit != a.unit or b.kind != a.kind or tokens(b.metric) != ta or not _restatable(b):
                continue
            if a.period is None or a.period != b.period:
                continue  # "the same figure" needs the same, stated period
            if _IRREALIS.search(a.sentence) or _IRREALIS.search(b.sentence):
                continue  # an expectation or a forecast is another figure than the outcome
            if a.subject and b.subject and set(a.subject) != set(b.subject):
                continue
            if a.qualifier != b.qualifier or a.qualifier not in (Qualifier.EXACT.value, Qualifier.APPROX.value):
                continue
            if _same_sentence(a, b) or a.context.get("change") != b.context.get("change"):
                continue
            tol = max(_rounding(a), _rounding(b), abs(a.value) * 1e-9)
            if a.qualifier == Qualifier.APPROX.value:
                tol = max(tol, abs(a.value) * 0.1)
            if abs(a.value - b.value) <= tol:
                continue
            ratio = abs(b.value / a.value) if a.value else float("inf")
            if not (0.5 <= ratio <= 2 or _scale_slip(a.value, b.value)):
                # figures that far apart are two quantities the metric phrase does not tell
                # apart (exports in all and to one market), not one figure restated
                continue
            slip = " (a scale slip)" if _scale_slip(a.value, b.value) else ""
            findings.append(Finding("repeat", [b.id, a.id],
                                    f"'{b.surface}' (line {b.line}) disagrees with '{a.surface}' (line {a.line}) "
                                    f"for the same {a.metric}{' in ' + a.period if a.period else ''}{slip}"))
    return findings


# 2. parts and totals -----------------------------------------------------------------
_EXPORT = re.compile(r"\bexports?\b|\bshipments\b|\boutbound\b", re.I)
_IMPORT = re.compile(r"\bimports?\b|\binbound shipments\b", re.I)
_TOTAL = re.compile(r"\b(?:total|foreign|bilateral|two-way|overall)\s+(?:trade|imports and exports)\b|\btrade (?:volume|value|turnover)\b|\bimports and exports\b|\bexports and imports\b", re.I)
_SURPLUS = re.compile(r"\b(?:trade\s+)?surplus\b", re.I)
_DEFICIT = re.compile(r"\b(?:trade\s+)?deficit\b", re.I)


def _role_of(c: Claim) -> Optional[str]:
    m = c.metric or ""
    if c.kind != Kind.MONEY.value or c.context.get("change"):
        return None
    if _SURPLUS.search(m):
        return "surplus"
    if _DEFICIT.search(m):
        return "deficit"
    if _TOTAL.search(m):
        return "total"
    e, i = bool(_EXPORT.search(m)), bool(_IMPORT.search(m))
    if e and not i:
        return "exports"
    if i and not e:
        return "imports"
    return None


def _groups(claims: list[Claim]):
    """Money claims by (unit, period, paragraph) with a trade role."""
    groups: dict[tuple, dict[str, Claim]] = {}
    for c in claims:
        r = _role_of(c)
        if r is None or c.period is None and "paragraph" not in c.context:
            continue
        key = (c.unit, c.period, c.context.get("paragraph"), tuple(sorted(c.subject)))
        groups.setdefault(key, {}).setdefault(r, c)
    return groups.values()


@rule("parts-total")
def parts_and_totals(claims, article, references):
    findings: list[Finding] = []
    for g in _groups(claims):
        e, i = g.get("exports"), g.get("imports")
        if not (e and i):
            continue
        tol = _rounding(e) + _rounding(i)
        t = g.get("total")
        if t:
            implied = e.value + i.value
            if abs(implied - t.value) > tol + _rounding(t) + abs(t.value) * 0.001:
                slip = ": a scale slip" if _scale_slip(t.value, implied) else f" ({percent_diff(t.value, implied)})"
                findings.append(Finding("parts-total", [t.id, e.id, i.id],
                                        f"exports {q(e)} + imports {q(i)} = {format_quantity(implied, e.unit)}, "
                                        f"but the article states {q(t)}{slip}"))
        for name, sign in (("surplus", 1), ("deficit", -1)):
            s = g.get(name)
            if not s:
                continue
            implied = (e.value - i.value) * sign
            if abs(implied - s.value) > tol + _rounding(s) + abs(s.value) * 0.001:
                slip = ": a scale slip" if _scale_slip(s.value, implied) else f" ({percent_diff(s.value, implied)})"
                op = f"exports {q(e)} − imports {q(i)}" if sign > 0 else f"imports {q(i)} − exports {q(e)}"
                findings.append(Finding("parts-total", [s.id, e.id, i.id],
                                        f"{op} = {format_quantity(implied, e.unit)}, but the article states "
                                        f"{q(s)}{slip}"))
    # shares of one whole that add up to over 100 percent
    by_whole: dict[tuple, list[Claim]] = {}
    for c in claims:
        whole = c.context.get("share_of")
        if c.kind == Kind.PERCENT.value and whole and c.qualifier == Qualifier.EXACT.value and not c.context.get("change"):
            by_whole.setdefault((whole.lower(), c.period, c.context.get("sentence_start")), []).append(c)
    for (whole, period, _), parts in by_whole.items():
        if len(parts) >= 2:
            total = sum(p.value for p in parts)
            if total > 100 + sum(_rounding(p) for p in parts):
                findings.append(Finding("parts-total", [p.id for p in parts],
                                        f"shares of {whole} add up to {total:g}%: "
                                        + " + ".join(f"{p.value:g}%" for p in parts) + ", over 100%"))
    return findings


# 3. a share next to its part and whole -------------------------------------------------
_SHARE_VERB = re.compile(r"(?:accounting\s+for|accounted\s+for|accounts\s+for|making\s+up|made\s+up|makes\s+up|"
                         r"representing|represented|represents|or|which\s+is|which\s+was|constituting|"
                         r"comprising|equivalent\s+to|a\s+share\s+of)\s+(?:about\s+|around\s+|nearly\s+|roughly\s+)?$", re.I)


@rule("share")
def share_of_whole(claims, article, references):
    findings: list[Finding] = []
    for idx, p in enumerate(claims):
        if p.kind != Kind.PERCENT.value or p.context.get("change") or p.context.get("baseline_period"):
            continue
        local = p.context.get("local")
        if not local:
            continue
        before = p.sentence[: local[0]]
        if not _SHARE_VERB.search(before[-40:]):
            continue
        part = next((c for c in reversed(claims[:idx]) if _same_sentence(c, p) and not c.context.get("converted")
                     and c.kind in (Kind.MONEY.value, Kind.COUNT.value, Kind.MEASURE.value)), None)
        if part is None:
            continue
        whole_name = (p.context.get("share_of") or "").lower()
        candidates = [c for c in claims if c is not part and c.unit == part.unit and c.kind == part.kind
                      and c.value > part.value and periods_agree(c.period, part.period) is not False
                      and not c.context.get("change") and c.qualifier == Qualifier.EXACT.value]
        wt = tokens(whole_name)
        if wt:
            candidates = [c for c in candidates if tokens(c.metric) and (tokens(c.metric) <= wt or wt <= tokens(c.metric))]
        elif re.fullmatch(r"(?:the\s+)?(?:total|whole|overall\s+\w+|country's\s+total|nation's\s+total)", whole_name):
            # "... of the total": the largest earlier figure of this unit that measures the same
            # thing as the part (same head noun: "trade" of ASEAN within "foreign trade");
            # with no such figure the whole is not stated, and nothing is compared.
            from factcheck.matching import head

            part_head = head(part.metric)
            earlier = [c for c in candidates if c.span[0] < part.span[0] and part_head and head(c.metric) == part_head]
            candidates = [max(earlier, key=lambda c: c.value)] if earlier else []
        else:
            candidates = []
        if not candidates:
            continue
        # several figures of the named whole ("trade" with the EU, with ASEAN, in all): the
        # whole is the largest of them
        whole = max(candidates, key=lambda c: c.value)
        implied = part.value / whole.value * 100
        # rounding of the part and the whole carries into the share
        spread = implied * (_rounding(part) / part.value + _rounding(whole) / whole.value) if part.value else 0
        tol = _rounding(p) + spread + 0.05
        if abs(implied - p.value) > tol:
            slip = " (a scale slip)" if _scale_slip(p.value, implied) else ""
            findings.append(Finding("share", [p.id, part.id, whole.id],
                                    f"{q(part)} ÷ {q(whole)} = {implied:.1f}%, but the article states {p.value:g}%{slip}"))
    return findings


# 4. a level and its change ------------------------------------------------------------
_FROM_TO = re.compile(r"\bfrom\s+$", re.I)


@rule("level-change")
def level_and_change(claims, article, references):
    findings: list[Finding] = []
    for idx, pct in enumerate(claims):
        if pct.kind not in (Kind.PERCENT.value,) or not pct.context.get("change") or pct.qualifier != Qualifier.EXACT.value:
            continue
        same = [c for c in claims if _same_sentence(c, pct) and c is not pct
                and c.kind in (Kind.MONEY.value, Kind.COUNT.value, Kind.MEASURE.value)]
        old = new = None
        for c in same:
            local = c.context.get("local") or (0, 0)
            before = c.sentence[: local[0]]
            if _FROM_TO.search(before[-8:]):
                old = c
            elif re.search(r"\bto\s+$", before[-6:]) and old is not None and c.unit == old.unit:
                new = c
        if old is None or new is None or not old.value:
            continue
        implied = (new.value / old.value - 1) * 100
        stated = pct.value if pct.context.get("change") == "up" else -pct.value
        spread = abs(implied) * (_rounding(old) / old.value + _rounding(new) / new.value) + 100 * (_rounding(old) / old.value + _rounding(new) / new.value)
        if abs(implied - stated) > _rounding(pct) + spread + 0.05:
            findings.append(Finding("level-change", [pct.id, old.id, new.id],
                                    f"from {q(old)} to {q(new)} is a change of {implied:+.1f}%, "
                                    f"but the article states {stated:+g}%"))
    return findings + level_against_earlier_level(claims, article, references)


def _previous_period(period: Optional[str]) -> Optional[str]:
    """The same span a year earlier: '2024' → '2023', '2024-H1' → '2023-H1'."""
    if not period:
        return None
    m = re.fullmatch(r"(\d{4})((?:-[HQ]\d|-\d{2})?)", period)
    return f"{int(m.group(1)) - 1}{m.group(2)}" if m else None


# Growth of output measures is usually real (volume) growth, which the ratio of two
# nominal levels does not give: never compare those.
_REAL_GROWTH = re.compile(r"\b(?:gdp|gross domestic product|output|economy|economic|real|volume|constant)\b", re.I)


def level_against_earlier_level(claims, article, references):
    """'rose 6.1 percent to 21.17 trillion' against the level a year earlier, where the
    article states it or a reference gives it."""
    from dataclasses import replace

    from factcheck.matching import match

    findings: list[Finding] = []
    for idx, pct in enumerate(claims):
        if pct.kind != Kind.PERCENT.value or not pct.context.get("change") or pct.qualifier != Qualifier.EXACT.value:
            continue
        new = claims[idx + 1] if idx + 1 < len(claims) else None
        if new is None or not _same_sentence(new, pct) or new.kind not in (Kind.MONEY.value, Kind.COUNT.value, Kind.MEASURE.value):
            continue
        local = new.context.get("local") or (0, 0)
        if not re.search(r"\bto\s+$", new.sentence[: local[0]][-6:]) or _REAL_GROWTH.search(new.metric or "") \
                or _REAL_GROWTH.search(pct.metric or ""):
            continue
        earlier_period = _previous_period(new.period)
        if earlier_period is None or new.context.get("period_inherited"):
            continue
        stated_old = [c for c in claims if c is not new and c.unit == new.unit and c.kind == new.kind
                      and c.period == earlier_period and tokens(c.metric) == tokens(new.metric)
                      and c.qualifier == Qualifier.EXACT.value]
        old_value, old_text, ref_id = None, None, None
        if len(stated_old) == 1:
            old_value, old_text = stated_old[0].value, f"{q(stated_old[0])} (line {stated_old[0].line})"
        else:
            m = match(replace(new, period=earlier_period), references)
            if m.reference is not None and m.reference.unit_code == new.unit:
                old_value = m.reference.value
                old_text = f"{format_quantity(m.reference.value, m.reference.unit_code)} ({m.reference.id})"
                ref_id = m.reference.id
        if not old_value:
            continue
        implied = (new.value / old_value - 1) * 100
        stated = pct.value if pct.context.get("change") == "up" else -pct.value
        spread = 100 * _rounding(new) / old_value * (1 + abs(implied) / 100) + 0.5  # revisions of the base year
        if abs(implied - stated) > _rounding(pct) + spread:
            findings.append(Finding("level-change", [pct.id, new.id],
                                    f"{q(new)} against {earlier_period}'s {old_text} is a change of {implied:+.1f}%, "
                                    f"but the article states {stated:+g}%", reference=ref_id))
    return findings


# 5. a level as a percentage of a baseline -----------------------------------------------
@rule("baseline")
def baseline_level(claims, article, references):
    findings: list[Finding] = []
    for idx, pct in enumerate(claims):
        base_period = pct.context.get("baseline_period")
        if pct.kind != Kind.PERCENT.value or not base_period or not re.search(r"level|share of", pct.metric or ""):
            continue
        level = _paired_level(claims, idx)
        if level is None or not pct.value:
            continue
        implied = level.value / (pct.value / 100.0)
        implied_text = format_quantity(implied, level.unit, digits=4)
        ref = _reference_for(level, base_period, references)
        head = f"{q(level)} at {pct.value:g}% of {base_period} levels implies a {base_period} level of {implied_text}"
        if ref is None:
            findings.append(Finding("baseline", [pct.id, level.id], head + " (no reference for " + base_period + ")", flag=False))
            continue
        from factcheck.extract.units import convert

        ref_value = convert(ref.value, ref.unit_code, level.unit)
        if ref_value is None:
            continue
        rel = _rounding(level) / level.value + _rounding(pct) / pct.value if level.value else 0
        tol = max(implied * rel, abs(ref_value) * 0.01)
        ref_text = format_quantity(ref.value, ref.unit_code)
        if abs(implied - ref_value) <= tol:
            findings.append(Finding("baseline", [pct.id, level.id],
                                    f"{head}, which agrees with the reference {ref_text} ({ref.id})",
                                    flag=False, reference=ref.id, expected=ref_text))
        else:
            findings.append(Finding("baseline", [pct.id],
                                    f"implied {base_period} level {implied_text} differs from reference "
                                    f"{ref_text} ({percent_diff(implied, ref_value)}; {ref.id})",
                                    reference=ref.id, expected=ref_text))
    return findings


def _paired_level(claims: list[Claim], idx: int) -> Optional[Claim]:
    pct = claims[idx]
    levels = [c for c in claims if _same_sentence(c, pct) and c.kind in (Kind.MONEY.value, Kind.COUNT.value, Kind.MEASURE.value)
              and c.span[0] < pct.span[0]]
    if not levels:
        return None
    if re.search(r"\brespectively\b", pct.sentence):
        pcts = [c for c in claims if _same_sentence(c, pct) and c.kind == Kind.PERCENT.value and c.context.get("baseline_period")]
        k = pcts.index(pct)
        return levels[k] if k < len(levels) and len(levels) == len(pcts) else None
    return levels[-1]


def _reference_for(level: Claim, period: str, references: list[Reference]) -> Optional[Reference]:
    """The reference for the level's metric and subject in the baseline period: the same
    matching that checks claims (matching.match), asked about another period."""
    from dataclasses import replace

    from factcheck.matching import match

    return match(replace(level, period=period), references).reference


# 6. currency conversions imply one exchange rate ---------------------------------------------
_CONVERSION_GAP = re.compile(r"^\s*(?:\(|,|—|–|-)?\s*(?:or|about|around|roughly|approximately|nearly|some|equivalent\s+to|"
                             r"equal\s+to|worth|i\.e\.)?\s*(?:about|around|roughly|approximately|nearly|some)?\s*$", re.I)


@rule("fx-rate")
def exchange_rates(claims, article, references):
    findings: list[Finding] = []
    rates: list[tuple[str, float, Claim, Claim]] = []
    for a, b in zip(claims, claims[1:]):
        if a.kind != Kind.MONEY.value or b.kind != Kind.MONEY.value or a.unit == b.unit or not _same_sentence(a, b):
            continue
        if "/" in a.unit or "/" in b.unit:
            continue  # a rate per unit ("12 cents a share") is no currency conversion
        la, lb = a.context.get("local"), b.context.get("local")
        if not la or not lb:
            continue
        gap = a.sentence[la[1]: lb[0]]
        if not _CONVERSION_GAP.match(gap) or not b.value:
            continue
        pair = f"{a.unit}/{b.unit}"
        rates.append((pair, a.value / b.value, a, b))
    seen: dict[str, tuple[float, Claim, Claim]] = {}
    for pair, rate, a, b in rates:
        inverse = "/".join(reversed(pair.split("/")))
        if pair not in seen and inverse in seen:
            pair, rate = inverse, 1 / rate
        spread = (_rounding(a) / a.value if a.value else 0) + (_rounding(b) / b.value if b.value else 0)
        if pair in seen:
            first_rate, fa, fb = seen[pair]
            if abs(rate / first_rate - 1) > 0.02 + spread:
                findings.append(Finding("fx-rate", [a.id, b.id, fa.id],
                                        f"{q(a)} = {q(b)} implies {rate:.4g} {pair}, but {q(fa)} = {q(fb)} "
                                        f"(line {fa.line}) implies {first_rate:.4g} ({percent_diff(rate, first_rate)})"))
        else:
            seen[pair] = (rate, a, b)
        ref = _rate_reference(pair, a.period or b.period, references)
        if ref is not None:
            ref_rate = ref.value if ref.unit_code == pair else 1 / ref.value
            if abs(rate / ref_rate - 1) > 0.02 + spread:
                findings.append(Finding("fx-rate", [a.id, b.id],
                                        f"{q(a)} = {q(b)} implies {rate:.4g} {pair}, but the reference rate for "
                                        f"{ref.period} is {ref_rate:.4g} ({percent_diff(rate, ref_rate)}; {ref.id})",
                                        reference=ref.id, expected=f"{ref_rate:.4g} {pair}"))
            else:
                findings.append(Finding("fx-rate", [b.id],
                                        f"implied rate {rate:.4g} {pair} agrees with the reference {ref_rate:.4g} ({ref.id})",
                                        flag=False, reference=ref.id, expected=f"{ref_rate:.4g} {pair}"))
    return findings


def _rate_reference(pair: str, period: Optional[str], references: list[Reference]) -> Optional[Reference]:
    if not period:
        return None
    inverse = "/".join(reversed(pair.split("/")))
    lookup = getattr(references, "rates", None)  # a reference index: curated and imported rates
    if lookup is not None:
        hits = lookup((pair, inverse), period)
    else:
        year = period[:4]
        hits = sorted((r for r in references if r.unit_code in (pair, inverse) and r.period in (period, year)),
                      key=lambda r: r.period != period)  # the month's rate before the year's
    return hits[0] if hits else None


# 7. scale slips are reported by the rules whose arithmetic exposes them (parts-total,
# share, repeat); this rule adds the one that needs no partner: a per-unit figure
# that is a thousand times off a total stated beside it ("1.61 billion" surplus
# against "6.57 trillion" exports is caught by parts-total).
@rule("scale")
def scale_slips(claims, article, references):
    findings: list[Finding] = []
    for c in claims:
        if c.kind != Kind.MONEY.value or not c.metric:
            continue
        for d in claims:
            if d is c or d.kind != c.kind or d.unit != c.unit or d.period != c.period or not d.metric:
                continue
            if tokens(d.metric) != tokens(c.metric) or d.span[0] < c.span[0]:
                continue
            if _scale_slip(c.value, d.value) and c.qualifier == d.qualifier == Qualifier.EXACT.value:
                findings.append(Finding("scale", [d.id, c.id],
                                        f"'{d.surface}' and '{c.surface}' state the same {c.metric} a thousand-fold apart: a scale slip"))
    return findings


# 8. dates: year ranges, anniversaries and ages ----------------------------------------------
_N_YEAR = re.compile(r"\b(\w+)-year\b", re.I)
_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


@rule("dates")
def dates(claims, article, references):
    findings: list[Finding] = []
    year = article.year if article else None
    for c in claims:
        if c.kind == Kind.YEAR_RANGE.value and c.end is not None:
            m = _N_YEAR.search(c.metric or "") or _N_YEAR.search(c.sentence[max(0, c.context.get("local", (0, 0))[0] - 60): c.context.get("local", (0, 0))[0]])
            if m:
                n = _WORDS.get(m.group(1).lower()) or (int(m.group(1)) if m.group(1).isdigit() else None)
                span = int(c.end - c.value + 1)
                if n:
                    if span == n:
                        findings.append(Finding("dates", [c.id], f"{int(c.value)}–{int(c.end)} spans {span} years, as a {n}-year period does", flag=False))
                    else:
                        findings.append(Finding("dates", [c.id], f"{int(c.value)}–{int(c.end)} spans {span} years, but the text names a {n}-year period"))
        if year is None:
            continue
        if c.kind == Kind.ORDINAL.value and (c.metric or "").startswith("anniversary"):
            start = year - int(c.value)
            ref = _date_reference(c, references, ("end_year", "start_year"))
            basis = f"the {int(c.value)}th anniversary in {year}" + (" (year inferred from the text)" if article and not article.date else "")
            if ref is None:
                findings.append(Finding("dates", [c.id], f"{basis} marks an event of {start}", flag=False))
            elif int(ref.value) == start:
                findings.append(Finding("dates", [c.id], f"{basis} marks {start}, the year of {ref.metric} ({ref.id})",
                                        flag=False, reference=ref.id, expected=str(int(ref.value))))
            else:
                findings.append(Finding("dates", [c.id], f"{basis} marks {start}, but {ref.metric} was in {int(ref.value)} ({ref.id})",
                                        reference=ref.id, expected=str(int(ref.value))))
        if c.kind == Kind.DURATION.value and c.unit == "year" and (c.context.get("age") or c.metric == "age"):
            ref = _date_reference(c, references, ("start_year",))
            if ref is None:
                continue
            age = year - int(ref.value)
            tol = ref.tolerance_abs or 0
            holds = {
                Qualifier.MORE_THAN.value: age + tol > c.value,
                Qualifier.AT_LEAST.value: age + tol >= c.value,
                Qualifier.LESS_THAN.value: age - tol < c.value,
                Qualifier.AT_MOST.value: age - tol <= c.value,
            }.get(c.qualifier, abs(age - c.value) <= max(tol, (c.precision or 1) / 2, abs(c.value) * 0.05 if c.qualifier == Qualifier.APPROX.value else 0))
            text = f"{ref.metric} in {int(ref.value)} makes it {age} years old in {year}"
            findings.append(Finding("dates", [c.id], text + ("" if holds else f", not '{c.surface}'"), flag=not holds,
                                    reference=ref.id, expected=f"{age} years"))
    return findings


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
